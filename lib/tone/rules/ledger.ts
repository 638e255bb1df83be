/**
 * Keeping a ledger on someone (round recall34): the count of their failings, the verdict that they
 * will never come to anything, the debt of what one has done for them, their part in one's own
 * failure, and the door shut in a clipped clause.
 * - the count: "how many times now have you 'forgotten' to…";
 * - writing them off: "you peaked in high school", "people like you don't change", "nothing you
 *   touch ever works", "no point coaching you", "wasted on you", "give it ten years and you'll still
 *   be on that couch", "you'll be asking me for money your whole life";
 * - the debt: "after all the nights I sat up with you, you can't…", "I'll just sit here alone like
 *   I always do";
 * - their part in one's own failure: "we failed because your module…";
 * - the door shut without its subject: "…and honestly done with this team", "Done covering for
 *   you.", "Don't text me after 7. Or ever.".
 * Warm look-alikes pass: "how many times have you picked up the kids? let me pay you back", "you'll
 * still be my favourite person", thanks for all they did, "we lost because the other team was
 * better", "done with the slides". Kept small: the detection bundle has a size budget.
 */
import type { Doc, Token } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import { aboutText, isSentenceStart, type Match, sentenceOf, textOf, toSentenceEnd } from './rule';

/** Hearts, laughter, thanks, love, praise: the same words said fondly or in jest. */
const WARM =
  /[\u2764\u{1F970}\u{1F60D}\u{1F618}\u{1F60A}\u{1F602}\u{1F923}]|<3|\b(?:lol|lmao|haha|jk|xx|thank|love|grateful|proud|best|great|amazing|favou?rite|brilliant|happy|glad|fun|congrat)/iu;

/** The text of the sentence of token `i` (and, with `on`, the sentence after it). */
function said(doc: Doc, i: number, on = false): string {
  const s = sentenceOf(doc, i);
  const n = on ? doc.sentences[(doc.tokens[i] as Token).sent + 1] : undefined;
  return doc.text.slice(s.start, Math.min((n ?? s).end, s.start + 600));
}

/** The text of the message before token `i` (up to 400 characters). */
const before = (doc: Doc, i: number) =>
  doc.text.slice(Math.max(0, (doc.tokens[i] as Token).start - 400), (doc.tokens[i] as Token).start);

/** An entry without its rewording (written beside it as `suggest`, which the coach bundle leaves out). */
const entry = (
  pattern: string,
  rule: string,
  guard: PhraseRule['guard'],
  category: 'absolutes' | 'blame' | 'withdrawal' = 'absolutes',
): Omit<PhraseRule, 'suggest'> => ({
  pattern,
  rule,
  severity: 2,
  min: 'balanced',
  why: category === 'absolutes' ? 'history' : category === 'blame' ? 'fault' : 'withdraw',
  category,
  guard: (doc, first, hit, sens) =>
    !WARM.test(aboutText(doc, first, hit.end)) && (guard?.(doc, first, hit, sens) ?? true),
});

/** The rewording: the finding's sentence says what is felt instead ("Give it ten years and …" goes too). */
const say = (text: string) => (doc: Doc, m: Match) => [
  toSentenceEnd(doc, sentenceOf(doc, m.first).first, text),
];
const SAY_TALLY = say('This keeps happening, and it really gets to me.');
const SAY_WORRY = say("I'm worried about where things are heading for you.");
const SAY_HURT = say('I feel hurt and taken for granted right now.');
const SAY_SPACE = say('I need some space right now. Can we talk later?');

/**
 * The writer's side, then a failure, in the 25 words before token `first` of its sentence ("we
 * failed because…", "my flight was late because…"). At most 25 words a hit: read from the
 * sentence's start, a long sentence was read again for every "because your" (quadratic).
 */
function ownFailureBefore(doc: Doc, first: number): boolean {
  return /\b(?:i|we|my|our)\b.*\b(?:fail|lost|missed|blew|fired|late)/i.test(
    textOf(doc, Math.max(sentenceOf(doc, first).first, first - 25), first),
  );
}

