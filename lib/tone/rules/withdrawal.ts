/**
 * Withdrawal, stonewalling, threats and ultimatums: "I'm done", "whatever", "leave me alone",
 * "don't ever text me again", "if you … we're done". Offers saying what you need while keeping
 * the door open: "I need some time to cool off. Can we talk later?".
 * "I'm done with the report" and "Whatever works best for you" pass.
 */
import {
  CARE_LESS_SLOT,
  CARE_SLOT,
  CONTACT_SLOT,
  COUNTDOWN_UNITS,
  DROP_IT_SLOT,
  FED_UP_SLOT,
  GO_AWAY_SLOT,
  LEAVE_ME_SLOT,
  LEAVING_SLOT,
  valence,
  wordSet,
} from '../lexicon';
import type { Doc, Token } from '../text';
import { asked } from './caused';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  around,
  clauseEnd,
  closesClause,
  type Draft,
  forNow,
  isClauseEnd,
  isImperative,
  isSentenceStart,
  type Match,
  negatedBefore,
  polarity,
  refusalWithCondition,
  removeRange,
  replaceTokens,
  roughPolarity,
  sayInstead,
  says,
  sentenceOf,
  textOf,
  topicEnds,
  toSentenceEnd,
  warmAround,
} from './rule';

const COOL_OFF = 'I need some time to cool off. Can we talk later?';

/** Words that follow a door closing in the same clause: "…until you apologize", "…for the rest of the week". */
const DOOR_AFTER: ReadonlySet<string> = new Set([
  'until',
  'till',
  'til',
  'unless',
  'anymore',
  'again',
  'ever',
  'tonight',
  'today',
  'rn',
  'now',
  'forever',
  'then',
  'right',
]);

/** True when the clause ends after token `last`, or goes on only with a door-closing word. */
function endsOrDoor(doc: Doc, last: number): boolean {
  if (isClauseEnd(doc, last)) return true;
  const next = doc.tokens[last + 1] as Token | undefined;
  if (!next || next.sent !== (doc.tokens[last] as Token).sent || !DOOR_AFTER.has(next.w)) return false;
  // "…until you apologize" opens a clause; "…again next year" is a plan, not a door.
  if (/^(?:until|till|til|unless)$/.test(next.w) || isClauseEnd(doc, last + 1)) return true;
  const after = doc.tokens[last + 2] as Token;
  return DOOR_AFTER.has(after.w) && isClauseEnd(doc, last + 2);
}

/** The hit ends its sentence, a door word ("now", "again") at most after it. */
function endsSentence(doc: Doc, end: number): boolean {
  const s = sentenceOf(doc, end - 1);
  return end >= s.last || (end + 1 >= s.last && DOOR_AFTER.has((doc.tokens[end] as Token).w));
}

/** What "do whatever you want for your …" can hand over kindly: a day, a treat, a thing of theirs. */
const TREATS: ReadonlySet<string> = wordSet(
  'birthday bday party anniversary wedding holiday trip weekend day hair room dinner outfit cake garden',
);

/**
 * Sent away, in a sentence of its own, not after a condition ("if the hostel's full, find somewhere
 * else to stay") nor warm ("welcome" itself, denied, is no warmth), and ending there or on when or
 * where ("…by Friday", "…out of my flat").
 */
function sentAway(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.tokens;
  const p = polarity(doc, first, around(doc, first)[1]);
  if (t[hit.end - 1]?.w === 'welcome') p.pos -= valence('welcome');
  return (
    isImperative(doc, first) &&
    !/\b(?:if|when|unless)\b/i.test(
      doc.text.slice(sentenceOf(doc, first).start, (t[first] as Token).start),
    ) &&
    !(p.pos > p.neg) &&
    !laughAfter(doc, hit.end) &&
    (isClauseEnd(doc, hit.end - 1) ||
      /^(?:by|before|tonight|now|from|forever|here|anymore|back|then|(?:of|in|at) (?:here|my|this|our))\b/.test(
        doc.text.slice(t[hit.end]?.start).toLowerCase(),
      ))
  );
}

/** Laughing after the words: "you've been warned 😂" is a joke. */
function laughAfter(doc: Doc, end: number): boolean {
  const at = doc.tokens[end - 1]?.end ?? 0;
  return /\u{1F602}|\u{1F923}|\u{1F61D}|\u{1F61C}|\bhaha|\blol\b|\blmao\b/u.test(doc.text.slice(at, at + 40));
}

/** A warning said as the whole sentence, with no reason and no warmth or laugh: "you've been warned.", "I'm warning you!" */
function bareWarning(doc: Doc, first: number, hit: { end: number }): boolean {
  return sentenceOf(doc, first).last === hit.end && notWarm(doc, first) && !laughAfter(doc, hit.end);
}

/** Is there a 2nd-person word among tokens [from, from + n) of the sentence? */
function youWithin(doc: Doc, from: number, n: number): boolean {
  // "i'm tired of trying" ends the text: no token there, no sentence.
  if (from >= doc.tokens.length) return false;
  const s = sentenceOf(doc, from);
  for (let k = from; k < s.last && k < from + n; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (w === 'you' || w === 'your' || w === "you're" || w === 'yourself') return true;
  }
  return false;
}

/**
 * "forget it, I found my keys" / "never mind, I figured it out": the thing is sorted, nothing is
 * being shut. Looks at the next few words after the hit (same or next sentence).
 */
const SORTED =
  /^(?:i|we)\s+(?:found|figured|got|remembered|fixed|sorted|solved|see|just|already)|^(?:found|got|figured)\s+it|^(?:it's|its|it is)\s+(?:fine|ok|okay|here|there|sorted)|^(?:we can|we'll|we could|let's|lets)\b|^i'll (?:just )?(?:buy|get|grab|order|find|pick)|^(?:no worries|all good|my bad|my mistake|sorted|solved|found it|got it)/;
function sortedAfter(doc: Doc, end: number): boolean {
  const t = doc.tokens;
  const from = t[end] as Token | undefined;
  if (!from) return false;
  // "forget it, doesn't matter, I'll buy a new one": look past the shrug.
  let at = end;
  while (at < t.length && at < end + 4 && /^(?:it|doesn't|does|not|matter|anyway)$/.test((t[at] as Token).w))
    at++;
  const words: string[] = [];
  for (let k = at; k < t.length && k < at + 3; k++) words.push((t[k] as Token).w);
  return (
    SORTED.test(words.join(' ')) ||
    /\u{1F602}|\u{1F923}|\u{1F605}|\bthanks?\b|\bthx\b/u.test(doc.text.slice(from.start, from.start + 80)) ||
    warmEmojiAfter(doc, end)
  );
}

/** A smile or a party after the words: "I'm done! finally submitted it 🎉", "forget it, we'll go tomorrow 🙂". */
function warmEmojiAfter(doc: Doc, end: number): boolean {
  const from = doc.tokens[end - 1] as Token | undefined;
  if (!from) return false;
  return /[\u{1F389}\u{1F973}\u{1F60A}\u{1F642}\u{1F60D}\u{1F970}\u{1F44D}\u{1F604}\u{1F601}\u{1F64C}\u{2728}\u{1F495}\u{2764}\u{1F618}\u{1F609}\u{1F61C}]/u.test(
    doc.text.slice(from.end, from.end + 160),
  );
}

/**
 * The clause after token `last` gives a practical reason: "…, I'm in a meeting", "… because I'm
 * driving". Announced silence gives none.
 */
function reasonAfter(doc: Doc, last: number): boolean {
  const t = doc.tokens;
  let k = last + 1;
  const s = sentenceOf(doc, last);
  while (k < s.last && k < last + 4 && DOOR_AFTER.has((t[k] as Token).w)) k++;
  if (k >= t.length) return false;
  return /^(?:i'm|i|because|cause|cuz|bc|since|my|busy|in|at|while|till|until|before)$/.test(
    (t[k] as Token).w,
  );
}

function tiredBefore(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = Math.max(s.first, first - 12); k < first; k++)
    if (/^(?:tired|sick|exhausted)$/.test((doc.tokens[k] as Token).w)) return true;
  return false;
}

/** Curt openers that say nothing warm: "fine, do whatever you want". */
const CURT_OPENERS: ReadonlySet<string> = new Set([
  'cool',
  'great',
  'fine',
  'ok',
  'okay',
  'sure',
  'alright',
  'whatever',
  'well',
  'yeah',
  'k',
]);

/** Not warm, the pattern's own words and curt openers before it not counted. */
function notWarmCurt(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  let from = first;
  while (from > s.first && from > first - 3 && CURT_OPENERS.has((doc.tokens[from - 1] as Token).w)) from--;
  return !warmAround(doc, first, from === first ? first : s.first, end);
}

/**
 * "I'm not speaking to you until you apologize" → "I'm hurt and I need some time. I'd feel better if
 * you apologize." The condition stays when it is about "you"; otherwise a time to talk is offered.
 */
function untilSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const word = (t[m.last] as Token | undefined)?.w ?? '';
  const from = m.last + 1;
  if (
    (word === 'until' || word === 'till' || word === 'til') &&
    from < s.last &&
    (t[from] as Token).w === 'you'
  ) {
    const cond = doc.text.slice((t[from] as Token).start, (t[s.last - 1] as Token).end);
    return [toSentenceEnd(doc, m.first, `I'm hurt and I need some time. I'd feel better if ${cond}.`)];
  }
  const kept = refusalWithCondition(doc, m.first, m.last);
  if (kept) return [kept];
  return [toSentenceEnd(doc, m.first, 'I need some time on my own. Can we talk later?')];
}

const BREAK = 'I need a break from this conversation. Can we pick it up later?';
const REPLY_LATER = "I need some time before I reply. I'll get back to you when I'm calmer.";
const BACK_LATER = "I need some space tonight. I'll be back later and we can talk.";
const NEED_TALK = "I'm really unhappy and I need us to talk about it.";
const GIVING_UP = "I'm feeling discouraged about how our talks go. Can we try again later?";
const MATTERS = 'This really matters to me, and I need us to talk about it.';
const WORN = "I'm too worn out to help with this right now. Can we look at it later?";

function notWarm(doc: Doc, first: number): boolean {
  const [a, b] = around(doc, first);
  const p = polarity(doc, a, b);
  // "I'm done with this friendship": the tie named is what is being ended, no warmth.
  for (let k = a; k < b; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (RELATIONSHIP_WORDS.has(w)) p.pos -= Math.max(0, valence(w));
  }
  return !(p.pos > p.neg);
}

/** What one can be "done with" in a threat (not "the report"). */
const DONE_OBJECTS: ReadonlySet<string> = new Set([
  'you',
  'u',
  'us',
  'this',
  'it',
  'everything',
  'all',
  'that',
  'talking',
  'trying',
  'him',
  'her',
  'them',
  "y'all",
  'your',
  'ur',
  'being',
  'caring',
  'waiting',
]);
const RELATIONSHIP_WORDS: ReadonlySet<string> = new Set([
  'relationship',
  'marriage',
  'friendship',
  'conversation',
  'argument',
  'fight',
  'discussion',
  'drama',
  'nonsense',
  'bullshit',
  'shit',
  'crap',
  'family',
  'game',
  'games',
  'thing',
  'lies',
  'attitude',
  'behavior',
  'behaviour',
]);

/**
 * "we're done here, the movers just left": the clause after a comma tells plain news (three words
 * or more, no "you", nothing negative), so "done" is a task finished.
 */
function plainNewsAfter(doc: Doc, from: number): boolean {
  if (from >= doc.tokens.length || from < 1) return false;
  const s = sentenceOf(doc, from - 1);
  if (from >= s.last) return false;
  const end = Math.min(s.last, from + 12);
  if (end - from < 3) return false;
  for (let k = from; k < end; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (w === 'you' || w === 'your' || w === "you're" || w === 'us' || w === 'me') return false;
  }
  const p = polarity(doc, from, end);
  return p.neg === 0;
}

/** How many: "one more week", "two more exams", "a few more pages". */
const COUNT_WORDS: ReadonlySet<string> = wordSet(
  'one two three four five six seven eight nine ten few couple 1 2 3 4 5 6 7 8 9 10',
);
/**
 * "one more week and I'm done!", "two more exams then I'm done": a countdown of time or tasks
 * before the done — relief at the end of a stretch, not a door closing.
 */
function countdownBefore(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  let k = first - 1;
  if (k > s.first && /^(?:and|then|n)$/.test((t[k] as Token).w)) k--;
  else if (!(k >= s.first && isClauseEnd(doc, k))) return false;
  // "two more days of this course and I'm done": the unit's "of …" phrase is skipped.
  for (let j = k; j >= s.first && j >= k - 4; j--) {
    if ((t[j] as Token).w === 'of' && j - 1 >= s.first && COUNTDOWN_UNITS.has((t[j - 1] as Token).w)) {
      // "two more weeks of your excuses" counts what they do: an ultimatum.
      for (let q = j + 1; q <= k; q++) {
        const w = (t[q] as Token).w;
        // "…of this course" is a task; "…of this" alone may be the quarrel.
        if (CARE_REACHES.has(w) && ((w !== 'this' && w !== 'that') || q === k)) return false;
        if (RELATIONSHIP_WORDS.has(w) || FEELING_NOUNS.has(w) || /^(?:excuses|lies|lying|silence)$/.test(w))
          return false;
      }
      k = j - 1;
      break;
    }
  }
  // "<count> more <unit>" with at most one describing word: "two more long shifts".
  for (let u = k; u >= s.first && u >= k - 1; u--) {
    if (!COUNTDOWN_UNITS.has((t[u] as Token).w)) continue;
    const more =
      (t[u - 1] as Token | undefined)?.w === 'more'
        ? u - 1
        : (t[u - 2] as Token | undefined)?.w === 'more'
          ? u - 2
          : -1;
    if (more > s.first && COUNT_WORDS.has((t[more - 1] as Token).w)) return true;
    if (more >= s.first && more === s.first) return true;
  }
  return false;
}

/**
 * What "I don't care about" reaches that makes it withdrawal: the reader, us, feelings, what they
 * think or do, or everything. Anything else is a topic ("I don't care about football").
 */
const CARE_REACHES: ReadonlySet<string> = wordSet(
  'you u ya your ur yours us me my our it this that what how anything anyone anybody any ' +
    "everything everyone everybody nothing whatever whether if people feelings myself yourself each whats what's",
);

/**
 * "I don't care about football", "…about the score", "…about this mission Texas stuff": indifference
 * to a topic, not to the person. The object must be a noun phrase that points at no one and is not
 * the relationship or the quarrel.
 */
function topicAfter(doc: Doc, at: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, Math.max(0, at - 1));
  if (at >= s.last) return false;
  let k = at;
  const first = (t[k] as Token).w;
  if (CARE_REACHES.has(first) && first !== 'this' && first !== 'that') return false;
  if (/^(?:the|this|that|these|those|all_the|some)$/.test(first)) {
    k++;
    // "about this." / "about that!": the bare pronoun may be the reader's words.
    if (closesClause(doc, k, s)) return false;
  }
  for (let j = k; j < s.last && j < k + 5; j++) {
    const w = (t[j] as Token).w;
    // "games" is a quarrel word after "done with" ("done with your games"), a topic after "care about".
    if (CARE_REACHES.has(w) || FEELING_NOUNS.has(w) || (RELATIONSHIP_WORDS.has(w) && !/^games?$/.test(w)))
      return false;
    if (isClauseEnd(doc, j)) break;
  }
  return true;
}

/** Nouns for what the other person feels or does: "I don't care about your feelings / excuses". */
const FEELING_NOUNS: ReadonlySet<string> = wordSet(
  'feelings feeling opinion opinions problems problem issues excuses excuse side story reasons reason apology sorry needs day life',
);

/** "I'm done." / "I'm done with you" / "I'm so done with this relationship" — not "I'm done with work". */
function doneGuard(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  return doneCheck(doc, first, hit, false);
}

/** `doneGuard`; with `over`, "I'm over this": the word before the object is "over", not "with". */
function doneCheck(
  doc: Doc,
  first: number,
  hit: { end: number; cap: Record<string, number> },
  over: boolean,
): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (negatedBefore(doc, first, 2)) return false;
  if (!notWarm(doc, first) || warmEmojiAfter(doc, hit.end)) return false;
  if (countdownBefore(doc, first)) return false;
  const last = hit.end - 1;
  if (over) hit = { ...hit, end: hit.end - 1 };
  else if (isClauseEnd(doc, last)) return true;
  const next = t[hit.end] as Token;
  if (next.w === 'here' || next.w === 'now' || next.w === 'forever' || next.w === 'for_good')
    return (isClauseEnd(doc, hit.end) || hit.end + 1 >= s.last) && !plainNewsAfter(doc, hit.end + 1);
  // "we're so over after tonight"
  if (
    next.w === 'after' &&
    /^(?:tonight|today|this|that)$/.test((t[hit.end + 1] as Token | undefined)?.w ?? '')
  )
    return true;
  if (!over && next.w !== 'with' && next.w !== 'w' && next.w !== 'wit') return false;
  const obj = t[hit.end + 1] as Token | undefined;
  if (!obj || hit.end + 1 >= s.last) return true;
  if (
    obj.w === 'this' ||
    obj.w === 'these' ||
    obj.w === 'your' ||
    obj.w === 'ur' ||
    obj.w === 'the' ||
    obj.w === 'our' ||
    obj.w === 'all'
  ) {
    const o2 = t[hit.end + 2] as Token | undefined;
    if (!o2 || hit.end + 2 >= s.last || isClauseEnd(doc, hit.end + 1))
      return obj.w === 'this' || obj.w === 'all';
    if (RELATIONSHIP_WORDS.has(o2.w)) {
      hit.cap.obj = hit.end + 1;
      hit.cap.objEnd = hit.end + 2;
      return true;
    }
    // "I'm done with this team.", "so done with the group chat": a group left, the clause closed.
    if (LEFT_GROUPS.has(o2.w) && !/^(?:your|ur)$/.test(obj.w) && !/^(?:class|project)$/.test(o2.w)) {
      const e = t[hit.end + 3]?.w === 'chat' ? hit.end + 3 : hit.end + 2;
      return isClauseEnd(doc, e) || e + 1 >= s.last;
    }
    if (o2.w === 'of' && obj.w === 'all') return true;
    return false;
  }
  return DONE_OBJECTS.has(obj.w);
}

