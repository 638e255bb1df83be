/**
 * Keeping count and sneering in open frames (session 41, helper abscon41), in
 * `lib/tone/rules/tallies.ts`: the count said out loud, the excuse that comes round, praise as a tag
 * on a charge, mock royalty, "keep telling yourself you're…".
 * Each in wordings of our own (a partner's text, a coworker's line, a stranger's comment), with warm
 * near-twins that must pass clean. None from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { kind, kindsSet, rewordsClean } from './kinds';

kind(
  'the count said out loud',
  'absolutes',
  [
    "that's the fourth time you've borrowed my charger without asking",
    "this is the tenth time I've had to ask you to clean the hob",
    "it's the umpteenth time you've pushed the release, mate",
    "honestly I've lost count of the times you bailed on movie night",
    "lost count of the times you've ignored the style guide in this repo",
  ],
  [
    "this is the third time you've rescued my plants, thank you so much",
    "this is the fifth time I've watched this trailer today",
    "I've lost count of the times you've cheered me up",
    'lost count of the times you made us laugh on stream',
    "for the millionth time, you're welcome haha",
    "that's the third time you've fixed my bike, thank you!",
  ],
);

kind(
  'the excuse that comes round',
  'absolutes',
  [
    "every weekend it's some new excuse about the car",
    "each sprint there's a fresh excuse for the missing tests",
    "there's always some drama when you plan a trip",
    "there's always a reason you can't make it to my place",
    "there is always some reason why you won't pick up",
    "typical, you've double-booked the van again",
  ],
  [
    "there's always a reason to smile when you visit",
    "every week there's a new episode and I'm hooked",
    "there's always some reason to celebrate with you around",
  ],
);

kind(
  'praise as a tag on a charge',
  'contempt',
  [
    "you're so lazy, it's honestly impressive",
    "u think you're a great driver? adorable",
    'your smugness in these threads, truly inspiring',
    'you think you are funny? cute',
    'go ahead, whine some more, it really suits you',
    'keep sulking in your room, that suits you',
  ],
  [
    "you're so patient with the kids, it's honestly impressive",
    'the other driver was awful but you kept calm, impressive',
    'your puppy is adorable',
    "you're such a goof about birthdays, it's cute",
    'that green jacket really suits you',
    'short hair suits you so much',
  ],
);

kind(
  'mock royalty and "keep telling yourself"',
  'contempt',
  [
    'sorry, I forgot her highness only eats organic',
    "oh excuse me your majesty, I didn't realise the sink was beneath you",
    "keep telling yourself you're the reasonable one",
    "keep telling yourself it's everyone else's fault",
    'the great director has spoken, everyone clap',
    "ok miss 'always on time', where were you",
  ],
  [
    'Her Majesty the Queen opened the new bridge',
    'his majesty King Charles visited the town today',
    'keep telling yourself you can do it, because you can',
    "keep telling yourself you're enough",
    "keep reminding yourself you're loved ❤️",
  ],
);

describe('rewordings of the new kinds read clean', () => {
  it.each([
    ["that's the fourth time you've borrowed my charger without asking"],
    ["every weekend it's some new excuse about the car"],
    ["you're so lazy, it's honestly impressive"],
    ['sorry, I forgot her highness only eats organic'],
  ])('rewords %s clean', (text) => {
    expect(rewordsClean(text)).toBeTruthy();
  });
  it('drops the tag of praise and keeps the rest', () => {
    const s = analyze('you think you are funny? cute').findings.find((f) => f.rule === 'tallies.tag');
    expect(s?.suggestions[0]?.replacement ?? null).toBe('');
  });
});

kindsSet('kinds-abscon41.tsv', { recall: 0.45, falseAlarms: 0.1, category: 0.3 });
