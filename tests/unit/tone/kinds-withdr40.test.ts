/**
 * Withdrawal by construction (session 40, helper withdr40): each construction with hostile wordings in
 * three registers (a partner's text, a coworker's line, a stranger's comment) and warm twins that must
 * pass clean. Our own sentences, none taken from any corpus file; the probe set is
 * `tests/fixtures/corpus/kinds-withdr40.tsv`.
 */
import { describe, expect, it } from 'vitest';
import { first, flagged, kind } from './kinds';

kind(
  'the explanation refused: "not going to spell it out", "not gonna explain it to you again"',
  'withdrawal',
  [
    "If you still don't get why I'm hurt, I'm not going to spell it out.",
    'not gonna explain myself to you people a fourth time',
    "I won't justify my numbers to you again.",
    "i'm not dignifying that with a reply",
    'I refuse to discuss it with you any further.',
  ],
  [
    "Don't worry, I won't repeat it to anyone.",
    "I'm not explaining this very well, sorry, give me a sec",
    "I'm not gonna explain the twist, no spoilers!",
    "I won't repeat the whole recipe here, it's on the blog",
    "I'm not going to explain it yet, it's a surprise for your birthday",
  ],
);

kind(
  'an apology or excuse refused: "not interested in your excuses"',
  'withdrawal',
  [
    'not interested in your excuses, bye',
    'Not interested in your sob story.',
    "I'm not accepting that apology.",
  ],
  [
    "I'm not interested in your old sofa, but thanks for thinking of me",
    'not interested in the apology tour, just glad the show is back',
  ],
);

kind(
  'their want thrown back as a door: "you want space? fine"',
  'withdrawal',
  [
    'you want space? fine, have all of it',
    'U want to leave? Go. Nobody is stopping you.',
    'You need a break? Fine. You can have a long one.',
  ],
  [
    "You want space? Take all the time you need, I'm here.",
    'you need a break? take one, no rush at all',
    'you want to go? go, I will hold the fort and text you the score',
    'you want the last slice? fine, have it',
  ],
);

kind(
  'contact put off to my own time: "you\'ll hear from me when I\'m ready", "you won\'t be hearing from me"',
  'withdrawal',
  [
    "You'll hear from me when I'm ready.",
    "you'll hear from me when im ready to talk. not before",
    "You won't be hearing from me for a while.",
    "you won't hear from me until you say sorry",
  ],
  [
    "You'll hear from me when I'm ready to sign the lease, probably Monday.",
    "You won't hear from me till Sunday, no signal at the cabin!",
    "you won't hear from me for a while, exam week, wish me luck",
  ],
);

kind(
  'exposure held over them: "wonder what your wife would say if she saw this", "I have screenshots. Behave."',
  'withdrawal',
  [
    'Wonder what your husband would think if he read these messages.',
    "I've got the recordings. Think very carefully before you answer.",
    'I still have all the screenshots. Just so you know.',
  ],
  [
    'I wonder what your mum would say if she saw how tall you are now!',
    "I've got the screenshots of the receipt, just so you know it's sorted",
    'Your manager would be interested in how you fixed the outage, tell her!',
    'I still have the photos from the lake, remember that sunset?',
  ],
);

kind(
  'a choice demanded: "Choose: the band or me."',
  'withdrawal',
  ['Choose: your mates or me.', 'pick. me or the console', 'Choose: me or your job.'],
  [
    'Pick me or Sam?',
    'choose the red one or me, I honestly do not mind which',
    'pick me or Jo for the quiz team, we both know the flags',
  ],
);

kind(
  '"we\'re done talking (about this)" as the whole sentence',
  'withdrawal',
  ["We're done talking about this.", "we're done arguing. Pack a bag."],
  [
    "we're done talking, dinner's ready!",
    "we're done talking about the budget, the rest is easy",
    "We're done arguing, we hugged it out 🥰",
  ],
);

kind(
  'sent to someone who cares, "I\'m out" after an order, removing myself from a group',
  'withdrawal',
  [
    'nah im good, talk to someone who cares',
    'Go shout at a wall, I’m out.',
    "I'm removing myself from this group chat.",
  ],
  [
    'honestly, talk to someone who cares about you, like a counsellor',
    'ok, go to sleep, I’m out too',
    'I removed myself from the group chat because of the notifications lol',
  ],
);

kind(
  'a task handed back "from now on", "not my job anymore" with the job handed on',
  'withdrawal',
  [
    'Book your own train tickets from now on.',
    'Sort the invoices yourself from now on.',
    'not my job anymore, ask someone else',
    'Not my problem anymore, you deal with it.',
  ],
  [
    'Take care of yourself from now on, ok?',
    'Treat yourself from now on, you have earned it',
    'Not my problem anymore, my landlord finally fixed the heater',
    'not my job to judge, you do you',
  ],
);

describe('rewordings keep the point and replace the whole door', () => {
  it.each([
    [
      'you want space? fine, have all of it',
      /^i'm hurt, and i need some time\. can we talk when we're both calmer\??$/i,
    ],
    [
      "I'm not going to spell it out.",
      /^I'm too frustrated to go over this again right now\. Can we talk later\?$/,
    ],
  ])('%s', (text, want) => {
    const out = first(text);
    expect(out).toMatch(want);
    expect(flagged(out)).toBe(false);
  });
});
