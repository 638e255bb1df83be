/**
 * Absolutes and case-building: "you always / never", "every single time", "as usual",
 * "once again", "and another thing". Offers words about this one moment instead.
 * Warmth passes: "you always know how to cheer me up", "you never cease to amaze me".
 */
import { baseOfPast, didntOf, isPastForm, participleOf } from '../grammar';
import { APOLOGY_WORDS, isComplaint, isListening, valence, wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import { LOSS } from './consequence';
import { phraseFamily } from './phrases';
import {
  aboutText,
  answerAfter,
  around,
  article,
  atPlace,
  clauseEnd,
  closesClause,
  contentStart,
  type Draft,
  emptyWarmth,
  isBareClauseEnd,
  isClauseEnd,
  isImperative,
  isQuestionInversion,
  isSentenceStart,
  type Match,
  mentionsYou,
  notWarmAround as notWarmAt,
  polarity,
  removeTokens,
  replaceTokens,
  roughPolarity,
  sayInstead,
  says,
  sentenceOf,
  textOf,
  tokenWord,
  toSentenceEnd,
  valenceSum,
} from './rule';
import { THING_NOUNS } from './targets';

/** Praise after "never": "you never cease to amaze me", "you're never wrong", "you never disappoint". */
const NEVER_PRAISE: ReadonlySet<string> = new Set([
  'lose',
  'loses',
  'cease',
  'ceases',
  'fail',
  'fails',
  'disappoint',
  'disappoints',
  'wrong',
  'forget',
  'complain',
  'complains',
  'alone',
  'judge',
  'judged',
  'miss',
  'misses',
  'late',
  'boring',
  'bored',
  'give',
  'gave',
  'know',
  'too',
  // "…without you, never mind a day early"
  'mind',
]);

/** What a person "can never" do that is a charge: say sorry, admit it, listen, help, be on time. */
const CHARGE_AFTER_CAN_NEVER: ReadonlySet<string> = wordSet(
  'say admit apologize apologise listen answer reply remember agree compromise finish thank',
);

/** After "you would never": "guess", "believe", "imagine" (what happened), not a charge. */
const HYPOTHETICAL: ReadonlySet<string> = wordSet('guess believe imagine think dream');

/** After "you will never": what the person will feel or get ("feel satisfied", "have to", "be alone"). */
const EXPERIENCE: ReadonlySet<string> = wordSet(
  'feel be have get find need regret lose see want meet look walk forget go know',
);

/** "you will", "you'd", "you'll", "you would" between the subject and the absolute at `end - 1`. */
function modalBefore(doc: Doc, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (w === 'will' || w === 'would' || w === "you'll" || w === 'youll' || w === "you'd" || w === 'youd')
      return true;
  }
  return false;
}

/** What one has (never) experienced: "you've never felt / been / seen / met / tried". */
const EXPERIENCED: ReadonlySet<string> = wordSet(
  'felt been had seen met tried known gone visited watched read played lived travelled traveled experienced found eaten',
);

/** "you've", "you have", "you had" between the subject and the absolute at `end - 1`. */
function perfectBefore(doc: Doc, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (w === 'have' || w === 'has' || w === 'had' || w === "you've" || w === 'youve' || w === 'uve')
      return true;
  }
  return false;
}

/** "if you've never tried it", "unless you always…": supposed, not said of the person. */
function supposed(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  if (first <= s.first) return false;
  const before = (doc.tokens[first - 1] as Token).w;
  if (/^(?:if|unless|whether)$/.test(before)) return true;
  // "were you told you'd never amount to anything?", "you got told you were always too much": what
  // someone else once said to the reader, asked about or recalled, not the writer's charge.
  const t = doc.tokens;
  const told = before === 'that' && first - 2 > s.first ? first - 2 : first - 1;
  if ((t[told] as Token).w !== 'told' || told <= s.first) return false;
  const aux = (t[told - 1] as Token).w;
  if (/^(?:were|was|been|being|get|got|gets|getting)$/.test(aux)) return true;
  // Asked: "were you told…", "did you get told…".
  return (
    /^(?:you|u)$/.test(aux) && told - 2 >= s.first && /^(?:were|was|have|had)$/.test((t[told - 2] as Token).w)
  );
}

/** Warm things people "always" do: "you always know", "you always have my back". */
const ALWAYS_PRAISE: ReadonlySet<string> = new Set([
  'know',
  'knew',
  'manage',
  'there',
  'remember',
  'find',
  'welcome',
  'been',
  'got',
  'look',
  'smell',
]);

const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'said',
  'did',
  'came',
  'went',
  'told',
  'gave',
  'took',
  'made',
  'thought',
  'brought',
  'bought',
  'knew',
  'saw',
  'got',
  'had',
  'was',
  'were',
  'heard',
  'felt',
  'left',
  'kept',
  'let',
  'put',
  'sent',
  'spent',
  'stood',
  'understood',
  'wrote',
  'forgot',
  'showed',
  'paid',
  'asked',
]);

function isPast(w: string): boolean {
  return IRREGULAR_PAST.has(w) || (w.endsWith('ed') && w.length > 4 && w !== 'need' && w !== 'feed');
}

function youForm(doc: Doc, m: Match): 'you' | "you're" | "you've" | 'you were' | 'you will' | "you-don't" {
  const w = (doc.tokens[m.first] as Token).w;
  if (w === "you're" || w === 'ur' || w === 'youre') return "you're";
  const second = doc.tokens[m.first + 1] as Token | undefined;
  if (second && (second.w === 'are' || second.w === 'r') && w === 'you') return "you're";
  if (second && (second.w === 'were' || second.w === 'was') && (w === 'you' || w === 'u')) return 'you were';
  if (w === "you'll" || w === 'youll' || (second && (second.w === 'will' || second.w === 'would')))
    return 'you will';
  if (w === "you've" || w === 'youve' || (second && (second.w === 'have' || second.w === 'has')))
    return "you've";
  return 'you';
}

/** "things that you never talked about", "someone you always trusted": a description, not a charge. */
const RELATIVE: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'things',
  'something',
  'anything',
  'someone',
  'anyone',
  'people',
  'one',
  'ones',
  'person',
  'what',
  'where',
  'those',
]);

function isRelative(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  if (first <= s.first) return false;
  const w = (doc.tokens[first - 1] as Token).w;
  // "how is it that you never…", "the problem is that you always…", "the fact that you never…":
  // "that" opens what is said about "you", not a description of something.
  if (w !== 'that' || first - 2 < s.first) return RELATIVE.has(w);
  const w2 = (doc.tokens[first - 2] as Token).w;
  const w3 = first - 3 >= s.first ? (doc.tokens[first - 3] as Token).w : '';
  return !(
    w2 === 'fact' ||
    (w2 === 'it' && w3 === 'is' && whyIndex(doc, first) >= 0) ||
    (w2 === 'is' && /^(?:problem|issue|trouble)$/.test(w3))
  );
}

const ADVERBS: ReadonlySet<string> = new Set([
  'consistently',
  'perpetually',
  'invariably',
  'habitually',
  'chronically',
  'endlessly',
  'repeatedly',
  'continuously',
  'incessantly',
  'always',
  'never',
  'constantly',
  'continually',
  'forever',
  'ever',
  'alwayz',
  'nvr',
  'neva',
]);

/** "you always ALWAYS …": take repeated absolutes into the match. */
function swallowRepeats(doc: Doc, hit: { end: number }): void {
  const s = sentenceOf(doc, hit.end - 1);
  while (hit.end < s.last && ADVERBS.has((doc.tokens[hit.end] as Token).w)) hit.end++;
  // "you never once helped": "once" goes with "never".
  const prev = (doc.tokens[hit.end - 1] as Token).w;
  if (hit.end < s.last && (doc.tokens[hit.end] as Token).w === 'once' && /^(?:never|nvr|neva)$/.test(prev))
    hit.end++;
}

/**
 * "Why do you always…", "why can't you ever…", "how come you never…": a question that is an
 * accusation (the absolute is presupposed, not asked about).
 */
function whyAsked(doc: Doc, youIndex: number): boolean {
  return whyIndex(doc, youIndex) >= 0;
}

/** The token opening "why (do) you…" / "how come you…" before `youIndex`, or -1. */
function whyIndex(doc: Doc, youIndex: number): number {
  const s = sentenceOf(doc, youIndex);
  const t = doc.tokens;
  for (let k = youIndex - 1; k >= s.first && k >= youIndex - 3; k--) {
    const w = (t[k] as Token).w;
    if (w === 'why') return k;
    if (w === 'come' && k - 1 >= s.first && (t[k - 1] as Token).w === 'how') return k - 1;
  }
  // "how is it that you never…", "why is it that you always…".
  const k = youIndex - 4;
  if (
    k >= s.first &&
    /^(?:how|why)$/.test((t[k] as Token).w) &&
    (t[k + 1] as Token).w === 'is' &&
    (t[k + 2] as Token).w === 'it' &&
    (t[k + 3] as Token).w === 'that'
  )
    return k;
  return -1;
}

