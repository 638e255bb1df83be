/**
 * Kinds of the h-recall26 round, written by construction in several registers (chat spelling, plain
 * speech, work or public life): a plural "you" ("you guys", "you lot", "you people", "y'all", "you
 * all") as the subject of blame, contempt or talking down reads as "you". Sentences written for
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
  'a sanction set on a condition: cancelling, reporting, grounded, fired, something taken away',
  'withdrawal',
  [
    'if this isnt sorted by monday im cancelling my subscription',
    'If the refund is not processed by Friday, I will be cancelling my account.',
    'if nobody replies by 5 i’m reporting this to the council',
    'if ur late to practice again ur off the team',
    'if you lie to me again you’re sleeping on the couch',
    'do that again and ur grounded',
    'Fix the invoice by Monday or I’m cancelling the contract.',
    "if you don't apologise I'm telling mum",
    'u can forget about ur birthday party',
    'You can forget about the bonus this year.',
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

// -- "it's because you didn't…": what went wrong pinned on a failure of theirs ----------------------------
kind(
  "a cleft pinning it on a failure of theirs: \"it's because you didn't / never / couldn't…\"",
  'blame',
  [
    "it's because you didn't listen",
    'its cuz u never check ur phone',
    "It's only because you wouldn't answer your phone.",
    'Honestly, this happened because you didn’t check the logs.',
  ],
  [
    "it's because you didn't know, no worries",
    "it's because you never gave up that you won",
    "it's because you couldn't make it, so we rescheduled",
    "it's because you didn't have time, totally fine",
  ],
);

describe('the cleft is reworded as a whole', () => {
  it("\"it's because you didn't listen\" becomes the writer's own words", async () => {
    const { rewrite } = await import('../../../lib/tone/rewrite');
    const out = rewrite("it's because you didn't listen");
    expect(out.edits).toBeGreaterThan(0);
    expect(out.text).not.toMatch(/^it's,/);
    expect(detect(out.text, { sensitivity: 'balanced' }).findings).toEqual([]);
  });
});

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
