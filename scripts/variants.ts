/**
 * The metamorphic measure: systematic, meaning-preserving variants of labelled sentences, and how
 * many of them the engine still gets right. Node only; never imported by the extension.
 *
 *   npx tsx scripts/variants.ts [--show KIND|all] [--limit N]
 *
 * Every variant is made by rule, never picked by hand:
 * - adjunct: a trailing adjunct before the message's final marks ("right now", "again", "to me",
 *   "lol", "tbh"; " 🙄" after them, on hostile sources only: on praise it is sarcasm);
 * - intensifier: "really", "honestly", "literally", "just", "so" after a copula ("you're X") or a
 *   subject pronoun ("you ruined"), where grammatical (see `insertionPoints`; not after "ur",
 *   which may be "your");
 * - spelling: contractions and texting spellings (you're / you are / youre / ur / u r; don't/dont;
 *   can't/cant; you/u; I'm/im …), each mapping applied to every occurrence;
 * - opener: a leading discourse marker ("ok so", "honestly,", "babe,", "omg", "look,", "seriously,");
 * - case: all lower case, sentence case (not for messages with capital runs: shouting is heat);
 * - punct: the final marks replaced with ".", "!", "", "..." (not for "!!", "?!" or "??": heat);
 * - tense: the first clause with "you" as its subject in another tense or aspect: present ↔ past ↔
 *   perfect ↔ progressive ("you ruin" / "you ruined" / "you've ruined" / "you're ruining"; "you
 *   never listen" / "you've never listened"), the copula ("you're" / "you were" / "you've been"),
 *   "don't" ↔ "didn't", and full ↔ contracted auxiliaries ("you've" ↔ "you have"). Verbs are
 *   recognised by lib/tone/grammar.ts's tables only (irregular verbs, regular "-ed" pasts and
 *   TENSE_VERBS); statives take no progressive; "you know", "you mean", "you guess" take none.
 *
 * A variant of a flagged hostile sentence should stay flagged in the same category; a variant of a
 * warm sentence should stay clean. `measure` counts both, by kind and by variant.
 */
import fs from 'node:fs';
import path from 'node:path';
import { baseOfForm, baseOfPast, gerundOf, isKnownVerb, participleOf, pastOf } from '../lib/tone/grammar';
import { type Analysis, analyze, rewrite } from '../lib/tone/index';
import { devFile, parseLabelled, type Row, repoRoot } from './corpus';

export type VariantKind = 'adjunct' | 'intensifier' | 'spelling' | 'opener' | 'case' | 'punct' | 'tense';
export const VARIANT_KINDS: readonly VariantKind[] = [
  'adjunct',
  'intensifier',
  'spelling',
  'opener',
  'case',
  'punct',
  'tense',
];

export interface Variant {
  kind: VariantKind;
  /** Which variation, e.g. "+ right now", "you're→ur". */
  name: string;
  text: string;
}

export const ADJUNCTS: readonly string[] = [
  'right now',
  'again',
  'today',
  'lately',
  'all the time',
  'to me',
  'honestly',
  'tbh',
  'lol',
  'smh',
];
export const INTENSIFIERS: readonly string[] = ['really', 'honestly', 'literally', 'just', 'so'];
export const OPENERS: readonly string[] = ['ok so', 'honestly,', 'babe,', 'omg', 'look,', 'seriously,'];
/** The one variant that is meaning-preserving for hostile sources only. */
export const EYE_ROLL = '+ 🙄';
export const FINAL_MARKS: readonly string[] = ['.', '!', '', '...'];

const TAIL_CHAR = /[\s.!?\u2026\u203D]|\u200d|\ufe0f|\p{Extended_Pictographic}/u;

/** Trailing marks, spaces and emoji of a message: [body, tail]. A backward scan by code point. */
export function splitTail(text: string): [string, string] {
  const cps = [...text];
  let k = cps.length;
  while (k > 0 && TAIL_CHAR.test(cps[k - 1] as string)) k--;
  const body = cps.slice(0, k).join('');
  return [body, text.slice(body.length)];
}