/** "Why do you always…?" as a statement about this moment, question mark and all. */
function whySuggest(doc: Doc, m: Match, text: (rest: string, aux: string) => string): Draft[] | null {
  const w = whyIndex(doc, m.first);
  if (w < 0) return null;
  const t = doc.tokens;
  // The question's auxiliary ("why are you always late"), which the statement keeps.
  // "why is it that you're never on time": the auxiliary is the statement's own.
  const said = (t[w + 1] as Token).w === 'is';
  const aux = said
    ? /^(?:you're|youre|ur)$/.test((t[m.first] as Token).w) ||
      /^(?:are|were)$/.test((t[m.first + 1] as Token).w)
      ? 'are'
      : ''
    : m.first - 1 > w
      ? (t[m.first - 1] as Token).w
      : '';
  const s = sentenceOf(doc, m.first);
  const ce = clauseEnd(doc, m.last);
  let rest = doc.text.slice((t[m.last] as Token).start, (t[ce] as Token).end);
  rest = rest.replace(/^(?:have to|has to|got to|gotta) /i, '');
  if (ce === s.last - 1) return [toSentenceEnd(doc, w, `${text(rest, aux)}.`)];
  return [replaceTokens(doc, w, ce + 1, text(rest, aux))];
}

/** "why are you always late" → "you're late": the subject a statement gives the question's auxiliary. */
function statedYou(aux: string): string {
  if (aux === 'are' || aux === 'r') return "you're";
  if (aux === 'were') return 'you were';
  if (aux === 'have') return "you've";
  return 'you';
}

/** The question's auxiliary is a form of "be" ("why are you never home"). */
function isBe(aux: string): boolean {
  return aux === 'are' || aux === 'r' || aux === 'were';
}

/** Guard for "you always …": not a question ("do you always…?"), not warm. */
/** What a place or a rule asks of anyone: a paper, a pass, a booking ("a parking permit"). */
const PAPER =
  '(?:(?:a|an|the|your|ur|valid) )?(?:[a-z]+ )?(?:permit|ticket|licen[cs]e|passport|visa|id|receipt|reservation|booking|appointment|pass)(?:e?s)?\\b';
/**
 * "you always need a permit for that", "you always have to book ahead", "you never need a
 * reservation there": the "you" of a rule or a place, anyone's; what it asks is a paper or a
 * formality ("pay at the desk", "sign in"), not a habit of theirs ("you always need the last word",
 * "you always have to be right", "…have to pay me back").
 */
const RULE_FACT = new RegExp(
  `^(?:needs? ${PAPER}|(?:(?:ha(?:ve|s)|needs?|got) to|gotta) (?:(?:show|bring|get|buy|have) ${PAPER}|(?:pay|book|register|queue|reserve|apply)\\b(?! (?:me|us|back|up|off|attention|for)\\b)|check in\\b))`,
);

/** Does the clause from token `k` (the word after the absolute) state what a rule asks (`RULE_FACT`, 80 characters read)? */
const statesARule = (doc: Doc, k: number, last: number): boolean => {
  const a = (doc.tokens[k] as Token).start;
  return RULE_FACT.test(
    doc.text.slice(a, Math.min(a + 80, (doc.tokens[last - 1] as Token).end)).toLowerCase(),
  );
};

function alwaysGuard(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  if ((isQuestionInversion(doc, first) && !whyAsked(doc, first)) || isRelative(doc, first)) return false;
  // "you will always be in our hearts": a promise about the future, warm as often as not.
  if (modalBefore(doc, first, hit.end) || supposed(doc, first)) return false;
  swallowRepeats(doc, hit);
  const s = sentenceOf(doc, first);
  if (hit.end >= s.last) return false;
  const next = (doc.tokens[hit.end] as Token).w;
  if (statesARule(doc, hit.end, s.last)) return false;
  // "you always find a way to make it my fault", "…manage to turn it around on me": what is found
  // or managed is the charge; "you always find a way to make me smile" stays praise.
  if (ALWAYS_PRAISE.has(next) && !(FIND_MANAGE.has(next) && turnedOnMe(doc, hit.end + 1))) return false;
  // "you always make my day", "you always make me laugh": what they make is warmth.
  if ((next === 'make' || next === 'makes' || next === 'made' || next === 'making') && hit.end + 1 < s.last) {
    const a = (doc.tokens[hit.end + 1] as Token).w;
    const b = (doc.tokens[hit.end + 2] as Token | undefined)?.w ?? '';
    if (a === 'my' && (b === 'day' || b === 'week' || b === 'morning' || b === 'night')) return false;
    if (a === 'me' && (WARM_AFTER_MAKE_ME.has(b) || valence(b) > 0)) return false;
  }
  // "you always have my back", "you're always there for me"
  const after = (k: number) => (doc.tokens[hit.end + k] as Token | undefined)?.w;
  if ((next === 'have' || next === 'got') && after(1) === 'my' && after(2) === 'back') return false;
  // "you're always on my mind", "…in my heart" (not "on my case").
  if (/^(?:mind|heart|thoughts|side)$/.test(after(2) ?? '') && after(1) === 'my') return false;
  const ce = clauseEnd(doc, hit.end);
  const p = polarity(doc, hit.end, ce + 1);
  if (p.pos > p.neg) return false;
  if (valenceSum(doc, hit.end, s.last) > 1) return false;
  return true;
}

function neverGuard(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  if ((isQuestionInversion(doc, first) && !whyAsked(doc, first)) || isRelative(doc, first)) return false;
  if (supposed(doc, first)) return false;
  swallowRepeats(doc, hit);
  const s = sentenceOf(doc, first);
  if (hit.end >= s.last) return false;
  const t = doc.tokens;
  const next = (t[hit.end] as Token).w;
  if (next === 'know' || next === 'knew' || statesARule(doc, hit.end, s.last)) return false; // "you never know"
  // "you'll never hear from me": a door closing (withdrawal's), not a tally of what they do.
  if (
    /^(?:see|hear)$/.test(next) &&
    (/ll$/.test((t[first] as Token).w) || (t[first + 1] as Token).w === 'will')
  )
    return false;
  // "you never tire of posting stupid comments": never stopping something bad is a charge.
  if (next === 'tire' || next === 'tires' || next === 'miss' || next === 'misses') {
    if (valenceSum(doc, hit.end + 1, clauseEnd(doc, hit.end) + 1) < 0) return true;
  }
  // "you never give anyone a chance": withholding, not "you never give up".
  if (
    /^g[ai]ves?$/.test(next) &&
    /^[^.?!]{0,20}\ba (?:chance|break|straight answer|say)\b/.test(answerAfter(doc, hit.end))
  )
    return true;
  if (NEVER_PRAISE.has(next)) return false;
  // "you never told me you were such a good singer!", "…you could cook like this": a happy
  // discovery about them, not a charge ("you never told me you loved me" still is one).
  if (/^(?:told|tell|mentioned|said)$/.test(next)) {
    let k = hit.end + 1;
    while (k < s.last && /^(?:me|us|that)$/.test((t[k] as Token).w)) k++;
    const who = (t[k] as Token | undefined)?.w;
    const verb = (t[k + 1] as Token | undefined)?.w ?? '';
    if (k + 1 < s.last && (who === 'you' || who === 'u') && /^(?:were|are|could|can|had)$/.test(verb)) {
      const p = polarity(doc, k + 2, s.last);
      if (p.neg === 0 && (p.pos > 0 || verb === 'could' || verb === 'can')) return false;
    }
  }
  // "you'd never guess who I ran into", "you will never feel satisfied": a figure of speech, or a
  // prediction about what the person will feel, not a charge about what they do.
  if (modalBefore(doc, first, hit.end) && (HYPOTHETICAL.has(next) || EXPERIENCE.has(next))) return false;
  // "you'll never learn / change": giving up on the other (withdrawal's rule), and "you'll never
  // change my mind" is banter.
  if (modalBefore(doc, first, hit.end) && (next === 'learn' || next === 'change')) return false;
  // "you've never cared what people think and I love that": warmth in the next clause.
  {
    const ce1 = clauseEnd(doc, hit.end);
    if (ce1 + 1 < s.last && polarity(doc, hit.end, ce1 + 1).neg === 0) {
      const p = polarity(doc, ce1 + 1, s.last);
      if (p.pos > p.neg) return false;
    }
  }
  // "you never pay attention to me", "you never hear me": not listening is the charge, whatever
  // words come after it.
  if (isListening(wordsFrom(doc, hit.end), 0)) return true;
  // "you've never felt this", "if you've never been there": the perfect of experience, not a charge.
  if (
    perfectBefore(doc, first, hit.end) &&
    EXPERIENCED.has(next) &&
    // crossa38: "you've never been on time / there for me / honest with me": a charge, not a place seen.
    !(
      next === 'been' &&
      /^\s*(?:on time|there for|there when (?:i|we) needed?|honest|fair|supportive|on my side|nice to|kind to|able to)\b/i.test(
        answerAfter(doc, hit.end + 1),
      )
    )
  )
    return false;
  // "you never have to apologise": no obligation, a reassurance.
  if (
    (next === 'have' || next === 'need' || next === 'needed' || next === 'had') &&
    t[hit.end + 1]?.w === 'to'
  )
    return false;
  // Never doing something hurtful is praise: "you never let me down", "you never hurt anyone".
  {
    // "you never admit you were wrong": the fault is what is not admitted, the charge stands.
    const ce0 = ownsFault(doc, hit.end) ? hit.end - 1 : clauseEnd(doc, hit.end);
    let neg = 0;
    for (let k = hit.end; k <= ce0; k++) {
      const w = (t[k] as Token).w;
      // "you never help and then complain", "…read the notes before complaining": a second act.
      // crossa38: "you never answer until someone leaves bad feedback": what waits is the charge.
      if (k > hit.end && /^(?:then|before|until|till|til|unless)$/.test(w)) break;
      if (APOLOGY_WORDS.has(w)) continue;
      // crossa38: "you never pay (me back / your share / for anything)": paying is no hurt done ("pay
      // full price" stays a thing saved).
      // Not with a treat offered ("…, let me get this one").
      if (
        w === 'pay' &&
        /^(?:me|us|back|your|ur|rent|bills|for|anyone|anything|up|on)$/.test(t[k + 1]?.w ?? '') &&
        !/\b(?:let me|i'?ll get|my treat|on me)\b/i.test(answerAfter(doc, k + 1))
      )
        continue;
      if (valence(w) < 0) neg++;
    }
    if (neg > 0 || (next === 'let' && t[hit.end + 2]?.w === 'down')) return false;
  }
  if (next === 'stop' || next === 'stops' || next === 'stopped') {
    const after = t[hit.end + 1];
    return after !== undefined && valence(after.w) < 0;
  }
  // "you never looked better", "you've never been happier"; and after a linking verb, a degree
  // word before a kind one: "you've never looked so happy", "you never sounded this sure".
  const ce = clauseEnd(doc, hit.end);
  const linking = LINKING.has(next);
  for (let k = hit.end; k <= ce; k++) {
    const w = (t[k] as Token).w;
    const praise =
      w === 'better' ||
      w === 'happier' ||
      w === 'lovelier' ||
      w === 'more' ||
      w === 'prettier' ||
      (linking && DEGREE.has(w) && k < ce && valence((t[k + 1] as Token).w) > 0);
    if (praise) return valenceSum(doc, hit.end, ce + 1) < 0;
  }
  return true;
}

/** Verbs that link "you" to how you seem ("you've never looked so happy"). */
const LINKING: ReadonlySet<string> = wordSet(
  'look looks looked seem seems seemed sound sounds sounded been be appear appears appeared feel felt',
);
const DEGREE: ReadonlySet<string> = wordSet('so this that as');

/** The canonical words from token `k` (three at most), for word-class tests that look ahead. */
function wordsFrom(doc: Doc, k: number): string[] {
  const s = sentenceOf(doc, k);
  const out: string[] = [];
  for (let j = k; j < s.last && j < k + 3; j++) out.push((doc.tokens[j] as Token).w);
  return out;
}

/** "You never listen to me" → "I don't feel heard right now" … */
function neverSuggest(doc: Doc, m: Match): Draft[] {
  const why = whySuggest(doc, m, (rest, aux) =>
    aux === 'did'
      ? `I wish you had ${rest.replace(/^\p{L}+/u, participleOf)}`
      : `I wish you would ${isBe(aux) ? 'be ' : ''}${rest} more often`,
  );
  if (why) return why;
  const t = doc.tokens;
  // "you never tire of posting…" → "it seems like you keep posting…" (never stopping is "keep").
  {
    const v0 = (t[m.last] as Token | undefined)?.w;
    const of = (t[m.last + 1] as Token | undefined)?.w;
    if ((v0 === 'tire' || v0 === 'tires') && of === 'of' && m.last + 2 < sentenceOf(doc, m.first).last) {
      const ce = clauseEnd(doc, m.last + 2);
      const rest = doc.text.slice((t[m.last + 2] as Token).start, (t[ce] as Token).end);
      return [replaceTokens(doc, m.first, ce + 1, `It seems like you keep ${rest}`)];
    }
  }
  const s = sentenceOf(doc, m.first);
  // "the two of you never talked", "as if you never left": "you" is not where a sentence of ours
  // can start; "never" alone becomes "hardly ever" and the rest stays.
  {
    const p1 = m.first > s.first ? (t[m.first - 1] as Token).w : '';
    const p2 = m.first - 1 > s.first ? (t[m.first - 2] as Token).w : '';
    const nev = t[m.last - 1] as Token;
    const did = didntOf((t[m.last] as Token | undefined)?.raw ?? '');
    // "as if the two of you never had the talk": one past act pictured, not a habit; "hardly ever
    // had" would change what was said. "didn't have".
    if (nev.w === 'never' && (p1 === 'of' || (p2 === 'as' && /^(?:if|though)$/.test(p1)))) {
      let asIf = false;
      for (let k = m.first - 1; k > s.first && k >= m.first - 6; k--)
        asIf ||= (t[k - 1] as Token).w === 'as' && /^(?:if|though)$/.test((t[k] as Token).w);
      return [replaceTokens(doc, m.last - 1, m.last + +!!(did && asIf), (asIf && did) || 'hardly ever')];
    }
    // "it's hard when you never call", "I know you never lie": inside a clause of the sentence
    // (the twin of "always" → "often"), "never" alone becomes "hardly ever".
    const p = m.first > s.first ? (t[m.first - 1] as Token) : undefined;
    if (
      nev.w === 'never' &&
      p &&
      /^\p{L}+$/u.test(p.w) &&
      !/[,;:.!?()\u2014-]/.test(doc.text.slice(p.end, (t[m.first] as Token).start)) &&
      !OPENS_OURS.has(p.w)
    )
      return [replaceTokens(doc, m.last - 1, m.last + +!!did, did || 'hardly ever')];
  }
  const v = m.last;
  const ce = clauseEnd(doc, v);
  const rest = doc.text.slice((t[v] as Token).start, (t[ce] as Token).end);
  const verb = (t[v] as Token).w;
  const form = youForm(doc, m);
  const out: Draft[] = [];
  const wholeClause = ce === s.last - 1;
  if (isListening(wordsFrom(doc, v), 0) && form === 'you') {
    if (wholeClause) out.push(toSentenceEnd(doc, m.first, "I don't feel heard right now."));
    else out.push(replaceTokens(doc, m.first, ce + 1, "I don't feel heard right now"));
    out.push(replaceTokens(doc, m.first, ce + 1, "Sometimes I feel like you're not listening"));
    return out;
  }
  if (form === "you're")
    out.push(replaceTokens(doc, m.first, ce + 1, `Sometimes I feel like you're not ${rest}`));
  else if (form === 'you were')
    out.push(replaceTokens(doc, m.first, ce + 1, `It felt like you weren't ${rest}`));
  else if (form === 'you will')
    out.push(replaceTokens(doc, m.first, ce + 1, `I worry that you won't ${rest}`));
  else if (form === "you've")
    out.push(replaceTokens(doc, m.first, ce + 1, `I feel like you haven't ${rest}`));
  else if (isPast(verb) || didntOf(rest)) {
    // "you never came yesterday" is one past act, not "hardly ever": said plainly first.
    if (didntOf(rest))
      out.push(replaceTokens(doc, m.first, ce + 1, `${(t[m.first] as Token).raw} ${didntOf(rest)}`));
    out.push(replaceTokens(doc, m.first, ce + 1, `It felt like you hardly ever ${rest}`));
  } else {
    out.push(replaceTokens(doc, m.first, ce + 1, `Sometimes I feel like you don't ${rest}`));
    out.push(replaceTokens(doc, m.first, ce + 1, `I feel hurt when you don't ${rest}`));
  }
  return out;
}

/** A time adjunct at the end of a clause ("… right now", "… lately"). */
const TIME_TAIL = / +(right now|rn|again|today|tonight|lately|recently|these days)$/i;

/** Words after which a sentence of ours can still start ("and lately it seems like you …"). */
const OPENS_OURS: ReadonlySet<string> = wordSet(
  'and but so or lol lmao honestly seriously ok okay well also yeah yes no man dude bro because cause cuz then now plus tbh ugh oh',
);

/** Verbs of a habit or a preference: with them "always" says how one usually does it. */
const HABIT_VERB =
  /^(?:prefer|prefers|preferred|use|uses|used|pick|picks|choose|chooses|chose|order|orders|ordered|recommend|recommends|suggest|suggests|type|types|write|writes|spell|spells|format|formats|default|defaults|start|starts|sort|sorts|cook|cooks|drink|drinks|wear|wears|vote|votes)$/;

/** "You always leave me waiting" → "Lately it seems like you leave me waiting a lot" / "I feel hurt when you …". */
function alwaysSuggest(doc: Doc, m: Match): Draft[] {
  const why = whySuggest(
    doc,
    m,
    (rest, aux) => `Lately it seems like ${statedYou(aux)} ${rest} a lot, and it bothers me`,
  );
  if (why) return why;
  const t = doc.tokens;
  // "you always prefer tabs", "in your code you always use var": a habit or a preference, not a
  // charge; "usually" says the same of it. Neither "often" ("you often prefer") nor "lately it
  // seems" fits a habit.
  {
    const s = sentenceOf(doc, m.first);
    let a = m.first;
    while (a < m.last && (t[a] as Token).w !== 'always') a++;
    const verb = a + 1 < s.last ? (t[a + 1] as Token) : undefined;
    if (
      a < m.last &&
      verb &&
      HABIT_VERB.test(verb.w) &&
      /^ +$/.test(doc.text.slice((t[a] as Token).end, verb.start))
    )
      return [replaceTokens(doc, a, a + 1, 'usually')];
  }
  // "if you have a choice you always prefer right", "I know you always lie": inside a clause of
  // the sentence, "you" is not where a sentence of ours can start; "always" alone becomes "often".
  {
    const s = sentenceOf(doc, m.first);
    const p = m.first > s.first ? (t[m.first - 1] as Token) : undefined;
    let a = m.first;
    while (a < m.last && (t[a] as Token).w !== 'always') a++;
    if (
      p &&
      a < m.last &&
      /^\p{L}+$/u.test(p.w) &&
      !/[,;:.!?()\u2014-]/.test(doc.text.slice(p.end, (t[m.first] as Token).start)) &&
      !OPENS_OURS.has(p.w)
    )
      return [replaceTokens(doc, a, a + 1, 'often')];
  }
  // "you always act like you know better": the manner ("act like") stays with what follows; never
  // "it seems like you you know better".
  let v = m.last;
  let adv = m.first;
  while (adv < m.last && !/^(?:always|constantly|forever)$/.test((t[adv] as Token).w)) adv++;
  const manner = /^(?:like|if)$/.test((t[m.last - 1] as Token).w) && adv + 1 < m.last;
  if (manner) v = adv + 1;
  const ce = clauseEnd(doc, v);
  const rest = doc.text.slice((t[v] as Token).start, (t[ce] as Token).end);
  const form = youForm(doc, m);
  const subject =
    form === "you're" ? "you're" : form === "you've" ? "you've" : form === 'you were' ? 'you were' : 'you';
  const alot = manner || /\b(a lot|all the time|so much|often)$/i.test(rest) ? '' : ' a lot';
  // A trailing time adjunct stays last ("… waiting a lot today"); "lately" is said already.
  const tail = TIME_TAIL.exec(rest);
  const core = tail ? rest.slice(0, tail.index) : rest;
  const kept = tail && !/^(?:lately|recently|these days)$/i.test(tail[1] as string) ? tail[0] : '';
  return [
    replaceTokens(
      doc,
      m.first,
      ce + 1,
      subject === 'you were'
        ? `It felt like you were ${core}${alot}${kept}`
        : `Lately it seems like ${subject} ${core}${alot}${kept}`,
    ),
    replaceTokens(doc, m.first, ce + 1, `I feel hurt when ${subject} ${rest}`),
  ];
}

const youAlways = (pattern: string, severity: 1 | 2 = 2) => ({
  pattern,
  rule: 'always',
  severity,
  min: 'balanced' as const,
  why: 'absolutes' as const,
  guard: alwaysGuard,
  suggest: alwaysSuggest,
});

const youNever = (pattern: string) => ({
  pattern,
  rule: 'never',
  severity: 2 as const,
  min: 'balanced' as const,
  why: 'absolutes' as const,
  guard: neverGuard,
  suggest: neverSuggest,
});

/** What "you always make me …" can be followed by that is warmth: "laugh", "smile", "feel safe". */
const WARM_AFTER_MAKE_ME: ReadonlySet<string> = wordSet(
  'laugh smile grin giggle blush think feel want so very',
);

/** "…you make me laugh", "makes me smile", "miss you too": the sentence is fond. */
const warmMakeMe = (doc: Doc, first: number): boolean =>
  /\b(?:makes?|made|making) me (?:laugh|smile|grin|happy|feel (?:safe|loved|better))|\b(?:love|miss) (?:you|u|ya|it)\b/i.test(
    aboutText(doc, first),
  );

/**
 * "you do this constantly", "u cancel on me nonstop", "you complain 24/7": a charge that touches
 * me or names a fault; not advice or a description ("when you think about it constantly", "it
 * sounds like you worry constantly", "you are thinking about him constantly").
 */
function adverbCharge(doc: Doc, from: number, you: number, adverb: number): boolean {
  for (let k = from; k < adverb; k++)
    if (
      /^(?:if|when|whenever|unless|like|seem|seems|may|might|probably|must)$/.test((doc.tokens[k] as Token).w)
    )
      return false;
  for (let k = you + 1; k < adverb; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (/^(?:me|my|us|our|this|that)$/.test(w) || isComplaint(w) || KEEP_NEGLECT.has(`${w}ing`)) return true;
  }
  return complaintIn(doc, you, adverb);
}

/** Not warm, and about the two of you. */
function historyGuard(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  // "You're late. As usual.": the phrase alone as a sentence tells of the one before it.
  const si = (doc.tokens[first] as Token).sent;
  const prev = s.last - s.first <= 3 && si > 0 ? doc.sentences[si - 1] : undefined;
  const at = prev && prev.last > prev.first ? prev.last - 1 : first;
  if (!mentionsYou(doc, at) || ownSlip(doc, first, s.last)) return false;
  const [a, b] = around(doc, at);
  const p = polarity(doc, a, soreClose(doc, a, b));
  return !(p.pos > p.neg);
}

/**
 * cluster41: `to`, or where a bare approving close said sourly starts ("…for three days. cool.",
 * "…, thanks for that", "…. shocker"): after a clause break, at the message's end, no "!" after it.
 */
function soreClose(doc: Doc, from: number, to: number): number {
  const last = doc.tokens.length - 1;
  if (to <= from + 2 || to - 1 !== last || /!/.test(doc.text.slice((doc.tokens[last] as Token).end)))
    return to;
  const k = wAt(doc, last - 1) === 'for' && wAt(doc, last) === 'that' ? last - 2 : last;
  if (
    !SORE_CLOSE.test(wAt(doc, k)) ||
    !isClauseEnd(doc, k - 1) ||
    (k < last && !/^(?:thanks|cheers)$/.test(wAt(doc, k)))
  )
    return to;
  // Said sourly only after something sour: "…skipped the standup. cool." (not "…remembered it, amazing"),
  // and no fault denied ("you haven't missed a single match, amazing").
  for (let j = from; j < k; j++) if (/^(?:not|never|no|nothing)$|n't$/.test(wAt(doc, j))) return to;
  for (let j = from; j < k; j++) {
    const x = wAt(doc, j);
    const base = baseOfPast(x);
    if (
      valence(x) < 0 ||
      isComplaint(x) ||
      LOSS.has(x) ||
      /^(?:without|nobody|late)$/.test(x) ||
      (x === 'read' && wAt(doc, j - 1) === 'on') ||
      (base !== null && KEEP_NEGLECT.has(`${base.replace(/e$/, '')}ing`))
    )
      return k;
  }
  return to;
}
const SORE_CLOSE =
  /^(?:cool|great|amazing|lovely|brilliant|perfect|fantastic|wonderful|awesome|nice|shocker|classic|congrats|thanks|cheers)$/;

/**
 * Round crossc34b: people who run a place or serve it, and what they do to someone (crossc35b: those
 * who run a game, a league or an event, and harm done to "people", "players", or "instead of…").
 */
const GROUP: ReadonlySet<string> = wordSet(
  'mods moderators mod admins admin devs dev developers maintainers support service staff management landlord hoa refs ref referee streamer council bank airline ' +
    'organisers organizers publishers company studio league government execs owners',
);
const GROUP_HARM =
  /^(?:delet|remov|ban|lock|fine[ds]?$|ignor|blam|hung|hang|charg|screw|cancel|refus|deni|nerf|mute|kick|lie[ds]?$|ruin|overcharg|nothing$|break|los[et])/;

/**
 * "as usual the mods deleted my post for no reason", "once again customer service hung up on me": the
 * phrase opens its sentence, a group that runs the place does harm in the next words, nothing warm.
 */
export function groupComplaint(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  let k = end;
  // An opener before it allowed: "ok so as usual…", "look, yet again…".
  for (let o = s.first; o < first; o++)
    if (first - s.first > 2 || !/^(?:ok|okay|so|look|honestly|and|but|well|wow)$/.test(tokenWord(doc, o)))
      return false;
  if (!/^(?:the|this|these|our|my|customer)$/.test(tokenWord(doc, k))) k--;
  while (++k < end + 3 && !GROUP.has(tokenWord(doc, k)));
  if (k === end + 3 || k >= s.last) return false;
  const g = k;
  const stop = Math.min(s.last, k + 4);
  const e = Math.min(s.last, k + 16);
  while (++k < stop && !GROUP_HARM.test(tokenWord(doc, k)));
  // A harm done, landing on the writer ("my post", "on me", "fined us") or said unfair ("for no
  // reason", "the wrong guy"); nothing warm.
  return (
    k < stop &&
    (tokenWord(doc, k) !== 'nothing' || /^(?:do|does|did)$/.test(tokenWord(doc, k - 1))) &&
    // "…breaks the login page": a breaking is unfair on its own (not "break the record").
    ((/^(?:break|ruin)/.test(tokenWord(doc, k)) &&
      !/^(?:the |a |another |all )?(?:records?|even|ground|silence|ice|news)\b/.test(
        doc.text.slice((doc.tokens[k] as Token).end + 1, (doc.tokens[e - 1] as Token).end),
      )) ||
      /\b(?:me|my|us|our|i|we|no reason|nothing|without|wrong|blames?|lie[ds]?|people|everyone|players|users|instead)\b/i.test(
        doc.text.slice((doc.tokens[g] as Token).end, (doc.tokens[e - 1] as Token).end),
      )) &&
    polarity(doc, first, e).pos === 0 &&
    // crossc35b: "!" allowed where the harm is one ("charged me nothing!", "blamed nobody!" are not).
    !/^\W*(?:\w+ )?(?:nothing|nobody|noone|no one)\b/i.test(doc.text.slice((doc.tokens[k] as Token).end)) &&
    !/\b(?:thanks?|lol|haha)\b/i.test(doc.text.slice(s.start, s.end))
  );
}

/** A bad thing undone or none charged in the three words before token `k`: "fixed the broken…". */
function undone(doc: Doc, k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++)
    if (
      /^(?:delet|remov|ban|fix|clean|catch|caught|lock|stop|kick|clear|solv|charg|cost|owe|paid|pay|had)/.test(
        tokenWord(doc, j),
      )
    )
      return true;
  return false;
}

/**
 * crossa39: "once again nobody emptied the bins", "yet again the portal is down", "as usual the refs
 * ignore it": after a tally that opens its sentence (the rule below checks the opening, the writer as
 * subject, thanks, warmth and laughter), a complaint about anyone, any verb: a lack ("nobody",
 * "nothing", "without", "n't", "zero", "missing") or a strong sour word, not one undone ("fixed the
 * broken boiler", "deleted the spam", "charged me nothing"); nothing warm in the next sentence; not
 * the weather's doing, nor an ask.
 */
function repeatComplaint(doc: Doc, end: number): boolean {
  const s = sentenceOf(doc, end);
  const who = tokenWord(doc, end) === 'the' ? tokenWord(doc, end + 1) : tokenWord(doc, end);
  if (/^(?:weather|rain|traffic|wifi|internet|fireworks|kids?|dog|cat)$/.test(who) || isImperative(doc, end))
    return false;
  let sour = false;
  for (let k = end; k < s.last && k < end + 18 && !sour; k++) {
    const w = tokenWord(doc, k);
    sour =
      (valence(w) <= -2 ||
        /^(?:nobody|noone|nothing|never|without|missing|late|again|zero|gone|ignor\w*|forg[eo]t\w*)$|n't$/.test(
          w,
        ) ||
        (w === 'no' && !/^(?:worries|problem)$/.test(tokenWord(doc, k + 1)))) &&
      !undone(doc, k);
  }
  const next = doc.sentences[(doc.tokens[end] as Token).sent + 1];
  return (
    sour &&
    (!next || polarity(doc, next.first, next.last).pos === 0) &&
    // …nor a point conceded to them ("as usual you were right, the old route was worse").
    !/\b(?:well done|came through|pulls? through|stole the show|sold out|(?:you|u|ur|you're|youre) (?:(?:were|are|was) )?right)\b/i.test(
      doc.text.slice(s.start, s.end),
    )
  );
}

/**
 * crossa38: "the council never fixes the potholes", "this seller always ships late", "your support
 * team always promises a callback and nobody rings": a group that serves or runs a place, then
 * "always" + a harm or "never" + what it owes (not "never charges for it": no harm had). The group
 * opens its clause; nothing warm, laughed or asked. Returns the adverb's token, or -1.
 */
function groupAbsolute(doc: Doc, first: number, end: number): number {
  const s = sentenceOf(doc, first);
  const a = end - 1;
  const adv = tokenWord(doc, a);
  if (
    first > s.first &&
    !isClauseEnd(doc, first - 1) &&
    !/^(?:and|but|so|honestly)$/.test(tokenWord(doc, first - 1))
  )
    return -1;
  let who = false;
  for (let k = first + 1; k < a; k++) {
    if (isClauseEnd(doc, k)) return -1;
    if (
      GROUP.has(tokenWord(doc, k)) ||
      /^(?:team|crew|sellers?|shops?|stores?|channel|fandom|couriers?|drivers?|landlords?)$/.test(
        tokenWord(doc, k),
      )
    )
      who = true;
  }
  if (!who || a + 1 >= s.last || /\?|\b(?:lol|haha\w*|lmao)\b/i.test(doc.text.slice(s.start, s.end)))
    return -1;
  // "…never misses", "…never gives up": praise; "the shop is never open", "…never has my size": what
  // is to be had, not owed.
  const next = tokenWord(doc, a + 1);
  if (
    (adv === 'never' && (NEVER_PRAISE.has(next) || tokenWord(doc, a + 2) === 'up')) ||
    /^(?:has|have|had|open)$/.test(next) ||
    /^(?:is|are|was|were)$/.test(tokenWord(doc, a - 1))
  )
    return -1;
  let harm = false;
  for (let k = a + 1; k <= clauseEnd(doc, a + 1); k++) {
    const x = tokenWord(doc, k);
    if (isComplaint(x) || GROUP_HARM.test(x) || /^(?:nobody|late|excuses?)$/.test(x)) harm = true;
  }
  const p = polarity(doc, s.first, s.last);
  return (adv === 'never') !== harm && p.pos <= p.neg ? a : -1;
}

/** People who let others down (not those who run a place: `groupComplaint` reads them). */
const LETDOWN =
  /^(?:someone|somebody|everyone|people|they|he|she|neighbou?rs|roomm?ates?|flatmates?|housemates?|sellers?|boss|manager|teachers?|contractors?|plumbers?|dad|mum|mom|parents|cops|police|politicians)$/;
/**
 * crossc36: people who let one down opening the clause after token `end`, then a complaint within
 * three words of them: "as usual the neighbours ignore…", "once again the contractors wrecked…".
 */
function letdownAt(doc: Doc, end: number): boolean {
  for (let k = end; k < end + 2; k++)
    if (
      LETDOWN.test(tokenWord(doc, k)) ||
      // crossc37: any group of people after "the / these": "the maintainers ignore…", "the refs bail
      // out…" (not those who run a place, `groupComplaint`'s: "the mods deleted the spam").
      (/^(?:the|this|these|those|our|my|your)$/.test(tokenWord(doc, k - 1)) &&
        /^(?:\w{3,}(?:ers|ors|ists|ians|ees)|refs|guys|crowd)$/.test(tokenWord(doc, k)) &&
        !/^(?:others|numbers|leftovers|flowers|papers|matters|covers|layers|waters|letters|chapters|members)$/.test(
          tokenWord(doc, k),
        ))
    )
      for (let j = k + 1; j < k + 4; j++)
        if (
          (isComplaint(tokenWord(doc, j)) ||
            LOSS.has(tokenWord(doc, j)) ||
            (/^(?:nothing|ignore[sd]?|never)$/.test(tokenWord(doc, j)) && tokenWord(doc, j + 1) !== 'but')) &&
          !/^(?:no|not|never)$|n't$/.test(tokenWord(doc, j - 1))
        )
          return true;
  return false;
}

/**
 * "as always, text me when you land", "and another thing, bring a swimsuit": the phrase opens a
 * caring ask or a plan's reminder (an imperative of keeping in touch, bringing, coming, taking care),
 * nothing sour after it.
 */
function routineAsk(doc: Doc, k: number): boolean {
  const s = sentenceOf(doc, k - 1);
  const t = doc.tokens;
  if (k >= s.last || !isClauseEnd(doc, k - 1)) return false;
  // "and another thing, don't forget sunscreen": a reminder (not "don't forget who pays").
  const ask = doc.text.slice((t[k] as Token).start, s.end);
  return (
    /^(?:(?:please |just )?(?:text|call|ping|message|dm|let|bring|pack|grab|save|send|come|join|enjoy|have|drive|stay|take|say|wear)|don'?t forget (?!who|what|that|your))\b/i.test(
      ask,
    ) &&
    polarity(doc, /^don/.test((t[k] as Token).w) ? k + 2 : k, s.last).neg === 0 &&
    !/\b(?:finally|bother|ever|whenever|remember|feel like|again)\b/i.test(ask)
  );
}

const SECOND_DOER = /^(?:you|u|you're|youre|you've|you'd|you'll|yourself)$/;
/** Slips of one's own: "I forgot", "I left my keys", "I overslept". */
const OWN_SLIP: ReadonlySet<string> = wordSet(
  'forgot left lost dropped broke spilled spilt overslept missed misplaced burnt burned locked messed mixed',
);

/**
 * "once again I left my keys at your place", "as usual I totally forgot your charger": after the
 * phrase, the writer owns a slip; "you" is at most an owner ("your place"), never a doer or a cause.
 */
function ownSlip(doc: Doc, first: number, last: number): boolean {
  let k = first + 1;
  const I = /^(?:i|i've|ive)$/;
  while (k < first + 4 && k < last && !I.test((doc.tokens[k] as Token).w)) k++;
  let v = k + 1;
  if (doc.tokens[v]?.w === 'have') v++;
  if (/^(?:just|totally|accidentally)$/.test(doc.tokens[v]?.w ?? '')) v++;
  if (!I.test(doc.tokens[k]?.w ?? '') || v >= last || !OWN_SLIP.has((doc.tokens[v] as Token).w)) return false;
  // "you" as a doer in the slip's clause, or a cause anywhere after it, makes it a complaint.
  let own = true;
  for (let j = v; j < last; j++) {
    const w = (doc.tokens[j] as Token).w;
    if (/^(?:because|cause|cuz|bc|thanks|since)$/.test(w) || (own && SECOND_DOER.test(w))) return false;
    if (isClauseEnd(doc, j)) own = false;
  }
  return true;
}

/**
 * "I'm always the one who…" as a complaint: something follows, nothing warm, no laugh at oneself
 * ("I'm always the one who gets lost lol"), no plain bad luck ("…who gets sunburnt").
 */
function martyrGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  if (hit.end >= s.last || isQuestionInversion(doc, first)) return false;
  const p = polarity(doc, ...around(doc, first));
  if (p.pos > p.neg) return false;
  if (
    /\b(?:lol|haha|lmao|love|lucky|proud|happy|grateful)\b|\u{1F602}|\u{1F923}|\u{2764}|\u{1F970}/u.test(
      aboutText(doc, first, hit.end),
    )
  )
    return false;
  // "…the only one who remembered": the only one to have done it, with no cheer.
  if (
    (doc.tokens[hit.end - 2] as Token).w === 'only' &&
    /^(?:who|that)$/.test((doc.tokens[hit.end] as Token).w) &&
    !doc.text.slice(s.start, s.end).includes('!')
  )
    return true;
  // The rest says a load carried: a duty ("has to", "ends up"), a chore in -ing, or "after"/"for" others.
  const ce = Math.min(s.last, hit.end + 8);
  for (let k = hit.end - 1; k < ce; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (
      /^(?:has|have|having|had|ends|ended|stuck|left|everyone|everybody|everything|always|after|apologi[sz]e|apologi[sz]ing)$/.test(
        w,
      )
    )
      return true;
    if (
      k >= hit.end &&
      /ing$/.test(w) &&
      w.length > 4 &&
      !/^(?:getting|going|being|feeling|thing|nothing|something|anything|everything)$/.test(w)
    )
      return true;
    // The load is said in the clause of "who…": "…who forgets the charger, sorry, can you bring
    // yours?" carries nothing after its comma.
    if (k >= hit.end && isClauseEnd(doc, k)) break;
  }
  return false;
}

/**
 * crossa38: "why is it always me / you" + who does what: a doing ("doing the school run", "who has
 * to…"), nothing warm, no laugh or luck ("always you who wins, teach me", "always me that gets the
 * good seat, lucky").
 */
function alwaysWhoGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  if (hit.end + 1 >= s.last) return false;
  const next = (t[hit.end] as Token).w;
  if (
    !(
      /^(?:who|that)$/.test(next) ||
      (/ing$/.test(next) &&
        next.length > 4 &&
        !/^(?:thing|nothing|something|anything|everything)$/.test(next))
    )
  )
    return false;
  const p = polarity(doc, s.first, s.last);
  return (
    p.pos === 0 &&
    !/\b(?:lol|haha\w*|lmao|lucky|love|teach|proud|happy|grateful|thank\w*)\b|\u{1F602}|\u{1F923}|\u{2764}/u.test(
      aboutText(doc, first, hit.end),
    )
  );
}

/** "why is it always me doing X?" → "it feels like I'm usually the one doing X." */
function alwaysWhoSuggest(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  const me = (doc.tokens[m.last - 1] as Token).w === 'me';
  let end = s.end;
  while (end > s.contentEnd && /\s/.test(doc.text[end - 1] as string)) end--;
  const rest = doc.text.slice((doc.tokens[m.last] as Token).start, s.contentEnd);
  return [
    {
      start: (doc.tokens[m.first] as Token).start,
      end,
      text: me
        ? `it feels like I'm usually the one ${rest}, and I'd love some help.`
        : `it feels like you're often the one ${rest}.`,
    },
  ];
}

function carryingSuggest(doc: Doc, m: Match): Draft[] {
  return [
    toSentenceEnd(doc, m.first, "Lately I've felt like I'm carrying a lot of this, and I'd love more help."),
  ];
}

/** "As always, you forgot" → "This time, you forgot" / "You forgot". */
function dropPhrase(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  if (isSentenceStart(doc, m.first) && m.last < s.last) {
    const next = t[m.last] as Token;
    const out = [{ start: (t[m.first] as Token).start, end: next.start, text: 'This time, ' }];
    out.push({ start: (t[m.first] as Token).start, end: next.end, text: next.raw });
    return out;
  }
  // The whole sentence ("You're late. As usual."): it goes, with the space before it.
  if (m.first === s.first && m.last === s.last && s.start > 0) {
    let a = s.start;
    while (a > 0 && /\s/.test(doc.text[a - 1] as string)) a--;
    let b = s.end;
    while (b > s.start && /\s/.test(doc.text[b - 1] as string)) b--;
    return [{ start: a, end: b, text: '', label: 'Leave it out' }];
  }
  // Mid-sentence or at the end: drop it with the space before it.
  let start = (t[m.first] as Token).start;
  while (start > s.start && doc.text[start - 1] === ' ') start--;
  const end = (t[m.last - 1] as Token).end;
  return [{ start, end, text: '', label: 'Leave it out' }];
}

/**
 * `dropPhrase`, and a bare approving close that ends the message goes too (read as sour after the
 * complaint, see `soreClose`): "once again u left me on read. cool." → "this time, u left me on read."
 */
function dropSore(doc: Doc, m: Match): Draft[] {
  const out = dropPhrase(doc, m);
  const from = Math.max(0, doc.text.length - 40);
  const c =
    /[.,;]?\s*\b(?:cool|great|amazing|lovely|brilliant|perfect|fantastic|wonderful|awesome|nice|shocker|classic|congrats)\.?\s*$/i.exec(
      doc.text.slice(from),
    );
  const at = c ? from + c.index : -1;
  if (at <= (doc.tokens[m.last - 1] as Token).end) return out;
  return out.map((d) =>
    d.end <= at
      ? { start: d.start, end: doc.text.length, text: `${d.text}${doc.text.slice(d.end, at)}.` }
      : d,
  );
}

/**
 * "keep using it again, and again, and again": the idiom said once more than its pattern goes whole,
 * never leaving ", and again" behind.
 */
function dropRepeats(doc: Doc, m: Match): Draft[] {
  return dropPhrase(doc, m).map((d) => {
    if (d.text !== '') return d;
    const more = /^(?:,?\s*(?:and|&)\s+again\b)+/i.exec(doc.text.slice(d.end));
    const before = /(?:\s+again,?\s+(?:and|&))+$/i.exec(doc.text.slice(Math.max(0, d.start - 80), d.start));
    return {
      ...d,
      start: d.start - (before ? before[0].length : 0),
      end: d.end + (more ? more[0].length : 0),
    };
  });
}

/** Words before "you" that make it an object ("every time I see you", "I think of you"). */
const BEFORE_OBJECT_YOU: ReadonlySet<string> = wordSet(
  'of to for with at about than from see saw seeing love loved miss missed thank hear heard call called text texted like hug hugged meet met around near behind beside without',
);

/** First words of a practical instruction: "remember to lock up every time you leave". */
const PRACTICAL_OPENERS: ReadonlySet<string> = wordSet(
  'remember please pls plz make check lock turn wash close clean rinse unplug wipe put take bring let try be use feed water',
);

/** The writer remembering: "think of", "back in", "remember" before "your". */
const MEMORY_OF = /^(?:(?:think|thinking|thought) (?:of|about)|back (?:in|at)|\w+ (?:remember|miss))$/;

/** A second-person subject somewhere in the sentence: "… you disappear", "your phone comes out". */
function youAsSubject(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  for (let k = s.first; k < s.last && k < s.first + 48; k++) {
    const w = (t[k] as Token).w;
    // "every time that song plays I'm back in your van", "… I think of your grandma's kitchen": their
    // place or people in the writer's memory, not what they do.
    if (
      (w === 'ur' || w === 'your') &&
      k - 2 >= s.first &&
      MEMORY_OF.test(`${t[k - 2]?.w} ${t[k - 1]?.w}`) &&
      !polarity(doc, Math.max(s.first, k - 16), Math.min(s.last, k + 16)).neg
    )
      continue;
    if (w === "you're" || w === "you've" || w === "you'll" || w === 'ur' || w === 'your') return true;
    if (w !== 'you' && w !== 'u') continue;
    if (k === s.first || !BEFORE_OBJECT_YOU.has((t[k - 1] as Token).w)) return true;
    // "every time I call, you hang up": after a comma it opens a clause.
    if (/[,;:]/.test(doc.text.slice((t[k - 1] as Token).end, (t[k] as Token).start))) return true;
  }
  return false;
}

/**
 * "Again and again you promise…", "you promise and forget, again and again": the idiom opens a
 * clause whose subject is "you", or ends a clause that "you" opened. Not "a mantra to say over
 * and over to yourself".
 */
function repeatAboutYou(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  const opens = isSentenceStart(doc, first) || (first > s.first && isClauseEnd(doc, first - 1));
  if (opens && end < s.last && /^(?:you|u|your|ur|you're|you've)$/.test((t[end] as Token).w)) return true;
  if (!isClauseEnd(doc, end - 1)) return false;
  // abs43: "you're late again, like clockwork", "you forget … at least once a week, like clockwork".
  for (let k = first - 1; k >= s.first && k >= first - 16; k--) {
    const w = (t[k] as Token).w;
    if (/^(?:you|u|you're|youre|you've)$/.test(w)) {
      if (w.length < 4 && k >= first - 10 && (k === s.first || !BEFORE_OBJECT_YOU.has((t[k - 1] as Token).w)))
        return true;
      // The fault said in the first words after "you": "you're late…", "you forget…".
      for (let j = k; j < first && j < k + 4; j++) if (isComplaint((t[j] as Token).w)) return true;
      return false;
    }
    if (k < first - 1 && isBareClauseEnd(doc, k)) return false;
  }
  return false;
}

/**
 * "every single time I ask for help you disappear": a charge about what the other person does.
 * Not a practical instruction ("remember to lock up every time you leave"), not about oneself
 * ("every time I hear this song I think of you"), not warm. Asking for help is no warmth.
 */
function everyTimeGuard(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  if (!youAsSubject(doc, first) || isQuestionInversion(doc, first)) return false;
  if (PRACTICAL_OPENERS.has((t[contentStart(doc, s)] as Token).w)) return false;
  // "don't forget to charge it every time you use it": a reminder, an instruction too.
  if (
    /^(?:don't|dont|do_not|never)$/.test((t[s.first] as Token).w) &&
    (t[s.first + 1] as Token | undefined)?.w === 'forget'
  )
    return false;
  const [a, b] = around(doc, first);
  const p = polarity(doc, a, b);
  let pos = p.pos;
  for (let k = a; k < b; k++) if ((t[k] as Token).w === 'help') pos -= valence('help');
  // "every time i visit u have snacks ready. ur the best": the habit answered with praise of them.
  const nx = doc.sentences[(t[first] as Token).sent + 1];
  if (nx && !p.neg && nx.last - nx.first < 6 && /^(?:you|u|ur|you're|youre)$/.test(t[nx.first]?.w ?? '')) {
    const q = polarity(doc, nx.first, nx.last);
    if (q.pos > 2 && !q.neg) return false;
  }
  // "every time I watch your videos I pick up a new trick", "every single time I visit your place I
  // leave happier": the writer's own doing, and what they gain from it (session 37).
  let neg = p.neg;
  for (let k = a; k < b; k++) if ((t[k] as Token).w === 'leave') neg += valence('leave');
  if (!neg && OWN_GAIN.test(doc.text.slice((t[first] as Token).start, (t[s.last - 1] as Token).end)))
    return false;
  return !(pos > p.neg);
}

/** The writer's own habit with something of theirs, and a gain: "every time I read your blog I learn…". */
const OWN_GAIN =
  /^(?:every|each)(?: single)? time (?:i|we) (?:[a-z']+ ){1,3}?(?:your|ur) [^,.!?;]{1,40}?,? (?:i|we) (?:always |usually |still |just )?(?:learn\w*|pick\w* up|come away|(?:leave|feel) (?:happier|smiling|inspired|better|with|lighter)|smile|laugh)\b(?![^.!?]*\b(?:you|u)\b)/i;

/** "Every time …": "Lately, when …"; "you yell every time I talk": "when". */
function everyTimeSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  if (isSentenceStart(doc, m.first) && !isClauseEnd(doc, m.last - 1)) {
    return [{ start: (t[m.first] as Token).start, end: (t[m.last] as Token).start, text: 'Lately, when ' }];
  }
  // "you yell every time I talk": a conjunction here; "when" says this one pattern without the tally.
  const next = m.last < sentenceOf(doc, m.first).last ? (t[m.last] as Token).w : '';
  if (!isClauseEnd(doc, m.last - 1) && SUBJECTS.has(next))
    return [replaceTokens(doc, m.first, m.last, 'when')];
  return [replaceTokens(doc, m.first, m.last, 'a lot lately')];
}

/** "not once did you say thank you" → "you didn't say thank you": the one event, without the tally. */
function notOnceSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const aux = (t[m.first + 2] as Token).w;
  const neg = aux === 'did' ? "didn't" : aux === 'has' ? "hasn't" : aux === 'do' ? "don't" : "haven't";
  return [replaceTokens(doc, m.first, m.last, `you ${neg}`)];
}

/** Owning a fault: after "never" / "not once" the fault owned is no hurt done. */
const ADMIT = /^(?:admit|concede)/;
/**
 * At token `k`, admitting a fault ("admit you were wrong", "admitted it was your mistake"), with
 * nothing kind after it in the sentence ("…but you were the best player").
 */
function ownsFault(doc: Doc, k: number): boolean {
  if (!ADMIT.test((doc.tokens[k] as Token).w)) return false;
  const s = sentenceOf(doc, k);
  for (let j = k + 1; j < s.last && j <= k + 6; j++)
    if (/^(?:wrong|mistakes?|fault|lied|messed)$/.test((doc.tokens[j] as Token).w))
      return polarity(doc, j + 1, s.last).pos === 0;
  return false;
}

/** Never doing something hurtful is praise: "not once did you complain", "… let me down". */
function notOnceGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (hit.end >= s.last) return false;
  // cluster41: "not once have you admitted you were wrong": the fault owned is the charge.
  if (ownsFault(doc, hit.end)) return true;
  const ce = clauseEnd(doc, hit.end);
  for (let k = hit.end; k <= ce; k++) {
    const w = (t[k] as Token).w;
    // Not once saying sorry is the charge, not praise.
    if (APOLOGY_WORDS.has(w)) continue;
    if (valence(w) < 0) return false;
  }
  // cluster41: "not one single time did you lose your temper / raise your voice": restraint praised.
  if (
    /^(?:lose|lost|raise|raised|snap|snapped|yell|yelled|shout|shouted|judge|judged|doubt|doubted)$/.test(
      (t[hit.end] as Token).w,
    )
  )
    return false;
  return !((t[hit.end] as Token).w === 'let' && t[hit.end + 2]?.w === 'down');
}

/**
 * abs44: "once" (or ", not once / one,") closing a clause where "you" refused: the negation of "you" at
 * most nine words before, nothing hurtful left undone (`notOnceGuard`), not asked, nothing fond.
 */
function noneTally(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  if (
    first > s.first && end - first > 1
      ? !isClauseEnd(doc, first - 1)
      : wAt(doc, first - 1) === 'at' ||
        !(isClauseEnd(doc, first) || /^(?:all|this|in|while|since)$/.test(wAt(doc, end)))
  )
    return false;
  for (let n = first - 1; n > s.first && n > first - 10; n--)
    if (/n't$|^(?:not|never|cannot|didnt|havent)$/.test(wAt(doc, n)) && n !== first) {
      const y = SECOND_DOER.test(wAt(doc, n - 1)) ? n - 1 : n - 2;
      return (
        SECOND_DOER.test(wAt(doc, y)) &&
        !brokenBetween(doc, y, end - first > 1 ? first - 1 : first) &&
        wAt(doc, end + 1) !== 'a' &&
        !textOf(doc, s.first, s.last).includes('?') &&
        coldAt(doc, first) &&
        notOnceGuard(doc, n, { end: n + 1 })
      );
    }
  return false;
}

/** The word of token `k` ("" past the end). */
const wAt = (doc: Doc, k: number): string => doc.tokens[k]?.w ?? '';

/** cluster41: where the tally that opens at `first` ends ("not one single time", "zero times"). */
function tallyEnd(doc: Doc, first: number): number {
  let k = first;
  while (k < first + 5 && /^(?:not|never|even|once|one|single|a|time|zero|times)$/.test(wAt(doc, k))) k++;
  return k;
}

/** No clause break among tokens [from, to). */
function brokenBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isClauseEnd(doc, k)) return true;
  return false;
}

