/**
 * Heat from swearing, found with the `obscenity` package (masked forms too: sh!t, a$$, f***ing),
 * plus a few mild words of our own ("damn it", "what the hell", "wtf"). A swear word used as a
 * label ("you're a dick") or a curse at someone ("fuck you") is contempt; slurs are contempt.
 * Clinical words (sex, rape, penis …) are not swearing and are never flagged.
 * Offers the sentence without the swear word, or a plainer phrase ("what on earth").
 */
import {
  collapseDuplicatesTransformer,
  compareMatchByPositionAndId,
  DataSet,
  englishDataset,
  englishRecommendedWhitelistMatcherTransformers,
  type MatchPayload,
  RegExpMatcher,
  resolveLeetSpeakTransformer,
  toAsciiLowerCaseTransformer,
} from 'obscenity';
import { isKnownVerb, isPastForm, quotedAround } from '../grammar';
import { COMMON_WORDS, INSULT_ADJECTIVES, STRONG_INSULT_ADJECTIVES, valence, wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import type { Category, Sensitivity } from '../types';
import {
  allows,
  around,
  article,
  contentStart,
  type Draft,
  firstPersonFuture,
  isClauseEnd,
  isJunkBeforeNoun,
  type Match,
  madeInto,
  mentionsYou,
  negatedBefore,
  personInPlace,
  polarity,
  type RuleContext,
  type RuleFamily,
  removeRange,
  replaceTokens,
  says,
  saysWhoAfter,
  sentenceOf,
  threatInstead,
  toSentenceEnd,
  traitInstead,
  valenceSum,
} from './rule';
import { talkedOf } from './targets';

/** Terms from obscenity's English set that are clinical or everyday in conversations about relationships. */
const CLINICAL: ReadonlySet<string> = new Set([
  'anal',
  'anus',
  'bestiality',
  'boob',
  'ejaculate',
  'incest',
  'masturbate',
  'orgasm',
  'penis',
  'porn',
  'rape',
  'semen',
  'sex',
  'vagina',
  'hentai',
  'scat',
  'doggystyle',
  'double penetration',
  'deepthroat',
  'fellatio',
  'dildo',
  'buttplug',
  'negro',
  'hooker',
  'cum',
  'tit',
]);

const SLURS: ReadonlySet<string> = new Set([
  'abo',
  'abeed',
  'africoon',
  'arabush',
  'boonga',
  'chingchong',
  'chink',
  'dyke',
  'fag',
  'kike',
  'nigger',
  'retard',
  'spastic',
  'tranny',
]);

/** Obscene words that work as labels for a person. */
const LABELS: ReadonlySet<string> = new Set([
  'bitch',
  'bastard',
  'cunt',
  'dick',
  'prick',
  'twat',
  'whore',
  'slut',
  'wank',
  'cock',
  'pussy',
  'ass',
  'arse',
  'turd',
]);

const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((p) => CLINICAL.has(p.metadata?.originalWord ?? ''));
const built = dataset.build();
/**
 * obscenity's recommended transformers (0.4.6) but for the first, which maps look-alike Unicode
 * letters ("𝐟𝐮𝐜𝐤") to ASCII: people swearing at each other in a message box type plain letters,
 * leaving it out changed no analysis of 27,520 texts at any sensitivity, and its table was 9 KB of
 * the detection bundle a frame loads on first focus (the build drops the table: scripts/lean-data.ts).
 */
export const BLACKLIST_TRANSFORMERS = [
  resolveLeetSpeakTransformer(),
  toAsciiLowerCaseTransformer(),
  collapseDuplicatesTransformer({
    defaultThreshold: 1,
    customThresholds: new Map([
      ['b', 2],
      ['e', 2],
      ['o', 2],
      ['l', 2],
      ['s', 2],
      ['g', 2],
    ]),
  }),
];
/** Built once for the whole module. */
const matcher = new RegExpMatcher({
  ...built,
  blacklistMatcherTransformers: BLACKLIST_TRANSFORMERS,
  whitelistMatcherTransformers: englishRecommendedWhitelistMatcherTransformers,
});

/** The parts of obscenity's RegExpMatcher (0.4.6, pinned) that `allMatches` reads. */
interface MatcherParts {
  blacklistedTerms: ReadonlyArray<{ id: number; regExp: RegExp }>;
  blacklistMatcherTransformers: unknown;
  whitelistedTerms?: readonly string[];
  whitelistMatcherTransformers?: unknown;
  applyTransformers(input: string, transformers: unknown): [number[], string];
  getWhitelistedIntervals(input: string): { query(lowerBound: number, upperBound: number): boolean };
}
/**
 * `m.getAllMatches(input, true)`: the same matches in the same order, at a fraction of the
 * cost. Obscenity runs each of its ~120 terms with String#matchAll, which copies the term's
 * expression on every call; here each runs with `exec` from the start (the terms never match the
 * empty string), only when the text holds a pair of characters one of its matches can start with
 * (`termStarts`), and the whitelist is worked out only once a term has matched. The same steps as
 * obscenity's own method otherwise; falls back to it if the matcher's parts are not there. A unit
 * test holds the two equal.
 */
export function allMatches(input: string, m: RegExpMatcher = matcher): MatchPayload[] {
  const parts = m as unknown as MatcherParts;
  if (
    !Array.isArray(parts.blacklistedTerms) ||
    typeof parts.applyTransformers !== 'function' ||
    typeof parts.getWhitelistedIntervals !== 'function'
  )
    return m.getAllMatches(input, true);
  const set = parts.blacklistMatcherTransformers as Transformers;
  const [toOriginal, transformed] =
    typeof set?.applyTo === 'function' && typeof set.resetAll === 'function'
      ? transform(input, set)
      : parts.applyTransformers(input, set);
  let whitelisted: ReturnType<MatcherParts['getWhitelistedIntervals']> | null = null;
  const matches: MatchPayload[] = [];
  const starts = termStarts(parts.blacklistedTerms);
  const gen = markPairs(transformed);
  for (let k = 0; k < parts.blacklistedTerms.length; k++) {
    const term = parts.blacklistedTerms[k] as MatcherParts['blacklistedTerms'][number];
    // A term none of whose matches can start here is not run (most of them, on most sentences).
    if (!canStart(starts[k] as TermStart, gen)) continue;
    const re = term.regExp;
    re.lastIndex = 0;
    for (let x = re.exec(transformed); x !== null; x = re.exec(transformed)) {
      const start = toOriginal[x.index] as number;
      let end = toOriginal[x.index + x[0].length - 1] as number;
      // The end is inclusive: a surrogate pair ends on its low half.
      if (end < input.length - 1) {
        const hi = input.charCodeAt(end);
        const lo = input.charCodeAt(end + 1);
        if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) end++;
      }
      whitelisted ??= whitelistedIntervals(input, parts);
      if (!whitelisted.query(start, end))
        matches.push({ termId: term.id, startIndex: start, endIndex: end, matchLength: [...x[0]].length });
    }
  }
  matches.sort(compareMatchByPositionAndId);
  return matches;
}

/**
 * How a match of a term can begin: its first two characters (`pairs`, as c1 * 128 + c2) or, for a
 * match whose second character is any (".") or that may be one character long, its first
 * (`singles`); null when not known (the term is always run).
 */
interface TermStart {
  pairs: number[];
  singles: number[];
}

const TERM_STARTS = new WeakMap<object, Array<TermStart | null>>();

/** Per term of the list, how its matches can begin (worked out once per matcher). */

/** Verbs of hurting someone: "smack the shit out ya" said by "I" is a threat. */
const HARM_VERB = /^(?:smack|beat|kick|punch|slap|whoop|knock|bash|smash|pound|choke|stomp|spank)$/;

/** A threat said by "I" with the verb at `verb`: the feeling in its place (`threatInstead`). */
function harmThreat(doc: Doc, verb: number, s: { first: number }): Draft | null {
  if (verb < s.first || !HARM_VERB.test((doc.tokens[verb] as Token).w) || !firstPersonFuture(doc, verb))
    return null;
  // "beat the crap out of this game": done to a thing, it only says how much.
  const t = doc.tokens;
  let k = verb + 1;
  while (
    k < t.length &&
    k < verb + 5 &&
    /^(?:the|shit|crap|hell|fuck|heck|shite|out|outta|outa|of)$/.test((t[k] as Token).w)
  )
    k++;
  if (!/^(?:you|ya|u|yo|ur|your|him|her|them|em|'em|his|their)$/.test((t[k] as Token | undefined)?.w ?? ''))
    return null;
  return threatInstead(doc, verb, "I'm so angry right now that I need a moment.");
}

function termStarts(terms: MatcherParts['blacklistedTerms']): Array<TermStart | null> {
  let out = TERM_STARTS.get(terms);
  if (!out) {
    out = terms.map((t) => startOf(t.regExp));
    TERM_STARTS.set(terms, out);
  }
  return out;
}

/**
 * The first two characters of every match of `re`, read from its source when it is of the simple
 * form obscenity builds for its English terms: ASCII letters and spaces, "." (any character),
 * "\b", and optional groups "(?:…)?" of those; null for anything else.
 */
function startOf(re: RegExp): TermStart | null {
  if (re.flags.includes('i') || re.flags.includes('m') || re.flags.includes('y')) return null;
  // Items: one character (or "." for any) that is there, or an optional run of them.
  const items: Array<{ chars: string[]; optional: boolean }> = [];
  const src = re.source;
  const plain = (c: string) => /^[a-z ]$/.test(c) || c === '.';
  for (let i = 0; i < src.length; ) {
    if (src.startsWith('\\b', i)) {
      i += 2;
      continue;
    }
    if (src.startsWith('(?:', i)) {
      const close = src.indexOf(')?', i);
      if (close < 0) return null;
      const inner = [...src.slice(i + 3, close)];
      if (inner.length === 0 || !inner.every(plain)) return null;
      items.push({ chars: inner, optional: true });
      i = close + 2;
      continue;
    }
    const c = src[i] as string;
    if (!plain(c)) return null;
    items.push({ chars: [c], optional: false });
    i++;
  }
  const pairs = new Set<number>();
  const singles = new Set<number>();
  // Every choice of the optional runs, up to the first two characters.
  let unknown = false;
  const walk = (k: number, prefix: string): void => {
    if (unknown) return;
    if (prefix.length >= 2 || k === items.length) {
      const a = prefix[0];
      const b = prefix[1];
      if (a === undefined || a === '.') unknown = true;
      else if (b === undefined || b === '.') singles.add(a.charCodeAt(0));
      else pairs.add(a.charCodeAt(0) * 128 + b.charCodeAt(0));
      return;
    }
    const item = items[k] as { chars: string[]; optional: boolean };
    walk(k + 1, prefix + item.chars.join('').slice(0, 2 - prefix.length));
    if (item.optional) walk(k + 1, prefix);
  };
  walk(0, '');
  return unknown ? null : { pairs: [...pairs], singles: [...singles] };
}

/** Per pair of ASCII characters (c1 * 128 + c2), and per ASCII character: the last call that saw it. */
const PAIR_SEEN = new Uint32Array(128 * 128);
const CHAR_SEEN = new Uint32Array(128);
let pairGen = 0;

/** Marks the ASCII characters and pairs of `s` (as seen by this call); returns the call's mark. */
function markPairs(s: string): number {
  if (pairGen >= 0xfffffff0) {
    PAIR_SEEN.fill(0);
    CHAR_SEEN.fill(0);
    pairGen = 0;
  }
  const gen = ++pairGen;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      CHAR_SEEN[c] = gen;
      if (prev >= 0) PAIR_SEEN[prev * 128 + c] = gen;
      prev = c;
    } else prev = -1;
  }
  return gen;
}

function canStart(start: TermStart | null, gen: number): boolean {
  if (start === null) return true;
  for (const p of start.pairs) if (PAIR_SEEN[p] === gen) return true;
  for (const c of start.singles) if (CHAR_SEEN[c] === gen) return true;
  return false;
}

/**
 * Obscenity's `getWhitelistedIntervals`: where its whitelisted terms stand in the text (after the
 * whitelist's own transformers), as offsets into the text; `query` says whether one holds
 * [lowerBound, upperBound]. The same steps, with the text transformed by `transform` (obscenity
 * adds each character to a string); obscenity's own method when the parts are not there.
 */
function whitelistedIntervals(
  input: string,
  parts: MatcherParts,
): { query(lowerBound: number, upperBound: number): boolean } {
  const set = parts.whitelistMatcherTransformers as Transformers | undefined;
  if (
    !Array.isArray(parts.whitelistedTerms) ||
    typeof set?.applyTo !== 'function' ||
    typeof set.resetAll !== 'function'
  )
    return parts.getWhitelistedIntervals(input);
  const [toOriginal, transformed] = transform(input, set);
  const intervals: number[] = [];
  for (const term of parts.whitelistedTerms) {
    let lastEnd = 0;
    for (let at = transformed.indexOf(term, lastEnd); at !== -1; at = transformed.indexOf(term, lastEnd)) {
      let end = toOriginal[at + term.length - 1] as number;
      // The end is inclusive: a surrogate pair ends on its low half.
      if (end < input.length - 1) {
        const hi = input.charCodeAt(end);
        const lo = input.charCodeAt(end + 1);
        if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) end++;
      }
      intervals.push(toOriginal[at] as number, end);
      lastEnd = at + term.length;
    }
  }
  return {
    query(lowerBound: number, upperBound: number): boolean {
      for (let k = 0; k < intervals.length; k += 2)
        if ((intervals[k] as number) <= lowerBound && upperBound <= (intervals[k + 1] as number)) return true;
      return false;
    },
  };
}

/** The parts of obscenity's TransformerSet that `transform` uses. */
interface Transformers {
  applyTo(char: number): number | undefined;
  resetAll(): void;
}

/**
 * Obscenity's `applyTransformers`: each code point (a surrogate pair as one, a lone surrogate as
 * itself) through the transformers, the results' code units kept with the offset of the code
 * point each came from. The same steps, with the code units gathered in an array and made into a
 * string at the end: obscenity adds each to a string, one concatenation per character, and walks
 * the text with an iterator object.
 */
