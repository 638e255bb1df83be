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