/** "said" → "didn't say", "have" → "haven't", "help" → "don't help": the verb after "not once you", negated. */
function notOnceVerb(doc: Doc, k: number): string | null {
  const t = doc.tokens[k] as Token | undefined;
  if (!t || k >= sentenceOf(doc, k).last) return null;
  if (t.w === 'have' || t.w === 'had') return `${t.w === 'have' ? "haven't" : "hadn't"}`;
  const base = baseOfPast(t.w);
  if (base) return `didn't ${base}`;
  if (/^[a-z]{3,}$/.test(t.w) && !t.w.endsWith('ing') && !SUBJECTS.has(t.w) && valence(t.w) <= 0)
    return `don't ${t.w}`;
  return null;
}

/** Gerunds, for "classic you, making it all about yourself". */
function typicalSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const k = m.last;
  const fallback = [toSentenceEnd(doc, m.first, 'This one bothered me.')];
  if (k >= s.last) return fallback;
  const w = (t[k] as Token).w;
  // "typical of you to leave the mess for me" → "It bothers me when you leave the mess for me".
  if (w === 'to' && k + 1 < s.last) {
    const ce = clauseEnd(doc, k + 1);
    const rest = doc.text.slice((t[k + 1] as Token).start, (t[ce] as Token).end);
    return [replaceTokens(doc, m.first, ce + 1, `It bothers me when you ${rest}`), ...fallback];
  }
  // "classic you, making it all about yourself" → "It feels like you're making it all about yourself".
  if (/^[a-z]{3,}ing$/.test(w) && w !== 'thing' && w !== 'nothing' && w !== 'something') {
    const ce = clauseEnd(doc, k);
    const rest = doc.text.slice((t[k] as Token).start, (t[ce] as Token).end);
    return [replaceTokens(doc, m.first, ce + 1, `It feels like you're ${rest}`), ...fallback];
  }
  return fallback;
}

