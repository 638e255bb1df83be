/**
 * Soft Start tone engine: `analyze(text, options)` finds blame, absolutes, contempt,
 * talking down, withdrawal and heat in a message and offers calmer wordings.
 * Pure and synchronous: no DOM, no browser APIs, no network. Never throws.
 */

import {
  fitDescription,
  fragmentLeft,
  leavesYouCalling,
  nameAfterDismissal,
  readingMessage,
  shortWithdrawal,
} from './kept-short';
import { COMMON_WORDS, INSULT_ADJECTIVES, INSULT_NOUNS, isKnownWord } from './lexicon';
import { quiet, readsCut, unquiet } from './noise';
import { putDownKept, saysPutDownPlainly } from './putdowns';
import { type Draft, FAMILIES, type Match, type RuleContext, type RuleFamily } from './rules/index';
import {
  type Anchor,
  allows,
  anchorBits,
  anchorNearWith,
  anchorVersion,
  article,
  type Compiled,
  forgetAnchorTokens,
  forgetSharing,
  isHedgeWord,
  knownTokenBits,
  matchesAfterNext,
  NO_WORDS,
  type Pre,
  removeTokens,
  replaceTokens,
  SENSITIVITY_LEVEL,
  setFirstBits,
  wordAfterAux,
} from './rules/rule';
import { excuseFor, labelRun, repeatedLabel } from './runs';
import { sayingWhole } from './sayings';
import {
  applyStyle,
  canon,
  type Doc,
  GATE_LOOKAHEAD,
  isAcronym,
  roughTokens,
  SCAN_BUDGET,
  type Sentence,
  sentenceCaseIn,
  sentenceRanges,
  setWordInfo,
  type Token,
  tokenize,
} from './text';
import {
  type Analysis,
  CATEGORIES,
  type Category,
  type CustomPhrase,
  type Finding,
  type Sensitivity,
  type Suggestion,
  type ToneOptions,
} from './types';
import { calledAtEnd, headless, lotOfYou, vocative } from './vocative';
import { warmContext } from './warm-context';
import { WHY } from './why';

export * from './types';
export { STRATEGY, WHY } from './why';

export const DEFAULT_OPTIONS: Readonly<ToneOptions> = Object.freeze({
  sensitivity: 'balanced',
  categories: CATEGORIES,
  customPhrases: [],
  ignoredPhrases: [],
});

const EMPTY: Readonly<Analysis> = Object.freeze({ flagged: false, heat: 0, findings: [] as Finding[] });

/**
 * Debugging rule families: a family that throws is normally skipped (nothing may throw into the
 * page); with this on, the error is thrown instead, so that tests fail loudly on a crashing
 * family. On when `SOFTSTART_DEBUG_RULES` is set in a Node environment (read once, safely where
 * there is no `process`), or through `setRuleDebug`. The unit tests set the variable (vitest.config.ts).
 */
let debugRules = readDebugFlag();

function readDebugFlag(): boolean {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    const v = env?.SOFTSTART_DEBUG_RULES;
    return v !== undefined && v !== '' && v !== '0' && v !== 'false';
  } catch {
    return false;
  }
}

/** Rethrow rule families' errors (true) or skip the family (false, the default). */
export function setRuleDebug(on: boolean): void {
  debugRules = on;
}

/** Whether rule families' errors are rethrown (`setRuleDebug`). */
export function isRuleDebug(): boolean {
  return debugRules;
}

function empty(): Analysis {
  return { flagged: false, heat: 0, findings: [] };
}

/** Apply one suggestion to the text it was made for. Out-of-range suggestions leave the text as it was. */
export function applySuggestion(text: string, s: Pick<Suggestion, 'start' | 'end' | 'replacement'>): string {
  if (!(s.start >= 0 && s.end >= s.start && s.end <= text.length)) return text;
  return text.slice(0, s.start) + s.replacement + text.slice(s.end);
}

function normalizeOptions(options?: Partial<ToneOptions>): ToneOptions {
  const o = options ?? {};
  const sensitivity: Sensitivity =
    o.sensitivity === 'gentle' || o.sensitivity === 'strict' || o.sensitivity === 'balanced'
      ? o.sensitivity
      : 'balanced';
  const categories = Array.isArray(o.categories)
    ? o.categories.filter((c) => CATEGORIES.includes(c))
    : CATEGORIES;
  const customPhrases = Array.isArray(o.customPhrases)
    ? o.customPhrases.filter(
        (p) => p && typeof p.phrase === 'string' && p.phrase.trim() !== '' && CATEGORIES.includes(p.category),
      )
    : [];
  const ignoredPhrases = Array.isArray(o.ignoredPhrases)
    ? o.ignoredPhrases.filter((p) => typeof p === 'string' && p.trim() !== '')
    : [];
  return { sensitivity, categories, customPhrases, ignoredPhrases };
}

// ---------------------------------------------------------------------------------------------
// Pre-filter: a cheap scan so clean messages skip segmentation and the rules.
// ---------------------------------------------------------------------------------------------

const WORD_RE = /[\p{L}\p{N}'\u2019]+/gu;

/** Every phrase pattern of every family, by first word: the pre-filter looks each word up once. */
interface GateEntry {
  fam: number;
  c: Compiled;
  /** The lowest sensitivity level (SENSITIVITY_LEVEL) at which the pattern applies. */
  level: number;
  /** The words that can follow this first word when the pattern matches (`nextAfter`; null: any). */
  next: ReadonlySet<string> | null;
  /** The words that can follow "you" and an auxiliary (`nextAfterAux`; NO_WORDS: none; null: any). */
  auxNext: ReadonlySet<string> | null;
  /** A word that must stand a few tokens on for the pattern to match (`anchorOf`; null: none known). */
  anchor: Anchor | null;
  /** What the pattern's guard needs of the whole text (`PhraseRule.pre`; null: nothing known). */
  pre: Pre | null;
}
interface GateList {
  /** Every entry, in order (after "ur", which may be "your" or "you're", all are tried). */
  entries: readonly GateEntry[];
  /**
   * The words named in some entry's `next` (NO_NAMED: none), made when the word is first met
   * (`namedOf`; null until then): a frame kept some 300 such sets, 140 KB, for words never typed.
   * Per named word, once met as the next word: the entries that can continue with it, in order
   * (those with that word in `next` and those that accept any; null until then). One lookup
   * answers both whether the word is named and what follows.
   */
  named: Map<string, readonly GateEntry[] | null> | null;
  /** One bit per `wordBucket` of the words in `named` (made with it): a word whose bit is clear is not named. */
  namedBits: Int32Array | null;
  /** The bits (`PhraseTable.bit`) of the tables whose patterns start with the word. */
  bits: number;
  /** The entries that accept any next word (`next` null), in order. */
  anyNext: readonly GateEntry[];
  /** After one or two hedges: by the three words after the first (each named, or ''), the entries (`entriesAt1`). */
  byHedges?: Map<string, Map<string, Map<string, readonly GateEntry[]>>>;
  /** The words named in some entry's `auxNext` (NO_WORDS: none), made when first asked (`auxNamedOf`; null until then). */
  auxNamed: ReadonlySet<string> | null;
  /** After "you" and an auxiliary: per auxiliary, per word after it (in `auxNamed`, or ''), the entries. */
  afterAux?: Map<string, Map<string, readonly GateEntry[]>>;
}
const GATE_BY_WORD = new Map<string, GateList>();
{
  /** Per first word: the families' lists of items that start with it, in family order. */
  const listsByWord = new Map<string, Array<readonly GateEntry[]>>();
  const bitsByWord = new Map<string, number>();
  let tables = 0;
  FAMILIES.forEach((f, fam) => {
    if (!f.table) return;
    // A bit per table while there are bits (a table past the 31st is asked at every token).
    const bit = tables < 31 ? 1 << tables++ : 0;
    f.table.bit = bit;
    for (const [w, list] of f.table.entries()) {
      bitsByWord.set(w, (bitsByWord.get(w) ?? 0) | bit);
      let lists = listsByWord.get(w);
      if (!lists) {
        lists = [];
        listsByWord.set(w, lists);
      }
      // The table's own items (the same `next`, `auxNext` and anchor the pre-filter needs), marked
      // with their family: one object each for both (a frame keeps these tables).
      for (const item of list) item.fam = fam;
      lists.push(list);
    }
  });
  for (const [w, lists] of listsByWord) {
    // A word that starts patterns of one family only (most do) reads that family's own list.
    const entries =
      lists.length === 1 ? (lists[0] as readonly GateEntry[]) : ([] as GateEntry[]).concat(...lists);
    const anyNext = entries.filter((g) => !g.next);
    GATE_BY_WORD.set(w, {
      entries,
      named: null,
      namedBits: null,
      bits: bitsByWord.get(w) ?? 0,
      // A copy of exactly its length (`filter` leaves room for 17 or more).
      anyNext: anyNext.length === entries.length ? entries : anyNext.slice(),
      auxNamed: null,
      // Made later, but present from the start: one shape for every list (read at every token).
      byHedges: undefined,
      afterAux: undefined,
    });
  }
  forgetSharing();
  setFirstBits((w) => GATE_BY_WORD.get(w)?.bits ?? 0);
}

/** No word named (`GateList.named`): never written to. */
const NO_NAMED: Map<string, readonly GateEntry[] | null> = new Map();

/** The words named in some entry's `next` of `list` (NO_NAMED: none), made on first use. */
function namedOf(list: GateList): Map<string, readonly GateEntry[] | null> {
  if (list.named !== null) return list.named;
  const named = new Map<string, readonly GateEntry[] | null>();
  const nb = new Int32Array(8);
  for (const g of list.entries)
    if (g.next)
      for (const x of g.next) {
        named.set(x, null);
        const b = wordBucket(x);
        nb[b >> 5] = (nb[b >> 5] as number) | (1 << (b & 31));
      }
  list.namedBits = nb;
  list.named = named.size ? named : NO_NAMED;
  return list.named;
}

/** A word's bucket (0–255) for `GateList.namedBits`: a hash of its code units. */
function wordBucket(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return (h ^ (h >>> 8) ^ (h >>> 16)) & 255;
}

/** The words named in some entry's `auxNext` of `list` (NO_WORDS: none), made on first use. */
function auxNamedOf(list: GateList): ReadonlySet<string> {
  if (list.auxNamed !== null) return list.auxNamed;
  const auxNamed = new Set<string>();
  for (const g of list.entries) if (g.auxNext) for (const x of g.auxNext) auxNamed.add(x);
  list.auxNamed = auxNamed.size ? auxNamed : NO_WORDS;
  return list.auxNamed;
}

/**
 * What the pre-filter reads about a word: its pattern list (as a first word), its anchor bits and its
 * `wordBucket` (as a next word: most words after a first word are named by none of its patterns,
 * and a clear bit tells so without a lookup in the list's map of named words).
 */
interface WordInfo {
  list: GateList | undefined;
  bits: number;
  bucket: number;
}
/** The `anchorVersion` the answers were given for (-1: none yet). */
let infoVersion = -1;

/**
 * What the pre-filter reads about word `w`, made when the word is met (a table of every word, made
 * in advance, held a frame's memory for words never typed): `roughTokens` keeps each word's answer
 * beside it in its slot (`setWordInfo`), so a repeated word costs no lookup.
 */
function wordInfoOf(w: string): WordInfo {
  return { list: GATE_BY_WORD.get(w), bits: anchorBits(w), bucket: wordBucket(w) };
}

/** Answers anew when anchors changed (`roughTokens` forgets the answers it kept). */
function readyWordInfo(): void {
  if (infoVersion === anchorVersion()) return;
  infoVersion = anchorVersion();
  setWordInfo(wordInfoOf);
}

/**
 * The entries of `list` that can match when `next` (undefined: no token) follows, in order: the
 * others cannot match with that word second (see `nextAfter`), so skipping them changes nothing.
 * One lookup per word (often an empty list).
 */
function entriesFor(list: GateList, next: string | undefined): readonly GateEntry[] {
  // "ur" may be "your" or "you're": all patterns are tried.
  if (next === 'ur') return list.entries;
  if (next === undefined) return list.anyNext;
  const named = namedOf(list);
  const known = named.get(next);
  if (known === undefined) return list.anyNext;
  if (known !== null) return known;
  // Made as next words are met: ~11,000 named words in all, a few dozen met while someone types.
  const out = list.entries.filter((g) => !g.next || g.next.has(next));
  named.set(next, out);
  return out;
}

/**
 * The entries of `list` that can match at token `i`. After a hedge ("you really make me"), a
 * pattern may name the hedge or skip it (up to two): the entries for each of those next words.
 */
function entriesAt(
  list: GateList,
  tokens: readonly Token[],
  infos: readonly WordInfo[],
  i: number,
): readonly GateEntry[] {
  const after = wordAfterAux(tokens, i);
  if (after === 'ur') return list.entries;
  if (after !== undefined) {
    // "you have ruined", "you were being rude": the entries for the auxiliary, and for the word
    // after it (cached by both words, without building a key: this runs at every "you were").
    const aux = (tokens[i + 1] as Token).w;
    const named = auxNamedOf(list).has(after) ? after : '';
    let byAfter = list.afterAux?.get(aux);
    if (!byAfter) {
      byAfter = new Map();
      list.afterAux ??= new Map();
      list.afterAux.set(aux, byAfter);
    }
    let out = byAfter.get(named);
    if (!out) {
      const all = new Set<GateEntry>(entriesAt1(list, tokens, infos, i));
      for (const g of list.entries)
        if (g.auxNext !== NO_WORDS && (g.auxNext === null || g.auxNext.has(named))) all.add(g);
      out = list.entries.filter((g) => all.has(g));
      byAfter.set(named, out);
    }
    return out;
  }
  return entriesAt1(list, tokens, infos, i);
}

function entriesAt1(
  list: GateList,
  tokens: readonly Token[],
  infos: readonly WordInfo[],
  i: number,
): readonly GateEntry[] {
  const next = (tokens[i + 1] as Token | undefined)?.w;
  if (next === undefined || !isHedgeWord(next)) {
    if (next !== undefined && next !== 'ur') {
      // Not named by the list (its bucket's bit is clear): the entries that accept any next word.
      namedOf(list);
      const b = (infos[i + 1] as WordInfo).bucket;
      if ((((list.namedBits as Int32Array)[b >> 5] as number) & (1 << (b & 31))) === 0) return list.anyNext;
    }
    return entriesFor(list, next);
  }
  const nextNamed = namedOf(list);
  const w2 = (tokens[i + 2] as Token | undefined)?.w;
  const w3 = w2 !== undefined && isHedgeWord(w2) ? (tokens[i + 3] as Token | undefined)?.w : undefined;
  if (w2 === 'ur' || w3 === 'ur') return list.entries;
  // Cached by the three words (each named in some entry's `next`, or ''), without building a key:
  // this runs at every hedge after a first word.
  const n1 = nextNamed.has(next) ? next : '';
  const n2 = w2 !== undefined && nextNamed.has(w2) ? w2 : '';
  const n3 = w3 !== undefined && nextNamed.has(w3) ? w3 : '';
  list.byHedges ??= new Map();
  let by2 = list.byHedges.get(n1);
  if (!by2) {
    by2 = new Map();
    list.byHedges.set(n1, by2);
  }
  let by3 = by2.get(n2);
  if (!by3) {
    by3 = new Map();
    by2.set(n2, by3);
  }
  let out = by3.get(n3);
  if (!out) {
    const all = new Set<GateEntry>([
      ...entriesFor(list, next),
      ...entriesFor(list, w2),
      ...entriesFor(list, w3),
    ]);
    out = list.entries.filter((g) => all.has(g));
    by3.set(n3, out);
  }
  return out;
}

interface Gate {
  /** Families that could fire somewhere in the text. */
  active: boolean[];
  /**
   * Per phrase family: offsets where one of its patterns matches the rough tokens (ascending);
   * for long texts, within the scan budget only.
   */
  hits: number[][];
  /** `hits` but those of patterns whose `pre` fails (PhraseRule): where the family is scanned. */
  live: number[][];
  /** The text's sentences, when worked out already (for `tokenize`). */
  sentences: Sentence[] | null;
  /** The rough tokens (for `tokenize`: the canonical forms of words it finds at the same offsets). */
  tokens: Token[];
  /** What the pre-filter read about each rough token's word (`wordInfoOf`). */
  infos: WordInfo[];
  /** The end of the text the rough pass read (the scan budget, for a long text). */
  scanned: number;
  /**
   * A short text's length (its quick checks were asked of the whole text: `active` holds their
   * answers); -1 for a long text. A sentence gate body that is the whole text has the same answers.
   */
  whole: number;
}

/** Above this length the whole-text quick checks are skipped (each sentence is checked) and the rough pass stops at the scan budget. */
const LONG_TEXT = 2_000;

/**
 * The answers of the patterns' `pre` (PhraseRule) for the text the pre-filter reads, each asked
 * once. A pattern whose `pre` is false cannot lead to a finding anywhere in the text: its hits
 * still say which sentences are segmented (the families read the words of every sentence that
 * was: some count them), but no family is scanned for them.
 */
const PRE_ANSWERS = new Map<Pre, boolean>();
function preFails(g: GateEntry, text: string | null, tokens: readonly Token[]): boolean {
  if (g.pre === null || text === null) return false;
  let a = PRE_ANSWERS.get(g.pre);
  if (a === undefined) {
    a = g.pre(text, tokens);
    PRE_ANSWERS.set(g.pre, a);
  }
  return !a;
}

/** Beside `firstHit`'s answer: the first rough token where any pattern matches, `pre` or not (-1: none). */
let firstAny = -1;

/**
 * The index of the first rough token where some phrase pattern matches and its `pre` holds for
 * `text` (null: asked of none) (-1: none); `firstAny` gets the first where any matches.
 */
function firstHit(
  text: string | null,
  tokens: readonly Token[],
  infos: readonly WordInfo[],
  sensitivity: Sensitivity,
): number {
  const level = SENSITIVITY_LEVEL[sensitivity];
  firstAny = -1;
  for (let i = 0; i < tokens.length; i++) {
    const list = (infos[i] as WordInfo).list;
    if (!list) continue;
    for (const g of entriesAt(list, tokens, infos, i)) {
      if (g.level > level) continue;
      if (g.anchor !== null && !anchorNearWith(tokens, infos, g.anchor, i, tokens.length)) continue;
      if (preFails(g, text, tokens)) {
        if (firstAny < 0 && matchesAfterNext(tokens, g.c, i, tokens.length)) firstAny = i;
        continue;
      }
      if (matchesAfterNext(tokens, g.c, i, tokens.length)) {
        if (firstAny < 0) firstAny = i;
        return i;
      }
    }
  }
  return -1;
}

/**
 * One pass over rough tokens from token `from` (none before it matches): where each phrase
 * family matches. Only a family's first match in each sentence is looked for: the sentence gate
 * asks whether a family matches in a sentence or at the start of the next ones, and a sentence's
 * first match answers that as well as all of them would ("you" alone was tried against every
 * pattern that starts with it, at every "you" of a long text).
 */
function gatePass(
  text: string | null,
  tokens: readonly Token[],
  infos: readonly WordInfo[],
  sensitivity: Sensitivity,
  into: boolean[],
  hits: number[][],
  live: number[][],
  from: number,
  sentences: readonly Sentence[],
): void {
  const level = SENSITIVITY_LEVEL[sensitivity];
  // Per family: the sentence (index) where it last matched; where a pattern whose `pre` fails did.
  const seen: number[] = new Array(FAMILIES.length).fill(-1);
  const seenFailing: number[] = new Array(FAMILIES.length).fill(-1);
  let si = 0;
  for (let i = from; i < tokens.length; i++) {
    const list = (infos[i] as WordInfo).list;
    if (!list) continue;
    // Cheap reject: no entry can continue with the next word.
    const entries = entriesAt(list, tokens, infos, i);
    if (entries.length === 0) continue;
    const at = (tokens[i] as Token).start;
    while (si < sentences.length - 1 && (sentences[si] as Sentence).end <= at) si++;
    for (const g of entries) {
      if (seen[g.fam] === si || g.level > level) continue;
      if (g.anchor !== null && !anchorNearWith(tokens, infos, g.anchor, i, tokens.length)) continue;
      const failing = preFails(g, text, tokens);
      if (failing && seenFailing[g.fam] === si) continue;
      if (matchesAfterNext(tokens, g.c, i, tokens.length)) {
        // A family's own list is made at its first hit (most texts hit a few families of 36).
        let own = hits[g.fam] as number[];
        if (own === NO_HITS[g.fam]) {
          own = [];
          hits[g.fam] = own;
        }
        own.push(at);
        into[g.fam] = true;
        if (failing) {
          // The sentence is segmented as before; the family looks further for a pattern that can lead somewhere.
          seenFailing[g.fam] = si;
          continue;
        }
        if (live[g.fam] === NO_HITS[g.fam]) live[g.fam] = [];
        (live[g.fam] as number[]).push(at);
        seen[g.fam] = si;
      }
    }
  }
}

/** No phrase family matches anywhere (one list for every such text, never written to). */
const NO_HITS: number[][] = FAMILIES.map(() => []);

/**
 * The families with a quick check, those without a phrase table, and whether each has one: asked
 * of every message, and the family objects have many shapes (a property read of all 36 at one
 * place was a megamorphic lookup each, most of them for a property the family does not have).
 */
const QUICK_FAMILIES: readonly number[] = FAMILIES.flatMap((f, i) => (f.quickCheck ? [i] : []));
const UNTABLED: readonly number[] = FAMILIES.flatMap((f, i) => (f.table ? [] : [i]));
const TABLED: readonly boolean[] = FAMILIES.map((f) => Boolean(f.table));

/** What the rough pass of a long text reads past the scan budget (characters): a word cut there. */
const SCAN_OVERLAP = 64;

/**
 * Which families could possibly fire on this text (null: none). Rough tokens (a regular-expression
 * split, no sentences) give a superset of the real matches.
 */
function prefilter(text: string, sensitivity: Sensitivity): Gate | null {
  const active: boolean[] = new Array(FAMILIES.length).fill(false);
  let any = false;
  let scanned = text;
  if (text.length > LONG_TEXT) {
    // Long text: the quick checks run per sentence anyway; one rough pass over the part of the
    // text that can be analysed (the scan budget) says where phrase families could match.
    // Families without a phrase table are let through when one cheap pass over the text says a
    // sentence of it might hold something for them; a calm long text then skips segmentation.
    if (text.length > SCAN_BUDGET + SCAN_OVERLAP) scanned = text.slice(0, SCAN_BUDGET + SCAN_OVERLAP);
    for (const i of UNTABLED) {
      const f = FAMILIES[i] as RuleFamily;
      active[i] = f.textCheck ? f.textCheck(scanned) : true;
      if (active[i]) any = true;
    }
  } else {
    for (const i of QUICK_FAMILIES) {
      if (FAMILIES[i]?.quickCheck?.(text)) {
        active[i] = true;
        any = true;
      }
    }
  }
  readyWordInfo();
  const infos: WordInfo[] = [];
  const tokens = roughTokens(scanned, 0, infos);
  if (PRE_ANSWERS.size > 0) PRE_ANSWERS.clear();
  // The patterns' `pre` is asked of a text read whole (past the scan budget every family let
  // through reads the rest: its other patterns may match there).
  const preText = scanned === text ? text : null;
  const h = firstHit(preText, tokens, infos, sensitivity);
  const whole = text.length > LONG_TEXT ? -1 : text.length;
  // Nothing matches, or only patterns whose `pre` fails and no family without a table is let
  // through: no family can find anything.
  if (firstAny < 0 || (h < 0 && !any))
    return any
      ? {
          active,
          hits: NO_HITS,
          live: NO_HITS,
          sentences: null,
          tokens,
          infos,
          scanned: scanned.length,
          whole,
        }
      : null;
  // Something matches: the text will be split into sentences anyway; done once, here. Each
  // family's hits start as the shared empty list (`gatePass` makes the family's own at its first).
  const hits: number[][] = NO_HITS.slice();
  const live: number[][] = NO_HITS.slice();
  const sentences = sentenceRanges(text);
  gatePass(preText, tokens, infos, sensitivity, active, hits, live, firstAny, sentences);
  return { active, hits, live, sentences, tokens, infos, scanned: scanned.length, whole };
}

/** Is there a value in [from, to) in the ascending list? */
function anyIn(list: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && (list[lo] as number) < to;
}

/**
 * The order in which `sentenceGate` asks the families: phrase families (a binary search in their
 * hits) before the quick checks (regular expressions over the sentence). The answer does not
 * depend on the order; asked later, a quick check is skipped more often (see below).
 */
const GATE_ORDER: readonly number[] = [
  ...FAMILIES.flatMap((f, i) => (f.table ? [i] : [])),
  ...FAMILIES.flatMap((f, i) => (f.table ? [] : [i])),
];

/** The pre-filter for one sentence [start, end): only families the whole text let through. */
function sentenceGate(gate: Gate, start: number, end: number, body: string, into: boolean[]): boolean {
  let any = false;
  for (const i of GATE_ORDER) {
    if (!gate.active[i]) continue;
    // Already let through, by an earlier sentence, and this sentence is wanted anyway: checking
    // again would change nothing (the quick checks are the costly part of a long text).
    if (any && into[i]) continue;
    // The whole of a short text: its quick check said yes already (it is let through).
    if (
      TABLED[i]
        ? anyIn(gate.hits[i] as number[], start, end)
        : (start === 0 && body.length === gate.whole) || (FAMILIES[i] as RuleFamily).quickCheck?.(body)
    ) {
      into[i] = true;
      any = true;
    }
  }
  return any;
}

const LATIN_CHAR = /\p{Script=Latin}/u;
const LETTER_CHAR = /\p{L}/u;
const NON_ASCII = /[^\0-\x7f]/;

/** Mostly non-Latin letters: not English, so not ours to judge. One pass; regexes only for non-ASCII. */
function isMostlyNonLatin(text: string): boolean {
  // Plain ASCII (most messages) has no letter outside Latin: no. One regex search instead of a
  // loop over the text; ASCII before the first other character only counts Latin letters.
  const firstOther = text.search(NON_ASCII);
  if (firstOther < 0) return false;
  let latin = 0;
  let other = 0;
  const n = text.length;
  for (let i = 0; i < firstOther; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  for (let i = firstOther; i < n; i++) {
    // Each code unit left adds at most one to `other`: once Latin letters are that far ahead, the
    // answer is no.
    if (latin >= other + (n - i)) return false;
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    let ch = text[i] as string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) ch = text.slice(i, i + 2);
    if (LETTER_CHAR.test(ch)) {
      if (LATIN_CHAR.test(ch)) latin++;
      else other++;
    }
  }
  return other > 0 && latin < other;
}

// ---------------------------------------------------------------------------------------------
// Custom phrases
// ---------------------------------------------------------------------------------------------

function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(phrase); m !== null; m = WORD_RE.exec(phrase)) out.push(canon(m[0]));
  return out;
}

