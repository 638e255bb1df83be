/**
 * What a rule family is, and the small toolkit families share: a token-pattern matcher
 * (linear: patterns are short and quantifiers bounded), sentence helpers, and drafts of
 * suggestions that the engine styles to match the person's writing.
 */
import {
  FORM_BASE,
  FORM_ING,
  FORM_PART,
  FORM_PAST,
  FORM_S,
  inflectionsOf,
  isKnownVerb,
  isPastForm,
} from '../grammar';
import {
  COMMON_WORDS,
  FAUX_FEELINGS,
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  INTENSIFIERS,
  isComplaint,
  isKnownWord,
  isNegativeFeeling,
  TRAIT_ADJECTIVES,
  valence,
  wordSet,
} from '../lexicon';
import type { Doc, Sentence, Token } from '../text';
import type { Category, Sensitivity } from '../types';
import type { WhyKey } from '../why';

export const SENSITIVITY_LEVEL: Readonly<Record<Sensitivity, number>> = { gentle: 0, balanced: 1, strict: 2 };

export function allows(current: Sensitivity, min: Sensitivity): boolean {
  return SENSITIVITY_LEVEL[current] >= SENSITIVITY_LEVEL[min];
}

/** A raw match produced by a family, before styling and filtering. */
export interface Match {
  /** Sub-rule id; the finding's rule is `${family.id}.${rule}`. */
  rule: string;
  /** Token index range [first, last). */
  first: number;
  last: number;
  /** Offsets of the flagged words; default: from tokens[first].start to tokens[last-1].end. */
  start?: number;
  end?: number;
  severity: 1 | 2 | 3;
  min: Sensitivity;
  why: WhyKey;
  /** Overrides the family's category (e.g. a swear word used as a label is contempt). */
  category?: Category;
  pause?: boolean;
  /** Named token indices captured by the pattern, and anything else the suggester needs. */
  cap: Record<string, number>;
  note?: string;
}

/** A suggestion before styling: `text` is written in sentence case with straight apostrophes. */
export interface Draft {
  start: number;
  end: number;
  text: string;
  /** Use the text exactly (no restyling), e.g. a cooled-down copy of the person's own words. */
  verbatim?: boolean;
  /** Shown instead of the resulting text, e.g. "Leave out “damn”". */
  label?: string;
}

export interface RuleContext {
  doc: Doc;
  sensitivity: Sensitivity;
  /**
   * For a phrase family's `match`: the sentences (indices, ascending) where the pre-filter's rough
   * pass found one of its patterns; in the others none can match (undefined: every sentence).
   */
  sentences?: readonly number[];
}

export interface RuleFamily {
  id: string;
  category: Category;
  /** The lowest sensitivity at which any of the family's phrases can fire. */
  minSensitivity: Sensitivity;
  /** Canonical words of which at least one must appear for the family to fire (the pre-filter). */
  triggers?: readonly string[];
  /**
   * Pre-filter on rough tokens (a regular-expression split, one sentence): true if the family
   * might fire. Must never say false when the real analysis would find something.
   */
  prematch?: (doc: Doc, sensitivity: Sensitivity) => boolean;
  /** The family's phrase table, when it has one: the engine merges them into one pre-filter pass. */
  table?: PhraseTable<PhraseEntry>;
  /** For families without trigger words: a cheap test of the raw text. */
  quickCheck?: (text: string) => boolean;
  /**
   * For long texts: one test of the whole text, true whenever `quickCheck` could be true for one
   * of its sentences (default: always true).
   */
  textCheck?: (text: string) => boolean;
  /** Every literal word the family's patterns use (so stretched spellings collapse to them). */
  literals?: readonly string[];
  match(ctx: RuleContext): Match[];
  suggest(ctx: RuleContext, m: Match): Draft[];
}

// ---------------------------------------------------------------------------------------------
// Token patterns
//
// A pattern is a space-separated list of elements:
//   word            a canonical word ("you're", "make")
//   a|b|c           one of several; "_" joins several words in one alternative: "you're|you_are"
//   @CLASS          a word class (see CLASSES)
//   elem:name       capture the (first) token index of the element as `name`
//   elem? / elem*   optional / up to four repetitions
//   =word           this word exactly, never its other verb forms (see below)
//
// Tense, aspect and auxiliaries (2026-12-02): a rule written in one tense reaches the others.
// - A verb of `TENSE_VERBS` (grammar.ts) written in one form also matches its other forms ("you
//   ruin" ~ "ruined" ~ "ruining"), as far as the auxiliary the pattern matched before it allows:
//   after "you" a finite form, after "have"/"you've" the participle, after "are"/"were"/"been"
//   the -ing form, after "will"/"don't" the base. An inflection added this way matches only after
//   a subject or an auxiliary (so an imperative "stop ruining" takes no past), and not after a
//   determiner ("your care"); forms the rule writes out always match.
// - A subject "you"/"u" before a verb or an absolute adverb (never, always…) takes an auxiliary:
//   "you've", "you have", "you had (been)", "you'll", "you will", "you would", "you're", "you were"
//   ("you never listened" ~ "you've never listened" ~ "you have never listened").
// - A copula subject ("you're", "you are") takes the other tenses of "be": "you were", "you've
//   been", "you have been", "you had been", "you're being", "you were being".
// ---------------------------------------------------------------------------------------------

type Pred = (t: Token) => boolean;

const CLASSES: Readonly<Record<string, Pred>> = {
  INT: (t) => INTENSIFIERS.has(t.w),
  NEGF: (t) => isNegativeFeeling(t.w),
  FAUX: (t) => FAUX_FEELINGS.has(t.w),
  NEG: (t) => valence(t.w) < 0,
  POS: (t) => valence(t.w) > 0,
  IADJ: (t) => INSULT_ADJECTIVES.has(t.w),
  INOUN: (t) => INSULT_NOUNS.has(t.w),
  /** A person's manner named as a fault ("emotional", "petty"), or an insult adjective. */
  TRAIT: (t) => TRAIT_ADJECTIVES.has(t.w) || INSULT_ADJECTIVES.has(t.w),
  /** A negative evaluation: AFINN below 0, or an act people complain about ("late", "bailed"). */
  BAD: (t) => isComplaint(t.w),
  /** Either of the two: a fault of manner or a negative evaluation ("congrats on being useless"). */
  FAULT: (t) => TRAIT_ADJECTIVES.has(t.w) || INSULT_ADJECTIVES.has(t.w) || isComplaint(t.w),
  ANY: () => true,
};

const CLASS_SETS: Readonly<Record<string, ReadonlySet<string>>> = {
  INT: INTENSIFIERS,
  IADJ: INSULT_ADJECTIVES,
  INOUN: INSULT_NOUNS,
  TRAIT: new Set([...TRAIT_ADJECTIVES, ...INSULT_ADJECTIVES]),
};

interface Elem {
  /** Finite word set of a class element, when it has one. */
  words?: ReadonlySet<string>;
  alts: string[][] | null;
  /**
   * For a literal element: the words a token must be to start one of `alts` (their first words,
   * and "ur" when one of them is "your" or "you're"), and whether every alternative is one word.
   * `matchOne` then answers with one set lookup instead of comparing every alternative.
   */
  firsts: ReadonlySet<string> | null;
  single: boolean;
  pred: Pred | null;
  name: string | null;
  min: number;
  max: number;
  /**
   * Other forms of the element's verbs, not written in the pattern: word → form bits (grammar.ts).
   * They match only when the auxiliary state allows the form (see `AUX_STATE`).
   */
  infl: ReadonlyMap<string, number> | null;
  /** The verb forms the pattern writes out in this element: word → form bits (null: none). */
  forms: ReadonlyMap<string, number> | null;
  /** A subject that may take an auxiliary (SUBJ_AUX) or the tenses of "be" (SUBJ_BE); 0: neither. */
  subj: number;
  /** Whether an element after this one has verb forms, so that the auxiliary state matters. */
  track: boolean;
}

const SUBJ_AUX = 1;
const SUBJ_BE = 2;

/**
 * State bit: the auxiliary came from a subject's reading (`subjectOption`), not from the pattern's
 * own words, so even the verb forms the pattern writes out must fit it ("you were trashed" is not
 * "you trashed").
 */
const AUX_READ = 32;

/** Which verb forms may follow a word that a pattern element matched (form bits; absent: unchanged). */
const FINITE = FORM_BASE | FORM_S | FORM_PAST;
const AUX_STATE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const put = (words: string, state: number) => {
    for (const w of words.split(' ')) m.set(w, state);
  };
  put('you u i he she we they it', FINITE);
  put("you're youre are were was is am r being been i'm im", FORM_ING);
  put("have has had you've youve uve haven't hasn't hadn't havent hasnt hadnt i've ive", FORM_PART);
  put(
    "will would you'll youll won't wont wouldn't wouldnt do does did don't dont didn't didnt doesn't doesnt can can't cant cannot could couldn't couldnt should shouldn't to",
    FORM_BASE,
  );
  put("you'd youd", FORM_PART | FORM_BASE);
  return m;
})();

/** Words that, as a pattern's word after "you", make it a subject that may take an auxiliary. */
const ABSOLUTE_ADVERBS: ReadonlySet<string> = new Set(
  'never nvr neva always constantly continually forever alwayz'.split(' '),
);

/** Determiners and prepositions: a word after them is a noun ("your care", "about care"), not a verb. */
const BEFORE_NOUN: ReadonlySet<string> = new Set(
  'a an the my your ur his her our their its this that these those some any no every of about'.split(' '),
);

/** Subject words an auxiliary-taking "you" also starts with, and words that can follow "you" as an auxiliary. */
const SUBJ_AUX_FIRSTS = "you've youve uve you'd youd you'll youll you're youre ur".split(' ');
const SUBJ_BE_FIRSTS = "you u you've youve uve you'd youd you're youre ur".split(' ');
const AUX_NEXT = 'have has had will would are were was r been being'.split(' ');
/** No word: a pattern that cannot go on after "you" and an auxiliary it does not write. */
export const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The words that can follow "you"/"u" and an auxiliary ("you were so", "you have ruined") when
 * `c` matches from `firstWord` through a subject's reading: NO_WORDS when it cannot, null for any.
 */
export function nextAfterAux(c: Compiled, firstWord: string): ReadonlySet<string> | null {
  if (!(c.elems[0] as Elem).subj || (firstWord !== 'you' && firstWord !== 'u')) return NO_WORDS;
  return restStarts(c.elems);
}

/** The auxiliaries a subject "you" may take as a separate word (`subjectOption`). */
const AUX_AFTER_YOU: ReadonlySet<string> = new Set('have has had will would are were was r been'.split(' '));

/**
 * For a filter on the word after a pattern's first word: when token `i` is "you" or "u" and an
 * auxiliary follows ("you have", "you were being", "you had been"), the word after the
 * auxiliaries, which a subject's reading goes on with; else undefined.
 */
export function wordAfterAux(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i] as Token;
  if (t.w !== 'you' && t.w !== 'u') return undefined;
  const a = tokens[i + 1];
  if (!a || !AUX_AFTER_YOU.has(a.w)) return undefined;
  const b = tokens[i + 2];
  if (b && (b.w === 'been' || b.w === 'being')) return tokens[i + 3]?.w;
  return b?.w;
}

export interface Compiled {
  source: string;
  elems: Elem[];
  /** Words the pattern can start with (first element must be literal and required). */
  firstWords: string[];
  /** When known: the words that can follow a one-word first element. */
  next: ReadonlySet<string> | null;
}

interface LiteralParts {
  alts: string[][];
  firsts: ReadonlySet<string>;
  single: boolean;
  infl: ReadonlyMap<string, number> | null;
  forms: ReadonlyMap<string, number> | null;
}

/** One set per distinct list of words: many patterns share their word sets (a frame keeps the tables). */
const WORD_SETS = new Map<string, ReadonlySet<string>>();

/** The shared set with the words of `set` (read-only from here on); NO_WORDS and null as they are. */
export function sharedWords<S extends ReadonlySet<string> | null>(set: S): S {
  if (!set || set === NO_WORDS) return set;
  const key = [...set].sort().join(' ');
  const known = WORD_SETS.get(key);
  if (known) return known as S;
  WORD_SETS.set(key, set);
  return set;
}

/**
 * Lets go of the lookups behind `sharedWords` and the compiled elements (their keys are long strings)
 * once the engine's tables are built: what was shared stays shared; anything compiled later gets
 * its own copies, which changes nothing but memory.
 */
export function forgetSharing(): void {
  WORD_SETS.clear();
  // Anchors made later get bits of their own (a filter only: which bit an anchor has changes nothing).
  BIT_OF_WORDS.clear();
  ALTS.clear();
  LITERAL_PARTS.clear();
  ELEMS.clear();
}

/**
 * Compiled elements by their text and everything `compile` sets on them: patterns that write the
 * same element the same way share one (read-only once compiled; thousands of elements, a few
 * hundred distinct).
 */
const ELEMS = new Map<string, Elem>();

/** An alternative's words by its text ("you_are" → ["you", "are"]), shared by the elements that write it. */
const ALTS = new Map<string, string[]>();

/** Compiled literal elements by their text (and whether a determiner comes before). */
const LITERAL_PARTS = new Map<string, LiteralParts>();

/** The alternatives of a literal element ("make|made|makes") and the verb forms it reaches. */
function literalParts(p: string, nounSlot: boolean): LiteralParts {
  const key = `${nounSlot ? 'n' : 'v'}${p}`;
  const known = LITERAL_PARTS.get(key);
  if (known) return known;
  const exact = new Set<string>();
  const alts = p.split('|').map((a) => {
    const words = a.startsWith('=') ? a.slice(1) : a;
    if (words !== a) exact.add(words);
    let split = ALTS.get(words);
    if (!split) {
      split = words.split('_');
      ALTS.set(words, split);
    }
    return split;
  });
  const firsts = new Set(alts.map((a) => a[0] as string));
  if ([...firsts].some((w) => UR_READINGS.has(w))) firsts.add('ur');
  const single = alts.every((a) => a.length === 1);
  // The other forms of its verbs, unless a determiner before makes the word a noun.
  let infl: Map<string, number> | null = null;
  let written: Map<string, number> | null = null;
  if (!nounSlot)
    for (const a of alts) {
      if (a.length !== 1 || exact.has(a[0] as string)) continue;
      const forms = inflectionsOf(a[0] as string);
      if (!forms) continue;
      for (const [f, bits] of forms) {
        if (firsts.has(f)) {
          if (f === a[0]) {
            written ??= new Map();
            written.set(f, (written.get(f) ?? 0) | bits);
          }
          continue;
        }
        infl ??= new Map();
        infl.set(f, (infl.get(f) ?? 0) | bits);
      }
    }
  const parts: LiteralParts = { alts, firsts: sharedWords(firsts), single, infl, forms: written };
  LITERAL_PARTS.set(key, parts);
  return parts;
}

