import { describe, expect, it } from 'vitest';
import { sentenceEnds } from '../../../lib/tone/text';
import { allStrings, mismatches as disagree } from './oracle';

/**
 * Sentence boundaries of plain text (ASCII, no-break spaces, curly quotes) are found by hand
 * instead of by Intl.Segmenter (several times faster). They must be exactly the segmenter's.
 */
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

function expected(s: string): number[] {
  return [...SEGMENTER.segment(s)].map((seg) => seg.index + seg.segment.length);
}

function actual(s: string): number[] {
  const out: number[] = [];
  sentenceEnds(s, out);
  return out;
}

/** Strings where the scanner and the segmenter disagree (at most five). */
const mismatches = (strings: Iterable<string>): string[] => disagree(strings, expected, actual);

describe('sentenceEnds: the segmenter’s sentences', () => {
  it('every string of up to four characters over the sentence-break classes of plain text', () => {
    // lower, upper, digit, ".", "!", "?", close marks, tab, space, ",", CR, LF, other, ”, no-break space
    expect(mismatches(allStrings('aZ1.!?")\t ,\r\n#\u201d\u00a0', 4))).toEqual([]);
  });

  it('every ASCII character, no-break space and curly quote after a sentence mark', () => {
    const strings: string[] = [];
    for (const c of [...Array.from({ length: 128 }, (_, k) => k), 0xa0, 0x2018, 0x2019, 0x201c, 0x201d]) {
      const x = String.fromCharCode(c);
      for (const before of ['a.', 'A.', 'a!', '.', 'a."', 'a. '])
        for (const after of ['a', 'A', '1', ' b', '']) strings.push(before + x + after, x + before + after);
    }
    expect(mismatches(strings)).toEqual([]);
  });

  it('random ASCII text', () => {
    let seed = 20261202;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const parts = [
      ...'abZQ1.!?"\'()]  \t,-:;\r\n#*',
      'e.g.',
      'U.S.',
      'Mr. Smith',
      '3.14',
      '...',
      '?!',
      'sh!t',
    ];
    const strings: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const n = 1 + Math.floor(rnd() * 25);
      for (let j = 0; j < n; j++)
        s +=
          rnd() < 0.1
            ? String.fromCharCode(Math.floor(rnd() * 128))
            : (parts[Math.floor(rnd() * parts.length)] as string);
      strings.push(s);
    }
    expect(mismatches(strings)).toEqual([]);
  });

  it('messages, and text beyond ASCII (left to the segmenter)', () => {
    expect(
      mismatches([
        'You never listen. I told you 3.5 times! Are you serious?? "Fine." (ok) and then... no.\r\nBye',
        'Don’t “quote” me — I’m done. Seriously. 😡 Next.',
        'e.g. this, U.S.A. and Mr. Smith. 1. First 2. Second',
      ]),
    ).toEqual([]);
  });
});
