/**
 * Contempt: labels for the person instead of the act ("you're so selfish", "you idiot"),
 * and name-calling about anyone ("what a moron"). Offers the feeling behind the label.
 */
import { COMMON_WORDS, INSULT_ADJECTIVES, STRONG_INSULT_ADJECTIVES, STRONG_INSULT_NOUNS } from '../lexicon';
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  clauseEnd,
  type Draft,
  isClauseEnd,
  type Match,
  negatedBefore,
  polarity,
  removeTokens,
  replaceTokens,
  sentenceOf,
  toSentenceEnd,
} from './rule';

/** The feeling that usually hides behind a label. */
const FEELING_FOR: Readonly<Record<string, string>> = {
  annoying: 'annoyed',
  selfish: 'overlooked',
  inconsiderate: 'overlooked',
  insensitive: 'overlooked',
  ungrateful: 'unappreciated',
  lazy: 'let down',
  useless: 'let down',
  irresponsible: 'let down',
  unreliable: 'let down',
  pathetic: 'disappointed',
  loser: 'disappointed',
  losers: 'disappointed',
  failure: 'disappointed',
  joke: 'disappointed',
  disgrace: 'disappointed',
  embarrassment: 'embarrassed',
  waste: 'disappointed',
  terrible: 'hurt',
  awful: 'hurt',
  horrible: 'hurt',
  worst: 'hurt',
  toxic: 'hurt',
  manipulative: 'hurt',
  hateful: 'hurt',
  evil: 'hurt',
  mean: 'hurt',
  cruel: 'hurt',
  heartless: 'hurt',
  needy: 'overwhelmed',
  clingy: 'overwhelmed',
  disgusting: 'upset',
  gross: 'upset',
  nasty: 'upset',
  vile: 'upset',
  creepy: 'uncomfortable',
  creep: 'uncomfortable',
  psycho: 'worried',
  crazy: 'worried',
  insane: 'worried',
  delusional: 'worried',
  arrogant: 'dismissed',
  obnoxious: 'frustrated',
};

function feelingFor(w: string): string {
  return FEELING_FOR[w] ?? 'frustrated';
}

function labelSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const w = (t[m.cap.w as number] as Token).w;
  const ce = clauseEnd(doc, m.last - 1);
  const s = sentenceOf(doc, m.first);
  const whole = ce === s.last - 1;
  if (w === 'liar' || w === 'liars') {
    return [
      whole
        ? toSentenceEnd(doc, m.first, "I'm finding it hard to trust what you said.")
        : replaceTokens(doc, m.first, ce + 1, "I'm finding it hard to trust what you said"),
      replaceTokens(doc, m.first, ce + 1, 'When you [what happened], it was hard for me to trust you'),
    ];
  }
  if (w === 'hypocrite' || w === 'hypocrites' || w === 'hypocritical') {
    return [
      replaceTokens(doc, m.first, ce + 1, 'It feels unfair to me'),
      replaceTokens(doc, m.first, ce + 1, 'It feels unfair to me when you [what happened]'),
    ];
  }
  const f = feelingFor(w);
  return [
    replaceTokens(doc, m.first, ce + 1, `I'm feeling really ${f} right now`),
    replaceTokens(doc, m.first, ce + 1, `I feel ${f} when you [what happened]`),
  ];
}

/** Labels with warm company ("you're crazy good at this", "you're such a baby, I love you") pass. */
function labelGuard(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  if (negatedBefore(doc, first, 4)) return false;
  const s = sentenceOf(doc, first);
  const p = polarity(doc, hit.end, s.last);
  if (p.pos > 1 && p.pos > p.neg) return false;
  const next = doc.tokens[hit.end];
  if (
    next &&
    hit.end < s.last &&
    /^(good|great|talented|cute|smart|funny|sweet|lucky|beautiful|amazing|brave|strong)$/.test(next.w)
  )
    return false;
  return true;
}

const VOCATIVE_END = (doc: Doc, _first: number, hit: { end: number }) => isClauseEnd(doc, hit.end - 1);

/** Milder words for third-person name-calling, keeping the grammar. */
const MILD_NOUN: Record<string, string> = {};
for (const w of STRONG_INSULT_NOUNS)
  MILD_NOUN[w] = w.endsWith('s') || w === 'scum' || w === 'filth' ? 'people' : 'person';
