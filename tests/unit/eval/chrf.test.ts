import { describe, expect, it } from 'vitest';
import { corpusChrf, sentenceChrf } from '../../../scripts/chrf';

// Expected values computed with sacreBLEU 2.6.0 (`sacrebleu.metrics.CHRF()` defaults: n = 6, β = 2).
describe('chrF matches sacreBLEU', () => {
  it('sentence level', () => {
    expect(sentenceChrf('You made me miss the bus lol', ['I missed the bus lol'])).toBeCloseTo(
      55.72901342489164,
      9,
    );
    expect(sentenceChrf('the cat sat on the mat', ['the cat is on the mat'])).toBeCloseTo(
      64.5779420625287,
      9,
    );
    expect(sentenceChrf('a', ['abc'])).toBeCloseTo(38.46153846153846, 9);
  });
  it('counts code points, ignores whitespace, keeps the best of several references', () => {
    expect(sentenceChrf('héllo wörld 😀 ok', ['hello world ok', 'héllo there'])).toBeCloseTo(
      29.303597125544993,
      9,
    );
    expect(sentenceChrf('same words here', ['same  words\there'])).toBe(100);
  });
  it('empty hypothesis scores 0', () => {
    expect(sentenceChrf('', ['abc'])).toBe(0);
  });
  it('corpus level sums the statistics of each segment', () => {
    const score = corpusChrf(
      ['i missed the bus and i am upset', 'please give me some space'],
      [
        ['I missed the bus, and I am upset about it', 'Please give me a little space.'],
        ['i need some space'],
      ],
    );
    expect(score).toBeCloseTo(53.24446179367522, 9);
  });
});
