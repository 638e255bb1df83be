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
  return fnv(0x811c9dc5, s) >>> 0;
}

/** FNV-1a state `h` carried on over the characters of `s` (not yet made unsigned). */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** The digits of hashes in the weights table, six bits each. */
export const HASH_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/** Bits of the hash kept in the weights table (four digits). */
export const HASH_BITS = 24;
const MASK = 2 ** HASH_BITS - 1;

/** The weights of one model: an open-addressed table of hashes, and six weights an entry (each class's minus none's). */
export interface ScoreTable {
  /** Slot → hash + 1 (0: empty); `at` slot → entry. Size a power of two. */
  keys: Int32Array;
  at: Int32Array;
  w: Int8Array;
  /** Each class's bias minus none's, in logits. */
  bias: number[];
  scale: number;
}

/** The entry of hash `h` (HASH_BITS) in `t`, or -1. */
function entry(t: ScoreTable, h: number): number {
  const m = t.keys.length - 1;
  for (let i = (h * 0x9e3779b1) >>> 0; ; i++) {
    const k = t.keys[i & m] as number;
    if (k === 0) return -1;
    if (k === h + 1) return t.at[i & m] as number;
  }
}

/** A weight as one character of the table: 80 + v, the backslash skipped (so no string escapes). */
export function weightChar(v: number): string {
  const c = 80 + v;
  return String.fromCharCode(c >= 92 ? c + 1 : c);
}

/**
 * Reads a table: each entry the hash in four HASH_DIGITS, then six weights (`weightChar`), those
 * of the six categories minus that of none (softmax reads only the differences).
 */
export function readTable(s: string, bias: readonly number[], scale: number): ScoreTable {
  const n = Math.floor(s.length / 10);
  let size = 16;
  while (size < n * 4) size *= 2;
  const t: ScoreTable = {
    keys: new Int32Array(size),
    at: new Int32Array(size),
    w: new Int8Array(n * 6),
    bias: bias.slice(1).map((b) => b - (bias[0] ?? 0)),
    scale,
  };
  for (let e = 0; e < n; e++) {
    const i = e * 10;
    let h = 0;
    for (let k = 0; k < 4; k++) h = (h << 6) | HASH_DIGITS.indexOf(s[i + k] as string);
    let j = (h * 0x9e3779b1) >>> 0;
    while (t.keys[j & (size - 1)]) j++;
    t.keys[j & (size - 1)] = h + 1;
    t.at[j & (size - 1)] = e;
    for (let c = 0; c < 6; c++) {
      const k = s.charCodeAt(i + 4 + c);
      t.w[e * 6 + c] = k - (k > 92 ? 81 : 80);
    }
  }
  return t;
}

let table: ScoreTable | null = null;

/** Per raw word: what the scorer reads of it (its features' hashes and its classes), kept across calls. */
interface WordInfo {
  w: string;
  caps: boolean;
  /** Hashes of "w:<w>", "s:<stem>" (0: none), and the FNV state after "b:<w>_". */
  hw: number;
  hs: number;
  left: number;
  /** Bits: see the W_ constants. */
  k: number;
  v: number;
}
const W_YOU = 1;
const W_THIRD = 2;
const W_HEDGE = 4;
const W_REPORT = 8;
const W_INSULT = 16;
const W_INT = 32;
const W_NOT = 64;
const W_ABS = 128;
const W_SELF = 256;
const W_LAUGH = 512;
const WORDS = new Map<string, WordInfo>();
const VOCATIVE = /^\s*[\p{L}']{2,20},|,\s*[\p{L}']{2,20}\s*[.!?]*\s*$/u;
const PICTO = /\p{Extended_Pictographic}/gu;
const B0 = fnv(0x811c9dc5, 'b:');
const W0 = fnv(0x811c9dc5, 'w:');
const B_START = fnv(B0, '^_');

