/**
 * Round polite39: public replies that talk down to the person replied to, or show disgust at what
 * they did, without the stock insults; by construction, each with an open slot:
 * - effort asked as a taunt: "how hard is it to <read / search / leave…> …", "is it really that
 *   difficult to <…>", "do us all a favour and <…>" (an act of care they skipped);
 * - disgust at "the way you <…>" ("ugh, the way you treat newcomers is gross");
 * - their <comment / take / logic> called <embarrassing / cringe / a mess / no sense>;
 * - "with his whole chest"; "another <expert> who's never <…> / watched one <…>".
 * Warm twins pass: sincere questions ("how hard would it be to add…", "how hard is it to use this?"),
 * polite requests ("could you do us all a favour and bring snacks?"), praise ("I love the way you
 * explain things"), a sad story ("this post is so sad"), frustration at things. Rewordings keep the
 * point: "how hard is it to leave an edit summary" → "Could you leave an edit summary, please?".
 * Left out for bytes (kept in the round's notes): "what part of <X> don't you understand", "stop
 * <thread act>ing my…", "<tool> exists for a reason", "what a <bad> way to treat…", "…, I'll wait".
 */
import { INSULT_ADJECTIVES, valence } from '../lexicon';
import type { Doc, Token } from '../text';
import type { Category } from '../types';
import type { WhyKey } from '../why';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  type Draft,
  isClauseEnd,
  type Match,
  lowerSentence as sen,
  sentenceOf,
  textOf,
  toSentenceEnd,
  tokenWord as w,
  wholeKeepingOpeners,
} from './rule';

type G = (doc: Doc, first: number, end: number) => boolean;
/** Kindness, laughter, advice or a sincere asking in the sentence. */
const SOFT =
  /\b(?:thank|love|happy|glad|hope|sorry|curious|wondering|congrat|lol|lmao|jk|haha|tip)\b|[\u2764\u{1F600}-\u{1F64F}]/u;
/**
 * Short, nothing soft in its sentence or the next ("which part is confusing? happy to explain"), no
 * strong praise (but a sarcastic "oh brilliant," opening it).
 */
const sharp = (d: Doc, f: number): boolean => {
  const s = sentenceOf(d, f);
  if (
    s.last - s.first > 29 ||
    SOFT.test(d.text.slice(s.start, (d.sentences[(d.tokens[f] as Token).sent + 1] ?? s).end).toLowerCase())
  )
    return false;
  for (let k = s.first + 2; k < s.last; k++) if (valence(w(d, k)) > 2) return false;
  return true;
};
/** A word of disgust or strong disapproval. */
const vile = (x: string): boolean =>
  INSULT_ADJECTIVES.has(x) ||
  (valence(x) < -1 && x !== 'wrong') ||
  /^(?:cringe\w*|laughable|yuck|ew+)$/.test(x);
/** Acts of care a reader is taunted for skipping: "how hard is it to <read>". */
const DILIGENT =
  /^(?:read|search|google|check|look|use|leave|add|follow|spell|format|test|cite|link|write|skim|stop)$/;
/** The word after "to" or "and" in the next words (after "just", "even"…) when it is DILIGENT: its index, or -1. */
const verbAfterTo = (d: Doc, f: number): number => {
  for (let k = f; k < f + 7; k++)
    if (/^(?:to|and)$/.test(w(d, k))) {
      let v = k + 1;
      while (/^(?:just|even|go|to)$/.test(w(d, v)) && v < k + 4) v++;
      return DILIGENT.test(w(d, v)) ? v : -1;
    }
  return -1;
};
const effort: G = (d, f) => {
  if (!sharp(d, f)) return false;
  const s = sen(d, f);
  return (
    verbAfterTo(d, f) > 0 &&
    /\bhow (?:hard|difficult) (?:is|was|can)\b|\bis it (?:\w+ )?(?:that|so|really) (?:hard|difficult)\b/.test(
      s,
    ) &&
    // "how hard is it to use this?" asks; "…before posting?", "…even…", "…possibly…" taunt
    (!s.includes('?') ||
      !s.startsWith('how') ||
      /\b(?:before|first|just|even|actually|possibly|really|that|so)\b/.test(s.slice(s.indexOf(' to '))))
  );
};
/** "…, please?" around the words from the verb on: "Could you leave an edit summary, please?". */
const ask = (d: Doc, v: number): Draft => {
  const s = sentenceOf(d, v);
  const rest = d.text
    .slice((d.tokens[v] as Token).start, s.contentEnd)
    .replace(/[\s,.!?]+$/, '')
    .replace(/,? (?:honestly|seriously|tbh|man|dude|bro|mate)$/i, '');
  return toSentenceEnd(d, s.first, `Could you ${rest}, please?`);
};
/** Their part in a thread, called vile: "this take is embarrassing", "your logic is a mess". */
const verdict: G = (d, f, e) => {
  // The subject of its clause: "honestly this reply is…", "…, your take is…" (not "if your post is…").
  if (
    (f - sentenceOf(d, f).first > 1 &&
      !/[,:]/.test(d.text.slice((d.tokens[f - 1] as Token).end, (d.tokens[f] as Token).start))) ||
    !sharp(d, f) ||
    sen(d, f).includes('?') ||
    !/^(?:is|was|are|seems|sounds|reads|makes)$/.test(w(d, e))
  )
    return false;
  for (let k = e + 1; k < e + 5 && !(k > e + 1 && isClauseEnd(d, k - 1)); k++) {
    const x = w(d, k);
    // "just sad", "honestly sad": not a sad story ("this post is so sad").
    if (x === 'sad' ? /^(?:just|honestly|kinda)$/.test(w(d, k - 1)) : vile(x)) return true;
    if (/^(?:no sense|all over|a mess|a joke)$/.test(`${x} ${w(d, k + 1)}`)) return true;
  }
  return false;
};

