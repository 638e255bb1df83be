/**
 * The scored detector: a small linear model (softmax over "none" and the six categories) that reads
 * one sentence by its words and a few classes of words, for hostile wording no rule names.
 * Trained by scripts/train-score.ts on our own labelled files only; its weights are generated into
 * ./score-weights.ts. Pure, no DOM, never throws on any string.
 */
import {
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  INTENSIFIERS,
  SELF_WORDS,
  STRONG_INSULT_ADJECTIVES,
  STRONG_INSULT_NOUNS,
  valence,
} from './lexicon';
import { SCORE_BIAS, SCORE_SCALE, SCORE_TABLE } from './score-weights';
import { canon, isAcronym } from './text';
import { CATEGORIES, type Category } from './types';

/** The model's classes, in the order of the weights: none first, then the categories. */
export const SCORE_CLASSES: readonly (Category | 'none')[] = ['none', ...CATEGORIES];

const WORD = /[\p{L}\p{N}'\u2019]+/gu;
const YOU = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  "you're",
  'youre',
  'ur',
  'ya',
  "you've",
  "you'd",
  "you'll",
]);
const NEGATION = new Set([
  'not',
  'no',
  'never',
  "don't",
  "can't",
  "won't",
  "didn't",
  "isn't",
  'nothing',
  'nobody',
]);
const ABSOLUTE = new Set([
  'always',
  'never',
  'every',
  'constantly',
  'forever',
  'ever',
  'everything',
  'nothing',
  'again',
]);
const LAUGH = new Set(['lol', 'haha', 'hahaha', 'lmao', 'xd', 'hehe']);
/** Words for someone else: a sentence about them reports, it does not address. */
const THIRD = new Set(
  'he she they him her them his hers their theirs hes shes theyre himself herself themselves husband wife boyfriend girlfriend partner mom mum dad mother father son daughter brother sister boss friend friends people someone everyone'.split(
    ' ',
  ),
);
/** Words that soften or report: hedges, reporting verbs, sincere question openers. */
const HEDGE = new Set(
  'maybe perhaps probably might seems seem seemed think guess wonder wondering feel felt sorry kinda sorta bit little'.split(
    ' ',
  ),
);
const REPORT = new Set('said says say told tells asked asks called calls yelled wrote'.split(' '));
/** Words a sentence starts with when it is not an order: subjects, question words, auxiliaries, interjections. */
const NOT_IMPERATIVE = new Set(
  'i im ive id ill you youre we were he she they it its this that there these those what why how when where who which whose can could would will should shall do does did is are was am has have had my your our his her their the a an if so and but or oh ok okay well yes yeah no hi hey thanks thank lol wow please sorry maybe'.split(
    ' ',
  ),
);

