/**
 * Warm kinds of the twenty-second session's detect23 helper, each on our own sentences (written from
 * the kinds named in the brief, never from a corpus row): a warm message passes clean at the default
 * sensitivity, and its hostile near-twins stay flagged in their category.
 */
import { kind } from './kinds';

kind(
  'credit, not blame: a step taken because of someone',
  'blame',
  [
    'because of you I missed my train',
    'because of you I finally lost my patience',
    'because of you I finally snapped',
    "you're the reason I finally left",
  ],
  [
    'because of you I finally booked the trip to Lisbon!',
    'Because of you, I finally enrolled in that pottery class',
    'because of you we finally tried the Ethiopian place downtown',
    "you're the reason I finally joined the book club",
    "you're the reason I finally tried paddleboarding",
  ],
);

kind(
  'a phrase mentioned (advice about what not to say), not said',
  'blame',
  [
    'I keep saying you make me feel bad and you ignore it',
    'Stop saying sorry, you make me feel bad every single day',
    'honestly, you make me feel bad',
  ],
  [
    'My sister told me to stop saying you make me feel bad and say what I feel instead.',
    "I'm learning to avoid saying you always do this when we argue",
    'instead of saying you never listen, I try to say I feel unheard',
    'the workbook says to avoid saying you make me angry and to own the feeling',
    "rather than saying you're overreacting, ask what happened",
  ],
);

kind(
  'hyperbolic praise: ruined for every other one',
  'blame',
  ['you ruined the party for me', 'you ruined every other relationship I had', 'you ruined me'],
  [
    'You ruined me for every other pie, Aunt Jo.',
    "you've ruined store-bought hummus for me forever, this is incredible",
    'honestly you ruined all other burgers for me',
    'you have ruined store-bought pesto for me, this is amazing',
  ],
);

kind(
  'an absolute that praises: the first dish gone',
  'absolutes',
  [
    'as usual, you forgot to call',
    'as usual your room is a mess',
    'as usual, you were the first one to leave early',
  ],
  [
    'as usual, your salad was the first dish gone',
    'as usual, your pie was the first thing to go',
    'as usual, your dip was the first dish to go',
    'as always, your toast had everyone in tears, the good kind',
  ],
);

kind(
  '"and another thing" opening a list of what is loved',
  'absolutes',
  [
    'and another thing: I hate how you chew',
    'and another thing, you never listen',
    "And another thing I can't stand is your attitude",
  ],
  [
    'and another thing I adore: the way you laugh at your own jokes',
    'And another thing I love about you is how patient you are with Dad',
    'and another thing i appreciate: you always save me the last cookie',
    'and another thing i admire is how calm you stay',
  ],
);

kind(
  'a label in fond teasing: a prank conceded, a mix-up laughed at',
  'contempt',
  [
    'you clown, you embarrassed me in front of everyone',
    "you're a mess",
    "you're a mess lol, I'm sick of it",
    "lmao you're such a clown",
    'you idiot, you broke my phone 😂',
    'you absolute muppet, you locked us out lol',
  ],
  [
    'you clown, you had me fooled with that rubber spider',
    'you muppet, you got me good with the rubber snake',
    "you numpty, you've put the milk in the cupboard 🤣",
    "you're a mess lol, socks with sandals",
    "you're such a mess lol",
  ],
);

kind(
  'a self-aware joke: "real mature" said of oneself or one\u2019s own question',
  'contempt',
  ['real mature.', 'wow, real mature of you', 'real mature, slamming the door'],
  [
    'Real mature question: who wants to build a blanket fort?',
    'real mature of me, I know, but I ate the frosting first',
    'Real mature idea: prank call Dad from the car?',
  ],
);

kind(
  'a swear in delight at someone\u2019s news or kindness',
  'heat',
  [
    'damn, you forgot my birthday again',
    'wtf, you ate my leftovers??',
    "holy shit, you're late again?!",
    'damn dude, you killed it, now the whole team hates us',
  ],
  [
    'holy crap you got the apartment?!',
    'damn, you made me a card! thank you so much',
    'wtf, you flew in for my graduation?? I love you',
    "holy shit, you're engaged?!",
  ],
);

kind(
  'a farewell to a thing, not a person: "see you never, carbs"',
  'absolutes',
  [
    'see you never, mom',
    'see you never, you never cared anyway',
    'bye, you never listen anyway',
    'you never call me',
  ],
  [
    'see you never, winter coats (spring is here)',
    'goodbye exam stress, see you never',
    'see you never, dial-up internet',
  ],
);

kind(
  'a limit on oneself: one more slice and I\u2019m done',
  'withdrawal',
  ["one more lie and I'm done", "one more excuse and I'm done", "one more time and I'm gone"],
  [
    "one more cookie and then I'm done",
    "one more episode and I'm done, promise",
    "one more song then I'm done",
    "one more slice of pie and I'm done",
  ],
);

kind(
  'sympathy: "sorry you have to…", not an order',
  'talking-down',
  [
    'Sorry, you have to deal with it',
    'you have to deal with it',
    'you have to deal with it and stop whining',
  ],
  [
    'Sorry you have to go through this',
    'so sorry you have to deal with all of it',
    'Sorry that you need to redo the forms, the portal ate them',
  ],
);
