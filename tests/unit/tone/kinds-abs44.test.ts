/**
 * Absolutes the engine still missed (session 44, helper abs44): their act counted by "every" after it
 * ("you post the same wrong take in every thread", "you forget the rota literally every Monday"),
 * away whenever they are needed ("whenever I need a hand you're suddenly busy", "…you're nowhere to
 * be found") and none counted after their refusal ("you haven't opened the doc once", "…, not
 * once, in five years"). Each in wordings of our own, with warm
 * near-twins that must pass clean. None from any corpus or from the round's probe.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'you <act> … every <occasion>',
  'absolutes',
  [
    'you do this at every single family barbecue',
    'you forget the bin rota literally every Tuesday',
    'you leave a rude comment under every photo I post',
    "you've picked a fight on every holiday we've had",
    'you pull that stunt in every group meeting',
  ],
  [
    'you bring snacks to every game',
    'you post the best takes on every thread',
    'you ruined every other curry for me, yours is perfect',
    'you make every day brighter',
    'you do this every christmas and it makes everyone so happy',
    'you wear the same hoodie to every game',
  ],
);

kind(
  'away whenever they are needed',
  'absolutes',
  [
    "whenever the baby needs changing you're suddenly busy with work emails",
    'every time the rent is due you conveniently need to go out',
    "the minute I ask for a hand you're mysteriously tired",
    "whenever the car needs washing you're nowhere to be found",
  ],
  [
    "the second I'm sad you suddenly appear with cake",
    'the moment I got home you suddenly appeared with flowers',
    'whenever it rains you suddenly need a nap lol',
    'when the lights went out you suddenly found the torch, hero',
  ],
);

kind(
  'none counted after their refusal',
  'absolutes',
  [
    "you haven't emptied the dishwasher once this month",
    "you didn't text me once while I was away",
    'you have not offered to drive, not once, in five years',
  ],
  [
    "you didn't complain once, so proud of you",
    "you haven't missed a game once",
    "it's a once in a lifetime trip, you can't not go",
    "I haven't seen you once this week, miss you",
  ],
);

describe('rewordings of the new kinds say the pattern as a feeling or drop the tally', () => {
  it.each([
    [
      'you forget the bin rota literally every Tuesday',
      "I've noticed this keeps happening, and it's wearing on me.",
    ],
    [
      "whenever the baby needs changing you're suddenly busy with work emails",
      "whenever the baby needs changing you're busy with work emails",
    ],
    [
      "whenever the car needs washing you're nowhere to be found",
      "i've noticed this keeps happening, and it's wearing on me",
    ],
    ["you haven't emptied the dishwasher once this month", "you haven't emptied the dishwasher this month"],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

kindsSet('kinds-abs44.tsv', { recall: 0.75, falseAlarms: 0.1, category: 0.65 });
