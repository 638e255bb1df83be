/**
 * Curt and exasperated messages that name no insult and need no "you …" verdict (round recall20):
 * - pointed questions about what someone did to the writer's things ("why did you delete my
 *   comment?", "why are you ignoring me?"), where a question asked out of interest ("why did you
 *   pick that colour? it's lovely") passes;
 * - a bare "Typical." after a letdown, "fine, forget it then", "who even does that?!";
 * - passive-aggressive email ("per my last email, …", "I've told you this three times");
 * - brush-offs ("don't tell me what to do", "I'm not dignifying that with an answer",
 *   "don't hold your breath") and sarcastic groans ("oh great, another 8am meeting").
 * Each entry is one construction with guards for the same words said warmly or practically.
 */
import type { Doc, Token } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  answerPolarity,
  type Draft,
  isClauseEnd,
  isSentenceStart,
  type Match,
  polarityNoLaughter,
  removeTokens,
  sentenceOf,
  textOf,
  toSentenceEnd,
  tokenWord as w,
} from './rule';

/** Hearts, smiles and laughter: the same words said fondly or in jest. */
const FOND =
  /\u2764|\u2665|\u{1F60D}|\u{1F970}|\u{1F618}|\u{1F495}|\u{1F60A}|\u263A|\u{1F917}|\u{1F602}|\u{1F923}|\u{1F606}|<3|\bxx+\b|\b(?:lol+|lmao+|haha\w*|hehe\w*|jk)\b/iu;

/**
 * Nothing warm in the sentence of tokens [first, end) outside them ("fine" and "great" are the
 * groan's own words), nor in what answers it (the next sentence).
 */
function cold(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  const a = polarityNoLaughter(doc, s.first, first);
  const b = polarityNoLaughter(doc, end, s.last);
  // One mild word ("shared", "fine") is no warmth; "it looks great" is.
  if (a.pos + b.pos > a.neg + b.neg + 1) return false;
  const next = doc.sentences[(doc.tokens[first] as Token).sent + 1];
  if (FOND.test(doc.text.slice(s.start, next ? next.end : s.end + 24))) return false;
  if (end < doc.tokens.length) {
    const a = answerPolarity(doc, Math.max(end, s.last - 1));
    if (a.pos > a.neg) return false;
  }
  return true;
}

/** The sentence of `first` is only the hit (and marks): "Typical.", "fine, forget it then." */
function alone(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  return isSentenceStart(doc, first) && (end >= s.last || isClauseEnd(doc, end - 1));
}

const sayIt =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => [toSentenceEnd(doc, m.first, text)];

/** Acts done to the writer or their things, asked about as a charge. */
const ACTS =
  'remove|removed|removing|unfriend|unfriended|unmatch|unmatched|delete|deleted|deleting|erase|erased|revert|reverted|reverting|undo|undid|block|blocked|blocking|ban|banned|cancel|cancelled|canceled|ignore|ignored|ignoring|attack|attacked|attacking|unfollow|unfollowed|mute|muted|kick|kicked|overwrite|overwrote|stalk|stalking|accuse|accused|accusing|harass|harassing|threaten|threatened|threatening|lie|lied|lying|hide|hid|hiding|insist|insisting|keep|continue|continuing|sneak|snooped|snooping|yell|yelled|yelling|shout|shouted|shouting';

/** "why did you remove my comment?" → "What made you remove my comment?" (the verb's base form). */
function whySuggest(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  const aux = w(doc, m.first + 1);
  const verb = m.cap.verb ?? m.last - 1;
  const rest = textOf(doc, verb, s.last).replace(/[\s,.!?]+$/, '');
  if (s.last - verb > 14 || rest === '')
    return [toSentenceEnd(doc, m.first, 'Can you help me understand what happened?')];
  if (aux === 'did' || aux === 'do' || aux === 'does') {
    const made = aux === 'did' ? 'made' : 'makes';
    return [toSentenceEnd(doc, m.first, `Can you tell me what ${made} you ${rest}?`)];
  }
  // "why are you ignoring me?" → "Is something keeping you from answering me?" would change the
  // meaning: ask plainly instead.
  return [
    toSentenceEnd(doc, m.first, `Can you help me understand what's going on? It feels like you're ${rest}.`),
  ];
}

