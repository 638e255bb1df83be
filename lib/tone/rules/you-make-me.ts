/**
 * Blame: "you make me (feel) <negative feeling>", "look what you made me do".
 * Polarity comes from what follows: "you make me so happy" is warmth and passes.
 * Offers an I-statement that keeps the feeling: "I feel so angry when …", "When you …, I feel angry".
 */
import { gerundOf, isKnownVerb, pastOf } from '../grammar';
import { HATE_VERBS, INTENSIFIERS, isNegativeFeeling, NEGATIVE_FEELINGS, valence } from '../lexicon';
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  clauseEnd,
  type Draft,
  isClauseEnd,
  type Match,
  type PatternHit,
  polarity,
  replaceTokens,
  roughPolarity,
  sentenceOf,
  valenceSum,
} from './rule';

/** Feelings that are verbs: "you make me hate myself", "you make me cry". */
const FEELING_VERBS: ReadonlySet<string> = new Set([
  ...HATE_VERBS,
  'hate',
  'cry',
  'regret',
  'scream',
  'puke',
  'vomit',
  'die',
  'want',
  'wanna',
  'hurt',
  'resent',
  'despise',
  'suffer',
  'sick',
]);

const BAD_WANTS: ReadonlySet<string> = new Set([
  'scream',
  'cry',
  'leave',
  'quit',
  'die',
  'puke',
  'vomit',
  'hit',
  'punch',
  'throw',
  'give',
  'run',
  'explode',
  'disappear',
  'kill',
  'break',
  'smash',
  'yell',
]);

const FELT_SMALL: ReadonlySet<string> = new Set(
  'begging beg afterthought option stranger servant maid nobody joke doormat outsider nuisance chore'.split(
    ' ',
  ),
);

/**
 * Roles that shrink a person, felt "like" one (round crossc33): "like an intern", "like furniture",
 * "like the villain", "like a charity case". Counted only when nothing warm is in the span.
 */
const FELT_ROLE: ReadonlySet<string> = new Set(
  'intern furniture villain guest houseguest charity burden babysitter criminal suspect ghost prop wallpaper accessory placeholder roommate flatmate employee atm wallet backup fallback spare afterthought inconvenience'.split(
    ' ',
  ),
);

/** "… in my own house": a stranger where one should belong. */
const OWN_PLACE = /^(?:house|home|apartment|flat|room|bed|family|kitchen|place|marriage|relationship)$/;

const KIND = { adj: 0, verb: 1, do: 2, like: 3, any: 4, state: 5 } as const;

/**
 * Verbs of what someone was made to do that say nothing bad by themselves, and things one makes
 * for someone: "you made me laugh", "you make me think", "you made me dinner" are warmth.
 */
const WARM_OR_NEUTRAL: ReadonlySet<string> = new Set(
  (
    'smile laugh grin giggle blush realize realise think believe love see understand appreciate learn ' +
    'try trust hope dream dance sing rethink reconsider remember notice care grow feel want wanna be become ' +
    'a an the some my your this that one two dinner breakfast lunch supper brunch tea coffee food cake ' +
    'cookies dessert soup pancakes something ' +
    'anything nothing everything it them him her us so very really too more less better best proud happy ' +
    'glad feel'
  ).split(' '),
);

/** Verbs common after "you made me" that read as verbs even when our table doesn't know them. */
const CONSEQUENCES: ReadonlySet<string> = new Set(
  (
    'miss wait doubt question second-guess apologize apologise explain repeat beg chase clean cover ' +
    'cancel redo pay look sound seem walk drive work stay worry panic overthink rush skip panic ' +
    'jump hide trip drop spill fail flunk forget lose lie break quit leave run cry scream yell snap'
  ).split(' '),
);

/** Words that show the word before them was a verb taking an object or a phrase: "miss the bus". */
const OBJECT_START: ReadonlySet<string> = new Set(
  (
    'the a an my your our his her their this that these those it me you him them us everything ' +
    'anything something nothing all about for on at in to up out down over like across through into ' +
    'onto off away back home around'
  ).split(' '),
);

