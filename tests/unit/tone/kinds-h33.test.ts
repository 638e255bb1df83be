/**
 * Round h33: absolutes and talking-down as constructions (lib/tone/rules/absolutes.ts, the new
 * lib/tone/rules/airs.ts). A repetition or totality marker tied to a fault of the addressee or
 * their side; telling someone how to feel or be; the speaker put above them. Each with warm,
 * practical, self-directed and teasing uses of the same words that must pass. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'a repetition idiom or a count with their fault',
  'absolutes',
  [
    'again and again you swear you will ring your nan and you never do',
    'over and over you say you will fix the shelf and it never happens',
    'per usual, your cousin forgot the keys',
    'per usual the parcel from your shop arrived broken',
  ],
  [
    'again and again you amaze me with your patience',
    'over and over I play the voice note you sent',
    'for the umpteenth time, thank you for having us!!',
    'for the hundredth time, congrats on the new job',
    'per usual you look lovely in green',
    'per usual, I forgot my umbrella',
  ],
);

kind(
  '"another X, another Y"',
  'absolutes',
  [
    'another day, another lie from you',
    'another week, another argument you started',
    'another payday, another bill from you I have to cover',
  ],
  [
    'yet another lovely weekend with you, lucky me',
    'yet another parcel for you at reception',
    'yet another rainy saturday, more board games then',
    'another day, another dollar',
    'another week, another brilliant gig from you!',
    'another year, another birthday with you 🥳',
  ],
);

kind(
  'a fault tallied with "every" or "a single"',
  'absolutes',
  [
    "you've skipped every family lunch since easter",
    'you forgot every single one of our anniversaries',
    "you haven't washed a single pan since we moved in",
    'your mum misses every chance to see the kids',
    "you've ignored every message I sent this week",
  ],
  [
    "you've been to every one of her recitals, that means a lot",
    "you haven't missed a single match all season, amazing",
    "you haven't aged a single day",
    'your sister makes every party better',
    'if you missed every lecture, the recordings are online',
  ],
);

kind(
  '"never in … have you"',
  'absolutes',
  [
    'never in our whole marriage have you planned a holiday',
    'not once in the last year have you asked about my day',
  ],
  [
    'never in my life have I eaten such good pasta',
    'never in a million years did I think we would win',
    'is there a pattern to the knitting? send pics',
    "it's the same every christmas, you make the best trifle ❤️",
    'your dog never does anything wrong 😂',
    'your plumber never turns up on time? mine is great, I can send his number',
  ],
);

kind(
  'telling them how to feel',
  'talking-down',
  [
    "you don't get to be jealous of my friends",
    'you should be thankful I even answered',
    'you should be grateful anyone invited you at all',
    "don't take it so seriously, it's only a quiz",
    'stop harping on about the parking ticket',
    'quit your sulking, we are going whether you like it or not',
    "you're panicking about nothing, it's one late fee",
    "you're getting worked up over nothing again",
  ],
  [
    "you don't have to be upset, we'll sort it",
    "you don't get to pay, it's my birthday treat",
    'you should be proud, that talk was brilliant',
    'you should be grateful for nothing, it was a pleasure',
    "don't take it so seriously, you were great up there",
    'stop fretting, the dress is perfect ❤️',
    'quit your job and start the bakery, you would smash it!',
    'I keep moaning about my back, sorry',
    "you're worrying over nothing, the scan came back fine",
    'I was stressing over nothing, all good now',
  ],
);

kind(
  'telling them how to be: grown-up lessons',
  'talking-down',
  [
    'learn to argue like an adult',
    'learn to handle criticism like a grown-up',
    'be a big boy and say sorry to your sister',
    'put your big boy pants on and ring the bank',
  ],
  [
    'learn to bake like a pro with me this weekend?',
    'I want to learn to sing like your aunt',
    'you should learn to play guitar, you would love it',
    'be a big help and pass the salt?',
    'he is such a big boy now, three on sunday 🎂',
  ],
);

kind(
  'the speaker above them',
  'talking-down',
  ['you must clear the table before you touch your phone', 'you must be home by eleven, no excuses'],
  [
    'let me handle dinner tonight, you have had a long week',
    'let me sort the tickets, you relax',
    'I can spell it out for the banner if you like',
    'listen closely to the bridge, the harmony is gorgeous',
    'let me do the talking at the bakery, I know the owner',
    'you must try the cheesecake before you leave!',
    'you must be shattered after that shift',
    'you must come to the lake with us sometime',
  ],
);

describe('rewordings keep the person and the facts, and say the feeling or the need', () => {
  it.each([
    ['another week, another excuse from you', 'this week, an excuse from you'],
    ["you've skipped every family lunch since easter", "you've skipped a lot of family lunches since easter"],
    ["you haven't washed a single pan since we moved in", "you haven't washed a pan since we moved in"],
    [
      'never in our whole marriage have you planned a holiday',
      "in our whole marriage, you haven't planned a holiday",
    ],
    ["you don't get to be jealous of my friends", "i know you're jealous of my friends"],
    ['stop harping on about the parking ticket', 'i can see the parking ticket matters to you'],
    ['quit your complaining and tidy up', 'i hear that this is bothering you. could you tidy up?'],
    ['learn to argue like an adult', 'it would help if you could argue with more grace'],
    ['be a big boy and say sorry to your sister', "i think it's best if you say sorry to your sister"],
    [
      'you must clear the table before you touch your phone',
      'please clear the table before you touch your phone',
    ],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

// Written before the rules: 13/50 caught and 4 of 46 warm rows flagged before; after: 35/50 (50/50 before
// the rules were cut to the round's size budget), 3 warm rows flagged by older rules ("every time I'm sad
// you bring cake", "stop sulking … haha", "you always talk so kindly …").
kindsSet('kinds-h33.tsv', { recall: 0.7, falseAlarms: 0.07, category: 0.68 });
