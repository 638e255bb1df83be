/**
 * Reading and watching the settings straight on the storage areas (lib/settings/read.ts), as WXT's
 * storage items did, so that the coach bundle carries no storage library.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCAL_KEY, loadSettings, SYNC_KEY, watchSettings } from '../../../lib/settings/read';
import { localItem, syncItem } from '../../../lib/settings/store';
import { repoRoot } from '../../../scripts/corpus';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings read straight from the storage areas', () => {
  it('reads what the storage items hold', async () => {
    await syncItem.setValue({ version: 1, sensitivity: 'strict' });
    await localItem.setValue({ version: 1, ignoredPhrases: ['fine by me'] });
    const s = await loadSettings();
    expect(s.sensitivity).toBe('strict');
    expect(s.ignoredPhrases).toEqual(['fine by me']);
    expect(await syncItem.getValue()).toEqual((await browser.storage.sync.get(SYNC_KEY))[SYNC_KEY]);
  });

  it('is told of a change only when the value changed in depth, as the items were', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await browser.storage.local.set({
      [LOCAL_KEY]: { version: 1, ignoredPhrases: ['a', 'b'], sites: { custom: [] } },
    });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    // The same value written again, its keys in another order: no change.
    await browser.storage.local.set({
      [LOCAL_KEY]: { sites: { custom: [] }, ignoredPhrases: ['a', 'b'], version: 1 },
    });
    await browser.storage.sync.set({ unrelated: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveBeenCalledTimes(1);
    await browser.storage.local.set({
      [LOCAL_KEY]: { version: 1, ignoredPhrases: ['a'], sites: { custom: [] } },
    });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    expect(seen.mock.calls[1]?.[0]).toMatchObject({ ignoredPhrases: ['a'] });
    await browser.storage.sync.remove(SYNC_KEY);
    await browser.storage.sync.set({ [SYNC_KEY]: { version: 1, sensitivity: 'gentle' } });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(3));
    stop();
  });

  it("leaves WXT's storage library out of the coach bundle", async () => {
    const result = await build({
      entryPoints: [path.join(repoRoot, 'entrypoints', 'coach.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.BROWSER': '"chrome"' },
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.includes('lib/settings/read.ts'))).toBe(true);
    expect(
      inputs.filter((f) => /@wxt-dev[\\/]storage|superlock|wxt[\\/]dist[\\/]utils[\\/]storage/.test(f)),
    ).toEqual([]);
  }, 60_000);
});
