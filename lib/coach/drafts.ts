import { browser } from 'wxt/browser';

/**
 * "Save for later": drafts kept on this device only (storage.local, never synced), newest first,
 * at most MAX_DRAFTS. The list logic is pure; the storage helpers never throw into the page.
 */
export interface Draft {
  id: string;
  text: string;
  /** Origin of the page the draft was written on. */
  site: string;
  /** ms since the epoch. */
  savedAt: number;
}

export const DRAFTS_KEY = 'drafts';
export const MAX_DRAFTS = 50;

function isDraft(v: unknown): v is Draft {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return (
    typeof d.id === 'string' &&
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

/** The list with `draft` first; the same text from the same site is kept once; capped. */
export function withDraft(list: readonly Draft[], draft: Draft, max = MAX_DRAFTS): Draft[] {
  const rest = list.filter((d) => d.id !== draft.id && !(d.text === draft.text && d.site === draft.site));
  return [draft, ...rest].slice(0, Math.max(0, max));
}

export function withoutDraft(list: readonly Draft[], id: string): Draft[] {
  return list.filter((d) => d.id !== id);
}

export function newDraft(text: string, site: string, now = Date.now()): Draft {
  const rand = Math.random().toString(36).slice(2, 10);
  return { id: `${now.toString(36)}-${rand}`, text, site, savedAt: now };
}

export async function loadDrafts(): Promise<Draft[]> {
  const got = await browser.storage.local.get(DRAFTS_KEY);
  return parseDrafts(got[DRAFTS_KEY]);
}

/** Saves a draft; resolves to the saved draft, or null when storage refused. */
export async function saveDraft(text: string, site: string): Promise<Draft | null> {
  try {
    const draft = newDraft(text, site);
    const list = withDraft(await loadDrafts(), draft);
    await browser.storage.local.set({ [DRAFTS_KEY]: list });
    return draft;
  } catch {
    return null;
  }
}

export async function deleteDraft(id: string): Promise<void> {
  const list = withoutDraft(await loadDrafts(), id);
  await browser.storage.local.set({ [DRAFTS_KEY]: list });
}
