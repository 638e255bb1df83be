import type { ToBackground } from '../messaging/protocol';
import { loadStats, prune, RETENTION_DAYS, record, type StatKind, statsItem } from '../models/stats';
import { loadSettings } from '../settings/store';
import { CATEGORIES } from '../tone/types';
import { serial } from './queue';

/**
 * Patterns, privately (issue 6), in the background: the one writer of the counts. Content scripts
 * in any number of tabs send stats:record; every record goes through one queue here (read,
 * record, prune, write), so two tabs never overwrite each other's counts. Pruning to
 * RETENTION_DAYS also runs on its own (pruneStats: at startup and on the daily housekeeping
 * alarm), so old days go even when nothing new is counted.
 */

export type StatRecord = Extract<ToBackground, { type: 'stats:record' }>;

const KNOWN_CATEGORIES: ReadonlySet<string> = new Set<string>([...CATEGORIES, 'other']);

/** The record with only known category ids (each once), or null when one is unknown. */
export function checkStatRecord(rec: StatRecord): StatRecord | null {
  if (!rec.categories.every((c) => KNOWN_CATEGORIES.has(c))) return null;
  return { ...rec, categories: [...new Set(rec.categories)] };
}

const queue = serial();

/** Adds one event and prunes; resolves false when storage refused. Never throws. */
export function saveStat(
  kind: StatKind,
  categories: readonly string[],
  newMessage = true,
  now = Date.now(),
): Promise<boolean> {
  return queue(async () => {
    const next = prune(record(await loadStats(), { at: now, kind, categories, newMessage }), now);
    await statsItem.setValue(next);
    return true;
  }).catch(() => false);
}

/** Drops days older than RETENTION_DAYS (writes only when something goes). Never throws. */
export function pruneStats(now = Date.now(), days = RETENTION_DAYS): Promise<boolean> {
  return queue(async () => {
    const stats = await loadStats();
    const next = prune(stats, now, days);
    if (Object.keys(next).length !== Object.keys(stats).length) await statsItem.setValue(next);
    return true;
  }).catch(() => false);
}

/** Removes every count, after any record already queued. */
export function clearStats(): Promise<boolean> {
  return queue(async () => {
    await statsItem.removeValue();
    return true;
  }).catch(() => false);
}

/**
 * Records one event from a content script. Resolves true when it was stored; false when a
 * category is unknown, the person has turned the counts off, or storage refused. Never throws.
 */
export async function handleStatRecord(message: StatRecord, now = Date.now()): Promise<boolean> {
  const rec = checkStatRecord(message);
  if (!rec) return false;
  try {
    if (!(await loadSettings()).statsEnabled) return false;
  } catch {
    return false;
  }
  return saveStat(rec.kind, rec.categories, rec.newMessage, now);
}
