/**
 * Blame and withdrawal as writers outside the project put them (round h32), read as constructions:
 * - blame: an outcome gone wrong (a complaint word, AFINN below 0 or a loss from `LOSS`: evicted,
 *   nicked, relegated, wiped) tied to the addressee by a causal link in either order: "because of /
 *   thanks to / down to your X", "… the X you did", "that's on you / on your head", "entirely your
 *   doing", "you got us X-ed", "you've made me the office joke", "I hold you responsible", "you're
 *   the one to blame";
 * - withdrawal: leaving or ending said as a door shut: the law ("talk to my lawyer", "I'm taking you
 *   to court"), leaving with the household ("I'm taking the kids … and not coming back", "I'll pack
 *   my stuff"), quitting a role ("find another drummer"), the ultimatum ("either she goes or I do",
 *   "read it again and I'm changing the locks"), a bare goodbye after a cold word ("ok. noted. goodbye").
 * Each needs its hard part (the loss, the door) and passes with warmth near: praise, thanks (other
 * than "thanks to"), laughter, hearts, "no pressure", a question, a trip or an outing.
 */
import { isPastForm } from '../grammar';
import { COUNTDOWN_UNITS, isComplaint, valence, wordSet } from '../lexicon';
import type { Doc, Sentence, Token } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  clauseEnd,
  closesClause,
  type Draft,
  isClauseEnd,
  isImperative,
  type Match,
  negatedBefore,
  removeTokens,
  SUBJECT_OF,
  sayInstead,
  sentenceOf,
  textOf,
  toSentenceEnd,
  tokenWord as w,
} from './rule';

/** Losses that AFINN does not score: what happens to people and things when it goes wrong. */
export const LOSS: ReadonlySet<string> = wordSet(
  'evicted fired sacked relegated suspended expelled removed banned kicked dumped wiped corrupted nicked stolen ' +
    'robbed collapsed flooded spoiled spoilt tanked crashed broken broke burnt burned smashed cancelled canceled ' +
    'grounded detained fined sued disqualified eliminated deleted lost late behind sick nightmares crying cried ' +
    'furious warning lose losing stranded ruined wrecked trashed destroyed missed failed sank sunk overdrawn mess thrown booted refused rejected',
);

/** Roles nobody wants to be made: "you've made me the office joke", "the bad guy". */
const ROLE: ReadonlySet<string> = wordSet(
  'joke laughingstock laughing_stock bad villain scapegoat butt punchline enemy outcast pariah fool idiot clown ' +
    'target gossip bad_guy mug',
);

/** Laughter, hearts, thanks (not "thanks to"), care: the words around are not a charge. */
const SOFT =
  /\b(?:lol|lmao|haha\w*|hehe\w*|jk|thank you|thanks(?! to)|thx(?! to)|ty|love (?:you|u|ya)|legend|lifesaver|lovely|no pressure|no worries|sorry|xx+)\b|[\u2764\u{1F601}-\u{1F60D}\u{1F618}\u{1F602}\u{1F923}\u{1F970}\u{1F973}\u{1F495}\u{1F496}\u{1F44B}\u{1F389}]/iu;

/** The sentence of token `i`, the one before it and the one after it. */
function around(doc: Doc, i: number): string {
  const s = sentenceOf(doc, i);
  const sent = (doc.tokens[i] as Token).sent;
  const prev = doc.sentences[sent - 1] ?? s;
  const next = doc.sentences[sent + 1] ?? s;
  return doc.text.slice(prev.start, next.end);
}

/**
 * Nothing soft around token `i`, and its sentence is no question: read once per sentence (it reads
 * only the sentence and its neighbours; a run-on sentence with a hit every few words read it at each).
 */
const COLD = new WeakMap<Sentence, boolean>();
export function cold(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  let c = COLD.get(s);
  if (c === undefined) {
    c = !SOFT.test(around(doc, i)) && !doc.text.slice(s.start, s.end).includes('?');
    if (doc.tokens.length) COLD.set(s, c);
  }
  return c;
}

/**
 * The loss and the praise of the sentence of token `i`: the loss is a word of `LOSS` or a complaint
 * (not after "not"/"never", except "won't / can't" + a verb of living: "won't speak to me"), the
 * praise every word above 0 ("thanks" in "thanks to" and "fine" as a noun left out).
 */
