/**
 * Talking down by dismissing feelings: "calm down", "you're overreacting", "too sensitive",
 * "stop being dramatic", "get over it". Offers acknowledging the feeling instead.
 */

import { BLOWN_UP_SLOT, CALM_DOWN_SLOT, CHILDISH_SLOT, WHINE_SLOT, wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  aboutText,
  clauseEnd,
  type Draft,
  gripOnThing,
  isClauseEnd,
  isImperative,
  lowerSentence,
  type Match,
  mentionsYou,
  negatedBefore,
  notWarmAfter as notWarm,
  polarity,
  polarityNoLaughter,
  removeTokens,
  replaceTokens,
  sayInstead,
  says,
  sentenceOf,
  stanceWord,
  toSentenceEnd,
  warmAround,
} from './rule';

const imperative = (doc: Doc, first: number) => isImperative(doc, first) && !negatedBefore(doc, first, 2);

/**
 * An order put as a question: "can you please stop making a scene", "could u just stop whining".
 * Only the modal, "you" and "please"/"just" before it, from the sentence's start.
 */
function askedOrder(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  let k = first;
  while (k > s.first && /^(?:please|pls|just)$/.test((doc.tokens[k - 1] as Token).w)) k--;
  return (
    k - 2 >= s.first &&
    /^(?:you|u)$/.test((doc.tokens[k - 1] as Token).w) &&
    /^(?:can|could|would|will)$/.test((doc.tokens[k - 2] as Token).w)
  );
}

/**
 * The question or tally that leads a charge about "you": "why do you …", "you always …". The
 * rewording starts there, so no "why do" is left hanging.
 */
function leadStart(doc: Doc, first: number): number {
  const s = sentenceOf(doc, first);
  let k = first;
  while (k > s.first && /^(?:why|do|does|did)$/.test((doc.tokens[k - 1] as Token).w)) k--;
  return k === s.first || isClauseEnd(doc, k - 1) ? k : first;
}

/** What a person who wants to keep something to themselves can say instead of shutting the other out. */
const KEEP_OUT = "I'd rather keep this to myself for now";
/** What every "keep out" entry shares: a withdrawal, said in earnest, at balanced. */
const KEEP_OUT_RULE = {
  rule: 'keep-out',
  severity: 2,
  min: 'balanced',
  why: 'withdraw',
  category: 'withdrawal',
} as const;
/** What asking why someone stepped in sounds like, asked for real. */
const WHY_INVOLVED = 'Could you tell me why this matters to you?';

/**
 * "…, and what business was it of yours?": after "and"/"but", in the person's own question, the
 * question asked for real ("…, and why did it matter to you?"); elsewhere WHY_INVOLVED.
 */
function whyInvolved(doc: Doc, m: Match): Draft {
  const s = sentenceOf(doc, m.first);
  const prev = m.first > s.first ? (doc.tokens[m.first - 1] as Token).w : '';
  if (prev !== 'and' && prev !== 'but') return clauseOrSentence(doc, m, WHY_INVOLVED);
  let past = false;
  for (let k = m.first; k < m.last; k++) if ((doc.tokens[k] as Token).w === 'was') past = true;
  return replaceTokens(doc, m.first, m.last, past ? 'why did it matter to you' : 'why does it matter to you');
}

/**
 * Shutting someone out in earnest: not negated ("it's not none of your business"), not in a warm
 * sentence ("none of your business, but I love that you asked!"), not laughed off.
 */
function keptOut(doc: Doc, first: number, end: number): boolean {
  return (
    !negatedBefore(doc, first, 2) &&
    !warmAround(doc, first, first, end) &&
    !/\b(?:lol|haha|lmao|jk)\b|\u{1F602}|\u{1F923}|\u{1F61C}|\u{1F609}/u.test(aboutText(doc, first, end))
  );
}

/** Words that open a noun phrase: after "calm down" they make it a plain verb ("calm down the pan"). */
const OBJECT_OPENERS: ReadonlySet<string> = wordSet(
  'the a an this that these those his her their my our its some',
);

function takesObject(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i - 1);
  if (i >= s.last) return false;
  const gap = doc.text.slice((doc.tokens[i - 1] as Token).end, (doc.tokens[i] as Token).start);
  return gap.trim() === '' && OBJECT_OPENERS.has((doc.tokens[i] as Token).w);
}

/** "calm down on the hot sauce", "go easy with the salt": less of a thing, not of a feeling. */
function moderates(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i - 1);
  if (i + 1 >= s.last) return false;
  const w = (doc.tokens[i] as Token).w;
  return (w === 'on' || w === 'with') && OBJECT_OPENERS.has((doc.tokens[i + 1] as Token).w);
}

/** "Calm down and relax are the worst things to say": the words are talked about, not said. */
function namedAsSubject(doc: Doc, end: number): boolean {
  const s = sentenceOf(doc, end - 1);
  for (let k = end; k < s.last && k < end + 3; k++) {
    if (isClauseEnd(doc, k - 1)) return false;
    const w = (doc.tokens[k] as Token).w;
    // "calm down it was a joke": a run-on's next clause has its own subject.
    if (/^(?:it|that|this|i|you|u|he|she|we|they)$/.test(w)) return false;
    if (w === 'is' || w === 'are' || w === 'was' || w === 'were') return true;
  }
  return false;
}

/** "you need to calm down", "I'm telling you to calm down": said to them, not "I need to calm down". */
/** What one offers so someone can settle: "give yourself time to calm down", "a way to calm down". */
const ROOM_TO: ReadonlySet<string> = wordSet(
  'time chance moment minute minutes second sec hour while space room break place opportunity way ways',
);

/**
 * "give yourself time to calm down", "a way for each of you to calm down": time or a way offered
 * for settling, care rather than a command. Not "I told you to calm down".
 */
