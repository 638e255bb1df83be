/**
 * Constructions aimed at the other person, found by their shape rather than by one phrase: who is
 * addressed (you as subject, an imperative, "I" refusing them), what is said about them (a
 * negative evaluation: AFINN below 0 or an act people complain about, `isComplaint`), and how
 * (a count, a totality, a condition, a refusal).
 * - absolutes: the count of times ("the 5th time you…"), a totality after a charge ("you forget
 *   every single thing", "every talk with you ends in a fight"), a habit ("you have a habit of…"),
 *   "nothing I do is ever good enough", "I can't remember the last time you…";
 * - talking-down: "stop being so <trait>", "stop arguing", "stop making it a thing", "you need to
 *   work on your attitude", "watch your tone", corrections "read it next time";
 * - withdrawal: refusing to talk with no door left open ("I'm not discussing this anymore", "not
 *   interested in hearing your side"), "I need you to stop messaging me", ultimatums ("one more
 *   time and I'm moving out"), "don't expect me to be here when…";
 * - blame: the counterfactual ("if you hadn't…, we wouldn't be in this mess"), "you put me in
 *   this position";
 * - contempt: mock praise of a fault ("congrats on being useless"), irony marked by quotes or an
 *   eye-roll ("sure you were "busy" 🙄"), "typical lazy behaviour from you".
 * Warm sentences pass: the same shapes with praise ("every weekend with you is the best", "you
 * have a habit of spoiling me and I love it"), and a refusal that keeps the door open ("I can't
 * talk about this right now, can we talk tonight?").
 */
import { COMPLAINT_WORDS, CONTACT_SLOT, isComplaint, NEGATIVE_FEELINGS, valence } from '../lexicon';
import type { Doc, Token } from '../text';
import { BLAMING_COUNTERFACTUAL } from './caused';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  around,
  clauseEnd,
  contentStart,
  type Draft,
  forNow,
  isBareClauseEnd,
  isClauseEnd,
  isImperative,
  isSentenceStart,
  lowerSentence,
  type Match,
  mentionsYou,
  negatedBefore,
  refusalWithCondition,
  replaceTokens,
  sentenceOf,
  toSentenceEnd,
} from './rule';

/** cluster40: words that end a role's name ("…learner in the office", "…listener I've ever dated"). */
const ROLE_STOP =
  /^(?:i|i've|ive|in|on|at|of|this|that|ever|to|who|around|here|there|since|alive|and|but|for|with|is)$/;

const plain =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => {
    // "breathe and stop arguing": ours replaces the whole coordination, not half of it.
    const s = sentenceOf(doc, m.first);
    const from = m.first > s.first && (doc.tokens[m.first - 1] as Token).w === 'and' ? s.first : m.first;
    return [toSentenceEnd(doc, from, text)];
  };

/** Token `i`'s word when it is in the sentence of token `ref` ('' otherwise). */
function w(doc: Doc, i: number, ref: number): string {
  const t = doc.tokens[i];
  return t !== undefined && i >= 0 && t.sent === (doc.tokens[ref] as Token).sent ? t.w : '';
}

/**
 * Is the sentence of token `i` not warm: outside the words of the hit [skipFrom, skipTo), praise
 * does not outweigh the negative words, counting an act people complain about ("late", "bailed")
 * as negative too? `bias`: how negative the construction itself is (a refusal to talk is).
 */
function notWarm(doc: Doc, i: number, skipFrom = i, skipTo = i, bias = 0): boolean {
  let [lo, hi] = around(doc, i);
  // "that's fine but stop being so petty": what comes before "but" is not the point.
  for (let k = i - 1; k > lo; k--) if (BUT.has((doc.tokens[k] as Token).w)) lo = k + 1;
  let pos = 0;
  let neg = bias;
  for (let k = lo; k < hi; k++) {
    if (k >= skipFrom && k < skipTo) continue;
    const t = (doc.tokens[k] as Token).w;
    const v = valence(t);
    // "nobody cares", "not fair": praise denied counts against.
    if (v > 0 && k > lo && NEGATORS.has((doc.tokens[k - 1] as Token).w)) neg += v;
    else if (v > 0) pos += v;
    else if (v < 0) neg -= v;
    else if (COMPLAINT_WORDS.has(t)) neg += 2;
  }
  return pos <= neg;
}

const BUT: ReadonlySet<string> = new Set(['but', 'except', 'however', 'though']);
const NEGATORS: ReadonlySet<string> = new Set(
  "not no nobody noone never don't dont doesn't isn't wasn't aren't ain't nothing".split(' '),
);

/** A negative evaluation among tokens [from, to) of one sentence. */
function badIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k] as Token;
    // "no worries", "not bad": a negative word denied is no charge.
    if (!t.mention && isComplaint(t.w) && !(k > from && NEGATORS.has((doc.tokens[k - 1] as Token).w)))
      return true;
  }
  return false;
}

/**
 * Suffering named about the other person ("you're still crying every day", "you feel sad all the
 * time"): said with care, not a charge.
 */
function isSuffering(w: string): boolean {
  return NEGATIVE_FEELINGS.has(w) || SUFFERING.has(w);
}
const SUFFERING: ReadonlySet<string> = new Set(
  'cry cries cried crying hurt hurts hurting struggle struggles struggling suffer suffers suffering grieve grieving worry worries worrying worried sad tired exhausted stressed sick pain scared afraid lonely'.split(
    ' ',
  ),
);

