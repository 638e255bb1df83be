/**
 * Contempt aimed at the person without a stock insult word: disgust ("I'm disgusted by you"),
 * verdicts on who they are ("you're embarrassing", "ur so cringe", "a waste of space", "what a
 * joke you are") and mock admiration ("look at you, thinking you're special"). Each names "you";
 * the same words about a thing or about oneself pass ("the wifi is pathetic", "I feel pathetic").
 */
import { COMMON_WORDS, INSULT_ADJECTIVES, INSULT_NOUNS, isComplaint, valence } from '../lexicon';
import type { Doc, Token } from '../text';
import type { Category } from '../types';
import type { WhyKey } from '../why';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  type Draft,
  isBareClauseEnd,
  isClauseEnd,
  isImperative,
  isSentenceStart,
  type Match,
  mentionsYou,
  negatedBefore,
  notWarmOutside,
  opensQuote,
  polarityNoLaughter,
  removeTokens,
  replaceTokens,
  says,
  sentenceOf,
  toSentenceEnd,
  tokenWord as w,
  wholeKeepingOpeners,
} from './rule';
import { someoneBefore } from './targets';

const whole =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => [wholeKeepingOpeners(doc, m.first, text)];

/** What a two-word label says someone is doing, said of this time: "a sore loser" takes a loss hard. */
const LABEL_POINT: Readonly<Record<string, string>> = {
  loser: 'taking this loss hard',
  queen: 'making this bigger than it is',
  crybaby: 'getting really upset',
  freak: 'holding on to control too tightly',
  cheapskate: 'being tight with money',
  freeloader: 'not paying your share',
  mooch: 'not paying your share',
};

/** The same before "about" or "over" and what it is about. */
const LABEL_POINT_ABOUT: Readonly<Record<string, string>> = {
  queen: 'making a big deal',
  crybaby: 'getting really upset',
  cheapskate: 'being tight',
};

/**
 * "you are one sore loser" → "you are taking this loss hard", "ur such a drama queen" → "you're making
 * this bigger than it is": the label's point said of what they do now, in the person's own "you",
 * never a feeling of ours that drops what it was about. Null for the labels that say no more than
 * disapproval ("a hot mess"), and after "you've been".
 */
