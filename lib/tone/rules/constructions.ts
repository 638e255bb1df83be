/**
 * Contempt and withdrawal carried by the shape of what is said rather than by an insult word:
 * - labels without insult words ("behaving like a toddler", "such a princess");
 * - rhetorical questions that are verdicts ("who even does that?", "why would you even…",
 *   "do you ever think before you speak?", "how selfish can you be");
 * - sarcasm marked as such ("what a genius plan", "clearly not, genius", "thanks a lot, really
 *   helpful", "nice going 🙄");
 * - dismissing the other person ("no one cares what you think", "that's on you");
 * - shutting the door ("I'm not arguing about this anymore", "this conversation is over",
 *   "one more time and I'm done", "don't bother texting me").
 * Each construction needs an addressee (you, your, an imperative, a vocative) or a marker that
 * the words are not meant as said; warm sentences pass.
 */
import { baseOfForm } from '../grammar';
import { INSULT_ADJECTIVES, isComplaint, RUIN_SLOT, RUINED_SLOT, valence } from '../lexicon';
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  aboutText,
  atPlace,
  clauseEnd,
  contentStart,
  type Draft,
  gripOnThing,
  isClauseEnd,
  isImperative,
  isSentenceStart,
  type Match,
  mentionsYou,
  negatedBefore,
  notWarmAround as notWarm,
  notWarmOutside,
  polarity,
  praiseAfter,
  removeTokens,
  replaceTokens,
  roughPolarity,
  says,
  sentenceOf,
  textOf,
  topicEnds,
  toSentenceEnd,
  warmAround,
} from './rule';
import { aimedAtThing, describesOneself } from './targets';

/** Nouns a verdict word can head as a compound ("a joke teller", "a nightmare scenario"). */
const JOKE_COMPOUND: ReadonlySet<string> = new Set(
  'teller tellers telling writer book books machine master king queen shop page account generator scenario fan fuel'.split(
    ' ',
  ),
);

const STOP: ReadonlySet<string> = new Set(['stop', 'quit', 'quit_it']);

function prevWord(doc: Doc, i: number): string {
  const s = sentenceOf(doc, i);
  return i > s.first ? (doc.tokens[i - 1] as Token).w : '';
}

/** Words after "I'm not doing this" that make it a door closing, not a plan ("…alone"). */
const DOOR: ReadonlySet<string> = new Set([
  'anymore',
  'again',
  'now',
  'with',
  'today',
  'tonight',
  'ever',
  'right',
]);

/** The clause ends after token `end - 1`, or a door word follows ("…to say to you anymore"). */
function doorAt(doc: Doc, end: number): boolean {
  return isClauseEnd(doc, end - 1) || DOOR.has(doc.tokens[end]?.w ?? '');
}

/**
 * Laughter, a fond emoji or reassurance just after token `end - 1`: "muting this chat lol",
 * "conversation over 😂", "don't bother explaining, I trust you".
 */
function fondNear(doc: Doc, end: number): boolean {
  const last = doc.tokens[end - 1];
  const at = last?.end ?? 0;
  // In its own sentence only: a laugh as the next sentence ("Don't bother calling me. Haha.") does
  // not take the door-closing back (tests/unit/tone/context-invariance.test.ts).
  const stop = last ? (doc.sentences[last.sent]?.end ?? at + 120) : at + 120;
  return /\b(?:lol|lmao|haha\w*|hehe|jk|i (?:trust|believe|understand|know|get it)|no need|it'?s (?:fine|ok|okay|all good)|all good|no worries)\b|[\u{1F602}\u{1F923}\u{2764}\u{1F970}\u{1F60D}\u{1F618}\u{1F605}\u{1F60A}\u{1F642}\u{1F64F}]/iu.test(
    doc.text.slice(at, Math.min(stop, at + 120)),
  );
}

/**
 * "blocking you in on the driveway", "muting this chat for exam week": a phrasal verb, or a practical
 * stretch of time after it ("…for the rest of the day" still shuts the door).
 */
const practicalMute = (doc: Doc, end: number): boolean =>
  /^\s*(?:(?:in|off|out)\b|(?:for|till|until|during|while|because|cause|cuz|bc|since) (?!(?:the|a|good|now|ever|today|tonight|you|u)\b))/i.test(
    doc.text.slice(doc.tokens[end - 1]?.end ?? 0),
  );

const plain =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => [toSentenceEnd(doc, m.first, text)];

/**
 * "you have no clue how the economy works" → "I think the economy works differently", "you have
 * no idea about football" → "I see football differently": what it is about stays, the verdict on
 * the reader goes. Only for a short topic that names no one ("how you treat people", "what you're
 * talking about" keep the plain line); words after the clause stay.
 */
