/**
 * Text normalisation for the rules. Nothing here rewrites the person's text: every token keeps
 * its UTF-16 offsets into the original string (that is the offset map), and rules compare the
 * canonical form `w`: lower case, straight apostrophes, stretched letters collapsed
 * ("sooo" → "so", "neverrrr" → "never"), texting forms expanded ("u" → "you", "im" → "i'm").
 *
 * Word and sentence boundaries come from Intl.Segmenter, created once.
 */
import { ACRONYMS, isKnownWord } from './lexicon';

const WORD_SEGMENTER = new Intl.Segmenter('en', { granularity: 'word' });
const SENTENCE_SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Curly and look-alike apostrophes, as a char class body. */
const APOSTROPHES = '\u2019\u2018\u02BC\u2032\uFF07';

export function straightenApostrophes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    out += APOSTROPHES.includes(c) ? "'" : c;
  }
  return out;
}

/** Lower case without changing length (so offsets stay aligned). */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let out = '';
  for (const ch of s) {
    const lc = ch.toLowerCase();
    out += lc.length === ch.length ? lc : ch;
  }
  return out;
}

function collapseRuns(w: string, keep: number): string {
  let out = '';
  let run = 0;
  let prev = '';
  for (const ch of w) {
    if (ch === prev) run++;
    else {
      run = 1;
      prev = ch;
    }
    if (run <= keep) out += ch;
  }
  return out;
}

/** "sooo" → "so", "neverrrr" → "never", "stuuupid" → "stupid", "coool" → "cool". */
export function collapseStretched(w: string): string {
  let hasRun = false;
  for (let i = 2; i < w.length; i++) {
    if (w[i] === w[i - 1] && w[i] === w[i - 2]) {
      hasRun = true;
      break;
    }
  }
  if (!hasRun) return w;
  const two = collapseRuns(w, 2);
  if (isKnownWord(two)) return two;
  // Only the runs of three or more cut to one, the word's own doubles kept ("reallyyy" → "really",
  // "annoyinggg" → "annoying").
  const kept = w.replace(/(.)\1\1+/g, '$1');
  if (isKnownWord(kept)) return kept;
  return collapseRuns(w, 1);
}

/**
 * Two neighbouring letters typed the wrong way round in a word of six letters or more that we do
 * not know ("ridiuclous", "pahtetic"): the one known word a swap makes, if exactly one does.
 */
function unswapped(w: string): string {
  let found = '';
  for (let i = 1; i < w.length; i++) {
    if (w[i] === w[i - 1]) continue;
    const c = w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
    if (isKnownWord(c)) {
      if (found) return w;
      found = c;
    }
  }
  return found || w;
}

/** Texting forms and missing apostrophes, mapped to the form the rules use. */
const TEXTING: Readonly<Record<string, string>> = {
  u: 'you',
  ya: 'you',
  yu: 'you',
  yall: "y'all",
  youre: "you're",
  "u're": "you're",
  ure: "you're",
  "u'r": "you're",
  r: 'are',
  urself: 'yourself',
  w: 'with',
  im: "i'm",
  "i'am": "i'm",
  ive: "i've",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  shouldnt: "shouldn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  thats: "that's",
  whats: "what's",
  its: "it's",
  youve: "you've",
  youll: "you'll",
  "u'll": "you'll",
  youd: "you'd",
  "u've": "you've",
  "u'd": "you'd",
  theyre: "they're",
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  bc: 'because',
  becuz: 'because',
  becuase: 'because',
  okay: 'ok',
  okk: 'ok',
  kk: 'k',
  pls: 'please',
  plz: 'please',
  alwayz: 'always',
  allways: 'always',
  nvr: 'never',
  neva: 'never',
  wat: 'what',
  abt: 'about',
  rly: 'really',
  srsly: 'seriously',
  tonite: 'tonight',
  smth: 'something',
  wut: 'what',
  wht: 'what',
  y: 'why',
  fkn: 'fucking',
  fkin: 'fucking',
  fucken: 'fucking',
  effing: 'fucking',
  frickin: 'freaking',
  friggin: 'freaking',
  stoopid: 'stupid',
  stpid: 'stupid',
  dum: 'dumb',
  idiotic: 'idiotic',
  ppl: 'people',
  whateva: 'whatever',
  wateva: 'whatever',
  watever: 'whatever',
  whatevs: 'whatever',
  sry: 'sorry',
  gotta: 'gotta',
};

/** Canonical forms already computed (words repeat a lot); cleared when it grows large. */
const CANON_CACHE = new Map<string, string>();
const CANON_CACHE_MAX = 20_000;

/** The canonical form of one word: what the rules compare. Memoised: it is pure. */
export function canon(raw: string): string {
  const hit = CANON_CACHE.get(raw);
  if (hit !== undefined) return hit;
  const w = canonUncached(raw);
  if (raw.length <= 40) {
    if (CANON_CACHE.size >= CANON_CACHE_MAX) CANON_CACHE.clear();
    CANON_CACHE.set(raw, w);
  }
  return w;
}

function canonUncached(raw: string): string {
  let w = lowerSameLength(raw);
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) > 0x7f && APOSTROPHES.includes(w[i] as string)) {
      w = straightenApostrophes(w);
      break;
    }
  }
  // "you are an 'idiot'": the rough pass reads the quote marks with the word; the word is the same.
  if (/^'[a-z][a-z-]*'$/.test(w)) return canon(w.slice(1, -1));
  if (w.length >= 3) w = collapseStretched(w);
  const x = TEXTING[w];
  if (x) return x;
  return w.length >= 6 && w.length <= 20 && /^[a-z]+$/.test(w) && !isKnownWord(w) ? unswapped(w) : w;
}

/** Plural words of "you" ("you guys", "you lot"): as a subject, the pattern's "you". */
const PLURAL_YOU = /^(?:guys|lot|people|all|folks)$/;
/** Words after which a "you" starts a clause ("but you guys never", "I swear you lot are"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'and but so because if when since then now honestly seriously lol ok well tbh ngl swear think'.split(' '),
);
/** Words that make the "you" before them a subject: auxiliaries, adverbs of blame, verbs of blame. */
const SUBJECT_NEXT: ReadonlySet<string> = new Set(
  "are were have had will would can can't could couldn't do don't did didn't never always keep kept just made make ruined broke screwed messed ignore ignored forgot wasted lied killed tanked wrecked destroyed trashed drove cost torpedoed gutted nuked blew scared chased".split(
    ' ',
  ),
);

