// Session 36, the lead (from helper polite36's branch, whose rules were not merged): "try reading …
// first" takes "first" as the demand's end only where it closes the clause; "the first line" is the
// thing to read. Sentences are ours.
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

describe('"try reading … first": only a clause-closing "first" ends the demand', () => {
  it('keeps what is to be read whole', () => {
    for (const text of [
      'try reading past the first paragraph before you reply',
      'Try reading past the first two lines before replying.',
    ]) {
      const out = rewrite(text).text;
      expect(out, text).not.toMatch(/\bpast the\?/);
      expect(out, text).toMatch(/past the first/);
    }
  });
  it('a closing "first" is still the demand', () => {
    const text = 'try reading the whole thread first';
    expect(analyze(text).flagged).toBe(true);
    expect(rewrite(text).text).toBe('could you read the whole thread first?');
  });
});

describe('reading said to fail keeps its point when a faculty likening leads the card', () => {
  it('"you have the reading comprehension of a potato": the words did not get across', () => {
    for (const text of [
      'you have the reading comprehension of a potato',
      'You have the reading skills of a toddler.',
    ]) {
      const out = rewrite(text).text;
      expect(out.toLowerCase(), text).toContain('my point got lost');
      expect(analyze(out).flagged, out).toBe(false);
    }
    // Other faculties keep the feeling line.
    expect(rewrite('you have the attention span of a goldfish').text).not.toContain('point got lost');
  });
});
