import { browser } from 'wxt/browser';
import { REMINDER_CHOICES, type ReminderChoice } from '../messaging/protocol';

/**
 * "Come back to this": an optional reminder for a draft saved for later, as an alarm named after
 * the draft. The model: the choices, when each is due, alarm names, and reading when a draft's
 * reminder is due. Only the background sets and clears reminders (lib/background/reminders.ts).
 */

export { REMINDER_CHOICES, type ReminderChoice };
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

/** When a draft's reminder is due, or null. */
export async function reminderFor(draftId: string): Promise<number | null> {
  const alarm = await browser.alarms.get(alarmName(draftId));
  return alarm ? alarm.scheduledTime : null;
}
