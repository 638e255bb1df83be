/**
 * A name called at someone ("shut up you sorry sack of crap", "you stupid little shit"): cutting
 * or swapping one word of it keeps the rest a label ("you little stuff", "you worthless"). The
 * whole of it, "you" and all, goes as one; alone in its sentence, it becomes what the person felt.
 */
import { INSULT_ADJECTIVES, STRONG_INSULT_ADJECTIVES } from './lexicon';
import { type Draft, sentenceOf, toSentenceEnd } from './rules/rule';
import type { Doc, Token } from './text';

/** Words that describe the name that follows ("you sorry sack of…", "you lying little…"). */
const BEFORE_NAME =
  /^(?:little|sorry|old|big|fat|ugly|dirty|lying|filthy|stinking|miserable|absolute|complete|total|utter|fucking|fuckin|effing|freaking|damn|bloody|piece|sack|bag|waste|of|son|a|racist|sexist|entitled|spoiled|spoilt|ungrateful|whiny|greedy|arrogant|self-centered)$/;
const describes = (w: string) =>
  BEFORE_NAME.test(w) || INSULT_ADJECTIVES.has(w) || STRONG_INSULT_ADJECTIVES.has(w);
/** Where a called name can follow a finished order or exclamation: "shut up you…", "hey you…". */
const ENDS_BEFORE =
  /^(?:up|off|out|it|already|now|please|down|away|lol|here|there|again|hey|oh|ok|okay|yes|no|yeah|well|listen|look|bye|thanks)$/;

/**
 * "he's a sorry sack of shit", "that racist old bastard keyed my car": a label with describing
 * words of its own keeps a label when only its noun is swapped ("a sorry sack of stuff", "that
 * racist person"); the words go with it: "out of line" after "is a", "that person" after a pointer.
 */
function labelPhrase(doc: Doc, a: number, b: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, b);
  let k = a;
  while (
    k > s.first &&
    k > a - 5 &&
    describes((t[k - 1] as Token).w) &&
    ((t[k - 1] as Token).w !== 'a' || (t[k - 2] as Token | undefined)?.w === 'of')
  )
    k--;
  if (k === a) return null;
  let j = k;
  for (; j < b; j++)
    if (
      !(describes((t[j] as Token).w) || j >= a) ||
      !/^ +$/.test(doc.text.slice((t[j] as Token).end, (t[j + 1] as Token).start))
    )
      return null;
  if (k - 1 < s.first || /s$/.test((t[b] as Token).w)) return null;
  // A describing word of its own ("racist", "sorry"), not only "total", "old" or "bloody"; "lying"
  // has its wording ("not being straight with us").
  const own = (w: string) =>
    !/^(?:total|complete|absolute|utter|bloody|fucking|fuckin|effing|freaking|damn|big|little|old|a|of|son|piece|sack|bag|waste)$/.test(
      w,
    );
  let some = false;
  for (let i = k; i < a; i++) {
    if ((t[i] as Token).w === 'lying') return null;
    some ||= own((t[i] as Token).w);
  }
  if (!some) return null;
  // "the car is a useless piece of crap": said of a thing, the rules' own wording ("junk").
  if (
    /^(?:shit|crap|garbage|trash|junk|shite)$/.test((t[b] as Token).w) &&
    !/^(?:he|she|you|u|they)$/.test((t[k - 3] as Token | undefined)?.w ?? '') &&
    !/^(?:he's|she's|hes|shes|you're|youre|ur)$/.test((t[k - 2] as Token | undefined)?.w ?? '')
  )
    return null;
  const det = (t[k - 1] as Token).w;
  const cop = k - 2 >= s.first ? (t[k - 2] as Token).w : '';
  if (/^an?$/.test(det) && /^(?:is|was|are|he's|she's|hes|shes|you're|youre|ur)$/.test(cop))
    return { start: (t[k - 1] as Token).start, end: (t[b] as Token).end, text: 'out of line' };
  if (/^(?:this|that|some|the)$/.test(det))
    return { start: (t[k] as Token).start, end: (t[b] as Token).end, text: 'person' };
  return null;
}

export function vocative(doc: Doc, d: Draft): Draft | null {
  const t = doc.tokens;
  let a = 0;
  while (a < t.length && (t[a] as Token).end <= d.start) a++;
  let b = a;
  while (b + 1 < t.length && (t[b + 1] as Token).start < d.end) b++;
  if (a >= t.length) return null;
  const s = sentenceOf(doc, a);
  if (b >= s.last) return null;
  const apart = (i: number) => /^ +$/.test(doc.text.slice((t[i] as Token).end, (t[i + 1] as Token).start));
  // Back to "you" over describing words only.
  let y = a;
  while (y > s.first && y > a - 5 && !/^(?:you|u|ya)$/.test((t[y] as Token).w) && apart(y - 1)) y--;
  if (!/^(?:you|u|ya)$/.test((t[y] as Token).w) || y === b) return labelPhrase(doc, a, b);
  // On to the name the describing words lead to.
  let e = b;
  while (e + 1 < s.last && e < b + 4 && describes((t[e] as Token).w) && apart(e)) e++;
  // "you idiot" alone: the rules' own wording serves; a name with describing words goes whole.
  if (e < y + 2) return null;
  for (let k = y + 1; k < e; k++) if (!describes((t[k] as Token).w) || !apart(k)) return null;
  const last = e + 1 === s.last;
  if (!last && !/[,;:.!]/.test(doc.text.slice((t[e] as Token).end, (t[e + 1] as Token).start))) return null;
  const first =
    y === s.first || /[,;:.!?]/.test(doc.text.slice((t[y - 1] as Token).end, (t[y] as Token).start));
  if (!first && !ENDS_BEFORE.test((t[y - 1] as Token).w)) return null;
  const you = t[y] as Token;
  if (first && last) {
    if (doc.text.slice((t[e] as Token).end, s.end).includes('?')) return null;
    return toSentenceEnd(doc, y, "I'm really upset with you right now.");
  }
  if (first) {
    const next = t[e + 1] as Token;
    const up = /^\p{Lu}/u.test(you.raw) && /^\p{Ll}/u.test(next.raw);
    return up
      ? { start: you.start, end: next.start + 1, text: next.raw[0]?.toUpperCase() ?? '', verbatim: true }
      : { start: you.start, end: next.start, text: '', label: 'Leave it out' };
  }
  return { start: (t[y - 1] as Token).end, end: (t[e] as Token).end, text: '', label: 'Leave it out' };
}
