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
import {
  BECAUSE_SLOT,
  FAUX_FEELINGS,
  INTENSIFIERS,
  isComplaint,
  NEGATIVE_FEELINGS,
  TRAIT_ADJECTIVES,
  valence,
} from '../lexicon';
import type { Doc, Token } from '../text';
import { COSTLY, LOSS } from './consequence';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  answerAfter,
  clauseEnd,
  type Draft,
  isClauseEnd,
  isHedgeWord,
  isImperative,
  isSentenceStart,
  type Match,
  negatedBefore,
  praiseAfter,
  removeTokens,
  replaceTokens,
  sayInstead,
  sentenceOf,
  textOf,
  toSentenceEnd,
  tokenWord as w,
} from './rule';

/** What may follow "hope you're proud of yourself" and leave it the last word: time, stance, a sigh. */
const AFTER_PRIDE: ReadonlySet<string> = new Set(
  'now right rn again today tonight lol lmao smh honestly tbh then huh'.split(' '),
);

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
export const OUTCOMES: ReadonlySet<string> = new Set(
  (
    'miss missed missing late lost lose losing ruined ruin wrecked cold broke failed fail flunked stuck ' +
    'cancel cancelled canceled kicked fired yelled screamed grounded disaster mess trouble wasted evicted ' +
    'banned dumped crying cried burnt burned soaked locked ' +
    // work and public life: "the release slipped", "we got fined", "my kid is in tears".
    'slipped delayed crashed reverted suspended fined docked penalised penalized overdue stranded embarrassed humiliated ' +
    // "thanks to you I get to redo it", "the comments got shut off", "I got chewed out".
    'redo shut chewed'
  ).split(' '),
);

/** The other person's own hardship after the link: "we left early because you were sick". */
const THEIR_HARDSHIP =
  /^(?:sick|ill|hospital|hurt|injured|emergency|needed|unwell|poorly|covid|flu|tired|exhausted|working|stuck)$/;

