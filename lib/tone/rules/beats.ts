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
/** Three beats in a row somewhere in the text. */
const RUN = /(?:[\p{L}']+[.!]+\s+){2,}[\p{L}']+[.!]/u;
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
  quickCheck: (text: string) => ONE_WORD.test(text) || RUN.test(text),
  textCheck: (text: string) => RUN.test(text),
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