function balance(doc: Doc, i: number): { loss: number; praise: number } {
  const s = sentenceOf(doc, i);
  let loss = 0;
  let praise = 0;
  for (let k = s.first; k < s.last && k < s.first + 40; k++) {
    const x = w(doc, k);
    // "can't even enjoy it": the negation reaches past an adverb.
    const prev = /^(?:even|really|just|ever)$/.test(w(doc, k - 1)) ? w(doc, k - 2) : w(doc, k - 1);
    if (
      /^(?:won't|wont|can't|cant|couldn't|couldnt)$/.test(x) &&
      /^(?:speak|talk|sleep|eat|hit|pay|afford|look|enjoy)$/.test(
        w(doc, w(doc, k + 1) === 'even' ? k + 2 : k + 1),
      )
    ) {
      loss += 2;
      continue;
    }
    const v = valence(x);
    if (v > 0) {
      // "thanks to", "straight to HR": no praise.
      if (/^(?:thanks|thx|straight)$/.test(x) && w(doc, k + 1) === 'to') continue;
      if (x === 'fine' && /^(?:the|a)$/.test(prev)) continue;
      if (/^(?:not|never|no)$|n't$/.test(prev)) loss += 1;
      else praise += v;
      continue;
    }
    if (LOSS.has(x) || isComplaint(x)) {
      if (/^(?:not|never|no)$|n't$/.test(prev)) continue;
      loss += LOSS.has(x) ? 2 : Math.max(1, -v);
    }
  }
  return { loss, praise };
}

/**
 * The addressee named elsewhere in the sentence than the link's words [first, first + 8): the loss
 * is then likely theirs ("because of your past, you may feel anxious"), not the speaker's.
 */
function youElsewhere(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = s.first; k < s.last; k++) {
    if (k >= first && k < first + 8) continue;
    if (/^(?:you|u|you're|youre|you've|youve|you'll|you'd|your|yourself|ur)$/.test(w(doc, k))) return true;
  }
  return false;
}

/** The speaker's side in the sentence (I, we, our…), or a loss of `LOSS` in it: a loss that is felt. */
function ownLoss(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = s.first; k < s.last; k++) {
    const x = w(doc, k);
    if (LOSS.has(x) || /^(?:i|me|my|i'm|im|we|us|our|we're|i've|we've|mine)$/.test(x)) return true;
  }
  return false;
}

/**
 * crossc36: what "thanks to you / because of your …" cost the writer, said without a sour word: "…my
 * sister isn't speaking to me", "…the client walked", "…I'm the one paying"; not relief.
 */
export const COSTLY =
  /^(?!.*\b(?:don'?t have to|no longer|never have to|worry|finally)\b).*(?:\bthe one (?:paying|doing|cleaning|stuck|explaining|covering)|\b(?:isn'?t|aren'?t|wasn'?t|won'?t|doesn'?t|don'?t|can'?t|stopped) (?:speaking|talking|trust|sleep|come|coming|answering|want|invite|go)|\b(?:walked|left|quit|dead|gone|unhinged|kicked|uninstalled|keeping)\b)/;

/** The sentence has a loss, more than its praise, and nothing soft near. */
function lossNear(doc: Doc, i: number): boolean {
  const b = balance(doc, i);
  return b.loss > 0 && b.loss > b.praise && cold(doc, i) && !negatedBefore(doc, i, 2);
}

const UPSET = "I'm really upset about how this turned out, and I'd like us to talk about it.";

/**
 * "the landlord kept our deposit because of the mess you left" → "the landlord kept our deposit,
 * and I'm really upset about it": what happened stays, the link and its act go; a link that opens
 * the sentence takes the sentence.
 */
function keepOutcome(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  // "that's on u for not checking the date" → "I was counting on you checking the date".
  const after = t[m.last + 2];
  if (w(doc, m.last) === 'for' && w(doc, m.last + 1) === 'not' && after && !isClauseEnd(doc, m.last + 1))
    return [{ start: (t[m.first] as Token).start, end: after.start, text: 'I was counting on you ' }];
  const s = sentenceOf(doc, m.first);
  if (m.first > s.first + 2 && !isClauseEnd(doc, m.first - 1)) {
    let from = m.first;
    // "… and that's down to you", "… and it's on your head": the joint goes with the link.
    while (
      from > s.first + 1 &&
      /^(?:and|it's|its|that's|thats|that|this|is|was|it|frankly|all|entirely)$/.test(w(doc, from - 1))
    )
      from--;
    // "the fine for the late return is on you", "the mess is entirely your doing": the subject
    // before "is" is no clause of its own.
    let copula = false;
    for (let k = from; k <= m.first; k++)
      if (/^(?:is|was)$/.test(w(doc, k)) && !/^(?:it|that|this)$/.test(w(doc, k - 1))) copula = true;
    if (!copula && from > s.first + 1 && !isClauseEnd(doc, from - 1)) {
      const prev = t[from - 1] as Token;
      let ce = clauseEnd(doc, m.last - 1);
      // "… on your head, not the team's": the contrast goes with the blame.
      if (
        /^[\s,;]*(?:not|rather than|instead of)\b/i.test(doc.text.slice((t[ce] as Token).end, s.contentEnd))
      )
        ce = s.last - 1;
      return [
        { start: prev.end, end: (t[ce] as Token).end, text: ", and I'm really upset about it" },
        toSentenceEnd(doc, s.first, UPSET),
      ];
    }
  }
  return [toSentenceEnd(doc, s.first, UPSET)];
}

/** What can be "on you" without blame: a task, a choice, a round. */
const HANDED: ReadonlySet<string> = wordSet(
  'burden pressure onus focus ball responsibility choice decision spotlight attention weight work effort change drinks round dinner lunch bill next',
);

/** Where the act named after an outcome begins: "… with your meltdown", "… by turning up late". */
const BY_ACT = /^(?:with|by|when|because|after|over|thanks)$/;

/** The last token of the outcome from token `from`: up to its clause's end or the act named after it. */
function outcomeEnd(doc: Doc, from: number): number {
  const ce = clauseEnd(doc, from);
  for (let k = from + 1; k <= ce; k++) if (BY_ACT.test(w(doc, k))) return k - 1;
  return ce;
}

/**
 * "you got us relegated with that own goal, mate" → "we got relegated, and I'm really upset about
 * it, mate": what happened stays, said of who it happened to; the act goes.
 */
function gotSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  let obj = m.last - 1;
  if (/^(?:got|get|gotten)$/.test(w(doc, obj))) obj++;
  const o = w(doc, obj);
  const end = outcomeEnd(doc, obj);
  if (end <= obj) return [toSentenceEnd(doc, m.first, UPSET)];
  const subj = SUBJECT_OF[o];
  const rest = doc.text.slice((t[obj + 1] as Token).start, (t[end] as Token).end);
  const np = doc.text.slice((t[obj] as Token).start, (t[obj] as Token).end);
  // "you got us all into a mess" → "we all got into a mess" (not "we got all into…").
  const both = subj ? /^(all|both|each)\s+(?=\S)/i.exec(rest) : null;
  const text = subj
    ? both
      ? `${subj} ${(both[1] as string).toLowerCase()} got ${rest.slice(both[0].length)}, and I'm really upset about it`
      : `${subj} got ${rest}, and I'm really upset about it`
    : `${np} ${rest.replace(/^(\S+(?:\s+\S+){0,3}?)\s+(\S+ed)\b/, '$1 got $2')}, and I'm really upset about it`;
  if (!subj && !/ got /.test(text)) return [toSentenceEnd(doc, m.first, UPSET)];
  const ce = clauseEnd(doc, obj);
  return [
    { start: (t[m.first] as Token).start, end: (t[ce] as Token).end, text },
    toSentenceEnd(doc, m.first, UPSET),
  ];
}

/** "you've made me the office joke with that reply-all" → "I feel like the office joke, and it really hurts". */
function madeMeSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const det = m.last - 1;
  const end = outcomeEnd(doc, det);
  const what = doc.text.slice((t[det] as Token).start, (t[end] as Token).end).replace(/^into\s+/i, '');
  return [
    {
      start: (t[m.first] as Token).start,
      end: (t[clauseEnd(doc, det)] as Token).end,
      text: `I feel like ${what}, and it really hurts`,
    },
    toSentenceEnd(
      doc,
      m.first,
      "I felt really embarrassed by how that went, and I'd like us to talk about it.",
    ),
  ];
}

/** What the blame phrases share. */
const BLAME = { severity: 2, min: 'balanced', why: 'fault', category: 'blame' } as const;

/** A relative clause on "you" within four words: "the mess you left", "that film you let him watch". */
function youWithin(doc: Doc, from: number, n: number): number {
  for (let k = from; k < from + n; k++) {
    if (isClauseEnd(doc, k - 1) && k > from) return -1;
    if (/^(?:you|u|you've|youve|you'd)$/.test(w(doc, k))) return k;
  }
  return -1;
}

const LINK = 'because|cause|cuz|coz|bc|thanks|thx|down|due|owing';
const LINK_WORD = 'of|to';

