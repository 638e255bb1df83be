/**
 * Kinds of the h-para20 round (insults aimed at third parties, in comment-section English), each
 * with sentences written for these tests: a hostile wording of each kind is flagged in its
 * category, and warm or plain look-alikes of the same shape pass clean. The rewordings that let a
 * found label through (it was dropped for want of one) are pinned as a person would send them.
 */
import { describe } from 'vitest';
import { kind, rewordingCases } from './kinds';

kind(
  '"how stupid the people in charge are" after the writer\'s own framing words',
  'contempt',
  [
    'it makes me wonder how stupid the people in charge really are.',
    'it shows me just how ignorant these politicians are.',
    'this tells me how dumb the voters here are.',
  ],
  [
    'i realise now how stupid i was.',
    'i know how stupid this sounds, but can you help?',
    'it makes me wonder how smart the people in charge really are.',
    'i told her how stupid the idea was.',
  ],
);

kind(
  '"a lying crook": "lying" before a label for someone else',
  'contempt',
  ['the new treasurer is a lying crook.', 'the mayor is a lying thief.'],
  [
    'the dog is lying on the couch.',
    'the baby was lying in the crib.',
    'she is a lying-in nurse at the hospital.',
  ],
);

kind(
  '"this kind of drivel" in the middle of a sentence',
  'contempt',
  [
    'i cannot believe they keep printing this kind of drivel.',
    'is this the sort of tripe you read every morning?',
  ],
  ['i love this kind of junk food.', 'what kind of trash bags do you buy?'],
);

kind(
  '"a clown of a referee": a label that qualifies the noun after it',
  'contempt',
  ['what an absolute clown of a referee tonight', 'the senator has been a complete buffoon of a governor.'],
  ['what a gem of a restaurant!', 'the clown of the circus waved at us.'],
);

kind(
  '"i have never read a dumber post": never … a dumber is the superlative',
  'contempt',
  ["i've never met a stupider man in my life.", 'i have never seen a dumber argument for anything.'],
  [
    'i never felt dumber in my life.',
    "i didn't pick a dumber option.",
    "i haven't seen a dumber movie all year, loved it.",
  ],
);

kind(
  '"Sickening that …": disgust opening the sentence, at what others do',
  'contempt',
  [
    'Sickening that people like this run the city.',
    'revolting that the landlord charges this much for a shed.',
  ],
  [
    'sickening that i missed the bus again.',
    "it's sickening that he still has a job.",
    'a sickening thud that shook the house.',
    'the ride was sickening that day.',
  ],
);

describe('h-para20 rewordings', () => {
  rewordingCases([
    [
      'it makes me wonder how stupid the people in charge really are.',
      'it makes me wonder how misguided the people in charge really are.',
    ],
    [
      'i cannot believe they keep printing this kind of drivel.',
      'i cannot believe they keep printing this kind of thing.',
    ],
    ['Sickening that people like this run the city.', 'Upsetting that people like this run the city.'],
    ["i've never met a stupider man in my life.", "i've never met a more misguided man in my life."],
    ['what an absolute clown of a referee tonight', 'what a disappointing referee tonight'],
    [
      'the senator has been a complete buffoon of a governor.',
      'the senator has been a disappointing governor.',
    ],
  ]);
});
