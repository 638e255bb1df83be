/**
 * A name called at someone ("shut up you sorry sack of crap", "you stupid little shit"): cutting
 * or swapping one word of it keeps the rest a label ("you little stuff", "you worthless"). The
 * whole of it, "you" and all, goes as one; alone in its sentence, it becomes what the person felt.
 */
import { isKnownVerb, isPastForm } from './grammar';
import {
  COMMON_WORDS,
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  STRONG_INSULT_ADJECTIVES,
  STRONG_INSULT_NOUNS,
} from './lexicon';
import { type Draft, sentenceOf, toSentenceEnd } from './rules/rule';
import { type Doc, type Token, tokenAt } from './text';

/** Words that describe the name that follows ("you sorry sack of…", "you lying little…"). */
const BEFORE_NAME =
  /^(?:little|sorry|old|big|fat|ugly|dirty|lying|filthy|stinking|miserable|absolute|complete|total|utter|fucking|fuckin|effing|freaking|damn|bloody|piece|sack|bag|waste|of|son|a|racist|sexist|entitled|spoiled|spoilt|ungrateful|whiny|greedy|arrogant|self-centered)$/;
const describes = (w: string) =>
  BEFORE_NAME.test(w) || INSULT_ADJECTIVES.has(w) || STRONG_INSULT_ADJECTIVES.has(w);
/** Laughter or a laughing emoji after a name: teasing. */
const LAUGHING =
  /(?:^|[^\p{L}])(?:lol+|lmao+|lmfao|haha+|hehe+|rofl)(?:$|[^\p{L}])|\u{1F602}|\u{1F923}|\u{1F606}|\u{1F61C}|\u{1F61D}/iu;
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
  // has its wording ("not being honest").
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
  // "that lazy bastard landlord": a noun after it is who they are; the rule cuts the swear alone.
  const n = t[b + 1] as Token | undefined;
  if (
    n &&
    b + 1 < s.last &&
    doc.text.slice((t[b] as Token).end, n.start) === ' ' &&
    /^\p{L}{3,}$/u.test(n.w) &&
    !COMMON_WORDS.has(n.w) &&
    !isKnownVerb(n.w) &&
    !isPastForm(n.w) &&
    !/(?:ly|ing|ed|s)$/.test(n.w)
  )
    return null;
  if (/^(?:this|that|some|the)$/.test(det))
    return { start: (t[k] as Token).start, end: (t[b] as Token).end, text: 'person' };
  return null;
}

