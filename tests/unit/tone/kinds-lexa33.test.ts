/**
 * Session 33 (lexa): contempt said about the person, by construction, widened rather than added:
 * two-word labels typed without the hyphen, and asked as a question. (The FULL commit also has the
 * comparison, "with your eyes shut" and "people like you" kinds, left out for the detect bundle's size.)
 * Our own sentences, none taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

kind(
  'a two-word label typed without its hyphen, or asked',
  'contempt',
  [
    'you are so two faced honestly',
    'ur so self centered it hurts',
    'are u brain dead or what',
    'are you narrow minded or just trolling',
    'were you always this cold hearted?',
  ],
  [
    "I'm so two faced about pineapple pizza haha",
    "you're half dead lol, go to bed",
    'are you self employed or on payroll?',
    'is the cat brain dead or just sleepy',
  ],
);

describe('their rewordings read clean', () => {
  it.each(['are u brain dead or just trolling', 'were you always this cold hearted?'])('%s', (text) => {
    rewordsClean(text);
  });
  it('keeps the words around an asked label', () => {
    expect(rewordsClean('Are you brain dead? Who leaves the oven on all day')).toBe(
      "I'm really frustrated with how this went. Who leaves the oven on all day",
    );
  });
});
