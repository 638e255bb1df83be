import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../../lib/tone';
import { sentenceRanges } from '../../../lib/tone/text';

/**
 * Chat goes on in small letters after a full stop ("i'm beat. spare me"), which the Unicode
 * segmenter keeps as one sentence (its rule for "e.g. this"). Such a stop ends a sentence when it
 * follows a word that is no abbreviation and more than one word stands on each side.
 */
const pieces = (text: string) => sentenceRanges(text).map((s) => text.slice(s.start, s.end).trim());

describe('a full stop before a small letter', () => {
  it.each([
    [
      'Hey, just got home and I am beat. spare me the lecture',
      ['Hey, just got home and I am beat.', 'spare me the lecture'],
    ],
    ['ok bye. dont text me', ['ok bye.', 'dont text me']],
    ['i hate u. go away now', ['i hate u.', 'go away now']],
    ['we said six.  you came at nine', ['we said six.', 'you came at nine']],
    [
      'the one time i need you, you are busy. as always',
      ['the one time i need you, you are busy.', 'as always'],
    ],
  ])('ends a sentence: %s', (text, want) => {
    expect(pieces(text)).toEqual(want);
  });

  it.each([
    'Met Mr. smith and his wife today',
    'see e.g. this one here',
    'the game is at 7 p.m. then we eat',
    'us vs. them again and again',
    'pens, paper etc. and more',
    'you do this every. single. time.',
    'typical. you cancel again',
  ])('keeps one sentence (an abbreviation or a one-word side): %s', (text) => {
    expect(pieces(text)).toEqual([text]);
  });

  it('a hostile sentence after a neutral one is read on its own', () => {
    for (const text of [
      'Hey, just got home from work and I am beat. spare me the lecture',
      'Ok I read your message. get over yourself',
      'So about the weekend, I talked to mum. you never listen to me',
    ]) {
      expect(analyze(text).findings.length, text).toBeGreaterThan(0);
    }
  });

  it('warm messages in small letters stay clean', () => {
    for (const text of [
      'thanks for dinner. you are the best',
      'got home safe. see you tomorrow',
      'love you. sleep well',
      'i miss you. call me when you land',
      'ok sounds good. see you at the station',
    ]) {
      expect(analyze(text).findings, text).toEqual([]);
    }
  });
});

describe('"As usual." alone, after a sentence about you', () => {
  it('is read with the sentence before it, and goes whole', () => {
    for (const [text, want] of [
      ["You're late. As usual.", "You're late."],
      ['you forgot my birthday. once again.', 'you forgot my birthday.'],
      ['You left the door open. As always!', 'You left the door open.'],
    ] as const) {
      const f = analyze(text).findings.find((x) => x.category === 'absolutes');
      expect(f, text).toBeDefined();
      const s = f?.suggestions[0];
      expect(s && applySuggestion(text, s)).toBe(want);
    }
  });

  it('passes when the sentence before is not about you, or is warm', () => {
    for (const text of [
      'I went to the gym. As usual.',
      "You cooked dinner, you're the best. As always.",
      'The train was late. As usual.',
    ]) {
      expect(analyze(text).findings, text).toEqual([]);
    }
  });
});

describe('praise beside a label is no warmth', () => {
  it.each(['great job idiot', 'good job idiot', 'well done idiot'])('%s', (text) => {
    expect(analyze(text).findings.map((f) => f.category)).toContain('contempt');
  });
});