const H32_BLAME: readonly PhraseRule[] = [
  {
    // "because of your sloppy handover", "thanks to your half-finished section", "down to your stunt".
    pattern: `${LINK} ${LINK_WORD} your|ur|what_you|how_you|everything_you|all_your`,
    rule: 'link-your',
    ...BLAME,
    guard: (doc, first, hit) =>
      linkHolds(doc, first, hit.end) &&
      !youElsewhere(doc, first) &&
      (lossNear(doc, first) ||
        (COSTLY.test(textOf(doc, sentenceOf(doc, first).first, sentenceOf(doc, first).last).toLowerCase()) &&
          balance(doc, first).praise === 0 &&
          cold(doc, first) &&
          !negatedBefore(doc, first, 2))),
    suggest: keepOutcome,
  },
  {
    // "because of the mess you left", "thanks to that horror film you let him watch".
    pattern: `${LINK} ${LINK_WORD} the|that|this|those|these|all_the|all_that|all_those|all_this`,
    rule: 'link-your',
    ...BLAME,
    guard: (doc, first, hit) => {
      if (!linkHolds(doc, first, hit.end)) return false;
      const you = youWithin(doc, hit.end, 4);
      return you > 0 && !youElsewhere(doc, first) && lossNear(doc, first);
    },
    suggest: keepOutcome,
  },
  {
    // "it's down to you", "that is down to you forgetting the tap" (not "down to you to pick").
    pattern: 'down to you|u',
    rule: 'link-your',
    ...BLAME,
    guard: (doc, first, hit) => w(doc, hit.end) !== 'to' && !youElsewhere(doc, first) && lossNear(doc, first),
    suggest: keepOutcome,
  },
  {
    // "that's on you", "it's all on your head", "the fine is on you, not me" (not "on you to decide").
    pattern:
      "that's|thats|it's|its|is|was|that_is|it_is|that_was|this_is all|entirely|totally|squarely? on you|u|your_head|ur_head|your_conscience",
    rule: 'on-you',
    ...BLAME,
    guard: (doc, first, hit) => {
      const next = w(doc, hit.end);
      // "that's on you for not checking": the charge with what they failed to do.
      if (
        next === 'for' &&
        w(doc, hit.end + 1) === 'not' &&
        /^(?:that's|thats|it's|its)$/.test(w(doc, first))
      )
        return !youElsewhere(doc, first) && cold(doc, first);
      if (/^(?:to|tonight|today|this|next|now|for|again)$/.test(next)) return false;
      // "the burden is on you", "the choice is on you": a task or a choice handed over, not a loss.
      for (let k = Math.max(sentenceOf(doc, first).first, first - 4); k < first; k++)
        if (HANDED.has(w(doc, k))) return false;
      if (next === 'not' && /^(?:me|mine|us)$/.test(w(doc, hit.end + 1)) && cold(doc, first)) return true;
      // "this whole mess is on you" at the sentence's start is fault.ts's; here the charge follows
      // what happened ("the launch is late and that's on your head") or names it ("on you that…").
      const s = sentenceOf(doc, first);
      const after =
        next === 'that' || (first > s.first && /^(?:and|so|but|then)$|,$/.test(w(doc, first - 1)));
      const joined =
        after || (first > s.first && isClauseEnd(doc, first - 1)) || /^(?:if|when)$/.test(w(doc, s.first));
      return joined && !youElsewhere(doc, first) && lossNear(doc, first) && ownLoss(doc, first);
    },
    suggest: keepOutcome,
  },
  {
    // "that's entirely your doing", "the mess is all your own doing".
    pattern: 'your|ur own? doing',
    rule: 'on-you',
    ...BLAME,
    guard: (doc, first) => lossNear(doc, first) && ownLoss(doc, first),
    suggest: keepOutcome,
  },
  {
    // "you got us relegated", "you got the whole team removed with your meltdown".
    pattern:
      "you|u|you've|youve|you_have got|get|gotten me|us|him|her|them|everyone|everybody|the|our|my|all_of_us",
    rule: 'got-us',
    ...BLAME,
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      for (let k = hit.end - 1; k < s.last && k < hit.end + 4; k++) {
        const x = w(doc, k);
        if (k >= hit.end && isClauseEnd(doc, k - 1)) break;
        if (LOSS.has(x) || (/ed$/.test(x) && isComplaint(x)) || x === 'thrown' || x === 'caught') {
          const b = balance(doc, first);
          return b.praise <= b.loss && cold(doc, first) && !negatedBefore(doc, first, 2);
        }
      }
      return false;
    },
    suggest: gotSuggest,
  },
  {
    // "you've made me the office joke", "you made me the bad guy in front of my parents".
    pattern: "you|u|you've|youve|you_have made|make|turned me|us the|a|an|into_the|into_a",
    rule: 'made-me-the',
    ...BLAME,
    guard: (doc, first, hit) => {
      for (let k = hit.end; k < hit.end + 3; k++) {
        const x = w(doc, k);
        if (isClauseEnd(doc, k - 1)) return false;
        if (
          ROLE.has(x) ||
          (x === 'laughing' && w(doc, k + 1) === 'stock') ||
          (x === 'bad' && /^(?:guy|one|person|cop)$/.test(w(doc, k + 1)))
        )
          return cold(doc, first) && !negatedBefore(doc, first, 2);
        if (valence(x) > 0) return false;
      }
      return false;
    },
    suggest: madeMeSuggest,
  },
  {
    // "I hold you responsible", "I'll hold your company personally accountable".
    pattern: 'hold|holding you|u|your|ur @ANY? @ANY? personally|fully? responsible|accountable|liable',
    triggers: ['hold', 'holding'],
    rule: 'hold-you',
    ...BLAME,
    guard: (doc, first) =>
      /^(?:i|we|i'll|ill|we'll|i'm|im|we're|will|am|are)$/.test(w(doc, first - 1)) && cold(doc, first),
    suggest: sayInstead("This really matters to me, and I'm counting on you to put it right."),
  },
  {
    // "we got evicted and you're the one to blame".
    pattern:
      "you're|youre|you_are|ur|you_were the_one|the_only_one|the_person|the_only_person|solely|alone to blame",
    rule: 'one-to-blame',
    ...BLAME,
    guard: (doc, first) => cold(doc, first) && !negatedBefore(doc, first, 3),
    suggest: keepOutcome,
  },
];

/** What makes thanks sincere: laughter, love, help, an apology, an exclamation, a warm emoji. */
const SINCERE =
  /\b(?:lol|lmao|haha\w*|love|xx+|appreciate\w*|help\w*|sorry|sweet|kind)\b|!|[\u2764\u{1F601}-\u{1F60D}\u{1F618}\u{1F602}\u{1F923}\u{1F970}\u{1F64F}]/iu;

/**
 * The words in the two sentences before token `first` (and its own, up to it) tell of a loss or a
 * complaint ("missed", "late", "had to"), and nothing in them is praise.
 */
function lossBefore(doc: Doc, first: number): boolean {
  const si = (doc.tokens[first] as Token).sent;
  const from = (doc.sentences[Math.max(0, si - 2)] as { first: number }).first;
  let loss = false;
  // -1 once a fault of theirs is denied ("never complain"); the end of a concession after it.
  let deny = -2;
  let negd = -2;
  for (let k = Math.max(from, first - 40); k < first; k++) {
    const x = w(doc, k);
    // "You never complain, even when the shift is brutal": a fault denied, then a hardship conceded.
    if (x === 'even' && deny === -1 && /^(?:when|if|though)$/.test(w(doc, k + 1))) deny = k + 8;
    const v = valence(x);
    if (v > 0 && !/^(?:thanks|thx|cheers)$/.test(x)) return false;
    // "I lost my keys but you found them": the turn after the loss is a rescue.
    if (
      /^(?:but|luckily|thankfully|fortunately|though|until)$/.test(x) ||
      (/^(?:so|and)$/.test(x) && /^(?:you|u)$/.test(w(doc, k + 1)))
    )
      loss = false;
    // A negation reaches through "make me feel like a": "you never make me feel like a burden".
    if (/^(?:not|never|no)$|n't$/.test(w(doc, k - 1)) || k - 1 === negd) {
      if (/^(?:make|me|feel|like|an?)$/.test(x)) negd = k;
      if (v < 0 && deny < -1) deny = -1;
      continue;
    }
    if (k <= deny) continue;
    if (LOSS.has(x) || isComplaint(x) || v < 0 || (x === 'to' && /^(?:had|have)$/.test(w(doc, k - 1))))
      loss = true;
  }
  return loss;
}

/** "a stressed SOMEONE", said with capitals or stars. */
function stressedSomeone(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (/^SOME(?:ONE|BODY)$/.test(t.raw)) {
    const s = sentenceOf(doc, i);
    // Not a sentence all in capitals: the stress stands out against lower case.
    return /[a-z]/.test(doc.text.slice(s.start, s.end));
  }
  return doc.text[t.start - 1] === '*' && doc.text[t.end] === '*';
}

