import { STAT_KINDS, type StatKind, saveStat } from '../coach/stats';
import type { ToBackground } from '../messaging/protocol';
import { loadSettings } from '../settings/store';
import { CATEGORIES } from '../tone/types';

/**
 * Patterns, privately (issue 6), in the background: the one writer of the counts. Content scripts
 * in any number of tabs send stats:record; every record goes through saveStat's single queue here
 * (read, record, prune, write), so two tabs can no longer overwrite each other's counts.
 */

export type StatRecord = Extract<ToBackground, { type: 'stats:record' }>;

const KNOWN_CATEGORIES: ReadonlySet<string> = new Set<string>([...CATEGORIES, 'other']);

/** More categories than exist (six plus 'other') is not a real record. */
const MAX_CATEGORIES = KNOWN_CATEGORIES.size;

/**
 * The record in a message, or null when it is not a well-formed stats:record: a known kind, a
 * short list of known category ids (never text), a boolean newMessage.
 */
export function parseStatRecord(value: unknown): StatRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (m.type !== 'stats:record') return null;
  if (typeof m.kind !== 'string' || !(STAT_KINDS as readonly string[]).includes(m.kind)) return null;
  if (typeof m.newMessage !== 'boolean') return null;
  const cats = m.categories;
  if (!Array.isArray(cats) || cats.length > MAX_CATEGORIES) return null;
  if (!cats.every((c) => typeof c === 'string' && KNOWN_CATEGORIES.has(c))) return null;
  return {
    type: 'stats:record',
    kind: m.kind as StatKind,
    categories: [...new Set(cats as string[])],
    newMessage: m.newMessage,
  };
}

/**
 * Records one event from a content script. Resolves true when it was stored; false when the
 * message was malformed, the person has turned the counts off, or storage refused. Never throws.
 */
export async function handleStatRecord(message: unknown, now = Date.now()): Promise<boolean> {
  const rec = parseStatRecord(message);
  if (!rec) return false;
  try {
    if (!(await loadSettings()).statsEnabled) return false;
  } catch {
    return false;
  }
  return saveStat(rec.kind, rec.categories, rec.newMessage, now);
}
