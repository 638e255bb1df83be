/**
 * Contempt said about the person, round lexa31: constructions found by a probe written before any
 * dev row was read (a label sharpened by its result clause, a mind asked after as a machine gone
 * missing, what they do likened to a child or an animal, what they are said to lack, anything of
 * theirs called a joke). Each with wordings written for these tests; warm near-twins pass clean.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, rewordsClean } from './kinds';

kind(
  'a label sharpened by its result clause: "you\'re so lazy it\'s honestly impressive"',
  'contempt',
  [
    "you're so careless it's honestly impressive",
    'ur so boring its painful',
    "you are so petty it's actually embarrassing",
    "you're so useless it's almost laughable",
  ],
  [
    "you're so talented it's unreal",
    "you're so organised it's honestly impressive",
    "you're so silly it's adorable",
    "you're so stressed it's scary, please rest",
    "you're so weird it's impressive lol",
  ],
);

kind(
  'a mind asked after as a machine or a worker gone missing: "did your brain take the day off"',
  'contempt',
  [
    'did your brain take the day off again',
    'is ur brain on vacation or what',
    'did your brain glitch halfway through that email',
    'was your brain on autopilot when you booked this',
  ],
  [
    'let your brain take the day off, you earned it',
    'my brain took the day off lol',
    'did your head take a knock? are you ok',
    'is your brain on fire with ideas today',
  ],
);

kind(
  'what they do likened to a child or an animal: "you write like a toddler", "did a toddler write this?"',
  'contempt',
  [
    'you spell like a toddler',
    'u drive like a 5 year old',
    'your report reads like it was written by a monkey',
    'did a toddler code this',
    'you argue like a toddler',
  ],
  [
    'you sleep like a baby',
    'you laugh like a little kid and I love it',
    'I eat like a pig when I am stressed',
    'my kid eats like a pig',
    'this book was written by a kid, you should read it',
    'you write like a pro',
  ],
);

kind(
  'what they are said to lack: "you have zero common sense", "more manners than you"',
  'contempt',
  [
    'you have no spine',
    "you've got zero decency",
    'u lack basic integrity',
    'my cat has more sense than you',
    "patience clearly isn't your strong suit",
    "is there anything you're actually good at",
    "is there anything you don't ruin",
  ],
  [
    'you have no reason to worry',
    'you have no class tomorrow',
    'you have no skill points left',
    'you have so much common sense',
    'she has more talent than you think',
    "don't worry if cooking isn't your strong suit, I'll help",
    "maths isn't my strong suit",
    'is there anything you need?',
    "is there anything you can't do?",
    'is there anything you can do right now to help',
  ],
);

kind(
  'anything of theirs called a joke, or a so-called thing judged: "your taste in music is a joke"',
  'contempt',
  ['your whole setup is a joke', 'ur taste in films is a disgrace', 'your so-called plan is pathetic'],
  [
    'your joke was a good one',
    'my taste is a joke lol',
    'your so-called friend is amazing',
    'your dad is a joke teller',
  ],
);

kind(
  'a two-word label with "walking" or "total" before it: "ur a walking liability", "you\'re a fraud"',
  'contempt',
  ["you're a walking red flag", 'ur a total doormat', 'you are a fraud', "you're such a cheapskate"],
  [
    "you're a walking encyclopedia",
    "you're not a fraud, you earned this",
    "you're a real disaster in the kitchen haha",
    'I feel like a fraud at work',
  ],
);

describe('rewordings of these kinds read as written by a person', () => {
  it.each([
    ["you're so careless it's honestly impressive", "i'm really frustrated with you right now"],
    // Said by what it mocks since session 41 (rewording-kinds-reword41-s41).
    ['u drive like a 5 year old', "i'm not a fan of how u drive"],
    ['you act like a child', "i'm finding the way this is going really hard right now"],
    ['your channel is a joke and so are you', 'your channel really upsets me, and so do you'],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});
