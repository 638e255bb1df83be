/**
 * Round h25: the reproach after the fact and the question that accuses (lib/tone/rules/reproach.ts).
 * Hindsight said as a lesson, accusing the other of evading, and the question that is a verdict;
 * each with warm and practical uses of the same words that must pass.
 */
import { describe, expect, it } from 'vitest';
import { first, flagged, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'hindsight said as a lesson',
  'talking-down',
  [
    'you should have checked the weather before dragging us out here',
    'u shoulda asked before taking my charger',
    'You should have listened when I said it was broken.',
    'you could have just told me the truth',
    'did it not occur to you to text me?',
    'has it ever occurred to you that I have a job too',
    'next time, read the email before you reply all',
    'try looking at the calendar before you make plans for both of us',
  ],
  [
    'you should have seen the sunset tonight, unreal',
    'you should have received the link by now, shout if not',
    "you should've told me, I'd have brought extra blankets",
    'you could have the window seat if you like',
    'next time, bring your guitar!',
    'try looking at it from the left side, the colours change',
    'I should have checked the forecast, sorry everyone',
  ],
);

kind(
  'accusing the other of evading',
  'blame',
  [
    'you dodged my question again',
    "you're ignoring the point and you know it",
    'stop deflecting, this is about what you said',
    'nice deflection.',
    'way to dodge the question',
    'you still haven’t replied to me',
    "don't turn this around on me",
  ],
  [
    'you dodged that puddle like a pro 😂',
    'sorry I dodged your question earlier, the answer is yes!',
    'stop deflecting praise, you were brilliant',
    'still waiting for the plumber, ugh',
    'you still haven’t tried the new bakery? we have to go',
  ],
);

kind(
  'the question that is a verdict',
  'contempt',
  [
    "what's with the attitude today?",
    'is there a reason you never pick up when I call?',
    'any reason you blocked me?',
    'since when is it acceptable to go through my bag',
    'who told you that you could borrow my car',
    'what makes you think you get to decide for me?',
    'do you have any idea how long I waited for you?',
    'where did you get the idea that I would be ok with this?',
    'what gives you the right to talk to my mum like that',
  ],
  [
    "what's with the weather lately, it's so warm",
    'is there a reason to book early? first time going',
    'any reason you didn’t come? we missed you!',
    'since when do you like jazz? 😄',
    'who told you about the surprise?? it was meant to be secret',
    "what makes you think it's the fuse?",
    'do you have any idea when the shop opens?',
    "where did you get the idea for the costume? it's brilliant",
  ],
);

describe('rewordings keep the person’s words', () => {
  it.each([
    ['you should have checked before posting', "i wish you'd checked before posting"],
    ['You could have simply checked the FAQ.', "I wish you'd checked the FAQ."],
    ['did it ever occur to you to ask first?', 'next time, could you ask first?'],
    ['would it have killed you to text back', "i'd have really liked you to text back"],
    ['maybe try googling it first', 'could you google it first?'],
    [
      'Is there any reason you ignored my email for a week?',
      'I noticed you ignored my email for a week. Can we talk about it?',
    ],
    ['since when is it ok to take my stuff', "i don't think it's ok to take my stuff"],
    ['since when are you allowed to read my messages?', "i'm not ok with you reading my messages."],
    ['who said you could use my car', "i'd like you to ask me before you use my car"],
    [
      'Do you have ANY idea how embarrassing that was for me?',
      "I'm not sure you realise how embarrassing that was for me.",
    ],
    ['what makes u think ur above the rules', "i don't think ur above the rules"],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

kindsSet('kinds-h25.tsv', { recall: 0.9, falseAlarms: 0.03, category: 0.85 });

describe('"do you have a clue" + a question word asks for help', () => {
  it.each([['do you have a clue where I left my keys lol'], ['does he have a clue how to fix the tap?']])(
    'passes %s',
    (text) => {
      expect(flagged(text)).toBe(false);
    },
  );
  it.each([['do you even have a clue how much that cost'], ['do you have a clue?']])('flags %s', (text) => {
    expect(flagged(text)).toBe(true);
  });
});