/** A charge among tokens [from, to): a negative evaluation that is not suffering. */
function chargeIn(doc: Doc, from: number, to: number): boolean {
  let charge = false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k] as Token;
    if (t.mention) continue;
    if (isSuffering(t.w)) return false;
    if (isComplaint(t.w)) charge = true;
  }
  return charge;
}

function leftToOthers(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (LEFT_TO_OTHERS.has((doc.tokens[k] as Token).w)) return true;
  return false;
}

/** A negative evaluation in the sentence of token `i`, outside tokens [skipFrom, skipTo). */
function badAround(doc: Doc, i: number, skipFrom: number, skipTo: number): boolean {
  const [lo, hi] = around(doc, i);
  return badIn(doc, lo, Math.min(hi, skipFrom)) || badIn(doc, Math.max(lo, skipTo), hi);
}

/**
 * crossa39: the totality at `first` goes one way every time, said right after [first, end): "…turns
 * into a shouting match", "…ends up being about your ex", "…always ends with you sulking".
 */
function turnsInto(doc: Doc, first: number, end: number): boolean {
  let k = end;
  if (/^(?:always|somehow|just|inevitably)$/.test(w(doc, k, first))) k++;
  return (
    /^(?:turns?|turned|ends?|ended|becomes?|became|devolves?|descends?|spirals?)$/.test(w(doc, k, first)) &&
    /^(?:into|in|up|with|as|to)$/.test(w(doc, k + 1, first))
  );
}

// -- Withdrawal: refusing to talk ------------------------------------------------------------------

const COMM =
  'talk|talking|discuss|discussing|answer|answering|reply|replying|respond|responding|argue|arguing|deal|dealing|listen|listening|hear|hearing|engage|engaging|explain|explaining|entertain|entertaining|having_this|have_this|going_through_this|go_through_this|doing_this_with';

/** Words that keep the door open: a time to talk again, or a question that invites it. */
const DOOR_OPEN: ReadonlySet<string> = new Set(
  'later tomorrow tonight soon after when once until till morning bit minute minutes hour hours now rn atm meeting class work'.split(
    ' ',
  ),
);

/**
 * After a refusal to talk, what makes it a door closing: "anymore", "again", "with you", "to you",
 * "about this", "your side", "this conversation"; and nothing in the message offers a time to talk.
 */
function closesDoor(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  // "did I not talk to you about that?": a question; "I'm not responding to him anymore": a report.
  if (ASKING.has(w(doc, first - 1, first))) return false;
  for (let k = end; k < s.last && k < end + 3; k++) if (THIRD.has(w(doc, k, first))) return false;
  let marked = false;
  // "not answering until you apologise": the door opens only on the reader's giving in.
  let owed = -1;
  for (let k = end; k < s.last && k < end + 8; k++) {
    const a = w(doc, k, first);
    const b = w(doc, k + 1, first);
    const c = w(doc, k + 2, first);
    if (
      /^(?:until|till|til|unless)$/.test(a) &&
      (b === 'you' || b === 'u') &&
      (OWED.test(c) || (c === 'say' && w(doc, k + 3, first) === 'sorry'))
    ) {
      owed = k;
      marked = true;
      break;
    }
    if (
      a === 'anymore' ||
      a === 'again' ||
      a === 'period' ||
      ((a === 'with' || a === 'to') && (b === 'you' || b === 'u' || b === 'this' || b === 'that')) ||
      (a === 'about' && (b === 'this' || b === 'it' || b === 'that' || b === 'you')) ||
      ((a === 'your' || a === 'ur') &&
        (b === 'side' || b === 'excuses' || b === 'nonsense' || b === 'drama')) ||
      ((a === 'this' || a === 'that') &&
        (b === 'conversation' || b === 'discussion' || b === 'argument' || b === ''))
    ) {
      marked = true;
      break;
    }
  }
  if (!marked) return false;
  for (const [k, t] of doc.tokens.entries()) if (k !== owed && DOOR_OPEN.has(t.w)) return false;
  return true;
}

/** What the reader must do first ("until you apologise", "till u grow up"): a condition, not a time. */
const OWED = /^(?:apologi[sz]e|admit|grow|stop|learn|own|calm|change)$/;

const ASKING: ReadonlySet<string> = new Set(
  'did do does have had was were am will would can could why'.split(' '),
);
const THIRD: ReadonlySet<string> = new Set('him her them he she they his their'.split(' '));

const NEED_SPACE = "I need a break from this conversation. Can we talk again once we've both cooled off?";

/** "I'm not talking to you unless you say sorry": the condition stays (`refusalWithCondition`). */
function needSpace(doc: Doc, m: Match): Draft[] {
  const kept = refusalWithCondition(doc, m.first, m.last) ?? forNow(doc, m.first, m.last);
  return kept ? [kept] : plain(NEED_SPACE)(doc, m);
}

// -- Withdrawal: ultimatums --------------------------------------------------------------------------

