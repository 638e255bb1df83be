/**
 * Scorn carried by the shape of a reply rather than by an insult word:
 * - brushing the other person off ("who asked", "did I ask?", "cool story bro", "not my problem",
 *   "sounds like a you problem");
 * - labels made of a comparison ("you sound like my mother", "what are you, five?", "acting like
 *   a 5 year old");
 * - rhetorical questions about attention ("are you even listening?") and mocking openers
 *   ("imagine thinking…");
 * - sarcasm with its own marker: praise for a failure ("good job breaking it", "thanks for
 *   ruining dinner"), "slow clap", "another one of your brilliant ideas", a mocking vocative at
 *   the end ("sure thing, champ").
 * Each needs the words to be aimed at the other person (the reply as a whole, "you", an
 * imperative, a vocative) and the sentence not to be warm; sincere questions ("who asked for
 * fries?") and praise ("good job fixing the sink") pass.
 */
import { pastOf } from '../grammar';
import { valence, wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  clauseEnd,
  closesClause,
  type Draft,
  isClauseEnd,
  isImperative,
  type Match,
  mentionsYou,
  negatedBefore,
  polarityNoLaughter,
  replaceTokens,
  sayInstead,
  says,
  sentenceOf,
  toSentenceEnd,
  tokenWord as w,
  warmAround,
} from './rule';

/** Words a brush-off may open with ("ok and", "lol", "honestly"). */
const OPENERS: ReadonlySet<string> = wordSet(
  'ok okay k and but so lol lmao lmfao haha like um uh mmhm mhm hmm mm look well honestly literally seriously yeah yea sure cool oh wow gee great omg ugh god jeez geez man bro dude bruh right alright fine tbh',
);

/** Words a brush-off may end with ("who asked tho", "cool story bro"). */
const TAIL: ReadonlySet<string> = wordSet(
  'tho though lol lmao lmfao haha bro bruh dude man mate buddy pal sis babe honestly tbh anyway anyways sorry ok okay exactly',
);

/** Index of the first word of the brush-off: the sentence's start when only openers come before. */
function openerStart(doc: Doc, first: number): number {
  const s = sentenceOf(doc, first);
  for (let k = s.first; k < first; k++) if (!OPENERS.has((doc.tokens[k] as Token).w)) return -1;
  return s.first;
}

/** Openers that only open ("so,", "well", "honestly"): they stay before a line of ours. */
const PLAIN_OPENERS: ReadonlySet<string> = wordSet(
  'ok okay so um uh hmm look well honestly seriously yeah yea tbh man bro dude alright fine oh',
);

/**
 * Where a line of ours starts in place of a jab opened by openers: "so, imagine caring" keeps "so,"
 * ("so, I see this differently"); a laugh or a sneer before it ("lol", "wow") goes with the jab.
 * -1 where more than openers come before.
 */
function keptStart(doc: Doc, first: number): number {
  const start = openerStart(doc, first);
  if (start < 0) return -1;
  // Only when all of them are plain: "oh great, …" is the sneer itself, and "ok and …" would
  // leave "and" before ours.
  for (let k = start; k < first; k++) if (!PLAIN_OPENERS.has((doc.tokens[k] as Token).w)) return start;
  return first;
}

