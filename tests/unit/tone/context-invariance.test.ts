/**
 * Context invariance (round h-context): a warm or neutral sentence beside a hostile message must
 * not excuse it ("Love you. WHY DID YOU TELL HER", "Thanks for the photos. Because of you I have
 * to redo the whole deck"), and a neutral sentence before a warm message must not get it flagged.
 * A warm fact excuses only the finding it is about: its own sentence, or the sentence it answers.
 * The sets are hand-written for this test (context-invariance.sets.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { AFTER, BEFORE, HOSTILE, NEUTRAL_BEFORE, WARM } from './context-invariance.sets';

const flagged = (text: string, sensitivity: 'balanced' | 'strict' = 'balanced') =>
  analyze(text, { sensitivity }).findings.length > 0;

/**
 * Pairs whose warm reading is real, left to the rule on purpose: a bare reaction answered at once by
 * praise, cheer or good news ("Are you kidding me?!?! I'm so proud of you." and "…?!?! We got the
 * house!" are surprise at good news; "Look
 * what you did to my car. I'm so proud of you." can be a repair admired), and a "done" after a
 * sentence that addresses the reader ("I read your message. I'm done!" may be said to them).
 */
const KNOWN = new Set([
  'Are you kidding me?!?! Congrats again!',
  "Are you kidding me?!?! I'm so proud of you.",
  'Are you kidding me?!?! So proud of you.',
  'Are you kidding me?!?! We got the house!',
  'Look what you did to my car. Congrats again!',
  "Look what you did to my car. I'm so proud of you.",
  "I read your message. I'm done! The last box is unpacked. Come over for pizza?",
]);

/** The hostile message with a terminal mark, so the sentence after it is a sentence of its own. */
const ended = (h: string) => (/[.!?]$/.test(h) ? h : `${h}.`);

describe('the sets', () => {
  it('are large enough', () => {
    expect(HOSTILE.reduce((n, [, list]) => n + list.length, 0)).toBeGreaterThanOrEqual(60);
    expect(HOSTILE.map(([c]) => c).sort()).toEqual(
      ['absolutes', 'blame', 'contempt', 'heat', 'talking-down', 'withdrawal'].sort(),
    );
    expect(BEFORE.length).toBeGreaterThanOrEqual(12);
    expect(AFTER.length).toBeGreaterThanOrEqual(6);
    expect(WARM.length).toBeGreaterThanOrEqual(40);
  });
  it('every hostile message is caught alone, every warm one passes alone', () => {
    const missed = HOSTILE.flatMap(([, list]) => list).filter((h) => !flagged(h));
    expect(missed).toEqual([]);
    expect(WARM.filter((w) => flagged(w))).toEqual([]);
  });
});

for (const sensitivity of ['balanced', 'strict'] as const) {
  describe(`a hostile message stays caught beside a warm or neutral sentence (${sensitivity})`, () => {
    for (const [cat, list] of HOSTILE) {
      it(cat, () => {
        const lost: string[] = [];
        for (const h of list) {
          for (const p of BEFORE) if (!flagged(p + h, sensitivity)) lost.push(p + h);
          for (const a of AFTER) if (!flagged(ended(h) + a, sensitivity)) lost.push(ended(h) + a);
        }
        expect(lost.filter((t) => !KNOWN.has(t))).toEqual([]);
      });
    }
  });
}

describe('a warm message stays clean after a neutral sentence (balanced)', () => {
  it('each of them', () => {
    const hit: string[] = [];
    for (const w of WARM) for (const p of NEUTRAL_BEFORE) if (flagged(p + w)) hit.push(p + w);
    expect(hit.filter((t) => !KNOWN.has(t))).toEqual([]);
  });
});