function roomToSettle(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (first - 2 < s.first || (t[first - 1] as Token).w !== 'to') return false;
  return ROOM_TO.has((t[first - 2] as Token).w);
}

function toYou(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  if ((t[first - 1] as Token | undefined)?.w !== 'to') return false;
  const s = sentenceOf(doc, first);
  for (let k = first - 2; k >= s.first && k >= first - 5; k--) {
    const w = (t[k] as Token).w;
    if (w === 'you' || w === 'u' || w === 'yourself') return true;
    if (w === 'i' || w === "i'm" || w === 'im' || w === 'we' || w === 'me' || w === "let's" || w === 'us')
      return false;
  }
  return false;
}

/** What is waved away in "spare me the …", "save your …". */
const WAVED_AWAY =
  'sob_story|drama|lecture|lectures|speech|speeches|excuses|excuse|bs|bullshit|crap|theatrics|attitude|nonsense|whining|guilt_trip|act|crocodile_tears|pity_party|sermon|preaching|breath|fake_tears|victim_act|tears|story|stories|explanations|waterworks|dramatics';

/**
 * Words that make "relax" a brush-off: a joke or a small thing being defended ("it was a joke",
 * "not a big deal", "it's just a game"), an accusation denied ("nobody's attacking you"), or
 * exasperation ("omg", "jeez", "bro").
 */
const BRUSH_CUE: ReadonlySet<string> = wordSet(
  'joke joking kidding jk deep attacking attacked jeez geez sheesh omg bro bruh dude lol lmao overreacting dramatic sensitive serious',
);

function brushOffCue(doc: Doc): boolean {
  const t = doc.tokens;
  for (let k = 0; k < t.length && k < 64; k++) {
    const w = (t[k] as Token).w;
    if (BRUSH_CUE.has(w)) return true;
    if (w === 'deal' && k > 0 && (t[k - 1] as Token).w === 'big') return true;
    if (
      (w === 'just' || w === 'only' || w === 'one') &&
      k > 0 &&
      /^(?:it's|its|it|was|that's|thats)$/.test((t[k - 1] as Token).w)
    )
      return true;
  }
  return false;
}

/** A correction or brush-off in the sentence: the endearment is then condescension. */
function correction(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  const t = doc.tokens;
  for (let k = s.first; k < s.last && k < s.first + 48; k++) {
    const w = (t[k] as Token).w;
    const next = k + 1 < s.last ? (t[k + 1] as Token).w : '';
    if (w === 'clearly' || w === 'obviously' || w === 'bless') return true;
    // "that isn't how it works"; not "that's not how I remember it" (a memory, not a correction).
    if (
      (w === 'not' || w === "isn't") &&
      (next === 'how' || next === 'what') &&
      !/^(?:i|we)$/.test(k + 2 < s.last ? (t[k + 2] as Token).w : '')
    )
      return true;
    if ((w === "doesn't" || w === 'doesnt') && next === 'work') return true;
    if (w === 'whatever' && next === 'you') return true;
    if (w === 'nice' && next === 'try') return true;
    if (
      (w === "don't" || w === 'dont' || w === "wouldn't" || w === "won't") &&
      /^(?:understand|get|know)$/.test(next) &&
      mentionsYou(doc, k)
    )
      return true;
  }
  return false;
}

/** Comfort around the words: a warm message overall, or words of comfort and care near them. */
const COMFORT: ReadonlySet<string> = wordSet(
  "okay ok alright it's_ok here breathe sweetie sweetheart honey darling hun babe buddy love little safe hug hugs proud fine",
);

function soothing(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  let comfort = 0;
  for (let k = s.first; k < s.last; k++) if (COMFORT.has((doc.tokens[k] as Token).w)) comfort++;
  // The words themselves ("calm") do not count. Read in the sentence and the next one, which
  // answers it: a warm sentence before ("They came out great. Calm down …") soothes nothing.
  const next = doc.sentences[(doc.tokens[first] as Token).sent + 1];
  const a = polarityNoLaughter(doc, s.first, first);
  const b = polarityNoLaughter(doc, end, Math.max(s.last, next ? next.last : s.last));
  const p = { pos: a.pos + b.pos, neg: a.neg + b.neg };
  return comfort >= 2 || (comfort >= 1 && p.pos >= p.neg) || p.pos > p.neg + 1 || reassured(doc, end, s.last);
}

/** A promise made together after it ("calm down, we'll make it", "we've got plenty of time"). */
const REASSURANCE: ReadonlySet<string> = wordSet(
  "we'll we've plenty we'd_make we_will we_can we_have_time no_rush",
);

