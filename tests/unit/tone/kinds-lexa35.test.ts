/**
 * Contempt and talking down by construction (helper lexa35, session 35: lib/tone/rules/belittle.ts).
 * Our own sentences, none taken from any corpus; each kind with warm near-twins that must pass clean.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet } from './kinds';

kind(
  'their upset made small',
  'talking-down',
  [
    'you get so wound up over one little comment',
    'stop making such a drama out of nothing',
    'honestly you got bent out of shape over a single emoji',
    'quit making a huge fuss about one late reply',
  ],
  [
    'I got so worked up over nothing yesterday, sorry about that',
    'they made a big fuss over the baby at lunch, it was lovely',
    'you got worked up over a spider lol, same',
  ],
);

kind(
  'explaining once more, slowly, as if to someone slow',
  'talking-down',
  [
    "I'll repeat it once more since you seem lost",
    'let me explain this one last time',
    "fine, I'll say it really simply for you",
    'let me break it down really slowly for you',
  ],
  [
    "let me explain the recipe slowly when you're here, it's a long one",
    'let me type this slowly, my thumb is in a cast',
    "I'll explain everything when I see you, it's a long story",
    'I think I rambled, let me explain it more slowly',
    "let me type this really slowly for my nan, she's learning to text",
  ],
);

kind(
  'a crowd of them called mindless',
  'contempt',
  [
    'you lot are just lemmings for whatever the devs say',
    'your entire subreddit is a flock of sheep',
    "y'all are literally npcs repeating the same line",
  ],
  [
    "the sheep on my uncle's farm are all named after singers",
    'your robots are so cool, did you print them?',
    'the npcs in this game are hilarious',
  ],
);

kind(
  'a crowd of them and what they would do',
  'contempt',
  [
    'you people will defend anything with a logo',
    'your kind never admits a mistake',
    'you lot would sell your own nan for a skin',
  ],
  [
    'you lot will love the new café on the corner',
    'you people are the best, thank you for the cake',
    'your kind of humour always cracks me up',
  ],
);

kind(
  'their reasoning called a stunt',
  'contempt',
  [
    'the logical acrobatics in your reply are something else',
    'mental olympics to defend that ending',
    'the mental contortions in this comment section',
  ],
  ['I do mental gymnastics every morning to plan my day', 'my mental olympics before a test lol'],
);

kind(
  'likened to a child or an animal, whatever they do',
  'contempt',
  [
    "you stomp around like a toddler when you don't get your way",
    'you sulk like a spoiled seven year old',
    'you chew like a goblin',
    'you grunt like a caveman every morning',
  ],
  [
    'you sleep like a baby on long drives',
    'you swim like a fish now, amazing!',
    'I slept like a toddler after that hike',
    'my nephew eats like a goblin after football',
  ],
);

kind(
  'said to do it worse than a child, a pet or a granny',
  'contempt',
  [
    "my niece could paint better than this and she's four",
    'a monkey could run this team better',
    'my gran parks neater than you',
  ],
  [
    'my gran makes better scones than any bakery in town',
    'my kid swims faster than me now, so proud',
    'my dog could use a better lead',
  ],
);

kind(
  'their part handed to the able',
  'talking-down',
  [
    'maybe leave the spreadsheets to the grown-ups',
    'leave the budget to the rest of us',
    'just let the grown-ups sort out the bills',
  ],
  [
    'let the grown-ups carry the heavy boxes, the kids can take the pillows',
    'let the adults know when you land',
    'I will leave the tickets to the rest of us who are driving',
  ],
);

kind(
  'waved off whole',
  'talking-down',
  ['didnt ask + dont care', "didn't read, lol", 'okay and?', 'yawn.', "Didn't ask. Next."],
  [
    "didn't ask for a receipt, is that ok?",
    "yawn, it's past midnight, going to bed",
    'ok and what time is dinner?',
    'so and so called for you',
  ],
);

kind(
  'a pet name with the dismissal it goes with',
  'talking-down',
  ['run along now, sweetheart', 'cope, lil bro', "relax buddy, it's only a game", 'seethe harder, pal'],
  [
    "sweetheart, dinner's ready",
    'relax, buddy, I already booked the table',
    'honey, nobody asked me to bring dessert, should I?',
  ],
);

describe('the rewordings say it plainly', () => {
  it.each([
    ['you get so wound up over one little comment', 'You seem upset. Do you want to talk about it?'],
    ['okay and?', "I'm not interested in this one."],
    ['leave the budget to the rest of us', "I'd rather take care of this part myself."],
  ])('%s', (text, want) => {
    expect(first(text).toLowerCase().replace(/\.$/, '')).toBe(want.toLowerCase().replace(/\.$/, ''));
  });
});

kindsSet('kinds-lexa35.tsv', { recall: 0.6, falseAlarms: 0.06, category: 0.45 });
