/**
 * Contempt and talking-down carried by rank: who is put above whom.
 * - pulling rank ("I'm the adult here", "I know better", "when you're older you'll understand");
 * - the adult yardstick ("that's not how adults behave", "act your age", "a grown woman");
 * - the child yardstick and lowly comparisons ("even a kid gets it", "my dog listens better than
 *   you", "you're worse than your brother");
 * - teaching slowly ("let me explain it slowly", "I'll use small words", "um actually",
 *   "if you had read the email you'd know", "you need to learn some respect");
 * - patronising address ("good girl, now…", "well bless your heart", "listen here, kiddo");
 * - disgust and verdicts on the person ("I'm disgusted by you", "you're embarrassing",
 *   "what a joke you are", "a waste of space", "look at you, thinking you're special").
 * Each needs the other person in view (you, an imperative, a vocative) and passes when warm.
 */
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  type Draft,
  isClauseEnd,
  isImperative,
  type Match,
  mentionsYou,
  negatedBefore,
  notWarmOutside,
  polarityNoLaughter,
  removeTokens,
  replaceTokens,
  says,
  sentenceOf,
  textOf,
  toSentenceEnd,
  tokenWord as w,
  wholeKeepingOpeners,
} from './rule';

/** The whole sentence of the match becomes `text`. */
const whole =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => [wholeKeepingOpeners(doc, m.first, text)];

/**
 * As `whole`, the laugh that ends the sentence kept: "google it lol" → "A quick search should turn it
 * up lol" (the laugh says how it was meant).
 */
const wholeKeepLaugh =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] =>
    whole(text)(doc, m).map((d) => {
      const laugh = /[\s,]+(?:lol|lmao|lmfao|rofl|haha\w{0,12}|hehe\w{0,12}|xd)$/i.exec(
        doc.text.slice(d.start, d.end),
      );
      return laugh && laugh.index > 0
        ? { ...d, end: d.start + laugh.index, text: d.text.replace(/\.$/, '') }
        : d;
    });

/** The words of the match go ("well bless your heart, you tried" → "you tried"). */
const drop =
  (label: string) =>
  (doc: Doc, m: Match): Draft[] => [removeTokens(doc, m.first, m.last, label)];

/** The sentence is not warm outside tokens [first, end): praise there is not the matched words' own. */
const notWarm = (doc: Doc, first: number, end = first): boolean =>
  notWarmOutside(doc, first, end, polarityNoLaughter);

/** The sentence holds a question mark (a sincere ask: "can you explain it slowly?"). */
function asks(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  return doc.text.slice(s.start, Math.min(doc.text.length, s.end + 1)).includes('?');
}

/** Any other sentence of the message speaks to "you" (a lecture frame around a fragment). */
function youElsewhere(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const limit = Math.min(doc.tokens.length, s.last + 40);
  for (let k = s.last; k < limit; k++) if (YOU.has(w(doc, k))) return true;
  for (let k = Math.max(0, s.first - 40); k < s.first; k++) if (YOU.has(w(doc, k))) return true;
  return false;
}

const YOU: ReadonlySet<string> = new Set(['you', 'u', 'your', 'ur', "you're", 'youre', 'yourself']);

const ADULTS =
  'adults|grownups|grown-ups|grown_ups|grown_adults|mature_people|normal_people|real_adults|a_grown_man|a_grown_woman|a_grown_adult|an_adult|a_mature_adult';

const LOWLY =
  'kid|child|toddler|baby|dog|cat|hamster|goldfish|monkey|grandma|granny|nan|5_year_old|five_year_old|8_year_old|six_year_old|6_year_old|10_year_old|ten_year_old|year_old|4_year_old|3_year_old';

const RANK = "I'd like us to talk about this as equals.";

// -- Round h24: mock patience, belittling names, grading the other, lecturing openers, explaining
// their feelings to them ------------------------------------------------------------------------

/** Laughter, hearts and care near token `i` (its sentence and the next): teasing or kindness. */
const KIND =
  /\blol\b|\blmao\b|\bhaha|\bhehe|\bjk\b|\blove (?:you|u|ya)\b|\bproud\b|\bthank|\bsorry\b|\bno worries\b|\bdon'?t worry\b|[\u2764\u{1F602}\u{1F923}\u{1F60D}\u{1F970}\u{1F618}\u{1F495}\u{1F496}\u{1F97A}\u{1F60A}\u{1F601}\u{1F606}\u{1F604}\u{1F917}\u{1F3C6}\u{1F44F}\u{1F389}]/iu;
function kindNear(doc: Doc, i: number, laughSoftens = true): boolean {
  const s = sentenceOf(doc, i);
  const next = doc.sentences[(doc.tokens[i] as Token).sent + 1];
  let text = doc.text.slice(s.start, Math.min((next ?? s).end, s.start + 400));
  if (!laughSoftens) text = text.replace(LAUGH, ' ');
  return KIND.test(text);
}
/** Laughter: after a lecture ("google it lol") it sharpens the line rather than softens it. */
const LAUGH = /\b(?:lol|lmao|lmfao|haha\w*|hehe\w*)\b|[\u{1F602}\u{1F923}]/giu;

/** Kind, warm or excited ("!") around the match: not a put-down. */
const cool = (doc: Doc, first: number, end: number): boolean =>
  !kindNear(doc, first) && notWarm(doc, first, end);
/** The same, laughter not counted as kindness. */
const cold = (doc: Doc, first: number, end: number): boolean =>
  !kindNear(doc, first, false) && notWarm(doc, first, end);
const exclaims = (doc: Doc, first: number): boolean => {
  const s = sentenceOf(doc, first);
  return doc.text.slice(s.start, Math.min(doc.text.length, s.end + 1)).includes('!');
};

/** Only openers ("oh", "ok", "well", "aw", "lol") before token `first` in its sentence. */
function opensSentence(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = s.first; k < first; k++)
    if (
      !/^(?:oh|ok|okay|well|aw|aww|awww|um|uh|so|yeah|wow|and|but|sure|right|hmm|mm|look|listen|honestly|seriously|omg|babe|like)$/.test(
        w(doc, k),
      )
    )
      return false;
  return first - s.first <= 3;
}

/** Nothing after token `end - 1` in its sentence but punctuation and trailing adjuncts. */
const endsSentence = (doc: Doc, end: number): boolean => {
  const s = sentenceOf(doc, end - 1);
  return end >= s.last || (isClauseEnd(doc, end - 1) && clauseRunsOut(doc, end - 1));
};
/** Trailing adjuncts after a short reply: "honey, no lol", "aw you tried again". */
const ADJUNCT_WORDS =
  /^(?:now|right|again|rn|lol|lmao|though|tho|honestly|seriously|today|lately|all|the|time|smh|to|me|tbh|fr|ngl)$/;
