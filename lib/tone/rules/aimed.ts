/**
 * Hostility aimed at the addressee by the shape of the sentence, with no stock insult word:
 * - verdicts on what they care about ("you only care about yourself", "you clearly don't give a
 *   damn about me", "you only call when you need something");
 * - the speaker's exasperation with them ("I'm sick of cleaning up after you", "I've had it with
 *   your lies", "I can't stand your attitude");
 * - rhetorical questions at them ("why are you like this", "do you ever listen to anything I say",
 *   "it's always about you isn't it", "have you lost your mind");
 * - dares and threats ("don't you dare walk away from me", "try that again and see what
 *   happens", "you'll regret this");
 * - measuring them against others ("why can't you be more like your brother", "my ex never
 *   treated me like this", "your mother was right about you", "nobody can stand you");
 * - regret about the relationship ("I wish I'd never met you", "I can't believe I married
 *   someone so useless");
 * - "can't even" incompetence ("you can't even remember my birthday").
 * Each rule is one construction: who is addressed (you, your, an imperative), what is said of
 * them, and guards for the same words said kindly or practically ("I'm so tired of this rain,
 * are you ok?", "don't you dare apologise", "nobody can cook like you").
 */
import { INSULT_ADJECTIVES, NEGATIVE_FEELINGS, valence, wordSet } from '../lexicon';
import type { Doc, Sentence, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  answerPolarity,
  asideOnly,
  caringNear,
  clauseEnd,
  closesClause,
  type Draft,
  isClauseEnd,
  isImperative,
  type Match,
  negatedBefore,
  type Pre,
  polarityNoLaughter,
  removeTokens,
  replaceTokens,
  sentenceOf,
  textOf,
  toSentenceEnd,
  WINDOW,
  tokenWord as w,
} from './rule';

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** Words that name the addressee. */
const YOU: ReadonlySet<string> = wordSet(
  "you ur yourself urself your you're yours yourselves you've you'll you'd ya",
);

/** Index after the clause holding token `i` (a comma, dash or sentence end closes it). */
function clauseStop(doc: Doc, i: number): number {
  return clauseEnd(doc, i) + 1;
}

/** Is a word naming the addressee among tokens [from, to)? */
/** Some word of the message is one of YOU (`PhraseRule.pre` of guards that ask `youIn`). */
const saysYou: Pre = (_text, words) => words.some((t) => YOU.has(t.w));
function youIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + WINDOW; k++) if (YOU.has(w(doc, k))) return true;
  return false;
}

/** Hearts and smiles: the sentence is fond, whatever its words. */
const FOND =
  /\u2764|\u2665|\u{1F60D}|\u{1F970}|\u{1F618}|\u{1F495}|\u{1F496}|\u{1F497}|\u{1F493}|\u{1F49E}|\u{1F60A}|\u263A|\u{1F917}|<3|\bxx+\b/iu;
/** Laughter: teasing, when the words alone would be a jab. */
const LAUGH =
  /\u{1F602}|\u{1F923}|\u{1F606}|\u{1F604}|\u{1F605}|\u{1F61C}|\u{1F61D}|\b(?:lol+|lmao+|haha\w*|hehe\w*|jk)\b/iu;

/** The sentence of token `i` with what closely follows it (emoji after the marks, a short tag). */
function near(doc: Doc, i: number): string {
  const s = sentenceOf(doc, i);
  return doc.text.slice(s.start, Math.min(doc.text.length, s.end + 24));
}

/**
 * Is the sentence warm outside tokens [first, end): more praise than complaint (laughter not
 * counted), or hearts? With `teasing`, laughter counts as warmth too.
 */
function warm(doc: Doc, first: number, end: number, teasing = false): boolean {
  const s = sentenceOf(doc, first);
  // "I love you but I'm so tired of your excuses": what comes before "but" is taken back.
  let from = Math.max(s.first, first - WINDOW);
  for (let k = first - 1; k >= from; k--) {
    if (/^(?:but|though|tho|although|except|however)$/.test(w(doc, k))) {
      from = k + 1;
      break;
    }
  }
  const a = polarityNoLaughter(doc, from, first);
  const b = polarityNoLaughter(doc, end, Math.min(s.last, end + WINDOW));
  if (a.pos + b.pos > a.neg + b.neg) return true;
  const t = near(doc, first);
  return FOND.test(t) || (teasing && LAUGH.test(t));
}

/** Hearts (or, with `teasing`, laughter) in or just after the sentence of token `i`. */
function fond(doc: Doc, i: number, teasing = false): boolean {
  const t = near(doc, i);
  return FOND.test(t) || (teasing && LAUGH.test(t));
}

/** Does the message go on warmly after token `i` (this sentence and the next)? */
function warmAfter(doc: Doc, i: number): boolean {
  if (i >= doc.tokens.length) return false;
  const s = sentenceOf(doc, i);
  const next = doc.sentences[(doc.tokens[i] as Token).sent + 1];
  // What answers the finding: the rest of its sentence and the next one, asides ("love you", "so
  // proud of you", "congrats again") left out: they are about something else.
  const p = answerPolarity(doc, i);
  return p.pos > p.neg || FOND.test(doc.text.slice(s.start, next ? next.end : s.end + 24));
}

/**
 * Does the message go on after token `i` (past tags) without complaint? "…right about you, you're a
 * keeper" praises; "…right about you" alone, or followed by more complaint, does not.
 */
function followedByPraise(doc: Doc, i: number): boolean {
  if (i >= doc.tokens.length || i < 1) return false;
  // The sentence the finding ends in (token i may open the next one).
  const si = (doc.tokens[i - 1] as Token).sent;
  const s = doc.sentences[si] as Sentence;
  const from = skipTag(doc, i, s.last);
  const next = doc.sentences[si + 1];
  const to = from < s.last ? s.last : next ? next.last : s.last;
  const start = from < s.last ? from : next ? next.first : s.last;
  if (start >= to) return false;
  // A next sentence of asides only ("Love you.", "Congrats again!") is about something else.
  if (from >= s.last && next && asideOnly(doc, si + 1)) return false;
  if (FOND.test(doc.text.slice(s.start, next ? next.end : s.end + 24))) return true;
  const p = polarityNoLaughter(doc, start, Math.min(to, start + WINDOW));
  if (p.neg > 0 || /[!?]{2}/.test(doc.text.slice(s.start, s.end + 2))) return false;
  for (let k = start; k < to && k < start + WINDOW; k++) if (COMPLAINT.has(w(doc, k))) return false;
  // Praise, or a description of them with nothing against it ("you're a keeper").
  return p.pos > 0 || /^(?:you're|youre|ur|you|you've|youve)$/.test(w(doc, start));
}

/** Words that make what follows a complaint, whatever its valence. */
const COMPLAINT: ReadonlySet<string> = wordSet(
  "never not no don't can't won't didn't doesn't isn't aren't wasn't always why nothing nobody",
);

/** Tag words a sentence may end with after the construction ("…, could you", "…huh", "…isn't it"). */
const TAG_AUX: ReadonlySet<string> = wordSet(
  "do does did don't doesn't didn't could couldn't can can't would wouldn't will won't are aren't is isn't were weren't have haven't has hasn't",
);
const TAG_WORD: ReadonlySet<string> = wordSet(
  'huh right eh innit seriously tbh honestly fr smh rn then again lately anymore lol lmao ok mate bro dude man babe',
);

/** Index after any tag words starting at `i` (at most a few). */
function skipTag(doc: Doc, i: number, limit: number): number {
  let k = i;
  for (let n = 0; n < 4 && k < limit; n++) {
    const x = w(doc, k);
    if (TAG_AUX.has(x) && /^(?:you|it|ya|ur)$/.test(w(doc, k + 1))) k += 2;
    else if (x === 'you' && w(doc, k + 1) === 'know' && /^(?:that|it)?$/.test(w(doc, k + 2))) {
      k += 2;
      if (w(doc, k) === 'that' || w(doc, k) === 'it') k++;
    } else if (TAG_WORD.has(x)) k++;
    else break;
  }
  return k;
}

/**
 * The first token of the part of token `i`'s sentence that a full stop closes off before it: people
 * who text in lower case write "you're still out. do you ever…", which the segmenter keeps as one
 * sentence, and a rewording of the question must not take the words before the stop with it.
 */
function innerStart(doc: Doc, i: number): number {
  const s = sentenceOf(doc, i);
  for (let k = i; k > s.first; k--) {
    const gap = doc.text.slice((doc.tokens[k - 1] as Token).end, (doc.tokens[k] as Token).start);
    if (/[.!?]\s/.test(gap)) return k;
  }
  return s.first;
}

/**
 * `toSentenceEnd` from token `i`, for a sentence of ours (capitalised, with its mark): when a full
 * stop inside the person's sentence comes before `i`, the words before it stay as they are.
 */
function sayFrom(doc: Doc, i: number, text: string): Draft {
  let b = innerStart(doc, i);
  const s = sentenceOf(doc, i);
  // "I love you but …": the words before the "but" stay too.
  for (let k = i - 1; k >= b && k > i - WINDOW; k--) {
    if (/^(?:but|though|tho|although|however)$/.test(w(doc, k))) {
      b = k + 1;
      break;
    }
  }
  if (b === s.first) return toSentenceEnd(doc, i, text);
  let k = b;
  while (k < i && OPENERS.has(w(doc, k))) k++;
  const start = k === i ? b : i;
  return toSentenceEnd(doc, start, text, (doc.tokens[start] as Token).start);
}

/**
 * A draft saying `text` instead of tokens [from, to). When only tags are left of the sentence
 * after them, it takes the sentence's end too and closes with `mark` (and `more`, a second
 * sentence of ours).
 */
function sayInstead(doc: Doc, from: number, to: number, text: string, more = '', mark = '.'): Draft {
  const s = sentenceOf(doc, from);
  // Our second sentence ("Can we talk about it?") only ends the message: what the person goes on
  // to say ("Can you please help tonight?") asks better.
  const last = !/\p{L}/u.test(doc.text.slice(s.end));
  const tail = more && last ? ` ${more}` : '';
  if (skipTag(doc, to, s.last) >= s.last) return sayFrom(doc, from, `${text}${mark}${tail}`);
  return replaceTokens(doc, from, to, text);
}

/** Words that may frame the construction as plain to see ("it's obvious you…", "clearly you…"). */
const FRAME: ReadonlySet<string> = wordSet(
  "it's its it is obvious clear plain evident that clearly obviously honestly so and well face it now ok",
);
const FRAME_HEAD: ReadonlySet<string> = wordSet('obvious clear plain evident clearly obviously evidently');