/** What people keep doing that is unwelcome even without a negative word: "you keep forgetting…". */
const KEEP_NEGLECT: ReadonlySet<string> = wordSet(
  'lying cheating forgetting ignoring interrupting leaving losing breaking missing cancelling canceling skipping avoiding dodging bailing flaking borrowing taking eating using touching moving changing bringing putting texting calling yelling shouting',
);

/**
 * The count said in earnest: nothing warm after it, and (when `told`) a verb of telling, "same" or
 * "again" in the eight words after.
 */
function retold(doc: Doc, first: number, end: number, told: boolean): boolean {
  const s = sentenceOf(doc, first);
  const p = polarity(doc, end, Math.min(s.last, end + 12));
  if (p.pos > p.neg) return false;
  if (!told)
    return isClauseEnd(doc, end - 1) || /^(?:before|until|till|to|for|in|on|here)$/.test(tokenWord(doc, end));
  for (let k = end; k < s.last && k < end + 8; k++)
    if (RETELL.has(tokenWord(doc, k)) || /^(?:same|again)$/.test(tokenWord(doc, k))) return true;
  return false;
}

/** Telling again: "how many times do I have to say / ask / remind…". */
/**
 * "How many times do I have to revert your edits before you stop?" → "I've reverted your edits
 * several times now. I'd like you to stop.": what the writer keeps doing is the content; a line of
 * ours about "mentioning this before" would drop it. Said with a verb of telling ("how many times
 * do I have to tell you"), the line of ours fits, and this is null; null too for anything else
 * than "<verb> <what>" and an optional "before/until you <what they should do>".
 */
function doneSoOften(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const aux = (t[m.last - 2] as Token | undefined)?.w ?? '';
  const who = (t[m.last - 1] as Token).w;
  if (!/^(?:do|must)$/.test(aux) || !/^(?:i|we)$/.test(who)) return null;
  let k = m.last;
  if (k + 1 < s.last && /^(?:have|need|got)$/.test((t[k] as Token).w) && (t[k + 1] as Token).w === 'to')
    k += 2;
  else if (k < s.last && /^(?:gotta|hafta)$/.test((t[k] as Token).w)) k++;
  if (k >= s.last) return null;
  const verb = (t[k] as Token).w;
  if (
    RETELL.has(verb) ||
    !/^\p{L}{3,}$/u.test(verb) ||
    /(?:ing|ly)$/.test(verb) ||
    /^(?:the|you|your|this|that|these|those|him|her|them|again|still|even|really|just|keep)$/.test(verb) ||
    isPastForm(verb)
  )
    return null;
  // The clause, up to "before/until you …" or its end.
  let b = k + 1;
  while (b < s.last && !/^(?:before|until|till|til)$/.test((t[b] as Token).w) && !isClauseEnd(doc, b - 1))
    b++;
  if (b === k + 1 && !isClauseEnd(doc, k)) return null;
  const what = doc.text.slice((t[k + 1] as Token | undefined)?.start ?? 0, (t[b - 1] as Token).end);
  if (b - 1 > k && /[,;:]/.test(what)) return null;
  const did = `${who === 'i' ? "I've" : "We've"} ${participleOf(verb)}${b - 1 > k ? ` ${what}` : ''} several times now.`;
  if (b < s.last && /^(?:before|until|till|til)$/.test((t[b] as Token).w)) {
    const y = b + 1;
    if (y + 1 >= s.last || !/^(?:you|u)$/.test((t[y] as Token).w)) return null;
    const e = clauseEnd(doc, y + 1);
    if (e < y + 1 || e < s.last - 1) return null;
    const want = doc.text.slice((t[y + 1] as Token).start, (t[e] as Token).end);
    if (/[,;:]/.test(want)) return null;
    return toSentenceEnd(doc, m.first, `${did} I'd like you to ${want}.`);
  }
  if (!isClauseEnd(doc, b - 1) || b < s.last - 1) return null;
  return toSentenceEnd(doc, m.first, did);
}

const RETELL: ReadonlySet<string> = wordSet(
  'say tell ask remind repeat explain beg yell shout conversation argument',
);

/** Words that open a clause as its subject ("every time you see …"). */
const SUBJECTS: ReadonlySet<string> = wordSet(
  "i you he she we they it i'm you're he's she's we're they're it's someone somebody anyone people my your his her our their the",
);

/**
 * "whenever I ask, you disappear": after the "whenever" clause the main clause has "you" as its
 * subject and says nothing warm ("whenever you call I smile" has "you" in the wrong clause).
 */
function chargeAfterWhenever(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  // "I always smile whenever you call": a clause before it is the main clause.
  if (!isSentenceStart(doc, first) && !isClauseEnd(doc, first - 1)) return false;
  const next = (t[first + 1] as Token | undefined)?.w ?? '';
  if (!/^(?:i|i'm|im|we|i've|ive|my)$/.test(next)) return false;
  for (let k = first + 2; k < s.last && k < first + 30; k++) {
    const w = (t[k] as Token).w;
    // "whenever I'm sad you make it better": what "you" do is judged on its own.
    if (/^(?:you|u|you're|ur|youre|you've|youve|your)$/.test(w))
      return polarity(doc, k, clauseEnd(doc, k) + 1).pos === 0;
  }
  return false;
}

/**
 * "again" written in capitals or with stacked marks, in a sentence about what "you" did:
 * "you left the stove on AGAIN", "late again?!". Not praise, not a laugh.
 */
