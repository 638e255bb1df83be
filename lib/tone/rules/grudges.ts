/**
 * Grudges said without the obvious words (h-recall36): blame, the case built, contempt dressed
 * politely. By kind, each with the edge that makes it one:
 * - blame asked as a question: "why am I the one apologising…", "how am I supposed to trust anyone
 *   after what you…", "ever wondered why nobody calls you?";
 * - the bad outcome laid on them: "Hope you're happy.", "this is the thanks I get", "your little
 *   phone call";
 * - turned back on them: "I wouldn't have yelled if you'd just…", "don't act shocked";
 * - the martyr: "I'm used to being the last thing on your list", "didn't even get a thank you",
 *   "must be nice having…";
 * - the case built: "add it to the list", "the dishwasher thing all over again", "I've been keeping
 *   count", "that's three times this week";
 * - "typical of you": "textbook you", "leave it to you to…", "let me guess, something came up";
 * - the letdown foretold: "I'll believe it when I see it", "not holding my breath", "let's see how
 *   long that lasts", "Sure you'll… Just like last time", "your promises have a shelf life";
 * - contempt in a polite frame and praise in scorn: "with all due respect, … yourself", "it's sweet
 *   that you still think…", "with the adults in the family", "… Gold star.", "should I call the
 *   local paper?", "congrats on the bare minimum", "poor you, having to…";
 * - the unfavourable comparison: "Your sister finished her degree… Just saying.".
 * Warm twins pass: "add it to the list of reasons I love you", "with all due respect to Dad, your
 * barbecue is better", "I wouldn't have applied if you hadn't nudged me, so thank you". Each guard
 * reads a window of 200 characters either side of its hit (never the whole text), marked «hit».
 * Kept small: the detection bundle has a size budget (more kinds were written and left out).
 */
import type { Doc, Token } from '../text';
import type { Category } from '../types';
import type { WhyKey } from '../why';
import { type PhraseRule, phraseFamily } from './phrases';
import { type Match, sentenceOf, toSentenceEnd } from './rule';

/** Hearts, laughter, thanks, love, praise, wishes: the same words said fondly or in jest. */
const FOND =
  /[\u2764\u{1F60A}\u{1F602}]|<3|\b(?:lol|haha|xx|(?<!a )thank(?!sg|s to)|love|grateful|proud|enjoy|hope|fun\b)/iu;
/** Praise too: not for sarcasm, which praises in scorn. */
const WARM = new RegExp(
  `${FOND.source}|\\b(?:best(?! friend)|great|amazing|favou?rite|brilliant|happy|glad|cute)`,
  'iu',
);

/** What went wrong, said of them ("late", "cancelled", "forgot", "no-show"…). */
const BAD = /\b(?:late|cancel|miss|forg[oe]t|excuse|disappear|yourself|again)/;

/** The hit in its window: 200 characters either side, lower case, the hit marked «…». */
function win(doc: Doc, first: number, end: number): [string, string] {
  const a = doc.tokens[first] as Token;
  const b = doc.tokens[end - 1] as Token;
  const t = doc.text;
  const pre = t.slice(Math.max(0, a.start - 200), a.start);
  const post = t.slice(b.end, b.end + 200);
  return [`${pre}«${t.slice(a.start, b.end)}»${post}`.toLowerCase(), pre + post];
}

/** The rewording of each kind: the sentence said as the feeling. */
const SAY = [
  "I'm really hurt by what happened, and I'd like us to talk about it.",
  'I feel hurt and taken for granted right now.',
  'This keeps happening, and it really gets to me.',
  "I'd like to believe it, and I need to see it happen.",
  "That really bothered me, and I'd rather say so plainly.",
  "I'd really like more of that from you.",
];
/** Kinds: category, why, rewording. */
const KINDS: [Category, WhyKey, number][] = [
  ['blame', 'rhetorical', 0],
  ['blame', 'fault', 0],
  ['blame', 'fault', 1],
  ['absolutes', 'history', 2],
  ['absolutes', 'history', 3],
  ['contempt', 'mockery', 4],
  ['contempt', 'comparison', 5],
];

