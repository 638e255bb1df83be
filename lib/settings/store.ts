/**
 * Where settings live, and how every part of the extension reads, changes and watches them.
 *
 * Storage split (decided here, documented in lib/settings/README.md):
 * - storage.sync, key `settings`: small preferences that should follow the person to their other
 *   browsers: sensitivity, categories, built-in site switches, pause, pause-before-send, stats.
 * - storage.local, key `settings.local`: what is personal or can grow: the sites the person added
 *   (they also depend on a permission granted on this device), custom phrases and ignored phrases
 *   (the person's own words, and too many of them could pass sync's 8 KB-per-item quota).
 * Typed text is never stored here.
 *
 * Reading never throws: broken or missing values give defaults (see schema.ts). Only the
 * background writes (lib/background/settings.ts, all or nothing across the two areas); pages ask
 * it with a settings:change message (client.ts), the coach with phrase:ignore / site:pause.
 *
 * Each value carries its own `version` (migrations.ts), which imported files share; the WXT
 * storage items are at layout version 1 (the shape every release so far has stored).
 */
import { storage } from 'wxt/utils/storage';
import { migrateSettings } from './migrations';
import { isRecord, parseSettings, type Settings } from './model';

export const SYNC_KEY = 'settings';
export const LOCAL_KEY = 'settings.local';

/** storage.sync `settings` and storage.local `settings.local`. */
export const syncItem = storage.defineItem<unknown>(`sync:${SYNC_KEY}`, { version: 1 });
export const localItem = storage.defineItem<unknown>(`local:${LOCAL_KEY}`, { version: 1 });

type Raw = Record<string, unknown>;

/** The part of Settings kept in storage.sync. */
export function syncPart(s: Settings): Raw {
  return {
    version: s.version,
    sensitivity: s.sensitivity,
    categories: s.categories,
    sites: { builtIn: s.sites.builtIn },
    pausedUntil: s.pausedUntil,
    pauseBeforeSend: s.pauseBeforeSend,
    pauseFor: s.pauseFor,
    statsEnabled: s.statsEnabled,
  };
}

/** The part of Settings kept in storage.local. */
export function localPart(s: Settings): Raw {
  return {
    version: s.version,
    sites: { custom: s.sites.custom },
    customPhrases: s.customPhrases,
    ignoredPhrases: s.ignoredPhrases,
  };
}

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

async function readItem(item: typeof syncItem): Promise<unknown> {
  try {
    return await item.getValue();
  } catch {
    return undefined;
  }
}

/** The current settings. Never throws: anything unreadable gives defaults. */
export async function loadSettings(): Promise<Settings> {
  try {
    const [syncValue, localValue] = await Promise.all([readItem(syncItem), readItem(localItem)]);
    return combineParts(syncValue, localValue);
  } catch {
    return parseSettings(undefined);
  }
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
  const stops = [syncItem.watch(changed), localItem.watch(changed)];
  return () => {
    active = false;
    for (const stop of stops) stop();
  };
}
