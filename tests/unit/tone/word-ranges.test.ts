import { describe, expect, it } from 'vitest';
import { wordRanges } from '../../../lib/tone/text';
import { allStrings, mismatches as disagree } from './oracle';

/**
 * The tokenizer scans plain text (ASCII, no-break spaces, curly quotes) by hand instead of asking
 * Intl.Segmenter (several times faster). It must find exactly the segmenter's word-like segments.
 */
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'word' });

function expected(s: string): number[] {
  const out: number[] = [];
  for (const seg of SEGMENTER.segment(s))
    if (seg.isWordLike) out.push(seg.index, seg.index + seg.segment.length);
  return out;
}

function actual(s: string): number[] {
  const out: number[] = [];
  wordRanges(s, out);
  return out;
}

/** Strings where the scanner and the segmenter disagree (at most five). */
const mismatches = (strings: Iterable<string>): string[] => disagree(strings, expected, actual);

describe('wordRanges: the segmenter’s word-like segments', () => {
  it('every string of up to four characters over the word-break classes of plain text', () => {
    // letter, capital, digit, ":", ".", "'", ",", ";", "_", space, "-", newline, '"', "!", ’, no-break space, “
    expect(mismatches(allStrings('aZ1.\':,;_ -\n"!\u2019\u00a0\u201c', 4))).toEqual([]);
  });

  it('every ASCII character, no-break space and curly quote between words and digits', () => {
    const strings: string[] = [];
    for (const c of [...Array.from({ length: 128 }, (_, k) => k), 0xa0, 0x2018, 0x2019, 0x201c, 0x201d]) {
      const x = String.fromCharCode(c);
      for (const a of ['a', '1', '_'])
        for (const b of ['a', '1', '_']) strings.push(a + x + b, x, x + x, a + x);
    }
    expect(mismatches(strings)).toEqual([]);
  });

  it('random ASCII strings', () => {
    let seed = 20261202;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const common = 'abcXYZ019.\':,;_ -\n\r\t"!?@#$%&*()[]{}<>/\\|`~^+=';
    const strings: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const n = 1 + Math.floor(rnd() * 40);
      for (let j = 0; j < n; j++)
        s +=
          rnd() < 0.15
            ? String.fromCharCode(Math.floor(rnd() * 128))
            : (common[Math.floor(rnd() * common.length)] as string);
      strings.push(s);
    }
    expect(mismatches(strings)).toEqual([]);
  });

  it('messages, and text beyond ASCII (left to the segmenter)', () => {
    expect(
      mismatches([
        "I can't believe you did that AGAIN!!! e.g. at 3.14 p.m., U.S.A, node.js, a_b, ___, _",
        'don’t “quote” me — naïve café 😡 résumé',
        'x.y:z 1:2 a:1 1,000,000 1;2 a;b',
      ]),
    ).toEqual([]);
  });
});
