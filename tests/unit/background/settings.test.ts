/**
 * Settings in the background, the one writer: each area keeps its half; two writers at once both
 * keep their change; a failing synced write leaves nothing half-saved and says what was not saved;
 * the synced half never passes Chrome's 8 KB item quota; the coach's one-click actions answer
 * 'limit' / 'too-long' / 'failed' and undo exactly their own change; malformed or unknown messages,
 * and messages from the wrong sender, are dropped.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isHeld } from '../../../lib/background/held-permissions';
import { handleMessage } from '../../../lib/background/messages';
import {
  handleSettingsChange,
  ignorePhrase,
  PAUSE_UNDO_MS,
  pauseSite,
  SettingsError,
  SYNC_ITEM_BYTES,
  saveSettings,
  syncBytes,
  undoAction,
} from '../../../lib/background/settings';
import { actionResult } from '../../../lib/coach/actions';
import { applyChange } from '../../../lib/settings/changes';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  LIMITS,
  SETTINGS_VERSION,
  type Settings,
} from '../../../lib/settings/schema';
import { LOCAL_KEY, loadSettings, SYNC_KEY } from '../../../lib/settings/store';
import { parseSettingsFile } from '../../../lib/settings/transfer';
import { contentScript, ownPage, stranger } from './senders';

async function raw(area: 'sync' | 'local', key: string) {
  return (await browser.storage[area].get(key))[key];
}

const patch = (p: Record<string, unknown>) => saveSettings({ op: 'patch', patch: p });
const change = (c: unknown) => handleMessage({ type: 'settings:change', change: c }, ownPage());

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('saveSettings: the two areas', () => {
  it('keeps preferences in sync and personal lists (ignored phrases included) on this device only', async () => {
    await saveSettings((s) => ({
      ...s,
      sensitivity: 'strict',
      categories: { ...s.categories, heat: false },
      sites: { builtIn: { reddit: false }, custom: ['https://forum.example.org'] },
      ignoredPhrases: ['whatever'],
      customPhrases: [{ phrase: 'per my last email', category: 'talking-down' }],
    }));
    const sync = await raw('sync', SYNC_KEY);
    const local = await raw('local', LOCAL_KEY);
    expect(sync).toEqual({
      version: SETTINGS_VERSION,
      sensitivity: 'strict',
      categories: { ...DEFAULT_SETTINGS.categories, heat: false },
      sites: { builtIn: { reddit: false } },
      pausedUntil: null,
      pauseBeforeSend: true,
      pauseFor: 'heated',
      statsEnabled: true,
    });
    expect(local).toEqual({
      version: SETTINGS_VERSION,
      sites: { custom: ['https://forum.example.org'] },
      customPhrases: [{ phrase: 'per my last email', category: 'talking-down' }],
      ignoredPhrases: ['whatever'],
    });
    // Nothing personal in sync; nothing else stored (no extra keys).
    expect(JSON.stringify(await browser.storage.sync.get(null))).not.toMatch(/whatever|forum|last email/);
    expect(Object.keys(await browser.storage.sync.get(null))).toEqual([SYNC_KEY]);
  });

  it('merges patches into the current settings', async () => {
    await patch({ categories: { heat: false } });
    const s = await patch({ categories: { blame: false } });
    expect(s.categories.heat).toBe(false);
    expect(s.categories.blame).toBe(false);
    expect(await loadSettings()).toEqual(s);
  });

  it('writes only the area that changed', async () => {
    await patch({ sensitivity: 'gentle' });
    const syncSet = vi.spyOn(browser.storage.sync, 'set');
    const localSet = vi.spyOn(browser.storage.local, 'set');
    await saveSettings({ op: 'ignored-phrase', key: null, next: 'meh' });
    expect(syncSet).not.toHaveBeenCalled();
    expect(localSet).toHaveBeenCalledTimes(1);
  });

  it('refuses an invalid change and writes nothing', async () => {
    await patch({ sensitivity: 'strict' });
    await expect(patch({ sensitivity: 'loud' })).rejects.toBeInstanceOf(SettingsError);
    await expect(
      saveSettings({ op: 'ignored-phrase', key: null, next: 'x'.repeat(1_000) }),
    ).rejects.toMatchObject({
      code: 'invalid',
    });
    expect((await loadSettings()).sensitivity).toBe('strict');
  });

  it('replace writes a whole value (reset)', async () => {
    await saveSettings((s) => ({ ...s, sensitivity: 'strict', ignoredPhrases: ['meh'] }));
    await saveSettings({ op: 'replace', settings: defaultSettings() });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('two writers at once', () => {
  it('never lose a write: popup and options saving together both keep their change', async () => {
    // The popup and the options page each send a change made on the settings they showed; the
    // background applies each on the settings as they are when its turn comes.
    const replies = await Promise.all([
      change({ op: 'patch', patch: { categories: { heat: false } } }),
      change({ op: 'patch', patch: { sensitivity: 'strict' } }),
      change({ op: 'built-in', id: 'reddit', on: false }),
      change({ op: 'ignored-phrase', key: null, next: 'one' }),
      change({ op: 'ignored-phrase', key: null, next: 'two' }),
      handleMessage({ type: 'phrase:ignore', phrase: 'three' }, contentScript()),
      change({
        op: 'custom-phrase',
        key: null,
        next: { phrase: 'per my last email', category: 'talking-down' },
      }),
    ]);
    expect(replies.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    const s = await loadSettings();
    expect(s.categories.heat).toBe(false);
    expect(s.sensitivity).toBe('strict');
    expect(s.sites.builtIn).toEqual({ reddit: false });
    expect(s.ignoredPhrases).toEqual(['one', 'two', 'three']);
    expect(s.customPhrases).toHaveLength(1);
  });
});

describe('all or nothing', () => {
  it('a failing synced write leaves the local half as it was, and says the synced part was not saved', async () => {
    await saveSettings({ op: 'ignored-phrase', key: null, next: 'kept' });
    const before = await raw('local', LOCAL_KEY);
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'),
    );
    // One import that changes both halves.
    const next: Settings = { ...defaultSettings(), sensitivity: 'strict', ignoredPhrases: ['new one'] };
    expect(await change({ op: 'replace', settings: next })).toEqual({
      ok: false,
      error: 'storage',
      area: 'sync',
    });
    expect(await raw('local', LOCAL_KEY)).toEqual(before);
    expect(await raw('sync', SYNC_KEY)).toBeUndefined();
    const s = await loadSettings();
    expect(s.ignoredPhrases).toEqual(['kept']);
    expect(s.sensitivity).toBe('balanced');
    // The queue is not stuck after a failure.
    expect(await change({ op: 'replace', settings: next })).toEqual({ ok: true });
    expect((await loadSettings()).ignoredPhrases).toEqual(['new one']);
  });

  it('a failing local write writes nothing to sync, and says the local part was not saved', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const syncSet = vi.spyOn(browser.storage.sync, 'set');
    const next: Settings = { ...defaultSettings(), sensitivity: 'strict', ignoredPhrases: ['x'] };
    expect(await handleSettingsChange({ op: 'replace', settings: next })).toEqual({
      ok: false,
      error: 'storage',
      area: 'local',
    });
    expect(syncSet).not.toHaveBeenCalled();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the synced half stays under the 8 KB item quota', () => {
  it('at every limit at once', () => {
    const s = defaultSettings();
    for (let i = 0; i < LIMITS.builtInOverrides; i++)
      s.sites.builtIn[`s${i}`.padEnd(LIMITS.siteIdLength, 'x')] = false;
    s.pausedUntil = Number.MAX_SAFE_INTEGER;
    expect(syncBytes(s)).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
  });

  it('an import with 3,000 site switches is refused with a clear reason, and nothing is written', async () => {
    const builtIn = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`site-${i}`, false]));
    const file = JSON.stringify({
      app: 'soft-start',
      kind: 'settings',
      settings: { version: 1, sites: { builtIn } },
    });
    expect(parseSettingsFile(file)).toEqual({
      ok: false,
      error: 'too-many',
      path: 'sites.builtIn',
      max: LIMITS.builtInOverrides,
    });
    // Sent to the background anyway (a page that skipped the check): refused, nothing written.
    const settings = { ...defaultSettings(), sites: { builtIn, custom: [] } };
    expect(await change({ op: 'replace', settings })).toMatchObject({
      ok: false,
      error: 'invalid',
      path: 'sites.builtIn',
    });
    expect(await raw('sync', SYNC_KEY)).toBeUndefined();
  });
});

describe('"Don\'t flag this phrase again" (phrase:ignore)', () => {
  it('adds a phrase once, case-insensitively; undo removes exactly it', async () => {
    await saveSettings({ op: 'ignored-phrase', key: null, next: 'mine' });
    const first = await ignorePhrase('  You  never ');
    expect(first).toMatchObject({ ok: true, token: expect.any(String) });
    // Already there: done, with nothing to undo.
    expect(await ignorePhrase('you never')).toEqual({ ok: true });
    expect((await loadSettings()).ignoredPhrases).toEqual(['mine', 'You never']);
    if (!first.ok || !first.token) throw new Error('no token');
    expect(await undoAction(first.token)).toBe(true);
    expect((await loadSettings()).ignoredPhrases).toEqual(['mine']);
    // A token works once.
    expect(await undoAction(first.token)).toBe(false);
  });

  it("says 'too-long' for a long phrase and 'limit' at 500 phrases, and changes nothing", async () => {
    expect(await ignorePhrase('x'.repeat(LIMITS.phraseLength + 1))).toEqual({
      ok: false,
      reason: 'too-long',
    });
    const full = Array.from({ length: LIMITS.ignoredPhrases }, (_, i) => `phrase ${i}`);
    await saveSettings((s) => ({ ...s, ignoredPhrases: full }));
    expect(await ignorePhrase('one more')).toEqual({ ok: false, reason: 'limit' });
    // An ignored phrase already in the full list is still fine.
    expect(await ignorePhrase('PHRASE 3')).toEqual({ ok: true });
    expect((await loadSettings()).ignoredPhrases).toEqual(full);
  });

  it("says 'failed' when storage refuses, and for an empty phrase", async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await ignorePhrase('you never')).toEqual({ ok: false, reason: 'failed' });
    expect(await ignorePhrase('   ')).toEqual({ ok: false, reason: 'failed' });
    expect((await loadSettings()).ignoredPhrases).toEqual([]);
  });

  it("the coach's ActionResult undoes through the background (contract 2)", async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockImplementation(async (m: unknown) => handleMessage(m, contentScript()));
    const done = actionResult(
      (await browser.runtime.sendMessage({ type: 'phrase:ignore', phrase: 'calm down' })) as never,
    );
    expect(done.ok).toBe(true);
    expect((await loadSettings()).ignoredPhrases).toEqual(['calm down']);
    if (!done.ok) throw new Error('not done');
    expect(await done.undo()).toBe(true);
    expect((await loadSettings()).ignoredPhrases).toEqual([]);
    expect(actionResult(null)).toEqual({ ok: false, reason: 'failed' });
    expect(actionResult({ ok: false, reason: 'limit' })).toEqual({ ok: false, reason: 'limit' });
  });
});

describe('"Pause on this site" (site:pause)', () => {
  it("switches off the sender's built-in site; undo switches exactly it back on", async () => {
    await saveSettings({ op: 'built-in', id: 'slack', on: false });
    const r = await handleMessage({ type: 'site:pause' }, contentScript('https://discord.com/channels/1'));
    expect(r).toMatchObject({ ok: true, token: expect.any(String) });
    expect((await loadSettings()).sites.builtIn).toEqual({ slack: false, discord: false });
    const token = (r as { token: string }).token;
    expect(await handleMessage({ type: 'action:undo', token }, contentScript('https://discord.com/'))).toBe(
      true,
    );
    expect((await loadSettings()).sites.builtIn).toEqual({ slack: false });
    // Already off: done, nothing to undo.
    expect(await pauseSite('https://app.slack.com/client')).toEqual({ ok: true });
  });

  it('an added site leaves the list and keeps its permission a moment, so undo can put it back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const origin = 'https://forum.example.org';
      await saveSettings((s) => ({ ...s, sites: { ...s.sites, custom: [origin] } }));
      const r = await pauseSite(`${origin}/t/1`);
      expect(r).toMatchObject({ ok: true, token: expect.any(String) });
      expect((await loadSettings()).sites.custom).toEqual([]);
      expect(isHeld(origin)).toBe(true);
      expect(await undoAction((r as { token: string }).token)).toBe(true);
      expect((await loadSettings()).sites.custom).toEqual([origin]);
      expect(isHeld(origin)).toBe(false);
      // Too late: the hold ended, the permission went; undo says it could not.
      const again = await pauseSite(`${origin}/`);
      vi.advanceTimersByTime(PAUSE_UNDO_MS + 1);
      expect(isHeld(origin)).toBe(false);
      expect(await undoAction((again as { token: string }).token)).toBe(false);
      expect((await loadSettings()).sites.custom).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("fails for a page that is no site (and the page can't name another site)", async () => {
    expect(await pauseSite('about:blank')).toEqual({ ok: false, reason: 'failed' });
    await handleMessage({ type: 'site:pause', site: 'discord' }, contentScript('https://app.slack.com/'));
    expect((await loadSettings()).sites.builtIn).toEqual({ slack: false });
  });
});

describe('the message door', () => {
  it('drops unknown and malformed messages: no answer, nothing written', async () => {
    const bad: unknown[] = [
      null,
      'settings:change',
      42,
      { type: 'settings:nuke' },
      { type: 'settings:change' },
      { type: 'settings:change', change: { op: 'drop-table' } },
      { type: 'settings:change', change: { op: 'patch', patch: { sensitivity: 7 } } },
      { type: 'settings:change', change: { op: 'built-in', id: 'x'.repeat(65), on: false } },
      { type: 'phrase:ignore', phrase: 'x'.repeat(5_000) },
      { type: 'phrase:ignore' },
      { type: 'draft:save', text: 12 },
      { type: 'coach:load-bundle', bundle: 'toString' },
      { type: 'coach:load-bundle', bundle: '__proto__' },
      { type: 'action:undo', token: '' },
      { type: 'reminder:schedule', draftId: 'x', choice: 'never' },
    ];
    const set = vi.spyOn(browser.storage.local, 'set');
    const syncSet = vi.spyOn(browser.storage.sync, 'set');
    for (const m of bad) {
      expect(handleMessage(m, ownPage()), JSON.stringify(m)).toBeUndefined();
      expect(handleMessage(m, contentScript()), JSON.stringify(m)).toBeUndefined();
    }
    expect(set).not.toHaveBeenCalled();
    expect(syncSet).not.toHaveBeenCalled();
  });

  it('answers each part only what it may ask', async () => {
    // Settings change only from our pages; the coach's actions only from a content script.
    expect(
      handleMessage({ type: 'settings:change', change: { op: 'patch', patch: {} } }, contentScript()),
    ).toBeUndefined();
    expect(handleMessage({ type: 'phrase:ignore', phrase: 'hi' }, ownPage())).toBeUndefined();
    expect(handleMessage({ type: 'phrase:ignore', phrase: 'hi' }, stranger())).toBeUndefined();
    expect(handleMessage({ type: 'draft:save', text: 'hi' }, ownPage())).toBeUndefined();
    expect(handleMessage({ type: 'stats:clear' }, contentScript())).toBeUndefined();
    expect(
      await handleMessage({ type: 'site:enable', origin: 'https://a.example' }, contentScript()),
    ).toEqual({
      ok: false,
      error: 'failed',
    });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('pages show a change at once with the same function the background applies', () => {
    const s = applyChange(defaultSettings(), { op: 'built-in', id: 'reddit', on: false });
    expect(s.sites.builtIn).toEqual({ reddit: false });
    expect(applyChange(s, { op: 'built-in', id: 'reddit', on: true }).sites.builtIn).toEqual({});
  });
});