const say = (d: Doc, m: Match): Draft[] => {
  const s = sentenceOf(d, m.first);
  const f = m.first;
  switch (m.rule) {
    case 'effort':
      return [ask(d, verbAfterTo(d, f))];
    case 'yuck': {
      let k = f + 4;
      while (k < s.last && !/^(?:is|was|are|were|makes)$/.test(w(d, k))) k++;
      return [toSentenceEnd(d, s.first, `I'm uncomfortable with ${textOf(d, f, k)}.`)];
    }
    case 'verdict':
      return [
        wholeKeepingOpeners(
          d,
          f,
          `I don't agree with ${/s$/.test(w(d, f + 1)) ? 'these' : 'this'} ${w(d, f + 1)}.`,
        ),
      ];
    default:
      return [wholeKeepingOpeners(d, f, "I don't think that's fair.")];
  }
};
const kind = (rule: string, category: Category, why: WhyKey, rows: [string, G][]): PhraseRule[] =>
  rows.map(([pattern, g]) => ({
    pattern,
    rule,
    category,
    severity: 1,
    min: 'balanced',
    why,
    guard: (doc, first, hit) => g(doc, first, hit.end),
    suggest: say,
  }));

export const retorts = phraseFamily({
  id: 'retorts',
  category: 'talking-down',
  phrases: [
    ...kind('effort', 'talking-down', 'command', [
      ['hard|difficult', effort],
      // "do us all a favour and read the FAQ"; not "do yourself a favour and try the pasta"
      [
        'do|doing us|everyone|everybody|the_world|the_rest_of_us all? a favor|favour and',
        (d, f, e) => sharp(d, f) && !sen(d, f).includes('?') && verbAfterTo(d, e - 1) > 0,
      ],
    ]),
    // "ugh, the way you treat newcomers here is gross", "yuck, the way you talk to people"
    ...kind('yuck', 'contempt', 'mockery', [
      [
        'the way you|u',
        (d, f) => {
          const s = sentenceOf(d, f);
          // the disgust opens the sentence ("yuck, the way…"; verdicts.ts has "the way you… is rude")
          for (let k = s.first; k < s.last && k < s.first + 3; k++) if (vile(w(d, k))) return sharp(d, f);
          return false;
        },
      ],
    ]),
    // "this take is genuinely embarrassing", "your logic is all over the place", "your argument makes no sense"
    ...kind('verdict', 'contempt', 'insult', [
      [
        'this|your|ur comment|take|post|reply|answer|argument|logic|reasoning|opinion|comments|takes',
        verdict,
      ],
    ]),
    // "man really posted this with his whole chest", "another expert who watched one youtube video"
    ...kind('chest', 'contempt', 'mockery', [
      ['with his|her|their|your whole|entire chest', sharp],
      [
        "another @ANY @ANY? who|who's|that",
        (d, f, e) =>
          sharp(d, f) &&
          /^(?:has |'s )?(?:never|(?:watched|read) (?:one|a)\b|learned \w+ last)/.test(
            d.text
              .slice((d.tokens[e - 1] as Token).end, (d.tokens[e - 1] as Token).end + 40)
              .trimStart()
              .toLowerCase(),
          ),
      ],
    ]),
  ],
});
