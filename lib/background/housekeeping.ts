import { pruneDrafts } from './drafts';
import { pruneStats } from './stats';

/**
 * Removing what is past its time even when nothing new is written: drafts older than 30 days (and
 * their reminders), pattern counts older than 90 days. Runs each time the background starts: an
 * MV3 service worker starts with the browser and again whenever an event wakes it after it went
 * idle (a tab asking for the coach, a reminder, the popup), so this runs many times a day in use
 * without an alarm of its own.
 */
export async function houseKeep(now = Date.now()): Promise<void> {
  await Promise.all([pruneDrafts(now), pruneStats(now)]);
}

export function startHousekeeping(): void {
  void houseKeep().catch(() => undefined);
}
