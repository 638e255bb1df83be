/**
 * How a message is typed, not what it says: filler words and forms of address at the edges of a
 * sentence ("literally get over it", "tbh it's your fault", "Sam, you never listen", "you did this
 * to us ugh", "…, dude") and stretched letters ("thankkkk"). `quiet` gives the message without them;
 * index.ts reads both and, where the two readings disagree, keeps the quiet one, put back at the
 * person's own offsets (`unquiet`), unless a finding of the first takes in a word that was cut
 * (`readsCut`: "nice story dude"). Laughter ("lol", "haha") is not noise: the rules weigh it.
 */
import { isKnownWord } from './lexicon';
import { canon } from './text';
import type { Analysis } from './types';

/** Filler closing a sentence ("… took you seriously" is not filler: "seriously" only opens one). */
const TAIL_FILLER = 'ugh|tbh|ngl|bro|bruh|dude|babe|mate|fr|istg';
/** Filler opening one ("like" only before what is not a clause of its own: "like I care"). */
const LEAD_FILLER = `${TAIL_FILLER}|literally|like|honestly|seriously|omg`;
/** The fillers as written in lower case, sentence case or capitals ("[Ll]iterally|LITERALLY"). */
const cased = (f: string) => `${f.replace(/\b\w/g, (c) => `[${c}${c.toUpperCase()}]`)}|${f.toUpperCase()}`;
/** Up to three fillers (or a name and a comma) opening a sentence, and the word after them (read at a sentence's start). */
const LEAD = new RegExp(`(?:(?:${cased(LEAD_FILLER)}),?\\s+|[A-Z][a-z]+,\\s+){1,3}(?=([\\w']+))`, 'y');
/** Up to two fillers, or a name, closing a sentence: only spaces, marks and emoji after it (read on a short slice). */
const TAIL = new RegExp(
  `(?<=[\\w'])(?:(?:,?\\s+(?:${cased(TAIL_FILLER)})){1,2}|,?\\s+[A-Z][a-z]+)(?=[\\s.!?\\u2026\\ufe0f\\u200d\\p{Extended_Pictographic}]*$)`,
  'u',
);
const FILLER = new RegExp(`^(?:${LEAD_FILLER})$`, 'i');
/** What follows "like" when it is a word of the sentence: "like I care", "like always", "like clockwork". */
const LIKE_WORD =
  /^(?:i|i'd|i'm|you|u|you'd|you're|ur|we|they|he|she|it|that|this|what|how|an?|the|my|your|always|every|usual|clockwork|n?ever|so|some|any|no|one)$/i;
/** Capitalised words that open or close a sentence and are not forms of address. */
const NOT_NAME =
  /ly$|way$|day$|^(?:also|besides|meanwhile|otherwise|plus|btw|ps|still|then|tonight|later|first|next|last)$/;
/** Words a capitalised word after them belongs to ("at Mario", "to London", "the Avengers"). */
const BEFORE_PLACE =
  /\b(?:at|on|in|to|from|with|for|of|by|about|into|like|and|or|the|an?|my|your|our|his|her|their|play\w*|watch\w*|visit)$/i;

/** The fillers in lower case (what the pre-checks below ask before the expressions run). */
const LEAD_WORDS = new Set(LEAD_FILLER.split('|'));
const TAIL_WORDS = new Set(TAIL_FILLER.split('|'));
/** The longest filler of each list (a longer word is looked up in neither). */
const LEAD_MAX = Math.max(...[...LEAD_WORDS].map((w) => w.length));
const TAIL_MAX = Math.max(...[...TAIL_WORDS].map((w) => w.length));

// Characters are read as `''.charCodeAt.call(s, i)`: in place whatever the kind of string (see text.ts).
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Is the character at `i` one `\s` matches? */
function isSpace(text: string, i: number): boolean {
  const c = ''.charCodeAt.call(text, i);
  if (Number.isNaN(c)) return false;
  return c === 32 || (c < 128 ? c >= 9 && c <= 13 : /\s/.test(text[i] as string));
}
/** What may close a sentence after its last word (TAIL's lookahead, one character or emoji). */
const TRAILING = /^(?:[\s.!?\u2026\p{Extended_Pictographic}]|\ufe0f|\u200d)$/u;