/** What "SOMEONE" did, said by the verb after it: "left", "forgot", "couldn't find". */
const DID =
  /(?:ed|n't|nt)$|^(?:left|ate|took|broke|forgot|drank|gave|threw|lost|spent|put|kept|keeps|thought|never|always|still|can't|cant|won't|wont|let)$/;

const H19_BLAME: readonly PhraseRule[] = [
  // "missed the bus because you took ages. thanks for that", "had to cancel my weekend. cheers for that".
  ...[
    'thanks|thank_you|cheers|thx|ta for that|this',
    'thanks|cheers|thx a_lot|a_bunch|a_million',
    // "grounded for a month. seriously thanks": the bare thanks, said with a sneer before it.
    'seriously|gee thanks|thx|cheers',
  ].map((pattern) => ({
    pattern,
    triggers: ['thanks', 'thank', 'cheers', 'thx', 'ta'],
    rule: 'sour-thanks',
    ...BLAME,
    guard: (doc: Doc, first: number, hit: { end: number }) => {
      const s = sentenceOf(doc, first);
      const k = first > s.first && /^(?:so|and|well|yeah|oh)$/.test(w(doc, first - 1)) ? first - 1 : first;
      return (
        first > 0 &&
        (k === s.first || isClauseEnd(doc, k - 1)) &&
        closesClause(doc, hit.end, s) &&
        !SINCERE.test(doc.text.slice(s.start, Math.min(doc.text.length, s.end + 40))) &&
        !SINCERE.test(doc.text.slice(Math.max(0, s.start - 200), s.start)) &&
        lossBefore(doc, first)
      );
    },
    // "…, so thanks for that" goes; a sentence of its own says the feeling instead.
    suggest: (doc: Doc, m: Match) =>
      m.first > sentenceOf(doc, m.first).first
        ? [
            removeTokens(
              doc,
              /^(?:so|and|well|yeah|oh)$/.test(w(doc, m.first - 1)) ? m.first - 1 : m.first,
              m.last,
              'Leave it out',
            ),
          ]
        : [toSentenceEnd(doc, m.first, "I'm really frustrated about this.")],
  })),
  {
    // "we're late because SOMEONE couldn't find their keys", "SOMEONE left the gate open again".
    pattern: 'someone|somebody',
    rule: 'someone',
    ...BLAME,
    // `stressedSomeone`: the word in capitals or between asterisks.
    pre: (text) => /SOME(?:ONE|BODY)|\*/.test(text),
    guard: (doc, first) => {
      if (!stressedSomeone(doc, first) || !DID.test(w(doc, first + 1))) return false;
      const s = sentenceOf(doc, first);
      if (/^(?:because|bc|cos|coz|cuz|since|cause)$/.test(w(doc, first - 1)))
        return lossNear(doc, first) || balance(doc, first).praise === 0;
      const b = balance(doc, first);
      let again = false;
      for (let k = first + 1; k < s.last && k < first + 12; k++)
        if (/^(?:again|still|all|every|last)$/.test(w(doc, k))) again = true;
      return (b.loss > 0 || again) && b.praise === 0 && !SINCERE.test(doc.text.slice(s.start, s.end + 8));
    },
    // The stress goes: "SOMEONE" and "*someone*" become a plain "someone".
    suggest: (doc, m) => {
      const t = doc.tokens[m.first] as Token;
      const star = doc.text[t.start - 1] === '*' ? 1 : 0;
      return [{ start: t.start - star, end: t.end + star, text: 'someone' }];
    },
  },
];

/** A link that reads as one: "due to" and "owing to" only after a loss; "down to" not "down to earth". */
function linkHolds(doc: Doc, first: number, end: number): boolean {
  const a = w(doc, first);
  if (a === 'down' && /^(?:earth|the_wire)$/.test(w(doc, end))) return false;
  return end > first;
}

// -- Withdrawal ---------------------------------------------------------------------------------

const LAWYER = 'lawyer|lawyers|solicitor|solicitors|attorney|attorneys|barrister|legal_team';
/**
 * The condition opens its sentence as an order or a count ("touch my stuff again and…", "one more
 * lie and…"), not a story or a countdown, and what follows "and" takes something away: "someone
 * else", "find a new…", "an empty…", "forget about…", "see what happens / where it gets you".
 */
function repeatThenLoss(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  return (
    !/^(?:i|we|you|u|he|she|they|it|if|when|so|then|and|but|my|the|this|that|just|try|said|say)$/.test(
      w(doc, s.first),
    ) &&
    !isPastForm(w(doc, hit.end + 1)) &&
    lossAfter(doc, s, hit.end) &&
    cold(doc, first) &&
    balance(doc, first).praise === 0 &&
    !outing(doc, s)
  );
}

/** What a repeat leads to: "see where it gets you", "someone else", "an empty…", "forget about…". */
const THEN_LOSS =
  /\bsee (?:what happens|where (?:that|this|it) gets|how (?:much|long))\b|\b(?:some(?:one|where|body) else|find(?:ing)? a new|empty|forget about)\b/g;
/** Per sentence: where `THEN_LOSS` last starts in its lower-cased words (-1 nowhere, -2 unread). */
const LOSS_AT = new WeakMap<Sentence, number>();

/**
 * `THEN_LOSS` in the sentence's words from token `from` on, lower-cased. Each sentence is read once
 * (where its last match starts), not once per hit: a run-on "keep it up and see where that gets
 * you, keep it up and…" read the rest of its sentence at every "and" (100,000 characters: 31–51 ms).
 * Read as before where the words change length when lower-cased or token `from` follows no space
 * (the rest's `\b` at its start may then not be the sentence's).
 */
export function lossAfter(doc: Doc, s: Sentence, from: number): boolean {
  const t = doc.tokens;
  if (from >= Math.min(s.last, t.length)) return false;
  let q = LOSS_AT.get(s);
  if (q === undefined) {
    const words = textOf(doc, s.first, s.last);
    const lower = words.toLowerCase();
    q = lower.length === words.length ? -1 : -2;
    for (let k = 0; q > -2; ) {
      THEN_LOSS.lastIndex = k;
      const m = THEN_LOSS.exec(lower);
      if (!m) break;
      q = m.index;
      k = q + 1;
    }
    LOSS_AT.set(s, q);
  }
  const at = (t[from] as Token).start;
  // A hit before the sentence's first word (a quotation ahead of it) is read from the hit, as before.
  if (from >= s.first) {
    if (q >= at - (t[s.first] as Token).start) return true;
    if (q > -2 && /\s/.test(doc.text[at - 1] as string)) return false;
  }
  THEN_LOSS.lastIndex = 0;
  return THEN_LOSS.test(textOf(doc, from, s.last).toLowerCase());
}

/** A trip or an outing in sentence `s` (`OUTING`), read once per sentence. */
const OUTS = new WeakMap<Sentence, boolean>();
export function outing(doc: Doc, s: Sentence): boolean {
  let o = OUTS.get(s);
  if (o === undefined) {
    o = OUTING.test(doc.text.slice(s.start, s.end));
    OUTS.set(s, o);
  }
  return o;
}

const DOOR = { severity: 2, min: 'balanced', why: 'withdraw', category: 'withdrawal' } as const;
const HURT_SPACE = 'I need some space before we talk about this.';
const MATTERS = 'This really matters to me, and I need things to change.';
const TIME_APART = "I'm really hurt, and I need some time apart to think.";

/** Trips and outings: "I'm packing my bags for Spain", "taking the kids to the zoo". */
const OUTING =
  /\b(?:holiday|holidays|trip|flight|vacation|camping|beach|park|zoo|cinema|pool|school|party|weekend away|festival|airport|spain|france|tomorrow|concert|game|match|movie|movies|swim|swimming|lesson|lessons|dentist|doctor)\b|\bsee (?:you|u|ya)(?: all)? (?:in(?! court)|next|soon|on|at|there)\b|\bxo+\b|\u{1F60A}|\u{2708}/iu;

/**
 * "I'm taking the kids to my mum's and not coming back" → "I'm taking the kids to my mum's for a
 * few days. I'm really hurt, and I need some time apart to think.": the plan stays, the door goes.
 */
function forAWhile(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let from = m.first;
  while (from > s.first + 1 && /^(?:and|&|i|i'm|im|i'll|ill)$/.test(w(doc, from - 1))) from--;
  if (from <= s.first + 1) return [toSentenceEnd(doc, s.first, TIME_APART)];
  const prev = t[from - 1] as Token;
  const end = (t[s.last - 1] as Token).end;
  return [{ start: prev.end, end, text: `. ${TIME_APART.replace(/\.$/, '')}` }];
}

/**
 * "read my diary again and I'm changing the locks" → "Please don't read my diary again. It really
 * hurts, and I need it to stop.": the request stays, the threat goes.
 */
function pleaseDont(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const lead = w(doc, s.first);
  if (
    m.first > s.first + 1 &&
    w(doc, m.first - 1) === 'again' &&
    /^[a-z]+$/.test(lead) &&
    !/^(?:if|one|you|u|i|we|when|once|another)$/.test(lead)
  ) {
    const cond = doc.text.slice((t[s.first] as Token).start, (t[m.first - 1] as Token).end);
    return [
      {
        start: (t[s.first] as Token).start,
        end: (t[s.last - 1] as Token).end,
        text: `Please don't ${cond.charAt(0).toLowerCase()}${cond.slice(1)}. It really hurts, and I need it to stop`,
      },
    ];
  }
  return [toSentenceEnd(doc, s.first, MATTERS)];
}

/** What a threat after "or" / "if you don't" does: telling, reporting, coming over, leaving. */
const THREAT_DO =
  'gonna|getting|get|telling|tell|reporting|report|quit|quitting|screenshotting|screenshot|posting|post|escalating|escalate|calling|call|coming|come|leaving|leave|walking|blocking|block|suing|sue|firing|fire|changing|change|done|going|go|taking|take|hire|hiring|start|starting|pull|pulling|dispute|disputing|cancel|cancelling|terminate|evict|bill|billing|toss|tossing|out|stop|stopping|make|making|moving|move|kick|kicking|unfriend|unfriending|ban|banning|remove|removing';

const THREAT_VERB = new RegExp(`^(?:${THREAT_DO})$`);

/** Whom a threat brings in, after "the / your / my": "the police", "your manager", "my lawyer". */
function authority(doc: Doc, i: number): boolean {
  return /^(?:police|cops|lawyer|boss|manager|mom|mum|dad|mother|father|parents|teacher|wife|husband|landlord|hr|mods|admins|security|court|management|review|local|press|principal|council)$/.test(
    w(doc, /^(?:the|your|ur|my|every)$/.test(w(doc, i)) ? i + 1 : i),
  );
}

/** Whom or what the threat after "or" reaches: "telling everyone", "calling the police", "coming over". */
function threatHolds(doc: Doc, first: number, verb: number): boolean {
  const v = w(doc, verb);
  const a = w(doc, verb + 1);
  const b = w(doc, verb + 2);
  // Not "leaving you on read".
  if (/^(?:leaving|leave|walking|done|quit|quitting)$/.test(v))
    return !/^(?:without|for|early)$/.test(a) && b !== 'on';
  if (/^(?:tell|telling)$/.test(v)) return /^(?:everyone|everybody|your|ur|mom|mum|dad|on|the|all)$/.test(a);
  if (/^mov/.test(v)) return a === 'out';
  if (
    /^(?:reporting|report|blocking|block|suing|sue|firing|fire|screenshot\w*|post|posting|kick\w*|unfriend\w*|ban\w*|remov\w*)$/.test(
      v,
    )
  )
    return /^(?:you|u|your|ur|this|it|them|him|her|all|everything)$/.test(a) && b !== 'a';
  if (/^(?:escalating|escalate)$/.test(v)) return true;
  if (/^(?:calling|call)$/.test(v)) return authority(doc, verb + 1);
  if (/^(?:coming|come)$/.test(v))
    return /^(?:over|round|around|there|down)$/.test(a) && !/^(?:for|to)$/.test(b);
  if (v === 'gonna') return a !== 'gonna' && THREAT_VERB.test(a) && threatHolds(doc, first, verb + 1);
  // "I'm going to tell everyone": the threat is the verb after "going to"; "I'm going to your boss".
  if (v === 'going' && a === 'to' && THREAT_VERB.test(b) && b !== 'going')
    return threatHolds(doc, first, verb + 2);
  // "I'm going (straight) to HR".
  if (/^(?:going|go)$/.test(v))
    return a === 'straight' ? b === 'to' && authority(doc, verb + 3) : a === 'to' && authority(doc, verb + 2);
  // "I'll get your account banned", "… get you kicked".
  if (/^get/.test(v))
    return (
      /^(?:you|u|your|ur)$/.test(a) &&
      /^(?:\S+ ){0,2}(?:bann|kick|fir|nuk|remov|delet|suspend|block|sack|evict)/.test(
        textOf(doc, verb + 2, verb + 5).toLowerCase(),
      )
    );
  // "I'm taking this further", "… it to court" (not "… it to the garage"), "I'm taking your name off the card".
  if (/^(?:taking|take)$/.test(v))
    return (
      /^(?:your|ur)$/.test(a) ||
      (a === 'my' && /^(?:business|custom|account)$/.test(b)) ||
      (/^(?:this|it|you|u)$/.test(a) &&
        (/^(?:further|higher)$/.test(b) || (b === 'to' && authority(doc, verb + 3))))
    );
  // Business ones: "or I hire someone else", "… start eviction proceedings", "… pull the project",
  // "… dispute your invoice", "… billing you", "… tossing them".
  if (/^(?:hir|start)/.test(v)) return /^(?:someone|somebody|another|eviction|legal|proceedings)$/.test(a);
  if (/^(?:evict|bill|toss)/.test(v)) return /^(?:you|u|them|it|everything)$/.test(a);
  if (/^(?:pull|disput|cancel|terminat)/.test(v))
    return (
      /^(?:and|)$/.test(a) ||
      (/^(?:the|this|your|ur|our|my)$/.test(a) &&
        /^(?:contract|invoice|project|account|deal|lease|job|charge)$/.test(b))
    );
  // ultim41: "…or I'm out (the door)", "…I stop waiting", "…I'll make sure everyone knows", "…I'll make
  // your life hell", "…I'm changing every password".
  if (v === 'out') return /^(?:the|of|)$/.test(a);
  if (/^stop/.test(v)) return /^(?:waiting|paying|covering|helping|answering|lending)$/.test(a);
  if (/^mak/.test(v))
    return (
      (a === 'sure' && /^(?:everyone|everybody|people|the|your|ur|you|u|they|all)$/.test(b)) ||
      (/^(?:your|ur)$/.test(a) && b === 'life')
    );
  return /^(?:the|every|all|my)$/.test(a) && /^(?:locks|passwords?|codes?|wifi|pin)$/.test(b);
}

/**
 * What comes before a threat: "or (else)" after an order or a demand ("pay me back by Friday or…"),
 * or an "if you don't" / "unless you" clause opening the sentence; the sentence cold.
 */
function threatLead(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  let k = first - 1;
  if (w(doc, k) === 'else') k--;
  if (w(doc, k) === 'or') return orLead(doc, k);
  const lead = w(doc, s.first);
  const text = textOf(doc, s.first, first).toLowerCase();
  // "You have 24 hrs. After that I pull the project.", "you've got till friday. after that…".
  if (w(doc, k) === 'that' && w(doc, k - 1) === 'after')
    return (
      /\b(?:you have|you'?ve got|till|until)\b/i.test(doc.text.slice(0, (doc.tokens[k] as Token).start)) &&
      cold(doc, first)
    );
  // "keep texting me and I'm calling the police", "if you keep doing this, I'm telling mum": a habit
  // told to stop by what comes if it goes on.
  if (/^(?:if (?:you|u) )?keep (?:on )?[a-z]+ing\b/.test(text) && (w(doc, k) === 'and' || lead === 'if'))
    return cold(doc, first) && balance(doc, first).praise === 0;
  // "say that again and I'll report you", "if this happens again I'm quitting", "if you're late one
  // more time you're off the team": their act once more, as an order, a count or an "if" about them.
  if (
    onceMore(text) &&
    !/\b(?:need|want|wanna|fancy)\b/.test(text) &&
    (lead === 'if'
      ? /\b(?:you|u|your|ur|this|that|one more)\b/.test(text)
      : w(doc, k) === 'and' && !/^(?:i|we|he|she|they|it|my|the|so|then|but|when)$/.test(lead))
  )
    return cold(doc, first) && balance(doc, first).praise === 0;
  // ultim41: "next time you read my messages, I'm changing every password", "next game you throw, I'm
  // reporting you" (not a visit: "next time you're over, I'm taking you out").
  if (
    /^(?:the )?next (?:\S+ ){1,2}(?:you|u) (?!(?:are|come (?!home)|visit|stop|drop|pass|fly|head|get|can|want|need)\b|\S+'re\b)/.test(
      text,
    ) &&
    isClauseEnd(doc, k)
  )
    return cold(doc, first) && balance(doc, first).praise === 0;
  // "if you don't mind, I'm coming over": politeness, not a condition.
  if (/\bmind\b/.test(text)) return false;
  if (trailing(doc, first)) return cold(doc, first) && balance(doc, first).praise === 0;
  if (lead === 'unless') return /\b(?:you|u)\b/.test(text) && cold(doc, first);
  return (
    lead === 'if' &&
    /^if (?:(?:you|u) (?:don'?t|do not|dont|won'?t|wont|can'?t|cant|haven'?t|havent|aren'?t|stop)|i (?:see|get|hear) (?:one more|another|any more)|(?:the|my|that|this|your|ur|it|they) (?:\S+ ){0,5}?(?:isn'?t|aren'?t|hasn'?t|haven'?t|is not|are not)\b(?: \S+){0,6}? (?:by|before|until|till)\b)/.test(
      text,
    ) &&
    cold(doc, first) &&
    balance(doc, first).praise === 0
  );
}

/**
 * ultim42: the threat before its condition, in its sentence: "I'll block you if you text me again", "I'm
 * reporting you if the noise doesn't stop", "…unless you pay" (not "…if you don't mind / need me"):
 * the token of "if" / "unless", else 0.
 */
function trailing(doc: Doc, first: number): number {
  const s = sentenceOf(doc, first);
  for (let k = first + 1; k < s.last && k < first + 9; k++)
    if (/^(?:if|unless)$/.test(w(doc, k))) {
      const t = textOf(doc, k, s.last).toLowerCase();
      return (/^if (?:you|u|i see|i hear|anyone)\b/.test(t) && onceMore(t)) ||
        /^unless (?:you|u)\b|^if (?:(?:you|u) (?:guys )?(?:don'?t|do not|won'?t|keep)\b(?! (?:mind|need|want|wanna|care|like|feel|have|hear|see)\b)|.*\bdo(?:es)?n'?t stop\b)/.test(
          t,
        )
        ? k
        : 0;
    }
  return 0;
}

/** Their act once more: "again", "any more of this", "keep it up", "one more lie" (not a countdown: "one more week"). */
const ONCE_MORE =
  /\bagain\b|\bany more of (?:this|that|your)\b|\bkeep (?:it|this|that) up\b|\bone more ([a-z]+)/i;

function onceMore(text: string): boolean {
  const o = ONCE_MORE.exec(text);
  return !!o && !COUNTDOWN_UNITS.has((o[1] ?? '').toLowerCase());
}

/** The clause before "or" (token `k`) is an order or a demand, not "I'll…" or "either we…"; all cold. */
function orLead(doc: Doc, k: number): boolean {
  const s = sentenceOf(doc, k);
  let c = k - 1;
  while (c > s.first && !isClauseEnd(doc, c - 1)) c--;
  if (c >= k || c < s.first) return false;
  const lead = w(doc, c);
  if (
    // "either you call him or…" is a demand; "either we…", "either way…" are not.
    (lead === 'either' && !/^(?:you|u|someone|somebody|the|your|ur)$/.test(w(doc, c + 1))) ||
    /^(?:i|i'll|ill|i'm|im|we|we'll|we're|maybe|whether|could|can|should|might|shall|would|does|is|are|will|it's|its|there|there's)$/.test(
      lead,
    ) ||
    (lead === 'do' && /^(?:you|u|we|they|i)$/.test(w(doc, c + 1)))
  )
    return false;
  return cold(doc, k) && balance(doc, k).praise < 3;
}

/**
 * "pay me back by Friday or I'm telling everyone" → "pay me back by Friday, please. This really
 * matters to me.": the demand before "or" stays, asked; the threat goes. Otherwise the sentence.
 */
function keepDemand(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let or = m.first - 1;
  if (w(doc, or) === 'else') or--;
  if (w(doc, m.first) === 'or') or = m.first;
  if (w(doc, or) === 'or' && or > s.first && w(doc, s.first) !== 'either') {
    const ce = clauseEnd(doc, Math.max(or, m.last - 1));
    const low = /^[a-z]/.test((t[s.first] as Token).raw);
    const text = `, please. ${low ? 'this' : 'This'} really matters to me`;
    return [
      { start: (t[or - 1] as Token).end, end: (t[ce] as Token).end, text },
      toSentenceEnd(doc, s.first, MATTERS),
    ];
  }
  // "keep texting me and I'm calling the police" -> "please stop texting me. This really matters to me."
  if (w(doc, s.first) === 'keep' && w(doc, m.first - 1) === 'and' && m.first - 1 > s.first + 1) {
    const ce = clauseEnd(doc, m.last - 1);
    const low = doc.style.lower;
    const habit = textOf(doc, s.first + 1, m.first - 1).replace(/^on\s+|\s+up$/gi, '');
    const text = `${low ? 'please' : 'Please'} stop ${habit}. ${low ? 'this' : 'This'} really matters to me`;
    return [
      { start: (t[s.first] as Token).start, end: (t[ce] as Token).end, text },
      toSentenceEnd(doc, s.first, MATTERS),
    ];
  }
  // ultim41: "next time you read my messages, I'm changing every password" → "Please don't read my
  // messages again. This really matters to me."
  if (/^next time (?:you|u)$/i.test(textOf(doc, s.first, s.first + 3)) && m.first > s.first + 3)
    return [
      toSentenceEnd(
        doc,
        s.first,
        `Please don't ${textOf(doc, s.first + 3, m.first).replace(/[,\s]+$/, '')} again. This really matters to me.`,
      ),
    ];
  // ultim42: the condition after the threat said as the need: "I'll block you if you text me again" →
  // "Please don't text me again. …", "…unless you pay up" → "I need you to pay up. …", "…if you keep
  // spamming" → "Please stop spamming. …", "…if the noise doesn't stop" → "I need the noise to stop. …".
  const k = trailing(doc, m.first);
  const c = textOf(doc, k + 1, s.last);
  const y =
    /^(?:you|u)(?: guys)? (?:(don'?t|do not|won'?t) |(keep) )?(.+?)(?: (?:again|one more time|once more))?$/i.exec(
      c,
    );
  const st = /^(.+) do(?:es)?n'?t stop$/i.exec(c);
  if (k && (y || st)) {
    const need = st
      ? `I need ${st[1]} to stop`
      : y?.[2]
        ? /^(?:it|this|that) up$/i.test(y[3] as string)
          ? 'I need this to stop'
          : `Please stop ${y[3]}`
        : y?.[1] || w(doc, k) === 'unless'
          ? `I need you to ${y?.[3]}`
          : `Please don't ${y?.[3]} again`;
    return [toSentenceEnd(doc, s.first, `${need}. This really matters to me.`)];
  }
  // "if this happens again I'm leaving" → "I'd feel really hurt if this happens. Can we talk about it?"
  // (as the withdrawal family says it, so that the two offers are one).
  if (w(doc, s.first) === 'if' && m.first > s.first + 2)
    return [
      toSentenceEnd(
        doc,
        s.first,
        `I'd feel really hurt if ${textOf(doc, s.first + 1, m.first)
          .replace(/[,\s]+$/, '')
          .replace(/\s+(?:then|again)$/i, '')}. Can we talk about it?`,
      ),
    ];
  return [toSentenceEnd(doc, s.first, MATTERS)];
}

/** Who one can be replaced by: "find another drummer / bridesmaid / coach". */
const ROLE_NOUN = /(?:er|or|ist|man|woman|maid|friend|partner|wife|husband|sitter|mate)$/;
const PERSON: ReadonlySet<string> = wordSet(
  'coach nanny chauffeur roommate flatmate player sub guy girl mug sucker doormat taxi chef cook tutor',
);

/** "talk to my lawyer", "you'll hear from my solicitor", "any contact goes through my lawyer". */
const H32_DOOR: readonly PhraseRule[] = [
  {
    pattern: `talk_to|speak_to|speaking_to|talking_to|talk_with|speak_with|hear_from|hearing_from|deal_with|dealing_with|through|via|contact my|our ${LAWYER}`,
    rule: 'lawyer',
    ...DOOR,
    guard: (doc, first) =>
      cold(doc, first) &&
      !/\b(?:says|said|sent|thinks|reckons|told|called|found)\b/i.test(around(doc, first)),
    suggest: sayInstead(HURT_SPACE),
  },
  {
    // "I'm taking you to court", "see you in court".
    pattern: 'taking|take|drag|dragging you|u to court',
    rule: 'lawyer',
    ...DOOR,
    guard: (doc, first) => cold(doc, first),
    suggest: (doc, m) => [
      toSentenceEnd(
        doc,
        sentenceOf(doc, m.first).first,
        "I'm really upset about this, and I need it sorted.",
      ),
    ],
  },
  {
    // "… and not coming back", "I'm taking the kids to my mum's for good".
    pattern: 'not|never coming|going back|home',
    triggers: ['coming', 'going'],
    rule: 'leaving',
    ...DOOR,
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      if (!isClauseEnd(doc, hit.end - 1)) return false;
      let me = false;
      for (let k = s.first; k < first; k++) if (/^(?:i'm|im|i|i'll|ill)$/.test(w(doc, k))) me = true;
      return me && cold(doc, first) && !outing(doc, s);
    },
    suggest: forAWhile,
  },
  {
    // "I'm leaving the choir and I won't be back".
    pattern: "won't|wont|will_not|will_never be|come back",
    triggers: ['back'],
    rule: 'leaving',
    ...DOOR,
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      if (!isClauseEnd(doc, hit.end - 1)) return false;
      let leaving = false;
      for (let k = s.first; k < first; k++)
        if (/^(?:leaving|quit|quitting|moving|going|gone|done)$/.test(w(doc, k))) leaving = true;
      return leaving && cold(doc, first) && !outing(doc, s);
    },
    suggest: forAWhile,
  },
  {
    // "I'll pack my stuff tonight", "I'm packing my bags".
    pattern: 'pack|packing my|our stuff|things|bags|bag|shit|suitcase|boxes',
    rule: 'leaving',
    ...DOOR,
    guard: (doc, first, hit) => {
      if (!/^(?:i'll|ill|i'm|im|i|gonna|will|am)$/.test(w(doc, first - 1))) return false;
      const s = sentenceOf(doc, first);
      if (/^(?:for|so|and_go|because)$/.test(w(doc, hit.end))) return false;
      return (
        cold(doc, first) && !OUTING.test(around(doc, first)) && !doc.text.slice(s.start, s.end).includes('?')
      );
    },
    suggest: sayInstead(TIME_APART),
  },
  {
    // "find another drummer", "find yourself a new bridesmaid" (not "find another seat").
    pattern: 'find|get yourself|urself? another|a_new|someone_else|somebody_else',
    rule: 'find-another',
    ...DOOR,
    guard: (doc, first, hit) => {
      const last = w(doc, hit.end - 1);
      let role = /^some(?:one|body)_?else$|else$/.test(last);
      const noun = w(doc, hit.end);
      if (
        !role &&
        (ROLE_NOUN.test(noun) || PERSON.has(noun) || /^(?:group|team|squad|crew|band)$/.test(noun))
      )
        role = true;
      if (!role) return false;
      const s = sentenceOf(doc, first);
      if (/\b(?:if|when|until)\b/i.test(doc.text.slice(s.start, s.end))) return false;
      // A door shut: said with quitting or leaving near, or with a loss.
      const near = around(doc, first);
      const quits =
        /\b(?:i quit|i'?m (?:done|out|leaving|quitting|finished)|i'?m not doing|leaving the|not doing this)\b/i.test(
          near,
        );
      // ultim42: or after their act once more ("ditch us one more time and find yourself another group").
      return (
        (quits || (w(doc, first - 1) === 'and' && onceMore(textOf(doc, s.first, first)))) &&
        (isImperative(doc, first) || w(doc, first - 1) === 'and') &&
        cold(doc, first)
      );
    },
    // ultim42: "ditch us one more time and find yourself another group" → "Please don't ditch us again. …".
    suggest: (doc, m) => {
      const s = sentenceOf(doc, m.first);
      const c = textOf(doc, s.first, m.first - 1)
        .replace(/\s+(?:again|one more time|once more)$/i, '')
        .replace(/^\w/, (c) => c.toLowerCase());
      const o = c.replace(/\bone more\b/i, 'another');
      return w(doc, m.first - 1) === 'and'
        ? [
            toSentenceEnd(
              doc,
              s.first,
              `Please don't ${o}${o === c ? ' again' : ''}. It really matters to me.`,
            ),
          ]
        : sayInstead("I'm not able to keep doing this, and I need us to talk about it.")(doc, m);
    },
  },
  {
    // "either she goes or I do", "it's me or the dog".
    pattern: 'or i|me|you do|go|leave|will|walk|quit',
    rule: 'ultimatum',
    ...DOOR,
    why: 'ultimatum',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      if (!isClauseEnd(doc, hit.end - 1)) return false;
      const before = doc.text.slice(s.start, (doc.tokens[first] as Token).start).toLowerCase();
      return /\beither\b|\bit'?s (?:him|her|them|the|that|this)\b/.test(before) && cold(doc, first);
    },
    suggest: sayInstead(MATTERS),
  },
  {
    // "read my diary again and I'm changing the locks", "one more payment missed and I'm calling the police".
    pattern:
      "and i'm|im|i_am|i'll|ill|we're|i walk|quit|changing_the_locks|calling_the_police|calling_the_cops|moving_out|filing|reporting_you|taking_you_to_court|telling_everyone|done|out|leaving|off|breaking_up|selling",
    rule: 'ultimatum',
    ...DOOR,
    why: 'ultimatum',
    guard: (doc, first) => {
      const s = sentenceOf(doc, first);
      // "any more of this and…", "one more lie and…" (not a countdown: "two more exams and I'm done").
      if (!onceMore(textOf(doc, s.first, first)) || !cold(doc, first)) return false;
      const b = balance(doc, first);
      return b.praise === 0 && !outing(doc, s);
    },
    suggest: pleaseDont,
  },
  {
    // Round cross29, by construction: a repeat of their act, then a loss for them. "touch my stuff
    // again and you'll be paying rent to someone else", "one more lie and you'll come home to an
    // empty flat", "carry on like this and see where it gets you". Not a story ("I called again and
    // you laughed"), a countdown ("one more game and I'm off to bed"), praise, a plan or a question.
    pattern: 'again|once_more|one_more_time|it_up|this_up|like_this and',
    rule: 'ultimatum',
    ...DOOR,
    why: 'ultimatum',
    guard: repeatThenLoss,
    suggest: (doc, m) => pleaseDont(doc, { ...m, first: m.last - 1 }),
  },
  // Round crossc31: a loss for them while they keep on: "keep talking to me like that and you'll never
  // see the kids again", "if you keep skipping training you can forget about starting", "keep
  // complaining and see how fast your lease doesn't get renewed".
  ...["you'll|youll|you_will|ull never see|get", 'you|u can forget|kiss', 'see how fast|quickly'].map(
    (pattern) => ({
      pattern,
      rule: 'ultimatum',
      ...DOOR,
      why: 'ultimatum' as const,
      guard: (doc: Doc, first: number, hit: { end: number }) => {
        const s = sentenceOf(doc, first);
        if (hit.end >= s.last) return false;
        // "… you can forget about the nerves": a trouble lost is a relief (not "see how fast it stops").
        for (let k = hit.end; k <= clauseEnd(doc, hit.end) && w(doc, first) !== 'see'; k++)
          if (valence(w(doc, k)) < 0) return false;
        // The loss's own "again" is no condition ("you'll never see me again").
        const t = `${textOf(doc, s.first, first)} ${textOf(doc, hit.end, s.last).replace(/^(?:\S+\s+){0,3}?again\b/i, '')}`;
        return (
          (/\bkeep (?:it up|this up|on|[a-z]+ing)\b/i.test(t) || onceMore(t)) &&
          cold(doc, first) &&
          balance(doc, first).praise === 0
        );
      },
      suggest: keepDemand,
    }),
  ),
  {
    pattern: 'one_more|another @ANY @ANY? @ANY? and',
    rule: 'ultimatum',
    ...DOOR,
    why: 'ultimatum',
    guard: (doc, first, hit) => !COUNTDOWN_UNITS.has(w(doc, first + 2)) && repeatThenLoss(doc, first, hit),
    suggest: pleaseDont,
  },
  {
    // The threat after "or" or after "if you don't": "pay me back by Friday or I'm telling everyone",
    // "fix it tonight or else I'll escalate this", "if u don't answer in 10 min i'm coming over there".
    pattern: `i'm|im|i_am|i'll|ill|i_will|imma|we're|we_are|we'll|we_will|i|we ${THREAT_DO}`,
    rule: 'ultimatum',
    ...DOOR,
    why: 'ultimatum',
    // `threatLead`: "or" before it, "after that", "unless" or "if" opening it, or their act once more
    // ("keep …ing", "again", "one more").
    pre: (text, tokens) =>
      /keep|again|more/iu.test(text) || tokens.some((t) => /^(?:or|after|unless|if|next)$/.test(t.w)),
    guard: (doc, first, hit) => threatHolds(doc, first, hit.end - 1) && threatLead(doc, first),
    suggest: keepDemand,
  },
  {
    // The penalty named for the addressee: "do it or you're fired", "one more word and ur grounded",
    // "if you don't pay up, you're out".
    pattern:
      "you're|youre|ur|you_are|u_r|you'll_be|ull_be|you_will_be fired|grounded|banned|blocked|dead|finished|done|out|off|history|toast|sacked|expelled|evicted",
    rule: 'ultimatum',
    ...DOOR,
    why: 'ultimatum',
    guard: (doc, first, hit) => {
      const pen = w(doc, hit.end - 1);
      const next = w(doc, hit.end);
      // "you're out of luck", "you're done for the day", "you're off today": no penalty ("out of this
      // server" and "off the team" are).
      if (
        (pen === 'out' && next === 'of' && !/^(?:this|my|our|the)$/.test(w(doc, hit.end + 1))) ||
        (pen === 'off' && !/^(?:this|my|our|the)$/.test(next)) ||
        (/^(?:done|finished)$/.test(pen) && (/^(?:for|with|in)$/.test(next) || w(doc, first - 2) === 'up'))
      )
        return false;
      if (!threatLead(doc, first)) {
        // "do that again and you're grounded", "one more lie and you're out".
        if (w(doc, first - 1) !== 'and') return false;
        const s = sentenceOf(doc, first);
        const o = ONCE_MORE.exec(doc.text.slice(s.start, (doc.tokens[first] as Token).start));
        // "two more exams and you're done" counts down; "one more shift missed and you're fired" does not.
        if (!o || (/^(?:done|finished|out)$/.test(pen) && COUNTDOWN_UNITS.has((o[1] ?? '').toLowerCase())))
          return false;
      }
      return cold(doc, first) && balance(doc, first).praise === 0;
    },
    suggest: keepDemand,
  },
  {
    // "do it or else.", "pay up, or else!": the threat left unsaid; "… or don't bother calling me": the door shut.
    pattern:
      "or else|i_swear|don't_bother|dont_bother|don't_come|dont_come|don't_call|dont_call|don't_expect|dont_expect",
    rule: 'ultimatum',
    ...DOOR,
    why: 'ultimatum',
    guard: (doc, first, hit) =>
      (w(doc, first + 2) !== 'swear' ||
        /^(?: to god)?(?:[\s,.!]*$|\W+i\b)/i.test(doc.text.slice((doc.tokens[first + 2] as Token).end))) &&
      (w(doc, first + 1) === 'else'
        ? isClauseEnd(doc, hit.end - 1)
        : !/\b(?:if|when|unless|fine|worries|up to|either way|sleep|worry|cry|die|panic|starve|lose my|go (?:crazy|mad))\b/i.test(
            doc.text.slice((doc.tokens[first] as Token).end),
          )) &&
      orLead(doc, first),
    suggest: keepDemand,
  },
  {
    // "keep the car, keep the dog, I'm out", "you can keep the flat, I'm gone": giving it all up, then leaving.
    pattern: "i'm|im|i_am gone|out|outta_here|out_of_here",
    triggers: ['gone', 'out', 'outta'],
    rule: 'leaving',
    ...DOOR,
    guard: (doc, first, hit) => {
      if (!isClauseEnd(doc, hit.end - 1)) return false;
      const s = sentenceOf(doc, first);
      const before = doc.text.slice(s.start, (doc.tokens[first] as Token).start).toLowerCase();
      return (
        /(?:^|[,;.]\s*)(?:you can |just )?keep (?:the|it|my|your|all|everything)\b/.test(before) &&
        cold(doc, first)
      );
    },
    suggest: sayInstead(TIME_APART),
  },
  {
    // "ok. noted. goodbye", "this friendship has run its course, goodbye": a goodbye after a cold word.
    pattern: 'goodbye|farewell forever?',
    rule: 'goodbye',
    ...DOOR,
    guard: (doc, first, hit) => {
      if (!isClauseEnd(doc, hit.end - 1) || hit.end < doc.tokens.length - 2) return false;
      const text = doc.text.toLowerCase();
      if (
        /\bsee (?:you|u|ya)\b|\btalk (?:soon|later)\b|\bnice\b|\blovely\b|\bx\b|\bhave (?:fun|a good)\b/.test(
          text,
        )
      )
        return false;
      const coldWord =
        /(?:^|[.!]\s*)(?:fine|ok|okay|noted|whatever|right)\s*[.,!]|\b(?:noted|whatever|run its course|it'?s over|we'?re (?:done|finished|over)|i'?m done|enough)\b/.test(
          text,
        );
      return coldWord && cold(doc, first);
    },
    suggest: sayInstead(HURT_SPACE),
  },
];

export const consequence = phraseFamily({
  id: 'consequence',
  category: 'blame',
  phrases: [...H32_BLAME, ...H19_BLAME, ...H32_DOOR],
});