/** What an ultimatum threatens after "…and I'm / I'll": leaving, blocking, ending it. */
const CONSEQUENCE: ReadonlySet<string> = new Set(
  'leaving leave moving move out gone done finding find block blocking kick kicking breaking telling tell calling call through over changing change packing pack transfer quit'.split(
    ' ',
  ),
);

function threatens(doc: Doc, end: number): boolean {
  const s = sentenceOf(doc, end - 1);
  for (let k = end; k < s.last && k < end + 6; k++) if (CONSEQUENCE.has(w(doc, k, end - 1))) return true;
  return false;
}

// -- Absolutes -------------------------------------------------------------------------------------

/** Words before a subject "you" that leave it the subject of its clause ("and you…", "lol you…"). */
const BEFORE_SUBJECT: ReadonlySet<string> = new Set(
  'and but so that because cause cuz bc coz cus like honestly seriously lol omg ugh why how then also plus literally tbh'.split(
    ' ',
  ),
);

const PERCEIVE: ReadonlySet<string> = new Set(
  'feel feels felt seem seems seemed looks looked sounds'.split(' '),
);

/** The subject "you" two to four words before token `i` ("you forget every…"), or -1. */
function subjectBefore(doc: Doc, i: number): number {
  const s = sentenceOf(doc, i);
  // "you were / you've been late to literally everything": an auxiliary widens the reach by one.
  let aux = false;
  for (let k = Math.max(s.first, i - 4); k < i - 1; k++)
    aux ||= /^(?:were|was|been|are)$/.test((doc.tokens[k] as Token).w);
  for (let k = i - 2; k >= s.first && k >= i - (aux ? 5 : 4); k--) {
    const x = (doc.tokens[k] as Token).w;
    if ((x === 'you' || x === 'u' || x === "you're" || x === 'ur') && youIsSubject(doc, k)) return k;
  }
  return -1;
}

function youIsSubject(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  if (i === s.first) return true;
  // "it felt like you were…": already said as how it seemed to the writer.
  if (w(doc, i - 1, i) === 'like' && PERCEIVE.has(w(doc, i - 2, i))) return false;
  if (BEFORE_SUBJECT.has((doc.tokens[i - 1] as Token).w)) return true;
  return /[,;:\u2014\u2013]/.test(
    doc.text.slice((doc.tokens[i - 1] as Token).end, (doc.tokens[i] as Token).start),
  );
}

const ORDINALS =
  '3rd|4th|5th|6th|7th|8th|9th|10th|20th|50th|100th|1000th|third|fourth|fifth|sixth|seventh|tenth|twentieth|fiftieth|hundredth|thousandth|millionth|billionth|umpteenth|nth|gazillionth';

/** Words before "the 5th time" that make the count the predicate: "this is", "that's", "like". */
const PREDICATE: ReadonlySet<string> = new Set(
  "is was it's its that's thats this's like literally for now officially".split(' '),
);

/**
 * Totalities after a charge. "every time", "constantly", "all the time" and "always" are the
 * absolutes family's, with rewordings of their own ("…every time I speak" → "…when I speak").
 */
const TOTALITY =
  'everything|every_single_thing|every_day|every_single_day|every_weekend|every_week|every_night|every_morning|every_other_day|nonstop|all_day';

/** Words a charge-totality leaves to other families: absolutes, and "everything" as what was damaged. */
const LEFT_TO_OTHERS: ReadonlySet<string> = new Set(
  'always never constantly continually forever ruin ruins ruined ruining wreck wrecks wrecked wrecking destroy destroys destroyed destroying mess messes messed messing screw screws screwed screwing spoil spoils spoiled spoilt spoiling sabotage sabotaged trash trashed'.split(
    ' ',
  ),
);

/**
 * "you forget every single thing I tell you" → "you forget a lot of things I tell you"; "you
 * interrupt me every day" → "…a lot lately": the least change that takes the totality out.
 */
function totalitySuggest(doc: Doc, m: Match): Draft[] {
  let k = m.first + 1;
  while (k < m.last && !TOTALITY_FIRSTS.has((doc.tokens[k] as Token).w)) k++;
  const out: Draft[] = [];
  if (k < m.last) {
    const a = (doc.tokens[k] as Token).w;
    const things =
      a === 'everything' || (m.last - k === 3 && (doc.tokens[m.last - 1] as Token).w === 'thing');
    out.push(replaceTokens(doc, k, m.last, things ? 'a lot of things' : 'a lot lately'));
  }
  out.push(toSentenceEnd(doc, m.first, LATELY));
  return out;
}
const TOTALITY_FIRSTS: ReadonlySet<string> = new Set(['everything', 'every', 'nonstop', 'all']);

const LATELY = 'Lately this has happened more than once, and it really gets to me.';

// -- Talking down ----------------------------------------------------------------------------------

/** "stop being so hard on yourself": the words after aim the imperative at caring, not at a fault. */
function aimedAtSelf(doc: Doc, end: number): boolean {
  const a = w(doc, end, end - 1);
  const b = w(doc, end + 1, end - 1);
  return (a === 'on' || a === 'to' || a === 'about' || a === 'with') && (b === 'yourself' || b === 'urself');
}

/** Words before "stop"/"quit" that make it a statement, not an imperative ("I stop", "can't stop"). */
const NOT_TOLD: ReadonlySet<string> = new Set(
  "i we they he she it you u i'll we'll can't cant cannot won't wont will would could can didn't didnt don't dont never to gonna wanna should must might may not".split(
    ' ',
  ),
);