export function compile(source: string): Compiled {
  const elems: Elem[] = [];
  /** Per element, its text as `ELEMS` keys it (the word class, or the literal and whether a noun's slot). */
  const texts: string[] = [];
  for (const part of source.trim().split(/\s+/)) {
    let p = part;
    let min = 1;
    let max = 1;
    if (p.endsWith('?')) {
      min = 0;
      p = p.slice(0, -1);
    } else if (p.endsWith('*')) {
      min = 0;
      max = 4;
      p = p.slice(0, -1);
    }
    let name: string | null = null;
    const colon = p.lastIndexOf(':');
    if (colon > 0) {
      name = p.slice(colon + 1);
      p = p.slice(0, colon);
    }
    if (p.startsWith('@')) {
      const pred = CLASSES[p.slice(1)];
      if (!pred) throw new Error(`Unknown word class ${p} in pattern "${source}"`);
      texts.push(p);
      elems.push({
        alts: null,
        firsts: null,
        single: false,
        pred,
        name,
        min,
        max,
        words: CLASS_SETS[p.slice(1)],
        infl: null,
        forms: null,
        subj: 0,
        track: false,
      });
    } else {
      // The same element text compiles to the same read-only parts: patterns share them.
      const prev = elems[elems.length - 1];
      const nounSlot = prev?.alts?.every((a) => a.length === 1 && BEFORE_NOUN.has(a[0] as string)) === true;
      const parts = literalParts(p, nounSlot);
      texts.push(p + nounSlot);
      elems.push({
        alts: parts.alts,
        firsts: parts.firsts,
        single: parts.single,
        pred: null,
        name,
        min,
        max,
        infl: parts.infl,
        forms: parts.forms,
        subj: 0,
        track: false,
      });
    }
  }
  const first = elems[0];
  if (!first?.alts || first.min === 0) throw new Error(`Pattern "${source}" must start with a required word`);
  elems.forEach((e, k) => {
    if (!e.alts || e.max !== 1) return;
    const one = (w: string) => e.alts?.some((a) => a.length === 1 && a[0] === w) === true;
    if ((one('you') || one('u')) && verbalAfter(elems, k)) e.subj = SUBJ_AUX;
    else if (one("you're") || e.alts.some((a) => a.length === 2 && a[0] === 'you' && a[1] === 'are'))
      e.subj = SUBJ_BE;
  });
  let later = false;
  for (let k = elems.length - 1; k >= 0; k--) {
    const e = elems[k] as Elem;
    e.track = later;
    if (e.infl !== null || e.forms !== null) later = true;
  }
  elems.forEach((e, k) => {
    // One digit each for min, max and subj (a pattern names no element "null").
    const key = `${texts[k]} ${e.name} ${e.min}${e.max}${e.subj}${e.track}`;
    const known = ELEMS.get(key);
    if (known) elems[k] = known;
    else ELEMS.set(key, e);
  });
  const firstWords = new Set(first.alts.map((a) => a[0] as string));
  if (first.subj)
    for (const w of first.subj === SUBJ_AUX ? SUBJ_AUX_FIRSTS : SUBJ_BE_FIRSTS) firstWords.add(w);
  return {
    source,
    // A copy of exactly its length: `push` left room for 17 (thousands of patterns, a frame keeps them).
    elems: elems.slice(),
    firstWords: [...firstWords],
    next: sharedWords(nextWords(elems)),
  };
}

/** Does a verb (or "never", "always") come after element `k`, past optional intensifiers? */
function verbalAfter(elems: readonly Elem[], k: number): boolean {
  for (let j = k + 1; j < elems.length; j++) {
    const e = elems[j] as Elem;
    if (!e.alts) {
      if (e.min === 0 && e.words === INTENSIFIERS) continue;
      return false;
    }
    return (
      e.infl !== null ||
      e.alts.some(
        (a) => a.length === 1 && (ABSOLUTE_ADVERBS.has(a[0] as string) || inflectionsOf(a[0] as string)),
      )
    );
  }
  return false;
}

/** The words element `e` can start with (null: any). */
function elemStarts(e: Elem): Iterable<string> | null {
  if (e.alts) {
    const out = new Set(e.alts.map((a) => a[0] as string));
    if (e.infl) for (const w of e.infl.keys()) out.add(w);
    if (e.subj) for (const w of e.subj === SUBJ_AUX ? SUBJ_AUX_FIRSTS : SUBJ_BE_FIRSTS) out.add(w);
    return out;
  }
  return e.words ?? null;
}

/** Words that can follow the first element, if the first is single-word and what follows starts with literals. */
function nextWords(elems: readonly Elem[]): ReadonlySet<string> | null {
  const first = elems[0] as Elem;
  if (!first.alts || first.alts.some((a) => a.length !== 1) || first.max !== 1) return null;
  const rest = restStarts(elems);
  if (rest && first.subj) for (const w of AUX_NEXT) rest.add(w);
  return rest;
}

/** Words the elements after the first can start with (null: any word, or none, may follow). */
function restStarts(elems: readonly Elem[]): Set<string> | null {
  const out = new Set<string>();
  for (let k = 1; k < elems.length; k++) {
    const starts = elemStarts(elems[k] as Elem);
    if (!starts) return null;
    for (const w of starts) out.add(w);
    if ((elems[k] as Elem).min > 0) return out;
  }
  return null;
}

/** "ur" is texting for both "your" and "you're": a pattern word of either kind accepts it. */
const UR_READINGS: ReadonlySet<string> = new Set(['your', "you're"]);

/**
 * The words that can stand right after `firstWord` when `c` matches starting with it (null: not
 * known, any). Sharper than `c.next`: for "you're|you_are|ur …" started by "you" it is {"are"}.
 * A filter only: a match always has one of these words next, so skipping the others changes nothing.
 */
export function nextAfter(c: Compiled, firstWord: string): ReadonlySet<string> | null {
  const out = new Set<string>();
  let rest: Set<string> | null | undefined;
  const first = c.elems[0] as Elem;
  if (first.subj) {
    // The words after the subject's own readings (`subjectOption`), as sharp as those readings.
    const w = firstWord;
    const plain = w === 'you' || w === 'u';
    const perfect = w === "you've" || w === 'youve' || w === 'uve' || w === "you'd" || w === 'youd';
    // After "you" an auxiliary ("you have ruined", "you were so rude") is skipped by the callers
    // (`wordAfterAux`): what follows it is one of the words the rest can start with.
    if (first.subj === SUBJ_BE) {
      if (perfect) out.add('been');
      else if (w === "you're" || w === 'youre' || w === 'ur') out.add('being');
    } else {
      if (perfect) out.add('been');
      if (!plain) {
        // "you've ruined", "you'll never", "you're ruining": the rest follows the subject word.
        rest = restStarts(c.elems);
        if (!rest) return null;
        for (const x of rest) out.add(x);
      }
    }
  }
  for (const a of first.alts as string[][]) {
    if (a[0] !== firstWord && !(firstWord === 'ur' && UR_READINGS.has(a[0] as string))) continue;
    if (a.length > 1) out.add(a[1] as string);
    else {
      rest ??= restStarts(c.elems);
      if (!rest) return null;
      for (const w of rest) out.add(w);
    }
  }
  return out;
}

/**
 * A necessary condition for a match of a pattern that starts at token `i`: one of the tokens
 * i + 1 … i + `reach` is one of the words that a required element further on can start with (its
 * alternatives' first words, their other verb forms, or a finite word class): `words`. Those
 * words carry the anchor's `bit` in `ANCHOR_BITS` (one of 31, shared by several anchors), so most
 * tokens are told apart without a set lookup. A filter only: a match always has such a token
 * there, so skipping the others changes nothing.
 */
export interface Anchor {
  words: ReadonlySet<string>;
  bit: number;
  reach: number;
}

/** Per word: the bits of the anchors whose words hold it (see `Anchor`). */
const ANCHOR_BITS = new Map<string, number>();
/** Word sets of anchors made so far (their bits go round the 31), and their bits. */
let anchorCount = 0;
/**
 * Per set of anchor words (sorted, joined): its bit and one set of those words, which anchors share.
 * Let go with the other lookups once the tables are built (`forgetSharing`).
 */
const BIT_OF_WORDS = new Map<string, { words: ReadonlySet<string>; bit: number }>();
const ANCHORS = new WeakMap<Compiled, Anchor | null>();

/** The most tokens element `e` can take (every repetition, each alternative, a subject's auxiliaries). */
function maxTokens(e: Elem): number {
  let one = 1;
  if (e.alts) for (const a of e.alts) one = Math.max(one, a.length);
  // "you have been": a subject's reading takes up to three tokens (`subjectOption`).
  if (e.subj) one = Math.max(one, 3);
  return one * e.max;
}

/**
 * The pattern's anchor (null: none): of its required elements after the first, one with a finite
 * set of words, as rare as can be told (fewest common words, then fewest words, then the nearest).
 * The reach counts every token the elements before it can take, and two hedges before each element
 * after the first (`step` skips up to two). One per pattern, made when first asked.
 */
export function anchorOf(c: Compiled): Anchor | null {
  const known = ANCHORS.get(c);
  if (known !== undefined) return known;
  let best: { words: ReadonlySet<string>; reach: number } | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  let reach = maxTokens(c.elems[0] as Elem);
  for (let k = 1; k < c.elems.length; k++) {
    const e = c.elems[k] as Elem;
    // Up to two hedges before this element, then its own first token.
    reach += 2;
    if (e.min >= 1 && e.subj === 0) {
      // The element's own sets where they are the words (read only from here on), not copies.
      let words: ReadonlySet<string> | null = null;
      if (e.alts) {
        if (e.infl) {
          const all = new Set(e.firsts ?? []);
          for (const w of e.infl.keys()) all.add(w);
          words = all;
        } else words = e.firsts ?? NO_WORDS;
      } else if (e.words) words = e.words;
      if (words && words.size > 0) {
        let common = 0;
        for (const w of words) if (COMMON_WORDS.has(w)) common++;
        const score = common * 1_000_000 + Math.min(999, words.size) * 1_000 + reach;
        if (score < bestScore) {
          bestScore = score;
          best = { words, reach };
        }
      }
    }
    reach += maxTokens(e);
  }
  let anchor: Anchor | null = null;
  if (best) {
    // The same words, the same bit.
    const key = [...best.words].sort().join(' ');
    let known = BIT_OF_WORDS.get(key);
    if (known === undefined) {
      const bit = 1 << (anchorCount++ % 31);
      // Equal sets of words are shared (see `sharedWords`).
      known = { words: sharedWords(best.words), bit };
      BIT_OF_WORDS.set(key, known);
      for (const w of best.words) ANCHOR_BITS.set(w, (ANCHOR_BITS.get(w) ?? 0) | bit);
    }
    // Written out, not spread: a spread gave each set of words its own hidden class, which left the
    // pre-filter's reads of `bit`, `words` and `reach` megamorphic (540 shapes for one kind of object).
    anchor = { words: known.words, bit: known.bit, reach: best.reach };
    // Bits of words already read for a token list would miss this anchor's words.
    bitsOf = null;
  }
  ANCHORS.set(c, anchor);
  return anchor;
}

/** The anchor bits of a word (see `Anchor`). */
export function anchorBits(w: string): number {
  return ANCHOR_BITS.get(w) ?? 0;
}

/** Changes whenever a word gets new anchor bits (for callers that keep `anchorBits` answers). */
export function anchorVersion(): number {
  return anchorCount;
}

/**
 * `anchorNear` with each token's anchor bits given (`infos[j].bits`, the token's `anchorBits`),
 * e.g. kept beside the word by the caller.
 */
export function anchorNearWith(
  tokens: readonly Token[],
  infos: ReadonlyArray<{ bits: number }>,
  a: Anchor,
  i: number,
  limit: number,
): boolean {
  const end = Math.min(limit, tokens.length, i + a.reach + 1);
  for (let j = i + 1; j < end; j++)
    if (((infos[j] as { bits: number }).bits & a.bit) !== 0 && a.words.has((tokens[j] as Token).w))
      return true;
  return false;
}

/** The token list whose anchor bits `bits` holds, worked out as asked (-1: not yet). */
let bitsOf: readonly Token[] | null = null;
let bits = new Int32Array(64);

/**
 * Forget the token list `anchorNear` last read (its bits are worked out again for the next one):
 * called after each analysis, so that its tokens (and the text they hold) are not kept alive
 * until the next message.
 */
export function forgetAnchorTokens(): void {
  bitsOf = null;
  firstsOf = null;
}

/**
 * Per word: the bits (`PhraseTable.bit`) of the phrase tables with patterns that start with it (set
 * by the engine, which knows every table: lib/tone/index.ts). A token is looked up once, whatever
 * the number of tables that scan its sentence (each asked its own map before, at every token).
 */
let firstBitsOf: (w: string) => number = () => -1;
export function setFirstBits(f: (w: string) => number): void {
  firstBitsOf = f;
}
/** The token list whose first-word bits `firsts` holds (-1: not worked out yet), as `bitsOf`. */
let firstsOf: readonly Token[] | null = null;
let firsts = new Int32Array(64);

/**
 * Readies the per-token caches of the phrase scans for `tokens` (first-word and anchor bits, each
 * unknown), then `fill` writes what the caller knows already (the pre-filter: its rough tokens'
 * words were looked up once, and a doc takes most of them over).
 */
export function knownTokenBits(
  tokens: readonly Token[],
  fill: (firstBits: Int32Array, anchorBits: Int32Array) => void,
): void {
  const n = tokens.length;
  if (bits.length < n) bits = new Int32Array(Math.max(n, bits.length * 2));
  if (firsts.length < n) firsts = new Int32Array(Math.max(n, firsts.length * 2));
  bits.fill(-1, 0, n);
  firsts.fill(-1, 0, n);
  bitsOf = tokens;
  firstsOf = tokens;
  fill(firsts, bits);
}

/** Is one of the tokens i + 1 … i + reach (before `limit`) one of the anchor's words? */
export function anchorNear(tokens: readonly Token[], a: Anchor, i: number, limit: number): boolean {
  if (bitsOf !== tokens) {
    // A new token list (the phrase tables and the pre-filter read one list many times in a row).
    if (bits.length < tokens.length) bits = new Int32Array(Math.max(tokens.length, bits.length * 2));
    bits.fill(-1, 0, tokens.length);
    bitsOf = tokens;
  }
  const end = Math.min(limit, tokens.length, i + a.reach + 1);
  for (let j = i + 1; j < end; j++) {
    let b = bits[j] as number;
    if (b < 0) {
      b = ANCHOR_BITS.get((tokens[j] as Token).w) ?? 0;
      bits[j] = b;
    }
    // The bit is shared by a few anchors: the word itself decides.
    if ((b & a.bit) !== 0 && a.words.has((tokens[j] as Token).w)) return true;
  }
  return false;
}

export interface PatternHit {
  /** Token index after the match. */
  end: number;
  cap: Record<string, number>;
}

/** Match `c` at token `i`, not crossing `limit` (the sentence's end). Skips mentions. */
export function matchAt(tokens: readonly Token[], c: Compiled, i: number, limit: number): PatternHit | null {
  if (c.next) {
    // Cheap reject: the first element is one word and the word after it can't start the rest.
    const t = tokens[i + 1];
    if (!t || (!c.next.has(t.w) && !HEDGES.has(t.w) && t.w !== 'ur')) return null;
  }
  const cap: Record<string, number> = {};
  newMatch();
  const end = step(tokens, c.elems, 0, i, limit, cap, 0);
  return end < 0 ? null : { end, cap };
}

/**
 * Does `c` match at token `i` (not crossing `limit`)? Like `matchAt` without captures or
 * allocation, for the pre-filter, and without `matchAt`'s check of the next word: the
 * pre-filter's lists hold only patterns that can go on with it (`nextAfter`, as sharp as `c.next`).
 */
export function matchesAfterNext(tokens: readonly Token[], c: Compiled, i: number, limit: number): boolean {
  newMatch();
  return step(tokens, c.elems, 0, i, limit, null, 0) >= 0;
}

/**
 * Continuations of the match being tried (`matchAt`, `matchesAfterNext`) found to fail: after an
 * optional element, the paths that took it and the paths that skipped it meet again at the same
 * token, and what follows from there fails the same way each time ("everything @ANY? … @ANY? is a
 * lie": eight optional words tried 2^8 ways at each first word, half the pattern steps of the
 * bench). A small table of [match, key] pairs by a hash of the key (element, token and auxiliary
 * state): a lost entry only costs a try. A failed try leaves the captures as they were (each
 * capture name stands once in a pattern: match-memo.test), so skipping it changes nothing.
 */
