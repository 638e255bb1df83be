/**
 * Sets of the context-invariance test (context-invariance.test.ts), written by hand for it (none
 * is taken from a corpus file). A hostile message caught alone must stay caught with a warm or
 * neutral sentence before or after it; a warm message that passes alone must still pass after a
 * neutral sentence. Kept apart from the test so a script can measure them too.
 */
import type { Category } from '../../../lib/tone/types';

/** Hostile messages, each caught alone at balanced, by the category it is written for. */
export const HOSTILE: Array<[Category | 'heat', string[]]> = [
  [
    'blame',
    [
      'Because of you we missed the flight.',
      'This is all your fault.',
      'You ruined the whole evening.',
      'Thanks to you I lost my deposit.',
      "You're the reason the launch failed.",
      "It's your fault the dog got out.",
      'You did this to us.',
      'Look what you did to my car.',
      'All of this is on you.',
      "Because of you I can't sleep at night.",
      'You made me miss my own sister’s wedding.',
    ],
  ],
  [
    'absolutes',
    [
      'You never listen to me.',
      'You always do this.',
      'You never help with anything around here.',
      'You always have to be right.',
      'Every single time you let me down.',
      'You always forget my birthday.',
      'You never keep your promises.',
      "You're always late.",
      'You never once asked how I was doing.',
      'You always make everything about yourself.',
      // Round h21: one-word beats of repetition.
      'You do this. Every. Single. Time.',
      'Typical. You cancel again.',
      "You're late. Again.",
      'you forgot the milk. again.',
    ],
  ],
  [
    'contempt',
    [
      "You're an idiot.",
      'You are so pathetic.',
      'What a stupid thing to say.',
      "You're a complete waste of space.",
      'You disgust me.',
      'Only a moron would do that.',
      "You're such a loser.",
      "You're worthless.",
      'Your plan is garbage.',
      'You clown, you broke it again.',
      "You're a spineless coward.",
    ],
  ],
  [
    'talking-down',
    [
      "Calm down, it's not that deep.",
      'Are you really this dense?',
      'Let me explain it slowly so even you can follow.',
      'Use your brain for once.',
      'Do I have to spell it out for you?',
      'Grow up.',
      "You're overreacting again.",
      "Sweetie, that's not how taxes work.",
      'Try to keep up.',
      'Even a child could figure that out.',
    ],
  ],
  [
    'withdrawal',
    [
      "Don't ever talk to me again.",
      "We're done.",
      'Leave me alone.',
      "I'm done with you.",
      "Don't bother calling me.",
      "Forget it, I don't care anymore.",
      'Lose my number.',
      "I'm blocking you.",
      'Never contact me again.',
      "Don't text me.",
    ],
  ],
  [
    'heat',
    [
      'WHERE ARE YOU',
      'ANSWER ME',
      'Are you kidding me?!?!',
      'WHAT IS WRONG WITH YOU',
      'Why would you do that??!!',
      'STOP CALLING ME',
      'I TOLD YOU TO STOP',
      'GET OUT OF MY ROOM',
      'What the hell were you thinking?',
      'Fuck off.',
      'This is such bullshit.',
      'WHY DID YOU LIE TO ME',
    ],
  ],
];

/** Warm or neutral sentences put before a hostile message (each ends in a space). */
export const BEFORE: string[] = [
  'Love you. ',
  'Thanks for the photos. ',
  'They came out great. ',
  'Congrats on the new job! ',
  'That was hilarious lol. ',
  'Sorry I was late. ',
  'See you at six. ',
  'The train gets in at five. ',
  'I miss you. ',
  'We got the house! ',
  'Happy birthday! ',
  "You're the best. ",
  'Thank you so much for dinner. ',
  "Haha that's amazing. ",
  'Dinner at mine Friday? ',
  "I'm so proud of you. ",
  'Good news, I passed! ',
  'I picked up milk on the way home. ',
  // A stance opener (round h21): "I" here is the writer framing what follows, not a sentence about oneself.
  'I mean, ',
];

/** Warm or neutral sentences put after a hostile message (each starts with a space). */
export const AFTER: string[] = [
  ' Love you.',
  ' Thanks for dinner.',
  ' See you at six.',
  ' Congrats again!',
  ' Haha.',
  ' We got the house!',
  " I'm so proud of you.",
  ' Will call you after work.',
  // Round h21: a cheer for the reader's own news answers no finding before it.
  ' So proud of you.',
  ' Thanks for the lift.',
];

/** Warm messages, each clean alone at balanced, some with a trigger word used warmly. */
export const WARM: string[] = [
  'OMG YOU PASSED THE BAR!!! So proud of you!!',
  'WE GOT THE APARTMENT!!! Come see it this weekend!',
  'Because of you I finally get fractions. Thank you for being so patient with me.',
  'Holy crap, you finished a marathon? Incredible!',
  'Damn, that is amazing news, congrats!!',
  'Fuck yes!!! She said yes!!!',
  'Love you, dork.',
  "You're always so generous with your time.",
  'You never fail to make me laugh.',
  "I'm done! The last box is unpacked. Come over for pizza?",
  'Leave me alone, I am in the zone lol. Will call you after.',
  "Don't talk to me until I've had my coffee 😂",
  'Calm down everyone 😂 the cake is on its way.',
  'Sorry!! Still on the bus, keep a seat for me.',
  "You're the reason I bought four cookbooks 😂",
  'The villain in that show is such a jerk, I love hating him.',
  'This stupid zipper broke again lol. Fixed it with a paperclip.',
  'You jerk, you went to the bakery without me 😂',
  "You're ridiculous, in the best way.",
  'Thank you for the flowers, they made my whole week.',
  'Congrats on the promotion, you earned it.',
  'Happy birthday! Hope your day is lovely.',
  'Can you pick up bread on the way home?',
  'The meeting moved to Thursday at ten.',
  "I'll be there by seven, traffic permitting.",
  'We had such a lovely time at the lake.',
  'Thanks so much for looking after the cat.',
  "I'm proud of how hard you worked this year.",
  'Sorry I missed your call, call me back when you can.',
  'Can we talk tonight? I miss you.',
  'That joke had me crying laughing.',
  'Dinner was delicious, you have to send me the recipe.',
  'Good luck at the interview tomorrow!',
  "Let's plan the trip this weekend.",
  'The kids loved the puzzle you sent.',
  'I got the tickets, row five!',
  'Take your time, no rush at all.',
  'Shit, I forgot it is your birthday tomorrow. What do you want to do?',
  'You are always there for me, thank you.',
  'Calm down, it is just a surprise party haha. You will love it.',
  'Just kidding, I loved it. You are the best.',
  'See you soon, drive safe.',
];

/** Neutral sentences put before a warm message (each ends in a space). */
export const NEUTRAL_BEFORE: string[] = [
  'Quick update. ',
  'Just got home. ',
  'Hi Sam. ',
  'The bus was on time today. ',
  'I read your message. ',
  'It rained all morning here. ',
];
