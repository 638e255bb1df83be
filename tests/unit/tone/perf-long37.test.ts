import { describe, expect, it } from 'vitest';
import { _firstFindings, analyze, detect, MAX_FINDINGS } from '../../../lib/tone/index';
import { SENSITIVITIES } from '../../../lib/tone/types';
import { readKindsTexts } from './helpers';

/**
 * Shortcuts of round speed37 that must give the answer the whole work gives:
 * - stage 1 of a text with hundreds of findings reads the families' matches in text order and asks
 *   their warm guards only until the first MAX_FINDINGS findings are settled (`findUnsafe`'s
 *   `limit`); the rest is read when rewording needs it (findings without a suggestion of their own);
 * - a long run-on sentence's capitals are counted once for every finding in it (`shoutedAround`).
 * Texts: the kinds sets (written for the rules) joined into long messages, and run-ons of our own.
 */
const kinds = readKindsTexts();
let seed = 37;
const pick = (): string => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return kinds[seed % kinds.length] as string;
};
const joined = (size: number, sep: string): string => {
  let t = '';
  while (t.length < size) t += pick() + sep;
  return t;
};
const runOn = (unit: string, size: number): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const long = [
  joined(6_000, ' '),
  joined(12_000, '\n'),
  joined(20_000, '. '),
  runOn('you made me feel so small when ', 9_000),
  runOn('honestly you are such a clown and ', 9_000),
  runOn('wow you idiot haha. ', 6_000),
  runOn('damn this bloody printer, shit ', 9_000),
  // A family's finding taken over by a longer one of the same family that starts inside it
  // ("typical. you skip every…", "…excuse and im gone for good"): the last may change at the cut.
  runOn('typical. you skip every single meeting. ', 9_000),
  runOn('one more excuse and im gone for good. ', 9_000),
  runOn('you never ever listen you never ', 8_000),
];

describe('speed37: the first findings of a long text', () => {
  it('read with a limit, they are the start of the whole list, and the rest reads the whole list', () => {
    let cut = 0;
    for (const text of long)
      for (const sensitivity of SENSITIVITIES) {
        const { whole, cut: first, rest } = _firstFindings(text, MAX_FINDINGS, { sensitivity });
        expect(rest).toEqual(whole);
        expect(first).toEqual(whole.slice(0, first.length));
        expect(first.length).toBeGreaterThanOrEqual(Math.min(whole.length, MAX_FINDINGS));
        if (first.length < whole.length) cut++;
      }
    // The shortcut is taken.
    expect(cut).toBeGreaterThan(8);
  });

  it('findings after the first hundred are reworded when the first have no rewording of their own', () => {
    // A third-person label with no rewording of its own, 120 times, then findings that have one.
    const alone = 'our landlord, cheat and liar.';
    expect(detect(alone).findings.length).toBe(1);
    expect(analyze(alone).findings).toEqual([]);
    const text = `${`${alone} `.repeat(120)}${'you make me so angry. '.repeat(20)}`;
    expect(detect(text).findings.length).toBe(MAX_FINDINGS);
    const a = analyze(text);
    expect(a.findings.length).toBe(20);
    expect(a.findings[0]?.start).toBe(alone.length * 120 + 120);
    for (const f of a.findings) expect(f.suggestions.length).toBeGreaterThan(0);
  });

  it('a long shouted run-on sentence is reworded in sentence case; one mostly in small letters is not', () => {
    const shouted = `${'WHY DO YOU KEEP DOING THIS TO ME EVERY SINGLE DAY '.repeat(12)}YOU IDIOT ${'AND I AM SO DONE WITH IT '.repeat(4)}`;
    const quiet = `${'why do you keep doing this to me every single day '.repeat(12)}YOU IDIOT ${'and i am so done with it '.repeat(4)}`;
    const caps = (t: string) =>
      analyze(t)
        .findings.flatMap((f) => f.suggestions)
        .map((s) => /[A-Z]{2}/.test(s.replacement));
    expect(caps(shouted).length).toBeGreaterThan(0);
    for (const upper of caps(shouted)) expect(upper).toBe(false);
    const q = analyze(quiet).findings.flatMap((f) => f.suggestions);
    expect(q.length).toBeGreaterThan(0);
    for (const s of q) expect(s.end - s.start).toBeLessThan(500);
  });
});
