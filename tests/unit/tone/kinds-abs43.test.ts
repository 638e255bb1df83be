/**
 * Absolutes the engine still missed (session 43, helper abs43): the "it's always … with you" frame
 * with anything in it ("it's always some new crisis with you"), "nothing you <V> is ever <good>",
 * "like clockwork" / "without fail" closing a charge that "you're" opened or that runs long, an
 * ordinal "in a row" ("third bill in a row you've paid late"), "the one time … you <lapse>" and
 * "…, that's so you" after a fault. Each in wordings of our own, with warm near-twins that must pass
 * clean. None from any corpus or from the round's probe.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'the frame "it\'s always … with you"',
  'absolutes',
  [
    "it's always some new crisis with you",
    "it's always somebody else's problem with you",
    "it's every holiday with you. the same fight.",
  ],
  [
    "it's always so much fun with you!",
    "it's always a great time with you",
    "it's always lovely with you, see you soon ❤️",
  ],
);

kind(
  'nothing you <V> is ever <good>',
  'absolutes',
  [
    'nothing you cook is ever seasoned properly',
    'Nothing you promise is ever done by friday.',
    "nothing you've ever fixed has stayed fixed",
  ],
  [
    'nothing you knit is ever boring',
    'nothing you could ever say would make me love you less',
    'nothing you bake is ever wasted, the kids love it',
  ],
);

kind(
  'like clockwork / without fail after a charge',
  'absolutes',
  [
    "you're late picking me up again, like clockwork",
    'you leave your wet towels on the bedroom floor every single morning, without fail',
    'you are grumpy again by lunchtime, like clockwork',
  ],
  [
    "you're up before the alarm every day like clockwork, teach me",
    'like clockwork, the dog wants his walk at five',
    'the bus comes at 7:10 without fail',
  ],
);

kind(
  'an ordinal in a row',
  'absolutes',
  ["third bill in a row you've paid late", "second weekend running you've forgotten to call your dad"],
  [
    "third year in a row you've hosted the quiz, legend",
    'second match in a row for you two, so proud 🏆',
    'fourth day in a row of sunshine',
  ],
);

kind(
  'the one time … you <lapse>',
  'absolutes',
  ['the one time I needed a lift, you forgot', "The one time I asked you to water the plants, you didn't"],
  [
    'the one time I forget my charger my phone dies 😂',
    'the one time you visited was the best week of the year',
  ],
);

kind(
  "…, that's so you, after a fault",
  'absolutes',
  ["ignoring my calls all day, that's so you", "forgetting the washing up again, that's just so you"],
  ["baking for the whole street, that's so you", "you lost your keys again? that's so you lol"],
);

describe('rewordings of the new kinds say the pattern as a feeling', () => {
  it.each([
    [
      'nothing you cook is ever seasoned properly',
      "i'd like what you cook to be seasoned properly more often",
    ],
    ["third bill in a row you've paid late", "this has happened a few times now, and it's wearing on me"],
    ["you're late picking me up again, like clockwork", "you're late picking me up again"],
    ['the one time I needed a lift, you forgot', 'When I needed a lift, you forgot'],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

kindsSet('kinds-abs43.tsv', { recall: 0.75, falseAlarms: 0.1, category: 0.7 });
