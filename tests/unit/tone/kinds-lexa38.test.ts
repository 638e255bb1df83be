/**
 * Round lexa38 (session 38): contempt and talking-down as frames with open slots, each written against
 * the helper's own probe set (`kinds-lexa38.tsv`, written before the rules). Our own sentences, none
 * taken from any corpus; each kind with warm look-alikes that must pass clean.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet } from './kinds';

kind(
  'their wish or feeling told to them: "you don\'t really X, you just Y"',
  'talking-down',
  [
    "you don't really miss the city, you just miss complaining about it",
    'u dont actually care about the rules, u just want to win',
    'you do not even like jazz, you only like looking cultured',
  ],
  [
    "you don't really need the big suitcase, you just need the carry-on",
    "you don't even have to call, just text when you land",
  ],
);

kind(
  'a fault asked about as their nature: "have you always been this <trait>"',
  'contempt',
  ['have you always been this petty about money', 'has he always been this stubborn or is it new'],
  [
    'have you always been this tired in the afternoons? maybe get your bloods done',
    'have you always been this good at chess?',
  ],
);

kind(
  '"as if" said with "like": "like you\'d ever…", "pfft, like you could…"',
  'contempt',
  [
    "like you'd ever clean the bathroom",
    'pfft, like you could run a marathon',
    'lol like you even read the contract',
  ],
  ['like you said, the shop shuts at six', "like you mentioned, the bus is late so I'll walk"],
);

kind(
  'their place questioned: "who let <them> near / have / into…"',
  'contempt',
  [
    'who let this guy near a microphone again',
    'who let you run the group chat',
    'who allowed him to design this logo',
  ],
  [
    'who let the cat into the bedroom, she is asleep on my pillow',
    "who let you in? come sit, the kettle's on",
  ],
);

kind(
  'a complaint named a child\'s after an order: "<do X> instead of whining / asking / wasting…"',
  'talking-down',
  [
    'check the FAQ instead of moaning in the replies',
    'just restart the router instead of pestering everyone',
  ],
  ["let's walk instead of taking the bus, it's sunny", 'grab a coffee instead of waiting in the cold'],
);

kind(
  'a person said to be unfit: "should be banned from…", "shouldn\'t be allowed near…"',
  'contempt',
  [
    'whoever designed this app should be banned from touching a computer',
    "people like him shouldn't be allowed near a kitchen",
  ],
  [
    "kids under five shouldn't be allowed near the pool without an adult",
    'dogs should be banned from the playground sandpit',
  ],
);

kind(
  'homework set before they may speak: "read X, then come back", "look it up before crying"',
  'talking-down',
  [
    'read the rules. then come back.',
    'learn what a bond is and then come back',
    'maybe look up the stats before crying about the ref',
    'google it sometime before posting again',
  ],
  [
    "read the recipe before you start, it's long",
    'learn your lines first, then come back stronger tomorrow',
    'read the thread before you comment, there is a lot of good advice in it',
  ],
);

kind(
  'leave to talk granted on a condition: "come back when you have an actual argument"',
  'talking-down',
  ['come back when you have an actual argument', "let me know when you're ready to be reasonable"],
  ["come back when you're free, the shop's open late", "let me know when you're home safe"],
);

kind(
  'their lack assumed, said last: "since you clearly can\'t", "since you apparently won\'t"',
  'talking-down',
  ["I'll book it myself since you clearly can't", "ok, I'll ask Sam, since you apparently won't"],
  ["I'll drive since you can't, no stress", 'since you clearly love it, keep the jumper!'],
);

kind(
  'upset mocked as a child\'s: "aww does somebody need a nap"',
  'talking-down',
  [
    'aww does somebody need a nap',
    'aww is the little man upset again',
    'oh did the big bad boss hurt your feelings',
  ],
  ['aww did someone get a new puppy?!', 'aww is the little one asleep already?'],
);

kind(
  'a view put down as comfort: "carry on telling yourself that", "go right ahead and believe that"',
  'contempt',
  ['carry on telling yourself that, pal', 'you go right ahead and believe that'],
  [
    'keep telling yourself you can do it, because you can',
    'go ahead and believe in the plan, it is a good one',
  ],
);

kind(
  'likened to a bot, a sloth or a headless chicken, whatever they do',
  'contempt',
  ['you drive like a headless chicken', 'you aim like a bot'],
  ['I felt like a zombie all day after the flight'],
);

kind(
  'a mind said to be lacking: "anyone with a working brain…"',
  'contempt',
  ['anyone with a working brain would have checked first', 'nobody with common sense buys that'],
  [],
);

describe('the rewordings keep the point', () => {
  it.each([
    [
      "you don't really miss the city, you just miss complaining about it",
      "It seems to me you miss complaining about it, but tell me if I'm wrong",
    ],
  ])('%s', (text, want) => {
    expect(first(text).toLowerCase()).toBe(want.toLowerCase());
  });
});

kindsSet('kinds-lexa38.tsv', { recall: 0.5, falseAlarms: 0.04, category: 0.35 });