export const ledger = phraseFamily({
  id: 'ledger',
  category: 'absolutes',
  phrases: [
    // "how many times now have you 'forgotten' to…": a count of misdeeds, or one in scare quotes.
    {
      ...entry('how many times', 'tally', (doc, first) =>
        /\byou\b[^.?!]{0,24}(?:\s['"‘“]\w|forg[eo]t|cancel|bail|ignor|lied|stood)/i.test(said(doc, first)),
      ),
      suggest: SAY_TALLY,
    },
    // "you peaked in high school", "people like you don't change", "nothing you touch ever works",
    // "no point coaching you", "college would be wasted on you".
    ...[
      "you|u|you've|youve already? peaked",
      "people|guys|someone like you|u don't|dont|never|can't|won't change|learn|improve",
      'nothing you|u touch|try|start ever? works|work|goes|lasts|succeeds',
      'no point in? coaching|teaching|trying_with you|u',
      'be|is|a wasted|waste @ANY? @ANY? @ANY? on you|u',
      // "you'll end up alone"
      "you'll|you_will|ur_gonna|you're_gonna|you're_going_to end|die up? alone|lonely|by_yourself|with_nobody|with_no_one",
    ].map((p) => ({ ...entry(p, 'write-off', undefined), suggest: SAY_WORRY })),
    // "Give it ten years and you'll still be on that couch", "you'll be asking me for money your whole life".
    {
      ...entry(
        "you'll|you_will|ur_gonna|you're_gonna|you're_going_to still? be",
        'write-off',
        (doc, first, hit) => {
          const s = said(doc, first);
          return (
            !s.includes('?') &&
            // "you'll still be my favourite person", "…still be friends": a promise.
            !/^(?:my|our|the)$/.test(doc.tokens[hit.end]?.w ?? '') &&
            (/\b(?:whole life|rest of your life|forever|at (?:forty|fifty|sixty|\d\d)\b)/i.test(s) ||
              (doc.tokens[hit.end - 2]?.w === 'still' && /\byears\b/i.test(s)))
          );
        },
      ),
      suggest: SAY_WORRY,
    },
    // The debt: "After all the nights I stayed up with you…, you can't give me one weekend?"
    {
      ...entry(
        "after all the|those|these|that @ANY @ANY? i|i've|ive",
        'debt',
        (doc, first) =>
          /\byou (?:\w+ )?(?:ca|could|wo|do|did)n'?t\b|this is (?:how|what)/i.test(said(doc, first, true)),
        'blame',
      ),
      suggest: SAY_HURT,
    },
    // "I'll just sit here alone like I always do", "I'll manage on my own. like usual."
    {
      ...entry(
        "i'll|ill|i_will just? sit|stay|manage|cope|eat|be",
        'debt',
        (doc, first) => {
          const s = said(doc, first, true);
          return (
            /\b(?:alone|by myself|on my own)\b/i.test(s) &&
            /\b(?:like|as) (?:i )?(?:always|usual|last)/i.test(s)
          );
        },
        'blame',
      ),
      suggest: SAY_HURT,
    },
    // "Our sprint failed because your module held everything up" (not "…, sorry!").
    {
      ...entry(
        'because|cause|cuz|coz|bc your|ur',
        'because',
        (doc, first) => ownFailureBefore(doc, first) && !/sorry|my bad/i.test(said(doc, first, true)),
        'blame',
      ),
      suggest: say('I was really upset about how this turned out.'),
    },
    // The door shut without its subject: "…and honestly done with this team", "Done covering for you."
    // The one left ends the clause: "done with you in five" is a promise.
    {
      ...entry(
        'done with|covering|carrying|making|chasing',
        'done-with',
        (doc, first, hit) =>
          (isSentenceStart(doc, first) || /^(?:and|honestly)$/.test(doc.tokens[first - 1]?.w ?? '')) &&
          /^(?:(?:\w+ )?for )?(?:you|u|y'?all|this (?:team|group|family))\s*[.;!]/i.test(
            `${textOf(doc, hit.end, sentenceOf(doc, first).last)}.`,
          ),
        'withdrawal',
      ),
      suggest: SAY_SPACE,
    },
    // "Don't text me after 7. Or ever, actually."
    {
      ...entry(
        'or ever',
        'done-with',
        (doc, first) =>
          isSentenceStart(doc, first) &&
          /\b(?:don'?t|never|stop)\b[^.?!]*\bme\b[^.?!]*[.!?]\s*$/i.test(before(doc, first)),
        'withdrawal',
      ),
      suggest: SAY_SPACE,
    },
  ],
});
