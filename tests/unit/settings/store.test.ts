import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, defaultSettings, SETTINGS_VERSION } from '../../../lib/settings/schema';
import {
  ignorePhrase,
  LOCAL_KEY,
  loadSettings,
  replaceSettings,
  SettingsError,
  SYNC_KEY,
  saveSettings,
  watchSettings,
} from '../../../lib/settings/store';

async function raw(area: 'sync' | 'local', key: string) {
  return (await browser.storage[area].get(key))[key];
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadSettings', () => {
  it('gives defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('gives defaults for corrupt stored values, keeping what is valid', async () => {
    await browser.storage.sync.set({
      [SYNC_KEY]: { version: 1, sensitivity: 'strict', categories: 'broken' },
    });
    await browser.storage.local.set({ [LOCAL_KEY]: 'garbage' });
    const s = await loadSettings();
    expect(s.sensitivity).toBe('strict');
    expect(s.categories).toEqual(DEFAULT_SETTINGS.categories);
    expect(s.customPhrases).toEqual([]);
  });

  it('migrates each stored part', async () => {
    await browser.storage.sync.set({ [SYNC_KEY]: { sensitivity: 'low', enabled: false } });
    await browser.storage.local.set({
      [LOCAL_KEY]: { customSites: ['example.com'], ignoredPhrases: ['meh'] },
    });
    const s = await loadSettings();
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.sensitivity).toBe('gentle');
    expect(s.pausedUntil).toBe('forever');
    expect(s.sites.custom).toEqual(['https://example.com']);
    expect(s.ignoredPhrases).toEqual(['meh']);
  });

  it('never throws, even when storage itself fails', async () => {
    vi.spyOn(browser.storage.sync, 'get').mockRejectedValueOnce(new Error('sync is off'));
    await browser.storage.local.set({ [LOCAL_KEY]: { version: 1, ignoredPhrases: ['kept'] } });
    const s = await loadSettings();
    expect(s.ignoredPhrases).toEqual(['kept']);
    expect(s.sensitivity).toBe('balanced');
  });
});

describe('saveSettings', () => {
  it('keeps preferences in sync and personal lists in local', async () => {
    await saveSettings({
      sensitivity: 'strict',
      categories: { heat: false },
      sites: { builtIn: { reddit: false }, custom: ['https://forum.example.org'] },
      ignoredPhrases: ['whatever'],
      customPhrases: [{ phrase: 'per my last email', category: 'talking-down' }],
    });
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
    // Nothing personal in sync.
    expect(JSON.stringify(sync)).not.toMatch(/whatever|forum|last email/);
  });

  it('merges patches into the current settings', async () => {
    await saveSettings({ categories: { heat: false } });
    const s = await saveSettings({ categories: { blame: false } });
    expect(s.categories.heat).toBe(false);
    expect(s.categories.blame).toBe(false);
    expect(await loadSettings()).toEqual(s);
  });

  it('writes only the area that changed', async () => {
    await saveSettings({ sensitivity: 'gentle' });
    const syncSet = vi.spyOn(browser.storage.sync, 'set');
    const localSet = vi.spyOn(browser.storage.local, 'set');
    await saveSettings({ ignoredPhrases: ['meh'] });
    expect(syncSet).not.toHaveBeenCalled();
    expect(localSet).toHaveBeenCalledTimes(1);
  });

  it('does not lose quick successive changes', async () => {
    await Promise.all([
      saveSettings({ categories: { heat: false } }),
      saveSettings({ categories: { blame: false } }),
      saveSettings((s) => ({ ...s, ignoredPhrases: [...s.ignoredPhrases, 'one'] })),
      saveSettings((s) => ({ ...s, ignoredPhrases: [...s.ignoredPhrases, 'two'] })),
    ]);
    const s = await loadSettings();
    expect(s.categories.heat).toBe(false);
    expect(s.categories.blame).toBe(false);
    expect(s.ignoredPhrases).toEqual(['one', 'two']);
  });

  it('refuses an invalid change and writes nothing', async () => {
    await saveSettings({ sensitivity: 'strict' });
    await expect(saveSettings({ sensitivity: 'loud' as never })).rejects.toBeInstanceOf(SettingsError);
    await expect(saveSettings({ ignoredPhrases: ['x'.repeat(10_000)] })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect((await loadSettings()).sensitivity).toBe('strict');
  });

  it('reports storage failures as SettingsError("storage")', async () => {
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    await expect(saveSettings({ sensitivity: 'gentle' })).rejects.toMatchObject({ code: 'storage' });
    // The queue is not stuck after a failure.
    await expect(saveSettings({ sensitivity: 'strict' })).resolves.toMatchObject({ sensitivity: 'strict' });
  });

  it('replaceSettings writes a whole value (reset)', async () => {
    await saveSettings({ sensitivity: 'strict', ignoredPhrases: ['meh'] });
    await replaceSettings(defaultSettings());
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('ignorePhrase', () => {
  it('adds a phrase once, case-insensitively', async () => {
    expect(await ignorePhrase('  You  never ')).toBe(true);
    expect(await ignorePhrase('you never')).toBe(true);
    expect((await loadSettings()).ignoredPhrases).toEqual(['You never']);
  });

  it('resolves false instead of throwing on a bad phrase', async () => {
    expect(await ignorePhrase('')).toBe(false);
    expect(await ignorePhrase('x'.repeat(5_000))).toBe(false);
    expect((await loadSettings()).ignoredPhrases).toEqual([]);
  });
});

describe('watchSettings', () => {
  it('reports changes from either area, in order, until unsubscribed', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(`${s.sensitivity}:${s.ignoredPhrases.length}`));
    await saveSettings({ sensitivity: 'strict' });
    await saveSettings({ ignoredPhrases: ['a'] });
    await vi.waitFor(() => expect(seen).toEqual(['strict:0', 'strict:1']));
    stop();
    await saveSettings({ sensitivity: 'gentle' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['strict:0', 'strict:1']);
  });

  it('ignores unrelated keys and contains errors thrown by a watcher', async () => {
    const good = vi.fn();
    const stopBad = watchSettings(() => {
      throw new Error('watcher bug');
    });
    const stopGood = watchSettings(good);
    await browser.storage.local.set({ drafts: [] });
    await saveSettings({ sensitivity: 'gentle' });
    await vi.waitFor(() => expect(good).toHaveBeenCalledTimes(1));
    expect(good.mock.calls[0]?.[0]).toMatchObject({ sensitivity: 'gentle' });
    stopBad();
    stopGood();
  });
});