/** The final marks of the body's tail (without emoji or spaces). */
function marksOf(tail: string): string {
  return tail.replace(/[^.!?\u2026\u203D]/gu, '');
}

export const CAPS_RUN = /\p{Lu}{2,}/u;

/** A word boundary test that treats apostrophes as word characters. */
export function wordRe(word: string, flags = 'g'): RegExp {
  const w = word.replace(/'/g, "['\u2019]").replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}'\u2019])${w}(?![\\p{L}\\p{N}'\u2019])`, `${flags}iu`);
}

/** Keep the case of the original's first letter on a replacement ("You're" → "You are", "YOU'RE" → "YOU ARE"). */
export function matchCase(orig: string, repl: string): string {
  if (orig === orig.toUpperCase() && /\p{Lu}{2,}/u.test(orig)) return repl.toUpperCase();
  if (/^\p{Lu}/u.test(orig)) return repl.charAt(0).toUpperCase() + repl.slice(1);
  return repl;
}

/** Contraction and texting spellings: [name, from, to]. Applied to every occurrence. */
const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ["you're", 'you are'],
  ["you're", 'youre'],
  ["you're", 'ur'],
  ["you're", 'u r'],
  ['you are', "you're"],
  ["don't", 'dont'],
  ['do not', "don't"],
  ["can't", 'cant'],
  ['cannot', "can't"],
  ["won't", 'wont'],
  ["doesn't", 'doesnt'],
  ["didn't", 'didnt'],
  ["I'm", 'im'],
  ['I am', "I'm"],
  ["that's", 'thats'],
  ["it's", 'its'],
  ['you', 'u'],
  ['your', 'ur'],
  ['because', 'cuz'],
];

function spellingVariants(text: string): Variant[] {
  const out: Variant[] = [];
  for (const [from, to] of SPELLINGS) {
    const re = wordRe(from);
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    const v = text.replace(re, (m) => matchCase(m, to));
    if (v !== text) out.push({ kind: 'spelling', name: `${from}→${to}`, text: v });
  }
  return out;
}