function clauseRunsOut(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  for (let k = i + 1; k < s.last; k++) if (!ADJUNCT_WORDS.test(w(doc, k))) return false;
  return true;
}

/** The match is the whole sentence: "I see this differently." in its place; else the words go. */
const dropOr =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => {
    const s = sentenceOf(doc, m.first);
    return opensSentence(doc, m.first) && m.last >= s.last
      ? [toSentenceEnd(doc, s.first, text)]
      : [removeTokens(doc, m.first, m.last, 'Leave it out')];
  };

/** What follows a lecturing opener ("newsflash:") puts the reader right rather than tells news. */
function putsRight(doc: Doc, end: number): boolean {
  const s = sentenceOf(doc, end - 1);
  let to = s.last;
  let from = end;
  // "Newsflash." on its own: read the next sentence.
  if (end >= s.last) {
    const next = doc.sentences[(doc.tokens[end - 1] as Token).sent + 1];
    if (!next) return false;
    from = next.first;
    to = next.last;
  }
  let you = false;
  let neg = false;
  let others = false;
  for (let k = from; k < to && k < from + 24; k++) {
    const x = w(doc, k);
    if (/^(?:you|u|your|ur|you're|youre|yourself|urself)$/.test(x)) you = true;
    if (/n't$|^(?:not|no|nobody|never|nothing|noone|dont|doesnt|isnt|cant|wont)$/.test(x)) neg = true;
    if (
      /^(?:everyone|everybody|people|world|adults|rest)$/.test(x) &&
      /^(?:other|else|the|not|normal)$/.test(w(doc, k - 1) || w(doc, k + 1))
    )
      others = true;
    // "here's a thought: maybe check…": advice in the imperative.
    if (
      (x === 'maybe' || x === 'perhaps' || x === 'try') &&
      !/^(?:we|i|it|they|he|she|the|a|an|this|that|there|not|tomorrow|tonight|next|later|pizza|both|us)$/.test(
        w(doc, k + 1),
      ) &&
      k + 1 < to
    )
      return true;
  }
  return (you && neg) || others;
}

/** Words of care after an account of their feeling: "go to bed", "get some rest", "we'll talk tomorrow". */
const CARE_AFTER =
  /\b(?:rest|sleep|bed|nap|eat|snack|water|hug|love|take care|get some|lie down|feel better|talk tomorrow|it'?s (?:ok|okay|fine|normal)|allowed|valid|here for you|totally fine)\b|[\u2764\u{1F970}\u{1F618}\u{1F495}\u{1F496}\u{1F97A}\u{1F917}]/iu;

/** Their feeling explained to them, ending the clause or followed by "because…". */
function explainsThem(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  const next = doc.sentences[(doc.tokens[first] as Token).sent + 1];
  const around = doc.text.slice(s.start, Math.min((next ?? s).end, s.start + 400));
  // "you're just hungry lol" teases; "you're just being hormonal lol" does not.
  const teasing = /^(?:tired|hungry|hangry|overtired)$/.test(w(doc, hit.end - 1));
  if (CARE_AFTER.test(around) || KIND.test(teasing ? around : around.replace(LAUGH, ' ')) || asks(doc, first))
    return false;
  if (negatedBefore(doc, first, 2)) return false;
  const x = w(doc, hit.end);
  return isClauseEnd(doc, hit.end - 1) || /^(?:because|cause|cuz|bc|coz|since|and|that's|thats)$/.test(x);
}

const GRADE = 'I can see the effort, but I see this differently.';
const EXPLAIN = 'Let me try explaining it another way.';
const OWN_WAY = "I'd like you to give this part a try on your own.";

/** What the rules below share: balanced, severity 2, and the reason they give. */
const LECTURE = { severity: 2, min: 'balanced', why: 'command' } as const;

/** Where "try it", "look it up" or an eye-roll ends, in this sentence or the next; 0: none. */
function pointsOn(doc: Doc, end: number): number {
  const t = doc.tokens[end - 1] as Token;
  const re = /\b(?:try|look|use|google)\b|\u{1F644}/iu;
  for (const s of doc.sentences.slice(t.sent, t.sent + 2))
    if (re.test(doc.text.slice(Math.max(s.start, t.end), s.end + 2))) return s.end;
  return 0;
}

const MOCKING = { severity: 2, min: 'balanced', why: 'mockery' } as const;

const TALKING_DOWN_H24 = [
  // -- mock patience --------------------------------------------------------------------------
  {
    pattern:
      'read|reread|re-read|reading|rereading it|this|that|my_message|my_text|the_message|the_email|the_text again|twice|one_more_time|over',
    rule: 'slowly',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) => {
      const s = sentenceOf(doc, first);
      let slow = false;
      for (let k = hit.end; k < s.last && k < hit.end + 3; k++)
        if (/^(?:slowly|slower|slooowly|sloooowly)$/.test(w(doc, k))) slow = true;
      return slow && !asks(doc, first) && cold(doc, first, hit.end);
    },
    suggest: whole('Could you take another look at it?'),
  },
  {
    pattern:
      "i know it's|its|it_is|this_is|thinking_is|reading_is|reading's|thinking's hard|difficult|tough|a_lot|too_much for you|u",
    rule: 'slowly',
    ...LECTURE,
    // Mock patience: "take your time" or "I'll wait" in the message, and no care.
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      isClauseEnd(doc, hit.end - 1) &&
      /\b(?:take (?:your|ur) time|i'?ll wait|i can wait)\b/i.test(doc.text.slice(0, 2000)) &&
      !caringText(doc, first) &&
      cold(doc, first, hit.end),
    suggest: whole("Take your time; I'm happy to wait."),
  },
  {
    pattern:
      'do|should|shall|must|will|can i need_to|have_to|gotta? draw|make|sketch|spell|write you|u|it|this|that a|an|out? picture|diagram|map|chart|flowchart|drawing|for',
    rule: 'slowly',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) => {
      const s = sentenceOf(doc, first);
      const text = doc.text.slice((doc.tokens[first] as Token).start, s.end).toLowerCase();
      return (
        /^\S+ i (?:\w+ )?(?:need to |have to |gotta )?(?:draw (?:you|u) an? (?:picture|diagram|map|chart|flowchart)|spell (?:it|this|that) out)/.test(
          text,
        ) && cold(doc, first, hit.end)
      );
    },
    suggest: whole(EXPLAIN),
  },
  {
    pattern:
      'you|u need|want a|an diagram|drawing|flowchart|picture_book|crayons|powerpoint|visual_aid|dictionary',
    rule: 'slowly',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      isClauseEnd(doc, hit.end - 1) && cold(doc, first, hit.end),
    suggest: whole(EXPLAIN),
  },
  {
    pattern:
      "you|u clearly|obviously|evidently missed|misunderstood|misread|didn't_get|didnt_get|didn't_read|didnt_read",
    rule: 'correct',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) => !asks(doc, first) && cold(doc, first, hit.end),
    suggest: (doc: Doc, m: Match): Draft[] => [
      toSentenceEnd(doc, m.first, 'I think I could have explained this better.'),
    ],
  },
  // -- belittling names and grades -------------------------------------------------------------
  {
    pattern:
      'honey|sweetie|sweetheart|sweety|darling|hun|hon|dear|kiddo|champ|sport|buddy|pal|princess no|nope|nah',
    rule: 'patronise',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) => {
      const s = sentenceOf(doc, first);
      let end = hit.end;
      if (w(doc, end) === 'just' || w(doc, end) === 'no') end++;
      return opensSentence(doc, first) && (end >= s.last || endsSentence(doc, end)) && !kindNear(doc, first);
    },
    suggest: whole("I don't think that's right."),
  },
  {
    pattern: 'bless your|ur little? heart',
    rule: 'patronise',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      opensSentence(doc, first) && w(doc, hit.end) !== 'for' && cool(doc, first, hit.end),
    suggest: dropOr('I see this differently.'),
  },
  {
    pattern: 'nice|good try',
    rule: 'grade',
    ...MOCKING,
    // "nice try buddy", "nice try." as the whole reply; "nice try! so close" cheers.
    guard: (doc: Doc, first: number, hit: { end: number }) => {
      if (!opensSentence(doc, first) || exclaims(doc, first) || !cool(doc, first, hit.end)) return false;
      const x = w(doc, hit.end);
      if (
        /^(?:buddy|pal|champ|kid|kiddo|sweetie|honey|mate|bro|dude|though|tho|but|sweetheart|hun|sis|girl|lol)$/.test(
          x,
        )
      )
        return x !== 'lol' || /^(?:no|nope)$/.test(w(doc, hit.end + 1));
      // A bare "nice try" may be a cheer or a shrug: left alone.
      return false;
    },
    suggest: whole("I'm not convinced."),
  },
  {
    pattern: 'a|an for effort',
    rule: 'grade',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      isClauseEnd(doc, hit.end - 1) && !exclaims(doc, first) && cool(doc, first, hit.end),
    suggest: whole(GRADE),
  },
  {
    pattern: 'gold_star|a_gold_star|a_medal|a_cookie|a_trophy|a_prize for you|u',
    rule: 'grade',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      isClauseEnd(doc, hit.end - 1) && !exclaims(doc, first) && cool(doc, first, hit.end),
    suggest: whole('Thanks for doing it.'),
  },
  {
    pattern:
      'you|u want|wanna|expect a|an medal|gold_star|trophy|award|prize|round_of_applause|pat_on_the_back|cookie|parade',
    rule: 'grade',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) => {
      const x = w(doc, hit.end);
      const forIt =
        (x === 'for' && /^(?:that|it|this|doing|being|finally|showing)$/.test(w(doc, hit.end + 1))) ||
        (x === 'or' && w(doc, hit.end + 1) === 'something');
      const bare =
        isClauseEnd(doc, hit.end - 1) && w(doc, hit.end - 1) !== 'cookie' && w(doc, hit.end - 1) !== 'prize';
      return (forIt || bare) && cool(doc, first, hit.end);
    },
    suggest: whole('Thanks for doing it.'),
  },
  {
    pattern: 'aw|aww|awww|aw_well|oh_well|well you|u tried',
    rule: 'grade',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      opensSentence(doc, first) && endsSentence(doc, hit.end) && cool(doc, first, hit.end),
    suggest: whole('Thanks for trying.'),
  },
  {
    pattern:
      'you|u finally|actually|finally_managed_to|managed_to|actually_managed_to figured|learned|learnt|read|understood|noticed|realised|realized|remembered|worked_out|caught_on|got_it|figured_out|managed',
    rule: 'grade',
    ...MOCKING,
    // "good for you, you finally figured it out", "well done, you managed to read the email".
    guard: (doc: Doc, first: number, _hit: { end: number }) => {
      const s = sentenceOf(doc, first);
      const before = doc.text.slice(s.start, (doc.tokens[first] as Token).start).toLowerCase();
      return (
        /\b(?:good for (?:you|u)|well done|congrats|congratulations|bravo|wow|slow clap|gold star|look at (?:you|u))\b/.test(
          before,
        ) &&
        !exclaims(doc, first) &&
        !kindNear(doc, first)
      );
    },
    suggest: whole('Thanks for sorting it out.'),
  },
  {
    pattern:
      "look who|who's|whos finally|actually learned|learnt|figured|read|understood|noticed|remembered|realised|realized|worked|caught|decided",
    rule: 'grade',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      !exclaims(doc, first) && cool(doc, first, hit.end),
    suggest: whole('Thanks for sorting it out.'),
  },
  // -- lecturing openers ------------------------------------------------------------------------
  {
    pattern:
      "let_me|lemme|allow_me_to|i'll|ill|i_will|time_to|i'm_going_to|im_going_to|i'm_gonna|im_gonna|let_me_just educate|enlighten|school you|u",
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) => cold(doc, first, hit.end),
    suggest: (doc: Doc, m: Match): Draft[] => {
      const x = w(doc, m.last);
      return /^(?:on|about)$/.test(x)
        ? [replaceTokens(doc, m.first, m.last + 1, "here's what I know about")]
        : [replaceTokens(doc, m.first, m.last, "here's how I see it")];
    },
  },
  {
    pattern: 'educate yourself|urself',
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      opensSentence(doc, first) && isClauseEnd(doc, hit.end - 1) && cold(doc, first, hit.end),
    suggest: whole("I'd be glad to share what I've read about it."),
  },
  {
    pattern:
      "newsflash|news_flash|fun_fact|here's_a_thought|heres_a_thought|here's_an_idea|heres_an_idea|spoiler_alert|reality_check|breaking_news|hate_to_break_it_to_you",
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      opensSentence(doc, first) &&
      putsRight(doc, hit.end) &&
      !exclaims(doc, first) &&
      cold(doc, first, hit.end),
    suggest: (doc: Doc, m: Match): Draft[] => [removeTokens(doc, m.first, m.last, 'Leave it out')],
  },
  {
    pattern: 'google|lookup|look it|that|this up? yourself|urself',
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) => cold(doc, first, hit.end),
    suggest: wholeKeepLaugh('A quick search should turn it up.'),
  },
  {
    pattern: 'google|googling it|that|this',
    rule: 'lecture',
    ...LECTURE,
    // "google it." as the reply; "google it, the recipe's on the first page" points the way.
    guard: (doc: Doc, first: number, hit: { end: number }) => {
      if (!isClauseEnd(doc, hit.end - 1)) return false;
      const s = sentenceOf(doc, first);
      for (let k = s.first; k < first; k++)
        if (
          !/^(?:just|maybe|try|pls|please|um|uh|ok|so|lol|or|have|you|tried|ever|heard|of|then|go|look|honestly|seriously|omg|babe|like)$/.test(
            w(doc, k),
          )
        )
          return false;
      const rest = doc.text
        .slice((doc.tokens[hit.end - 1] as Token).end, s.end + 200)
        .replace(
          /\b(?:right now|now|again|today|lately|all the time|to me|honestly|seriously|tbh|fr|smh|lol|lmao|rn)\b/gi,
          ' ',
        );
      const sharp =
        /\b(?:not my job|not hard|yourself|seriously|ffs|jeez|geez|smh|instead of asking|before (?:you )?ask|like an adult|it'?s free|lazy)\b/i;
      return (!/[a-z]{2}/i.test(rest) || sharp.test(rest)) && cold(doc, first, hit.end);
    },
    suggest: wholeKeepLaugh('A quick search should turn it up.'),
  },
  // "it's called a calendar, look it up", "ever heard of google? try it": the obvious, as news to them.
  ...["it's|its|it_is called", 'ever heard|hear of'].map((p) => ({
    pattern: `${p} a_calendar|calendar|research|reading|google|homework|doing_your_homework|a_search_bar|the_search_bar|a_dictionary|spellcheck`,
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      isClauseEnd(doc, hit.end - 1) &&
      (p[0] === 'e'
        ? doc.text[(doc.tokens[hit.end - 1] as Token).end] === '?'
        : pointsOn(doc, hit.end) > 0) &&
      cold(doc, first, hit.end),
    suggest: (doc: Doc, m: Match): Draft[] => {
      let k = m.first;
      while (!/^(?:called|of)$/.test(w(doc, k))) k++;
      const t = doc.tokens[m.first] as Token;
      return [
        {
          // "hasn't anyone ever heard of google?": the question goes whole.
          start: p[0] === 'e' ? sentenceOf(doc, m.first).start : t.start,
          end: pointsOn(doc, m.last) || sentenceOf(doc, m.first).end,
          text: `${textOf(doc, k + 1, m.last)} might help here.`.replace(/^./, (c) => c.toUpperCase()),
        },
      ];
    },
  })),
  {
    pattern: 'google is|is_your free|friend|a_thing|exists',
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      opensSentence(doc, first) && isClauseEnd(doc, hit.end - 1) && cold(doc, first, hit.end),
    suggest: wholeKeepLaugh('A quick search should turn it up.'),
  },
  {
    pattern:
      "not_going_to|not_gonna|won't|wont|not_here_to|can't_keep|cant_keep|refuse_to|not_about_to hold|holding|babysit|babysitting|spoon_feed|spoonfeed|spoon-feed|spoonfeeding|spoon_feeding|coddle|coddling your|ur|you|u",
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) => {
      const v = w(doc, hit.end - 2);
      // "hold your hand" needs its "hand"; "hold your breath" is something else.
      if (/^(?:hold|holding)$/.test(v)) {
        if (w(doc, hit.end) !== 'hand') return false;
        // "hold your hand through this / anymore", or the clause ends; "…during the ceremony" is literal.
        const x = w(doc, hit.end + 1);
        if (
          !isClauseEnd(doc, hit.end) &&
          !/^(?:through|anymore|forever|every|on|here|with|for|all|again)$/.test(x)
        )
          return false;
      }
      if (/^(?:your|ur)$/.test(w(doc, hit.end - 1)) && !/^(?:hold|holding)$/.test(v)) return false;
      return cold(doc, first, hit.end);
    },
    suggest: whole(OWN_WAY),
  },
  {
    pattern:
      'not my job to teach|explain|educate|babysit|hold|spoon_feed|spoonfeed|do|fix|remind|tell you|u|your|ur',
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) => cold(doc, first, hit.end),
    suggest: whole(OWN_WAY),
  },
  // -- explaining their feelings to them ---------------------------------------------------------
  {
    pattern:
      "you're|you_are|ur|youre|you_were just|only|simply being? tired|hungry|hormonal|emotional|overtired|cranky|jealous|upset|salty|bitter|sensitive|dramatic|stressed|paranoid|insecure|hangry|moody|overreacting|overthinking|triggered|butthurt|mad|angry|pmsing|irrational|hysterical|projecting",
    rule: 'their-feelings',
    ...LECTURE,
    guard: explainsThem,
    suggest: whole('I think we see this differently, and I want to hear you out.'),
  },
  {
    pattern:
      "you_are|you're|ur|youre|you|u just|only saying|say|said this|that|it because|cause|cuz|bc|coz|since",
    rule: 'their-feelings',
    ...LECTURE,
    guard: (doc: Doc, first: number, _hit: { end: number }) =>
      !kindNear(doc, first, false) && !praiseAfterLocal(doc, first) && !CARE_AFTER.test(sentText(doc, first)),
    suggest: whole('I think we see this differently, and I want to hear you out.'),
  },
];