/** Does the token before `k` (none: the text's start) leave a "you" at `k` at the start of a clause? */
function clauseStartAt(text: string, tokens: readonly Token[], k: number): boolean {
  const p = tokens[k - 1];
  if (p === undefined) return true;
  if (CLAUSE_OPENERS.has(p.w)) return true;
  return /[.!?;:,\n(]/.test(text.slice(p.end, (tokens[k] as Token).start));
}

/** Only spaces between tokens `k` and `k + 1`'s start. */
function spacedOnly(text: string, t: Token, start: number): boolean {
  for (let i = t.end; i < start; i++) if (''.charCodeAt.call(text, i) !== 32) return false;
  return true;
}

/**
 * A plural "you" as a subject reads as "you" (the rules' subject), told by the word `w` about to be
 * pushed at `start` (in sentence `sent`) after `tokens` (an auxiliary, "never", a verb of blame): "y'all never listen" ~
 * "you never listen" (the last token's word becomes "you": 1), "you guys made me" ~ "you made me"
 * (the last token, "guys", is to be left out: 2); 0: nothing. Both the rough and the real tokens go
 * through it, so the pre-filter reads what the rules read.
 */
export function pluralYou(text: string, tokens: Token[], w: string, start: number, sent: number): number {
  if (!SUBJECT_NEXT.has(w)) return 0;
  const k = tokens.length - 1;
  const p = tokens[k];
  if (p === undefined || p.mention || p.sent !== sent || !spacedOnly(text, p, start)) return 0;
  if (p.w === "y'all") {
    if (!clauseStartAt(text, tokens, k)) return 0;
    p.w = 'you';
    return 1;
  }
  if (!PLURAL_YOU.test(p.w)) return 0;
  const y = tokens[k - 1];
  if (y === undefined || y.w !== 'you' || y.mention || y.sent !== p.sent || !spacedOnly(text, y, p.start))
    return 0;
  if (!clauseStartAt(text, tokens, k - 1)) return 0;
  tokens.pop();
  return 2;
}

/**
 * Rough tokens for the pre-filter: a regular-expression split of the lower-cased text, as one
 * sentence, nothing treated as a mention. Cheaper than the segmenter; only used to decide
 * whether the real analysis is worth running.
 */
export function roughDoc(text: string): Doc {
  const tokens = roughTokens(text, 0);
  return {
    text,
    tokens,
    sentences: [{ start: 0, end: text.length, contentEnd: text.length, first: 0, last: tokens.length }],
    style: { lower: false, curly: false, u: false, ur: false },
  };
}

/*
 * `''.charCodeAt.call(s, i)` is `s.charCodeAt(i)` (and `''.startsWith.call` `startsWith`): the loops
 * over every character read strings of many kinds (messages, slices, edits; one or two bytes a
 * character), and a method call site that met that many looked the method up the slow way at each
 * character. Read off a literal, the function is known where the loop is compiled and the call is
 * made in place; kept in a module variable (a `var` once bundled), it was called the slow way too.
 */

const ROUGH_CHAR = /[\p{L}\p{N}\u2019\u2018\u02BC]/u;

/** Is the code point at `i` (code unit `c`, not ASCII) a letter, digit or apostrophe? */
function isRoughOther(text: string, i: number, c: number): boolean {
  if (c >= 0xd800 && c <= 0xdbff) return ROUGH_CHAR.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return ROUGH_CHAR.test(text[i] as string);
}

/** ASCII letters, digits and the apostrophe: 1. */
const ROUGH_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ROUGH_ASCII[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 ? 1 : 0;

/**
 * Recently seen words of `roughTokens`, by a hash of their characters: the word, its canonical form
 * and what `wordInfo` says of it. Two ways per hash (slots 2k and 2k + 1, the word met last first):
 * two words of one text that share a hash both stay (one way each, they pushed each other out at
 * every analysis of a long text). 4,096 slots to start with, as many as a page that analyses what
 * someone types ever fills; when the words of a busy engine keep missing (a tenth of those looked up
 * since the last check, e.g. thousands of different messages in a row), twice as many, up to 16,384.
 */
const ROUGH_SLOTS_MIN = 4096;
const ROUGH_SLOTS_MAX = 16384;
const ROUGH_SLOT_LENGTH = 12;
let roughSlots = ROUGH_SLOTS_MIN;
let ROUGH_RAW: Array<string | undefined> = new Array(roughSlots).fill(undefined);
let ROUGH_W: Array<string | undefined> = new Array(roughSlots).fill(undefined);
/** Per slot: what `wordInfo` says about its canonical form (undefined: not asked yet). */
let ROUGH_INFO: unknown[] = new Array(roughSlots).fill(undefined);
/** Words short enough for a slot looked up, and those of them not found, since the last check. */
let roughLookups = 0;
let roughMisses = 0;
/** What the caller of `roughTokens` wants to know about each word (`setWordInfo`). */
let wordInfo: ((w: string) => unknown) | null = null;

/**
 * Sets what `roughTokens` gives for each word in `infos` (the pre-filter's lists for the word):
 * a pure function of the canonical form, kept in the word's slot beside it, so a repeated word
 * costs no lookup. Setting it again forgets every kept answer.
 */
export function setWordInfo(f: (w: string) => unknown): void {
  wordInfo = f;
  ROUGH_INFO.fill(undefined);
}

/** After `roughTokens`: twice the slots when a tenth of the words looked up since the last check missed. */
function checkRoughSlots(): void {
  if (roughLookups < 4 * roughSlots) return;
  if (roughMisses * 10 > roughLookups && roughSlots < ROUGH_SLOTS_MAX) {
    roughSlots *= 2;
    ROUGH_RAW = new Array(roughSlots).fill(undefined);
    ROUGH_W = new Array(roughSlots).fill(undefined);
    ROUGH_INFO = new Array(roughSlots).fill(undefined);
  }
  roughLookups = 0;
  roughMisses = 0;
}

/**
 * The rough tokens of `text`, with offsets shifted by `offset` (when `text` is a slice): runs of
 * letters, digits and apostrophes, scanned by hand (ASCII fast path), in canonical form. With
 * `infos`, also what `setWordInfo`'s function says about each token's word, in token order.
 */
export function roughTokens(text: string, offset: number, infos?: unknown[]): Token[] {
  const tokens: Token[] = [];
  const info = infos !== undefined ? wordInfo : null;
  const slots = roughSlots;
  const rawOf = ROUGH_RAW;
  const wOf = ROUGH_W;
  const infoOf = ROUGH_INFO;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // A letter, digit or apostrophe (ROUGH_CHAR) starts a word: each code unit is read once, ASCII
    // by table, the rest by `isRoughOther`.
    let c = ''.charCodeAt.call(text, i);
    if (c < 0x80 ? ROUGH_ASCII[c] === 0 : !isRoughOther(text, i, c)) {
      i++;
      continue;
    }
    const a = i;
    // A hash of the word's code units, for the slot cache below.
    let h = 0;
    for (;;) {
      h = (Math.imul(h, 31) + c) | 0;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      if (i >= n) break;
      c = ''.charCodeAt.call(text, i);
      if (c < 0x80 ? ROUGH_ASCII[c] === 0 : !isRoughOther(text, i, c)) break;
    }
    if (i > n) i = n;
    // The same words come back again and again: a slot holding this very word (compared
    // character by character) gives its string and canonical form without a new string or a
    // lookup in the canon cache (slicing and hashing each word was the pre-filter's main cost).
    const len = i - a;
    const slot = (h & ((slots >> 1) - 1)) << 1;
    let raw = rawOf[slot];
    let w: string;
    let found = raw !== undefined && raw.length === len && ''.startsWith.call(text, raw, a);
    if (!found) {
      // The other way: found there, it becomes the first (the word met last is looked at first).
      const other = rawOf[slot + 1];
      if (other !== undefined && other.length === len && ''.startsWith.call(text, other, a)) {
        rawOf[slot + 1] = raw;
        rawOf[slot] = other;
        raw = other;
        const w1 = wOf[slot + 1];
        wOf[slot + 1] = wOf[slot];
        wOf[slot] = w1;
        const x1 = infoOf[slot + 1];
        infoOf[slot + 1] = infoOf[slot];
        infoOf[slot] = x1;
        found = true;
      }
    }
    if (found) {
      w = wOf[slot] as string;
      if (info !== null) {
        let x = infoOf[slot];
        if (x === undefined) {
          x = info(w);
          infoOf[slot] = x;
        }
        (infos as unknown[]).push(x);
      }
    } else {
      raw = text.slice(a, i);
      w = canon(raw);
      const x = info !== null ? info(w) : undefined;
      if (info !== null) (infos as unknown[]).push(x);
      // Short words only: V8 copies short slices, a longer one could keep a whole long text alive.
      // The first way's word moves to the second.
      if (len <= ROUGH_SLOT_LENGTH) {
        roughMisses++;
        rawOf[slot + 1] = rawOf[slot];
        wOf[slot + 1] = wOf[slot];
        infoOf[slot + 1] = infoOf[slot];
        rawOf[slot] = raw;
        wOf[slot] = w;
        infoOf[slot] = x;
      }
    }
    if (len <= ROUGH_SLOT_LENGTH) roughLookups++;
    const py = pluralYou(text, tokens, w, offset + a, 0);
    if (py !== 0 && info !== null) {
      // The word's own info is the last; the one before is the plural's, now "you" or gone.
      const ins = infos as unknown[];
      const mine = ins.pop();
      if (py === 1) ins[ins.length - 1] = info('you');
      else ins.pop();
      ins.push(mine);
    }
    tokens.push({
      start: offset + a,
      end: offset + i,
      raw: raw as string,
      w,
      sent: 0,
      caps: false,
      mention: false,
    });
  }
  checkRoughSlots();
  return tokens;
}

export interface Token {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  raw: string;
  /** Canonical form (see `canon`). */
  w: string;
  /** Index of the sentence holding this token. */
  sent: number;
  /** Written in capitals (two or more letters, all upper case). */
  caps: boolean;
  /** Inside quotation marks, a URL, an @handle or code: a mention, not a use. */
  mention: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** End of the sentence's words: before trailing spaces and terminal marks (.!?…). */
  contentEnd: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

export interface Style {
  /** The person writes without capitals (then "i feel", not "I feel"). */
  lower: boolean;
  /** The person uses curly apostrophes. */
  curly: boolean;
  /** The person writes "u" for "you". */
  u: boolean;
  /** The person writes "ur" for "your"/"you're". */
  ur: boolean;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  style: Style;
}

const SINGLE_QUOTES: ReadonlyArray<readonly [string, string]> = [
  ["'", "'"],
  ['\u2018', '\u2019'],
];
const OPEN_CLOSE: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['\u201C', '\u201D'],
  ['\u00AB', '\u00BB'],
  ['`', '`'],
];

/**
 * Ranges that are mentions rather than uses: quoted text, code, URLs, @handles.
 * Linear: each scan uses indexOf and never revisits text.
 */
export function mentionRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [open, close] of OPEN_CLOSE) {
    let from = 0;
    for (;;) {
      const a = ''.indexOf.call(text, open, from);
      if (a < 0) break;
      const b = ''.indexOf.call(text, close, a + 1);
      if (b < 0) break;
      // 'ur such a "genius"', 'you are an "idiot"': one word quoted right after "you're a" is said
      // to them, as in single quotes (after "ur" alone it is "your": 'ur "job"' stays quoted).
      if (
        !(
          b - a <= 25 &&
          /^[\p{L}-]+$/u.test(text.slice(a + 1, b)) &&
          AIMED_BEFORE.test(text.slice(Math.max(0, a - 24), a)) &&
          AIMED_WORD.test(text.slice(Math.max(0, a - 9), a))
        )
      )
        ranges.push([a, b + 1]);
      from = b + 1;
    }
  }
  // "what does 'wanker' mean?", "why is ‘twat’ worse": one word in single quotes is a word
  // quoted, as in double quotes. Only one word, set off by a space or a bracket before and no
  // letter after, so apostrophes ("don't", "the boys' rooms") are never taken for quotes.
  for (const [open, close] of SINGLE_QUOTES) {
    for (let p = ''.indexOf.call(text, open); p >= 0; p = ''.indexOf.call(text, open, p + 1)) {
      if (p > 0 && !/[\s([]/.test(text[p - 1] as string)) continue;
      let e = p + 1;
      while (e < text.length && e - p <= 24 && /[\p{L}-]/u.test(text[e] as string)) e++;
      if (e - p < 3 || text[e] !== close || /[\p{L}\p{N}]/u.test(text[e + 1] ?? '')) continue;
      // "you are a 'wanker'", "you absolute 'idiot'": said to them, not a word talked about.
      if (AIMED_BEFORE.test(text.slice(Math.max(0, p - 24), p))) continue;
      ranges.push([p, e + 1]);
      p = e;
    }
  }
  // URLs, @handles and #hashtags: whitespace-separated chunks that start with "@", "#", "http://",
  // "https://" or "www." (any case). Found by searching for those starts, not by walking every chunk.
  for (const mark of ['@', '#']) {
    for (let p = ''.indexOf.call(text, mark); p >= 0; p = ''.indexOf.call(text, mark, p + 1)) {
      if (p > 0 && !isSpace(text.charCodeAt(p - 1))) continue;
      const e = chunkEnd(text, p);
      if (e - p > 1) ranges.push([p, e]);
    }
  }
  LINK_START.lastIndex = 0;
  for (let m = LINK_START.exec(text); m !== null; m = LINK_START.exec(text)) {
    const p = m.index;
    if (p > 0 && !isSpace(text.charCodeAt(p - 1))) continue;
    const e = chunkEnd(text, p);
    if (e - p > 4) ranges.push([p, e]);
    LINK_START.lastIndex = Math.max(LINK_START.lastIndex, e);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  return ranges;
}

const LINK_START = /https?:\/\/|www\./gi;
/** The words before a quoted label that aim it at the reader: "you", "you're a", "ur such an", "you absolute". */
const AIMED_BEFORE =
  /(?:^|[^\p{L}'\u2019])(?:you|u|ya|ur|you['\u2019]re|youre|you are)(?: (?:an?|such|so|real|absolute|total|complete|little|big))* $/iu;

/** The last word before a quote that `AIMED_BEFORE` reads as aimed, when "you" is not alone. */
const AIMED_WORD = /(?:^|[^\p{L}'])(?:an?|such|so|real|absolute|total|complete|little|big) $/iu;

/** End of the whitespace-free chunk starting at `p`. */
function chunkEnd(text: string, p: number): number {
  let e = p;
  while (e < text.length && !isSpace(text.charCodeAt(e))) e++;
  return e;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isCapsWord(raw: string): boolean {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = ''.charCodeAt.call(raw, i);
    // ASCII (nearly every word): a-z are the only lower-case letters there, A-Z the only capitals;
    // the Unicode classes are asked only about other characters (every token was two regex tests).
    if (c < 0x80) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      continue;
    }
    // One code point (a surrogate pair, or a lone surrogate alone), as `for…of` would give it.
    const cp = raw.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const ch = String.fromCodePoint(cp);
    if (LOWER.test(ch)) return false;
    if (UPPER.test(ch)) letters++;
  }
  return letters >= 2;
}

const TERMINAL = '.!?\u2026\u203D;:';

/** Split into tokens and sentences. Cost is linear in the text length. */
const STOP_INSIDE = /\p{Ll}\.\p{Lu}\p{Ll}/u;

/**
 * "absolutes.Fuck": a full stop with no space between a word and a capitalised word ends a
 * sentence; the segmenter keeps both as one word. Split there, the stop left out; "google.com",
 * "Node.js", "e.g." and "U.S.A" stay whole.
 */
function splitAtStops(raw: string): Array<[number, string]> {
  if (!raw.includes('.') || !STOP_INSIDE.test(raw)) return [[0, raw]];
  const out: Array<[number, string]> = [];
  let a = 0;
  for (let i = 1; i + 2 < raw.length; i++) {
    if (raw[i] !== '.') continue;
    if (!STOP_INSIDE.test(raw.slice(i - 1, i + 3))) continue;
    out.push([a, raw.slice(a, i)]);
    a = i + 1;
  }
  out.push([a, raw.slice(a)]);
  return out;
}

/**
 * Word classes of ASCII characters under the Unicode word-break rules (UAX #29) as the
 * segmenter applies them: letters, digits, ":" (MidLetter), "." and "'" (MidNumLet), "," and ";"
 * (MidNum), "_" (ExtendNumLet); everything else breaks words.
 */
const W_OTHER = 0;
const W_LETTER = 1;
const W_DIGIT = 2;
const W_MID_LETTER = 3;
const W_MID_NUM_LET = 4;
const W_MID_NUM = 5;
const W_EXTEND_NUM_LET = 6;
const WORD_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) WORD_CLASS[c] = W_LETTER;
for (let c = 97; c <= 122; c++) WORD_CLASS[c] = W_LETTER;
for (let c = 48; c <= 57; c++) WORD_CLASS[c] = W_DIGIT;
WORD_CLASS[58] = W_MID_LETTER; // :
WORD_CLASS[46] = W_MID_NUM_LET; // .
WORD_CLASS[39] = W_MID_NUM_LET; // '
WORD_CLASS[44] = W_MID_NUM; // ,
WORD_CLASS[59] = W_MID_NUM; // ;
WORD_CLASS[95] = W_EXTEND_NUM_LET; // _

/**
 * All ASCII, or one of the few other characters common in messages whose word- and sentence-break
 * classes the hand scanners below know: no-break space, curly quotes and apostrophes.
 */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = ''.charCodeAt.call(s, i);
    if (c >= 0x80 && c !== 0xa0 && c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d) return false;
  }
  return true;
}