/**
 * Can LEAD match at `i`? It needs a word of letters there, then a comma, or a space after a filler
 * (the whole word: fillers are letters only). Most sentences open with neither: no expression runs.
 */
function mayLead(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && isLetter(''.charCodeAt.call(text, j))) j++;
  if (j === i) return false;
  if (''.charCodeAt.call(text, j) === 44) return true;
  return j - i <= LEAD_MAX && isSpace(text, j) && LEAD_WORDS.has(text.slice(i, j).toLowerCase());
}

/**
 * Can TAIL match in text[from, e)? Its match ends where only spaces, marks and emoji are left, with a
 * filler or a name after a space: the last word of letters before them must be one of those.
 */
function mayTail(text: string, from: number, e: number): boolean {
  let p = e;
  while (p > from) {
    const c = ''.charCodeAt.call(text, p - 1);
    if (c < 128) {
      if (c === 32 || c === 46 || c === 33 || c === 63 || (c >= 9 && c <= 13)) p--;
      else break;
    } else {
      // A pair of surrogates is one character to the expression (read as one only inside the slice).
      const n =
        c >= 0xdc00 && c <= 0xdfff && p - 2 >= from && (''.charCodeAt.call(text, p - 2) & 0xfc00) === 0xd800
          ? 2
          : 1;
      if (!TRAILING.test(text.slice(p - n, p))) break;
      p -= n;
    }
  }
  let k = p;
  while (k > from && isLetter(''.charCodeAt.call(text, k - 1))) k--;
  if (k === p || k === from || !isSpace(text, k - 1)) return false;
  // A name: a capital, then small letters only.
  let name = p - k >= 2 && ''.charCodeAt.call(text, k) <= 90;
  for (let x = k + 1; name && x < p; x++) name = ''.charCodeAt.call(text, x) >= 97;
  return name || (p - k <= TAIL_MAX && TAIL_WORDS.has(text.slice(k, p).toLowerCase()));
}

/** The next ".", "!", "?" or line break from `i` on (the text's length when there is none). */
function nextStop(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = ''.charCodeAt.call(text, i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return i;
  }
  return i;
}

/** Cuts in the text: where each one is in the quiet text, and how long it was. */
export interface Quiet {
  text: string;
  cuts: Array<[at: number, length: number]>;
}

/** Every word of `run` is filler or a name (a capital, then a word we do not know). */
function allNoise(run: string): boolean {
  return (run.match(/[A-Za-z]+/g) ?? []).every((w) => {
    const l = w.toLowerCase();
    return FILLER.test(w) || (/^[A-Z][a-z]+$/.test(w) && !isKnownWord(l) && !NOT_NAME.test(l));
  });
}

/** A letter three times over: where a stretched word may be (read from `lastIndex` on). */
const STRETCH = /([A-Za-z])\1\1/g;

/** What `quiet` may find (1: filler opening a sentence, 2: closing one, 4: stretched letters); one pass. */
function mayCut(text: string): number {
  let need = mayLead(text, 0) ? 1 : 0;
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = ''.charCodeAt.call(text, i);
    if (c === 46 || c === 33 || c === 63 || c === 10) {
      if (mayTail(text, Math.max(0, i - 60), i)) need |= 2;
      if (mayLead(text, isSpace(text, i + 1) ? i + 2 : i + 1)) need |= 1;
    } else if (c === p1 && c === p2 && isLetter(c)) need |= 4;
    p2 = p1;
    p1 = c;
  }
  if (mayTail(text, Math.max(0, text.length - 60), text.length)) need |= 2;
  return need;
}

