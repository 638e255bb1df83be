/**
 * Kinds of the h-recall26 round, written by construction in several registers (chat spelling, plain
 * speech, work or public life): a plural "you" ("you guys", "you lot", "you people", "y'all", "you
 * all") as the subject of blame, contempt or talking down reads as "you"; a sanction set on a demand
 * not met; "support", "legal", "help", "promise" that are no warmth. Sentences written for
 * these tests, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone/index';
import { kind } from './kinds';

// -- a plural "you" as the subject ---------------------------------------------------------------------
kind(
  'blame with a plural "you" as its subject',
  'blame',
  [
    'you guys made me miss my bus again',
    'Honestly, you all ruined the whole weekend for me.',
    'yall made me look like a fool in front of everyone',
    'As usual, you people made us miss the release deadline.',
  ],
  [
    'you guys made my whole week, thank you',
    'y’all made dinner so nice last night',
    'you all made this launch possible, proud of this team',
  ],
);

kind(
  'absolutes with a plural "you" as its subject',
  'absolutes',
  [
    'you people always ignore my tickets',
    "y'all never listen to a word i say",
    'Once again you lot never reply to the parents’ emails.',
  ],
  [
    'you guys always know how to cheer me up',
    'y’all never fail to make me laugh',
    'you all always bring such good snacks to the meeting ❤️',
  ],
);

describe('a plural "you" that is no subject is left as it was', () => {
  it('thanks and greetings addressed to a group pass clean', () => {
    for (const t of [
      'thank you guys so much for coming',
      'love you all, see you people tomorrow',
      'you guys are the best',
      "y'all are amazing",
    ])
      expect(detect(t, { sensitivity: 'balanced' }).findings, t).toEqual([]);
  });
});

// -- a sanction set on a condition -----------------------------------------------------------------------
kind(
  'a sanction set on a demand not met: cancelling, reporting, escalating',
  'withdrawal',
  [
    'if this isnt sorted by monday im cancelling my subscription',
    'If the refund is not processed by Friday, I will be cancelling my account.',
    'if nobody replies by 5 i’m reporting this to the council',
    'if u dont pay me back by friday im reporting u',
    "If you don't refund me I will be escalating this.",
  ],
  [
    "if you want, I'm cancelling the booking for us",
    "if it doesn't stop raining by noon we're cancelling the picnic",
    "If you're free tomorrow I'm cancelling my gym class to see you",
    'we can go now or I’ll call mum later',
    'one more game and I’m calling mum for pickup',
    'you can forget about the meeting, it got moved',
    'you can forget about the dishes, I did them',
    'if you need anything, I’m calling mum later anyway',
    "if you can't make it I'm cancelling the booking, no stress",
    'if ur mum asks, im cancelling the dinner',
  ],
);

// -- words of warmth that only name a role, a denied help or their promise --------------------------------
kind(
  'a complaint whose "support", "legal", "help" or "promise" is no warmth',
  'absolutes',
  [
    'as usual, nobody from support answered',
    'once again nobody from legal replied',
    'u promise every single time and never turn up',
    'As usual the help desk ignored my ticket.',
  ],
  [
    'as usual, support was amazing and fixed it in minutes',
    'once again the help desk sorted it right away, love them',
    'I promise I’ll be there every time you need me',
  ],
);
