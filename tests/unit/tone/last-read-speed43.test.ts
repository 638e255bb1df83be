import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { lastRead } from '../../../lib/tone/warm-context';
import { readKindsTexts } from './helpers';

/**
 * The warm guards' patterns that remember their last text and answer (`lastRead`, round speed43):
 * a run-on of matches reads one window again for each match ("you made me miss the bus and " ×
 * 3,449). A remembered answer must be the pattern's own answer for that text, whatever was read
 * before; the memo lives across analyses, so no analysis may depend on the one before it.
 */
const PATTERNS = [
  /\b(?:love|luv) (?:you|u|ya)\b/i,
  /n['’]t\b|\b(?:not|never|no|nothing|nobody|cannot|[cd]ont|didnt|wont)\b/i,
  // A capture and a lookbehind.
  /(?<!\bnot )\bthanks? (?:so much )?for (\w+(?:\W+\w+){0,2})/i,
  /^\W*in the best way\b(?!\s*\?)/i,
];

describe('lastRead (speed43)', () => {
  it('answers as the pattern does, in any order of texts, repeated or not', () => {
    const texts = [
      'love you',
      'i do not love you',
      'love you',
      'LOVE U',
      'thanks so much for the rec!',
      'thanks so much for the rec!',
      'not thanks for nothing',
      '',
      'in the best way?',
      'in the best way',
      'in the best way',
    ];
    // The same characters in another string object: equal texts get the remembered answer.
    texts.push(['love', 'you'].join(' '), `${'in the best'} way`);
    for (const re of PATTERNS) {
      const memo = lastRead(re);
      for (const order of [texts, [...texts].reverse()])
        for (const s of order) {
          expect(memo(s)).toBe(re.test(s));
        }
    }
  });

  it('answers as the pattern does on every kinds text and its sentences, read in turn', () => {
    const texts = readKindsTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const memos = PATTERNS.map((re) => lastRead(re));
    let differ = 0;
    for (const t of texts) {
      const parts = [t, ...t.split(/(?<=[.!?])\s+/), t, t.slice(0, t.length >> 1), t];
      for (const s of parts)
        PATTERNS.forEach((re, i) => {
          if ((memos[i] as ReturnType<typeof lastRead>)(s) !== re.test(s)) differ++;
        });
    }
    expect(differ).toBe(0);
  });

  it('is given only patterns whose answer depends on the text alone (no g or y flag)', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '../../../lib/tone/warm-context.ts'), 'utf8');
    const literal = String.raw`\/(?:\\.|\[(?:\\.|[^\]])*\]|[^/\\[\n])+\/([a-z]*)`;
    const flags = [...source.matchAll(new RegExp(String.raw`lastRead\(\s*(?:${literal}|(\w+)\))`, 'g'))].map(
      (m) => m[1] ?? new RegExp(String.raw`const ${m[2]} = ${literal}`).exec(source)?.[1] ?? 'g (not found)',
    );
    expect(flags.length).toBeGreaterThanOrEqual(9);
    expect(flags.filter((f) => /[gy]/.test(f))).toEqual([]);
  });

  it('leaves every analysis as it is alone: the kinds texts give the same findings in either order', {
    timeout: 600_000,
  }, () => {
    const texts = readKindsTexts();
    const read = (t: string) => JSON.stringify(analyze(t).findings);
    const forwards = texts.map(read);
    const backwards = [...texts].reverse().map(read).reverse();
    let differ = 0;
    forwards.forEach((f, i) => {
      if (f !== backwards[i]) differ++;
    });
    expect(differ).toBe(0);
    // Each text read twice in a row (every memo holding that text's last reads) reads the same.
    const twice = texts.slice(0, 400).map((t) => {
      read(t);
      return read(t);
    });
    expect(twice).toEqual(forwards.slice(0, 400));
  });

  it('still finds each blame of a run-on and sets aside a warm one', () => {
    const run = 'you made me miss the bus and '.repeat(40);
    expect(analyze(run).findings.filter((f) => f.category === 'blame').length).toBeGreaterThan(3);
    // A memo holding the run-on's window must not keep a warm message flagged, nor the reverse.
    expect(analyze('you made me cry at the airport you absolute sweetheart').findings).toEqual([]);
    expect(analyze(run).findings.length).toBeGreaterThan(3);
  });
});
