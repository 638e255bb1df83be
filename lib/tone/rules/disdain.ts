/**
 * Contempt aimed at the person without a stock insult word: disgust ("I'm disgusted by you"),
 * verdicts on who they are ("you're embarrassing", "ur so cringe", "a waste of space", "what a
 * joke you are") and mock admiration ("look at you, thinking you're special"). Each names "you";
 * the same words about a thing or about oneself pass ("the wifi is pathetic", "I feel pathetic").
 */
import { INSULT_ADJECTIVES } from '../lexicon';
import type { Doc, Token } from '../text';
import type { Category } from '../types';
import type { WhyKey } from '../why';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  type Draft,
  isClauseEnd,
  isImperative,
  isSentenceStart,
  type Match,
  mentionsYou,
  negatedBefore,
  polarityNoLaughter,
  replaceTokens,
  sentenceOf,
  toSentenceEnd,
  tokenWord as w,
} from './rule';

const whole =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, text)];

/** The sentence is not warm outside tokens [first, end): praise there is not the matched words' own. */
function notWarm(doc: Doc, first: number, end = first): boolean {
  const s = sentenceOf(doc, first);
  const a = polarityNoLaughter(doc, s.first, first);
  const b = polarityNoLaughter(doc, end, s.last);
  return !(a.pos + b.pos > a.neg + b.neg);
}

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

/** Orders that "already" makes impatient, after their fill ("just answer the question already"). */
const ALREADY_ASK =
  /^(?:answer|respond|reply|pick|choose|decide|make (?:up )?(?:your|ur) mind|admit it|apologi[sz]e|get to the point|hurry up|spit it out|tell me)\b/;
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

const A = (p: string, o: Pick<PhraseRule, 'suggest'>, g?: PhraseRule['guard']) =>
  J(p, 'annoyed', 'mockery', o, g);
const C = (p: string, o: Pick<PhraseRule, 'suggest'>, g?: PhraseRule['guard']) =>
  J(p, 'capacity', 'insult', o, g);
const M = (p: string, o: Pick<PhraseRule, 'suggest'>, g?: PhraseRule['guard']) =>
  J(p, 'mock-belief', 'mockery', o, g);

export const disdain = phraseFamily({
  id: 'disdain',
  category: 'contempt',
  phrases: [
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
      (doc, first) => nw(doc, first) && !SELF.test(doc.text),
    ),
    A(
      `is|was it|that really|seriously? so|that|this hard|difficult to ${COURTESY}`,
      { suggest: ask('It would mean a lot if you could', '.', -1) },
      (doc, first) => isSentenceStart(doc, first) && nw(doc, first) && !SELF.test(doc.text),
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
        return [
          {
            start: (doc.tokens[m.first] as Token).start,
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
      'anyone|anybody|nobody|no_one|someone|people|you|u with|had|have half_a_brain|two_brain_cells|a_brain_cell|an_ounce_of_sense',
      { suggest: whole("I really don't think this was a good call.") },
    ),
    C(
      "you|u|he|she|they|you've|he's|she's have|has|got the attention_span|memory|brains|iq|emotional_range|personality|manners|social_skills|common_sense of a|an",
      { suggest: whole(FRUSTRATED) },
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
      'cute|adorable|precious|hilarious how|that you|u think|believe|still_think|actually_think',
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
    // -- Talking down -----------------------------------------------------------------------------
    J(
      'think|thinking before you|u speak|talk|type|post|open_your_mouth|open_ur_mouth|hit_send|comment|reply',
      'condescend',
      'command',
      { suggest: whole('That hurt, and I wish it had been thought through.') },
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
        // "not everything is about you" → "this is about all of us": the person's sentence stays.
        suggest: (doc, m) => [
          ...((doc.tokens[m.first] as Token).w === 'not'
            ? [replaceTokens(doc, m.first, m.last, 'this is about all of us')]
            : []),
          ...whole("I'd like us to look at the bigger picture here.")(doc, m),
        ],
      },
      undefined,
      TD,
    ),
  ],
});
