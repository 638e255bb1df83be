/**
 * Keeping count and sneering in open frames (round abscon41), by construction:
 * - the count said out loud: "I've lost count of the times you've <bailed>" ("this is the third
 *   time…" is addressed.ts's);
 * - the excuse that comes round: "every month it's a different excuse", "there's always some reason
 *   you can't…";
 * - praise as a tag on a charge: "you're such a leech, it's actually impressive", "you think you're a
 *   good cook? cute", "keep playing the victim, it really suits you";
 * - mock royalty and mock titles: "I forgot your highness doesn't do dishes", "the great chef has
 *   spoken", "keep telling yourself you're the fun one".
 * Warm twins pass: the count of kindnesses ("I've lost count of the times you've saved me"), "a reason
 * to smile", "that colour suits you", "keep telling yourself you can do it", "Her Majesty the Queen".
 * Left out for bytes (in the round's patch notes): "I can count on one hand the times you've…", a task
 * they could not do "with a map / if their life depended on it / never mind a…".
 */
import { INSULT_ADJECTIVES, INSULT_NOUNS, isComplaint, TRAIT_ADJECTIVES, valence } from '../lexicon';
import type { Doc, Token } from '../text';
import type { Category } from '../types';
import type { WhyKey } from '../why';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  type Draft,
  isClauseEnd,
  isSentenceStart,
  type Match,
  mentionsYou,
  removeTokens,
  replaceTokens,
  lowerSentence as sen,
  sentenceOf,
  tokenWord as w,
  wholeKeepingOpeners,
} from './rule';

type G = (d: Doc, f: number, e: number) => boolean;
/** A word that faults the person: a trait, an insult, or a complaint ("selfishness", "victim", "sulk"). */
const faulty = (y: string, loose: boolean): boolean => {
  const x = y.replace(/iness$/, 'y').replace(/ness$/, '');
  return (
    TRAIT_ADJECTIVES.has(x) || INSULT_ADJECTIVES.has(x) || INSULT_NOUNS.has(x) || (loose && isComplaint(y))
  );
};
/** Warmth beside the words: a heart, a kiss, thanks, love, pride. */
const FOND =
  /\b(?:thank\w*|love|proud|happy|glad|grateful|best|amazing|awesome|lucky|sweet|miss you|ily|xo+)\b|[\u2764\u{1F970}\u{1F60D}\u{1F618}\u{1F62D}]/u;
/** Not warm: nothing fond in the sentence. */
const cold = (d: Doc, f: number): boolean => !FOND.test(sen(d, f));
/** Cold, with no laugh or emoji. */
const calm = (d: Doc, f: number): boolean =>
  cold(d, f) && !/!|\b(?:lol|lmao|haha)|\p{Extended_Pictographic}/iu.test(sen(d, f));
/** A fault in the `n` words before token `f` (its sentence and the one before). */
const faultBefore = (d: Doc, f: number, n: number, loose = false): boolean => {
  for (let k = f - 1; k >= 0 && k >= f - n && w(d, k) !== 'but'; k--) if (faulty(w(d, k), loose)) return true;
  return false;
};
/** Any word of the next `n` from `e` (same sentence) passing `p`. */
const after = (d: Doc, e: number, n: number, p: (x: string) => boolean): boolean => {
  const s = sentenceOf(d, e - 1);
  for (let k = e; k < s.last && k < e + n; k++) if (p(w(d, k))) return true;
  return false;
};
/** The words between a charge and its tag of praise. */
const FILL = /^(?:it's|its|that's|thats|is|honestly|actually|almost|genuinely|kinda|truly|so|really|lowkey)$/;
/** A tag after a break: the words before token `f` back to a comma, a question mark or "and" are only fillers ("it's honestly"). */
const tagOpen = (d: Doc, f: number): boolean => {
  let k = f - 1;
  while (k > 0 && FILL.test(w(d, k))) k--;
  return (
    k >= 0 &&
    (w(d, k + 1) === 'and' ||
      /[,?.!;:\u2014]/.test(d.text.slice((d.tokens[k] as Token).end, (d.tokens[k + 1] as Token).start))) &&
    (f + 1 >= sentenceOf(d, f).last || isClauseEnd(d, f))
  );
};

/** `s` without the spaces and commas at its end (a loop: `/[\s,]+$/` is quadratic on a long run of spaces). */
const trimTail = (s: string): string => {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 44 || /\s/.test(s.charAt(e - 1)))) e--;
  return s.slice(0, e);
};

