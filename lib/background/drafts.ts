import type { DraftReply } from '../messaging/protocol';
import { addDraft, draftsItem, isExpired, newDraft, parseDrafts, withoutDraft } from '../models/drafts';
import { serial } from './queue';
import { cancelReminder } from './reminders';

/**
 * Drafts in the background: the one writer. Every change reads, changes and writes in one queue,
 * so two tabs saving at once keep both drafts. A save over a limit is refused with the reason
 * (the nudge says it); no other draft is ever pushed out to make room. Expired drafts (over
 * DRAFT_DAYS days) go on each save and on the daily housekeeping (pruneDrafts), with their
 * reminders.
 */

const queue = serial();

async function cancelAll(ids: readonly string[]): Promise<void> {
  await Promise.all(ids.map((id) => cancelReminder(id).catch(() => undefined)));
}

/** Keeps `text` as a draft of `site`. Never throws. */
export function saveDraft(text: string, site: string, now = Date.now()): Promise<DraftReply> {
  return queue(async (): Promise<DraftReply> => {
    const stored = parseDrafts(await draftsItem.getValue());
    const draft = newDraft(text, site, now);
    const out = addDraft(stored, draft);
    if (!out.ok) return out;
    await draftsItem.setValue(out.list);
    await cancelAll(stored.filter((d) => isExpired(d, now)).map((d) => d.id));
    return { ok: true, id: draft.id };
  }).catch((): DraftReply => ({ ok: false, reason: 'failed' }));
}

/** Deletes one draft and its reminder. Resolves true when done. Never throws. */
export function deleteDraft(id: string): Promise<boolean> {
  return queue(async () => {
    const stored = parseDrafts(await draftsItem.getValue());
    await draftsItem.setValue(withoutDraft(stored, id));
    await cancelAll([id]);
    return true;
  }).catch(() => false);
}

/** Deletes every draft and their reminders. Never throws. */
export function clearDrafts(): Promise<boolean> {
  return queue(async () => {
    const stored = parseDrafts(await draftsItem.getValue());
    await draftsItem.setValue([]);
    await cancelAll(stored.map((d) => d.id));
    return true;
  }).catch(() => false);
}

/** Removes drafts older than DRAFT_DAYS days (and malformed entries). Never throws. */
export function pruneDrafts(now = Date.now()): Promise<boolean> {
  return queue(async () => {
    const raw = await draftsItem.getValue();
    const stored = parseDrafts(raw);
    const kept = stored.filter((d) => !isExpired(d, now));
    if (kept.length !== stored.length || (Array.isArray(raw) && raw.length !== stored.length)) {
      await draftsItem.setValue(kept);
      await cancelAll(stored.filter((d) => isExpired(d, now)).map((d) => d.id));
    }
    return true;
  }).catch(() => false);
}