/** The sentence holds more warm words than sour ones ("you're only saying that because you're nice"). */
function praiseAfterLocal(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const p = polarityNoLaughter(doc, first, s.last);
  return p.pos > p.neg;
}

/** Words of care in the message: "I'm here", "no pressure", a heart. */
function caringText(doc: Doc, first: number): boolean {
  return /\b(?:i'?m here|here for you|no pressure|love|hug|need|talk about it)\b|[\u2764\u{1F970}\u{1F97A}\u{1F917}]/iu.test(
    aroundText(doc, first),
  );
}
function aroundText(doc: Doc, first: number): string {
  const s = sentenceOf(doc, first);
  return doc.text.slice(Math.max(0, s.start - 200), Math.min(doc.text.length, s.end + 200));
}

// -- Round h27: the put-downs of chats and threads -------------------------------------------------

/** Sarcasm that a discovery is old news: "congrats, you discovered the obvious". */
const OLD_NEWS =
  /\b(?:the obvious(?! (?!right|again|today|lately|all|to|honestly|lol|smh)\w)|what (?:every(?:one|body)|we all)|basic|ago|the wheel|fire|sliced bread)\b/i;

/** Only hedges or "go" before token `first`: "maybe read a book", "go read a book". */
function bareOrder(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = s.first; k < first; k++)
    if (
      !/^(?:maybe|go|just|try|pls|please|seriously|and|so|like|bro|dude|mate|honestly|now|ok|okay|look|oh|well|listen)$/.test(
        w(doc, k),
      )
    )
      return false;
  return true;
}

