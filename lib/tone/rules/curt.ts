/**
 * Curt and exasperated messages that name no insult and need no "you are …" verdict (round recall20):
 * - pointed questions about what was done to the writer's things ("why did you delete my
 *   comment?", "why are you ignoring me?"), where a question asked out of interest ("why did you
 *   pick that colour? it's lovely") or about their own things ("why did you delete your account?")
 *   passes; "what exactly are you trying to say?", "what are you hiding?";
 * - a bare "Typical." aimed at someone, "fine, forget it then", "don't tell me what to do",
 *   "end of discussion.";
 * - passive-aggressive email ("per my last email, …", "as previously stated, …", "as mentioned
 *   several times now, …");
 * - exasperation ("give me a break.", "oh for crying out loud", "this is insane.", "how is this
 *   STILL not fixed", "what is this nonsense", "what a joke of a meeting");
 * - curt orders ("fix it.", "do it properly this time.", "don't touch my desk again.", "read the
 *   manual.", "stop yelling at me", "shut tf up", "get out of here with that").
 * Each entry is one construction with guards for the same words said warmly or practically. The
 * detection bundle carries the guards and patterns only (about 5 KB); keep entries that earn it.
 */
import type { Doc, Token } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  answerPolarity,
  closesClause,
  type Draft,
  isClauseEnd,
  isSentenceStart,
  type Match,
  polarityNoLaughter,
  removeTokens,
  replaceTokens,
  sentenceOf,
  textOf,
  toSentenceEnd,
  tokenWord as w,
} from './rule';

/** Hearts, smiles and laughter: the same words said fondly or in jest. */
const FOND =
  /\u2764|\u2665|\u{1F60D}|\u{1F970}|\u{1F618}|\u{1F495}|\u{1F60A}|\u263A|\u{1F917}|\u{1F602}|\u{1F923}|\u{1F606}|<3|\bxx+\b|\b(?:lol+|lmao+|haha\w*|hehe\w*|jk)\b/iu;

/**
 * The text from `from` to `to`, at most `reach` characters either side of token `i`: every guard
 * reads a bounded window, so a 100,000-character sentence of repeats stays linear.
 */
function win(doc: Doc, i: number, from: number, to: number, reach = 300): string {
  const t = doc.tokens[i] as Token;
  return doc.text.slice(Math.max(from, t.start - reach), Math.min(to, t.end + reach));
}

/** Said at a sentence's start as its own clause, with nothing warm around it ("Typical.", "this is absurd."). */
function clauseAloneCold(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  return isSentenceStart(doc, first) && closesClause(doc, hit.end, s) && cold(doc, first, hit.end);
}

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
  const around = win(doc, first, s.start, next ? next.end : s.end + 24);
  if (FOND.test(around) || /\b(?:congrat\w*|well done|proud of you|so happy|yay)\b/i.test(around))
    return false;
  if (end < doc.tokens.length) {
    const a = answerPolarity(doc, Math.max(end, s.last - 1));
    if (a.pos > a.neg) return false;
  }
  return true;
}

/**
 * Token `i` ends its sentence, or only a stance word follows it ("…, honestly."): "I thought better
 * of you, I was wrong to doubt it" goes on to take it back.
 */
function endsHere(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  if (i + 1 >= s.last) return true;
  const rest = doc.text.slice(
    (doc.tokens[i] as Token).end,
    Math.min(s.end, (doc.tokens[i] as Token).end + 40),
  );
  return /^\s*(?:[.!]|,\s*(?:honestly|seriously|tbh|frankly|really|now)\W*$)/i.test(rest);
}

/** The hit ends its sentence (`endsHere`), said cold. */
const endsCold = (doc: Doc, first: number, hit: { end: number }): boolean =>
  endsHere(doc, hit.end - 1) && cold(doc, first, hit.end);

/** The sentence of `first` is only the hit (and marks): "Typical.", "fine, forget it then." */
function alone(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  return isSentenceStart(doc, first) && closesClause(doc, end, s);
}

