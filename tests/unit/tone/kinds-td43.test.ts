/**
 * Talking down, widened (session 43, helper cluster43): house rules laid down ("my house, my rules"),
 * an order said not to be a request ("I'm not asking, I'm telling you"), a feeling called theatrics
 * ("cut the theatrics"), "can't you take a joke", a mountain made out of a molehill, memory denied
 * ("you've got it all backwards"), "that never happened" against someone's account. Our own sentences,
 * none taken from any corpus file; the probe set, written before the rules, is
 * `tests/fixtures/corpus/kinds-td43.tsv`. Warm twins must pass clean.
 */
import { describe, it } from 'vitest';
import { kind, kindsSet, rewordsClean } from './kinds';

kind(
  'house rules and an order that is not a request',
  'talking-down',
  [
    'my office, my rules, so the meeting stays at 8',
    'my flat my rules, the music goes off at ten',
    "I'm not asking, I'm telling you to apologise to her",
    "I wasn't asking for ideas, I'm telling you what we're doing",
  ],
  [
    'my party my rules: everyone gets a glow stick!',
    'my kitchen, my rules 😄 you sit and I cook',
    "I'm not asking you to fix anything, I'm telling you because I miss you",
    "I'm telling you, this pie is unreal",
  ],
);

kind(
  'a feeling called theatrics; "can\'t you take a joke"; a mountain out of a molehill',
  'talking-down',
  [
    'cut the theatrics, you saw the message',
    'drop the dramatics and just answer me',
    "why can't you take a joke like everyone else",
    'you always make mountains out of molehills',
    'stop turning every molehill into a mountain',
  ],
  [
    'we had to cut the theatrics from the play, it ran long',
    'I can take a joke, go on then lol',
    'I made a mountain out of a molehill at work today, sorry for ranting',
    'the lawn is covered in molehills again',
    "can't wait to take a joke photo at the booth",
  ],
);

kind(
  'their account denied: "you\'ve got it all backwards", "that never happened"',
  'talking-down',
  [
    "you've got it all backwards, I paid for the tickets",
    'that literally never happened, and you know it',
    'that never happened and you can ask anyone',
  ],
  [
    'that never happened in the film, the book is different',
    'it never happened to me before, what luck',
    'I might have it backwards, is it the second left?',
  ],
);

describe('rewordings ask or invite instead', () => {
  it.each([
    ["I'm not asking, I'm telling you to apologise to her"],
    ['cut the theatrics, you saw the message'],
    ["why can't you take a joke like everyone else"],
    ['you always make mountains out of molehills'],
    ['that literally never happened, and you know it'],
  ])('rewords %s clean', (text) => {
    rewordsClean(text);
  });
});

kindsSet('kinds-td43.tsv', { recall: 0.7, falseAlarms: 0.1, category: 0.6 });