/** "read a book" at the end of its clause, or before "sometime", "once in a while", "for once". */
const bookEnds = (doc: Doc, end: number): boolean =>
  isClauseEnd(doc, end - 1) ||
  /^(?:sometime|sometimes|once|or|ever|every|lol|bro|dude|mate)$/.test(w(doc, end)) ||
  (w(doc, end) === 'for' && w(doc, end + 1) === 'once');

const EQUALS = "I'd like us to talk about this as equals.";

/** "…before you comment", "…before commenting": their say made to wait. */
const BEFORE_TALK =
  /\bbefore (?:you |u )?(?:comment|talk|post|speak|repl|respond|open (?:your|ur) mouth|weigh|lectur|argu|judg|critici|preach)/i;

// -- Round h30: talking down between people who know each other ---------------------------------
const TALKING_DOWN_H30 = [
  {
    // "leave it to the adults, ok?", "leave this to the grown-ups": the matter taken out of their hands.
    pattern: 'leave it|this|that to the grown-ups|grownups|grown_ups|adults',
    rule: 'rank',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      bareOrder(doc, first) && cool(doc, first, hit.end),
    suggest: whole(EQUALS),
  },
  {
    // "you're so cute when you try to argue", "it's adorable that you think so": their view made
    // a child's. Not "you're so cute when you're sleepy".
    pattern: "you're|you_are|ur @INT* cute|adorable when you|u try|think|pretend|argue|get_mad|get_angry",
    rule: 'patronise',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) => cool(doc, first, hit.end),
    suggest: whole('I see this differently.'),
  },
  {
    // "i don't expect you to understand", "I wouldn't expect you to get it".
    pattern: "i don't|wouldn't expect you|u to understand|get_it|get|follow",
    rule: 'patronise',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      (isClauseEnd(doc, hit.end - 1) || w(doc, hit.end) === 'anyway') && cold(doc, first, hit.end),
    suggest: whole("It's hard for me to explain, but I'd like to try."),
  },
  {
    // "learn some manners", "get some respect": the bare order; "the kids learn manners at school" passes.
    pattern: 'learn|get|show some|basic manners|respect|decency',
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      bareOrder(doc, first) &&
      isClauseEnd(doc, hit.end - 1) &&
      !asks(doc, first) &&
      cold(doc, first, hit.end),
    suggest: whole("I'd like us to be more respectful with each other."),
  },
  {
    // "don't take that tone with me", "do not use that tone on me".
    pattern: "don't|do_not take|use that|this tone with|on me",
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      bareOrder(doc, first) && cold(doc, first, hit.end),
    suggest: whole('Can we both slow down a little?'),
  },
];