/** Word-break class of a code unit of a plain string: ‘ ’ are MidNumLet like "'"; no-break space, “ ” break. */
function wordClass(c: number): number {
  if (c < 0x80) return WORD_CLASS[c] as number;
  return c === 0x2018 || c === 0x2019 ? W_MID_NUM_LET : W_OTHER;
}

/**
 * The word-like segments of `piece` as [start, end) pairs in `out` (cleared first): exactly what
 * Intl.Segmenter (word granularity) reports as `isWordLike`. Plain pieces (`isPlain`: nearly
 * every message) are scanned by hand with the word-break rules (WB5–WB13b: letters and digits
 * join, ":", ".", "'", "’" join letters, ",", ";", ".", "'", "’" join digits, "_" joins anything;
 * a run of "_" alone is word-like from two on); the segmenter costs several times more. Checked
 * against the segmenter on every string of up to six characters over the classes, every ASCII
 * string of up to three, random strings and every corpus line. Other pieces go to the segmenter.
 */
export function wordRanges(piece: string, out: number[]): void {
  out.length = wordSpans(piece, out);
}

/**
 * `wordRanges` written from `out[0]` on, its length left as it was: how many numbers it wrote.
 * Emptied and pushed again, an array gets a new backing store at every call (one per chunk).
 */