/** A word of outcome in tokens [from, to), not negated ("we didn't miss it"). */
function outcomeIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    // "shut up" is an order, not a thing shut down.
    if ((!OUTCOMES.has(w(doc, k)) && !LOSS.has(w(doc, k))) || w(doc, k) + w(doc, k + 1) === 'shutup')
      continue;
    const p = w(doc, k - 1);
    // "we didn't miss it", "I don't have to redo it".
    if (k > from && /^(?:not|never|no|n't)$|n't$/.test(p === 'to' ? w(doc, k - 3) : p)) continue;
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

/** A negation ("didn't", "never", "no one"): polarity, not a word list. */
const NOT =
  /n't$|^(?:not|never|no|nobody|noone|nothing|(?:did|do|does|ca|wo|would|could|is|was|are|were|has|have)nt)$/;

/**
 * The outcome read by its polarity (round cross29), for what no outcome word names: "the insurance
 * won't pay out", "everything went wrong". 1: a negation or a sour word; -1: warm; 0: neither. A
 * negated sour word ("I wasn't worried") is no trouble; a feeling of care about them no outcome.
 */
function outcomePolarity(doc: Doc, from: number, to: number): number {
  let bad = 0;
  let good = 0;
  for (let k = from; k < to; k++) {
    const x = w(doc, k);
    if (/^(?:worried|worry|concerned|scared|afraid|sorry|sad|miss)$/.test(x)) return -1;
    const v = valence(x);
    if (v > 0) good += NOT.test(w(doc, k - 1)) ? 0 : v;
    else if (NOT.test(x))
      bad +=
        valence(w(doc, k + 1)) < -1 ||
        valence(w(doc, k + 2)) < -1 ||
        /^(?:mind|hesitate|doubt|need)$/.test(w(doc, k + 1))
          ? -1
          : 1;
    else if (isComplaint(x) && !NOT.test(w(doc, k - 1))) bad += 1;
  }
  return good > 0 ? -1 : bad > 0 ? 1 : 0;
}

/**
 * The cause as a fault by its shape: 2 for a sour act ("you lied", "u were late", "you sulked"),
 * 1 for a duty left undone ("you didn't listen", "you never cleaned", "you couldn't keep quiet") or
 * an act done again, 0 else. A seeming or feeling of theirs ("you seemed down") is no act.
 */
function causeFault(doc: Doc, you: number, ce: number): number {
  let k = you + 1;
  if (/^(?:just|really|even|still|always)$/.test(w(doc, k))) k++;
  if (
    /^(?:seem|seemed|seems|look|looked|sound|sounded|feel|felt|were|was|are|got)$/.test(w(doc, k)) &&
    THEIR_HARDSHIP.test(w(doc, k + 1))
  )
    return 0;
  // A seeming, a wish or a need of theirs is no act: "you seemed down", "you wanted to be alone".
  if (/^(?:seem|seemed|seems|looked|sounded|felt|want|wanted|wants|needed|asked|had)$/.test(w(doc, k)))
    return 0;
  // "you never complained": a fault denied is praise.
  const not = NOT.test(w(doc, k));
  let score = not && !isComplaint(w(doc, k + 1)) && !isComplaint(w(doc, k + 2)) ? 1 : 0;
  for (let j = you + 1; j <= ce; j++) {
    const x = w(doc, j);
    // A manner of theirs ("you're being paranoid", "overreacting") is the feeling rules' to word.
    if (TRAIT_ADJECTIVES.has(x) || NEGATIVE_FEELINGS.has(x) || FAUX_FEELINGS.has(x) || x.startsWith('overr'))
      return 0;
    if (isComplaint(x) && !not) return 2;
    if (x === 'again') score = Math.max(score, 1);
  }
  return score;
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
  // Or by polarity: an outcome gone wrong, and a sour act or a duty undone.
  const polar = (from: number, to: number) => {
    // A chat line, not "since", not a counsellor's guess ("that must be hard because you…").
    if (
      negatedBefore(doc, first, 2) ||
      w(doc, first) === 'since' ||
      s.last - s.first > 20 ||
      /\b(?:must|has to|might|may|sounds?|seems?|imagine|probably|likely)\b/i.test(
        doc.text.slice(s.start, s.end),
      )
    )
      return false;
    const o = outcomePolarity(doc, from, to);
    return o > 0 && causeFault(doc, you, ce) > 0;
  };
  if (lead) {
    // The outcome after the cause: "because you took the car, I'm late again".
    const to = Math.min(s.last, ce + 12);
    if (ce + 1 >= s.last || !(outcomeIn(doc, ce + 1, to) || polar(ce + 1, to))) return false;
  } else {
    // "you should be banned because you…": the outcome is theirs, not the speaker's.
    const from = Math.max(s.first, first - 12);
    for (let k = from; k < first; k++)
      if (/^(?:you|you're|you've|you'll|you'd|yourself)$/.test(w(doc, k))) return false;
    if (!(outcomeIn(doc, from, first) || polar(from, first))) return false;
  }
  // Last: the text around is read only for a link that holds (most "because you" are no blame).
  if (softened(doc, first)) return false;
  hit.cap.you = you;
  hit.cap.ce = ce;
  if (lead) hit.cap.lead = 1;
  return true;
}

/** Words that join a cause to what happened: "… and frankly it's because you…". */
const JOINT = /^(?:and|it's|its|that's|thats|is|was|it|that|frankly|honestly|just|all|only|probably|mostly)$/;

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
  // "… and frankly it's because you…": the joint goes with the cause.
  let b = m.first;
  while (b > s.first + 1 && JOINT.test(w(doc, b - 1))) b--;
  const before = t[b - 1] as Token;
  // "if she left just because you showed up late, then…": a case put, not a charge; the time
  // stays ("if she left after you showed up late"), never "she left, and I'm upset about it, then".
  if (
    /^(?:if|when)$/.test(w(doc, s.first)) &&
    w(doc, m.first) === 'because' &&
    b === m.first - (w(doc, m.first - 1) === 'just' ? 1 : 0) &&
    !/^(?:be|is|was|it's|its|that's)$/.test(w(doc, b - 1)) &&
    ce + 1 < s.last &&
    /^\s*,/.test(doc.text.slice((t[ce] as Token).end))
  )
    return [{ start: (t[b] as Token).start, end: (t[m.first] as Token).end, text: 'after' }];
  // "the only reason this release slipped is because you…" → "this release slipped, and I'm upset about it".
  for (let r = s.first; r < b - 1; r++) {
    if (w(doc, r) !== 'reason') continue;
    let a = r > s.first && /^(?:only|main|real|whole|one)$/.test(w(doc, r - 1)) ? r - 1 : r;
    if (a > s.first && w(doc, a - 1) === 'the') a--;
    const what = doc.text.slice((t[r + 1] as Token).start, before.end);
    return [
      { start: (t[a] as Token).start, end: (t[ce] as Token).end, text: `${what}, and I'm upset about it` },
    ];
  }
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
  // Last: the text around is read only for a counterfactual that blames ("if you…" is common).
  return (negated ? bad : good && !bad) && !softened(doc, first);
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

/** crossc37: a place praised as it used to be, nothing after it ("…, it used to be good"), not "…a mess and now…". */
export const USED_TO_BE =
  /\bused to be (?:so |really |a |actually )?(?:good|great|fun|nice|decent|chill|better|the best|amazing|awesome|cool|friendly|active)\b(?![^.!?]*\b(?:now|but|and)\b)/i;

/** No praise after it and no laughter or hearts in the message. */
const notPraised = (doc: Doc, end: number): boolean =>
  !praiseAfter(doc, end) && !softened(doc, end - 1) && !warmNext(doc, end);

// -- Round h24: the other person as the cause of a state of mine, their mess, blame asked or
// turned back, guilt-tripping --------------------------------------------------------------------

/** The state a verb of wearing-down leaves the speaker in: "stressing me out" → "stressed". */
const STATE_OF: Readonly<Record<string, string>> = {
  stress: 'stressed',
  exhaust: 'exhausted',
  drain: 'drained',
  wear: 'worn out',
  wore: 'worn out',
  worn: 'worn out',
  tire: 'worn out',
  overwhelm: 'overwhelmed',
  suffocate: 'suffocated',
  smother: 'smothered',
  upset: 'upset',
  freak: 'anxious',
  stressin: 'stressed',
};
const stateOf = (x: string): string =>
  STATE_OF[x] ??
  STATE_OF[x.replace(/(?:ing|ed|es|s)$/, '')] ??
  STATE_OF[x.replace(/(?:ing|ed)$/, 'e')] ??
  'stressed';

/** Care for the other person or the speaker near token `i`: "are you ok", "get some rest", "don't blame yourself". */
const CARE_NEAR =
  /\b(?:are (?:you|u) (?:ok|okay|alright)|get some (?:rest|sleep)|go to bed|take care|don'?t blame yourself|it happens|hug|hugs|i'?m here|here for you|proud of (?:you|u))\b/i;
/** Thanks that are the bitter line itself: "this is the thanks I get", "how you thank me". */
const BITTER_THANKS = /\bthe thanks (?:i|we)(?: \w+)? get\b|\b(?:how|way) (?:you|u) thank (?:me|us)\b/gi;
/** Laughter: in a guilt trip or a turned-back blame it sharpens the line rather than softens it. */
const LAUGH = /\b(?:lol|lmao|lmfao|haha\w*|hehe\w*)\b|[\u{1F602}\u{1F923}]/giu;
function cared(doc: Doc, i: number, laughSoftens = true): boolean {
  let text = near(doc, i).replace(BITTER_THANKS, ' ');
  if (!laughSoftens) text = text.replace(LAUGH, ' ');
  return SOFTENED.test(text) || CARE_NEAR.test(text);
}

/** Words that read as praise in AFINN but are plain here: "clean it up", "think straight", "calm", "fine". */
const PLAIN: ReadonlySet<string> = new Set(
  'clean cleaning straight calm fine help helping thanks thank like sure please relax'.split(' '),
);

/** The rest of the sentence and the next one (`answerAfter`) score as praise, the plain words aside. */
function warmAfter(doc: Doc, end: number): boolean {
  let pos = 0;
  let neg = 0;
  for (const x of answerAfter(doc, end)
    .toLowerCase()
    .split(/[^a-z']+/)) {
    if (PLAIN.has(x)) continue;
    const v = valence(x);
    if (v > 0) pos += v;
    else if (v < 0) neg -= v;
  }
  return pos > 0 && pos > neg;
}

/** No laughter, hearts, thanks, care or praise about the finding ending at token `end`. */
const bitterAt = (doc: Doc, end: number): boolean => !cared(doc, end - 1) && !warmAfter(doc, end);
/** The same, laughter not counted as softening ("after everything I've done for you lol"). */
const hardAt = (doc: Doc, end: number): boolean => !cared(doc, end - 1, false) && !warmAfter(doc, end);

/** The tense of "you're stressing me" / "you've been…" / "you stressed…" as the speaker's "I …". */
function iFeel(doc: Doc, first: number, verb: number): string {
  const a = w(doc, first);
  const b = w(doc, first + 1);
  if (/^(?:you've|youve)$/.test(a) || (a === 'you' && b === 'have')) return "I've been feeling really";
  if (a === 'you' && b === 'were') return 'I was feeling really';
  if (/^(?:you're|youre|ur)$/.test(a) || (a === 'you' && b === 'are')) return "I'm feeling really";
  return isPastForm(w(doc, verb)) || /ed$/.test(w(doc, verb)) ? 'I felt really' : 'I feel really';
}

/** After "me": an optional "out" and an optional "so bad / so much / a lot": the end of what goes. */
function stateEnd(doc: Doc, end: number): number {
  let k = end;
  if (w(doc, k) === 'out') k++;
  if (/^(?:so|soo|sooo)$/.test(w(doc, k)) && /^(?:bad|badly|much)$/.test(w(doc, k + 1))) k += 2;
  else if (w(doc, k) === 'a' && w(doc, k + 1) === 'lot') k += 2;
  return k;
}

/** "you're stressing me out so bad rn" → "I'm feeling really stressed rn". */
function stateSuggest(doc: Doc, m: Match): Draft[] {
  const v = m.cap.v as number;
  const end = stateEnd(doc, m.last);
  return [replaceTokens(doc, m.first, end, `${iFeel(doc, m.first, v)} ${stateOf(w(doc, v))}`)];
}

/** "you got me so worked up" → "I got so worked up"; "you have me on edge" → "I'm on edge". */
function gotMeSuggest(doc: Doc, m: Match): Draft[] {
  const v = w(doc, m.cap.v as number);
  const a = w(doc, m.first);
  const i =
    v === 'got' && !/^(?:you've|youve)$/.test(a) && w(doc, m.first + 1) !== 'have'
      ? 'I got'
      : v === 'had'
        ? 'I was'
        : v === 'get' || v === 'gets'
          ? 'I get'
          : "I'm";
  return [replaceTokens(doc, m.first, m.last, i)];
}

/** After "you got me": (intensifiers) a feeling gone wrong, "on edge", "worked up", "in tears". */
function badStateAfter(doc: Doc, end: number): boolean {
  let k = end;
  for (let n = 0; n < 3 && (INTENSIFIERS.has(w(doc, k)) || w(doc, k) === 'so'); n++) k++;
  const x = w(doc, k);
  const y = w(doc, k + 1);
  if ((x === 'on' && y === 'edge') || (x === 'in' && y === 'tears')) return true;
  if (/^(?:worked|wound|stressed|freaked|messed)$/.test(x) && (y === 'up' || y === 'out')) return true;
  return (
    /^(?:anxious|stressed|upset|miserable|depressed|paranoid|nervous|angry|furious|exhausted|worried|sick|scared|insecure|frustrated|drained|overwhelmed|tense|irritable|broken|lonely|sad|numb)$/.test(
      x,
    ) && x !== ''
  );
}

/** "when you're around", "with you around", "around you", "when you're like this" within six words after `end`. */
function youNearAfter(doc: Doc, end: number): boolean {
  const s = sentenceOf(doc, end - 1);
  for (let k = end; k < s.last && k < end + 7; k++) {
    const x = w(doc, k);
    const n = w(doc, k + 1);
    if (/^(?:when|whenever|while|with|around|near)$/.test(x) && /^(?:you|u|you're|youre|ur|your)$/.test(n)) {
      // "when you're away / not here / gone": longing, not blame.
      const after = w(doc, k + 2);
      if (/^(?:not|away|gone|out|working|sick|upset|sad|hurting|crying)$/.test(after) || /n't$/.test(after))
        return false;
      return true;
    }
  }
  return false;
}

/** Words of the speaker handling something: "clean up", "deal with", "fix", "sort out". */
const HANDLING =
  /^(?:clean|cleaning|cleaned|deal|dealing|dealt|fix|fixing|fixed|sort|sorting|sorted|tidy|tidying|mop|mopping|handle|handling|cover|covering|pay|paying|paid|pick|picking|stuck|apologise|apologize|apologising|apologizing|explain|explaining)$/;
const SPEAKER = /^(?:i|i'm|im|me|i've|ive|myself|i'll|ill|i'd)$/;

/** The speaker, then a word of handling, in the ten words before token `i` of its sentence (not "help", not "don't mind"). */
function speakerHandles(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  let handling = false;
  for (let k = i - 1; k >= s.first && k >= i - 10; k--) {
    const x = w(doc, k);
    // "I'm sick of cleaning up after you" is exasperation, read by its own rule.
    if (/^(?:help|helping|mind|happy|glad|love|gladly|offer|can|could|sick|tired|fed|struggling)$/.test(x))
      return false;
    if (HANDLING.test(x)) handling = true;
    else if (handling && SPEAKER.test(x)) return true;
  }
  return false;
}

const MESSES =
  'mess|messes|mistakes|screwups|screw-ups|screw_ups|screw_up|screwup|disasters|chaos|crap|garbage|drama|problems';

/** Sarcasm opening a sentence: "oh sure,", "right,", "of course", "because", "yeah". */
const SARCASM_OPENER =
  /^(?:oh|sure|right|yeah|yea|ya|yep|of|naturally|obviously|because|cause|cuz|bc|coz|ah|well|great|perfect|wow|classic|typical|again)$/;

/** "my fault" turned back: a sarcastic opener, "everything", "always", "again", "never yours". */
function turnedBack(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  if (cared(doc, first, false) || /\bmy bad\b/i.test(near(doc, first))) return false;
  for (let k = first - 1; k >= s.first && k >= first - 4; k--) {
    const x = w(doc, k);
    if (/n't$|^(?:not|never|no)$/.test(x)) return false;
    // "I feel like it's always my fault": the speaker's own burden, not turned back.
    if (/^(?:feel|felt|think|thought|believe|worry|worried|if|when|whether)$/.test(x)) return false;
  }
  // The clause after it owns the fault sincerely: "of course it's my fault, I should have checked".
  const after = w(doc, hit.end);
  const after2 = w(doc, hit.end + 1);
  if (
    /^(?:i|i'm|im|i'll|i've)$/.test(after) &&
    /^(?:should|forgot|didn't|was|totally|really|will|can|'ll|feel|am|just|guess|hate|know)$/.test(after2)
  )
    return false;
  if (/^(?:should|shouldve|should've|for)$/.test(after)) return false;
  let marked = false;
  for (let k = s.first; k < first && k < s.first + 4; k++) if (SARCASM_OPENER.test(w(doc, k))) marked = true;
  for (let k = Math.max(s.first, first - 4); k < first; k++)
    if (/^(?:always|everything|everything's|again)$/.test(w(doc, k))) marked = true;
  // "so this is all my fault?", "so it's my fault now?": the fault asked back, not owned.
  if (w(doc, s.first) === 'so' && doc.text.slice(s.start, s.end + 1).includes('?')) marked = true;
  for (let k = hit.end; k < s.last && k < hit.end + 4; k++) {
    const x = w(doc, k);
    if (
      /^(?:again|always|yours|usual)$/.test(x) ||
      (x === 'never' && /^(?:yours|you|u|your|ur)$/.test(w(doc, k + 1)))
    )
      marked = true;
  }
  return marked;
}

/** An imperative "blame me" with its marks: "go ahead,", "sure,", "yeah", or "like always", "as usual", "again". */
function blameMe(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  if (cared(doc, first, false)) return false;
  // Imperative: at the start, after openers ("go ahead, blame me").
  let opener = false;
  for (let k = s.first; k < first; k++) {
    const x = w(doc, k);
    if (
      /^(?:go|ahead|sure|yeah|yea|ya|oh|fine|right|ok|okay|just|of|course|that's|thats|why|not|well|so|and)$/.test(
        x,
      )
    )
      opener ||= !/^(?:just|so|and|ok|okay|well)$/.test(x);
    else return false;
  }
  for (let k = hit.end; k < s.last && k < hit.end + 6; k++)
    if (/^(?:always|usual|again|everything|like)$/.test(w(doc, k))) return true;
  return opener;
}

/** Acts one can be "the one who" did: "you're the one who brought it up", "…who wanted this". */
const ACTS =
  /^(?:brought|started|wanted|insisted|chose|picked|decided|suggested|invited|forgot|lost|broke|left|cheated|lied|begged|pushed|agreed|ignored|walked|quit|stopped|ended|dumped|messed|screwed|ruined|said|promised|changed|cancelled|canceled|bailed|signed|spent|ditched|moved|took|made|did|asked|kept|got|told|caused|blew|yelled|screamed|swore|slammed)$/;

/** "I gave up my job for you, and this is how you repay me": a sacrifice before, ingratitude after. */
function sacrificeThenIngratitude(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  if (cared(doc, first, false)) return false;
  let gave = false;
  for (let k = first - 1; k >= s.first && k >= first - 10; k--) {
    const x = w(doc, k);
    if (
      /^(?:gave|give|given|sacrificed|sacrifice|quit|left|moved|dropped|turned|changed|spent|wasted|risked|lost|abandoned|did|done|cancelled|canceled)$/.test(
        x,
      ) &&
      (SPEAKER.test(w(doc, k - 1)) || (isHedgeWord(w(doc, k - 1)) && SPEAKER.test(w(doc, k - 2))))
    )
      gave = true;
    if (gave) break;
    if (
      /^(?:i|i've|ive)$/.test(x) &&
      /^(?:gave|give|given|sacrificed|quit|left|moved|spent|wasted|risked|lost)$/.test(w(doc, k + 1))
    )
      gave = true;
  }
  if (!gave) return false;
  const rest = doc.text
    .slice((doc.tokens[hit.end - 1] as Token).end, Math.min(doc.text.length, s.end + 120))
    .toLowerCase();
  return /^[\s,]*(?:and|but|yet)?\s*(?:this is (?:\w+ )?how|that'?s (?:\w+ )?how|this is the thanks|what do i get|i get nothing|now you|you still|(?:you|u) (?:\w+ )?(?:don'?t|didn'?t|can'?t|won'?t|never|barely|just|dont|didnt|cant))/.test(
    rest,
  );
}

/** Is the sentence of token `i` a question ("are you stressing me out?" asks)? */
export function asked(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  return doc.text.slice(s.start, s.end).includes('?');
}

const SAY_STATE = "I've been feeling really stressed lately, and I'd like us to talk about it.";
const SAY_TENSE = "I've been feeling tense around you lately, and I'd like us to talk about it.";
const SAY_SHARE = "I'm tired of sorting this out on my own, and I'd like us to share it.";
const SAY_ASKED = "I'm upset about how this happened, and I'd like us to talk about it.";
const SAY_BACK = "I feel like I'm taking the blame for this, and it hurts.";
const SAY_GUILT = "I've put a lot into this, and right now I feel unappreciated.";
const SAY_HARD = "I've been having a really hard time, and I'd like us to talk about it.";

/** "… is your fault that the project failed" → "the project failed, and I'm upset about it". */
function faultSuggest(doc: Doc, m: Match): Draft[] {
  const f = sentenceOf(doc, m.first).first;
  return w(doc, m.last - 1) === 'that' && m.last < sentenceOf(doc, f).last
    ? causalSuggest(doc, { ...m, first: f, cap: { ce: m.last - 1, lead: 1 } })
    : [toSentenceEnd(doc, f, "I'm really upset about how this turned out.")];
}

/** "thanks to you, we now have to start over": an outcome gone wrong after it, nothing good. */
function thanksToYou(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  const s = sentenceOf(doc, first);
  if (!isSentenceStart(doc, first) || asked(doc, first)) return false;
  if (SOFTENED.test(near(doc, first).replace(/\b(?:thanks|thx) to\b/gi, ' '))) return false;
  let bad =
    outcomeIn(doc, hit.end, Math.min(s.last, hit.end + 12)) ||
    COSTLY.test(textOf(doc, hit.end, s.last).toLowerCase());
  for (let k = hit.end; k < s.last; k++) {
    const x = w(doc, k);
    if (valence(x) > 0) return false;
    if (/^(?:have|has|had)$/.test(x) && w(doc, k + 1) === 'to' && !/n't$|^(?:not|never)$/.test(w(doc, k - 1)))
      bad = true;
  }
  // crossc37: "thanks to you guys": the group goes with "you".
  hit.cap.ce = /^(?:guys|all|people|lot)$/.test(w(doc, hit.end)) ? hit.end : hit.end - 1;
  hit.cap.lead = 1;
  return bad;
}

/** Said as a charge: not negated, not asked, nothing warm about it. */
const charged = (doc: Doc, first: number, hit: { end: number }): boolean =>
  !negatedBefore(doc, first, 2) && !asked(doc, first) && bitterAt(doc, hit.end);

/** What the "own doing" phrases share ("you brought this on yourself", "only got yourself to blame"). */
const OWN_DOING = {
  rule: 'own-doing',
  severity: 2,
  min: 'balanced',
  why: 'fault',
  guard: charged,
  suggest: sayInstead(SAY_ASKED),
} as const;

const H26_BLAME: readonly PhraseRule[] = [
  {
    pattern: 'thanks|thx to you|u',
    rule: 'caused',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: thanksToYou,
    suggest: causalSuggest,
  },
  {
    // "all of this is your fault", "it is entirely your fault that…".
    pattern: "is|was|it's|its @INT? all|entirely|totally|completely? your|ur fault that?",
    rule: 'fault-is',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) => {
      // "it's your fault", "this is all your fault" at the start: fault.ts words those.
      const subj = /^it'?s$/.test(w(doc, first)) ? first : first - 1;
      if (
        /^(?:your|ur|all)$/.test(w(doc, first + 1)) &&
        /^(?:it|th(?:is|at))/.test(w(doc, subj)) &&
        isSentenceStart(doc, subj)
      )
        return false;
      // "none of this is your fault", "nothing was your fault", "neither was your fault": no charge.
      const s = sentenceOf(doc, first);
      return (
        !/\b(?:no(?:ne|thing|body)?|neither)\b[^,;:]*$/i.test(
          doc.text.slice(s.start, (doc.tokens[first] as Token).start),
        ) &&
        !negatedBefore(doc, first, 3) &&
        !asked(doc, first) &&
        hardAt(doc, hit.end)
      );
    },
    // From the sentence's start: wider than "this is your fault" (fault.ts), which cannot reword mid-clause.
    span: (doc, first, hit) => [sentenceOf(doc, first).first, hit.end],
    suggest: faultSuggest,
  },
  {
    // "you brought this on yourself", "you've only got yourself to blame".
    pattern: 'you|u brought|did this|it|that|all_this on|to yourself|urself',
    ...OWN_DOING,
  },
  {
    pattern: "you|u|you've|youve only? have|got yourself|urself to blame",
    ...OWN_DOING,
  },
  {
    // "you threw me under the bus", "you set me up to fail", "you turned my family against me".
    pattern:
      'you|u set|threw|hung|left|turned|turn me|us|everyone|everybody|people|them|my_friends|my_family|my_own_family|the_kids up_to_fail|under_the_bus|out_to_dry|to_deal_with|to_clean_up|against_me',
    rule: 'let-down',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: charged,
    suggest: sayInstead(SAY_ASKED),
  },
];

const STATE_BLAME: readonly PhraseRule[] = [
  {
    pattern:
      "you're|you_are|ur|youre|you've_been|you_have_been|youve_been|you_were stressing|stressin|exhausting|draining|wearing|tiring|overwhelming|suffocating|smothering|upsetting|freaking:v me",
    rule: 'state',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    // "you're wearing me out" needs its "out"; "you're freaking me out lol" is laughter.
    guard: (doc, _first, hit) => {
      const v = w(doc, hit.cap.v as number);
      if (/^(?:wearing|tiring|freaking)$/.test(v) && w(doc, hit.end) !== 'out') return false;
      return bitterAt(doc, hit.end) && !asked(doc, hit.end - 1);
    },
    suggest: stateSuggest,
  },
  {
    pattern:
      'you|u stress|stressed|exhaust|exhausted|drain|drained|wear|wore|overwhelm|overwhelmed|suffocate|suffocated:v me',
    rule: 'state',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => {
      const v = w(doc, hit.cap.v as number);
      if (/^(?:wear|wore)$/.test(v) && w(doc, hit.end) !== 'out') return false;
      return bitterAt(doc, hit.end) && !asked(doc, hit.end - 1);
    },
    suggest: stateSuggest,
  },
  {
    pattern: "you_have|you_had|you|u|you've|youve got|get|gets|have|had:v me",
    rule: 'state',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) =>
      isSentenceStart(doc, first) && badStateAfter(doc, hit.end) && bitterAt(doc, hit.end),
    suggest: gotMeSuggest,
  },
  {
    pattern:
      "you_have|you're|you_are|ur|youre|you|u|you've giving|give|gave|given me a|an? headache|migraine|ulcer|anxiety|grey_hairs|gray_hairs|panic_attacks|stress",
    rule: 'state',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => bitterAt(doc, hit.end),
    suggest: sayInstead(SAY_STATE),
  },
  {
    pattern:
      "i can't|cant|cannot|never|can_never relax|think|breathe|focus|concentrate|sleep|rest|be_myself|feel_calm|feel_safe|feel_comfortable|feel_relaxed|calm_down|feel_at_ease",
    rule: 'state',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => youNearAfter(doc, hit.end) && bitterAt(doc, hit.end),
    suggest: sayInstead(SAY_TENSE),
  },
  {
    // "everybody has to walk on eggshells around you": others carrying the weight of "you".
    pattern: 'walk_on_eggshells|walking_on_eggshells|tiptoe|tiptoeing|tread_carefully around you|u',
    rule: 'state',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    // "everyone always has to tiptoe around you" is absolutes.ts's.
    guard: (doc, first, hit) =>
      !/\balways\b|\bfeels? like\b/i.test(near(doc, first)) && charged(doc, first, hit),
    suggest: sayInstead(SAY_TENSE),
  },
  // -- the mess is theirs
  {
    pattern: `your|ur own? ${MESSES}`,
    rule: 'their-mess',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) => speakerHandles(doc, first) && hardAt(doc, hit.end),
    suggest: sayInstead(SAY_SHARE),
  },
  {
    pattern: `the|this|that|all_the|all_this ${MESSES} you_have|you|u|you've|youve made|make|created|caused|left`,
    rule: 'their-mess',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) => speakerHandles(doc, first) && hardAt(doc, hit.end),
    suggest: sayInstead(SAY_SHARE),
  },
  {
    pattern: 'clean|cleaning|cleaned|pick|picking|picked|tidy|tidying|tidied up after you|u',
    rule: 'their-mess',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    // "I'll clean up after you cook" is a plan: "after you" ends the clause here.
    guard: (doc, first, hit) =>
      isClauseEnd(doc, hit.end - 1) && speakerHandles(doc, first + 1) && hardAt(doc, hit.end),
    suggest: sayInstead(SAY_SHARE),
  },
  {
    pattern: "it's|its|it_is|this_is|that's|thats|this's your|ur own? mess|messes|screwup|screw_up|disaster",
    rule: 'their-mess',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const notMine = w(doc, hit.end) === 'not' && w(doc, hit.end + 1) === 'mine';
      return (
        (isClauseEnd(doc, hit.end - 1) || notMine) &&
        !doc.text.slice(s.start, s.end).includes('?') &&
        !/\bhelp\b/i.test(near(doc, first)) &&
        hardAt(doc, hit.end)
      );
    },
    suggest: sayInstead("I'd like you to sort this one out, please."),
  },
  {
    pattern: 'your|ur mess|mistake|choice|decision|problem|call your|ur problem|funeral|mess|headache',
    rule: 'their-mess',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) =>
      isSentenceStart(doc, first) && isClauseEnd(doc, hit.end - 1) && hardAt(doc, hit.end),
    suggest: sayInstead("I'd like you to sort this one out, please."),
  },
  // -- blame asked
  {
    pattern: "whose fault|doing is|was|'s it|that|this",
    rule: 'asked',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => {
      let k = hit.end - 1;
      if (/^(?:then|exactly|again|now)$/.test(w(doc, k + 1))) k++;
      return isClauseEnd(doc, k) && hardAt(doc, hit.end);
    },
    suggest: sayInstead(SAY_ASKED),
  },
  {
    pattern: 'whose fault|doing that|this|it is|was',
    rule: 'asked',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => isClauseEnd(doc, hit.end - 1) && hardAt(doc, hit.end),
    suggest: sayInstead(SAY_ASKED),
  },
  {
    pattern:
      "whose fault|doing|idea|bright_idea|brilliant_idea|great_idea|genius_idea is|was|'s it|that|this",
    rule: 'asked',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    // "whose idea was this?" asks; "and whose idea was it …in the first place?" blames.
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const text = doc.text.slice(s.start, s.end).toLowerCase();
      const opener = /^(?:and|so|well|gee|oh)$/.test(w(doc, s.first)) || /\bwonder\b/.test(text);
      return (opener || /\bin the first place\b|\bthen\b/.test(text)) && hardAt(doc, hit.end);
    },
    suggest: sayInstead(SAY_ASKED),
  },
  {
    pattern: 'who do you|u think caused|started|created|broke|ruined|wrecked this|that|it|all_this|this_mess',
    rule: 'asked',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => isClauseEnd(doc, hit.end - 1) && hardAt(doc, hit.end),
    suggest: sayInstead(SAY_ASKED),
  },
  {
    pattern: 'and|so|well|gee who caused|started|created|ruined|wrecked this|that|it|all_this',
    rule: 'asked',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) =>
      isSentenceStart(doc, first) && isClauseEnd(doc, hit.end - 1) && hardAt(doc, hit.end),
    suggest: sayInstead(SAY_ASKED),
  },
  {
    pattern:
      'who got|dragged|put|landed us|me into|in this|that @INT? mess|situation|trouble|disaster|hole|position',
    rule: 'asked',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => hardAt(doc, hit.end),
    suggest: sayInstead(SAY_ASKED),
  },
  // -- blame turned back
  {
    pattern: 'my fault',
    rule: 'turned-back',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: turnedBack,
    suggest: sayInstead(SAY_BACK),
  },
  {
    pattern: 'blame me|it_on_me|it_all_on_me|everything_on_me|this_on_me',
    rule: 'turned-back',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: blameMe,
    suggest: sayInstead(SAY_BACK),
  },
  {
    pattern: "you're|you_are|ur|youre|you_were the_one|the_person who|that|who's|whos @ANY:v",
    rule: 'turned-back',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) => {
      const v = w(doc, hit.cap.v as number);
      if (!ACTS.test(v) || negatedBefore(doc, first, 3)) return false;
      const s = sentenceOf(doc, first);
      const next = doc.sentences[(doc.tokens[first] as Token).sent + 1];
      if (doc.text.slice(s.start, (next ?? s).end).includes('?')) return false;
      return hardAt(doc, hit.end);
    },
    suggest: sayInstead(SAY_BACK),
  },
  {
    pattern: "never|nothing's_ever|nothing_is_ever|nothing_ever|nothings_ever your|ur fault",
    rule: 'turned-back',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) =>
      !/^(?:if|when)$/.test(w(doc, sentenceOf(doc, first).first)) && hardAt(doc, hit.end),
    suggest: sayInstead(SAY_BACK),
  },
  // "I was in a great mood until you walked in", "my anxiety was fine before you moved in": a good
  // state the reader is said to have ended ("it was fine until you left" misses them; not taken).
  {
    pattern:
      'fine|great|good|happy|okay|ok|calm|peaceful|perfect|lovely|normal|mood until|till|til|before you|u',
    rule: 'ended-by-you',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      let was = false;
      for (let k = Math.max(s.first, first - 6); k < first; k++)
        if (/^(?:was|were)$/.test(w(doc, k))) was = true;
      return (
        was &&
        !/^(?:left|went|had|got|called|texted|told)$/.test(w(doc, hit.end)) &&
        w(doc, hit.end + 1) !== 'away' &&
        !doc.text.slice(s.start, s.end + 1).includes('?') &&
        hardAt(doc, hit.end)
      );
    },
    suggest: (doc, m) => [
      toSentenceEnd(
        doc,
        sentenceOf(doc, m.first).first,
        "Things changed for me after that, and I'd like to talk about it.",
      ),
    ],
  },
  // "I swear you do this on purpose", "you're doing it deliberately": harm charged as intended.
  // "did you do this on purpose? it looks great" asks; "you didn't do it on purpose" forgives.
  {
    pattern:
      "you|u|you're|youre|ur|you_are|you_were do|did|doing this|that|it on_purpose|deliberately|intentionally",
    rule: 'on-purpose',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, first, hit) =>
      !/^(?:did|do|does|are|were|was|have|had|if|when|whether|not)$|n't$/.test(w(doc, first - 1)) &&
      !negatedBefore(doc, first, 3) &&
      hardAt(doc, hit.end),
    suggest: sayInstead("I'm hurt by this, and I'd like to understand what happened."),
  },
  // -- guilt-tripping
  {
    pattern:
      "after everything|all|all_that|all_this i|i've|ive|i_have|i_had done|did|given|gave|sacrificed|put_up_with|gone_through|been_through for you|u",
    rule: 'guilt',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => hardAt(doc, hit.end),
    suggest: sayInstead(SAY_GUILT),
  },
  {
    pattern: "this_is|that's|thats|this's how you|u repay|thank|treat|reward me|us",
    rule: 'guilt',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => hardAt(doc, hit.end),
    suggest: sayInstead(SAY_GUILT),
  },
  {
    pattern: "this_is|that's|thats|is_this the thanks i|i_get",
    rule: 'guilt',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => hardAt(doc, hit.end),
    suggest: sayInstead(SAY_GUILT),
  },
  {
    pattern: 'for you|u and|but|yet',
    rule: 'guilt',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: sacrificeThenIngratitude,
    suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, SAY_GUILT)],
  },
  {
    pattern:
      "you_have|you_are|you|u|you've|youve|you're|youre|ur make|made|makes|making my|our life|lives @INT? hell|miserable|misery|a_misery|a_nightmare|a_living_hell|unbearable|impossible|harder|difficult|hard",
    rule: 'guilt',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => hardAt(doc, hit.end),
    suggest: sayInstead(SAY_HARD),
  },
  {
    pattern: "look|see what|who you_have|you|u|you've|youve reduced|turned|made me to|into",
    rule: 'guilt',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => hardAt(doc, hit.end),
    suggest: sayInstead("I don't like who I've become in this, and it hurts."),
  },
];

// -- Round h29: the other person as the cause of who I have become, and blame as a demand ----------

/** Words that go on "before you …": "came along", "showed up", "moved in", "came into my life". */
const ARRIVED: ReadonlySet<string> = new Set(
  'came come along showed up into my life moved in got here arrived walked'.split(' '),
);

/** "I was fine before you came along": the clause ends after "you" and its arrival. */
function beforeYouEnds(doc: Doc, end: number): boolean {
  let k = end;
  if (/^(?:you|u)$/.test(w(doc, end - 1))) while (k < end + 5 && ARRIVED.has(w(doc, k))) k++;
  return isClauseEnd(doc, k - 1) && bitterAt(doc, k);
}

/** A kind word just after: "you made me into someone better", "…a person I'm proud of". */
function kindAfter(doc: Doc, end: number): boolean {
  for (let k = end; k < end + 5 && k < doc.tokens.length; k++) if (valence(w(doc, k)) > 0) return true;
  return false;
}

const SAY_BECOME = "I don't like who I've become lately, and I need us to talk about it.";
const SAY_OWN = 'I need you to acknowledge your part in this.';

/** An order to take the blame, nothing kind after it ("own it! you look amazing" cheers). */
const demanded = (doc: Doc, first: number, hit: { end: number }): boolean =>
  isImperative(doc, first) && notPraised(doc, hit.end);

// -- Round crossc34: praise said after the blame ("you broke the mod and now my save is corrupted,
// great job", "you got the post deleted. well done").

/** What someone did wrong, told as an act: the harm a sarcastic "well done" answers. */
const HARM: ReadonlySet<string> = new Set(
  'broke ruined wrecked killed lost deleted removed banned kicked fired crashed corrupted messed screwed blew spilled forgot missed locked kill ruin wreck break lose mess'.split(
    ' ',
  ),
);
/** What makes a "loss" a feat: "you lost 10 pounds", "you broke the record", "you killed it". */
const FEAT = /^(?:weight|pounds|kilos?|kgs?|lbs|record|pb|habits?)$/;

/**
 * A sarcastic tag ("great job", "well done", "congrats") closing its clause after harm done by "you"
 * in the thirty words before, no more warmth than soreness there. No "!" after it, no laughter or
 * thanks near, no feat ("you lost 10 pounds", "you broke that habit"). "Well done, you broke it" is scorn.ts's.
 */
function praiseAfterHarm(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const e = hit.end;
  // "…, real nice work": the intensifier goes with the tag.
  if (first > s.first + 1 && /^(?:real|really|very|so)$/.test(w(doc, first - 1))) first--;
  if (first > s.first ? !isClauseEnd(doc, first - 1) || (e < s.last && !isClauseEnd(doc, e - 1)) : e < s.last)
    return false;
  const from = Math.max(0, first - 30);
  const after = (t[e - 1] as Token).end;
  // cluster41: a bare sign-off ("…, thanks", "cool.") is the tag itself, and "thanks to" a link.
  const bare = SIGN_OFF.test(w(doc, first)) && !/^(?:job|work|going|one)$/.test(w(doc, e - 1));
  if (
    /^\s*!/.test(doc.text.slice(after, after + 8)) ||
    SOFTENED.test(
      `${doc.text.slice((t[from] as Token).start, bare ? (t[first] as Token).start : after).replace(/\bthanks to\b/gi, '')} ${doc.text.slice(after, after + 30)}`,
    )
  )
    return false;
  let you = false;
  let harm = false;
  let sum = 0;
  // cluster40: or the outcome laid at their door ("you're the reason…", "…because of you", "your
  // fault", "your comment is why…"), something lost or sour in it.
  let link = false;
  let sour = false;
  let hurt = false;
  for (let k = from; k < first; k++) {
    const x = w(doc, k);
    const linked = x === 'thanks' && w(doc, k + 1) === 'to';
    if (!linked) sum += valence(x);
    if (linked) link = true;
    if (/^(?:you|u|you've|youve|ya)$/.test(x)) you = true;
    else if (FEAT.test(x)) return false;
    else if (you && HARM.has(x)) {
      if (/^\d/.test(w(doc, k + 1)) || (/^kill/.test(x) && w(doc, k + 1) === 'it')) return false;
      harm = true;
    }
    if (/^(?:you're|youre|your|ur|yours)$/.test(x)) you = true;
    // A bare sign-off reads "because", "reason", "fault", "why" or "thanks to" alone as the link.
    if (/^(?:reason|fault|because|bc|why)$/.test(x) || (!bare && /^single(?:handedly)?$/.test(x)))
      link = true;
    // Not their own feat ("you quit smoking", "you left that job").
    if (
      link &&
      (isComplaint(x) || (LOST.test(x) && !/^(?:you|u|you've|youve)$/.test(w(doc, k - 1)))) &&
      !/^(?:reason|fault)$/.test(x)
    )
      sour = true;
    // cluster41: after "because of you / thanks to your …", a loss, a bad word or a chore laid on
    // the writer: "…I had to pay the bill myself", "…the car got towed", "…we wiped three times".
    if (
      (valence(x) < 0 && !/^(?:not|no|never|nothing|stop)$/.test(x)) ||
      OUTCOMES.has(x) ||
      HARM.has(x) ||
      LOSS.has(x) ||
      (/^(?:had|have|has)$/.test(x) && w(doc, k + 1) === 'to') ||
      (/^(?:spent|wasted)$/.test(x) &&
        /^(?:my|our|the|a|an|all|half|three|two|four|hours|days)$/.test(w(doc, k + 1))) ||
      (/^(?:won't|wont|can't|cant|cannot|couldn't|couldnt)$/.test(x) &&
        !/^(?:wait|thank|believe|stop|help|even)$/.test(w(doc, k + 1)))
    )
      hurt = true;
  }
  return (harm && sum < 2 && !bare) || (you && link && (sour || hurt) && sum <= 0);
}

/** cluster40: what a group or a thread loses: "…the thread got locked", "half the regulars left". */
const LOST = /^(?:left|locked|banned|nuked|deleted|stopped|quit|gone|toxic)$/;

/** cluster41: a one-word sign-off said sourly after blame: "…because of you. cool.", "…, thanks". */
const SIGN_OFF =
  /^(?:thanks|thx|cheers|cool|great|nice|lovely|brilliant|awesome|perfect|fantastic|wonderful|amazing)$/;

const CROSSC34_BLAME: readonly PhraseRule[] = [
  ...[
    'great|good|nice|excellent|brilliant job|work|going|one',
    'thanks|cheers mate|man|bro|dude|for_that',
    'well done',
    'way_to_go|congrats|congratulations|bravo',
  ].map(
    (pattern): PhraseRule => ({
      pattern,
      rule: 'praise-after-harm',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: praiseAfterHarm,
      // After the blame the praise is left out, with its "real" ("…, real nice work").
      suggest: (doc, m) => [
        removeTokens(
          doc,
          /^(?:real|really|very|so)$/.test(w(doc, m.first - 1)) ? m.first - 1 : m.first,
          m.last,
          'Leave it out',
        ),
      ],
    }),
  ),
];

const H29_BLAME: readonly PhraseRule[] = [
  {
    pattern:
      "you|u|you've|youve|you_have turned|made|changed me into this|that|someone|somebody|a_monster|a_wreck|a_mess|a_shell|the_person|the_kind|a_bitter|an_angry|a_jealous|a_paranoid|an_anxious|a_nervous|a_cold|a_crazy",
    rule: 'become',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => !kindAfter(doc, hit.end) && bitterAt(doc, hit.end),
    suggest: sayInstead(SAY_BECOME),
  },
  {
    pattern:
      'i was|used_to_be @INT? fine|happy|okay|ok|normal|confident|calm|healthy|sane|myself|good before you|u|i_met_you|i_met_u|we_met|we_got_together',
    rule: 'become',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) => beforeYouEnds(doc, hit.end),
    suggest: sayInstead(SAY_HARD),
  },
  {
    pattern: 'you|u pushed|shoved|shut me away|out',
    rule: 'become',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: (doc, _first, hit) =>
      (isClauseEnd(doc, hit.end - 1) || /^(?:and|so|then|now|completely)$/.test(w(doc, hit.end))) &&
      bitterAt(doc, hit.end),
    suggest: sayInstead("I've been feeling shut out, and it hurts."),
  },
  {
    // "just own it for once", "admit it was you", "take some responsibility for once".
    pattern: 'own|admit it|that|up for_once|already|for_once_in_your_life',
    rule: 'own-it',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: demanded,
    suggest: sayInstead(SAY_OWN),
  },
  {
    pattern: 'admit|confess it|that was you|u|your_fault|all_you|all_your_fault',
    rule: 'own-it',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: demanded,
    suggest: sayInstead(SAY_OWN),
  },
  {
    pattern:
      'take|accept some|any? responsibility|ownership for_once|already|for_your_actions|for_what_you_did|for_your_part|for_once_in_your_life',
    rule: 'own-it',
    severity: 2,
    min: 'balanced',
    why: 'fault',
    guard: demanded,
    suggest: sayInstead(SAY_OWN),
  },
];

export const caused = phraseFamily({
  id: 'blame',
  category: 'blame',
  phrases: [
    {
      // In chat spelling too: "bc u", "cos you".
      pattern: `${BECAUSE_SLOT}|since you|u|you've|you're|you'd|you'll`,
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
      pattern: "look_at|see what you_have|you've|you did|done",
      rule: 'the-mess',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      // crossc37: praise of what it used to be is the loss ("…to this sub, it used to be good").
      guard: (doc, _first, hit) =>
        notPraised(doc, hit.end) ||
        (USED_TO_BE.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)) &&
          !softened(doc, hit.end - 1) &&
          !/!/.test(doc.text)),
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
      pattern: "hope you're|you_are happy|satisfied|pleased|proud_of_yourself|proud_of_urself|proud",
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
        // "…proud of yourself, you worked so hard": pride said as the last word only.
        const last =
          !/self$/.test(w(doc, hit.end - 1)) || doc.tokens.slice(hit.end).every((t) => AFTER_PRIDE.has(t.w));
        return bitter && last && notPraised(doc, hit.end);
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
    ...STATE_BLAME,
    ...H26_BLAME,
    ...H29_BLAME,
    ...CROSSC34_BLAME,
  ],
});
