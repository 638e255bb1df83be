/**
 * Talking down by telling someone how to feel or be, or by putting oneself above them (round h33):
 * "you don't get to be upset", "you should be grateful you even have a job", "stop taking it so
 * seriously", "stop fussing over the wording", "quit your moaning", "learn to take feedback like an
 * adult", "be a big girl and deal with it", "you're panicking over nothing", "…, let me handle it",
 * "listen carefully because I'm only saying this once", "sit down and let me do the talking", "you
 * must tidy your room before…". Each needs its edge: a feeling denied, a grudging "even", a put-down
 * beside the offer, a silencing order beside "let me do the talking", a deadline after "you must".
 * Warm and practical look-alikes pass: "you don't have to be upset", "you should be proud", "stop
 * fretting, I love it ❤️", "let me handle the bill tonight", "listen carefully to the second verse",
 * "you must try the dumplings", "learn to salsa with me?". Kept small: the bundle has a size budget.
 */
import { valence } from '../lexicon';
import type { Doc, Token } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  aboutText,
  clauseEnd,
  type Draft,
  isImperative,
  type Match,
  replaceTokens,
  sentenceOf,
  textOf,
  toSentenceEnd,
} from './rule';

/** Hearts, smiles, party and laughing emoji, "jk", kisses: the words are fond or teasing. */
const WARM_MARK =
  /[\u{2764}\u{1F970}\u{1F60D}\u{1F618}\u{1F60A}\u{1F389}\u{1F483}\u{1F602}\u{1F923}]|<3|\b(?:jk|xx+|love (?:you|u))\b/iu;

/**
 * Not fond: no warm mark about tokens [first, end), and no more strong praise ("great", "love",
 * "brilliantly") than complaint outside them.
 */
function cold(doc: Doc, first: number, end: number): boolean {
  if (WARM_MARK.test(aboutText(doc, first, end))) return false;
  const s = sentenceOf(doc, first);
  let sum = 0;
  for (let k = s.first; k < s.last; k++) {
    if (k >= first && k < end) continue;
    const w = (doc.tokens[k] as Token).w;
    const v = valence(w) || (w.endsWith('ly') ? valence(w.slice(0, -2)) : 0);
    if (v < 0 || v > 1) sum += v;
  }
  return sum <= 0;
}

const asked = (doc: Doc, first: number) =>
  doc.text.slice(sentenceOf(doc, first).start, sentenceOf(doc, first).end).includes('?');

/** An order: at the sentence's start or after a comma, not a question. */
const ordered = (doc: Doc, first: number) => isImperative(doc, first) && !asked(doc, first);

/**
 * The clause from `first` replaced by `text`; an order after "and" stays, asked ("…. Could you eat
 * your dinner?").
 */
function clauseInstead(doc: Doc, first: number, last: number, text: string): Draft {
  const t = doc.tokens;
  const ce = clauseEnd(doc, Math.max(first, last - 1));
  const end = ce === sentenceOf(doc, first).last - 1;
  let k = last;
  while (k < ce && t[k]?.w !== 'and') k++;
  if (
    end &&
    k < ce &&
    /^[a-z]{2,}$/.test(t[k + 1]?.w ?? '') &&
    !/^(?:you|i|we|the|then)$/.test(t[k + 1]?.w ?? '')
  )
    return toSentenceEnd(doc, first, `${text}. Could you ${textOf(doc, k + 1, ce + 1)}?`);
  return end ? toSentenceEnd(doc, first, `${text}.`) : replaceTokens(doc, first, ce + 1, text);
}

const say = (text: string) => (doc: Doc, m: Match) => [clauseInstead(doc, m.first, m.last, text)];

type Guard = (doc: Doc, first: number, hit: { end: number }) => boolean;
/** Feelings one can be told one has no right to: "upset", "jealous", "pissed". */
const FELT_SLOT =
  'offended|annoyed|jealous|upset|hurt|mad|angry|sad|bitter|cross|frustrated|disappointed|grumpy|defensive|emotional|pissed|salty|butthurt|irritated|resentful|sulky|moody';
const coldG: Guard = (doc, first, hit) => !asked(doc, first) && cold(doc, first, hit.end);
const orderG: Guard = (doc, first, hit) => ordered(doc, first) && cold(doc, first, hit.end);
/** A test of the sentence's text beside coldness. */
const saysG =
  (re: RegExp): Guard =>
  (doc, first, hit) =>
    re.test(doc.text.slice(sentenceOf(doc, first).start, sentenceOf(doc, first).end)) &&
    cold(doc, first, hit.end);

