/**
 * Talking down by dismissing feelings: "calm down", "you're overreacting", "too sensitive",
 * "stop being dramatic", "get over it". Offers acknowledging the feeling instead.
 */

import { wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  clauseEnd,
  type Draft,
  isClauseEnd,
  isImperative,
  type Match,
  negatedBefore,
  polarity,
  replaceTokens,
  sentenceOf,
  toSentenceEnd,
} from './rule';

const imperative = (doc: Doc, first: number) => isImperative(doc, first) && !negatedBefore(doc, first, 2);

const notWarm = (doc: Doc, first: number) => {
  const s = sentenceOf(doc, first);
  const p = polarity(doc, first, s.last);
  return !(p.pos > p.neg);
};

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

/** "Calm down and relax are the worst things to say": the words are talked about, not said. */
function namedAsSubject(doc: Doc, end: number): boolean {
  const s = sentenceOf(doc, end - 1);
  for (let k = end; k < s.last && k < end + 3; k++) {
    if (isClauseEnd(doc, k - 1)) return false;
    const w = (doc.tokens[k] as Token).w;
    if (w === 'is' || w === 'are' || w === 'was' || w === 'were') return true;
  }
  return false;
}

/** Comfort around the words: a warm message overall, or words of comfort and care near them. */
const COMFORT: ReadonlySet<string> = wordSet(
  "okay ok alright it's_ok here breathe sweetie sweetheart honey darling hun babe buddy love little one safe hug hugs proud fine",
);

function soothing(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  let comfort = 0;
  for (let k = s.first; k < s.last; k++) if (COMFORT.has((doc.tokens[k] as Token).w)) comfort++;
  // The words themselves ("calm") do not count.
  const a = polarity(doc, 0, first);
  const b = polarity(doc, end, doc.tokens.length);
  const p = { pos: a.pos + b.pos, neg: a.neg + b.neg };
  return comfort >= 2 || (comfort >= 1 && p.pos >= p.neg) || p.pos > p.neg + 1;
}

/** Replace the clause when it is the whole sentence (with our own mark), else just the clause. */
function clauseOrSentence(doc: Doc, m: Match, text: string): Draft {
  const s = sentenceOf(doc, m.first);
  const ce = clauseEnd(doc, Math.max(m.first, m.last - 1));
  if (ce === s.last - 1) return toSentenceEnd(doc, m.first, /[.?!]$/.test(text) ? text : `${text}.`);
  return replaceTokens(doc, m.first, ce + 1, text.replace(/[.?!]$/, ''));
}

const acknowledge = (primary: string, second?: string) => (doc: Doc, m: Match) => {
  const out = [clauseOrSentence(doc, m, primary)];
  if (second) out.push(toSentenceEnd(doc, m.first, second));
  return out;
};

const DRAMA =
  'overreacting|overthinking|exaggerating|hysterical|paranoid|dramatic|irrational|oversensitive|unreasonable|emotional|touchy|sensitive|ridiculous|silly|extra|delusional|petty|difficult';

export const dismissive = phraseFamily({
  id: 'talking-down',
  category: 'talking-down',
  phrases: [
    // Dismissing the other person: "nobody asked you", "spare me", "save it", "can you not?".
    {
      pattern: 'nobody|no_one|noone asked you|u|for_your|for_ur',
      rule: 'dismiss-person',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: (doc, m) => [clauseOrSentence(doc, m, "I'd rather we talk about this differently")],
    },
    {
      pattern: 'spare|save me|it',
      rule: 'dismiss-person',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      // "Spare me." / "Save it." as the whole clause, said to someone: not "save it to a file".
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        return isImperative(doc, first) && hit.end === s.last && hit.end - s.first <= 3;
      },
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I don't want to hear that right now.")],
    },
    {
      pattern: 'can|could you|u not',
      rule: 'dismiss-person',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        return first === s.first && hit.end === s.last;
      },
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, 'Could you please stop that?')],
    },
    {
      pattern: 'calm down|tf_down|the_fuck_down|yourself',
      rule: 'calm-down',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      // Said to someone, as a put-down: not "calm down the heat" (an object follows), nor
      // soothing ("calm down, sweetheart, it's okay, I'm here").
      guard: (doc, first, hit) =>
        (imperative(doc, first) || (doc.tokens[first - 1] as Token | undefined)?.w === 'to') &&
        !takesObject(doc, hit.end) &&
        !soothing(doc, first, hit.end) &&
        !namedAsSubject(doc, hit.end),
      suggest: acknowledge("I can see you're upset", "I can see you're upset. Want to talk about it?"),
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
      pattern: `you're|you_are|ur|youre being? @INT* ${DRAMA}:d`,
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
        return !negatedBefore(doc, first, 4) && notWarm(doc, first);
      },
      suggest: acknowledge(
        'It seems this really upset you',
        'It seems this really upset you. Want to talk about it?',
      ),
    },
    {
      pattern: `stop|quit being? @INT* a|such_a|so? @INT* ${DRAMA}|baby|child|brat|drama_queen|crybaby|victim`,
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
      pattern: 'stop|quit whining|complaining|crying|nagging|moaning|bitching|sulking|pouting|overreacting',
      rule: 'quit-whining',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => imperative(doc, first),
      suggest: acknowledge('I hear that this is bothering you'),
    },
    {
      pattern: 'get over it|yourself',
      rule: 'get-over-it',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => imperative(doc, first),
      suggest: acknowledge(
        'I know this is still bothering you',
        'I know this is still bothering you. What would help?',
      ),
    },
    {
      pattern: "it's|its|it_is|that's|that_is not that|so deep|serious|big_a_deal",
      rule: 'not-that-deep',
      severity: 1,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, _first, hit) =>
        (doc.tokens[hit.end - 1] as Token).w === 'deep' || (doc.tokens[hit.end - 1] as Token).w === 'serious',
      suggest: acknowledge('I see it differently, but I hear you'),
    },
    {
      pattern: 'grow|man|toughen|wise|lighten up',
      rule: 'grow-up',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) =>
        imperative(doc, first) &&
        (doc.tokens[first] as Token).w !== 'wise' &&
        (doc.tokens[first] as Token).w !== 'lighten',
      suggest: acknowledge("I'd like us to handle this differently"),
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
      pattern: "it's|its|it_is all in your head",
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
      pattern: 'you|u overreact|overreacted|overthink',
      rule: 'overreacting',
      severity: 2,
      min: 'balanced',
      why: 'dismiss',
      guard: (doc, first) => !negatedBefore(doc, first, 3),
      suggest: acknowledge(
        'It seems this really upset you',
        'It seems this really upset you. Want to talk about it?',
      ),
    },
  ],
});
