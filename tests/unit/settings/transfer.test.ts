import { describe, expect, it } from 'vitest';
import { defaultSettings, LIMITS, SETTINGS_VERSION, type Settings } from '../../../lib/settings/schema';
import { exportFileName, exportSettings, parseSettingsFile } from '../../../lib/settings/transfer';

function custom(): Settings {
  return {
    ...defaultSettings(),
    sensitivity: 'strict',
    categories: { ...defaultSettings().categories, withdrawal: false },
    sites: { builtIn: { reddit: false }, custom: ['https://forum.example.org'] },
    customPhrases: [{ phrase: 'per my last email', category: 'talking-down', replacement: 'to recap' }],
    ignoredPhrases: ['whatever'],
    pausedUntil: 'forever',
  };
}

describe('export', () => {
  it('round-trips through import unchanged', () => {
    const s = custom();
    const text = exportSettings(s, new Date('2025-05-10T10:00:00Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      app: 'soft-start',
      kind: 'settings',
      exportedAt: '2025-05-10T10:00:00.000Z',
    });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: s });
  });

  it('names the file by local date', () => {
    expect(exportFileName(new Date(2025, 0, 5, 12))).toBe('soft-start-settings-2025-01-05.json');
  });
});

describe('import', () => {
  const wrap = (settings: unknown) => JSON.stringify({ app: 'soft-start', kind: 'settings', settings });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['{"app":"soft-start",', 'not-json'],
    ['<html></html>', 'not-json'],
    ['[1,2,3]', 'not-settings'],
    ['"balanced"', 'not-settings'],
    ['null', 'not-settings'],
    ['{"hello":"world"}', 'not-settings'],
    ['{"app":"other-extension","kind":"settings","settings":{}}', 'not-settings'],
    ['{"app":"soft-start","kind":"drafts","settings":{}}', 'not-settings'],
    ['{"app":"soft-start","kind":"settings","settings":[]}', 'not-settings'],
  ])('refuses %p (%s)', (text, error) => {
    expect(parseSettingsFile(text)).toMatchObject({ ok: false, error });
  });

  it('refuses non-strings', () => {
    expect(parseSettingsFile(undefined)).toMatchObject({ ok: false, error: 'empty' });
    expect(parseSettingsFile(42)).toMatchObject({ ok: false, error: 'empty' });
  });

  it('refuses files over the size limit, counting bytes not characters', () => {
    const big = wrap({ ...defaultSettings(), note: 'x'.repeat(LIMITS.importBytes) });
    expect(parseSettingsFile(big)).toEqual({ ok: false, error: 'too-large' });
    // Under the limit in characters, over it in UTF-8 bytes.
    const wide = wrap({ ...defaultSettings(), note: 'é'.repeat(LIMITS.importBytes / 2) });
    expect(wide.length).toBeLessThan(LIMITS.importBytes);
    expect(parseSettingsFile(wide)).toEqual({ ok: false, error: 'too-large' });
  });

  it('refuses a file from a newer version', () => {
    expect(parseSettingsFile(wrap({ version: SETTINGS_VERSION + 1 }))).toEqual({
      ok: false,
      error: 'newer-version',
    });
  });

  it.each([
    [{ sensitivity: 'extreme' }, 'sensitivity'],
    [{ categories: { blame: 'yes' } }, 'categories.blame'],
    [
      {
        customPhrases: [
          { phrase: 'ok', category: 'blame' },
          { phrase: 'x', category: 'rude' },
        ],
      },
      'customPhrases.1.category',
    ],
    [{ ignoredPhrases: ['fine', 'x'.repeat(LIMITS.phraseLength + 1)] }, 'ignoredPhrases.1'],
    [{ sites: { custom: ['not a site'] } }, 'sites.custom.0'],
    [{ pausedUntil: -1 }, 'pausedUntil'],
    [{ statsEnabled: 'no' }, 'statsEnabled'],
  ])('refuses a wrong value and says where: %j', (settings, path) => {
    expect(parseSettingsFile(wrap({ version: 1, ...settings }))).toEqual({
      ok: false,
      error: 'invalid',
      path,
    });
  });

  it('fills missing fields with defaults and ignores unknown keys', () => {
    const r = parseSettingsFile(
      wrap({ version: 1, sensitivity: 'gentle', categories: { heat: false }, extra: 1 }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings).toEqual({
      ...defaultSettings(),
      sensitivity: 'gentle',
      categories: { ...defaultSettings().categories, heat: false },
    });
  });

  it('accepts a bare settings object and migrates old layouts', () => {
    const r = parseSettingsFile(JSON.stringify({ sensitivity: 'high', disabledSites: ['reddit'] }));
    expect(r).toEqual({
      ok: true,
      settings: {
        ...defaultSettings(),
        sensitivity: 'strict',
        sites: { builtIn: { reddit: false }, custom: [] },
      },
    });
  });

  it('survives deeply nested JSON', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseSettingsFile(deep).ok).toBe(false);
  });

  it('imports a file that starts with a byte-order mark', () => {
    const file = `\uFEFF${exportSettings(custom())}`;
    expect(parseSettingsFile(file)).toEqual({ ok: true, settings: custom() });
  });

  it('takes control and bidi-override characters out of imported replacements', () => {
    const file = JSON.stringify({
      version: SETTINGS_VERSION,
      customPhrases: [
        {
          phrase: 'per my last email',
          category: 'talking-down',
          replacement: '\u202Eto recap\u202C\u0007 and\nthen\u2066 \u200Fmore\u2069',
        },
      ],
    });
    const r = parseSettingsFile(file);
    expect(r.ok && r.settings.customPhrases[0]?.replacement).toBe('to recap and then more');
  });

  it('refuses a list longer than it may be, saying which and how long', () => {
    const ignoredPhrases = Array.from({ length: LIMITS.ignoredPhrases + 1 }, (_, i) => `p${i}`);
    expect(parseSettingsFile(JSON.stringify({ version: 1, ignoredPhrases }))).toEqual({
      ok: false,
      error: 'too-many',
      path: 'ignoredPhrases',
      max: LIMITS.ignoredPhrases,
    });
  });
});
