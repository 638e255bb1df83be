/**
 * Reading and watching the stored settings (store.ts says where they live). Straight on the
 * storage areas, without WXT's storage items, which only the background's writes need: the coach
 * bundle, loaded on every page's first focus, then carries no storage library (about 7 kB). It
 * reads what `syncItem.getValue()` and `localItem.getValue()` read (the value under the key, or
 * null) and is told of the changes `watch` reported (a key whose value changed, compared in depth with `dequal`, the comparison WXT's storage uses).
 */
import { dequal } from 'dequal/lite';
import { browser } from 'wxt/browser';
import { migrateSettings } from './migrations';
import { isRecord, parseSettings, type Settings } from './model';

export const SYNC_KEY = 'settings';
export const LOCAL_KEY = 'settings.local';

type Area = 'sync' | 'local';
type Changes = Record<string, { newValue?: unknown; oldValue?: unknown } | undefined>;

/** Combine the two stored parts (each migrated on its own: they may differ in version). */
export function combineParts(syncValue: unknown, localValue: unknown): Settings {
  const a = migrateSettings(syncValue).data;
  const b = migrateSettings(localValue).data;
  const sync = isRecord(a) ? a : {};
  const local = isRecord(b) ? b : {};
  const syncSites = isRecord(sync.sites) ? sync.sites : {};
  const localSites = isRecord(local.sites) ? local.sites : {};
  return parseSettings({
    ...sync,
    customPhrases: local.customPhrases,
    ignoredPhrases: local.ignoredPhrases,
    sites: { builtIn: syncSites.builtIn, custom: localSites.custom },
  });
}

/** The value stored under `key` in `area` (null when none), undefined when storage fails. */
async function readPart(area: Area, key: string): Promise<unknown> {
  try {
    return ((await browser.storage[area].get(key)) as Record<string, unknown>)[key] ?? null;
  } catch {
    return undefined;
  }
}

/** The current settings. Never throws: anything unreadable gives defaults. */
export async function loadSettings(): Promise<Settings> {
  try {
    const [syncValue, localValue] = await Promise.all([
      readPart('sync', SYNC_KEY),
      readPart('local', LOCAL_KEY),
    ]);
    return combineParts(syncValue, localValue);
  } catch {
    return parseSettings(undefined);
  }
}

/** Call `changed` whenever the value under `key` in `area` changes; returns how to stop. */
function watchPart(area: Area, key: string, changed: () => void): () => void {
  const events = browser.storage[area].onChanged;
  const listener = (changes: Changes) => {
    const change = changes[key];
    if (change == null || dequal(change.newValue, change.oldValue)) return;
    changed();
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}

/**
 * Call `callback` with the new settings whenever they change, in any tab or page. Returns a
 * function that stops watching. Callbacks run in order; errors in them are contained.
 */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  let active = true;
  let chain: Promise<void> = Promise.resolve();
  const changed = () => {
    chain = chain.then(async () => {
      const settings = await loadSettings();
      if (!active) return;
      try {
        callback(settings);
      } catch {
        // A watcher's bug must not break the others (or the page).
      }
    });
  };
  const stops = [watchPart('sync', SYNC_KEY, changed), watchPart('local', LOCAL_KEY, changed)];
  return () => {
    active = false;
    for (const stop of stops) stop();
  };
}
