/**
 * The background as the one writer of the private pattern counts: records sent by content scripts
 * in several tabs at once are all kept, and anything that is not a well-formed record (unknown
 * kind, text instead of category ids, wrong types) is ignored.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../lib/background/messages';
import { saveSettings } from '../../../lib/background/settings';
import { handleStatRecord, pruneStats, type StatRecord } from '../../../lib/background/stats';
import { isToBackground, parseToBackground } from '../../../lib/messaging/protocol';
import { loadStats, MESSAGES, STATS_KEY } from '../../../lib/models/stats';
import { contentScript } from './senders';

/** The record as the background's message door parses and checks it (null when dropped). */
function parseStatRecord(value: unknown): StatRecord | null {
  const m = parseToBackground(value);
  return m?.type === 'stats:record' ? m : null;
}

/** What the background does with a message from a content script, at `now`. */
async function send(value: unknown, now: number): Promise<unknown> {
  const m = parseStatRecord(value);
  if (!m) return (await handleMessage(value, contentScript())) ?? false;
  return handleStatRecord(m, now);
}

const NOON = new Date(2026, 2, 10, 12, 0).getTime();
const DAY = '2026-03-10';

const rec = (kind: string, categories: unknown, newMessage: unknown = true) => ({
  type: 'stats:record',
  kind,
  categories,
  newMessage,
});

describe('background stats: one writer for every tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every record when two tabs send at the same time', async () => {
    // Two tabs, interleaved: each record is a read-modify-write of the same storage key.
    const tabA = Array.from({ length: 15 }, () => send(rec('flagged', ['blame']), NOON));
    const tabB = Array.from({ length: 15 }, () => send(rec('flagged', ['heat']), NOON));
    const results = await Promise.all(tabA.flatMap((a, i) => [a, tabB[i]]));
    expect(results.every((r) => r === true)).toBe(true);
    const stats = await loadStats();
    expect(stats[DAY]?.blame?.flagged).toBe(15);
    expect(stats[DAY]?.heat?.flagged).toBe(15);
    expect(stats[DAY]?.[MESSAGES]?.flagged).toBe(30);
  });

  it('records newMessage false as more categories of a message already counted', async () => {
    await send(rec('flagged', ['blame']), NOON);
    await send(rec('flagged', ['contempt'], false), NOON);
    const stats = await loadStats();
    expect(stats[DAY]?.[MESSAGES]?.flagged).toBe(1);
    expect(stats[DAY]?.contempt?.flagged).toBe(1);
  });

  it('ignores malformed records and stores nothing for them', async () => {
    const bad: unknown[] = [
      null,
      'stats:record',
      { type: 'stats:record' },
      rec('deleted', ['blame']),
      rec('flagged', ['you always do that']),
      rec('flagged', 'blame'),
      rec('flagged', [42]),
      rec('flagged', ['blame'], 'yes'),
      rec('flagged', [
        'blame',
        'heat',
        'contempt',
        'absolutes',
        'withdrawal',
        'talking-down',
        'other',
        'blame',
      ]),
      { ...rec('flagged', ['blame']), type: 'stats:other' },
    ];
    for (const m of bad) {
      // Dropped by the protocol, or refused by the background (text where a category id goes).
      expect(await send(m, NOON)).toBe(false);
    }
    expect((await fakeBrowser.storage.local.get(STATS_KEY))[STATS_KEY]).toBeUndefined();
  });

  it("accepts the six categories and 'other', and an empty list (counted as other)", async () => {
    expect(parseStatRecord(rec('saved', ['other', 'talking-down']))).toEqual(
      rec('saved', ['other', 'talking-down']),
    );
    expect(isToBackground(rec('saved', []))).toBe(true);
    expect(await send(rec('saved', []), NOON)).toBe(true);
    expect((await loadStats())[DAY]?.other?.saved).toBe(1);
  });

  it('stores nothing while the person has turned the counts off', async () => {
    await saveSettings({ op: 'patch', patch: { statsEnabled: false } });
    expect(await send(rec('flagged', ['blame']), NOON)).toBe(false);
    expect(await loadStats()).toEqual({});
  });

  it('prunes days past 90 even when nothing new is counted (startup, daily alarm)', async () => {
    await fakeBrowser.storage.local.set({
      [STATS_KEY]: {
        '2025-11-01': { blame: { flagged: 2 }, '*': { flagged: 2 } },
        [DAY]: { heat: { flagged: 1 }, '*': { flagged: 1 } },
      },
    });
    expect(await pruneStats(NOON)).toBe(true);
    expect(Object.keys(await loadStats())).toEqual([DAY]);
  });
});
