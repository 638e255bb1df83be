/**
 * False alarms by cause (session 35's warm round): the reason a message is warm, each guard with warm
 * near-twins that must pass clean and hostile twins that must stay flagged. Our own sentences, none
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows } from './kinds';

// -- "stupid" as a degree word --------------------------------------------------------------------------
kind(
  '"stupid easy", "stupid fast": how easy or quick a thing is, nobody labelled',
  'contempt',
  ['your plan is stupid', 'you are stupid easy to fool', 'he is stupid, easy as that'],
  [
    'this recipe is stupid easy, try it',
    'the new route is stupid fast, we saved twenty minutes',
    'that jacket was stupid cheap in the sale',
    "the bread came out stupid good, I'm proud of it",
  ],
);

// -- a thing's build or value, judged ---------------------------------------------------------------------
kind(
  "a kitchen appliance or a product's quality called pathetic, nobody addressed",
  'contempt',
  ['your cooking is pathetic', 'you are pathetic for the price you charge'],
  [
    'my new kettle is pathetic, takes ages to boil',
    'the vacuum is so pathetic for the money',
    'the sound quality is pathetic for the price',
    'the toaster is so pathetic for the price',
  ],
);

// -- a memory of their place or people -------------------------------------------------------------------
kind(
  '"every time …, I think of / I\'m back in your …": their things in the writer\'s memory',
  'absolutes',
  [
    'every time I come over your kitchen is a mess',
    'every time I think of your excuses I get angry',
    'every time I ask, your phone comes out',
  ],
  [
    "every time the kettle whistles I think of your grandma's kitchen",
    "every time I smell cinnamon I'm back in your mum's bakery",
    "every time I pass the lake I remember your dad's old boat",
  ],
);

// -- a teasing name as the greeting before a plan -------------------------------------------------------
kind(
  '"ok loser, see you at …": a teasing greeting before a plan to meet',
  'contempt',
  [
    'ok loser, see you never',
    "hey loser, see you at the meeting where you'll embarrass yourself again",
    'bye loser, nobody will miss you',
  ],
  [
    "ok loser, see you at the market, I'll grab the coffees",
    'bye loser, see u tomorrow at practice',
    'hey loser, see you tonight at the bowling alley',
  ],
);

// -- credit for a good habit kept up ---------------------------------------------------------------------
kind(
  '"you\'re the reason I still paint / we still meet": a good habit kept up',
  'blame',
  [
    "you're the reason I still can't sleep at night",
    "you're the reason I still hate Christmas",
    "you're the reason I still flinch when the phone rings",
  ],
  [
    "you're the reason I still paint on Sundays",
    "you're the reason our book club still meets every month",
    "you're the reason I still read before bed",
  ],
);

// -- care that sounds like a grumble ---------------------------------------------------------------------
kind(
  '"you could at least take a jacket": care for them, not a grumble at them',
  'contempt',
  ['you could at least pretend to care', 'you could at least take a jacket instead of whining'],
  [
    "you could at least wear a scarf, it's freezing out",
    "you could at least grab an umbrella, it's pouring",
    'you could at least eat something before the exam',
  ],
);

// -- an hour to get up -----------------------------------------------------------------------------------
kind(
  '"you need to wake up at six": a time to get up, not "wake up" to the truth',
  'talking-down',
  ["you need to wake up and see what you're doing to us", 'you need to wake up at six, stop being so lazy'],
  [
    'you need to wake up at five for the airport run',
    'you need to wake up early tomorrow, the taxi comes at 5',
  ],
);

// -- the writer's own resolve ----------------------------------------------------------------------------
kind(
  '"I need to get a grip on my budget": the writer\'s own resolve',
  'talking-down',
  ['you need to get a grip', 'get a grip on yourself', 'seriously, get a grip'],
  [
    'I need to get a grip on my spending this month',
    'honestly I really need to get a grip on my sleep schedule',
  ],
);

describe('kinds-warmc35.tsv (written before the round)', () => {
  it('keeps hostile rows caught and warm rows clean at the measured figures', () => {
    const f = kindsFigures(kindsRows('kinds-warmc35.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(30 / 32);
    expect(f.falseAlarms).toBeLessThanOrEqual(1 / 66);
  });
});
