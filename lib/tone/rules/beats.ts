/**
 * Heat in the beat of the words: a command or a refusal cut into one-word sentences ("STOP.
 * CALLING. ME.", "Do. Not. Touch. My. Stuff.", "No. Just. No."). Each full stop lands like a
 * slammed door; the coach offers the same words as one calm sentence. Kind beats ("Thank. You.
 * So. Much.", "Happy. Birthday. Mom.") pass.
 */
import { valence } from '../lexicon';
import type { Sentence } from '../text';
import type { Draft, Match, RuleContext, RuleFamily } from './rule';

/** One word, then a full stop or a bang: a beat. */
const ONE_WORD = /^\W*[\p{L}']+\W*$/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

/** Letters (any script) and the apostrophe make a beat's word. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  const len = cp > 0xffff ? 2 : 1;
  return LETTER.test(text.slice(i, i + len)) ? len : 0;
}

/**
 * Three beats in a row somewhere in the text: a word, then full stops or bangs, then space, twice,
 * and a third word with its stop. One pass over the text (the regular expression it replaces,
 * `(?:[\p{L}']+[.!]+\s+){2,}[\p{L}']+[.!]`, was quadratic in one long word: 0.45 s for 100,000 letters).
 */
export function hasRun(text: string): boolean {
  const n = text.length;
  // Three beats need three full stops or bangs: most texts have fewer (one quick count).
  let marks = 0;
  for (let i = 0; i < n && marks < 3; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33) marks++;
  }
  if (marks < 3) return false;
  let beats = 0;
  let i = 0;
  while (i < n) {
    let w = i;
    for (let k = wordCharAt(text, w); k > 0 && w < n; k = wordCharAt(text, w)) w += k;
    if (w === i) {
      beats = 0;
      i++;
      continue;
    }
    let p = w;
    while (p < n && (text.charCodeAt(p) === 46 || text.charCodeAt(p) === 33)) p++;
    if (p === w) {
      beats = 0;
      i = w;
      continue;
    }
    if (beats >= 2) return true;
    let sp = p;
    while (sp < n && SPACE.test(text.charAt(sp))) sp++;
    beats = sp === p ? 0 : beats + 1;
    i = sp;
  }
  return false;
}
/** Words that make the beats a command or a refusal. */
const BITE =
  /^(?:stop|not|no|never|don't|dont|do|move|get|shut|leave|enough|read|answer|listen|drop|quit|back|off|out|again|now|done|over|unbelievable|ridiculous|seriously|your|ur|my|me|you|u)$/;

/** The sentence's one word (from the text: a sentence may have no tokens of its own), or null. */
function beatWord(text: string, s: Sentence): string | null {
  const word = text.slice(s.start, s.contentEnd).trim();
  const tail = text.slice(s.contentEnd, s.end).trim();
  return /^[\p{L}']+$/u.test(word) && /^[.!]+$/.test(tail) ? word : null;
}

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
