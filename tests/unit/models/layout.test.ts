/**
 * One owner for each piece of data (issue 10): the storage models import nothing from the coach,
 * components or entrypoints; the protocol imports nothing of the extension; no page or component
 * imports background code; only the background writes (the write functions live in
 * lib/background/, which nothing outside it and the background entrypoint imports).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  const src = readFileSync(path, 'utf8');
  return [...src.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');
}

describe('layout', () => {
  it('the models import nothing from lib/coach, components or entrypoints', () => {
    for (const f of [...files('lib/models'), ...files('lib/settings')]) {
      for (const i of imports(f))
        expect(i, `${f} → ${i}`).not.toMatch(/coach|components|entrypoints|background/);
    }
  });

  it('the protocol imports nothing but zod', () => {
    expect(imports('lib/messaging/protocol.ts')).toEqual(['zod/mini']);
  });

  it('no page, component or in-page code imports background code', () => {
    for (const f of [
      ...files('components'),
      ...files('entrypoints'),
      ...files('lib/coach'),
      ...files('lib/models'),
    ]) {
      if (f === join('entrypoints', 'background.ts')) continue;
      for (const i of imports(f)) expect(i, `${f} → ${i}`).not.toMatch(/\/background\//);
    }
  });

  it('only the background writes storage: no browser.storage writes outside lib/background', () => {
    const all = [...files('lib'), ...files('components'), ...files('entrypoints')].filter(
      (f) => !f.startsWith(join('lib', 'background')),
    );
    for (const f of all) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/storage\.(local|sync)\.(set|remove|clear)\(|\.setValue\(|\.removeValue\(/);
    }
  });
});