Object.assign(MILD_NOUN, { stupidity: 'thinking', idiocy: 'thinking', garbage: 'nonsense', filth: 'people' });
const MILD_ADJ: Readonly<Record<string, string>> = {
  stupid: 'misguided',
  dumb: 'misguided',
  idiotic: 'misguided',
  moronic: 'misguided',
  brainless: 'misguided',
  braindead: 'misguided',
  pathetic: 'disappointing',
  despicable: 'upsetting',
  disgusting: 'upsetting',
  ignorant: 'uninformed',
  retarded: 'misguided',
  stupidest: 'most misguided',
  dumbest: 'most misguided',
  dumber: 'more misguided',
  stupider: 'more misguided',
  asinine: 'misguided',
  foolish: 'unwise',
  ridiculous: 'hard to believe',
  arrogant: 'overconfident',
  loathsome: 'upsetting',
  repugnant: 'upsetting',
  vile: 'upsetting',
  scummy: 'unfair',
  whiny: 'upset',
  spineless: 'timid',
  gutless: 'timid',
};

const SELF_OR_REPORT: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  'me',
  'myself',
  "i've",
  "i'd",
  "i'll",
  'feel',
  'felt',
  'feeling',
  'feels',
  'call',
  'called',
  'calls',
  'calling',
  'named',
]);

/** Function words that show a sentence is English, beyond the common-word list. */
const ENGLISH_HINTS: ReadonlySet<string> = new Set(
  "another lets let's those these he's she's they're their theirs its such any some most many".split(' '),
);

/** Determiners that point the label at someone else: "this idiot driver", "those idiots", "said idiot". */
const POINTING: ReadonlySet<string> = new Set(['this', 'these', 'those', 'another', 'said', 'his', 'their']);

/** Is there a negation among the `span` words before token `i`, within its clause? */
function negatedInClause(doc: Doc, i: number, span: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, i);
  for (let k = i - 1; k >= s.first && k >= i - span; k--) {
    if (isClauseEnd(doc, k)) return false;
    if (negatedBefore(doc, k + 1, 1)) {
      // "not to mention idiots" is no negation, nor is "don't be dumb" (a put-down itself).
      const next = t[k + 1] as Token | undefined;
      return !(((t[k] as Token).w === 'not' && next?.w === 'to') || next?.w === 'be');
    }
  }
  return false;
}

/** Third-person scorn: not about oneself, not reported speech, not negated, and in English. */
function scornGuard(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const pointed = first > s.first && POINTING.has((t[first - 1] as Token).w);
  if (!pointed) {
    for (let k = first - 1; k >= s.first && k >= first - 4; k--) {
      if (SELF_OR_REPORT.has((t[k] as Token).w)) return false;
    }
  }
  if (negatedInClause(doc, first, 3)) return false;
  let english = 0;
  for (let k = Math.max(s.first, first - 12); k < s.last && k < first + 12; k++)
    if (k !== first && (COMMON_WORDS.has((t[k] as Token).w) || ENGLISH_HINTS.has((t[k] as Token).w)))
      english++;
  return english > 0 || s.last - s.first <= 2;
}

function scornSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const tok = t[m.first] as Token;
  const prev = m.first > sentenceOf(doc, m.first).first ? (t[m.first - 1] as Token) : undefined;
  const noun = MILD_NOUN[tok.w];
  if (noun) {
    const before = m.first >= 2 ? (t[m.first - 2] as Token).w : '';
    if (
      noun === 'person' &&
      prev &&
      (prev.w === 'a' || prev.w === 'an') &&
      /^(is|are|was|were|be|being|he's|she's|that's|you're|he|she)$/.test(before)
    )
      return [replaceTokens(doc, m.first - 1, m.last, 'wrong')];
    if (prev && (prev.w === 'a' || prev.w === 'an'))
      return [replaceTokens(doc, m.first - 1, m.last, `a ${noun}`)];
    return [replaceTokens(doc, m.first, m.last, noun)];
  }
  const adj = MILD_ADJ[tok.w] ?? 'misguided';
  if (prev && (prev.w === 'a' || prev.w === 'an'))
    return [replaceTokens(doc, m.first - 1, m.last, `${/^[aeiou]/.test(adj) ? 'an' : 'a'} ${adj}`)];
  return [replaceTokens(doc, m.first, m.last, adj)];
}

const YOURE = "you're|you_are|ur|youre|you_r|u_r|your";

