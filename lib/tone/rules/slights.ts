/**
 * Round recall32: contempt carried by a construction rather than a label.
 * - sarcastic thanks: thanks, cheers or "grateful" with an irony mark after it (an upside-down face
 *   or an eye-roll, "for the fifth time", "clearly I can't…", "grace us"), or for turning up late;
 *   credit for a failure ("couldn't have lost without you");
 * - another person held up against the reader: "my sister writes better essays than you", "Priya
 *   would have fixed this in five minutes" beside "you";
 * - their effort or job made small: "want a medal?", "what are we paying you
 *   for", "your little podcast isn't a job", scare quotes round their work or excuse ("must be nice
 *   to 'work' from home", "she 'forgot'", `scareQuotes` below);
 * - how they talk or write mocked: "did you learn to spell off a cereal box", "you text like a
 *   toddler" ("ok Shakespeare": mockery.ts);
 * - their looks mocked: a verdict on the look or the work ("that jacket is a crime", "your
 *   presentation was embarrassing"), "you look like a potato", "you've let yourself go", "you're
 *   getting chubby";
 * - shaming in front of a group: "so the whole team knows…" beside a charge, "guess who still
 *   hasn't paid", "everyone look at what he did 😂", "an example of what not to do"; "you're so bad
 *   it's embarrassing".
 * Warm near-twins pass: real thanks, praise of someone else, compliments, fond teasing, good news
 * shared with a group (tests/unit/tone/kinds-recall32.test.ts). Detection ships in the coach bundle
 * (2.4 kB for this round): the rules share four guards and short word lists. Rewordings name the
 * act and the feeling where the sentence gives it ("I'm upset about you showing up two hours late").
 */
import type { Doc } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  clauseEnd,
  type Match,
  notWarmAfter,
  type RuleFamily,
  says,
  lowerSentence as sent,
  sentenceOf,
  textOf,
  tokenWord as w,
  warmAround,
  wholeKeepingOpeners,
} from './rule';

/** Care, praise, an apology or a hug anywhere in the message: fond, not scorn. */
const FOND =
  /\u2764|\u{1F970}|\u{1F60D}|\u{1F979}|\u{1F60A}|<3|\b(?:love|proud|congrat|sorry|cute|amazing)/iu;

