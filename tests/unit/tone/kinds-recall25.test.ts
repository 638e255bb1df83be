/**
 * Kinds of the h-recall25 round, written by construction (each in chat spelling, plain speech and
 * a work or public register): a bitter closer is no warmth; leaving a talk, a group or a deal;
 * a request counted ("the fourth time I've asked"); the same sour thing again; the right to a
 * feeling denied; the adult yardstick asked for; pseudo-inclusive "let's not get …"; a sworn
 * calm-down; priorities set for them; "too young to understand"; "what kind of <role> <does>…";
 * sarcastic "how very grown up of you". Sentences written for these tests, not taken from any corpus.
 */
import { describe } from 'vitest';
import { kind, rewordingCases } from './kinds';

// -- a bitter closer's praise is no warmth ------------------------------------------------------------
kind(
  'blame with a bitter closer: "hope ur happy", "hope you feel good about that", "nice going"',
  'blame',
  [
    'u ruined my whole birthday, hope ur happy',
    'you made me miss the last train, hope you feel good about that',
    "You're the reason the client walked, I hope you're proud of yourself.",
    'u wrecked my car, nice going',
  ],
  [
    "hope you're happy in the new flat!",
    "you're the reason I smile, hope you're happy too",
    'nice going on the marathon, so proud of you',
    'hope u feel good about the interview, u prepared so well',
  ],
);

// -- leaving a talk, a group, a deal ------------------------------------------------------------------
kind(
  'leaving with a slammed door or a flat farewell',
  'withdrawal',
  [
    "whatever, i'm logging off",
    "fine. I'm unsubscribing. Good luck with your newsletter.",
    "That's it, I'm leaving this group chat.",
    'ok cool, muting this thread from now on',
    "screw this, I'm out",
  ],
  [
    "I'm logging off for the night, love you all",
    "fine, I'm off to bed, night!",
    "I'm leaving the group chat, too many notifications lol",
    'muting this thread till my exams are over, wish me luck',
    "ok I'm off, see you tomorrow",
  ],
);
kind(
  'a group or the reader given up on, or done with',
  'withdrawal',
  [
    'i give up on this team tbh',
    "I've given up on you.",
    "I'm done with this thread, enjoy your little echo chamber.",
    "i'm so done with this group chat.",
  ],
  [
    'I almost gave up on you but you came through!',
    'I gave up on this puzzle lol',
    "I'm done with the project, finally",
    "I'm done with this class, submitted the final!",
  ],
);
kind(
  'a customer taking their business elsewhere',
  'withdrawal',
  [
    "We'll be taking our business elsewhere.",
    'fix it or im taking my money somewhere else',
    'I took my custom elsewhere after the third cancelled delivery.',
  ],
  ["I'd never take my business elsewhere, you guys are the best", 'we moved the business to a bigger office'],
);
kind(
  'sent off and told to keep off; silence until someone apologises',
  'withdrawal',
  [
    'go away and stop pinging me',
    'Go away and leave me be.',
    "I'm not talking to any of you until this gets sorted.",
  ],
  ['go away and have fun lol', 'go away and let me sleep 😴', 'stop tagging me in memes lol 😂'],
);

// -- absolutes ----------------------------------------------------------------------------------------
kind(
  'a request counted: "the fourth time I\'ve asked"',
  'absolutes',
  [
    "This is the third time I've asked for the invoice.",
    'this is the 5th time ive told u to lock the door',
    "that's the second time we've reminded you about the deadline",
  ],
  [
    "this is the third time I've watched this film and I still cry",
    "second time I've been to Rome and I love it even more",
  ],
);
kind(
  'the same sour thing again, with no "you" needed',
  'absolutes',
  [
    'same excuses as last week, unbelievable',
    "Same drama every Christmas, and I'm tired of it.",
    'same thing every friday, u go out and leave me with the dishes',
  ],
  [
    'same time every friday?',
    'same place as last year, it was lovely',
    'same thing as last time please, it was delicious',
  ],
);
kind(
  'a duty not done a single time, or a misdeed done every time',
  'absolutes',
  ["You haven't kept a single promise this month.", 'u ignore every message i send'],
  ["you haven't missed a single game, so proud", "you've been to every recital, thank you"],
);

// -- talking down -------------------------------------------------------------------------------------
kind(
  'the right to a feeling denied',
  'talking-down',
  [
    'ur not allowed to be mad at me for this',
    'You have no right to feel hurt, you said yes.',
    "You've got no right to be angry with the team.",
    'you had no right to get upset about it',
  ],
  [
    "you have no reason to be worried, you'll do great",
    "you're not allowed to be sad on your birthday 😘",
    'you have every right to feel upset',
  ],
);
kind(
  'the adult yardstick asked for: "try to act like an adult", "until you can speak like an adult"',
  'talking-down',
  [
    'try to act like an adult for one evening',
    "We'll discuss it when you can speak like an adult.",
    'learn to talk like an adult, then come back',
  ],
  [
    'my daughter can talk like an adult already',
    "you can act like an adult now that you're 18 😊",
    'I wish I could talk like an adult about money',
  ],
);
kind(
  'condescension: priorities, too young to understand, "let\'s not get hysterical", a sworn calm-down',
  'talking-down',
  [
    'u seriously need to sort ur priorities out',
    'You need to get your priorities in order.',
    "you're too young to understand how money works",
    "Let's not be so dramatic, shall we?",
    'lets not get emotional about a spreadsheet',
    'calm the hell down, it was one email',
    "I'm not going to hold your hand through every ticket.",
  ],
  [
    'i need to get my priorities straight lol',
    'helping my kid get her priorities straight',
    "let's not get too excited until the results are in",
    'you were too young to understand what was happening back then',
    "I'll hold your hand through the whole thing ❤️",
    'chill out tonight, you earned it',
  ],
);

// -- contempt -----------------------------------------------------------------------------------------
kind(
  'what kind of <role> does that: a role failed, asked as a verdict',
  'contempt',
  [
    "what kind of mother reads her kid's diary",
    'What sort of manager yells at interns in front of clients?',
    'what kind of company charges for returns',
  ],
  [
    'what kind of dog is that?',
    'what kind of boss does she want?',
    'what kind of teacher would you like to be?',
  ],
);
kind(
  'manners praised to sneer: "how very grown up of you", "real professional"',
  'contempt',
  [
    'leaving me on read, how very grown up of u',
    'Wow, real professional, cc-ing the whole department.',
    'how very mature of you',
  ],
  [
    'my son tied his shoes today, so grown up!',
    'you handled that client so well, very professional of you, thank you',
  ],
);
kind(
  'falseness and airs as a label: fake, petty, two-faced',
  'contempt',
  ['ur so fake its unreal', "You're being so petty about the parking space.", 'you are so two-faced'],
  ['this photo looks fake', 'is that a fake?', 'fake it till you make it!'],
);
kind(
  'a superlative fault with an "ever" clause after it',
  'contempt',
  ["you're honestly the rudest person I've ever shared an office with"],
  ["you're the best person I've ever worked with"],
);

describe('rewordings of the round', () => {
  rewordingCases([
    ['You have no right to feel jealous.', 'I know you feel jealous.'],
    ['you had no right to get upset about it', 'i know you were upset about it'],
  ]);
});
