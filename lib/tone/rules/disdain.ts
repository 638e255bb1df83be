/**
 * Contempt aimed at the person without a stock insult word: disgust ("I'm disgusted by you"),
 * verdicts on who they are ("you're embarrassing", "ur so cringe", "a waste of space", "what a
 * joke you are") and mock admiration ("look at you, thinking you're special"). Each names "you";
 * the same words about a thing or about oneself pass ("the wifi is pathetic", "I feel pathetic").
 */
import { INSULT_ADJECTIVES } from '../lexicon';
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  type Draft,
  isClauseEnd,
  type Match,
  negatedBefore,
  polarityNoLaughter,
  sentenceOf,
  toSentenceEnd,
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

const w = (doc: Doc, i: number): string => (doc.tokens[i] as Token | undefined)?.w ?? '';

const VERDICT =
  'embarrassing|embarrasing|embarassing|cringe|cringey|cringy|gross|disgusting|revolting|vile|repulsive|useless|worthless|hopeless|a_waste_of_space|a_waste_of_oxygen|a_waste_of_air|a_complete_waste_of_space|a_total_waste_of_space|an_embarrassment|a_laughingstock|a_laughing_stock|a_lost_cause';

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
  ],
});
