import { browser } from 'wxt/browser';
import { pruneDrafts } from './drafts';
import { pruneStats } from './stats';

/**
 * Removing what is past its time even when nothing new is written: drafts older than 30 days (and
 * their reminders), pattern counts older than 90 days. Runs when the background starts and once a
 * day on an alarm.
 */
export const HOUSEKEEPING_ALARM = 'softstart:housekeeping';

export async function houseKeep(now = Date.now()): Promise<void> {
  await Promise.all([pruneDrafts(now), pruneStats(now)]);
}

export function startHousekeeping(): void {
  void houseKeep().catch(() => undefined);
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === HOUSEKEEPING_ALARM) void houseKeep().catch(() => undefined);
  });
  void Promise.resolve()
    .then(() => browser.alarms?.create(HOUSEKEEPING_ALARM, { periodInMinutes: 24 * 60 }))
    .catch(() => undefined);
}
