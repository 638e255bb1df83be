/**
 * Changes to settings, as data (lib/messaging/protocol.ts SettingsChange): pure functions that
 * take the settings as they are and give the next ones. The background applies a change on the
 * current settings when it is its turn (so two pages saving at once both keep their change);
 * pages apply the same function to show the change at once. The result is not yet validated:
 * the writer checks it against SettingsSchema.
 */
import type { SettingsChange } from '../messaging/protocol';
import { type Categories, type CustomPhrase, phraseKey, type Settings } from './model';

/** Scalar fields a page may patch (sites and phrase lists change through their own ops). */
export type SettingsPatch = Partial<
  Pick<Settings, 'sensitivity' | 'pausedUntil' | 'pauseBeforeSend' | 'pauseFor' | 'statsEnabled'>
> & { categories?: Partial<Categories> };

/** A patch, or one of the list/site operations. */
export type SaveChange = SettingsPatch | Exclude<SettingsChange, { op: 'patch' }>;

/** The wire form of a page's change. */
export function toSettingsChange(change: SaveChange): SettingsChange {
  return 'op' in change ? change : { op: 'patch', patch: change };
}

/** Apply a patch to settings (pure). Only the patchable fields are taken. */
export function applyPatch(
  current: Settings,
  patch: Extract<SettingsChange, { op: 'patch' }>['patch'],
): Settings {
  const next: Settings = { ...current, categories: { ...current.categories } };
  if (patch.sensitivity !== undefined) next.sensitivity = patch.sensitivity as Settings['sensitivity'];
  if (patch.pausedUntil !== undefined) next.pausedUntil = patch.pausedUntil;
  if (patch.pauseBeforeSend !== undefined) next.pauseBeforeSend = patch.pauseBeforeSend;
  if (patch.pauseFor !== undefined) next.pauseFor = patch.pauseFor as Settings['pauseFor'];
  if (patch.statsEnabled !== undefined) next.statsEnabled = patch.statsEnabled;
  for (const [id, on] of Object.entries(patch.categories ?? {})) {
    if (Object.hasOwn(current.categories, id) && typeof on === 'boolean') {
      next.categories[id as keyof Categories] = on;
    }
  }
  return next;
}

/** Replace, add (key null) or remove (next null) the item whose phraseKey is `key`. */
function edit<T>(list: readonly T[], keyOf: (t: T) => string, key: string | null, next: T | null): T[] {
  const out = [...list];
  const index = key === null ? -1 : out.findIndex((t) => keyOf(t) === phraseKey(key));
  if (index === -1 && next !== null) out.push(next);
  else if (index !== -1 && next !== null) out[index] = next;
  else if (index !== -1) out.splice(index, 1);
  return out;
}

/** The settings after `change` (pure; validate the result before storing it). */
export function applyChange(current: Settings, change: SettingsChange): Settings {
  switch (change.op) {
    case 'patch':
      return applyPatch(current, change.patch);
    case 'built-in': {
      const builtIn = { ...current.sites.builtIn };
      if (change.on) delete builtIn[change.id];
      else builtIn[change.id] = false;
      return { ...current, sites: { ...current.sites, builtIn } };
    }
    case 'custom-phrase':
      return {
        ...current,
        customPhrases: edit(
          current.customPhrases,
          (p) => phraseKey(p.phrase),
          change.key,
          change.next as CustomPhrase | null,
        ),
      };
    case 'ignored-phrase':
      return { ...current, ignoredPhrases: edit(current.ignoredPhrases, phraseKey, change.key, change.next) };
    case 'replace':
      return change.settings as Settings;
  }
}