function doneSuggest(doc: Doc, m: Match): Draft[] {
  // "im sick of you lot posting dumb memes": what they keep doing is the point; it stays ("I'm really
  // frustrated with you posting…"), the group's name goes.
  {
    const t = doc.tokens;
    const s = sentenceOf(doc, m.first);
    const y = /^(?:you|u)$/.test(t[m.last - 1]?.w ?? '')
      ? m.last
      : /^(?:you|u)$/.test(t[m.last]?.w ?? '')
        ? m.last + 1
        : -1;
    if (y > 0 && y < s.last - 1) {
      let k = y;
      while (
        k < s.last &&
        k < y + 6 &&
        !isClauseEnd(doc, k - 1) &&
        !/\p{L}{3}ing$/u.test((t[k] as Token).w) &&
        /^\p{L}+$/u.test((t[k] as Token).raw)
      )
        k++;
      if (
        k > y &&
        k < y + 6 &&
        k < s.last &&
        /\p{L}{3}ing$/u.test((t[k] as Token).w) &&
        !isClauseEnd(doc, k - 1)
      )
        return [replaceTokens(doc, m.first, k, "I'm really frustrated with you")];
    }
  }
  if (m.cap.obj !== undefined) {
    const t = doc.tokens;
    const obj = doc.text.slice((t[m.cap.obj] as Token).start, (t[m.cap.objEnd as number] as Token).end);
    return [
      toSentenceEnd(doc, m.first, `I'm really struggling with ${obj}. Can we talk about it?`),
      toSentenceEnd(doc, m.first, COOL_OFF),
    ];
  }
  return [
    toSentenceEnd(doc, m.first, COOL_OFF),
    toSentenceEnd(doc, m.first, "I'm really hurt right now. Can we talk when we've both calmed down?"),
  ];
}

const THREAT_TRIGGERS = [
  'done',
  'over',
  'through',
  'finished',
  'leaving',
  'gone',
  'outta',
  'walking',
  'moving',
  'leave',
  'walk',
  'end',
  'break',
  'dump',
  'divorce',
];

const THREATS = [
  "we're|we_are|were @INT? done|over|through|finished",
  `i'm|i_am|im @INT? done|through|finished|${LEAVING_SLOT}`,
  "i'll|i_will|ill leave|walk|end|break|be_gone|dump|divorce",
  "it's|it_is|its over",
];

/**
 * A sanction after a condition: the writer acts against them ("I'm cancelling", "I'll report you",
 * "we're escalating this") or they lose something ("you're grounded", "you're fired", "you're off the team").
 */
const SANCTIONS = [
  "i'll_be|i_will_be|ill_be|we'll_be|we_will_be|i'm|i_am|im|i'll|i_will|ill|we're|we_are|we'll|we_will @INT? cancelling|canceling|cancel|reporting|report|escalating|escalate|suing|sue|deleting_my_account|taking_you_to_court|take_you_to_court|taking_you_to_small_claims",
];

/** What a customer cancels as a sanction: a service or a deal, not a plan ("the dinner"). */
const CANCELLED =
  /^(?:subscription|account|order|contract|membership|service|plan|policy|card|deal|payment|donation)s?$/;

/** A demand's condition: what they were to do for the writer, not done ("if this isn't fixed"). */
const DEMANDED =
  /^(?:fix|sort|resolv|refund|process|paid|pay|deliver|return|answer|respond|repl|handl|repair|replac|ship)/;
const NEGATION = /^(?:not|no|never|nobody|noone)$|n'?t$/;

/**
 * A sanction follows a demand not met in the same sentence: "if you don't pay", "if this isn't
 * fixed" (not an offer: "if you want, I'm cancelling it for you").
 */
function sanctionGuard(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  if (!notWarm(doc, first) || laughNear(doc, first)) return false;
  const t = doc.tokens;
  // Cancelling plans is logistics ("if you can't come I'm cancelling the table"); a service or a deal is a sanction.
  if (
    /^(?:cancelling|canceling|cancel)$/.test((t[hit.end - 1] as Token).w) &&
    !isClauseEnd(doc, hit.end - 1)
  ) {
    const o = (t[hit.end] as Token | undefined)?.w ?? '';
    const n = (t[hit.end + 1] as Token | undefined)?.w ?? '';
    if (
      !(/^(?:my|the|our|this|your|ur)$/.test(o) && CANCELLED.test(n)) &&
      !/^(?:it|this|everything)$/.test(o)
    )
      return false;
  }
  const s = sentenceOf(doc, first);
  for (let k = first - 1; k >= s.first && k >= first - 20; k--) {
    if ((t[k] as Token).w !== 'if') continue;
    // A demand not met: a negation, and "you" or what they were to do ("if you don't pay", "if this isn't fixed").
    // Or a wrong done once more: "if you DM me again", "if the mods let this slide one more time".
    let neg = false;
    let due = false;
    for (let j = k + 1; j < first; j++) {
      const w = (t[j] as Token).w;
      if (NEGATION.test(w) || w === 'again' || (w === 'more' && (t[j + 1] as Token).w === 'time')) neg = true;
      else if (/^(?:you|u|you're|ur)$/.test(w) || (neg && DEMANDED.test(w))) due = true;
    }
    if (!neg || !(due || (t[first - 1] as Token).w === 'time') || t[hit.end]?.w === 'back') return false;
    hit.cap.ifAt = k;
    hit.cap.threat = first;
    return true;
  }
  return false;
}

/** Laughing, crying-laughing or loving emoji in the sentence of token `first` (up to 400 characters). */
function fondEmoji(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const body = doc.text.slice(s.start, Math.min(doc.text.length, s.end + 8, s.start + 400));
  return /[\u{1F602}\u{1F923}\u{1F62D}\u{2764}\u{1F970}\u{1F60D}\u{1F618}]/u.test(body);
}

/** "If you go to that party we're done" → "I'd feel really hurt if you go to that party. Can we talk about it?" */
/**
 * Left for them, or leaving to help them: "…, I'll leave the porch light on", "I'll leave you some
 * soup", "I'll leave early and pick you up"; not "I'll leave you", "I'll leave this house".
 */
const LEFT_FOR_YOU =
  /^\s+(?:(?:the|a|an|some|your) (?:\w+ )?(?:lights?|keys?|door|note|plate|food|leftovers|snacks|money|car)\b|(?:you|u) (?:some|a|the|your)\b|(?:work |the office )?early and (?:pick|get|grab|meet|drive|come get) (?:you|u)\b)(?![^.!?]{0,40}\b(?:and (?:go|walk out|never)|for good|forever)\b)/i;

function ultimatumGuard(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  // The threat must follow an "if you …" (or "… or") in the same sentence.
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const last = t[hit.end - 1] as Token;
  if (last.w === 'leave' && LEFT_FOR_YOU.test(doc.text.slice(last.end, last.end + 60))) return false;
  for (let k = first - 1; k >= s.first; k--) {
    const w = (t[k] as Token).w;
    if (w === 'or' && k === first - 1) {
      hit.cap.or = k;
      hit.cap.threat = first;
      return isClauseEnd(doc, hit.end - 1) || hit.end >= s.last || (t[hit.end] as Token).w === 'with';
    }
    if (w === 'if' && (t[k + 1] as Token | undefined)?.w === 'you') {
      hit.cap.ifAt = k;
      hit.cap.threat = first;
      return true;
    }
  }
  return false;
}

function ultimatumSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  // "if you message me about your tea, I'm leaving you on read": not replying is all it says; the
  // plain words, and the rest of the message stays.
  {
    const s = sentenceOf(doc, m.first);
    for (let k = s.first; k + 3 < s.last; k++)
      if (
        /^(?:leaving|leave)$/.test((t[k] as Token).w) &&
        /^(?:you|u|ya|them|him|her)$/.test((t[k + 1] as Token).w) &&
        (t[k + 2] as Token).w === 'on' &&
        /^(?:read|seen|delivered)$/.test((t[k + 3] as Token).w)
      )
        return [
          replaceTokens(doc, k, k + 4, (t[k] as Token).w === 'leaving' ? 'not going to reply' : 'not reply'),
        ];
  }
  if (m.cap.ifAt !== undefined) {
    const ifAt = m.cap.ifAt;
    let condEnd = (m.cap.threat ?? m.first) - 1;
    while (condEnd > ifAt + 1 && ((t[condEnd] as Token).w === 'then' || (t[condEnd] as Token).w === 'again'))
      condEnd--;
    const cond = doc.text
      .slice((t[ifAt + 1] as Token).start, (t[condEnd] as Token).end)
      .replace(/[,\s]+$/, '');
    const start = (t[ifAt] as Token).start;
    const s = sentenceOf(doc, m.first);
    const d = toSentenceEnd(doc, ifAt, `I'd feel really hurt if ${cond}. Can we talk about it?`, start);
    if (isSentenceStart(doc, ifAt)) return [d];
    return [{ ...d, start: (t[s.first] as Token).start }];
  }
  const s = sentenceOf(doc, m.cap.threat ?? m.first);
  return [
    toSentenceEnd(
      doc,
      s.first,
      'This really matters to me. Can we talk about it?',
      (t[s.first] as Token).start,
    ),
  ];
}

/**
 * A sanction on a condition, said as what the writer needs: "if the fence isn't repaired by the
 * weekend I'm taking you to court" → "I'd be really unhappy if the fence isn't repaired by the
 * weekend. Can we sort it out?" ("again" stays: the wrong done once more is the point).
 */
function sanctionSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const ifAt = m.cap.ifAt;
  if (ifAt === undefined) return ultimatumSuggest(doc, m);
  const cond = doc.text
    .slice((t[ifAt + 1] as Token).start, (t[(m.cap.threat ?? m.first) - 1] as Token).end)
    .replace(/[,\s]+$/, '');
  const d = toSentenceEnd(
    doc,
    ifAt,
    `I'd be really unhappy if ${cond}. Can we sort it out?`,
    (t[ifAt] as Token).start,
  );
  return [
    isSentenceStart(doc, ifAt) ? d : { ...d, start: (t[sentenceOf(doc, m.first).first] as Token).start },
  ];
}

/** "if you go to that party don't bother coming home" → "I'd feel really hurt if you go to that party. …" */
function ultimatumSuggestIf(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  for (let k = m.first - 1; k >= s.first && k >= m.first - 20; k--) {
    if ((t[k] as Token).w === 'if' && (t[k + 1] as Token | undefined)?.w === 'you')
      return ultimatumSuggest(doc, { ...m, cap: { ...m.cap, ifAt: k, threat: m.first } });
  }
  return [toSentenceEnd(doc, m.first, MATTERS)];
}

/**
 * "I don't care." → "I'm feeling pretty hurt right now and need a little time." A sentence of ours
 * can only start where the person's does (or after a comma or "and"): spliced into "make it clear
 * that I don't care what …" it would not read, and no rewording is offered.
 */
function hurtAndTime(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  if (m.first > s.first) {
    const prev = doc.tokens[m.first - 1] as Token;
    const gap = doc.text.slice(prev.end, (doc.tokens[m.first] as Token).start);
    if (
      !/[,;:\u2014\u2013]/.test(gap) &&
      !/^(?:and|but|so|honestly|well|ok|fine|look|just|yeah|no|whatever|seriously|god|ugh|oh)$/.test(prev.w)
    ) {
      // "back off i dont care", "omg stop i don't care": chat runs an order or an outcry into it
      // with no comma; ours is a sentence of its own after it.
      if (!/^(?:up|off|stop|enough|omg|bro|dude|already)$/.test(prev.w) || !/^ +$/.test(gap)) return [];
      const d = toSentenceEnd(doc, m.first, "I'm feeling pretty hurt right now and need a little time.");
      return [{ ...d, start: prev.end, text: `. ${d.text}` }];
    }
  }
  // "we can get pizza, I don't care, just pick one", "a kind of shrug, i dont care, that comes
  // over me": set off by commas in the middle of a sentence, it is an aside; the sentence keeps
  // its words around it, and the aside says the same thing mildly.
  {
    const t = doc.tokens;
    const last = t[m.last - 1] as Token;
    const after = m.last < s.last ? (t[m.last] as Token) : undefined;
    if (
      m.first > s.first &&
      last.w === 'care' &&
      (t[m.last - 2] as Token).w !== 'even' &&
      after &&
      /^\p{L}/u.test(after.w) &&
      /^\s*,\s*$/.test(doc.text.slice((t[m.first - 1] as Token).end, (t[m.first] as Token).start)) &&
      /^\s*,\s*$/.test(doc.text.slice(last.end, after.start))
    ) {
      const i = (t[m.first] as Token).raw;
      return [replaceTokens(doc, m.first, m.last, `${i === 'i' ? 'i' : 'I'}'m not too bothered`)];
    }
  }
  // "i don't care what you have to say", "i don't care if i pass": the sentence goes on; its
  // words stay, and only the door-closing part is said as what the writer needs. "I don't care
  // about your plans" says the writer is not worried about them, not that they won't talk of them.
  const t = doc.tokens;
  const next = m.last < s.last && !isClauseEnd(doc, m.last - 1) ? (t[m.last] as Token).w : '';
  const said =
    next === 'what'
      ? "I'm not ready to hear"
      : next === 'about' || next === 'if'
        ? "I'm not too worried"
        : '';
  // "i couldn't care less if i get married": with what it is about after it, not worried about that.
  const less = (t[m.last - 1] as Token).w === 'less' && (next === 'if' || next === 'whether');
  // "I don't care about you anymore" is about the reader, not a matter to worry about: ours instead.
  const aboutYou = next === 'about' && /^(?:you|u|ya)$/.test((t[m.last + 1] as Token | undefined)?.w ?? '');
  if (((said && (t[m.last - 1] as Token).w === 'care') || less) && !aboutYou)
    return [
      replaceTokens(doc, m.first, m.last, said || "I'm not too worried"),
      toSentenceEnd(doc, m.first, "I'm feeling pretty hurt right now and need a little time."),
    ];
  return [toSentenceEnd(doc, m.first, "I'm feeling pretty hurt right now and need a little time.")];
}

// -- Kinds of withdrawal found by construction (gen3) -------------------------------------------

/** Efforts and ways of talking one can be "done" with or "stop": "I'm done arguing", "I'll stop replying". */
const TALK_EFFORT_ING =
  'arguing|talking|trying_to_explain|trying_to_reason|trying|explaining|fighting|caring|begging|waiting|pretending|apologizing|apologising|' +
  'asking|chasing|discussing|compromising|defending_myself|justifying_myself|repeating_myself|reminding_you|' +
  'texting_you|calling_you|messaging_you|reaching_out|putting_in_effort|making_an_effort|making_excuses_for_you|' +
  'covering_for_you|cleaning_up_after_you|being_nice|being_patient|being_ignored|being_your|playing_your|' +
  'listening_to_you|dealing_with_you|putting_up_with|bending_over_backwards';

/** Replying, in the forms a first person announces stopping or refusing: "I'm not answering". */
const REPLY_ING =
  'replying|answering|responding|texting_back|talking|listening|engaging|picking_up|speaking|discussing_this|arguing_about_this|debating_this|talking_about_this|discussing_it|talking_about_it';

/** Where one leaves from when one leaves the people in it: "this group chat", "your team". */
const LEFT_PLACES: ReadonlySet<string> = wordSet(
  'chat gc groupchat server group team squad clan guild family relationship marriage friendship thread channel household',
);

/** Door-closing tails after a refusal: "…any further", "…anymore", "…for a while", "…ever again". */
const REFUSAL_TAIL: ReadonlySet<string> = wordSet(
  'anymore again ever further any more now tonight today forever for a long while bit good rn period',
);

/**
 * The refusal at token `last` closes the talk: the clause ends there or goes on only with a
 * door-closing tail ("…any further", "…for a while"), and gives no practical reason after it.
 */
function refusalEnds(doc: Doc, last: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, last);
  let k = last;
  while (!isClauseEnd(doc, k) && k + 1 < s.last && k < last + 4 && REFUSAL_TAIL.has((t[k + 1] as Token).w))
    k++;
  // "…, driving home": a practical reason in an -ing clause after it.
  let j = k + 1;
  while (j < s.last && j < k + 4 && REFUSAL_TAIL.has((t[j] as Token).w)) j++;
  const after = (t[j] as Token | undefined)?.w ?? '';
  if (/^(?:driving|working|heading|boarding|sleeping|going|cooking|studying|busy)$/.test(after)) return false;
  return (
    isClauseEnd(doc, k) && !reasonAfter(doc, k) && !laughAfter(doc, k + 1) && !warmEmojiAfter(doc, k + 1)
  );
}

/** What a reply refused may go on with before its door: whom, which channel, how much of it. */
const SILENT_OBJ = wordSet(
  'you u to your ur my it this that any of for either rest the phone calls call texts messages dms week weekend',
);

/**
 * withdr44: "I'm not answering (my phone / you / the rest of this)" and the clause closes, or goes on
 * with "so don't try / stop…" or "when / if you call": the reply refused ahead (not warm, no reason or
 * plan after it).
 */
