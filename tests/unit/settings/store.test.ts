import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSettings } from '../../../lib/background/settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../lib/settings/schema';
import { LOCAL_KEY, loadSettings, SYNC_KEY, watchSettings } from '../../../lib/settings/store';

const patch = (p: Record<string, unknown>) => saveSettings({ op: 'patch', patch: p });

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

describe('watchSettings', () => {
  it('reports changes from either area, in order, until unsubscribed', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(`${s.sensitivity}:${s.ignoredPhrases.length}`));
    await patch({ sensitivity: 'strict' });
    await saveSettings({ op: 'ignored-phrase', key: null, next: 'a' });
    await vi.waitFor(() => expect(seen).toEqual(['strict:0', 'strict:1']));
    stop();
    await patch({ sensitivity: 'gentle' });
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
    await patch({ sensitivity: 'gentle' });
    await vi.waitFor(() => expect(good).toHaveBeenCalledTimes(1));
    expect(good.mock.calls[0]?.[0]).toMatchObject({ sensitivity: 'gentle' });
    stopBad();
    stopGood();
  });
});
