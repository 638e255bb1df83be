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