function reassured(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens;
  // A clause of its own ("calm down or we'll leave" is a threat), with nothing sour in it ("we will
  // talk when you stop screaming").
  if (from >= to || !isClauseEnd(doc, from - 1) || polarityNoLaughter(doc, from, to).neg > 0) return false;
  // Not a condition put on them ("we'll talk when you're not being a psycho", "like adults").
  for (let k = from; k < to; k++)
    if (/^(?:you|you're|youre|your|u|ur|adults?)$/.test((t[k] as Token).w)) return false;
  for (let k = from; k < to; k++) {
    const x = (t[k] as Token).w;
    if (REASSURANCE.has(x)) return true;
    const y = k + 1 < to ? (t[k + 1] as Token).w : '';
    if (REASSURANCE.has(`${x}_${y}`)) return true;
    const z = k + 2 < to ? (t[k + 2] as Token).w : '';
    if (REASSURANCE.has(`${x}_${y}_${z}`)) return true;
  }
  return false;
}

/**
 * "it's not that deep, the pool", "it's not that deep here", "not that deep, 2 metres": depth of a
 * thing named after it (a place, a measure, "the pool" standing for "it"), not of a feeling.
 */
function depthOfThing(doc: Doc, end: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, end - 1);
  if (end >= s.last) return false;
  const x = (t[end] as Token).w;
  if (/^(?:here|there|at|in)$/.test(x) || /^\d/.test(x)) return true;
  return (
    isClauseEnd(doc, end - 1) &&
    /^(?:the|this|that|our|my|your)$/.test(x) &&
    end + 1 < s.last &&
    /^\p{L}{3,}$/u.test((t[end + 1] as Token).w) &&
    (end + 2 >= s.last || isClauseEnd(doc, end + 1))
  );
}

/** Replace the clause when it is the whole sentence (with our own mark), else just the clause. */
function clauseOrSentence(doc: Doc, m: Match, text: string): Draft {
  const s = sentenceOf(doc, m.first);
  const ce = clauseEnd(doc, Math.max(m.first, m.last - 1));
  // "you suck it up": the order's "you" goes with it.
  const f =
    m.first > s.first && /^(?:you|u)$/.test((doc.tokens[m.first - 1] as Token).w) ? m.first - 1 : m.first;
  if (ce === s.last - 1) return toSentenceEnd(doc, f, /[.?!]$/.test(text) ? text : `${text}.`);
  return replaceTokens(doc, f, ce + 1, text.replace(/[.?!]$/, ''));
}

/**
 * "grow up and do your job", "Grow up mate", "toughen up, it's only a game": the smallest edit that
 * keeps what was asked. Before "and" and an order, the order alone, asked ("please do your job");
 * on its own "grow up" becomes a plain "come on" ("let's be mature about this" still told them they
 * were not), and "man up"/"toughen up" is a push to hold on ("hang in there"). A name said after it
 * stays, after a comma ("…, mate").
 */
function growUp(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const next = m.last < s.last ? (t[m.last] as Token) : undefined;
  const next2 = m.last + 1 < s.last ? (t[m.last + 1] as Token) : undefined;
  const gap = next ? doc.text.slice((t[m.last - 1] as Token).end, next.start) : '';
  if (
    next?.w === 'and' &&
    next2 &&
    /^ +$/.test(gap) &&
    /^\p{L}{2,}$/u.test(next2.w) &&
    !/^(?:i|you|u|we|they|he|she|it|the|a|an|your|my|this|that|then|so|if|when|because|not)$/.test(next2.w)
  ) {
    if (next2.w === 'please') return [removeTokens(doc, m.first, m.last + 1, 'Leave it out')];
    return [replaceTokens(doc, m.first, m.last + 1, 'please')];
  }
  const first = (t[m.first] as Token).w;
  const said = first === 'grow' ? 'come on' : 'hang in there';
  // "just grow up already": the words that push the order go with it.
  let from = m.first;
  while (
    from > s.first &&
    /^(?:just|please|pls|plz|you|u)$/.test((t[from - 1] as Token).w) &&
    /^ +$/.test(doc.text.slice((t[from - 1] as Token).end, (t[from] as Token).start))
  )
    from--;
  let to = m.last;
  while (to < s.last && /^(?:already|now|a|bit|little|some)$/.test((t[to] as Token).w)) to++;
  if (to > m.last && /^(?:a|some)$/.test((t[to - 1] as Token).w)) to--;
  const after = to < s.last ? (t[to] as Token) : undefined;
  if (
    after &&
    /^(?:mate|dude|man|bro|buddy|pal|guys|kid|son|honey|sweetie|lol)$/.test(after.w) &&
    /^ +$/.test(doc.text.slice((t[to - 1] as Token).end, after.start))
  )
    return [replaceTokens(doc, from, to + 1, `${said}, ${after.raw}`)];
  return [replaceTokens(doc, from, to, said)];
}

const acknowledge = (primary: string, second?: string) => (doc: Doc, m: Match) => {
  const out = [clauseOrSentence(doc, m, primary)];
  if (second) out.push(toSentenceEnd(doc, m.first, second));
  return out;
};

/** A feeling waved off, and the plain state it stands for ("overreacting" → "upset"). */
const STATE_FOR: Readonly<Record<string, string>> = {
  overreacting: 'upset',
  hysterical: 'upset',
  dramatic: 'upset',
  oversensitive: 'upset',
  emotional: 'upset',
  touchy: 'upset',
  sensitive: 'upset',
  extra: 'upset',
  irrational: 'upset',
  hormonal: 'upset',
  paranoid: 'worried',
  overreact: 'get upset',
  overreacted: 'got upset',
};

/** Words that open a clause inside another: after them, a sentence of ours cannot start. */
const OPENS_INNER =
  /^(?:because|cause|cuz|coz|cos|bc|since|as|if|when|whenever|while|that|think|thought|guess|know|knew|feel|felt|said|says)$/;

/** What may follow the plain state in the same clause: a reason, a time, what it is about. */
const STATE_GOES_ON = /^(?:about|over|because|cause|cuz|coz|cos|bc|since|when|whenever|every|if)$/;

/** The subject and auxiliaries a waved-off feeling is said with: "you're", "you've been", "u are". */
const SUBJECT_AUX = /^(?:you|u|you're|youre|ur|you've|youve|are|were|have|been|r)$/;

/**
 * "is he hiding it because you've been overreacting when he calls?", "You are overreacting because
 * you can't accept it": inside a longer clause a sentence of ours ("It seems this really upset
 * you") would splice or drop what follows. There, the clause stays and the dismissing word becomes
 * the plain state ("because you've been upset when he calls"); said on its own, ours.
 */
const stateOrAcknowledge = (primary: string, second?: string) => (doc: Doc, m: Match) => {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let d = -1;
  for (let k = m.first; k < m.last; k++) if (STATE_FOR[(t[k] as Token).w]) d = k;
  const inner =
    d >= 0 &&
    ((m.first > s.first &&
      OPENS_INNER.test((t[m.first - 1] as Token).w) &&
      /^ +$/.test(doc.text.slice((t[m.first - 1] as Token).end, (t[m.first] as Token).start))) ||
      (d + 1 < s.last && !isClauseEnd(doc, d) && STATE_GOES_ON.test((t[d + 1] as Token).w)));
  let j = m.first;
  while (inner && j < d && SUBJECT_AUX.test((t[j] as Token).w)) j++;
  if (!inner || j === m.first) return acknowledge(primary, second)(doc, m);
  return [replaceTokens(doc, j, d + 1, STATE_FOR[(t[d] as Token).w] as string)];
};

/** What gives "move on" a deadline or an edge: "it's been a week", "already", "seriously", "jeez". */
const MOVE_ON_CUE =
  /\b(?:already|seriously|it'?s been|jeez|ffs|ugh|omg|enough|let it go|get over)\b|^\W*(?:just )?move on\W*$/iu;

/** "you're reading too much into it", "…taking it too personally": the feeling made a misreading. */
const READ_INTO =
  'reading_too_much_into_it|reading_too_much_into_this|reading_way_too_much_into_it|reading_way_too_much_into_this|taking_it_too_personally|taking_this_too_personally';

/** Worked up: "worked up", "wound up", "bent out of shape". */
const WORKED_UP = 'worked_up|riled_up|wound_up|het_up|bent_out_of_shape';

/** Cold: nothing warm in the sentence, no laughter or heart near. */
const FOND = /\b(?:lol|haha\w*|lmao|love)\b|[\u2764\u{1F602}\u{1F923}\u{1F60A}\u{1F970}\u{1F618}]/iu;
const coldSaid = (doc: Doc, first: number) => notWarm(doc, first) && !says(doc, FOND);

const DRAMA =
  'overreacting|overthinking|exaggerating|hysterical|paranoid|dramatic|irrational|oversensitive|unreasonable|emotional|touchy|sensitive|ridiculous|silly|extra|delusional|petty|difficult|hormonal';

/** What makes learning told to someone a reproach: "before you comment", "by now", "the basics". */
const CUE =
  /\b(?:by now|already|basics|before (?:you |u )?(?:post|comment|repl|lectur|talk|touch|argu|speak))/i;

export const dismissive = phraseFamily({
  id: 'talking-down',
  category: 'talking-down',
  phrases: [
    // "whatever helps you sleep at night", "ok sweetie, whatever makes you feel better": the reader's
    // view put down to comfort.
    {
      pattern: 'whatever|if_that helps|makes|gets you|u sleep_at_night|feel_better|through_the_night',
      rule: 'whatever-helps',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, _first, hit) => {
        // "…feel better, I'm here for you ❤": care after it.
        const rest = doc.text.slice((doc.tokens[hit.end - 1] as Token).end);
        return !/[\u{2764}\u{1F970}\u{1F60A}\u{1F917}]|\b(?:here for you|love you|hugs?|take care)\b/iu.test(
          rest,
        );
      },
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, 'I see it differently.')],
    },
    // "do you even know how a budget works", "did u even read it": the reader's competence doubted.
    {
      pattern: 'do|did|does you|u even know|understand|realize|realise|read|listen|think|get',
      rule: 'do-you-even',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, first);
        // "do you even know how much I love you": warmth; "did you even get tickets?" is a check.
        const p = polarity(doc, first, s.last);
        if (p.pos > 0 && p.pos >= p.neg) return false;
        const v = (t[hit.end - 1] as Token).w;
        const next = hit.end < s.last ? (t[hit.end] as Token).w : '';
        if (v === 'get' && next !== 'it' && next !== 'that') return false;
        return !/\b(?:lol|haha|lmao)\b|\u{1F602}|\u{1F923}/u.test(aboutText(doc, first, hit.end));
      },
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I'm not sure we're on the same page about this.")],
    },
    // Dismissing the other person: "nobody asked you", "spare me", "save it", "can you not?".
    {
      pattern: 'nobody|no_one|noone asked you|u|for_your|for_ur',
      rule: 'dismiss-person',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      category: 'contempt',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: (doc, m) => [clauseOrSentence(doc, m, "I'd rather we talk about this differently")],
    },
    {
      pattern: 'spare|save me|it',
      rule: 'dismiss-person',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      category: 'contempt',
      // "Spare me." / "Save it, I…" as the whole clause, said to someone: not "save it to a file".
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        return (
          isImperative(doc, first) &&
          (hit.end === s.last || isClauseEnd(doc, hit.end - 1)) &&
          hit.end - s.first <= 4
        );
      },
      suggest: (doc, m) => [clauseOrSentence(doc, m, "I'd rather not get into this right now")],
    },
    {
      // "spare me the sob story", "save your excuses": what is waved away is a scorn word.
      pattern: `spare|save me|us? the|your|ur|all_the|all_your ${WAVED_AWAY}`,
      rule: 'dismiss-person',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      category: 'contempt',
      guard: (doc, first) => isImperative(doc, first),
      suggest: (doc, m) => [clauseOrSentence(doc, m, "I'd rather not get into this right now")],
    },
    {
      // "save it for someone who cares"
      pattern:
        'save|tell it|that|them|your_story for|to someone|somebody|anyone|anybody who|that cares|gives_a_damn|gives_a_shit|cares',
      rule: 'dismiss-person',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      category: 'contempt',
      guard: (doc, first) => isImperative(doc, first),
      suggest: (doc, m) => [clauseOrSentence(doc, m, "I'd rather not get into this right now")],
    },
    {
      pattern: 'can|could you|u not',
      rule: 'dismiss-person',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        return first === s.first && hit.end === s.last;
      },
      suggest: sayInstead('Could you please stop that?'),
    },
    // Shutting someone out of one's affairs: "mind your own business", "that's none of your
    // business", "how is that any of your concern?", "stay out of this", "butt out".
    {
      pattern: 'mind your|ur own business|beeswax',
      ...KEEP_OUT_RULE,
      guard: (doc, first, hit) => isImperative(doc, first) && keptOut(doc, first, hit.end),
      suggest: (doc, m) => [clauseOrSentence(doc, m, KEEP_OUT)],
    },
    {
      pattern:
        'none of your|ur business|concern|beeswax|damn_business|damn_concern|fucking_business|goddamn_business',
      ...KEEP_OUT_RULE,
      guard: (doc, first, hit) => keptOut(doc, first, hit.end),
      suggest: (doc, m) => {
        // "What I earn is none of your business", "that's none of your business": the subject stays.
        const prev = m.first > sentenceOf(doc, m.first).first ? (doc.tokens[m.first - 1] as Token).w : '';
        if (/^(?:is|was|that's|thats|it's|its|'s)$/.test(prev) && !isClauseEnd(doc, m.first - 1))
          return [replaceTokens(doc, m.first, m.last, "something I'd rather keep to myself")];
        return [clauseOrSentence(doc, m, KEEP_OUT)];
      },
    },
    {
      pattern: 'what business is|was it|that|this of yours|urs',
      ...KEEP_OUT_RULE,
      guard: (doc, first, hit) => keptOut(doc, first, hit.end),
      suggest: (doc, m) => [whyInvolved(doc, m)],
    },
    {
      pattern: 'how is|was that|this|it any of your|ur business|concern',
      ...KEEP_OUT_RULE,
      guard: (doc, first, hit) => keptOut(doc, first, hit.end),
      suggest: (doc, m) => [whyInvolved(doc, m)],
    },
    {
      pattern: 'stay|keep out of this|my_business|my_life|my_affairs',
      ...KEEP_OUT_RULE,
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        return first === s.first && isImperative(doc, first) && keptOut(doc, first, hit.end);
      },
      suggest: (doc, m) => [
        clauseOrSentence(
          doc,
          m,
          (doc.tokens[m.last - 1] as Token).w === 'life' ? 'I need some space right now' : KEEP_OUT,
        ),
      ],
    },
    {
      pattern: 'butt out',
      ...KEEP_OUT_RULE,
      guard: (doc, first, hit) => isImperative(doc, first) && keptOut(doc, first, hit.end),
      suggest: (doc, m) => [clauseOrSentence(doc, m, KEEP_OUT)],
    },
    {
      pattern: CALM_DOWN_SLOT,
      rule: 'calm-down',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      // Said to someone, as a put-down: not "calm down the heat" (an object follows), nor
      // soothing ("calm down, sweetheart, it's okay, I'm here"), nor about oneself ("I need to
      // calm down before I reply").
      guard: (doc, first, hit) =>
        (imperative(doc, first) || (toYou(doc, first) && !roomToSettle(doc, first))) &&
        !takesObject(doc, hit.end) &&
        !moderates(doc, hit.end) &&
        !soothing(doc, first, hit.end) &&
        !namedAsSubject(doc, hit.end),
      suggest: (doc, m) => {
        // "a way to calm down for five minutes": a purpose inside the sentence, not an order; a
        // sentence of ours cannot stand there, the plain verb can.
        const t = doc.tokens;
        const s = sentenceOf(doc, m.first);
        const prev = m.first > s.first ? (t[m.first - 1] as Token).w : '';
        const before = m.first - 1 > s.first ? (t[m.first - 2] as Token).w : '';
        if (
          prev === 'to' &&
          (t[m.first] as Token).w === 'calm' &&
          m.last === m.first + 2 &&
          before !== '' &&
          !/^(?:need|needs|needed|have|has|had|got|gotta|ought|want|wants|learn|try|just|please)$/.test(
            before,
          ) &&
          !isClauseEnd(doc, m.last - 1)
        )
          return [replaceTokens(doc, m.first, m.last, 'cool off')];
        return acknowledge("I can see you're upset", "I can see you're upset. Want to talk about it?")(
          doc,
          m,
        );
      },
    },
    {
      // "omg relax it was a joke", "chill, nobody's attacking you", "relax." on its own: the
      // feeling waved away. Not "relax, you did great" nor "just relax and breathe, I'm here".
      pattern: 'chill_out|chill|relax|chillax',
      rule: 'calm-down',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first, hit) => {
        if (!imperative(doc, first) || soothing(doc, first, hit.end)) return false;
        const s = sentenceOf(doc, first);
        const t = doc.tokens;
        const next = hit.end < s.last ? (t[hit.end] as Token).w : '';
        if (next === 'and' || takesObject(doc, hit.end)) return false;
        return brushOffCue(doc) || (hit.end >= s.last && hit.end - s.first <= 3);
      },
      suggest: acknowledge("I can see you're upset"),
    },
    {
      pattern: 'chill|relax|chill_out',
      rule: 'calm-down',
      severity: 1,
      min: 'strict',
      why: 'dismiss',
      guard: (doc, first, hit) =>
        imperative(doc, first) &&
        (hit.end >= sentenceOf(doc, first).last ||
          /[,.!?]/.test(
            doc.text.slice((doc.tokens[hit.end - 1] as Token).end, (doc.tokens[hit.end] as Token).start),
          )),
      suggest: acknowledge("I can see you're upset"),
    },
    {
      pattern: `you're|you_are|ur|youre being|clearly|obviously? @INT* ${DRAMA}|${BLOWN_UP_SLOT}|${READ_INTO}:d`,
      rule: 'overreacting',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first, hit) => {
        // "ur a silly goose", "you're an emotional reader": a describing word for a noun, said fondly.
        const t = doc.tokens;
        const d = hit.cap.d as number;
        const s = sentenceOf(doc, first);
        for (let k = first + 1; k < d; k++) {
          if (
            /^(?:a|an)$/.test((t[k] as Token).w) &&
            d + 1 < s.last &&
            !isClauseEnd(doc, d) &&
            !/^(?:person|people|girl|guy|woman|man|kid|child|baby|one|human|individual|wife|husband|partner|friend)$/.test(
              (t[d + 1] as Token).w,
            )
          )
            return false;
        }
        return !negatedBefore(doc, first, 4) && notWarm(doc, d);
      },
      suggest: stateOrAcknowledge(
        'It seems this really upset you',
        'It seems this really upset you. Want to talk about it?',
      ),
    },
    // "you're getting hysterical", "ur getting paranoid again": their state, said to be growing out of
    // proportion ("you're getting emotional 🥹", "getting silly now" can be fond, and are left out).
    {
      pattern:
        "you're|you_are|ur|youre getting @INT* hysterical|paranoid|dramatic|irrational|ridiculous|petty|defensive",
      rule: 'overreacting',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, _first, hit) =>
        notWarm(doc, hit.end - 1) &&
        !/\u{1F602}|\u{1F979}|\blol\b|\bhaha|\bx+\s*$/u.test(
          doc.text.slice((doc.tokens[hit.end - 1] as Token).end),
        ),
      suggest: stateOrAcknowledge(
        'It seems this really upset you',
        'It seems this really upset you. Want to talk about it?',
      ),
    },
    {
      pattern: `stop|quit being|bein? @INT* a|such_a|so? @INT* ${DRAMA}|${CHILDISH_SLOT}`,
      rule: 'stop-being',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => imperative(doc, first),
      suggest: acknowledge(
        'I can see this is hard for you',
        'I can see this is hard for you. What would help right now?',
      ),
    },
    {
      pattern: `don't|dont|do_not be so|such_a|a @INT* ${DRAMA}|baby|child|crybaby`,
      rule: 'stop-being',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => imperative(doc, first),
      suggest: acknowledge('I can tell this really matters to you'),
    },
    {
      pattern: `stop|quit ${WHINE_SLOT}`,
      rule: 'quit-whining',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => imperative(doc, first) || askedOrder(doc, first),
      suggest: acknowledge('I hear that this is bothering you'),
    },
    {
      pattern: 'get over|past it|yourself',
      rule: 'get-over-it',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => imperative(doc, first),
      // "get over yourself" is about airs, not a hurt not yet healed: "I know this is still
      // bothering you" said another thing.
      suggest: (doc, m) =>
        (doc.tokens[m.last - 1] as Token).w === 'yourself'
          ? acknowledge(
              "Let's keep some perspective here",
              "Let's keep some perspective here. Can we talk it through?",
            )(doc, m)
          : acknowledge(
              'I know this is still bothering you',
              'I know this is still bothering you. What would help?',
            )(doc, m),
    },
    {
      pattern: "it's|its|it_is|that's|that_is not that|so deep|serious|big_a_deal",
      rule: 'not-that-deep',
      severity: 1,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, _first, hit) =>
        ((doc.tokens[hit.end - 1] as Token).w === 'deep' ||
          (doc.tokens[hit.end - 1] as Token).w === 'serious') &&
        !depthOfThing(doc, hit.end) &&
        // td42: a choice left to them ("it's not that deep, just pick any colour you like!").
        !/\b(?:any|whatever|either)\b/.test(lowerSentence(doc, hit.end - 1)),
      suggest: acknowledge('I see it differently, but I hear you'),
    },
    {
      pattern: 'grow|man|toughen|wise|lighten up',
      rule: 'grow-up',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first, hit) =>
        imperative(doc, first) &&
        // "grow up? never!": a question back, not an order.
        !/^\?(?:\s|$)/.test(
          doc.text.slice((doc.tokens[hit.end - 1] as Token).end, (doc.tokens[hit.end - 1] as Token).end + 2),
        ) &&
        (doc.tokens[first] as Token).w !== 'wise' &&
        (doc.tokens[first] as Token).w !== 'lighten' &&
        // "grow up to be just like your mom", "grow up big and strong": growing, not an order to mature.
        !(
          (doc.tokens[first] as Token).w === 'grow' &&
          /^(?:to|into|big|strong|happy|healthy|fast|so|too|together|with)$/.test(
            doc.tokens[hit.end]?.w ?? '',
          )
        ),
      suggest: (doc, m) => [
        ...growUp(doc, m),
        ...acknowledge("I'd like us to handle this differently")(doc, m),
      ],
    },
    {
      pattern: 'deal|cope with it',
      rule: 'deal-with-it',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first, hit) => imperative(doc, first) && hit.end >= sentenceOf(doc, first).last,
      suggest: acknowledge('I know this is hard. How can I help?'),
    },
    {
      pattern: 'suck it up',
      rule: 'deal-with-it',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => imperative(doc, first),
      suggest: acknowledge('I know this is hard. How can I help?'),
    },
    {
      pattern: 'get a grip',
      rule: 'deal-with-it',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, _first, hit) => !gripOnThing(doc, hit.end),
      suggest: acknowledge('I know this is hard. How can I help?'),
    },
    {
      pattern: 'pull yourself together',
      rule: 'deal-with-it',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      suggest: acknowledge('I know this is hard. How can I help?'),
    },
    {
      pattern: "it's|its|it_is|that's|thats|that_is|this_is all in your head",
      rule: 'in-your-head',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      suggest: acknowledge('I see it differently. Can you tell me what you noticed?'),
    },
    {
      pattern: "you're|you_are|ur imagining things|it",
      rule: 'in-your-head',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => !negatedBefore(doc, first, 3),
      suggest: acknowledge('I see it differently. Can you tell me what you noticed?'),
    },
    {
      // "Sweetie, that's not how any of this works", "ok honey, whatever you say".
      pattern: 'sweetie|sweety|sweetheart|honey|hon|hun|darling|dear|sweetpea|kiddo|missy',
      rule: 'endearment',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        const t = doc.tokens;
        // A vocative: the sentence's first word (after "oh", "ok", "look"), or its last after a comma.
        let k = first;
        while (
          k > s.first &&
          (/^(?:oh|ok|okay|look|listen|well|no|sorry|aw|aww)$/.test((t[k - 1] as Token).w) ||
            stanceWord(doc, k - 1))
        )
          k--;
        const opens = k === s.first && (first + 1 >= s.last || isClauseEnd(doc, first));
        const closes = first === s.last - 1 && first > s.first && isClauseEnd(doc, first - 1);
        return (opens || closes) && correction(doc, first) && !warmAround(doc, first, first, first + 1);
      },
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last, 'Leave it out')],
    },
    {
      // "let me dumb it down for you", "I'll use small words so you understand".
      pattern: 'dumb|water it|this|that|things|everything down',
      rule: 'dumb-down',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => mentionsYou(doc, first) && !negatedBefore(doc, first, 3),
      suggest: (doc, m) => [
        toSentenceEnd(doc, sentenceOf(doc, m.first).first, 'Let me try to explain this better.'),
      ],
    },
    {
      pattern: 'use|using small|smaller|little|tiny|simple|short words',
      rule: 'dumb-down',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => mentionsYou(doc, first) && !negatedBefore(doc, first, 3),
      suggest: (doc, m) => [
        toSentenceEnd(doc, sentenceOf(doc, m.first).first, 'Let me try to explain this better.'),
      ],
    },
    {
      // "you clearly don't understand how money works", "you just don't get it".
      pattern:
        "you|u clearly|obviously|just|simply don't|dont|do_not|didn't|didnt|can't|cant|won't|wont|never understand|get|grasp|comprehend|know",
      rule: 'dont-understand',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => !negatedBefore(doc, first, 2) && !warmAround(doc, first, first, hit.end),
      suggest: (doc, m) => {
        // "honey, you clearly don't understand how money works" → "I think we see how money
        // works differently." (a patronising endearment before it goes too).
        const s = sentenceOf(doc, m.first);
        const t = doc.tokens;
        let start = m.first;
        while (
          start > s.first &&
          /^(?:sweetie|sweetheart|honey|hon|hun|darling|dear|oh|ok|okay|look|listen|well)$/.test(
            (t[start - 1] as Token).w,
          )
        )
          start--;
        if (start !== s.first) start = m.first;
        const ce = clauseEnd(doc, m.last - 1);
        const words = ce - m.last + 1;
        const rest = words > 0 ? doc.text.slice((t[m.last] as Token).start, (t[ce] as Token).end) : '';
        const what =
          words > 0 &&
          words <= 8 &&
          /^(?:how|what|why|where|when|that|this|it|the|my)$/.test((t[m.last] as Token).w)
            ? rest
            : 'this';
        // "you just don't get it, do you": the tag question goes with it.
        const tag = doc.text
          .slice((t[ce] as Token).end, Math.min(s.contentEnd, (t[ce] as Token).end + 40))
          .toLowerCase()
          .replace(/[^a-z' ]/g, '')
          .trim();
        if (ce === s.last - 1 || /^(?:do you|do ya|don't you|dont you|right|huh|eh|is it|does it)$/.test(tag))
          return [toSentenceEnd(doc, start, `I think we see ${what} differently.`)];
        return [replaceTokens(doc, start, ce + 1, `I think we see ${what} differently`)];
      },
    },
    // talk44: how a thing works, as what they lack: "you don't get how phones work", "learn how git
    // works before touching main", "you should have learned how invoicing works by now". Not a
    // question, an "if", one's own ("I need to learn how…"), nor advice without a reproach in it.
    ...["you don't|do_not|didn't|can't|never know|get|understand|grasp", 'learn|learned'].map((p, i) => ({
      pattern: `${p} how:h @ANY @ANY? @ANY? works|work`,
      rule: 'how-it-works',
      // The learning told to them needs its reproach ("before", "by now"): "I want to learn how
      // loans work" skips the families.
      pre: i ? (text: string) => CUE.test(text) : undefined,
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'command' as const,
      guard: (doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }) => {
        const s = lowerSentence(doc, first);
        const lead = s.slice(0, (doc.tokens[first] as Token).start - sentenceOf(doc, first).start);
        return (
          doc.tokens[hit.end]?.w !== 'out' &&
          !s.includes('?') &&
          !/\b(?:if|when|worry|i|we|want)\b/.test(lead) &&
          (!i ||
            ((isImperative(doc, first) || /\b(?:should|need to|gotta)\W+(?:have\W+)?$/.test(lead)) &&
              CUE.test(s.slice(s.indexOf(' how ') + 1)))) &&
          notWarm(doc, first) &&
          !warmAround(doc, first, first, hit.end)
        );
      },
      suggest: (doc: Doc, m: Match) => {
        const t = doc.tokens;
        let f = m.first;
        const s0 = sentenceOf(doc, f).first;
        while (f > s0 && /^(?:you|u|really|should|have|need|to|gotta|please|just)$/.test(t[f - 1]?.w ?? ''))
          f--;
        return [
          replaceTokens(
            doc,
            f,
            m.last + (t[m.last]?.w === 'by' && t[m.last + 1]?.w === 'now' ? 2 : 0),
            `it would help to go over ${doc.text.slice(t[m.cap.h as number]?.start, t[m.last - 1]?.end)}`,
          ),
        ];
      },
    })),
    // "you always take things so personally", "why do you take everything so personally": the hurt
    // itself named as the fault. Not "please don't take it personally" (no "you" before "take").
    {
      pattern:
        'you|u always|constantly|forever? take|took|taking everything|things|it|this|that @INT* personally|to_heart',
      rule: 'personally',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first, hit) =>
        !negatedBefore(doc, first, 3) &&
        notWarm(doc, first) &&
        !warmAround(doc, first, first, hit.end) &&
        !/\b(?:haha|hehe|sorry)|[\u2764\u{1F602}\u{1F923}\u{1F970}]/u.test(aboutText(doc, first, hit.end)),
      suggest: (doc, m) => [
        clauseOrSentence(doc, { ...m, first: leadStart(doc, m.first) }, 'It seems this really hurt you'),
      ],
    },
    // "move on, it's been a week", "time to move on, seriously": the feeling given a deadline. Not
    // "let's move on to the next item", "move on to step 3", nor "time to move on from this job".
    ...['move on', 'time_to move on'].map((pattern) => ({
      pattern,
      rule: 'get-over-it',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'dismiss' as const,
      guard: (doc: Doc, first: number, hit: { end: number }) => {
        if (!isClauseEnd(doc, hit.end - 1) || negatedBefore(doc, first, 2)) return false;
        const t = doc.tokens;
        const s = sentenceOf(doc, first);
        const timeTo = (t[first] as Token).w === 'time';
        if (!timeTo && !imperative(doc, first)) return false;
        if (
          timeTo &&
          first > s.first &&
          !isClauseEnd(doc, first - 1) &&
          !/^(?:it's|its|so|ok|okay|just)$/.test((t[first - 1] as Token).w)
        )
          return false;
        const near = aboutText(doc, first, hit.end);
        return MOVE_ON_CUE.test(near) && !/[\u2764\u{1F970}]|\b(?:love|proud|congrats|excited)/iu.test(near);
      },
      suggest: acknowledge(
        'I know this is still bothering you',
        'I know this is still bothering you. What would help?',
      ),
    })),
    // "Let me explain this in words you'll understand.": the reader's grasp measured.
    {
      pattern: "in words|terms even? you'll|youll|you|u can|could|will|would? understand|get|follow|grasp",
      rule: 'dumb-down',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => !negatedBefore(doc, first, 3) && notWarm(doc, first),
      suggest: (doc, m) => [
        toSentenceEnd(doc, sentenceOf(doc, m.first).first, 'Let me try to explain this better.'),
      ],
    },
    // -- s18 (helper detect18) -----------------------------------------------------------------
    // "someone's emotional today", "somebody's being dramatic": their feeling mocked in the third person.
    {
      pattern: `someone's|somebody's|someones|someone_is|somebody_is being? @INT* ${DRAMA}|hormonal|moody|salty|touchy`,
      rule: 'overreacting',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      // "someone's emotional needs": a describing word for a noun, not a state.
      guard: (doc, first, hit) =>
        (isClauseEnd(doc, hit.end - 1) || /^(?:today|this)$/.test(doc.tokens[hit.end]?.w ?? '')) &&
        !doc.text.includes('?') &&
        notWarm(doc, first),
      suggest: sayInstead('It seems this really upset you. Want to talk about it?'),
    },
    // "why are you getting so worked up?", "don't get so worked up": their upset made too much.
    ...[
      `why are|r you|u getting|being so|all|this? ${WORKED_UP}|upset|defensive|emotional|touchy|dramatic|heated|mad|angry`,
      `why are|r you|u so|all ${WORKED_UP}`,
    ].map(
      (pattern): PhraseRule => ({
        pattern,
        rule: 'overreacting',
        severity: 2,
        min: 'balanced',
        why: 'dismiss',
        guard: coldSaid,
        suggest: sayInstead('I can see this matters to you. What is upsetting you?'),
      }),
    ),
    {
      pattern: `don't|dont|no_need_to get so|all? ${WORKED_UP}`,
      rule: 'overreacting',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => imperative(doc, first) && coldSaid(doc, first),
      suggest: sayInstead('I can see this matters to you. What is upsetting you?'),
    },
    // "you don't know what you're saying": their words put down to a passing state.
    {
      pattern: "you|u don't|dont|do_not even? know what you're|youre|ur|you_are saying",
      rule: 'overreacting',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => doc.tokens[first - 1]?.w !== 'if' && coldSaid(doc, first),
      suggest: sayInstead("I hear you, and I see it differently. Can we talk when we're both rested?"),
    },
    // "don't make it a thing", "it's nothing, so don't make it one": their concern waved off.
    {
      pattern:
        "don't|dont|do_not make it|this|that into? a_big_deal|a_thing|one|an_issue|a_whole_thing|a_drama|about_you",
      rule: 'overreacting',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first, hit) =>
        (imperative(doc, first) || /^(?:so|and|then|just)$/.test(doc.tokens[first - 1]?.w ?? '')) &&
        !/\b(?:i|i'm|me|my)\b/i.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end)) &&
        coldSaid(doc, hit.end - 1),
      // "…, so don't make it one" → "…, I see it differently, but I'm listening."
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          /^(?:so|and|then|just)$/.test(doc.tokens[m.first - 1]?.w ?? '') ? m.first - 1 : m.first,
          "I see it differently, but I'm listening.",
        ),
      ],
    },
    {
      pattern: 'you|u overreact|overreacted|overthink',
      rule: 'overreacting',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => !negatedBefore(doc, first, 3),
      suggest: stateOrAcknowledge(
        'It seems this really upset you',
        'It seems this really upset you. Want to talk about it?',
      ),
    },
  ],
});
