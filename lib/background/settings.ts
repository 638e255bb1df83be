/**
 * Settings in the background: the one writer. Every change (a page's settings:change, the coach's
 * phrase:ignore and site:pause, the site registry) goes through one queue: read the current
 * settings, apply the change, validate, write. So two pages saving at once never lose a write.
 *
 * All or nothing: the local half (storage.local) is written first, then the synced half; when the
 * synced write fails (quota, rate limit), the local half is put back as it was. The synced half is
 * measured before writing: over SYNC_ITEM_BYTES (Chrome's 8 KB per item) nothing is written.
 */
import type { ActionReply, SettingsChange, SettingsReply } from '../messaging/protocol';
import { siteOf } from '../settings/apply';
import { applyChange } from '../settings/changes';
import { LIMITS, PhraseSchema, phraseKey, type Settings, SettingsSchema } from '../settings/schema';
import { loadSettings, localItem, localPart, SYNC_KEY, syncItem, syncPart } from '../settings/store';
import { holdPermission } from './held-permissions';
import { serial } from './queue';

/** chrome.storage.sync QUOTA_BYTES_PER_ITEM: the key's length plus its value as JSON, in bytes. */
export const SYNC_ITEM_BYTES = 8192;

export class SettingsError extends Error {
  constructor(
    readonly code: 'invalid' | 'too-large' | 'storage',
    message: string,
    readonly area?: 'sync' | 'local',
    readonly path?: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** Byte length of a string as UTF-8. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** What storage.sync counts for the synced half of `s`. */
export function syncBytes(s: Settings): number {
  return utf8Bytes(SYNC_KEY) + utf8Bytes(JSON.stringify(syncPart(s)));
}

const queue = serial();

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function write(next: Settings, before: Settings): Promise<void> {
  const sync = syncPart(next);
  const local = localPart(next);
  const syncChanged = !same(syncPart(before), sync);
  const localChanged = !same(localPart(before), local);
  if (syncChanged && syncBytes(next) > SYNC_ITEM_BYTES) {
    throw new SettingsError('too-large', 'the synced settings would pass the 8 KB item quota', 'sync');
  }
  let previousLocal: unknown;
  if (localChanged) {
    try {
      previousLocal = await localItem.getValue();
      await localItem.setValue(local);
    } catch (error) {
      throw new SettingsError('storage', String(error), 'local');
    }
  }
  if (syncChanged) {
    try {
      await syncItem.setValue(sync);
    } catch (error) {
      if (localChanged) {
        // Put the local half back: a setting is saved whole or not at all.
        await (previousLocal == null ? localItem.removeValue() : localItem.setValue(previousLocal)).catch(
          () => undefined,
        );
      }
      throw new SettingsError('storage', String(error), 'sync');
    }
  }
}

/**
 * Change settings: a change (SettingsChange) or a function from the current settings to the
 * next. The result must be valid (SettingsSchema) and fit, or nothing is written and this rejects
 * with a SettingsError. Resolves to the settings as saved.
 */
export function saveSettings(change: SettingsChange | ((current: Settings) => Settings)): Promise<Settings> {
  return queue(async () => {
    const current = await loadSettings();
    const next =
      typeof change === 'function' ? change(structuredClone(current)) : applyChange(current, change);
    if (next === current) return current;
    const checked = SettingsSchema.safeParse(next);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new SettingsError(
        'invalid',
        issue?.message ?? 'invalid settings',
        undefined,
        issue?.path.map(String).join('.'),
      );
    }
    await write(checked.data, current);
    return checked.data;
  });
}

/** A page's settings:change, answered with what happened. Never throws. */
export async function handleSettingsChange(change: SettingsChange): Promise<SettingsReply> {
  try {
    await saveSettings(change);
    return { ok: true };
  } catch (error) {
    if (error instanceof SettingsError) {
      return {
        ok: false,
        error: error.code,
        ...(error.area ? { area: error.area } : {}),
        ...(error.path ? { path: error.path.slice(0, 200) } : {}),
      };
    }
    return { ok: false, error: 'storage' };
  }
}

/* ------------------------------------------------------------ the coach's one-click actions */

/** Undo of the actions below, by token; held while the service worker lives. */
const undos = new Map<string, () => Promise<boolean>>();
const MAX_UNDOS = 50;

function keepUndo(undo: () => Promise<boolean>): string {
  const token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  undos.set(token, undo);
  if (undos.size > MAX_UNDOS) {
    const oldest = undos.keys().next().value;
    if (oldest !== undefined) undos.delete(oldest);
  }
  return token;
}

/** action:undo: reverts the change the token names, once. Resolves true when reverted. */
export async function undoAction(token: string): Promise<boolean> {
  const undo = undos.get(token);
  if (!undo) return false;
  undos.delete(token);
  try {
    return await undo();
  } catch {
    return false;
  }
}

/**
 * "Don't flag this phrase again" from the card: 'too-long' over the length a phrase may have,
 * 'limit' when the list is full, 'failed' for anything else refused (storage, a phrase with
 * control characters). A token comes back when the phrase was added (undo removes it again).
 */
export async function ignorePhrase(phrase: string): Promise<ActionReply> {
  const tidy = phrase.trim().replace(/\s+/g, ' ');
  if (tidy.length > LIMITS.phraseLength) return { ok: false, reason: 'too-long' };
  const parsed = PhraseSchema.safeParse(tidy);
  if (!parsed.success) return { ok: false, reason: 'failed' };
  const key = phraseKey(parsed.data);
  let added = false;
  try {
    await saveSettings((s) => {
      if (s.ignoredPhrases.some((p) => phraseKey(p) === key)) return s;
      if (s.ignoredPhrases.length >= LIMITS.ignoredPhrases) throw new SettingsError('invalid', 'limit');
      added = true;
      return { ...s, ignoredPhrases: [...s.ignoredPhrases, parsed.data] };
    });
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof SettingsError && error.message === 'limit' ? 'limit' : 'failed',
    };
  }
  if (!added) return { ok: true };
  const token = keepUndo(async () => {
    await saveSettings({ op: 'ignored-phrase', key, next: null });
    return true;
  });
  return { ok: true, token };
}

