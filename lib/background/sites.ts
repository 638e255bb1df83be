/**
 * Sites the person added, in the background service worker: each one is an optional host
 * permission for exactly `scheme://host/*` plus a content script registered at run time for that
 * pattern. Nothing here asks for a permission (that needs the person's click, in the popup or the
 * options page); this module registers, unregisters and gives permissions back.
 *
 * State lives in three places (settings `sites.custom`, granted permissions, registered scripts);
 * `reconcile` makes the registrations follow the other two, and runs whenever either changes.
 */
import { browser } from 'wxt/browser';
import type { SiteReply } from '../messaging/protocol';
import { siteOf } from '../settings/apply';
import { parseSettings } from '../settings/schema';
import { matchPatternFor, normalizeSite } from '../settings/site-pattern';
import { loadSettings, localItem } from '../settings/store';
import { isHeld } from './held-permissions';
import { saveSettings } from './settings';

export const SCRIPT_ID_PREFIX = 'softstart-site:';

export function scriptIdFor(origin: string): string {
  return `${SCRIPT_ID_PREFIX}${origin}`;
}

interface StaticScript {
  js: string[];
  css: string[];
  allFrames: boolean;
  runAt: 'document_start' | 'document_end' | 'document_idle';
}

/** The files of the manifest's content script: the same script runs on added sites. */
export function staticContentScript(): StaticScript | null {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  if (!cs?.js?.length) return null;
  return {
    js: [...cs.js],
    css: [...(cs.css ?? [])],
    allFrames: cs.all_frames ?? false,
    runAt: (cs.run_at as StaticScript['runAt'] | undefined) ?? 'document_idle',
  };
}

async function hasPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [matchPatternFor(origin)] });
  } catch {
    return false;
  }
}

async function registeredOrigins(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(
    scripts.filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX)).map((s) => s.id.slice(SCRIPT_ID_PREFIX.length)),
  );
}

async function register(origins: string[]): Promise<void> {
  const script = staticContentScript();
  if (!script || origins.length === 0) return;
  await browser.scripting.registerContentScripts(
    origins.map((origin) => ({
      id: scriptIdFor(origin),
      matches: [matchPatternFor(origin)],
      js: script.js,
      ...(script.css.length ? { css: script.css } : {}),
      allFrames: script.allFrames,
      runAt: script.runAt,
    })),
  );
}

async function unregister(origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  await browser.scripting.unregisterContentScripts({ ids: origins.map(scriptIdFor) });
}

// One reconcile at a time: registering the same id twice is an error.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task, task);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * Make the registered content scripts match the added sites that have their permission:
 * register what is missing, unregister what is no longer wanted or allowed.
 */
export function reconcile(): Promise<void> {
  return serial(async () => {
    const settings = await loadSettings();
    const wanted: string[] = [];
    for (const origin of settings.sites.custom) if (await hasPermission(origin)) wanted.push(origin);
    const registered = await registeredOrigins();
    const wantedSet = new Set(wanted);
    await unregister([...registered].filter((o) => !wantedSet.has(o)));
    await register(wanted.filter((o) => !registered.has(o)));
  });
}

/** Give back the permission of sites that are no longer in the list. */
async function releasePermissions(all: string[]): Promise<void> {
  // A site paused from the card keeps its permission a moment, for Undo (held-permissions.ts).
  const origins = all.filter((o) => !isHeld(o));
  if (origins.length === 0) return;
  try {
    await browser.permissions.remove({ origins: origins.map(matchPatternFor) });
  } catch {
    // Not granted (or a required permission): nothing to give back.
  }
}

/** Start the content script in one open tab of a site that was just enabled (no reload needed). */
async function startInTab(tabId: number, origin: string): Promise<void> {
  const script = staticContentScript();
  if (!script) return;
  try {
    const tab = await browser.tabs.get(tabId);
    const match = siteOf(tab.url);
    if (match.kind !== 'other' || match.origin !== origin) return;
    // The popup's follow-up and the permission event may both get here: start once per page.
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        const w = window as unknown as { __softStartStarted?: boolean };
        if (w.__softStartStarted) return false;
        w.__softStartStarted = true;
        return true;
      },
    });
    if (first?.result !== true) return;
    if (script.css.length) {
      await browser.scripting.insertCSS({
        target: { tabId, allFrames: script.allFrames },
        files: script.css,
      });
    }
    // Paths from the manifest itself (WXT types `files` as its own known public paths).
    const files = script.js as NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;
    await browser.scripting.executeScript({ target: { tabId, allFrames: script.allFrames }, files });
  } catch {
    // The tab closed or navigated away: the registration covers its next load.
  }
}