/** The token "again" in the clause from `f`, or -1. */
const again = (d: Doc, f: number): number => {
  for (let k = f; k < sentenceOf(d, f).last; k++) {
    if (w(d, k) === 'again') return k;
    if (/[,;:]/.test(d.text.slice((d.tokens[k] as Token).end, (d.tokens[k + 1] as Token | undefined)?.start)))
      break;
  }
  return -1;
};

const ABS: Category = 'absolutes';
const CON: Category = 'contempt';
const kind = (rule: string, category: Category, why: WhyKey, rows: [string, G][]): PhraseRule[] =>
  rows.map(([pattern, g]) => ({
    pattern,
    rule,
    category,
    severity: 2,
    min: 'balanced',
    why,
    guard: (d, f, hit) => g(d, f, hit.end),
    suggest: say,
  }));

const say = (d: Doc, m: Match): Draft[] => {
  switch (m.rule) {
    case 'count': {
      // "…the times you've bailed" → "You've bailed a few times now, …".
      let k = m.first;
      while (k < m.last && w(d, k) !== 'times') k++;
      const s = sentenceOf(d, m.first);
      const rest = d.text
        .slice((d.tokens[k] as Token).end, s.contentEnd)
        .replace(/^[\s,]*(?:that )?/i, '')
        .replace(/[\s,.!?]+$/, '');
      const line = /^(?:you|u)\b/i.test(rest)
        ? `${rest.charAt(0).toUpperCase()}${rest.slice(1)} a few times now, and it's wearing on me.`
        : "This has happened a few times now, and it's wearing on me.";
      return [wholeKeepingOpeners(d, m.first, line)];
    }
    case 'excuse':
      return [wholeKeepingOpeners(d, m.first, "This keeps coming up, and I'd like us to sort it out.")];
    case 'tag': {
      // "…? cute": the tag goes; "…, it really suits you": the whole sentence mocks.
      let k = m.first;
      while (k > 0 && FILL.test(w(d, k - 1))) k--;
      if (!/^(?:you|u)$/.test(w(d, m.last - 1))) return [removeTokens(d, k, m.last, 'Leave it out')];
      break;
    }
    case 'not-you': {
      // "not you forgetting my birthday AGAIN" → "I'm upset about you forgetting my birthday".
      const a = again(d, m.first) as number;
      const mid = d.text.slice((d.tokens[m.first + 1] as Token).end, (d.tokens[a] as Token).start);
      return [
        {
          start: (d.tokens[m.first] as Token).start,
          end: (d.tokens[a] as Token).end,
          text: `I'm upset about you${trimTail(mid)}`,
        },
      ];
    }
    case 'ever':
      return [
        {
          start: sentenceOf(d, m.first).start,
          end: sentenceOf(d, m.first).contentEnd,
          text: "I'm frustrated, and I'd like to say so plainly",
        },
      ];
    case 'pair':
      // "you and your "five minutes"" → "I'm frustrated about your "five minutes"".
      return [replaceTokens(d, m.first, m.last, "I'm frustrated about your")];
    case 'title':
      // "…, your highness" closing the sentence: the title goes, the rest keeps its own card.
      if (
        m.last >= sentenceOf(d, m.first).last &&
        /,\s*$/.test(d.text.slice(0, (d.tokens[m.first] as Token).start))
      )
        return [removeTokens(d, m.first, m.last, 'Leave it out')];
  }
  return [wholeKeepingOpeners(d, m.first, "I'm frustrated, and I'd like to say so plainly.")];
};