function wordSpans(piece: string, out: number[]): number {
  let o = 0;
  if (!isPlain(piece)) {
    for (const seg of WORD_SEGMENTER.segment(piece))
      if (seg.isWordLike) {
        out[o++] = seg.index;
        out[o++] = seg.index + seg.segment.length;
      }
    return o;
  }
  const n = piece.length;
  let i = 0;
  while (i < n) {
    let prev = wordClass(''.charCodeAt.call(piece, i));
    if (prev !== W_LETTER && prev !== W_DIGIT && prev !== W_EXTEND_NUM_LET) {
      i++;
      continue;
    }
    const start = i;
    let lettersOrDigits = prev !== W_EXTEND_NUM_LET;
    i++;
    while (i < n) {
      const c = wordClass(''.charCodeAt.call(piece, i));
      if (c === W_LETTER || c === W_DIGIT || c === W_EXTEND_NUM_LET) {
        if (c !== W_EXTEND_NUM_LET) lettersOrDigits = true;
        prev = c;
        i++;
        continue;
      }
      if (c === W_OTHER || i + 1 >= n) break;
      // A mark joins only between two letters ("can't", "e.g") or two digits ("3.14", "1,000").
      const next = wordClass(''.charCodeAt.call(piece, i + 1));
      if (prev === W_LETTER && next === W_LETTER && (c === W_MID_LETTER || c === W_MID_NUM_LET)) i += 2;
      else if (prev === W_DIGIT && next === W_DIGIT && (c === W_MID_NUM || c === W_MID_NUM_LET)) i += 2;
      else break;
    }
    if (lettersOrDigits || i - start >= 2) {
      out[o++] = start;
      out[o++] = i;
    }
  }
  return o;
}

