/**
 * Heat in the form of the message: SHOUTING in capitals across words or a sentence, stacked
 * marks ("!!!", "?!?", "???"), and a single emphasised word in a heated sentence. Acronyms
 * (NASA, IBM, OK, LOL) are not shouting; "I'm so excited!!!" is not heat.
 * Offers the same words cooled down: sentence case and one mark.
 */
import { ACRONYMS, COMMON_WORDS, isComplaint, isKnownWord, valence, wordSet } from '../lexicon';
import {
  canon,
  type Doc,
  isAcronym,
  lowerSameLength,
  type Sentence,
  sentenceCaseIn,
  type Token,
} from '../text';
import type { Sensitivity } from '../types';
import {
  allows,
  contentStart,
  type Draft,
  isBareClauseEnd,
  isClauseEnd,
  type Match,
  mentionsYou,
  type RuleContext,
  type RuleFamily,
  stanceWord,
  valenceSum,
} from './rule';

/** Words that heat a sentence when written in capitals on their own. */
const EMPHASIS_HEAT: ReadonlySet<string> = wordSet(
  'always never ever kidding serious seriously now again stop listen answer dare told enough nothing every once why what how who really mean lie lied lying liar hate sick tired done last',
);

const QUESTION_OPENERS: ReadonlySet<string> = wordSet(
  'why what how who where when are is did do does were was can could would will have has seriously really',
);

function shoutable(t: Token): boolean {
  if (!t.caps || t.mention) return false;
  if (COMMON_WORDS.has(t.w)) return !(t.w === 'us' && t.raw === 'US') && !(t.w === 'it' && t.raw === 'IT');
  if (ACRONYMS.has(t.w)) return false;
  return t.raw.length >= 3 && /[AEIOUY]/.test(t.raw);
}

const MARKS_HINT = /[!?\uFF01\uFF1F\u203D][!?1\uFF01\uFF1F\u203D]/;

/**
 * Words whose capitals can matter here: shouting needs a common word in capitals, emphasis one
 * of EMPHASIS_HEAT, and "REALLY?" the curt words. Each is plain letters and apostrophes.
 */
const CAPS_MATTER: ReadonlySet<string> = new Set([
  ...COMMON_WORDS,
  ...EMPHASIS_HEAT,
  'really',
  'seriously',
  'wow',
]);
const CAPS_MATTER_PLAIN = [...CAPS_MATTER].every((w) => /^[a-z']+$/.test(w));

const UPPER_ANY = /\p{Lu}/u;

// Characters are read as `''.charCodeAt.call(s, i)`: in place whatever the kind of string (see text.ts).
/** Capital letters in text[a, b): ASCII by hand, the rest by the Unicode property. */
function countUpper(text: string, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) {
    const c = ''.charCodeAt.call(text, k);
    if (c >= 65 && c <= 90) n++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      if (UPPER_ANY.test(text.slice(k, k + 2))) n++;
      k++;
    } else if (c >= 0x80 && UPPER_ANY.test(text[k] as string)) n++;
  }
  return n;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * True when no word in the text can be a capitalised word that matters here (CAPS_MATTER), so
 * capitals alone ("US", "SQL", "[NAME]", "COVID") give the family nothing to do. Conservative: any
 * whitespace-free chunk with a non-ASCII character, or a capitalised run of letters with an
 * apostrophe, counts as mattering. A word token holding a digit, a dot or any other mark in its
 * canonical form is in no word list, and the segmenter never splits a run of letters, so a run of
 * ASCII letters bounded by anything else stands for the only token that could matter.
 */
function capsAreHarmless(text: string): boolean {
  if (!CAPS_MATTER_PLAIN) return false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = ''.charCodeAt.call(text, i);
    if (c >= 0x80) {
      // Only a chunk holding capitals could matter; be conservative about non-ASCII ones.
      let a = i;
      while (a > 0 && !isAsciiSpace(''.charCodeAt.call(text, a - 1))) a--;
      let b = i;
      while (b < n && !isAsciiSpace(''.charCodeAt.call(text, b))) b++;
      // A word in capitals has two capital letters or more ("I’m" has one).
      if (countUpper(text, a, b) >= 2) return false;
      i = b;
      continue;
    }
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39)) {
      i++;
      continue;
    }
    // A run of ASCII letters and apostrophes.
    const a = i;
    let upper = 0;
    let lower = false;
    let apostrophe = false;
    while (i < n) {
      const d = ''.charCodeAt.call(text, i);
      if (d >= 65 && d <= 90) upper++;
      else if (d >= 97 && d <= 122) lower = true;
      else if (d === 39) apostrophe = true;
      else break;
      i++;
    }
    // A run running into non-ASCII text is judged with its chunk (next turn of the loop).
    if (i < n && ''.charCodeAt.call(text, i) >= 0x80) continue;
    if (upper === 0) continue;
    if (apostrophe) return false;
    if (lower || upper < 2) continue;
    if (CAPS_MATTER.has(canon(text.slice(a, i)))) return false;
  }
  return true;
}

interface MarkRun {
  start: number;
  end: number;
  q: number;
  e: number;
}

function markRuns(text: string, from: number, to: number): MarkRun[] {
  const runs: MarkRun[] = [];
  let i = from;
  while (i < to) {
    const c = ''.charCodeAt.call(text, i);
    if (c === 33 /* ! */ || c === 63 /* ? */ || c === 0xff01 || c === 0xff1f || c === 0x203d) {
      const start = i;
      let q = 0;
      let e = 0;
      while (i < to) {
        const d = ''.charCodeAt.call(text, i);
        if (d === 63 || d === 0xff1f) q++;
        else if (d === 33 || d === 0xff01 || d === 49 /* 1 */) e++;
        else if (d === 0x203d) {
          q++;
          e++;
        } else break;
        i++;
      }
      if (q + e >= 2) runs.push({ start, end: i, q, e });
    } else i++;
  }
  return runs;
}

