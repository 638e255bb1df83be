/**
 * Verdicts on the addressee by construction, where no stock insult word stands alone:
 * - a verdict on how they act ("the way you talk to me is pathetic", "your attitude is a joke",
 *   "this marriage is a joke");
 * - someone else's verdict passed on ("my mum always said you were trouble");
 * - exasperation at them ("you have got to be kidding me");
 * - the threat of "keep it up and see what happens";
 * - a pattern held against them ("you keep doing this to me", "u keep treating me like this");
 * - what matters to them ("all that matters to you is your phone"), whether they listen ("you
 *   don't hear a word I say");
 * - two-word labels joined by a hyphen ("two-faced", "self-centred"), which the tokenizer splits.
 * Each names "you" (or the relationship) and guards the same words said kindly or about a thing
 * ("the way you talk to the kids is so sweet", "this traffic is a joke", "keep practising and see
 * what happens!", "you're so good-looking").
 */
import { INSULT_ADJECTIVES, TRAIT_ADJECTIVES, valence, wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  clauseStart,
  type Draft,
  HEDGES,
  isClauseEnd,
  type Match,
  negatedBefore,
  polarityNoLaughter,
  replaceTokens,
  roughPolarity,
  sayInstead,
  sentenceOf,
  tenseOf,
  textOf,
  toSentenceEnd,
  tokenWord as w,
  wholeKeepingOpeners,
} from './rule';

/** Hearts and smiles. */
const FOND =
  /\u2764|\u2665|\u{1F60D}|\u{1F970}|\u{1F618}|\u{1F495}|\u{1F496}|\u{1F60A}|\u263A|\u{1F917}|<3/iu;
/** Laughter. */
const LAUGH = /\u{1F602}|\u{1F923}|\u{1F606}|\u{1F61C}|\b(?:lol+|lmao+|haha\w*|hehe\w*|jk)\b/iu;

/** Is the sentence warm outside tokens [first, end) (more praise than complaint, or hearts)? */
function warmOutside(doc: Doc, first: number, end: number, teasing = false): boolean {
  const s = sentenceOf(doc, first);
  const a = polarityNoLaughter(doc, s.first, first);
  const b = polarityNoLaughter(doc, end, s.last);
  if (a.pos + b.pos > a.neg + b.neg) return true;
  const t = doc.text.slice(s.start, Math.min(doc.text.length, s.end + 24));
  return FOND.test(t) || (teasing && LAUGH.test(t));
}

/** The token after the clause holding token `i`. */
function clauseAfter(doc: Doc, i: number): number {
  const s = sentenceOf(doc, i);
  let k = i;
  while (k < s.last - 1 && !isClauseEnd(doc, k)) k++;
  return Math.min(s.last, k + 1);
}

/** Verdict words after "is": scorn, whatever the subject's valence. */
const VERDICT: ReadonlySet<string> = wordSet(
  'pathetic disgusting shameful disgraceful embarrassing laughable ridiculous appalling vile gross toxic unacceptable insulting childish immature pitiful sad cruel nasty horrible awful terrible disrespectful trash garbage rubbish cringe cringey cringy worthless repulsive revolting',
);
const JOKE: ReadonlySet<string> = wordSet('joke disgrace farce embarrassment sham mess');

/**
 * After token `i` (the verb "is", "are", "was"): a verdict ("pathetic", "a joke", "so childish"),
 * alone in its clause. Returns the token after it, or -1.
 */
function verdictAt(doc: Doc, i: number): number {
  // The verb is the text's last word: no verdict after it.
  if (i >= doc.tokens.length) return -1;
  const s = sentenceOf(doc, i);
  let k = i;
  while (
    k < s.last &&
    /^(?:so|just|really|honestly|literally|absolutely|completely|such|beyond|frankly|as)$/.test(w(doc, k))
  )
    k++;
  if (/^(?:a|an)$/.test(w(doc, k))) {
    k++;
    while (k < s.last && /^(?:total|complete|absolute|fucking|bloody|real|massive|sick|bad)$/.test(w(doc, k)))
      k++;
    if (!JOKE.has(w(doc, k))) return -1;
  } else if (!VERDICT.has(w(doc, k))) return -1;
  const end = k + 1;
  // "that comment is as trash as the meme": a comparison closes the clause.
  if (w(doc, k - 1) === 'as' && w(doc, end) === 'as') return clauseAfter(doc, end);
  // "…is a joke teller", "…is sad that you're leaving": the verdict goes on.
  if (
    !(end >= s.last || isClauseEnd(doc, k) || /^(?:and|but|so|tbh|lol|honestly|seriously)$/.test(w(doc, end)))
  )
    return -1;
  return end;
}

/** "<subject> is <verdict>" (the hit ends at the verb): a verdict follows, not negated, not warm. */
function verdictGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const end = verdictAt(doc, hit.end);
  return end >= 0 && !negatedBefore(doc, hit.end, 2) && !warmOutside(doc, first, end);
}

/** The finding runs from the subject to the end of the verdict. */
const verdictSpan = (doc: Doc, first: number, hit: { end: number }): [number, number] => [
  first,
  verdictAt(doc, hit.end),
];