/**
 * Scratch arrays of `tokenize` (a chunk's word ranges) and `sentenceRanges` (a piece's sentence
 * ends), written from the start at each use (small integers only: nothing of a text is kept). A new
 * array per call grew a new backing store at each call.
 */
const WORDS: number[] = [];
const ENDS: number[] = [];

/**
 * `known`: tokens of the same text already in canonical form, ascending (the pre-filter's rough
 * tokens): a word found at the same offsets is that token, its other fields rewritten (the same
 * characters, and `canon` is pure), instead of a new one with its word looked up again. They are
 * taken over: the caller must not read them as rough tokens afterwards.
 */
export function tokenize(
  text: string,
  wants?: (start: number, end: number, body: string) => boolean,
  ranges?: Sentence[],
  known?: Token[],
): Doc {
  const mentions = mentionRanges(text);
  const tokens: Token[] = [];
  const sentences = ranges ?? sentenceRanges(text);
  let ki = 0;
  let mi = 0;
  let budget = SEGMENT_BUDGET;
  const words = WORDS;
  /** One word of sentence `si` at `start` (a rough token of the same characters is taken over). */
  const add = (start: number, raw: string, si: number): void => {
    const end = start + raw.length;
    while (mi < mentions.length && (mentions[mi] as [number, number])[1] <= start) mi++;
    const m = mentions[mi];
    const mention = m !== undefined && m[0] <= start && end <= m[1];
    if (known) {
      while (ki < known.length && (known[ki] as Token).start < start) ki++;
      const k = known[ki];
      if (k !== undefined && k.start === start && k.end === end) {
        // The rough token of these very characters becomes the doc's (one object less per word).
        k.raw = raw;
        k.sent = si;
        k.caps = isCapsWord(raw);
        k.mention = mention;
        if (!mention) pluralYou(text, tokens, k.w, start, si);
        tokens.push(k);
        return;
      }
    }
    const w = canon(raw);
    if (!mention) pluralYou(text, tokens, w, start, si);
    tokens.push({ start, end, raw, w, sent: si, caps: isCapsWord(raw), mention });
  };
  sentences.forEach((s, si) => {
    s.first = tokens.length;
    if (budget <= 0 || s.start >= SCAN_BUDGET) {
      s.last = tokens.length;
      return;
    }
    // A little of the next sentence too: the segmenter may break inside a masked word ("sh!t").
    const bodyEnd = Math.min(text.length, s.end + GATE_LOOKAHEAD);
    if (wants && !wants(s.start, bodyEnd, text.slice(s.start, bodyEnd))) {
      s.last = tokens.length;
      return;
    }
    budget -= s.end - s.start;
    // Segment in pieces: V8's word segmenter slows down quadratically on long strings.
    for (const [cs, ce] of chunks(text, s.start, s.end)) {
      const piece = text.slice(cs, ce);
      if (!LETTER_OR_DIGIT.test(piece)) continue;
      const nw = wordSpans(piece, words);
      for (let k = 0; k < nw; k += 2) {
        const index = words[k] as number;
        const segment = ''.slice.call(piece, index, words[k + 1]);
        // Without a stop, the word is whole (`splitAtStops` gives it back as it is): no arrays for it.
        if (!''.includes.call(segment, '.')) {
          add(cs + index, segment, si);
          continue;
        }
        const parts = inLinkOrHandle(text, cs + index)
          ? [[0, segment] as [number, string]]
          : splitAtStops(segment);
        for (const [o, raw] of parts) add(cs + index + o, raw, si);
      }
    }
    s.last = tokens.length;
    // "@sam spare me the lecture": a mention that opens the sentence only says who is addressed; the
    // sentence's words start after it, so its first-word checks read "spare".
    let f = s.first;
    while (f < s.last - 1 && (tokens[f] as Token).mention) f++;
    if (f < s.last && !(tokens[f] as Token).mention) s.first = f;
  });
  return makeDoc(text, tokens, sentences);
}

/**
 * The doc, made apart from `tokenize`: its `style` getter keeps only what it needs alive, not
 * `tokenize`'s own variables (the pre-filter's rough tokens, the sentence gate and its closure),
 * which would otherwise live as long as the doc, through the checking of every suggestion, and be
 * copied by each garbage collection of the young generation meanwhile.
 */
function makeDoc(text: string, tokens: Token[], sentences: Sentence[]): Doc {
  let style: Style | null = null;
  return {
    text,
    tokens,
    sentences,
    // Only suggestions need the person's style: worked out on first use.
    get style(): Style {
      style ??= styleOf(text);
      return style;
    },
  };
}

const CHUNK = 512;
/**
 * At most this many characters of sentences that passed the pre-filter are split into words
 * (whole sentences; the first ones in the text). Far beyond any message, and more than enough
 * for the engine's first findings; it keeps pathological 100,000-character input fast.
 */
export const SEGMENT_BUDGET = 8_000;
/**
 * The pre-filter looks at most this many characters of a text (whole sentences from the start):
 * beyond any message or document people type, and a bound on pathological input.
 */
export const SCAN_BUDGET = 20_000;
/** How far past a sentence's end the sentence gate looks (characters): see `tokenize`'s `wants`. */
export const GATE_LOOKAHEAD = 12;
const SENTENCE_CHUNK = 2048;