/** "well done, you…", "congrats, you've…": the praise ends its own clause before "you". */
function praiseBeforeYou(doc: Doc, first: number, end: number): boolean {
  let you = first;
  while (you < end && !/^(?:you|u|you've|youve)$/.test((doc.tokens[you] as Token).w)) you++;
  return you > first && isClauseEnd(doc, you - 1);
}

/** "I'm upset that you…" from the kept opener: to the sentence's end, or over the clause up to `ce`. */
function upsetFrom(doc: Doc, m: Match, ce: number, text: string): Draft {
  const os = keptStart(doc, m.first);
  return ce === sentenceOf(doc, m.first).last - 1
    ? toSentenceEnd(doc, os, `${text}.`)
    : replaceTokens(doc, os, ce + 1, text);
}

/** The words after the hit up to the sentence's end are only tail words (or none). */
function onlyTail(doc: Doc, end: number): boolean {
  const s = sentenceOf(doc, Math.max(0, end - 1));
  for (let k = end; k < s.last; k++) if (!TAIL.has((doc.tokens[k] as Token).w)) return false;
  return true;
}

/** The hit ends its clause, or only tail words follow it in the sentence. */
export function endsHere(doc: Doc, end: number): boolean {
  return isClauseEnd(doc, end - 1) || onlyTail(doc, end);
}

/** A whole reply: only openers before, only tail words after (or the clause ends). */
export function wholeReply(doc: Doc, first: number, end: number): boolean {
  return openerStart(doc, first) >= 0 && endsHere(doc, end);
}

/** The writer owns what is imagined: "imagine needing a nap this bad lol same". */
const SELF_TALK = /\b(?:same|me|i|i'm|my|mood)\b/i;

const cold = (doc: Doc, first: number, end: number) => !warmAround(doc, first, first, end);

const PRAISE_OPEN: ReadonlySet<string> = wordSet(
  'oh wow gee ugh great brilliant perfect wonderful fantastic lovely',
);

/** "oh great, another…", "brilliant, another…": praise opening a sneer. The sentence's start, or -1. */
export function sourPraise(doc: Doc, first: number): number {
  const s = sentenceOf(doc, first);
  for (let k = s.first; k < first; k++) if (!PRAISE_OPEN.has(w(doc, k))) return -1;
  return first > s.first && isClauseEnd(doc, first - 1) ? s.first : -1;
}

/** The praise that opens the sneer goes with it. */
export const withPraise = (doc: Doc, first: number, hit: { end: number }): [number, number] => {
  const o = sourPraise(doc, first);
  return [o < 0 ? first : o, hit.end];
};

/** Cold in its sentence and in the message ("how on earth did you do that? amazing!" is praise). */
export function coldMessage(doc: Doc, first: number, end: number): boolean {
  if (!cold(doc, first, end)) return false;
  // Other sentences may not be split into words (the pre-filter skips them): read them roughly.
  const s = sentenceOf(doc, first);
  const a = polarityNoLaughter(doc, s.first, first);
  const b = polarityNoLaughter(doc, end, s.last);
  let pos = a.pos + b.pos;
  let neg = a.neg + b.neg;
  const around = `${doc.text.slice(Math.max(0, s.start - 300), s.start)} ${doc.text.slice(s.end, s.end + 300)}`;
  for (const w of around.toLowerCase().match(/[a-z']+/g) ?? []) {
    if (LAUGH.has(w)) continue;
    const v = valence(w);
    if (v > 0) pos += v;
    else if (v < 0) neg -= v;
  }
  return !(pos > neg);
}

const LAUGH: ReadonlySet<string> = wordSet('lol lmao lmfao rofl haha hahaha jesus god wow omg');

/** Replace the clause when it is the whole sentence (with our own mark), else just the clause. */
function clauseOrSentence(doc: Doc, m: Match, text: string): Draft {
  const s = sentenceOf(doc, m.first);
  const start = Math.max(openerStart(doc, m.first), m.first);
  const ce = clauseEnd(doc, Math.max(m.first, m.last - 1));
  if (ce === s.last - 1 || onlyTail(doc, m.last)) return toSentenceEnd(doc, start, `${text}.`);
  return replaceTokens(doc, start, ce + 1, text);
}

/** A sentence of ours from the brush-off's first word (its openers go too) to the sentence's end. */
const sentence =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => {
    const start = keptStart(doc, m.first);
    return [toSentenceEnd(doc, start >= 0 ? start : m.first, text)];
  };

const BOUNDARY = "I'd rather not get into this right now";

/** Verbs of failure after praise ("good job breaking it"), with their past tense. */
const FAILED: Readonly<Record<string, string>> = {
  breaking: 'broke',
  ruining: 'ruined',
  wrecking: 'wrecked',
  forgetting: 'forgot',
  messing: 'messed',
  screwing: 'messed',
  ignoring: 'ignored',
  embarrassing: 'embarrassed',
  destroying: 'destroyed',
  blowing: 'blew',
  crashing: 'crashed',
  spoiling: 'spoiled',
  burning: 'burned',
  dropping: 'dropped',
  spilling: 'spilled',
  failing: 'failed',
  ditching: 'ditched',
  bailing: 'bailed',
  flaking: 'flaked',
  wasting: 'wasted',
  missing: 'missed',
};
const FAILING = Object.keys(FAILED).join('|');

/** What went wrong, said in the past after praise ("well done, you broke it"). */
const PRAISED_FAILURES =
  'broke|ruined|wrecked|forgot|messed|screwed|spilled|ditched|bailed|flaked|wasted|failed';

/** What "you managed to …" can do wrong, in the plain form after "to". */
const MANAGED_FAILURES =
  'break|forget|mess|screw|waste|fail|upset|offend|annoy|embarrass|disappoint|ignore|miss|be';

/** Words of praise that may trail a sarcastic clause ("thanks for ruining dinner, great job"). */
const PRAISE_TAIL: ReadonlySet<string> = wordSet(
  'great good nice well job done work thanks thank you really so very bravo congrats congratulations awesome amazing brilliant perfect lol lmao seriously appreciate it much love that',
);

/** "Good job breaking it" → "I'm upset that you broke it." */
function failedSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const v = m.cap.v as number;
  const s = sentenceOf(doc, m.first);
  const ce = clauseEnd(doc, v);
  const rest = ce > v ? doc.text.slice((t[v] as Token).end, (t[ce] as Token).end) : '';
  const verb = (t[v] as Token).w;
  const past = FAILED[verb] ?? 'did';
  // "you ruined dinner" would be blame of its own: "I'm upset about how dinner went".
  const ruin = /^(?:ruining|wrecking|destroying|spoiling)$/.test(verb) && rest.trim() !== '';
  const text = ruin ? `I'm upset about how${rest} went` : `I'm upset that you ${past}${rest}`;
  const os = keptStart(doc, m.first);
  const start = os >= 0 ? os : m.first;
  let tailOnly = true;
  for (let k = ce + 1; k < s.last; k++) if (!PRAISE_TAIL.has((t[k] as Token).w)) tailOnly = false;
  if (tailOnly) return [toSentenceEnd(doc, start, `${text}.`)];
  return [replaceTokens(doc, start, ce + 1, text)];
}

/** Is the token a child's age ("five", "5", "12")? */
const AGE_WORDS: ReadonlySet<string> = wordSet(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen 1 2 3 4 5 6 7 8 9 10 11 12 13 14',
);

const isAge = (doc: Doc, i: number) => AGE_WORDS.has((doc.tokens[i] as Token | undefined)?.w ?? '');

/** Who someone is compared to when their words are called a lecture. */
const PARENTAL: ReadonlySet<string> = wordSet(
  'mother mom mum mommy mummy dad father daddy parents parent grandma grandmother grandpa granny teacher boss',
);

const CHILD: ReadonlySet<string> = wordSet('child kid baby toddler teenager teen preschooler infant brat');

/** Handled by the talking-down family ("you're being dramatic"). */
const DRAMA_WORDS: ReadonlySet<string> = wordSet(
  'overreacting overthinking exaggerating hysterical paranoid dramatic irrational oversensitive unreasonable emotional touchy sensitive ridiculous silly extra delusional petty difficult',
);

const VOCATIVE_SCORN =
  'champ|chief|sunshine|princess|your_highness|your_majesty|kiddo|hotshot|tiger|sport|big_guy|smart_guy|tough_guy|smartypants|smarty_pants';

/** What a person says, as what is waved away unasked: "your opinion", "your two cents". */
const SAYING =
  'opinion|opinions|input|two_cents|2_cents|advice|feedback|thoughts|take|commentary|views|comments|life_story|hot_take';

/** The addressee's word held worthless: "I don't believe a word you say", "everything you say is a lie". */
const DISBELIEF: PhraseRule[] = [
  {
    // "I don't believe a word you say", "nobody trusts anything u tell them", "I've stopped believing what you promise".
    pattern:
      'believe|believes|believing|trust|trusts|trusting a_word|a_single_word|one_word|anything|a_thing|what|word you|u|ur|youve|you_have|you_ever say|said|tell|told|promise|promised|write|claim|post',
    rule: 'disbelief',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const before = doc.text.slice(s.start, (doc.tokens[first] as Token).start).toLowerCase();
      // Held as worthless: negated ("don't", "can't", "never"), or by nobody, or given up ("stopped", "quit").
      const denied =
        /(?:\b(?:not|never|nobody|no one|stopped|quit|cannot|cant|wont|dont|didnt|hard to)|n['’]t) (?:even |really |actually |ever |just )*$/.test(
          before,
        );
      if (!denied) return false;
      // "I can't believe what you said to her!" is outrage at an act, not disbelief in a word.
      if (w(doc, first + 1) === 'what' && !/\b(?:never|stopped|quit|nobody|no one)\b/.test(before))
        return false;
      return coldMessage(doc, first, hit.end) && !negatedBefore(doc, s.first, 1);
    },
    suggest: sentence("I'm finding it hard to trust what I'm told right now, and that hurts."),
  },
  {
    // "everything you say is a lie", "nothing u tell me is true", "half of what comes out of your mouth is made up".
    pattern:
      "everything|nothing|half|most|all|every_word @ANY? @ANY? @ANY? @ANY? @ANY? @ANY? @ANY? @ANY? is|are|was|were|'s a_lie|lies|lie|true|made_up|bs|bullshit|fake|fiction",
    triggers: ['lie', 'lies', 'true', 'made', 'bs', 'bullshit', 'fake', 'fiction'],
    rule: 'disbelief',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      const last = w(doc, hit.end - 1);
      const head = w(doc, first);
      // "nothing … is true", and every other head with a lie ("everything … is true" is praise).
      if ((last === 'true') !== (head === 'nothing')) return false;
      let you = false;
      for (let k = first + 1; k < hit.end - 2; k++) {
        if (/^(?:you|u|your|ur|you've|youve)$/.test(w(doc, k))) you = true;
        if (isClauseEnd(doc, k)) return false;
      }
      return you && coldMessage(doc, first, hit.end);
    },
    suggest: sentence("I'm finding it hard to trust what I'm told right now, and that hurts."),
  },
  {
    // "you're lying", "ur lying to me again", "you are lying through your teeth".
    pattern: "you're|youre|ur|you_are|u_r|u_are lying|lyin",
    rule: 'disbelief',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const next = w(doc, hit.end);
      if (!(closesClause(doc, hit.end, s) || /^(?:to|again|through|about)$/.test(next))) return false;
      // "if you're lying, …": a supposition, not a charge.
      if (/^(?:if|unless|whether|when)$/.test(w(doc, first - 1))) return false;
      // "you've been lying to me": the hurt-me blame family's, which says how it felt.
      if (next === 'to' && w(doc, hit.end + 1) === 'me' && /^(?:been|were|was)$/.test(w(doc, hit.end - 2)))
        return false;
      // "you're lying to yourself if you think you're not good enough": self-deception, said kindly.
      if (next === 'to' && /^(?:yourself|urself)$/.test(w(doc, hit.end + 1))) return false;
      // "no way, you're lying 😂 congrats!!": surprise at good news.
      return (
        coldMessage(doc, first, hit.end) &&
        !says(doc, /\b(?:lol|lmao|haha\w*|no way|omg|jk)\b|[!]{2}|\p{Extended_Pictographic}/iu)
      );
    },
    suggest: sentence("I don't think that's the whole truth, and it hurts."),
  },
  {
    // "stop lying", "quit lying to my face".
    pattern: 'stop|quit lying|lyin',
    rule: 'disbelief',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const next = w(doc, hit.end);
      if (!(closesClause(doc, hit.end, s) || /^(?:to|about|already)$/.test(next))) return false;
      return isImperative(doc, first) && coldMessage(doc, first, hit.end);
    },
    suggest: sentence('I feel lied to right now, and it hurts. Can we talk about it?'),
  },
];

/** Their say waved off as unasked: "did I ask for your opinion?", "keep your two cents to yourself". */
const UNASKED: PhraseRule[] = [
  {
    // "did I ask for your opinion?", "who asked for ur input", "I never asked for your advice".
    pattern: `who|did_i|did_anyone|did_anybody|did_someone|i_didn't|i_didnt|i_did_not|i_never|nobody|no_one|noone even? ask|asked|request|requested|want|wanted|invite|invited for? your|ur ${SAYING}`,
    rule: 'unasked',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => coldMessage(doc, first, hit.end) && !negatedBefore(doc, first, 2),
    suggest: sentence(`${BOUNDARY}.`),
  },
  {
    // "keep your opinions to yourself", "keep ur two cents to urself".
    pattern: `keep your|ur ${SAYING} to yourself|urself|yourselves`,
    rule: 'unasked',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) =>
      isImperative(doc, first) &&
      (hit.end >= sentenceOf(doc, first).last || isClauseEnd(doc, hit.end - 1)) &&
      coldMessage(doc, first, hit.end),
    suggest: sentence(`${BOUNDARY}.`),
  },
  {
    // "who invited you to this conversation?", "who asked u into this thread".
    pattern: 'who invited|asked you|u to|into this|the conversation|convo|thread|discussion|chat|debate',
    rule: 'unasked',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => coldMessage(doc, first, hit.end),
    suggest: sentence(`${BOUNDARY}.`),
  },
];

const PHRASES: PhraseRule[] = [
  // -- Brushing the other person off ------------------------------------------------------------
  {
    // "who asked", "nobody asked", "no one cares lol": the whole reply.
    pattern: 'who|nobody|no_one|noone even? asked|asekd|askd|axed|cares you|u?',
    rule: 'who-asked',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      const w = (doc.tokens[first] as Token).w;
      // "who cares" belongs to the mockery family.
      const last = (doc.tokens[hit.end - 1] as Token).w;
      if (w === 'who' && last === 'cares') return false;
      // "nobody asked you" belongs to the talking-down family's dismissals.
      if (w !== 'who' && (last === 'you' || last === 'u')) return false;
      return wholeReply(doc, first, hit.end) && !negatedBefore(doc, first, 2);
    },
    suggest: sentence(`${BOUNDARY}.`),
  },
  {
    // "did I ask?", "did anyone ask?"
    pattern: 'did i|anyone|anybody|somebody|someone|anybody_here even? ask|asked',
    rule: 'who-asked',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => wholeReply(doc, first, hit.end),
    suggest: sentence(`${BOUNDARY}.`),
  },
  {
    // "I didn't ask."
    pattern: "i didn't|didnt|did_not ask",
    rule: 'who-asked',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => wholeReply(doc, first, hit.end) && cold(doc, first, hit.end),
    suggest: sentence(`${BOUNDARY}.`),
  },
  {
    pattern: 'cool|nice|great|neat story bro|bruh|dude|brah|man|sis|babe?',
    rule: 'cool-story',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      const t = doc.tokens;
      // "nice story bro" mocks; "great story!" on its own is praise.
      if ((t[first] as Token).w !== 'cool' && hit.end - first < 3) return false;
      const last = t[hit.end - 1] as Token;
      const next = t[hit.end] as Token | undefined;
      const gap = doc.text.slice(last.end, next && next.sent === last.sent ? next.start : last.end + 3);
      return !gap.includes('!') && wholeReply(doc, first, hit.end) && cold(doc, first, hit.end);
    },
    suggest: (doc, m) => [clauseOrSentence(doc, m, 'I hear you, but I see it differently')],
  },
  {
    pattern: 'not my problem|issue|concern|responsibility|headache|job',
    rule: 'not-my-problem',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const t = doc.tokens;
      // Only openers or "that's" / "it's" before: "(that's) not my problem".
      for (let k = s.first; k < first; k++) {
        const w = (t[k] as Token).w;
        if (!OPENERS.has(w) && !/^(?:that's|thats|that|is|it's|its|it|this|sorry|sounds|like)$/.test(w))
          return false;
      }
      const next = hit.end < s.last ? (t[hit.end] as Token).w : '';
      // "not my problem anymore 🎉": relief, not a brush-off; unless handed back: "…anymore, ask someone
      // else" (withdr40).
      const e = next === 'anymore' ? hit.end + 1 : hit.end;
      return (
        (next !== 'anymore' ||
          /^\W*(?:(?:you|u) (?:handle|deal|figure|sort|fix)|ask|go|deal|figure|sort|handle|find)\b/i.test(
            doc.text.slice((t[e - 1] as Token).end, (t[e - 1] as Token).end + 30),
          )) &&
        endsHere(doc, e) &&
        cold(doc, first, e)
      );
    },
    suggest: (doc, m) => [clauseOrSentence(doc, m, "I can't take this on right now")],
  },
  {
    // "sounds like your problem (not mine)", "that's your problem".
    pattern: "sounds_like|that's|thats|that_is|seems_like your|ur problem|issue",
    rule: 'not-my-problem',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const next = hit.end < s.last ? (doc.tokens[hit.end] as Token).w : '';
      return (endsHere(doc, hit.end) || next === 'not') && cold(doc, first, hit.end);
    },
    suggest: sayInstead("I can't take this on right now."),
  },
  {
    pattern: 'a|an you|u problem|issue',
    rule: 'not-my-problem',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, _first, hit) => endsHere(doc, hit.end),
    suggest: (doc, m) => {
      const s = sentenceOf(doc, m.first);
      return [toSentenceEnd(doc, s.first, "I can't take this on right now.")];
    },
  },
  // -- Labels made of a comparison ------------------------------------------------------------------
  {
    // "you sound like my mother", "you talk just like your dad": a lecture, called by a name.
    pattern: 'you|u sound|sounded|sounding|talk|talking just|exactly? like my|your|ur|a @ANY:n',
    rule: 'sound-like',
    severity: 2,
    min: 'balanced',
    why: 'insult',
    guard: (doc, first, hit) =>
      PARENTAL.has((doc.tokens[hit.cap.n as number] as Token).w) &&
      !negatedBefore(doc, first, 3) &&
      cold(doc, first, hit.end),
    suggest: (doc, m) => {
      // "you sound like my dad lecturing me": the lecture goes with the comparison.
      const next = doc.tokens[m.last] as Token | undefined;
      if (
        next &&
        next.sent === (doc.tokens[m.first] as Token).sent &&
        /ing$/.test(next.w) &&
        !isClauseEnd(doc, m.last - 1)
      )
        return [replaceTokens(doc, m.first, clauseEnd(doc, m.last) + 1, 'I feel lectured')];
      return [replaceTokens(doc, m.first, m.last, 'I feel lectured')];
    },
  },
  {
    // "what are you, five?", "what are you 12 years old", "what are you, my mother?"
    pattern: 'what are|r you|u a|an|my? @ANY:n year|years|yr|yrs|yo? old?',
    rule: 'what-are-you',
    severity: 2,
    min: 'balanced',
    why: 'insult',
    guard: (doc, first, hit) => {
      const t = doc.tokens;
      const n = hit.cap.n as number;
      const art = (t[n - 1] as Token).w;
      const hasArt = n - 1 > first + 2;
      const w = (t[n] as Token).w;
      let ok: boolean;
      if (hasArt) ok = (art === 'my' && PARENTAL.has(w)) || (art !== 'my' && CHILD.has(w));
      else ok = isAge(doc, n);
      // "what are you two doing?": the number is who, unless it is the whole question.
      if (!ok || !isClauseEnd(doc, hit.end - 1)) return false;
      if (!hasArt && w === 'two' && hit.end === n + 1) {
        const gap = doc.text.slice((t[n - 1] as Token).end, (t[n] as Token).start);
        if (!gap.includes(',')) return false;
      }
      return true;
    },
    suggest: sayInstead("I'm really frustrated right now."),
  },
  {
    // "acting like a 5 year old"
    pattern:
      'behaving|acting|behave|act|acts|behaves|acted|behaved like a|an|some @ANY:n year|years|yr|yrs|yo old',
    rule: 'childish-age',
    severity: 2,
    min: 'balanced',
    why: 'insult',
    guard: (doc, first, hit) =>
      isAge(doc, hit.cap.n as number) &&
      (mentionsYou(doc, first) || isImperative(doc, first)) &&
      !negatedBefore(doc, first, 3) &&
      cold(doc, first, hit.end),
    suggest: sayInstead("I'm finding the way this is going really hard right now."),
  },
  // -- Rhetorical questions and mocking openers ----------------------------------------------------
  {
    pattern:
      'are|r you|u even listening|reading|hearing|paying_attention|trying|thinking|awake|serious|looking',
    rule: 'even',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    // "are you even awake yet? coffee's ready": asks after a state that is on its way.
    guard: (doc, first, hit) =>
      (doc.tokens[hit.end] as Token | undefined)?.w !== 'yet' && cold(doc, first, hit.end),
    suggest: (doc, m) => {
      const w = (doc.tokens[m.last - 1] as Token).w;
      const heard = /^(?:listening|reading|hearing|attention|looking)$/.test(w);
      return [
        toSentenceEnd(
          doc,
          m.first,
          heard ? "I don't feel heard right now." : "I'm frustrated, and I'd like us to take this seriously.",
        ),
      ];
    },
  },
  {
    pattern:
      'imagine actually|unironically|seriously? thinking|believing|defending|caring|being_so|being_this|getting_this|getting_so|not_knowing|unironically|needing|calling_yourself',
    rule: 'imagine',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    // "imagine thinking this is a good idea": the praise inside is what is mocked.
    guard: (doc, first, hit) =>
      openerStart(doc, first) >= 0 &&
      ((doc.tokens[first + 1] as Token).w === 'needing'
        ? !SELF_TALK.test(doc.text)
        : !/^(?:being|getting)$/.test((doc.tokens[hit.end - 2] as Token).w) ||
          // cluster42: "imagine being this talented at 12": praise AFINN does not score.
          (cold(doc, first, hit.end) &&
            !/^(?:talented|gifted|skilled|smart|cute|lucky|strong|brave|kind)$/.test(
              doc.tokens[hit.end]?.w ?? '',
            ))),
    suggest: (doc, m) => {
      const t = doc.tokens;
      const v = (t[m.last - 1] as Token).w;
      const ce = clauseEnd(doc, m.last - 1);
      if ((v === 'thinking' || v === 'believing') && ce >= m.last) {
        const rest = doc.text.slice((t[m.last] as Token).start, (t[ce] as Token).end);
        const start = keptStart(doc, m.first);
        return [replaceTokens(doc, start, ce + 1, `I don't think ${rest}`)];
      }
      // "imagine defending a company like that" → "I don't understand defending a company like
      // that": what they do stays; the mockery of it goes.
      if ((v === 'defending' || v === 'caring') && ce >= m.last) {
        const rest = doc.text.slice((t[m.last - 1] as Token).start, (t[ce] as Token).end);
        const start = keptStart(doc, m.first);
        return [replaceTokens(doc, start, ce + 1, `I don't understand ${rest}`)];
      }
      // "imagine being so deluded you believe taxes will fall" → "I don't believe taxes will fall":
      // the label goes; what they believe stays, as what the writer doesn't.
      if (/^(?:so|this|that)$/.test(v)) {
        const s0 = sentenceOf(doc, m.first);
        let k = m.last;
        while (k < s0.last && k < m.last + 3 && INT_OR_ADJ.test((t[k] as Token).w)) k++;
        if (k > m.last && k < s0.last && (t[k] as Token).w === 'that') k++;
        if (k < s0.last && /^(?:you|u|people|someone|anyone)$/.test((t[k] as Token).w)) k++;
        else k = -1;
        while (
          k > 0 &&
          k < s0.last &&
          /^(?:actually|really|genuinely|honestly|seriously|still)$/.test((t[k] as Token).w)
        )
          k++;
        const verb = k > 0 && k < s0.last ? (t[k] as Token).w : '';
        const said = /^(?:believe|believes|believed)$/.test(verb)
          ? 'believe'
          : /^(?:think|thinks|thought)$/.test(verb)
            ? 'think'
            : '';
        const ce = said ? clauseEnd(doc, k + 1) : -1;
        if (
          said &&
          ce > k &&
          !/[,;:.!?]/.test(doc.text.slice((t[m.last] as Token).end, (t[k + 1] as Token).start))
        ) {
          const rest = doc.text.slice((t[k + 1] as Token).start, (t[ce] as Token).end);
          return [replaceTokens(doc, keptStart(doc, m.first), ce + 1, `I don't ${said} ${rest}`)];
        }
      }
      return sentence('I see this differently.')(doc, m);
    },
  },
  {
    // "imagine being 30 and still needing your mom", "imagine typing all that and still not getting
    // it": a lack that lasts is what is mocked.
    pattern: 'imagine @ANY',
    rule: 'imagine',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      const t = doc.tokens;
      const s = sentenceOf(doc, first);
      let k = hit.end;
      // abscon40: "and not / and still not" with a lack of knowing too ("imagine being a mod and not knowing
      // the rules"), not a relief ("imagine being a kid and not worrying about bills").
      while (k < s.last - 1 && !/^(?:still|and)$/.test((t[k] as Token).w)) k++;
      if (t[k + 1]?.w === 'still') k++;
      return (
        openerStart(doc, first) >= 0 &&
        /ing$/.test((t[first + 1] as Token).w) &&
        /^(?:not|needing|never|can't|cant)$/.test(t[k + 1]?.w ?? '') &&
        ((t[k] as Token).w === 'still' ||
          /^(?:knowing|understanding|reading|realizing|realising|getting|seeing|noticing|checking|learning)$/.test(
            t[k + 2]?.w ?? '',
          )) &&
        !SELF_TALK.test(doc.text)
      );
    },
    suggest: sentence('I see this differently.'),
  },
  {
    // "do you not see that?", "can't you see I'm busy", "don't you get it?"
    pattern: 'do|did you|u not see|understand|realize|realise|get_it',
    rule: 'rhetorical',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => coldMessage(doc, first, hit.end) && !negatedBefore(doc, first, 2),
    suggest: sentence("I don't think we're seeing this the same way."),
  },
  {
    pattern: "can't|cant|don't|dont you|u see|get_it|understand",
    rule: 'rhetorical',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => coldMessage(doc, first, hit.end) && endsHere(doc, hit.end),
    suggest: sentence("I don't think we're seeing this the same way."),
  },
  {
    // "who are you to judge me", "how dare you", "what kind of person does that"
    pattern:
      'who are|r you|u to judge|tell|say|decide|talk|lecture|criticize|criticise|question|call|comment',
    rule: 'rhetorical',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => coldMessage(doc, first, hit.end),
    suggest: sentence("I don't think that's fair to me."),
  },
  {
    pattern: 'how dare you|u',
    rule: 'rhetorical',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => coldMessage(doc, first, hit.end),
    // "how dare you remove my posts." → "I'm really hurt that you remove my posts.": what they
    // did stays; a sentence of ours only when nothing follows (or it was a question).
    suggest: (doc, m) => {
      const t = doc.tokens;
      const s = sentenceOf(doc, m.first);
      const whole = sentence("I'm really hurt by this.")(doc, m);
      const next = m.last < s.last ? (t[m.last] as Token) : undefined;
      const end = doc.text.slice((t[s.last - 1] as Token).end, s.end);
      // "how dare you tell me how to run my kitchen?" → "I'm really hurt that you'd tell me how to run
      // my kitchen.": what they did stays when it was asked too; the question mark goes.
      const asked = /^\s*\?+[\s?!]*$/.exec(end);
      // "how dare you, you lazy slob, tell me…": the words set off by commas go with it.
      const you = m.first + 2;
      let v = you + 1;
      if (
        asked &&
        v < s.last &&
        /^\s*,\s*$/.test(doc.text.slice((t[you] as Token).end, (t[v] as Token).start))
      ) {
        v = -1;
        for (let k = you + 2; k < s.last - 1 && k <= you + 5; k++)
          if (/^\s*,\s*$/.test(doc.text.slice((t[k - 1] as Token).end, (t[k] as Token).start))) {
            v = k;
            break;
          }
      } else if (!/^ +$/.test(doc.text.slice((t[you] as Token).end, (t[v] as Token | undefined)?.start ?? 0)))
        v = -1;
      const verb = v > you && v >= m.last ? (t[v] as Token | undefined) : undefined;
      if (
        asked &&
        verb &&
        v < s.last - 1 &&
        /^\p{Ll}+$/u.test(verb.raw) &&
        !/^(?:to|you|u|and|or|but|so|if|when|not|never|ever|be|is|are|was|were|have|has|had)$/.test(verb.w) &&
        !/ed$/.test(verb.w)
      ) {
        const last = t[s.last - 1] as Token;
        const cap = /^\p{Lu}/u.test((t[m.first] as Token).raw);
        const said = doc.text.slice(verb.start, last.end);
        if (!/[?!.;:,"“”()]/.test(said))
          return [
            {
              start: (t[m.first] as Token).start,
              end: last.end + end.replace(/\s+$/, '').length,
              text: `${cap ? 'I' : 'i'}'m really hurt that you'd ${said}.`,
              verbatim: true,
            },
            ...whole,
          ];
      }
      if (
        !next ||
        isClauseEnd(doc, m.last - 1) ||
        /\?/.test(end) ||
        !/^\p{L}+$/u.test(next.w) ||
        /^(?:to|you|u|and|or|but|so|if|when)$/.test(next.w)
      )
        return whole;
      const cap = /^\p{Lu}/u.test((t[m.first] as Token).raw);
      // "how dare you make up this stuff" → "…that you'd make up this stuff": the verb was bare.
      const would =
        verb && /^\p{Ll}+$/u.test(verb.raw) && !/(?:ed|s)$|^(?:be|have|not|never)$/.test(verb.w) ? "'d" : '';
      return [
        replaceTokens(doc, m.first, m.last, `${cap ? 'I' : 'i'}'m really hurt that you${would}`),
        ...whole,
      ];
    },
  },
  {
    pattern:
      'what kind|sort|type of person|people|human|human_being|parent|mother|father|friend|partner|man|woman|boyfriend|girlfriend|husband|wife does|says|would|acts|talks|behaves|treats|thinks',
    rule: 'rhetorical',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => coldMessage(doc, first, hit.end),
    suggest: sentence("That surprised me, and I'd like to understand it."),
  },
  ...[
    'why|how on_earth|in_the_world would|could|do|did|are|can|were you|u',
    // "what on earth are you talking about", "what in the world are you playing at".
    'what on_earth|in_the_world are|were|is you|u talking_about|on_about|going_on_about|playing_at',
  ].map(
    (pattern): PhraseRule => ({
      pattern,
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // "what on earth are you talking about lol" teases.
      guard: (doc, first, hit) =>
        coldMessage(doc, first, hit.end) &&
        !(
          (doc.tokens[first] as Token).w === 'what' && says(doc, /\b(?:lol|lmao|haha)|\u{1F602}|\u{1F923}/iu)
        ),
      suggest: (doc, m) => {
        // "Why on earth would you do that?" → "Why would you do that?"
        const t = doc.tokens;
        return [
          {
            start: (t[m.first] as Token).end,
            // "on earth" is two words, "in the world" three.
            end: (t[m.first + ((t[m.first + 1] as Token).w === 'in' ? 3 : 2)] as Token).end,
            text: '',
            label: 'Leave it out',
          },
        ];
      },
    }),
  ),
  {
    // "You sound quite childish", "you're still being so immature": a label, softened by a verb.
    pattern: 'you|u sound|sounded|seem|seemed|come_across_as|came_across_as @INT* @IADJ:a',
    rule: 'label',
    severity: 2,
    min: 'balanced',
    why: 'insult',
    guard: (doc, first, hit) =>
      isClauseEnd(doc, hit.end - 1) && !negatedBefore(doc, first, 2) && cold(doc, first, hit.end),
    suggest: sayInstead("I'm frustrated with how this conversation is going."),
  },
  {
    pattern: "you're|youre|ur|you_are|you_were still|just|really|now? being @INT* @IADJ:a",
    rule: 'label',
    severity: 2,
    min: 'balanced',
    why: 'insult',
    guard: (doc, first, hit) =>
      !DRAMA_WORDS.has((doc.tokens[hit.cap.a as number] as Token).w) &&
      isClauseEnd(doc, hit.end - 1) &&
      !negatedBefore(doc, first, 2) &&
      cold(doc, first, hit.end),
    suggest: (doc, m) => [
      ...beingPlainly(doc, m.first, m.cap.a as number),
      ...sayInstead("I'm frustrated with how this conversation is going.")(doc, m),
    ],
  },
  {
    // "why are you so butthurt lol", "why are you getting so mad lol": mocking someone's feeling.
    pattern:
      'why are|r you|u getting|being? so|this|that? mad|upset|angry|defensive|worked_up|heated|butthurt|triggered|salty|pressed',
    rule: 'mad-lol',
    severity: 2,
    min: 'balanced',
    why: 'dismiss',
    category: 'talking-down',
    guard: (doc, first, hit) => {
      const t = doc.tokens;
      const w = (t[hit.end - 1] as Token).w;
      if (/^(?:butthurt|triggered|salty|pressed)$/.test(w)) return true;
      // Caring ("why are you so upset? what happened?") unless laughed at.
      const s = sentenceOf(doc, first);
      for (let k = hit.end; k < s.last; k++)
        if (/^(?:lol|lmao|lmfao|haha|bro|bruh)$/.test((t[k] as Token).w)) return true;
      return false;
    },
    suggest: (doc, m) => [
      toSentenceEnd(
        doc,
        sentenceOf(doc, m.first).first,
        'It seems this really upset you. Want to talk about it?',
      ),
    ],
  },
  {
    // "stay mad", "cry about it", "cope harder": internet brush-offs.
    pattern: 'stay|keep_crying|cry|cope|seethe mad|pressed|salty|about_it|more|harder|and_seethe|and_cope',
    rule: 'stay-mad',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => isImperative(doc, first) && endsHere(doc, hit.end),
    suggest: sentence(`${BOUNDARY}.`),
  },
  {
    // "You know that's illegal, right?" → "I think that's illegal."
    pattern: 'you|u do? know|realize|realise|understand|are_aware',
    rule: 'right',
    severity: 2,
    min: 'balanced',
    why: 'command',
    category: 'talking-down',
    // ", right?"
    pre: (text) => text.includes('?') && text.includes(','),
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const t = doc.tokens;
      if (first !== s.first || s.last - hit.end < 2) return false;
      const last = t[s.last - 1] as Token;
      if (last.w !== 'right' || !doc.text.slice(last.end, s.end).includes('?')) return false;
      if (!doc.text.slice((t[s.last - 2] as Token).end, last.start).includes(',')) return false;
      return cold(doc, first, hit.end);
    },
    suggest: (doc, m) => {
      const t = doc.tokens;
      const s = sentenceOf(doc, m.first);
      let from = m.last;
      if ((t[from] as Token).w === 'that' && from + 1 < s.last - 1) from++;
      const middle = doc.text.slice((t[from] as Token).start, (t[s.last - 2] as Token).end);
      return [toSentenceEnd(doc, m.first, `I think ${middle}.`)];
    },
  },
  // -- Sarcasm with its own marker ------------------------------------------------------------------
  {
    pattern: `good|great|nice|well|brilliant|awesome|fantastic|amazing|excellent|stellar|wonderful|perfect job|work|going|done|one on|with? ${FAILING}:v`,
    rule: 'praise-for-failure',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first) => !negatedBefore(doc, first, 2),
    suggest: failedSuggest,
  },
  {
    pattern: `thanks|thank_you|thx|ty|tysm|thank_u so_much|a_lot|a_bunch? for ${FAILING}:v`,
    rule: 'praise-for-failure',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, _first, hit) => (doc.tokens[hit.cap.v as number] as Token).w !== 'missing',
    suggest: failedSuggest,
  },
  {
    // "well done, you broke it again", "oh great, you forgot the keys": praise, then what went wrong.
    // Past forms with a warm reading too ("you lost weight", "you dropped the kids off", "you blew
    // me away", "you spoiled me", "you ignored the spam") are left out.
    pattern: `well|good|great|nice|brilliant|wonderful|perfect|fantastic|awesome|amazing|excellent|bravo|congrats|congratulations done|job|going|work? you|u just|really|totally? ${PRAISED_FAILURES}:v`,
    rule: 'praise-then-failure',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      // The praise opens the sentence and ends its clause ("well done, you…"). "good", "nice" and
      // "well" alone are approval or a pause ("good, you fixed it", "well, you broke it, so…").
      if (openerStart(doc, first) < 0) return false;
      if (/^(?:good|nice|well)$/.test((doc.tokens[first] as Token).w) && hit.cap.v !== undefined) {
        const second = (doc.tokens[first + 1] as Token).w;
        if (!/^(?:done|job|going|work)$/.test(second)) return false;
      }
      return praiseBeforeYou(doc, first, hit.end);
    },
    suggest: (doc, m) => {
      const t = doc.tokens;
      const v = m.cap.v as number;
      const ce = clauseEnd(doc, v);
      const rest = ce > v ? doc.text.slice((t[v] as Token).end, (t[ce] as Token).end) : '';
      const verb = (t[v] as Token).w;
      // "you ruined dinner" would be blame of its own: "I'm upset that dinner got ruined".
      const again = /\s+again$/i.exec(rest);
      const object = again ? rest.slice(0, again.index) : rest;
      const text =
        (verb === 'ruined' || verb === 'wrecked') && object.trim() !== ''
          ? `I'm upset that${object} got ${verb}${again ? again[0] : ''}`
          : `I'm upset that you ${verb}${rest}`;
      return [upsetFrom(doc, m, ce, text)];
    },
  },
  {
    // "Brilliant parenting, letting a six year old have an iPad till 11", "great plan, inviting your
    // ex to my birthday": praise of a way of doing, then the act it praises as a gerund — the act is
    // the joke. Warm praise goes on otherwise ("great idea, let's do it", "nice work, that fix was
    // clean"). → "I'm not OK with you letting a six year old…".
    pattern:
      'good|great|nice|brilliant|stellar|amazing|fantastic|excellent|wonderful|awesome|superb|genius|top_notch parenting|plan|idea|move|thinking|timing|teamwork|leadership|driving|strategy|decision|logic there? @ANY:v',
    rule: 'praise-then-act',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      const v = hit.cap.v as number;
      return (
        /^\p{L}{2,}ing$/u.test(w(doc, v)) &&
        !/thing$|^(?:morn|even)ing$/.test(w(doc, v)) &&
        isClauseEnd(doc, v - 1) &&
        openerStart(doc, first) >= 0 &&
        // Not the subject of what follows ("meeting at six works"), nor cheered ("…a day early 🎉").
        !/\b(?:works?|sounds?|is|was|will|would)\b/.test(
          doc.text.slice((doc.tokens[v] as Token).end, sentenceOf(doc, v).end),
        ) &&
        !says(
          doc,
          /!|[\u{1f389}\u{1f973}\u2764\u{1f495}\u{1f970}\u{1f60d}\u{1f60a}\u{1f642}\u{1f602}\u{1f923}]/u,
        ) &&
        coldMessage(doc, first, hit.end)
      );
    },
    suggest: (doc, m) => {
      const v = m.last - 1;
      return [replaceTokens(doc, keptStart(doc, m.first), v + 1, `I'm not OK with you ${w(doc, v)}`)];
    },
  },
  {
    // "congrats, you managed to upset everyone", "well done, you've somehow managed to be useless all
    // weekend": praise, then a failure told as an achievement.
    pattern: `well|great|nice|brilliant|bravo|congrats|congratulations done|job|going|work? you_have|you've|youve|you|u actually|somehow|finally|even? managed to ${MANAGED_FAILURES}:v`,
    rule: 'praise-then-failure',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      if (openerStart(doc, first) < 0) return false;
      const t = doc.tokens;
      const v = hit.cap.v as number;
      // "…managed to be useless": only a sour word after "be".
      if ((t[v] as Token).w === 'be' && !(valence(t[v + 1]?.w ?? '') < 0)) return false;
      // "…managed to break the record", "…to mess up your PB": a feat.
      for (let k = v + 1; k < hit.end + 5 && k < t.length; k++)
        if (/^(?:record|pb|even|free|through|traffic|rush)$/.test((t[k] as Token).w)) return false;
      return praiseBeforeYou(doc, first, hit.end);
    },
    // "well done, you managed to upset everyone at dinner" → "I'm upset that you upset everyone at dinner".
    suggest: (doc, m) => {
      const t = doc.tokens;
      const v = m.cap.v as number;
      const verb = (t[v] as Token).w;
      if (verb === 'be') return sentence("I'm disappointed by this.")(doc, m);
      const ce = clauseEnd(doc, v);
      const rest = ce > v ? doc.text.slice((t[v] as Token).end, (t[ce] as Token).end) : '';
      const text = `I'm upset that you ${verb === 'upset' ? verb : pastOf(verb)}${rest}`;
      return [upsetFrom(doc, m, ce, text)];
    },
  },
  {
    pattern: 'slow clap|clapping|claps',
    rule: 'slow-clap',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => cold(doc, first, hit.end) && !negatedBefore(doc, first, 2),
    suggest: sentence("I'm disappointed by this."),
  },
  {
    pattern:
      'another|yet_another one? of? your|ur? brilliant|genius|bright|great|amazing|wonderful|fantastic|clever|smart idea|ideas|plan|plans|scheme|schemes|suggestions|decisions|moves|contribution',
    rule: 'brilliant-ideas',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      const adj = (doc.tokens[hit.end - 2] as Token).w;
      const top = /^(?:brilliant|genius|bright)$/.test(adj);
      // "oh great, another genius idea from marketing", "another brilliant contribution 🙄": not theirs
      // by "your", praise opens it or an eye-roll follows, and nothing fond after.
      if (!/^(?:your|ur)$/.test(w(doc, hit.end - 3)))
        return (
          top &&
          (sourPraise(doc, first) >= 0 || says(doc, /\u{1F644}/u)) &&
          !/[!\u2764]|\b(?:love|thank|proud|fun)/i.test(
            doc.text.slice((doc.tokens[hit.end - 1] as Token).end),
          )
        );
      if (top) return true;
      // Other praise only with a sour opener ("oh great, another one of your great plans").
      const s = sentenceOf(doc, first);
      const w0 = (doc.tokens[s.first] as Token).w;
      return openerStart(doc, first) >= 0 && (w0 === 'oh' || w0 === 'wow' || w0 === 'gee' || w0 === 'ugh');
    },
    span: withPraise,
    suggest: sentence('I have some doubts about this idea.'),
  },
  {
    // "sure thing, champ 👍", "ok princess 🙄": a mocking vocative closing a brush-off.
    pattern: `ok|okay|k|sure_thing|sure|yeah_ok|yeah_okay|yeah_sure|yeah|whatever|right|mhm|alright|of_course|got_it ${VOCATIVE_SCORN}:v`,
    rule: 'vocative',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const last = doc.tokens[hit.end - 1] as Token;
      const after = doc.text.slice(last.end, s.end);
      return (
        openerStart(doc, first) >= 0 &&
        hit.end === s.last &&
        !after.includes('!') &&
        cold(doc, first, hit.end)
      );
    },
    span: (_doc, _first, hit) => [hit.cap.v as number, hit.end],
    suggest: (doc, m) => {
      const t = doc.tokens;
      return [
        {
          start: (t[m.first - 1] as Token).end,
          end: (t[m.last - 1] as Token).end,
          text: '',
          label: 'Leave it out',
        },
      ];
    },
  },
];

