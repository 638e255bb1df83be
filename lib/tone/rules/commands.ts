/**
 * Talking down by commanding and lecturing: "you need to …", "you'd better …", "get your act
 * together", "because I said so", "shut up"; and, at strict, a bare "you should …".
 * Offers asking instead: "Could you …?".
 * Round h31: bare demands in a thread or on a talk page ("Stop reverting my edits.", "Answer the
 * question.", "This is wrong. Fix it.", "Read the docs before asking.", "Learn to format your code.").
 */
import { ACT_TOGETHER_SLOT, valence, ZIP_IT_SLOT } from '../lexicon';
import type { Doc, Token } from '../text';
import { askThenSay, askWith, cased, demand } from './challenge';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  around,
  clauseEnd,
  clauseStart,
  closesClause,
  type Draft,
  isBareClauseEnd,
  isClauseEnd,
  isImperative,
  lowerSentence,
  type Match,
  negatedBefore,
  notWarmAfter as notWarm,
  polarity,
  removeRange,
  removeTokens,
  replaceTokens,
  sayInstead,
  says,
  sentenceOf,
  textOf,
  toSentenceEnd,
  tokenWord as tw,
} from './rule';

/** Round h31's bare demands: a request stripped of its "could you" and its please. */
const BARE = { rule: 'bare-demand', severity: 2, min: 'balanced', why: 'command' } as const;
/** "just" before token `i` belongs to the demand. */
const justBefore = (doc: Doc, i: number): number => (tw(doc, i - 1) === 'just' ? i - 1 : i);

/** Verbs that turn "you need to …" into a lecture rather than information. */
const LECTURE_VERBS =
  'stop|grow|learn|understand|realize|realise|fix|change|listen|calm|chill|relax|shut|apologize|apologise|accept|respect|quit|knock|act|figure|deal|man|toughen|start|admit|back|get_over|get_a_grip|get_your|take_responsibility|own|be_more|be_less|do_better|try_harder|leave_me|move_on|let_it_go|cut_it_out|open_your|wake_up';

/** What one recommends to a friend: "you need to learn this song", "you have to start this show". */
const RECOMMENDED: ReadonlySet<string> = new Set(
  'song songs tune album track dance recipe trick shortcut game show series podcast movie film book app band'.split(
    ' ',
  ),
);
/** Verbs of trying something out: "stop what you're doing and go watch it". */
const TRY_VERBS = /^(?:see|watch|try|hear|listen|read|play|check|taste|visit|get|grab|download)$/;

/**
 * An enthusiastic recommendation, not a lecture: the verb's object is a song, show, book…
 * ("you need to learn this song, it's a banger"), or "stop what you're doing and (go) watch it".
 */
function recommendation(doc: Doc, v: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, v);
  // "listen to this album", "check out that show": a particle may come first.
  const p = v + 1 < s.last && /^(?:to|out)$/.test((t[v + 1] as Token).w) ? 1 : 0;
  const next = v + 1 + p < s.last ? (t[v + 1 + p] as Token).w : '';
  if (/^(?:this|that|the|these|those)$/.test(next)) {
    for (let k = v + 2 + p; k < s.last && k <= v + 4 + p; k++) {
      if (RECOMMENDED.has((t[k] as Token).w)) return true;
      if (isClauseEnd(doc, k)) break;
    }
  }
  // "stop what you're doing and go see it"
  if ((t[v] as Token).w === 'stop' && next === 'what') {
    for (let k = v + 2; k < s.last && k <= v + 8; k++) {
      if ((t[k] as Token).w !== 'and') continue;
      const a = (t[k + 1] as Token | undefined)?.w ?? '';
      const go = a === 'go' ? 1 : 0;
      if (!TRY_VERBS.test((t[k + 1 + go] as Token | undefined)?.w ?? '')) return false;
      // "…and listen to me" is the lecture itself.
      for (let j = k + 2 + go; j < s.last && j <= k + 4 + go; j++)
        if (/^(?:me|us|my|our)$/.test((t[j] as Token).w)) return false;
      return true;
    }
  }
  return false;
}

/** Words that make "you need to …" advice for the other person's own good. */
const ADVICE =
  /\b(?:yourself|your own|your health|your needs|your wellbeing|your well-being|self-care|take care of you|works? for you|helps? you)\b/i;

/**
 * What one tells a friend for their own peace ("let it go", "move on", "stop worrying"): said with
 * nothing of the writer's own at stake (no "I", "me", "my") and no impatience ("already"), it is advice, and "could you…?" would
 * make it a favour asked.
 */
const PEACE =
  /^(?:let (?:it |that |this |things )?go|move on|stop (?:worrying|overthinking|stressing|dwelling)|take (?:a break|it easy|some time))\b/i;
