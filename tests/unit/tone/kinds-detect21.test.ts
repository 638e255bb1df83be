/**
 * Round detect21: fewer false alarms, by kind. Each kind is a warm message the engine flagged at
 * balanced before this round: a thing (not a person) called silly and laughed off or forgiven, a
 * label the writer gives themself ("klutz that I am"), a swear in a laughing idiom ("pissed myself
 * laughing"), a swear in awe at a sight without a comma, a swear cheering a plan, a swear quoted
 * in a story, an absolute that carries praise or play. Each kind with hostile near-twins that must
 * still be flagged in their category; and praise said after "never" is a lack ("you're never there
 * for me"), flagged. Our own sentences, written for these tests.
 */
import { kind } from './kinds';

kind(
  'a thing called silly, laughed off or forgiven ("my hair looks ridiculous lol")',
  'contempt',
  [
    'my coworker is so stupid lol',
    'the new guy was so stupid lol',
    'your plan was so stupid lol',
    'the waiter was idiotic but we got our food',
    'my sister looks ridiculous lol',
    'you look ridiculous lol',
  ],
  [
    'my drawing of the cat looks ridiculous haha',
    'this bread looks pathetic but it tastes amazing',
    'the twist at the end was so stupid i was crying laughing',
    'my handwriting looks ridiculous lol',
    'the parking sign was so dumb lol, we found a spot anyway',
  ],
);

kind(
  'a label the writer gives themself ("klutz that I am")',
  'contempt',
  [
    'idiot that you are, you locked the keys in',
    'coward that he is, he never showed up',
    'loser that you are',
  ],
  [
    'idiot that i am, i dropped the cake',
    'idiot as i am, i locked my keys in the car',
    'Coward that I am, I watched the whole film through my fingers.',
    "moron that i'm, i forgot my own password again",
  ],
);

kind(
  'a swear in a laughing idiom ("pissed myself laughing")',
  'heat',
  ['you pissed me off lol', 'so pissed at you right now lol'],
  ['pissed myself laughing at your video lol', 'we pissed ourselves laughing at your best man speech'],
);

kind(
  'a swear in awe at a sight, no comma ("holy crap the view", "goddamn that sunset 😍")',
  'heat',
  [
    'holy shit the comments here make me want to throw rocks',
    'holy shit the view from your ivory tower',
    "goddamn that neighbour's dog",
    'goddamn you and your excuses',
  ],
  [
    'holy crap the snow is coming down, look outside!',
    'holy shit the eclipse is starting',
    'goddamn that sunset 😍',
    'goddamn that lasagna 😍',
    'holy crap the stars out here, come look',
  ],
);

kind(
  'an absolute that carries praise or play ("you never age", "it\'s mine now", "rematch?")',
  'absolutes',
  [
    "you're never getting your money back, it's mine now, loser",
    'you always cheat at darts, rematch so i can beat you properly',
    'and another thing I hate about you: your laugh',
    'every time I visit you treat me like a child',
    "you never grow up, it's exhausting",
  ],
  [
    "you're never getting that hoodie back, it's mine now lol",
    'every time we come over you treat us like royalty',
    "you never age, honestly what's your secret",
    'and another thing I love about you: your laugh',
    'you always beat me at chess, rematch tomorrow?',
  ],
);

kind(
  'a swear that cheers a plan, nobody addressed ("fuck yeah, taco tuesday")',
  'heat',
  ["fuck yeah, you're finally leaving", "fuck yeah you're wrong"],
  ['fuck yeah, taco tuesday', 'fuck yeah, pizza night!'],
);

kind(
  'a swear quoted from someone in a story ("my toddler just said \'oh shit\'")',
  'heat',
  // ("you said 'go to hell' to my mum" was one: three quoted words are a quotation since session 33,
  // a mention as in double quotes, and the writer is not the one swearing.)
  ["you said 'fuck this' to my mum", "he said 'fuck you' to me"],
  [
    "my toddler just said 'oh shit' perfectly in context, I'm dying",
    "the movie is called 'What the F*** Happened' apparently",
    "my nan goes 'well shit' every time she loses at cards",
    "the parrot said 'bloody hell' at dinner, we were in stitches",
  ],
);

kind(
  'an absolute that praises a habit ("every time you cook it\'s a banger", "you never let anyone feel left out")',
  'absolutes',
  [
    'you always make time for everyone but me',
    'you never let me feel left out, except when your friends are here',
    "every time you do that accent I crack up, and it's so annoying",
    "every time you cook it's a disaster",
  ],
  [
    "every single time you cook it's a banger",
    'you never let anyone feel left out',
    'every time you do that accent I crack up',
    "you always make time for me even when you're busy",
    'you are always on time, you legend',
    'you never run out of good book recs',
  ],
);

kind(
  'praise said after "never" is a lack ("you\'re never there for me")',
  'absolutes',
  ["you're never there for me", 'you never show up for me', 'you never make time for us'],
  ['you never fail to make me laugh', 'you never let me down', "you're always there for me"],
);