const FIRST_PERSON: ReadonlySet<string> = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself']);

/** Words that can come before a question without changing it: "oh my god are you serious?!". */
const LEAD_INS: ReadonlySet<string> = wordSet(
  'oh my god omg omfg wait bro bruh dude man like so um uh ok okay lol jesus wow',
);

/**
 * "did anyone else get this notification?!", "is anybody else seeing this?!": a question to
 * everyone about a shared experience, sincere; a "you" in it is anyone ("when you search for it").
 */
function pollQuestion(doc: Doc, s: Sentence): boolean {
  const t = doc.tokens;
  if (s.last - s.first < 3) return false;
  const aux = (t[s.first] as Token).w;
  const who = (t[s.first + 1] as Token).w;
  return (
    /^(?:did|does|do|has|have|is|was|can|could)$/.test(aux) &&
    /^(?:anyone|anybody|someone|somebody)$/.test(who) &&
    (t[s.first + 2] as Token).w === 'else'
  );
}

function isQuestionish(doc: Doc, s: Sentence): boolean {
  let k = s.first;
  while (k < s.last - 1 && k < s.first + 4 && LEAD_INS.has((doc.tokens[k] as Token).w)) k++;
  const first = doc.tokens[k];
  return first !== undefined && k < s.last - 1 && QUESTION_OPENERS.has(first.w);
}

/**
 * Capitals that open a command to keep off or back ("DO NOT TOUCH MY THINGS", "GET OUT OF MY
 * ROOM", "STOP CALLING ME") or a "WHY" charge ("WHY IS THE SINK FULL AGAIN") are aimed at
 * someone even without "you".
 */
const AIMED_OPENERS: ReadonlySet<string> = wordSet('why stop quit shut answer');
/** "DON'T WORRY", "DON'T FORGET TO VOTE": care and reminders, not a command to keep off. */
const DONT_CARE: ReadonlySet<string> = wordSet('worry forget miss panic stress be give let stop hesitate');
const GET_AWAY: ReadonlySet<string> = wordSet('out off away lost back');

function aimedOpening(doc: Doc, sentence: Sentence, selfOnly: boolean): boolean {
  const t = doc.tokens;
  // "OMG WHY IS THE SINK FULL AGAIN", "BABE, GET OUT OF MY ROOM": the opening after the openers.
  const s = { ...sentence, first: contentStart(doc, sentence) };
  const a = (t[s.first] as Token).w;
  const b = s.first + 1 < s.last ? (t[s.first + 1] as Token).w : '';
  // "WHY NOT BOTH" is a joke, not a charge.
  // "WHY NOT BOTH" is a joke, and "Why am I so tired ALL THE TIME" is about oneself.
  // A shouted "why" charges when it tallies: "WHY IS THE SINK FULL AGAIN".
  if (a === 'why') {
    if (selfOnly || b === 'not' || b === '') return false;
    for (let k = s.first + 1; k < s.last && k < s.first + 16; k++)
      if (TALLY.has((t[k] as Token).w)) return true;
    return false;
  }
  if (AIMED_OPENERS.has(a)) return true;
  // "I SAID NOT TODAY", "I SAID STOP": a refusal or an order repeated; not "I SAID YES!!!".
  if (a === 'i' && b === 'said')
    return /^(?:no|not|stop|now|don't|dont|leave|get|go|enough|give|put|shut|i'm)$/.test(
      t[s.first + 2]?.w ?? '',
    );
  // "WHO ATE MY LEFTOVERS", "WHO LEFT THE DOOR OPEN": a charge for a mess, not "WHO WON".
  if (a === 'who' && MESS.has(b)) return /^(?:my|the|all|your|ur|our)$/.test(t[s.first + 2]?.w ?? '');
  if (a === 'who' && TOLD.has(b) && s.first + 2 < s.last) return true;
  // "WHERE IS MY PACKAGE", "WHERE ARE MY CAR KEYS": the writer's thing demanded back.
  if (a === 'where' && /^(?:is|are|the|tf)$/.test(b)) return myThing(doc, s.first + 2, s.last);
  // "WHO LEFT THE FREEZER OPEN" (not "WHO LEFT THIS CUTE NOTE"): left in a state.
  if (a === 'who' && b === 'left')
    for (let k = s.first + 2; k < s.last && k < s.first + 7; k++)
      if (/^(?:open|on|out|unlocked|running|everywhere)$/.test((t[k] as Token).w))
        return k === s.last - 1 || (t[k + 1] as Token).w === 'again';
  // "TURN UR MUSIC DOWN": turning something of theirs down or off (never "TURN DOWN FOR WHAT").
  if (a === 'turn' && /^(?:your|ur|that|the|it)$/.test(b))
    for (let k = s.first + 2; k < s.last && k < s.first + 5; k++)
      if (/^(?:down|off)$/.test((t[k] as Token).w)) return true;
  // "PICK UP THE PHONE", "PICK UP!!": a command to answer.
  if (a === 'pick' && b === 'up' && !selfOnly) {
    const c = s.first + 2 < s.last ? (t[s.first + 2] as Token).w : '';
    const d = s.first + 3 < s.last ? (t[s.first + 3] as Token).w : '';
    return c === '' || (/^(?:the|your|ur|ya)$/.test(c) && /^(?:phone|fucking|damn|call)$/.test(d));
  }
  const dont = a === "don't" || a === 'dont' || (a === 'do' && b === 'not');
  if (dont) {
    const v = (t[s.first + (a === 'do' ? 2 : 1)] as Token | undefined)?.w ?? '';
    return s.first + (a === 'do' ? 2 : 1) < s.last && !DONT_CARE.has(v);
  }
  if (a === 'get' || a === 'give' || a === 'put' || a === 'bring')
    for (let k = s.first + 1; k < s.last && k < s.first + 5; k++)
      if (GET_AWAY.has((t[k] as Token).w)) return true;
  return false;
}