const MINE = /\b(?:i|i'm|im|me|my|mine|us|our|already)\b/i;

/** "You need to X" → "Could you X?" / "I'd really appreciate it if you'd X". */
/**
 * "Sorry you have to redo it all": sympathy for what they must do, not an order; asking them to do
 * it would turn it round. "you're having to" says the same without the order's ring.
 */
function sorryOrAsk(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let k = m.first - 1;
  if (k > s.first && (t[k] as Token).w === 'that') k--;
  // "Sorry, you have to wait": after a comma, an apology for an order that still stands.
  if (k < s.first || (t[k] as Token).w !== 'sorry') return ask(doc, m);
  if (/[^\s]/.test(doc.text.slice((t[k] as Token).end, (t[m.first] as Token).start))) return ask(doc, m);
  const you = t[m.first] as Token;
  const v = m.cap.v as number;
  const said = /^u$/i.test(you.raw) ? `${you.raw}r having to` : `${you.raw}'re having to`;
  return [replaceTokens(doc, m.first, v, said)];
}

function ask(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const v = m.cap.v as number;
  const ce = clauseEnd(doc, v);
  const rest = doc.text.slice((t[v] as Token).start, (t[ce] as Token).end);
  const s = sentenceOf(doc, m.first);
  // "you need to wake up to reality", "you need to grow up": asked politely, the order still talks
  // down ("could you grow up?"); the speaker's own side instead, the rest of the clause with it.
  const vw = (t[v] as Token).w;
  const up = (t[v + 1] as Token | undefined)?.w === 'up';
  const side =
    vw === 'wake' && up
      ? 'I see this differently'
      : vw === 'grow' && up
        ? 'come on'
        : vw === 'open' &&
            /^(?:your|ur)$/.test((t[v + 1] as Token | undefined)?.w ?? '') &&
            (t[v + 2] as Token | undefined)?.w === 'eyes'
          ? 'I see this differently'
          : (vw === 'calm' && (t[v + 1] as Token | undefined)?.w === 'down') ||
              ((vw === 'relax' || vw === 'chill') && isClauseEnd(doc, v))
            ? "let's both take a breath"
            : '';
  if (side) {
    // The phrase ends after its particle or "your eyes"; "to reality", "and smell the coffee" go
    // with it, a reason after it ("because…") stays.
    let k = vw === 'open' ? v + 3 : vw === 'relax' || vw === 'chill' ? v + 1 : v + 2;
    const joinedOn = (i: number) =>
      !/[,;:.!?]/.test(doc.text.slice((t[i - 1] as Token).end, (t[i] as Token).start));
    const at = (i: number) => (t[i] as Token | undefined)?.w ?? '';
    if (
      k <= ce &&
      joinedOn(k) &&
      ((at(k) === 'to' && /^(?:reality|the|what|how|yourself|this|that|it|real|life)$/.test(at(k + 1))) ||
        (at(k) === 'and' && at(k + 1) === 'smell'))
    )
      while (k <= ce && joinedOn(k) && !/^(?:because|cause|cuz|since|but|so|or)$/.test(at(k))) k++;
    // "grow up a bit": the softener goes with the phrase.
    if (k + 1 <= ce && at(k) === 'a' && /^(?:bit|little)$/.test(at(k + 1))) k += 2;
    // "you need to wake up at six": said of the morning, not of the mind; asked as it was.
    const literal = k <= ce && joinedOn(k) && !/^(?:because|cause|cuz|since|but|so|or|and)$/.test(at(k));
    if (!literal) {
      const said = `${side[0]?.toUpperCase()}${side.slice(1)}.`;
      // "grow up and stop blaming everyone": what is asked after "and" stays, asked.
      if (k < ce && at(k) === 'and' && ce === s.last - 1) {
        const asked = doc.text.slice((t[k + 1] as Token).start, (t[ce] as Token).end);
        return [toSentenceEnd(doc, m.first, `${said} Could you ${asked}?`)];
      }
      if (k <= ce && at(k) === 'and') k = ce + 1;
      return k >= s.last ? [toSentenceEnd(doc, m.first, said)] : [replaceTokens(doc, m.first, k, side)];
    }
  }
  // "you have to understand that people use other words": asked, "could you understand that…?"
  // doubts they can; what is meant is a thing to bear in mind.
  if (
    /^(?:understand|realize|realise|know|remember|accept)$/.test(vw) &&
    (t[v + 1] as Token | undefined)?.w === 'that' &&
    v + 2 < s.last &&
    !/[,;:.!?]/.test(doc.text.slice((t[v] as Token).end, (t[v + 1] as Token).start))
  ) {
    const opener = /^\p{Lu}/u.test((t[m.first] as Token).raw) ? 'Please keep in mind' : 'please keep in mind';
    return [replaceTokens(doc, m.first, v + 1, opener)];
  }
  const out: Draft[] = [];
  // "you need to let it go and look after yourself": advice for their own good, not an order;
  // asked as a favour ("could you…?") it would turn into one. Said as a suggestion instead.
  const said = doc.text.slice((t[v] as Token).start, (t[s.last - 1] as Token).end);
  if (ADVICE.test(said) || (PEACE.test(said) && !MINE.test(doc.text))) {
    const opener = m.first === s.first && /^\p{Lu}/u.test((t[m.first] as Token).raw) ? 'It' : 'it';
    out.push(replaceTokens(doc, m.first, v, `${opener} might help to`));
  }
  const then = ce === s.last - 1 ? null : askThenSay(doc, m.first, v, 'could you');
  if (then) out.push(then);
  else if (ce === s.last - 1) out.push(toSentenceEnd(doc, m.first, `Could you ${rest}?`));
  else out.push(replaceTokens(doc, m.first, ce + 1, `could you ${rest}`));
  out.push(replaceTokens(doc, m.first, ce + 1, `I'd really appreciate it if you'd ${rest}`));
  return out;
}

/** What a threat after "or" starts with: "or I'll…", "or we're done", "or else". */
const THREAT_AFTER_OR =
  /^(?:i|i'll|ill|i'm|im|we|we're|were|we'll|you'll|youll|u'll|ull|else|there'll|itll|it'll)$/;

/**
 * "you better text me back or I'll get mad" → "Could you text me back?", never "Could you text me
 * back or I'll get mad?": asked, the order drops the threat after "or" (a question can't carry it).
 */
function askNoThreat(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const v = m.cap.v as number;
  const s = sentenceOf(doc, m.first);
  for (let k = v + 1; k < s.last - 1 && k < v + 16; k++) {
    if ((t[k] as Token).w !== 'or' || !THREAT_AFTER_OR.test((t[k + 1] as Token).w)) continue;
    if (/[.!?;]/.test(doc.text.slice((t[v] as Token).start, (t[k] as Token).start))) break;
    const asked = doc.text.slice((t[v] as Token).start, (t[k - 1] as Token).end).replace(/,$/, '');
    return [
      toSentenceEnd(doc, m.first, `Could you ${asked}?`),
      toSentenceEnd(doc, m.first, `I'd really appreciate it if you'd ${asked}.`),
    ];
  }
  return ask(doc, m);
}

/**
 * "Shut up" as its own sentence becomes a request for a pause; inside a sentence ("delete the
 * page and shut up", "GTFO with that") the clause becomes the same request, so nothing dangles.
 */
function pauseWords(doc: Doc, m: Match): Draft[] {
  const d = pauseWord(doc, m);
  const quiet = quietWords(doc, m, d);
  return quiet ? [quiet, d] : [d];
}

/**
 * "shut up and listen" → "please listen", "so shut up until I'm done" → "so please be quiet until
 * I'm done", "Shut up." → "Please be quiet.": the order asked, in place, the rest of the sentence
 * kept. Null where the pause (`pause`) already keeps the person's words or nothing fits.
 */
function quietWords(doc: Doc, m: Match, pause: Draft): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const said = (t[m.first] as Token).w;
  const upOnly = said === 'stfu' || (said === 'shut' && (t[m.last - 1] as Token).w === 'up');
  if (!upOnly) return null;
  // Only where the pause would replace the order with words of ours.
  if (!/^(?:I need a moment\. Can we pause\?|please give me a moment)$/.test(pause.text)) return null;
  const prev = m.first > s.first ? (t[m.first - 1] as Token) : undefined;
  if (prev && /^(?:and|to|or|you|u)$/.test(prev.w)) return null;
  const from = prev?.w === 'please' ? m.first - 1 : m.first;
  const next = m.last < s.last ? (t[m.last] as Token) : undefined;
  const next2 = m.last + 1 < s.last ? (t[m.last + 1] as Token) : undefined;
  const joined = (a: Token, b: Token) => !/[,;:.!?]/.test(doc.text.slice(a.end, b.start));
  // "shut up and listen to me": what is asked after "and" stays, asked.
  if (
    next?.w === 'and' &&
    next2 &&
    /^\p{L}+$/u.test(next2.w) &&
    joined(t[m.last - 1] as Token, next) &&
    joined(next, next2)
  )
    return { start: (t[from] as Token).start, end: next2.start, text: 'please ' };
  return replaceTokens(doc, from, m.last, 'please be quiet');
}