/** Start of a framing "it's obvious (that)" before token `first` in its clause, else `first`. */
function frameStart(doc: Doc, first: number): number {
  const s = sentenceOf(doc, first);
  let k = first;
  let head = -1;
  while (k > s.first && first - k < 5 && FRAME.has(w(doc, k - 1)) && !isClauseEnd(doc, k - 1)) {
    k--;
    if (FRAME_HEAD.has(w(doc, k))) head = k;
  }
  return head >= 0 ? Math.min(head, k) : first;
}

/** The sentence's first word that is not an opener ("ok so", "honestly", "go ahead,"). */
const OPENERS: ReadonlySet<string> = wordSet(
  'ok k so and but well honestly seriously look listen god ugh omg oh man dude bro babe go ahead on just fine yeah sure then now right',
);

function sentenceStartFrom(doc: Doc, i: number): number {
  const b = innerStart(doc, i);
  let k = b;
  while (k < i && OPENERS.has(w(doc, k))) k++;
  return k === i ? b : i;
}

/** Is token `i` the first word of its clause, openers aside? */
function opensClause(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  let k = i;
  while (k > s.first) {
    if (isClauseEnd(doc, k - 1)) return true;
    if (!OPENERS.has(w(doc, k - 1))) return false;
    k--;
  }
  return true;
}

/** Is there a question asked for real before token `i` ("if you…", "do you think you…")? */
const HEDGE: ReadonlySet<string> = wordSet(
  'if when unless whether because cuz since as though although until where while so that',
);

function hedgedBefore(doc: Doc, i: number, span = 3): boolean {
  const s = sentenceOf(doc, i);
  for (let k = i - 1; k >= s.first && k >= i - span; k--) {
    if (HEDGE.has(w(doc, k))) return true;
    if (isClauseEnd(doc, k)) return false;
  }
  return false;
}

const COMPARE_OFFER = "I'm frustrated, and I'd like to talk about what I need from you.";
const REGRET_OFFER = "I'm so hurt right now. I need a little time before we talk.";
const HURT_OFFER = "I'm really hurt right now, and I'd like to talk about it.";

// ---------------------------------------------------------------------------------------------
// What they care about
// ---------------------------------------------------------------------------------------------

/** The verb of caring, in the form "I need to feel that you ___". */
const CARE_BASE: Readonly<Record<string, string>> = {
  care: 'care about',
  cared: 'care about',
  caring: 'care about',
  cares: 'care about',
  think: 'think about',
  thought: 'think about',
  thinking: 'think about',
  worry: 'worry about',
  worried: 'worry about',
  worrying: 'worry about',
  look: 'look out for',
  looked: 'look out for',
  looking: 'look out for',
};

const REFLEXIVE: ReadonlySet<string> = wordSet('yourself urself yourselves number_one');
/** Objects that make "you only think about ___" kind or practical. */
const NOT_SELFISH: ReadonlySet<string> = wordSet(
  'others other everyone everybody people me us it that this what how whether if the_others each',
);
/** Where an object's noun phrase ends. */
const NP_END: ReadonlySet<string> = wordSet(
  'and but so because cuz when while lol lmao not than then anyway which who that like as and_never never ever anymore these lately always now right huh',
);

function objectEnd(doc: Doc, from: number, limit: number): number {
  let k = from;
  while (
    k < limit &&
    k < from + 8 &&
    !NP_END.has(w(doc, k)) &&
    (k === from || pastFillers(doc, k, limit) === k)
  ) {
    k++;
    if (isClauseEnd(doc, k - 1)) break;
  }
  return k;
}

/** Objects after "you don't care about ___" that make it about the speaker or everyone. */
const ME_OBJECT: ReadonlySet<string> = wordSet(
  'me us my our anyone anybody anything this_family this_relationship this_marriage other_people',
);

/** Index after "at all", "anymore", "one bit", "whatsoever" at `i` ("…care about me at all"). */
function pastFillers(doc: Doc, i: number, limit: number): number {
  let k = i;
  for (let n = 0; n < 3 && k < limit; n++) {
    const x = w(doc, k);
    const y = w(doc, k + 1);
    if ((x === 'at' && y === 'all') || (x === 'one' && y === 'bit') || (x === 'in' && y === 'the_slightest'))
      k += 2;
    else if (x === 'anymore' || x === 'whatsoever' || x === 'either') k++;
    else break;
  }
  return Math.min(k, limit);
}

/** Is the object at token `i` one of ME_OBJECT ("me", "this family")? */
function meObject(doc: Doc, i: number): boolean {
  return ME_OBJECT.has(w(doc, i)) || ME_OBJECT.has(`${w(doc, i)}_${w(doc, i + 1)}`);
}

/** After "don't give a": the noun of the idiom. */
/** What "you don't care if I ___" is said about, when it is hurt and not plans. */
const IF_HURT: ReadonlySet<string> = wordSet(
  'gone disappeared disappear died die dead left leave upset hurt hurting cried cry crying sad alive exist existed lived live suffer suffering miserable lonely vanished okay ok fine sick scared drowning happy',
);
const GIVE_A = wordSet("damn dam damm shit fuck fk crap toss hoot rat's rats flying single");

// ---------------------------------------------------------------------------------------------
// Exasperation
// ---------------------------------------------------------------------------------------------

/** Words between "I'm" and "sick of" that change nothing ("I'm getting so bloody tired of"). */
const FED_UP_FILLER: ReadonlySet<string> = wordSet(
  'so really very soo sooo just getting gettin becoming honestly completely totally absolutely literally bloody fucking effing freaking frickin damn truly seriously kinda pretty beyond and ugh god omg man lord jeez ok well now fr actually starting to get',
);
/** Where the speaker stands before "sick of": I'm, I've, I. */
const SPEAKER: ReadonlySet<string> = wordSet("i'm im i've ive i am been get got feel we're we've we");
/** Longing, not exasperation: "tired of being apart from you". */
const LONGING: ReadonlySet<string> = wordSet('apart away without miss missing far distance waiting_to_see');
const EXHAUSTED = wordSet('exhausted worn_out drained');
/** The words of the idioms themselves ("sick to death of", "fed up with", "had enough of"). */
const FED_UP_WORDS: ReadonlySet<string> = wordSet(
  "sick tired fed up exhausted worn out drained weary done over had enough and to death here of with by from can't cant cannot stand take bear deal",
);

/** Words of substance before token `i` in its sentence (after any full stop inside it), not only openers. */
function keepsWordsBefore(doc: Doc, i: number): boolean {
  for (let k = innerStart(doc, i); k < i; k++)
    if (!OPENERS.has(w(doc, k)) && !FED_UP_FILLER.has(w(doc, k))) return true;
  return false;
}

function fedUpStart(doc: Doc, head: number): number {
  const s = sentenceOf(doc, head);
  let k = head;
  while (k > s.first && head - k < 6 && FED_UP_FILLER.has(w(doc, k - 1)) && !isClauseEnd(doc, k - 1)) k--;
  if (k > s.first && !isClauseEnd(doc, k - 1)) {
    const prev = w(doc, k - 1);
    if (!SPEAKER.has(prev)) return -1;
    // "am" needs its "I"; "we"/"i" before "get|feel".
    let j = k - 1;
    while (j > s.first && SPEAKER.has(w(doc, j - 1)) && !isClauseEnd(doc, j - 1) && k - j < 3) j--;
    if (prev === 'am' && w(doc, j) !== 'i') return -1;
    return j;
  }
  return k;
}

// ---------------------------------------------------------------------------------------------
// Rhetorical questions
// ---------------------------------------------------------------------------------------------

/** Character words that make "why are you so ___" a verdict (feelings pass: "why are you so sad?"). */
const CHARACTER: ReadonlySet<string> = wordSet(
  'difficult rude mean selfish annoying stubborn dramatic cold weird clingy needy controlling immature childish nasty impossible unbearable complicated negative awkward lazy useless careless thoughtless inconsiderate ungrateful dense slow thick irritating insufferable obsessed obsessive judgmental judgemental defensive petty bitter toxic fake extra jealous possessive hateful spiteful cruel heartless clueless hopeless pathetic stupid dumb emotional sensitive hysterical touchy',
);

function isCharacterWord(x: string): boolean {
  if (NEGATIVE_FEELINGS.has(x) && !INSULT_ADJECTIVES.has(x)) return false;
  return CHARACTER.has(x) || INSULT_ADJECTIVES.has(x);
}

/** After "why would you": wanting and liking ask for real ("why would you want to come?"). */
const WHY_WOULD_ASKS: ReadonlySet<string> = wordSet(
  'want like love need prefer choose pick be have mind recommend suggest use go come think apologise apologize apologising apologizing worry thank',
);

const WHY_OFFER = "Is something going on? I'd like to understand.";

/**
 * "do you ever listen", "are you even listening": the verb takes what it should ("do you ever cook
 * dinner?" asks), the question opens its clause, and nothing warm or negated is around it.
 */
function everGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  const verb = hit.end - 1;
  if (!everObjectOk(withBase(doc, verb), verb, hit.end, s.last)) return false;
  return opensClause(doc, first) && !warm(doc, first, hit.end, true) && !negatedBefore(doc, first, 2);
}

const everSuggest = (doc: Doc, m: Match): Draft[] => [sayFrom(doc, m.first, everOffer(doc, m.last - 1))];

/** "do you ever ___": what each verb becomes when said plainly. */
const EVER_OFFER: Readonly<Record<string, string>> = {
  listen: "I don't feel heard right now.",
  hear: "I don't feel heard right now.",
  pay: "I don't feel heard right now.",
  care: 'I need to know that you care.',
  appreciate: 'I need to know that you care.',
  think: "I'd like you to think about how this affects me.",
  stop: "I'm finding this hard to hear right now.",
  shut: "I'd like a turn to talk.",
  notice: "I'd like to feel noticed.",
  remember: 'It matters to me that you remember.',
  help: 'I could really use your help.',
  lift: 'I could really use your help.',
  try: 'It would mean a lot if you tried.',
  bother: 'It would mean a lot if you tried.',
};
const COMPLAINT_ING: ReadonlySet<string> = wordSet(
  'complaining whining moaning nagging lying criticizing criticising yelling shouting bitching arguing sulking talking bragging judging interrupting',
);
const ABOUT_OTHERS: ReadonlySet<string> = wordSet(
  'anyone anybody others other_people someone_else anyone_else anybody_else the_consequences anything_but',
);

