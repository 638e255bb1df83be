import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../../lib/tone/rules/index';
import { anchorNear, anchorOf, type Compiled, matchAt } from '../../../lib/tone/rules/rule';
import { roughTokens, type Token } from '../../../lib/tone/text';
import { readDev } from './helpers';

/**
 * The pre-filter and the phrase tables skip a pattern at a word when its anchor (a word a required
 * element further on must start with) is not within reach (`anchorOf`, `anchorNear`). That is a
 * filter only: wherever a pattern matches, its anchor must be near.
 */
const PATTERNS: Compiled[] = [];
for (const f of FAMILIES)
  if (f.table) for (const [, list] of f.table.entries()) for (const { c } of list) PATTERNS.push(c);

function misses(text: string): string[] {
  const tokens: Token[] = roughTokens(text, 0);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++)
    for (const c of PATTERNS) {
      const a = anchorOf(c);
      if (a === null || anchorNear(tokens, a, i, tokens.length)) continue;
      if (matchAt(tokens, c, i, tokens.length)) out.push(`${c.source} @ ${i} in "${text}"`);
    }
  return out;
}

describe('pattern anchors', () => {
  it('most patterns have one', () => {
    const n = PATTERNS.filter((c) => anchorOf(c) !== null).length;
    expect(n).toBeGreaterThan(PATTERNS.length / 2);
  });

  it('never rule out a match: hedges, auxiliaries, repeated classes, texting forms', () => {
    const texts = [
      "you really honestly are such a stupid stupid idiot, you've literally always been so pathetic",
      'you have been really just so ignorant and you were being a total complete utter moron',
      'ur such a pig. u r the reason. its all ur fault, you never ever listen, you will regret this',
      "it's honestly really not rocket science, he's a complete and utter pig, your stupidity is amazing",
      "i'm literally gonna really kill you. i could just throw my phone right at you",
      'you make me so angry when you really just never listen to me, you drive me crazy',
      "you're being ridiculous, you are overreacting, you're imagining things, you're the one who lied",
      'everyone was always so right about you. do you even listen? you only ever think about yourself',
    ];
    for (const t of texts) expect(misses(t)).toEqual([]);
  });

  it('reach far enough: every element at its longest, two hedges before each', () => {
    // A word for each word class the patterns use.
    const classWord = (e: { words?: ReadonlySet<string>; pred: ((t: Token) => boolean) | null }): string => {
      if (e.words) return [...e.words][0] as string;
      for (const w of ['awful', 'upset', 'great', 'fine', 'thing'])
        if (e.pred?.({ start: 0, end: 0, raw: w, w, sent: 0, caps: false, mention: false })) return w;
      return 'thing';
    };
    let matched = 0;
    const bad: string[] = [];
    for (const c of PATTERNS) {
      const a = anchorOf(c);
      if (a === null) continue;
      const words: string[] = [];
      c.elems.forEach((e, k) => {
        if (k > 0) words.push('really', 'honestly');
        const alts = e.alts ? [...e.alts].sort((x, y) => y.length - x.length) : null;
        const one = alts ? (alts[0] as string[]) : [classWord(e)];
        for (let r = 0; r < e.max; r++) words.push(...one);
      });
      const text = words.join(' ');
      const tokens = roughTokens(text, 0);
      if (!matchAt(tokens, c, 0, tokens.length)) continue;
      matched++;
      if (!anchorNear(tokens, a, 0, tokens.length)) bad.push(`${c.source}: "${text}"`);
    }
    expect(bad).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });

  it('never rule out a match on the dev corpus', () => {
    const rows = readDev().slice(0, 600);
    const bad: string[] = [];
    for (const r of rows) bad.push(...misses(r.text));
    expect(bad).toEqual([]);
  });
});