function pauseWord(doc: Doc, m: Match): Draft {
  const s = sentenceOf(doc, m.first);
  const said = (doc.tokens[m.first] as Token).w;
  const nextTok = m.last < s.last ? (doc.tokens[m.last] as Token) : undefined;
  if (said === 'shut' && nextTok && !isBareClauseEnd(doc, m.last - 1)) {
    const prev0 = m.first > s.first ? (doc.tokens[m.first - 1] as Token).w : '';
    // "shut up about the sun" → "please stop talking about the sun": the topic stays.
    if (nextTok.w === 'about')
      return replaceTokens(
        doc,
        m.first,
        m.last,
        prev0 === 'and' || prev0 === 'please' ? 'stop talking' : 'please stop talking',
      );
  }
  // "shut up, it's not the end of the world": the order goes, what follows it stays.
  if (
    said === 'shut' &&
    m.first === s.first &&
    nextTok &&
    m.last - 1 === clauseEnd(doc, m.first) &&
    /,/.test(doc.text.slice((doc.tokens[m.last - 1] as Token).end, nextTok.start))
  )
    return removeTokens(doc, m.first, m.last, 'Leave it out');
  if (m.first === s.first) return toSentenceEnd(doc, m.first, 'I need a moment. Can we pause?');
  const ce = clauseEnd(doc, Math.max(m.first, m.last - 1));
  // "Meritocracy or GTFO": the threat after "or" goes; what was asked for stays.
  const prev = doc.tokens[m.first - 1] as Token;
  if (prev.w === 'or' && m.first - 1 > s.first && ce === m.last - 1)
    return removeRange(doc, prev.start, (doc.tokens[ce] as Token).end, 'Leave it out');
  // "you need to gtfo of here": after "to" a verb is needed, in plain words.
  if (prev.w === 'to') {
    const w = (doc.tokens[m.first] as Token).w;
    return replaceTokens(doc, m.first, m.last, w === 'gtfo' ? 'get out' : 'be quiet');
  }
  // "please shut up": our words bring their own "please".
  const from = prev.w === 'please' ? m.first - 1 : m.first;
  if (from === s.first) return toSentenceEnd(doc, from, 'I need a moment. Can we pause?');
  // "delete the page and shut up" → "… and leave it at that": the end of the talk, without the order.
  if (prev.w === 'and' && said === 'shut' && ce === m.last - 1)
    return replaceTokens(doc, m.first, m.last, 'leave it at that');
  return replaceTokens(doc, from, ce + 1, 'please give me a moment');
}

/** Marks that a reminder is a repeated one: "as I already told you", "like I said before". */
const REPEATED =
  'before|earlier|already|twice|again|a_million_times|a_hundred_times|so_many_times|many_times|multiple_times|repeatedly|last_time|yesterday|ten_times';

/**
 * "as I already told you, …", "like I said before, …": a reminder that the other person should
 * have listened. Said once ("as I told you yesterday, I'm so excited"), warm, or inside a
 * sentence it is information and passes.
 */
function asISaid(doc: Doc, first: number, end: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (end >= s.last) return false;
  let repeated = false;
  for (let k = first; k < end; k++) {
    const w = (t[k] as Token).w;
    if (/^(?:already|before|earlier|twice|again|times|repeatedly)$/.test(w)) repeated = true;
  }
  if (!repeated || !isImperative(doc, first)) return false;
  // The reminder ends at a comma: "as I already told you, the meeting is at 3".
  if (!isClauseEnd(doc, end - 1)) return false;
  return notWarm(doc, first);
}

/** A question or a wish about the other person ("would you understand?"), not a verdict. */
function isQuestionish(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  return (
    /\?/.test(
      doc.text.slice(
        (doc.tokens[first] as Token).start,
        Math.min(s.end, (doc.tokens[first] as Token).start + 400),
      ),
    ) ||
    (first > s.first && /^(?:if|hope|think|wish|maybe)$/.test((doc.tokens[first - 1] as Token).w))
  );
}

/**
 * "Obviously it's broken", "clearly, you weren't listening": a short message that opens by
 * telling the other person they should have seen it. "obviously I'll come", a joke ("obviously
 * the dog stole it lol"), warm news or a long explanation pass.
 */
function obviouslyLead(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (t.length > 30 || first + 1 >= s.last) return false;
  for (let k = s.first; k < first; k++)
    if (!/^(?:and|but|so|well|i|mean|like|um|uh|ok|okay|yes|yeah|no|because)$/.test((t[k] as Token).w))
      return false;
  const next = t[first + 1] as Token;
  const comma = /,/.test(doc.text.slice((t[first] as Token).end, next.start));
  if (!comma && !/^(?:it's|its|that's|thats|there's|theres|you|you're|youre|u|ur|this|that|it)$/.test(next.w))
    return false;
  for (const tok of t) if (/^(?:lol|lmao|haha|hahaha|jk|xd|love|thanks|thank)$/.test(tok.w)) return false;
  if (says(doc, /[\u{1F600}-\u{1F64F}\u2764]/u)) return false;
  const p = polarity(doc, 0, t.length);
  return !(p.pos > p.neg) && !negatedBefore(doc, first, 2);
}