const FAILED = new Int32Array(2048);
let matchStamp = 0;

function newMatch(): void {
  if (++matchStamp === 0x7fffffff) {
    matchStamp = 1;
    FAILED.fill(0);
  }
}

function matchOne(tokens: readonly Token[], e: Elem, i: number, limit: number, st: number): number {
  if (e.pred) {
    const t = tokens[i];
    return i < limit && t && !t.mention && e.pred(t) ? i + 1 : -1;
  }
  // No alternative can start with this token (or, all being one word, one does: it matches).
  const t0 = tokens[i];
  if (i >= limit || !t0 || t0.mention) return -1;
  if (!(e.firsts as ReadonlySet<string>).has(t0.w)) {
    // Another form of one of its verbs, where the auxiliary before allows it ("you've ruined").
    const bits = st !== 0 && e.infl !== null ? e.infl.get(t0.w) : undefined;
    return bits !== undefined && (bits & st) !== 0 ? i + 1 : -1;
  }
  // A form the pattern writes, after an auxiliary the pattern did not write: it must fit.
  if ((st & AUX_READ) !== 0 && e.forms !== null) {
    const bits = e.forms.get(t0.w);
    if (bits !== undefined && (bits & st) === 0) return -1;
  }
  if (e.single) return i + 1;
  for (const alt of e.alts as string[][]) {
    if (i + alt.length > limit) continue;
    let ok = true;
    for (let k = 0; k < alt.length; k++) {
      const t = tokens[i + k] as Token;
      if (t.mention || (t.w !== alt[k] && !(t.w === 'ur' && UR_READINGS.has(alt[k] as string)))) {
        ok = false;
        break;
      }
    }
    if (ok) return i + alt.length;
  }
  return -1;
}

/** The auxiliary state after a word a pattern element matched (unchanged for other words). */
function stateAfter(w: string, st: number): number {
  return AUX_STATE.get(w) ?? st;
}

/** A subject reading: where it ends and the verb forms it allows (see `subjectOption`). */
function packed(end: number, st: number): number {
  return end * 64 + st + AUX_READ;
}

/** Token `i`'s word, when it is inside the sentence and no mention ('' otherwise). */
function wordAt(tokens: readonly Token[], i: number, limit: number): string {
  const t = tokens[i];
  return i < limit && t !== undefined && !t.mention ? t.w : '';
}

/**
 * Option `n` (0: the longest) of a subject with its auxiliary at token `i`, packed as
 * end * 64 + state (form bits, with AUX_READ the verb after it may take), or -1. SUBJ_AUX: "you've", "you have
 * (been)", "you had (been)", "you'd", "you'll", "you will", "you would", "you're", "you were".
 * SUBJ_BE: "you were (being)", "you've been", "you have/had been", "you're being", "you are being".
 */
function subjectOption(tokens: readonly Token[], i: number, limit: number, kind: number, n: number): number {
  const w = wordAt(tokens, i, limit);
  const w1 = wordAt(tokens, i + 1, limit);
  if (kind === SUBJ_AUX) {
    if (w === 'you' || w === 'u') {
      if (w1 === 'have' || w1 === 'has' || w1 === 'had') {
        if (wordAt(tokens, i + 2, limit) === 'been')
          return n === 0 ? packed(i + 3, FORM_ING) : n === 1 ? packed(i + 2, FORM_PART) : -1;
        return n === 0 ? packed(i + 2, FORM_PART) : -1;
      }
      if (w1 === 'will' || w1 === 'would') return n === 0 ? packed(i + 2, FORM_BASE) : -1;
      if (w1 === 'are' || w1 === 'were' || w1 === 'r') return n === 0 ? packed(i + 2, FORM_ING) : -1;
      return -1;
    }
    if (w === "you've" || w === 'youve' || w === 'uve' || w === "you'd" || w === 'youd') {
      const st = w === "you'd" || w === 'youd' ? FORM_PART | FORM_BASE : FORM_PART;
      if (w1 === 'been') return n === 0 ? packed(i + 2, FORM_ING) : n === 1 ? packed(i + 1, st) : -1;
      return n === 0 ? packed(i + 1, st) : -1;
    }
    if (w === "you'll" || w === 'youll') return n === 0 ? packed(i + 1, FORM_BASE) : -1;
    if (w === "you're" || w === 'youre' || w === 'ur') return n === 0 ? packed(i + 1, FORM_ING) : -1;
    return -1;
  }
  if (n !== 0 && !((w === 'you' || w === 'u') && (w1 === 'were' || w1 === 'was') && n === 1)) return -1;
  if (w === "you're" || w === 'youre' || w === 'ur') return w1 === 'being' ? packed(i + 2, FORM_ING) : -1;
  if (w === "you've" || w === 'youve' || w === 'uve' || w === "you'd" || w === 'youd')
    return w1 === 'been' ? packed(i + 2, FORM_ING) : -1;
  if (w !== 'you' && w !== 'u') return -1;
  const w2 = wordAt(tokens, i + 2, limit);
  if (w1 === 'are' || w1 === 'r') return w2 === 'being' ? packed(i + 3, FORM_ING) : -1;
  if (w1 === 'were' || w1 === 'was')
    return n === 0 && w2 === 'being'
      ? packed(i + 3, FORM_ING)
      : n === 0
        ? packed(i + 2, FORM_ING)
        : w2 === 'being'
          ? packed(i + 2, FORM_ING)
          : -1;
  if (w1 === 'have' || w1 === 'has' || w1 === 'had') return w2 === 'been' ? packed(i + 3, FORM_ING) : -1;
  if (w1 === 'been') return packed(i + 2, FORM_ING);
  return -1;
}

/**
 * Hedges and stance adverbs that may stand between any two words of a phrase without changing
 * what it says: "you (really) make me", "you're (honestly) the reason", "it's (literally) your
 * fault". A pattern element that does not accept one skips up to two of them.
 */
export const HEDGES: ReadonlySet<string> = new Set([
  'really',
  'honestly',
  'literally',
  'just',
  'actually',
  'truly',
  'seriously',
  'totally',
  'clearly',
  'basically',
  'genuinely',
  'simply',
  'definitely',
  'absolutely',
  'obviously',
  'lowkey',
  'highkey',
  'kinda',
  'sorta',
  'still',
]);

/** The shortest hedge: shorter words ("you", "is", "a") are told apart without a set lookup. */
const HEDGE_MIN_LENGTH = Math.min(...[...HEDGES].map((w) => w.length));

/** Is `w` a hedge? Words shorter than every hedge are told apart without a set lookup. */
export function isHedgeWord(w: string): boolean {
  return w.length >= HEDGE_MIN_LENGTH && HEDGES.has(w);
}

function isHedge(tokens: readonly Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  // Asked wherever a pattern element fails (`step`): most words there are short.
  return i < limit && t !== undefined && t.w.length >= HEDGE_MIN_LENGTH && !t.mention && HEDGES.has(t.w);
}

function step(
  tokens: readonly Token[],
  elems: readonly Elem[],
  k: number,
  i: number,
  limit: number,
  cap: Record<string, number> | null,
  st: number,
): number {
  if (k === elems.length) return i;
  // After an optional element, this continuation may have been tried (and failed) on another path.
  const key =
    k > 0 && (elems[k - 1] as Elem).min === 0 && i < 0x80000 && st < 64 && k < 64
      ? (i << 12) | (st << 6) | k
      : -1;
  const slot = (Math.imul(key, 0x9e3779b1) >>> 22) << 1;
  if (key >= 0 && FAILED[slot] === matchStamp && FAILED[slot + 1] === key) return -1;
  const res = stepAt(tokens, elems, k, i, limit, cap, st);
  if (res >= 0 || k === 0) return res;
  // "you really make me": the element did not match here; after one or two hedges it may
  // ("you really clearly don't": the second hedge may be the pattern's own word).
  for (let j = i; j < i + 2 && isHedge(tokens, j, limit); j++) {
    const r = stepAt(tokens, elems, k, j + 1, limit, cap, st);
    if (r >= 0) return r;
  }
  if (key >= 0) {
    FAILED[slot] = matchStamp;
    FAILED[slot + 1] = key;
  }
  return -1;
}

/**
 * `st`: the verb forms the auxiliary matched last allows (form bits; 0: none matched yet, so only
 * the forms a pattern writes out match).
 */
function stepAt(
  tokens: readonly Token[],
  elems: readonly Elem[],
  k: number,
  i: number,
  limit: number,
  cap: Record<string, number> | null,
  st: number,
): number {
  const e = elems[k] as Elem;
  if (e.max === 1) {
    // The common case: one required or optional element, no allocation.
    const nx = matchOne(tokens, e, i, limit, st);
    if (nx >= 0) {
      if (e.name && cap) cap[e.name] = i;
      const res = step(
        tokens,
        elems,
        k + 1,
        nx,
        limit,
        cap,
        e.track ? stateAfter((tokens[nx - 1] as Token).w, st) : st,
      );
      if (res >= 0) return res;
      if (e.name && cap) delete cap[e.name];
    }
    if (e.subj) {
      // "you've ruined", "you were so rude": the subject with an auxiliary, each reading in turn.
      for (let n = 0; n < 2; n++) {
        const o = subjectOption(tokens, i, limit, e.subj, n);
        if (o < 0) continue;
        if (e.name && cap) cap[e.name] = i;
        const res = step(tokens, elems, k + 1, o >> 6, limit, cap, o & 63);
        if (res >= 0) return res;
        if (e.name && cap) delete cap[e.name];
      }
    }
    return e.min === 0 ? step(tokens, elems, k + 1, i, limit, cap, st) : -1;
  }
  if (e.pred) {
    // A word class takes one token per repetition: the positions after 0..r repetitions are
    // i..i+r, so the backtracking below needs no array (this runs at every "you" of a text).
    let r = 0;
    while (r < e.max && matchOne(tokens, e, i + r, limit, st) >= 0) r++;
    for (; r >= e.min; r--) {
      if (e.name && cap && r > 0) cap[e.name] = i;
      const res = step(tokens, elems, k + 1, i + r, limit, cap, st);
      if (res >= 0) return res;
      if (e.name && cap) delete cap[e.name];
    }
    return -1;
  }
  // Greedy with bounded backtracking: collect the positions after 0..max repetitions.
  const positions: number[] = [i];
  let pos = i;
  for (let r = 0; r < e.max; r++) {
    const nx = matchOne(tokens, e, pos, limit, st);
    if (nx < 0) break;
    pos = nx;
    positions.push(pos);
  }
  for (let r = positions.length - 1; r >= e.min; r--) {
    if (e.name && cap && r > 0) cap[e.name] = i;
    const res = step(tokens, elems, k + 1, positions[r] as number, limit, cap, st);
    if (res >= 0) return res;
    if (e.name && cap) delete cap[e.name];
  }
  return -1;
}

/**
 * Whether the text holds a double quote mark that can open a quotation: a `pre` (phrases.ts) of
 * patterns whose guards read one before a word.
 */
export const opensQuote = (text: string): boolean => text.includes('"') || text.includes('\u201C');

/**
 * What a pattern's guard needs of the whole message, cheap to ask (`PhraseRule.pre`): the text,
 * and its rough tokens (`roughTokens`: the words the rules read, canonical).
 */
export type Pre = (text: string, tokens: readonly Token[]) => boolean;

export interface PhraseEntry {
  pattern: string;
  rule: string;
  severity: 1 | 2 | 3;
  min: Sensitivity;
  /** See `PhraseRule.pre` (phrases.ts). */
  pre?: Pre | undefined;
}

/**
 * A table of phrases indexed by their first word. `scan` calls back for each hit, left to right,
 * longest pattern first at each position.
 */
export interface PhraseTableItem<E> {
  entry: E;
  /**
   * The engine's family whose table this is (-1 until the pre-filter, which reads these very items,
   * sets it: one object per pattern and first word for both, see lib/tone/index.ts).
   */
  fam: number;
  c: Compiled;
  /** The lowest sensitivity level (SENSITIVITY_LEVEL) at which the pattern applies. */
  level: number;
  next: ReadonlySet<string> | null;
  auxNext: ReadonlySet<string> | null;
  anchor: Anchor | null;
  /** The entry's `pre` (null: none): the pre-filter counts a rough hit only where it holds. */
  pre: Pre | null;
}
type PhraseTableList<E> = ReadonlyArray<PhraseTableItem<E>>;

/** What a table keeps per first word met (`PhraseTable.byNext`). */
interface NextLists<E> {
  list: PhraseTableList<E>;
  /**
   * The words named in some pattern's `next`; per such word once met as the next word, the
   * patterns that can go on with it (null until then): one lookup answers both.
   */
  named: Map<string, PhraseTableList<E> | null>;
  any: PhraseTableList<E>;
}

/**
 * The patterns of `by.list` that can go on with `nextWord` (undefined: no next token), in order:
 * those without `next`, and those naming the word.
 */
function goingOn<E>(by: NextLists<E>, nextWord: string | undefined): PhraseTableList<E> {
  if (nextWord === undefined) return by.any;
  const known = by.named.get(nextWord);
  if (known === undefined) return by.any;
  if (known !== null) return known;
  const out = by.list.filter((x) => !x.next || x.next.has(nextWord));
  by.named.set(nextWord, out);
  return out;
}

export class PhraseTable<E extends PhraseEntry> {
  /** Per first word: the patterns, each with the words that can follow that first word (`nextAfter`). */
  private readonly byFirst = new Map<string, Array<PhraseTableItem<E>>>();
  readonly words: string[] = [];
  /** This table's bit among the engine's tables (see `setFirstBits`; 0: none, every token is asked). */
  bit = 0;

  constructor(entries: readonly E[]) {
    for (const entry of entries) {
      const c = compile(entry.pattern);
      const anchor = anchorOf(c);
      const firsts = c.firstWords.some((w) => UR_READINGS.has(w)) ? [...c.firstWords, 'ur'] : c.firstWords;
      for (const w of new Set(firsts)) {
        let list = this.byFirst.get(w);
        if (!list) {
          list = [];
          this.byFirst.set(w, list);
          this.words.push(w);
        }
        // Many patterns allow the same next words: one set each (see `sharedWords`).
        list.push({
          entry,
          fam: -1,
          c,
          level: SENSITIVITY_LEVEL[entry.min],
          next: sharedWords(nextAfter(c, w)),
          auxNext: sharedWords(nextAfterAux(c, w)),
          anchor,
          pre: entry.pre ?? null,
        });
      }
    }
    // Each list as a copy of exactly its length: `push` left room for 17 or more (most lists hold
    // one or two items, and a frame keeps the tables). Same items, same order, same keys.
    for (const [w, list] of this.byFirst) this.byFirst.set(w, list.slice());
  }

  /**
   * Every pattern hit in `doc` (guards are the caller's: `onHit` returns true to stop at a hit's
   * first word). `only`: the sentences (indices, ascending) to look in (see `RuleContext.sentences`).
   */
  scan(
    doc: Doc,
    sensitivity: Sensitivity,
    onHit: (entry: E, first: number, hit: PatternHit) => boolean | undefined,
    only?: readonly number[],
  ): void {
    const { tokens, sentences } = doc;
    if (only) {
      for (const si of only) {
        const s = sentences[si] as Sentence;
        this.scanRange(tokens, sentences, s.first, s.last, sensitivity, onHit);
      }
      return;
    }
    this.scanRange(tokens, sentences, 0, tokens.length, sensitivity, onHit);
  }

