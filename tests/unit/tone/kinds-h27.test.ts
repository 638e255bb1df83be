/**
 * Round h27: absolutes without "always" or "never" (lib/tone/rules/absolutes.ts) and the put-downs of
 * chats and threads (lib/tone/rules/standing.ts); each with warm, practical and self-directed uses
 * of the same words that must pass.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'absolutes by other words',
  'absolutes',
  [
    'you leave the lights on constantly',
    'you moan 24/7',
    'u cancel on me nonstop',
    "you haven't once asked how I am",
    "u didn't once call",
    'story of my life with u tbh',
    'you forgot again, like every other time',
    'here we go again with the attitude',
  ],
  [
    "you phone your mum constantly, it's so sweet",
    'we argue constantly about nothing lol',
    'when you think about it constantly it gets worse',
    'it sounds like you worry constantly about her',
    'you call me constantly, i miss you too',
    "you haven't once complained, you're a star",
    "like every other time we've been, the food was amazing",
    'without fail, you make me smile',
    'here we go again!! season 2 starts tonight',
    'here we go again lol, another monday',
    'every single time with you is special',
  ],
);

kind(
  'put-downs of chats and threads',
  'talking-down',
  [
    'congrats, you found out what we all knew',
    "that's wrong but adorable",
    'how old are you, five?',
    'go read a book',
    'have you ever even opened a book',
    'let the grown-ups handle it',
    'the grown-ups are talking',
    'stay in ur lane',
    'this is way above your pay grade',
    'welcome to the real world, kid',
    'im not ur personal google',
    "it's just basic common sense",
    'keep up already',
  ],
  [
    'cute that you thought of me ❤️',
    'I read a book about it, happy to lend it',
    'read a book, it is the best way to relax',
    'let the kids talk, they have great ideas',
    "I'm not your teacher anymore, call me Jo!",
    "I'm not your mum, but please wear a coat",
    'keep up the good work team',
    'keep up, we are almost at the top',
    'welcome to the real world! so proud of you on your first day',
    'how old are you now? time flies',
    'stay in your lane when you overtake',
    "congrats, you figured out the puzzle! you're a genius",
    "it's just common sense, wear a helmet",
    'I will use small words in the slides so the kids can follow',
    'use your brain for the crossword, I am stuck on 4 down',
    'educate yourself on the plans before you pick, I can send links',
    "it's not rocket science, I'll show you tomorrow :)",
    "I'm not going to explain it again in the meeting, I'll send notes",
  ],
);

describe('rewordings keep the person’s words', () => {
  it.each([
    ['you leave the lights on constantly', 'you leave the lights on a lot lately'],
    ["you haven't once asked how I am", "you haven't asked how I am"],
    ['you forgot again, like every other time', 'you forgot again'],
    ["that's wrong but adorable", "i don't think that's right"],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

// 94.6% caught, 2.9% warm flagged, 88.2% category right with the size-cut rules restored (round share 4 KB).
kindsSet('kinds-h27.tsv', { recall: 0.94, falseAlarms: 0.03, category: 0.88 });
