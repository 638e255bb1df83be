/**
 * Heat in the beat of the words: a command or a refusal cut into one-word sentences ("STOP.
 * CALLING. ME.", "Do. Not. Touch. My. Stuff.", "No. Just. No."). Each full stop lands like a
 * slammed door; the coach offers the same words as one calm sentence. Kind beats ("Thank. You.
 * So. Much.", "Happy. Birthday. Mom.") pass.
 */
import { valence } from '../lexicon';
import type { Sentence } from '../text';
import { type Draft, type Match, type RuleContext, type RuleFamily, withoutAsides } from './rule';

/** One word, then a full stop or a bang: a beat. */
const ONE_WORD = /^\W*[\p{L}']+\W*$/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

// Characters are read as `''.charCodeAt.call(s, i)`: in place whatever the kind of string (see text.ts).
/** Letters (any script) and the apostrophe make a beat's word. */
function wordCharAt(text: string, i: number): number {
  const c = ''.charCodeAt.call(text, i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  const len = cp > 0xffff ? 2 : 1;
  return LETTER.test(text.slice(i, i + len)) ? len : 0;
}

/** A full stop or a bang. */
const isMark = (c: number): boolean => c === 46 || c === 33;

/** White space (`\s`): ASCII by code, the rest by the regular expression. */
function spaceAt(text: string, i: number): boolean {
  const c = ''.charCodeAt.call(text, i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text.charAt(i));
}

/** The end of the word (`wordCharAt`) that starts at `i` (`i` itself when none does). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let w = i;
  for (let k = wordCharAt(text, w); k > 0 && w < n; k = wordCharAt(text, w)) w += k;
  return w;
}

/**
 * Three beats in a row somewhere in the text: a word, then full stops or bangs, then space, twice,
 * and a third word with its stop. Only runs of marks right after a word can start one: from each,
 * the two beats after it are read forwards (each character at most three times; the regular
 * expression this replaced, `(?:[\p{L}']+[.!]+\s+){2,}[\p{L}']+[.!]`, was quadratic in one long
 * word: 0.45 s for 100,000 letters).
 */
export function hasRun(text: string): boolean {
  const n = text.length;
  // Three beats need three full stops or bangs: most texts have fewer (one quick count).
  let marks = 0;
  for (let i = 0; i < n && marks < 3; i++) if (isMark(''.charCodeAt.call(text, i))) marks++;
  if (marks < 3) return false;
  for (let m = 1; m < n; m++) {
    if (!isMark(''.charCodeAt.call(text, m)) || isMark(''.charCodeAt.call(text, m - 1))) continue;
    // A word ends at m (an astral letter is two code units).
    const c = ''.charCodeAt.call(text, m - 1);
    const wordBefore =
      c >= 0xdc00 && c <= 0xdfff && m >= 2 && wordCharAt(text, m - 2) === 2
        ? true
        : wordCharAt(text, m - 1) === 1;
    if (!wordBefore) continue;
    let p = m;
    let beats = 0;
    for (;;) {
      while (p < n && isMark(''.charCodeAt.call(text, p))) p++;
      // p: after a word's marks. The third beat needs no space after it.
      if (beats === 2) return true;
      const sp = p;
      while (p < n && spaceAt(text, p)) p++;
      if (p === sp) break;
      const w = wordEnd(text, p);
      if (w === p || w >= n || !isMark(''.charCodeAt.call(text, w))) break;
      p = w;
      beats++;
    }
  }
  return false;
}
/** Words that make the beats a command or a refusal. */
const BITE =
  /^(?:stop|not|no|never|don't|dont|do|move|get|shut|leave|enough|read|answer|listen|drop|quit|back|off|out|again|now|done|over|unbelievable|ridiculous|seriously|your|ur|my|me|you|u)$/;

/**
 * The sentence's one word (from the text: a sentence may have no tokens of its own), or null.
 * With `open`, the last beat of a run may end the message without a mark ("every. single. time"),
 * and emoji may follow the marks.
 */
function beatWord(text: string, s: Sentence, open = false): string | null {
  const word = text.slice(s.start, s.contentEnd).trim();
  const tail = text.slice(s.contentEnd, s.end).trim();
  if (!/^[\p{L}']+$/u.test(word)) return null;
  if (/^[.!]+$/.test(tail)) return word;
  return open && /^[.!]*[^\p{L}\p{N}.!?]*$/u.test(tail) ? word : null;
}

/** "again." or "time." or "typical." at a sentence's end: where a beat of repetition may be. */
const REPEAT_HINT =
  /\b(?:again|typical|classic|time|day|week|weekend)[.!]|(?:^|[.!]\s+)(?:\w+\W+){0,2}(?:again|typical|classic|every|each)\b/i;

export const beats: RuleFamily = {
  id: 'heat',
  category: 'heat',
  minSensitivity: 'balanced',
  // Whole short texts hold a run; each sentence of one is a single word.
  quickCheck: (text: string) => ONE_WORD.test(text) || hasRun(text),
  textCheck: hasRun,
  match(ctx: RuleContext): Match[] {
    const { doc } = ctx;
    const out: Match[] = [];
    const ss = doc.sentences;
    for (let i = 0; i < ss.length; ) {
      const words: string[] = [];
      let j = i;
      for (let w = beatWord(doc.text, ss[j] as Sentence); w !== null; ) {
        words.push(w);
        j++;
        w = j < ss.length ? beatWord(doc.text, ss[j] as Sentence) : null;
      }
      if (words.length >= 3) {
        const lower = words.map((w) => w.toLowerCase());
        const bite = lower.some((w) => BITE.test(w));
        const warm = lower.some(
          (w) => valence(w) > 0 || /^(?:please|thank|thanks|happy|love|congrats|welcome|yes|yay)$/.test(w),
        );
        const a = ss[i] as Sentence;
        const b = ss[j - 1] as Sentence;
        const end = b.contentEnd + (doc.text.slice(b.contentEnd, b.end).match(/^[.!]+/)?.[0].length ?? 0);
        if (bite && !warm && b.last > a.first)
          out.push({
            rule: 'beats',
            first: a.first,
            last: b.last,
            start: a.start,
            end,
            severity: 2,
            min: 'balanced',
            why: 'shouting',
            pause: true,
            cap: {},
            note: lower.join(' '),
          });
      }
      i = Math.max(j, i + 1);
    }
    return out;
  },
  // "STOP. CALLING. ME." → "Stop calling me.": the same words as one calm sentence.
  suggest(_ctx: RuleContext, m: Match): Draft[] {
    const words = (m.note ?? '').replace(/\bi\b/g, 'I');
    return [
      {
        start: m.start as number,
        end: m.end as number,
        text: `${words.charAt(0).toUpperCase()}${words.slice(1)}.`,
      },
    ];
  },
};

/** A sentence about what "you" did: it opens (after "ok", "so", "great,") with the reader as subject. */
const YOU_OPENS =
  /^\W*(?:i (?:mean|swear|guess)\W+)?(?:(?:ok(?:ay)?|so|and|great|wow|hi|hey|well|oh|right|look|listen|like|honestly|seriously|then)\W+){0,3}(?:you|u|you're|youre|ur|you've|youve|your|ya)\b/i;
/** Warmth or a laugh in the sentence or its beats: "You nailed it. Again!", "… lol", "❤️". */
const FOND_BEAT =
  /\b(?:lol+|lmao|haha\w*|hehe\w*|jk|love|thanks?|thank you|proud|congrats?\w*|yay|well done|legend|spoil|best|sweet|kind|brilliant|amazing|nailed|aced|won|smashed|made it|killed it|owe you|unreal|thoughtful|spoil(?:s|ed)?)\b|[\u2764\u{1F602}\u{1F923}\u{1F60D}\u{1F970}\u{1F389}\u{1F60A}]/iu;

/** The beats that say "this again": "Again.", "Typical.", "Classic.", "Every. Single. Time." */
function repeatKind(lower: readonly string[]): string | null {
  const all = lower.join(' ');
  if (/^(?:every|each)(?: and every)?(?: single)? (?:time|day|week|weekend)$/.test(all)) return all;
  if (lower.length === 1 && /^(?:again|typical|classic)$/.test(all)) return all;
  return null;
}

/** At most this many beats of repetition a message. */
const MAX_BEATS = 8;

/** Laughs and stance openers, read apart from the words of a beat. */
const LAUGH_WORDS = /\b(?:lol+|lmao+|haha\w*|hehe\w*)\b/gi;
const STANCE_LEAD =
  /^(?:(?:i (?:mean|swear|guess)|ok(?:ay)?|so|and|honestly|seriously|look|well|like|oh)\W+){1,3}/i;
/** A tag after the last beat: "Typical smh.", "again tbh", "Every. Single. Time right now." */
const BEAT_TAIL =
  /\s+(?:smh|honestly|tbh|fr|ffs|today|lately|again|right now|rn|all the time|seriously|to me)$/i;

/** A sour or complaining word beside "Again!": "you ignored my texts. again!" */
const SOUR =
  /\b(?:late|forgot|forget|ignored?|never|didn'?t|don'?t|won'?t|left|lost|missed|cancell?ed|broke|yelled|again\W+again)\b/i;

/** A piece of the text: up to a run of . ! ? before a space or the end (the segmenter may not split "late. again."). */
interface Piece {
  start: number;
  /** End of its words, before the marks. */
  contentEnd: number;
  /** After the marks. */
  end: number;
}

/** The text's pieces, in one pass. */
function piecesOf(text: string): Piece[] {
  const out: Piece[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && SPACE.test(text.charAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let j = i;
    let done = false;
    while (j < n && !done) {
      const c = ''.charCodeAt.call(text, j);
      if (c === 46 || c === 33 || c === 63) {
        let k = j;
        while (k < n && /[.!?]/.test(text.charAt(k))) k++;
        if (k >= n || SPACE.test(text.charAt(k))) {
          out.push({ start, contentEnd: j, end: k });
          i = k;
          done = true;
        } else j = k;
      } else j++;
    }
    if (!done) {
      out.push({ start, contentEnd: n, end: n });
      i = n;
    }
  }
  return out;
}

/** Words of a beat of repetition: "again", "typical", "classic", "every (single) time". */
const REPEAT_WORD = /^(?:again|typical|classic|every|each|and|single|time|day|week|weekend)$/;

/**
 * Every word `beatWords` may read or strip: the words of a beat, of `STANCE_LEAD` and of `BEAT_TAIL`.
 * A plain-ASCII piece with any other word is no beat.
 */
const BEAT_OR_STRIPPED = new Set([
  ...'again typical classic every each and single time day week weekend'.split(' '),
  ...'i mean swear guess ok okay so honestly seriously look well like oh'.split(' '),
  ...'smh tbh fr ffs today lately right now rn all the to me'.split(' '),
]);

/**
 * A piece that cannot be a beat, found without building strings (most pieces: their first word
 * says so). A word of ASCII letters with plain ASCII either side (lower-casing or `\W` in the
 * strips may change other letters) is kept or stripped whole: outside `BEAT_OR_STRIPPED`, the
 * piece is no beat. Anything else is left to `beatWords`.
 */
function surelyNoBeat(text: string, p: Piece): boolean {
  const end = p.contentEnd;
  let i = p.start;
  while (i < end) {
    if (!asciiLetter(''.charCodeAt.call(text, i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < end && asciiLetter(''.charCodeAt.call(text, i))) i++;
    const before = s > p.start ? ''.charCodeAt.call(text, s - 1) : 32;
    const after = i < end ? ''.charCodeAt.call(text, i) : 32;
    if (before < 128 && after < 128 && (i - s > 9 || !BEAT_OR_STRIPPED.has(text.slice(s, i).toLowerCase())))
      return true;
  }
  return false;
}

const asciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The piece's words when all are words of a beat ("Every.", "every single time 🙄"), marks . or ! only. */
function beatWords(text: string, p: Piece): string[] | null {
  if (surelyNoBeat(text, p)) return null;
  const marks = text.slice(p.contentEnd, p.end);
  if (marks.includes('?')) return null;
  const body = text
    .slice(p.start, p.contentEnd)
    .replace(/[^\p{L}\p{N}'\s]+$/u, '')
    .trim()
    .toLowerCase()
    .replace(STANCE_LEAD, '')
    .replace(BEAT_TAIL, '');
  if (!body || body.length > 40) return null;
  const words = body.split(/\s+/);
  return words.every((w) => REPEAT_WORD.test(w)) ? words : null;
}

/** A piece about what "you" did, not asked, not warm. */
function aboutYou(text: string, p: Piece | undefined): boolean {
  if (!p) return false;
  const body = text.slice(p.start, p.end);
  if (body.length > 300 || !YOU_OPENS.test(body) || body.includes('?') || FOND_BEAT.test(body)) return false;
  let pos = 0;
  let neg = 0;
  for (const w of body.toLowerCase().split(/[^a-z']+/)) {
    const v = w ? valence(w) : 0;
    if (v > 0) pos += v;
    else neg -= v;
  }
  return !(pos > 0 && pos >= neg);
}

/** The first token at or after offset `at` (binary search), or the token count. */
function tokenAt(doc: RuleContext['doc'], at: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as { start: number }).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A beat of repetition beside a sentence about what "you" did: "You do this. Every. Single. Time.",
 * "Typical. You cancel again.", "you're late. again." The beat says "this again" as plainly as
 * "you always"; the coach offers the sentence without it. A beat beside praise or a laugh ("You
 * nailed it. Again!", "you did it. again! congrats!!"), beside news of one's own or the world's
 * ("The bus is late. Every. Single. Time.") passes.
 */
export const repeatBeats: RuleFamily = {
  id: 'absolutes',
  category: 'absolutes',
  minSensitivity: 'balanced',
  // The beat ("again.", "typical.", "time."): the sentence about "you" beside it is read from the
  // text, so the sentence gate need not segment it.
  quickCheck: (text: string) => REPEAT_HINT.test(text),
  textCheck: (text: string) => REPEAT_HINT.test(text),
  match(ctx: RuleContext): Match[] {
    const { doc } = ctx;
    const text = doc.text;
    if (!REPEAT_HINT.test(text)) return [];
    const out: Match[] = [];
    const ps = piecesOf(text);
    for (let i = 0; i < ps.length; ) {
      const words: string[] = [];
      let j = i;
      for (let w = beatWords(text, ps[j] as Piece); w !== null && words.length < 5; ) {
        words.push(...w);
        j++;
        w = j < ps.length ? beatWords(text, ps[j] as Piece) : null;
      }
      const kind = words.length > 0 ? repeatKind(words) : null;
      if (kind) {
        const a = ps[i] as Piece;
        const b = ps[j - 1] as Piece;
        // The beat after the sentence about "you", or before it.
        const after = i > 0 && aboutYou(text, ps[i - 1]);
        const before = !after && j < ps.length && aboutYou(text, ps[j]);
        // "every. time." as the whole reply: the tally of what they just did, no emoji or laugh.
        const alone =
          !after &&
          !before &&
          i === 0 &&
          j === ps.length &&
          // In beats ("every. time."), not an answer ("every day" to "how often?").
          j - i >= 2 &&
          /^e/.test(kind) &&
          !/[\u2764\u{1F300}-\u{1FAFF}]|\b(?:lol|lmao|haha|hehe)/iu.test(text);
        // The sentence, the beat and the piece that answers them: "classic. love you", "again. legend".
        const answer = ps[before ? j + 1 : j] as Piece | undefined;
        const near = text.slice(
          after ? (ps[i - 1] as Piece).start : a.start,
          Math.min(answer ? answer.end : b.end, b.end + 300),
        );
        // "You're back. Again!": a bare "again!" after a plain sentence is as often glad.
        const core = text.slice(
          after ? (ps[i - 1] as Piece).start : a.start,
          before ? (ps[j] as Piece).end : b.end,
        );
        const sour = SOUR.test(core);
        const glad = kind === 'again' && text.slice(b.contentEnd, b.end).includes('!') && !sour;
        // Warmth in the sentence or its beat; in the piece after, only when nothing sour was said
        // and not as an aside or a laugh ("you topped the class. again. legend", not "You're late.
        // Again. Love you.").
        const fondNear =
          FOND_BEAT.test(core) || (!sour && FOND_BEAT.test(withoutAsides(near).replace(LAUGH_WORDS, ' ')));
        const first = tokenAt(doc, a.start);
        const last = tokenAt(doc, b.contentEnd);
        if ((after || before || alone) && !glad && !fondNear && last > first) {
          const end = b.contentEnd + (text.slice(b.contentEnd, b.end).match(/^[.!]+/)?.[0].length ?? 0);
          out.push({
            rule: 'beat',
            first,
            last,
            start: a.start,
            end: Math.max(end, b.contentEnd),
            severity: 1,
            min: 'balanced',
            why: 'history',
            cap: {},
            note: after ? 'after' : before ? 'before' : 'alone',
          });
        }
      }
      // A handful is all a message shows: a long run of beats costs no more than a short one.
      if (out.length >= MAX_BEATS) break;
      i = Math.max(j, i + 1);
    }
    return out;
  },
  // "You do this. Every. Single. Time." → "You do this.": the moment, without the tally.
  suggest(ctx: RuleContext, m: Match): Draft[] {
    const text = ctx.doc.text;
    const start = m.start as number;
    const end = m.end as number;
    if (m.note === 'alone')
      return [
        {
          start,
          end,
          text: 'This keeps happening, and it gets to me.',
        },
      ];
    if (m.note === 'after') {
      let from = start;
      while (from > 0 && /\s/.test(text.charAt(from - 1))) from--;
      return [{ start: from, end, text: '' }];
    }
    let to = end;
    while (to < text.length && /\s/.test(text.charAt(to))) to++;
    return [{ start, end: to, text: '' }];
  },
};