/**
 * States one is made to be, not feelings: "you made me late for work" → "I was late for work".
 * (Feelings such as "sick" or "nervous" go the feeling way: "I felt sick".)
 */
const STATES: ReadonlySet<string> = new Set(
  'late wet broke homeless jobless single responsible liable sleepless soaked'.split(' '),
);

/** Words that show the feeling word before them is a verb with its object: "waste my weekend". */
const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an my your our his her their this that these those it him them us everything all'.split(' '),
);

/** Thanks and laughter say nothing either way here ("… lol thanks" is often sarcastic). */
const AMBIGUOUS_WARMTH = /^(?:thanks|thank|thx|ty|lol|lmao|haha+|hah|please|pls|like|well|yes|yeah|ok|okay)$/;

/**
 * Warmth after the verb: "you made me go to yoga and I love it now", "you made me get out of my
 * comfort zone". Thanks and laughter are left out of the count.
 */
function warmAfter(doc: Doc, k: number, last: number): boolean {
  let pos = 0;
  let neg = 0;
  for (let i = k; i < last && i < k + 48; i++) {
    const w = (doc.tokens[i] as Token).w;
    if (AMBIGUOUS_WARMTH.test(w)) continue;
    const v = valence(w);
    if (v > 0) pos += v;
    else neg -= v;
  }
  // One mild word ("break my promise") is not warmth; "I love it now", "comfort zone" are.
  if (LOSSES.has((doc.tokens[k] as Token).w)) return false;
  return pos >= 2 && pos > neg;
}

/** Verbs of loss: what someone was made to lose is no gift, whatever words follow. */
const LOSSES: ReadonlySet<string> = new Set(
  'break lose miss waste fail flunk forget lie cancel drop spill skip ruin burn wreck throw'.split(' '),
);

/** "not once did you make me …", "never have you made me …": a negation before "did/have you". */
function negatedQuestion(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  if (first - 1 < s.first || !/^(?:did|have|has|do|does)$/.test((t[first - 1] as Token).w)) return false;
  for (let k = first - 2; k >= s.first && k >= first - 4; k--)
    if (/^(?:not|never|no|nor)$/.test((t[k] as Token).w)) return true;
  return false;
}

/** Is `w` (after "you made me") a bare verb, and not a warm or neutral one? */
function isBlameVerb(doc: Doc, k: number, last: number): boolean {
  const w = verbAt(doc, k, last).word;
  if (WARM_OR_NEUTRAL.has(w) || INTENSIFIERS.has(w) || STATES.has(w) || valence(w) > 0) return false;
  if (!/^[a-z]+(?:-[a-z]+)?$/.test(w) || (w.length < 3 && !isKnownVerb(w))) return false;
  // "you made me go": blame only with something bad in it ("go to that stupid party").
  if (w.length < 3 && valenceSum(doc, k, Math.min(last, clauseEnd(doc, k) + 1)) >= 0) return false;
  if (warmAfter(doc, k, last)) return false;
  if (/(?:ly|ness|ful|ous|ive|ic|al)$/.test(w) && !CONSEQUENCES.has(w)) return false;
  if (CONSEQUENCES.has(w) || isKnownVerb(w)) return true;
  const after = verbAt(doc, k, last).end;
  const next = doc.tokens[after];
  return next !== undefined && after < last && OBJECT_START.has(next.w) && !/(?:ed|ing|s)$/.test(w);
}

/** Laughter and asides that end a clause without being part of what happened ("… lol"). */
const ASIDE = /^(?:lol|lmao|lmfao|rofl|haha+|hah|smh|tbh|omg|xd|ugh|jk|idk)$/;

/** The last token of the clause from `k`, leaving out asides at its end ("miss the bus lol"). */
function clauseTail(doc: Doc, k: number): number {
  let e = clauseEnd(doc, k);
  while (e > k + 1 && ASIDE.test((doc.tokens[e] as Token).w)) e--;
  return e;
}

