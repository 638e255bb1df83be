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
  // After an order: the order, asked.
  it('"<order> and I don\'t want to hear…" → "<order>, please."', () => {
    expect(reworded("Go clean your room and I don't want to hear another word about it.")).toBe(
      'Go clean your room, please.',
    );
  });
  // An order after a request still ends on "please".
  it('keeps "…, please" after a request', () => {
    expect(reworded("Bring them back at 5 and don't make me ask twice.")).toBe(
      'Bring them back at 5, please.',
    );
  });
});

describe('"every <time>" becomes "most <times>", its intensifier with it (session 44)', () => {
  it.each([
    ['you forget the bins literally every Monday', 'you forget the bins most Mondays'],
    ['you come home late every night', 'you come home late most nights'],
    // Not a time: the tally as before.
    ["you've missed every match since june", "you've missed a lot of matches since june"],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});