  /** `scan` over tokens [from, to). */
  private scanRange(
    tokens: readonly Token[],
    sentences: readonly Sentence[],
    from: number,
    to: number,
    sensitivity: Sensitivity,
    onHit: (entry: E, first: number, hit: PatternHit) => boolean | undefined,
  ): void {
    const bit = this.bit;
    if (bit !== 0 && firstsOf !== tokens) {
      if (firsts.length < tokens.length) firsts = new Int32Array(Math.max(tokens.length, firsts.length * 2));
      firsts.fill(-1, 0, tokens.length);
      firstsOf = tokens;
    }
    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      if (t.mention) continue;
      if (bit !== 0) {
        let b = firsts[i] as number;
        if (b < 0) {
          b = firstBitsOf(t.w);
          firsts[i] = b;
        }
        if ((b & bit) === 0) continue;
      }
      // The word's patterns and what `goingOn` keeps for it, in one lookup (made at its first visit).
      const by = this.byNext.get(t.w) ?? this.byNextOf(t.w);
      if (!by) continue;
      const limit = (sentences[t.sent] as Sentence).last;
      const nextWord = tokens[i + 1]?.w;
      // "you have ruined": after "you" and an auxiliary, the word that a subject's reading goes on with.
      const afterAux = wordAfterAux(tokens, i);
      // Without an auxiliary, a hedge or "ur" next, only the patterns that can go on with the next
      // word (the cheap reject below, worked out once per pair of words): the same patterns in the
      // same order as the loop would keep, so the reject need not be asked again of each.
      const plain =
        afterAux === undefined && nextWord !== 'ur' && !(nextWord !== undefined && HEDGES.has(nextWord));
      const list = plain ? goingOn(by, nextWord) : by.list;
      // `level`, not `entry.min`: the entries of the tables have many shapes, the items one.
      for (const { entry, c, next, auxNext, anchor, level } of list) {
        if (level > SENSITIVITY_LEVEL[sensitivity]) continue;
        // Cheap reject: this pattern, started by this word, cannot go on with the next word.
        // A hedge ("you really …") may be skipped, and "ur" may be "your" or "you're": those go on.
        if (
          !plain &&
          next &&
          (nextWord === undefined || (!next.has(nextWord) && !HEDGES.has(nextWord) && nextWord !== 'ur')) &&
          !(afterAux !== undefined && auxNext !== NO_WORDS && (auxNext === null || auxNext.has(afterAux)))
        )
          continue;
        if (anchor !== null && !anchorNear(tokens, anchor, i, limit)) continue;
        const hit = matchAt(tokens, c, i, limit);
        if (hit && onHit(entry, i, hit) === true) break;
      }
    }
  }

  /**
   * Per first word met in a scan: its patterns, the words named in some pattern's `next`, the
   * patterns that accept any next word, and per named word met so far, the patterns that can go on
   * with it (see `goingOn`).
   */
  private readonly byNext = new Map<string, NextLists<E>>();

  /** `byNext`'s record for first word `first`, made (undefined: no pattern starts with it). */
  private byNextOf(first: string): NextLists<E> | undefined {
    const list = this.byFirst.get(first);
    if (!list) return undefined;
    const named = new Map<string, PhraseTableList<E> | null>();
    for (const x of list) if (x.next) for (const w of x.next) named.set(w, null);
    const any = list.filter((x) => !x.next);
    const by = { list, named, any: any.length === list.length ? list : any };
    this.byNext.set(first, by);
    return by;
  }

  /** The table's patterns, by first word (for a pre-filter that merges several tables). */
  entries(): IterableIterator<[string, ReadonlyArray<PhraseTableItem<E>>]> {
    return this.byFirst.entries();
  }

  /** Does any phrase's pattern match (guards not consulted)? For the pre-filter. */
  any(doc: Doc, sensitivity: Sensitivity): boolean {
    const { tokens, sentences } = doc;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const list = this.byFirst.get(t.w);
      if (!list) continue;
      const limit = (sentences[t.sent] as Sentence).last;
      for (const { entry, c } of list) {
        if (allows(sensitivity, entry.min) && matchAt(tokens, c, i, limit)) return true;
      }
    }
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers for matches and suggestions
// ---------------------------------------------------------------------------------------------

/**
 * How far context scans reach (tokens). Real sentences are shorter; the cap keeps a
 * 100,000-character run-on sentence linear.
 */
export const WINDOW = 48;

/** The canonical word of token `i`, or '' past either end (what the phrase guards read). */
export function tokenWord(doc: Doc, i: number): string {
  return (doc.tokens[i] as Token | undefined)?.w ?? '';
}

/**
 * The sentence of token `tokenIndex`. An index past the last token (a rule looking one word beyond
 * a phrase that ends the text, as it does while someone is still typing) reads the last sentence,
 * one before the first the first; a text with no words, an empty sentence.
 */
export function sentenceOf(doc: Doc, tokenIndex: number): Sentence {
  const t = doc.tokens[Math.max(0, Math.min(tokenIndex, doc.tokens.length - 1))];
  return (t && doc.sentences[t.sent]) || NO_SENTENCE;
}

const NO_SENTENCE: Sentence = { start: 0, end: 0, contentEnd: 0, first: 0, last: 0 };

/** Sum of valence over tokens [from, to). */
export function valenceSum(doc: Doc, from: number, toIn: number): number {
  const to = Math.min(toIn, from + WINDOW);
  let s = 0;
  // A negation reaches the next two words only ("not very happy", not the whole sentence).
  let negateUntil = -1;
  for (let i = from; i < to; i++) {
    const w = (doc.tokens[i] as Token).w;
    if (
      w === 'not' ||
      w === 'never' ||
      w === "don't" ||
      w === "didn't" ||
      w === "can't" ||
      w === "isn't" ||
      w === "won't"
    ) {
      negateUntil = i + 2;
      continue;
    }
    const v = valence(w);
    if (v !== 0) {
      s += i <= negateUntil ? -v : v;
      negateUntil = -1;
    }
  }
  return s;
}