const TALKING_DOWN_H27 = [
  {
    // "congrats, you discovered the obvious", "well done, you figured out what everyone knew".
    pattern:
      "congrats|congratulations|well_done|bravo you|u|you've|youve just|finally? discovered|discover|figured_out|figure_out|found_out|realised|realized|learned|learnt|worked_out|noticed|invented",
    rule: 'grade',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      OLD_NEWS.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end, sentenceOf(doc, first).end)) &&
      cold(doc, first, hit.end),
    suggest: whole('I think that has been known for a while.'),
  },
  {
    // "how cute, you think you're right", "cute that you believe that", "wrong, but cute".
    pattern: "cute|adorable|precious that? you|u|you've think|believe|actually_think|really_think|thought",
    rule: 'grade',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      !/^(?:of|about)$/.test(w(doc, hit.end)) && cold(doc, first, hit.end),
    suggest: whole('I see this differently.'),
  },
  {
    pattern: 'wrong|incorrect but cute|adorable',
    rule: 'grade',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) => cool(doc, first, hit.end),
    suggest: (doc: Doc, m: Match): Draft[] => [
      replaceTokens(doc, sentenceOf(doc, m.first).first, m.last, "I don't think that's right"),
    ],
  },
  {
    // "how old are you, 12?", "how old r u, five": age as the verdict.
    pattern: 'how old are|r you|u',
    rule: 'rank',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      /^(?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|like|a|an)$/.test(w(doc, hit.end)) &&
      cold(doc, first, hit.end),
    suggest: whole(EQUALS),
  },
  {
    // "read a book", "maybe pick up a book once in a while"; not "read a book on the plane".
    pattern: 'read|open|pick_up|crack_open a book',
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      bareOrder(doc, first) && bookEnds(doc, hit.end) && !asks(doc, first) && cold(doc, first, hit.end),
    suggest: whole('I think there is more to read on this.'),
  },
  {
    // "have you ever read a book?", "do u even open a book"
    pattern: 'you|u ever|even even? read|open|opened a book',
    rule: 'lecture',
    ...MOCKING,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      isClauseEnd(doc, hit.end - 1) && cold(doc, first, hit.end),
    suggest: whole('I think there is more to read on this.'),
  },
  {
    // "let the grown-ups talk", "the adults are talking".
    pattern:
      'let the|us grown-ups|grownups|grown_ups|adults|big_kids|grown_adults talk|speak|handle|deal|decide',
    rule: 'rank',
    ...LECTURE,
    // "let the grown-ups handle the fireworks, kids get sparklers": a task shared out, not rank.
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      !/^(?:the|a|an|some|those|these|our|all)$/.test(w(doc, hit.end)) && cool(doc, first, hit.end),
    suggest: whole(EQUALS),
  },
  {
    pattern: 'the grown-ups|grownups|grown_ups|adults are|r talking|speaking',
    rule: 'rank',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      isClauseEnd(doc, hit.end - 1) && cool(doc, first, hit.end),
    suggest: whole(EQUALS),
  },
  {
    // "stay in your lane", "that's above your pay grade", "welcome to the real world".
    pattern:
      'stay_in_your_lane|stay_in_ur_lane|above_your_pay_grade|above_ur_pay_grade|beyond_your_pay_grade|welcome_to_the_real_world|welcome_to_adulthood|welcome_to_real_life',
    rule: 'rank',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      isClauseEnd(doc, hit.end - 1) &&
      (w(doc, first) === 'welcome'
        ? !exclaims(doc, first) && cool(doc, first, hit.end)
        : cold(doc, first, hit.end)),
    suggest: (doc: Doc, m: Match): Draft[] =>
      whole(
        w(doc, m.first) === 'welcome' ? 'I see this differently.' : "I'd rather handle this part myself.",
      )(doc, m),
  },
  {
    // "I'm not your teacher.", "im not ur mom", "I'm not your personal google".
    pattern:
      "i'm|im|i_am not your|ur teacher|mom|mum|mother|maid|babysitter|secretary|tutor|google|dictionary|personal_assistant|personal_google",
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      endsSentence(doc, hit.end) && !exclaims(doc, first) && cold(doc, first, hit.end),
    suggest: whole("I'd like you to look into this part yourself."),
  },
  {
    // "it's basic common sense", "that's just logic".
    pattern: "it's|its|it_is|that's|thats|that_is basic|simple|just|plain basic? common_sense|logic",
    rule: 'simple',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      endsSentence(doc, hit.end) && cold(doc, first, hit.end),
    suggest: whole('I think this makes sense, and I can explain why.'),
  },
  {
    // "do some research before you embarrass yourself".
    pattern: 'before you|u embarrass|humiliate yourself|urself',
    rule: 'lecture',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) => cool(doc, first, hit.end),
    suggest: (doc: Doc, m: Match): Draft[] => [removeTokens(doc, m.first, m.last, 'Leave it out')],
  },
  {
    // "keep up, will you": the bare order, not "keep up the good work".
    pattern: 'keep up',
    rule: 'slowly',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) =>
      bareOrder(doc, first) &&
      (endsSentence(doc, hit.end) || /^(?:will|would|already)$/.test(w(doc, hit.end))) &&
      !asks(doc, first) &&
      !exclaims(doc, first) &&
      cold(doc, first, hit.end),
    suggest: whole('Let me know if I went too fast.'),
  },
  // -- s18 (helper detect18) ----------------------------------------------------------------------
  {
    // "you're not qualified to have an opinion", "you're in no position to lecture me": their say denied.
    pattern:
      "you're|you_are|ur|youre not_qualified|hardly_qualified|unqualified|not_in_a_position|in_no_position to have|comment|judge|talk|speak|lecture|criticize|criticise|tell|weigh_in|argue|preach|correct|question|give",
    rule: 'rank',
    ...LECTURE,
    guard: (doc: Doc, first: number, hit: { end: number }) => !asks(doc, first) && cold(doc, first, hit.end),
    suggest: whole("I see this differently, and I'd like to hear why you think so."),
  },
  {
    // "maybe learn how a loan works before you comment": sent off to study before they may speak.
    pattern: 'learn|understand|read_up|look_up|research|study how|what|about|on|the_basics?',
    rule: 'lecture',
    ...LECTURE,
    // BEFORE_TALK in the message: a sentence of a text under 2,000 characters starts beside a non-word
    // character, so its word edges are the message's.
    pre: (text: string) => text.length >= 2000 || BEFORE_TALK.test(text),
    guard: (doc: Doc, first: number, hit: { end: number }) => {
      const s = sentenceOf(doc, first);
      return (
        (isImperative(doc, first) || /^(?:maybe|perhaps|go)$/.test(w(doc, first - 1))) &&
        BEFORE_TALK.test(doc.text.slice(s.start, s.end)) &&
        cold(doc, first, hit.end)
      );
    },
    suggest: lectureTopic,
  },
];