export const insults = phraseFamily({
  id: 'contempt',
  category: 'contempt',
  phrases: [
    {
      pattern: `${YOURE} @INT* a|an|the|one? @INT* @IADJ:w @ANY?`,
      rule: 'label',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first, hit) => {
        // "your" only as the common misspelling of "you're": "your so stupid".
        if (
          (doc.tokens[first] as Token).w === 'your' &&
          (doc.tokens[first + 1] as Token | undefined)?.w !== 'so'
        )
          return false;
        // The optional trailing noun must not be warm or a new clause ("you're stupid and …").
        const last = doc.tokens[hit.end - 1] as Token;
        if (
          hit.end - 1 !== hit.cap.w &&
          INSULT_ADJECTIVES.has(last.w) === false &&
          (COMMON_WORDS.has(last.w) || polarity(doc, hit.end - 1, hit.end).pos > 0)
        )
          hit.end--;
        return labelGuard(doc, first, hit);
      },
      suggest: labelSuggest,
    },
    {
      pattern: `${YOURE} @INT* a|an|the|one|such_a|such_an @INT* @IADJ? @INOUN:w`,
      rule: 'label',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first, hit) => {
        const w = (doc.tokens[hit.cap.w as number] as Token).w;
        if ((w === 'baby' || w === 'child' || w === 'joke' || w === 'mess') && hit.cap.w === hit.end - 1) {
          // "you're my baby" never reaches here; "you're such a baby" is scorn, "you're a child of God" is not.
          if (!isClauseEnd(doc, hit.end - 1)) return false;
        }
        if ((doc.tokens[first] as Token).w === 'your') return false;
        return labelGuard(doc, first, hit);
      },
      suggest: labelSuggest,
    },
    {
      pattern: 'you|u @INT* @IADJ* @INOUN:w',
      rule: 'name-calling',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first, hit) =>
        VOCATIVE_END(doc, first, hit) &&
        labelGuard(doc, first, hit) &&
        (doc.tokens[hit.cap.w as number] as Token).w !== 'baby',
      suggest: (doc, m) => [
        removeTokens(
          doc,
          m.first,
          m.last,
          `Leave out “${doc.text.slice((doc.tokens[m.first] as Token).start, (doc.tokens[m.last - 1] as Token).end)}”`,
        ),
      ],
    },
    {
      pattern: "what's|what_is|whats|wats wrong with you|u",
      rule: 'whats-wrong',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      suggest: (doc, m) => [
        toSentenceEnd(doc, m.first, 'Are you okay? That really surprised me.'),
        toSentenceEnd(doc, m.first, "I'm confused by what just happened. Can we talk about it?"),
      ],
    },
    {
      pattern: 'who even? raised you',
      rule: 'raised',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, 'I was really hurt by that.')],
    },
    {
      pattern: 'get a life',
      rule: 'get-a-life',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I'd like some space right now.")],
    },
    {
      pattern: 'i hate|despise you|u',
      rule: 'hate-you',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const p = polarity(doc, hit.end, s.last);
        return (
          !(p.pos > 1) &&
          (hit.end >= s.last || isClauseEnd(doc, hit.end - 1) || (doc.tokens[hit.end] as Token).w === 'so')
        );
      },
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I'm really hurt and angry right now.")],
    },
    {
      pattern: 'you|u disgust|sicken|repulse me',
      rule: 'hate-you',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I'm really upset about what happened.")],
    },
    {
      pattern: 'screw|damn|f you|u|yourself',
      rule: 'curse-at',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      pause: true,
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && polarity(doc, first, hit.end).pos === 0,
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I'm really angry right now and need a moment.")],
    },
    {
      pattern: 'go to hell',
      rule: 'curse-at',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      pause: true,
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I'm really angry right now and need a moment.")],
    },
    {
      pattern: 'drop dead',
      rule: 'curse-at',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      pause: true,
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I'm really angry right now and need a moment.")],
    },
    {
      pattern: 'nobody|no_one|noone likes|loves|cares_about you',
      rule: 'nobody-likes-you',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I'm really upset with you right now.")],
    },
    {
      pattern: 'are|r you|u stupid|dumb|deaf|blind|insane|crazy|mental|thick|retarded|an_idiot|a_moron|high',
      rule: 'are-you-stupid',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "Did I miss something? I'm confused.")],
    },
    {
      pattern: "you're|you_are|ur nothing|worthless|dead_to_me",
      rule: 'label',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && !negatedBefore(doc, first),
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I'm deeply hurt right now.")],
    },
    ...[...STRONG_INSULT_NOUNS].map((w) => ({
      pattern: w,
      rule: 'scorn',
      severity: 1 as const,
      min: 'balanced' as const,
      why: 'scornThirdPerson' as const,
      guard: (doc: Doc, first: number) => scornGuard(doc, first),
      suggest: scornSuggest,
    })),
    ...[...STRONG_INSULT_ADJECTIVES].map((w) => ({
      pattern: w,
      rule: 'scorn',
      severity: 1 as const,
      min: 'balanced' as const,
      why: 'scornThirdPerson' as const,
      guard: (doc: Doc, first: number) => scornGuard(doc, first),
      suggest: scornSuggest,
    })),
  ],
});
