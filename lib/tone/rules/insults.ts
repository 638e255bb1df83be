/**
 * Contempt: labels for the person instead of the act ("you're so selfish", "you idiot"),
 * and name-calling about anyone ("what a moron"). Offers the feeling behind the label.
 */

import { isKnownVerb, isPastForm } from '../grammar';
import {
  COMMON_WORDS,
  HATE_SLOT,
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  INTENSIFIERS,
  isKnownWord,
  STRONG_INSULT_ADJECTIVES,
  STRONG_INSULT_NOUNS,
  TRAIT_ADJECTIVES,
  valence,
  WRONG_SLOT,
  wordSet,
} from '../lexicon';
import { type Doc, type Sentence, type Token, tokenAt, tokenize } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  aloneInBrackets,
  article,
  caringNear,
  clauseEnd,
  closesClause,
  contentStart,
  type Draft,
  isClauseEnd,
  isHedgeWord,
  isImperative,
  isJunkBeforeNoun,
  isJunkCompound,
  isSentenceStart,
  keptOpenersStart,
  type Match,
  madeInto,
  moreOfTheSame,
  negatedBefore,
  personInPlace,
  polarity,
  praiseAfter,
  relativeTailAfter,
  removeRange,
  removeTokens,
  replaceTokens,
  sameWordAgain,
  sayInstead,
  saysWhoAfter,
  sentenceOf,
  simileAround,
  stanceWord,
  tenseOf,
  textOf,
  threatInstead,
  toSentenceEnd,
  traitInstead,
} from './rule';
import { beingPlainly } from './scorn';
import {
  aimedAtThing,
  describesOneself,
  measuresOneself,
  rejectedClaim,
  reportedView,
  someoneBefore,
  THING_NOUNS,
} from './targets';

/** The feeling that usually hides behind a label. */
const FEELING_FOR: Readonly<Record<string, string>> = {
  annoying: 'annoyed',
  irritating: 'irritated',
  exasperating: 'exasperated',
  infuriating: 'furious',
  selfish: 'overlooked',
  inconsiderate: 'overlooked',
  insensitive: 'overlooked',
  ungrateful: 'unappreciated',
  lazy: 'let down',
  useless: 'let down',
  irresponsible: 'let down',
  unreliable: 'let down',
  pathetic: 'disappointed',
  pitiful: 'disappointed',
  loser: 'disappointed',
  losers: 'disappointed',
  failure: 'disappointed',
  disappointment: 'disappointed',
  letdown: 'let down',
  burden: 'hurt',
  joke: 'disappointed',
  disgrace: 'disappointed',
  embarrassment: 'embarrassed',
  waste: 'disappointed',
  terrible: 'hurt',
  lousy: 'hurt',
  rude: 'hurt',
  spiteful: 'hurt',
  vindictive: 'hurt',
  condescending: 'talked down to',
  patronising: 'talked down to',
  patronizing: 'talked down to',
  awful: 'hurt',
  horrible: 'hurt',
  worst: 'hurt',
  toxic: 'hurt',
  manipulative: 'hurt',
  hateful: 'hurt',
  evil: 'hurt',
  mean: 'hurt',
  cruel: 'hurt',
  heartless: 'hurt',
  needy: 'overwhelmed',
  clingy: 'overwhelmed',
  disgusting: 'upset',
  gross: 'upset',
  nasty: 'upset',
  vile: 'upset',
  creepy: 'uncomfortable',
  creep: 'uncomfortable',
  predator: 'unsafe',
  psycho: 'worried',
  crazy: 'worried',
  insane: 'worried',
  delusional: 'worried',
  arrogant: 'dismissed',
  obnoxious: 'frustrated',
};

/** The word a feeling takes before the person it is about ("upset with you", "let down by you"). */
const FEELING_PREP: Readonly<Record<string, string>> = {
  disappointed: 'in',
  'let down': 'by',
  hurt: 'by',
  overlooked: 'by',
  unappreciated: 'by',
  embarrassed: 'by',
  dismissed: 'by',
  uncomfortable: 'around',
  unsafe: 'around',
};

function feelingFor(w: string): string {
  return FEELING_FOR[w] ?? 'frustrated';
}

/** "are too stupid to notice" → "don't notice": the copula's negative "do". */
const NOT_DO: Readonly<Record<string, string>> = {
  is: "doesn't",
  are: "don't",
  was: "didn't",
  were: "didn't",
  am: "don't",
  r: "don't",
  aint: "don't",
  "ain't": "don't",
};

/** Verbs of seeing and understanding: "too dumb to notice" says they don't. */
const GRASP_VERB =
  /^(?:notice|see|understand|get|know|realize|realise|grasp|comprehend|figure|tell|recognize|recognise|remember|read|follow|spot|learn|appreciate|care)$/;

/** "you're too dumb to get it" → "you don't get it": a subject joined to its copula. */
const SUBJECT_NOT_DO: Readonly<Record<string, string>> = {
  "you're": "you don't",
  youre: "you don't",
  ur: "you don't",
  "they're": "they don't",
  theyre: "they don't",
  "we're": "we don't",
  "he's": "he doesn't",
  hes: "he doesn't",
  "she's": "she doesn't",
  shes: "she doesn't",
  "i'm": "I don't",
  im: "i don't",
};

/**
 * "they are too stupid to notice" → "they don't notice", "you're way too dumb to get it" → "you
 * don't get it": what the label says is that they did not do it; a milder word between "too" and
 * "to" ("too misguided to notice") reads wrong.
 */
function tooToNot(doc: Doc, w: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, w);
  if (w - 2 < s.first || w + 2 >= s.last) return null;
  if ((t[w - 1] as Token).w !== 'too' || (t[w + 1] as Token).w !== 'to') return null;
  if (!/^\p{L}{2,}$/u.test((t[w + 2] as Token).w)) return null;
  let c = w - 2;
  while (
    c > s.first &&
    /^(?:way|far|just|simply|much|clearly|obviously|probably|really|all|both)$/.test((t[c] as Token).w)
  )
    c--;
  const cop = t[c] as Token;
  if (/[,;:]/.test(doc.text.slice(cop.end, (t[w + 2] as Token).start))) return null;
  // "too dumb to notice" → "don't notice"; "too stupid to run their own lives" → "can't run…".
  const grasp = GRASP_VERB.test((t[w + 2] as Token).w);
  const past = /^(?:was|were)$/.test(cop.w);
  const notDo = NOT_DO[cop.w];
  if (notDo) {
    if (c <= s.first) return null;
    return replaceTokens(doc, c, w + 2, grasp ? notDo : past ? "couldn't" : "can't");
  }
  const said0 = SUBJECT_NOT_DO[cop.w];
  if (!said0) return null;
  const said = grasp ? said0 : said0.replace(/ (?:don't|doesn't)$/, " can't");
  return replaceTokens(
    doc,
    c,
    w + 2,
    /^\p{Lu}/u.test(cop.raw) ? said.charAt(0).toUpperCase() + said.slice(1) : said,
  );
}

/** Laughter alone closing the message: ". lol", "? xd". */
const LAUGH_TAIL = /^[\s.!?]*(?:lol|lmao|lmfao|xd|haha+|hehe+)[\s.!?]*$/i;
/** A question tag after the label: ", aren't you?", ", right?". */
const TAG_AFTER =
  /^\s*,\s*(?:(?:aren't|arent|are|don't|dont|didn't|didnt|isn't|isnt|ain't)\s+(?:you|u|ya)|right|huh|eh)\s*\?+/i;

/**
 * "you're a loser, aren't you?" → "I'm feeling really disappointed right now.": a line of ours in the
 * first person takes no tag asking "you"; "you're not being honest, aren't you?" agrees ("are you?").
 */
function labelSuggestTagged(doc: Doc, m: Match): Draft[] {
  const wondered = wonderIfLabel(doc, m.first, m.last);
  if (wondered) return [wondered];
  return labelSuggest(doc, m).map((d) => {
    const tag = TAG_AFTER.exec(doc.text.slice(d.end, d.end + 24));
    const mine = /^I(?:'m|\s)/i.test(d.text);
    // "…? xd", "…. lol" closing the message: laughter after a line of ours reads as mockery.
    const end = d.end + (tag && mine ? tag[0].length : 0);
    const laugh = mine ? LAUGH_TAIL.exec(doc.text.slice(end)) : null;
    if (!tag && !laugh) return d;
    if (mine)
      return {
        ...d,
        end: laugh ? doc.text.length : end,
        text: /[.!?]$/.test(d.text) ? d.text : `${d.text}.`,
      };
    if (!tag) return d;
    if (/\bnot\b/.test(d.text) && /aren'?t/i.test(tag[0]))
      return { ...d, end: d.end + tag[0].length, text: `${d.text}, are you?` };
    return d;
  });
}

function labelSuggest(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const w = (t[m.cap.w as number] as Token).w;
  // "you were being really childish" → "you were not taking this seriously": said of what they
  // do, the sentence kept, where the words close their clause.
  if (isClauseEnd(doc, m.cap.w as number)) {
    const plainly = beingPlainly(doc, m.first, m.cap.w as number);
    if (plainly.length > 0) return plainly;
  }
  {
    // "you're too hateful to care" → "you don't care": what the label kept them from is the point.
    const wi0 = m.cap.w as number;
    const graspAfter = GRASP_VERB.test((t[wi0 + 2] as Token | undefined)?.w ?? '');
    const not = STUPIDITY.has(w) || graspAfter ? tooToNot(doc, wi0) : null;
    if (not) return [not];
  }
  const ce = clauseEnd(doc, m.last - 1);
  const s = sentenceOf(doc, m.first);
  // "you're a disgrace, and the worst of the bunch": more labels of the same subject go with it.
  // "you are a brainless shill, which is not what we need": the tail pointing into it goes too.
  const whole =
    ce === s.last - 1 ||
    (ce + 1 < s.last && moreOfTheSame(doc, ce + 1, s.last)) ||
    relativeTailAfter(doc, ce, s.last);
  if (w === 'liar' || w === 'liars') {
    const inPlace = labelInPlace(doc, m);
    return [
      ...(inPlace ? [inPlace] : []),
      whole
        ? toSentenceEnd(doc, m.first, "I'm finding it hard to trust what you said.")
        : replaceTokens(doc, m.first, ce + 1, "I'm finding it hard to trust what you said"),
      replaceTokens(doc, m.first, ce + 1, 'When you [what happened], it was hard for me to trust you'),
    ];
  }
  if (w === 'hypocrite' || w === 'hypocrites' || w === 'hypocritical') {
    return [
      replaceTokens(doc, m.first, ce + 1, 'It feels unfair to me'),
      replaceTokens(doc, m.first, ce + 1, 'It feels unfair to me when you [what happened]'),
    ];
  }
  // "if you don't know this then you're an ignorant commenter": an I-statement cannot start in the
  // middle of a clause; the label is said plainly in place.
  if (!isImperative(doc, m.first)) {
    const wi = m.cap.w as number;
    const mild = MILD_ADJ[w];
    if (mild && !mild.includes(' ')) {
      const art = (t[wi - 1] as Token | undefined)?.w;
      if ((art === 'a' || art === 'an') && wi - 1 > m.first)
        return [replaceTokens(doc, wi - 1, wi + 1, `${/^[aeiou]/.test(mild) ? 'an' : 'a'} ${mild}`)];
      // "youre fucking retarded" → "youre misguided": the swear before it goes with it.
      const sw = wi - 1 > m.first && /^(?:fucking|fuckin|freaking|frickin|damn|bloody)$/.test(art ?? '');
      return [replaceTokens(doc, sw ? wi - 1 : wi, wi + 1, mild)];
    }
    let a = m.first + 1;
    while (a < wi && !/^(?:a|an|such|one|the)$/.test((t[a] as Token).w)) a++;
    const plain = STUPIDITY.has(w) ? 'wrong about this' : 'out of line';
    return [replaceTokens(doc, Math.min(a, wi), m.last, plain)];
  }
  // "you're so ignorant that it hurts": the result clause needs the describing word ("so uninformed that").
  const wi = m.cap.w as number;
  const mild = MILD_ADJ[w];
  if (
    mild &&
    /^(?:so|such)$/.test((t[wi - 1] as Token | undefined)?.w ?? '') &&
    (t[wi + 1] as Token | undefined)?.w === 'that' &&
    wi + 1 < s.last
  )
    return [replaceTokens(doc, wi, wi + 1, mild)];
  const role = roleVerdict(doc, m, ce, whole);
  if (role) return [role];
  const f = feelingFor(w);
  const inPlace = labelInPlace(doc, m);
  if (!inPlace) {
    const act = labelForAct(doc, m, f);
    if (act) return [act, replaceTokens(doc, m.first, ce + 1, `I feel ${f} when you [what happened]`)];
  }
  // "you are an immature jerk who never listens" → "I'm feeling really frustrated that you never
  // listen": what the label was said for is kept.
  const who = inPlace ? null : whoClauseAct(doc, m, f);
  // "you were so selfish" → "I felt really overlooked when that happened": the person's tense.
  const tense = tenseOf(doc, m.first, wi);
  // "you are such a jerk" → "I'm really frustrated with you right now": the feeling is
  // about the person the label was said to, and says so; "you are insane" is not followed.
  // "talked down to", "overwhelmed": said without the person, as before.
  const bare = f === 'talked down to' || f === 'overwhelmed';
  // "overlooked by you", "uncomfortable around you": felt, not been ("I feel really overlooked by
  // you right now"; never "I'm really overlooked").
  const felt = /^(?:overlooked|unappreciated|dismissed|unsafe|uncomfortable)$/.test(f);
  const withYou = `${f} ${FEELING_PREP[f] ?? 'with'} you`;
  const said =
    tense === 'past'
      ? `I felt really ${f} when that happened`
      : f === 'worried'
        ? tense === 'perfect'
          ? "I've had a hard time following you lately"
          : "I'm having a hard time following you right now"
        : bare
          ? tense === 'perfect'
            ? `I've been feeling really ${f} lately`
            : `I'm feeling really ${f} right now`
          : tense === 'perfect'
            ? `I've ${felt ? 'felt' : 'been'} really ${withYou} lately`
            : `${felt ? 'I feel' : "I'm"} really ${withYou} right now`;
  // "you are a predator and you need to stay away from my kids": the clause joined after the label
  // is the point; it stays, after the feeling ("I'm feeling really unsafe right now, and you need…").
  const joined = joinedClauseAt(doc, m.last, ce);
  if (joined < -1 && !inPlace && !who)
    return [
      replaceTokens(doc, m.first, -joined - 1, `${said}, and you`),
      replaceTokens(doc, m.first, ce + 1, `I feel ${f} when you [what happened]`),
    ];
  if (joined > 0 && !inPlace && !who)
    return [
      (t[joined] as Token).w === 'except'
        ? replaceTokens(doc, m.first, joined + 1, `${said}, but`)
        : replaceTokens(doc, m.first, joined, `${said},`),
      replaceTokens(doc, m.first, ce + 1, `I feel ${f} when you [what happened]`),
    ];
  return [
    ...(inPlace ? [inPlace] : []),
    ...(who ? [who] : []),
    whole ? toSentenceEnd(doc, m.first, `${said}.`) : replaceTokens(doc, m.first, ce + 1, said),
    replaceTokens(doc, m.first, ce + 1, `I feel ${f} when you [what happened]`),
  ];
}

/** Roles people are judged in by their work: "lousy coders" is about the work. */
const WORK_ROLE =
  /^(?:developer|engineer|coder|programmer|designer|writer|teacher|player|driver|manager|moderator|mod|admin|dev|cook|chef|leader|referee|ref|journalist|reporter|editor|doctor|lawyer|coach|actor|singer|artist|tutor|author|translator|tester|builder|mechanic|plumber|electrician|nurse|cleaner|waiter|waitress|employee|worker|boss|supervisor)s?$/;

/**
 * "You are awful engineers." → "I'm really unhappy with your work as engineers.": a verdict on
 * someone in a role is about their work; what is said of it, and of whom, stays. Null when the
 * words are not "you are (a) <word> <role>" ending their clause.
 */
function roleVerdict(doc: Doc, m: Match, ce: number, whole: boolean): Draft | null {
  const t = doc.tokens;
  const wi = m.cap.w as number;
  const roleAt = m.last - 1;
  if (roleAt !== wi + 1 || ce !== roleAt) return null;
  const role = (t[roleAt] as Token).w;
  if (!WORK_ROLE.test(role)) return null;
  const be = (t[m.first + 1] as Token | undefined)?.w ?? '';
  const you = (t[m.first] as Token).w;
  const past = you === 'you' && be === 'were';
  if (!(/^(?:you're|youre|ur)$/.test(you) || (you === 'you' && (be === 'are' || be === 'were')))) return null;
  const plural = /s$/.test(role) && !/(?:ss|boss)$/.test(role);
  const as = plural ? role : `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;
  const said = `${past ? 'I was' : "I'm"} really unhappy with your work as ${as}`;
  return whole ? toSentenceEnd(doc, m.first, `${said}.`) : replaceTokens(doc, m.first, ce + 1, said);
}

/**
 * The token of "and"/"but" that joins a clause of its own after a label ("… and you need to…",
 * "… but I want…"), between `from` and `to` (inclusive); -1 when none. "… and need to…" with no
 * subject: -(k + 2), k the token of "and", so that "you" can be said after it.
 */
function joinedClauseAt(doc: Doc, from: number, to: number): number {
  const t = doc.tokens;
  // "you are ignorant except you fill your head with …" (the match ends on "except"): what follows
  // is the point, said after "but".
  if (
    from > 0 &&
    to - from >= 3 &&
    (t[from - 1] as Token).w === 'except' &&
    /^(?:you|u)$/.test((t[from] as Token | undefined)?.w ?? '')
  )
    return from - 1;
  for (let k = from; k < to && k < from + 3; k++) {
    const w = (t[k] as Token).w;
    const n = (t[k + 1] as Token | undefined)?.w ?? '';
    const n2 = (t[k + 2] as Token | undefined)?.w ?? '';
    // "… and you are posting it again", "… and you're posting it": a doing of its own, not the label.
    const doing = (at: number) => /^(?!being$)\p{L}{2,}ing$/u.test((t[at] as Token | undefined)?.w ?? '');
    // "… and you know it" speaks of the label itself; without it, it points at nothing.
    if (to - k < 4 || (/^(?:know|knew|are|were)$/.test(n2) && !(/^(?:are|were)$/.test(n2) && doing(k + 3))))
      return -1;
    if ((w === 'and' || w === 'but') && /^(?:you|i|we|he|she|they|u)$/.test(n)) return k;
    if (
      (w === 'and' || w === 'but') &&
      /^(?:you're|youre|we're|they're|i'm|he's|she's)$/.test(n) &&
      doing(k + 2)
    )
      return k;
    if (w === 'except' && /^(?:you|u)$/.test(n)) return k;
    // "… and need to walk out of our lives": the order keeps its "you" ("and you need to…").
    if (w === 'and' && /^(?:need|needs|should|must)$/.test(n)) return -(k + 2);
  }
  return -1;
}

/** Third-person verbs that do not lose a plain "s": what "you" says instead. */
const YOU_FORM: Readonly<Record<string, string>> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  "doesn't": "don't",
  doesnt: "don't",
  "isn't": "aren't",
  isnt: "aren't",
  "wasn't": "weren't",
  wasnt: "weren't",
  "hasn't": "haven't",
  hasnt: "haven't",
};

/**
 * "you are an immature jerk who never listens" → "I'm feeling really frustrated that you never
 * listen": the label at the start of the sentence with "who" and a present verb after it; the verb
 * agrees with "you". Null for anything else.
 */
function whoClauseAct(doc: Doc, m: Match, f: string): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const first = (t[m.first] as Token).w;
  if (m.first !== s.first || !/^(?:you|u|you're|youre|ur)$/.test(first)) return null;
  if (/^(?:you|u)$/.test(first) && (t[m.first + 1] as Token | undefined)?.w !== 'are') return null;
  if (m.last + 2 >= s.last || (t[m.last] as Token).w !== 'who') return null;
  if (/[,;:.!?]/.test(doc.text.slice((t[m.last - 1] as Token).end, (t[m.last + 1] as Token).start)))
    return null;
  let v = m.last + 1;
  if (/^(?:never|always|just|only|still|constantly|rarely|barely|clearly|really)$/.test((t[v] as Token).w))
    v++;
  if (v >= s.last) return null;
  const verb = t[v] as Token;
  // "…who thinks he knows everything": the clause speaks of them in the third person; "you" would
  // need every pronoun changed.
  for (let k = v + 1; k < s.last && !isClauseEnd(doc, k - 1); k++)
    if (
      /^(?:he|she|him|her|his|hers|himself|herself|they|them|their|themselves|he's|she's|hes|shes)$/.test(
        (t[k] as Token).w,
      )
    )
      return null;
  let said = YOU_FORM[verb.w];
  if (!said) {
    if (!/^\p{L}{3,}s$/u.test(verb.w) || /(?:ss|us|is)$/.test(verb.w)) return null;
    said = /ies$/.test(verb.w)
      ? verb.w.replace(/ies$/, 'y')
      : /(?:sh|ch|x|z|o)es$/.test(verb.w)
        ? verb.w.slice(0, -2)
        : verb.w.slice(0, -1);
  }
  const cap = /^\p{Lu}/u.test((t[m.first] as Token).raw) ? 'I' : 'i';
  const between = v > m.last + 1 ? `${(t[m.last + 1] as Token).raw} ` : '';
  return {
    start: (t[m.first] as Token).start,
    end: verb.end,
    text: `${cap}'m feeling really ${f} that you ${between}${said}`,
  };
}

/**
 * "you are such a jerk for leaving early" → "I'm feeling really frustrated about you leaving early",
 * "you're so annoying when you do that" → "I feel really annoyed when you do that": where the
 * sentence names the act, the feeling takes the label's place and the act stays.
 */
function labelForAct(doc: Doc, m: Match, f: string): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const wi = m.cap.w as number;
  // "you are a horrid person for stalking": the label with its plain noun.
  const end =
    m.last === wi + 2 && /^(?:person|human|man|woman|guy|girl)$/.test((t[wi + 1] as Token).w) ? wi + 1 : wi;
  if (m.last !== end + 1 || m.last + 1 >= s.last) return null;
  // "you are selfish and rude for leaving early": a second describing word joined to the label.
  let lk = m.last;
  if (
    lk + 3 < s.last &&
    (t[lk] as Token).w === 'and' &&
    (INSULT_ADJECTIVES.has((t[lk + 1] as Token).w) ||
      FEELING_FOR[(t[lk + 1] as Token).w] !== undefined ||
      // reword43: "you are insane and criminal for keeping the dog in the car": any one describing
      // word, when "for <doing>" follows it.
      ((t[lk + 2] as Token).w === 'for' && /^\p{L}{3,}(?<!ly)$/u.test((t[lk + 1] as Token).w)))
  )
    lk += 2;
  const first = (t[m.first] as Token).w;
  if (!/^(?:you|u|you're|youre|ur)$/.test(first)) return null;
  if (
    m.first > s.first &&
    !/[,;:]/.test(doc.text.slice((t[m.first - 1] as Token).end, (t[m.first] as Token).start))
  )
    if (!/^(?:and|but|so|honestly|seriously|because|cause|cuz)$/.test((t[m.first - 1] as Token).w))
      return null;
  const link = (t[lk] as Token).w;
  const after = t[lk + 1] as Token;
  if (/[,;:.!?]/.test(doc.text.slice((t[end] as Token).end, after.start))) return null;
  const tense = tenseOf(doc, m.first, wi);
  const cap = /^\p{Lu}/u.test((t[m.first] as Token).raw) || m.first === s.first;
  const i = cap ? 'I' : 'i';
  if (
    link === 'for' &&
    /^\p{L}{2,}ing$/u.test(after.w) &&
    !/^(?:nothing|something|anything|everything)$/.test(after.w)
  )
    return replaceTokens(
      doc,
      m.first,
      lk + 1,
      tense === 'past' ? `${i} felt really ${f} about you` : `${i}'m feeling really ${f} about you`,
    );
  if (link === 'when' && /^(?:you|u|ya)$/.test(after.w))
    return replaceTokens(
      doc,
      m.first,
      lk,
      tense === 'past' ? `${i} felt really ${f}` : `${i} feel really ${f}`,
    );
  return null;
}

/**
 * "you are an idiot for thinking that" → "you are wrong for thinking that", "so, you're a liar about
 * the book" → "so, you're not being honest about the book": where the label stands for what the
 * person did, the act in its place; the sentence, its person and its other words stay. Null for
 * labels with no plain act (the I-statement is then the first offer).
 */
function labelInPlace(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const wi = m.cap.w as number;
  const w = (t[wi] as Token).w;
  const plain = w === 'liar' || w === 'liars' ? 'not being honest' : STUPIDITY.has(w) ? 'wrong' : ACT_FOR[w];
  if (!plain) return null;
  const s = sentenceOf(doc, m.first);
  const first = (t[m.first] as Token).w;
  let a = m.first + 1;
  if (/^(?:you|u)$/.test(first) && /^(?:are|r)$/.test((t[a] as Token | undefined)?.w ?? '')) a++;
  else if (!/^(?:you're|youre|ur)$/.test(first)) return null;
  // "you are clearly an idiot": the hedge stays ("you are clearly wrong").
  while (a < wi && isHedgeWord((t[a] as Token).w)) a++;
  // "you are a moronic trumponian", "you are ignorant except…": a word after the label read with
  // it; which is the noun is not known, so the I-statement stays first.
  if (m.last > wi + 1) return null;
  // "you are dumb as a rock": the whole simile goes.
  const sim = STUPIDITY.has(w) ? simileAround(doc, wi) : null;
  if (sim) return replaceTokens(doc, a, Math.max(sim[1], m.last), 'not thinking clearly');
  const next = m.last < s.last ? (t[m.last] as Token) : undefined;
  // "you are one idiot of many", "you are stupid and cruel": the label is part of more than itself.
  // "you are a moron who does nothing": "wrong who does…" would leave the clause without its noun.
  if (next && /^(?:of|and|or|&|n|as|who)$/.test(next.w)) return null;
  const goesOn = !!next && !isClauseEnd(doc, m.last - 1);
  return replaceTokens(doc, a, m.last, plain === 'wrong' && !goesOn ? 'wrong about this' : plain);
}

/**
 * "what an idiot!", "what a vain, reckless fool.": the writer's judgment of what was done,
 * without the label and without a feeling they never said ("that bothers me").
 */
/** Words that only say how much of a label someone is ("a total fool", "a big old jerk"). */
const DEGREE_BEFORE_LABEL =
  /^(?:total|complete|absolute|utter|real|right|proper|big|little|massive|huge|giant|old|young|certified|full|grade|class|first|such|unbelievable|incredible|colossal|monumental|raging|flaming|blithering|bumbling|prize|world)$|f[aeiu]?c?k|fu?k|freak|frick|frig|eff|shit|damn|goddam|bloody/;

function whatALabel(doc: Doc, from: number, label: number): string {
  const t = doc.tokens;
  const w = (t[label] as Token).w;
  // "what a vain, reckless fool": the describing words are the judgment, said of the act.
  const said: string[] = [];
  for (let k = from; k < label && k - from < 3; k++) {
    const x = (t[k] as Token).w;
    if (
      !/^\p{L}{3,}$/u.test(x) ||
      INTENSIFIERS.has(x) ||
      DEGREE_BEFORE_LABEL.test(x) ||
      INSULT_ADJECTIVES.has(x) ||
      MILD_ADJ[x]
    ) {
      said.length = 0;
      break;
    }
    said.push(x);
  }
  if (said.length > 0 && said.length === label - from)
    return `that was ${said.length === 1 ? said[0] : `${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}`}`;
  if (/^hypocrites?$/.test(w)) return "that's a double standard";
  return STUPIDITY.has(w) || STUPIDITY.has(w.replace(/s$/, '')) || DIM_LABEL.test(w)
    ? 'that was not a smart move'
    : 'that was out of line';
}

/** Labels that say someone is wrong-headed rather than unkind: "wrong about this" says the same. */
const STUPIDITY: ReadonlySet<string> = wordSet(
  'idiot idiots moron morons fool fools imbecile imbeciles dumbass dimwit halfwit nitwit numbskull bonehead boneheads cretin stupid dumb idiotic moronic ignorant clueless dense thick daft',
);

/** Labels with warm company ("you're crazy good at this", "you're such a baby, I love you") pass. */
/** Labels that also work as intensifiers before praise: "crazy talented", "stupid good", "insanely gifted". */
const INTENSIFYING_LABELS: ReadonlySet<string> = new Set([
  'crazy',
  'stupid',
  'insane',
  'insanely',
  'ridiculous',
  'ridiculously',
  'mad',
  'sick',
  'wicked',
  'scary',
  'freakishly',
  'absurdly',
  'stupidly',
  'obscenely',
  'disgustingly',
  'ungodly',
]);

/** Someone other than the writer and the reader, as the one who says or thinks something. */
const OTHERS_SAY = /^(?:anyone|anybody|someone|somebody|everyone|everybody|people|others|he|she|they)$/;

/**
 * "If anyone tells you you're crazy…", "when someone says you're worthless": another person's words,
 * in a condition; the writer answers them, not the reader.
 */
function hypotheticalReport(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  let say = false;
  for (let k = first - 1; k >= s.first && k >= first - 10; k--) {
    const w = (t[k] as Token).w;
    if (/^(?:says?|tells?|thinks?|calls?)$/.test(w)) say = true;
    else if (say && OTHERS_SAY.test(w)) {
      for (let j = k - 1; j >= s.first && j >= k - 4; j--)
        if (/^(?:if|when|whenever)$/.test((t[j] as Token).w)) return true;
      return false;
    } else if (say && /^(?:i|you|u|i'm|im)$/.test(w)) return false;
  }
  return false;
}

function labelGuard(doc: Doc, first: number, hit: { end: number; cap: Record<string, number> }): boolean {
  if (negatedBefore(doc, first, 4) || hypotheticalReport(doc, first)) return false;
  const s = sentenceOf(doc, first);
  const p = polarity(doc, hit.end, s.last);
  if (p.pos > 1 && p.pos > p.neg) return false;
  const next = doc.tokens[hit.end];
  if (
    next &&
    hit.end < s.last &&
    /^(good|great|talented|cute|smart|funny|sweet|lucky|beautiful|amazing|brave|strong)$/.test(next.w)
  )
    return false;
  return true;
}

const VOCATIVE_END = (doc: Doc, _first: number, hit: { end: number }) => isClauseEnd(doc, hit.end - 1);

/** Words that lead into "get a life" ("you need to", "go", "just"): they go with it. */
const GET_A_LIFE_LEAD: ReadonlySet<string> = /* @__PURE__ */ wordSet(
  "you u need needs to should gotta go just really why dont don't",
);

/**
 * Milder words for third-person name-calling, keeping the grammar. Read by rewording alone: built
 * in a function marked pure, the detection bundle, which never reads it, leaves it out.
 */
const MILD_NOUN: Readonly<Record<string, string>> = /* @__PURE__ */ (() => {
  const t: Record<string, string> = {};
  for (const w of STRONG_INSULT_NOUNS)
    t[w] =
      (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) || w === 'scum' || w === 'filth'
        ? 'people'
        : 'person';
  return Object.assign(t, {
    stupidity: 'poor judgment',
    idiocy: 'poor judgment',
    garbage: 'nonsense',
    filth: 'people',
    // A place, not a person: "that racist hellhole" → "that terrible place".
    hellhole: 'terrible place',
    hellholes: 'terrible places',
  });
})();

/**
 * What a scornful word about a person says about what they did, in plain words. Read by rewording
 * alone (built in a function marked pure, as MILD_NOUN).
 */
const ACT_FOR: Readonly<Record<string, string>> = /* @__PURE__ */ (() => {
  const t: Record<string, string> = {};
  for (const w of 'stupid dumb idiotic moronic imbecilic brainless braindead retarded ignorant illiterate clueless'.split(
    ' ',
  ))
    t[w] = 'wrong about this';
  for (const w of 'incompetent inept'.split(' ')) t[w] = 'not up to the job';
  for (const w of 'racist sexist misogynistic homophobic bigoted'.split(' ')) t[w] = 'unfair to people';
  // "he is misogynistic" says to whom: "unfair to women", "unfair to gay people".
  t.misogynistic = 'unfair to women';
  t.sexist = 'unfair to women';
  t.homophobic = 'unfair to gay people';
  for (const w of 'deranged demented unhinged psychotic delusional'.split(' ')) t[w] = 'not making sense';
  // "not being straight with us" named an "us" the sentence may not have: the plain claim.
  for (const w of 'dishonest lying'.split(' ')) t[w] = 'not being honest';
  t.hypocritical = 'inconsistent';
  for (const w of 'spineless gutless'.split(' ')) t[w] = 'too timid';
  for (const w of 'narcissistic'.split(' ')) t[w] = 'thinking only of themselves';
  return t;
})();

/**
 * "he is incompetent" → "he is not up to the job"; "she's a lying crook" → "she's out of line":
 * the same person and the same sentence, with the act instead of the label.
 */
/** Nouns for something done or said: a label before one says what kind of act it was. */
const ACT_NOUNS: ReadonlySet<string> = wordSet(
  'move moves idea ideas thing decision decisions mistake mistakes call comment comments take takes remark remarks question questions answer answers choice choices play plays stunt stunts question behavior behaviour',
);

/**
 * "a really dumb idiot move", "that was an idiot move", "such a jerk thing to say": a label before
 * a noun for an act says what kind of act it was; the plain word takes its place with the scorn
 * words before it ("a really foolish move", "an unkind thing to say"), the article agreeing.
 */
function labelBeforeAct(doc: Doc, at: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, at);
  const label = (t[at] as Token).w;
  if (MILD_NOUN[label] !== 'person' || ACT_NOUN[label] !== undefined || at + 1 >= s.last) return null;
  const next = t[at + 1] as Token;
  if (!ACT_NOUNS.has(next.w) || doc.text.slice((t[at] as Token).end, next.start) !== ' ') return null;
  let d = at;
  while (d - 1 >= s.first && d > at - 3 && INSULT_ADJECTIVES.has((t[d - 1] as Token).w)) d--;
  if (d - 1 < s.first || !/^[\p{L}' ]+$/u.test(doc.text.slice((t[d] as Token).start, next.end))) return null;
  const plain = STUPIDITY.has(label) ? 'unwise' : 'unkind';
  const det = t[d - 1] as Token;
  if (/^(?:a|an)$/.test(det.w))
    return replaceTokens(
      doc,
      d - 1,
      at + 1,
      `${/^A/.test(det.raw) ? 'A' : 'a'}${/^u/.test(plain) ? 'n' : ''} ${plain}`,
    );
  return replaceTokens(doc, d, at + 1, plain);
}

/**
 * "clinton is a loser, twice", "he was a loser again": counted, a loser is one who lost; what
 * happened is said ("clinton lost, twice").
 */
function loserCounted(doc: Doc, m: Match, w: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, w);
  if ((t[w] as Token).w !== 'loser' || w + 1 >= s.last || m.first >= w) return null;
  if (!/^(?:twice|again|thrice|once)$/.test((t[w + 1] as Token).w)) return null;
  const c = w - 2;
  if (c < m.first || !/^(?:is|was|'s)$/.test((t[c] as Token).w) || !/^(?:a|an)$/.test((t[w - 1] as Token).w))
    return null;
  return replaceTokens(doc, c, w + 1, 'lost');
}

/**
 * "this reprobate and race hustler", "my boss is a jerk and bully", "my ex, the moron and cheater":
 * a label joined to a plain noun under one determiner goes with its "and"; the noun, the writer's
 * own claim, says who is meant ("this race hustler", "a bully"). Not when the noun is a label too,
 * nor a verb, nor a word of the next clause.
 */
function labelAndNoun(doc: Doc, first: number, last: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (first <= s.first || last + 1 >= s.last) return null;
  const det = t[first - 1] as Token;
  const and = t[last] as Token;
  const noun = t[last + 1] as Token;
  if (!/^(?:the|this|that|a|an|my|his|her|your|ur|their|our)$/.test(det.w) || and.w !== 'and') return null;
  if (
    doc.text.slice((t[last - 1] as Token).end, and.start) !== ' ' ||
    doc.text.slice(and.end, noun.start) !== ' ' ||
    !/^\p{L}{4,}$/u.test(noun.w) ||
    COMMON_WORDS.has(noun.w) ||
    INSULT_NOUNS.has(noun.w) ||
    INSULT_ADJECTIVES.has(noun.w) ||
    MILD_NOUN[noun.w] !== undefined ||
    MILD_ADJ[noun.w] !== undefined ||
    // "the idiot and run": a verb there starts the next clause ("bully", "hustler" are nouns here).
    (isKnownVerb(noun.w) &&
      !/^ *(?:$|[.,!?;:]|(?:of|to|in|at|and|or|was|is|who|that|tbh|lol|honestly)\b)/.test(
        doc.text.slice(noun.end, noun.end + 12),
      )) ||
    isPastForm(noun.w) ||
    /(?:[^l]ly|ing|ed)$/.test(noun.w)
  )
    return null;
  // "you are nothing but a liar and everyone knows it", "a jerk and atwood was rude": after "a" the
  // pair is a claim, and must end there; a word after "and" that starts a clause is no noun of it.
  const endish = /^ *(?:$|[.,!?;:]|(?:of|to|in|at|on|from|with|and|or|who|that|tbh|lol|honestly)\b)/.test(
    doc.text.slice(noun.end, noun.end + 12),
  );
  if (/^an?$/.test(det.w) && !endish) return null;
  if (/^(?:every|any|some|no)(?:one|body|thing)$/.test(noun.w)) return null;
  // "block the troll and move on": after an order, the word after "and" is the next order's verb.
  if (first - 2 >= s.first && isImperative(doc, first - 2)) return null;
  // The label must be a noun here, not a describing word ("the stupid and lazy plan").
  const lw = (t[first] as Token).w;
  if (MILD_NOUN[lw] === undefined && !INSULT_NOUNS.has(lw)) return null;
  if (/^an?$/.test(det.w)) {
    const a = article(noun.w);
    return {
      start: det.start,
      end: noun.start,
      text: `${det.raw.startsWith('A') ? a.replace(/^a/, 'A') : a} `,
    };
  }
  return { start: (t[first] as Token).start, end: noun.start, text: '' };
}

/**
 * "you are so pig ignorant", "it was pig ignorant": the animal only says how much; the describing
 * word after it takes its plain form ("so uninformed", "really uninformed").
 */
function pigDegree(doc: Doc, m: Match): Draft[] | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  for (let k = m.first; k < m.last && k + 1 < s.last; k++) {
    if (!/^(?:pig|pigs|swine)$/.test((t[k] as Token).w)) continue;
    const adj = (t[k + 1] as Token).w;
    const mild = MILD_ADJ[adj];
    if (!mild || mild.includes(' ') || !/^ +$/.test(gapBefore(doc, k + 1))) return null;
    const so = k - 1 >= s.first && /^(?:so|too|very|really)$/.test((t[k - 1] as Token).w);
    return [replaceTokens(doc, k, k + 2, so ? mild : `really ${mild}`)];
  }
  return null;
}

function actInstead(doc: Doc, m: Match): Draft[] {
  // "sales tax is a fools wish": the label only describes the noun after it.
  const w = m.cap.w;
  const actKind = w === undefined ? null : (labelBeforeAct(doc, w) ?? loserCounted(doc, m, w));
  if (actKind) return [actKind];
  // "the most useless person I know" → "the most unhelpful person I know": after a degree word and
  // before its noun the slot wants a describing word; a claim ("out of line") cannot stand there.
  const lw = w === undefined ? '' : (doc.tokens[w] as Token).w;
  const mild =
    w === undefined
      ? undefined
      : (DEGREE_MILD[lw] ??
        (BIAS_MOST.test(lw) && doc.tokens[w - 1]?.w === 'most' ? 'prejudiced' : undefined));
  if (
    w !== undefined &&
    mild &&
    /^(?:most|more|least|less|so|very|really|such)$/.test(
      (doc.tokens[w - 1] as Token | undefined)?.w ?? '',
    ) &&
    (PERSON_NOUN_AFTER.test(doc.tokens[w + 1]?.w ?? '') || PEOPLE_NOUNS.has(doc.tokens[w + 1]?.w ?? ''))
  )
    return [replaceTokens(doc, w, w + 1, mild)];
  const before = w === undefined ? null : labelBeforeNoun(doc, { ...m, first: w, last: w + 1 });
  if (before) return [before];
  const joined = w === undefined ? null : labelAndNoun(doc, w, w + 1);
  if (joined) return [joined];
  return actDrafts(doc, m)
    .map((d) => claimBeforeNoun(doc, d))
    .map((d) => sameWordAgain(doc, thingIsWrong(doc, d)))
    .map((d) => whoIsNeedsWord(doc, d))
    .map((d) => notTooEither(doc, d))
    .map((d) => {
      const of = OF_PHRASE.exec(doc.text.slice(d.end, d.end + 24));
      return of && d.text === 'out of line'
        ? { ...d, end: d.end + of[0].length }
        : (claimOfWhere(doc, d) ?? claimAndLabel(doc, d) ?? relativeNeedsNoun(doc, d));
    });
}

/**
 * "they are vile people" → "they are unpleasant people", never "out of line people": before a noun
 * for people (with one describing word between or none), the slot wants a describing word;
 * the label's own mild one is said there. Unchanged when it has none.
 */
function claimBeforeNoun(doc: Doc, d: Draft): Draft {
  if (d.text !== 'out of line') return d;
  const after = /^ +(?:(\p{L}+) +)?(\p{L}+)\b/u.exec(doc.text.slice(d.end, d.end + 40));
  if (!after || !PERSON_NOUN_AFTER.test((after[2] as string).toLowerCase())) return d;
  const between = after[1]?.toLowerCase();
  if (
    between !== undefined &&
    !INSULT_ADJECTIVES.has(between) &&
    (COMMON_WORDS.has(between) || !/(?:ed|ful|ous|ive|ic|al|ish|less|able|ible|ant|ent)$/.test(between))
  )
    return d;
  const word = /(\p{L}+)\s*$/u.exec(doc.text.slice(d.start, d.end))?.[1]?.toLowerCase() ?? '';
  const mild = MILD_ADJ[word];
  return mild ? { ...d, text: mild } : d;
}

/** A plural label of foolishness ("fools", "idiots"), by its singular. */
function isFoolish(plural: string): boolean {
  return STUPIDITY.has(plural) || STUPIDITY.has(plural.replace(/s$/, '')) || /^fools?$/.test(plural);
}

/** Things said or made, never people: "wrong about this" fits no such subject. */
const SAID_OR_MADE =
  /^(?:advice|idea|ideas|plan|plans|argument|arguments|take|takes|comment|comments|law|laws|policy|policies|rule|rules|opinion|opinions|logic|belief|beliefs|statement|statements|claim|claims|excuse|excuses|answer|answers|post|posts|article|articles|theory|theories|approach|suggestion|suggestions|proposal|proposals|reasoning|assumption|assumptions|remark|remarks|response|responses|reply|replies|decision|decisions|choice|choices|strategy|conclusion|conclusions|stance|question|questions|system|design|premise|point|points|notion|thinking)$/;

/**
 * "the advice given to young adults is stupid" → "…is misguided", never "is wrong about this": a
 * plain disagreement said of a thing said or made (the subject's head noun), not of a person.
 */
function thingIsWrong(doc: Doc, d: Draft): Draft {
  if (d.text !== 'wrong about this' && d.text !== 'wrong') return d;
  const before = doc.text.slice(Math.max(0, d.start - 120), d.start);
  const clause = before.slice(before.search(/[^,;:.!?]*$/));
  const head =
    /(?:^|[^\p{L}'])(?:the|this|that|these|those|your|ur|his|her|their|our|my|such)\s+(\p{L}+)/iu.exec(
      clause,
    );
  if (!head || !SAID_OR_MADE.test((head[1] as string).toLowerCase())) return d;
  if (!/(?:^|\s)(?:is|are|was|were|be|been|seems?|sounds?)\s+(?:\p{L}+ly\s+)?$/iu.test(clause)) return d;
  return { ...d, text: 'misguided' };
}

/**
 * "his enemies are unhinged too" → "…are not making sense either": a plain claim said in the
 * negative takes "either" for the "too" after it.
 */
function notTooEither(doc: Doc, d: Draft): Draft {
  if (!/^(?:not|isn't|aren't|wasn't|weren't)\b/.test(d.text)) return d;
  const too = /^ too\b(?=\s*(?:[.!?,;:]|$))/.exec(doc.text.slice(d.end, d.end + 8));
  return too ? { ...d, end: d.end + too[0].length, text: `${d.text} either` } : d;
}

/** Plural nouns for people in general: after a copula, the act says all of it. */
const PLAIN_PEOPLE = /^(?:people|men|women|folks|guys|fans|voters|players|persons|individuals)$/;

/**
 * "the fans are really homophobic people" → "the fans are really unfair to gay people", "they are
 * misogynistic hypocrites" → "they are unfair to women and have double standards", "racist voters
 * stayed home" → "voters who are unfair to people stayed home": an act said in several words goes
 * after the noun it described, or takes its place after a copula. Null where neither fits.
 */
function prejudiceBeforeNoun(doc: Doc, w: number, act: string): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, w);
  if (w + 1 >= s.last || doc.text.slice((t[w] as Token).end, (t[w + 1] as Token).start) !== ' ') return null;
  const noun = (t[w + 1] as Token).w;
  // The copula before the article and the degree words: "are (really) …", "is a (really) …".
  let c = w - 1;
  let art = -1;
  while (c >= s.first && c >= w - 4) {
    const x = (t[c] as Token).w;
    if (/^(?:a|an)$/.test(x)) art = c;
    else if (!INTENSIFIERS.has(x)) break;
    c--;
  }
  const cop = c >= s.first ? (t[c] as Token).w : '';
  const past = /^(?:were|was)$/.test(cop);
  if (art < 0 && /^(?:are|were|'re|re|they're|theyre|we're)$/.test(cop)) {
    if (PLAIN_PEOPLE.test(noun)) return replaceTokens(doc, w, w + 2, act);
    const does = ACT_NOUN[noun];
    if (does?.startsWith('people with '))
      return replaceTokens(doc, w, w + 2, `${act} and ${past ? 'had' : 'have'} ${does.slice(12)}`);
    if (MILD_NOUN[noun] === 'people') return replaceTokens(doc, w, w + 2, act);
    return null;
  }
  // "he is a racist man" → "he is unfair to people"; "she was a really sexist boss" keeps its
  // degree word ("was really unfair to women").
  if (
    art === c + 1 &&
    /^(?:is|was|'s|he's|she's|hes|shes)$/.test(cop) &&
    /^(?:person|man|woman|guy|dude|bloke|lady|boss|player)$/.test(noun)
  )
    return replaceTokens(doc, art, w + 2, `${art + 1 < w ? `${textOfTokens(doc, art + 1, w)} ` : ''}${act}`);
  if (PLAIN_PEOPLE.test(noun) && c === w - 1) return replaceTokens(doc, w, w + 2, `${noun} who are ${act}`);
  return null;
}

const REFLEXIVE: ReadonlySet<string> = wordSet(
  'yourself himself herself themselves myself ourselves yourselves',
);

/**
 * "someone who is stupid believes anything": left out, the describing word after "who is" would
 * leave "who is believes"; a milder word of the same kind stays in its place.
 */
function whoIsNeedsWord(doc: Doc, d: Draft): Draft {
  if (d.text !== '') return d;
  const before = doc.text.slice(Math.max(0, d.start - 16), d.start);
  if (!/\b(?:who|that|which)\s+(?:is|was|are|were)\s*$/i.test(before)) return d;
  if (!/^\s+\p{L}/u.test(doc.text.slice(d.end, d.end + 4))) return d;
  if (/^\s+(?:and|or|but|to|about|with|of|in|at|for)\b/i.test(doc.text.slice(d.end, d.end + 8))) return d;
  const word = doc.text.slice(d.start, d.end).trim().toLowerCase();
  const said = word === 'narcissistic' ? 'self-absorbed' : (MILD_ADJ[word] ?? ACT_FOR[word]);
  if (!said) return d;
  const start =
    d.start + (doc.text.slice(d.start, d.end).length - doc.text.slice(d.start, d.end).trimStart().length);
  return { start, end: d.end, text: said };
}

/**
 * "jones is a bloated clown who thinks…": "out of line" in place of "a … clown" would leave the
 * relative clause without its noun; "a person" keeps it.
 */
function relativeNeedsNoun(doc: Doc, d: Draft): Draft {
  if (d.text !== 'out of line') return d;
  // "you're a lying weasel, who nobody trusts": ", who …" after a claim has no noun to point to;
  // it goes with the label, to the end of the sentence's words.
  // An aside closed by a comma, with the sentence going on after it, stays.
  if (/^ *, *(?:who|whom|whose)\b/i.test(doc.text.slice(d.end, d.end + 10))) {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((doc.sentences[mid] as Sentence).start <= d.end) lo = mid;
      else hi = mid - 1;
    }
    const s = doc.sentences[lo];
    if (s && s.contentEnd > d.end && !/[,;:]/.test(doc.text.slice(d.end, s.contentEnd).replace(/^ *,/, '')))
      return { ...d, end: s.contentEnd };
  }
  // "he is such a clown that nobody listens": "so out of line that…".
  if (
    /^such an? /i.test(doc.text.slice(d.start, d.end)) &&
    /^ +that\b/i.test(doc.text.slice(d.end, d.end + 6))
  )
    return { ...d, text: 'so out of line' };
  if (!/^an? /i.test(doc.text.slice(d.start, d.end))) return d;
  if (!/^ +(?:who|that|which|whose)\b/i.test(doc.text.slice(d.end, d.end + 8))) return d;
  return { ...d, text: doc.text[d.start] === 'A' ? 'A person' : 'a person' };
}

function actDrafts(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const w = m.cap.w as number | undefined;
  if (w === undefined) {
    // "you are so pig ignorant": a sentence of ours cannot start after the subject ("you I
    // strongly…"); it takes the clause from its start.
    const s = sentenceOf(doc, m.first);
    let from = m.first;
    while (from > s.first && !/[,;:]/.test(gapBefore(doc, from))) from--;
    return [toSentenceEnd(doc, from, 'I strongly disagree with what they do.')];
  }
  const word = (t[w] as Token).w;
  const act = ACT_FOR[word];
  if (STUPIDITY.has(word) || act === 'wrong about this') {
    const not = tooToNot(doc, w) ?? askedNotToBe(doc, w, w + 1);
    if (not) return [not];
    // "only fools are stupid enough to do that" → "only fools would do that": what they'd do.
    const s0 = sentenceOf(doc, w);
    if (
      w - 2 >= s0.first &&
      w + 3 < s0.last &&
      /^(?:are|is)$/.test((t[w - 1] as Token).w) &&
      (t[w + 1] as Token).w === 'enough' &&
      (t[w + 2] as Token).w === 'to' &&
      /^\p{L}{2,}$/u.test((t[w + 3] as Token).w) &&
      !/[,;:]/.test(doc.text.slice((t[w - 1] as Token).end, (t[w + 3] as Token).start))
    )
      return [replaceTokens(doc, w - 1, w + 3, 'would')];
  }
  if (act) {
    // Intensifiers before the word go with it ("is so incompetent").
    let from = w;
    while (from > m.first + 1 && INTENSIFIERS.has((t[from - 1] as Token).w)) from--;
    // "he's stupid as a post": the whole simile goes.
    const sim = STUPIDITY.has(word) ? simileAround(doc, w) : null;
    if (sim) return [replaceTokens(doc, Math.min(from, sim[0]), sim[1], 'not thinking clearly')];
    // "too stupid to see it": a describing word is needed between "too" and "to".
    const next = w + 1 < sentenceOf(doc, w).last ? (t[w + 1] as Token).w : '';
    // "so ignorant that…": the result clause needs a describing word too ("so uninformed that").
    const before = (t[w - 1] as Token | undefined)?.w;
    if (
      before === 'too' ||
      next === 'to' ||
      next === 'enough' ||
      ((before === 'so' || before === 'such') && next === 'that')
    )
      return [replaceTokens(doc, w, w + 1, foolishByFrame(doc, w) ?? MILD_ADJ[word] ?? 'misguided')];
    // "totally ignorant of economics": a describing word with its object keeps the object.
    if (/^(?:of|about|on|in|with|at|when|towards?)$/.test(next)) {
      if (word === 'ignorant' && next === 'of') return [replaceTokens(doc, w, w + 2, 'uninformed about')];
      // "so incompetent at his job" → "not good at his job" ("so wrong at" says something else).
      if (act === 'not up to the job' && next === 'at')
        return [replaceTokens(doc, from, w + 2, 'not good at')];
      // "was dishonest with us" → "was not honest with us"; "hypocritical about" → "inconsistent about".
      return [
        replaceTokens(
          doc,
          w,
          w + 1,
          MILD_ADJ[word] ?? (act === 'not being honest' ? 'not honest' : act.includes(' ') ? 'wrong' : act),
        ),
      ];
    }
    // "the fans are really homophobic people": a describing word with no plain one of its own
    // ("unfair to gay people") cannot stand before a noun; said after the copula, the noun goes.
    const prejudice = next && !isClauseEnd(doc, w) && !MILD_ADJ[word] && act.includes(' ');
    if (prejudice) {
      const plain = prejudiceBeforeNoun(doc, w, act);
      if (plain) return [plain];
    }
    // "they are very ignorant people": before the noun it describes, a describing word is needed.
    if (
      next &&
      !isClauseEnd(doc, w) &&
      (PEOPLE_NOUNS.has(next) ||
        PEOPLE_IDEAS.has(next) ||
        /^(?:people|persons|folks|men|women|voters|fans|person|man|woman|lady|dude|bloke)$/.test(next))
    )
      return [replaceTokens(doc, w, w + 1, MILD_ADJ[word] ?? 'misguided')];
    // "ending his season was stupid": said of a thing or an act, a plainer describing word.
    if (MILD_ADJ[word] && thingSubject(doc, m.first)) {
      // "Borrowed time is stupid": a thing is not misguided; what the writer means, "makes no sense".
      const cop = (t[m.first] as Token).w;
      if (
        MILD_ADJ[word] === 'misguided' &&
        isClauseEnd(doc, w) &&
        /^(?:is|was)$/.test(cop) &&
        m.first > 0 &&
        objectSubject((t[m.first - 1] as Token).w)
      )
        return [
          replaceTokens(doc, m.first, w + 1, cop === 'was' ? 'made no sense to me' : 'makes no sense to me'),
        ];
      return [replaceTokens(doc, w, w + 1, sensedPlain(doc, w, MILD_ADJ[word]))];
    }
    // "is a dishonest cause": a describing word before a noun that is no person goes, and "a"
    // agrees with the noun.
    const nt = w + 1 < sentenceOf(doc, w).last ? (t[w + 1] as Token) : undefined;
    // "stop being an ignorant deluded too": a second describing word stands where the noun would;
    // the two say one claim.
    if (
      nt &&
      /^\p{L}{3,}ed$/u.test(nt.w) &&
      w - 1 > m.first &&
      /^(?:a|an)$/.test((t[w - 1] as Token).w) &&
      (isClauseEnd(doc, w + 1) ||
        (w + 2 < sentenceOf(doc, w).last && /^(?:too|again|either|anymore)$/.test((t[w + 2] as Token).w)))
    )
      return [replaceTokens(doc, w - 1, w + 2, 'out of line')];
    if (
      nt &&
      !isClauseEnd(doc, w) &&
      /^\p{L}{3,}$/u.test(nt.w) &&
      !NOT_A_NOUN_AFTER.has(nt.w) &&
      // "is just a dishonest cause": "just" and "a" count as intensifiers for `from`; the article
      // right before the word is what matters.
      w - 1 > m.first &&
      /^(?:a|an)$/.test((t[w - 1] as Token).w)
    ) {
      // "that is a stupid trend": the describing word is the claim; without it ("is a trend") the
      // sentence says nothing. A milder one-word describer keeps it ("a silly trend").
      // "is a dishonest cause": a word for a person's honesty, said of a thing, is what it does to
      // the reader ("a misleading cause"); cut, "is a cause" says nothing.
      const said = /^(?:dishonest|deceitful|deceptive|lying|untruthful)$/.test(word)
        ? 'misleading'
        : undefined;
      if (said) return [replaceTokens(doc, w - 1, w + 1, `${article(said)} ${said}`)];
      const milder = NONSENSE_ADJ.has(word) ? 'silly' : MILD_ADJ[word];
      if (milder && !milder.includes(' ') && milder !== 'misguided')
        return [replaceTokens(doc, w - 1, w + 1, `${article(milder)} ${milder}`)];
      return [replaceTokens(doc, w - 1, w + 1, article(nt.w))];
    }
    // "admitted to being dishonest": the act brings its own "being" ("not being honest").
    if (act.startsWith('not being ') && from - 1 >= m.first && (t[from - 1] as Token).w === 'being')
      return [replaceTokens(doc, from - 1, w + 1, act)];
    // "those are sexist theories": before the noun it describes, a phrase ("unfair to women
    // theories") cannot stand; the describing word goes, as people rewrite it.
    if (
      act.includes(' ') &&
      nt &&
      !isClauseEnd(doc, w) &&
      /^ +$/.test(gapBefore(doc, w + 1)) &&
      /^\p{L}{3,}$/u.test(nt.w) &&
      !NOT_A_NOUN_AFTER.has(nt.w) &&
      !COMMON_WORDS.has(nt.w) &&
      !isKnownVerb(nt.w) &&
      !/(?:ly|ing)$/.test(nt.w) &&
      // "misogynistic hypocrites": a label after it would be left on its own.
      MILD_NOUN[nt.w] === undefined &&
      ACT_NOUN[nt.w] === undefined &&
      !STUPIDITY.has(nt.w)
    )
      return [removeRange(doc, (t[from] as Token).start, (t[w] as Token).end, 'Leave it out')];
    return [replaceTokens(doc, from, w + 1, act)];
  }
  // "what was the fool thinking?": the label is the subject of a question, not a claim; "they".
  {
    const cop = (t[m.first] as Token).w;
    const det = m.first + 1 < w ? (t[m.first + 1] as Token).w : '';
    const next = w + 1 < sentenceOf(doc, w).last ? (t[w + 1] as Token) : undefined;
    const s0 = sentenceOf(doc, m.first);
    const asks =
      m.first === s0.first || /^(?:what|why|how|where|when|who)$/.test((t[m.first - 1] as Token).w);
    if (
      asks &&
      /^(?:is|was)$/.test(cop) &&
      /^(?:the|that|this)$/.test(det) &&
      m.first + 2 === w &&
      next &&
      /^\p{L}{3,}ing$/u.test(next.w) &&
      !/[,;:.!?]/.test(doc.text.slice((t[w] as Token).end, next.start))
    )
      return [replaceTokens(doc, m.first, w + 1, cop === 'is' ? 'are they' : 'were they')];
  }
  // "you're too hateful to care": between "too" and "to" a describing word is needed.
  {
    const word0 = (t[w] as Token).w;
    const next0 = w + 1 < sentenceOf(doc, w).last ? (t[w + 1] as Token).w : '';
    const before0 = (t[w - 1] as Token | undefined)?.w;
    if (INSULT_ADJECTIVES.has(word0) && (before0 === 'too' || next0 === 'enough'))
      return [replaceTokens(doc, w, w + 1, MILD_ADJ[word0] ?? 'unkind')];
  }
  // "is a/an … <noun>": from the article to the noun.
  let a = m.first + 1;
  while (a < w && !/^(?:a|an|such|one|the)$/.test((t[a] as Token).w)) a++;
  // "they are a disgrace to canada": the act is letting them down ("they are letting canada down");
  // "out of line to canada" says nothing.
  {
    const s0 = sentenceOf(doc, w);
    if (
      a < w &&
      /^(?:disgrace|embarrassment|shame|discredit)$/.test((t[w] as Token).w) &&
      w + 2 < s0.last &&
      (t[w + 1] as Token).w === 'to' &&
      /^[\p{L}\p{N}]/u.test((t[w + 2] as Token).w) &&
      !/[,;:.!?]/.test(doc.text.slice((t[w] as Token).end, (t[w + 2] as Token).start))
    ) {
      const e = clauseEnd(doc, w + 2);
      const obj = doc.text.slice((t[w + 2] as Token).start, (t[e] as Token).end);
      return [
        {
          start: (t[a] as Token).start,
          end: (t[e] as Token).end,
          text: `letting ${obj} down`,
          verbatim: true,
        },
      ];
    }
  }
  // "is a lazy idiot with no plan": "out of line with…" would read as one phrase; the label becomes
  // "person" and its describing words stay.
  {
    const s0 = sentenceOf(doc, w);
    const noun = MILD_NOUN[(t[w] as Token).w];
    let plain = noun !== undefined && a < w && /^(?:a|an)$/.test((t[a] as Token).w);
    for (let i = a + 1; i < w && plain; i++) if (LABEL_INTENSIFIERS.has((t[i] as Token).w)) plain = false;
    if (
      plain &&
      w + 1 === m.last &&
      m.last < s0.last &&
      (t[m.last] as Token).w === 'with' &&
      !isClauseEnd(doc, w)
    )
      return [
        // "is an idiot with a big title": the article agrees with "person".
        a === w - 1 && noun === 'person'
          ? replaceTokens(doc, a, w + 1, (t[a] as Token).raw.startsWith('A') ? 'A person' : 'a person')
          : replaceTokens(doc, w, w + 1, noun as string),
        replaceTokens(doc, a, m.last, 'out of line'),
      ];
  }
  // "trump is a damn liar" → "trump isn't being honest": the copula takes the act.
  {
    const said = COPULA_ACT[(t[w] as Token).w.replace(/s$/, '')];
    // "he is a liar": the subject matched with its copula stays.
    const c =
      /^(?:he|she|they)$/.test((t[m.first] as Token).w) &&
      /^an?$/.test((t[m.first + 2] as Token | undefined)?.w ?? '')
        ? m.first + 1
        : m.first;
    const cop = (t[c] as Token).w;
    // "depression is a liar", "your brain is a liar when you're tired": said of a thing that misleads
    // us, "lies".
    if (
      /^liar$/.test((t[w] as Token).w) &&
      a < w &&
      w + 1 === m.last &&
      /^(?:is|was)$/.test(cop) &&
      c > sentenceOf(doc, c).first &&
      /^(?:depression|anxiety|brain|mind|memory|fear|grief|shame|scale|mirror|camera|ocd|adhd|trauma|insomnia|addiction|hunger)$/.test(
        (t[c - 1] as Token).w,
      )
    )
      return [replaceTokens(doc, c, m.last, cop === 'was' ? 'lied' : 'lies')];
    const form = said && a < w && w + 1 === m.last && isClauseEnd(doc, w) ? copulaForm(cop, said) : null;
    if (form && /^(?:is|are|was|were)$/.test(cop) && !negatedInClause(doc, c, 3))
      return [replaceTokens(doc, c, m.last, form)];
  }
  {
    const word0 = (t[w] as Token).w;
    const mild = MILD_ADJ[word0];
    const s0 = sentenceOf(doc, w);
    const nt = w + 1 < s0.last ? (t[w + 1] as Token) : undefined;
    // "the bathroom was disgusting", "ur room is so disgusting": said of a thing one sees, smells or
    // tastes, "upsetting" fits no thing (it fits events); a person says "gross".
    if (
      a >= w &&
      mild === 'upsetting' &&
      w + 1 === m.last &&
      m.first > s0.first &&
      /^(?:is|are|was|were)$/.test((t[m.first] as Token).w) &&
      PHYSICAL_THING.has((t[m.first - 1] as Token).w) &&
      isClauseEnd(doc, w)
    )
      return [replaceTokens(doc, w, w + 1, 'gross')];
    // "the brutality in that film was disgusting": said of a thing or an act, a plainer word.
    if (
      a >= w &&
      mild &&
      !mild.includes(' ') &&
      w + 1 === m.last &&
      thingSubject(doc, m.first) &&
      !personInClause(doc, m.first)
    )
      return [replaceTokens(doc, w, w + 1, sensedPlain(doc, w, mild))];
    // "he is such a disgusting champ to play against": a describing word before its noun; "out of
    // line champ" would be left. A plainer describing word, the article agreeing.
    if (
      a < w &&
      MILD_NOUN[word0] === undefined &&
      w + 1 === m.last &&
      nt &&
      !isClauseEnd(doc, w) &&
      /^\p{L}{3,}$/u.test(nt.w) &&
      !NOT_A_NOUN_AFTER.has(nt.w) &&
      !COMMON_WORDS.has(nt.w)
    ) {
      const plainWord = mild && !mild.includes(' ') && mild !== 'upsetting' ? mild : 'unpleasant';
      const art = (t[w - 1] as Token).w;
      if (art === 'a' || art === 'an')
        return [replaceTokens(doc, w - 1, w + 1, `${article(plainWord)} ${plainWord}`)];
      return [replaceTokens(doc, w, w + 1, plainWord)];
    }
    // "Boris and his team are pathetic", "he's pathetic, honestly": said of people, a word for a
    // letdown, "disappointing"; "out of line" would say they misbehaved.
    if (a >= w && w + 1 === m.last && /^(?:pathetic|pitiful)$/.test(word0))
      return [replaceTokens(doc, w, w + 1, 'disappointing')];
  }
  if (a < w) return [replaceTokens(doc, a, m.last, plainClaim(doc, m, w))];
  return [replaceTokens(doc, w, w + 1, plainClaim(doc, m, w))];
}
/**
 * "don't be such a fool", "a lazy, selfish idiot", "cucks and morons": an order to be, another
 * scorn or another label before the label at token `at` (back to `first`); a plain disagreement
 * would say less than was said.
 */
function otherScornBefore(doc: Doc, first: number, at: number): boolean {
  const t = doc.tokens;
  for (let k = at - 1; k >= first && k >= at - 6; k--) {
    const x = (t[k] as Token).w;
    if (/^(?:being|be)$/.test(x)) return true;
    if (k === at - 1 && /^(?:and|or)$/.test(x)) return true;
    if (k >= at - 4 && !STUPIDITY.has(x) && x !== 'misguided' && scornWord(x)) return true;
  }
  return false;
}

/**
 * "wrong about this", or "wrong" when the words before already say what about ("anyone who
 * believes that is wrong", "the senators who voted for this are wrong").
 */
function wrongAbout(doc: Doc, from: number, to: number): string {
  for (let k = from; k < to; k++) {
    const w = (doc.tokens[k] as Token).w;
    if (/^(?:who|which|about|whoever|if|when)$/.test(w)) return 'wrong';
    // "anyone who believes that is…", not "that guy is…".
    if (
      /^(?:this|that)$/.test(w) &&
      /^(?:is|are|was|were)$/.test((doc.tokens[k + 1] as Token | undefined)?.w ?? '')
    )
      return 'wrong';
  }
  return 'wrong about this';
}

/**
 * Does an act follow at token `i` ("to lie about it", "for saying that"), not a person or a thing
 * ("to her family", "for the team")? `last`: the sentence's end (exclusive).
 */
function actAfter(doc: Doc, i: number, last: number): boolean {
  if (i + 1 >= last) return false;
  const a = (doc.tokens[i] as Token).w;
  const v = (doc.tokens[i + 1] as Token).w;
  if (a === 'for') return /^\p{L}{2,}ing$/u.test(v);
  return (
    a === 'to' &&
    !/^(?:the|a|an|my|your|ur|his|her|their|our|its|me|him|us|them|you|everyone|everybody|anyone|people|this|that|these|those|all|each|every|some|no)$/.test(
      v,
    )
  );
}

/**
 * The plain claim for a label after a copula: "everyone else is a fool, but…" → "is wrong, but…",
 * "he is a moron for voting that way" → "he is wrong for voting that way": a label for being
 * wrong-headed, with what it is said about, says they are wrong; alone, and other labels, "out of line".
 */
/** Back from token `k` past hedges ("quite frankly", "just", "honestly"), not past `first`. */
function pastHedges(doc: Doc, k: number, first: number): number {
  while (k > first && /^(?:\p{L}{3,}ly|quite|just|also|still|even)$/u.test((doc.tokens[k] as Token).w)) k--;
  return k;
}

function plainClaim(doc: Doc, m: Match, at: number = m.first): string {
  const t = doc.tokens;
  const w = (t[at] as Token).w;
  const s = sentenceOf(doc, at);
  // "who is a liar and who is a truthteller": what a liar does, not "out of line".
  if (/^liars?$/.test(w) && m.last - 1 === at) {
    for (let k = at - 1; k >= s.first && k >= at - 4; k--)
      if ((t[k] as Token).w === 'being') return 'out of line';
    // "he is a liar to say that": the act follows; "wrong to say that".
    return actAfter(doc, m.last, s.last) ? 'wrong' : 'not being honest';
  }
  if (!STUPIDITY.has(w) || m.last - 1 !== at) return 'out of line';
  // "stop being an idiot", "thanks for being a fool": being wrong is no act one stops.
  for (let k = at - 1; k >= s.first && k >= at - 4; k--)
    if ((t[k] as Token).w === 'being') return 'out of line';
  // "the new manager is a total moron.": a label for being wrong-headed, closing what is said of
  // them, is a plain disagreement ("is wrong about this"); "out of line" would say they misbehaved.
  // "the waiter was an idiot though", "…, and he knows it": more follows; "wrong" alone.
  if ((m.last >= s.last || isClauseEnd(doc, m.last - 1)) && !otherScornBefore(doc, s.first, at))
    return m.last < s.last ? 'wrong' : wrongAbout(doc, s.first, at);
  if (m.last >= s.last) return 'out of line';
  if (/^\s*,/.test(doc.text.slice((t[at] as Token).end)) && !isClauseEnd(doc, m.last)) return 'wrong';
  return /^(?:for|to|about|if|when|because)$/.test((t[m.last] as Token).w) ? 'wrong' : 'out of line';
}

/** Subjects that are people: "he was stupid" is about him, "ending it was stupid" about an act. */
const PERSON_SUBJECT: ReadonlySet<string> = wordSet(
  'i you he she we they u who everyone everybody someone somebody anyone nobody folks guy guys kid kids child children boy boys girl girls team fans voters crowd dad mom mum brother sister friend friends son daughter',
);

/** Stretches of time ("Borrowed time is stupid", "this week was dumb"): never misguided. */
function objectSubject(subj: string): boolean {
  return /^(?:time|times|day|days|week|weeks|month|months|year|years)$/.test(subj);
}

/**
 * "that food looks disgusting", "this place smells disgusting": after a verb of the senses, or
 * said of a thing one sees, smells or tastes, "upsetting" fits nothing; a person says "gross". Of
 * the reader or someone ("you look disgusting", "your cooking tastes disgusting") "gross" would
 * keep the insult: "different" for a look, "off" for a smell or taste.
 */
function sensedPlain(doc: Doc, at: number, mild: string): string {
  if (mild !== 'upsetting') return mild;
  const s = sentenceOf(doc, at);
  // "a disgusting mix of mayo and ketchup", "disgusting food": before a thing sensed, too.
  if (at + 1 < s.last && PHYSICAL_THING.has((doc.tokens[at + 1] as Token).w)) return 'gross';
  for (let k = at - 1; k >= s.first && k >= at - 3; k--) {
    const x = (doc.tokens[k] as Token).w;
    if (/^(?:looks?|looked|looking|smells?|smelled|smelt|smelling|tastes?|tasted|tasting)$/.test(x)) {
      const who = k > s.first ? (doc.tokens[k - 1] as Token).w : '';
      const whose = k > s.first + 1 ? (doc.tokens[k - 2] as Token).w : '';
      if (/^(?:you|u|ya|he|she|they|i|we)$/.test(who) || /^(?:your|ur|his|her|their)$/.test(whose))
        return x.startsWith('l') ? 'different' : 'off';
      return 'gross';
    }
    // "ew disgusting", "yuck, disgusting": a sound of disgust at something sensed.
    if (PHYSICAL_THING.has(x) || /^(?:e+w+|yuck|yuk|ick|blech)$/.test(x)) return 'gross';
    if (
      !/^(?:so|really|absolutely|totally|just|pretty|quite|very|is|was|are|were|kinda|honestly|that's|thats|it's|its|that|this|it)$/.test(
        x,
      )
    )
      break;
  }
  // "straight up disgusting", "downright disgusting": the degree says how bad a thing is, and
  // "straight up upsetting" says another thing; "awful" keeps the point.
  const before = at > s.first ? (doc.tokens[at - 1] as Token).w : '';
  if (
    /^(?:downright|plain|utterly|truly|absolutely|positively)$/.test(before) ||
    (before === 'up' && at - 2 >= s.first && (doc.tokens[at - 2] as Token).w === 'straight')
  )
    return 'awful';
  return mild;
}

const PHYSICAL_THING: ReadonlySet<string> = wordSet(
  'room rooms bathroom bathrooms toilet toilets kitchen house apartment flat car fridge sink floor floors bed food meal meals cooking soup pizza sandwich coffee tea drink drinks taste smell breath feet hair shoes socks clothes water place restaurant hotel mix',
);

/** Is the subject of the copula at `cop` a thing or an act ("blaming them is idiotic")? */
function thingSubject(doc: Doc, cop: number): boolean {
  const t = doc.tokens;
  if (!/^(?:is|are|was|were|being)$/.test((t[cop] as Token).w)) return false;
  const s = sentenceOf(doc, cop);
  if (cop <= s.first) return false;
  const subj = (t[cop - 1] as Token).w;
  if (PERSON_SUBJECT.has(subj) || PEOPLE_NOUNS.has(subj) || /(?:er|or|ist|ian)s?$/.test(subj)) return false;
  return (
    NOT_A_PERSON.has(subj) ||
    objectSubject(subj) ||
    /^\p{L}{3,}(?:ing|ion|ions|ment|ments|ence|ance|ity|ness|ism|ies|ry)$/u.test(subj) ||
    (COMMON_WORDS.has(subj) && cop - 1 > s.first) ||
    thingBefore(doc, cop, s.first) ||
    thingHeadBefore(doc, cop, s.first)
  );
}

/**
 * "all the people in this thread are…", "anyone that blames the president is…": a person among
 * the words of the subject before the copula at `cop` (back to a mark or the sentence's start).
 */
function personInClause(doc: Doc, cop: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, cop);
  for (let k = cop - 1; k >= s.first && k >= cop - 12; k--) {
    const w = (t[k] as Token).w;
    if (PERSON_SUBJECT.has(w) || PEOPLE_NOUNS.has(w) || w === 'people') return true;
    if (k > s.first && /[,;:]/.test(doc.text.slice((t[k - 1] as Token).end, (t[k] as Token).start))) break;
  }
  return false;
}

/** Nouns for what someone thinks or says: a verdict on one is about the thing, not the person. */
const THING_HEADS: ReadonlySet<string> = wordSet(
  'idea ideas plan plans comment comments opinion opinions argument arguments point points take takes theory theories logic reasoning view views thought thoughts claim claims post posts article answer question suggestion proposal decision policy reply response statement',
);

/** "you idea about offensive art is dumb": the subject's head (an idea, a plan) a few words back. */
function thingHeadBefore(doc: Doc, cop: number, first: number): boolean {
  for (let k = cop - 1; k >= first && k >= cop - 6; k--) {
    const t = doc.tokens;
    if (k < cop - 1 && /[,;:]/.test(doc.text.slice((t[k] as Token).end, (t[k + 1] as Token).start)))
      return false;
    if (THING_HEADS.has((t[k] as Token).w)) return true;
  }
  return false;
}

/** A determiner or a gerund among the three words before the copula: "the bus route was", "blaming them is". */
function thingBefore(doc: Doc, cop: number, first: number): boolean {
  for (let k = cop - 1; k >= first && k >= cop - 3; k--) {
    const w = (doc.tokens[k] as Token).w;
    if (/^(?:the|this|that|his|her|their|its|my|your|our)$/.test(w) || /^\p{L}{2,}ing$/u.test(w)) return true;
  }
  // "ending kellys season on ir was stupid": a clause that opens with a gerund is an act.
  let k = cop - 1;
  while (
    k > first &&
    k > cop - 8 &&
    !/[,;:]/.test(doc.text.slice((doc.tokens[k - 1] as Token).end, (doc.tokens[k] as Token).start))
  )
    k--;
  return /^\p{L}{2,}ing$/u.test((doc.tokens[k] as Token).w);
}

/** A milder describing word after "the most", "such a": "the most unhelpful person I know". */
const DEGREE_MILD: Readonly<Record<string, string>> = {
  worthless: 'disappointing',
  pathetic: 'disappointing',
  useless: 'unhelpful',
  stupid: 'misguided',
  dumb: 'misguided',
  ignorant: 'uninformed',
  lazy: 'unmotivated',
  disgusting: 'unpleasant',
  despicable: 'unpleasant',
  vile: 'unpleasant',
  horrid: 'unpleasant',
  horrible: 'difficult',
  awful: 'difficult',
  terrible: 'difficult',
  wretched: 'unpleasant',
};
/** After "most" only: "the most racist person i have ever seen" says the bias, never "misguided". */
const BIAS_MOST = /^(?:racist|sexist|homophobic|bigoted)$/;

/** The person a degree-word label describes ("the most useless person", "such a lazy man"). */
const PERSON_NOUN_AFTER =
  /^(?:person|people|man|men|woman|women|guy|guys|folks|human|humans|being|individual)$/;

const MILD_ADJ: Readonly<Record<string, string>> = {
  fake: 'insincere',
  'two-faced': 'insincere',
  pretentious: 'showy',
  shady: 'hard to trust',
  petty: 'small-minded',
  stupid: 'misguided',
  dumb: 'misguided',
  idiotic: 'misguided',
  moronic: 'misguided',
  brainless: 'misguided',
  braindead: 'misguided',
  pathetic: 'disappointing',
  despicable: 'upsetting',
  disgusting: 'upsetting',
  ignorant: 'uninformed',
  retarded: 'misguided',
  stupidest: 'most misguided',
  dumbest: 'most misguided',
  dumber: 'more misguided',
  stupider: 'more misguided',
  asinine: 'misguided',
  foolish: 'unwise',
  ridiculous: 'hard to believe',
  arrogant: 'overconfident',
  loathsome: 'upsetting',
  repugnant: 'upsetting',
  vile: 'unpleasant',
  scummy: 'unfair',
  whiny: 'upset',
  spineless: 'timid',
  gutless: 'timid',
};

/** Who "what a <label>" can be about: "what a dunce he was", "what a moron my boss turned out to be". */
const WHO_AFTER_WHAT_A: ReadonlySet<string> = wordSet(
  'he she they you u i we it that this my his her their our your the',
);

/** A verb of being or becoming in the clause from token `i` ("… harper was", "… has proved to be"). */
function verbLater(doc: Doc, i: number): boolean {
  const ce = clauseEnd(doc, i);
  for (let k = i; k <= ce && k < i + 6; k++)
    if (
      /^(?:is|was|are|were|has|have|had|turned|seems|seemed|proved|became|becomes|gets|got)$/.test(
        (doc.tokens[k] as Token).w,
      )
    )
      return true;
  return false;
}

/** One-word forms of MILD_ADJ's phrases, for use before a noun. */
const ATTRIBUTIVE_ADJ: Readonly<Record<string, string>> = {
  ridiculous: 'unbelievable',
  stupidest: 'least sensible',
  dumbest: 'least sensible',
};

const SELF_OR_REPORT: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  'me',
  'myself',
  "i've",
  "i'd",
  "i'll",
  'feel',
  'felt',
  'feeling',
  'feels',
  'call',
  'called',
  'calls',
  'calling',
  'named',
]);

/** Function words that show a sentence is English, beyond the common-word list. */
const ENGLISH_HINTS: ReadonlySet<string> = wordSet(
  "another lets let's those these he's she's they're their theirs its such any some most many make makes made people kids thing things time way day man men women great good nice job work well done idea thanks wow ok okay typical",
);

/** Determiners that point the label at someone else: "this idiot driver", "those idiots", "said idiot". */
const POINTING: ReadonlySet<string> = new Set(['this', 'these', 'those', 'another', 'said', 'his', 'their']);

/** Is there a negation among the `span` words before token `i`, within its clause? */
function negatedInClause(doc: Doc, i: number, span: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, i);
  for (let k = i - 1; k >= s.first && k >= i - span; k--) {
    if (isClauseEnd(doc, k)) return false;
    if (negatedBefore(doc, k + 1, 1)) {
      // "not to mention idiots" is no negation, nor is "don't be dumb" (a put-down itself).
      const next = t[k + 1] as Token | undefined;
      return !(((t[k] as Token).w === 'not' && next?.w === 'to') || next?.w === 'be');
    }
  }
  return false;
}

/** Nouns after "stupid" that make it about a slip, not a person ("a stupid mistake"). */
const SLIPS: ReadonlySet<string> = new Set(['mistake', 'mistakes', 'question', 'questions', "o'clock"]);

/**
 * Uses of a scornful word that label no one: "something stupid", "a stupid mistake", "it's
 * stupid how early they close", "the tax payer was the loser" (of a contest).
 */
function isGenericUse(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const w = (t[first] as Token).w;
  const prev = first > s.first ? (t[first - 1] as Token).w : '';
  const next = first + 1 < s.last ? (t[first + 1] as Token).w : '';
  if (/^(something|anything|nothing|everything)$/.test(prev)) return true;
  // "say something racist or racially ignorant": the second of two describing words of "something".
  if (prev === 'or' || prev === 'and' || /ly$/.test(prev)) {
    for (let k = first - 2; k >= s.first && k >= first - 5; k--) {
      const w2 = (t[k] as Token).w;
      if (/^(something|anything|nothing|everything)$/.test(w2)) return true;
      if (isClauseEnd(doc, k)) break;
    }
  }
  // "stupid questions" of the reader are theirs to hear: "your stupid questions", "you ask dumb
  // questions", "stop asking stupid questions" (a slip of one's own or anyone's stays generic).
  if ((w === 'stupid' || w === 'dumb') && SLIPS.has(next)) {
    for (let k = first - 1; k >= s.first && k >= first - 4; k--) {
      const w2 = (t[k] as Token).w;
      if (isClauseEnd(doc, k) || /^(?:i|my|we|our|yourself)$/.test(w2)) return true;
      const w3 = (t[k + 1] as Token).w;
      if (
        /^(?:your|ur|yer)$/.test(w2) ||
        (k === s.first && /^(?:stop|quit)$/.test(w2) && /^(?:asking|with)$/.test(w3))
      )
        return false;
      if (/^(?:you|u|you're|youre)$/.test(w2) && /^(?:ask|asking|keep)$/.test(w3)) return false;
    }
    return true;
  }
  if ((w === 'loser' || w === 'losers') && prev === 'the') return true;
  // "jerk off" is a verb.
  if (w === 'jerk' && next === 'off') return true;
  // "the bridge troll in chapter 2", "cave trolls are weak to fire": the creature of a game or a
  // story, named by no one at anyone ("you troll", "such a troll", "trolls in the chat").
  if (
    (w === 'troll' || w === 'trolls') &&
    !/^(?:you|u|ya|such|total|real|absolute|typical|classic|being)$/.test(prev) &&
    // "he's a troll", "what a troll": said of someone.
    !(/^(?:a|an|the)$/.test(prev) && LABEL_LEAD.test(first > s.first + 1 ? (t[first - 2] as Token).w : '')) &&
    !/^(?:ing|ed|s)$/.test(next) &&
    CREATURE_TALE.test(doc.text.slice(0, 2000)) &&
    !TROLL_PLACE.test(doc.text.slice(0, 2000))
  )
    return true;
  if ((next === 'how' || next === 'that') && first - 1 >= s.first) {
    // "it's (genuinely) stupid how …"
    for (let k = first - 1; k >= s.first && k >= first - 3; k--) {
      const p = (t[k] as Token).w;
      if (p === "it's" || p === 'its' || p === 'is')
        return (t[k] as Token).w !== 'is' || (t[k - 1] as Token | undefined)?.w === 'it';
    }
  }
  return false;
}

/** Where the creature lives: a game, a story, a myth. */
const CREATURE_TALE =
  /\b(?:chapter|level|boss|quest|dungeon|campaign|npc|mobs?|loot|spawns?|weak to|resist\w*|dragons?|goblins?|ogres?|orcs?|elves|dwarves|swords?|spells?|rpg|d&d|dnd|tolkien|hobbits?|fairy ?tales?|folklore|myths?|norse)\b/i;
const LABEL_LEAD =
  /^(?:is|was|are|be|been|being|he's|she's|you're|ur|what|such|'s|it's|its|hes|shes|youre|like|call|called)$/;
/** Where the pest lives: comment threads and chats. */
const TROLL_PLACE =
  /\b(?:chat|comments?|forums?|threads?|subs?|server|lobby|replies|posts?|mods?|ban\w*|reddit|twitter)\b/i;

/** "that was stupid of me", "so dumb of myself", "making fools of ourselves": the scorn is aimed at the writer. */
function aboutOneself(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  const a = first + 1 < s.last ? (t[first + 1] as Token).w : '';
  const b = first + 2 < s.last ? (t[first + 2] as Token).w : '';
  const p = first > s.first ? (t[first - 1] as Token).w : '';
  if ((a === 'of' && (b === 'me' || b === 'myself' || b === 'us' || b === 'ourselves')) || p === 'my')
    return true;
  // "what idiots we were", "such fools we are lol": the writer's side, not "the idiots we are stuck with".
  if (a === 'we' && /^(?:are|were)$/.test(b) && !/ing$|^(?:stuck|with)$/.test(t[first + 3]?.w ?? ''))
    return true;
  // "pathetic effort from me today", "sad attempt at a loaf over here", "a lame showing on my
  // part": an effort of one's own, owned a few words on.
  if (!EFFORT.test(a)) return false;
  for (let k = first + 2; k < s.last - 1 && k <= first + 6; k++) {
    const w = (t[k] as Token).w;
    const n = (t[k + 1] as Token).w;
    if (SECOND.test(w) || isClauseEnd(doc, k - 1)) return false;
    if ((/^(?:from|by)$/.test(w) && /^(?:me|myself|us)$/.test(n)) || (w === 'over' && n === 'here'))
      return true;
    if (w === 'on' && n === 'my' && t[k + 2]?.w === 'part') return true;
  }
  return false;
}
/** Words for a try at something: "attempt", "effort", "showing". */
const EFFORT =
  /^(?:attempts?|efforts?|showing|performance|try|tries|job|go|display|workout|session|round|run)$/;
const SECOND = /^(?:you|u|your|ur|you're|ya|yall|y'all)$/;

/** Teasing in a loving sentence: "you idiot, I love you so much", "miss you, dummy". */
function affectionate(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  let love = false;
  for (let k = s.first; k < s.last; k++) {
    const w = (t[k] as Token).w;
    const n = (t[k + 1] as Token | undefined)?.w;
    if ((w === 'love' || w === 'miss' || w === 'adore') && /^(?:you|u|ya|him|her|them|em)$/.test(n ?? ''))
      love = true;
  }
  if (!love) return false;
  const before = polarity(doc, s.first, first);
  const after = polarity(doc, first + 1, s.last);
  return before.pos + after.pos > before.neg + after.neg;
}

/** Words before "fool" / "fools" that make it the verb ("trying to fool", "he fools", "can't fool"). */
const BEFORE_FOOL_VERB =
  /^(?:to|can|could|will|would|should|might|must|gonna|wanna|don't|dont|didn't|didnt|doesn't|doesnt|won't|wont|can't|cant|cannot|just|never|always|he|she|it|they|we|i|who|is)$/;
/** What is fooled: "fool your readers", "fools everyone", "fool around". */
const FOOL_OBJECT =
  /^(?:me|him|her|us|them|you|u|everyone|everybody|anyone|anybody|nobody|people|your|his|their|our|my|the|this|these|those|yourself|himself|herself|themselves|myself|ourselves|around|voters|readers|anyone)$/;

/** "trying to fool your readers", "he fools everyone", "all he does is fool around": the verb, no label. */
function foolAsVerb(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const w = (t[first] as Token).w;
  if (w !== 'fool' && w !== 'fools') return false;
  const s = sentenceOf(doc, first);
  if (first === s.first || first + 1 >= s.last) return false;
  const prev = (t[first - 1] as Token).w;
  if (!BEFORE_FOOL_VERB.test(prev) || (w === 'fools' && !/^(?:he|she|it|who|just|never|always)$/.test(prev)))
    return false;
  if (prev === 'is' && !/^(?:do|does|did)$/.test(first - 2 >= s.first ? (t[first - 2] as Token).w : ''))
    return false;
  return FOOL_OBJECT.test((t[first + 1] as Token).w) && !isClauseEnd(doc, first);
}

/** Third-person scorn: not about oneself, not reported speech, not negated, and in English. */
/**
 * "it makes me wonder how stupid the people in charge really are", "i can't believe how dumb he
 * is": the writer's own words before "how" only frame a verdict on someone else, who comes next
 * ("how stupid I was", "how dumb this sounds" stay the writer's own).
 */
function howTheyAre(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const how =
    first - 1 > s.first && /^(?:just|really|so)$/.test((t[first - 1] as Token).w) ? first - 2 : first - 1;
  if (how < s.first || (t[how] as Token).w !== 'how') return false;
  if (!/^(?:the|these|those|he|she|they|his|her|their|people|our|some|most|all)$/.test(t[first + 1]?.w ?? ''))
    return false;
  const head = t[first + 2]?.w ?? '';
  if (
    THING_NOUNS.has(head) ||
    /^(?:idea|ideas|plan|plans|rule|rules|law|laws|policy|thing|things|question|decision)$/.test(head)
  )
    return false;
  for (let k = first + 2; k < s.last && k <= first + 9; k++)
    if (/^(?:are|is|were|was|get|gets)$/.test((t[k] as Token).w)) return isClauseEnd(doc, k);
  return false;
}

/** "i have never read a dumber post": "never seen / read / met … a dumber" is the superlative, not a denial. */
function neverADumber(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  return (
    /^(?:dumber|stupider)$/.test((t[first] as Token).w) &&
    /^(?:a|an)$/.test(t[first - 1]?.w ?? '') &&
    /^(?:seen|read|heard|met|known|encountered|witnessed)$/.test(t[first - 2]?.w ?? '') &&
    /^(?:never|haven't|havent)$/.test(t[first - 3]?.w ?? '')
  );
}

function scornGuard(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (foolAsVerb(doc, first)) return false;
  if (inTitle(doc, first, s)) return false;
  const pointed = first > s.first && POINTING.has((t[first - 1] as Token).w);
  // Of a film or a game it is a verdict on a thing; of a post or a comment, on its writer.
  if (neverADumber(doc, first)) {
    const n = t[first + 1]?.w ?? '';
    return !THING_NOUNS.has(n) || /^(?:post|comment|tweet|article|reply|take|argument)$/.test(n);
  }
  if (!pointed && !howTheyAre(doc, first)) {
    for (let k = first - 1; k >= s.first && k >= first - 4; k--) {
      if (SELF_OR_REPORT.has((t[k] as Token).w) && !stanceWord(doc, k)) return false;
    }
  }
  if (negatedInClause(doc, first, 3)) return false;
  // "the garbage truck", "a trash can": a compound noun, not scorn.
  if (/^(?:garbage|trash|rubbish)$/.test((t[first] as Token).w) && isJunkCompound(doc, first)) return false;
  if (isGenericUse(doc, first)) return false;
  // "idiot-proof", "fool-proof": a compound that praises the thing.
  if (doc.text[(t[first] as Token).end] === '-' && (t[first + 1] as Token | undefined)?.w === 'proof')
    return false;
  // "that's ridiculous that they charged you twice": a verdict on what happened, not on someone.
  if (
    /^(?:that|how)$/.test((t[first + 1] as Token | undefined)?.w ?? '') &&
    first + 2 < s.last &&
    /^(?:that's|thats|it's|its)$/.test((t[first - 1] as Token | undefined)?.w ?? '')
  )
    return false;
  if (aboutOneself(doc, first)) return false;
  if (affectionate(doc, first)) return false;
  // "the wifi here is pathetic", "my dog is such a clown": a thing or a pet, not a person.
  if (aimedAtThing(doc, first)) return false;
  // "he says my past is disgusting": someone else's words, reported.
  if (reportedView(doc, first)) return false;
  // "I disagree with the idea that homeschoolers are idiots": a claim the writer rejects.
  if (rejectedClaim(doc, first)) return false;
  // "a bigger idiot than me", "I just want to be a random scumbag": about the writer.
  if (measuresOneself(doc, first) || (!pointed && describesOneself(doc, first))) return false;
  let english = 0;
  for (let k = Math.max(s.first, first - 12); k < s.last && k < first + 12; k++)
    if (k !== first && (COMMON_WORDS.has((t[k] as Token).w) || ENGLISH_HINTS.has((t[k] as Token).w)))
      english++;
  return english > 0 || s.last - s.first <= 2;
}

/** What a title names: "my favourite Jim Carrey movie", "we watched…", "the album". */
const WORK_WORDS = wordSet(
  'movie movies film films novel book album song track show series sitcom episode play musical poem cinema screening sequel trailer watched watching rewatched rewatching reading listening',
);

/**
 * "Liar Liar is still my favourite movie", "American Idiot is the best album": a capitalised label
 * (not shouted, not opening the sentence alone) in a sentence that names a film, a book, a song.
 */
function inTitle(doc: Doc, first: number, s: { first: number; last: number }): boolean {
  const raw = (doc.tokens[first] as Token).raw;
  if (!/^\p{Lu}\p{Ll}/u.test(raw)) return false;
  const t = doc.tokens;
  const capped = (k: number) => k >= s.first && k < s.last && /^\p{Lu}/u.test((t[k] as Token).raw);
  if (first === s.first && !capped(first + 1)) return false;
  for (let k = s.first; k < s.last; k++) if (WORK_WORDS.has((t[k] as Token).w)) return true;
  return false;
}

/** Words that only strengthen a label: "an utter fool", "a complete idiot", "the consummate troll". */
const LABEL_INTENSIFIERS: ReadonlySet<string> = wordSet(
  'utter complete total absolute real proper right such big huge massive little stupid dumb consummate typical classic perfect textbook quintessential certified professional resident bona_fide',
);

/**
 * Labels that say what someone does (lies, double standards): "person" would drop the claim, so
 * the act is said instead. Singular and plural.
 */
const ACT_NOUN: Readonly<Record<string, string>> = {
  liar: 'dishonest person',
  liars: 'dishonest people',
  hypocrite: 'person with double standards',
  hypocrites: 'people with double standards',
  troll: 'person stirring up trouble',
  trolls: 'people stirring up trouble',
  // "this group of cowards" → "this group of timid people": a relative clause ("people who back
  // away") in the middle of a noun phrase reads oddly.
  coward: 'timid person',
  cowards: 'timid people',
};
/** What a behaviour label says, as a verb phrase after the copula: present, past (singular/plural). */
const COPULA_ACT: Readonly<Record<string, readonly [string, string, string, string]>> = {
  liar: ["isn't being honest", "aren't being honest", "wasn't being honest", "weren't being honest"],
  hypocrite: [
    'has double standards',
    'have double standards',
    'had double standards',
    'had double standards',
  ],
  troll: [
    'is stirring up trouble',
    'are stirring up trouble',
    'was stirring up trouble',
    'were stirring up trouble',
  ],
  coward: ['is backing away', 'are backing away', 'was backing away', 'were backing away'],
};

/** "is" + liar → "isn't being honest"; "they're" + hypocrites → "they have double standards". */
function copulaForm(cop: string, said: readonly [string, string, string, string]): string | null {
  switch (cop) {
    case 'is':
      return said[0];
    case 'are':
      return said[1];
    case 'was':
      return said[2];
    case 'were':
      return said[3];
    case "he's":
    case 'hes':
      return `he ${said[0]}`;
    case "she's":
    case 'shes':
      return `she ${said[0]}`;
    case "they're":
    case 'theyre':
      return `they ${said[1]}`;
    default:
      return null;
  }
}

/** Words that say a label is a habit ("a habitual liar", "a compulsive liar"). */
const HABIT_ADJ = /^(?:habitual|compulsive|pathological|serial|chronic|constant|notorious|inveterate)$/;

/** Determiners before which an act phrase reads right ("another person who isn't being honest"). */
const DET_BEFORE_ACT: ReadonlySet<string> = wordSet('a an another the this that these those some any one');

/** Words before a label that make it part of the sentence, not a name said to someone. */
const NOT_VOCATIVE_BEFORE: ReadonlySet<string> = wordSet(
  "a an the another one this that these those some any every each no my your ur his her their our its such like as than of for by to with from about at on in into than is are was were be been being am i'm he's she's it's that's they're we're you're hes shes theyre and or but more most biggest real total said",
);

/** Verbs and prepositions that take "you" as their object: "I told you, idiot" keeps "you". */
const TAKES_YOU: ReadonlySet<string> = wordSet(
  'told tell tells love loved hate hated thank thanks see saw know knew need want ask asked hear heard call called help let make made give gave show showed warn warned for to with at about like than miss trust believe',
);

/**
 * "it swallows you ignorant fool", "this game eats you alive": is the "you" at token `youAt` the
 * object of a verb right before it (no mark between)? A word in -s after a determiner or a word in
 * -ing is a noun ("stop eating my snacks you greedy pigs"), and "you" there is a name said to them.
 */
function objectYou(doc: Doc, youAt: number): boolean {
  const s = sentenceOf(doc, youAt);
  if (youAt - 1 <= s.first) return false;
  const t = doc.tokens;
  const v = t[youAt - 1] as Token;
  if (!/^ +$/.test(doc.text.slice(v.end, (t[youAt] as Token).start))) return false;
  if (TAKES_YOU.has(v.w)) return true;
  // "i'm following you moron": a verb in -ing after its auxiliary takes "you" as its object.
  if (
    /^\p{L}{2,}ing$/u.test(v.w) &&
    !/^(?:going|coming|leaving|working|trying|joking|kidding|waiting|listening|talking|sleeping|driving|running|walking|laughing|looking|lying|dying|living|wondering|thinking|hoping|wishing|guessing|saying|feeling|doing|being|getting|sitting|staying|playing|eating|crying|complaining|whining)$/.test(
      v.w,
    ) &&
    /^(?:i'm|im|am|are|is|was|were|we're|were|they're|theyre|he's|hes|she's|shes|been|be|keep|stop)$/.test(
      (t[youAt - 2] as Token).w,
    )
  )
    return true;
  if (!(isPastForm(v.w) || /^\p{L}{2,}[^su']s$/u.test(v.w))) return false;
  const b = (t[youAt - 2] as Token).w;
  if (/[,;:]/.test(doc.text.slice((t[youAt - 2] as Token).end, v.start))) return false;
  // "get lost you idiot": "lost" after "get" takes no object.
  if (/^(?:get|gets|got|getting)$/.test(b)) return false;
  return (
    !/^(?:a|an|the|my|your|ur|his|her|their|our|its|this|that|these|those|some|all|any|no|of|for|with|to|in|on|at|by|and|or)$/.test(
      b,
    ) && !/ing$/.test(b)
  );
}

/**
 * A label said to someone, not about someone ("you fools didn't care", "see how that works,
 * idiot"): it goes, and the sentence stays whole. "you" stays when it is the subject or an
 * object. Null when the label is part of the sentence.
 */
function vocativeDraft(doc: Doc, m: Match, from: number, youAt: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const lastTok = t[m.last - 1] as Token;
  const atEnd = isClauseEnd(doc, m.last - 1);
  const you = youAt > s.first && /^(?:you|u|ya)$/.test((t[youAt - 1] as Token).w) ? youAt - 1 : -1;
  if (you >= 0) {
    // "you fools didn't care": "you" is the subject; the label and its describing words go.
    if (!atEnd) return removeRange(doc, (t[youAt] as Token).start, lastTok.end, 'Leave it out');
    // "I told you idiot" keeps "you"; "look it up you bozo" loses it.
    const before = you > s.first ? (t[you - 1] as Token).w : '';
    const keepYou =
      TAKES_YOU.has(before) &&
      !/[,;:]/.test(doc.text.slice((t[you - 1] as Token).end, (t[you] as Token).start));
    const cut = (t[keepYou ? youAt : you] as Token).start;
    // "you self-absorbed jerk!" alone: leaving it out would leave nothing; a sentence of ours instead.
    if (!/[\p{L}\p{N}]/u.test(doc.text.slice(0, cut) + doc.text.slice(lastTok.end)))
      return toSentenceEnd(doc, s.first, "I'm really frustrated with you right now.");
    return removeRange(doc, cut, lastTok.end, 'Leave it out');
  }
  if (!atEnd) return null;
  const prevTok = from > s.first ? (t[from - 1] as Token) : undefined;
  const comma = prevTok ? /[,;:]/.test(doc.text.slice(prevTok.end, (t[from] as Token).start)) : false;
  // "Idiot, you forgot": a name opening the sentence.
  // "Jerk! ok…": a name that is a sentence of its own goes, when other words are left.
  if (!prevTok)
    return m.last < s.last ||
      /[\p{L}\p{N}]/u.test(doc.text.slice(0, (t[from] as Token).start) + doc.text.slice(s.end))
      ? removeRange(doc, (t[from] as Token).start, lastTok.end, 'Leave it out')
      : null;
  // ", dumbass." / "see how that works idiot": a bare name at the end of a clause. A singular noun
  // with no article is a name said to someone; after a comma, a plural too ("…, idiots!").
  const singular = MILD_NOUN[(t[m.first] as Token).w] === 'person';
  // "is an utter fool": an article shortly before makes it part of the sentence.
  let article = false;
  for (let k = from - 1; k >= s.first && k >= from - 3; k--)
    if (/^(?:a|an|the|another|my|your|his|her|their|our|such|some)$/.test((t[k] as Token).w)) article = true;
  // "read the manual idiot", "do your homework loser": after an order and its object, the article
  // belongs to the object; the name at the end is said to the reader.
  if (article && singular && orderThenObject(doc, s.first, from)) article = false;
  if (
    comma ||
    (singular &&
      !article &&
      !NOT_VOCATIVE_BEFORE.has(prevTok.w) &&
      !INSULT_ADJECTIVES.has(prevTok.w) &&
      !LABEL_INTENSIFIERS.has(prevTok.w))
  )
    return removeRange(
      doc,
      (t[comma ? from : nameStart(doc, s.first, from)] as Token).start,
      lastTok.end,
      'Leave it out',
    );
  return null;
}

/**
 * "who cares loser lib troll", "go home stupid commie clown": a name called at the end of a clause can
 * be two insults with a plain word between ("lib", "boomer"); it is one name, and goes whole (cut alone, the first label would
 * be left as "person lib"). The start of the whole name, or `from` when there is none.
 */
function nameStart(doc: Doc, first: number, from: number): number {
  const t = doc.tokens;
  for (let k = from - 2; k >= first && k >= from - 3; k--) {
    const w = (t[k] as Token).w;
    if (
      MILD_NOUN[w] !== 'person' &&
      MILD_NOUN[w] !== 'people' &&
      !INSULT_NOUNS.has(w) &&
      !INSULT_ADJECTIVES.has(w) &&
      !STRONG_INSULT_ADJECTIVES.has(w)
    )
      continue;
    for (let j = k + 1; j < from; j++) {
      const p = (t[j] as Token).w;
      if (
        !/^\p{L}{2,}$/u.test(p) ||
        COMMON_WORDS.has(p) ||
        NOT_VOCATIVE_BEFORE.has(p) ||
        isKnownVerb(p) ||
        !/^ +$/.test(doc.text.slice((t[j - 1] as Token).end, (t[j] as Token).start))
      )
        return from;
    }
    if (!/^ +$/.test(doc.text.slice((t[from - 1] as Token).end, (t[from] as Token).start))) return from;
    const a = scornStart(doc, k);
    return a > first && NOT_VOCATIVE_BEFORE.has((t[a - 1] as Token).w) ? from : a;
  }
  return from;
}

/** "take": "the worst take" is a jeer of its own; "the least convincing take" is not. */
const SAID_NOUNS = /^takes?$/;

/** Plain orders that take an object before a name said to the reader ("read the manual idiot"). */
const ORDER_VERBS: ReadonlySet<string> = wordSet(
  'read check do fix learn look google get try use open search clean wash answer study pay mind finish',
);

/**
 * True when the sentence opens with a plain order and the words up to token `from` are its object
 * ("read the manual", "do your homework"): "the"/"your" then one plain noun, no describing word.
 */
function orderThenObject(doc: Doc, first: number, from: number): boolean {
  const t = doc.tokens;
  if (from - first !== 3) return false;
  const [v, d, n] = [t[first] as Token, t[first + 1] as Token, t[from - 1] as Token];
  if (!ORDER_VERBS.has(v.w) || !/^(?:the|your|ur|my|a|some)$/.test(d.w)) return false;
  if (!/^\p{L}{3,}$/u.test(n.w) || NOT_VOCATIVE_BEFORE.has(n.w) || INSULT_ADJECTIVES.has(n.w)) return false;
  if (LABEL_INTENSIFIERS.has(n.w) || /(?:est|ly)$/.test(n.w)) return false;
  // Only spaces between: "read the manual, idiot" is the comma's case already.
  return /^ +$/.test(doc.text.slice(n.end, (t[from] as Token).start));
}

/** Verbs of holding a view, after "only idiots": "only idiots believe that" → "I don't believe that". */
const VIEW_VERBS: ReadonlySet<string> = wordSet(
  'believe think trust buy vote support like agree fall listen watch read want care fall',
);

/** Words that join a main clause, after which the writer speaks for themself ("but only fools…"). */
const CLAUSE_JOINERS: ReadonlySet<string> = wordSet('and but so yet or');

/**
 * True when token `o` opens a clause the writer asserts: the start of the sentence (after openers),
 * after a comma-like break, or after "and"/"but". Not inside "since…", "that…", "if…".
 */
function ownClaimAt(doc: Doc, o: number): boolean {
  if (isSentenceStart(doc, o)) return true;
  const s = sentenceOf(doc, o);
  if (o <= s.first) return true;
  const prev = doc.tokens[o - 1] as Token;
  if (/[,;:\u2014-]/.test(doc.text.slice(prev.end, (doc.tokens[o] as Token).start))) return true;
  return CLAUSE_JOINERS.has(prev.w);
}

/**
 * "only idiots believe X" says the writer does not: "I don't believe X" (a milder noun would flip
 * the meaning: "only people believe X"); "only a fool would think that" → "I wouldn't think that".
 */
function onlyFools(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let o = m.first - 1;
  if (o >= s.first && /^(?:a|an)$/.test((t[o] as Token).w)) o--;
  if (o < s.first || (t[o] as Token).w !== 'only' || m.last >= s.last) return null;
  const next = (t[m.last] as Token).w;
  // "since only idiots believe X" is a reason about others, not the writer's claim: "I don't
  // believe X" there changes what was said; the scorn goes and the clause stays ("since few believe X").
  if (!ownClaimAt(doc, o))
    return next === 'would' || next === 'will' || VIEW_VERBS.has(next)
      ? replaceTokens(doc, o, m.last, 'few')
      : null;
  if (next === 'would' || next === 'will')
    return replaceTokens(doc, o, m.last + 1, next === 'would' ? "I wouldn't" : "I won't");
  if (VIEW_VERBS.has(next) && m.last - m.first === 1 && o === m.first - 1)
    return replaceTokens(doc, o, m.last, "I don't");
  return null;
}

/** Words that join labels in a list ("clueless and lunatic", "thieves, liars and cowards"). */
const JOINERS: ReadonlySet<string> = wordSet('and or nor');

/** A word of scorn for a person from our lists: a label or what is said of someone ("clueless", "lazy"). */
function scornWord(w: string): boolean {
  return (
    STUPIDITY.has(w) ||
    MILD_NOUN[w] !== undefined ||
    MILD_ADJ[w] !== undefined ||
    INSULT_ADJECTIVES.has(w) ||
    STRONG_INSULT_ADJECTIVES.has(w)
  );
}

/** A word that can itself be a label or a word said of someone ("clueless", "thieves"). */
function labelLike(w: string, plural: boolean): boolean {
  if (scornWord(w) || ACT_NOUN[w] !== undefined) return true;
  // "rapists and murderers and cowards": a list of kinds of people.
  return plural && !COMMON_WORDS.has(w) && /^\p{L}{3,}(?:ers|ors|ists|ians|ants|ents|ves|s)$/u.test(w);
}

/**
 * "he is clueless and lunatic", "he is ignorant and a lunatic", "rapists and murderers and cowards":
 * a label that closes a list of labels goes with its "and"; the words before it say the same, and
 * "person" there would be a noun where an adjective stood ("clueless and person").
 */
function coordinatedLabel(doc: Doc, m: Match, d: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let j = d - 1;
  // "deport the democrats and the snowflakes": "the" of its own goes with it, where "the people"
  // would be left ("the fans and the idiots" keeps "the misguided people").
  const label = (t[m.first] as Token).w;
  const bare = !(
    STUPIDITY.has(label) ||
    STUPIDITY.has(label.replace(/s$/, '')) ||
    DIM_LABEL.test(label) ||
    RUDE_LABEL.test(label)
  );
  if (j > s.first && (/^(?:a|an)$/.test((t[j] as Token).w) || (bare && (t[j] as Token).w === 'the'))) j--;
  if (j <= s.first || !JOINERS.has((t[j] as Token).w)) return null;
  const next = m.last < s.last ? (t[m.last] as Token) : undefined;
  if (next && !isClauseEnd(doc, m.last - 1) && !JOINERS.has(next.w)) return null;
  const before = t[j - 1] as Token;
  if (/[.!?;:]/.test(doc.text.slice(before.end, (t[j] as Token).start))) return null;
  // "an insult to both snakes and scum": "both" needs its two.
  for (let k = j - 2; k >= s.first && k >= j - 4; k--)
    if (/^(?:both|between|either|neither)$/.test((t[k] as Token).w)) return null;
  if (!labelLike(before.w, MILD_NOUN[(t[m.first] as Token).w] === 'people')) return null;
  return removeRange(doc, (t[j] as Token).start, (t[m.last - 1] as Token).end, 'Leave it out');
}

/** Verbs of how something seems: "looks like an idiot" is "looks bad". */
const SEEM_VERB = /^(?:look|looks|looked|looking|sound|sounds|sounded|sounding|seem|seems|seemed)$/;

/** Words before "like" that are no verb of doing: "feel like", "is like", "things like". */
const NOT_DOING_LIKE: ReadonlySet<string> = wordSet(
  "feel feels felt feeling is was are were be been being am 's just more much something nothing anything everything someone anyone everyone nobody things stuff people ones one i you he she it we they me him her us them would could should might will dont don't didnt didn't not",
);

/**
 * "he tweets like a drunken idiot" → "he tweets badly", "make her look any more like an idiot" →
 * "look any worse": a label in a comparison says how something was done or seemed; "like a person"
 * says nothing.
 */
function likeALabel(doc: Doc, m: Match, from: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let k = from - 1;
  // Describing words between the article and the label go with it ("a drunken idiot").
  while (
    k > s.first &&
    k >= from - 3 &&
    !/^(?:a|an|like)$/.test((t[k] as Token).w) &&
    /^\p{L}+$/u.test((t[k] as Token).w) &&
    !COMMON_WORDS.has((t[k] as Token).w)
  )
    k--;
  if (k > s.first && /^(?:a|an)$/.test((t[k] as Token).w)) k--;
  if (k <= s.first || (t[k] as Token).w !== 'like') return null;
  if (/[,;:]/.test(doc.text.slice((t[k - 1] as Token).end, (t[m.last - 1] as Token).start))) return null;
  let v = k - 1;
  // "look any more like an idiot": worse.
  const more = (t[v] as Token).w === 'more';
  if (more) v--;
  if (more && v >= s.first && (t[v] as Token).w === 'any') v--;
  if (v < s.first) return null;
  const verb = (t[v] as Token).w;
  // "she sounds like an idiot" → "she sounds misguided": how someone comes across, said of what
  // they say or think; "bad" would say nothing. "look like an idiot" keeps "look bad".
  if (SEEM_VERB.test(verb) && !more && /^(?:sound|sounds|sounded|sounding|seem|seems|seemed)$/.test(verb))
    return replaceTokens(doc, k, m.last, STUPIDITY.has((t[m.last - 1] as Token).w) ? 'misguided' : 'unkind');
  if (SEEM_VERB.test(verb)) return replaceTokens(doc, more ? k - 1 : k, m.last, more ? 'worse' : 'bad');
  if (more || NOT_DOING_LIKE.has(verb) || v === s.first) return null;
  if (
    /^(?:act|acts|acted|acting|behave|behaves|behaved|behaving)$/.test(verb) ||
    (/^\p{L}{3,}$/u.test(verb) &&
      (isKnownVerb(verb) || isPastForm(verb) || /[^s]s$/.test(verb) || /ing$/.test(verb)) &&
      !COMMON_WORDS.has(verb))
  )
    return replaceTokens(doc, k, m.last, 'badly');
  return null;
}

/** Nouns for a crowd of people: "a bunch of idiots", "a boatload of fools". */
const CROWD: ReadonlySet<string> = wordSet(
  'bunch boatload load loads lot lots pack band gang group herd crowd bus busload collection buncha basket nest horde mob flock',
);

/**
 * "the state is a boatload of fools for letting her go" → "the state is wrong for letting her go":
 * after a copula, a crowd of labels is a claim, said plainly like a single label.
 */
function crowdClaim(doc: Doc, m: Match, from: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  if (MILD_NOUN[(t[m.first] as Token).w] !== 'people' || ACT_NOUN[(t[m.first] as Token).w] !== undefined)
    return null;
  let k = from - 1;
  if (k < s.first + 2 || (t[k] as Token).w !== 'of' || !CROWD.has((t[k - 1] as Token).w)) return null;
  k -= 2;
  // "a whole bunch of", "a big bunch of"
  if (k > s.first && /^(?:whole|big|huge|giant|total|complete|real)$/.test((t[k] as Token).w)) k--;
  if (k <= s.first || !/^(?:a|an|one)$/.test((t[k] as Token).w)) return null;
  const cop = t[k - 1] as Token;
  if (!/^(?:is|are|was|were|be|being|been|'s|they're|theyre|you're|youre|we're|its|it's)$/.test(cop.w))
    return null;
  const stupid = STUPIDITY.has((t[m.first] as Token).w);
  const ends = isClauseEnd(doc, m.last - 1);
  return replaceTokens(
    doc,
    k,
    m.last,
    stupid && !ends && /^(?:for|to|about|if|when|because)$/.test((t[m.last] as Token).w)
      ? 'wrong'
      : // "the other side's voters are a bunch of morons.": a plain disagreement.
        stupid && ends && m.last - 1 === m.first
        ? wrongAbout(doc, s.first, k)
        : 'out of line',
  );
}

/**
 * "lets not be stupid about this" → "lets not be unreasonable about this": asked not to be,
 * "unreasonable" (a way of acting, not a mind);
 * "sorry to be daft, but…" → "sorry to ask, but…": an apology for asking.
 */
function askedNotToBe(doc: Doc, first: number, last: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (!STUPIDITY.has((t[first] as Token).w) || last !== first + 1 || first - 2 < s.first) return null;
  const be = (t[first - 1] as Token).w;
  const p2 = (t[first - 2] as Token).w;
  // Not after "stop being": "stop being unreasonable" is itself a put-down.
  if (be === 'be' && /^(?:not|dont|don't|never|lets|let's)$/.test(p2))
    return replaceTokens(doc, first, last, 'unreasonable');
  if (
    be === 'be' &&
    p2 === 'to' &&
    first - 3 >= s.first &&
    (t[first - 3] as Token).w === 'sorry' &&
    last < s.last
  )
    return replaceTokens(doc, first - 1, last, 'ask');
  return null;
}

/**
 * "surely an idiot knows that", "even a fool can see it" → "anyone can see it": the label stands
 * for anyone at all.
 */
function evenAnIdiot(doc: Doc, m: Match, from: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  if (!STUPIDITY.has((t[m.first] as Token).w) || from !== m.first || m.last >= s.last) return null;
  const det = m.first - 1;
  if (det < s.first || !/^(?:a|an)$/.test((t[det] as Token).w)) return null;
  const verb = (t[m.last] as Token).w;
  if (!/^(?:can|could|would|will|should|knows|gets|sees|understands|realizes|realises|notices)$/.test(verb))
    return null;
  const b = det - 1;
  const bw = b >= s.first ? (t[b] as Token).w : '';
  if (bw === 'even')
    return replaceTokens(doc, b, m.last, /^\p{Lu}/u.test((t[b] as Token).raw) ? 'Anyone' : 'anyone');
  if (
    b < s.first ||
    bw === 'surely' ||
    /[,;:]/.test(doc.text.slice((t[b] as Token).end, (t[det] as Token).start))
  )
    return replaceTokens(doc, det, m.last, /^\p{Lu}/u.test((t[det] as Token).raw) ? 'Anyone' : 'anyone');
  return null;
}

/** Object forms of the subject in "the idiot that he is". */
const OBJECT_OF: Readonly<Record<string, string>> = {
  he: 'him',
  she: 'her',
  they: 'them',
  you: 'you',
  u: 'you',
};

/** "a stab at the idiot that he is" → "a stab at him": the label was only who he is. */
function whatOneIs(doc: Doc, m: Match, from: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  if (from - 1 < s.first || (t[from - 1] as Token).w !== 'the' || m.last >= s.last) return null;
  let k = m.last;
  if (/^(?:that|who)$/.test((t[k] as Token).w)) k++;
  const who = t[k] as Token | undefined;
  const be = t[k + 1] as Token | undefined;
  if (!who || !be || k + 1 >= s.last) return null;
  const obj = OBJECT_OF[who.w];
  if (!obj || !/^(?:is|are|was|were|r)$/.test(be.w) || !isClauseEnd(doc, k + 1)) return null;
  return replaceTokens(doc, from - 1, k + 2, obj);
}

/** Words after which a clause goes on without its object: "elected these fools and then…". */
const AFTER_OBJECT: ReadonlySet<string> = wordSet(
  'and or but then again too anymore now today already instead over out up down off back first for to so because when if i you he she we they u',
);

/** Words that open a verb phrase after a plural subject: "these clowns keep lying", "those fools are". */
const PLURAL_VERB_START: ReadonlySet<string> = wordSet(
  "are were have had will would can could should must may might do did don't didn't won't can't cannot aren't weren't haven't wouldn't shouldn't couldn't keep need want think say said seem seemed actually really still always never just all",
);

/** Words after which a clause opens: "and these fools keep…", "because those idiots…". */
const CLAUSE_OPENERS: ReadonlySet<string> = wordSet('and but so because when if while since although though');

/**
 * "elected these fools and then reelected them" → "elected them and then…", "these clowns keep
 * lying" → "they keep lying", "with all the other knuckleheads there" → "with all the others there":
 * a plural label after a pointing word only says who is meant; the pronoun says it without a label
 * ("these people", "all the people" keep the sneer and lose who was meant).
 */
function pronounInstead(doc: Doc, m: Match, from: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const o = m.first - 1;
  if (o < s.first) return null;
  const before = t[o] as Token;
  // "the other idiots", "other fools like him": the others.
  if (before.w === 'other' && !/[,;:]/.test(doc.text.slice(before.end, (t[m.first] as Token).start))) {
    const at0 = Math.min(from, o);
    return replaceTokens(doc, at0, m.last, /^\p{Lu}/u.test((t[at0] as Token).raw) ? 'Others' : 'others');
  }
  const detAt = from - 1;
  if (detAt < s.first) return null;
  const det = t[detAt] as Token;
  // "we need to fire the idiots.": at the end of its clause, "the" points like "these".
  // Not a label with an act of its own ("to identify the liars" keeps who they are).
  if (det.w === 'the' && (!isClauseEnd(doc, m.last - 1) || ACT_NOUN[(t[m.first] as Token).w] !== undefined))
    return null;
  if (!/^(?:these|those|the)$/.test(det.w)) return null;
  // "weed out these idiots": after a particle the pronoun would have to move ("weed them out").
  if (detAt > s.first && /^(?:out|up|off|down|away|back|around)$/.test((t[detAt - 1] as Token).w))
    return null;
  // "keep both these clowns out", "all these idiots": "both them" would not read.
  if (detAt > s.first && /^(?:both|all|half)$/.test((t[detAt - 1] as Token).w)) return null;
  // "the willing support of these clowns": after a thing's "of" a pronoun reads wrong ("support of
  // them"); after how many ("a bunch of these clowns", "one of those idiots") or a word that takes
  // its "of" ("out of these idiots", "sick of those clowns") it reads ("… of them").
  if (
    detAt - 1 > s.first &&
    (t[detAt - 1] as Token).w === 'of' &&
    !/^(?:bunch|group|lot|lots|some|many|most|all|one|two|three|any|none|each|both|few|half|rest|more|majority|number|couple|pair|gang|pack|band|crowd|team|herd|ship|load|loads|of|out|because|instead|ahead|rid|full|sick|tired|afraid|scared|proud)$/.test(
      (t[detAt - 2] as Token).w,
    )
  )
    return null;
  if (/[,;:]/.test(doc.text.slice(det.end, (t[m.last - 1] as Token).start))) return null;
  const next = m.last < s.last ? (t[m.last] as Token) : undefined;
  const ends = !next || isClauseEnd(doc, m.last - 1);
  const opens =
    detAt === s.first ||
    /[,;:]/.test(doc.text.slice((t[detAt - 1] as Token).end, det.start)) ||
    CLAUSE_OPENERS.has((t[detAt - 1] as Token).w);
  const cap = /^\p{Lu}/u.test(det.raw);
  if (opens) {
    if (!next || ends || !(PLURAL_VERB_START.has(next.w) || isKnownVerb(next.w) || isPastForm(next.w)))
      return null;
    return replaceTokens(doc, detAt, m.last, cap ? 'They' : 'they');
  }
  // "voted for these liars and thieves": a second label joined on is no new clause.
  const next2 = m.last + 1 < s.last ? (t[m.last + 1] as Token) : undefined;
  if (
    next &&
    /^(?:and|or)$/.test(next.w) &&
    !(next2 && /^(?:then|now|i|you|he|she|we|they|it|also|still|so|later|again)$/.test(next2.w))
  )
    return null;
  if (ends || (next && AFTER_OBJECT.has(next.w)))
    return replaceTokens(doc, detAt, m.last, cap ? 'Them' : 'them');
  return null;
}

/** Determiners a chain of describing words joined with "and" can follow ("these sick and deranged …"). */
const CHAIN_DETS = /^(?:these|those|this|that|the|some|his|her|their|our|your|my|all)$/;

/**
 * "these sick and deranged buffoons": describing words joined with "and" before the label go with
 * it, or one would be left dangling ("these sick and people"); the determiner takes the plain noun.
 */
function joinedDescribers(doc: Doc, m: Match, from: number, noun: string): Draft | null {
  const t = doc.tokens;
  const sf = sentenceOf(doc, m.first).first;
  if (from - 2 <= sf || !/^(?:and|or|&)$/.test((t[from - 1] as Token).w)) return null;
  // "my friends and idiots": a noun before "and" is a second group, not a describing word.
  const joinedTo = (t[from - 2] as Token).w;
  if (/[^s]s$/.test(joinedTo) || PEOPLE_NOUNS.has(joinedTo)) return null;
  let k = from - 2;
  while (
    k > sf &&
    k >= from - 4 &&
    !CHAIN_DETS.test((t[k] as Token).w) &&
    !/^(?:is|are|was|were|be|been|have|has|had|do|does|did|to|of|in|on|at|for|with|and|or|but|not|i|you|he|she|we|they|it|a|an)$/.test(
      (t[k] as Token).w,
    ) &&
    /^\p{L}+$/u.test((t[k] as Token).w)
  )
    k--;
  const det = t[k] as Token;
  if (
    k < from - 2 &&
    CHAIN_DETS.test(det.w) &&
    !/[,;:]/.test(doc.text.slice(det.end, (t[m.last - 1] as Token).start))
  )
    return replaceTokens(doc, k + 1, m.last, noun);
  return null;
}

/** Things a label after them cannot describe ("the truth moron"): it is said to someone. */
const VOCATIVE_AFTER: ReadonlySet<string> = wordSet(
  'truth facts fact page pages wiki edit edits history record records topic thread science evidence data point lies lie propaganda nonsense rumors rumours',
);

/** Words for how someone feels or lives, not for what they are worth: they stay beside "person". */
const STATE_WORDS: ReadonlySet<string> = wordSet(
  'disgruntled bitter angry jealous lonely sad unhappy frustrated miserable desperate grumpy homeless old young elderly poor rich unemployed retired drunk broke tired scared',
);

/**
 * Words that say which one is meant, not how much the label fits ("the next clown on the bus", "the
 * same idiot again", "the other morons"): they stay beside "person".
 */
const ORDER_WORDS =
  /^(?:next|other|same|last|first|second|third|new|latest|current|former|previous|usual|only|two|three|few)$/;

/** Determiners a label with its own describing words can follow. */
const LABEL_DETS: ReadonlySet<string> = wordSet('a an the');

/**
 * "my boss is an unequaled idiot", "you are the biggest idiot": words that say how much the label
 * fits go with it; kept before "person" they would praise. After a copula the claim is said plainly;
 * elsewhere the describing words go and "person" stays.
 */
function modifiedLabel(doc: Doc, m: Match, d: number): Draft | null {
  const t = doc.tokens;
  if (ACT_NOUN[(t[m.first] as Token).w] !== undefined) return null;
  const s = sentenceOf(doc, m.first);
  let k = d;
  while (
    k > s.first &&
    k > d - 3 &&
    !LABEL_DETS.has((t[k - 1] as Token).w) &&
    !COMMON_WORDS.has((t[k - 1] as Token).w) &&
    // "the fools running the city give fools a bad name": a verb ends the words before the label.
    !isKnownVerb((t[k - 1] as Token).w) &&
    // "a better place without idiots like you": a preposition ends them too.
    !/^(?:without|with|from|than|into|like)$/.test((t[k - 1] as Token).w) &&
    /^\p{L}+$/u.test((t[k - 1] as Token).w)
  )
    k--;
  if (k === m.first) return null;
  // "just a disgruntled loser", "a bitter old troll": words for how someone feels or lives are not
  // how much the label fits; they stay, and the label alone becomes "person".
  if (m.last === m.first + 1 && MILD_NOUN[(t[m.first] as Token).w] !== undefined) {
    let all = true;
    for (let i = k; i < m.first; i++)
      if (!STATE_WORDS.has((t[i] as Token).w) && !ORDER_WORDS.test((t[i] as Token).w)) all = false;
    const noun = MILD_NOUN[(t[m.first] as Token).w] as string;
    if (all && (noun === 'person' || noun === 'people')) return replaceTokens(doc, m.first, m.last, noun);
  }
  // "a complete buffoon of a president": the label is a describing word for the noun after "of".
  if (m.last < s.last && (t[m.last] as Token).w === 'of') return null;
  if (k <= s.first || !LABEL_DETS.has((t[k - 1] as Token).w)) return null;
  // "stop editing the truth moron.": a thing's name, then a label ending the clause with no comma:
  // the label is said to someone, and goes ("stop editing the truth.").
  if (m.first - k === 1 && isClauseEnd(doc, m.last - 1) && /^ +$/.test(gapBefore(doc, m.first))) {
    const w = (t[k] as Token).w;
    if (VOCATIVE_AFTER.has(w) || THING_NOUNS.has(w) || (IDEA_NOUNS.has(w) && !PEOPLE_IDEAS.has(w)))
      return removeRange(doc, (t[m.first] as Token).start, (t[m.last - 1] as Token).end, 'Leave it out');
  }
  const art = t[k - 1] as Token;
  let c = k - 2;
  if (c >= s.first && (t[c] as Token).w === 'such') c--;
  // "what an utter idiot!": the whole exclamation. Not "what a dunce harper was" (more follows).
  if (c >= s.first && (t[c] as Token).w === 'what' && art.w !== 'the' && isClauseEnd(doc, m.last - 1))
    return replaceTokens(doc, c, m.last, whatALabel(doc, k, m.last - 1));
  // "What a lazy fool that plumber was!": who it is about follows; "what a person that plumber
  // was" would be left. Ours, with who it was about.
  if (c >= s.first && (t[c] as Token).w === 'what' && art.w !== 'the') {
    const who = whatASubject(doc, c, s.last);
    if (who) return toSentenceEnd(doc, c, `I'm really disappointed${who}.`);
  }
  c = pastHedges(doc, c, s.first);
  const cop = c >= s.first ? (t[c] as Token).w : '';
  const isCop =
    /^(?:is|are|was|were|be|being|been|he's|she's|you're|they're|hes|shes|youre|theyre|ur|im|i'm)$/.test(cop);
  // "is a self centered buffoon with zero experience": "out of line with…" would read as one phrase;
  // the describing words stay and the label becomes "person".
  if (
    isCop &&
    m.last < s.last &&
    (t[m.last] as Token).w === 'with' &&
    !isClauseEnd(doc, m.last - 1) &&
    art.w !== 'the' &&
    !superlativeIn(doc, k, m.first) &&
    ![...Array(m.first - k).keys()].some((i) => LABEL_INTENSIFIERS.has((t[k + i] as Token).w))
  )
    return replaceTokens(doc, m.first, m.last, MILD_NOUN[(t[m.first] as Token).w] as string);
  if (isCop)
    return replaceTokens(
      doc,
      (t[k - 2] as Token | undefined)?.w === 'such' ? k - 2 : k - 1,
      m.last,
      plainClaim(doc, m),
    );
  // "the inauguration of a complete moron": a word that says the label fits perfectly cannot stay
  // with "person", and outside a claim there is no plain word for it.
  for (let i = k; i < m.first; i++) if (LABEL_INTENSIFIERS.has((t[i] as Token).w)) return null;
  const noun = MILD_NOUN[(t[m.first] as Token).w] as string;
  // "are, in fact, the biggest snowflakes": after a superlative, "the people" says nothing.
  if (art.w === 'the' && superlativeIn(doc, k, m.first))
    return (
      worstBeforeNoun(doc, k, m.last) ??
      replaceTokens(doc, k, m.last, mostOnes((t[m.first] as Token).w, noun === 'people'))
    );
  const word = art.w === 'the' ? `the ${noun}` : noun === 'people' ? noun : 'a person';
  const cap = /^\p{Lu}/u.test(art.raw) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  return replaceTokens(doc, k - 1, m.last, cap);
}

/** Words that open a noun phrase: the describing words before a head stop at one. */
const POINTER_OR_ART = /^(?:a|an|the|this|that|these|those|his|her|their|our|your|my|some|any|of|like|all)$/;

/** Nouns for a body of people: before a label, they name the group it was said of. */
const GROUP_HEAD =
  /^(?:council|committee|board|militia|militias|government|administration|party|wing|team|union|church|media|press|police|congress|senate|parliament|crew|club|gang|staff|management|department|establishment|movement|lobby|industry|cult|mob|agency|company|cabinet|regime|army|squad|league|jury|faculty|crowd|camp|fandom|community|corporation|leadership|bureaucracy|court|office)$/;

/** Singular nouns for a kind of person that take a plain "s": before a plural label, their plural heads the group. */
const PERSON_HEAD =
  /^(?:guy|voter|fan|supporter|driver|student|kid|cop|politician|lawyer|teacher|boss|manager|neighbour|neighbor|tourist|protester|protestor|worker|employee|customer|user|poster|commenter|reporter|journalist|editor|player|owner|parent|member|official|senator|councillor|councilor|cyclist|biker|landlord|tenant|hipster|gamer|developer|activist|liberal|conservative|republican|democrat|leftist|libertarian|socialist|progressive)$/;

/**
 * "the city council clowns" → "the city council", "those nice guy idiots like you" → "those nice
 * guys like you", "that militia clown" → "that militia": the word before the label names the group
 * or the kind of person it was said of; the label goes and that word stays the head. Scorn words
 * among the describing words keep it from applying (they would stay). Null otherwise.
 */
function namedHead(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  if (m.last !== m.first + 1 || m.first - 1 <= s.first || ACT_NOUN[(t[m.first] as Token).w] !== undefined)
    return null;
  const noun = MILD_NOUN[(t[m.first] as Token).w];
  if (noun !== 'person' && noun !== 'people') return null;
  const head = t[m.first - 1] as Token;
  if (!/^ +$/.test(gapBefore(doc, m.first))) return null;
  const group = GROUP_HEAD.test(head.w);
  if (!group && !PERSON_HEAD.test(head.w)) return null;
  // The describing words before the head, back to a pointing word or the sentence's start.
  let k = m.first - 1;
  while (
    k > s.first &&
    k > m.first - 5 &&
    /^[\p{L}-]+$/u.test((t[k - 1] as Token).w) &&
    !POINTER_OR_ART.test((t[k - 1] as Token).w)
  )
    k--;
  // "she is a militia clown": "a militia" is no person; one label after "a", with a group, stays for the others.
  if (group && noun === 'person' && k > s.first && /^(?:a|an)$/.test((t[k - 1] as Token).w)) return null;
  for (let i = k; i < m.first; i++) {
    const w = (t[i] as Token).w;
    if (COMMON_WORDS.has(w) || scornWord(w) || LABEL_INTENSIFIERS.has(w)) return null;
  }
  // "that party jerkoff": one of them, or no person at all; left to the other wordings.
  if (group && noun !== 'people') return null;
  // "these left wing losers that…": after "these"/"those" the group's members are meant.
  if (group)
    return replaceTokens(
      doc,
      m.first - 1,
      m.last,
      k > s.first && /^(?:these|those)$/.test((t[k - 1] as Token).w) ? `${head.raw} members` : head.raw,
    );
  if (!/^\p{L}+$/u.test(head.raw)) return null;
  return replaceTokens(doc, m.first - 1, m.last, noun === 'people' ? `${head.raw}s` : head.raw);
}

/**
 * "the scum of the earth", "the dregs of society": the phrase after a label belongs to it; a plain
 * claim in its place takes it too ("out of line of the earth" reads wrong).
 */
const OF_PHRASE = /^ of (?:the earth|society|humanity|the world|the planet)\b/i;

/** " of the group", " of this office" ending the clause: where a "the label" was said to stand out. */
const CLAIM_OF_PHRASE =
  /^ of (?:(?:the|this|that|our|your|ur|my|his|her|their|all) )?\p{L}+(?= *(?:[.,!?;:)]|$| (?:lol|lmao|haha|tbh|and|but|so)\b))/iu;

/**
 * "she was the idiot of the group" → "she was out of line": a claim said in place of "the label"
 * cannot keep the "of X" after it ("out of line of the group"); it goes with the label.
 */
function claimOfWhere(doc: Doc, d: Draft): Draft | null {
  if (/(?:person|people)$/.test(d.text) || !/^the /i.test(doc.text.slice(d.start, d.end))) return null;
  const of = CLAIM_OF_PHRASE.exec(doc.text.slice(d.end, d.end + 40));
  return of ? { ...d, end: d.end + of[0].length } : null;
}

/** Names for someone by what they do wrong that no rule flags alone: "a cheat", "a fraud". */
const WRONGDOER = /^(?:cheat|cheater|fraud|bully|manipulator|scammer|con ?man|con ?artist|abuser|thug)$/;

/**
 * "my boss is a jerk and bully" → "my boss is out of line": a second label joined to the first under
 * its article is said by the same claim; left behind it reads "out of line and bully".
 */
function claimAndLabel(doc: Doc, d: Draft): Draft | null {
  if (/(?:person|people)$/.test(d.text)) return null;
  // "trump is evil and a narcissistic manipulator" → "trump is out of line": a partner label after
  // an adjective's claim, its describing word scornful, goes with it.
  // "she's a liar and a cheat" → "she's not being honest": a name for what someone does wrong, joined
  // to the claim, goes with it (never "not being honest and a cheat").
  if (/^(?:out of line|wrong|not being honest)$/.test(d.text)) {
    const more = /^ and (?:an? )?((?:\p{L}+ ){0,2})(\p{L}+)(?= *(?:[.!?;]|$))/iu.exec(
      doc.text.slice(d.end, d.end + 48),
    );
    const words = more?.[1]?.trim().toLowerCase().split(' ').filter(Boolean) ?? [];
    const last = more?.[2]?.toLowerCase() ?? '';
    if (
      more &&
      words.every((x) => INSULT_ADJECTIVES.has(x)) &&
      (INSULT_NOUNS.has(last) ||
        WRONGDOER.test(last) ||
        (words.length > 0 && /^\p{L}{3,}(?:or|er|ist)$/u.test(last)))
    )
      return { ...d, end: d.end + more[0].length };
  }
  if (!/^(?:such )?an? /i.test(doc.text.slice(d.start, d.end))) return null;
  const and = /^ and (\p{L}+)(?= *(?:[.,!?;:)]|$| (?:lol|lmao|haha|tbh|honestly|but|so|who|that)\b))/iu.exec(
    doc.text.slice(d.end, d.end + 40),
  );
  const w = and?.[1]?.toLowerCase() ?? '';
  return and && (INSULT_NOUNS.has(w) || MILD_NOUN[w] !== undefined)
    ? { ...d, end: d.end + and[0].length }
    : null;
}

/** Singular verbs after a mass label ("white trash is") and their plural for "people". */
const PLURAL_VERB: Readonly<Record<string, string>> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
};

/** Tokens [from, to) become "people", and a singular verb right after agrees ("people are"). */
function peopleAgreeing(doc: Doc, from: number, to: number): Draft {
  const t = doc.tokens;
  const s = sentenceOf(doc, from);
  // "that filth was": the pointing word agrees too ("those people were").
  const det = from > s.first ? (t[from - 1] as Token) : undefined;
  const pointing = det && /^(?:this|that)$/.test(det.w) ? (det.w === 'this' ? 'these' : 'those') : '';
  const at0 = pointing ? from - 1 : from;
  const head = pointing
    ? `${/^\p{Lu}/u.test((det as Token).raw) ? pointing.charAt(0).toUpperCase() + pointing.slice(1) : pointing} people`
    : 'people';
  const next = to < s.last ? (t[to] as Token) : undefined;
  const plural = next && !isClauseEnd(doc, to - 1) ? PLURAL_VERB[next.w] : undefined;
  // "that scum thinks he owns the place": a verb in -s after it says one is meant ("that person
  // thinks"), never "those people thinks".
  if (pointing && next && !plural && !isClauseEnd(doc, to - 1) && /^\p{Ll}{2,}[^s'\u2019]s$/u.test(next.raw))
    return replaceTokens(doc, from, to, 'person');
  if (next && plural) {
    const verb = /^\p{Lu}/u.test(next.raw) ? plural.charAt(0).toUpperCase() + plural.slice(1) : plural;
    return replaceTokens(doc, at0, to + 1, `${head} ${verb}`);
  }
  return replaceTokens(doc, at0, to, head);
}

/** Describing words that only say how much a label fits ("plain idiot", "downright fool"). */
const PLAIN_BEFORE_LABEL: ReadonlySet<string> = wordSet(
  'plain pure simple outright downright straight sheer',
);

/** Tokens [from, to) hold a superlative ("biggest", "most pathetic", "dumbest"). */
function superlativeIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = (doc.tokens[k] as Token).w;
    if (x === 'most' || x === 'biggest' || x === 'worst' || /^\p{L}{2,}est$/u.test(x)) return true;
  }
  return false;
}

/** Nouns for people that a label can describe ("the most degenerate, psychotic people"). */
const PEOPLE_HEAD =
  /^(?:people|ones|men|women|humans|individuals|persons|folks|guys|person|man|woman|human|being|beings|creatures)$/;

/**
 * "some of the most degenerate, psychotic people on earth": the label is a describing word in a
 * list before a noun for people; every describing word of the list goes with the superlative, and
 * "worst" says the judgment ("some of the worst people on earth"), never a second label kept.
 */
function worstBeforeNoun(doc: Doc, from: number, to: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, from);
  let most = -1;
  for (let k = from; k < to; k++) if ((t[k] as Token).w === 'most') most = k;
  if (most < 0) return null;
  let j = to;
  for (let n = 0; n < 4 && j <= s.last - 1; n++, j++) {
    const w = (t[j] as Token).w;
    if (PEOPLE_HEAD.test(w)) return replaceTokens(doc, most + 1, j, 'difficult');
    if (!/^\p{L}{3,}$/u.test(w) || COMMON_WORDS.has(w)) return null;
    if (!/^(?:,? +|, *)$/.test(doc.text.slice((t[j - 1] as Token).end, (t[j] as Token).start))) return null;
  }
  return null;
}

/** What a label meant, as a describing word for "the most ___ ones". */
const TRAIT_FOR: Readonly<Record<string, string>> = {
  snowflake: 'sensitive',
  crybaby: 'sensitive',
  hypocrite: 'inconsistent',
  coward: 'timid',
  wuss: 'timid',
  wimp: 'timid',
};

/** "the biggest snowflakes" → "the most sensitive ones"; without a plain trait, the speaker's view. */
function mostOnes(label: string, plural: boolean): string {
  const trait = TRAIT_FOR[label.replace(/s$/, '')] ?? (STUPIDITY.has(label) ? 'misguided' : undefined);
  const ones = plural ? 'ones' : 'one';
  return trait ? `most ${trait} ${ones}` : `${ones} I disagree with most`;
}

/**
 * "the rest are cucks and imbeciles": cutting "and imbeciles" would keep the other name. When the
 * cut takes the label and its "and", and what is left after the copula is one other word for
 * people (a plural noun no plainer word), the claim is said plainly for both ("are wrong").
 */
function pairedLabelCut(doc: Doc, m: Match, d: Draft): Draft | null {
  if (d.text !== '' || m.first < 3) return null;
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const and = t[m.first - 1] as Token;
  const other = t[m.first - 2] as Token;
  const cop = t[m.first - 3] as Token;
  if (m.first - 3 < s.first || and.w !== 'and' || d.start > and.start) return null;
  if (!/^(?:are|were|they're|theyre|r)$/.test(cop.w)) return null;
  const one = other.w.slice(0, -1);
  // The other word is a name too: a known one, or slang no word list holds ("cucks").
  if (
    !/^\p{L}{3,}s$/u.test(other.w) ||
    !(
      INSULT_NOUNS.has(other.w) ||
      INSULT_NOUNS.has(one) ||
      STRONG_INSULT_NOUNS.has(one) ||
      (!isKnownWord(other.w) && !isKnownWord(one) && !COMMON_WORDS.has(one))
    )
  )
    return null;
  if (!/^ +$/.test(doc.text.slice(other.end, and.start))) return null;
  return replaceTokens(doc, m.first - 2, m.last, plainClaim(doc, m));
}

/**
 * "you're either lying or stupid", "either you're blind or you're dumb": cut, the label leaves the
 * other half standing as the charge ("you're either lying"); the choice becomes the plain claim.
 */
function eitherOrLabel(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let o = m.first - 1;
  if (o > s.first && /^(?:just|simply|plain|really|totally)$/.test((t[o] as Token).w)) o--;
  if (m.last !== m.first + 1 || o - 1 < s.first || (t[o] as Token).w !== 'or') return null;
  let k = o - 1;
  while (k > s.first && k > m.first - 8 && (t[k] as Token).w !== 'either') k--;
  if (
    (t[k] as Token).w !== 'either' ||
    /[,;:.!?]/.test(doc.text.slice((t[k] as Token).end, (t[m.first] as Token).start))
  )
    return null;
  const claim = STUPIDITY.has((t[m.first] as Token).w) ? 'wrong about this' : plainClaim(doc, m);
  const cop = /^(?:are|is|was|were|you're|youre|ur|he's|she's|they're|theyre|be)$/;
  if (k > s.first && cop.test((t[k - 1] as Token).w)) return replaceTokens(doc, k, m.last, claim);
  let c = k + 1;
  while (c < m.first - 1 && !cop.test((t[c] as Token).w)) c++;
  if (c >= m.first - 1 || c > k + 3) return null;
  return replaceTokens(
    doc,
    k,
    m.last,
    `${doc.text.slice((t[k + 1] as Token).start, (t[c] as Token).end)} ${claim}`,
  );
}

/**
 * "we have to deal with stupid again", "stuck on stupid": a describing word standing for its
 * noun after a preposition; cut, it leaves the preposition with nothing ("deal with again").
 */
function labelAsNoun(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const w = (t[m.first] as Token).w;
  if (m.last !== m.first + 1 || m.first === s.first || !INSULT_ADJECTIVES.has(w)) return null;
  if (!/^(?:with|on|of|for|about|against|fix|cure)$/.test((t[m.first - 1] as Token).w)) return null;
  // "stuck on stupid" is an idiom of its own.
  if (m.first - 2 >= s.first && (t[m.first - 2] as Token).w === 'stuck') return null;
  // "she's kind of stupid", "sort of dumb": "kind of" as a hedge, with no determiner before it, so
  // the describing word stays one ("kind of misguided").
  if (
    m.first - 2 >= s.first &&
    /^(?:kind|sort)$/.test((t[m.first - 2] as Token).w) &&
    !/^(?:the|a|an|this|that|these|those|what|some|any|my|your|his|her|its|their|our|same|which)$/.test(
      m.first - 3 >= s.first ? (t[m.first - 3] as Token).w : '',
    )
  )
    return null;
  // "the kind of stupid i expect", "the sort of dumb that…": the kind of a thing ("the kind of thing
  // i expect"), never "of this".
  if (
    (t[m.first - 1] as Token).w === 'of' &&
    /^(?:kind|sort|type|brand)$/.test((t[m.first - 2] as Token | undefined)?.w ?? '') &&
    (m.last >= s.last ||
      isClauseEnd(doc, m.first) ||
      /^(?:that|which|i|we|you|he|she|they|from)$/.test((t[m.last] as Token).w))
  )
    return replaceTokens(doc, m.first, m.last, 'thing');
  // What follows must start a clause or an adjunct: "disgusting, filthy people" is a list of
  // describing words before their noun.
  if (
    m.last < s.last &&
    !/[.!?;]/.test(doc.text.slice((t[m.first] as Token).end, (t[m.last] as Token).start)) &&
    !/^(?:again|all|anymore|today|tomorrow|especially|every|lately|too|either|forever|though|tho|daily|here|before|until|because|when|while|i|we|you|he|she|they|it|but|so|honestly)$/.test(
      (t[m.last] as Token).w,
    )
  )
    return null;
  return replaceTokens(doc, m.first, m.last, 'this');
}

/** Compounds whose second half is a label but which name no one: "a knee-jerk reaction". */
const GLUED_PLAIN: Readonly<Record<string, string>> = { 'knee-jerk': 'hasty', 'circle-jerk': 'echo chamber' };

/** Words after which a label before a noun only describes it ("that moron driver", "any idiot politician"). */
const DESCRIBED_AFTER =
  /^(?:this|that|these|those|the|his|her|their|our|your|my|some|a|an|in|with|of|on|at|for|from|by|be|being|been|are|were|is|was|any|every|no|other|another|all|many|more|most)$/;

/** Pointers and owners before a noun phrase: "that", "the", "my". */
const POINTER = /^(?:this|that|these|those|the|his|her|their|our|your|my|some|any)$/;

/** Scornful names for a side, and the side's own name: "commies" → "communists". */
const GROUP_NAME: Readonly<Record<string, string>> = {
  commie: 'communist',
  commies: 'communists',
  libtard: 'liberal',
  libtards: 'liberals',
};

/**
 * "he wants to kill commies", "lets educate another idiot libtard": "people" in place of a scornful
 * name for a side says someone else was meant ("kill people"); the side's own name keeps who.
 */
function groupNamed(doc: Doc, m: Match, drafts: Draft[]): Draft[] {
  const label = (doc.tokens[m.last - 1] as Token).w;
  // "trump's deplorables think", "drumpfs deplorables": a side's followers after whose they are are
  // "supporters" ("trump's people" would be his staff).
  const whose = m.first > 0 ? (doc.tokens[m.first - 1] as Token).w : '';
  const own =
    GROUP_NAME[label] ??
    (/^(?:deplorables|cultists|sheeple|lemmings|minions)$/.test(label) &&
    (/^(?:his|her|their)$/.test(whose) ||
      (/s'?$/.test(whose) && !COMMON_WORDS.has(whose) && !isKnownWord(whose)))
      ? 'supporters'
      : undefined);
  // "quit being such a moron", "your such a jerk": "such a person" says nothing; "such a pain" is
  // what people say.
  if (!own)
    return drafts.map((d) => {
      if (/^a person$/.test(d.text) && /\bsuch +$/i.test(doc.text.slice(Math.max(0, d.start - 8), d.start)))
        return { ...d, text: 'a pain' };
      // "lied more than habitual liar, and…": cut, the describing word would be left with no noun
      // ("more than habitual, and"); no article before it to make "a person" of. The act, plainly.
      if (d.text === '' && m.last === m.first + 1) {
        const t = doc.tokens;
        const s = sentenceOf(doc, m.first);
        const adj = m.first - 1 > s.first ? (t[m.first - 1] as Token) : undefined;
        const before = adj ? (t[m.first - 2] as Token) : undefined;
        const act = ACT_NOUN[label];
        if (
          adj &&
          before &&
          act &&
          /^\p{L}{4,}(?:al|ive|ous|ic|ful|ent|ant)$/u.test(adj.w) &&
          !COMMON_WORDS.has(adj.w) &&
          /^(?:than|of|to|for|with|by|from|like|about)$/.test(before.w) &&
          doc.text.slice(adj.end, (t[m.first] as Token).start) === ' ' &&
          /^\s*(?:[,;:.!?]|$)/.test(doc.text.slice((t[m.first] as Token).end))
        )
          return {
            start: adj.start,
            end: (t[m.first] as Token).end,
            text: act.replace(/^person /, 'someone ').replace(/^(\p{L}+) person$/u, 'someone $1'),
          };
      }
      return d;
    });
  const end = (doc.tokens[m.last - 1] as Token).end;
  return drafts.map((d) =>
    d.end === end && /^(?:a |an |the )?(?:person|people)$/.test(d.text)
      ? { ...d, text: d.text.replace(/(?:person|people)$/, own).replace(/^a (?=[aeiou])/, 'an ') }
      : d,
  );
}

/**
 * "handle this moron instead", "why follow this brain dead loser?": cut, the label leaves
 * "this" pointing at nothing ("handle this instead" says something else); the plain noun stands
 * in its place, with the scorn words before it.
 */
function pointedNeedsNoun(doc: Doc, m: Match, d: Draft): Draft {
  const t = doc.tokens;
  if (m.last !== m.first + 1) return d;
  const label = t[m.first] as Token;
  const noun = MILD_NOUN[label.w];
  if ((noun !== 'person' && noun !== 'people') || d.end !== label.end) return d;
  // "this brain dead person": the plain noun kept the scorn words before it; they go with the label.
  const swapped = d.text === noun && d.start === label.start;
  if (d.text !== '' && !swapped) return d;
  const s = sentenceOf(doc, m.first);
  if (
    !swapped &&
    m.first + 1 < s.last &&
    !isClauseEnd(doc, m.first) &&
    /^\p{L}/u.test((t[m.first + 1] as Token).raw)
  ) {
    // "this idiot driver": the label describes the noun after it; the cut is right.
    const nx = (t[m.first + 1] as Token).w;
    if (!/^(?:instead|anymore|again|too|now|nowadays|today|anyway|here|there|lol|please)$/.test(nx)) return d;
  }
  let k = m.first - 1;
  while (
    k > s.first &&
    k >= m.first - 3 &&
    /^\p{L}+$/u.test((t[k] as Token).w) &&
    !/^(?:this|that|these|those)$/.test((t[k] as Token).w)
  )
    k--;
  const det = t[k] as Token;
  if (k < s.first || !/^(?:this|that|these|those)$/.test(det.w)) return d;
  // Only describing words between ("this brain dead loser"), never a verb ("see how that works idiot").
  for (let j = k + 1; j < m.first; j++) {
    const x = (t[j] as Token).w;
    if (
      !INSULT_ADJECTIVES.has(x) &&
      !MILD_ADJ[x] &&
      !/^(?:brain|dead|little|big|old|fat|sorry|lying)$/.test(x)
    )
      return d;
  }
  if (/[,;:.!?]/.test(doc.text.slice(det.end, label.start))) return d;
  if (swapped && k === m.first - 1) return d;
  const plural = /^(?:these|those)$/.test(det.w) || noun === 'people';
  return replaceTokens(doc, k + 1, m.first + 1, plural ? 'people' : 'person');
}

/**
 * "so, sneaky lying troll, what now?": a name called between commas goes with all its
 * describing words ("so, what now?"), not only the last of them ("so, sneaky, what now?").
 */
function calledWhole(doc: Doc, m: Match, d: Draft): Draft {
  // "he remains stuck on stupid": the idiom says he keeps to a bad idea; cut, "stuck" says nothing.
  {
    const t = doc.tokens;
    const w0 = (t[m.first] as Token).w;
    if (
      m.last === m.first + 1 &&
      STUPIDITY.has(w0) &&
      m.first >= 2 &&
      (t[m.first - 1] as Token).w === 'on' &&
      /^stuck$/.test((t[m.first - 2] as Token).w)
    )
      // "stuck in a rut": the idiom's own plain twin, said of the same person.
      return replaceTokens(doc, m.first - 1, m.first + 1, 'in a rut');
  }
  if (d.text !== '' || m.last !== m.first + 1 || d.end !== (doc.tokens[m.first] as Token).end) return d;
  if (!/^\s*,/.test(doc.text.slice(d.end, d.end + 3))) return d;
  const lead = doc.text.slice(Math.max(0, d.start - 40), d.start);
  const words = /,( *(?:[\p{L}'-]+ +){0,2}[\p{L}'-]+) *$/u.exec(lead);
  if (!words || /\b(?:you|u|your|ur|and|or|but|is|are|was|were|be)\b/i.test(words[1] as string)) return d;
  return { ...d, start: d.start - (lead.length - words.index) };
}

/** Describing words for what someone does, not what they are worth: they stay before "people". */
const BEHAVIOUR_WORDS =
  /^(?:lazy|greedy|selfish|careless|reckless|entitled|spoiled|spoilt|rude|dishonest|violent|cruel)$/;

/**
 * "my boss keeps hiring lazy jerks" → "…hiring lazy, rude people": where the plain noun took the
 * describing words before the label too, the ones that say what someone does stay, and a label for
 * unkindness says so ("rude"); "people" alone would say anyone.
 */
function keepsBehaviour(doc: Doc, m: Match, d: Draft): Draft {
  const t = doc.tokens;
  if ((d.text !== 'people' && d.text !== 'person') || m.last !== m.first + 1) return d;
  const label = t[m.first] as Token;
  if (d.end !== label.end || d.start >= label.start) return d;
  const words: string[] = [];
  let k = m.first - 1;
  while (k >= 0 && (t[k] as Token).start >= d.start) k--;
  for (let j = k + 1; j < m.first; j++) {
    const x = (t[j] as Token).w;
    // All of them or none: "mean and lazy clowns" kept as "lazy people" would drop half.
    if (BEHAVIOUR_WORDS.test(x)) words.push(x);
    else if (x !== 'and') return d;
  }
  if (words.length === 0) return d;
  if (RUDE_LABEL.test(label.w) && !words.includes('rude')) words.push('rude');
  return { ...d, text: `${words.join(', ')} ${d.text}` };
}

/**
 * "those greedy scum suckers", "a scum bag": the label is the first half of a compound; a plain
 * noun for its first half alone leaves the second ("people suckers"). The noun takes both, its
 * number from the second.
 */
function compoundLabel(doc: Doc, m: Match, d: Draft): Draft {
  const t = doc.tokens;
  const label = t[m.first] as Token;
  if (m.last !== m.first + 1 || d.start !== label.start || d.end !== label.end) return d;
  const s = sentenceOf(doc, m.first);
  // "the penguieater troll", "that reddit troll": after a word that names it, the long phrase of the
  // act splits the name ("the forum person stirring up trouble"); one word says it.
  const prev = m.first > s.first + 1 ? (t[m.first - 1] as Token) : undefined;
  if (
    /^trolls?$/.test(label.w) &&
    d.text === ACT_NOUN[label.w] &&
    prev &&
    /^\p{L}{3,}$/u.test(prev.w) &&
    !/^(?:you|your|these|those|some|such|any|all|no|and|or|but|nor)$/.test(prev.w) &&
    !MODIFIER_DET.test(prev.w) &&
    doc.text.slice(prev.end, label.start) === ' '
  )
    return { ...d, text: label.w.endsWith('s') ? 'troublemakers' : 'troublemaker' };
  if (d.text !== 'people' && d.text !== 'person') return d;
  if (m.first + 1 >= s.last || !/^[ -]$/.test(doc.text.slice(label.end, (t[m.first + 1] as Token).start)))
    return d;
  const half = (t[m.first + 1] as Token).w;
  if (!/^(?:suckers?|bags?|balls?|lords?|buckets?)$/.test(half)) return d;
  return { ...d, end: (t[m.first + 1] as Token).end, text: half.endsWith('s') ? 'people' : 'person' };
}

/** Openers after which a closing "stupid" or "dumb" is said to the reader ("nice try stupid"). */
const ADDRESS_OPENER =
  /^(?:(?:lol|lmao|haha+|ha|oh|well|ok|okay|yeah|sure)\s+)*(?:nice|good)\s+(?:try|one|job)\b|^(?:(?:lol|lmao|haha+|oh|well|ok|okay|now)\s+)*(?:just\s+(?!(?:because|cause|saying|sayin|like|as|got|gotten|went|made|kept|felt|\p{L}+ed|\p{L}+[^s]s)\b)\p{L}|(?:go|get|buy|order|pay|learn|read|try|stop|grow|shut|move|sit|calm|use|google|look|check|watch|listen|figure|work|keep\s+trying|think\s+again|whatever)\b)/iu;

/** Words that say how much ("plain old stupid", "straight up dumb"). */
const DEGREE_BEFORE =
  /^(?:old|up|more|less|most|plain|rather|pretty|quite|awfully|real|really|so|too|very|just|kinda|sorta|bit|little|and|or|but|nor|than|yet|not|never|of|to|be|being|look|get|go|play|act|feel|sound|seem|turn)$/;

/** Verbs that take a describing word after their object ("makes you stupid", "keep it dumb"). */
const COMPLEMENT_VERB =
  /\b(?:is|are|was|were|be|being|been|am|makes?|made|making|keeps?|kept|finds?|found|calls?|called|considers?|leaves?|drives?|drove|renders?|seems?|becomes?|became|stays?|remains?|turns?|turned|sounds?|feels?|acts?|acting|plays?|playing|like|as|so|too|how|what|that|this|it's|its|that's|thats|you|u|ur|you're|youre|fact)\b|'s\b|'re\b|'m\b/i;

/**
 * "nice try stupid", "just go home dumb": a describing word said to the reader last, after a stock
 * reply or a request, with no comma, is a form of address and goes ("nice try"). Only in that
 * reading: never after a verb that takes it ("makes you stupid"), a degree word, a list or a
 * comma, nor where the clause says what someone or something is.
 */
function addressedAdjective(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  if (m.last !== m.first + 1) return null;
  const tok = t[m.first] as Token;
  if (tok.w !== 'stupid' && tok.w !== 'dumb') return null;
  const s = sentenceOf(doc, m.first);
  if (m.first - 2 < s.first) return null;
  // "google it dumb lol": a laugh after it is no more words.
  const tail = doc.text.slice(tok.end, s.end).replace(/(?:^|\s)(?:lol+|lmao+|haha+)\b/giu, '');
  if (/[\p{L}\p{N}]/u.test(tail)) return null;
  const prev = t[m.first - 1] as Token;
  if (doc.text.slice(prev.end, tok.start) !== ' ' || !/^\p{L}+$/u.test(prev.w)) return null;
  // "look it up dumb": "up" ends the order's verb ("look it up"), no degree ("straight up dumb").
  const particle = /^(?:up|out)$/.test(prev.w) && /^(?:it|them|that|this)$/.test((t[m.first - 2] as Token).w);
  if (INTENSIFIERS.has(prev.w) || LABEL_INTENSIFIERS.has(prev.w) || (DEGREE_BEFORE.test(prev.w) && !particle))
    return null;
  // "why do that, just buy it in bulk stupid": the order after a comma is read on its own.
  const head = doc.text.slice((t[s.first] as Token).start, prev.end).replace(/^[^,]*,+ *(?=just )/i, '');
  if (/[,;:()"\u2014\u2013-]/.test(head) || !ADDRESS_OPENER.test(head)) return null;
  // "look that up stupid": the order's object ("that") is no clause saying what something is.
  const said = particle ? doc.text.slice((t[s.first] as Token).start, (t[m.first - 2] as Token).start) : head;
  if (COMPLEMENT_VERB.test(said)) return null;
  return { start: prev.end, end: tok.end, text: '', label: `Leave out \u201c${tok.raw}\u201d` };
}

/** What follows a noun in a phrase with no verb: at most "by/from… (the) one word", a time word, the end. */
const VERBLESS =
  /^(?: (?:by|from|of|in|on|at|for|with|against|towards?|over|about)(?: (?:the|a|an|this|that|these|those|our|their|his|her|my|your|some|all|its))? [\w']+)?(?: (?:again|today|yesterday|lately|everywhere|tonight|now))?[\s.!?\u2026]*$/;

/** Slurs written before a label as its describing word ("these snowflake idiots"): they go with it. */
const SLUR_BEFORE = /^(?:subhuman|snowflake|hillbilly|redneck|inbred|libtard|retarded|retard|trash|trashy)$/;

/** Collective nouns a plural label is counted in ("a bunch of idiots"). */
const GROUP_OF = /^(?:bunch|lot|load|pack|gang|band|group|crowd|room|herd|basket|nest|horde|mob|flock)$/;

/**
 * A label swapped for a plain word, read with the words around it: a slur before it goes too
 * ("these snowflake idiots" → "these people", never "these snowflake people"); "what a bunch of
 * clueless idiots" says what they do ("people who don't get it": "a bunch of people" says
 * nothing); "the idiot in chief" is the one in charge; a label named as the word for someone ("the
 * word for her is moron") becomes what the writer feels about them.
 */
function plainSwapAround(doc: Doc, m: Match, d: Draft): Draft {
  if (!/^(?:a |an )?(?:person|people|nonsense)$/.test(d.text)) return d;
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const a = tokenAt(t, d.start);
  const label = (t[m.last - 1] as Token).w;
  const upper = !doc.style.lower;
  // "the word for him is jackass", "the only word for that guy: moron".
  if (a > s.first + 3 && d.end >= (t[m.last - 1] as Token).end) {
    const head = doc.text.slice(Math.max((t[s.first] as Token).start, d.start - 48), d.start);
    const named =
      /\b(?:word|name|term)s? for (him|her|them|you|that guy|this guy|that woman|this woman)\b[^.!?]*$/i.exec(
        head,
      );
    if (named && isClauseEnd(doc, m.last - 1)) {
      const who = (named[1] as string).toLowerCase();
      const obj = /^(?:him|her|them|you)$/.test(who) ? who : who.endsWith('woman') ? 'her' : 'him';
      return toSentenceEnd(doc, s.first, `${upper ? 'I' : 'i'}'m really frustrated with ${obj}.`);
    }
  }
  // "the idiot in chief", "moron-in-chief".
  if (/^[\s-]in[\s-]chief\b/i.test(doc.text.slice(d.end, d.end + 9)) && !/^(?:an? )/.test(d.text))
    return { ...d, end: d.end + doc.text.slice(d.end).search(/chief/i) + 5, text: 'person in charge' };
  let start = d.start;
  let k = a - 1;
  if (
    k > s.first &&
    SLUR_BEFORE.test((t[k] as Token).w) &&
    /^ +$/.test(doc.text.slice((t[k] as Token).end, d.start))
  ) {
    start = (t[k] as Token).start;
    k--;
  }
  // "a bunch of clueless idiots" → "a bunch of people who don't get it".
  if (
    d.text === 'people' &&
    k - 1 >= s.first &&
    (t[k] as Token).w === 'of' &&
    GROUP_OF.test((t[k - 1] as Token).w) &&
    isClauseEnd(doc, m.last - 1)
  )
    return { ...d, start, text: STUPIDITY.has(label) ? "people who don't get it" : 'people behaving badly' };
  if (start === d.start) return d;
  // "an inbred idiot" → "a person": the article agrees.
  const art = t[k] as Token | undefined;
  if (k >= s.first && art && /^(?:a|an)$/.test(art.w) && !/^(?:a |an )/.test(d.text)) {
    const an = article(d.text);
    return { ...d, start: art.start, text: `${/^A/.test(art.raw) ? an.replace(/^a/, 'A') : an} ${d.text}` };
  }
  return { ...d, start };
}

function scornSuggest(doc: Doc, m: Match): Draft[] {
  {
    const addressed = addressedAdjective(doc, m);
    if (addressed) return [addressed];
  }
  // "they get dumber and dumber": the doubled comparative says it keeps growing; both go as one
  // ("more and more misguided"), never one cut and "get every year" left.
  {
    const t = doc.tokens;
    const w = (t[m.first] as Token).w;
    const s = sentenceOf(doc, m.first);
    const first =
      m.first + 2 < s.last && t[m.first + 1]?.w === 'and' && t[m.first + 2]?.w === w
        ? m.first
        : m.first - 2 >= s.first && t[m.first - 1]?.w === 'and' && t[m.first - 2]?.w === w
          ? m.first - 2
          : -1;
    const base = w.endsWith('ier') ? `${w.slice(0, -3)}y` : w.replace(/(\p{L})\1?er$/u, '$1');
    const mild = MILD_ADJ[base] ?? MILD_ADJ[w.slice(0, -2)] ?? MILD_ADJ[w.slice(0, -1)];
    if (m.last === m.first + 1 && first >= 0 && w.endsWith('er') && mild && !mild.includes(' '))
      return [replaceTokens(doc, first, first + 3, `more and more ${mild}`)];
  }
  // "why such dumb comments", "by his stupid remark": before a remark or an idea, the describing word
  // is the point; cut, "such comments" says nothing. A milder word stays ("such silly comments").
  {
    const t = doc.tokens;
    const s = sentenceOf(doc, m.first);
    const next = m.last < s.last ? (t[m.last] as Token) : undefined;
    if (
      m.last === m.first + 1 &&
      m.first > s.first &&
      /^(?:such|his|her|their|this|that|these|those)$/.test((t[m.first - 1] as Token).w) &&
      /^(?:stupid|dumb|idiotic|moronic|asinine|braindead|brainless)$/.test((t[m.first] as Token).w) &&
      next &&
      IDEA_NOUNS.has(next.w) &&
      // "this stupid thing keeps crashing": a thing vented at, not an idea; the word goes.
      ((t[m.first - 1] as Token).w === 'such' || !/^things?$/.test(next.w)) &&
      !PEOPLE_NOUNS.has(next.w) &&
      !/^(?:kids?|children|child|people|guys?|folks)$/.test(next.w) &&
      // "you've got this stupid notion": of the reader's own idea, "silly" still belittles; the
      // word goes, as before.
      !t.slice(s.first, m.first).some((x) => /^(?:you|youve|you've|you're|youre|your|ur|u)$/.test(x.w)) &&
      doc.text.slice((t[m.first] as Token).end, next.start) === ' '
    )
      return [replaceTokens(doc, m.first, m.last, 'silly')];
  }
  // "what an absolute clown of a referee" → "what a disappointing referee": the label only says
  // how the one named did; what they are stays, with the feeling.
  {
    const t = doc.tokens;
    const s = sentenceOf(doc, m.first);
    const noun = t[m.last + 2];
    if (
      m.last === m.first + 1 &&
      m.last + 2 < s.last &&
      t[m.last]?.w === 'of' &&
      /^(?:a|an)$/.test(t[m.last + 1]?.w ?? '') &&
      noun &&
      /^\p{L}+$/u.test(noun.w) &&
      !/[,;:]/.test(doc.text.slice((t[m.first] as Token).start, noun.start))
    ) {
      let a = m.first - 1;
      while (a > s.first && LABEL_INTENSIFIERS.has((t[a] as Token).w)) a--;
      if (a >= s.first && /^(?:a|an)$/.test((t[a] as Token).w))
        return [
          replaceTokens(doc, a, m.last + 2, `${(t[a] as Token).raw[0] === 'A' ? 'A' : 'a'} disappointing`),
        ];
    }
  }
  // "i have never read a dumber post" → "a more misguided post": the article agrees.
  if (m.last === m.first + 1 && neverADumber(doc, m.first))
    return [replaceTokens(doc, m.first - 1, m.last, 'a more misguided')];
  // "i wonder how stupid the people in charge are" → "how misguided the people in charge are": the
  // verdict on what they think stays, the label goes.
  if (
    m.last === m.first + 1 &&
    STRONG_INSULT_ADJECTIVES.has((doc.tokens[m.first] as Token).w) &&
    howTheyAre(doc, m.first)
  ) {
    const mild = MILD_ADJ[(doc.tokens[m.first] as Token).w];
    return [replaceTokens(doc, m.first, m.last, mild && !mild.includes(' ') ? mild : 'wrong')];
  }
  // "such a knee-jerk reaction": the compound goes whole, in a plain word ("such a hasty reaction").
  {
    const tk = doc.tokens[m.first] as Token;
    const glued = /(\p{L}+)-$/u.exec(doc.text.slice(Math.max(0, tk.start - 12), tk.start));
    const plain = glued && GLUED_PLAIN[`${glued[1]?.toLowerCase()}-${tk.w}`];
    if (glued && plain) return [{ start: tk.start - glued[0].length, end: tk.end, text: plain }];
  }
  // "that's disgusting behaviour": cut, "that's behaviour" says nothing; the claim said plainly.
  {
    const t = doc.tokens;
    const s = sentenceOf(doc, m.first);
    // "it's such disgusting behaviour": "such" goes too.
    const from = m.first - 1 > s.first && (t[m.first - 1] as Token).w === 'such' ? m.first - 1 : m.first;
    if (
      m.last === m.first + 1 &&
      from > s.first &&
      m.last < s.last &&
      COPULA_WORD.test((t[from - 1] as Token).w) &&
      /^(?:behaviou?r|conduct)$/.test((t[m.last] as Token).w) &&
      /^ +$/.test(doc.text.slice((t[m.first] as Token).end, (t[m.last] as Token).start))
    )
      return [replaceTokens(doc, from, m.last + 1, 'out of line')];
  }
  // "he is the dumbest of the dumb": the whole phrase says one thing ("really misguided"), from
  // either of its two words.
  {
    const t = doc.tokens;
    const s = sentenceOf(doc, m.first);
    const w = (t[m.first] as Token).w;
    const i = w.endsWith('est') ? m.first - 1 : m.first - 4;
    const sup = (t[i + 1] as Token | undefined)?.w ?? '';
    const base = (t[i + 4] as Token | undefined)?.w ?? '';
    if (
      m.last === m.first + 1 &&
      i >= s.first &&
      i + 4 < s.last &&
      (t[i] as Token).w === 'the' &&
      (t[i + 2] as Token).w === 'of' &&
      (t[i + 3] as Token).w === 'the' &&
      sup.length > base.length &&
      sup.startsWith(base.replace(/y$/, '')) &&
      /(?:est)$/.test(sup)
    ) {
      const mild = MILD_ADJ[base] ?? 'misguided';
      const cop = i > s.first && COPULA_WORD.test((t[i - 1] as Token).w);
      return [replaceTokens(doc, i, i + 5, cop ? `really ${mild}` : `the most ${mild}`)];
    }
  }
  // "that plan dumb": said of a thing with no verb, the claim said plainly with one.
  {
    const t = doc.tokens;
    const s = sentenceOf(doc, m.first);
    const w = (t[m.first] as Token).w;
    const head = m.first - 2;
    const after = m.last < s.last ? (t[m.last] as Token).w : '';
    if (
      m.last === m.first + 1 &&
      STUPIDITY.has(w) &&
      MILD_ADJ[w] === 'misguided' &&
      head >= s.first &&
      (head === s.first || /^(?:so|and|but|ok|okay|honestly|tbh|lol)$/.test((t[head - 1] as Token).w)) &&
      /^(?:this|that|the|your|ur|his|her|their|my|our)$/.test((t[head] as Token).w) &&
      NOT_A_PERSON.has((t[m.first - 1] as Token).w) &&
      (isClauseEnd(doc, m.first) || /^(?:lol|lmao|tbh|haha)$/.test(after)) &&
      /^ +$/.test(doc.text.slice((t[head] as Token).end, (t[m.first] as Token).start).replace(/\S+/, ' '))
    )
      return [replaceTokens(doc, m.first, m.last, 'makes no sense to me')];
  }
  // "spinning yourself stupid", "he drank himself stupid": what the doing left them, "silly".
  if (
    m.first > 0 &&
    STUPIDITY.has((doc.tokens[m.first] as Token).w) &&
    REFLEXIVE.has((doc.tokens[m.first - 1] as Token).w)
  )
    return [replaceTokens(doc, m.first, m.first + 1, 'silly')];
  // "like flies attracted to garbage", "took out the garbage": a place things go, the plain word
  // for it ("trash"), never "nonsense".
  if (/^garbage$/.test((doc.tokens[m.first] as Token).w) && m.last === m.first + 1 && m.first > 0) {
    const t = doc.tokens;
    let k = m.first - 1;
    if (/^(?:the|a|some|their|our|your|my|his|her)$/.test((t[k] as Token).w) && k > 0) k--;
    if (/^(?:to|into|in|from|through|out|with|near|on)$/.test((t[k] as Token).w))
      return [replaceTokens(doc, m.first, m.last, 'trash')];
    // "the sequel was pretty garbage": after a word of degree it describes; "bad".
    if (
      /^(?:pretty|so|kinda|relatively|really|very|fairly|quite|super|rather|too)$/.test(
        (t[m.first - 1] as Token).w,
      )
    )
      return [replaceTokens(doc, m.first, m.last, 'bad')];
  }
  // "the most degenerate people i know": a describing word after "most" cannot just go ("the most
  // people"); the list of them becomes one plain word ("the most difficult people").
  if (m.first > 0 && (doc.tokens[m.first - 1] as Token).w === 'most') {
    const d = worstBeforeNoun(doc, m.first - 1, m.last);
    if (d) return [d];
  }
  const degree = degreePhraseBefore(doc, m);
  if (degree) return [degree];
  const plain = eitherOrLabel(doc, m) ?? labelAsNoun(doc, m) ?? labelAndNoun(doc, m.first, m.last);
  if (plain) return [plain];
  return scornDrafts(doc, m).map((d) => {
    const both = pairedLabelCut(doc, m, d);
    if (both) return both;
    const after = doc.text.slice(d.end, d.end + 24);
    const of = OF_PHRASE.exec(after);
    if (of && /^(?:out of line|person|people|a person)$/.test(d.text))
      return { ...d, end: d.end + of[0].length };
    // "she was the idiot of the group", "the clown of the office lol": a claim said in place of
    // "the label of X" cannot keep the "of X" ("out of line of the group"); it goes with the label.
    const ofWhere = claimOfWhere(doc, d);
    if (ofWhere) return ofWhere;
    const plain = listCommaCut(doc, relativeNeedsNoun(doc, d)) ?? relativeNeedsNoun(doc, d);
    return claimKept(doc, m, peopleWithTrait(doc, m, plain) ?? plain);
  });
}

/** Describing words that make a claim about what was said or done, not a name for someone. */
const CLAIM_WORD =
  /^(?:racist|sexist|bigoted|homophobic|transphobic|xenophobic|misogynistic|misogynist|antisemitic|fascist|hateful|extremist)$/;

/**
 * "what a load of racist garbage" → "… racist nonsense", not "… nonsense": a word that makes a
 * claim (the writer's point, harsh but no insult) stays when the label it stood before is swapped.
 */
function claimKept(doc: Doc, m: Match, d: Draft): Draft {
  if (!/^(?:nonsense|people(?: who don't get it| behaving badly)?)$/.test(d.text)) return d;
  const t = doc.tokens;
  const claims: string[] = [];
  for (let k = tokenAt(t, d.start); k >= 0 && k < m.first; k++) {
    const tk = t[k] as Token;
    if (tk.start >= d.start && CLAIM_WORD.test(tk.w)) claims.push(tk.raw);
  }
  return claims.length === 0 ? d : { ...d, text: `${claims.join(' ')} ${d.text}` };
}

/** Copulas a describing word of the subject follows. */
const COPULA_WORD =
  /^(?:is|was|are|were|be|been|it's|its|that's|thats|this's|he's|hes|she's|shes|you're|youre|they're|theyre|ur)$/;
/** Words between a copula and its describing word that are no noun phrase of degree. */
const NOT_DEGREE_NOUN =
  /^(?:so|too|very|really|just|plain|pretty|kinda|quite|rather|not|also|still|even|always|never|totally|completely|absolutely|downright|simply|beyond|more|most|less|bit|little|real|truly|utterly|getting|becoming|being|acting|playing|looking|sounding|seeming|feeling|born|dead|fucking|fuckin|freaking|bloody|damn|and|or|but|the|a|an|this|that|his|her|their|my|your|our|of|in|on|at|for|with)$/;

/**
 * "that was next level stupid", "that's flat earth dumb": a noun phrase between the copula and the
 * describing word says how much; "misguided" in its place says something else ("next level
 * misguided"). The degree said plainly: "that was really misguided".
 */
function degreePhraseBefore(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const word = (t[m.first] as Token).w;
  const mild = MILD_ADJ[word];
  // "would be malignant stupid to allow it": before "to <verb>" or "for <doing>" too.
  if (
    m.last !== m.first + 1 ||
    !mild ||
    !STUPIDITY.has(word) ||
    !(isClauseEnd(doc, m.first) || actAfter(doc, m.last, sentenceOf(doc, m.first).last))
  )
    return null;
  const s = sentenceOf(doc, m.first);
  let k = m.first - 1;
  while (
    k > s.first &&
    k >= m.first - 3 &&
    /^\p{Ll}{3,}$/u.test((t[k] as Token).w) &&
    !NOT_DEGREE_NOUN.test((t[k] as Token).w) &&
    !COPULA_WORD.test((t[k] as Token).w) &&
    !/(?:ly|ing|ed)$/.test((t[k] as Token).w) &&
    doc.text.slice((t[k] as Token).end, (t[k + 1] as Token).start) === ' '
  )
    k--;
  if (k === m.first - 1 || !COPULA_WORD.test((t[k] as Token).w)) return null;
  return { start: (t[k + 1] as Token).start, end: (t[m.first] as Token).end, text: `really ${mild}` };
}

/** Labels for being unkind rather than wrong-headed: "rude" says what they meant. */
const RUDE_LABEL = /^(?:jerk|asshole|arsehole|prick|douche|douchebag|bastard|dickhead|twat|wanker|tosser)s?$/;
const DIM_LABEL =
  /^(?:dumm(?:y|ies)|dumbasses|dimwits|halfwits|nitwits|numbskulls|dunces?|cretins|imbeciles|bozos?|knuckleheads?|clowns)$/;

/**
 * "weed out the idiots" → "weed out the people", "even the jerks" → "even the people": said of a
 * group named only by the label, "people" says someone else ("the people" is everyone). The plain
 * word for what the label meant goes before it ("the misguided people", "the rude people"); where
 * the words after already say who is meant ("people like you", "the jerks at work"), "people" stays.
 */
function peopleWithTrait(doc: Doc, m: Match, d: Draft): Draft | null {
  const t = doc.tokens;
  const label = (t[m.first] as Token).w;
  const trait =
    STUPIDITY.has(label) || STUPIDITY.has(label.replace(/s$/, '')) || DIM_LABEL.test(label)
      ? 'misguided'
      : RUDE_LABEL.test(label)
        ? 'rude'
        : '';
  if (!trait || !/^(?:(?:a|A|the|The|these|those|These|Those) )?(?:person|people)$/.test(d.text)) return null;
  const first = t[m.first] as Token;
  const last = t[m.last - 1] as Token;
  if (d.start > first.start || d.end < last.end || d.end > last.end) return null;
  // "the idiots at work" says who; "the idiots have won" (a verb next) does not. A group named by
  // the label alone after "of" or "by" ("in the hands of fools in this place", "surrounded by morons
  // at work") is still named only by the label: where they are does not say what was meant.
  const ofGroup =
    m.first > 0 &&
    /^(?:of|by)$/.test((t[m.first - 1] as Token).w) &&
    d.text === 'people' &&
    /^ +(?:in|at|on|from|around)\b/i.test(doc.text.slice(d.end, d.end + 8));
  if (
    !ofGroup &&
    saysWhoAfter(doc, d.end) &&
    !/^ +(?:is|are|was|were|has|have|had)\b/i.test(doc.text.slice(d.end, d.end + 6))
  )
    return null;
  // "the idiot said no", "the stupid making those claims": one named by what they do after, or
  // one person singled out; "person" says who.
  let start = d.start;
  // "this village idiot": the words make one label; "village" goes with it.
  const s = sentenceOf(doc, m.first);
  if (start === first.start && m.first > s.first && /^villages?$/.test((t[m.first - 1] as Token).w))
    start = (t[m.first - 1] as Token).start;
  const plain = start === d.start ? null : { ...d, start };
  const end = isClauseEnd(doc, m.last - 1);
  // Only a group named by the label alone after "the" ("weed out the idiots", "the morons claim
  // we lost"); one person pointed at ("this moron") or a count ("this many fools") stays
  // "person"/"people": a new person-noun would read oddly.
  if (d.text.endsWith('person')) return plain;
  // "run by idiots.": a group named only by the label, ending the clause after "by".
  // "in the hands of fools", "deal with this many fools": a group that the label alone names after
  // "of" or a count; plain "people" would say anyone.
  const prevW = m.first > s.first ? (t[m.first - 1] as Token).w : '';
  const byEnd =
    d.text === 'people' &&
    (((end || ofGroup) && prevW === 'by') ||
      prevW === 'of' ||
      (prevW === 'many' && (t[m.first - 2] as Token | undefined)?.w === 'this'));
  if (
    !byEnd &&
    !/^(?:the|The) /.test(d.text) &&
    !(m.first > s.first && (t[m.first - 1] as Token).w === 'the')
  )
    return plain;
  if (!end && /^ +\p{L}+ing\b/u.test(doc.text.slice(d.end, d.end + 20))) return plain;
  // "the idiots have taken over": the group as the sentence's subject is "they".
  if (
    m.first - 1 === s.first &&
    (t[s.first] as Token).w === 'the' &&
    /^ +(?:are|were|have|had)\b/i.test(doc.text.slice(d.end, d.end + 6))
  )
    return { ...d, start: (t[s.first] as Token).start, text: 'they' };
  // "brain washed dummies": describing words of the person's own stay, and say enough with "people".
  const prev = m.first > s.first ? (t[m.first - 1] as Token).w : '';
  if (
    start === first.start &&
    prev &&
    !COMMON_WORDS.has(prev) &&
    !/^(?:less|these|those|many|few|other|several)$/.test(prev)
  )
    return null;
  // "this idiot keeps texting me": one pointed at, the subject of what follows; "person" says who.
  let j = m.first - 1;
  while (j >= s.first && (t[j] as Token).end > start) j--;
  const det = j >= s.first ? (t[j] as Token).w : '';
  if (det === 'said') return null;
  const pointed = /^(?:this|that|these|those)$/.test(det) || /^(?:this|that|these|those) /i.test(d.text);
  if (pointed && !end) return plain;
  // "this town is run by idiots" → "…by the wrong people".
  if (byEnd && end && prevW === 'by' && trait === 'misguided')
    return { ...d, start, text: 'the wrong people' };
  return { ...d, start, text: d.text.replace(/(person|people)$/, `${trait} $1`) };
}

/**
 * "they are rude, vile people": the last describing word before the noun left out, its comma
 * goes too ("rude people"), not "rude, people". The cut is ", vile": one word or a few, after a
 * describing word that follows a copula, an article or a pointing word.
 */
function listCommaCut(doc: Doc, d: Draft): Draft | null {
  const text = doc.text;
  if (d.text !== '' || d.start < 2 || text[d.start - 1] !== ',') return null;
  if (!/^ [\p{L}' ]+$/u.test(text.slice(d.start, d.end))) return null;
  if (!/^ \p{L}/u.test(text.slice(d.end, d.end + 2))) return null;
  const t = doc.tokens;
  // The token that ends right before the comma, by binary search.
  let lo = 0;
  let hi = t.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = (t[mid] as Token).end;
    if (e === d.start - 1) {
      k = mid;
      break;
    }
    if (e < d.start - 1) lo = mid + 1;
    else hi = mid - 1;
  }
  const w = (t[k] as Token | undefined)?.w ?? '';
  if (k < 1 || !(listWord(doc, k) || TRAIT_ADJECTIVES.has(w) || INSULT_ADJECTIVES.has(w))) return null;
  const s = sentenceOf(doc, k);
  if (k - 1 < s.first) return null;
  const before = (t[k - 1] as Token).w;
  const leads =
    /^(?:is|are|was|were|be|been|being|am|a|an|the|such|so|very|really|these|those|some|his|her|their|its|my|your|our|of|all|many|with|by|for)$/.test(
      before,
    ) ||
    (/^\s*,\s*$/.test(gapBefore(doc, k)) && listWord(doc, k - 1));
  return leads ? { ...d, start: d.start - 1 } : null;
}

/** "troll" as a verb, by its ending: without an object, and with one ("troll people"). */
const TROLL_VERB: Readonly<Record<string, readonly [string, string]>> = {
  troll: ['stir up trouble', 'provoke'],
  trolls: ['stirs up trouble', 'provokes'],
  trolled: ['stirred up trouble', 'provoked'],
  trolling: ['stirring up trouble', 'provoking'],
};
/** Words after which "troll" is the verb: "all she does is troll", "he likes to troll", "go troll elsewhere". */
const BEFORE_TROLL_VERB =
  /^(?:to|go|just|only|always|ever|never|often|still|will|would|can|could|should|might|must|gonna|wanna|dont|don't|didnt|didn't|doesnt|doesn't|i|you|he|she|they|we|who|u|keep|keeps|kept|stop|stopped|been|is|was|are|were|am|im|i'm|he's|she's|they're|you're|we're|hes|shes|theyre|youre)$/;
/** Words that can be what is trolled: "troll people", "trolling them", "trolled the forum". */
const TROLL_OBJECT =
  /^(?:people|them|him|her|us|me|you|everyone|everybody|someone|somebody|anyone|anybody|another|others|folks|users|the|this|that|these|those|my|your|his|their|our|a|an|every|random|strangers)$/;

/**
 * "all she does is troll" → "all she does is stir up trouble", "he keeps trolling people" → "he keeps
 * provoking people": a verb, said as the act in its own form, never "is stirring up trouble" after
 * "does is" or a noun dropped before its object. A noun ("a troll", "the trolls") is left to the label.
 */
function trollVerb(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  if (m.last !== m.first + 1) return null;
  const w = (t[m.first] as Token).w;
  const forms = TROLL_VERB[w];
  if (!forms) return null;
  const s = sentenceOf(doc, m.first);
  const prev = m.first > s.first ? (t[m.first - 1] as Token).w : '';
  if (!BEFORE_TROLL_VERB.test(prev)) return null;
  // "is troll", "are trolls", "he's a troll": after a copula only the "-ing" form is a verb, and after
  // "does is" / "did was" the bare one ("all she does is troll").
  if (
    /^(?:is|was|are|were|am|im|i'm|he's|she's|they're|you're|we're|hes|shes|theyre|youre|been)$/.test(prev)
  ) {
    const prev2 = m.first - 2 >= s.first ? (t[m.first - 2] as Token).w : '';
    const doesIs = /^(?:do|does|did|done)$/.test(prev2) && /^(?:is|was)$/.test(prev) && w === 'troll';
    if (w !== 'trolling' && !doesIs) return null;
  }
  // "they troll" is a verb only when a subject comes right before; "trolls" after a subject too.
  if (
    w === 'trolls' &&
    !/^(?:he|she|who|just|only|always|ever|never|often|still|and|or|keeps|stop)$/.test(prev)
  )
    return null;
  const next = m.last < s.last ? (t[m.last] as Token).w : '';
  const object = TROLL_OBJECT.test(next) && !isClauseEnd(doc, m.last - 1);
  return replaceTokens(doc, m.first, m.last, object ? forms[1] : forms[0]);
}

/** A determiner that can open a noun phrase with a label inside it ("the idiot office", "your moron friend"). */
const MODIFIER_DET = /^(?:the|this|that|a|an|your|ur|my|his|her|their|our)$/;

/**
 * "does the white moron house answer", "your idiot friend said": a label used as a describing
 * word before a noun is no one to rename ("the person house"); it goes, the describing scorn words
 * just before it too. "this morons arm": a plural-looking label after "this" / "that" / "a" is a
 * possessive written without its apostrophe: "this person's arm". The noun after it is a word that is
 * no verb form ("the idiot thinks", "the moron said" keep the label for its own rewording).
 */
function labelBeforeNoun(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  if (m.last !== m.first + 1 || m.last > s.last - 1) return null;
  const label = (t[m.first] as Token).w;
  const noun = MILD_NOUN[label];
  if (noun !== 'person' && noun !== 'people') return null;
  if (ACT_NOUN[label] !== undefined) return null;
  const next = t[m.last] as Token;
  if (!/^[a-z]{3,}$/.test(next.w) || COMMON_WORDS.has(next.w) || INSULT_ADJECTIVES.has(next.w)) return null;
  if (MILD_NOUN[next.w] !== undefined) return null;
  // "the keeper was a total idiot tonight": a word of time, stance or address after the label is
  // no noun it describes (leaving the label out would leave "a total tonight").
  if (
    /^(?:tonight|today|tomorrow|yesterday|again|anyway|anyways|though|tho|too|now|then|lately|yet|still|already|here|there|online|offline|outside|inside|upstairs|downstairs|lol|lmao|lmfao|rofl|smh|tbh|imo|imho|ngl|fr|honestly|mate|bro|dude|man|sir|bud|pal|guys)$/.test(
      next.w,
    )
  )
    return null;
  // "this scum bag", "the dirt bag": one label written in two words.
  if (/^(?:bags?|heads?|holes?|balls?|wads?|faces?|bucket|buckets|sack|sacks)$/.test(next.w)) {
    const p = m.first > s.first ? (t[m.first - 1] as Token).w : '';
    if (!MODIFIER_DET.test(p) || doc.text.slice((t[m.first] as Token).end, next.start) !== ' ') return null;
    // "your scum bag friends": the two words describe the noun after them; left to the label.
    const after = m.last + 1 < s.last ? (t[m.last + 1] as Token).w : '';
    if (!isClauseEnd(doc, m.last) && !COMMON_WORDS.has(after)) return null;
    return replaceTokens(doc, m.first, m.last + 1, next.w.endsWith('s') ? 'people' : 'person');
  }
  // "please stop idiot user", "ban moron drivers": with no determiner, after an order's verb, the
  // label only describes the noun and goes ("please stop user", never "please stop person user").
  {
    const before = m.first > s.first ? (t[m.first - 1] as Token) : undefined;
    if (
      noun === 'person' &&
      before &&
      isImperative(doc, m.first - 1) &&
      isKnownVerb(before.w) &&
      !/(?:ed|ing|ly)$/.test(next.w) &&
      !isKnownVerb(next.w) &&
      doc.text.slice((t[m.first] as Token).end, next.start) === ' '
    )
      return removeTokens(doc, m.first, m.last, `Leave out “${(t[m.first] as Token).raw}”`);
  }
  // "what a morons take on taxes": after "a", a plural label is a possessive, and the word after it
  // a noun for an act even where it could be a verb ("take", "call").
  const ownAct =
    noun === 'people' &&
    ACT_NOUNS.has(next.w) &&
    /^(?:a|an)$/.test((t[m.first - 1] as Token | undefined)?.w ?? '') &&
    m.first - 1 >= s.first;
  if (!ownAct && (/(?:s|ed|ing|ly)$/.test(next.w) || isKnownVerb(next.w) || isPastForm(next.w))) return null;
  // The label and the noun are one phrase: only a space between them, and the noun ends a clause or
  // comes before a verb of its own ("house get informed").
  if (doc.text.slice((t[m.first] as Token).end, next.start) !== ' ') return null;
  let d = m.first - 1;
  while (d >= s.first && d >= m.first - 3 && INSULT_ADJECTIVES.has((t[d] as Token).w)) d--;
  if (d < s.first) return null;
  // "the white moron house", "a fairly strong moron majority": plain describing words may stand
  // between ("white", "fairly strong" stay).
  let detAt = d;
  while (
    !MODIFIER_DET.test((t[detAt] as Token).w) &&
    detAt - 1 >= s.first &&
    detAt > d - 3 &&
    !COMMON_WORDS.has((t[detAt] as Token).w)
  )
    detAt--;
  if (!MODIFIER_DET.test((t[detAt] as Token).w)) return null;
  // Only spaces inside the phrase ("the idiot, office" is two things).
  if (!/^[\p{L}' ]+$/u.test(doc.text.slice((t[detAt] as Token).start, next.end))) return null;
  const from = d + 1;
  const an = /^(?:a|an)$/.test((t[detAt] as Token).w);
  // "a fools wish": after "a", a plural-looking label is a possessive without its apostrophe; it
  // goes and the article agrees with the noun ("a guide"). Before an act, a hope or an errand
  // ("an idiots move", "a fools wish", "a fools errand"), what it said of it stays: "an unwise
  // move", "an unrealistic wish", "a pointless errand" ("a move", "an errand" said nothing).
  if (an && noun === 'people' && from === m.first && detAt === d) {
    const said = /^(?:wish|hope|dream)$/.test(next.w)
      ? 'an unrealistic'
      : next.w === 'errand'
        ? 'a pointless'
        : ACT_NOUNS.has(next.w) || /^(?:plan|bet|gamble)$/.test(next.w)
          ? 'an unwise'
          : '';
    if (said && isFoolish(label))
      return replaceTokens(
        doc,
        detAt,
        m.last,
        /^A/.test((t[detAt] as Token).raw) ? `A${said.slice(1)}` : said,
      );
    return replaceTokens(
      doc,
      detAt,
      m.last,
      /^A/.test((t[detAt] as Token).raw) ? article(next.w).replace(/^a/, 'A') : article(next.w),
    );
  }
  // "what a moron move", "a moron move": the label says what the act was; without it, praise. With
  // describing words of its own the noun stands ("a fairly strong majority").
  // (Nouns for an act take "unwise" / "unkind" first: see labelBeforeAct.) Before another noun
  // ("an idiot magnet") the label goes and the article agrees ("a magnet").
  if (noun === 'person' && an && detAt === d) {
    if (from !== m.first || ACT_NOUNS.has(next.w) || !isClauseEnd(doc, m.last)) return null;
    // "he acts like an idiot online": a word of place or time is no noun after it.
    if (
      /^(?:lol|lmao|lmfao|haha\w*|rofl|smh|tbh|imo|tho|though|too|again|anyway|today|now|online|offline|outside|inside|upstairs|downstairs|tonight|lately)$/.test(
        next.w,
      )
    )
      return null;
    return replaceTokens(
      doc,
      detAt,
      m.last,
      /^A/.test((t[detAt] as Token).raw) ? article(next.w).replace(/^a/, 'A') : article(next.w),
    );
  }
  if (noun === 'people') {
    // "this morons arm": a possessive; a plural after "the", "your" may be a plural ("the idiots
    // office" is left alone).
    // Only after "this" ("that idiots install" is a relative clause), and with the noun ending its
    // clause or followed by a preposition or a verb of being ("this morons arm.", "this idiots car is").
    // "a tool that idiots install": "that" opens a clause whose subject is the label.
    if (from === m.first && detAt === d && (t[detAt] as Token).w === 'that' && !isClauseEnd(doc, m.last))
      return replaceTokens(doc, m.first, m.last, 'people');
    if (from !== m.first || (t[detAt] as Token).w !== 'this' || detAt !== d) return null;
    const after = m.last + 1 <= s.last - 1 ? (t[m.last + 1] as Token).w : '';
    if (!isClauseEnd(doc, m.last) && !/^(?:is|was|of|in|on|at|to|for|with|and|has|had)$/.test(after))
      return null;
    return replaceTokens(doc, m.first, m.last, "person's");
  }
  return removeTokens(
    doc,
    from,
    m.last,
    `Leave out “${doc.text.slice((t[from] as Token).start, (t[m.first] as Token).end)}”`,
  );
}

/**
 * "stop being a liar", "he's being such a liar", "thanks for being liars": "being" and the label are
 * what they do, "lying" ("stop lying", "he's lying").
 */
function beingALiar(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let k = m.last - 1;
  while (k >= m.first && !/^liars?$/.test((t[k] as Token).w)) k--;
  if (k < m.first || k !== m.last - 1) return null;
  let b = k - 1;
  while (
    b >= s.first &&
    b >= k - 3 &&
    /^(?:a|an|such|total|real|big|complete|damn|fucking)$/.test((t[b] as Token).w)
  )
    b--;
  if (b < s.first || (t[b] as Token).w !== 'being') return null;
  if (!/^[\p{L}' ]+$/u.test(doc.text.slice((t[b] as Token).start, (t[k] as Token).end))) return null;
  return replaceTokens(doc, b, k + 1, 'lying');
}

function scornDrafts(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  {
    const nick = nicknameLabel(doc, m) ?? pigBefore(doc, m) ?? slashPair(doc, m) ?? thanksForBeing(doc, m);
    if (nick) return [nick];
  }
  {
    const lying = beingALiar(doc, m) ?? labelBeforeAct(doc, m.last - 1);
    if (lying) return [lying];
  }
  const tok = t[m.first] as Token;
  const prev = m.first > sentenceOf(doc, m.first).first ? (t[m.first - 1] as Token) : undefined;
  const noun = MILD_NOUN[tok.w];
  // Idioms with "fool" are said whole: "is a ship of fools" → "is a mess" (what a group steering
  // nowhere is; "a lost ship" broke the idiom), "the ship of fools sailed on" → "the lost ship";
  // "nobody's fool" → "no pushover", "more fool you" → "that's on you"; never half ("a ship of people").
  {
    const idiom = /(?:ship of fools|nobody'?s fool|more fool you)\b/i.exec(
      doc.text.slice(Math.max(0, tok.start - 9), tok.end + 4),
    );
    const at = idiom ? Math.max(0, tok.start - 9) + idiom.index : -1;
    if (idiom && at <= tok.start && at + idiom[0].length >= tok.end) {
      const w0 = idiom[0].charAt(0).toLowerCase();
      const text =
        w0 === 's'
          ? /\ba $/i.test(doc.text.slice(Math.max(0, at - 2), at))
            ? 'mess'
            : 'lost ship'
          : w0 === 'n'
            ? 'no pushover'
            : "that's on you";
      return [{ start: at, end: at + idiom[0].length, text }];
    }
  }
  // "don't be such sore losers": the idiom is about losing badly, "poor sports", never "sore people".
  if (prev?.w === 'sore' && m.last === m.first + 1 && /^losers?$/.test(tok.w))
    return [replaceTokens(doc, m.first - 1, m.last, tok.w === 'losers' ? 'poor sports' : 'poor sport')];
  // "one of the Acme stooges": someone who does another's bidding is a follower; the words that
  // say whose stay.
  {
    const act = trollVerb(doc, m) ?? labelBeforeNoun(doc, m);
    if (act) return [act];
  }
  if (m.last === m.first + 1 && /^(?:stooge|lackey|minion|shill)s?$/.test(tok.w))
    return [replaceTokens(doc, m.first, m.last, tok.w.endsWith('s') ? 'followers' : 'follower')];
  if (tok.w === 'stupidity' || tok.w === 'idiocy') {
    const idea = ideaLabel(doc, m.first);
    if (idea) return [idea];
    // "the stupidity and the cruelty of the raid": a quality of what was done, not someone's
    // judgment; "is stupidity dressed up as…": a claim about a deed, "a mistake".
    if (prev?.w === 'the' && m.last < sentenceOf(doc, m.first).last && (t[m.last] as Token).w === 'and')
      return [replaceTokens(doc, m.first, m.last, 'senselessness')];
    if (prev && /^(?:is|was|it's|its|that's|thats)$/.test(prev.w))
      return [replaceTokens(doc, m.first, m.last, 'a mistake')];
  }
  // "You're all sickos for being mean", "they're all clowns for voting that way": a plural label
  // after "are all" says what they are, and the reason follows: "out of line" keeps both ("wrong" for
  // a label that says they are foolish: "they were all idiots for trusting him").
  if (
    noun === 'people' &&
    prev?.w === 'all' &&
    m.first - 2 >= sentenceOf(doc, m.first).first &&
    /^(?:are|were|you're|youre|they're|theyre|we're|ur)$/.test((t[m.first - 2] as Token).w) &&
    m.last < sentenceOf(doc, m.first).last &&
    (t[m.last] as Token).w === 'for' &&
    !isClauseEnd(doc, m.last - 1)
  )
    return [replaceTokens(doc, m.first, m.last, STUPIDITY.has(tok.w) ? 'wrong' : 'out of line')];
  const from = scornStart(doc, m.first);
  // "…, you sensitive moron.": a label said to someone at the end of a clause goes, "you" and all.
  let v = from;
  while (
    v > sentenceOf(doc, m.first).first &&
    v > from - 3 &&
    !/^(?:you|u|ya)$/.test((t[v - 1] as Token).w)
  ) {
    const w = (t[v - 1] as Token).w;
    if (COMMON_WORDS.has(w) && !INSULT_ADJECTIVES.has(w)) break;
    // "are you finished yet moron,": a verb or a time between is no describing word of the label.
    if (/^(?:yet|already|still|again|too|now|then|back|later|tomorrow|today|tonight)$/.test(w)) break;
    if (isPastForm(w) && valence(w) >= 0 && !INSULT_ADJECTIVES.has(w)) break;
    v--;
  }
  if (
    v > sentenceOf(doc, m.first).first &&
    /^(?:you|u|ya)$/.test((t[v - 1] as Token).w) &&
    isClauseEnd(doc, m.last - 1) &&
    /,\s*$/.test(doc.text.slice(0, (t[v - 1] as Token).start))
  )
    return [removeRange(doc, (t[v - 1] as Token).start, (t[m.last - 1] as Token).end, 'Leave it out')];
  // "his idiot voters", "that moron driver": a label before a noun describes it.
  const nextTok = m.last < sentenceOf(doc, m.first).last ? (t[m.last] as Token) : undefined;
  // "what a dunce harper was": after "what a", the label is what the exclamation says of the one
  // named after it, not a describing word; the speaker's disappointment takes its place.
  if (
    nextTok &&
    from === m.first &&
    (prev?.w === 'a' || prev?.w === 'an') &&
    m.first - 2 >= sentenceOf(doc, m.first).first &&
    (t[m.first - 2] as Token).w === 'what' &&
    !isClauseEnd(doc, m.last - 1) &&
    (WHO_AFTER_WHAT_A.has(nextTok.w) || !COMMON_WORDS.has(nextTok.w)) &&
    verbLater(doc, m.last)
  )
    return [replaceTokens(doc, m.first - 1, m.last, 'a disappointment')];
  // "this lunatic feminist", "that moron weinstein": a label before a noun or a name only
  // describes it, and goes, as people rewrite it ("his voters", "this feminist").
  if (
    (noun === 'person' || noun === 'people') &&
    (from === m.first || POINTER.test(from > 0 ? (t[from - 1] as Token).w : '')) &&
    prev &&
    // "to be scum suckers", "any idiot politician": after a copula or a quantifier too.
    (DESCRIBED_AFTER.test(prev.w) ||
      // "that lazy coward thief", "the scumbag coward criminal": describing words or another label
      // between the pointer and it; it still only describes the noun after it.
      ((from < m.first || STRONG_INSULT_NOUNS.has(prev.w)) &&
        m.first - 2 >= sentenceOf(doc, m.first).first &&
        POINTER.test((t[Math.min(from, m.first - 1) - 1] as Token).w))) &&
    nextTok &&
    !isClauseEnd(doc, m.last - 1) &&
    /^\p{L}{3,}$/u.test(nextTok.w) &&
    !NOT_A_NOUN_AFTER.has(nextTok.w) &&
    // "he acts like an idiot online": a word of place or time, never "an online".
    !/^(?:online|offline|outside|inside|upstairs|downstairs|tonight|today|yesterday|tomorrow|lately)$/.test(
      nextTok.w,
    ) &&
    (!COMMON_WORDS.has(nextTok.w) || PEOPLE_NOUNS.has(nextTok.w)) &&
    !/(?:ly|ing|ed)$/.test(nextTok.w) &&
    !NOT_A_NOUN_BEFORE_VERB.has(nextTok.w) &&
    !isKnownVerb(nextTok.w) &&
    !isPastForm(nextTok.w) &&
    // "watch the snowflakes cry about it", "hear the deplorables cook up an excuse": after a plural
    // label, a word followed by a particle or an object is its verb, not a noun it describes.
    !(
      noun === 'people' &&
      m.last + 1 < sentenceOf(doc, m.first).last &&
      // "the idiots wish they could", "the fools hope for more": a subject or "for" after it too.
      /^(?:up|about|over|out|off|on|at|to|with|around|away|down|again|it|that|this|them|him|her|me|us|you|some|all|they|we|i|he|she|for)$/.test(
        (t[m.last + 1] as Token).w,
      ) &&
      !/[,;:.!?]/.test(doc.text.slice(nextTok.end, (t[m.last + 1] as Token).start))
    ) &&
    // "the teachers and the idiots agree": a plural label opening its clause, a word ending the clause
    // after it is its verb ("the agree" would be no sentence).
    !(
      noun === 'people' &&
      isClauseEnd(doc, m.last) &&
      (from < 2 ||
        /^(?:and|or|but|so|when|if|because|cause|cuz|while|until|then)$/.test((t[from - 2] as Token).w))
    ) &&
    // "this idiot keeps texting me": after a single label, a word in -s is its verb.
    (noun === 'people' ||
      !/[^s]s$/.test(nextTok.w) ||
      PEOPLE_NOUNS.has(nextTok.w) ||
      /^(?:his|her|their|our|your|my|these|those|in|with|of|on|at|for|from|by)$/.test(prev.w))
  ) {
    if (prev.w === 'a' || prev.w === 'an')
      return [
        replaceTokens(
          doc,
          m.first - 1,
          m.last,
          prev.raw.startsWith('A') ? article(nextTok.w).replace(/^a/, 'A') : article(nextTok.w),
        ),
      ];
    return [removeRange(doc, tok.start, (t[m.last - 1] as Token).end, 'Leave it out')];
  }
  // "idiot boris forgot", "ask moron dave": a label used as a title before a name goes.
  if (
    noun === 'person' &&
    from === m.first &&
    (!prev ||
      /^(?:so|and|but|then|when|if|because|cause|ask|asked|tell|told|call|called|text|texted|ping|email|emailed|let|saw|met)$/.test(
        prev.w,
      )) &&
    // "such an idiot and hypocrite lol": a label joined to another is no title before a name.
    !(
      prev?.w === 'and' &&
      m.first >= 2 &&
      (INSULT_NOUNS.has((t[m.first - 2] as Token).w) || MILD_NOUN[(t[m.first - 2] as Token).w] !== undefined)
    ) &&
    nextTok &&
    /^ +$/.test(doc.text.slice(tok.end, nextTok.start)) &&
    /^\p{L}{3,}$/u.test(nextTok.w) &&
    !COMMON_WORDS.has(nextTok.w) &&
    !INSULT_ADJECTIVES.has(nextTok.w) &&
    !isKnownVerb(nextTok.w) &&
    // "this fool and coward keeps posting": a verb in -s after it is what the one named does.
    !isKnownVerb(nextTok.w.replace(/([^s])s$/, '$1')) &&
    !isPastForm(nextTok.w) &&
    !/(?:ly|ing|ed)$/.test(nextTok.w)
  )
    return [removeRange(doc, tok.start, tok.end, 'Leave it out')];
  if (
    noun === 'person' &&
    STUPIDITY.has(tok.w) &&
    nextTok &&
    !isClauseEnd(doc, m.last - 1) &&
    (PEOPLE_NOUNS.has(nextTok.w) || /^\p{L}{3,}(?:ers|ors|ists|ians|ents|ants)$/u.test(nextTok.w))
  )
    return [removeRange(doc, (t[from] as Token).start, (t[m.last - 1] as Token).end, 'Leave it out')];
  // "help China weasel out of it": a verb, "wriggle".
  if (/^weasel(?:s|ed|ing)?$/.test(tok.w) && nextTok?.w === 'out')
    return [replaceTokens(doc, m.first, m.last, tok.w.replace('weasel', 'wriggle'))];
  // "end up looking the fool": looking foolish, said plainly.
  if (
    (tok.w === 'fool' || tok.w === 'idiot') &&
    prev?.w === 'the' &&
    m.first >= 2 &&
    /^(?:look|looks|looked|looking|play|plays|played|playing)$/.test((t[m.first - 2] as Token).w)
  )
    return [
      replaceTokens(doc, m.first - 1, m.last, /^play/.test((t[m.first - 2] as Token).w) ? 'along' : 'silly'),
    ];
  if (noun === 'person' || noun === 'people') {
    const own = onlyFools(doc, m);
    if (own) return [own];
    // "useful idiots": people used by others.
    if (prev?.w === 'useful' && from === m.first)
      return [replaceTokens(doc, m.first - 1, m.last, noun === 'people' ? 'pawns' : 'pawn')];
  }
  // "listen to a wimp like him", "work for a moron like that": "someone like him" says who.
  if (
    noun === 'person' &&
    nextTok?.w === 'like' &&
    from > sentenceOf(doc, m.first).first &&
    /^(?:a|an)$/.test((t[from - 1] as Token).w) &&
    !/[,;:]/.test(doc.text.slice((t[m.last - 1] as Token).end, nextTok.start))
  )
    return [replaceTokens(doc, from - 1, m.last, 'someone')];
  // "hey idiot you left the door open": a name said after a greeting goes; the greeting takes a comma.
  if (
    (noun === 'person' || noun === 'people') &&
    from === m.first &&
    prev &&
    /^(?:hey|hi|hello|yo|oi|oy|listen|look|ok|okay)$/.test(prev.w) &&
    /^ +$/.test(doc.text.slice(prev.end, tok.start)) &&
    nextTok &&
    /^ +$/.test(doc.text.slice(tok.end, nextTok.start))
  )
    return [{ start: prev.end, end: tok.end, text: ',' }];
  const vocative = noun === 'person' || noun === 'people' ? vocativeDraft(doc, m, from, v) : null;
  if (vocative) return [vocative];
  if (noun === 'people') {
    const pronoun = pronounInstead(doc, m, from);
    if (pronoun) return [pronoun];
  }
  if (noun === 'person' || noun === 'people') {
    const how =
      likeALabel(doc, m, from) ??
      whatOneIs(doc, m, from) ??
      crowdClaim(doc, m, from) ??
      evenAnIdiot(doc, m, from);
    if (how) return [how];
  }
  if (noun === 'person' || noun === 'people') {
    // A label swapped for "person" says something else ("an utter person", "what a person!"):
    // the clause says what the label meant instead.
    const s = sentenceOf(doc, m.first);
    let d = from;
    while (d > s.first && LABEL_INTENSIFIERS.has((t[d - 1] as Token).w)) d--;
    const det = d > s.first ? (t[d - 1] as Token).w : '';
    const before = d - 1 > s.first ? (t[d - 2] as Token).w : '';
    const plural = noun === 'people';
    // "stop deleting my edits idiot.": after a thing's name with its pointing word, a label ending
    // the clause with no comma is said to someone, and goes ("stop deleting my edits.").
    if (
      from === m.first &&
      m.first - 2 >= s.first &&
      isClauseEnd(doc, m.last - 1) &&
      /^ +$/.test(gapBefore(doc, m.first)) &&
      /^(?:the|this|that|these|those|my|your|his|her|their|our|its)$/.test((t[m.first - 2] as Token).w)
    ) {
      const w = (t[m.first - 1] as Token).w;
      // "get off my lawn idiot": after "my"/"your" thing, it is said to them too.
      if (
        VOCATIVE_AFTER.has(w) ||
        THING_NOUNS.has(w) ||
        (IDEA_NOUNS.has(w) && !PEOPLE_IDEAS.has(w)) ||
        (/^(?:my|your|our)$/.test((t[m.first - 2] as Token).w) &&
          // "you make my cousins idiots": not after what makes or calls them one.
          !/s$/.test(w) &&
          !/\b(?:make|makes|made|making|call|calls|called|consider|considers|considered)\b/i.test(
            doc.text.slice((t[s.first] as Token).start, tok.start),
          ))
      )
        return [removeRange(doc, tok.start, (t[m.last - 1] as Token).end, 'Leave it out')];
    }
    // "he is no genius, more like an idiot", "not a leader, more of a clown": the second half only
    // says the label again; the first half stays.
    {
      let k = d - 1;
      if (k > s.first && /^(?:a|an)$/.test((t[k] as Token).w)) k--;
      if (
        k - 1 > s.first &&
        /^(?:like|of)$/.test((t[k] as Token).w) &&
        /^(?:more|rather)$/.test((t[k - 1] as Token).w) &&
        /^\s*,\s*$/.test(doc.text.slice((t[k - 2] as Token).end, (t[k - 1] as Token).start)) &&
        /^\s*(?:[.!?]|$)/.test(doc.text.slice((t[m.last - 1] as Token).end))
      )
        return [removeRange(doc, (t[k - 2] as Token).end, (t[m.last - 1] as Token).end, 'Leave it out')];
    }
    // "thanks a lot idiot", "nice one moron": after a set phrase that closes what was said.
    if (
      from === m.first &&
      isClauseEnd(doc, m.last - 1) &&
      /\b(?:thanks a (?:lot|bunch|ton)|(?:nice|good|great) (?:one|try|job|work)|well done|a joke) +$/i.test(
        doc.text.slice(Math.max(0, tok.start - 16), tok.start),
      )
    )
      return [removeRange(doc, tok.start, (t[m.last - 1] as Token).end, 'Leave it out')];
    // "making a fool of himself" → "embarrassing himself".
    const made = madeInto(doc, d, m.last);
    if (made) return [made];
    const chain = joinedDescribers(doc, m, from, noun);
    if (chain) return [chain];
    const joined = coordinatedLabel(doc, m, d);
    if (joined) return [joined];
    // "the city council clowns voted", "nice guy idiots like you": a noun before the label already
    // names who is meant; the label goes and that noun is the head.
    const named = namedHead(doc, m);
    if (named) return [named];
    const kept = modifiedLabel(doc, m, d);
    if (kept) return [kept];
    // "played you for fools", "took me for a fool", "turned them into idiots": the label says what
    // they were taken for or made into; a plain word for that, never "people".
    const article1 = det === 'a' || det === 'an';
    const prep = article1 ? before : det;
    const at0 = article1 ? d - 2 : d - 1;
    // "took me for a fool", never "breeding grounds for such morons": taken for, after who was taken.
    const takenFor =
      prep !== 'for' ||
      /^(?:me|you|u|him|her|us|them|everyone|everybody|take|takes|took|taken|taking|mistake|mistook|mistaken|play|plays|played|playing)$/.test(
        (t[at0 - 1] as Token | undefined)?.w ?? '',
      );
    if ((prep === 'for' || prep === 'into') && takenFor && d - (article1 ? 2 : 1) > s.first) {
      const stupid = STUPIDITY.has(tok.w);
      const word =
        prep === 'for'
          ? stupid
            ? plural
              ? 'for pushovers'
              : 'for a pushover'
            : plural
              ? 'for bad people'
              : 'for a bad person'
          : stupid
            ? plural
              ? 'into people who stopped thinking'
              : 'into someone who stopped thinking'
            : plural
              ? 'into bad people'
              : 'into a bad person';
      return [replaceTokens(doc, at0, m.last, word)];
    }
    // "does that make him an idiot?", "that would make you a moron": made to look bad.
    if (
      article1 &&
      d === from &&
      d - 3 >= s.first &&
      /^(?:me|you|him|her|us|them|it|u)$/.test(before) &&
      /^(?:make|makes|made|making)$/.test((t[d - 3] as Token).w)
    )
      return [replaceTokens(doc, d - 1, m.last, 'look bad')];
    // "they are such idiots", "white men are such wusses": the claim, not "such people".
    const suchAt =
      det === 'such' && d === from
        ? d - 1
        : d < from && (t[d] as Token).w === 'such'
          ? d
          : (det === 'a' || det === 'an') && before === 'such' && d === from
            ? d - 2
            : -1;
    // "why are you such an idiot?": the question asks about how they act, "acting like this".
    if (
      suchAt - 3 >= s.first &&
      (t[s.first] as Token).w === 'why' &&
      /^(?:is|are|was|were)$/.test((t[suchAt - 2] as Token).w) &&
      /^(?:you|u|he|she|they|everyone|everybody|people)$/.test((t[suchAt - 1] as Token).w)
    )
      return [replaceTokens(doc, suchAt, m.last, 'acting like this')];
    if (
      suchAt - 1 >= s.first &&
      /^(?:are|were|is|was|be|they're|theyre|you're|youre|he's|she's)$/.test((t[suchAt - 1] as Token).w) &&
      isClauseEnd(doc, m.last - 1)
    ) {
      const trait =
        TRAIT_FOR[tok.w] ?? TRAIT_FOR[tok.w.replace(/e?s$/, '')] ?? TRAIT_FOR[tok.w.replace(/s$/, '')];
      return [
        replaceTokens(
          doc,
          suchAt,
          m.last,
          trait ? `so ${trait}` : STUPIDITY.has(tok.w) ? 'wrong about this' : 'out of line',
        ),
      ];
    }
    // "you make his parents idiots", "they made us fools": made to look bad.
    if (d === from && !article1) {
      const objEnd = d - 1;
      let verbAt = -1;
      if (objEnd > s.first && /^(?:me|you|him|her|us|them|it|everyone|everybody)$/.test(det))
        verbAt = objEnd - 1;
      else if (objEnd - 1 > s.first && /^(?:his|her|their|my|your|our|the|these|those)$/.test(before))
        verbAt = objEnd - 2;
      if (verbAt >= s.first && /^(?:make|makes|made|making)$/.test((t[verbAt] as Token).w))
        return [replaceTokens(doc, from, m.last, 'look bad')];
    }
    if (
      (det === 'a' || det === 'an') &&
      before === 'what' &&
      d - 2 >= s.first &&
      isClauseEnd(doc, m.last - 1)
    )
      return [replaceTokens(doc, d - 2, m.last, whatALabel(doc, d, m.last - 1))];
    // "politicians are scum", "they were idiots", "the fans are just thugs": the claim, not "people".
    if (d === from && noun === 'people' && !ACT_NOUN[tok.w] && isClauseEnd(doc, m.last - 1)) {
      let c = d - 1;
      while (
        c > s.first &&
        /^(?:just|all|really|simply|basically|clearly|obviously|truly|such)$/.test((t[c] as Token).w)
      )
        c--;
      // "they are lazy jerks": a describing word of its own before the label stays, with "people"
      // ("lazy people"), never "lazy out of line".
      if (
        c >= s.first &&
        m.first > d &&
        (t[c] as Token).w !== 'such' &&
        /^(?:are|were|they're|theyre)$/.test((t[c] as Token).w) &&
        /^\p{L}+$/u.test((t[m.first - 1] as Token).w)
      ) {
        // "they are vile scum": scornful describing words go with the label.
        let scorn = true;
        for (let k = d; k < m.first; k++) if (!INSULT_ADJECTIVES.has((t[k] as Token).w)) scorn = false;
        return [replaceTokens(doc, scorn ? d : m.first, m.last, scorn ? plainClaim(doc, m) : 'people')];
      }
      if (c >= s.first && /^(?:are|were|is|was|they're|theyre|be|been)$/.test((t[c] as Token).w))
        return [
          replaceTokens(
            doc,
            c < d - 1 && (t[d - 1] as Token).w === 'such' ? d - 1 : m.first,
            m.last,
            plainClaim(doc, m),
          ),
        ];
    }
    const likeAt =
      (det === 'a' || det === 'an') && before === 'like' ? d - 3 : det === 'like' && d === from ? d - 2 : -1;
    if (likeAt >= s.first) {
      const verb = (t[likeAt] as Token).w;
      if (/^(?:look|looks|looked|looking|sound|sounds|sounded|seem|seems|seemed)$/.test(verb))
        return [replaceTokens(doc, likeAt + 1, m.last, 'bad')];
      if (/^(?:act|acts|acted|acting|behave|behaves|behaved|behaving)$/.test(verb))
        return [replaceTokens(doc, likeAt + 1, m.last, 'badly')];
    }
    // "you would be a fool to sell now", "one would be a moron not to": the choice, "wrong".
    if (
      (det === 'a' || det === 'an') &&
      before === 'be' &&
      STUPIDITY.has(tok.w) &&
      m.last < s.last &&
      /^(?:to|not)$/.test((t[m.last] as Token).w)
    )
      return [replaceTokens(doc, d - 1, m.last, 'wrong')];
    // "sorry to be an idiot, but…": an apology for asking.
    if (
      (det === 'a' || det === 'an') &&
      before === 'be' &&
      STUPIDITY.has(tok.w) &&
      d - 4 >= s.first &&
      (t[d - 3] as Token).w === 'to' &&
      (t[d - 4] as Token).w === 'sorry' &&
      m.last < s.last
    )
      return [replaceTokens(doc, d - 2, m.last, 'ask')];
    if (
      (det === 'a' || det === 'an' || (det === 'the' && d < from)) &&
      (/^(is|are|was|were|be|being|he's|she's|hes|shes|that's|you're|he|she|they're)$/.test(
        d - 2 > s.first ? (t[pastHedges(doc, d - 2, s.first)] as Token).w : before,
      ) ||
        // "is this guy an idiot or…?", "was your boss a jerk?": the copula asks, before who.
        (d - 2 > s.first &&
          d - 2 <= s.first + 3 &&
          /^(?:is|was|isn't|wasn't|isnt|wasnt)$/.test((t[s.first] as Token).w) &&
          !/[,;:]/.test(doc.text.slice((t[s.first] as Token).end, (t[d - 1] as Token).start)) &&
          // Who, not what they do: "is somebody making an ass of…" is no such question.
          !isKnownVerb(before) &&
          !/(?:ing|ed|in)$/.test(before)))
    ) {
      // "he is a dotard with delusions": "out of line with…" would read as one phrase; the label
      // becomes "a person" and what follows stays.
      if (
        (det === 'a' || det === 'an') &&
        d === from &&
        !plural &&
        m.last < s.last &&
        // "jones is a bloated clown who thinks…": a relative clause needs its noun too.
        /^(?:with|who|that|which|whose)$/.test((t[m.last] as Token).w) &&
        !isClauseEnd(doc, m.last - 1)
      )
        return [replaceTokens(doc, d - 1, m.last, 'a person')];
      return [replaceTokens(doc, d - 1, m.last, plainClaim(doc, m))];
    }
    // "we got king donald the idiot": a name's epithet goes, the name stays.
    if (
      det === 'the' &&
      d === from &&
      isClauseEnd(doc, m.last - 1) &&
      d - 2 >= s.first &&
      !COMMON_WORDS.has(before) &&
      !NOT_VOCATIVE_BEFORE.has(before) &&
      !TAKES_YOU.has(before) &&
      !/(?:ing|ed|s)$/.test(before) &&
      // "to identify the liars", "we need to find the idiots": a verb's object, not a name's epithet.
      !isKnownVerb(before) &&
      // "ignore the troll", "just block the idiots and move on": an order's verb opening the sentence.
      !(
        /^(?:ignore|block|mute|ban|report|kick|avoid|unfollow|feed|ditch|dump|fire|remove)$/.test(before) &&
        isImperative(doc, d - 2)
      ) &&
      !(
        d - 3 >= s.first &&
        /^(?:to|i|you|we|they|he|she|will|would|can|could|should|must|lets|let's|and|or)$/.test(
          (t[d - 3] as Token).w,
        )
      ) &&
      !/[,;:]/.test(doc.text.slice((t[d - 2] as Token).end, (t[d - 1] as Token).start))
    )
      return [removeRange(doc, (t[d - 1] as Token).start, (t[m.last - 1] as Token).end, 'Leave it out')];
    // "…, such cowards.": a fragment that only labels goes.
    if (
      d < from &&
      (t[d] as Token).w === 'such' &&
      isClauseEnd(doc, m.last - 1) &&
      (d === s.first || /[,;:]/.test(doc.text.slice((t[d - 1] as Token).end, (t[d] as Token).start)))
    )
      return [removeRange(doc, (t[d] as Token).start, (t[m.last - 1] as Token).end, 'Leave it out')];
    const act = ACT_NOUN[tok.w];
    if (act) {
      // "he is a liar" → "he isn't being honest": the copula takes the act.
      let c = d - 1;
      while (
        c > s.first &&
        c >= d - 5 &&
        (/^(?:a|an|the|such)$/.test((t[c] as Token).w) ||
          LABEL_INTENSIFIERS.has((t[c] as Token).w) ||
          !COMMON_WORDS.has((t[c] as Token).w))
      )
        c--;
      const cop = c >= s.first ? (t[c] as Token).w : '';
      const said = COPULA_ACT[tok.w.replace(/s$/, '')];
      if (
        said &&
        /^(?:is|are|was|were|he's|she's|they're|hes|shes|theyre)$/.test(cop) &&
        !negatedInClause(doc, c, 3)
      ) {
        // "you are hypocrites to lie about it": before "to <verb>" or "for <doing>" the act is
        // already said; "wrong" takes the label's place ("you are wrong to lie about it").
        if (actAfter(doc, m.last, s.last) && /^(?:is|are|was|were)$/.test(cop))
          return [replaceTokens(doc, c + 1, m.last, 'wrong')];
        const form = copulaForm(cop, said);
        if (form)
          return [replaceTokens(doc, /'s$|'re$|^hes$|^shes$|^theyre$/.test(cop) ? c : c, m.last, form)];
      }
      const prevW = d > s.first ? (t[d - 1] as Token).w : '';
      if (
        noun === 'people' &&
        d === from &&
        (d === s.first || /^(?:of|and|or|by|with|for|like|than|about|from|all)$/.test(prevW))
      )
        return [replaceTokens(doc, from, m.last, act)];
      // "another liar like his boss" → "another person who isn't honest": the act, not "person".
      const next = m.last < s.last ? (t[m.last] as Token).w : '';
      if (/^(?:who|that|which|whose)$/.test(next)) return [replaceTokens(doc, from, m.last, noun)];
      // "these selfrighteous hypocrites": describing words between the determiner and the label stay.
      let dd = d;
      while (
        dd > s.first &&
        dd > d - 3 &&
        !COMMON_WORDS.has((t[dd - 1] as Token).w) &&
        !DET_BEFORE_ACT.has((t[dd - 1] as Token).w)
      )
        dd--;
      const det2 = dd > s.first ? (t[dd - 1] as Token).w : '';
      if (
        det === 'such' ||
        det === 'what' ||
        from === s.first ||
        !(DET_BEFORE_ACT.has(det) || DET_BEFORE_ACT.has(det2))
      )
        return [];
      // "a draft dodging coward": the describing words already say what they did; "a draft dodging
      // timid person" stacks a second describing word on them.
      if (dd < d && /^timid /.test(act)) return [replaceTokens(doc, from, m.last, noun)];
      // "more than a habitual liar": the habit and the act say one thing ("someone who lies all
      // the time"), never "a habitual person who isn't being honest".
      if (
        dd < from &&
        (t[m.last - 1] as Token).w === 'liar' &&
        /^(?:a|an)$/.test(det2) &&
        t.slice(dd, from).every((x) => HABIT_ADJ.test(x.w))
      )
        return [replaceTokens(doc, dd - 1, m.last, 'someone who lies all the time')];
      return [replaceTokens(doc, from, m.last, act)];
    }
    // "hes the consummate troll": a word that says the label fits perfectly cannot stay with "person".
    for (let k = d; k < from; k++) if ((t[k] as Token).w !== 'such') return [];
  }
  // "this garbage has a right to speak", "this garbage who…": a person called garbage, not an idea.
  if (
    noun === 'nonsense' &&
    from === m.first &&
    prev &&
    /^(?:this|that)$/.test(prev.w) &&
    nextTok &&
    /^(?:who|has|wants|says|said|thinks|believes|votes|voted|deserves|lives|needs)$/.test(nextTok.w) &&
    !/[,;:]/.test(doc.text.slice(tok.end, nextTok.start))
  )
    return [replaceTokens(doc, m.first, m.last, 'person')];
  // "that garbage movie", "a garbage idea": a describing word before a noun goes ("a" takes "bad").
  if (noun === 'nonsense' && from === m.first && isJunkBeforeNoun(doc, m.first)) {
    if (prev && (prev.w === 'a' || prev.w === 'an'))
      return [replaceTokens(doc, m.first - 1, m.last, 'a bad')];
    return [removeRange(doc, tok.start, tok.end, 'Leave it out')];
  }
  if (noun && from < m.first) {
    // "that racist hellhole" → "that terrible place": a place stays a place.
    if (/place/.test(noun)) {
      const a0 = from > sentenceOf(doc, m.first).first ? (t[from - 1] as Token) : undefined;
      if (a0 && (a0.w === 'a' || a0.w === 'an')) return [replaceTokens(doc, from - 1, m.last, `a ${noun}`)];
      return [replaceTokens(doc, from, m.last, noun)];
    }
    // "an immature jerk" → "a person": the article agrees with the new word.
    const art = from > sentenceOf(doc, m.first).first ? (t[from - 1] as Token) : undefined;
    // "he is clearly an immature jerk" → "he is clearly out of line": after a copula, the claim.
    const sf = sentenceOf(doc, m.first).first;
    const c = pastHedges(doc, from - 2, sf - 1);
    if (
      art &&
      (art.w === 'a' || art.w === 'an') &&
      c >= sf &&
      /^(?:is|are|was|were|be|being|he's|she's|you're|hes|shes|youre)$/.test((t[c] as Token).w)
    ) {
      // "jones is a bloated clown who thinks…": a relative clause needs its noun.
      if (
        noun === 'person' &&
        m.last < sentenceOf(doc, m.first).last &&
        /^(?:who|that|which|whose)$/.test((t[m.last] as Token).w) &&
        !isClauseEnd(doc, m.last - 1)
      )
        return [replaceTokens(doc, from - 1, m.last, art.raw.startsWith('A') ? 'A person' : 'a person')];
      return [replaceTokens(doc, from - 1, m.last, plainClaim(doc, m))];
    }
    // "are, in fact, the biggest snowflakes": after a superlative, "the people" says nothing; the
    // superlative stays with what the label meant ("the most sensitive ones").
    if (art?.w === 'the' && (noun === 'person' || noun === 'people') && superlativeIn(doc, from, m.first)) {
      const worst = worstBeforeNoun(doc, from, m.last);
      if (worst) return [worst];
      return [replaceTokens(doc, from, m.last, mostOnes(tok.w, noun === 'people'))];
    }
    if (art && (art.w === 'a' || art.w === 'an') && noun === 'person')
      return [replaceTokens(doc, from - 1, m.last, art.raw.startsWith('A') ? 'A person' : 'a person')];
    // "the filthy scum is": "people" takes the plural verb.
    if (noun === 'people') return [peopleAgreeing(doc, from, m.last)];
    return [replaceTokens(doc, from, m.last, noun)];
  }
  if (noun) {
    const before = m.first >= 2 ? (t[m.first - 2] as Token).w : '';
    // "your honestly an idiot", "you are quite frankly an idiot": hedges between the copula and the article.
    const cb = pastHedges(doc, m.first - 2, sentenceOf(doc, m.first).first);
    const copula = cb >= 0 ? (t[cb] as Token).w : '';
    if (
      noun === 'person' &&
      prev &&
      (prev.w === 'a' || prev.w === 'an') &&
      (/^(is|are|was|were|be|being|he's|she's|that's|you're|he|she)$/.test(before) ||
        // "your an idiot if…": "your" written for "you're".
        (/^(?:is|are|was|were|you're|youre|your|ur)$/.test(copula) && cb >= sentenceOf(doc, m.first).first))
    )
      return [replaceTokens(doc, m.first - 1, m.last, 'wrong')];
    // "making yourself look a fool": how it makes them look, "bad".
    if (
      noun === 'person' &&
      prev &&
      (prev.w === 'a' || prev.w === 'an') &&
      /^(?:look|looks|looked|looking)$/.test(before)
    )
      return [replaceTokens(doc, m.first - 1, m.last, 'bad')];
    // "live next to a jerk", "run by a lunatic": closing the clause after a preposition, the label
    // is all the clause says of them; "a person" would say nothing, "a difficult person" says it
    // without the name.
    if (
      noun === 'person' &&
      prev &&
      (prev.w === 'a' || prev.w === 'an') &&
      /^(?:to|by|with|for|from)$/.test(before) &&
      !STUPIDITY.has(tok.w) &&
      tok.w !== 'ignoramus' &&
      (isClauseEnd(doc, m.last - 1) ||
        // "led by a maniac and nobody cares": a clause joined on after it.
        (m.last < sentenceOf(doc, m.first).last && /^(?:and|but|so)$/.test((t[m.last] as Token).w)))
    )
      return [
        replaceTokens(
          doc,
          m.first - 1,
          m.last,
          // "driven by a lunatic", "replaced by a clown": what each kind of name says of them.
          /^(?:lunatic|maniac|madman|psycho|nutjob|nutcase|loon|loony|crazy)$/.test(tok.w)
            ? 'someone reckless'
            : /^(?:clown|buffoon|joke)$/.test(tok.w)
              ? "someone I can't take seriously"
              : 'a difficult person',
        ),
      ];
    // "led by an ignoramus", "stuck working with an idiot": "a person" says nothing; what the
    // label meant, said plainly of them ("someone out of their depth" would say another thing;
    // "someone I find frustrating" turned a story about them into the writer's feeling).
    if (
      noun === 'person' &&
      prev &&
      (prev.w === 'a' || prev.w === 'an') &&
      /^(?:to|by|with|for|from)$/.test(before) &&
      (STUPIDITY.has(tok.w) || tok.w === 'ignoramus')
    )
      return [
        replaceTokens(
          doc,
          m.first - 1,
          m.last,
          tok.w === 'ignoramus' ? 'someone uninformed' : 'someone misguided',
        ),
      ];
    if (prev && (prev.w === 'a' || prev.w === 'an'))
      return [replaceTokens(doc, m.first - 1, m.last, `a ${noun}`)];
    // "more like plain idiot": after a describing word, "plain person" says nothing; the claim,
    // with the describing word ("plain wrong").
    if (prev && (noun === 'person' || noun === 'people') && PLAIN_BEFORE_LABEL.has(prev.w))
      return [replaceTokens(doc, m.first, m.last, STUPIDITY.has(tok.w) ? 'wrong' : 'out of line')];
    // "the scum is everywhere": "people" takes the plural verb.
    if (noun === 'people') return [peopleAgreeing(doc, m.first, m.last)];
    return [replaceTokens(doc, m.first, m.last, noun)];
  }
  // "in non-foolish ways": the prefix says the opposite; one plain word for both.
  if (/non-$/i.test(doc.text.slice(Math.max(0, tok.start - 4), tok.start)))
    return [{ start: tok.start - 4, end: tok.end, text: 'sensible' }];
  {
    const early = scornAdjEarly(doc, m);
    if (early) return [early];
    const byRole = scornAdjByRole(doc, m.first, m.last);
    if (byRole) return [byRole];
  }
  // "the stupidest comment i have ever read": without the word the superlative's clause says
  // nothing ("the comment i have ever read"); of a thing, "the worst".
  // "dumbest idea i ever heard.": opening the sentence, the same.
  if (
    /^(?:stupidest|dumbest)$/.test(tok.w) &&
    (prev?.w === 'the' || m.first === sentenceOf(doc, m.first).first) &&
    m.last < sentenceOf(doc, m.first).last
  ) {
    const s = sentenceOf(doc, m.first);
    // "the dumbest damn idea": a swear between goes with it ("the worst idea").
    const swear =
      m.last + 1 < s.last &&
      /^(?:damn|damned|fucking|fuckin|freaking|bloody|goddamn|effing)$/.test((t[m.last] as Token).w);
    const noun = swear ? m.last + 1 : m.last;
    const nounW = (t[noun] as Token).w;
    let ever = false;
    for (let k = noun + 1; k < s.last && k <= noun + 6; k++) if ((t[k] as Token).w === 'ever') ever = true;
    // Without "ever" too when the noun is surely a thing or an idea: "one of the dumbest ideas anyone
    // has had" → "one of the worst ideas…", never "one of the ideas…".
    const thing = THING_NOUNS.has(nounW) || IDEA_NOUNS.has(nounW);
    if ((ever || thing) && /^\p{L}{3,}$/u.test(nounW) && !PEOPLE_NOUNS.has(nounW) && !PEOPLE_IDEAS.has(nounW))
      // "the dumbest take i've read": of what was said, "the least convincing take" ("the worst take"
      // is a jeer of its own).
      return [replaceTokens(doc, m.first, noun, SAID_NOUNS.test(nounW) ? 'least convincing' : 'worst')];
    // "the dumbest guy in the room": of people, "the guy in the room" says nothing of them; "the
    // least sensible guy" keeps the superlative's judgment without the label.
    if (PEOPLE_NOUNS.has(nounW) || PEOPLE_IDEAS.has(nounW))
      return [replaceTokens(doc, m.first, noun, 'least sensible')];
  }
  {
    const asked = askedNotToBe(doc, m.first, m.last);
    if (asked) return [asked];
  }
  // "that was a stupid thing to do": an unwise one ("an incredibly dumb thing to do" too: the word
  // that strengthens it goes with it, never "a thing to do").
  {
    const s0 = sentenceOf(doc, m.first);
    const artAt =
      prev &&
      /^(?:really|incredibly|very|so|truly|totally|absolutely|extremely|pretty|such|super)$/.test(prev.w)
        ? m.first - 2
        : m.first - 1;
    const art = artAt >= s0.first ? (t[artAt] as Token) : undefined;
    if (
      STUPIDITY.has(tok.w) &&
      art &&
      (art.w === 'a' || art.w === 'an') &&
      m.last + 1 < s0.last &&
      /^(?:thing|move|decision|choice)$/.test((t[m.last] as Token).w) &&
      (t[m.last + 1] as Token).w === 'to'
    )
      return [replaceTokens(doc, artAt, m.last, art.raw.startsWith('A') ? 'An unwise' : 'an unwise')];
  }
  // "no infringement on the stupid making those claims": the describing word stands for people.
  if (
    STUPIDITY.has(tok.w) &&
    prev?.w === 'the' &&
    m.last === m.first + 1 &&
    m.last < sentenceOf(doc, m.first).last &&
    /^\p{L}{3,}ing$/u.test((t[m.last] as Token).w) &&
    !/[,;:]/.test(doc.text.slice(tok.end, (t[m.last] as Token).start))
  )
    return [replaceTokens(doc, m.first, m.last, 'people')];
  // "the stupid was strong with this one": the describing word stands for a quality.
  if (
    STUPIDITY.has(tok.w) &&
    prev?.w === 'the' &&
    m.last === m.first + 1 &&
    m.last < sentenceOf(doc, m.first).last &&
    /^(?:is|was|'s|runs|ran|burns|burned)$/.test((t[m.last] as Token).w)
  )
    return [replaceTokens(doc, m.first, m.last, 'poor judgment')];
  // "its pretty stupid to jump in the lake": said of doing something, "unwise".
  if (
    STUPIDITY.has(tok.w) &&
    m.last === m.first + 1 &&
    m.last < sentenceOf(doc, m.first).last &&
    (t[m.last] as Token).w === 'to'
  ) {
    const sf = sentenceOf(doc, m.first).first;
    for (let k = m.first - 1; k >= sf && k >= m.first - 4; k--)
      if (/^(?:it|its|it's|thats|that's)$/.test((t[k] as Token).w))
        return [replaceTokens(doc, m.first, m.last, 'unwise')];
  }
  let adj = sensedPlain(doc, m.first, MILD_ADJ[tok.w] ?? 'misguided');
  // "(stupid) * (lazy)": a word alone in brackets stays a word; removed, "()" would be left.
  if (aloneInBrackets(doc, m.first, m.last)) return [replaceTokens(doc, m.first, m.last, adj)];
  // "as stupid as a post": the whole simile goes.
  {
    const sim = STUPIDITY.has(tok.w) && m.last === m.first + 1 ? simileAround(doc, m.first) : null;
    // "as dumb as the last one", "as stupid as the other guy": a comparison with something named
    // before, no image; "not thinking clearly one" would be left. It takes the milder word.
    if (
      sim &&
      /^(?:last|first|next|other|previous|same|rest|one|ones|others)$/.test(
        (doc.tokens[Math.min(m.first + 3, sim[1] - 1)] as Token).w,
      )
    )
      return [replaceTokens(doc, m.first, m.last, adj.includes(' ') ? 'misguided' : adj)];
    if (sim) return [replaceTokens(doc, sim[0], sim[1], 'not thinking clearly')];
  }
  // "stuck on stupid": an idiom for being stuck; the scorn goes.
  if (
    prev?.w === 'on' &&
    m.first >= 2 &&
    /^(?:stuck|stay|stays|stayed|set)$/.test((t[m.first - 2] as Token).w)
  )
    return [removeRange(doc, prev.start, (t[m.last - 1] as Token).end, 'Leave it out')];
  // "the most ridiculous thing": before a noun, one describing word.
  const after = m.last < sentenceOf(doc, m.first).last ? (t[m.last] as Token) : undefined;
  // "misguided" fits people and ideas; before anything else ("stupid situations", "dumb TV",
  // "slimy james comey") the scornful word goes, with the intensifiers before it. Before what
  // someone said or did, after a pointing word ("his stupid remark", "say stupid things"), it goes
  // too, as people rewrite it ("his remark"), with "misguided" offered second.
  const pointed =
    prev !== undefined &&
    // "that was a stupid plan": a claim about the plan; without the word it says nothing.
    !(
      (prev.w === 'a' || prev.w === 'an') &&
      m.first >= 2 &&
      /^(?:is|was|are|were|be|been|being|it's|that's|its|thats|seems|sounds|looks)$/.test(
        (t[m.first - 2] as Token).w,
      )
    ) &&
    (DET_BEFORE_ACT.has(prev.w) ||
      /^(?:my|your|his|her|their|our|its|for|say|said|says|saying|do|did|does|doing|make|makes|made|making)$/.test(
        prev.w,
      ));
  const saidOrDone =
    MILD_ADJ[tok.w] !== undefined &&
    !adj.includes(' ') &&
    after !== undefined &&
    pointed &&
    !isClauseEnd(doc, m.last - 1) &&
    IDEA_NOUNS.has(after.w) &&
    !PEOPLE_IDEAS.has(after.w) &&
    after.w !== 'thing' &&
    after.w !== 'things';
  // Before any noun, people rewrite it by leaving the scornful word out ("stupid comments" →
  // "comments", "his arrogant attitude" → "his attitude", "ignorant whiny people" → "whiny
  // people"): a milder word ("misguided comments", "upsetting lies") keeps the jab and reads
  // as ours. Not in a claim ("that was a stupid plan": without it the sentence says nothing) nor
  // after "most", "more" ("the most ridiculous thing").
  const claim =
    prev !== undefined &&
    (prev.w === 'a' || prev.w === 'an') &&
    m.first >= 2 &&
    /^(?:is|was|are|were|be|been|being|it's|that's|its|thats|seems|sounds|looks)$/.test(
      (t[m.first - 2] as Token).w,
    );
  // "that was truly stupid behaviour": after a copula and a word of degree, the describing word is
  // the claim; without it, "that was behaviour" says nothing. A plainer one, the degree kept.
  if (
    prev !== undefined &&
    after !== undefined &&
    /^(?:utterly|absolutely|truly|downright|really|so|just|completely|totally)$/.test(prev.w) &&
    m.first >= 2 &&
    /^(?:is|was|are|were|it's|that's|its|thats)$/.test((t[m.first - 2] as Token).w) &&
    !isClauseEnd(doc, m.last - 1) &&
    /^\p{L}{3,}$/u.test(after.w) &&
    !NOT_A_NOUN_AFTER.has(after.w) &&
    !PEOPLE_NOUNS.has(after.w)
  )
    return [replaceTokens(doc, m.first, m.last, adj.includes(' ') ? 'unwise' : adj)];
  const attributive =
    after !== undefined &&
    !isClauseEnd(doc, m.last - 1) &&
    /^\p{L}+$/u.test(after.w) &&
    !NOT_A_NOUN_AFTER.has(after.w) &&
    !GROUP_VERB.test(after.w) &&
    !claim &&
    !(prev && /^(?:most|more|least|less|so|too|very|how|as)$/.test(prev.w));
  if (
    attributive ||
    ((adj === 'misguided' || saidOrDone) &&
      after &&
      !isClauseEnd(doc, m.last - 1) &&
      /^\p{L}+$/u.test(after.w) &&
      !NOT_A_NOUN_AFTER.has(after.w) &&
      !PEOPLE_NOUNS.has(after.w) &&
      (!IDEA_NOUNS.has(after.w) || saidOrDone) &&
      !/^\p{L}{3,}(?:ers|ors|ists|ians|ents|ants|ates)$/u.test(after.w))
  ) {
    if (!after) return [replaceTokens(doc, m.first, m.last, adj)];
    // "…to eat bacon, you ignorant vegans.": a name said to someone at the end goes whole.
    if (
      attributive &&
      prev &&
      /^(?:you|u|ya)$/.test(prev.w) &&
      m.first - 1 > sentenceOf(doc, m.first).first &&
      isClauseEnd(doc, m.last) &&
      !TAKES_YOU.has((t[m.first - 2] as Token).w)
    ) {
      // "it swallows you ignorant fool": after a verb with nothing between, "you" is its object and
      // stays; a plain noun named after it stays too, said to them ("it swallows you, octorok").
      if (objectYou(doc, m.first - 1)) {
        const n = after.w.replace(/s$/, '');
        return [
          INSULT_NOUNS.has(n) || STRONG_INSULT_NOUNS.has(n) || scornWord(n) || !/^\p{L}{3,}$/u.test(after.w)
            ? removeRange(doc, tok.start, after.end, 'Leave it out')
            : { start: prev.end, end: after.start, text: ', ', label: `Leave out \u201c${tok.raw}\u201d` },
        ];
      }
      return [removeRange(doc, prev.start, after.end, 'Leave it out')];
    }
    const second: Draft[] = saidOrDone
      ? [
          prev && (prev.w === 'a' || prev.w === 'an')
            ? replaceTokens(doc, m.first - 1, m.last, `${article(adj)} ${adj}`)
            : replaceTokens(doc, m.first, m.last, adj),
        ]
      : [];
    const s = sentenceOf(doc, m.first);
    // "it only lives in ignorant minds": a noun that says nothing without its describing word
    // takes a milder one ("uninformed minds"), never "in minds".
    if (/^(?:minds?|brains?|heads?|souls?)$/.test(after.w))
      return [
        replaceTokens(doc, m.first, m.last, adj.includes(' ') ? (ATTRIBUTIVE_ADJ[tok.w] ?? 'closed') : adj),
      ];
    let a = m.first;
    while (
      a > s.first &&
      (/^(?:really|so|very|pretty|totally|completely|utterly|just|such|somewhat|kinda|rather|quite|fairly|freakin|freaking|frickin|fricking|friggin|effing|fucking|fuckin|damn|bloody)$/.test(
        (t[a - 1] as Token).w,
      ) ||
        (INTENSIFIERS.has((t[a - 1] as Token).w) &&
          !/^(?:a|an|lot|more|less|bit|little)$/.test((t[a - 1] as Token).w)) ||
        (/^\p{L}{3,}ly$/u.test((t[a - 1] as Token).w) && (t[a - 1] as Token).w !== 'only'))
    )
      a--;
    // "why such dumb comments": "such" with no article before it stays ("why such comments").
    if (
      (t[a] as Token).w === 'such' &&
      a < m.first &&
      !(a > s.first && /^(?:a|an)$/.test((t[a - 1] as Token).w))
    )
      a++;
    const art = a > s.first ? (t[a - 1] as Token) : undefined;
    // "the most utterly ridiculous statement": "the most statement" would say nothing.
    if (art && /^(?:most|more|less|least)$/.test(art.w))
      return second.length > 0
        ? second
        : [replaceTokens(doc, m.first, m.last, ATTRIBUTIVE_ADJ[tok.w] ?? adj)];
    // "a rather stupid one": "one" stands for a noun said before; without its describing word it
    // says nothing ("a rather misguided one").
    if (/^(?:one|ones)$/.test(after.w))
      return second.length > 0 ? second : [replaceTokens(doc, m.first, m.last, adj)];
    // "talk about an ignorant comment": without its describing word the exclamation says nothing.
    if (
      art &&
      (art.w === 'a' || art.w === 'an') &&
      a - 3 >= s.first &&
      (((t[a - 2] as Token).w === 'about' && (t[a - 3] as Token).w === 'talk') ||
        // "that was such a dumb move": "such a move" says nothing either.
        (t[a - 2] as Token).w === 'such') &&
      second.length > 0
    )
      return second;
    // "the incredibly stupid can never see it": the describing word stands for people.
    if (art && art.w === 'the' && GROUP_VERB.test(after.w))
      return [replaceTokens(doc, a - 1, m.last, art.raw === 'The' ? 'Some people' : 'some people')];
    // "that is a stupid trend": the describing word is the claim; without it ("is a trend") the
    // sentence says nothing. A milder one keeps it ("a silly trend").
    if (claim && art && (art.w === 'a' || art.w === 'an') && a === m.first && NONSENSE_ADJ.has(tok.w))
      return [replaceTokens(doc, a - 1, m.last, art.raw.startsWith('A') ? 'A silly' : 'a silly')];
    // "a pathetic group … running a pathetic institution": the word said twice is reworded alike
    // in both places; cut here and made plainer there, the sentence would change its mind halfway.
    // Once reworded there, the plainer word stands in its place.
    const twin = WHAT_A_PLAIN[tok.w] ?? (adj.includes(' ') ? ATTRIBUTIVE_ADJ[tok.w] : adj);
    if (
      twin &&
      prev &&
      (prev.w === 'a' || prev.w === 'an') &&
      t
        .slice(s.first + 1, s.last)
        .some(
          (x, i) =>
            s.first + 1 + i !== m.first &&
            (x.w === tok.w || x.w === twin) &&
            /^(?:a|an)$/.test((t[s.first + i] as Token).w),
        )
    )
      return [
        replaceTokens(
          doc,
          m.first - 1,
          m.last,
          `${prev.raw.startsWith('A') ? 'A' : 'a'}${article(twin).slice(1)} ${twin}`,
        ),
      ];
    // "he is a monumentally inept leader", "what a spectacularly stupid call", "a truly dumb move it
    // was": with words that strengthen it before it, the describing word is still the claim; cut,
    // "he is a leader" says nothing. A milder word keeps it, without them ("a misguided leader").
    if (
      art &&
      (art.w === 'a' || art.w === 'an') &&
      a < m.first &&
      !adj.includes(' ') &&
      (a - 1 === s.first ||
        /^(?:is|was|are|were|be|been|being|it's|that's|its|thats|he's|she's|hes|shes|seems|sounds|looks|what|such)$/.test(
          a - 2 >= s.first ? (t[a - 2] as Token).w : '',
        ))
    )
      return [
        replaceTokens(
          doc,
          a - 1,
          m.last,
          `${art.raw.startsWith('A') ? 'A' : 'a'}${article(adj).slice(1)} ${adj}`,
        ),
      ];
    if (art && (art.w === 'a' || art.w === 'an'))
      return [
        replaceTokens(
          doc,
          a - 1,
          m.last,
          art.raw.startsWith('A') ? article(after.w).replace(/^a/, 'A') : article(after.w),
        ),
        ...second,
      ];
    // "disgusting actions by the council.": a phrase with no verb opened by the describing word says
    // only that; cut, "actions by the council." is no point at all. A milder word keeps it.
    if (a === s.first && VERBLESS.test(doc.text.slice(after.end, Math.min(s.end, after.end + 60)))) {
      const mild = adj.includes(' ') ? (ATTRIBUTIVE_ADJ[tok.w] ?? 'troubling') : adj;
      if (!mild.includes(' ')) return [replaceTokens(doc, a, m.last, mild), ...second];
    }
    return [removeRange(doc, (t[a] as Token).start, (t[m.last - 1] as Token).end, 'Leave it out'), ...second];
  }
  // "it looks really stupid": said of how a thing looks, "silly".
  if (
    adj === 'misguided' &&
    prev &&
    /^(?:look|looks|looked|looking|sound|sounds|sounded|seem|seems|seemed)$/.test(prev.w)
  )
    return [replaceTokens(doc, m.first, m.last, 'silly')];
  if (
    adj === 'misguided' &&
    prev &&
    INTENSIFIERS.has(prev.w) &&
    m.first >= 2 &&
    /^(?:look|looks|looked|looking|sound|sounds|sounded|seem|seems|seemed)$/.test((t[m.first - 2] as Token).w)
  )
    return [replaceTokens(doc, m.first, m.last, 'silly')];
  if (
    adj.includes(' ') &&
    after &&
    !isClauseEnd(doc, m.last - 1) &&
    !/^(?:to|of|that|and|or|but|for)$/.test(after.w)
  )
    adj = ATTRIBUTIVE_ADJ[tok.w] ?? adj;
  // "…so far gone its ridiculous": "its hard to believe" reads as a misspelt "it's"; one word.
  if (adj.includes(' ') && prev && /^(?:its|it's|thats|that's)$/.test(prev.w))
    adj = ATTRIBUTIVE_ADJ[tok.w] ?? adj;
  // "can you see how ridiculous these prices are getting?": after "how" the word is said of what
  // follows; "how hard to believe these prices…" cannot be said, and "how unbelievable these cases
  // are becoming" marvels instead of objecting: "out of hand"; how one looks or sounds, "silly".
  // ("how ridiculous is that" asks it, and stays "unbelievable".)
  if (
    tok.w === 'ridiculous' &&
    prev?.w === 'how' &&
    after &&
    !isClauseEnd(doc, m.last - 1) &&
    !/^(?:is|was|are|were|does|did|do|can|could|would|will)$/.test(after.w)
  )
    adj = /^(?:look|looks|looked|sound|sounds|sounded|seem|seems|seemed)$/.test(
      (t[m.last + 1] as Token | undefined)?.w ?? '',
    )
      ? 'silly'
      : 'out of hand';
  // "that is a stupid.": the describing word stood for a noun that never came; after a copula,
  // said plainly without the article ("that is misguided."), never "a misguided.".
  if (
    prev &&
    (prev.w === 'a' || prev.w === 'an') &&
    m.first >= 2 &&
    COPULA_WORD.test((t[m.first - 2] as Token).w) &&
    isClauseEnd(doc, m.last - 1)
  )
    return [replaceTokens(doc, m.first - 1, m.last, adj)];
  if (prev && (prev.w === 'a' || prev.w === 'an'))
    return [replaceTokens(doc, m.first - 1, m.last, `${/^[aeiou]/.test(adj) ? 'an' : 'a'} ${adj}`)];
  return [replaceTokens(doc, m.first, m.last, adj)];
}

/**
 * "stupid" and its kin, where "misguided" would read oddly, by the words around token `w`: "dumb
 * enough to click it", "so stupid as to believe it" → "naive"; "too dumb to use it" → "too
 * confused"; "beer makes you stupid" → "slow"; "how stupid you sound" → "silly"; "he ain't stupid"
 * → "naive". Null elsewhere.
 */
function foolishByFrame(doc: Doc, w: number): string | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, w);
  const word = (t[w] as Token).w;
  if (MILD_ADJ[word] !== 'misguided' && word !== 'foolish') return null;
  const at = (k: number) => (k >= s.first && k < s.last ? (t[k] as Token).w : '');
  if (at(w + 1) === 'enough' && at(w + 2) === 'to') return 'naive';
  // "it would be stupid not to", "it'd be dumb not to go": a choice one would regret missing, "silly".
  if (at(w + 1) === 'not' && at(w + 2) === 'to') return 'silly';
  if (at(w - 1) === 'so' && at(w + 1) === 'as' && at(w + 2) === 'to') return 'naive';
  if (at(w - 1) === 'too' && at(w + 1) === 'to') return 'confused';
  if (
    /^(?:you|u|me|him|her|them|us|people|everyone|everybody|anyone)$/.test(at(w - 1)) &&
    /^(?:make|makes|made|making)$/.test(at(w - 2))
  )
    return 'slow';
  if (at(w - 1) === 'how' && /^(?:sound|sounds|look|looks|seem|seems)$/.test(at(w + 2))) return 'silly';
  if (
    /^(?:not|aint|ain't|isn't|isnt|wasn't|wasnt|aren't|arent|no)$/.test(at(w - 1)) ||
    at(w - 1).endsWith("n't")
  )
    return 'naive';
  return null;
}

/** Subject words that open a clause: after a bare "pathetic" they make it an exclamation about it. */
const CLAUSE_SUBJECT = /^(?:anyone|anybody|someone|somebody|nobody|everyone|you|u|he|she|they|we|i|people)$/;

/**
 * Scornful describing words whose removal or one-word swap would say something else: "pathetic
 * anyone would think that" (without it, the sentence says the opposite) → "I'm surprised anyone
 * would think that"; "dumb dumbs" (the noun is the same word) goes whole; "even more stupid" →
 * "even less sensible", "less foolish" → "more sensible"; "a ridiculous point of view" → "an
 * unconvincing point of view". Null when none of these fits.
 */
function scornAdjEarly(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const tok = t[m.first] as Token;
  if (m.last !== m.first + 1) return null;
  const prev = m.first > s.first ? (t[m.first - 1] as Token) : undefined;
  const after = m.last < s.last ? (t[m.last] as Token) : undefined;
  const after2 = m.last + 1 < s.last ? (t[m.last + 1] as Token) : undefined;
  const joined = (a: Token, b: Token) => /^ +$/.test(doc.text.slice(a.end, b.start));
  if (
    m.first === s.first &&
    after &&
    after2 &&
    (MILD_ADJ[tok.w] !== undefined || NONSENSE_ADJ.has(tok.w)) &&
    CLAUSE_SUBJECT.test(after.w) &&
    joined(tok, after) &&
    !isClauseEnd(doc, m.last) &&
    /^\p{L}/u.test(after2.w)
  )
    return { start: tok.start, end: tok.end, text: "I'm surprised" };
  if (after && after.w.length > tok.w.length && after.w.startsWith(tok.w) && joined(tok, after))
    return removeRange(doc, tok.start, after.end, 'Leave it out');
  if (
    prev &&
    (MILD_ADJ[tok.w] === 'misguided' || MILD_ADJ[tok.w] === 'unwise') &&
    /^(?:more|less)$/.test(prev.w) &&
    joined(prev, tok)
  )
    return { start: prev.start, end: tok.end, text: prev.w === 'more' ? 'less sensible' : 'more sensible' };
  const framed = foolishByFrame(doc, m.first);
  if (framed) return replaceTokens(doc, m.first, m.last, framed);
  // "kids make foolish decisions": cut, "make decisions" says nothing of them; the plain word.
  if (
    (MILD_ADJ[tok.w] === 'misguided' || MILD_ADJ[tok.w] === 'unwise') &&
    !/(?:est|er)$/.test(tok.w) &&
    after &&
    joined(tok, after) &&
    /^(?:decisions|choices|decision|choice)$/.test(after.w) &&
    prev &&
    /^(?:make|makes|made|making|a|some|such)$/.test(prev.w)
  )
    return prev.w === 'a'
      ? { start: prev.start, end: tok.end, text: prev.raw === 'A' ? 'An unwise' : 'an unwise' }
      : { start: tok.start, end: tok.end, text: 'unwise' };
  // "Super dumb that people are downvoting you": a verdict opening the sentence on what happened;
  // "misguided that…" does not read; the writer's feeling does.
  if (
    MILD_ADJ[tok.w] === 'misguided' &&
    after?.w === 'that' &&
    joined(tok, after) &&
    !/(?:est|er)$/.test(tok.w)
  ) {
    let k = m.first;
    while (k > s.first && /^(?:super|really|pretty|kinda|just|totally|honestly)$/.test((t[k - 1] as Token).w))
      k--;
    if (k === s.first) return { start: tok.start, end: tok.end, text: 'frustrating' };
  }
  // "say stupid things": cut, "say things" says nothing of what was said; said plainly. Things done,
  // stolen or sent lose nothing ("stop sending me this stuff").
  if (
    MILD_ADJ[tok.w] === 'misguided' &&
    !/(?:est|er)$/.test(tok.w) &&
    prev &&
    /^(?:say|says|said|saying|some)$/.test(prev.w) &&
    (prev.w !== 'some' ||
      /^(?:say|says|said|saying)$/.test((t[m.first - 2] as Token | undefined)?.w ?? '')) &&
    after &&
    joined(tok, after) &&
    /^(?:things|stuff|comments|remarks|statements)$/.test(after.w)
  )
    return { start: tok.start, end: tok.end, text: 'thoughtless' };
  // "he made some stupid throws", "quit posting idiotic comments", "another dumb rule from hr",
  // "stupid plays after stupid plays": cut, the act is left with nothing said of it ("some throws",
  // "quit posting comments" asks for none at all); a plain word for what was wrong with it, by the
  // kind of act ("poor throws", "misguided comments", "a misguided rule"), the article agreeing.
  // "he was asking ignorant questions", "for stupid reasons": the same, "uninformed" for what the
  // ignorant said or chose ("uninformed questions"), "poor" for reasons and excuses.
  if (
    (MILD_ADJ[tok.w] === 'misguided' || MILD_ADJ[tok.w] === 'uninformed') &&
    !/(?:est|er)$/.test(tok.w) &&
    after &&
    joined(tok, after) &&
    (!prev || joined(prev, tok)) &&
    !isClauseEnd(doc, m.first) &&
    // "stupid pick-up details": the word is part of a longer noun.
    !/^[-\p{L}]/u.test(doc.text.slice(after.end, after.end + 1))
  ) {
    const kind = PLAIN_FOR_ACT[after.w];
    const plainWord =
      MILD_ADJ[tok.w] === 'uninformed'
        ? (kind && kind !== 'poor') || UNINFORMED_ACT.has(after.w)
          ? 'uninformed'
          : undefined
        : kind;
    if (plainWord) {
      if (prev && (prev.w === 'a' || prev.w === 'an')) {
        const a = article(plainWord);
        return {
          start: prev.start,
          end: tok.end,
          text: `${/^A/.test(prev.raw) ? 'A' : 'a'}${a.slice(1)} ${plainWord}`,
        };
      }
      const cap = /^\p{Lu}/u.test(tok.raw)
        ? plainWord.charAt(0).toUpperCase() + plainWord.slice(1)
        : plainWord;
      return { start: tok.start, end: tok.end, text: cap };
    }
  }
  // "really dumb comment about taxes": cut, the sentence would open on the act with nothing said of
  // it ("comment about taxes"); the milder word says what was meant.
  const mild = MILD_ADJ[tok.w];
  if (mild && !mild.includes(' ') && after && joined(tok, after) && /^\p{L}{3,}$/u.test(after.w)) {
    let k = m.first;
    while (
      k > s.first &&
      /^(?:really|so|very|truly|totally|incredibly|extremely|pretty)$/.test((t[k - 1] as Token).w)
    )
      k--;
    const p = k > s.first ? (t[k - 1] as Token) : undefined;
    if (!p && (ACT_NOUNS.has(after.w) || IDEA_NOUNS.has(after.w)))
      return { start: tok.start, end: tok.end, text: mild };
    // "using a really dumb argument": cut, "an argument" loses what "really" said; the degree
    // words stay with the milder word ("a really misguided argument"); "a … thing to do" has its own words.
    if (k < m.first && p && /^an?$/.test(p.w) && !isClauseEnd(doc, m.first) && !/^to$/.test(after2?.w ?? ''))
      return {
        start: p.start,
        end: tok.end,
        text: `${article((t[k] as Token).w)} ${doc.text.slice((t[k] as Token).start, tok.start)}${mild}`,
      };
  }

  // "a (freakin) ridiculous premise": a swear that only strengthens the word goes with it.
  const art =
    prev && /^(?:freakin|freaking|frickin|friggin|effing|fucking|fuckin|damn|bloody)$/.test(prev.w)
      ? m.first - 2 >= s.first
        ? (t[m.first - 2] as Token)
        : undefined
      : prev;
  if (
    tok.w === 'ridiculous' &&
    after &&
    (IDEA_NOUNS.has(after.w) ||
      /^(?:point|points|view|views|notion|notions|premise|premises)$/.test(after.w)) &&
    !/^(?:thing|things)$/.test(after.w) &&
    art &&
    (art.w === 'a' || art.w === 'an')
  )
    return {
      start: art.start,
      end: tok.end,
      text: art.raw.startsWith('A') ? 'An unconvincing' : 'an unconvincing',
    };
  return null;
}

/**
 * The plain word for a stupid act, by the kind of act: a move in play was "poor"; a thing said or
 * posted, a rule or a plan, "misguided".
 */
const PLAIN_FOR_ACT: Readonly<Record<string, string>> = /* @__PURE__ */ (() => {
  const t: Record<string, string> = {};
  for (const w of 'throw throws pass passes play plays shot shots call calls trade trades penalty penalties foul fouls turnover turnovers tackle tackles'.split(
    ' ',
  ))
    t[w] = 'poor';
  for (const w of 'comment comments post posts remark remarks tweet tweets reply replies message messages'.split(
    ' ',
  ))
    t[w] = 'misguided';
  for (const w of 'rule rules policy policies law laws plan plans idea ideas scheme schemes'.split(' '))
    t[w] = 'misguided';
  // What someone thought: "misguided assumptions"; a reason or an excuse given, "poor" ("blocked
  // for poor reasons"); asked or chosen in ignorance, "uninformed" (`UNINFORMED_ACT`).
  for (const w of 'assumption assumptions opinion opinions statement statements'.split(' '))
    t[w] = 'misguided';
  for (const w of 'reason reasons excuse excuses'.split(' ')) t[w] = 'poor';
  // "got into stupid situations": where one ends up, "bad situations"; cut, it says nothing.
  for (const w of 'situation situations spot spots trouble'.split(' ')) t[w] = 'bad';
  for (const w of 'fight fights'.split(' ')) t[w] = 'pointless';
  return t;
})();

/** Nouns a word before names the kind of ("hypocrisy detector", "stupidity level"). */
const MEASURE_HEADS: ReadonlySet<string> = /* @__PURE__ */ wordSet(
  'detector detectors meter meters level levels alarm alarms radar sensor sensors scale scales o-meter',
);

/** Acts an ignorant person asks or chooses: "uninformed questions", "uninformed decisions". */
const UNINFORMED_ACT: ReadonlySet<string> = /* @__PURE__ */ wordSet(
  'question questions decision decisions choice choices',
);

/** Between tokens k-1 and k: the punctuation and spaces. */
function gapBefore(doc: Doc, k: number): string {
  const t = doc.tokens;
  return doc.text.slice((t[k - 1] as Token).end, (t[k] as Token).start);
}

/** A word that condemns someone whole: "sick", "vile", "disgusting" (not "lazy" or "rude"). */
function judging(w: string): boolean {
  return valence(w) <= -3 || /^(?:sick|twisted|depraved|perverted|demented|warped|evil)$/.test(w);
}

/**
 * "he is sick, vile and disgusting.": after a copula, a list of describing words all of which
 * judge the person; cutting the flagged ones would leave a label ("he is sick"), so the whole list
 * is said plainly ("he is out of line."). Null for any other list.
 */
function wholeListOfLabels(doc: Doc, first: number, last: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (last !== first + 1) return null;
  const joint = (k: number) => /^\s*,\s*$|^ +$/.test(gapBefore(doc, k));
  // Back to the copula over "word, " and "word and ".
  let a = first;
  let words = 1;
  while (a - 1 > s.first) {
    const p = (t[a - 1] as Token).w;
    if (/^(?:and|or)$/.test(p) && /^ +$/.test(gapBefore(doc, a)) && a - 2 > s.first) {
      a -= 1;
      continue;
    }
    if (!listWord(doc, a - 1) || !judging(p) || !/^\s*,?\s*$/.test(gapBefore(doc, a))) break;
    a--;
    words++;
  }
  if ((t[a] as Token).w === 'and' || (t[a] as Token).w === 'or') return null;
  // Forward to the clause's end.
  let b = first;
  while (b + 1 < s.last && !isClauseEnd(doc, b)) {
    const n = (t[b + 1] as Token).w;
    if (/^(?:and|or)$/.test(n) && joint(b + 1)) {
      b++;
      continue;
    }
    if (!listWord(doc, b + 1) || !judging(n) || !joint(b + 1)) return null;
    b++;
    words++;
  }
  if (words < 3 || !isClauseEnd(doc, b) || /^(?:and|or)$/.test((t[b] as Token).w)) return null;
  const cop = a > s.first ? (t[a - 1] as Token).w : '';
  if (!/^(?:is|are|was|were|he's|she's|they're|hes|shes|theyre)$/.test(cop)) return null;
  // Said of a person, the claim ("out of line"); of a thing ("the hotel was…"), what it was like.
  const subj = a - 2 >= s.first ? (t[a - 2] as Token).w : '';
  const person =
    /'/.test(cop) || /^(?:hes|shes|theyre)$/.test(cop) || PERSON_SUBJECT.has(subj) || PEOPLE_NOUNS.has(subj);
  return replaceTokens(doc, a, b + 1, person ? 'out of line' : 'awful');
}

/** A word that can stand in a list of describing words beside a label ("lazy", "rude", "slow"). */
function listWord(doc: Doc, k: number): boolean {
  const w = (doc.tokens[k] as Token | undefined)?.w ?? '';
  return /^\p{L}{3,}$/u.test(w) && !COMMON_WORDS.has(w) && !isKnownVerb(w);
}

/** A word shaped like a describing word ("futile", "lazy", "careless", "rude"), known or by its ending. */
function describingShape(w: string): boolean {
  return (
    INSULT_ADJECTIVES.has(w) ||
    MILD_ADJ[w] !== undefined ||
    valence(w) !== 0 ||
    /(?:ous|ful|ive|ic|al|less|able|ible|ish|ent|ant|ile|ed|ing|y|ude|ose|ure|id|ane|ect)$/.test(w)
  );
}

/** An exact cut of the text [start, end). */
function cut(start: number, end: number): Draft {
  return { start, end, text: '', label: 'Leave it out' };
}

/** Adverbs that only strengthen a scornful describing word ("just plain stupid"). */
const SCORN_ADVERBS: ReadonlySet<string> = wordSet(
  'so very really just plain simply totally completely utterly pretty downright absolutely truly incredibly unbelievably beyond old',
);

/**
 * A scornful describing word by the part it plays, where a milder word would say something else
 * ("stupid" → "misguided"): in a list of describing words it goes, and the commas and "and" are
 * fixed ("lazy, stupid and rude" → "lazy and rude", "futile and stupid but…" → "futile but…"); said
 * of a thing at the end of a clause, what the writer means ("closing it is just plain stupid" →
 * "closing it makes no sense to me"); after a pointing word alone ("you believe that moronic?") it
 * goes. Null when none of these fits.
 */
function scornAdjByRole(doc: Doc, first: number, last: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const w = last - 1;
  const whole = wholeListOfLabels(doc, first, last);
  if (whole) return whole;
  // "lazy, stupid and rude", "costly, stupid, and slow": the word and its comma go.
  if (first - 1 > s.first && /^\s*,\s*$/.test(gapBefore(doc, first)) && listWord(doc, first - 1)) {
    const next = w + 1 < s.last ? (t[w + 1] as Token).w : '';
    const after = w + 1 < s.last ? gapBefore(doc, w + 1) : '';
    if (/^(?:and|or)$/.test(next) && /^\s*$/.test(after))
      return cut((t[first - 1] as Token).end, (t[w] as Token).end);
    if (/^(?:and|or)$/.test(next) && /^\s*,\s*$/.test(after)) {
      // Two left: "costly and slow"; more: "loud, costly, and slow".
      const more = first - 2 > s.first && /,/.test(gapBefore(doc, first - 1));
      return more
        ? cut((t[first - 1] as Token).end, (t[w] as Token).end)
        : cut((t[first - 1] as Token).end, (t[w + 1] as Token).start - 1);
    }
    if (/^\s*,\s*$/.test(after) && listWord(doc, w + 1))
      return cut((t[first - 1] as Token).end, (t[w] as Token).end);
    // "crude, crass, vile individuals": the last describing word before the noun goes with its comma.
    if (next !== '' && !/^(?:and|or|but)$/.test(next) && /^ +$/.test(after) && !listWord(doc, w + 1))
      return cut((t[first - 1] as Token).end, (t[w] as Token).end);
  }
  // "futile and stupid but go ahead": "and stupid" goes; "loud, rude and stupid" → "loud and rude".
  if (
    first - 2 >= s.first &&
    /^(?:and|or)$/.test((t[first - 1] as Token).w) &&
    /^\s+$/.test(gapBefore(doc, first - 1)) &&
    listWord(doc, first - 2)
  ) {
    // "teenagers and dumb housewives": a noun before "and" is a group of its own; only the
    // describing word of the second goes ("teenagers and housewives").
    const joinedTo = (t[first - 2] as Token).w;
    const nounAfter =
      w + 1 < s.last && /^ +$/.test(gapBefore(doc, w + 1)) && /^\p{L}{3,}$/u.test((t[w + 1] as Token).w);
    if (nounAfter && (/[^s]s$/.test(joinedTo) || PEOPLE_NOUNS.has(joinedTo)) && !/(?:ous|ss)$/.test(joinedTo))
      return cut((t[first - 1] as Token).end, (t[w] as Token).end);
    // "between honest debate and stupid gibberish", "a good plan and dumb luck": a word with no
    // describing shape before "and", itself described, heads a phrase of its own; the second
    // phrase keeps its noun and "and" ("honest debate and gibberish"), never "honest debate gibberish".
    if (
      nounAfter &&
      !describingShape(joinedTo) &&
      first - 3 >= s.first &&
      /^ +$/.test(gapBefore(doc, first - 2)) &&
      listWord(doc, first - 3)
    )
      return cut((t[first - 1] as Token).end, (t[w] as Token).end);
    if (first - 3 >= s.first && /^\s*,\s*$/.test(gapBefore(doc, first - 2)) && listWord(doc, first - 3))
      return {
        start: (t[first - 3] as Token).end,
        end: (t[w] as Token).end,
        text: ` ${(t[first - 1] as Token).raw} ${(t[first - 2] as Token).raw}`,
      };
    return cut((t[first - 2] as Token).end, (t[w] as Token).end);
  }
  // "he is stupid and lazy.", "ignorant whiny and childish": the first of the describing words goes.
  if (w + 2 < s.last || (w + 2 === s.last - 1 && w + 2 < t.length)) {
    const n1 = (t[w + 1] as Token | undefined)?.w ?? '';
    const andNext = /^(?:and|or)$/.test(n1) && /^\s+$/.test(gapBefore(doc, w + 1));
    const y = andNext ? w + 2 : w + 1;
    const prevW = first > s.first ? (t[first - 1] as Token).w : '';
    const yEnds =
      y < s.last &&
      listWord(doc, y) &&
      (isClauseEnd(doc, y) ||
        /,/.test(y + 1 < s.last ? gapBefore(doc, y + 1) : '') ||
        /^(?:and|or|but)$/.test(y + 1 < s.last ? (t[y + 1] as Token).w : ''));
    if (
      yEnds &&
      /^\s+$/.test(gapBefore(doc, y)) &&
      (andNext || INSULT_ADJECTIVES.has((t[y] as Token).w) || MILD_ADJ[(t[y] as Token).w] !== undefined) &&
      /^(?:is|are|was|were|be|been|being|am|so|too|very|really|and|,)$|'s$|'re$/.test(prevW)
    )
      return cut((t[first] as Token).start, (t[y] as Token).start);
  }
  // "that stupid, ugly car": the first of two describing words goes with its comma.
  if (
    w + 2 < s.last &&
    /^\s*,\s*$/.test(gapBefore(doc, w + 1)) &&
    listWord(doc, w + 1) &&
    !isClauseEnd(doc, w + 1) &&
    /^\s+$/.test(gapBefore(doc, w + 2))
  )
    return cut((t[first] as Token).start, (t[w + 1] as Token).start);
  const endsHere = isClauseEnd(doc, w) || (w + 1 < s.last && /^\s*,/.test(gapBefore(doc, w + 1)));
  // "do you believe that moronic, sam?": after a pointing word alone, the word goes.
  if (
    first - 1 > s.first &&
    /^(?:this|that)$/.test((t[first - 1] as Token).w) &&
    // "are you truly that moronic": "that" says how much, and the word is the claim.
    !/^(?:is|are|was|were|be|been|being|am|isn't|wasn't|aren't|not|you|u|he|she|they|it|i|we|so|just|quite|all|get|got|gets|seem|seems|look|looks|sound|sounds|feel|feels)$|ly$/.test(
      (t[first - 2] as Token).w,
    ) &&
    endsHere
  )
    return cut((t[first - 1] as Token).end, (t[w] as Token).end);
  // "closing it on weekends is just plain stupid": said of a thing, what the writer means.
  if (NONSENSE_ADJ.has((t[w] as Token).w) && isClauseEnd(doc, w)) {
    let c = first - 1;
    while (c > s.first && SCORN_ADVERBS.has((t[c] as Token).w)) c--;
    const cop = c >= s.first ? (t[c] as Token).w : '';
    const past = cop === 'was';
    const says = `${past ? 'made' : 'makes'} no sense to me`;
    if ((cop === 'is' || cop === 'was') && thingSubject(doc, c))
      return { start: (t[c] as Token).start, end: (t[w] as Token).end, text: says };
    const pro = /^(that|it|this)(?:'s|s)$/.exec(cop);
    if (pro && !(pro[1] === 'it' && cop === 'its'))
      return {
        start: (t[c] as Token).start,
        end: (t[w] as Token).end,
        text: `${(t[c] as Token).raw.slice(0, (pro[1] as string).length)} ${says}`,
      };
  }
  return null;
}

/** Describing words that, said of a thing, mean the writer sees no sense in it. */
const NONSENSE_ADJ: ReadonlySet<string> = wordSet(
  'stupid dumb idiotic moronic asinine retarded brainless braindead imbecilic',
);

/** Describing words that only say how much ("sheer stupidity", "utter idiocy"). */
const HOW_MUCH_ADJ: ReadonlySet<string> = wordSet(
  'sheer utter profound pure complete total absolute abject monumental astounding breathtaking staggering unbelievable incredible blatant such',
);

/**
 * "stupidity", "idiocy" said of an idea or a deed, by the part they play: after "this" or "that"
 * the pointing word stands alone ("this idiocy has to stop" → "this has to stop"); in a list it
 * goes with its "and" ("blind obedience and stupidity" → "blind obedience"); "what stupidity!" is
 * disappointment ("what a mistake!"); words that only say how much go ("the sheer stupidity of" →
 * "the poor judgment of"). Null when none of these fits.
 */
function ideaLabel(doc: Doc, at: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, at);
  const tok = t[at] as Token;
  let d = at;
  while (d > s.first && HOW_MUCH_ADJ.has((t[d - 1] as Token).w)) d--;
  const det = d > s.first ? (t[d - 1] as Token) : undefined;
  // At the end of a clause ("tired of this stupidity.") the pointing word alone reads as a sigh of
  // its own; "this foolishness" keeps it about the deed, in a milder word ("this situation" would
  // say something else).
  if (det && (det.w === 'this' || det.w === 'that'))
    return isClauseEnd(doc, at)
      ? { start: det.end, end: tok.end, text: ' foolishness' }
      : cut(det.end, tok.end);
  if (d < at && (t[d] as Token).w === 'such')
    return { start: (t[d] as Token).start, end: tok.end, text: 'this' };
  if (det && det.w === 'what')
    return {
      start: det.start,
      end: tok.end,
      text: det.raw.startsWith('W') ? 'What a mistake' : 'what a mistake',
    };
  if (d === at && at - 2 >= s.first && /^(?:and|or)$/.test((t[at - 1] as Token).w) && listWord(doc, at - 2))
    return cut((t[at - 2] as Token).end, tok.end);
  if (
    at + 2 < s.last &&
    /^(?:and|or)$/.test((t[at + 1] as Token).w) &&
    listWord(doc, at + 2) &&
    !isSentenceStart(doc, at)
  )
    return cut(tok.start, (t[at + 2] as Token).start);
  if (d < at) return { start: (t[d] as Token).start, end: tok.end, text: 'poor judgment' };
  // "pure racial stupidity", "typical political idiocy": a word that says whose or what kind needs
  // one noun after it ("racial foolishness"), never "racial poor judgment".
  if (
    det &&
    det.end + 1 === tok.start &&
    /^\p{L}{5,}$/u.test(det.w) &&
    /(?:al|ic|ate|ive|ous|ary|ian|ese|ist|ern)$/.test(det.w) &&
    !isKnownVerb(det.w)
  )
    return { start: tok.start, end: tok.end, text: 'foolishness' };
  return null;
}

/** The words of tokens [from, to) as written, with the spaces between them. */
function textOfTokens(doc: Doc, from: number, to: number): string {
  return doc.text.slice((doc.tokens[from] as Token).start, (doc.tokens[to - 1] as Token).end);
}

const YOURE =
  "you're|you_are|ur|youre|you_r|u_r|your|you_really_are|you_truly_are|you_honestly_are|you_clearly_are|you_obviously_are|you_definitely_are|you_sure_are|you_actually_are|you_seriously_are";

/** Adjectives that, said of a person, are scorn ("he is incompetent", "they are misogynistic"). */
const PERSON_ADJ =
  'incompetent|misogynistic|homophobic|racist|sexist|bigoted|narcissistic|deranged|demented|unhinged|delusional|psychotic|hypocritical|dishonest|inept|illiterate|clueless|spineless|gutless|brainless|idiotic|moronic|imbecilic|despicable|contemptible|evil|wretched|horrid|vile|disgusting|pathetic|ignorant|stupid|dumb|retarded';
/** Adjectives that scorn the people they describe ("useless politicians"). */
const PEOPLE_ADJ =
  'useless|worthless|incompetent|lying|corrupt|crooked|spineless|brainless|clueless|pathetic|disgusting|despicable|stupid|dumb|ignorant|idiotic|moronic|mindless|filthy|slimy|wretched';
/**
 * "that stupid person took my seat" → "that person took my seat": after a pointing word the
 * person is already singled out, and the label goes; "he is a lying person" → "he is not being
 * straight with us": after a copula, the act; elsewhere a plainer describing word.
 */
function peopleAdjDraft(doc: Doc, m: Match): Draft {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const w = (t[m.first] as Token).w;
  const prev = m.first > s.first ? (t[m.first - 1] as Token) : undefined;
  if (
    prev &&
    /^(?:this|that|these|those)$/.test(prev.w) &&
    (STUPIDITY.has(w) || w === 'pathetic' || w === 'filthy')
  )
    return removeTokens(doc, m.first, m.first + 1, 'Leave it out');
  const act = ACT_FOR[w];
  // "a bloody lying person": swearing and intensifiers before the word go with it.
  let a = m.first - 1;
  while (
    a > s.first &&
    /^(?:bloody|fucking|fuckin|freaking|damn|damned|goddamn|really|very|so|totally|complete|utter)$/.test(
      (t[a] as Token).w,
    )
  )
    a--;
  const cop = a - 1 >= s.first ? (t[a - 1] as Token).w : '';
  if (
    act &&
    a >= s.first &&
    /^(?:a|an)$/.test((t[a] as Token).w) &&
    /^(?:is|was|he's|she's|hes|shes|are|were|you're|youre|ur)$/.test(cop) &&
    /^(?:person|man|woman)$/.test((t[m.first + 1] as Token | undefined)?.w ?? '') &&
    isClauseEnd(doc, m.first + 1)
  ) {
    // "you are a lying person" → "you are not being honest".
    return replaceTokens(doc, a, m.first + 2, act);
  }
  // "only stupid people would think that": "disappointing people" would blame them for something
  // else; what the word says of their thinking, plainly.
  if (STUPIDITY.has(w)) {
    if (prev && prev.w === 'an')
      return replaceTokens(
        doc,
        m.first - 1,
        m.first + 1,
        prev.raw === 'An' ? 'A misinformed' : 'a misinformed',
      );
    return replaceTokens(doc, m.first, m.first + 1, 'misinformed');
  }
  // "corrupt politicians": "disappointing politicians" drops the claim; its plain word keeps it.
  // ("what an incompetent landlord" → "what a disappointing landlord": toSuggestion makes the
  // writer's article agree.)
  return replaceTokens(
    doc,
    m.first,
    m.first + 1,
    w === 'corrupt' || w === 'crooked' ? 'dishonest' : 'disappointing',
  );
}

/** "calling you a hypocrite" reports a label; "you hypocrite" uses one. */
function hasDeterminer(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (/^(a|an|the|my|such|one|your)$/.test((doc.tokens[k] as Token).w)) return true;
  return false;
}

/** The words between "you" and the label are insults, intensifiers or one plain describing word. */
function plainWordsBefore(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k] as Token;
    if (INSULT_ADJECTIVES.has(t.w) || ADVERBS_OF_HABIT.has(t.w)) continue;
    if (!/^\p{L}{3,}$/u.test(t.w) || COMMON_WORDS.has(t.w)) return false;
  }
  return true;
}

/** Scornful words just before a label ("a worthless piece of garbage"): rewritten with it. */
function scornStart(doc: Doc, first: number): number {
  const s = sentenceOf(doc, first);
  let k = first;
  while (k > s.first) {
    const w = (doc.tokens[k - 1] as Token).w;
    if (
      INSULT_ADJECTIVES.has(w) ||
      STRONG_INSULT_ADJECTIVES.has(w) ||
      PEOPLE_ADJ_SET.has(w) ||
      w === 'most' ||
      w === 'biggest'
    )
      k--;
    else break;
  }
  return k;
}

/** "you're always stupid", "you always idiot": the label with an absolute in between. */
const ADVERBS_OF_HABIT: ReadonlySet<string> = new Set([
  'always',
  'constantly',
  'forever',
  'never',
  'just',
  'so',
  'such',
]);

/** Subject pronouns that open a clause of their own after "you <label>". */
const NEW_SUBJECT =
  /^(?:i|i'm|im|i've|ive|i'll|ill|i'd|we|we're|we've|he|he's|hes|she|she's|shes|they|they're|theyre)$/;

/** Names that insult even mid-sentence ("wondering you racist i am"). */
const ALWAYS_VOCATIVE: ReadonlySet<string> = new Set([
  ...STRONG_INSULT_NOUNS,
  'racist',
  'fascist',
  'bigot',
  'nazi',
  'hick',
]);

const PEOPLE_ADJ_SET: ReadonlySet<string> = new Set(PEOPLE_ADJ.split('|'));

/** Nouns after "trash"/"junk" that make it a thing ("trash can", "junk mail"). */
const THING_AFTER: ReadonlySet<string> = wordSet(
  'can cans bag bags bin bins day days pickup truck collection talk mail folder food drawer removal man heap pile',
);

/** Adverbs between a subject and "disgust me". */
const INTENSIFIERS_LIKE: ReadonlySet<string> = new Set([
  'absolutely',
  'really',
  'just',
  'totally',
  'honestly',
  'truly',
  'so',
]);

/** Subjects that are not people: "it is pathetic" is about a thing. */
const NOT_A_PERSON: ReadonlySet<string> = wordSet(
  "it this that which what there here everything something nothing anything it's that's what's life world weather idea plan movie show game food article post thing things story situation system",
);

/** Games and contests: "I'll beat you at chess", "in a race", "at mario kart". */
const CONTESTS: ReadonlySet<string> = wordSet(
  'chess checkers draughts cards poker scrabble monopoly uno tennis golf bowling pool darts trivia quiz football soccer basketball volleyball badminton squash pingpong ping-pong fifa mario smash fortnite game games race round rematch match arm-wrestling sudoku wordle crossword karaoke bingo cornhole pictionary charades',
);

/** "at chess", "in a race", "at mario kart tonight", "at this game": a contest follows "beat you". */
function contestAfter(doc: Doc, end: number): boolean {
  const t = doc.tokens;
  if (end >= doc.tokens.length) return false;
  const s = sentenceOf(doc, end - 1);
  if (end >= s.last) return false;
  const p = (t[end] as Token).w;
  if (p !== 'at' && p !== 'in') return false;
  for (let k = end + 1; k < s.last && k <= end + 3; k++) {
    const w = (t[k] as Token).w;
    if (CONTESTS.has(w)) return true;
    if (!/^(?:a|the|this|that|our|tonight's|any)$/.test(w)) return false;
  }
  return false;
}

/** When a match is played: "next week", "on saturday", "tomorrow". */
const FIXTURE_TIMES: ReadonlySet<string> = wordSet(
  'week weekend season game match round final year monday tuesday wednesday thursday friday saturday sunday',
);
/**
 * "we're gonna beat them next week!!": a team's fixture, "we" against "them" on a day to come, is
 * sport, not a threat.
 */
function teamFixture(doc: Doc, first: number, end: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const subj = (t[first - 1] as Token | undefined)?.w ?? '';
  if (first <= s.first || !/^(?:we're|were|we|we'll|well)$/.test(subj) || end >= s.last) return false;
  const a = (t[end] as Token).w;
  if (a === 'tomorrow' || a === 'tonight') return true;
  const b = (t[end + 1] as Token | undefined)?.w ?? '';
  return /^(?:next|this|on|in|at)$/.test(a) && end + 1 < s.last && FIXTURE_TIMES.has(b);
}

/** Past participles of violence done to someone ("should be hung"). */
const HARMED =
  'drawn_and_quartered|hated|despised|thrown_in|thrown_into|driven_from|driven_out|hung|hanged|shot|executed|lynched|whipped|flogged|neutered|castrated|exterminated|quartered|put_down|strung_up|tortured|gassed|drowned|shot_dead|beheaded';
/**
 * "they should all be whipped and quartered!" → "they should all be punished!": a harm wished on
 * someone becomes the punishment it stands for (as people rewriting it write; "held accountable"
 * asked for something milder), "neutered" a curb ("reined in"), "put down" "dealt with"; the rest
 * of the sentence stays. "thrown in jail" is "put in jail"; "driven out of office" is "pushed out
 * of office".
 */
function harmedPlain(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  let h = m.first + 1;
  while (h < m.last && !/^(?:be|get|been)$/.test((t[h] as Token).w)) h++;
  h++;
  if (h >= m.last) return [];
  const w = (t[h] as Token).w;
  // "the bill should be shot down": turned down, not harmed.
  if (w === 'shot' && (t[h + 1] as Token | undefined)?.w === 'down')
    return [replaceTokens(doc, h, h + 2, 'rejected')];
  if (w === 'thrown') return [replaceTokens(doc, h, h + 1, 'put')];
  if (w === 'driven') return [replaceTokens(doc, h, h + 1, 'pushed')];
  if (w === 'hated' || w === 'despised') return [replaceTokens(doc, h, m.last, 'criticized')];
  // "flogged and quartered", "hanged, drawn and quartered": the punishment goes whole.
  const s = sentenceOf(doc, m.first);
  let e = m.last;
  for (let n = 0; n < 3; n++) {
    let k = e;
    if (k < s.last && (t[k] as Token).w === 'and') k++;
    else if (!(k < s.last && /^ *, *$/.test(doc.text.slice((t[k - 1] as Token).end, (t[k] as Token).start))))
      break;
    if (k >= s.last || !HARMED_MORE.test((t[k] as Token).w)) break;
    e = k + 1;
  }
  const plain = /^(?:neutered|castrated)$/.test(w) ? 'reined in' : w === 'put' ? 'dealt with' : 'punished';
  return [replaceTokens(doc, h, e, plain)];
}

/** Harm done after the first in a list: "…, drawn and quartered", "tarred and feathered". */
const HARMED_MORE =
  /^(?:drawn|quartered|feathered|tarred|hung|hanged|shot|whipped|flogged|beaten|burned|burnt|stoned|tortured|executed|killed|gutted|skinned|lynched|castrated|beheaded)$/;

/**
 * "kick them all out of office" → "get them all out of office"; "kill that man before he hurts
 * anyone" → "stop that man before…". A blow to a part of the body ("kick em in the knee") has no
 * plain verb: none is offered.
 */
function harmVerbPlain(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let k = m.last;
  if (k < s.last && (t[k] as Token).w === 'all') k++;
  const next = k < s.last && !isClauseEnd(doc, k - 1) ? (t[k] as Token).w : '';
  if (next === 'out' || next === 'off') return [replaceTokens(doc, m.first, m.first + 1, 'get')];
  // "kick em in the knee, kevin!": where the blow lands goes with it, never a sentence about
  // something else; the blow aimed at them was a rebuke, said as one ("tell em off, kevin!"; runs44:
  // "stop em" said another thing).
  if (/^(?:in|on|upside|across)$/.test(next)) {
    // The place ends its clause ("…in the nose, sam!") or a clause of its own follows ("…in the
    // teeth next time he says that").
    const ce = Math.min(clauseEnd(doc, k), k + 2);
    if (/^(?:the|his|her|their|your|ur|them|him|em|'em)$/.test((t[k + 1] as Token | undefined)?.w ?? ''))
      return [replaceTokens(doc, m.first, ce + 1, `tell ${textOfTokens(doc, m.first + 1, m.last)} off`)];
  }
  if (/^(?:in|on|at|into|upside|across|with|over|around|up|down)$/.test(next)) return [];
  // "kill that fat slob": "stop that fat slob" keeps the jab; the describing word goes too.
  if (
    k === m.last &&
    m.last > m.first + 1 &&
    m.last + 1 < s.last &&
    (INSULT_ADJECTIVES.has(next) || MILD_ADJ[next] !== undefined) &&
    !isClauseEnd(doc, m.last) &&
    /^\p{L}{3,}$/u.test((t[m.last + 1] as Token).w)
  )
    return [replaceTokens(doc, m.first, m.last + 1, `stop ${textOfTokens(doc, m.first + 1, m.last)}`)];
  return [replaceTokens(doc, m.first, m.first + 1, 'stop')];
}

/** What a person is said to lack ("no common sense", "more manners than you"). */
const FACULTY =
  'sense|brains|manners|class|taste|talent|skill|skills|spine|backbone|shame|awareness|maturity|respect|decency|empathy|integrity|competence|dignity|personality';

/** Verbs of violence, as commands ("kill them", "kick em"). */
const HARM_VERBS =
  'kill|shoot|hang|execute|lynch|strangle|choke|stab|whip|spank|smack|punch|slap|behead|nuke|kick|bash';
/** Nouns for people (and roles) that "the worst …" can label. */
const PEOPLE =
  'person|people|human|humans|human_being|man|woman|men|women|mayor|president|pm|premier|leader|leaders|politician|politicians|governor|senator|player|players|coach|parent|parents|mother|father|husband|wife|boyfriend|girlfriend|writer|journalist|boss|ceo|teacher|teachers|driver|drivers|mp|minister|prime_minister|candidate|teammate|teammates|roommate|flatmate|coworker|coworkers|colleague|colleagues|manager|managers|neighbor|neighbour|landlord|dad|mom|mum|brother|sister|son|daughter|partner|friend|friends|employee|employees|referee|captain|houseguest|mod|mods|moderator|moderators|streamer|streamers|commenter|commenters|uploader|tenant|tenants';

const PEOPLE_NOUNS: ReadonlySet<string> = new Set(PEOPLE.split('|'));

/** Nouns that "misguided" fits: ideas, choices and what people say. */
const IDEA_NOUNS: ReadonlySet<string> = wordSet(
  'rant rants letter letters story stories idea ideas plan plans decision decisions choice choices move moves argument arguments take takes comment comments question questions thing things law laws policy policies rule rules opinion opinions thinking logic belief beliefs statement statements claim claims excuse excuses answer answers reason reasons post posts article articles view views notion notions theory theories approach attempt attempts suggestion suggestions proposal idea reasoning consensus assumption assumptions remark remarks response responses reply replies decision way ways mistake mistakes things policy strategy tactic tactics advice assessment conclusion conclusions position positions stance crowd electorate voters public mob generation kids kid children child boy girl guy guys dude folks folk individuals',
);

/** Verbs after "the stupid" that make it a group of people ("the stupid can't see it"). */
const GROUP_VERB =
  /^(?:can|can't|cant|cannot|will|won't|wont|would|should|shall|must|may|might|are|were|have|never|always|don't|dont|do|think|believe|keep|get|vote|need|want)$/;

/** Words of IDEA_NOUNS that name people: "stupid kids" without "stupid" would say something else. */
const PEOPLE_IDEAS: ReadonlySet<string> = wordSet(
  'crowd electorate voters public mob generation kids kid children child boy girl guy guys dude folks folk individuals',
);

/** Prepositions, adverbs and pronouns after a label that leave it a noun ("some jackass over there"). */
const NOT_A_NOUN_BEFORE_VERB: ReadonlySet<string> = wordSet(
  'over under across around behind near down up out off into onto from by who whom which whose here there again just really still even also never always already like than what where when while whilst yet cos cuz cause until till since across along among through throughout inside outside upon can could will would should must might may did does do has had have gets got keeps kept says thinks wants needs',
);

/** Words after a describing word that are no noun it describes ("stupid enough", "stupid as"). */
const NOT_A_NOUN_AFTER: ReadonlySet<string> = wordSet(
  'to of that and or but for as enough in at about with when if because than then so too is are was were be it this you me him her them us i lol haha though anyway now again af not',
);

/** Nouns of the label list that often describe without scorn ("she's a baby", "he's an animal on the field"). */
/** Laughter, hearts or "love you" in text [from, to): teasing among friends ("you suck lol ❤️"). */
function laughOrLoveNear(doc: Doc, from: number, to: number): boolean {
  return /\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|jk|love (?:you|u|ya))\b|\u2764|<3|\u{1F602}|\u{1F923}|\u{1F61C}|\u{1F61D}|\u{1F618}/iu.test(
    doc.text.slice(from, Math.min(doc.text.length, to + 40)),
  );
}

/**
 * "kill yourself", "go die", "you should kys": told to die, as an order or a wish. Not care said
 * with a negation or a warning ("don't kill yourself over it", "you'll kill yourself on that bike"),
 * nor "kill yourself laughing".
 */
function toldToDie(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (negatedBefore(doc, first, 3)) return false;
  const next = first + 2 < s.last ? (t[first + 2] as Token).w : '';
  if (/^(?:laughing|trying|working|over|for|with|on|doing|to)$/.test(next)) return false;
  let k = first;
  while (
    k > s.first &&
    /^(?:just|go|please|pls|plz|and|then|now|should|shud|could|can|u|you|ya|ur|honestly|seriously|literally|really|why|don't|dont|not|might|may|as|well|pretty|much)$/.test(
      (t[k - 1] as Token).w,
    )
  )
    k--;
  if (k === s.first) return true;
  // "…, kill yourself", "nobody likes you so kys": after a clause of its own.
  return (
    /^(?:so|and|just|then|lol|lmao|pls|please)$/.test((t[k - 1] as Token).w) ||
    /[,.;:!?\u2014-]\s*$/.test(doc.text.slice(0, (t[k] as Token).start))
  );
}

const AMBIGUOUS_NOUNS: ReadonlySet<string> = wordSet(
  'baby child mess joke nobody animal waste sheep savage snake predator punk sucker suckers failure tit dummy bum',
);

/**
 * The whole sentence replaced, when the match starts it ("this trash again."); in the middle of a
 * sentence ("they gave this trash the codes") no sentence of ours fits, and none is offered.
 */
function ownSentence(doc: Doc, m: Match, text: string): Draft[] {
  const s = sentenceOf(doc, m.first);
  if (m.first > s.first && !isImperative(doc, m.first)) return [];
  return [wholeSentence(doc, m, text)];
}

/**
 * A draft replacing the match's clause to the end of the sentence: the words of earlier clauses
 * stay ("wow, surprising you…" keeps "wow,"); see `toSentenceEnd` for words before it in its clause.
 */
function wholeSentence(doc: Doc, m: Match, text: string): Draft {
  return toSentenceEnd(doc, m.first, text);
}

/**
 * "Mark is the worst manager…", "[NAME] was the worst coach…", "my landlord is the worst…": the
 * subject before the copula at `cop`, as written, when it is a name or a short noun phrase of
 * someone's ("my landlord", "the new chef"); null for a pronoun or anything longer.
 */
function namedSubject(doc: Doc, from: number, cop: number): string | null {
  const t = doc.tokens;
  if (cop <= from || cop - from > 4 || !/^(?:is|was)$/.test((t[cop] as Token).w)) return null;
  // "honestly our manager is…": an opener is not part of who.
  if (/^(?:honestly|seriously|frankly|tbh|ngl|so|and|but|well|ok|okay|like)$/.test((t[from] as Token).w))
    return namedSubject(doc, from + 1, cop);
  if (cop - from > 3) return null;
  const first = t[from] as Token;
  const text = doc.text.slice(first.start, (t[cop - 1] as Token).end);
  // "[NAME]": a placeholder, not a name to repeat.
  if (
    !/^[\p{L} '-]+$/u.test(text) ||
    /[[\]]/.test(doc.text.slice(first.start - 1, first.start + text.length + 1))
  )
    return null;
  if (
    /^(?:i|we|you|u|it|this|that|he|she|they|there|here|who|what|which|everyone|everybody|nobody|someone|one)$/.test(
      first.w,
    )
  )
    return null;
  // "Mark", "Mr Patel", "Jenna Smith": a name, every word capitalised.
  let named = true;
  for (let k = from; k < cop; k++) if (!/^\p{Lu}/u.test((t[k] as Token).raw)) named = false;
  if (named) return text;
  if (cop - from === 1) return null;
  return /^(?:my|our|his|her|their|the|this|that)$/.test(first.w) ? text : null;
}

/** A plain word for a failing named as a trait: "your stupidity" → "your poor judgment". */
const FAILING_FOR: Readonly<Record<string, string>> = {
  ignorance: 'lack of knowledge',
  stupidity: 'poor judgment',
  idiocy: 'poor judgment',
  incompetence: 'lack of skill',
  ineptitude: 'lack of skill',
  ineptness: 'lack of skill',
};

/**
 * "by your own stupidity" → "by your own poor judgment": the owner stays ("own" too), the words
 * between go ("your riveting ignorance" → "your lack of knowledge").
 */
function plainFailing(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const noun = t[m.last - 1] as Token;
  const plainWords = FAILING_FOR[noun.w];
  if (!plainWords) return [];
  const own = m.first + 1 < m.last - 1 && (t[m.first + 1] as Token).w === 'own';
  // "her sisters stupidity", "his son's ignorance": whose it is stays ("her sisters poor judgment").
  let from = m.first + (own ? 2 : 1);
  for (let k = from; k < m.last - 1; k++) {
    const w = (t[k] as Token).raw.toLowerCase();
    if (/^\p{L}+(?:['’]s|s['’])$/u.test(w) || (/^\p{L}{3,}s$/u.test(w) && !/(?:ous|ss|is|us)$/.test(w)))
      from = k + 1;
  }
  return [replaceTokens(doc, from, m.last, plainWords)];
}

/**
 * "piece of shit" by the part it plays: before a noun it only describes it and goes ("their piece of
 * shit dictator" → "their dictator"); said of someone after "is a" it is a verdict ("awful"), and
 * with describing words of its own those say it ("he is a criminal piece of shit" → "he is a
 * criminal"); after "this"/"that" the pointing word stands alone ("they hate this"); "those pieces
 * of shit" are "those people"; an exclamation on its own goes. "person I strongly disagree with"
 * fitted none of these.
 */
function pieceOf(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  // "gutless pieces of garbage": the finding may start at a describing word.
  const plural = t.slice(m.first, m.last).some((x) => x.w === 'pieces');
  const fallback = replaceTokens(
    doc,
    scornStart(doc, m.first),
    m.last,
    `${plural ? 'people' : 'person'} I strongly disagree with`,
  );
  const next = m.last < s.last ? (t[m.last] as Token) : undefined;
  const atEnd =
    isClauseEnd(doc, m.last - 1) || (next !== undefined && /^(?:lol|lmao|haha+|smh|ffs)$/.test(next.w));
  const piece = t[m.first] as Token;
  const last = t[m.last - 1] as Token;
  // Describing words between an article and "piece": "a lying stupid piece of shit".
  let k = m.first;
  while (
    k > s.first &&
    k > m.first - 4 &&
    !/^(?:a|an|the|this|that|these|those|such)$/.test((t[k - 1] as Token).w) &&
    /^\p{L}+$/u.test((t[k - 1] as Token).w) &&
    !COMMON_WORDS.has((t[k - 1] as Token).w) &&
    // "the usual gutless pieces of garbage": a word saying which ones stays.
    !ORDER_WORDS.test((t[k - 1] as Token).w)
  )
    k--;
  const det =
    k > s.first && /^(?:a|an|the|this|that|these|those|such)$/.test((t[k - 1] as Token).w)
      ? (t[k - 1] as Token)
      : undefined;
  // Before a noun: "their piece of shit dictator".
  if (
    next &&
    !atEnd &&
    /^\p{L}{3,}$/u.test(next.w) &&
    !NOT_A_NOUN_AFTER.has(next.w) &&
    !COMMON_WORDS.has(next.w) &&
    !isPastForm(next.w) &&
    !/(?:ly|ing)$/.test(next.w)
  ) {
    if (det && /^(?:a|an)$/.test(det.w) && k === m.first)
      return [
        replaceTokens(
          doc,
          k - 1,
          m.last,
          det.raw.startsWith('A') ? article(next.w).replace(/^a/, 'A') : article(next.w),
        ),
      ];
    return [removeRange(doc, piece.start, last.end, 'Leave it out'), fallback];
  }
  // A sentence of its own, or closing a sentence after no article: "…my umbrella! piece of shit!"
  if ((m.first === s.first || !det) && atEnd) {
    // "…, you piece of shit.": a name said to someone goes with its "you".
    const you =
      m.first > s.first && /^(?:you|u|ya)$/.test((t[m.first - 1] as Token).w)
        ? (t[m.first - 1] as Token)
        : undefined;
    if (you && m.first - 1 > s.first)
      return [removeRange(doc, you.start, last.end, 'Leave it out'), fallback];
    if (!you) return [removeRange(doc, piece.start, last.end, 'Leave it out'), fallback];
  }
  // "you piece of shit, you lied to me": a name said to someone opening the sentence goes with
  // its "you" and its comma.
  if (
    m.first - 1 === s.first &&
    /^(?:you|u|ya)$/.test((t[m.first - 1] as Token).w) &&
    next &&
    /^\s*,\s*$/.test(doc.text.slice(last.end, next.start))
  ) {
    const you = t[m.first - 1] as Token;
    return [{ start: you.start, end: next.start, text: '' }, fallback];
  }
  // "he is a worthless piece of garbage that should go": a relative clause needs its noun; the
  // describing words go with the label ("the sick piece of trash that…" → "the person that…").
  if (next && /^(?:that|who|which|whose)$/.test(next.w)) {
    if (det && /^(?:a|an)$/.test(det.w) && !plural)
      return [replaceTokens(doc, k - 1, m.last, 'someone'), fallback];
    const from = det || plural ? k : m.first;
    // "the sick piece of trash that pulled the trigger", "the usual pieces of garbage who…": after
    // "the", "the one(s) who…" ("the only person to blame is the person that…" said it twice).
    const the = det?.w === 'the' || (k > s.first && (t[k - 2] as Token | undefined)?.w === 'the');
    return [
      replaceTokens(doc, from, m.last, the ? (plural ? 'ones' : 'one') : plural ? 'people' : 'person'),
      fallback,
    ];
  }
  if (det && /^(?:a|an)$/.test(det.w)) {
    const cop = k - 2 >= s.first ? (t[k - 2] as Token).w : '';
    // "this phone a piece of crap i need a new one": right after a thing's name it is junk.
    if (THING_NOUNS.has(cop) && k === m.first)
      return [replaceTokens(doc, m.first, m.last, plural ? 'pieces of junk' : 'piece of junk'), fallback];
    const copula =
      /^(?:is|was|are|were|be|being|been|he's|she's|it's|its|that's|thats|you're|youre|ur|hes|shes|im|i'm|just|still|absolute|definition)$/.test(
        cop,
      );
    if (copula || atEnd) {
      // "he is a criminal piece of shit" → "he is criminal"; "being an entitled piece of shit" →
      // "being entitled". Words that only say how much ("an absolute piece of shit") go too.
      let d = k;
      while (d < m.first && LABEL_INTENSIFIERS.has((t[d] as Token).w)) d++;
      const lastWord = (t[m.first - 1] as Token).w;
      if (
        d < m.first &&
        (INSULT_ADJECTIVES.has(lastWord) || /(?:ed|ing|ful|ous|ive|ic|al|less|ish|ent|ant|y)$/.test(lastWord))
      )
        return [
          {
            start: det.start,
            end: last.end,
            text: doc.text.slice((t[d] as Token).start, (t[m.first - 1] as Token).end),
          },
          fallback,
        ];
      return [replaceTokens(doc, k - 1, m.last, 'awful'), fallback];
    }
  }
  // "the most worthless piece of nothing to come along": the superlative keeps what was said, in a
  // milder word ("the most disappointing person to come along"); "the person" alone says nothing.
  if (
    det?.w === 'the' &&
    m.first - k === 2 &&
    /^(?:most|least)$/.test((t[k] as Token).w) &&
    DEGREE_MILD[(t[m.first - 1] as Token).w]
  )
    return [
      replaceTokens(
        doc,
        m.first - 1,
        m.last,
        `${DEGREE_MILD[(t[m.first - 1] as Token).w]} ${plural ? 'people' : 'person'}`,
      ),
      fallback,
    ];
  const wordAt = (i: number): string => (i >= s.first && i < s.last ? (t[i] as Token).w : '');
  // "he is the biggest piece of shit i know": "the biggest" says how bad; in milder words "the most
  // unpleasant person i know" ("the person i strongly disagree with i know" said it twice).
  if (
    m.first - 2 >= s.first &&
    /^(?:biggest|worst)$/.test((t[m.first - 1] as Token).w) &&
    (t[m.first - 2] as Token).w === 'the' &&
    // Said of a person ("he is", "they're"); "that is the biggest piece of crap i bought" is a thing.
    (/^(?:he's|she's|hes|shes|they're|theyre|you're|youre|ur)$/.test(wordAt(m.first - 3)) ||
      (/^(?:is|are|was|were)$/.test(wordAt(m.first - 3)) &&
        /^(?:he|she|they|you|u)$/.test(wordAt(m.first - 4))))
  )
    return [
      replaceTokens(doc, m.first - 1, m.last, plural ? 'most unpleasant people' : 'most unpleasant person'),
      fallback,
    ];
  // "that is the biggest piece of crap i ever bought": said of a thing, it is junk.
  if (
    m.first - 2 >= s.first &&
    /^(?:biggest|worst)$/.test((t[m.first - 1] as Token).w) &&
    (t[m.first - 2] as Token).w === 'the' &&
    (/^(?:that's|thats|it's|its)$/.test(wordAt(m.first - 3)) ||
      (/^(?:is|was)$/.test(wordAt(m.first - 3)) && /^(?:that|this|it)$/.test(wordAt(m.first - 4))))
  )
    return [replaceTokens(doc, m.first, m.last, plural ? 'pieces of junk' : 'piece of junk'), fallback];
  if (det && /^(?:this|that)$/.test(det.w) && k === m.first)
    return [removeRange(doc, piece.start, last.end, 'Leave it out'), fallback];
  if (det && /^(?:the|these|those)$/.test(det.w) && k === m.first)
    return [replaceTokens(doc, k - 1, m.last, `${det.raw} ${plural ? 'people' : 'person'}`), fallback];
  // "execute this low life piece of trash", "the usual gutless pieces of garbage who…": the pointing
  // word says who; the describing words go with the label ("this person", "the usual people").
  if (det && /^(?:this|that|the|these|those)$/.test(det.w))
    return [replaceTokens(doc, k, m.last, plural ? 'people' : 'person'), fallback];
  return [fallback];
}

/** Describing words for a thing after "what a": "what a stupid time" → "what a bad time". */
const WHAT_A_PLAIN: Readonly<Record<string, string>> = {
  pathetic: 'disappointing',
  ridiculous: 'strange',
  absurd: 'strange',
  ludicrous: 'strange',
  disgusting: 'upsetting',
  despicable: 'upsetting',
  vile: 'unpleasant',
  repugnant: 'upsetting',
  loathsome: 'upsetting',
  ignorant: 'uninformed',
};

/**
 * "what a useless clown this man is", "what a fool my boss turned out to be": who the exclamation
 * is about, said after it, stays in ours (" in this man", " in my boss"); "" when no one is named.
 */
function whatASubject(doc: Doc, first: number, last: number): string {
  const t = doc.tokens;
  for (let c = first + 3; c < last && c < first + 9; c++) {
    if (!/^(?:is|was|are|were|be)$/.test((t[c] as Token).w) || !isClauseEnd(doc, c)) continue;
    let v = c;
    // "turned out to be", "has been", "proved to be"
    if ((t[c] as Token).w === 'be' && /^to$/.test((t[c - 1] as Token).w)) {
      v = c - 1;
      while (
        v > first + 2 &&
        /^(?:turned|turns|out|proved|proves|seems|seemed|to)$/.test((t[v - 1] as Token).w)
      )
        v--;
    }
    for (let j = first + 2; j < v; j++) {
      const x = (t[j] as Token).w;
      if (/^(?:he|she|they)$/.test(x) && j === v - 1)
        return x === 'he' ? ' in him' : x === 'she' ? ' in her' : ' in them';
      if (/^(?:this|that|the|my|our|his|her|their|these|those)$/.test(x) && v - j <= 3) {
        const said = doc.text.slice((t[j] as Token).start, (t[v - 1] as Token).end);
        return /^[\p{L} '-]+$/u.test(said) ? ` in ${said}` : '';
      }
    }
    return '';
  }
  return '';
}

/**
 * "what a stupid comment" → "what a bad comment": before a noun that is not a person, the
 * describing word gets plainer and the sentence stays. Otherwise, a sentence of ours.
 */
function whatAStart(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const w = m.cap.w as number | undefined;
  const s0 = sentenceOf(doc, m.first);
  const whole = wholeSentence(doc, m, `I'm really disappointed${whatASubject(doc, m.first, s0.last)}.`);
  if (w === undefined) return [whole];
  const s = sentenceOf(doc, w);
  const after = w + 1 < s.last ? (t[w + 1] as Token) : undefined;
  const word = (t[w] as Token).w;
  // "what a pathetic and immature take", "what a ridiculous, cruel joke": another describing word
  // follows; the scornful one goes with its "and" or comma, and "a" agrees with what is left.
  {
    const gap = after ? doc.text.slice((t[w] as Token).end, after.start) : '';
    const k = after && /^(?:and|&)$/.test(after.w) ? w + 2 : /^\s*,\s*$/.test(gap) ? w + 1 : -1;
    const adj = k > w && k < s.last ? (t[k] as Token) : undefined;
    if (
      adj &&
      k + 1 < s.last &&
      /^\p{L}{3,}$/u.test(adj.w) &&
      !NOT_A_NOUN_AFTER.has(adj.w) &&
      !PEOPLE_NOUNS.has(adj.w) &&
      !/[;:.!?]/.test(doc.text.slice(adj.end, (t[k + 1] as Token).start)) &&
      /^\p{L}{3,}$/u.test((t[k + 1] as Token).w)
    )
      return [replaceTokens(doc, m.first + 1, k + 1, `${article(adj.w)} ${adj.raw}`), whole];
  }
  // "he is what a stupid person thinks a smart one sounds like": not an exclamation but a clause
  // inside a sentence; the describing word gets plainer and the sentence stays.
  if (
    m.first > s.first &&
    /^(?:is|was|are|were|that's|thats|it's|its|exactly|just|like|know|see|sounds)$/.test(
      (t[m.first - 1] as Token).w,
    ) &&
    after &&
    PEOPLE_NOUNS.has(after.w)
  ) {
    const plainWord = MILD_ADJ[word] ?? WHAT_A_PLAIN[word] ?? 'misguided';
    return [replaceTokens(doc, m.first + 1, w + 1, `${article(plainWord)} ${plainWord}`), whole];
  }
  if (
    after &&
    !isClauseEnd(doc, w) &&
    /^\p{L}{3,}$/u.test(after.w) &&
    !NOT_A_NOUN_AFTER.has(after.w) &&
    !PEOPLE_NOUNS.has(after.w) &&
    !STRONG_INSULT_NOUNS.has(after.w) &&
    !/^\p{L}{3,}(?:ers|ors|ists|ians|er|or|ist|ian)$/u.test(after.w) &&
    !/^\p{L}{3,}ly$/u.test(after.w)
  ) {
    const plainWord = WHAT_A_PLAIN[word] ?? 'bad';
    return [replaceTokens(doc, m.first + 1, w + 1, `${article(plainWord)} ${plainWord}`), whole];
  }
  // "what a useless pm of canada!", "what an incompetent landlord": the person it was said of
  // stays ("I'm really disappointed in this pm of canada."), when the sentence names no other.
  const them = after ? whatAPerson(doc, w + 1, s.last) : null;
  if (them && whatASubject(doc, m.first, s0.last) === '')
    return [wholeSentence(doc, m, `I'm really disappointed in this ${them}.`)];
  return [whole];
}

/** Nouns for anyone at all: no role that was judged. */
const ANYONE = /^(?:person|people|human|humans|human_being|man|woman|men|women|guy|dude|lady|kid)$/;

/** More nouns for someone in a role ("what a useless cop"), besides PEOPLE. */
const ROLE_NOUNS: ReadonlySet<string> = wordSet(
  'cop officer judge nurse umpire ref lawyer tenant customer cashier clerk waiter waitress owner chef cook student professor admin moderator mod dentist plumber mechanic contractor trainer instructor',
);

/** Words that end the noun phrase of a person: a clause or a pronoun goes on after it. */
const NOT_IN_PERSON_PHRASE =
  /^(?:to|who|whom|that|which|you|u|i|me|he|she|it|we|they|him|her|them|us|is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|should|must|and|but|or|if|when|because|so|than|as|like|lol|lmao|haha|ever)$/;

/**
 * "pm of canada", "landlord": from `from` to the sentence's end (`end`, exclusive), a person's noun
 * and at most a short phrase of place after it, as written; null for anything else.
 */
function whatAPerson(doc: Doc, from: number, end: number): string | null {
  const t = doc.tokens;
  const head = (t[from] as Token).w;
  // "what a stupid man": a word for anyone says no role; the feeling alone.
  if (end - from > 5 || !(PEOPLE_NOUNS.has(head) || ROLE_NOUNS.has(head)) || ANYONE.test(head)) return null;
  for (let j = from; j < end; j++) {
    const x = t[j] as Token;
    if (!/^\p{L}+$/u.test(x.w) || NOT_IN_PERSON_PHRASE.test(x.w)) return null;
    if (j > from && !/^ +$/.test(doc.text.slice((t[j - 1] as Token).end, x.start))) return null;
    if (j > from && j === from + 1 && !/^(?:of|in|from|at|for|on)$/.test(x.w)) return null;
  }
  return doc.text.slice((t[from] as Token).start, (t[end - 1] as Token).end);
}

/**
 * "what is wrong with you and everyone here?" → "what is going on with you and everyone here?":
 * the question asked in concern, in place, the rest kept ("even", "on earth" go with the verdict).
 */
function goingOn(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  let k = m.first;
  while (k < m.last && !/^(?:wrong|matter)$/.test((t[k] as Token).w)) k++;
  if (k >= m.last) return [];
  const slot = (t[k] as Token).w === 'matter' && k > m.first && (t[k - 1] as Token).w === 'the' ? k - 1 : k;
  let from = slot;
  while (
    from - 1 > m.first &&
    /^(?:even|earth|world|heck|hell|on|in|the)$/.test((t[from - 1] as Token).w) &&
    !/^(?:is|'s)$/.test((t[from - 1] as Token).w)
  )
    from--;
  const before = t[from - 1] as Token | undefined;
  if (!before || from - 1 < m.first) return [];
  // "what is wrong with you people": "you people" sets them apart; "you" says who.
  const you = t[m.last - 1] as Token;
  const ppl = t[m.last] as Token | undefined;
  if (you.w === 'you' && ppl?.w === 'people' && /^ +$/.test(doc.text.slice(you.end, ppl.start)))
    return [
      { start: before.end, end: ppl.end, text: ` going on${doc.text.slice((t[k] as Token).end, you.end)}` },
    ];
  // "what is wrong with you leftist nutbars": words after "you" to the end that no list knows are a
  // name said to them ("you" + a label); left, "going on with you leftist nutbars" keeps it.
  const s = sentenceOf(doc, m.first);
  let e = m.last;
  while (
    e < s.last &&
    e < m.last + 3 &&
    /^\p{L}{3,}$/u.test((t[e] as Token).w) &&
    !COMMON_WORDS.has((t[e] as Token).w) &&
    !/^(?:today|tonight|lately|recently|again|anyway|seriously|honestly|bro|bruh|dude|man|mate|guys|people|folks|two|all|both|lot|lol|lmao|haha|kid|sis)$/.test(
      (t[e] as Token).w,
    ) &&
    /^ +$/.test(doc.text.slice((t[e - 1] as Token).end, (t[e] as Token).start))
  )
    e++;
  if (
    you.w === 'you' &&
    e > m.last &&
    (e === s.last || /[,;:.!?]/.test(doc.text.slice((t[e - 1] as Token).end, (t[e] as Token).start)))
  )
    return [
      {
        start: before.end,
        end: (t[e - 1] as Token).end,
        text: ` going on${doc.text.slice((t[k] as Token).end, you.end)}`,
      },
    ];
  return [{ start: before.end, end: (t[k] as Token).end, text: ' going on' }];
}

/** "what's (even) wrong with you": one rule for both patterns; asked in concern ("…? you seem sad") it passes. */
const WHATS_WRONG = {
  rule: 'whats-wrong',
  severity: 2,
  min: 'balanced',
  why: 'insult',
  guard: (doc: Doc, first: number) => !caringNear(doc, first),
  suggest: (doc: Doc, m: Match) => [
    ...goingOn(doc, m),
    toSentenceEnd(doc, m.first, 'Are you okay? That really surprised me.'),
    toSentenceEnd(doc, m.first, "I'm confused by what just happened. Can we talk about it?"),
  ],
} as const;

/** Degree words between "a" and a label: "a complete failure", "a total letdown". */
const DEGREE = /^(?:total|complete|utter|real|absolute|huge|massive|major|big)$/;

/** Labels for someone talked about that the word lists leave out (plural bare "are sheep" too). */
const TALKED_LABEL =
  'hack|hacks|brain_dead|crybaby|crybabies|shill|shills|diva|divas|fossil|fossils|puppet|puppets|sellout|sellouts|fraud|frauds|grifter|grifters|vermin|muppets|animals|sheep|leeches|parasites|freeloaders|crooks|rats|snakes|pigs|thieves|waste_of_space|waste_of_oxygen';

/**
 * The label at `w` (ending at `e`) said of someone talked about: after a copula whose subject is
 * a person or a group ("the mayor is", "whoever wrote this is") or after "bunch of"; only
 * describing words between, none warm; the label ends its phrase.
 */
function talkedLabel(doc: Doc, first: number, w: number, e: number): boolean {
  const t = doc.tokens;
  const n = t[e + 1]?.w ?? '';
  if (
    !(
      isClauseEnd(doc, e) ||
      /^(?:who|that|and|with|for|of)$|ing$/.test(n) ||
      /^ *,/.test(doc.text.slice((t[e] as Token).end))
    )
  )
    return false;
  // "a bunch of kitchen hacks" is tips: the word before the label describes, not names a kind.
  const d = (t[w - 1] as Token).w;
  if (
    w - 1 > first &&
    !/(?:less|ing|ed|ous|ful|ive|ic|al|y|ent|ant|ble|ish|id)$|^(?:a|an|of|old|little|big|fat|sad|total|complete|utter|absolute|real|pure|such)$/.test(
      d,
    ) &&
    !INSULT_ADJECTIVES.has(d)
  )
    return false;
  for (let k = first + 1; k < w; k++) {
    const x = (t[k] as Token).w;
    if (valence(x) > 0 || /[,;:.!?]/.test(doc.text.slice((t[k - 1] as Token).end, (t[k] as Token).start)))
      return false;
    if (COMMON_WORDS.has(x) && !/^(?:a|an|such|just|all|so|really|of|nothing|but|the|and)$/.test(x))
      return false;
  }
  if (!scornGuard(doc, w)) return false;
  // "they're destructive animals" may be said of cats, "a flock of sheep" is sheep: a creature's
  // name needs a word for people.
  const beast = /^(?:animals|sheep|rats|snakes|pigs|leeches|parasites|vermin)$/.test((t[w] as Token).w);
  return (
    (!beast && /^(?:bunch|pack|herd|cult|flock|gang)$/.test((t[first] as Token).w)) ||
    someoneBefore(doc, first, beast)
  );
}

export const insults = phraseFamily({
  id: 'contempt',
  category: 'contempt',
  phrases: [
    {
      pattern: `${YOURE} always|constantly|forever? @INT* a|an|the|one? @INT* @IADJ:w @ANY?`,
      rule: 'label',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first, hit) => {
        // "your" only as the common misspelling of "you're": "your so stupid".
        if (
          (doc.tokens[first] as Token).w === 'your' &&
          (doc.tokens[first + 1] as Token | undefined)?.w !== 'so'
        )
          return false;
        // The optional trailing noun must not be warm or a new clause ("you're stupid and …").
        const last = doc.tokens[hit.end - 1] as Token;
        // "you're crazy talented", "you're stupid good at this": the label word intensifies a
        // word of praise after it, with no sour word of its own.
        if (
          hit.end - 1 !== hit.cap.w &&
          INTENSIFYING_LABELS.has((doc.tokens[hit.cap.w as number] as Token).w) &&
          !INSULT_ADJECTIVES.has(last.w) &&
          valence(last.w) >= 0 &&
          (valence(last.w) > 0 || /(?:ed|ful|ive|ous|ent|ant|ing|ic|able|ible)$/.test(last.w))
        )
          return false;
        // "you two are thick as thieves": close friends, not slow ones.
        const w = hit.cap.w as number;
        // "if you're sick and in pain", "sorry you're sick again": ill, not depraved.
        if (
          (doc.tokens[w] as Token).w === 'sick' &&
          (/^(?:with|today|again|at|or|too)$/.test((doc.tokens[w + 1] as Token | undefined)?.w ?? '') ||
            ((doc.tokens[w + 1] as Token | undefined)?.w === 'and' &&
              !INSULT_ADJECTIVES.has((doc.tokens[w + 2] as Token | undefined)?.w ?? '')) ||
            /^(?:if|when|whenever|while|since|because|sorry|hope|unless)$/.test(
              (doc.tokens[first - 1] as Token | undefined)?.w ?? '',
            ))
        )
          return false;
        if (
          (doc.tokens[w] as Token).w === 'thick' &&
          (doc.tokens[w + 2] as Token | undefined)?.w === 'thieves'
        )
          return false;
        if (
          hit.end - 1 !== hit.cap.w &&
          INSULT_ADJECTIVES.has(last.w) === false &&
          (COMMON_WORDS.has(last.w) || polarity(doc, hit.end - 1, hit.end).pos > 0)
        )
          hit.end--;
        return labelGuard(doc, first, hit);
      },
      suggest: labelSuggestTagged,
    },
    {
      pattern: `${YOURE} @INT* a|an|the|one|such_a|such_an @INT* total|complete|utter|real|absolute|huge|massive|major|big? @IADJ? @INOUN:w`,
      rule: 'label',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first, hit) => {
        const w = (doc.tokens[hit.cap.w as number] as Token).w;
        if ((w === 'baby' || w === 'child' || w === 'joke' || w === 'mess') && hit.cap.w === hit.end - 1) {
          // "you're my baby" never reaches here; "you're such a baby" is scorn, "you're a child of God" is not.
          if (!isClauseEnd(doc, hit.end - 1)) return false;
        }
        if ((doc.tokens[first] as Token).w === 'your') return false;
        // "a complete failure", "a total waste of space": a degree word reaches only the labels no
        // other rule names ("a complete idiot" is reworded as a scorn word, keeping the sentence).
        if (
          DEGREE.test((doc.tokens[(hit.cap.w as number) - 1] as Token).w) &&
          !/^(?:failure|joke|waste|letdown|burden|disgrace|embarrassment)$/.test(w)
        )
          return false;
        return labelGuard(doc, first, hit);
      },
      suggest: labelSuggestTagged,
    },
    {
      // "you're such a disappointment": a feeling's name made the person's. Not an insult noun
      // elsewhere: "anger, disappointment, grief" lists feelings.
      pattern: `${YOURE} @INT* a|such_a @INT* total|complete|utter|real|absolute|huge|massive|major|big? disappointment:w`,
      rule: 'label',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: labelGuard,
      suggest: labelSuggestTagged,
    },
    {
      pattern: 'you|u @INT* @IADJ* @ANY? @INOUN:w',
      rule: 'name-calling',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first, hit) =>
        (VOCATIVE_END(doc, first, hit) ||
          ALWAYS_VOCATIVE.has((doc.tokens[hit.cap.w as number] as Token).w)) &&
        !hasDeterminer(doc, first + 1, hit.cap.w as number) &&
        plainWordsBefore(doc, first + 1, hit.cap.w as number) &&
        labelGuard(doc, first, hit) &&
        (doc.tokens[hit.cap.w as number] as Token).w !== 'baby',
      suggest: (doc, m) => {
        const label = `Leave out “${doc.text.slice((doc.tokens[m.first] as Token).start, (doc.tokens[m.last - 1] as Token).end)}”`;
        const s = sentenceOf(doc, m.first);
        const before = m.first > s.first ? (doc.tokens[m.first - 1] as Token) : undefined;
        // "you fools didn't care": "you" is the subject and stays; "I told you idiot": the object stays.
        // "you idiot i told you", "wondering you racist i am…": a new subject follows, so "you" only
        // called them the name, and goes with it.
        const newSubject = NEW_SUBJECT.test((doc.tokens[m.last] as Token | undefined)?.w ?? '');
        const keepYou =
          (!isClauseEnd(doc, m.last - 1) && !newSubject) ||
          (before !== undefined &&
            TAKES_YOU.has(before.w) &&
            !/[,;:]/.test(doc.text.slice(before.end, (doc.tokens[m.first] as Token).start))) ||
          objectYou(doc, m.first);
        // "are you guys idiots?": a question whose whole point is the label, asked plainly.
        const asked = labelQuestionAt(doc, m.first, m.cap.w as number, m.last);
        if (asked) return [asked];
        // "You idiot!" on its own: nothing would be left, so the feeling is said instead.
        if (m.first === s.first && m.last === s.last)
          return [toSentenceEnd(doc, m.first, "I'm really frustrated with you right now.")];
        return [removeTokens(doc, keepYou ? m.first + 1 : m.first, m.last, label)];
      },
    },
    {
      // "what is even wrong with u", "what on earth is wrong with you today"
      pattern: `what's|what_is|whats|wats|what|wat even|on_earth|in_the_world|the_heck|the_hell|on_god is|'s? even? ${WRONG_SLOT} with you|u`,
      ...WHATS_WRONG,
    },
    {
      pattern: `what's|what_is|whats|wats ${WRONG_SLOT} with you|u`,
      ...WHATS_WRONG,
    },
    {
      pattern: 'who even? raised_you|raised_u|brought_you_up|brought_u_up',
      rule: 'raised',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      // "who raised you to be this thoughtful?": praise of the upbringing.
      guard: (doc, first, hit) => {
        // "who raised you? because they did an amazing job": praise in the rest of the message.
        if (praiseAfter(doc, hit.end)) return false;
        if ((doc.tokens[hit.end] as Token | undefined)?.w !== 'to') return true;
        const p = polarity(doc, hit.end, sentenceOf(doc, first).last);
        return !(p.pos > p.neg);
      },
      suggest: sayInstead('I was really hurt by that.'),
    },
    {
      pattern: 'were|was you|u raised|brought_up by wolves|animals|apes|a_pack_of_wolves',
      rule: 'raised',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      suggest: sayInstead('I was really hurt by that.'),
    },
    {
      pattern: 'get yourself? a life',
      rule: 'get-a-life',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      // "get a life" tells them this is not worth so much of their time: "please let this go", the
      // rest of the sentence kept ("…, get a life and stop texting me"); asking for space is another sense.
      suggest: (doc, m) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, m.first);
        // "you need to get a life", "go get a life": the order's lead goes with it.
        let a = m.first;
        while (
          a > s.first &&
          a > m.first - 4 &&
          GET_A_LIFE_LEAD.has((t[a - 1] as Token).w) &&
          /^ +$/.test(doc.text.slice((t[a - 1] as Token).end, (t[a] as Token).start))
        )
          a--;
        // "get a life insurance quote": a longer noun, not the jab; the line of ours as before.
        const next = t[m.last] as Token | undefined;
        if (
          next &&
          !isClauseEnd(doc, m.last - 1) &&
          !/^(?:you|u|ya|and|or|but|so|then|lol|lmao|already|seriously|honestly|please|man|dude|bro|this|next|now|soon|today|tonight|tomorrow)$/.test(
            next.w,
          )
        )
          return sayInstead("I'd like some space right now.")(doc, m);
        // "i really need to get a life", "we seriously need to…": of oneself, plainly "get out more".
        for (let k = m.first - 1; k >= s.first && k >= m.first - 6 && !isClauseEnd(doc, k); k--) {
          const w = (t[k] as Token).w;
          if (/^(?:you|u|ya|your|ur)$/.test(w)) break;
          if (/^(?:i|i'm|im|we|we're|i'll|ill|i've)$/.test(w))
            return [replaceTokens(doc, m.first, m.last, 'get out more')];
        }
        // "why don't you get a life?": ours is no question.
        if ((t[a] as Token).w === 'why') return [toSentenceEnd(doc, a, 'please let this go.')];
        // "get a life you lazy bum": a name said after it, to the clause's end, goes too.
        const ce = clauseEnd(doc, m.last - 1);
        const named = /^(?:you|u|ya)$/.test((t[m.last] as Token | undefined)?.w ?? '') && ce < m.last + 5;
        return [replaceTokens(doc, a, named ? ce + 1 : m.last, 'please let this go')];
      },
    },
    {
      pattern: `i ${HATE_SLOT} you|u`,
      rule: 'hate-you',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const p = polarity(doc, hit.end, s.last);
        return !(p.pos > 1) && (closesClause(doc, hit.end, s) || (doc.tokens[hit.end] as Token).w === 'so');
      },
      // "I hate you so much right now" → "I'm so angry with you right now": the person's words stay.
      suggest: (doc, m) => {
        const t = doc.tokens;
        const much =
          (t[m.last] as Token | undefined)?.w === 'so' && (t[m.last + 1] as Token | undefined)?.w === 'much';
        return [
          replaceTokens(doc, m.first, m.last + (much ? 2 : 0), "I'm so angry with you"),
          ...sayInstead("I'm really hurt and angry right now.")(doc, m),
        ];
      },
    },
    {
      pattern: 'you|u disgust|sicken|repulse me',
      rule: 'hate-you',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      suggest: sayInstead("I'm really upset about what happened."),
    },
    {
      pattern: 'screw|damn|f you|u|yourself',
      rule: 'curse-at',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      pause: true,
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && polarity(doc, first, hit.end).pos === 0,
      suggest: sayInstead("I'm really angry right now and need a moment."),
    },
    {
      pattern: 'go to hell',
      rule: 'curse-at',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      pause: true,
      suggest: sayInstead("I'm really angry right now and need a moment."),
    },
    {
      pattern: 'drop dead',
      rule: 'curse-at',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      pause: true,
      // "drop dead gorgeous", "drop-dead funny": the idiom praises the word it comes before.
      guard: (doc, _first, hit) => {
        const next = (doc.tokens[hit.end] as Token | undefined)?.w ?? '';
        return !(
          valence(next) > 0 ||
          /^(?:gorgeous|stunning|sexy|handsome|hot|cute|fit|pretty|fabulous|delicious)$/.test(next)
        );
      },
      suggest: sayInstead("I'm really angry right now and need a moment."),
    },
    // "kill yourself", "kys", "go die": telling someone to die. Not care ("don't kill yourself over
    // it", "you'll kill yourself on that bike") nor oneself ("I could kill myself").
    ...[
      'kill|hang|off|shoot|end yourself|urself|yourselves|yaself|youself',
      'kys|go_die|go_and_die|just_die|die_in_a_fire|die_in_a_hole|go_to_hell_and_die',
    ].map((pattern) => ({
      pattern,
      rule: 'curse-at',
      severity: 3 as const,
      min: 'gentle' as const,
      why: 'insult' as const,
      pause: true,
      guard: (doc: Doc, first: number) => toldToDie(doc, first),
      suggest: sayInstead("I'm really angry right now and need a moment."),
    })),
    // "you suck", "u guys suck at this": a put-down of the person ("you suck it up" is an order, elsewhere).
    {
      pattern: "you_guys|u_guys|you_all|you|u|y'all|yall|ya @INT? suck|sucked",
      rule: 'you-suck',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const next = (doc.tokens[hit.end] as Token | undefined)?.w ?? '';
        if (/^(?:it|up|in|on|the|my|your|ur|his|her|their|that|this|a|an|every)$/.test(next)) return false;
        const s = sentenceOf(doc, first);
        const prev = first > s.first ? (doc.tokens[first - 1] as Token).w : '';
        // "do you suck at maths?", "thank god you suck too": a question, or company in it.
        if (/^(?:do|does|did|if|when|i|we|both|both_of)$/.test(prev)) return false;
        return !negatedBefore(doc, first, 2) && !laughOrLoveNear(doc, s.start, s.end);
      },
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        const next = (doc.tokens[m.last] as Token | undefined)?.w ?? '';
        if (next === 'at' && m.last + 1 < s.last) {
          const what = doc.text.slice(
            (doc.tokens[m.last + 1] as Token).start,
            (doc.tokens[s.last - 1] as Token).end,
          );
          return [toSentenceEnd(doc, m.first, `I'm frustrated with how ${what} is going`)];
        }
        return sayInstead("I'm really frustrated with you right now.")(doc, m);
      },
    },
    {
      pattern: 'nobody|no_one|noone likes|loves|cares_about you',
      rule: 'nobody-likes-you',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      // "nobody loves you like I do", "no one likes you more than me": a compliment by comparison.
      guard: (doc, _first, hit) =>
        !/^(?:like|as|more|better|half)$/.test((doc.tokens[hit.end] as Token | undefined)?.w ?? ''),
      suggest: (doc, m) => {
        // "no one cares about you": what it claims, said without the wound.
        let cares = false;
        for (let k = m.first; k < m.last; k++) if ((doc.tokens[k] as Token).w === 'cares') cares = true;
        // Said of the person it denies them any worth; what it means in a discussion is that what
        // they raised is beside the point, and that is said instead (never "this isn't about you").
        if (cares) {
          const s = sentenceOf(doc, m.first);
          // "if you have no money, no one cares about you": after a condition about anyone, it is a
          // claim about how people are, said plainly.
          let cond = -1;
          for (let k = Math.max(s.first, m.first - 12); k < m.first; k++)
            if (/^(?:if|when|once|unless|whenever)$/.test((doc.tokens[k] as Token).w)) cond = k;
          if (cond >= 0) {
            let you = false;
            for (let k = cond + 1; k < m.first; k++)
              if (/^(?:you|u|you're|ur|youre)$/.test((doc.tokens[k] as Token).w)) you = true;
            if (you) return [replaceTokens(doc, m.first, m.last, 'people overlook you')];
          }
          let e = m.last;
          while (
            e < s.last &&
            /^(?:anyway|anyways|either|here|lol|lmao|dude|man|bro|mate|at|all)$/.test(
              (doc.tokens[e] as Token).w,
            )
          )
            e++;
          if (isClauseEnd(doc, e - 1) || e === s.last)
            return [replaceTokens(doc, m.first, e, "I don't think that's relevant here")];
          return [toSentenceEnd(doc, m.first, "I don't think that's relevant here.")];
        }
        return [toSentenceEnd(doc, m.first, "I'm really upset with you right now.")];
      },
    },
    {
      pattern: 'are|r you|u stupid|dumb|deaf|blind|insane|crazy|mental|thick|retarded|an_idiot|a_moron|high',
      rule: 'are-you-stupid',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: (doc, m) => {
        // "are you crazy?" questions a decision: asked plainly, the question stays.
        const k = m.last - 1;
        const sure =
          /^(?:insane|crazy)$/.test((doc.tokens[k] as Token).w) && isClauseEnd(doc, k)
            ? [replaceTokens(doc, m.first, m.last, `${textOfTokens(doc, m.first, k)} sure about this`)]
            : [];
        return [...sure, toSentenceEnd(doc, m.first, "Did I miss something? I'm confused.")];
      },
    },
    {
      pattern: "you're|you_are|ur nothing|worthless|dead_to_me",
      rule: 'label',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) && !negatedBefore(doc, first) && !hypotheticalReport(doc, first),
      suggest: sayInstead("I'm deeply hurt right now."),
    },
    // Labels for someone else: "he's a lying crook", "they are a disgrace", "she is a horrible person".
    {
      pattern:
        "he's|she's|he_is|she_is|he_was|she_was|they're|they_are|they_were|hes|shes|is|are|was|were|what|such a|an|such_a|such_an|one|the @INT? @IADJ* lying? @IADJ* @INOUN:w",
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first, hit) =>
        !AMBIGUOUS_NOUNS.has((doc.tokens[hit.cap.w as number] as Token).w) &&
        // "what a brat!", "such a narcissist, honestly": the exclamation opening its sentence, said whole.
        (!/^(?:what|such)$/.test((doc.tokens[first] as Token).w) ||
          (isSentenceStart(doc, first) &&
            isClauseEnd(doc, hit.cap.w as number) &&
            // "what an idiot": a strong insult is scorn's, worded there.
            !STRONG_INSULT_NOUNS.has((doc.tokens[hit.cap.w as number] as Token).w))) &&
        // "a lying crook.": "lying" before a label when the label ends the phrase ("a lying scum bag" is another noun).
        (!doc.tokens.slice(first, hit.cap.w as number).some((t) => t.w === 'lying') ||
          isClauseEnd(doc, hit.cap.w as number) ||
          /^(?:and|or|who|that|like)$/.test(doc.tokens[(hit.cap.w as number) + 1]?.w ?? '')) &&
        !negatedInClause(doc, first + 1, 3) &&
        scornGuard(doc, hit.cap.w as number) &&
        labelGuard(doc, first, hit),
      // "what a brat!" → "that was out of line!": the act judged, not the person.
      suggest: (doc, m) => {
        const a = doc.tokens[m.first] as Token;
        return /^(?:what|such)$/.test(a.w)
          ? [
              replaceTokens(
                doc,
                m.first,
                m.last,
                a.raw[0] === 'W' || a.raw[0] === 'S' ? 'That was out of line' : 'that was out of line',
              ),
            ]
          : actInstead(doc, m);
      },
    },
    // A group labelled, with a word between ("politicians are all crooks", "they're nothing but
    // parasites", "they were just thugs").
    {
      pattern:
        "they're|they_are|they_were|theyre|are|were all|just|nothing_but|simply|basically|literally|mostly|a_bunch_of|a_pack_of|a_load_of:q @INT? @IADJ* @INOUN:w",
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first, hit) =>
        /s$/.test((doc.tokens[hit.cap.w as number] as Token).w) &&
        // "we are all idiots sometimes": the speaker counts themselves in.
        !/^(?:we|i|us)$/.test((doc.tokens[first - 1] as Token | undefined)?.w ?? '') &&
        !AMBIGUOUS_NOUNS.has((doc.tokens[hit.cap.w as number] as Token).w) &&
        !negatedInClause(doc, first + 1, 3) &&
        scornGuard(doc, hit.cap.w as number) &&
        labelGuard(doc, first, hit),
      // "they are nothing but parasites" → "they are out of line": the quantifier goes with the label.
      suggest: (doc, m) => {
        const q = m.cap.q as number;
        return /^(?:nothing|a)$/.test((doc.tokens[q] as Token).w)
          ? [replaceTokens(doc, q, m.last, 'out of line')]
          : actInstead(doc, m);
      },
    },
    {
      pattern:
        "he's|she's|he_is|she_is|hes|shes|is|are|was|were a|an @INT? @IADJ:w person|human|human_being|individual|man|woman|people",
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first, hit) => !negatedInClause(doc, first + 1, 3) && scornGuard(doc, hit.cap.w as number),
      suggest: actInstead,
    },
    {
      // "the most selfish coworker I've ever had", "the biggest useless boss": any role.
      pattern: `the most|biggest @INT? @IADJ:w ${PEOPLE}|idiot|idiots`,
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      // A role: not "the most insane player" (praise), nor "the most ridiculous teacher story".
      guard: (doc, _first, hit) =>
        scornGuard(doc, hit.cap.w as number) &&
        (/^(?:person|people|human|man|woman|idiots?)$/.test((doc.tokens[hit.end - 1] as Token).w) ||
          (!/^(?:insane|crazy|sick|ridiculous)$/.test((doc.tokens[hit.cap.w as number] as Token).w) &&
            (isClauseEnd(doc, hit.end - 1) ||
              /^(?:i|i've|ive|anyone|ever|in|of|who|alive)$/.test(doc.tokens[hit.end]?.w ?? '')))),
      suggest: actInstead,
    },
    {
      pattern:
        'worthless|wretched|useless|pathetic|stupid|ignorant|dumb|disgusting|despicable|vile|horrid|horrible|lazy|sick|evil|awful|terrible:w people|person|man|woman|folks|types like you|u|him|her|them|that|this',
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, _first, hit) => scornGuard(doc, hit.cap.w as number),
      // "we've had it with worthless people like you" → "we've had it with this": what you are
      // fed up with, not a kind of person ("out of line people like you" reads wrong).
      // "the best place for vile people like him" → "for people like him": about someone else, the
      // scorn word goes and what was said of whom stays ("this" would lose who).
      suggest: (doc, m) =>
        m.last - m.first === 4 &&
        /^(?:him|her|them)$/.test((doc.tokens[m.last - 1] as Token).w) &&
        (doc.tokens[m.last - 2] as Token).w === 'like' &&
        /^(?:people|folks|types)$/.test((doc.tokens[m.first + 1] as Token).w)
          ? [removeTokens(doc, m.first, m.first + 1, 'Leave it out'), ...actInstead(doc, m)]
          : m.first > sentenceOf(doc, m.first).first &&
              /^(?:with|of|about|for|at|by|to|from)$/.test((doc.tokens[m.first - 1] as Token).w)
            ? [replaceTokens(doc, m.first, m.last, 'this'), ...actInstead(doc, m)]
            : actInstead(doc, m),
    },
    {
      pattern: 'head out of your|his|her|their|ur butt|ass|arse',
      rule: 'brain',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      // "you need to pull your head out of your ass" → "you need to think again".
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        const v = m.first - 2;
        const verb = v >= s.first ? (doc.tokens[v] as Token).w : '';
        const owner = (doc.tokens[m.first - 1] as Token | undefined)?.w ?? '';
        if (/^(?:pull|get|take|yank|remove|stick)$/.test(verb) && /^(?:your|ur|his|her|their)$/.test(owner))
          return [
            replaceTokens(doc, v, m.last, 'think again'),
            wholeSentence(doc, m, "I really don't see it the way you do."),
          ];
        return [wholeSentence(doc, m, "I really don't see it the way you do.")];
      },
    },
    {
      pattern: 'kick|whoop @ANY butt|butts|ass|asses|arse',
      rule: 'violence',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => {
        const owner = (doc.tokens[first + 1] as Token).w;
        return /^(your|his|her|their|ur)$/.test(owner) || owner.endsWith("'s") || owner.endsWith('s');
      },
      // "kick putin's butt" is "beat putin"; "kick your butt" is a threat.
      suggest: (doc, m) => {
        const owner = doc.tokens[m.first + 1] as Token;
        const obj =
          { his: 'him', her: 'her', their: 'them' }[owner.w] ??
          (/^(?:your|ur)$/.test(owner.w) ? null : owner.raw.replace(/(?:['\u2019]s|s['\u2019]?)$/, ''));
        // "will kick your ass if…", "im gonna kick your ass": said as a threat, the feeling instead.
        const before = m.first > sentenceOf(doc, m.first).first ? (doc.tokens[m.first - 1] as Token).w : '';
        if (!obj && /^(?:will|ill|i'll|gonna|to|would|could|might|can|shall|wanna|gotta|'ll)$/.test(before))
          return [
            replaceTokens(doc, m.first, m.last, 'be really mad at you'),
            threatInstead(doc, m.first, "I'm so angry right now that I need a moment."),
          ];
        if (!obj) return [threatInstead(doc, m.first, "I'm so angry right now that I need a moment.")];
        return [replaceTokens(doc, m.first, m.last, `beat ${obj}`)];
      },
    },
    {
      pattern: `he|she|they|he's|she's|they're|hes|shes|theyre|is|are|was|were|being @INT* ${PERSON_ADJ}:w`,
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const subject = first > s.first ? (doc.tokens[first - 1] as Token).w : '';
        return (
          !NOT_A_PERSON.has(subject) && scornGuard(doc, hit.cap.w as number) && labelGuard(doc, first, hit)
        );
      },
      suggest: actInstead,
    },
    // "Sickening that people like this run the city": disgust opening the sentence, at what others
    // do (as "disgusting that …"); not "it's sickening that …" (a verdict on what happened) nor
    // the writer's own doing ("sickening that I missed the bus").
    {
      pattern: 'sickening|revolting|nauseating that',
      rule: 'scorn',
      severity: 1,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        return first === s.first && !doc.tokens.slice(first, s.last).some((t) => SELF_OR_REPORT.has(t.w));
      },
      suggest: (doc, m) => {
        const raw = (doc.tokens[m.first] as Token).raw;
        return [
          replaceTokens(
            doc,
            m.first,
            m.first + 1,
            raw[0] === raw[0]?.toUpperCase() ? 'Upsetting' : 'upsetting',
          ),
        ];
      },
    },
    {
      pattern:
        'this|such|that|your|his|their|kind_of|sort_of @INT? trash|junk|drivel|rubbish|tripe|hogwash|claptrap',
      rule: 'dismissive-scorn',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      // "this trash can", "their junk mail": a thing, not a judgement.
      guard: (doc, first, hit) =>
        !negatedInClause(doc, first, 3) &&
        !(hit.end < sentenceOf(doc, first).last && THING_AFTER.has((doc.tokens[hit.end] as Token).w)),
      suggest: (doc, m) => {
        // "i paid to read this junk" → "i paid to read this".
        const det = (doc.tokens[m.first] as Token).w;
        // "they publish this kind of drivel" → "this kind of thing": the kind stays, the verdict goes.
        if (det === 'kind' || det === 'sort') return [replaceTokens(doc, m.last - 1, m.last, 'thing')];
        if (
          (det === 'this' || det === 'that') &&
          isClauseEnd(doc, m.last - 1) &&
          m.first > sentenceOf(doc, m.first).first
        )
          return [replaceTokens(doc, m.first, m.last, (doc.tokens[m.first] as Token).raw)];
        // "gave this trash the nuclear codes": one given something, a person called trash.
        const after = (doc.tokens[m.last] as Token | undefined)?.w ?? '';
        if (/^(?:this|that)$/.test(det) && /^(?:the|a|an|his|her|their|my|our|your)$/.test(after))
          return [replaceTokens(doc, m.last - 1, m.last, 'person')];
        // "keep your trash opinions to yourself": before its noun, the describing word goes.
        if (det !== 'such' && isJunkBeforeNoun(doc, m.last - 1)) {
          const junk = doc.tokens[m.last - 1] as Token;
          return [removeRange(doc, junk.start, junk.end, 'Leave it out')];
        }
        // "this junk needs to be trimmed", "your junk is blocking the door": as the subject of a
        // practical sentence, the thing in a plain word, and the sentence stays.
        const next = doc.tokens[m.last] as Token | undefined;
        if (
          next &&
          /^(?:this|that|your|his|their)$/.test(det) &&
          /^(?:needs|has|is|was|should|must|will|takes|goes|belongs)$/.test(next.w) &&
          !/[,;:.!?]/.test(doc.text.slice((doc.tokens[m.last - 1] as Token).end, next.start))
        )
          return [replaceTokens(doc, m.first + 1, m.last, 'stuff')];
        // "nobody wants to read your drivel", "sick of his rubbish": what they said, a plain noun.
        if (
          /^(?:your|his|their)$/.test(det) &&
          isClauseEnd(doc, m.last - 1) &&
          m.first > sentenceOf(doc, m.first).first
        )
          return [replaceTokens(doc, m.first + 1, m.last, 'take')];
        return ownSentence(doc, m, "I don't think much of this.");
      },
    },
    {
      pattern:
        "your|his|her|their|this_man's|mans @INT? @ANY? ignorance|stupidity|idiocy|incompetence|ineptitude|ineptness",
      rule: 'dismissive-scorn',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      suggest: (doc, m) => [...plainFailing(doc, m), wholeSentence(doc, m, "I don't think much of this.")],
    },
    {
      pattern: 'ignorance|stupidity like yours|his|theirs',
      rule: 'dismissive-scorn',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      suggest: (doc, m) => [
        replaceTokens(
          doc,
          m.first,
          m.first + 1,
          FAILING_FOR[(doc.tokens[m.first] as Token).w] ?? 'poor judgment',
        ),
        wholeSentence(doc, m, "I don't think much of this."),
      ],
    },
    {
      pattern: 'old fart|farts|hag|hags|geezer|geezers|goat|bag',
      rule: 'dehumanising',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first) => scornGuard(doc, first + 1),
      // "an old hag", "that old geezer": "old" stays and agrees with its article; the plain noun.
      suggest: (doc, m) => {
        const w = (doc.tokens[m.first + 1] as Token).w;
        const plural = /s$/.test(w);
        const noun = /^hags?$/.test(w)
          ? plural
            ? 'women'
            : 'woman'
          : /^(?:geezer|goat)s?$/.test(w)
            ? plural
              ? 'men'
              : 'man'
            : plural
              ? 'people'
              : 'person';
        return [replaceTokens(doc, m.first + 1, m.last, noun)];
      },
    },
    {
      pattern: 'bust|crack|smash|bash|break some|their|his|her|your heads|head|skulls|skull|faces|face|neck',
      rule: 'violence',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      pause: true,
      suggest: (doc, m) => {
        const t = doc.tokens;
        const verb = (t[m.first] as Token).w;
        const owner = (t[m.first + 1] as Token).w;
        // "the way to win is to bust some heads": a call to be hard on people, "get tough".
        if (owner === 'some')
          return [
            replaceTokens(
              doc,
              m.first,
              m.last,
              /ing$/.test(verb)
                ? 'getting tough'
                : /ed$|^broke$/.test(verb)
                  ? 'got tough'
                  : /s$/.test(verb)
                    ? 'gets tough'
                    : 'get tough',
            ),
          ];
        // "I'll break your neck": said to them, the feeling is ours, not about what "they" did.
        return [
          threatInstead(
            doc,
            m.first,
            /^(?:your|ur)$/.test(owner)
              ? "I'm so angry right now that I need a moment."
              : "I'm really angry about what they did.",
          ),
        ];
      },
    },
    {
      pattern: `${PEOPLE_ADJ} ${PEOPLE}`,
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first) =>
        !negatedInClause(doc, first, 3) && !isGenericUse(doc, first) && scornGuard(doc, first),
      suggest: (doc, m) => [peopleAdjDraft(doc, m)],
    },
    {
      // "typical entitled parent", "Typical lazy neighbour, can't even…": a kind of person, sneered at.
      pattern: `typical|classic @TRAIT:w @ANY? ${PEOPLE}|fan|fans`,
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first, hit) =>
        isSentenceStart(doc, first) &&
        isClauseEnd(doc, hit.end - 1) &&
        // "typical sarcastic brother 😂": teasing.
        !/\u{1F602}|\u{1F923}|haha|\blove/iu.test(doc.text) &&
        scornGuard(doc, hit.cap.w as number),
      suggest: (doc, m) => [
        replaceTokens(
          doc,
          m.first,
          m.last,
          `I'm frustrated with this ${(doc.tokens[m.last - 1] as Token).raw}`,
        ),
      ],
    },
    {
      pattern: "we|i don't|dont|do_not want you|u|them|him|her here|around",
      rule: 'go-away',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      // "I don't want you here" asks for space ("I need some space right now."); "we don't want you
      // here", "I don't want him around" keep who said it and who is meant away, said plainly
      // ("We'd rather you stayed away.", "I'd rather he stayed away.").
      suggest: (doc, m) => {
        const we = (doc.tokens[m.first] as Token).w === 'we';
        const who = (doc.tokens[m.last - 2] as Token).w;
        const away = { them: 'they', him: 'he', her: 'she' }[who] ?? (we ? 'you' : '');
        return [
          wholeSentence(
            doc,
            m,
            away ? `${we ? 'We' : 'I'}'d rather ${away} stayed away.` : 'I need some space right now.',
          ),
        ];
      },
    },
    {
      pattern: 'disgust|disgusts|sicken|sickens|repulse|repulses and? disgust|sicken|sickens|repulse? me',
      rule: 'hate-you',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        let k = first - 1;
        while (k >= s.first && INTENSIFIERS_LIKE.has((doc.tokens[k] as Token).w)) k--;
        return (
          k >= s.first &&
          !NOT_A_PERSON.has((doc.tokens[k] as Token).w) &&
          (doc.tokens[k] as Token).w !== 'you'
        );
      },
      suggest: (doc, m) => [wholeSentence(doc, m, "I'm really upset about what they did.")],
    },
    {
      pattern: 'what a|an @INT* @IADJ:w',
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, _first, hit) =>
        STRONG_INSULT_ADJECTIVES.has((doc.tokens[hit.cap.w as number] as Token).w) ||
        PEOPLE_ADJ.split('|').includes((doc.tokens[hit.cap.w as number] as Token).w) ||
        (doc.tokens[hit.cap.w as number] as Token).w === 'sick'
          ? scornGuard(doc, hit.cap.w as number)
          : false,
      suggest: whatAStart,
    },
    {
      pattern: 'is|are|was|were pure|total|complete|utter? rubbish|drivel|tripe|hogwash|claptrap|garbage',
      rule: 'dismissive-scorn',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      // "the new app update is garbage": a thing vented about ("the report is garbage" is their work).
      guard: (doc, first, hit) => !negatedInClause(doc, first, 3) && !aimedAtThing(doc, hit.end - 1),
      // "tv news is garbage, stop watching it" → "tv news is not worth much, stop watching it";
      // before a noun it describes that noun ("is garbage journalism" → "is poor journalism").
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        const next = m.last < s.last ? (doc.tokens[m.last] as Token) : undefined;
        const joined =
          next !== undefined &&
          /^\s+$/.test(doc.text.slice((doc.tokens[m.last - 1] as Token).end, next.start));
        const noun =
          joined &&
          /^[a-z]{3,}$/.test(next.w) &&
          !COMMON_WORDS.has(next.w) &&
          !/ly$|^(?:lol|lmao|haha|imo|tbh|ngl|today|tonight|again|anyway|too|though|tho|af|bro|dude|man|mate|tbf|fr|yet|lately|anymore)$/.test(
            next.w,
          );
        return [replaceTokens(doc, m.first + 1, m.last, noun ? 'poor' : 'not worth much')];
      },
    },
    {
      pattern: 'what a|an @INT* @IADJ* @INOUN:w you|u are|r',
      rule: 'label',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) =>
        !AMBIGUOUS_NOUNS.has((doc.tokens[hit.cap.w as number] as Token).w) && labelGuard(doc, first, hit),
      suggest: labelSuggestTagged,
    },
    {
      pattern:
        'your|his|her|their|more silly|childish|juvenile namecalling|name-calling|sarcasm|comment|comments|post|posts|argument|arguments|excuses|rant|rants|ideas|theory|theories|opinion|opinions',
      rule: 'dismissive-scorn',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      // "your silly namecalling", "more childish sarcasm": an act already named needs no word on
      // top (never "unconvincing namecalling"); a point made is "unconvincing".
      suggest: (doc, m) => [
        /^(?:namecalling|name-calling|sarcasm|rant|rants|excuses)$/.test((doc.tokens[m.last - 1] as Token).w)
          ? removeTokens(
              doc,
              m.first + 1,
              m.first + 2,
              `Leave out “${(doc.tokens[m.first + 1] as Token).raw}”`,
            )
          : replaceTokens(doc, m.first + 1, m.first + 2, 'unconvincing'),
      ],
    },
    {
      pattern: 'who in their|his|her|your right mind',
      rule: 'brain',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      // "who in their right mind would think he'd tell the truth?" → "I don't see how anyone would
      // think he'd tell the truth.": the doubt said plainly, what it is about kept.
      suggest: (doc, m) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, m.first);
        const aux = t[m.last] as Token | undefined;
        const q = doc.text.slice(s.contentEnd, s.end).trim();
        const rest = doc.text.slice(aux?.start ?? 0, s.contentEnd);
        const plain = "I really don't see it the way they do.";
        if (
          (m.first !== s.first && keptOpenersStart(doc, m.first) !== m.first) ||
          m.last + 1 >= s.last ||
          !/^(?:would|could|will|can|does|do|is|thinks|believes)$/.test(aux?.w ?? '') ||
          !(q === '' || q.startsWith('?')) ||
          !/^[\p{L}\p{N} ',-]+$/u.test(rest)
        )
          return [wholeSentence(doc, m, plain)];
        const verb = /^(?:thinks|believes)$/.test(aux?.w ?? '') ? `would ${aux?.w.slice(0, -1)} ` : '';
        return [
          toSentenceEnd(
            doc,
            m.first,
            `I don't see how anyone ${verb}${verb ? rest.slice((aux?.w.length ?? 0) + 1) : rest}.`,
          ),
          wholeSentence(doc, m, plain),
        ];
      },
    },
    {
      pattern: 'your|his|her|their|liberal|conservative hypocrisy',
      rule: 'hypocrisy',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      // "turn on your hypocrisy detectors": the word names a kind of thing there, "double-standard".
      suggest: (doc, m) => [
        MEASURE_HEADS.has((doc.tokens[m.last] as Token | undefined)?.w ?? '')
          ? replaceTokens(doc, m.last - 1, m.last, 'double-standard')
          : replaceTokens(doc, m.first, m.last, 'the double standard I see'),
      ],
    },
    {
      pattern: 'hypocrisy of|in',
      rule: 'hypocrisy',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      suggest: (doc, m) => [
        replaceTokens(doc, m.first, m.last, `double standard ${(doc.tokens[m.last - 1] as Token).w}`),
      ],
    },
    {
      pattern: "you|u aren't|arent|are_not|r_not|ain't smart|bright enough",
      rule: 'brain',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      suggest: (doc, m) => [wholeSentence(doc, m, "I don't think we understand each other.")],
    },
    {
      pattern: 'lack|lacks of? a? functioning|working? brain|brains|brain_cells',
      rule: 'brain',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      suggest: (doc, m) => [wholeSentence(doc, m, "I really don't see it the way you do.")],
    },
    {
      pattern: "can't|cant|cannot fix|argue_with stupid",
      rule: 'brain',
      severity: 3,
      min: 'balanced',
      why: 'scornThirdPerson',
      // "you can't fix stupid": the adjective stands for people; "that" at the end, a plainer
      // describing word before a noun ("can't fix stupid people" → "misguided people").
      suggest: (doc, m) => {
        const last = m.last - 1;
        // "you can't argue with stupid and you're wasting your time": no noun follows either.
        const next = (doc.tokens[m.last] as Token | undefined)?.w ?? '';
        const plainWord =
          isClauseEnd(doc, last) || /^(?:and|but|or|so|because|cause|lol)$/.test(next) ? 'that' : 'misguided';
        // "you can't fix stupid and entitled": a list of such words ends the clause; it goes whole.
        const list =
          /^(?:and|or)$/.test(next) && m.last + 1 < doc.tokens.length && isClauseEnd(doc, m.last + 1);
        // "you can't argue with stupid (and arrogant)": "…with that" would say the point is sound;
        // what the writer means is that arguing does not help.
        const t = doc.tokens;
        // "but you cant argue with stupid and youre wasting your time": a clause of its own after
        // "and"; not everyone can be convinced, and the rest of the sentence says why to stop.
        if ((t[last - 1] as Token).w === 'with' && !list && /^(?:and|but|so)$/.test(next))
          return [replaceTokens(doc, m.first + 1, m.last, 'convince everyone')];
        if ((t[last - 1] as Token).w === 'with' && (isClauseEnd(doc, last) || list)) {
          const s = sentenceOf(doc, m.first);
          const subj = m.first > s.first && /^(?:you|u|ya|i|we|one)$/.test((t[m.first - 1] as Token).w);
          const from = subj ? m.first - 1 : m.first;
          const cap = from === s.first && !doc.style.lower && /^\p{Lu}/u.test((t[from] as Token).raw);
          return [
            replaceTokens(
              doc,
              from,
              list ? m.last + 2 : m.last,
              `${cap ? 'There' : 'there'}'s no point arguing about this`,
            ),
          ];
        }
        return [
          replaceTokens(doc, last, list ? m.last + 2 : m.last, plainWord),
          wholeSentence(doc, m, "I really don't see it the way they do."),
        ];
      },
    },
    {
      pattern: 'i hate|despise everything|all|all_things about you|u',
      rule: 'hate-you',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      suggest: sayInstead("I'm really hurt and angry right now."),
    },
    // Wishing harm or violence on someone: contempt at its strongest.
    {
      pattern: `should|must|deserve_to|deserves_to|ought_to|needs_to|need_to all? be|get|have_been|of_been ${HARMED}`,
      rule: 'violence',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      pause: true,
      guard: (doc, first) => !negatedInClause(doc, first, 3),
      suggest: (doc, m) => [
        ...harmedPlain(doc, m),
        threatInstead(doc, m.first, "I'm really angry about what they did."),
      ],
    },
    {
      pattern: `${HARM_VERBS} them|him|her|em|those|these|that|all|this`,
      rule: 'violence',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      pause: true,
      guard: (doc, first) => isImperative(doc, first) && !negatedInClause(doc, first, 3),
      suggest: (doc, m) => [
        ...harmVerbPlain(doc, m),
        // "kick him …": what he did, not "they".
        threatInstead(
          doc,
          m.first,
          `I'm really angry about what ${{ him: 'he', her: 'she' }[(doc.tokens[m.first + 1] as Token).w] ?? 'they'} did.`,
        ),
      ],
    },
    {
      pattern:
        "i'll|ill|i_will|i'm_gonna|im_gonna|i'm_going_to|gonna kill|beat|punch|slap|strangle|smack you|u|him|her|them",
      rule: 'violence',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      pause: true,
      // "I'll beat you at chess", "gonna kill you at bowling": playful competition, not a threat.
      guard: (doc, first, hit) => !contestAfter(doc, hit.end) && !teamFixture(doc, first, hit.end),
      suggest: (doc, m) => [threatInstead(doc, m.first, "I'm so angry right now that I need a moment.")],
    },
    {
      pattern:
        'i hope|wish you|u|he|she|they|them get|gets? die|dies|rot|rots|burn|burns|choke|chokes|beat|beaten|killed|shot|hurt',
      rule: 'violence',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      pause: true,
      // "i hope they beat each other silly": harm wished on others is not the writer's own anger
      // with the reader; what is said of them stays theirs ("I'm really frustrated with them.").
      suggest: (doc, m) => {
        const who = (doc.tokens[m.first + 2] as Token).w;
        const them = who === 'he' ? 'him' : who === 'she' ? 'her' : /^(?:they|them)$/.test(who) ? 'them' : '';
        return [
          threatInstead(
            doc,
            m.first,
            them ? `I'm really frustrated with ${them}.` : "I'm so angry right now that I need a moment.",
          ),
        ];
      },
    },
    {
      pattern: 'let them|em|him|her rot|die|burn|starve',
      rule: 'violence',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      // "stop the coverage and let em rot" → "… and let em be": leaving them alone, without the harm.
      suggest: (doc, m) => [
        replaceTokens(doc, m.last - 1, m.last, 'be'),
        threatInstead(doc, m.first, "I'm really angry about what they did."),
      ],
    },
    {
      pattern: 'rot|burn in hell',
      rule: 'violence',
      severity: 3,
      min: 'gentle',
      why: 'insult',
      pause: true,
      suggest: (doc, m) => [threatInstead(doc, m.first, "I'm really angry about what they did.")],
    },
    // Sending someone away with contempt.
    {
      pattern:
        'crawl|go|get|slither|slink back under|into|in|to your|his|her|their|the @ANY? rock|hole|cave|swamp',
      rule: 'go-away',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      // Sent away, what is said stays: down a rabbit hole, they went too far with an idea; under a
      // rock, the talk is over for the writer, said kindly.
      suggest: (doc, m) => [
        wholeSentence(
          doc,
          m,
          (doc.tokens[m.last - 2] as Token).w === 'rabbit'
            ? "I think you've gone too far down a rabbit hole with this."
            : "I'd rather we leave it here.",
        ),
      ],
    },
    {
      pattern: 'go back where|to_where you|u|they|he|she came|come from',
      rule: 'go-away',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      suggest: (doc, m) => [wholeSentence(doc, m, "I don't agree with you at all.")],
    },
    {
      pattern: 'get out of? my|our face|sight|page|thread|country',
      rule: 'go-away',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => isImperative(doc, first),
      suggest: (doc, m) => [wholeSentence(doc, m, 'I need some space right now.')],
    },
    // Mocking someone's mind.
    {
      pattern: 'grow|get|buy a|some brain|brains',
      rule: 'brain',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      suggest: (doc, m) => [wholeSentence(doc, m, "I really don't see it the way you do.")],
    },
    {
      pattern: "do|don't|dont|does|doesn't|doesnt you|u|he|she|they even? have|has a brain|brains|clue",
      rule: 'brain',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      // "do you have a clue where I left my keys?" asks for help; "do you even have a clue where…" doesn't.
      guard: (doc, first, hit) =>
        !(
          doc.tokens[hit.end - 1]?.w === 'clue' &&
          doc.tokens[first + 2]?.w !== 'even' &&
          /^(?:where|when|what|which|who|whether|if|how)$/.test(doc.tokens[hit.end]?.w ?? '')
        ),
      suggest: (doc, m) => [wholeSentence(doc, m, "I really don't see it the way you do.")],
    },
    {
      // "did your brain take the day off", "is ur brain on holiday", "did ur brain buffer": asked
      // of their mind as of a machine or a worker gone missing.
      pattern: 'did|does|has|is|was your|ur brain|brains|head take|on|buffer|lag|glitch|crash|short-circuit',
      triggers: ['brain', 'brains', 'head'],
      rule: 'brain',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      guard: (doc, _first, hit) => {
        const v = doc.tokens[hit.end - 1]?.w ?? '';
        const t = textOf(doc, hit.end, hit.end + 3).toLowerCase();
        return /^(?:take|took|taking|takes)$/.test(v)
          ? /^(?:the|a) (?:day off|holiday|vacation)/.test(t)
          : v !== 'on' || /^(?:holiday|vacation|break|strike|autopilot)/.test(t);
      },
      suggest: (doc, m) => [wholeSentence(doc, m, "I really don't see it the way you do.")],
    },
    {
      // "you have zero common sense", "you've got no backbone", "you lack basic competence": what a
      // person is said to be without.
      pattern: `you|u|you've|youve have|got|lack @ANY? @ANY? ${FACULTY}`,
      rule: 'lacking',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const f = hit.end - 1;
        let k = f - 1;
        while (k > first && !/^(?:have|has|had|got|lack|lacks|lacked)$/.test(doc.tokens[k]?.w ?? '')) k--;
        const x = doc.tokens[f + 1]?.w ?? '';
        return (
          (doc.tokens[k]?.w[0] === 'l' || /^(?:no|zero|0)$/.test(doc.tokens[k + 1]?.w ?? '')) &&
          (x === 'of'
            ? /^(?:humou?r|shame|decency)$/.test(doc.tokens[f + 2]?.w ?? '')
            : isClauseEnd(doc, f) || /^(?:whatsoever|at|for|and|or)$/.test(x)) &&
          !doc.text.includes('?') &&
          labelGuard(doc, first, hit)
        );
      },
      suggest: (doc, m) => [wholeSentence(doc, m, "I'm really frustrated with how this is going.")],
    },
    {
      // "is there anything you're actually good at", "is there anything you don't ruin"
      pattern: "is there anything_at_all|anything you|u|you're|youre|ur",
      triggers: ['anything'],
      rule: 'lacking',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) =>
        /\b(?:actually|even)\b.*\b(?:good at|right)\b|\bdo right\b(?! now| away)|\b(?:not|don't|dont) (?:ruin|useless|mess|screw|break)/.test(
          textOf(doc, hit.end, sentenceOf(doc, first).last).toLowerCase(),
        ),
      suggest: (doc, m) => [wholeSentence(doc, m, "I'm really frustrated with how this is going.")],
    },
    {
      // "my nephew has more manners than you", "reading isn't your strong suit, is it"
      pattern: `more ${FACULTY} than you|u`,
      rule: 'lacking',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && labelGuard(doc, first, hit),
      suggest: (doc, m) => [wholeSentence(doc, m, "I'm really frustrated with how this is going.")],
    },
    {
      pattern: "isn't|is_not|'s_not|was_never|wasn't|ain't your|ur strong_suit|forte",
      rule: 'lacking',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) =>
        !/\b(?:if|worry|fine|ok|okay|alright)\b/i.test(doc.text) && labelGuard(doc, first, hit),
      suggest: (doc, m) => [wholeSentence(doc, m, "I'm really frustrated with how this is going.")],
    },
    {
      pattern: 'your|his|her|their feeble|tiny|small|pea|little @ANY? mind|brain|brains',
      rule: 'brain',
      severity: 3,
      min: 'balanced',
      why: 'insult',
      suggest: (doc, m) => [wholeSentence(doc, m, "I really don't see it the way you do.")],
    },
    // Dehumanising labels for people.
    {
      pattern: 'piece|pieces of trash|garbage|crap|shit|filth|dirt|scum|nothing|excrement',
      rule: 'dehumanising',
      severity: 3,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first) => !negatedInClause(doc, first, 3),
      suggest: pieceOf,
    },
    {
      pattern: 'white|trailer|homeless|human|worthless|lowlife|lying trash|garbage|scum|vermin',
      rule: 'dehumanising',
      severity: 3,
      min: 'balanced',
      why: 'scornThirdPerson',
      // "they are white trash": after a copula the label is a verdict, and "they are people" would
      // say nothing; the act is said plainly. As a subject or object it is the people.
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        const t = doc.tokens;
        // "a lying scum bag": "scumbag" written apart is one word, and goes whole.
        const bag = m.last < s.last && /^bags?$/.test((t[m.last] as Token).w) ? m.last + 1 : m.last;
        if (bag > m.last) {
          let k = m.first;
          while (k > s.first && /^(?:a|an|such)$/.test((t[k - 1] as Token).w)) k--;
          const cop = k > s.first ? (t[k - 1] as Token).w : '';
          if (
            /^(?:is|are|was|were|he's|hes|she's|shes|they're|theyre|you're|youre)$/.test(cop) &&
            isClauseEnd(doc, bag - 1)
          )
            // "he is a lying scum bag": the lie is what was done ("he is not being honest").
            return [
              replaceTokens(
                doc,
                k,
                bag,
                (t[m.first] as Token).w === 'lying' ? 'not being honest' : 'out of line',
              ),
            ];
          return [replaceTokens(doc, m.first, bag, (t[bag - 1] as Token).w === 'bags' ? 'people' : 'person')];
        }
        return m.first > s.first &&
          /^(?:is|are|was|were|they're|theyre|he's|hes|she's|shes|you're|youre|ur|be|being)$/.test(
            (t[m.first - 1] as Token).w,
          ) &&
          isClauseEnd(doc, m.last - 1)
          ? [replaceTokens(doc, m.first, m.last, 'out of line'), peopleAgreeing(doc, m.first, m.last)]
          : // "the homeless trash": how they live stays ("the homeless people").
            [peopleAgreeing(doc, STATE_WORDS.has((t[m.first] as Token).w) ? m.first + 1 : m.first, m.last)];
      },
    },
    {
      pattern:
        "is|was|he's|she's|are|were|what a|an? @INT? @IADJ? @ANY? pig|pigs|swine|rat|rats|snake|weasel|vermin|cockroach|cockroaches",
      rule: 'dehumanising',
      severity: 3,
      min: 'balanced',
      why: 'scornThirdPerson',
      // About a person: not "there was a dead rat", "it is a snake".
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        const subject = first > s.first ? (doc.tokens[first - 1] as Token).w : '';
        return !NOT_A_PERSON.has(subject) && !negatedInClause(doc, first, 3);
      },
      suggest: (doc, m) => pigDegree(doc, m) ?? actInstead(doc, m),
    },
    {
      pattern: `the_worst|one_of_the_worst|worst ${PEOPLE}`,
      rule: 'worst',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      // "Worst roommate ever!": without "the", only opening the sentence with "ever" after it.
      guard: (doc, first, hit) =>
        scornGuard(doc, first) &&
        // "the worst dad joke", "the worst friend group": the role names something else.
        !/^(?:jokes?|jeans|bod|energy|group|chat|service|zone|material|request|code)$/.test(
          doc.tokens[hit.end]?.w ?? '',
        ) &&
        (doc.tokens[first]?.w !== 'worst' ||
          (isSentenceStart(doc, first) &&
            doc.tokens[hit.end]?.w === 'ever' &&
            !/lol|haha|lmao|\u{1F602}|\u{1F923}|\u{1F61C}|\u{1F61D}/u.test(
              doc.text.slice((doc.tokens[hit.end] as Token).end, (doc.tokens[hit.end] as Token).end + 40),
            ))),
      // "he is the worst mayor…": disappointed in him, as the sentence said.
      suggest: (doc, m) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, m.first);
        const a = m.first > s.first ? (t[m.first - 1] as Token).w : '';
        const b = m.first - 1 > s.first && /^(?:is|was)$/.test(a) ? (t[m.first - 2] as Token).w : a;
        // "Worst roommate ever!": said to them, or of someone the message names ("he", "she"); the
        // role they were judged in stays ("I'm really disappointed in you as a roommate.").
        if ((t[m.first] as Token).w === 'worst') {
          const role = t[m.last - 1] as Token;
          const them = /\b(?:he|him|his|he's|hes)\b/i.test(doc.text)
            ? 'him'
            : /\b(?:she|her|hers|she's|shes)\b/i.test(doc.text)
              ? 'her'
              : /\b(?:they|them|their|they're)\b/i.test(doc.text)
                ? null
                : 'you';
          // "Worst boyfriend ever, she said": a role of the other sex names someone else.
          const other =
            them === 'him'
              ? /^(?:mom|mum|mother|wife|girlfriend|daughter|sister)$/
              : them === 'her'
                ? /^(?:dad|father|husband|boyfriend|son|brother)$/
                : /^$/;
          if (
            them === null ||
            !/^\p{L}+$/u.test(role.w) ||
            /s$/.test(role.w) ||
            /^(?:person|human|man|woman)$/.test(role.w) ||
            other.test(role.w)
          )
            return [wholeSentence(doc, m, "I'm really disappointed.")];
          return [
            wholeSentence(doc, m, `I'm really disappointed in ${them} as ${article(role.raw)} ${role.raw}.`),
          ];
        }
        const who = /^(?:he|he's|hes)$/.test(b)
          ? 'him'
          : /^(?:she|she's|shes)$/.test(b)
            ? 'her'
            : b === 'being'
              ? 'you'
              : (namedSubject(doc, s.first, m.first - 1) ?? 'them');
        // "he is the worst mayor we have ever had!": the role is what was judged, and stays ("…in
        // him as mayor."); a word for anyone ("the worst person") says nothing more.
        const role = (t[m.last - 1] as Token).w;
        // "my boss is the worst boss ever": the role already names them.
        if (who.endsWith(` ${role}`) || who === role)
          return [wholeSentence(doc, m, `I'm really disappointed in ${who}.`)];
        if (
          who !== 'them' &&
          (t[m.last - 2] as Token).w === 'worst' &&
          !/^(?:person|people|human|humans|man|woman|men|women|players|parents|leaders|politicians|drivers)$/.test(
            role,
          )
        )
          return [
            wholeSentence(
              doc,
              m,
              // An office one holds takes no article ("as mayor"); other roles do ("as a teacher").
              `I'm really disappointed in ${who} as ${
                /^(?:mayor|president|premier|governor|pm|ceo|coach)$/.test(role)
                  ? (t[m.last - 1] as Token).raw
                  : `${article((t[m.last - 1] as Token).raw)} ${(t[m.last - 1] as Token).raw}`
              }.`,
            ),
          ];
        return [wholeSentence(doc, m, `I'm really disappointed in ${who}.`)];
      },
    },
    // Labels for people talked about, after a copula or a word for a crowd (toxic36): "the writer
    // is a talentless hack", "his fans are mindless sheep", "the board are greedy leeches", "a
    // bunch of incompetent hacks". The label ends its phrase; the words before it describe.
    {
      pattern: `is|are|was|were|he's|she's|they're|hes|shes|theyre|bunch_of|pack_of|herd_of|cult_of|flock_of|gang_of @ANY* ${TALKED_LABEL}:w`,
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first, hit) =>
        talkedLabel(doc, first, hit.cap.w as number, hit.end - 1) && labelGuard(doc, first, hit),
      suggest: (doc, m) => {
        const n = doc.tokens[m.last]?.w ?? '';
        const k = /^(?:bunch|pack|herd|cult|flock|gang)$/.test((doc.tokens[m.first] as Token).w)
          ? m.first
          : m.first + 1;
        // "your whole fandom is a bunch of sheep": what sheep do is follow, said plainly ("is just
        // going along with the crowd"); "letting people down" says something else.
        const follower =
          /^(?:sheep|puppets?)$/.test((doc.tokens[m.last - 1] as Token).w) && !/^(?:of|for)$/.test(n);
        // "the council are puppets of the developers": "just doing what they're told by …".
        if (/^puppets?$/.test((doc.tokens[m.last - 1] as Token).w) && /^(?:of|for)$/.test(n))
          return [replaceTokens(doc, k, m.last + 1, "just doing what they're told by")];
        // runs44: "what a bunch of greedy corrupt crooks", "they're a pack of liars": the crowd word
        // keeps its "a" and its place; what they are called becomes how they disappoint ("what a
        // disappointing bunch"), not "a really letting people down".
        if (k === m.first && !follower && /^an?$/i.test(doc.tokens[k - 1]?.w ?? ''))
          return [replaceTokens(doc, k, m.last, `disappointing ${(doc.tokens[k] as Token).raw}`)];
        return [
          replaceTokens(
            doc,
            k,
            m.last,
            /^(?:who|that)$/.test(n)
              ? 'someone'
              : follower
                ? 'just going along with the crowd'
                : 'really letting people down',
          ),
        ];
      },
    },
    // "what a sad little man you must be", "petty little people with a badge" (toxic36): smallness
    // as the label; "a sad little man sat by the gate" tells a story.
    {
      pattern: 'sad|petty|bitter|miserable|angry|tiny little man|men|woman|women|person|people|troll|trolls',
      rule: 'third-person-label',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first, hit) =>
        (isClauseEnd(doc, hit.end - 1) ||
          /^(?:who|with|you|u|behind|that)$/.test(doc.tokens[hit.end]?.w ?? '') ||
          /^ *,/.test(doc.text.slice((doc.tokens[hit.end - 1] as Token).end))) &&
        scornGuard(doc, hit.end - 1) &&
        labelGuard(doc, first, hit),
      suggest: (doc, m) => [
        replaceTokens(
          doc,
          m.first,
          m.last,
          /^(?:men|women|people|trolls)$/.test(doc.tokens[m.last - 1]?.w ?? '') ? 'people' : 'person',
        ),
      ],
    },
    // Harm wished on someone talked about (toxic36): "I hope that senator rots in prison",
    // "whoever did this deserves a broken hand"; "I need a good kick to get going" is the writer's.
    ...[
      'rot|rots|rotting in prison|jail|a_cell|a_ditch|a_gutter',
      'deserves|deserve|deserved|needs|need a|an good|swift|proper? beating|thrashing|slap|smack|punch|kicking|broken_hand|broken_nose|broken_jaw|black_eye',
    ].map(
      (pattern): PhraseRule => ({
        pattern,
        rule: 'violence',
        severity: 3,
        min: 'balanced',
        why: 'insult',
        pause: true,
        guard: (doc, first, hit) =>
          someoneBefore(doc, first) &&
          !negatedInClause(doc, first, 3) &&
          (isClauseEnd(doc, hit.end - 1) ||
            /^(?:in|on|across|for|from|and)$/.test(doc.tokens[hit.end]?.w ?? '')),
        suggest: (doc, m) => {
          const v = (doc.tokens[m.first] as Token).w;
          // "a punch in the mouth": where the blow lands goes with it.
          const end = /^(?:in|across)$/.test(doc.tokens[m.last]?.w ?? '')
            ? clauseEnd(doc, m.last) + 1
            : m.last;
          return [
            replaceTokens(
              doc,
              m.first,
              end,
              /^rot/.test(v)
                ? `${{ rots: 'faces', rotting: 'facing' }[v] ?? 'face'} the consequences`
                : `${(doc.tokens[m.first] as Token).raw} to face the consequences`,
            ),
          ];
        },
      }),
    ),
    ...[...STRONG_INSULT_NOUNS, ...STRONG_INSULT_ADJECTIVES].map((w) => ({
      pattern: w,
      rule: 'scorn',
      severity: 1 as const,
      min: 'balanced' as const,
      why: 'scornThirdPerson' as const,
      guard: (doc: Doc, first: number) => scornGuard(doc, first),
      suggest: (doc: Doc, m: Match) => {
        const out = strongLabelDrafts(doc, m);
        return out.length > 0 ? out : withoutIntensifiers(doc, m, strongLabelDrafts);
      },
    })),
  ],
});

/**
 * "liar.", "Hypocrite!", "idiot": a label that is the whole message says what the writer thinks
 * of the reader; said plainly in the first person ("I don't believe that."), not "person.".
 */
function bareLabel(doc: Doc, m: Match): Draft | null {
  const s = sentenceOf(doc, m.first);
  const w = (doc.tokens[m.first] as Token).w;
  // A describing word alone ("Pathetic.", "vile.") keeps its milder word.
  // Beside other sentences ("Jerk! I waited for an hour.") the label goes, as elsewhere.
  const tk = doc.tokens[m.first] as Token;
  if (
    m.first !== s.first ||
    m.last !== m.first + 1 ||
    !STRONG_INSULT_NOUNS.has(w) ||
    /\S/.test(doc.text.slice(0, tk.start)) ||
    !/^[\s.!?]*$/.test(doc.text.slice(tk.end))
  )
    return null;
  const line = /^(?:liars?|fibbers?|frauds?|fakes?|phon(?:ey|y)s?)$/.test(w)
    ? "I don't believe that."
    : /^hypocrites?$/.test(w)
      ? "That doesn't fit with what you've said before."
      : STUPIDITY.has(w)
        ? "I'm really frustrated right now."
        : "I'm really upset right now.";
  return wholeSentence(doc, m, line);
}

/**
 * "they'll vote for anyone. idiots.", "they did it again. what morons!": a name for people that is
 * a sentence of its own ("what" and describing words at most before it), beside sentences that say
 * what happened, adds only the name; it goes whole, with its marks ("what people." said nothing).
 */
function labelSentenceBeside(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  // Only a name for people ("idiots", "morons"): "what a clown." and "Pathetic." have wordings of
  // their own ("that was out of line", "Disappointing.").
  if (m.last !== s.last || m.last !== m.first + 1 || MILD_NOUN[(t[m.first] as Token).w] !== 'people')
    return null;
  // Where its sentence starts: the sentence's first word, or one after a full stop the splitter
  // kept inside ("anyone. idiots.").
  let a = m.first;
  while (a > s.first && a > m.first - 4 && !/[.!?]\s/.test(gapBefore(doc, a))) {
    const w = (t[a - 1] as Token).w;
    if (!/^(?:what|such)$/.test(w) && !PLAIN_INTENSIFIERS.has(w) && !INSULT_ADJECTIVES.has(w)) return null;
    a--;
  }
  if (a > s.first && !/[.!?]\s/.test(gapBefore(doc, a))) return null;
  const from = (t[a] as Token).start;
  const to = (t[m.last - 1] as Token).end;
  // Alone, "what idiots!" is said as the writer's feeling, as a bare label is ("what people." said nothing).
  if (!/\p{L}/u.test(doc.text.slice(0, from)) && !/\p{L}/u.test(doc.text.slice(to)))
    return (t[a] as Token).w === 'what'
      ? wholeSentence(
          doc,
          { ...m, first: a },
          STUPIDITY.has((t[m.first] as Token).w)
            ? "I'm really frustrated right now."
            : "I'm really upset right now.",
        )
      : null;
  // Only the sentence's own marks may follow the label ("idiots, all of them" is not alone).
  const marks = /^[.!?\u2026]*(?=$|\s)/.exec(doc.text.slice(to, to + 12));
  if (!marks) return null;
  const label = `Leave out “${doc.text.slice(from, to)}”`;
  if (a === 0) return removeRange(doc, from, to, label);
  // After the sentence before: its marks stay, the space and the label's sentence go.
  const prevEnd = (t[a - 1] as Token).end;
  const space = doc.text.slice(prevEnd, from).search(/\s/);
  return { start: prevEnd + Math.max(0, space), end: to + marks[0].length, text: '', label };
}

/**
 * "what hypocrites you are", "admit what massive liars you all were": the exclamation said as how
 * the reader seems ("how inconsistent you are"), the rest of the sentence kept.
 */
function whatLabelYouAre(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const w = (t[m.first] as Token).w;
  const mild = /^hypocrites?$/.test(w)
    ? 'inconsistent'
    : /^liars?$/.test(w)
      ? 'dishonest'
      : STUPIDITY.has(w) && /s$/.test(w)
        ? 'misguided'
        : '';
  if (!mild || m.last !== m.first + 1) return null;
  let a = m.first - 1;
  while (
    a > s.first &&
    a > m.first - 3 &&
    /^\p{L}+$/u.test((t[a] as Token).w) &&
    (t[a] as Token).w !== 'what'
  )
    a--;
  if (a < s.first || (t[a] as Token).w !== 'what') return null;
  let v = m.last;
  if (!/^(?:you|u|y'all|yall)$/.test(t[v]?.w ?? '')) return null;
  v++;
  if (/^(?:all|guys|two|people)$/.test(t[v]?.w ?? '')) v++;
  if (v >= s.last || !/^(?:are|were|r)$/.test((t[v] as Token).w)) return null;
  const tail = doc.text.slice((t[m.last] as Token).start, (t[v] as Token).end);
  const how = /^W/.test((t[a] as Token).raw) ? 'How' : 'how';
  return { start: (t[a] as Token).start, end: (t[v] as Token).end, text: `${how} ${mild} ${tail}` };
}

/**
 * "are they all idiots over there?", "were they just morons or what": a label asked of a group is
 * the claim asked plainly, as it is said ("they are all wrong about this"), never "are they all
 * people". The copula opens the sentence, "they" and at most two words that only hedge ("all",
 * "just", "really") before the label's words.
 */
function theirLabelQuestion(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  if (m.first - s.first < 2 || !/^(?:are|were)$/.test((t[s.first] as Token).w)) return null;
  if ((t[s.first + 1] as Token).w !== 'they') return null;
  let a = s.first + 2;
  while (
    a < m.first &&
    a < s.first + 4 &&
    /^(?:all|just|really|actually|truly|simply|basically)$/.test((t[a] as Token).w)
  )
    a++;
  for (let k = a; k < m.first; k++)
    if (!PLAIN_INTENSIFIERS.has((t[k] as Token).w) && !INSULT_ADJECTIVES.has((t[k] as Token).w)) return null;
  if (!/^[\p{L}' -]*$/u.test(doc.text.slice((t[s.first] as Token).end, (t[m.last - 1] as Token).start)))
    return null;
  if (m.last < s.last && !isClauseEnd(doc, m.last - 1) && !/^(?:or|over|in|at)$/.test((t[m.last] as Token).w))
    return null;
  const w = (t[m.last - 1] as Token).w;
  return replaceTokens(doc, a, m.last, STUPIDITY.has(w) ? 'wrong about this' : 'out of line');
}

/** Verbs of asking that put a question in a clause ("wondering if…", "curious whether…"). */
const WONDER = /^(?:wonder|wondering|wondered|curious|ask|asking|asked|know)$/;

/**
 * "i was just wondering if you're an idiot", "curious whether you were a total moron": a question
 * about the label, put in a clause, is the same put-down in a milder word ("…if you're misguided");
 * what is wondered is asked plainly ("i was just wondering why you see it that way"). "You" is at
 * most seven words before the label's end, "if" or "whether" just before it and the asking verb at
 * most two words before that; the label ends its clause.
 */
function wonderIfLabel(doc: Doc, first: number, last: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  let y = Math.min(first, last - 1);
  while (y > s.first && y > last - 8 && !/^(?:you|u|you're|youre|ur)$/.test((t[y] as Token).w)) y--;
  const i = y - 1;
  if (
    i <= s.first ||
    !/^(?:you|u|you're|youre|ur)$/.test((t[y] as Token).w) ||
    !/^(?:if|whether)$/.test((t[i] as Token).w)
  )
    return null;
  if (!WONDER.test((t[i - 1] as Token).w) && !(i - 2 >= s.first && WONDER.test((t[i - 2] as Token).w)))
    return null;
  // "…whether you're an idiot or not": the other answer goes with it.
  const end = t[last]?.w === 'or' && t[last + 1]?.w === 'not' ? last + 2 : last;
  if (!isClauseEnd(doc, end - 1)) return null;
  if (!/^[\p{L}' -]*$/u.test(doc.text.slice((t[i] as Token).end, (t[last - 1] as Token).start))) return null;
  return replaceTokens(doc, i, end, 'why you see it that way');
}

/** Words that may open a question before "are you" and go with it ("so are you…", "lol are you…"). */
const QUESTION_OPENERS =
  /^(?:so|ok|okay|honestly|seriously|srsly|lol|lmao|like|um|uh|well|and|but|then|dude|man|bro|bruh|wow|oh|look|listen|really|tbh|yo|hey|sorry)$/;

/** Between "are you" and the label, words that make the label someone else's ("are you with those idiots"). */
const NOT_THE_READER =
  /^(?:with|like|for|to|from|by|about|at|in|on|than|around|near|behind|friends?|one|and|or|if|who|because)$/;

/**
 * "are you just a bitter loser?", "are you really this much of a moron?", "so are you an actual idiot
 * or what": a question to the reader whose whole point is the label. A milder word keeps the sting
 * ("are you just a bitter person?"), and "a person" alone says nothing ("are you a person or what");
 * the question is asked plainly instead, about what is going on. The question opens its sentence
 * (openers at most before it); the label ends its clause or an "or …" closes the sentence.
 */
function labelQuestion(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let y = m.first - 1;
  while (y > s.first && y > m.first - 8 && !/^(?:you|u)$/.test((t[y] as Token).w)) y--;
  return labelQuestionAt(doc, y, m.first, m.last);
}

/** `labelQuestion` with the words known: "you" at `y`, the label from `first` to `last` (exclusive). */
function labelQuestionAt(doc: Doc, y: number, first: number, last: number): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  const m = { first, last };
  const q = y - 1;
  if (q < s.first || !/^(?:you|u)$/.test((t[y] as Token).w) || !/^(?:are|r|were)$/.test((t[q] as Token).w))
    return null;
  for (let k = s.first; k < q; k++) if (!QUESTION_OPENERS.test((t[k] as Token).w)) return null;
  let article = false;
  for (let k = y + 1; k < m.first; k++) {
    const w = (t[k] as Token).w;
    // "a complete and utter moron": "and" only between two words that only strengthen it.
    if (NOT_THE_READER.test(w) && !(w === 'and' && PLAIN_INTENSIFIERS.has(t[k + 1]?.w ?? ''))) return null;
    article ||= w === 'a' || w === 'an';
    // Before an article, only words that hedge or strengthen ("are you really this much of a…");
    // "are you finished yet racist moron" calls them the name after a question of its own.
    if (
      !article &&
      !LABEL_HEDGE.test(w) &&
      !PLAIN_INTENSIFIERS.has(w) &&
      !INSULT_ADJECTIVES.has(w) &&
      !STRONG_INSULT_ADJECTIVES.has(w)
    )
      return null;
  }
  if (!/^[\p{L}' -]*$/u.test(doc.text.slice((t[y] as Token).end, (t[m.first] as Token).start))) return null;
  if (m.last < s.last && !isClauseEnd(doc, m.last - 1) && (t[m.last] as Token).w !== 'or') return null;
  const w = (t[m.last - 1] as Token).w;
  let line = /^liars?$/.test(w)
    ? "I don't think that's true."
    : STUPIDITY.has(w)
      ? "Did I miss something? I'm confused."
      : "Is something going on? I'd like to understand.";
  // "…, sam?": the name they are called by stays, in our first sentence.
  const name = /^, ?(\p{L}+)[?.!\s]*$/u.exec(doc.text.slice((t[m.last - 1] as Token).end, s.end));
  if (name && m.last === s.last - 1 && !STRONG_INSULT_NOUNS.has((t[m.last] as Token).w))
    line = line.replace(/[?.]/, `, ${name[1]}$&`);
  return toSentenceEnd(doc, s.first, line);
}

/** Words that hedge or strengthen between "are you" and a label ("really", "this much of", "guys"). */
const LABEL_HEDGE =
  /^(?:just|really|actually|seriously|truly|honestly|literally|always|still|even|that|this|so|such|much|of|plain|simply|basically|all|guys|two|kinda|sorta|like)$/;

/** The rewordings of a strong label said of someone (`scornSuggest`, then the shared tidying). */
/**
 * "the Recycling Troll strikes again", "ask the Office Idiot": a label that ends a nickname in
 * capitals mid-sentence; the nickname stays, plainly ("the recycling person"), never cut to "the
 * Office" nor taken as a verdict ("is stirring up trouble").
 */
function nicknameLabel(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const cap = (k: number) => /^\p{Lu}\p{Ll}/u.test((t[k] as Token).raw);
  if (m.last !== m.first + 1 || !cap(m.first)) return null;
  let a = m.first;
  while (a - 1 > s.first && cap(a - 1) && /^\p{L}+$/u.test((t[a - 1] as Token).raw)) a--;
  if (a === m.first || a - 1 < s.first || !/^(?:the|our|their|his|her|your|my)$/.test((t[a - 1] as Token).w))
    return null;
  // "The Recycling Troll Strikes Again": a headline, capitals throughout.
  let caps = 0;
  let n = 0;
  for (let k = s.first + 1; k < s.last; k++)
    if ((k < a - 1 || k > m.first) && /^\p{L}/u.test((t[k] as Token).raw)) {
      n++;
      if (cap(k)) caps++;
    }
  if (n >= 2 && caps * 2 > n) return null;
  const words = t
    .slice(a, m.first)
    .map((x) => x.w)
    .filter((w) => !PLAIN_INTENSIFIERS.has(w));
  words.push(MILD_NOUN[(t[m.first] as Token).w] === 'people' ? 'people' : 'person');
  return replaceTokens(doc, a, m.last, words.join(' '));
}

/** "that pig-ignorant guy", "pig ignorant": the animal before the label goes with it ("really uninformed"). */
function pigBefore(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const k = m.first - 1;
  const mild = MILD_ADJ[(t[m.first] as Token).w];
  if (
    k < sentenceOf(doc, m.first).first ||
    !/^(?:pig|swine)$/.test((t[k] as Token).w) ||
    !mild ||
    mild.includes(' ')
  )
    return null;
  if (!/^[ -]$/.test(gapBefore(doc, m.first))) return null;
  const so = k > 0 && /^(?:so|too|very|really)$/.test((t[k - 1] as Token).w);
  return replaceTokens(doc, k, m.last, so ? mild : `really ${mild}`);
}

/**
 * "that idiot/moron boss", "these morons/idiots": two labels joined by a slash are one; the later
 * goes with its slash, and the first is reworded in its place (never "that/boss").
 */
function slashPair(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const p = t[m.first - 1];
  const n = t[m.last];
  if (p && gapBefore(doc, m.first) === '/' && scornWord(p.w))
    return { start: p.end, end: (t[m.last - 1] as Token).end, text: '' };
  if (n && doc.text.slice((t[m.last - 1] as Token).end, n.start) === '/' && scornWord(n.w))
    return { start: n.start - 1, end: n.end, text: '' };
  return null;
}

/**
 * "thanks for being a gigantic idiot.", "Thanks for being a jerk, Dave.": thanks said for a label
 * is no thanks; said plainly, "that wasn't helpful" (never "thanks for being out of line").
 */
function thanksForBeing(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  // "thanks for being a liar" says the act ("thanks for lying"), elsewhere.
  if ((m.last < s.last && !isClauseEnd(doc, m.last - 1)) || ACT_NOUN[(t[m.last - 1] as Token).w]) return null;
  for (let k = m.first - 1; k >= s.first && k >= m.first - 6; k--) {
    if ((t[k] as Token).w !== 'being') continue;
    const th = k - 2;
    if (th < s.first || (t[k - 1] as Token).w !== 'for') return null;
    const a = /^(?:thanks|thx|ty)$/.test((t[th] as Token).w)
      ? th
      : (t[th] as Token).w === 'you' && (t[th - 1] as Token | undefined)?.w === 'thank'
        ? th - 1
        : -1;
    return a >= s.first ? replaceTokens(doc, a, m.last, "that wasn't helpful") : null;
  }
  return null;
}

/** What is said of how well a word fits: "… doesn't capture it", "… isn't the word", "… is a strong word". */
const OF_A_WORD = /^(?:word|term|label|capture|captures|describe|describes|fit|fits|fair|strong|harsh)$/;

/**
 * "no, lunatics doesn't quite capture the problem", "idiot is a strong word": a label talked about,
 * how well it fits (denied, or called strong), not said of anyone: it is "that word" ("no, that word
 * doesn't quite capture the problem"; "that's a strong word"). "… doesn't even begin to describe
 * him" says more than the label: not this.
 */
function mentionedLabel(doc: Doc, m: Match): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  if (m.last - m.first !== 1 || m.last >= s.last) return null;
  if (m.first > contentStart(doc, s) && !isClauseEnd(doc, m.first - 1)) return null;
  const v = (t[m.last] as Token).w;
  const no =
    /^(?:isn't|isnt|wasn't|wasnt|doesn't|doesnt)$/.test(v) ||
    (t[m.last + 1] as Token | undefined)?.w === 'not';
  if (!no && !/^(?:is|was|would)$/.test(v)) return null;
  let hit = '';
  for (let k = m.last + 1; k < s.last && k <= m.last + 4; k++) {
    const w = (t[k] as Token).w;
    // "idiot is too kind a word for him", "… doesn't even begin to describe her": the label is
    // the least that is meant; the anger itself is said ("I'm really upset with him.").
    if (/^(?:begin|start|cover|kind|generous|understatement|compliment|mildly)$/.test(w)) {
      let who = 'about this';
      for (let j = k + 1; j < s.last && j <= k + 6; j++)
        if (/^(?:him|her|them|you)$/.test((t[j] as Token).w)) who = `with ${(t[j] as Token).w}`;
      return toSentenceEnd(doc, m.first, `I'm really upset ${who}.`);
    }
    if (!hit && OF_A_WORD.test(w)) hit = w;
  }
  if (!hit || (!no && !/^(?:strong|harsh)$/.test(hit))) return null;
  // "idiot is a strong word" → "that's a strong word": the word is not said twice.
  if (/^(?:word|term|label)$/.test(hit) || /^(?:strong|harsh)$/.test(hit))
    return v === 'is'
      ? replaceTokens(doc, m.first, m.last + 1, "that's")
      : replaceTokens(doc, m.first, m.last, 'that');
  return replaceTokens(doc, m.first, m.last, 'that word');
}

function strongLabelDrafts(doc: Doc, m: Match): Draft[] {
  const said = mentionedLabel(doc, m);
  if (said) return [said];
  const nick = nicknameLabel(doc, m) ?? pigBefore(doc, m) ?? slashPair(doc, m) ?? thanksForBeing(doc, m);
  if (nick) return [nick];
  const bare =
    bareLabel(doc, m) ??
    whatLabelYouAre(doc, m) ??
    labelSentenceBeside(doc, m) ??
    labelQuestion(doc, m) ??
    theirLabelQuestion(doc, m) ??
    wonderIfLabel(doc, m.first, m.last) ??
    traitInstead(doc, m.last);
  if (bare) return [bare];
  return groupNamed(
    doc,
    m,
    scornSuggest(doc, m).map((d) =>
      sameWordAgain(
        doc,
        personInPlace(
          doc,
          plainSwapAround(
            doc,
            m,
            calledWhole(doc, m, keepsBehaviour(doc, m, compoundLabel(doc, m, pointedNeedsNoun(doc, m, d)))),
          ),
        ),
      ),
    ),
  );
}

/** Words that only strengthen a label and say nothing else ("an absolute idiot", "a complete moron"). */
const PLAIN_INTENSIFIERS: ReadonlySet<string> = wordSet(
  'utter complete total absolute real proper right big huge massive little consummate typical classic perfect textbook quintessential certified professional resident bona_fide',
);

/**
 * "Only a complete fool would…", "Total idiot.": a label's rewording when words that only
 * strengthen it stand before it and `drafts` has none for it there: the rewording of the sentence
 * without them (the label's place then takes them in). Detection flags the label whatever
 * strengthens it, so its card must not depend on them.
 */
function withoutIntensifiers(doc: Doc, m: Match, drafts: (doc: Doc, m: Match) => Draft[]): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let d = m.first;
  while (d > s.first && PLAIN_INTENSIFIERS.has((t[d - 1] as Token).w)) d--;
  if (d === m.first) return [];
  const cut0 = (t[d] as Token).start;
  const cut1 = (t[m.first] as Token).start;
  if (!/^[\p{L} ]+$/u.test(doc.text.slice(cut0, cut1))) return [];
  // "Total idiot." reads "Idiot.": the first letter's case stays where it was.
  const head = doc.text[cut0] as string;
  const label = doc.text[cut1] as string;
  const doc2 = tokenize(
    doc.text.slice(0, cut0) +
      (head === head.toUpperCase() ? label.toUpperCase() : label) +
      doc.text.slice(cut1 + 1),
  );
  const first = tokenAt(doc2.tokens, cut0);
  if ((doc2.tokens[first] as Token | undefined)?.start !== cut0) return [];
  const shift = cut1 - cut0;
  const back = (p: number) => (p <= cut0 ? p : p + shift);
  const gone = m.first - first;
  const cap: Record<string, number> = {};
  for (const [k, v] of Object.entries(m.cap)) cap[k] = v >= m.first ? v - gone : v;
  const m2: Match = {
    ...m,
    first,
    last: m.last - gone,
    cap,
    start: m.start === undefined ? undefined : m.start - shift,
    end: m.end === undefined ? undefined : m.end - shift,
  };
  return drafts(doc2, m2).map((x) => ({
    ...x,
    start: back(x.start),
    end: x.end <= cut0 ? x.end : x.end + shift,
  }));
}
