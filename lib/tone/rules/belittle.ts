/**
 * Contempt and talking down by construction (lexa34, session 34): a chore given a mock award ("oh
 * wow you emptied the bin, someone get this man a medal", "alert the press, he did the dishes"),
 * their text said to be written for them ("did your mom write this for you?"), praise held down
 * ("big words for someone with a default avatar", "not bad for someone who can't cook"); explaining
 * down ("let me make this simple for you", "type slower so you can keep up", "your pretty little
 * head"), their mood mocked in the third person ("someone's a little upset", "someone needs a nap")
 * and the lecture on what adults do ("grown-ups pay their bills on time, just saying").
 * Warm twins pass: the same words in praise or thanks, about oneself, a child or a pet, or a price
 * ("adults pay £5, kids go free"). Kept to the session's byte share: "do you want a sticker for
 * that?", "what part of no don't you get", "this lowered my IQ", "mental gymnastics" and "part of
 * being an adult is…" were written and cut.
 */
import type { Doc } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import { calm, coldSays, type G, kind } from './rebuffs';
import { isSentenceStart, says, sentenceOf, toSentenceEnd } from './rule';

/** Up to 40 characters of the sentence after the hit, lower case. */
const rest = (doc: Doc, end: number): string => {
  const from = doc.tokens[end - 1]?.end ?? 0;
  return doc.text.slice(from, Math.min(sentenceOf(doc, end - 1).end, from + 40)).toLowerCase();
};
/** Calm, and the sentence after the hit is `re`. */
const then =
  (re: RegExp): G =>
  (doc, first, end) =>
    calm(doc, first, end) && re.test(rest(doc, end));
/** Calm, and the hit ends the sentence. */
const ends = then(/^\W*$/);
/** Cold, and the writer is not in the sentence: "stop the presses, I passed!" is news of my own. */
const notMine = coldSays(/^(?!.*\b(?:i|i'm|my|we)\b)/);
/** Fond or thankful anywhere in the message, or exclaimed: "did your mom write this? so sweet ❤️". */
const fond = (doc: Doc): boolean => says(doc, /thank|love|sweet|cute|proud|!|❤|💛/);
/** A chore or a minimum done as the feat ("oh wow you put a bowl in the dishwasher"), or an eye-roll. */
const CHORE =
  /\b(?:you|u|he|she) (?:\w+ )?(?:put|did|cleaned|washed|folded|emptied|replied|answered|remembered|was on time)\b|🙄/;
/** Calm and not fond. */
const plainly: G = (doc, first, end) => calm(doc, first, end) && !fond(doc);
/** The rewording of each talking-down kind: the whole sentence said plainly. */
const SAY: Readonly<Record<string, string>> = {
  mood: 'You seem upset. Do you want to talk about it?',
  head: "I'll take care of this one, and I'll fill you in.",
  lecture: "I'd really like you to take care of this. Can we talk about it?",
};
/** Rows of `kind` worded by `SAY` (read only when rewording: the coach bundle leaves it out). */
const saying = (rule: string, rows: [string, G?][]): PhraseRule[] =>
  kind(rule, 'talking-down', 'dismiss', rows).map((r) => ({
    ...r,
    suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, SAY[rule] as string)],
  }));

export const belittle = phraseFamily({
  id: 'belittle',
  category: 'contempt',
  phrases: [
    ...kind('sour', 'contempt', 'mockery', [
      [
        'someone|somebody get|give this|her|him? man|guy? a medal|trophy|sticker',
        (doc) => !fond(doc) && says(doc, CHORE),
      ],
      // Not "call the press office": the clause ends there.
      [
        'alert|call|stop the press|presses|media|news',
        (doc, first, end) =>
          notMine(doc, first, end) && !fond(doc) && says(doc, CHORE) && !/^ \w/.test(rest(doc, end)),
      ],
      ['did your|a? mom|mum|dad|bot|chatbot|chatgpt write|type this|that|it @ANY? for you|u', plainly],
      [
        'big|bold|brave|stunning|not_bad words|talk|grammar? for|from someone|a_guy who|with|that|calling',
        (doc, first, end) =>
          !fond(doc) && coldSays(/\b(?:with|calling|still|thinks?|barely|never)\b|n'?t\b/)(doc, first, end),
      ],
    ]),
    ...kind('explain', 'talking-down', 'command', [
      ['let me make this|it simple for you|u', ends],
      ['slower|simply|simple so you|u can keep_up', calm],
    ]),
    ...saying('mood', [
      [
        "someone's|someone_is|is_someone|is_somebody a_bit|a_little|so? cranky|grumpy|salty|touchy|upset|jealous|pressed|sulking",
        then(/^\W*$|^ (?:today|again|huh|lol|lmao|cos)\b/),
      ],
      ['somebody|someone needs a nap', ends],
      // Told to them, "grow a thicker skin"; not "nursing teaches you to grow a thicker skin".
      [
        'grow|get a thicker skin',
        (doc, first, end) => notMine(doc, first, end) && isSentenceStart(doc, first),
      ],
    ]),
    ...saying('head', [['your|ur pretty little head']]),
    ...saying('lecture', [
      [
        "grown_ups|grownups|adults|professionals|a_mature_person|a_grown_up pay|clean|answer|apologise|pick|reply|would|don't",
        coldSays(
          /^(?!.*(?:\d|£|\$|free|ticket|kids)).*\b(?:their|themselves|by now|like that|just saying)\b/,
        ),
      ],
    ]),
  ].map((r) => ({ ...r, severity: 1 })),
});