function transform(input: string, set: Transformers): [number[], string] {
  const toOriginal: number[] = [];
  const units: number[] = [];
  const n = input.length;
  for (let pos = 0; pos < n; ) {
    const at = pos;
    let char = input.charCodeAt(pos++);
    if (pos < n && char >= 0xd800 && char <= 0xdbff) {
      const low = input.charCodeAt(pos);
      if (low >= 0xdc00 && low <= 0xdfff) {
        pos++;
        char = (char - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
      }
    }
    const out = set.applyTo(char);
    if (out === undefined) continue;
    if (Number.isInteger(out) && out >= 0 && out <= 0xffff) {
      units.push(out);
      toOriginal.push(at);
    } else {
      const str = String.fromCodePoint(out);
      for (let k = 0; k < str.length; k++) {
        units.push(str.charCodeAt(k));
        toOriginal.push(at);
      }
    }
  }
  set.resetAll();
  let transformed = '';
  for (let k = 0; k < units.length; k += 4096)
    transformed += String.fromCharCode(...units.slice(k, k + 4096));
  return [toOriginal, transformed];
}

/**
 * Cheap test for anything obscenity might find (including masked forms). Linear: literal alternatives
 * only, most grouped by their first letter (faster to rule out than one alternative after another;
 * the grouping kept is the one that leaves the coach and detect bundles no bigger).
 */
const HINT =
  /f(?:[u*@#v]?[ck*]|[$%#@!*]{1,4}k|ri[cg]+(?:k|in)|reaking|kn)|\b(?:the f|bs|turds?|ffs)\b|\bcucktranny|s(?:h[i!1*y]t|\*|l[u*]t|pastic|crew|ucks)|(?<![a-z])(?:a(?:[s$5*]{2}(?:$|[^a-z]|h|w|es\b|wipe|clown|hat)|rse(?:$|[^a-z]|hole|s\b))|fag|hell(?:$|[^a-z])|(?:abo|abeed|boonga|coons?)(?:$|[^a-z]))|(?:dumb|jack|bad|smart|lard|kiss|kick|fat|hard)ass|\$\$|b(?:[i!1*][t*]ch|astard|ollock|loody)|c(?:[u*]nt|[o0*]ck|hink|rap)|d(?:[i!1*]ck|yke|am(?:n|mit)|arn)|p[i!1*]ss|wh[o0*]re|wank|pr[i!1]ck|puss|wtf|tw[a@*]t|n[i!1*]gg|retard|jizz|kike|omfg|effing/i;

/** Mild swears of our own: flagged when the sentence is heated, or in the set phrases below. */
const MILD: ReadonlySet<string> = new Set([
  'damn',
  'damned',
  'darn',
  'dammit',
  'damnit',
  'goddamn',
  'goddammit',
  'goddamnit',
  'crap',
  'crappy',
  'screwed',
  'wtf',
  'ffs',
  'omfg',
  'bloody',
  'freaking',
  'hell',
  'screw',
  'sucks',
  'fucking',
]);
/** Mild words that are heat wherever they appear (like the strong ones). */
const MILD_ALWAYS: ReadonlySet<string> = new Set([
  'crap',
  'crappy',
  'screwed',
  'wtf',
  'ffs',
  'dammit',
  'damnit',
  'goddamn',
  'goddammit',
  'goddamnit',
  'fucking',
]);

/** Masked spellings obscenity's transformers miss ("f***ing", "s**t"). Anchored, no nested quantifiers. */
const MASKED =
  /^(?:f[*#@%$!]{1,4}(?:c?k)?(?:ing|in|ed|er|s|['’]s)?|fu?[*#@]{1,3}c?k(?:ing|in|ed|er|s|['’]s)?|(?:bull)?sh?[*#@!%$]{1,3}t(?:ty|s)?|b[*#@!]{1,3}(?:tch|ch)|a[*$]{2}(?:hole)?|d[*#@]{1,3}ck|c[*#@]{1,3}nt)$/i;

interface Hit {
  start: number;
  end: number;
  word: string;
  strong: boolean;
}

/** White space (`\s`) at `i`: ASCII by code, the rest by the regular expression. */
function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[i] as string);
}

function chunkAround(text: string, s: number, e: number): [number, number] {
  let a = s;
  let b = e;
  // "in absolutes.Fuck that": a full stop between a small letter and a capital, with no space, ends
  // a sentence; the word before it is not part of the swear word ("google.com", "Node.js" keep theirs).
  // The mark first, by code: the letter tests run only beside one.
  const breakAt = (i: number) => {
    const c = text.charCodeAt(i);
    return (
      (c === 46 || c === 33 || c === 63) &&
      /\p{Ll}/u.test(text[i - 1] ?? '') &&
      /\p{Lu}/u.test(text[i + 1] ?? '')
    );
  };
  while (a > 0 && !spaceAt(text, a - 1) && !breakAt(a - 1)) a--;
  while (b < text.length && !spaceAt(text, b) && !breakAt(b)) b++;
  while (a < s && /["'“”‘’([{<.,;:!?]/.test(text[a] as string)) a++;
  while (b > e && /["'“”‘’)\]}>.,;:!?]/.test(text[b - 1] as string)) b--;
  // "*oh god oh fuck*": stars around a word mark an action or emphasis; inside it, a mask ("f***").
  let a2 = a;
  let b2 = b;
  while (a2 < s && text[a2] === '*') a2++;
  while (b2 > e && text[b2 - 1] === '*') b2--;
  if ((a2 > a || b2 < b) && !text.slice(a2, b2).includes('*')) return [a2, b2];
  return [a, b];
}

/** Token range overlapping [start, end). */
function tokensIn(doc: Doc, start: number, end: number): [number, number] {
  let first = -1;
  let last = -1;
  // Binary search for the first token ending after start.
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < doc.tokens.length && (doc.tokens[k] as Token).start < end; k++) {
    if (first < 0) first = k;
    last = k + 1;
  }
  return [first, last];
}

/** Per term of the matcher: the word of obscenity's list it stands for ('' when none is given). */
const WORD_OF_TERM = new Map<number, string>();

/** The word a match of obscenity's matcher is a form of (the dataset's, looked up once per term). */
function wordOfTerm(m: MatchPayload): string {
  let word = WORD_OF_TERM.get(m.termId);
  if (word === undefined) {
    word = dataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? '';
    WORD_OF_TERM.set(m.termId, word);
  }
  return word;
}

function findHits(doc: Doc): Hit[] {
  const text = doc.text;
  const hits: Hit[] = [];
  const seen = new Set<number>();
  // Obscenity runs over stretches of neighbouring sentences that were segmented (fewer, longer calls),
  // reaching a little into the next sentence: the segmenter may break inside "sh!t".
  // Each with whether it joins several sentences (one sentence's own stretch passed the test already).
  const ranges: Array<[number, number, boolean]> = [];
  for (const s of doc.sentences) {
    if (s.first === s.last) continue;
    const end = Math.min(text.length, s.end + 12);
    // Only sentences that could hold a swear word go to the matcher.
    if (!HINT.test(text.slice(s.start, end))) continue;
    const last = ranges[ranges.length - 1];
    if (last && s.start <= last[1] && end - last[0] <= 4096) {
      last[1] = end;
      last[2] = true;
    } else ranges.push([s.start, end, false]);
  }
  for (const [rs, re, joined] of ranges) {
    const body = text.slice(rs, re);
    if (joined && !HINT.test(body)) continue;
    for (const m of allMatches(body)) {
      const word = wordOfTerm(m);
      const [a, b] = chunkAround(text, rs + m.startIndex, rs + m.endIndex + 1);
      if (seen.has(a)) continue;
      seen.add(a);
      hits.push({ start: a, end: b, word, strong: true });
    }
  }
  // Masked spellings and our mild words, token by token.
  for (const t of doc.tokens) {
    if (seen.has(t.start)) continue;
    if (MILD.has(t.w)) {
      const [a, b] = chunkAround(text, t.start, t.end);
      if (seen.has(a)) continue;
      seen.add(a);
      hits.push({ start: a, end: b, word: t.w, strong: MILD_ALWAYS.has(t.w) });
    }
  }
  // Masked forms split by the segmenter: scan chunks containing a mask character ("f***", "f$%k").
  // A chunk past the first space after the last word segmented (a long text's budget) holds no word
  // and cannot be a finding: the scan stops there.
  const words = doc.tokens;
  let stop = words.length > 0 ? (words[words.length - 1] as Token).end : 0;
  while (stop < text.length && !spaceAt(text, stop)) stop++;
  for (let i = nextMask(text, 0); i >= 0 && i < stop; i = nextMask(text, i + 1)) {
    const [a, b] = chunkAround(text, i, i + 1);
    if (seen.has(a)) {
      i = b;
      continue;
    }
    if (b - a <= 12 && MASKED.test(text.slice(a, b))) {
      seen.add(a);
      hits.push({ start: a, end: b, word: 'masked', strong: true });
    }
    i = Math.max(i, b);
  }
  // "shut the f up", "get the f out", "what the f is this": "the f" stands for the word itself.
  const t = doc.tokens;
  for (let k = 1; k + 1 < t.length; k++) {
    const tk = t[k] as Token;
    if (tk.w !== 'f' || (t[k - 1] as Token).w !== 'the' || seen.has(tk.start)) continue;
    // "who the f parked here", "why the f would you": after a question word, any word follows.
    if (
      !(THE_F_NEXT.has((t[k + 1] as Token).w) || /^(?:who|what|why|where|how)$/.test(t[k - 2]?.w ?? '')) ||
      (t[k + 1] as Token).sent !== tk.sent
    )
      continue;
    seen.add(tk.start);
    hits.push({ start: tk.start, end: tk.end, word: 'masked', strong: true });
  }
  // "this is bs", "total bs": the short form as a noun of scorn (not "a BS in biology").
  for (let k = 1; k < t.length; k++) {
    const tk = t[k] as Token;
    if (tk.w !== 'bs' || (tk.raw !== 'bs' && tk.raw !== 'BS') || seen.has(tk.start)) continue;
    // "this is BS" too, but not "what's BS in chemistry?" nor "what does BS stand for".
    if (
      !BS_BEFORE.has((t[k - 1] as Token).w) ||
      /^(?:in|stand|stands|mean|means|degree)$/.test(t[k + 1]?.w ?? '')
    )
      continue;
    seen.add(tk.start);
    hits.push({ start: tk.start, end: tk.end, word: 'bullshit', strong: true });
  }
  hits.sort((x, y) => x.start - y.start);
  return hits;
}

/** A character that may stand for a letter in a masked swear word (global: searched from an index). */
const MASK_CHAR = /[*$%#@!]/g;
/** The next mask character at or after `from`, or -1 (no copy of the rest of the text). */
function nextMask(text: string, from: number): number {
  MASK_CHAR.lastIndex = from;
  const m = MASK_CHAR.exec(text);
  return m ? m.index : -1;
}
/** What follows "the f" when it stands for the f-word: "shut the f up", "what the f is…". */
const THE_F_NEXT: ReadonlySet<string> = wordSet('up out off outta away is are was were do did you u');
/** What comes before "bs" as a noun of scorn: "this is bs", "such bs", "total bs", "full of bs". */
const BS_BEFORE: ReadonlySet<string> = wordSet(
  "is 's such total complete utter pure absolute of more that's thats what's whats",
);

/** "en retard" is French for "late": swear words count only in English company. */
const ENGLISH = new WeakMap<Doc, boolean>();

function englishAround(doc: Doc, _k: number): boolean {
  let known = ENGLISH.get(doc);
  if (known === undefined) {
    let common = 0;
    for (const t of doc.tokens) if (COMMON_WORDS.has(t.w)) common++;
    known = doc.tokens.length <= 3 || common > 0;
    ENGLISH.set(doc, known);
  }
  return known;
}

/** Swear words that are English whatever the company ("aww fuck fuck fuck"). */
const UNAMBIGUOUS = /^(?:fuck|fuk|shit|bitch|motherf|asshole|bullshit)/i;

/**
 * A hit in the middle of one long run of letters ("ahdjfkfbckdkehdidb") is keyboard mashing, not a
 * swear word; real compounds put the swear at an end ("clusterfuck", "fuckwit").
 */
function isInsideMash(text: string, h: Hit): boolean {
  if (h.end - h.start < 12 || !/^\p{L}+$/u.test(text.slice(h.start, h.end))) return false;
  const word = text.slice(h.start, h.end).toLowerCase();
  return !/^(?:fuck|shit|bitch|ass|dick|cunt|piss|cock|twat|wank)|(?:fuck|shit|bitch|ass|dick|cunt|hole|head|face|wit|er|ing|ed|s)$/.test(
    word,
  );
}

/**
 * The words around token `k` are more warm than sour, leaving out the swear word at `skip`. A warm
 * word just after a negation is sour: "ain't easy", "not true", "never keep a promise".
 */
function positiveSentence(doc: Doc, k: number, skip: number): boolean {
  const [lo, hi] = around(doc, k);
  const r = readingOf(doc);
  let pos = 0;
  let neg = 0;
  for (let i = lo; i < hi; i++) {
    if (i === skip) continue;
    readToken(doc, r, i);
    pos += r.pos[i] as number;
    neg += r.neg[i] as number;
  }
  return pos > neg;
}

/**
 * What `positiveSentence` and `casual` read of each token of a document, worked out when a window
 * first takes the token in: both read a window of up to 48 tokens around every swear word, and a
 * text of swear words (a 100,000-character run of them) read each token that many times over.
 */
interface TokenReading {
  /** Bits per token (READ: worked out; the others as named below); 0 until read. */
  bits: Uint8Array;
  /** Per token: its valence when positive and not negated just before it (`positiveSentence`), else 0. */
  pos: Float64Array;
  /** Per token: the size of its valence otherwise. */
  neg: Float64Array;
  /** Per token: what it adds to `casual`'s count of other sour words. */
  sour: Float64Array;
}
const READ = 1;
/** Capitals of three letters or more that are no acronym: `casual` answers no at once. */
const SHOUTED = 2;
const LAUGHS = 4;
const FIRST = 8;
const READINGS = new WeakMap<Doc, TokenReading>();

function readingOf(doc: Doc): TokenReading {
  let r = READINGS.get(doc);
  if (!r) {
    const n = doc.tokens.length;
    r = {
      bits: new Uint8Array(n),
      pos: new Float64Array(n),
      neg: new Float64Array(n),
      sour: new Float64Array(n),
    };
    READINGS.set(doc, r);
  }
  return r;
}

function readToken(doc: Doc, r: TokenReading, i: number): void {
  if (r.bits[i] !== 0) return;
  const tk = doc.tokens[i] as Token;
  const v = valence(tk.w);
  if (v > 0 && !negatedBefore(doc, i, 2)) r.pos[i] = v;
  else r.neg[i] = Math.abs(v);
  if (v < 0 && !UNAMBIGUOUS.test(tk.w) && !MILD.has(tk.w) && !FUCK_ING.test(tk.w)) r.sour[i] = -v;
  let bits = READ;
  if (tk.caps && tk.w.length > 2 && !isAcronymLike(tk.w)) bits |= SHOUTED;
  if (LAUGHTER.test(tk.w)) bits |= LAUGHS;
  if (FIRST_PERSON.has(tk.w)) bits |= FIRST;
  r.bits[i] = bits;
}

/** Swear words that work as intensifiers ("fucking", "freaking"). */
const INTENSIFYING: ReadonlySet<string> = new Set(['fucking', 'fuckin', 'freaking', 'frickin', 'effing']);

const DAMN: ReadonlySet<string> = new Set([
  'damn',
  'damned',
  'darn',
  'darned',
  'goddamn',
  'goddamned',
  'freaking',
]);
/** Words whose object "you" is: "for you", "told you". */
const TAKES_YOU =
  /^(?:for|to|with|at|about|like|than|from|told|tell|see|saw|love|hate|thank|thanks|miss|know|knew|ask|asked|call|called|follow|following|followed|watch|watching|watched|help|helping|helped|need|want|telling|asking|calling|seeing|loving|hating|missing|hear|heard|hearing|trust|believe|blame|blaming|warn|warned|warning|remind|reminding|show|showing|teach|teaching|beat|beating|pay|paying)$/;

/** Intensifiers and adverbs before "sucks" or "screwed". */
const SO_WORDS =
  /^(?:so|really|totally|completely|truly|just|kinda|still|actually|literally|seriously|pretty|very|all)$/;

const DETERMINERS: ReadonlySet<string> = wordSet(
  'the a an your ur his her their its this that these those them some no my our every any',
);

const FEEL: ReadonlySet<string> = new Set(['feel', 'feels', 'felt', 'feeling']);

/** Is the swear word what someone says they feel ("I feel like shit", "feel a bit pissed off")? */
function isFeeling(doc: Doc, k: number): boolean {
  const s = sentenceOf(doc, k);
  for (let j = k - 1; j >= s.first && j >= k - 4; j--) {
    const w = (doc.tokens[j] as Token).w;
    if (w === 'you' || w === 'your' || w === "you're") return false;
    if (FEEL.has(w)) return true;
  }
  return false;
}

/** Words before "ass" that make it a body part or a set phrase, not an intensifier. */
const ASS_OWNER: ReadonlySet<string> = wordSet(
  'my your ur yo ya his her their our its the a an this that kiss kick kicked kicking whoop whip wipe own smart dumb fat lazy bad hard jack you',
);

/** "long ass time", "cute ass pin": "ass" between a describing word and a noun. */
function isIntensifierAss(doc: Doc, first: number, last: number, chunk: string): boolean {
  if (chunk !== 'ass') return false;
  const s = sentenceOf(doc, first);
  if (first <= s.first) return false;
  const prev = doc.tokens[first - 1] as Token;
  if (/^kick(?:s|ing|ed)?$/.test(prev.w)) return true;
  if (last >= s.last) return false;
  if (ASS_OWNER.has(prev.w) || prev.w.endsWith("'s")) return false;
  // "nice ass fuck": not an intensifier when another swear word follows.
  if (UNAMBIGUOUS.test((doc.tokens[last] as Token).w)) return false;
  return doc.text.slice(prev.end, (doc.tokens[first] as Token).start) === ' ';
}

const LAUGHTER = /^(?:haha+|hahaha+|hehe+|lol+|lmao+|lmfao|rofl|xd)$/;

/**
 * After "oh shit", what follows is news taken with surprise, not dismay: a question put to the
 * reader ("o shit u goin to the show huh?", "oh fuck you're back??"), laughter or something good
 * ("oh shit congrats!!"), with nothing bad said. "Oh wow" keeps it; "oh no" would turn it to
 * dismay. "oh shit i forgot the keys", "oh shit did you lose it?" stay "oh no".
 */
function ohSurprise(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens;
  let reader = false;
  let good = false;
  let praise = false;
  // "oh shit i left the iron on", "oh crap we're late": a mishap of one's own, dismay, unless
  // something good is said ("oh shit i got the job!"); "oh shit i thought u were from cali" is a
  // surprise about the reader.
  const w0 = from < to ? (t[from] as Token).w : '';
  const own =
    /^(?:i|im|i'm|ive|i've|id|i'd|we|were|we're|my|our|me)$/.test(w0) &&
    (from + 1 < to ? (t[from + 1] as Token).w : '') !== 'thought';
  for (let k = from; k < to; k++) {
    const w = (t[k] as Token).w;
    const v = valence(w);
    if (
      v < 0 ||
      /^(?:no|not|never|forgot|forget|lost|lose|missed|broke|broken|late|wrong|sorry|dead|died|crash\w*)$|n't$|nt$/.test(
        w,
      )
    )
      return false;
    if (
      v > 0 ||
      /^(?:congrats|congratulations|nice|yay|dope|lit|won|passed|nailed|aced|hired|engaged)$/.test(w)
    )
      praise = true;
    if (LAUGHTER.test(w)) good = true;
    if (/^(?:you|u|ya|youre|you're|ur|your)$/.test(w)) reader = true;
  }
  const end = to > from ? (t[to - 1] as Token).end : 0;
  const asks =
    /^[^\p{L}\p{N}]*\?/u.test(doc.text.slice(end, end + 4)) ||
    (to > from && (t[to - 1] as Token).w === 'huh');
  if (own) return praise;
  return praise || good || (reader && asks);
}
/** One-word orders after which a swear is a name said to them ("move bitch", "dont cry bitch"). */
const ONE_WORD_ORDER =
  /^(?:move|go|run|come|hurry|wait|listen|look|sit|relax|chill|cry|smile|laugh|stop|leave|drive|walk|eat|sleep)$/;
/** "yaaaa", "yooo": a cheer stretched out, read as "you" by the tokenizer. */
const CHEER_YA = /^(?:ya{3,}|yo{3,})h*$/i;
/** Laughing emoji: with them, a jab between friends is teasing. */
const LAUGH_EMOJI = /\u{1F602}|\u{1F923}|\u{1F606}|\u{1F605}|\u{1F61C}|\u{1F61D}|\u{1F61B}/u;

/** Words from `a` to `b` (exclusive) that only describe, none of them an insult ("weird looking"). */
function teasingWords(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (!/^[\p{L}-]+$/u.test(w) || INSULT_ADJECTIVES.has(w) || STRONG_INSULT_ADJECTIVES.has(w)) return false;
    if (UNAMBIGUOUS.test(w) || valence(w) <= -3) return false;
  }
  return true;
}

/** The message laughs ("lol", "haha", 😂): a name said in it is teasing, not a fight. */
function laughing(doc: Doc): boolean {
  if (says(doc, LAUGH_EMOJI)) return true;
  for (const tk of doc.tokens) if (LAUGHTER.test(tk.w)) return true;
  return false;
}
const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  'im',
  'my',
  'me',
  "i've",
  "i'll",
  'myself',
  'we',
  'our',
]);
const EXCLAIMERS: ReadonlySet<string> = new Set([
  'holy',
  'oh',
  'aw',
  'aww',
  'ah',
  'well',
  'man',
  'ugh',
  'oops',
  'what',
  'the',
]);

/**
 * The swear word is aimed at no one and the sentence carries no other heat: no second person, no
 * stacked marks or capitals, no other negative word; and it is laughing, warm, or an exclamation
 * opening a sentence about oneself.
 */
/**
 * A swear said as a cheer or in awe: "holy shit", "holy crap", "fuck yeah", "hell yes". Aimed at
 * no one; what it is about decides the rest.
 */
function cheer(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (first > s.first && (t[first - 1] as Token).w === 'holy') return true;
  return last < s.last && /^(?:yeah|yes|yea|yess|yesss|yep|ya)$/.test((t[last] as Token).w);
}

const SYMPATHY =
  /\b(?:so sorry|i'?m sorry|sorry to hear|sorry you|hugs|sending love|feel for you|poor thing)\b/i;

/** Commands that aim a swear in their sentence at the person told: "clean up this shit right now". */
const COMMAND_OPENERS: ReadonlySet<string> = new Set(
  'clean pick get move put take give shut stop quit answer fix throw bring turn cut drop sort'.split(' '),
);

/** "why the hell is…": asked of something that went wrong ("why the hell not" agrees). */
function whyThe(doc: Doc, first: number, last: number): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  return (
    first - 2 >= s.first &&
    (t[first - 1] as Token).w === 'the' &&
    // "who the hell approved this" asks for a culprit; "who the hell is that" may only wonder.
    ((t[first - 2] as Token).w === 'why' ||
      ((t[first - 2] as Token).w === 'who' &&
        !/^(?:is|was|are|knew|knows|cares|doesn|don|wouldn)$|n'?t$/.test(t[last]?.w ?? ''))) &&
    (last >= s.last || (t[last] as Token).w !== 'not')
  );
}

/**
 * The swear carries annoyance, whatever warm words are near it: in a "why the hell…" question, "too
 * damn slow", "all the damn time", the thing refused ("they ain't fixing that shit"), or with a sigh
 * ("bring my fuckin phone back sheesh"). "again" and "smh" were tried: they caught nothing more on
 * the external sets and flagged warm variants ("the hell with diets, lets get pizza again").
 */
function sour(doc: Doc, first: number, last: number): boolean {
  const t = doc.tokens;
  const [lo, hi] = around(doc, first);
  const w = (k: number) => (k >= lo && k < hi ? (t[k] as Token).w : '');
  if (whyThe(doc, first, last)) return true;
  // "too damn hot": a complaint ("too damn cute" is not).
  if (w(first - 1) === 'too' && valence(w(last)) <= 0) return true;
  if (w(last) === 'time' && (w(first - 1) === 'every' || w(first - 2) === 'all')) return true;
  const refuses = /^(?:not|aint|ain't|never|dont|don't|won't|isn't|stop)$/;
  if (/^(?:that|this|the)$/.test(w(first - 1)) && (refuses.test(w(first - 3)) || refuses.test(w(first - 4))))
    return true;
  for (let k = lo; k < hi; k++) if (w(k) === 'sheesh') return true;
  return false;
}

const LAUGH_FACE = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F639}]/u;

function casual(doc: Doc, first: number, last: number): boolean {
  const s = sentenceOf(doc, first);
  if (mentionsYou(doc, first)) return false;
  const t = doc.tokens;
  // "I screwed up the recipe, we're getting pizza": owning one's own slip.
  if (/^(?:i|we)$/.test(t[first - 1]?.w ?? '') && /ed$/.test((t[first] as Token).w) && t[last]?.w === 'up')
    return true;
  // "no shame in freaking out": the verb "freak out" (panic), not a swear; "stop freaking out" keeps it.
  if (
    /^fr[ei]\w+ing$/.test((t[first] as Token).w) &&
    t[last]?.w === 'out' &&
    !/^(?:stop|quit)$/.test(t[first - 1]?.w ?? '')
  )
    return true;
  // A command with a swear in it is said to someone, and "right now" makes it a demand.
  if (first > s.first && COMMAND_OPENERS.has((t[contentStart(doc, s)] as Token).w)) {
    const lastTok = t[s.last - 1] as Token;
    if (lastTok.w === 'now' || (t[s.last - 2] as Token | undefined)?.w === 'right') return false;
  }
  // Within a window around the word: a 100,000-character run-on sentence stays linear.
  const [lo, hi] = around(doc, first);
  const body = doc.text.slice(
    (t[lo] as Token).start,
    Math.min(doc.text.length, (t[hi - 1] as Token).end + 3),
  );
  // Stacked marks are heat, unless the swear is a cheer or the sentence is plain good news.
  const marks = /[!?]{2}/.test(body);
  const cheers = cheer(doc, first, last);
  if (marks && !cheers) return false;
  let laugh = false;
  let self = false;
  let other = 0;
  const r = readingOf(doc);
  for (let k = lo; k < hi; k++) {
    readToken(doc, r, k);
    const bits = r.bits[k] as number;
    if (bits & SHOUTED) return false;
    if (bits & LAUGHS) laugh = true;
    if (bits & FIRST) self = true;
    if (k >= first && k < last) continue;
    other += r.sour[k] as number;
  }
  laugh ||= LAUGH_FACE.test(body);
  // Small troubles of one's own ("forgot", "stuck") are no heat; "hate", "useless" are.
  if (other > 2 || (!laugh && sour(doc, first, last))) return false;
  // "holy shit that's amazing news!!", "fuck yeah we won!!!": a cheer with good news and nothing
  // sour near it ("holy shit bro" alone stays as it was).
  // "fuck yes, finally passed my test", "fuck yeah, pizza night!": a cheer, nobody addressed.
  if (
    cheers &&
    other === 0 &&
    (/^(?:yes|yeah|yea)$/.test((t[last] as Token | undefined)?.w ?? '') ||
      positiveSentence(doc, first, first))
  )
    return true;
  // Otherwise stacked marks keep their heat, as before.
  if (marks) return false;
  // "a shit ton of snow", "a shitload of work": a swear as a measure of how much.
  const w = (t[first] as Token).w;
  const of = /^(?:shit|fuck|crap)(?:load|ton)s?$/.test(w) ? last : last + 1;
  if (
    (of === last || (/^(?:shit|fuck|crap)$/.test(w) && /^(?:tons?|loads?)$/.test(t[last]?.w ?? ''))) &&
    t[of]?.w === 'of'
  )
    return true;
  // "i'm so sorry, that sucks": sympathy, said with someone, not at them.
  if (SYMPATHY.test(body)) return true;
  // Laughing, in words or faces: "so fucking tired 😂".
  if (laugh || positiveSentence(doc, first, first)) return true;
  // "Shit, I forgot my umbrella", "oh crap, I'm late", "what the hell happened to the weather":
  // an exclamation opening a sentence about oneself or about no one.
  let opens = first - s.first <= 4;
  for (let k = s.first; opens && k < first; k++) if (!EXCLAIMERS.has((t[k] as Token).w)) opens = false;
  const gap = last < s.last ? doc.text.slice((t[last - 1] as Token).end, (t[last] as Token).start) : '.';
  // "holy crap the northern lights are out": "holy …" without a comma, in awe at a sight.
  const exclaims =
    /[,.!\u2014-]/.test(gap) ||
    (t[first] as Token).w === 'hell' ||
    ((t[first - 1] as Token | undefined)?.w === 'holy' && WONDER.test(body));
  // "holy crap that ending", "bloody hell, that view": awe before the thing shown, nothing sour.
  const holy = (t[first - 1] as Token | undefined)?.w === 'holy' && first > s.first;
  const e = w === 'bloody' && t[last]?.w === 'hell' ? last + 1 : last;
  const THING = /^(?:that|this|the|these|those)$/;
  // Only the thing named, no verb after it ("holy shit the comments make me want to…" stays).
  let awe = (holy || e > last) && e < s.last && THING.test((t[e] as Token).w);
  for (let k = e; awe && k < s.last && !isClauseEnd(doc, k - 1); k++)
    if (k > e + 6 || SAYS.test((t[k] as Token).w)) awe = false;
  // "finally got the damn thesis submitted": relief at one's own task done.
  if ((t[contentStart(doc, s)] as Token).w === 'finally' && other === 0) return true;
  // "shit, forgot the cake", "damn, missed the train": the writer's own slip, its "I" left out.
  const slip = last < s.last && OWN_SLIP.test((t[last] as Token).w);
  // A swear word that is the whole sentence ("What the fuck.") is heat itself, unless the next
  // sentence says it was about oneself or good news, to no one: "Shit. I forgot my keys again.",
  // "Holy crap. That was amazing."
  if (opens && last >= s.last) return ownNewsNext(doc.text.slice(s.end, s.end + 200), cheers);
  return opens && (exclaims || (awe && other === 0)) && last < s.last && (self || slip || other === 0);
}

/** Verbs that make a clause of what follows "holy shit that…": "is", "make", "did". */
const SAYS = /^(?:is|are|was|were|make|made|do|did|ha[sdv]e?|want|can|will|would|got)s?$|'s$/;
/** Slips of one's own, said without "I": "forgot", "missed", "left". */
const OWN_SLIP = /^(?:forgot|left|missed|dropped|spil+(?:ed|t)|lost|broke|burn[td]|locked|overslept)$/;

/**
 * The sentence that opens `next` (read from the text: a family sees only the tokens of sentences
 * that pass its quick check) is about the writer (after a cheer: good news), aimed at no one and
 * not negated.
 */
function ownNewsNext(next: string, cheers: boolean): boolean {
  const words =
    next
      .toLowerCase()
      .split(/[.!?\n]/, 2)[0]
      ?.match(/[a-z']+/g) ?? [];
  let self = false;
  let v = 0;
  for (const w of words) {
    // Aimed at someone, or a grievance ("I didn't think anybody cared"): heat as before.
    if (/^(?:you|u|your|ur|you're|yourself|not|never|no|nobody|nothing)$|n't$/.test(w)) return false;
    if (FIRST_PERSON.has(w)) self = true;
    v += valence(w);
  }
  return cheers ? v > 0 : self && v >= -2;
}

/** Sights people stop for: "the view", "the sunset", "northern lights". */
const WONDER =
  /\b(?:views?|sun(?:set|rise)s?|sky|stars|moon|eclipse|rainbows?|aurora|northern lights|snow|ocean|waterfalls?|fireworks)/i;

function isAcronymLike(w: string): boolean {
  return w.length <= 4 && /^(?:omg|lol|lmao|ok|tv|usa|uk|nyc|nba|nfl)$/.test(w);
}

export const swearing: RuleFamily = {
  id: 'swearing',
  category: 'heat',
  minSensitivity: 'gentle',
  quickCheck: (text: string) => HINT.test(text),
  textCheck: (text: string) => HINT.test(text),
  match(ctx: RuleContext): Match[] {
    const { doc, sensitivity } = ctx;
    const out: Match[] = [];
    const hits = findHits(doc);
    // An unmistakably English swear word makes the whole message English.
    const english =
      englishAround(doc, 0) || hits.some((h) => UNAMBIGUOUS.test(doc.text.slice(h.start, h.end)));
    for (const h of hits) {
      const [first, last] = tokensIn(doc, h.start, h.end);
      if (first < 0) continue;
      let mention = false;
      for (let k = first; k < last; k++) if ((doc.tokens[k] as Token).mention) mention = true;
      if (mention || !english) continue;
      if (isInsideMash(doc.text, h)) continue;
      // "the 'grab em by the pussy' tape": words someone said, reported in single quotes, like a
      // quotation in double quotes (a mention); three words or more, so a scare-quoted label is not.
      {
        const s = sentenceOf(doc, first);
        if (quotedAround(doc.text, h.start, h.end, s.start, s.end)) continue;
      }
      const t = doc.tokens;
      const w = (t[first] as Token).w;
      const prev = first > sentenceOf(doc, first).first ? (t[first - 1] as Token).w : '';
      const prev2 = first > sentenceOf(doc, first).first + 1 ? (t[first - 2] as Token).w : '';
      const next = last < sentenceOf(doc, first).last ? (t[last] as Token).w : '';
      let category: Category = 'heat';
      let rule = 'swearing';
      let severity: 1 | 2 | 3 = 2;
      let min: Sensitivity = 'balanced';
      let why: Match['why'] = 'swearing';
      const chunk = doc.text.slice(h.start, h.end).toLowerCase();
      // "he called me a bitch", "she was called a whore": a name someone else was called, told
      // (strict only); not when the reader did the calling ("you called me a…"), nor an order
      // ("don't call me a…").
      let told = false;
      if ((prev === 'a' || prev === 'an') && !SLURS.has(h.word)) {
        const s = sentenceOf(doc, first);
        let v = first - 2;
        if (v > s.first && /^(?:me|us|him|her|them|myself)$/.test((t[v] as Token).w)) v--;
        told =
          v > s.first &&
          CALL.test((t[v] as Token).w) &&
          !/^(?:you|u|ya|don't|dont|never|stop|to)$/.test((t[v - 1] as Token).w);
      }
      if (SLURS.has(h.word)) {
        category = 'contempt';
        rule = 'slur';
        severity = 3;
        min = 'gentle';
        why = 'slur';
      } else if (
        (next === 'you' || next === 'u' || next === 'off' || next === 'yourself') &&
        (w === 'fuck' || w === 'screw' || w === 'piss' || chunk.startsWith('f')) &&
        // "go fuck yourself you …": the reflexive is a curse whatever follows.
        (isClauseEnd(doc, last) ||
          ((next === 'yourself' || next === 'off') && (w === 'fuck' || w === 'screw' || w === 'piss')))
      ) {
        category = 'contempt';
        rule = 'curse-at';
        severity = 3;
        min = 'gentle';
        why = 'insult';
      } else if (
        (LABELS.has(h.word) || /(hole|head|face|wad|bag|fucker|sucker)s?$/.test(chunk)) &&
        (prev === 'you' ||
          prev === 'a' ||
          prev === 'an' ||
          prev === 'such' ||
          prev2 === 'you' ||
          prev2 === "you're")
      ) {
        category = 'contempt';
        rule = 'label';
        severity = 3;
        min = 'gentle';
        why = 'insult';
      } else if (!h.strong) {
        // Mild words: set phrases, or a heated sentence.
        const phrase =
          ((w === 'damn' || w === 'dammit' || w === 'damnit' || w === 'goddammit' || w === 'goddamnit') &&
            (next === 'it' || next === 'you' || w !== 'damn')) ||
          // "why the hell not" agrees.
          (w === 'hell' && (prev === 'the' || next === 'no' || prev === 'to') && next !== 'not') ||
          w === 'wtf' ||
          w === 'ffs' ||
          (w === 'screw' && (next === 'this' || next === 'that' || next === 'it' || next === 'you')) ||
          // "screw the landlord", "screw these greedy execs", "screw him": cursing someone (toxic36).
          (w === 'screw' &&
            /^(?:him|her|them|em|the|these|those|his|their|all)$/.test(next) &&
            [0, 1, 2, 3, 4].some((d) => {
              const x = t[last + d]?.w ?? '';
              return talkedOf(x) && (d === 0 || !/'s$|^(?:his|her|their|your|ur|my|our|it)$/.test(x));
            })) ||
          // "the damn car", "your damn business", "those damned hackers": a curse on something.
          (DAMN.has(w) && DETERMINERS.has(prev) && next !== '' && !COMMON_WORDS.has(next)) ||
          // "damn those hackers", "you god damn republicans": cursing someone.
          (w === 'damn' &&
            ((prev === 'god' && next !== '' && !COMMON_WORDS.has(next)) ||
              (prev === '' && /^(those|these|them|all|every)$/.test(next)))) ||
          // "he sucks", "this sucks": a put-down.
          (w === 'sucks' && prev !== '' && !COMMON_WORDS.has(next));
        if (w === 'screw' && !phrase) continue;
        if (w === 'hell' && !phrase) continue;
        const heated =
          valenceSum(doc, sentenceOf(doc, first).first, sentenceOf(doc, first).last) -
            Math.min(0, polarity(doc, first, last).neg * -1) <
          0;
        // "damned if you do, damned if you don't": a no-win spot, cursing nobody ("I'll be damned
        // if…" is a vow, and stays).
        const noWin = w === 'damned' && next === 'if' && prev !== 'be';
        if (noWin || (positiveSentence(doc, first, first) && !whyThe(doc, first, last))) min = 'strict';
        else if (phrase || heated || sour(doc, first, last)) min = 'balanced';
        else min = 'strict';
        severity = phrase ? 2 : 1;
      } else if (isFeeling(doc, first)) {
        // "I feel like shit", "feeling a bit pissed off": an I-statement about oneself.
        severity = 1;
        min = 'strict';
      } else if (h.word === 'ass' && isIntensifierAss(doc, first, last, chunk)) {
        // "a long ass time", "cute ass pin", "kicking ass": an intensifier or an idiom; strict
        // only when the sentence is warm (or it is the idiom).
        severity = 1;
        const kick = /^kick(?:s|ing|ed)?$/.test((t[first - 1] as Token).w);
        min = kick || positiveSentence(doc, first, first) ? 'strict' : 'balanced';
      } else if (positiveSentence(doc, first, first)) {
        // "that was fucking amazing": still heat, but milder; as an intensifier of the warm
        // word right after it ("fucking adorable", "i fucking love it"), strict only.
        severity = 1;
        // Not when the sentence is sour ("late again, fucking great" is sarcasm).
        if (
          INTENSIFYING.has(w) &&
          valence(next) > 0 &&
          !negatedBefore(doc, first, 3) &&
          !sour(doc, first, last)
        )
          min = 'strict';
      }
      // Casual swearing aimed at no one ("holy shit this cake is amazing", "shit, I forgot my
      // keys", "this fucking song is stuck in my head haha"): strict only. A finding needs an
      // addressee or clear heat.
      if (told) {
        severity = 1;
        min = 'strict';
      }
      if (rule === 'swearing' && min === 'balanced' && casual(doc, first, last)) {
        min = 'strict';
        severity = 1;
      }
      if (!allows(sensitivity, min)) continue;
      // "fuck fuck fuck": one swear said again is one finding.
      const before = out[out.length - 1];
      if (
        before &&
        before.rule === 'swearing' &&
        rule === 'swearing' &&
        before.last === first &&
        /^[\s,]*$/.test(doc.text.slice(before.end as number, h.start)) &&
        doc.text
          .slice(before.start as number, before.end as number)
          .toLowerCase()
          .slice(0, 3) === doc.text.slice(h.start, h.end).toLowerCase().slice(0, 3)
      ) {
        before.last = last;
        before.end = h.end;
        continue;
      }
      out.push({
        rule,
        first,
        last,
        start: h.start,
        end: h.end,
        severity,
        min,
        why,
        category,
        pause: severity >= 2,
        cap: {},
        note: h.word,
      });
    }
    return out;
  },
  suggest(ctx: RuleContext, mHit: Match): Draft[] {
    return swearDrafts(ctx, mHit).map((d) => personInPlace(ctx.doc, d));
  },
};

/** Swear words that name a person ("this bitch", "that prick"). */
const NAME_SWEAR =
  /^(?:bitch|bastard|asshole|arsehole|cunt|twat|prick|dick|douche|douchebag|motherfucker|fucker|jackass|dumbass)$/i;

function swearDrafts(ctx: RuleContext, mHit: Match): Draft[] {
  {
    const m = decorationCut(ctx.doc, mHit);
    // "a shit covered mess", "crap-stained shoes": a describing word made of the swear and a
    // participle says how dirty; "filthy" says it without the swear (cut, "a covered mess").
    {
      const after = ctx.doc.tokens[m.last] as Token | undefined;
      if (
        after &&
        /^(?:shit|crap|poop)$/i.test(ctx.doc.text.slice(m.start as number, m.end as number)) &&
        /^[- ]?$/.test(ctx.doc.text.slice(m.end as number, after.start)) &&
        /^(?:covered|stained|smeared|caked|soaked|encrusted|splattered|streaked)$/.test(after.w) &&
        // "shit covered in leaves": the swear is the thing covered.
        !/^(?:in|with|by|all|on|up|over)$/.test((ctx.doc.tokens[m.last + 1] as Token | undefined)?.w ?? '')
      )
        return [{ start: m.start as number, end: after.end, text: 'filthy' }];
    }
    const held = heldIn(ctx.doc, m) ?? sloganQuoted(ctx.doc, m);
    if (held) return [held];
    // "so tired of this arrogant prick" → "…of this arrogance": the describing word carries it.
    if (NAME_SWEAR.test(ctx.doc.text.slice(m.start as number, m.end as number))) {
      const trait = traitInstead(ctx.doc, m.last);
      if (trait) return [trait];
    }
    const drafts = mothaToo(ctx.doc, m, suggestByRole(ctx.doc, m))
      .map((d) => assBeforeNoun(ctx.doc, d))
      .map((d) => droppedInApostrophe(ctx.doc, d))
      .map((d) => quotesTaken(ctx.doc.text, d));
    // A removal that the check turns down (what is left reads as something else) falls back to the
    // plain noun, never to a sentence of ours: "all the shit u think about" → "all the stuff…".
    const start = m.start as number;
    const end = m.end as number;
    if (
      drafts.length > 0 &&
      drafts.every((d) => d.text === '') &&
      /^(?:shit|crap|shite)$/i.test(ctx.doc.text.slice(start, end))
    )
      drafts.push({ start, end, text: plainNoun(ctx.doc, m) });
    // "this bitch doesn't like soda": a name for someone as the subject after "this"/"that";
    // left out, "this doesn't like soda" says something else. The plain noun.
    {
      const p0 = m.first > 0 ? (ctx.doc.tokens[m.first - 1] as Token) : undefined;
      const n0 = ctx.doc.tokens[m.last] as Token | undefined;
      if (
        drafts[0]?.text === '' &&
        p0 &&
        /^(?:this|that)$/.test(p0.w) &&
        n0 &&
        /^(?:is|was|does|doesn|doesn't|doesnt|did|didn|didn't|didnt|has|had|can|can't|cant|won't|wont|will|would|don't|dont|keeps|kept|just|always|never|wants|said|says|got|gets)$/.test(
          n0.w,
        ) &&
        NAME_SWEAR.test(ctx.doc.text.slice(start, end))
      )
        drafts.unshift({ start, end, text: 'person' });
    }
    // "whatever i have on my shit leave it alone": after "my" the word is a thing owned; left out,
    // "my" would dangle. The plain noun comes first.
    const prev = m.first > 0 ? (ctx.doc.tokens[m.first - 1] as Token) : undefined;
    if (
      drafts.length > 1 &&
      drafts[0]?.text === '' &&
      drafts[0].start <= start &&
      drafts[0].end >= end &&
      prev &&
      /^(?:my|your|ur|his|her|their|our)$/.test(prev.w) &&
      /^(?:shit|crap|shite)$/i.test(ctx.doc.text.slice(start, end)) &&
      // "on my shit list", "my shit car": a describing word of the noun after it; it goes.
      (ctx.doc.tokens[m.last] as Token | undefined)?.w !== 'list' &&
      !(m.last === m.first + 1 && isJunkBeforeNoun(ctx.doc, m.first) && ownedNounAfter(ctx.doc, m.last))
    ) {
      const noun = drafts.find((d) => d.text !== '' && d.start === start && d.end === end);
      // "i got my shit together": the idiom "my act together".
      const next = ctx.doc.tokens[m.last] as Token | undefined;
      // Cut, "get your together" would dangle: offered last of all (runs44).
      if (noun && next?.w === 'together')
        return [
          { ...noun, text: 'act' },
          ...drafts.filter((d) => d !== noun && d.text !== ''),
          ...drafts.filter((d) => d !== noun && d.text === ''),
        ];
      if (noun) return [noun, ...drafts.filter((d) => d !== noun)];
    }
    // "what's with all the crap behind him?", "all the shit on the floor": cut, "the" is left before a
    // preposition ("all the behind him") or goes with it ("all on the floor"); the plain noun stays.
    const after = ctx.doc.tokens[m.last] as Token | undefined;
    if (
      drafts[0]?.text === '' &&
      prev?.w === 'the' &&
      after &&
      THING_PLACE.has(after.w) &&
      /^(?:shit|crap|shite)$/i.test(ctx.doc.text.slice(start, end))
    )
      return [{ start, end, text: plainNoun(ctx.doc, m) }, ...drafts];
    // "way too much fuck.": cut, "much" would dangle at the clause's end; the plain noun stays.
    if (
      drafts[0]?.text === '' &&
      prev &&
      /^(?:much|such|enough)$/.test(prev.w) &&
      m.last === m.first + 1 &&
      isClauseEnd(ctx.doc, m.first)
    )
      return [{ start, end, text: 'stuff' }, ...drafts];
    // "that was a dick move", "such an asshole thing to do": before an act, the name said what kind
    // of act it was; cut ("a move") or swapped ("a pain thing to do"), it says nothing. "a mean move".
    if (
      after &&
      /^(?:move|moves|thing|stunt|trick|comment|remark)$/.test(after.w) &&
      drafts[0] &&
      /^an?(?: pain)? ?$/i.test(drafts[0].text) &&
      drafts[0].end >= end &&
      /^an? /i.test(ctx.doc.text.slice(drafts[0].start, drafts[0].end))
    )
      return [
        { ...drafts[0], text: /^A/.test(ctx.doc.text[drafts[0].start] ?? '') ? 'A mean' : 'a mean' },
        ...drafts,
      ];
    // "damn those kids and their music": a curse opening the sentence on what follows; left out, the
    // rest is no sentence. A sigh instead: "ugh, those kids…".
    if (
      drafts[0] &&
      (drafts[0].text === '' || drafts[0].text.toLowerCase() === after?.w) &&
      /^(?:damn|dammit|damnit)$/i.test(ctx.doc.text.slice(start, end)) &&
      m.first === sentenceOf(ctx.doc, m.first).first &&
      after &&
      /^(?:those|these|that|this|the)$/.test(after.w) &&
      ctx.doc.text.slice(end, after.start) === ' ' &&
      !verbInClause(ctx.doc, m.last + 1)
    )
      return [
        { start, end: after.start, text: `${/^D/.test(ctx.doc.text[start] ?? '') ? 'Ugh' : 'ugh'}, ` },
        ...drafts,
      ];
    return drafts;
  }
}

/**
 * A verb of its own in the clause from token `k` on ("this traffic is killing me", "that messed up"):
 * left without the curse before it, the clause is still a sentence.
 */
function verbInClause(doc: Doc, k: number): boolean {
  const s = sentenceOf(doc, k);
  for (let i = k; i < s.last; i++) {
    const w = (doc.tokens[i] as Token).w;
    if (
      /^(?:is|are|was|were|am|be|has|have|had|will|would|can|could|should|must|do|does|did|isn't|aren't|wasn't|weren't|won't|can't|don't|doesn't|didn't|'s|'re|keeps|makes|gets|got)$/.test(
        w,
      ) ||
      isPastForm(w)
    )
      return true;
    if (isClauseEnd(doc, i)) return false;
  }
  return false;
}

/** Prepositions of place and topic that may follow a thing ("the stuff behind him", "on the floor"). */
const THING_PLACE: ReadonlySet<string> = new Set(
  'behind on in at under over around near from about inside outside everywhere'.split(' '),
);

/**
 * "my shit car broke", "on my shit laptop": the word after "my shit" is a noun it describes when
 * it is no everyday word ("right", "still") and a clause ends after it or a verb of its own follows.
 */
function ownedNounAfter(doc: Doc, k: number): boolean {
  const noun = doc.tokens[k] as Token | undefined;
  if (!noun || COMMON_WORDS.has(noun.w) || !/^[a-z]{3,}$/.test(noun.w)) return false;
  if (
    /(?:en|ed|ing|ly|out|in)$/.test(noun.w) ||
    /^(?:back|together|straight|sorted|done|without|don)$/.test(noun.w)
  )
    return false;
  if (isClauseEnd(doc, k)) return true;
  const after = doc.tokens[k + 1] as Token | undefined;
  return (
    after !== undefined &&
    /^(?:is|was|isnt|wasnt|broke|died|keeps|kept|just|never|won't|wont|doesn't|doesnt|has|had|needs|sucks|got)$/.test(
      after.w,
    )
  );
}

/** A decoration between words with no space ("enough✨fuck", "💀shit"): not a letter, digit or ASCII sign. */
const DECORATION = /[^\x21-\x7e\p{L}\p{N}\p{M}\s\u2018\u2019\u201c\u201d\u2026\u2013\u2014]+/gu;

/**
 * "this enough✨fuck trump✨": the words a decoration glues to the swear word are no part of it; the
 * rewording works on the piece that holds the swear word alone.
 */
/**
 * The same, tested once (no global state). Read by rewording alone: built in a function marked pure,
 * which the detection bundle leaves out.
 */
const DECORATED = /* @__PURE__ */ (() => new RegExp(DECORATION.source, 'u'))();

/**
 * "that was fuckin ' close": the apostrophe of a word in -in' typed apart is the word's; left out, the
 * word takes it along ("that was close", never "that was ' close").
 */
function droppedInApostrophe(doc: Doc, d: Draft): Draft {
  if (d.text !== '' && !/ing$/.test(d.text)) return d;
  const cut = doc.text.slice(d.start, d.end);
  // "fuckin' hell…" cut at the start of a sentence: the cut took the space after the word.
  const m = /in( *)$/i.exec(cut);
  if (!m) return d;
  const after = /^ ?['’](?= |$)/.exec(doc.text.slice(d.end, d.end + 3));
  if (!after) return d;
  const end =
    d.end +
    after[0].length +
    ((m[1] as string).length > 0 && doc.text[d.end + after[0].length] === ' ' ? 1 : 0);
  return { ...d, end };
}

function decorationCut(doc: Doc, m: Match): Match {
  const start = m.start as number;
  const chunk = doc.text.slice(start, m.end as number);
  DECORATION.lastIndex = 0;
  if (!DECORATION.test(chunk)) return m;
  let from = 0;
  for (const piece of chunk.split(DECORATION)) {
    const at = chunk.indexOf(piece, from);
    from = at + piece.length;
    if (!/\p{L}/u.test(piece) || !HINT.test(piece)) continue;
    if (piece.length === chunk.length) return m;
    const [first, last] = tokensIn(doc, start + at, start + at + piece.length);
    if (first < 0) return m;
    return { ...m, first, last, start: start + at, end: start + at + piece.length };
  }
  return m;
}

/** Words after "fuck" that are no object cursed ("fuck it", "fuck yeah", "fuck i forgot"). */
const NOT_CURSED =
  /^(?:it|up|off|you|u|me|with|around|about|yourself|yourselves|urself|all|yes|yeah|yea|no|nope|i|im|we|they|he|she|is|was|my|a|an|and|or|but|so|man|dude|bro|sake|outta|out|over|ya|yall|ye|em|this|what|why|how|me|now|again|too|though|lol|lmao)$/;

/** The first half of "motherfucker" written apart, in its spellings ("motha fuckin", "mutha fucker"). */
const MOTHA = /^(?:motha|mother|mutha|muther|muthah|mothah|mofo|mutha|mudda|mama)$/;

/**
 * "that motha fuckin guy": the first half of the swear written apart goes with it ("that guy"),
 * never left behind ("that motha guy"). Not after a possessive ("my mother fucking hates me": the
 * mother is a person).
 */
function mothaToo(doc: Doc, m: Match, drafts: Draft[]): Draft[] {
  const s = sentenceOf(doc, m.first);
  const prev = tok(doc, m.first - 1, s);
  if (!prev || !MOTHA.test(prev.w) || doc.text.slice(prev.end, m.start as number) !== ' ') return drafts;
  if (!/^f/i.test(doc.text.slice(m.start as number, m.end as number))) return drafts;
  const before = tok(doc, m.first - 2, s);
  if (before && /^(?:my|your|ur|his|her|their|our|ya|yo'?)$/.test(before.w)) return drafts;
  return drafts.map((d) => {
    if (d.start < prev.end && d.start !== (m.start as number)) return d;
    if (d.text === '' && d.end >= (m.end as number))
      return removeRange(doc, prev.start, d.end, d.label ?? '');
    if (d.start === (m.start as number)) return { ...d, start: prev.start };
    return d;
  });
}

// ---------------------------------------------------------------------------------------------
// Rewording a swear word by the part it plays in the sentence
// ---------------------------------------------------------------------------------------------

/** A masked spelling of a swear word and the word itself: "a$$" → "ass", "b*tch" → "bitch". */
const MASKED_SHAPE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^a[^a-z]{2}(?=hole|$|s$|es$)/, 'ass'],
  [/^a[^a-z]s(?=hole|$)/, 'ass'],
  [/^as[^a-z](?=hole|$)/, 'ass'],
  [/^b[^a-z]{1,3}(?:tch|ch)/, 'bitch'],
  [/^bi[^a-z]{1,2}ch/, 'bitch'],
  [/^d[^a-z]{1,3}ck/, 'dick'],
  [/^c[^a-z]{1,3}nt/, 'cunt'],
  [/^bullsh[^a-z]{1,2}t/, 'bullshit'],
  [/^bs[^a-z]{1,2}t/, 'bullshit'],
];
const MASKED_SHAPE = {
  exec(c: string): [string, string] | null {
    for (const [re, word] of MASKED_SHAPE_WORDS) {
      const m = re.exec(c);
      if (m) return [m[0], word];
    }
    return null;
  },
};

/** The swear word with masks undone and letters lower-cased: "F***ING" → "fucking", "sh!t" → "shit". */
function plain(chunk: string, note: string | undefined): string {
  const c = chunk.toLowerCase();
  // "the f", "bs": the short forms stand for the words.
  if (c === 'f') return 'fuck';
  if (c === 'bs') return 'bullshit';
  // "whaddafuck", "whatthefuck": "what the fuck" run together is read as "wtf" (a plainer question).
  if (/^wh(?:at|ut|ad+)(?:t?h?e|d?a)?fu?c?k$/.test(c)) return 'wtf';
  if (/^[a-z]+$/.test(c)) return c;
  // "a$$", "a**hole", "b*tch", "d!ck", "c*nt": the masked letters are the swear word's own.
  const masked = MASKED_SHAPE.exec(c);
  if (masked) return c.replace(masked[0], masked[1] as string).replace(/[^a-z]/g, '');
  if (note === 'fuck' || /^f/.test(c)) return c.replace(/^f[^a-z]*(?:u[^a-z]*)?(?:c[^a-z]*)?k?/, 'fuck');
  if (note === 'shit' || /^s/.test(c)) return c.replace(/^s[^a-z]*h?[^a-z]*[i!1*]*[^a-z]*t/, 'shit');
  return c.replace(/[^a-z]/g, '');
}

const FUCK_ING =
  /^(?:fucking|fuckin|fckin|fkn|fking|fuckn|fukin|fucken|effing|freaking|frickin|fricking|friggin|frigging|bloody|goddamn|goddamned|damn|damned|darn|darned)$/;
const PERSON_SWEAR =
  /^(?:bitch|bastard|cunt|dick|prick|twat|whore|slut|wanker|turd|asshole|arsehole|shithead|dickhead|motherfucker|fucker|douchebag|douche|jackass|dumbass|dipshit|bellend|ass(?:hat|wipe|clown))(e?s)?$/;
/** Words that only say how much a label fits: "a real bitch", "a total prick", "a grand dickhead". */
const DEGREE_BEFORE_LABEL =
  /^(?:real|total|complete|massive|huge|major|royal|right|absolute|utter|proper|grand)$/;
const GIVE: Readonly<Record<string, string>> = {
  give: 'care',
  gives: 'cares',
  giving: 'caring',
  gave: 'cared',
  given: 'cared',
};
const SENSE_VERB =
  /^(?:feel|feels|felt|feeling|feelin'?|look|looks|looked|looking|lookin'?|smell|smells|smelled|smelling|smellin'?|sound|sounds|sounded|sounding|soundin'?|taste|tastes|tasted|seem|seems|seemed)$/;
/** Verbs that take a thing made, given or consumed: "play shit music", "sells crap phones". */
const OBJECT_VERB =
  /^(?:play|plays|played|playing|give|gives|gave|giving|sing|sings|sang|singing|write|writes|wrote|writing|sell|sells|sold|selling|buy|buys|bought|buying|serve|serves|served|serving|cook|cooks|cooked|cooking|post|posts|posted|posting|drink|drinks|drank|watch|watches|watched|watching|drive|drives|drove|driving|wear|wears|wore|wearing|produce|produces|produced|release|releases|released|upload|uploads|uploaded|publish|publishes|published|order|orders|ordered)$/;
/** Words of time after a swear: "ate shit yesterday" is no "bad yesterday". */
const TIME_WORD =
  /^(?:today|yesterday|tonight|tomorrow|lately|again|anymore|everyday|daily|weekly|forever|nowadays)$/;
/** A verb after "your X-ass" agreeing with "you": "needs" → "need". */
const AGREE: Readonly<Record<string, string>> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  doesnt: 'dont',
  "doesn't": "don't",
  isnt: 'arent',
  "isn't": "aren't",
  wasnt: 'werent',
  "wasn't": "weren't",
  "hasn't": "haven't",
};
/** Words after "your X-ass" that agree with "you" as they are. */
const AGREE_OK: ReadonlySet<string> = wordSet(
  'better should can could will would might must need want gonna wanna had did always never just really',
);
const KICK = /^kick(?:s|ed|ing|in)?$/;
/** "talk", "talkin", "tlkn": the verb of "talk shit" (trash-talk). */
const TALK = /^(?:talk(?:s|ed|ing|in|n)?|tlk(?:n|in|inn|ing)?|chat(?:s|ting|tin)?)$/;
const NOUN_SWEAR = /^(?:shit|crap|fuck|hell|bullshit|ass|arse|shite)$/;
const INTERJECTION =
  /^(?:oh|ah|aw+|ahh+|ugh|man|god|omg|well|dude|bro|yeah|no|oops|welp|whoa|wow|jeez|geez|eh+|agh+|argh+)$/;

/**
 * "tape on ya big ass mouth": "ass" after a describing word only strengthens it, and the noun
 * after is the owner's; cutting "ya big ass" would leave "on mouth". Only "ass" goes ("ya big mouth").
 */
function assBeforeNoun(doc: Doc, d: Draft): Draft {
  if (d.text !== '') return d;
  const cut = /^(\s*(?:ya|yo|your|ur|his|her|their|my)\s+[\p{L}]+)\s+ass$/iu.exec(
    doc.text.slice(d.start, d.end),
  );
  const next = /^ +(\p{L}{3,})/u.exec(doc.text.slice(d.end, d.end + 16));
  // "get ya lazy ass down here": a word of place or manner after it is no noun; the whole goes.
  if (
    !cut ||
    !next ||
    /^(?:down|out|off|over|back|away|here|there|home|around|now|too|tho|though|then|and|but|for|with|lol|lmao|again|already)$/i.test(
      next[1] as string,
    )
  )
    return d;
  return { ...d, start: d.start + (cut[1] as string).length };
}

/** Cries that open a sentence: of joy or surprise among friends ("yesss", "omg", "haha"), or "ugh", "hey". */
const JOY_CRY =
  /^(?:ugh+|hey+|oh+|ya+y*|ya+s+|ye+s+|ye+a+h*|yay+|woo+h?o*|omg|omfg|lol|lmao|haha+|hahah+a*|hehe+|ay+e*|wow+|ooh+|yo+)$/;

function tok(doc: Doc, i: number, s: { first: number; last: number }): Token | undefined {
  return i >= s.first && i < s.last ? (doc.tokens[i] as Token) : undefined;
}

/**
 * A quoted swear's quotes go with it when the draft cuts the word ("that 'shit' again" → "that
 * again", not "that '' again") or takes the opening quote ("the word 'fuck'" → "the f-word").
 */
function quotesTaken(text: string, d: Draft): Draft {
  if (!/^['‘’]/.test(text.slice(d.end)) || /^['‘’]?\p{L}/u.test(text.slice(d.end + 1, d.end + 2))) return d;
  const opened = text.slice(d.start, d.end).search(/(?:^|\s)['‘]\p{L}/u);
  if (opened > 0 || (opened === 0 && d.start > 0 && !/['‘]/.test(text[d.start] as string)))
    return { ...d, end: d.end + 1 };
  if (d.text === '' && d.start > 0 && /['‘]/.test(text[d.start - 1] as string))
    return { ...d, start: d.start - 1, end: d.end + 1 };
  return d;
}

/** Things that carry a phrase as their name: a song, a tape, a shirt, a sign, a chant. */
const NAMED_THING =
  /^(?:songs?|tapes?|records?|shirts?|t-shirts?|tees?|hats?|caps?|signs?|stickers?|slogans?|chants?|memes?|videos?|speech|banners?|mugs?|posters?|albums?|tracks?|hoodies?|merch|campaign|rally)$/;
const PHRASE_DET = /^(?:the|that|this|those|these|a|an|his|her|their|my|your|our)$/;

/**
 * "remember the grab them by the pussy tape?", "that fuck the police song", "they sell fuck cancer
 * shirts": a saying used as the name of a thing (a song, a tape, a shirt) cannot lose its swear
 * ("the grab them by the tape", "cancer shirts" say something else); it goes in quotes, as a
 * person writes a title, and is then mentioned, not said. The saying opens with a verb ("grab",
 * "fuck") after a determiner, or is "fuck <something>" before a plural thing; never "fuck your …".
 */
function sloganQuoted(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const w = (k: number) => (k >= s.first && k < s.last ? (t[k] as Token).w : '');
  let h = m.last;
  while (h < s.last && h < m.last + 4 && !NAMED_THING.test(w(h))) h++;
  if (!NAMED_THING.test(w(h))) return null;
  let b = -1;
  const det = (k: number) => PHRASE_DET.test(w(k - 1));
  for (let k = m.first; k > s.first && k > m.first - 6; k--)
    if (det(k) && (isKnownVerb(w(k)) || w(k) === 'fuck' || /^(?:them|em|him|her|it|me|us)$/.test(w(k + 1)))) {
      b = k;
      break;
    }
  if (b < 0) {
    if (w(m.first) !== 'fuck' || m.first === s.first || !/s$/.test(w(h))) return null;
    b = m.first;
  }
  if (h - b < 2) return null;
  // "the lock her up bullshit chant": a swear right before the thing says what it thinks of it
  // (another draft's); inside the saying it is a noun after its own determiner ("by the pussy").
  if (m.last === h && m.first > b && !PHRASE_DET.test(w(m.first - 1))) return null;
  const from = (t[b] as Token).start;
  const to = (t[h - 1] as Token).end;
  const phrase = doc.text.slice(from, to);
  if (/[,;:.!?"“”()]/.test(phrase)) return null;
  // "why the fuck is this song stuck": "the fuck" strengthens a question, and a saying used as a
  // name has no verb of its own that asks or states ("is", "do").
  if (/^(?:what|why|how|who|where|when|wtf)$/.test(w(b - 2))) return null;
  for (let k = b; k < h; k++)
    if (/^(?:is|are|was|were|am|be|do|does|did|has|have|had|will|would|can|could)$/.test(w(k))) return null;
  // "fuck your stupid song" is said to someone; "that fuck you song" names one.
  if (!det(b)) for (let k = b; k < h; k++) if (/^(?:you|your|ur|u|yourself|ya)$/.test(w(k))) return null;
  return { start: from, end: to, text: `"${phrase}"`, verbatim: true };
}

/**
 * "he's a sack of shit", "those cowardly sacks of crap": the swear is what the sack holds, and the
 * whole is a name for someone; "a sack of stuff" would still be one. Said of it, "awful"; standing
 * for someone, the plain noun ("those cowardly people"); "what a bag of crap": "what a mess".
 */
function heldIn(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const w = (k: number) => (k >= s.first && k < s.last ? (t[k] as Token).w : '');
  if (!/^(?:shit|crap|shite|crud)$/.test(w(m.first)) || m.last !== m.first + 1 || w(m.first - 1) !== 'of')
    return null;
  const box = w(m.first - 2);
  if (!/^(?:sack|bag|lump|bucket|heap|pile)s?$/.test(box)) return null;
  const end = (t[m.first] as Token).end;
  const art = w(m.first - 3);
  const before = w(m.first - 4);
  if (
    /^(?:a|an)$/.test(art) &&
    /^(?:is|was|s|'s|he's|she's|it's|its|hes|shes|thats|that's|you're|youre|ur|be|being|been)$/.test(
      before,
    ) &&
    w(m.first - 5) !== 'there'
  )
    return at((t[m.first - 3] as Token).start, end, 'awful');
  if (/^(?:a|an)$/.test(art) && before === 'what') return at((t[m.first - 2] as Token).start, end, 'mess');
  if (!/^(?:sack|bag|lump)s?$/.test(box)) return null;
  // Someone pointed at ("those cowardly sacks of crap", "that lying sack of shit"), describing words between.
  let d = m.first - 3;
  while (
    d > m.first - 6 &&
    (INSULT_ADJECTIVES.has(w(d)) || STRONG_INSULT_ADJECTIVES.has(w(d)) || w(d) === 'lying')
  )
    d--;
  if (!/^(?:those|these|that|this)$/.test(w(d))) return null;
  return at((t[m.first - 2] as Token).start, end, box.endsWith('s') ? 'people' : 'person');
}

/** Replace the chunk [start, end) of the text by `text`. */
function at(start: number, end: number, text: string, label?: string): Draft {
  return label ? { start, end, text, label } : { start, end, text };
}

/** A copula a few words before "sucks": it is then no verb ("they are bigtime sucks"). */
const COPULA_BEFORE =
  /^(?:is|are|was|were|am|be|been|it's|its|that's|thats|they're|theyre|he's|she's|i'm|im)$/;

/** One who does something to a body part: with it, a name for a person ("cock sucker", "ass licker"). */
const AGENT_NOUN =
  /^(?:suck|lick|kiss|rid|eat|sniff|munch|lov|gobbl|blow|slurp|jockey|hugg|guzzl|strok|teas|wip)ers?$/;

/** Swear words that name a body part as well as a person. */
const BODY_PART = /^(?:dick|dicks|cock|cocks|pussy|prick|pricks|twat|balls|nuts)$/;
/**
 * Is the word at `i` owned ("your dick", "my choclate pussy", "his big fat cock")? An owner, then
 * at most two describing words before it.
 */
function bodyOwnerBefore(doc: Doc, i: number, first: number): boolean {
  const t = doc.tokens;
  for (let k = i - 1; k >= first && k >= i - 3; k--) {
    const w = (t[k] as Token).w;
    if (/^(?:your|ur|yo'?|his|my|her|their|our)$/.test(w)) return true;
    if (
      !/^\p{L}+$/u.test(w) ||
      COMMON_WORDS.has(w) ||
      /[,;:.!?]/.test(doc.text.slice((t[k] as Token).end, (t[k + 1] as Token).start))
    )
      return false;
  }
  return false;
}

/** A verb said of one thing, said of several ("is" → "are"). */
const PLURAL_OF_VERB: Readonly<Record<string, string>> = {
  is: 'are',
  was: 'were',
  has: 'have',
  gets: 'get',
  looks: 'look',
  does: 'do',
};

/** Words said to someone after an exclamation ("fuck lad", "fuck mate"): no thing cursed. */
const VOCATIVE_AFTER =
  /^(?:lad|lads|mate|mates|man|bro|bruh|dude|dudes|guys|fam|son|sis|babe|girl|boys|lol|lmao|haha|themselves|himself|herself|myself|ourselves)$/;

/**
 * Does a curse after the token `prev` open a clause of its own ("get there fuck twitterjail")?
 * Not after a describing word or a subject ("life changing fuck game", "have i fuck lad"), where
 * the swear is only heat or a no.
 */
function curseOpensClause(doc: Doc, prev: Token | undefined, start: number): boolean {
  if (!prev) return true;
  // "bum - fuck town": a word joined on with a dash is part of a name.
  if (/-/.test(doc.text.slice(prev.end, start))) return false;
  if (/^(?:i|you|u|he|she|we|they|it|have|has|had|did|do|does|am|is|are|was|were|go|gonna|can)$/.test(prev.w))
    return false;
  return (
    !/^\p{L}{3,}(?:ing|ed|ful|ous|ive|al|y)$/u.test(prev.w) ||
    /^(?:today|already|anyway|really)$/.test(prev.w)
  );
}

const BODY_OWNER: ReadonlySet<string> = wordSet('your my his her their our the yo ur');
const BODY_PREP: ReadonlySet<string> = wordSet('than about in on into onto off over under around');

/** Words after which "fuck it" is what was said or done, not an exclamation ("i said fuck it"). */
const EXCLAIM_NOT_AFTER: ReadonlySet<string> = wordSet(
  'said say says saying just and so then to like was is be just went go gonna thought think',
);

/** What an "X whore" chases ("karma whores" are karma chasers, "attention whores" attention seekers). */
const CHASED: ReadonlySet<string> = wordSet(
  'karma attention media camera publicity money fame power drama clout upvote upvotes rep xp loot gear spotlight',
);

/** Describing words before "ass" that, with a possessive, name a person ("your lazy ass"). */
const ASS_DESCRIBERS: ReadonlySet<string> = wordSet(
  'bitch lazy dumb stupid fat broke punk sorry silly crazy weak old cheap ugly scary sad pathetic petty bougie goofy',
);

/** Words after "his lazy ass" that show it is the person: verbs, adverbs and prepositions. */
const AFTER_PERSON: ReadonlySet<string> = wordSet(
  "wuld wud woud would wont won't cant can't couldnt couldn't aint ain't dont don't didnt didn't doesnt doesn't isnt isn't wasnt wasn't gon gonna finna tryna be got get gets go goes stay keep still even over out up down to in on off for with at again now back here there too",
);

/**
 * "his bitch ass wuld never", "i told your lazy ass": the possessive through "ass" is the person.
 * As a subject it becomes the pronoun with its verb agreeing ("your lazy ass needs" → "you need");
 * elsewhere the object pronoun ("kick his lazy ass" → "kick him").
 */
function personAss(doc: Doc, possAt: number, assAt: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, possAt);
  const poss = (t[possAt] as Token).w;
  const before = tok(doc, possAt - 1, s);
  const subject =
    !before ||
    /[,;:]/.test(doc.text.slice(before.end, (t[possAt] as Token).start)) ||
    /^(?:and|but|so|or|lol|lmao|because|cause|cuz|when|if|since|then|now|bc)$/.test(before.w);
  const from = (t[possAt] as Token).start;
  const assEnd = (t[assAt] as Token).end;
  const self = (t[assAt] as Token).w === 'asses' ? 'yourselves' : 'yourself';
  const next = tok(doc, assAt + 1, s);
  // "your bitch ass page": a noun follows, so the words describe it, not the person.
  if (
    next &&
    !isClauseEnd(doc, assAt) &&
    !AGREE[next.w] &&
    !AGREE_OK.has(next.w) &&
    !AFTER_PERSON.has(next.w) &&
    !/^\p{L}{2,}(?:ed|s)$/u.test(next.w)
  )
    return null;
  // "…, jim. with your smug ass.": a sentence of its own that is only "with your … ass" says
  // nothing once the insult goes ("with you."); it goes whole.
  if (
    before?.w === 'with' &&
    possAt - 1 === s.first &&
    assAt + 1 === s.last &&
    /[\p{L}\p{N}]/u.test(doc.text.slice(0, before.start))
  )
    return removeRange(doc, before.start, assEnd, `Leave out “${doc.text.slice(before.start, assEnd)}”`);
  if (!subject) {
    // "get your lazy ass over here", "move your fat ass": told to someone, "yourself".
    const verb = tok(doc, possAt - 1, s);
    if (
      /^(?:your|ur|yo'?)$/.test(poss) &&
      verb &&
      possAt - 1 === contentFirst(doc, s) &&
      isImperativeStart(doc, possAt - 1) &&
      (isKnownVerb(verb.w) || MOVE_SELF.has(verb.w))
    ) {
      // "shut your ass up": "shut yourself up" keeps the insult's shape; the plain "shut up" is
      // what is meant (and is reworded in its turn).
      if (verb.w === 'shut' && next?.w === 'up')
        return removeRange(doc, from, assEnd, `Leave out “${doc.text.slice(from, assEnd)}”`);
      return at(from, assEnd, self);
    }
    // "u cant back ur wack ass up": the one who does it is "you" too, so "yourself".
    if (/^(?:your|ur|yo'?)$/.test(poss))
      for (let k = possAt - 2; k >= s.first && k >= possAt - 4; k--)
        if (/^(?:you|u|ya)$/.test((t[k] as Token).w)) return at(from, assEnd, self);
    return at(from, assEnd, (ASS_OBJECT_OWNER[poss] as readonly [string, string])[0]);
  }
  const who =
    poss === 'his'
      ? 'he'
      : poss === 'her'
        ? 'she'
        : poss === 'their'
          ? 'they'
          : poss === 'our'
            ? 'we'
            : 'you';
  if ((who === 'you' || who === 'they') && next) {
    const next2 = tok(doc, assAt + 2, s);
    const verbS =
      /^\p{L}{3,}[^s']s$/u.test(next.w) &&
      next2 !== undefined &&
      /^(?:to|me|you|him|her|them|us|it|a|an|the|some|more|out|up|so|too|really|help|that|this)$/.test(
        next2.w,
      );
    const plain = AGREE[next.w] ?? (verbS ? next.w.slice(0, -1) : null);
    if (plain) return at(from, next.end, `${who} ${plain}`);
    // "your lazy ass never helps", "their dumb asses always shows up": a word of how often between
    // them, the verb after it agrees with "you" too ("you never help").
    if (next2 && OFTEN_BETWEEN.test(next.w) && !isClauseEnd(doc, assAt + 1)) {
      const verb = AGREE[next2.w] ?? baseOfS(next2.w);
      if (verb) return at(from, next2.end, `${who} ${doc.text.slice(next.start, next2.start)}${verb}`);
    }
  }
  return at(from, assEnd, who);
}

/** Words of how often or how much that stand between a subject and its verb. */
const OFTEN_BETWEEN =
  /^(?:never|always|just|still|even|only|ever|also|barely|hardly|rarely|seldom|constantly|usually|sometimes|often|really|literally|actually|finally)$/;

/** The base of a verb's "-s" form ("helps" → "help", "watches" → "watch", "tries" → "try"); null for no "-s" form. */
function baseOfS(w: string): string | null {
  if (!/^\p{L}{3,}s$/u.test(w) || /(?:ss|us|is|'s)$/.test(w) || COMMON_WORDS.has(w)) return null;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:sh|ch|x|z|o)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** A swear used as the verb "mess" before "with", "around" or "it up". */
const MESS_VERB = /^(?:fuck|fucks|fucked|fucking|fuckin|fuckn|fukin|fukn|fkn|screw|screws|screwed|screwing)$/;

/** Words that open a new clause after a filler "and shit" with no comma between. */
const NEW_CLAUSE_AFTER_FILLER =
  /^(?:dat|that|but|so|cuz|cause|coz|because|bc|lol|lmao|lmfao|haha|hahaha|tho|though|i|im|i'm|he|she|they|we|anyway|anyways|smh)$/;

/** Things that work until they break: "the laptop is fucked" → "broken". */
const BREAKABLE =
  /^(?:phone|phones|laptop|computer|pc|printer|charger|keyboard|mouse|screen|tv|remote|router|console|controller|car|bike|box|gearbox|engine|clutch|brakes|tyre|tire|battery|fridge|oven|washer|dryer|heater|heating|boiler|shower|toilet|sink|lock|door|window|camera|headphones|speaker|wifi|internet|app|website|server)$/;
/** Words after "bullshit" that are no noun it describes: places, directions, address, laughter. */
const BOGUS_NOT_NOUN =
  /^(?:past|over|into|onto|around|through|about|across|behind|beyond|under|up|down|out|off|back|away|again|here|there|too|now|all|anymore|homie|homies|bro|bruh|man|dude|guys|fam|mate|lol|lmao|yall|son|girl|boy|sis|babe|bae|fr|tho|though|people|ppl|folks|everyone|everybody|anyone|nobody)$/;

/** A body part is hurt, not broken: "my knee is fucked" → "in bad shape". */
const BODY_SORE =
  /^(?:knee|knees|back|ankle|ankles|shoulder|shoulders|wrist|hip|hips|neck|foot|feet|leg|legs)$/;

/** Words that go with "you" in naming them ("you guys", "you all"). */
const YOU_GROUP = /^(?:guys|all|people|two|lot|lads|folks|ppl)$/;
/** Words that, after "you", can only be its verb or what stands with it. */
const YOU_VERB =
  /^(?:are|were|have|had|can|could|will|would|do|did|does|must|should|might|may|really|just|always|never|sure|so|got|gotta|gonna|wanna|need|want|like|love|look|looked|sound|seem|play|played|reply|replied|respond|type|work|move|talk|text|answer|answered|know|knew|make|made|win|won|learn|post|draw|sing|cook|drive|run|ran|did|nailed|killed|rock|rocked)$/;

/** "you reply fast", "you guys are quick": from "you" on, a clause (a verb follows), not a name. */
function youDoSomething(doc: Doc, youAt: number, s: { first: number; last: number }): boolean {
  let k = youAt + 1;
  if (YOU_GROUP.test(tok(doc, k, s)?.w ?? '')) k++;
  const v = tok(doc, k, s);
  if (!v || /[,;:.!?]/.test(doc.text.slice((doc.tokens[k - 1] as Token).end, v.start))) return false;
  return YOU_VERB.test(v.w) || isKnownVerb(v.w) || isPastForm(v.w);
}

/** "nice ass fuck": the word before "ass" describes, and no determiner stands before it ("some gay ass shit"). */
function asFuck(adj: Token | undefined, before: Token | undefined): boolean {
  return (
    adj !== undefined &&
    !DETERMINERS.has(adj.w) &&
    !/^(?:yo|ya|ur|kick|kicks|kicked|bad|kiss|my|his|her|their|your|our)$/.test(adj.w) &&
    !(before && (DETERMINERS.has(before.w) || /^(?:some|any|more|no|yo|ya|ur)$/.test(before.w)))
  );
}

/** Animals whose droppings are named with a swear word ("dog shit"). */
const ANIMAL = /^(?:bull|dogs?|cats?|cows?|horses?|birds?|pigs?|pigeons?|ducks?|sheep|goats?|chickens?)$/;

/** Whom a possessive names: "kissed his ass" → "sucked up to him". */
const OWNER: Record<string, string> = { my: 'me', his: 'him', her: 'her', their: 'them', our: 'us' };

/** A beating promised ("beat his ass", "whoop my ass"): the word before it makes it a threat. */
const BEAT_VERB = /^(?:beat|whoop|whup|tan)$/;
const WILL_BEFORE =
  /^(?:will|ill|i'll|gonna|to|would|could|might|can|shall|wanna|gotta|'ll|he'll|she'll|they'll|we'll|you'll)$/;
/** "get medieval on …", in the person's tense: "go" reads as "get". */
const GET_FORM: Record<string, string> = {
  get: 'get',
  gets: 'gets',
  got: 'got',
  getting: 'getting',
  go: 'get',
  goes: 'gets',
  went: 'got',
  going: 'getting',
};
/** "tear him a new asshole", in the person's tense: "chew him out". */
const TEAR_FORM: Record<string, string> = {
  tear: 'chew',
  tears: 'chews',
  tore: 'chewed',
  torn: 'chewed',
  tearing: 'chewing',
  rip: 'chew',
  rips: 'chews',
  ripped: 'chewed',
  ripping: 'chewing',
};

/**
 * A threat whose point is the harm, not the swear word: with "butt" in place of "ass" the threat
 * stays ("I'll beat his butt", "get medieval on his butt", "tear him a new rude person"). The anger is
 * said instead, in the person's tense: "I'll be really mad at him", "get really angry with him",
 * "chew him out". "shove it up his ass" keeps what is refused ("keep it"). Null for anything else.
 */
function threatImage(doc: Doc, m: Match, s: { first: number; last: number }, w: string): Draft | null {
  if (m.last !== m.first + 1) return null;
  const t = doc.tokens;
  const word = (i: number) => (i >= s.first && i < s.last ? (t[i] as Token).w : '');
  const gap = (a: number, b: number) =>
    /[,;:.!?]/.test(doc.text.slice((t[a] as Token).end, (t[b] as Token).start));
  if (/^(?:asshole|arsehole)$/.test(w)) {
    // "she'll tear him a new asshole" → "she'll chew him out".
    const v = m.first - 4;
    const chew = TEAR_FORM[word(v)];
    if (
      chew &&
      word(m.first - 1) === 'new' &&
      word(m.first - 2) === 'a' &&
      OBJECT_PRONOUN.test(word(v + 1)) &&
      !gap(v, m.first)
    )
      return replaceTokens(doc, v, m.last, `${chew} ${(t[v + 1] as Token).raw} out`);
    return null;
  }
  if (!/^(?:ass|arse)$/.test(w)) return null;
  const own = word(m.first - 1);
  const obj = OWNER[own] ?? (/^(?:your|ur|yo)$/.test(own) ? 'you' : '');
  if (!obj || m.first - 2 < s.first || gap(m.first - 2, m.first)) return null;
  // "my dad will beat my ass if I fail" → "my dad will be really mad at me if I fail".
  if (BEAT_VERB.test(word(m.first - 2)) && WILL_BEFORE.test(word(m.first - 3)))
    return replaceTokens(doc, m.first - 2, m.last, `be really mad at ${obj}`);
  // "gonna get medieval on his ass" → "gonna get really angry with him".
  const get = GET_FORM[word(m.first - 4)];
  if (get && word(m.first - 3) === 'medieval' && word(m.first - 2) === 'on' && !gap(m.first - 4, m.first))
    return replaceTokens(doc, m.first - 4, m.last, `${get} really angry with ${obj}`);
  // "he can shove his opinion up his ass" → "he can keep his opinion" (said to "you": the rule below).
  if (word(m.first - 2) === 'up' && obj !== 'you' && obj !== 'me' && obj !== 'us') {
    let j = m.first - 3;
    while (j > s.first && j > m.first - 7 && !/^(?:shove|stick|cram|ram|jam)$/.test(word(j))) j--;
    if (j < m.first - 3 && /^(?:shove|stick|cram|ram|jam)$/.test(word(j)) && !gap(j, m.first)) {
      const verb = t[j] as Token;
      const what = doc.text.slice((t[j + 1] as Token).start, (t[m.first - 3] as Token).end);
      return {
        start: verb.start,
        end: m.end as number,
        text: `${verb.raw[0] === 'S' ? 'Keep' : 'keep'} ${what}`,
      };
    }
  }
  return null;
}
const OBJECT_PRONOUN = /^(?:him|her|them|you|u|me|us)$/;

/**
 * Sayings where "butt" would read as the body ("got their butts handed to them", "always up my
 * butt", "kissed his butt"): what each means, plainly ("got beaten badly", "on my case", "sucked up to").
 */
function assIdiom(doc: Doc, m: Match, s: { first: number; last: number }): Draft | null {
  const t = doc.tokens;
  const at = (i: number) => (i >= s.first && i < s.last ? (t[i] as Token).w : '');
  const own = at(m.first - 1);
  if (
    !OWNER[own] ||
    /[,;:.!?]/.test(doc.text.slice((t[m.first - 1] as Token).end, (t[m.last] as Token | undefined)?.start))
  )
    return null;
  // "got their asses handed to them" → "got beaten badly".
  if (
    at(m.last) === 'handed' &&
    at(m.last + 1) === 'to' &&
    /^(?:get|gets|got|gotten|getting)$/.test(at(m.first - 2))
  )
    return replaceTokens(doc, m.first - 1, m.last + 3, 'beaten badly');
  // "always up my ass about the dishes" → "always on my case about the dishes".
  if (
    at(m.first - 2) === 'up' &&
    /^(?:my|our)$/.test(own) &&
    !/^(?:it|that|this|them|shove|stick|put)$/.test(at(m.first - 3))
  )
    return replaceTokens(doc, m.first - 2, m.last, `on ${own} case`);
  // "kissed his ass all year" → "sucked up to him all year".
  const kiss = /^kiss(es|ed|ing)?$/.exec(at(m.first - 2));
  if (kiss && own !== 'my' && at(m.last) !== 'goodbye')
    return replaceTokens(doc, m.first - 2, m.last, `suck${kiss[1] ?? ''} up to ${OWNER[own]}`);
  return null;
}

/** Describing words said of "this shit" with no "is" before them ("this shit hard", "that shit fire"). */
const SAID_WITHOUT_IS =
  /^(?:hard|crazy|wild|fire|lit|dope|sick|good|bad|trash|mid|tough|funny|cold|hot|weird|boring|fake|wack|whack|nasty|cool|lame|corny|hilarious|amazing|insane|easy|heavy|dumb|stupid|annoying|expensive|cheap|broken|ugly|nice|beautiful|scary)$/;

/** A copula before a name said of someone: "is", "he's", "you're". */
const COPULA_OF_NAME =
  /^(?:is|was|are|were|be|been|being|he's|she's|hes|shes|you're|youre|ur|r|i'm|im|that's|thats|it's|its|they're|theyre)$/;
/** Words before a name that are no describing word of it. */
const NOT_DESCRIBING =
  /^(?:a|an|one|such|so|very|really|you|u|ya|yo|and|or|but|what|like|of|to|for|with|at|in|on|is|was|are|were|be|just|me|him|her|them|us|it|i|he|she|we|they)$/;

/**
 * A name said of someone as a whole phrase, with its describing words: "son of a bitch" is one name
 * ("that lying son of a bitch" → "that lying person", never "son of a pain"); "he is one mean
 * bastard" says how mean ("he is really mean", never "he is one mean"); "he took my seat, greedy
 * bastard" is said after the point, and goes with its describing word and comma.
 */
function nameAsPhrase(doc: Doc, m: Match, s: { first: number; last: number }): Draft | null {
  const t = doc.tokens;
  if (m.last !== m.first + 1) return null;
  const w = (t[m.first] as Token).w;
  const end = (t[m.first] as Token).end;
  const spaced = (a: number, b: number): boolean =>
    /^ +$/.test(doc.text.slice((t[a] as Token).end, (t[b] as Token).start));
  let head = m.first;
  let son = false;
  if (
    /^bitch(?:es)?$/.test(w) &&
    tok(doc, m.first - 1, s)?.w === 'a' &&
    tok(doc, m.first - 2, s)?.w === 'of' &&
    /^sons?$/.test(tok(doc, m.first - 3, s)?.w ?? '')
  ) {
    head = m.first - 3;
    son = true;
  } else if (
    w === 'bitches' &&
    tok(doc, m.first - 1, s)?.w === 'of' &&
    tok(doc, m.first - 2, s)?.w === 'sons'
  ) {
    head = m.first - 2;
    son = true;
  } else if (!PERSON_SWEAR.test(w) || /s$/.test(w)) return null;
  for (let i = head; i < m.first; i++) if (!spaced(i, i + 1)) return null;
  const plural = son && (t[head] as Token).w === 'sons';
  // The describing words before it: at most two, spaces only between.
  let k = head;
  while (
    k - 1 >= s.first &&
    k > head - 2 &&
    /^\p{L}{3,}$/u.test((t[k - 1] as Token).w) &&
    !NOT_DESCRIBING.test((t[k - 1] as Token).w) &&
    !DETERMINERS.has((t[k - 1] as Token).w) &&
    !PERSON_SWEAR.test((t[k - 1] as Token).w) &&
    !FUCK_ING.test((t[k - 1] as Token).w) &&
    spaced(k - 1, k)
  )
    k--;
  const adjs = t.slice(k, head).map((x) => x.w);
  const anchor = tok(doc, k - 1, s);
  const before = tok(doc, k - 2, s);
  // "one stupid bastard": a describing word that is itself the insult says nothing once the name goes.
  const plain = adjs.length === 1 && !STRONG_INSULT_ADJECTIVES.has(adjs[0] as string);
  // "he is one mean bastard", "you're one lucky son of a bitch": how much they are what the word says.
  if (anchor?.w === 'one' && before && COPULA_OF_NAME.test(before.w) && spaced(k - 1, k)) {
    if (plain) return at(anchor.start, end, `really ${(t[k] as Token).raw}`);
    return at(anchor.start, end, 'out of line');
  }
  if (!son) {
    // "she ate my lunch, selfish bitch.": a name with its describing word, said after the point.
    if (
      adjs.length === 1 &&
      anchor &&
      k - 1 >= s.first &&
      /^\s*,\s*$/.test(doc.text.slice(anchor.end, (t[k] as Token).start)) &&
      !/^(?:you|u|ya|yo)$/.test(anchor.w) &&
      // A describing word ("greedy", "selfish"), never "huh" or "ok".
      (INSULT_ADJECTIVES.has(adjs[0] as string) ||
        valence(adjs[0] as string) < 0 ||
        /(?:y|ish|ous|ful|less|ic|ed|ing|ant|ent|ive|al)$/.test(adjs[0] as string)) &&
      isClauseEnd(doc, m.first)
    )
      return at(anchor.end, end, '');
    return null;
  }
  const sonStart = (t[head] as Token).start;
  // "my landlord is a greedy son of a bitch": said of them after a copula.
  if (anchor && /^(?:a|an)$/.test(anchor.w) && before && COPULA_OF_NAME.test(before.w)) {
    if (plain) return at(anchor.start, end, (t[k] as Token).raw);
    return at(anchor.start, end, 'out of line');
  }
  // "what a son of a bitch": the idiom for someone hard to deal with.
  if (anchor && /^(?:a|an)$/.test(anchor.w) && before && /^(?:what|such)$/.test(before.w))
    return at(anchor.start, end, 'a pain');
  // "that lying son of a bitch stole my bike", "those sons of bitches lied": a plain noun.
  if (anchor && DETERMINERS.has(anchor.w)) return at(sonStart, end, plural ? 'people' : 'person');
  // "Son of a bitch, I forgot my keys": an exclamation at the start.
  const nx = tok(doc, m.last, s);
  if (head === s.first && (!nx || /^\s*[,!.]/.test(doc.text.slice(end, nx.start))))
    return at(sonStart, end, /^S/.test((t[head] as Token).raw) ? 'Ugh' : 'ugh');
  // "sons of bitches everywhere", "i hate sons of bitches like him", "i punched a son of a
  // bitch": a plain noun; said to "you" it is the name-calling's own rewording.
  if (anchor && /^(?:you|u|ya|yo)$/.test(anchor.w)) return null;
  if (head === s.first) return at(sonStart, end, plural ? 'people' : 'someone');
  return at(sonStart, end, plural ? 'people' : 'person');
}

function suggestByRole(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  // "✨fuck trump✨": a decoration glued before the word is no part of it, and stays.
  let start = m.start as number;
  while (start < (m.end as number) - 1 && /[^\x21-\x7e\p{L}\p{N}\s]/u.test(doc.text[start] as string))
    start++;
  const end = m.end as number;
  const chunk = doc.text.slice(start, end);
  // "these shitheads/asshats": two names joined by a slash are read as the first.
  const head = chunk.split(/[\s,]+/)[0] ?? chunk;
  const w = plain(/^\p{L}{3,}\/\p{L}{3,}$/u.test(head) ? (head.split('/')[0] as string) : head, m.note);
  const prev = tok(doc, m.first - 1, s);
  const prev2 = tok(doc, m.first - 2, s);
  const next = tok(doc, m.last, s);
  const next2 = tok(doc, m.last + 1, s);
  const leave = `Leave out “${chunk}”`;
  const addressed = isImperativeStart(doc, m.first);
  const plural = /s$/.test(w) && !/ss$/.test(w);
  // "stop making an ass of yourself" → "stop embarrassing yourself".
  const made = m.last === m.first + 1 ? madeInto(doc, m.first, m.last) : null;
  if (made) return [made];
  const threat = threatImage(doc, m, s, w);
  if (threat) return [threat];
  const phrase = nameAsPhrase(doc, m, s);
  if (phrase) return [phrase];
  // "that gay ass song", "some gay ass shit": "gay" strengthened by "ass" before a thing is a slur
  // for "lame"; leaving out "ass" alone would keep it ("that gay song").
  if (
    w === 'ass' &&
    prev?.w === 'gay' &&
    prev2 &&
    /^(?:that|this|some|such|the|a|an|those|these|so)$/.test(prev2.w) &&
    next &&
    /^ +$/.test(doc.text.slice(prev.end, start))
  )
    return [at(prev.start, end, /^ass +(?:shit|crap)$/i.test(chunk) ? 'lame stuff' : 'lame')];
  // "i'm nice ass fuck", "hot ass hell today": "as fuck" typed "ass", an intensifier; both words go
  // (not "some gay ass shit", a noun after its determiner, nor "yo ass").
  if (w === 'ass' && asFuck(prev, prev2)) {
    if (/^ass (?:fuck|hell|shit)$/i.test(chunk)) return [removeRange(doc, start, end, leave)];
    if (next && /^(?:fuck|hell|shit)$/.test(next.w) && next.start === end + 1)
      return [removeRange(doc, start, next.end, leave)];
  }
  // "you're a fuckingidiot", "so fuckingstupid": a swear run together with the next word goes, and
  // the word stays, read on its own ("you're an idiot" is then reworded as one).
  const glued = /^(?:fucking|fuckin|fking|effing|freaking|frickin|bloody)(\p{L}{3,})$/iu.exec(chunk);
  if (glued) return [at(start, end, glued[1] as string)];
  // "don't be such a chicken shit", "go back to prison chicken shit", "a chickenshit move": a name
  // for a coward; said as fear ("so scared"), before its noun "cowardly", said to them at the end
  // it goes. Never "a chicken things" nor "such a".
  {
    const one = /^chicken(?:shit|crap)s?$/.test(w);
    if (one || (/^(?:shit|crap)s?$/.test(w) && prev?.w === 'chicken')) {
      const i = one ? m.first - 1 : m.first - 2;
      const from = one ? start : (prev as Token).start;
      // "a true chicken shit": a word that only strengthens it goes with it.
      const strong = /^(?:true|real|total|complete|absolute|utter|big)$/.test(tok(doc, i, s)?.w ?? '');
      const before = tok(doc, strong ? i - 1 : i, s);
      const such = tok(doc, strong ? i - 2 : i - 1, s);
      const an = before && /^(?:a|an)$/.test(before.w);
      if (
        an &&
        next &&
        doc.text.slice(end, next.start) === ' ' &&
        /^\p{L}+$/u.test(next.w) &&
        !/^(?:and|or|but|lol|who|that|is|was|are|were|like|for|to|in)$/.test(next.w)
      )
        return [at(from, end, 'cowardly')];
      if (an && before) return [at(such?.w === 'such' ? such.start : before.start, end, 'so scared')];
      // "you chicken shit" said alone: as "you coward", the feeling.
      const you = before && /^(?:you|u|ya)$/.test(before.w) ? before : undefined;
      if (you && !next && i === s.first)
        return [at(you.start, end, "I'm really frustrated with you right now")];
      if (!next && before && (you ? i > s.first : !/^(?:the|this|that|your|his|her|my)$/.test(before.w)))
        return [removeRange(doc, you ? you.start : from, end, leave)];
    }
  }
  // "stepped in dog shit", "bird crap all over my car": an animal's droppings, plainly "poop";
  // said of words ("that's horse shit", "stop reposting this horse shit"), "nonsense"; of people
  // ("they are dog shit"), "awful". Not in a label ("pieces of dog shit" is read as one).
  if (
    /^(?:shit|crap)$/.test(w) &&
    prev &&
    ANIMAL.test(prev.w) &&
    !/^pieces?$/.test(tok(doc, m.first - 3, s)?.w ?? '')
  ) {
    const p2 = prev2?.w ?? '';
    if (/^(?:are|were)$/.test(p2)) return [at(prev.start, end, 'awful')];
    if (
      /^(?:is|was|that's|thats|it's|its|what|such|talking|talk|spouting|more|total|utter|pure)$/.test(p2) ||
      (/^(?:horse|bull)$/.test(prev.w) && !/^(?:in|like|of|with|on|some)$/.test(p2))
    )
      return [at(prev.start, end, 'nonsense')];
    if (prev.w !== 'bull') return [at(start, end, 'poop')];
  }
  // "ain't that a bitch cuz", "isn't that a bitch": the idiom is a nuisance, whatever follows.
  if (
    w === 'bitch' &&
    prev?.w === 'a' &&
    prev2?.w === 'that' &&
    /(?:ain|isn) ?'?t\s*$/i.test(doc.text.slice(Math.max(0, prev2.start - 8), prev2.start))
  )
    return [at(start, end, 'pain')];
  // "…but fuck it, balloons on me": the shrug after "but", before a comma, is "oh well".
  if (
    (w === 'fuck' || w === 'screw') &&
    next?.w === 'it' &&
    prev &&
    prev.w === 'but' &&
    /^\s*,/.test(doc.text.slice(next.end))
  )
    return [at(start, next.end, 'oh well')];
  // "he said the word fuck", "she wrote fuck on the wall": the swear is mentioned, not used; it is
  // named by its letter ("the f-word"), never dropped ("he said the word").
  {
    const letter = /^(?:fuck|fuk|fck|shit|bitch|cunt|dick)$/.test(w) ? w[0] : '';
    const quoted = /["“”'‘’]\s*$/.test(doc.text.slice(prev ? prev.end : s.start, start));
    const sayVerb =
      prev !== undefined &&
      /^(?:say|says|said|saying|yell|yells|yelled|yelling|shout|shouts|shouted|shouting|scream|screamed|screaming|write|writes|wrote|writing|type|typed|typing|spell|spelled|spelt|use|used|using)$/.test(
        prev.w,
      );
    if (letter && chunk.trim().toLowerCase() === w) {
      const named = `the ${letter}-word`;
      if (prev?.w === 'word' && prev2 && /^(?:the|that|a)$/.test(prev2.w) && !next?.w.startsWith("'"))
        return [at(prev2.start, end, prev2.raw[0] === 'T' ? `The ${letter}-word` : named)];
      if (
        sayVerb &&
        (w[0] === 'f' || quoted) &&
        (!next ||
          isClauseEnd(doc, m.last - 1) ||
          /^(?:on|in|at|to|out|loud|again|when|because|and|but|so|at|into|all|over|every|in)$/.test(next.w))
      ) {
        // A quoted word takes its quotes with it.
        const qStart = quoted ? doc.text.slice(0, start).search(/["“”'‘’]\s*$/) : start;
        const after = doc.text.slice(end);
        const qEnd = quoted && /^["“”'‘’]/.test(after) ? end + 1 : end;
        return [at(qStart, qEnd, named)];
      }
    }
  }
  // "did you shit?", "then you shit uh?": after its subject with nothing after it, the verb; "you
  // stuff" would be no sentence. The plain verb ("poop").
  if (
    /^(?:shit|shits|shat|shitted)$/.test(w) &&
    chunk.trim().toLowerCase() === w &&
    prev &&
    /^(?:i|you|u|he|she|they|we)$/.test(prev.w) &&
    doc.text.slice(prev.end, start) === ' ' &&
    prev2 &&
    /^(?:did|do|does|can|could|will|would|should|then|and|so|just|also|when|if)$/.test(prev2.w) &&
    (!next ||
      isClauseEnd(doc, m.last - 1) ||
      /^(?:uh|huh|lol|lmao|again|yet|today|already|everywhere)$/.test(next.w))
  )
    return [at(start, end, w === 'shit' ? 'poop' : w === 'shits' ? 'poops' : 'pooped')];
  // "she said fuck you lol", "he yelled fuck you and left": a curse someone else said, reported;
  // cut, "she said you lol" means nothing. What they did: "she swore lol" ("…swore at me" for "…to me").
  if (
    prev &&
    /^(?:fuck|fck|fuk|fuq)$/.test(w) &&
    chunk.trim().toLowerCase() === w &&
    next &&
    /^(?:you|u|ya)$/.test(next.w) &&
    doc.text.slice(prev.end, start) === ' ' &&
    doc.text.slice(end, next.start) === ' '
  ) {
    const form = /^(?:says|yells|shouts|screams)$/.test(prev.w)
      ? 'swears'
      : /^(?:say|yell|shout|scream)$/.test(prev.w)
        ? 'swear'
        : /^(?:saying|yelling|shouting|screaming)$/.test(prev.w)
          ? 'swearing'
          : /^(?:said|yelled|shouted|screamed|texted)$/.test(prev.w)
            ? 'swore'
            : '';
    const after = tok(doc, m.last + 1, s);
    const toMe =
      after?.w === 'to' && /^(?:me|us|him|her|them)$/.test(tok(doc, m.last + 2, s)?.w ?? '')
        ? after
        : undefined;
    if (
      form &&
      (toMe ||
        m.last + 1 >= s.last ||
        isClauseEnd(doc, m.last) ||
        /^(?:and|then|lol|lmao|lmfao|haha|hahaha|omg|when|because|cause|cuz|at|so)$/.test(after?.w ?? ''))
    )
      return toMe ? [at(prev.start, toMe.end, `${form} at`)] : [at(prev.start, next.end, form)];
  }
  // "yesss bitch!! we won", "omg bitch you look amazing": a name called in joy or surprise right
  // after the sentence's opening cry is the friends' way of speaking; the name goes, the cry stays.
  if (
    prev &&
    m.first - 1 === s.first &&
    m.last === m.first + 1 &&
    /^(?:bitch|bitches|hoe|hoes|ho)$/.test(w) &&
    JOY_CRY.test(prev.w) &&
    /^ +$/.test(doc.text.slice(prev.end, start))
  )
    return [{ start: prev.end, end, text: '', label: leave }];
  // "they do shit all", "he knows shit all about it", "there's shit all to eat": nothing. Not
  // "felt like shit all week", "shit all over the floor".
  if (
    /^(?:shit|sod|bugger)$/.test(w) &&
    next?.w === 'all' &&
    prev !== undefined &&
    /^(?:do|does|did|doing|done|know|knows|knew|knowing|is|was|there's|theres|got|get|gets|have|has|had|gives|gave|earn|earns|earned|pay|pays|paid|achieve|achieved|contribute|contributes|contributed)$/.test(
      prev.w,
    ) &&
    doc.text.slice(end, next.start) === ' ' &&
    !/^(?:over|across|up|down|out|day|night|week|weekend|month|year|morning|evening|afternoon|season|summer|winter|the|of|my|your|his|her|their|our|these|those|this|that)$/.test(
      next2?.w ?? '',
    )
  )
    return [at(start, next.end, 'nothing')];
  // "that cock sucker", "the fucking dick riders": a body part and the one who does something to it
  // are one name for a person ("cocksucker"); half of it ("that sucker") is still the name. It goes
  // whole, the swears before it too: "person", "a rude person" after "a" ("what a rude person").
  if (
    next &&
    /^(?:dick|dicks|cock|cocks|ass|arse|butt|nut|ball|balls|pussy|cum|knob)$/.test(
      (t[m.last - 1] as Token).w,
    ) &&
    AGENT_NOUN.test(next.w) &&
    doc.text.slice(end, next.start) === ' '
  ) {
    const many = next.w.endsWith('s');
    let k = m.first - 1;
    while (k > s.first && FUCK_ING.test((t[k] as Token).w)) k--;
    const a = k >= s.first && k < m.first ? (t[k] as Token) : undefined;
    if (a && /^an?$/.test(a.w) && !many) return [at(a.start, next.end, 'a rude person')];
    return [at(start, next.end, many ? 'people' : 'person')];
  }
  // "shut up you fuck wit": with nothing after it, "fuck wit" is the name "fuckwit", not the verb
  // "mess with"; it goes, a "you" said with it too (one that is a subject stays: "are you").
  if (
    /^(?:fuck|fuk|fck)$/.test(w) &&
    next &&
    /^(?:wit|with)$/.test(next.w) &&
    doc.text.slice(end, next.start) === ' ' &&
    isClauseEnd(doc, m.last) &&
    prev &&
    /^(?:you|u|ya|a|the|this|that|some|such)$/.test(prev.w) &&
    // "the guys you fuck with", "who do you fuck with": a relative clause or a question keeps the verb.
    !(
      /^(?:you|u|ya)$/.test(prev.w) &&
      prev2 &&
      (/\p{L}s$/u.test(prev2.w) ||
        /^(?:people|ppl|one|who|whom|that|which|guy|dude|man|girl|person|crowd|folks|do|did|does|dont|don't|would|will|can|could|should|wanna)$/.test(
          prev2.w,
        ))
    )
  ) {
    const you =
      prev &&
      /^(?:you|u|ya)$/.test(prev.w) &&
      m.first - 1 > s.first &&
      !(
        prev2 && /^(?:are|r|were|do|did|can|will|would|could|should|have|if|and|thank|thanks)$/.test(prev2.w)
      );
    if (/^an?$/.test(prev.w)) return [at(prev.start, next.end, 'a rude person')];
    if (!/^(?:you|u|ya)$/.test(prev.w)) return [at(start, next.end, 'person')];
    const from = you ? prev.start : start;
    return [removeRange(doc, from, next.end, `Leave out “${doc.text.slice(from, next.end)}”`)];
  }
  // "i'll show u who the bitch is": a threat to prove oneself over them, said as "prove u wrong".
  if (
    next &&
    /^(?:is|was|be)$/.test(next.w) &&
    prev?.w === 'the' &&
    prev2?.w === 'who' &&
    isClauseEnd(doc, m.last)
  ) {
    const obj = tok(doc, m.first - 3, s);
    const show = tok(doc, m.first - 4, s);
    const proved: Record<string, string> = {
      show: 'prove',
      shows: 'proves',
      showed: 'proved',
      showing: 'proving',
      shown: 'proved',
    };
    if (obj && show && /^(?:you|u|ya|him|her|them|em|'em|y'all|yall)$/.test(obj.w) && proved[show.w])
      return [at(show.start, next.end, `${proved[show.w]} ${obj.raw} wrong`)];
  }
  // "make it rain in that bitch", "we turnt up in this bitch tonight": after "in this" / "in that" at
  // the end of a clause it is the place, "in here" / "in there", never "in that person".
  if (
    w === 'bitch' &&
    prev &&
    prev2 &&
    /^(?:this|dis|that|dat)$/.test(prev.w) &&
    /^(?:in|inside|outta)$/.test(prev2.w) &&
    (!next ||
      isClauseEnd(doc, m.last - 1) ||
      /^(?:son|bro|yo|lol|lmao|tonight|today|again|tho|rn|now|yall|man|dude|haha|all|for|with)$/.test(next.w))
  )
    return [at(prev.start, end, /^(?:this|dis)$/.test(prev.w) ? 'here' : 'there')];
  // "he turned dick on us", "she went full dick": after a verb of becoming it says how they acted,
  // "mean" ("went all mean"), never dropped ("he turned").
  if (/^(?:dick|prick|bitch|asshole)$/.test(w) && chunk.trim().toLowerCase() === w && prev) {
    const full = /^(?:full|total|all)$/.test(prev.w) ? prev : undefined;
    const verb = full ? prev2 : prev;
    if (verb && /^(?:turn|turns|turned|turning|go|goes|went|gone|going)$/.test(verb.w))
      return [at(full ? full.start : start, end, full ? 'all mean' : 'mean')];
  }
  // "that first drip was the shit!": praise, "was great" (never "was the stuff").
  if (
    /^(?:shit|shiit)$/.test(w) &&
    prev?.w === 'the' &&
    prev2 &&
    /^(?:is|was|are|were|be|it's|its|that's|thats|you're|youre|ur)$/.test(prev2.w) &&
    (!next || isClauseEnd(doc, m.last - 1) || /^(?:lol|lmao|haha|tho|though)$/.test(next.w))
  )
    return [at(prev.start, end, 'great')];
  // "shitposts", "shitposting": a post made as a joke or to stir; the plain word alone says any post
  // ("this better be a post"): "joke post", "posting nonsense", "joke poster".
  {
    const glued = /^shit(post(?:s|ed|ing|er|ers)?)$/i.exec(chunk.trim());
    if (glued?.[1]) {
      const form = glued[1].toLowerCase();
      const said = form === 'posting' || form === 'posted' ? `${form} nonsense` : `joke ${form}`;
      return [at(start, end, /^S/.test(chunk.trim()) ? said.charAt(0).toUpperCase() + said.slice(1) : said)];
    }
  }
  // "the shit like this makes me mad", "I'm sick of the shit like bills": the noun stays a noun,
  // "the stuff like this", never "the like this".
  if (
    /^(?:shit|crap|shite)$/.test(w) &&
    next?.w === 'like' &&
    next2 &&
    prev &&
    // "looking at this shit like doctors were asking": after a pointing word, "like" may be "as if".
    /^(?:the|all|da)$/.test(prev.w) &&
    doc.text.slice(end, next.start) === ' '
  )
    return [at(start, end, 'stuff')];
  // "the online shit talkers", "stop shit-talking me": the compound of "talk shit" is trash-talk, in
  // its own form ("trash-talkers", "trash-talking"), never "stuff talkers" or nothing.
  {
    const glued = /^(s)hit-(talk(?:s|ed|ing|in|er|ers)?)$/i.exec(chunk.trim());
    if (glued) return [at(start, end, `${glued[1] === 'S' ? 'T' : 't'}rash-${glued[2]}`)];
    if (w === 'shit' && next && /^talk(?:er|ers)$/.test(next.w) && doc.text.slice(end, next.start) === ' ')
      return [at(start, next.end, `${/^S/.test(chunk) ? 'T' : 't'}rash-${next.w}`)];
  }
  // "calling his boss a effing moron": the swear and the label after it are what he was called.
  if (
    FUCK_ING.test(w) &&
    next &&
    m.last + 1 <= s.last &&
    isClauseEnd(doc, m.last) &&
    /^\p{L}{3,}$/u.test(next.w)
  ) {
    const named = calledNames(doc, { ...m, last: m.last + 1, end: next.end });
    if (named) return [named];
  }

  // "what an ass hole", "a dick head": a compound label written apart is one word; "a pain" takes
  // both, never "a pain hole".
  if (
    /^(?:ass|dick|douche|shit|scum)$/.test(w) &&
    next &&
    (/^(?:holes?|heads?|bags?|wads?)$/.test(next.w) ||
      (/^(?:ass|arse)$/.test(w) && /^wholes?$/.test(next.w))) &&
    doc.text.slice(end, next.start) === ' '
  ) {
    const many = next.w.endsWith('s');
    const named = calledNames(doc, { ...m, last: m.last + 1, end: next.end });
    if (named) return [named];
    if (prev && (prev.w === 'a' || prev.w === 'an') && !many)
      return [at(prev.start, next.end, /^A/.test(prev.raw) ? 'A pain' : 'a pain')];
    if (prev && DETERMINERS.has(prev.w)) return [at(start, next.end, many ? 'people' : 'person')];
    // "ok ass hole, see you": a name said to someone goes.
    if (!prev || /^(?:listen|ok|okay|hey|yeah|yes|no|sure|thanks|look|well|bye|shut|up)$/.test(prev.w))
      return [removeRange(doc, start, next.end, `Leave out “${doc.text.slice(start, next.end)}”`)];
  }

  // "smh shit fuckn wit me": an exclamation before the verb "fuck with" goes ("smh messing with
  // me"); as the plain noun it would leave "stuff wit me".
  if (
    /^(?:shit|damn|fuck|crap)$/.test(w) &&
    !(prev && (DETERMINERS.has(prev.w) || /^(?:this|that|all|such)$/.test(prev.w))) &&
    next &&
    // Also once the verb is reworded ("shit messing wit me"), as the merged card is built.
    (MESS_VERB.test(next.w) || /^mess(?:ing|in|ed|es)?$/.test(next.w)) &&
    next2 &&
    /^(?:with|wit|wid)$/.test(next2.w) &&
    !/[,;:.!?]/.test(doc.text.slice(next.end, next2.start))
  )
    return [removeRange(doc, start, end, leave)];
  // "stop messing with me goddamn it!", "i dropped my phone damn it": an exclamation closing a
  // clause goes whole, "it" with it; the clause before it says what happened.
  {
    const god = prev?.w === 'god' && w === 'damn';
    const before = god ? prev2 : prev;
    const from = god && prev ? prev.start : start;
    if (
      next?.w === 'it' &&
      before &&
      m.first - s.first >= (god ? 3 : 2) &&
      isClauseEnd(doc, m.last) &&
      !/[,;:]\s*$/.test(doc.text.slice(before.end, from)) &&
      (/^(?:damn|goddamn|dammit|damnit|goddammit|goddamnit)$/.test(w) ||
        (/^(?:fuck|screw)$/.test(w) && !EXCLAIM_NOT_AFTER.has(before.w)))
    )
      return [removeRange(doc, from, next.end, `Leave out “${doc.text.slice(from, next.end)}”`)];
  }
  // "Damn you Sam!": a curse opening the sentence at someone; the feeling, said plainly.
  if (
    w === 'damn' &&
    next?.w === 'you' &&
    m.first === s.first &&
    m.last === m.first + 1 &&
    !/[,;:.!?]/.test(doc.text.slice(end, next.start)) &&
    // "Damn you reply fast", "damn you guys are quick": a verb of "you" after it makes "damn" an
    // exclamation before a clause, not a curse on them.
    !youDoSomething(doc, m.last, s)
  )
    return [replaceTokens(doc, m.first, m.last + 1, "I'm really angry with you")];
  // "crying and freaking out": a phrasal verb, in plain words.
  if (/^(?:freaking|fricking|frigging)$/.test(w) && next?.w === 'out' && m.last === m.first + 1)
    return [at(start, next.end, 'panicking')];
  // "i will lose my shit": to lose one's temper.
  if (
    /^(?:shit|crap)$/.test(w) &&
    prev &&
    /^(?:my|your|his|her|their|our|ur)$/.test(prev.w) &&
    prev2 &&
    /^(?:lose|loses|losing|lost)$/.test(prev2.w)
  )
    return [next?.w === 'on' ? at(start, next.end, 'temper with') : at(start, end, 'temper')];
  // runs44: idioms whose swear noun is no thing; swapped for "things" they break. "step my shit up"
  // is to step up one's game; "cut the crap" is to be straight with someone.
  if (
    /^(?:shit|crap|shite)$/.test(w) &&
    prev &&
    /^(?:my|your|his|her|their|our|ur)$/.test(prev.w) &&
    prev2 &&
    /^(?:step|steps|stepped|stepping)$/.test(prev2.w) &&
    next?.w === 'up'
  )
    return [at(start, end, 'game')];
  if (
    /^(?:shit|crap|shite|bullshit|bs|crapola)$/.test(w) &&
    prev?.w === 'the' &&
    prev2 &&
    /^(?:cut|cuts|cutting)$/.test(prev2.w) &&
    m.last === m.first + 1 &&
    // "cut the crap out of my diet", "from the report": a thing cut, said plainly as before.
    !/^(?:out|from|off|in|on|of)$/.test(next?.w ?? '')
  )
    return [at(prev2.start, end, 'be straight with me')];
  // "it was really shit", "they're pretty shit this season": said after an intensifier, "bad".
  if (
    /^(?:shit|crap|shite)$/.test(w) &&
    prev &&
    /^(?:really|so|pretty|very|total|totally|absolutely|proper|utter|utterly|quite|kinda|sorta)$/.test(
      prev.w,
    ) &&
    prev2 &&
    /^(?:is|was|be|are|were|been|it's|that's|its|thats|looks|sounds|seems|being|they're|theyre|you're|youre|we're|were|he's|hes|she's|shes|i'm|im|it|that)$/.test(
      prev2.w,
    )
  )
    return [at(start, end, 'bad')];
  // "life's a bit crap at the moment": after "a bit", it says how things are.
  if (/^(?:shit|crap|shite)$/.test(w) && prev?.w === 'bit' && prev2?.w === 'a')
    return [at(start, end, 'bad')];
  // "beating the shit out of him", "scared the crap out of me": the idiom only intensifies; the verb
  // and its object stay ("beating him", "scared me").
  if (
    /^(?:shit|crap|hell|fuck|heck|shite)$/.test(w) &&
    prev?.w === 'the' &&
    next?.w === 'out' &&
    next2 &&
    m.last === m.first + 1
  ) {
    const after = tok(doc, m.last + 2, s);
    // "get the hell out of here", "got the fuck out of there": with a verb of going, "out of" is
    // where they go; only "the hell" goes ("get out of here").
    const goVerb = m.first - 2 >= s.first ? (doc.tokens[m.first - 2] as Token).w : '';
    if (
      /^(?:get|gets|got|getting|go|goes|went|going|run|ran|running|stay|stayed|keep|kept|move|moved)$/.test(
        goVerb,
      )
    )
      return [at(prev.start, next.start, '', `Leave out “the ${chunk}”`)];
    // "im a smack the shit out ya": a threat; the feeling instead, never the threat kept.
    const threat = harmThreat(doc, m.first - 2, s);
    if (threat) return [threat];
    // "I would play the fuck out of this game": with a verb of doing something over and over or
    // of feeling, the idiom says how much; "a lot" after the object keeps it ("play this game a lot").
    const verb = m.first - 2 >= s.first ? (doc.tokens[m.first - 2] as Token).w : '';
    if (next2.w === 'of' && after && A_LOT_VERB.test(verb)) {
      let e = m.last + 2;
      const stops = (i: number): boolean =>
        isClauseEnd(doc, i) ||
        /^(?:when|whenever|if|because|cause|cuz|since|while|until|till|before|after|and|but|so|or|then|for|with|on|in|at|to|all|every|now|today)$/.test(
          tok(doc, i + 1, s)?.w ?? '',
        );
      while (e < s.last && e < m.last + 7 && !stops(e)) e++;
      const objEnd = tok(doc, e, s);
      if (objEnd && stops(e) && /^[\p{L}\p{N}' ]+$/u.test(doc.text.slice(after.start, objEnd.end)))
        return [
          at(
            prev.start,
            objEnd.end,
            `${doc.text.slice(after.start, objEnd.end)} a lot`,
            `Leave out “the ${chunk} out of”`,
          ),
        ];
    }
    if (next2.w === 'of' && after)
      return [at(prev.start, after.start, '', `Leave out “the ${chunk} out of”`)];
    // "smack the shit out ya", "beat the crap out em": "of" left out in speech.
    if (/^(?:ya|yo|ur|your|you|u|em|'em|them|him|her|me|my|his|their)$/.test(next2.w))
      return [at(prev.start, next2.start, '', `Leave out “${doc.text.slice(prev.start, next.end)}”`)];
  }
  // "scared the shit outta me", "beat the crap outa him": "out of" said as one word.
  if (
    /^(?:shit|crap|hell|fuck|heck|shite)$/.test(w) &&
    prev?.w === 'the' &&
    next &&
    /^(?:outta|outa)$/.test(next.w) &&
    next2 &&
    m.last === m.first + 1 &&
    !/[,;:.!?]/.test(doc.text.slice(next.end, next2.start)) &&
    // Before the one it is done to ("outta me", "outta the top"), not a place ("outta here").
    /^(?:me|you|u|ya|him|her|them|em|us|my|your|ur|his|their|our|the|this|that|those|these|everyone|everybody)$/.test(
      next2.w,
    )
  ) {
    const threat = harmThreat(doc, m.first - 2, s);
    if (threat) return [threat];
    // "get (me) the hell outta here": with a verb of going, "outta" is where they go.
    let go = false;
    for (let k = m.first - 2; k >= s.first && k >= m.first - 3; k--)
      if (
        /^(?:get|gets|got|getting|go|goes|went|going|run|ran|running|stay|stayed|keep|kept|move|moved)$/.test(
          (doc.tokens[k] as Token).w,
        )
      )
        go = true;
    if (!go) return [at(prev.start, next2.start, '', `Leave out “the ${chunk} ${next.raw}”`)];
  }
  // "Shit happens": a saying; its plain form.
  if ((w === 'shit' || w === 'crap') && next?.w === 'happens' && m.last === m.first + 1)
    return [at(start, end, /^\p{Lu}/u.test(chunk) ? 'Stuff' : 'stuff')];
  // Curses aimed at someone: say what you need.
  // "go fuck yourselves", "go fuck urself": the reflexive goes with the curse.
  const reflexive = /^(?:yourself|yourselves|urself|urselves|yaself|yourselfs)$/.test(next?.w ?? '');
  if (
    m.rule === 'curse-at' ||
    ((w === 'fuck' || w === 'piss' || w === 'fck') && next?.w === 'off') ||
    ((w === 'fuck' || w === 'screw' || w === 'fck') && reflexive && m.last === m.first + 1)
  ) {
    const nw = reflexive ? 'yourself' : (next?.w ?? '');
    const to = nw === 'off' || nw === 'you' || nw === 'u' || nw === 'yourself' ? m.last + 1 : m.last;
    // "fuck off with your excuses": enough with them.
    if (
      nw === 'off' &&
      next2?.w === 'with' &&
      next &&
      !/[,;:.!?]/.test(doc.text.slice(next.end, next2.start)) &&
      m.last + 2 < s.last
    ) {
      const from = prev && /^(?:just|so|now|and|then|ok|okay)$/.test(prev.w) ? m.first - 1 : m.first;
      return [
        replaceTokens(doc, from, to, 'enough'),
        toSentenceEnd(doc, from, 'I need some space right now.'),
      ];
    }
    // "lol fuck you, you lucky dog", "fuck you 😂": laughing, it is teasing; the curse goes and the
    // rest stays light, never a heavy feeling line.
    if ((nw === 'you' || nw === 'u') && laughing(doc)) {
      const from = prev && /^(?:just|so|and|ok|okay)$/.test(prev.w) ? m.first - 1 : m.first;
      const rest = doc.text.slice(0, (t[from] as Token).start) + doc.text.slice((t[to - 1] as Token).end);
      const after = t[to] as Token | undefined;
      // "lol fuck you, you lucky dog": the comma goes with it ("lol you lucky dog").
      if (after && to < s.last && /^ *, *$/.test(doc.text.slice((t[to - 1] as Token).end, after.start))) {
        // "Fuck you, you got…": the sentence's capital moves on ("You got…").
        if (from === s.first && /^\p{Lu}/u.test((t[from] as Token).raw) && /^\p{Ll}/u.test(after.raw))
          return [
            {
              start: (t[from] as Token).start,
              end: after.end,
              text: `${after.raw[0]?.toUpperCase() ?? ''}${after.raw.slice(1)}`,
              verbatim: true,
              label: leave,
            },
          ];
        return [at((t[from] as Token).start, after.start, '', leave)];
      }
      if (/[\p{L}\p{N}]/u.test(rest) || LAUGH_EMOJI.test(rest))
        return [removeRange(doc, (t[from] as Token).start, (t[to - 1] as Token).end, leave)];
    }
    if (addressed) {
      // "…while acting superior to everyone. fuck off": closing a message about someone else, the
      // curse vents at them; "please give me some space" would ask the reader. It goes.
      const opened = prev && /^(?:just|so|now|go|and|then|ok|okay)$/.test(prev.w) ? m.first - 1 : m.first;
      if (
        nw === 'off' &&
        to >= s.last &&
        s.last >= t.length &&
        m.first > 0 &&
        !/\b(?:you|your|u|ur|ya|yall|y'all)\b/i.test(doc.text.slice(0, (t[opened] as Token).start)) &&
        /\b(?:he|she|they|him|her|them|his|their)\b|\[NAME\]/i.test(
          doc.text.slice(0, (t[opened] as Token).start),
        )
      )
        return [removeRange(doc, (t[opened] as Token).start, (t[to - 1] as Token).end, leave)];
      const said =
        nw === 'off' || nw === 'yourself' ? 'please give me some space' : "I'm really angry with you";
      // "Just fuck off": the opener goes with it.
      return [
        replaceTokens(doc, opened, to, said),
        toSentenceEnd(doc, opened, 'I need some space right now.'),
      ];
    }
    // Reported ("telling her to fuck off"): the plain words.
    // "you can go fuck yourselves": "go away" brings its own "go".
    const goes = nw === 'off' || nw === 'yourself';
    const from = goes && prev?.w === 'go' ? m.first - 1 : m.first;
    return [replaceTokens(doc, from, to, goes ? 'go away' : 'get lost')];
  }
  // "suck my dick", "kiss my ass", "go lick my balls": a vulgar command is a curse at someone;
  // the whole phrase becomes what the writer needs (reported, "told him to …": "leave me alone").
  if (
    (BODY_PART.test(w) || /^(?:ass|arse|butt)$/.test(w)) &&
    prev?.w === 'my' &&
    prev2 &&
    // "suckk my dick": a letter held longer is the same word.
    /^(?:suck|lick|kiss|blow|eat|bite)$/.test(
      prev2.w
        .replace(/(\p{L})\1+/gu, '$1')
        .replace(/^suc$/, 'suck')
        .replace(/^kis$/, 'kiss'),
    ) &&
    m.first - 2 >= s.first
  ) {
    let from = m.first - 2;
    const p3 = tok(doc, from - 1, s);
    if (p3 && /^(?:go|just|and|can|could|u|you|ya)$/.test(p3.w) && from - 1 >= s.first) from--;
    const p4 = tok(doc, from - 1, s);
    if (p4 && /^(?:u|you|ya)$/.test(p4.w) && /^(?:can|could)$/.test((t[from] as Token).w)) from--;
    const reported = from > s.first && /^(?:to|him|her|them|me|you)$/.test((t[from - 1] as Token).w);
    // "54 now suck my dick!", "you lost lol kiss my ass": a taunt closing what was said is no plea
    // for space; it goes ("now" with it, which would dangle).
    const before = from - 1 > s.first ? (t[from - 1] as Token) : undefined;
    if (
      before &&
      !reported &&
      /^(?:now|so|then|lol|lmao|haha)$/.test(before.w) &&
      isClauseEnd(doc, m.last - 1)
    ) {
      const cut =
        /^(?:now|so|then)$/.test(before.w) && from - 1 > s.first ? (t[from - 2] as Token).end : before.end;
      return [removeRange(doc, cut, (t[m.last - 1] as Token).end, 'Leave it out')];
    }
    const said = reported ? 'leave me alone' : 'please give me some space';
    return [replaceTokens(doc, from, m.last, said)];
  }
  // "he shit on my work", "they'd shit themselves": the verb, in plain words ("dumped on",
  // "panicked"); never the noun "stuff".
  if (/^(?:shit|shits|shitting|shat)$/.test(w) && next && !/[,;:.!?]/.test(doc.text.slice(end, next.start))) {
    const subj = prev?.w ?? '';
    const verbSlot =
      /^(?:i|you|u|we|they|he|she|it|would|will|could|should|might|gonna|to|just|really|literally|almost|nearly|must|can|'ll|'d|i'll|i'd|they'll|they'd|he'd|she'd|we'd|you'd|never|always|still|don't|dont|didnt|didn't|not)$/.test(
        subj,
      );
    const form = (base: string, past: string, ing: string, s3: string) =>
      w === 'shits'
        ? s3
        : w === 'shitting'
          ? ing
          : w === 'shat'
            ? past
            : /^(?:he|she|it)$/.test(subj)
              ? past
              : base;
    // "my manager shit on my slides": after a noun too, when someone is what follows "on".
    const onSomeone =
      next.w === 'on' &&
      next2 !== undefined &&
      /^(?:my|your|ur|his|her|their|our|me|you|u|him|them|us|everyone|everybody|people|anyone)$/.test(
        next2.w,
      ) &&
      prev !== undefined &&
      !DETERMINERS.has(subj) &&
      !COMMON_WORDS.has(subj) &&
      !/^(?:dog|dogs|cat|cats|bird|birds|horse|cow|bull|pigeon|pigeons|chicken|of|and|or|like|no|holy|oh|bull)$/.test(
        subj,
      ) &&
      // "we do the same shit on youtube": after "same", "whole", "more" it is the noun.
      !/^(?:same|whole|little|big|more|much|less|some|any|other|such|own|real|full|usual|typical)$/.test(
        subj,
      ) &&
      /^\p{L}+$/u.test(subj);
    if ((verbSlot || onSomeone) && next.w === 'on')
      return [
        at(
          start,
          end,
          verbSlot
            ? form('dump', 'dumped', 'dumping', 'dumps')
            : form('dumped', 'dumped', 'dumping', 'dumps'),
        ),
      ];
    if (
      verbSlot &&
      /^(?:myself|yourself|himself|herself|itself|ourselves|yourselves|themselves|themself)$/.test(next.w)
    )
      return [at(start, next.end, form('panic', 'panicked', 'panicking', 'panics'))];
  }
  // "like you've shit yourself", "he nearly shat himself": with a reflexive after it, the verb (where
  // "panic" does not fit the words before it); the plain one is "wet".
  if (
    /^(?:shit|shat|shits|shitting|shitted|crap|crapped|craps|crapping)$/.test(w) &&
    next &&
    /^(?:myself|yourself|himself|herself|themselves|ourselves|yourselves|urself|themself)$/.test(next.w) &&
    m.last === m.first + 1
  ) {
    const wet = /ing$/.test(w) ? 'wetting' : /s$/.test(w) ? 'wets' : 'wet';
    return [at(start, end, wet)];
  }
  // "i always fuck shit up", "until i fucked shit up": "mess things up".
  {
    const fk = /^(?:fuck|fucks|fucked|fucking|fuckin)$/;
    const pair =
      w === 'shit' && prev && fk.test(prev.w) && next?.w === 'up'
        ? prev
        : fk.test(w) && next?.w === 'shit' && next2?.w === 'up'
          ? (t[m.first] as Token)
          : null;
    if (pair) {
      const shitTok = pair === prev ? (t[m.first] as Token) : (next as Token);
      const form = pair.w
        .replace(/^fuck/, 'mess')
        .replace(/messin$/, 'messing')
        .replace(/^messs$/, 'messes');
      return [at(pair.start, shitTok.end, `${form === 'messs' ? 'messes' : form} things`)];
    }
  }
  // "move bitch get out the way", "dont cry bitch laugh": after a one-word order, a name said to
  // them; it goes, and a comma parts the two orders ("move, get out the way").
  if (/^(?:bitch|bitches)$/.test(w) && prev && ONE_WORD_ORDER.test(prev.w) && m.last === m.first + 1) {
    const p0 = m.first - 1;
    const opener =
      p0 === s.first ||
      (p0 - 1 === s.first && /^(?:dont|don't|just|now|pls|please)$/.test((t[s.first] as Token).w));
    if (opener && /^ +$/.test(doc.text.slice(prev.end, start))) {
      if (next && /^ +$/.test(doc.text.slice(end, next.start)) && /^\p{L}/u.test(next.raw))
        return [at(prev.end, end, ',', 'Leave it out')];
      return [removeRange(doc, prev.end, end, leave)];
    }
  }
  // "it'll bitch netflix out", "she bitched me out": a verb, "chew out".
  if (
    /^(?:bitch|bitches|bitching|bitched)$/.test(w) &&
    next &&
    (next.w === 'out' || next2?.w === 'out') &&
    !(prev && (DETERMINERS.has(prev.w) || /^(?:a|an|such|little|big|old|dumb|stupid|you|u)$/.test(prev.w)))
  )
    return [
      at(start, end, w.replace('bitch', 'chew').replace('chewes', 'chews').replace('chewed', 'chewed')),
    ];
  // "you bitch about swearing", "stop bitching at me": a verb, "complain".
  if (
    /^(?:bitch|bitches|bitching|bitched)$/.test(w) &&
    next &&
    /^(?:about|at)$/.test(next.w) &&
    !(prev && (DETERMINERS.has(prev.w) || /^(?:a|an|such|little|big|old|dumb|stupid)$/.test(prev.w)))
  ) {
    const form = w.endsWith('ing')
      ? 'complaining'
      : w.endsWith('ed')
        ? 'complained'
        : w.endsWith('es')
          ? 'complains'
          : 'complain';
    return [at(start, end, form)];
  }
  // "makes him sound like a cunt" → "sound rude", "you look like a dick" → "look bad": how it seemed.
  if (
    PERSON_SWEAR.test(w) &&
    !plural &&
    prev &&
    /^(?:a|an)$/.test(prev.w) &&
    prev2?.w === 'like' &&
    m.first - 3 >= s.first &&
    /^(?:look|looks|looked|looking|sound|sounds|sounded|sounding|seem|seems|seemed)$/.test(
      (t[m.first - 3] as Token).w,
    )
  )
    return [at(prev2.start, end, /^sound/.test((t[m.first - 3] as Token).w) ? 'rude' : 'bad')];
  // "lying to her would make you an asshole": what the act would make of them, "look bad" (as
  // insults' "would make you a moron"), not a line about being hurt now.
  if (
    PERSON_SWEAR.test(w) &&
    !plural &&
    prev &&
    /^(?:a|an)$/.test(prev.w) &&
    prev2 &&
    /^(?:you|u|him|her|them)$/.test(prev2.w) &&
    m.first - 3 >= s.first &&
    /^(?:make|makes|made|making)$/.test((t[m.first - 3] as Token).w)
  )
    return [at(prev.start, end, 'look bad')];
  if (m.rule === 'label') {
    const named = calledNames(doc, m);
    if (named) return [named];
    // "you assholes ruined it", "lol u bastards never listen": "you" is the subject of the verb
    // after; the label goes and "you" stays (cut whole, "ruined it" would have no subject).
    if (prev && /^(?:you|u|ya)$/.test(prev.w)) {
      const nt = m.last < s.last ? (t[m.last] as Token) : undefined;
      if (
        nt &&
        (m.first - 1 === s.first ||
          (prev2 !== undefined && /^(?:and|but|so|because|cause|cuz|lol|lmao|now|then)$/.test(prev2.w))) &&
        /^ +$/.test(doc.text.slice(prev.end, start)) &&
        !/[,;:.!?]/.test(doc.text.slice(end, nt.start)) &&
        (isPastForm(nt.w) ||
          /^(?:are|were|have|had|will|would|can|could|should|never|always|just|keep|still|dont|don't|didnt|didn't|wont|won't|cant|can't|better|need|think|want|know)$/.test(
            nt.w,
          ))
      )
        return [at(prev.end, end, '')];
    }
    // "karma's a bitch", "life is a bitch sometimes": said of a thing, it is hard going; "a pain".
    if (w === 'bitch' && prev && /^(?:a)$/.test(prev.w) && prev2) {
      // "ain't that a bitch": the same, asked.
      const asked = /^(?:ain't|aint|isn't|isnt|wasn't|wasnt)$/.test(prev2.w) && m.first - 3 >= s.first;
      const subj = /^(?:is|was)$/.test(prev2.w)
        ? (tok(doc, m.first - 3, s)?.w ?? '')
        : asked && /^(?:that|this|it|life|karma)$/.test(tok(doc, m.first - 3, s)?.w ?? '')
          ? (tok(doc, m.first - 3, s)?.w ?? '')
          : /'s$/.test(prev2.w)
            ? prev2.w.slice(0, -2)
            : '';
      // "carmas a bitch" (an apostrophe left out): a thing's name run together with its "is".
      const runTogether =
        !subj &&
        /^\p{L}{3,}s$/u.test(prev2.w) &&
        !/^(?:hes|shes|thats|whats|its|theres|heres|yours|his|hers|ours|theirs|this|was|is|has)$/.test(
          prev2.w,
        );
      if (THING_SUBJECT.test(subj) || runTogether) return [at(start, end, 'pain')];
    }
    // "lol you ass gone hurt": "you ass" is "your ass" before a verb, and that is "you".
    {
      const ai = m.last - 1;
      const aw = (t[ai] as Token).w;
      const yi = ai - 1;
      const yt = yi >= s.first ? (t[yi] as Token) : undefined;
      const nt = m.last < s.last ? (t[m.last] as Token) : undefined;
      if (
        /^(?:ass|arse)$/.test(aw) &&
        yt &&
        /^(?:you|u|ya)$/.test(yt.w) &&
        yi >= m.first - 1 &&
        nt &&
        /^\p{L}+$/u.test(nt.w) &&
        !/[,;:.!?]/.test(doc.text.slice(yt.end, nt.start)) &&
        !isClauseEnd(doc, ai) &&
        /^(?:gone|gonna|gon|will|got|getting|going|better|need|should|would|can|could|about)$/.test(nt.w)
      )
        return [at(yt.start, (t[ai] as Token).end, yt.raw)];
    }
    // "a bitch move", "a dick joke": a describing word before a noun; it goes, "a" agreeing.
    if (prev && /^(?:a|an)$/.test(prev.w) && m.last === m.first + 1 && personSwearBeforeNoun(doc, m.first)) {
      const nx = t[m.last] as Token;
      return [
        at(
          prev.start,
          nx.start,
          `${/^A/.test(prev.raw) ? article(nx.w).replace(/^a/, 'A') : article(nx.w)} `,
        ),
      ];
    }
    // "make an ass out of myself": make a fool of oneself.
    if (
      /^(?:ass|arse)$/.test(w) &&
      prev &&
      /^(?:a|an)$/.test(prev.w) &&
      next?.w === 'out' &&
      next2?.w === 'of'
    )
      return [at(prev.start, next2.end, 'a fool of')];
    // "my leg hurts like a bitch", "hot like a bitch": only an intensifier ("really hurts").
    const p3 = tok(doc, m.first - 3, s);
    if (
      prev &&
      /^(?:a|an)$/.test(prev.w) &&
      prev2?.w === 'like' &&
      p3 &&
      !plural &&
      /^\p{L}{3,}$/u.test(p3.w) &&
      !COMPARED.test(p3.w) &&
      !DETERMINERS.has(p3.w) &&
      !/^(?:me|you|u|him|her|them|us|it|myself|yourself|people|someone|somebody|just|more|much|not|really|so)$/.test(
        p3.w,
      ) &&
      !/[,;:]/.test(doc.text.slice(p3.end, prev2.start)) &&
      (!next || isClauseEnd(doc, m.last - 1) || /^(?:but|and|so|lol|lmao|haha)$/.test(next.w))
    )
      return [at(p3.start, end, `really ${p3.raw}`)];
    // "a slutty, foulmouthed choice": a describing word, not a name; it goes, "a" agreeing.
    if (
      /^\p{L}+y$/u.test(w) &&
      prev &&
      (prev.w === 'a' || prev.w === 'an') &&
      next &&
      !/[.!?;:]/.test(doc.text.slice(end, next.start))
    ) {
      let e = end;
      while (e < doc.text.length && /[ ,]/.test(doc.text[e] as string)) e++;
      const nw = doc.text.slice(e).match(/^\p{L}+/u)?.[0] ?? '';
      if (nw)
        return [
          {
            start: prev.start,
            end: e,
            text: `${/^A/.test(prev.raw) ? article(nw).replace(/^a/, 'A') : article(nw)} `,
          },
        ];
    }
    const from =
      prev && (prev.w === 'a' || prev.w === 'an') && prev2 && /^(you're|you|ur|such|are|is)$/.test(prev2.w)
        ? m.first - 2
        : m.first;
    // "the weather can be such a bitch", "he's a dick": not said to you; a milder word for the same.
    const subject = tok(doc, prev2 && prev2.w === 'such' ? m.first - 3 : m.first - 2, s);
    if (
      from !== m.first &&
      !(subject && /^(?:you|u|you're|ur|youre|are)$/.test(subject.w)) &&
      prev2?.w !== 'you'
    ) {
      if (prev2?.w !== "you're") {
        // "an asshole" → "a pain": the article follows the new word.
        if (prev && prev.w === 'an' && !plural)
          return [at(prev.start, end, prev.raw === 'An' ? 'A pain' : 'a pain')];
        return [at(start, end, plural ? 'pains' : 'pain')];
      }
    }
    if (from !== m.first) {
      const third = tok(doc, m.first - 3, s);
      let youTok =
        prev2 &&
        (prev2.w === 'such' ||
          ((prev2.w === 'are' || prev2.w === 'is') && third && /^(?:you|u)$/.test(third.w))) &&
        m.first - 3 >= s.first
          ? m.first - 3
          : from;
      // "You are such a bitch": "you are" goes too.
      const yt = tok(doc, youTok, s);
      const yb = tok(doc, youTok - 1, s);
      if (yt && yb && (yt.w === 'are' || yt.w === 'is') && /^(?:you|u)$/.test(yb.w)) youTok--;
      return [
        toSentenceEnd(doc, youTok, "I'm really hurt by you right now."),
        replaceTokens(doc, youTok, Math.max(m.last, youTok + 1), 'I feel hurt when you [what happened]'),
      ];
    }
    // "you guys are such assholes": leaving the label out would leave "such"; the act instead.
    if (prev?.w === 'such' && from === m.first && prev2 && /^(?:are|is|were|was|be|being|r)$/.test(prev2.w))
      return [at(prev.start, end, 'out of line')];
    // "An asshole like him", "what a bitch": an article before it and no "you": a milder word.
    if (prev && (prev.w === 'a' || prev.w === 'an') && !plural && from === m.first)
      return [at(prev.start, end, /^A/.test(prev.raw) ? 'A pain' : 'a pain')];
    // "you bitch" at the end of a clause: the label goes, with its "you", the describing words
    // between ("you dirty cunt") and the comma before it.
    let youFirst = m.first;
    for (let k = m.first - 1; k >= s.first && k >= m.first - 3; k--) {
      const w2 = (t[k] as Token).w;
      // "yaaaa bitch!!": a cheer stretched out, not "you"; only the name goes ("yaaaa!!").
      if (w2 === 'you' && CHEER_YA.test((t[k] as Token).raw)) break;
      if (w2 === 'you' || w2 === 'u') {
        youFirst = k;
        break;
      }
      if (
        COMMON_WORDS.has(w2) ||
        // "see you tomorrow bitch": a time or place after "you" is no describing word; it stays.
        /^(?:tomorrow|tonight|today|later|soon|again|too|back|there|around|anyway|tho|though|then|now|morning)$/.test(
          w2,
        ) ||
        /[,;:]/.test(doc.text.slice((t[k] as Token).end, (t[k + 1] as Token).start))
      )
        break;
    }
    // "ass wipe", "ass hat": the compound written apart goes whole.
    let to = end;
    if (next && /^(?:wipe|whipe|wipes|hole|holes|whole|hat|hats|clown|clowns|face|head|wad)$/.test(next.w))
      to = next.end;
    // "that was for you, asshole" keeps "you": the object of "for".
    if (
      youFirst < m.first &&
      youFirst > s.first &&
      (TAKES_YOU.test((t[youFirst - 1] as Token).w) ||
        /^(?:out|outta|off)$/.test((t[youFirst - 1] as Token).w)) &&
      // "fuck off you little prick": "off" ends the order, and "you …" is who is called names.
      !(
        (t[youFirst - 1] as Token).w === 'off' &&
        youFirst - 1 > s.first &&
        /^(?:fuck|fuk|fck|piss|bugger|sod|naff|frick|back|buzz|shove|clear|jog|f)$/.test(
          (t[youFirst - 2] as Token).w,
        )
      )
    ) {
      // "knock the dust out ya lil ass": the person stays, the words about them go ("out you").
      if (youFirst + 1 < m.first && to === end) return [at((t[youFirst] as Token).start, end, 'you')];
      youFirst = m.first;
    }
    // "why are you crying bitch", "did you hear me bitch": after an auxiliary "you" is the subject
    // of the question, and stays; the name after its verb goes alone.
    if (
      youFirst < m.first - 1 &&
      youFirst > s.first &&
      /^(?:are|r|were|do|did|does|can|will|would|could|should|have|had|dont|don't|didnt|didn't|aren't|arent)$/.test(
        (t[youFirst - 1] as Token).w,
      ) &&
      !/[,;:]/.test(doc.text.slice((t[youFirst - 1] as Token).end, (t[youFirst] as Token).start))
    )
      youFirst = m.first;
    // "you goofy ass 😂": laughing, it is teasing; the swear goes and the joke stays.
    if (
      w === 'ass' &&
      youFirst === s.first &&
      youFirst + 1 < m.first &&
      to === end &&
      laughing(doc) &&
      teasingWords(doc, youFirst + 1, m.first)
    )
      return [at(start, end, 'thing')];
    // "you ugly ass 😂": laughing, the jab goes whole and the laugh stays, never a heavy line.
    if (youFirst === s.first && laughing(doc)) {
      const rest = doc.text.slice(to);
      if (/[\p{L}\p{N}]/u.test(rest) || LAUGH_EMOJI.test(rest))
        return [removeRange(doc, (t[youFirst] as Token).start, to, leave)];
    }
    // "You lazy bastard.": nothing would be left of the sentence.
    if (youFirst === s.first && to >= (t[s.last - 1] as Token).end)
      return [toSentenceEnd(doc, youFirst, "I'm really upset with you right now.")];
    return [removeRange(doc, (t[youFirst] as Token).start, to, leave)];
  }
  if (m.rule === 'slur') {
    const named = calledNames(doc, m);
    if (named) return [named];
    // The slur is the last word of the chunk ("fucking retards": the intensifier goes with it).
    const word = plain(chunk.split(/[\s,]+/).pop() ?? chunk, m.note);
    const many = /s$/.test(word) && !/ss$/.test(word);
    // "if they can say nigger on tv": the word mentioned, not said of anyone; "the n-word".
    if (
      /^nigg/.test(word) &&
      !many &&
      prev &&
      /^(?:say|says|said|saying|use|uses|used|using|word|write|wrote|type|typed|yell|yelled|shout|shouted)$/.test(
        prev.w,
      )
    )
      return [at(prev.w === 'word' && prev2?.w === 'the' ? prev2.start : start, end, 'the n-word')];
    // "nigga stop with this", "lol you did it, nigga": a word said to someone, opening the
    // sentence or after a comma, is "dude" ("guy stop…" reads as no one's way of talking).
    if (
      /^nigg/.test(word) &&
      !many &&
      (m.first === s.first ||
        (prev !== undefined &&
          /,\s*$/.test(doc.text.slice(prev.end, start)) &&
          (isClauseEnd(doc, m.last - 1) || /^\s*,/.test(doc.text.slice(end)))))
    )
      return [at(start, end, /^\p{Lu}/u.test(chunk) ? 'Dude' : 'dude')];
    if (/^nigg/.test(word)) return [at(start, end, many ? 'guys' : 'guy')];
    if (/^retard(ed)?$/.test(word)) return [at(start, end, word === 'retard' ? 'fool' : 'ridiculous')];
    // "psychomotor retardation", "mental retardation": the clinical sense, in today's words; what
    // the chunk holds after the word ("retardation-Fatigue") stays.
    if (
      /^retardation/.test(word) &&
      start + 11 <= end &&
      /^retardation$/i.test(doc.text.slice(start, start + 11))
    ) {
      if (prev?.w === 'mental') return [at(prev.start, start + 11, 'intellectual disability')];
      return [at(start, start + 11, 'slowing')];
    }
    // "stop deleting my images u fag.": a name said to someone goes with its "u".
    if (
      prev &&
      /^(?:you|u|ya)$/.test(prev.w) &&
      isClauseEnd(doc, m.last - 1) &&
      !(prev2 && TAKES_YOU.test(prev2.w)) &&
      m.first - 1 > s.first
    )
      return [removeRange(doc, prev.start, end, leave)];
    // "because of retards like you", "all the fags in here", "i hate the retards": the sentence
    // needs its noun.
    const det =
      prev && /^(?:of|for|with|by|about|these|those|the|some|all|many|other|more|most)$/.test(prev.w);
    if (det || (next && !isClauseEnd(doc, m.last - 1) && next.w === 'like'))
      return [at(start, end, many ? 'people' : 'person')];
    // "only fags and housewives use macs": the slur goes with its "and"; the other group stays.
    if (
      next &&
      next2 &&
      /^(?:and|or|&|n)$/.test(next.w) &&
      /^ +$/.test(doc.text.slice(end, next.start)) &&
      /^\p{L}/u.test(next2.w)
    )
      return [removeRange(doc, start, next.end, leave)];
    // "he is a <slur>", "she's such a <slur> lol": the name said of someone, after "is a"; without
    // it "he is a" is left. The claim is said plainly ("he is out of line", "so out of line").
    if (
      !many &&
      prev &&
      prev2 &&
      /^(?:a|an)$/.test(prev.w) &&
      (COPULA_BEFORE.test(prev2.w) || prev2.w === 'such') &&
      m.last === m.first + 1 &&
      /^ +$/.test(doc.text.slice(prev.end, start)) &&
      isClauseEnd(doc, m.last - 1)
    )
      return [
        prev2.w === 'such' ? at(prev2.start, end, 'so out of line') : at(prev.start, end, 'out of line'),
      ];
    return [removeRange(doc, start, end, leave)];
  }
  // "i shit you not": "i kid you not".
  if (w === 'shit' && next?.w === 'you' && next2?.w === 'not') return [at(start, end, 'kid')];
  // "for fuck's sake": "for goodness' sake".
  if (
    prev?.w === 'for' &&
    /^(?:fuck|fucks|fuck's|fucking|christ|christ's)$/.test(w) &&
    next &&
    /^sakes?$/.test(next.w)
  )
    return [at(start, next.end, "goodness' sake")];
  // "you god damn republicans": the curse is both words.
  if (
    /^(?:damn|damned)$/.test(w) &&
    /^(?:god|got)$/.test(prev?.w ?? '') &&
    prev &&
    next &&
    !isClauseEnd(doc, m.first)
  )
    return [removeRange(doc, prev.start, end, leave)];
  // "anybody who knows me kiss ass": to flatter, "grovel" ("sucks up" would read as a swear).
  if (/^(?:ass|arse)$/.test(w) && prev && /^kiss(?:es|ed|ing)?$/.test(prev.w) && m.last === m.first + 1) {
    const form = prev.w.endsWith('es')
      ? 'grovels'
      : prev.w.endsWith('ed')
        ? 'grovelled'
        : prev.w.endsWith('ing')
          ? 'grovelling'
          : 'grovel';
    return [at(prev.start, end, form)];
  }
  // "a shit tonne of work", "a fucking load of", "a fuck ton of hours": only an intensifier of the amount.
  if (
    /^(?:shit|fuck|fucking|fuckin|effing|effin|crap|shitty)$/.test(w) &&
    prev &&
    /^(?:a|an)$/.test(prev.w) &&
    next &&
    /^(?:ton|tons|tonne|tonnes|load|loads|lot|lots|bunch|heap|pile)$/.test(next.w)
  )
    return [at(prev.start, next.end, next.w === 'tonne' ? 'a ton' : `a ${next.raw}`)];
  // "who gives a rat's ass": "who cares".
  if (
    /^(?:ass|arse)$/.test(w) &&
    prev &&
    /^(?:rats|rat's|rat|flying)$/.test(prev.w) &&
    prev2?.w === 'a' &&
    GIVE[tok(doc, m.first - 3, s)?.w ?? '']
  ) {
    // "our leaders could give a rat's ass" means they couldn't care less: "could care" would
    // invert it. Say it plainly, agreeing with the subject where it is plain.
    let c = m.first - 4;
    if (/^(?:really|just|honestly)$/.test(tok(doc, c, s)?.w ?? '')) c--;
    if (tok(doc, c, s)?.w === 'could' && (t[m.first - 3] as Token).w === 'give') {
      const subj = tok(doc, c - 1, s)?.w ?? '';
      const text = /^(?:he|she|it)$/.test(subj)
        ? "doesn't care at all"
        : /^(?:i|you|u|we|they|ya|yall|y'all)$/.test(subj) || /[^s']s$/.test(subj)
          ? "don't care at all"
          : "couldn't care less";
      return [replaceTokens(doc, c, m.last, text)];
    }
    return [replaceTokens(doc, m.first - 3, m.last, GIVE[(t[m.first - 3] as Token).w] as string)];
  }
  // "sierra ain't shit": worth nothing, "ain't much".
  if (
    /^(?:shit|crap)$/.test(w) &&
    prev &&
    (/^(?:ain't|aint)$/.test(prev.w) ||
      (prev.w === "'t" && prev2?.w === 'ain') ||
      (prev.w === 't' && prev2?.w === 'ain'))
  )
    return [at(start, end, 'much')];
  // "a major ass hole", "a total ass wipe": the compound written apart is the person word.
  if (
    /^(?:ass|arse)$/.test(w) &&
    next &&
    /^(?:hole|holes|whole|wholes|wipe|wipes|hat|hats)$/.test(next.w) &&
    !/[,;:.!?]/.test(doc.text.slice(end, next.start))
  ) {
    const many = /s$/.test(next.w);
    // "u r major ass hole": after a copula and a describing word with no "a" ("a real rude person"
    // reads well), "major rude person" does not; the claim: "out of line".
    let k = m.first;
    while (
      k > s.first &&
      /^(?:major|total|complete|absolute|real|huge|big|massive|utter)$/.test((t[k - 1] as Token).w)
    )
      k--;
    if (
      k < m.first &&
      k > s.first &&
      /^(?:is|are|r|was|were|be|being|ur|you're|youre|he's|she's|hes|shes|they're|theyre)$/.test(
        (t[k - 1] as Token).w,
      )
    )
      return [at((t[k] as Token).start, next.end, 'out of line')];
    // "he was a total ass hole to me": "a total rude person" reads oddly; "a total pain".
    if (
      k < m.first &&
      k > s.first &&
      (t[k - 1] as Token).w === 'a' &&
      !many &&
      /^(?:total|complete|absolute|utter|major)$/.test((t[m.first - 1] as Token).w)
    )
      return [at(start, next.end, 'pain')];
    return [at(start, next.end, many ? 'rude people' : 'rude person')];
  }
  // "fuck face", "dick head" written apart: a name for a person; after a determiner, "person".
  if (
    /^(?:fuck|fuk|shit|dick|douche|scum)$/.test(w) &&
    next &&
    /^(?:face|faces|head|heads|wad|wads|bag|bags)$/.test(next.w) &&
    !/[,;:.!?]/.test(doc.text.slice(end, next.start))
  ) {
    const many = /s$/.test(next.w);
    if (prev && (DETERMINERS.has(prev.w) || /^(?:any|some|every|such)$/.test(prev.w)))
      return [at(start, next.end, many ? 'people' : 'person')];
    return [removeRange(doc, start, next.end, leave)];
  }
  // "a piece of shit" said of a thing: "a piece of junk".
  if (/^(?:shit|crap|shite)$/.test(w) && prev?.w === 'of' && prev2 && /^pieces?$/.test(prev2.w))
    return [at(start, end, 'junk')];
  // "this shit", "that crap": the pointing word says it ("i can't explain this").
  if (
    /^(?:shit|crap|shite)$/.test(w) &&
    prev &&
    /^(?:this|that)$/.test(prev.w) &&
    !(next && /^(?:of|about)$/.test(next.w))
  )
    // "this shit been hard", "that crap gonna…": "this been" has no verb to lean on; "stuff" stays.
    // So does "this shit hard", "that shit fire": a describing word said of it with no "is".
    return next &&
      (/^(?:been|gonna|finna|be|b)$/.test(next.w) ||
        (SAID_WITHOUT_IS.test(next.w) && !/[,;:.!?]/.test(doc.text.slice(end, next.start))))
      ? [at(start, end, 'stuff')]
      : [removeRange(doc, start, end, leave)];
  // "... tomorrow and shit", "school n shit", "freezing & shit", "at the mall or some shit": the
  // filler goes with its "and" (or "or some").
  if (
    /^(?:shit|crap|shits)$/.test(w) &&
    prev &&
    (!next ||
      isClauseEnd(doc, m.last - 1) ||
      // "we went to the mall and shit dat was fun", "school n shit but i passed": the filler ends
      // its clause though no comma says so; the next one starts with its own word.
      (/^(?:and|&|n|nd|or)$/.test(prev.w) && NEW_CLAUSE_AFTER_FILLER.test(next.w)))
  ) {
    const some = /^(?:some|sum)$/.test(prev.w) ? prev2 : undefined;
    const conj = some ?? prev;
    if (
      /^(?:and|&|or|n|nd|an)$/.test(conj.w) &&
      conj.start > (t[s.first] as Token).start &&
      (!some || conj.w !== 'n')
    )
      return [removeRange(doc, conj.start, end, `Leave out “${doc.text.slice(conj.start, end)}”`)];
    // "&" is no word: "freezing & shit".
    if (!some && /\s&\s*$/.test(doc.text.slice(prev.end, start)) && m.first - 1 >= s.first)
      return [removeRange(doc, doc.text.lastIndexOf('&', start), end, leave)];
  }
  // "fuck knows": "who knows".
  if (next?.w === 'knows' && /^(?:fuck|fuk|fck|shit|hell)$/.test(w) && isImperativeStart(doc, m.first))
    return [at(start, end, 'who')];
  // "his bitch ass wuld never", "your lazy ass needs to": a possessive, a describing word and "ass"
  // name the person ("he wuld never", "you need to"); dropping the words would leave "his wuld".
  {
    // The words can come as one match ("bitch ass") or as two ("bitch", then "ass").
    const assAt = /^\S+ ass$/i.test(chunk)
      ? m.first + 1
      : w === 'ass' || w === 'asses'
        ? m.first
        : next?.w === 'ass' || next?.w === 'asses'
          ? m.last
          : -1;
    const describes = (d: Token | undefined): boolean =>
      d !== undefined &&
      (PERSON_SWEAR.test(d.w) ||
        ASS_DESCRIBERS.has(d.w) ||
        // "your grimey ass": any describing word between the possessive and "ass".
        (/^\p{L}{3,}$/u.test(d.w) && !COMMON_WORDS.has(d.w) && !isKnownVerb(d.w)));
    // "your lazy commie ass": up to three describing words between the possessive and "ass".
    let possAt = assAt - 2;
    while (
      possAt > assAt - 4 &&
      possAt > s.first &&
      !/^(?:your|ur|yo'?|his|her|their|our)$/.test(tok(doc, possAt, s)?.w ?? '') &&
      describes(tok(doc, possAt, s))
    )
      possAt--;
    let allDescribe = possAt < assAt - 1;
    for (let k = possAt + 1; k < assAt; k++) if (!describes(tok(doc, k, s))) allDescribe = false;
    const poss = tok(doc, possAt, s);
    const ass = tok(doc, assAt, s);
    if (
      assAt > 0 &&
      possAt >= s.first &&
      allDescribe &&
      poss &&
      ass &&
      /^(?:your|ur|yo'?|his|her|their|our)$/.test(poss.w) &&
      !/[,;:.!?]/.test(doc.text.slice(poss.end, ass.start))
    ) {
      const d = personAss(doc, possAt, assAt);
      if (d) return [d];
    }
    // "i'm done with mark's sorry ass": after a name's possessive at the end of a clause the words
    // name the person; the name says it ("done with mark"), never "mark's sorry".
    const owner = poss && /^(\p{L}{2,})['’]s$/u.exec(poss.raw);
    if (
      owner?.[1] &&
      poss &&
      ass &&
      allDescribe &&
      possAt >= s.first &&
      !/^(?:it|that|what|there|here|who|he|she|let|where|how|this|everyone|everybody|one)['’]s$/.test(
        poss.w,
      ) &&
      !/[,;:.!?]/.test(doc.text.slice(poss.end, ass.start)) &&
      isClauseEnd(doc, assAt)
    )
      return [at(poss.start, ass.end, owner[1])];
  }
  // "yo ass is late", "his ass wuld never": a possessive and "ass" as a subject are the person.
  if (
    w === 'ass' &&
    prev &&
    /^(?:your|ur|yo'?|his|her|their)$/.test(prev.w) &&
    next &&
    (AGREE[next.w] !== undefined ||
      AGREE_OK.has(next.w) ||
      /^(?:wuld|wud|wont|won't|aint|ain't|gon|finna|tryna)$/.test(next.w))
  ) {
    const d = personAss(doc, m.first - 1, m.first);
    if (d && d.start === prev.start && /^(?:he|she|they|you)\b/.test(d.text)) return [d];
  }
  // "your bitch ass page": a swear fused with "ass" before a noun is only heat; it goes.
  if (/^\S+ ass$/i.test(chunk) && next && !isClauseEnd(doc, m.last - 1))
    return [removeRange(doc, start, end, leave)];
  if (PERSON_SWEAR.test(w) && next?.w === 'ass' && next2 && !isClauseEnd(doc, m.last))
    return [removeRange(doc, start, next.end, leave)];
  if (w === 'ass' && prev && PERSON_SWEAR.test(prev.w) && next && !isClauseEnd(doc, m.last - 1))
    return [removeRange(doc, prev.start, end, leave)];
  // "maybe your bitchass needs to": a person fused with "ass" after "your" is the person ("you need to").
  if (
    /^\p{L}+ass$/u.test(w) &&
    !/(?:class|glass|grass|pass|mass|bass|brass|lass|sass|crass)$/.test(w) &&
    prev &&
    /^(?:your|ur|his|her|their)$/.test(prev.w) &&
    next &&
    !isClauseEnd(doc, m.last - 1)
  ) {
    const who = prev.w === 'his' ? 'he' : prev.w === 'her' ? 'she' : prev.w === 'their' ? 'they' : 'you';
    if (who === 'you' || who === 'they') {
      // "needs to", "wants me": a verb; "friends are": a noun, and only the swear goes.
      const verbS =
        /^\p{L}{3,}[^s']s$/u.test(next.w) &&
        next2 !== undefined &&
        /^(?:to|me|you|him|her|them|us|it|a|an|the|some|more|out|up|so|too|really|help|that|this)$/.test(
          next2.w,
        );
      const plain = AGREE[next.w] ?? (verbS ? next.w.slice(0, -1) : null);
      if (plain) return [at(prev.start, next.end, `${who} ${plain}`)];
      if (AGREE_OK.has(next.w)) return [at(prev.start, end, who)];
      return [removeRange(doc, start, end, leave)];
    } else return [at(prev.start, end, who)];
  }
  // "i just shit my pants": the idiom for a fright or a laugh, "wet my pants".
  if (
    /^(?:shit|shat)$/.test(w) &&
    next &&
    /^(?:my|his|her|your|their|our|myself)$/.test(next.w) &&
    (next.w === 'myself' || /^(?:pants|trousers|pant)$/.test(next2?.w ?? ''))
  )
    return [at(start, end, 'wet')];
  // "he would shit all over her": beating or belittling someone is "walking all over" them.
  if (/^(?:shit|shits|shat|shitted|shitting|shittin)$/.test(w) && next?.w === 'all' && next2?.w === 'over')
    return [
      at(
        start,
        end,
        /^(?:shitting|shittin)$/.test(w)
          ? 'walking'
          : /^(?:shat|shitted)$/.test(w)
            ? 'walked'
            : w === 'shits'
              ? 'walks'
              : 'walk',
      ),
    ];
  // "stop shittin on me": putting someone down is "trashing" them; otherwise the plain verb.
  if (/^(?:shit|shits|shat|shitted|shitting|shittin)$/.test(w) && (prev || next)) {
    const verbLike =
      w !== 'shit' ||
      (prev &&
        /^(?:to|will|would|gonna|wanna|dont|don't|didnt|didn't|cant|can't|i|you|they|we|just|stop)$/.test(
          prev.w,
        ));
    if (verbLike && next?.w === 'on' && next2) {
      const form = /^(?:shitting|shittin)$/.test(w)
        ? 'trashing'
        : /^(?:shat|shitted)$/.test(w)
          ? 'trashed'
          : w === 'shits'
            ? 'trashes'
            : 'trash';
      return [at(start, next.end, form)];
    }
    if (/^(?:shitting|shittin)$/.test(w)) return [at(start, end, w === 'shittin' ? 'poopin' : 'pooping')];
  }
  // "i fuck with you", "we really fuck with that song": slang for liking someone or something;
  // "i mess with you" would turn fondness into a threat. Said in the present by "i" or "we" only
  // ("don't fuck with me", "i'll fuck with you" are the threat and stay "mess").
  if (/^(?:fuck|fuk|fck)$/.test(w) && next && /^(?:with|wit|wid)$/.test(next.w) && next2) {
    let k = m.first - 1;
    while (
      k > s.first &&
      /^(?:really|lowkey|highkey|honestly|genuinely|actually|still|kinda|definitely|truly|totally|always|do|don't|dont|do not|never|been|just)$/.test(
        (t[k] as Token).w,
      )
    )
      k--;
    if (
      k >= s.first &&
      /^(?:i|we)$/.test((t[k] as Token).w) &&
      !/[,;:.!?]/.test(doc.text.slice(end, next.start))
    )
      return [at(start, next.end, 'like')];
  }
  {
    // "the only ppl i fucked with", "the crew we used to fuck wit": with nothing after "with" (the
    // people are named before), it is the slang for liking, in any tense: "liked", "like".
    // "i'll come fuck wit u", "come fuck with us": after "come" / "go" it is spending time ("hang").
    const fk = /^(?:fuck|fuk|fck|fucked|fuckd|fukd|fcked)$/;
    if (
      fk.test(w) &&
      next &&
      /^(?:with|wit|wid)$/.test(next.w) &&
      !/[,;:.!?]/.test(doc.text.slice(end, next.start))
    ) {
      let k = m.first - 1;
      if (k - 1 >= s.first && (t[k] as Token).w === 'to' && (t[k - 1] as Token).w === 'used') k -= 2;
      while (
        k > s.first &&
        /^(?:really|lowkey|highkey|honestly|genuinely|actually|still|kinda|truly|totally|always|just|only)$/.test(
          (t[k] as Token).w,
        )
      )
        k--;
      const subj = k >= s.first ? (t[k] as Token).w : '';
      const stranded =
        m.last === s.last - 1 ||
        isClauseEnd(doc, m.last) ||
        (next2 !== undefined &&
          /^(?:and|but|then|so|since|back|anymore|lol|lmao|tho|though|now)$/.test(next2.w));
      // Not "you": "those are the people you fuck with", "who do you fuck with" stay "mess with".
      if (stranded && k > s.first && /^(?:i|we|they|he|she)$/.test(subj))
        return [at(start, next.end, /d$/.test(w) ? 'liked' : 'like')];
      const come = m.first - 1 >= s.first ? (t[m.first - 1] as Token).w : '';
      const before = m.first - 2 >= s.first ? (t[m.first - 2] as Token).w : '';
      if (
        !stranded &&
        /^(?:come|go|cum)$/.test(come) &&
        /^(?:fuck|fuk|fck)$/.test(w) &&
        (m.first - 1 === s.first ||
          /^(?:i'll|ill|we'll|i|we|ima|imma|gonna|gon|will|to|can|lemme|let's|lets|and|then|n)$/.test(before))
      )
        return [at(start, end, 'hang')];
    }
  }
  // "stop fking your mother", "quit fucking my car up": after "stop" / "keep" / "quit" the -ing form
  // is the verb, with its object; left out, the object would hang on "stop". It is "messing with"
  // ("messing" when "up" closes the clause: "mess my car up").
  if (
    /^(?:fucking|fuckin|fking|fkin|fkn|fuckn|fukin|fucken|fcking|fckin)$/.test(w) &&
    prev &&
    /^(?:stop|stops|stopped|quit|quits|keep|keeps|kept|start|started|starts)$/.test(prev.w) &&
    next &&
    !/[,;:.!?]/.test(doc.text.slice(end, next.start)) &&
    (/^(?:my|your|ur|his|her|their|our|the|that|this|those|these|me|him|them|us|people|everyone|everybody)$/.test(
      next.w,
    ) ||
      /^\p{Lu}/u.test(next.raw))
  ) {
    let up = false;
    for (let k = m.last + 1; k < s.last && k <= m.last + 4; k++)
      if ((t[k] as Token).w === 'up' && isClauseEnd(doc, k)) up = true;
    return [at(start, end, up ? 'messing' : 'messing with')];
  }
  // "they were fucking all night", "we caught them fucking in the car": the -ing form after people
  // and "be" or a verb of seeing, with nothing after it to strengthen, is the verb itself; left out,
  // "they were all night" says something else. In plain words, "having sex".
  if (
    /^(?:fucking|fuckin|fuckn|fukin|fking)$/.test(w) &&
    chunk.trim().toLowerCase() === w &&
    sexVerbBefore(doc, m.first, s.first) &&
    (!next ||
      isClauseEnd(doc, m.last - 1) ||
      (!/[,;:.!?]/.test(doc.text.slice(end, next.start)) &&
        (/^(?:and|when|while|again|every|till|until|behind)$/.test(next.w) ||
          (/^(?:in|on|at|under)$/.test(next.w) &&
            /^(?:the|a|my|his|her|their|our|your|public|front|bed)$/.test(next2?.w ?? '')) ||
          (next.w === 'all' && /^(?:night|day|weekend|morning|afternoon|evening)$/.test(next2?.w ?? '')))))
  )
    return [at(start, end, 'having sex')];
  // "insinuating that he is fucking a teenager", "i'm not off fucking some other girl": the -ing
  // form before a person is the verb; in plain words, "sleeping with".
  if (
    /^(?:fucking|fuckin|fking|fkin|fuckn|fukin|fcking|fckin|screwing|banging)$/.test(w) &&
    next &&
    next2 &&
    !/[,;:.!?]/.test(doc.text.slice(end, next2.end)) &&
    /^(?:a|an|some|his|her|their|my|your|ur|that|this|the)$/.test(next.w)
  ) {
    let k = m.last + 1;
    while (
      k < s.last &&
      k < m.last + 3 &&
      /^(?:other|young|random|married|new|old|same|hot|other)$/.test((t[k] as Token).w)
    )
      k++;
    const who = tok(doc, k, s);
    if (
      who &&
      /^(?:girl|girls|guy|guys|woman|women|man|men|teenager|teen|minor|chick|wife|husband|boyfriend|girlfriend|bf|gf|ex|sister|brother|neighbor|neighbour|boss|coworker|secretary|student|dude|bitch|hoe|ho)$/.test(
        who.w,
      ) &&
      (isClauseEnd(doc, k) ||
        /^(?:is|was|and|but|while|when|behind|again|now|in|at|for)$/.test(tok(doc, k + 1, s)?.w ?? ''))
    )
      return [at(start, end, 'sleeping with')];
  }
  // "rap that talks about shooting and fucking bitches": after another act joined by "and", the
  // word is that act too, done to the people named after it.
  if (
    /^(?:fucking|fuckin|fking|fkin|fuckn|fukin|fcking|fckin)$/.test(w) &&
    prev?.w === 'and' &&
    prev2 &&
    /^\p{L}{3,}ing$/u.test(prev2.w) &&
    !/^(?:fucking|fuckin|damn|bloody)$/.test(prev2.w) &&
    next &&
    /^(?:bitches|hoes|hos|girls|women|chicks|guys|people|strangers)$/.test(next.w) &&
    !/[,;:.!?]/.test(doc.text.slice(prev2.end, next.start))
  )
    return [at(start, end, 'sleeping with')];
  // "fuck with me", "screwing around", "fuck it up": the verb is "mess".
  if (
    MESS_VERB.test(w) &&
    next &&
    ((/^(?:with|wit|wid|around|about)$/.test(next.w) && !/[,;:.!?]/.test(doc.text.slice(end, next.start))) ||
      (next2?.w === 'up' && /^(?:it|this|that|them|him|her|me|us|you|u|everything|things)$/.test(next.w)))
  ) {
    // "i'm gonna fuck you up", "you gon' make me fuck him up": harm to a person, said as what I
    // will do; "mess you up" would keep the threat, so the feeling takes its place.
    if (
      next2?.w === 'up' &&
      /^(?:you|u|ya|him|her|them)$/.test(next?.w ?? '') &&
      (w === 'fuck' || w === 'fk') &&
      (firstPersonFuture(doc, m.first) || (prev?.w === 'me' && /^(?:make|makes|made)$/.test(prev2?.w ?? '')))
    )
      return [
        prev?.w === 'me'
          ? toSentenceEnd(doc, s.first, "I'm so angry right now that I need a moment.")
          : threatInstead(doc, m.first, "I'm so angry right now that I need a moment."),
      ];
    const form = w.endsWith('ed')
      ? 'messed'
      : /(?:ing|in|n)$/.test(w)
        ? 'messing'
        : w.endsWith('s') && !(prev && /^(?:i|you|u|we|they)$/.test(prev.w))
          ? 'messes'
          : 'mess';
    return [at(start, end, form)];
  }
  // "what in the actual fuck are they doing": "in the actual fuck" goes ("what are they doing").
  if (/^(?:fuck|hell|heck)$/.test(w) && prev?.w === 'actual' && prev2?.w === 'the' && m.first - 2 > s.first) {
    const p3 = t[m.first - 3] as Token;
    const from = p3.w === 'in' && m.first - 3 > s.first ? p3 : (prev2 as Token);
    return [removeRange(doc, from.start, end, `Leave out “${doc.text.slice(from.start, end)}”`)];
  }
  // "what the fuck", "wtf": a plainer question.
  if (w === 'wtf' || (prev?.w === 'the' && prev2?.w === 'what')) {
    const from = w === 'wtf' ? m.first : m.first - 2;
    // "whaddafuck ya gonna do": run together, it carries the question's "what", which must stay.
    const fused = w === 'wtf' && !/^wtf$/i.test(head);
    if (from === s.first && m.last === s.last) return [toSentenceEnd(doc, from, 'What is going on?')];
    // "wtf stop deleting my stuff", "wtf why would you": an outburst before an order or a question
    // of its own; it goes.
    if (
      w === 'wtf' &&
      !fused &&
      from === s.first &&
      next &&
      /^ +$/.test(doc.text.slice(end, next.start)) &&
      /^(?:stop|quit|leave|get|go|please|why|how|who|when|where|dude|man|bro|lol|lmao|omg|seriously)$/.test(
        next.w,
      )
    )
      return [removeRange(doc, start, end, leave)];
    // "wtf if this is true…", "wtf you ate my lunch": before a clause of its own, surprise ("wow,").
    if (
      w === 'wtf' &&
      !fused &&
      from === s.first &&
      next &&
      /^ +$/.test(doc.text.slice(end, next.start)) &&
      /^(?:if|i|i'm|im|my|you|u|your|ur|the|this|he|she|they|we|it's|there)$/.test(next.w)
    )
      return [replaceTokens(doc, from, m.last, 'Wow,')];
    // "wait what the fuck that solo is mad": opening or after an outcry word, before a clause of its
    // own (a determiner, a verb and more), it is surprise: "what?" ("wait what? that solo is mad").
    if (w !== 'wtf' && next && /^(?:that|this|these|those|the|my|his|her|your|their|our)$/.test(next.w)) {
      const b = from > s.first ? (t[from - 1] as Token).w : '';
      let v = m.last + 1;
      while (
        v < s.last &&
        !isClauseEnd(doc, v) &&
        !/^(?:is|was|are|were|looks|sounds|has|got)$/.test((t[v] as Token).w)
      )
        v++;
      if (
        (b === '' || /^(?:wait|like|omg|bro|dude|man|oh|yo|lol|lmao|ok|okay|hold)$/.test(b)) &&
        v < s.last - 1 &&
        !isClauseEnd(doc, v)
      )
        return [
          replaceTokens(
            doc,
            from,
            m.last,
            b === '' ? ((t[from] as Token).raw.startsWith('W') ? 'Wow,' : 'wow,') : 'what?',
          ),
        ];
    }
    // "what the fuck was that": the question without "the fuck" ("what was that"). Before "and",
    // "&" or "btw" it was an outcry, not a question: "what" alone would be left ("what on earth").
    if (
      w !== 'wtf' &&
      next &&
      !isClauseEnd(doc, m.last - 1) &&
      !/[,;:.!?&+]/.test(doc.text.slice(end, next.start)) &&
      !/^(?:and|n|but|btw|also|lol|lmao|haha|omg)$/.test(next.w)
    )
      return [
        removeRange(doc, (prev as Token).start, end, leave),
        replaceTokens(doc, from, m.last, 'what on earth'),
      ];
    // "my train is late again wtf :((", "my phone died wtf": an outburst closing the sentence, after
    // words of its own; it goes, the face stays.
    if (
      w === 'wtf' &&
      prev &&
      from > s.first &&
      (!next || !/^\p{L}/u.test(next.raw)) &&
      /^\p{L}/u.test(prev.raw) &&
      !/^(?:is|was|are|were|be|am|a|an|the|so|too|very|of|to|in|on|at|for|with|and|or|but|my|your|his|her|their|our|its|this|that|like|as|than|about|just)$/.test(
        prev.w,
      ) &&
      /^ +$/.test(doc.text.slice(prev.end, start))
    )
      return [{ start: prev.end, end, text: '', label: leave }];
    return [replaceTokens(doc, from, m.last, 'what on earth')];
  }
  // "on the shit list", "a total shit show": after a determiner, before a noun of its own, the swear
  // only describes the noun; it goes and the determiner stays ("on the list"), a show or a storm of
  // it is "a mess". Never "on list" (the "the X" of "why the hell" below).
  if (
    /^(?:shit|crap)$/.test(w) &&
    chunk.trim().toLowerCase() === w &&
    prev &&
    /^(?:the|a|my|your|his|her|their|our|this|that|total|complete|absolute|whole|huge|big)$/.test(prev.w) &&
    next &&
    doc.text.slice(end, next.start) === ' ' &&
    /^\p{Ll}{3,}$/u.test(next.w) &&
    !COMMON_WORDS.has(next.w) &&
    !isKnownVerb(next.w) &&
    !isPastForm(next.w) &&
    !/(?:ed|ing|in|ly)$/.test(next.w) &&
    !/^(?:outta|outa|head|heads|face|faces|bag|bags|stain|stains|hole|holes|load|loads|lol|lmao|tho|though|these|those|they|them|he|she|we|you|u|people|ppl|everyone|someone|nobody)$/.test(
      next.w,
    ) &&
    // "who gives a shit whether": "give a shit" is "care", below.
    !(prev.w === 'a' && prev2 && /^(?:giv|gave)/.test(prev2.w)) &&
    // "the shit hits the fan", "the shit trump is doing": the noun is the verb's subject or object.
    (/^(?:show|shows|storm|storms|fest|fests)$/.test(next.w) ||
      (!/s$/.test(next.w) &&
        !/^(?:is|was|are|were|does|did|has|had|will|would|can|could|says|said)$/.test(next2?.w ?? '')))
  ) {
    if (/^(?:show|shows|storm|storms|fest|fests)$/.test(next.w))
      return [at(start, next.end, /s$/.test(next.w) ? 'messes' : 'mess')];
    // "a shit day", "a crap movie": said of one of a kind, "bad".
    if (/^(?:a|total|complete|absolute|huge|big)$/.test(prev.w)) return [at(start, end, 'bad')];
    return [removeRange(doc, start, end, leave)];
  }
  // "they can all go fuck themselves": a curse on others; "go themselves" is no English, so "get lost".
  if (
    prev?.w === 'go' &&
    /^(?:fuck|fk|fck|screw)$/.test(w) &&
    /^(?:themselves|himself|herself|itself|yourselves|yourself|urself|theirselves)$/.test(next?.w ?? '')
  )
    return [at(prev.start, (next as Token).end, 'get lost')];
  // "why the hell", "get the fuck out", "shut the hell up", "y the fk": "the X" goes.
  if (prev?.w === 'the' && /^(?:fuck|hell|heck|shit|fk|fck|fuk|fuq)$/.test(w)) {
    // "make up the shit these people say", "doing the shit trump is doing": a thing said or done,
    // its clause after it; "the stuff", never "make up these people say".
    if (
      w === 'shit' &&
      next &&
      next2 &&
      !/^(?:why|what|who|how|where|when)$/.test(prev2?.w ?? '') &&
      (/^(?:these|those|they|he|she|we|you|u|i|people|ppl|everyone)$/.test(next.w) ||
        /^(?:is|was|are|were|has|had|does|did|says|said)$/.test(next2.w))
    )
      return [at(start, end, 'stuff')];
    // "they ain't promoting the shit.", "sick of the crap": the thing, ending the clause, is "it"
    // (not "are the shit": praise).
    if (
      /^(?:shit|crap)$/.test(w) &&
      prev2 &&
      m.first - 2 > s.first &&
      !/^(?:why|what|who|how|where|when|in|holy|is|are|was|were|be|been|am|already|so|really|just|still)$|'s$|'re$/.test(
        prev2.w,
      ) &&
      (!next || isClauseEnd(doc, m.last - 1))
    )
      return [at(prev.start, end, 'it')];
    // "The fuck?" alone: nothing would be left but the mark.
    if (m.first - 1 === s.first && m.last === s.last) return [at(prev.start, end, 'what', 'What')];
    // "The fuck company are you using": opening a question before a noun, it is "what".
    // "the fuck you've been gone so long": before a subject and its verb it only swears, and goes.
    if (
      m.first - 1 === s.first &&
      w === 'fuck' &&
      next &&
      !isClauseEnd(doc, m.last - 1) &&
      !/^(?:you've|youve|you're|youre|i've|ive|i'm|im|we've|we're|they've|they're|theyre|he's|she's|it's)$/.test(
        next.w,
      ) &&
      !(
        /^(?:you|u|i|we|they|he|she)$/.test(next.w) &&
        /^(?:have|has|had|are|is|was|were|will|would|been)$/.test(next2?.w ?? '')
      )
    )
      return [at(prev.start, end, 'what', 'What')];
    // "what in the fuck are you doing", "why in the hell": "in" goes with "the X" ("what are you doing").
    const p3 = tok(doc, m.first - 3, s);
    const from =
      prev2?.w === 'in' && p3 && /^(?:what|why|how|who|where|when)$/.test(p3.w) ? prev2 : (prev as Token);
    return [removeRange(doc, from.start, end, `Leave out “${doc.text.slice(from.start, end)}”`)];
  }
  // "holy fucking cow", "holy motherfucking pecker": the swear only heats an exclamation of its own;
  // it goes and "holy cow" stays (never "wow cow").
  if (
    prev?.w === 'holy' &&
    (FUCK_ING.test(w) || /^(?:mother|motha|mutha)fuck(?:ing|in|in')$/.test(w)) &&
    next &&
    /^\p{L}{3,}$/u.test(next.w) &&
    !/^(?:shit|shite|crap|hell|fuck|fucks|damn|balls|things|stuff)$/.test(next.w) &&
    !COMMON_WORDS.has(next.w) &&
    isClauseEnd(doc, m.last)
  )
    return [removeRange(doc, start, end, leave)];
  // "holy motherfucking shit", "holy fucking hell": a swear heating a swear; the three are one
  // exclamation and go as one ("wow"), never "wow shit".
  if (
    prev?.w === 'holy' &&
    (FUCK_ING.test(w) || /^(?:mother|motha|mutha)fuck(?:ing|in|in')$/.test(w)) &&
    next &&
    /^(?:shit|shite|crap|hell|fuck|fucks|damn|balls)$/.test(next.w)
  )
    return [replaceTokens(doc, m.first - 1, m.last + 1, 'wow')];
  if (prev?.w === 'holy') return [replaceTokens(doc, m.first - 1, m.last, 'wow')];
  // "i bullshit my way through", "he was just bullshitting": a verb takes a verb, "bluff" (a person
  // bullshitted is kidded: "stop bullshitting me" → "stop kidding me"); never "i nonsense my way".
  {
    const vm = /^(?:bull|horse)shit(s|ted|ting|tin|tin')?$/.exec(w);
    if (vm) {
      const ending = vm[1] ?? '';
      const person =
        next !== undefined && /^(?:me|you|u|him|her|them|us|people|everyone|everybody)$/.test(next.w);
      const verbBefore =
        prev !== undefined &&
        (/^(?:i|you|u|we|they|he|she|to|don't|dont|didn't|didnt|can't|cant|cannot|won't|wont|will|would|could|just|stop|quit|was|were|am|is|are|i'm|im|you're|youre|he's|she's|we're|they're|been|keep|kept|could've|always|never|only)$/.test(
          prev.w,
        ) ||
          isImperativeStart(doc, m.first));
      const verbAfter =
        next !== undefined &&
        (person ||
          /^(?:my|your|his|her|their|our|ur|through|thru|around|about|on|all|again|constantly|every|too|so|lol|a)$/.test(
            next.w,
          ) ||
          isClauseEnd(doc, m.last - 1));
      // "this is bullshit, I paid": after a copula the bare word is the noun.
      const verb =
        ending.length > 0
          ? ending !== 's' || /^(?:he|she|it)$/.test(prev?.w ?? '')
          : verbBefore && verbAfter && !/^(?:is|was|were|are|am|been)$/.test(prev?.w ?? '');
      if (
        verb &&
        (ending.length > 0 ? next === undefined || verbAfter || isClauseEnd(doc, m.last - 1) : true)
      ) {
        // "to bullshit about the weather": idle talk, "chat".
        const base = person ? 'kid' : next?.w === 'about' ? 'chat' : 'bluff';
        const form =
          ending === 's'
            ? `${base}s`
            : ending === 'ted'
              ? `${base === 'bluff' ? 'bluff' : `${base}${base.slice(-1)}`}ed`
              : ending === 'ting' || ending.startsWith('tin')
                ? `${base === 'bluff' ? 'bluff' : `${base}${base.slice(-1)}`}ing`
                : base;
        return [at(start, end, form)];
      }
    }
  }
  // "what a bullshit answer", "this horseshit excuse", "such bullshit rules": before a noun the
  // word describes it, and a describing word takes its place ("a bogus answer"; never "a nonsense answer").
  if (
    /^(?:bull|horse)shit$/.test(w) &&
    prev &&
    ((DETERMINERS.has(prev.w) && prev.w !== 'no') || prev.w === 'such') &&
    isJunkBeforeNoun(doc, m.first) &&
    !(next && DETERMINERS.has(next.w)) &&
    // "sneak their bullshit past us", "fuck that bullshit homie": a word of place or of address
    // after it, not a noun it describes.
    !(next && BOGUS_NOT_NOUN.test(next.w))
  )
    // ("an bullshit excuse": toSuggestion makes the writer's article agree.)
    return [at(start, end, 'bogus')];
  // Compounds with a plain equivalent.
  if (/^(?:bull|horse)shit$/.test(w) || ((w === 'shit' || w === 'crap') && prev?.w === 'bull'))
    return [at(w === 'shit' || w === 'crap' ? (t[m.first - 1] as Token).start : start, end, 'nonsense')];
  // "looking like shite" → "looking awful" (as "like shit" below).
  if (w === 'shite' && prev?.w === 'like') {
    const verb = tok(doc, m.first - 2, s);
    return [at(prev.start, end, verb && SENSE_VERB.test(verb.w) ? 'awful' : 'badly')];
  }
  if (/^(?:shitty|crappy)$/.test(w) || (w === 'shite' && !(prev && DETERMINERS.has(prev.w))))
    return [at(start, end, 'lousy')];
  if (/^(?:shithole|shithouse)s?$/.test(w)) return [at(start, end, plural ? 'dumps' : 'dump')];
  if (/^(?:cluster-?fuck|fuck-?fest|shit-?show|shit-?storm)s?$/.test(w))
    return [at(start, end, plural ? 'messes' : 'mess')];
  // "bursting for a piss", "i need a piss": the bathroom ("a pee" reads as a count of a mass noun).
  if (
    w === 'piss' &&
    prev &&
    /^(?:a|the)$/.test(prev.w) &&
    !(prev2 && /^(?:take|takes|took|taking|have|has|had|having)$/.test(prev2.w))
  )
    return [at(prev.start, end, 'the bathroom')];
  // "you're pissing everyone off", "it pisses me off": upsetting them (the object stays).
  if (
    /^(?:piss|pisses|pissing|pissin)$/.test(w) &&
    next &&
    next2?.w === 'off' &&
    !/[,;:.!?]/.test(doc.text.slice(end, next.start))
  ) {
    const form = w === 'pisses' ? 'upsets' : w === 'piss' ? 'upset' : 'upsetting';
    return [{ start, end: next2.end, text: `${form} ${next.raw}` }];
  }
  if (w === 'pissed' || w === 'pissy') {
    // "so pissed off" → "so upset": a word of degree before it already says how much.
    const before = m.first > 0 ? (doc.tokens[m.first - 1] as Token).w : '';
    const plain =
      /^(?:so|too|very|really|pretty|quite|real|super|extremely|totally|fucking|fuckin|damn|bloody)$/.test(
        before,
      )
        ? 'upset'
        : 'really upset';
    return [replaceTokens(doc, m.first, next?.w === 'off' ? m.last + 1 : m.last, plain)];
  }
  // Phrasal verbs: "fucked up", "screwed up" (or "upp") → "messed up"; "fuck it" → "forget it".
  if (
    /^(?:fuck|screw|fucks|screws|fucked|screwed|fucking|screwing)$/.test(w) &&
    next &&
    /^up+$/.test(next.w)
  ) {
    const form = w.endsWith('ed')
      ? 'messed'
      : w.endsWith('ing')
        ? 'messing'
        : w.endsWith('s')
          ? 'messes'
          : 'mess';
    return [replaceTokens(doc, m.first, m.last, form)];
  }
  if ((w === 'fuck' || w === 'screw') && (next?.w === 'it' || next?.w === 'this' || next?.w === 'that')) {
    // "you're saying fuck it": quoted or said, it is still "forget it".
    if (
      m.first === s.first ||
      isImperativeStart(doc, m.first) ||
      (prev && INTERJECTION.test(prev.w)) ||
      (next.w === 'it' && isClauseEnd(doc, m.last)) ||
      // "buy a new one and fuck this printer": a second curse joined on with "and".
      (prev &&
        /^(?:and|&|n)$/.test(prev.w) &&
        m.first - 1 > s.first &&
        next.w === 'this' &&
        !/^(?:is|was|isn't|wasn't|will|has|had|does|did|can)$/.test(next2?.w ?? ''))
    ) {
      // "fuck it, i give up": opening the sentence before a comma, a shrug ("oh well").
      if (
        next.w === 'it' &&
        m.first === s.first &&
        m.last + 1 < s.last &&
        /^\s*,/.test(doc.text.slice(next.end, (t[m.last + 1] as Token).start))
      )
        return [replaceTokens(doc, m.first, m.last + 1, /^F/.test(chunk) ? 'Oh well' : 'oh well')];
      return [
        forgetNamed(doc, m.last, s, /^F/.test(chunk) ? 'Forget' : 'forget') ??
          replaceTokens(doc, m.first, m.last + 1, `forget ${next.w}`),
      ];
    }
  }
  // "…for one day dammit.", "where are my keys, damn it": a sigh at the end goes, with its comma.
  if (/^(?:dammit|damnit|goddammit|goddamnit)$/.test(w) || (w === 'damn' && next?.w === 'it')) {
    const to = w === 'damn' ? m.last + 1 : m.last;
    // "o damn it", "Oh dammit, the keys": after the cry that opens the sentence, one cry ("oh no").
    if (prev && m.first - 1 === s.first && /^(?:o|oh|ohh|ah|ahh|aw|aww|argh|ugh|god)$/.test(prev.w))
      return [at(prev.start, (t[to - 1] as Token).end, /^\p{Lu}/u.test(prev.raw) ? 'Oh no' : 'oh no')];
    // "i was going to, dammit, tell him": an aside between commas goes, with them.
    if (prev && m.first > s.first && to < s.last) {
      const before = doc.text.slice(prev.end, start);
      const after = doc.text.slice((t[to - 1] as Token).end, (t[to] as Token).start);
      // "the man i voted for, dammit is backing it": the comma before it goes too.
      if (/^ *, *$/.test(before) && /^ *(?:, *)?$/.test(after))
        return [at(prev.end, (t[to] as Token).start, ' ', leave)];
      // "i was going to dammit tell him": said in passing, it goes ("oh no" would break the thought).
      if (!/[-:;.!?]/.test(before + after)) return [removeRange(doc, start, (t[to - 1] as Token).end, leave)];
    }
    // "god damnit!": "god" goes with it.
    const from = prev?.w === 'god' && m.first - 1 > s.first ? prev.start : start;
    if (m.first > s.first && to >= s.last) return [removeRange(doc, from, (t[to - 1] as Token).end, leave)];
  }
  if (/^(?:damn|dammit|damnit|goddammit|goddamnit)$/.test(w) && next?.w === 'it')
    return [replaceTokens(doc, m.first, m.last + 1, 'oh no')];
  // "I'll be damned if I apologise": the vow keeps its shape with the mild word.
  if (w === 'damned' && next?.w === 'if' && m.first > 0 && (t[m.first - 1] as Token).w === 'be')
    return [replaceTokens(doc, m.first, m.last, 'darned')];
  if (/^(?:dammit|damnit|goddammit|goddamnit)$/.test(w))
    return [replaceTokens(doc, m.first, m.last, 'oh no')];
  // "they fucked us over", "will screw you over", "fucked over half the town": to cheat someone;
  // "cheat" in its form, the one cheated kept.
  {
    const form = /^(?:fuck|screw)(s|ed|ing)?$/.exec(w);
    if (form && next) {
      const cheat = `cheat${form[1] ?? ''}`;
      let k = m.last;
      while (k < s.last && k < m.last + 3 && (t[k] as Token).w !== 'over') k++;
      const over = t[k] as Token | undefined;
      if (
        over?.w === 'over' &&
        k > m.last &&
        k < s.last &&
        /^(?:me|us|you|u|them|him|her|everyone|everybody|people|the|their|his|my|our|your|ur)$/.test(
          next.w,
        ) &&
        !/[,;:.!?]/.test(doc.text.slice(start, over.start))
      )
        return [at(start, over.end, `${cheat} ${doc.text.slice(next.start, (t[k - 1] as Token).end)}`)];
      // "get your ass fucking over here": "over here" is a place, the word only strengthens.
      if (
        next.w === 'over' &&
        m.last + 1 < s.last &&
        !isClauseEnd(doc, m.last) &&
        !/^(?:here|there)$/.test((t[m.last + 1] as Token).w)
      )
        return [at(start, next.end, cheat)];
    }
  }
  // "got screwed", "screwed over": treated unfairly.
  if ((w === 'screwed' || w === 'fucked') && next?.w === 'over')
    return [replaceTokens(doc, m.first, m.last + 1, 'treated unfairly')];
  if ((w === 'screwed' || w === 'fucked') && prev && /^(?:get|gets|got|getting|gotten)$/.test(prev.w)) {
    // "get fucked in the ass": the whole phrase is the one act ("get treated unfairly").
    const n2 = t[m.last + 1] as Token | undefined;
    const n3 = t[m.last + 2] as Token | undefined;
    if (
      next?.w === 'in' &&
      n2?.w === 'the' &&
      n3 &&
      /^(?:ass|arse|butt|rear)$/.test(n3.w) &&
      m.last + 2 < s.last &&
      !/[,;:.!?]/.test(doc.text.slice(end, n3.start))
    )
      return [at(start, n3.end, 'treated unfairly')];
    return [at(start, end, 'treated unfairly')];
  }
  // "we are being screwed", "i've been screwed by the bank": done to someone, "treated unfairly";
  // "the network being all fucked": a thing, "messed up" ("being in trouble" does not read).
  if ((w === 'screwed' || w === 'fucked') && next?.w !== 'up') {
    let k = m.first - 1;
    while (k > s.first && SO_WORDS.test((t[k] as Token).w)) k--;
    const be = k >= s.first ? (t[k] as Token) : undefined;
    if (be && /^(?:being|been)$/.test(be.w)) {
      let j = k - 1;
      while (
        j > s.first &&
        /^(?:have|has|had|are|am|is|was|were|r|not|never|just|already|always)$/.test((t[j] as Token).w)
      )
        j--;
      const who = j >= s.first ? (t[j] as Token).w : '';
      const person =
        next?.w === 'by' ||
        /^(?:i|we|they|you|u|he|she|us|me|them|him|her|people|everyone|everybody|workers|customers|fans|players|taxpayers|i've|we've|they've|you've|ive|weve|theyve|youve|we're|they're|you're|i'm|im|were|theyre|youre|he's|she's)$/.test(
          who,
        );
      if (person) return [at(k + 1 < m.first ? (t[k + 1] as Token).start : start, end, 'treated unfairly')];
      return [at(start, end, 'messed up')];
    }
  }
  // "this country is so screwed": in real trouble.
  if (
    (w === 'screwed' || w === 'fucked') &&
    prev &&
    SO_WORDS.test(prev.w) &&
    (!next ||
      isClauseEnd(doc, m.last - 1) ||
      // "our court system is so screwed and if…": a clause joined on after it; never "so in trouble".
      (/^so+$/.test(prev.w) && /^(?:and|but|because|cause|cuz|if|when|now|right|lol|haha)$/.test(next.w)))
  )
    return [at(prev.start, end, 'in real trouble')];
  if (w === 'screwed' || w === 'fucked') {
    // "we're screwed" / "I fucked it" → in trouble / messed it up.
    if (next && (next.w === 'it' || next.w === 'this' || next.w === 'that' || next.w === 'everything'))
      return [replaceTokens(doc, m.first, m.last, 'messed up')];
    // "canada had screwed its allies": done wrong by someone, "failed".
    if (
      next &&
      prev &&
      /^(?:had|has|have|just|really)$/.test(prev.w) &&
      /^(?:its|it's|his|her|their|our|my|your|us|them|him|me|you|the)$/.test(next.w)
    )
      return [at(start, end, 'failed')];
    // "you don't get how fucked we are": "how much trouble we are in", never "how in trouble we are".
    if (prev?.w === 'how' && next) {
      const contracted = /^(?:we're|i'm|im|they're|theyre|you're|youre|he's|she's|it's)$/.test(next.w);
      const be = contracted ? undefined : next2;
      if (
        contracted ||
        (/^(?:we|i|they|you|u|he|she|it)$/.test(next.w) && be && /^(?:are|is|am|was|were|r)$/.test(be.w))
      ) {
        const last = contracted ? next : (be as Token);
        return [at(start, last.end, `much trouble ${doc.text.slice(next.start, last.end)} in`)];
      }
      // "how fucked is that": a verdict on a thing, "how messed up is that".
      if (/^(?:is|was|are|were)$/.test(next.w)) return [at(start, end, 'messed up')];
    }
    // "my gear box is fucked", "the printer was screwed": a thing that works or breaks is broken,
    // not "in trouble".
    {
      const cop =
        prev && /^(?:is|was|are|were|'s|its|it's|totally|completely|now|all)$/.test(prev.w)
          ? prev
          : undefined;
      let k = m.first - 1;
      while (
        k > s.first &&
        /^(?:is|was|are|were|'s|totally|completely|now|all|so|just)$/.test((t[k] as Token).w)
      )
        k--;
      const subject = k >= s.first && k < m.first - 1 ? (t[k] as Token) : undefined;
      if (
        cop &&
        subject &&
        (BODY_SORE.test(subject.w) || BREAKABLE.test(subject.w)) &&
        (!next || isClauseEnd(doc, m.last - 1) || next.w === 'and')
      ) {
        const said = BODY_SORE.test(subject.w) ? 'in bad shape' : 'broken';
        // (Capitals are cooled in every offer: "MY PHONE IS FUCKED" → "… is broken".)
        return [at(start, end, said)];
      }
    }
    return [at(start, end, 'in trouble')];
  }
  // "they are bigtime sucks", "this is so sucks": a copula is already there; only "awful" is said.
  if (
    (w === 'sucks' || w === 'suck') &&
    prev &&
    (COPULA_BEFORE.test(prev.w)
      ? !/^(?:what|how|where|who|whatever)$/.test(tok(doc, m.first - 3, s)?.w ?? '')
      : prev2 &&
        COPULA_BEFORE.test(prev2.w) &&
        (SO_WORDS.test(prev.w) || /^(?:bigtime|big|major)$/.test(prev.w)))
  )
    return [at(start, end, 'awful')];
  // "this job bigtime sucks", "it sucks big time": "bigtime" fits "sucks", not "awful"; it is said
  // as "really" ("this job is really awful").
  if (w === 'sucks' || w === 'suck') {
    const be = w === 'sucks' ? 'is' : 'are';
    if (prev?.w === 'bigtime') return [at(prev.start, end, `${be} really awful`)];
    if (prev?.w === 'time' && prev2?.w === 'big') return [at(prev2.start, end, `${be} really awful`)];
    if (next?.w === 'bigtime') return [at(start, next.end, `${be} really awful`)];
    const next2 = tok(doc, m.last + 1, s);
    if (next?.w === 'big' && next2?.w === 'time') return [at(start, next2.end, `${be} really awful`)];
  }
  // "this really sucks" → "this is really awful": the adverb follows the verb.
  if ((w === 'sucks' || w === 'suck') && prev && SO_WORDS.test(prev.w))
    return [at(prev.start, end, `${w === 'sucks' ? 'is' : 'are'} ${prev.raw} awful`)];
  if (w === 'sucks' || w === 'suck') return [at(start, end, w === 'sucks' ? 'is awful' : 'are awful')];
  // "talk shit", "shit talking them": trash-talk.
  if (w === 'shit' && next && TALK.test(next.w) && !/[,;:.!?]/.test(doc.text.slice(end, next.start)))
    return [at(start, next.end, trashTalk(next.w))];
  // "talk shit about him": talk badly about him (the person's own verb stays).
  if (
    w === 'shit' &&
    prev &&
    /^(?:talk(?:s|ed|ing|in|n)?|tlk(?:n|in|inn|ing)?)$/.test(prev.w) &&
    next &&
    /^(?:about|bout|abt|to|like|behind)$/.test(next.w)
  ) {
    // "still talkin shit to ppl": to someone's face it is rudeness ("being rude to ppl"), not talk
    // that is poor ("talkin badly to ppl"); other forms of the verb keep it ("talk rudely to").
    if (/^to$/.test(next.w))
      return [/(?:ing|in|n)$/.test(prev.w) ? at(prev.start, end, 'being rude') : at(start, end, 'rudely')];
    return [at(start, end, 'badly')];
  }
  if (
    w === 'shit' &&
    prev &&
    TALK.test(prev.w) &&
    (!next ||
      !DETERMINERS.has(next.w) ||
      // "talking shit & that she…": what follows is another clause.
      /[^\s]/.test(doc.text.slice(end, next.start)) ||
      (/^(?:some|all)$/.test(next.w) && next2 && /^(?:of|the|day)$/.test(next2.w)))
  )
    return [at(prev.start, end, trashTalk(prev.w))];
  // "a bad ass body": "badass" is praise.
  if (w === 'ass' && prev?.w === 'bad' && next && !isClauseEnd(doc, m.last - 1))
    return [at(prev.start, end, 'great')];
  // "give a fuck/shit/damn" → "care".
  if (
    prev &&
    (prev.w === 'a' || prev.w === 'one') &&
    prev2 &&
    GIVE[prev2.w] &&
    NOUN_SWEAR.test(w.replace(/s$/, ''))
  )
    return [replaceTokens(doc, m.first - 2, m.last, GIVE[prev2.w] as string)];
  // "they play shit music", "he gives shit advice", "she sings crap songs": after a verb that takes a
  // thing, a junk word right before its noun describes it ("bad"), no noun of its own ("things music").
  if (
    /^(?:shit|crap|shite)$/.test(w) &&
    prev &&
    OBJECT_VERB.test(prev.w) &&
    isJunkBeforeNoun(doc, m.first) &&
    !(next && (DETERMINERS.has(next.w) || TIME_WORD.test(next.w)))
  )
    return [at(start, end, 'bad')];
  if (prev && GIVE[prev.w] && (w === 'fuck' || w === 'fucks' || w === 'shit' || w === 'damn'))
    return [replaceTokens(doc, m.first - 1, m.last, GIVE[prev.w] as string)];
  // "dumb as shit", "cold as hell": an intensifier, so it goes ("dumb").
  if (
    (prev?.w === 'as' || (prev?.w === 'ass' && w !== 'ass' && asFuck(prev2, tok(doc, m.first - 3, s)))) &&
    prev2 &&
    NOUN_SWEAR.test(w) &&
    m.first - 2 >= s.first &&
    !DETERMINERS.has(prev2.w)
  )
    return [removeRange(doc, prev.start, end, leave)];
  // "that f*** guy": a masked f-word before a noun is an intensifier.
  if (
    w === 'fuck' &&
    chunk.includes('*') &&
    next &&
    !/[,;:.!?]/.test(doc.text.slice(end, next.start)) &&
    !/^(?:you|u|off|it|up|yourself|this|that|with|around)$/.test(next.w)
  )
    return [removeRange(doc, start, end, leave)];
  // Intensifiers before another word: "so fucking tired", "the damn car", "fuckin crazy"; after
  // "a", the article agrees with the next word ("a fucking animal" → "an animal").
  // "good luck with that you quer fucking homo.": an intensifier inside a name said to someone
  // at the end of the sentence; the name goes whole, "you" and all (the noun may be a slur).
  if (
    (FUCK_ING.test(w) || /^fu?c?k+(?:ing|in)$/.test(w)) &&
    next &&
    m.last + 1 === s.last &&
    isClauseEnd(doc, m.last)
  ) {
    // "keep crying me a river, fucking boy": a name set off by a comma; "…, boy" left alone would
    // still talk down to them. It goes whole, comma and all.
    const gap = m.first > s.first ? doc.text.slice((t[m.first - 1] as Token).end, start) : '';
    if (gap.includes(',') && /^[\s,]*$/.test(gap) && CALLED_AFTER_COMMA.test(next.w))
      return [at((t[m.first - 1] as Token).end + gap.indexOf(','), next.end, '')];
    // Only describing words between "you" and the swear ("you quer fucking homo"), never a verb
    // or a preposition ("you are from fucking michigan").
    let y = m.first - 1;
    while (
      y > s.first &&
      y >= m.first - 3 &&
      !/^(?:you|u|ya)$/.test((t[y] as Token).w) &&
      !COMMON_WORDS.has((t[y] as Token).w) &&
      !/^(?:are|r|is|was|were|be|am|from|to|in|on|at|of|with|for|by|like|than|about|been|being|get|got)$/.test(
        (t[y] as Token).w,
      )
    )
      y--;
    const you = t[y] as Token;
    const before = y - 1 >= s.first ? (t[y - 1] as Token) : undefined;
    if (
      y > s.first &&
      /^(?:you|u|ya)$/.test(you.w) &&
      before &&
      !TAKES_YOU.test(before.w) &&
      !/^(?:are|r|were|do|did|does|can|could|will|would|should|have|had|if|when|as|and|or|but|thank|thanks|bless)$/.test(
        before.w,
      ) &&
      !/[,;:]/.test(doc.text.slice(you.end, start)) &&
      /^\p{L}+$/u.test(next.w)
    )
      return [removeRange(doc, you.start, next.end, `Leave out “${doc.text.slice(you.start, next.end)}”`)];
  }
  if (FUCK_ING.test(w) && next && !/[,;:.!?]/.test(doc.text.slice(end, next.start))) {
    if (prev && (prev.w === 'a' || prev.w === 'an') && /^\p{L}/u.test(next.w) && article(next.w) !== prev.w)
      return [
        at(prev.start, end, /^A/.test(prev.raw) ? article(next.w).replace(/^a/, 'A') : article(next.w)),
      ];
    return [removeRange(doc, start, end, leave)];
  }
  // "the side-bitch called again": a name for a person fused with a hyphen; after a determiner the
  // sentence needs its noun ("the person called again").
  {
    const tail = chunk.slice(chunk.lastIndexOf('-') + 1).toLowerCase();
    // Before a noun ("his lil-bitch ways") it only describes; that stays with the removal below.
    const verbNext =
      !next ||
      /[,;:.!?]/.test(doc.text.slice(end, next.start)) ||
      isKnownVerb(next.w) ||
      isPastForm(next.w) ||
      /^(?:is|was|are|were|has|had|have|will|would|can|could|should|did|does|do|just|always|never|who|that)$/.test(
        next.w,
      );
    if (
      /^\p{L}+-\p{L}+$/u.test(chunk) &&
      PERSON_SWEAR.test(tail) &&
      prev &&
      DETERMINERS.has(prev.w) &&
      verbNext
    )
      return [at(start, end, /(?:es|[^s]s)$/.test(tail) && tail !== 'ass' ? 'people' : 'person')];
  }
  // "ass-cracked", "ass-kicking": the word after the hyphen says it.
  if (/^(?:ass|arse)-\p{L}{3,}$/iu.test(chunk)) return [at(start, end, chunk.slice(chunk.indexOf('-') + 1))];
  // "long-ass day": an intensifier fused with a hyphen.
  if (/-ass$/.test(chunk.toLowerCase())) return [at(start, end, chunk.slice(0, chunk.lastIndexOf('-')))];
  // "heels bigger than your dick", "kicked him in the dick": a body part is not a person; the
  // phrase that names it goes, preposition and all, and the clause before it stands.
  if (
    BODY_PART.test(w) &&
    prev &&
    prev2 &&
    BODY_OWNER.has(prev.w) &&
    BODY_PREP.has(prev2.w) &&
    (prev.w !== 'the' || /^(?:in|on|into|than)$/.test(prev2.w))
  ) {
    const after = tok(doc, m.last, s);
    // "bigger than your dick": the comparison keeps its other side, "than yours".
    const owned = { your: 'yours', ur: 'yours', his: 'his', her: 'hers', my: 'mine', their: 'theirs' }[
      prev.w
    ];
    if (prev2.w === 'than' && owned) return [at(prev.start, end, owned)];
    if (!after || isClauseEnd(doc, m.last - 1) || LAUGHTER.test(after.w)) {
      const p3 = tok(doc, m.first - 3, s);
      const from = p3 && /^(?:right|straight|just)$/.test(p3.w) && m.first - 3 > s.first ? p3 : prev2;
      if (m.first - (from === prev2 ? 2 : 3) > s.first)
        return [removeRange(doc, from.start, end, `Leave out “${doc.text.slice(from.start, end)}”`)];
    }
  }
  // "you don't wash your dick?", "his ginger cock": after an owner the word is a body part, never
  // a person; the plain word for it.
  if (
    /^(?:dick|dicks|cock|cocks|pussy|pussies)$/.test(w) &&
    next?.w !== 'of' &&
    !/^hats?$/.test(next?.w ?? '') &&
    bodyOwnerBefore(doc, m.first, s.first)
  ) {
    // "my dick is called penguin": "privates" takes the plural verb.
    const verb = next && !/^(?:dicks|cocks|pussies)$/.test(w) ? PLURAL_OF_VERB[next.w] : undefined;
    if (verb && next && /^ +$/.test(doc.text.slice(end, next.start)))
      return [at(start, next.end, `privates ${verb}`)];
    return [at(start, end, 'privates')];
  }
  // "my sister is a damn fucked up bitch.": a label after a copula, with its swearing and describing
  // words, is said plainly ("out of line"); dropping the label alone would leave "a messed up.".
  if (
    PERSON_SWEAR.test(w) &&
    !plural &&
    // "she is a major bitch and everyone knows it": a clause joined on after it is no object of it.
    (isClauseEnd(doc, m.last - 1) ||
      (next &&
        /^(?:and|but|so|because|cause|cuz)$/.test(next.w) &&
        !/[,;:.!?]/.test(doc.text.slice(end, next.start))))
  ) {
    let k = m.first;
    while (
      k > s.first &&
      k > m.first - 5 &&
      !/^(?:a|an)$/.test((t[k - 1] as Token).w) &&
      /^\p{L}+$/u.test((t[k - 1] as Token).w) &&
      (FUCK_ING.test((t[k - 1] as Token).w) ||
        /^(?:up|fucked|effed|messed|real|total|complete|utter|absolute|big|stupid|dumb|major|huge|massive|giant|royal|grand|proper)$/.test(
          (t[k - 1] as Token).w,
        ))
    )
      k--;
    let c = k - 2;
    while (c > s.first && /ly$/.test((t[c] as Token).w)) c--;
    if (
      k < m.first &&
      k - 1 > s.first &&
      /^(?:a|an)$/.test((t[k - 1] as Token).w) &&
      c >= s.first &&
      /^(?:is|was|be|being|he's|she's|hes|shes|that's|thats|are|were|you're|youre|ur|r)$/.test(
        (t[c] as Token).w,
      ) &&
      !/[,;:]/.test(doc.text.slice((t[k - 1] as Token).end, start))
    )
      return [replaceTokens(doc, k - 1, m.last, 'out of line')];
    // "she is a stone cold bitch", "he was a greedy bastard": plain describing words of their own say
    // it; the label and its "a" go ("she is stone cold"), not "a stone cold person".
    const a =
      m.first - 2 >= s.first && /^(?:a|an)$/.test((t[m.first - 2] as Token).w) ? m.first - 2 : m.first - 3;
    const cop = a - 1 >= s.first ? (t[a - 1] as Token).w : '';
    if (
      a > s.first &&
      /^(?:a|an)$/.test((t[a] as Token).w) &&
      /^(?:is|was|he's|she's|hes|shes|you're|youre|ur)$/.test(cop) &&
      /^ +(?:\p{L}+ +)?\p{L}+ +$/u.test(doc.text.slice((t[a] as Token).end, start)) &&
      /(?:cold|ed|ful|ous|ive|ic|less|ish|y)$/.test((t[m.first - 1] as Token).w) &&
      // "a tremendous cunt": a word of degree only says how much; "tremendous" alone would praise.
      !/^(?:tremendous|enormous|monstrous|colossal|gigantic|ginormous|massive|absolute|utter|total|complete|royal|bloody|goddamned|damned|very|really|fully|truly)$/.test(
        (t[m.first - 1] as Token).w,
      ) &&
      !FUCK_ING.test((t[m.first - 1] as Token).w) &&
      !(a === m.first - 3 && FUCK_ING.test((t[m.first - 2] as Token).w)) &&
      // "a lazy useless prick": two describing words would need their "and"; one before the last
      // may only say how ("stone cold", "very greedy").
      !(
        a === m.first - 3 &&
        /(?:cold|ed|ful|ous|ive|ic|less|ish|y)$/.test((t[m.first - 2] as Token).w) &&
        !/^(?:very|really|pretty|truly)$/.test((t[m.first - 2] as Token).w)
      )
    )
      return [
        at(
          (t[a] as Token).start,
          end,
          doc.text.slice((t[a + 1] as Token).start, (t[m.first - 1] as Token).end),
        ),
      ];
  }
  // "they are retarded assholes": a plural label said of them after a copula, with its describing
  // words, is said plainly ("are out of line"); "are people" would say nothing.
  if (PERSON_SWEAR.test(w) && plural && isClauseEnd(doc, m.last - 1)) {
    let k = m.first;
    while (
      k > s.first &&
      k > m.first - 3 &&
      // Only swears and slurs go with it; "sneaky bastards" keeps what it says ("sneaky people").
      (FUCK_ING.test((t[k - 1] as Token).w) ||
        /^(?:retarded|retard|stupid|dumb|damn|goddamn|bloody|total|complete|absolute|utter|real)$/.test(
          (t[k - 1] as Token).w,
        ))
    )
      k--;
    let c = k - 1;
    while (c > s.first && /^(?:all|just|such|really|truly|clearly|obviously|both)$/.test((t[c] as Token).w))
      c--;
    if (
      c >= s.first &&
      /^(?:are|were|r|be|being|been|they're|theyre|you're|youre|we're|ur)$/.test((t[c] as Token).w) &&
      !/[,;:]/.test(doc.text.slice((t[c] as Token).end, start))
    )
      return [replaceTokens(doc, c + 1, m.last, 'out of line')];
  }
  // People: "the assholes at the gas station", "this bitch in school".
  if (PERSON_SWEAR.test(w) && next && /^(?:boy|boys|girl|girls|man|men|guy|guys|dude|dudes)$/.test(next.w))
    // "sit down, bitch boy": a name said to them with nothing to say who; "boy" alone still talks
    // down, so the name goes whole.
    return [
      removeRange(
        doc,
        start,
        !prev || (!DETERMINERS.has(prev.w) && isClauseEnd(doc, m.last)) ? next.end : end,
        leave,
      ),
    ];
  if (PERSON_SWEAR.test(w)) {
    // "she called me bitch in front of everyone": the name reported, "names".
    if (prev && prev2 && /^(?:me|him|her|us|them)$/.test(prev.w) && CALL.test(prev2.w))
      return [at(start, end, 'names')];
    // "any dick politicians", "that douchebag attitude": a describing word; it goes.
    if (
      prev &&
      (DETERMINERS.has(prev.w) || /^(?:any|every|such|other|another)$/.test(prev.w)) &&
      m.last === m.first + 1 &&
      personSwearBeforeNoun(doc, m.first)
    ) {
      if (prev.w === 'a' || prev.w === 'an') {
        const nx = t[m.last] as Token;
        return [
          at(
            prev.start,
            nx.start,
            `${/^A/.test(prev.raw) ? article(nx.w).replace(/^a/, 'A') : article(nx.w)} `,
          ),
        ];
      }
      return [removeRange(doc, start, end, leave)];
    }
    // "…my edit, you cancer ridden cunt.": a name said to someone after a comma goes with its
    // "you" and the describing words between.
    if (isClauseEnd(doc, m.last - 1)) {
      for (let k = m.first - 1; k > s.first && k >= m.first - 4; k--) {
        const w2 = (t[k] as Token).w;
        if (/^(?:you|u|ya)$/.test(w2)) {
          if (k < m.first - 1 && /,\s*$/.test(doc.text.slice((t[k - 1] as Token).end, (t[k] as Token).start)))
            return [removeRange(doc, (t[k] as Token).start, end, leave)];
          break;
        }
        if (
          COMMON_WORDS.has(w2) ||
          !/^\p{L}{3,}$/u.test(w2) ||
          /[,;:]/.test(doc.text.slice((t[k] as Token).end, (t[k + 1] as Token).start))
        )
          break;
      }
    }
    // "sure bitch, see you later", "why didn't you call me bitch?": a name said to someone goes.
    if (!plural && isClauseEnd(doc, m.last - 1) && isVocative(doc, m.first)) {
      // "are you done yet racist motherfucker,": the describing words before it go with it, or they
      // would be left as the name ("are you done yet racist,").
      let k = m.first;
      while (
        k - 1 > s.first &&
        k > m.first - 3 &&
        /^\p{L}{4,}$/u.test((t[k - 1] as Token).w) &&
        !COMMON_WORDS.has((t[k - 1] as Token).w) &&
        !DETERMINERS.has((t[k - 1] as Token).w) &&
        // A describing word: "racist", "annoying", "lazy", "pathetic" (not "back", "later"); a swear
        // of its own ("tough shit asshole") is another finding's.
        (valence((t[k - 1] as Token).w) < 0 ||
          /(?:ist|ing|ous|ful|less|ish|ic|ant|ent)$/.test((t[k - 1] as Token).w)) &&
        !/^(?:shit|fuck|fuk|fck|damn|hell|crap|ass|piss|bitch|cunt|dick|mother)/.test(
          (t[k - 1] as Token).w,
        ) &&
        /^ +$/.test(doc.text.slice((t[k - 1] as Token).end, (t[k] as Token).start))
      )
        k--;
      const before = t[k - 1] as Token;
      // "you'll be ' sarcastic bitch! '": after a copula the describing word is what they are; it stays.
      if (
        k < m.first &&
        !DETERMINERS.has(before.w) &&
        // "you fucking stupid troll cunt": the name said with its "you" is another branch's; "keep on
        // sucking dick": a verb in -ing after "on" is no describing word, nor after an order to stop
        // or keep at it ("quit crying bitch": what to quit stays).
        !/^(?:a|an|such|so|very|really|is|are|was|were|be|been|being|am|get|got|too|looks?|seems?|you|u|ya|on|keep|keeps|kept|stop|stops|stopped|start|quit|quits|finish|avoid|enjoy|mind)$/.test(
          before.w,
        ) &&
        /^ +$/.test(doc.text.slice(before.end, (t[k] as Token).start))
      )
        return [removeRange(doc, (t[k] as Token).start, end, leave)];
      return [removeRange(doc, start, end, leave)];
    }
    // "dont tell me to follow back bitch i said i would": a name said to someone before the next
    // clause's subject goes too.
    if (
      !plural &&
      m.first > s.first &&
      next &&
      /^(?:i|im|i'm|we|he|she|they)$/.test(next.w) &&
      prev &&
      !/^(?:you|u|ya|yo|ur|your)$/.test(prev.w) &&
      isVocative(doc, m.first)
    )
      return [removeRange(doc, start, end, leave)];
    // "Karma whores", "attention whore": a noun before it names what they chase.
    if (/^whores?$/.test(w) && prev && CHASED.has(prev.w))
      return [at(start, end, `${prev.w === 'attention' ? 'seeker' : 'chaser'}${plural ? 's' : ''}`)];
    // "she is a real bitch to everyone", "what a total prick": a word that only says how much the
    // label fits would praise "person"; the idiom "a real pain" keeps what was meant.
    if (
      !plural &&
      prev &&
      prev2 &&
      DEGREE_BEFORE_LABEL.test(prev.w) &&
      /^(?:a|an)$/.test(prev2.w) &&
      // "a total bitch stole my seat": as the subject it names someone; "person" stays.
      m.first - 2 > s.first &&
      /^ +$/.test(doc.text.slice(prev.end, start))
    ) {
      const degree = prev.w === 'grand' ? 'real' : prev.raw;
      return [at(prev2.start, end, `a ${degree} pain`)];
    }
    // "his side bitch", "side-bitches": a lover on the side, "side piece".
    if (/^bitch(?:es)?$/.test(w) && prev?.w === 'side') return [at(start, end, plural ? 'pieces' : 'piece')];
    // "humourless cunts", "a lying, deceitful bastard": the describing words say it; the swear is a person.
    // "dont tell me to follow back bitch i said…", "go away bitch": after an order's particle the
    // name is said to them, and goes.
    if (!plural && prev && /^(?:back|up|down|out|off|away|over|again|already|lol|lmao|haha)$/.test(prev.w))
      return [removeRange(doc, start, end, leave)];
    // "see you in the morning bitch": a time said before it; the name said to them goes.
    if (
      prev &&
      /^(?:morning|evening|night|afternoon|weekend|tonight|tomorrow|today|later|soon)$/.test(prev.w) &&
      isClauseEnd(doc, m.last - 1)
    )
      return [removeRange(doc, start, end, leave)];
    if (
      prev &&
      !DETERMINERS.has(prev.w) &&
      !COMMON_WORDS.has(prev.w) &&
      /^\p{L}{4,}$/u.test(prev.w) &&
      !PERSON_SWEAR.test(prev.w) &&
      !(prev.w === 'little' && !plural)
    )
      // "damned asshole trouble maker", "lazy bastard rule breakers": before a noun (or a compound
      // ending in one) it only describes it, and goes.
      return [
        m.last === m.first + 1 &&
        (DOER_NOUN.test(next?.w ?? '') ||
          (next !== undefined &&
            /^\p{L}{3,}$/u.test(next.w) &&
            DOER_NOUN.test(tok(doc, m.last + 1, s)?.w ?? '') &&
            doc.text.slice(next.end, (tok(doc, m.last + 1, s) as Token).start) === ' ')) &&
        personSwearBeforeNoun(doc, m.first)
          ? removeRange(doc, start, end, leave)
          : at(start, end, plural ? 'people' : 'person'),
      ];
    // "motherfuckers like you don't belong here": the subject of the sentence; a plain noun.
    if (m.first === s.first && next?.w === 'like') return [at(start, end, plural ? 'people' : 'person')];
    // "bitch you better…", "bitch that was last year!": a name-call opening the sentence goes.
    if (
      m.first === s.first &&
      next &&
      (!DETERMINERS.has(next.w) ||
        (/^(?:that|this|it)$/.test(next.w) && next2 && /^(?:is|was|'s)$/.test(next2.w)))
    )
      return [removeRange(doc, start, end, leave)];
    // "i am not your little bitch": someone who does what another says, "little" and all.
    if (
      /^bitch(?:es)?$/.test(w) &&
      prev?.w === 'little' &&
      prev2 &&
      /^(?:your|ur|his|her|my|their|our|yo)$/.test(prev2.w)
    )
      return [at(prev.start, end, plural ? 'pushovers' : 'pushover')];
    if (prev && /^(little|lucky|poor|old|silly|cheeky|clever|sneaky)$/.test(prev.w))
      return [at(start, end, plural ? 'rascals' : 'rascal')];
    // "i dont eat them bitches": "them" already says who or what; the swear goes.
    if (prev?.w === 'them' && plural && isClauseEnd(doc, m.last - 1))
      return [removeRange(doc, start, end, leave)];
    // "he is your bitch", "i won't be his bitch": someone who does what another says; "person" would
    // say nothing.
    if (
      /^bitch(?:es)?$/.test(w) &&
      prev &&
      prev2 &&
      /^(?:your|ur|his|her|my|their|our)$/.test(prev.w) &&
      /^(?:is|was|are|were|be|being|been|not|'s|im|i'm|ur|you're|youre|he's|she's|hes|shes)$/.test(prev2.w)
    )
      return [at(start, end, plural ? 'pushovers' : 'pushover')];
    // "he is a d*ck", "she was a b!tch": a masked label after a copula and its article is what the
    // label says of them, as the unmasked word gets it ("a pain"), never "a person".
    if (
      !plural &&
      prev &&
      prev2 &&
      /^(?:a|an)$/.test(prev.w) &&
      /^(?:is|was|be|been|being|'s|he's|she's|hes|shes|it's|its|that's|thats)$/.test(prev2.w) &&
      isClauseEnd(doc, m.last - 1)
    )
      return [at(prev.start, end, /^A/.test(prev.raw) ? 'A pain' : 'a pain')];
    // "that bitch is so cold": the person, without the label; "even the assholes", with nothing
    // after that says who, "the people" would be everyone: "the rude people".
    if (prev && DETERMINERS.has(prev.w))
      return [
        at(
          start,
          end,
          // One person pointed at ("this bitch") is "person": a new label would read oddly.
          // "ignore the assholes and…", "the bastards raised the rent": the same wherever they stand.
          plural && prev.w === 'the' && !saysWhoAfter(doc, end)
            ? 'rude people'
            : plural
              ? 'people'
              : 'person',
        ),
      ];
    // "the word of the day is asshat": after a bare copula, what it says of them, "rude".
    if (!plural && prev && /^(?:is|was)$/.test(prev.w)) return [at(start, end, 'rude')];
    return [at(start, end, plural ? 'rude people' : 'rude person')];
  }
  // "kind of a jack ass", "that was sarcasm ass face": a name written as two words goes as one.
  if (
    w === 'ass' &&
    ((prev?.w === 'jack' && m.first - 1 > s.first) ||
      (next && /^(?:face|hat|wipe|whipe|clown|wad)$/.test(next.w)))
  ) {
    const tok0 = t[m.first] as Token;
    const a0 = prev?.w === 'jack' ? (prev as Token) : tok0;
    const a1 = prev?.w === 'jack' ? tok0 : (next as Token);
    const i0 = prev?.w === 'jack' ? m.first - 1 : m.first;
    const joinedPair = !/[\s]{2,}|[,;:.!?]/.test(doc.text.slice(a0.end, a1.start));
    if (joinedPair) {
      let k = i0 - 1;
      if (k > s.first && /^(?:u+m+|uh+|um+|total|real|big|complete|little)$/.test((t[k] as Token).w)) k--;
      const det = k >= s.first ? (t[k] as Token).w : '';
      if (/^(?:a|an|such)$/.test(det)) return [at(a0.start, a1.end, 'pain')];
      if (/^(?:the|this|that|ur|your|his|her|my)$/.test(det)) return [at(a0.start, a1.end, 'person')];
      if (isClauseEnd(doc, i0 + 1)) return [removeRange(doc, a0.start, a1.end, leave)];
    }
  }
  if (w === 'ass' || w === 'arse' || w === 'asses') {
    // "you bald looking ass", "you clown-looking ass": the whole form of address is the jab; cut
    // at "ass", "you bald looking" is left hanging. It goes whole, from "you".
    if (w === 'ass' && prev && /(?:^|-)looking$/.test(prev.w) && isClauseEnd(doc, m.last - 1)) {
      let y = m.first - 1;
      while (y > s.first && y > m.first - 5 && !/^(?:you|u|ya|yo)$/.test((t[y - 1] as Token).w)) y--;
      const you = y > s.first ? (t[y - 1] as Token) : undefined;
      // "you weird looking ass lol": laughing, it is teasing; the swear goes and the joke stays.
      if (you && y - 1 === s.first && laughing(doc)) {
        if (teasingWords(doc, y, m.first)) return [at(start, end, 'thing')];
        // "you ugly looking ass lol": the jab goes whole; the laugh stays, never a heavy line.
        if (/[\p{L}\p{N}]/u.test(doc.text.slice(end)) || LAUGH_EMOJI.test(doc.text.slice(end)))
          return [removeRange(doc, you.start, end, leave)];
      }
      if (you && /^(?:you|u|ya|yo)$/.test(you.w) && /^[\p{L}\s'-]+$/u.test(doc.text.slice(you.end, start)))
        return [
          y - 1 === s.first
            ? toSentenceEnd(doc, y - 1, "I'm really upset with you right now.")
            : removeRange(doc, you.start, end, leave),
        ];
    }
    // "shove it up your ass", "stick your opinion up your arse": the whole phrase is the jab; "keep
    // it" says the refusal.
    if (prev && prev2 && /^(?:your|ur|yo)$/.test(prev.w) && prev2.w === 'up') {
      let j = m.first - 3;
      while (j > s.first && j > m.first - 7 && !/^(?:shove|stick|cram|ram|jam)$/.test((t[j] as Token).w)) j--;
      const verb = t[j] as Token;
      if (
        j >= s.first &&
        j < m.first - 3 &&
        /^(?:shove|stick|cram|ram|jam)$/.test(verb.w) &&
        !/[,;:.!?]/.test(doc.text.slice(verb.end, start))
      ) {
        const obj = doc.text.slice((t[j + 1] as Token).start, (t[m.first - 3] as Token).end);
        return [at(verb.start, end, `${verb.raw[0] === 'S' ? 'Keep' : 'keep'} ${obj}`)];
      }
    }
    const idiom = assIdiom(doc, m, s);
    if (idiom) return [idiom];
    // "bigger than your ass": the comparison keeps its other side, "than yours".
    const owned =
      prev && { your: 'yours', ur: 'yours', his: 'his', her: 'hers', my: 'mine', their: 'theirs' }[prev.w];
    if (w === 'ass' && prev && owned && prev2?.w === 'than') return [at(prev.start, end, owned)];
    // "what's wrong with yo ass", "i'm coming for your ass": after a preposition at the clause's
    // end, "your ass" is the person; "you".
    if (
      w === 'ass' &&
      prev &&
      prev2 &&
      /^(?:your|ur|yo)$/.test(prev.w) &&
      /^(?:with|for|about)$/.test(prev2.w) &&
      isClauseEnd(doc, m.last - 1)
    )
      return [at(prev.start, end, 'you')];
    // "make an ass out of myself": make a fool of oneself.
    if (prev && /^(?:a|an)$/.test(prev.w) && next?.w === 'out' && next2?.w === 'of')
      return [at(prev.start, next2.end, 'a fool of')];
    // "that is gonna kick all asses", "kick some ass": to be great, "rock".
    const kickAt =
      prev && KICK.test(prev.w)
        ? m.first - 1
        : prev && /^(?:all|some|major|serious|much|more)$/.test(prev.w) && prev2 && KICK.test(prev2.w)
          ? m.first - 2
          : -1;
    if (kickAt >= s.first) {
      const k = t[kickAt] as Token;
      return [
        at(
          k.start,
          end,
          k.raw.replace(/^([Kk])ick/, (_, c: string) => (c === 'K' ? 'Rock' : 'rock')),
        ),
      ];
    }
    // "hes ass now": said of someone or something after a copula, "awful".
    if (prev && /^(?:hes|shes|he's|she's|thats|that's|is|was|its|it's)$/.test(prev.w) && w === 'ass')
      return [at(start, end, 'awful')];
    const objectOf = objectAss(doc, m.first, s.first);
    if (objectOf) return [objectOf];
    // "they are meanie asses!", "a weirdo ass": after a word that names a person ("meanie",
    // "weirdo"), "ass" only repeats it; the name stays, in the plural for "asses" ("meanies").
    if (
      prev &&
      prev2 &&
      NAMING_WORD.test(prev.w) &&
      !COMMON_WORDS.has(prev.w) &&
      isClauseEnd(doc, m.last - 1) &&
      /^(?:are|were|is|was|be|being|been|r|you|u|ya|such|a|an|some|those|these|them|total|real|little|big)$/.test(
        prev2.w,
      )
    )
      return w === 'asses' ? [at(prev.start, end, `${prev.raw}s`)] : [removeRange(doc, start, end, leave)];
    // "they were such bad asses": the praise "badasses", written apart; as one word it stays.
    if (prev?.w === 'bad' && prev2 && /^(?:are|were|is|was|be|such|a|some|real|total)$/.test(prev2.w))
      return [at(prev.start, end, `${prev.raw}${t[m.first]?.raw ?? w}`)];
    // "you [NAME] looking ass": a name called by looks; the whole call goes from its "you", and
    // without one ("that raggedy looking ass") the person stays.
    if (w === 'ass' && prev?.w === 'looking' && isClauseEnd(doc, m.last - 1)) {
      for (let k = m.first - 2; k >= Math.max(s.first, m.first - 5); k--) {
        const d = t[k] as Token;
        if (/[,;:.!?]/.test(doc.text.slice(d.end, (t[k + 1] as Token).start))) break;
        if ((d.w === 'you' || d.w === 'u') && k > s.first) {
          const before = t[k - 1] as Token;
          return [removeRange(doc, before.end, end, `Leave out “${doc.text.slice(d.start, end)}”`)];
        }
      }
      return [at(start, end, 'person')];
    }
    // "imma nosy ass.", "such a petty ass": the describing word is said of a person, who stays.
    if (
      w === 'ass' &&
      prev &&
      prev2 &&
      /^(?:a|an|imma|ima|such)$/.test(prev2.w) &&
      /^\p{L}{3,}$/u.test(prev.w) &&
      !COMMON_WORDS.has(prev.w) &&
      !PERSON_SWEAR.test(prev.w) &&
      isClauseEnd(doc, m.last - 1)
    )
      return [at(start, end, 'person')];
    // "that big ass gun": between a describing word and its noun, "ass" only says how much; it goes.
    if (
      w === 'ass' &&
      prev &&
      /^(?:big|huge|fat|long|little|small|old|crazy|cheap|weird|nice)$/.test(prev.w) &&
      prev2 &&
      /^(?:a|that|this|the|dat|some|his|her|my|your|their)$/.test(prev2.w) &&
      next &&
      /^\p{L}{3,}$/u.test(next.w) &&
      !isClauseEnd(doc, m.last - 1) &&
      !/[,;:.!?]/.test(doc.text.slice(end, next.start)) &&
      !/^(?:in|on|at|of|and|or|to|for|with|is|was|from|off|out|up|down|over)$/.test(next.w)
    )
      return [removeRange(doc, start, end, leave)];
    // "shut your ass up": the plain "shut up" is what is meant (and is reworded in its turn).
    if (w === 'ass' && prev && /^(?:your|ur|yo'?)$/.test(prev.w) && prev2?.w === 'shut' && next?.w === 'up')
      return [removeRange(doc, prev.start, end, `Leave out “${doc.text.slice(prev.start, end)}”`)];
    if (
      prev &&
      (/^(?:my|your|ur|his|her|their|our|yo'?|dat|that|this|the|a|her|nice|big|fat|lazy|own|some)$/.test(
        prev.w,
      ) ||
        // "a mud covered ass", "a sweat-soaked ass": what covers it says it is the body part.
        /^(?:covered|stained|smeared|caked|soaked|encrusted|splattered|streaked)$/.test(prev.w) ||
        // "shakira's ass that you were checking out", "shakira s ass": someone's, before a relative
        // clause or at the clause's end, is the body part.
        (/^\p{L}+'s$|^s$/u.test(prev.w) &&
          (!next ||
            isClauseEnd(doc, m.last - 1) ||
            /^(?:that|which|you|you're|youre|he|she|they|i)$/.test(next.w))) ||
        // "my thighs and ass are aching", "legs and ass": joined to another part of the body, or
        // the subject of its own verb, it is the body part; left out, "and" would dangle.
        (/^(?:and|&|n|or)$/.test(prev.w) &&
          ((prev2 !== undefined &&
            (BODY_SORE.test(prev2.w) || /^(?:thighs|arms|back|abs|butt|chest|tits|boobs)$/.test(prev2.w))) ||
            (next !== undefined &&
              /^(?:is|are|was|were|hurts|hurt|aches|ache|aching|feels|looks|still)$/.test(next.w)))))
    )
      return [at(start, end, w === 'asses' ? 'butts' : 'butt')];
    // "asses that hot should be illegal", "those asses so big", "because asses like that…": the
    // subject of what follows, said of how it looks; left out, the clause would have none.
    if (
      next &&
      /^(?:that|so|this|too|are|is|were|was|look|looks|looked|be|like)$/.test(next.w) &&
      (m.first === s.first ||
        (prev !== undefined &&
          /^(?:those|these|them|dem|all|such|both|two|because|cause|cuz|coz|cos|bc|and|but|so|if|when|since|while)$/.test(
            prev.w,
          ))) &&
      !isClauseEnd(doc, m.last - 1)
    )
      return [at(start, end, w === 'asses' ? 'butts' : 'butt')];
    return [removeRange(doc, start, end, leave)];
  }
  // "fuck me like you mean it", "fuck me tonight": opening the sentence and going on, the verb asked
  // for, not a sigh ("ugh me like you mean it" is no English); said plainly, "sleep with me".
  if (
    (w === 'fuck' || w === 'fuk' || w === 'fck') &&
    m.first === s.first &&
    m.last === m.first + 1 &&
    next?.w === 'me' &&
    next2 &&
    /^ +$/.test(doc.text.slice(end, next.start) + doc.text.slice(next.end, next2.start)) &&
    /^(?:like|tonight|baby|babe|daddy)$/.test(next2.w)
  )
    return [at(start, end, /^\p{Lu}/u.test(chunk) ? 'Sleep with' : 'sleep with')];
  // "fuck me, it's late", "i tried again and fuck me...": an exclamation with its "me", a sigh;
  // never the "me" left alone. Not asked of someone ("wanna fuck me", "you can fuck me").
  if (
    (w === 'fuck' || w === 'fuk' || w === 'fck') &&
    next?.w === 'me' &&
    m.last === m.first + 1 &&
    /^ +$/.test(doc.text.slice(end, next.start)) &&
    (isClauseEnd(doc, m.last) || next2?.w === 'and') &&
    !(
      prev &&
      /^(?:to|wanna|gonna|will|would|can|could|please|you|u|ya|let|dont|don't|didnt|didn't|he|she|they|just|go|come|should|gotta|never)$/.test(
        prev.w,
      )
    )
  )
    // "fuck me and fuck this job": the sigh parted from what follows by a comma ("ugh, and …").
    return [
      at(
        start,
        next.end,
        `${/^\p{Lu}/u.test(chunk) ? 'Ugh' : 'ugh'}${next2?.w === 'and' && /^ +$/.test(doc.text.slice(next.end, next2.start)) ? ',' : ''}`,
      ),
    ];
  // "missed the bus again, fuck my life", "fuck me and fuck my life": a sigh at one's own luck
  // after what happened; the curse left out would leave "my life" hanging on "and" or a comma.
  // "just my luck". Opening its sentence ("fuck my life!"), the sigh ("ugh my life!").
  if (
    m.first > s.first &&
    /^(?:fuck|fuk|fck|screw)$/.test(w) &&
    next?.w === 'my' &&
    next2?.w === 'life' &&
    m.last === m.first + 1 &&
    isClauseEnd(doc, m.first + 2) &&
    /^ +$/.test(doc.text.slice(end, next.start)) &&
    !(
      prev &&
      /^(?:to|wanna|gonna|will|would|can|could|you|u|he|she|they|dont|don't|didnt|didn't|never)$/.test(prev.w)
    )
  ) {
    // "fuck me and fuck my life": after "and", the luck is said beside the sigh ("ugh, just my
    // luck"; "lost my keys, just my luck").
    const and = prev?.w === 'and' && m.first - 2 >= s.first && /^ +$/.test(doc.text.slice(prev.end, start));
    const sigh =
      and &&
      m.first - 3 >= s.first &&
      (t[m.first - 2] as Token).w === 'me' &&
      /^(?:fuck|fuk|fck)$/.test((t[m.first - 3] as Token).w)
        ? (t[m.first - 3] as Token)
        : undefined;
    if (sigh)
      return [at(sigh.start, next2.end, `${/^\p{Lu}/u.test(sigh.raw) ? 'Ugh' : 'ugh'}, just my luck`)];
    return and
      ? [at((t[m.first - 2] as Token).end, next2.end, ', just my luck')]
      : [at(start, next2.end, /^\p{Lu}/u.test(chunk) ? 'Just my luck' : 'just my luck')];
  }
  // "Fuck that guy.", "Fuck Reddit's rules.": a curse on something is being fed up with it.
  if (
    (w === 'fuck' || w === 'screw') &&
    next &&
    (m.first === s.first ||
      isImperativeStart(doc, m.first) ||
      // "enough✨fuck trump✨": after a decoration, a new start.
      (prev !== undefined && DECORATED.test(doc.text.slice(prev.end, start))) ||
      // "buy a new one and fuck the car": a second curse joined with "and".
      (prev && /^(?:and|&|n)$/.test(prev.w) && m.first - 1 > s.first)) &&
    !/[,;:.!?]/.test(doc.text.slice(end, next.start)) &&
    (/^(?:that|those|these|the|his|her|their|all|every|everyone|everybody|them|him)$/.test(next.w) ||
      /^\p{Lu}/u.test(next.raw) ||
      // "fuck trump", "honestly fuck trump and his wall": a name or a thing, and its clause ends.
      (/^\p{L}{2,}$/u.test(next.w) &&
        !NOT_CURSED.test(next.w) &&
        !INTERJECTION.test(next.w) &&
        (isClauseEnd(doc, m.last) ||
          next2?.w === 'and' ||
          // "fuck me and fuck windows movie maker": a second curse, what it names runs on.
          (prev?.w === 'and' && /^(?:fuck|screw)$/.test(t[m.first - 3]?.w ?? '')))))
  )
    return [
      forgetNamed(doc, m.last, s, /^F/.test(chunk) ? 'Forget' : 'forget') ??
        replaceTokens(doc, m.first, m.last, /^F/.test(chunk) ? 'Forget' : 'forget'),
      replaceTokens(doc, m.first, m.last, "I'm really fed up with"),
    ];
  // "cried like fuck", "ran like hell": a lot. Not when a clause follows ("looking at my hands like
  // fuck i have things to do"): that "fuck" is an exclamation, and goes.
  if (prev?.w === 'like' && /^(?:fuck|hell)$/.test(w) && prev2 && !DETERMINERS.has(prev2.w)) {
    if (next && /^(?:i|i'm|im|i've|we|we're|you|you're|u|he|she|they|it's|this|that|there)$/.test(next.w))
      return [removeRange(doc, start, end, leave)];
    // "he's like fuck those guys": "like" reports a curse on someone, which is being done with them.
    if (w === 'fuck' && next && /^(?:those|these|them|him|her|everyone|everything)$/.test(next.w))
      return [at(start, end, 'forget')];
    // What "like fuck" follows says what it means: after a doing or a person ("it hurts like hell",
    // "i miss you like hell") a lot; after a linking verb and a describing word ("it's cold like
    // fuck") how much, "really cold"; after a thing named with its determiner ("a boring convo like
    // fuck") only heat, which goes.
    if (!isKnownVerb(prev2.w) && !isKnownVerb(prev2.w.replace(/s$/, '')) && !isPastForm(prev2.w)) {
      const prev3 = t[m.first - 3];
      if (
        prev3 &&
        /^(?:is|was|are|were|it's|its|i'm|im|be|being|feel|feels|felt|look|looks|looked|so|get|got|gets)$/.test(
          prev3.w,
        )
      )
        return [at(prev2.start, end, `really ${prev2.raw}`)];
      for (let k = m.first - 3; k >= Math.max(s.first, m.first - 5); k--) {
        const d = t[k] as Token;
        if (/[,;:.!?]/.test(doc.text.slice(d.end, (t[k + 1] as Token).start))) break;
        if (/^(?:a|an|the|this|that|my|your|ur|his|her|our|their)$/.test(d.w))
          return [at(prev2.end, end, '')];
      }
    }
    return [at(prev.start, end, 'a lot')];
  }
  // "I got shit on by my boss", "she was shit on at work": the passive of the verb, "dumped on".
  if (
    w === 'shit' &&
    next?.w === 'on' &&
    doc.text.slice(end, next.start) === ' ' &&
    prev &&
    // "even when shit on by critics": "when" or "after" before a passive that dropped its "being".
    /^(?:got|get|gets|getting|gotten|was|were|been|be|being|is|are|am|i'm|im|when|after|once|if)$/.test(
      prev.w,
    ) &&
    (m.last + 1 >= s.last ||
      isClauseEnd(doc, m.last) ||
      /^(?:by|like|again|all|constantly|every|at|for|in|today|so|and)$/.test(next2?.w ?? ''))
  )
    return [at(start, end, prev.w === 'after' ? 'being dumped' : 'dumped')];
  // "thats shit is creepy": "thats" typed for "that", the swear its noun before the verb; "stuff".
  if (
    /^(?:shit|crap)$/.test(w) &&
    prev &&
    /^(?:thats|that's|dats)$/.test(prev.w) &&
    next &&
    /^(?:is|was|are|were|looks|sounds|smells|seems|gets|makes)$/.test(next.w) &&
    /^ +$/.test(doc.text.slice(end, next.start))
  )
    return [at(prev.start, end, `${prev.raw.startsWith('T') ? 'That' : 'that'} stuff`)];
  // "the sound is crap", "it'll be shit tonight": said of a thing, "awful".
  if (
    (/^(?:shit|crap|shite)$/.test(w) ||
      (w === 'ass' && prev && /^(?:hes|shes|he's|she's|thats|that's|is|was)$/.test(prev.w))) &&
    prev &&
    /^(?:is|was|be|are|were|been|it's|that's|its|thats|looks|sounds|seems|hes|shes|he's|she's)$/.test(prev.w)
  )
    return [at(start, end, 'awful')];
  if (w === 'shite' && prev && DETERMINERS.has(prev.w)) return [at(start, end, 'stuff')];
  // "Abso-goddamn-lutely": the word without the swear inside it.
  // "dodgy-as-hell": the describing word alone.
  if (/^\p{L}+-as-(?:hell|fuck|shit)$/iu.test(chunk)) return [at(start, end, chunk.split('-')[0] as string)];
  if (/^\p{L}+-(?:goddamn|fucking|fuckin|freaking|bloody|damn|effing)-\p{L}+$/iu.test(chunk)) {
    const parts = chunk.split('-');
    return [at(start, end, `${parts[0]}${parts[2]}`)];
  }
  // "a load of crap", "full of shit": nonsense.
  if (
    (NOUN_SWEAR.test(w) || w === 'shite') &&
    prev?.w === 'of' &&
    prev2 &&
    /^(?:load|loads|bunch|pile|heap|full|lot|lots|crock)$/.test(prev2.w)
  )
    return [at(start, end, 'nonsense')];
  // "have i fuck", "did he fuck": a British no ("have I heck"), never "forget".
  if (
    w === 'fuck' &&
    prev &&
    prev2 &&
    /^(?:i|you|u|he|she|we|they|it)$/.test(prev.w) &&
    /^(?:have|has|had|did|do|does|will|would|was|were|am|is|are|can|could)$/.test(prev2.w) &&
    m.first - 2 === s.first &&
    (!next || isClauseEnd(doc, m.last - 1) || (VOCATIVE_AFTER.test(next.w) && isClauseEnd(doc, m.last)))
  )
    return [at(start, end, 'heck')];
  // "... get there fuck twitterjail": a curse on something, mid-sentence: "forget it".
  if (
    w === 'fuck' &&
    next &&
    !/[,;:.!?]/.test(doc.text.slice(end, next.start)) &&
    !(
      prev &&
      (DETERMINERS.has(prev.w) || /^(?:like|as|than|of|to|in|on|at|for|and|or|who|what|the)$/.test(prev.w))
    ) &&
    !isImperativeStart(doc, m.first) &&
    !/^(?:it|up|off|you|u|me|with|around|about|yourself|all|yes|yeah|yea|no|nope)$/.test(next.w) &&
    !(next2 && next2.w === 'up')
  ) {
    // Only before what is cursed ("fuck that hoe", "fuck her"); elsewhere ("a total fuck story",
    // "fuck i look like him") the word is only heat, and goes.
    if (
      /^(?:the|that|this|those|these|her|him|them|em|his|their|everyone|everybody|everything)$/.test(
        next.w,
      ) ||
      (/^\p{Lu}/u.test(next.raw) && next.w !== 'i') ||
      // "… get there fuck twitterjail!!": one word closing the clause is what is cursed.
      (/^\p{L}{3,}$/u.test(next.w) &&
        (!next2 || /[,;:.!?]/.test(doc.text.slice(next.end, next2.start))) &&
        !NOT_CURSED.test(next.w) &&
        !INTERJECTION.test(next.w) &&
        !VOCATIVE_AFTER.test(next.w) &&
        curseOpensClause(doc, prev, start))
    )
      return [forgetNamed(doc, m.last, s, 'forget') ?? replaceTokens(doc, m.first, m.last, 'forget')];
    return [removeRange(doc, start, end, leave)];
  }
  // "done fuck all": nothing.
  if (
    w === 'fuck' &&
    next?.w === 'all' &&
    prev &&
    !DETERMINERS.has(prev.w) &&
    !/[-,;:.!?]/.test(doc.text.slice(end, next.start)) &&
    !(next2 && DETERMINERS.has(next2.w))
  )
    return [at(start, next.end, 'nothing')];
  // "fuck yes", "fuck no": the answer alone.
  if (w === 'fuck' && next && /^(?:yes|yeah|yea|no|nope)$/.test(next.w))
    return [removeRange(doc, start, end, leave)];
  // "the crap retirement system", "a shit movie": a describing word before a noun goes ("a" takes "bad").
  if (
    /^(?:shit|crap|shite)$/.test(w) &&
    prev &&
    ((DETERMINERS.has(prev.w) && prev.w !== 'no') || prev.w === 'such') &&
    isJunkBeforeNoun(doc, m.first) &&
    !(next && DETERMINERS.has(next.w))
  ) {
    if (prev.w === 'a' || prev.w === 'an') return [replaceTokens(doc, m.first - 1, m.last, 'a bad')];
    return [removeRange(doc, start, end, leave)];
  }
  // "you've shit on me all month", "they shit on everyone": to treat someone badly, "dump on".
  if (
    (w === 'shit' || w === 'shits') &&
    next?.w === 'on' &&
    !/[,;:.!?]/.test(doc.text.slice(end, next.start)) &&
    prev &&
    SHIT_ON_BEFORE.test(prev.w) &&
    next2 &&
    /^(?:me|you|u|him|her|us|them|it|everyone|everybody|people|my|your|his|their|our)$/.test(next2.w)
  ) {
    const form =
      w === 'shits'
        ? 'dumps'
        : /(?:'ve|'d|^have|^has|^had|^he|^she|^it|^hes|^shes|^just)$/.test(prev.w)
          ? 'dumped'
          : 'dump';
    return [at(start, end, form)];
  }
  // "everyone steps in shit": steps in it.
  if (prev?.w === 'in' && prev2 && /^(?:step|steps|stepped|stepping)$/.test(prev2.w))
    return [at(start, end, 'it')];
  {
    const d = swearNounByPosition(doc, m, w);
    if (d) return d;
  }
  // Nouns: "this shit", "and shit", "like shit", "don't know shit".
  if ((NOUN_SWEAR.test(w) || w === 'shits' || w === 'crap') && !(w === 'fuck' && !fuckAsNoun(doc, m))) {
    const onlyWords = s.last - s.first;
    if (prev && (prev.w === 'and' || prev.w === 'or') && (!next || isClauseEnd(doc, m.first)))
      return [at(start, end, 'stuff')];
    if (prev?.w === 'like') {
      // "feel like shit" → "feel awful"; "tweet like shit" → "tweet badly".
      const verb = tok(doc, m.first - 2, s);
      return [at((prev as Token).start, end, verb && SENSE_VERB.test(verb.w) ? 'awful' : 'badly')];
    }
    if (prev && (prev.w === 'a' || prev.w === 'an') && negatedBefore(doc, m.first, 4))
      return [at(start, end, 'thing')];
    {
      const d = sackOfVocative(doc, m, s);
      if (d) return [d];
    }
    if (prev && !DETERMINERS.has(prev.w) && prev.w !== 'no' && negatedNear(doc, m.first, s.first))
      return [at(start, end, 'anything')];
    if (
      prev &&
      (DETERMINERS.has(prev.w) ||
        /^(?:about|of|with|for|from|on|in|into|different|same|other|real|weird|crazy|good|bad|such|more|less|all|enough|much|any)$/.test(
          prev.w,
        ))
    )
      return [at(start, end, plainNoun(doc, m))];
    // "oh shit, hold on", "aww shit!": after "oh" or "aw", a plain "no".
    if (prev && /^(?:o|oh|ohh+|aw+|ah+)$/.test(prev.w) && (w === 'shit' || w === 'crap' || w === 'fuck')) {
      // "oooo shit now we're late": after a drawn-out "oooo" (surprise, not dismay) and before more
      // words the cry is one cry ("oooo, now we're late"), not two ("oooo no now"). "oh shit i left
      // the iron on" keeps its dismay ("oh no i left…").
      if (
        next &&
        /^o{3,}$/i.test(prev.raw) &&
        m.last === m.first + 1 &&
        /^ +$/.test(doc.text.slice(prev.end, start) + doc.text.slice(end, next.start)) &&
        /^\p{L}/u.test(next.w) &&
        !/^(?:no|nooo*|oh|man|god)$/.test(next.w)
      )
        return [at(prev.end, end, ',', leave)];
      // "oh shit no": the "no" is there already.
      if (next && /^no+$/.test(next.w) && /^ +$/.test(doc.text.slice(end, next.start)))
        return [at(prev.end, end, '', leave)];
      // "aww shit fasho i'm there", "oh shit bet": a yes follows, said gladly ("aww yeah fasho");
      // "oh shit yes" has its yes already ("oh yes").
      if (
        next &&
        /^(?:fasho|bet|yes+|yeah|ya|yea|yep|yup|sure)$/.test(next.w) &&
        /^ +$/.test(doc.text.slice(end, next.start))
      )
        return [/^(?:fasho|bet|sure)$/.test(next.w) ? at(start, end, 'yeah') : at(prev.end, end, '', leave)];
      return [at(start, end, ohSurprise(doc, m.last, s.last) ? 'wow' : 'no')];
    }
    // On its own, or opening the sentence (after @mentions too): a sigh.
    let opens = m.first;
    while (opens > s.first && (t[opens - 1] as Token).mention) opens--;
    if (onlyWords <= 1 || opens === s.first || (prev && INTERJECTION.test(prev.w))) {
      if (!next || /[,;:.!?]/.test(doc.text.slice(end, next.start)) || isClauseEnd(doc, m.last - 1))
        return [at(start, end, 'ugh', 'Ugh')];
      if (opens === s.first) return [removeRange(doc, start, end, leave)];
    }
    return [at(start, end, plainNoun(doc, m))];
  }
  if (prev && /^(?:o|oh|ohh+|aw+|ah+)$/.test(prev.w) && w === 'fuck') return [at(start, end, 'no')];
  // "omg fuck you lol i wanted that": "fuck you" said in laughter, before the laugh; cut at "fuck",
  // "omg you lol" is left. Both go.
  if (
    (w === 'fuck' || w === 'fck' || w === 'screw') &&
    next &&
    next2 &&
    /^(?:you|u)$/.test(next.w) &&
    LAUGHTER.test(next2.w) &&
    /^ +$/.test(doc.text.slice(end, next.start)) &&
    // "she said fuck you lol": reported, the words are what was said; only said at them.
    (!prev || INTERJECTION.test(prev.w) || LAUGHTER.test(prev.w))
  )
    return [removeRange(doc, start, next.end, `Leave out “${doc.text.slice(start, next.end)}”`)];
  // "fuck you pay me", "fuck you give it back": a curse and then an order; without the curse, "you
  // pay me" reads as a claim. "fuck you" goes whole and the order stays ("pay me").
  if (
    (w === 'fuck' || w === 'fck' || w === 'screw') &&
    next &&
    next2 &&
    /^(?:you|u)$/.test(next.w) &&
    /^(?:pay|give|gimme|hand|send|show)$/.test(next2.w) &&
    /^(?:me|it|that|this|my)$/.test(tok(doc, m.first + 3, s)?.w ?? '') &&
    /^ +$/.test(doc.text.slice(end, next.start) + doc.text.slice(next.end, next2.start))
  )
    return [at(start, next2.start, '', `Leave out “${doc.text.slice(start, next.end)}”`)];
  // "fuck!", "Fuck, I'm late", "awww fuck fuck fuck!": a sigh.
  if (
    w === 'fuck' ||
    w === 'fuk' ||
    w === 'fck' ||
    w === 'shit' ||
    w === 'damn' ||
    w === 'hell' ||
    w === 'crap' ||
    w === 'bollocks'
  ) {
    // "i cannot find it fuck": closing a sentence of several words, it goes (nothing is lost).
    if (
      !next &&
      m.first > s.first + 1 &&
      prev &&
      !INTERJECTION.test(prev.w) &&
      /^\p{L}/u.test(prev.w) &&
      !/[,;:.!?*-]\s*$/.test(doc.text.slice(prev.end, start))
    ) {
      // "it was fine but damn.": the "but" would be left hanging; it goes too.
      if (/^(?:and|but|or|so|n)$/.test(prev.w) && m.first - 1 > s.first + 1)
        return [removeRange(doc, prev.start, end, `Leave out “${doc.text.slice(prev.start, end)}”`)];
      return [removeRange(doc, start, end, leave), at(start, end, 'ugh', 'Ugh')];
    }
    // "fuck if i know", "hell if I care": opening the sentence it says "no idea"; the idiom, plainly.
    const verb = tok(doc, m.first + 3, s);
    if (
      m.first === s.first &&
      next?.w === 'if' &&
      next2 &&
      /^(?:i|we)$/.test(next2.w) &&
      verb &&
      /^(?:know|knew|care|cared)$/.test(verb.w) &&
      !/[,;:.!?]/.test(doc.text.slice(end, verb.start))
    ) {
      const knows = /^kn/.test(verb.w);
      const cap = /^\p{Lu}/u.test(doc.text.slice(start, end));
      const said = knows ? (cap ? 'Who knows' : 'who knows') : `${cap ? 'I' : next2.raw} don't care`;
      return [at(start, verb.end, said)];
    }
    if (!next || /[,;:.!?]/.test(doc.text.slice(end, next.start)) || m.first === s.first)
      return [at(start, end, 'ugh', 'Ugh')];
  }
  if (next2 && next?.w === 'you' && m.first === s.first) return [removeRange(doc, start, end, leave)];
  // "calling women bitchy and moody": the word that opens a pair goes with its "and".
  if (
    next &&
    next2 &&
    /^(?:and|or|n|&)$/.test(next.w) &&
    !/[,;:.!?]/.test(doc.text.slice(end, next.start)) &&
    !(prev && /^(?:and|or|n|&|between|both|either)$/.test(prev.w)) &&
    /^\p{L}+$/u.test(next2.w)
  )
    return [removeRange(doc, start, next.end, leave)];
  return [removeRange(doc, start, end, leave)];
}

/** "talk shit" → "trash-talk", in the person's form of the verb ("chats" → "trash-talks"). */
function trashTalk(verb: string): string {
  if (!verb.startsWith('chat')) return `trash-${verb}`;
  return verb === 'chats' ? 'trash-talks' : /(?:ting|tin)$/.test(verb) ? 'trash-talking' : 'trash-talk';
}

/** Verbs after which "like a bitch" compares a person, not an intensifier ("sounds like a bitch"). */
const COMPARED =
  /^(?:sound|sounds|sounded|sounding|look|looks|looked|looking|seem|seems|seemed|act|acts|acted|acting|feel|feels|felt|feeling|be|being|is|was|are|were|am|treat|treats|treated|treating|talk|talks|talked|talking|smell|smells|behave|behaves|behaving|dress|dressed|dresses|walk|walks|walking|someone|anyone)$/;
/** Slang names for a person that no list of ours holds as a swear: "that bish", "those hoes". */
const SLANG_PERSON = /^(?:bish|biatch|biotch|beyotch|hoe|hoes|thot|thots|skank|skanks|ho|hos)$/;

/**
 * "fuck that bish", "screw those hoes": the curse's object is a name for a person; "forget" alone
 * would leave the name ("forget that bish"). The name goes with it: "forget that person", "forget
 * them". `k` is the token after the curse.
 */
function forgetNamed(doc: Doc, k: number, s: { first: number; last: number }, lead: string): Draft | null {
  const t = doc.tokens;
  const det = tok(doc, k, s);
  const name = tok(doc, k + 1, s);
  if (!det || !name || !/^(?:that|this|those|these|the)$/.test(det.w)) return null;
  if (!(SLANG_PERSON.test(name.w) || PERSON_SWEAR.test(name.w))) return null;
  if (!/^ +$/.test(doc.text.slice(det.end, name.start)) || !isClauseEnd(doc, k + 1)) return null;
  const many = /^(?:those|these)$/.test(det.w) || (/s$/.test(name.w) && !/ss$/.test(name.w));
  return at((t[k - 1] as Token).start, name.end, `${lead} ${many ? 'them' : `${det.w} person`}`);
}

const CALL = /^(?:call|calls|called|calling|callin)$/;

/** The report's verb and its tense: "told" → "called". */
const TOLD: Readonly<Record<string, string>> = {
  told: 'called',
  said: 'called',
  tells: 'calls',
  says: 'calls',
  tell: 'call',
  say: 'call',
  telling: 'calling',
  saying: 'calling',
};

/**
 * "he told me I'm a bitch", "she said that i was a whore": a name reported as said of the writer.
 * Swapped for a milder one ("he told me I'm a pain"), the report would put words in the other's
 * mouth; said plainly, "he called me names". The verb and "me" before the article at `a`.
 */
function toldMeNames(doc: Doc, a: number, s: { first: number }): { start: number; text: string } | null {
  const t = doc.tokens;
  let k = a - 1;
  const w = (i: number) => (i >= s.first ? ((t[i] as Token).w ?? '') : '');
  if (/^(?:i'm|im|i’m)$/.test(w(k))) k--;
  else if (/^(?:am|was)$/.test(w(k)) && w(k - 1) === 'i') k -= 2;
  else return null;
  if (w(k) === 'that') k--;
  if (/^me$/.test(w(k))) k--;
  const verb = TOLD[w(k)];
  if (!verb || k < s.first) return null;
  // "he told me" needs its "me"; "she said I'm…" has none.
  if (/^(?:told|tells|tell|telling)$/.test(w(k)) && !/^me$/.test(w(k + 1))) return null;
  for (let i = k; i < a; i++)
    if (/[,;:.!?"“”]/.test(doc.text.slice((t[i] as Token).end, (t[i + 1] as Token).start))) return null;
  return { start: (t[k] as Token).start, text: `${verb} me names` };
}

/**
 * "he called the guy an effin retard", "you shouldn't call your mother a bitch": the label is what
 * was said of someone; the report keeps its shape with "names" ("called your mother names").
 */
function calledNames(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  // The label is the chunk's last word ("an effin retard"); an article may stand before the chunk.
  // "an effin retard": intensifiers may stand between the article and the label.
  let a = m.first - 1;
  while (
    a > s.first &&
    (FUCK_ING.test((t[a] as Token).w) || /^(?:effin|effen|fkin|fuckinn)$/.test((t[a] as Token).w))
  )
    a--;
  const art = tok(doc, a, s);
  if (!art || !/^(?:a|an)$/.test(art.w)) return null;
  const reported = toldMeNames(doc, a, s);
  if (reported && isClauseEnd(doc, m.last - 1)) return at(reported.start, m.end as number, reported.text);
  for (let k = a - 1; k >= s.first && k >= a - 5; k--) {
    const tk = t[k] as Token;
    if (/[,;:.!?"“”]/.test(doc.text.slice(tk.end, (t[k + 1] as Token).start))) return null;
    // "I was called a whore by her", "she got called a bitch at work": reported, the name is
    // "names" too; "a pain" would say the writer called them one.
    if (CALL.test(tk.w))
      return k < a - 1 ||
        (k - 1 >= s.first &&
          /^(?:was|were|been|being|be|is|are|am|get|gets|got|getting|gotten|im|i'm)$/.test(
            (t[k - 1] as Token).w,
          ) &&
          !/^(?:it|this|that|thing|which|what)$/.test((t[k - 2] as Token | undefined)?.w ?? ''))
        ? at(art.start, m.end as number, 'names')
        : null;
    if (/^(?:is|was|are|were|be|been|being|and|but|or|because|if|when|what|who|like|than|as)$/.test(tk.w))
      return null;
  }
  return null;
}

/**
 * Is the person swear at token `i` a describing word before a noun ("any dick politicians", "a bitch
 * move", "that douchebag attitude")? Then it goes, and the noun stays. Not before a verb ("this
 * bitch hates me", "the dick stops giving milk", "that asshole lied").
 */
/** Nouns for one who does something ("maker", "breaker", "lord", "boss"): a swear before them describes. */
const DOER_NOUN = /^\p{L}+(?:er|or|ist|ian|lord|bour|bor|man|men|boss|mate)s?$/u;

function personSwearBeforeNoun(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  const next = tok(doc, i + 1, s);
  if (!next || isClauseEnd(doc, i) || doc.text.slice((doc.tokens[i] as Token).end, next.start) !== ' ')
    return false;
  const w = next.w;
  // "what an asshat dave has been": after "what a", the label is the exclamation's; a subject follows.
  const a2 = tok(doc, i - 2, s);
  if (
    a2?.w === 'what' &&
    /^(?:has|have|is|was|turned|proved|became|be|been|can|must)$/.test(tok(doc, i + 2, s)?.w ?? '')
  )
    return false;
  if (
    !/^\p{L}{3,}$/u.test(w) ||
    COMMON_WORDS.has(w) ||
    /^(?:must|might|may|shall|should|would|could|will)$/.test(w) ||
    // "its being a bitch today": a time or a word of stance follows, not a noun.
    /^(?:today|tonight|tomorrow|yesterday|sometimes|again|anyway|anymore|lately|tho|though|lol|lmao|haha|tbh|rn|af|bro|dude|next)$/.test(
      w.replace(/(\p{L})\1{2,}/gu, '$1'),
    ) ||
    /(?:ly|ing|ed|in)$/.test(w) ||
    isKnownVerb(w) ||
    isPastForm(w)
  )
    return false;
  if (PERSON_SWEAR.test(w) || /^(?:boy|boys|girl|girls|man|men|guy|guys|dude|dudes|ass|son)$/.test(w))
    return false;
  // A word in -s after a single swear is its verb ("this bitch hates me") unless the clause ends
  // after it ("to be scum suckers") or a verb follows ("any dick politicians has done").
  if (/[^s]s$/.test(w) && !/(?:s|es)$/.test((doc.tokens[i] as Token).w)) {
    const after = tok(doc, i + 2, s);
    return (
      !after ||
      isClauseEnd(doc, i + 1) ||
      /^(?:are|were|have|has|had|do|does|did|can|could|will|would|should|is|was)$/.test(after.w)
    );
  }
  return true;
}

/** Verbs of going: "it all went to hell", "gone to shit" is going downhill. */
const GO_FORMS = /^(?:go|goes|going|goin|went|gone|gonna)$/;
/** Particles after an object: "get shit done", "make shit up", "work shit out". */
const PARTICLE = /^(?:up|out|done|down|together|straight|sorted)$/;
/** Words after which "shit" opens a clause as its subject ("but shit was insane"). */
const CLAUSE_OPENER =
  /^(?:and|but|so|cus|cuz|cause|because|bc|why|how|when|till|until|if|then|lol|well|man|yeah|now|n|&)$/;
/** Subjects of a clause after an exclamation ("but shit, i'm ready" said without the comma). */
const SUBJECT_AFTER =
  /^(?:i|im|i'm|u|you|yall|y'all|we|they|he|she|it|its|it's|that|thats|that's|this|there|theres|there's)$/;
/** Words that may start the relative clause after "all the shit" ("all the crap he says"). */
const RELATIVE_SUBJECT = /^(?:i|you|u|he|she|they|we|ya|yall|y'all)$/;
/** Helpers before a bare verb ("im gonna shit in your sandbox"). */
const VERB_HELPER =
  /^(?:gonna|will|to|wanna|gotta|i'll|ill|might|could|would|finna|tryna|'ll|can|cant|can't|should)$/;

/**
 * A swear noun ("shit", "crap", "hell") by the part it plays where the plain noun "stuff" would
 * misread: what a person would write instead ("some shit happened" → "something happened", "all
 * the crap he says" → "all he says", "get shit done" → "get things done", "curse you to hell" →
 * "curse you"). Null: the general rules decide.
 */
function swearNounByPosition(doc: Doc, m: Match, w: string): Draft[] | null {
  if (!/^(?:shit|crap|shite|hell|shits)$/.test(w) || m.last !== m.first + 1) return null;
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const start = m.start as number;
  const end = m.end as number;
  const chunk = doc.text.slice(start, end);
  const leave = `Leave out “${chunk}”`;
  const prev = tok(doc, m.first - 1, s);
  const prev2 = tok(doc, m.first - 2, s);
  const next = tok(doc, m.last, s);
  const next2 = tok(doc, m.last + 1, s);
  const joined = !!next && !/[,;:.!?]/.test(doc.text.slice(end, next.start));
  const clauseEnds = !next || isClauseEnd(doc, m.last - 1);
  const atClauseStart =
    m.first === s.first ||
    (!!prev && /[,;:]/.test(doc.text.slice(prev.end, start))) ||
    (!!prev && CLAUSE_OPENER.test(prev.w));
  // "hell no", "hell yeah": the answer alone.
  if (
    next &&
    joined &&
    /^(?:no|nah|naw|yes|yeah|yea|yep|nope)$/.test(next.w) &&
    (w === 'hell' || atClauseStart)
  )
    return [removeRange(doc, start, end, leave)];
  if (prev?.w === 'to' || (w === 'hell' && prev && /^(?:in|into)$/.test(prev.w))) {
    // "it all went to hell", "it's gone to shit": downhill.
    if (prev.w === 'to' && prev2 && GO_FORMS.test(prev2.w)) return [at(prev.start, end, 'downhill')];
    // "curse you to hell", "down vote me to hell", "send it to hell with the rest": the verb says it.
    if (w === 'hell' && m.first - 1 > s.first)
      return [removeRange(doc, prev.start, end, `Leave out “${doc.text.slice(prev.start, end)}”`)];
  }
  if (w === 'hell') return null;
  // "tough shit": tough luck.
  if (prev?.w === 'tough' && w === 'shit') return [at(start, end, 'luck')];
  // "went ape shit": went wild.
  if (prev?.w === 'ape' && w === 'shit') return [at(prev.start, end, 'wild')];
  // "in deep shit": in deep trouble.
  if (prev?.w === 'deep' && prev2?.w === 'in') return [at(start, end, 'trouble')];
  // "no shit, sherlock": no kidding.
  if (prev?.w === 'no' && (m.first - 1 === s.first || (prev2 && INTERJECTION.test(prev2.w))))
    return [at(start, end, 'kidding')];
  // "the same shit", "same shit, new day": the same thing.
  if (prev?.w === 'same') return [at(start, end, 'thing')];
  if (prev && /^(?:ol|old|ole)$/.test(prev.w) && prev2?.w === 'same') return [at(start, end, 'story')];
  // "some shit happened", "say some shit but", "or some shit like that": something.
  if (prev && /^(?:some|sum)$/.test(prev.w) && w !== 'shits' && !isJunkBeforeNoun(doc, m.first))
    return [at(prev.start, end, /^S/.test(prev.raw) ? 'Something' : 'something')];
  // "all the crap he says", "all the shit u think about": all.
  if (prev?.w === 'the' && prev2?.w === 'all' && next && joined && RELATIVE_SUBJECT.test(next.w))
    return [removeRange(doc, prev.start, end, `Leave out “${doc.text.slice(prev.start, end)}”`)];
  // "this kind of crap", "that type of shit": thing.
  if (prev?.w === 'of' && prev2 && /^(?:kind|type|sort|kinds|types|sorts)$/.test(prev2.w))
    return [at(start, end, prev2.w.endsWith('s') ? 'things' : 'thing')];
  // "shit like that": things like that.
  if (
    next?.w === 'like' &&
    joined &&
    next2 &&
    /^(?:this|that|these|those|it)$/.test(next2.w) &&
    !(prev && DETERMINERS.has(prev.w))
  )
    return [at(start, end, 'things')];
  // "get shit done", "making shit up", "work shit out": things.
  if (
    next &&
    joined &&
    PARTICLE.test(next.w) &&
    prev &&
    !DETERMINERS.has(prev.w) &&
    !/^(?:my|your|ur|his|her|their|our|yo|ya|own|the|this|that|of|and|or)$/.test(prev.w) &&
    /^\p{L}+$/u.test(prev.w)
  )
    return [at(start, end, plainNoun(doc, m))];
  // "im gonna shit in your sandbox": the verb, plainly.
  if (
    w === 'shit' &&
    prev &&
    VERB_HELPER.test(prev.w) &&
    next &&
    joined &&
    /^(?:in|all|everywhere|out)$/.test(next.w)
  )
    return [at(start, end, 'poop')];
  if (atClauseStart && next && joined) {
    // "shit was insane", "but shit is the way it is": it was.
    if (w === 'shit' && /^(?:was|is|gets|got|aint|ain't|be|been|wasnt|isnt|wasn't|isn't)$/.test(next.w))
      return [at(start, end, /^S/.test(chunk) ? 'It' : 'it')];
    // "shits crazy": it's crazy.
    if (w === 'shits' && /^\p{L}+$/u.test(next.w) && !DETERMINERS.has(next.w))
      return [at(start, end, /^S/.test(chunk) ? "It's" : "it's")];
    // "but shit im ready", "well shit you could": an exclamation before the clause goes.
    if (
      m.first > s.first &&
      SUBJECT_AFTER.test(next.w) &&
      prev &&
      /^(?:but|well|and|so|man|oh|ohh|aw)$/.test(prev.w)
    )
      return [removeRange(doc, start, end, leave)];
  }
  // "worse than lying, you shit!": a name said to someone goes with its "you".
  if (
    w === 'shit' &&
    clauseEnds &&
    prev &&
    /^(?:you|u|ya)$/.test(prev.w) &&
    (m.first - 1 === s.first ||
      /[,;:]/.test(doc.text.slice((t[m.first - 2] as Token | undefined)?.end ?? 0, prev.start)))
  )
    return [removeRange(doc, prev.start, end, `Leave out “${doc.text.slice(prev.start, end)}”`)];
  return null;
}

/** Words before "shit on" that make it a verb: "you've shit on me", "they always shit on us". */
const SHIT_ON_BEFORE =
  /^(?:you've|youve|i've|ive|we've|they've|theyve|he's|she's|have|has|had|i|you|u|we|they|he|she|to|will|would|gonna|always|just|really|dont|don't|didn't|didnt|can|cant|can't|never)$/;

/** Subjects that are things or times, not people: "karma's a bitch", "mondays are a bitch". */
const THING_SUBJECT =
  /^(?:karma|life|it|this|that|work|traffic|monday|mondays|parking|school|winter|love|reality|payback|moving|\p{L}{3,}ing)$/u;

/** Words before a swear noun that make it one mass: "this shit", "a lot of crap", "that green shit". */
const MASS_BEFORE = /^(?:this|that|dat|a|an|much|little|less|amount|the|its|such|enough|no|any|some|every)$/;

/** Verbs that agree with one thing: "the shit is", "this crap needs to stop". */
const SINGULAR_VERB =
  /^(?:is|was|has|isn't|wasn't|isnt|wasnt|doesn't|doesnt|does|needs|makes|gets|goes|keeps|seems|looks|sounds|works|sucks|pisses|drives|bothers|annoys|comes|hurts|matters|stinks|got|'s)$/;

/**
 * "pay me back by friday you sorry sack of shit.": "sack of stuff" would keep the insult; said to them at
 * the end of a sentence, the words of address go whole ("pay me back by friday.").
 */
function sackOfVocative(doc: Doc, m: Match, s: { first: number }): Draft | null {
  const t = doc.tokens;
  const of = m.first - 1;
  if (of - 1 <= s.first || (t[of] as Token).w !== 'of' || !isClauseEnd(doc, m.first)) return null;
  if (!/^(?:sack|bag|piece|pile|heap|lump|load)$/.test((t[of - 1] as Token).w)) return null;
  for (let k = of - 2; k > s.first && k >= of - 5; k--) {
    const tk = t[k] as Token;
    if (/[,;:.!?]/.test(doc.text.slice(tk.end, (t[k + 1] as Token).start))) return null;
    if (/^(?:you|u|ya)$/.test(tk.w)) {
      const before = t[k - 1] as Token;
      if (/^(?:at|to|with|for|from|like|than|love|hate|see|tell|told|thank|thanks)$/.test(before.w))
        return null;
      return { start: before.end, end: (t[m.first] as Token).end, text: '' };
    }
    if (!/^\p{L}+$/u.test(tk.w)) return null;
  }
  return null;
}

/**
 * The plain noun in place of a swear noun: "things", as people rewriting say it ("discuss
 * irrelevant shit" → "irrelevant things", "i see shit i dont like" → "i see things…", "my shit" →
 * "my things"); "stuff" where the word is one mass ("this shit", "that green shit", "the amount of
 * crap") or a verb after it agrees with one thing ("irrelevant shit is").
 */
function plainNoun(doc: Doc, m: Match): string {
  const s = sentenceOf(doc, m.first);
  const prev = tok(doc, m.first - 1, s);
  const prev2 = tok(doc, m.first - 2, s);
  const next = tok(doc, m.last, s);
  if (next && SINGULAR_VERB.test(next.w) && !/[,;:.!?]/.test(doc.text.slice(m.end as number, next.start)))
    return 'stuff';
  // "then you shit uh?": after a subject the word is no noun of things; the old plain noun stays.
  if (prev && /^(?:own|whole|i|you|u|we|they|he|she)$/.test(prev.w)) return 'stuff';
  // "that green shit", "that plain weather shit": describing words after a word of one mass.
  for (let k = m.first - 1; k >= s.first && k >= m.first - 4; k--) {
    const t = doc.tokens[k] as Token;
    if (MASS_BEFORE.test(t.w)) return 'stuff';
    if (!/^\p{L}+$/u.test(t.w) || /^(?:of|and|or|to|for|with|on|in|at|about|from|is|was|are)$/.test(t.w))
      break;
    if (k < m.first - 1 && /[,;:.!?]/.test(doc.text.slice(t.end, (doc.tokens[k + 1] as Token).start))) break;
  }
  if (
    prev?.w === 'of' &&
    prev2 &&
    /^(?:amount|bit|ton|load|pile|heap|piece|sack|bag|pack|full)$/.test(prev2.w)
  )
    return 'stuff';
  // "my housing shit", "some baller type shit": a word naming what kind of things, after an owner
  // or "type", makes one mass ("my housing stuff", "baller type stuff").
  if (prev && /^(?:type|kind|sort|related)$/.test(prev.w)) return 'stuff';
  if (prev && prev2 && /^\p{L}{3,}$/u.test(prev.w) && /^(?:my|your|ur|his|her|their|our)$/.test(prev2.w))
    return 'stuff';
  return 'things';
}

/** People before "be" ("they were", "are those two") or seen by someone ("caught them"), at most four words back. */
function sexVerbBefore(doc: Doc, i: number, first: number): boolean {
  let person = false;
  let verb = false;
  for (let k = i - 1; k >= first && k >= i - 4; k--) {
    const tk = doc.tokens[k] as Token;
    if (/[,;:.!?]/.test(doc.text.slice(tk.end, (doc.tokens[k + 1] as Token).start))) break;
    if (/^(?:they|we|he|she|them|him|her|us|two|both|couple|people|neighbours|neighbors)$/.test(tk.w))
      person = true;
    else if (
      /^(?:is|are|was|were|been|be|being|caught|catch|saw|see|seen|heard|hear|found|watched|walked)$/.test(
        tk.w,
      )
    )
      verb = true;
    else if (
      !/^(?:those|these|the|all|still|just|literally|actually|probably|in|on|upstairs|again)$/.test(tk.w)
    )
      break;
  }
  return person && verb;
}

/**
 * "fuck" read as a noun: after a determiner or "the" ("the fuck", "a fuck"), or in "like fuck",
 * "as fuck". Elsewhere ("fuck, darling", "it you can do it", "make me fuck you") "stuff" misreads it.
 */
function fuckAsNoun(doc: Doc, m: Match): boolean {
  const s = sentenceOf(doc, m.first);
  const prev = tok(doc, m.first - 1, s);
  if (prev && /^(?:and|or)$/.test(prev.w))
    // "and fuck the car", "and fuck you": a verb; "… and fuck." alone: a noun.
    return m.last >= s.last || isClauseEnd(doc, m.last - 1);
  return !!prev && (DETERMINERS.has(prev.w) || /^(?:like|as|of|oh|ohh|aw|ah|awww|aww)$/.test(prev.w));
}

/** Words that call someone after a comma: "…, fucking boy", "…, bloody princess". */
const CALLED_AFTER_COMMA =
  /^(?:boy|boys|girl|girls|kid|kids|kiddo|son|sonny|mate|buddy|pal|princess|crybaby|dude|bro|man|lad|lads|sweetheart|sweetie|honey|sunshine|genius|champ|chief|snowflake|sir|lady|ladies|guys|pal|hero|einstein|hotshot|tough guy)$/;

/**
 * Is the word at `i` a name said to someone: nothing in its clause before it makes it part of the
 * sentence (an article, a determiner, a copula, a preposition)?
 */
function isVocative(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  if (i <= s.first) return true;
  const gap = doc.text.slice((doc.tokens[i - 1] as Token).end, (doc.tokens[i] as Token).start);
  if (/[,;:]/.test(gap)) return true;
  const prev = (doc.tokens[i - 1] as Token).w;
  if (
    DETERMINERS.has(prev) ||
    /^(?:a|an|such|like|as|than|of|to|for|with|is|was|be|are|were|being|real|big|little|total|complete|stupid|dumb|fat|lazy|ugly|old)$/.test(
      prev,
    ) ||
    prev.endsWith("'s")
  )
    return false;
  // "a deceitful bastard", "a bloody lying bastard": an article two or three words before.
  const prev2 = i - 2 >= s.first ? (doc.tokens[i - 2] as Token).w : '';
  const prev3 = i - 3 >= s.first ? (doc.tokens[i - 3] as Token).w : '';
  return (
    !/^(?:a|an|such|the|this|that|what)$/.test(prev2) && !/^(?:a|an|such|the|this|that|what)$/.test(prev3)
  );
}

/** A negation among the four words before token i: "don't know shit", "ain't about shit". */
function negatedNear(doc: Doc, i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 4; k--) {
    const w = (doc.tokens[k] as Token).w;
    // "didn 't" (tokenised text) reads "didn" and "t".
    if (
      /^(?:not|never|no|nobody|aint|ain't|cant|dont|didnt|doesnt|wont|isnt|didn|don|doesn|won|isn|wasn|aren|weren|haven|hasn|couldn|wouldn|shouldn)$/.test(
        w,
      ) ||
      w.endsWith("n't")
    )
      return true;
  }
  return false;
}

/** Does token i open its sentence or clause, perhaps after an opener ("just", "oh", "ok")? */
function isImperativeStart(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  for (let k = i; k > s.first; k--) {
    const prev = doc.tokens[k - 1] as Token;
    const cur = doc.tokens[k] as Token;
    if (/[,;:\u2014\u2013]/.test(doc.text.slice(prev.end, cur.start))) return true;
    if (
      !/^(?:just|please|ok|okay|oh|so|now|well|and|but|then|go|yeah|no|man|dude|bro|seriously|honestly|ugh)$/.test(
        prev.w,
      )
    )
      return false;
  }
  return true;
}

const ASS_OBJECT_OWNER: Readonly<Record<string, readonly [string, string]>> = {
  your: ['you', 'yourself'],
  ur: ['you', 'yourself'],
  yo: ['you', 'yourself'],
  "yo'": ['you', 'yourself'],
  his: ['him', 'himself'],
  her: ['her', 'herself'],
  their: ['them', 'themselves'],
  my: ['me', 'myself'],
  // "any of our sorry asses": only in the plural.
  our: ['us', 'ourselves'],
};

/** The first token of sentence `s` after openers such as "just", "ok", "so" and a comma. */
function contentFirst(doc: Doc, s: { first: number; last: number }): number {
  let k = s.first;
  while (
    k + 1 < s.last &&
    /^(?:just|please|ok|okay|oh|so|now|well|and|but|then|yeah|no|man|dude|bro|seriously|honestly|ugh|lol)$/.test(
      (doc.tokens[k] as Token).w,
    )
  )
    k++;
  return k;
}

/** Verbs of moving oneself: "get your ass to bed" is "get yourself to bed". */
const MOVE_SELF: ReadonlySet<string> = wordSet(
  'get gets got getting take takes took taking move moves moved moving drag drags dragged dragging haul hauls hauled hauling bring brings brought bringing park parks parked parking cover covers covered covering save saves saved saving',
);

/** Verbs whose "<possessive> ass" is a curse or an idiom, not the person ("kiss my ass", "work your ass off"). */
const ASS_IDIOM_VERBS: ReadonlySet<string> = wordSet(
  'kiss kissed kissing kisses lick licked licking licks kick kicked kicking kicks whoop whooped whooping bust busted busting busts work worked working works beat beats beating bet',
);

/** Words in -ing that are no verb ("something", "morning"). */
const NOT_ING_VERB: ReadonlySet<string> = wordSet(
  'thing something nothing anything everything morning evening ceiling king ring wing sting darling pudding',
);

/**
 * "she muted your ass" → "she muted you", "get your ass to bed" → "get yourself to bed": a possessive
 * and "ass" after a verb stand for the person, who stays.
 */
function objectAss(doc: Doc, i: number, first: number): Draft | null {
  const t = doc.tokens;
  if (i - 2 < first || (t[i] as Token).w !== 'ass') return null;
  const poss = t[i - 1] as Token;
  const verb = t[i - 2] as Token;
  const owner = ASS_OBJECT_OWNER[poss.w];
  if (!owner || ASS_IDIOM_VERBS.has(verb.w)) return null;
  if (
    /\S/.test(doc.text.slice(verb.end, poss.start)) ||
    // "get yo' ass on": the apostrophe of "yo'" is no word between.
    /[^\s'’]/.test(doc.text.slice(poss.end, (t[i] as Token).start))
  )
    return null;
  const s = sentenceOf(doc, i);
  const next = i + 1 < s.last ? (t[i + 1] as Token).w : '';
  if (/^(?:off|up|out|over|down|around|of)$/.test(next)) return null;
  // "she's had her ass pounded", "he got his ass kicked": have or get, then a past form, is done to
  // the body part; "her" alone would leave "had her pounded".
  if (/^(?:have|has|had|having|get|gets|got|gotten|getting)$/.test(verb.w) && next !== '' && isPastForm(next))
    return null;
  const isVerb =
    MOVE_SELF.has(verb.w) ||
    isKnownVerb(verb.w) ||
    isPastForm(verb.w) ||
    (/^\p{L}{3,}ing$/u.test(verb.w) && !NOT_ING_VERB.has(verb.w)) ||
    /^(?:mute|block|leave|love|loves|hide|find|see|call|tell|ask|follow|retweet|drop|dump|ban|report|hit|hug|need|want|miss|catch|watch|help|carry|pay)$/.test(
      verb.w,
    );
  if (!isVerb) return null;
  return replaceTokens(doc, i - 1, i + 1, MOVE_SELF.has(verb.w) ? owner[1] : owner[0]);
}

/** Words in -ie, -o that name a person rather than describe one ("meanie", "weirdo"). */
const NAMING_WORD =
  /^(?:\p{L}{2,}ie|weirdo|psycho|dumbo|wacko|whacko|sicko|creepo|bozo|meanie|baddie|hottie)$/u;

/** Verbs that "the hell out of" only measures: "play the fuck out of it" is playing it a lot. */
const A_LOT_VERB =
  /^(?:play|plays|played|playing|love|loves|loved|loving|enjoy|enjoys|enjoyed|enjoying|use|uses|used|using|watch|watches|watched|watching|read|reads|reading|listen|listens|listened|wear|wears|wore|worn|wearing|practice|practise|practiced|practised|study|studied|annoy|annoys|annoyed|annoying|bug|bugs|bugged|bugging|confuse|confuses|confused|confusing|spam|spammed|milk|milked|abuse|abused|enjoy)$/;
