/**
 * Turning away and talking down by construction (h-recall33): an apology refused ("save your
 * sorry", "your apology means nothing", "sorry won't fix this", "I don't accept your apology");
 * what they remember denied ("you're making things up", "you're misremembering"); a feeling called
 * put on ("you're not actually sad, you just want…", "your 'anxiety'", "quit the waterworks");
 * explaining down ("so even you can follow", "like you're five"); an order pressed ("…immediately",
 * "…, no discussion", "I'm not asking twice", "and listen to me"); silence announced ("nothing from
 * me until…", "don't expect any affection from me"); love on condition ("if you really loved me
 * you'd…", "I'll be nice to you again when you start…"); and a threat to expose ("…and I'll show
 * your wife these texts", "as long as you behave"). Session 40 (withdr40): the explanation refused
 * ("I'm not going to spell it out"), their want thrown back ("you want space? fine"), contact put off
 * ("you'll hear from me when I'm ready"), exposure hinted ("wonder what your wife would say if she
 * saw this", "I have screenshots. Behave.").
 * Each needs its edge; warm twins pass: "apology accepted", "you're not imagining it", "let me
 * explain it more slowly", "send it by 5, please", "no need to reply tonight", "I'll be proud of
 * you whatever happens", "I'm telling everyone how great you were". Kept small: the bundle has a
 * size budget, so the entries share their guards and each kind has one rewording.
 */
import { valence } from '../lexicon';
import type { Doc, Token } from '../text';
import type { Category } from '../types';
import type { WhyKey } from '../why';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  type Draft,
  isClauseEnd,
  isSentenceStart,
  type Match,
  type Pre,
  lowerSentence as sen,
  sentenceOf,
  textOf,
  toSentenceEnd,
} from './rule';

const w = (doc: Doc, i: number): string => doc.tokens[i]?.w ?? '';

export type G = ((doc: Doc, first: number, end: number) => boolean) & {
  /** What the guard needs of the whole message (`PhraseRule.pre`): `kind` gives it to the pattern. */
  pre?: Pre;
};
/** `g`, needing `pre` of the whole message (it must reject every hit where `pre` is false). */
export const needing = (pre: Pre, g: G): G => Object.assign(g, { pre });
/** A message shorter than 300 characters (`PhraseRule.pre` of guards that ask it). */
export const under300 = (text: string): boolean => text.length < 300;
/**
 * Short and not fond: a message's sharp line is short (long advice and stories pass), with no
 * "please" (but "oh please"), thanks, laughter or heart, and no strong praise outside the hit.
 */
export const calm: G = (doc, first, end) => {
  const s = sentenceOf(doc, first);
  if (s.last - s.first > 24 || /\b(?:(?<!oh )please|thank|lol|haha)|❤/.test(sen(doc, first))) return false;
  for (let k = s.first; k < s.last; k++) if ((k < first || k >= end) && valence(w(doc, k)) > 2) return false;
  return true;
};
/** Calm and not asked. */
export const cold: G = (doc, first, end) => calm(doc, first, end) && !sen(doc, first).includes('?');
/** Cold, and the sentence says `re` too (a short one: `calm` reads no more than 25 words). */
export const coldSays =
  (re: RegExp): G =>
  (doc, first, end) =>
    cold(doc, first, end) && re.test(sen(doc, first));
/** Cold, and the clause ends with the hit. */
export const closes: G = (doc, first, end) =>
  cold(doc, first, end) && (end >= sentenceOf(doc, first).last || isClauseEnd(doc, end - 1));
/** Cold, and nothing in the sentence says why the silence is no punishment (away, busy, asleep). */
export const notAway = coldSays(/^(?!.*\b(?:busy|away|flight|exam|offline|travel|bed|work))/);

/**
 * Insistence after an order, said cold: "call me back immediately", "…, no discussion". The order
 * opens the sentence (or the one before, when the insistence opens its own): a verb with its object
 * ("clean your…", "call me…") or "you will…"; not a treat pressed on them ("get over here and try
 * this pie immediately"), not shouted (heat has that), not in a long message.
 */