/**
 * These are the shapes of short replies and questions. A "sentence" of hundreds of words (a
 * paste with no full stops) is not one, and checking every hit in it would cost time for
 * nothing: such sentences are skipped.
 */
const LONGEST = 120;

/** A describing word or intensifier after "imagine being so" ("so deluded", "so utterly lost"). */
const INT_OR_ADJ = /^(?!(?:that|you|u|people|someone|anyone|as|to)$)\p{L}[\p{L}'-]*$/u;

/** What "you're being <label>" says of the act, plainly, by kind of label. */
const BEING_PLAINLY: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:childish|immature|juvenile|infantile|babyish|petty)$/, 'not taking this seriously'],
  [
    /^(?:stupid|dumb|idiotic|moronic|ignorant|ridiculous|absurd|silly|delusional|irrational|dense|thick|obtuse)$/,
    'not making sense to me',
  ],
  [/^(?:rude|mean|nasty|obnoxious|horrible|awful|vile|cruel|disrespectful|condescending)$/, 'being unkind'],
];

/**
 * "You are still being childish." → "You are still not taking this seriously.": the label said as
 * what they do, the rest of the sentence ("still") kept. Labels of other kinds keep the feeling line.
 */
export function beingPlainly(doc: Doc, first: number, a: number): Draft[] {
  const word = (doc.tokens[a] as Token).w;
  const said = BEING_PLAINLY.find(([re]) => re.test(word))?.[1];
  if (!said) return [];
  let b = first;
  while (b < a && (doc.tokens[b] as Token).w !== 'being') b++;
  if (b >= a) return [];
  // From the start of the words found ("You are " kept as written): one edit over all of them.
  const t = doc.tokens;
  return [
    {
      start: (t[first] as Token).start,
      end: (t[a] as Token).end,
      text: doc.text.slice((t[first] as Token).start, (t[b] as Token).start) + said,
    },
  ];
}

export const scorn = phraseFamily({
  id: 'scorn',
  category: 'contempt',
  phrases: [...PHRASES, ...DISBELIEF, ...UNASKED].map((p) => ({
    ...p,
    guard: (doc, first, hit, sensitivity) => {
      const s = sentenceOf(doc, first);
      if (s.last - s.first > LONGEST) return false;
      return p.guard ? p.guard(doc, first, hit, sensitivity) : true;
    },
  })),
});
