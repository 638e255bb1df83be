/**
 * Sneers in a comment section without the stock insults (round recall38), by construction:
 * - their opinion declared worthless ("your take is worthless", "your two cents are worth less than
 *   that", "you think your review matters?");
 * - gatekeeping ("go back to the tutorial", "sit this one out" said to them);
 * - "bold of you";
 * - their view put down by an age ("boomer take", "middle-schooler logic", "child energy");
 * - talking down: "before embarrassing yourself", "wasting everyone's time", "you're so triggered /
 *   salty", "stop posting and…";
 * - attention-seeking charged ("posting this for the upvotes", "begging for engagement") and "log off
 *   and go outside".
 * Warm twins pass: the same words of oneself ("I'm going to sit this one out"), kindly ("thanks for
 * your take, it's not worthless at all"), or helping ("if you're stuck, go back to the tutorial").
 * Guards are shared with rebuffs.ts; the rewording says the sentence as a difference of view (tests:
 * kinds-recall38). Mind mocked sideways, bad faith, mock pity and explaining down were cut for bytes
 * and are not here.
 */
import type { Doc } from '../text';
import type { Category } from '../types';
import type { WhyKey } from '../why';
import { type PhraseRule, phraseFamily } from './phrases';
import { cold, kind as coldKind, type G } from './rebuffs';
import { type Draft, type Match, lowerSentence as sen, sentenceOf, toSentenceEnd } from './rule';

/** Kindness in the sentence (thanks, love, help, a heart…). */
const KIND =
  /thank|love|please|sorry|hope|help (?:you|if)|happy (?:to|for)|welcome|glad|proud|congrat|\u2764|\u{1f49b}|\u{1f970}/u;
/** The writer in the sentence. */
const MINE = /\b(?:i|i'm|im|i'd|i've|my|me|we|our|us|let's)\b/;
/** Not kind, and says `re`. */
const has =
  (re: RegExp, mine = true): G =>
  (d, f) => {
    const s = sen(d, f);
    return !KIND.test(s) && (mine || !MINE.test(s)) && re.test(s);
  };
/** Not kind, not the writer's, "you" in the sentence. */
const you = has(/\b(?:you|u|your|ur|you're|yours)\b/, false);
/** Not kind, not the writer's. */
const sour = has(/./, false);
/** Not kind, not the writer's, "you" in the message. */
const youIn: G = (d, f, e) => sour(d, f, e) && /\b(?:you\w*|ur)\b/i.test(d.text);

const TEXT: Readonly<Record<string, string>> = {
  research: 'It might be worth a quick search.',
  order: 'Could we keep this on track, please?',
};
/** The sentence said as what the writer thinks. */
const say = (doc: Doc, m: Match): Draft[] => [
  toSentenceEnd(doc, sentenceOf(doc, m.first).first, TEXT[m.rule] ?? 'I think we see this differently.'),
];
const kind = (
  rule: string,
  why: WhyKey,
  rows: [string, G?][],
  category: Category = 'contempt',
): PhraseRule[] => coldKind(rule, category, why, rows).map((r) => ({ ...r, suggest: say }));

const OPINION = 'opinion|opinions|take|takes|comment|review|input|two_cents|thoughts|contribution|hot_take';
const YOURS = new RegExp(`(?:your|ur|cool|nice|great) (?:\\w+ )?(?:${OPINION.replace(/_/g, ' ')})`);

export const sneers = phraseFamily({
  id: 'sneers',
  category: 'contempt',
  phrases: [
    ...kind('worth', 'mockery', [
      ['worthless|irrelevant|meaningless|pointless', has(new RegExp(`^(?!.*feel).*${YOURS.source}`), false)],
      ['worth about|roughly|maybe|exactly|even? as_much|less|that_much|nothing|zero', has(YOURS, false)],
      [`think|thought your|ur ${OPINION}|rating|vote matters|counts|means|is_worth|are_worth|changes`, sour],
    ]),
    ...kind('gate', 'mockery', [
      [
        'go|head|get|crawl back to the|your tutorial|beginner|casual|kiddie|noob|training|easy|starter',
        has(/^(?!.*\b(?:if|stuck|explains?|try|recommend|guide)\b)/, false),
      ],
      [
        'sit|sitting this|that one out',
        (d, f, e) =>
          youIn(d, f, e) &&
          has(/^(?!.*\b(?:if|can|could|free|want|fine|ok|okay|tired|rest|need)\b)/)(d, f, e),
      ],
    ]),
    ...kind('bold', 'mockery', [['bold of you|u', sour]]),
    ...kind(
      'research',
      'command',
      [
        ['before embarrassing|you_embarrass yourself|urself', sour],
        ["wasting|waste our|everyone's time", sour],
      ],
      'talking-down',
    ),
    ...kind(
      'calm',
      'dismiss',
      [["you're|ur|you_are|you_seem|you_sound @INT @INT? worked_up|triggered|salty|butthurt|tilted", sour]],
      'talking-down',
    ),
    ...kind('age', 'mockery', [
      ['middle_schooler|middle_school|boomer|child take|opinion|logic|energy|argument', sour],
    ]),
    ...kind(
      'order',
      'command',
      [
        [
          'stop|quit replying|posting|commenting|typing|spamming|backseating|talking',
          has(/\b(?:for once|yourself|your own|worse|already|and (?:listen|play|go|let))\b/, false),
        ],
      ],
      'talking-down',
    ),
    ...kind('attention', 'verdict', [
      [
        'for @ANY? @ANY? attention|clout|likes|upvotes|karma|engagement|views|replies|reactions',
        (d, f, e) => you(d, f, e) && cold(d, f, e),
      ],
      [
        'begging|fishing|farming|thirsty for? attention|engagement|likes|upvotes|karma|replies|clout|validation',
        sour,
      ],
      [
        'go|get outside|outdoors|see_the_sun',
        (d, f, e) =>
          sour(d, f, e) &&
          /^(?!.*when you can).*(?:log off|real (?:human|person|people)|phone down|keyboard|touch|get a life|hobby)/is.test(
            d.text,
          ),
      ],
    ]),
  ],
});
