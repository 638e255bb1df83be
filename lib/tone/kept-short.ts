/**
 * Rewordings that keep a message's size and point (issue 9, part 2): what a person would send
 * instead, not a longer stock line or a leftover fragment.
 *
 * - A short withdrawal ("im not dealing wit that", "so done") gets a short line that says the same
 *   ("I can't deal with that right now"), not two sentences about cooling off.
 * - A label called after a dismissal ("who cares, you clowns", "so what, loser") goes, and the
 *   dismissal stays as it was said: "who cares".
 * - "isn't being honest who lies…", "such someone who lies…": a label swapped for a description
 *   keeps the rest of the sentence grammatical.
 * - "Clown behavior. Absolute clown behavior…": cutting the label leaves "Behavior.", a word
 *   alone; the fragment goes with it.
 *
 * Rewording only: `analyze` calls these while it builds suggestions, `detect` never does.
 */
import { INSULT_ADJECTIVES, INSULT_NOUNS } from './lexicon';
import type { Draft } from './rules/rule';
import type { Doc, Sentence } from './text';
import type { Suggestion } from './types';

/** The message `analyze` reads (its sentences are reworded one at a time), null outside it. */
let message: string | null = null;
export function readingMessage(text: string | null): void {
  message = text;
}

/** A message this short (in words) is answered as short. */
const SHORT_WORDS = 7;