/**
 * "I'm not going to repeat myself" → "I've mentioned this before, and it matters to me."; after
 * a joining word ("listen carefully because I won't say it twice") the clause goes.
 */
function notRepeating(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  const t = doc.tokens;
  const prev = m.first > s.first ? (t[m.first - 1] as Token) : null;
  if (prev && /^(?:because|cause|cuz|since|and|so|as)$/.test(prev.w) && m.first - 1 > s.first) {
    const ce = clauseEnd(doc, m.last - 1);
    return [removeTokens(doc, m.first - 1, ce + 1, 'without the warning')];
  }
  return [toSentenceEnd(doc, m.first, "I've mentioned this before, and it matters to me.")];
}

/** "I'm not going to explain it again in the meeting, I'll send notes": a plan, not a warning. */
const notInAPlan = (doc: Doc, _first: number, hit: { end: number }): boolean =>
  !/^(?:in|at|during|on|tomorrow|later|next)$/.test(doc.tokens[hit.end]?.w ?? '');

/** An imperative, also after "maybe", "perhaps" or "go" ("maybe educate yourself first"). */
function softImperative(doc: Doc, first: number): boolean {
  if (isImperative(doc, first)) return true;
  const s = sentenceOf(doc, first);
  let k = first;
  while (
    k > s.first &&
    k > first - 3 &&
    /^(?:maybe|perhaps|go|just|try|and)$/.test((doc.tokens[k - 1] as Token).w)
  )
    k--;
  return k < first && isImperative(doc, k);
}

/** "maybe educate yourself": the hedge goes with the phrase it softened. */
function hedgeStart(doc: Doc, first: number): number {
  const s = sentenceOf(doc, first);
  let k = first;
  while (k > s.first && k > first - 3 && /^(?:maybe|perhaps|go|just)$/.test((doc.tokens[k - 1] as Token).w))
    k--;
  return k;
}

/**
 * What follows a "shut up" of disbelief at news: "shut up you did not", "Shut up!! You're
 * engaged??", "shut up 😂": surprise shared, not an order.
 */
const AMAZED =
  /^\W*(?:you did not|you didn'?t|no way|omg|for real|(?:you|u|you're|youre|ur) [^.!?]{0,30}\?)|^[^.!?]{0,12}[\u{1F602}\u{1F923}]/iu;

/**
 * "use your head torch", "use your brain training app": the word after "head"/"brain" makes a
 * compound noun, a thing to use. Words that go on an order ("for once", "before", "mate") do not.
 */
function headNoun(doc: Doc, end: number): boolean {
  const t = doc.tokens[end] as Token | undefined;
  if (!t || isClauseEnd(doc, end - 1) || !/^\p{L}{3,}$/u.test(t.w)) return false;
  return !/^(?:for|before|and|next|once|please|when|mate|this|first|then|now|you|just|again)$/.test(t.w);
}

/** "lower your voice", "keep your voice down"; not "lower your voice, the baby's asleep". */
const VOICE = {
  rule: 'bare-demand',
  severity: 2,
  min: 'balanced',
  why: 'command',
  guard: (doc: Doc, first: number) =>
    (isImperative(doc, first) || /^(?:all|then)$/.test(tw(doc, first - 1))) &&
    !says(doc, QUIET_PLEASE) &&
    !says(doc, LAUGHED) &&
    notWarm(doc, first),
  suggest: sayInstead("I'm finding this hard to hear. Can we talk more quietly?"),
} as const;

/** Laughter or a heart anywhere in the message. */
const LAUGHED = /\b(?:lol|haha\w*|lmao)\b|[\u2764\u{1F602}\u{1F923}]/iu;
/** A practical reason to be quiet: "lower your voice, the baby's asleep". */
const QUIET_PLEASE =
  /\b(?:bab(?:y|ies)|asleep|sleep\w*|nap\w*|library|meeting|class|call|neighbou?rs?|kids?|exam|night|phone|church|hospital)\b/i;

/** An exclamation, a camera, a warm emoji: "smile!" as play, not a put-down. */
const PLAYFUL =
  /!|\b(?:camera|photo|pic|picture|selfie|lol|haha\w*|love)\b|[\u{1F4F8}\u{1F4F7}\u{1F601}-\u{1F60D}\u{2764}]/iu;

/**
 * "you gotta stop being so nice to me", "u have to quit being this generous": told to stop a virtue,
 * a compliment. `at` follows "stop"/"quit"; the rest of the sentence weighs less than the praise
 * ("stop being so sweet, I'll get spoiled"), not "stop being so 'helpful'".
 */
