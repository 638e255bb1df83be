/**
 * A family made of phrase rules. Each phrase declares its pattern, sensitivity, severity, reason
 * and how it suggests, so adding a phrase means adding one entry to one family file.
 */
import { COMMON_WORDS, INSULT_ADJECTIVES, INSULT_NOUNS } from '../lexicon';
import { type Doc, type Token, tokenize } from '../text';
import type { Category, Sensitivity } from '../types';
import type { WhyKey } from '../why';
import {
  compile,
  type Draft,
  type Match,
  type PatternHit,
  PhraseTable,
  type Pre,
  type RuleContext,
  type RuleFamily,
} from './rule';

export interface PhraseRule {
  /** Token pattern (see rule.ts). */
  pattern: string;
  /** Sub-rule id, unique within the family. */
  rule: string;
  severity: 1 | 2 | 3;
  min: Sensitivity;
  why: WhyKey;
  category?: Category;
  pause?: boolean;
  /** Words of which one must appear (overrides the words derived from the pattern). */
  triggers?: readonly string[];
  /**
   * What `guard` needs of the whole text, cheap to ask (quote marks, a short text): where it is
   * false the pre-filter does not count the pattern's hits, so a message with no other hit skips
   * segmentation and the families. A filter only: `guard` must reject every hit where it is false.
   */
  pre?: Pre;
  /** Return false to reject a hit (e.g. warmth, negation, a question). */
  guard?: (doc: Doc, first: number, hit: PatternHit, sensitivity: Sensitivity) => boolean;
  /** Adjust the hit, e.g. to extend the flagged words. Returns [first, last). */
  span?: (doc: Doc, first: number, hit: PatternHit) => [number, number];
  suggest: (doc: Doc, m: Match) => Draft[];
}

interface Entry extends PhraseRule {
  index: number;
}

/** Function words too frequent to serve as a rule's trigger. */
const FREQUENT: ReadonlySet<string> = new Set(
  (
    "you u i me my mine so it it's its the a an is are was were be been am to do does did done that this what of in on at " +
    "and or but not no be your yours you're i'm im we we're us our they them he she him her his just like get got have has " +
    'had can could would will should up down all if then than there here now with for from by as ' +
    'how why when where who which one thing go going know think want need really very too more'
  ).split(' '),
);

/** What a subject element that takes an auxiliary may start with (see `subj` in rule.ts). */
const SUBJECT_FORMS = "you u you've youve uve you'd youd you'll youll you're youre ur".split(' ');

const CLASS_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  IADJ: INSULT_ADJECTIVES,
  INOUN: INSULT_NOUNS,
};

/**
 * Words of which one must appear for the pattern to match: the required element whose words
 * are least common. Returns null when only open classes are required.
 */
export function triggerWords(pattern: string): string[] {
  const c = compile(pattern);
  let best: string[] | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  const parts = pattern.trim().split(/\s+/);
  let extra: string[] = [];
  c.elems.forEach((e, k) => {
    if (e.min === 0) return;
    let words: string[] | null = null;
    if (e.alts) words = e.alts.map((a) => a.find((w) => !FREQUENT.has(w)) ?? (a[0] as string));
    else {
      const name = (parts[k] as string).replace(/^@/, '').replace(/[:?*].*$/, '');
      const set = CLASS_WORDS[name];
      if (set) words = [...set];
    }
    if (!words) return;
    // Scored on the words the pattern writes, so that the trigger chosen is the one it always was.
    let score = 0;
    for (const w of words) score += FREQUENT.has(w) ? 100 : COMMON_WORDS.has(w) ? 3 : 1;
    score += words.length > 20 ? 5 : 0;
    if (score <= bestScore) {
      best = words;
      bestScore = score;
      // Then the verb's other forms ("ruining" for "ruin") and a subject's auxiliary forms ("you've").
      extra = [...(e.infl?.keys() ?? []), ...(e.subj ? SUBJECT_FORMS : [])];
    }
  });
  if (best) return [...(best as string[]), ...extra];
  return best ?? c.firstWords;
}