/** Words after which an intensifier fits before the next word ("you're so X", "is really X"). */
const COPULAS = new Set([
  "you're",
  'youre',
  'are',
  'is',
  'was',
  'were',
  'being',
  'be',
  "i'm",
  'im',
  "it's",
  "that's",
  "he's",
  "she's",
  "they're",
  'am',
  'sound',
  'seem',
  'look',
  'act',
  'acting',
]);
/** Subject pronouns: an intensifier fits between them and their verb ("you really ruined"). */
const SUBJECTS = new Set(['you', 'u', 'i', 'we', 'they', 'he', 'she']);
/** Words before which no intensifier goes. */
const NO_INTENSIFIER_BEFORE = new Set([
  'really',
  'so',
  'just',
  'literally',
  'honestly',
  'very',
  'too',
  'such',
  'and',
  'or',
  'but',
  'guys',
  'all',
  'both',
  'there',
  'here',
  'to',
  'that',
  'this',
  'it',
  'as',
  'if',
  'who',
  'what',
  'me',
  'you',
  'u',
  'not',
  "n't",
  'ever',
  'only',
  'like',
  'my',
  'your',
  'ur',
  'his',
  'her',
  'our',
  'their',
]);
/** Words before which "so" does not go (a determiner, a participle of "be", a verb). */
const NO_SO_BEFORE = new Set([
  'a',
  'an',
  'the',
  'my',
  'your',
  'his',
  'her',
  'our',
  'their',
  'being',
  'going',
  'gonna',
  'always',
  'never',
  'the',
  'on',
  'in',
  'at',
  'with',
  'like',
  'one',
  'no',
  'acting',
  'doing',
  'trying',
  'making',
  'talking',
  'saying',
  'still',
  'done',
  'over',
  'out',
  'up',
]);
const WORD = /[\p{L}\p{N}'\u2019]+/gu;

interface Point {
  /** Offset where " word" is inserted (after the previous word). */
  at: number;
  afterCopula: boolean;
  next: string;
}

/** Where an intensifier fits: after a copula or a subject pronoun, before a word, in the same clause. */
export function insertionPoints(text: string): Point[] {
  const words: Array<{ w: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) {
    words.push({ w: m[0].toLowerCase().replace(/\u2019/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  const out: Point[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k] as { w: string; start: number; end: number };
    const b = words[k + 1] as { w: string; start: number; end: number };
    if (!/^\s+$/.test(text.slice(a.end, b.start))) continue;
    if (NO_INTENSIFIER_BEFORE.has(b.w) || /^\p{Lu}{2,}/u.test(text.slice(b.start, b.end))) continue;
    if (COPULAS.has(a.w)) {
      out.push({ at: a.end, afterCopula: true, next: b.w });
      continue;
    }
    if (!SUBJECTS.has(a.w)) continue;
    // "you" as a subject: at the start of a clause, not the object of a verb ("thank you so much").
    if (a.w === 'you' || a.w === 'u') {
      const prev = words[k - 1];
      const gap = prev ? text.slice(prev.end, a.start) : '';
      const clauseStart =
        !prev ||
        /[,;:.!?]/.test(gap) ||
        /^(?:and|but|because|cuz|when|if|that|so|like|omg|ok|look|honestly|seriously|babe)$/.test(prev.w);
      if (!clauseStart) continue;
    }
    // Not before an auxiliary that would take it itself ("you are" → "you're really"), nor a modal.
    if (
      /^(?:r|are|is|was|were|am|have|has|had|will|would|can|could|should|shall|might|must|may|'re|'ve|'ll|'d|do|does|did)$/.test(
        b.w,
      )
    )
      continue;
    out.push({ at: a.end, afterCopula: false, next: b.w });
  }
  return out;
}

function intensifierVariants(text: string): Variant[] {
  const out: Variant[] = [];
  const points = insertionPoints(text).slice(0, 3);
  for (const word of INTENSIFIERS) {
    for (const p of points) {
      if (word === 'so' && (!p.afterCopula || NO_SO_BEFORE.has(p.next))) continue;
      const ins = CAPS_RUN.test(text.slice(Math.max(0, p.at - 8), p.at)) ? word.toUpperCase() : word;
      out.push({
        kind: 'intensifier',
        name: `+${word}${p.afterCopula ? ' (copula)' : ' (subject)'}`,
        text: `${text.slice(0, p.at)} ${ins}${text.slice(p.at)}`,
      });
    }
  }
  return out;
}

function adjunctVariants(text: string): Variant[] {
  const [body, tail] = splitTail(text);
  if (!/[\p{L}\p{N}]/u.test(body)) return [];
  const shouting = CAPS_RUN.test(body) && body === body.toUpperCase();
  const out: Variant[] = ADJUNCTS.map((a) => ({
    kind: 'adjunct' as const,
    name: `+ ${a}`,
    text: `${body} ${shouting ? a.toUpperCase() : a}${tail}`,
  }));
  // An eye roll turns praise into sarcasm: measured on hostile sources only (see `measure`).
  out.push({ kind: 'adjunct', name: EYE_ROLL, text: `${text.trimEnd()} 🙄` });
  return out;
}

function openerVariants(text: string): Variant[] {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  if (!rest) return [];
  const capital = /^\p{Lu}/u.test(rest);
  const shouting = CAPS_RUN.test(rest) && rest === rest.toUpperCase();
  // The old first word loses its capital unless it keeps one anyway ("I", "I'm", an acronym, shouting).
  const keeps = shouting || /^I(?![\p{L}])/u.test(rest) || /^\p{Lu}{2,}/u.test(rest);
  const body = capital && !keeps ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
  return OPENERS.map((o) => {
    let w = shouting ? o.toUpperCase() : o;
    if (capital && !shouting) w = w.charAt(0).toUpperCase() + w.slice(1);
    return { kind: 'opener' as const, name: `${o} +`, text: `${lead}${w} ${body}` };
  });
}

function caseVariants(text: string): Variant[] {
  if (CAPS_RUN.test(text)) return [];
  const out: Variant[] = [];
  const lower = text.toLowerCase();
  if (lower !== text) out.push({ kind: 'case', name: 'lower', text: lower });
  let sentence = lower.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  sentence = sentence.replace(/(?<![\p{L}'\u2019])i(?=$|[^\p{L}]|['\u2019])/gu, 'I');
  if (sentence !== text && sentence !== lower) out.push({ kind: 'case', name: 'sentence', text: sentence });
  return out;
}

function punctVariants(text: string): Variant[] {
  const [body, tail] = splitTail(text);
  if (!/[\p{L}\p{N}]/u.test(body)) return [];
  const marks = marksOf(tail);
  if (/!!|\?!|!\?|\?\?/.test(marks)) return [];
  // Trailing emoji stay: only the marks change.
  const emoji = tail.replace(/[\s.!?\u2026\u203D]/gu, '');
  const after = emoji ? ` ${emoji}` : '';
  const options = marks.includes('?') ? ['', '?'] : FINAL_MARKS;
  const out: Variant[] = [];
  for (const m of options) {
    const v = `${body}${m}${after}`;
    if (v !== text) out.push({ kind: 'punct', name: m === '' ? 'no mark' : m, text: v });
  }
  return out;
}

/** Auxiliaries, modals and light verbs: not conjugated as the verb after "you". */
const NOT_A_MAIN_VERB = new Set(
  'be is am are was were been being do does did have has had will would can could should shall may might must ought need know mean guess bet hope wish suppose swear say said gonna wanna got gotta'.split(
    ' ',
  ),
);

/** Verbs that take no progressive ("you're knowing"). */
const STATIVE = new Set(
  'know think want need like love hate see hear seem believe understand remember owe own deserve matter care prefer keep stop start begin try'.split(
    ' ',
  ),
);

/** Adverbs that may stand between "you" and its verb, kept in place. */
const VERB_ADVERBS = new Set(
  'never always constantly just really honestly literally totally still even'.split(' '),
);

/** The verb `w` is a form of, when grammar.ts's tables know it: [base, 'base' | 'past'] or null. */
function verbOf(w: string): [string, 'base' | 'past'] | null {
  if (NOT_A_MAIN_VERB.has(w)) return null;
  if (isKnownVerb(w)) return [w, 'base'];
  const tensed = baseOfForm(w);
  if (tensed) return tensed === w ? [w, 'base'] : pastOf(tensed) === w ? [tensed, 'past'] : null;
  let past = baseOfPast(w);
  // "managed" is "manage", not "manag": endings no English verb has take their "e" back.
  if (past && pastOf(`${past}e`) === w && /(?:[^i]c|v|u|dg|[^s]s|z|[aeiou]g|rg|ng|[^aeioul]l)$/.test(past))
    past = `${past}e`;
  if (past && !NOT_A_MAIN_VERB.has(past)) return [past, 'past'];
  return null;
}

/** The first "you" of `text` that is a clause's subject: its offset, or -1. */
function subjectYou(text: string, words: Array<{ w: string; start: number; end: number }>): number {
  for (let k = 0; k < words.length; k++) {
    const a = words[k] as { w: string; start: number; end: number };
    if (!/^(?:you|u|you're|youre|you've|youve)$/.test(a.w)) continue;
    const prev = words[k - 1];
    const gap = prev ? text.slice(prev.end, a.start) : '';
    if (
      !prev ||
      /[,;:.!?]/.test(gap) ||
      /^(?:and|but|because|cuz|when|that|so|like|omg|ok|look|honestly|seriously|babe|lol|wow|ugh|god|now|then|think|feel|swear)$/.test(
        prev.w,
      )
    )
      return k;
  }
  return -1;
}

function tenseVariants(text: string): Variant[] {
  const words: Array<{ w: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD))
    words.push({ w: m[0].toLowerCase().replace(/\u2019/g, "'"), start: m.index, end: m.index + m[0].length });
  const k = subjectYou(text, words);
  if (k < 0) return [];
  const out: Variant[] = [];
  const w = (j: number) => words[j]?.w ?? '';
  const at = (j: number) => words[j] as { w: string; start: number; end: number };
  const spaced = (j: number) => j + 1 < words.length && /^\s+$/.test(text.slice(at(j).end, at(j + 1).start));
  /** Words [from, to) replaced by `repl`, the first word's case kept. */
  const put = (name: string, from: number, to: number, repl: string) => {
    const orig = text.slice(at(from).start, at(to - 1).end);
    if (/\p{Lu}{2,}/u.test(orig)) return; // shouting keeps its words
    out.push({
      kind: 'tense',
      name,
      text: text.slice(0, at(from).start) + matchCase(orig, repl) + text.slice(at(to - 1).end),
    });
  };
  const you = w(k);
  const subj = you === 'u' ? 'u' : 'you';
  // The copula: "you're (being) X" → "you were (being) X", "you've been X"; and back.
  if (you === "you're" || you === 'youre' || (you === 'you' && w(k + 1) === 'are' && spaced(k))) {
    const end = you === 'you' ? k + 2 : k + 1;
    const next = w(end);
    if (next && !/^(?:going|gonna|welcome)$/.test(next)) {
      put('be present→past', k, end, `${subj} were`);
      if (next === 'being') put('be present→perfect', k, end + 1, "you've been");
      else if (!/^(?:not|never|always)$/.test(next)) put('be present→perfect', k, end, "you've been");
    }
    return out;
  }
  if (you === 'you' && (w(k + 1) === 'were' || w(k + 1) === 'was') && spaced(k)) {
    put('be past→present', k, k + 2, "you're");
    if (!/^(?:not|never|always|going|gonna|being)$/.test(w(k + 2)))
      put('be past→perfect', k, k + 2, "you've been");
    return out;
  }
  if ((you === "you've" || you === 'youve') && w(k + 1) === 'been') {
    // Not a passive ("you've been warned" is not "you're warned").
    if (!verbOf(w(k + 2))) put('be perfect→present', k, k + 2, "you're");
    put("you've→you have", k, k + 1, 'you have');
    return out;
  }
  if (you === "you've" || you === 'youve') {
    put("you've→you have", k, k + 1, 'you have');
    return out;
  }
  // "you don't / didn't care" ↔.
  if (/^(?:don't|dont)$/.test(w(k + 1)) && spaced(k)) put("don't→didn't", k + 1, k + 2, "didn't");
  if (/^(?:didn't|didnt)$/.test(w(k + 1)) && spaced(k)) put("didn't→don't", k + 1, k + 2, "don't");
  // "you (never) ruin(ed) …": the verb in the other tenses.
  let v = k + 1;
  if (VERB_ADVERBS.has(w(v)) && spaced(v - 1)) v++;
  if (v >= words.length || !spaced(v - 1)) return out;
  const verb = verbOf(w(v));
  if (!verb) return out;
  const [base, form] = verb;
  const adv = v > k + 1 ? `${text.slice(at(k + 1).start, at(k + 1).end)} ` : '';
  if (form === 'past') {
    put('past→present', k, v + 1, `${subj} ${adv}${base}`);
    put('past→perfect', k, v + 1, `you've ${adv}${participleOf(base)}`);
  } else {
    put('present→past', k, v + 1, `${subj} ${adv}${pastOf(base)}`);
    put('present→perfect', k, v + 1, `you've ${adv}${participleOf(base)}`);
    if (!STATIVE.has(base)) put('present→progressive', k, v + 1, `you're ${adv}${gerundOf(base)}`);
  }
  return out;
}

/** Every variant of `text`, by kind, deduplicated and never the text itself. */
export function variantsOf(text: string): Variant[] {
  const all = [
    ...adjunctVariants(text),
    ...intensifierVariants(text),
    ...spellingVariants(text),
    ...openerVariants(text),
    ...caseVariants(text),
    ...punctVariants(text),
    ...tenseVariants(text),
  ];
  return distinctVariants(text, all);
}

/** `all` without repeats and without `text` itself, first of each kept. */
export function distinctVariants<T extends { text: string }>(text: string, all: readonly T[]): T[] {
  const seen = new Set<string>([text]);
  return all.filter((v) => {
    if (seen.has(v.text)) return false;
    seen.add(v.text);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// The measure.
// ---------------------------------------------------------------------------------------------

/** dev.tsv and our own kinds-*.tsv files (not the fresh sets: each round measures its fresh set once, on its own). */
export function variationRows(): Array<Row & { file: string }> {
  return labelledRows((f) => /^kinds-.*\.tsv$/.test(f) && !f.endsWith('-fresh.tsv'));
}

/** The F and N rows of dev.tsv and of our fixture files whose names `take` accepts, in name order. */
export function labelledRows(take: (file: string) => boolean): Array<Row & { file: string }> {
  const out: Array<Row & { file: string }> = [];
  const files = [devFile];
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'corpus');
  for (const f of fs.readdirSync(dir).sort()) if (take(f)) files.push(path.join(dir, f));
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    for (const r of parseLabelled(fs.readFileSync(file, 'utf8')))
      if (r.label === 'F' || r.label === 'N') out.push({ ...r, file: path.basename(file) });
  }
  return out;
}

export interface Tally {
  ok: number;
  n: number;
}
export interface VariationResult {
  hostile: Tally;
  warm: Tally;
  byKind: Record<VariantKind, { hostile: Tally; warm: Tally }>;
  byName: Map<string, { kind: VariantKind; hostile: Tally; warm: Tally }>;
  /** Source rows measured: hostile flagged today in their category, warm clean today. */
  sources: { hostile: number; warm: number };
  /** The same tallies for each corpus file (rows that carry one), so floors per group need no second run. */
  byFile: Map<string, { hostile: Tally; warm: Tally; sources: { hostile: number; warm: number } }>;
  failures: Array<{
    kind: VariantKind;
    name: string;
    label: string;
    category: string;
    source: string;
    text: string;
  }>;
  /** Flagged hostile adjunct variants whose rewording keeps the adjunct, as often as the variant has it. */
  rewordKeeps: Tally;
  rewordDrops: Array<{ adjunct: string; text: string; rewording: string }>;
  /** … of which the rewording has the adjunct more often than the variant (duplicated). */
  rewordDuplicates: number;
}

/** How often `phrase` occurs in `text` as words (case and apostrophes ignored). */
function occurrences(text: string, phrase: string): number {
  if (!/[\p{L}]/u.test(phrase)) return text.split(phrase).length - 1;
  return (text.match(wordRe(phrase)) ?? []).length;
}

const categoriesOf = (r: Row) => r.category.split(/[,+\s]+/).filter(Boolean);

export function measure(
  rows: readonly Row[],
  run: (text: string) => Analysis = (t) => analyze(t, { sensitivity: 'balanced' }),
  /** Rewords a message (default: lib/tone's rewrite at balanced); null: rewordings not checked. */
  reword: ((text: string) => string) | null = (t) => rewrite(t, { sensitivity: 'balanced' }).text,
): VariationResult {
  const tally = (): Tally => ({ ok: 0, n: 0 });
  const res: VariationResult = {
    hostile: tally(),
    warm: tally(),
    byKind: Object.fromEntries(VARIANT_KINDS.map((k) => [k, { hostile: tally(), warm: tally() }])) as Record<
      VariantKind,
      { hostile: Tally; warm: Tally }
    >,
    byName: new Map(),
    sources: { hostile: 0, warm: 0 },
    byFile: new Map(),
    failures: [],
    rewordKeeps: tally(),
    rewordDrops: [],
    rewordDuplicates: 0,
  };
  for (const r of rows) {
    const a = run(r.text);
    const file = (r as Row & { file?: string }).file ?? '';
    let perFile = res.byFile.get(file);
    if (!perFile) {
      perFile = { hostile: tally(), warm: tally(), sources: { hostile: 0, warm: 0 } };
      res.byFile.set(file, perFile);
    }
    let want: Set<string> | null = null;
    if (r.label === 'F') {
      const expected = categoriesOf(r);
      const found = new Set(a.findings.map((f) => f.category as string));
      const hit = expected.length ? expected.filter((c) => found.has(c)) : [...found];
      if (!a.flagged || hit.length === 0) continue;
      want = new Set(hit);
      res.sources.hostile++;
      perFile.sources.hostile++;
    } else {
      if (a.flagged) continue;
      res.sources.warm++;
      perFile.sources.warm++;
    }
    for (const v of variantsOf(r.text)) {
      if (!want && v.name === EYE_ROLL) continue;
      const b = run(v.text);
      const ok = want ? b.findings.some((f) => want.has(f.category)) : !b.flagged;
      const side = want ? 'hostile' : 'warm';
      let named = res.byName.get(`${v.kind}\t${v.name}`);
      if (!named) {
        named = { kind: v.kind, hostile: tally(), warm: tally() };
        res.byName.set(`${v.kind}\t${v.name}`, named);
      }
      for (const t of [res[side], res.byKind[v.kind][side], named[side], perFile[side]]) {
        t.n++;
        if (ok) t.ok++;
      }
      if (ok && want && v.kind === 'adjunct' && reword) {
        const adjunct = v.name.slice(2);
        const out = reword(v.text);
        res.rewordKeeps.n++;
        const had = occurrences(v.text, adjunct);
        const has = occurrences(out, adjunct);
        if (has === had) res.rewordKeeps.ok++;
        else res.rewordDrops.push({ adjunct, text: v.text, rewording: out });
        if (has > had) res.rewordDuplicates++;
      }
      if (!ok)
        res.failures.push({
          kind: v.kind,
          name: v.name,
          label: r.label,
          category: r.category,
          source: r.text,
          text: v.text,
        });
    }
  }
  return res;
}

const pct = (t: Tally) => (t.n === 0 ? 'n/a' : `${((100 * t.ok) / t.n).toFixed(1)}%`);

/** One line: "hostile variants still flagged 91.2% (…), warm variants still clean 99.1% (…)". */
export function summaryLine(r: VariationResult): string {
  return `variation (${r.sources.hostile} hostile, ${r.sources.warm} warm sources): hostile variants still flagged ${pct(r.hostile)} (${r.hostile.ok}/${r.hostile.n}), warm variants still clean ${pct(r.warm)} (${r.warm.ok}/${r.warm.n})`;
}

export function report(r: VariationResult): string {
  const lines = [summaryLine(r)];
  if (r.rewordKeeps.n)
    lines.push(
      `  rewordings of flagged adjunct variants that keep the adjunct (as often): ${pct(r.rewordKeeps)} (${r.rewordKeeps.ok}/${r.rewordKeeps.n}; duplicated: ${r.rewordDuplicates})`,
    );
  lines.push('  kind          hostile flagged        warm clean');
  for (const k of VARIANT_KINDS) {
    const b = r.byKind[k];
    lines.push(
      `  ${k.padEnd(12)}  ${`${pct(b.hostile)} (${b.hostile.ok}/${b.hostile.n})`.padEnd(21)}  ${pct(b.warm)} (${b.warm.ok}/${b.warm.n})`,
    );
  }
  return lines.join('\n');
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(repoRoot, 'scripts', 'variants.ts')) {
  const args = process.argv.slice(2);
  const opt = (n: string) => {
    const i = args.indexOf(n);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const t0 = performance.now();
  const r = measure(variationRows());
  console.log(report(r));
  if (args.includes('--by-name')) {
    for (const [name, v] of [...r.byName].sort(
      (a, b) => a[1].hostile.ok / a[1].hostile.n - b[1].hostile.ok / b[1].hostile.n,
    ))
      console.log(
        `  ${name.padEnd(36)} hostile ${pct(v.hostile).padStart(6)}  warm ${pct(v.warm).padStart(6)}`,
      );
  }
  const show = opt('--show');
  if (show === 'reword') {
    for (const d of r.rewordDrops.slice(0, Number(opt('--limit') ?? 1e9)))
      if (!args.includes('--dup') || occurrences(d.rewording, d.adjunct) > occurrences(d.text, d.adjunct))
        console.log(`  [${d.adjunct}] ${d.text}\n      → ${d.rewording}`);
  } else if (show) {
    const limit = Number(opt('--limit') ?? 1e9);
    let shown = 0;
    for (const f of r.failures) {
      if (show !== 'all' && show !== f.kind && show !== f.name) continue;
      if (opt('--label') && opt('--label') !== f.label) continue;
      if (shown++ >= limit) break;
      console.log(`  ${f.label} ${f.category.padEnd(12)} [${f.kind} ${f.name}]  ${f.text}`);
    }
  }
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
