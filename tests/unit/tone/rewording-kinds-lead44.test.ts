import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('"I don\'t want to hear …" is said as the need, never cut to "I, please." (session 44)', () => {
  it.each([
    [
      "I don't want to hear another word.",
      "I'm hurt, and I need some time before I'm ready to talk about this.",
    ],
    ['i dont want to hear any excuses', "i'd rather we focus on putting this right"],
    [
      "Honestly, I don't want to hear your excuses. Just fix it.",
      "I'd rather we focus on putting this right. Just fix it.",
    ],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  // An order after a request still ends on "please".
  it('keeps "…, please" after a request', () => {
    expect(reworded("Bring them back at 5 and don't make me ask twice.")).toBe(
      'Bring them back at 5, please.',
    );
  });
});
