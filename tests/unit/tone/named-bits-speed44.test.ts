import { describe, expect, it } from 'vitest';
import { _namedBitsCheck, analyze, detect } from '../../../lib/tone/index';
import { readDev, readKindsTexts } from './helpers';

/**
 * The pre-filter skips the lookup of a next word in a first word's map of named next words when
 * the word's bucket bit is clear in the list's bits (round speed44): a skip must never be taken for
 * a word the map holds, or a pattern that names it would be left out (a finding lost). Checked on
 * every pair of words of corpus texts, and on words made to share buckets.
 */
describe('named-word bits (speed44)', () => {
  it('never say "not named" of a named word, on every pair of words of the kinds texts', () => {
    const texts = readKindsTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const total = { pairs: 0, skipped: 0, wrong: 0 };
    for (const t of texts) {
      const r = _namedBitsCheck(t);
      total.pairs += r.pairs;
      total.skipped += r.skipped;
      total.wrong += r.wrong;
    }
    expect(total.wrong).toBe(0);
    // The bits do skip: most next words are named by none of the first word's patterns.
    expect(total.skipped).toBeGreaterThan(total.pairs / 4);
  });

  it('never say "not named" of a named word, on the dev texts (a sample) and odd words', () => {
    const texts = readDev()
      .filter((_, k) => k % 5 === 0)
      .map((r) => r.text);
    texts.push(
      "you r ur u you're youre ya y'all yall", // texting forms of "you" as the next word
      'make makes made making me my mine myself', // forms next to each other
      'ＦＵＬＬ width, ünïcödé wörds, emoji 😡 words, and a\u0301ccents',
      'the the the the the the',
    );
    let wrong = 0;
    for (const t of texts) wrong += _namedBitsCheck(t).wrong;
    expect(wrong).toBe(0);
  });

  it('leave findings as they were: a first word with its patterns before any next word', () => {
    // Sentences whose flag depends on the word after the first word (named in the patterns' `next`).
    const flagged = [
      'you make me sick',
      'you never listen to me',
      "it's all your fault",
      'you drive me crazy',
      'calm down',
      "you're so selfish",
    ];
    for (const t of flagged) {
      expect(detect(t).findings.length, t).toBeGreaterThan(0);
      expect(analyze(t).findings.length, t).toBeGreaterThan(0);
    }
    for (const t of ['you make me so happy', 'you always know how to cheer me up', "it's your turn"])
      expect(detect(t).findings, t).toEqual([]);
  });
});
