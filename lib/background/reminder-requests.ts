import { browser } from 'wxt/browser';
import { DRAFTS_KEY, parseDrafts } from '../coach/drafts';
import type { ReminderReply, ToBackground } from '../messaging/protocol';
import { REMINDER_CHOICES, type ReminderChoice, scheduleReminder } from './reminders';

/**
 * Reminders asked for from a page's nudge ("Save for later", then "Remind me…"). Content scripts
 * cannot use the alarms API, so the background schedules them the way the popup does
 * (scheduleReminder). Only a draft's id comes in; the reminder is set only for a draft that is
 * saved in storage.local.
 */

export type ReminderRequest = Extract<ToBackground, { type: 'reminder:schedule' }>;

/** Draft ids are short (newDraft: base-36 time, a dash, base-36 random); the draft must exist too. */
const MAX_ID_LENGTH = 64;

/** The request in a message, or null when it is not a well-formed reminder:schedule. */
export function parseReminderRequest(value: unknown): ReminderRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (m.type !== 'reminder:schedule') return null;
  if (typeof m.draftId !== 'string' || m.draftId === '' || m.draftId.length > MAX_ID_LENGTH) return null;
  if (typeof m.choice !== 'string' || !(REMINDER_CHOICES as readonly string[]).includes(m.choice))
    return null;
  return { type: 'reminder:schedule', draftId: m.draftId, choice: m.choice as ReminderChoice };
}

/** Schedules the reminder for a saved draft; { ok: false } for anything else. Never throws. */
export async function handleReminderRequest(message: unknown, now = Date.now()): Promise<ReminderReply> {
  const req = parseReminderRequest(message);
  if (!req) return { ok: false };
  try {
    const got = await browser.storage.local.get(DRAFTS_KEY);
    if (!parseDrafts(got[DRAFTS_KEY]).some((d) => d.id === req.draftId)) return { ok: false };
    return { ok: true, at: await scheduleReminder(req.draftId, req.choice, now) };
  } catch {
    return { ok: false };
  }
}
