import { describe, expect, it } from 'vitest';
import {
  dayKey,
  daysBefore,
  lastDays,
  MESSAGES,
  prune,
  record,
  type Stats,
  topCategory,
} from '../../../lib/models/stats';

const at = (iso: string) => Date.parse(iso);

describe('dayKey: calendar days in the person’s time zone', () => {
  it('splits at local midnight, not UTC midnight', () => {
    // 23:30 in New York on 1 March is already 2 March in UTC.
    expect(dayKey(at('2026-03-02T04:30:00Z'), 'America/New_York')).toBe('2026-03-01');
    expect(dayKey(at('2026-03-02T04:30:00Z'), 'UTC')).toBe('2026-03-02');
    // 00:30 in Tokyo on 2 March is still 1 March in UTC.
    expect(dayKey(at('2026-03-01T15:30:00Z'), 'Asia/Tokyo')).toBe('2026-03-02');
  });

  it('handles a daylight-saving change (a 23-hour day)', () => {
    // Europe/Berlin springs forward on 29 March 2026 at 01:00 UTC.
    expect(dayKey(at('2026-03-28T22:59:00Z'), 'Europe/Berlin')).toBe('2026-03-28');
    expect(dayKey(at('2026-03-28T23:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(dayKey(at('2026-03-29T21:59:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(dayKey(at('2026-03-29T22:00:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
  });

  it('counts back over month and year ends', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2024-03-01', 1)).toBe('2024-02-29');
    expect(daysBefore('2026-01-01', 1)).toBe('2025-12-31');
    expect(daysBefore('2026-05-10', 89)).toBe('2026-02-10');
  });
});

describe('record', () => {
  it('counts per day and category, never text, without mutating', () => {
    const empty: Stats = {};
    let s = record(
      empty,
      { at: at('2026-03-01T10:00:00Z'), kind: 'flagged', categories: ['blame', 'absolutes'] },
      'UTC',
    );
    s = record(s, { at: at('2026-03-01T11:00:00Z'), kind: 'flagged', categories: ['blame', 'blame'] }, 'UTC');
    s = record(s, { at: at('2026-03-01T12:00:00Z'), kind: 'saved', categories: [] }, 'UTC');
    expect(empty).toEqual({});
    expect(s).toEqual({
      '2026-03-01': {
        blame: { flagged: 2 },
        absolutes: { flagged: 1 },
        other: { saved: 1 },
        // Messages, not categories: two flagged messages, one saved.
        [MESSAGES]: { flagged: 2, saved: 1 },
      },
    });
  });

  it('counts a message once in the day totals, however many categories it has', () => {
    const now = at('2026-03-01T15:00:00Z');
    let s = record({}, { at: now, kind: 'flagged', categories: ['blame', 'heat'] }, 'UTC');
    // The same message later shows a third category: the category counts, the message does not again.
    s = record(s, { at: now, kind: 'flagged', categories: ['contempt'], newMessage: false }, 'UTC');
    s = record(s, { at: now, kind: 'softened', categories: ['blame', 'heat', 'contempt'] }, 'UTC');
    const [today] = lastDays(s, now, 1, 'UTC');
    expect(today?.counts).toEqual({ flagged: 1, softened: 1, sentAnyway: 0, saved: 0 });
    expect(s['2026-03-01']?.contempt).toEqual({ flagged: 1, softened: 1 });
    expect(topCategory(s, now, 7, 'UTC')).not.toBe(MESSAGES);
  });

  it('sums categories for days stored before messages were counted', () => {
    const now = at('2026-03-01T15:00:00Z');
    const old: Stats = { '2026-03-01': { blame: { flagged: 2 }, heat: { flagged: 1 } } };
    expect(lastDays(old, now, 1, 'UTC')[0]?.counts.flagged).toBe(3);
  });

  it('puts a late-evening event on the local day', () => {
    const s = record(
      {},
      { at: at('2026-03-02T04:30:00Z'), kind: 'sentAnyway', categories: ['heat'] },
      'America/New_York',
    );
    expect(Object.keys(s)).toEqual(['2026-03-01']);
  });
});

describe('prune: 90 days', () => {
  it('keeps today and the 89 days before, drops older and malformed days', () => {
    const now = at('2026-05-10T12:00:00Z');
    const s: Stats = {
      '2026-05-10': { blame: { flagged: 1 } },
      '2026-02-10': { blame: { flagged: 2 } },
      '2026-02-09': { blame: { flagged: 3 } },
      'not-a-day': { blame: { flagged: 4 } },
    };
    expect(Object.keys(prune(s, now, 90, 'UTC')).sort()).toEqual(['2026-02-10', '2026-05-10']);
  });
});

describe('lastDays and topCategory', () => {
  const now = at('2026-03-03T09:00:00Z');
  const s: Stats = {
    '2026-02-20': { contempt: { flagged: 9 } },
    '2026-03-01': { blame: { flagged: 2, softened: 1 }, absolutes: { flagged: 2 } },
    '2026-03-03': { absolutes: { flagged: 1, sentAnyway: 1 }, other: { saved: 1 } },
  };

  it('lists every day, oldest first, with totals', () => {
    expect(lastDays(s, now, 3, 'UTC')).toEqual([
      { day: '2026-03-01', counts: { flagged: 4, softened: 1, sentAnyway: 0, saved: 0 } },
      { day: '2026-03-02', counts: { flagged: 0, softened: 0, sentAnyway: 0, saved: 0 } },
      { day: '2026-03-03', counts: { flagged: 1, softened: 0, sentAnyway: 1, saved: 1 } },
    ]);
  });

  it('finds the most flagged category in the window only', () => {
    expect(topCategory(s, now, 7, 'UTC')).toBe('absolutes');
    expect(topCategory(s, now, 30, 'UTC')).toBe('contempt');
    expect(topCategory({}, now, 7, 'UTC')).toBeNull();
  });
});
