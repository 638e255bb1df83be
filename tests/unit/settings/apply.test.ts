import { describe, expect, it } from 'vitest';
import {
  isActiveOn,
  isPaused,
  isSiteEnabled,
  KNOWN_SITES,
  nextChangeAt,
  pauseUntilFor,
  siteOf,
  TOMORROW_HOUR,
  toneOptionsFor,
} from '../../../lib/settings/apply';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { BUILT_IN_SITES, builtInSitesFor, E2E_SITE } from '../../../lib/sites';

const NOW = new Date(2025, 4, 10, 15, 30).getTime();

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...patch };
}

describe('siteOf', () => {
  it('finds built-in sites by their match patterns', () => {
    const m = siteOf('https://old.reddit.com/r/x/comments/1');
    expect(m.kind === 'built-in' && m.site.id).toBe('reddit');
    const g = siteOf('https://mail.google.com/mail/u/0/#inbox');
    expect(g.kind === 'built-in' && g.site.id).toBe('gmail');
  });

  it('gives other http(s) sites their canonical origin', () => {
    expect(siteOf('https://Forum.Example.org:8443/t/1')).toEqual({
      kind: 'other',
      origin: 'https://forum.example.org',
      host: 'forum.example.org',
    });
  });

  it.each([
    'chrome://extensions',
    'chrome-extension://abc/popup.html',
    'file:///x.html',
    'about:blank',
    '',
    'nonsense',
    undefined,
    null,
  ])('%p is unsupported', (url) => {
    expect(siteOf(url)).toEqual({ kind: 'unsupported' });
  });

  it('knows the playground only in the e2e build', () => {
    expect(builtInSitesFor('production')).toBe(BUILT_IN_SITES);
    expect(builtInSitesFor('e2e')).toContain(E2E_SITE);
    expect(siteOf('http://127.0.0.1:4599/', BUILT_IN_SITES).kind).toBe('other');
    const m = siteOf('http://127.0.0.1:4599/', builtInSitesFor('e2e'));
    expect(m.kind === 'built-in' && m.site.id).toBe('playground');
    // Unit tests run in mode "test": the production list.
    expect(KNOWN_SITES).toBe(BUILT_IN_SITES);
  });
});

describe('isActiveOn', () => {
  it('is on for built-in sites by default and off once switched off', () => {
    expect(isActiveOn(settings(), 'https://github.com/a/b/issues/1', NOW)).toBe(true);
    const off = settings({ sites: { builtIn: { github: false }, custom: [] } });
    expect(isActiveOn(off, 'https://github.com/a/b/issues/1', NOW)).toBe(false);
    expect(isActiveOn(off, 'https://www.reddit.com/', NOW)).toBe(true);
  });

  it('is on for an added site only', () => {
    const s = settings({ sites: { builtIn: {}, custom: ['https://forum.example.org'] } });
    expect(isActiveOn(s, 'https://forum.example.org/t/1', NOW)).toBe(true);
    expect(isActiveOn(s, 'http://forum.example.org/t/1', NOW)).toBe(false);
    expect(isActiveOn(s, 'https://other.example.org/', NOW)).toBe(false);
    expect(isActiveOn(settings(), 'https://forum.example.org/t/1', NOW)).toBe(false);
  });

  it('is off while paused, and on again when the pause ends', () => {
    const url = 'https://discord.com/channels/1';
    const paused = settings({ pausedUntil: NOW + 1000 });
    expect(isActiveOn(paused, url, NOW)).toBe(false);
    expect(isActiveOn(paused, url, NOW + 1000)).toBe(true);
    expect(isActiveOn(settings({ pausedUntil: 'forever' }), url, NOW + 10 ** 12)).toBe(false);
    expect(isPaused(settings({ pausedUntil: NOW - 1 }), NOW)).toBe(false);
    expect(isSiteEnabled(paused, url)).toBe(true);
  });

  it('is never on for unsupported pages', () => {
    expect(isActiveOn(settings(), 'chrome://settings', NOW)).toBe(false);
  });
});

describe('pause', () => {
  it('for an hour', () => {
    expect(pauseUntilFor('hour', NOW)).toBe(NOW + 3_600_000);
  });

  it('until tomorrow morning, local time', () => {
    const until = new Date(pauseUntilFor('tomorrow', NOW) as number);
    expect(until.getDate()).toBe(11);
    expect(until.getHours()).toBe(TOMORROW_HOUR);
    expect(until.getMinutes()).toBe(0);
    // Late at night it still means the next calendar day's morning.
    const late = new Date(2025, 11, 31, 23, 50).getTime();
    const next = new Date(pauseUntilFor('tomorrow', late) as number);
    expect([next.getFullYear(), next.getMonth(), next.getDate(), next.getHours()]).toEqual([
      2026,
      0,
      1,
      TOMORROW_HOUR,
    ]);
  });

  it('until turned back on', () => {
    expect(pauseUntilFor('forever', NOW)).toBe('forever');
  });

  it('says when a timed pause ends', () => {
    expect(nextChangeAt(settings({ pausedUntil: NOW + 5 }), NOW)).toBe(NOW + 5);
    expect(nextChangeAt(settings({ pausedUntil: NOW - 5 }), NOW)).toBeNull();
    expect(nextChangeAt(settings({ pausedUntil: 'forever' }), NOW)).toBeNull();
    expect(nextChangeAt(settings(), NOW)).toBeNull();
  });
});

describe('toneOptionsFor', () => {
  it('maps settings to the engine options', () => {
    const s = settings({
      sensitivity: 'strict',
      categories: { ...defaultSettings().categories, heat: false, contempt: false },
      customPhrases: [
        { phrase: 'per my last email', category: 'talking-down', replacement: 'to recap' },
        { phrase: 'ugh', category: 'heat' },
      ],
      ignoredPhrases: ['whatever'],
    });
    expect(toneOptionsFor(s)).toEqual({
      sensitivity: 'strict',
      categories: ['blame', 'absolutes', 'talking-down', 'withdrawal'],
      // A custom phrase of a category that is off is not passed on.
      customPhrases: [{ phrase: 'per my last email', category: 'talking-down', replacement: 'to recap' }],
      ignoredPhrases: ['whatever'],
    });
  });

  it('returns copies: changing them does not change the settings', () => {
    const s = settings({ ignoredPhrases: ['a b'] });
    const o = toneOptionsFor(s);
    (o.ignoredPhrases as string[]).push('c');
    expect(s.ignoredPhrases).toEqual(['a b']);
  });
});
