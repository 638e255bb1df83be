/**
 * Blame by construction: "you caused my bad outcome" said without "you make me" or "because of
 * you". The shapes:
 * - an outcome that went wrong for the speaker or "us", linked to a clause whose subject is the
 *   other person: "we missed the train because you couldn't get out of bed";
 * - the counterfactual, read by its polarity (`BLAMING_COUNTERFACTUAL`, part of addressed.ts's family): "if you hadn't opened your mouth we'd be fine",
 *   "I wouldn't be in this mess if it weren't for you" (but "if you hadn't called I'd have missed
 *   it" is thanks);
 * - the other person as the agent of a loss: "you cost us the deposit", "look at the mess you've
 *   caused", "you had one job";
 * - bitter lines after the fact: "I hope you're happy now", "you left me no choice";
 * - the case built from history: "this is the third time this week".
 * Offers an I-statement that keeps what happened.
 */
import { isPastForm } from '../grammar';
import { isComplaint, valence } from '../lexicon';
import type { Doc, Token } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  clauseEnd,
  type Draft,
  isClauseEnd,
  isSentenceStart,
  type Match,
  praiseAfter,
  replaceTokens,
  sayInstead,
  sentenceOf,
  toSentenceEnd,
} from './rule';

const w = (doc: Doc, i: number): string => (doc.tokens[i] as Token | undefined)?.w ?? '';

/** Laughter, hearts, thanks, apology or comfort near the finding (see `near`): teasing or care, not blame. */
const SOFTENED =
  /\bno (?:big deal|problem|biggie)\b|\b(?:all good|it'?s (?:ok|okay|fine))\b|\bmiss(?:ed)? (?:you|u|ya)\b|\byou (?:should be|deserve|earned)\b|\blol\b|\blmao\b|\bhaha|\bhehe|\bthank|\bthx\b|\bty\b|\blove (?:you|u|ya)\b|\blifesaver\b|\bsorry\b|\bno worries\b|\bdon'?t worry\b|\bnot your fault\b|[\u2764\u{1F602}\u{1F923}\u{1F60D}\u{1F970}\u{1F618}\u{1F495}\u{1F496}\u{1F97A}\u{1F60A}\u{1F601}\u{1F606}]/iu;
/** The text near token `i`: from 200 characters before its sentence to 300 after (never the whole of a long message). */
function near(doc: Doc, i: number): string {
  const s = sentenceOf(doc, Math.min(i, doc.tokens.length - 1));
  return doc.text.slice(Math.max(0, s.start - 200), s.end + 300);
}
const softened = (doc: Doc, i: number): boolean => SOFTENED.test(near(doc, i));

/** What going wrong looks like as an outcome: "we missed the train", "I'm late", "the night was ruined". */
const OUTCOMES: ReadonlySet<string> = new Set(
  (
    'miss missed missing late lost lose losing ruined ruin wrecked cold broke failed fail flunked stuck ' +
    'cancel cancelled canceled kicked fired yelled screamed grounded disaster mess trouble wasted evicted ' +
    'banned dumped crying cried burnt burned soaked locked'
  ).split(' '),
);

/** The other person's own hardship after the link: "we left early because you were sick". */
const THEIR_HARDSHIP =
  /^(?:sick|ill|hospital|hurt|injured|emergency|needed|unwell|poorly|covid|flu|tired|exhausted|working|stuck)$/;

/** A word of outcome in tokens [from, to), not negated ("we didn't miss it"). */
function outcomeIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!OUTCOMES.has(w(doc, k))) continue;
    const p = w(doc, k - 1);
    if (k > from && /^(?:not|never|no|n't)$|n't$/.test(p)) continue;
    return true;
  }
  return false;
}

/** No praise (a word of some warmth: "helped", "saved") and no hardship of theirs in the clause after "you" (tokens [from, to]). */
function faultAct(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const x = w(doc, k);
    if (valence(x) >= 2 || THEIR_HARDSHIP.test(x)) return false;
  }
  return true;
}

/**
 * "we missed the train because you couldn't get out of bed", "because you took the car I'm late
 * again": an outcome gone wrong and, linked to it, an act of the other person's. Sets cap.you (the
 * token "you"), cap.ce (its clause's end), cap.lead (1: the link opens the sentence).
 */
