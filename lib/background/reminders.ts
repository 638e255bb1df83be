import { browser } from 'wxt/browser';
import { loadDrafts } from '../models/drafts';
import { alarmName, draftIdOf, type ReminderChoice, reminderTime } from '../models/reminders';

export { reminderFor } from '../models/reminders';

/**
 * Reminders for drafts, in the background (the one writer): the alarms and notifications APIs.
 * The notification never shows the draft's text (only that one is waiting), and a reminder for a
 * draft deleted in the meantime stays silent.
 */

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
  if (!(await loadDrafts()).some((d) => d.id === id)) return false;
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
