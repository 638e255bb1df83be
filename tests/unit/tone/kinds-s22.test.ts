/**
 * The lead's kinds of the twenty-second session, on our own sentences: an absolute asked as "how /
 * why is it that you never…" or stated as "the problem is that you always…" is the same charge as
 * "why do you never…" (the "that" was read as opening a description); an interjection before an
 * order ("whoa take a chill pill", "yo relax") does not hide the order.
 */
import { describe } from 'vitest';
import { kind, rewordingCases } from './kinds';

kind(
  '"how / why is it that you never…", "the problem is that you always…"',
  'absolutes',
  [
    'how is it that you never have your wallet when we go out',
    'Why is it that you always get to pick the movie?',
    'so why is it that u never text first',
    'the problem is that you always change the plan last minute',
    'the trouble is that you never finish what you start',
    'the fact that you never say thank you says a lot',
  ],
  [
    'is it that you never got the invite? let me resend it',
    'the great thing is that you always show up',
    'what I love about you is that you never give up',
    'the good news is that you never have to pay for parking there',
    'things that you never knew about octopuses 🐙',
  ],
);

kind(
  'an interjection before an order to calm down',
  'talking-down',
  [
    'whoa take a chill pill, it was one comment',
    'yo relax, it was a joke',
    'bruh calm down',
    'whoa chill, it was a joke',
    'woah calm down',
  ],
  ['whoa, the view from up here!', 'yo, dinner at 7?', 'bruh this song is so good', 'okay see you soon'],
);

describe('the rewordings of these kinds keep what was said', () => {
  rewordingCases([
    [
      'why is it that you always get the last word?',
      'lately it seems like you get the last word a lot, and it bothers me.',
    ],
    ['Why is it that you are never on time?', 'I wish you would be on time more often.'],
    ['so how is it that you never have time for me', 'so i wish you would have time for me more often'],
  ]);
});

describe('swear words by what they follow (lead, session 22)', () => {
  rewordingCases([
    // "like fuck" after a describing word says how much; after a thing named, only heat; after a doing, a lot.
    ["it's cold like fuck", "it's really cold"],
    ['that exam was hard like fuck', 'that exam was really hard'],
    ['he sent me a long ass email like fuck.', 'he sent me a long email.'],
    ['my back hurts like fuck', 'my back hurts a lot'],
    // "like" reporting a curse on someone.
    ['she was like fuck them all', 'she was like forget them all'],
    // A second curse joined with "and" names a thing that runs on.
    ['fuck this and fuck windows update', 'forget this and forget windows update'],
    // A name called by looks goes from its "you"; without one, the person stays.
    ['ok bye then, you lumpy looking ass.', 'ok bye then.'],
    ['look at that raggedy looking ass', 'look at that raggedy looking person'],
  ]);
});
