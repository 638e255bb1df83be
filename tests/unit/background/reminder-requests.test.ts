/**
 * "Remind me…" from the nudge: the background schedules the same alarm the popup does, only for
 * a draft that is saved, and ignores anything that is not a well-formed request.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../lib/background/messages';
import { handleReminderRequest, type ReminderRequest } from '../../../lib/background/reminder-requests';
import { isToBackground, parseToBackground } from '../../../lib/messaging/protocol';
import { DRAFTS_KEY } from '../../../lib/models/drafts';
import { alarmName, reminderTime } from '../../../lib/models/reminders';
import { contentScript } from './senders';

function parseReminderRequest(value: unknown): ReminderRequest | null {
  const m = parseToBackground(value);
  return m?.type === 'reminder:schedule' ? m : null;
}

const NOW = Date.parse('2026-03-01T10:00:00Z');
const ID = 'mf3k2a-x7q9p2';
const req = (draftId: unknown, choice: unknown) => ({ type: 'reminder:schedule', draftId, choice });

describe('reminder requests from the nudge', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      [DRAFTS_KEY]: [{ id: ID, text: 'You NEVER listen!!!', site: 'https://chat.example', savedAt: NOW }],
    });
  });

  it('schedules the alarm for a saved draft, as the popup does', async () => {
    expect(isToBackground(req(ID, '1h'))).toBe(true);
    expect(await handleReminderRequest(req(ID, '1h') as ReminderRequest, NOW)).toEqual({
      ok: true,
      at: NOW + 60 * 60_000,
    });
    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({ name: alarmName(ID), scheduledTime: NOW + 60 * 60_000 }),
    ]);
    // Choosing again moves it: still one alarm per draft.
    const tomorrow = reminderTime('tomorrow', NOW);
    expect(await handleReminderRequest(req(ID, 'tomorrow') as ReminderRequest, NOW)).toEqual({
      ok: true,
      at: tomorrow,
    });
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ scheduledTime: tomorrow })]);
  });

  it('sets nothing for a draft that is not saved', async () => {
    expect(await handleReminderRequest(req('nope-123', '20m') as ReminderRequest, NOW)).toEqual({
      ok: false,
    });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('ignores malformed requests', async () => {
    const bad: unknown[] = [
      null,
      { type: 'reminder:schedule' },
      req(ID, '2h'),
      req(ID, ''),
      req(42, '1h'),
      req('', '1h'),
      req('x'.repeat(65), '1h'),
      { ...req(ID, '1h'), type: 'reminder:other' },
    ];
    for (const m of bad) {
      expect(parseReminderRequest(m)).toBeNull();
      // Dropped at the background's door: no answer at all.
      expect(handleMessage(m, contentScript())).toBeUndefined();
    }
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
