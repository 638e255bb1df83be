/**
 * Who a scornful word is aimed at. Contempt is a label for a PERSON: "the wifi here is pathetic",
 * "this game is so stupid", "that movie was dumb" judge a thing, and "my dog is such a clown" is
 * affection for a pet. These helpers read the subject of the copula before a scornful word (or
 * the noun after it) and say when the target is a thing or a pet, so the contempt rules can let
 * the sentence pass. Anything that points at the reader ("you", "your", "the way you talk") or at a
 * person, and nouns for what a person says or does ("this idea", "your excuses", "this
 * relationship"), is never a thing here: those stay flagged.
 */
import { INSULT_ADJECTIVES, INSULT_NOUNS, STRONG_INSULT_NOUNS, valence, wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import { isClauseEnd, sentenceOf } from './rule';

/** Everyday things, places, events and media: what people vent about. Singular and plural. */
export const THING_NOUNS: ReadonlySet<string> = wordSet(
  'luck timing autocorrect wifi wi-fi internet connection signal network traffic weather rain snow heat wind cold forecast ' +
    'game games match movie movies film films show shows series episode episodes season ending endings finale plot ' +
    'book books song songs album music playlist concert gig video videos trailer update app apps website site ' +
    'phone phones battery laptop computer printer charger keyboard mouse screen tv remote router console controller ' +
    'car cars bus buses train trains tram flight flights plane airport airline parking queue line lines lift elevator ' +
    'road roads highway motorway commute service food pizza coffee tea burger fries meal dinner lunch breakfast menu ' +
    'restaurant cafe bar hotel room rooms flat apartment house kitchen shower heating aircon fridge oven ' +
    'prices price rent bill bills fee fees tax taxes wage wages pay salary ' +
    'rules rule system software code exam exams test tests homework assignment essay deadline deadlines ' +
    'spreadsheet paperwork office meeting meetings schedule timetable shift shifts week weekend monday day ' +
    'referee ref refs umpire defence defense offense attack team squad lineup ' +
    'town city place store shop mall gym pool stadium sound camera graphics controls ' +
    'trend fashion outfit hat shoes haircut noise smell taste design layout font ' +
    'timeline year month morning night weekend holiday vacation trip journey ride ' +
    'heatwave humidity storm storms thunderstorm fog hail sleet drizzle sun ' +
    'upgrade patch feature features interface settings password login download wifi' +
    ' breakfast brunch buffet croissant croissants sandwich salad soup cake service ' +
    'bed mattress pillow couch sofa chair desk door window sink toilet washer dryer dishwasher microwave ' +
    'delivery package parcel post mail email emails inbox notification notifications ads ad ' +
    'kettle toaster blender vacuum hoover headphones earbuds tablet quality wait delay delays bug bugs glitch glitches lag draft drafts',
);

/** Pets and babies: a label for them is affection ("my dog is such a clown"). */
const PETS: ReadonlySet<string> = wordSet(
  'dog dogs doggo doggy puppy puppies pup pups cat cats kitty kitten kittens bird birds parrot budgie hamster ' +
    'bunny rabbit horse pony goat goats chicken chickens hens duck ducks fish guinea pig baby babies toddler',
);

/**
 * Nouns for what a person says or does, or for the relationship: scorn for them reaches the
 * person ("this idea is stupid", "this relationship is a joke").
 */
const ACT_NOUNS: ReadonlySet<string> = wordSet(
  'idea ideas plan plans excuse excuses comment comments question questions answer answers argument arguments ' +
    'point points attitude behaviour behavior joke jokes reply replies response text texts message messages ' +
    'decision decisions choice choices suggestion suggestions thing things way relationship marriage friendship ' +
    'opinion opinions apology promise promises effort work job cooking driving story lie lies',
);

/** Words that point at the reader or at a person: the subject is then not a thing. */
const PERSON_WORDS: ReadonlySet<string> = wordSet(
  "you u ya your ur yours you're youre yourself he she they him her them his their he's she's they're " +
    'i me we us who someone somebody everyone everybody anyone nobody people person guy guys man men woman women ' +
    'boy boys girl girls kid kids child children mom mum dad mother father brother sister son daughter wife husband ' +
    'boyfriend girlfriend partner friend friends boss teacher family parents',
);

/** A word for a person or one pointing at someone: "boss", "your", "they". */
export const isPerson = (w: string): boolean => PERSON_WORDS.has(w);

/** Roles people are talked about in, singular or with a plain "s": officials, players, staff, public figures. */
const ROLES =
  /^(?:mayor|senator|minister|president|politician|governor|mp|judge|cop|official|bureaucrat|ceo|exec|manager|owner|landlord|staff|dev|developer|mod|moderator|admin|author|writer|journalist|reporter|pundit|host|presenter|actor|actress|singer|influencer|youtuber|streamer|celebrit(?:y|ie)|player|striker|(?:goal)?keeper|defender|coach|ref|referee|umpire|fan|follower|supporter|voter|member|user|customer|tourist|cyclist|employee|worker|intern|recruit|staffer|bull(?:y|ie)|thug|councill?or|driver|neighbou?r|commenter|troll|clerk|cashier|plumber|banker|lawyer|council|government|cabinet|parliament|congress|senate|administration|committee|board|team|league|company|party|police|crowd|fandom|fanbase|mob|folk|guy|dude)s?$/;

/** Someone talked about, not the writer: "the mayor", "his fans", "these people", "she" (with `role`, a role only). */
export const talkedOf = (w: string, role?: boolean): boolean =>
  ROLES.test(w) || (!role && PERSON_WORDS.has(w) && !/^(?:i|me|we|us)$/.test(w));

/**
 * Whether the words before `at` name someone talked about, in its clause: "the mayor is", "his
 * fans are", "whoever wrote this is", "he's"; not the writer ("I", "we", "my").
 */
/** A third-person pronoun, subject or object. */
const THIRD_PRONOUN = /^(?:he's|she's|they're|hes|shes|theyre|he|she|they|him|her|them)$/;

export function someoneBefore(doc: Doc, at: number, named = false): boolean {
  const t = doc.tokens;
  if (THIRD_PRONOUN.test((t[at] as Token).w)) return !named;
  const s = sentenceOf(doc, at);
  for (let k = at - 1; k >= s.first && k >= at - 8; k--) {
    const x = (t[k] as Token).w;
    if (/^(?:i|we|i'm|im|i've|ive)$/.test(x)) return false;
    // A role, a pronoun, a label ("the crook who…"), or a head noun of a person's kind ("columnist").
    if (
      (talkedOf(x) && !/^(?:who|your|ur|his|her|their)$/.test(x)) ||
      INSULT_NOUNS.has(x) ||
      (k === at - 1 && /(?:ist|ian|tor)s?$/.test(x))
    )
      return !(named && THIRD_PRONOUN.test(x));
    if (/^(?:whoever|anyone|anybody)$/.test(x)) return true;
    if (/[,;:]/.test(doc.text.slice((t[k] as Token).end, (t[k + 1] as Token).start))) return false;
  }
  return false;
}

const COPULAS: ReadonlySet<string> = wordSet('is are was were be been being');

/** Words between a copula and the scornful word: "is so stupid", "was such a", "are kind of". */
const BETWEEN: ReadonlySet<string> = wordSet(
  'a an so such really very too totally completely absolutely pretty quite just kinda sorta kind sort of literally ' +
    'honestly seriously actually genuinely utterly truly beyond getting becoming fucking freaking bloody damn little tiny ' +
    'big total complete utter absolute real proper pure',
);

/** Words that may open the subject: "the wifi", "this game", "my phone battery". */
const DETERMINERS: ReadonlySet<string> = wordSet('the this that these those my our');

/** Words that end a subject going backwards: the clause starts after them. */
const CLAUSE_OPENERS: ReadonlySet<string> = wordSet(
  'and but so because cuz cos coz lol lmao haha ugh omg honestly tbh like when if though although think thought guess reckon',
);

/** Index of the copula before the scornful word at `w` (only describing words between), or -1. */
function copulaBefore(doc: Doc, w: number, first: number): number {
  for (let k = w - 1; k >= first && k >= w - 5; k--) {
    const t = (doc.tokens[k] as Token).w;
    if (COPULAS.has(t)) return k;
    if (!BETWEEN.has(t) || isClauseEnd(doc, k)) return -1;
  }
  return -1;
}

type Subject = 'thing' | 'pet' | null;

/**
 * What the copula at `cop` says something about: 'thing' for a noun phrase naming a thing
 * ("the wifi in this hotel", "my phone battery", "traffic"), 'pet' for a pet or a baby, else null
 * (a person, the reader, a pronoun such as "it" or "that", which may stand for what the reader did).
 */
function subjectOf(doc: Doc, cop: number, first: number): Subject {
  const t = doc.tokens;
  let start = cop;
  while (start > first && start > cop - 8) {
    const w = (t[start - 1] as Token).w;
    if (CLAUSE_OPENERS.has(w) || isClauseEnd(doc, start - 1)) break;
    start--;
  }
  if (start === cop) return null;
  // Verbs "be" need their own subject ("gonna be ridiculous"): too far to read.
  if ((t[cop] as Token).w === 'be' || (t[cop] as Token).w === 'been' || (t[cop] as Token).w === 'being') {
    if (!/^(?:is|are|was|were|been)$/.test((t[cop - 1] as Token).w)) return null;
  }
  let head = '';
  let kind: Subject = null;
  for (let k = start; k < cop; k++) {
    const w = (t[k] as Token).w;
    if (PERSON_WORDS.has(w) || (t[k] as Token).mention) return null;
    // The head noun is the last noun before a preposition: "the ending of that show" → ending.
    if (
      !head &&
      /^(?:of|in|at|on|for|from|with|here|there|today|tonight|lately|rn|now)$/.test(w) &&
      k > start
    )
      head = (t[k - 1] as Token).w;
  }
  if (!head) head = (t[cop - 1] as Token).w;
  // ("are are stupid" at the start of the text: no word before the first verb.)
  if (head === 'is' || head === 'are' || head === 'was' || head === 'were') head = t[cop - 2]?.w ?? '';
  // "waiting three hours for a bus is ridiculous": an activity opens the subject (no one in it,
  // checked above); a verdict on what is done, not a label for anyone. Not "morning", "sibling",
  // nor a describing word ("lying", "annoying") or a swear before a noun.
  const opener = (t[start] as Token).w;
  if (
    /^[a-z]{3,}ing$/.test(opener) &&
    !/(?:thing|ling|king|rning|ening|ceiling|wedding|building|spring|string|^fuck|^freak|^frick)/.test(
      opener,
    ) &&
    !INSULT_ADJECTIVES.has(opener) &&
    valence(opener) >= 0
  )
    return 'thing';
  if (ACT_NOUNS.has(head)) return null;
  if (PETS.has(head)) kind = 'pet';
  else if (THING_NOUNS.has(head)) kind = 'thing';
  else return null;
  // A bare noun is enough for a thing ("traffic is ridiculous"); anything else before it must be a
  // determiner or describing words after one.
  if (start < cop - 1 && !DETERMINERS.has(opener) && !THING_NOUNS.has(opener) && !PETS.has(opener))
    return null;
  return kind;
}

/**
 * The scornful word at `w` judges a thing, not a person: said of a thing's noun phrase through a
 * copula ("the weather is pathetic today", "these new rules are so stupid"), or placed before
 * such a noun ("this stupid printer"). Pets count when `pets` is set (labels for them are warm).
 */
export function aimedAtThing(doc: Doc, w: number, pets = true): boolean {
  const s = sentenceOf(doc, w);
  let cop = copulaBefore(doc, w, s.first);
  // "this printer is the dumbest thing we own": a superlative after "the" (session 37).
  if (cop < 0 && w - 1 > s.first && doc.tokens[w - 1]?.w === 'the' && /est$/.test(doc.tokens[w]?.w ?? ''))
    cop = copulaBefore(doc, w - 1, s.first);
  if (cop > s.first) {
    const kind = subjectOf(doc, cop, s.first);
    if (kind === 'thing' || (pets && kind === 'pet')) return true;
  }
  // "this stupid printer", "that dumb early celebration": the describing word (not a noun such as
  // "jerks") right before the thing's noun, at most one more describing word between.
  const t = doc.tokens;
  const word = (t[w] as Token).w;
  if (INSULT_NOUNS.has(word) || STRONG_INSULT_NOUNS.has(word)) return false;
  const prev = w > s.first ? (t[w - 1] as Token).w : '';
  if (!/^(?:this|that|these|those|the|my|our|a|an)$/.test(prev)) return false;
  // "is a stupid trend": after "a", only as what a copula says ("what a stupid system" is scorn).
  if ((prev === 'a' || prev === 'an') && !(w - 2 >= s.first && COPULAS.has((t[w - 2] as Token).w)))
    return false;
  // "is a stupid trend" but not "your hobby is a stupid trend".
  for (let k = w - 2; k >= s.first && k >= w - 8; k--) {
    if (PERSON_WORDS.has((t[k] as Token).w)) return false;
    if (isClauseEnd(doc, k)) break;
  }
  for (let k = w + 1; k < s.last && k <= w + 2; k++) {
    const n = (t[k] as Token).w;
    if (THING_NOUNS.has(n)) return !ACT_NOUNS.has(n);
    if (
      PERSON_WORDS.has(n) ||
      COPULAS.has(n) ||
      isClauseEnd(doc, k) ||
      /^(?:of|in|at|on|to|for|with|and|or)$/.test(n)
    )
      return false;
  }
  return false;
}

/** Verbs that report someone else's words or view: "he says…", "she thinks…", "he's claiming…". */
const REPORT_VERBS: ReadonlySet<string> = wordSet(
  'says said thinks thought claims claimed claiming insists insisted believes believed reckons told tells',
);

/** Third-person reporters: "he says", "she's claiming", "they think". */
const THIRD_PERSON: ReadonlySet<string> = wordSet("he she they he's she's they're hes shes theyre");

/** Second-person words: scorn that reaches the reader even inside a report ("he says your cooking is…"). */
const YOU_WORDS: ReadonlySet<string> = wordSet("you u ya your ur yours you're youre yourself");

/** Is the verb at `k` said by someone else: "he says", "my boss said", "he loves me but says"? */
function thirdPersonReporter(doc: Doc, k: number, first: number): boolean {
  const t = doc.tokens;
  if (k <= first) return false;
  const who = (t[k - 1] as Token).w;
  if (THIRD_PERSON.has(who)) return true;
  // "my boss said", "her mom thinks"
  if (k - 2 >= first && /^(?:my|his|her|their|our)$/.test((t[k - 2] as Token).w) && !COPULAS.has(who))
    return true;
  // "he loves me but says…": the subject said earlier in the sentence.
  if (who === 'and' || who === 'but') {
    for (let j = k - 2; j >= first && j >= k - 10; j--) if (THIRD_PERSON.has((t[j] as Token).w)) return true;
  }
  return false;
}

/**
 * The scornful word at `w` is inside someone else's reported view of a thing, in the same clause:
 * "he says the thought of my past is disgusting", "she thinks my job is stupid", "he's claiming
 * signing him is stupid". The writer tells what was said; they do not say it. The report is a
 * clause with its own copula; the reporter is someone else (not "I think…", "you said…"); and it
 * does not reach the reader ("everyone says your cooking is pathetic").
 */
export function reportedView(doc: Doc, w: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, w);
  let copula = false;
  for (let k = w - 1; k > s.first && k >= w - 12; k--) {
    const tk = t[k] as Token;
    if (YOU_WORDS.has(tk.w)) return false;
    if (COPULAS.has(tk.w)) copula = true;
    // "the thought of my past": a noun, read on.
    if (REPORT_VERBS.has(tk.w) && !/^(?:the|a|this|that|my|his|her|their|our)$/.test((t[k - 1] as Token).w))
      return copula && k < w - 2 && thirdPersonReporter(doc, k, s.first);
    if (isClauseEnd(doc, k - 1)) return false;
  }
  return false;
}

/** Words that reject the claim after them: "I disagree with the idea that…", "it's a myth that…". */
const REJECTS = /^(?:disagree|reject|rejects|myth|stereotype|untrue|false|nonsense)$/;

/**
 * The label at `w` is inside a claim the writer rejects, about others: "I disagree with the idea that
 * homeschoolers are idiots", "it's not true that people who rent are losers", "I don't buy the notion
 * that gamers are lazy". Not when the claim is about the reader ("the idea that you're an idiot").
 */
export function rejectedClaim(doc: Doc, w: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, w);
  let copula = false;
  for (let k = w - 1; k > s.first && k >= w - 10; k--) {
    const x = (t[k] as Token).w;
    if (YOU_WORDS.has(x) || isClauseEnd(doc, k)) return false;
    if (COPULAS.has(x)) copula = true;
    if (x !== 'that' || !copula) continue;
    for (let j = k - 1; j >= s.first && j >= k - 5; j--) {
      const y = (t[j] as Token).w;
      const before = j > s.first ? (t[j - 1] as Token).w : '';
      if (
        REJECTS.test(y) ||
        (y === 'true' && /^(?:not|isn't|isnt)$/.test(before)) ||
        (/^(?:buy|believe|accept)$/.test(y) && /^(?:don't|dont|never|won't|not)$/.test(before))
      )
        return true;
      if (isClauseEnd(doc, j)) break;
    }
    return false;
  }
  return false;
}

/** "there will be a bigger idiot than me": the label measures the writer, not the reader. */
export function measuresOneself(doc: Doc, w: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, w);
  const a = w + 1 < s.last ? (t[w + 1] as Token).w : '';
  const b = w + 2 < s.last ? (t[w + 2] as Token).w : '';
  if (a !== 'than' || !/^(?:me|myself|i|us)$/.test(b)) return false;
  // "you're a bigger idiot than me" still labels the reader.
  for (let k = w - 1; k >= s.first && k >= w - 8; k--) {
    if (YOU_WORDS.has((t[k] as Token).w)) return false;
    if (isClauseEnd(doc, k)) break;
  }
  return true;
}

/**
 * Verbs that link the writer to a describing word: "I'm", "I want to be", "I feel like", "I became",
 * "I acted like".
 */
const LINKS: ReadonlySet<string> = wordSet(
  "be am was i'm im being been feel felt feeling look looked become became act acted acting behave behaved behaving",
);

/**
 * "I just want to be a random scumbag", "I was such a loser in high school": the clause's subject is
 * the writer and a linking verb ties them to the label, with no one else in between. Not "I met a
 * total idiot" (no link), nor "I think you're an idiot" / "I think he is an idiot".
 */
export function describesOneself(doc: Doc, w: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, w);
  // "sorry to be a php nitwit", "sorry for being such a moron earlier": the apology's own subject.
  for (let k = w - 1; k >= s.first + 2 && k >= w - 6; k--) {
    const x = (t[k] as Token).w;
    if (YOU_WORDS.has(x) || isClauseEnd(doc, k)) break;
    const by = (t[k - 1] as Token).w;
    if (
      ((x === 'be' && by === 'to') || (x === 'being' && by === 'for')) &&
      /^(?:sorry|apologies)$/.test((t[k - 2] as Token).w)
    )
      return true;
  }
  let link = false;
  for (let k = w - 1; k >= s.first && k >= w - 10; k--) {
    const x = (t[k] as Token).w;
    if (x === 'i' || x === "i'm" || x === 'im') return (link || x !== 'i') && clauseStartsAt(doc, k, s.first);
    // "we are all idiots sometimes", "we're such idiots": the writer counts themselves in.
    if (x === 'we' || x === "we're") return (link || x === "we're") && clauseStartsAt(doc, k, s.first);
    if (LINKS.has(x) || ((x === 'are' || x === 'were') && k > s.first && (t[k - 1] as Token).w === 'we'))
      link = true;
    else if (!SELF_LINK_FILLERS.has(x) && !INSULT_ADJECTIVES.has(x)) return false;
    if (k > s.first && isClauseEnd(doc, k - 1)) return false;
  }
  return false;
}

/** Words between "I" and the label in a self-description: "I just want to be a total…". */
const SELF_LINK_FILLERS: ReadonlySet<string> = wordSet(
  'just really so such a an the want wanna to tk like kinda sort of total complete absolute utter random little big huge bit always still also literally honestly actually basically officially such biggest all both',
);

/** Token `k` opens its clause, after at most a few openers ("yes, I'm…", "honestly i…"). */
function clauseStartsAt(doc: Doc, k: number, first: number): boolean {
  for (let j = k - 1; j >= first && j >= k - 3; j--) {
    if (isClauseEnd(doc, j)) return true;
    if (
      !/^(?:and|but|so|honestly|tbh|lol|yeah|yes|well|just|ok|okay|ugh|like|because|cause|cuz)$/.test(
        (doc.tokens[j] as Token).w,
      )
    )
      return false;
  }
  return true;
}