/** The rest of the message after token `end` scores as praise (more warm words than sour ones). */
export function praiseAfter(doc: Doc, end: number): boolean {
  let pos = 0;
  let neg = 0;
  for (const w of answerAfter(doc, end)
    .toLowerCase()
    .split(/[^a-z']+/)) {
    const v = valence(w);
    if (v > 0) pos += v;
    else if (v < 0) neg -= v;
  }
  return pos > 0 && pos > neg;
}

/**
 * Affection said in passing ("love you", "miss u"), thanks for something else ("thanks for dinner")
 * and a cheer for the reader's own news ("so proud of you", "congrats again"): said of something
 * else, they answer no finding before them.
 */
const ASIDE =
  /\b(?:i )?(?:love|luv|miss) (?:you|u)\b|\b(?:thanks|thank you|thx)(?: so much)? for (?:the |your |a )?\w+|\b(?:(?:i'?m|im|i am) )?(?:so |really |very |super )?proud of (?:you|u)\b|\bcongrat(?:s|ulations)?(?: again| to (?:you|u))?\b/gi;

/**
 * What answers a finding that ends at token `end`: the rest of its sentence and the next sentence
 * (at most 600 characters), asides left out. Praise or thanks there can be about the finding ("look
 * what you did to my garden, it's gorgeous now"); a warm sentence further on, a "love you" or a
 * "thanks for dinner" is about something else.
 */
export function answerAfter(doc: Doc, end: number): string {
  const last = doc.tokens[Math.min(end, doc.tokens.length) - 1];
  if (!last) return '';
  const own = doc.sentences[last.sent];
  const next = doc.sentences[last.sent + 1];
  const ownEnd = Math.max(last.end, own ? own.end : last.end);
  const to = Math.min(Math.max(ownEnd, next ? next.end : ownEnd), last.end + 600);
  return `${doc.text.slice(last.end, Math.min(ownEnd, to))} ${doc.text.slice(Math.min(ownEnd, to), to).replace(ASIDE, ' ')}`;
}

/** The text without its asides ("love you", "thanks for dinner", "so proud of you", "congrats"). */
export function withoutAsides(text: string): string {
  return text.replace(ASIDE, ' ');
}

/**
 * Where a laugh, a heart or a warm word about a finding on tokens [first, end) is read: its own
 * sentence up to it (600 characters at most), the finding, and what answers it (answerAfter: the
 * rest of the sentence and the next one, asides left out). A laugh or "love you" in another
 * sentence ("That was hilarious lol. You never listen to me.") is about something else.
 */
export function aboutText(doc: Doc, first: number, end = first + 1): string {
  const a = doc.tokens[first] as Token;
  const s = doc.sentences[a.sent] as Sentence;
  const b = doc.tokens[Math.max(first, end - 1)] as Token;
  return `${doc.text.slice(Math.max(s.start, a.start - 600), Math.min(b.end, a.start + 600))} ${answerAfter(doc, Math.max(first + 1, end))}`;
}

/**
 * Praise and complaint in what answers a finding ending at token `end` (answerAfter: the rest of
 * its sentence and the next one, asides left out), laughter not counted, a trouble waved away ("no
 * worries") no sour word.
 */
export function answerPolarity(doc: Doc, end: number): { pos: number; neg: number } {
  let pos = 0;
  let neg = 0;
  let prev = '';
  for (const w of answerAfter(doc, end)
    .toLowerCase()
    .split(/[^a-z']+/)) {
    if (w === '' || LAUGHTER.has(w)) continue;
    const v = valence(w);
    if (v > 0) pos += v;
    else if (v < 0 && !WAVED_OFF.has(prev)) neg -= v;
    prev = w;
  }
  return { pos, neg };
}

/** Sentence `si` holds nothing but asides ("Love you.", "So proud of you!", "Congrats again!"). */
export function asideOnly(doc: Doc, si: number): boolean {
  const s = doc.sentences[si];
  if (!s || s.last - s.first > 8) return false;
  const text = doc.text.slice(s.start, s.end);
  return (
    /\w/.test(text) &&
    !/\w/.test(text.replace(ASIDE, ' ').replace(/\b(?:again|so much|too|always|xx*)\b/gi, ' '))
  );
}

const HOPE_YOU = /^(?:you're|youre|ur|you|u|ya|are|r|feel|so|really|very|now)$/;
/** What a bitter closer hopes they feel ("hope ur happy"). */
const HOPED_FEELING = /^(?:happy|proud|pleased|satisfied|good)$/;

/**
 * A good word that is no warmth: a bitter closer ("hope ur happy", "hope you feel good about that",
 * "nice going", ", enjoy your echo chamber"), or the verb of an "ever" clause ("the rudest person I've
 * ever worked with"). Token `i` has a positive valence.
 */
export function bitterPraise(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const w = (t[i] as Token).w;
  if (/^(?:nice|good|great)$/.test(w) && t[i + 1]?.w === 'going') return true;
  // "i'll block you for good": for ever, no praise.
  if (w === 'good' && t[i - 1]?.w === 'for' && isClauseEnd(doc, i)) return true;
  // "the laziest person I've ever shared a lab with": the verb of an "ever" clause judges nothing.
  if (t[i - 1]?.w === 'ever' && /^(?:i've|ive|i|we've|i'd)$/.test(t[i - 2]?.w ?? '')) return true;
  // "…, enjoy your echo chamber.": a parting shot opening its clause.
  if (w === 'enjoy' && /^(?:your|ur)$/.test(t[i + 1]?.w ?? '') && i > 0 && isClauseEnd(doc, i - 1))
    return true;
  let k = i;
  if (w !== 'hope') {
    if (!HOPED_FEELING.test(w)) return false;
    while (k > i - 4 && k > 0 && HOPE_YOU.test((t[k - 1] as Token).w)) k--;
    k--;
  }
  if (t[k]?.w !== 'hope' || !/^(?:you|u|ur|you're|youre|ya)$/.test(t[k + 1]?.w ?? '')) return false;
  let j = k + 2;
  while (j < k + 5 && HOPE_YOU.test(t[j]?.w ?? '')) j++;
  return HOPED_FEELING.test(t[j]?.w ?? '');
}

/**
 * Words of warmth that also name a role or a thing ("support", "legal", "help", "care") or a
 * promise of theirs: no warmth as a noun ("nobody from support", "the help desk", "no help"), when
 * denied ("never helps", "didn't support") or promised by them ("you promise every time").
 */
const ROLE_WARMTH = /^(?:legal|(?:support|help|care|promise)(?:s|d|ed|ing)?)$/;
const ROLE_BEFORE = /^(?:no|not|never|nobody|without|from|customer)$|n't$/;
const ROLE_AFTER = /^(?:team|desk|ticket|line|staff|agents?|department|chat|people|said)$/;

/** Is token `i`, a word of warmth, only a role, a denied help or their promise (see `ROLE_WARMTH`)? */
export function emptyWarmth(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const x = (t[i] as Token).w;
  if (!ROLE_WARMTH.test(x)) return false;
  const s = sentenceOf(doc, i);
  const p = i > s.first ? (t[i - 1] as Token).w : '';
  const n = i + 1 < s.last ? (t[i + 1] as Token).w : '';
  // "I promise", "we'll help", "take care": the writer's own, warm.
  if (x.startsWith('prom')) return /^(?:you|u|they|he|she|your|ur|their)$/.test(p);
  return ROLE_BEFORE.test(p) || ROLE_AFTER.test(n);
}

/** Token `i`'s positive valence as warmth: 0 for a bitter closer's or a role's good word (`bitterPraise`, `emptyWarmth`). */
function warmthOf(doc: Doc, i: number, v: number): number {
  return bitterPraise(doc, i) || emptyWarmth(doc, i) ? 0 : v;
}

/** Count of positive and negative words in [from, to), ignoring negation. */
export function polarity(doc: Doc, from: number, toIn: number): { pos: number; neg: number } {
  const to = Math.min(toIn, from + WINDOW, doc.tokens.length);
  let pos = 0;
  let neg = 0;
  for (let i = from; i < to; i++) {
    const v = valence((doc.tokens[i] as Token).w);
    if (v > 0) pos += warmthOf(doc, i, v);
    else if (v < 0) neg -= v;
  }
  return { pos, neg };
}

/**
 * Discourse markers and terms of address that may open a sentence without being part of what it
 * says: "ok so", "honestly,", "babe,", "omg", "look,", "seriously,".
 */
export const DISCOURSE_OPENERS: ReadonlySet<string> = new Set([
  'ok',
  'okay',
  'k',
  'so',
  'honestly',
  'seriously',
  'look',
  'listen',
  'omg',
  'omfg',
  'babe',
  'baby',
  'hun',
  'honey',
  'dude',
  'bro',
  'bruh',
  'man',
  'sis',
  'girl',
  'well',
  'oh',
  'wow',
  'lol',
  'lmao',
  'ugh',
  'yeah',
  'hey',
  'jeez',
  'geez',
  'um',
  'uh',
  'tbh',
  'ngl',
]);

/** The first token of sentence `s` after its discourse openers (at most three; never its last token). */
export function contentStart(doc: Doc, s: Sentence): number {
  let k = s.first;
  while (k < s.last - 1 && k < s.first + 3) {
    const t = doc.tokens[k] as Token;
    // "I mean, …", "I swear, …": the writer's stance, then the words.
    if (t.w === 'i' && k + 2 < s.last && stanceWord(doc, k)) {
      k += 2;
      continue;
    }
    if (t.mention || !DISCOURSE_OPENERS.has(t.w)) break;
    k++;
  }
  return k;
}

/**
 * True when token `i` is the first word of its sentence (ignoring leading marks), or only
 * discourse openers come before it ("ok so you never…", "babe, not even once…"): up to three.
 */
export function isSentenceStart(doc: Doc, i: number): boolean {
  const first = sentenceOf(doc, i).first;
  if (first === i) return true;
  if (i < first || i - first > 3) return false;
  for (let k = first; k < i; k++) {
    const t = doc.tokens[k] as Token;
    if (stanceWord(doc, k)) continue;
    if (t.mention || !DISCOURSE_OPENERS.has(t.w)) return false;
  }
  return true;
}

/**
 * withdr44: after token `end - 1`, only a topic closes the clause: "don't message me about Christmas.",
 * "don't @ me again with your hot takes" (no comma, mark or emoji before the full stop or the end).
 */
export const topicEnds = (doc: Doc, end: number): boolean =>
  /^ (?:again |anymore )?(?:about|with) [\w' ]{1,30}(?:\.|$)/i.test(
    doc.text.slice((doc.tokens[end - 1] as Token).end),
  );

/**
 * True when token `i` ends its clause: nothing but punctuation, emoji or spaces follow it in its
 * sentence, or a comma-like break does, or only trailing adjuncts do ("you're being selfish right
 * now", "I'm done lol", "leave me alone tbh"): words that place the clause in time or in the
 * writer's stance without continuing it. `clauseEnd` then stops before them, so a rewording of
 * the clause leaves them where they are.
 */
export function isClauseEnd(doc: Doc, i: number): boolean {
  if (isBareClauseEnd(doc, i)) return true;
  const j = adjunctTail(doc, i);
  return j > i && isBareClauseEnd(doc, j);
}

/** Whether a match ending before token `end` closes its clause: its sentence ends there, or a clause does. */
export function closesClause(doc: Doc, end: number, s: { last: number }): boolean {
  return end >= s.last || isClauseEnd(doc, end - 1);
}

/**
 * Trailing adjuncts, in canonical words. Time ("right now", "again", "lately"), stance ("honestly",
 * "tbh") and laughter or sighs ("lol", "smh"): none of them continues the clause before it.
 */
const TRAILING_ADJUNCTS: ReadonlyArray<readonly string[]> = [
  ['right', 'now'],
  ['rn'],
  ['now'],
  ['again'],
  ['today'],
  ['tonight'],
  ['lately'],
  ['anymore'],
  ['all', 'the', 'time'],
  ['to', 'me'],
  ['honestly'],
  ['seriously'],
  ['tbh'],
  ['ngl'],
  ['fr'],
  ['for', 'real'],
  ['tho'],
  ['though'],
  ['lol'],
  ['lolol'],
  ['lmao'],
  ['lmfao'],
  ['haha'],
  ['smh'],
  ['at', 'this', 'point'],
];
/** The one-word adjuncts that say the writer's stance, not when or to whom. */
const STANCE: ReadonlySet<string> = new Set([
  'honestly',
  'seriously',
  'tbh',
  'ngl',
  'fr',
  'tho',
  'though',
  'lol',
  'lolol',
  'lmao',
  'lmfao',
  'haha',
  'smh',
]);
const ADJUNCT_FIRST: ReadonlySet<string> = new Set(TRAILING_ADJUNCTS.map((a) => a[0] as string));

/** A describing or labelling word ("rude", "selfish", "hypocrite"): "to me" after it is an adjunct. */
function isJudgement(w: string): boolean {
  // "nothing to me", "everything to me": the phrase is the meaning, not a place for an adjunct.
  if (/^(?:nothing|everything|something|anything)$/.test(w)) return false;
  return valence(w) < 0 || INSULT_ADJECTIVES.has(w) || INSULT_NOUNS.has(w);
}

/** The last token of the run of trailing adjuncts (at most three) right after token `i`; `i` when none. */
function adjunctTail(doc: Doc, i: number, stanceOnly = false): number {
  const tokens = doc.tokens;
  const s = sentenceOf(doc, i);
  let j = i;
  for (let n = 0; n < 3 && j + 1 < s.last; n++) {
    const t = tokens[j + 1] as Token;
    if (t.mention || !(stanceOnly ? STANCE : ADJUNCT_FIRST).has(t.w)) break;
    // "rude to me", "a hypocrite to me"; not "listen to me", "nothing to me" (the verb's own object).
    if (t.w === 'to' && !isJudgement((tokens[j] as Token).w)) break;
    let next = -1;
    for (const a of TRAILING_ADJUNCTS) {
      // Tokens j+1 … j+a.length must be the adjunct's words, inside the sentence.
      if (a[0] !== t.w || j + a.length >= s.last) continue;
      let ok = true;
      for (let k = 1; k < a.length && ok; k++) ok = (tokens[j + 1 + k] as Token).w === a[k];
      if (ok) {
        next = j + a.length;
        break;
      }
    }
    if (next < 0) break;
    j = next;
  }
  return j;
}

/**
 * Nothing but punctuation, emoji or spaces, or a comma-like break, follows token `i` in its sentence:
 * the strict clause end, where a trailing "again" or "right now" does not count as ending it.
 */
export function isBareClauseEnd(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token;
  const s = sentenceOf(doc, i);
  if (i + 1 >= s.last) return true;
  const gap = doc.text.slice(t.end, (doc.tokens[i + 1] as Token).start);
  // "thanks idiot. see you": a mark the segmenter did not split at still ends the clause.
  return /[,;:\u2014\u2013]|\s-\s|[.!?]\s/.test(gap);
}

/** Verbs of the writer's stance after "I": "I mean", "I guess", "I swear", "I dunno". */
const STANCE_VERBS: ReadonlySet<string> = new Set(['mean', 'guess', 'swear', 'suppose', 'dunno', 'reckon']);

/**
 * Token `k` is the "I" (or the verb) of a stance said before the words ("I mean, what a clown",
 * "I swear, ANSWER THE PHONE"): the writer framing what follows, not a sentence about oneself. "I'm
 * ugly, stupid, useless" and "I guess I'm an idiot" stay about oneself ("I'm" is no stance).
 */
export function stanceWord(doc: Doc, k: number): boolean {
  const w = (doc.tokens[k] as Token | undefined)?.w;
  if (w === 'i') return STANCE_VERBS.has((doc.tokens[k + 1] as Token | undefined)?.w ?? '');
  return w !== undefined && k > 0 && STANCE_VERBS.has(w) && (doc.tokens[k - 1] as Token).w === 'i';
}

/** Words of care near "what's wrong / the matter with you": "…are you ok?", "you seem sad". */
const CARING: ReadonlySet<string> = wordSet(
  'ok okay alright sad upset ill sick hurt hurting feeling feel worried quiet tired down seem seemed sweetie hun honey babe love darling',
);

/** Care in token `i`'s sentence or the next one (400 characters at most): a question asked in concern. */
export function caringNear(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  const next = doc.sentences[(doc.tokens[i] as Token).sent + 1];
  const text = doc.text
    .slice(s.start, Math.min(doc.text.length, (next ?? s).end, s.start + 400))
    .toLowerCase()
    // "love" as a name is care ("what's wrong, love?"); "love you" after the question is an aside.
    .replace(/\b(?:i )?(?:love|luv) (?:you|u)\b/g, ' ');
  for (const x of text.split(/[^\p{L}']+/u)) if (CARING.has(x)) return true;
  return false;
}

/** "… at work", "… in the office", "… here": what follows names a place, so the news is of it. */
export function atPlace(doc: Doc, end: number): boolean {
  return (
    /^(?:at|in|on|here|there|from)$/.test(doc.tokens[end]?.w ?? '') &&
    !/^(?:you|u|your|ur)$/.test(doc.tokens[end + 1]?.w ?? '')
  );
}

/** What `says` has read of the current message: each pattern's answer. */
let saidDoc: Doc | undefined;
const said = new Map<string, boolean>();

/**
 * Whether the whole message says `re`, read once a message per pattern however many hits ask: a
 * guard reading the whole text at each hit is quadratic on a long message. `re` keeps no state (no
 * g or y flag).
 */
export function says(doc: Doc, re: RegExp): boolean {
  if (doc !== saidDoc) {
    saidDoc = doc;
    said.clear();
  }
  const key = `${re.flags}/${re.source}`;
  let yes = said.get(key);
  if (yes === undefined) {
    yes = re.test(doc.text);
    said.set(key, yes);
  }
  return yes;
}

/** Original text of tokens [from, to). */
export function textOf(doc: Doc, from: number, toIn: number): string {
  const to = Math.min(toIn, doc.tokens.length);
  if (to <= from) return '';
  return doc.text.slice((doc.tokens[from] as Token).start, (doc.tokens[to - 1] as Token).end);
}

/** The rest of the sentence after token `i` (exclusive), up to its terminal marks, as written. */
export function restOfSentence(doc: Doc, i: number): string {
  const s = sentenceOf(doc, i);
  const t = doc.tokens[i] as Token;
  return doc.text.slice(t.end, Math.max(t.end, s.contentEnd));
}

/** Index of the last token of the clause starting after `i` (stops before a comma-like break). */
export function clauseEnd(doc: Doc, i: number): number {
  const s = sentenceOf(doc, i);
  let j = i;
  // The clause as written, adjuncts of time included ("if you borrow my car again" → "please don't
  // borrow my car again"); the writer's stance after it ("lol", "tbh") is not: rewordings built on
  // the clause leave it in place.
  while (j + 1 < s.last && j < i + WINDOW && !isBareClauseEnd(doc, j)) {
    const k = adjunctTail(doc, j, true);
    if (k > j && isBareClauseEnd(doc, k)) break;
    j++;
  }
  return j;
}

/** Words after a label that already say who is meant ("people like you", "the idiots at work"). */
const SAYS_WHO_AFTER =
  /^ +(?:like|who|that|which|whose|at|in|on|from|of|with|is|are|was|were|has|have|had|will|would|can|could|do|does|did|don't|doesn't|didn't|won't|can't)\b/i;

/**
 * Do the words after offset `end` say who a plain "people" is ("people like you", "the people at
 * work", "that person is")? Without them, "the people" for a label says someone else.
 */
export function saysWhoAfter(doc: Doc, end: number): boolean {
  return SAYS_WHO_AFTER.test(doc.text.slice(end, end + 12));
}

/**
 * A draft replacing from offset `start` to the end of the sentence's words. When the new text
 * ends with its own mark (. ? !), the person's terminal marks are replaced too.
 */
export function toSentenceEnd(
  doc: Doc,
  startTok: number,
  text: string,
  startOffset?: number,
  openersKept = false,
): Draft {
  const s = sentenceOf(doc, startTok);
  let start = startOffset ?? (doc.tokens[startTok] as Token).start;
  // A sentence of ours cannot start in the middle of a clause ("its morons like you that…" →
  // "its I strongly disagree…"): the words before either end a sentence of their own ("don't tax
  // anyone. I really don't agree with this.") or go with the clause.
  // `openersKept`: the words before are openers that stay ("man, …"; `keptOpenersStart`).
  if (startOffset === undefined && !openersKept && /^[A-Z]/.test(text) && /[.?!]$/.test(text)) {
    const split = clauseSplit(doc, startTok);
    if (split === 'own') {
      const d = toSentenceEnd(doc, startTok, text, start);
      const prev = doc.tokens[startTok - 1] as Token;
      return { ...d, start: prev.end, text: `. ${d.text}` };
    }
    if (split >= 0) start = (doc.tokens[split] as Token).start;
    // After a comma that ends words of substance ("Milk, eggs, bread, you're an idiot."): ours is
    // a sentence of its own, not spliced on with a comma. Openers ("wow, …", "honestly, …") stay.
    else if (
      split === -1 &&
      startTok > s.first &&
      commaBefore(doc, startTok) &&
      !onlyOpeners(doc, s.first, startTok) &&
      !nameCalledFirst(doc, s.first, startTok) &&
      // "I asked twice -- in fact, you dodged it": after a dash, "in fact," opens what follows.
      !/(?:^|[-\u2013\u2014;:(]\s*)(?:in fact|actually|honestly|frankly|seriously|besides)\s*$/i.test(
        doc.text.slice(s.start, (doc.tokens[startTok - 1] as Token).end),
      ) &&
      // "If they are valid, why would you…": a leading condition belongs to what follows it.
      !/^(?:if|when|whenever|once|unless|since|because)$/.test((doc.tokens[s.first] as Token).w)
    ) {
      const d = toSentenceEnd(doc, startTok, text, start);
      const prev = doc.tokens[startTok - 1] as Token;
      return { ...d, start: prev.end, text: `. ${d.text}` };
    }
  }
  // "I despise you, and I wish you would leave": a sentence of ours in place of the first clause
  // keeps the clause after the comma, with its "and" ("I'm really hurt right now, and I wish…").
  if (startOffset === undefined && /^[A-Z][^.?!]*[.?!]$/.test(text)) {
    const ce = clauseEnd(doc, startTok);
    const next = doc.tokens[ce + 1] as Token | undefined;
    if (
      ce + 1 < s.last &&
      next &&
      /^\s*[,;]\s*$/.test(doc.text.slice((doc.tokens[ce] as Token).end, next.start)) &&
      CLAUSE_AFTER.has(next.w) &&
      ce + 2 < s.last &&
      !moreOfTheSame(doc, ce + 1, s.last) &&
      // "you are a moronic shill, which is not what we need": ", which …" points into the words
      // ours replaced; it goes with them. A consequence ("which is why", "which means") stays, and
      // so does an aside with the sentence going on after it.
      (next.w !== 'which' || relativeTailAfter(doc, ce, s.last) === false)
    )
      return { start, end: (doc.tokens[ce] as Token).end, text: text.slice(0, -1) };
  }
  let end = Math.max(start, s.contentEnd);
  let out = text;
  // "I hate you so much @Eagles": the names it is addressed to stay after our sentence.
  const tags = /\s+(?:[@#][\p{L}\p{N}_]+\s*)+$/u.exec(doc.text.slice(start, end));
  if (tags && tags.index > 0) return { start, end: start + tags.index, text: out };
  if (/[.?!]$/.test(text)) {
    // Swallow the person's terminal marks, but keep trailing emoji and spaces.
    const before = end;
    let k = end;
    while (k < s.end && doc.text[k] === ' ') k++;
    if (k < s.end && /[.!?\u2026\u203D]/.test(doc.text[k] as string)) {
      end = k;
      while (end < s.end && /[.!?\u2026\u203D]/.test(doc.text[end] as string)) end++;
    }
    // Someone who texts in lower case without a final full stop gets none from us either.
    if (end === before && doc.style.lower && text.endsWith('.')) out = text.slice(0, -1);
  }
  return { start, end, text: out };
}

/** Words that open a condition on a refusal to talk. */
const CONDITION_WORDS: ReadonlySet<string> = new Set([
  'unless',
  'until',
  'till',
  'til',
  'if',
  'when',
  'before',
]);

/**
 * "don't talk to me unless you're wearing a mask", "not talking to you until someone owns up",
 * "don't speak to me again if you're going to lie": a refusal to talk with a condition on it. A
 * template in place of the whole sentence would drop the condition, which is what the person asks
 * for; ours keeps it word for word ("I'd rather not talk unless you're wearing a mask."). The
 * condition word is token `from` or at most three words after it, with no mark between, and at
 * least one word follows it. Undefined when there is none.
 */
export function refusalWithCondition(doc: Doc, first: number, from: number): Draft | undefined {
  const s = sentenceOf(doc, first);
  for (let k = from; k < s.last && k < from + 4; k++) {
    const t = doc.tokens[k] as Token;
    if (k > from && /[,;:.!?()\u2013\u2014]/.test(doc.text.slice((doc.tokens[k - 1] as Token).end, t.start)))
      break;
    if (!CONDITION_WORDS.has(t.w)) continue;
    if (k + 1 >= s.last) return undefined;
    const cond = doc.text.slice(t.start, (doc.tokens[s.last - 1] as Token).end);
    return toSentenceEnd(doc, first, `I'd rather not talk ${cond[0]?.toLowerCase()}${cond.slice(1)}.`);
  }
  return undefined;
}

/**
 * ", and the worst of the bunch", ", and a liar": after "and" only a noun phrase to the sentence's
 * end, no verb: more said of the same subject, not a clause of its own (ours takes it too).
 */
export function moreOfTheSame(doc: Doc, and: number, last: number): boolean {
  if (!/^(?:and|but)$/.test((doc.tokens[and] as Token).w) || last - and > 7) return false;
  if (!/^(?:the|a|an)$/.test((doc.tokens[and + 1] as Token).w)) return false;
  for (let k = and + 2; k < last; k++)
    if (
      /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|do|does|did|i|you|he|she|they|we|it|who|that|which)$|'|ed$/.test(
        (doc.tokens[k] as Token).w,
      )
    )
      return false;
  return true;
}

/** How a first-person threat starts ("I'll", "im gonna", "imma", "i will", "im a"). */
const THREAT_SUBJECT = /^(?:i'll|ill|i|i'm|im|imma|ima|i'ma)$/;
const THREAT_AUX = /^(?:will|shall|gonna|going|to|a|finna|wanna)$/;

/**
 * A threat of ours replaced by `text` (a sentence of feeling), unless it is the consequence of a
 * condition: "touch my car and I'll kick your butt", "if you do that again I'm gonna punch you".
 * Then the condition stays and the consequence becomes the feeling ("…and I'll be really upset").
 */
export function threatInstead(doc: Doc, startTok: number, text: string): Draft {
  const t = doc.tokens;
  const s = sentenceOf(doc, startTok);
  let k = startTok;
  while (
    k - 1 >= s.first &&
    k > startTok - 4 &&
    !THREAT_SUBJECT.test((t[k] as Token).w) &&
    (THREAT_AUX.test((t[k - 1] as Token).w) || THREAT_SUBJECT.test((t[k - 1] as Token).w))
  )
    k--;
  if (THREAT_SUBJECT.test((t[k] as Token).w) && k - 1 > s.first) {
    const before = (t[k - 1] as Token).w;
    const gap = doc.text.slice((t[k - 1] as Token).end, (t[k] as Token).start);
    const lead = (t[s.first] as Token).w;
    if (
      (/^(?:and|or|n)$/.test(before) && !/[.!?;]/.test(gap)) ||
      (/^(?:if|when|whenever|unless|once)$/.test(lead) && !/[.!?;]/.test(gap))
    ) {
      const d = toSentenceEnd(doc, k, "I'll be really upset", (t[k] as Token).start);
      return { ...d, text: /^\p{Lu}/u.test((t[k] as Token).raw) ? d.text : d.text.toLowerCase() };
    }
  }
  // "im a smack the shit out ya": the one who threatens goes with the threat.
  return toSentenceEnd(doc, THREAT_SUBJECT.test((t[k] as Token).w) ? k : startTok, text);
}

/** Is the token at `verb` said by "I" as what I will do ("I'll smack…", "im a smack…", "imma")? */
export function firstPersonFuture(doc: Doc, verb: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, verb);
  let k = verb;
  while (k - 1 >= s.first && k > verb - 4 && THREAT_AUX.test((t[k - 1] as Token).w)) k--;
  if (k - 1 >= s.first && /^(?:i'll|ill|imma|ima|i'ma)$/.test((t[k - 1] as Token).w)) return true;
  return k < verb && k - 1 >= s.first && /^(?:i|i'm|im)$/.test((t[k - 1] as Token).w);
}

/** A suggestion that says the sentence, from the match on, this way instead (`toSentenceEnd`). */
export function sayInstead(text: string): (doc: Doc, m: Match) => Draft[] {
  return (doc, m) => [toSentenceEnd(doc, m.first, text)];
}

/** Pet names that talk down when they open a rebuke ("Sweetie, that's not how…"). */
const PET_FROM_ABOVE =
  /^(?:sweetie|sweety|honey|hun|hon|sweetheart|darling|darlin|dear|babe|baby|buddy|pal|kid|kiddo|champ|princess|sunshine|sport|bud|chief|genius|einstein|sherlock|karen)$/;

/** Words that open a message with a colon but name no one: "newsflash:", "fyi:", "edit:". */
const TAG_WORD =
  /^(?:newsflash|fyi|psa|ps|edit|update|note|nb|reminder|hint|tip|protip|spoiler|breaking|fact|lesson|tldr|reality|news|lol|lmao|btw|imo|imho|wow|ok|okay|so|um|uh|hmm|well|yes|no|yeah|nope|sure|right|wrong)$/;

/** Words that say who is spoken to, or only open the words, with no scorn in them: they stay. */
const KEPT_OPENER =
  /^(?:man|dude|bro|bruh|mate|guys|sis|girl|hey|hi|yo|ok|okay|well|look|listen|honestly|so|alright|sorry)$/;

/**
 * Where a sentence of ours in place of a whole sentence starts when the words from token `i` are
 * what it replaces: at `i` when the words before it only say who is spoken to or open the words
 * ("zed: dude, you're such a…", "Sam, you're…", "ok so, …"), each part ending at a comma or colon;
 * they stay. Else at the sentence's first word. Scorn's openers ("wow,", "oh sure,") go with it.
 */
export function keptOpenersStart(doc: Doc, i: number): number {
  const s = sentenceOf(doc, i);
  const t = doc.tokens;
  if (i <= s.first || i >= t.length) return s.first;
  let seg = s.first;
  for (let k = s.first; k < i; k++) {
    const gap = doc.text.slice((t[k] as Token).end, (t[k + 1] as Token).start);
    const sep = /^\s*[,:]\s*$/.test(gap);
    if (k === i - 1 && !sep) return s.first;
    if (!sep) continue;
    // "Sweetie, …", "buddy, …": a pet name said from above is part of the talking down; it goes.
    let ok = nameCalledFirst(doc, seg, k + 1) && !PET_FROM_ABOVE.test((t[k] as Token).w);
    // "zed: …": the name of the one who writes, as chat logs put it, opening the message; not a
    // word of ours ("newsflash: …", "fyi: …").
    if (!ok && seg === 0 && k === 0 && gap.trim() === ':')
      ok =
        /^[\p{L}\p{N}_]{1,20}$/u.test((t[0] as Token).raw) &&
        !isKnownWord((t[0] as Token).w) &&
        !TAG_WORD.test((t[0] as Token).w);
    for (let j = seg; !ok && j <= k && KEPT_OPENER.test((t[j] as Token).w); j++) ok = j === k;
    if (!ok) return s.first;
    seg = k + 1;
  }
  return i;
}

/**
 * `text` (a sentence of ours) in place of the sentence of token `first`, the openers before `first`
 * kept (`keptOpenersStart`); after them it does not open with a capital ("man, that hurt.").
 */
export function wholeKeepingOpeners(doc: Doc, first: number, text: string, atOffset = false): Draft {
  const f = keptOpenersStart(doc, first);
  const s = sentenceOf(doc, first);
  if (f === s.first)
    return toSentenceEnd(doc, f, text, atOffset ? (doc.tokens[f] as Token).start : undefined);
  const ours = /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
  return toSentenceEnd(doc, f, ours, undefined, true);
}

/** Words that open a clause of its own after a comma ("…, and I wish", "…, but it's late"). */
const CLAUSE_AFTER: ReadonlySet<string> = wordSet(
  'and but so because cause cuz since though although which while',
);

/**
 * "you are a moronic shill, which is not what we need", "…, who nobody trusts": after the clause
 * ending at token `ce`, a relative tail (", which / who / whom / whose …") that points into
 * the clause's words. Ours in place of those words takes it too. A consequence ("which is why",
 * "which means") stands on its own and is not one.
 */
export function relativeTailAfter(doc: Doc, ce: number, last: number): boolean {
  const next = doc.tokens[ce + 1] as Token | undefined;
  if (!next || ce + 2 >= last) return false;
  if (!/^\s*,\s*$/.test(doc.text.slice((doc.tokens[ce] as Token).end, next.start))) return false;
  // "…, which you'd know if you listened, the policy stands": an aside, closed by a comma, with
  // the sentence going on after it; not a tail.
  const tail = doc.text.slice(next.end, (doc.tokens[last - 1] as Token).end);
  if (/[,;:]/.test(tail)) return false;
  if (next.w === 'which') return !whichConsequence(doc, ce + 2, last);
  return next.w === 'who' || next.w === 'whom' || next.w === 'whose';
}

/** "which is why …", "which means …": what a ", which" opens is a consequence, not a remark on a noun. */
function whichConsequence(doc: Doc, k: number, last: number): boolean {
  const a = (doc.tokens[k] as Token).w;
  if (a === 'means' || a === 'meant' || a === "that's") return true;
  return (
    (a === 'is' || a === 'was' || a === "'s") &&
    k + 1 < last &&
    /^(?:why|how)$/.test((doc.tokens[k + 1] as Token).w)
  );
}

function commaBefore(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1] as Token;
  return /^\s*[,;]\s*$/.test(doc.text.slice(prev.end, (doc.tokens[i] as Token).start));
}

/** Tokens [from, to) are only openers ("wow", "honestly", "ok so"), ignoring commas. */
/**
 * "Dave, you have to…", "Hi Sarah, you need to…": the words before the comma only name who is
 * spoken to (one capitalised name, after a greeting or not); what follows is the same sentence.
 */
function nameCalledFirst(doc: Doc, from: number, to: number): boolean {
  let j = from;
  if (
    to - from === 2 &&
    /^(?:hi|hey|hello|dear|ok|okay|look|listen|sorry|thanks)$/.test((doc.tokens[j] as Token).w)
  )
    j++;
  if (to - j !== 1) return false;
  const tk = doc.tokens[j] as Token;
  // "Relax, you're…": an order, not a name.
  // "geraldine, your…": someone who writes in lower case writes names so too; a word we know is no name.
  return (
    (/^\p{Lu}\p{Ll}{2,}$/u.test(tk.raw) ||
      (doc.style.lower && /^\p{Ll}{3,}$/u.test(tk.raw) && !isKnownWord(tk.w))) &&
    !COMMON_WORDS.has(tk.w) &&
    !isKnownVerb(tk.w) &&
    !isPastForm(tk.w) &&
    !/^(?:relax|chill|calm|stop|wait|breathe|enough|listen|look|please|come|hold|quit|shush|hush|grow|cmon|seriously|honestly|dude|bro|bruh|girl|man|sis)$/.test(
      tk.w,
    )
  );
}

/** Tokens [k, i) are a name said to someone, alone after a comma or after openers ("ok Dave"). */
function calledByName(doc: Doc, k: number, i: number): boolean {
  const name = doc.tokens[i - 1] as Token;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name.raw) || isKnownWord(name.w) || !nameCalledFirst(doc, i - 1, i))
    return false;
  if (k === i - 1) return k > sentenceOf(doc, k).first;
  return (
    i - 1 - k <= 2 &&
    /^(?:hi|hey|hello|ok|okay|so|well|listen|look|alright|oh|yo|now)$/.test((doc.tokens[i - 2] as Token).w) &&
    onlyOpeners(doc, k, i - 1)
  );
}

function onlyOpeners(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = (doc.tokens[j] as Token).w;
    // "I mean, …", "I guess, …": the writer's stance opens the words too.
    if (
      !IMPERATIVE_OPENERS.has(w) &&
      !MORE_OPENERS.has(w) &&
      !stanceWord(doc, j) &&
      !/^(?:honestly|seriously|look|listen|dude|man|bro|well|ok|okay|oh|god|omg|ugh|sorry|sure|fine|right)$/.test(
        w,
      )
    )
      return false;
  }
  return true;
}

/** Words that can end a sentence of their own ("don't tax anyone", "I said it again"). */
const ENDS_A_SENTENCE: ReadonlySet<string> = wordSet(
  'me him them us anyone everyone anybody everybody someone somebody everything anything something again today tonight yesterday anymore already though anyway lol lmao haha',
);

/** Words a sentence of ours may follow, besides the imperative openers ("wow, …", "because …"). */
const MORE_OPENERS: ReadonlySet<string> = wordSet(
  'wow no yes yeah then because cuz actually literally like lmao haha or also plus anyway again',
);

/**
 * Where a sentence of ours may start when the match is token `i`: -1 where it stands (the clause
 * starts there, or only openers such as "and", "honestly" come before); 'own' when the words
 * before end a sentence of their own; else the index of the clause's first token, whose words go too.
 */
function clauseSplit(doc: Doc, i: number): number | 'own' {
  const s = sentenceOf(doc, i);
  let k = i;
  while (k > s.first) {
    const prev = doc.tokens[k - 1] as Token;
    if (/[,;:\u2014\u2013(]|\s-\s/.test(doc.text.slice(prev.end, (doc.tokens[k] as Token).start))) break;
    k--;
  }
  if (k === i) return -1;
  // "he lies and clowns like you believe him": a clause of its own after "and"; the words before stay.
  if (
    i - 1 > k &&
    /^(?:and|but|because|cause|cuz|so|while|although|though)$/.test((doc.tokens[i - 1] as Token).w)
  )
    return -1;
  let openers = true;
  for (let j = k; j < i; j++) {
    const w = (doc.tokens[j] as Token).w;
    if (!IMPERATIVE_OPENERS.has(w) && !MORE_OPENERS.has(w)) openers = false;
  }
  if (openers) {
    // "now deal with it", "just shut up": the command's own openers go with it.
    let j = i;
    while (j > k && /^(?:just|please|now|pls)$/.test((doc.tokens[j - 1] as Token).w)) j--;
    return j < i ? j : -1;
  }
  if (i - k >= 2 && ENDS_A_SENTENCE.has((doc.tokens[i - 1] as Token).w)) return 'own';
  // "ok Dave who do you think you are?", "what say you, William who…": the name they are called
  // by, after an opener or a comma, stays theirs; ours is a sentence of its own after it ("ok
  // Dave. …"). Only a capitalised word we do not know ("Clearly", "trump" are no such name).
  if (calledByName(doc, k, i)) return 'own';
  return k;
}

/**
 * "making a fool of himself", "made an ass out of me": a label one is made into is being
 * embarrassed ("embarrassing himself", "embarrassed me"); null when tokens [first, last) are no
 * such saying.
 */
export function madeInto(doc: Doc, first: number, last: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const w = (i: number) => (i >= s.first && i < s.last ? (t[i] as Token).w : '');
  const v = /^an?$/.test(w(first - 1)) ? first - 2 : first - 1;
  const make = /^mak(e|es|ing)$|^made$/.exec(w(v));
  const of = w(last) === 'out' ? last + 1 : last;
  if (!make || w(of) !== 'of' || !w(of + 1)) return null;
  const form = make[1] === undefined ? 'ed' : { e: '', es: 'es', ing: 'ing' }[make[1]];
  return replaceTokens(doc, v, of + 1, `embarrass${form}`);
}

/** A draft replacing tokens [from, to) with `text`. */
export function replaceTokens(doc: Doc, from: number, to: number, text: string): Draft {
  return { start: (doc.tokens[from] as Token).start, end: (doc.tokens[to - 1] as Token).end, text };
}

/**
 * A draft removing tokens [from, to) with the spaces and commas around them, so "fuck, I'm late"
 * becomes "I'm late" and "this fucking car" becomes "this car".
 */
export function removeTokens(doc: Doc, from: number, to: number, label: string): Draft {
  const tokens = doc.tokens;
  return removeRange(doc, (tokens[from] as Token).start, (tokens[to - 1] as Token).end, label);
}

/** Like removeTokens, for an offset range (e.g. a masked swear word "a$$"). */
export function removeRange(doc: Doc, rangeStart: number, rangeEnd: number, label: string): Draft {
  const text = doc.text;
  let start = rangeStart;
  let end = rangeEnd;
  let e = end;
  while (e < text.length && (text[e] === ',' || text[e] === ' ')) e++;
  const atStart = /^[^\p{L}\p{N}]*$/u.test(text.slice(sentenceStartAt(doc, rangeStart), start));
  if (atStart) {
    // "bitch! lmao" → "lmao": the sentence was the word alone, so its marks go with it.
    if (e === end) {
      let p = end;
      while (p < text.length && p - end < 8 && /[!?.\u2026]/.test(text[p] as string)) p++;
      if (p > end && (p === text.length || /\s/.test(text[p] as string))) {
        while (p < text.length && text[p] === ' ') p++;
        e = p;
      }
    }
    end = e;
    // "Fkin annoying." → "Annoying.": the word that now opens the sentence takes its capital.
    const first = text[start] as string;
    if (first !== first.toLowerCase() && /^\p{Ll}/u.test(text[end] ?? '') && !doc.style.lower) {
      let w = end;
      while (w < text.length && w - end < 40 && /[\p{L}']/u.test(text[w] as string)) w++;
      const word = text.slice(end, w);
      return { start, end: w, text: word.charAt(0).toUpperCase() + word.slice(1), label, verbatim: true };
    }
  } else {
    let b = start;
    while (b > 0 && text[b - 1] === ' ') b--;
    if (b < start) start = b;
    else end = e;
  }
  return { start, end, text: '', label };
}

function sentenceStartAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Sentence;
    if (s.start <= pos) {
      best = s.start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The tense of what tokens [from, to) say, from their auxiliaries and verb: "you were", "you had
 * been", "you humiliated" → past; "you've been", "you have ruined" → perfect; else present.
 * For rewordings that keep the person's tense ("I felt humiliated" for "you humiliated me").
 */
export function tenseOf(doc: Doc, from: number, to: number): 'present' | 'past' | 'perfect' {
  let out: 'present' | 'past' | 'perfect' = 'present';
  for (let k = from; k < to && k < from + 6; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (w === 'were' || w === 'was' || w === 'had' || w === "you'd" || w === 'youd') return 'past';
    if (w === 'have' || w === 'has' || w === "you've" || w === 'youve' || w === 'uve') out = 'perfect';
    else if (out === 'present' && k > from && isPastForm(w) && !AUX_STATE.has(w)) out = 'past';
  }
  return out;
}

/** "a"/"an" for a following word. */
export function article(word: string): string {
  // "a one-off", "a user", "a euro": a vowel letter that sounds like a consonant.
  if (/^(?:one$|ones$|one-|once|use|usu|euro|unique|unit|univers|uniform|union)/i.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Is there an earlier token in the sentence that makes "you" the object of a question ("do you always")? */
export function isQuestionInversion(doc: Doc, youIndex: number): boolean {
  const s = sentenceOf(doc, youIndex);
  if (youIndex <= s.first) return false;
  const prev = (doc.tokens[youIndex - 1] as Token).w;
  return QUESTION_AUX.has(prev);
}

const QUESTION_AUX: ReadonlySet<string> = new Set([
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
  'have',
  'has',
  'are',
  'were',
  'if',
  'whether',
  'thank',
  'thanks',
  'love',
  'hope',
  'wish',
  'unless',
]);

const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  "don't",
  "didn't",
  "doesn't",
  'never',
  "isn't",
  "wasn't",
  "aren't",
  'no',
  'nobody',
  "won't",
  "can't",
  "wouldn't",
  "shouldn't",
]);

/** Is there a negation among the `span` tokens before token `i` in its sentence? ("I don't think you're stupid") */
export function negatedBefore(doc: Doc, i: number, span = 4): boolean {
  const s = sentenceOf(doc, i);
  for (let k = i - 1; k >= s.first && k >= i - span; k--) {
    // A negation in an earlier clause ("not gonna lie, you ruined it") does not reach this one.
    if (isBareClauseEnd(doc, k)) break;
    if (NEGATORS.has((doc.tokens[k] as Token).w)) return true;
  }
  return false;
}
/** Words a clause may open with before an imperative ("just calm down", "ok forget it"). */
const IMPERATIVE_OPENERS: ReadonlySet<string> = new Set([
  'just',
  'please',
  'ok',
  'k',
  'oh',
  'hey',
  'dude',
  'man',
  'babe',
  'bro',
  'so',
  'now',
  'well',
  'god',
  'seriously',
  'honestly',
  'look',
  'listen',
  'and',
  'but',
  'fine',
  'yeah',
  'ugh',
  'omg',
  'lol',
  'you',
  'sis',
  'girl',
  'jeez',
  'geez',
  // Interjections ("whoa take a chill pill", "yo relax", "bruh calm down").
  'whoa',
  'woah',
  'yo',
  'okay',
  'bruh',
  'omfg',
]);

/** Does token `i` open an imperative clause (sentence start, after a comma, or after "just", "ok" …)? */
export function isImperative(doc: Doc, i: number): boolean {
  // Past the last word (a phrase that ends the text): no order follows.
  if (i >= doc.tokens.length) return false;
  const s = sentenceOf(doc, i);
  for (let k = i; k > s.first; k--) {
    const prev = doc.tokens[k - 1] as Token;
    const cur = doc.tokens[k] as Token;
    if (/[,;:\u2014\u2013]/.test(doc.text.slice(prev.end, cur.start))) return true;
    if (!IMPERATIVE_OPENERS.has(prev.w)) return false;
  }
  return true;
}

/** Is any 2nd-person word in the sentence of token `i`? */
export function mentionsYou(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  for (let k = Math.max(s.first, i - WINDOW); k < s.last && k < i + WINDOW; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (
      w === 'you' ||
      w === 'your' ||
      w === "you're" ||
      w === 'ur' ||
      w === 'yourself' ||
      w === "you've" ||
      w === "you'll" ||
      w === "you'd" ||
      w === 'yours'
    )
      return true;
  }
  return false;
}

/** The token range of token `i`'s sentence, narrowed to a window around `i` for very long sentences. */
export function around(doc: Doc, i: number): [number, number] {
  const s = sentenceOf(doc, i);
  return [Math.max(s.first, i - WINDOW / 2), Math.min(s.last, i + WINDOW / 2)];
}

/** Words that cannot be the noun a describing word stands before ("this crap is", "the shit you said"). */
const NOT_A_NOUN: ReadonlySet<string> = wordSet(
  "to of that and or but for as in on at about with from by up out off when if because than then so too is are was were be been being am it its it's this these those you your u ur me my him his her them their us our we i they he she lol haha though anyway now again af all just really very not no never has have had do does did will would can could should might must may gets got get goes went makes made keeps needs happens happened sucks stinks works worked matters hurts comes came looks seems sounds says said going gonna aside here there like",
);

/** Compound nouns whose first word is a junk word: "garbage truck", "trash can". Not scorn. */
const JUNK_COMPOUND_HEADS: ReadonlySet<string> = wordSet(
  'truck trucks can cans bag bags bin bins day days man men collector collectors collection disposal dump dumps pickup chute compactor panda pandas heap heaps pile piles patch island fire fires removal service compactors dumpster bags',
);

/**
 * Is the junk word at token `i` ("crap", "garbage", "trash", "shit") a describing word before a
 * noun ("the crap retirement system", "a garbage idea")? Then it goes (or becomes "bad").
 * Compound nouns ("garbage truck") are not: see `isJunkCompound`.
 */
export function isJunkBeforeNoun(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  if (i + 1 >= s.last || isClauseEnd(doc, i)) return false;
  const next = doc.tokens[i + 1] as Token;
  if (!/^\p{L}{3,}$/u.test(next.w) || NOT_A_NOUN.has(next.w) || /(?:ly|ed)$/.test(next.w)) return false;
  if (/[^\s]/.test(doc.text.slice((doc.tokens[i] as Token).end, next.start))) return false;
  const after = i + 2 < s.last ? (doc.tokens[i + 2] as Token).w : '';
  // "the crap parking rules": an -ing word before a noun is part of the noun; alone, a verb.
  if (next.w.endsWith('ing') && (!after || NOT_A_NOUN.has(after) || isClauseEnd(doc, i + 1))) return false;
  // "this shit drives me mad": a verb with its object, not a noun.
  if (next.w.endsWith('s') && /^(?:me|you|him|her|us|them|it|my|your|everyone|people)$/.test(after))
    return false;
  return !JUNK_COMPOUND_HEADS.has(next.w);
}

/** "garbage truck", "trash can": a compound noun, not scorn. */
export function isJunkCompound(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  if (i + 1 >= s.last || isClauseEnd(doc, i)) return false;
  return JUNK_COMPOUND_HEADS.has((doc.tokens[i + 1] as Token).w);
}

/**
 * Laughter and exclamations that mock as often as they warm ("calm down lol", "who asked lmao",
 * "Jesus, you sound like…", "wow, what a plan").
 */
const LAUGHTER: ReadonlySet<string> = wordSet(
  'lol lmao lmfao rofl haha hahaha hah heh lolol xd kek jesus god christ lord gosh jeez geez wow omg',
);

/**
 * Is the sentence of token `i` warm outside tokens [skipFrom, skipTo): more positive than
 * negative, laughter not counted (it mocks as often as it warms)?
 */
export function warmAround(doc: Doc, i: number, skipFrom = i, skipTo = i): boolean {
  const [lo, hi] = around(doc, i);
  const a = polarityNoLaughter(doc, lo, Math.min(hi, skipFrom));
  const b = polarityNoLaughter(doc, Math.max(lo, skipTo), hi);
  return a.pos + b.pos > a.neg + b.neg;
}

/** Polarity of a short text by its lower-cased words (a sentence without tokens, or the words after a finding). */
export function roughPolarity(text: string): { pos: number; neg: number } {
  let pos = 0;
  let neg = 0;
  const words = text
    .toLowerCase()
    .slice(0, 400)
    .split(/[^a-z']+/);
  for (const w of words) {
    const v = w ? valence(w) : 0;
    if (v > 0) pos += v;
    else if (v < 0) neg -= v;
  }
  return { pos, neg };
}

/** Words before a sour word that wave the trouble away ("no worries", "don't worry"). */
const WAVED_OFF: ReadonlySet<string> = new Set(['no', "don't", 'dont', 'never']);

/** Praise does not outweigh the negative words around token `first` (`around`). */
export function notWarmAround(doc: Doc, first: number): boolean {
  const p = polarity(doc, ...around(doc, first));
  return !(p.pos > p.neg);
}

/** The first token of the clause holding token `i` (after a comma or the sentence's start). */
export function clauseStart(doc: Doc, i: number): number {
  const s = sentenceOf(doc, i);
  let k = i;
  while (k > s.first && !isClauseEnd(doc, k - 1)) k--;
  return k;
}

/** The sentence of token `i`, lower case. */
export function lowerSentence(doc: Doc, i: number): string {
  const s = sentenceOf(doc, i);
  return doc.text.slice(s.start, s.end).toLowerCase();
}

/** Not warm from the hit on: the rest of its sentence, from `first`, no kinder than it is harsh. */
export function notWarmAfter(doc: Doc, first: number): boolean {
  const p = polarity(doc, first, sentenceOf(doc, first).last);
  return !(p.pos > p.neg);
}

/**
 * Not warm around the hit: its sentence before `first` and from `end` on, together, no kinder than
 * harsh, as `count` weighs them (`polarityNoLaughter` where laughter says nothing either way).
 */
export function notWarmOutside(
  doc: Doc,
  first: number,
  end = first,
  count: (doc: Doc, from: number, to: number) => { pos: number; neg: number } = polarity,
): boolean {
  const s = sentenceOf(doc, first);
  const a = count(doc, s.first, first);
  const b = count(doc, end, s.last);
  return !(a.pos + b.pos > a.neg + b.neg);
}

/** Like `polarity`, laughter not counted. */
export function polarityNoLaughter(doc: Doc, from: number, toIn: number): { pos: number; neg: number } {
  const to = Math.min(toIn, from + WINDOW, doc.tokens.length);
  let pos = 0;
  let neg = 0;
  for (let k = from; k < to; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (LAUGHTER.has(w)) continue;
    const v = valence(w);
    if (v > 0) pos += warmthOf(doc, k, v);
    // "no worries", "don't worry": a trouble waved away is no sour word.
    else if (v < 0 && !(k > from && WAVED_OFF.has((doc.tokens[k - 1] as Token).w))) neg -= v;
  }
  return { pos, neg };
}

/**
 * "(as) stupid as a post", "dumb as a box of rocks": a simile around the describing word at token
 * `w`. The token range [from, to) of the whole simile, or null.
 */
export function simileAround(doc: Doc, w: number): [number, number] | null {
  const s = sentenceOf(doc, w);
  const t = doc.tokens;
  if (w + 3 >= s.last) return null;
  if ((t[w + 1] as Token).w !== 'as' || !/^(?:a|an|the)$/.test((t[w + 2] as Token).w)) return null;
  if (!/^\p{L}+$/u.test((t[w + 3] as Token).w)) return null;
  let end = w + 4;
  // "as a box of rocks", "as a bag of hammers".
  if (end + 1 < s.last && (t[end] as Token).w === 'of') end += 2;
  // "as a post but not as useful", "as a rock and half as smart": the simile's turn goes with it.
  if (
    end + 3 < s.last &&
    /^(?:but|and)$/.test((t[end] as Token).w) &&
    /^(?:not|less|half|twice|only)$/.test((t[end + 1] as Token).w) &&
    (t[end + 2] as Token).w === 'as' &&
    /^\p{L}+$/u.test((t[end + 3] as Token).w)
  )
    end += 4;
  let from = w;
  if (w > s.first && (t[w - 1] as Token).w === 'as') from = w - 1;
  return [from, end];
}

/** Do tokens [first, last) stand alone inside brackets ("(stupid)", "[idiot]")? */
export function aloneInBrackets(doc: Doc, first: number, last: number): boolean {
  const a = (doc.tokens[first] as Token).start;
  const b = (doc.tokens[last - 1] as Token).end;
  return (
    /[([{]\s*$/.test(doc.text.slice(Math.max(0, a - 2), a)) && /^\s*[)\]}]/.test(doc.text.slice(b, b + 2))
  );
}

/** An object pronoun as the subject of what happened to it: "(you got) us (banned)" → "we". */
export const SUBJECT_OF: Readonly<Record<string, string>> = {
  me: 'I',
  us: 'we',
  him: 'he',
  her: 'she',
  them: 'they',
};

/** A label for a person, or the plain word put in its place. */
function labelWord(w: string): boolean {
  return (
    INSULT_NOUNS.has(w) ||
    /^(?:people|persons?|(?:ass|arse|dick|douche|bastard|bitch|cunt|prick|twat|(?:mother)?fuck|shit|jerk|wanker|tosser)\p{L}*)$/u.test(
      w,
    )
  );
}

/** A draft that puts a plain word for a person where a label stood ("person", "the person"). */
const PERSON_DRAFT = /^(?:(?:a|the|this|that) )?(?:person|people)$/i;
/**
 * A name right after the label: "that clown Trump", "this idiot Jones", "the jerk [NAME]"; a
 * handle ("that fool hholt1", "this troll @kev_22").
 */
const NAME_AFTER = /^ (?:\[NAME\]|(\p{Lu}\p{Ll}+)|\p{L}[\p{L}_]*\p{N}+|@[\p{L}\p{N}_]+)(?![\p{L}'])/u;
/** A pointing word (and up to two describing words) just before the label. */
const POINTER_BEFORE = /(?:^|[^\p{L}'])((?:the|this|that)(?:\s+[\p{L}-]+){0,2}\s*)$/iu;
/** "is a stone cold [label]": a copula, "a", one describing word (or "stone/ice cold"). */
const COPULA_A_WORD =
  /(?:^|[^\p{L}'])((?:is|was|are|were|be|being|been|am|\p{L}+['’]s|\p{L}+['’]re)\s+(an?)\s+((?:stone |ice )?\p{L}{3,})\s+)$/iu;
/** Describing words that only say how much the label fits, or which one: alone after the copula they say nothing. */
const NOT_A_CLAIM =
  /^(?:new|old|young|little|big|real|total|complete|absolute|utter|full|right|proper|certified|massive|huge|tremendous|enormous|giant|colossal|major|serious|smart|clever|wise|bad|such|good|great|nice|other|same|next|last|first|only|whole|actual|typical|classic|regular|common|average|normal|certain|particular|pure|plain|straight|downright|outright|sheer|fucking|fuckin|freaking|bloody|damn|goddamn|stupid|dumb)$/;
/** "the weakest [label] of the group": a superlative before it, a place or group after. */
const SUPERLATIVE_BEFORE = /(?:^|[^\p{L}'])the\s+(?:most\s+\p{L}+|\p{L}{2,}est)\s+$/iu;

/**
 * A label's plain word read in its place (every family that puts "person" where a label stood):
 * - a name follows ("that clown Trump", "the idiot Jones"): the name says who; the pointing word
 *   and the label go ("Trump tweeted again"), never "that person Trump" or "the Jones";
 * - "veda is a stone cold [label] in this movie": after a copula and one describing word, the
 *   claim is that word ("veda is stone cold in this movie"), not "a stone cold person";
 * - "the weakest [label] of the group": the superlative says it ("the weakest of the group");
 * - ", that lying [label]," after a noun: a second name for what was just named goes whole.
 * Other drafts are returned as they are.
 */
export function personInPlace(doc: Doc, d: Draft): Draft {
  const text = doc.text;
  const person = PERSON_DRAFT.test(d.text);
  const after = text.slice(d.end, d.end + 40);
  const before = text.slice(Math.max(0, d.start - 48), d.start);
  const name = NAME_AFTER.exec(after);
  if ((person || d.text === '') && name && !(name[1] && COMMON_WORDS.has(name[1].toLowerCase()))) {
    if (/^(?:the|this|that) /i.test(d.text)) return { start: d.start, end: d.end + 1, text: '' };
    const ptr = POINTER_BEFORE.exec(before);
    if (ptr) return { start: d.start - (ptr[1] as string).length, end: d.end + 1, text: '' };
  }
  // "she was the loudest moron in the room": a claim in place of "the loudest moron" would drop
  // what the superlative said ("out of line in the room"); the superlative stays, the label goes.
  const sup = /^the (?:most \p{L}+|(\p{L}{2,})est) \p{L}+$/iu.exec(text.slice(d.start, d.end));
  if (
    sup &&
    !person &&
    d.text !== '' &&
    /^ (?:of|in|on|at|among)\s/.test(after) &&
    !/^the (?:biggest|greatest|largest|worst|best|truest|purest|realest|ultimate) /i.test(
      text.slice(d.start, d.end),
    ) &&
    valence(text.slice(d.start + 4, d.end).split(' ')[0] as string) === 0 &&
    !(sup[1] && valence(sup[1].toLowerCase()) !== 0)
  )
    return { start: d.start, end: d.end, text: text.slice(d.start, d.end).replace(/ \p{L}+$/u, '') };
  // "those morons and idiots voted", "you assholes and dickheads ruined it": two labels joined for
  // one group; the plain word stands once for both ("those people voted", "you ruined it").
  if (person || /^rude (?:person|people)$/.test(d.text)) {
    const join = /(?:^|[^\p{L}'])(?:(you|u|ya) )?(\p{L}+) (?:and|or|&|n) $/iu.exec(before);
    if (join && labelWord((join[2] as string).toLowerCase())) {
      const first = d.start - join[0].length + join[0].search(/\p{L}/u);
      return join[1]
        ? { start: first + (join[1] as string).length, end: d.end, text: '' }
        : { start: first, end: d.end, text: d.text.replace(/^rude /, '') };
    }
  }
  // "Our landlord, that greedy clown, raised the rent": the second name cut from its first comma
  // takes its closing one too ("Our landlord raised the rent").
  if (
    d.text === '' &&
    /^,\s*(?:the|this|that|a|an)\s/i.test(text.slice(d.start, d.end)) &&
    /^,\s/.test(after)
  )
    return { ...d, end: d.end + 1 };
  if (!person) return d;
  if (/^(?:person|people)$/.test(d.text)) {
    const cop = COPULA_A_WORD.exec(before);
    const adj = cop ? (cop[3] as string) : '';
    const w = adj.replace(/^(?:stone|ice) /i, '').toLowerCase();
    if (
      cop &&
      d.text === 'person' &&
      !NOT_A_CLAIM.test(w) &&
      !COMMON_WORDS.has(w) &&
      !/(?:ly|ing|in)$/.test(w) &&
      // "a tremendous [label]", "a smart ass": a word of praise or of size before the label
      // says how much it fits, or another thing; alone it would praise.
      valence(w) <= 0 &&
      (valence(w) < 0 ||
        /(?:y|ish|ful|less|ous|ive|ic|al|able|ible|ant|ent|id|ile|cold|mean|rude|weak|cruel|fake|vain)$/.test(
          w,
        )) &&
      // "a cold person who never smiles": what follows is said of the person, who stays.
      !/^\s*,?\s*(?:who|that|which|whom|whose|i|you|he|she|we|they|with|of|to)\b/i.test(after)
    ) {
      const from = d.start - (cop[1] as string).length + (cop[1] as string).indexOf(cop[2] as string);
      return { start: from, end: d.end, text: adj };
    }
    if (
      SUPERLATIVE_BEFORE.test(before) &&
      /^ (?:of|in|on|at|among)\s/.test(after) &&
      !/(?:honest|modest|earnest|biggest|greatest|largest|worst|truest|purest|realest)\s+$/i.test(before)
    )
      return { start: d.start - 1, end: d.end, text: '' };
    const appos = /(\p{L}),\s*((?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2})$/iu.exec(before);
    if (appos && /^,\s/.test(after))
      return { start: d.start - (appos[0].length - 1), end: d.end + 1, text: '' };
  }
  return d;
}

/**
 * "ending it was stupid, keeping him was stupid": a describing word said again later in the same
 * sentence is reworded there too, alike ("…was misguided, …was misguided"); once only, the
 * sentence would change its mind halfway. Applies when the draft puts one plain word in place of
 * one word; other drafts are returned as they are.
 */
/** Copulas and articles: a describing word after one stands as it does after another. */
const SLOT_WORD = /^(?:is|was|are|were|be|been|being|its|it's|thats|that's|a|an)$/;

/** Do the words at tokens `i` and `k` stand in the same slot (the same word, or a copula or article, before each)? */
function sameSlot(doc: Doc, i: number, k: number): boolean {
  const a = i > 0 ? (doc.tokens[i - 1] as Token).w : '';
  const b = k > 0 ? (doc.tokens[k - 1] as Token).w : '';
  if (
    !a ||
    !b ||
    /^(?:and|or|too|so|very|truly|really)$/.test(a) ||
    /^(?:and|or|too|so|very|truly|really)$/.test(b)
  )
    return false;
  return a === b || (SLOT_WORD.test(a) && SLOT_WORD.test(b) && /^an?$/.test(a) === /^an?$/.test(b));
}

export function sameWordAgain(doc: Doc, d: Draft): Draft {
  const was = doc.text.slice(d.start, d.end);
  if (
    !/^\p{L}{3,}$/u.test(was) ||
    !/^\p{L}+(?: \p{L}+)*$/u.test(d.text) ||
    d.text.toLowerCase() === was.toLowerCase()
  )
    return d;
  const i = doc.tokens.findIndex((t) => t.start === d.start);
  if (i < 0) return d;
  const s = sentenceOf(doc, i);
  const w = (doc.tokens[i] as Token).w;
  let start = d.start;
  let end = d.end;
  const at: number[] = [];
  for (let k = s.first; k < s.last; k++) {
    const t = doc.tokens[k] as Token;
    if (t.w !== w || k === i) continue;
    // Only where it stands as it does here ("was stupid, … was stupid"), never "too stupid to know
    // they're stupid" or "dumber and dumber", where each is said its own way.
    if (!sameSlot(doc, i, k)) return d;
    // Only the same word standing alone (not part of "stupid-looking").
    if (/[\p{L}-]/u.test(doc.text[t.end] ?? '') || /[\p{L}-]/u.test(doc.text[t.start - 1] ?? '')) return d;
    at.push(k);
    start = Math.min(start, t.start);
    end = Math.max(end, t.end);
  }
  if (at.length === 0) return d;
  let out = '';
  let pos = start;
  for (let k = s.first; k < s.last; k++) {
    const t = doc.tokens[k] as Token;
    if (t.start < start || t.end > end || (k !== i && !at.includes(k))) continue;
    out += doc.text.slice(pos, t.start) + d.text;
    pos = t.end;
  }
  return { ...d, start, end, text: out + doc.text.slice(pos, end) };
}

/** "get a grip on the lid", "on both handles": a hand on a thing, not an order to calm down. */
export function gripOnThing(doc: Doc, end: number): boolean {
  const at = (doc.tokens[end - 1] as Token).end;
  return /^\W+on\s+(?:the|that|this|a|its|both|each)\s+(?:\w+\s+)?(?:lids?|jar|handles?|rope|bars?|rails?|railing|ladder|wheel|bat|racket|club|ball|pole|edge|sides?|bottom|top|strap|knob|cap|bottle|hammer|branch|rock|ledge|paddle|oar|reins|leash|base|end)\b/i.test(
    doc.text.slice(at, at + 40),
  );
}

/** Describing words whose noun names a way of acting ("arrogant" → "arrogance"). */
const TRAIT_NOUN: Readonly<Record<string, string>> = {
  arrogant: 'arrogance',
  selfish: 'selfishness',
  rude: 'rudeness',
  lazy: 'laziness',
  entitled: 'entitlement',
  smug: 'smugness',
  condescending: 'condescension',
  pompous: 'pomposity',
  greedy: 'greed',
  dishonest: 'dishonesty',
  stubborn: 'stubbornness',
  careless: 'carelessness',
  petty: 'pettiness',
  cruel: 'cruelty',
  hypocritical: 'hypocrisy',
  thoughtless: 'thoughtlessness',
  ungrateful: 'ingratitude',
  whiny: 'whining',
  whiney: 'whining',
  bossy: 'bossiness',
  nosy: 'nosiness',
  nosey: 'nosiness',
  cocky: 'cockiness',
  snobby: 'snobbery',
  snobbish: 'snobbery',
  bigoted: 'bigotry',
  racist: 'racism',
  sexist: 'sexism',
  manipulative: 'manipulation',
  jealous: 'jealousy',
  aggressive: 'aggression',
  disrespectful: 'disrespect',
  creepy: 'creepiness',
  sleazy: 'sleaze',
};

/** A subject with its verb run on after a noun, opening a clause of its own ("…jerk he's no better"). */
const NEW_SUBJECT_RUN_ON =
  /^(?:he's|she's|hes|shes|they're|theyre|i'm|im|it's|he\u2019s|she\u2019s|they\u2019re|i\u2019m|it\u2019s)$/;

/**
 * "I can't stand this arrogant jerk", "so tired of that smug little prick": what the person can't
 * stand is how the other acts; the describing word carries it ("I can't stand this arrogance"),
 * where "this person" would only swap the name. The label (ending at token `last`, exclusive) ends
 * its clause, after "this" / "that" / "these" / "those", one such describing word and words that
 * only strengthen it, and a verb of enduring ("stand", "take", "tired of", "fed up with", "had
 * enough of").
 */
export function traitInstead(doc: Doc, last: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, last - 1);
  // "…this arrogant prick he's no better": run on, a new subject with its verb opens a clause.
  if (!isClauseEnd(doc, last - 1) && !NEW_SUBJECT_RUN_ON.test(t[last]?.w ?? '')) return null;
  let d = last - 2;
  let trait = '';
  for (; d > s.first && d >= last - 5; d--) {
    const w = (t[d] as Token).w;
    if (/^(?:this|that|these|those)$/.test(w)) break;
    const noun = TRAIT_NOUN[w];
    if (noun && !trait) trait = noun;
    else if (!/^(?:total|complete|utter|absolute|real|little|big|huge|massive|proper)$/.test(w)) return null;
  }
  if (!trait || d <= s.first || !/^(?:this|that|these|those)$/.test((t[d] as Token).w)) return null;
  const v = (t[d - 1] as Token).w;
  const v2 = t[d - 2]?.w ?? '';
  const enduring =
    /^(?:stand|take|tolerate|handle)$/.test(v) ||
    (/^(?:of|with)$/.test(v) && /^(?:tired|sick|enough|done|fed|up|deal|dealing|cope|coping|over)$/.test(v2));
  if (!enduring) return null;
  if (!/^[\p{L}' -]*$/u.test(doc.text.slice((t[d] as Token).end, (t[last - 1] as Token).start))) return null;
  const det = (t[d] as Token).raw;
  const near = /^th[ie]s/i.test(det) || /^these$/i.test(det);
  return replaceTokens(doc, d, last, `${near ? 'this' : 'that'} ${trait}`);
}

/** Words that make a clause of what follows a name ("you idiot, i'm done"): never a name's own. */
const CLAUSE_WORD =
  /^(?:i|i'm|im|me|my|we|he|she|they|it|is|are|was|were|am|be|have|has|had|do|does|did|will|would|can|could|should|and|but|so|because|to|that|who|which|if|when|not|don't|dont|know|think|want|need)$/;

/**
 * "i dont want to talk to you no more, you lying …": not wanting to talk, said for good; the
 * person's own words stay and "for good" becomes "right now" ("i dont want to talk to you right
 * now"), where a line of ours would drop what else the sentence says. Only a refusal with "don't
 * want to" or "not" (tokens `first` to `last`), "anymore" / "no more" / "any more" in it or at most
 * four words after it, closing its clause with a mark or the sentence's end (words run on after it,
 * "…anymore you selfish lazy jerk", are left to the line of ours). Names said to them after a comma
 * to the sentence's end (", you emptyheaded walking garbage truck!") go with "anymore": the rules
 * may not know every one of them.
 */
export function forNow(doc: Doc, first: number, last: number): Draft | undefined {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  let refusing = false;
  for (let k = first; k < last; k++)
    if (/^(?:don't|dont|do|not|wanna|want)$/.test((t[k] as Token).w)) refusing = true;
    else if (/^(?:never|done|refuse|can't|cannot|won't|longer)$/.test((t[k] as Token).w)) return undefined;
  if (!refusing) return undefined;
  for (let k = first + 2; k < s.last && k < last + 5; k++) {
    const a = (t[k] as Token).w;
    const n = a === 'anymore' ? 1 : (a === 'no' || a === 'any') && t[k + 1]?.w === 'more' ? 2 : 0;
    if (n > 0) {
      const e = k + n;
      if (e >= s.last) return replaceTokens(doc, k, e, 'right now');
      const gap = doc.text.slice((t[e - 1] as Token).end, (t[e] as Token).start);
      if (!/[,;:.!?]/.test(gap)) return undefined;
      // ", you emptyheaded animal …" to the sentence's end: only names for them, which go too.
      if (/^\s*,\s*$/.test(gap) && /^(?:you|u)$/.test((t[e] as Token).w)) {
        if (s.last - e > 9) return undefined;
        for (let j = e + 1; j < s.last; j++) if (CLAUSE_WORD.test((t[j] as Token).w)) return undefined;
        return replaceTokens(doc, k, s.last, 'right now');
      }
      return replaceTokens(doc, k, e, 'right now');
    }
    if (/^(?:until|till|til|unless|if|because|cause|cuz|but)$/.test(a)) return undefined;
  }
  return undefined;
}