function causalLink(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  const s = sentenceOf(doc, first);
  const you = hit.end - 1;
  if (doc.text.slice(s.start, s.end).includes('?')) return false;
  const ce = clauseEnd(doc, you);
  if (!faultAct(doc, you + 1, ce)) return false;
  const lead = isSentenceStart(doc, first);
  if (lead) {
    // The outcome after the cause: "because you took the car, I'm late again".
    if (ce + 1 >= s.last || !outcomeIn(doc, ce + 1, Math.min(s.last, ce + 12))) return false;
  } else {
    // "you should be banned because you…": the outcome is theirs, not the speaker's.
    const from = Math.max(s.first, first - 12);
    for (let k = from; k < first; k++)
      if (/^(?:you|you're|you've|you'll|you'd|yourself)$/.test(w(doc, k))) return false;
    if (!outcomeIn(doc, from, first)) return false;
  }
  // Last: the text around is read only for a link that holds (most "because you" are no blame).
  if (softened(doc, first)) return false;
  hit.cap.you = you;
  hit.cap.ce = ce;
  if (lead) hit.cap.lead = 1;
  return true;
}

/** "we missed the train because you …" → "we missed the train, and I'm upset about it". */
function causalSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const ce = m.cap.ce as number;
  const s = sentenceOf(doc, m.first);
  if (m.cap.lead === 1) {
    const rest = doc.text.slice((t[ce + 1] as Token).start, s.contentEnd).replace(/^[\s,;:–—-]+/, '');
    return [
      {
        start: (t[m.first] as Token).start,
        end: s.contentEnd,
        text: `${rest}, and I'm upset about it`,
      },
    ];
  }
  const before = t[m.first - 1] as Token;
  return [
    { start: before.end, end: (t[ce] as Token).end, text: ", and I'm upset about it" },
    { start: before.end, end: (t[ce] as Token).end, text: ". I'm upset about it, and I'd like us to talk" },
  ];
}

