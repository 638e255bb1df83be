/**
 * Kinds of the kinds28 round: work and public life (coworkers, customers, neighbours, strangers
 * online), written by construction in several registers (chat spelling, plain speech, formal or
 * work mail), each with twins that must not change: warm twins of a recall kind stay clean. Our own
 * sentences, none taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone/index';
import { first, kind, rewordsClean } from './kinds';

// -- heat: swear words in their short and masked forms -----------------------------------------------
kind(
  'a masked swear word in the possessive, capital "BS" as a noun of scorn, "the f" after a question word',
  'heat',
  [
    "for f***'s sake, can someone restart the build server",
    "For f**k's sake, the invoice was due in March.",
    'this is BS, the refund never came',
    "That's total BS and everyone on this call knows it.",
    'who the f left the fire door open again',
    'why the f would u merge that on a friday',
    'How the f did the order ship to the wrong city?',
  ],
  [
    'I have a BS in chemistry and an MS in materials',
    "what's BS stand for on this form?",
    'the f key on my keyboard is stuck',
    'she got an f on the quiz but she is fine with it',
  ],
);

kind(
  'an oath of exasperation with stacked marks',
  'heat',
  [
    "for heaven's sake, the link is in the first reply!!!",
    "For Pete's sake, the meeting was moved to Thursday!!!",
    'for crying out loud, the parcel has been sitting there a week!!!',
    'Jesus Christ, answer the email already!!!',
  ],
  [
    "for goodness' sake, you look amazing!!!",
    'jesus christ, that was close!!!',
    'Jesus Christ is risen!!!',
    'for heaven’s sake, congrats!!! so proud of you',
  ],
);

// -- contempt: praise of a fault at its worst ----------------------------------------------------------
kind(
  'mock congratulations on a superlative fault',
  'contempt',
  [
    'congrats on the most useless reply I have read all year',
    'Congratulations on the laziest handover this team has ever seen.',
    'bravo on ur dumbest tweet yet',
    'kudos for the worst handover in company history',
    'well done on your most selfish move so far',
  ],
  [
    'congrats on the biggest launch of the year!',
    'congrats on the most important win of your career',
    'congrats on the worst week being over, you made it!',
    'congrats on the craziest comeback ever',
    'well done on the hardest exam of the term!',
  ],
);

kind(
  'the reader put in a group, and the group run down',
  'contempt',
  [
    'landlords like you are the worst',
    'Honestly, managers like you ruined this company.',
    'ppl like u wreck every thread lol no',
    'because of people like you the queue is a mess',
    'the vote went badly, voters like you are a disgrace',
  ],
  [
    'people like you make this forum worth reading',
    'we need more people like you',
    'people like you who are new should read the pinned post',
    'nurses like you fight so hard for patients',
    'it sounds like you had a rough shift',
    'he talks like you when he is tired',
    'because of people like you the shelter stays open',
  ],
);

// -- absolutes -----------------------------------------------------------------------------------------
kind(
  'never owning a fault',
  'absolutes',
  [
    'you never admit you were wrong, not once in this whole thread',
    'You have never admitted it was your mistake.',
    'u never admit ur wrong, not even once',
    'you would never admit you messed up the rota',
  ],
  [
    'you never admitted you were scared, and that is ok',
    'you never admitted it but you were the best player on the team',
    'you never admit anything, such a good poker face',
    'you never admitted you were wrong but you made it right, thank you',
  ],
);

kind(
  '"every" + a noun + "you" + a verb, judged badly',
  'absolutes',
  [
    'every comment you leave is negative',
    'Every report you submit is late.',
    'literally every pr u open is a mess',
    'each post you make ends in an argument',
  ],
  [
    'every photo you post is gorgeous',
    'every comment you leave makes my day',
    'every mistake you make is a lesson',
    'every song you write is sad and I love it',
    'is every ticket you closed done?',
  ],
);

// -- blame ---------------------------------------------------------------------------------------------
kind(
  'the fault of their side or their own',
  'blame',
  [
    "This is entirely your department's fault.",
    "it's your team's fault we missed the window",
    'ur own fault tbh',
    "Frankly, it's your company's fault that the order never arrived.",
  ],
  [
    "it's not your team's fault",
    "honestly it's not your department's fault at all",
    "was it your team's turn to host?",
    'your team’s work on this was brilliant',
  ],
);

kind(
  'a work or public outcome gone wrong, caused by "you"',
  'blame',
  [
    'the release slipped because you sat on the review for a week',
    'We got fined because you parked on the verge again.',
    'the deploy got delayed bc u sat on it for a week',
    'the server crashed because you ran the migration twice',
    'our patch got reverted because you pushed it without tests',
  ],
  [
    'the flight was delayed because you were sick, no worries',
    'I was embarrassed because you praised me in front of everyone',
    'the release slipped because the vendor was late',
    'the server crashed because of a power cut, not anything you did',
  ],
);

// -- withdrawal ----------------------------------------------------------------------------------------
kind(
  'a sanction on a wrong done once more, or a demand not met',
  'withdrawal',
  [
    "if you spam the chat again we're reporting the account",
    "If the landlord ignores this one more time I'm taking you to court.",
    'if u tag me again im reporting u',
    "If the deposit isn't returned by Friday I'm taking you to small claims.",
  ],
  [
    "if you need a lift again I'm happy to drive",
    "if we go again I'll report back on the food",
    "if you want to come again I'll cancel my other plans",
    "if you don't answer, I'll report back to mum that you're fine",
  ],
);

describe('rewordings of the new findings read as a person would send them', () => {
  it.each([
    [
      'honestly the only reason the launch slipped is because you sat on it',
      "honestly the launch slipped, and i'm upset about it",
    ],
    ['every comment you leave is negative', 'a lot of the comments you leave are negative'],
    ['Every reply you post ends in an argument.', 'A lot of the replies you post end in an argument.'],
    ['Every review you write is a rant.', 'A lot of the reviews you write feel like a rant.'],
    ['this is BS, I paid for express', 'this is nonsense, I paid for express'],
    [
      "If the deposit isn't returned by Friday I'm taking you to small claims.",
      "I'd be really unhappy if the deposit isn't returned by Friday. Can we sort it out?",
    ],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

describe('"X like you are the reason…" stays blame, not the group label', () => {
  it.each([
    'people like you are the reason this office is chaos',
    'managers like you are really the reason staff quit',
  ])('%s', (text) => {
    expect(detect(text).findings.map((f) => f.category)).toEqual(['blame']);
  });
});
