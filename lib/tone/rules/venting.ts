/**
 * Heat in what is said rather than how it looks: threats of violence as venting ("I could
 * strangle you", "i will literally punch you", "I want to throw my phone at your head") and the
 * oath before a threat ("I swear to god if you touch my leftovers again…"). Nobody means these
 * literally, but they land as rage; the coach offers to say the anger and take a moment.
 * Game talk ("I'll beat you at chess"), warm oaths ("I swear this is the best pizza") and
 * hungry hyperbole ("I could kill for a coffee") pass.
 */
import type { Doc, Token } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  around,
  clauseEnd,
  type Draft,
  type Match,
  polarity,
  replaceTokens,
  sentenceOf,
  threatInstead,
  toSentenceEnd,
} from './rule';

const WHO = "i|i'm|im|i'll|ill|imma|ima";
const MODAL =
  'am? will|could|would|might|wanna|gonna|going_to|want_to|about_to|gon_na|a|finna|boutta|bout_to?';
const ADV = 'literally|actually|seriously|honestly|just|really|so|fucking|totally?';
const HARM =
  'kill|murder|strangle|throttle|choke|punch|slap|smack|hit|stab|shoot|beat|kick|deck|clobber|smother|wring|bury|end';
const AT_YOU = 'you|u|ya|your|ur|yo';

/** Game or contest talk: "I'll beat you at chess", "kill you in the next round". */
const CONTEST_AFTER = /^(?:at|in|on|to|next|tomorrow|tonight)$/;

function threatGuard(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  const t = doc.tokens;
  // "I'll beat you at chess", "beat your record".
  const after = hit.end < s.last ? (t[hit.end] as Token).w : '';
  // "…next time i see u" is when the threat is kept, not a contest.
  const nextTime = after === 'next' && (t[hit.end + 1] as Token | undefined)?.w === 'time';
  if ((CONTEST_AFTER.test(after) && !nextTime) || after === 'record' || after === 'score' || after === 'time')
    return false;
  // ultim42: "kick you from the clan / off the team / out" on a condition ("if…", "unless…", "one
  // more…"): sent away, not hurt, and consequence.ts reads the ultimatum. Said bare, it stays a threat.
  if (
    /^(?:from|off|out)$/.test(after) &&
    (t[hit.end - 2] as Token).w === 'kick' &&
    /\b(?:if|unless|more)\b/i.test(doc.text.slice(s.start, s.end))
  )
    return false;
  for (let k = first; k < hit.end; k++) {
    const w = (t[k] as Token).w;
    if (w === 'not' || w === "won't" || w === 'never' || w === "wouldn't" || w === "couldn't") return false;
  }
  const p = polarity(doc, ...around(doc, first));
  return !(p.pos > p.neg);
}

function polarityWarm(doc: Doc, first: number): boolean {
  const p = polarity(doc, ...around(doc, first));
  return p.pos > p.neg;
}

const anger = (doc: Doc, m: Match): Draft[] => [
  threatInstead(doc, m.first, "I'm so angry right now that I need a moment."),
];

/** Words after "I swear (to god)" that make it a threat: "if you…", or "I'll lose it / scream…". */
const OATH_THREAT_VERBS: ReadonlySet<string> = new Set([
  'lose',
  'scream',
  'snap',
  'explode',
  'flip',
  'kill',
  'punch',
  'strangle',
  'throw',
  'smash',
  'slap',
  'hit',
  'freak',
]);
const I_FUTURE: ReadonlySet<string> = new Set([
  "i'll",
  'ill',
  'imma',
  'ima',
  'will',
  'gonna',
  'going',
  'gon',
]);

/** The token after "if you" in the sentence after the oath, or -1; "threat" for a violent "I'll …". */
function oathThreat(doc: Doc, from: number): { ifYou: number; threat: boolean } {
  // "…, i swear to god" ending the message: nothing after it.
  if (from >= doc.tokens.length) return { ifYou: -1, threat: false };
  const s = sentenceOf(doc, from);
  const t = doc.tokens;
  let ifYou = -1;
  let future = false;
  let threat = false;
  for (let k = from; k < s.last && k < from + 24; k++) {
    const w = (t[k] as Token).w;
    if (
      w === 'if' &&
      k + 1 < s.last &&
      /^(?:you|u|ur|ya|anyone|somebody|someone)$/.test((t[k + 1] as Token).w)
    ) {
      if (ifYou < 0) ifYou = k;
    }
    if (I_FUTURE.has(w)) future = true;
    else if (future && OATH_THREAT_VERBS.has(w)) threat = true;
  }
  return { ifYou, threat };
}