function topicSeenDifferently(doc: Doc, m: Match): Draft[] | null {
  const t = doc.tokens;
  const last = (t[m.last - 1] as Token).w;
  const s = sentenceOf(doc, m.first);
  if ((last !== 'how' && last !== 'about') || m.last >= s.last || isClauseEnd(doc, m.last - 1)) return null;
  const ce = clauseEnd(doc, m.last);
  if (ce - m.last > 6 || (last === 'how' && ce === m.last)) return null;
  // "you have zero idea about how startups raise money": the "how" after "about" leads.
  const at = last === 'about' && (t[m.last] as Token).w === 'how' ? m.last + 1 : m.last;
  const w = (t[at] as Token).w;
  if (at > m.last || last === 'how') {
    // A degree, not a way: "how hard this job is" → "this job is really hard", "how happy I am" →
    // "I am really happy"; "how much I missed you" → "I really missed you".
    const cop = (t[ce] as Token).w;
    if (
      ce - at >= 2 &&
      ce - at <= 4 &&
      /^(?:is|are|was|were|am)$/.test(cop) &&
      /^\p{L}+$/u.test(w) &&
      !/ly$|^(?:much|many|far|often|long|little|few|the|a|an|this|that|these|those|my|your|his|her|their|our|its|it|i|you|he|she|we|they|things?|people|everything|stuff|life|money|time)$/.test(
        w,
      )
    )
      return [replaceTokens(doc, m.first, ce + 1, `${textOf(doc, at + 1, ce)} ${cop} really ${w}`)];
    const v = t[at + 2] as Token | undefined;
    if (
      w === 'much' &&
      /^(?:i|we)$/.test(t[at + 1]?.w ?? '') &&
      v &&
      /^(?:miss|missed|love|loved|appreciate|appreciated|need|needed)$/.test(v.w) &&
      ce > at + 2
    )
      return [
        replaceTokens(
          doc,
          m.first,
          ce + 1,
          `${textOf(doc, at + 1, at + 2)} really ${textOf(doc, at + 2, ce + 1)}`,
        ),
      ];
  }
  for (let k = m.last; k <= ce; k++)
    if (/^(?:you|u|your|ur|you're|youre|yourself|ya|i|me|my|we|us|our)$/.test((t[k] as Token).w)) return null;
  const topic = doc.text.slice((t[at] as Token).start, (t[ce] as Token).end);
  if (!/^[\p{L}\p{N} '-]+$/u.test(topic)) return null;
  if (at === m.last && last === 'about')
    return [replaceTokens(doc, m.first, ce + 1, `I see ${topic} differently`)];
  // "how the economy works" → "I think the economy works differently".
  if (
    ce === at ||
    /ly$|^(?:hard|much|many|bad|good|long|far|often|important|serious|big|easy|difficult|lucky|close|little|few)$/.test(
      w,
    )
  )
    return null;
  return [replaceTokens(doc, m.first, ce + 1, `I think ${topic} differently`)];
}

/**
 * "the group chat is full of petty, spiteful clowns like you" → "I strongly disagree with you on
 * this.": where the label is the object of words before it, ours takes the whole clause after the
 * openers ("no, …" stays); only describing words before the label leave it the subject.
 */
function likeYou(doc: Doc, m: Match): Draft[] {
  const text = 'I strongly disagree with you on this.';
  const s = sentenceOf(doc, m.first);
  let k = contentStart(doc, s);
  // "no, …", "yeah, …": the answer stays before ours.
  if (
    k < m.first &&
    /^(?:no|nope|nah|yes|yeah|yep)$/.test((doc.tokens[k] as Token).w) &&
    /^\s*,/.test(doc.text.slice((doc.tokens[k] as Token).end))
  )
    k++;
  // "…and clowns like you never notice": the label opens a clause of its own after "and".
  let a = m.first;
  while (a > k && INSULT_ADJECTIVES.has((doc.tokens[a - 1] as Token).w)) a--;
  const opensAt = (i: number) =>
    i === k ||
    isClauseEnd(doc, i - 1) ||
    /^(?:and|but|or|so|because|cause|cuz)$/.test((doc.tokens[i - 1] as Token).w);
  const opens = opensAt(a) || (/^(?:its|it's)$/.test((doc.tokens[a - 1] as Token).w) && opensAt(a - 1));
  // "morons like you give this forum a bad name", "its clowns like you that…": as the subject, the
  // label goes and "you" stays with what they said of it (a plural verb is the verb "you" takes).
  const sub = opens ? youAsSubject(doc, a, m.last, s.last) : null;
  if (sub) return [sub, toSentenceEnd(doc, m.first, text)];
  if (opens) return [toSentenceEnd(doc, m.first, text)];
  return [toSentenceEnd(doc, k, text)];
}

/**
 * "[its] <labels> like you [that] <verb>…" → "you <verb>…": the label said as the subject of a verb
 * goes, and "you" keeps the verb (a cleft "it's … that" goes with it). Null when no verb follows.
 */
function youAsSubject(doc: Doc, a: number, end: number, last: number): Draft | null {
  const t = doc.tokens;
  if (end >= last || isClauseEnd(doc, end - 1)) return null;
  let from = a;
  let to = end;
  const cleft = a > 0 && /^(?:its|it's)$/.test((t[a - 1] as Token).w);
  if (cleft && /^(?:that|who)$/.test((t[end] as Token).w) && end + 1 < last) {
    from = a - 1;
    to = end + 1;
  } else if (
    cleft ||
    !/^[\p{L}']+$/u.test((t[end] as Token).w) ||
    /^(?:that|who|and|or|but|lol)$/.test((t[end] as Token).w)
  )
    return null;
  // "morons like you wreck every thread": "you wreck…" is a charge of its own; ours stands.
  if (baseOfForm((t[to] as Token).w) !== null) return null;
  const d = replaceTokens(doc, from, to, 'you');
  return /^\p{Lu}/u.test((t[from] as Token).raw) ? { ...d, text: 'You' } : d;
}

/** Words before "how" that set what follows aside: "no matter how…", "it doesn't matter how…". */
const SET_ASIDE =
  /\b(?:no matter|(?:doesn't|doesnt|does not|didn't|didnt|won't|wont) matter|regardless of|(?:can't|cant|cannot) believe)\s*$/i;

/**
 * "no matter how stupid you were acting, I still care" → "no matter what happened, I still care":
 * where the writer sets the verdict aside to say something else, "That really hurt me." would say a
 * feeling they never said; the verdict goes and the rest stays. Past only ("what happened"); null
 * otherwise.
 */
function howYouWere(doc: Doc, m: Match): Draft[] | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const how = t[m.first] as Token;
  if (!SET_ASIDE.test(doc.text.slice((t[s.first] as Token).start, how.start))) return null;
  let be = -1;
  for (let k = m.first + 1; k < m.last; k++) if (/^(?:were|was|been)$/.test((t[k] as Token).w)) be = k;
  if (be < 0) return null;
  // "…you were being", "…you were acting": the clause runs to its end.
  let e = m.last;
  while (
    e < s.last &&
    e < m.last + 3 &&
    !isClauseEnd(doc, e - 1) &&
    /^(?:being|acting|behaving)$/.test((t[e] as Token).w)
  )
    e++;
  if (e < s.last && !isClauseEnd(doc, e - 1)) return null;
  return [replaceTokens(doc, m.first, e, 'what happened')];
}

/**
 * "what a stupid question" → "what a strange question", "such a dumb idea" → "such a bad idea":
 * the verdict on what was said gets a plainer word in place; the rest stays (a question is not a
 * claim to disagree with).
 */
function plainerVerdict(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const lastWord = (t[m.last - 1] as Token).w;
  const noun = lastWord === 'say' ? 'thing' : lastWord;
  // The scornful word (and any word that only strengthens it) sits between the article and the noun.
  let from = m.first + 1;
  if ((t[from] as Token | undefined)?.w === 'a' || (t[from] as Token | undefined)?.w === 'an') from++;
  const to = lastWord === 'say' ? m.last - 3 : m.last - 1;
  if (to <= from) return [];
  const adj = (t[to - 1] as Token).w;
  const said =
    noun === 'question' || noun === 'thing'
      ? 'strange'
      : adj === 'pathetic'
        ? 'disappointing'
        : noun === 'excuse'
          ? 'weak'
          : /^(?:ridiculous|absurd)$/.test(adj)
            ? 'strange'
            : 'bad';
  const art = (t[from - 1] as Token).w;
  if (art === 'a' || art === 'an') return [replaceTokens(doc, from - 1, to, `a ${said}`)];
  return [replaceTokens(doc, from, to, said)];
}

/**
 * What follows "you're the one who": a clause with something bad in it (a bad or complaint word,
 * a negation), or a short one ending on "this", "it" or "that" ("…who started it").
 */
const RUINED: ReadonlySet<string> = new Set(`${RUINED_SLOT}|${RUIN_SLOT}`.split('|'));

function oneWhoCharge(doc: Doc, from: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, from);
  if (from >= s.last) return false;
  for (let k = from; k < s.last && k < from + 8; k++) {
    const w = (t[k] as Token).w;
    if (valence(w) < 0 || isComplaint(w) || RUINED.has(w) || /(?:n't|nt)$|^(?:never|not|no)$/.test(w))
      return true;
    if (isClauseEnd(doc, k))
      return k - from <= 3 && /^(?:this|it|that)$/.test(w) && !/\?/.test(sentenceText(doc, k));
  }
  return false;
}

/** The sentence of token `i` as written, with a few characters after it (emoji, marks). */
function sentenceText(doc: Doc, i: number): string {
  const s = sentenceOf(doc, i);
  return doc.text.slice(s.start, Math.min(doc.text.length, s.end + 4));
}

/** Eye-rolls and irony markers: what comes before is not meant as said. */
const IRONY = /\u{1F644}|\u{1F612}|\u{1F611}|\/s\b|\(not\)|#sarcasm|said no ?(?:one|body) ever/iu;

function ironic(doc: Doc, first: number): boolean {
  return IRONY.test(sentenceText(doc, first));
}

/** Praise that sarcasm wears ("what a genius take"), and what it is said of. */
const PRAISE =
  'genius|galaxy_brained|big_brained|groundbreaking|brilliant|fantastic|wonderful|great|smart|clever|amazing|incredible';
const PRAISED =
  'plan|idea|move|thing_to_say|thought|suggestion|take|insight|logic|rebuttal|comeback|argument|reasoning';

/**
 * Praise of an idea (ending at `end`) is not meant: a word only sarcasm uses ("genius",
 * "galaxy-brained"), an eye-roll or a closing "not." anywhere in the message, or ", genius" after it.
 */
function sarcastic(
  doc: Doc,
  first: number,
  end: number,
  tell = /^(?:genius|brained|groundbreaking)$/,
): boolean {
  for (let k = first; k < end; k++) if (tell.test((doc.tokens[k] as Token).w)) return true;
  return (
    IRONY.test(doc.text) ||
    /[.!?]\s*not[.!\s]*$/i.test(doc.text) ||
    /,\s*(?:genius|einstein|sherlock|professor|mastermind|brainiac)\b/i.test(sentenceText(doc, first))
  );
}

/** "I'm not sure that plan works…" of a plan; "I see it differently…" of a take or an argument. */
function praisedSuggest(doc: Doc, m: Match): Draft[] {
  const plan = /^(?:plan|idea|move|thought|suggestion)$/.test((doc.tokens[m.last - 1] as Token).w);
  return plain(
    plan ? "I'm not sure that plan works, and I'm frustrated." : "I see it differently, and I'm frustrated.",
  )(doc, m);
}

/** Words that cheer someone on when said of a task ahead or done: "you're gonna crush that exam". */
const CHEER_VERBS =
  /^(?:crush|crushed|crushing|nail|nailed|nailing|ace|aced|acing|smash|smashed|smashing|rock|rocked|rocking|kill|killed|killing|slay|slayed|slaying|own|owned|owning)$/;

/**
 * A cheer between `from` and `to`: one of CHEER_VERBS with "it" or a determiner other than "my"
 * after it ("crush that exam", "nailed it", "you'll ace this"), not negated.
 */
function cheersOn(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens;
  for (let k = from; k < to && k < from + 48; k++) {
    if (!CHEER_VERBS.test((t[k] as Token).w)) continue;
    const next = k + 1 < to ? (t[k + 1] as Token).w : '';
    if (/^(?:it|this|that|the|your|ur|tomorrow|today|tonight)$/.test(next) && !negatedBefore(doc, k, 3))
      return true;
  }
  return false;
}

/** Reassurance after a "not rocket science": "you'll be fine", "you've got this", a smile. */
const REASSURED =
  /\byou(?:'|’)?ll (?:be (?:fine|ok|okay|great|good)|do (?:great|fine)|get (?:it|there))|\byou(?:'ve| have)? got (?:this|it)\b|\byou can do (?:it|this)\b|\bdon'?t (?:worry|stress)\b|\beasy peasy\b|:-?\)|\u{1F604}|\u{1F642}|\u{1F60A}|\u{1F609}|\u{1F601}|\u{1F603}/iu;

/** Token `i` follows a comma (a vocative at the end: "clearly not, genius."). */
function afterComma(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  if (i <= s.first) return false;
  const gap = doc.text.slice((doc.tokens[i - 1] as Token).end, (doc.tokens[i] as Token).start);
  return /,/.test(gap);
}

const CHILDISH =
  'toddler|toddlers|child|children|baby|babies|kid|kids|brat|spoiled_brat|princess|diva|drama_queen|teenager|five_year_old|two_year_old|5_year_old|2_year_old|year_old|crybaby|martyr|maniac|lunatic|psycho|animal|caveman|spoilt_brat|little_kid|little_child|snowflake|victim';

const SARCASTIC_SMART =
  'genius|einstein|sherlock|professor|mastermind|brainiac|hotshot|smarty_pants|princess|your_highness|your_majesty|captain_obvious';

const LABEL_OFFER = "I'm finding the way this is going really hard right now.";

/**
 * "for once I beat you to the coffee haha", "for once in my life I was early": the rare event is the
 * writer's own, or laughed about. Not "for once I'd like you to listen" (a wish of the other).
 */
function forOnceMine(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (/\b(?:lol|haha|hehe|lmao)|[\u{1F602}\u{1F923}]/iu.test(aboutText(doc, first, first + 2))) return true;
  const a = first + 2 < s.last ? (t[first + 2] as Token).w : '';
  const b = first + 3 < s.last ? (t[first + 3] as Token).w : '';
  if (a === 'in' && b === 'my') return true;
  return /^(?:i|we|i'm|im)$/.test(a) && !/^(?:want|need|wish|would|ask|expect|hope|just)/.test(b);
}

/** The span from the "you" that does the act ("u type like a 5 year old"), so the offer replaces the clause. */
function fromYou(doc: Doc, first: number, hit: { end: number }): [number, number] {
  let k = first;
  for (let j = first - 1; j >= sentenceOf(doc, first).first && j > first - 7; j--)
    if (/^(?:you|u|your|ur)$/.test((doc.tokens[j] as Token).w)) k = j;
  return [k, hit.end];
}

/**
 * "you eat like a pig", "u dress like a toddler": the likeness said by what it mocks, as a mocking
 * likeness is ("I'm not a fan of how you eat"; typing and writing: "I'm finding your messages hard
 * to follow"), the rest of the sentence kept. Only "you" right before the doing.
 */
function howYouDoIt(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  // The span starts at "you" ("you eat like…").
  if (!/^(?:you|u)$/.test((t[m.first] as Token).w) || m.first + 1 >= s.last) return [];
  const v = (t[m.first + 1] as Token).w;
  const verb = baseOfForm(v) ?? v;
  const text = /^(?:eat|drive|play|dress)$/.test(verb)
    ? `I'm not a fan of how you ${verb}`
    : /^(?:type|write|spell)$/.test(verb)
      ? "I'm finding your messages hard to follow"
      : '';
  if (!text) return [];
  return [replaceTokens(doc, m.first, m.last < s.last ? clauseEnd(doc, m.last) + 1 : m.last, text)];
}

export const constructions = phraseFamily({
  id: 'constructions',
  category: 'contempt',
  phrases: [
    // -- Labels without insult words ------------------------------------------------------------
    {
      pattern: `behaving|acting|behave|act|acts|behaves|acted|behaved like a|an|such_a|some|the spoiled|spoilt|whiny|little|big|total|complete? ${CHILDISH}`,
      rule: 'childish',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) =>
        (mentionsYou(doc, first) || isImperative(doc, first) || STOP.has(prevWord(doc, first))) &&
        // "I acted like a spoiled brat at your parents'": the writer owns the act.
        !describesOneself(doc, first + 1) &&
        !negatedBefore(doc, first, 3) &&
        !warmAround(doc, first),
      span: fromYou,
      suggest: plain(LABEL_OFFER),
    },
    {
      // "u type like a 5 year old", "you eat like a pig", "your code reads like it was written by a
      // raccoon": what they do, likened to a child or an animal.
      pattern: `type|write|written|code|play|drive|eat|dress|spell|argue|read|reads|made|drawn like|by a|an|some @ANY? ${CHILDISH}|raccoon|monkey|chimp|pig|bot`,
      rule: 'childish',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        // "this reads like a toddler wrote it", "…reads like it was written by a 12 year old": their text.
        let you = doc.tokens[first]?.w === 'reads';
        let like = doc.tokens[first + 1]?.w === 'like';
        for (let k = first - 1; k >= s.first && k > first - 7; k--) {
          const x = (doc.tokens[k] as Token).w;
          if (/^(?:i|i'm|im|we|me|my|he|she|they|his|her|our)$/.test(x)) return false;
          you ||= /^(?:you|u|your|ur|you're|youre|ya|reads)$/.test(x);
          like ||= x === 'like';
        }
        return you && like && !negatedBefore(doc, first, 3) && !warmAround(doc, first);
      },
      span: fromYou,
      suggest: (doc, m) => [...howYouDoIt(doc, m), ...plain(LABEL_OFFER)(doc, m)],
    },
    {
      // "did a toddler write this?": asked of a text.
      pattern: `did a|an|some ${CHILDISH}|raccoon|monkey write|code this|that|it`,
      rule: 'childish',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => !warmAround(doc, first),
      suggest: plain(LABEL_OFFER),
    },
    {
      pattern: `you're|you_are|ur|youre|you_re being? a|an|such_a|a_real|a_total|a_complete|a_spoiled|a_little|an_absolute little|big|spoiled|spoilt|whiny|total|complete|absolute|massive|huge|giant|entitled|real? ${CHILDISH}`,
      rule: 'childish',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        // "you're such a sweet baby" never reaches here (two words); "you're a child of God" is a
        // description; "you're my baby" has no article.
        const s = sentenceOf(doc, first);
        const next = hit.end < s.last ? (doc.tokens[hit.end] as Token).w : '';
        return (
          next !== 'of' &&
          next !== 'at' &&
          next !== 'in' &&
          !negatedBefore(doc, first, 2) &&
          !warmAround(doc, first)
        );
      },
      suggest: plain(LABEL_OFFER),
    },
    {
      pattern: `you're|you_are|ur|youre|you_re being? @INT? unbelievable|impossible|insufferable|unbearable|exhausting|unreal|hopeless|pathetic|ridiculous|a_joke|a_nightmare|a_piece_of_work|the_worst|too_much`,
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      // "you're a joke teller now?", "ur a nightmare fan": the word heads a compound, not a verdict.
      guard: (doc, first, hit) =>
        !JOKE_COMPOUND.has((doc.tokens[hit.end] as Token | undefined)?.w ?? '') &&
        !negatedBefore(doc, first, 2) &&
        notWarm(doc, first) &&
        !warmAfter(doc, hit.end),
      suggest: plain("I'm really struggling with how this is going."),
    },
    // -- Rhetorical questions that are verdicts --------------------------------------------------
    {
      pattern:
        'who|what_kind_of_person|what_sort_of_person even does|says|thinks|acts|talks|behaves|does_that|would',
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => notWarm(doc, first) && !negatedBefore(doc, first, 2),
      suggest: plain("That surprised me, and I'd like to understand it."),
    },
    // "What kind of father forgets his own kid?", "what sort of manager yells at interns": a role
    // failed, asked as a verdict. Not "what kind of friend would I be if…", "what kind of dog is it?".
    {
      pattern:
        'what_kind_of|what_sort_of|what_type_of person|man|woman|father|mother|dad|mom|mum|parent|friend|boyfriend|girlfriend|husband|wife|partner|boss|manager|teacher|coach|adult|human|company|business|landlord|neighbour|neighbor|coworker|colleague @ANY',
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => {
        const v = (doc.tokens[hit.end - 1] as Token).w;
        const next = doc.tokens[hit.end]?.w ?? '';
        const asks = /^(?:would|does|did|can|could|will)$/.test(v)
          ? !/^(?:i|you|u|he|she|they|we|it|your|my|his|her|their)$/.test(next)
          : /^[a-z]{3,}(?:s|ed)$/.test(v) && !/^(?:was|has|likes|loves|wants|needs|suits|fits)$/.test(v);
        return asks && contentStart(doc, sentenceOf(doc, first)) === first && notWarm(doc, first);
      },
      suggest: plain("That surprised me, and I'd like to understand it."),
    },
    {
      pattern: 'why|how would|could|do|did|does|can you|u even',
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => notWarm(doc, first),
      // "why would you even need my number?" → "why would you need my number?": "even" is the scorn;
      // the question is the person's and stays. With nothing asked after it, ours instead.
      suggest: (doc, m) =>
        // "how do you even function…" doubts the person, not a choice: it keeps ours.
        (doc.tokens[m.first] as Token).w === 'why' &&
        m.last < sentenceOf(doc, m.first).last &&
        /^\p{L}/u.test((doc.tokens[m.last] as Token).raw)
          ? [removeTokens(doc, m.last - 1, m.last, 'Leave out "even"')]
          : plain("I'd like to understand why you did that.")(doc, m),
    },
    {
      pattern: "do|don't|dont|did|can|can't|cant you|u ever|even think|listen before",
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      suggest: plain('That hurt, and I wish it had been thought through.'),
    },
    {
      pattern: 'how @INT? @NEG:w can|could you|u be|get',
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: plain('That really hurt me.'),
    },
    {
      pattern: 'how @INT? @IADJ:w you|u are|were|have_been|can_be',
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => !negatedBefore(doc, first, 1),
      suggest: (doc, m) => howYouWere(doc, m) ?? plain('That really hurt me.')(doc, m),
    },
    {
      pattern: "you|u can't|cant|cannot|never|can_never do|get anything|a_single_thing right",
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      suggest: plain("This didn't go the way I hoped, and I'm frustrated."),
    },
    {
      // crossa38: a group too: "you lot only ever moan about the refs".
      pattern: 'you|u guys|lot|people|ppl? only ever|ever_only',
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      // "you only ever need two eggs": the generic "you" of an instruction ("…need me for" is not).
      guard: (doc, first, hit) =>
        !(
          (doc.tokens[hit.end] as Token | undefined)?.w === 'need' &&
          !/^(?:me|us|my)$/.test((doc.tokens[hit.end + 1] as Token | undefined)?.w ?? '')
        ) &&
        // "…call when you need a favour": one-sided use, whatever the favour's warmth.
        (notWarm(doc, first) ||
          /\bwhen (?:you|u) (?:need|want)\b/i.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)) ||
          // "you only ever show up when there's free food": "free" is the bait, not warmth.
          (/^\s*(?:show|turn|pop)s? up when\b/i.test(
            doc.text.slice((doc.tokens[hit.end - 1] as Token).end),
          ) &&
            !/\b(?:love\w*|great|nice|glad|happy|good to)\b/i.test(doc.text))),
      suggest: plain('Lately this has felt one-sided to me.'),
    },
    {
      pattern:
        'did|do|have|does you|u even read|try|tried|look|looked|bother|bothered|check|checked|listen|care|think',
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain("I'm not sure this was read closely, and it frustrates me."),
    },
    {
      pattern: 'are you|u @INT? kidding|joking|serious|for_real|insane|mad|crazy|nuts me?',
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) && notWarmOutside(doc, first, hit.end) && !warmNextDoor(doc, first),
      // "are you mad?" questions a decision: asked plainly, the question stays ("are you sure
      // about this?"); "are you kidding me?" is surprise.
      suggest: (doc, m) => {
        const k = m.first + 2;
        const w = k < m.last ? (doc.tokens[k] as Token).w : '';
        const sure = /^(?:insane|mad|crazy|nuts)$/.test(w)
          ? [
              replaceTokens(
                doc,
                m.first,
                m.last,
                `${doc.text.slice((doc.tokens[m.first] as Token).start, (doc.tokens[k - 1] as Token).end)} sure about this`,
              ),
            ]
          : [];
        return [...sure, ...plain("I'm really surprised by this.")(doc, m)];
      },
    },
    {
      pattern: 'is that|it|this really? so|that hard|difficult',
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => mentionsYou(doc, first) && notWarm(doc, first),
      suggest: plain("This matters to me, and I'd really appreciate it."),
    },
    {
      pattern:
        "you|u have_no|don't_have_a|dont_have_a|haven't_got_a|have_zero|clearly_have_no idea|clue what|how|about",
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, _first, hit) => !ownJoy(doc, hit.end),
      suggest: (doc, m) => topicSeenDifferently(doc, m) ?? plain('I see this differently.')(doc, m),
    },
    {
      pattern: "you|u don't|dont|do_not know what you're|you_are|ur|youre|you talking|on_about",
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      suggest: plain('I see this differently.'),
    },
    {
      pattern: 'idiots|morons|clowns|types like you|u|yourself',
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => notWarmOutside(doc, first, hit.end) && !negatedBefore(doc, first, 2),
      suggest: likeYou,
    },
    {
      pattern:
        'the dumbest|stupidest|most_idiotic|most_ridiculous|most_pathetic thing|take|idea|comment|argument|opinion|excuse|post|answer',
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      // "this spreadsheet is the dumbest thing": a thing judged (session 37), not "your plan is …".
      guard: (doc, first) =>
        !negatedBefore(doc, first, 2) && !selfBefore(doc, first) && !aimedAtThing(doc, first + 1, false),
      suggest: plain("I really don't agree with this."),
    },
    {
      pattern:
        'what a|such_a @INT? stupid|dumb|idiotic|moronic|ridiculous|pathetic|terrible|awful|garbage|trash|braindead|asinine|absurd take|idea|comment|argument|opinion|excuse|post|answer|question|thing_to_say|response|reply',
      rule: 'verdict',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => !selfBefore(doc, first),
      suggest: (doc, m) => [...plainerVerdict(doc, m), ...plain("I really don't agree with this.")(doc, m)],
    },
    {
      pattern: 'learn to read|spell|count|listen|write|use_google',
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => isImperative(doc, first),
      suggest: plain('I think we may be reading this differently.'),
    },
    {
      pattern: 'get|check your facts straight|right',
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => isImperative(doc, first),
      suggest: plain('I think some of the facts here are different.'),
    },
    {
      pattern: 'get a grip|clue',
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      // "get a grip on the lid", "get a good grip on that rope": a hand on a thing.
      guard: (doc, first, hit) => isImperative(doc, first) && !gripOnThing(doc, hit.end),
      // "get a clue before you post": what they are asked to do first stays, asked plainly.
      suggest: (doc, m) =>
        doc.tokens[m.last]?.w === 'before'
          ? [
              replaceTokens(doc, m.first, m.last, 'please think it through'),
              ...plain('I see this differently.')(doc, m),
            ]
          : plain('I see this differently.')(doc, m),
    },
    {
      pattern: "what's|whats|what_is your problem|deal|issue",
      rule: 'rhetorical',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && notWarm(doc, first),
      // A question stays a question ("So what's your problem?" in a review asks about the code).
      suggest: plain("What's the issue here?"),
    },
    // -- Sarcasm ------------------------------------------------------------------------------------
    {
      pattern: `wow|oh|yeah|sure|great|well what a|such_a ${PRAISE} ${PRAISED}`,
      rule: 'sarcasm',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // "Wow, what a genius plan": genius is the tell; other praise only with an eye-roll or
      // a sour word nearby.
      guard: (doc, first, hit) => sarcastic(doc, first, hit.end) || !notWarmInverse(doc, first),
      suggest: praisedSuggest,
    },
    {
      // "Brilliant rebuttal. 🙄", "groundbreaking take", "Incredible logic there, genius": the
      // praise opens the sentence, and the message says it is not meant.
      pattern: `${PRAISE} ${PRAISED}`,
      rule: 'sarcasm',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, first);
        for (let k = s.first; k < first; k++)
          if (!/^(?:wow|oh|ok|lol|lmao|so|truly|real|and|what|a|such)$/.test((t[k] as Token).w)) return false;
        // "Genius idea, I'm stealing this": opening a sentence, "genius" is praise as often as not.
        return (
          (isClauseEnd(doc, hit.end - 1) || t[hit.end]?.w === 'there') &&
          sarcastic(doc, first, hit.end, /^(?:brained|groundbreaking)$/)
        );
      },
      suggest: praisedSuggest,
    },
    {
      pattern: `${SARCASTIC_SMART}`,
      rule: 'sarcasm',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // A vocative at the end of a clause, after a comma: "clearly not, genius."
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const p = polarity(doc, s.first, first);
        // "Clearly not, genius": a hedge before the vocative is not praise.
        let hedge = 0;
        for (let k = s.first; k < first; k++) {
          const t = doc.tokens[k] as Token;
          if (HEDGES.has(t.w)) hedge += Math.max(0, polarity(doc, k, k + 1).pos);
        }
        return (
          afterComma(doc, first) &&
          isClauseEnd(doc, hit.end - 1) &&
          !(p.pos - hedge > p.neg) &&
          !cheersOn(doc, s.first, first)
        );
      },
      suggest: (doc, m) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, m.first);
        // Drop ", genius" and keep what came before.
        let start = (t[m.first] as Token).start;
        while (start > s.start && /[\s,]/.test(doc.text[start - 1] as string)) start--;
        return [{ start, end: (t[m.last - 1] as Token).end, text: '', label: 'Leave it out' }];
      },
    },
    {
      pattern:
        'thanks|thank_you|thx a_lot|so_much|loads|for_nothing really|very|super|so helpful|useful|nice|considerate|thoughtful|supportive',
      rule: 'sarcasm',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // Sincere thanks pass ("thanks a lot, really helpful!"): sarcasm needs a marker, an
      // eye-roll, a sour opener ("wow", "oh great"), or a complaint around it.
      guard: (doc, first, hit) =>
        ironic(doc, first) || sourOpener(doc, first) || complaintAround(doc, first, hit.end),
      suggest: plain("That didn't help me much, and I'm frustrated."),
    },
    {
      pattern:
        'nice|great|good|well|wonderful|perfect|brilliant|awesome|lovely|fantastic|real|very|so going|job|work|done|one|move|plan|thanks|mature|helpful|smart|clever',
      rule: 'sarcasm',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => ironic(doc, first),
      suggest: plain("That didn't go well, and I'm frustrated."),
    },
    // -- Dismissing the other person -----------------------------------------------------------
    {
      pattern: 'no_one|nobody|noone cares|gives_a_damn|gives_a_shit what|about you|u|your',
      rule: 'dismiss',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: plain("I see this differently, and I'd rather talk it through."),
    },
    {
      pattern: "that's|thats|that_is|this_is|this's|it's|its on you|u",
      rule: 'blame',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      category: 'blame',
      // "it's on you tonight?": a time after it is turn-taking (paying, hosting), not blame.
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        !/^(?:tonight|today|tomorrow|again|this|next)$/.test(
          (doc.tokens[hit.end] as Token | undefined)?.w ?? '',
        ) &&
        // cluster42: "that's on you, I'm buying next time!"
        !/\b(?:buy|treat|pay)(?:ing)?\b/i.test(doc.text) &&
        notWarm(doc, first),
      suggest: plain('I was hurt by how this turned out.'),
    },
    // -- Blame without "fault" --------------------------------------------------------------------
    {
      pattern: "this|that|this's|that's|thats|this_is|that_is is? what happens when you|u",
      rule: 'blame',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      category: 'blame',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain('I was hurt by how this turned out.'),
    },
    {
      pattern: "look|see what you|u did|done|have_done|'ve_done|made_me_do",
      rule: 'blame',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      category: 'blame',
      // "look what you did to my heart ❤️": a heart or a loving face makes it a compliment.
      // "look what you did to my garden, it's gorgeous now": praise after it, too.
      guard: (doc, first, hit) =>
        notWarm(doc, first) &&
        // "I see what you did there": a pun noticed, not blame.
        (doc.tokens[hit.end] as Token | undefined)?.w !== 'there' &&
        !praiseAfter(doc, hit.end) &&
        !/[\u2764\u{1F60D}\u{1F970}\u{1F618}\u{1F495}\u{1F496}\u{1F497}]/u.test(
          aboutText(doc, first, hit.end),
        ),
      suggest: plain("I'm upset about how this turned out."),
    },
    {
      pattern: "you're|you_are|ur|youre the one who|that",
      rule: 'blame',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      category: 'blame',
      // "you're the one who taught me to cook" recalls a fact; the charge names something that
      // went wrong ("…who lied", "…who never pays") or ends on the quarrel itself ("…who wanted this").
      guard: (doc, first, hit) => notWarm(doc, first) && oneWhoCharge(doc, hit.end),
      suggest: plain('I was hurt by how this turned out.'),
    },
    // -- The case file: counting the times -----------------------------------------------------
    {
      pattern: 'for the hundredth|thousandth|millionth|last|fifth|tenth|fiftieth|umpteenth|nth time',
      rule: 'history',
      severity: 2,
      min: 'balanced',
      why: 'history',
      category: 'absolutes',
      guard: (doc, first, hit) =>
        notWarm(doc, first) &&
        (mentionsYou(doc, first) || commandFollows(doc, first) || leftUndone(doc, hit.end)),
      suggest: (doc, m) => [dropPhrase(doc, m)],
    },
    {
      pattern:
        'told|asked|reminded|said you|u|this|it|that a_million|a_hundred|a_thousand|a_dozen|so_many|countless|how_many|many|100|1000 times',
      rule: 'history',
      severity: 2,
      min: 'balanced',
      why: 'history',
      category: 'absolutes',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain("I've brought this up before, and it matters to me."),
    },
    {
      // crossa38: a group too: "all you lot ever do is moan".
      pattern: 'all you|u guys|lot|people? ever|do|ever_do|care_about|think_about',
      rule: 'history',
      severity: 2,
      min: 'balanced',
      why: 'absolutes',
      category: 'absolutes',
      // "all you ever need to bring is yourself": an offer, not a tally. "if all you think about is
      // how tired you are, …": a case put as advice, not a charge.
      guard: (doc, first, hit) =>
        notWarm(doc, first) &&
        !/^(?:need|have)$/.test(doc.tokens[hit.end]?.w ?? '') &&
        !/^(?:if|when|whenever)$/.test(doc.tokens[first - 1]?.w ?? ''),
      suggest: plain('Lately this has felt one-sided to me.'),
    },
    {
      pattern: 'same old story|thing|excuse|excuses|song|routine|nonsense',
      rule: 'history',
      severity: 2,
      min: 'balanced',
      why: 'history',
      category: 'absolutes',
      // "same old story at work, how was your day?": news of a place, "you" asked after.
      guard: (doc, first, hit) => notWarm(doc, first) && mentionsYou(doc, first) && !atPlace(doc, hit.end),
      suggest: plain("This keeps coming up, and it's wearing on me."),
    },
    {
      pattern: 'for once',
      rule: 'history',
      severity: 2,
      min: 'balanced',
      why: 'history',
      category: 'absolutes',
      guard: (doc, first) =>
        notWarm(doc, first) &&
        (mentionsYou(doc, first) || commandFollows(doc, first)) &&
        !forOnceMine(doc, first),
      suggest: (doc, m) => [dropPhrase(doc, m)],
    },
    // -- Talking down -------------------------------------------------------------------------------
    {
      pattern: 'explain|say|spell|repeat it|this|that slowly',
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      // "Let me explain this slowly": said by the writer; "could you explain it slowly?" asks.
      guard: (doc, first) => firstPersonBefore(doc, first),
      // "Let me" / "I'll" go with it: "Let me try to explain this better."
      suggest: (doc, m) => [
        toSentenceEnd(doc, sentenceOf(doc, m.first).first, 'Let me try to explain this better.'),
      ],
    },
    {
      pattern: 'do|must|should i have|need to spell|draw|explain it|this|everything out?',
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      suggest: plain('Let me try to explain this better.'),
    },
    {
      pattern:
        "it's|its|it_is|this_is|this's|isn't|it_isn't|it_is_not|ain't not? exactly|really? rocket_science|brain_surgery",
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      // "it's not rocket science but it's really fun to build": modesty about a hobby, not a jab.
      // "it's not rocket science, you'll be fine 😄": reassurance.
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (REASSURED.test(doc.text.slice(s.start, Math.min(doc.text.length, s.end + 80)))) return false;
        return (
          !(hit.end < s.last && /^(?:but|though|lol|haha)$/.test((doc.tokens[hit.end] as Token).w)) &&
          notWarm(doc, first)
        );
      },
      // "its not rocket science, just turn it off and on" → "just turn it off and on".
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        if (m.first === s.first && m.last < s.last && isClauseEnd(doc, m.last - 1))
          return [
            removeTokens(doc, m.first, m.last, 'without the jab'),
            ...plain('I think we can figure this out.')(doc, m),
          ];
        return plain('I think we can figure this out.')(doc, m);
      },
    },
    {
      pattern:
        "you|u wouldn't|would_not|won't|will_never|could_never|can't|cant|couldn't understand|get_it|comprehend",
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first, hit) => {
        // "you wouldn't understand anyway".
        const s = sentenceOf(doc, first);
        const next = hit.end < s.last ? (doc.tokens[hit.end] as Token).w : '';
        const ends =
          isClauseEnd(doc, hit.end - 1) || (/^(?:anyway|anyways)$/.test(next) && isClauseEnd(doc, hit.end));
        return ends && notWarm(doc, first);
      },
      suggest: plain("It's hard for me to explain, but I'd like to try."),
    },
    {
      pattern: 'try|trying to? keep up',
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && isImperative(doc, first),
      suggest: plain('Let me know if I went too fast.'),
    },
    {
      pattern: "it_was|it's|its|was|it_is just|only a joke|joke|kidding|joking",
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      category: 'talking-down',
      guard: (doc) => brushOff(doc),
      suggest: plain("I meant it as a joke, but I can see it hurt. I'm sorry."),
    },
    {
      pattern: "you|u should've|should_have|shoulda|should_of known|thought better|of_that",
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first, hit) => notWarmOutside(doc, first, hit.end),
      suggest: plain("I wish this had gone differently, and I'm frustrated."),
    },
    {
      pattern: "obviously|clearly you|u didn't|don't|can't|haven't|weren't|have_no|never",
      rule: 'condescend',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => notWarm(doc, first),
      suggest: (doc, m) => [dropPhrase(doc, { ...m, last: m.first + 1 })],
    },
    // -- Shutting the door -----------------------------------------------------------------------
    {
      pattern:
        "i'm|i_am|im not|done going_to? talking|arguing|discussing|doing|argue|discuss|talk about|with? this|that|it|you|u",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const next = hit.end < s.last ? (doc.tokens[hit.end] as Token).w : '';
        return notWarm(doc, first) && (isClauseEnd(doc, hit.end - 1) || DOOR.has(next));
      },
      suggest: plain('I need a break from this. Can we talk later?'),
    },
    {
      // "done talking.", "done arguing": the "I'm" left out, the whole sentence.
      pattern: 'done talking|arguing|discussing|explaining',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      // withdr40: "we're done talking (about this).": the talk shut for both.
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        // "We're …" only as the whole sentence: "we're done talking, dinner's ready!" is news.
        const e =
          t[hit.end]?.w === 'about' && /^(?:this|it|that)$/.test(t[hit.end + 1]?.w ?? '')
            ? hit.end + 2
            : hit.end;
        return (
          (isSentenceStart(doc, first)
            ? doorAt(doc, hit.end)
            : t[first - 1]?.w === "we're" &&
              isSentenceStart(doc, first - 1) &&
              sentenceOf(doc, first).last <= e) &&
          notWarm(doc, first) &&
          !fondNear(doc, hit.end)
        );
      },
      suggest: plain('I need a break from this. Can we talk later?'),
    },
    {
      // "Conversation over.": the verb left out, the whole sentence.
      pattern: 'conversation|convo|discussion over|ended|closed',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first, hit) =>
        isSentenceStart(doc, first) &&
        isClauseEnd(doc, hit.end - 1) &&
        notWarm(doc, first) &&
        !fondNear(doc, hit.end),
      suggest: plain('I need a break from this. Can we talk later?'),
    },
    {
      pattern: 'this|the|our conversation|discussion|argument|talk is over|done|finished',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      suggest: plain('I need a break from this. Can we talk later?'),
    },
    {
      pattern:
        "don't|dont|do_not even? bother texting|calling|messaging|replying|coming|contacting|answering|apologizing|apologising|explaining|trying_to_explain|responding",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first, hit) => isImperative(doc, first) && notWarm(doc, first) && !fondNear(doc, hit.end),
      suggest: plain("I need some space for a while. I'll reach out when I'm ready."),
    },
    {
      pattern: "don't|dont|do_not ever? call|text|message|contact|email|dm me",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first, hit) =>
        isImperative(doc, first) &&
        (isClauseEnd(doc, hit.end - 1) || topicEnds(doc, hit.end)) &&
        notWarm(doc, first),
      suggest: plain("I need some space for a while. I'll reach out when I'm ready."),
    },
    {
      pattern: "i don't|dont|do_not want to talk|discuss about? it|this|that",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain('I need a little time before we talk about it. Can we come back to it tonight?'),
    },
    {
      pattern: 'whatever makes you|u happy',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first, hit) => notWarmOutside(doc, first, hit.end) && isClauseEnd(doc, hit.end - 1),
      suggest: plain("I see it differently, but I'm willing to talk it through."),
    },
    {
      // "there's nothing to talk about", "we have nothing to discuss": the talk shut from both sides.
      pattern:
        "i_have|we_have|i've|ive|we've|i_got|there's|theres|there_is nothing|nothing_else|nothing_more to say|discuss|talk_about to? you|u?",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      // "I have nothing to say about the film yet": a topic after it, not the talk shut.
      // withdr44: the worry / sorted check only for withdr43's wider forms, not "I have nothing (more) to
      // say (to you)" as before ("don't worry, I have nothing more to say to you"): the old form began with "i".
      guard: (doc, first, hit) =>
        notWarm(doc, first) &&
        doorAt(doc, hit.end) &&
        ((doc.tokens[first] as Token).w === 'i' || !says(doc, /\b(?:worr|sorted)/i)),
      suggest: plain("I need some time before I'm ready to talk."),
    },
    {
      pattern: 'not in the mood for this|you|your|it|that|any',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain("I'm worn out right now. Can we talk later?"),
    },
    {
      pattern: 'forget i even? said|asked|mentioned anything|it|that?',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      // "forget I said anything about the surprise 🤫" keeps a secret; "forget i asked, found it 😊".
      guard: (doc, first, hit) => notWarm(doc, first) && doorAt(doc, hit.end) && !fondNear(doc, hit.end),
      suggest: plain("I'd still like to talk about this when you're ready."),
    },
    {
      pattern: 'talk to the_wall|the_hand|yourself_then|urself_then',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      suggest: plain('I need a little time on my own. Can we talk tonight?'),
    },
    {
      pattern:
        "i'm|i_am|im blocking|muting|unfollowing|unfriending|ignoring you|u|this_chat|this_convo|this_conversation|this_thread|your_number|ur_number",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first, hit) =>
        notWarm(doc, first) && !fondNear(doc, hit.end) && !practicalMute(doc, hit.end),
      suggest: plain('I need some space for a while.'),
    },
    {
      // "muting you for the rest of the day", "blocking you everywhere, bye": the "I'm" left out.
      pattern:
        'blocking|muting|unfollowing|unfriending|ignoring|ghosting you|u|this_chat|this_convo|this_conversation',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      guard: (doc, first, hit) =>
        isSentenceStart(doc, first) &&
        notWarm(doc, first) &&
        !fondNear(doc, hit.end) &&
        !practicalMute(doc, hit.end),
      suggest: plain('I need some space for a while.'),
    },
    {
      pattern: 'see if i care',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      suggest: plain("I'm upset, and I need a moment."),
    },
    {
      pattern: 'i give up on us|you|u|this|trying|everything',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      category: 'withdrawal',
      // "I give up on this crossword": a thing named after "this" is a task, not the other person.
      guard: (doc, first, hit) =>
        notWarm(doc, first) &&
        ((doc.tokens[hit.end - 1] as Token).w !== 'this' ||
          isClauseEnd(doc, hit.end - 1) ||
          DOOR.has((doc.tokens[hit.end] as Token).w) ||
          /^(?:relationship|marriage|friendship|conversation)$/.test((doc.tokens[hit.end] as Token).w)),
      suggest: plain("I'm feeling worn out. Can we take a break and try again later?"),
    },
    {
      pattern:
        "one more time|word|chance and i'm|i_am|im|we're|we_are|were|i'll|ill|it's done|out|gone|leaving|through|over",
      rule: 'ultimatum',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      suggest: plain('This matters a lot to me, and I need us to talk about it.'),
    },
    {
      pattern: "or i'm|i_am|im|i'll|ill|i leaving|gone|out|walk|leave|done|walking",
      rule: 'ultimatum',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => mentionsYou(doc, first) && isClauseEnd(doc, hit.end - 1),
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          sentenceOf(doc, m.first).first,
          'This matters a lot to me, and I need us to talk about it.',
        ),
      ],
    },
    {
      pattern: 'see how you|u like it|like_it_when',
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      suggest: (doc, m) => [
        toSentenceEnd(doc, sentenceOf(doc, m.first).first, "I'm hurt, and I need us to talk about it."),
      ],
    },
    {
      pattern: "you|u won't|wont|will_not|will_never|ll_never hear_from|see me again|anymore",
      rule: 'ultimatum',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      suggest: plain('I need some time away. I will reach out when I can.'),
    },
  ],
});