const MODAL =
  /^(?:would|wouldn't|could|couldn't|would've|could've|might've|we'd|i'd|it'd|things'd|none|shouldn't|should've)$/;

/** Words of things having gone fine: "we'd be fine", "I would have passed", "we'd still have it". */
function goodAt(doc: Doc, k: number, anyGood: boolean): boolean {
  const x = w(doc, k);
  if ((anyGood && valence(x) > 0) || /^(?:fine|ok|okay|alright|passed|won|home)$/.test(x)) return true;
  const n = w(doc, k + 1);
  return (
    (x === 'still' && /^(?:have|had|got|be)$/.test(n)) || (x === 'there' && /^(?:by|already|on)$/.test(n))
  );
}

/**
 * A counterfactual whose other half blames: the condition is about the other person ("if you
 * hadn't …", "if it weren't for you"), and what would have been is either fine ("we'd be fine",
 * "I would have passed") or spared something bad ("I wouldn't be in this mess", "none of this
 * would have happened"). Thanks ("if you hadn't called I'd have missed it") and offers ("if you'd
 * like to come we'd love to") pass.
 */
function blamingCounterfactual(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  if (softened(doc, first)) return false;
  // "if you'd like to come": "'d" with a verb's base is an offer, not the past.
  const after = w(doc, hit.end);
  const v =
    w(doc, hit.end - 1) === "you'd"
      ? /^(?:just|only|ever|actually)$/.test(after)
        ? w(doc, hit.end + 1)
        : after
      : '';
  if (v && !isPastForm(v) && !/(?:ed|en|wn|ne)$/.test(v)) return false;
  // The other half: after the condition's clause, or before "if".
  let from = -1;
  for (let k = hit.end; k < s.last && k < hit.end + 14; k++)
    if (MODAL.test(w(doc, k))) {
      from = k;
      break;
    }
  let to = from < 0 ? -1 : Math.min(s.last, from + 8);
  if (from < 0) {
    for (let k = first - 1; k >= s.first && k >= first - 10; k--) if (MODAL.test(w(doc, k))) from = k;
    to = first;
  }
  if (from < 0) return false;
  // "if you hadn't…, we'd have had a great night" blames; "if you'd been there we would have had
  // so much fun" only misses them: after a condition they met, only "fine" and the like blame.
  let unmet = false;
  for (let k = first + 1; k < first + 4 && k < s.last; k++)
    if (/n't$|^(?:never|not)$/.test(w(doc, k))) unmet = true;
  let negated = false;
  let bad = false;
  let good = false;
  for (let k = from; k < to; k++) {
    const x = w(doc, k);
    if (/n't$|^(?:never|not|none|no|nothing)$/.test(x)) negated = true;
    if (isComplaint(x) || OUTCOMES.has(x) || x === 'idiot' || (x === 'here' && w(doc, k + 1) === 'now'))
      bad = true;
    // "none of this would have happened": the whole of it, spared.
    if (/^happen(?:ed)?$/.test(x) && negated) bad = true;
    if (goodAt(doc, k, unmet)) good = true;
  }
  return negated ? bad : good && !bad;
}

/**
 * The counterfactual read by its polarity, for the family of addressed constructions (whose
 * "if you hadn't…, we wouldn't…" it extends): the pattern starts at "if"; its other half may come
 * before it ("I wouldn't be in this mess if it weren't for you").
 */
export const BLAMING_COUNTERFACTUAL: readonly PhraseRule[] = [
  "if you had|hadn't|didn't|never|just|were|weren't|wasn't|would've",
  "if you'd",
  "if it_was|it_were|it's|it weren't|wasn't|not for you",
].map((pattern) => ({
  pattern,
  rule: 'counterfactual',
  severity: 2 as const,
  min: 'balanced' as const,
  why: 'fault' as const,
  category: 'blame' as const,
  guard: blamingCounterfactual,
  suggest: (doc: Doc, m: Match): Draft[] => [
    toSentenceEnd(
      doc,
      m.first,
      "I'm really upset about how this turned out, and I'd like us to talk about it.",
    ),
  ],
}));

/** "you cost us the deposit" → "I'm upset that we lost the deposit". */
function lossSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const obj = m.cap.obj as number;
  const ce = clauseEnd(doc, obj);
  const o = w(doc, obj);
  const who = o === 'me' || o === 'my' ? 'I' : 'we';
  const from = o === 'me' || o === 'us' ? obj + 1 : obj;
  if (from > ce) return [toSentenceEnd(doc, m.first, "I'm upset about how this turned out.")];
  const what = doc.text.slice((t[from] as Token).start, (t[ce] as Token).end);
  return [replaceTokens(doc, m.first, ce + 1, `I'm upset that ${who} lost ${what}`)];
}

/** "(are) (you) happy now": the first token of the question, its subject included. */
function youBefore(doc: Doc, first: number): number {
  if (w(doc, first - 1) !== 'you' && w(doc, first - 1) !== 'are') return first;
  return w(doc, first - 1) === 'you' && w(doc, first - 2) === 'are' ? first - 2 : first - 1;
}

/** A warm word in the twenty words after the clause at `end` ("look at what you've done to the garden, it's gorgeous"). */
function warmNext(doc: Doc, end: number): boolean {
  // After the clause: its own object ("a fortune") is not praise.
  const from = end < doc.tokens.length ? clauseEnd(doc, end) + 1 : end;
  for (let k = from; k < doc.tokens.length && k < from + 20; k++) if (valence(w(doc, k)) > 0) return true;
  return /\b(?:gorgeous|stunning|beautiful|wow)\b/i.test(near(doc, end - 1));
}

/** No praise after it and no laughter or hearts in the message. */
const notPraised = (doc: Doc, end: number): boolean =>
  !praiseAfter(doc, end) && !softened(doc, end - 1) && !warmNext(doc, end);

export const caused = phraseFamily({
  id: 'blame',
  category: 'blame',
  phrases: [
    {
      pattern: "because|cause|since you|you've|you're|you'd|you'll",
      rule: 'caused',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: causalLink,
      span: (_doc, first, hit) => [first, (hit.cap.ce as number) + 1],
      suggest: causalSuggest,
    },
    {
      pattern: "you|you've|you_have|you're|you_are cost|costing|lost|lose|losing me|us|my|our:obj",
      rule: 'cost-us',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      // "you cost us the deposit", "you lost us the house": a loss with what was lost ("you lost
      // me at step two", "you cost less" are not).
      guard: (doc, _first, hit) => {
        const o = w(doc, hit.cap.obj as number);
        const next = o === 'me' || o === 'us' ? w(doc, hit.end) : o;
        if (
          !/^(?:the|a|an|my|our|your|that|this|two|three|all|everything|so|half|hundreds|thousands)$/.test(
            next,
          )
        )
          return false;
        for (let k = hit.end; k < hit.end + 6; k++)
          if (/^(?:less|cheaper|nothing|little|bargain|lot)$/.test(w(doc, k))) return false;
        return notPraised(doc, hit.end);
      },
      suggest: lossSuggest,
    },
    {
      pattern:
        "you|you've|you_have blew|blown my|our|the:obj only|one|last|big? chance|shot|opportunity|chances",
      rule: 'cost-us',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, _first, hit) => notPraised(doc, hit.end),
      suggest: lossSuggest,
    },
    {
      pattern:
        "look_at|see the|this|that @INT? mess|damage|chaos you|you've|you_have made|caused|created|did|done",
      rule: 'the-mess',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, _first, hit) => notPraised(doc, hit.end),
      suggest: sayInstead("I'm upset about this mess, and I'd like us to sort it out."),
    },
    {
      pattern: "look_at|see what you|you've|you_have did|done",
      rule: 'the-mess',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, _first, hit) => notPraised(doc, hit.end),
      suggest: sayInstead("I'm upset about what happened."),
    },
    {
      pattern: 'you had one|1 job',
      rule: 'one-job',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, _first, hit) =>
        notPraised(doc, hit.end) && !/\band you did\b/i.test(near(doc, hit.end - 1)),
      suggest: sayInstead("I was counting on you for this, and I'm disappointed."),
    },
    {
      pattern: "hope you're|you_are happy|satisfied|pleased",
      rule: 'happy-now',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, _first, hit) => {
        const x = w(doc, hit.end);
        // "I hope you're happy now that you've moved" wishes them well.
        const bitter =
          (x === 'now' && w(doc, hit.end + 1) !== 'that') ||
          (w(doc, hit.end - 1) !== 'happy' && isClauseEnd(doc, hit.end - 1));
        return bitter && notPraised(doc, hit.end);
      },
      suggest: sayInstead("I'm really hurt by how this went."),
    },
    {
      pattern: 'happy now',
      rule: 'happy-now',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        // "happy now?" on its own: a question, the whole sentence; "happy now? i finally fixed it" is teasing.
        const y = youBefore(doc, first);
        if (!isSentenceStart(doc, y) || hit.end !== s.last) return false;
        if (!doc.text.slice(s.start, s.end).includes('?')) return false;
        const rest = doc.text.slice(s.end, s.end + 40);
        return !/^\s*(?:i|i've|ive)\s+(?:finally|just)\b/i.test(rest) && notPraised(doc, hit.end);
      },
      span: (doc, first, hit) => [youBefore(doc, first), hit.end],
      suggest: sayInstead("I'm not okay with how this went."),
    },
    {
      pattern:
        "you|you've|you_have left|leave|gave|give|given me|us no|little choice|option|alternative|other_choice|other_option",
      rule: 'no-choice',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, _first, hit) => notPraised(doc, hit.end),
      suggest: sayInstead('I felt like I had no other choice.'),
    },
    {
      pattern: 'are you proud of yourself|urself|yourselves',
      rule: 'proud-of-yourself',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, _first, hit) => notPraised(doc, hit.end),
      suggest: sayInstead("I'm really upset about what happened."),
    },
    {
      pattern:
        "this_is|that's|this's|it's the second|third|fourth|fifth|sixth|tenth|twentieth|hundredth|millionth|nth time",
      rule: 'nth-time',
      severity: 2,
      min: 'balanced',
      why: 'history',
      category: 'absolutes',
      guard: (doc, _first, hit) => {
        // "… this week", "… today", "… in a row", and then nothing: the count is the point.
        let k = hit.end;
        if (/^(?:this|today|in|now|already)$/.test(w(doc, k)))
          k += w(doc, k) === 'today' || w(doc, k) === 'now' ? 1 : 2;
        if (w(doc, k) === 'already' || w(doc, k) === 'now') k++;
        return isClauseEnd(doc, k - 1) && notPraised(doc, k);
      },
      suggest: sayInstead("This keeps happening, and it's wearing on me."),
    },
    {
      pattern: "you've|you_have been like_this|this_way since|for|forever|ever",
      rule: 'since-we-met',
      severity: 2,
      min: 'balanced',
      why: 'history',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        for (let k = first; k < s.last; k++) if (valence(w(doc, k)) > 0) return false;
        return notPraised(doc, hit.end);
      },
      suggest: sayInstead("This has been hard for me for a long time, and I'd like us to talk about it."),
    },
  ],
});
