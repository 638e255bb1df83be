import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Sensitivity } from '../../../lib/tone/index';
import { checkRewording } from '../../../scripts/reword';
import { isCodePointBoundary, suggestionProblems } from './helpers';

/** Strings made of pieces the rules care about, so that findings actually happen. */
const piece = fc.constantFrom(
  'you',
  'You',
  'YOU',
  'u',
  'make me',
  'made me',
  'feel',
  'so',
  'angry',
  'stupid',
  'happy',
  'always',
  'ALWAYS',
  'never',
  'neverrr',
  'listen',
  'when',
  "you're",
  'you’re',
  'such an',
  'idiot',
  'calm down',
  "I'm done",
  'whatever',
  'leave me alone',
  'if you',
  "we're done",
  'fuck',
  'sh!t',
  'damn it',
  '!!!',
  '?!',
  '???',
  '.',
  ',',
  ' ',
  '😡',
  '"',
  '@bob',
  'NASA',
  'WHY',
  'DID',
  'your fault',
  'every time',
  'need to',
  'stop',
  '\uD800',
  '\u0000',
);
const messageish = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 16 })
  .map((parts) => parts.join(' '));
const anything = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  messageish,
);
const sensitivity = fc.constantFrom<Sensitivity>('gentle', 'balanced', 'strict');

describe('properties (fast-check)', () => {
  it('never throws; offsets in range and on code-point boundaries', () => {
    fc.assert(
      fc.property(anything, sensitivity, (text, s) => {
        const a = analyze(text, { sensitivity: s });
        expect(a.flagged).toBe(a.findings.length > 0);
        expect(a.heat).toBeGreaterThanOrEqual(0);
        expect(a.heat).toBeLessThanOrEqual(100);
        for (const f of a.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(isCodePointBoundary(text, f.start) && isCodePointBoundary(text, f.end)).toBe(true);
          expect(f.suggestions.length).toBeGreaterThan(0);
          for (const g of f.suggestions) {
            expect(g.start).toBeGreaterThanOrEqual(0);
            expect(g.end).toBeLessThanOrEqual(text.length);
            expect(g.start).toBeLessThanOrEqual(g.end);
            expect(isCodePointBoundary(text, g.start) && isCodePointBoundary(text, g.end)).toBe(true);
            if (g.placeholder) {
              expect(g.replacement[g.placeholder.start]).toBe('[');
              expect(g.replacement[g.placeholder.end - 1]).toBe(']');
            }
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it('applying any suggestion removes its finding and adds none', () => {
    // Unseeded. Word salad made of trigger pieces still, rarely, finds a rewording that joins its
    // neighbours into a phrase of their own ("you fuck ALWAYS" → "you ALWAYS"), or a partial edit
    // that splits a merged finding so a phrase it held shows on its own ("damn it WHY sh!t fuck").
    // Measured: about one suggestion in 800 of these; real messages are held to 98% by
    // `npm run eval`. So: every suggestion is checked, and at most 1 in 100 may fail (a regression
    // that breaks a rule family fails far more), with the failures printed.
    const failures: string[] = [];
    let checked = 0;
    fc.assert(
      fc.property(messageish, sensitivity, (text, s) => {
        const a = analyze(text, { sensitivity: s });
        for (const f of a.findings) {
          for (const g of f.suggestions) {
            checked++;
            const problems = suggestionProblems(text, a, f, g, s, 'edit');
            // Deleting a word: only the removal itself is required (its neighbours meet).
            const real = g.replacement === '' ? problems.filter((p) => !p.startsWith('adds')) : problems;
            if (real.length) failures.push(`${JSON.stringify(text)} (${s}): ${real.join('; ')}`);
          }
        }
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBeGreaterThan(400);
    expect(failures.length / checked, failures.slice(0, 10).join('\n')).toBeLessThanOrEqual(1 / 100);
  });

  it('rewording a whole message (first offer of every finding, as `npm run eval` does) clears it', () => {
    // Issue 9 asks ≥ 98% on real messages (npm run eval). Word salad made of trigger pieces is harder:
    // here at least 95% of messages must come out with no finding left and none added.
    const failures: string[] = [];
    let flagged = 0;
    fc.assert(
      fc.property(messageish, (text) => {
        const c = checkRewording(text, 'balanced');
        if (!c.before.flagged) return;
        flagged++;
        if (!c.ok) failures.push(`${JSON.stringify(text)} → ${JSON.stringify(c.rewording)}`);
      }),
      { numRuns: 600 },
    );
    expect(flagged).toBeGreaterThan(100);
    expect(failures.length / flagged, failures.slice(0, 10).join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(messageish, (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 200 },
    );
  });
});
