/**
 * Talking down as people write it (session 44, helper talk44): how a thing works named as what they
 * lack ("you don't get how phones work", "learn how git works first"), obedience asked ("do what I
 * asked and stop asking questions"), "learn to take criticism", "hormonal" as a waved-off feeling, an
 * order measured against an adult ("…, like an adult would") and a trouble shrunk with the feeling
 * waved off ("deep breaths, it's a toaster, not a tragedy"). Our own sentences, none taken from any
 * corpus file; the probe set, written before the rules, is `tests/fixtures/corpus/kinds-talk44.tsv`.
 * Warm twins must pass clean.
 */
import { describe, it } from 'vitest';
import { kind, kindsSet, rewordsClean } from './kinds';

kind(
  'how a thing works, as what they lack',
  'talking-down',
  [
    "you don't get how a mortgage works, leave it to me",
    "grandad you literally don't know how the remote works",
    'learn how the build works before you touch the pipeline',
    'you should have learned how the rota works by now',
  ],
  [
    "don't worry if you don't get how it works yet, it took me weeks",
    'I need to learn how the new till works lol',
    "you don't know how the printer works? I'll show you",
    'want to learn how bread works? come to the class first',
  ],
);

kind(
  'obedience asked, criticism not taken',
  'talking-down',
  [
    'just do what I asked and stop asking questions',
    'I need you to do what I told you, not debate it',
    'you need to learn to take criticism',
    "you can't handle feedback, that's the problem",
  ],
  [
    'thank you for doing what I asked, you star',
    "I'm slowly learning to take criticism better",
    'he can never take a hint, bless him',
  ],
);

kind(
  'a feeling put down to hormones; an order measured against an adult',
  'talking-down',
  ["you're hormonal, we can talk when you're normal", 'reply to the landlord like an adult would'],
  ["I'm so hormonal this week lol", 'he apologised like an adult would, I was impressed'],
);

kind(
  'a trouble shrunk, with the feeling waved off',
  'talking-down',
  [
    "deep breaths, it's a toaster, not a tragedy",
    "it's one late invoice, not the end of the world, stop panicking",
  ],
  [
    "it's a graze, not a disaster, the nurse said he's fine",
    "it's only a test, not the end of the world, proud of you anyway ❤️",
  ],
);

describe('rewordings ask or invite instead', () => {
  it.each([
    ["you don't get how a mortgage works, leave it to me"],
    ['learn how the build works before you touch the pipeline'],
    ['just do what I asked and stop asking questions'],
    ['you need to learn to take criticism'],
    ['reply to the landlord like an adult would'],
    ["deep breaths, it's a toaster, not a tragedy"],
  ])('rewords %s clean', (text) => {
    rewordsClean(text);
  });
});

kindsSet('kinds-talk44.tsv', { recall: 0.7, falseAlarms: 0.1, category: 0.6 });