function loudAgain(doc: Doc, first: number): boolean {
  const tok = doc.tokens[first] as Token;
  const raw = doc.text.slice(tok.start, tok.end);
  const after = doc.text.slice(tok.end, tok.end + 3);
  // "Again." said as a sentence of its own, or after its complaint: "late again.".
  const s = sentenceOf(doc, first);
  const sole =
    s.last === first + 1 &&
    (s.first === first || (s.first === first - 1 && isComplaint((doc.tokens[s.first] as Token).w)));
  // Not a question ("Again?") nor after cheering ("you did it! again!").
  const loud =
    raw === 'AGAIN' ||
    /^\s*(?:\?\?|\?!|!\?|!!)/.test(after) ||
    (sole && !/^\s*\?/.test(after) && !/!\s*$/.test(doc.text.slice(0, s.start)));
  if (!loud || doc.text === doc.text.toUpperCase()) return false;
  // A short "Again!" or "again??" in a message that names them (read as text: the sentences beside
  // may not be tokenized).
  const near = mentionsYou(doc, first);
  const text = doc.text.toLowerCase();
  if (
    !near &&
    !(s.last - s.first < 3 && /\b(?:you|u|your|ur|you're|youre)\b/.test(text)) &&
    !(sole && s.first < first)
  )
    return false;
  // Beside the charge, the message must hold one (a complaint, a denial) and no praise.
  if (
    (sole || !near) &&
    (roughPolarity(text).pos > 0 ||
      !text
        .split(/[^a-z']+/)
        .some(
          (x) =>
            isComplaint(x) ||
            /n't$|^(?:not|never|(?:do|did|does|wo|would|ca|could|is|was|are|have|has|should)nt)$/.test(x),
        ) ||
      /\u{1F62D}|\bmissed (?:you|u)\b/u.test(text))
  )
    return false;
  const [a, b] = around(doc, first);
  const p = polarity(doc, a, b);
  return (
    !(p.pos > 0) &&
    !/\b(?:lol|haha|lmao|congrats|yay)\b|\u{1F602}|\u{1F923}|\u{1F389}|\u{2764}/u.test(
      aboutText(doc, first),
    ) &&
    !(sole && /\b(?:sorry|apolog|my bad|thank)/i.test(doc.text))
  );
}

/** A complaint word in the clause ending at `end`: "forget", "late", "argument", "complain". */
function complaintIn(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  let k = end - 1;
  // Back to the start of the clause that the time phrase ends.
  while (k > s.first && !isClauseEnd(doc, k - 1) && k > end - 16) k--;
  for (; k < end; k++) if (isComplaint((doc.tokens[k] as Token).w)) return true;
  return false;
}

/** "…a day you don't complain": after the time word, "you" with a negated verb. */
function youNegatedAfter(doc: Doc, from: number): boolean {
  const s = sentenceOf(doc, from);
  const t = doc.tokens;
  for (let k = from; k < s.last && k < from + 4; k++) {
    const w = (t[k] as Token).w;
    if (w === 'you' || w === 'u') {
      const n = (t[k + 1] as Token | undefined)?.w ?? '';
      return /(?:n't|nt)$|^(?:not|never)$/.test(n);
    }
  }
  return false;
}

/** What a person lets others down with, counted off in "another week, another excuse". */
const LET_DOWNS: ReadonlySet<string> = wordSet(
  'excuse excuses lie lies promise promises apology apologies fight row argument mess late tantrum drama cancellation',
);

/** "find" and "manage" after "always": praise unless what follows is a charge (see `turnedOnMe`). */
const FIND_MANAGE: ReadonlySet<string> = wordSet('find found manage managed');

/**
 * What a found way or excuse turns into a charge: "my fault", "an excuse", "…around on me", or a
 * spoiling the lexicon leaves neutral ("find a way to screw things up", "…to spoil it").
 */
const CHARGE_NOUNS: ReadonlySet<string> = wordSet(
  'fault excuse excuses blame reason drama argument fight screw spoil',
);

/**
 * The clause from token `from` is a charge against the writer: a bad word, a fault or excuse
 * named, or the blame turned "on me" at its end.
 */
function turnedOnMe(doc: Doc, from: number): boolean {
  const s = sentenceOf(doc, from);
  if (from >= s.last) return false;
  const ce = clauseEnd(doc, from);
  const t = doc.tokens;
  for (let k = from; k <= ce; k++) {
    const w = (t[k] as Token).w;
    if (CHARGE_NOUNS.has(w) || valence(w) < 0) return true;
  }
  // "…around on me", "…make it about you": the blame turned, or the moment taken.
  const end = (t[ce] as Token).w;
  return (
    ce > from &&
    (t[ce - 1] as Token).w === (end === 'me' ? 'on' : 'about') &&
    /^(?:me|you|yourself)$/.test(end)
  );
}

/** The sentence says "you" (or "your") after token `from`, as an object ("…tiptoe around you"). */
function youObjectAfter(doc: Doc, from: number): boolean {
  const s = sentenceOf(doc, from);
  const ce = from < s.last ? clauseEnd(doc, from) : from;
  for (let k = from; k <= ce && k < s.last; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (w === 'you' || w === 'your' || w === 'ur') return true;
  }
  return false;
}

/**
 * abs44: the token of "you" whose clause an "every" at `first` counts (-1 if none): "you" opens the
 * clause (no other subject and no clause break between), no modal after it ("you need to stop…": an
 * order), a complaint ("forget", "late", "do this") in the clause, the sentence without praise,
 * laughter or a question.
 */
function youEvery(doc: Doc, first: number): number {
  const s = sentenceOf(doc, first);
  const end = first + (wAt(doc, first + 1) === 'single' ? 3 : 2);
  let y = first - 1;
  while (y > s.first && !/^(?:you|u|you're|youre|you've|youve|i|we|it|he|she|they)$/.test(wAt(doc, y))) y--;
  if (
    y < s.first ||
    !SECOND_DOER.test(wAt(doc, y)) ||
    /^(?:need|have|should|can|did)$/.test(wAt(doc, y + 1)) ||
    !(y === s.first || isClauseEnd(doc, y - 1) || /^(?:and|but|so)$/.test(wAt(doc, y - 1))) ||
    brokenBetween(doc, y, first) ||
    /^(?:other|one|times?|thing)$/.test(wAt(doc, end - 1)) ||
    doc.text.slice(s.start, s.end + 1).includes('?') ||
    !coldAt(doc, first) ||
    polarity(doc, s.first, s.last).pos > 0
  )
    return -1;
  let e = end;
  while (e < s.last && !isClauseEnd(doc, e - 1)) e++;
  for (let k = y + 1; k < e; k++) {
    const x = wAt(doc, k);
    // Another tally in the clause ("you keep…", "you always…") has the card.
    if (/^(?:keeps?|always|constantly|never|still)$/.test(x)) return -1;
    if (
      (isComplaint(x) || (/^th(?:is|at)$/.test(x) && /^(?:do\w*|did|pull\w*)$/.test(wAt(doc, k - 1)))) &&
      !/^(?:no|not|never|without|the)$|n't$/.test(wAt(doc, k - 1))
    )
      return y;
  }
  return -1;
}

/** Being away or unable: what "suddenly" finds them when needed. */
const AWAY = /^(?:busy|offline|tired|sick|gone|asleep|away|broke|headache|disappear\w*|need\w*)$/;

/** Laughter, love or thanks anywhere in the message. */
const sweet = (doc: Doc): boolean =>
  LAUGH_OR_LOVE.test(doc.text) || /\b(?:lol|thanks?|love)\b/i.test(doc.text);

/**
 * abs44: "suddenly" (or "nowhere to be found") in a clause of "you" that a "whenever / every time /
 * the moment …" opens: they are away each time they are needed. Away in the four words after, or
 * "nowhere"; nothing warm in the sentence.
 */
function awayWhenNeeded(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  if (
    !/\b(?:whenever|time|when|moment|minute|second)\b.*\b(?:you|u|you're|you've)( are| were| been)? *$/i.test(
      textOf(doc, s.first, first),
    ) ||
    sweet(doc) ||
    polarity(doc, first, s.last).pos > 0
  )
    return false;
  if (wAt(doc, first) === 'nowhere') return wAt(doc, hit.end) === 'to';
  for (let k = hit.end; k < hit.end + 4 && k < s.last; k++) if (AWAY.test(wAt(doc, k))) return true;
  return false;
}

/** Laughter or a warm emoji in the message: the absolute is teasing or fond. */
const LAUGH_OR_LOVE =
  /\b(?:lmao|haha\w*|hehe)\b|[\u{1F602}\u{1F923}\u{1F605}\u{2764}\u{1F970}\u{1F60D}\u{1F62D}\u{1F60A}\u{1F389}]/u;

/** Not warm around token `first`, and no laughter or fond emoji in the message. */
/** A complaint or a negative word in the message before token `first`. */
function sourBefore(doc: Doc, first: number): boolean {
  for (let k = Math.max(0, first - 30); k < first; k++) {
    const x = (doc.tokens[k] as Token).w;
    if (isComplaint(x) || valence(x) < 0) return true;
  }
  return false;
}

function coldAt(doc: Doc, first: number): boolean {
  const t = doc.tokens[first] as Token;
  return (
    notWarmAt(doc, first) && !LAUGH_OR_LOVE.test(doc.text.slice(Math.max(0, t.start - 300), t.end + 300))
  );
}

/**
 * "everyone always has to tiptoe around you", "I always have to remind you": the burden the others
 * carry because of "you", tallied with "always". Suggests the same words as a feeling about lately.
 */
function othersCarrySuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const ce = clauseEnd(doc, m.last - 1);
  let text = '';
  for (let k = m.first; k <= ce; k++) {
    const tok = t[k] as Token;
    if (ADVERBS.has(tok.w) && k > m.first) continue;
    // The first word is ours to lower ("Everyone …" → "… like everyone …"), "I" stays "I".
    const raw = k === m.first ? (tok.w === 'i' ? 'I' : tok.raw.toLowerCase()) : tok.raw;
    text += (text ? ' ' : '') + raw;
  }
  // "nobody ever gets a word in with you" → "lately it feels like it's hard to get a word in with you".
  const lead = /^(?:nobody|no_one|noone|no)$/.test((t[m.first] as Token).w);
  const said = lead
    ? "Lately it feels hard to get through to you, and it's wearing on me"
    : `Lately it feels like ${text}, and it's wearing on me`;
  if (ce === s.last - 1) return [toSentenceEnd(doc, m.first, `${said}.`)];
  return [replaceTokens(doc, m.first, ce + 1, said)];
}

/** Talking and reaching: what "no one can ever …" do with "you" that makes it a charge. */
const REACH_VERBS: ReadonlySet<string> = wordSet(
  'talk talks speak speaks say says tell tells reason argue disagree ask asks question criticize criticise correct please satisfy win get gets mention bring point',
);

/** Words that may stand with "again" in a message of exasperation: "seriously? again?". */
const EXASPERATION: ReadonlySet<string> = wordSet(
  'again seriously really srsly ugh omg wow oh come on are you kidding not wtf smh omfg like look ok so ' +
    'right now today lately all the time to me honestly tbh lol',
);

/** Only stance and time words remain from token `k` to the end of the message: "… right now", "… lol". */
function endsAfter(doc: Doc, k: number): boolean {
  for (let j = k; j < doc.tokens.length; j++) if (!TAIL_WORDS.has((doc.tokens[j] as Token).w)) return false;
  return true;
}
const TAIL_WORDS: ReadonlySet<string> = wordSet(
  'right now again today tonight lately all the time to me honestly tbh lol smh seriously anymore rn then ugh',
);

/** Ordinals for "the third time this week": a count of the same thing. */
const ORDINALS: ReadonlySet<string> = wordSet(
  'second third fourth fifth sixth seventh eighth ninth tenth twelfth twentieth hundredth umpteenth nth 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 20th 100th',
);

/** Words that may stand before a count that opens its clause: "ok so this is the third time". */
const COUNT_LEAD: ReadonlySet<string> = wordSet(
  "the this is that's thats it's its was how for like literally seriously ok okay so and now um ugh wow look really honestly just actually",
);

/** "every comment you leave is negative": "every" + a noun + "you" + a verb opening the sentence, a complaint after it. */
function everyYouGuard(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const noun = (t[hit.cap.n as number] as Token).w;
  if (first > s.first && !/^(?:literally|and|but|so)$/.test((t[first - 1] as Token).w)) return false;
  if (/^(?:times?|one)$/.test(noun)) return false;
  if (doc.text.slice(s.start, s.end).includes('?')) return false;
  const ce = Math.min(clauseEnd(doc, hit.end) + 1, t.length);
  // cluster40: or a harm done in each ("every release you break something"), not a feat ("every
  // record you break makes me proud").
  let bad = HARM_AFTER.test((t[hit.end - 1] as Token).w) && noun !== 'record';
  for (let k = hit.end; k < ce && !bad; k++)
    bad = isComplaint((t[k] as Token).w) || HARM_AFTER.test((t[k] as Token).w);
  // cluster40: the doing itself may be a warm verb ("every game you join", "every deal you win…"):
  // warmth is read in what is said of it.
  return (
    bad &&
    polarity(doc, hit.end, ce).pos === 0 &&
    !/\b(?:proud|love|amaz|impress)/i.test(
      doc.text.slice((t[first] as Token).start, (t[Math.min(ce, first + 30, t.length) - 1] as Token).end),
    ) &&
    coldAt(doc, first)
  );
}

/** cluster40: what goes wrong in all of their doings: "every release you ship breaks something". */
const HARM_AFTER =
  /^(?:break|breaks|broke|dies|died|crash\w*|tank\w*|trash\w*|wreck\w*|ruin\w*|nothing|star)$/;

/** "every comment you leave is negative" → "a lot of the comments you leave are negative". */
function everyYouSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const noun = (t[m.cap.n as number] as Token).w;
  const next = t[m.last] as Token | undefined;
  const s = sentenceOf(doc, m.first);
  const v = next && m.last < s.last ? next.w : '';
  // "is a one-star rant": the plural "feel like" one.
  const a = /^(?:a|an)$/.test(t[m.last + 1]?.w ?? '');
  const agreed =
    v === 'is'
      ? a
        ? 'feel like'
        : 'are'
      : v === 'was'
        ? a
          ? 'felt like'
          : 'were'
        : v === 'has'
          ? 'have'
          : /^[a-z]+(?:sh|ch|x|o)es$/.test(v)
            ? v.slice(0, -2)
            : /^[a-z]{2,}[^s]s$/.test(v)
              ? v.slice(0, -1)
              : '';
  if (!agreed || !/^[a-z]+$/.test(noun))
    return [toSentenceEnd(doc, m.first, 'This keeps happening lately, and it gets to me.')];
  const plural = /(?:s|x|ch|sh)$/.test(noun)
    ? `${noun}es`
    : /[^aeiou]y$/.test(noun)
      ? `${noun.slice(0, -1)}ies`
      : `${noun}s`;
  // "literally every comment" → "a lot of the comments": the intensifier goes with "every".
  const from =
    m.first > s.first && /^(?:literally|basically)$/.test((t[m.first - 1] as Token).w)
      ? m.first - 1
      : m.first;
  const lead = /^\p{Lu}/u.test((t[from] as Token).raw) ? 'A lot' : 'a lot';
  const you = doc.text.slice((t[(m.cap.n as number) + 1] as Token).start, (t[m.last - 1] as Token).end);
  return [replaceTokens(doc, from, m.last + 1, `${lead} of the ${plural} ${you} ${agreed}`)];
}

/** Spans of time a count is kept in: "this week", "today", "in a row". */
const COUNT_SPANS: ReadonlySet<string> = wordSet(
  'week weekend month year day today tonight morning row night evening monday tuesday wednesday thursday friday saturday sunday holiday christmas birthday summer sprint meeting shift visit',
);

/**
 * "the third time this week", "the fifth time you've forgotten": a count about "you" (or a bare
 * count, the whole message), not "my third time watching it" nor "third time's the charm".
 */
function countGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (!coldAt(doc, first)) return false;
  // The count opens its clause ("third time…", "this is the fifth time…", "how is this the second
  // time…"); "show me the 20th time you've worn it" counts as an object, not a charge.
  for (let k = s.first; k < first; k++) if (!COUNT_LEAD.has((t[k] as Token).w)) return false;
  const after = hit.end < s.last ? (t[hit.end] as Token).w : '';
  if (after === 'charm' || after === 'lucky') return false;
  // "…this week I've been to this café": what the writer did is counted.
  for (let k = hit.end; k < s.last && k < hit.end + 4; k++) {
    const w = (t[k] as Token).w;
    // "…the fourth time I've explained this", "the 3rd time we've asked": a request repeated, unheeded.
    if (/^(?:i|i've|ive|i'm|i'd|we|we've|we're)$/.test(w)) {
      const v = t[k + 1]?.w === 'have' || t[k + 1]?.w === 'had' ? k + 2 : k + 1;
      return RETOLD.has(t[v]?.w ?? '');
    }
    // "…this week my train's been cancelled", "…today the printer jammed": a thing's trouble counted.
    if (/^(?:my|our|the)$/.test(w) && THING_NOUNS.has((t[k + 1]?.w ?? '').replace(/'s$/, ''))) return false;
    // "the fifth time you've forgotten to call" (not "the second time you made me dinner"): what
    // "you" did is a complaint, or the same thing done again.
    if (/^(?:you|you've|you're|you'd|your)$/.test(w))
      return (
        countedComplaint(doc, k) ||
        // crossa38: "third time this week you've reposted it", whatever the act: counted within a
        // span of time, nothing kind in it ("second time today you've made me laugh" is kind).
        (k > hit.end &&
          COUNT_SPANS.has((t[k - 1] as Token).w) &&
          k + 1 < s.last &&
          polarity(doc, k, clauseEnd(doc, k + 1) + 1).pos === 0 &&
          // Nor a gift ("…you've brought me flowers"), nor asked about ("…, are you ok?").
          !/\b(?:lol|haha\w*|lmao|thank\w*|love|ok|okay|alright|all right|worried|(?:brought|bought|got|made|gave|sent|cooked|baked)(?: for)? (?:me|us)|spoil\w*)\b|\?/i.test(
            doc.text.slice(s.start, s.end + 80),
          ))
      );
  }
  // A bare count ("third time this week", "4th time this month u cancelled") about "you", or alone.
  const span = after === 'this' || after === 'in' ? (t[hit.end + 1] as Token | undefined)?.w : after;
  if (!span || !COUNT_SPANS.has(span)) return false;
  return mentionsYou(doc, first) || doc.sentences.length === 1 || s.last - s.first <= 6;
}

/** Asking again: "the fifth time I've asked", "the third time we've told you". */
const RETOLD: ReadonlySet<string> = wordSet(
  'asked told explained said reminded mentioned repeated begged raised chased requested written wrote messaged',
);

/** What "you" did, counted: a complaint word in the clause, or "done this / that". */
function countedComplaint(doc: Doc, you: number): boolean {
  const s = sentenceOf(doc, you);
  const t = doc.tokens;
  const ce = you + 1 < s.last ? clauseEnd(doc, you + 1) : you;
  for (let k = you + 1; k <= ce && k < s.last; k++) {
    const w = (t[k] as Token).w;
    if (isComplaint(w) || COUNTED_MISDEEDS.has(w)) return true;
    if (
      /^(?:done|did|do|pulled|said)$/.test(w) &&
      /^(?:this|that|it)$/.test((t[k + 1] as Token | undefined)?.w ?? '')
    )
      return true;
  }
  return false;
}

/** Misdeeds that carry no bad word of their own: "the fifth time you've forgotten / cancelled / bailed". */
const COUNTED_MISDEEDS: ReadonlySet<string> = wordSet(
  'forgot forgotten forget forgets cancelled canceled cancel cancels bailed bail ditched ignored ignore ignores missed skipped skip skips stood flaked flake flakes blew lied nitpick nitpicks',
);

/** The same thing again: "same story every weekend with you", "same excuse every time". */
function sameAgainGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (!coldAt(doc, first) || hit.end >= s.last) return false;
  const p = polarity(doc, first, s.last);
  if (p.pos > 0) return false;
  // "same excuse as last month", "same drama every weekend": a sour thing needs no "you".
  const sour = /^(?:excuses?|drama|crap|nonsense|bs|lies|games|mess)$/.test((t[hit.end - 1] as Token).w);
  for (let k = hit.end; k < s.last && k < hit.end + 5; k++) {
    const w = (t[k] as Token).w;
    // "same excuse you gave last year": a sour thing of theirs, given again.
    if (w === 'you' || w === 'u' || w === 'your')
      return (
        (k > s.first && /^(?:with|from|w)$/.test((t[k - 1] as Token).w)) ||
        (sour && /^(?:gave|used|made|pulled|told|said)$/.test(t[k + 1]?.w ?? ''))
      );
    if (w === 'every' || w === 'each') {
      const u = (t[k + 1] as Token | undefined)?.w ?? '';
      return (u === 'time' || COUNT_SPANS.has(u) || u === 'single') && (sour || mentionsYou(doc, first));
    }
    if (
      w === 'as' &&
      sour &&
      k === hit.end &&
      /^(?:last|always|usual|before|yesterday)$/.test(t[k + 1]?.w ?? '')
    )
      return true;
  }
  return false;
}

/** "admitting you're wrong" → "It feels like admitting you're wrong is really hard for you". */
function incapableSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  if (m.last >= s.last) return [toSentenceEnd(doc, m.first, 'This has been hard for me lately.')];
  const ce = clauseEnd(doc, m.last);
  const rest = doc.text.slice((t[m.last] as Token).start, (t[ce] as Token).end);
  const to = (t[m.last - 1] as Token).w === 'to';
  const said = to
    ? `It feels like it's really hard for you to ${rest}, and that's hard on me`
    : `It feels like ${rest} is really hard for you, and that's hard on me`;
  if (ce === s.last - 1) return [toSentenceEnd(doc, m.first, `${said}.`)];
  return [replaceTokens(doc, m.first, ce + 1, said)];
}

/** "you don't even try anymore" → "Lately it feels like you don't try as much, and I miss it". */
function lapsedSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const v = m.last - 1;
  const ce = clauseEnd(doc, v);
  const words: string[] = [];
  for (let k = v; k <= ce; k++) {
    const w = (t[k] as Token).w;
    if (w === 'even' || w === 'anymore') continue;
    if (w === 'any' && (t[k + 1] as Token | undefined)?.w === 'more') {
      k++;
      continue;
    }
    words.push((t[k] as Token).raw);
  }
  const said = `Lately it feels like you don't ${words.join(' ')} as much, and I miss it`;
  if (ce === s.last - 1) return [toSentenceEnd(doc, m.first, `${said}.`)];
  return [replaceTokens(doc, m.first, ce + 1, said)];
}

/** Efforts whose lapse is the charge: "you don't even try", "you never even ask anymore". */
const EFFORT_VERBS =
  'try|bother|care|listen|ask|notice|look|apologize|apologise|pretend|call|text|help|visit|compliment|thank|hug|kiss|reply|answer|show_up|make_an_effort|make_time';

/** "you don't even try": "even" or "anymore" in the clause, nothing warm, not asked. */
function lapsedGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  if (isQuestionInversion(doc, first) || isRelative(doc, first) || supposed(doc, first)) return false;
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  let marked = false;
  for (let k = first; k < hit.end; k++) if ((t[k] as Token).w === 'even') marked = true;
  const ce = hit.end - 1 < s.last - 1 ? clauseEnd(doc, hit.end - 1) : hit.end - 1;
  for (let k = hit.end; k <= ce && k < s.last; k++) {
    const w = (t[k] as Token).w;
    if (w === 'anymore' || (w === 'more' && (t[k - 1] as Token).w === 'any')) marked = true;
    // "you don't even have to ask", "…need to": not an effort lapsed.
    if (valence(w) < 0) return false;
  }
  return marked && coldAt(doc, first);
}

// Round h33: a repetition or totality marker tied to a fault of "you" or their side, in the shapes
// other writers use. Kept small: the guards are in the always-loaded bundle (the rewordings are not).

const negator = (w: string) => /n'?t$|^(?:not|never|no)$/.test(w);

/**
 * "another month, another bounced payment from you", "another day, another excuse": a fault after
 * the second "another" with "you" in the sentence, or something that came from "you". Not
 * "another year, another adventure with you", nor "another excuse for cake".
 */
function anotherAnotherGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const rest = ` ${answerAfter(doc, hit.end).toLowerCase()}`.split(/[,.!?;]/)[0] as string;
  // "here we go again, new month, same fight about the bins": after a clause too.
  return (
    (isSentenceStart(doc, first) || isClauseEnd(doc, first - 1)) &&
    coldAt(doc, first) &&
    (/ from (?:you|ur?|your)\b/.test(rest) ||
      // "another weekend, another excuse": what a person lets others down with, no "you" needed.
      rest.split(' ').some((w) => LET_DOWNS.has(w)) ||
      (mentionsYou(doc, first) && rest.split(' ').some((w) => isComplaint(w)))) &&
    !/excuses? (?:for|to)/.test(rest)
  );
}

/**
 * "you've forgotten every birthday since…", "you haven't paid a single bill", "your team misses
 * every deadline": a complaint verb not negated, or a duty negated ("haven't paid / cleaned /
 * called"). Not "you haven't missed a single practice", "you've been to every game", "you haven't
 * aged a single day", "if you missed every lecture…", and nothing fond outside the thing tallied.
 */
function everyFaultGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const after = t[hit.end]?.w ?? '';
  // "every day", "every single morning": how often, not a tally of things; "every single thing" is
  // the totality rules'.
  if (
    hit.end >= s.last ||
    /^(?:time|times|other|day|morning|thing)$/.test(after.replace(/^single$/, t[hit.end + 1]?.w ?? ''))
  )
    return false;
  if (
    supposed(doc, first) ||
    isQuestionInversion(doc, first) ||
    LAUGH_OR_LOVE.test(aboutText(doc, first, hit.end))
  )
    return false;
  let neg = false;
  let bad = false;
  let duty = false;
  let sum = 0;
  for (let k = s.first; k < s.last; k++) {
    const w = (t[k] as Token).w;
    // "it sounds like your partner ignores every…", "if you missed every…": framed, not charged.
    if (k < hit.end && /^(?:if|when|like|seems?|sounds|feels?|may|might|maybe)$/.test(w)) return false;
    if (k <= first || k > hit.end) sum += valence(w);
    else if (k < hit.end - 1) {
      if (negator(w)) neg = true;
      else if (isComplaint(w) || /^miss/.test(w) || COUNTED_MISDEEDS.has(w)) bad = true;
      else if (
        /^(?:paid|cleaned|called|cooked|helped|washed|done|said|kept|answered|replied|returned|thanked|apologi[sz]ed|listened|finished|fixed)$/.test(
          w,
        )
      )
        duty = true;
    }
  }
  return (neg ? duty && !bad : bad) && sum <= 0;
}

/** "never in six years have you cooked dinner": the tally inverted, the charge what follows. */
const neverInGuard = (doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }) =>
  isSentenceStart(doc, first) &&
  !/\b(?:i|we)\b/.test(textOf(doc, first, hit.end - 2)) &&
  notOnceGuard(doc, hit.end - 1, hit) &&
  coldAt(doc, first);

function pluralOf(w: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

/**
 * "you've missed every match since june" → "you've missed a lot of matches since june", "you
 * haven't paid a single bill" → "you haven't paid the bills": the tally without the absolute. The
 * noun is the word after the quantifier (with a possessive before it: "parents' evening").
 */
function everyFaultSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const q = m.last - 1;
  const single = (t[q] as Token).w === 'single';
  const from = single ? q - 1 : q;
  let negated = false;
  for (let k = m.first; k < from; k++) if (negator((t[k] as Token).w)) negated = true;
  let n = q + 1;
  if (n < s.last && (t[n] as Token).w === 'single') n++;
  // "you haven't washed a single pan" → "you haven't washed a pan".
  if (single && negated && n < s.last)
    return [{ start: (t[q] as Token).start, end: (t[n] as Token).start, text: '' }];
  // "every (single) one of our anniversaries" → "a lot of our anniversaries".
  if (n + 1 < s.last && (t[n] as Token).w === 'one' && (t[n + 1] as Token).w === 'of')
    return [replaceTokens(doc, from, n + 2, negated ? 'any of' : 'a lot of')];
  // The head noun: the last plain word before a preposition, a clause word or the clause's end.
  let head = n;
  while (
    head + 1 < s.last &&
    head < n + 2 &&
    !isClauseEnd(doc, head) &&
    /^[a-z]+$/.test((t[head + 1] as Token).raw.toLowerCase()) &&
    !/^(?:since|this|that|at|in|on|for|from|to|of|about|over|under|into|around|through|during|without|against|and|or|but|with|by|the|a|an|my|your|his|her|our|their|its|i|you|u|we|they|he|she|all|last|so|because|before|after|when|anymore|again|yet|now|today|either)$/.test(
      (t[head + 1] as Token).w,
    )
  )
    head++;
  if (head >= s.last) return [];
  const noun = t[head] as Token;
  if (!/^\p{L}+$/u.test(noun.raw) || /s$/.test(noun.w)) return [];
  const lead = doc.text.slice((t[n] as Token).start, noun.start);
  // A time ("every Monday", "literally every weekend"): "most Mondays", the intensifier with it.
  const when = !negated && !lead && TIMES.test(noun.w);
  const before = t[from - 1];
  const start = (
    when && before && /^(?:literally|basically|practically)$/.test(before.w) ? before : t[from]
  ) as Token;
  return [
    {
      start: start.start,
      end: noun.end,
      text: `${negated ? 'the' : when ? 'most' : 'a lot of'} ${lead}${pluralOf(noun.raw)}`,
    },
  ];
}
const TIMES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|morning|evening|night|day|year)$/;