/** [kind, pattern, what the window must say] */
const ROWS: [number, string, RegExp?][] = [
  // Blame asked as a question.
  [0, 'why am i always? the one', /»\s*(?:who )?(?:has to )?(?:apologi|clean|pay|explain|cover|fix)/],
  [0, 'how am|are i|we supposed to', /»[^.?!]*\bafter\b[^.?!]*\byou/],
  [0, 'ever wondered|wonder why nobody|no_one|people|everyone'],
  // The bad outcome laid on them.
  [1, "hope you're|ur happy|satisfied", /»\s*(?:with yourself)?\s*(?:\.|$)/],
  [1, "this_is|that's|and_this_is what_i_get|how_you_repay_me|the_thanks_i_get", /»\s*(?:[.!,]|$)/],
  [1, 'your little stunt|tantrum|outburst|speech|phone_call'],
  // Turned back on them.
  [
    1,
    "i|i'd wouldn't|never",
    /»\s*(?:have |need )?(?:to )?(?:said|yell|shout|raise|check|lost)[^.?!]*\bif you\b/,
  ],
  [1, "don't act shocked|surprised|innocent|hurt"],
  // The martyr.
  [2, "i'm|im used to being|coming", /»\s*(?:the )?(?:last|ignored|forgotten|left|alone)/],
  [2, 'even get|got a thank_you|phone_call|call', /\b(?:i|without)\b[^.?!]*«/],
  [2, 'must be nice', /»[^.?!]*\b(?:your|without)\b/],
  // "it's not like I matter", "hope the drinks were worth it".
  [2, 'not_like|not_as_if i|my_feelings matter|count'],
  [2, 'hope it|the|they|that @ANY? was|were worth it', /\b(?:i|me|my|while)\b[^«]*«[^»]*»\s*(?:\.|$)/],
  // Turned back on them: "but sure, I'm the one who owes you".
  [1, "sure|apparently|somehow|clearly i'm|im the one|bad_guy|villain|problem", /(?:but|yet|and|oh)[ ,]+«/],
  // The case built.
  [
    3,
    'add it|that|this to the list',
    /^(?=[^«]*«[^»]*»\s*(?:[.!]|$|right))(?=.*(?:you|miss|forg|late|'\w))/s,
  ],
  [3, 'the|your @ANY @ANY? all_over_again', /^[^!]*$/],
  [3, 'stopped|lost counting|count at|after'],
  [3, 'keeping|kept count|score', /»(?!\s*of (?:my|the))/],
  // "I'm counting, you know", "not that anyone's counting", "been keeping track btw".
  [3, "not_that|not_like anyone's|anybody's|i'm counting"],
  [3, "i'm|im|been counting|keeping_track|keeping_a_tally", /»\s*(?:[.,]|btw|$)/],
  [
    3,
    "that's the? two|three|four|five|second|third|fourth|fifth times|time",
    /»\s*(?:this week|today|in a row|you\b)(?![^.?!]*\b(?:i|i'?ve|my|we'?ve)\b)/,
  ],
  // "Typical of you".
  [3, 'classic|textbook you', BAD],
  [3, 'leave it to you to', BAD],
  [3, 'let me guess', /»[^«]{0,60}(?:came up|busy|forg|tired|excuse|late)/],
  // The letdown foretold.
  [4, "i'll believe it when i see it"],
  // "Why am I even surprised."
  [4, "why_am_i|i'm_not|im_not even surprised"],
  [4, "not|won't holding|hold my breath"],
  [4, "let's see how long that|this|it lasts"],
  [4, 'like last time', /\b(?:sure|yeah),? you(?:'ll| will)[^«]*«/],
  [4, 'your promises|word have|mean|means a? shelf|nothing'],
  // Contempt in a polite frame.
  [
    5,
    'due_respect|no_offence|no_offense|respectfully',
    /»\s*(?!to\b)[^«]*\b(?:yourself|someone (?:who|on)|adults|you (?:really|still))/,
  ],
  [5, 'cute|sweet that you still|really? think|believe', /«[^»]*\b(?:still|really)\b|»[^.?!]*\bstill\b/],
  [5, 'the adults', /\b(?:with|let)\s*«[^«]*\b(?:decid|talk|handl)/],
  // Praise in scorn.
  [5, 'gold star', /\.\s*«[^»]*»\.?$/],
  [5, 'call|alert the media|papers|local_paper', /^[^!]*»\s*(?:[.?]|$|that)[^!]*$/],
  [5, 'the bare minimum', /\b(?:congrats|thanks|want)\b/],
  [5, 'tiny violin'],
  // Praise that talks down: "did you make it all by yourself?"
  [5, 'did you|u make|do|write|build it|this|that? all by yourself'],
  // "Nice plan, genius.", "wow, great argument", "the problem is you".
  [
    5,
    'nice|great|good|brilliant|smart|clever|genius plan|idea|move|thinking|logic|argument genius|einstein|sherlock|mastermind|professor',
  ],
  [5, 'great|brilliant|solid|compelling|airtight argument|point|logic', /^[^!]*\b(?:wow|oh)\W+«[^!]*$/s],
  [5, 'the problem|issue is|might_be you|u', /»\s*(?:[.!]|$)/],
  [5, 'poor baby|you', /^[^!]*»[^.?!]*\b(?:someone|having to|finally)/],
  // The unfavourable comparison.
  [
    6,
    'just saying|noting_it',
    /\b(?:sister|brother|cousin|ex|husband|wife|sons|people)\b[^«]*\b(?:finished|manage|visit|call)[^«]*«/,
  ],
];

/** The sentence, or from the clause of the hit when a clause after a comma would be left standing. */
const say = (doc: Doc, m: Match) => {
  const t = SAY[KINDS[Number(m.rule)]?.[2] ?? 0] as string;
  const a = toSentenceEnd(doc, sentenceOf(doc, m.first).first, t);
  return a.end > (doc.tokens[m.first] as Token).start ? [a] : [toSentenceEnd(doc, m.first, t)];
};

export const grudges = phraseFamily({
  id: 'grudges',
  category: 'blame',
  phrases: ROWS.map(
    ([k, pattern, re]): PhraseRule => ({
      pattern,
      rule: String(k),
      category: KINDS[k]?.[0],
      why: KINDS[k]?.[1] as WhyKey,
      severity: 2,
      min: 'balanced',
      guard: (doc, first, hit) => {
        const [w, cold] = win(doc, first, hit.end);
        return !(k === 4 || k === 5 ? FOND : WARM).test(cold) && (re?.test(w) ?? true);
      },
      suggest: say,
    }),
  ),
});