/** Guards most entries share. */
const coldHit = (doc: Doc, first: number, hit: { end: number }): boolean => cold(doc, first, hit.end);
const startCold = (doc: Doc, first: number, hit: { end: number }): boolean =>
  isSentenceStart(doc, first) && cold(doc, first, hit.end);
const aloneCold = (doc: Doc, first: number, hit: { end: number }): boolean =>
  alone(doc, first, hit.end) && cold(doc, first, hit.end);

const sayIt =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => [toSentenceEnd(doc, m.first, text)];

/** The sentence of token `i` with what closely follows it. */
function near(doc: Doc, i: number): string {
  const s = sentenceOf(doc, i);
  return win(doc, i, s.start, s.end + 24);
}

/** Token `i` ends its sentence, or a comma or dash follows it with nothing warm or timed after. */
function isBareEnd(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  if (i + 1 >= s.last) return true;
  const rest = doc.text.slice(
    (doc.tokens[i] as Token).end,
    Math.min(s.end, (doc.tokens[i] as Token).end + 200),
  );
  return (
    /^\s*[.!]/.test(rest) ||
    (/^\s*[,;\u2014-]/.test(rest) && !/\b(?:until|till|for today|tonight|today|but)\b/i.test(rest))
  );
}

/** "As previously stated, we…" → "We…": the opener goes, what follows opens the sentence. */
function dropOpener(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  if (m.last >= s.last) return sayIt("I've brought this up before, and it matters to me.")(doc, m);
  // "Per my last email, which you clearly didn't read, the deadline is…": the aside goes too.
  let last = m.last;
  if (w(doc, last) === 'which') {
    for (let k = last + 1; k < s.last - 1; k++)
      if (/^\s*,/.test(doc.text.slice((doc.tokens[k] as Token).end, (doc.tokens[k + 1] as Token).start))) {
        last = k + 1;
        break;
      }
    if (last === m.last) return sayIt("I've brought this up before, and it matters to me.")(doc, m);
  }
  const d = removeTokens(doc, m.first, last, 'Leave it out');
  const nx = doc.tokens[last] as Token;
  if (m.first === s.first && /^\p{Lu}/u.test((doc.tokens[m.first] as Token).raw))
    return [{ start: d.start, end: nx.end, text: (nx.raw[0] as string).toUpperCase() + nx.raw.slice(1) }];
  return [d];
}

/**
 * "oh for crying out loud", "give me a break, seriously": the exclamation is the whole sentence (a
 * stance word may follow). "for crying out loud, I left my keys in the car again" groans at the day.
 */
function exclamationAlone(doc: Doc, first: number, hit: { end: number }): boolean {
  const s = sentenceOf(doc, first);
  if (!isSentenceStart(doc, first) || s.last - hit.end > 2) return false;
  for (let k = hit.end; k < s.last; k++)
    if (!/^(?:seriously|honestly|already|man|dude|now|people|guys)$/.test(w(doc, k))) return false;
  return cold(doc, first, hit.end);
}

/** An order said alone, with none of `softeners` near it and nothing warm: "fix it.". */
const orderAlone =
  (softeners: RegExp) =>
  (doc: Doc, first: number, hit: { end: number }): boolean =>
    alone(doc, first, hit.end) && !softeners.test(near(doc, first)) && cold(doc, first, hit.end);

/** A bare order with no "please" or thanks near it: "fix it.", "do it properly this time.". */
/** An exclamation of exasperation said on its own: the sentence becomes the feeling. */
const GIVE_ME_A_BREAK: Omit<PhraseRule, 'pattern'> = {
  rule: 'give-me-a-break',
  severity: 1,
  min: 'balanced',
  why: 'mild',
  category: 'heat',
  guard: exclamationAlone,
  suggest: (doc, m) => [
    toSentenceEnd(doc, sentenceOf(doc, m.first).first, "I'm really frustrated right now."),
  ],
};

const CURT_ORDER: Omit<PhraseRule, 'pattern' | 'suggest'> = {
  rule: 'curt-order',
  severity: 1,
  min: 'balanced',
  why: 'command',
  category: 'talking-down',
  guard: orderAlone(/\b(?:please|pls|plz|thanks?|thx)\b/i),
};