export const tallies = phraseFamily({
  id: 'tallies',
  category: ABS,
  phrases: [
    ...kind('count', ABS, 'history', [
      // "I've lost count of the times you've bailed" (not "…you've saved me")
      [
        "lost count of the times you|u|you've|youve",
        (d, f, e) => cold(d, f) && !after(d, e, 8, (x) => valence(x) > 0),
      ],
    ]),
    ...kind('excuse', ABS, 'absolutes', [
      // "every month it's a different excuse", "there's always some drama with you"
      [
        "it's|its|there's|theres|it_is|there_is always? a|another|some|the_same new|different|fresh? excuse|drama|crisis|emergency|sob_story|meltdown|tantrum",
        (d, f, e) =>
          /\b(?:every|each|always)\b/.test(sen(d, f)) &&
          (w(d, e - 1) === 'excuse' || mentionsYou(d, f)) &&
          cold(d, f),
      ],
      // "there's always some reason you can't…" (not "a reason to smile")
      [
        "there's|theres|there_is always a|some|another reason why? you|u",
        (d, f, e) => after(d, e, 3, (x) => /n't$|^(?:not|never|cant|wont|dont)$/.test(x)) && cold(d, f),
      ],
    ]),
    ...kind('tag', CON, 'mockery', [
      // "you're such a leech, it's actually impressive", "you think you're a good dad? cute"
      [
        'impressive|adorable|cute|inspiring',
        (d, f) =>
          tagOpen(d, f) &&
          (faultBefore(d, f, 14) || /\b(?:you|u) (?:\w+ )?think you(?:'re| are)\b/.test(sen(d, f - 3))) &&
          mentionsYou(d, f - 3) &&
          !FOND.test(sen(d, f)),
      ],
      // "keep playing the victim, it really suits you" (not "that colour suits you")
      ['it|that|which really|truly|so? suits you|u', (d, f) => faultBefore(d, f, 10, true) && cold(d, f)],
    ]),
    ...kind('not-you', ABS, 'history', [
      // abscon42: "not you leaving the dishes for me again", "not u bailing on the project AGAIN" (not
      // "not you getting promoted again 😭 so proud").
      [
        'not you|u',
        (d, f, e) =>
          isSentenceStart(d, f) &&
          /ing$/.test(w(d, e)) &&
          again(d, f) > 0 &&
          // A fault on the way: "forgetting", "late", "leaving the dishes", "asking to borrow".
          after(
            d,
            e,
            again(d, f) - e,
            (x) => isComplaint(x) || valence(x) < 0 || /^(?:leaving|asking|hogging|skipping|taking)$/.test(x),
          ) &&
          calm(d, f),
      ],
    ]),
    ...kind('ever', CON, 'mockery', [
      // abscon42: "'great at saving' said no one ever about you", "you on time, said no one ever"
      ['said no one|nobody ever', (d, f) => mentionsYou(d, f) && !faultBefore(d, f, 12) && calm(d, f)],
    ]),
    ...kind('pair', CON, 'mockery', [
      // abscon42: "you and your "five minutes"", "you and your precious schedule" (not "you and your
      // garden", "…your "quick coffee" lol 😂").
      [
        'you|u and your|ur precious|little|famous|so-called?',
        (d, f, e) =>
          sentenceOf(d, f).first === f &&
          // Scare quotes, or a sneer in a fragment ("you and your little ones are welcome" passes).
          // (One word in quotes is disdain.ts's: your "system".)
          (/^["\u201c'][^"\u201d']*\s/.test(d.text.slice((d.tokens[e - 1] as Token).end).trim()) ||
            (!/^(?:your|ur)$/.test(w(d, e - 1)) &&
              !after(d, e, 7, (x) => /^(?:are|is|were|was|have|can|will|would|should|do|ones?)$/.test(x)))) &&
          calm(d, f),
      ],
    ]),
    ...kind('title', CON, 'mockery', [
      // "I forgot your highness doesn't do dishes", "oh sorry your majesty"
      [
        'your|his|her majesty|highness|lordship|ladyship|royal_highness',
        (d, f, e) =>
          !/^[A-Z][a-z]/.test((d.tokens[e] as Token | undefined)?.raw ?? '') &&
          w(d, e) !== 'the' &&
          cold(d, f),
      ],
      // abscon42: "your main character energy is exhausting", "stop with the main character syndrome",
      // "'great at saving' said no one ever" (not "main character energy in that outfit, love it").
      ['main_character energy|syndrome', (d, f, e) => (w(d, e - 1) > 'm' || mentionsYou(d, f)) && calm(d, f)],
      // "the great chef has spoken"
      ['the great|almighty @ANY has spoken', cold],
      // "keep telling yourself you're the fun one" (not "…you can do it")
      [
        "keep|just_keep telling|reminding yourself|urself that? you're|you|your|ur|it's|its|he's|she's",
        (d, f, e) =>
          !after(d, e - 1, 9, (x) =>
            /^(?:can|enough|worth|worthy|loved|strong|capable|deserve|because|proud)$/.test(x),
          ) && cold(d, f),
      ],
    ]),
  ],
});
