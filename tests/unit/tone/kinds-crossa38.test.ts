/**
 * Recall in blame and absolutes (session 38, helper crossa38): constructions with open slots, each
 * in three wordings of our own with warm near-twins that must pass clean. "why did you have to
 * <act>" with its harm (fault.ts); "why is it always me / you <doing>", "third time this week you've
 * <any act>", "you never pay…", "you've never been there for me", "you never <act> until…", "it's
 * the same pattern with you", "the <group that serves> never <act> / always <harm>", "the only thing
 * you lot ever do…" (absolutes.ts); "<group> like you" in a cleft, after "thanks to"
 * or "until" (disdain.ts); "you lot only ever…" (constructions.ts).
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone/index';
import { first, kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

// -- blame ------------------------------------------------------------------------------------------
kind(
  '"why did you have to <act>" with the harm it did',
  'blame',
  [
    'why did you have to bring up my ex? now the whole table is awkward',
    "why'd you have to shout at the waiter, now we can't go back there",
    'why did u have to spoil the finale for me',
  ],
  [
    'why did you have to leave so soon? we miss you already',
    'why did you have to bake so much, now I will never fit in my jeans lol',
    'why did you have to bring snacks, you legend',
  ],
);

kind(
  '"it\'s <group> like you who…", "thanks to <group> like you…", "…until people like you…"',
  'contempt',
  [
    "it's gamers like you who make the lobby unbearable",
    'thanks to trolls like you the comment section is a dumpster fire',
    'the forum was fine until people like you turned up and trashed it',
  ],
  [
    'thanks to people like you the food bank stayed open all winter',
    "it's people like you who make this street feel like home",
    'it was quiet until people like you turned up and made it fun',
  ],
);

// -- absolutes --------------------------------------------------------------------------------------
kind(
  '"why is it always me / you <doing>"',
  'absolutes',
  [
    'why is it always me taking the bins out',
    "how come it's always you picking the fight at family dinners",
    'why is it always me sorting out the birthday cards',
  ],
  [
    'why is it always you who gets the best presents, lucky thing',
    "how come it's always me that wins at monopoly lol",
    'why is it always you? because you are the best at it',
  ],
);

kind(
  '"you never pay…", "you\'ve never been there for me / on time"',
  'absolutes',
  [
    'you never pay for the petrol when we drive up north',
    'u never pay me back for the takeaway',
    "you've never been on time to a single rehearsal",
  ],
  [
    'you never pay full price with that loyalty card, nice',
    "you've never been to the lakes? we have to go",
    'you never have to pay for parking here',
  ],
);

kind(
  '"<ordinal> time this week you\'ve <any act>", nothing kind in it',
  'absolutes',
  [
    "fourth time this month you've borrowed my charger without asking",
    "third time today you've changed the meeting room",
    'fifth time this week u moved the deadline',
  ],
  [
    "second time this week you've cooked for me, spoiling me",
    'third time today u messaged, everything alright?',
    "second time today you've made me laugh",
  ],
);

kind(
  '"you lot only ever…", "the only thing you guys ever do is…"',
  'absolutes',
  [
    'you guys only ever whinge about the patch notes',
    'the only thing you lot ever do is moan',
    "you people only ever show up when there's drama",
  ],
  ['you only ever need a pinch of salt for this', 'you lot only ever bring good energy to the pitch'],
);

kind(
  '"the <group that serves> never <what it owes> / always <harm>"',
  'absolutes',
  [
    'the council never fixes the potholes on our road',
    "this airline always loses somebody's luggage",
    'the refs in this league never call anything for us',
  ],
  [
    'the staff always go above and beyond, lovely hotel',
    'the shop is never open on Sundays, so shall we go Monday',
    'this airline always has the friendliest crew',
  ],
);

kind(
  '"you never <act> until <something bad>", "it\'s the same pattern / routine with you"',
  'absolutes',
  [
    'you never help out until I am already done and exhausted',
    'you never reply until I have sent five angry messages',
    "it's the same cycle with you every month, you vanish and come back",
  ],
  ['you never know until you try!', "it's the same pattern with you as with me, we both overthink lol"],
);

describe('rewordings of the new kinds keep the point', () => {
  it.each([
    [
      'why is it always me taking the bins out',
      "it feels like i'm usually the one taking the bins out, and i'd love some help.",
    ],
    [
      'why did you have to bring up my ex? now the whole table is awkward',
      "i wish you hadn't brought up my ex. now the whole table is awkward",
    ],
    ['u never pay me back for the takeaway', "sometimes i feel like u don't pay me back for the takeaway"],
  ])('%s', (text, want) => {
    expect(first(text).toLowerCase()).toBe(want.toLowerCase());
    rewordsClean(text);
  });
});

describe('the probe set kinds-crossa38.tsv (written before the rules)', () => {
  const rows = kindsRows('kinds-crossa38.tsv');
  it('keeps its recall and false alarms', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.68);
    expect(falseAlarms).toBeLessThanOrEqual(0.02);
  });
  it('reads the new constructions in a long message in bounded time', () => {
    const long =
      "why did you have to tell her? now she's upset. why is it always me doing it. third time today you've done it. not once did the boss reply. you ruined it. ".repeat(
        700,
      );
    const t0 = performance.now();
    detect(long.slice(0, 100_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
