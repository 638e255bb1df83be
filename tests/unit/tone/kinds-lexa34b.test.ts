/**
 * Contempt and talking down cut for bytes in lexa34, added by helper lexa34b (session 34:
 * lib/tone/rules/belittle.ts). Our own sentences, none taken from any corpus; each kind with warm
 * near-twins that must pass clean.
 */
import { describe, expect, it } from 'vitest';
import { first, kind } from './kinds';

kind(
  'a mock award offered for a minimum',
  'talking-down',
  [
    'do you want a sticker for that?',
    'you folded the towels, want a cookie?',
    'wanna gold star for replying once',
  ],
  [
    "I'd give you a medal for that, you were amazing",
    'do you want a sticker for your water bottle? I have loads',
    'want a cookie? I baked too many',
  ],
);

kind(
  'the habit of wanting an award for a minimum',
  'contempt',
  ['he wants a medal for doing the bare minimum', 'you expect a cookie for everything'],
  [
    'my son wants a sticker for everything, the chart is working',
    'you need a sticker for everything in the new office, the printer too',
  ],
);

kind(
  'a refusal said again as their failure to follow',
  'talking-down',
  [
    "what part of no don't you get",
    'what part of stop do you not get',
    "what part of leave me alone didn't you get",
    "what part of 'stop' do you not get",
    'not sure what part of "not today" you didn\'t understand',
  ],
  [
    'what part of the city do you live in?',
    'what part of "the matrix" did you like most?',
    "what part of the recipe don't you get? I can explain",
  ],
);

kind(
  'their words said to have harmed the mind',
  'talking-down',
  ['I lost brain cells reading this', 'this thread lowered my IQ', 'your reply dropped my iq'],
  [
    'this lowered my blood pressure',
    "I lost brain cells reading this book, it's so dense but I love it",
    'I lost my keys reading this on the bus lol',
  ],
);

kind(
  'the lecture on what being an adult is',
  'talking-down',
  [
    'part of being an adult is paying your own bills',
    'part of being a grown up is owning your mistakes, just saying',
  ],
  [
    "part of being an adult is learning to rest, and you're doing great",
    'part of being an adult is doing my own taxes, ugh',
  ],
);

kind(
  'their upset called a twist',
  'talking-down',
  ["don't get your knickers in a twist", 'get your panties out of a twist'],
  ['my knickers got in a twist in the wash lol'],
);

kind(
  'the audacity of them, their little tantrums',
  'contempt',
  ['the audacity of this guy', 'spare me your little tantrums'],
  [
    'the audacity of this cat, she stole my seat again 😂',
    'the kids had a little tantrum at bedtime but we survived',
  ],
);

describe('rewordings', () => {
  it.each([
    ['do you want a sticker for that?', "thanks for doing that. i'd love it if it happened more often."],
    ["what part of no don't you understand", "i've said no, and i mean it"],
    ['this thread lowered my IQ', 'i really disagree with this'],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
  });
});
