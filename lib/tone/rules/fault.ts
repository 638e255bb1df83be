/**
 * Blame: fault-finding and "you ruined it". Offers how it affected you instead of whose fault it is.
 */
import { isPastForm } from '../grammar';
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  clauseEnd,
  type Draft,
  isClauseEnd,
  type Match,
  negatedBefore,
  polarity,
  replaceTokens,
  sentenceOf,
  toSentenceEnd,
} from './rule';

/** Warm continuations ("you're the reason I smile") pass. */
function notWarm(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const p = polarity(doc, first, s.last);
  return !(p.pos > 0 && p.pos > p.neg);
}

function notNegated(doc: Doc, first: number): boolean {
  return !negatedBefore(doc, first, 3);
}

/** Words after which a new sentence of ours can start: "and", "honestly", "I think (that)". */
const LEAD_IN =
  /^(?:and|but|so|honestly|seriously|ok|well|look|because|i|think|know|believe|swear|mean|guess|that|just|yeah|no|oh|man|dude|god|like|really|feel)$/;

/**
 * "It's your fault." → "I'm really upset about this." The feeling replaces the rest of the
 * sentence, so it must start one: in the middle of a clause ("Feeling like it's your fault for
 * …") no rewording reads right, and none is offered.
 */
const upset = (doc: Doc, m: Match): Draft[] => {
  const s = sentenceOf(doc, m.first);
  const t = doc.tokens;
  let from = m.first;
  let start = m.first;
  let joined = false;
  while (from > s.first && LEAD_IN.test((t[from - 1] as Token).w)) {
    from--;
    const w = (t[from] as Token).w;
    if (w === 'and' || w === 'but' || w === 'so' || w === 'because') joined = true;
    // "I think it's your fault" → "I'm really upset about this": the opinion goes with it.
    if (w === 'i' && !joined) start = from;
  }
  const gap = from > s.first ? doc.text.slice((t[from - 1] as Token).end, (t[from] as Token).start) : '';
  if (from > s.first && !joined && !/[,;:\u2014\u2013]/.test(gap)) return [];
  // "it's your fault I missed my flight" → "I missed my flight, and I'm really upset about it".
  const what = happened(doc, m.last);
  if (what) {
    return [
      replaceTokens(doc, start, what.end + 1, `${what.text}, and I'm really upset about it`),
      toSentenceEnd(doc, start, "I'm really upset about this."),
    ];
  }
  return [
    toSentenceEnd(doc, start, "I'm really upset about this."),
    toSentenceEnd(doc, start, "I'm upset about what happened. Can we figure it out together?"),
  ];
};

/**
 * What happened, told right after the blame: "(it's your fault) (that) I missed my flight",
 * "(because of you) we lost the deposit": a subject and a past verb, to the clause's end.
 */
function happened(doc: Doc, k0: number): { text: string; end: number } | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, Math.max(0, k0 - 1));
  let k = k0;
  if (k < s.last && (t[k] as Token).w === 'that') k++;
  if (k + 1 >= s.last) return null;
  const subj = (t[k] as Token).w;
  // "… I'm late", "… we're stuck here": a state now, to the clause's end.
  if (/^(?:i'm|we're|im)$/.test(subj)) {
    const ce = clauseEnd(doc, k + 1);
    return { text: doc.text.slice((t[k] as Token).start, (t[ce] as Token).end), end: ce };
  }
  if (!/^(?:i|we|my|our)$/.test(subj)) return null;
  // "my sister lost …", "our team missed …": up to two words of the subject.
  let v = k + 1;
  if (subj === 'my' || subj === 'our') v = k + 2;
  const verb = t[v];
  if (!verb || v >= s.last || !isPastForm(verb.w)) return null;
  const ce = clauseEnd(doc, v);
  return { text: doc.text.slice((t[k] as Token).start, (t[ce] as Token).end), end: ce };
}

/** "because of you, I have no friends left" → "I feel like I have no friends left". */
function becauseOfYou(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const what = m.last < s.last ? happened(doc, m.last) : null;
  if (what) {
    return [
      replaceTokens(doc, m.first, what.end + 1, `${what.text}, and I'm really upset about it`),
      replaceTokens(doc, m.first, what.end + 1, `${what.text}, and I'm hurting`),
    ];
  }
  if (m.last < s.last) {
    const ce = clauseEnd(doc, m.last);
    const rest = doc.text.slice((t[m.last] as Token).start, (t[ce] as Token).end);
    return [
      replaceTokens(doc, m.first, ce + 1, `I feel like ${rest}`),
      replaceTokens(doc, m.first, ce + 1, `I'm hurting because ${rest}`),
    ];
  }
  return [
    replaceTokens(doc, m.first, m.last, 'about what happened'),
    replaceTokens(doc, m.first, m.last, 'when you [what happened]'),
  ];
}