const MESS: ReadonlySet<string> = wordSet('ate took broke used moved drank touched opened stole');

/** Round crossc33: who let it out, "WHO TOLD GRANDMA", "WHO INVITED HIM": a charge whoever it names. */
const TOLD: ReadonlySet<string> = wordSet('told invited approved deleted cancelled canceled');

// "nobody"/"no one" (round crossc33): "WHY IS NOBODY ANSWERING THE PHONE" tallies an absence.
const TALLY: ReadonlySet<string> = wordSet('again always never still ever every nobody noone');

/** Commands that are heat with "!!!" when aimed at someone: "answer your phone!!!!!". */
/** What a command acts on ("fix it", "give me", "turn that off"): "come over NOW" invites. */
const COMMAND_OBJECT: ReadonlySet<string> = wordSet('it that this me my the your ur them him her those');

/** Sentence `s` is a command on something: a first word that is not a person, then an object. */
function commandAt(doc: Doc, s: Sentence | undefined): boolean {
  if (!s || s.last - s.first < 2) return false;
  const k = contentStart(doc, s);
  const first = (doc.tokens[k] as Token).w;
  return (
    !FIRST_PERSON.has(first) &&
    !/^(?:we|we're|let's|lets|it|this|that|you|u)$/.test(first) &&
    COMMAND_OBJECT.has((doc.tokens[k + 1] as Token | undefined)?.w ?? '')
  );
}

/** Exasperation that capitals turn to heat even about oneself: "I AM SO DONE WITH THIS". */
/** A word of complaint in tokens [from, to): "late", "broken", "cancelled". */
function complaintIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isComplaint((doc.tokens[k] as Token).w)) return true;
  return false;
}

/** The writer's own things or self in tokens [from, to): "my laptop", "me". */
function mineIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^(?:my|me|mine)$/.test((doc.tokens[k] as Token).w)) return true;
  return false;
}

/**
 * "my" and a thing, not "my people" / "my girls" called for, nor with laughter: "WHERE IS MY ORDER"
 * (not "WHERE ARE MY PEOPLE AT", "WHERE IS MY CAKE lol").
 */
function myThing(doc: Doc, from: number, to: number): boolean {
  if (/\b(?:lol|lmao|haha\w*|hehe)\b|\u{1F602}|\u{1F923}/iu.test(doc.text)) return false;
  for (let k = from; k < to - 1; k++)
    if ((doc.tokens[k] as Token).w === 'my')
      return !/^(?:people|girls|boys|guys|ladies|gals|fans|friends|babies|besties|fam|gang|crew|squad|homies|peeps|bros|favourite|favorite|hug|man|girl|boy|baby)$/.test(
        (doc.tokens[k + 1] as Token).w,
      );
  return false;
}