/** How long an added site keeps its permission after "Pause on this site", so Undo can restore it. */
export const PAUSE_UNDO_MS = 25_000;

/**
 * "Pause on this site" from the card, for the sender's own page (`url`): a built-in site is
 * switched off; a site the person added leaves the list (its permission is held for
 * PAUSE_UNDO_MS, so Undo can put it back). A token comes back when something changed.
 */
export async function pauseSite(url: string | undefined): Promise<ActionReply> {
  const site = siteOf(url);
  try {
    if (site.kind === 'built-in') {
      const id = site.site.id;
      let changed = false;
      await saveSettings((s) => {
        if (s.sites.builtIn[id] === false) return s;
        changed = true;
        return { ...s, sites: { ...s.sites, builtIn: { ...s.sites.builtIn, [id]: false } } };
      });
      if (!changed) return { ok: true };
      return {
        ok: true,
        token: keepUndo(() => saveSettings({ op: 'built-in', id, on: true }).then(() => true)),
      };
    }
    if (site.kind === 'other') {
      const origin = site.origin;
      let changed = false;
      const release = holdPermission(origin, PAUSE_UNDO_MS);
      await saveSettings((s) => {
        if (!s.sites.custom.includes(origin)) return s;
        changed = true;
        return { ...s, sites: { ...s.sites, custom: s.sites.custom.filter((o) => o !== origin) } };
      });
      if (!changed) {
        release.now();
        return { ok: true };
      }
      return {
        ok: true,
        token: keepUndo(async () => {
          if (!release.cancel()) return false; // the permission is already given back
          await saveSettings((s) =>
            s.sites.custom.includes(origin)
              ? s
              : { ...s, sites: { ...s.sites, custom: [...s.sites.custom, origin] } },
          );
          return true;
        }),
      };
    }
    return { ok: false, reason: 'failed' };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
