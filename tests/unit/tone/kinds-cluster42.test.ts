/**
 * Blame that names the other person as the cause, in the shapes session 41's clustering found
 * missed (helper cluster42, session 42): "because of you" after a denied outcome or behind a link
 * ("and it's all because of you"), "imagine + V-ing" a wrong as a jab, a sour "ah yes / oh sure"
 * opening a charge, a chore laid on the writer after "thanks to you". Our own sentences, none taken
 * from any corpus; warm twins must pass clean.
 */
import { describe, expect, it } from 'vitest';
import { flagged, kind, rewordingCases } from './kinds';

// -- "because of you" after an outcome said with a negation --------------------------------------------
kind(
  '"i can\'t sleep / she isn\'t talking to me … because of you": the outcome denied is the loss',
  'blame',
  [
    "i can't focus at work because of you",
    "my sister isn't talking to me because of you",
    "we couldn't get a table because of you",
    "the kids won't go to bed because of you",
  ],
  [
    "it's not because of you, don't worry",
    "it wasn't really because of you, the train was late",
    "I'm not scared of the dark anymore because of you",
    "I don't feel alone because of you",
    "I can't stop smiling because of you",
  ],
);

// -- an outcome that went well, then "that's because of you"; turn-taking after "that's on you" -------
kind(
  'success or turn-taking beside "because of you / that\'s on you" is not blame',
  'blame',
  ['the car broke down again and that is because of you', 'the launch slipped and that’s on you'],
  [
    'the app launched without a hitch and that is because of you',
    'the bug got fixed overnight and that’s because of you',
    "that's on you, I'm treating you next time!",
    'we won the pub quiz and it’s all because of you',
  ],
);

// -- "imagine being this talented …": praise the sentiment scores miss is not scorn ---------------------
// (cluster42's "imagine + V-ing a wrong" rule was dropped in session 43 for room: it caught no corpus row.)
describe('"imagine <V-ing> …" told as praise, a wish or a loss passes', () => {
  it.each([
    'imagine waking up in Lisbon every morning',
    'imagine winning the raffle twice in a row',
    'imagine being this talented at nine years old',
    'imagine finishing a marathon without losing a single toenail',
    'imagine losing your luggage on honeymoon, poor things',
    'imagine getting to meet her in person, so jealous',
  ])('passes "%s"', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

// -- a sour "ah yes / oh sure" opening "blame …" or "because you …" ----------------------------------
kind(
  '"ah yes / oh sure," then "blame me…"',
  'blame',
  ['ah yes, blame me for the flat tyre', 'oh sure, blame the intern again'],
  [
    'oh yes, because of you we finally got the keys',
    'oh sure, because you asked so nicely 😊',
    'oh yes, because you were brilliant tonight',
    'ah yes, blame it on the dog lol',
  ],
);

// -- a chore laid on the writer after "thanks to you / because of you" -------------------------------
kind(
  '"thanks to you I now get to explain / clean / redo …": a chore, not a gain',
  'blame',
  [
    'thanks to you I now get to explain the invoice to finance',
    'thanks to u i now get to tell my mum the trip is off',
  ],
  ['thanks to you I now get to travel to Japan!', 'because of you I now get to teach the class, so excited'],
);

// -- an outcome, then "because you left <it> open / on" ---------------------------------------------
kind(
  '"… because you left the window open / the oven on": a lapse named as the cause',
  'blame',
  [
    'the kitchen flooded because you left the tap running',
    'my phone is dead because you left the torch on all night',
    'the rabbit escaped because you left the hutch unlocked',
  ],
  [
    'the room stayed cosy because you left the heater on, thank you',
    'the cat wandered in because you left the door open, so cute',
    'we could hear the band because you left the window open, perfect',
  ],
);

describe('rewordings keep the point as an I-statement', () => {
  rewordingCases([
    [
      'the whole evening was ruined and honestly it’s all because of you',
      'the whole evening was ruined, and i’m really upset about it',
    ],
    ['the deposit is gone and that’s because of you', 'the deposit is gone, and i’m really upset about it'],
    ['the trip got cancelled. because of you.', "the trip got cancelled. i'm really upset about it."],
    ["i can't focus at work because of you", "i can't focus at work, and i'm really upset about it"],
    [
      'ah yes, blame me for the flat tyre',
      "i'm frustrated with how this went, and i'd like us to sort it out together",
    ],
  ]);
});
