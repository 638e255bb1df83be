import { describe, expect, it } from 'vitest';
import {
  CATEGORY_IDS,
  DEFAULT_SETTINGS,
  defaultSettings,
  LIMITS,
  parseSettings,
  SETTINGS_VERSION,
  SettingsSchema,
} from '../../../lib/settings/schema';

describe('defaults', () => {
  it('are valid against the strict schema', () => {
    expect(SettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  it('are balanced, every category on, every built-in site on, not paused', () => {
    const d = defaultSettings();
    expect(d.version).toBe(SETTINGS_VERSION);
    expect(d.sensitivity).toBe('balanced');
    expect(CATEGORY_IDS.every((id) => d.categories[id])).toBe(true);
    expect(d.sites).toEqual({ builtIn: {}, custom: [] });
    expect(d.pausedUntil).toBeNull();
    expect(d.customPhrases).toEqual([]);
    expect(d.ignoredPhrases).toEqual([]);
  });

  it('are frozen, and defaultSettings() gives an independent copy', () => {
    const a = defaultSettings();
    a.categories.blame = false;
    a.ignoredPhrases.push('x');
    expect(DEFAULT_SETTINGS.categories.blame).toBe(true);
    expect(defaultSettings().ignoredPhrases).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('parseSettings', () => {
  it.each([undefined, null, 42, 'settings', [], true, () => 1])('gives defaults for %p', (value) => {
    expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a fully valid value as it is', () => {
    const value = {
      ...defaultSettings(),
      sensitivity: 'strict',
      categories: { ...DEFAULT_SETTINGS.categories, heat: false },
      sites: { builtIn: { reddit: false, github: true }, custom: ['https://example.com'] },
      customPhrases: [{ phrase: 'as per my last email', category: 'talking-down', replacement: 'To recap' }],
      ignoredPhrases: ['whatever'],
      pausedUntil: 1_700_000_000_000,
      pauseBeforeSend: false,
      statsEnabled: false,
    };
    expect(parseSettings(value)).toEqual(value);
  });

  it('keeps valid fields and defaults only the broken ones', () => {
    const s = parseSettings({
      version: 1,
      sensitivity: 'strict',
      categories: { blame: false, heat: 'no', contempt: null },
      pausedUntil: 'tomorrow',
      pauseBeforeSend: 'yes',
      statsEnabled: false,
    });
    expect(s.sensitivity).toBe('strict');
    expect(s.categories.blame).toBe(false);
    expect(s.categories.heat).toBe(true);
    expect(s.categories.contempt).toBe(true);
    expect(s.pausedUntil).toBeNull();
    expect(s.pauseBeforeSend).toBe(true);
    expect(s.statsEnabled).toBe(false);
  });

  it('defaults values of the wrong type', () => {
    const s = parseSettings({
      sensitivity: 2,
      categories: ['blame'],
      sites: 'all',
      customPhrases: { phrase: 'x' },
      ignoredPhrases: 'whatever',
      pausedUntil: -5,
      pauseBeforeSend: 0,
      statsEnabled: 'false',
    });
    expect(s).toEqual(DEFAULT_SETTINGS);
  });

  it('drops invalid list items but keeps the valid ones', () => {
    const s = parseSettings({
      customPhrases: [
        { phrase: 'you never listen', category: 'absolutes' },
        { phrase: 'bad category', category: 'rudeness' },
        { phrase: '', category: 'blame' },
        { phrase: 'line\u0007bell', category: 'blame' },
        'just a string',
        null,
        { phrase: '  spaced   out  ', category: 'heat', replacement: '  calmer  ' },
      ],
      ignoredPhrases: ['fine', 3, '', { p: 1 }, 'FINE', 'ok then'],
      sites: { custom: ['https://example.com', 'example.org', 'ftp://x.com', 'https://EXAMPLE.com', 7] },
    });
    expect(s.customPhrases).toEqual([
      { phrase: 'you never listen', category: 'absolutes' },
      { phrase: 'spaced out', category: 'heat', replacement: 'calmer' },
    ]);
    // Deduplicated case-insensitively, first spelling kept.
    expect(s.ignoredPhrases).toEqual(['fine', 'ok then']);
    // Only canonical origins are kept (what normalizeSite produces).
    expect(s.sites.custom).toEqual(['https://example.com']);
  });

  it('strips unknown keys at every level', () => {
    const s = parseSettings({
      sensitivity: 'gentle',
      evil: '<script>',
      __proto__: { polluted: true },
      categories: { blame: true, extra: true },
      sites: { builtIn: { reddit: false }, custom: [], more: 1 },
      customPhrases: [{ phrase: 'x y', category: 'blame', note: 'n' }],
    });
    expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(Object.keys(s.categories).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(Object.keys(s.sites).sort()).toEqual(['builtIn', 'custom']);
    expect(s.customPhrases[0]).toEqual({ phrase: 'x y', category: 'blame' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects huge strings and keeps lists bounded', () => {
    const huge = 'a'.repeat(1_000_000);
    const s = parseSettings({
      sensitivity: huge,
      ignoredPhrases: [huge, 'ok', ...Array.from({ length: 5_000 }, (_, i) => `phrase ${i}`)],
      customPhrases: [
        { phrase: huge, category: 'blame' },
        { phrase: 'fine', category: 'blame', replacement: huge },
      ],
      sites: { builtIn: Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`s${i}`, false])) },
    });
    expect(s.sensitivity).toBe('balanced');
    expect(s.ignoredPhrases[0]).toBe('ok');
    expect(s.ignoredPhrases).toHaveLength(LIMITS.ignoredPhrases);
    expect(s.customPhrases).toEqual([]);
    expect(Object.keys(s.sites.builtIn)).toHaveLength(LIMITS.builtInOverrides);
    expect(JSON.stringify(s).length).toBeLessThan(40_000);
  });

  it('accepts a phrase at the length limit and refuses one past it', () => {
    const ok = 'a'.repeat(LIMITS.phraseLength);
    const tooLong = 'a'.repeat(LIMITS.phraseLength + 1);
    expect(parseSettings({ ignoredPhrases: [ok, tooLong] }).ignoredPhrases).toEqual([ok]);
  });

  it('only keeps built-in switches that are booleans with id-like keys', () => {
    const s = parseSettings({
      sites: { builtIn: { reddit: false, slack: 'off', 'Bad Id': false, '': false } },
    });
    expect(s.sites.builtIn).toEqual({ reddit: false });
  });

  it('reads pausedUntil as null, a time, or forever', () => {
    expect(parseSettings({ pausedUntil: 'forever' }).pausedUntil).toBe('forever');
    expect(parseSettings({ pausedUntil: 123 }).pausedUntil).toBe(123);
    expect(parseSettings({ pausedUntil: 1.5 }).pausedUntil).toBeNull();
    expect(parseSettings({ pausedUntil: Number.POSITIVE_INFINITY }).pausedUntil).toBeNull();
    expect(parseSettings({ pausedUntil: Number.NaN }).pausedUntil).toBeNull();
  });

  it('never throws on getters that throw', () => {
    const hostile = {
      get sensitivity(): string {
        throw new Error('boom');
      },
    };
    expect(() => parseSettings(hostile)).not.toThrow();
  });
});
