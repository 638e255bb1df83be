/**
 * Kinds of contempt, talking down and heat that name no insult and swear no word, found by their
 * construction rather than by a word list:
 * - a person summed up as a failure with a bad noun ("you're a walking disaster", "such a total letdown");
 * - wit aimed at someone's mind ("the memory of a goldfish", "anyone with half a brain");
 * - a rhetorical "how are you this <fault>?" ("how can you be so careless");
 * - mock belief ("like you'd know", "because you're such an expert", "cute that you think…");
 * - mock welcome ("look who finally showed up", "you call that a pass?");
 * - talking down by age, capacity or help refused ("you couldn't handle it", "you'll get it when
 *   you're older", "the grown-ups are talking", "I'm not going to hold your hand", "it's called
 *   a calendar, look it up");
 * - intimidation ("or I'm calling the cops", "you'll regret it", "watch your mouth", "last time I'm
 *   asking"), which is heat: it raises the stakes instead of saying what matters.
 */

import { isComplaint } from '../lexicon';
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  contentStart,
  type Draft,
  isClauseEnd,
  type Match,
  negatedBefore,
  polarity,
  sentenceOf,
  toSentenceEnd,
  warmAround,
} from './rule';

const plain =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => [toSentenceEnd(doc, m.first, text)];

const LAUGH = /^(?:lol|lmao|lmfao|haha+|hehe+|jk|jkjk|rofl)$/;
const FOND = /[\u2764\u2665]|\u{1F602}|\u{1F923}|\u{1F618}|\u{1F970}|\u{1F60D}|\u{1F917}|<3|xx\b/u;

/** The sentence of token `i` reads warm: more warm words than sour, laughter, or a heart. */
function fond(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  for (let k = s.first; k < s.last && k < s.first + 48; k++)
    if (LAUGH.test((doc.tokens[k] as Token).w)) return true;
  return FOND.test(doc.text.slice(s.start, Math.min(doc.text.length, s.end + 6)));
}

/** Second person anywhere in the sentence of token `i` ("your", "you", "u", "ur"). */
function youIn(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  for (let k = s.first; k < s.last && k < s.first + 48; k++)
    if (/^(?:you|u|your|ur|you're|youre|yourself|ya|you've|you'd|you'll)$/.test((doc.tokens[k] as Token).w))
      return true;
  return false;
}