/** Acts done to the writer or their things, asked about as a charge. */
const ACTS =
  'remove|removed|removing|delete|deleted|deleting|erase|erased|revert|reverted|undo|undid|block|blocked|ban|banned|ignore|ignored|ignoring|unfriend|unfriended|unfollow|unfollowed|attack|attacking|insist|insisting|lie|lied|lying|hide|hid|hiding|yell|yelling';
/**
 * Undoing someone's work is asked about plainly too ("why did you revert my edit?" is strict only,
 * challenge.ts): at balanced only when it was done "without" asking, a word, an explanation.
 */
const UNDO = /^(?:remov|delet|eras|revert|undo|undid|block|bann?|ignor)/;

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
      const s = sentenceOf(doc, first);
      if (UNDO.test(verb) && !/\bwithout\b/i.test(textOf(doc, hit.end, Math.min(s.last, hit.end + 24))))
        return false;
      // "why did you delete your account?": their own things, asked about with concern.
      if (hit.end < doc.tokens.length && /^(?:your|ur|yourself|urself)$/.test(w(doc, hit.end))) return false;
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
        let aimed = /\b(?:you|your|u|ur|you're|youre)\b/i.test(win(doc, first, 0, doc.text.length, 200));
        for (const n of [doc.sentences[si - 1], doc.sentences[si + 1]])
          if (n && /^\W*(?:never|always|not|no)\b/i.test(doc.text.slice(n.start, n.start + 12))) aimed = true;
        if (!aimed) return false;
      }
      // "typical!" said of a thing liked, or after good news, passes.
      return !/!/.test(win(doc, first, s.start, s.end)) && cold(doc, first, hit.end);
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
    guard: aloneCold,
    suggest: sayIt("I'm frustrated. Can we come back to this later?"),
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
    guard: coldHit,
    suggest: (doc, m) => dropOpener(doc, m),
  },
  {
    // "don't tell me what to do", "dont tell me how to feel"
    pattern: "don't|dont|do_not tell me what_to_do|how_to_feel|what_to_think|how_to_think|how_to_live",
    rule: 'dont-tell-me',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: startCold,
    suggest: sayIt("I'd like to decide this for myself."),
  },
  {
    // "shut tf up" ("shut the hell up" is swearing's: its heat stays)
    pattern: 'shut tf up',
    rule: 'shut-up',
    severity: 2,
    min: 'balanced',
    why: 'command',
    category: 'talking-down',
    guard: coldHit,
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
    guard: clauseAloneCold,
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
      if (!isSentenceStart(doc, first) || !cold(doc, first, hit.end) || w(doc, hit.end) === 'need')
        return false;
      // "What exactly do you do at your job? I've always been curious": asked out of interest.
      const next = doc.sentences[(doc.tokens[first] as Token).sent + 1];
      const around = win(doc, first, Math.max(0, s.start - 80), next ? next.end : s.end);
      return !/\b(?:curious|wonder\w*|interested|sorry|please|thanks?|thank you)\b/i.test(around);
    },
    suggest: (doc, m) => {
      // "What exactly are you trying to do?" → "Just so I understand, what are you trying to do?"
      const t = doc.tokens;
      const what = t[m.first] as Token;
      const exactly = t[m.first + 1] as Token;
      // "So what exactly is the problem?": the opener goes with it ("Just so I understand, what…").
      const s = sentenceOf(doc, m.first);
      return [
        {
          start: (t[m.first > s.first && isSentenceStart(doc, m.first) ? s.first : m.first] as Token).start,
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
      'stop attacking|ignoring|harassing|nagging|interrupting|blaming|accusing|patronizing|patronising|lying_to|yelling_at|shouting_at|screaming_at|snapping_at|talking_down_to me',
    rule: 'stop-ing-me',
    severity: 2,
    min: 'balanced',
    why: 'command',
    category: 'talking-down',
    guard: startCold,
    suggest: (doc, m) => {
      const verb = w(doc, m.first + 1);
      const PART: Record<string, string> = {
        attacking: 'attacked',
        ignoring: 'ignored',
        harassing: 'harassed',
        nagging: 'nagged',
        interrupting: 'interrupted',
        blaming: 'blamed',
        accusing: 'accused',
        patronizing: 'patronized',
        patronising: 'patronised',
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
    // "get out of here with that", "get outta here with your excuses"
    pattern: 'get out_of_here|outta_here with this|that|your|that_nonsense|this_nonsense',
    rule: 'get-out-with',
    severity: 2,
    min: 'balanced',
    why: 'dismiss',
    category: 'contempt',
    guard: startCold,
    suggest: sayIt("I don't agree with that."),
  },
  // -- Exasperation (heat) ------------------------------------------------------------------------
  // "give me a break, seriously", "oh for crying out loud", "for heaven's sake."
  { pattern: 'give me a break', ...GIVE_ME_A_BREAK },
  { pattern: "for crying_out_loud|christ's_sake|god's_sake|gods_sake", ...GIVE_ME_A_BREAK },
  {
    // "this is insane.", "this is a joke, right?", "that's unacceptable."
    pattern: "this|that|it is|'s insane|a_joke|absurd|unbelievable|unacceptable|a_disgrace|a_farce",
    rule: 'this-is-insane',
    severity: 1,
    min: 'balanced',
    why: 'mild',
    category: 'heat',
    // "this is unbelievable, best holiday ever": the rest answers it warmly (cold reads it).
    guard: clauseAloneCold,
    suggest: sayIt("I'm really frustrated by this."),
  },
  {
    // "what is this nonsense", "what kind of question is that", "what a joke of a review"
    pattern: "what's|whats|what_is|what_was this|that nonsense|garbage|rubbish|crap|bs|drivel",
    rule: 'what-nonsense',
    severity: 2,
    min: 'balanced',
    why: 'rhetorical',
    category: 'contempt',
    guard: startCold,
    suggest: sayIt("I'm confused by this. Can you walk me through it?"),
  },
  {
    pattern: 'what a joke|farce|disgrace of a|an',
    rule: 'what-nonsense',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    category: 'contempt',
    guard: coldHit,
    suggest: (doc, m) => {
      const s = sentenceOf(doc, m.first);
      const rest = textOf(doc, m.last, s.last).replace(/[\s,.!?]+$/, '');
      if (m.first === s.first && s.last - m.last <= 2 && rest !== '')
        return [toSentenceEnd(doc, m.first, `I was really disappointed by that ${rest}.`)];
      // "what a joke of a boyfriend you are": said of the person, so the feeling is about them.
      if (/\byou(?:\s+are|'re|\u2019re)\b/i.test(rest))
        return [toSentenceEnd(doc, m.first, "I'm really disappointed in you right now.")];
      return [toSentenceEnd(doc, m.first, "I'm really disappointed by this.")];
    },
  },
  {
    // "how is this STILL not fixed", "why is it still broken"
    pattern: "how|why is|are|has|have this|that|it|they still not|broken|unfixed|isn't|hasn't|not_fixed",
    rule: 'still-not',
    severity: 1,
    min: 'balanced',
    why: 'mild',
    category: 'heat',
    guard: startCold,
    suggest: (doc, m) => {
      const s = sentenceOf(doc, m.first);
      const aux = textOf(doc, m.first + 1, m.first + 2).toLowerCase();
      const subj = textOf(doc, m.first + 2, m.first + 3).toLowerCase();
      const rest = textOf(doc, m.first + 3, s.last).replace(/[\s,.!?]+$/, '');
      return [toSentenceEnd(doc, m.first, `I'm frustrated that ${subj} ${aux} ${rest}.`)];
    },
  },
  // -- Curt orders (talking-down) ---------------------------------------------------------------
  {
    // "fix it.", "Do it properly this time.", "redo it."
    pattern: 'fix|redo|undo it|that|this',
    ...CURT_ORDER,
    suggest: (doc, m) => [
      toSentenceEnd(doc, m.first, `Could you ${textOf(doc, m.first, m.last).toLowerCase()}, please?`),
    ],
  },
  {
    pattern: 'do it|that|this properly|right this_time?',
    ...CURT_ORDER,
    suggest: sayIt('Could we go over this together so it works next time?'),
  },
  {
    // "Don't reopen this issue again.", "don't touch my desk again"
    pattern: "don't|dont|do_not @ANY:verb this|that|it|my|the @ANY? again",
    rule: 'dont-again',
    severity: 1,
    min: 'balanced',
    why: 'command',
    category: 'talking-down',
    guard: (doc, first, hit) => {
      const v = w(doc, first + 1);
      // "don't worry about it again", "don't mention it": kindness.
      if (
        /^(?:worry|mention|stress|apologi[sz]e|be|feel|hesitate|forget|miss)$/.test(v) ||
        !/^[a-z]+$/.test(v)
      )
        return false;
      return isSentenceStart(doc, first) && isClauseEnd(doc, hit.end - 1) && cold(doc, first, hit.end);
    },
    suggest: (doc, m) => [
      toSentenceEnd(
        doc,
        m.first,
        `Please check with me before you ${textOf(doc, m.cap.verb ?? m.first + 1, m.last - 1).toLowerCase()} again.`,
      ),
    ],
  },
  {
    // "read the contributing guide. then come back.", "read the docs."
    pattern:
      'read the? docs|manual|guide|instructions|documentation|faq|readme|contributing_guide|thread|rules',
    ...CURT_ORDER,
    rule: 'read-the-docs',
    // "maybe read the docs", "the manual might help": a pointer, not an order.
    guard: orderAlone(/\b(?:please|pls|plz|thanks?|thx|might|maybe)\b/i),
    suggest: (doc, m) => [
      toSentenceEnd(doc, m.first, `The ${textOf(doc, m.last - 1, m.last)} might help here.`),
    ],
  },
  // -- Passive-aggressive history (absolutes) -------------------------------------------------------
  {
    // "As previously stated, …", "as mentioned several times now, …", "as noted before, …"
    pattern: 'as previously|already stated|noted|explained|said|communicated|requested',
    rule: 'as-stated',
    severity: 1,
    min: 'balanced',
    why: 'history',
    category: 'absolutes',
    guard: coldHit,
    suggest: (doc, m) => dropOpener(doc, m),
  },
  {
    pattern:
      'as mentioned|stated|noted|explained|said several_times|multiple_times|many_times|a_few_times|repeatedly|twice|before|already|three_times',
    rule: 'as-stated',
    severity: 1,
    min: 'balanced',
    why: 'history',
    category: 'absolutes',
    guard: coldHit,
    span: (doc, first, hit) => [first, w(doc, hit.end) === 'now' ? hit.end + 1 : hit.end],
    suggest: (doc, m) => dropOpener(doc, m),
  },
  // -- Shutting the door (withdrawal) ---------------------------------------------------------------
  {
    // "I'm closing this. Not discussing further.", "no. end of discussion."
    pattern: 'end_of_discussion|discussion_over|end_of_conversation',
    rule: 'end-of-discussion',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      // "not discussing it further until i've slept on it", "end of discussion for today, thanks".
      return (hit.end >= s.last || isBareEnd(doc, hit.end - 1)) && cold(doc, first, hit.end);
    },
    suggest: sayIt('I need a break from this. Can we pick it up later?'),
  },
  // -- Contempt --------------------------------------------------------------------------------
  {
    // "I expected better from you.", "honestly, I thought better of you" (recall22): a guilt trip.
    // "I expected better weather" names no one; "I expected better from you lol" is teasing.
    pattern: 'i expected|thought better|more of|from you|u',
    rule: 'expected-better',
    severity: 2,
    min: 'balanced',
    why: 'verdict',
    category: 'contempt',
    guard: endsCold,
    suggest: sayIt("I'm disappointed, and I'd like to talk about what happened."),
  },
  {
    // "were you raised in a barn?" (recall22; "raised by wolves" is contempt.raised)
    pattern: 'were|was you|u|he|she|they raised|brought_up|born in_a_barn',
    rule: 'raised-in-a-barn',
    severity: 2,
    min: 'balanced',
    why: 'rhetorical',
    category: 'contempt',
    guard: coldHit,
    suggest: sayIt('That came across as rude to me.'),
  },
  {
    // "you're trash", "you are trash at this game" (gaming and sports trash talk, recall22);
    // "you're trash talking again" and "you're trash day volunteer" are not verdicts.
    pattern: "you're|youre|you_are|u_are|u_r trash|dogshit|dogwater",
    rule: 'youre-trash',
    severity: 2,
    min: 'balanced',
    why: 'insult',
    category: 'contempt',
    guard: (doc, first, hit) =>
      (hit.end >= sentenceOf(doc, first).last ||
        !/^(?:talk\w*|day|can|bag|bin|duty|panda)$/.test(w(doc, hit.end))) &&
      cold(doc, first, hit.end),
    suggest: sayIt("That didn't go well, and it's frustrating."),
  },
  {
    // "did your mother never teach you manners?", "have you no shame?", "where are your manners?"
    // (recall22): a scolding question. "did your mom teach you to knit?" asks and passes.
    pattern:
      'mother|mom|mum|parents|mama|momma never|not teach|taught you|u manners|any_manners|respect|anything',
    rule: 'no-manners',
    severity: 2,
    min: 'balanced',
    why: 'rhetorical',
    category: 'contempt',
    guard: coldHit,
    suggest: sayIt('That came across as rude to me.'),
  },
  {
    pattern: 'have_you_no|where_are_your shame|manners|decency',
    rule: 'no-manners',
    severity: 2,
    min: 'balanced',
    why: 'rhetorical',
    category: 'contempt',
    guard: startCold,
    suggest: sayIt('That came across as rude to me.'),
  },
  {
    // "nobody wants to hear it.", "no one wants to hear your excuses" (recall22); "nobody wants to
    // hear it, but we need to cut costs" goes on to say it and passes.
    pattern: 'nobody|no_one|noone wants|needs to hear it|that|this|your_excuses|your_opinion',
    rule: 'nobody-wants',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    category: 'contempt',
    guard: endsCold,
    suggest: sayIt("I'm not ready to hear this right now."),
  },
  {
    // "sorry for existing.", "well excuse me for breathing" (recall22): a sarcastic apology.
    pattern: 'sorry|excuse_me|forgive_me for existing|breathing|living|having_feelings|having_an_opinion',
    rule: 'sorry-for-existing',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    category: 'contempt',
    guard: endsCold,
    suggest: sayIt('That hurt my feelings.'),
  },
  {
    // "look who decided to show up", "nice of you to finally join us" (recall22): a late arrival
    // mocked. "Nice of you to join us, welcome aboard!" is warm and passes.
    pattern: 'look_who|nice_of_you_to|good_of_you_to finally? decided_to|decide_to? show_up|join_us|grace_us',
    rule: 'look-who',
    severity: 2,
    min: 'balanced',
    why: 'mockery',
    category: 'contempt',
    guard: (doc, first, hit) =>
      isSentenceStart(doc, first) && endsHere(doc, hit.end - 1) && cold(doc, first, hit.end),
    suggest: sayIt("I'm glad you're here, but I was waiting and it bothered me."),
  },
  // -- Talking down ----------------------------------------------------------------------------
  {
    // "you owe me an apology.", "you owe me an explanation, now" (recall22): a demand.
    // "you owe me a coffee" is a debt between friends and passes.
    pattern: 'you|u owe me an_apology|an_explanation|answers',
    rule: 'you-owe-me',
    severity: 2,
    min: 'balanced',
    why: 'command',
    category: 'talking-down',
    guard: endsCold,
    suggest: (doc, m) => {
      const what = w(doc, m.last - 1);
      const ask = what === 'apology' ? 'an apology' : what === 'answers' ? 'some answers' : 'an explanation';
      return [toSentenceEnd(doc, m.first, `I feel I'm owed ${ask}, and I'd like us to talk.`)];
    },
  },
  // -- Shutting the door (withdrawal), recall22 ---------------------------------------------------
  {
    // "I don't owe you anything.", "I don't owe you an explanation": the door shut on a request.
    pattern: "i don't|dont|do_not owe you|u anything|a_thing|an_explanation|nothing|squat",
    rule: 'dont-owe-you',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: endsCold,
    suggest: sayIt("I'm not ready to explain this right now. Can we talk later?"),
  },
  {
    // "do it yourself then.", "fine, do it yourself.", "then figure it out yourself" said alone.
    // "want to do it yourself?" asks and passes (a question mark); "do it yourself kits" goes on.
    pattern: 'do|fix|sort it|that yourself|urself then?',
    rule: 'do-it-yourself',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      if (/\?/.test(doc.text.slice(s.start, Math.min(s.end, s.start + 400)))) return false;
      const from =
        first > s.first && /^(?:fine|ok|okay|whatever|so|well|then)$/.test(w(doc, first - 1))
          ? first - 1
          : first;
      return alone(doc, from, hit.end) && cold(doc, from, hit.end);
    },
    suggest: sayIt("I can't take this one on right now. Could you handle it?"),
  },
  {
    // "fine, I'll do it myself.", "never mind, I'll just do it myself then" (recall22): the martyr's
    // exit. "no worries, I'll do it myself" and "I'll do it myself, you rest" are offers and pass.
    pattern: "i'll|ill|i_will just? do|fix|sort|handle it|everything myself",
    rule: 'do-it-myself',
    severity: 1,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: (doc, first, hit) => {
      const s = sentenceOf(doc, first);
      const before = doc.text.slice(
        Math.max(s.start, (doc.tokens[first] as Token).start - 40),
        (doc.tokens[first] as Token).start,
      );
      const after = doc.text.slice(
        (doc.tokens[hit.end - 1] as Token).end,
        Math.min(s.end, (doc.tokens[hit.end - 1] as Token).end + 60),
      );
      // Cold openers ("fine,", "never mind,", "forget it,") or a sulky tail ("then", "like always").
      const opener = /\b(?:fine|whatever|never ?mind|nvm|forget it|forget i asked)\W*$/i.test(before);
      // The tail is the rest of the sentence: "I'll do it myself then, you cooked" goes on warmly.
      if (!opener && !/^\s*(?:then|like always|as usual|as always)\W*$/i.test(after)) return false;
      return (
        !/\b(?:no worries|happy to|glad to|don't worry|rest)\b/i.test(
          win(doc, first, s.start, s.end + 40, 200),
        ) && cold(doc, opener ? s.first : first, hit.end)
      );
    },
    suggest: sayIt("I'll handle it, but I'm frustrated and I'd like more help next time."),
  },
  {
    // "fine, be that way.", "whatever, suit yourself" (recall22): the door shut on a disagreement.
    pattern: 'fine|ok|okay|whatever be_that_way|suit_yourself',
    rule: 'be-that-way',
    severity: 2,
    min: 'balanced',
    why: 'withdraw',
    category: 'withdrawal',
    guard: aloneCold,
    // "fine, be that way, i'm going to bed" keeps what follows.
    suggest: (doc, m) =>
      m.last >= sentenceOf(doc, m.first).last ||
      !/^\s*,/.test(
        doc.text.slice((doc.tokens[m.last - 1] as Token).end, (doc.tokens[m.last - 1] as Token).end + 8),
      )
        ? sayIt("I'm upset that we don't agree. Can we talk later?")(doc, m)
        : [replaceTokens(doc, m.first, m.last, "I'm upset that we don't agree")],
  },
  {
    // "go ahead, ignore me again.", "sure, go ahead and laugh at me" (recall22): a dare.
    pattern: 'go ahead and? ignore|laugh_at|yell_at|block|ghost|leave|walk_out_on me again?',
    rule: 'go-ahead-dare',
    severity: 2,
    min: 'balanced',
    why: 'ultimatum',
    category: 'withdrawal',
    guard: coldHit,
    suggest: sayIt('It hurts when that happens. Can we talk?'),
  },
  // -- Blame -----------------------------------------------------------------------------------
];

export const curt = phraseFamily({ id: 'curt', category: 'contempt', phrases });
