/**
 * Round h30: talking down and absolutes between people who know each other (partners, family,
 * friends, flatmates, coworkers). Feelings dismissed ("stop making a scene", "you take everything so
 * personally", "move on, it's been a week"), condescension ("you're so cute when you try to argue",
 * "in words you'll understand", "leave it to the adults"), orders ("do as you're told", "learn some
 * manners", "don't take that tone with me") and tallies without always/never ("nothing is ever good
 * enough for you", "you do this literally every weekend", "late as per usual", "every. time."); each
 * with warm, practical and self-directed uses of the same words that must pass.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'feelings dismissed',
  'talking-down',
  [
    'stop making a scene',
    'can you please stop making a scene',
    'could u just stop causing a scene',
    'you take everything so personally',
    'why do you take things so personally',
    'you took it way too personally',
    "you're blowing it way out of proportion",
    "move on, it's been a week",
    'just move on, jeez',
    'time to move on, seriously',
  ],
  [
    'sorry for making a scene last night, I was exhausted',
    'the kids are making a scene at the park, send help haha',
    "please don't take it personally, the budget got cut",
    "it's ok to take it personally, it was personal",
    'let’s move on to the next item on the agenda',
    'move on to step 3 when the glue is dry',
    'time to move on from this job, wish me luck!',
    "it's not that deep, the pool, you can stand",
    "the lake isn't that deep here",
  ],
);

kind(
  'condescension',
  'talking-down',
  [
    "you're so cute when you try to argue",
    "ur adorable when u think you're right",
    "i don't expect you to understand",
    "I wouldn't expect you to get it",
    "Let me explain this in words you'll understand.",
    'leave it to the adults, ok?',
    'leave this to the grown-ups',
    'it isnt exactly brain surgery mate',
  ],
  [
    "you're so cute when you're sleepy",
    "you're adorable when you laugh",
    'let the grown-ups handle the fireworks, kids get sparklers 🎆',
    'leave it to me, I’ll sort it',
    "it's not rocket science, just takes practice, you're doing great",
    'use your head torch on the trail, it gets dark fast',
  ],
);

kind(
  'orders and lecturing',
  'talking-down',
  [
    "do as you're told",
    "just do what you're told for once",
    'learn some manners',
    'show some respect',
    "don't take that tone with me",
    'do not use that tone on me',
  ],
  [
    "do as you're told by the doctor and rest, ok? ❤️",
    'because I said so is what my mum used to say lol',
    'act your age? never, let’s go on the trampoline 😂',
    'the kids learn some manners at school',
    'don’t take that tone with the dog lol',
  ],
);

kind(
  'tallies without always or never',
  'absolutes',
  [
    'nothing is ever good enough for you',
    "nothing's ever right with u",
    'you do this literally every weekend',
    'u pull this every single time',
    'late as per usual',
    'rude as always',
    'every. time.',
    'here we go again',
  ],
  [
    'nothing is ever too much trouble for you, thank you',
    'you do this literally every weekend and I adore it, best brunches',
    'we go hiking literally every weekend and I love it',
    'late as usual, sorry guys, I’m on my way',
    'as per usual I forgot my umbrella',
    'every day',
    'every. single. time. 😂',
    'here we go again, another monday ☕',
    'for once I beat you to the coffee haha',
    'for once in my life I was early!',
    'same old story at work, how was your day?',
    "how many times do I have to say it: you're amazing",
    'not once have I regretted moving in with you',
  ],
);

describe('rewordings say what the person would send', () => {
  it.each([
    ['why do you take everything so personally', 'it seems this really hurt you'],
    ["move on, it's been a week", "i know this is still bothering you, it's been a week"],
    ['learn some manners', "i'd like us to be more respectful with each other"],
    ['late as per usual', 'late'],
    ['every. time.', 'this keeps happening, and it gets to me.'],
    ['you do this literally every weekend', 'you do this a lot, and it really gets to me'],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

kindsSet('kinds-h30.tsv', { recall: 0.97, falseAlarms: 0.02, category: 0.92 });
