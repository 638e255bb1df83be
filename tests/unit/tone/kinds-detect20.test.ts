/**
 * Round detect20: fewer false alarms, by kind. Each kind is a warm message the engine flagged at
 * balanced before this round: a shouted cheer after good news, a label or absolute reported only to
 * be denied, a harm denied by its object, a label in a play's cast, an absolute that reports praise,
 * a "blame" for good news. Each kind with hostile near-twins that must still be flagged in their
 * category. Our own sentences, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone/index';
import { kind } from './kinds';

kind(
  'a shouted cheer after good news ("I PASSED!!! GET IN!!!")',
  'heat',
  ['YOU FAILED AGAIN!!! GET IN!!!', 'GET IN THE CAR!!! NOW!!!', 'WE LOST!!! COME ON!!!'],
  [
    'I PASSED!!! GET IN!!!',
    'TICKETS BOOKED!!! LISBON HERE WE COME!!!',
    'PROMOTED!!! DRINKS ON ME FRIDAY',
    "unbelievable news, we're having a baby!!",
  ],
);

kind(
  'a label reported only to be denied ("I never said you were stupid")',
  'contempt',
  [
    'I never said you were stupid, but you are',
    "I don't think you're an idiot, I know it",
    "nobody thinks you're a genius except you, loser",
  ],
  [
    'I never said you were stupid, I said the plan was rushed',
    "no one thinks you're a loser for asking twice",
    'you do not consider your brother a liar, so tell him that',
  ],
);

kind(
  'an absolute reported only to be denied ("I didn\'t say you always…")',
  'absolutes',
  ["I didn't say you always do it, you just always do", 'you always leave early and I hate it'],
  ['I never said you always leave early, I said tonight was early'],
);

kind(
  'a harm denied by its object ("you ruined nothing")',
  'blame',
  ['you ruined nothing but my birthday', 'you ruined everything, the night was a disaster'],
  ['you ruined nothing, the cake was perfect', "you've spoiled none of it, relax and enjoy"],
);

kind(
  "a label for a role in a play's acts and scenes",
  'contempt',
  ['you were a troll at the meeting', 'the troll in accounts is a liar'],
  ['the troll in the second act had the kids howling'],
);

kind(
  'an absolute that reports praise ("as usual, you were the life of the party")',
  'absolutes',
  [
    'as usual you were late and blamed the traffic',
    'typical you, thinking only of yourself',
    'every time you visit, you leave a mess',
    "once again you've left your stuff everywhere",
  ],
  [
    "as usual, you were the life of the party at Sam's",
    'once again you came through for the whole street',
    'every time the puppy sees you she giggles and rolls over',
    'typical you, sending flowers to everyone ❤️',
    'yet again you had the whole room in stitches',
  ],
);

kind(
  'a "blame" for good news, with a heart or a thank-you ("you\'re the reason I finally booked the trip ❤️")',
  'blame',
  [
    "you're the reason I started smoking again",
    'because of you we lost the deposit. thank you so much',
    "because of you I didn't get the job",
    "you're the reason we lost the quiz",
  ],
  [
    "you're the reason I finally booked the trip ❤️",
    'because of you I got the job, drinks on me',
    'Because of you, the launch went smoothly. Thank you.',
    "it's your fault I'm now obsessed with knitting 🥰",
  ],
);

describe('detect() agrees with analyze() on these kinds', () => {
  it.each([
    'I PASSED!!! GET IN!!!',
    'you ruined nothing, the cake was perfect',
    "as usual, you were the life of the party at Sam's",
  ])('%s passes detect() clean', (text) => {
    expect(detect(text).findings).toEqual([]);
  });
});