/** "never in six years have you once cooked dinner" → "in six years, you haven't cooked dinner". */
function neverInSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  let inAt = m.first + 1;
  while (inAt < m.last && (t[inAt] as Token).w !== 'in') inAt++;
  const aux = m.last - 2;
  const span = doc.text.slice((t[inAt] as Token).start, (t[aux - 1] as Token).end);
  const a = (t[aux] as Token).w;
  const neg = a === 'has' ? "hasn't" : a === 'did' ? "didn't" : a === 'do' ? "don't" : "haven't";
  const you = (t[m.last - 1] as Token).raw;
  let end = m.last - 1;
  // "once" / "even once" after "you" goes with the absolute.
  let k = m.last;
  while (
    k < t.length &&
    /^(?:once|even|ever)$/.test((t[k] as Token).w) &&
    (t[k] as Token).sent === (t[m.first] as Token).sent
  ) {
    end = k;
    k++;
  }
  return [{ start: (t[m.first] as Token).start, end: (t[end] as Token).end, text: `${span}, ${you} ${neg}` }];
}

/** "another month, another excuse from you" → "this month, an excuse from you". */
function anotherAnotherSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const words = doc.text.slice((t[m.first + 1] as Token).start, (t[m.last - 2] as Token).end);
  const next = t[m.last] as Token | undefined;
  if (!next || next.sent !== (t[m.first] as Token).sent) return [];
  return [replaceTokens(doc, m.first, m.last, `this ${words}, ${article(next.w)}`)];
}

/** What a tally of the past says instead: the writer's feeling, not the record. */
/**
 * crossa39: "you can never just be happy for me", "you can't ever just let people enjoy things",
 * "…just say thank you, can you": "just" and any act owed to us or others after "can never" (token
 * `end` on). The act's first token, or -1. Its own words ("happy", "thank") are no warmth.
 */
function owedAct(doc: Doc, end: number): number {
  let k = end;
  while (/^(?:just|even|once|simply|ever|actually)$/.test(tokenWord(doc, k))) k++;
  if (!/^(?:just|simply)$/.test(tokenWord(doc, k - 1)) || k >= sentenceOf(doc, end).last) return -1;
  const e = Math.min(clauseEnd(doc, k) + 3, sentenceOf(doc, k).last - 1);
  return CHARGE_AFTER_CAN_NEVER.has(tokenWord(doc, k)) ||
    /\b(?:me|us|my|our|people|anyone|others|can (?:you|u)|for once)\b/.test(
      doc.text.slice((doc.tokens[k] as Token).start, (doc.tokens[e] as Token).end),
    )
    ? k
    : -1;
}

/** "you can never just be happy for me" → "It would mean a lot to me if you'd be happy for me." */
function owedSuggest(doc: Doc, m: Match): Draft[] {
  const k = owedAct(doc, m.last);
  const e = clauseEnd(doc, k);
  const act = doc.text.slice((doc.tokens[k] as Token).start, (doc.tokens[e] as Token).end);
  return [toSentenceEnd(doc, m.first, `It would mean a lot to me if you'd ${act}.`)];
}

const HAPPENED_BEFORE = 'This has happened before, and it really gets to me.';
/** abs44: a pattern said as the writer's feeling. */
const KEEPS = "I've noticed this keeps happening, and it's wearing on me.";

/** The sentence from the tally on says the writer's feeling instead. */
const happenedBefore = (doc: Doc, m: Match): Draft[] => [toSentenceEnd(doc, m.first, HAPPENED_BEFORE)];

