/**
 * Rewording kinds found by reading random samples (h19 round): each keeps the person's words and
 * says something true in their place.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

const reword = (text: string) => rewrite(text).text;

describe('fed-up after other words keeps them', () => {
  it('keeps the clause before "im tired of" and drops "bs"', () => {
    const out = reword('i have bags under my eyes because im tired of your bs');
    expect(out).toBe(
      "i have bags under my eyes because i'm struggling with your stuff. can we talk about it?",
    );
    expect(analyze(out).flagged).toBe(false);
  });
  it('still replaces from the speaker when only openers come first', () => {
    expect(reword('honestly im tired of your bs')).toBe(
      "honestly i'm struggling with your stuff. can we talk about it?",
    );
  });
});

describe('a label after a superlative or a describing word never becomes "people"', () => {
  it.each([
    ['These guys are, in fact, the biggest snowflakes.', 'These guys are, in fact, the most sensitive ones.'],
    ['the biggest idiots in the world voted for him', 'the most misguided ones in the world voted for him'],
    ['more like plain idiot without the savant', 'more like plain wrong without the savant'],
  ])('%s', (text, want) => {
    const out = reword(text);
    expect(out).toBe(want);
    expect(out).not.toMatch(/\b(?:people|person)\b/);
    expect(analyze(out).flagged).toBe(false);
  });
});

describe('a verdict on a thing stays about the thing', () => {
  it.each([
    [
      'you idea about offensive art is dumb and irrelevant.',
      'you idea about offensive art is misguided and irrelevant.',
    ],
    ['your plan for the weekend is stupid', 'your plan for the weekend is misguided'],
  ])('%s', (text, want) => {
    const out = reword(text);
    expect(out).toBe(want);
    expect(analyze(out).flagged).toBe(false);
  });
});

describe('person words that keep the grammar and the meaning', () => {
  it.each([
    ['u r major ass hole.', 'u r out of line.'],
    ['Karma whores eh?', 'Karma chasers eh?'],
    ['white trash is hard to deal with.', 'people are hard to deal with.'],
  ])('%s', (text, want) => {
    const out = reword(text);
    expect(out).toBe(want);
    expect(analyze(out).flagged).toBe(false);
  });
});

describe('a describing word before a noun that is no person goes', () => {
  it.each([
    ['Imposter Syndrome is just a dishonest cause.', 'Imposter Syndrome is just a misleading cause.'],
    ['Imposter Syndrome is a dishonest cause.', 'Imposter Syndrome is a misleading cause.'],
  ])('%s', (text, want) => {
    const out = reword(text);
    expect(out).toBe(want);
    expect(analyze(out).flagged).toBe(false);
  });
});
