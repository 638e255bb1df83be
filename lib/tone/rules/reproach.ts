/**
 * The reproach after the fact and the question that accuses. The shapes:
 * - hindsight said as a lesson: "you should have checked before posting", "you could have just
 *   asked", "did it ever occur to you to ask first?", "would it have killed you to text back",
 *   "next time read the instructions", "try reading the thread before replying";
 * - accusing the other of evading: "you dodged the question", "stop deflecting", "way to change the
 *   subject", "you still haven't answered my question";
 * - the question that is a verdict: "what's with the attitude?", "is there a reason you ignored my
 *   texts?", "since when is it ok to…", "who said you could…", "what makes you think you can…",
 *   "do you have any idea how rude that was?", "where did you get the idea that…".
 * Each needs its accusing part ("checked", "the question", "the attitude", a verb of neglect or
 * removal), so "you should have seen his face", "what's with the weather" and "is there a reason
 * to pick the larger size?" pass, and warmth around (hearts, laughter, praise, "we missed you")
 * lets it go. Suggestions keep the person's words where they can: "I wish you'd checked before
 * posting", "I noticed you didn't answer my texts. Can we talk about it?".
 */
import { gerundOf } from '../grammar';
import { wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import { askThenSay, askWith, cased, opens, warm } from './challenge';
import { phraseFamily } from './phrases';
import {
  type Draft,
  isClauseEnd,
  type Match,
  replaceTokens,
  roughPolarity,
  sayInstead,
  sentenceOf,
  toSentenceEnd,
  tokenWord as w,
} from './rule';

/** Care that makes a nudge kind: "any reason you didn't come? we missed you!", "no rush". */
const KIND =
  /\bmiss(?:ed)? (?:you|u|ya)\b|\bno (?:rush|worries|pressure|stress)\b|\bwhenever\b|\btake your time\b|\u{1F97A}|\u{1F979}/iu;

/** The sentence of token `i` and the one after it. */
function around(doc: Doc, i: number): string {
  const s = sentenceOf(doc, i);
  const next = doc.sentences[(doc.tokens[i] as Token).sent + 1];
  return doc.text.slice(s.start, (next ?? s).end);
}

/** Nothing warm around the words [first, end): challenge.ts's warmth, and care (`KIND`). */
function cold(doc: Doc, first: number, end: number): boolean {
  return !warm(doc, first, end) && !KIND.test(around(doc, first));
}

/** Opens its sentence (`opens`), said cold. */
const openCold = (doc: Doc, first: number, hit: { end: number }): boolean =>
  opens(doc, first) && cold(doc, first, hit.end);

/** Cold, no praise, no pet name: "don't you think you should rest, hon?" is care. */
function coldNoPet(doc: Doc, first: number, end: number): boolean {
  return (
    coldNoPraise(doc, first, end) &&
    !/\b(?:hon|hun|honey|babe|sweetie|sweetheart|darling|dear)\b/i.test(around(doc, first))
  );
}

/** Cold, and no praise in the rest of the sentence: "who said you could cook like this?? amazing". */
function coldNoPraise(doc: Doc, first: number, end: number): boolean {
  return cold(doc, first, end) && roughPolarity(around(doc, first)).pos === 0;
}

/** What hindsight says should have been done: reading, asking, checking, telling. */
const HEEDED: ReadonlySet<string> = wordSet(
  'checked asked read thought listened told said called texted rung warned looked googled searched consulted ' +
    'noticed remembered considered double-checked bothered mentioned cared paid planned waited',
);

/** Verbs of reading and checking, as a gerund after "try": "try reading the thread". */
const CHECKING: ReadonlySet<string> = wordSet(
  'reading checking googling searching thinking listening looking asking rereading researching',
);

/**
 * Their base forms, for "could you ___": "try googling it" → "could you google it". Read by rewording
 * alone: built in a function marked pure, which the detection bundle leaves out.
 */
const BASE_OF_GERUND: ReadonlyMap<string, string> = /* @__PURE__ */ (() =>
  new Map(
    'read check google search think listen look ask reread research'.split(' ').map((v) => [gerundOf(v), v]),
  ))();

/** What makes a "try reading" or "next time" a lesson: "…before replying", "…first", "…nicely". */
// "…next time" is addressed.ts's ("maybe try reading the menu next time").
const LESSON: ReadonlySet<string> = wordSet('before first again once properly nicely carefully');

/** Is one of `LESSON` in the clause from token `from`? */
function lessonIn(doc: Doc, from: number): boolean {
  const s = sentenceOf(doc, from);
  for (let k = from; k < s.last && k < from + 12; k++) {
    if (LESSON.has(w(doc, k))) return true;
    if (isClauseEnd(doc, k)) return false;
  }
  return false;
}

/** Token `first`, or the hedge before it ("maybe try…", "just try…"). */
function hedged(doc: Doc, first: number): number {
  return /^(?:maybe|perhaps|just)$/.test(w(doc, first - 1)) ? first - 1 : first;
}

/** Neglect or removal after "is there a reason you…": "didn't answer", "ignored", "removed". */
const NEGLECT: ReadonlySet<string> = wordSet(
  "didn't didnt don't dont never haven't havent won't wont can't cant couldn't couldnt wouldn't wouldnt " +
    'keep kept always ignored ignore ignoring removed remove deleted delete blocked block unfollowed left ' +
    'skipped cancelled canceled reverted undid took forgot lied',
);

/** Words that open a noun phrase: after "to" they make it a place or an event, not a verb. */
const DETERMINERS: ReadonlySet<string> = wordSet(
  'the a an my your his her our their this that these those its prom dinner lunch',
);

/** Nouns for a way of behaving: what "what's with the ___" asks about. */
const MANNER =
  'attitude|tone|sarcasm|snark|drama|eye_roll|eye_rolling|eyeroll|eyerolling|silent_treatment|cold_shoulder|' +
  'shouting|yelling|screaming|excuses|lying|lies|comments|remarks|digs|jabs|passive_aggression|rudeness|' +
  'nasty_comments|snide_remarks|face|mood|behaviour|behavior|hostility';

/** Verbs of evading a question, and what is evaded. */
const EVADE =
  'dodge|dodged|dodging|evade|evaded|evading|avoid|avoided|avoiding|ignore|ignored|ignoring|sidestep|sidestepped|' +
  'sidestepping|duck|ducked|ducking|skirt|skirted|skirting|deflect|deflected|deflecting';
/** Who evades, with the auxiliary that may follow: "you dodged", "you're avoiding", "ur just sidestepping". */
const YOU_AUX = "you|u|you're|youre|ur|you_are|you've|youve|you_have|you_keep|you_kept|u_keep";
const QUESTION = 'the|my|our question|questions|point|issue';

/** "<lead> <base verb and the rest>.": "you could have just asked" → "I wish you'd asked". */
function wishYouHad(doc: Doc, m: Match): Draft[] {
  let from = m.first;
  // "maybe you should've…": the hedge goes with the reproach.
  if (/^(?:maybe|perhaps)$/.test(w(doc, from - 1))) from--;
  const verb = m.last - 1;
  if (w(doc, verb) === 'known') return [replaceTokens(doc, from, verb + 1, cased(doc, from, 'I was afraid'))];
  return [replaceTokens(doc, from, verb, cased(doc, from, "I wish you'd"))];
}

/** "next time read the instructions" / "try reading it first" → "could you read it first?" */
function couldYou(lead: string) {
  return (doc: Doc, m: Match): Draft[] => {
    const verb = m.last - 1;
    const raw = w(doc, verb);
    const base = BASE_OF_GERUND.get(raw) ?? raw;
    // "try thinking before you type": asked to think, the lesson stays; asked to take a moment,
    // the request is kept and nobody is told they don't think ("could you take a moment before
    // you type?"). "try thinking about it" asks for real and stays.
    const said =
      base === 'think' && !/^(?:about|of|it|this|that|through|over)$/.test(w(doc, verb + 1))
        ? 'take a moment'
        : base;
    const then = askThenSay(doc, m.first, verb + 1, `${lead} ${said}`);
    // "try thinking before you type, it makes you smarter": the clause after it keeps the lesson.
    // When that clause only says what it would make of them ("it makes you look smarter"), the
    // request is what a person sends, without it: "could you take a moment before you type?".
    if (then && base === 'think') {
      const t = doc.tokens;
      const s = sentenceOf(doc, m.first);
      const after = doc.text.slice((t[verb] as Token).end, (t[s.last - 1] as Token).end);
      const lesson =
        /^([^,;:.!?]*),\s*(?:it|that|this)(?:'ll| will| would| might)? makes? (?:you|u)\b[^,;:.!?]*$/i.exec(
          after,
        );
      if (lesson) {
        let end = (t[s.last - 1] as Token).end;
        while (/[.!]/.test(doc.text[end] ?? '')) end++;
        return [
          {
            start: (t[m.first] as Token).start,
            end,
            text: cased(doc, m.first, `${lead} ${said}${lesson[1]}?`),
          },
        ];
      }
      return [toSentenceEnd(doc, m.first, 'That hurt, and I wish it had been thought through.')];
    }
    return [then ?? askWith(doc, m.first, verb + 1, `${lead} ${said}`)];
  };
}

/** "since when are you allowed to read my messages" → "I'm not ok with you reading my messages." */
function notOkWith(doc: Doc, m: Match): Draft[] {
  const verb = m.last;
  const v = w(doc, verb);
  if (!/^[a-z]+$/.test(v)) return sayInstead("I'm not ok with this. Can we talk about it?")(doc, m);
  const d = askWith(doc, m.first, verb + 1, `I'm not ok with you ${gerundOf(v)}`, '', '.');
  return [d, ...sayInstead("I'm not ok with this. Can we talk about it?")(doc, m)];
}

const REPROACH = { severity: 2, min: 'balanced', why: 'command', category: 'talking-down' } as const;
const EVADED = { severity: 2, min: 'balanced', why: 'fault', category: 'blame' } as const;
const ASKS = { severity: 2, min: 'balanced', why: 'rhetorical' } as const;

/** "is there a reason you ignored my texts?" → "I noticed you ignored my texts. Can we talk about it?" */
const REASON_YOU = {
  rule: 'reason-you',
  ...ASKS,
  // "is there a reason you don't just use the built-in tool?" offers a way, it does not reproach.
  guard: (doc: Doc, first: number, hit: { end: number }) =>
    NEGLECT.has(w(doc, hit.end)) &&
    !(/^don'?t$/.test(w(doc, hit.end)) && /^(?:just|simply)$/.test(w(doc, hit.end + 1))) &&
    opens(doc, first) &&
    coldNoPraise(doc, first, hit.end),
  suggest: (doc: Doc, m: Match) => [
    // "…you didn't just tell me?" → "I noticed you didn't tell me.": "just" belonged to the question.
    /^(?:just|simply)$/.test(w(doc, m.last + 1))
      ? askWith(
          doc,
          m.first,
          m.last + 2,
          `I noticed you ${(doc.tokens[m.last] as Token).raw}`,
          ' Can we talk about it?',
          '.',
        )
      : askWith(doc, m.first, m.last - 1, 'I noticed', ' Can we talk about it?', '.'),
  ],
};

const STAY = "I'd like us to stay on this for a moment.";
const ANSWER = "I'd really like an answer to what I asked.";
const HEAR_BACK = "I'd still really like to hear back from you.";

export const reproach = phraseFamily({
  id: 'reproach',
  category: 'contempt',
  phrases: [
    // -- Hindsight said as a lesson ----------------------------------------------------------------
    {
      // "you should have checked before posting", "u shoulda thought about that"
      pattern: "you|u should_have|should've|shouldve|shoulda|should_of @INT? @ANY",
      rule: 'should-have',
      ...REPROACH,
      guard: (doc, first, hit) => {
        const v = w(doc, hit.end - 1);
        if (!HEEDED.has(v) && v !== 'known') return false;
        // "you should have known better" is challenge.ts's; "…told me, I'd have come" is regret.
        if (w(doc, hit.end) === 'better') return false;
        const after = around(doc, first).toLowerCase();
        if (/\bi(?:'d| would) have\b|\bi'd've\b/.test(after)) return false;
        return cold(doc, first, hit.end);
      },
      suggest: wishYouHad,
    },
    {
      // "you could have just asked", "You could have simply checked the FAQ."
      pattern: "you|u could_have|could've|couldve|coulda|could_of just|simply @ANY",
      rule: 'could-have-just',
      ...REPROACH,
      guard: (doc, first, hit) => {
        const v = w(doc, hit.end - 1);
        return (
          /ed$|^(?:said|told|read|rung|thought|sent|let|left|gone|come)$/.test(v) && cold(doc, first, hit.end)
        );
      },
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last - 1, cased(doc, m.first, "I wish you'd"))],
    },
    {
      // "did it ever occur to you to ask first?", "has it ever occurred to you that I'm busy?"
      pattern: 'did|has|had|does it ever|not|even occur|occurred to you|u',
      rule: 'occur-to-you',
      ...REPROACH,
      guard: (doc, first, hit) => {
        const nx = w(doc, hit.end);
        return (nx === 'to' || nx === 'that') && opens(doc, first) && cold(doc, first, hit.end);
      },
      suggest: (doc, m) =>
        w(doc, m.last) === 'to'
          ? [askWith(doc, m.first, m.last + 1, 'next time, could you')]
          : [askWith(doc, m.first, m.last + 1, 'please keep in mind that', '', '.')],
    },
    {
      // "it never occurred to you to call?"
      pattern: 'it never occurred to you|u to|that',
      rule: 'occur-to-you',
      ...REPROACH,
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: (doc, m) =>
        w(doc, m.last - 1) === 'to'
          ? [askWith(doc, m.first, m.last, 'next time, could you')]
          : [askWith(doc, m.first, m.last, 'please keep in mind that', '', '.')],
    },
    {
      // "would it have killed you to text back"
      pattern: 'would|will it have killed you|u|ya to',
      rule: 'killed-you',
      ...REPROACH,
      category: 'contempt',
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: (doc, m) => [askWith(doc, m.first, m.last, "I'd have really liked you to", '', '.')],
    },
    {
      // "next time read the instructions", "Next time, check before you post."
      pattern:
        'next_time maybe|perhaps|just? try? read|check|think|look|google|search|listen|ask|reread|research|reading|checking|thinking|looking|googling|searching|listening|asking',
      rule: 'next-time',
      ...REPROACH,
      guard: openCold,
      suggest: couldYou('next time, could you'),
    },
    {
      // "try reading the whole thread before replying", "maybe try googling it first"
      pattern:
        'try reading|checking|googling|searching|thinking|listening|looking|asking|rereading|researching',
      rule: 'try-reading',
      ...REPROACH,
      guard: (doc, first, hit) =>
        CHECKING.has(w(doc, hit.end - 1)) &&
        lessonIn(doc, hit.end) &&
        opens(doc, hedged(doc, first)) &&
        cold(doc, first, hit.end),
      span: (doc, first, hit) => [hedged(doc, first), hit.end],
      suggest: couldYou('could you'),
    },
    {
      // "why can't you just read the instructions?", "why cant u simply answer the question"
      pattern: "why|y can't|cant|cannot|couldn't you|u just|simply @ANY",
      rule: 'why-cant-you-just',
      ...REPROACH,
      // "…just be normal" is aimed.ts's.
      guard: (doc, first, hit) =>
        !/^(?:be|act|behave)$/.test(w(doc, hit.end - 1)) &&
        opens(doc, first) &&
        coldNoPet(doc, first, hit.end),
      suggest: (doc, m) => [askWith(doc, m.first, m.last - 1, 'could you')],
    },
    {
      // "don't you think you should check the manual first?": a lesson asked as a question.
      pattern: "don't|dont you|u think you|u should @ANY",
      rule: 'dont-you-think',
      ...REPROACH,
      // "…should have asked" is should-have's.
      guard: (doc, first, hit) =>
        w(doc, hit.end - 1) !== 'have' && opens(doc, first) && coldNoPet(doc, first, hit.end),
      suggest: (doc, m) => [askWith(doc, m.first, m.last - 1, 'could you')],
    },
    {
      // "it's sad that you even have to ask", "its pathetic that u still can't cook": a verdict on them.
      pattern:
        "it's|its|it_is sad|pathetic|embarrassing|ridiculous|laughable|disturbing|telling that? you|u even|still",
      rule: 'sad-that-you',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // "it's sad that you still have to work weekends" is sympathy.
      guard: (doc, first, hit) =>
        !(w(doc, first + 1) === 'sad' && w(doc, hit.end - 1) === 'still') &&
        opens(doc, first) &&
        coldNoPet(doc, first, hit.end),
      // "I'm surprised you have to ask", "I'm surprised you still can't cook".
      suggest: (doc, m) => [
        replaceTokens(
          doc,
          m.first,
          m.last,
          cased(
            doc,
            m.first,
            w(doc, m.last - 1) === 'still' ? "I'm surprised you still" : "I'm surprised you",
          ),
        ),
      ],
    },
    {
      // "your question makes no sense", "ur plan made zero sense": "I don't understand your plan".
      pattern: 'your|ur @ANY makes|made no|zero sense',
      rule: 'makes-no-sense',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // "…makes no sense to me" already speaks for oneself.
      guard: (doc, first, hit) =>
        /^[a-z]{3,}$/.test(w(doc, first + 1)) && w(doc, hit.end) !== 'to' && coldNoPet(doc, first, hit.end),
      suggest: (doc, m) => [
        replaceTokens(
          doc,
          m.first,
          m.last,
          cased(doc, m.first, `I don't understand your ${w(doc, m.first + 1)}`),
        ),
      ],
    },
    // -- Accusing the other of evading -------------------------------------------------------------
    {
      // "you dodged the question again", "you're avoiding the question", "ur just sidestepping my point"
      pattern: `${YOU_AUX} @INT? ${EVADE} ${QUESTION}`,
      rule: 'evaded',
      ...EVADED,
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: sayInstead(ANSWER),
    },
    {
      // "you keep dancing around the question", "you keep avoiding my question"
      pattern: `you|u keep|kept dancing_around|avoiding|dodging|ignoring|sidestepping ${QUESTION}`,
      rule: 'evaded',
      ...EVADED,
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: sayInstead(ANSWER),
    },
    {
      // "you completely ignored what I asked"
      pattern: 'you|u @INT? ignore|ignored|dodged|skipped what i asked|said|wrote|meant',
      rule: 'evaded',
      ...EVADED,
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: sayInstead(ANSWER),
    },
    {
      // "You still haven't answered my question.", "u still didn't reply"
      pattern:
        "you|u still haven't|havent|have_not|didn't|didnt|did_not|hasn't answered|replied|responded|answer|reply|respond",
      rule: 'not-answered',
      ...EVADED,
      guard: (doc, first, hit) => {
        const nx = w(doc, hit.end);
        const ok = isClauseEnd(doc, hit.end - 1) || /^(?:my|me|to|the|a)$/.test(nx);
        return ok && cold(doc, first, hit.end);
      },
      // "you still haven't answered my question about the budget": the question stays named
      // ("I'd still really like an answer to my question about the budget").
      suggest: (doc, m) => {
        const q = w(doc, m.last + 1);
        if (w(doc, m.last) !== 'my' || !/^questions?$/.test(q)) return sayInstead(HEAR_BACK)(doc, m);
        const still = w(doc, m.first + 1) === 'still' ? 'still ' : '';
        return [
          replaceTokens(
            doc,
            m.first,
            m.last + 2,
            cased(doc, m.first, `I'd ${still}really like an answer to my ${q}`),
          ),
        ];
      },
    },
    {
      // "still waiting for an actual answer btw"
      pattern:
        'still waiting for an|a|your actual|real|straight|honest|proper? answer|reply|response|explanation|apology',
      rule: 'not-answered',
      ...EVADED,
      guard: (doc, first, hit) => {
        const nx = w(doc, hit.end);
        const ok =
          isClauseEnd(doc, hit.end - 1) ||
          nx === 'btw' ||
          (nx === 'from' && /^(?:you|u)$/.test(w(doc, hit.end + 1)));
        return ok && opens(doc, first) && cold(doc, first, hit.end);
      },
      suggest: sayInstead(HEAR_BACK),
    },
    {
      // "stop deflecting", "quit changing the subject"
      pattern:
        'stop|quit deflecting|dodging|changing_the_subject|twisting_my_words|twisting_everything|turning_this_around|turning_it_around|flipping_this|flipping_it',
      rule: 'deflecting',
      ...EVADED,
      guard: (doc, first, hit) => {
        const nx = w(doc, hit.end);
        const ok =
          isClauseEnd(doc, hit.end - 1) || /^(?:and|onto|on|to|back|from|again|every|all|like)$/.test(nx);
        return ok && opens(doc, first) && cold(doc, first, hit.end);
      },
      suggest: sayInstead(STAY),
    },
    {
      // "nice deflection", "way to change the subject"
      pattern: 'nice|great|good|smooth|classic|cute deflection|dodge|deflecting',
      rule: 'deflecting',
      ...EVADED,
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) && opens(doc, first) && cold(doc, first, hit.end),
      suggest: sayInstead(STAY),
    },
    {
      pattern: 'way|nice_way to change|dodge|deflect|avoid|duck the|my? subject|question|point',
      rule: 'deflecting',
      ...EVADED,
      guard: openCold,
      suggest: sayInstead('Can we come back to what I asked?'),
    },
    {
      // "don't try to turn this around on me", "dont flip it on me"
      pattern: "don't|dont|do_not try_to? turn|flip|twist|spin|put this|it|that around? on me",
      rule: 'deflecting',
      ...EVADED,
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: sayInstead("I'd like us to stay on what happened."),
    },
    // -- The question that is a verdict ------------------------------------------------------------
    {
      // "what's with the attitude?", "whats with all the sarcasm lately"
      pattern: `what's|whats|what_is with the|all_the|your|ur|that|this ${MANNER}`,
      rule: 'whats-with',
      ...ASKS,
      guard: openCold,
      suggest: sayInstead("I'm feeling some tension between us. Is something wrong?"),
    },
    {
      // "is there a reason you didn't answer my texts?", "any reason you removed my name?"
      pattern: 'is|was there a|any good? reason why? you|u',
      ...REASON_YOU,
    },
    { pattern: 'any reason why? you|u', ...REASON_YOU },
    {
      // "since when is it ok to take my stuff" ("fine" is left out: challenge.ts's warmth reads it as reassurance)
      pattern: 'since when is|was it|that|this ok|okay|acceptable|alright|normal|appropriate',
      rule: 'since-when',
      ...ASKS,
      guard: openCold,
      suggest: (doc, m) => {
        const it = w(doc, m.first + 3);
        if (w(doc, m.last) === 'to') return [askWith(doc, m.first, m.last, "I don't think it's ok", '', '.')];
        return sayInstead(it === 'it' ? "I'm not ok with this." : "I'm not ok with that.")(doc, m);
      },
    },
    {
      // "since when are you allowed to read my messages?", "since when do you get to decide that"
      pattern: 'since when are|were you|u allowed_to|supposed_to',
      rule: 'since-when',
      ...ASKS,
      guard: openCold,
      suggest: notOkWith,
    },
    {
      pattern: 'since when do|does|did you|u get_to|have_the_right_to|decide|make_the_rules',
      rule: 'since-when',
      ...ASKS,
      guard: openCold,
      suggest: sayInstead("I'd like a say in this too."),
    },
    {
      // "who said you could use my car", "who asked you to rearrange my desk", "who told you that was ok?"
      pattern: 'who said|told|asked|allowed you|u that? you|u? could|can|to',
      rule: 'who-said',
      ...ASKS,
      guard: (doc, first, hit) =>
        // "who asked you to the wedding?" asks who invited them.
        !(w(doc, hit.end - 1) === 'to' && DETERMINERS.has(w(doc, hit.end))) &&
        opens(doc, first) &&
        coldNoPraise(doc, first, hit.end),
      suggest: (doc, m) => [askWith(doc, m.first, m.last, "I'd like you to ask me before you", '', '.')],
    },
    {
      pattern: 'who told|said you|u that|it was|is ok|okay|fine|alright|acceptable',
      rule: 'who-said',
      ...ASKS,
      guard: openCold,
      suggest: sayInstead("I'm not ok with that."),
    },
    {
      // "what makes you think you can talk to me like that", "what makes u think ur above the rules"
      pattern:
        "what makes|made you|u think you|u|ur|you're|youre|you_are|that's|thats|that_is|it's|its|this_is",
      rule: 'what-makes-you-think',
      ...ASKS,
      guard: (doc, first, hit) => {
        const subj = w(doc, hit.end - 1);
        const nx = w(doc, hit.end);
        const you = /^(?:you|u)$/.test(subj);
        const copula = /^(?:ur|you're|youre|are)$/.test(subj);
        const ok = you
          ? /^(?:can|could|get|have|deserve|own|know|are|were|'re)$/.test(nx)
          : copula
            ? true
            : /^(?:ok|okay|acceptable|fine|alright|appropriate|allowed|normal|your)$/.test(nx);
        return ok && opens(doc, first) && cold(doc, first, hit.end);
      },
      suggest: (doc, m) => {
        const subj = m.first + 4;
        return [askWith(doc, m.first, subj, "I don't think", '', '.')];
      },
    },
    {
      // "do you have any idea how rude that was?", "do u even have a clue how long I waited"
      pattern: 'do|did you|u even? have any|the_slightest|the_faintest|an idea|clue how',
      rule: 'any-idea',
      ...ASKS,
      guard: openCold,
      suggest: (doc, m) => [askWith(doc, m.first, m.last, "I'm not sure you realise how", '', '.')],
    },
    {
      // "where did you get the idea that this is allowed?"
      pattern: 'where did you|u get the idea|notion that',
      rule: 'the-idea',
      ...ASKS,
      guard: openCold,
      suggest: (doc, m) => [askWith(doc, m.first, m.last, "I don't think", '', '.')],
    },
    {
      // "what gave you the idea you could just take it"
      pattern: 'what|who gave|gives you|u the idea|notion that? you|u could|can|were|are',
      rule: 'the-idea',
      ...ASKS,
      guard: openCold,
      suggest: sayInstead("I'd have liked you to ask me first."),
    },
    {
      // "what gives you the right to go through my phone?"
      pattern: 'what|who gives|gave you|u the right to',
      rule: 'the-idea',
      ...ASKS,
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: notOkWith,
    },
  ],
});
