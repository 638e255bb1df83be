/**
 * The twenty-ninth session's lead: "you have no idea how happy I am" stresses the writer's own good
 * feeling; the verdict rule for "you have no idea how…" read it as telling the reader they know
 * nothing. A good feeling of the writer's, with nothing sour in the clause, now passes; the verdict
 * and its sour twins stay. (reword39's test reworded two of these warm lines; they now pass
 * untouched, and are tested here.)
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';

describe('"you have no idea how…" about the writer\'s own joy passes', () => {
  it.each([
    'You have no idea how happy I am',
    'You have no idea how happy I am!',
    'You have no idea how much I missed you',
    'you have no idea how much this means to me!!',
    'you have no idea how proud I am of you',
    'u have no idea how grateful we are for the flowers',
  ])('%s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
  it.each([
    'You have no idea how hard I work for this family',
    'you have no idea how stupid you sound',
    'You have no idea what you are talking about',
    "you have no idea how much I've sacrificed for you",
    'you have no idea how much you missed',
  ])('still a verdict: %s', (text) => {
    expect(analyze(text).findings.some((f) => f.rule === 'constructions.verdict')).toBe(true);
  });
});
