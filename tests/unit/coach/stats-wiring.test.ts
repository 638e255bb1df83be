/**
 * Patterns, privately: when a message counts (PatternTracker) and how the counts are kept
 * (storage.local under 'stats', pruned to 90 days, never any text).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearStats, saveStat } from '../../../lib/background/stats';
import { PatternTracker, type StatKind } from '../../../lib/coach/PatternTracker';
import { loadStats, MESSAGES, parseStats, STATS_KEY } from '../../../lib/models/stats';

interface Field {
  text: string;
  analysis: { findings: Array<{ category: string }> };
}

const field = (): Field => ({ text: '', analysis: { findings: [] } });

function setup() {
  const events: Array<[StatKind, string[]]> = [];
  const tracker = new PatternTracker<Field>((kind, cats) => events.push([kind, cats]));
  const type = (f: Field, text: string, ...categories: string[]) => {
    f.text = text;
    f.analysis = { findings: categories.map((category) => ({ category })) };
    tracker.observe(f);
  };
  return { events, tracker, type };
}

describe('PatternTracker: when a message counts', () => {
  it('counts a message as flagged once per category, however many keystrokes it takes', () => {
    const { events, type } = setup();
    const f = field();
    type(f, 'you');
    type(f, 'you always', 'absolutes');
    type(f, 'you always do', 'absolutes');
    type(f, 'you always do that, idiot', 'absolutes', 'contempt', 'absolutes');
    type(f, 'you always do that, idiot!', 'absolutes', 'contempt');
    expect(events).toEqual([
      ['flagged', ['absolutes']],
      ['flagged', ['contempt']],
    ]);
  });

  it('counts "edited until calm" as softened once, with the categories that were flagged', () => {
    const { events, type } = setup();
    const f = field();
    type(f, 'You ALWAYS', 'absolutes', 'heat');
    type(f, 'Lately');
    expect(events).toHaveLength(1); // calm for now: is the person writing on, or deleting it all?
    type(f, 'Lately it seems');
    type(f, 'Lately it seems you');
    expect(events).toEqual([
      ['flagged', ['absolutes', 'heat']],
      ['softened', ['absolutes', 'heat']],
    ]);
  });

  it('a new message starts when the field is emptied (sent or cleared)', () => {
    const { events, type } = setup();
    const f = field();
    type(f, 'you never listen', 'absolutes');
    type(f, '');
    type(f, 'you never listen', 'absolutes');
    expect(events).toEqual([
      ['flagged', ['absolutes']],
      ['flagged', ['absolutes']],
    ]);
  });

  it('deleting everything is not softening, even through calm moments on the way', () => {
    const { events, type } = setup();
    const f = field();
    type(f, 'idiot', 'contempt');
    type(f, '');
    const g = field();
    type(g, 'you idiot', 'contempt');
    for (let n = 8; n >= 0; n--) type(g, 'you idiot'.slice(0, n));
    expect(events).toEqual([
      ['flagged', ['contempt']],
      ['flagged', ['contempt']],
    ]);
  });

  it('deleting the flagged words, then writing on, is softening', () => {
    const { events, type } = setup();
    const f = field();
    type(f, 'ok you idiot', 'contempt');
    for (let n = 11; n >= 3; n--) type(f, 'ok you idiot'.slice(0, n));
    type(f, 'ok I');
    expect(events).toEqual([
      ['flagged', ['contempt']],
      ['softened', ['contempt']],
    ]);
  });

  it('a calm rewrite that is then sent (emptied at once) counts as softened', () => {
    const { events, type } = setup();
    const f = field();
    type(f, "Calm down, you're overreacting.", 'talking-down');
    type(f, 'Can we talk tonight?'); // select all, type a new message (one analysis)
    type(f, ''); // sent
    expect(events).toEqual([
      ['flagged', ['talking-down']],
      ['softened', ['talking-down']],
    ]);
  });

  it('flagged again before writing on: no softening yet', () => {
    const { events, type } = setup();
    const f = field();
    type(f, 'you never', 'absolutes');
    type(f, 'you neve');
    type(f, 'you never', 'absolutes');
    type(f, 'you never!', 'absolutes');
    expect(events).toEqual([['flagged', ['absolutes']]]);
  });

  it('an applied rewording counts as softened once; going calm afterwards does not count again', () => {
    const { events, tracker, type } = setup();
    const f = field();
    type(f, 'you make me sad', 'blame');
    tracker.applied(f, 'blame');
    tracker.applied(f, 'blame');
    type(f, 'I feel sad when');
    expect(events).toEqual([
      ['flagged', ['blame']],
      ['softened', ['blame']],
    ]);
  });

  it('dismissing a finding is not softening', () => {
    const { events, tracker, type } = setup();
    const f = field();
    type(f, 'whatever', 'withdrawal');
    tracker.dismissed(f);
    type(f, 'whatever');
    expect(events).toEqual([['flagged', ['withdrawal']]]);
  });

  it('sent anyway and saved carry the current categories; fields are tracked apart', () => {
    const { events, tracker, type } = setup();
    const a = field();
    const b = field();
    type(a, 'WHY???', 'heat');
    type(b, 'you never', 'absolutes');
    tracker.sentAnyway(a);
    tracker.saved(b);
    expect(events).toEqual([
      ['flagged', ['heat']],
      ['flagged', ['absolutes']],
      ['sentAnyway', ['heat']],
      ['saved', ['absolutes']],
    ]);
  });
});

describe('stats in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  const NOON = Date.parse('2026-05-10T12:00:00');

  it('records counts by local day and category, and nothing else', async () => {
    expect(await saveStat('flagged', ['blame', 'heat'], true, NOON)).toBe(true);
    expect(await saveStat('softened', ['blame'], true, NOON + 1000)).toBe(true);
    const raw = (await fakeBrowser.storage.local.get(STATS_KEY))[STATS_KEY];
    expect(raw).toEqual({
      '2026-05-10': {
        blame: { flagged: 1, softened: 1 },
        heat: { flagged: 1 },
        [MESSAGES]: { flagged: 1, softened: 1 },
      },
    });
    expect(JSON.stringify(raw)).not.toMatch(/you|feel/i);
  });

  it('concurrent writes from one page are all kept', async () => {
    await Promise.all(Array.from({ length: 20 }, () => saveStat('flagged', ['heat'], true, NOON)));
    expect((await loadStats())['2026-05-10']?.heat?.flagged).toBe(20);
  });

  it('prunes days older than 90 days on write', async () => {
    await fakeBrowser.storage.local.set({
      [STATS_KEY]: { '2026-01-01': { heat: { flagged: 3 } }, '2026-04-01': { heat: { saved: 1 } } },
    });
    await saveStat('saved', ['heat'], true, NOON);
    expect(Object.keys(await loadStats()).sort()).toEqual(['2026-04-01', '2026-05-10']);
  });

  it('clearStats empties them', async () => {
    await saveStat('flagged', ['heat'], true, NOON);
    await clearStats();
    expect(await loadStats()).toEqual({});
  });

  it('clearStats waits for records already in flight, so none brings old counts back', async () => {
    const pending = Array.from({ length: 5 }, () => saveStat('flagged', ['heat'], true, NOON));
    const cleared = clearStats();
    await Promise.all([...pending, cleared]);
    expect(await loadStats()).toEqual({});
    // And records after the clear count from zero.
    await saveStat('saved', ['blame'], true, NOON);
    expect((await loadStats())['2026-05-10']?.blame).toEqual({ saved: 1 });
  });

  it('parseStats drops malformed days, counts and kinds', () => {
    expect(
      parseStats({
        '2026-05-10': { heat: { flagged: 2, softened: -1, sentAnyway: 1.5, saved: '3', text: 'x' } },
        'not-a-day': { heat: { flagged: 1 } },
        '2026-05-11': 'nope',
        '2026-05-12': { blame: null },
      }),
    ).toEqual({ '2026-05-10': { heat: { flagged: 2 } } });
    expect(parseStats(null)).toEqual({});
    expect(parseStats([1, 2])).toEqual({});
  });
});
