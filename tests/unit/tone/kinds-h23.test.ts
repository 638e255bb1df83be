/**
 * Round h23: absolutes and withdrawal by construction. Absolutes without "you always / never" (a
 * count of times, "you keep doing this", "you're all the same", "no one can ever talk to you",
 * "incapable of", an effort lapsed) and with them in frames that were missed (another subject,
 * "find a way to"); withdrawal as the talk refused, a cold "noted", silence announced, walking out,
 * giving up on the other and leaving held up as a threat. Warm and practical look-alikes pass.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { categories, flagged, kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

describe("the round's own set (tests/fixtures/corpus/kinds-h23.tsv, written before the rules)", () => {
  const rows = kindsRows('kinds-h23.tsv');
  it('flags its hostile rows and leaves its warm rows clean', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(falseAlarms).toBe(0);
  });
  it('strict-only rows flag at strict and not at balanced', () => {
    for (const r of rows.filter((x) => x.label === 'S')) {
      expect(analyze(r.text, { sensitivity: 'strict' }).flagged, r.text).toBe(true);
      expect(analyze(r.text).flagged, r.text).toBe(false);
    }
  });
});

kind(
  'absolutes with always/never in a frame that was missed',
  'absolutes',
  [
    'you always find a way to make it my fault',
    'somehow you always manage to turn it around on me',
    'everyone always has to tiptoe around you',
    'i always have to remind you of everything',
    'no one can ever talk to you',
  ],
  [
    'you always find a way to make me smile',
    'you always manage to cheer me up',
    'i always have to remind myself to drink water',
    'everyone always says how kind you are',
    'no one can ever replace you',
  ],
);

kind(
  'absolutes without always/never',
  'absolutes',
  [
    'you keep doing this',
    "you've kept doing this",
    'why do you keep lying to me',
    'again?? seriously',
    'third time this week',
    "that's the third time this week you've been late",
    'for like the tenth time, please put the seat down',
    'this happens every. single. time.',
    'same story every weekend with you',
    "you're all the same",
    "you don't even try anymore",
    "you are incapable of admitting you're wrong",
    "you can't ever just let something go",
  ],
  [
    'you keep doing amazing work',
    "third time this week I've been to this café lol",
    "third time's the charm!",
    'this is my third time watching it and i still cry',
    "again?? you're spoiling me 😭",
    'can we do that again soon?',
    'same story every weekend with you: best brunch ever',
    "you're all the same height now, so cute",
    "you don't even have to ask",
    "i'm incapable of choosing a dessert lol",
    "I don't want to see reviews of it new. Show me the 20th time you've worn it.",
    'you can never let your guard down',
  ],
);

kind(
  'withdrawal: the talk refused, a cold close, silence, walking out, giving up, leaving as a threat',
  'withdrawal',
  [
    'not doing this again',
    'nope. not doing this again with you',
    "I'm not having this conversation",
    "you do you, i'm out",
    'ok. noted.',
    "sure, if that's what you want.",
    "don't expect me to answer",
    "I'll talk when I feel like it",
    "I'm leaving, don't follow me",
    "i'm leaving and i'm not coming back tonight",
    "there's no talking to you",
    'i give up. you win',
    "keep talking and i'll leave",
    'maybe i should just leave then',
    "if that's how you feel, maybe we shouldn't be together",
  ],
  [
    'k see you at 6',
    "ok noted, I'll bring the charger",
    'noted, thanks!',
    "sure, if that's what you want, I'll book the table",
    "I'm out of milk, can you grab some",
    "i'm out till 5, call me after",
    "I'm done with the report!",
    'I need a minute to think, can we talk after dinner?',
    'not doing this again — that hike nearly killed me 😂',
    "i'm not having dessert tonight",
    'follow me on insta!',
    'text me when you feel like it, no rush',
    'i give up, you win the bet 😂',
    "there's no point waiting, the bus is cancelled",
    'maybe we should leave early to beat the traffic',
  ],
);

describe('"noted." and "don\'t wait up" alone are strict-only', () => {
  it.each([['noted.'], ["don't wait up"]])('%s', (text) => {
    expect(analyze(text, { sensitivity: 'strict' }).flagged).toBe(true);
    expect(flagged(text)).toBe(false);
  });
});

describe('suggestions say the one moment as a feeling, or a pause with a way back, and clear the finding', () => {
  it.each([
    ['You keep doing this.', "This has happened a few times now, and it's wearing on me."],
    ['Third time this week.', "This has happened a few times now, and it's wearing on me."],
    [
      'Everyone always has to tiptoe around you.',
      "Lately it feels like everyone has to tiptoe around you, and it's wearing on me.",
    ],
    ["You don't even try anymore.", "Lately it feels like you don't try as much, and I miss it."],
    [
      "You are incapable of admitting you're wrong.",
      "It feels like admitting you're wrong is really hard for you, and that's hard on me.",
    ],
    // Session 40: a withdrawal that is the whole short message gets a short line ("right now" is
    // the way back).
    ['Not doing this again.', "I can't do this right now."],
    ["You do you, I'm out.", 'I need a break from this. Can we pick it up tonight?'],
  ])('%s → %s', (text, want) => {
    expect(rewrite(text).text).toBe(want);
    expect(flagged(rewrite(text).text)).toBe(false);
  });
  it.each([
    ['you always find a way to make it my fault'],
    ['no one can ever talk to you'],
    ['again?? seriously'],
    ['same story every weekend with you'],
    ["you're all the same"],
    ['ok. noted.'],
    ["sure, if that's what you want."],
    ["I'll talk when I feel like it"],
    ["I'm leaving, don't follow me"],
    ["there's no talking to you"],
    ["keep talking and i'll leave"],
    ['maybe we should just break up then'],
  ])('%s rewords clean', (text) => {
    expect(categories(text).length).toBeGreaterThan(0);
    rewordsClean(text);
  });
});
