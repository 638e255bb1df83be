/**
 * Warm kinds of the twenty-first session's detect22 helper, each on our own sentences (written from
 * the kinds named in the brief, never from a corpus row): a warm message whose trigger word is used
 * fondly passes clean at the default sensitivity, and its hostile near-twin stays flagged.
 */
import { kind } from './kinds';

kind(
  'bad at lying, about a surprise (fond teasing)',
  'contempt',
  [
    "you're a liar, I know you were with her",
    "you're a terrible liar and I'm sick of your lies",
    "you're a terrible liar, you said you'd be home",
  ],
  [
    "you're a terrible liar, what's in the gift bag?",
    'such a bad liar lol, I know you bought me a present',
    "you're an awful liar, I can see the party hats behind you",
    "you're such a bad liar, I know you got me a present",
  ],
);

kind(
  'a hedge on one\u2019s own idea or question',
  'contempt',
  ['that is a dumb idea', 'your idea might be a dumb idea, honestly', "you're so dumb"],
  [
    'this might be a dumb idea, but what if we drove up on Friday',
    'it might be a dumb thought, but maybe we paint the hall green',
    'this might be a dumb suggestion, but we could rent a van',
    'maybe a stupid idea, but we could ask your aunt',
  ],
);

kind(
  'a silly amount: a quantity, not a person',
  'contempt',
  [
    'you are being ridiculous',
    'what a stupid thing to say',
    'a ridiculous amount of excuses, as usual, you idiot',
  ],
  [
    'we ate a ridiculous amount of pasta last night',
    'he bought a stupid number of balloons for the party',
    'we took a stupid number of photos',
    'I made a ridiculous amount of soup, come over',
  ],
);

kind(
  '"don\u2019t be daft, of course…": reassurance',
  'contempt',
  ["don't be stupid", "don't be daft, of course not, you never listen"],
  [
    "don't be daft, of course you can bring your dog",
    "Don't be ridiculous, of course we saved you a plate",
    "don't be stupid, of course you're invited",
    "don't be daft, of course we'll wait for you",
  ],
);

kind(
  '"you ruined X for me, no regrets": an indulgence',
  'blame',
  [
    'you ruined my birthday',
    'you ruined my diet and I hate you for it',
    'you ruined my life, no regrets huh?',
    'you ruined my weekend, no regrets on your part I bet',
    'you ruined the party, so worth it for you I guess',
    'you ruined the trip, no regrets',
    'you ruined my life and I regret nothing about leaving you',
  ],
  [
    'you ruined supermarket bread for me, no regrets',
    "you've ruined my diet with these cookies, so worth it",
    'you ruined takeout for me with your cooking, no regrets',
    'you ruined store-bought cookies for me and I regret nothing',
    'you ruined my diet with that lasagne, I regret nothing',
  ],
);

kind(
  'a thing called the dumbest invention: its design, nobody addressed',
  'contempt',
  [
    'my boss is the dumbest man alive',
    'your app is the dumbest app ever',
    'my brother is the dumbest invention of my parents',
  ],
  [
    'this printer is the dumbest invention ever',
    'this can opener is the stupidest gadget ever made',
    "my kettle is the dumbest product I've ever bought",
    'that self-checkout is the stupidest invention, it never scans',
  ],
);

kind(
  '"you\u2019re ridiculous and I love you": a fond word, love right after it',
  'talking-down',
  ["you're overreacting and I love you", "you're being ridiculous and I loved you once"],
  [
    "you're being ridiculous and i love you for it",
    "you're so ridiculous and I love you",
    "you're being ridiculous and I adore you for it",
    "you're being ridiculous and I love you so much",
  ],
);

kind(
  '"ok genius, you were right, I owe you": a point conceded',
  'contempt',
  ['ok genius, what now', 'nice one genius, you broke it'],
  ['ok genius, you were right, I owe you a pint', 'alright genius, you were right, I owe you one'],
);

kind(
  '"you\u2019re making me blush!!": flattered',
  'heat',
  ['stop yelling!!', 'stop shouting!!'],
  ["stop, you're making me blush!!", "aww stop it, you're making me blush!! thank you"],
);