/** First person before token `i` in its sentence: "I have the memory of a goldfish lol". */
function selfBefore(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  for (let k = Math.max(s.first, i - 8); k < i; k++)
    if (/^(?:i|i'm|im|my|me|i've|ive|myself|we|we're|our)$/.test((doc.tokens[k] as Token).w)) return true;
  return false;
}

/** Nouns that sum a person up as a failure, beyond the insult list. */
const FAILURE_NOUNS =
  'disaster|liability|letdown|let_down|embarrassment|disgrace|joke|failure|nightmare|burden|waste_of_space|waste_of_time|waste_of_oxygen|lost_cause|train_wreck|trainwreck|catastrophe|mess|hot_mess|headache|pain|pain_in_the_neck|pain_in_the_ass|parasite|leech|fraud|fake|nobody|zero|liar';

const SUMMED_UP =
  'walking|total|complete|absolute|utter|living|massive|huge|constant|proper|certified|professional';

/** What a mind is compared to: "the memory of a goldfish", "the attention span of a toddler". */
const MIND = 'brain|brains|memory|iq|attention_span|intelligence|common_sense|logic|reasoning|wit';

/** Mock-believed expertise: "because you're such an expert", "since you're so smart". */
const SUCH_EXPERT =
  'expert|genius|authority|pro|professional|know-it-all|saint|angel|perfect|smart|clever|brilliant|wise|mature|responsible|organised|organized|thoughtful|considerate|helpful|reliable|busy|important|special';

/** What a person believes that is mocked: "cute that you think you're in charge". */
const MOCK_SWEET = 'cute|adorable|sweet|precious|cute_how|adorable_how';

/** Verbs of being told what will happen if… (threats of consequence), after "or I'm / or I'll". */
const THREAT_VERBS =
  'telling|tell|calling|call|reporting|report|kicking|kick|throwing|throw|selling|sell|firing|fire|suing|sue|posting|post|breaking|break|smashing|smash|hurting|hurt|beating|beat|locking|lock|exposing|expose|dumping|dump|deleting|delete|blocking|block|leaking|leak';

const THREAT_OBJECTS =
  'the_cops|the_police|cops|police|security|hr|your_boss|your_mom|your_mother|your_dad|your_father|your_parents|everyone|everybody|the_landlord|a_lawyer|my_lawyer|you|your|ur|it|them|him|her|this|the_whole|all|out|over|down|in|charges';

/** Praise words that open a sarcastic sentence: "great,", "oh wonderful,", "bravo,", "genius plan,". */
const PRAISE =
  'great|wonderful|lovely|brilliant|perfect|fantastic|bravo|terrific|marvelous|marvellous|splendid|superb|amazing|awesome|genius|excellent|fabulous|outstanding|stellar|impressive|congrats|congratulations|nice|fab|sweet|cool';
/** What the praise may name: "great job", "genius plan", "nice move". */
const PRAISED = 'job|work|plan|idea|move|one|going|effort|thinking|call|timing|stuff|choice|decision';

/** Excuses doubted in quotes: "busy", "forgot", "working late". */
const SCARED_WORDS =
  'busy|sick|working|tired|forgot|forgotten|helping|helped|studying|sleeping|asleep|stuck|swamped|slammed|cleaning|cleaned|fixing|fixed|handling|handled|emergency|accident|accidentally|joking|kidding|exhausted|traffic|listening|listened|checked';
const SCARED = new RegExp(`^(?:${SCARED_WORDS})$`);

const EYE_ROLL =
  /\u{1F644}|\u{1F612}|\u{1F611}|\*\s*(?:eye\s*roll|eyeroll|rolls (?:my |her |his )?eyes)\s*\*/iu;

/**
 * "oh great job, you broke the build again", "lovely, you ate my leftovers again", "bravo, you
 * "forgot" again 🙄": praise opening the sentence and ending its clause, then, in what follows,
 * someone addressed and something sour (a complaint word, "again" with something of mine, doubt in
 * quotes, an eye-roll), and nothing warm.
 */
function praiseSour(doc: Doc, first: number, end: number): boolean {
  const t = doc.tokens;
  const s = sentenceOf(doc, first);
  if (contentStart(doc, s) !== first && s.first !== first) return false;
  if (end >= s.last || !isClauseEnd(doc, end - 1)) {
    // The praise may be the whole sentence: "Bravo. You missed it again."
    if (end !== s.last) return false;
  }
  const to = Math.min(t.length, end + 30);
  const tail = doc.text.slice(
    (t[end - 1] as Token).end,
    Math.min(doc.text.length, (t[to - 1] as Token).end + 6),
  );
  if (fond(doc, first) || (to > end && fond(doc, to - 1))) return false;
  const roll = EYE_ROLL.test(
    doc.text.slice(doc.tokens[s.first]?.start ?? 0, Math.min(doc.text.length, (t[to - 1] as Token).end + 6)),
  );
  let you = false;
  let again = false;
  let mine = false;
  let complaint = false;
  let quoted = false;
  for (let k = end; k < to; k++) {
    const tk = t[k] as Token;
    const w = tk.w;
    if (/^(?:you|u|your|ur|you're|youre|you've|you'd|you'll)$/.test(w)) you = true;
    else if (w === 'again' || w === 'another') again = true;
    else if (w === 'my' || w === 'mine' || w === 'our') mine = true;
    else if (w === 'i' || w === "i'm" || w === 'im' || w === 'we') {
      // "great, I missed the bus again": sour about one's own luck, not at someone.
      if (!you) return false;
    }
    if (isComplaint(w) && !negatedBefore(doc, k, 2)) complaint = true;
    if (SCARED.test(w) && /["\u201C]/.test(doc.text[tk.start - 1] ?? '')) quoted = true;
  }
  if (roll) return true;
  if (polarity(doc, end, to).pos > polarity(doc, end, to).neg + (complaint ? 1 : 0)) return false;
  if (!you) return false;
  // A bare complaint is left to the praise-then-failure rule, which knows its verbs ("great job,
  // you lost weight" is praise).
  return quoted || (again && (mine || complaint)) || (again && /\bshock|surpris/i.test(tail));
}

const SUMMED_UP_SET: ReadonlySet<string> = new Set(SUMMED_UP.split('|'));

const THREAT_VERB_SET: ReadonlySet<string> = new Set(THREAT_VERBS.split('|'));

export const sneers = phraseFamily({
  id: 'sneers',
  category: 'contempt',
  phrases: [
    // -- Contempt: a person summed up as a failure --------------------------------------------------
    {
      pattern: `you're|you_are|ur|you_were|youre|u_r|u_are a|an|such_a|such_an|the|one @INT? ${SUMMED_UP}? @INT? ${FAILURE_NOUNS}:w`,
      rule: 'summed-up',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        // "you're a mess" without a modifier is as often sympathy ("you're a mess, come here ❤️");
        // "you're a total mess" sums a person up. Nouns that are the person themselves need nothing.
        const w = (t[hit.cap.w as number] as Token).w;
        let mod = false;
        for (let k = first + 1; k < hit.end; k++) if (SUMMED_UP_SET.has((t[k] as Token).w)) mod = true;
        if (/^(?:mess|hot_mess|pain|headache|nightmare|zero|nobody|fake)$/.test(w) && !mod) return false;
        // "you're a disaster at parallel parking lol": fond, or "the life of the party".
        if (fond(doc, first) || negatedBefore(doc, first, 2)) return false;
        // "you're a nightmare to shop for", "you're the joke of the group chat": the noun goes on.
        // "you're a joke teller now?": the noun heads a compound; it must end its clause.
        const next = t[hit.end]?.w ?? '';
        if (
          hit.end < sentenceOf(doc, first).last &&
          !isClauseEnd(doc, hit.end - 1) &&
          !/^(?:and|who|that|honestly|tbh|fr|bro|man|dude|right|ngl|seriously|period)$/.test(next)
        )
          return false;
        return !warmAround(doc, first, first, hit.end);
      },
      suggest: plain("I'm really frustrated with how this went."),
    },
    {
      // "our keeper is a total liability", "he's a walking disaster": a modifier is required.
      pattern: `he's|she's|hes|shes|he_is|she_is|they're|they_are a|an|such_a|such_an|one ${SUMMED_UP} ${FAILURE_NOUNS}:w`,
      rule: 'summed-up',
      severity: 2,
      min: 'balanced',
      why: 'scornThirdPerson',
      guard: (doc, first, hit) => {
        const next = doc.tokens[hit.end]?.w;
        if (
          hit.end < sentenceOf(doc, first).last &&
          next !== undefined &&
          /^(?:to|at|with|for|when|in|of)$/.test(next)
        )
          return false;
        return !fond(doc, first) && !selfBefore(doc, first) && !warmAround(doc, first, first, hit.end);
      },
      suggest: plain("I'm really frustrated with how this went."),
    },
    {
      pattern: `what a|an ${FAILURE_NOUNS}|clown|loser|idiot|moron|excuse of|for a|an @ANY:w you_are|you're|ur|youre`,
      rule: 'summed-up',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => !fond(doc, first),
      suggest: plain("I'm really disappointed right now."),
    },
    // -- Contempt: praise, then what went wrong -----------------------------------------------------
    {
      pattern: `oh|wow|well|ah|yeah|gee|golly|ooh ${PRAISE} ${PRAISED}?`,
      rule: 'praise-sour',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => praiseSour(doc, first, hit.end),
      suggest: plain("That didn't go well, and I'm frustrated."),
    },
    {
      pattern: `${PRAISE} ${PRAISED}?`,
      rule: 'praise-sour',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => praiseSour(doc, first, hit.end),
      suggest: plain("That didn't go well, and I'm frustrated."),
    },
    {
      // "really appreciate you doing absolutely nothing", "thanks for contributing zero".
      pattern:
        'doing|did|done|helping|helped|contributing|contributed|adding|added absolutely|literally|exactly? nothing|zilch|squat|zero|jack',
      rule: 'ironic-thanks',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        for (let k = s.first; k < first; k++)
          if (
            /^(?:thanks|thank|thx|ty|appreciate|appreciated|love|great|nice|wow|bravo|congrats|awesome)$/.test(
              (doc.tokens[k] as Token).w,
            )
          )
            return !fond(doc, first);
        return false;
      },
      suggest: plain("I needed more help than I got, and I'm frustrated."),
    },
    {
      // "wow, great idea, said no one ever": an aimed "said no one ever".
      pattern: 'said no_one|nobody|noone ever',
      rule: 'ironic-thanks',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => {
        const t = doc.tokens;
        for (let k = Math.max(0, first - 24); k < first; k++)
          if (/^(?:you|u|your|ur|you're|idea|plan|take|suggestion|opinion|move)$/.test((t[k] as Token).w))
            return true;
        return false;
      },
      suggest: plain("I don't think that works."),
    },
    {
      // "must be nice to have zero responsibilities", "must be nice being the favourite".
      pattern: 'must be|b nice|lovely|fun',
      rule: 'must-be-nice',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        if (contentStart(doc, s) !== first) return false;
        // "must be nice to finally be home, enjoy!": a warm wish.
        if (polarity(doc, first + 3, s.last).pos > 0) return false;
        return !fond(doc, first);
      },
      suggest: plain("I'm feeling stretched thin, and I'd like more help."),
    },
    {
      // "who even parks like that", "who actually says that".
      pattern: 'who even|actually|seriously|honestly|tf|the_hell|the_heck @ANY like_that|that|like_this',
      rule: 'who-even',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && !fond(doc, first),
      suggest: plain('That bothered me.'),
    },
    // -- Contempt: mock awards and rhetorical charges -------------------------------------------------
    {
      // "someone give this man a medal", "do you want a cookie?".
      pattern:
        'give|get this|that|him|her|them|this_man|this_woman|this_guy|this_girl|that_man|the_man|the_woman a|an medal|award|trophy|prize|cookie|gold_star|round_of_applause|participation_trophy|nobel_prize',
      rule: 'mock-award',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        for (let k = Math.max(s.first, first - 3); k < first; k++)
          if (/^(?:someone|somebody|anyone|quick|should|do|pls|please|go)$/.test((doc.tokens[k] as Token).w))
            return !fond(doc, first) || EYE_ROLL.test(doc.text);
        return false;
      },
      suggest: plain("I'd hoped for more help than this."),
    },
    {
      pattern:
        'you|u want|deserve|expect a|an medal|award|trophy|prize|cookie|gold_star|round_of_applause|pat_on_the_back',
      rule: 'mock-award',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => {
        // "you deserve a medal for putting up with me": gratitude. A question or a demand for one is mockery.
        const s = sentenceOf(doc, first);
        const w = (doc.tokens[first + 1] as Token).w;
        if (w === 'deserve') return false;
        return (
          doc.text.slice((doc.tokens[hit.end - 1] as Token).end, s.end + 1).includes('?') && !fond(doc, first)
        );
      },
      suggest: plain("I'd hoped for more help than this."),
    },
    {
      // "only you could mess up boiling water", "only you would lose your keys twice in one day".
      pattern: 'only you|u could|would|can|will|manage_to',
      rule: 'only-you',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        let sour = false;
        for (let k = hit.end; k < s.last && k < hit.end + 8; k++) {
          const w = (doc.tokens[k] as Token).w;
          if (isComplaint(w) || /^(?:mess|screw|botch|burn|lose|forget|break|ruin|fail|miss|wreck)$/.test(w))
            sour = true;
        }
        return sour && !fond(doc, first) && polarity(doc, s.first, s.last).pos === 0;
      },
      suggest: plain("I'm frustrated this went wrong."),
    },
    {
      // "who taught you to drive?", "who raised you to talk like that".
      pattern: 'who taught|raised you|u to|how_to? @ANY',
      rule: 'who-even',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        return (
          polarity(doc, s.first, s.last).pos === 0 &&
          !fond(doc, first) &&
          !/!!/.test(doc.text.slice(s.start, s.end + 2))
        );
      },
      suggest: plain('That bothered me.'),
    },
    {
      // "imagine being this bad at texting back", "imagine needing a tutorial for a stapler".
      pattern:
        'imagine needing|losing|failing|forgetting|crying|whining|being_this|being_that|being_so|getting_this|getting_that|not_knowing|not_being_able|having_to_explain|still_not|having_no|thinking_that|thinking_you|believing_that',
      rule: 'imagine',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        let k = s.first;
        while (k < first && LAUGH.test((doc.tokens[k] as Token).w)) k++;
        if (k !== first) return false;
        // "imagine being this happy 😍": warm words or hearts.
        return (
          polarity(doc, first, s.last).pos === 0 &&
          !/[\u2764\u2665]|\u{1F60D}|\u{1F970}|\u{1F97A}/u.test(doc.text)
        );
      },
      suggest: plain("I'm frustrated by this."),
    },
    // -- Contempt: wit aimed at someone's mind -----------------------------------------------------
    {
      pattern: `the|a ${MIND} of a|an @ANY`,
      rule: 'mind',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      // "you have the memory of a goldfish"; not "I have the memory of a goldfish lol", nor "the
      // brain of an octopus is amazing".
      guard: (doc, first) => youIn(doc, first) && !selfBefore(doc, first) && !fond(doc, first),
      suggest: plain("I'm frustrated that this keeps slipping."),
    },
    {
      pattern: 'half_a|one|two|a_single|any|three brain|brain_cell|brain_cells|braincell|braincells',
      rule: 'mind',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      // "anyone with half a brain would…", "do you have two brain cells": not "my two brain cells
      // are fried lol".
      guard: (doc, first) => {
        if (selfBefore(doc, first) || fond(doc, first)) return false;
        const s = sentenceOf(doc, first);
        for (let k = Math.max(s.first, first - 4); k < first; k++)
          if (/^(?:with|has|have|had|got|use|using|even|your|ur)$/.test((doc.tokens[k] as Token).w))
            return true;
        return false;
      },
      suggest: plain("I'm frustrated, and I'd like us to think this through."),
    },
    // -- Contempt: a rhetorical "how are you this <fault>?" ------------------------------------------
    {
      pattern: 'how are|r|were you|u this|that|so|even|always @INT? @TRAIT:w',
      rule: 'how-this',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first) => !fond(doc, first),
      suggest: plain("I'm struggling to understand this, and I'm frustrated."),
    },
    {
      pattern: 'how can|could|do you|u be|get this|that|so @INT? @TRAIT:w',
      rule: 'how-this',
      severity: 2,
      min: 'balanced',
      why: 'rhetorical',
      guard: (doc, first) => !fond(doc, first),
      suggest: plain("I'm struggling to understand this, and I'm frustrated."),
    },
    // -- Contempt: mock belief --------------------------------------------------------------------
    {
      // "like you'd know", "as if you care", "pfft like you'd ever help".
      pattern:
        "like|as_if you'd|youd|you_would|u_would|ud|you|u|you_could|you_ever|you'd_ever|youd_ever ever? know|care|understand|notice|help|remember|get_it|listen|bother|lift_a_finger|do_anything",
      rule: 'mock-belief',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const t = doc.tokens;
        // "like"/"as if" opens the sentence or its clause (after "pfft", "yeah", "oh", "sure").
        let k = s.first;
        while (
          k < first &&
          /^(?:pfft|psh|pff|yeah|ya|oh|sure|right|lol|lmao|haha|ok|okay|as|yea|yeah_right)$/.test(
            (t[k] as Token).w,
          )
        )
          k++;
        if (k !== first && !isClauseEnd(doc, first - 1)) return false;
        // "as if you care" needs the clause to stop there or go on with an object, not a feeling ("like you care about me ❤️").
        if ((t[hit.end - 1] as Token).w === 'care' && (t[hit.end] as Token | undefined)?.w === 'so')
          return false;
        return !fond(doc, first);
      },
      suggest: plain("I don't feel you see what this is like for me."),
    },
    {
      // "sure, because you're such an expert", "since you're so perfect".
      pattern: `because|cause|cuz|coz|bc|since you're|youre|ur|you_are|u_r such_a|such_an|so|the|a|an|always_so? @INT? ${SUCH_EXPERT}:w`,
      rule: 'mock-belief',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        const t = doc.tokens;
        // The clause opens with a sour "sure", "oh right", "yeah": "sure, because you're such an
        // expert on everything"; not "I picked you because you're such a thoughtful friend".
        for (let k = s.first; k < first; k++) {
          if (
            /^(?:sure|right|yeah|ya|yea|oh|ok|okay|riiight|suuure|pfft|of_course|obviously)$/.test(
              (t[k] as Token).w,
            )
          )
            return !fond(doc, first);
        }
        return false;
      },
      suggest: plain("I see it differently, and I'd like you to hear me out."),
    },
    {
      // "cute that you think you're in charge", "adorable how you believe that".
      pattern: `${MOCK_SWEET} that|how you|u actually|really|honestly|seriously? think|believe|thought|assume|imagine`,
      rule: 'mock-belief',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'talking-down',
      guard: (doc, first, hit) => {
        // "it's cute how you think of me": thinking of someone is fond.
        const next = doc.tokens[hit.end]?.w;
        if (next === 'of' || next === 'about' || next === 'i') return false;
        return !fond(doc, first);
      },
      suggest: plain('I see this differently.'),
    },
    // -- Contempt: mock welcome -----------------------------------------------------------------------
    {
      pattern: 'look who @ANY* decided|showed|shows|joined|woke|turned|bothered|graced|remembered|finally',
      rule: 'mock-welcome',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => !fond(doc, first),
      suggest: plain('I missed you earlier, and it bothered me.'),
    },
    {
      pattern: 'you|u call|calling that|this a|an? @ANY',
      rule: 'mock-welcome',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // "you call that a pass?": a question about what they made.
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (hit.end !== s.last && !isClauseEnd(doc, hit.end - 1)) return false;
        return (
          doc.text.slice((doc.tokens[hit.end - 1] as Token).end, s.end + 1).includes('?') && !fond(doc, first)
        );
      },
      suggest: plain("That isn't what I hoped for."),
    },
    // -- Talking down: capacity, age, help refused ------------------------------------------------------
    {
      pattern:
        "you|u can't|cant|cannot|couldn't|couldnt|could_never|can_never|won't_be_able_to|wouldn't_be_able_to handle|take the_truth|reality|the_heat|a_real|someone_like|the_real|it|this|that",
      rule: 'capacity',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, first);
        // "if you can't handle it, tell me", "you can't handle this alone, let me help".
        for (let k = Math.max(s.first, first - 4); k < first; k++)
          if (/^(?:if|when|whether|worry|worried|afraid|scared|maybe|sure)$/.test((t[k] as Token).w))
            return false;
        const next = t[hit.end]?.w ?? '';
        if (hit.end < s.last && /^(?:alone|all|by|on|without|anymore|right|today|tonight|yet)$/.test(next))
          return false;
        const obj = (t[hit.end - 1] as Token).w;
        // "it"/"this"/"that" only when the clause stops there: "you couldn't handle it."
        if (/^(?:it|this|that)$/.test(obj) && !isClauseEnd(doc, hit.end - 1)) return false;
        if (doc.text.slice((t[hit.end - 1] as Token).end, s.end + 1).includes('?')) return false;
        return !fond(doc, first) && !warmAround(doc, first, first, hit.end);
      },
      suggest: plain("I think there's something hard here we should talk about."),
    },
    {
      pattern:
        "you're|youre|ur|you_are too young|little|slow|simple|dumb|naive|immature|green to understand|get_it|get|know|grasp|comprehend|follow",
      rule: 'capacity',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      // "you were too young to know": said of the past, it is comfort, not a put-down.
      guard: (doc, first, hit) => {
        for (let k = first; k < hit.end; k++)
          if (/^(?:were|was|been)$/.test((doc.tokens[k] as Token).w)) return false;
        return !fond(doc, first);
      },
      suggest: plain("I'd like to explain this better."),
    },
    {
      pattern:
        "you'll|youll|you_will|u_will|ull understand|get_it|see|get when|once|one_day_when you're|youre|you_are|ur|you_get older|grown_up|an_adult|a_parent|my_age|bigger",
      rule: 'capacity',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      suggest: plain("I'd like to explain this better."),
    },
    {
      pattern:
        'adults|grownups|grown_ups|grown-ups|big_kids are|r talking|speaking|busy|working|deciding|handling_this|dealing_with_this',
      rule: 'grown-ups',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      // "the adults are talking, go play": the talk closes its clause. Not "the adults are talking
      // about the trip, come join us!".
      guard: (doc, _first, hit) => isClauseEnd(doc, hit.end - 1) && !/join us|come join/i.test(doc.text),
      suggest: plain("I'd like to finish this conversation first."),
    },
    {
      pattern:
        'let the adults|grownups|grown_ups|grown-ups|professionals|experts|big_boys handle|deal|talk|sort|do|take_care',
      rule: 'grown-ups',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => youIn(doc, first) || sentenceOf(doc, first).first === first || !fond(doc, first),
      suggest: plain("I'd like to take care of this one myself."),
    },
    {
      pattern: 'your|ur pretty? little head|brain|mind',
      rule: 'little-head',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) =>
        (doc.tokens[first + 1] as Token).w === 'pretty' ||
        (doc.tokens[first + 2] as Token | undefined)?.w === 'head',
      suggest: plain("I've got this, and I'll tell you how it goes."),
    },
    {
      // "I'm not going to hold your hand through this", "I can't keep holding your hand".
      pattern: 'hold|holding your|ur hand|hands',
      rule: 'hand-holding',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        for (let k = Math.max(s.first, first - 6); k < first; k++)
          if (
            /^(?:not|don't|dont|won't|wont|can't|cant|cannot|stop|time|have_to|always|babysit|anymore|keep)$/.test(
              (doc.tokens[k] as Token).w,
            )
          )
            return !fond(doc, first);
        return false;
      },
      suggest: plain("I'd like you to try this part on your own first."),
    },
    {
      // "it's called a calendar, look it up", "it's called soap, try it".
      pattern: "it's|its|it_is|that's|thats called",
      rule: 'called-look-it-up',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        const after = doc.text.slice((doc.tokens[first] as Token).end, Math.min(doc.text.length, s.end + 40));
        return (
          /\b(?:look it up|google it|try it|ever heard of it|heard of it|use it|you should try it|might want to try it)\b/i.test(
            after,
          ) && !fond(doc, first)
        );
      },
      suggest: plain("Here's something that might help."),
    },
    {
      pattern:
        'ready|able to have an? adult|grown-up|grown_up|grownup|mature|real conversation|discussion|talk|conversations',
      rule: 'grown-ups',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => youIn(doc, first) && !fond(doc, first),
      suggest: plain("I'd like us to talk about this calmly."),
    },
    {
      pattern: 'google_it|try_googling|try_using_google|use_google|googling_it|lmgtfy|let_me_google_that',
      rule: 'google-it',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        const after = doc.text.slice(doc.tokens[first]?.start ?? 0, Math.min(doc.text.length, s.end + 2));
        return /\b(?:before (?:asking|you ask|bothering|pinging)|instead of (?:asking|bothering)|next time)\b/i.test(
          after,
        );
      },
      suggest: plain('There may be an answer online, if that helps.'),
    },
    {
      pattern:
        "you're|youre|ur|you_are|you_aren't|youre_not|you're_not|ur_not|you_are_not not? mature|grown_up|grownup|adult enough",
      rule: 'capacity',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) =>
        negatedBefore(doc, first + 2, 2) ||
        /n't|not/.test(doc.text.slice(doc.tokens[first]?.start ?? 0, doc.tokens[first + 2]?.end ?? 0)),
      suggest: plain("I'd like to explain this better."),
    },
    {
      // "do as you're told", "just do what I say".
      pattern: "do as|what you're|youre|ur|you_are|u_are|you_were|i told|say|said|tell",
      rule: 'as-told',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first, hit) => {
        const w = (doc.tokens[hit.end - 1] as Token).w;
        // "do what I say" only as an order closing its clause; "do as you're told" always.
        if (w !== 'told' && !isClauseEnd(doc, hit.end - 1)) return false;
        return !fond(doc, first);
      },
      suggest: plain('Could you try it this way? It matters to me.'),
    },
    {
      // "come back when you can be reasonable", "talk to me once you've calmed down".
      pattern:
        "come_back|talk_to_me|call_me|text_me|get_back_to_me when|once you|you're|youre|ur|you_are|you've|youve can? be? reasonable|calm|calmer|civil|rational|sane|an_adult|mature|ready_to_listen|ready_to_be_reasonable|calmed_down|grown_up|done_sulking|done_crying|done_whining",
      rule: 'come-back-when',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      category: 'talking-down',
      guard: (doc, first) => !fond(doc, first),
      suggest: plain("I'd like us to take a break and talk again later."),
    },
    {
      pattern: "you'll|youll|you_will|ull thank me later|one_day|someday|eventually",
      rule: 'thank-me',
      severity: 1,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) &&
        !fond(doc, first) &&
        !/!/.test(doc.text.slice(doc.tokens[hit.end - 1]?.end ?? 0, (doc.tokens[hit.end - 1]?.end ?? 0) + 2)),
      suggest: plain('I think this will help.'),
    },
    {
      pattern: 'babysit|babysitting|spoonfeed|spoon-feed|spoon_feed|spoonfeeding|hand-hold|handhold',
      rule: 'hand-holding',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        // "can you babysit on friday?": a favour. "I'm not here to babysit you": a put-down.
        for (let k = Math.max(s.first, first - 5); k < first; k++)
          if (
            /^(?:not|don't|dont|won't|wont|can't|cant|stop|here|have_to|anymore|keep)$/.test(
              (doc.tokens[k] as Token).w,
            )
          )
            return youIn(doc, first) && !fond(doc, first);
        return false;
      },
      suggest: plain("I'd like you to try this part on your own first."),
    },
    {
      // "leave the thinking to people who know", "leave the big decisions to me".
      pattern:
        'leave the thinking|talking|decisions|decision-making|planning|hard_stuff|big_decisions|real_work|grown-up_stuff to',
      rule: 'grown-ups',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => !fond(doc, first),
      suggest: plain("I'd like to take care of this one myself."),
    },
    {
      // "grow a thicker skin", "grow some backbone", "grow a spine".
      pattern: 'grow a|some thicker|thick? skin|spine|backbone|pair',
      rule: 'thick-skin',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      category: 'talking-down',
      // Said to someone: "grow a thicker skin", "you need to grow a spine"; not "he needs to…".
      guard: (doc, first) =>
        (youIn(doc, first) || contentStart(doc, sentenceOf(doc, first)) === first) &&
        !fond(doc, first) &&
        !selfBefore(doc, first),
      suggest: plain('I can see this got to you.'),
    },
    {
      pattern: 'knickers|panties|undies|britches|pants|panty in a twist|bunch|knot',
      rule: 'knickers',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      category: 'talking-down',
      guard: (doc, first) => youIn(doc, first) && !selfBefore(doc, first),
      suggest: plain('I can see this upset you.'),
    },
    {
      // "you'll just make it worse", "you'd only mess it up".
      pattern:
        "you'll|youll|you_will|you'd|youd|you_would|ull only|just|probably make_it_worse|make_things_worse|mess_it_up|screw_it_up|get_in_the_way|break_it",
      rule: 'capacity',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => !fond(doc, first) && !negatedBefore(doc, first, 2),
      suggest: plain("I'd like to handle this part myself."),
    },
    {
      // "that's not how money works", with "you" or a jab at the person near it.
      pattern: "that's|thats|that_is|this_is|it's|its not|isn't how @ANY @ANY? work|works|worked",
      rule: 'not-how',
      severity: 2,
      min: 'balanced',
      why: 'command',
      category: 'talking-down',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        const from = Math.max(0, s.first - 12);
        let jab = false;
        for (let k = from; k < s.last && k < from + 40; k++)
          if (
            /^(?:naive|clueless|clearly|obviously|sweetie|honey|hun|kid|kiddo|lol|lmao|dumb|stupid|gosh|smh)$/.test(
              (doc.tokens[k] as Token).w,
            )
          )
            jab = true;
        return jab && !/\bbut (?:good|nice|great)|\u{1F60A}|\u{1F642}/u.test(doc.text);
      },
      suggest: plain('I see it a bit differently; can I explain?'),
    },
    // -- Heat: intimidation ------------------------------------------------------------------------------
    {
      pattern: "don't|dont|do_not test|push|try me",
      rule: 'dare',
      severity: 2,
      min: 'balanced',
      why: 'shouting',
      category: 'heat',
      guard: (doc, _first, hit) =>
        isClauseEnd(doc, hit.end - 1) || /^(?:today|right|again|now)$/.test(doc.tokens[hit.end]?.w ?? ''),
      suggest: plain("I'm at my limit right now, and I need a minute."),
    },
    {
      pattern: 'i dare|double_dare you|u',
      rule: 'dare',
      severity: 2,
      min: 'balanced',
      why: 'shouting',
      category: 'heat',
      // "try that again, i dare you"; not "i dare you to try the ghost pepper lol".
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && !fond(doc, first),
      suggest: plain("I'm at my limit right now, and I need a minute."),
    },
    {
      pattern:
        "you'll|youll|you_will|ull answer_to_me|deal_with_me|have_me_to_deal_with|be_hearing_from_me|pay_for_this|pay_for_that|pay",
      rule: 'threat',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      category: 'heat',
      guard: (doc, first, hit) => {
        // "you'll pay" only alone: not "you'll pay me back friday".
        if ((doc.tokens[hit.end - 1] as Token).w === 'pay' && !isClauseEnd(doc, hit.end - 1)) return false;
        return !fond(doc, first);
      },
      suggest: plain('This really matters to me, and I need you to hear it.'),
    },
    {
      pattern: `or i'm|im|i_am|i'll|ill|i_will|i_swear|else_i'm|else_i'll gonna|going_to? ${THREAT_VERBS} ${THREAT_OBJECTS}?`,
      rule: 'threat',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, first);
        // A demand comes before: "pay me back by friday or i'm telling everyone". Not a choice
        // between two plans ("we could walk or i'll call a cab") nor care ("text me or I'll worry").
        let v = first + 1;
        while (v < hit.end && !THREAT_VERB_SET.has((t[v] as Token).w)) v++;
        const verb = (t[v] as Token | undefined)?.w ?? '';
        const obj = v + 1 < s.last ? (t[v + 1] as Token).w : '';
        const obj2 = v + 2 < s.last ? (t[v + 2] as Token).w : '';
        // Plain verbs need a sharp object: "or I'm calling the cops", not "or I'll call you later".
        if (
          /^(?:call|calling)$/.test(verb) &&
          !(
            /^(?:cops|police|security|hr)$/.test(obj) ||
            /^(?:cops|police|security|hr|boss|mom|mother|dad|father|parents|landlord|lawyer)$/.test(obj2)
          )
        )
          return false;
        if (
          /^(?:get|getting|make|making|come|coming|keep|keeping|take|taking|change|changing|end|ending|cut|cutting|show|showing|send|sending|press|pressing)$/.test(
            verb,
          ) &&
          !/^(?:rid|charges|physical|ugly|nasty|over|you)$/.test(obj)
        )
          return false;
        if (first - s.first < 2) return false;
        let cmd = false;
        for (let k = s.first; k < first; k++)
          if (
            /^(?:better|now|back|by|tonight|today|tomorrow|friday|monday|off|out|stop|give|pay|return|leave|get|move|apologise|apologize|delete|take|again|touch|mess)$/.test(
              (t[k] as Token).w,
            )
          )
            cmd = true;
        return cmd && !fond(doc, first);
      },
      suggest: plain('This really matters to me, and I need it sorted soon.'),
      category: 'withdrawal',
    },
    {
      pattern: 'and see what happens',
      rule: 'threat',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      category: 'heat',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        for (let k = s.first; k < first; k++)
          // "try it and see what happens" is an experiment: it takes "again" or a hands-off verb.
          if (/^(?:again|touch|mess|lay)$/.test((doc.tokens[k] as Token).w)) return !fond(doc, first);
        return false;
      },
      suggest: plain('Please stop; this really matters to me.'),
    },
    {
      pattern: 'watch|mind your|ur mouth|tone|language|back|step',
      rule: 'threat',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      category: 'heat',
      // "watch your step, the floor is wet": care. "better watch your mouth": a warning.
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const obj = (doc.tokens[hit.end - 1] as Token).w;
        if (obj === 'step' || obj === 'back') {
          for (let k = Math.max(s.first, first - 3); k < first; k++)
            if (/^(?:better|best|should)$/.test((doc.tokens[k] as Token).w)) return !fond(doc, first);
          return false;
        }
        return !fond(doc, first);
      },
      suggest: plain('That hurt, and I need you to talk to me differently.'),
    },
    {
      pattern:
        "last|final time i'm|im|i_am|i_will_be|i'll_be|ill_be asking|telling|saying|warning|gonna_ask|going_to_ask",
      rule: 'threat',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      category: 'heat',
      guard: (doc, first) => !fond(doc, first),
      suggest: plain("I've asked a few times now, and it matters to me."),
    },
    {
      pattern: 'last|final warning',
      rule: 'threat',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      category: 'heat',
      guard: (doc, first, hit) => youIn(doc, first) || isClauseEnd(doc, hit.end - 1),
      suggest: plain("I've asked a few times now, and it matters to me."),
    },
    {
      // "you can start looking for another job", "you're off the team".
      pattern:
        'you|u can_start|might_as_well|better_start|can_go looking|look for|for? another|a_new job|place|roommate|team|ride|home',
      rule: 'threat',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        for (let k = s.first; k < first; k++)
          if (/^(?:if|or|again|unless|otherwise)$/.test((doc.tokens[k] as Token).w)) return !fond(doc, first);
        return false;
      },
      suggest: plain('This really matters, and I need it to change.'),
      category: 'withdrawal',
    },
    {
      pattern:
        "you're|youre|ur|you_are|you'll_be|youll_be off the team|the_project|this_team|the_case|fired|kicked_out|out_of_here|out_of_the_house|dead|so_dead|toast|finished",
      rule: 'threat',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      // Only after a condition: "if you're late again you're off the team", "one more time and you're dead".
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        for (let k = s.first; k < first; k++)
          if (/^(?:if|again|unless|more|otherwise|or)$/.test((doc.tokens[k] as Token).w))
            return !fond(doc, first);
        return false;
      },
      suggest: plain('This really matters, and I need it to change.'),
      category: 'withdrawal',
    },
  ],
});