/** Words after "and" that show the other person is its subject again: "… and then didn't show up". */
const YOUR_DOING =
  /^(?:didn'?t|don'?t|doesn'?t|never|won'?t|wouldn'?t|can'?t|couldn'?t|wasn'?t|weren'?t|left|went|said|told|forgot|got|laughed|walked|ignored|acted|pretended|blamed|ghosted)$/;

/** A new subject after "and (now)": "… and now they won't talk to me" says what came of it. */
const SUBJECT = /^(?:i|i'm|i've|he|she|they|we|it|it's|now|everyone|nobody|people|my)$/;

/**
 * The last token of what the person was made to do, from its verb at `k`: the clause, up to an
 * aside ("miss the bus lol thanks") or an "and (then)" whose verb is the other person's ("cancel my
 * plans and then didnt even show up"). Sets cap.you to the token "you" goes before in that case.
 */
function doneTail(doc: Doc, k: number, hit: PatternHit): number {
  const t = doc.tokens;
  const e = clauseTail(doc, k);
  for (let j = k + 1; j <= e; j++) {
    const w = (t[j] as Token).w;
    if (ASIDE.test(w)) return j - 1;
    if ((w === 'and' || w === 'but' || w === 'then') && j + 1 <= e) {
      let d = j + 1;
      while (d < e && /^(?:then|even|just|still)$/.test((t[d] as Token).w) && d < j + 3) d++;
      if (SUBJECT.test((t[d] as Token).w)) hit.cap.more = 1;
      if (YOUR_DOING.test((t[d] as Token).w)) {
        // Up to "then"/"even" that go with the other person's verb: "and then you didn't even…".
        let y = j + 1;
        while (y < d && (t[y] as Token).w === 'then') y++;
        hit.cap.you = y;
        return j - 1;
      }
    }
  }
  return e;
}

/** The verb at token k, joined with the next token over a hyphen ("second-guess"); end: the token after it. */
function verbAt(doc: Doc, k: number, last: number): { word: string; end: number } {
  const t = doc.tokens;
  const a = t[k] as Token;
  const b = t[k + 1];
  if (b && k + 1 < last && doc.text.slice(a.end, b.start) === '-')
    return { word: `${a.w}-${b.w}`, end: k + 2 };
  return { word: a.w, end: k + 1 };
}
const TENSE = { present: 0, progressive: 1, past: 2 } as const;

function tenseOf(verb: string): number {
  if (verb === 'made' || verb === 'kept' || verb === 'forced' || verb === 'pushed' || verb === 'pressured')
    return TENSE.past;
  if (verb === 'making') return TENSE.progressive;
  return TENSE.present;
}

/** Reads what follows "me": sets cap.kind, cap.fw (last flagged token), cap.comp (first complement token). */
function readComplement(doc: Doc, hit: PatternHit): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, hit.end - 1);
  let j = hit.end;
  if (j >= s.last) return false;
  const w0 = (t[j] as Token).w;
  if (w0 === 'feel' || w0 === 'feeling' || w0 === 'felt') {
    hit.cap.feel = j;
    j++;
  }
  if (j >= s.last) return false;
  hit.cap.comp = j;
  if ((t[j] as Token).w === 'like' && hit.cap.feel !== undefined) {
    const end = Math.min(clauseEnd(doc, j), j + 6);
    let v = 0;
    let neg = false;
    let slight = 0;
    let role = 0;
    for (let k = j + 1; k <= end; k++) {
      const w = (t[k] as Token).w;
      v += valence(w);
      if (isNegativeFeeling(w) || w === 'nothing' || w === 'crap' || w === 'shit') neg = true;
      // "like im begging for scraps", "like an afterthought": small, unless denied.
      if (FELT_SMALL.has(w)) slight++;
      if (FELT_ROLE.has(w) || (w === 'own' && OWN_PLACE.test((t[k + 1] as Token | undefined)?.w ?? '')))
        role++;
      // "like a queen in my own home", "like a kid in my own house again": fond.
      if (/^(?:queen|king|princess|prince|royalty|star|kid|child|teenager|again)$/.test(w)) role = -9;
      if (/^(?:not|never|no|dont)$|n't$/.test(w)) slight = -9;
    }
    if (v < 0 || neg || slight > 0 || (role > 0 && slight === 0 && v === 0)) {
      hit.cap.kind = KIND.like;
      hit.cap.fw = clauseEnd(doc, j);
      return true;
    }
    return false;
  }
  let k = j;
  let guard = 0;
  while (k < s.last && INTENSIFIERS.has((t[k] as Token).w) && guard++ < 4) k++;
  if (k >= s.last) return false;
  const w = (t[k] as Token).w;
  if (hit.cap.feel === undefined && k === j && (w === 'do' || w === 'say' || w === 'act') && k + 1 < s.last) {
    const obj = (t[k + 1] as Token).w;
    if ((obj === 'this' || obj === 'that' || obj === 'it') && isClauseEnd(doc, k + 1)) {
      hit.cap.kind = KIND.do;
      hit.cap.fw = k + 1;
      return true;
    }
    // "you made me do all the work": what was done, told in the first person.
    if (
      w === 'do' &&
      (obj === 'all' || obj === 'everything' || obj === 'the' || obj === 'my' || obj === 'your')
    ) {
      if (warmAfter(doc, k, s.last)) return false;
      hit.cap.kind = KIND.any;
      hit.cap.verb = k;
      hit.cap.fw = doneTail(doc, k, hit);
      return true;
    }
    return false;
  }
  if ((w === 'want' || w === 'wanna') && k + 1 < s.last) {
    const n = (t[k + 1] as Token).w === 'to' ? k + 2 : k + 1;
    const vw = t[n];
    if (vw && n < s.last && (BAD_WANTS.has(vw.w) || valence(vw.w) < 0)) {
      hit.cap.kind = KIND.verb;
      hit.cap.verb = k;
      hit.cap.fw = n;
      return true;
    }
    return false;
  }
  if (
    hit.cap.feel === undefined &&
    k === j &&
    !FEELING_VERBS.has(w) &&
    (CONSEQUENCES.has(w) || isKnownVerb(w)) &&
    isBlameVerb(doc, k, s.last)
  ) {
    hit.cap.kind = KIND.any;
    hit.cap.verb = k;
    hit.cap.fw = doneTail(doc, k, hit);
    return true;
  }
  // "you made me late for work": a state, not a feeling ("I was late for work").
  if (hit.cap.feel === undefined && k === j && STATES.has(w) && !warmAfter(doc, k, s.last)) {
    hit.cap.kind = KIND.state;
    hit.cap.verb = k;
    hit.cap.fw = doneTail(doc, k, hit);
    return true;
  }
  // "you made me waste my whole weekend": a word of bad feeling used as a verb with its object.
  const nx = t[k + 1];
  if (
    hit.cap.feel === undefined &&
    k === j &&
    nx !== undefined &&
    k + 1 < s.last &&
    DETERMINERS.has(nx.w) &&
    // "you made me dinner this week": what was made for them, not a verb.
    !WARM_OR_NEUTRAL.has(w) &&
    !NEGATIVE_FEELINGS.has(w) &&
    !FEELING_VERBS.has(w) &&
    /^[a-z]{3,}$/.test(w) &&
    !/(?:ed|ing|y|ful|ous|ive|less|al|ic|ish|ent|ant|ble)$/.test(w) &&
    !isClauseEnd(doc, k) &&
    !warmAfter(doc, k + 1, s.last)
  ) {
    hit.cap.kind = KIND.any;
    hit.cap.verb = k;
    hit.cap.fw = doneTail(doc, k, hit);
    return true;
  }
  if (!isNegativeFeeling(w)) {
    // "you made me miss the bus", "you make me second-guess everything": any verb of what the
    // person was made to do (not "you made me laugh", nor "you made me dinner").
    if (hit.cap.feel === undefined && k === j && isBlameVerb(doc, k, s.last)) {
      hit.cap.kind = KIND.any;
      hit.cap.verb = k;
      hit.cap.fw = doneTail(doc, k, hit);
      return true;
    }
    return false;
  }
  // "you make me sick of waiting" is fine as an adjective; "you make me hate myself" is a verb.
  if (FEELING_VERBS.has(w) && w !== 'sick' && w !== 'hurt') {
    // "you made me cry happy tears": tears of joy are warmth.
    const p = polarity(doc, k + 1, clauseEnd(doc, k) + 1);
    if (p.pos > p.neg && !spoiled(doc, k)) return false;
    // "you make me regret nothing": no regret at all.
    if (w === 'regret' && (t[k + 1] as Token | undefined)?.w === 'nothing') return false;
    // "you're making me cry, this is so sweet", "…cry. I love it": what follows says which tears.
    if (w === 'cry' || w === 'crying' || w === 'cried') {
      const after = doc.text.slice((doc.tokens[k] as Token).end, (doc.tokens[k] as Token).end + 160);
      const { pos, neg } = roughPolarity(after);
      if (neg === 0 && pos >= 2 && !/thanks a lot|thanks for nothing|great job|well done/i.test(after))
        return false;
    }
    hit.cap.kind = KIND.verb;
    hit.cap.verb = k;
    hit.cap.fw = k;
    return true;
  }
  hit.cap.kind = KIND.adj;
  hit.cap.fw = k;
  return true;
}

/**
 * A good thing spoiled, whatever its words: "made me hate a song I used to love", "make me regret
 * ever inviting you", "regret the day I met you" (not "regret nothing", "regret not coming sooner").
 */
function spoiled(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  const v = (t[k] as Token).w;
  const n = (t[k + 1] as Token | undefined)?.w ?? '';
  if (v === 'regret') return n === 'ever' || (n === 'the' && (t[k + 2] as Token | undefined)?.w === 'day');
  if (v !== 'hate') return false;
  const e = clauseEnd(doc, k);
  for (let i = k + 2; i < e && i < k + 9; i++)
    if ((t[i] as Token).w === 'used' && (t[i + 1] as Token).w === 'to') return true;
  return false;
}

function intro(tense: number): string {
  return tense === TENSE.past ? 'I felt' : tense === TENSE.progressive ? "I'm feeling" : 'I feel';
}

function suggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const you = m.first;
  const fw = m.cap.fw as number;
  const tense = m.cap.tense as number;
  const kind = m.cap.kind as number;
  const comp = m.cap.comp as number;
  const out: Draft[] = [];
  if (kind === KIND.do) {
    const obj = (t[fw] as Token).raw.toLowerCase();
    out.push(replaceTokens(doc, you, fw + 1, `I did ${obj} because I was really upset`));
    out.push(replaceTokens(doc, you, fw + 1, `I did ${obj} because I felt [hurt]`));
    return out;
  }
  if (kind === KIND.any || kind === KIND.state) {
    const v = verbAt(doc, m.cap.verb as number, sentenceOf(doc, fw).last);
    const vEnd = t[v.end - 1] as Token;
    const rest = doc.text.slice(vEnd.end, (t[fw] as Token).end);
    const lead =
      kind === KIND.state
        ? `${tense === TENSE.past ? 'I was' : 'I end up'} ${vEnd.raw}`
        : tense === TENSE.past
          ? `I ${pastOf(v.word)}`
          : `I end up ${gerundOf(v.word)}`;
    const you2 = m.cap.you;
    if (you2 !== undefined) {
      // "… and then didn't even show up": the other person's part keeps its subject.
      const mid = doc.text.slice((t[fw] as Token).end, (t[you2] as Token).start);
      out.push(replaceTokens(doc, you, you2, `${lead}${rest}${mid}you`));
      return out;
    }
    // What came of it ("… and now they won't talk to me") says enough without "I'm upset".
    const tail = tense === TENSE.past && m.cap.more === undefined ? ", and I'm upset about it" : '';
    out.push(replaceTokens(doc, you, fw + 1, `${lead}${rest}${tail}`));
    out.push(replaceTokens(doc, you, fw + 1, `When you [what happened], ${lead}${rest}`));
    return out;
  }
  if (kind === KIND.verb) {
    const vEnd = clauseEnd(doc, fw);
    const verbPhrase = doc.text.slice((t[m.cap.verb as number] as Token).start, (t[vEnd] as Token).end);
    if ((t[m.cap.verb as number] as Token).w === 'cry' && vEnd === m.cap.verb) {
      out.push(
        replaceTokens(doc, you, vEnd + 1, tense === TENSE.past ? 'I ended up in tears' : 'I end up in tears'),
      );
    } else if ((t[m.cap.verb as number] as Token).w === 'cry') {
      // "you made me cry in front of everyone" → "I ended up crying in front of everyone".
      const tail = doc.text.slice((t[m.cap.verb as number] as Token).end, (t[vEnd] as Token).end);
      const lead =
        tense === TENSE.past
          ? 'I ended up crying'
          : tense === TENSE.progressive
            ? "I'm in tears"
            : 'I end up crying';
      out.push(replaceTokens(doc, you, vEnd + 1, `${lead}${tail}`));
    } else {
      const lead = tense === TENSE.past ? 'I ended up feeling like I' : 'I feel like I';
      out.push(replaceTokens(doc, you, vEnd + 1, `${lead} ${verbPhrase}`));
    }
    out.push(
      replaceTokens(
        doc,
        you,
        vEnd + 1,
        (t[m.cap.verb as number] as Token).w === 'cry' && vEnd === m.cap.verb
          ? 'When you [what happened], I end up in tears'
          : `When you [what happened], I feel like I ${verbPhrase}`,
      ),
    );
    return out;
  }
  // Adjective feelings and "feel like garbage".
  const complement = doc.text.slice((t[comp] as Token).start, (t[fw] as Token).end);
  const next = t[fw + 1];
  const s = sentenceOf(doc, fw);
  const hasNext = next !== undefined && fw + 1 < s.last;
  // "I felt like nothing at my own birthday" needs no "when that happened".
  // "you make me so angry right now": the person's own time follows; "when that happens" would clash.
  const timeAfter = hasNext && /^(?:right|now|today|tonight|lately|again|sometimes)$/.test((next as Token).w);
  const tailEmpty = isClauseEnd(doc, fw) && !timeAfter && !(kind === KIND.like && fw - comp > 3);
  const suffix = tailEmpty
    ? tense === TENSE.past
      ? ' when that happened'
      : tense === TENSE.progressive
        ? ' right now'
        : ' when that happens'
    : '';
  // "you make me sick", "you're making me so sick": disgust with the person, not an illness; "I
  // feel sick when that happens" points at nothing. The feeling, with who it is about.
  if (
    tailEmpty &&
    kind !== KIND.like &&
    (t[fw] as Token).w === 'sick' &&
    /^(?:(?:so|really|very|fucking|fuckin|damn|just|actually|honestly)\s+)*sick$/i.test(complement)
  ) {
    const you2 = /^(?:u|ya)$/.test((t[you] as Token).w) ? (t[you] as Token).w : 'you';
    out.push(
      replaceTokens(
        doc,
        you,
        fw + 1,
        tense === TENSE.past
          ? `I was really upset with ${you2}`
          : tense === TENSE.progressive
            ? `I'm really upset with ${you2} right now`
            : `I'm really upset with ${you2}`,
      ),
    );
    out.push(replaceTokens(doc, you, fw + 1, `When you [what happened], ${intro(tense)} really upset`));
    return out;
  }
  out.push(replaceTokens(doc, you, fw + 1, `${intro(tense)} ${complement}${suffix}`));
  const when = hasNext ? (next as Token).w : '';
  if (when === 'when' || when === 'whenever' || when === 'if') {
    const ce = clauseEnd(doc, fw + 1);
    if (ce > fw + 1) {
      const clause = doc.text.slice((t[fw + 2] as Token).start, (t[ce] as Token).end);
      const feeling = kind === KIND.like ? complement : (t[fw] as Token).raw;
      const opener = when === 'if' ? 'If' : when === 'whenever' ? 'Whenever' : 'When';
      out.push(replaceTokens(doc, you, ce + 1, `${opener} ${clause}, ${intro(tense)} ${feeling}`));
    }
  } else if (tailEmpty) {
    out.push(replaceTokens(doc, you, fw + 1, `When you [what happened], ${intro(tense)} ${complement}`));
  }
  return out;
}