function theReason(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  let k = m.last;
  if (k < s.last && ((t[k] as Token).w === 'why' || (t[k] as Token).w === 'that')) k++;
  if (k < s.last) {
    const ce = clauseEnd(doc, k);
    const rest = doc.text.slice((t[k] as Token).start, (t[ce] as Token).end);
    return [
      replaceTokens(doc, m.first, ce + 1, `I feel hurt that ${rest}`),
      replaceTokens(doc, m.first, ce + 1, `I'm upset that ${rest}`),
    ];
  }
  return [replaceTokens(doc, m.first, m.last, "I'm really hurting right now")];
}

function ruined(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const verb = t[m.cap.v as number] as Token;
  const past = verb.w.endsWith('ed') || verb.w === 'spoilt';
  const s = sentenceOf(doc, m.first);
  const objStart = (m.cap.v as number) + 1;
  if (objStart >= s.last) {
    return [
      replaceTokens(doc, m.first, m.last, past ? 'I was really disappointed' : 'I feel really let down'),
    ];
  }
  const ce = clauseEnd(doc, objStart);
  const obj = doc.text.slice((t[objStart] as Token).start, (t[ce] as Token).end);
  const out = [
    replaceTokens(
      doc,
      m.first,
      ce + 1,
      past ? `I was really disappointed about ${obj}` : `I feel really let down about ${obj}`,
    ),
  ];
  if (past) out.push(replaceTokens(doc, m.first, ce + 1, `I feel hurt about how ${obj} went`));
  return out;
}

function driveMe(doc: Doc, m: Match): Draft[] {
  const verb = doc.tokens[m.cap.v as number] as Token;
  const lead =
    verb.w === 'driving'
      ? "I'm getting really frustrated"
      : verb.w === 'drove'
        ? 'I got really frustrated'
        : 'I get really frustrated';
  const out = [replaceTokens(doc, m.first, m.last, lead)];
  if (isClauseEnd(doc, m.last - 1))
    out.push(
      replaceTokens(
        doc,
        m.first,
        m.last,
        `When you [what happened], ${lead.replace("I'm getting", 'I get')}`,
      ),
    );
  return out;
}

const CRAZY =
  'crazy|nuts|insane|mad|bananas|bonkers|up_the_wall|round_the_bend|around_the_bend|to_drink|batty|berserk';

export const fault = phraseFamily({
  id: 'blame',
  category: 'blame',
  phrases: [
    {
      pattern: "it's|it_is|this_is|that's|that_is|it_was|this_was|its all? your|ur|yo fault",
      rule: 'your-fault',
      severity: 2,
      min: 'gentle',
      why: 'fault',
      guard: (doc, first) => notNegated(doc, first + 1),
      suggest: upset,
    },
    {
      pattern: 'your|ur fault',
      rule: 'your-fault',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, first) => notNegated(doc, first),
      suggest: upset,
    },
    {
      pattern: 'you|u caused|started this|that|it|all_of_this',
      rule: 'your-fault',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && notNegated(doc, first),
      suggest: upset,
    },
    ...['all because of you', 'because of you'].map((pattern) => ({
      pattern,
      rule: 'because-of-you',
      severity: 2 as const,
      min: 'balanced' as const,
      why: 'fault' as const,
      guard: (doc: Doc, first: number) => notWarm(doc, first) && notNegated(doc, first),
      suggest: becauseOfYou,
    })),
    {
      pattern: 'thanks to you',
      rule: 'because-of-you',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        return polarity(doc, first, s.last).neg > 0 && notWarm(doc, first);
      },
      suggest: becauseOfYou,
    },
    {
      pattern: "you're|you_are|ur|youre the only? reason",
      rule: 'the-reason',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, first) => notWarm(doc, first) && notNegated(doc, first),
      suggest: theReason,
    },
    {
      pattern: 'you|u @INT? ruined|ruin|ruins|wrecked|destroyed|spoiled|spoilt|spoil:v',
      rule: 'ruined',
      severity: 2,
      min: 'gentle',
      why: 'fault',
      guard: (doc, first) => notNegated(doc, first) && notWarm(doc, first),
      span: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        return [first, Math.min(s.last, hit.end + 3, clauseEnd(doc, hit.end - 1) + 1)];
      },
      suggest: ruined,
    },
    {
      pattern: `you|u drive|drove|are_driving:v me ${CRAZY}`,
      rule: 'drive-me',
      severity: 2,
      min: 'balanced',
      why: 'youMakeMe',
      guard: (doc, first) => notWarm(doc, first),
      suggest: driveMe,
    },
    {
      pattern: `you're|ur driving:v me ${CRAZY}`,
      rule: 'drive-me',
      severity: 2,
      min: 'balanced',
      why: 'youMakeMe',
      guard: (doc, first) => notWarm(doc, first),
      suggest: driveMe,
    },
    {
      pattern: 'you|u did this|that to me',
      triggers: ['did'],
      rule: 'did-this-to-me',
      severity: 2,
      min: 'balanced',
      why: 'fault',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && notNegated(doc, first),
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "I'm really hurt by what happened.")],
    },
  ],
});