/** An entry without its rewording (written beside it as `suggest`, which the coach bundle leaves out). */
const rule = (
  pattern: string,
  id: string,
  guard: Guard,
  why: 'dismiss' | 'command' = 'dismiss',
): Omit<PhraseRule, 'suggest'> => ({ pattern, rule: id, severity: 2, min: 'balanced', why, guard });

export const airs = phraseFamily({
  id: 'airs',
  category: 'talking-down',
  phrases: [
    // "you don't get to be upset" → "I know you're upset"; "…to feel hurt" → "I know you feel hurt".
    // Also the right denied ("you have no right to be jealous", "ur not allowed to feel upset",
    // "you had no right to get mad"); not a reason denied ("you have no reason to be worried").
    ...[
      "you|u don't|dont|can't|cant|didn't|didnt get_to be|feel|get:v",
      'you|u have|had|got no right to be|feel|get:v',
      "you've|youve|uve got|no no? right to be|feel|get:v",
      "you're|youre|ur|you_are|u_r|you_aren't|u_aren't|you_were not? allowed_to be|feel|get:v",
    ].map((head) => ({
      ...rule(`${head} @INT? ${FELT_SLOT}`, 'no-right-to-feel', coldG),
      suggest: (doc: Doc, m: Match) => {
        const v = m.cap.v as number;
        const past = /\b(?:had|were|didn't|didnt)\b/.test(textOf(doc, m.first, v).toLowerCase());
        const feel = doc.tokens[v]?.w === 'feel';
        const say = past
          ? feel
            ? 'I know you felt'
            : 'I know you were'
          : feel
            ? 'I know you feel'
            : "I know you're";
        return [replaceTokens(doc, m.first, v + 1, say)];
      },
    })),
    // "you need to get your priorities straight", "sort ur priorities out": a life set right for them.
    {
      ...rule(
        'get|sort|set your|ur priorities straight|right|in_order|sorted|out',
        'priorities',
        (doc, first, hit) =>
          !/^(?:help|helps|helped|helping|let|lets)$/.test(doc.tokens[first - 1]?.w ?? '') &&
          coldG(doc, first, hit),
        'command',
      ),
      suggest: say("I'd like us to talk about what matters most here"),
    },
    // "you're too young to understand", "ur too new here to get it": a mind judged not up to it
    // (not "you were too young to remember", said in comfort).
    {
      ...rule(
        "you're|youre|ur|you_are|u_r @INT? too young|naive|immature|inexperienced|green|new|little|junior|simple @ANY? @ANY? to understand|get_it|comprehend|grasp|know_better|appreciate_it",
        'too-young',
        (doc, first, hit) =>
          !/\b(?:were|was)\b/.test(textOf(doc, first, hit.end).toLowerCase()) && coldG(doc, first, hit),
      ),
      suggest: say("I'd like to hear how you see it"),
    },
    // "let's not get hysterical, shall we?", "lets not be so dramatic": their feeling, called ours.
    {
      ...rule(
        "let's|lets not get|be|start_getting @INT? hysterical|dramatic|emotional|worked_up|defensive|touchy|childish|petty|irrational|overdramatic|melodramatic",
        'lets-not',
        (doc, first, hit) => cold(doc, first, hit.end),
      ),
      suggest: (doc: Doc, m: Match) => [
        toSentenceEnd(
          doc,
          sentenceOf(doc, m.first).first,
          'I can see this matters to you. Can we talk it through?',
        ),
      ],
    },
    // "chill tf out", "calm the hell down": a calm-down sworn at them.
    {
      ...rule(
        'chill|calm tf|the_fuck|the_hell|the_heck|the_f|the_frick|the_fk out|down',
        'calm-down',
        orderG,
      ),
      suggest: say("I can see you're upset"),
    },
    // "I don't have time to hold your hand through this", "not gonna hold ur hand on this one".
    {
      ...rule('hold|holding your|ur hand through|with|on|every|for', 'hold-your-hand', (doc, first, hit) => {
        for (let k = first - 1; k >= 0 && k >= first - 6; k--)
          if (/n't$|^(?:not|no|nt|stop|won't|cant|dont|wont)$/.test((doc.tokens[k] as Token).w))
            return cold(doc, first, hit.end);
        return false;
      }),
      suggest: (doc: Doc, m: Match) => [
        clauseInstead(
          doc,
          sentenceOf(doc, m.first).first,
          m.last,
          "I think you can work this one out, and I'm around if you get stuck",
        ),
      ],
    },
    // "you should be grateful you even have a job" → "I think it's worth remembering that you have a job".
    {
      ...rule(
        'you|u @INT? should|ought_to|better be|feel @INT? grateful|thankful|glad|lucky',
        'be-grateful',
        (doc, first, hit) =>
          /\b(?:even|at all|anyone|anybody)\b/i.test(textOf(doc, hit.end, clauseEnd(doc, hit.end) + 1)) &&
          cold(doc, first, hit.end),
      ),
      suggest: (doc, m) => {
        const ce = clauseEnd(doc, m.last);
        const rest = textOf(doc, m.last, ce + 1)
          .replace(/^that |\beven |\s+at all\b/gi, '')
          .replace(/\bany(one|body)\b/i, 'some$1');
        return [replaceTokens(doc, m.first, ce + 1, `I think it's worth remembering that ${rest}`)];
      },
    },
    // "stop taking it so seriously", "don't take everything so personally" → "let's keep it light".
    {
      ...rule(
        "stop|quit|don't|dont taking|take it|this|things|everything|that|life|stuff so|too seriously|personally",
        'take-seriously',
        orderG,
      ),
      suggest: say("let's keep it light"),
    },
    // "stop fussing over the wording", "quit dwelling on it".
    {
      ...rule(
        'stop|quit fussing|fretting|dwelling|obsessing|harping_on over|about|on',
        'stop-fussing',
        orderG,
      ),
      // "stop fussing over the wording" → "I can see the wording matters to you".
      suggest: (doc, m) => {
        const ce = clauseEnd(doc, m.last - 1);
        let end = m.last;
        while (end <= ce && doc.tokens[end]?.w !== 'and') end++;
        const obj = textOf(doc, m.last, end);
        const said =
          obj && !/\b(?:you|your|u|ur)\b/i.test(obj)
            ? `I can see ${obj} matters to you`
            : 'I can see this matters to you';
        return [clauseInstead(doc, m.first, end, said)];
      },
    },
    // "quit your moaning", "stop your whining".
    {
      ...rule(
        'quit|stop your|ur whining|moaning|complaining|griping|sulking|nagging|whinging|moping',
        'quit-your',
        (doc, first, hit) =>
          (doc.tokens[first]?.w === 'enough' || ordered(doc, first)) && cold(doc, first, hit.end),
      ),
      suggest: say('I hear that this is bothering you'),
    },
    // "learn to take feedback like a professional" → "it would help if you could take feedback with more grace".
    {
      ...rule(
        'learn to @ANY @ANY? @ANY? like a|an adult|grown_up|grown-up|professional|big_boy|big_girl',
        'learn-like',
        orderG,
      ),
      suggest: (doc, m) => [
        replaceTokens(
          doc,
          m.first,
          m.last,
          `it would help if you could ${textOf(doc, m.first + 2, m.last - 3)} with more grace`,
        ),
      ],
    },
    // "be a big girl and deal with it", "put your big boy pants on and…" → "I think it's best if you…".
    {
      ...rule('be|put a|your|ur big boy|girl pants? on? and', 'big-boy', orderG),
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, "I think it's best if you")],
    },
    // "you're panicking over nothing" → "I can see you're worried".
    {
      ...rule(
        "you're|you_are|ur @INT? panicking|freaking_out|stressing|worrying|getting_worked_up|getting_upset over|about nothing",
        'over-nothing',
        coldG,
      ),
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.last, "I can see you're worried")],
    },

    // "you must tidy your room before anyone comes over" → "please tidy your room before…".
    {
      ...rule(
        'you|u must do|tidy|clean|wash|finish|apologise|apologize|pay|clear|be_back|be_home',
        'you-must',
        saysG(/\b(?:before|by|tonight|now|no (?:arguments|excuses))\b/i),
        'command',
      ),
      suggest: (doc, m) => [replaceTokens(doc, m.first, m.first + 2, 'please')],
    },
  ],
});
