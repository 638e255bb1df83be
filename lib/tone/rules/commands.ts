/**
 * Talking down by commanding and lecturing: "you need to …", "you'd better …", "get your act
 * together", "because I said so", "shut up"; and, at strict, a bare "you should …".
 * Offers asking instead: "Could you …?".
 */
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  around,
  clauseEnd,
  type Draft,
  isClauseEnd,
  isImperative,
  type Match,
  negatedBefore,
  polarity,
  removeRange,
  replaceTokens,
  sentenceOf,
  toSentenceEnd,
} from './rule';

/** Verbs that turn "you need to …" into a lecture rather than information. */
const LECTURE_VERBS =
  'stop|grow|learn|understand|realize|realise|fix|change|listen|calm|chill|relax|shut|apologize|apologise|accept|respect|quit|knock|act|figure|deal|man|toughen|start|admit|back|get_over|get_a_grip|get_your|take_responsibility|own|be_more|be_less|do_better|try_harder|leave_me|move_on|let_it_go|cut_it_out|open_your|wake_up';

function notWarm(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const p = polarity(doc, first, s.last);
  return !(p.pos > p.neg);
}

/** "You need to X" → "Could you X?" / "I'd really appreciate it if you'd X". */
function ask(doc: Doc, m: Match): Draft[] {
  const t = doc.tokens;
  const v = m.cap.v as number;
  const ce = clauseEnd(doc, v);
  const rest = doc.text.slice((t[v] as Token).start, (t[ce] as Token).end);
  const s = sentenceOf(doc, m.first);
  const out: Draft[] = [];
  if (ce === s.last - 1) out.push(toSentenceEnd(doc, m.first, `Could you ${rest}?`));
  else out.push(replaceTokens(doc, m.first, ce + 1, `could you ${rest}`));
  out.push(replaceTokens(doc, m.first, ce + 1, `I'd really appreciate it if you'd ${rest}`));
  return out;
}

/**
 * "Shut up" as its own sentence becomes a request for a pause; inside a sentence ("delete the
 * page and shut up", "GTFO with that") the clause becomes the same request, so nothing dangles.
 */
function pauseWords(doc: Doc, m: Match): Draft {
  const s = sentenceOf(doc, m.first);
  if (m.first === s.first) return toSentenceEnd(doc, m.first, 'I need a moment. Can we pause?');
  const ce = clauseEnd(doc, Math.max(m.first, m.last - 1));
  // "Meritocracy or GTFO": the threat after "or" goes; what was asked for stays.
  const prev = doc.tokens[m.first - 1] as Token;
  if (prev.w === 'or' && m.first - 1 > s.first && ce === m.last - 1)
    return removeRange(doc, prev.start, (doc.tokens[ce] as Token).end, 'Leave it out');
  return replaceTokens(doc, m.first, ce + 1, 'please give me a moment');
}

export const commands = phraseFamily({
  id: 'talking-down',
  category: 'talking-down',
  phrases: [
    {
      pattern: 'you @INT? need|have|gotta|got to? get your|ur act|shit|stuff|life together',
      rule: 'act-together',
      severity: 2,
      min: 'balanced',
      why: 'command',
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          m.first,
          "I'm worried about how things are going. Can we talk about what would help?",
        ),
      ],
    },
    {
      pattern: 'get your|ur act|shit together',
      rule: 'act-together',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => isImperative(doc, first),
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          m.first,
          "I'm worried about how things are going. Can we talk about what would help?",
        ),
      ],
    },
    {
      pattern: `you|u @INT? need|have|got|gotta to? ${LECTURE_VERBS}:v`,
      triggers: LECTURE_VERBS.split('|').map((v) => v.split('_')[0] as string),
      rule: 'need-to',
      severity: 1,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const w1 = (t[first + 1] as Token).w;
        if (
          (w1 === 'need' || w1 === 'have' || w1 === 'got') &&
          (t[first + 2] as Token | undefined)?.w !== 'to'
        )
          return false;
        return !negatedBefore(doc, first, 2) && notWarm(doc, first) && hit.end > first;
      },
      suggest: ask,
    },
    {
      pattern: "you'd|you_had|you|u better:x @ANY:v",
      rule: 'better',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        if (
          (t[first] as Token).w === 'you' &&
          (t[first + 1] as Token).w !== 'better' &&
          (t[first + 1] as Token).w !== 'had'
        )
          return false;
        const v = (t[hit.cap.v as number] as Token).w;
        if (v === 'than' || v === 'at' || v === 'off' || v === 'now' || v === 'today') return false;
        return notWarm(doc, first) && !negatedBefore(doc, first, 2);
      },
      suggest: ask,
    },
    {
      pattern: 'because|cause|bc i said so',
      rule: 'said-so',
      severity: 2,
      min: 'balanced',
      why: 'command',
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'because it matters to me: [reason]')],
    },
    {
      pattern: 'do as|what i say|said|tell_you',
      rule: 'said-so',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => isImperative(doc, first) && isClauseEnd(doc, hit.end - 1),
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, "Here's why this matters to me: [reason].")],
    },
    {
      pattern: 'i told you so',
      rule: 'told-you-so',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: (doc, m) => [toSentenceEnd(doc, m.first, 'I had a feeling this might happen. Are you okay?')],
    },
    {
      pattern: 'shut up|it|your_mouth|ur_mouth',
      rule: 'shut-up',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => {
        const _s = sentenceOf(doc, first);
        const p = polarity(doc, ...around(doc, first));
        // "delete the page and shut up": an imperative after "and" too.
        const prev = first > _s.first ? (doc.tokens[first - 1] as Token).w : '';
        return (
          (isImperative(doc, first) || prev === 'and') && !(p.pos > p.neg) && !negatedBefore(doc, first, 2)
        );
      },
      suggest: (doc, m) => [pauseWords(doc, m)],
    },
    {
      pattern: 'stfu|gtfo',
      rule: 'shut-up',
      severity: 3,
      min: 'gentle',
      why: 'command',
      pause: true,
      suggest: (doc, m) => [pauseWords(doc, m)],
    },
    {
      pattern: 'you|u should|shoulda|ought @INT? have? @ANY:v',
      rule: 'should',
      severity: 1,
      min: 'strict',
      why: 'command',
      guard: (doc, first) => notWarm(doc, first) && !negatedBefore(doc, first, 2),
      suggest: (doc, m) => {
        const t = doc.tokens;
        const v = m.cap.v as number;
        const ce = clauseEnd(doc, v);
        let vs = v;
        if ((t[vs] as Token).w === 'probably' || (t[vs] as Token).w === 'really') vs++;
        if (vs > ce) return [replaceTokens(doc, m.first, m.last, 'maybe you could')];
        const rest = doc.text.slice((t[vs] as Token).start, (t[ce] as Token).end);
        const hasHave = (t[m.first + 2] as Token | undefined)?.w === 'have';
        if (hasHave) return [replaceTokens(doc, m.first, ce + 1, `I wish you had ${rest}`)];
        return [
          replaceTokens(doc, m.first, ce + 1, `Maybe it would help to ${rest}`),
          replaceTokens(doc, m.first, ce + 1, `Could you ${rest}`),
        ];
      },
    },
    {
      pattern: 'listen to me',
      rule: 'listen-to-me',
      severity: 1,
      min: 'strict',
      why: 'command',
      guard: (doc, first) => isImperative(doc, first),
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, 'Could you hear me out for a minute?')],
    },
  ],
});
