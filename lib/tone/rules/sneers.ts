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
import { INSULT_ADJECTIVES, TRAIT_ADJECTIVES, valence } from '../lexicon';
import type { Doc } from '../text';
import type { Category } from '../types';
import type { WhyKey } from '../why';
import { type PhraseRule, phraseFamily } from './phrases';
import { calm, closes, cold, kind as coldKind, type G, needing } from './rebuffs';
import { type Draft, isClauseEnd, type Match, lowerSentence as sen, sentenceOf, toSentenceEnd } from './rule';

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
  top: "I'm really frustrated with how this went.",
  shame: "I'm really disappointed by this.",
  problem: "What's the issue here?",
  point: "I'm not sure what this adds.",
  kidding: "I'm really surprised by this.",
};
/** Work a "top" verdict can name and ask more of (not a person, not an excuse). */
const NAMED = /^(?:report|review|answer|reply|post|comment|edit|code|fix|attempt|service)$/;
/** Thinking a "top" verdict can name: "the dumbest idea" → "This idea needs more thought." */
const THOUGHT = /^(?:idea|take|question|argument|opinion|advice|logic)$/;
/**
 * The sentence said as what the writer thinks; a verdict on a named piece of work ("the laziest
 * report I've ever seen", "an answer this wrong") keeps the work: "This report needs more work."
 */
const say = (doc: Doc, m: Match): Draft[] => {
  let line = TEXT[m.rule] ?? 'I think we see this differently.';
  if (m.rule === 'top')
    for (const w of [tw(doc, m.first), tw(doc, m.first + 1)].slice(0, m.last - m.first)) {
      const more = NAMED.test(w) ? 'work' : THOUGHT.test(w) ? 'thought' : '';
      if (more) {
        line = `This ${w} needs more ${more}.`;
        break;
      }
    }
  return [toSentenceEnd(doc, sentenceOf(doc, m.first).first, line)];
};
const kind = (
  rule: string,
  why: WhyKey,
  rows: [string, G?][],
  category: Category = 'contempt',
): PhraseRule[] => coldKind(rule, category, why, rows).map((r) => ({ ...r, suggest: say }));

/** A person's work or part in a thread, and the person. */
const WORK =
  'comment|take|post|answer|reply|argument|review|report|question|excuse|idea|opinion|advice|logic|attempt|service|edit|code|fix|person|moderator';
const OPINION = 'opinion|opinions|take|takes|comment|review|input|two_cents|thoughts|contribution|hot_take';
const YOURS = new RegExp(`(?:your|ur|cool|nice|great) (?:\\w+ )?(?:${OPINION.replace(/_/g, ' ')})`);

/** The token's word. */
const tw = (d: Doc, k: number): string => d.tokens[k]?.w ?? '';
/** A fault word: an insult, or a manner named as a fault (not one that praises: "proud"). */
const faulty = (x: string): boolean =>
  (INSULT_ADJECTIVES.has(x) || TRAIT_ADJECTIVES.has(x)) && valence(x) <= 0;
/** A superlative of fault at `k` ("laziest", "lamest", "most clueless"; "worst" is the rewording of "dumbest"). */
const badTop = (d: Doc, k: number): boolean => {
  const x = tw(d, k);
  return (x === 'most' && faulty(tw(d, k + 1))) || badEst(x);
};
/** A superlative of fault in "-est" ("laziest", "lamest"). */
const badEst = (x: string): boolean => {
  const m = /^(\w+?)(\w?)(i?)est$/.exec(x);
  return (
    !!m &&
    [`${m[1]}${m[2]}${m[3] ? 'y' : ''}`, `${m[1]}${m[2]}e`, m[1] as string].some(
      (t) => t.length > 2 && faulty(t),
    )
  );
};
/**
 * Their work ranked the worst: a superlative of fault one to three words before, no "not" before it,
 * not the writer's own work ("my", "I asked/wrote"), not asked.
 */
const ranked: G = needing(
  (_text, words) => words.some((t) => t.w === 'most' || (t.w.endsWith('est') && badEst(t.w))),
  (d, f, e) => {
    const s = sentenceOf(d, f);
    for (let k = f - 1; k >= Math.max(s.first, f - 3); k--)
      if (badTop(d, k))
        return (
          !/^(?:not|isn't|wasn't|no)$/.test(tw(d, k - 2)) &&
          calm(d, f, e) &&
          has(
            /^(?!.*\b(?:my|i'm|im|i am|called it|i (?:'ve |have )?(?:ever )?(?:asked|wrote|written|made|posted|said|did|done))\b)[^?]*$/,
          )(d, f, e)
        );
    return false;
  },
);
/** Sour and cold (short, not asked, no strong praise). */
const sc: G = (d, f, e) => cold(d, f, e) && sour(d, f, e);
/** Said to them, not after an "if", a modal or "I/we" (then it is advice or one's own). */
const bare =
  (g: G = sour): G =>
  (d, f, e) =>
    !/^(?:i|we|you|u|they|he|she|to|if|can|could|would|should|may|might|will|\w*'ll|\w*'d|don't|dont|do|did|never|not|let|help|what|how|why)$/.test(
      tw(d, f - 1),
    ) &&
    !/\?|\b(?:worry|recommend|suggest)/.test(sen(d, f)) &&
    g(d, f, e);