/** "I swear to god if you touch my leftovers again" → "Please don't touch my leftovers again, …". */
function oathSuggest(doc: Doc, m: Match): Draft[] {
  const { ifYou } = oathThreat(doc, m.last);
  const t = doc.tokens;
  const s = sentenceOf(doc, m.first);
  const verbAt = ifYou + 2;
  // "I swear…": the "I" goes with the oath.
  const from = m.first > s.first && (t[m.first - 1] as Token).w === 'i' ? m.first - 1 : m.first;
  if (ifYou >= 0 && ifYou === m.last && verbAt < s.last && /^(?:you|u)$/.test((t[ifYou + 1] as Token).w)) {
    const verb = (t[verbAt] as Token).w;
    if (/^[a-z]{2,}$/.test(verb) && !/(?:ed|ing|s)$/.test(verb)) {
      const whole = clauseEnd(doc, verbAt);
      let ce = whole;
      // "…if you do that again i'll scream": the condition ends where "I" comes in.
      for (let k = verbAt + 1; k <= ce; k++)
        if (/^(?:i|i'll|ill|imma|ima|i'm|im)$/.test((t[k] as Token).w)) {
          ce = k - 1;
          break;
        }
      const rest = doc.text.slice((t[verbAt] as Token).start, (t[ce] as Token).end);
      const lead = /^[IS]/.test((t[from] as Token).raw) ? 'Please' : 'please';
      return [replaceTokens(doc, from, whole + 1, `${lead} don't ${rest}, it really upsets me`)];
    }
  }
  return [toSentenceEnd(doc, from, "I'm so angry right now that I need a moment.")];
}

/** A threat aimed at the reader: one shape for each way of saying it. */
const threatAt = (pattern: string): PhraseRule => ({
  pattern,
  rule: 'threat',
  severity: 3,
  min: 'balanced',
  why: 'ultimatum',
  pause: true,
  guard: threatGuard,
  suggest: anger,
});

export const venting = phraseFamily({
  id: 'venting',
  category: 'heat',
  phrases: [
    threatAt(`${WHO} ${MODAL} ${ADV} ${HARM} ${AT_YOU}`),
    threatAt(`${WHO} ${MODAL} ${ADV} throw|chuck|hurl|lob|smash @ANY @ANY? @ANY? at|over|into ${AT_YOU}`),
    // "ill knock u out", "i'm gonna lay you out": knocking the reader down, said as a threat.
    threatAt(`${WHO} ${MODAL} ${ADV} knock|lay|sock ${AT_YOU} out|flat|down`),
    // "catch these hands": a street challenge to fight.
    {
      pattern: 'catch these hands',
      rule: 'threat',
      severity: 3,
      min: 'balanced',
      why: 'ultimatum',
      pause: true,
      guard: (doc, first) => !polarityWarm(doc, first),
      suggest: anger,
    },
    {
      pattern: 'swear to? god|jesus|christ|allah|heaven|down|my_life|my_mother|my_mom',
      rule: 'oath',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      pause: true,
      guard: (doc, first, hit) => {
        const { ifYou, threat } = oathThreat(doc, hit.end);
        if (ifYou < 0 && !threat) return false;
        const sen = sentenceOf(doc, first);
        return polarity(doc, sen.first, sen.last).pos === 0;
      },
      suggest: oathSuggest,
    },
    {
      pattern: 'i swear',
      rule: 'oath',
      severity: 2,
      min: 'balanced',
      why: 'ultimatum',
      pause: true,
      // A bare "I swear" is a threat only right before "if you…" ("i swear if u eat my fries again").
      guard: (doc, first, hit) => {
        const { ifYou } = oathThreat(doc, hit.end);
        if (ifYou !== hit.end) return false;
        const sen = sentenceOf(doc, first);
        return polarity(doc, sen.first, sen.last).pos === 0;
      },
      suggest: oathSuggest,
    },
  ],
});