/** What a short withdrawal says (its "I" with it), and the short line that says it ("$": this or that). */
const SHORT_WITHDRAWAL: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /(?:\b(?:i'?m|i am|i) +)?\b(?:not|n[o']?t|can'?t|cannot) +(?:be +)?deal(?:ing)?\b/i,
    "I can't deal with $ right now",
  ],
  [/(?:\b(?:i'?m|i am) +)?\bnot +(?:doing|having) +(?:this|that|it)\b/i, "I can't do $ right now"],
  [/\b(?:(?:just|pls|please|plz) +)?leave +me +alone\b/i, 'I need some space right now'],
  [/(?:\bi +)?\bcan'?t +be +(?:bothered|arsed)\b/i, "I don't have the energy for $ right now"],
  [
    /\b(?:i'?m|i am) +(?:(?:so|just|literally|officially) +)?(?:done|over it|out(?! +of\b))\b/i,
    'I need a break from $',
  ],
];
/** Words that may open a short withdrawal, and stay: "ugh, cant deal", "nope, not doing this". */
const OPENS: ReadonlySet<string> = new Set(
  'ugh honestly seriously look ok okay nope nah fine so lol'.split(' '),
);
/** Words after it that add nothing a short line loses: "with u", "this again rn", "for real". */
const TRAILS: ReadonlySet<string> = new Set(
  'with wit w this that it u you ya rn now right again today tonight anymore here for real fr seriously lol man bro dude period talking arguing explaining trying to about myself'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}'\u2019]+/gu;

/**
 * "Im not dealing wit that" → "I can't deal with that right now": a withdrawal that, but for a few
 * words that open it or add nothing (OPENS, TRAILS), is the whole of a message of at most
 * SHORT_WORDS words, said in a short line of ours that keeps its point; the opening words and the
 * closing marks stay. Null for anything longer or saying more ("…, goodnight", "one more lie and…").
 */
export function shortWithdrawal(text: string): Draft | null {
  // A sentence of a longer message ("whatever. I'm done talking.") keeps its own rewording.
  if (text.length > 80 || (message !== null && message.trim() !== text.trim())) return null;
  const all = text.match(WORD) ?? [];
  if (all.length > SHORT_WORDS) return null;
  for (const [re, line] of SHORT_WITHDRAWAL) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const tail = after.replace(/[\s.!?\u2026]+$/u, '');
    if (/[.!?;:]/.test(before) || /[.!?;:,]/.test(tail)) return null;
    if (!(before.match(WORD) ?? []).every((x) => OPENS.has(x.toLowerCase()))) return null;
    if (!(tail.match(WORD) ?? []).every((x) => TRAILS.has(x.toLowerCase()))) return null;
    const that = /\bthat\b/i.test(text) ? 'that' : 'this';
    return { start: m.index, end: m.index + m[0].length + tail.length, text: line.replace('$', that) };
  }
  return null;
}

/** A dismissal just before a called name: "who cares, ", "nobody asked ", "whatever ", "so what ". */
const DISMISSAL_BEFORE =
  /(?:^|[^\p{L}'])(?:(?:who|nobody|no one|noone)(?: even)? (?:cares|asked)|so what)(?=[ ,.!?:;\u2014-]*(?:(?:you|u|ya)(?: (?:bunch|lot|pack) of)? )?$)/iu;

/**
 * "who cares, you pathetic clowns" → "who cares": a name called after a dismissal goes with what
 * joins them, and the dismissal stays as said (neither a stock line nor "who cares people").
 * `start`, `end`: the finding's words.
 */
export function nameAfterDismissal(text: string, start: number, end: number): Draft | null {
  const from = Math.max(0, start - 40);
  const m = DISMISSAL_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  return { start: from + m.index + m[0].length, end, text: '' };
}

/**
 * "you piece of shit" → "you person I strongly disagree with", "you little piece of shit" → "you
 * little": an edit that leaves "you" (and a word or two) opening its clause with a name still called,
 * swapped for "person" or cut to nothing before the clause ends.
 */
export function leavesYouCalling(text: string, sg: Suggestion): boolean {
  if (sg.replacement !== '' && !/^(?:an? )?(?:person|people)\b/i.test(sg.replacement)) return false;
  if (sg.replacement === '') {
    // Only a name cut: "you did it AGAIN" without "AGAIN" calls no one a name.
    const last = /\p{L}+$/u.exec(text.slice(sg.start, sg.end).trimEnd())?.[0].toLowerCase() ?? '';
    if (!INSULT_NOUNS.has(last) && last !== 'shit' && last !== 'crap') return false;
    if (!/^\s*(?:[.!?,;:]|$)/.test(text.slice(sg.end, sg.end + 4))) return false;
  }
  return /(?:^|[.!?,;:]\s*|\b(?:up|off|hey|oi)\s+)(?:you|u)(?: +\p{L}+){0,2} *$/iu.test(
    text.slice(Math.max(0, sg.start - 40), sg.start),
  );
}

/** Words that describe a name before it ("that pathological liar", "that total moron"). */
const DESCRIBING =
  /^(?:total|absolute|complete|utter|pathological|compulsive|habitual|serial|chronic|notorious|lying|little|lazy)$/;
const describing = (w: string | undefined) =>
  w !== undefined && (DESCRIBING.test(w.toLowerCase()) || INSULT_ADJECTIVES.has(w.toLowerCase()));
/** What may follow the name so that it ends its phrase: a mark, the end, or "yourself", "again"… */
const NAME_ENDS =
  /^(?:\s*(?:[,.!?;:]|$)| +(?:yourself|himself|herself|themselves|again|to|about|for|with|and|or|out|outta|off|away|in|on|at|from|here|there|over)\b)/i;

/** Descriptions that stand in for a label after "is"/"are" and cannot take "who…" after them. */
const SAID_AS_VERB = /(?:^|\s)(?:(?:is|are|was|were)n't|not) being honest$/;

/** Our milder words that describe: an intensifying adjective before them ("total unkind") reads oddly. */
const MILD_WORD =
  /^(?:unkind|unwise|misguided|wrong|out of line|disappointing|uninformed|unfair|frustrating)\b/;

/**
 * "she's not being honest who cheats…" → "…not being honest and cheats…"; "you're such someone who
 * lies…" → "you're someone who lies…"; a label's cut that leaves "that pathological" → "that
 * person" (`label`: the finding is a label's): the draft fitted to the words around it.
 */
export function fitDescription(text: string, d: Draft, label: boolean): Draft {
  if (SAID_AS_VERB.test(d.text)) {
    const rel = /^ +(?:who|that)(?= +\p{L})/u.exec(text.slice(d.end, d.end + 10));
    if (rel) return { ...d, end: d.end + rel[0].length, text: `${d.text} and` };
  }
  // "don't trust that pathological liar": the label cut would leave "that pathological"; the
  // person it points at stays, plainly: "that person".
  if (label && d.text === '' && INSULT_NOUNS.has(text.slice(d.start, d.end).trim().toLowerCase())) {
    const from = Math.max(0, d.start - 40);
    const left = /(?:^|[^\p{L}'])((?:that|this|the|those|these) +)(?:(\p{L}+) +(?:(\p{L}+) +)?)?$/iu.exec(
      text.slice(from, d.start).replace(/ *$/, ' '),
    );
    if (
      left?.[1] &&
      (left[2] === undefined || describing(left[2])) &&
      (left[3] === undefined || describing(left[3])) &&
      NAME_ENDS.test(text.slice(d.end, d.end + 12))
    ) {
      const det = left[1].trim();
      const many =
        /^th[eo]se$/i.test(det) || (/^the$/i.test(det) && /s$/i.test(text.slice(d.start, d.end).trim()));
      const at = from + left.index + left[0].indexOf(left[1]);
      return { ...d, start: at, text: `${det} ${many ? 'people' : 'person'}` };
    }
  }
  // "Absolute clown behavior" → "Unkind behavior", not "Absolute unkind behavior".
  if (MILD_WORD.test(d.text)) {
    const big = /(?:^|[^\p{L}'])((?:absolute|total|complete|utter|pure) +)$/iu.exec(
      text.slice(Math.max(0, d.start - 10), d.start),
    );
    if (big?.[1]) return { ...d, start: d.start - big[1].length };
  }
  if (/^someone\b/.test(d.text)) {
    const such = /\b(?:such|so) +$/i.exec(text.slice(Math.max(0, d.start - 6), d.start));
    if (such) return { ...d, start: d.start - such[0].length };
  }
  return d;
}

/**
 * "Clown behavior. Absolute…": a label's cut that leaves a sentence of two or three words as its last word
 * alone ("Behavior.") takes the sentence with it, when the message says more elsewhere.
 */
export function fragmentLeft(doc: Doc, s: Sentence | undefined, sug: Suggestion): Suggestion | null {
  const text = doc.text;
  if (!s || sug.start < s.start || sug.end > s.end || s.last - s.first < 2 || s.last - s.first > 3)
    return null;
  const left = text.slice(s.start, sug.start) + sug.replacement + text.slice(sug.end, s.end);
  const word = /^\s*(\p{L}+)[\s.!?\u2026]*$/u.exec(left);
  const last = doc.tokens[s.last - 1];
  if (!word || !last || word[1]?.toLowerCase() !== last.w) return null;
  let start = s.start;
  let end = s.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\n')) end++;
  // More words near it (a bounded look: the message says more elsewhere).
  if (!/\p{L}/u.test(text.slice(Math.max(0, start - 200), start) + text.slice(end, end + 200))) return null;
  // The last sentence: the space before it goes instead.
  if (end === text.length) while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\n')) start--;
  return { ...sug, label: 'Leave it out', start, end, replacement: '' };
}