function wordInfo(raw: string): WordInfo {
  let i = WORDS.get(raw);
  if (i) return i;
  const w = canon(raw).replace(/'/g, '');
  const k =
    (YOU.has(w) || w === 'youre' || w === 'youve' ? W_YOU : 0) |
    (THIRD.has(w) ? W_THIRD : 0) |
    (HEDGE.has(w) ? W_HEDGE : 0) |
    (REPORT.has(w) ? W_REPORT : 0) |
    (INSULT_ADJECTIVES.has(w) ||
    INSULT_NOUNS.has(w) ||
    STRONG_INSULT_NOUNS.has(w) ||
    STRONG_INSULT_ADJECTIVES.has(w)
      ? W_INSULT
      : 0) |
    (INTENSIFIERS.has(w) ? W_INT : 0) |
    (NEGATION.has(w) || w.endsWith('nt') ? W_NOT : 0) |
    (ABSOLUTE.has(w) ? W_ABS : 0) |
    (SELF_WORDS.has(w) || w === 'i' || w === 'im' || w === 'me' || w === 'my' ? W_SELF : 0) |
    (LAUGH.has(w) ? W_LAUGH : 0);
  i = {
    w,
    caps: raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase() && !isAcronym(raw),
    hw: fnv(W0, w) >>> 0,
    hs: w.length > 5 ? featureHash(`s:${w.replace(/(?:ing|ed|es|s|ly)$/, '')}`) : 0,
    left: fnv(fnv(B0, w), '_'),
    k,
    v: valence(w),
  };
  if (raw.length <= 40) {
    if (WORDS.size >= 5000) WORDS.clear();
    WORDS.set(raw, i);
  }
  return i;
}

/** Hashes of the class features ("c:…"), made once. */
const C = new Map<string, number>();
const ch = (name: string): number => {
  let h = C.get(name);
  if (h === undefined) {
    h = featureHash(`c:${name}`);
    C.set(name, h);
  }
  return h;
};

export interface Score {
  /** Probability that the text is hostile (1 − P(none)). */
  hostile: number;
  /** The most likely category. */
  category: Category;
}

/** The features met in the current text, by hash: open addressing, slots stamped with the call's number. */
let seenHash = new Int32Array(1024);
let seenStamp = new Int32Array(1024);
let stamp = 0;
let seenN = 0;
const z = new Float64Array(6);
let norm = 0;
let cur: ScoreTable;

/** Counts feature `h` (a 32-bit hash) with value `v` once, and adds its weights. */
function add(h: number, v = 1): void {
  let m = seenHash.length - 1;
  let i = h & m;
  for (; seenStamp[i] === stamp; i = (i + 1) & m) if (seenHash[i] === (h | 0)) return;
  if (++seenN * 2 > m) {
    // Grow (a very long text), keeping what is there.
    const oh = seenHash;
    const os = seenStamp;
    seenHash = new Int32Array(oh.length * 2);
    seenStamp = new Int32Array(oh.length * 2);
    m = seenHash.length - 1;
    for (let j = 0; j < oh.length; j++)
      if (os[j] === stamp) {
        let k = (oh[j] as number) & m;
        while (seenStamp[k] === stamp) k = (k + 1) & m;
        seenHash[k] = oh[j] as number;
        seenStamp[k] = stamp;
      }
    i = h & m;
    while (seenStamp[i] === stamp) i = (i + 1) & m;
  }
  seenHash[i] = h;
  seenStamp[i] = stamp;
  norm += v * v;
  const e = entry(cur, h & MASK);
  if (e < 0) return;
  for (let c = 0; c < 6; c++) z[c] = (z[c] as number) + (cur.w[e * 6 + c] as number) * v;
}

/**
 * The model's reading of one piece of text (normally one sentence): the features of
 * `scoreFeatures`, made as hashes without their names (the same numbers), summed from `t`
 * (default: the generated weights).
 */
export function score(text: string, t?: ScoreTable): Score {
  if (!table) table = readTable(SCORE_TABLE, SCORE_BIAS, SCORE_SCALE);
  const tab = t ?? table;
  cur = tab;
  stamp = (stamp + 1) | 0;
  if (stamp === 0) {
    seenStamp.fill(0);
    stamp = 1;
  }
  seenN = 0;
  z.fill(0);
  norm = 0;
  let n = 0;
  let caps = 0;
  let bits = 0;
  let neg = 0;
  let pos = 0;
  let notPos = false;
  let notNeg = false;
  let youInsult = false;
  let youNeg = false;
  let prev = B_START;
  let lastNot = -9;
  let lastYou = -9;
  let first: WordInfo | null = null;
  let head: WordInfo | null = null;
  let headDone = false;
  let last: WordInfo | null = null;
  for (const m of text.matchAll(WORD)) {
    const x = wordInfo(m[0]);
    const w = x.w;
    if (x.caps) caps++;
    if (!first) first = x;
    if (!headDone) {
      head = x;
      headDone = w !== 'just' && w !== 'now' && w !== 'so';
    }
    add(x.hw);
    add(fnv(prev, w) >>> 0);
    if (x.hs) add(x.hs);
    prev = x.left;
    last = x;
    const i = n++;
    if (x.k & W_YOU) lastYou = i;
    const negated = i - lastNot <= 2;
    const v = x.v;
    if (v < 0) {
      if (negated) notNeg = true;
      else neg += v <= -3 ? 2 : 1;
      if (!negated && i - lastYou <= 3) youNeg = true;
    } else if (v > 0) {
      if (negated) notPos = true;
      else pos++;
    }
    if (x.k & W_INSULT && i - lastYou <= 3) youInsult = true;
    if (x.k & W_INT) add(ch('int'));
    if (x.k & W_NOT) {
      add(ch('not'));
      lastNot = i;
    }
    if (x.k & W_LAUGH) add(ch('laugh'));
    bits |= x.k;
  }
  if (first && head && last) {
    const f0 = first;
    const h0 = headDone ? head : last;
    const you = (bits & W_YOU) !== 0;
    const third = (bits & W_THIRD) !== 0;
    const insult = (bits & W_INSULT) !== 0;
    const abs = (bits & W_ABS) !== 0;
    const self = (bits & W_SELF) !== 0;
    add(featureHash(`f:${f0.w}`));
    // An order: the first word (after "just", "now", "so") is none of the ways a statement or question starts.
    const imp = !NOT_IMPERATIVE.has(h0.w) && !/^\d/.test(h0.w) && n > 1;
    if (imp) add(ch('imp'));
    if (imp && neg) add(ch('imp+neg'));
    if (imp && you) add(ch('imp+you'));
    if (third) add(ch('third'));
    if (third && !you) add(ch(neg ? 'third+neg' : 'third-only'));
    if (bits & W_HEDGE) add(ch('hedge'));
    if (bits & W_REPORT) add(ch('report'));
    if (/["\u201c\u201d]/.test(text)) add(ch('quote'));
    if (notPos) add(ch(you ? 'you+notpos' : 'notpos'));
    if (notNeg) add(ch('notneg'));
    if (youInsult) add(ch('you~insult'));
    if (insult && !you && self) add(ch('self+insult'));
    const q = text.includes('?');
    if (q && you && (neg || abs)) add(ch('q+you+neg'));
    else if (q && !you) add(ch('q-you'));
    if (VOCATIVE.test(text)) add(ch(insult ? 'voc+insult' : 'voc'));
    for (const m of text.matchAll(PICTO)) add(featureHash(`e:${m[0]}`));
    if (you) add(ch('you'));
    if (neg) add(ch('neg'), Math.min(3, neg));
    if (pos) add(ch('pos'), Math.min(3, pos));
    if (insult) add(ch('insult'));
    if (abs) add(ch('abs'));
    if (self) add(ch('self'));
    if (youNeg) add(ch('you~neg'));
    else if (you && neg) add(ch('you+neg'));
    if (you && pos) add(ch('you+pos'));
    if (you && insult) add(ch('you+insult'));
    if (you && abs) add(ch('you+abs'));
    if (self && neg) add(ch('self+neg'));
    if (caps) add(ch('caps'), Math.min(3, caps));
    if (caps >= 2 && caps * 2 >= n) add(ch('allcaps'));
    if (q) add(ch('q'));
    if (/[?!]{2,}/.test(text)) add(ch('marks'));
    if (text.includes('!')) add(ch('ex'));
    if (text.includes('*')) add(ch('star'));
    add(ch('len'), Math.min(3, n / 8));
    add(fnv(last.left, '$') >>> 0);
  }
  const k = n ? 1 / Math.sqrt(norm) / tab.scale : 0;
  let max = 0;
  let best = 0;
  for (let c = 0; c < 6; c++) {
    const v = (tab.bias[c] as number) + (z[c] as number) * k;
    z[c] = v;
    if (v > max) max = v;
    if (v > (z[best] as number)) best = c;
  }
  let sum = Math.exp(-max);
  const none = sum;
  for (let c = 0; c < 6; c++) sum += Math.exp((z[c] as number) - max);
  return { hostile: 1 - none / sum, category: CATEGORIES[best] as Category };
}