/** Sparse features of one piece of text: name → value. Names are short ASCII-ish strings. */
export function scoreFeatures(text: string): Map<string, number> {
  const f = new Map<string, number>();
  // Present or not: a word said twice is not twice the evidence.
  const add = (k: string, v = 1) => f.set(k, v);
  const words: string[] = [];
  let caps = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase() && !isAcronym(raw)) caps++;
    words.push(canon(raw).replace(/'/g, ''));
  }
  if (words.length === 0) return f;
  let you = false;
  let neg = 0;
  let pos = 0;
  let insult = false;
  let abs = false;
  let self = false;
  let third = false;
  let hedge = false;
  let report = false;
  let notPos = false;
  let notNeg = false;
  let youInsult = false;
  let youNeg = false;
  let prev = '^';
  // Where the last negation and the last "you" were (word index), for "not <evaluation>" and "you <label>".
  let lastNot = -9;
  let lastYou = -9;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    add(`w:${w}`);
    add(`b:${prev}_${w}`);
    // A rough stem, so that other tenses and persons of a word share its evidence.
    if (w.length > 5) add(`s:${w.replace(/(?:ing|ed|es|s|ly)$/, '')}`);
    prev = w;
    if (YOU.has(w) || w === 'youre' || w === 'youve') {
      you = true;
      lastYou = i;
    }
    if (THIRD.has(w)) third = true;
    if (HEDGE.has(w)) hedge = true;
    if (REPORT.has(w)) report = true;
    const negated = i - lastNot <= 2;
    const v = valence(w);
    if (v < 0) {
      if (negated) notNeg = true;
      else neg += v <= -3 ? 2 : 1;
      if (!negated && i - lastYou <= 3) youNeg = true;
    } else if (v > 0) {
      if (negated) notPos = true;
      else pos++;
    }
    if (
      INSULT_ADJECTIVES.has(w) ||
      INSULT_NOUNS.has(w) ||
      STRONG_INSULT_NOUNS.has(w) ||
      STRONG_INSULT_ADJECTIVES.has(w)
    ) {
      insult = true;
      if (i - lastYou <= 3) youInsult = true;
    }
    if (INTENSIFIERS.has(w)) add('c:int');
    if (NEGATION.has(w) || w.endsWith('nt')) {
      add('c:not');
      lastNot = i;
    }
    if (ABSOLUTE.has(w)) abs = true;
    if (SELF_WORDS.has(w) || w === 'i' || w === 'im' || w === 'me' || w === 'my') self = true;
    if (LAUGH.has(w)) add('c:laugh');
  }
  add(`f:${words[0]}`);
  // An order: the first word (after "just", "now", "so") is none of the ways a statement or question starts.
  let head = 0;
  while (head < words.length - 1 && (words[head] === 'just' || words[head] === 'now' || words[head] === 'so'))
    head++;
  const first = words[head] as string;
  const imp = !NOT_IMPERATIVE.has(first) && !/^\d/.test(first) && words.length > 1;
  if (imp) add('c:imp');
  if (imp && neg) add('c:imp+neg');
  if (imp && you) add('c:imp+you');
  if (third) add('c:third');
  if (third && !you) add(neg ? 'c:third+neg' : 'c:third-only');
  if (hedge) add('c:hedge');
  if (report) add('c:report');
  if (/["\u201c\u201d]/.test(text)) add('c:quote');
  if (notPos) add(you ? 'c:you+notpos' : 'c:notpos');
  if (notNeg) add('c:notneg');
  if (youInsult) add('c:you~insult');
  if (insult && !you && self) add('c:self+insult');
  // Who a question is about: one about me or them asks; one about you may accuse.
  const q = /\?/.test(text);
  if (q && you && (neg || abs)) add('c:q+you+neg');
  else if (q && !you) add('c:q-you');
  // A name or label called out at either end: "…, Sam." / "Sam, …".
  if (/^\s*[\p{L}']{2,20},|,\s*[\p{L}']{2,20}\s*[.!?]*\s*$/u.test(text))
    add(insult ? 'c:voc+insult' : 'c:voc');
  for (const m of text.matchAll(/\p{Extended_Pictographic}/gu)) add(`e:${m[0]}`);
  add(`b:${prev}_$`);
  if (you) add('c:you');
  if (neg) add('c:neg', Math.min(3, neg));
  if (pos) add('c:pos', Math.min(3, pos));
  if (insult) add('c:insult');
  if (abs) add('c:abs');
  if (self) add('c:self');
  // Said of the person addressed (a negative word just after "you"), or only somewhere in a sentence with "you" in it.
  if (youNeg) add('c:you~neg');
  else if (you && neg) add('c:you+neg');
  if (you && pos) add('c:you+pos');
  if (you && insult) add('c:you+insult');
  if (you && abs) add('c:you+abs');
  if (self && neg) add('c:self+neg');
  if (caps) add('c:caps', Math.min(3, caps));
  if (caps >= 2 && caps * 2 >= words.length) add('c:allcaps');
  if (q) add('c:q');
  if (/[?!]{2,}/.test(text)) add('c:marks');
  if (/!/.test(text)) add('c:ex');
  if (/\*/.test(text)) add('c:star');
  add('c:len', Math.min(3, words.length / 8));
  // One unit of length in all: a long sentence does not add up more evidence than a short one
  // (trained on short messages, the sums of a long one would be far out of range).
  let norm = 0;
  for (const v of f.values()) norm += v * v;
  const k = 1 / Math.sqrt(norm);
  for (const [key, v] of f) f.set(key, v * k);
  return f;
}

/** FNV-1a, 32 bits: feature names are kept by hash in the weights (smaller than the names). */
export function featureHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The digits of hashes in the weights table, six bits each. */
export const HASH_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/** Bits of the hash kept in the weights table (four digits). */
export const HASH_BITS = 24;

let table: Map<number, Int8Array> | null = null;

/** The generated table, read once: hash → seven quantised weights. */
function weights(): Map<number, Int8Array> {
  if (table) return table;
  table = new Map();
  // Each entry: the hash in four HASH_DIGITS, then seven weights, each a char code minus 80.
  const s = SCORE_TABLE;
  const n = SCORE_CLASSES.length;
  for (let i = 0; i + 4 + n <= s.length; i += 4 + n) {
    let h = 0;
    for (let k = 0; k < 4; k++) h = h * 64 + HASH_DIGITS.indexOf(s[i + k] as string);
    const w = new Int8Array(n);
    for (let k = 0; k < n; k++) w[k] = s.charCodeAt(i + 4 + k) - 80;
    table.set(h, w);
  }
  return table;
}

export interface Score {
  /** Probability that the text is hostile (1 − P(none)). */
  hostile: number;
  /** The most likely category. */
  category: Category;
}

/** The model's reading of one piece of text (normally one sentence). */
export function score(text: string): Score {
  const t = weights();
  const n = SCORE_CLASSES.length;
  const z = SCORE_BIAS.slice(0, n).map((b) => b);
  const mask = 2 ** HASH_BITS - 1;
  for (const [k, v] of scoreFeatures(text)) {
    const w = t.get(featureHash(k) & mask);
    if (!w) continue;
    for (let c = 0; c < n; c++) z[c] = (z[c] as number) + ((w[c] as number) * v) / SCORE_SCALE;
  }
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  const e = z.map((v) => {
    const x = Math.exp(v - max);
    sum += x;
    return x;
  });
  let best = 1;
  for (let c = 2; c < n; c++) if ((e[c] as number) > (e[best] as number)) best = c;
  return { hostile: 1 - (e[0] as number) / sum, category: SCORE_CLASSES[best] as Category };
}