function everObjectOk(doc: Doc, verb: number, end: number, limit: number): boolean {
  const v = w(doc, verb);
  const a = w(doc, end);
  const b = w(doc, end + 1);
  const bare = end >= limit || isClauseEnd(doc, end - 1);
  switch (v) {
    case 'listen':
    case 'hear':
      return (
        bare ||
        /^(?:me|anything|anyone|anybody|yourself|urself|a|what|when)$/.test(a) ||
        (a === 'to' && /^(?:me|us|anything|anyone|anybody|a|what|yourself|urself|reason|sense)$/.test(b))
      );
    case 'pay':
      return a === 'attention' && (end + 1 >= limit || isClauseEnd(doc, end) || /^(?:to|at)$/.test(b));
    case 'care':
    case 'appreciate':
      return (
        bare ||
        /^(?:me|us|anything|anyone|anybody|what|how|my|our|at)$/.test(a) ||
        (/^(?:about|for)$/.test(a) && (meObject(doc, end + 1) || /^(?:what|how)$/.test(b)))
      );
    case 'think':
      return (
        bare ||
        a === 'before' ||
        (/^(?:about|of)$/.test(a) &&
          (ABOUT_OTHERS.has(b) || /^(?:what|how|anything|anyone|anybody)$/.test(b)))
      );
    case 'stop':
      return COMPLAINT_ING.has(a) || (a.endsWith('ing') && valence(a) < 0);
    case 'shut':
      return a === 'up';
    case 'notice':
    case 'remember':
      return bare || /^(?:me|us|my|anything|what|how|when|when_i|that_i|our)$/.test(a);
    case 'help':
      return bare || /^(?:around|me|us|out|with|at)$/.test(a);
    case 'lift':
      return a === 'a' && b === 'finger';
    case 'try':
    case 'bother':
      return bare || a === 'to';
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Dares and threats
// ---------------------------------------------------------------------------------------------

/** "don't you dare ___" said kindly: "don't you dare apologise", "…pay for dinner". */
const KIND_DARE: ReadonlySet<string> = wordSet(
  'apologise apologize apologising apologizing pay paying thank worry feel blame cry miss be say_sorry feel_bad feel_guilty',
);
/** Consequences after "…again and ___". */
/**
 * A dare opening the sentence before "and see what happens": saying it to my face, touching what is
 * mine, trying me ("keep …" is verdicts.ts's; "… again and see" the rule above's).
 */
const DARED =
  /^(?:say (?:that|it)|touch (?:my|me|her|him)|come near (?:me|my)|(?:try|push|test) me)\b(?!.*\b(?:again|one more time|once more)\b)/;

function threatAfterAnd(doc: Doc, i: number, limit: number): boolean {
  const a = w(doc, i);
  const b = w(doc, i + 1);
  const c = w(doc, i + 2);
  if (a === 'see' || a === 'watch') return b === 'what' || i + 1 >= limit || isClauseEnd(doc, i);
  // ultim41: "do it again and find out".
  if (a === 'find') return b === 'out' && (i + 2 >= limit || isClauseEnd(doc, i + 1));
  // "do that again and I'm gone", "…and i'm out", "…and I'll leave": the speaker leaves.
  if (/^(?:i'm|im|i'll|ill)$/.test(a))
    return (
      /^(?:gone|out|outta|leaving|done|off|walking|packing)$/.test(b) ||
      (/^(?:i'll|ill)$/.test(a) && /^(?:leave|go|walk)$/.test(b)) ||
      // "touch my car again and I'll break your hands": harm promised.
      (/^(?:i'll|ill)$/.test(a) &&
        /^(?:break|smash|kill|hurt|end|punch|slap|strangle|find|hunt|destroy|bury)$/.test(b) &&
        /^(?:you|u|your|ur)$/.test(c) &&
        !/^(?:at|in)$/.test(w(doc, i + 3)))
    );
  if (/^(?:you'll|you|ur|you're|youre)$/.test(a)) {
    const x = a === 'you' ? b : a === 'ur' || a === "you're" || a === 'youre' ? `are ${b}` : b;
    const y = a === 'you' ? c : c;
    if (a === 'you' && b !== 'will' && b !== "'ll") return false;
    const v = a === 'you' ? y : x;
    return (
      /^(?:regret|pay|see|be|wish|are dead|are finished|are done|are out|are gonna|are going)$/.test(v) &&
      (v !== 'be' || /^(?:sorry)$/.test(a === 'you' ? w(doc, i + 3) : c))
    );
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Measuring them against others
// ---------------------------------------------------------------------------------------------

const OTHERS_QUALIFIER: ReadonlySet<string> = wordSet(
  "other normal real most decent regular proper friends friends' mates mates' sisters sister's brothers brother's friend's everyone's people's neighbours neighbors",
);

/** Verbs of treatment: "my ex never treated me like this" → "I don't like being treated like this." */
const TREATED: Readonly<Record<string, string>> = {
  treated: 'treated',
  treat: 'treated',
  treats: 'treated',
  talked: 'talked to',
  talk: 'talked to',
  talks: 'talked to',
  spoke: 'spoken to',
  speak: 'spoken to',
  spoken: 'spoken to',
  speaks: 'spoken to',
};

/** Third parties who "can't stand you". */
const THIRD: ReadonlySet<string> = wordSet(
  'everyone everybody people family friends mum mom dad mother father sister brother kids children colleagues coworkers boss parents they own even mates everyone_else whole team',
);

// ---------------------------------------------------------------------------------------------
// Regret about the relationship
// ---------------------------------------------------------------------------------------------

const RELATE =
  'met|meet|meeting|married|marry|marrying|dated|date|dating|trusted|trust|trusting|chose|choose|choosing|picked|moved_in_with|move_in_with|moving_in_with|got_with|gotten_with|get_with|getting_with|gotten_together_with|got_together_with|getting_together_with|fell_for|fall_for|falling_for|said_yes_to|saying_yes_to|had_kids_with|having_kids_with|had_a_baby_with|ended_up_with|settled_for|gave_up_everything_for|let_you_in|believed|believing|loved|loving|wasted_my_time_on';

/** "not once" / "never once" just before token `k`: "not once have I regretted it". */
function notOnceBefore(doc: Doc, k: number): boolean {
  for (let j = k - 1; j >= k - 4 && j > 0; j--)
    if (w(doc, j) === 'once' && /^(?:not|never)$/.test(w(doc, j - 1))) return true;
  return false;
}

function regretFrame(doc: Doc, verb: number): boolean {
  const s = sentenceOf(doc, verb);
  let wish = false;
  let never = false;
  for (let k = verb - 1; k >= s.first && k >= verb - 8; k--) {
    const x = w(doc, k);
    if (x === 'never' || x === "hadn't" || x === 'not' || x === "didn't" || x === "shouldn't") never = true;
    if (/^(?:wish|should|should've|shoulda|shouldve|shud|shld)$/.test(x)) wish = true;
    if (x === "shouldn't") wish = true;
    if (x === 'regret' || x === 'regretting' || x === 'regretted')
      return (
        !negatedBefore(doc, k, 2) &&
        w(doc, k - 1) !== "don't" &&
        !(w(doc, k + 1) === 'not') &&
        // "not once have I regretted…", "never once regretted…".
        !notOnceBefore(doc, k)
      );
    if (x === 'why' && /^(?:did|do|would)$/.test(w(doc, k + 1)) && /^(?:i|we)$/.test(w(doc, k + 2)))
      return true;
  }
  if (wish && never) return true;
  // "marrying you was the biggest mistake of my life", "worst decision I ever made was dating you".
  for (let k = s.first; k < s.last && k < s.first + WINDOW; k++) {
    const x = w(doc, k);
    if (/^(?:mistake|mistakes|worst|regret|ruined|wasted)$/.test(x)) {
      const p = w(doc, k - 1);
      const pp = w(doc, k - 2);
      if (p === 'no' || p === 'not' || pp === 'not' || pp === 'never' || p === 'never') return false;
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// "Can't even"
// ---------------------------------------------------------------------------------------------

/** Verbs of seeing and saying: "you can't even tell it was broken" praises. */
const PERCEIVE: ReadonlySet<string> = wordSet(
  'tell see imagine believe notice hear feel guess describe taste smell begin express fathom picture put find get_over wait stop',
);
/** Words that make "you" anyone ("you can't even park there anymore"). */
const GENERIC: ReadonlySet<string> = wordSet(
  'here there anymore nowadays these_days without online in_this in_that at_this on_this with_this in_there in_town him her them he she they his their it',
);
const EVEN_LEAD: ReadonlySet<string> = wordSet('manage_to be_bothered_to bother_to bother be_bothered');

/**
 * A pattern with each element's alternatives longest first: an element takes the first
 * alternative that fits and never tries another, so "sick_and_tired" must come before "sick".
 */
function P(pattern: string): string {
  return pattern
    .trim()
    .split(/\s+/)
    .map((el) => {
      const m = /^([^@:?*]+)((?::\w+)?[?*]?)$/.exec(el);
      if (!m || !(m[1] as string).includes('|')) return el;
      const alts = (m[1] as string).split('|');
      alts.sort((a, b) => b.split('_').length - a.split('_').length);
      return `${alts.join('|')}${m[2]}`;
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// The family
// ---------------------------------------------------------------------------------------------

export const aimed = phraseFamily({
  id: 'aimed',
  category: 'contempt',
  phrases: [
    // -- What they care about ---------------------------------------------------------------------
    {
      // "you only care about yourself", "ur only ever thinking of urself", "you just care about your mates"
      pattern: P(
        "you|u|you're|ur|you_are clearly|obviously|honestly|literally|really? only|just|only_ever|just_ever|ever_only|only_really care|cared|cares|caring|think|thought|thinking|worry|worried|worrying|look_out|looked_out|looking_out about|bout|abt|of|for",
      ),
      rule: 'only-care',
      severity: 2,
      min: 'balanced',
      why: 'verdict',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        const obj = w(doc, hit.end);
        const two = `${obj}_${w(doc, hit.end + 1)}`;
        if (!obj || NOT_SELFISH.has(obj) || NOT_SELFISH.has(two)) return false;
        const just = textOf(doc, first, hit.end).toLowerCase().includes('just');
        const verb = hit.end - 2;
        // "you just worry about getting better": an instruction, said kindly.
        if (/^worr/.test(w(doc, verb)) && just) return false;
        const own = REFLEXIVE.has(obj) || REFLEXIVE.has(two) || obj === 'your' || obj === 'ur';
        if (just && !own) return false;
        // What they care about is theirs ("winning", "your looks"): warmth is looked for around it.
        const objEnd = objectEnd(doc, hit.end, sentenceOf(doc, first).last);
        return !hedgedBefore(doc, first) && !negatedBefore(doc, first, 2) && !warm(doc, first, objEnd);
      },
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        let v = m.last - 2;
        while (v > m.first && !CARE_BASE[w(doc, v)]) v--;
        const base = CARE_BASE[w(doc, v)] ?? 'care about';
        const obj = m.last;
        const start = frameStart(doc, m.first);
        if (REFLEXIVE.has(w(doc, obj)) || w(doc, obj) === 'number') {
          const end = w(doc, obj) === 'number' ? obj + 2 : obj + 1;
          return [sayInstead(doc, start, Math.min(end, s.last), `I need to feel that you ${base} me too`)];
        }
        const end = objectEnd(doc, obj, s.last);
        const what = textOf(doc, obj, end);
        const [verb, prep] = base.split(/ (?=\S+$)/) as [string, string];
        let to = end;
        // "…your mates, not me": the contrast is said already.
        if (w(doc, to) === 'not' && /^(?:me|us)$/.test(w(doc, to + 1))) to += 2;
        return [sayInstead(doc, start, to, `It feels like you ${verb} more ${prep} ${what} than ${prep} me`)];
      },
    },
    {
      // "you clearly don't give a damn about me", "you just don't care do you", "you couldn't care less about us"
      pattern: P(
        "you|u clearly|obviously|honestly|really|just|literally|seriously|simply|evidently|never? don't|dont|do_not|didn't|did_not|never|couldn't|could_not|can't|don't_even|didn't_even|never_even|don't_really|never_really|didn't_really even|really|actually? care|cared|give|gave|care_less",
      ),
      rule: 'not-care',
      severity: 2,
      min: 'balanced',
      why: 'verdict',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const verb = w(doc, hit.end - 1);
        const negs = textOf(doc, first, hit.end).toLowerCase();
        // "couldn't care": only "couldn't care less" is the idiom.
        // "couldn't care": only "couldn't care less" (or "couldn't give a damn") is the idiom.
        if (/couldn|could not|can't/.test(negs) && !/^(?:care_less|less|give)$/.test(verb)) return false;
        let p = hit.end;
        if (verb === 'give' || verb === 'gave') {
          if (!/^(?:a|two)$/.test(w(doc, p)) || !GIVE_A.has(w(doc, p + 1))) return false;
          p += 2;
          if (w(doc, p) === 'ass' || w(doc, p) === 'fuck' || w(doc, p) === 'shit') p++;
        }
        if (w(doc, p) === 'less') p++;
        const bare = closesClause(doc, p, s);
        const a = w(doc, p);
        const b = w(doc, p + 1);
        let ok = false;
        if (bare || TAG_AUX.has(a) || TAG_WORD.has(a) || /^(?:at|one|anymore|either)$/.test(a)) ok = true;
        else if (/^(?:about|bout|abt|for|that)$/.test(a))
          ok =
            meObject(doc, p + 1) ||
            (a === 'that' && /^(?:i|i'm|i've|we|we're|i'd)$/.test(b)) ||
            ((b === 'what' || b === 'how') && /^(?:i|i'm|we)$/.test(w(doc, p + 2)));
        else if ((a === 'what' || a === 'how') && /^(?:i|i'm|we|happens)$/.test(b)) ok = true;
        // "you couldn't care less if I disappeared", "you don't even care if I'm upset"; a real
        // question about plans ("you don't care if I bring a friend?") passes.
        else if ((a === 'if' || a === 'whether') && /^(?:i|i'm|im|i'd|we|we're)$/.test(b))
          for (let k = p + 2; k < Math.min(s.last, p + 6); k++) if (IF_HURT.has(w(doc, k))) ok = true;
        if (!ok) return false;
        if (bare && /^(?:know|think|guess|hope|sure|mind|if|when|unless)$/.test(w(doc, first - 1)))
          return false;
        return !hedgedBefore(doc, first) && !warm(doc, first, hit.end);
      },
      // "give a damn" is one idiom: its swear word goes with it.
      span: (doc, first, hit) => {
        const verb = w(doc, hit.end - 1);
        return [
          first,
          verb === 'give' || verb === 'gave' ? Math.min(doc.tokens.length, hit.end + 2) : hit.end,
        ];
      },
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        let p = m.last;
        if (/^(?:ass|fuck|shit|less)$/.test(w(doc, p))) p++;
        // "haha you just dont give a shit do you!": a tease, said laughing; the laugh and the tag stay,
        // and the verdict is softened in place ("haha you just don't seem to care do you!").
        const verb = w(doc, m.last - 1) === 'care' ? 'care' : w(doc, m.last - 3);
        if (
          /^(?:give|gave|care)$/.test(verb) &&
          /^(?:ha(?:ha)+h?|lol+|lmao+|hehe+|hah)$/.test(w(doc, s.first)) &&
          s.first < m.first &&
          /^(?:do|did|huh)$/.test(w(doc, p))
        ) {
          let n = m.first;
          while (n < p && !/^(?:don't|dont|do|didn't|didnt|did)$/.test(w(doc, n))) n++;
          const said = /^(?:didn't|didnt|did)$/.test(w(doc, n))
            ? "didn't seem to care"
            : "don't seem to care";
          if (n < p && w(doc, n + 1) !== 'even') return [replaceTokens(doc, n, p, said)];
        }
        const start = frameStart(doc, m.first);
        if (/^(?:about|bout|abt|for)$/.test(w(doc, p)) && meObject(doc, p + 1)) {
          const end = objectEnd(doc, p + 1, s.last);
          const who = textOf(doc, p + 1, end);
          const too = /^(?:anyone|anybody|anything)/i.test(who);
          // "…about anyone but yourself" says "about me too".
          let to = end;
          if (too && /^(?:but|except|besides|other)$/.test(w(doc, to))) to = Math.min(s.last, to + 2);
          to = pastFillers(doc, to, s.last);
          return [
            sayInstead(
              doc,
              start,
              to,
              too ? 'I need to know that you care about me too' : `I need to know that you care about ${who}`,
            ),
          ];
        }
        return [sayInstead(doc, start, pastFillers(doc, p, s.last), 'I need to know that you care')];
      },
    },
    {
      // "you only call when you need something", "I only hear from you when it suits you"
      pattern: P(
        'only|only_ever|only_ever_really @ANY* when|whenever you|u|it need|needs|want|wants|suits|feel_like|are_bored|get_bored',
      ),
      triggers: ['only'],
      rule: 'only-when',
      severity: 2,
      min: 'balanced',
      why: 'verdict',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const last = w(doc, hit.end - 1);
        const next = w(doc, hit.end);
        if (last === 'suits') {
          if (
            !(
              hit.end >= s.last ||
              isClauseEnd(doc, hit.end - 1) ||
              next === 'you' ||
              next === 'ur' ||
              next === 'your'
            )
          )
            return false;
        } else if (/^(?:need|needs|want|wants)$/.test(last)) {
          if (
            !/^(?:something|sth|smth|stuff|money|cash|a|me|help|sex|things|favours|favors|somethin)$/.test(
              next,
            )
          )
            return false;
        }
        // Said of the addressee: "you only…" or "…from you only when".
        const c0 = (() => {
          let k = first;
          while (k > s.first && !isClauseEnd(doc, k - 1)) k--;
          return k;
        })();
        if (!youIn(doc, c0, first + 1) && !youIn(doc, first, hit.end - 2)) return false;
        return !hedgedBefore(doc, c0 + 1) && !warm(doc, first, hit.end);
      },
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        let k = m.first;
        while (k > s.first && !isClauseEnd(doc, k - 1)) k--;
        let end = m.last;
        while (end < s.last && end < m.last + 3 && !isClauseEnd(doc, end - 1)) end++;
        return [
          sayInstead(
            doc,
            frameStart(doc, k),
            end,
            "Lately this has felt one-sided to me, and I'd like to talk about it",
          ),
        ];
      },
    },
    // -- Exasperation with them ---------------------------------------------------------------------
    {
      // "I'm sick of cleaning up after you", "so tired of ur games", "I've had it with your lies",
      // "I can't stand your attitude", "I'm so over your drama"
      pattern: P(
        "sick|tired|fed_up|exhausted|worn_out|drained|weary|done|over|had_it|had_enough|sick_and_tired|sick_to_death|tired_to_death|can't_stand|cant_stand|cannot_stand|can't_take|can't_bear|cant_take|cannot_take|can't_deal_with|cant_deal_with",
      ),
      rule: 'fed-up',
      severity: 2,
      min: 'balanced',
      why: 'fedUp',
      category: 'absolutes',
      pre: saysYou,
      guard: (doc, first, hit) => {
        const head = w(doc, hit.end - 1);
        const p = hit.end;
        const a = w(doc, p);
        const stand = /stand|take|bear|deal/.test(head);
        if (stand) {
          // "I can't stand you", "I can't take your moods anymore" (the speaker says it).
          if (!/^(?:i|we)$/.test(w(doc, first - 1)) && w(doc, first - 1) !== 'just') return false;
          if (!YOU.has(a) && !(a === 'it' && w(doc, p + 1) === 'when' && YOU.has(w(doc, p + 2))))
            return false;
          // "I can't stand you being sad": care, not contempt.
          if (
            /^(?:being|feeling|hurting|crying|sad|upset|alone|unhappy|sick|in|so|suffering|away|gone)$/.test(
              w(doc, p + 1),
            )
          )
            return false;
        } else if (head === 'over') {
          // "I'm so over your drama" (not "I'm over at your place").
          const prev = w(doc, first - 1);
          if (!/^(?:so|sooo|soo|totally|completely|absolutely|literally|really|just|fully)$/.test(prev))
            return false;
          if (!YOU.has(a)) return false;
        } else if (head === 'done') {
          if (
            !/^(?:with|putting|dealing|listening|hearing|being|waiting|cleaning|picking|babysitting|carrying)$/.test(
              a,
            )
          )
            return false;
          if (a === 'with' && !YOU.has(w(doc, p + 1)) && w(doc, p + 1) !== 'all') return false;
        } else if (head === 'had_it' || head === 'had_enough') {
          if (!/^(?:with|of)$/.test(a)) return false;
          const prev = w(doc, first - 1);
          if (!/^(?:i've|ive|i|we've|i_have|really|truly|totally|so|just|had|have)$/.test(prev)) return false;
        } else {
          // sick|tired|fed up|exhausted … of|with|by|from
          if (!/^(?:of|with|by|from|up)$/.test(a)) return false;
          if (EXHAUSTED.has(head) && a === 'with') return false;
          if (head === 'fed_up' && a === 'up') return false;
        }
        if (!stand && head !== 'over' && fedUpStart(doc, first) < 0) return false;
        if (stand && negatedBefore(doc, first - 1, 2)) return false;
        // The addressee is what they are sick of: a "you" in the rest of the clause.
        const stop = Math.min(clauseStop(doc, first), p + 10);
        if (!youIn(doc, p, stop)) return false;
        for (let k = p; k < stop; k++) if (LONGING.has(w(doc, k))) return false;
        // "are you tired of me?": the question is about them.
        if (w(doc, first - 1) === 'you' || w(doc, first - 2) === 'are') return false;
        // "I'm tired of you guys 😂": laughter makes it teasing (a false alarm costs more than a miss).
        return !warm(doc, first, stop, true);
      },
      span: (doc, first, hit) => {
        const stop = clauseStop(doc, first);
        let k = hit.end;
        while (k < stop && !YOU.has(w(doc, k))) k++;
        return [first, Math.min(stop, k + 1)];
      },
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        const head = w(doc, m.first);
        const stand = /^(?:can't|cant|cannot)$/.test(head);
        let start = stand ? m.first - 1 : fedUpStart(doc, m.first);
        if (start < 0) start = m.first;
        if (stand)
          while (start > s.first && /^(?:just|really|honestly|seriously)$/.test(w(doc, start - 1))) start--;
        const stop = clauseStop(doc, m.first);
        // Past the idiom's own words ("sick and tired of", "had it with", "can't stand").
        let p = m.first;
        while (p < stop && p < m.first + 6 && FED_UP_WORDS.has(w(doc, p))) {
          if (w(doc, p) === 'had' && w(doc, p + 1) === 'it') p++;
          p++;
        }
        let end = stop;
        while (end > p && /^(?:anymore|tbh|honestly|seriously|lol|smh|rn|fr)$/.test(w(doc, end - 1))) end--;
        // "your bs": a swear the swear rule leaves alone (an abbreviation) is no word of ours.
        let rest = textOf(doc, p, end);
        for (let k = p; k < end; k++)
          if (/^(?:bs|b\.s\.?)$/.test(w(doc, k))) {
            const t = doc.tokens[k] as Token;
            const a = t.start - (doc.tokens[p] as Token).start;
            rest = `${rest.slice(0, a)}stuff${rest.slice(a + t.end - t.start)}`;
          }
        const onlyYou = end - p === 1 && YOU.has(w(doc, p));
        const text =
          end <= p || onlyYou
            ? "I'm finding things hard between us right now"
            : `I'm struggling with ${rest}`;
        // "…because im tired of your bs": "I'm struggling with…" is a whole clause with its own
        // subject, so the person's words before it stay ("i have bags under my eyes because…").
        const inner = sayInstead(doc, start, end, text, 'Can we talk about it?');
        const from = (doc.tokens[start] as Token).start;
        if (inner.start < from && keepsWordsBefore(doc, start)) {
          const s2 = sentenceOf(doc, start);
          const last = !/\p{L}/u.test(doc.text.slice(s2.end));
          if (skipTag(doc, end, s2.last) >= s2.last)
            return [toSentenceEnd(doc, start, `${text}.${last ? ' Can we talk about it?' : ''}`, from)];
          return [replaceTokens(doc, start, end, text)];
        }
        return [inner];
      },
    },
    // -- Rhetorical questions -------------------------------------------------------------------------
    {
      // "why are you like this", "why r u being so difficult", "why do you have to be so negative"
      pattern: P(
        'why|y are|r|do|does|must you|u always|constantly|even? being|acting|have_to_be|gotta_be|got_to_be|need_to_be|have_to_act|always_have_to_be? like|so|such|this|that|the_way @ANY',
      ),
      rule: 'why-you',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const aux = w(doc, first + 1);
        const words = textOf(doc, first, hit.end).toLowerCase();
        const last = w(doc, hit.end - 1);
        const prev = w(doc, hit.end - 2);
        // "why do you …" needs "have to be" ("why do you like this song?" asks).
        if ((aux === 'do' || aux === 'does' || aux === 'must') && !/have to|gotta|got to|need to/.test(words))
          return false;
        let ok = false;
        if (prev === 'like' || prev === 'the_way')
          ok =
            ((last === 'this' || last === 'that') && isClauseEnd(doc, hit.end - 1)) ||
            hit.end >= s.last ||
            skipTag(doc, hit.end, s.last) >= s.last;
        else if (prev === 'so' || prev === 'this' || prev === 'that')
          ok = isCharacterWord(last) && !(last === 'sensitive' && w(doc, hit.end) === 'to');
        else if (prev === 'such') ok = false;
        if (!ok) return false;
        return !warm(doc, first, hit.end, true);
      },
      suggest: (doc, m) => [sayFrom(doc, m.first, WHY_OFFER)],
    },
    {
      // "why can't you just be normal", "why can't you be more like your brother"
      pattern: P(
        "why|y can't|cant|cannot|couldn't|won't you|u just|ever|for_once|simply|even? be|act|behave normal|reasonable|nice|decent|civil|honest|an_adult|a_grown_up|grateful|supportive|more|less|quiet|serious|sensible|mature|considerate|respectful|a_normal|responsible|like|a_man|a_real",
      ),
      rule: 'why-you',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first, hit) => !warm(doc, first, hit.end, true),
      suggest: (doc, m) => [sayFrom(doc, m.first, COMPARE_OFFER)],
    },
    {
      // "why would you say that to me", "why on earth would u delete it?"
      pattern: P('why|y|why_on_earth|why_the_hell|why_tf|why_in_the_world would|wud you|u ever|even? @ANY'),
      rule: 'why-would',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const verb = w(doc, hit.end - 1);
        // "why would you want to come?", "why would you like it?" ask; "even" is constructions'.
        if (WHY_WOULD_ASKS.has(verb) || verb === 'even') return false;
        if (!opensClause(doc, first) || valence(verb) > 0) return false;
        const stop = Math.min(s.last, hit.end + WINDOW);
        return !warm(doc, first, stop, true) && !warmAfter(doc, stop);
      },
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        const vp = textOf(doc, m.last - 1, s.last).replace(/[\s,.!?]+$/, '');
        if (m.last - 1 >= s.last || s.last - m.last > 12)
          return [sayFrom(doc, m.first, 'Can you help me understand what happened?')];
        // "why would you not want…": "why you wouldn't want…", never "why you'd not want".
        const not = /^not\s+/i.exec(vp);
        return [
          sayFrom(
            doc,
            m.first,
            `Can you help me understand why ${not ? "you wouldn't" : "you'd"} ${vp.slice(not ? not[0].length : 0)}?`,
          ),
        ];
      },
    },
    {
      // "do you ever listen to anything I say", "do you even care?", "do you ever stop complaining"
      pattern: P(
        'do|did|does|will|have|would you|u ever|ever_even|ever_actually|actually_ever once|really|actually? listen|listened|care|cared|think|thought|stop|hear|notice|noticed|remember|help|helped|try|tried|bother|pay|appreciate|shut|lift',
      ),
      rule: 'do-you-ever',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      category: 'absolutes',
      guard: everGuard,
      suggest: everSuggest,
    },
    {
      // "are you even listening to me", "do you even care", "did you even read it"
      pattern: P(
        'do|did|does|are|were|have|will you|u even|evn listen|listening|listened|care|think|thinking|stop|hear|hearing|notice|noticed|remember|help|helped|try|trying|tried|bother|pay|paying|appreciate|lift',
      ),
      rule: 'do-you-even',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: everGuard,
      suggest: everSuggest,
    },
    {
      // "it's always about you isn't it", "everything has to be about you", "why does it always have to be about you"
      pattern: P(
        "it's|its|it_is|it_was|everything's|everythings|everything_is|everything_was|everything|it|why_does_everything|why_does_it|why_is_everything|why_is_it always|all|only|just|forever|constantly|all_ever|always_all? has_to_be|have_to_be|gotta_be|must_be|got_to_be|need_to_be? always|all|only? about you|u|yourself|urself|what_you_want|what_u_want|what_you_need|your_feelings|your_needs|your_problems|your_moods|your_mood",
      ),
      rule: 'about-you',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const words = ` ${textOf(doc, first, hit.end).toLowerCase()} `;
        const strong =
          /\s(?:always|only|forever|constantly)\s|has to be|have to be|gotta be|must be|got to be|need to be/.test(
            words,
          );
        const all = / all /.test(words);
        if (!strong && !all) return false;
        const end = closesClause(doc, hit.end, s) || skipTag(doc, hit.end, s.last) > hit.end;
        const and = w(doc, hit.end) === 'and' && /^(?:your|ur|what|how)$/.test(w(doc, hit.end + 1));
        if (!end && !and) return false;
        if (!end && !strong) return false;
        return !warm(doc, first, hit.end) && !warmAfter(doc, hit.end);
      },
      suggest: (doc, m) => [
        sayFrom(doc, sentenceStartFrom(doc, m.first), 'I need this to be about both of us.'),
      ],
    },
    {
      // "have you lost your mind", "are you out of your mind", "have you gone mad"
      pattern: P('have|did|are you|u lost|lose|out_of|gone_out_of your|ur|yo mind|marbles|head|senses'),
      rule: 'lost-mind',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first, hit) => !warm(doc, first, hit.end, true) && !warmAfter(doc, hit.end),
      suggest: (doc, m) => [
        sayFrom(doc, m.first, "I'm really surprised by this. Can you help me understand?"),
      ],
    },
    {
      // "what's the matter with you" (not "…with you, are you ok?": caring)
      pattern: P("what's|what_is|whats|wats the_matter with you|u"),
      rule: 'whats-the-matter',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (!(skipTag(doc, hit.end, s.last) >= s.last || isClauseEnd(doc, hit.end - 1))) return false;
        return !warm(doc, first, hit.end, true) && !caringNear(doc, first);
      },
      suggest: (doc, m) => [sayFrom(doc, m.first, 'Is something wrong? That really surprised me.')],
    },
    {
      // "who do you think you are", "who the hell do you think you're talking to"
      pattern: P(
        "who|who_the_hell|who_the_heck|who_tf do you|u think|thinks you're|you_are|ur|u_are|youre|you're_talking_to|you_are_talking_to|ur_talking_to",
      ),
      rule: 'whats-the-matter',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const last = w(doc, hit.end - 1);
        // "who do you think you're going with?" asks; "…you are" and "…talking to" end it.
        if (
          !/^(?:to)$/.test(last) &&
          !(skipTag(doc, hit.end, s.last) >= s.last || isClauseEnd(doc, hit.end - 1))
        )
          return false;
        if (!/^(?:to|are|you're|youre|ur)$/.test(last)) return false;
        return !warm(doc, first, hit.end, true);
      },
      suggest: (doc, m) => {
        // "who do you think you are, reading my messages?" → "I'm not okay with you reading my
        // messages.": what they did is what the question was about; it stays.
        const t = doc.tokens;
        const s = sentenceOf(doc, m.first);
        let k = m.last - 1;
        while (k > m.first && !/^(?:are|you're|youre|ur)$/.test(w(doc, k))) k--;
        const nx = t[k + 1] as Token | undefined;
        if (
          nx &&
          k + 2 < s.last &&
          /^(?:are|you're|youre|ur)$/.test(w(doc, k)) &&
          /^\s*,\s*$/.test(doc.text.slice((t[k] as Token).end, nx.start)) &&
          /^\p{L}{2,}ing$/u.test(nx.w) &&
          !/^(?:thing|something|anything|nothing|everything|king|ring|bring|sing|sting|swing|wing|spring|string)$/.test(
            nx.w,
          )
        ) {
          const end = t[s.last - 1] as Token;
          const rest = doc.text.slice(nx.start, end.end);
          if (!/[,;:]/.test(rest)) return [sayFrom(doc, m.first, `I'm not okay with you ${rest}.`)];
        }
        return [sayFrom(doc, m.first, 'That really hurt. Can we talk about it?')];
      },
    },
    {
      // "what did I ever do to deserve this from you", "what have I ever done to you"
      pattern: P('what did|have i ever? do|done to deserve|you|u|ya'),
      rule: 'deserve',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const ever = w(doc, first + 3) === 'ever';
        let from = false;
        for (let k = hit.end; k < s.last && k < hit.end + 5; k++)
          if (w(doc, k) === 'from' && YOU.has(w(doc, k + 1))) from = true;
        const toYou = YOU.has(w(doc, hit.end - 1)) && w(doc, hit.end - 2) === 'to';
        if (!(ever && (toYou || from || /deserve/.test(w(doc, hit.end - 1)))) && !from) return false;
        return !warm(doc, first, hit.end) && !warmAfter(doc, hit.end);
      },
      suggest: (doc, m) => [sayFrom(doc, m.first, "I'm really hurt by this.")],
    },
    // -- Dares and threats -------------------------------------------------------------------------------
    {
      // "don't you dare walk away from me", "dont u dare hang up on me"
      pattern: P("don't|dont|do_not you|u even? dare"),
      rule: 'dare',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        let p = hit.end;
        if (w(doc, p) === 'to') p++;
        const v = w(doc, p);
        const two = `${v}_${w(doc, p + 1)}`;
        if (KIND_DARE.has(v) || KIND_DARE.has(two)) return false;
        return !warm(doc, first, Math.min(s.last, hit.end + 1), true) && !warmAfter(doc, hit.end);
      },
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        if (m.last >= s.last || isClauseEnd(doc, m.last - 1))
          return [sayInstead(doc, m.first, m.last, "Please don't do that")];
        let to = m.last;
        if (w(doc, to) === 'to') to++;
        return [
          { ...replaceTokens(doc, m.first, m.last, "Please don't"), end: (doc.tokens[to - 1] as Token).end },
        ];
      },
    },
    {
      // "try that again and see what happens", "touch my stuff again and you'll be sorry"
      pattern: P(
        "again|one_more_time|once_more|1_more_time and|&|n see|watch|find|you|you'll|ur|you're|youre|i'm|im|i'll|ill",
      ),
      rule: 'threat',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (!threatAfterAnd(doc, hit.end - 1, s.last)) return false;
        // "play it again and I'm gone 😂": leaving, said laughing, is delight.
        return !warm(doc, first, hit.end, /^(?:i'm|im|i'll|ill)$/.test(w(doc, hit.end - 1)));
      },
      span: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        let k = first;
        while (k > s.first && !isClauseEnd(doc, k - 1)) k--;
        return [k, Math.min(s.last, hit.end + 2)];
      },
      suggest: (doc, m) => threatOffer(doc, m),
    },
    {
      // "say that one more time, I dare you"
      pattern: P('i|i_double dare|double_dare you|u|ya'),
      rule: 'threat',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (!closesClause(doc, hit.end, s)) return false;
        const before = ` ${textOf(doc, s.first, first).toLowerCase()} `;
        return (
          /\b(?:again|one more time|once more|go ahead|try it|do it|try me)\b/.test(before) &&
          !warm(doc, first, hit.end, true)
        );
      },
      span: (doc, first, hit) => [innerStart(doc, first), hit.end],
      suggest: (doc, m) => threatOffer(doc, m),
    },
    {
      // "say that again. Try me.", "do it one more time, try me": the dare after a warning not to.
      pattern: P('try me|us'),
      rule: 'threat',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (!closesClause(doc, hit.end, s) || !isImperative(doc, first)) return false;
        const prev = doc.sentences[(doc.tokens[first] as Token).sent - 1];
        const before = doc.text
          .slice(prev ? prev.start : s.start, (doc.tokens[first] as Token).start)
          .toLowerCase();
        return (
          /\b(?:again|one more time|once more|i dare you|think i won.?t|i.?m not joking|i mean it)\b/.test(
            before,
          ) && !warm(doc, first, hit.end, true)
        );
      },
      span: (doc, first, hit) => [innerStart(doc, first), hit.end],
      // "say that again. Try me." → "… This really matters to me."; in one sentence, as the dare above.
      suggest: (doc, m) =>
        m.last - m.first <= 2
          ? [sayInstead(doc, m.first, m.last, 'This really matters to me')]
          : threatOffer(doc, m),
    },
    {
      // "you'll regret this", "you will pay for this", "you'll be sorry"
      pattern: P(
        "you'll|you_will|u'll|ull|you're_gonna|you're_going_to|youre_gonna|ur_gonna|you_are_going_to|you're_really_going_to|you're_really_gonna|ur_really_gonna regret|pay_for|be_sorry this|that|it|saying|crossing?",
      ),
      rule: 'threat',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const obj = w(doc, hit.end - 1);
        const verb = obj === 'sorry' ? 'sorry' : w(doc, hit.end - 2);
        const end = hit.end;
        // "you'll regret not coming": a tip, not a threat. Round crossc34: "…regret saying that", and
        // "…be sorry if you touch my stuff again" (what is done to me; "…if you miss it" advises).
        if (verb !== 'sorry' && !/^(?:this|that|it|saying|crossing)$/.test(obj)) return false;
        // ultim41: "you'll be sorry when I'm gone".
        if (
          verb === 'sorry' &&
          first === s.first &&
          w(doc, end) === 'when' &&
          /^(?:i'm|im|i)$/.test(w(doc, end + 1))
        )
          return !warm(doc, first, end, true);
        const atEnd =
          end >= s.last ||
          isClauseEnd(doc, end - 1) ||
          /^(?:i|mark|trust|one|someday|believe)$/.test(w(doc, end)) ||
          /^(?:saying|crossing)$/.test(obj) ||
          (obj === 'sorry' &&
            w(doc, end) === 'if' &&
            /\b(?:again|me|my|mine)\b/.test(textOf(doc, end, Math.min(end + 10, clauseEnd(doc, end) + 1))));
        if (!atEnd) return false;
        // "don't skip breakfast, you'll regret it": advice.
        if (obj === 'it' || verb === 'sorry') {
          if (first > s.first) return false;
          if (w(doc, end - 1) === 'it' && /^(?:if|when)$/.test(w(doc, end))) return false;
        }
        // "…, trust me", "…, I promise you", "…, mark my words": the tag adds no warmth.
        return !warm(doc, first, threatTagEnd(doc, end), true);
      },
      // "…regret saying that", "…be sorry if you touch my stuff again": the clause goes with it.
      span: (doc, first, hit) => [
        first,
        /^(?:saying|crossing)$/.test(w(doc, hit.end - 1)) || /^(?:if|when)$/.test(w(doc, hit.end))
          ? clauseEnd(doc, hit.end - 1) + 1
          : threatTagEnd(doc, hit.end),
      ],
      suggest: (doc, m) => {
        // "…be sorry if you touch my stuff again" → "Please don't touch my stuff again. It really matters to me."
        let k = m.first;
        while (k < m.last && w(doc, k) !== 'if') k++;
        if (k + 2 < m.last && YOU.has(w(doc, k + 1)))
          return [
            sayFrom(doc, m.first, `Please don't ${textOf(doc, k + 2, m.last)}. It really matters to me.`),
          ];
        return [sayInstead(doc, m.first, m.last, "I'm really upset about this, and it matters to me")];
      },
    },
    {
      // "I'll make sure you regret it", "i'm gonna make u pay for this": the harm promised in the first person.
      pattern: P(
        "i'll|ill|i_will|i'm_gonna|im_gonna|i'm_going_to|imma make_sure|make you|u regret|pay this|that|it|for_this|for_that|for_it?",
      ),
      rule: 'threat',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && !warm(doc, first, hit.end, true),
      // "If you come near me again I'll make you pay" → "If you come near me again I'll be really upset".
      suggest: (doc, m) => [
        w(doc, sentenceOf(doc, m.first).first) === 'if' && m.first > sentenceOf(doc, m.first).first
          ? replaceTokens(doc, m.first, m.last, "I'll be really upset")
          : sayInstead(doc, m.first, m.last, "I'm really upset about this, and it matters to me"),
      ],
    },
    {
      // "u better watch yourself", "you'd better watch your back"
      pattern: P(
        "you|u|you'd|ud|you_had better|had_better watch|mind yourself|urself|your_back|ur_back|your_mouth|ur_mouth|your_tone|ur_tone|your_step|ur_step",
      ),
      rule: 'threat',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        // crossc37: or a place or time after ("…watch your back in the parking lot", "…watch yourself
        // next time"): not the step, and not "out there" (care for someone going out).
        const there = (doc.tokens[hit.end - 1] as Token).w;
        const next = w(doc, hit.end);
        if (
          !(closesClause(doc, hit.end, s) || skipTag(doc, hit.end, s.last) >= s.last) &&
          !(
            /^(?:back|mouth|tone|yourself|urself)$/.test(there) &&
            /^(?:next|tonight|tomorrow|from|at|around|after)$|^(?:in|on)$/.test(next) &&
            (/^(?:back|mouth|tone)$/.test(there) || !/^(?:in|on)$/.test(next))
          )
        )
          return false;
        return !warm(doc, first, hit.end, true);
      },
      // crossc37: a place or time after goes with it ("…watch your back at practice").
      suggest: (doc, m) => [
        sayInstead(doc, m.first, clauseEnd(doc, m.last - 1) + 1, "I'm really upset with how this is going"),
      ],
    },
    // Round crossc34: the dare said another way. "say that to my face and see what happens" (crossc37:
    // "…and see how it goes"), "touch
    // my bike and watch what happens" (a dare before it; "mix them and see what happens" tries).
    {
      pattern: P('and|&|n see|watch what_happens|how_it_goes|how_that_goes|how_this_goes'),
      rule: 'threat',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (!closesClause(doc, hit.end, s)) return false;
        if (first - s.first > 12) return false;
        return DARED.test(textOf(doc, s.first, first).toLowerCase()) && !warm(doc, first, hit.end, true);
      },
      span: (doc, first, hit) => [sentenceOf(doc, first).first, hit.end],
      // "touch my bike and watch what happens" → "Please don't touch my bike. It really matters to me."
      suggest: (doc, m) => {
        let k = m.first;
        while (k < m.last && !/^(?:and|&|n)$/.test(w(doc, k))) k++;
        const act = textOf(doc, m.first, k);
        return [
          sayFrom(
            doc,
            m.first,
            `Please don't ${act.charAt(0).toLowerCase()}${act.slice(1)}. It really matters to me.`,
          ),
        ];
      },
    },
    // -- Measured against others ---------------------------------------------------------------------
    {
      // "your mother was right about you", "my friends were right about u"
      pattern: P(
        "my|your|ur|they|everyone|everybody|people|all @ANY? @ANY? was|were|are|is|'s|been always? so? right about you|u",
      ),
      rule: 'right-about-you',
      severity: 2,
      min: 'balanced',
      why: 'comparison',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const next = w(doc, hit.end);
        if (
          !(
            hit.end >= s.last ||
            isClauseEnd(doc, hit.end - 1) ||
            TAG_WORD.has(next) ||
            next === 'all' ||
            next === 'after'
          )
        )
          return false;
        // "my mum was right about you, you're a keeper": what follows says what she was right about.
        return !warm(doc, first, hit.end) && !followedByPraise(doc, hit.end);
      },
      suggest: (doc, m) => [
        sayFrom(
          doc,
          sentenceStartFrom(doc, m.first),
          "I'm really disappointed right now, and I'd like to talk about it.",
        ),
      ],
    },
    {
      // "my mum warned me about you", "everyone warned me about u"
      pattern: P('warned|warn me|us about you|u'),
      rule: 'right-about-you',
      severity: 2,
      min: 'balanced',
      why: 'comparison',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const prev = w(doc, first - 1);
        if (/^(?:i|i'd|i've|we|you|u|to|not|never|didn't)$/.test(prev)) return false;
        const next = w(doc, hit.end);
        if (!(closesClause(doc, hit.end, s) || TAG_WORD.has(next) || next === 'and')) return false;
        return !warm(doc, first, hit.end) && !followedByPraise(doc, hit.end);
      },
      suggest: (doc, m) => [
        sayFrom(
          doc,
          sentenceStartFrom(doc, m.first),
          "I'm really disappointed right now, and I'd like to talk about it.",
        ),
      ],
    },
    {
      // "nobody can stand you", "no one even likes you", "nobody wants you here"
      pattern: P(
        'nobody|noone|no_one|no-one|not_one_person|not_a_single_person can|could|will|would|does|do|even|really|actually|ever|here|there? even|really|actually|ever|ever_really? stand|stands|stomach|bear|tolerate|like|likes|love|loves|want|wants|trust|trusts|respect|respects|believe|believes|care_about|cares_about|takes you|u|ya',
      ),
      rule: 'others-against',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const next = w(doc, hit.end);
        // "nobody loves you like I do", "no one likes you more than me": warm.
        if (/^(?:like|as|more|better|the_way|half|nearly)$/.test(next)) return false;
        return !warm(doc, first, hit.end) && !warmAfter(doc, hit.end);
      },
      suggest: (doc, m) => [sayFrom(doc, sentenceStartFrom(doc, m.first), HURT_OFFER)],
    },
    {
      // "nobody wants to work with you", "no one wants to be around you": shunned by everyone.
      pattern: P(
        'nobody|noone|no_one|no-one wants|wanted to be_around|be_near|be_with|work_with|hang_out_with|hang_with|talk_to|deal_with|play_with you|u|ya',
      ),
      rule: 'others-against',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      // "what makes you feel no one wants to be with you?" asks about a fear.
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        !/\b(?:feel|felt|feeling|think|thought|believe|afraid|worry|worried|scared|fear|if|when)\b/i.test(
          doc.text.slice(sentenceOf(doc, first).start, (doc.tokens[first] as Token).start),
        ) &&
        !warm(doc, first, hit.end) &&
        !warmAfter(doc, hit.end),
      suggest: (doc, m) => [sayFrom(doc, sentenceStartFrom(doc, m.first), HURT_OFFER)],
    },
    {
      // "even your own family can't stand you", "everyone hates you", "people laugh at you"
      pattern: P(
        "hate|hates|despise|despises|can't_stand|cannot_stand|cant_stand|couldn't_stand|can't_bear|pity|pities|laugh_at|laughs_at|laughing_at|are_sick_of|is_sick_of|is_tired_of|are_tired_of you|u|ya",
      ),
      rule: 'others-against',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        let k = first;
        let third = false;
        while (k > s.first && first - k < 6 && !isClauseEnd(doc, k - 1)) {
          k--;
          const x = w(doc, k);
          if (
            /^(?:i|i'm|we|we're|nobody|noone|no_one|no|not|never|do|does|did|would|why|how|if|think|feel|afraid|worried|scared|maybe)$/.test(
              x,
            )
          )
            return false;
          if (THIRD.has(x)) third = true;
        }
        if (!third) return false;
        if (/\?/.test(doc.text.slice(s.start, s.end + 1))) return false;
        return !warm(doc, first, hit.end) && !warmAfter(doc, hit.end);
      },
      span: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        let k = first;
        while (k > s.first && first - k < 6 && !isClauseEnd(doc, k - 1)) k--;
        return [k, hit.end];
      },
      suggest: (doc, m) => [sayFrom(doc, sentenceStartFrom(doc, m.first), HURT_OFFER)],
    },
    {
      // "my ex never treated me like this", "other people's husbands actually help around the house",
      // "everyone else manages to be on time, why can't you"
      pattern: P(
        "boyfriend|girlfriend|husband|wife|partner|ex|exes|ex-boyfriend|ex-girlfriend|ex-husband|ex-wife|exbf|exgf|husbands|wives|boyfriends|girlfriends|partners|guys|men|women|dads|mums|moms|couples|people|everyone_else|everybody_else|anyone_else|person|man|woman never|actually|manage|manages|managed|somehow|would_never|would|wouldn't|didn't|don't|doesn't|can|could|always|seem_to|manage_to|manages_to|managed_to",
      ),
      rule: 'compare',
      severity: 2,
      min: 'balanced',
      why: 'comparison',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        const head = /^(?:everyone|everybody|anyone)$/.test(w(doc, first))
          ? `${w(doc, first)}_else`
          : w(doc, first);
        const prev = w(doc, first - 1);
        const prev2 = w(doc, first - 2);
        // "a real man would apologise", "any normal husband would help": the qualifier measures
        // them; a bare "would" says nothing without it ("my husband would love that").
        const would = w(doc, first + 1) === 'would' && w(doc, first + 2) !== 'never';
        if (would) {
          if (!/^(?:boyfriend|girlfriend|husband|wife|partner|man|woman)$/.test(head)) return false;
          if (!/^(?:normal|decent|real|proper|sane|reasonable)$/.test(prev) || !/^(?:a|any)$/.test(prev2))
            return false;
          if (/^(?:do|does|did|is|are|how|what|would|will|can)$/.test(w(doc, s.first))) return false;
          // "…would be proud of you", "…, like you do": said of them kindly.
          const stop = clauseStop(doc, first);
          if (youIn(doc, first + 2, stop) || /\b(?:like|as) (?:you|u) do\b/i.test(textOf(doc, stop, s.last)))
            return false;
          return !fond(doc, first) && !warm(doc, first, stop) && !negatedBefore(doc, first, 3);
        }
        if (
          head === 'ex' ||
          head === 'exes' ||
          head.startsWith('ex-') ||
          head === 'exbf' ||
          head === 'exgf'
        ) {
          if (!/^(?:my|mine)$/.test(prev)) return false;
        } else if (/^(?:boyfriend|girlfriend|husband|wife|partner)$/.test(head)) {
          // "my last boyfriend never…", "my ex-husband would never…"
          // "my sister's husband would never speak to her like this": another's partner.
          const others = /(?:'s|s')$/.test(prev) || OTHERS_QUALIFIER.has(prev);
          if (
            !others &&
            (!/^(?:last|previous|old|first|ex|former)$/.test(prev) || !/^(?:my|mine)$/.test(prev2))
          )
            return false;
        } else if (head === 'person' || head === 'man' || head === 'woman') {
          if (!/^(?:normal|decent|real|sane|reasonable)$/.test(prev) || !/^(?:a|any)$/.test(prev2))
            return false;
        } else if (!/_else$/.test(head)) {
          if (!OTHERS_QUALIFIER.has(prev) && !OTHERS_QUALIFIER.has(prev2)) return false;
        }
        // Real questions ("do other couples fight like this?") pass.
        if (/^(?:do|does|did|is|are|how|what|would|will|can)$/.test(w(doc, s.first))) return false;
        const sentence = ` ${textOf(doc, s.first, s.last).toLowerCase()} `;
        const like = /\blike (?:this|that)\b|\bthis way\b/.test(sentence);
        const contrast = youIn(doc, s.first, s.last) || like || w(doc, first + 1) === 'actually';
        if (!contrast) return false;
        // What the others do is praise by design ("actually help"): warmth is looked for elsewhere.
        return !fond(doc, first) && !followedByPraise(doc, clauseStop(doc, first));
      },
      suggest: (doc, m) => [sayFrom(doc, innerStart(doc, m.first), compareOffer(doc, m))],
    },
    // -- Regret about the relationship ----------------------------------------------------------------
    {
      // "I wish I'd never met you", "i regret ever meeting u", "marrying you was the biggest mistake"
      pattern: P(`${RELATE} you|u|ya`),
      rule: 'regret',
      severity: 3,
      min: 'balanced',
      why: 'regret',
      category: 'withdrawal',
      // The frame's own words ("wish", "mistake") say nothing of warmth: only hearts, laughter or
      // praise after it do.
      guard: (doc, first, hit) =>
        regretFrame(doc, first) && !fond(doc, first, true) && !warmAfter(doc, hit.end),
      span: (doc, first, hit) => [innerStart(doc, first), hit.end],
      suggest: (doc, m) => [sayFrom(doc, innerStart(doc, m.first), REGRET_OFFER)],
    },
    {
      // "I wish we'd never met", "we should never have got together"
      pattern: P(
        "we|we'd|we_had|we_should|we_shouldve|we_should've never have|had? met|married|dated|gotten_together|got_together|got_married|moved_in_together",
      ),
      rule: 'regret',
      severity: 3,
      min: 'balanced',
      why: 'regret',
      category: 'withdrawal',
      guard: (doc, first, hit) =>
        regretFrame(doc, hit.end - 1) &&
        isClauseEnd(doc, hit.end - 1) &&
        !fond(doc, first, true) &&
        !warmAfter(doc, hit.end),
      span: (doc, first, hit) => [innerStart(doc, first), hit.end],
      suggest: (doc, m) => [sayFrom(doc, innerStart(doc, m.first), REGRET_OFFER)],
    },
    {
      // "I wasted my best years on someone so selfish": regret, with a label in it.
      pattern: P('wasted|wasting|waste @ANY* @ANY* on someone|somebody|a_guy|a_girl|a_man|a_woman|a_person'),
      rule: 'regret',
      severity: 3,
      min: 'balanced',
      why: 'regret',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        const prev = w(doc, first - 1);
        if (!/^(?:i|i've|ive|have|already|literally|just|totally|honestly)$/.test(prev)) return false;
        const stop = Math.min(clauseStop(doc, first), hit.end + 6);
        let neg = false;
        for (let k = hit.end; k < stop; k++) {
          const x = w(doc, k);
          if (INSULT_ADJECTIVES.has(x) || CHARACTER.has(x) || valence(x) < 0) neg = true;
        }
        return neg && !negatedBefore(doc, first, 2) && !warm(doc, first, hit.end, true);
      },
      suggest: (doc, m) => [
        sayFrom(doc, innerStart(doc, m.first), "I'm really frustrated with how things are going."),
      ],
    },
    {
      // "I wasted ten years of my life on you"
      pattern: P('wasted|wasting|waste @ANY* @ANY* on you|u|ya'),
      rule: 'regret',
      severity: 3,
      min: 'balanced',
      why: 'regret',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        const prev = w(doc, first - 1);
        if (!/^(?:i|i've|ive|i_have|have|already|literally|just|totally|honestly)$/.test(prev)) return false;
        return !negatedBefore(doc, first, 2) && !warm(doc, first, hit.end, true);
      },
      span: (doc, first, hit) => [innerStart(doc, first), hit.end],
      suggest: (doc, m) => [sayFrom(doc, innerStart(doc, m.first), REGRET_OFFER)],
    },
    {
      // "I can't believe I married someone so useless"
      pattern: P(`can't|cant|cannot|can_not believe i|i_ever|i_actually|i_really ever|actually? ${RELATE}`),
      rule: 'regret-label',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const stop = Math.min(clauseStop(doc, first), hit.end + 8);
        let neg = false;
        for (let k = hit.end; k < stop; k++) {
          const x = w(doc, k);
          if (INSULT_ADJECTIVES.has(x) || CHARACTER.has(x) || valence(x) < 0) neg = true;
        }
        return neg && !warm(doc, first, hit.end, true);
      },
      suggest: (doc, m) => [
        sayFrom(doc, innerStart(doc, m.first), "I'm really frustrated with how things are going."),
      ],
    },
    // -- "Can't even" ------------------------------------------------------------------------------------
    {
      // "you can't even remember my birthday", "you couldn't even be bothered to text back",
      // "you can't do one simple thing right"
      pattern: P(
        "you|u|ya can't|cant|cannot|couldn't|could_not|can_not|won't|wont|wouldn't|can_never|never even|evn|eben|ever? @ANY",
      ),
      rule: 'cant-even',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const v = hit.end - 1;
        const words = textOf(doc, first, hit.end).toLowerCase();
        const stop = clauseStop(doc, first);
        const even = /\bev[ea]?n\b|\beben\b/.test(words);
        const doRight = /^(?:do|get|make)$/.test(w(doc, v)) && doRightAfter(doc, v + 1, stop);
        if (!even && !doRight) return false;
        if (/^(?:won't|wont|wouldn't)$/.test(w(doc, first + 1)) && !even) return false;
        const verb = w(doc, v);
        const two = `${verb}_${w(doc, v + 1)}`;
        if (PERCEIVE.has(verb) || PERCEIVE.has(two)) return false;
        for (let k = v; k < stop && k < v + 10; k++)
          if (GENERIC.has(w(doc, k)) || GENERIC.has(`${w(doc, k)}_${w(doc, k + 1)}`)) return false;
        if (hedgedBefore(doc, first, 3) || negatedBefore(doc, first, 2)) return false;
        if (/^(?:i|we|know|think|said|because|cuz)$/.test(w(doc, first - 1))) return false;
        return !warm(doc, first, hit.end);
      },
      span: (doc, first) => [first, clauseStop(doc, first)],
      suggest: (doc, m) => [cantEvenOffer(doc, m)],
    },
    {
      // "can't you do anything right?", "can't you even get one thing right"
      pattern: P(
        "can't|cant|cannot you|u even|ever|just? do|get|make anything|one_thing|a_single_thing|one_single_thing|one_simple_thing|a_simple_thing|something|nothing right|properly|correctly",
      ),
      rule: 'cant-even',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => !warm(doc, first, hit.end),
      suggest: (doc, m) => [
        sayFrom(doc, sentenceStartFrom(doc, m.first), "I'm really frustrated about how this went."),
      ],
    },
  ],
});

/** After a threat: past a tag that vouches for it ("…, trust me", "…, I promise you"). */
function threatTagEnd(doc: Doc, end: number): number {
  const t = `${w(doc, end)} ${w(doc, end + 1)} ${w(doc, end + 2)}`;
  const tag = /^(?:trust me|believe me|mark my words|i promise you|i promise|i swear)\b/.exec(t);
  return tag && isClauseEnd(doc, end - 1) ? end + tag[0].split(' ').length : end;
}

function doRightAfter(doc: Doc, from: number, stop: number): boolean {
  for (let k = from; k < stop && k < from + 5; k++) {
    const x = w(doc, k);
    if (/^(?:right|properly|correctly)$/.test(x)) return true;
  }
  return false;
}

/** A doc whose token at `verb` is read in its base form (for "listened", "cared"). */
function withBase(doc: Doc, verb: number): Doc {
  const t = doc.tokens[verb] as Token;
  const base = t.w
    .replace(/ing$/, '')
    .replace(/ed$/, '')
    .replace(/^(?:car|notic)$/, (x) => `${x}e`)
    .replace(/^tri$/, 'try')
    .replace(/^pay$/, 'pay');
  if (base === t.w) return doc;
  const tokens = doc.tokens.slice();
  tokens[verb] = { ...t, w: base };
  return { ...doc, tokens };
}

function everOffer(doc: Doc, verb: number): string {
  const x = w(withBase(doc, verb), verb);
  return EVER_OFFER[x] ?? "I don't feel heard right now.";
}

function threatOffer(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  // The act they are warned off: from the clause's first word (openers aside) to "again".
  let a = m.first;
  while (a < s.last && OPENERS.has(w(doc, a))) a++;
  if (YOU.has(w(doc, a))) a++;
  let b = a;
  while (b < s.last && !/^(?:again|one|once|1|and)$/.test(w(doc, b)) && !isClauseEnd(doc, b)) b++;
  const act = textOf(doc, a, b);
  const start = sentenceStartFrom(doc, m.first);
  if (b > a && b - a <= 8) {
    const text = `Please don't ${act.charAt(0).toLowerCase()}${act.slice(1)} again. It really matters to me.`;
    return [sayFrom(doc, start, text)];
  }
  return [sayFrom(doc, start, "Please don't do that again. It really matters to me.")];
}

function compareOffer(doc: Doc, m: Match): string {
  const s = sentenceOf(doc, m.first);
  // "…never treated me like this" → "I don't like being treated like this."
  for (let k = m.first; k < s.last && k < m.first + 6; k++) {
    const part = TREATED[w(doc, k)];
    if (part) {
      let j = k + 1;
      if (/^(?:to|with)$/.test(w(doc, j))) j++;
      if (w(doc, j) === 'me' && w(doc, j + 1) === 'like' && /^(?:this|that)$/.test(w(doc, j + 2)))
        return `I don't like being ${part} like ${w(doc, j + 2)}.`;
    }
  }
  // "…manage to be on time" / "…actually help around the house" → "I'd really like it if you could …"
  const h = w(doc, m.first + 1) === 'else' ? m.first + 2 : m.first + 1;
  const hinge = w(doc, h);
  let k = h + 1;
  if (/^(?:manage|manages|managed|somehow|seem_to)$/.test(hinge) && w(doc, k) === 'to') k++;
  if (hinge === 'would' && /^(?:never|have|not)$/.test(w(doc, k))) return COMPARE_OFFER;
  if (
    /^(?:manage|manages|managed|manage_to|manages_to|managed_to|actually|somehow|can|seem_to|would)$/.test(
      hinge,
    )
  ) {
    let end = k;
    while (
      end < s.last &&
      end < k + 8 &&
      !isClauseEnd(doc, end - 1) &&
      !/^(?:and|but|why|unlike|except)$/.test(w(doc, end))
    )
      end++;
    if (isClauseEnd(doc, end - 1) || end >= s.last || /^(?:and|but|why|unlike|except)$/.test(w(doc, end))) {
      const vp = textOf(doc, k, end).replace(/[,.!?]+$/, '');
      const head = w(doc, k);
      if (vp && !/(?:s|ed)$/.test(head) && !YOU.has(head)) return `I'd really like it if you could ${vp}.`;
    }
  }
  return COMPARE_OFFER;
}

function cantEvenOffer(doc: Doc, m: Match): Draft {
  let v = m.first + 1;
  while (
    v < m.last &&
    /^(?:can't|cant|cannot|couldn't|could_not|can_not|won't|wont|wouldn't|can_never|never|even|evn|eben|ever|could|not|can)$/.test(
      w(doc, v),
    )
  )
    v++;
  let end = m.last;
  while (end > v && /^(?:anymore|tbh|lol|smh|rn|fr|seriously|honestly)$/.test(w(doc, end - 1))) end--;
  // "manage to", "be bothered to": what they did not do is the rest.
  let a = v;
  for (let n = 0; n < 2; n++) {
    const one = w(doc, a);
    const two = `${one}_${w(doc, a + 1)}`;
    const three = `${two}_${w(doc, a + 2)}`;
    if (EVEN_LEAD.has(three) || /^(?:be_bothered_to|manage_to|bother_to)$/.test(three)) a += 3;
    else if (EVEN_LEAD.has(two) || /^(?:manage_to|bother_to)$/.test(two)) a += 2;
    else break;
  }
  // "you can't even start until you know…": a condition, not a reproach; "even" goes.
  for (let k = v; k < end; k++)
    if (/^(?:until|till|unless)$/.test(w(doc, k)))
      for (let e = m.first + 1; e < v; e++)
        if (/^(?:even|evn|eben)$/.test(w(doc, e))) return removeTokens(doc, e, e + 1, 'Leave it out');
  const start = frameStart(doc, m.first);
  if (a >= end || (/^(?:do|get|make)$/.test(w(doc, a)) && doRightAfter(doc, a + 1, end)))
    return sayInstead(doc, start, end, "I'm really frustrated about how this went");
  return sayInstead(doc, start, end, `I wish you'd ${textOf(doc, a, end)}`);
}