export const youMakeMe = phraseFamily({
  id: 'blame',
  category: 'blame',
  phrases: [
    {
      pattern: 'look what you made:v me do',
      rule: 'made-me-do',
      severity: 2,
      min: 'gentle',
      why: 'madeMeDo',
      guard: (doc, first, hit) => {
        hit.cap.kind = KIND.do;
        hit.cap.fw = hit.end - 1;
        hit.cap.tense = TENSE.past;
        return first >= 0 && doc.tokens.length > 0;
      },
      suggest: (doc, m) => [
        replaceTokens(doc, m.first, m.last, 'I did this because I was really upset'),
        replaceTokens(doc, m.first, m.last, 'I did this because I felt [hurt]'),
      ],
    },
    ...[
      'you make|makes|made:v me',
      // "you people make me regret…", "you guys made me feel like an outsider".
      'you|u people|guys|lot make|made:v me',
      // crossc37: their act as the subject: "your reply made me feel stupid", "ur edit made me redo it".
      'your|ur @ANY @ANY? make|makes|made:v me',
      "you're|you_are|ur making:v me",
      'you keep|kept making:v me',
      "you've|you_have made:v me",
      'you always|constantly|just make|made:v me',
      // "you forced me to do this", "you pushed me to quit": made to do it, in other words.
      'you|u forced|pushed|pressured:v me to',
    ].map((pattern) => ({
      pattern,
      rule: 'you-make-me',
      severity: 2 as const,
      min: 'gentle' as const,
      why: 'youMakeMe' as const,
      guard: (doc: Doc, first: number, hit: PatternHit) => {
        // "not once did you make me feel small", "never did you make me …": praise.
        if (negatedQuestion(doc, first)) return false;
        // crossc37: their act as the subject, said without thanks, apology or a question anywhere
        // ("your comment made me call my dad. thank you", "sorry, but your example makes me…").
        if (
          /^(?:your|ur)$/.test((doc.tokens[first] as Token).w) &&
          // "ur gonna make me cry": "ur" for "you're".
          (/^(?:gonna|going|gunna|about|always|just|so|really|literally|not|being|trying|totally)$/.test(
            doc.tokens[first + 1]?.w ?? '',
          ) ||
            /\b(?:thank|thanks|thx|ty|sorry|please|love|grateful|appreciate\w*)\b|\?/i.test(doc.text))
        )
          return false;
        const v = doc.tokens[hit.cap.v as number] as Token;
        let tense = tenseOf(v.w);
        const prev = doc.tokens[(hit.cap.v as number) - 1] as Token;
        if (v.w === 'making' && (prev.w === 'kept' || prev.w === 'keep'))
          tense = prev.w === 'kept' ? TENSE.past : TENSE.present;
        if (v.w === 'made' && (prev.w === "you've" || prev.w === 'have')) tense = TENSE.past;
        hit.cap.tense = tense;
        if (!readComplement(doc, hit)) return false;
        if (hit.cap.kind === KIND.do) hit.cap.rule = 1;
        return true;
      },
      span: (_doc: Doc, first: number, hit: PatternHit): [number, number] => [
        first,
        (hit.cap.fw as number) + 1,
      ],
      suggest,
    })),
  ],
});