export function vocative(doc: Doc, d: Draft): Draft | null {
  const t = doc.tokens;
  const a = tokenAt(doc.tokens, d.start);
  let b = a;
  while (b + 1 < t.length && (t[b + 1] as Token).start < d.end) b++;
  if (a >= t.length) return null;
  const s = sentenceOf(doc, a);
  if (b >= s.last) return null;
  const apart = (i: number) => /^ +$/.test(doc.text.slice((t[i] as Token).end, (t[i + 1] as Token).start));
  // Back to "you" over describing words only.
  let y = a;
  // "yaaaa bitch!!": a cheer stretched out reads as "you" to the tokenizer; it is no "you".
  const isYou = (i: number) =>
    /^(?:you|u|ya)$/.test((t[i] as Token).w) && !/^(?:ya{3,}|yo{3,})h*$/i.test((t[i] as Token).raw);
  while (y > s.first && y > a - 5 && !isYou(y) && apart(y - 1)) y--;
  if (!isYou(y) || y === b) return labelPhrase(doc, a, b);
  // On to the name the describing words lead to.
  let e = b;
  while (e + 1 < s.last && e < b + 4 && describes((t[e] as Token).w) && apart(e)) e++;
  // "you idiot" alone: the rules' own wording serves; a name with describing words goes whole, and
  // so does "you" when the rule only cuts the name ("get out you fucks!" → "get out you!").
  if (e < y + 2 && (d.text !== '' || e !== y + 1)) return null;
  for (let k = y + 1; k < e; k++) if (!describes((t[k] as Token).w) || !apart(k)) return null;
  const last = e + 1 === s.last;
  if (!last && !/[,;:.!]/.test(doc.text.slice((t[e] as Token).end, (t[e + 1] as Token).start))) return null;
  const first =
    y === s.first || /[,;:.!?]/.test(doc.text.slice((t[y - 1] as Token).end, (t[y] as Token).start));
  // "get on twitter you fucks!", "see you tomorrow you bastards": after a preposition's object or a
  // word of time, "you" can be no object: it names them, and goes with the name.
  if (
    !first &&
    !ENDS_BEFORE.test((t[y - 1] as Token).w) &&
    !/^(?:tomorrow|tonight|today|later|soon|again|anyway|too)$/.test((t[y - 1] as Token).w) &&
    !(
      y - 2 >= s.first &&
      /^(?:on|in|at|to|from|into|onto|with|about|off)$/.test((t[y - 2] as Token).w) &&
      /^\p{L}{2,}$/u.test((t[y - 1] as Token).w) &&
      apart(y - 2) &&
      apart(y - 1)
    ) &&
    !strandedBefore(doc, y, s.first, last)
  )
    return null;
  const you = t[y] as Token;
  // The name cut with its "you" and the mark or space before it.
  const cut: Draft | null =
    y > s.first
      ? { start: (t[y - 1] as Token).end, end: (t[e] as Token).end, text: '', label: 'Leave it out' }
      : null;
  // "…, you fucks!": the cut name takes its "you" and its comma.
  if (cut && e === y + 1) return cut;
  if (first && last) {
    if (doc.text.slice((t[e] as Token).end, s.end).includes('?')) return null;
    // "you ugly ass 😂": laughing, the jab goes whole and the laugh stays, never a heavy line.
    if (LAUGHING.test(doc.text.slice((t[e] as Token).end)))
      return { start: you.start, end: (t[e] as Token).end, text: '', label: 'Leave it out' };
    return toSentenceEnd(doc, y, "I'm really upset with you right now.");
  }
  if (first) {
    const next = t[e + 1] as Token;
    const up = /^\p{Lu}/u.test(you.raw) && /^\p{Ll}/u.test(next.raw);
    return up
      ? { start: you.start, end: next.start + 1, text: next.raw[0]?.toUpperCase() ?? '', verbatim: true }
      : { start: you.start, end: next.start, text: '', label: 'Leave it out' };
  }
  return cut;
}

/**
 * "…like you know what you're talking about you pathetic pansey!", "what are you looking at you
 * ugly freak": a preposition left at the end of a "what" clause takes no "you"; the name after it
 * closes the sentence, and goes whole.
 */
function strandedBefore(doc: Doc, y: number, first: number, last: boolean): boolean {
  if (!last || y - 1 <= first || !/^(?:about|at)$/.test((doc.tokens[y - 1] as Token).w)) return false;
  for (let k = y - 2; k >= first && k >= y - 8; k--)
    if (/^(?:what|who|whom|which|where)$/.test((doc.tokens[k] as Token).w)) return true;
  return false;
}

/** Copulas (and the "your" typed for "you're") before a label: "he is a…", "your a…". */
const COPULA =
  /^(?:is|was|are|were|r|be|been|being|ur|your|you're|youre|he's|she's|hes|shes|they're|theyre)$/;
/** Words that never describe the noun of a label: after them the cut is no label's head. */
const NOT_DESCRIBING =
  /^(?:of|to|for|with|in|on|at|by|from|that|who|which|like|than|as|but|or|so|not|no|the|a|an|my|your|his|her|their|our)$/;
/** Words that only say how much a label fits ("a complete and utter…"), and swears that only heat it. */
const DEGREE = /^(?:complete|utter|total|absolute|real|right|proper|royal|massive|huge|major|and)$/;
/** Words that read as describing ones ("lazy", "useless", "loud mouthed"); "a prank [ass face]" has a noun. */
const ADJ_LIKE =
  /^(?:\p{L}+(?:y|ful|less|ous|ive|ed|ic|al|ish|able|ible|ent|ant|ing)|complete|utter|total|absolute|real|and|new|big|favorite|favourite|stuck|up|mean|dumb|fat|ugly)$/u;
