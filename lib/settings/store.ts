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
 * Reading never throws: broken or missing values give defaults (see schema.ts). Writing can
 * reject (for example a storage quota); the UIs show that as "couldn't save".
 */
import { browser } from 'wxt/browser';
import { migrateSettings } from './migrations';
import { type Categories, isRecord, parseSettings, phraseKey, type Settings, SettingsSchema } from './schema';

export const SYNC_KEY = 'settings';
export const LOCAL_KEY = 'settings.local';

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

async function readArea(area: 'sync' | 'local', key: string): Promise<unknown> {
  try {
    const got = await browser.storage[area].get(key);
    return got?.[key];
  } catch {
    return undefined;
  }
}

/** The current settings. Never throws: anything unreadable gives defaults. */
export async function loadSettings(): Promise<Settings> {
  try {
    const [syncValue, localValue] = await Promise.all([
      readArea('sync', SYNC_KEY),
      readArea('local', LOCAL_KEY),
    ]);
    return combineParts(syncValue, localValue);
  } catch {
    return parseSettings(undefined);
  }
}

export type SettingsPatch = Partial<Omit<Settings, 'version' | 'categories' | 'sites'>> & {
  categories?: Partial<Categories>;
  sites?: Partial<Settings['sites']>;
};

export class SettingsError extends Error {
  constructor(
    readonly code: 'invalid' | 'storage',
    message: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** Apply a patch to settings (pure). */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    ...current,
    ...patch,
    version: current.version,
    categories: { ...current.categories, ...patch.categories },
    sites: { ...current.sites, ...patch.sites },
  } as Settings;
}

// Writes from one page are queued, so two quick toggles never overwrite each other.
let queue: Promise<unknown> = Promise.resolve();

async function write(next: Settings, before: Settings | null): Promise<void> {
  const sync = syncPart(next);
  const local = localPart(next);
  const tasks: Promise<void>[] = [];
  if (!before || JSON.stringify(syncPart(before)) !== JSON.stringify(sync)) {
    tasks.push(browser.storage.sync.set({ [SYNC_KEY]: sync }));
  }
  if (!before || JSON.stringify(localPart(before)) !== JSON.stringify(local)) {
    tasks.push(browser.storage.local.set({ [LOCAL_KEY]: local }));
  }
  try {
    await Promise.all(tasks);
  } catch (error) {
    throw new SettingsError('storage', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Change settings: a patch of fields, or a function from the current settings to the next.
 * The result must be valid (SettingsSchema), or nothing is written and this rejects.
 * Resolves to the settings as saved.
 */
export function saveSettings(change: SettingsPatch | ((current: Settings) => Settings)): Promise<Settings> {
  const run = async () => {
    const current = await loadSettings();
    const next =
      typeof change === 'function' ? change(structuredClone(current)) : applyPatch(current, change);
    const checked = SettingsSchema.safeParse(next);
    if (!checked.success) {
      throw new SettingsError('invalid', checked.error.issues[0]?.message ?? 'invalid settings');
    }
    await write(checked.data, current);
    return checked.data;
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** Replace all settings at once (import, reset). Validated like saveSettings. */
export function replaceSettings(settings: Settings): Promise<Settings> {
  return saveSettings(() => settings);
}

/**
 * "Don't flag this phrase again": add a phrase to the ignored list. For the in-page card, so it
 * never throws: resolves to false when the phrase is not acceptable or storage failed.
 */
export async function ignorePhrase(phrase: string): Promise<boolean> {
  try {
    await saveSettings((s) => {
      const key = phraseKey(phrase);
      if (s.ignoredPhrases.some((p) => phraseKey(p) === key)) return s;
      return { ...s, ignoredPhrases: [...s.ignoredPhrases, phrase.trim().replace(/\s+/g, ' ')] };
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Call `callback` with the new settings whenever they change, in any tab or page. Returns a
 * function that stops watching. Callbacks run in order; errors in them are contained.
 */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  let active = true;
  let chain: Promise<void> = Promise.resolve();
  const listener = (changes: Record<string, unknown>, area: string) => {
    const relevant = (area === 'sync' && SYNC_KEY in changes) || (area === 'local' && LOCAL_KEY in changes);
    if (!relevant) return;
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
  browser.storage.onChanged.addListener(listener);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
