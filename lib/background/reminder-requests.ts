import type { ReminderReply, ToBackground } from '../messaging/protocol';
import { loadDrafts } from '../models/drafts';
import { cancelReminder, scheduleReminder } from './reminders';

/**
 * Reminders asked for from a page's nudge ("Save for later", then "Remind me…") or the popup.
 * Content scripts cannot use the alarms API, and only the background writes reminders. Only a
 * draft's id comes in (checked by the protocol); the reminder is set only for a draft that is
 * saved.
 */

export type ReminderRequest = Extract<ToBackground, { type: 'reminder:schedule' }>;

/** Schedules the reminder for a saved draft; { ok: false } for anything else. Never throws. */
export async function handleReminderRequest(req: ReminderRequest, now = Date.now()): Promise<ReminderReply> {
  try {
    if (!(await loadDrafts(now)).some((d) => d.id === req.draftId)) return { ok: false };
    return { ok: true, at: await scheduleReminder(req.draftId, req.choice, now) };
  } catch {
    return { ok: false };
  }
}

/** No reminder for this draft any more. Resolves true when done. Never throws. */
export async function handleReminderCancel(draftId: string): Promise<boolean> {
  try {
    await cancelReminder(draftId);
    return true;
  } catch {
    return false;
  }
}
