import { browser } from 'wxt/browser';
import { DRAFTS_KEY, parseDrafts } from '../coach/drafts';

/**
 * "Come back to this": an optional reminder for a draft saved for later, through the alarms and
 * notifications APIs. The notification never shows the draft's text (only that one is waiting),
 * and a reminder for a draft deleted in the meantime stays silent.
 */

export const REMINDER_CHOICES = ['20m', '1h', 'tomorrow'] as const;
export type ReminderChoice = (typeof REMINDER_CHOICES)[number];

/** "Tomorrow" means this hour of the next calendar day, local time. */
export const TOMORROW_HOUR = 9;

const PREFIX = 'draft-reminder:';

export function alarmName(draftId: string): string {
  return PREFIX + draftId;
}

export function draftIdOf(alarm: string): string | null {
  return alarm.startsWith(PREFIX) && alarm.length > PREFIX.length ? alarm.slice(PREFIX.length) : null;
}

/** Offset of `timeZone` from UTC at instant `ms`, in ms (positive east of Greenwich). */
function zoneOffset(ms: number, timeZone?: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant of a wall-clock time in a time zone (the later one when DST repeats an hour). */
function instantOf(y: number, m: number, d: number, hour: number, timeZone?: string): number {
  const wall = Date.UTC(y, m - 1, d, hour);
  let t = wall - zoneOffset(wall, timeZone);
  // Once more with the offset at the guess (the guess may be on the other side of a DST change).
  t = wall - zoneOffset(t, timeZone);
  return t;
}

/**
 * When to remind (ms since the epoch): in 20 minutes, in an hour, or tomorrow at TOMORROW_HOUR
 * local time (the next calendar day in `timeZone`, the runtime's own by default).
 */
export function reminderTime(choice: ReminderChoice, now: number, timeZone?: string): number {
  if (choice === '20m') return now + 20 * 60_000;
  if (choice === '1h') return now + 60 * 60_000;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const next = new Date(Date.UTC(n('year'), n('month') - 1, n('day') + 1));
  return instantOf(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), TOMORROW_HOUR, timeZone);
}

/** Schedules (or moves) the reminder for a draft; resolves to its time. */
export async function scheduleReminder(
  draftId: string,
  choice: ReminderChoice,
  now = Date.now(),
): Promise<number> {
  const when = reminderTime(choice, now);
  await browser.alarms.create(alarmName(draftId), { when });
  return when;
}

export async function cancelReminder(draftId: string): Promise<void> {
  await browser.alarms.clear(alarmName(draftId));
}

/** When a draft's reminder is due, or null. */
export async function reminderFor(draftId: string): Promise<number | null> {
  const alarm = await browser.alarms.get(alarmName(draftId));
  return alarm ? alarm.scheduledTime : null;
}

function message(key: 'reminderTitle' | 'reminderMessage', fallback: string): string {
  try {
    return browser.i18n.getMessage(key) || fallback;
  } catch {
    return fallback;
  }
}

/** The alarm went off: a notification that a draft is waiting, without its text. */
export async function remind(alarm: string): Promise<boolean> {
  const id = draftIdOf(alarm);
  if (!id) return false;
  const got = await browser.storage.local.get(DRAFTS_KEY);
  if (!parseDrafts(got[DRAFTS_KEY]).some((d) => d.id === id)) return false;
  await browser.notifications.create(alarm, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: message('reminderTitle', 'A draft is waiting for you'),
    message: message(
      'reminderMessage',
      'You saved a message to come back to. Open Soft Start from the toolbar when you feel ready.',
    ),
  });
  return true;
}

/** In the background: answer reminders' alarms. */
export function startReminders(): void {
  browser.alarms?.onAlarm.addListener((alarm) => {
    void remind(alarm.name).catch(() => undefined);
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (!draftIdOf(id)) return;
    void browser.notifications.clear(id).catch(() => undefined);
    // The drafts live in the toolbar popup: open it where the browser allows (Chrome 127+).
    void Promise.resolve()
      .then(() => browser.action?.openPopup?.())
      .catch(() => undefined);
  });
}