/**
 * An imperative, or one after "I need you to" ("i need you to stop being so…"). "stop"/"quit" are
 * imperatives in a run-on too ("its not a big deal stop making it one", "breathe and stop arguing"),
 * unless a subject or a modal comes right before them.
 */
function told(doc: Doc, i: number): boolean {
  if (isImperative(doc, i)) return true;
  const p = w(doc, i - 1, i);
  if (p === 'to') {
    const q = w(doc, i - 2, i);
    return q === 'you' || q === 'u';
  }
  if (p === 'maybe' || p === 'pls' || p === 'plz') return true;
  const v = (doc.tokens[i] as Token).w;
  return (v === 'stop' || v === 'quit') && p !== '' && !NOT_TOLD.has(p);
}

/** What would have gone otherwise: "we wouldn't", "I'd", "it could have". */
const CONSEQUENT = "we|i|it|this|things wouldn't|would|could|couldn't|would've|could've|we'd|i'd";

/**
 * "if you hadn't told her, we wouldn't be in this mess": the condition blames when what followed
 * is bad ("if you hadn't helped me I wouldn't have finished" thanks).
 */
function counterfactual(doc: Doc, first: number): boolean {
  return badAround(doc, first, first, first + 2) && notWarm(doc, first);
}

const COUNTERFACTUAL_OFFER = "I'm really upset about how this turned out, and I'd like us to talk about it.";

/** Before "way to": a way among others ("the best way to lose weight"), not mock praise. */
const NOT_PRAISE: ReadonlySet<string> = new Set(
  'the best only easiest easy fastest quickest quick one another any no better worst good simple sure'.split(
    ' ',
  ),
);

/** Third persons: a story about someone else ("she said our marriage was over"), not words to them. */
function aboutSomeoneElse(doc: Doc): boolean {
  for (const t of doc.tokens) if (THIRD.has(t.w)) return true;
  return false;
}

const INVITE_TALK = 'I can see this really matters to you. Can we talk it through?';

/**
 * "stop being stupid: take the job", "stop being so dumb and call your mum": told not to be foolish,
 * then what to do; "think it through" keeps the point and the rest ("think it through: take the job"),
 * where an invitation to talk would drop it. Only with words after the order.
 */
function thinkItThrough(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  const last = w(doc, m.last - 1, m.first);
  if (!/^(?:stupid|dumb|idiot|moron|ignorant|thick|dense|daft|silly|foolish|a_fool|fool)$/.test(last))
    return [];
  if (m.last >= s.last || (!isClauseEnd(doc, m.last - 1) && w(doc, m.last, m.first) !== 'and')) return [];
  const t = doc.tokens[m.first] as Token;
  return [
    replaceTokens(doc, m.first, m.last, /^\p{Lu}/u.test(t.raw) ? 'Think it through' : 'think it through'),
  ];
}

/** Words for thinking badly that a "stop being…" order can name, one after another. */
const FOOLISH =
  /^(?:stupid|dumb|idiot|moron|ignorant|thick|dense|daft|foolish|fool|deluded|delusional|clueless|idiotic|moronic|dumbass|brainless|brain-dead|dimwit|retarded|naive|gullible|blind)$/;

/**
 * "stop being an ignorant deluded too", "quit being so stupid about it": told to stop thinking badly,
 * the request is kept, kindly ("please be reasonable too"); the words after it stay. "childish"
 * asks them to take it seriously. Other traits keep the invitation to talk.
 */
function beReasonable(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  const last = w(doc, m.last - 1, m.first);
  const silly = /^(?:childish|immature|juvenile)$/.test(last);
  if (!silly && !FOOLISH.test(last)) return [];
  let e = m.last;
  while (
    e < s.last &&
    e < m.last + 3 &&
    (FOOLISH.test(w(doc, e, m.first)) || /^\p{L}{3,}ed$/u.test(w(doc, e, m.first)))
  )
    e++;
  let from = m.first;
  if (/^(?:please|pls|plz|just)$/.test(w(doc, from - 1, from)) && from - 1 >= s.first) from--;
  // "let's be adults and stop being childish": joined to another request, no "please" of its own.
  const joined = from > s.first && /^(?:and|or|to)$/.test(w(doc, from - 1, from));
  const said = `${joined ? '' : 'please '}${silly ? 'take this seriously' : 'be reasonable'}`;
  const t = doc.tokens[from] as Token;
  return [
    replaceTokens(doc, from, e, /^\p{Lu}/u.test(t.raw) ? said[0]?.toUpperCase() + said.slice(1) : said),
  ];
}

/** "if you hadn't…, we wouldn't…": what would have been, laid at their door. */
const COUNTERFACTUAL: Omit<PhraseRule, 'pattern'> = {
  rule: 'counterfactual',
  severity: 2,
  min: 'balanced',
  why: 'fault',
  category: 'blame',
  guard: counterfactual,
  suggest: plain(COUNTERFACTUAL_OFFER),
};