export const absolutes = phraseFamily({
  id: 'absolutes',
  category: 'absolutes',
  phrases: [
    youNever('you @INT? never|nvr|neva'),
    youNever("you're|you_are|ur @INT? never|nvr"),
    { ...youNever("you've|you_have @INT? never|nvr"), min: 'strict' as const },
    youNever("you|u don't|didn't|do_not|won't ever"),
    // "you can never just say thanks", "you can't ever admit it": the absolute after a modal of ability.
    ...['you|u can|could @INT? never|nvr|neva', "you|u can't|cant|cannot|couldn't|couldnt ever"].map(
      (pattern) => ({
        ...youNever(pattern),
        // "you can never be too careful", "you can never rely on others for everything": advice with a
        // generic "you"; the charge goes on with what they never do for us ("…just say thanks").
        guard: (doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }) => {
          let k = hit.end;
          while (
            /^(?:just|even|once|simply|ever|actually)$/.test((doc.tokens[k] as Token | undefined)?.w ?? '')
          )
            k++;
          const owed = owedAct(doc, hit.end) >= 0;
          // "you can't ever just let it go": holding on is the charge ("…let your guard down" is advice).
          const letGo =
            (doc.tokens[k] as Token | undefined)?.w === 'let' &&
            k + 2 < sentenceOf(doc, k).last &&
            (doc.tokens[k + 2] as Token).w === 'go' &&
            isClauseEnd(doc, k + 2);
          return (
            (letGo || owed || CHARGE_AFTER_CAN_NEVER.has((doc.tokens[k] as Token | undefined)?.w ?? '')) &&
            !isQuestionInversion(doc, first) &&
            (owed ? polarity(doc, sentenceOf(doc, first).first, first).pos === 0 : notWarmAt(doc, first)) &&
            !/\b(?:lol|haha|lmao)\b|\u{1F602}|\u{1F923}/u.test(aboutText(doc, first, hit.end))
          );
        },
        suggest: (doc: Doc, m: Match) =>
          owedAct(doc, m.last) >= 0 ? owedSuggest(doc, m) : youNever(pattern).suggest(doc, m),
      }),
    ),
    youAlways(
      'you|u @INT? always|constantly|continually|forever|alwayz|consistently|perpetually|invariably|habitually|chronically|endlessly|repeatedly|continuously|eternally|routinely|incessantly|nonstop',
    ),
    youAlways(
      "you're|you_are|ur @INT? always|constantly|continually|forever|alwayz|consistently|perpetually|invariably|habitually|chronically|endlessly|repeatedly|continuously|eternally|routinely|incessantly|nonstop",
    ),
    ...['every|each single? time', 'each and every time', 'every single|last one_of_these times'].map(
      (pattern) => ({
        pattern,
        rule: 'every-time',
        severity: 2 as const,
        min: 'balanced' as const,
        why: 'absolutes' as const,
        guard: everyTimeGuard,
        suggest: everyTimeSuggest,
      }),
    ),
    {
      pattern: 'not once have|has|did|do you|u',
      rule: 'not-once',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: notOnceGuard,
      suggest: notOnceSuggest,
    },
    {
      pattern: 'for once in your|ur life',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      // "for once in your life, treat yourself to something nice": warmth passes.
      guard: notWarmAt,
      suggest: dropPhrase,
    },
    ...[
      'as always|usual',
      'like always|usual',
      'once again',
      'yet again',
      'same as always',
      'as per usual',
      'per usual',
    ].map((pattern) => ({
      pattern,
      rule: 'as-usual',
      severity: 1 as const,
      min: 'balanced' as const,
      why: 'history' as const,
      // "as well as always finding the balance": the "as" belongs to "as well as".
      guard: (doc: Doc, first: number, hit: { end: number }) =>
        (historyGuard(doc, first) || groupComplaint(doc, first, hit.end)) &&
        !routineAsk(doc, hit.end) &&
        doc.tokens[first - 1]?.w !== 'as' &&
        // "as usual ur right lol": a point conceded.
        !/^\W*(?:you'?re|ur|you (?:are|were)|u r) (?:so |totally )?right\b/i.test(
          doc.text.slice((doc.tokens[hit.end - 1] as Token).end),
        ) &&
        !(
          first > sentenceOf(doc, first).first &&
          /^(?:well|much|long|soon|far|good|many|often|same)$/.test((doc.tokens[first - 1] as Token).w) &&
          (doc.tokens[first] as Token).w === 'as'
        ),
      suggest: dropSore,
    })),
    // Absolutes without always/never: "yet again", "each and every time", "classic you".
    {
      pattern: 'yet again',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: historyGuard,
      suggest: dropPhrase,
    },
    // Round crossc34: "yet another weekend you spent at the pub", "…evening of you on the sofa" opening
    // its clause, "you" no recipient ("yet another parcel for you", "…gorgeous photo from you!").
    {
      pattern: 'yet another',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first) => {
        let k = first + 2;
        while (k < first + 9 && !/^(?:you|u)$/.test(tokenWord(doc, k))) k++;
        return (
          (first === sentenceOf(doc, first).first || isClauseEnd(doc, first - 1)) &&
          !/^(?:for|to|from|with|at|by|thank|thanks)$/.test(tokenWord(doc, k - 1)) &&
          historyGuard(doc, first)
        );
      },
      // "yet another weekend you…" → "another weekend you…".
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'another')],
    },
    ...[
      "classic|typical you|u|you've|youve",
      'classic|typical of you|u',
      'so|how|thats|that_is|just classic|typical of you|u',
    ].map((pattern) => ({
      pattern,
      rule: 'as-usual',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'history' as const,
      // "typical of you to think of everyone": warmth passes.
      guard: notWarmAt,
      suggest: typicalSuggest,
    })),
    {
      pattern: 'for the hundredth|thousandth|millionth|umpteenth|fiftieth|last|nth|fifth|tenth time',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first) =>
        historyGuard(doc, first) && !(doc.tokens[first + 2] as Token).w.startsWith('last'),
      suggest: dropPhrase,
    },
    // Repetition idioms with the same job as "as usual": "again and again", "without fail".
    ...[
      'again and again',
      'over and over again?',
      'time and time? again',
      'time after time',
      'day after|in day out?',
      'without fail',
      'night after night',
      'week|month|year after week|month|year',
      'like clockwork',
    ].map((pattern) => ({
      pattern,
      rule: 'as-usual',
      severity: 1 as const,
      min: 'balanced' as const,
      why: 'history' as const,
      // "again and again you promise … and you don't": the promise broken is the fault; "again and
      // again you amaze me" is fond.
      guard: (doc: Doc, first: number, hit: { end: number }) =>
        (historyGuard(doc, first) ||
          /\b(?:and|but) (?:you|u) (?:don'?t|didn'?t|never)\b/.test(aboutText(doc, first))) &&
        !/^(?:surprise|amaze|impress|inspire)/.test(doc.tokens[hit.end + 1]?.w ?? '') &&
        youAsSubject(doc, first) &&
        repeatAboutYou(doc, first, hit.end) &&
        !warmMakeMe(doc, first),
      suggest: dropRepeats,
    })),
    // "you've never once cleaned…": "once" makes it a tally, not a question of experience.
    { ...youNever("you've|you_have @INT? never|nvr once|ever"), min: 'balanced' as const },
    // "not even once you said thank you", "not one time did you ask": the tally of a miss.
    {
      pattern: 'not even? once|one_time|one_single_time|a_single_time you|u',
      rule: 'not-once-you',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) =>
        isSentenceStart(doc, first) && notOnceGuard(doc, first, hit) && notOnceVerb(doc, hit.end) !== null,
      // "not even once you said thank you" → "you didn't say thank you".
      suggest: (doc, m) => [
        replaceTokens(
          doc,
          m.first,
          m.last + 1,
          `${(doc.tokens[m.last - 1] as Token).raw} ${notOnceVerb(doc, m.last)}`,
        ),
      ],
    },
    // cluster41: "not one single time did you…", "never once have you…", "zero times have you…",
    // and with when in between: "not once all season have you…", "not one time in 8 years did you…".
    ...[
      'not even? once|one_time|one_single_time|a_single_time did|have|has you|u',
      'never_once|zero_times did|have|has you|u',
      'not|never even? once|one_time|one_single_time|a_single_time @ANY @ANY? @ANY? @ANY? did|have|has you|u',
      'zero_times @ANY @ANY? @ANY? @ANY? did|have|has you|u',
    ].map((pattern) => ({
      pattern,
      rule: 'not-once',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'absolutes' as const,
      guard: (doc: Doc, first: number, hit: { end: number }) => {
        const f = tallyEnd(doc, first);
        // "not once in six years have you…" is neverIn's; "not once did I…" is no charge.
        return (
          (f === hit.end - 2 ||
            (isSentenceStart(doc, first) &&
              !(wAt(doc, f) === 'in' && wAt(doc, f - 1) === 'once' && wAt(doc, first) === 'not') &&
              !brokenBetween(doc, f, hit.end - 1) &&
              !/\b(?:i|we|me|he|she|they)\b/.test(textOf(doc, f, hit.end - 2)) &&
              coldAt(doc, first))) &&
          notOnceGuard(doc, first, hit)
        );
      },
      // "not once all season have you passed the ball" → "all season, you haven't passed the ball".
      suggest: (doc: Doc, m: Match) => {
        const aux = wAt(doc, m.last - 2);
        const neg = aux === 'did' ? "didn't" : aux === 'has' ? "hasn't" : "haven't";
        const f = tallyEnd(doc, m.first);
        const when = f < m.last - 2 ? `${textOf(doc, f, m.last - 2)}, ` : '';
        return [replaceTokens(doc, m.first, m.last, `${when}you ${neg}`)];
      },
    })),
    // "the only thing you ever do is complain".
    {
      // crossa38: a group too ("the only thing you lot ever do is moan").
      pattern: 'only thing you|u guys|lot|people? ever do|does|did',
      rule: 'only-ever',
      severity: 2,
      min: 'balanced',
      why: 'history',
      guard: (doc, first) => {
        const p = polarity(doc, ...around(doc, first));
        return !(p.pos > p.neg) && !isRelative(doc, first);
      },
      suggest: sayInstead('Lately this has felt one-sided to me.'),
    },
    // "you do nothing around here", "you did nothing to help": a charge of doing nothing, unless
    // what is not done is bad ("you did nothing wrong").
    {
      pattern: 'you|u do|does|did|contribute|contributed|help|helped @INT? nothing|nothin',
      rule: 'nothing',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) => {
        if (isQuestionInversion(doc, first) || isRelative(doc, first)) return false;
        const s = sentenceOf(doc, first);
        const t = doc.tokens;
        if (hit.end < s.last) {
          const ce = clauseEnd(doc, hit.end);
          for (let k = hit.end; k <= ce; k++) {
            const w = (t[k] as Token).w;
            if (w === 'wrong' || w === 'deserve' || w === 'deserved' || valence(w) < 0) return false;
          }
        }
        // Not helping is no warmth: "you did nothing to help".
        const [a, b] = around(doc, first);
        const p = polarity(doc, a, b);
        let pos = p.pos;
        for (let k = a; k < b; k++) if ((t[k] as Token).w === 'help') pos -= valence('help');
        return !(pos > p.neg);
      },
      suggest: sayInstead("I'm feeling stretched thin and I'd really like more help."),
    },
    // "you keep forgetting to lock the door", "u keep ignoring me": a tally of something
    // unwelcome, told as a habit. Warm habits pass ("you keep making me laugh").
    {
      pattern: "you|u|you've|youve|you_have|uve keep|kept on? @ANY",
      rule: 'keep',
      severity: 1,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) => {
        if ((isQuestionInversion(doc, first) && !whyAsked(doc, first)) || isRelative(doc, first))
          return false;
        const t = doc.tokens;
        const verb = (t[hit.end - 1] as Token).w;
        if (!/^[a-z]{2,}ing$/.test(verb) || verb === 'thing' || verb === 'nothing') return false;
        const s = sentenceOf(doc, first);
        const ce = clauseEnd(doc, hit.end - 1);
        const p = polarity(doc, ...around(doc, first));
        if (p.pos > 0) return false;
        if (KEEP_NEGLECT.has(verb)) return true;
        return valenceSum(doc, hit.end - 1, Math.min(ce + 1, s.last)) < 0;
      },
      suggest: (doc, m) => {
        const t = doc.tokens;
        const ce = clauseEnd(doc, m.last - 1);
        const rest = doc.text.slice((t[m.last - 1] as Token).start, (t[ce] as Token).end);
        const whole = replaceTokens(
          doc,
          m.first,
          ce + 1,
          `Lately I've noticed you're ${rest}, and it bothers me`,
        );
        // "is there any reason you keep moving them?", "I wonder why you keep changing it": inside
        // a question or after other words of its clause, "keep" goes and the question stays.
        const s = sentenceOf(doc, m.first);
        const question = /\?/.test(doc.text.slice((t[ce] as Token).end, (t[ce] as Token).end + 3));
        const inside =
          m.first > contentStart(doc, s) &&
          !/[,;:]/.test(doc.text.slice((t[m.first - 1] as Token).end, (t[m.first] as Token).start));
        if (question || inside) {
          const kept = (t[m.first + 1] as Token).w === 'kept';
          const you = (t[m.first] as Token).raw;
          // "why have you kept moving them?": "kept" after "you've" becomes "been".
          if (kept && (t[m.first] as Token).w !== 'you')
            return [replaceTokens(doc, m.first, m.last - 1, `${you} been`), whole];
          const inPlace = replaceTokens(
            doc,
            m.first,
            m.last - 1,
            kept ? `${you} were` : you.toLowerCase() === 'u' ? 'ur' : `${you}'re`,
          );
          return [inPlace, whole];
        }
        return [whole];
      },
    },
    {
      pattern: 'and another thing',
      rule: 'another-thing',
      severity: 1,
      min: 'balanced',
      why: 'history',
      // "and another thing I forgot to mention: bring a torch": an item added to a plan, not a case.
      // "and another thing I loved: the soundtrack", "and another thing we really enjoyed": more praise.
      guard: (doc, _first, hit) =>
        !routineAsk(doc, hit.end) &&
        !/^\W*(?:(?:that\s+)?(?:i|we)\s+(?:really\s+|also\s+|absolutely\s+|just\s+)?(?:lov|lik|enjoy|ador|appreciat|admir)(?:e|ed|es)\b|(?:i|we)\s+(?:forgot|meant|wanted|want|need|needed|should|have|'d like|would like)\s+to\s+(?:mention|say|tell|ask|add|check|remind))/i.test(
          doc.text.slice((doc.tokens[hit.end - 1] as Token).end, (doc.tokens[hit.end - 1] as Token).end + 48),
        ),
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'Also')],
    },
    // "and don't get me started on how you treated my sister", "not to mention u bailed on my show":
    // one more count for the case against them (not "…on how good you were").
    {
      pattern: "don't|dont|not get_me_started|to_mention on|about?",
      rule: 'another-thing',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        let k = hit.end;
        while (k < hit.end + 3 && /^(?:how|what|the|way|that)$/.test(t[k]?.w ?? '')) k++;
        if (!/^(?:you|u|your|ur)$/.test(t[k]?.w ?? '')) return false;
        const p = polarity(doc, k, clauseEnd(doc, k) + 1);
        return (
          !(p.pos > 0) &&
          (p.neg > 0 || t[first]?.w !== 'not' || /^(?:bail|ditch|flak|skip|ghost)/.test(t[k + 1]?.w ?? '')) &&
          !/\b(?:lol|haha|lmao)\b|\u{1F602}|\u{1F923}/u.test(aboutText(doc, first))
        );
      },
      suggest: (doc, m) => [
        replaceTokens(
          doc,
          m.first,
          m.last,
          `I'm also upset ${doc.tokens[m.first]?.w === 'not' ? 'that' : 'about'}`,
        ),
      ],
    },
    // "oh look, yet another broken promise.", "another excuse. shocker": one more for the record, alone
    // in its clause ("another excuse to eat cake!" is a treat; "i told another lie" is one's own).
    {
      pattern: 'another broken_promise|excuse|lie|empty_promise',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        (isSentenceStart(doc, first) ||
          /^(?:yet|look|oh|wow|great|and|so|just)$/.test(doc.tokens[first - 1]?.w ?? '')) &&
        notWarmAt(doc, first),
      suggest: happenedBefore,
    },
    {
      pattern: 'here we go again',
      rule: 'here-we-go',
      severity: 1,
      min: 'balanced',
      why: 'history',
      // "here we go again lol, another monday", "here we go again, round 2 of cake tasting!": fun.
      // Said of "you", or "with the excuses": not of a Monday.
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const p = polarity(doc, ...around(doc, first));
        return (
          !(p.pos > p.neg) &&
          coldAt(doc, first) &&
          !doc.text.slice(s.start, s.end + 1).includes('!') &&
          (hit.end < s.last && (doc.tokens[hit.end] as Token).w === 'with'
            ? true
            : /\b(?:you|u|your|ur|you'?re)\b/i.test(doc.text.slice(0, 2000)) ||
              // The sigh as the whole reply: "here we go again." after their message.
              (doc.sentences.length === 1 && contentStart(doc, s) === first && hit.end >= s.last) ||
              // abscon42: of someone else's fault, said next: "here we go again, another excuse", "…. same
              // fight, different month" (not "…, another monday").
              (!says(doc, /\p{Extended_Pictographic}|\b(?:lol|lmao|haha)/iu) &&
                doc.tokens
                  .slice(hit.end, hit.end + 12)
                  .some(
                    (t) =>
                      t.sent <= (doc.tokens[first] as Token).sent + 1 &&
                      /^(?:excuses?|blam\w*|fight|lectur\w*|lies|lying|drama|promises?|whin\w*|moan\w*|rant\w*)$/.test(
                        t.w,
                      ),
                  )))
        );
      },
      // Alone, it becomes what is felt; before more words ("here we go again, you forgot…"), it goes.
      suggest: (doc, m) =>
        m.last < sentenceOf(doc, m.first).last && (doc.tokens[m.last] as Token).w !== 'with'
          ? [removeTokens(doc, m.first, m.last, 'Leave it out')]
          : [toSentenceEnd(doc, m.first, "I'm feeling frustrated that this came up again.")],
    },
    // "for years you've ignored my birthday", "for months u have dodged it": a long tally of a fault.
    {
      pattern: "for years|months|ages|decades|weeks now? you've|youve|you_have|u_have|uve|you_ve",
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) => {
        if (!historyGuard(doc, first) || hit.end >= sentenceOf(doc, first).last) return false;
        const ce = clauseEnd(doc, hit.end);
        const p = polarity(doc, hit.end, ce + 1);
        return p.neg > p.pos;
      },
      // "for years you've ignored…" → "lately you've ignored…": the tally goes, the event stays.
      suggest: (doc, m) => {
        const t = doc.tokens;
        const you = m.last - 1;
        const lead = /^[A-Z]/.test((t[m.first] as Token).raw) ? 'Lately' : 'lately';
        return [{ start: (t[m.first] as Token).start, end: (t[you] as Token).start, text: `${lead} ` }];
      },
    },
    // "there you go again, interrupting me", "there you go again with the excuses": the pattern named
    // as it happens ("there you go, all fixed!" has no "again").
    {
      pattern: 'there|and_there you|u go|are|goes again',
      rule: 'here-we-go',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first) => {
        const p = polarity(doc, ...around(doc, first));
        return !(p.pos > p.neg) && !/\b(?:lol|haha|lmao)\b|\u{1F602}|\u{1F923}/u.test(aboutText(doc, first));
      },
      // "there you go again, interrupting me" → "you're interrupting me"; otherwise what is felt.
      suggest: (doc, m) => {
        const t = doc.tokens;
        const next = t[m.last] as Token | undefined;
        if (next && m.last < sentenceOf(doc, m.first).last && /^[a-z]{3,}ing$/.test(next.w)) {
          const lead = /^[A-Z]/.test((t[m.first] as Token).raw) ? "You're" : "you're";
          return [{ start: (t[m.first] as Token).start, end: next.start, text: `${lead} ` }];
        }
        // "there you go again with that talk about money" → "that talk about money keeps coming up":
        // what keeps coming up is named, not a feeling the writer never said.
        const s = sentenceOf(doc, m.first);
        if (
          next?.w === 'with' &&
          m.last + 2 < s.last &&
          /^(?:that|this|the|your|ur|those|these|all)$/.test((t[m.last + 1] as Token).w) &&
          /^\s*,?\s*$/.test(doc.text.slice(s.start, (t[m.first] as Token).start))
        ) {
          let e = m.last + 2;
          while (e < s.last && !isClauseEnd(doc, e - 1)) e++;
          // The noun that heads what is named: before its first preposition ("jokes about my cooking").
          let h = m.last + 2;
          while (h + 1 < e && !/^(?:about|of|on|from|with|in|at|for|to)$/.test((t[h + 1] as Token).w)) h++;
          const plural =
            /^(?:those|these|all)$/.test((t[m.last + 1] as Token).w) || /[^s]s$/.test((t[h] as Token).w);
          if (
            isClauseEnd(doc, e - 1) &&
            /^[\p{L}' ]+$/u.test(doc.text.slice((t[m.last + 1] as Token).start, (t[e - 1] as Token).end))
          ) {
            const np = doc.text.slice((t[m.last + 1] as Token).start, (t[e - 1] as Token).end);
            const said = `${np} ${plural ? 'keep' : 'keeps'} coming up`;
            return [
              {
                start: (t[m.first] as Token).start,
                end: (t[e - 1] as Token).end,
                text: /^[A-Z]/.test((t[m.first] as Token).raw)
                  ? said.charAt(0).toUpperCase() + said.slice(1)
                  : said,
              },
            ];
          }
        }
        return [toSentenceEnd(doc, m.first, "I'm feeling frustrated that this keeps coming up.")];
      },
    },
    // "as usual I'm the one cleaning up", "I'm always the one who has to apologise": the writer as
    // the only one who carries the load, a tally of the other's part left unsaid.
    {
      pattern:
        "as_usual|as_per_usual|per_usual|as_always|once_again|yet_again|like_always|like_usual|always i'm|im|i_am|it's_me|its_me the only? one|person",
      rule: 'always-me',
      severity: 1,
      min: 'balanced',
      why: 'absolutes',
      guard: martyrGuard,
      suggest: carryingSuggest,
    },
    {
      pattern:
        "i'm|im|i_am|i_was always|forever the only? one|person who|that|to|doing|cleaning|paying|cooking|apologising|apologizing|planning|texting|reaching|driving|fixing|making|organising|organizing|picking|covering|carrying|stuck|left",
      rule: 'always-me',
      severity: 1,
      min: 'balanced',
      why: 'absolutes',
      guard: martyrGuard,
      suggest: carryingSuggest,
    },
    // crossa38: "why is it always me doing the school run", "how come it's always you starting
    // drama": who always carries it, or always starts it, asked.
    {
      pattern: "why|how_come is_it|it's|its|is always|forever me|you|u",
      rule: 'always-who',
      severity: 1,
      min: 'balanced',
      why: 'absolutes',
      guard: alwaysWhoGuard,
      suggest: alwaysWhoSuggest,
    },
    {
      // Round crossc34: "how often do I have to remind you…" counts the same way.
      pattern: 'how many_times|often do|have|must|did i|we',
      rule: 'how-many-times',
      severity: 2,
      min: 'balanced',
      why: 'history',
      // About "you", or a telling-again verb ("how many times must I say it, stop…"); not praise
      // said again ("how many times do I have to say it: you're amazing").
      guard: (doc, first, hit) => {
        const p = polarity(doc, hit.end, sentenceOf(doc, first).last);
        // "how often do I have to remind you": a verb of telling; "how often do we…" asks in general.
        const often = tokenWord(doc, first + 1) === 'often';
        if (p.pos > p.neg || (often && tokenWord(doc, hit.end - 1) === 'we')) return false;
        if (mentionsYou(doc, first) && !often) return true;
        const s = sentenceOf(doc, first);
        for (let k = hit.end; k < s.last && k < hit.end + 5; k++)
          if (RETELL.has((doc.tokens[k] as Token).w)) return true;
        return false;
      },
      // More after the clause ("…, stop taking my charger") stays.
      suggest: (doc, m) => {
        const done = doneSoOften(doc, m);
        if (done) return [done];
        const ce = clauseEnd(doc, m.last);
        if (ce < sentenceOf(doc, m.first).last - 1)
          return [replaceTokens(doc, m.first, ce + 1, "I know I've mentioned this before")];
        return [
          toSentenceEnd(doc, m.first, "I know I've mentioned this before, and it really matters to me."),
        ];
      },
    },
    // Round crossc34: the count asked of them or of the point itself: "how many times are you gonna
    // ask the same question", "how many times does this need to be said" (not "how many times are
    // you gonna watch this lol", "how many times should I water it").
    {
      pattern: 'how many_times|often are|r? you|u gonna|going_to',
      rule: 'how-many-times',
      severity: 2,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) => retold(doc, first, hit.end, true),
      suggest: sayInstead("This keeps coming up, and it's wearing on me."),
    },
    {
      pattern:
        'how many_times|often does|do|has|have|must this|it|that need|have|got to be said|explained|repeated|asked|mentioned|told',
      rule: 'how-many-times',
      severity: 2,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) => retold(doc, first, hit.end, false),
      suggest: sayInstead("I've said this before, and it really matters to me."),
    },
    {
      pattern: 'you|u did|do it|this|that again',
      rule: 'again',
      severity: 1,
      min: 'strict',
      why: 'absolutes',
      guard: (doc, first) => !isQuestionInversion(doc, first),
      suggest: sayInstead("It happened again, and I'm upset."),
    },
    {
      pattern: "you're|you_are|ur doing it|this|that again",
      rule: 'again',
      severity: 1,
      min: 'strict',
      why: 'absolutes',
      suggest: sayInstead("It's happening again, and I'm upset."),
    },
    // -- gen3: absolutes by construction ------------------------------------------------------------
    // "whenever I need something you disappear", "any time I ask, you're busy": "every time" by another word.
    ...['whenever|whenevr|anytime', 'each and every time|day'].map((pattern) => ({
      pattern,
      rule: 'every-time',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'absolutes' as const,
      guard: (doc: Doc, first: number) => everyTimeGuard(doc, first) && chargeAfterWhenever(doc, first),
      suggest: everyTimeSuggest,
    })),
    // "same old story with you", "same old excuses from you": the case already built.
    ...[
      'same old story|thing|excuses|excuse|crap|bs|routine|nonsense|drama|shit|lies|song|you|u',
      'same old @ANY story|excuses|excuse|crap|bs|routine|nonsense|drama|shit|lies',
    ].map((pattern) => ({
      pattern,
      rule: 'as-usual',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'history' as const,
      guard: (doc: Doc, first: number, hit: { end: number }) => {
        const s = sentenceOf(doc, first);
        const last = (doc.tokens[hit.end - 1] as Token).w;
        if (last !== 'you' && last !== 'u' && !mentionsYou(doc, first)) return false;
        // "same old story at work, how was your day?": news of a place, "you" asked after.
        if (atPlace(doc, hit.end)) return false;
        const p = polarity(doc, first, clauseEnd(doc, first) + 1);
        return s.last > 0 && !(p.pos > p.neg) && !says(doc, /\bsame old,? same old\b/i);
      },
      suggest: happenedBefore,
    })),
    // "it's always me who has to plan", "it's never you that apologises", "why is it always me who
    // cooks": the tally as a cleft.
    {
      pattern:
        "it's|its|it_is|it_was|why_is_it|why_was_it always|never|forever me|you|u|i who|that|whos|who's",
      rule: 'always',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) => {
        if (isQuestionInversion(doc, first)) return false;
        const s = sentenceOf(doc, first);
        if (hit.end >= s.last) return false;
        // "it's always me who wakes up first lol": a joke about oneself; "…and I love it": warmth.
        return !/\b(?:lol|haha|lmao|love|thanks?|grateful|lucky|proud|happy)\b|\u{1F602}|\u{1F923}|\u{2764}|\u{1F970}/u.test(
          aboutText(doc, first, hit.end),
        );
      },
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          m.first,
          "Lately I've felt like I'm carrying a lot of this, and I'd love more help.",
        ),
      ],
    },
    // "you left the stove on AGAIN", "you're late again??": "again" said loud.
    {
      pattern: 'again',
      rule: 'again',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first) => loudAgain(doc, first),
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last, 'Leave it out')],
    },
    // "you forget my birthday every year", "same argument every week": "every" with any unit of time
    // ("every single day" is the addressed family's totality).
    {
      pattern:
        'every|each day|night|week|weekend|month|year|morning|evening|holiday|birthday|game|match|trip|visit|meal|sunday|saturday|friday',
      triggers: ['every', 'each'],
      rule: 'every-time',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      // The time phrase ends the charge's clause ("you forget my birthday every year") and the
      // clause has a complaint in it; advice ("log it every week and …") does not end there.
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) && everyTimeGuard(doc, first) && complaintIn(doc, first, hit.end),
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last, 'Leave it out')],
    },
    // "every comment you leave is negative", "each ticket you touch breaks something": all their
    // doings of a kind, judged; not "every photo you post is gorgeous".
    {
      pattern: 'every|each single? @ANY:n you|u @ANY:v',
      triggers: ['every', 'each'],
      rule: 'every-time',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: everyYouGuard,
      suggest: everyYouSuggest,
    },
    // "you do this literally every weekend", "u pull this every time": the act named by "this"
    // tallied by the calendar. Not "…and I adore it".
    {
      pattern:
        'you|u do|pull this|that|it every|each single? time|day|night|week|weekend|morning|month|year|holiday|christmas|birthday|anniversary|summer|party|dinner|trip|visit|game|match|sprint',
      triggers: ['every', 'each'],
      rule: 'every-time',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        // crossc37: not asked ("you do this every morning? so disciplined").
        !/^\s*\?/.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)) &&
        !isQuestionInversion(doc, first) &&
        coldAt(doc, first) &&
        !/\b(?:adore|love|best|thank)/i.test(aboutText(doc, first, hit.end)),
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, 'You do this a lot, and it really gets to me.')],
    },
    // crossc37: the occasion an open slot, and said with "in / with / at": "u literally do this in every
    // stream", "you do this with every single friend", "you pull this at every family thing". Not
    // asked ("you do this every morning? so disciplined"), not fond.
    {
      pattern:
        "you|u|op|y'all|you_guys|you_people @INT? do|does|pull|pulls this|that|it in|with|at|on|during|after|before? every|each single? @ANY",
      triggers: ['every', 'each'],
      rule: 'every-time',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) =>
        !/^\s*\?/.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)) &&
        // The occasion may take two words ("every family dinner").
        (isClauseEnd(doc, hit.end - 1) ||
          isClauseEnd(doc, hit.end) ||
          /^(?:and|same)$/.test(tokenWord(doc, hit.end))) &&
        !isQuestionInversion(doc, first) &&
        coldAt(doc, first) &&
        !/\b(?:adore|love|best|thank|lol|haha)/i.test(
          doc.text.slice(sentenceOf(doc, first).start, sentenceOf(doc, first).end),
        ),
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, 'You do this a lot, and it really gets to me.')],
    },
    // abs44: their act, then "every" counting it: "you post the same take in every thread", "you forget
    // the report literally every Monday". Not "ruined every other pizza for me", not fond or asked.
    {
      pattern: 'every|each',
      triggers: ['every', 'each'],
      rule: 'every-time',
      severity: 1,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first) => youEvery(doc, first) >= 0,
      suggest: (doc, m) => [toSentenceEnd(doc, youEvery(doc, m.first), KEEPS)],
    },
    // abs44: away whenever they are needed: "whenever I need help you're suddenly busy", "the moment
    // the bill comes you conveniently need the loo", "…you're nowhere to be found". Not "…you're
    // suddenly there with cake ❤️".
    {
      pattern: 'suddenly|mysteriously|conveniently|nowhere',
      rule: 'every-time',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: awayWhenNeeded,
      // "whenever I need help you're suddenly busy" → "…you're busy".
      suggest: (doc, m) => [
        wAt(doc, m.first) === 'nowhere'
          ? toSentenceEnd(doc, sentenceOf(doc, m.first).first, KEEPS)
          : removeTokens(doc, m.first, m.last, 'Leave it out'),
      ],
    },
    // abs44: none counted after their refusal: "you haven't opened the doc once", "you have not
    // apologised first, not once, in ten years". Not "you didn't complain once" (praise).
    ...['once', 'not once|one'].map((pattern) => ({
      pattern,
      rule: 'not-once-you',
      severity: 1 as const,
      min: 'balanced' as const,
      why: 'absolutes' as const,
      guard: (doc: Doc, first: number, hit: { end: number }) => noneTally(doc, first, hit.end),
      // The tally goes; "you never…" before it keeps its card.
      suggest: (doc: Doc, m: Match) => [removeTokens(doc, m.first, m.last, 'Leave it out')],
    })),
    // "late as per usual", "rude as always": a charge said as a fragment, the tally after it.
    {
      pattern: 'as|like usual|always|per_usual',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        return (
          first > s.first &&
          contentStart(doc, s) === first - 1 &&
          isComplaint((doc.tokens[first - 1] as Token).w) &&
          isClauseEnd(doc, hit.end - 1) &&
          coldAt(doc, first) &&
          // "late as usual, sorry guys, I'm on my way": the writer's own.
          !/\b(?:i|i'm|my|me|sorry|we|our|us)\b/i.test(aboutText(doc, first - 1, hit.end))
        );
      },
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last, 'Leave it out')],
    },
    // "for the 100th time", "for the 5th time": the count written in figures.
    {
      pattern:
        'for the 3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th|15th|20th|30th|40th|50th|69th|99th|100th|1000th|1000000th|umpteenth|gazillionth|zillionth|billionth time',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      // "for the 100th time, close the fridge": the order after it speaks to "you" too.
      guard: (doc, first) =>
        historyGuard(doc, first) || (isImperative(doc, first + 4) && notWarmAt(doc, first)),
      suggest: dropPhrase,
    },
    // "there's never a day you don't complain", "not a day goes by that you don't…".
    {
      pattern: "there's|theres|there_is never a|one|single day|time|moment|week|minute|night",
      triggers: ['never'],
      rule: 'never',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) => youNegatedAfter(doc, hit.end) && historyGuard(doc, first),
      suggest: sayInstead('Lately this has happened a lot, and it really gets to me.'),
    },
    {
      pattern: 'not a day|week|night goes|went by',
      rule: 'never',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) => youNegatedAfter(doc, hit.end) && historyGuard(doc, first),
      suggest: sayInstead('Lately this has happened a lot, and it really gets to me.'),
    },
    // "how many more times are you gonna do this": the tally asked as a question.
    {
      pattern: 'how many more times|time',
      rule: 'how-many-times',
      severity: 2,
      min: 'balanced',
      why: 'history',
      guard: (doc, first) => historyGuard(doc, first),
      suggest: sayInstead('This keeps happening, and it really gets to me. Can we talk about it?'),
    },
    // "name one time you actually helped": a dare to find an exception.
    {
      pattern: 'name|tell_me one|a_single|1 time|thing|day you|u',
      triggers: ['name', 'tell'],
      rule: 'never',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first) => isSentenceStart(doc, first) && historyGuard(doc, first),
      suggest: sayInstead("Lately I haven't felt much help from you, and it really gets to me."),
    },
    // "you always act like you know better", "you constantly treat me like a kid": a charge of manner.
    {
      pattern:
        "you|u|you're|ur @INT? always|constantly|forever|never act|acting|acts|treat_me|treating_me|talk_to_me|look_at_me like|as_if",
      triggers: ['always', 'constantly', 'forever', 'never'],
      rule: 'always',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first) =>
        !isQuestionInversion(doc, first) &&
        !/\b(?:lol|haha|lmao|love)\b|\u{1F602}|\u{1F923}|\u{2764}|\u{1F970}/u.test(aboutText(doc, first)),
      suggest: alwaysSuggest,
    },
    // crossa38: "the council never fixes the potholes", "this seller always ships late".
    {
      // Not "my landlord never…": venting about one's own to a friend.
      pattern: 'the|this|these|your|ur @ANY @ANY? @ANY? @ANY? always|never|constantly',
      triggers: ['always', 'never', 'constantly'],
      rule: 'group-always',
      severity: 1,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) => groupAbsolute(doc, first, hit.end) > 0,
      span: (_doc, first, hit) => [first, hit.end],
      suggest: (doc, m) => [
        replaceTokens(doc, m.last - 1, m.last, tokenWord(doc, m.last - 1) === 'never' ? 'rarely' : 'often'),
      ],
    },
    // "it's the same with you every weekend", "nothing ever changes with you"; crossa38: "it's the
    // same pattern / routine with you".
    {
      pattern:
        "it's|its|it_is always? the same_thing|same_story|same_old_story|same_old_thing|same_pattern|same_routine|same_drama|same_cycle|same_fight|same with you|u",
      rule: 'as-usual',
      severity: 2,
      min: 'balanced',
      why: 'history',
      // Not a likeness ("…with you as with me").
      guard: (doc, first, hit) => historyGuard(doc, first) && tokenWord(doc, hit.end) !== 'as',
      suggest: sayInstead(HAPPENED_BEFORE),
    },
    {
      pattern: 'nothing|nobody|no_one ever? changes|improves|gets_better|works|matters with|to you|u',
      rule: 'never',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first) => historyGuard(doc, first),
      suggest: sayInstead('Lately it feels like things are stuck, and it really gets to me.'),
    },
    // "again with the attitude": "again" leading a complaint about the same old thing.
    {
      pattern: 'again with the|your|ur|this|that',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first) =>
        isSentenceStart(doc, first) &&
        notWarmAt(doc, first) &&
        !/\u{1F60D}|\u{1F970}|\u{2764}|\u{1F602}|\u{1F923}|\blol\b|\bhaha/u.test(aboutText(doc, first)),
      suggest: dropPhrase,
    },

    // -- gen5: absolutes by construction ------------------------------------------------------------
    // h27: "you do this constantly", "u cancel on me nonstop", "you complain 24/7": the adverb after.
    ...['all the time', 'constantly|nonstop|incessantly|continually|24_7'].map((pattern) => ({
      pattern,
      rule: 'all-the-time',
      severity: 1 as const,
      min: 'balanced' as const,
      why: 'absolutes' as const,
      guard: (doc: Doc, first: number) => {
        const s = sentenceOf(doc, first);
        for (let k = s.first; k < first; k++) {
          const w = (doc.tokens[k] as Token).w;
          // "you always know what to say all the time": what "you always" lets pass as praise,
          // "all the time" lets pass too.
          // "I think of you all the time": "you" as an object says no habit of theirs.
          if (
            (w === 'you' || w === 'u') &&
            k > s.first &&
            BEFORE_OBJECT_YOU.has((doc.tokens[k - 1] as Token).w)
          )
            continue;
          if (w === 'you' || w === "you're" || w === 'ur' || w === 'u' || w === "you've")
            return (
              historyGuard(doc, first) &&
              !isQuestionInversion(doc, k) &&
              !warmMakeMe(doc, first) &&
              (k + 1 >= first ? pattern === 'all the time' : alwaysGuard(doc, k, { end: k + 1, cap: {} })) &&
              (pattern === 'all the time' || adverbCharge(doc, s.first, k, first))
            );
        }
        return false;
      },
      suggest: (doc: Doc, m: Match) => [replaceTokens(doc, m.first, m.last, 'a lot lately')],
    })),
    // -- h23: absolutes by construction ---------------------------------------------------------------
    // "everyone always has to tiptoe around you", "I always have to remind you of everything": the
    // burden carried because of "you", tallied.
    {
      pattern:
        'everyone|everybody|we|i|people always|constantly|forever has_to|have_to|got_to|gotta|end_up|ends_up',
      triggers: ['always', 'constantly', 'forever'],
      rule: 'always',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) =>
        !isQuestionInversion(doc, first) &&
        !supposed(doc, first) &&
        youObjectAfter(doc, hit.end) &&
        coldAt(doc, first) &&
        polarity(doc, hit.end, clauseEnd(doc, hit.end) + 1).pos === 0,
      suggest: othersCarrySuggest,
    },
    // "no one can ever talk to you", "nobody ever gets a word in with you": reaching "you" is never
    // possible ("no one can ever replace you" is praise: replacing is no reaching).
    {
      pattern: 'nobody|no_one|noone can|could|will|dares? ever|even @ANY',
      triggers: ['nobody', 'no', 'noone'],
      rule: 'never',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) =>
        REACH_VERBS.has((doc.tokens[hit.end - 1] as Token).w) &&
        youObjectAfter(doc, hit.end - 1) &&
        coldAt(doc, first) &&
        polarity(doc, hit.end, clauseEnd(doc, hit.end - 1) + 1).pos === 0,
      suggest: othersCarrySuggest,
    },
    // "you keep doing this", "why do you keep doing that": the pattern named, nothing else said.
    {
      pattern:
        "you|u|you've|youve|you_have|uve keep|kept on? doing|saying|pulling|pulling_this|pulling_that this|that|it|the_same|the_exact|the_very",
      rule: 'keep',
      severity: 1,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first) =>
        (!isQuestionInversion(doc, first) || whyAsked(doc, first)) &&
        !isRelative(doc, first) &&
        coldAt(doc, first),
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          sentenceOf(doc, m.first).first,
          "This has happened a few times now, and it's wearing on me.",
        ),
      ],
    },
    // "again?? seriously", "seriously? again?": "again" alone, asked in exasperation.
    {
      pattern: 'again',
      rule: 'again',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first) => {
        if (doc.tokens.length > 10) return false;
        for (let k = 0; k < doc.tokens.length; k++)
          if (!EXASPERATION.has((doc.tokens[k] as Token).w)) return false;
        const after = doc.text.slice((doc.tokens[first] as Token).end);
        return (
          /^\s*[?!]*\?/.test(after) &&
          says(doc, /\b(?:seriously|really|srsly|ugh|unbelievable|kidding|wtf|smh|omfg)\b/i) &&
          !says(doc, LAUGH_OR_LOVE)
        );
      },
      suggest: (doc) => [
        {
          start: 0,
          end: doc.text.length,
          text: "This has happened again, and it's wearing on me.",
        },
      ],
    },
    // "the third time this week", "this is the fifth time you've forgotten to call": the count kept;
    // abs43: "third deadline in a row you've missed".
    ...[' time', ' @ANY in_a_row|running'].map((tail) => ({
      pattern: [...ORDINALS].join('|') + tail,
      triggers: [...ORDINALS],
      rule: 'as-usual',
      severity: 1 as const,
      min: 'balanced' as const,
      why: 'history' as const,
      guard: countGuard,
      suggest: (doc: Doc, m: Match) => [
        toSentenceEnd(
          doc,
          sentenceOf(doc, m.first).first,
          "This has happened a few times now, and it's wearing on me.",
        ),
      ],
    })),
    // "for like the tenth time, put the seat down": the count with a filler word.
    {
      pattern:
        'for like|literally|about|maybe|prob|probably the hundredth|thousandth|millionth|nth|fifth|tenth|umpteenth|5th|10th|100th time',
      triggers: [
        'hundredth',
        'thousandth',
        'millionth',
        'nth',
        'fifth',
        'tenth',
        'umpteenth',
        '5th',
        '10th',
        '100th',
      ],
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) =>
        coldAt(doc, first) &&
        (historyGuard(doc, first) || (hit.end < sentenceOf(doc, first).last && isImperative(doc, hit.end))),
      suggest: dropPhrase,
    },
    // "this happens every. single. time.", "it happens every time with you": the tally said of "it".
    {
      pattern: 'this|it|that happens|happened|keeps_happening every|each single? time',
      rule: 'every-time',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (!coldAt(doc, first)) return false;
        // "this happens every time I update the app": a practical report goes on with its when.
        let k = hit.end;
        if (k < s.last && /^(?:with|w)$/.test((doc.tokens[k] as Token).w)) k += 2;
        if (k < s.last && !isClauseEnd(doc, k - 1) && !endsAfter(doc, k)) return false;
        return (
          mentionsYou(doc, first) ||
          /every\s*\.\s*single\s*\.\s*time/i.test(
            doc.text.slice((doc.tokens[first] as Token).start, (doc.tokens[first] as Token).end + 60),
          ) ||
          doc.tokens.length <= 8
        );
      },
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          sentenceOf(doc, m.first).first,
          "This has happened a few times now, and it's wearing on me.",
        ),
      ],
    },
    // "same story every weekend with you", "it's the same excuse every time": the case already built.
    {
      pattern:
        'same story|thing|excuse|excuses|drama|routine|argument|fight|crap|nonsense|bs|mess|lies|games',
      triggers: ['same'],
      rule: 'as-usual',
      severity: 2,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) => {
        const before = first > 0 ? (doc.tokens[first - 1] as Token).w : '';
        return before !== 'old' && before !== 'the_same' && sameAgainGuard(doc, first, hit);
      },
      suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, HAPPENED_BEFORE)],
    },
    // "you're all the same", "you men are all the same": everyone like "you" judged at once.
    ...[
      "you're|you_are|ur|youre|y'all_are|yall_are all the same|alike",
      'you|u @ANY are|r all the same|alike',
    ].map((pattern) => ({
      pattern,
      triggers: ['same', 'alike'],
      rule: 'all-same',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'absolutes' as const,
      guard: (doc: Doc, first: number, hit: { end: number }) => {
        const s = sentenceOf(doc, first);
        let k = hit.end;
        while (
          k < s.last &&
          /^(?:honestly|tbh|anyway|smh|really|seriously|lol|to|me)$/.test((doc.tokens[k] as Token).w)
        )
          k++;
        return closesClause(doc, k, s) && !isQuestionInversion(doc, first) && coldAt(doc, first);
      },
      suggest: sayInstead("I'm feeling let down, and it reminds me of times I've been hurt before."),
    })),
    // "you are incapable of admitting you're wrong", "youre literally unable to say sorry".
    {
      pattern: "you're|you_are|ur|youre @INT? incapable|unable of|to",
      triggers: ['incapable', 'unable'],
      rule: 'never',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first) => !isQuestionInversion(doc, first) && !supposed(doc, first) && coldAt(doc, first),
      suggest: incapableSuggest,
    },
    // "you don't even try anymore", "u never even ask": an effort given up, "even" or "anymore" said.
    {
      pattern: `you|u don't|dont|do_not|didn't|didnt|did_not|never even? ${EFFORT_VERBS}`,
      rule: 'never',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: lapsedGuard,
      suggest: lapsedSuggest,
    },
    // -- h27: absolutes without always/never ------------------------------------------------------
    // "you haven't once thanked me", "u didn't once ask": the tally inside the negation.
    {
      pattern: "you|u haven't|havent|have_not|didn't|didnt|did_not|hasn't|never once",
      triggers: ['once'],
      rule: 'not-once',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: (doc, first, hit) => notOnceGuard(doc, first, hit) && coldAt(doc, first),
      suggest: (doc, m) => [removeTokens(doc, m.last - 1, m.last, 'without "once"')],
    },
    // abs43: "the one time I ask you for help, you're busy": one lapse told as the rule.
    {
      pattern: 'the one time',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (first !== contentStart(doc, s) || !youAsSubject(doc, first) || !coldAt(doc, first)) return false;
        for (let k = hit.end; k < s.last; k++)
          if (
            negator(wAt(doc, k)) ||
            isComplaint(wAt(doc, k)) ||
            /^(?:busy|vanish|disappear|nowhere)/.test(wAt(doc, k))
          )
            return true;
        return false;
      },
      // "the one time I ask…" → "when I ask…".
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'when')],
    },
    // abs43: "forgetting our anniversary, that's so you" (not "…snacks for everyone, that's so you 😊").
    {
      pattern: "that's|thats|that_is just? so you|u",
      rule: 'as-usual',
      severity: 2,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        sourBefore(doc, first) &&
        coldAt(doc, first) &&
        !/\blol\b/.test(doc.text),
      suggest: typicalSuggest,
    },
    // "every single time with you.", "story of my life with you", "late again, like every other time".
    ...[
      'every|each single? time with you|u',
      'story of my life with you|u',
      'like|as|same_as every other time',
    ].map((pattern) => ({
      pattern,
      rule: 'as-usual',
      severity: 1 as const,
      min: 'balanced' as const,
      why: 'history' as const,
      guard: (doc: Doc, first: number, hit: { end: number }) =>
        isClauseEnd(doc, hit.end - 1) && historyGuard(doc, first) && coldAt(doc, first),
      suggest: (doc: Doc, m: Match): Draft[] =>
        m.first > sentenceOf(doc, m.first).first
          ? [removeTokens(doc, m.first, m.last, 'Leave it out')]
          : [toSentenceEnd(doc, m.first, HAPPENED_BEFORE)],
    })),
    // "as usual the bins are still full", "once again nobody replied": the tally opening a complaint
    // that names no one. "as usual I'm running late, sorry" is the writer's own.
    {
      pattern:
        'as_usual|as_per_usual|per_usual|once_again|yet_again|like_clockwork|as_always|like_always|like_usual',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        // crossc36: closing a clause that opens with the lapse, no subject said: "late again as usual".
        if (hit.end >= s.last && first > s.first)
          return (
            first - s.first < 6 &&
            isComplaint(tokenWord(doc, s.first)) &&
            !/\b(?:sorry|my bad|lol|haha\w*)\b/i.test(doc.text) &&
            coldAt(doc, first)
          );
        if (contentStart(doc, s) !== first || hit.end >= s.last) return false;
        const who = letdownAt(doc, hit.end);
        if (/^(?:i|i'm|im|i've|i'd|we|we're|we've|my|our|me|us)$/.test((doc.tokens[hit.end] as Token).w))
          return false;
        // "once again, sorry for the late notice", "yet again, thanks": an apology or thanks, or a question.
        // "as usual, never a dull moment", "once again nobody does it like you": fondness in a tally's words.
        if (
          /\?|\b(?:sorry|apolog\w*|thank\w*|thx|dull|like (?:you|u|her|him|them|mum|mom|dad)|better than)\b|\b(?:nobody|no one)\b.* (?:like|better)\b/i.test(
            doc.text.slice(s.start, s.end),
          )
        )
          return false;
        let bad = false;
        for (let k = hit.end; k < s.last && k < hit.end + 14; k++) {
          const x = (doc.tokens[k] as Token).w;
          if (valence(x) > 0 && !emptyWarmth(doc, k)) return false;
          // A chore left or a lapse ("still", "nobody", "late", "forgot"), not a thing failing ("the
          // wifi is down"), nor a reminder ("don't forget").
          if (
            /^(?:still|nobody|never|forgot|forgotten|late|missing|empty|dirty|ignored)$|^(?:did|has|have|was|were|is|are|could|would)n'?t$/.test(
              x,
            ) ||
            // crossc36: people who let one down, then a complaint ("as usual the neighbours ignore…").
            who
          )
            bad = true;
        }
        return (bad || repeatComplaint(doc, hit.end)) && coldAt(doc, first);
      },
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last, 'Leave it out')],
    },
    // "five years and you still can't cook rice": the time it has lasted, then the lapse.
    {
      pattern: 'years|months|weeks|decades and you|u still',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) =>
        /^(?:can't|cant|don't|dont|haven't|havent|won't|wont|never|not|cannot)$/.test(
          (doc.tokens[hit.end] as Token | undefined)?.w ?? '',
        ) && coldAt(doc, first),
      // "five years and you still can't…" → "you still can't…": the count goes with its number.
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        return [removeTokens(doc, m.first - s.first <= 2 ? s.first : m.first, m.first + 2, 'Leave it out')];
      },
    },
    // "this is what you do.", "that's what you always do": the act as the person's habit, said last.
    {
      pattern: "this_is|that's|thats|that_is what you|u always? do",
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) =>
        hit.end >= sentenceOf(doc, first).last &&
        !/^\s*:/.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)) &&
        polarity(doc, 0, hit.end).pos === 0 &&
        (first === 0 || sourBefore(doc, first)) &&
        coldAt(doc, first),
      suggest: happenedBefore,
    },
    // crossa39: all of their work judged at once: "every single one of your edits gets reverted", "none
    // of your fixes ever work", "not a single one of your PRs has passed CI". "Every …" needs a sour
    // word after the noun; "none / not one …" none (not "none of your plants died", "…your fault").
    ...[
      'every|each single? one of your|ur',
      'not_a_single_one|not_one_single|not_a_single|not_one|none of your|ur',
    ].map((pattern, i) => ({
      pattern,
      rule: 'all-of-yours',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'absolutes' as const,
      guard: (doc: Doc, first: number, hit: { end: number }) => {
        const s = sentenceOf(doc, first);
        const e = Math.min(clauseEnd(doc, hit.end) + 1, hit.end + 14);
        let sour = false;
        for (let k = hit.end + 1; k < e && !sour; k++)
          sour = isComplaint(tokenWord(doc, k)) || /n't$/.test(tokenWord(doc, k));
        return (
          (isSentenceStart(doc, first) || isClauseEnd(doc, first - 1)) &&
          e - hit.end > 2 &&
          sour === (i === 0) &&
          !/^(?:business|concern|fault|worry|worries)$/.test(tokenWord(doc, hit.end)) &&
          !/\?/.test(doc.text.slice(s.start, s.end)) &&
          polarity(doc, s.first, s.last).pos === 0 &&
          coldAt(doc, first)
        );
      },
      suggest: (doc: Doc, m: Match) => [
        toSentenceEnd(
          doc,
          m.first,
          `Some of your ${textOf(doc, m.last, m.last + 1)} haven't worked out, and it's getting frustrating.`,
        ),
      ],
    })),
    // "story of our marriage", "story of our relationship: I plan, you forget".
    {
      pattern: 'story of our|this marriage|relationship|friendship',
      rule: 'as-usual',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: (doc, first, hit) =>
        isSentenceStart(doc, first) &&
        (hit.end >= sentenceOf(doc, first).last || isClauseEnd(doc, hit.end - 1)) &&
        coldAt(doc, first),
      suggest: happenedBefore,
    },
    {
      pattern: 'another|new @ANY @ANY? another|same',
      rule: 'another-another',
      severity: 1,
      min: 'balanced',
      why: 'history',
      guard: anotherAnotherGuard,
      suggest: anotherAnotherSuggest,
    },
    ...["you|u|you've|you're @ANY @ANY? @ANY? every|a_single", 'your|ur @ANY @ANY? @ANY? every|a_single'].map(
      (pattern) => ({
        pattern,
        rule: 'every-fault',
        severity: 2 as const,
        min: 'balanced' as const,
        why: 'absolutes' as const,
        guard: everyFaultGuard,
        suggest: everyFaultSuggest,
      }),
    ),
    {
      pattern: 'never|not_once in @ANY @ANY? @ANY? @ANY? have|has|did you|u',
      rule: 'not-once',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      guard: neverInGuard,
      suggest: neverInSuggest,
    },
  ],
});
