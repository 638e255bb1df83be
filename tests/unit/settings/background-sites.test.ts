/**
 * The background's handling of sites a person adds: permissions, registered content scripts and
 * the settings list kept in step. The browser APIs the fake browser does not implement
 * (permissions, scripting, getManifest) are replaced by small in-memory models that behave like
 * Chrome's: registering an id twice fails, unregistering an unknown id fails.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAUSE_UNDO_MS, pauseSite, saveSettings, undoAction } from '../../../lib/background/settings';
import {
  disableSite,
  enableSite,
  onLocalSettingsChanged,
  onPermissionsAdded,
  onPermissionsRemoved,
  originOfPattern,
  reconcile,
  SCRIPT_ID_PREFIX,
} from '../../../lib/background/sites';
import { loadSettings } from '../../../lib/settings/store';

const ORIGIN = 'https://forum.example.org';
const PATTERN = `${ORIGIN}/*`;

interface Registered {
  id: string;
  matches: string[];
  js: string[];
  css?: string[];
  allFrames?: boolean;
  runAt?: string;
}

let granted: Set<string>;
let registered: Map<string, Registered>;
let executed: { tabId: number; files?: string[]; func?: boolean }[];
let cssInserted: number[];
let started: Set<number>;
let tabs: { id: number; url: string }[];

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  registered = new Map();
  executed = [];
  cssInserted = [];
  started = new Set();
  tabs = [
    { id: 7, url: `${ORIGIN}/t/123` },
    { id: 8, url: 'https://elsewhere.example.com/' },
  ];
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  Object.assign(b.runtime as object, {
    getManifest: () => ({
      manifest_version: 3,
      content_scripts: [
        {
          matches: ['https://github.com/*'],
          js: ['content-scripts/content.js'],
          css: ['content-scripts/content.css'],
          all_frames: true,
          run_at: 'document_idle',
        },
      ],
    }),
  });
  Object.assign(b.permissions as object, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      for (const o of origins) granted.delete(o);
      return true;
    },
  });
  Object.assign(b.scripting as object, {
    getRegisteredContentScripts: async () => [...registered.values()],
    registerContentScripts: async (scripts: Registered[]) => {
      for (const s of scripts) if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      for (const s of scripts) registered.set(s.id, s);
    },
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) => {
      for (const id of ids) if (!registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
      for (const id of ids) registered.delete(id);
    },
    insertCSS: async ({ target }: { target: { tabId: number } }) => {
      cssInserted.push(target.tabId);
    },
    executeScript: async ({
      target,
      files,
      func,
    }: {
      target: { tabId: number };
      files?: string[];
      func?: () => unknown;
    }) => {
      executed.push({ tabId: target.tabId, files, func: Boolean(func) });
      if (func) {
        // The marker check runs in the page: the first call in a tab says "start".
        const first = !started.has(target.tabId);
        started.add(target.tabId);
        return [{ result: first }];
      }
      return [{ result: undefined }];
    },
  });
  Object.assign(b.tabs as object, {
    get: async (id: number) => {
      const tab = tabs.find((t) => t.id === id);
      if (!tab) throw new Error('No tab');
      return tab;
    },
    query: async ({ url }: { url?: string }) =>
      tabs.filter((t) => !url || t.url.startsWith(url.replace(/\*$/, ''))),
  });
});

const scriptFiles = () => executed.filter((e) => e.files).map((e) => e.tabId);

describe('enableSite', () => {
  it('refuses without the permission and changes nothing', async () => {
    expect(await enableSite(ORIGIN, 7)).toEqual({ ok: false, error: 'no-permission' });
    expect((await loadSettings()).sites.custom).toEqual([]);
    expect(registered.size).toBe(0);
    expect(executed).toEqual([]);
  });

  it('adds the site, registers the manifest content script for it and starts it in the tab', async () => {
    granted.add(PATTERN);
    expect(await enableSite(ORIGIN, 7)).toEqual({ ok: true });
    expect((await loadSettings()).sites.custom).toEqual([ORIGIN]);
    expect([...registered.values()]).toEqual([
      {
        id: `${SCRIPT_ID_PREFIX}${ORIGIN}`,
        matches: [PATTERN],
        js: ['content-scripts/content.js'],
        css: ['content-scripts/content.css'],
        allFrames: true,
        runAt: 'document_idle',
      },
    ]);
    expect(scriptFiles()).toEqual([7]);
    expect(cssInserted).toEqual([7]);
  });

  it('is idempotent: a second enable neither registers twice nor starts the script twice', async () => {
    granted.add(PATTERN);
    await enableSite(ORIGIN, 7);
    expect(await enableSite(ORIGIN, 7)).toEqual({ ok: true });
    expect(registered.size).toBe(1);
    expect(scriptFiles()).toEqual([7]);
    expect((await loadSettings()).sites.custom).toEqual([ORIGIN]);
  });

  it('does not start the script in a tab of another site', async () => {
    granted.add(PATTERN);
    await enableSite(ORIGIN, 8);
    expect(scriptFiles()).toEqual([]);
  });

  it.each([
    ['forum.example.org', 'invalid-origin'],
    ['https://forum.example.org/', 'invalid-origin'],
    ['javascript:alert(1)', 'invalid-origin'],
    [42, 'invalid-origin'],
    ['https://github.com', 'built-in'],
  ])('refuses %p (%s)', async (origin, error) => {
    granted.add(`${String(origin)}/*`);
    expect(await enableSite(origin)).toEqual({ ok: false, error });
    expect(registered.size).toBe(0);
  });
});

describe('disableSite', () => {
  it('forgets the site, unregisters its script and gives the permission back', async () => {
    granted.add(PATTERN);
    await enableSite(ORIGIN);
    expect(await disableSite(ORIGIN)).toEqual({ ok: true });
    expect((await loadSettings()).sites.custom).toEqual([]);
    expect(registered.size).toBe(0);
    expect(granted.has(PATTERN)).toBe(false);
  });

  it('is harmless for a site that was never added', async () => {
    expect(await disableSite(ORIGIN)).toEqual({ ok: true });
  });
});

describe('following changes made elsewhere', () => {
  it('a site removed from the settings (reset, import, "pause on this site") loses script and permission', async () => {
    granted.add(PATTERN);
    await enableSite(ORIGIN);
    const before = { version: 1, sites: { custom: [ORIGIN] } };
    await saveSettings((s) => ({ ...s, sites: { ...s.sites, custom: [] } }));
    await onLocalSettingsChanged({ oldValue: before, newValue: { version: 1, sites: { custom: [] } } });
    expect(registered.size).toBe(0);
    expect(granted.has(PATTERN)).toBe(false);
  });

  it('"Pause on this site" from the card keeps the permission while Undo can restore it, then gives it back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      granted.add(PATTERN);
      await enableSite(ORIGIN);
      const paused = await pauseSite(`${ORIGIN}/t/1`);
      const before = { version: 1, sites: { custom: [ORIGIN] } };
      const after = { version: 1, sites: { custom: [] } };
      await onLocalSettingsChanged({ oldValue: before, newValue: after });
      expect(registered.size).toBe(0); // the coach stops on the site at once
      expect(granted.has(PATTERN)).toBe(true); // held for Undo
      expect(await undoAction((paused as { token: string }).token)).toBe(true);
      await onLocalSettingsChanged({ oldValue: after, newValue: before });
      expect([...registered.keys()]).toEqual([`${SCRIPT_ID_PREFIX}${ORIGIN}`]);
      // Paused again and left: the permission goes when the hold ends.
      await pauseSite(`${ORIGIN}/`);
      await onLocalSettingsChanged({ oldValue: before, newValue: after });
      expect(granted.has(PATTERN)).toBe(true);
      await vi.advanceTimersByTimeAsync(PAUSE_UNDO_MS + 1);
      await vi.waitFor(() => expect(granted.has(PATTERN)).toBe(false));
    } finally {
      vi.useRealTimers();
    }
  });

  it('reconcile registers what is allowed and wanted, and drops what is not', async () => {
    await saveSettings((s) => ({
      ...s,
      sites: { ...s.sites, custom: [ORIGIN, 'https://other.example.net'] },
    }));
    granted.add(PATTERN); // only the first one is allowed on this device (e.g. after an import)
    registered.set(`${SCRIPT_ID_PREFIX}https://stale.example.com`, {
      id: `${SCRIPT_ID_PREFIX}https://stale.example.com`,
      matches: ['https://stale.example.com/*'],
      js: ['content-scripts/content.js'],
    });
    registered.set('someone-elses-script', { id: 'someone-elses-script', matches: [], js: [] });
    await reconcile();
    expect([...registered.keys()].sort()).toEqual([`${SCRIPT_ID_PREFIX}${ORIGIN}`, 'someone-elses-script']);
  });

  it('access granted (the popup may have closed while the browser asked) starts coaching the site', async () => {
    granted.add(PATTERN);
    await onPermissionsAdded([PATTERN, 'https://*/*', 'https://github.com/*']);
    expect((await loadSettings()).sites.custom).toEqual([ORIGIN]);
    expect(registered.size).toBe(1);
    expect(scriptFiles()).toEqual([7]);
    // The popup's own follow-up arrives too: still one start.
    await enableSite(ORIGIN, 7);
    expect(scriptFiles()).toEqual([7]);
  });

  it('access taken back in the browser settings stops coaching the site', async () => {
    granted.add(PATTERN);
    await enableSite(ORIGIN);
    granted.delete(PATTERN);
    await onPermissionsRemoved([PATTERN]);
    expect((await loadSettings()).sites.custom).toEqual([]);
    expect(registered.size).toBe(0);
  });
});

describe('originOfPattern', () => {
  it.each([
    ['https://forum.example.org/*', 'https://forum.example.org'],
    ['http://localhost/*', 'http://localhost'],
    ['https://*/*', null],
    ['<all_urls>', null],
    ['https://forum.example.org/path/*', null],
    ['https://Forum.example.org/*', null],
  ])('%p → %p', (pattern, origin) => {
    expect(originOfPattern(pattern)).toBe(origin);
  });
});