/** Ending it ("our marriage is over", "I want a divorce"): the same finding, however it is said. */
const IT_IS_OVER: Omit<PhraseRule, 'pattern'> = {
  rule: 'it-is-over',
  severity: 2,
  min: 'balanced',
  why: 'ultimatum',
  category: 'withdrawal',
  guard: (doc, first, hit) =>
    !aboutSomeoneElse(doc) &&
    !negatedBefore(doc, hit.end - 1, hit.end - first) &&
    notWarm(doc, first, first, hit.end),
  suggest: plain("I'm really hurt right now, and I need us to talk about where we are."),
};

export const addressed = phraseFamily({
  id: 'addressed',
  category: 'talking-down',
  phrases: [
    // -- talking-down ---------------------------------------------------------------------------
    {
      pattern: 'stop|quit being so|such|this|that|a|an|such_a? @INT? @TRAIT',
      rule: 'stop-being',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first, hit) =>
        told(doc, first) &&
        !aimedAtSelf(doc, hit.end) &&
        !negatedBefore(doc, first, 2) &&
        notWarm(doc, first),
      suggest: (doc, m) => [
        ...thinkItThrough(doc, m),
        ...beReasonable(doc, m),
        ...plain(INVITE_TALK)(doc, m),
      ],
    },
    {
      pattern:
        'stop|quit arguing|bickering|nagging|whining|moaning|complaining|sulking|pouting|overreacting|exaggerating|interrupting|lecturing|acting_up|being_difficult|making_excuses',
      rule: 'stop-arguing',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => told(doc, first) && !negatedBefore(doc, first, 2) && notWarm(doc, first),
      suggest: plain('Can we take a breath and talk about this together?'),
    },
    {
      pattern:
        'stop|quit making this|it|that|everything a_big_deal|a_thing|one|about_you|about_yourself|such_a_big_deal|into_a_thing|a_whole_thing|into_a_big_deal|so_dramatic|a_drama',
      rule: 'making-it',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => told(doc, first) && notWarm(doc, first),
      suggest: plain('I see this differently. Can we talk it through?'),
    },
    {
      pattern:
        "you|u|you'd need_to|needs_to|should|have_to|gotta|got_to|better|must|ought_to work_on|fix|check|watch|control|sort_out|improve|adjust|lose|drop|tone_down your|ur|that attitude|temper|tone|behaviour|behavior|manners|mouth|anger|ego|attitude_problem|people_skills|mindset|language|communication_skills",
      rule: 'work-on',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => !negatedBefore(doc, first, 2) && notWarm(doc, first),
      suggest: plain("I'm finding the way this is going hard. Can we talk about it?"),
    },
    {
      pattern:
        'watch|check|mind|fix|change|adjust|drop|lose|tone_down|lower your|ur attitude|tone|temper|mouth|language|voice|behaviour|behavior',
      rule: 'your-tone',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        if (!told(doc, first) || !notWarm(doc, first)) return false;
        // "lower your voice, the baby's asleep": a voice is lowered for a reason as often as in anger.
        if (w(doc, hit.end - 1, first) !== 'voice') return true;
        const a = w(doc, hit.end, first);
        return a === 'when' || a === 'with' || a === 'at' || a === 'around';
      },
      suggest: plain("I'm finding the way we're talking to each other hard. Can we both slow down?"),
    },
    {
      pattern:
        'read|think|listen|proofread|google|use_your_brain|use_your_head|use_your_eyes|pay_attention|try_reading|try_listening|try_thinking|try_using|try_asking|learn @ANY* next_time',
      rule: 'next-time',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        // "next time you're in town": a time clause, a plan.
        const a = w(doc, hit.end, first);
        if (a === 'you' || a === 'u' || a === "you're" || a === 'ur' || a === 'we' || a === 'i') return false;
        return told(doc, first) && notWarm(doc, first);
      },
      suggest: plain('It would really help me if we could go over this together next time.'),
    },
    // -- withdrawal -------------------------------------------------------------------------------
    {
      pattern: `i|i'm|i'll|imma am|will? not|never|won't|can't|cannot|refuse|don't_want|don't_wanna|no_longer|done even? to|going_to|gonna? be? ${COMM}`,
      rule: 'refuse-talk',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first, hit) => closesDoor(doc, first, hit.end) && notWarm(doc, first, first, hit.end, 2),
      suggest: needSpace,
    },
    {
      pattern: `not|can't|cannot|won't|refuse|done interested_in? ${COMM}`,
      rule: 'refuse-talk',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first, hit) =>
        isSentenceStart(doc, first) &&
        closesDoor(doc, first, hit.end) &&
        notWarm(doc, first, first, hit.end, 2),
      suggest: needSpace,
    },
    {
      pattern: `need|want you|u to stop|quit ${CONTACT_SLOT} me`,
      rule: 'stop-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain("I need some space for a while. I'll reach out when I'm ready."),
    },
    {
      pattern:
        "one_more_time|once_more|keep_it_up|keep_this_up|keep_that_up|like_this_and|like_that_and|one_more_word|one_more_excuse|one_more_lie and|n? i'm|i'll|ill|i|we're|imma|i_swear",
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => threatens(doc, hit.end) && notWarm(doc, first),
      suggest: plain('This really matters to me, and I need it to change. Can we talk about it?'),
    },
    {
      pattern:
        "don't|dont|do_not expect me to be_here|be_there|be_around|be_waiting|wait|care|forgive|come_back|stick_around|stay|cover_for_you|pick_up",
      rule: 'dont-expect',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        const a = w(doc, hit.end, first);
        const last = w(doc, hit.end - 1, first);
        // "don't expect me to be there before 8": a plan; "…to be here when you get back": a threat.
        if (
          (last === 'here' || last === 'there' || last === 'around') &&
          a !== '' &&
          a !== 'when' &&
          a !== 'after' &&
          a !== 'anymore'
        )
          return false;
        return notWarm(doc, first);
      },
      suggest: plain("I'm really hurt by this, and I need us to talk about it."),
    },
    {
      pattern:
        "this|our|the|my|your|ur relationship|marriage|friendship|engagement|partnership|thing_between_us|relationship_with_you is|'s @INT? over|done|finished",
      ...IT_IS_OVER,
    },
    {
      pattern:
        "i|i'm|im|i_am want|need|'m_asking_for|am_asking_for|asking_for a_divorce|to_break_up|to_end_this|to_end_things|to_split_up",
      ...IT_IS_OVER,
    },
    {
      pattern: 'nothing more|else|left to say|discuss|talk_about|add',
      rule: 'nothing-to-say',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      // "I have nothing more to add, looks good": a review done. To you, or at the end of a sour
      // message, a door shut.
      guard: (doc, first, hit) => {
        const a = w(doc, hit.end, first);
        const b = w(doc, hit.end + 1, first);
        const toYou = (a === 'to' || a === 'with') && (b === 'you' || b === 'u');
        if (!toYou && w(doc, hit.end - 1, first) === 'add') return false;
        return (toYou || a === '') && notWarm(doc, first, first, hit.end, 1);
      },
      suggest: plain(NEED_SPACE),
    },
    // -- absolutes --------------------------------------------------------------------------------
    {
      pattern: `the|your ${ORDINALS} time you|u|you've|you're|that|this_week|today|this_month|i've|i'm|i_have|i_had|i|in_a_row`,
      rule: 'nth-time',
      severity: 2,
      min: 'balanced',
      why: 'history',
      category: 'absolutes',
      // "this is the 5th time you…", "like the third time": the count is what is said. "Show me the
      // 20th time you've worn it" asks for an occasion.
      guard: (doc, first) => {
        const p = w(doc, first - 1, first);
        return (
          (p === '' || PREDICATE.has(p) || isSentenceStart(doc, first)) &&
          mentionsYou(doc, first) &&
          // abscon41: the count is a charge of its own ("…I've had to ask you to clean it"), unless thanked.
          notWarm(doc, first, first, first, /thank|love|welcome/.test(lowerSentence(doc, first)) ? 0 : 2)
        );
      },
      suggest: plain(LATELY),
    },
    {
      // Starts at the totality (a rarer word than "you") and looks back for the subject.
      pattern: TOTALITY,
      rule: 'charge-totality',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      // "you forget every single thing", "ur late to everything": a charge between "you" and the
      // totality; "thank you for everything", "you remember everything" have none.
      guard: (doc, first) => {
        const you = subjectBefore(doc, first);
        return (
          you >= 0 &&
          chargeIn(doc, you + 1, first) &&
          !leftToOthers(doc, you, first) &&
          !negatedBefore(doc, first, first - you) &&
          notWarm(doc, first)
        );
      },
      span: (doc, first, hit) => [subjectBefore(doc, first), hit.end],
      suggest: totalitySuggest,
    },
    {
      pattern: 'every|each|always|constantly|all_the_time @ANY? @ANY? @ANY? with|w|from you|u',
      rule: 'with-you',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        const a = w(doc, first + 1, first);
        // abs43: "it's always someone else's fault with you", "it's every weekend with you": the frame.
        const frame =
          /^(?:it's|its)$/.test(w(doc, first - 1, first)) &&
          isBareClauseEnd(doc, hit.end - 1) &&
          !/lov|lol|haha/.test(lowerSentence(doc, first));
        const idiom =
          frame ||
          (w(doc, first, first) === 'always' &&
            (a === 'something' ||
              a === 'drama' ||
              a === 'excuses' ||
              a === 'an' ||
              a === 'some' ||
              // abscon40: "always the victim / the same with you", "always a fight with you"
              a === 'the' ||
              (a === 'a' && isComplaint(w(doc, first + 2, first)))));
        return (
          (frame || hit.end - first < 6) &&
          (idiom || badAround(doc, first, first, hit.end) || turnsInto(doc, first, hit.end)) &&
          notWarm(doc, first, first, first, frame ? 1 : 0)
        );
      },
      suggest: plain('Lately some of our talks have been hard for me, and I would like that to change.'),
    },
    // crossa39: "every single conversation we have turns into a lecture", "each fight we've had ends
    // with you walking out": the shared time said to go the same way (warmth passes: "…ends in laughs").
    {
      pattern: "every|each single? @ANY we|we've|i have|had|'ve_had|get_into",
      rule: 'with-you',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        // What it turns into is about "you" or sour, and no laugh ("…ends with us laughing").
        const s = sentenceOf(doc, first);
        if (hit.end >= s.last) return false;
        const rest = doc.text.slice((doc.tokens[hit.end] as Token).start, s.end);
        return (
          turnsInto(doc, first, hit.end) &&
          (/\b(?:you|u|your|ur)\b/i.test(rest) || badIn(doc, hit.end, s.last)) &&
          !/\b(?:laugh\w*|smil\w*|hug\w*|lol|haha\w*)\b/i.test(rest) &&
          notWarm(doc, first)
        );
      },
      suggest: plain('Lately some of our talks have been hard for me, and I would like that to change.'),
    },
    {
      pattern: "you|u|you've have|got|'ve_got? a|this habit|tendency of|to",
      rule: 'habit',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      guard: (doc, first, hit) =>
        youIsSubject(doc, first) && badAround(doc, first, first, hit.end) && notWarm(doc, first),
      suggest: plain("Lately I've noticed this more than once, and it bothers me."),
    },
    {
      pattern:
        "nothing i|i've do|did|say|said|make|made|try|tried|cook|cooked|suggest|give|gave|buy|bought|done is|was|'s|seems|will|will_ever_be? ever good|good_enough|enough|right|okay|ok|fine",
      rule: 'never-enough',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      guard: (doc, first, hit) => mentionsYou(doc, first) && notWarm(doc, first, first, hit.end),
      suggest: plain('Right now I feel like my effort goes unseen, and that hurts.'),
    },
    {
      // abs43: "nothing you hand in is ever on time", "nothing you've ever organised has started on
      // time" (not "nothing you make is ever boring", "…could ever make me love you less").
      pattern: "nothing you|u|you've|youve @ANY @ANY? @ANY? is|was|has|ever",
      rule: 'never-enough',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        return (
          first === contentStart(doc, s) &&
          / ever\b/.test(lowerSentence(doc, first)) &&
          !badIn(doc, hit.end, s.last) &&
          !/lov|miss|proud|thank|lol|haha|!/.test(lowerSentence(doc, first))
        );
      },
      suggest: (doc, m) => {
        // "nothing you post is ever original" → "I'd like what you post to be original more often".
        const t = doc.tokens;
        let k = m.first + 2;
        while (k < m.last && !/^(?:is|was)$/.test(w(doc, k, k))) k++;
        if (w(doc, k + 1, k) !== 'ever' || k + 2 >= sentenceOf(doc, k).last)
          return plain("Lately I've noticed this more than once, and it bothers me.")(doc, m);
        const end = (t[clauseEnd(doc, k + 2)] as Token).end;
        return [
          {
            start: (t[m.first] as Token).start,
            end,
            text: `I'd like what ${doc.text.slice((t[m.first + 1] as Token).start, (t[k - 1] as Token).end)} to be ${doc.text.slice((t[k + 1] as Token).end, end).trim()} more often`,
          },
        ];
      },
    },
    {
      // "nothing is ever good enough for you", "nothing's ever right for u": the same, with no "I do".
      pattern:
        "nothing_is|nothing_was|nothing's|nothings ever good_enough|enough|right|okay|ok for|with you|u",
      rule: 'never-enough',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      guard: (doc, first, hit) => notWarm(doc, first, first, hit.end),
      suggest: plain('Right now I feel like my effort goes unseen, and that hurts.'),
    },
    {
      pattern: "can't|cannot|don't remember|recall the last time you|u",
      rule: 'last-time',
      severity: 2,
      min: 'balanced',
      why: 'history',
      category: 'absolutes',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain('I miss this, and I would love for us to make time for it.'),
    },
    // -- blame --------------------------------------------------------------------------------------
    {
      pattern: `if you|u had|hadn't|hadnt|didn't|didnt|never|just|were|weren't|werent|wasn't|would've|wouldve @ANY* @ANY? @ANY? ${CONSEQUENT}`,
      ...COUNTERFACTUAL,
    },
    {
      pattern: `if you'd @ANY* @ANY? @ANY? ${CONSEQUENT}`,
      ...COUNTERFACTUAL,
    },
    // The same read by its polarity, its other half before or after: "we'd be fine if you hadn't…".
    ...BLAMING_COUNTERFACTUAL,
    {
      pattern:
        'you|u put|left|got|dragged|landed|stuck|placed me|us in|into this|that|such_a|a|an|the @INT? @ANY? position|situation|spot|mess|bind|corner|predicament|hole',
      rule: 'put-me',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      category: 'blame',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain("I feel stuck in this situation, and I'm upset about it."),
    },
    {
      pattern: 'you|u made|make|makes|got us|the_whole_family|everyone|the_kids @BAD',
      rule: 'made-us',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      category: 'blame',
      guard: (doc, first, hit) => notWarm(doc, first, first, hit.end, 1),
      suggest: plain("I'm upset about how this turned out for us."),
    },
    {
      pattern:
        'way_to|nice_way_to|great_way_to|nice_going|way_to_go @INT? ruining|ruin|wrecking|wreck|breaking|spoiling|spoil|embarrassing|embarrass|ditching|ditch|forgetting|ignoring|ignore|blowing|messing_up|screwing_up|mess_up|screw_up|losing|lose|killing|kill',
      rule: 'thanks-for-ruining',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'blame',
      guard: (doc, first, hit) =>
        !NOT_PRAISE.has(w(doc, first - 1, first)) && notWarm(doc, first, first, hit.end, 1),
      suggest: plain("I'm really upset about how this went."),
    },
    {
      // "thanks for…" is sincere more often: only with ruin itself ("thanks for ruining my day").
      pattern:
        'thanks|thank_you|thx|ty for @INT? ruining|wrecking|spoiling|embarrassing|ditching|humiliating|sabotaging|destroying',
      rule: 'thanks-for-ruining',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'blame',
      guard: (doc, first, hit) => notWarm(doc, first, first, hit.end, 1),
      suggest: plain("I'm really upset about how this went."),
    },
    // -- contempt -----------------------------------------------------------------------------------
    {
      pattern:
        'congrats|congratulations|bravo|kudos|well_done|good_job|great_job|nice_job|way_to_go on|for being so|such_a|a|an? @INT? @FAULT',
      rule: 'mock-praise',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      suggest: plain("I'm frustrated about how this went."),
    },
    // cluster40: "congrats on being the slowest learner in the office", "…the world's laziest
    // housemate", "…the most exhausting person here": praised for topping a fault.
    {
      pattern: 'congrats|congratulations|bravo|kudos on|for being the',
      rule: 'mock-praise',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      guard: (doc, first, hit) => {
        const k = hit.end + +(w(doc, hit.end, first) === "world's");
        const x = w(doc, k, first);
        const y = w(doc, k + 1, first);
        const stem = x.replace(/(\w)\1?[ie]?est$/, '$1');
        return (
          (x === 'worst' ||
            (x === 'most'
              ? isComplaint(y) || /^(?:exhaust|drain|tir)ing$/.test(y)
              : x === 'least'
                ? valence(y) > 0
                : /est$/.test(x) &&
                  (isComplaint(stem) ||
                    isComplaint(`${stem}y`) ||
                    /^(?:slow|laz)/.test(stem) ||
                    (x === 'biggest' && isComplaint(y))))) &&
          // "Big congrats on…", "…the most useless support agent": the praise and the role said nothing.
          notWarm(doc, first, sentenceOf(doc, first).first, k + 3)
        );
      },
      // Only the superlative and its noun: a finding on the whole ("contempt.worst") keeps its card.
      span: (doc, first, hit) => {
        const k = hit.end + +(w(doc, hit.end, first) === "world's");
        return [k, Math.min(k + 2, sentenceOf(doc, first).last)];
      },
      // The role they were judged in stays: "…the slowest learner in the office" → "I'm really
      // disappointed in you as a learner."
      suggest: (doc, m) => {
        const st = sentenceOf(doc, m.first);
        let k = st.first;
        while (k < st.last && !/^(?:worst|most|least|biggest|greatest|\w+est)$/.test(w(doc, k, m.first))) k++;
        k += /^(?:most|least)$/.test(w(doc, k, m.first)) ? 2 : 1;
        let role = w(doc, k, m.first);
        const next = w(doc, k + 1, m.first);
        if (/^[a-z]+$/.test(next) && !ROLE_STOP.test(next)) role += ` ${next}`;
        return [
          toSentenceEnd(
            doc,
            st.first,
            /^[a-z]+(?: [a-z]+)?$/.test(role) &&
              !ROLE_STOP.test(role.split(' ')[0] as string) &&
              role !== 'person'
              ? `I'm really disappointed in you as a ${role}.`
              : "I'm frustrated about how this went.",
          ),
        ];
      },
    },
    // "congrats on the most useless reply", "bravo on your worst take yet": the praise of a superlative fault.
    {
      pattern:
        'congrats|congratulations|bravo|kudos|well_done on|for the|your|that|this most|worst|dumbest|laziest @TRAIT?',
      rule: 'mock-praise',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      // Not praise that sounds rough ("the most insane comeback") nor a bad time left behind ("the
      // worst week being over").
      guard: (doc, first, hit) =>
        !/^(?:most|ridiculous|insane|crazy|extra)$/.test(w(doc, hit.end - 1, first)) &&
        !/^(?:being|is|behind)$/.test(w(doc, hit.end + 1, first)) &&
        notWarm(doc, first, first, hit.end),
      suggest: plain("I'm frustrated about how this went."),
    },
    {
      pattern: "sure|suure|suuure|yeah_right|oh_sure|riiight you|u|you're|you've|you'd",
      rule: 'ironic-sure',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      guard: (doc, first) => {
        // "I'm sure you…", "make sure you…": not an opener of irony.
        if (!isSentenceStart(doc, first)) return false;
        const s = sentenceOf(doc, first);
        for (let k = first; k < s.last && k < first + 8; k++)
          if ((doc.tokens[k] as Token).mention) return true;
        return /\u{1F644}|\u{1F612}|\u{1F611}/u.test(
          doc.text.slice(s.start, Math.min(doc.text.length, s.end + 4)),
        );
      },
      suggest: plain("I'm finding this hard to believe, and it hurts."),
    },
    {
      pattern:
        'typical|classic|more|such|the_usual|your_usual @INT? @FAULT? behaviour|behavior|move|attitude|stunt|excuse|excuses|nonsense|crap|bs|drama|garbage|bullshit from|of you|u',
      rule: 'from-you',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      category: 'contempt',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain('That really bothered me.'),
    },
  ],
});