const phrases: PhraseRule[] = [
  {
    // "why did you delete my post?", "Why are you ignoring me?", "why do you keep cancelling on me"
    pattern: `why did|do|are|were|have you ever|even|just|still? ${ACTS}:verb`,
    rule: 'why-did-you',
    severity: 2,
    min: 'balanced',
    why: 'rhetorical',
    category: 'blame',
    guard: (doc, first, hit) => {
      if (!isSentenceStart(doc, first) || !cold(doc, first, hit.end)) return false;
      const verb = w(doc, hit.end - 1);
      // "why did you delete your account?": their own things, asked about with concern.
      if (hit.end < doc.tokens.length && /^(?:your|ur|yourself|urself)$/.test(w(doc, hit.end))) return false;
      // "why do you keep your bike outside?" is a question; "keep"/"continue" need a doing after them.
      if (verb === 'keep' || verb === 'continue') {
        const nx = hit.end < doc.tokens.length ? w(doc, hit.end) : '';
        if (!/ing$|^to$/.test(nx)) return false;
      }
      // "why did you hide the presents so well" / "why do you lie awake": a question of interest.
      const after = hit.end < sentenceOf(doc, first).last ? w(doc, hit.end) : '';
      return !/^(?:awake|down|in|so|such)$/.test(after);
    },
    suggest: whySuggest,
  },
  {
    // "Typical.", "so typical.", "how typical of him." after a letdown.
    pattern: 'typical of_you|of_him|of_her|of_them?',
    rule: 'typical',
    severity: 1,
    min: 'balanced',
    why: 'history',
    category: 'absolutes',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const from = first > s.first && /^(?:so|how|just|bloody)$/.test(w(doc, first - 1)) ? first - 1 : first;
      if (!alone(doc, from, hit.end) || hit.end < s.last) return false;
      // Aimed at someone: "typical of him", the message is the word alone, the message speaks to
      // "you", or a subjectless verdict stands beside it ("Typical. Never there when it counts.").
      // "Typical. The train is late again." groans at the day and passes.
      if (hit.end - first === 1 && doc.sentences.length > 1) {
        const si = (doc.tokens[first] as Token).sent;
        let aimed = /\b(?:you|your|u|ur|you're|youre)\b/i.test(doc.text);
        for (const n of [doc.sentences[si - 1], doc.sentences[si + 1]])
          if (n && /^\W*(?:never|always|not|no)\b/i.test(doc.text.slice(n.start, n.end))) aimed = true;
        if (!aimed) return false;
      }
      // "typical!" said of a thing liked, or after good news, passes.
      return !/!/.test(doc.text.slice(s.start, s.end)) && cold(doc, first, hit.end);
    },
    span: (doc, first, hit) => [
      first > sentenceOf(doc, first).first && /^(?:so|how|just|bloody)$/.test(w(doc, first - 1))
        ? first - 1
        : first,
      hit.end,
    ],
    suggest: sayIt('This keeps happening, and it gets to me.'),
  },
  {
    // "fine, forget it then.", "ok forget it", "forget it then"
    pattern: 'fine|ok|okay|whatever|right forget it|about_it then?',
    rule: 'forget-it',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, first, hit) => alone(doc, first, hit.end) && cold(doc, first, hit.end),
    suggest: sayIt("I'm frustrated. Can we come back to this later?"),
  },
  {
    pattern: 'forget it|about_it then',
    rule: 'forget-it',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, first, hit) => alone(doc, first, hit.end) && cold(doc, first, hit.end),
    suggest: sayIt("I'm frustrated. Can we come back to this later?"),
  },
  {
    // "who even does that?!", "who the hell says that to a colleague", "who tf does that"
    pattern: 'who tf|even|the_hell|the_heck|the_fuck|on_earth does|says|would_do|would_say that|this',
    rule: 'who-does-that',
    severity: 2,
    min: 'balanced',
    why: 'rhetorical',
    category: 'contempt',
    guard: (doc, first, hit) => isSentenceStart(doc, first) && cold(doc, first, hit.end),
    suggest: sayIt('That really bothered me.'),
  },
  {
    // "per my last email, …", "as per my previous message, …", "as stated in my last email, …"
    pattern:
      'per|as_per|as_stated_in|as_mentioned_in my last|previous|earlier|prior email|e-mail|message|mail|note',
    rule: 'per-my-email',
    severity: 1,
    min: 'balanced',
    why: 'history',
    category: 'absolutes',
    guard: (doc, first, hit) => cold(doc, first, hit.end),
    suggest: (doc, m) => {
      const s = sentenceOf(doc, m.first);
      if (m.first === s.first && m.last < s.last) {
        const d = removeTokens(doc, m.first, m.last, 'Leave it out');
        const nx = doc.tokens[m.last] as Token;
        if (/^\p{Lu}/u.test((doc.tokens[m.first] as Token).raw))
          return [
            { start: d.start, end: nx.end, text: (nx.raw[0] as string).toUpperCase() + nx.raw.slice(1) },
          ];
        return [d];
      }
      return [removeTokens(doc, m.first, m.last, 'Leave it out')];
    },
  },
  {
    // "I've told you this three times", "i told u that twice already"
    pattern:
      "i've|ive|i_have|i told|asked you|u this|that|it like? twice|already|three_times|four_times|five_times|several_times|multiple_times|a_few_times|a_million_times|a_hundred_times|so_many_times",
    rule: 'told-this',
    severity: 1,
    min: 'balanced',
    why: 'history',
    category: 'absolutes',
    guard: (doc, first, hit) => cold(doc, first, hit.end),
    suggest: sayIt("I've brought this up before, and it matters to me."),
  },
  {
    // "don't tell me what to do", "dont tell me how to feel"
    pattern:
      "don't|dont|do_not tell me what_to_do|how_to_feel|what_to_think|how_to_think|how_to_live|what_to_feel|how_to_do_my_job",
    rule: 'dont-tell-me',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, first, hit) => isSentenceStart(doc, first) && cold(doc, first, hit.end),
    suggest: sayIt("I'd like to decide this for myself."),
  },
  {
    // "I'm not dignifying that with an answer", "won't dignify that"
    pattern: "not|won't|wont|never dignify|dignifying that|this|it",
    rule: 'not-dignifying',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, first, hit) => cold(doc, first, hit.end),
    suggest: sayIt("I'm not ready to answer that right now."),
  },
  {
    // "don't hold your breath." as the answer to when
    pattern: "don't|dont hold your|ur breath",
    rule: 'hold-breath',
    severity: 1,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, first, hit) => alone(doc, first, hit.end) && cold(doc, first, hit.end),
    suggest: sayIt('It may take me a while.'),
  },
  {
    // "oh great, another 8am meeting", "just great, more paperwork"
    pattern: 'oh|just|well great|perfect|wonderful|brilliant|fantastic|lovely another|more',
    rule: 'oh-great',
    severity: 1,
    min: 'balanced',
    why: 'mockery',
    category: 'contempt',
    guard: (doc, first, hit) => {
      if (!isSentenceStart(doc, first) || !cold(doc, first, hit.end)) return false;
      return /,|\u2014|-/.test(
        doc.text.slice((doc.tokens[first + 1] as Token).end, (doc.tokens[hit.end - 1] as Token).start),
      );
    },
    suggest: (doc, m) => {
      const d = removeTokens(doc, m.first, m.last - 1, 'Leave it out');
      const nx = doc.tokens[m.last - 1] as Token;
      return [{ start: d.start, end: nx.end, text: (nx.raw[0] as string).toUpperCase() + nx.raw.slice(1) }];
    },
  },
  {
    // "shut tf up", "shut the hell up"
    pattern: 'shut tf|the_hell|the_heck up',
    rule: 'shut-up',
    severity: 2,
    min: 'balanced',
    why: 'command',
    category: 'talking-down',
    guard: (doc, first, hit) => cold(doc, first, hit.end),
    suggest: (doc, m) => [
      {
        start: (doc.tokens[m.first] as Token).start,
        end: (doc.tokens[m.last - 1] as Token).end,
        text: 'please give me a moment',
      },
    ],
  },
  {
    // "what are you hiding?"
    pattern: 'what are|r you|u hiding',
    rule: 'hiding',
    severity: 2,
    min: 'balanced',
    why: 'rhetorical',
    category: 'blame',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      return (
        isSentenceStart(doc, first) &&
        (hit.end >= s.last || isClauseEnd(doc, hit.end - 1)) &&
        cold(doc, first, hit.end)
      );
    },
    suggest: sayIt("I feel like I'm missing part of the story. Can you fill me in?"),
  },
  {
    // "What exactly are you trying to say?", "what exactly is your problem", "What exactly do you mean?"
    pattern:
      'what exactly are|do|did|is|was you|u|your|ur|the_problem|the_point|the_issue|the_deal|the_question',
    rule: 'what-exactly',
    severity: 1,
    min: 'balanced',
    why: 'rhetorical',
    category: 'contempt',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      if (!isSentenceStart(doc, first) || !cold(doc, first, hit.end)) return false;
      // "What exactly do you do at your job? I've always been curious": asked out of interest.
      const next = doc.sentences[(doc.tokens[first] as Token).sent + 1];
      const around = doc.text.slice(Math.max(0, s.start - 80), next ? next.end : s.end);
      return !/\b(?:curious|wonder\w*|interested|sorry|please|thanks?|thank you)\b/i.test(around);
    },
    suggest: (doc, m) => {
      // "What exactly are you trying to do?" → "Just so I understand, what are you trying to do?"
      const t = doc.tokens;
      const what = t[m.first] as Token;
      const exactly = t[m.first + 1] as Token;
      return [
        {
          start: what.start,
          end: exactly.end,
          text: `Just so I understand, ${what.raw.toLowerCase()}`,
          label: 'Just so I understand, what…',
        },
      ];
    },
  },
  {
    // "Stop attacking me.", "stop ignoring me", "stop yelling at me"
    pattern:
      'stop attacking|ignoring|harassing|pestering|nagging|interrupting|blaming|accusing|patronizing|patronising|bothering|lying_to|yelling_at|shouting_at|screaming_at|snapping_at|talking_down_to me',
    rule: 'stop-ing-me',
    severity: 2,
    min: 'balanced',
    why: 'command',
    category: 'talking-down',
    guard: (doc, first, hit) => isSentenceStart(doc, first) && cold(doc, first, hit.end),
    suggest: (doc, m) => {
      const verb = w(doc, m.first + 1);
      const PART: Record<string, string> = {
        attacking: 'attacked',
        ignoring: 'ignored',
        harassing: 'harassed',
        pestering: 'pestered',
        nagging: 'nagged',
        interrupting: 'interrupted',
        blaming: 'blamed',
        accusing: 'accused',
        patronizing: 'patronized',
        patronising: 'patronised',
        bothering: 'crowded',
        lying: 'lied to',
        yelling: 'yelled at',
        shouting: 'shouted at',
        screaming: 'screamed at',
        snapping: 'snapped at',
        talking: 'talked down to',
      };
      const part = PART[verb] ?? 'hurt';
      return [toSentenceEnd(doc, m.first, `I feel ${part} right now, and it hurts. Can we talk about it?`)];
    },
  },
  {
    // "was that really necessary?", "is that really necessary?"
    pattern: 'was|is that|this really? necessary|called_for',
    rule: 'necessary',
    severity: 1,
    min: 'balanced',
    why: 'rhetorical',
    category: 'contempt',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      // "is that necessary?" asks a rule; "really" or "was" makes it a charge.
      if (w(doc, first) === 'is' && w(doc, first + 2) !== 'really') return false;
      return (
        isSentenceStart(doc, first) &&
        hit.end >= s.last &&
        doc.text.slice(s.start, s.end).includes('?') &&
        cold(doc, first, hit.end)
      );
    },
    suggest: sayIt('That hurt a bit.'),
  },
  {
    // "your point being?", "and your point is?"
    pattern: 'your|ur point being|is',
    rule: 'your-point',
    severity: 1,
    min: 'balanced',
    why: 'mockery',
    category: 'contempt',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const from = first > s.first && w(doc, first - 1) === 'and' ? first - 1 : first;
      return (
        isSentenceStart(doc, from) &&
        hit.end >= s.last &&
        doc.text.slice(s.start, s.end).includes('?') &&
        cold(doc, first, hit.end)
      );
    },
    span: (doc, first, hit) => [
      first > sentenceOf(doc, first).first && w(doc, first - 1) === 'and' ? first - 1 : first,
      hit.end,
    ],
    suggest: sayIt("I'm not sure I follow. What do you mean?"),
  },
  {
    // "get out of here with that", "get outta here with your excuses"
    pattern: 'get out_of_here|outta_here with this|that|your|that_nonsense|this_nonsense',
    rule: 'get-out-with',
    severity: 2,
    min: 'balanced',
    why: 'dismiss',
    category: 'contempt',
    guard: (doc, first, hit) => isSentenceStart(doc, first) && cold(doc, first, hit.end),
    suggest: sayIt("I don't agree with that."),
  },
  {
    // "how is that my problem?", "how is this my fault?"
    pattern: 'how is|is_that|is_this that|this|it my problem|fault|job|concern',
    rule: 'my-problem',
    severity: 2,
    min: 'balanced',
    why: 'dismiss',
    category: 'contempt',
    guard: (doc, first, hit) => isSentenceStart(doc, first) && cold(doc, first, hit.end),
    suggest: sayIt("I'm not sure I'm the right person for this."),
  },
  {
    // "figure it out yourself.", "do it yourself then."
    pattern: 'figure|work|sort|do it out? yourself|urself',
    rule: 'yourself',
    severity: 2,
    min: 'balanced',
    why: 'command',
    category: 'talking-down',
    guard: (doc, first, hit) => alone(doc, first, hit.end) && cold(doc, first, hit.end),
    suggest: sayIt("I can't help with this right now."),
  },
];

export const curt = phraseFamily({ id: 'curt', category: 'contempt', phrases });