const FED_UP = /\b(?:sick of|fed up|had it with|so done with)\b/i;
/** An oath of exasperation said as an aside: "for god's sake,", "jesus christ,", "for crying out loud!". */
const OATH =
  /\b(?:for (?:god|heaven|pete|christ)'?s? sake|for crying out loud|(jesus) christ)\s*[,.;:!?…—-]/i;

/** Worry for the one who does not answer: "pick up!!! are you ok??" is fear, and "pick up!!! big news" joy, not heat. */
const CARE = /\b(?:ok|okay|alright|safe|worried|scared|hope|hurt|love|news|guess)\b/i;

const HEATED_COMMANDS: ReadonlySet<string> = wordSet('answer reply respond listen stop quit shut pick');

const YOU_DID: ReadonlySet<string> = wordSet(
  "did never always keep kept can't won't don't didn't couldn't wouldn't said told left forgot lied broke ruined",
);

/** Verbs of a triumph when their object is "it" or a performance: "you killed it", "nailed that exam". */
const TRIUMPH: ReadonlySet<string> = wordSet(
  'killed kill killing crushed crush crushing nailed nail nailing smashed smash smashing rocked rock rocking aced ace acing slayed slay slaying owned',
);
/** What a person performs: "you crushed that interview", "smashed the audition". */
const PERFORMANCE: ReadonlySet<string> = wordSet(
  'interview exam exams test presentation speech show performance gig set audition game match race talk pitch solo recital final finals quiz concert debut',
);

/**
 * Praise that uses violent or blunt words ("you killed it at the show!!!", "nailed that exam!!",
 * "YOU DID IT!!!"), and laughter said as a death ("IM DEAD", "i'm deceased"): marks and capitals
 * after them are joy, not heat. Token range [from, to).
 */
/** Hearts or kisses in or just after the sentence: "CALL ME WHEN YOU LAND ❤️" is love in capitals. */
const HEARTS = /\u2764|\u2665|\u{1F495}|\u{1F496}|\u{1F497}|\u{1F49E}|\u{1F618}|\u{1F970}|\u{1F60D}|<3/u;
function hearts(doc: Doc, s: Sentence): boolean {
  return HEARTS.test(doc.text.slice(s.start, Math.min(doc.text.length, s.end + 8)));
}

function joyIn(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens;
  for (let k = Math.max(from, 0); k < to && k < from + 48; k++) {
    const w = (t[k] as Token).w;
    const prev = k > from ? (t[k - 1] as Token).w : '';
    if (NEGATION.test(prev)) continue;
    const next = k + 1 < to ? (t[k + 1] as Token).w : '';
    // "IM DEAD WHERE DID U FIND THAT", "i'm deceased lol": not "IM DEAD TIRED OF…".
    if (
      (w === "i'm" || w === 'im') &&
      /^(?:dead|deceased|wheezing)$/.test(next) &&
      (isClauseEnd(doc, k + 1) ||
        /^(?:where|what|how|who|why|lol|lmao|lmfao|haha|bro|omg|at)$/.test(
          (t[k + 2] as Token | undefined)?.w ?? '',
        ))
    )
      return true;
    if (TRIUMPH.has(w)) {
      if (next === 'it') return true;
      const obj = k + 2 < to ? (t[k + 2] as Token).w : '';
      if (/^(?:that|this|the|your|ur)$/.test(next) && PERFORMANCE.has(obj)) return true;
    }
    // "you did it!!!", "WE MADE IT": done at last (a clause that ends there; not "did it again").
    if (
      (w === 'did' || w === 'made') &&
      next === 'it' &&
      /^(?:you|u|we|ya)$/.test(prev) &&
      isBareClauseEnd(doc, k + 1)
    )
      return true;
  }
  return false;
}

const YOU_IN_TEXT = /\b(?:you|your|you're|youre|ur|u)\b/i;
const WORD_RUN = /[a-z']+/g;

/**
 * A cheer, however stretched, with its own exclamation mark: "YES!!!", "yesss!", "YAY!", "woohoo!",
 * "GOOOAL!!!", "hooray!". Not "YES YOU" (said at someone).
 */
const CHEER =
  /\b(?:y+e+s+|y+a+y+|wo+h+o+|wo+t|wo{2,}|ho+ra+y+|hu+r+a+y+|go+a+l+|ya+s+|ya+ho{2,}|let'?s go+|go{3,})\s*!/i;

const CHEERED_SWEAR = /\bholy (?:shit|crap|fuck|hell|cow|moly)\b|\b(?:fuck|hell|heck) (?:yes|yeah|yea)\b/g;

/** CHEERED_SWEAR without the global flag, for one test. */
const CHEERED_ONE = new RegExp(CHEERED_SWEAR.source);

/** "love you", "miss u": affection, not news. */
const LOVE_YOU = /\b(?:i )?(?:love|luv|miss) (?:you|u)\b/gi;

/** One "love you" (LOVE_YOU is global, for replacing). */
const LOVE_YOU_ONE = /\b(?:i )?(?:love|luv) (?:you|u|ya)\b/i;
const JUST_GREAT = /\bjust (?:great|perfect|wonderful|fantastic|lovely|brilliant|marvelous|peachy)\b/i;

/**
 * The message's tone, read word by word from its first 600 characters (no negation handling), in one
 * pass: its valence, and whether it is plain good news or delight: clearly warm words ("amazing",
 * "congrats", "best") and not one negative word nor an always/never, in a message of up to 600
 * characters read whole, and not "great, just great", the sarcastic idiom. Capitals and marks in
 * such a message are excitement ("NO WAY!!! that's incredible", "are you serious?! that's the best
 * news").
 */
function messageTone(text: string): { valence: number; delighted: boolean } {
  let sum = 0;
  let pos = 0;
  let sour = false;
  // A swear said as a cheer ("holy shit", "fuck yeah") is no sour word.
  for (const w of text.slice(0, 600).toLowerCase().replace(CHEERED_SWEAR, ' ').match(WORD_RUN) ?? []) {
    const v = valence(w);
    sum += v;
    if (v < 0 || w === 'always' || w === 'never') sour = true;
    else pos += v;
  }
  if (CHEER.test(text.slice(0, 600))) pos += 3;
  return { valence: sum, delighted: !sour && pos >= 3 && text.length <= 600 && !JUST_GREAT.test(text) };
}

const NEGATION =
  /^(?:not|no|never|can't|cant|don't|dont|won't|wont|didn't|didnt|isn't|wasn't|nobody|nothing)$/;

function negated(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 48; k++) if (NEGATION.test((doc.tokens[k] as Token).w)) return true;
  return false;
}

const INCREDULOUS = /\b(?:seriously|(?:you|u|you're|ur) (?:serious|kidding|joking))\b/i;

/** Shouted words that are a retort even alone: "WHY?!", "NOW?!", "AGAIN?!". */
const AIMED_ALONE: ReadonlySet<string> = wordSet('why now again seriously');

function markLevel(doc: Doc, s: Sentence, r: MarkRun, v: number, upTo: number): Sensitivity | null {
  if (v > 0 || joyIn(doc, s.first, upTo)) return null;
  let you = false;
  /** "you did", "you never", "you're": something said about what they do or are. */
  let youDid = false;
  let self = false;
  for (let k = Math.max(s.first, upTo - 24); k < upTo; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (w === 'you' || w === "you're" || w === 'your' || w === 'ur') {
      you = true;
      const nx = doc.tokens[k + 1];
      if (w === "you're" || (nx && k + 1 < upTo && YOU_DID.has(nx.w))) youDid = true;
    } else if (FIRST_PERSON.has(w) && !stanceWord(doc, k)) self = true;
  }
  // Marks after someone's own news or feelings ("I feel so dumb!!!", "my grandma added me ???")
  // are not aimed at anyone: strict only, unless "you" is in it.
  const negative = v < 0 && !self;
  const mixed = r.q > 0 && r.e > 0;
  // Stacked marks ("!!!", "?!?!") at someone, or after bad news of theirs, are shouting: the
  // options page promises that even Gentle speaks up about them.
  if (r.e >= 3 && (negative || (you && v < 0) || youDid)) return 'gentle';
  if (mixed && r.q + r.e >= 3) {
    if (negative || (you && v < 0) || youDid) return 'gentle';
    // A short retort ("Really?!?!", "Now?!?") is heat; a long musing question ("why do his
    // trousers stay on?!?!?") is not.
    return you || s.last - s.first <= 3 ? 'balanced' : 'strict';
  }
  if (r.e >= 3 && you && isQuestionish(doc, s)) return 'balanced';
  if (mixed) return you && (isQuestionish(doc, s) || v < 0) && !pollQuestion(doc, s) ? 'balanced' : 'strict';
  if (r.q === 0) return (negative || (you && v < 0)) && r.e >= 2 ? 'balanced' : 'strict';
  // "???" in a question is often sincere ("is it snowing???"): heat only with something negative.
  if (r.q >= 3) return negative ? 'balanced' : 'strict';
  return 'strict';
}

/** Second-person words, or "me" ("ANSWER ME"): the words are aimed at someone. */
const ADDRESS: ReadonlySet<string> = new Set([
  'you',
  'your',
  "you're",
  'ur',
  'yourself',
  "you've",
  "you'll",
  "you'd",
  'me',
]);

function addressed(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 48; k++) if (ADDRESS.has((doc.tokens[k] as Token).w)) return true;
  return false;
}

function aboutSelf(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 48; k++)
    if (FIRST_PERSON.has((doc.tokens[k] as Token).w) && !stanceWord(doc, k)) return true;
  return false;
}

/** What "we" did that is news: "we got the house", "we won", "we made it". */
const NEWS_VERBS: ReadonlySet<string> = wordSet(
  'got won made did passed bought found booked finished nailed',
);

/** The sentence opens (after openers like "omg") with "we" and a verb of news, and no "you". */
function ourNews(doc: Doc, s: Sentence, you: boolean): boolean {
  if (you) return false;
  for (let k = s.first; k + 1 < s.last && k < s.first + 4; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (w === 'we' || w === "we've") return NEWS_VERBS.has((doc.tokens[k + 1] as Token).w);
  }
  return false;
}

/** Reassurance or longing: "NO WORRIES", "NOTHING TO WORRY ABOUT", "NO NEED TO APOLOGIZE", "MISSED YOU". */
const KIND_CAPS =
  /\b(?:no worries|nothing to (?:worry|be sorry) about|no need to (?:worry|apologi[sz]e|be sorry)|(?:i )?miss(?:ed)? (?:you|u|ya|them|him|her|everyone))\b/gi;

/**
 * The capitals say reassurance or that the writer misses someone, with at most three other words
 * in them, none aimed at anyone, negated or sour.
 */
function kindCaps(doc: Doc, a: number, b: number): boolean {
  const run = doc.text.slice((doc.tokens[a] as Token).start, (doc.tokens[b] as Token).end);
  const rest = run.replace(KIND_CAPS, ' ');
  if (rest === run) return false;
  const words = rest.toLowerCase().match(WORD_RUN) ?? [];
  return words.length <= 3 && !words.some((w) => ADDRESS.has(w) || NEGATION.test(w) || valence(w) < 0);
}

function oneMark(r: MarkRun): string {
  return r.q > 0 ? '?' : '!';
}

export const shouting: RuleFamily = {
  id: 'heat',
  category: 'heat',
  minSensitivity: 'gentle',
  quickCheck: (text: string) =>
    /^\W*(?:really|seriously|wow)\W*$/i.test(text) ||
    (/[A-Z][A-Z]|[!?\uFF01\uFF1F\u203D][!?1\uFF01\uFF1F\u203D]/.test(text) &&
      (MARKS_HINT.test(text) || text.includes('\u203D') || !capsAreHarmless(text))),
  // The whole text: a sentence that is only "really" (judged with up to 12 characters after it)
  // ends the text or has twelve marks after it; capitals that matter in a
  // sentence matter in the text (capsAreHarmless judges one run of letters at a time).
  textCheck: (text: string) =>
    /(?:really|seriously|wow)(?:\W*$|\W{12})/i.test(text) ||
    (/[A-Z][A-Z]|[!?\uFF01\uFF1F\u203D][!?1\uFF01\uFF1F\u203D]/.test(text) &&
      (MARKS_HINT.test(text) || text.includes('\u203D') || !capsAreHarmless(text))),
  match(ctx: RuleContext): Match[] {
    const { doc, sensitivity } = ctx;
    const out: Match[] = [];
    // Valence around the sentence: "WHAT?! congrats!!" is surprise, not heat. Read in the
    // sentence and the next one, which answers it, never in a warm sentence elsewhere ("They came
    // out great. WHY DID YOU TELL HER"); a sour word anywhere in the message still keeps the heat.
    // Read from the text: the family sees only the tokens of sentences that pass its quick check.
    // Computed when first needed (only a rare case reads it).
    let tone: { valence: number; delighted: boolean } | undefined;
    let near: { valence: number; delighted: boolean } | undefined;
    let nearOf = -1;
    let cur = 0;
    const nearTone = (): { valence: number; delighted: boolean } => {
      if (!near || nearOf !== cur) {
        // After a bare exclamation ("Wait WHAT?!") the answer may take two sentences; a "love you"
        // after the sentence is affection, not the good news it answers.
        const s = doc.sentences[cur] as Sentence;
        const short = s.last > s.first && s.last - s.first <= 3;
        const next = doc.sentences[cur + (short ? 2 : 1)] ?? doc.sentences[cur + 1];
        const after = doc.text.slice(s.end, Math.min(next ? next.end : s.end, s.start + 600));
        near = messageTone(doc.text.slice(s.start, s.end) + after.replace(LOVE_YOU, ' '));
        nearOf = cur;
      }
      return near;
    };
    const whole = (): number => nearTone().valence;
    const delight = (): boolean => {
      tone ??= messageTone(doc.text);
      return tone.delighted && nearTone().delighted;
    };
    /** A heated run of marks earlier in the message: a short follow-up ("now??") carries the heat on. */
    let heatedBefore = false;
    /** The sentence before was shouted joy: "WE WON!!! GET IN!!!" cheers on. */
    let joyBefore = false;
    doc.sentences.forEach((s, sIndex) => {
      cur = sIndex;
      const joyPrev = joyBefore;
      joyBefore = false;
      // One-letter words ("I", "a") are neither shouted nor calm.
      let words = 0;
      for (let k = s.first; k < s.last; k++) if ((doc.tokens[k] as Token).raw.length > 1) words++;
      let shout = 0;
      let common = 0;
      let run = 0;
      let maxRun = 0;
      let firstShout = -1;
      let lastShout = -1;
      // "WHERE R U": the texting "R"/"U"/"UR" shout along with a shouted word, never alone ("R U OK").
      let tiny = 0;
      for (let k = s.first; k < s.last; k++) {
        const t = doc.tokens[k] as Token;
        const small = t.raw === 'U' || t.raw === 'R' || t.raw === 'UR';
        if (small) tiny++;
        if (small || shoutable(t)) {
          shout++;
          if (small || COMMON_WORDS.has(t.w)) common++;
          run++;
          maxRun = Math.max(maxRun, run);
          if (firstShout < 0) firstShout = k;
          lastShout = k;
        } else if (!(t.raw.length === 1 || isAcronym(t.w))) run = 0;
      }
      // The sentence's valence, read only where capitals need it (most sentences have none).
      let valenceOfSentence: number | undefined;
      const sentenceValence = (): number => {
        valenceOfSentence ??= valenceSum(doc, s.first, s.last);
        return valenceOfSentence;
      };
      if (shout === tiny) shout = 0;
      const runs = markRuns(doc.text, s.start, s.end);
      // "STOP SENDING ME INVOICES": a shouted order to keep off needs no ratio of common words.
      const cs = s.last > s.first ? contentStart(doc, s) : s.first;
      const stop =
        s.last > s.first &&
        AIMED_OPENERS.has((doc.tokens[cs] as Token).w) &&
        shoutable(doc.tokens[cs] as Token);
      const isShouting =
        shout >= 2 &&
        common >= 1 &&
        (shout * 2 >= words || maxRun >= 3) &&
        (common * 5 >= shout * 2 || (stop && addressed(doc, cs, s.last)));
      if (isShouting) {
        const v = sentenceValence();
        const lastRun = runs[runs.length - 1];
        const marks = lastRun !== undefined && lastRun.q + lastRun.e >= 2;
        const strong = shout >= 3 || marks;
        // Capitals are heat when aimed at someone, negative, or stacked with marks; excited or
        // neutral capitals about the world ("SUNS TO THE FINALS LET'S GO") are strict only.
        const vRun = valenceSum(doc, firstShout, lastShout + 1);
        const you = addressed(doc, firstShout, lastShout + 1);
        // A negative sentence about oneself ("Why am I sad ALL THE TIME") is no attack.
        const selfOnly = !you && aboutSelf(doc, s.first, s.last);
        // Own news shouted with "!!!" and nothing bad in it ("I GOT THE JOB!!!", "WE GOT THE
        // HOUSE!!!") is joy, not heat.
        const joy =
          (selfOnly || ourNews(doc, s, you) || (joyPrev && s.last - s.first <= 3)) &&
          v === 0 &&
          vRun === 0 &&
          lastRun !== undefined &&
          lastRun.q === 0 &&
          !negated(doc, s.first, s.last);
        const heated =
          (v < 0 && !selfOnly) ||
          vRun < 0 ||
          (marks && !joy) ||
          you ||
          aimedOpening(doc, s, selfOnly) ||
          // "NO. UNDO IT NOW": a shouted order on something, to be done now, after a refusal or sour words.
          (commandAt(doc, s) &&
            (doc.tokens[lastShout] as Token).w === 'now' &&
            (negated(doc, Math.max(0, s.first - 8), s.first) || messageTone(doc.text).valence < 0)) ||
          FED_UP.test(doc.text.slice(s.start, s.end));
        const min: Sensitivity =
          v > 0 ||
          vRun > 0 ||
          !heated ||
          joyIn(doc, s.first, s.last) ||
          hearts(doc, s) ||
          delight() ||
          kindCaps(doc, firstShout, lastShout)
            ? 'strict'
            : strong
              ? 'gentle'
              : 'balanced';
        joyBefore = joy || ((v > 0 || vRun > 0) && !you && !negated(doc, s.first, s.last));
        if (!allows(sensitivity, min)) return;
        const start = (doc.tokens[firstShout] as Token).start;
        const end =
          lastRun && lastRun.start >= (doc.tokens[lastShout] as Token).end
            ? lastRun.end
            : (doc.tokens[lastShout] as Token).end;
        out.push({
          rule: 'shouting',
          first: firstShout,
          last: lastShout + 1,
          start,
          end,
          severity: strong ? 3 : 2,
          min,
          why: 'shouting',
          pause: true,
          cap: { s: sIndex },
        });
        return;
      }
      for (const r of runs) {
        // Marks amplify what comes before them: judge by the words before the run.
        let upTo = s.first;
        while (upTo < s.last && (doc.tokens[upTo] as Token).end <= r.start) upTo++;
        let level = markLevel(doc, s, r, valenceSum(doc, s.first, upTo), upTo);
        let word = -1;
        // "WHAT?!", "NOW?!": one shouted heat word with mixed marks, in a message not warm elsewhere.
        if (
          level === 'strict' &&
          r.q > 0 &&
          r.e > 0 &&
          upTo - s.first <= 2 &&
          upTo > s.first &&
          shoutable(doc.tokens[upTo - 1] as Token) &&
          EMPHASIS_HEAT.has((doc.tokens[upTo - 1] as Token).w) &&
          whole() <= 0 &&
          // "WHAT?!" alone is surprise as often as anger: heat when aimed at someone or with bad news.
          (whole() < 0 ||
            YOU_IN_TEXT.test(doc.text.slice(0, 600)) ||
            AIMED_ALONE.has((doc.tokens[upTo - 1] as Token).w))
        ) {
          level = 'balanced';
          word = upTo - 1;
        }
        // "why is the bin STILL full?!?!": mixed stacked marks after a shouted word.
        if (level === 'strict' && r.q > 0 && r.e > 0 && r.q + r.e >= 3 && shout > 0 && whole() <= 0)
          level = 'balanced';
        // "seriously???", "are you kidding me???": disbelief at them, stacked.
        if (
          level === 'strict' &&
          r.q >= 3 &&
          INCREDULOUS.test(doc.text.slice(s.start, r.start)) &&
          whole() <= 0
        )
          level = 'balanced';
        // "Really?!?! now??": a short follow-up of a heated run is part of it.
        if (level === 'strict' && heatedBefore && s.last - s.first <= 3 && r.q + r.e >= 2 && whole() <= 0)
          level = 'balanced';
        // "the train is late AGAIN?!": a shouted tally word with mixed marks after a complaint.
        if (
          level === 'strict' &&
          r.q > 0 &&
          r.e > 0 &&
          upTo > s.first &&
          shoutable(doc.tokens[upTo - 1] as Token) &&
          TALLY.has((doc.tokens[upTo - 1] as Token).w) &&
          complaintIn(doc, s.first, upTo - 1) &&
          whole() <= 0
        ) {
          level = 'balanced';
          word = upTo - 1;
        }
        // "do NOT touch my laptop!!!": an order not to, shouted, about the writer's own things.
        if (
          level === 'strict' &&
          r.q === 0 &&
          r.e >= 3 &&
          shout > 0 &&
          s.last > s.first &&
          /^(?:do|don't|dont|never)$/.test((doc.tokens[contentStart(doc, s)] as Token).w) &&
          mineIn(doc, s.first, upTo) &&
          whole() <= 0 &&
          !delight() &&
          !hearts(doc, s) &&
          !LOVE_YOU_ONE.test(doc.text.slice(s.start, s.end + 80))
        )
          level = 'balanced';
        // "answer your phone!!!!!": a heated command at someone with stacked marks.
        if (
          level === 'strict' &&
          r.q === 0 &&
          r.e >= 3 &&
          // A sentence of marks alone has no first word (the token there is the next sentence's).
          s.last > s.first &&
          HEATED_COMMANDS.has((doc.tokens[contentStart(doc, s)] as Token).w) &&
          // "stop touching my stuff!!!": or aimed at what is the writer's.
          (addressed(doc, contentStart(doc, s), upTo) ||
            (/ing$/.test(doc.tokens[contentStart(doc, s) + 1]?.w ?? '') && mineIn(doc, s.first, upTo)) ||
            // "pick up!!!", "answer!!!": the order to answer alone, with no worry for them in the message.
            (/^(?:answer|reply|respond|pick)$/.test((doc.tokens[contentStart(doc, s)] as Token).w) &&
              upTo - contentStart(doc, s) <= 2 &&
              !CARE.test(doc.text.slice(0, 600)))) &&
          whole() <= 0
        )
          level = 'balanced';
        // Good news, shouted ("What?!?! no way, thats amazing"): excitement, strict only.
        if (level !== null && level !== 'strict' && delight()) level = 'strict';
        // "holy shit, congrats!!": a cheered swear in a message that is warm without it.
        if (
          level !== null &&
          level !== 'strict' &&
          CHEERED_ONE.test(doc.text.slice(s.start, s.end)) &&
          whole() > 0 &&
          !YOU_IN_TEXT.test(doc.text.slice(s.start, s.end))
        )
          level = 'strict';
        // "for god's sake, it's in the pinned post!!!": stacked marks after an oath of exasperation.
        // "jesus christ, that was close!!!" is relief: that one needs "you" or an order ("answer"),
        // and "jesus" counts for no warmth.
        const oath =
          (!level || level === 'strict') &&
          r.q + r.e > 2 &&
          OATH.exec(doc.text.slice(Math.max(0, s.start - 80, r.start - 200), r.start));
        if (
          oath &&
          (!oath[1] || /\b(?:you|your|u|answer|read|stop)\b/i.test(doc.text.slice(s.start, s.end))) &&
          whole() <= +!!oath[1] &&
          !joyIn(doc, s.first, upTo)
        )
          level = 'balanced';
        if (level !== null && level !== 'strict') heatedBefore = true;
        if (!level || !allows(sensitivity, level)) continue;
        const before = doc.tokens[Math.max(s.first, Math.min(s.last - 1, s.last - 1))];
        out.push({
          rule: 'marks',
          first: before ? s.first : 0,
          last: before ? s.last : 0,
          start: r.start,
          end: r.end,
          severity: r.q + r.e >= 3 ? 2 : 1,
          min: level,
          why: 'shouting',
          pause: r.q + r.e >= 3,
          cap: word >= 0 ? { q: r.q, e: r.e, word } : { q: r.q, e: r.e },
        });
      }
      // A single shouted word in a heated sentence: "are you KIDDING me".
      if (shout >= 1 && shout <= 2 && words >= 1 && words <= 15) {
        for (let k = s.first; k < s.last; k++) {
          const t = doc.tokens[k] as Token;
          if (
            !shoutable(t) ||
            t.raw.length < 3 ||
            valence(t.w) > 0 ||
            sentenceValence() > 0 ||
            !isKnownWord(t.w)
          )
            continue;
          if (doc.text[t.start - 1] === '[' || doc.text[t.end] === ']') continue;
          // Only words that carry heat when stressed ("ALWAYS", "NOW", "WHY"); a stray capitalised
          // word ("DID", left over from a rewrite) is not heat.
          if (!EMPHASIS_HEAT.has(t.w) || (words < 2 && t.w !== 'now')) continue;
          // "I will ALWAYS be there for you", "you'll ALWAYS have a home here": a promise, with
          // nothing sour in it; "once you know WHY
          // it matters": a question told, not asked.
          const prev = k > s.first ? (doc.tokens[k - 1] as Token).w : '';
          const who = /'ll$/.test(prev) ? prev : k - 1 > s.first ? (doc.tokens[k - 2] as Token).w : '';
          if (
            (t.w === 'always' &&
              /^(?:will|'ll)$|'ll$/.test(prev) &&
              (/^(?:i|we)/.test(who) || doc.tokens[k + 1]?.w === 'have') &&
              sentenceValence() === 0) ||
            (/^(?:why|how|what)$/.test(t.w) &&
              /^(?:know|knowing|knew|understand|understanding|see|wonder|wondering|figure|figuring|realize|realise|learn)$/.test(
                prev,
              ))
          )
            continue;
          // "give it back RIGHT NOW", "fix it. NOW.": urgency shouted at someone, not one's own plan.
          const urge =
            t.w === 'now' && whole() <= 0 && commandAt(doc, doc.sentences[words < 2 ? sIndex - 1 : sIndex]);
          // "The baby NEVER naps, any tips from you?": a third party's habit, the reader in another
          // clause. Read only when the sentence mentions them.
          const near = (): boolean => {
            const c = doc.text
              .slice(Math.max(0, t.start - 200), t.start)
              .split(/[,;:(.!?]/)
              .pop() as string;
            return (
              !/\w/.test(c) ||
              /\b(?:i(?:'m)?|me|you(?:'re|r)?|ur?|it(?:'s)?|that(?:'s)?|this|there)\b/i.test(
                c + doc.text.slice(t.end, t.end + 200).split(/[,;:(.!?]/)[0],
              )
            );
          };
          const level: Sensitivity = urge || (mentionsYou(doc, k) && near()) ? 'balanced' : 'strict';
          if (!allows(sensitivity, level)) continue;
          out.push({
            rule: 'emphasis',
            // "RIGHT NOW" cools as one.
            first:
              urge &&
              k > s.first &&
              (doc.tokens[k - 1] as Token).w === 'right' &&
              shoutable(doc.tokens[k - 1] as Token)
                ? k - 1
                : k,
            last: k + 1,
            severity: 1,
            min: level,
            why: 'shouting',
            cap: {},
          });
        }
      }
      // At strict, a one-word "Really?" / "Seriously?" reads as cold.
      if (sensitivity === 'strict' && words === 1 && runs.length === 0) {
        const t = doc.tokens[s.first] as Token;
        const tail = doc.text.slice(t.end, s.end).trim();
        if (
          (t.w === 'really' || t.w === 'seriously' || t.w === 'wow') &&
          (tail === '?' || tail === '.') &&
          doc.sentences.length === 1
        ) {
          out.push({
            rule: 'curt',
            first: s.first,
            last: s.last,
            severity: 1,
            min: 'strict',
            why: 'mild',
            cap: {},
          });
        }
      }
    });
    return out;
  },
  suggest(ctx: RuleContext, m: Match): Draft[] {
    const { doc } = ctx;
    const t = doc.tokens;
    if (m.rule === 'shouting') {
      const s = doc.sentences[m.cap.s as number] as Sentence;
      const startTok = t[s.first] as Token;
      const start = Math.min(startTok.start, m.start ?? startTok.start);

      const runs = markRuns(doc.text, s.contentEnd, s.end);
      const lastRun = runs[runs.length - 1];
      let end = s.contentEnd;
      let mark = '';
      if (lastRun) {
        end = lastRun.end;
        // The space before the next sentence stays ("MATTER. NEXT" must not become "matter.NEXT").
        while (end > s.contentEnd && /\s/.test(doc.text[end - 1] as string)) end--;
        mark = oneMark(lastRun);
      } else {
        // Keep a single terminal mark as it was.
        while (end < s.end && /[.!?]/.test(doc.text[end] as string)) {
          mark += doc.text[end];
          end++;
        }
      }
      const cooled =
        sentenceCaseIn(doc, start, s.contentEnd, start === s.start || start === startTok.start) + mark;
      return [{ start, end, text: cooled, verbatim: true }];
    }
    if (m.rule === 'marks') {
      const r = {
        q: m.cap.q as number,
        e: m.cap.e as number,
        start: m.start as number,
        end: m.end as number,
      };
      const word = m.cap.word;
      if (word !== undefined) {
        // "WHAT?!" → "What?": the shouted word cools with its marks.
        const tok = t[word] as Token;
        const lower = lowerSameLength(tok.raw);
        const first = word === (doc.sentences[tok.sent] as Sentence).first;
        const text =
          (first ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower) + doc.text.slice(tok.end, r.start);
        return [{ start: tok.start, end: r.end, text: text + oneMark(r), verbatim: true }];
      }
      // "wrong!!! !!!": a run right after another, with only spaces between, goes whole; cooled to
      // one mark it would still read "wrong! !".
      const gap = /[!?\uFF01\uFF1F\u203D]\s+$/.exec(doc.text.slice(Math.max(0, r.start - 4), r.start));
      if (gap) return [{ start: r.start - gap[0].length + 1, end: r.end, text: '', verbatim: true }];
      const drafts: Draft[] = [{ start: r.start, end: r.end, text: oneMark(r), verbatim: true }];
      return drafts;
    }
    if (m.rule === 'curt') {
      return [
        {
          start: (t[m.first] as Token).start,
          end: doc.sentences[0]?.contentEnd ?? 0,
          text: "I'm surprised. Can you tell me more",
          verbatim: false,
        },
      ];
    }
    const tok = t[m.first] as Token;
    const end = (t[m.last - 1] as Token).end;
    const lower = lowerSameLength(doc.text.slice(tok.start, end));
    const atStart = m.first === (doc.sentences[tok.sent] as Sentence).first;
    // "put it back. NOW." → "put it back, please.": the order kept, asked (a bare "Now." insists too).
    const own = doc.sentences[tok.sent] as Sentence;
    if (tok.w === 'now' && atStart && own.last - own.first === 1 && m.first > 0)
      return [{ start: (t[m.first - 1] as Token).end, end, text: ', please', verbatim: true }];
    return [
      {
        start: tok.start,
        end,
        text: atStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower,
        verbatim: true,
      },
    ];
  },
};
