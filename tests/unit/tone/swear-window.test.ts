/**
 * Swear words read with their window (session 33, speed): `casual` and `positiveSentence`
 * (rules/swearing.ts) read each token of a window of up to 48 around every swear word, worked out
 * once per token and document. What they decide must not depend on which window read a token first:
 * a swear word in a run of the same sentence, or among many other swear words, is judged as it is
 * in its sentence alone, and reading the same run twice (fresh documents) gives the same answer.
 */
import { describe, expect, it } from 'vitest';
import { analyze, detect } from '../../../lib/tone/index';

/** Casual swearing aimed at no one: clean at balanced, alone and in a run. */
const CASUAL = [
  'holy shit this cake is amazing haha.',
  'shit, I forgot my keys again.',
  'this fucking song is stuck in my head lol.',
  'that was fucking amazing.',
  'damn, missed the train.',
  'oh crap, I am late.',
  'I feel like shit today.',
];
/** Heat, an addressee or shouting: flagged alone and in every copy of a run. */
const HEATED = [
  'you are a fucking idiot.',
  'why the hell is the bus late again.',
  'stop being such a dick.',
  'the damn car broke down again and i hate it.',
  'NOT FUCKING FUNNY.',
];

const rules = (text: string) => detect(text).findings.map((f) => f.rule);

describe('swear words judged in their window, whatever read it first', () => {
  it('casual swearing stays clean in a run of itself', () => {
    for (const s of CASUAL) {
      expect(rules(s), s).toEqual([]);
      expect(rules(Array(8).fill(s).join(' ')), s).toEqual([]);
    }
  });
  it('each copy of a heated sentence in a run is flagged as the sentence alone', () => {
    for (const s of HEATED) {
      const one = rules(s);
      expect(one.length, s).toBeGreaterThan(0);
      expect(rules(Array(8).fill(s).join(' ')), s).toEqual(Array(8).fill(one).flat());
    }
  });
  it('a mixed run reads the same whichever sentence comes first', () => {
    const all = [...CASUAL, ...HEATED];
    const forward = all.join(' ');
    const backward = [...all].reverse().join(' ');
    const count = (t: string) => detect(t).findings.length;
    expect(count(forward)).toBe(count(backward));
    expect(count(forward)).toBe(HEATED.map((s) => rules(s).length).reduce((a, b) => a + b, 0));
  });
  it('a long run of masked swear words gives the same analysis twice', () => {
    const text = 'f***ing sh!t a$$ '.repeat(300);
    for (const sensitivity of ['strict', 'balanced'] as const) {
      const a = analyze(text, { sensitivity });
      expect(a.findings.length).toBeGreaterThan(0);
      expect(analyze(text, { sensitivity })).toEqual(a);
    }
  });
});