/** An imperative follows within the clause: "for once, listen", "for the last time, put it back". */
/**
 * "for the umpteenth time the bins haven't gone out", "… the light's been left on all night": a
 * chore left undone, said of the thing (not "I left my keys": the writer's own slip; no question, no laugh).
 */
function leftUndone(doc: Doc, from: number): boolean {
  const s = sentenceOf(doc, from - 1);
  if (/\?|\b(?:lol|lmao|haha|hehe)/i.test(doc.text.slice(s.start, s.end + 1))) return false;
  for (let k = from; k < s.last && k < from + 10; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (/^(?:i|i'm|im|i've|ive|we|we've)$/.test(w)) return false;
    if (/^(?:left|not|never)$|n't$/.test(w)) return true;
  }
  return false;
}

function commandFollows(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = first + 1; k < s.last && k < first + 6; k++) {
    if (afterComma(doc, k)) return isImperative(doc, k) || mentionsYou(doc, k);
  }
  return false;
}

/** "As always, you…" / "for once, listen": the phrase goes, with its comma. */
function dropPhrase(doc: Doc, m: Match): Draft {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const start = (t[m.first] as Token).start;
  if (m.first === s.first && m.last < s.last) {
    const next = t[m.last] as Token;
    const rest = next.raw;
    const cap = rest.charAt(0).toUpperCase() + rest.slice(1);
    return { start, end: next.end, text: cap === 'I' || /^[A-Z]/.test(doc.text.slice(start)) ? cap : rest };
  }
  let a = start;
  while (a > s.start && /[\s,]/.test(doc.text[a - 1] as string)) a--;
  return { start: a, end: (t[m.last - 1] as Token).end, text: '', label: 'Leave it out' };
}

/** "It was just a joke, relax": brushing off the other person's hurt. */
const BRUSH: ReadonlySet<string> = new Set([
  'relax',
  'chill',
  'lighten',
  'sensitive',
  'jeez',
  'geez',
  'god',
  'calm',
  'seriously',
  'overreacting',
  'dramatic',
]);

function brushOff(doc: Doc): boolean {
  for (const t of doc.tokens) if (BRUSH.has(t.w)) return true;
  return false;
}

/**
 * A surprise said as a sentence of its own takes its colour from the sentences next to it: "are you
 * kidding me?? that's amazing news", "We got the flat! Are you serious?!". True when a neighbouring
 * sentence is warm and neither is sour.
 */
function warmNextDoor(doc: Doc, first: number): boolean {
  const k = (doc.tokens[first] as Token).sent;
  let pos = 0;
  let neg = 0;
  // A short question between ("Are you serious?? You're moving back? That's the best news")
  // passes the colour on: the sentence after it counts too.
  for (const n of [k - 1, k + 1, k + 2]) {
    const s = doc.sentences[n];
    if (!s) continue;
    // A sentence the pre-filter let pass has no tokens: its words, read roughly from the text.
    const p =
      s.last > s.first ? polarity(doc, s.first, s.last) : roughPolarity(doc.text.slice(s.start, s.end));
    if (p.neg > p.pos) return false;
    pos += p.pos;
    neg += p.neg;
  }
  return pos > neg;
}

/** "my dumbest idea", "I had the worst day": about oneself, not the other person. */
function selfBefore(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = first - 1; k >= s.first && k >= first - 4; k--) {
    const w = (doc.tokens[k] as Token).w;
    if (w === 'i' || w === 'my' || w === "i've" || w === "i'm" || w === 'me' || w === 'we' || w === 'our')
      return true;
  }
  return false;
}

/**
 * "you have no idea how happy I am / how much I missed you / how much this means to me": the writer
 * stressing their own good feeling, not a verdict on what the reader knows. Nothing sour may follow
 * in the clause ("how hard I work" stays a verdict).
 */
function ownJoy(doc: Doc, end: number): boolean {
  const how = doc.tokens[end - 1];
  if (how?.w !== 'how') return false;
  let me = false;
  let good = 0;
  for (let i = end; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token;
    if (t.sent !== how.sent) break;
    if (/^(?:i|me|we|us|my|i'm|im)$/.test(t.w)) me = true;
    const fond = /^(?:miss|missed|mean|means|meant)$/.test(t.w);
    const v = fond ? 2 : valence(t.w);
    if (v < 0 || (!fond && isComplaint(t.w))) return false;
    good += v;
    if (isClauseEnd(doc, i)) break;
  }
  return me && good > 0;
}

/** Praise right after a verdict word: "you're unbelievable, thank you so much". */
function warmAfter(doc: Doc, end: number): boolean {
  const s = sentenceOf(doc, end - 1);
  const p = polarity(doc, end, s.last);
  return p.pos > p.neg;
}

/** True when the words around are sour (negative outweighs positive, not counting the match). */
function notWarmInverse(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const a = polarity(doc, s.first, first);
  return !(a.neg > a.pos);
}

/** Words that carry sarcasm as often as praise: not warmth before a vocative ("Clearly not, genius"). */
const HEDGES: ReadonlySet<string> = new Set([
  'clearly',
  'obviously',
  'sure',
  'yeah',
  'wow',
  'right',
  'lol',
  'lmao',
  'haha',
]);

/** "wow, thanks a lot", "oh great, thanks": the sentence opens sourly. */
function sourOpener(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  const w0 = (t[s.first] as Token).w;
  const w1 = s.first + 1 < s.last ? (t[s.first + 1] as Token).w : '';
  return w0 === 'wow' || w0 === 'gee' || (w0 === 'oh' && (w1 === 'great' || w1 === 'wow' || w1 === 'gee'));
}

/** A complaint in the message around the words (negative words outweigh the rest, laughter aside). */
function complaintAround(doc: Doc, first: number, end: number): boolean {
  return !warmAround(doc, first, first, end) && polarity(doc, 0, Math.min(doc.tokens.length, 64)).neg > 0;
}

/** The writer is the subject: "let me explain this slowly", "I'll say it slowly". */
function firstPersonBefore(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = first - 1; k >= s.first && k >= first - 4; k--) {
    const w = (doc.tokens[k] as Token).w;
    if (w === 'me' || w === 'i' || w === "i'll" || w === 'ill' || w === "i'm" || w === 'im' || w === 'i_will')
      return true;
  }
  return false;
}