function stopPraise(doc: Doc, at: number): boolean {
  const t = doc.tokens;
  if (!/^(?:stop|quit)$/.test(t[at - 1]?.w ?? '') || t[at]?.w !== 'being') return false;
  let k = at + 1;
  while (/^(?:so|this|that|too|such|a|an|damn)$/.test(t[k]?.w ?? '')) k++;
  const w = t[k];
  if (!w || /['"\u2018\u201c]\s*$/.test(doc.text.slice(t[k - 1]?.end ?? 0, w.start))) return false;
  const praise = /^(?:kind|caring|humble|modest|patient)$/.test(w.w) ? 2 : valence(w.w);
  return praise > 0 && polarity(doc, k + 1, sentenceOf(doc, k).last).neg <= praise;
}

/** "try to act …", "try and behave …", "until you can speak …": growing up asked of "you" (not "you can act like an adult now"). */
function adultAsked(doc: Doc, first: number): boolean {
  const p = tw(doc, first - 1);
  if (p === 'to' || p === 'and') return /^(?:try|learn|start)$/.test(tw(doc, first - 2));
  return (
    (p === 'can' || p === 'could') &&
    /^(?:you|u|ya)$/.test(tw(doc, first - 2)) &&
    /^(?:until|till|til|when|once|unless)$/.test(tw(doc, first - 3))
  );
}

export const commands = phraseFamily({
  id: 'talking-down',
  category: 'talking-down',
  phrases: [
    // "smile, it's not the end of the world", "cheer up, it might never happen": a mood waved off.
    {
      pattern: 'smile|cheer_up',
      rule: 'smile',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const rest = doc.text.slice((doc.tokens[hit.end - 1] as Token).end, s.end);
        return (
          isImperative(doc, first) &&
          isClauseEnd(doc, hit.end - 1) &&
          /\b(?:never|not|isn't|ain't|worse|end of the world)\b/i.test(rest) &&
          // "cheer up, it's not your fault, we'll sort it": comfort, with the writer beside them.
          !/\b(?:fault|we|we'll|we're|i|i'm|i'll|here|sorry|hug)\b/i.test(rest) &&
          !says(doc, PLAYFUL)
        );
      },
      suggest: (doc, m) => [
        toSentenceEnd(doc, m.first, 'It seems this really upset you. Want to talk about it?'),
      ],
    },
    // "you should smile more", "smile more, love": told how to look.
    {
      pattern: 'smile|smiling more|a_bit_more|more_often',
      rule: 'smile',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const b = doc.text.slice(s.start, (doc.tokens[first] as Token).start);
        const p = polarity(doc, hit.end, s.last);
        return (
          (isImperative(doc, first) || /\b(?:should|could|need to|try)\s+$/i.test(b)) &&
          p.pos === 0 &&
          !says(doc, /\bsuits?\b/i) &&
          !says(doc, PLAYFUL)
        );
      },
      suggest: (doc, m) => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, 'Is everything okay?')],
    },
    // "go to your room", "go to your room and think about what you did": sent off like a child.
    {
      pattern: 'go|get to your|ur room',
      rule: 'go-to-room',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const rest = doc.text.slice((doc.tokens[hit.end - 1] as Token).end, s.end);
        return isImperative(doc, first) && /^\W*(?:(?:right )?now\b\W*|and think\b.*)?$/i.test(rest);
      },
      suggest: (doc, m) => [
        toSentenceEnd(doc, sentenceOf(doc, m.first).first, 'I need a break from this. Can we talk later?'),
      ],
    },
    {
      pattern: `you|u @INT? need|have|gotta|got to? ${ACT_TOGETHER_SLOT}`,
      rule: 'act-together',
      severity: 2,
      min: 'balanced',
      why: 'command',
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          m.first,
          "I'm worried about how things are going. Can we talk about what would help?",
        ),
      ],
    },
    {
      pattern: 'get your|ur act|shit together',
      rule: 'act-together',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => isImperative(doc, first),
      suggest: (doc, m) => [
        // runs44: "get your shit together before the meeting": the idiom as a request, the rest of
        // the sentence kept ("please get things sorted before the meeting").
        replaceTokens(
          doc,
          m.first,
          m.last,
          /^(?:please|pls|just)$/.test(doc.tokens[m.first - 1]?.w ?? '')
            ? 'get things sorted'
            : 'please get things sorted',
        ),
        toSentenceEnd(
          doc,
          m.first,
          "I'm worried about how things are going. Can we talk about what would help?",
        ),
      ],
    },
    {
      pattern: `you|u @INT? need|have|got|gotta to? ${LECTURE_VERBS}:v`,
      triggers: LECTURE_VERBS.split('|').map((v) => v.split('_')[0] as string),
      rule: 'need-to',
      severity: 1,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const w1 = (t[first + 1] as Token).w;
        if (
          (w1 === 'need' || w1 === 'have' || w1 === 'got') &&
          (t[first + 2] as Token | undefined)?.w !== 'to'
        )
          return false;
        // "you have to understand, I was so nervous": the speaker explains themselves.
        const v = (t[hit.end - 1] as Token).w;
        const after = (t[hit.end] as Token | undefined)?.w ?? '';
        if (
          (v === 'understand' || v === 'know') &&
          isClauseEnd(doc, hit.end - 1) &&
          /^(?:i|i'm|im|i've|i'd|i_was|my)$/.test(after)
        )
          return false;
        if (recommendation(doc, hit.end - 1) || stopPraise(doc, hit.end)) return false;
        // "Why do you need to change it?", "do you have to leave so early?": a question, not an order.
        const before = first > sentenceOf(doc, first).first ? (t[first - 1] as Token).w : '';
        if (/^(?:do|does|did|don't|dont|doesn't|doesnt|didn't|didnt)$/.test(before)) return false;
        return !negatedBefore(doc, first, 2) && notWarm(doc, first) && hit.end > first;
      },
      suggest: sorryOrAsk,
    },
    {
      pattern: "you'd|you_had|you|u better:x @ANY:v",
      rule: 'better',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        if (
          (t[first] as Token).w === 'you' &&
          (t[first + 1] as Token).w !== 'better' &&
          (t[first + 1] as Token).w !== 'had'
        )
          return false;
        const v = (t[hit.cap.v as number] as Token).w;
        if (v === 'than' || v === 'at' || v === 'off' || v === 'now' || v === 'today') return false;
        return notWarm(doc, first) && !negatedBefore(doc, first, 2);
      },
      suggest: askNoThreat,
    },
    {
      pattern: 'because|cause|bc i said so',
      rule: 'said-so',
      severity: 2,
      min: 'balanced',
      why: 'command',
      // "because I said so is what my mum used to say": the words quoted, not said.
      guard: (doc, _first, hit) => !/^(?:is|was)$/.test(doc.tokens[hit.end]?.w ?? ''),
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'because it matters to me: [reason]')],
    },
    {
      // "do as you're told", "just do what ur told for once": obedience asked of an equal. Not "do as
      // you're told by the doctor" (whose orders are named).
      pattern: "do as|what you're|ur|you_are|your told",
      rule: 'said-so',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        if ((doc.tokens[hit.end] as Token | undefined)?.w === 'by') return false;
        const p = polarity(doc, ...around(doc, first));
        return isImperative(doc, first) && !(p.pos > p.neg);
      },
      suggest: sayInstead("Here's why this matters to me: [reason]."),
    },
    {
      pattern: 'do as|what i say|said|tell_you|asked|told_you',
      rule: 'said-so',
      severity: 2,
      min: 'balanced',
      why: 'command',
      // "…and we won't have a problem": the order with what follows if it is obeyed. talk44: "I
      // need you to do what I asked", "…and stop asking questions", "…instead of giving opinions".
      guard: (doc, first, hit) =>
        (isImperative(doc, first) ||
          /(?:need|about) (?:you|u) (?:to )?do (?:what|as)/.test(lowerSentence(doc, first))) &&
        (isClauseEnd(doc, hit.end - 1) ||
          /^(?:instead|not)$/.test(tw(doc, hit.end)) ||
          (tw(doc, hit.end) === 'and' &&
            /^(?:we|you|u|nobody|everything|there|stop|quit|skip|let)$/.test(tw(doc, hit.end + 1)))),
      suggest: sayInstead("I'd like it done this way. Can we talk it through?"),
    },
    {
      pattern: 'i told you so',
      rule: 'told-you-so',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: sayInstead('I had a feeling this might happen. Are you okay?'),
    },
    {
      pattern: 'shut up|it|your_mouth|ur_mouth',
      rule: 'shut-up',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        if (
          AMAZED.test(
            doc.text.slice(
              (doc.tokens[hit.end - 1] as Token).end,
              (doc.tokens[hit.end - 1] as Token).end + 60,
            ),
          )
        )
          return false;
        const _s = sentenceOf(doc, first);
        const p = polarity(doc, ...around(doc, first));
        // "delete the page and shut up": an imperative after "and" too.
        const prev = first > _s.first ? (doc.tokens[first - 1] as Token).w : '';
        return (
          (isImperative(doc, first) || prev === 'and') && !(p.pos > p.neg) && !negatedBefore(doc, first, 2)
        );
      },
      suggest: (doc, m) => pauseWords(doc, m),
    },
    // "zip it", "put a sock in it": the same order in other words, alone in its clause ("zip it
    // up, it's cold" is a coat).
    {
      pattern: ZIP_IT_SLOT,
      rule: 'shut-up',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const p = polarity(doc, ...around(doc, first));
        return (
          isImperative(doc, first) &&
          closesClause(doc, hit.end, s) &&
          !(p.pos > p.neg) &&
          !negatedBefore(doc, first, 2) &&
          // "please stop talking": asked, not barked.
          !(doc.tokens[first]?.w === 'stop' && doc.tokens[first - 1]?.w === 'please')
        );
      },
      suggest: (doc, m) => pauseWords(doc, m),
    },
    {
      pattern: 'stfu|gtfo',
      rule: 'shut-up',
      severity: 3,
      min: 'gentle',
      why: 'command',
      pause: true,
      suggest: (doc, m) => pauseWords(doc, m),
    },
    {
      pattern: 'you|u should|shoulda|ought @INT? have? @ANY:v',
      rule: 'should',
      severity: 1,
      min: 'strict',
      why: 'command',
      guard: (doc, first) => notWarm(doc, first) && !negatedBefore(doc, first, 2),
      suggest: (doc, m) => {
        const t = doc.tokens;
        const v = m.cap.v as number;
        const ce = clauseEnd(doc, v);
        let vs = v;
        if ((t[vs] as Token).w === 'probably' || (t[vs] as Token).w === 'really') vs++;
        if (vs > ce) return [replaceTokens(doc, m.first, m.last, 'maybe you could')];
        const rest = doc.text.slice((t[vs] as Token).start, (t[ce] as Token).end);
        const hasHave = (t[m.first + 2] as Token | undefined)?.w === 'have';
        if (hasHave) return [replaceTokens(doc, m.first, ce + 1, `I wish you had ${rest}`)];
        return [
          replaceTokens(doc, m.first, ce + 1, `Maybe it would help to ${rest}`),
          replaceTokens(doc, m.first, ce + 1, `Could you ${rest}`),
        ];
      },
    },
    {
      pattern: 'you|u should|ought_to|oughta know|have_known better',
      rule: 'know-better',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => !negatedBefore(doc, first, 2) && !isQuestionish(doc, first),
      suggest: (doc, m) => {
        // "You should know better than to leave the door unlocked." → "I'd rather you didn't leave
        // the door unlocked."
        const t = doc.tokens;
        const s = sentenceOf(doc, m.first);
        if (m.last + 2 < s.last && (t[m.last] as Token).w === 'than' && (t[m.last + 1] as Token).w === 'to') {
          const ce = clauseEnd(doc, m.last + 2);
          const rest = doc.text.slice((t[m.last + 2] as Token).start, (t[ce] as Token).end);
          return [replaceTokens(doc, m.first, ce + 1, `I'd rather you didn't ${rest}`)];
        }
        return [toSentenceEnd(doc, m.first, "I'm disappointed by how this went.")];
      },
    },
    {
      pattern: `as|like i|i've|ive already? told|said|mentioned|explained you? ${REPEATED}?`,
      rule: 'as-i-said',
      severity: 1,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => asISaid(doc, first, hit.end),
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last, 'without the reminder')],
    },
    {
      pattern: 'let me explain|repeat|go_over it|this|that? again|one_more_time|once_more',
      rule: 'explain-again',
      severity: 1,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => notWarm(doc, first),
      suggest: (doc, m) => {
        const t = doc.tokens;
        const w = (t[m.last - 1] as Token).w;
        const k = w === 'time' ? m.last - 3 : w === 'more' ? m.last - 2 : m.last - 1;
        return [replaceTokens(doc, k, m.last, 'another way')];
      },
    },
    ...[
      "pay attention for_once|for_a_change|to_me|to_what_i_say|to_what_i_said|this_time|next_time|when_i'm|when_im|while_i'm|while_im|when_i|while_i|please?",
      // "Listen carefully this time.", "read it properly for once": the last time held against them.
      'listen|read_it|read_this carefully|properly|closely? this_time|for_once|for_a_change',
    ].map(
      (pattern): PhraseRule => ({
        pattern,
        rule: 'pay-attention',
        severity: 1,
        min: 'balanced',
        why: 'command',
        guard: (doc, first, hit) =>
          isImperative(doc, first) &&
          // "carefully" is no warmth: what follows the order is read.
          (doc.tokens[first]?.w === 'pay'
            ? notWarm(doc, first) && (hit.end > first + 2 || isClauseEnd(doc, hit.end - 1))
            : notWarm(doc, hit.end - 1) &&
              isClauseEnd(doc, hit.end - 1) &&
              // "listen carefully this time: left at the bakery…" gives directions.
              doc.text[(doc.tokens[hit.end - 1] as Token).end] !== ':'),
        suggest: sayInstead('Could you give this your full attention?'),
      }),
    ),
    {
      pattern: 'obviously|clearly|duh @ANY:v',
      rule: 'obviously',
      severity: 1,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => obviouslyLead(doc, first),
      span: (_doc, first) => [first, first + 1],
      suggest: (doc, m) => [removeTokens(doc, m.first, m.first + 1, 'without "obviously"')],
    },
    {
      pattern: 'listen to me|this|up @INT? carefully|closely|for_once|for_a_change|properly',
      rule: 'listen-carefully',
      severity: 1,
      min: 'balanced',
      why: 'command',
      // "carefully" itself scores as warm: the rest of the sentence decides.
      guard: (doc, first, hit) => {
        const p = polarity(doc, hit.end, sentenceOf(doc, first).last);
        return isImperative(doc, first) && !(p.pos > p.neg);
      },
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'please hear me out')],
    },
    {
      pattern:
        "i'm|im not|never going_to|gonna repeat|say_this|say_it|explain_this|explain_it myself|again|twice",
      rule: 'not-repeating',
      severity: 1,
      min: 'balanced',
      why: 'command',
      guard: notInAPlan,
      suggest: notRepeating,
    },
    {
      pattern:
        'i am not|never going_to|gonna repeat|say_this|say_it|explain_this|explain_it myself|again|twice',
      rule: 'not-repeating',
      severity: 1,
      min: 'balanced',
      why: 'command',
      guard: notInAPlan,
      suggest: notRepeating,
    },
    {
      pattern: "i|i'll won't|wont|will_not|refuse_to repeat|say_this|say_it myself|again|twice",
      rule: 'not-repeating',
      severity: 1,
      min: 'balanced',
      why: 'command',
      guard: notInAPlan,
      suggest: notRepeating,
    },
    // -- s18 (helper detect18) -----------------------------------------------------------------
    // "I'm only going to say this once": the warning that they had better listen.
    {
      pattern:
        "i'm|im|i_am|i'll|ill|i_will only going_to|gonna? say|explain|tell_you|repeat this|it|that|myself once",
      rule: 'not-repeating',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notInAPlan(doc, first, hit) && notWarm(doc, first),
      suggest: notRepeating,
    },
    // "lower your voice", "keep your voice down", "don't raise your voice at me"; not "lower your
    // voice, the baby's asleep".
    {
      pattern: "lower|don't_raise|dont_raise your|ur voice",
      ...VOICE,
    },
    {
      pattern: 'keep your|ur voice down',
      ...VOICE,
    },
    // talk44: an order measured against grown-ups: "do the handoff properly next time, like an adult
    // would", "pay it on time like a grown-up does"; not of oneself ("I booked it like an adult would").
    {
      pattern: 'like|as an_adult|a_grown-up|a_grown_up|a_professional|a_normal_person would|does|should',
      rule: 'grow-up',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        isImperative(doc, sentenceOf(doc, first).first) &&
        !/\b(?:i|we|me|my)\b/.test(lowerSentence(doc, first)) &&
        !says(doc, LAUGHED) &&
        notWarm(doc, first),
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last, 'Leave it out')],
    },
    // "reply like an adult", "then act like a grown-up": an equal told to grow up.
    {
      pattern:
        'act|behave|talk|speak|reply|respond|answer|argue|deal_with_it|handle_it like an_adult|a_grown-up|a_grown_up|a_grownup|adults|grown-ups|grown_ups',
      rule: 'grow-up',
      severity: 2,
      min: 'balanced',
      why: 'command',
      // Also asked for: "try to act like an adult", "until you can speak like an adult".
      guard: (doc, first) =>
        (isImperative(doc, first) || tw(doc, first - 1) === 'then' || adultAsked(doc, first)) &&
        !/^(?:let's|lets|we|us)$/.test(tw(doc, first - 1)) &&
        !says(doc, LAUGHED) &&
        notWarm(doc, first),
      // "Then act like an adult." goes whole, its "then" with it; "…try to act like an adult" the sentence.
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          adultAsked(doc, m.first)
            ? sentenceOf(doc, m.first).first
            : tw(doc, m.first - 1) === 'then'
              ? m.first - 1
              : m.first,
          "I'd like us to talk about this calmly. Can you tell me what you think?",
        ),
      ],
    },
    {
      pattern: 'educate|inform yourself|urself',
      rule: 'do-your-research',
      severity: 2,
      min: 'balanced',
      why: 'command',
      // "educate yourself on the options, I can send links": help offered.
      guard: (doc, first) =>
        softImperative(doc, first) && !/\bi can (?:send|share|help|show)\b/i.test(doc.text.slice(0, 2000)),
      suggest: (doc, m) => [
        replaceTokens(doc, hedgeStart(doc, m.first), m.last, 'it might help to read up on this'),
      ],
    },
    {
      pattern: 'do your|ur own? research|homework|reading',
      rule: 'do-your-research',
      severity: 1,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        if (!isImperative(doc, first)) return false;
        const s = sentenceOf(doc, first);
        const next = hit.end < s.last ? (doc.tokens[hit.end] as Token).w : '';
        return (
          (isClauseEnd(doc, hit.end - 1) ||
            /^(?:next|before|first|then|maybe|lol|bro|dude|mate)$/.test(next)) &&
          notWarm(doc, first)
        );
      },
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'it might help to read up on this')],
    },
    {
      pattern: 'google it|this|that yourself|urself',
      rule: 'google-it',
      severity: 1,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => isImperative(doc, first) && notWarm(doc, first),
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, "it's online if you want to look it up")],
    },
    {
      pattern: 'use your|ur brain|head|brains|common_sense|noggin',
      rule: 'use-your-brain',
      severity: 2,
      min: 'balanced',
      why: 'command',
      // "use your brain for the crossword": a task, not "for once".
      guard: (doc, first, hit) =>
        isImperative(doc, first) &&
        notWarm(doc, first) &&
        !(doc.tokens[hit.end]?.w === 'for' && !/^(?:once|a)$/.test(doc.tokens[hit.end + 1]?.w ?? '')) &&
        !headNoun(doc, hit.end),
      suggest: sayInstead('Could you think this through with me?'),
    },
    {
      pattern: 'think before you|u speak|talk|type|post|open_your_mouth|say_things|comment|reply',
      rule: 'think-before',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => isImperative(doc, first) && notWarm(doc, first),
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'please be careful with your words')],
    },
    {
      // Round cross29, by construction: homework ordered before they may speak. "engage your brain
      // before you reply", "try using google before asking me", "you need to sort your own life out
      // before you lecture me". Not advice about someone else ("think before you text him") or a
      // thing to post ("check before you post the invite"), not kind ("no rush").
      pattern:
        'before you|u? speak|talk|comment|post|reply|lecture|text|type|open|ask|argue|judge|hit|speaking|talking|commenting|posting|replying|lecturing|asking|arguing|judging',
      rule: 'homework',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        const v = tw(doc, hit.end - 1);
        let k = hit.end + (v === 'open' || v === 'hit' ? 1 : 0);
        if (v === 'open' && !/^(?:your|ur)$/.test(tw(doc, hit.end))) return false;
        if (v === 'hit' && !/^(?:post|send)$/.test(tw(doc, hit.end))) return false;
        if (/^(?:to|with)$/.test(tw(doc, k))) k++;
        else if (/^(?:me|us)$/.test(tw(doc, k))) k = -1;
        if (
          k > 0 &&
          /^(?:him|her|them|his|their|your|ur|the|a|an|this|that|these|those|my)$/.test(tw(doc, k))
        )
          return false;
        const c = clauseStart(doc, first);
        const head = textOf(doc, c, first).toLowerCase();
        // "think before you post", "read the docs before you ask": the rules above word those.
        if (/\bthink/.test(head) && /^(?:speak|talk|type|post|comment|reply)/.test(v)) return false;
        if (
          /^(?:(?:try|go|just|please|maybe|perhaps)\W+)*(?:read|check|search|googl|research|educat|study|learn|understand|look up)/.test(
            head,
          )
        )
          return false;
        return (
          /^(?:(?:maybe|perhaps|please|just|mate|seriously|honestly|so|pro tip:?)\W+)*(?:(?:you|u)(?: \w+)? (?:should|need to|gotta|have to)\W+(?:\w+ )?)?(?:(?:try|go|do|take a breath and) (?:some )?)?(?:think|learn|read|look|google|research|study|check|engage|educate|sort|finish|open a book|practi[cs]e|lurk|us)/.test(
            head,
          ) &&
          !says(
            doc,
            /\?|!|\bno (?:rush|pressure|worries)\b|\b(?:lol|haha|thanks?|love|sorry)\b|\bwhen you get a\b/i,
          ) &&
          notWarm(doc, first)
        );
      },
      suggest: sayInstead("I'd like you to look into this a bit more first."),
    },
    // -- Round h31: bare demands in a thread or on a talk page --------------------------------------
    {
      // "Stop reverting my edits." (no please, no "could you"): a bare demand in a thread
      pattern:
        'stop|quit reverting|undoing|changing|deleting|removing|editing|spamming|spreading|posting|trolling|derailing|twisting|misrepresenting|adding',
      ...BARE,
      guard: demand,
      // "Stop reverting my edits." → "Please stop reverting my edits.": the least change that asks.
      suggest: (doc, m) => [
        replaceTokens(doc, m.first, m.first + 1, cased(doc, m.first, `please ${tw(doc, m.first)}`)),
      ],
    },
    {
      // "Answer the question.", "Just answer my question"
      pattern: 'answer|address the|my question|questions',
      ...BARE,
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && demand(doc, justBefore(doc, first), hit),
      span: (doc, first, hit) => [justBefore(doc, first), hit.end],
      suggest: (doc, m) => {
        const v = m.first + (tw(doc, m.first) === 'just' ? 1 : 0);
        return [askWith(doc, m.first, v + 1, `could you please ${tw(doc, v)}`)];
      },
    },
    {
      // "This makes no sense, fix it." / "This is wrong. Fix it."
      pattern: 'fix|correct it|this|that',
      ...BARE,
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        /\b(?:wrong|no sense|broken|garbage|unacceptable|useless|(?:does|is)n'?t work|not working)\b/i.test(
          doc.text.slice(0, (doc.tokens[first] as Token).start),
        ) &&
        demand(doc, first, hit),
      // "This is wrong. Fix it." → "This is wrong. Please fix it."
      suggest: (doc, m) => [
        replaceTokens(doc, m.first, m.first + 1, cased(doc, m.first, `please ${tw(doc, m.first)}`)),
      ],
    },
    {
      // "Read the docs before asking.", "Search before you post next time."
      pattern:
        'read|check|search|google @ANY? @ANY? @ANY? before you|u? asking|posting|commenting|replying|lecturing|judging|arguing|ask|post|comment|reply|lecture|judge|argue',
      ...BARE,
      guard: (doc, first, hit) => demand(doc, tw(doc, first - 1) === 'go' ? first - 1 : first, hit),
      suggest: (doc, m) => {
        let b = m.first;
        while (tw(doc, b) !== 'before') b++;
        const go = tw(doc, m.first - 1) === 'go' ? m.first - 1 : m.first;
        return [
          toSentenceEnd(
            doc,
            go,
            cased(
              doc,
              go,
              `have you had a chance to ${tw(doc, m.first)}${textOf(doc, m.first + 1, b)
                .replace(/^/, ' ')
                .trimEnd()}?`,
            ),
          ),
        ];
      },
    },
    {
      // "Learn to format your code." → "Could you please format your code?"
      pattern: 'learn to|how_to read|spell|format|search|google|use|listen|count|follow|quote|indent',
      ...BARE,
      guard: demand,
      suggest: (doc, m) => [askWith(doc, m.first, m.first + 2, 'could you please')],
    },
    {
      // "Use the search function."
      pattern: 'use the search_function|search_bar|search_feature|searchbar|search',
      ...BARE,
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && demand(doc, first, hit),
      suggest: sayInstead('The search might turn up an answer to this.'),
    },
    {
      // "Try reading the question next time."
      pattern: 'try reading|actually_reading @ANY? @ANY? next_time|first',
      ...BARE,
      // "first" only closing the clause: "try reading past the first line" has no "next time" to keep.
      guard: (doc, first, hit) =>
        (tw(doc, hit.end - 1) !== 'first' || isClauseEnd(doc, hit.end - 1)) && demand(doc, first, hit),
      suggest: (doc, m) => {
        let b = m.first + 2;
        while (!/^(?:next|first)$/.test(tw(doc, b))) b++;
        const what = textOf(doc, m.first + 2, b);
        return [
          toSentenceEnd(
            doc,
            m.first,
            cased(doc, m.first, `could you have another look${what ? ` at ${what}` : ''}?`),
          ),
        ];
      },
    },
    {
      pattern: 'listen to me',
      rule: 'listen-to-me',
      severity: 1,
      min: 'strict',
      why: 'command',
      guard: (doc, first) => isImperative(doc, first),
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'Could you hear me out for a minute?')],
    },
  ],
});