/**
 * Sentence-break classes of ASCII characters (UAX #29) as the segmenter has them: ATerm ".",
 * STerm "!?", Close "\"'()[]{}", Sp (tab, vertical tab, form feed, space), SContinue ",-:;",
 * CR, LF, Upper, Lower, Numeric; everything else Other.
 */
const S_OTHER = 0;
const S_LOWER = 1;
const S_UPPER = 2;
const S_NUMERIC = 3;
const S_ATERM = 4;
const S_STERM = 5;
const S_CLOSE = 6;
const S_SP = 7;
const S_SCONTINUE = 8;
const S_CR = 9;
const S_LF = 10;
const SENTENCE_CLASS = new Uint8Array(128).fill(S_OTHER);
for (let c = 97; c <= 122; c++) SENTENCE_CLASS[c] = S_LOWER;
for (let c = 65; c <= 90; c++) SENTENCE_CLASS[c] = S_UPPER;
for (let c = 48; c <= 57; c++) SENTENCE_CLASS[c] = S_NUMERIC;
SENTENCE_CLASS[46] = S_ATERM;
for (const c of '!?') SENTENCE_CLASS[c.charCodeAt(0)] = S_STERM;
for (const c of '"\'()[]{}') SENTENCE_CLASS[c.charCodeAt(0)] = S_CLOSE;
for (const c of '\t\v\f ') SENTENCE_CLASS[c.charCodeAt(0)] = S_SP;
for (const c of ',-:;') SENTENCE_CLASS[c.charCodeAt(0)] = S_SCONTINUE;
SENTENCE_CLASS[13] = S_CR;
SENTENCE_CLASS[10] = S_LF;

/**
 * The ends of the sentences of `piece` (exclusive offsets, ascending, the last = its length) into
 * `out` (cleared first): exactly the segments of Intl.Segmenter (sentence granularity). Plain
 * pieces (`isPlain`) are read by hand with the sentence-break rules (SB3–SB11: a break after CR or
 * LF, and after "." "!" "?" with their closing quotes and spaces, except ".5", "U.S", ". and then",
 * ".," and the like); the segmenter costs several times more. Checked against the segmenter on
 * every string of up to six characters over the classes, every ASCII string of up to three,
 * random strings and every corpus line. Other pieces go to the segmenter.
 */
export function sentenceEnds(piece: string, out: number[]): void {
  out.length = sentenceEndsInto(piece, out);
}

/** `sentenceEnds` written from `out[0]` on, its length left as it was: how many ends it wrote. */
function sentenceEndsInto(piece: string, out: number[]): number {
  let o = 0;
  const n = piece.length;
  if (!isPlain(piece)) {
    for (const seg of SENTENCE_SEGMENTER.segment(piece)) out[o++] = seg.index + seg.segment.length;
    return o;
  }
  // Beyond ASCII only plain characters come here: no-break space is Sp, curly quotes are Close.
  const cls = (i: number): number => {
    if (i >= n) return -1;
    const c = ''.charCodeAt.call(piece, i);
    return c < 0x80 ? (SENTENCE_CLASS[c] as number) : c === 0xa0 ? S_SP : S_CLOSE;
  };
  let i = 0;
  while (i < n) {
    const c = cls(i);
    if (c === S_CR || c === S_LF) {
      // SB3, SB4: CR LF is one break.
      i += c === S_CR && cls(i + 1) === S_LF ? 2 : 1;
      out[o++] = i;
      continue;
    }
    if (c !== S_ATERM && c !== S_STERM) {
      // Nothing else starts a break: on to the next mark or line break.
      // (read by hand: `exec` made a match array at every one).
      i++;
      while (i < n) {
        const x = ''.charCodeAt.call(piece, i);
        if (x === 46 || x === 33 || x === 63 || x === 13 || x === 10) break;
        i++;
      }
      continue;
    }
    // A sentence mark, its closing marks and spaces (SB9, SB10), then maybe a break (SB11).
    let k = i + 1;
    while (cls(k) === S_CLOSE) k++;
    while (cls(k) === S_SP) k++;
    const d = cls(k);
    if (d === S_CR || d === S_LF) {
      k += d === S_CR && cls(k + 1) === S_LF ? 2 : 1;
      out[o++] = k;
      i = k;
      continue;
    }
    if (k >= n) break;
    let joined = false;
    if (c === S_ATERM) {
      // SB6 "3.5", SB7 "U.S": right after the stop.
      if (
        k === i + 1 &&
        (d === S_NUMERIC || (d === S_UPPER && (cls(i - 1) === S_LOWER || cls(i - 1) === S_UPPER)))
      )
        joined = true;
      else {
        // SB8: no break when the next letter, past anything but letters, marks and line breaks, is small.
        let m = k;
        for (;;) {
          const e = cls(m);
          if (e === -1 || e === S_UPPER || e === S_LOWER || e === S_CR || e === S_LF) break;
          if (e === S_ATERM || e === S_STERM) break;
          m++;
        }
        joined = cls(m) === S_LOWER;
      }
    }
    // SB8a: a comma, colon, dash or another mark goes on with the sentence.
    if (!joined && (d === S_SCONTINUE || d === S_ATERM || d === S_STERM)) joined = true;
    if (!joined) out[o++] = k;
    i = k;
  }
  if (n > 0 && (o === 0 || out[o - 1] !== n)) out[o++] = n;
  return o;
}

/**
 * Sentence ranges from the segmenter. Long texts are segmented in pieces cut after a sentence
 * mark and a space where possible (V8's segmenter slows down quadratically on long strings).
 */