function checkOrigin(origin: unknown): { ok: true; origin: string } | { ok: false; reply: SiteReply } {
  const n = normalizeSite(origin);
  if (!n.ok || n.origin !== origin) return { ok: false, reply: { ok: false, error: 'invalid-origin' } };
  if (siteOf(`${n.origin}/`).kind === 'built-in')
    return { ok: false, reply: { ok: false, error: 'built-in' } };
  return { ok: true, origin: n.origin };
}

/** site:enable: the permission must already be granted (asked for by the popup or options page). */
export async function enableSite(origin: unknown, tabId?: number): Promise<SiteReply> {
  const checked = checkOrigin(origin);
  if (!checked.ok) return checked.reply;
  if (!(await hasPermission(checked.origin))) return { ok: false, error: 'no-permission' };
  try {
    await saveSettings((s) =>
      s.sites.custom.includes(checked.origin)
        ? s
        : { ...s, sites: { ...s.sites, custom: [...s.sites.custom, checked.origin] } },
    );
    await reconcile();
  } catch {
    return { ok: false, error: 'failed' };
  }
  if (typeof tabId === 'number') await startInTab(tabId, checked.origin);
  return { ok: true };
}

/** site:disable: forget the site, unregister its script and give the permission back. */
export async function disableSite(origin: unknown): Promise<SiteReply> {
  const checked = checkOrigin(origin);
  if (!checked.ok) return checked.reply;
  try {
    await saveSettings((s) => ({
      ...s,
      sites: { ...s.sites, custom: s.sites.custom.filter((o) => o !== checked.origin) },
    }));
    await reconcile();
    await releasePermissions([checked.origin]);
  } catch {
    return { ok: false, error: 'failed' };
  }
  return { ok: true };
}

/** Custom origins in a stored `settings.local` value (old or new). */
function customOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const sites = (value as { sites?: unknown }).sites;
  return parseSettings({ sites }).sites.custom;
}

/**
 * Follow changes made anywhere (options page, import, reset, the card's "pause on this site"):
 * a removed site loses its script and its permission; an added one gets its script if allowed.
 */
export function onLocalSettingsChanged(change: { oldValue?: unknown; newValue?: unknown }): Promise<void> {
  const before = customOf(change.oldValue);
  const after = new Set(customOf(change.newValue));
  const removed = before.filter((o) => !after.has(o));
  return reconcile().then(() => releasePermissions(removed));
}

/** The canonical origin of a permission pattern we ask for (`scheme://host/*`), or null. */
export function originOfPattern(pattern: string): string | null {
  const m = /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern);
  if (!m?.[1]) return null;
  const n = normalizeSite(m[1]);
  return n.ok && n.origin === m[1] ? n.origin : null;
}

/**
 * Access to a site was granted (from our request in the popup or options page, or in the
 * browser's own extension settings): coach it, including the tabs already open on it. The popup
 * may close while the browser asks, so this does not rely on its follow-up message.
 */
export async function onPermissionsAdded(origins: readonly string[] = []): Promise<void> {
  for (const pattern of origins) {
    const origin = originOfPattern(pattern);
    if (!origin || siteOf(`${origin}/`).kind === 'built-in') continue;
    const reply = await enableSite(origin);
    if (!reply.ok) continue;
    try {
      const tabs = await browser.tabs.query({ url: matchPatternFor(origin) });
      for (const tab of tabs) if (typeof tab.id === 'number') await startInTab(tab.id, origin);
    } catch {
      // No tabs to start in.
    }
  }
}

/** Access was taken back (in the browser's settings, or by us): the site is no longer coached. */
export async function onPermissionsRemoved(origins: readonly string[] = []): Promise<void> {
  const gone = new Set(origins.map(originOfPattern).filter((o): o is string => o !== null));
  if (gone.size > 0) {
    await saveSettings((s) =>
      s.sites.custom.some((o) => gone.has(o))
        ? { ...s, sites: { ...s.sites, custom: s.sites.custom.filter((o) => !gone.has(o)) } }
        : s,
    ).catch(() => undefined);
  }
  await reconcile();
}

/** Wire the listeners. Called once from the background entrypoint. */
export function startSiteRegistry(): void {
  localItem.watch((newValue, oldValue) => {
    void onLocalSettingsChanged({ oldValue, newValue }).catch(() => undefined);
  });
  browser.permissions.onAdded.addListener((p) => void onPermissionsAdded(p.origins).catch(() => undefined));
  browser.permissions.onRemoved.addListener(
    (p) => void onPermissionsRemoved(p.origins).catch(() => undefined),
  );
  void reconcile().catch(() => undefined);
}