function labelPoint(doc: Doc, m: Match): Draft | null {
  const last = w(doc, m.last - 1);
  // "a drama queen about the thermostat": what they are making much of follows ("making a big deal
  // about the thermostat"); a label with no such form keeps the feeling.
  const about = /^(?:about|over)$/.test(w(doc, m.last));
  const point = about ? LABEL_POINT_ABOUT[last] : LABEL_POINT[last];
  if (!point || (last === 'loser' && w(doc, m.last - 2) !== 'sore')) return null;
  if (
    (last === 'queen' && w(doc, m.last - 2) !== 'drama') ||
    (last === 'freak' && w(doc, m.last - 2) !== 'control')
  )
    return null;
  const first = doc.tokens[m.first] as Token;
  const second = w(doc, m.first + 1);
  let subject: string;
  if (/^(?:you're|youre)$/.test(first.w)) subject = first.raw;
  else if (first.w === 'you' && second === 'are')
    subject = doc.text.slice(first.start, (doc.tokens[m.first + 1] as Token).end);
  else if (/^(?:ur|u|you)$/.test(first.w)) subject = /^[UY]/.test(first.raw) ? "You're" : "you're";
  else return null;
  return replaceTokens(doc, m.first, m.last, `${subject} ${point}`);
}

/** The sentence is not warm outside tokens [first, end): praise there is not the matched words' own. */
const notWarm = (doc: Doc, first: number, end = first): boolean =>
  notWarmOutside(doc, first, end, polarityNoLaughter);

const VERDICT =
  'basic|embarrassing|embarrasing|embarassing|cringe|cringey|cringy|gross|disgusting|revolting|vile|repulsive|useless|worthless|hopeless|a_waste_of_space|a_waste_of_oxygen|a_waste_of_air|a_complete_waste_of_space|a_total_waste_of_space|an_embarrassment|a_laughingstock|a_laughing_stock|a_lost_cause';

/** Small acts of courtesy asked for as if they were beyond the other person ("how hard is it to reply"). */
const COURTESY =
  'reply|respond|answer|text|call|listen|read|say|clean|flush|put|pick|show|tell|wash|close|send|check|help|let|give|pay';

/** The writer as subject: the question is about their own task. */
const SELF = /\b(?:i|i'm|im|i've|ive|i'd|i'll|myself|we|we're)\b/i;

/** Snorts and laughs that open a mock disbelief ("pfft as if you could"). */
const MOCK_OPENERS: ReadonlySet<string> = new Set('pfft pff psh pssh lol lmao haha ha yeah oh'.split(' '));

/** The person's words from token `i` to the end of its sentence, without the closing marks. */
function rest(doc: Doc, i: number, from = i): string {
  // Past the sentence of token `from` (the match's own), nothing is left.
  const s = sentenceOf(doc, Math.min(from, doc.tokens.length - 1));
  if (i >= s.last) return '';
  return doc.text.slice((doc.tokens[i] as Token).start, (doc.tokens[s.last - 1] as Token).end);
}

/** From the sentence's start, or with the words after the match as a request: "Could you please text back?". */
const ask =
  (lead: string, end: string, skip = 0) =>
  (doc: Doc, m: Match): Draft[] => {
    const r = rest(doc, m.last + skip, m.last - 1);
    return [
      toSentenceEnd(
        doc,
        sentenceOf(doc, m.first).first,
        r ? `${lead} ${r}${end}` : "I'd really appreciate it.",
      ),
    ];
  };

/** Hearts, "miss you", "love you": a nudge made with love ("would it kill you to visit more? we miss you"). */
const FOND_NEAR =
  /\u2764|\u2665|\u{1F60D}|\u{1F970}|\u{1F618}|\u{1F495}|\u{1F496}|\u{1F60A}|\u{1F917}|<3|\b(?:miss|love) (?:you|u|ya)\b/iu;

/** The text around tokens [first, end): 80 characters before, 120 after (other sentences too). */
function near(doc: Doc, first: number, end: number): string {
  const a = (doc.tokens[first] as Token).start;
  const b = (doc.tokens[end - 1] as Token).end;
  return doc.text.slice(Math.max(0, a - 80), b + 120);
}

/** Not warm around tokens [first, end): no praise in its sentence, no hearts or "miss you" near. */
const cool = (doc: Doc, first: number, end: number): boolean =>
  notWarm(doc, first) && !FOND_NEAR.test(near(doc, first, end));

/** Like `cool`, with the matched words' own praise left out ("ok mr perfect", "because you're so perfect"). */
const coolAround = (doc: Doc, first: number, end: number): boolean =>
  notWarm(doc, first, end) && !FOND_NEAR.test(near(doc, first, end));

/** A superlative of a fault ("laziest", "rudest", "most selfish" is read elsewhere). */
function faultSuperlative(x: string): boolean {
  if (!/^\p{L}{2,}est$/u.test(x)) return false;
  const stem = x.slice(0, -3);
  for (const base of [stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(\p{L})\1$/u, '$1')])
    if (INSULT_ADJECTIVES.has(base) || valence(base) < 0) return true;
  return false;
}

/** Orders that "already" makes impatient, after their fill ("just answer the question already"). */
const ALREADY_ASK =
  /^(?:answer|respond|reply|pick|choose|decide|make (?:up )?(?:your|ur) mind|admit it|apologi[sz]e|get to the point|hurry up|spit it out|tell me)\b/;
/**
 * "the gig moved to a Monday, which is about as much use as a chocolate teapot": after its copula,
 * the likeness says what was meant plainly ("which is not much use"); the rest of the sentence stays.
 */
function muchUse(doc: Doc, m: Match): Draft[] | null {
  const s = sentenceOf(doc, m.first);
  if (
    m.first <= s.first ||
    !/^(?:is|was|are|were|be|being|been|'s|it's|its|that's|thats)$/.test(w(doc, m.first - 1))
  )
    return null;
  let e = m.last - 1;
  while (e < s.last - 1 && !isClauseEnd(doc, e)) e++;
  const help =
    w(doc, m.first + 3) === 'help'
      ? 'not much help'
      : w(doc, m.first + 3) === 'good'
        ? 'not much good'
        : 'not much use';
  return [replaceTokens(doc, m.first, e + 1, help)];
}

const ALREADY_DROP = /^(?:move on|drop it|let it go|give it a rest|deal with it)$/;
const ALREADY_FILL =
  /^(?:(?:ok|okay|so|just|pls|please|seriously|god|omg|ugh|like|can|could|will|would|why|can't|cant|won't|wont|don't|dont|you|u)\s+)*/;

/** The order before "already" at token `i`, without its fill, and where it starts; or null. */
function alreadyOrder(doc: Doc, i: number): [string, number] | null {
  const s = sentenceOf(doc, i);
  let c = i;
  while (c > s.first && c > i - 8 && !isClauseEnd(doc, c - 1)) c--;
  if (c === i) return null;
  const said = doc.text
    .slice((doc.tokens[c] as Token).start, (doc.tokens[i - 1] as Token).end)
    .toLowerCase()
    .replace(/\u2019/g, "'");
  const order = said.replace(ALREADY_FILL, '');
  return ALREADY_ASK.test(order) || ALREADY_DROP.test(order) ? [order, c] : null;
}

/** Letters a masked or trailing-off swear word starts with ("you ungrateful bast…", "you absolute f-"). */
const MASKED = 'bast|f|fu|fuc|sh|s|c|cu|d|di|b|bi|tw|pr|wank|ar|arse';
/** Right after the letters: dots, an ellipsis, a dash or stars, then nothing more of the word. */
const MASK_AFTER = /^(?:\u2026|\.{2,}|-+|\*+)(?=$|[\s.!?,)])/;

const nw = (doc: Doc, first: number): boolean => notWarm(doc, first);
/** lexa38: the sentence's words before token `first`; after token `end - 1`; cool after a hit. */
// Bounded (150 characters): a long run-on sentence costs no more than a short one.
const textBefore = (doc: Doc, first: number): string => {
  const e = (doc.tokens[first] as Token).start;
  return doc.text.slice(Math.max(sentenceOf(doc, first).start, e - 150), e);
};
const textAfter = (doc: Doc, end: number): string => {
  const b = (doc.tokens[end - 1] as Token).end;
  return doc.text.slice(b, Math.min(sentenceOf(doc, end - 1).end, b + 150));
};
const cl = (doc: Doc, first: number, hit: { end: number }): boolean => cool(doc, first, hit.end);
/** At severity 1, so that an older family's card leads, unchanged, where both read the same words. */
const J1 = (...a: Parameters<typeof J>): PhraseRule => ({ ...J(...a), severity: 1 });
const TD: Category = 'talking-down';
const FRUSTRATED = "I'm really frustrated with how this went.";
const SEE = 'I see this differently.';
const BETTER = "I think this could be better, and I'm frustrated.";

/** An entry of severity 2 at balanced; `o.suggest` says it another way (left out of the detect bundle). */
function J(
  pattern: string,
  rule: string,
  why: WhyKey,
  o: Pick<PhraseRule, 'suggest'>,
  guard?: PhraseRule['guard'],
  category?: Category,
): PhraseRule {
  return { pattern, rule, severity: 2, min: 'balanced', why, guard, category, ...o };
}

/**
 * "think before you type", "maybe try thinking before you post": an order that opens its sentence
 * keeps its request, asked ("could you take a moment before you post?"), and tells nobody they
 * don't think. Said of someone else or in the middle of a sentence, the feeling line.
 */
function takeAMoment(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  const t = doc.tokens;
  let k = m.first;
  let next = false;
  while (k > s.first) {
    const p = w(doc, k - 1);
    if (p === 'time' && w(doc, k - 2) === 'next') {
      next = true;
      k -= 2;
    } else if (/^(?:try|maybe|perhaps|just|please|pls|so|should|gotta)$/.test(p)) k--;
    else if (p === 'to' && /^(?:need|have)$/.test(w(doc, k - 2))) k -= 2;
    else if (/^(?:you|u)$/.test(p) && k < m.first && /^(?:should|need|have|gotta)$/.test(w(doc, k))) k--;
    else break;
  }
  if (k > s.first || m.first + 1 >= s.last || !/^(?:before|b4)$/.test(w(doc, m.first + 1)))
    return whole('That hurt, and I wish it had been thought through.')(doc, m);
  // The ask ends with its clause; a clause after a comma stays as it was.
  let e = m.first + 1;
  while (e < s.last - 1 && !/[,;:]/.test(doc.text.slice((t[e] as Token).end, (t[e + 1] as Token).start))) e++;
  const rest = doc.text.slice((t[m.first + 1] as Token).start, (t[e] as Token).end);
  const lead = next ? 'Next time, could you take a moment' : 'Could you take a moment';
  const text = /^\p{Lu}/u.test((t[k] as Token).raw) ? lead : lead.toLowerCase();
  if (e < s.last - 1) {
    // "…, it makes you look less foolish": the clause after it keeps the lesson; the feeling line.
    for (let k = e + 1; k < s.last; k++)
      if (/^(?:you|your|u|ur|you're|youre|yourself)$/.test((t[k] as Token).w))
        return whole('That hurt, and I wish it had been thought through.')(doc, m);
    const n = t[e + 1] as Token;
    const nx = text === lead ? (n.raw[0] ?? '').toUpperCase() + n.raw.slice(1) : n.raw;
    return [{ start: (t[k] as Token).start, end: n.end, text: `${text} ${rest}? ${nx}` }];
  }
  return [toSentenceEnd(doc, k, `${text} ${rest}?`)];
}

const A = (p: string, o: Pick<PhraseRule, 'suggest'>, g?: PhraseRule['guard']) =>
  J(p, 'annoyed', 'mockery', o, g);
const C = (p: string, o: Pick<PhraseRule, 'suggest'>, g?: PhraseRule['guard']) =>
  J(p, 'capacity', 'insult', o, g);
const M = (p: string, o: Pick<PhraseRule, 'suggest'>, g?: PhraseRule['guard']) =>
  J(p, 'mock-belief', 'mockery', o, g);

/** "I see this differently." in place of the whole sentence ("sure, because you're such a catch"). */
const seeAll = (doc: Doc, m: Match): Draft[] => {
  const f = sentenceOf(doc, m.first).first;
  return [toSentenceEnd(doc, f, SEE, (doc.tokens[f] as Token).start)];
};

/** Mock titles: "ok mr know-it-all", "look at miss perfect", "thanks captain obvious". */
const TITLE = 'mr|mister|miss|little_miss|lil_miss|mrs|ms|sir|lady|lord|captain|professor';
const MOCK_TITLE =
  'perfect|important|know_it_all|knowitall|smarty|smartypants|smarty_pants|big_shot|bigshot|hotshot|hot_shot|tough_guy|high_and_mighty|righteous|obvious';

/** A mock title called ("ok mr know-it-all, enlighten me"): the title goes, the rest stays. */
function mockTitleSuggest(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  if (m.first > s.first && m.last < s.last && isClauseEnd(doc, m.last - 1))
    return [removeTokens(doc, m.first, m.last, 'Leave out the title'), ...whole(SEE)(doc, m)];
  return whole("That bothered me, and I'd like to talk about it.")(doc, m);
}

/** cluster40: love, a fond or laughing emoji anywhere: a mock title is teasing. */
const fondText = (doc: Doc, i: number) => {
  const nr = near(doc, i, i + 1);
  return FOND_NEAR.test(nr) || /\u{1F602}|\u{1F923}|\bproud\b/u.test(nr);
};
const MOCK_TITLE_RE = new RegExp(`^(?:${MOCK_TITLE})$`);
const CALLED_AFTER = /^(?:ok|okay|k|sure|yeah|oh|right|fine|wow|great|good|look|at|lol|lmao|thanks|cheers)$/;
/** cluster40: a mock title called out after "ok / sure / oh great / look at / thanks", no cheer after it, nothing fond. */
const calledOut = (doc: Doc, first: number, end: number) =>
  CALLED_AFTER.test(w(doc, first - 1)) &&
  // "thanks mr perfect, the cake was amazing": thanked with a fond name.
  !(/^(?:thanks|cheers)$/.test(w(doc, first - 1)) && valence(w(doc, end - 1)) > 0) &&
  !/^\s*!/.test(doc.text.slice((doc.tokens[end - 1] as Token).end)) &&
  !fondText(doc, first);
/** cluster40: roles made a mock title ("mr expert", "miss financial advisor"). */
const MOCK_ROLE =
  /^(?:expert|advis[eo]r|scientist|lawyer|doctor|detective|organi[sz]ed|responsible|punctual|popular|busy)$/;

/** Openers a mock title is called after ("ok mr perfect", "look at mr important", "thanks captain obvious"). */
const TITLE_OPENERS =
  /^(?:ok|okay|k|alright|sure|well|yes|yeah|yep|thanks|thank|cheers|listen|look|at|oh|hey|right|fine|wow|so|hi|hello|morning|evening|bye|sorry)$/;

/** What "you have the X of a…" likens: a faculty, a manner, a skill. */
const FACULTY =
  'attention_span|memory|brain|brains|emotional_intelligence|people_skills|work_ethic|self_awareness|patience|iq|emotional_range|emotional_depth|depth|personality|manners|social_skills|common_sense|tact|charm|empathy|maturity|intelligence|spine|backbone|sense_of_humour|sense_of_humor|reading_skills|reading_comprehension|brain_cells|focus|collective_iq|coordination|reflexes|charisma|fashion_sense|logic|judgement|judgment|vocabulary|listening_skills';

/** Things "you have the X of a…" can be likened to in praise ("the patience of a saint", "the memory of an elephant"). */
const PRAISED_LIKENESS: ReadonlySet<string> = new Set(
  'saint angel lion elephant god goddess queen king champion hero genius pro ninja surgeon monk hawk eagle laser sniper cat poet professor scholar rockstar'.split(
    ' ',
  ),
);

/** Useless things an ironic "as useful as a…" likens someone to ("a chocolate teapot", "a broken umbrella"). */
const USELESS_LIKENESS =
  /^(?:chocolate|broken|wet|paper|cardboard|screen|glass|inflatable|rubber|fart|ashtray|handbrake|soggy|leaky|burst)$/;

/** What "how little you…" is said of, and what to say instead of it. */
const LITTLE_CARE = /^(?:care|respect|value|appreciate|love|cared|respected|valued|appreciated|loved)$/;
const LITTLE_HELP = /^(?:help|contribute|bother|do|helped|contributed|bothered|did|pitch)$/;

/** The token at `i` is wrapped in quote marks as said by others: your "job", your “friends”. */
function scareQuoted(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token | undefined;
  if (!t) return false;
  return (
    /["\u201C]$/.test(doc.text.slice(Math.max(0, t.start - 1), t.start)) &&
    /^["\u201D]/.test(doc.text.slice(t.end, t.end + 1))
  );
}

/**
 * "You say the problems are with your "past"": the quote marks give back the person's own word,
 * said earlier in the sentence by "you" with a verb of saying or thinking.
 */
function quotingThem(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = Math.max(s.first, first - 12); k < first - 1; k++)
    if (
      w(doc, k) === 'you' &&
      /^(?:say|said|mention|mentioned|describe|described|write|wrote|refer|referred|feel|felt|think|thought|believe|worry|worried)$/.test(
        w(doc, k + 1),
      )
    )
      return true;
  return false;
}

/** Words ending in "s" that compare or are no group: "looks like you", "sounds like you". */
const NOT_GROUP = /^(?:looks|seems|sounds|feels|acts)$/;

/**
 * "people like you ruined this sub", "libs like you would cry over a parking ticket", "because of
 * people like you the project is a mess": the reader put in a group and the group run down. The
 * group opens its clause (or follows "because of"), and what is said of it is a complaint, with
 * nothing kind in its clause. Not "people like you make this worth it", "we need more people like
 * you", "people like you who are new", "nurses like you fight so hard" (effort is no fault).
 */
function groupRunDown(doc: Doc, like: number, hit: { end: number }): boolean {
  const first = like - 1;
  const g = w(doc, first);
  const s = sentenceOf(doc, like);
  // crossa38: "thanks to people like you the forum is dead" as "because of"; "it's players like you
  // who ruin every match", "…until people like you showed up and ruined it": the group opens a clause.
  const byOf =
    (w(doc, first - 1) === 'of' && /^(?:because|cause|cuz|bc)$/.test(w(doc, first - 2))) ||
    (w(doc, first - 1) === 'to' && w(doc, first - 2) === 'thanks');
  const cleft = first - 1 === s.first && /^(?:it's|its|it_is)$/.test(w(doc, first - 1));
  if (
    first < s.first ||
    !/^(?:\p{L}{3,}s|people|men|women|ppl)$/u.test(g) ||
    NOT_GROUP.test(g) ||
    !(
      first === s.first ||
      isClauseEnd(doc, first - 1) ||
      byOf ||
      cleft ||
      /^(?:until|till|til)$/.test(w(doc, first - 1))
    ) ||
    // "people like you are the reason…", "… are idiots": blame's and the insults' (a copula).
    (!byOf &&
      !(cleft && /^(?:who|that)$/.test(w(doc, hit.end))) &&
      /^(?:who|that|do|did|are|r|is|were|was)$/.test(w(doc, hit.end))) ||
    doc.text.slice(s.start, s.end).includes('?')
  )
    return false;
  const to = byOf ? s.last : Math.min(s.last, hit.end + 10);
  let bad = false;
  for (let k = hit.end; k < to; k++) {
    if (
      (isComplaint(w(doc, k)) ||
        /^(?:lock(?:ed)?|banned|unplayable|unusable|wasteland|trashed)$/.test(w(doc, k))) &&
      !/^(?:fight|struggl|hard|battl)/.test(w(doc, k))
    )
      bad = true;
  }
  return bad && polarityNoLaughter(doc, first, to).pos === 0;
}

/** Likened to something that is no praise ("a goldfish", not "a saint"). */
const likenedDown: NonNullable<PhraseRule['guard']> = (doc, _first, hit) =>
  !PRAISED_LIKENESS.has(w(doc, hit.end)) && !PRAISED_LIKENESS.has(w(doc, hit.end + 1));

export const disdain = phraseFamily({
  id: 'disdain',
  category: 'contempt',
  phrases: [
    {
      pattern: 'like you|u|yourself',
      triggers: ['like'],
      rule: 'group-label',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: groupRunDown,
      span: (_doc, first, hit) => [first - 1, hit.end],
      // After a clause of its own ("…, people like you ruined this sub"), that clause stays.
      suggest: (doc, m) =>
        m.first > sentenceOf(doc, m.first).first && w(doc, m.first - 1) !== 'of'
          ? [toSentenceEnd(doc, m.first, 'I feel really frustrated with you right now.')]
          : whole('I feel really frustrated with you right now.')(doc, m),
    },
    {
      pattern:
        "i'm_honestly|i_am_honestly|i'm|im|i_am|i_feel|i_was @INT? disgusted|ashamed|repulsed|sickened by|with|of you|u",
      rule: 'disgust',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: whole("I'm really upset about what happened."),
    },
    {
      pattern: `you're_being|ur_being|you_are_being|you're|youre|you_are|ur|u_r|you_is|u_is|u_are|you_r|you_been actually|literally|just|honestly|lowkey? @INT? ${VERDICT}`,
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        // "you're useless at lying, love" teases a skill; "you're hopeless at maths" too.
        const next = w(doc, hit.end);
        // Stock insult words after a well-formed "you're" belong to the insults family.
        if (INSULT_ADJECTIVES.has(w(doc, hit.end - 1)) && w(doc, first + 1) !== 'is') return false;
        return (
          next !== 'at' && next !== 'with' && !negatedBefore(doc, first, 2) && notWarm(doc, first, hit.end)
        );
      },
      suggest: whole("I'm really upset about how this went."),
    },
    {
      pattern: 'a|such_a|the|complete|total|absolute|utter waste of space|oxygen|air|skin',
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        for (let k = s.first; k < s.last; k++)
          if (/^(?:you|u|you're|youre|ur|your)$/.test(w(doc, k))) return true;
        return false;
      },
      suggest: whole("I'm really upset about how this went."),
    },
    {
      pattern:
        'what|wat|wut|such a|an joke|clown|loser|disgrace|embarrassment|waste|mess|failure you|u are|r|were|is',
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, _first, hit) => isClauseEnd(doc, hit.end - 1),
      suggest: whole("I'm really frustrated with how this went."),
    },
    {
      pattern:
        "you're|youre|ur|you_are|u_r|you_is a|an|such_a|such_an walking|total|complete|absolute|utter|massive|huge? embarrassment|disgrace|laughingstock|laughing_stock",
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: whole("I'm really upset about how this went."),
    },
    {
      pattern: "you're|youre|ur|you_are the punchline|joke|laughingstock|laughing_stock",
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => !negatedBefore(doc, first, 2) && notWarm(doc, first, hit.end),
      suggest: whole("I'm really frustrated with how this went."),
    },
    {
      pattern:
        "thinking|think|thinks|acting_like|pretending you're|youre|ur|you_are|u_r @INT? special|smart|clever|better|cool|funny|hot|tough|all_that|hot_stuff|someone|somebody|the_shit|a_big_deal|important|superior",
      rule: 'mock',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => {
        // "look at you, thinking you're special", "u think ur so smart": the frame mocks; a
        // sincere "I think you're smart" is the speaker's own view.
        const s = sentenceOf(doc, first);
        const prev = first > s.first ? w(doc, first - 1) : '';
        if (prev === 'i' || prev === 'really' || prev === 'we') return false;
        const text = doc.text.slice(s.start, Math.min(doc.text.length, s.end + 1));
        if (text.includes('?')) return false;
        return (
          /\b(?:look at (?:you|u)|(?:you|u) (?:really )?think|so|such|lol|lmao|😂|🙄|huh|oh)\b|😂|🙄|🤡/iu.test(
            text,
          ) && !negatedBefore(doc, first, 2)
        );
      },
      suggest: whole("That bothered me, and I'd like to talk about it."),
    },

    // -- Annoyed questions and mock requests ----------------------------------------------------
    // "how hard is it to reply?", "how hard can it be to flush": a small courtesy asked for as if
    // it were beyond the other person; "how hard is the exam?" asks.
    // Asked about one's own task ("how hard is it to read the meter? I can never find it"), it asks.
    A(
      `how hard|difficult is_it|can_it_be to ${COURTESY}`,
      { suggest: ask('It would mean a lot if you could', '.', -1) },
      (doc, first) => nw(doc, first) && !says(doc, SELF),
    ),
    A(
      `is|was it|that really|seriously? so|that|this hard|difficult to ${COURTESY}`,
      { suggest: ask('It would mean a lot if you could', '.', -1) },
      (doc, first) => isSentenceStart(doc, first) && nw(doc, first) && !says(doc, SELF),
    ),
    A("is_it|it's physically|literally|actually? impossible for you|u to", {
      suggest: ask('It would mean a lot if you could', '.'),
    }),
    A(
      "would|will|wouldn't|it_wouldn't|it_won't it? kill you|u|ya to",
      { suggest: ask('Could you please', '?') },
      (doc, first, hit) => !FOND_NEAR.test(near(doc, first, hit.end)),
    ),
    // Asked of someone, it opens its sentence or names them; "…like is it too much to ask for
    // mindless fun?" in a rant about an app asks no one.
    A(
      'is|was it|that|this really|seriously|honestly? too much to ask|expect',
      {
        suggest: (doc, m) =>
          w(doc, m.last) === 'that'
            ? ask("I'd really appreciate it if", '.', 1)(doc, m)
            : ask("I'd really appreciate", '.', 1)(doc, m),
      },
      // What is asked follows: "…to ask for a reply", "…to ask that you call" ("…to ask if you could
      // grab milk?" asks kindly).
      (doc, first, hit) =>
        /^(?:that|for)$/.test(w(doc, hit.end)) &&
        (isSentenceStart(doc, first) || mentionsYou(doc, first)) &&
        cool(doc, first, hit.end),
    ),
    // "you could at least say sorry", "u could at least have called": the least of courtesies,
    // said as a reproach; "you could at least try it, you might love it!" coaxes.
    A(
      'you|u could|can at_least|atleast|at_the_very_least',
      {
        suggest: (doc, m) =>
          // From "you" on: "i waited two hours and you could at least have called" keeps its start.
          [
            toSentenceEnd(
              doc,
              m.first,
              w(doc, m.last) === 'have'
                ? `I really wish you had ${rest(doc, m.last + 1, m.last)}`.trimEnd()
                : `It would mean a lot if you could ${rest(doc, m.last, m.last - 1)}`.trimEnd(),
            ),
          ],
      },
      (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        // "if you go yourself, you could at least discuss…": advice on a condition.
        for (let k = Math.max(s.first, first - 16); k < first; k++)
          if (/^(?:if|maybe|perhaps|then|otherwise|or)$/.test(w(doc, k))) return false;
        return hit.end + (w(doc, hit.end) === 'have' ? 1 : 0) < s.last && cool(doc, first, hit.end);
      },
    ),
    // "the least you could do is apologise"
    A(
      "the_least|least you|u could|can|could've do is|was|would_be",
      { suggest: ask('It would mean a lot if you could', '.') },
      (doc, first, hit) => hit.end < sentenceOf(doc, first).last && cool(doc, first, hit.end),
    ),
    // "just answer the question already", "move on already": an order made impatient.
    {
      pattern: 'already',
      rule: 'already',
      // `alreadyOrder`: a word of ALREADY_ASK or ALREADY_DROP in the message, in any case.
      pre: (text) =>
        /answer|respond|reply|pick|choose|decide|mind|admit|apolog|point|hurry|spit|tell me|move on|drop it|let it|a rest|deal with/iu.test(
          text,
        ),
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'heat',
      guard: (doc, first) =>
        isClauseEnd(doc, first) && alreadyOrder(doc, first) !== null && cool(doc, first, first + 1),
      span: (doc, first) => [(alreadyOrder(doc, first) as [string, number])[1], first + 1],
      suggest: (doc, m) => {
        const o = alreadyOrder(doc, m.last - 1) as [string, number];
        const said = o[0] === 'spit it out' ? 'tell me what you mean' : o[0];
        return [
          replaceTokens(
            doc,
            m.first,
            m.last,
            ALREADY_DROP.test(o[0]) ? "I'd really like us to move on from this" : `Could you please ${said}?`,
          ),
        ];
      },
    },
    {
      // "you ungrateful bast…", "you absolute f-", "you piece of sh..": the swear word is cut off,
      // its aim is not.
      pattern: MASKED,
      rule: 'masked',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      // MASK_AFTER's marks.
      pre: (text) => /\u2026|\.\.|-|\*/.test(text),
      guard: (doc, first) => {
        const t = doc.tokens[first] as Token;
        if (!MASK_AFTER.test(doc.text.slice(t.end, t.end + 4)) || !isClauseEnd(doc, first)) return false;
        const s = sentenceOf(doc, first);
        for (let k = first - 1; k >= s.first && k >= first - 4; k--) {
          if (isClauseEnd(doc, k)) return false;
          if (
            /^(?:you|u|ya|ur|you're|youre)$/.test(w(doc, k)) ||
            (w(doc, k) === 'a' && /^(?:what|such)$/.test(w(doc, k - 1)))
          )
            return cool(doc, k, first + 1);
        }
        return false;
      },
      span: (doc, first) => {
        const s = sentenceOf(doc, first);
        let k = first - 1;
        while (k > s.first && !/^(?:you|u|ya|ur|you're|youre|what|such)$/.test(w(doc, k))) k--;
        return [k, first + 1];
      },
      suggest: (doc, m) => {
        const t = doc.tokens[m.last - 1] as Token;
        const cut = doc.text.slice(t.end).match(/^(?:\u2026|\.{2,}|-+|\*+)/)?.[0].length ?? 0;
        // "well thank you you selfish bast…", "ok, you absolute f-": said to them after thanks or a
        // comma, the words of address go and the rest is what was meant.
        const before = doc.tokens[m.first - 1] as Token | undefined;
        const s = sentenceOf(doc, m.first);
        if (
          before &&
          m.first > s.first &&
          (/^(?:you|u|thanks|thx|ty)$/.test(before.w) || isClauseEnd(doc, m.first - 1)) &&
          /^[\s.!?]*$/.test(doc.text.slice(t.end + cut, s.end))
        )
          return [{ start: before.end, end: t.end + cut, text: '' }];
        // "i hate you ungrateful bast…": "you" is the object of a verb; the line says the clause whole.
        const from = before && m.first > s.first && !isClauseEnd(doc, m.first - 1) ? s.first : m.first;
        return [
          {
            start: (doc.tokens[from] as Token).start,
            end: t.end + cut,
            text: "I'm really angry right now",
          },
        ];
      },
    },
    A("is|was that|this really? the best you|u can|could|could_have|could've do|manage|come_up_with|muster", {
      suggest: whole(BETTER),
    }),
    A('was|is that|this supposed to be funny|clever|helpful|a_joke|an_apology', {
      suggest: whole("That didn't land well with me."),
    }),
    A(
      "did|do|does|has|have anyone|anybody|someone|somebody|y'all|you_guys|you_people|they here? even read|test|check|look|think|try|bother|listen|care",
      { suggest: whole("I'm not sure this was checked closely, and it frustrates me.") },
      nw,
    ),
    A(
      'what exactly|even? do|does you|u|he|she|they even? do all_day|around_here',
      { suggest: whole("I'm not sure what got done today, and I'd like to understand.") },
      (doc, _first, hit) => isClauseEnd(doc, hit.end - 1),
    ),
    J('can|could you|u not be @INT? @TRAIT', 'annoyed', 'insult', {
      suggest: whole('I really need your help with this.'),
    }),
    J('are|were|is|was you|u|he|she always|usually|born this|that|so @FAULT', 'annoyed', 'insult', {
      suggest: whole("This really bothers me, and I'd like to talk about it."),
    }),
    // -- Capacity jibes and mock belief ----------------------------------------------------------
    C(
      'anyone|anybody|nobody|no_one|someone|people|you|u with|had|have half_a_brain|two_brain_cells|a_brain_cell|an_ounce_of_sense|a_working_brain|a_functioning_brain|one_brain_cell|a_single_brain_cell|common_sense|any_common_sense|basic_common_sense|half_a_braincell|any_sense',
      { suggest: whole("I really don't think this was a good call.") },
    ),
    C(
      `you|u|he|she|they|you've|he's|she's have|has|got the ${FACULTY} of a|an`,
      // Reading said to fail ("you have the reading comprehension of a potato") keeps the point: what
      // was written did not get across.
      {
        suggest: (doc, m) =>
          whole(
            w(doc, m.first + 3) === 'reading'
              ? 'I think my point got lost; let me put it another way.'
              : FRUSTRATED,
          )(doc, m),
      },
      // "the patience of a saint", "the memory of an elephant": likened in praise.
      likenedDown,
    ),
    // The same said of someone talked about (toxic36): "the author clearly has the IQ of a doorknob".
    C(
      `has|have|had|got the ${FACULTY} of a|an`,
      { suggest: whole(FRUSTRATED) },
      (doc, first, hit, x) => someoneBefore(doc, first) && likenedDown(doc, first, hit, x),
    ),
    // "the whole board has zero brain cells", "that guy has no brain": the mind said to be missing.
    C(
      'zero|no|not_a_single|not_one brain|brains|brain_cell|brain_cells',
      { suggest: whole(FRUSTRATED) },
      (doc, first) => someoneBefore(doc, first),
    ),
    // "the senator is as sharp as a bowling ball": praise likened to something dull; "sharp as a tack" is praise.
    C(
      'is|are|was|were as useful|helpful|smart|sharp|bright|clever|quick|competent as a|an',
      { suggest: whole(FRUSTRATED) },
      (doc, first, hit) =>
        someoneBefore(doc, first) &&
        !/^(?:tack|whip|button|razor|knife|fox|owl|hawk|pin|nail|bell|dream)$/.test(w(doc, hit.end)),
    ),
    C(
      'like talking|arguing|speaking|reasoning to|with a brick_wall|wall|brick|rock|toddler|goldfish',
      { suggest: whole("I don't feel heard right now, and it's frustrating.") },
      (doc, first) => mentionsYou(doc, first),
    ),
    // "he's not exactly the sharpest tool in the shed"; "I'm not the brightest before coffee" passes.
    C(
      'not exactly|really? the sharpest|brightest tool|knife|bulb|crayon',
      { suggest: whole(FRUSTRATED) },
      (doc, first) => !/^(?:i'm|im|am|i)$/.test(w(doc, first - 1)),
    ),
    C('about|exactly as useful|helpful|smart|sharp|bright|clever|reliable as a|an|the', {
      suggest: whole(FRUSTRATED),
    }),
    M(
      'as_if you|u could|would|can|will|ever|know|care|even|had',
      { suggest: whole("I have my doubts about this, and I'm frustrated.") },
      (doc, first) => isSentenceStart(doc, first) || MOCK_OPENERS.has(w(doc, first - 1)),
    ),
    M(
      'cute|adorable|precious|hilarious how|that you|u think|thought|believe|believed|still_think|actually_think|really_thought',
      { suggest: whole(SEE) },
      (doc, _first, hit) => !/^(?:of|about)$/.test(w(doc, hit.end)),
    ),
    // The whole sentence goes, "because…" with it.
    M(
      "sure|right|yeah|since_when because|cause|cuz|are you're|you_are|you|u the|an|such_an expert|authority|boss|genius|judge|king|queen",
      {
        suggest: (doc, m) => {
          const f = sentenceOf(doc, m.first).first;
          return [toSentenceEnd(doc, f, SEE, (doc.tokens[f] as Token).start)];
        },
      },
      (doc, first) => isSentenceStart(doc, first),
    ),
    // -- Contempt by its shape, in the words other writers use --------------------------------
    // "did your brain fall out?", "did you leave your brain at home": the mind said to be missing.
    C(
      'did|has|have your|ur brain|brains|brain_cell|brain_cells fall|fell|fallen|drop|dropped|leak|leaked|stop|stopped|die|died|melt|melted|switch|switched|turn|turned|go|gone|quit',
      { suggest: whole("I don't follow what you were thinking there.") },
      (doc, first, hit) => cool(doc, first, hit.end),
    ),
    C(
      'did|have you|u leave|left|lose|lost|forget|forgot|forgotten your|ur brain|brains|common_sense',
      { suggest: whole("I don't follow what you were thinking there.") },
      (doc, first, hit) => cool(doc, first, hit.end),
    ),
    // "is there anything you can actually do right", "can't you do anything right".
    C(
      "is|isn't there anything you|u can|could @INT? do|get right",
      { suggest: whole(FRUSTRATED) },
      (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && cool(doc, first, hit.end),
    ),
    C(
      "is|isn't there anything you're|ur|youre|you_are @INT? good at",
      { suggest: whole(FRUSTRATED) },
      (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && cool(doc, first, hit.end),
    ),
    C(
      "can't|cant|can|cannot you|u do|get anything right",
      { suggest: whole(FRUSTRATED) },
      (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && cool(doc, first, hit.end),
    ),
    // "it's amazing how little you care", "how little you know about this": a verdict on their mind
    // or heart; "how little you need to pack" counts things.
    M(
      'how little you|u know|knew|care|cared|understand|understood|respect|value|appreciate|notice|noticed|listen|contribute|help|helped|bother|bothered|think_about|pitch_in',
      {
        suggest: (doc, m) => {
          const v = w(doc, m.last - 1);
          const text = LITTLE_CARE.test(v)
            ? "It hurts that this doesn't seem to matter to you."
            : LITTLE_HELP.test(v) || v === 'in'
              ? "I wish you'd pitch in more, and I'm frustrated."
              : "I don't think you see the whole picture here.";
          return whole(text)(doc, m);
        },
      },
      (doc, first, hit) => {
        // "it's amazing how little you care": the frame's praise is the sneer's own.
        const s = sentenceOf(doc, first);
        return (
          w(doc, hit.end) !== 'to' &&
          polarityNoLaughter(doc, hit.end, s.last).pos === 0 &&
          !FOND_NEAR.test(near(doc, first, hit.end))
        );
      },
    ),
    // "ok mr know-it-all", "look at mr important", "thanks captain obvious": a mock title.
    J(`${TITLE} ${MOCK_TITLE}`, 'mock-title', 'mockery', { suggest: mockTitleSuggest }, (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const prev = first > s.first ? w(doc, first - 1) : '';
      // "Mr Perfect is playing at the pub tonight" names a band; called by it, or with a sour word, it mocks.
      const called =
        TITLE_OPENERS.test(prev) ||
        isClauseEnd(doc, hit.end - 1) ||
        (first > s.first && isClauseEnd(doc, first - 1));
      return (
        (called || polarityNoLaughter(doc, s.first, s.last).neg > 0) &&
        // cluster40: called by an opener, the praise around it is the irony ("oh great, mr perfect…").
        (coolAround(doc, first, hit.end) || calledOut(doc, first, hit.end))
      );
    }),
    // cluster40: any praise or calling made a title, called out: "lol ok mr responsible", "oh great,
    // mr. expert has opinions now", "ok mr "I've been here 15 years"". The praise around it is the
    // irony; only love or a fond emoji, a greeting ("morning miss sunshine!") or a cheer after it pass.
    J(`${TITLE} @ANY`, 'mock-title', 'mockery', { suggest: mockTitleSuggest }, (doc, first, hit) => {
      if (!CALLED_AFTER.test(w(doc, first - 1))) return false;
      const x = w(doc, hit.end - 1);
      return (
        // abscon41: or a claim of theirs quoted ("ok mr 'I pay for everything'").
        (valence(x) > 0 ||
          MOCK_ROLE.test(x) ||
          MOCK_ROLE.test(w(doc, hit.end)) ||
          /['"\u201C]/.test(doc.text[(doc.tokens[hit.end - 1] as Token).start - 1] as string)) &&
        !MOCK_TITLE_RE.test(x) &&
        calledOut(doc, first, hit.end)
      );
    }),
    // cluster40: "funny how your story changes each time", "funny how you only show up to stir the
    // pot", "funny how Sam replies in an hour and you take three days": a pattern of theirs pointed
    // at with a smirk ("you" before the lapse; not "…you never lose"); nothing fond or laughing near.
    {
      ...J(
        'funny how',
        'funny-how',
        'mockery',
        {
          // "funny how fast you'd change your tune": cut, "how" would leave "Fast you'd…"; a subject
          // or a name after it can stand alone ("Your story changes…").
          suggest: (doc, m) => [
            /^(?:you|u|your|ur|he|she|they|we|i|it|the|his|her|my|their|our|this|that|these|those|every\w*|people|all)$/.test(
              doc.tokens[m.last]?.w ?? '',
            ) || /^\p{Lu}\p{Ll}/u.test(doc.text.slice(doc.tokens[m.last]?.start ?? 0))
              ? removeTokens(doc, m.first, m.last, 'Leave it out')
              : replaceTokens(doc, m.first, m.last, "I've noticed how"),
            ...whole("I've noticed a pattern that bothers me, and I'd like to talk about it.")(doc, m),
          ],
        },
        (doc, first, hit) =>
          isSentenceStart(doc, first) &&
          /^[^.!?]{0,60}?\b(?:(?:and|but) (?:you|u)\b|(?:you|your|u|ur)\b[^.!?]{0,40}?\b(?:only|suddenly|never (?!lose|fail|miss)|chang|tune|disappear|vanish|conveniently|excuses))/i.test(
            doc.text.slice(
              (doc.tokens[hit.end - 1] as Token).end,
              (doc.tokens[hit.end - 1] as Token).end + 110,
            ),
          ) &&
          !fondText(doc, first) &&
          polarityNoLaughter(doc, hit.end, sentenceOf(doc, first).last).pos === 0,
      ),
      // Severity 1: a finding of its words that names the charge leads the card.
      severity: 1,
    },
    // cluster40: "this is what happens when I let you plan", "…when people get their news from
    // memes", "…when a first-year thinks he's the boss": a mess put down to who was let near it
    // ("…when you let / you think…" is blame, constructions.ts's).
    J(
      "this_is|that's|thats|that_is|this's what happens when",
      'what-happens',
      'mockery',
      { suggest: whole(FRUSTRATED) },
      (doc, first, hit) =>
        /^ (?:(?:i|we|they) (?:let|trust|put)|(?:people|someone|somebody|toddlers|kids|children|amateurs|clowns) (?:\w+ )?(?:think|get|have|tr[yi])|an? (?:\S+ ){1,2}thinks?)\b/i.test(
          doc.text.slice((doc.tokens[hit.end - 1] as Token).end, (doc.tokens[hit.end - 1] as Token).end + 60),
        ) &&
        !fondText(doc, first) &&
        !/\b(?:lol|haha\w*|lmao)\b/i.test(near(doc, first, hit.end)) &&
        polarityNoLaughter(doc, first, sentenceOf(doc, first).last).pos === 0,
    ),
    // "you're as useful as a chocolate teapot", "about as much use as a broken umbrella".
    C(
      "you're|youre|ur|you_are|you_were|you've_been as useful|helpful as a|an",
      { suggest: whole(FRUSTRATED) },
      (doc, _first, hit) => USELESS_LIKENESS.test(w(doc, hit.end)),
    ),
    C('about|exactly as much use|much_help|much_good as a|an|the|tits|that|this', {
      suggest: (doc, m) => muchUse(doc, m) ?? whole(FRUSTRATED)(doc, m),
    }),
    // "sure, because you're such a catch": praise said so as to mean its opposite.
    M(
      "sure|right|yeah|yea|oh_yeah|oh_sure|oh_right because|cause|cuz|bc you're|you_are|ur|youre so|such_a|such_an? catch|saint|angel|perfect|gift|treat|delight|prize|innocent|helpful|reliable|mature|smart|clever|responsible|considerate|thoughtful|humble|organised|organized|honest|easy_to_live_with|genius|expert|hero|legend|catch|charmer|ray_of_sunshine|joy_to_be_around",
      { suggest: seeAll },
      (doc, first, hit) =>
        isSentenceStart(doc, first) && isClauseEnd(doc, hit.end - 1) && coolAround(doc, first, hit.end),
    ),
    // abscon40 (with cluster40's "suddenly" and plans with "we"): the same irony with any reason: "oh sure, because you're SO busy", "yeah cause your
    // plan went totally smoothly", "sure, because YOU'D know 🙄": a capital, an eye-roll, an "obviously",
    // or a "so / such" with no praise after. Not "sure, because you asked so nicely 😊", "yeah, because
    // you're so kind, everyone loves you", nor with a "!", a question or the writer in it.
    M(
      "sure|right|yeah|yea|yes|oh_yeah|oh_sure|oh_right|oh_yes because|cause|cuz|bc|coz you|u|you're|youre|ur|your|you'd|youd",
      { suggest: seeAll },
      (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const t = doc.text.slice(s.start, s.end);
        return (
          isSentenceStart(doc, first) &&
          (/\b(?:obviously|clearly|totally|definitely|suddenly|(?:you'?d|would) know)\b|\b[A-Z]{2,}\b|\u{1F644}/u.test(
            t,
          ) ||
            (/\b(?:so(?! much)|such)\b/i.test(t) && polarityNoLaughter(doc, hit.end, s.last).pos === 0)) &&
          !/[!?\u{1F600}-\u{1F60D}\u{1F970}]|\b(?:i|i'll|we|we'll|let'?s|deserve|can (?:you|u))\b/iu.test(
            t,
          ) &&
          !FOND_NEAR.test(near(doc, first, hit.end))
        );
      },
    ),
    // "you're a control freak", "a walking disaster", "ur a walking red flag": labels of two words.
    {
      pattern:
        "you're|youre|ur|you_are|you_r|u_r|you've_been a|an|such_a|such_an|one @INT? walking|total|complete|real? control_freak|walking_disaster|hot_mess|train_wreck|trainwreck|drama_queen|attention_seeker|basket_case|nutcase|space_cadet|wet_blanket|crybaby|sore_loser|snowflake|doormat|liability|freeloader|mooch|snob|know_it_all|brat|red_flag|fraud|cheapskate",
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) =>
        !negatedBefore(doc, first, 2) &&
        notWarm(doc, first, hit.end) &&
        !FOND_NEAR.test(near(doc, first, hit.end)),
      suggest: (doc, m) => {
        const point = labelPoint(doc, m);
        return point ? [point] : whole("I'm really frustrated with how this went.")(doc, m);
      },
    },
    // "typical liar, always an excuse": a label opening the sentence with "typical".
    J(
      'typical|classic @INOUN',
      'label',
      'insult',
      { suggest: whole(FRUSTRATED) },
      (doc, first, hit) =>
        isSentenceStart(doc, first) &&
        isClauseEnd(doc, hit.end - 1) &&
        INSULT_NOUNS.has(w(doc, hit.end - 1)) &&
        cool(doc, first, hit.end),
    ),
    // "go back to school, noob": a label called at the end of an order or a remark to someone.
    {
      ...J(
        [...INSULT_NOUNS].filter((x) => /^[a-z0-9']+$/.test(x)).join('|'),
        'called',
        'insult',
        {
          suggest: (doc, m) => [removeTokens(doc, m.first, m.last, 'Leave out the name')],
        },
        (doc, first, hit) => {
          const s = sentenceOf(doc, first);
          if (first <= s.first || !isClauseEnd(doc, first) || hit.end !== first + 1) return false;
          const prev = doc.tokens[first - 1] as Token;
          if (!/^\s*,\s*$/.test(doc.text.slice(prev.end, (doc.tokens[first] as Token).start))) return false;
          return (isImperative(doc, s.first) || mentionsYou(doc, first)) && cool(doc, first, hit.end);
        },
      ),
      // The comma before the name.
      pre: (text) => text.includes(','),
    },
    // "so mature of you", "very classy, flirting with the waiter": praise of manners that means its
    // opposite, with "of you" or the act it sneers at after it.
    M(
      'so|very|real|really|how very|so? mature|classy|grown_up|grownup|adult|professional of_you|of_u?',
      { suggest: whole("That hurt, and I'd like to talk about it.") },
      // After a comma too: "blocking me, how very grown up of you", "wow, real professional, …".
      (doc, first, hit) =>
        (isSentenceStart(doc, first) || (first > 0 && isClauseEnd(doc, first - 1))) &&
        isClauseEnd(doc, hit.end - 1) &&
        (/^(?:you|u)$/.test(w(doc, hit.end - 1)) || hit.end < sentenceOf(doc, first).last) &&
        coolAround(doc, first, hit.end),
    ),
    // "you're the laziest man alive", "the rudest person I know", "you are genuinely the most
    // selfish neighbour on this street", "ur the laziest": a superlative of a fault, any noun or none.
    J(
      "you're|youre|ur|you_are|you_were|you've_been the @ANY:x @ANY?",
      'verdict',
      'insult',
      { suggest: whole("I'm really frustrated with how this went.") },
      (doc, first, hit) =>
        (w(doc, hit.cap.x as number) === 'most'
          ? faultSuperlative(`${w(doc, (hit.cap.x as number) + 1)}est`)
          : faultSuperlative(w(doc, hit.cap.x as number))) &&
        !negatedBefore(doc, first, 2) &&
        // "the laziest man alive": "alive" is no praise.
        coolAround(doc, first, hit.end + (w(doc, hit.end) === 'alive' ? 1 : 0)),
    ),
    // your "job", your "friends": quote marks that say the word is not meant.
    {
      ...J(
        'your|ur',
        'scare-quotes',
        'mockery',
        {
          suggest: (doc, m) => {
            const t = doc.tokens[m.last - 1] as Token;
            const s = sentenceOf(doc, m.first);
            // "your "job" is a joke": without the quotes the sneer is still there. Only the clause
            // of the quoted word counts ("your "plan", but the weather was awful" keeps the offer).
            let end = m.last - 1;
            while (end + 1 < s.last && !isBareClauseEnd(doc, end)) end++;
            let sour = polarityNoLaughter(doc, m.last, end + 1).neg > 0;
            for (let k = m.last; k <= end && !sour; k++)
              sour = /^(?:joke|farce|laugh|clown|circus)$/.test(w(doc, k));
            if (sour) return whole(SEE)(doc, m);
            return [
              {
                start: t.start - 1,
                end: t.end + 1,
                text: t.raw,
                verbatim: true,
                label: 'Drop the quote marks',
              },
              ...whole(SEE)(doc, m),
            ];
          },
        },
        // The quoted word is a mention (`Token.mention`), so the pattern stops before it.
        (doc, first, hit) => {
          const q = doc.tokens[hit.end] as Token | undefined;
          return (
            q !== undefined &&
            q.mention === true &&
            q.sent === (doc.tokens[first] as Token).sent &&
            /^\p{L}{3,}$/u.test(q.w) &&
            scareQuoted(doc, hit.end) &&
            !quotingThem(doc, first) &&
            // your "you", your "self": a word of the person, not a sneer at a thing of theirs.
            !COMMON_WORDS.has(q.w) &&
            valence(q.w) <= 0 &&
            cool(doc, first, hit.end) &&
            !says(doc, /\b(?:lol|lmao|haha|jk)\b|\u{1F602}|\u{1F923}/iu)
          );
        },
      ),
      span: (_doc, first, hit) => [first, hit.end + 1],
      // `scareQuoted` reads a quote mark before the word.
      pre: opensQuote,
    },
    // 'ur such a "genius"', "you're a real 'expert'": a word of praise in quote marks, said to them,
    // means its opposite (an insult in quote marks is a label's, the rules of labels read it).
    J(
      "you're|youre|ur|you_are|u_r such_a_real|a_real|a_true|such_a|such_an|a|an|the|so @ANY:q",
      'scare-quoted-you',
      'mockery',
      { suggest: whole("I'm frustrated with how this went.") },
      (doc, first, hit) => {
        const q = doc.tokens[hit.end - 1] as Token;
        return (
          /^["'\u201C\u2018]["'\u201D\u2019]$/.test(
            doc.text[q.start - 1] + doc.text.slice(q.end, q.end + 1),
          ) &&
          q.w.length > 2 &&
          valence(q.w) >= 0 &&
          !INSULT_NOUNS.has(q.w) &&
          !INSULT_ADJECTIVES.has(q.w) &&
          coolAround(doc, first, hit.end) &&
          !says(doc, /\b(?:lol|lmao|haha|jk)\b|\u{1F602}|\u{1F923}/iu)
        );
      },
    ),
    // -- Talking down -----------------------------------------------------------------------------
    J(
      'think|thinking before you|u speak|talk|type|post|open_your_mouth|open_ur_mouth|hit_send|comment|reply',
      'condescend',
      'command',
      { suggest: takeAMoment },
      nw,
      TD,
    ),
    J(
      'spell|lay|break it|this|that out for you|u',
      'condescend',
      'command',
      { suggest: whole('Let me try to explain this better.') },
      // "…out for you in the email" goes on to help.
      (doc, _first, hit) => isClauseEnd(doc, hit.end - 1),
      TD,
    ),
    J(
      "stop|quit|keep|before|you're|you_are wasting my time",
      'condescend',
      'command',
      { suggest: whole("I'm short on time, so I'd like to keep this focused.") },
      undefined,
      TD,
    ),
    J(
      'go|go_and cry|whine|moan|sulk|complain about_it|somewhere|elsewhere',
      'condescend',
      'dismiss',
      { suggest: whole("I can see you're upset, but I can't talk about it right now.") },
      (doc, first) => isImperative(doc, first),
      TD,
    ),
    J(
      "you'll|you_will|u'll understand|get_it|see when you're|you_are older|grown_up|an_adult|a_parent",
      'condescend',
      'command',
      { suggest: whole("It's hard to explain, but I'd like to try.") },
      undefined,
      TD,
    ),
    J(
      "not_everything|the_world is|revolves|doesn't_revolve about|around you|u",
      'condescend',
      'dismiss',
      {
        // "not everything is about you" → "this isn't only about you": the person's sentence and
        // its point stay ("about all of us" said something else).
        suggest: (doc, m) => [
          ...((doc.tokens[m.first] as Token).w === 'not'
            ? [replaceTokens(doc, m.first, m.last, "this isn't only about you")]
            : []),
          ...whole("I'd like us to look at the bigger picture here.")(doc, m),
        ],
      },
      undefined,
      TD,
    ),
    // -- lexa38: frames with open slots ----------------------------------------------------------
    // "you don't really miss me, you just miss the cooking", "you don't even like hiking, you only
    // want the photos": their wish told to them. "you don't need a coat, you just need a jacket" advises.
    J(
      "you|u don't|dont|do_not|didn't|didnt really|actually|even|truly want|care|mind|miss|love|like|believe|mean|feel|think|hate|enjoy|respect",
      'tells-feeling',
      'dismiss',
      {
        suggest: (doc, m) => {
          const s = sentenceOf(doc, m.first);
          let k = m.last;
          while (k < s.last - 1 && !/^(?:just|only|simply)$/.test(w(doc, k))) k++;
          return [
            toSentenceEnd(
              doc,
              s.first,
              `It seems to me you ${rest(doc, k + 1, m.first)}, but tell me if I'm wrong.`,
            ),
          ];
        },
      },
      (doc, first, hit) =>
        /^[^.?!]{0,60}?\b(?:you|u) (?:just|only|simply) (?:want|like|love|enjoy|miss|crave|care|hate|prefer|feel|think|say|need (?:attention|to win|to be right))/i.test(
          textAfter(doc, hit.end),
        ) && coolAround(doc, first, sentenceOf(doc, first).last),
      TD,
    ),
    // "have you always been this petty": a fault asked about as their nature ("…this tired?" passes).
    J(
      "have|has|haven't|hasn't you|u|he|she always|ever|really? been this|that|so @TRAIT",
      'annoyed',
      'insult',
      { suggest: whole("This really bothers me, and I'd like to talk about it.") },
      (doc, _first, hit) => w(doc, hit.end - 1) !== 'sick',
    ),
    // "like you'd ever notice", "pfft, like you could do any better": "as if" said with "like".
    M(
      "like you'd|youd|you've|youve|you|u @ANY:x",
      { suggest: whole("I have my doubts about this, and I'm frustrated.") },
      (doc, first, hit) => {
        const x = hit.cap.x as number;
        return (
          (isSentenceStart(doc, first) ||
            MOCK_OPENERS.has(w(doc, first - 1)) ||
            w(doc, first - 1) === 'please') &&
          /^(?:ever|even|could|would|care|actually|never|understand|notice|know)$/.test(w(doc, x)) &&
          (w(doc, x) !== 'know' || /^(?:anything|squat|jack)$/.test(w(doc, x + 1))) &&
          w(doc, x + 1) !== 'use' &&
          coolAround(doc, first, sentenceOf(doc, first).last)
        );
      },
    ),
    // "who let you have admin rights", "who let this noob into ranked": their place questioned.
    C(
      'who let|allowed you|u|him|her|them|this|that|these @ANY? near|anywhere_near|have|into|run|drive|cook|touch|post|design|write|speak|talk|vote|on',
      { suggest: whole("I'm not sure this was the right call.") },
      cl,
    ),
    // "google it next time instead of whining here": their complaint named as a child's.
    J1(
      'instead_of|rather_than whining|crying|complaining|moaning|spamming|begging|ranting|asking|wasting|making_us|bothering|pestering|bugging|tagging|bumping',
      'condescend',
      'command',
      { suggest: whole("I think the answer's out there, and it might help to look.") },
      (doc, first) =>
        isImperative(doc, sentenceOf(doc, first).first) &&
        !SELF.test(textBefore(doc, first) + textAfter(doc, first + 1)) &&
        cool(doc, first, first + 2),
      TD,
    ),
    // "whoever wrote this should be banned from owning a keyboard", "ppl like this shouldnt be let near a
    // kitchen": a person said to be unfit for anything.
    C(
      "should|shouldn't|shouldnt|needs_to|need_to be banned|barred|let|allowed from|near|to",
      { suggest: whole(FRUSTRATED) },
      (doc, first, hit) =>
        /\b(?:you|u|whoever|he|she|this (?:guy|dude|person|clown)|(?:people|ppl|folks|anyone|someone) (?:like|who))\b/i.test(
          textBefore(doc, first),
        ) &&
        (w(doc, first + 2) !== 'allowed' ||
          /^(?:shouldn't|shouldnt)$/.test(w(doc, first)) ||
          w(doc, first + 1) === 'not') &&
        !SELF.test(textBefore(doc, first) + textAfter(doc, first + 1)) &&
        cool(doc, first, hit.end),
    ),
    // "read the pinned post, then come back", "learn the basics before commenting": homework set
    // before they may speak.
    J1(
      'before|then|and_then|first you|u? post|posting|comment|commenting|reply|replying|come_back|crying|whining|complaining|spamming|lecturing|bumping|maybe',
      'condescend',
      'command',
      { suggest: whole('I think it might help to read up on this first.') },
      (doc, first, hit) =>
        (w(doc, hit.end - 1) === 'back'
          ? isClauseEnd(doc, hit.end - 1)
          : w(doc, hit.end - 1) === 'maybe'
            ? /^(?:post|comment|reply)$/.test(w(doc, hit.end))
            : !/^(?:post|comment|repl)/.test(w(doc, hit.end - 1)) ||
              says(
                doc,
                /\b(?:next time|again|sometime|you know|for once|an option|try\w*|exists|actually|even)\b/i,
              )) &&
        /\b(?:learn|read|google|look (?:\w+ )?up|lurk)/i.test(
          doc.text.slice(
            Math.max(0, (doc.tokens[first] as Token).start - 90),
            (doc.tokens[first] as Token).start,
          ),
        ) &&
        // "try reading the docs before you post": reproach.ts asks it ("could you read…?").
        // The polite ask ("could you read it before lecturing?") is other rules' rewording.
        !/^(?:could|would|please)$/.test(w(doc, sentenceOf(doc, first).first)) &&
        !(
          w(doc, sentenceOf(doc, first).first) === 'try' &&
          /ing$/.test(w(doc, sentenceOf(doc, first).first + 1))
        ) &&
        !SELF.test(textBefore(doc, first) + textAfter(doc, first + 1)) &&
        cool(doc, first, first + 1),
      TD,
    ),
    // "come back when you can be rational", "let me know when you have a real argument".
    J1(
      "come_back|let_me_know|talk_to_me|get_back_to_me|call_me when|once you|u|you're|youre|you've",
      'condescend',
      'command',
      { suggest: whole("I'd like to pick this up again when we're both ready.") },
      (doc, first, hit) =>
        /^[^.?!]{0,40}?\b(?:rational|reasonable|adult|grown|mature|real argument|actual|a clue|facts|a point|sober|sane|civil)/i.test(
          textAfter(doc, hit.end),
        ) && cool(doc, first, hit.end),
      TD,
    ),
    // "lmgtfy, since you apparently can't", "I'll book it since you clearly won't": their lack assumed, said last.
    J1(
      "since|because|as you|u apparently|clearly|obviously|evidently can't|cant|cannot|don't|dont|didn't|didnt|won't|haven't",
      'condescend',
      'command',
      { suggest: whole("I'm frustrated, and I'd like us to sort this out together.") },
      (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && coolAround(doc, first, hit.end),
      TD,
    ),
    // "aww did someone skip their nap", "aww does the little man need a tissue": upset mocked as a child's.
    J1(
      'aw|aww|awww|awwww|oh|ohh did|does|is|are',
      'condescend',
      'dismiss',
      { suggest: whole('You seem upset. Do you want to talk about it?') },
      (doc, first, hit) => {
        const x = textAfter(doc, hit.end);
        return (
          isSentenceStart(doc, first) &&
          /\b(?:someone|somebody|the little|little man|lil|widdle|big bad|the mean|poor baby|little baby)\b/i.test(
            x,
          ) &&
          /\b(?:cry|tissue|nap|hug|juice|blank|feeling|sad|upset|scare|hurt|mad|tantrum|trigger|offended|cranky|grumpy|pout|sulk)/i.test(
            x,
          ) &&
          cool(doc, first, hit.end)
        );
      },
      TD,
    ),
  ],
});