type Guard = (doc: Doc, first: number, hit: { end: number }) => boolean;
/** Nothing fond in the message (its words may praise: the praise is the sarcasm). */
const cool = (doc: Doc) => !says(doc, FOND);
/** Cool, and the sentence not warm either. */
const cold: Guard = (doc, first, hit) => cool(doc) && !warmAround(doc, first, first, hit.end);
/** Cool, and not about oneself: no "I", "my" or "we" in the sentence. */
const notMine: Guard = (doc, first) => !/\b(?:i|i'm|im|my|me|we|our)\b/.test(sent(doc, first)) && cool(doc);
/** Said of "you": the word before the pattern is "you" ("did you learn to…", "you look like…"). */
const saidOfYou: Guard = (doc, first) => /^(?:you|u|ya)$/.test(w(doc, first - 1)) && cool(doc);

/**
 * Marks after thanks that turn it round: a face, a count of times ("thanks for reminding me for the
 * fifth time", not "for the 100th time, thank you"), "clearly I can't", lateness, "grace us".
 */
const IRONY =
  /\u{1F643}|\u{1F644}|for the (?:\d+\w*|third|fourth|fifth|umpteenth) time|clearly (?:i|we)\b|(?:show|turn|com)\w* up \w+ \w+ late|grac(?:e|ed|ing) |before (?:i|we) could|last to know|\bempty\b|took my|lost without it|top teamwork|truly a gift/iu;
/** IRONY without its word edges, read in the whole message: true wherever IRONY is in a piece of it. */
const IRONY_ANYWHERE = new RegExp(IRONY.source.replaceAll('\\b', ''), IRONY.flags);

/** Someone held up against the reader: family, a child or a pet, a colleague. */
const OTHER =
  /\b(?:even|ex|mum|mom|dad|brother|sister|nephew|niece|cousin|grandma|grandpa|son|daughter|kid|child|dog|cat|intern)\b/;

/**
 * The reader's work or excuse in scare quotes, doubted: "your 'job'", "thanks for the 'help'", "she
 * 'forgot'" (not "my 'job'", about oneself). The quotation mark comes first and what stands before
 * it is looked at behind it: the engine then jumps from quote to quote instead of trying every
 * character (same matches; 3 to 9 times faster on the bench's messages and its 10,000 characters).
 */
const SCARE =
  /['‘"“](?<=(?:^|[\s(])['‘"“])(?<!\b(?:my|our|called|named|titled|song|album|film|book) ['‘"“])(?:work(?:ing)?|jobs?|help(?:ing)?|effort|career|business|art|advice|busy|sick|forgot|content creator|influencer|feelings|hurt|upset|plans|trauma|boundaries|needs|anxiety|tired|stressed|headache|migraine|emergency|experts?|quick fix|feedback|jokes?|fans?|overwhelmed|heartbroken|apology|research)['’"”]/iu;

/** What a look or a piece of work is: "that haircut", "your code". */
const LOOK =
  'haircut|hair|outfit|shirt|dress|glasses|shoes|jacket|face|work|code|writing|parking|driving|cooking|presentation';

/** An entry without its rewording (written beside it as `suggest`, which the coach bundle leaves out). */
const rule = (pattern: string, id: string, guard: Guard): Omit<PhraseRule, 'suggest'> => ({
  pattern,
  rule: id,
  severity: 2,
  min: 'balanced',
  why: 'mockery',
  guard,
});

/** Ours in place of the sentence, the openers before kept ("ok but, …"). */
const say = (text: string) => (doc: Doc, m: Match) => [wholeKeepingOpeners(doc, m.first, text)];
const HURT = /* @__PURE__ */ say("I'm hurt by how this went, and I'd like to talk about it.");
/**
 * "thanks for showing up two hours late" → "I'm upset about you showing up two hours late.": the act
 * thanked for, said plainly; else a line of ours.
 */
const THANKS = (doc: Doc, m: Match) => {
  let f = m.first + 1;
  while (f < m.first + 5 && w(doc, f) && w(doc, f) !== 'for') f++;
  if (w(doc, f) !== 'for' || !w(doc, f + 1).endsWith('ing')) return HURT(doc, m);
  return [
    wholeKeepingOpeners(
      doc,
      m.first,
      `I'm upset about you ${textOf(doc, f + 1, clauseEnd(doc, f + 1) + 1)}.`,
    ),
  ];
};
const COMPARE = /* @__PURE__ */ say("I'd rather not compare. I'm frustrated with how this went.");
const EFFORT = /* @__PURE__ */ say('I was hoping for more effort here, and I feel let down.');
const SPEECH = /* @__PURE__ */ say('I found this hard to follow. Could you go over it again?');
const LOOKS = /* @__PURE__ */ say("I'd rather not comment on how you look.");
/** A look of theirs ("you look like…", "that haircut is…") or else their work or words. */
const lookOr = (other: typeof LOOKS) => (doc: Doc, m: Match) =>
  (/^look|^(?:haircut|hair|outfit|shirt|dress|glasses|shoes|jacket|face)$/.test(
    w(doc, m.first + (w(doc, m.first).startsWith('look') ? 0 : 1)),
  )
    ? LOOKS
    : other)(doc, m);
const GROUP = /* @__PURE__ */ say("I'd like to talk about this with you directly.");
const WORK = /* @__PURE__ */ say("I'm not happy with how this turned out, and I'd like to talk about it.");

export const slights = phraseFamily({
  id: 'slights',
  category: 'contempt',
  phrases: [
    // -- Sarcastic thanks ----------------------------------------------------------------------------
    // "thanks for the 'help'", "cheers for turning up an hour late", "so thankful for your input 🙃".
    {
      ...rule(
        'thanks|thank|thx|ty|cheers|grateful|thankful|obliged|appreciate_you',
        'thanks',
        (doc, first) => {
          const at = doc.tokens[first]?.start ?? 0;
          // The mark follows the thanks closely: 200 characters, not the rest of a long text at each hit.
          return IRONY.test(doc.text.slice(at, at + 200)) && cool(doc);
        },
      ),
      pre: (text) => IRONY_ANYWHERE.test(text),
      suggest: THANKS,
    },
    // "couldn't have lost without you", "we couldn't have failed this badly without you".
    {
      ...rule("couldn't|couldnt|could_not have|of @NEG @ANY? @ANY? without you|u|ya", 'thanks', cold),
      suggest: HURT,
    },
    // -- Another person held up against the reader ---------------------------------------------------
    // "my little sister writes better essays than you", "even my grandpa texts faster than you" (not
    // "better than you think").
    {
      ...rule(
        'better|faster|smarter @ANY? @ANY? than you|u|yours',
        'compare',
        (doc, first, hit) =>
          OTHER.test(sent(doc, first)) && !/^(?:think|know)/.test(w(doc, hit.end)) && cold(doc, first, hit),
      ),
      suggest: COMPARE,
    },
    // "Priya would have fixed this in five minutes", "an intern could've written it in an afternoon",
    // beside "you" (not "…, want me to ask her for you?").
    {
      ...rule(
        "would've|would_have|could've|could_have @ANY @ANY? @ANY? in @ANY @ANY? minutes|seconds|hour|afternoon|morning",
        'compare',
        (doc, first) =>
          !/^(?:i|you|u|we)$/.test(w(doc, first - 1)) &&
          says(doc, /^(?![\s\S]*want me)[\s\S]*\b(?:you|u)\b/i) &&
          cool(doc),
      ),
      suggest: COMPARE,
    },
    // -- Their effort or job made small ----------------------------------------------------------------
    // "want a medal?", "need a parade?" (not "you deserve a medal").
    {
      ...rule(
        'want|need|expect a|an medal|trophy|gold_star|parade|pat_on_the_back|round_of_applause',
        'effort',
        cold,
      ),
      suggest: EFFORT,
    },
    // "what are we even paying you for?" (not "…for the catering").
    {
      ...rule(
        "what|why we're|are_we|am_i|do_we even? paying|pay you|u for",
        'effort',
        (doc, _f, hit) => !w(doc, hit.end),
      ),
      suggest: EFFORT,
    },
    // "your little podcast isn't a real job".
    {
      ...rule("your|ur little @ANY? hobby|hustle|business|job|blog|band|podcast isn't|is", 'effort', cold),
      suggest: EFFORT,
    },
    // -- How they talk or write ----------------------------------------------------------------------
    // "did you learn to spell off a cereal box?".
    {
      ...rule('learn|learned|learnt to spell|write|read|type|talk from|off|on', 'speech', saidOfYou),
      suggest: SPEECH,
    },
    // "you text like a toddler", "you look like a potato", "those glasses make you look like an owl".
    {
      ...rule(
        'talk|speak|sound|write|type|text|look|looked|looking like a|an @ANY? thumb|potato|owl|clown|rat|tomato|toddler|robot|caveman|linkedin',
        'likeness',
        saidOfYou,
      ),
      suggest: lookOr(SPEECH),
    },
    // -- Their looks, or their work, judged -----------------------------------------------------------
    // "that jacket is a crime", "your presentation was embarrassing" (not "my presentation…").
    {
      ...rule(
        `that|your|ur|those|this ${LOOK} @ANY? @ANY? is|was|are|were|looks a|an? crime|joke|disaster|embarrassing|pathetic|laughable|disgrace|hideous|trainwreck`,
        'verdict',
        notMine,
      ),
      suggest: lookOr(WORK),
    },
    // "you've really let yourself go", "your face is getting round", "you're getting chubby".
    {
      ...rule(
        "you've|you_have|you're|ur|your_face_is @INT? let|getting|gotten yourself|fat|fatter|chubby|round|porky|chunky|go",
        'looks',
        cold,
      ),
      suggest: LOOKS,
    },
    // -- Shaming in front of a group --------------------------------------------------------------------
    // "just so the whole family knows, Tom 'forgot' again", "so everybody can see how she talks".
    {
      ...rule(
        "so|just_so everyone|everybody|the_whole|y'all @ANY? @ANY? can? know|knows|see|sees",
        'group',
        (doc, first, hit) =>
          says(doc, /['‘"“]\p{L}+['’"”]|\b(?:who|how (?:he|she|they|you)|again)\b/iu) &&
          cold(doc, first, hit),
      ),
      suggest: GROUP,
    },
    // "guess who still hasn't paid" (not "guess who got the job!!", not "…, it's me").
    {
      ...rule(
        "guess who still? hasn't|didn't|forgot|never|ditched|skipped|broke|won't|can't",
        'group',
        notMine,
      ),
      suggest: GROUP,
    },
    // "everyone look at what Jake did to the car lmao" (not "…, I'm so proud 😍").
    {
      ...rule(
        "everyone|everybody|guys|y'all look|see at? what|how",
        'group',
        (doc, first, hit) =>
          says(doc, /\u{1F602}|\u{1F923}|\blmf?ao|\blol\b|\bbad\b|worst/iu) && notMine(doc, first, hit),
      ),
      suggest: GROUP,
    },
    // "sharing this as an example of what not to do" (not "my old CV as an example…").
    { ...rule('example|lesson of what|how not to', 'group', notMine), suggest: GROUP },
    // "you're so bad it's embarrassing", "you're so slow it's painful".
    {
      ...rule(
        "you're|ur|you_are so|this bad|terrible|awful|useless|slow it's|its embarrassing|painful|sad|pathetic|hilarious",
        'verdict',
        cold,
      ),
      suggest: WORK,
    },
  ],
});

/**
 * Scare quotes read from the text, not from a phrase table: the pre-filter's rough words keep their
 * quotes ("'job'"), so a table would never see the word.
 */
export const scareQuotes: RuleFamily = {
  id: 'quoted',
  category: 'contempt',
  minSensitivity: 'balanced',
  quickCheck: (text) => SCARE.test(text),
  match({ doc }) {
    const at = cool(doc) ? doc.text.search(SCARE) : -1;
    const i = at < 0 ? -1 : doc.tokens.findIndex((t) => t.end > at);
    // In a short sentence: a long one quoting a word explains it ("people interpret "effort"…").
    // Not thanked after it ("I tried the "quick fix" from the docs and it worked, thanks!").
    return i < 0 ||
      sentenceOf(doc, i).last - sentenceOf(doc, i).first > 16 ||
      (/!|\bthank/i.test(doc.text.slice(at, sentenceOf(doc, i).end)) && !notWarmAfter(doc, i + 1))
      ? []
      : [
          {
            rule: 'scare-quotes',
            first: i,
            last: i + 1,
            severity: 2,
            min: 'balanced',
            why: 'mockery',
            cap: {},
          },
        ];
  },
  // The quote marks dropped first: "your "quick fix" took prod down" → "your quick fix took prod down".
  suggest: ({ doc }, m) => {
    const q = SCARE.exec(doc.text) as RegExpExecArray;
    return [
      { start: q.index, end: q.index + q[0].length, text: q[0].slice(1, -1) },
      wholeKeepingOpeners(doc, m.first, "I'm not sure about this, and I'd like to talk about it."),
    ];
  },
};