function silentAhead(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.tokens;
  let k = hit.end;
  while (k < hit.end + 5 && SILENT_OBJ.has(t[k]?.w ?? '')) k++;
  while (REFUSAL_TAIL.has(t[k]?.w ?? '')) k++;
  const a = t[k]?.w ?? '';
  const b = t[k + 1]?.w ?? '';
  return (
    notWarm(doc, first) &&
    // "…, it's my day off", "…, no spoilers!", "…when you call later, I'll be in the cinema": a reason or plan.
    !/^[\s,;:-]*(?:it'?s|will|no|but|need|gotta)\b|\b(?:i'?ll|later|text me|call me)\b/i.test(
      doc.text.slice((t[k - 1] as Token).end),
    ) &&
    // "…i'm not going to reply" bare is another rule's rewording: the "going to" form needs its object.
    ((refusalEnds(doc, k - 1) && (k > hit.end || !/^(?:to|gonna)$/.test(t[hit.end - 2]?.w ?? ''))) ||
      (a === 'so' && /^(?:don't|dont|stop|quit)$/.test(b)) ||
      (/^(?:when|if)$/.test(a) && /^(?:you|u)$/.test(b)))
  );
}

/** Not warm, and the refusal closes the talk (`refusalEnds`). */
const refused = (doc: Doc, first: number, hit: { end: number }): boolean =>
  notWarm(doc, first) && refusalEnds(doc, hit.end - 1);

/**
 * "I feel so worthless… I just can't take this anymore": a message that already says how the
 * writer feels is despair told in I-statements, not a door shut on the reader.
 */
function feelingsSaid(doc: Doc): boolean {
  return says(doc, /\b(?:i|i'm|im|i am) (?:just |really |so )?(?:feel|feeling|felt)\b/i);
}

/**
 * "I can't do this anymore." / "…anymore. I'm out": the giving up ends its clause, with no practical
 * reason in the same sentence ("…anymore, I'm driving home now") and no laugh after it.
 */
function givingUpEnds(doc: Doc, end: number): boolean {
  if (!endsOrDoor(doc, end - 1) || laughAfter(doc, end) || warmEmojiAfter(doc, end)) return false;
  const s = sentenceOf(doc, end - 1);
  for (let k = end; k < s.last && k < end + 4; k++)
    if (/^(?:because|cause|cuz|bc|since|while|driving|working|busy)$/.test((doc.tokens[k] as Token).w))
      return false;
  return true;
}

/** Who the reader can be replaced by: "find yourself another roommate", "get a new tank". */
const REPLACED_ROLES =
  'roommate|flatmate|housemate|girlfriend|boyfriend|gf|bf|friend|partner|wife|husband|ride|tank|healer|teammate';
const REPLACED: ReadonlySet<string> = new Set(
  REPLACED_ROLES.split('|').map((a) => a.split('_').pop() as string),
);

/** The kiss-off ends its clause, or only "next …" / "then" follows ("…another roommate next month"). */
function kissOffEnds(doc: Doc, end: number): boolean {
  return (
    (isClauseEnd(doc, end - 1) || /^(?:next|then)$/.test((doc.tokens[end] as Token | undefined)?.w ?? '')) &&
    !laughAfter(doc, end)
  );
}

/** Someone besides the reader in the message ("not worth my time" about the boss is venting). */
function mentionsAnyone(doc: Doc): boolean {
  return says(doc, /\b(?:you|u|your|ur|you're|youre|this|us)\b/i);
}

/** "not coming home tonight", "…till late": a plan for one night, not a door. */
function tonightOnly(doc: Doc, end: number): boolean {
  const next = (doc.tokens[end] as Token | undefined)?.w ?? '';
  return /^(?:tonight|today|rn|now|till|until|til|for|early|late|yet|this)$/.test(next);
}

/** "I'm leaving this group chat", "I quit your team": the object is where the people are. */
function placeLeftGuard(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  const t = doc.tokens;
  const det = hit.cap.det as number;
  const s = sentenceOf(doc, first);
  let k = det + 1;
  // "this stupid group chat": at most two words before the place.
  let place = -1;
  for (let j = k; j < s.last && j <= det + 3; j++) {
    if (LEFT_PLACES.has((t[j] as Token).w)) {
      place = j;
      break;
    }
  }
  if (place < 0) return false;
  // "this family chat": the last of the place words is the head.
  while (place + 1 < s.last && LEFT_PLACES.has((t[place + 1] as Token).w)) place++;
  k = place;
  // "the group chat" is a practical place only with "chat"; "the team" may be news.
  const d = (t[det] as Token).w;
  if (d === 'the' && !/^(?:chat|gc|groupchat|group|server)$/.test((t[place] as Token).w)) return false;
  // "the group project doc": the place must end its phrase.
  if (
    !isClauseEnd(doc, place) &&
    !REFUSAL_TAIL.has((t[place + 1] as Token | undefined)?.w ?? '') &&
    !/^(?:and|bc|because|cuz|for)$/.test((t[place + 1] as Token | undefined)?.w ?? '')
  )
    return false;
  if (negatedBefore(doc, first, 2) || !notWarm(doc, first)) return false;
  hit.end = place + 1;
  return refusalEnds(doc, place) || (!plainNewsAfter(doc, place + 2) && !reasonAfter(doc, place));
}

/** "whatever you want." / "ok whatever you say" as the whole reply: the talk is shut, not settled. */
const WHATEVER_REPLY: Omit<PhraseRule, 'pattern'> = {
  rule: 'whatever',
  severity: 2,
  min: 'balanced',
  why: 'withdraw',
  guard: (doc, first, hit) =>
    isSentenceStart(doc, first) &&
    isClauseEnd(doc, hit.end - 1) &&
    notWarm(doc, first) &&
    !warmEmojiAfter(doc, hit.end),
  suggest: (doc, m) => [
    toSentenceEnd(
      doc,
      m.first,
      "I see it differently, but I'm too upset to talk right now. Can we come back to it later?",
    ),
  ],
};

/** Giving up on the quarrel or the bond, said one of several ways. */
const givingUp = (pattern: string): PhraseRule => ({
  pattern,
  rule: 'give-up',
  severity: 2,
  min: 'balanced',
  why: 'withdraw',
  guard: (doc, first, hit) => notWarm(doc, first) && givingUpEnds(doc, hit.end) && !feelingsSaid(doc),
  suggest: sayInstead(GIVING_UP),
});

/** Laughter or a fond emoji anywhere in the message: "not doing this again — that hike nearly killed me 😂". */
const LAUGH_ANYWHERE =
  /\b(?:lmao|haha\w*|hehe|jk)\b|[\u{1F602}\u{1F923}\u{1F605}\u{2764}\u{1F970}\u{1F60D}\u{1F62D}\u{1F60A}\u{1F389}\u{1F44D}\u{1F642}]/u;

/** Laughter or a fond emoji within a few sentences of token `i` (a bounded look, not the whole message). */
function laughNear(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token;
  return LAUGH_ANYWHERE.test(doc.text.slice(Math.max(0, t.start - 300), t.end + 300));
}

/** An order that refuses ("don't expect me to answer", "don't follow me"), said coldly: nothing warm, no laughter near. */
function coldOrder(doc: Doc, first: number, hit: { end: number }): boolean {
  return (
    isImperative(doc, first) && notWarm(doc, first) && refusalEnds(doc, hit.end - 1) && !laughNear(doc, first)
  );
}

/** The message goes on with a plan or a kind word after token `end`: "…, I'll book the table", "see you at 6". */
const PLAN_AFTER =
  /^[\s,.;:!-]*(?:i'll|ill|i will|we'll|we can|let's|lets|see you|see ya|call me|text me|back at|back by|be back|till|until|at \d|thanks|thx|love|xx|x\b|have fun\b[^.]*!)/i;

/** Nothing follows token `end` but a curt word or a close: the talk stops there. */
function endsTalk(doc: Doc, end: number): boolean {
  const from = doc.tokens[end - 1] as Token;
  const rest = doc.text.slice(from.end);
  if (PLAN_AFTER.test(rest.slice(0, 80)) || laughNear(doc, end - 1)) return false;
  // A few stance or time words may follow ("… right now", "… smh", "🙄"); more is a message going on.
  for (let k = end; k < doc.tokens.length; k++)
    if (!CLOSE_WORDS.has((doc.tokens[k] as Token).w)) return false;
  return true;
}

/** Only a curt "no" comes before token `first` in its sentence: "nope. not doing this again". */
function refusalOpens(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  if (first - s.first > 2) return false;
  for (let k = s.first; k < first; k++)
    if (!/^(?:nope|no|nah|ok|okay|yeah|sorry|so|fine|k|um|honestly|i'm|im)$/.test((doc.tokens[k] as Token).w))
      return false;
  return true;
}

/** What may follow a closing line and still leave the talk closed. */
const CLOSE_WORDS: ReadonlySet<string> = wordSet(
  'bye whatever ok okay k fine goodnight night have fun enjoy cya right now again today tonight lately all the time to me honestly tbh lol smh seriously anymore rn then',
);

/** A curt word or a shrug earlier in the message: "you do you, i'm out", "ok. noted.". */
function curtBefore(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const w = (t[k] as Token).w;
    if (CURT_OPENERS.has(w) || /^(?:nope|no|forget|do|screw|done|cool|kk|bye)$/.test(w)) return true;
  }
  return false;
}

/** What one announces one will do "when I feel like it": reply, call, come back. */
const CONTACT_VERBS: ReadonlySet<string> = wordSet(
  'talk text reply answer respond call ring message speak get come see write msg hear',
);

/** Leaving said before in the message: "I'm leaving, don't follow me", "i'm out. don't wait up". */
function leavingSaid(doc: Doc, first: number): boolean {
  const at = (doc.tokens[first] as Token).start;
  const before = doc.text.slice(Math.max(0, at - 200), at);
  return /\b(?:i'?m|i am) (?:leaving|going|out|gone|done|off|heading out|walking out)\b|\bi'?ll (?:leave|go)\b/i.test(
    before,
  );
}

/** A whole reply of curt words, each closed by a full stop or comma: "fine. bye.", "sure. fine. whatever!", "k. bye 🙄". */
/** "fine. bye.", "k.": the whole message curt words, full stops between (`curt`'s pattern reads it). */
const curtReply = (text: string): boolean => {
  const x = text.trim();
  return CURT_REPLY.test(x) && /[.,] ?\w/.test(x) && /\b(?:fine|whatever|k)\b/i.test(x);
};
const CURT_REPLY =
  /^(?:(?:fine|ok|okay|k|sure|cool|whatever|bye|alright|great|noted|perfect|lovely)[.,] ?)+(?:fine|ok|okay|k|sure|cool|whatever|bye|alright|great|noted|perfect|lovely)?[.!\u2026]* ?(?:\u{1F644}|\u{1F612})?$/iu;

/** A pause with a way back: "I need a break from this. Can we pick it up tonight?". */
const PAUSE = 'I need a break from this. Can we pick it up tonight?';

// -- Round h29: ultimatums, endings and punishing distance between people who know each other ------

/** "…, pick one", "Choose.": the choice demanded after an ultimatum. */
const CHOOSE = /^[\s,.;:!?-]*(?:pick|choose|decide|make up your mind|your (?:call|choice))\b[^.!?\n]*[.!?]*/i;

/**
 * "it's me or the job", "It's either her or me", "choose: me or your phone": a choice between the speaker and a rival, said as
 * the whole sentence (the noun phrase after "or" ends it within three words, or "me" does).
 */
function meOrGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  let k = hit.end - 1;
  if ((t[k] as Token).w !== 'me') while (k < hit.end + 2 && k + 1 < s.last && !isClauseEnd(doc, k)) k++;
  if (!isClauseEnd(doc, k) || !isSentenceStart(doc, first) || !notWarm(doc, first) || laughNear(doc, first))
    return false;
  // Without "either" or a demand to choose, only as the whole message: "it's me or the job".
  // withdr40: or the choice demanded first, not asked: "Choose: the band or me."
  if (/^(?:choose|pick)$/.test((t[first] as Token).w))
    return !/^\s*\?/.test(doc.text.slice((t[k] as Token).end));
  return (
    /\beither\b/i.test(doc.text.slice(s.start, (t[k] as Token).end)) ||
    CHOOSE.test(doc.text.slice((t[k] as Token).end)) ||
    (doc.sentences.length === 1 && k + 1 === s.last)
  );
}

function meOrSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const from = t[s.last - 1] as Token;
  const choose = CHOOSE.exec(doc.text.slice(from.end));
  const start = (t[s.first] as Token).start;
  const d = toSentenceEnd(doc, s.first, MATTERS, start);
  return [choose ? { ...d, end: from.end + choose[0].length } : d];
}

/** Leaving named before the "don't come back": "if you leave now don't come back". */
const LEAVE_BEFORE = /\b(?:leave|leaving|walk|walking|go|going|storm|storming|out)\b/i;

/** A practical reason, a plan or warmth anywhere in a short message: "at work late. don't wait up". */
const PRACTICAL =
  /\b(?:work|meeting|late|train|bus|flight|traffic|busy|driving|asleep|sleep|sleeping|class|exam|shift|battery|signal|love|thanks|xx?|miss)\b|[!\u2764\u{1F618}\u{1F970}]/iu;

/**
 * "don't wait up." / "I'll be at my sister's. don't call": the cold order closed by a full stop (or after one) is
 * the whole message, or follows only where I'll be instead (a bare "don't wait up" is as often a
 * plain note: strict only, below).
 */
const COLD_NIGHT =
  /^(?:(?:i'?ll be|i'?m (?:staying|sleeping|going|out|off|leaving|at|packing)|staying|sleeping|going)\b[^.!?\n]{0,50}\.\s*)?do(?:n['\u2019]?t| not) (?:wait up|call|ring)\s*(?:\.|(?<=\..+))\s*$/i;

const coldNight = (doc: Doc, first: number): boolean =>
  says(doc, COLD_NIGHT) && !says(doc, PRACTICAL) && notWarm(doc, first);

/** What a threat to end can call "over": us, this, our friendship. */
const ENDED_BONDS = 'friendship|relationship|marriage|engagement|thing|partnership|arrangement';

const ENDED_SAY = "I'm really hurt right now. Can we talk when we've both calmed down?";
/** Said as the last word: the clause ends, nothing warm, no laughter near. */
const coldEnd = (doc: Doc, first: number, hit: { end: number }): boolean =>
  isClauseEnd(doc, hit.end - 1) && notWarm(doc, first) && !laughNear(doc, first);

const ALONE_SAY = "I'm hurt, and I need some space tonight. Can we talk tomorrow?";

/** A sanction word: "I'm not coming", "the allowance stops", "you're muted", "I'm moving out". */
const SANCTION_WORD =
  /^(?:stops?|skip\w*|muted|banned|blocked|kicked|out|gone|done|over|violation|pull\w*|report\w*|lawyer)$/;

/**
 * The threat before a closing "your choice", read in order: a condition ("if", "one / any more",
 * "keep …ing"), then its consequence ("and", "I'm", "I'll") with a sanction word ("not" + a verb:
 * "not coming", never "not fussed") and nothing warm; no question.
 */
function choiceThreat(doc: Doc, at: number, first: number): boolean {
  const said = doc.text.slice((doc.tokens[at] as Token).start, (doc.tokens[first] as Token).start);
  if (/[?!]|\bno (?:worries|pressure|problem)\b/i.test(said)) return false;
  let step = 0;
  for (let k = at; k < first; k++) {
    const x = (doc.tokens[k] as Token).w;
    const n = doc.tokens[k + 1]?.w ?? '';
    if (!step)
      step =
        x === 'if' || (/^(?:one|any)$/.test(x) && n === 'more') || (x === 'keep' && /ing$/.test(n)) ? 1 : 0;
    else if (step === 1) step = /^(?:and|i'm|im|i'll|ill|will)$/.test(x) ? 2 : 1;
    else if (SANCTION_WORD.test(x) || (x === 'not' && /ing$/.test(n)))
      return polarity(doc, k - 2, first).pos <= 0;
  }
  return false;
}

/** The sentence before a closing "your choice" (or its own words before it, after a comma). */
function choiceBefore(doc: Doc, first: number): number | undefined {
  const s = sentenceOf(doc, first);
  const si = (doc.tokens[first] as Token).sent;
  const from = first === s.first ? doc.sentences[si - 1] : s;
  return from && from.last > from.first ? from.first : undefined;
}

const H29_WITHDRAWAL: readonly PhraseRule[] = [
  {
    // "If you invite him, I'm not coming. Your choice.", "one more comment like that and you're
    // muted, your call": the threat handed back as their choice.
    pattern: 'your|ur choice|call',
    rule: 'ultimatum',
    severity: 3,
    min: 'balanced',
    why: 'ultimatum',
    guard: (doc, first, hit) => {
      const at = choiceBefore(doc, first);
      return (
        at !== undefined &&
        (first === sentenceOf(doc, first).first || isClauseEnd(doc, first - 1)) &&
        isClauseEnd(doc, hit.end - 1) &&
        choiceThreat(doc, at, first) &&
        !laughNear(doc, first) &&
        !laughAfter(doc, hit.end)
      );
    },
    suggest: (doc, m) => {
      const at = choiceBefore(doc, m.first) as number;
      return [{ ...toSentenceEnd(doc, at, MATTERS), end: sentenceOf(doc, m.first).end }];
    },
  },
  {
    pattern: "it's|its|it_is|choose|pick either? me|you_and_me or",
    rule: 'ultimatum',
    severity: 3,
    min: 'balanced',
    why: 'ultimatum',
    guard: meOrGuard,
    suggest: meOrSuggest,
  },
  {
    pattern: "it's|its|it_is|choose|pick either? @ANY @ANY? or me",
    rule: 'ultimatum',
    severity: 3,
    min: 'balanced',
    why: 'ultimatum',
    guard: meOrGuard,
    suggest: meOrSuggest,
  },
  {
    // "if you leave now don't come back": the door shut behind the one leaving.
    pattern: "don't|dont|do_not come back|home",
    rule: 'ultimatum',
    severity: 3,
    min: 'balanced',
    why: 'ultimatum',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const before = doc.text.slice(s.start, (doc.tokens[first] as Token).start);
      return (
        endsOrDoor(doc, hit.end - 1) &&
        LEAVE_BEFORE.test(before) &&
        /\b(?:if|and|then)\b/i.test(before) &&
        notWarm(doc, first) &&
        !laughNear(doc, first)
      );
    },
    suggest: (doc, m) => ultimatumSuggestIf(doc, m),
  },
  {
    // "consider this the end of us", "consider us over".
    pattern: 'consider this|that|us|me over|finished|through|goodbye|the_end',
    rule: 'done',
    severity: 3,
    min: 'balanced',
    why: 'withdraw',
    guard: (doc, first, hit) => {
      // "…the end of us"; "the end of my cooking career" is a joke.
      const of = /^\s*of (?:us|you|u|everything)\b/i.test(
        doc.text.slice((doc.tokens[hit.end - 1] as Token).end),
      );
      return (of || isClauseEnd(doc, hit.end - 1)) && notWarm(doc, first) && !laughNear(doc, first);
    },
    suggest: sayInstead(ENDED_SAY),
  },
  {
    pattern: `consider this|that|our|the ${ENDED_BONDS} over|finished|done|through`,
    rule: 'done',
    severity: 3,
    min: 'balanced',
    why: 'withdraw',
    guard: coldEnd,
    suggest: sayInstead(ENDED_SAY),
  },
  {
    pattern: "don't|dont|do_not wait_up|call|ring",
    rule: 'silent',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    guard: coldNight,
    suggest: sayInstead(BACK_LATER),
  },
  // "enjoy your night alone", "have fun by yourself then": left alone as a punishment.
  {
    pattern:
      'enjoy|have_fun|enjoy_being your|ur? night|evening|weekend|day|party|trip|holiday|dinner|life? alone|by_yourself|by_urself|on_your_own|without_me then?',
    rule: 'silent',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    guard: aloneEnds,
    suggest: sayInstead(ALONE_SAY),
  },
  givingUp(
    "i've|ive|i_have|i given_up|gave_up trying_to|on_trying_to get_through_to|reach|reason_with|talk_to|understand you|u",
  ),
  // Round crossc33, the slot widened: any outing left to them ("enjoy your perfect family dinner
  // without us", "have fun losing without me"), or a spiteful one ("enjoy your ban", "enjoy your echo
  // chamber", "enjoy talking to yourself"), or any one after a door shut ("muted.", "my last post").
  {
    pattern: 'enjoy|have_fun',
    rule: 'silent',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    guard: sendOff,
    suggest: sayInstead(ALONE_SAY),
  },
];

/** A door shut elsewhere in the message: "muted.", "reported", "this is my last post here". */
const SHUT_CUE =
  /(?:^|[.!?]\s*)(?:muted|blocked|reported|unsubscribed|unfollowed)\b[^.,!?]{0,14}[.,]|\b(?:muted|muting|blocked|blocking|reported|reporting|unfollowing|unfollowed) (?:you|u)\b|\b(?:my last (?:post|comment|message)|talking to a wall|nothing (?:more |else )?to say to (?:you|u)|done talking|done contributing)\b/i;

/** A door shut with one word: "muted.", "blocked". */
const SHUT_WORD = /^(?:muted|blocked|reported|unfollowed)$/;

/** What nobody wishes anyone: "your ban", "your echo chamber", "the empty flat", "talking to yourself". */
const SPITE = /^(?:ban|echo|bubble|empty)$/;

/** "enjoy …" / "have fun …" as a parting order or a "hope you" wish, its clause a send-off (see above). */
function sendOff(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.tokens;
  const hope =
    /^(?:you|u)$/.test(t[first - 1]?.w ?? '') && /^(?:hope|hopefully)$/.test(t[first - 2]?.w ?? '');
  // "muted. enjoy talking to yourself": after a door shut with one word, the next sentence may run on.
  if (!(hope || SHUT_WORD.test(t[first - 1]?.w ?? '') || isImperative(doc, first))) return false;
  const e = clauseEnd(doc, hit.end - 1);
  if (e <= hit.end - 1 || e - first > 9) return false;
  let spite = false;
  for (let k = hit.end; k <= e; k++) {
    const x = (t[k] as Token).w;
    if (
      SPITE.test(x) ||
      ((x === 'without' || x === 'minus') && /^(?:me|us)$/.test(t[k + 1]?.w ?? '')) ||
      (/^(?:yourself|urself|yourselves)$/.test(x) && t[k - 1]?.w === 'to')
    )
      spite = true;
  }
  const s = sentenceOf(doc, first);
  const body = doc.text.slice(s.start, s.end);
  return (
    (spite || SHUT_CUE.test(doc.text)) &&
    !/!|\b(?:sorry|can'?t|cannot|unfortunately|next time|miss (?:you|u)|love|xx?|deserve|earned)\b/i.test(
      body,
    ) &&
    notWarmCurt(doc, hope ? first - 2 : first, e + 1) &&
    !laughNear(doc, first) &&
    !warmEmojiAfter(doc, e + 1)
  );
}

/** Left alone said as the last word: the clause ends, no plan, no laughter, nothing warm. */
function aloneEnds(doc: Doc, first: number, { end }: { end: number }): boolean {
  const rest = doc.text.slice((doc.tokens[end - 1] as Token).end);
  return (
    isClauseEnd(doc, end - 1) &&
    !PLAN_AFTER.test(rest.slice(0, 80)) &&
    !/^\W*you(?:'ve)? (?:deserve|earned)/i.test(rest) &&
    notWarmCurt(doc, first, end) &&
    !laughNear(doc, first) &&
    !warmEmojiAfter(doc, end)
  );
}

/** What makes "good luck finding someone else" kind: an apology, a hope, an exclamation. */
const KIND_DECLINE = /\b(?:sorry|can'?t|cannot|unfortunately|hope)\b|!/i;

/**
 * Said as a closing line at token `end` (the clause ends there, nothing warm, no laughter, no reason
 * or plan after it); with `then`, any words after it other than a plan or a laugh.
 */
function coldClose(doc: Doc, first: number, end: number, then = false): boolean {
  return (
    (then || refusalEnds(doc, end - 1)) &&
    !PLAN_AFTER.test(doc.text.slice((doc.tokens[end - 1] as Token).end).slice(0, 80)) &&
    notWarmCurt(doc, first, end) &&
    !laughNear(doc, first)
  );
}

const closing = (doc: Doc, first: number, hit: { end: number }): boolean => coldClose(doc, first, hit.end);

/** "past caring" with no topic after ("…about my hair") and nothing kind after. */
const pastCaring = (doc: Doc, first: number, hit: { end: number }): boolean =>
  !/^(?:about|what|whether|how|if|one)$/.test(doc.tokens[hit.end]?.w ?? '') &&
  !says(doc, KIND_DECLINE) &&
  coldClose(doc, first, hit.end, true);

/** "Last chance." said to someone, the whole sentence; "last chance! sale ends tonight" is an advert. */
function lastChance(doc: Doc, first: number, end: number): boolean {
  return (
    isSentenceStart(doc, first) &&
    sentenceOf(doc, first).last === end &&
    (doc.sentences.length === 1 || youWithin(doc, 0, 40))
  );
}

/** "last warning, next time you touch my stuff it goes in the bin", "final warning. do it again and…". */
function warnsOfNext(doc: Doc, first: number, end: number): boolean {
  const after = (doc.tokens[end - 1] as Token).end;
  return (
    isSentenceStart(doc, first) &&
    isClauseEnd(doc, end - 1) &&
    /^[^a-z]*(?:next time|again|one more|ever|or else|if (?:you|u|i)|(?:you|u) \w+ my)\b/i.test(
      doc.text.slice(after, after + 14),
    ) &&
    coldClose(doc, first, end, true)
  );
}

/** Leaving said without the slam: the writer still goes, the door is not banged. */
const STEP_AWAY = "I'm going to step away from this for now.";

/** Groups and places one leaves or gives up on: "this team", "the group chat", "this thread". */
const LEFT_GROUPS: ReadonlySet<string> = wordSet(
  'team group chat gc thread channel server squad crew club family household class company project convo conversation',
);

/**
 * A shut door before token `first` in its sentence or the one before: "whatever", "fine", "screw
 * this", "forget it", "that's it" ("ok", "sure" are too mild to close anything).
 */
function slamBefore(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const w = (t[k] as Token).w;
    if (/^(?:whatever|fine|screw|forget|done|enough|w\/e)$/.test(w)) return true;
    if (w === 'it' && /^(?:that's|thats)$/.test(t[k - 1]?.w ?? '')) return true;
  }
  return false;
}

/** A flat farewell after the leaving: ", good luck with your channel.", ". enjoy your echo chamber", "bye". */
function partingAfter(doc: Doc, end: number): boolean {
  const from = doc.tokens[end - 1] as Token;
  const rest = doc.text.slice(from.end, from.end + 90);
  return (
    /^[\s,.;:\u2014-]+(?:good ?luck (?:with|on)|enjoy (?:your|ur|the)|have fun (?:with|in)|bye|goodbye|peace out|cya)\b[^!?\n]*$/i.test(
      rest,
    ) && !laughAfter(doc, end)
  );
}

/**
 * "whatever, I'm logging off", "that's it, I'm unsubscribing. Good luck with your channel.", "ok
 * cool, ignoring this channel from now on": leaving, with a slammed door before it or a flat
 * farewell after. Not "I'm logging off for the night, love you all" nor "fine, I'm off to bed".
 */
function exitGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.tokens;
  let end = hit.end;
  // "leaving this group", "muting you": the object goes with it when it is the reader or a group.
  const o = t[end]?.w ?? '';
  if (/^(?:you|u|y'all|yall)$/.test(o)) end++;
  else if (/^(?:this|the|our|your|ur)$/.test(o)) {
    if (!LEFT_GROUPS.has(t[end + 1]?.w ?? '')) return false;
    end += t[end + 2]?.w === 'chat' ? 3 : 2;
  }
  const fromNow = t[end]?.w === 'from' && t[end + 1]?.w === 'now' && t[end + 2]?.w === 'on';
  if (fromNow) end += 3;
  if (!isClauseEnd(doc, end - 1) || laughNear(doc, first) || reasonAfter(doc, end - 1)) return false;
  return (
    (slamBefore(doc, first) || partingAfter(doc, end) || (fromNow && curtBefore(doc, first))) &&
    notWarmCurt(doc, first, end)
  );
}

// -- Round crossc34: shutting the door in a comment section ----------------------------------------

const CROSSC34_WITHDRAWAL: readonly PhraseRule[] = [
  {
    // "reported and blocked, don't bother", "Blocked and reported, bye"
    pattern: 'blocked|muted|reported and|&|n blocked|muted|reported',
    rule: 'dont-contact',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    guard: (doc, first, hit) =>
      (isSentenceStart(doc, first) || isClauseEnd(doc, first - 1)) &&
      isClauseEnd(doc, hit.end - 1) &&
      notWarm(doc, first) &&
      !laughAfter(doc, hit.end),
    suggest: sayInstead(STEP_AWAY),
  },
  // Round crossc34b: "this channel is dead to me", a group written off.
  {
    pattern: 'is dead to me',
    rule: 'leaving',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    guard: (doc, first, hit) =>
      LEFT_GROUPS.has(doc.tokens[first - 1]?.w ?? '') && notWarm(doc, first) && !laughAfter(doc, hit.end),
    suggest: sayInstead(STEP_AWAY),
  },
  // "Fine. I'll just stay out of your way from now on": a door shut, or for good.
  {
    pattern: "i'll|ill|i_will just? stay|keep out_of your|ur way",
    rule: 'leaving',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    guard: (doc, first, hit) =>
      (slamBefore(doc, first) ||
        /^ from now on\b/i.test(
          doc.text.slice((doc.tokens[hit.end - 1] as Token).end, (doc.tokens[hit.end - 1] as Token).end + 13),
        )) &&
      notWarmCurt(doc, first, hit.end) &&
      !laughAfter(doc, hit.end),
    suggest: sayInstead(STEP_AWAY),
  },
  // crossa39: a public goodbye with a parting shot: "unsubbed. this used to be good", "leaving this
  // server, the mods are a joke", "uninstalled, devs don't care", "deleting my account, have fun". Not
  // a kind or practical goodbye ("…from the newsletter, still love the podcast", "thanks for the games").
  ...[
    'unsubbed|unsubscribed|unfollowed|uninstalled|unsubbing|unsubscribing|unfollowing|uninstalling',
    "leaving|left|quitting|quit|deleting|deleted|i'm_done_with|im_done_with|done_with this|my|the server|sub|subreddit|guild|group|channel|forum|community|game|account|clan|discord|page",
  ].map((pattern) => ({
    pattern,
    rule: 'leaving',
    severity: 2 as const,
    min: 'balanced' as const,
    why: 'withdraw' as const,
    guard: (doc: Doc, first: number, hit: { end: number }) => {
      const s = sentenceOf(doc, first);
      const next = doc.sentences[(doc.tokens[first] as Token).sent + 1];
      const rest = doc.text.slice((doc.tokens[hit.end - 1] as Token).end, next ? next.end : s.end);
      return (
        (isSentenceStart(doc, first) || isClauseEnd(doc, first - 1)) &&
        PARTING_SHOT.test(rest) &&
        !/\b(?:thank\w*|still (?:love|like)|love you|miss|gg|cheers|take care|see you|moving|newsletter|emails?|haha\w*|lol|lmao)\b|\u{1F602}|\u{2764}/iu.test(
          `${doc.text.slice(s.start, (doc.tokens[first] as Token).start)} ${rest}`,
        )
      );
    },
    suggest: sayInstead(STEP_AWAY),
  })),
];

/** crossa39: the parting shot after a public goodbye (see the rule above). */
const PARTING_SHOT =
  /\b(?:used to (?:be|love|like|enjoy)|sold ?out|(?:a|such a|total) joke|dead|good luck|(?:don'?t|doesn'?t|dont|doesnt|not) (?:even )?care|toxic|wast\w*|clickbait|garbage|trash|coming back|have fun|enjoy (?:your|the|being)|bye|echo ?chamber|downhill|ruined|clowns?)\b/i;

/** "i dont want to talk to you anymore, you …": "right now" in place of "anymore" (`forNow`), else ours. */
function forNowOrTime(doc: Doc, m: Match): Draft[] {
  const kept = forNow(doc, m.first, m.last);
  return kept ? [kept] : sayInstead('I need a little time on my own. Can we talk tonight?')(doc, m);
}

export const withdrawal = phraseFamily({
  id: 'withdrawal',
  category: 'withdrawal',
  phrases: [
    // Ultimatums come first so they win over a bare "we're done".
    ...THREATS.map((pattern) => ({
      pattern,
      triggers: THREAT_TRIGGERS,
      rule: 'ultimatum',
      severity: 3 as const,
      min: 'gentle' as const,
      why: 'ultimatum' as const,
      guard: ultimatumGuard,
      span: (
        _doc: Doc,
        first: number,
        hit: { end: number; cap: Record<string, number> },
      ): [number, number] => [hit.cap.ifAt ?? hit.cap.or ?? first, hit.end],
      suggest: ultimatumSuggest,
    })),

    // -- h-recall26: a sanction set on a condition ("if this isn't fixed by Friday I'm cancelling") --
    ...SANCTIONS.map((pattern) => ({
      pattern,
      rule: 'ultimatum',
      severity: 3 as const,
      min: 'balanced' as const,
      why: 'ultimatum' as const,
      guard: sanctionGuard,
      span: (
        _doc: Doc,
        first: number,
        hit: { end: number; cap: Record<string, number> },
      ): [number, number] => [hit.cap.ifAt ?? first, hit.end],
      suggest: sanctionSuggest,
    })),
    // -- h-recall25: leaving a talk, a group or a deal -----------------------------------------------
    {
      pattern:
        "i'm|i_am|im|am logging_off|signing_off|unsubscribing|unfollowing|quitting|leaving|muting|ignoring|blocking|out|off|outta_here",
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: exitGuard,
      suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, STEP_AWAY)],
    },
    {
      pattern:
        'logging_off|signing_off|unsubscribing|unfollowing|leaving|muting|ignoring|blocking you|u|this|the|our',
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // Without "I'm", the clause opens with the verb: "ok cool, ignoring this channel from now on".
      guard: (doc, first, hit) =>
        (first === 0 || isClauseEnd(doc, first - 1)) && exitGuard(doc, first, { end: hit.end - 1 }),
      suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, STEP_AWAY)],
    },
    // "I'll take my business elsewhere", "we'll be taking our money somewhere else": a customer leaving.
    {
      pattern: 'take|taking|took my|our business|money|custom|orders elsewhere|somewhere_else',
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first) => !negatedBefore(doc, first, 4) && notWarm(doc, first),
      suggest: sayInstead("I'm really unhappy with how this was handled, and I need it put right."),
    },
    // "I give up on this team", "i've given up on you": the reader or a group written off.
    {
      pattern:
        "i|i've|ive|i_have|i'm|im @INT? give|gave|given|giving up on you|u|us|y'all|yall|this|the|our|your|ur",
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        let end = hit.end;
        if (/^(?:this|the|our|your|ur)$/.test((t[end - 1] as Token).w)) {
          if (!LEFT_GROUPS.has(t[end]?.w ?? '')) return false;
          end += t[end + 1]?.w === 'chat' ? 2 : 1;
        }
        return (
          !negatedBefore(doc, first, 3) &&
          !/^(?:almost|nearly|never)$/.test(t[first + 1]?.w ?? '') &&
          (isClauseEnd(doc, end - 1) ||
            /^(?:seriously|honestly|tbh|now|completely)$/.test(t[end]?.w ?? '')) &&
          notWarm(doc, first) &&
          !laughNear(doc, first)
        );
      },
      suggest: sayInstead("I'm feeling worn out. Can we take a break and try again later?"),
    },
    // "go away and stop tagging me", "just go away and leave me be": sent off, and told to keep off.
    {
      pattern: "go|get away|lost and stop|quit|leave|stay|never|dont|don't",
      rule: 'leave-me-alone',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) =>
        isImperative(doc, first) &&
        !negatedBefore(doc, first, 2) &&
        notWarm(doc, first) &&
        !laughNear(doc, first),
      span: (_doc, first, hit) => [first, hit.end - 2],
      suggest: sayInstead('I need a little time on my own. Can we talk tonight?'),
    },
    // -- Shutting the talk down (h-engine9) ------------------------------------------------------
    {
      pattern:
        "never_mind|nevermind|nvm|forget_it|whatever it|that|nothing? doesn't|does_not matter|matters to_you|anymore?",
      rule: 'never-mind',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) && notWarm(doc, first) && !sortedAfter(doc, hit.end),
      suggest: sayInstead('It does matter to me. Can we talk about it later?'),
    },
    {
      pattern: 'talk|speak to? you never',
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, _first, hit) => isClauseEnd(doc, hit.end - 1),
      suggest: sayInstead("I need some space for a while. I'll reach out when I'm ready."),
    },
    {
      pattern:
        "i'm|i_am not talking|speaking to you|any_of_you|either_of_you|y'all|yall|anyone until|till|til|unless",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      span: (_doc, first, hit) => [first, hit.end - 1],
      suggest: untilSuggest,
    },
    {
      pattern: "don't|do_not talk|speak to me until|till|til|unless|again|ever|tonight|today|anymore",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => isImperative(doc, first) && notWarm(doc, first),
      span: (_doc, first, hit) => [first, hit.end - 1],
      suggest: untilSuggest,
    },
    {
      pattern: "don't|do_not talk|speak to me for the rest",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => isImperative(doc, first) && notWarm(doc, first),
      span: (_doc, first, hit) => [first, hit.end - 3],
      suggest: sayInstead('I need some time on my own. Can we talk later?'),
    },
    {
      pattern: "don't|do_not expect|wait_for a|any reply|response|answer|call|text|callback",
      rule: 'silent',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // "don't expect a reply, I'm at a wedding all day" gives a reason; announced silence does not.
      guard: (doc, first, hit) => {
        if (!isImperative(doc, first) || !notWarm(doc, first)) return false;
        const t = doc.tokens;
        let k = hit.end;
        while (
          k < t.length &&
          k < hit.end + 4 &&
          /^(?:from|me|tonight|today|anytime|soon|back|anymore|again)$/.test((t[k] as Token).w)
        )
          k++;
        if (k >= t.length) return true;
        const w = (t[k] as Token).w;
        return (
          !/^(?:i'm|i|because|cause|cuz|bc|my|since|as|till|until|til|before|while|if|when|lol|haha)$/.test(
            w,
          ) && isClauseEnd(doc, k - 1)
        );
      },
      suggest: sayInstead(REPLY_LATER),
    },
    {
      pattern:
        "i'm|i_am not answering|returning|picking_up|replying_to|responding_to your|you calls|texts|messages|phone|call",
      rule: 'silent',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => notWarm(doc, first) && !reasonAfter(doc, hit.end - 1),
      suggest: sayInstead(REPLY_LATER),
    },
    {
      pattern: "we're|we_are not discussing|talking_about|arguing_about|doing|having this|that|it",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => notWarm(doc, first) && endsOrDoor(doc, hit.end - 1),
      suggest: sayInstead("I'm too tired to talk about this now. Can we pick it up tomorrow?"),
    },
    {
      pattern:
        "i'm|i_am not having|doing|dealing_with|getting_into|going_through|discussing|talking_about|arguing_about this|that|another conversation|discussion|argument|fight|convo with_you_again|with_you_anymore|with_you|again|anymore|rn|now|tonight|today|any_further?",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => notWarm(doc, first) && isClauseEnd(doc, hit.end - 1),
      suggest: sayInstead(BREAK),
    },
    {
      pattern:
        "i'm|i_am not dealing_with|doing this|that|it|you rn|right_now|now|today|tonight|anymore|again",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => notWarm(doc, first) && isClauseEnd(doc, hit.end - 1),
      suggest: sayInstead(BREAK),
    },
    {
      pattern: 'ok|okay|fine|sure|yeah|k whatever you want|say|think|like|wanna|need',
      triggers: ['whatever'],
      ...WHATEVER_REPLY,
    },
    { pattern: 'whatever you want|say|think|like|wanna|need', ...WHATEVER_REPLY },
    {
      pattern: "i'm|i_am not gonna|going_to reply_to|respond_to|reply|respond|answer this|that|you|anymore",
      rule: 'silent',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        notWarm(doc, first) &&
        endsOrDoor(doc, hit.end - 1) &&
        !reasonAfter(doc, hit.end - 1) &&
        !warmEmojiAfter(doc, hit.end),
      suggest: sayInstead(REPLY_LATER),
    },
    {
      pattern: "i'm|i_am not talking|speaking to you",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, _first, hit) =>
        endsOrDoor(doc, hit.end - 1) && !reasonAfter(doc, hit.end - 1) && !warmEmojiAfter(doc, hit.end),
      suggest: untilSuggest,
    },
    {
      pattern: 'lose|delete|forget my number|address',
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isImperative(doc, first) && endsSentence(doc, hit.end) && notWarm(doc, first),
      suggest: sayInstead("I need some space for a while. I'll reach out when I'm ready."),
    },
    {
      pattern:
        "i'm|i_am @INT? tired|sick|exhausted of|from explaining|repeating|talking|arguing|fighting|trying",
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        (youWithin(doc, hit.end, 5) || (doc.tokens[hit.end] as Token | undefined)?.w === 'myself') &&
        notWarm(doc, first),
      suggest: sayInstead(GIVING_UP),
    },
    {
      pattern: "there's|theres|there_is no use|point",
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // After "I'm tired of explaining myself to you" the sentence is reworded already.
      guard: (doc, first, hit) =>
        !tiredBefore(doc, first) &&
        isClauseEnd(doc, hit.end - 1) &&
        youWithin(doc, sentenceOf(doc, first).first, 40) &&
        notWarm(doc, first),
      suggest: sayInstead("I'm feeling discouraged. Can we try again later?"),
    },
    {
      pattern: "what's|whats|what_is even? the point anymore|of_this_anymore|of_trying_anymore",
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => endsSentence(doc, hit.end) && notWarm(doc, first),
      suggest: sayInstead("I'm feeling discouraged. Can we try again later?"),
    },
    // -- Ultimatums and threats to leave -----------------------------------------------------------
    {
      // "one more excuse and I'm out of here" (not a countdown: "one more week and I'm done!")
      pattern:
        "one more @ANY @ANY? and i'm|i_am|we're|we_are|i'll|it's out_of_here|outta_here|done|out|gone|leaving|through|over|finished",
      triggers: ['more'],
      rule: 'ultimatum',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        for (let k = first + 2; k < first + 4 && k < hit.end; k++)
          if (COUNTDOWN_UNITS.has((t[k] as Token).w)) return false;
        // "…and I'm done with this friendship": done with the reader or what is between us.
        const done = /^(?:done|through|finished)$/.test((t[hit.end - 1] as Token).w);
        if (
          !isClauseEnd(doc, hit.end - 1) &&
          !(
            done &&
            /^(?:with|w)$/.test((t[hit.end] as Token | undefined)?.w ?? '') &&
            doneGuard(doc, hit.end - 2, { end: hit.end, cap: {} })
          )
        )
          return false;
        return notWarm(doc, first) && !warmEmojiAfter(doc, hit.end);
      },
      suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, MATTERS)],
    },
    {
      pattern:
        "after that|this|then i'm|i_am|we're|we_are|i'll gone|done|leaving|out|over|through|finished|be_gone",
      rule: 'ultimatum',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) => {
        if (!isClauseEnd(doc, hit.end - 1) || !notWarm(doc, first)) return false;
        const s = sentenceOf(doc, first);
        for (let k = s.first; k < first; k++) {
          const w = (doc.tokens[k] as Token).w;
          if (w === 'last' || w === 'you' || w === 'again') return true;
        }
        return false;
      },
      suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, MATTERS)],
    },
    {
      pattern: "i should've|should_have|shouldve|should_of left|dumped|divorced you",
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first) => notWarm(doc, first),
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          m.first,
          "I'm really unhappy with how things are going, and I need us to talk about it.",
        ),
      ],
    },
    {
      pattern: "don't|dont|do_not bother coming home|back",
      rule: 'ultimatum',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) => notWarm(doc, first) && endsOrDoor(doc, hit.end - 1),
      suggest: (doc, m) => ultimatumSuggestIf(doc, m),
    },
    {
      pattern:
        'we should|need_to|ought_to|might_as_well just? break_up|split_up|call_it_quits|end_this|end_it|get_divorced|get_a_divorce|separate|see_other_people',
      rule: 'ultimatum',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) => endsOrDoor(doc, hit.end - 1) && !negatedBefore(doc, first, 2),
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          m.first,
          "I'm really unhappy with how things are going, and I need us to talk about it.",
        ),
      ],
    },
    {
      pattern:
        'i should|might_as_well|ought_to just? leave_you|break_up_with_you|divorce_you|leave|walk_out|move_out|pack_my_bags|go_back_to_my_ex|end_this|end_it',
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) =>
        endsSentence(doc, hit.end) && notWarm(doc, first) && !negatedBefore(doc, first, 2),
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          m.first,
          "I'm really unhappy with how things are going, and I need us to talk about it.",
        ),
      ],
    },
    {
      pattern: "this|that|it's|thats|its is? your last|final chance|warning",
      triggers: ['chance', 'warning'],
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      // "…your last warning: the cake is almost gone 🍰" names what it warns of.
      guard: (doc, _first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        !/^\s*:\s*the\b/i.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)),
      suggest: sayInstead(MATTERS),
    },
    {
      pattern: 'last|final chance|warning',
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) => lastChance(doc, first, hit.end) || warnsOfNext(doc, first, hit.end),
      suggest: (doc, m) =>
        lastChance(doc, m.first, m.last)
          ? sayInstead(MATTERS)(doc, m)
          : [toSentenceEnd(doc, sentenceOf(doc, m.first).first, MATTERS)],
    },
    {
      pattern: "you've|you_have|consider_yourself been? warned",
      triggers: ['warned'],
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      // "you've been warned, the wings are hot 🔥" says why; a bare warning is a threat.
      guard: bareWarning,
      suggest: sayInstead(MATTERS),
    },
    {
      // "you're on thin ice (with me)": a warning with no reason given is a threat.
      pattern: "you're|you_are|youre|ur on thin|very_thin|really_thin ice",
      triggers: ['ice'],
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      // Not "you're on thin ice with the landlord": a risk with someone else is a friend's warning.
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const after =
          (t[hit.end] as Token | undefined)?.w === 'with' ? (t[hit.end + 1] as Token | undefined)?.w : 'me';
        return /^(?:me|us)$/.test(after ?? '') && notWarm(doc, first) && !laughAfter(doc, hit.end);
      },
      suggest: sayInstead(MATTERS),
    },
    {
      pattern: "i'm|im|i_am warning you|u",
      triggers: ['warning'],
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: bareWarning,
      suggest: sayInstead(MATTERS),
    },
    {
      // "don't push me", "do not test me!": said as the whole warning, not "don't test me on
      // chapter five" nor "don't push me on the swing too high".
      pattern: "don't|dont|do_not push|test me",
      triggers: ['push', 'test'],
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) && notWarm(doc, first) && !laughAfter(doc, hit.end),
      suggest: sayInstead("I'm close to my limit right now; can we slow down?"),
    },
    {
      pattern:
        "keep it|this|that up|going and you'll|you_will|i'm|we're|i'll be_single|be_alone|be_gone|be_sorry|regret_it|lose_me|see|done|over|gone|leaving|out",
      rule: 'ultimatum',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first) => notWarm(doc, first),
      suggest: sayInstead(MATTERS),
    },
    // -- Giving up on the other --------------------------------------------------------------------
    {
      pattern:
        "there's|theres|there_is|what's|whats|what_is|no no|the? point|use in|of? even? talking|trying|arguing|explaining|reasoning|discussing|telling|asking",
      triggers: ['point', 'use'],
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => youWithin(doc, hit.end - 1, 6) && notWarm(doc, first),
      span: (_doc, first, hit) => [first, hit.end],
      suggest: sayInstead(GIVING_UP),
    },
    {
      pattern:
        "it's|it_is|its pointless|useless|hopeless|impossible even? talking|trying|arguing|explaining|reasoning|discussing",
      triggers: ['pointless', 'useless', 'hopeless', 'impossible'],
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => youWithin(doc, hit.end - 1, 6) && !warmAround(doc, first),
      suggest: sayInstead(GIVING_UP),
    },
    {
      pattern:
        'talking|arguing|reasoning|speaking to|with you is|was pointless|useless|hopeless|impossible|a_waste_of_time|like_talking_to_a_wall',
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => notWarm(doc, first),
      suggest: sayInstead(GIVING_UP),
    },
    {
      pattern: 'why do|should|would i even? bother|try|care',
      triggers: ['bother', 'try', 'care'],
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        if (!notWarm(doc, first)) return false;
        if (isClauseEnd(doc, hit.end - 1)) return true;
        const next = (doc.tokens[hit.end] as Token).w;
        // "…bother with you", "…bother asking you anything": an effort for them, named.
        return (next === 'with' || /ing$/.test(next)) && youWithin(doc, hit.end, 4) && !laughNear(doc, first);
      },
      suggest: sayInstead(GIVING_UP),
    },
    {
      pattern: 'why bother',
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        youWithin(doc, sentenceOf(doc, first).first, 40) &&
        notWarm(doc, first),
      suggest: sayInstead(GIVING_UP),
    },
    {
      pattern:
        "you'll|you_will|you're|you_are|you never|not|won't|will_never|ll_never|gonna_never going_to|gonna? change|learn",
      triggers: ['change', 'learn'],
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const w = (doc.tokens[hit.end - 2] as Token).w;
        if (w === "you're" || w === 'you' || w === 'you_are') return false;
        return (
          notWarm(doc, first) &&
          (isClauseEnd(doc, hit.end - 1) ||
            /^(?:so|and|lol|anyway|ever)$/.test((doc.tokens[hit.end] as Token).w))
        );
      },
      suggest: sayInstead("I'm losing hope that this will change, and I need us to talk about it."),
    },
    {
      pattern: 'nothing i say|do matters|means_anything to you',
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => notWarm(doc, first),
      suggest: sayInstead("I don't feel heard right now, and I need us to talk about it."),
    },
    {
      pattern: "i'm|i_am @INT? finished|through with",
      rule: 'done',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => doneGuard(doc, first, { ...hit, end: hit.end - 1 }),
      suggest: doneSuggest,
    },
    {
      pattern: "i'm|i_am|im @INT? done|through",
      rule: 'done',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: doneGuard,
      suggest: doneSuggest,
    },
    // "I've had it (with you)", "I've had enough of this": "done" in other words. A bare "I've
    // had enough" passes (it answers "more cake?" as often).
    {
      pattern: "i've|i_have|ive @INT? had_it|had_enough",
      rule: 'done',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, first);
        const enough = (t[hit.end - 1] as Token).w === 'enough';
        const next = hit.end < s.last ? (t[hit.end] as Token).w : '';
        if (enough && next === 'of' && hit.end + 1 < s.last)
          return doneCheck(doc, first, { ...hit, end: hit.end + 1 }, true);
        if (enough && next !== 'with') return false;
        return doneGuard(doc, first, hit);
      },
      suggest: doneSuggest,
    },
    // "I'm sick of you", "i'm so tired of this relationship", "fed up with your games": "done with"
    // in other words, through the same object test ("tired of this weather" passes).
    {
      pattern: `i'm|i_am|im @INT? ${FED_UP_SLOT}`,
      rule: 'done',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // A gerund after it is what one is tired of doing ("tired of talking about work"), not the reader.
      guard: (doc, first, hit) =>
        !/ing$/.test(doc.tokens[hit.end]?.w ?? '') &&
        doneCheck(doc, first, hit, true) &&
        !fondEmoji(doc, first),
      suggest: doneSuggest,
    },
    // "I'm so over this relationship", "i'm over you": "over" is "done with" ("over it" is relief).
    {
      pattern: "i'm|i_am|im @INT? over you|u|us|this|these|your|ur|all|everything",
      rule: 'done',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => doneCheck(doc, first, { ...hit, end: hit.end - 1 }, true),
      suggest: doneSuggest,
    },
    {
      pattern: "we're|we_are|were @INT? done|over|through|finished",
      rule: 'done',
      severity: 3,
      min: 'gentle',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        if (
          (t[first] as Token).w === 'were' &&
          isSentenceStart(doc, first) === false &&
          (t[first - 1] as Token).w !== 'and'
        )
          return false;
        return doneGuard(doc, first, hit);
      },
      suggest: sayInstead("I'm really hurt right now. Can we talk when we've both calmed down?"),
    },
    {
      pattern: "it's|it_is|its over between us",
      rule: 'done',
      severity: 3,
      min: 'gentle',
      why: 'withdraw',
      suggest: sayInstead("I'm really hurt right now. Can we talk when we've both calmed down?"),
    },
    {
      pattern: 'whatever',
      rule: 'whatever',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => {
        const t = doc.tokens;
        if (!isClauseEnd(doc, first)) return false;
        const s = sentenceOf(doc, first);
        if (first === s.first) return true;
        const prev = (t[first - 1] as Token).w;
        return (
          /^(ok|k|fine|yeah|well|so|like|ugh|sure|then|oh|alright|yea|yep|cool|lol)$/.test(prev) &&
          isImperative(doc, first - 1)
        );
      },
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        // "fine, do it your way. Whatever.": a shrug after what was said goes; a stock line in its
        // place would be ours, added after the person's words.
        if (m.last === s.last && s.first > 0) {
          let a = (doc.tokens[s.first - 1] as Token).end;
          while (a < doc.text.length && /[.!?…)"'\u2019\u201d]/.test(doc.text[a] as string)) a++;
          let b = (doc.tokens[m.last - 1] as Token).end;
          while (b < doc.text.length && /[.!?…]/.test(doc.text[b] as string)) b++;
          if (a > (doc.tokens[s.first - 1] as Token).end) return [{ start: a, end: b, text: '' }];
        }
        if (m.last === s.last)
          return [
            toSentenceEnd(
              doc,
              s.first,
              "I'm not sure what to say right now. Can we come back to this?",
              doc.tokens[s.first]?.start,
            ),
          ];
        return [
          {
            start: doc.tokens[s.first]?.start ?? 0,
            end: doc.tokens[m.last]?.start ?? 0,
            text: "I'm not sure what to say right now. ",
          },
        ];
      },
    },
    {
      pattern: 'do|say|think whatever|what you|u want|like|please|wanna',
      triggers: ['whatever', 'want', 'like', 'please', 'wanna'],
      rule: 'do-whatever',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // "do whatever you like with the leftovers" hands over a thing, not the conversation.
      guard: (doc, first, hit) => {
        if (!isImperative(doc, first) || !notWarmCurt(doc, first, hit.end)) return false;
        const next = doc.tokens[hit.end] as Token | undefined;
        if (!next || isClauseEnd(doc, hit.end - 1)) return true;
        if (!/^(?:with|for|on|to|in|at|about)$/.test(next.w)) return true;
        const obj = (doc.tokens[hit.end + 1] as Token | undefined)?.w ?? '';
        // "…for your birthday", "…with your hair": a treat or a thing of theirs handed over.
        if (
          /^(?:your|ur|my)$/.test(obj) &&
          TREATS.has((doc.tokens[hit.end + 2] as Token | undefined)?.w ?? '')
        )
          return false;
        return /^(?:your|my|me|us|it|this|that|life|whoever)$/.test(obj);
      },
      // "think what you want, but the fact is…": the shrug before a claim goes; the claim stays.
      suggest: (doc, m) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, m.first);
        const next = t[m.last] as Token | undefined;
        if (
          next &&
          m.first === s.first &&
          m.last + 3 < s.last &&
          /^(?:say|think|believe)$/.test((t[m.first] as Token).w)
        ) {
          const gap = doc.text.slice((t[m.last - 1] as Token).end, next.start);
          if (next.w === 'but' && /^\s*,?\s*$/.test(gap))
            return [removeRange(doc, (t[m.first] as Token).start, next.end, 'Leave it out')];
          if (/^\s*,\s*$/.test(gap))
            return [
              removeRange(doc, (t[m.first] as Token).start, (t[m.last - 1] as Token).end, 'Leave it out'),
            ];
        }
        return sayInstead("I'm too upset to decide right now. Can we talk about it later?")(doc, m);
      },
    },
    {
      pattern: `i don't|dont|do_not even? ${CARE_SLOT}`,
      rule: 'dont-care',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, first);
        if (!notWarm(doc, first)) return false;
        if (isClauseEnd(doc, hit.end - 1)) {
          // "Pizza or tacos? I don't care!" is easygoing; at the end of a longer complaint it is withdrawal.
          return (
            (t[hit.end - 1] as Token).w !== 'care' ||
            s.last - s.first > 3 ||
            (t[hit.end - 2] as Token).w === 'even'
          );
        }
        const next = (t[hit.end] as Token).w;
        if (next === 'about' && topicAfter(doc, hit.end + 1)) return false;
        return next === 'anymore' || next === 'what' || next === 'about' || next === 'if';
      },
      suggest: hurtAndTime,
    },
    {
      pattern: `i couldn't|could|couldnt ${CARE_LESS_SLOT}`,
      rule: 'dont-care',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // "I couldn't care less about the score, I just had fun with you": a topic, not the reader.
      guard: (doc, first, hit) =>
        !(
          hit.end < sentenceOf(doc, first).last &&
          (doc.tokens[hit.end] as Token).w === 'about' &&
          topicAfter(doc, hit.end + 1)
        ),
      suggest: hurtAndTime,
    },
    {
      pattern: 'idc',
      rule: 'dont-care',
      severity: 1,
      min: 'strict',
      why: 'withdraw',
      guard: (doc, first) => isClauseEnd(doc, first),
      suggest: hurtAndTime,
    },
    // "get lost", "buzz off": sending the reader off, alone in its clause and not fond
    // ("get lost you, that's so sweet 😭" passes).
    {
      pattern: GO_AWAY_SLOT,
      rule: 'leave-me-alone',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        !negatedBefore(doc, first, 2) &&
        isImperative(doc, first) &&
        notWarm(doc, first) &&
        !fondEmoji(doc, first) &&
        (isClauseEnd(doc, hit.end - 1) ||
          /^(?:please|now|already|then)$/.test((doc.tokens[hit.end] as Token).w)),
      suggest: sayInstead('I need a little time on my own. Can we talk tonight?'),
    },
    {
      pattern: LEAVE_ME_SLOT,
      rule: 'leave-me-alone',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // "Leave me alone for ten minutes while I wrap your present" is a plan, not a door closing.
      guard: (doc, first, hit) =>
        !negatedBefore(doc, first, 2) &&
        isImperative(doc, first) &&
        (isClauseEnd(doc, hit.end - 1) ||
          /^(?:please|now|already|forever|then|ok|okay)$/.test((doc.tokens[hit.end] as Token).w) ||
          // "leave me alone and stop texting": another order to keep off.
          ((doc.tokens[hit.end] as Token).w === 'and' &&
            /^(?:stop|quit|don't|dont|never|stay|go|get)$/.test(doc.tokens[hit.end + 1]?.w ?? ''))),
      suggest: sayInstead('I need a little time on my own. Can we talk tonight?'),
    },
    {
      pattern:
        "don't|dont|do_not|never ever? text|call|talk_to|speak_to|contact|message|msg|come_near|come_back_to|look_at me @INT? ever? again",
      rule: 'dont-contact',
      severity: 3,
      min: 'gentle',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        let hasEver = false;
        for (let k = first; k < hit.end; k++)
          if ((t[k] as Token).w === 'ever' || (t[k] as Token).w === 'never') hasEver = true;
        return (hasEver || isClauseEnd(doc, hit.end - 1)) && isImperative(doc, first);
      },
      suggest: sayInstead("I need some space for a while. I'll reach out when I'm ready."),
    },
    // "don't ask me for help ever again", "never come to me for anything next time": help
    // refused from now on ("don't ask me for help with the tent, ask dad" is one errand).
    {
      pattern:
        "don't|dont|do_not|never ever? even? bother? ask|asking|come_to|coming_to|come_running_to|turn_to|run_to me|us for help|anything|favours|favors|a_favour|a_favor|money|advice|support|a_ride|a_loan|another_favour|another_favor",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const last = sentenceOf(doc, first).last;
        let later = false;
        for (let k = hit.end; k < last && k < hit.end + 4; k++) {
          if (/^(?:again|anymore|ever|next|future)$/.test((doc.tokens[k] as Token).w)) later = true;
          if (isClauseEnd(doc, k)) break;
        }
        return (
          later &&
          isImperative(doc, first) &&
          notWarmCurt(doc, first, hit.end) &&
          !fondEmoji(doc, first) &&
          !laughAfter(doc, hit.end)
        );
      },
      suggest: sayInstead("I'm really frustrated, and I need a break from helping for a while."),
    },
    // "don't @ me ever again": the "@" is no word, so the verb is the gap before "me".
    {
      pattern: "don't|dont|do_not|never ever? me ever? again",
      rule: 'dont-contact',
      severity: 3,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        let me = first + 1;
        while (me < hit.end && (doc.tokens[me] as Token).w !== 'me') me++;
        return (
          /^\s*@+\s*$/.test(
            doc.text.slice((doc.tokens[me - 1] as Token).end, (doc.tokens[me] as Token).start),
          ) &&
          (isClauseEnd(doc, hit.end - 1) || topicEnds(doc, hit.end)) &&
          !laughAfter(doc, hit.end) &&
          isImperative(doc, first)
        );
      },
      suggest: sayInstead("I need some space for a while. I'll reach out when I'm ready."),
    },
    {
      pattern: "don't|dont|do_not talk|speak to me",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && isImperative(doc, first),
      suggest: sayInstead('I need a little time on my own. Can we talk tonight?'),
    },
    {
      pattern: `stop ${CONTACT_SLOT} me`,
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // "stop bugging me lol": laughter right after it makes it teasing.
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        isImperative(doc, first) &&
        !/^(?:lol+|lmao+|lmfao|haha+|hehe+|rofl|xd)$/.test(
          (doc.tokens[hit.end] as Token | undefined)?.w ?? '',
        ),
      suggest: sayInstead("I need some space for a while. I'll reach out when I'm ready."),
    },
    {
      pattern: "i'm|i_am|im not talking|speaking to you anymore?",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // "I'm not talking to you right now, I'm in a meeting": a practical reason is no withdrawal.
      guard: (doc, _first, hit) => isClauseEnd(doc, hit.end - 1) && !reasonAfter(doc, hit.end - 1),
      suggest: forNowOrTime,
    },
    {
      pattern: "i don't|dont|do_not want to talk|speak to you|u anymore|no_more|ever_again",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      suggest: forNowOrTime,
    },
    {
      pattern: `${DROP_IT_SLOT} it|this|about_it`,
      rule: 'forget-it',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isImperative(doc, first) &&
        isClauseEnd(doc, hit.end - 1) &&
        notWarm(doc, first) &&
        !sortedAfter(doc, hit.end),
      suggest: sayInstead("Let's take a break and come back to this later."),
    },
    {
      pattern: 'never mind|mind_then',
      rule: 'never-mind',
      severity: 1,
      min: 'strict',
      why: 'withdraw',
      guard: (doc, first, hit) => isImperative(doc, first) && isClauseEnd(doc, hit.end - 1),
      suggest: sayInstead("It's okay, we can talk about it later."),
    },
    {
      pattern: 'nvm|nevermind',
      rule: 'never-mind',
      severity: 1,
      min: 'strict',
      why: 'withdraw',
      guard: (doc, first) => isImperative(doc, first) && isClauseEnd(doc, first),
      suggest: sayInstead("It's okay, we can talk about it later."),
    },
    {
      pattern: "i'm|i_am|im leaving|breaking_up_with you|u",
      rule: 'leaving',
      severity: 3,
      min: 'gentle',
      why: 'ultimatum',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && !negatedBefore(doc, first, 2),
      suggest: sayInstead(NEED_TALK),
    },
    {
      pattern: "i'm|i_am|im leaving|out|outta_here",
      rule: 'leaving',
      severity: 1,
      min: 'strict',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) && notWarm(doc, first) && sentenceOf(doc, first).last === hit.end,
      suggest: sayInstead(COOL_OFF),
    },
    {
      pattern: 'i give up|quit',
      rule: 'give-up',
      severity: 1,
      min: 'strict',
      why: 'withdraw',
      guard: (doc, _first, hit) => isClauseEnd(doc, hit.end - 1),
      suggest: sayInstead("I'm feeling worn out. Can we take a break and try again later?"),
    },
    {
      pattern: "don't|dont bother",
      rule: 'dont-bother',
      severity: 1,
      min: 'strict',
      why: 'withdraw',
      guard: (doc, first, hit) => isImperative(doc, first) && isClauseEnd(doc, hit.end - 1),
      suggest: sayInstead("It's okay, I'll manage this time."),
    },

    // -- gen3: withdrawal by construction ---------------------------------------------------------
    // "I'm done arguing", "I'm so through explaining myself": done with an effort of talking.
    {
      pattern: `i'm|i_am|im @INT? done|through|finished ${TALK_EFFORT_ING}`,
      rule: 'done',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        !negatedBefore(doc, first, 2) &&
        notWarmCurt(doc, first, hit.end) &&
        !warmEmojiAfter(doc, hit.end) &&
        !laughAfter(doc, hit.end) &&
        !countdownBefore(doc, first) &&
        // "done talking to the landlord": someone else is the one shut out; "done explaining the
        // plan to the kids": a task ("the same thing" is no task).
        !(
          /^(?:to|with|the|a|an|our)$/.test(doc.tokens[hit.end]?.w ?? '') &&
          !/^(?:same|you|u)$/.test(doc.tokens[hit.end + 1]?.w ?? '')
        ) &&
        !reasonAfter(doc, hit.end - 1),
      suggest: sayInstead(COOL_OFF),
    },
    // "I'm gonna stop replying now", "I'll stop talking to you": announced silence.
    {
      pattern: `i'm|i_am|im|i'll|ill|i_will gonna|going_to|just? stop|quit ${REPLY_ING}|texting|messaging|calling|trying_with_you|trying_with_u to_you|to_u?`,
      rule: 'silent',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: refused,
      suggest: sayInstead(REPLY_LATER),
    },
    // "you can talk all you want, I'm not answering", "I'm not discussing this any further"; opening
    // its sentence without "I'm": "Not discussing further.", "not reading all that".
    ...["i'm|i_am|im not", 'not'].map((who) => ({
      pattern: `${who} ${REPLY_ING}|discussing|arguing|reading_that|reading_all_that to_you|to_u|you|u|further?`,
      rule: 'silent',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'withdraw' as const,
      guard: (doc: Doc, first: number, hit: { end: number }) =>
        (who !== 'not' ||
          (isSentenceStart(doc, first) &&
            // "not arguing, just asking": a disclaimer; "Not listening?": a question to them.
            !/^\W*(?:just|only|but)\b|^\s*\?/i.test(
              doc.text.slice((doc.tokens[hit.end - 1] as Token).end),
            ))) &&
        // "not reading all that tonight, saving it for the train": "reading" needs the clause closed.
        (/^\s*(?:[.,;:!\u2026]|$)/.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)) ||
          !doc.tokens.slice(first, hit.end).some((t) => t.w === 'reading')) &&
        refused(doc, first, hit),
      suggest: sayInstead(REPLY_LATER),
    })),
    // "don't call. I won't pick up", "I won't be answering my phone so don't try": the same, ahead.
    // withdr44: the same in the present and "going to" too, with its object and door: "I'm not picking
    // up when you call", "I'm just not going to respond to you for a bit", "I won't be answering my
    // phone so don't try". A reason after it ("…, I'm at the cinema") is no door.
    ...[
      "i won't|wont|will_not be? reply|answer|respond|pick_up|replying|answering|responding|picking_up|read_it",
      "i'm|im|i_am just? not going_to|gonna? reply|answer|respond|pick_up|read|replying|answering|responding|picking_up|reading",
    ].map((pattern) => ({
      pattern,
      rule: 'silent',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'withdraw' as const,
      guard: silentAhead,
      suggest: sayInstead(REPLY_LATER),
    })),
    // "not talking to you until you apologize": the same refusal with the subject left out.
    {
      pattern: 'not talking|speaking|answering to? you|u until|till|til|unless|anymore|again|ever',
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => isSentenceStart(doc, first) && notWarm(doc, first),
      span: (_doc, first, hit) => [first, hit.end - 1],
      suggest: untilSuggest,
    },
    // "I'm leaving this group chat", "I quit your stupid team", "I'm out of this family".
    {
      pattern:
        "i'm|i_am|im|i'll|ill|i_will|i|i've|gonna|going_to|and @INT? leaving|leave|quitting|quit|exiting|left|walking_out_of|checking_out_of|checked_out_of|out_of|done_with_this|removing_myself_from|removed_myself_from this|that|your|ur|our|the:det",
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: placeLeftGuard,
      suggest: sayInstead(COOL_OFF),
    },
    // "consider this conversation over", "this discussion is over", "end of discussion".
    {
      pattern:
        "this|the|our conversation|discussion|convo|argument|talk|chat|debate is|'s|was over|done|finished|closed",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: refused,
      suggest: sayInstead(BREAK),
    },
    {
      pattern:
        'consider this_conversation|this_discussion|the_conversation|the_discussion|this_convo|the_matter|this_matter|this|it|that|me over|closed|done|finished|settled|ended|gone',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // "consider it done!" promises the task.
      guard: (doc, first, hit) =>
        isSentenceStart(doc, first) &&
        notWarm(doc, first) &&
        refusalEnds(doc, hit.end - 1) &&
        (doc.tokens[first + 1] as Token).w + (doc.tokens[first + 2] as Token).w !== 'itdone',
      suggest: sayInstead(BREAK),
    },
    {
      pattern: 'end of discussion|conversation|convo|debate|story|argument',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isSentenceStart(doc, first) &&
        isClauseEnd(doc, hit.end - 1) &&
        notWarm(doc, first) &&
        // "…they bought every developer. End of story.": said to the reader when "you" is in it or
        // the message is a short reply.
        (doc.tokens.length <= 12 || says(doc, /\b(?:you|u|your|ur|you're|youre)\b/i)),
      suggest: sayInstead(BREAK),
    },
    // "don't text me for a while", "never call me again": any way of getting in touch, refused.
    {
      pattern:
        "don't|dont|do_not|never text|call|message|msg|dm|email|contact|ring|ping|snap|facetime|write_to|reach_out_to|come_near|come_to|reply_to|respond_to me",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const prev = (doc.tokens[first - 1] as Token | undefined)?.w ?? '';
        if (!(isImperative(doc, first) || prev === 'and' || prev === 'just')) return false;
        const t = doc.tokens;
        const next = (t[hit.end] as Token | undefined)?.w ?? '';
        const s = sentenceOf(doc, first);
        // "for a while", "for now", "for the rest of the week"
        if (
          next === 'for' &&
          hit.end + 1 < s.last &&
          /^(?:a|now|the|awhile|good|ever|another)$/.test((t[hit.end + 1] as Token).w)
        )
          return !reasonAfter(doc, clauseEnd(doc, hit.end)) && !laughAfter(doc, hit.end + 2);
        if (hit.end < s.last && /^(?:again|anymore|ever|until|till|til|unless)$/.test(next))
          return !laughAfter(doc, hit.end + 1);
        return (
          endsSentence(doc, hit.end) && s.first === 0 && !laughAfter(doc, hit.end) && notWarm(doc, first)
        );
      },
      suggest: sayInstead('I need some time on my own. Can we talk later?'),
    },
    // "blocked.", "you're muted": the door shut with one word.
    {
      pattern: "you're|you_are|ur|youre|you've_been|youve_been blocked|muted|unfriended|unfollowed|unadded",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) && notWarm(doc, first) && !laughAfter(doc, hit.end),
      suggest: sayInstead('I need some time on my own. Can we talk later?'),
    },
    {
      pattern: 'blocked|muted|unfriended|unfollowed',
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        (isSentenceStart(doc, first) || isClauseEnd(doc, first - 1)) &&
        isClauseEnd(doc, first) &&
        doc.tokens.length > 1 &&
        notWarm(doc, first) &&
        !laughAfter(doc, hit.end),
      suggest: sayInstead('I need some time on my own. Can we talk later?'),
    },
    // "don't come back", "never come home again": the door shut behind someone.
    {
      pattern:
        "don't|dont|do_not|never come|bother_coming crawling|running|begging? back|home|round|around|looking",
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) =>
        (isImperative(doc, first) ||
          /^(?:and|just|so|n)$/.test((doc.tokens[first - 1] as Token | undefined)?.w ?? '')) &&
        notWarm(doc, first) &&
        refusalEnds(doc, hit.end - 1),
      suggest: sayInstead(MATTERS),
    },
    // "I won't be coming home", "I'm not coming back": gone, with no time to come back to.
    {
      pattern: "i won't|wont|will_not|am_not be? coming|returning|going back|home|round",
      triggers: ['coming', 'returning', 'going'],
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: refused,
      suggest: sayInstead(COOL_OFF),
    },
    {
      pattern: "i'm|i_am|im not coming|going back|home",
      triggers: ['coming', 'returning', 'going'],
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        notWarm(doc, first) && refusalEnds(doc, hit.end - 1) && !tonightOnly(doc, hit.end),
      suggest: sayInstead(COOL_OFF),
    },
    // Cutting someone off: "I'm washing my hands of you", "cutting ties with this family".
    {
      pattern: "i'm|i_am|im|i'll|ill|i_will|i wash|washing|washed my_hands_of",
      rule: 'done',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => !negatedBefore(doc, first, 2) && notWarm(doc, first),
      suggest: sayInstead(COOL_OFF),
    },
    {
      pattern: "i'm|i_am|im|i'll|ill|i_will|i cut|cutting ties_with|you_off|u_off|you_out|u_out",
      rule: 'done',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => !negatedBefore(doc, first, 2) && notWarm(doc, first),
      suggest: sayInstead(COOL_OFF),
    },
    // Kiss-offs that leave the other person alone with it: "figure it out yourself", "have it your way".
    {
      pattern:
        'figure|sort|work|deal_with|handle|fix|solve it|this|that|things out? yourself|urself|yourselves|urselves|on_your_own|by_yourself|on_ur_own|alone',
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isImperative(doc, first) &&
        // crossa39: "…, I'm not your tech support": the role refused is no warmth.
        (notWarm(doc, first) ||
          /^\W+(?:i'?m|i am) not (?:your|ur)\b/i.test(
            doc.text.slice((doc.tokens[hit.end - 1] as Token).end),
          )) &&
        isClauseEnd(doc, hit.end - 1) &&
        // "figure it out yourself? no way, I'll come help": asked back and answered, not said.
        !/^\?\s*\w/.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)) &&
        !laughAfter(doc, hit.end),
      suggest: sayInstead(WORN),
    },
    // "deal with your mother yourself, leave me out of it", "whatever you decide, leave me out of it."
    {
      pattern: 'leave me out_of_it|out_of_this',
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: closing,
      suggest: sayInstead(WORN),
    },
    // "I'm not helping anymore", "not lifting a finger for this house again": help withheld.
    {
      pattern: "i'm|im|i_am not helping|lifting_a_finger you|u|with_this|with_it? anymore|again|any_more",
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: refused,
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'I need a break from helping for now')],
    },
    // "cool. good to know where I stand", "guess we know where we stand": the tie written off.
    {
      pattern: 'good_to|guess_i|guess_we|now_i|now_we know where i|we stand',
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: closing,
      suggest: sayInstead(MATTERS),
    },
    // "I'm past caring", "fine, do what you like, I'm past caring".
    {
      pattern: 'past caring',
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: pastCaring,
      suggest: sayInstead(GIVING_UP),
    },
    {
      // "have it your way then": "way|way_then" took "way" first, so the "then" form never matched.
      pattern: 'have it your|ur way then?',
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isImperative(doc, first) &&
        isClauseEnd(doc, hit.end - 1) &&
        !laughAfter(doc, hit.end) &&
        !warmEmojiAfter(doc, hit.end) &&
        !PLAN_AFTER.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)),
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          m.first,
          "I see it differently, but I'm too upset to talk right now. Can we come back to it later?",
        ),
      ],
    },
    {
      pattern: 'have|enjoy a nice|good|great|happy life',
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isImperative(doc, first) && isClauseEnd(doc, hit.end - 1) && !warmEmojiAfter(doc, hit.end),
      suggest: sayInstead(MATTERS),
    },
    // "enjoy your night without me, I'm gone": leaving, said with the other person left out.
    {
      pattern: `i'm|i_am|im ${LEAVING_SLOT}`,
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        !negatedBefore(doc, first, 2) &&
        !laughAfter(doc, hit.end) &&
        !warmEmojiAfter(doc, hit.end) &&
        says(doc, /\bwithout me\b|\b(?:yoursel(?:f|ves)|urself|on (?:your|ur) own)\b/i),
      suggest: sayInstead(COOL_OFF),
    },
    // Severing contact, announced: "I'm deleting your number", "im ghosting you", "blocking you everywhere".
    ...[
      "i'm|i_am|im|i_just|i_already deleting|deleted|blocking|blocked|unfollowing|unfollowed|unfriending|unfriended|ghosting|muting|removing your|ur|you|u",
      'blocking your|ur|you|u',
    ].map(
      (pattern): PhraseRule => ({
        pattern,
        rule: 'dont-contact',
        severity: 2,
        min: 'balanced',
        why: 'withdraw',
        guard: (doc, first, hit) => {
          const t = doc.tokens;
          // "blocking your number after this": the subject left out, opening the sentence.
          // Not "blocking you in on the driveway": "you" ends the clause there, or a door word follows.
          if (
            t[first]?.w === 'blocking' &&
            (!isSentenceStart(doc, first) ||
              (/^(?:you|u)$/.test(t[first + 1]?.w ?? '') && !endsOrDoor(doc, first + 1)))
          )
            return false;
          const obj = (t[hit.end - 1] as Token).w;
          // "deleting your number / contact / texts", or "you" itself.
          if (obj === 'your' || obj === 'ur') {
            const n = (t[hit.end] as Token | undefined)?.w ?? '';
            if (!/^(?:number|contact|texts|messages|pics|photos|account|name|info|details)$/.test(n))
              return false;
          }
          return notWarm(doc, first) && !laughAfter(doc, hit.end) && !warmEmojiAfter(doc, hit.end);
        },
        suggest: sayInstead('I need some time on my own. Can we talk later?'),
      }),
    ),
    // Cutting them off, threatened: "i'll block your number", "im about to block u on everything",
    // "dont make me block u again" (not "i'll block you in", a car; "i'll unfollow you" is a shrug).
    {
      pattern: "i'll|ill|i_will|gonna|about_to|going_to|make_me block you|u|your|ur",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const n = doc.tokens[hit.end]?.w ?? '';
        return (
          (/^(?:your|ur)$/.test(doc.tokens[hit.end - 1]?.w ?? '')
            ? /^(?:number|contact|account)$/.test(n)
            : endsOrDoor(doc, hit.end - 1) || /^(?:on|everywhere|for)$/.test(n)) &&
          notWarm(doc, first) &&
          !laughAfter(doc, hit.end) &&
          !warmEmojiAfter(doc, hit.end)
        );
      },
      suggest: sayInstead('I need some time on my own. Can we talk later?'),
    },
    // "silent treatment starts now", "enjoy the silent treatment": the silence announced.
    {
      pattern: 'silent treatment',
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const p = t[first - 1]?.w === 'the' ? first - 2 : first - 1;
        const pw = t[p]?.w ?? '';
        return (
          (/^(?:starts|begins|mode)$/.test(t[hit.end]?.w ?? '') ||
            pw === 'enjoy' ||
            (/^(?:getting|get)$/.test(pw) && /^(?:you|u|ur|you're|youre|you'll)$/.test(t[p - 1]?.w ?? ''))) &&
          t[hit.end]?.w !== 'from' &&
          !laughAfter(doc, hit.end) &&
          !warmEmojiAfter(doc, hit.end)
        );
      },
      suggest: sayInstead('I need some time on my own. Can we talk later?'),
    },
    // "you'll never see me again", "you won't hear from me again": gone for good, said to them.
    {
      pattern:
        "you'll|youll|you_will|u_will|you_won't|you_wont|u_wont never? see|hear_from|hear_of|talk_to|find me again|ever_again|anymore",
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: refused,
      suggest: sayInstead(NEED_TALK),
    },
    // "this is the last message you'll get from me", "last time you'll hear from me".
    {
      pattern: "last message|text|time|msg|email|reply you'll|youll|you_will|u_will|ull get|hear|see",
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first) => notWarm(doc, first) && !laughAfter(doc, first),
      suggest: sayInstead(NEED_TALK),
    },
    // "consider this my last message to you", "this is the last text you get from me", "consider
    // this the last time I'll ever ask you": the last word declared, after "this".
    ...[
      'my|the last|final message|text|msg|email|reply|post to you|u',
      'the last|final message|text|msg|email|reply you|u get|hear from me',
      "the last time i'll|ill|i_will|i'm|im ever",
    ].map((pattern) => ({
      pattern,
      rule: 'leaving',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'ultimatum' as const,
      // Said to them ("you" after), no break with an end ("before my holiday", "see you"), no laugh.
      guard: (doc: Doc, first: number) => {
        const rest = doc.text.slice((doc.tokens[first] as Token).start, sentenceOf(doc, first).end);
        return (
          [1, 2, 3].some((k) => doc.tokens[first - k]?.w === 'this') &&
          /\b(?:you|u)\b/i.test(rest) &&
          !/\b(?:lol|before|while|until|till|see (?:you|ya)|x+)\b/i.test(rest) &&
          notWarm(doc, first) &&
          !laughNear(doc, first)
        );
      },
      // From "(consider) this" on: what comes before it in the sentence stays.
      suggest: (doc: Doc, m: Match) => {
        let k = m.first - 1;
        while (doc.tokens[k]?.w !== 'this') k--;
        return [toSentenceEnd(doc, doc.tokens[k - 1]?.w === 'consider' ? k - 1 : k, NEED_TALK)];
      },
    })),
    // "you're on your own now", "talk to someone else", "not worth my time anymore": a kiss-off.
    {
      pattern: "you're|you_are|ur|youre|u_r on your|ur own",
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // "…on your own with this one now": what they are left with may follow.
      guard: (doc, first, hit) =>
        notWarm(doc, first) &&
        (refusalEnds(doc, hit.end - 1) ||
          ((doc.tokens[hit.end] as Token | undefined)?.w === 'with' && !laughAfter(doc, hit.end))),
      suggest: sayInstead(WORN),
    },
    {
      pattern: 'go_talk|go_cry|talk|complain|cry|vent to someone|somebody else',
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => isImperative(doc, first) && notWarm(doc, first) && !laughAfter(doc, first + 3),
      suggest: sayInstead("I'm too worn out to talk right now. Can we talk later?"),
    },
    {
      pattern: "not|isnt|isn't|aint|ain't worth my|the|a time|energy|breath|effort|keystrokes|reply|response",
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // "honestly not worth my time anymore": "worth" is no warmth here. withdr40: "ur not worth the
      // keystrokes", said of the reader ("the film is not worth the time" is a review).
      guard: (doc, first, hit) =>
        (doc.tokens[first + 2]?.w === 'my' ||
          /^(?:you're|youre|ur|are|r)$/.test(doc.tokens[first - 1]?.w ?? '')) &&
        !laughAfter(doc, hit.end) &&
        !warmEmojiAfter(doc, hit.end) &&
        (mentionsAnyone(doc) || refusalEnds(doc, hit.end - 1)),
      suggest: sayInstead(GIVING_UP),
    },
    // "we're not together anymore", "we aren't friends anymore": the tie declared cut.
    {
      pattern:
        "we're|we_are|were|we_aren't|we_arent not? together|friends|a_couple|dating|a_thing|married anymore|no_more",
      rule: 'done',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first) => notWarm(doc, first) && !laughAfter(doc, first + 3),
      suggest: sayInstead(NEED_TALK),
    },
    // "I don't want you here", "I don't want you around anymore".
    {
      pattern: "i don't|dont|do_not want you|u here|around|near_me|in_my_life|back|in_my_house|home",
      rule: 'leave-me-alone',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: refused,
      suggest: sayInstead('I need some time on my own. Can we talk later?'),
    },
    // "fine, there's the door", "don't let the door hit you on the way out": shown the way out.
    // "there's the door to the garden", "there's the door, the key is under the mat" show a door.
    {
      pattern: "there's|theres|there_is the door",
      rule: 'leave-me-alone',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, _first, hit) => endsSentence(doc, hit.end),
      suggest: sayInstead('I need some space right now. Can we talk later?'),
    },
    {
      pattern: "don't|dont|do_not let the door hit you",
      rule: 'leave-me-alone',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      suggest: sayInstead('I need some space right now. Can we talk later?'),
    },
    // "get out of my house", "get out of my life": sent away from one's place.
    {
      pattern: 'get|go out_of|outta my house|room|life|sight|car|apartment|place|flat|home|space',
      rule: 'leave-me-alone',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => isImperative(doc, first) && notWarm(doc, first) && !laughAfter(doc, first + 4),
      suggest: sayInstead('I need some space right now. Can we talk later?'),
    },
    // "I want you gone by Friday", "find somewhere else to sleep tonight", "you're not welcome here
    // anymore", "consider yourself blocked": sent out of one's home or life, in any words.
    ...[
      'i|just want|need you|u gone|out',
      'find|go_find yourself|urself? somewhere|someplace|another_place else? to stay|sleep|live|crash',
      "you're|you_are|ur|youre|u_r not|no_longer welcome",
      'consider yourself|urself blocked|muted|uninvited|disowned|dumped|unfriended|cut_off|deleted|warned',
    ].map(
      (pattern): PhraseRule => ({
        pattern,
        rule: 'leave-me-alone',
        severity: 2,
        min: 'balanced',
        why: 'withdraw',
        guard: sentAway,
        suggest: sayInstead('I need some space right now. Can we talk later?'),
      }),
    ),
    // "don't even look at me", "don't talk to me right now".
    {
      pattern: "don't|dont|do_not even look_at|talk_to|speak_to|touch|come_near|text|call me",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => isImperative(doc, first) && notWarm(doc, first) && !laughAfter(doc, first + 4),
      suggest: sayInstead('I need some space right now. Can we talk later?'),
    },
    // "I'm not gonna keep having this conversation", "I won't keep doing this".
    {
      pattern:
        "i'm_not|im_not|i_am_not|i_won't|i_wont|i_will_not gonna|going_to|about_to? keep having|keep_doing|keep_repeating|keep_explaining this|that|it|myself",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => notWarm(doc, first),
      suggest: sayInstead(BREAK),
    },
    // "goodbye forever", "bye. for real this time": a farewell made final.
    {
      pattern: 'goodbye|bye|byebye',
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) =>
        says(
          doc,
          /\b(?:for good|forever|for real this time|this time for real|good riddance|have a nice life)\b/i,
        ) &&
        !says(doc, /\b(?:lol|haha|lmao)\b|\u{1F602}|\u{1F923}|\u{2764}|\u{1F970}/u) &&
        notWarm(doc, first),
      suggest: sayInstead(MATTERS),
    },
    // "I need you to stop calling my phone": the phone stands for me.
    {
      pattern: `stop ${CONTACT_SLOT} my phone|number|cell|line|inbox|dms`,
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => notWarm(doc, first) && !laughAfter(doc, hit.end),
      suggest: sayInstead('I need some time on my own. Can we talk later?'),
    },
    {
      pattern: 'talk to the hand',
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      suggest: sayInstead('I need a little time on my own. Can we talk tonight?'),
    },

    // -- gen5: withdrawal by construction -----------------------------------------------------------
    // "keep it up and you'll be eating dinner alone", "do that again and you'll end up by yourself",
    // "…you'll be moving out": the consequence threatened is being left alone, or put out.
    {
      pattern:
        "up|going|again|time and you'll|youll|you_will|u_will|ull @ANY? @ANY? @ANY? alone|single|by_yourself|without_me|on_your_own|moving_out|on_the_couch|out_the_door",
      rule: 'ultimatum',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        // "keep it up", "do that again": a condition on what the reader does, not "sign up".
        const s = sentenceOf(doc, first);
        let cond = false;
        for (let k = Math.max(s.first, first - 4); k < first; k++)
          if (/^(?:keep|do|try|that|this|it)$/.test((t[k] as Token).w)) cond = true;
        return cond && refusalEnds(doc, hit.end - 1) && notWarm(doc, first);
      },
      suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, MATTERS)],
    },
    // "you can find yourself another roommate", "go get yourself a new girlfriend", "I'm out, find
    // another tank": the reader replaced, as a kiss-off.
    {
      pattern: `find|get yourself|urself|yourselves? another|a_new|someone_else|somebody_else ${REPLACED_ROLES}?`,
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const last = (t[hit.end - 1] as Token).w;
        // "find yourself a new hobby": only a person's role, or "someone else", is the reader replaced.
        if ((!REPLACED.has(last) && last !== 'else') || !kissOffEnds(doc, hit.end) || !notWarm(doc, first))
          return false;
        // Without "yourself", only while leaving ("sorry, I'm sick, find another driver" is practical).
        if (/^(?:yourself|urself|yourselves)$/.test((t[first + 1] as Token).w))
          return (
            isImperative(doc, first) || /^(?:can|go|just)$/.test((t[first - 1] as Token | undefined)?.w ?? '')
          );
        // "keep it up and you can find a new flatmate": the reader replaced, after a condition.
        if (/\b(?:keep|if|again|more)\b.* you can $/i.test(doc.text.slice(0, (t[first] as Token).start)))
          return true;
        return (
          (isImperative(doc, first) ||
            /^(?:can|go|just)$/.test((t[first - 1] as Token | undefined)?.w ?? '')) &&
          says(doc, /\b(?:i'?m (?:out|done)|leaving|quitting|dropping|i quit)\b/i) &&
          !says(doc, /\b(?:sorry|sick|busy)\b/i)
        );
      },
      suggest: sayInstead("I'm too upset to keep going like this right now. Can we talk later?"),
    },
    // "can't be bothered with you anymore": not worth the trouble, said of the reader.
    {
      pattern: "can't|cant|cannot|couldn't|couldnt be_bothered|be_arsed with|w you|u|us|this|it|your|ur",
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const obj = (doc.tokens[hit.end - 1] as Token).w;
        if (/^(?:this|it|your|ur)$/.test(obj)) {
          // "can't be bothered with this printer": the quarrel only, or the reader's doings.
          const next = (doc.tokens[hit.end] as Token | undefined)?.w ?? '';
          if (!(refusalEnds(doc, hit.end - 1) || RELATIONSHIP_WORDS.has(next) || FEELING_NOUNS.has(next)))
            return false;
        }
        return notWarm(doc, first) && !laughAfter(doc, hit.end) && !warmEmojiAfter(doc, hit.end);
      },
      suggest: sayInstead(GIVING_UP),
    },
    // "I don't want to hear from you until you apologise", "don't wanna see you again".
    {
      pattern:
        "don't|dont|do_not want_to|wanna hear_from|see|talk_to you|u until|till|til|unless|again|anymore|ever_again",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const w = (doc.tokens[hit.end - 1] as Token).w;
        if (/^(?:until|till|til|unless)$/.test(w)) return notWarm(doc, first);
        return refusalEnds(doc, hit.end - 1) && notWarm(doc, first);
      },
      span: (_doc, first, hit) => [first, hit.end - 1],
      suggest: untilSuggest,
    },
    // "you'll never hear from me", "you'll never see me": gone, said to them without "again".
    {
      pattern: "you'll|youll|you_will|u_will never see|hear_from|hear_of me",
      rule: 'leaving',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      guard: refused,
      // "do that again and you'll never hear from me": the condition goes with it.
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          sentenceOf(doc, m.first).first,
          "I'm really unhappy and I need us to talk about it.",
        ),
      ],
    },
    // "I'm not wasting another minute on you": the reader no longer worth the time.
    {
      pattern:
        'not wasting|spending another|any_more|one_more minute|second|moment|day|breath|time|energy on you|u|us',
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => notWarm(doc, first) && !laughAfter(doc, first + 5),
      suggest: sayInstead(GIVING_UP),
    },
    // "not answering ur calls", "not picking up your texts": announced silence, subject left out.
    {
      pattern:
        'not answering|returning|picking_up|replying_to|responding_to your|ur|you calls|texts|messages|phone|dms',
      rule: 'silent',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isSentenceStart(doc, first) &&
        notWarm(doc, first) &&
        !reasonAfter(doc, hit.end - 1) &&
        !tonightOnly(doc, hit.end) &&
        !laughAfter(doc, hit.end),
      suggest: sayInstead(REPLY_LATER),
    },
    // -- h-detect10: withdrawal by construction ------------------------------------------------------
    // "I can't do this anymore", "i cant take it any longer", "I can't keep doing this": giving up on
    // the quarrel or the bond ("I can't do this puzzle anymore" names a task and passes).
    givingUp(
      "i can't|cant|cannot do|take|handle|deal_with|keep_doing|keep_going_like this|it|us|you|u anymore|any_longer|no_more",
    ),
    givingUp("i can't|cant|cannot keep doing|going_on_like this|this_anymore"),
    // "go find someone else to put up with you", "get somebody else to deal with your mess": the
    // reader handed to someone else, as a burden.
    {
      pattern:
        'find|get someone|somebody|sb else to put_up_with|deal_with|babysit|tolerate|clean_up_after|pick_up_after|listen_to|cater_to',
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => notWarm(doc, first) && !laughAfter(doc, first + 6),
      suggest: sayInstead("I'm too worn out to keep going like this right now. Can we talk later?"),
    },
    // "good luck with that." said flat, alone at the end: a shrug that leaves them to it.
    {
      pattern: 'good|gl luck with that',
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const rest = doc.text.slice((doc.tokens[hit.end - 1] as Token).end);
        // "Good luck with that! Let me know how it goes": a cheer; flat or followed by a shrug, a kiss-off.
        if (/^\s*[!?]|\s*[:;]-?[)D]/.test(rest) || warmEmojiAfter(doc, hit.end)) return false;
        const s = sentenceOf(doc, first);
        if (s.last < doc.tokens.length && !youWithin(doc, s.last, 8)) return false;
        return (
          isClauseEnd(doc, hit.end - 1) &&
          !laughAfter(doc, hit.end) &&
          !warmAround(doc, first, s.first, hit.end)
        );
      },
      suggest: sayInstead('I have my doubts about this. Can we talk it through?'),
    },
    // "guess we're done then", "ok, we're finished then": the end announced as a conclusion.
    {
      pattern: "we're|we_are|were|i'm|im|i_am done|finished|through|over then",
      rule: 'done',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        !/^\s*\?/.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)) &&
        !negatedBefore(doc, first, 2) &&
        notWarmCurt(doc, first, hit.end) &&
        !warmEmojiAfter(doc, hit.end) &&
        !plainNewsAfter(doc, hit.end),
      suggest: sayInstead(COOL_OFF),
    },
    // "i'll walk out", "see how fast i walk out", "i'm walking out that door": leaving, as a threat.
    {
      pattern:
        "i|i'll|ill|i'm|im|i_will walk|walking|storm|storming out|out_that_door|out_on_you|out_of_here",
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: refused,
      suggest: sayInstead(NEED_TALK),
    },
    // "…and I'm hanging up for good", "I'm leaving for good": "for good" closes the door.
    {
      pattern: "i'm|im|i_am|i'll|ill hanging_up|leaving|gone|out|blocking_you|deleting_your_number for_good",
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      // "good" is the idiom's own word, not warmth.
      guard: (doc, first, hit) => notWarmCurt(doc, first, hit.end) && !laughAfter(doc, hit.end),
      suggest: sayInstead(NEED_TALK),
    },
    // "I've said all I'm going to say", "I have nothing more to say to you": the talk shut.
    {
      pattern: "i've|ive|i_have said all i'm_going_to|im_gonna|i'm_gonna|i_will|i'll|ill say",
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => notWarm(doc, first),
      suggest: sayInstead(BREAK),
    },
    // "we can talk when hell freezes over": never, said as a door closing.
    {
      pattern: 'when|till|until hell freezes over',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => notWarm(doc, first) && !laughAfter(doc, first + 4),
      suggest: sayInstead(BREAK),
    },
    // "don't come crying to me when it falls apart": help refused in advance.
    {
      pattern: "don't|dont|do_not come crying|running|whining to me",
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first) => notWarm(doc, first) && !laughAfter(doc, first + 5),
      suggest: sayInstead("I'm worried about this, and I'd rather we talk it through now."),
    },
    {
      pattern: 'fine|ok|k|kk|sure|cool|okay',
      rule: 'curt',
      severity: 1,
      min: 'strict',
      why: 'mild',
      guard: (doc, first) => {
        // Only a whole message of one curt word with a full stop or nothing: "fine." / "k".
        if (doc.tokens.length !== 1) return false;
        const tail = doc.text.slice((doc.tokens[first] as Token).end).trim();
        return tail === '' || tail === '.';
      },
      suggest: (doc, m) => [
        toSentenceEnd(doc, m.first, "Okay, but I'm still a bit upset about it."),
        toSentenceEnd(doc, m.first, 'Okay, sounds good!'),
      ],
    },
    // -- h23: withdrawal by construction --------------------------------------------------------------
    // "not doing this again", "nope. not doing this again with you": the talk refused, subject left out.
    {
      pattern:
        'not doing|having|discussing|going_through|talking_about|arguing_about this|that again_with_you|again_w_you|again|anymore|with_you|w_you|rn|right_now|today|tonight',
      rule: 'shut-down',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        (isSentenceStart(doc, first) || refusalOpens(doc, first)) &&
        notWarm(doc, first) &&
        !laughNear(doc, first) &&
        endsOrDoor(doc, hit.end - 1) &&
        !reasonAfter(doc, hit.end - 1),
      suggest: sayInstead(PAUSE),
    },
    // "you do you, i'm out", "whatever, i'm out": leaving the talk with a shrug.
    {
      pattern: "i'm|i_am|im out|outta|out_of_here|outta_here",
      triggers: ['out', 'outta'],
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        curtBefore(doc, first) &&
        endsTalk(doc, hit.end) &&
        notWarmCurt(doc, first, hit.end),
      // The shrug before it ("you do you, …", "whatever, …") goes with it.
      suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, PAUSE)],
    },
    // "ok. noted." said flat at the end of a quarrel; "noted." alone only at strict.
    ...(['balanced', 'strict'] as const).map((min) => ({
      pattern: 'noted|duly_noted',
      triggers: ['noted'],
      rule: 'curt',
      severity: 1 as const,
      min,
      why: 'withdraw' as const,
      guard: (doc: Doc, first: number, hit: { end: number }) => {
        const s = sentenceOf(doc, first);
        if (first - s.first > 2 || !endsTalk(doc, hit.end)) return false;
        // "noted!", "noted 👍", "noted, thanks": a plain acknowledgement.
        if (/^\s*(?:!|,\s*\w)/.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end))) return false;
        return min === 'strict' || curtBefore(doc, first);
      },
      suggest: sayInstead("Okay, I hear you. I'm still upset, so can we talk about it later?"),
    })),
    // "sure, if that's what you want." / "fine, if that's what you think.": a cold shrug that ends it.
    {
      pattern: "if that's|thats|that_is what you|u want|think|need|prefer|wanna|say",
      triggers: ['want', 'think', 'need', 'prefer', 'wanna', 'say'],
      rule: 'whatever',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        curtBefore(doc, first) &&
        (first === 0 || isClauseEnd(doc, first - 1)) &&
        isClauseEnd(doc, hit.end - 1) &&
        endsTalk(doc, hit.end) &&
        notWarmCurt(doc, first, hit.end),
      suggest: sayInstead(
        "I see it differently, but I'm too upset to talk right now. Can we come back to it later?",
      ),
    },
    // "don't expect me to answer", "don't expect me to call": the silence announced.
    {
      pattern:
        "don't|dont|do_not expect me to answer|reply|respond|text|call|pick_up|talk|come_back|get_back_to_you|listen",
      rule: 'silent',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: coldOrder,
      suggest: sayInstead(REPLY_LATER),
    },
    // "I'll talk when I feel like it", "i'll text you if i feel like it": contact on the writer's whim
    // (withdr44: "we'll / we can talk when…", "…when it suits me", "…ready to talk, if I ever am").
    {
      pattern:
        "when|if i_ever|i|i'm|im|it feel_like_it|feel_like_talking|good_and_ready|want_to|wanna|damn_well_please|suits_me|am|do",
      triggers: ['feel', 'good', 'want', 'wanna', 'damn', 'suits', 'ever'],
      rule: 'silent',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, first);
        let contact = false;
        for (let k = Math.max(s.first, first - 5); k < first; k++) {
          const w = (t[k] as Token).w;
          if (
            CONTACT_VERBS.has(w) &&
            k > s.first &&
            /^(?:i'll|ill|i|will|i_will|we'll|can|to|you'll|youll)$/.test((t[k - 1] as Token).w)
          )
            contact = true;
        }
        // "good and ready": the idiom's own word, not warmth.
        const good = (t[hit.end - 1] as Token).w === 'ready';
        return (
          contact && isClauseEnd(doc, hit.end - 1) && (good || notWarm(doc, first)) && !laughNear(doc, first)
        );
      },
      suggest: sayInstead(REPLY_LATER),
    },
    // "don't follow me", "I'm leaving, don't come after me": walking out, no one to follow.
    {
      pattern: "don't|dont|do_not follow|chase|come_after|come_looking_for|try_to_find me",
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: coldOrder,
      suggest: sayInstead("I need some space right now. I'll come back when I've cooled off."),
    },
    // "don't wait up", said while walking out (strict: it is also a plain late night).
    {
      pattern: "don't|dont|do_not wait up",
      rule: 'leaving',
      severity: 1,
      min: 'strict',
      why: 'withdraw',
      guard: (doc, first, hit) => endsTalk(doc, hit.end) && coldOrder(doc, first, hit),
      suggest: sayInstead(BACK_LATER),
    },
    // "i'm leaving and i'm not coming back tonight": the way back refused after a leaving.
    {
      pattern: "i'm|i_am|im not coming back|home",
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) =>
        leavingSaid(doc, first) &&
        endsOrDoor(doc, hit.end - 1) &&
        !reasonAfter(doc, hit.end - 1) &&
        notWarm(doc, first) &&
        !laughNear(doc, first),
      suggest: sayInstead(BACK_LATER),
    },
    // "there's no talking to you", "there's no reasoning with you": the other given up on.
    {
      pattern:
        "there's|theres|there_is no talking|reasoning|arguing|getting_through|getting_anywhere|dealing with|to you|u",
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => notWarm(doc, first) && !laughNear(doc, first),
      suggest: sayInstead(GIVING_UP),
    },
    // "i give up. you win", "fine, you win.": a surrender that closes the talk.
    {
      pattern: 'you|u win|won|winning',
      triggers: ['win', 'won', 'winning'],
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        (first === 0 || isClauseEnd(doc, first - 1)) &&
        /\b(?:i give up|fine|whatever|ok|okay|sure|forget it)\b/i.test(
          doc.text.slice(
            Math.max(0, (doc.tokens[first] as Token).start - 120),
            (doc.tokens[first] as Token).start,
          ),
        ) &&
        endsTalk(doc, hit.end) &&
        notWarmCurt(doc, first, hit.end),
      suggest: sayInstead(GIVING_UP),
    },
    // "keep talking and i'll leave", "say that one more time and i'm leaving": leaving as a threat.
    {
      pattern:
        "and i'll|ill|i_will|i'm|im|i_am leave|leaving|go|gone|walk_out|walking_out|out_of_here|outta_here",
      triggers: ['leave', 'leaving', 'go', 'gone', 'walk', 'walking', 'out', 'outta'],
      rule: 'ultimatum',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, first);
        if (first <= s.first || !refusalEnds(doc, hit.end - 1) || laughNear(doc, first)) return false;
        // The condition before "and" is what the reader does: "keep talking", "say that again".
        const lead = (t[s.first] as Token).w;
        let cond = /^(?:keep|say|do|try|push|call|raise|yell|bring|mention)$/.test(lead);
        for (let k = s.first; k < first; k++) if (/^(?:again|more)$/.test((t[k] as Token).w)) cond = true;
        return cond && notWarm(doc, first);
      },
      suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, MATTERS)],
    },
    // "maybe i should just leave then", "maybe we should just break up": leaving held up as a weapon.
    {
      pattern:
        'maybe|perhaps i|we should|shd just? leave|go|break_up|split_up|end_this|end_it|call_it_quits|see_other_people|take_a_break|stop_talking',
      triggers: ['maybe', 'perhaps'],
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const verb = (t[hit.end - 1] as Token).w;
        const next = (t[hit.end] as Token | undefined)?.w ?? '';
        const end = next === 'then' ? hit.end : hit.end - 1;
        if (!isClauseEnd(doc, end) || laughNear(doc, first) || !notWarm(doc, first)) return false;
        if (/\?/.test(doc.text.slice((t[end] as Token).end, (t[end] as Token).end + 2))) return false;
        // "maybe we should just go, it's late": leaving needs "then", or "just" and no reason after.
        if (verb === 'leave' || verb === 'go')
          return next === 'then' || ((t[hit.end - 2] as Token).w === 'just' && endsTalk(doc, hit.end));
        return !reasonAfter(doc, end);
      },
      suggest: sayInstead(NEED_TALK),
    },
    // "maybe we shouldn't be together", "we shouldn't even be friends": the tie held over them.
    {
      pattern:
        "we shouldn't|shouldnt|should_not even? be together|friends|a_couple|married|dating|doing_this",
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) =>
        endsOrDoor(doc, hit.end - 1) &&
        !/\?/.test(
          doc.text.slice((doc.tokens[hit.end - 1] as Token).end, (doc.tokens[hit.end - 1] as Token).end + 2),
        ) &&
        notWarm(doc, first) &&
        !laughNear(doc, first),
      suggest: sayInstead(NEED_TALK),
    },
    // -- h26 ------------------------------------------------------------------------------------------
    // "maybe it's better if we just stop talking", "it's probably best we don't talk anymore".
    {
      pattern: "better|best if? we just? stop_talking|stopped_talking|don't_talk|dont_talk|not_talk",
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      // "better" and "best" are the idiom's own words, not warmth.
      guard: (doc, first, hit) =>
        !laughNear(doc, first) && refusalEnds(doc, hit.end - 1) && !asked(doc, first),
      suggest: sayInstead(NEED_TALK),
    },
    // "fine. bye.", "sure. fine. whatever.", "k.": a whole reply of curt words, full stops between.
    {
      pattern: 'fine|ok|okay|k|kk|sure|cool|whatever',
      rule: 'curt',
      severity: 1,
      min: 'balanced',
      why: 'withdraw',
      pre: curtReply,
      guard: (doc, first) => first === 0 && curtReply(doc.text),
      suggest: (doc) => [
        { start: 0, end: doc.text.trimEnd().length, text: "Okay, but I'm still a bit upset about it." },
      ],
    },
    // "talk to someone who cares", "go cry to somebody who gives a damn".
    {
      pattern: 'someone|somebody who cares|gives_a_damn|gives_a_shit',
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // withdr40: or the clause before it an opener: "nah im good, talk to someone who cares".
      guard: (doc, first, hit) =>
        /^(?:tell|talk|go|cry|complain|whine)$/.test(
          doc.tokens[first > 2 && isClauseEnd(doc, first - 3) ? first - 2 : sentenceOf(doc, first).first]
            ?.w ?? '',
        ) &&
        !laughNear(doc, first) &&
        refusalEnds(doc, hit.end - 1),
      suggest: sayInstead(BREAK),
    },
    // -- s18 (helper detect18) -------------------------------------------------------------------
    // "I won't be here when you get back", "if you go out again I won't be home when you wake up":
    // absence held over them. "…, I've got the dentist at 3" gives a reason and passes.
    {
      pattern:
        "i|we won't|wont|will_not be here|home|around|there when|by_the_time you|u get_back|get_home|get_in|come_back|come_home|wake_up|return|arrive",
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) =>
        (ultimatumGuard(doc, first, { end: hit.end, cap: {} }) || endsTalk(doc, hit.end)) &&
        closing(doc, first, hit),
      suggest: ultimatumSuggestIf,
    },
    // "fine, I'll just stop asking then", "I'll just not exist then": a martyr's withdrawal.
    // "I'll just stop at the shop then" is an errand.
    {
      pattern:
        "i'll|ill|i_will just? stop|quit|not asking|trying|bothering|bugging|pestering|caring|talking|texting|messaging|helping|offering|exist|bother|ask|care|try|talk|say_anything",
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // Without "just", after a curt word: "fine. I'll stop bothering you then".
      guard: (doc, first, hit) => {
        const e = /^(?:you|u)$/.test(doc.tokens[hit.end]?.w ?? '') ? hit.end + 1 : hit.end;
        return (
          (doc.tokens[first + 1]?.w === 'just' || curtBefore(doc, first)) &&
          (doc.tokens[e]?.w === 'then'
            ? coldClose(doc, first, e + 1, true)
            : endsTalk(doc, e) && coldClose(doc, first, e))
        );
      },
      suggest: sayInstead(GIVING_UP),
    },
    // "fine. I won't bother asking for help again", "ok, I won't bother coming to your games anymore".
    {
      pattern: "won't|wont|will_not bother|ask|mention|bring",
      rule: 'give-up',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // What is given up is no warmth ("asking for help"); a "fine" or "whatever" just before.
      guard: (doc, first, hit) => {
        const ce = clauseEnd(doc, hit.end - 1) + 1;
        // Read as text: the sentences around may not be tokenized.
        const at = (doc.tokens[first] as Token).start;
        const p = roughPolarity(doc.text.slice((doc.tokens[ce - 1] as Token).end));
        // withdr44: a hedge after "I" as the pattern's own hedges allow ("fine. I just won't bother…").
        const by =
          /\b(?:(fine|whatever)|noted|got it|ok|okay|k|understood)\W*(?:i'?l?l? (?:just |really |\w+ly )?)?$/i.exec(
            doc.text.slice(Math.max(0, at - 26), at),
          );
        return (
          !!by &&
          /ing$|^(?:you|u|it|again|anymore)$/.test(doc.tokens[hit.end]?.w ?? '') &&
          // withdr44: the kind-decline check only for withdr43's wider words before it; after "fine" or
          // "whatever" as before ("fine, I won't bother asking you again!").
          (!!by[1] || !says(doc, KIND_DECLINE)) &&
          /\b(?:again|anymore)\b/.test(textOf(doc, hit.end, ce)) &&
          p.pos <= p.neg &&
          !says(doc, /\b(?:lol|lmao|haha|xx?)\b/i) &&
          !laughNear(doc, first)
        );
      },
      suggest: sayInstead(GIVING_UP),
    },
    // "good luck finding someone else to cook for you", "good luck replacing me": the writer gone.
    // "sorry I can't, good luck finding someone else!" declines kindly.
    {
      pattern: 'good_luck finding|getting|replacing someone_else|somebody_else|anyone_else|another|me',
      rule: 'kiss-off',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) =>
        ((doc.tokens[hit.end - 1] as Token).w !== 'another' ||
          REPLACED.has((doc.tokens[hit.end] as Token | undefined)?.w ?? '')) &&
        !says(doc, KIND_DECLINE) &&
        coldClose(doc, first, hit.end, true),
      suggest: sayInstead(MATTERS),
    },
    // "see you in court": the quarrel handed to the law.
    {
      pattern: 'see you|u|ya in court',
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: closing,
      suggest: sayInstead(MATTERS),
    },
    // "if you're not ready by 7 I'm going without you", "…we're leaving without you and I mean it":
    // left behind as a threat; "if you're busy we'll go without you, no stress" is thoughtful.
    {
      pattern: "i'm|im|i'll|ill|we're|we'll|i_am|i_will going|leaving|go|leave without you|u",
      rule: 'ultimatum',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) =>
        (/\bif (?:you|u)(?:'re| are)? (?:not|don't|dont|aren't|can't|cant)\b/i.test(
          doc.text.slice(sentenceOf(doc, first).start, (doc.tokens[first] as Token).start),
        ) ||
          /^[\s,.]*(?:and )?i (?:mean|swear) it\b|^[\s,.]*i'?m (?:serious|not (?:joking|kidding))/i.test(
            doc.text.slice((doc.tokens[hit.end - 1] as Token).end),
          )) &&
        coldClose(doc, first, hit.end, true),
      suggest: ultimatumSuggestIf,
    },
    // "you won't see another penny from me", "you're not getting another minute from me".
    {
      pattern:
        "you_won't|you_wont|u_wont|you_will_not|you're_not|youre_not|ur_not|you_aren't get|getting|be_getting|see another|one_more|a_single penny|cent|dime|dollar|pound|minute|second|chance|favour|favor",
      rule: 'dont-contact',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first) => notWarm(doc, first) && !laughNear(doc, first),
      suggest: sayInstead(MATTERS),
    },
    // "u can talk to my voicemail": calls shut out.
    {
      pattern: 'talk|speak|tell_it to my voicemail|answerphone|answering_machine',
      rule: 'silent',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      guard: (doc, first, hit) => endsTalk(doc, hit.end) && closing(doc, first, hit),
      suggest: sayInstead(REPLY_LATER),
    },
    // "I'm out." as the last word: leaving announced curtly. "I'm out, see you at 6" and "I'm out!" pass.
    {
      pattern: "i'm|im|i_am out|outta_here|out_of_here",
      rule: 'leaving',
      severity: 2,
      min: 'balanced',
      why: 'withdraw',
      // withdr40: or after an order in its sentence: "go argue with a wall, I'm out."
      guard: (doc, first, hit) =>
        (isSentenceStart(doc, first) ||
          (isClauseEnd(doc, first - 1) && isImperative(doc, sentenceOf(doc, first).first))) &&
        endsTalk(doc, hit.end) &&
        !says(doc, /!/) &&
        coldClose(doc, first, hit.end),
      suggest: sayInstead(COOL_OFF),
    },
    ...H29_WITHDRAWAL,
    ...CROSSC34_WITHDRAWAL,
  ],
});
