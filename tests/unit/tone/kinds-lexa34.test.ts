/**
 * Contempt and talking down by construction (helper lexa34, session 34: lib/tone/rules/belittle.ts,
 * and widenings in constructions.ts, coldness.ts and dismissive.ts). Our own sentences, none taken
 * from any corpus; each kind with warm near-twins that must pass clean.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet } from './kinds';

kind(
  'a small feat given a mock award',
  'contempt',
  [
    'oh wow, he folded one towel, someone get him a medal',
    'you replied within a week 🙄 someone get this guy a trophy',
    'alert the media, he emptied the dishwasher',
    'stop the presses, he answered an email',
  ],
  [
    'someone give this woman a medal, she fixed the boiler at midnight and saved our weekend',
    'stop the presses, I finally passed my driving test!!',
    'wow someone give this man a medal, best tutorial on here',
    'someone get this guy a medal 👏 fixed my bike in five minutes',
    'alert the media, the baby took her first steps today',
    'call the press office before ten, they asked for the quote',
  ],
);

kind(
  'their text said to be written for them',
  'contempt',
  ['did your dad type this for you', 'great reply. did a bot write that for you'],
  ['did your mum write this for you? it is so sweet', 'did your dad write this card for you? so lovely ❤️'],
);

kind(
  'praise held down by who they are',
  'contempt',
  ["bold talk from someone who still can't parallel park", 'big words for a guy with zero posts'],
  ['not bad for someone who never baked before!', 'good tips for someone who is new to running, thank you'],
);

kind(
  "text likened to a child's",
  'contempt',
  ['your email reads like a toddler wrote it', 'this review reads like it was written by a 9 year old'],
  ['this poem reads like a toddler wrote it and I mean that as the highest praise, so sweet ❤️'],
);

kind(
  'explaining down',
  'talking-down',
  [
    'let me make it simple for you',
    "ok I'll break it down for you simply this time",
    'do I need to talk slower so you can keep up?',
  ],
  [
    'let me make it simple for you: I will drive, you bring snacks, sound good?',
    'let me break it down for you: rent is 800, bills are 120',
    'I will send the notes tonight so you can keep up with the class while you are off',
    "I'll send the slides so you can follow along",
  ],
);

kind(
  'a correction with an endearment: "isn\'t how"',
  'talking-down',
  ["darling, that isn't how pensions work"],
  ["darling, that isn't how I remember the wedding, was it June?"],
);

kind(
  'their mood mocked in the third person',
  'talking-down',
  [
    'someone is a little grumpy today',
    'aww is somebody jealous',
    'somebody needs a nap',
    'ugh. grow a thicker skin',
  ],
  [
    'someone needs a nap, she has been crying since lunch',
    "someone's upset that the park closed early, poor pup",
    'somebody is jealous of the new puppy, he keeps pushing her away 😂',
    'nursing teaches you to grow a thicker skin',
    "I'm trying to grow a thicker skin at work",
  ],
);

kind(
  'your pretty little head',
  'talking-down',
  ["don't you worry your pretty little head about the bills"],
  ['she tilted her pretty head and smiled'],
);

kind(
  'the lecture on what adults do',
  'talking-down',
  [
    'grown-ups reply to their messages, just saying',
    'adults pick up after themselves',
    'a grown-up would have called by now',
  ],
  [
    'adults pay £8, kids go free',
    'grown-ups pick up their tickets at the door',
    'grown-ups pay their own way at the fair, kids get a token',
    'part of being a grown-up is learning to rest, be kind to yourself 💛',
  ],
);

describe('the rewordings say it plainly', () => {
  it.each([
    ['someone is a little grumpy today', 'You seem upset. Do you want to talk about it?'],
    ["don't worry your pretty little head about it", "I'll take care of this one, and I'll fill you in."],
    ['adults pick up after themselves', "I'd really like you to take care of this. Can we talk about it?"],
  ])('%s', (text, want) => {
    expect(first(text).toLowerCase()).toBe(want.toLowerCase().replace(/\.$/, ''));
  });
});

kindsSet('kinds-lexa34.tsv', { recall: 0.7, falseAlarms: 0.06, category: 0.53 });
