/** "Come back to this": when a reminder is due, and how it is registered and shown. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cancelReminder, remind, scheduleReminder, startReminders } from '../../../lib/background/reminders';
import { DRAFTS_KEY } from '../../../lib/models/drafts';
import { alarmName, draftIdOf, reminderFor, reminderTime } from '../../../lib/models/reminders';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('reminderTime', () => {
  it('20 minutes and 1 hour are plain durations, across midnight too', () => {
    const now = at('2026-03-01T23:50:00Z');
    expect(iso(reminderTime('20m', now, 'UTC'))).toBe('2026-03-02T00:10:00.000Z');
    expect(iso(reminderTime('1h', now, 'UTC'))).toBe('2026-03-02T00:50:00.000Z');
  });

  it('tomorrow is 09:00 on the next local calendar day', () => {
    expect(iso(reminderTime('tomorrow', at('2026-03-01T10:00:00Z'), 'UTC'))).toBe('2026-03-02T09:00:00.000Z');
    // 23:30 on 1 March in New York (already 2 March in UTC): tomorrow is 2 March, 09:00 EST.
    expect(iso(reminderTime('tomorrow', at('2026-03-02T04:30:00Z'), 'America/New_York'))).toBe(
      '2026-03-02T14:00:00.000Z',
    );
    // 00:30 on 2 March in Tokyo (still 1 March in UTC): tomorrow is 3 March, 09:00 JST.
    expect(iso(reminderTime('tomorrow', at('2026-03-01T15:30:00Z'), 'Asia/Tokyo'))).toBe(
      '2026-03-03T00:00:00.000Z',
    );
    // Just before midnight and just after it differ by a whole day.
    expect(iso(reminderTime('tomorrow', at('2026-06-30T23:59:59Z'), 'UTC'))).toBe('2026-07-01T09:00:00.000Z');
    expect(iso(reminderTime('tomorrow', at('2026-07-01T00:00:00Z'), 'UTC'))).toBe('2026-07-02T09:00:00.000Z');
  });

  it('follows daylight-saving changes (09:00 local stays 09:00 local)', () => {
    // Europe/Berlin springs forward on 29 March 2026: 09:00 is 08:00 UTC before, 07:00 UTC after.
    expect(iso(reminderTime('tomorrow', at('2026-03-28T20:00:00Z'), 'Europe/Berlin'))).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    expect(iso(reminderTime('tomorrow', at('2026-03-27T20:00:00Z'), 'Europe/Berlin'))).toBe(
      '2026-03-28T08:00:00.000Z',
    );
    // New York falls back on 1 November 2026.
    expect(iso(reminderTime('tomorrow', at('2026-10-31T16:00:00Z'), 'America/New_York'))).toBe(
      '2026-11-01T14:00:00.000Z',
    );
  });

  it('works across month and year ends', () => {
    expect(iso(reminderTime('tomorrow', at('2026-12-31T12:00:00Z'), 'UTC'))).toBe('2027-01-01T09:00:00.000Z');
    expect(iso(reminderTime('tomorrow', at('2028-02-28T12:00:00Z'), 'UTC'))).toBe('2028-02-29T09:00:00.000Z');
  });
});

describe('alarms and notifications', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names alarms by draft id and reads them back', () => {
    expect(draftIdOf(alarmName('abc-1'))).toBe('abc-1');
    expect(draftIdOf('something-else')).toBeNull();
    expect(draftIdOf('draft-reminder:')).toBeNull();
  });

  it('registers one alarm per draft, moves it, and cancels it', async () => {
    const now = at('2026-03-01T10:00:00Z');
    const when = await scheduleReminder('d1', '20m', now);
    expect(when).toBe(now + 20 * 60_000);
    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({ name: 'draft-reminder:d1', scheduledTime: when }),
    ]);
    await scheduleReminder('d1', '1h', now);
    expect(await reminderFor('d1')).toBe(now + 60 * 60_000);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    await cancelReminder('d1');
    expect(await reminderFor('d1')).toBeNull();
  });

  it('the notification says a draft is waiting, never its text; deleted drafts stay silent', async () => {
    const text = 'You NEVER listen to me!!!';
    await fakeBrowser.storage.local.set({
      [DRAFTS_KEY]: [{ id: 'd1', text, site: 'https://chat.example', savedAt: Date.now() }],
    });
    startReminders();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: alarmName('d1'),
      scheduledTime: 1,
      persistAcrossSessions: true,
    });
    await new Promise((r) => setTimeout(r, 10));
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(shown)).toEqual(['draft-reminder:d1']);
    const note = shown['draft-reminder:d1'] as { title: string; message: string };
    expect(note.title.length).toBeGreaterThan(0);
    expect(`${note.title} ${note.message}`).not.toContain('NEVER');
    expect(`${note.title} ${note.message}`).not.toContain(text);

    expect(await remind(alarmName('gone'))).toBe(false);
    expect(await remind('other-alarm')).toBe(false);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['draft-reminder:d1']);
  });

  it('clicking the reminder closes it; other notifications are not ours', async () => {
    await fakeBrowser.storage.local.set({
      [DRAFTS_KEY]: [{ id: 'd1', text: 'x', site: 'https://chat.example', savedAt: Date.now() }],
    });
    await fakeBrowser.notifications.create('someone-else', {
      type: 'basic',
      title: 't',
      message: 'm',
      iconUrl: '',
    });
    startReminders();
    expect(await remind(alarmName('d1'))).toBe(true);
    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    await fakeBrowser.notifications.onClicked.trigger('draft-reminder:d1');
    await new Promise((r) => setTimeout(r, 10));
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['someone-else']);
  });
});