const pressed: G = needing(under300, (doc, first, end) => {
  const s = sentenceOf(doc, first);
  const k = first > s.first ? s.first : first > 0 ? sentenceOf(doc, first - 1).first : first;
  const order = `${textOf(doc, k, first).toLowerCase()} `;
  return (
    closes(doc, first, end) &&
    (w(doc, first) !== 'now' || s.last - s.first < 2) &&
    /^(?:(?!i|we|it|you|let|that|this|there|if|when|and|but|so|is|are|be|no|\w+ly )[a-z]+ (?:me|my|your|it|this|that|the|to|up|down|in|out|back|her|him|them|whatever|apologise)|you(?:'ll| will| must))\b/.test(
      order,
    ) &&
    !/\b(?:try|watch|listen|check|taste|see|play|on)\b|[?!]/.test(order) &&
    doc.text.length < 300 &&
    /[a-z]/.test(textOf(doc, first, first + 1)) &&
    cold(doc, k, k)
  );
});

/** The rewording of each kind: the whole sentence said as the need. */
export const SAY: Readonly<Record<string, string>> = {
  apology: "I'm still hurt, and I need some time before I'm ready to talk about this.",
  denial: 'I remember it differently. Can we talk about what each of us remembers?',
  feeling: "I find it hard to see how you're feeling. Can you tell me more?",
  explain: "Let me try explaining it another way. Tell me if it's unclear.",
  press: 'I need this done soon. Could you do it, please?',
  silence: "I'm hurt, and I need some time before I'm ready to talk about this.",
  conditional: "I'd really like more from us, and I'd like to talk about what I need.",
  expose: "I'm really upset about this, and I need us to talk about it.",
  back: "I'm frustrated, and I'd like to talk about how we work together.",
  count: "This has happened a few times now, and I'd like us to sort it out.",
  fault: "I'm frustrated with how this went, and I'd like us to sort it out together.",
  sour: "That really bothered me, and I'd rather say so plainly.",
  order: "I'd like it done this way. Can we talk it through?",
  shut: "I'm too frustrated to go over this again right now. Can we talk later?",
  space: "I'm hurt, and I need some time. Can we talk when we're both calmer?",
  joke: "I meant it as a joke, but I can see it didn't land.",
  feedback: 'Can I walk you through my feedback?',
};
const say = (doc: Doc, m: Match): Draft[] =>
  // An order pressed keeps the order and drops the pressure: "Call me back immediately." → "Call me
  // back, please."; "Sit down and listen to me." → "Sit down and listen to me, please."
  m.rule === 'press' && m.first > 0
    ? w(doc, m.first) === 'and'
      ? [
          {
            start: (doc.tokens[m.last - 1] as Token).end,
            end: (doc.tokens[m.last - 1] as Token).end,
            text: ', please',
          },
        ]
      : [
          {
            start: (doc.tokens[m.first - 1] as Token).end,
            end: (doc.tokens[m.last - 1] as Token).end,
            text: /\b(?:must|please)\b/.test(sen(doc, m.first)) ? '' : ', please',
          },
        ]
    : m.rule === 'concede'
      ? // "You want space? Fine. You'll get all of it." → the want and the answer, replaced whole.
        (() => {
          const s = sentenceOf(doc, m.first);
          const i = (doc.tokens[m.first] as Token).sent;
          let n = doc.sentences[i + 1] ?? s;
          if (n.end - n.start < 8) n = doc.sentences[i + 2] ?? n;
          return [{ start: s.start, end: n.end, text: SAY.space as string }];
        })()
      : [toSentenceEnd(doc, sentenceOf(doc, m.first).first, SAY[m.rule] as string)];

/** The text after token `end - 1`, lower case (60 characters: a bounded look). */
const after = (doc: Doc, end: number): string => {
  const at = (doc.tokens[end - 1] as Token).end;
  return doc.text.slice(at, at + 60).toLowerCase();
};
/**
 * withdr40: the explanation refused, said cold, its clause closed after what is refused ("I'm not going
 * to spell it out", "not gonna explain it to you again", "I won't justify myself"); not a secret kept
 * ("I won't discuss it with anyone"), a plan ("…the ending, no spoilers") or a clumsy try ("…this well").
 */
const unexplained: G = (doc, first, end) =>
  (isSentenceStart(doc, first) || /^(?:i|i'm|im|am|and)$/.test(w(doc, first - 1))) &&
  /^(?: (?:it|this|that|myself|me|why)| (?:my|our) \w+(?= to (?:you|u)\b))?(?: (?:to|for|with) (?:you|u|ya|you \w+))?(?: (?:again|anymore|further|twice|out|(?:a|one) (?:\w+ )?time|with an? (?:answer|response|reply)|now))*\s*(?:[.,;:\n\u2026]|$)/.test(
    after(doc, end),
  ) &&
  !/\b(?:surprise|spoil|secret)/.test(sen(doc, first)) &&
  cold(doc, first, end);
/**
 * withdr40: their want thrown back, conceded as a door: "you want space? fine, have all of it", "u want
 * to go? go."; not a want met kindly ("…? take all the time you need, I'm here").
 */
const conceded: G = (doc, first, end) =>
  isSentenceStart(doc, first) &&
  /^ *\?+\W*(?:(?:fine|ok|okay|sure|k|then|alright|great)\b\W*)?(?:go\b|leave\b|have\b|take\b|enjoy\b|be my guest|there'?s the door|door'?s|(?:you|u)(?:'ll| will| can)? (?:have|get)\b)/.test(
    after(doc, end),
  ) &&
  !/\b(?:(?:i|we)(?:'?ll| will)|let'?s|love|miss|ready|here|(?:you|u) need|no (?:rush|pressure)|xx?)\b|[\u2764\u{1F600}-\u{1F64F}]/u.test(
    after(doc, end),
  ) &&
  calm(doc, first, end);
/**
 * withdr40: contact put off to the writer's own time, the clause ending there or on the reader: "you'll
 * hear from me when I'm ready", "you won't be hearing from me for a while / until you apologise".
 */
const whenReady: G = (doc, first, end) =>
  /^(?:\s*(?:[.,;:!\u2026]|$)| to (?:talk|speak|forgive)| a while| (?:you|u|soon)\b)/.test(after(doc, end)) &&
  notAway(doc, first, end);
/** withdr40: someone who matters to them, or a place that can punish, named in the sentence. */
const AUDIENCE =
  /\b(?:your|the) (?:wife|husband|boss|mum|mom|dad|parents|family|manager|partner|group ?chat|mods)\b/;
/** withdr40: "wonder what your wife would say if she saw this", "…what the group chat would think if I posted our messages". */
const exposing: G = (doc, first, end) =>
  AUDIENCE.test(sen(doc, first)) &&
  /\b(?:saw|posted|showed|sent|heard|read) (?:this|these|those|our|all)\b/.test(sen(doc, first)) &&
  !sen(doc, first).includes('!') &&
  calm(doc, first, end);
/**
 * withdr40: evidence held over them, a warning after it: "I have screenshots. Think carefully…", "I've
 * still got the voice notes. Behave."; not "…the photos from Cancun, remember that sunset?".
 */
const holding: G = (doc, first, end) => {
  const at = (doc.tokens[end - 1] as Token).end;
  const a = doc.text.slice(at, at + 100).toLowerCase();
  return (
    /^(?:i|i've|ive|still)$/.test(w(doc, first - 1)) &&
    /^\s*[.,;]/.test(a) &&
    /\b(?:careful|behave|think|watch|just so you know|try me|or else)\b/.test(a) &&
    !/[?\u2764]|\b(?:lol|haha|love|miss)/.test(a) &&
    calm(doc, first, end)
  );
};

/** td42: said to someone and closed: the clause ends at the hit (or "and you know it" follows), cold. */
const refuted: G = (doc, first, end) =>
  /^(?:\s*(?:[.,;:\u2014-]|$)| and (?:you|u)\b)/.test(after(doc, end)) &&
  /\b(?:you|u|your|ur|mom|mum|dad|stop)\b/i.test(doc.text) &&
  cold(doc, first, end);

/** cluster43: calm, and not the writer's own ("I'm making a mountain out of a molehill"). */
const theirs: G = (doc, first, end) =>
  calm(doc, first, end) && !/\b(?:i|i'm|im|me|myself)\b/.test(sen(doc, first));

/** One kind's entries: its patterns, each with its guard (default: cold). coldness.ts builds on it. */
export const kind = (rule: string, category: Category, why: WhyKey, rows: [string, G?][]): PhraseRule[] =>
  rows.map(([pattern, g = cold]) => ({
    pattern,
    rule,
    category,
    severity: 2,
    min: 'balanced',
    why,
    guard: (doc, first, hit) => g(doc, first, hit.end),
    ...(g.pre ? { pre: g.pre } : {}),
    suggest: say,
  }));

const YOU_ARE = "you're|ur|you_are";

export const rebuffs = phraseFamily({
  id: 'rebuffs',
  category: 'withdrawal',
  phrases: [
    ...kind('apology', 'withdrawal', 'withdraw', [
      ['save|keep|spare your|the apology|sorry|apologies'],
      // Not sorry said by me: "I know sorry doesn't fix it, but I'm sorry".
      [
        "apology|sorry means|won't|doesn't|can't nothing|undo|fix|change|cut_it|pay_for|bring_back|replace",
        coldSays(/^(?!.*\b(?:i'?m|i am|i know|my)\b)/),
      ],
      // "An apology from you is worth about as much as…", "I don't believe a word of it".
      ['apology|apologies|sorry from_you? is|are worth', coldSays(/\b(?:nothing|as much|zero|less)\b/)],
      [
        "don't|dont believe|buy a_word_of_it|any_of_it|your_apology|your_sorry",
        coldSays(/\b(?:you|your|apolog|sorry)/),
      ],
      // withdr40: "not interested in your excuses", "not accepting your apology".
      [
        'not interested_in|accepting your|ur|any|that|the excuses|excuse|apology|apologies|explanation|explanations|sob_story|sorry|reasons',
        closes,
      ],
    ]),
    ...kind('denial', 'talking-down', 'dismiss', [
      [`${YOU_ARE} just? making things|stuff|it|this|that up`, coldSays(/^(?!.*\bup (?:as|to|for)\b)/)],
      [`${YOU_ARE} misremembering|confusing_me_with|remembering_it_wrong|not_remembering_it_right`],
      ['you dreamt|dreamed|imagined that|it', closes],
      // "quit rewriting history"
      ['rewriting|inventing history|conversations'],
      // td42: "you remember it wrong", "you don't remember it right", "you've got it all twisted".
      ['you|u remember|remembered|recall it|that|things wrong'],
      ["you|u don't|dont remember|recall it|that|things right|correctly"],
      ["you|u|you've got it|things|everything|your_facts all? twisted|backwards|mixed_up"],
      // td42: their account refuted and the clause closed, to someone: "that's not what happened and
      // you know it", "That never happened, Mom."; not "…what happened in the book", "…to me either".
      ["that's|thats|that_is|it's|its not|n't what|how happened|it_happened|it_went", refuted],
      ['that|it literally|simply? never happened', refuted],
    ]),
    ...kind('feeling', 'talking-down', 'dismiss', [
      // "you're not actually sad, you just want…", "you're not hurt. You're just mad…".
      [
        `${YOU_ARE} not actually|really? @NEGF`,
        (doc, first, end) =>
          calm(doc, first, end) &&
          /^(?!alone|wrong)\w+\W+(?:you|you'?re) (?:just|only)\b/.test(
            doc.text.slice(doc.tokens[end - 1]?.start).toLowerCase(),
          ),
      ],
      // lexa37: a want denied and a motive put in its place: "you don't actually feel hurt, you just want
      // attention", "you don't even want an answer, you want a fight"; not "…, you just need a break".
      [
        "you|u don't|dont|do_not actually|really|even feel|want|care|mean|miss|believe",
        (doc, first, end) =>
          calm(doc, first, end) &&
          /^[^.;!?]{0,50}[,.;] *(?:you|u)(?: just| only)? (?:want|like|need|love)\b.{0,12}\b(?:attention|drama|a fight|to (?:win|argue|be right)|an? (?:excuse|audience|reaction)|the (?:credit|title|last word)|sympathy|pity|validation)/.test(
            doc.text.slice(doc.tokens[end - 1]?.end).toLowerCase(),
          ),
      ],
      ['attention seeking|seeker', calm],
      // td42, cluster43: "drop the act", "cut the theatrics"; not "… the drama club", "… from the script".
      [
        'quit|stop|cut|drop|enough_with the|your|that? victim|fake|crocodile? drama|dramatics|theatrics|waterworks|act|faking|sad_face|tears|whimpering',
        (d, f, e) => cold(d, f, e) && !/^ (?:from|of|in|club|class|and tell)\b/.test(after(d, e)),
      ],
      // td42: "oh stop performing, …"; not "stop performing CPR".
      ['stop|quit performing', closes],
      // cluster43: "you make a mountain out of every molehill"; not of one's own fuss.
      ['mountain|mountains out_of a|every? molehill|molehills', theirs],
      ['molehill|molehills into a? mountain|mountains', theirs],
    ]),
    ...kind('explain', 'talking-down', 'command', [
      ['so even you|u can|could|get|understand|follow', coldSays(/\b(?:understand|follow|get)\b/)],
      [`like you're|ur five|5|a_child|a_baby`, closes],
    ]),
    // td42, cluster43: "learn to take a joke", "can't you take a joke?"; not about me ("I can't take a joke").
    ...kind('joke', 'talking-down', 'command', [
      [
        'take|handle a|one little? joke|jokes',
        (d, f, e) => theirs(d, f, e) && /\b(?:learn|can['\u2019]?t(?! wait)|cannot)\b/.test(sen(d, f)),
      ],
    ]),
    // talk44: "gotta learn to take criticism", "you can't take feedback"; not "I'm learning to",
    // nor of someone else ("she can't take a hint").
    ...kind('feedback', 'talking-down', 'command', [
      [
        'take|handle criticism|feedback|a_hint',
        (d, f, e) =>
          theirs(d, f, e) &&
          /^(?!.*\b(?:he|she|they)\b).*\b(?:learn|can['\u2019]?t|cannot)\b/.test(sen(d, f)),
      ],
    ]),
    ...kind('press', 'talking-down', 'command', [
      ["i'm|im not asking twice|again"],
      ['immediately|this_instant|no_discussion|no_arguments|no_buts', pressed],
      ['and listen to me', pressed],
      // "Delete the photos. Now.": the insistence a sentence of its own.
      [
        'now|today|tonight|slowly',
        needing(
          // Under 300 characters, with a word that can be a sentence of its own after another one:
          // a run of ASCII letters and digits with a possible sentence break in the gap before it
          // and in the gap after it (or nothing after it). A break needs a stop, "!", "?", a line
          // break or a character past ASCII.
          (text) =>
            text.length < 300 &&
            text
              .split(/[a-z\d]+/i)
              .some(
                (gap, j, gaps) =>
                  j > 1 &&
                  /[.!?\n\r\x80-\uffff]/.test(gaps[j - 1] as string) &&
                  (j === gaps.length - 1 || /[.!?\n\r\x80-\uffff]/.test(gap)),
              ),
          (doc, first, end) => {
            const s = sentenceOf(doc, first);
            return (
              s.last - s.first < 2 &&
              pressed(doc, first, end) &&
              !/[!\u{1F300}-\u{1FAFF}]/u.test(doc.text.slice(s.start, s.end + 40))
            );
          },
        ),
      ],
    ]),
    ...kind('silence', 'withdrawal', 'withdraw', [
      ['nothing|not_a_word|no_affection|no_love from me until|till'],
      ["don't|won't expect any|a reply|response|affection|love from me", notAway],
      ["not|won't answering|replying_to any_more|anymore|any_of", notAway],
    ]),
    ...kind('conditional', 'withdrawal', 'withdraw', [
      [
        "if you|u really|actually|even loved|cared|respected me|about_me you'd|you_would|you_wouldn't|then",
        calm,
      ],
      [
        "i'll|will be nice|affectionate|kind|loving|proud|nicer @ANY? @ANY? again? when|once|if you|u|your",
        coldSays(/\b(?:start|earn|actually|deserve|worth|apologi|sooner|again)/),
      ],
    ]),
    ...kind('expose', 'withdrawal', 'ultimatum', [
      // "…and I'll show your wife these texts", "I'm this close to forwarding your messages to HR",
      // "Lie to me again and I'm posting all of it": spread by me, to people or with their words, on a condition.
      [
        'show|showing|send|sending|forward|forwarding|posting|sharing|tell|telling',
        needing(
          // Two things the sentence (in lower case) needs, asked of the whole message in lower case: a
          // sentence of a text under 2,000 characters starts and ends beside non-word characters, so
          // its word edges are the message's.
          (text) => {
            if (text.length >= 2000) return true;
            const t = text.toLowerCase();
            return (
              /\bi(?:'?ll|'?m) /.test(t) &&
              /\b(?:or|unless|if you|one more|keep it up|again|close to)\b/.test(t)
            );
          },
          coldSays(
            /^(?=.*\b(?:or|unless|if you|one more|keep it up|again|close to)\b).*\bi(?:'?ll|'?m)(?: \w+){0,3} (?:show|send|forward|post|shar|tell)\w* (?:\w+ ){0,3}(?:everyone|hr|wife|husband|mom|mum|dad|boss|family|all of it|everything|texts|messages|landlord|police|teacher|parents)\b/,
          ),
        ),
      ],
      ['as_long_as you|u behave|play_nice|keep_quiet'],
      ["what|how your|ur|the @ANY @ANY? would|'d say|think|react|do|feel if", exposing],
      ['have|got|kept the|those|all_the? screenshots|photos|pics|receipts|voice_notes|recordings', holding],
    ]),
    ...kind('shut', 'withdrawal', 'withdraw', [
      [
        "not|won't|wont|refuse_to gonna|going_to|about_to? explain|explaining|justify|justifying|spell|spelling|dignify|dignifying|discuss|discussing",
        unexplained,
      ],
    ]),
    ...kind('concede', 'withdrawal', 'withdraw', [
      ['you|u want|need space|out|to_leave|to_go|a_break|distance|to_break_up', conceded],
    ]),
    ...kind('space', 'withdrawal', 'withdraw', [
      ["you'll|youll|you_will|u'll|ull hear_from_me|see_me when|if i'm|im|i_am ready", whenReady],
      ["you|u won't|wont|will_not be_hearing|hear from me for|until|till|anytime|again", whenReady],
    ]),
  ],
});