export function sentenceRanges(text: string): Sentence[] {
  const out: Sentence[] = [];
  const ends = ENDS;
  let pos = 0;
  while (pos < text.length) {
    if (pos >= SCAN_BUDGET) {
      // Beyond the scan budget nothing is split into words: one range holds the rest, unread.
      out.push({ start: pos, end: text.length, contentEnd: text.length, first: 0, last: 0 });
      break;
    }
    let end = Math.min(text.length, pos + SENTENCE_CHUNK);
    if (end < text.length) {
      let cut = -1;
      for (let k = end; k > pos + SENTENCE_CHUNK / 2; k--) {
        if (isSpace(text.charCodeAt(k)) && /[.!?\n]/.test(text[k - 1] as string)) {
          cut = k + 1;
          break;
        }
      }
      if (cut < 0)
        for (let k = end; k > pos + SENTENCE_CHUNK / 2; k--)
          if (isSpace(text.charCodeAt(k))) {
            cut = k + 1;
            break;
          }
      if (cut < 0) {
        cut = end;
        const c = text.charCodeAt(cut);
        if (c >= 0xdc00 && c <= 0xdfff) cut--;
      }
      end = cut;
    }
    const ne = sentenceEndsInto(text.slice(pos, end), ends);
    for (let e = 0; e < ne; e++) {
      let start = pos + (e > 0 ? (ends[e - 1] as number) : 0);
      const stop = pos + (ends[e] as number);
      // Where the search for stops inside words below begins.
      let from = start + 1;
      // A mark inside a word ("sh!t", "wh?t") ends no sentence: the piece after it joins the one before.
      const prev = out[out.length - 1];
      if (
        prev &&
        prev.end === start &&
        start > 0 &&
        (text[start - 1] === '!' || text[start - 1] === '?') &&
        LETTER_OR_DIGIT.test(text[start] ?? '') &&
        LETTER_OR_DIGIT.test(text[start - 2] ?? '')
      ) {
        out.pop();
        start = prev.start;
        // The joined piece was searched already up to three before its end (the test below reads
        // four characters): searching it again made "sh!t sh!t sh!t…" quadratic.
        from = Math.max(start + 1, prev.end - 2);
      }
      // "in absolutes.Fuck that guy": a stop between a small letter and a capitalised word, with no
      // space, ends a sentence too ("google.com", "Node.js", "e.g." do not).
      // "i'm beat. spare me": chat often goes on in small letters after a full stop, which the
      // segmenter joins (rule SB8, for "e.g. this"); a stop after a word that is no abbreviation,
      // then spaces and a small letter, ends a sentence too.
      let spaceFrom = -1;
      let firstSpace = -1;
      for (let k = text.indexOf('.', from); k >= 0 && k + 2 < stop; k = text.indexOf('.', k + 1)) {
        let next = k + 1;
        if (!STOP_INSIDE.test(text.slice(k - 1, k + 3))) {
          if (spaceFrom !== start) {
            spaceFrom = start;
            firstSpace = text.indexOf(' ', start);
          }
          next = stopBeforeSmall(text, k, start, stop, firstSpace);
          if (next < 0) continue;
        }
        if (inLinkOrHandle(text, k)) continue;
        out.push({ start, end: next, contentEnd: k, first: 0, last: 0 });
        start = next;
      }
      let ce = stop;
      while (
        ce > start &&
        (isSpace(''.charCodeAt.call(text, ce - 1)) || TERMINAL.includes(text[ce - 1] as string))
      )
        ce--;
      out.push({ start, end: stop, contentEnd: ce, first: 0, last: 0 });
    }
    pos = end;
  }
  return out;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words that end in a full stop without ending the sentence ("Mr. smith", "vs. them", "etc. and"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sr jr vs etc approx apt dept est fig inc ltd co corp no nos vol ch pp ca cf al gov govt gen col lt sgt capt prof rev hon ave blvd rd mt ft oz lb lbs jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const SMALL_LETTER = /\p{Ll}/u;
const WORD_LETTER = /\p{L}/u;

/**
 * The start of the next sentence when the full stop at `k` ends one before a small letter: the
 * stop follows a word of two letters or more (or "u") that is no abbreviation and has no stop in
 * it ("e.g.", "a.m."), spaces, not a line break, lead to a small letter before `stop`, and more than
 * one word stands on each side (`firstSpace`: the first space at or after `start`). -1 if not.
 * Reads back over one word and on over spaces: words between stops are apart, so the text is read about twice.
 */
function stopBeforeSmall(text: string, k: number, start: number, stop: number, firstSpace: number): number {
  if (text[k + 1] !== ' ' && text[k + 1] !== '\u00a0') return -1;
  let m = k + 1;
  while (m < stop && (text[m] === ' ' || text[m] === '\u00a0')) m++;
  if (m >= stop || !SMALL_LETTER.test(text[m] as string)) return -1;
  let b = k;
  while (b > start && WORD_LETTER.test(text[b - 1] as string)) b--;
  if (b === k || (b > start && text[b - 1] === '.')) return -1;
  const word = text.slice(b, k).toLowerCase();
  if ((word.length < 2 && word !== 'u') || ABBREVIATIONS.has(word)) return -1;
  // One word on either side is a beat, not a sentence: "typical. you cancel", "every. single. time".
  if (!(firstSpace > start && firstSpace < b)) return -1;
  let e = m;
  while (e < stop && e < m + 64 && !isSpace(text.charCodeAt(e)) && !TERMINAL.includes(text[e] as string)) e++;
  if (e >= stop || !isSpace(text.charCodeAt(e))) return -1;
  return m;
}

/** Split [start, end) into pieces of about CHUNK code units, cut at spaces (or, failing that, between code points). */
function chunks(text: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= CHUNK * 2) return [[start, end]];
  const out: Array<[number, number]> = [];
  let a = start;
  while (a < end) {
    let b = Math.min(end, a + CHUNK);
    if (b < end) {
      let k = b;
      while (k > a + CHUNK / 2 && !isSpace(text.charCodeAt(k))) k--;
      if (k > a + CHUNK / 2) b = k;
      else {
        const c = text.charCodeAt(b);
        if (c >= 0xdc00 && c <= 0xdfff) b--;
      }
    }
    out.push([a, b]);
    a = b;
  }
  return out;
}

/** Upper case that isn't shouting or an acronym: a capital followed by a lower-case letter, or a lone "I". */
const WRITES_CAPITALS = /\p{Lu}\p{Ll}|(?:^|[^\p{L}])I(?:$|[^\p{L}])/u;
const HAS_LOWER = /\p{Ll}/u;
/** The first letter of the text is a capital (not a bracketed name such as "[NAME]"). */
const OPENS_UPPER = /^[^\p{L}[(]*\p{Lu}/u;

/** ASCII-only superset of the "u"/"ur" tests below: cheap to run over a long text first. */
const MAYBE_U = /(?:^|[^A-Za-z'\u2019])[uU]r?(?:$|[^A-Za-z'\u2019])/;

const LETTER_CP = /\p{L}/u;

/** Is the code point starting at `i` a letter or an apostrophe (' or \u2019)? False past the end. */
function wordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;
  if (c === 0x2019) return true;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return LETTER_CP.test(text.slice(i, i + 2));
  }
  return LETTER_CP.test(text[i] as string);
}

function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Is the code point ending just before `i` a letter or an apostrophe? False at the start. */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;
  if (c === 0x2019) return true;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return LETTER_CP.test(text.slice(i - 2, i));
  }
  return LETTER_CP.test(text[i - 1] as string);
}

