/**
 * Round recall39: hostility between people who know each other, said without the trigger words
 * (grudges.ts, coldness.ts, rebuffs.ts, slights.ts, ledger.ts, addressed.ts). Our own sentences,
 * several wordings a kind; warm twins share the words and must pass.
 */
import { describe, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

const KINDS: [string, string, string[], string[]][] = [
  [
    'keeping score without "always"',
    'absolutes',
    [
      "Not that anyone's counting, but that's the fourth takeaway I've paid for.",
      "I'm counting, you know.",
      'been keeping track btw.',
    ],
    [
      "I'm counting down the days till you're home!",
      "I'm keeping track of the receipts so we can split it later.",
      "I've tried all the cafés in town and you can't beat this one.",
      "I've had three coffees and you couldn't pay me to have another, lol",
    ],
  ],
  [
    'the martyr, said quietly',
    'blame',
    [
      "Go ahead, it's not like I matter.",
      'not like my feelings count anyway',
      'I cooked all day while you were at the pub. hope it was worth it.',
      "but sure, I'm the one who overreacts.",
      "and apparently I'm the bad guy.",
    ],
    [
      "It's not like I mind, honestly, take your time!",
      'I hope it was worth the wait, the photos look amazing!',
      "I'll just be the one who brings snacks then 😄",
      "Sure, I'm the one with the spare key, I'll let them in.",
    ],
  ],
  [
    'the comparison and the verdict dressed as advice',
    'contempt',
    ['Everyone else manages fine, so the problem is you.', 'Nice plan, Einstein.', 'oh, great argument.'],
    [
      "She's brilliant at it, ask her how she does it!",
      'The problem is your battery, not the charger.',
      'Great argument in the paper today, really clear.',
      'Great idea, love it!',
    ],
  ],
  [
    'feelings mocked',
    'talking-down',
    [
      'Did the group chat bruise your delicate ego?',
      'must be tiring being you',
      'Your opinion has been noted and binned.',
      'you cried at an advert. grown adult btw',
      'Do you want a participation medal for turning up?',
    ],
    [
      "It must be exhausting being you right now, I'm sorry, call me anytime.",
      "My tiny nephew's little feelings were hurt when the balloon popped, bless him ❤",
      'The kids all got participation medals and were thrilled 🎉',
      "I'm a grown adult and I still love cartoons",
    ],
  ],
  [
    'silence said sideways',
    'withdrawal',
    ['You know why.', 'This relationship is going nowhere.'],
    [
      'Sorry for the radio silence, work has been mad!',
      "You won't hear from me for a bit, I'm at the cabin with no signal 😊",
      'You know why? Because you care so much.',
      "I'm going to go quiet for an hour to cool off. Can we talk after dinner?",
      'The traffic is going nowhere, be there in 20',
    ],
  ],
  [
    'an adult ordered about',
    'talking-down',
    ["I don't want to hear another excuse.", 'Not a negotiation.'],
    [
      "Don't open the box until I say so, it's a surprise!",
      "It's a suggestion, not a request.",
      "I'd love to hear what you think before you decide.",
      'Can you stop talking about work and come to bed? 😘',
    ],
  ],
  [
    'leaving held over them, and telling others',
    'withdrawal',
    [
      "Let's see how you cope without me.",
      'Carry on like this and I quit.',
      'Pay it back or your boss finds out.',
    ],
    [
      "Let me know how you cope on your own, I'm only a call away.",
      "Don't be surprised if I'm a bit late, the train's slow.",
      'I still have the photos from the wedding, want copies?',
      'Should I tell your dad the good news or will you?',
      'Dad would be interested to hear how you got on at the interview.',
    ],
  ],
  [
    'an apology refused',
    'withdrawal',
    ["sorry won't bring back the money", 'Your apology is worth nothing to me.', "I don't buy your apology."],
    [
      "I know sorry can't bring back the weekend, but I am sorry.",
      'Your apology means a lot, thank you.',
      'That new charger solves everything!',
    ],
  ],
  [
    'thanks turned round',
    'contempt',
    [
      'Thanks for telling Mum before I could.',
      'cheers for leaving the tank empty.',
      "Thanks for the advice, I'd have been lost without it.",
    ],
    [
      'Thanks for the map, it really helped.',
      'Cheers for looping Dan in, saves me a call.',
      'Thanks for emptying the dishwasher!',
    ],
  ],
  // Phase 2 (after reading the second half of devtrain-s28-j).
  [
    'their memory doubted, their feelings called an act',
    'talking-down',
    ["stop rewriting history, that's not what happened", 'quit the sad face'],
    [
      'I got my head checked at the clinic, all clear!',
      'The history teacher is rewriting the syllabus this year.',
      "It's hard to stop pretending to be fine, I get it. I'm here.",
    ],
  ],
  [
    'the letdown expected, praise that talks down',
    'contempt',
    ['Did you write that all by yourself?'],
    [
      'bless your heart for helping me move',
      "This is perfect for someone who can't cook, like me!",
      'Bless you, get well soon x',
    ],
  ],
  [
    'the case built from old times',
    'absolutes',
    ['This is the birthday all over again.', 'I stopped counting at six.', 'Why am I even surprised.'],
    [
      "It's like the first date all over again!",
      'I lost count of the stars, there were so many ❤',
      'Should I go on with the story? 😊',
    ],
  ],
  [
    'the door shut on the talk',
    'withdrawal',
    ['Take it up with someone who cares.'],
    [
      "I'm someone who cares about you, you know that.",
      'Who is driving, you or me?',
      "We're not doing this again next year, the venue was too small.",
    ],
  ],
];

for (const [name, category, hostile, warm] of KINDS) kind(name, category, hostile, warm);

describe('the rewordings read clean', () => {
  it.each(KINDS.flatMap(([, , hostile]) => hostile.map((t) => [t])))('%s', (text) => {
    rewordsClean(text);
  });
});