function customMatches(doc: Doc, phrases: readonly CustomPhrase[]): Array<{ m: Match; p: CustomPhrase }> {
  const out: Array<{ m: Match; p: CustomPhrase }> = [];
  for (const p of phrases) {
    const words = phraseWords(p.phrase);
    if (words.length === 0) continue;
    const t = doc.tokens;
    for (let i = 0; i + words.length <= t.length; i++) {
      let ok = true;
      for (let k = 0; k < words.length; k++) {
        const tk = t[i + k] as Token;
        if (tk.w !== words[k] || tk.mention || tk.sent !== (t[i] as Token).sent) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      out.push({
        m: {
          rule: 'phrase',
          first: i,
          last: i + words.length,
          severity: 2,
          min: 'gentle',
          why: 'custom',
          category: p.category,
          cap: {},
        },
        p,
      });
      i += words.length - 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------

function sentenceAt(doc: Doc, pos: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Sentence;
    if (s.start <= pos) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * "I'm feeling really upset right now" written over "You're making me upset" in "You're making me
 * upset right now": the person's words after the draft that repeat the draft's last words (one to
 * three, "right now", "to me", "again") go with the draft, and so do the marks after them when the
 * draft ends with its own.
 */
function withoutRepeatedTail(doc: Doc, d: Draft): Draft {
  if (d.verbatim || d.text === '') return d;
  // Cheap test first: the person's next word must be among the draft's words at all.
  const text = doc.text;
  let a = d.end;
  while (a < text.length && a - d.end < 4 && text.charCodeAt(a) === 32) a++;
  let b = a;
  while (b < text.length && b - a < 12 && /[A-Za-z']/.test(text[b] as string)) b++;
  if (b === a || !d.text.toLowerCase().includes(text.slice(a, b).toLowerCase())) return d;
  const trimmed = d.text.trimEnd();
  const body = trimmed.replace(/[.!?]+$/, '');
  const ownMark = body.length < trimmed.length;
  const words = body
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/\s+/);
  const after = doc.text
    .slice(d.end, d.end + 40)
    .toLowerCase()
    .replace(/\u2019/g, "'");
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const tail = words.slice(words.length - k);
    if (!tail.every((w) => /^[a-z']+$/.test(w))) continue;
    let p = 0;
    let ok = true;
    for (const w of tail) {
      // Words are apart: a space before each, or (the first) the draft's own trailing space.
      const m = /^\s*/.exec(after.slice(p)) as RegExpExecArray;
      const apart =
        m[0].length > 0 || (p === 0 && (d.text !== trimmed || /\s/.test(doc.text[d.end - 1] ?? '')));
      if (!apart || !after.startsWith(w, p + m[0].length)) {
        ok = false;
        break;
      }
      p += m[0].length + w.length;
      if (/[\p{L}\p{N}']/u.test(after[p] ?? '')) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    let end = d.end + p;
    if (ownMark) {
      let q = end;
      while (q < doc.text.length && q - end < 8 && /[.!?\u2026]/.test(doc.text[q] as string)) q++;
      end = q;
    }
    return { ...d, end };
  }
  return d;
}

/**
 * "those scum suckers", "a scum bag": a label that is the first half of a compound takes its second
 * half with it ("people suckers" would keep the insult); "he is a person" or "what a person" left
 * by a plain noun after a copula or "what a" says nothing, and the act is said instead.
 */
function compoundHalf(doc: Doc, d: Draft): Draft {
  const text = doc.text;
  let out = d;
  if (/(?:^|[^\p{L}])scum$/iu.test(text.slice(Math.max(0, d.end - 5), d.end))) {
    const half = /^[ -](suck(?:er|ers|a|as)|bags?|balls?|buckets?)(?![\p{L}])/iu.exec(
      text.slice(d.end, d.end + 10),
    );
    if (half)
      out = {
        ...d,
        end: d.end + half[0].length,
        text: d.text.replace(/\b(?:people|person)$/, /s$/i.test(half[1] as string) ? 'people' : 'person'),
      };
    // "you scum bag!": cut whole, the words of address go with it; alone, they were the sentence.
    const lead = text.slice(0, d.start);
    const ends = half
      ? /^\s*(?:[.!?,;]|$)/.test(text.slice(d.end + half[0].length, d.end + half[0].length + 3))
      : false;
    const you = half && ends && d.text === '' ? /(?<![\p{L}\p{N}'])(?:you|u) *$/iu.exec(lead) : null;
    if (you) {
      const prefix = lead.slice(0, you.index);
      out =
        prefix.trim() === '' || /[.!?]\s*$/.test(prefix)
          ? { ...out, start: you.index, text: "I'm really upset with you right now" }
          : { ...out, start: prefix.trimEnd().length };
    } else if (half && d.text === '') {
      // "bankers have to be scum suckers": cut whole after a copula, what they are is said
      // plainly; elsewhere ("so u scum bags think…") both halves go.
      if (/\b(?:be|is|are|was|were)\s*$/i.test(lead))
        out = { ...out, start: lead.trimEnd().length, text: ' out of line' };
      // "i hate those scum bags": a pointing word needs its noun.
      else if (
        /\b(?:this|that|these|those|the|some|a|an|all|such|of|my|your|his|her|their|our)\s*$/i.test(lead)
      )
        out = {
          ...out,
          start: lead.trimEnd().length,
          text: /s$/i.test(half?.[1] ?? '') ? ' people' : ' person',
        };
    }
  }
  if (out.text !== 'person' || !/^\s*(?:[.!?,;]|$)/.test(text.slice(out.end, out.end + 3))) return out;
  const before = /\b(?:(is|was)|what) an? (?:total |complete |absolute |real |utter )?$/i.exec(
    text.slice(Math.max(0, out.start - 24), out.start),
  );
  if (!before) return out;
  const start = out.start - before[0].length + (before[1] ? (before[1] as string).length + 1 : 0);
  return { ...out, start, text: before[1] ? 'out of line' : 'that was out of line' };
}

/**
 * "he is a liar and a thief" → "he is not being honest", never "…not being honest and a thief": a
 * label reworded takes a second label joined to it with "and" (one the lexicon knows as a label,
 * even if not flagged alone) with it; left, it keeps the name-calling and breaks the grammar.
 */
function secondLabel(doc: Doc, d: Draft): Draft {
  // A word cut from a list ("lazy, stupid and rude") leaves the rest of the list as it was.
  if (d.text.trim() === '' || /^(?:an? )?(?:person|people)$/i.test(d.text)) return d;
  const text = doc.text;
  const last = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(d.start, d.end - 16), d.end));
  if (!last || !isLabelWord((last[1] as string).toLowerCase())) return d;
  // "a liar, a cheat and a fraud": the whole list of labels, at most four more.
  let end = d.end;
  for (let i = 0; i < 4; i++) {
    const m = /^(?: (?:and|&)|, (?:and|&)|,) (an? )?(\p{L}+)(?![\p{L}\p{N}'-])/u.exec(
      text.slice(end, end + 28),
    );
    const w = (m?.[2] ?? '').toLowerCase();
    if (
      !m ||
      !(isLabelWord(w) || LISTED_LABEL.test(w)) ||
      !(m[1] || w.endsWith('s') || INSULT_ADJECTIVES.has(w))
    )
      break;
    end += m[0].length;
  }
  // "a liar and a thief from day one", "so stupid and lazy": only to the clause's end or a word
  // that takes it on.
  if (
    end > d.end &&
    /^\s*(?:$|[.,!?;:)]|(?:from|since|who|that|and|but|lol|at|online)\b)/i.test(text.slice(end))
  )
    return { ...d, end };
  // "my ex is a cheater and a liar": the label before "and" goes too.
  // "a liar, a cheat and a coward": the whole list before it, at most four more.
  const first = /^\p{L}+$/u.test(text.slice(d.start, d.end).trim());
  let start = d.start;
  // "you're a fraud and a coward": a describing word and "person" ("a timid person") says one of them.
  for (let i = 0; first && !/^(?:an? )?\p{L}+ person$/u.test(d.text) && i < 4; i++) {
    const b = /(?:^|[^\p{L}\p{N}'-])(?:an? )(\p{L}+)(?: (?:and|&)|, (?:and|&)|,) (?:an? )$/u.exec(
      text.slice(Math.max(0, start - 28), start),
    );
    const w = (b?.[1] ?? '').toLowerCase();
    if (!b || !(isLabelWord(w) || LISTED_LABEL.test(w))) break;
    start = start - b[0].length + b[0].indexOf(b[1] as string);
  }
  return start < d.start ? { ...d, start } : d;
}

/** Names for wrongdoers that only a list of labels makes a label ("a liar and a cheat"). */
const LISTED_LABEL =
  /^(?:cheat|cheats|cheater|cheaters|fraud|frauds|bully|bullies|thug|thugs|creep|creeps|scammer|scammers)$/;

/** A label noun: "bigot", "pigs" (the lexicon's names for people). */
function isLabelNoun(w: string): boolean {
  return (
    !THING_LABELS.test(w) && (INSULT_NOUNS.has(w) || (w.endsWith('s') && INSULT_NOUNS.has(w.slice(0, -1))))
  );
}

/** Labels that also name things ("a stupid joke", "what a mess"): beside a describing word, a thing. */
const THING_LABELS =
  /^(?:jokes?|wastes?|mess|trash|disgraces?|embarrassments?|failures?|letdowns?|burdens?|bab(?:y|ies)|child|pos)$/;

/** What may follow a noun that ends its phrase: a mark, the end, or a word that starts what is said of it. */
const PHRASE_ENDS =
  /^\s*(?:$|[.,!?;:)]|(?:is|was|are|were|who|that|and|but|lol|from|in|on|at|like|with|has|had|have|will|would|should|can|could|does|did|just|again|now|here|there|for|to|of|if|when|he|she|they|i|you|it|\p{L}+ed|\p{L}+ing)(?![\p{L}\p{N}'-]))/iu;

/** A copula, then at most two words ("you are quite frankly "). */
const COPULA_BEFORE =
  /(?:(?<![\p{L}'])(?:is|are|was|were|am|be|being|been)|['\u2019](?:s|re|m))\s+(?:(?!(?:many|few|several|some|more|most|of|lots?|these|those|the|no|any|my|your|his|her|their|our)\s)\p{L}+\s+){0,2}$/iu;

/**
 * "you are quite frankly an ignorant bigot" → "…quite frankly out of line", "this stupid pig lied" →
 * "this person lied", never "a bigot" nor "an uninformed unfair to people": a describing label
 * reworded beside a second label it describes takes that label with it, and both say one thing. A
 * label word used to describe another noun ("they are degenerate criminals") goes alone, never
 * "person criminals".
 */
function labelPair(doc: Doc, d: Draft): Draft {
  if (d.verbatim || d.text.split(' ').length > 3) return d;
  const text = doc.text;
  const m = /^(\s*)(?:(?:such )?an? +)?(\p{L}+)$/iu.exec(text.slice(d.start, d.end));
  if (!m) return d;
  const word = (m[2] as string).toLowerCase();
  const at = d.end - (m[2] as string).length;
  let a = at;
  let b = d.end;
  let noun = '';
  const next = /^ (\p{L}+)(?![\p{L}\p{N}'-])/u.exec(text.slice(d.end, d.end + 24));
  const prev = /(?:^|[^\p{L}\p{N}'-])(\p{L}+) $/u.exec(text.slice(Math.max(0, at - 24), at));
  if (next && INSULT_ADJECTIVES.has(word) && isLabelNoun((next[1] as string).toLowerCase())) {
    noun = (next[1] as string).toLowerCase();
    b = d.end + next[0].length;
  } else if (prev && isLabelNoun(word) && INSULT_ADJECTIVES.has((prev[1] as string).toLowerCase())) {
    noun = word;
    a = at - (prev[1] as string).length - 1;
  }
  if (noun && PHRASE_ENDS.test(text.slice(b, b + 12))) {
    const lead = text.slice(Math.max(0, a - 40), a);
    const art = /(?:^|[^\p{L}])((such )?an? )$/iu.exec(lead);
    const from = art ? a - (art[1] as string).length : a;
    const plural = (/[^s]s$/.test(noun) && noun !== 'pos') || noun === 'sheep';
    // "you rich slimy opportunist": words of address go whole, elsewhere (lib/tone/vocative.ts).
    if (
      /(?:^|[^\p{L}'])(?:you|u|ya|yall|y'all)\s+(?:\p{L}+\s+){0,2}$/iu.test(
        text.slice(Math.max(0, from - 30), from),
      )
    )
      return d;
    if (COPULA_BEFORE.test(text.slice(Math.max(0, from - 40), from)) && (art || plural))
      return { start: from, end: b, text: art?.[2] ? 'so out of line' : 'out of line' };
    return { start: a, end: b, text: plural ? 'people' : 'person' };
  }
  // "they are degenerate criminals": a label word before a plural noun describes it; it goes.
  if (
    /^(?:person|people)$/.test(d.text) &&
    next &&
    /^\p{L}{3,}s$/u.test(next[1] as string) &&
    PHRASE_ENDS.test(text.slice(d.end + next[0].length, d.end + next[0].length + 12))
  ) {
    if (
      COPULA_BEFORE.test(text.slice(Math.max(0, at - 40), at)) &&
      !/(?:^|[^\p{L}])an? $/iu.test(text.slice(Math.max(0, at - 4), at))
    )
      return { start: at - 1, end: d.end, text: '' };
  }
  return d;
}

/** Words after a label that end its phrase or start what is said of it: never a noun it describes. */
const NOT_A_NOUN =
  /^(?:is|was|are|were|be|been|who|whom|whose|that|which|and|but|or|nor|lol|lmao|from|in|on|at|like|with|has|had|have|will|would|should|can|could|does|did|do|just|again|now|here|there|for|to|of|if|when|he|she|they|you|it|we|me|him|them|us|as|all|never|always|really|ever|even|so|too|the|a|an|keep|keeps|get|gets|got|go|goes|say|says|think|thinks|make|makes|out|up|down|off|over|back|not|still|also|by|about|into|after|before|because|since|until|while|what|which|where|how|why|must|may|might|this|that|these|those|my|your|his|her|their|our|its|than|then|one|yourself|himself|herself|themselves|myself|anyway|anyways|already|instead|wherever|whenever|though|tho|right|today|tonight|yesterday|tomorrow|doesn|don|didn|isn|wasn|won|shouldn|wouldn|couldn|aren|weren|kept|went|told|said|made|took|came|left|thought|knew|saw|gave|found|ran|sent|lost|broke|wrote|forgot|let|put|hit|cut|tried)$/;

/**
 * "your scum reading skills", "your idiot driving": after "my / your / his…", a label before the
 * noun it describes is no person, and "your people reading skills" says nothing; the label goes
 * and the noun (or the doing) stays ("your reading skills", "your driving").
 */
function labelAsModifier(doc: Doc, d: Draft): Draft {
  if (d.verbatim || !/^(?:person|people)$/.test(d.text)) return d;
  const text = doc.text;
  if (!/^\p{L}[\p{L}-]{1,20}$/u.test(text.slice(d.start, d.end))) return d;
  // Only after "my / your / his…": after "this / that / the" the label is as often the one who
  // acts ("that idiot kept honking", "these fools wherever they go", "a tool that idiots install");
  // but "scum" after "this / that" names no one alone ("that scum landlord", never "that people
  // landlord") when a plain word follows.
  const det = /(?:^|[^\p{L}\p{N}'])(my|your|ur|his|her|their|our|its|this|that) $/iu.exec(
    text.slice(Math.max(0, d.start - 7), d.start),
  );
  if (!det) return d;
  const own = !/^(?:this|that)$/i.test(det[1] as string);
  if (!own && !/^scum$/i.test(text.slice(d.start, d.end))) return d;
  const next = /^ (\p{Ll}{3,16})(?![\p{L}\p{N}'-])/u.exec(text.slice(d.end, d.end + 20));
  const w = next?.[1] ?? '';
  if (
    !next ||
    NOT_A_NOUN.test(w) ||
    /(?:ly|n't|nt)$/.test(w) ||
    /ed$/.test(w) ||
    INSULT_NOUNS.has(w) ||
    (!own && /(?:[^s]s|ing|ed)$/.test(w))
  )
    return d;
  return { ...d, end: d.end + 1, text: '' };
}

/** "you'd have to be", "you gotta be", "one must be", "you'd be": the frame of "…a fool to do that". */
const HAVE_TO_BE =
  /(?:^|[^\p{L}\p{N}'\u2019])((?:you|u|ya|one|someone|somebody|anyone|anybody|they|people)(?:['\u2019]d| would| must)?(?: (?:have|has|had|need|needs) to| got to| gotta| hafta| must)? be (?:(?:an?|so|such|really|pretty|totally|complete|completely|absolute|absolutely|total|real|utter) ){0,3})$/iu;

/**
 * "you'd have to be an idiot to believe that" → "I wouldn't believe that", never "you'd have to be
 * wrong to believe that": a label in the frame "you'd have to be X to do Y" judges the act, not
 * the person, and the writer's own view of the act says it ("you'd be mad not to take it" → "I'd
 * take it").
 */
function haveToBe(doc: Doc, d: Draft): Draft {
  if (d.verbatim) return d;
  const text = doc.text;
  if (!/^(?:\p{L}+ ){0,3}\p{L}+$/u.test(text.slice(d.start, d.end))) return d;
  const frame = HAVE_TO_BE.exec(text.slice(Math.max(0, d.start - 48), d.start));
  const m = frame?.[1] as string;
  // A frame needs its "would / must / have to": "you are an idiot to trust him" is said to them.
  if (!m || !/(?:['\u2019]d|would|must|to|gotta|hafta) be /i.test(m)) return d;
  const to = /^ (not )?to (?=\p{L})/u.exec(text.slice(d.end, d.end + 12));
  if (!to) return d;
  return {
    ...d,
    start: d.start - m.length,
    end: d.end + to[0].length - 1,
    text: to[1] ? "I'd" : "I wouldn't",
  };
}

/** "of the earth", "of society" right after a name: what makes it a name for the lowest of people. */
const OF_THE_EARTH = /^ of (?:the earth|society|humanity|mankind)(?![\p{L}])/iu;

/**
 * "the scum of the earth strikes again" → "the person strikes again", never "the people of the
 * earth"; "these dregs of the earth losers" → "these people": a name for people said as the lowest
 * of all goes whole with its "of the earth", and so does a second name joined to it.
 */
function ofTheEarth(doc: Doc, d: Draft): Draft {
  if (!/^(?:the )?(?:person|people)$/.test(d.text)) return d;
  const text = doc.text;
  let { start, end } = d;
  const after = OF_THE_EARTH.exec(text.slice(end, end + 24));
  if (after) {
    end += after[0].length;
    const next = /^ (\p{L}+)(?![\p{L}\p{N}'-])/u.exec(text.slice(end, end + 24));
    if (next && isLabelWord((next[1] as string).toLowerCase())) end += next[0].length;
  }
  // "these dreg of the earth losers" with "the earth losers" reworded: the start of the name too.
  const own = text.slice(d.start, d.end);
  const before = (
    /^(?:the earth|society|humanity|mankind)\b/i.test(own)
      ? /(?:^|[^\p{L}])((?:(?:utter|absolute|complete|total|lowlife) )?(?:dregs?|scum|filth|vermin) of) $/iu
      : /(?:^|[^\p{L}])((?:(?:utter|absolute|complete|total|lowlife) )?(?:dregs?|scum|filth|vermin)(?: of (?:the earth|society|humanity|mankind))?) $/iu
  ).exec(text.slice(Math.max(0, start - 48), start));
  if (before) start -= (before[1] as string).length + 1;
  if (start === d.start && end === d.end) return d;
  return { ...d, start, end, text: d.text.replace(/^the /, '') };
}

/** Words before a word that mention it rather than say it: "had to look up", "tells you that you're". */
const MENTION_BEFORE =
  /(?:\b(?:look(?:ed|ing)? up|defin(?:e|ed|ing)|spell(?:ed|ing|s)?|spelt|pronounc(?:e|ed|es|ing)|the (?:word|term)|(?:word|term) of the (?:day|week|year)(?: is|:)|it means|meaning|(?:tells?|told|telling) (?:you|u) (?:that )?(?:you're|youre|you are|ur)(?: an?)?))\s+$/i;

/** "what does wanker mean?", "what is twat meant to mean": a word asked about, before "mean". */
const MEANS_BEFORE = /\bwhat +(?:does|do|did|is|'s) +(?:the word +)?$/i;

/**
 * "(had to look up dotard)", "if nobody else tells you that you're crazy": a word mentioned, or
 * reported from someone else's mouth, is said of no one here; it goes in quotes as written.
 */
function mentioned(doc: Doc, d: Draft): Draft {
  // "the word fuck" → "the f-word": a swear or slur mentioned has its own plain name.
  if (/-word\b/.test(d.text)) return d;
  const m = /^(\s*)(the (?:word|term) )?(\p{L}+)(\s*)$/iu.exec(doc.text.slice(d.start, d.end));
  if (!m || /["\u201c\u201d']/.test(doc.text.slice(d.end, d.end + 1))) return d;
  const at = d.start + (m[1] as string).length;
  if (
    !m[2] &&
    !MENTION_BEFORE.test(doc.text.slice(Math.max(0, at - 40), at)) &&
    !(
      MEANS_BEFORE.test(doc.text.slice(Math.max(0, at - 24), at)) &&
      /^\s*(?:(?:even|actually|really|exactly) +)?(?:mean|means|meant)\b/i.test(
        doc.text.slice(d.end, d.end + 18),
      )
    )
  )
    return d;
  return { ...d, text: `${m[1]}${m[2] ?? ''}"${m[3]}"${m[4]}`, verbatim: true };
}

/** A copula right before a describing word, with words that only say how much. */
const COPULA_LEFT =
  /\b(?:is|was|are|were|'s)\s+(?:(?:so|really|very|just|totally|completely|pretty|quite|absolutely|plain|downright|utterly|simply|beyond) +){0,2}$/i;
/** Words in -ing that are things, not acts ("the morning was", "nothing is"). */
const ING_THING =
  /^(?:\p{L}*thing|king|ring|spring|string|sibling|darling|morning|evening|building|wedding|ceiling|meeting|feeling|ending|beginning|painting|clothing|housing|pudding|icing|lightning|offspring|earring|viking|duckling|wing|swing|sting|bling|ping)$/u;
/**
 * "making fun of his accent is ignorant", "what they did to her was ignorant": a label said of an
 * act, not of a person. An act is not "uninformed" nor "wrong about this": it is "wrong"; nor "hard
 * to believe" ("charging for tap water is ridiculous"): it is "unreasonable".
 */
function actJudged(doc: Doc, d: Draft): Draft {
  const plain =
    d.text === 'uninformed' || d.text === 'wrong about this'
      ? 'wrong'
      : d.text === 'hard to believe'
        ? 'unreasonable'
        : null;
  if (!plain) return d;
  const lead = doc.text.slice(Math.max(0, d.start - 80), d.start);
  const cop = COPULA_LEFT.exec(lead);
  if (!cop) return d;
  // The subject: back to the clause's start (a mark or the text's start within the window).
  const before = lead.slice(0, cop.index);
  const mark = before.search(/[,;:.!?\n][^,;:.!?\n]*$/);
  if (mark < 0 && d.start > 80) return d;
  const subject = before
    .slice(mark + 1)
    .trim()
    .replace(
      /^(?:and|but|so|honestly|seriously|frankly|tbh|imo|also|because|cause|cuz|i think|i mean)\s+/i,
      '',
    );
  const gerund = /^(\p{L}{2,}ing)\s+\S/u.exec(subject);
  const act =
    (gerund !== null && !ING_THING.test((gerund[1] as string).toLowerCase())) ||
    /^what +(?:[\p{L}']+ +){1,3}(?:did|do|does|done|have done|has done|had done|are doing|is doing|were doing|was doing)\b/iu.test(
      subject,
    );
  if (act) return { ...d, text: plain };
  // "the new parking rules are ridiculous": rules, prices and demands are not "hard to believe".
  const head = /([\p{L}]+)$/u.exec(subject)?.[1]?.toLowerCase();
  return plain === 'unreasonable' && head && DEMAND_HEADS.test(head) ? { ...d, text: plain } : d;
}
/** What is asked of people: a rule, a price, a demand ("the fees are unreasonable"). */
const DEMAND_HEADS =
  /^(?:rules?|prices?|pricing|fees?|polic(?:y|ies)|demands?|laws?|rents?|tax(?:es)?|requirements?|restrictions?|limits?|charges?|costs?|hours|deadlines?|expectations?|rates?|fines?|penalt(?:y|ies)|tariffs?|terms|conditions|fares?|tickets?|bills?|quotas?|regulations?)$/;

/**
 * "he is lazy, selfish and an idiot" → "he is lazy, selfish": the cut took the list's last item, a
 * label ("and a moron", never a filler: "…, gucci and shit"), with its "and"; the comma before the
 * item now last becomes the "and" ("lazy and selfish").
 */
function listClosed(doc: Doc, d: Draft): Draft {
  if (d.verbatim) return d;
  let from = d.start;
  let marks = d.text;
  if (/^(?:an? )?person$/.test(d.text)) {
    // "rude, always late and a complete idiot" → "…and a person": the item goes whole instead.
    const and = / +(?:and|&) +(?:an? +)?$/i.exec(doc.text.slice(Math.max(0, d.start - 12), d.start));
    if (!and || !/^\s*[.!?]*\s*$/.test(doc.text.slice(d.end, d.end + 4))) return d;
    from = d.start - and[0].length;
    marks = '';
  } else if (
    !/^[.!?]*$/.test(d.text) ||
    !/^,? +(?:and|&) +(?:such +)?an? +\S/i.test(doc.text.slice(d.start, d.end))
  )
    return d;
  const lead = /, +((?:[\p{L}'-]+ ){0,2}[\p{L}'-]+),?$/u.exec(doc.text.slice(Math.max(0, from - 48), from));
  if (!lead || /\b(?:and|or|but|&)\b/i.test(lead[1] as string)) return d;
  return { start: from - lead[0].length, end: d.end, text: ` and ${lead[1]}${marks}`, verbatim: true };
}

/**
 * "they closed the pool in july. so dumb.": a verdict standing alone as a sentence is said of what the
 * message just told, an act or a thing, never a person's mind: "so misguided" reads oddly; how it
 * lands on the writer says it ("so frustrating").
 */
function verdictAlone(doc: Doc, d: Draft): Draft {
  if (d.text !== 'misguided') return d;
  const s = sentenceAt(doc, d.start);
  if (!s || d.end > s.end || d.start - s.start > 600) return d;
  // "they closed the library. idiotic.": a lower-case fragment may be read into the sentence before.
  const lead = doc.text.slice(s.start, d.start);
  const stop = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('! '), lead.lastIndexOf('? '));
  const before = stop < 0 ? lead : lead.slice(stop + 2);
  const after = doc.text.slice(d.end, s.contentEnd);
  return /^\s*(?:(?:so+|just|really|how|too|totally|simply|plain|utterly|honestly) +){0,2}$/i.test(before) &&
    /^(?: +(?:lol|lmao|haha+|tbh|honestly|really|imo|smh))*$/i.test(after)
    ? { ...d, text: 'frustrating' }
    : d;
}

/**
 * "he is stupid for trusting them": "he is wrong about this for trusting them" says it twice, and
 * "not making sense for supporting him" does not read; before "for <doing>", plainly "wrong".
 */
function wrongFor(doc: Doc, d: Draft): Draft {
  if (d.text !== 'wrong about this' && d.text !== 'not making sense') return d;
  return /^ for \p{L}{2,}ing\b/u.test(doc.text.slice(d.end, d.end + 24)) ? { ...d, text: 'wrong' } : d;
}

/**
 * "your stupidity level" → "your level of poor judgment", never "your poor judgment level": a
 * plain phrase in place of a word that names a kind of level or meter goes after it with "of".
 */
function measureOf(doc: Doc, d: Draft): Draft {
  if (d.text !== 'poor judgment') return d;
  // "untrue to the point of idiocy": a degree reached, said as "absurdity".
  if (
    /(?:point of|bordering on|verging on|borders on|verges on) $/i.test(
      doc.text.slice(Math.max(0, d.start - 14), d.start),
    )
  )
    return { ...d, text: 'absurdity' };
  const m = /^ (level|levels|meter|meters)(?![\p{L}\p{N}'-])/u.exec(doc.text.slice(d.end, d.end + 10));
  if (!m) return d;
  // "your stupidity level is off the charts" → "your carelessness is off the charts": after an
  // owner or "the", the measure goes and the plain noun takes the degree said of it ("levels",
  // plural, keeps its measure: "their levels of poor judgment are…").
  if (
    (m[1] === 'level' || m[1] === 'meter') &&
    /\b(?:my|your|ur|his|her|their|our|its|the|this|that)\s+$/i.test(
      doc.text.slice(Math.max(0, d.start - 8), d.start),
    )
  )
    return { ...d, end: d.end + m[0].length, text: 'carelessness' };
  return { ...d, end: d.end + m[0].length, text: `${m[1]} of poor judgment` };
}

/** Words after a group's name that say which group it is ("the people at work", "the people running it"). */
const GROUP_SAID_AFTER =
  /^ +(?:like|who|whom|that|which|whose|at|in|on|from|of|with|around|here|there|i|we|\p{L}+ing)(?![\p{L}'])/iu;

/**
 * "lets hear the deplorables cook up an excuse" → "lets hear those folks cook up…", never "the
 * people cook up…": "the people" is everyone, where the label pointed at a group the reader knows.
 */
function thoseFolks(doc: Doc, d: Draft): Draft {
  const said = /^people( (?:are|were|have|do|don't|get|got|keep))?$/.exec(d.text);
  if (!said || doc.text.slice(d.start, d.end).toLowerCase().startsWith('people')) return d;
  const the = /(?:^|[^\p{L}'])(the|The|THE) $/u.exec(doc.text.slice(Math.max(0, d.start - 5), d.start));
  if (!the || GROUP_SAID_AFTER.test(doc.text.slice(d.end, d.end + 18))) return d;
  const those = (the[1] as string) === 'the' ? 'those' : 'Those';
  return { ...d, start: d.start - 4, text: `${those} folks${said[1] ?? ''}` };
}

/** A verb of choosing someone for a place: "elected", "hired", "married", "voted for", "put". */
const PICKED_BEFORE =
  /(?:^|[^\p{L}'])(?:elect|elects|elected|hire|hires|hired|hiring|pick|picks|picked|choose|chooses|chose|chosen|appoint|appoints|appointed|nominate|nominated|promote|promoted|marry|married|marries|voted for|vote for|put|puts)\s+$/iu;

/**
 * "we elected an idiot", "they hired an absolute clown" → "…the wrong person", never "we elected a
 * person": a label for who was chosen says the choice was a mistake; "a person" says nothing.
 */
function wrongPick(doc: Doc, d: Draft): Draft {
  // "you voted for the idiot" → "…for the wrong person", never "for the person".
  if (
    d.text === 'person' &&
    /(?:^|[^p{L}'])the $/.test(doc.text.slice(Math.max(0, d.start - 5), d.start)) &&
    PICKED_BEFORE.test(doc.text.slice(Math.max(0, d.start - 16), d.start - 4)) &&
    !/put\s+$/i.test(doc.text.slice(0, d.start - 4))
  )
    return { ...d, start: d.start - 4, text: 'the wrong person' };
  if (!/^an? person$/.test(d.text) || !/^an?\s/i.test(doc.text.slice(d.start, d.end))) return d;
  if (!PICKED_BEFORE.test(doc.text.slice(Math.max(0, d.start - 12), d.start))) return d;
  // "she married an idiot and a cheat": the labels joined to it go with it.
  let end = d.end;
  for (let i = 0; i < 3; i++) {
    const m = /^(?: (?:and|&)|, (?:and|&)|,) an? (\p{L}+)(?![\p{L}\p{N}'-])/u.exec(
      doc.text.slice(end, end + 28),
    );
    const w = (m?.[1] ?? '').toLowerCase();
    if (!m || !(isLabelWord(w) || LISTED_LABEL.test(w))) break;
    end += m[0].length;
  }
  return { ...d, end, text: 'the wrong person' };
}

/**
 * "any idiot can see that" → "anyone can see that", "he's an idiot who never listens" → "he's
 * someone who…", "that moron of a manager" → "that manager": "person" where the words around it
 * already say who, in the word English uses there.
 */
function personInItsSlot(doc: Doc, d: Draft): Draft {
  if (!/^(?:an? )?person$/.test(d.text)) return d;
  const text = doc.text;
  const bare = d.text === 'person';
  if (bare && /(?:^|[^\p{L}'])any $/iu.test(text.slice(Math.max(0, d.start - 5), d.start)))
    return { ...d, start: d.start - 4, text: text[d.start - 4] === 'A' ? 'Anyone' : 'anyone' };
  if (
    !bare &&
    /^ (?:who|that) /.test(text.slice(d.end, d.end + 6)) &&
    /^an?\s/i.test(text.slice(d.start, d.end))
  )
    return { ...d, text: 'someone' };
  const of = /^ of an? (\p{L}{3,})(?![\p{L}\p{N}'-])/u.exec(text.slice(d.end, d.end + 24));
  if (
    bare &&
    of &&
    /(?:^|[^\p{L}'])(?:that|this|my|your|his|her|their|our|the) $/iu.test(
      text.slice(Math.max(0, d.start - 7), d.start),
    )
  )
    return { ...d, end: d.end + of[0].length, text: of[1] as string, verbatim: true };
  // "a lazy idiot is running the team" → "someone is running the team", never "a person is…":
  // opening the sentence, before what they do.
  const a = bare ? /(?:^|[.!?]\s+)(an?) $/iu.exec(text.slice(Math.max(0, d.start - 6), d.start)) : null;
  const from = a ? d.start - (a[1] as string).length - 1 : d.start;
  if (
    (a || (!bare && /^an?\s/i.test(text.slice(d.start, d.end)))) &&
    (from === 0 || /[.!?]\s+$/.test(text.slice(Math.max(0, from - 3), from))) &&
    /^ (?:is|was|has|had|will|would|can|could|should|keeps|kept|told|said|just|tried|tries|thinks|thought)\b/.test(
      text.slice(d.end, d.end + 10),
    )
  )
    return { ...d, start: from, text: text[from] === 'A' ? 'Someone' : 'someone' };
  return d;
}

/**
 * "they're despicable scum trying to take…" → "they're trying to take…", "he is a moron pretending
 * to be…" → "he is pretending to be…": a label between the copula and what they are doing goes; the
 * doing stays the clause's verb, never "they're people trying" or "he is out of line pretending".
 */
function labelBeforeDoing(doc: Doc, d: Draft): Draft {
  // "the most out of line person i know": a claim cannot stand in a describing word's slot.
  if (
    d.text === 'out of line' &&
    /(?:^|[^\p{L}'])(?:most|more|so|such an?|very|really) $/iu.test(
      doc.text.slice(Math.max(0, d.start - 10), d.start),
    ) &&
    /^ (?:person|people|man|men|woman|women|guy|guys|human|individual)\b/i.test(
      doc.text.slice(d.end, d.end + 12),
    )
  )
    return { ...d, text: 'difficult' };
  const ing = /^ (\p{L}{3,}ing)\b/u.exec(doc.text.slice(d.end, d.end + 24));
  if (!ing || /thing|^(?:morning|evening|during|king|ring|wing|sibling|darling)$/i.test(ing[1] as string))
    return d;
  // "they are spineless cowards hiding…" said as "are backing away": the copula alone stays.
  const own = /^(?:is|are|was|were|they're|theyre|he's|hes|she's|shes) /i.exec(
    doc.text.slice(d.start, d.end),
  );
  if (
    own &&
    /^(?:(?:they|he|she) )?(?:(?:is|are|was|were) (?:backing away|stirring up trouble)|(?:isn't|aren't|wasn't|weren't) being honest|(?:has|have|had) double standards)$/.test(
      d.text,
    )
  )
    return { ...d, text: own[0].trim(), verbatim: true };
  if (!/^(?:an? )?(?:[\p{L}-]+ )?(?:people|person)$|^(?:out of line|wrong about this)$/u.test(d.text))
    return d;
  // The copula after its subject (not "there are", "this is"), and at most three words between
  // ("they're spineless cowards hiding…"), which go with the label.
  const cop =
    /(?:^|[^\p{L}'])(?:(?:they|he|she|you|we)(?:'re|'s)|theyre|hes|shes|youre|(?!(?:this|that|it|its|there|here|what|who|which|where|how|why|so|as)\b)\p{L}+ (?:is|are|was|were))((?: (?!(?:not|no|never)\b)[\p{L}-]+){0,3}?) $/iu.exec(
      doc.text.slice(Math.max(0, d.start - 48), d.start),
    );
  if (!cop) return d;
  return { ...d, start: d.start - (cop[1]?.length ?? 0) - 1, text: '' };
}

/** "with rage", "with anger": the feeling said after an idiom of losing control. */
const WITH_RAGE = /^ (?:with|in|from) (?:rage|anger|fury)(?![\p{L}])/iu;
const REFLEXIVE_OWNER: Readonly<Record<string, string>> = {
  myself: 'my',
  yourself: 'your',
  urself: 'your',
  himself: 'his',
  herself: 'her',
  themselves: 'their',
  themself: 'their',
  ourselves: 'our',
  yourselves: 'your',
};

/**
 * "i'm going to shit myself with rage" → "i'm going to lose my temper", never "panic with rage":
 * fear's idiom said of anger is losing one's temper, with the feeling in the words.
 */
function temperLost(doc: Doc, d: Draft): Draft {
  const verb = /^(?:panic(ked|king|s)?|wet(ting|s)?)$/.exec(d.text);
  if (!verb) return d;
  let end = d.end;
  let own = /(\p{L}+)$/u.exec(doc.text.slice(d.start, d.end));
  if (d.text.startsWith('wet')) {
    // "wet" left the reflexive in the person's words: "crap themselves with fury".
    own = /^ (\p{L}+)/u.exec(doc.text.slice(end, end + 14));
    if (own) end += own[0].length;
  }
  const owner = own ? REFLEXIVE_OWNER[(own[1] as string).toLowerCase()] : undefined;
  const rage = WITH_RAGE.exec(doc.text.slice(end, end + 16));
  if (!owner || !rage) return d;
  const tense = verb[1] ?? verb[2];
  const past =
    verb[1] === 'ked' ||
    (d.text === 'wet' && /ed$|shat$/i.test(doc.text.slice(d.start, d.start + 8).split(' ')[0] ?? ''));
  const lose = past
    ? 'lost'
    : /^(?:king|ting)$/.test(tense ?? '')
      ? 'losing'
      : tense === 's'
        ? 'loses'
        : 'lose';
  return { ...d, end: end + rage[0].length, text: `${lose} ${owner} temper` };
}

/**
 * "why are you being such a bitch to everyone" → "…being so unkind to everyone", never "such a pain
 * to everyone": a label for how someone treats a person ("a jerk to me") is said as the way they
 * treat them.
 */
function unkindTo(doc: Doc, d: Draft): Draft {
  const text = doc.text;
  if (
    !/^(?:an? )?(?:total |real |right )?(?:pain|out of line)$/.test(d.text) ||
    !/^ to (?:me|you|u|him|her|them|us|every(?:one|body)|people|my|his|your|their|our|the)\b/i.test(
      text.slice(d.end, d.end + 14),
    )
  )
    return d;
  const lead =
    /\b(?:be|being|is|was|are|were|am|'s|'re|been) ((such )?(?:an? )?(?:total |real |right )?)$/i.exec(
      text.slice(Math.max(0, d.start - 40), d.start),
    );
  if (!lead) return d;
  const said = `${lead[1]}${text.slice(d.start, d.end)}`;
  const degree = lead[2] ? 'so ' : /\b(?:total|real|right)\b/i.test(said) ? 'really ' : '';
  return { ...d, start: d.start - (lead[1] as string).length, text: `${degree}unkind` };
}

/** Harm wished on someone: "give <them> a slap (in the face)", "punch <them>". */
const HARM_BEFORE =
  /\b(?:(give|gives|giving) |(?:slap|smack|punch|kick|hit|beat|strangle|choke)(?: up)? )((?:this|that|these|those|the|all|some) )?$/i;
const HARM_AFTER =
  /^(?: (?:a (?:good |big )?(?:slap|smack|punch|kick|beating|slapping|smacking|kicking)))?(?: (?:in|on|up) the (?:face|head|mouth|nose|backside|butt|arse|ass))?/i;
const HARM_LIKE = /^ like (you|u|him|her|them)\b/i;

/**
 * "someone should give this idiot a slap" → "someone should have a word with this person";
 * "the world is better off without scum like you" → "…without behavior like yours": once the label
 * is plain, the harm wished on the person would still be said; the wish becomes a talk, and being
 * rid of them being rid of what they do.
 */
function harmLeft(doc: Doc, d: Draft): Draft {
  const text = doc.text;
  if (!/^(?:person|people)$/.test(d.text)) return d;
  const like = HARM_LIKE.exec(text.slice(d.end, d.end + 10));
  if (like && /\bwithout $/i.test(text.slice(Math.max(0, d.start - 8), d.start))) {
    const who = (like[1] as string).toLowerCase();
    const own =
      who === 'u'
        ? 'yours'
        : who === 'her'
          ? 'hers'
          : who === 'him'
            ? 'his'
            : `${who === 'you' ? 'your' : 'their'}s`;
    return { ...d, end: d.end + like[0].length, text: `behavior like ${own}` };
  }
  const before = HARM_BEFORE.exec(text.slice(Math.max(0, d.start - 30), d.start));
  if (!before) return d;
  const after = (HARM_AFTER.exec(text.slice(d.end, d.end + 40)) as RegExpExecArray)[0];
  // "give this idiot a chance": only a blow given is a harm.
  if (before[1] && !/\ba /i.test(after)) return d;
  return {
    ...d,
    start: d.start - before[0].length,
    end: d.end + after.length,
    text: `have a word with ${before[2] ?? ''}${d.text}`,
  };
}

function isLabelWord(w: string): boolean {
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  return (
    INSULT_NOUNS.has(w) || INSULT_ADJECTIVES.has(w) || INSULT_NOUNS.has(one) || INSULT_ADJECTIVES.has(one)
  );
}

/** Quote marks and the marks that close them. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  '\u201C': '\u201D',
  '\u2018': '\u2019',
};

/**
 * "you are an 'idiot'" → "you are wrong about this", never "…this'": the quote marks around the
 * word a draft ends on go with it, when the draft takes the opening one or starts right after it.
 */
function quotedWith(text: string, d: Draft): Draft {
  const q = text[d.end];
  if (q === undefined || !/["'\u201D\u2019]/.test(q) || /["'\u201C\u201D\u2018\u2019]/.test(d.text)) return d;
  let w = d.end;
  while (w > d.start && w > d.end - 24 && /[\p{L}-]/u.test(text[w - 1] as string)) w--;
  const open = w - 1;
  if (open < d.start - 1 || w === d.end || QUOTE_PAIRS[text[open] as string] !== q) return d;
  if (
    /[\p{L}\p{N}]/u.test(text[d.end + 1] ?? '') ||
    (open > 0 && /[\p{L}\p{N}]/u.test(text[open - 1] as string))
  )
    return d;
  return { ...d, start: Math.min(d.start, open), end: d.end + 1 };
}

function toSuggestion(doc: Doc, draft: Draft): Suggestion | null {
  let d = listClosed(doc, compoundHalf(doc, withoutRepeatedTail(doc, sayingWhole(doc.text, draft))));
  d = haveToBe(
    doc,
    mentioned(
      doc,
      measureOf(
        doc,
        verdictAlone(
          doc,
          actJudged(
            doc,
            wrongFor(doc, secondLabel(doc, ofTheEarth(doc, labelAsModifier(doc, labelPair(doc, d))))),
          ),
        ),
      ),
    ),
  );
  d = personInItsSlot(doc, wrongPick(doc, thoseFolks(doc, temperLost(doc, harmLeft(doc, unkindTo(doc, d))))));
  d = labelBeforeDoing(doc, d);
  // "[NAME] is the worst…" rewritten from "NAME": the opening bracket goes with its closing one.
  const open = d.start > 0 ? doc.text[d.start - 1] : '';
  const close = open === '[' ? ']' : open === '(' ? ')' : '';
  if (close && doc.text.slice(d.start, d.end).includes(close) && !d.text.includes(close))
    d = { ...d, start: d.start - 1 };
  d = quotedWith(doc.text, d);
  const s = sentenceAt(doc, d.start);
  // A draft that ends the words before it and starts a sentence of its own (". I really…").
  const atStart = s
    ? !LETTER_OR_DIGIT.test(doc.text.slice(s.start, d.start)) || /^[.!?] /.test(d.text)
    : true;
  // In a sentence that is not shouted, capitals the person kept from their own words are names and
  // initials ("let IIS do this", "CASH articles"), not shouting.
  const calm = !s || !sentenceShouted(doc, s);
  let replacement = d.verbatim ? d.text : applyStyle(coolCaps(d.text, calm), doc.style, atStart);
  // "YOU ARE SUCH AN IDIOT" → "You are wrong about this", not "YOU ARE wrong about this": in a
  // shouted sentence our words never sit beside the person's capitals, which cool with them.
  // A word only taken out ("FUCKING RIGHT COLIN WHITE") leaves the person's capitals as they are:
  // sentence case would lower their names too.
  if (!d.verbatim && s && /\p{L}/u.test(replacement) && shoutedAround(doc.text, s, d.start, d.end)) {
    const before = sentenceCaseIn(doc, s.start, d.start, true);
    const opens = before.trim() === '';
    const after = sentenceCaseIn(doc, d.end, s.contentEnd, opens && replacement.trim() === '');
    replacement = before + (opens ? capitalizeStart(replacement) : replacement) + after;
    d = { ...d, start: s.start, end: Math.max(d.end, s.contentEnd) };
  }
  if (replacement === doc.text.slice(d.start, d.end)) return null;
  // "he is an inept leader" → "he is a misguided leader", never "an misguided": the person's
  // article just before our word agrees with it.
  {
    const word = /^\p{L}+/u.exec(replacement);
    const art =
      word && /(?:^|[^\p{L}\p{N}'])(an?|An?) $/u.exec(doc.text.slice(Math.max(0, d.start - 4), d.start));
    if (word && art && d.start - 3 >= 0 && art[1] !== undefined) {
      const want = article(word[0]);
      const had = art[1];
      if (want !== had.toLowerCase()) {
        const at = d.start - had.length - 1;
        const fixed = had[0] === 'A' ? `A${want.slice(1)}` : want;
        d = { ...d, start: at, text: `${fixed} ${d.text}` };
        replacement = `${fixed} ${replacement}`;
      }
    }
  }
  const label = d.label ?? (replacement === '' ? 'Leave it out' : replacement);
  const tidied = tidy(doc.text, d.start, d.end, replacement, s ? s.start : 0);
  replacement = tidied.replacement;
  if (replacement === doc.text.slice(tidied.start, tidied.end)) return null;
  const sug: Suggestion = {
    label,
    start: tidied.start,
    end: tidied.end,
    replacement,
  };
  const a = replacement.indexOf('[');
  const b = a >= 0 ? replacement.indexOf(']', a) : -1;
  if (a >= 0 && b > a) sug.placeholder = { start: a, end: b + 1 };
  if (doc.style.lower && replacement.length > 0 && sug.label === replacement) sug.label = replacement;
  replacement = '';
  return sug;
}

/** Words a clause cannot end on: "the word of the day is [cut]", "a bunch of [cut]." */
const DANGLING_END =
  /(?:^|[^\p{L}'])(?:is|are|was|were|am|the|a|an|of|with|and|or|my|your|ur|his|their|our)\s*$/iu;

/** A cut that leaves the words before it ending on a copula, article or preposition at a clause's end. */
function leavesDangling(text: string, s: Suggestion): boolean {
  if (/[\p{L}\p{N}]/u.test(s.replacement)) return false;
  // "that shit going to be loud" minus the swear reads "that going to…": the noun is needed.
  if (
    /\b(?:that|this|these|those) *$/i.test(text.slice(Math.max(0, s.start - 8), s.start)) &&
    /^ *(?:(?:already|still|just|really|always|now) )?\p{L}+(?:ing|in'?)\b/u.test(
      s.replacement + text.slice(s.end, s.end + 24),
    )
  )
    return true;
  if (!/^\s*(?:[.!?,;:]|$)/.test(s.replacement + text.slice(s.end))) return false;
  return DANGLING_END.test(text.slice(Math.max(0, s.start - 12), s.start));
}

/** What follows ":" or ";" in a face: ":(((", ":-)", ";P", ":/". */
const EMOTICON_REST = /^[-']?[()[\]DPpO/\\|3*]/;

const EDGE_MARK = /[ ,;:]/;
const END_MARK = /[ ,;:.!?]/;

/**
 * No punctuation debris where the new words meet the old: "…, you idiot!!!" minus the label must
 * not read "…,!!!", nor "to  go" or "word ." The edit widens by at most three marks or spaces on
 * each side to take them in.
 */
function tidy(
  text: string,
  start: number,
  end: number,
  replacement: string,
  sentenceStart: number,
): { start: number; end: number; replacement: string } {
  let ls = start;
  while (ls > 0 && start - ls < 3 && EDGE_MARK.test(text[ls - 1] as string)) ls--;
  let re = end;
  // Past a space, marks belong to the next sentence ("?!  ?!"): the edit stops before them.
  while (
    re < text.length &&
    re - end < 3 &&
    END_MARK.test(text[re] as string) &&
    !(re > end && text[re - 1] === ' ' && /[.!?]/.test(text[re] as string)) &&
    // ":(((", ";)": a face, not a mark; it and the space before it stay.
    !(/[:;]/.test(text[re] as string) && EMOTICON_REST.test(text.slice(re + 1, re + 3)))
  )
    re++;
  const left = text.slice(ls, start);
  const right = text.slice(end, re);
  let joined = left + replacement + right;
  // A space before a mark goes, unless a sentence mark stands before the space: "!!!  !!!" with
  // the first "!!!" cooled reads "! !!!", never "!!!!".
  const markBefore = ls > 0 && /[.!?]/.test(text[ls - 1] as string);
  joined = joined
    .replace(/ {2,}/g, ' ')
    .replace(/(^|[^.!?]) +([,;:.!?])/g, (all, a: string, b: string, at: number) =>
      at === 0 && a === '' && markBefore ? all : a + b,
    )
    .replace(/[,;:]+([.!?])/g, '$1')
    // "A::foo" (code, a scope) is no doubled mark: a letter right after "::" keeps it.
    .replace(/([,;:])(?!:[\p{L}\p{N}_])[,;:]+/gu, '$1');
  // Nothing of the sentence before the edit: no mark or space to open it.
  if (text.slice(Math.min(sentenceStart, ls), ls).trim() === '') joined = joined.replace(/^ *[,;:]+ */, '');
  // The end of the text: no dangling comma or space.
  if (re === text.length) joined = joined.replace(/[ ,;:]+$/, '');
  // Words must stay apart: a letter on both sides of the seam keeps one space.
  const before = ls > 0 ? (text[ls - 1] as string) : '';
  const after = re < text.length ? (text[re] as string) : '';
  // "move bitch, get out the way" minus the name: "move, get out the way", never "moveget".
  if (joined === '' && LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after))
    joined = /,/.test(text.slice(ls, re)) ? ', ' : ' ';
  if (before && /[\p{L}\p{N}.!?,;:]/u.test(before) && /^[\p{L}\p{N}]/u.test(joined)) joined = ` ${joined}`;
  if (after && LETTER_OR_DIGIT.test(after) && /[\p{L}\p{N}.,;:!?]$/u.test(joined)) joined = `${joined} `;
  if (joined === left + replacement + right) return { start, end, replacement };
  return { start: ls, end: re, replacement: joined };
}

const CAPS_WORD = /(?<![\p{L}'])\p{Lu}{2,}(?:'\p{Lu}+)?(?![\p{L}'])/gu;

/**
 * The sentence's words outside [a, b) are shouted: at least two words in capitals, and capitals
 * most of their letters ("YOU ARE SUCH AN IDIOT" outside "SUCH AN IDIOT").
 */
function shoutedAround(text: string, sent: Sentence, a: number, b: number): boolean {
  const s = sent.start;
  const e = sent.contentEnd;
  if (a < s || b > e + 1) return false;
  const to = Math.max(b, e);
  if (to - s > 500) {
    // A long sentence (a run-on text's hundred findings read it a hundred times): its letters are
    // counted once; capitals too few outside the finding answer no before its words are read.
    let caps = SENTENCE_CAPS.get(sent);
    if (!caps) {
      // Capitals and small letters up to each place from the sentence's start, to one past its content.
      caps = new Int32Array(2 * (Math.min(text.length, e + 1) - s) + 2);
      for (let i = s, j = 2; i < s + (caps.length >> 1) - 1; i++, j += 2) {
        const c = text.charCodeAt(i);
        caps[j] = (caps[j - 2] as number) + (c >= 65 && c <= 90 ? 1 : 0);
        caps[j + 1] = (caps[j - 1] as number) + (c >= 97 && c <= 122 ? 1 : 0);
      }
      SENTENCE_CAPS.set(sent, caps);
    }
    const x = 2 * (a - s);
    const y = 2 * (b - s);
    const z = 2 * (to - s);
    const up = (caps[x] as number) + (caps[z] as number) - (caps[y] as number);
    if (up < 4 || up < 3 * ((caps[x + 1] as number) + (caps[z + 1] as number) - (caps[y + 1] as number)))
      return false;
  }
  return isShouted(`${text.slice(s, a)} ${text.slice(b, to)}`);
}
const SENTENCE_CAPS = new WeakMap<Sentence, Int32Array>();

/**
 * `isShouted` of a sentence's words, worked out once per sentence: asked for every draft in it (a
 * hundred findings in one long run-on sentence read it a hundred times over).
 */
const SHOUTED_SENTENCE = new WeakMap<Sentence, boolean>();
function sentenceShouted(doc: Doc, s: Sentence): boolean {
  let v = SHOUTED_SENTENCE.get(s);
  if (v === undefined) {
    v = isShouted(doc.text.slice(s.start, s.contentEnd));
    SHOUTED_SENTENCE.set(s, v);
  }
  return v;
}

/** Two words or more in capitals (not acronyms), and capitals most of the text's letters. */
export function isShouted(text: string): boolean {
  let upper = 0;
  let lower = 0;
  // By code unit: a letter of A–Z is one, never half of a pair.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  if (upper < 4 || upper < 3 * lower) return false;
  let words = 0;
  for (const m of text.matchAll(CAPS_WORD)) if (!isAcronym(canon(m[0]))) words++;
  return words >= 2;
}

function capitalizeStart(t: string): string {
  const i = t.search(/\p{L}/u);
  return i < 0 ? t : t.slice(0, i) + (t[i] as string).toUpperCase() + t.slice(i + 1);
}

/**
 * Our wording never shouts: capitals kept from the person's words ("Lately it seems like you DID
 * a lot") go lower case, except acronyms and "I".
 */
function coolCaps(text: string, calm: boolean): string {
  return text.replace(CAPS_WORD, (w) => {
    const c = canon(w);
    // Capitals that spell no word are initials or a name, not shouting: two of them anywhere ("a
    // photo of HD", "JK"), up to five in a calm sentence ("let IIS do this").
    if (
      /^\p{Lu}+$/u.test(w) &&
      !COMMON_WORDS.has(c) &&
      (c.length === 2 || (calm && c.length <= 5 && !isKnownWord(c)))
    )
      return w;
    return isAcronym(c) || c === "i'm" || c === "i'll" || c === "i've" || c === "i'd" ? w : w.toLowerCase();
  });
}

function isSurrogateSplit(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return false;
  const hi = text.charCodeAt(pos - 1);
  const lo = text.charCodeAt(pos);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * At most this many findings per analysis (the first ones in the text). Nobody reads more, and
 * it keeps pathological 100,000-character inputs fast.
 */
export const MAX_FINDINGS = 100;

const CATEGORY_WEIGHT: Readonly<Record<Category, number>> = {
  blame: 11,
  absolutes: 8,
  contempt: 13,
  'talking-down': 9,
  withdrawal: 11,
  heat: 12,
};

function ignoredKey(words: string[]): string {
  return ` ${words.join(' ')} `;
}

/** A finding of stage 1 and the match it came from (what stage 2 words its suggestions from). */
interface Source {
  m: Match;
  family: RuleFamily | null;
  custom?: CustomPhrase;
}

/** Stage 1: where and what (cheap). The findings, deduplicated, in text order, without suggestions. */
interface Found {
  ctx: RuleContext;
  findings: Finding[];
  source: Map<Finding, Source>;
  /** Set when `findings` is only the list's start (`findUnsafe`'s `limit`): reads the rest into it. */
  more?: () => void;
}

/**
 * The pre-filter, then the words of the sentences it lets through (null: nothing to look at);
 * `active` gets the families let through. A function of its own so that the pre-filter's data
 * (rough tokens, hits) is dropped when it returns: captured by the sentence gate's closure in the
 * analysis (now `findUnsafe` and `suggestedUnsafe`), it stayed alive through the checking of
 * suggestions, and every young-generation garbage collection meanwhile copied it (for a long text,
 * most of what they copied).
 */
function gatedDoc(
  text: string,
  sensitivity: Sensitivity,
  hasCustom: boolean,
  active: boolean[],
  only: Array<number[] | undefined>,
): Doc | null {
  const gate = prefilter(text, sensitivity);
  if (!gate && !hasCustom) return null;
  // Only sentences that pass the pre-filter are segmented into words.
  const doc = tokenize(
    text,
    (start, end, body) => {
      const a = gate ? sentenceGate(gate, start, end, body, active) : false;
      return a || hasCustom;
    },
    gate?.sentences ?? undefined,
    gate?.tokens,
  );
  if (gate) {
    sentencesToScan(gate, doc.sentences, text.length, active, only);
    // The phrase scans' first-word and anchor bits of the rough tokens the doc took over (`tokenize`),
    // from what the pre-filter read of their words (else a lookup in two large maps per token and
    // doc). A word the doc changed since ("y'all" read as "you", `pluralYou`: the only change) is
    // looked up again.
    knownTokenBits(doc.tokens, (firstBits, anchorBits) => {
      const rough = gate.tokens;
      const you = GATE_BY_WORD.get('you');
      for (let j = 0, r = 0; j < doc.tokens.length; j++) {
        const t = doc.tokens[j] as Token;
        while (r < rough.length && (rough[r] as Token).start < t.start) r++;
        const x = gate.infos[r] as WordInfo;
        if (rough[r] === t && (t.w !== 'you' || x.list === you)) {
          firstBits[j] = x.list?.bits ?? 0;
          anchorBits[j] = x.bits;
        }
      }
    });
  }
  return doc;
}

/**
 * Per phrase family let through: the segmented sentences that the family alone would have let
 * through the sentence gate (a rough hit of its own in the sentence, or just after it, as
 * `sentenceGate` asks). Rough tokens give a superset of the real matches (the sentence gate
 * relies on it: a sentence without rough hits is never segmented), so in the other sentences,
 * segmented for another family, its patterns cannot match; its scan skips them. Sentences that
 * reach past what the rough pass read (a long text's scan budget) are always scanned.
 */
function sentencesToScan(
  gate: Gate,
  sentences: readonly Sentence[],
  length: number,
  active: readonly boolean[],
  only: Array<number[] | undefined>,
): void {
  // The rough pass read the whole text, or stopped at the scan budget (its last word may be cut).
  const readTo = gate.scanned >= length ? Number.POSITIVE_INFINITY : gate.scanned - SCAN_OVERLAP;
  for (let f = 0; f < FAMILIES.length; f++) {
    if (!active[f] || !TABLED[f]) continue;
    const hits = gate.live[f] as number[];
    const out: number[] = [];
    let k = 0;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si] as Sentence;
      if (s.first === s.last) continue;
      while (k < hits.length && (hits[k] as number) < s.start) k++;
      const end = s.end + GATE_LOOKAHEAD;
      if ((k < hits.length && (hits[k] as number) < end) || end > readTo) out.push(si);
    }
    only[f] = out;
  }
}

/**
 * Stage 1 for `text`. With `limit`, a long list may be cut: `findings` is then only its first ones
 * (at least `limit`, exactly as the whole list starts) and `more` reads the rest. The families'
 * matches are read in text order and a match's warm guards (`warmContext`, the costly part of a
 * text with hundreds of findings) are asked only until the first `limit` findings are settled: no
 * later match can come before them or take their place (`dedupe` keeps the longest of a family's
 * overlapping matches, so only a family's last finding may still be taken over).
 */
function findUnsafe(text: string, o: ToneOptions, limit = 0): Found | null {
  if (text.length === 0 || o.categories.length === 0) return null;
  if (isMostlyNonLatin(text)) return null;
  const hasCustom = o.customPhrases.length > 0;
  const active: boolean[] = new Array(FAMILIES.length).fill(false);
  const only: Array<number[] | undefined> = new Array(FAMILIES.length).fill(undefined);
  const doc = gatedDoc(text, o.sensitivity, hasCustom, active, only);
  if (!doc) return null;
  const ctx: RuleContext = { doc, sensitivity: o.sensitivity };
  const raw: Source[] = [];
  FAMILIES.forEach((f, i) => {
    if (!active?.[i]) return;
    if (!allows(o.sensitivity, f.minSensitivity)) return;
    let matches: Match[] = [];
    const sentences = only[i];
    try {
      matches = f.match(sentences ? { doc, sensitivity: o.sensitivity, sentences } : ctx);
    } catch (e) {
      if (debugRules) throw e;
      // A faulty rule must not take the others down with it.
      matches = [];
    }
    for (const m of matches) {
      const cat = m.category ?? f.category;
      if (!o.categories.includes(cat)) continue;
      if (!allows(o.sensitivity, m.min)) continue;
      raw.push({ m, family: f });
    }
  });
  if (hasCustom) {
    for (const { m, p } of customMatches(doc, o.customPhrases)) {
      if (o.categories.includes(p.category)) raw.push({ m, family: null, custom: p });
    }
  }
  if (raw.length === 0) return null;

  const ignored = o.ignoredPhrases.map((p) => ignoredKey(phraseWords(p))).filter((k) => k.trim() !== '');
  const pre: Finding[] = [];
  const source = new Map<Finding, Source>();
  const ids = new Set<string>();
  const t = doc.tokens;
  const starts = raw.map(({ m }) => m.start ?? (t[m.first] as Token).start);
  // In text order (a stable sort: matches at one place keep the families' order) when the list may be cut.
  const order = raw.map((_r, k) => k);
  const cut = limit > 0 && raw.length > limit;
  if (cut) order.sort((a, b) => (starts[a] as number) - (starts[b] as number));
  let k = 0;
  let check = limit;
  let kept = false;
  const found: Found = { ctx, findings: [], source };
  const read = (cutting: boolean): void => {
    for (; k < order.length; k++) {
      const r = raw[order[k] as number] as Source;
      const { m, family, custom } = r;
      const start = starts[order[k] as number] as number;
      if (cutting && pre.length >= check && start > (starts[order[k - 1] as number] as number)) {
        // Every match before `start` is read: the findings settled so far, if enough.
        const d = dedupe(pre);
        let n = d.length;
        // Per family (as `dedupe` groups them), its last finding, which one from `start` on may take over.
        const last = new Map<string, number>();
        d.forEach((g, j) => {
          last.set(g.rule.slice(0, g.rule.indexOf('.')), j);
        });
        for (const j of last.values()) if ((d[j] as Finding).end > start && j < n) n = j;
        if (n >= limit) {
          found.findings = d.slice(0, n);
          found.more = () => {
            found.more = undefined;
            read(false);
          };
          return;
        }
        check = pre.length + (pre.length >> 2);
      }
      const end = m.end ?? (t[m.last - 1] as Token).end;
      const category = m.category ?? (family ? family.category : (custom as CustomPhrase).category);
      const warm = (): boolean =>
        family !== null && o.sensitivity !== 'strict' && warmContext(doc, m, family.id, category);
      if (
        !(start >= 0 && end > start && end <= text.length) ||
        isSurrogateSplit(text, start) ||
        isSurrogateSplit(text, end)
      ) {
        // Not a finding, but a match the guards keep: the text is not clear (null) either.
        if (!kept && !warm()) kept = true;
        continue;
      }
      const rule = `${family ? family.id : 'custom'}.${m.rule}`;
      const id = `${rule}:${start}`;
      // A finding of this rule here was kept: its guards let it through.
      if (ids.has(id)) continue;
      if (warm()) continue;
      kept = true;
      if (ignored.length > 0) {
        const words: string[] = [];
        for (let w = m.first; w < m.last; w++) words.push((t[w] as Token).w);
        const key = ignoredKey(words);
        if (ignored.some((ig) => key.includes(ig))) continue;
      }
      ids.add(id);
      const f: Finding = {
        id,
        category,
        rule,
        start,
        end,
        severity: m.severity,
        why: WHY[m.why === 'scornThirdPerson' && saidToThem(t, m.first) ? 'insult' : m.why],
        suggestions: [],
      };
      if (m.pause) f.pause = true;
      source.set(f, r);
      pre.push(f);
    }
    found.findings = dedupe(pre);
  };
  read(cut);
  // Every match set aside by the guards: nothing found (as when nothing matched).
  return kept ? found : null;
}

/**
 * A label explained as name-calling in general ("calling people names makes a point harder to
 * hear") is aimed at the reader when "you" stands just before it ("you piece of work", "you're
 * the worst"): then the reason for a label given to the person applies.
 */
const TO_THEM = new Set(['you', 'u', 'ya', 'youre', "you're"]);
function saidToThem(t: readonly Token[], first: number): boolean {
  for (let k = Math.max(0, first - 2); k <= first && k < t.length; k++)
    if (TO_THEM.has((t[k] as Token).w)) return true;
  return false;
}

/** Stage 2, for the findings kept (`findUnsafe`'s answer for `text`): the suggestions. */
function suggestedUnsafe(text: string, found: Found | null, o: ToneOptions, check: boolean): Analysis {
  if (!found) return empty();
  const kept = withSuggestions(text, found, check, false);
  const final = check ? verified(found.ctx.doc, kept, o) : kept;
  if (final.length === 0) return empty();
  return finish(final);
}

/**
 * Whether `suggestedUnsafe(text, found, o, check)` is flagged, worked out only as far as that
 * needs: without checking, up to the first finding with a suggestion; with it, up to the first
 * sentence whose findings keep a card (`verifiedUnsafe`'s `anyOnly`).
 */
function flaggedAfterSuggestions(text: string, found: Found | null, o: ToneOptions, check: boolean): boolean {
  if (!found) return false;
  const kept = withSuggestions(text, found, check, !check);
  if (!check || kept.length === 0) return kept.length > 0;
  return verifiedWith(found.ctx.doc, kept, () => verifiedUnsafe(found.ctx.doc, kept, o, true)).length > 0;
}

/**
 * The findings of `found` (at most MAX_FINDINGS) with their suggestions, unchecked; those without
 * one are left out. `firstOnly`: stop at the first finding kept.
 */
function withSuggestions(text: string, found: Found, check: boolean, firstOnly: boolean): Finding[] {
  const kept: Finding[] = [];
  for (let i = 0; ; i++) {
    if (kept.length >= MAX_FINDINGS || (firstOnly && kept.length > 0)) break;
    if (i === found.findings.length) found.more?.();
    const f = found.findings[i];
    if (!f) break;
    f.suggestions.push(...ownOf(text, found, f, check));
    // A label with no rewording of its own whose words a neighbour's rewording takes in ("fucking
    // retarded hypocrites" → "people"): that rewording is its own too (detect marks it either way).
    if (f.suggestions.length === 0)
      for (const k of kept)
        if (k.end >= f.start - 1)
          for (const sg of k.suggestions)
            if (
              sg.start <= f.start &&
              sg.end >= f.end &&
              !f.suggestions.some(
                (x) => x.start === sg.start && x.end === sg.end && x.replacement === sg.replacement,
              )
            )
              f.suggestions.push({ ...sg });
    if (f.suggestions.length > 0) kept.push(f);
  }
  return kept;
}

/**
 * The offers of finding `f` of `found` made by its own rule, unchecked (without checking, the first
 * only), before any borrowed from a neighbour: they depend on nothing else. While suggestions are
 * checked they are kept (`own`): a re-analysis may need those of one finding only (`editClears`,
 * `lastFirsts`) and the rest later.
 */
function ownOf(text: string, found: Found, f: Finding, check: boolean): Suggestion[] {
  if (check || !own) return ownSuggestions(text, found, f, check);
  let s = own.get(f);
  if (!s) {
    s = ownSuggestions(text, found, f, false);
    own.set(f, s);
  }
  return s;
}

function ownSuggestions(text: string, found: Found, f: Finding, check: boolean): Suggestion[] {
  const { ctx, source } = found;
  const doc = ctx.doc;
  const sugs: Suggestion[] = [];
  const { m, family, custom } = source.get(f) as Source;
  let drafts: Draft[] = [];
  if (family) {
    try {
      drafts = family.suggest(ctx, m);
    } catch (e) {
      if (debugRules) throw e;
      drafts = [];
    }
  } else if (custom?.replacement !== undefined && custom.replacement !== '')
    drafts = [replaceTokens(doc, m.first, m.last, custom.replacement)];
  else drafts = [removeTokens(doc, m.first, m.last, 'Leave it out')];
  // Cuts that would leave a name's words behind ("you!", "idiots the lot of you" → "the lot of
  // you", "your a complete and utter"): the whole of it, said plainly, comes first.
  const voc =
    drafts[0] &&
    (lotOfYou(doc, drafts[0]) ??
      vocative(doc, drafts[0]) ??
      headless(doc, drafts[0]) ??
      calledAtEnd(doc, drafts[0]));
  if (voc) drafts = [voc, ...drafts];
  // "tell your [fucking] mother to stop dropping you on your head": the put-down stays without the
  // swear; the clause, said plainly, comes first.
  // An offer of the rule that already says the whole clause its own way ("fuck off and go cry to
  // ur mom" → "I need some space right now") comes first instead.
  const put = drafts[0] && putDownKept(doc, drafts[0], sentenceAt(doc, drafts[0].start));
  if (put) {
    const own = drafts.find((d) => d.text !== '' && d.start <= put.start && d.end >= put.end);
    drafts = own ? [own, ...drafts.filter((d) => d !== own)] : [put, ...drafts];
  }
  // "im not dealing wit that": a short message's withdrawal said as short ("I can't deal with that
  // right now"); "who cares, you clowns": the name goes, the dismissal stays ("who cares").
  const kept =
    f.category === 'withdrawal'
      ? shortWithdrawal(text)
      : f.category === 'contempt'
        ? nameAfterDismissal(text, f.start, f.end)
        : null;
  if (kept) drafts = [kept, ...drafts];
  // "stop being an ignorant deluded", "quit being an idiot": in an order, "stop being out of line"
  // reads oddly; what the order asks, plainly: "stop being unfair".
  // "stop being an arrogant deluded": an article and describing words with no noun; a milder word
  // for the first ("an overconfident deluded") leaves the second alone: the whole, "unfair".
  drafts = drafts.map((d) => {
    const order = /\b(?:(?:please|pls|just) +)?(?:stop|quit) +being +(?:(?:so|such) +)?$/i.exec(
      text.slice(Math.max(0, d.start - 26), d.start),
    );
    if (!order) return d;
    // "stop being an ignorant deluded fool": told to stop thinking badly, "unfair" says something
    // else; the request, kindly: "please be reasonable".
    if (
      /^(?:(?:so |such )?an? )?(?:out of line|wrong|misguided|pain|people)$/.test(d.text) &&
      /\b(?:stupid|dumb|idiots?|morons?|ignorant|fools?|foolish|deluded|delusional|clueless|dumbass)\b/i.test(
        text.slice(d.start, d.end),
      )
    ) {
      const from = d.start - order[0].length;
      // "you need to stop being…", "…, please.": the request is already asked.
      const said =
        /^[^.!?\n]*\bplease\b/i.test(text.slice(d.end)) ||
        /\b(?:to|and|or|please|pls)\s+$/i.test(text.slice(0, from))
          ? 'be reasonable'
          : 'please be reasonable';
      return {
        ...d,
        start: from,
        text: /^\p{Lu}/u.test(text.slice(from, from + 1)) ? said[0]?.toUpperCase() + said.slice(1) : said,
      };
    }
    if (/(?:so|such) +$/i.test(order[0])) return d;
    if (d.text === 'out of line') return { ...d, text: 'unfair' };
    const after = /^ +\p{L}+(?:ed|ful|ive|ous|ic|ish|less|ant|ent|al)(?=\s*(?:[,;:.!?]|$))/u.exec(
      text.slice(d.end, d.end + 24),
    );
    if (after && /^an? \p{L}+$/u.test(d.text) && /^an? /i.test(text.slice(d.start, d.end)))
      return { ...d, end: d.end + after[0].length, text: 'unfair' };
    return d;
  });
  // "he is a stupid and arrogant man": "out of line" for "a … and …" takes the noun with it
  // ("he is out of line", not "he is out of line man").
  drafts = drafts.map((d) => {
    if (d.text !== 'out of line' || !/^an? /i.test(text.slice(d.start, d.end))) return d;
    const noun = /^ (?:man|woman|guy|person|dude|lady|bloke|individual)(?=\s*(?:[.!?,;]|$))/i.exec(
      text.slice(d.end, d.end + 14),
    );
    return noun ? { ...d, end: d.end + noun[0].length } : d;
  });
  // "he is out of line that should be fired": a relative clause after the claim needs a noun.
  drafts = drafts.map((d) =>
    d.text === 'out of line' &&
    /^ +(?:that|who) +\p{L}/u.test(text.slice(d.end, d.end + 20)) &&
    !/\b(?:so|such|too) *$/.test(text.slice(Math.max(0, d.start - 12), d.start))
      ? {
          ...d,
          text: /\b(?:are|were) *$/.test(text.slice(Math.max(0, d.start - 12), d.start))
            ? 'people'
            : 'someone',
        }
      : d,
  );
  // "president trump, who is an imbecile, had no idea…": a clause set off by commas that only
  // labels goes whole ("president trump had no idea…"); "who is wrong" would say another thing.
  drafts = drafts.map((d) => {
    if (!/^(?:wrong|wrong about this|out of line|misguided)$/.test(d.text)) return d;
    const lead = /, *who +(?:is|was|are|were) +$/i.exec(text.slice(Math.max(0, d.start - 20), d.start));
    if (!lead || !/^ *,/.test(text.slice(d.end))) return d;
    const comma = text.indexOf(',', d.end);
    return { ...d, start: d.start - lead[0].length, end: comma + 1, text: '' };
  });
  // "poor people are loathsome fools that…": "people are people that…" says nothing; "the ones".
  drafts = drafts.map((d) =>
    d.text === 'people' &&
    /\b(?:people|folks|persons) +(?:are|were) +$/i.test(text.slice(Math.max(0, d.start - 20), d.start)) &&
    /^ +(?:that|who) +\p{L}/u.test(text.slice(d.end, d.end + 12))
      ? { ...d, text: 'the ones' }
      : d,
  );
  // "your plan is garbage and so are you": a plainer word for the plan, "and so are you" after it
  // would say the same of the person still; who is meant stays, with the feeling instead.
  drafts = drafts.map((d) => {
    if (d.text === '' || /^i\b/i.test(d.text) || /\bso (?:do|does|did)\b/.test(d.text)) return d;
    const so = /^,? +and +so +(?:is|are|was|were|r) +(you|u|he|she|they)\b/i.exec(
      text.slice(d.end, d.end + 30),
    );
    if (!so) return d;
    const who = so[1]?.toLowerCase() as string;
    const obj = who === 'he' ? 'him' : who === 'she' ? 'her' : who === 'they' ? 'them' : who;
    return { ...d, end: d.end + so[0].length, text: `${d.text}, and I'm frustrated with ${obj}` };
  });
  drafts = drafts.map((d) => fitDescription(text, d, f.category === 'contempt'));
  // "you lazy, selfish, ungrateful brat": a label's swap takes the whole run it stands in.
  // "losers hang out with losers": the second is "their own kind", never "people … people".
  // "what a disgusting excuse for a father": the frame goes with the word ("a disappointing father").
  if (f.category === 'contempt')
    drafts = drafts.map((d) => excuseFor(text, repeatedLabel(text, labelRun(text, d))));
  const seen = new Set<string>();
  // A cut that leaves its clause ending on "is", "the" or "of" comes after every other offer.
  const dangling: Suggestion[] = [];
  const repeated: Suggestion[] = [];
  for (const d of drafts) {
    if (!(d.start >= 0 && d.end >= d.start && d.end <= text.length)) continue;
    if (isSurrogateSplit(text, d.start) || isSurrogateSplit(text, d.end)) continue;
    let sug = toSuggestion(doc, d);
    if (!sug) continue;
    // "Clown behavior." cut to "Behavior.": the fragment goes too.
    if (f.category === 'contempt') sug = fragmentLeft(doc, sentenceAt(doc, sug.start), sug) ?? sug;
    // "I need some time to cool off. Can we talk later?" written twice, for two findings: a
    // sentence of ours already in the message goes; an offer all of whose sentences are there
    // comes after every other offer.
    const un = unrepeated(text, sug);
    if (un === null) {
      repeated.push(sug);
      continue;
    }
    sug = un;
    const key = effectKey(text, sug);
    if (seen.has(key)) continue;
    seen.add(key);
    if (leavesDangling(text, sug) || (f.category === 'contempt' && leavesYouCalling(text, sug))) {
      dangling.push(sug);
      continue;
    }
    sugs.push(sug);
    // Re-analyses made to check suggestions (`rawFindings`) read only where findings are and
    // their first suggestion: the rest would be styled and tidied for nothing.
    if (!check) break;
  }
  // Offers that dangle or repeat come last: all of them when checking, else one only if none other.
  if (check || sugs.length === 0) sugs.push(...[...dangling, ...repeated].slice(0, check ? undefined : 1));
  return sugs;
}

/** How far from the edit a sentence already written counts as a repeat. */
const REPEAT_WINDOW = 1000;
/** A sentence of ours with its marks and the space before it: " Can we talk later?". */
const OUR_SENTENCE = /[^.!?]*[.!?]+|[^.!?]+/g;
/** An offer to talk or pause: one in the message is enough. */
const OFFER = /^\s*(?:can|could) we\b[^.!?]*\?$/i;
const OFFER_IN = /(?:^|[.!?]\s+)(?:can|could) we\b[^.!?]*\?/i;

/**
 * `s` without the sentences of its replacement that the message already has near it (and without
 * its offer to talk when the message already makes one); null when nothing of it would be left.
 * Only a replacement of two sentences or more is looked at: the offers are the second sentence.
 */
function unrepeated(text: string, s0: Suggestion): Suggestion | null {
  let s = s0;
  const many = /[.!?] +\p{L}/u.test(s.replacement);
  if (!many && !s.replacement.includes(' right now')) return s;
  const near =
    `${text.slice(Math.max(0, s.start - REPEAT_WINDOW), s.start)} ${text.slice(s.end, s.end + REPEAT_WINDOW)}`.toLowerCase();
  // "I'd rather not get into this right now. I'm really upset with you right now.": once is enough.
  if (near.includes('right now') && / right now(?=[.!?,])/.test(s.replacement)) {
    const out = s.replacement.replace(/ right now(?=[.!?,])/g, '');
    s = { ...s, replacement: out, label: s.label === s.replacement ? out : s.label };
  }
  if (!many) return s;
  const r = s.replacement;
  const offered = OFFER_IN.test(near);
  let out = '';
  let dropped = false;
  for (const m of r.matchAll(OUR_SENTENCE)) {
    const c = m[0];
    const t = c.trim().toLowerCase();
    if (/\p{L}/u.test(t) && ((t.length >= 8 && near.includes(t)) || (offered && OFFER.test(c)))) {
      dropped = true;
      continue;
    }
    out += c;
  }
  if (!dropped) return s;
  if (!/\p{L}/u.test(out)) return null;
  if (!/^\s/.test(r)) out = out.trimStart();
  if (out === text.slice(s.start, s.end)) return null;
  return { ...s, replacement: out, label: s.label === r ? out : s.label };
}

/**
 * What a suggestion does, as the smallest edit: two offers with the same effect ("…, you idiot.!"
 * cut as ", you idiot" or replaced by ".!") are one offer, and the card would show the same change
 * twice.
 */
function effectKey(text: string, s: Suggestion): string {
  let a = s.start;
  let b = s.end;
  let r = s.replacement;
  while (r.length > 0 && b > a && text.charCodeAt(b - 1) === r.charCodeAt(r.length - 1)) {
    b--;
    r = r.slice(0, -1);
  }
  while (r.length > 0 && a < b && text.charCodeAt(a) === r.charCodeAt(0)) {
    a++;
    r = r.slice(1);
  }
  return `${a}:${b}:${r}`;
}

function finish(kept: Finding[]): Analysis {
  let heat = 0;
  for (const f of kept) heat += CATEGORY_WEIGHT[f.category] * f.severity;
  heat = Math.max(10, Math.min(100, heat));
  return { flagged: true, heat, findings: kept };
}

// ---------------------------------------------------------------------------------------------
// Every suggestion is checked: applied, it clears its finding and brings no new one. Findings
// that overlap in one sentence become one, whose first suggestion clears them all.
// ---------------------------------------------------------------------------------------------

/** Findings of the sentence [from, to) analysed alone, offsets made relative to `from`. */
interface Local {
  from: number;
  to: number;
  text: string;
  findings: Finding[];
}

/**
 * Does `sug` (offsets in the full text) clear every finding of `members` and bring nothing new
 * where it writes? Judged on the sentence alone (rules read one sentence at a time).
 */
function clears(
  local: Local,
  members: readonly Finding[],
  sug: Suggestion,
  o: ToneOptions,
  absent?: ReadonlySet<string>,
): boolean {
  if (sug.start < local.from || sug.end > local.to) return false;
  const rel = { start: sug.start - local.from, end: sug.end - local.from, replacement: sug.replacement };
  const editStart = rel.start;
  const editEnd = rel.start + rel.replacement.length;
  // Nothing after the edit where it wrote, nothing of the rules it clears anywhere, and each of
  // those rules cleared once: the tests of `passes` all pass whatever the sentence's own findings
  // are (no finding to excuse, no rule with fewer findings before than it clears), so the sentence
  // is not analysed alone for them (its analysis was most of the checking of a long message).
  const ok = (after: readonly Finding[]) =>
    nothingToExcuse(after, members, editStart, editEnd) ||
    passes(local, members, after, editStart, editEnd, absent);
  // Both tests only get easier with findings taken away (`editClears` may answer from the findings
  // before their suggestions are made, of which those kept are some), and only read the findings
  // where the edit wrote and those of a rule and category it clears.
  const keys = new Set(members.map((f) => `${f.rule}/${f.category}`));
  const bears = (g: Finding) =>
    (g.start <= editEnd && g.end >= editStart) || keys.has(`${g.rule}/${g.category}`);
  return editClears(applySuggestion(local.text, rel), o, ok, bears);
}

/**
 * The rest of `clears`, given the findings `after` of the sentence with the edit over
 * [editStart, editEnd) made: a finding the edit's words stand in must be one the sentence had
 * already (and shown on another card), and no rule it clears may have more left than before less
 * the ones cleared. Taking findings out of `after` never turns the answer from yes to no.
 */
function passes(
  local: Local,
  members: readonly Finding[],
  after: readonly Finding[],
  editStart: number,
  editEnd: number,
  absent?: ReadonlySet<string>,
): boolean {
  const memberKeys = new Set(members.map((f) => `${f.rule}/${f.category}@${f.start - local.from}`));
  const budget = new Map<string, number>();
  const beforeCount = new Map<string, number>();
  for (const g of local.findings) {
    const k = `${g.rule}/${g.category}`;
    beforeCount.set(k, (beforeCount.get(k) ?? 0) + 1);
    if (memberKeys.has(`${k}@${g.start}`)) continue;
    // Merged into another card: not shown, so it cannot excuse a finding after the edit.
    if (absent?.has(`${k}@${g.start + local.from}`)) continue;
    budget.set(k, (budget.get(k) ?? 0) + 1);
  }
  const afterCount = new Map<string, number>();
  const memberRules = new Set(members.map((f) => `${f.rule}/${f.category}`));
  for (const g of after) {
    const k = `${g.rule}/${g.category}`;
    afterCount.set(k, (afterCount.get(k) ?? 0) + 1);
    if (!(g.start <= editEnd && g.end >= editStart)) continue;
    // What the edit was meant to clear must not stand where the edit wrote, even as another copy.
    if (memberRules.has(k) && g.start < editEnd && g.end > editStart) return false;
    const n = budget.get(k) ?? 0;
    if (n <= 0) return false;
    budget.set(k, n - 1);
  }
  const cleared = new Map<string, number>();
  for (const f of members) {
    const k = `${f.rule}/${f.category}`;
    cleared.set(k, (cleared.get(k) ?? 0) + 1);
  }
  for (const [k, n] of cleared) if ((afterCount.get(k) ?? 0) > (beforeCount.get(k) ?? n) - n) return false;
  return true;
}

/**
 * After an edit over [editStart, editEnd) meant to clear `members`: no finding where the edit
 * wrote, none of a rule and category of `members`, and no two of `members` share one.
 */
function nothingToExcuse(
  after: readonly Finding[],
  members: readonly Finding[],
  editStart: number,
  editEnd: number,
): boolean {
  for (const g of after) if (g.start <= editEnd && g.end >= editStart) return false;
  const keys = new Set<string>();
  for (const f of members) {
    const k = `${f.rule}/${f.category}`;
    if (keys.has(k)) return false;
    keys.add(k);
  }
  for (const g of after) if (keys.has(`${g.rule}/${g.category}`)) return false;
  return true;
}

/** The sentence with the first suggestion of each finding taken in turn, until none is left. */
function combined(local: Local, o: ToneOptions): string | null {
  let cur = local.text;
  for (let round = 0; round < 6; round++) {
    // The last finding's first suggestion (the one before it when that changes nothing).
    let next = cur;
    const any = lastFirsts(cur, o, (g) => {
      next = applySuggestion(cur, g);
      return next !== cur;
    });
    if (!any) return cur === local.text ? null : cur;
    if (next === cur) return null;
    cur = next;
  }
  return null;
}

/**
 * Gives `take` the first suggestion of each finding that `rawFindings(text, o)` keeps, last first,
 * until it answers true; whether there is any. While suggestions are checked, a finding's own offer
 * is made only when asked for (most often the last one's is all `combined` reads).
 */
function lastFirsts(text: string, o: ToneOptions, take: (sg: Suggestion) => boolean): boolean {
  let list = memo?.get(text);
  // A text in `unsuggested` has no quiet reading (it is put there only then).
  if (!list && (!own || !unsuggested || (!unsuggested.has(text) && quiet(text)))) list = rawFindings(text, o);
  if (!list && own && unsuggested) {
    const found = unsuggested.has(text) ? (unsuggested.get(text) as Found | null) : findUnsafe(text, o);
    unsuggested.set(text, found);
    if (!found) return false;
    const fs = found.findings;
    if (fs.length <= MAX_FINDINGS) {
      for (let i = fs.length - 1; i >= 0; i--) {
        const sg = ownOf(text, found, fs[i] as Finding, false)[0];
        if (sg) {
          if (take(sg)) return true;
          continue;
        }
        // A finding without an offer of its own may take a neighbour's: the whole reading, from it
        // on (the findings after it, all kept, end the list).
        list = rawFindings(text, o);
        for (let j = list.length - fs.length + i; j >= 0; j--) {
          const g = (list[j] as Finding).suggestions[0];
          if (g && take(g)) break;
        }
        return list.length > 0;
      }
      return fs.length > 0;
    }
    list = rawFindings(text, o);
  }
  const all = list as Finding[];
  for (let i = all.length - 1; i >= 0; i--) {
    const g = (all[i] as Finding).suggestions[0];
    if (g && take(g)) break;
  }
  return all.length > 0;
}

/** The smallest edit turning `a` into `b`, as offsets into `a` (whole code points). */
function diff(a: string, b: string): { start: number; end: number; replacement: string } {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  // Widen to word edges so the card shows whole words.
  while (p > 0 && LETTER_OR_DIGIT.test(a[p - 1] as string)) p--;
  while (q > 0 && LETTER_OR_DIGIT.test(a[a.length - q] as string)) q--;
  if (p > 0 && isSurrogateSplit(a, p)) p--;
  if (q > 0 && isSurrogateSplit(a, a.length - q)) q--;
  return { start: p, end: a.length - q, replacement: b.slice(p, b.length - q) };
}

/** Characters of sentence re-analysis one message may spend on checking its suggestions. */
const VERIFY_BUDGET = 20_000;
/** Sentences with findings checked per message (the first ones; nobody reads more cards). */
const MAX_VERIFIED_GROUPS = 12;
/** Messages up to this long are re-analysed whole to check a suggestion; longer ones, sentence by sentence. */
const WHOLE_CHECK = 600;
/** Longer sentences keep their suggestions unchecked. */
const MAX_VERIFIED_SENTENCE = 1_000;

/**
 * The unchecked findings of texts already analysed while checking one message's suggestions:
 * the same sentence or rewording is judged by several suggestions and by the combined rewording.
 */
let memo: Map<string, Finding[]> | null = null;
/** Beside `memo`: the findings before suggestions of texts analysed without a quiet reading. */
let unsuggested: Map<string, Found | null> | null = null;
/** Beside `memo`: each finding's own offers, unchecked (`ownOf`). */
let own: Map<Finding, Suggestion[]> | null = null;
/** False (tests only): every offer of a card checked, every re-analysis given all its suggestions. */
let lazyChecks = true;
/** For the unit tests: check suggestions doing the whole work (false), or only what the answer needs. */
export function _lazyChecks(on: boolean): void {
  lazyChecks = on;
}

/**
 * Without the filler and forms of address at its sentences' edges and without stretched letters, a
 * message says the same: where the two readings disagree, the quiet one stands, put back at the
 * person's offsets (unless a finding of the first takes in a word the quiet one left out). The
 * suggestions are checked on the same reading.
 */
function reading(text: string, o: ToneOptions, check: boolean): Analysis {
  const q = quiet(text);
  // Without a quiet reading only the first findings with suggestions are read (`withSuggestions`).
  const found = findUnsafe(text, o, q ? 0 : MAX_FINDINGS);
  if (!q) return suggestedUnsafe(text, found, o, check);
  // Which reading stands is decided from the findings where it can be: suggestions are built and
  // checked for that one only (a reading without findings is not flagged).
  const other = findUnsafe(q.text, o);
  if (!other) {
    const a = suggestedUnsafe(text, found, o, check);
    return !a.flagged || readsCut(a, q) ? a : empty();
  }
  if (!found) {
    const b = suggestedUnsafe(q.text, other, o, check);
    return b.flagged ? unquiet(b, q) : empty();
  }
  const a = suggestedUnsafe(text, found, o, check);
  if (a.flagged) {
    if (readsCut(a, q)) return a;
    // The quiet reading only decides between `a` and nothing: whether it is flagged is enough.
    return flaggedAfterSuggestions(q.text, other, o, check) ? a : empty();
  }
  const b = suggestedUnsafe(q.text, other, o, check);
  return b.flagged ? unquiet(b, q) : a;
}

function rawFindings(text: string, o: ToneOptions): Finding[] {
  const hit = memo?.get(text);
  if (hit) return hit;
  // A text `editClears` or `lastFirsts` read has no quiet reading: `reading` would make the
  // suggestions of its findings before suggestions, which are kept (used once: it goes in `memo`).
  const found = unsuggested?.get(text);
  const f =
    found !== undefined ? suggestedUnsafe(text, found, o, false).findings : reading(text, o, false).findings;
  memo?.set(text, f);
  return f;
}

/**
 * Whether `ok` holds for `rawFindings(text, o)`, given that it stays true when findings are taken
 * away and reads only the findings `bears` picks. It may answer from the findings before their
 * suggestions are made: without a quiet reading the findings are those of stage 1 that have a
 * suggestion, so `ok` holds for them too; a rewording that clears its finding then costs no
 * suggestions for the findings left elsewhere in the text. When it does not, only the findings `ok`
 * reads are given their own offer, until `ok` fails for those that have one.
 */
function editClears(
  text: string,
  o: ToneOptions,
  ok: (found: readonly Finding[]) => boolean,
  bears: (g: Finding) => boolean,
): boolean {
  const hit = memo?.get(text);
  if (hit) return ok(hit);
  if (!unsuggested?.has(text) && quiet(text)) return ok(rawFindings(text, o));
  // Offers for several findings, or a finding's offer and the sentence's rewording, may make the
  // same text: the findings before suggestions of a text without a quiet reading are kept
  // (untouched: suggestions are only ever added to a `Found` once, by `rawFindings`, and the text
  // is then in `memo`, read first), so it is analysed once (`findUnsafe` answers the same for the
  // same text and options).
  const found = unsuggested?.has(text) ? (unsuggested.get(text) as Found | null) : findUnsafe(text, o);
  if (ok(found?.findings ?? [])) {
    unsuggested?.set(text, found);
    return true;
  }
  if (!found || !own || !unsuggested || found.findings.length > MAX_FINDINGS) {
    // What `reading` gives a text without a quiet reading.
    const f = suggestedUnsafe(text, found, o, false).findings;
    memo?.set(text, f);
    return ok(f);
  }
  unsuggested.set(text, found);
  const known: Finding[] = [];
  for (const g of found.findings) {
    if (!bears(g)) continue;
    // Without an offer of its own it may take a neighbour's: the whole reading.
    if (ownOf(text, found, g, false).length === 0) return ok(rawFindings(text, o));
    known.push(g);
    if (!ok(known)) return false;
  }
  return ok(known);
}

function verified(doc: Doc, kept: Finding[], o: ToneOptions): Finding[] {
  return closeGaps(
    doc.text,
    verifiedWith(doc, kept, () => verifiedUnsafe(doc, kept, o)),
  );
}

/** `check` run with a memo of its own, which knows `kept` as the findings of the text itself. */
function verifiedWith(doc: Doc, kept: Finding[], check: () => Finding[]): Finding[] {
  const outer = memo;
  const outerUnsuggested = unsuggested;
  const outerOwn = own;
  memo = new Map([[doc.text, kept]]);
  unsuggested = new Map();
  own = lazyChecks ? new Map() : null;
  try {
    return check();
  } finally {
    memo = outer;
    unsuggested = outerUnsuggested;
    own = outerOwn;
  }
}

/**
 * A suggestion that takes out everything from the start of the text (or from a space) up to a space
 * takes that space too: "asshole!! lol" without its first sentence reads "lol", not " lol". A
 * sentence's rewording is worked out on the sentence alone, without the spaces after it.
 */
function closeGaps(text: string, findings: Finding[]): Finding[] {
  for (const f of findings)
    for (const sg of f.suggestions) {
      if (sg.replacement !== '' || sg.end >= text.length || text[sg.end] !== ' ') continue;
      if (sg.start > 0 && !/\s/.test(text[sg.start - 1] as string)) continue;
      let e = sg.end;
      while (e < text.length && e - sg.end < 8 && text[e] === ' ') e++;
      if (e < text.length && !/\s/.test(text[e] as string)) sg.end = e;
    }
  return findings;
}

/**
 * Each group of touching findings (`touchingGroups`) with the suggestions that clear it, merged into
 * one card where one edit clears them all; findings no suggestion clears are left out. `anyOnly`:
 * stop at the first group that keeps a card (the answer is then empty exactly when the whole one
 * is: a finding is only dropped afterwards when a merged card, which stays, was made).
 */
function verifiedUnsafe(doc: Doc, kept: Finding[], o: ToneOptions, anyOnly = false): Finding[] {
  const locals = new Map<Sentence, Local>();
  const localOf = (f: Finding): Local | null => {
    const s = sentenceAt(doc, f.start);
    if (!s || f.end > s.end) return null;
    let l = locals.get(s);
    if (!l) {
      // Without the spaces before the next sentence: alone, they would be the end of the text, and
      // a rewording made there could drop them ("matter. Next" → "matter.Next").
      let to = s.end;
      while (to > s.start && /\s/.test(doc.text[to - 1] as string)) to--;
      const t = doc.text.slice(s.start, to);
      // Worked out when first read: a short message is judged whole, and its sentence's own
      // findings are then only needed for a combined rewording.
      let found: Finding[] | null = null;
      l = {
        from: s.start,
        to,
        text: t,
        get findings(): Finding[] {
          found ??= rawFindings(t, o);
          return found;
        },
      };
      locals.set(s, l);
    }
    return l;
  };
  let whole: Local | null = null;
  const wholeLocal = (): Local => {
    whole ??= {
      from: 0,
      to: doc.text.length,
      text: doc.text,
      findings: rawFindings(doc.text, o),
    };
    return whole;
  };
  const combinedFor = new Map<Local, Suggestion | null>();
  const sentenceRewrite = (l: Local): Suggestion | null => {
    if (combinedFor.has(l)) return combinedFor.get(l) as Suggestion | null;
    const c = combined(l, o);
    let sug: Suggestion | null = null;
    if (c !== null) {
      const d = diff(l.text, c);
      const replacement = d.replacement;
      sug = {
        label: replacement === '' ? 'Leave it out' : replacement,
        start: l.from + d.start,
        end: l.from + d.end,
        replacement,
      };
      const a = replacement.indexOf('[');
      const b = a >= 0 ? replacement.indexOf(']', a) : -1;
      if (a >= 0 && b > a) sug.placeholder = { start: a, end: b + 1 };
    }
    combinedFor.set(l, sug);
    return sug;
  };
  // Group the findings of one sentence.
  const out: Finding[] = [];
  let budget = VERIFY_BUDGET;
  let groups = 0;
  const absent = new Set<string>();
  const singles: Array<{ f: Finding; judge: Local; l: Local }> = [];
  for (const { group, end } of touchingGroups(doc.text, kept)) {
    if (anyOnly && out.length > 0) return out;
    const f = group[0] as Finding;
    const s0 = sentenceAt(doc, f.start);
    const len = s0 ? s0.end - s0.start : Number.POSITIVE_INFINITY;
    // Checking costs a few analyses of the sentence: long sentences and long documents are kept
    // as they are once the budget is spent (nobody reads a hundred cards).
    budget -= len * (group.length + 2);
    if (++groups > MAX_VERIFIED_GROUPS) budget = -1;
    let l = budget >= 0 && len <= MAX_VERIFIED_SENTENCE ? localOf(f) : null;
    if (l && group.some((g) => localOf(g) !== l)) l = null;
    // A finding across a sentence break ("sh!t" read as "sh!" + "t"): checked on the whole text
    // when it is short.
    if (!l && doc.text.length <= MAX_VERIFIED_SENTENCE && budget >= 0) l = wholeLocal();
    // Short messages are checked whole (the way the person will see them after the edit).
    const judge = l && doc.text.length <= WHOLE_CHECK ? wholeLocal() : l;
    if (!l || !judge) {
      // Across sentences or out of reach: keep as they are.
      out.push(...group);
      continue;
    }
    if (group.length > 1) {
      const both = sentenceRewrite(l);
      // The offers in the order they are tried: the sentence's rewording, then each finding's own.
      const cands: Suggestion[] = both ? [both] : [];
      // A swear's own swap inside a label ("piece of shit" → "piece of junk") keeps the label: only
      // a finding's own swap of a word in place is preferred (below), not the swear's nor the
      // sentence's rewording, which starts with the swear's.
      const fromSwear = new Set<Suggestion>(cands);
      for (const g of group)
        for (const sg of g.suggestions) {
          cands.push(sg);
          if (g.rule.startsWith('swearing.')) fromSwear.add(sg);
        }
      // Whether offer k is one of the card's fits: it clears them all, and no fit before it makes
      // the same replacement at the same place (it is then not checked). Each is checked only when
      // the card needs its answer: checking re-analyses the sentence, most of a hostile message's time.
      const fit: Array<boolean | undefined> = [];
      const fits = (k: number): boolean => {
        let v = fit[k];
        if (v !== undefined) return v;
        const sg = cands[k] as Suggestion;
        v = true;
        for (let j = 0; j < k && v; j++) {
          const x = cands[j] as Suggestion;
          if (x.replacement === sg.replacement && x.start === sg.start && fits(j)) v = false;
        }
        v &&= clears(judge, group, sg, o);
        fit[k] = v;
        return v;
      };
      if (!lazyChecks) for (let k = 0; k < cands.length; k++) fits(k);
      // The first fit: the sentence's rewording when there is one, which must clear them all.
      let first = both ? (fits(0) ? 0 : -1) : -1;
      for (let k = 0; !both && first < 0 && k < cands.length; k++) if (fits(k)) first = k;
      if (first >= 0) {
        // One card: the strongest finding, over all the words, with one rewording for all. The
        // smallest edit that clears them all comes first (people change the least that hurts).
        // A label swapped for "person" keeps the attack ("its people like you that…"): never preferred.
        // Nor is an edit that leaves words of a finding it clears standing: "for once in your life"
        // is one phrase, and dropping "for once" leaves "in your life, listen…".
        const from = Math.min(...group.map((g) => g.start));
        const to = Math.max(...group.map((g) => g.end));
        // An edit that rewrites words no finding flagged (the rest of the sentence replaced by one
        // of ours) is the last resort: "what a stupid comment from a minister: …" keeps its
        // detail as "what a bad comment from a minister: …" rather than "I'm really disappointed."
        // More said of the same subject after the findings (", and the worst of the bunch") is not
        // words no finding flagged: without it the line of ours would leave them dangling.
        const beyond = (sg: Suggestion) =>
          sg.end - sg.start > to - from + 12 &&
          sg.replacement.length > 0 &&
          !(
            sg.start <= from &&
            (MORE_OF_SAME.exec(doc.text.slice(to, sg.end))?.[0].length === sg.end - to ||
              REL_TAIL.exec(doc.text.slice(to, sg.end))?.[0].length === sg.end - to)
          );
        const whole = (sg: Suggestion) => sg.start <= from && sg.end >= to && !beyond(sg);
        // A word or two swapped in place ("what a dumb idea" → "what a bad idea") keeps more of what
        // the person wrote than a sentence of ours over every finding ("I'm really disappointed"):
        // it ranks with the edits over the whole run.
        const swap = (sg: Suggestion) =>
          !whole(sg) &&
          !beyond(sg) &&
          sg.replacement.length > 0 &&
          words(sg.replacement) <= 3 &&
          words(doc.text.slice(sg.start, sg.end)) <= 3 &&
          !PLAIN_PERSON.test(sg.replacement) &&
          !sg.placeholder &&
          !fromSwear.has(sg) &&
          // A new word in place, not words cut ("for once in" → "in" leaves "in your life").
          bringsNewWord(doc.text.slice(sg.start, sg.end), sg.replacement);
        // A line of ours in the first person before ", and the worst of the bunch" leaves the
        // words after it with no subject: last of the edits over the findings.
        const strands = (sg: Suggestion) =>
          /^i\b/i.test(sg.replacement) &&
          (MORE_OF_SAME.test(doc.text.slice(sg.end)) || REL_TAIL.test(doc.text.slice(sg.end)));
        // A put-down's clause said plainly (`putDownKept`) comes before any cut that keeps the put-down.
        const tier = (sg: Suggestion) =>
          saysPutDownPlainly(doc.text.slice(sg.start, sg.end), sg.replacement)
            ? -1
            : (whole(sg) && !strands(sg)) || swap(sg)
              ? 0
              : beyond(sg)
                ? 2
                : 1;
        // The best: the first fit of the lowest tier, then the smallest edit, that is not a plain
        // "person" nor leaves "you" calling a name ("you person I…", "you little"); the first fit
        // when every fit is one.
        const ranked = cands
          .map((_, k) => k)
          .filter(
            (k) =>
              !PLAIN_PERSON.test((cands[k] as Suggestion).replacement) &&
              !leavesYouCalling(doc.text, cands[k] as Suggestion),
          )
          .map((k) => ({ k, tier: tier(cands[k] as Suggestion), size: editSize(cands[k] as Suggestion) }))
          .sort((a, b) => a.tier - b.tier || a.size - b.size || a.k - b.k);
        const best = ranked.find((r) => fits(r.k))?.k ?? first;
        // Then the other fits that reach over every finding (or all, when none does), each result
        // once, in the order tried: three at most.
        let anyWhole: boolean | undefined;
        const someWhole = (): boolean => {
          anyWhole ??= cands.some((c, j) => whole(c) && fits(j));
          return anyWhole;
        };
        const seen = new Set<string>();
        const ordered: Suggestion[] = [];
        for (let n = -1; n < cands.length && ordered.length < 3; n++) {
          const k = n < 0 ? best : n;
          if (n === best || (n >= 0 && !fits(k))) continue;
          const sg = cands[k] as Suggestion;
          if (!(whole(sg) || beyond(sg) || swap(sg) || !someWhole())) continue;
          const result = `${doc.text.slice(0, sg.start)}${sg.replacement}${doc.text.slice(sg.end)}`;
          if (seen.has(result)) continue;
          seen.add(result);
          ordered.push(sg);
        }
        const { lead, merged } = oneCard(group, end, ordered);
        for (const g of group) if (g !== lead) absent.add(`${g.rule}/${g.category}@${g.start}`);
        out.push(merged);
        continue;
      }
    }
    for (const g of group) {
      const ok = g.suggestions.filter((sg) => clears(judge, [g], sg, o));
      if (ok.length === 0) {
        const both = sentenceRewrite(l);
        if (both && clears(judge, [g], both, o)) ok.push(both);
      }
      if (ok.length > 0) {
        const kept1 = { ...g, suggestions: ok };
        singles.push({ f: kept1, judge, l });
        out.push(kept1);
      }
    }
  }
  if (absent.size === 0) return out;
  // Findings merged into one card no longer excuse what another card's rewording leaves behind.
  const drop = new Set<Finding>();
  for (const { f, judge, l } of singles) {
    f.suggestions = f.suggestions.filter((sg) => clears(judge, [f], sg, o, absent));
    if (f.suggestions.length > 0) continue;
    // "Keep crying, loser": without the name, "Keep crying" is left, merged into the other card; the
    // sentence reworded whole clears both (detect marked it: its card stays).
    // Not when two offers joined say one thing twice ("I see it differently, but I hear you. I
    // see this differently."): nobody would send that.
    const both = sentenceRewrite(l);
    if (both && !saysTwice(both.replacement) && clears(judge, [f], both, o, absent)) {
      f.suggestions = [both];
      continue;
    }
    // "you're overreacting as usual, relax": a neighbour's rewording that reaches over this one's
    // words too ("it seems this really upset you. want to talk about it?") is this card's as well.
    const over = out
      .filter((g) => g !== f && g.start >= l.from && g.end <= l.to)
      .flatMap((g) => g.suggestions)
      .filter(
        (sg) =>
          sg.start <= f.start &&
          sg.end >= f.end &&
          !saysTwice(sg.replacement) &&
          clears(judge, [f], sg, o, absent),
      );
    if (over.length > 0) f.suggestions = over.slice(0, 3);
    else drop.add(f);
  }
  return drop.size === 0 ? out : out.filter((f) => !drop.has(f));
}

const PLAIN_PERSON = /^(?:an? )?(?:person|people)$/i;

/** Whether a word of five letters or more comes twice in `text` ("upset … upset"). */
function saysTwice(text: string): boolean {
  const seen = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) {
    if (seen.has(w)) return true;
    seen.add(w);
  }
  return false;
}

/** ", and the worst of the bunch.": a noun phrase joined after a label, to the sentence's end. */
const MORE_OF_SAME = /^\s*,\s*(?:and|but)\s+(?:the|a|an)\s[^,;.!?]*(?:[.!?]|$)/i;
/**
 * ", which everyone knows", ", who nobody trusts": a tail pointing back into the words a line of
 * ours replaces, to the sentence's end (never a consequence: "which is why", "which means"; never
 * ", that …", where "that" is the subject of a clause of its own). A line of ours that leaves it
 * points it at ours; one that takes it is not rewriting words no finding flagged.
 */
const REL_TAIL =
  /^\s*,\s*(?:which(?!\s+(?:(?:is|was|'s)\s+(?:why|how)|means|meant)\b)|who|whom|whose)\s[^,;:.!?]*(?:[.!?]+|$)/i;

/** How many words a piece of text has. */
function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Whether a replacement has a word the text it replaces has not. */
function bringsNewWord(replaced: string, replacement: string): boolean {
  const had = new Set(replaced.toLowerCase().split(/[^\p{L}']+/u));
  return replacement
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .some((w) => w.length > 0 && !had.has(w));
}

/** How much of the text a suggestion changes: the characters it takes out and puts in. */
function editSize(s: Suggestion): number {
  return s.end - s.start + s.replacement.length;
}

/**
 * One card for a run of touching findings (`touchingGroups`): the strongest finding (`lead`), over
 * all their words, with `suggestions`; it pauses when any of them does.
 */
function oneCard(
  group: readonly Finding[],
  end: number,
  suggestions: Suggestion[],
): { lead: Finding; merged: Finding } {
  const lead = group.reduce((a, b) => (b.severity > a.severity ? b : a));
  const merged: Finding = { ...lead, start: Math.min(...group.map((g) => g.start)), end, suggestions };
  if (group.some((g) => g.pause)) merged.pause = true;
  return { lead, merged };
}

/**
 * Findings (in text order) in runs that overlap or touch: only those share a card (issue 9);
 * findings side by side in one sentence keep their own marks, each with its own rewording. Words
 * side by side ("retarded assholes") count as nested: one edit must not leave the other half
 * reading worse. `end` is the run's last offset.
 */
function touchingGroups(text: string, kept: readonly Finding[]): Array<{ group: Finding[]; end: number }> {
  const runs: Array<{ group: Finding[]; end: number }> = [];
  for (const f of kept) {
    const last = runs[runs.length - 1];
    if (last && touches(text, last.end, f.start)) {
      last.group.push(f);
      last.end = Math.max(last.end, f.end);
    } else runs.push({ group: [f], end: f.end });
  }
  return runs;
}

/** Whether a finding starting at `start` overlaps or directly follows one ending at `end` (a space between). */
function touches(text: string, end: number, start: number): boolean {
  return start < end || (start - end <= 1 && text.slice(end, start).trim() === '');
}

/**
 * Within a rule family (the part of the rule id before the dot), overlapping findings collapse to
 * the widest, then the most severe: "all because of you" wins over "because of you". Findings of
 * different families may overlap ("YOU ALWAYS" is both shouting and an absolute). Linear after sorting.
 */
function dedupe(findings: Finding[]): Finding[] {
  const byCat = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.rule.slice(0, f.rule.indexOf('.'));
    let list = byCat.get(key);
    if (!list) {
      list = [];
      byCat.set(key, list);
    }
    list.push(f);
  }
  const out: Finding[] = [];
  for (const list of byCat.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end || b.severity - a.severity);
    let cur: Finding | null = null;
    for (const f of list) {
      if (cur && f.start < cur.end) {
        const curLen = cur.end - cur.start;
        const fLen = f.end - f.start;
        if (fLen > curLen || (fLen === curLen && f.severity > cur.severity)) {
          out[out.length - 1] = f;
          cur = f;
        }
        continue;
      }
      out.push(f);
      cur = f;
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return out;
}

/**
 * Analyse one message. Synchronous and pure; never throws (bad input yields an empty analysis).
 */
export function analyze(text: string, options?: Partial<ToneOptions>): Analysis {
  if (typeof text !== 'string') return empty();
  try {
    const o = normalizeOptions(options);
    readingMessage(text);
    return reading(text, o, true);
  } catch (e) {
    if (debugRules) throw e;
    return empty();
  } finally {
    // Nothing of this text is kept until the next one (see `forgetAnchorTokens`).
    readingMessage(null);
    forgetAnchorTokens();
  }
}

/**
 * Stage 1 of `analyze` alone: where and what, without suggestions (every finding's list is empty).
 * For the in-page coach while the rewording half of the engine is not loaded (it loads on demand):
 * findings that overlap or touch in one sentence are shown as one, as `analyze` shows them when
 * one rewording clears them all. `analyze` may still drop a finding no suggestion clears, or keep
 * touching ones apart; the coach switches to it as soon as it has it. Pure; never throws.
 */
export function detect(text: string, options?: Partial<ToneOptions>): Analysis {
  if (typeof text !== 'string') return empty();
  try {
    const o = normalizeOptions(options);
    let q = quiet(text);
    // Only the first MAX_FINDINGS are shown.
    let found = findUnsafe(text, o, q ? 0 : MAX_FINDINGS);
    const other = q && findUnsafe(q.text, o);
    if (q && !other !== !found && !(found && readsCut({ findings: found.findings }, q))) found = other;
    else q = null;
    if (!found) return empty();
    const doc = found.ctx.doc;
    const kept = found.findings.slice(0, MAX_FINDINGS);
    const out: Finding[] = [];
    for (const { group, end } of touchingGroups(doc.text, kept)) {
      const first = group[0] as Finding;
      const s0 = sentenceAt(doc, first.start);
      // As `verifiedUnsafe` groups them: a short message is judged whole, so touching findings
      // across its sentences ("Really?! Today?!") share a card too.
      if (
        group.length === 1 ||
        (doc.text.length > MAX_VERIFIED_SENTENCE &&
          (!s0 || group.some((g) => sentenceAt(doc, g.start) !== s0 || g.end > s0.end)))
      ) {
        out.push(...group);
        continue;
      }
      out.push(oneCard(group, end, []).merged);
    }
    if (out.length === 0) return empty();
    return q ? unquiet(finish(out), q) : finish(out);
  } catch (e) {
    if (debugRules) throw e;
    return empty();
  } finally {
    forgetAnchorTokens();
  }
}

/**
 * For the unit tests: when `text` has a quiet reading (`quiet`), whether its analysis is flagged,
 * worked out whole (`suggestedUnsafe`) and as `reading` now asks it (`flaggedAfterSuggestions`),
 * with and without checking the suggestions; null when there is no quiet reading.
 */
export function _quietFlags(
  text: string,
  options?: Partial<ToneOptions>,
): Array<{ check: boolean; whole: boolean; asked: boolean }> | null {
  const q = quiet(text);
  if (!q) return null;
  const o = normalizeOptions(options);
  try {
    return [false, true].map((check) => ({
      check,
      whole: suggestedUnsafe(q.text, findUnsafe(q.text, o), o, check).flagged,
      asked: flaggedAfterSuggestions(q.text, findUnsafe(q.text, o), o, check),
    }));
  } finally {
    forgetAnchorTokens();
  }
}

/**
 * For the unit tests: the ids of stage 1's findings read whole, read with `limit` (`cut`: as first
 * given, `rest`: after reading the rest).
 */
export function _firstFindings(
  text: string,
  limit: number,
  options?: Partial<ToneOptions>,
): { whole: string[]; cut: string[]; rest: string[] } {
  const o = normalizeOptions(options);
  try {
    const ids = (f: Found | null) => f?.findings.map((g) => g.id) ?? [];
    const found = findUnsafe(text, o, limit);
    const cut = ids(found);
    found?.more?.();
    return { whole: ids(findUnsafe(text, o)), cut, rest: ids(found) };
  } finally {
    forgetAnchorTokens();
  }
}

/** For the unit tests: whether the pre-filter lets `text` through at balanced (`prefilter`). */
export function _passesPrefilter(text: string): boolean {
  try {
    return prefilter(text, 'balanced') !== null;
  } finally {
    forgetAnchorTokens();
  }
}

/**
 * For the unit tests: per pair of rough tokens of `text` (a first word with patterns, any word as
 * the next): how often the named-word bits say "not named" (`skipped`) and how often wrongly (the
 * word is in the list's named map: `wrong`), of `pairs`.
 */
export function _namedBitsCheck(text: string): { pairs: number; skipped: number; wrong: number } {
  readyWordInfo();
  const infos: WordInfo[] = [];
  const tokens = roughTokens(text, 0, infos);
  const out = { pairs: 0, skipped: 0, wrong: 0 };
  for (const x of infos) {
    if (!x.list) continue;
    const named = namedOf(x.list);
    tokens.forEach((t, j) => {
      const b = (infos[j] as WordInfo).bucket;
      out.pairs++;
      if ((((x.list as GateList).namedBits as Int32Array)[b >> 5] as number) & (1 << (b & 31))) return;
      out.skipped++;
      if (named.has(t.w)) out.wrong++;
    });
  }
  return out;
}

export { type Rewrite, rewrite } from './rewrite';
export { COMMON_WORDS as _COMMON_WORDS, EMPTY as EMPTY_ANALYSIS };
