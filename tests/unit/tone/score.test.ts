/**
 * The scored detector (lib/tone/score.ts, an experiment: `analyzeScored` in lib/tone/scored.ts,
 * not called by `analyze`): its features, its findings' contract, and that the trainer reproduces
 * the committed weights.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../lib/tone/index';
import { modelFindings } from '../../../lib/tone/model';
import {
  featureHash,
  HASH_DIGITS,
  readTable,
  score,
  scoreFeatures,
  weightChar,
} from '../../../lib/tone/score';
import { SCORE_BIAS, SCORE_SCALE, SCORE_TABLE, SCORE_THRESHOLD } from '../../../lib/tone/score-weights';
import { analyzeScored, MODEL_OFFER } from '../../../lib/tone/scored';
import { CATEGORIES } from '../../../lib/tone/types';
import { devFile } from '../../../scripts/corpus';
import { quantise, trainShipped } from '../../../scripts/train-score';

describe('scoreFeatures', () => {
  it('reads words and bigrams once each, texting spellings as words, and has unit length', () => {
    const f = scoreFeatures('u u ruined it');
    expect(f.has('w:you')).toBe(true);
    expect(f.has('b:^_you')).toBe(true);
    expect(f.has('b:you_ruined')).toBe(true);
    expect(f.has('f:you')).toBe(true);
    expect(f.get('w:you')).toBe(f.get('w:it'));
    let norm = 0;
    for (const v of f.values()) norm += v * v;
    expect(norm).toBeCloseTo(1, 9);
  });

  it('names classes of words: addressed, negative, insult, absolutes, shouting', () => {
    const f = scoreFeatures('you ALWAYS ruin it, you idiot!!');
    for (const k of ['c:you', 'c:neg', 'c:you~neg', 'c:insult', 'c:you+insult', 'c:abs', 'c:caps', 'c:marks'])
      expect(f.has(k), k).toBe(true);
    const calm = scoreFeatures('I had a lovely day at the lake');
    for (const k of ['c:you', 'c:neg', 'c:insult', 'c:caps']) expect(calm.has(k), k).toBe(false);
  });

  it('reads who a sentence is aimed at: an order, a label near "you", a name called out, someone else', () => {
    const has = (text: string, k: string) => scoreFeatures(text).has(k);
    expect(has('stop texting me every hour', 'c:imp')).toBe(true);
    expect(has('just grow up already', 'c:imp')).toBe(true);
    expect(has('I will stop by later', 'c:imp')).toBe(false);
    expect(has('can you stop by later?', 'c:imp')).toBe(false);
    expect(has('you absolute clown', 'c:you~insult')).toBe(true);
    expect(has('the clown at the party was fun, you missed it', 'c:you~insult')).toBe(false);
    expect(has('nice work on that, Priya', 'c:voc')).toBe(true);
    expect(has('my sister argued with her landlord again', 'c:third')).toBe(true);
    expect(has('my sister argued with her landlord again', 'c:you')).toBe(false);
  });

  it('reads negated and self-directed evaluations, sincere questions, emoji and stems', () => {
    const has = (text: string, k: string) => scoreFeatures(text).has(k);
    expect(has("honestly that wasn't bad at all", 'c:notneg')).toBe(true);
    expect(has("honestly that wasn't bad at all", 'c:neg')).toBe(false);
    expect(has("you're not helpful at all", 'c:you+notpos')).toBe(true);
    expect(has("i'm such an idiot sometimes", 'c:self+insult')).toBe(true);
    expect(has('how do I reset the router?', 'c:q-you')).toBe(true);
    expect(has('why do you always ruin everything?', 'c:q+you+neg')).toBe(true);
    expect(has('sure, whatever you say 🙄', 'e:🙄')).toBe(true);
    expect(has('he ruined dinner', 's:ruin') && has('stop ruining dinner', 's:ruin')).toBe(true);
  });

  it('never throws and reads nothing in an empty or wordless text', () => {
    expect(scoreFeatures('').size).toBe(0);
    expect(scoreFeatures('!!! ... 😡').size).toBe(0);
    expect(Number.isFinite(score('').hostile)).toBe(true);
  });
});

describe('score (the fast path)', () => {
  // Our own sentences, of every shape the features read (repeats, capitals, emoji, quotes, names).
  const texts = [
    'u u ruined it',
    'you ALWAYS ruin it, you idiot!!',
    "honestly that wasn't bad at all, you're not helpful at all",
    'just so just',
    'sure, whatever you say 🙄🙄',
    'he said "fine" and left, Priya?',
    'STOP TEXTING ME every single hour *sigh*',
    "i'm such an idiot sometimes lol",
    '',
    '!!! ... 😡',
  ];
  it('reads the same features as scoreFeatures: its score equals the sum over their names', () => {
    for (const text of texts) {
      // A table holding every feature of the text with its own weights: a feature missed or added
      // by the fast path changes the sum or the length it is scaled by.
      const f = [...scoreFeatures(text)].map(([k, v]) => [featureHash(k) & 0xffffff, v] as const);
      const keys = [...new Set(f.map(([h]) => h))].sort((a, b) => a - b);
      const w = new Map(
        keys.map((h, i) => [h, [1, 2, 3, 4, 5, 6].map((c) => ((h + i * c) % 91) - 45)] as const),
      );
      let table = '';
      for (const h of keys)
        table +=
          [18, 12, 6, 0].map((sh) => HASH_DIGITS[(h >>> sh) & 63]).join('') +
          (w.get(h) ?? []).map(weightChar).join('');
      const bias = [0.5, -1, 0, 0.2, -0.3, 0.1, -2];
      const z = bias.slice(1).map((b) => b - 0.5);
      for (const [h, v] of f)
        for (let c = 0; c < 6; c++) z[c] = (z[c] as number) + ((w.get(h)?.[c] ?? 0) * v) / 20;
      const max = Math.max(0, ...z);
      const sum = Math.exp(-max) + z.reduce((a, b) => a + Math.exp(b - max), 0);
      expect(score(text, readTable(table, bias, 20)).hostile, text).toBeCloseTo(1 - Math.exp(-max) / sum, 9);
    }
  });

  it('writes each weight as one printable character, never a backslash or a quote', () => {
    for (let v = -45; v <= 45; v++) {
      const c = weightChar(v);
      expect(c).not.toBe('\\');
      expect(c).not.toBe('"');
      expect(readTable(`0000${c.repeat(6)}`, [0, 0, 0, 0, 0, 0, 0], 1).w[0]).toBe(v);
    }
  });
});

describe('modelFindings (for detection)', () => {
  const hostile = 'imagine borrowing money and pretending you forgot';
  it('finds on a sentence no rule touches, with no suggestion, and nothing at gentle', () => {
    const m = modelFindings(hostile, {}, []);
    expect(m.map((f) => [f.rule.slice(0, 6), f.start, f.end, f.suggestions.length])).toEqual([
      ['model.', 0, hostile.length, 0],
    ]);
    expect(modelFindings(hostile, { sensitivity: 'gentle' }, [])).toEqual([]);
    // A rule finding in the sentence: the model leaves it alone.
    const rule = { ...(m[0] as (typeof m)[0]), start: 4, end: 8 };
    expect(modelFindings(hostile, {}, [rule])).toEqual([]);
  });
});

describe('model findings (analyzeScored)', () => {
  // Our own sentences, with no rule finding at balanced. ("this is all on you and you know it"
  // was the first: the weights trained with session 12's sets score it 0.947, under the 0.97 bar,
  // and a rule now flags it. "oh sure, another genius move from you" scored under the bar once
  // session 16's sets were in the training. "you made this whole mess yourself" (0.9624) and "you
  // brought this whole mess on yourself" (0.9532) fell under the 0.9688 bar once session 25's
  // paraphrase families were in it. "you turned this into a mess and you know it" is a rule's since
  // session 26's turned-into kind. "you made this whole mess and you know it" fell under the bar
  // once session 27's relationship families were in the training. "you dragged / pulled us all into this
  // mess and you know it" (0.972) fell under the 0.9801 bar once session 29's sets were in it. "you landed
  // us all in this mess and you know it" (0.9766) fell under the 0.9813 bar once session 31's sets were in it.
  // "you put us all / the whole team in this mess and you know it" (0.966, 0.962) fell under the 0.9794 bar
  // once session 32's sets were in it. "you put / dragged the whole family in(to) this mess and you know it"
  // (0.973, 0.956) fell under the 0.9786 bar once session 33's sets were in it. "you put your own kids in
  // this mess and you know it" fell under the 0.9717 bar once session 36's kinds sets were in it. "you put
  // your own family in / through this mess and you know it" fell under the 0.9805 bar once session 37's
  // sets were in it; "you dragged the whole family into…" is back above it. Both "you dragged your own
  // family / the whole family into this mess and you know it" (0.974, and every verb and object tried,
  // ≤ 0.976) fell under the 0.9808 bar once session 44's sets were in it; two rows of our own kinds
  // files that no rule flags took their place. "your whole family thinks money grows in the couch
  // cushions" fell under the bar once session 45's sets were in it; another such row (kinds-cluster42)
  // took its place.)
  it.each(['imagine borrowing money and pretending you forgot', "every weekend it's the same fight"])(
    '%s: a model finding whose offer clears it',
    (text) => {
      const a = analyzeScored(text);
      const m = a.findings.filter((f) => f.rule.startsWith('model.'));
      expect(m.length).toBe(1);
      const f = m[0];
      if (!f) return;
      expect(CATEGORIES).toContain(f.category);
      expect(f.why.length).toBeGreaterThan(20);
      const s = f.suggestions[0];
      expect(s).toBeDefined();
      if (!s) return;
      expect(s.placeholder).toBeDefined();
      expect(s.replacement.slice(s.placeholder?.start, s.placeholder?.end)).toMatch(/^\[.+\]$/);
      expect(analyzeScored(applySuggestion(text, s)).flagged).toBe(false);
    },
  );

  it.each([
    'you always make my day',
    'my boss is driving me nuts lol',
    'i lost my keys again, ugh',
    'can you pick up bread on the way?',
    'thanks so much for the help today',
  ])('%s: no model finding', (text) => {
    expect(analyzeScored(text).findings.filter((f) => f.rule.startsWith('model.'))).toEqual([]);
  });

  it('adds nothing at gentle, and every offer scores clean', () => {
    expect(analyzeScored('this is all on you and you know it', { sensitivity: 'gentle' }).flagged).toBe(
      false,
    );
    for (const offer of Object.values(MODEL_OFFER))
      expect(score(offer).hostile).toBeLessThan(SCORE_THRESHOLD);
  });
});

describe('training', () => {
  // The weights were learned with ../shared/corpus/dev.tsv among the files: skipped without it.
  it.skipIf(!fs.existsSync(devFile))(
    'is deterministic: the trainer reproduces the committed weights',
    () => {
      const q = quantise(trainShipped());
      expect(q.scale).toBe(SCORE_SCALE);
      expect(q.bias).toEqual([...SCORE_BIAS]);
      expect(q.table).toBe(SCORE_TABLE);
    },
    // A whole training run: 13 s on a quiet 2-core host with 81 files (2026-12-05), 62-72 s while
    // seven helpers loaded it (load 15-18), which the old 60 s bound failed. Its time grows with the
    // training files and the host's load, not with a fault; a wrong result fails at once.
    300_000,
  );
});