/** The text without filler and forms of address at its sentences' edges; null when there is none. */
export function quiet(text: string): Quiet | null {
  if (text.length > 1000) return null;
  const need = mayCut(text);
  if (need === 0) return null;
  const spans: Array<[number, number]> = [];
  // At the start and after each mark that ends a sentence (and one space).
  for (let i = (need & 1) === 0 ? text.length : -1; i < text.length; i = nextStop(text, i + 1)) {
    LEAD.lastIndex = i >= 0 && isSpace(text, i + 1) ? i + 2 : i + 1;
    if (!mayLead(text, LEAD.lastIndex)) continue;
    const m = LEAD.exec(text);
    if (!m || !allNoise(m[0]) || (/like,?\s+$/i.test(m[0]) && LIKE_WORD.test(m[1] as string))) continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  // Before each mark that ends a sentence, and at the end (before its emoji and marks).
  for (let i = 0, e = (need & 2) === 0 ? text.length : 0; e < text.length; i = e + 1) {
    e = nextStop(text, i);
    const from = Math.max(0, e - 60);
    if (!mayTail(text, from, e)) continue;
    const m = TAIL.exec(text.slice(from, e));
    if (!m) continue;
    const a = from + m.index;
    const before = text.slice(Math.max(0, a - 40), a);
    // Two words before it at least; a name not after a capitalised word (its first half) nor after
    // one a place or a title would follow.
    if (!allNoise(m[0]) || !/\w\W+[\w']+$/.test(before)) continue;
    const name = /^\W*[A-Z][a-z]/.test(m[0]) && !FILLER.test(m[0].replace(/\W/g, ''));
    if (name && (/[A-Z]\w*$/.test(before) || (!m[0].includes(',') && BEFORE_PLACE.test(before)))) continue;
    spans.push([a, a + m[0].length]);
  }
  // Stretched letters, cut as the rules read the word ("thankkkk" → "thank", "sooo" → "so").
  STRETCH.lastIndex = 0;
  for (let m = (need & 4) === 0 ? null : STRETCH.exec(text); m; m = STRETCH.exec(text)) {
    let a = m.index;
    let b = a + 3;
    while (a > 0 && /[A-Za-z]/.test(text[a - 1] as string)) a--;
    while (b < text.length && /[A-Za-z]/.test(text[b] as string)) b++;
    STRETCH.lastIndex = b;
    // Not in a link, a handle or a file name ("www.", "@zzz").
    if (/[./@#:_\d-]/.test(text[a - 1] ?? '') || /[/@:_\d-]|\.\w/.test(text.slice(b, b + 2))) continue;
    const w = text.slice(a, b);
    const c = canon(w);
    let j = 0;
    for (let i = 0; i < w.length; ) {
      const x = (w[i] as string).toLowerCase();
      let n = 0;
      while (i + n < w.length && (w[i + n] as string).toLowerCase() === x) n++;
      let k = 0;
      while (c[j + k] === x) k++;
      if (k === 0 || k > n) break;
      if (k < n) spans.push([a + i + k, a + i + n]);
      i += n;
      j += k;
    }
  }
  if (spans.length === 0) return null;
  spans.sort((x, y) => x[0] - y[0]);
  let out = '';
  let from = 0;
  const cuts: Quiet['cuts'] = [];
  for (const [a, b] of spans) {
    if (a < from) continue;
    out += text.slice(from, a);
    cuts.push([out.length, b - a]);
    from = b;
  }
  out += text.slice(from);
  return /\w/.test(out) ? { text: out, cuts } : null;
}

/** An offset of the quiet text in the person's text: a start goes after a cut made there, an end before it. */
function back(q: Quiet, p: number, end: boolean): number {
  let s = 0;
  for (const [at, n] of q.cuts) if (at < p || (at === p && !end)) s += n;
  return p + s;
}

/** `a`, an analysis of `q.text`, at the offsets of the text `q` was made from. */
export function unquiet(a: Analysis, q: Quiet): Analysis {
  for (const f of a.findings) {
    const start = back(q, f.start, false);
    f.id = f.id.slice(0, f.id.lastIndexOf(':') + 1) + start;
    f.end = back(q, f.end, true);
    f.start = start;
    for (const s of f.suggestions) {
      const b = back(q, s.start, false);
      s.end = Math.max(b, back(q, s.end, true));
      s.start = b;
    }
  }
  return a;
}

/** Does a finding of `a` (an analysis of the person's text) take in a word that `q` cut? */
export function readsCut(a: Pick<Analysis, 'findings'>, q: Quiet): boolean {
  let shift = 0;
  for (const [at, n] of q.cuts) {
    const from = at + shift;
    shift += n;
    if (a.findings.some((f) => f.start < from + n && f.end > from)) return true;
  }
  return false;
}
