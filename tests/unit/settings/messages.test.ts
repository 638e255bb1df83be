/**
 * UI strings: public/_locales/en/messages.json is valid, every message is well formed, and every
 * key the settings UIs use exists (the type checker also checks keys against WXT's generated
 * types; this test reads the sources themselves, so it holds even when those types are stale).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const messages = JSON.parse(
  readFileSync(path.join(root, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const UI_DIRS = ['entrypoints/popup', 'entrypoints/options', 'entrypoints/welcome'];
const UI_FILES = [
  ...UI_DIRS.flatMap((d) => files(path.join(root, d))),
  ...['i18n.ts', 'labels.ts', 'Findings.tsx', 'PauseControl.tsx', 'Switch.tsx', 'SegmentedControl.tsx'].map(
    (f) => path.join(root, 'components', f),
  ),
];

describe('messages.json', () => {
  it('keeps the manifest keys', () => {
    for (const key of ['extName', 'extDescription', 'openOptions', 'optionsTitle', 'privacyPromise']) {
      expect(messages[key]?.message, key).toBeTruthy();
    }
  });

  it('has well-formed messages and placeholders', () => {
    for (const [key, value] of Object.entries(messages)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof value.message, key).toBe('string');
      expect(value.message.trim().length, key).toBeGreaterThan(0);
      const used = [...value.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
      const declared = Object.keys(value.placeholders ?? {}).map((k) => k.toLowerCase());
      expect(used.sort(), `${key} placeholders`).toEqual([...new Set(used)].sort());
      for (const name of used) expect(declared, `${key}: $${name}$ is declared`).toContain(name);
    }
  });

  it('has every key the popup, options and welcome pages use', () => {
    const used = new Set<string>();
    for (const file of UI_FILES) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? '');
      // Keys kept in maps (labels.ts, error tables): 'someKey' values typed MessageKey.
      for (const table of source.matchAll(/MessageKey> = \{([^}]*)\}/g)) {
        for (const m of (table[1] ?? '').matchAll(/:\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? '');
      }
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !(k in messages));
    expect(missing).toEqual([]);
  });

  it('credits the article and its author in the About text', () => {
    expect(messages.aboutArticleTitle?.message).toBe(
      "5 Strategies for Dealing With Your Partner's Fear of Intimacy",
    );
    expect(messages.aboutArticleCredit?.message).toMatch(/Lisa Firestone/);
    expect(messages.aboutArticleCredit?.message).toMatch(/PsychAlive/);
  });
});