/** Words that open no topic of its own ("learn some manners", "read up a bit", "study it"). */
const NO_TOPIC =
  /^(?:some|something|anything|stuff|things|a|an|more|little|bit|it|this|that|to|you|your|u|ur|yourself|basics|before|first|please)$/;

/**
 * "please research dementia before you post", "learn how a loan works before you comment": sent off
 * to study the topic before they may speak; the topic stays, said as the writer's own view ("I think
 * there's more to dementia than that."). Without a topic of its own, an offer to share what one knows.
 */
function lectureTopic(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let from = m.first + 1;
  // "read up on", "look up": the particle is not the topic.
  while (from < s.last && /^(?:up|on|about)$/.test((t[from] as Token).w)) from++;
  let b = from;
  while (b < s.last && b - from <= 5 && (t[b] as Token).w !== 'before') b++;
  const ok =
    b < s.last &&
    (t[b] as Token).w === 'before' &&
    b > from &&
    b - from <= 5 &&
    !NO_TOPIC.test((t[from] as Token).w) &&
    t
      .slice(from, b)
      .every(
        (x, i) =>
          /^[\p{L}']+$/u.test(x.w) &&
          !/^(?:you|your|u|ur|yourself|yourselves|it|basics|facts|stuff|things)$/.test(x.w) &&
          (i === 0 || /^ +$/.test(doc.text.slice((t[from + i - 1] as Token).end, x.start))),
      );
  if (!ok) return whole("I'd be glad to share what I know about how it works.")(doc, m);
  const topic = doc.text.slice((t[from] as Token).start, (t[b - 1] as Token).end);
  return [wholeKeepingOpeners(doc, m.first, `I think there's more to ${topic} than that.`)];
}

export const standing = phraseFamily({
  id: 'standing',
  category: 'talking-down',
  phrases: [
    // -- Pulling rank -----------------------------------------------------------------------------
    {
      pattern: "i'm|im|i_am the adult|grownup|grown-up|grown_up|parent|boss|one_in_charge here",
      rule: 'rank',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && notWarm(doc, first, hit.end),
      suggest: whole(RANK),
    },
    {
      pattern: 'i_do|i_just|i know better|best',
      rule: 'rank',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) && !negatedBefore(doc, first, 3) && notWarm(doc, first, hit.end),
      suggest: whole("I see this differently, and I'd like to explain why."),
    },
    {
      pattern:
        "when|once you're|youre|you_are|ur|you_get older|bigger|grown_up|an_adult you'll|youll|you_will|u_will|ull understand|get_it|see|know|learn",
      rule: 'rank',
      severity: 2,
      min: 'balanced',
      why: 'command',
      suggest: whole("I'd like to explain why this matters to me."),
    },
    {
      pattern: "you'll|youll|you_will|u_will|ull understand|get_it when|once you|u",
      rule: 'rank',
      severity: 2,
      min: 'balanced',
      why: 'command',
      // "you'll understand when you see it, it's gorgeous": a promise of an experience, not of age.
      guard: (doc, first, hit) =>
        !/^(?:see|taste|try|meet|hear|read|watch|arrive|visit|open|get|feel|hold|smell|land)$/.test(
          doc.tokens[hit.end]?.w ?? '',
        ) && notWarm(doc, first, hit.end),
      suggest: whole("I'd like to explain why this matters to me."),
    },
    // -- The adult yardstick ----------------------------------------------------------------------
    {
      pattern: `that's|thats|that_is|this_is|this_isn't|that_isn't|thats_not|that's_not not? how|what ${ADULTS} behave|behaves|act|acts|talk|talks|speak|speaks|do|does|handle|handles|treat|treats`,
      rule: 'adults',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole("This hurt, and I'd like us to talk about it calmly."),
    },
    {
      pattern: `${ADULTS} don't|dont|do_not|wouldn't|wouldnt throw|act|behave|whine|sulk|cry|pout|talk|speak|scream|yell|stomp|slam`,
      rule: 'adults',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole("This hurt, and I'd like us to talk about it calmly."),
    },
    {
      pattern: 'act|behave|start_acting your|ur age',
      rule: 'adults',
      severity: 2,
      min: 'balanced',
      why: 'command',
      // "act your age? never 😂": the words asked back, in play.
      guard: (doc, first, hit) =>
        !negatedBefore(doc, first, 2) &&
        !/^\?/.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end).trimStart()),
      suggest: whole("This upset me, and I'd like us to talk about it calmly."),
    },
    {
      pattern: 'to a_grown|an_adult|a_fully_grown man|woman|adult|person',
      rule: 'adults',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole("I'm frustrated, and I'd like us to work this out together."),
    },
    {
      pattern:
        "i_really|i shouldn't|shouldnt|should_not have_to explain|tell|remind|spell_out|repeat|teach|say",
      rule: 'lecture',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => !asks(doc, first),
      suggest: whole("I'm frustrated that we're going over this again."),
    },
    {
      pattern:
        "what_kind_of|what_sort_of grown|real|adult|grown-up man|woman|adult|person|guy|lady can't|cant|cannot|doesn't|doesnt|would|does",
      rule: 'adults',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      suggest: whole("I'm frustrated, and I'd like us to sort this out."),
    },
    // -- The child yardstick and lowly comparisons ------------------------------------------------
    {
      pattern: `even a|an|my|your ${LOWLY} could|can|gets|would|knows|understands|gets_it|knew|gets_that`,
      rule: 'yardstick',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole("I'm frustrated, and I'd like us to go through it together."),
    },
    {
      pattern:
        'better|faster|smarter|wiser|more_mature|more_grown_up|more_sensible|more_responsible|more_reliable|more_sense better_behaved|behaved|trained|mannered? than you_do|u_do|you_did|you_are|you|u|ur',
      rule: 'yardstick',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      category: 'contempt',
      guard: (doc, first, hit) => {
        // "my dog listens better than you", "my 8 year old could do better than you".
        const after = w(doc, hit.end);
        if (!(isClauseEnd(doc, hit.end - 1) || /^(?:and|lol|lmao|tbh|fr|honestly)$/.test(after)))
          return false;
        if (!notWarm(doc, first, hit.end)) return false;
        const s = sentenceOf(doc, first);
        for (let k = Math.max(s.first, first - 8); k < first; k++)
          if (
            /^(?:kid|child|toddler|baby|dog|cat|puppy|hamster|goldfish|monkey|grandma|granny|nan|old|bot|ai|teenager)$/.test(
              w(doc, k),
            )
          )
            return true;
        return false;
      },
      suggest: whole("This didn't go the way I hoped, and I'm frustrated."),
    },
    {
      pattern: "you're|youre|you_are|ur|u_r|you_is|u_are @INT? even? worse than",
      rule: 'yardstick',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      category: 'contempt',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        for (let k = hit.end; k < Math.min(s.last, hit.end + 6); k++) if (w(doc, k) === 'at') return false;
        return !negatedBefore(doc, first, 2) && notWarm(doc, first, hit.end);
      },
      suggest: whole("I'm upset about how this went, and I'd rather not compare."),
    },
    // -- Teaching slowly --------------------------------------------------------------------------
    {
      pattern:
        'explain|say|spell|repeat|go_over|put|tell it|this|that|you|u? one_more_time|again? slowly|slower|more_slowly|reaaally_slowly|really_slowly|slooowly|super_slowly',
      rule: 'slowly',
      severity: 2,
      min: 'balanced',
      why: 'command',
      // "let me explain it more slowly, I rushed it": slower of one's own accord passes, unless aimed ("… for you").
      guard: (doc, first, hit) =>
        !asks(doc, first) &&
        // td42: dictation ("let me say it slower for the recording: my name is…"), unless "for you".
        !/^(?![^:]*\byou\b)[^:]{0,30}:/i.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)) &&
        !(
          (w(doc, hit.end - 2) === 'more' || says(doc, /\b(?:i rushed|too fast|my bad|sorry)\b/i)) &&
          !/\b(?:you|u)\b/i.test(doc.text.slice(doc.tokens[hit.end - 1]?.end, sentenceOf(doc, first).end))
        ),
      suggest: whole('Let me try to explain this better.'),
    },
    {
      pattern: 'use|using small|smaller|simple|little|tiny|short|easy words',
      rule: 'slowly',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) =>
        !asks(doc, first) && !mentionsMe(doc, first) && (youElsewhere(doc, first) || mentionsYou(doc, first)),
      suggest: whole('Let me try to explain this better.'),
    },
    {
      pattern: 'um|umm|ummm|uhm|erm|ummmm actually',
      rule: 'correct',
      severity: 2,
      min: 'balanced',
      why: 'command',
      suggest: drop('Leave it out'),
    },
    {
      // td42: "if you'd bothered to read the ticket you'd know", "…been paying attention you wouldn't…".
      pattern:
        "if you|u|you'd|youd had_actually|had_even|had|'d|hadve|would_have|actually|even? read|listened|paid_attention|looked|bothered|checked|opened|been_listening|been_paying_attention",
      rule: 'correct',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        if (
          !/^you'?d |^\S+ (?:had|'d|hadve|would|actually|even)$/.test(
            `${w(doc, first + 1)} ${w(doc, first + 2)}`,
          )
        )
          return false;
        for (let k = first; k < Math.min(s.last, first + 16); k++)
          if (
            /^(?:know|knew|understand|understood|seen|see|realise|realize|noticed|would|wouldn't|you'd)$/.test(
              w(doc, k),
            ) &&
            k > first + 3 &&
            // "…we wouldn't be lost": what it cost us is blame's (addressed.counterfactual), not a lecture.
            !/^(?:we|i|it|they)$/.test(w(doc, k - 1))
          )
            return notWarm(doc, first);
        return false;
      },
      suggest: whole('I think some of it was covered already; could we go over it together?'),
    },
    {
      pattern:
        'you|u need_to|have_to|must|gotta|got_to|should learn some|a_little|a_bit_of? respect|manners|your_place|to_listen|to_control|to_behave|to_accept|to_shut|to_take_a_hint|that',
      rule: 'lecture',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => !negatedBefore(doc, first, 2) && notWarm(doc, first, hit.end),
      suggest: whole('Could we talk about how this went?'),
    },
    {
      pattern:
        "that's|thats|that_is|it's|its|this_is|this_isn't|that_isn't not how any_of? this|it|that|things|the_world|life|the_real_world|business|email works|work",
      rule: 'correct',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole('I think it works a bit differently; can I show you?'),
    },
    {
      pattern:
        "you|u don't|dont|do_not|have_no_idea|clearly_don't know? how the_real_world|the_world|life|real_life|anything|adulthood works",
      rule: 'correct',
      severity: 2,
      min: 'balanced',
      why: 'command',
      suggest: whole('I see this differently.'),
    },
    {
      pattern: 'do|can|did you|u even know_how_to? read|spell|count|write|listen|drive|cook|think',
      rule: 'correct',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      suggest: whole("I'm not sure this was read closely, and it frustrates me."),
    },
    {
      pattern:
        "not|isn't|isnt|it's_not|its_not @INT? that|so|very|exactly? hard|difficult|complicated to figure_out|understand|get|grasp|follow",
      rule: 'simple',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end) && !asks(doc, first),
      suggest: whole("I'd really appreciate it if we could sort this out."),
    },
    {
      // "It's simple." / "not hard." as a sentence of its own, in a message that lectures "you".
      pattern: "it's|its|it_is|this_is|not|its_not|it's_not|it_isn't|isn't @INT? simple|easy|hard|difficult",
      rule: 'simple',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (hit.end !== s.last && !isClauseEnd(doc, hit.end - 1)) return false;
        if (first !== s.first) return false;
        const words = [];
        for (let k = first; k < hit.end; k++) words.push(w(doc, k));
        const neg = words.some((x) => x === 'not' || x.endsWith("n't") || x === 'its_not');
        const easy = words.some((x) => x === 'simple' || x === 'easy');
        return (
          (easy ? !neg : neg) && youElsewhere(doc, first) && !asks(doc, first) && notWarm(doc, first, hit.end)
        );
      },
      // Opening the message, it says what follows is plain ("Let me put it simply."); after what was
      // said, it only judges it: it goes ("… when you use them. not hard" → "… when you use them.").
      suggest: (doc, m) =>
        sentenceOf(doc, m.first) === doc.sentences[0]
          ? whole('Let me put it simply.')(doc, m)
          : [removeTokens(doc, m.first, m.last, 'Leave it out')],
    },
    {
      pattern: 'try_to|start_to|try|start using|use your|ur head|brain|noggin|common_sense|eyes',
      rule: 'lecture',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole('Could you take another look at this?'),
    },
    {
      pattern: 'you|u should|ought_to|oughta really? know|have_known this|that|it already|by_now',
      rule: 'lecture',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && notWarm(doc, first, hit.end),
      suggest: whole("I expected this to be familiar, and I'm a bit frustrated."),
    },
    // -- Patronising address ----------------------------------------------------------------------
    {
      pattern: "good|that's_a_good|thats_a_good|there's_a_good|theres_a_good girl|boy now|there",
      rule: 'patronise',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) =>
        mentionsYou(doc, first) || /\b(?:go|sit|be|stop|do|get)\b/i.test(sentText(doc, first)),
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last - 1, 'Leave it out')],
    },
    {
      pattern: "there's|theres|that's|thats a good girl|boy",
      rule: 'patronise',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, _first, hit) =>
        isClauseEnd(doc, hit.end - 1) && !says(doc, /\b(?:dog|puppy|pup|cat|kitty)\b/i),
      suggest: drop('Leave it out'),
    },
    {
      pattern: 'well|oh|aw|aww bless your|ur little? heart',
      rule: 'patronise',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      guard: (doc, first, hit) => w(doc, hit.end) !== 'for' && notWarm(doc, first, hit.end),
      suggest: drop('Leave it out'),
    },
    {
      pattern:
        'listen here|up kiddo|young_lady|young_man|missy|sweetie|sweetheart|honey|pal|buddy|son|girl|boy',
      rule: 'patronise',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: drop('Leave it out'),
    },
    {
      pattern: 'listen here',
      rule: 'patronise',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && notWarm(doc, first, hit.end),
      suggest: drop('Leave it out'),
    },
    {
      pattern:
        'let_me|lemme|lemmie tell|say you|u|to_you|this? something|this|a_thing|one_thing young_lady|young_man|missy|kiddo|buddy|pal|mister|mate?',
      rule: 'lecture',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        // "let me tell you something funny" tells a story; a lecture ends the clause there.
        if (!isClauseEnd(doc, hit.end - 1)) return false;
        const s = sentenceOf(doc, first);
        const voc = /^(?:lady|man|missy|kiddo|buddy|pal|mister|mate)$/.test(w(doc, hit.end - 1));
        return (voc || hit.end < s.last || youElsewhere(doc, first)) && notWarm(doc, first, hit.end);
      },
      suggest: whole("There's something I'd like to share."),
    },
    ...TALKING_DOWN_H24,
    ...TALKING_DOWN_H27,
    ...TALKING_DOWN_H30,
  ],
});

function mentionsMe(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = s.first; k < s.last; k++) if (w(doc, k) === 'me') return true;
  return false;
}

function sentText(doc: Doc, i: number): string {
  const s = sentenceOf(doc, i);
  return doc.text.slice(s.start, s.end);
}