/** Index of the verb "is / are / was" within the 10 tokens after `from`, in the same clause. */
function copulaAfter(doc: Doc, from: number): number {
  const s = sentenceOf(doc, from);
  for (let k = from; k < s.last && k < from + 10; k++) {
    if (/^(?:is|are|was|were|'s)$/.test(w(doc, k))) return k;
    if (isClauseEnd(doc, k)) return -1;
  }
  return -1;
}

/** What they do that is judged ("your attitude", "your excuses"), as a subject. */
const CONDUCT =
  'attitude|behaviour|behavior|tone|manners|excuses|excuse|apology|apologies|effort|efforts|promises|promise|parenting|lies|lying|attempt|idea_of_help|so-called_help|help|sense_of_humour|sense_of_humor|communication|temper|jealousy|moods|mood|priorities|work_ethic|listening|memory|driving|texting|replies|response|comments|comment|posts';

/** "my mum always said you were ___": what they said of you, when it is scorn. */
const SAID_BAD: ReadonlySet<string> = wordSet(
  'trouble no_good bad_news a_loser a_waste a_user a_player a_cheat a_liar useless worthless lazy selfish fake a_snake a_mistake toxic bad nothing a_bum a_deadbeat a_jerk an_idiot',
);

/** Two-word labels written with a hyphen, by halves. */
const HYPHENATED: Readonly<Record<string, string>> = {
  'two-faced': "I feel like you're saying different things to different people",
  'self-centered': "I feel like my needs aren't being considered",
  'self-centred': "I feel like my needs aren't being considered",
  'self-absorbed': "I feel like my needs aren't being considered",
  'self-obsessed': "I feel like my needs aren't being considered",
  'self-righteous': "I feel like you're not hearing my side",
  'narrow-minded': "I feel like you're not open to my side",
  'small-minded': "I feel like you're not open to my side",
  'close-minded': "I feel like you're not open to my side",
  'closed-minded': "I feel like you're not open to my side",
  'pig-headed': "I feel like you're not hearing my side",
  'bull-headed': "I feel like you're not hearing my side",
  'brain-dead': "I'm really frustrated with how this went",
  'half-witted': "I'm really frustrated with how this went",
  'dim-witted': "I'm really frustrated with how this went",
  'thick-headed': "I'm really frustrated with how this went",
  'cold-hearted': "I'm really hurt by how cold this feels",
  'mean-spirited': "I'm really hurt by how this feels",
  'lily-livered': "I'm really frustrated with how this went",
};
const FIRST_HALF = 'two|self|narrow|small|close|closed|pig|bull|brain|half|dim|thick|cold|mean|lily';
const SECOND_HALF =
  'faced|centered|centred|absorbed|obsessed|righteous|minded|headed|dead|witted|hearted|spirited|livered';

/** Is token `i` joined to the next by a hyphen, making one of the labels? */
function hyphenLabel(doc: Doc, i: number): string | null {
  const a = doc.tokens[i] as Token | undefined;
  const b = doc.tokens[i + 1] as Token | undefined;
  if (!a || !b) return null;
  const gap = doc.text.slice(a.end, b.start);
  // "are u brain dead", "ur so two faced": texted without the hyphen (the pair must still be one of ours).
  if (gap !== '-' && gap !== ' ') return null;
  const label = `${a.w}-${b.w}`;
  return HYPHENATED[label] ? label : null;
}

/** "you're (so) ___", "stop being (so) ___", "ur ___": the label is said of them. Returns the frame's first token. */
function labelFrame(doc: Doc, i: number): number {
  const s = sentenceOf(doc, i);
  let k = i - 1;
  while (
    k >= s.first &&
    k >= i - 3 &&
    /^(?:so|such|really|very|completely|totally|super|fucking|a|an|just|being|that|too|literally)$/.test(
      w(doc, k),
    )
  ) {
    if (w(doc, k) === 'being') {
      const b = w(doc, k - 1);
      if (/^(?:stop|quit)$/.test(b)) return k - 1;
      if (/^(?:you're|youre|ur|you_are|are|were|was)$/.test(b))
        return /^(?:are|were|was)$/.test(b) ? k - 2 : k - 1;
    }
    k--;
  }
  if (k < s.first) return -1;
  const x = w(doc, k);
  if (/^(?:you're|youre|ur|you|u)$/.test(x)) return k;
  if (/^(?:are|r|being|were|was)$/.test(x) && /^(?:you|u)$/.test(w(doc, k - 1))) return k - 1;
  // "you've been so two-faced", "you had been so self-centred": the other tenses of "be".
  if (x === 'been') {
    if (/^(?:you've|youve|uve|you'd|youd)$/.test(w(doc, k - 1))) return k - 1;
    if (/^(?:have|has|had)$/.test(w(doc, k - 1)) && /^(?:you|u)$/.test(w(doc, k - 2))) return k - 2;
  }
  if (/^(?:stop|quit)$/.test(x) && w(doc, k + 1) === 'being') return k;
  return -1;
}

/** "I feel like you're saying …" → "I felt like you were saying …", "I'm really hurt" → "I was really hurt". */
function inPast(said: string): string {
  return said
    .replace(/^I feel like /, 'I felt like ')
    .replace(/\byou're\b/, 'you were')
    .replace(/\baren't being\b/, "weren't being")
    .replace(/^I'm /, 'I was ')
    .replace(/ how this went$/, ' how that went')
    .replace(/ how (cold )?this feels$/, ' how $1that felt');
}

const sayFromTo = (doc: Doc, from: number, to: number, text: string): Draft[] => [
  replaceTokens(doc, from, to, text),
];

// -- Verdicts said alone, names with "just", "typical … behaviour" ------------------------------

/** A verdict that can be the whole reply ("Pathetic.", "unbelievable. truly.", "how embarrassing for you"). */
const BARE: ReadonlySet<string> = wordSet(
  'pathetic embarrassing embarassing embarrasing disgraceful shameful shameless unbelievable appalling laughable pitiful cringe cringey cringy awful disgusting',
);
/** Of those, the ones that also greet news with surprise ("Unbelievable!"). */
const SURPRISE: ReadonlySet<string> = wordSet('unbelievable awful');
/** Words that may stand with a bare verdict in its clause ("just awful", "honestly how embarrassing"). */
const BARE_FILL: ReadonlySet<string> = wordSet(
  'just so truly honestly really absolutely utterly totally genuinely frankly literally simply how wow omg god ugh seriously tbh actually total absolute complete utter',
);
/** "what a joke", "what an absolute disgrace": a verdict noun as the whole clause. */
const BARE_NOUN: ReadonlySet<string> = wordSet('joke disgrace farce sham embarrassment clown');
/** Sympathy or care near a verdict: "Awful. I'm so sorry", "unbelievable, poor thing". */
const SYMPATHY =
  /\b(?:sorry|poor|oh no|hugs?|condolences|hope|feel better|thinking of you|rip|congrat\w*|proud|yay|love|amazing)\b|\u{1F494}|\u{1F622}|\u{1F62D}|\u{1F64F}/iu;

/** The words of a short text are all fill or verdict words, with at least one verdict. */
function allBareText(text: string, fillOnly = false): boolean {
  let verdict = fillOnly;
  for (const x of text.toLowerCase().split(/[^a-z']+/)) {
    if (!x) continue;
    if (BARE.has(x) || BARE_NOUN.has(x)) verdict = true;
    else if (!BARE_FILL.has(x) && !/^(?:what|wat|a|an|for|of|you|u)$/.test(x)) return false;
  }
  return verdict;
}

/** Tokens [from, to) of one sentence's clause: the same test. */
const allBare = (doc: Doc, from: number, to: number): boolean =>
  allBareText(doc.text.slice((doc.tokens[from] as Token).start, (doc.tokens[to - 1] as Token).end));

/**
 * The bare verdict at token `v`: the fill before it up to its clause's start, then "for you" or
 * "of you" at most, then the clause's end. Returns [clause start, end, aimed] or null.
 */
function bareAt(doc: Doc, v: number, from: number): [number, number, boolean] | null {
  const s = sentenceOf(doc, v);
  const c = clauseStart(doc, v);
  for (let k = c; k < from; k++)
    if (!BARE_FILL.has(w(doc, k)) && !/^(?:what|wat|a|an)$/.test(w(doc, k))) return null;
  let end = v + 1;
  let aimed = false;
  const next = w(doc, end);
  if (/^(?:for|of)$/.test(next) && /^(?:you|u|ya)$/.test(w(doc, end + 1))) {
    end += 2;
    aimed = true;
  } else if (
    // "how embarrassing that you thought that would work"; "how awful that you went through that" is sympathy.
    /^(?:that|when)$/.test(next) &&
    /^(?:you|u)$/.test(w(doc, end + 1)) &&
    w(doc, c) === 'how' &&
    !/^(?:unbelievable|awful|appalling|disgusting)$/.test(w(doc, v))
  )
    return [c, clauseAfter(doc, end), true];
  if (end < s.last && !isClauseEnd(doc, end - 1)) return null;
  return [c, end, aimed];
}

/** A "you" in a sentence of `text` that asks nothing ("saw your post." yes, "did you see the news?" no). */
const YOU_RE = /\b(?:you|u|your|ur|you're|youre|yours|yourself|urself|ya|you've|you'd|you'll)\b/gi;
function toldYou(text: string): boolean {
  YOU_RE.lastIndex = 0;
  for (let m = YOU_RE.exec(text); m; m = YOU_RE.exec(text)) {
    const rest = text.slice(m.index).match(/[.!?\n]/);
    if (rest?.[0] !== '?') return true;
  }
  return false;
}
const SELF_RE = /\b(?:i|i'm|im|me|my|myself|i've|ive)\b/i;

/** Is token `k` in the same sentence as token `i`, or the one just before or after it? */
const nearSentence = (doc: Doc, i: number, k: number): boolean =>
  k >= 0 &&
  k < doc.tokens.length &&
  Math.abs((doc.tokens[k] as Token).sent - (doc.tokens[i] as Token).sent) <= 1;

/** Guard of a bare verdict at token `v` whose clause's words start at `from` (after "what a"). */
function bareGuard(doc: Doc, v: number, from: number): boolean {
  const b = bareAt(doc, v, from);
  if (!b) return false;
  const [c, end, aimed] = b;
  // "just awful. truly awful.": one finding for the run, from its first clause.
  if (c > 0 && nearSentence(doc, c, c - 1)) {
    const pc = clauseStart(doc, c - 1);
    if (c - pc <= 6 && allBare(doc, pc, c)) return false;
  }
  const t0 = (doc.tokens[c] as Token).start;
  const t1 = (doc.tokens[end - 1] as Token).end;
  const before = doc.text.slice(Math.max(0, t0 - 120), t0);
  const after = doc.text.slice(t1, t1 + 120);
  const around = before + after;
  if (SYMPATHY.test(around) || FOND.test(around)) return false;
  if (!aimed && LAUGH.test(around)) return false;
  if (roughPolarity(around).pos > 0) return false;
  // "Unbelievable!!" greets news; said of "you", or with a full stop, it is a verdict.
  if (SURPRISE.has(w(doc, v)) && !aimed && after.startsWith('!')) return false;
  if (aimed) return true;
  const told = toldYou(around);
  // "how embarrassing, I called my teacher mum again": about oneself.
  if (!told && SELF_RE.test(around)) return false;
  // Aimed at "you" nearby, or the whole reply is verdicts ("Pathetic. Truly pathetic.").
  return told || (doc.text.length <= 80 && allBareText(doc.text));
}

/** The run of bare verdict clauses from token `end`: the token after its last. */
function bareRunEnd(doc: Doc, end: number): number {
  let e = end;
  for (let n = 0; n < 4 && e < doc.tokens.length && nearSentence(doc, end - 1, e); n++) {
    let k = e;
    while (k < doc.tokens.length && k < e + 6 && !isClauseEnd(doc, k)) k++;
    if (k >= e + 6 || k >= doc.tokens.length) break;
    // "unbelievable. truly.": fill after the verdict goes with it.
    const piece = doc.text.slice((doc.tokens[e] as Token).start, (doc.tokens[k] as Token).end);
    if (!allBareText(piece, true) || (/\b(?:for|of|you|u|what|a|an)\b/i.test(piece) && !allBareText(piece)))
      break;
    e = k + 1;
  }
  return e;
}

/** After "you're so ___ it's": the result that sharpens the label. */
const SO_RESULT: ReadonlySet<string> = wordSet(
  'impressive painful sad embarrassing unreal pathetic exhausting laughable tragic insane ridiculous',
);

/** What may open a "typical … behaviour" exclamation. */
const TYPICAL_LEAD: ReadonlySet<string> = wordSet(
  "such so that's thats what how ok okay wow ugh just honestly again omg god lol yep yeah another",
);

/** Names for a person, said with "just a" or "nothing but a" ("you're just a bully"). */
const LOWLY: ReadonlySet<string> = wordSet(
  'bully freeloader coward liar cheat cheater user leech parasite snake brat crybaby quitter fraud fake phony troll narcissist manipulator mooch bum deadbeat nobody joke clown failure disappointment burden hypocrite snob bigot creep wannabe pushover child baby',
);
/** "a sad little man", "a bitter old woman": a person, a sour word first, no scorn noun. */
const PERSON: ReadonlySet<string> = wordSet('man boy girl woman person guy thing');

/** The name after "you're just a": the token after it, or -1. */
function lowlyAt(doc: Doc, i: number): number {
  const s = sentenceOf(doc, i);
  for (let k = i; k < s.last && k < i + 4; k++) {
    const x = w(doc, k);
    if (LOWLY.has(x) || LOWLY.has(`${x}_${w(doc, k + 1)}`)) {
      const end = LOWLY.has(x) ? k + 1 : k + 2;
      // "you're just a kid, don't worry": a child is a child; "you're just a baby 😭" is fond.
      if (/^(?:child|baby|kid)$/.test(x) && k === i) return -1;
      return end;
    }
    if (PERSON.has(x) && k > i && valence(w(doc, i)) < 0) return k + 1;
  }
  return -1;
}

/** "that comment is as trash as the meme": the comparison stays, its word plain ("as bad as"). */
function asBadAs(doc: Doc, cop: number): Draft | null {
  return w(doc, cop + 1) === 'as' && w(doc, cop + 3) === 'as'
    ? replaceTokens(doc, cop + 2, cop + 3, 'bad')
    : null;
}

/**
 * "your attitude is a joke" → "your attitude really upsets me": from the copula on, the verdict
 * becomes the feeling ("was"/"were"/"are" → "really upset me").
 */
function upsetsFromCopula(doc: Doc, m: Match): Draft[] {
  let cop = m.first + 1;
  while (cop < m.last && !/^(?:is|are|was|were|'s)$/.test(w(doc, cop))) cop++;
  const as = asBadAs(doc, cop);
  if (as) return [as];
  const c = w(doc, cop);
  // "… is a joke (lol) and so are you" → "… really upsets me, and so do you".
  const j = /^(?:lol|tbh|honestly)$/.test(w(doc, m.last)) ? m.last + 1 : m.last;
  const so = w(doc, j) === 'and' && w(doc, j + 1) === 'so' && /^(?:are|is)$/.test(w(doc, j + 2));
  return sayFromTo(
    doc,
    cop,
    so ? j + 3 : m.last,
    (c === 'is' || c === "'s" ? 'really upsets me' : 'really upset me') +
      (so ? `, and so ${w(doc, j + 2) === 'is' ? 'does' : 'do'}` : ''),
  );
}

export const verdicts = phraseFamily({
  id: 'verdicts',
  category: 'contempt',
  phrases: [
    {
      // "the way you talk to me is pathetic", "the way u treat your mum is shameful"
      pattern: 'the way you|u',
      triggers: ['way'],
      rule: 'the-way',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const cop = copulaAfter(doc, hit.end);
        if (cop < 0) return false;
        const end = verdictAt(doc, cop + 1);
        if (end < 0) return false;
        return !negatedBefore(doc, cop + 1, 2) && !warmOutside(doc, first, end);
      },
      span: (doc, first, hit) => [first, verdictAt(doc, copulaAfter(doc, hit.end) + 1)],
      // Keep "the way you talk to me" and say what it does to the speaker.
      suggest: (doc, m) => {
        const cop = copulaAfter(doc, m.first + 3);
        const me = /\b(?:me|us|my)\b/.test(textOf(doc, m.first, cop).toLowerCase());
        const verb =
          w(doc, cop) === 'was'
            ? me
              ? 'really hurt me'
              : 'really bothered me'
            : me
              ? 'really hurts me'
              : 'really bothers me';
        return sayFromTo(doc, cop, m.last, verb);
      },
    },
    {
      // "your attitude is a joke", "ur excuses are pathetic"
      pattern: `your|ur ${CONDUCT} is|are|was|were|'s`,
      rule: 'your-conduct',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: verdictGuard,
      span: verdictSpan,
      suggest: upsetsFromCopula,
    },
    {
      // "your customer service is a joke", "your taste in music is a disgrace", "your so-called
      // apology is pathetic": any of theirs called a joke, or anything "so-called" judged.
      pattern: "your|ur @ANY @ANY? @ANY? is|are|was|were|'s",
      triggers: ['joke', 'disgrace', 'farce', 'sham', 'embarrassment', 'called'],
      // The guard's verdict or "so-called", as a word of the message.
      pre: (_text, tokens) =>
        tokens.some((t) => /^(?:joke|disgrace|farce|sham|embarrassment|called)$/.test(t.w)),
      rule: 'your-conduct',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) =>
        verdictGuard(doc, first, hit) &&
        (/^(?:joke|disgrace|farce|sham|embarrassment)$/.test(w(doc, verdictAt(doc, hit.end) - 1)) ||
          w(doc, first + 2) === 'called'),
      span: verdictSpan,
      suggest: upsetsFromCopula,
    },
    {
      // "your plan is a joke", "ur whole argument is laughable": a verdict on their thinking.
      pattern: "your|ur whole? plan|idea|ideas|argument|logic|take|opinion|point|theory is|are|was|'s",
      rule: 'your-conduct',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      // "your point is sad but true": sad about an idea is not scorn.
      guard: (doc, first, hit) =>
        verdictGuard(doc, first, hit) && w(doc, verdictAt(doc, hit.end) - 1) !== 'sad',
      span: verdictSpan,
      suggest: (doc, m) => {
        let cop = m.first + 1;
        while (cop < m.last && !/^(?:is|are|was|were|'s)$/.test(w(doc, cop))) cop++;
        const as = asBadAs(doc, cop);
        if (as) return [as];
        return sayFromTo(
          doc,
          cop,
          m.last,
          /^(?:is|'s)$/.test(w(doc, cop)) ? "doesn't work for me" : "don't work for me",
        );
      },
    },
    {
      // "this marriage is a joke", "our relationship is a farce"
      pattern: "this|our|what_we_have relationship|marriage|engagement|friendship is|'s",
      rule: 'us-a-joke',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: verdictGuard,
      span: verdictSpan,
      suggest: (doc, m) => {
        let cop = m.first + 1;
        while (cop < m.last && !/^(?:is|'s)$/.test(w(doc, cop))) cop++;
        return sayFromTo(doc, cop, m.last, "doesn't feel right to me right now, and I want to talk about it");
      },
    },
    {
      // "my mum always said you were trouble", "everyone warned me you were no good"
      pattern:
        'said|told_me|warned_me|says|tells_me|thought|thinks|warned_me_that|said_that|told_me_that|thought_that you|u were|are|was|r|would_be|will_be',
      triggers: ['said', 'told', 'warned', 'says', 'tells', 'thought', 'thinks'],
      rule: 'others-said',
      severity: 2,
      min: 'balanced',
      why: 'comparison',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const c = clauseStart(doc, first);
        // Someone else says it: "my dad", "everyone", "my friends"; not "I said you were…".
        const subj = textOf(doc, c, first).toLowerCase();
        if (!/\b(?:my|everyone|everybody|people|they|all my|your own)\b/.test(subj) || /\bi\b/.test(subj))
          return false;
        let k = hit.end;
        while (
          k < s.last &&
          (HEDGES.has(w(doc, k)) ||
            /^(?:always|never|so|just|a|an|total|complete|such|really|gonna|going_to|nothing|but)$/.test(
              w(doc, k),
            )) &&
          k < hit.end + 4
        )
          k++;
        const one = w(doc, k);
        const two = `${w(doc, k - 1)}_${one}`;
        const bad =
          SAID_BAD.has(one) ||
          SAID_BAD.has(two) ||
          SAID_BAD.has(`${one}_${w(doc, k + 1)}`) ||
          valence(one) < 0 ||
          (one === 'no' && w(doc, k + 1) === 'good');
        if (!bad) return false;
        return !negatedBefore(doc, first, 3) && !warmOutside(doc, c, clauseAfter(doc, first));
      },
      span: (doc, first, hit) => [clauseStart(doc, first), Math.min(clauseAfter(doc, first), hit.end + 4)],
      suggest: sayInstead("I'm really hurt right now, and I'd like to talk about it."),
    },
    {
      // "you have got to be kidding me", "you've GOT to be joking"
      pattern:
        "you_have|you've|youve|u_have|uve|you_have_got|you've_got|youve_got|u've_got got|gotta to? be kidding|joking|shitting|taking_the_piss",
      triggers: ['kidding', 'joking', 'shitting', 'taking'],
      rule: 'kidding',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        // "you've got to be joking, that's amazing news!!": delight.
        const t = doc.text.slice(s.start, Math.min(doc.text.length, s.end + 40));
        if (/!!|\b(?:amazing|awesome|congrat\w*|yay|love|incredible|so happy|best)\b/i.test(t)) return false;
        return !warmOutside(doc, first, hit.end);
      },
      span: (doc, first, hit) => [first, w(doc, hit.end) === 'me' ? hit.end + 1 : hit.end],
      suggest: (doc, m) => sayFromTo(doc, m.first, m.last, "I'm really surprised by this"),
    },
    {
      // "keep it up and see what happens", "keep ignoring me and watch what happens"
      pattern: 'keep|carry_on|keep_on @ANY @ANY? @ANY? and|&|n see|watch what happens',
      triggers: ['happens'],
      rule: 'keep-and-see',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      category: 'withdrawal',
      guard: (doc, first, hit) => {
        // The act they are warned off: something against the speaker ("ignoring me", "talking like
        // that", "it up"); "keep practising and see what happens!" encourages.
        let and = first + 1;
        while (and < hit.end && !/^(?:and|&|n)$/.test(w(doc, and))) and++;
        const act = textOf(doc, first + 1, and).toLowerCase();
        let against =
          /\b(?:it up|that up|like (?:this|that)|me|on me|at me|(?:your|ur|that) mouth|trash|mouthing)\b|^talking$/.test(
            act,
          );
        for (let k = first + 1; k < and; k++) if (valence(w(doc, k)) < 0) against = true;
        if (!against) return false;
        if (
          /!/.test(
            doc.text.slice(
              (doc.tokens[hit.end - 1] as Token).end,
              (doc.tokens[hit.end - 1] as Token).end + 2,
            ),
          ) &&
          !/\bme\b/.test(act)
        )
          return false;
        return !warmOutside(doc, first, hit.end);
      },
      suggest: (doc, m) => {
        let and = m.first + 1;
        while (and < m.last && !/^(?:and|&|n)$/.test(w(doc, and))) and++;
        const act = textOf(doc, m.first + 1, and);
        if (/^it up$|^that up$/i.test(act))
          return [toSentenceEnd(doc, m.first, 'Please stop. It really matters to me.')];
        const gerund = /ing\b/.test(act.split(' ')[0] ?? '');
        return [
          toSentenceEnd(
            doc,
            m.first,
            gerund ? `Please stop ${act}. It really matters to me.` : 'Please stop. It really matters to me.',
          ),
        ];
      },
    },
    {
      // "you keep doing this to me", "u keep treating me like this", "why do you keep doing this to me"
      pattern:
        'you|u keep|always_keep doing|treating|talking_to|speaking_to|doing_this|doing_that this|that|me to_me|like_this|like_that',
      triggers: ['keep'],
      rule: 'keep-doing',
      severity: 2,
      min: 'balanced',
      why: 'verdict',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        const end = hit.end;
        const t = textOf(doc, first, end).toLowerCase();
        if (!/(?:this|that) to me$|me like (?:this|that)$|like (?:this|that)$/.test(t)) return false;
        return !negatedBefore(doc, first, 2) && !warmOutside(doc, first, end);
      },
      span: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const c = clauseStart(doc, first);
        const start = /^(?:why|how|do|does)$/.test(w(doc, c)) ? c : first;
        return [Math.max(s.first, start), hit.end];
      },
      suggest: (doc, m) => {
        const treat = /treat|talk|speak/.test(textOf(doc, m.first, m.last).toLowerCase());
        return sayFromTo(
          doc,
          m.first,
          m.last,
          treat ? "I feel hurt when I'm treated like this" : 'I feel hurt when this keeps happening',
        );
      },
    },
    {
      // "all that matters to you is your phone", "the only thing that matters to u is u"
      pattern: 'the_only_thing_that|only_thing_that|all_that|only_thing|all matters|matter to you|u is|are',
      triggers: ['matters', 'matter'],
      rule: 'what-matters',
      severity: 2,
      min: 'balanced',
      why: 'verdict',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (hit.end >= s.last) return false;
        let k = hit.end;
        while (k < s.last && !isClauseEnd(doc, k)) k++;
        return !warmOutside(doc, first, Math.min(s.last, k + 1));
      },
      span: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        let k = hit.end;
        while (k < s.last - 1 && !isClauseEnd(doc, k)) k++;
        return [first, Math.min(s.last, k + 1)];
      },
      suggest: (doc, m) => {
        let cop = m.first;
        while (cop < m.last && !/^(?:is|are)$/.test(w(doc, cop))) cop++;
        const what = textOf(doc, cop + 1, m.last).replace(/[,.!?]+$/, '');
        const own = /^(?:you|u|yourself|urself)$/i.test(what);
        // "your mates matter", "your phone matters".
        const plural = w(doc, cop) === 'are' || /[^su]s$/i.test(what);
        return sayFromTo(
          doc,
          m.first,
          m.last,
          own
            ? "It feels like I don't matter to you right now"
            : `It feels like ${what} ${plural ? 'matter' : 'matters'} more to you than I do`,
        );
      },
    },
    {
      // "you don't hear a word I say", "u never listen to a single thing i tell you"
      pattern:
        "you|u don't|dont|do_not|never|didn't|didnt|don't_even|dont_even|never_even hear|listen_to|heard|listened_to a|one single? word|thing i",
      triggers: ['word', 'thing'],
      rule: 'not-a-word',
      severity: 2,
      min: 'balanced',
      why: 'verdict',
      category: 'absolutes',
      guard: (doc, first, hit) => {
        const v = HEDGES.has(w(doc, hit.end)) ? hit.end + 1 : hit.end;
        if (!/^(?:say|said|tell|told|ask|asked|write|text|mean)$/.test(w(doc, v))) return false;
        return !warmOutside(doc, first, v + 1);
      },
      span: (doc, first, hit) => {
        let end = HEDGES.has(w(doc, hit.end)) ? hit.end + 2 : hit.end + 1;
        if (/^(?:you|u|to_you)$/.test(w(doc, end))) end++;
        return [first, end];
      },
      suggest: (doc, m) => {
        // "it felt as if you never heard a word I said", "it's like you don't hear a thing I say":
        // inside a clause of the writer's, the I-statement would be a sentence in a sentence; what
        // it pictures, plainly.
        const t = doc.tokens;
        const s = sentenceOf(doc, m.first);
        const p1 = m.first > s.first ? (t[m.first - 1] as Token).w : '';
        const p2 = m.first - 1 > s.first ? (t[m.first - 2] as Token).w : '';
        if (/^(?:like|that)$/.test(p1) || (p2 === 'as' && /^(?:if|though)$/.test(p1))) {
          let past = false;
          for (let k = m.first; k < m.last; k++)
            past ||= /^(?:never|didn't|didnt|did|heard|listened)$/.test((t[k] as Token).w);
          return sayFromTo(doc, m.first, m.last, past ? "you weren't listening" : "you're not listening");
        }
        return sayFromTo(doc, m.first, m.last, "I don't feel heard right now");
      },
    },
    {
      // "you're so two-faced", "stop being so pig-headed", "ur self-centred"
      pattern: `${FIRST_HALF} ${SECOND_HALF}`,
      triggers: SECOND_HALF.split('|'),
      rule: 'hyphen-label',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        if (!hyphenLabel(doc, first)) return false;
        const f = labelFrame(doc, first);
        if (f < 0 || negatedBefore(doc, f, 2)) return false;
        // "you self-absorbed jerk": a label before a noun is name-calling, for the insult rules.
        // "are u brain dead or just trolling": asked, the label is said of them all the same.
        if (
          /^(?:you|u)$/.test(w(doc, f)) &&
          f === first - 1 &&
          !isClauseEnd(doc, hit.end - 1) &&
          !/^(?:are|r|were)$/.test(w(doc, f - 1))
        )
          return false;
        return !warmOutside(doc, f, hit.end);
      },
      span: (doc, first, hit) => {
        const f = labelFrame(doc, first);
        return [f === first - 1 && /^(?:are|r|were)$/.test(w(doc, f - 1)) ? f - 1 : f, hit.end];
      },
      suggest: (doc, m) => {
        const label = hyphenLabel(doc, m.last - 2) ?? '';
        const said = HYPHENATED[label] ?? "I'm really frustrated with how this went";
        // "are u brain dead or just trolling?" → "I'm really frustrated with how this went.": asked, the
        // whole question goes (its words before kept when they only open it, "bro, …").
        if (/^(?:are|r|were)$/.test(w(doc, m.first)))
          return [wholeKeepingOpeners(doc, m.first, `${w(doc, m.first) === 'were' ? inPast(said) : said}.`)];
        // "you were so two-faced" → "I felt like you were saying …": the person's tense.
        return sayFromTo(
          doc,
          m.first,
          m.last,
          tenseOf(doc, m.first, m.last - 2) === 'past' ? inPast(said) : said,
        );
      },
    },

    {
      // "Pathetic.", "unbelievable. truly.", "how embarrassing for you", "shameful, the way you acted"
      pattern: [...BARE].join('|'),
      rule: 'bare',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => bareGuard(doc, first, first),
      span: (doc, first) => {
        const b = bareAt(doc, first, first) as [number, number, boolean];
        return [b[0], bareRunEnd(doc, b[1])];
      },
      suggest: (doc, m) => sayFromTo(doc, m.first, m.last, "That didn't sit right with me"),
    },
    {
      // "What a joke.", "what an absolute disgrace": the whole reply.
      pattern: 'what|wat|wut a|an @ANY? joke|disgrace|farce|sham|embarrassment|clown',
      triggers: [...BARE_NOUN],
      rule: 'bare',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => bareGuard(doc, hit.end - 1, first),
      span: (doc, first, hit) => {
        const b = bareAt(doc, hit.end - 1, first) as [number, number, boolean];
        return [b[0], bareRunEnd(doc, b[1])];
      },
      suggest: (doc, m) => sayFromTo(doc, m.first, m.last, "That didn't sit right with me"),
    },
    {
      // "that comment is as trash as the meme", "that reply was so cringe"
      pattern: "that|your|ur comment|reply|response|message|text|post|tweet|remark is|was|'s",
      rule: 'your-conduct',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: verdictGuard,
      span: verdictSpan,
      suggest: upsetsFromCopula,
    },
    {
      // "you're just a bully", "you're nothing but a freeloader", "ur just a sad little man"
      pattern:
        "you're|youre|ur|you_are|u_r|you_were just|nothing_but|nothing_more_than|merely|simply|only a|an",
      triggers: ['just', 'nothing', 'merely', 'simply', 'only'],
      rule: 'just-a',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const end = lowlyAt(doc, hit.end);
        if (end < 0) return false;
        const s = sentenceOf(doc, first);
        if (end < s.last && !isClauseEnd(doc, end - 1) && !/^(?:and|who|that|always)$/.test(w(doc, end)))
          return false;
        return !negatedBefore(doc, first, 2) && !warmOutside(doc, first, end, true);
      },
      span: (doc, first, hit) => [first, lowlyAt(doc, hit.end)],
      suggest: (doc, m) => sayFromTo(doc, m.first, m.last, "I'm really hurt by how you're acting"),
    },
    {
      // "you're so lazy it's honestly impressive", "ur so boring its painful": the result clause
      // sharpens the label, its praise is sarcasm.
      pattern: "you're|youre|ur|you_are|u_r|you_were so @ANY @ANY? it's|its|it_is|it_was",
      triggers: ['so'],
      rule: 'so-it-is',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        let k = first;
        while (w(doc, k) !== 'so') k++;
        // 2: an insult word, which the label rule names unless praise follows ("it's unreal").
        let bad = 0;
        for (k++; k < hit.end - 1; k++) {
          const x = w(doc, k);
          if (INSULT_ADJECTIVES.has(x)) bad = 2;
          else if (TRAIT_ADJECTIVES.has(x) || valence(x) < -2) bad ||= 1;
          else if (!/ly$/.test(x)) return false;
        }
        k = hit.end;
        while (/^(?:honestly|actually|kinda|just|really|literally|almost|so)$/.test(w(doc, k))) k++;
        return (
          bad > 0 &&
          SO_RESULT.has(w(doc, k)) &&
          (bad < 2 || valence(w(doc, k)) > 0) &&
          !negatedBefore(doc, first, 2) &&
          !warmOutside(doc, first, k + 1, true)
        );
      },
      span: (doc, first, hit) => {
        let k = hit.end;
        while (!SO_RESULT.has(w(doc, k))) k++;
        return [first, w(doc, k + 1) === 'to' ? k + 3 : k + 1];
      },
      suggest: (doc, m) => sayFromTo(doc, m.first, m.last, "I'm really frustrated with you right now"),
    },
    {
      // "typical male behaviour", "such typical entitled behaviour from you"
      pattern: 'typical|classic @ANY @ANY? behaviour|behavior|attitude',
      triggers: ['typical', 'classic'],
      rule: 'typical',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        for (let k = first + 1; k < hit.end - 1; k++)
          if (/^(?:me|my|us|our|i|of|the|a)$/.test(w(doc, k))) return false;
        // An exclamation of its own: "the seeds of classic abusive behavior" describes.
        for (let k = clauseStart(doc, first); k < first; k++) if (!TYPICAL_LEAD.has(w(doc, k))) return false;
        return !warmOutside(doc, first, hit.end, true);
      },
      span: (doc, first, hit) => [clauseStart(doc, first), hit.end],
      suggest: (doc, m) => sayFromTo(doc, m.first, m.last, 'This really frustrates me'),
    },
  ],
});
