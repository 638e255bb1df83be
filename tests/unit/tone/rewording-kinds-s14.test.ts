/**
 * Rewording kinds from the fourteenth session's reads, each with sentences written for these tests
 * (none from any measured set): a swear noun after "the" and before a preposition keeps a noun; a cut
 * that would leave its clause ending on "with", "and" or "is" comes after every other offer.
 */
import { describe, expect, it } from 'vitest';
import { first, rewordingCases } from './kinds';

describe('a swear noun after "the", before a place or topic, becomes "stuff" (never "all the behind him")', () => {
  rewordingCases([
    ["What's with all the shit on the floor?", "What's with all the stuff on the floor?"],
    ['why is all the crap behind the sofa', 'why is all the stuff behind the sofa'],
    ['the shit under the bed stinks', 'the stuff under the bed stinks'],
  ]);
  it('leaves the idiom "the shit out of" to its own wording', () => {
    expect(first('they beat the shit out of him')).toBe('they beat him');
  });
});

describe('a cut that leaves the clause ending on "with" or "and" is the last offer', () => {
  rewordingCases([
    ['this is the knife you cut onions with and shit', 'this is the knife you cut onions with and things'],
  ]);
});