export function phraseFamily(def: {
  id: string;
  category: Category;
  phrases: readonly PhraseRule[];
  /** Extra trigger words (e.g. for hand-written matches). */
  triggers?: readonly string[];
}): RuleFamily & { phrases: readonly PhraseRule[]; literals: readonly string[] } {
  // One shape for every entry (the hit handler reads them at every hit): optional fields first.
  const entries: Entry[] = def.phrases.map((p, index) => ({
    guard: undefined,
    pre: undefined,
    span: undefined,
    category: undefined,
    pause: undefined,
    triggers: undefined,
    ...p,
    index,
  }));
  const table = new PhraseTable(entries.map((e) => ({ ...e, pattern: e.pattern })));
  const triggers = new Set<string>(def.triggers ?? []);
  for (const e of entries) for (const w of e.triggers ?? triggerWords(e.pattern)) triggers.add(w);
  const literals = new Set<string>();
  for (const e of entries) {
    for (const el of compile(e.pattern).elems) {
      for (const alt of el.alts ?? []) for (const w of alt) literals.add(w);
      for (const w of el.infl?.keys() ?? []) literals.add(w);
    }
  }
  let minLevel: Sensitivity = 'strict';
  for (const e of entries) {
    if (e.min === 'gentle') minLevel = 'gentle';
    else if (e.min === 'balanced' && minLevel === 'strict') minLevel = 'balanced';
  }
  return {
    id: def.id,
    category: def.category,
    minSensitivity: minLevel,
    triggers: [...triggers],
    phrases: def.phrases,
    literals: [...literals],
    prematch: (doc, sensitivity) => table.any(doc, sensitivity),
    table,
    match(ctx: RuleContext): Match[] {
      const out: Match[] = [];
      table.scan(
        ctx.doc,
        ctx.sensitivity,
        (pe, first, hit) => {
          const e = pe as unknown as Entry;
          if (e.guard && !e.guard(ctx.doc, first, hit, ctx.sensitivity)) return false;
          const [f, l] = e.span ? e.span(ctx.doc, first, hit) : [first, hit.end];
          out.push({
            rule: e.rule,
            first: f,
            last: l,
            severity: e.severity,
            min: e.min,
            why: e.why,
            category: e.category,
            pause: e.pause,
            cap: hit.cap,
            note: String(e.index),
          });
          return true;
        },
        ctx.sentences,
      );
      return out;
    },
    suggest(ctx: RuleContext, m: Match): Draft[] {
      const e = entries[Number(m.note)];
      if (!e) return [];
      // reword43: "he is the (very) definition of an idiot": the frame only strengthens the word it
      // leads to; where the word's own rewording leaves the frame without its object ("the
      // definition of a person", "… of this"), the words are reworded as said plainly ("he is an
      // idiot" → "he is wrong about this"), the frame going with them.
      const doc = ctx.doc;
      const own = e.suggest(doc, m);
      if (!/^(?:(?:an? )?(?:person|people|one|someone)|this|that|)$/i.test(own[0]?.text ?? '-')) return own;
      const t = doc.tokens;
      let k = m.first - 1;
      if (/^(?:a|an)$/.test(t[k]?.w ?? '')) k--;
      if (t[k]?.w === 'of' && /^(?:definition|epitome|embodiment)$/.test(t[k - 1]?.w ?? '')) {
        let f = k - 2;
        if (t[f]?.w !== 'the') f--;
        if (t[f]?.w === 'the') {
          const from = (t[f] as Token).start;
          const cut = (t[k] as Token).end + 1;
          const n = k + 1 - f;
          const cap: Record<string, number> = {};
          for (const [key, v] of Object.entries(m.cap)) cap[key] = v > k ? v - n : v;
          const d2 = tokenize(doc.text.slice(0, from) + doc.text.slice(cut));
          const len = cut - from;
          const drafts = e
            .suggest(d2, {
              ...m,
              first: m.first - n,
              last: m.last - n,
              start: undefined,
              end: undefined,
              cap,
            })
            .map((d) => ({
              ...d,
              start: d.start < from ? d.start : d.start === from ? from : d.start + len,
              end: d.end <= from ? d.end : d.end + len,
            }));
          if (drafts.some((d) => d.start <= from && d.end > from)) return drafts;
        }
      }
      return own;
    },
  };
}
