import { storage } from 'wxt/utils/storage';
import { MAX_DRAFT_CHARS } from '../messaging/protocol';

/**
 * "Save for later": drafts kept on this device only (storage.local, never synced), newest first.
 * The model: the shape, its limits, the pure list logic, and reading. Only the background writes
 * (lib/background/drafts.ts); pages and the coach ask it by message.
 *
 * Limits (issue 10): a draft holds at most MAX_DRAFT_CHARS characters; a site keeps at most
 * MAX_DRAFTS_PER_SITE drafts and the list MAX_DRAFTS; a save over a limit is refused and the
 * person told so (never an older draft pushed out silently); drafts older than DRAFT_DAYS days
 * are removed. The worst case (50 drafts of 20,000 three-byte characters) is 3 MB, well inside
 * storage.local's 10 MB.
 */
export interface Draft {
  id: string;
  text: string;
  /** Origin of the page the draft was written on. */
  site: string;
  /** ms since the epoch. */
  savedAt: number;
}

export { MAX_DRAFT_CHARS };
export const DRAFTS_KEY = 'drafts';
export const MAX_DRAFTS = 50;
export const MAX_DRAFTS_PER_SITE = 10;
export const DRAFT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** storage.local `drafts` (layout version 1: the list as the first releases stored it). */
export const draftsItem = storage.defineItem<unknown>(`local:${DRAFTS_KEY}`, { fallback: [], version: 1 });

function isDraft(v: unknown): v is Draft {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return (
    typeof d.id === 'string' &&
    d.id.length > 0 &&
    d.id.length <= 64 &&
    typeof d.text === 'string' &&
    typeof d.site === 'string' &&
    typeof d.savedAt === 'number' &&
    Number.isFinite(d.savedAt)
  );
}

/** Whatever is stored, as a clean list (bad entries dropped). */
export function parseDrafts(raw: unknown): Draft[] {
  return Array.isArray(raw) ? raw.filter(isDraft) : [];
}

/** Whether a draft is past DRAFT_DAYS days old at `now`. */
export function isExpired(d: Draft, now: number): boolean {
  return now - d.savedAt > DRAFT_DAYS * DAY_MS;
}

/** The drafts still within DRAFT_DAYS days. */
export function unexpired(list: readonly Draft[], now: number): Draft[] {
  return list.filter((d) => !isExpired(d, now));
}

export type AddOutcome =
  | { ok: true; list: Draft[] }
  | { ok: false; reason: 'too-long' | 'site-full' | 'full' | 'empty' };

/**
 * The list with `draft` first, or why it cannot be added. The same text from the same site is
 * kept once (the new copy replaces it). Nothing else ever leaves the list here: at a limit the
 * save is refused instead. Expired drafts are dropped first.
 */
export function addDraft(
  list: readonly Draft[],
  draft: Draft,
  limits = { total: MAX_DRAFTS, perSite: MAX_DRAFTS_PER_SITE },
): AddOutcome {
  if (draft.text.trim() === '') return { ok: false, reason: 'empty' };
  if (draft.text.length > MAX_DRAFT_CHARS) return { ok: false, reason: 'too-long' };
  const rest = unexpired(list, draft.savedAt).filter(
    (d) => d.id !== draft.id && !(d.text === draft.text && d.site === draft.site),
  );
  if (rest.filter((d) => d.site === draft.site).length >= limits.perSite)
    return { ok: false, reason: 'site-full' };
  if (rest.length >= limits.total) return { ok: false, reason: 'full' };
  return { ok: true, list: [draft, ...rest] };
}

export function withoutDraft(list: readonly Draft[], id: string): Draft[] {
  return list.filter((d) => d.id !== id);
}

export function newDraft(text: string, site: string, now = Date.now()): Draft {
  const rand = Math.random().toString(36).slice(2, 10);
  return { id: `${now.toString(36)}-${rand}`, text, site, savedAt: now };
}

/** The stored drafts, without expired ones (the background removes those too). */
export async function loadDrafts(now = Date.now()): Promise<Draft[]> {
  return unexpired(parseDrafts(await draftsItem.getValue()), now);
}

/** Calls `cb` with the drafts whenever they change. Returns a function that stops watching. */
export function watchDrafts(cb: (drafts: Draft[]) => void): () => void {
  return draftsItem.watch((value) => cb(unexpired(parseDrafts(value), Date.now())));
}
