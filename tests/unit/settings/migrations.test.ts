import { describe, expect, it } from 'vitest';
import { migrateSettings, versionOf } from '../../../lib/settings/migrations';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION } from '../../../lib/settings/schema';

const load = (value: unknown) => parseSettings(migrateSettings(value).data);

describe('migrateSettings', () => {
  it('leaves a current value alone', () => {
    const current = { ...DEFAULT_SETTINGS, sensitivity: 'strict' };
    const result = migrateSettings(current);
    expect(result).toEqual({ data: current, from: SETTINGS_VERSION, newer: false });
  });

  it('migrates the unversioned flat layout (version 0)', () => {
    const v0 = {
      enabled: false,
      sensitivity: 2,
      categories: ['blame', 'heat'],
      disabledSites: ['reddit', 'slack'],
      customSites: ['example.com', 'http://localhost:3000/x', 'not a site'],
      ignoredPhrases: ['whatever'],
    };
    const result = migrateSettings(v0);
    expect(result.from).toBe(0);
    const s = parseSettings(result.data);
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.sensitivity).toBe('strict');
    expect(s.pausedUntil).toBe('forever');
    expect(s.categories).toEqual({
      blame: true,
      absolutes: false,
      contempt: false,
      'talking-down': false,
      withdrawal: false,
      heat: true,
    });
    expect(s.sites.builtIn).toEqual({ reddit: false, slack: false });
    expect(s.sites.custom).toEqual(['https://example.com', 'http://localhost']);
    expect(s.ignoredPhrases).toEqual(['whatever']);
    expect(s).not.toHaveProperty('enabled');
  });

  it.each([
    ['low', 'gentle'],
    ['medium', 'balanced'],
    ['HIGH', 'strict'],
    [0, 'gentle'],
    ['balanced', 'balanced'],
    [7, 'balanced'],
  ])('maps legacy sensitivity %p to %p', (legacy, expected) => {
    expect(load({ sensitivity: legacy }).sensitivity).toBe(expected);
  });

  it('keeps an enabled unversioned value unpaused', () => {
    expect(load({ enabled: true }).pausedUntil).toBeNull();
  });

  it('does not downgrade a value from a newer version, and keeps what it understands', () => {
    const future = { version: SETTINGS_VERSION + 1, sensitivity: 'gentle', hologram: { on: true } };
    const result = migrateSettings(future);
    expect(result.newer).toBe(true);
    expect(result.from).toBe(SETTINGS_VERSION + 1);
    const s = parseSettings(result.data);
    expect(s.sensitivity).toBe('gentle');
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s).not.toHaveProperty('hologram');
  });

  it.each([
    [{ version: 'one' }, 0],
    [{ version: -1 }, 0],
    [{ version: 1.5 }, 0],
    [{ version: Number.MAX_VALUE }, 0],
    [{ version: 1 }, 1],
    [null, 0],
  ])('reads the version of %p as %p', (value, version) => {
    expect(versionOf(value)).toBe(version);
  });

  it('never throws on hostile values', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
      },
    );
    expect(() => migrateSettings(hostile)).not.toThrow();
    expect(load(hostile)).toEqual(DEFAULT_SETTINGS);
    expect(load({ disabledSites: 'reddit', customSites: 5, categories: 'all' })).toEqual(DEFAULT_SETTINGS);
  });
});