const SWEAR_LABEL =
  /^(?:bitch|bastard|cunt|dick|prick|twat|whore|slut|wanker|asshole|arsehole|dickhead|motherfucker|fucker|douche|douchebag|jackass|dumbass|asshat|shithead|fuck|shit|ass face|face)(?:e?s)?$/;
/** A name for a person: an insult noun of ours or a swear used as one. */
function isLabel(w: string): boolean {
  const one = w.replace(/(?:es|s)$/, '');
  return (
    SWEAR_LABEL.test(w) ||
    INSULT_NOUNS.has(w) ||
    STRONG_INSULT_NOUNS.has(w) ||
    INSULT_NOUNS.has(one) ||
    STRONG_INSULT_NOUNS.has(one) ||
    INSULT_NOUNS.has(w.replace(/s$/, '')) ||
    STRONG_INSULT_NOUNS.has(w.replace(/s$/, ''))
  );
}
const OWNER = /^(?:your|ur|his|her|their|my|our)$/;
const HEAT = /^(?:fucking|fuckin|effing|freaking|frickin|friggin|bloody|damn|goddamn)$/;

/**
 * "your a complete and utter [fucking moron]", "he's a stupid and lazy [idiot]": a cut of a label's
 * noun at the end of its clause would leave its describing words with no noun ("your a complete
 * and utter"). Words that only say how much take the idiom "a real pain" ("a complete and utter
 * pain"); other describing words go with the claim said plainly after a copula ("your out of line").
 */