/**
 * Does the text write "u" (first) and "ur" (second) as words: "u"/"U" (then "r") with no letter or
 * apostrophe on either side? One pass by hand: the same test as
 * /(?:^|[^\p{L}'\u2019])[uU]r?(?:$|[^\p{L}'\u2019])/u, without scanning the text twice.
 */
function textingYou(text: string): [boolean, boolean] {
  let u = false;
  let ur = false;
  for (let i = 0; i < text.length && !(u && ur); i++) {
    const c = text.charCodeAt(i);
    if (c !== 117 && c !== 85) continue;
    if (wordCharBefore(text, i)) continue;
    // A digit beside it makes it part of a code ("zh:u514b"), not "u" for "you".
    if (!u && !wordCharAt(text, i + 1) && !digitAt(text, i + 1)) u = true;
    else if (
      !ur &&
      text.charCodeAt(i + 1) === 114 /* r */ &&
      !wordCharAt(text, i + 2) &&
      !digitAt(text, i + 2)
    )
      ur = true;
  }
  return [u, ur];
}

function styleOf(text: string): Style {
  // "DO NOT call me again", "A for effort": a message that opens with a capital is written in
  // sentence case, whatever its other words are.
  const lower = HAS_LOWER.test(text) && !WRITES_CAPITALS.test(text) && !OPENS_UPPER.test(text);
  const [u, ur] = MAYBE_U.test(text) ? textingYou(text) : [false, false];
  return { lower, curly: text.includes('\u2019'), u, ur };
}

/** True when the caps word is a known acronym or interjection (NASA, OK, LOL). */
export function isAcronym(w: string): boolean {
  return ACRONYMS.has(w);
}

function capitalizeFirst(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (LOWER.test(c)) return s.slice(0, i) + c.toUpperCase() + s.slice(i + 1);
    if (UPPER.test(c)) return s;
  }
  return s;
}

function lowerFirst(s: string): string {
  // Keep "I", "I'm", "I'd" upper case.
  if (/^I(?:\b|')/.test(s)) return s;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (UPPER.test(c)) return s.slice(0, i) + c.toLowerCase() + s.slice(i + 1);
    if (LOWER.test(c)) return s;
  }
  return s;
}

/**
 * Make our wording sound like the person: lower case if they write in lower case ("i feel"),
 * sentence case otherwise, curly apostrophes if they use them, "u"/"ur" if they text that way.
 * `atSentenceStart` says whether the replacement begins a sentence.
 */
export function applyStyle(replacement: string, style: Style, atSentenceStart: boolean): string {
  let s = replacement;
  // Not inside "you're"/"you've" ("u're" is no one's spelling): those stay unless they write "ur".
  if (style.u) s = s.replace(/\byou\b(?!['\u2019])/g, 'u').replace(/\bYou\b(?!['\u2019])/g, 'U');
  if (style.ur)
    s = s
      .replace(/\byour\b/g, 'ur')
      .replace(/\byou're\b/g, 'ur')
      .replace(/\bYour\b/g, 'Ur');
  if (style.lower) s = lowerSameLength(s);
  else if (atSentenceStart) s = capitalizeFirst(s);
  else s = lowerFirst(s);
  if (style.curly) s = s.replace(/'/g, '\u2019');
  return s;
}

/** One word of shouted text in sentence case: "I" and short acronyms stay, the rest goes lower case. */
function coolWord(w: string): string {
  const c = canon(w);
  if (c === 'i' || c.startsWith("i'")) return `I${lowerSameLength(w.slice(1))}`;
  if (
    isAcronym(c) &&
    c !== 'ok' &&
    c !== 'okay' &&
    c.length <= 4 &&
    w === w.toUpperCase() &&
    !isCommonAcronymWord(c)
  )
    return w.toUpperCase();
  return lowerSameLength(w);
}

const SENTENCE_MARK = /[.!?]/;

/** Sentence case for shouted text: "WHY DIDN'T YOU TELL ME" → "Why didn't you tell me". Keeps acronyms and "I". */
export function sentenceCase(s: string, atSentenceStart: boolean): string {
  let out = '';
  let first = atSentenceStart;
  for (const [a, b] of chunks(s, 0, s.length)) {
    for (const seg of WORD_SEGMENTER.segment(s.slice(a, b))) {
      let w = seg.segment;
      if (seg.isWordLike) {
        w = coolWord(w);
        if (first) {
          w = capitalizeFirst(w);
          first = false;
        }
      } else if (SENTENCE_MARK.test(w)) first = true;
      out += w;
    }
  }
  return out;
}

/**
 * `sentenceCase` for the text [start, end) of an analysed document, reusing its word tokens
 * (no second segmentation).
 */
export function sentenceCaseIn(doc: Doc, start: number, end: number, atSentenceStart: boolean): string {
  const text = doc.text;
  let out = '';
  let first = atSentenceStart;
  let pos = start;
  for (let k = tokenAt(doc.tokens, start); k < doc.tokens.length; k++) {
    const t = doc.tokens[k] as Token;
    if (t.end > end) break;
    if (t.start < pos) continue;
    const gap = text.slice(pos, t.start);
    if (SENTENCE_MARK.test(gap)) first = true;
    out += gap;
    // A link, @handle or #hashtag is kept as written: its case can matter ("t.co/32UHMI4WJj").
    if (t.mention && inLinkOrHandle(text, t.start)) {
      out += t.raw;
      pos = t.end;
      first = false;
      continue;
    }
    let w = coolWord(t.raw);
    if (first) {
      w = capitalizeFirst(w);
      first = false;
    }
    out += w;
    pos = t.end;
  }
  return out + text.slice(pos, end);
}

/**
 * The whitespace-free chunk holding offset `pos` starts like a link, @handle or #hashtag. Looks back
 * at most 300 characters (a chunk longer than that is read as a link anyway).
 */
function inLinkOrHandle(text: string, pos: number): boolean {
  let a = pos;
  while (a > 0 && pos - a < 300 && !isSpace(text.charCodeAt(a - 1))) a--;
  if (pos - a >= 300) return true;
  const c = text[a];
  return c === '@' || c === '#' || /^(?:https?:\/\/|www\.)/i.test(text.slice(a, a + 8));
}

/** Acronym-list entries that are also ordinary words and should go lower case in "I WANT IT NOW". */
function isCommonAcronymWord(c: string): boolean {
  return (
    c === 'us' ||
    c === 'it' ||
    c === 'am' ||
    c === 'pm' ||
    c === 'id' ||
    c === 'ad' ||
    c === 'la' ||
    c === 'ms' ||
    c === 'st'
  );
}

/** Index of the first token at or after offset `pos` (binary search). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
