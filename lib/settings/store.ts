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
 * storage items are at layout version 1 (the shape every release so far has stored). Reading and
 * watching (read.ts) go straight to the storage areas, so that the coach bundle carries no storage
 * library; the items are the background's, for writing.
 */
import { storage } from 'wxt/utils/storage';
import type { Settings } from './model';
import { LOCAL_KEY, SYNC_KEY } from './read';

export { combineParts, LOCAL_KEY, loadSettings, SYNC_KEY, watchSettings } from './read';

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