export function headless(doc: Doc, d: Draft): Draft | null {
  const t = doc.tokens;
  if (d.text !== '') return null;
  const rest = doc.text.slice(d.end, d.end + 12);
  if (!/^[\s"'”’)]*[.!?,;:…]/.test(rest) && !(d.end + 12 >= doc.text.length && /^[\s"'”’)]*$/.test(rest)))
    return null;
  const a = tokenAt(doc.tokens, d.start);
  if (a >= t.length || (t[a] as Token).start >= d.end) return null;
  // "my son hard headed [as shit]": a cut that opens on "as" takes no label's noun, only an
  // intensifier; after an owner, the words before it describe the owner's noun, not a name.
  const linkCut = NOT_DESCRIBING.test((t[a] as Token).w);
  const s = sentenceOf(doc, a);
  // The cut must end on a name for a person ("…birthday [every year]" cuts no label's noun).
  let b = a;
  while (b + 1 < s.last && (t[b + 1] as Token).start < d.end) b++;
  if (!isLabel((t[b] as Token).w)) return null;
  let k = a - 1;
  let degreeOnly = true;
  let heat = a;
  while (k > s.first && k >= a - 5 && !/^an?$/.test((t[k] as Token).w) && !OWNER.test((t[k] as Token).w)) {
    const w = (t[k] as Token).w;
    // "loud mouthed": a word before a describing word in -ed makes one with it.
    const compound = k + 1 < a && /ed$/.test((t[k + 1] as Token).w);
    if (!/^\p{L}+$/u.test(w) || NOT_DESCRIBING.test(w) || !(describes(w) || ADJ_LIKE.test(w) || compound))
      return null;
    if (!/^(?: |, )$/.test(doc.text.slice((t[k] as Token).end, (t[k + 1] as Token).start))) return null;
    if (HEAT.test(w) && heat === k + 1) heat = k;
    else degreeOnly &&= DEGREE.test(w);
    k--;
  }
  // "your favorite loud mouthed [bitch]": after an owner, the noun plainly ("…loud mouthed person").
  // "go cry to your mommy, [bitch]": a name after a comma, with the owner's noun before it, is said
  // to them; it goes whole.
  if (
    k >= s.first &&
    OWNER.test((t[k] as Token).w) &&
    heat > k + 1 &&
    !degreeOnly &&
    !linkCut &&
    !doc.text.slice((t[a - 1] as Token).end, (t[a] as Token).start).includes(',')
  ) {
    const many = /[^s]s$/.test((t[b] as Token).w);
    return { start: (t[Math.min(heat, a)] as Token).start, end: d.end, text: many ? 'people' : 'person' };
  }
  if (k <= s.first || !/^an?$/.test((t[k] as Token).w) || heat === k + 1) return null;
  if (degreeOnly && (t[k] as Token).w === 'a')
    return { start: (t[heat] as Token).start, end: d.end, text: 'pain' };
  if (!COPULA.test((t[k - 1] as Token).w)) return null;
  return { start: (t[k] as Token).start, end: d.end, text: 'out of line' };
}

/** "…, the lot of you", "…, all of you": who the label was said of, after it. */
const LOT_OF_YOU =
  /^ ?,? ?(?:the (?:whole )?lot|all|every one|every single one|the pair|the both|both) of (?:you|ya|u)\b/i;
const DIM = /^(?:idiots|morons|fools|imbeciles|dumbasses|dimwits|halfwits|nitwits|cretins|clowns|dummies)$/;

/**
 * "idiots the lot of you if you think…", "morons, all of you": a label that opens the sentence and
 * is then said of them all; cut or swapped ("people the lot of you"), the rest means nothing. What
 * was said, plainly: "you're all mistaken if you think…".
 */
export function lotOfYou(doc: Doc, d: Draft): Draft | null {
  const t = doc.tokens;
  const a = tokenAt(doc.tokens, d.start);
  if (a >= t.length) return null;
  const s = sentenceOf(doc, a);
  // The label: the first word of the sentence after its describing words, and the edit's.
  let b = s.first;
  while (b + 1 < s.last && b < s.first + 4 && describes((t[b] as Token).w)) b++;
  if (b < a || (t[b] as Token).start >= d.end) return null;
  const after = LOT_OF_YOU.exec(doc.text.slice((t[b] as Token).end, (t[b] as Token).end + 32));
  if (!after) return null;
  const text = DIM.test((t[b] as Token).w) ? "you're all mistaken" : "you're all out of line";
  return { start: (t[s.first] as Token).start, end: (t[b] as Token).end + after[0].length, text };
}

/**
 * "don't be mad, stupid.", "nice try, dumb!": a describing insult called after a comma at the end of
 * a sentence stands for a name; swapped for a milder word ("…, misguided.") it still reads as one.
 * It goes, with its comma.
 */
export function calledAtEnd(doc: Doc, d: Draft): Draft | null {
  const t = doc.tokens;
  const a = tokenAt(doc.tokens, d.start);
  if (a === 0 || a >= t.length) return null;
  const tok = t[a] as Token;
  if (tok.start < d.start || tok.end > d.end || ((t[a + 1] as Token | undefined)?.start ?? d.end) < d.end)
    return null;
  if (!(INSULT_ADJECTIVES.has(tok.w) || STRONG_INSULT_ADJECTIVES.has(tok.w))) return null;
  const s = sentenceOf(doc, a);
  if (a !== s.last - 1 || a - 1 < s.first) return null;
  const before = t[a - 1] as Token;
  if (!/^ ?, ?$/.test(doc.text.slice(before.end, tok.start))) return null;
  // Said of someone, not called at them: "they are, in fact, dumb", "i find it, and you, disgusting",
  // "your remarks are offensive, ignorant" (a comma earlier in the sentence, or a copula before it).
  if (doc.text.slice((t[s.first] as Token).start, before.end).includes(',')) return null;
  // A sentence about them already ("ur the worst roommate ive ever had, disgusting"): a verdict on it.
  for (let i = s.first; i < a; i++)
    if (/^(?:you|u|ur|your|you're|youre|ya)$/.test((t[i] as Token).w)) return null;
  if (/^(?:is|are|was|were|am|be|been|being|seem|seems|look|looks|sound|sounds|fact|course)$/.test(before.w))
    return null;
  return { start: before.end, end: tok.end, text: '', label: 'Leave it out' };
}