/**
 * `kind`, each guard asked only in a sentence of at most 40 words (so a long one costs no re-reading),
 * at severity 1: a finding of another family on the same words keeps the lead of their card.
 */
const brief = (rule: string, why: WhyKey, rows: [string, G?][], category?: Category): PhraseRule[] =>
  kind(
    rule,
    why,
    rows.map(([p, g = sour]): [string, G] => {
      const b: G = (d, f, e) => {
        const s = sentenceOf(d, f);
        return s.last - s.first <= 40 && g(d, f, e);
      };
      return [p, g.pre ? needing(g.pre, b) : b];
    }),
    category,
  ).map((r) => ({ ...r, severity: 1 }));

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
    ...brief('top', 'verdict', [
      [WORK, ranked],
      // "a question this lazy", "an answer that wrong"
      [
        `a|an|any|such ${WORK} this|that @ANY`,
        (d, f, e) =>
          faulty(tw(d, e - 1)) && isClauseEnd(d, e - 1) && !sen(d, f).includes('?') && sour(d, f, e),
      ],
      // "that was rude of you", "how selfish of you to…"; not "I'm so jealous of you", "how kind of you"
      [
        "that's|thats|was|is|how|very|pretty|really|incredibly|real|kinda|quite|rather|super|too @ANY @ANY? of you|u",
        (d, f, e) =>
          faulty(tw(d, e - 3)) &&
          (isClauseEnd(d, e - 1) || tw(d, e) === 'to') &&
          has(/^(?!.*\b(?:i'm|im|i am|i was|i feel|i felt|we're|worry|apologi))/)(d, f, e),
      ],
      // "you have no business moderating…", "how can you be this careless", "you contradict yourself"
      ['you|u have|got no business|right', has(/^(?!.*\b(?:apolog|sorry|worry|thank|feel))/, false)],
      [
        'how can|could|are|were you|u be? this|so @ANY',
        // a manner named as a fault ("careless", "smug"); the insults have their jeer
        (d, f, e) =>
          TRAIT_ADJECTIVES.has(tw(d, e - 1)) && !INSULT_ADJECTIVES.has(tw(d, e - 1)) && sour(d, f, e),
      ],
      ['you|u literally|just? contradict|contradicted yourself|urself', sour],
      // "you clearly skimmed it", "you didn't read past the title"
      ['you|u clearly|obviously|apparently|evidently read|skimmed|skipped|misread', bare(sc)],
      ["you|u didn't|did_not|haven't even? read|get|make_it past|beyond|a_single", sc],
      // "delete your account", "now say something useful"
      ['delete your|ur account|comment|post|reply', bare(closes)],
      ['say|post|contribute something useful|relevant|intelligent|smart|constructive', bare(closes)],
    ]),
    // "you should be embarrassed", "this is embarrassing for you": "I'm really disappointed by this."
    ...brief('shame', 'verdict', [
      ['you|u should|ought_to|oughta be embarrassed|ashamed|mortified', sour],
      ['embarrassing|cringe|pathetic|humiliating for you|u', sour],
    ]),
    // Each says its own plain line: "what's your problem with this edit" → "What's the issue here?".
    ...brief('problem', 'rhetorical', [
      [
        "what's|whats|what_is your|ur problem|deal|beef|obsession",
        has(/^(?!.*\b(?:help|curious|genuinely|wondering|set|statement)\b)/),
      ],
    ]),
    // "what's even the point of your reply"
    ...brief('point', 'rhetorical', [
      [
        "what's|whats|what_is even? the point of|in your|ur",
        has(/^(?!.*\b(?:curious|genuinely|wondering)\b)/),
      ],
    ]),
    // "are you kidding me with this edit"
    ...brief('kidding', 'rhetorical', [
      [
        'are|r you|u kidding|joking|trolling me? with|right_now|rn',
        has(/^(?!.*\b(?:love|congrat|amazing)\b)/),
      ],
    ]),
    // "and you call yourself a chef", "the sheer entitlement in this comment", "must be nice being this smug"
    ...brief('title', 'mockery', [
      ['you|u call|calling yourself|urself a|an|the', bare(has(/./))],
      [
        'the sheer|absolute|utter? entitlement|arrogance',
        has(
          /^[^?]*\b(?:you\w*|ur|comment|post|take|answer|reply|review|thread|edit|question)\b[^?]*$/,
          false,
        ),
      ],
      ['the sheer|absolute|utter state', has(/\b(?:you\w*|ur)\b/, false)],
      [
        'must be exhausting|tiring|nice|fun|lovely being|to_be so|this|that|always @ANY',
        (d, f, e) => (faulty(tw(d, e - 1)) || tw(d, e - 1) === 'wrong') && sour(d, f, e),
      ],
    ]),
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
