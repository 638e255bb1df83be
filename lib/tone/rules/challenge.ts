/**
 * The impolite request: a question or remark that challenges the other person rather than asks.
 * - accusing "why" and "how" about their act ("how is that even an answer?", "what were you
 *   thinking?", "how exactly is that supposed to work?");
 * - disbelief as a challenge ("is this a joke?", "you can't be serious", "what's wrong with just
 *   following the guide?", "what is it with you and…");
 * - "did you even / have you actually / did you not" + a verb of reading or checking;
 * - presuming ignorance ("you should know better", "surely you know…", "obviously you didn't
 *   read…", "it's not that hard", "as I already said…", "I've told you twice");
 * - puzzled accusation ("I'm baffled that you…", "I fail to see why…", "care to explain?").
 * A bare question about a choice ("why did you pick that colour?") passes; only with a removal
 * verb ("why did you revert my edit?") is it flagged, and only at strict, since most such
 * questions ask. Suggestions turn the challenge into a sincere question or a need, keeping the
 * person's words where they can.
 * Round h31: bare challenges with no please or thanks ("What exactly is your point?", "Where is your
 * source?", "Why do you keep adding this back?", "Explain yourself.").
 */
import { wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  clauseEnd,
  closesClause,
  type Draft,
  isClauseEnd,
  type Match,
  polarityNoLaughter,
  removeTokens,
  replaceTokens,
  sayInstead,
  sentenceOf,
  textOf,
  toSentenceEnd,
  WINDOW,
  tokenWord as w,
} from './rule';

const YOU: ReadonlySet<string> = wordSet("you u ya you're youre ur you've you'd");

/** Hearts and smiles, and laughter: the words are fond or teasing, not a challenge. */
const FOND_OR_LAUGH =
  /\u2764|\u2665|\u{1F60D}|\u{1F970}|\u{1F618}|\u{1F495}|\u{1F496}|\u{1F60A}|\u263A|\u{1F917}|\u{1F389}|\u{1F973}|<3|\u{1F602}|\u{1F923}|\u{1F606}|\u{1F604}|\u{1F605}|\u{1F61C}|\u{1F61D}|\b(?:lol+|lmao+|haha\w*|hehe\w*|jk|omg|congrats\w*|yay)\b/iu;

/** Words of care or reassurance nearby: "did you even sleep? hope you're ok", "don't worry, it's…". */
const REASSURE: ReadonlySet<string> = wordSet(
  'worry worried hope hoping proud fine once promise deserve deserved welcome sweetest curious wondering',
);

/**
 * Is the message warm around tokens [first, end): praise outweighing complaint in this sentence and
 * the next, hearts, laughter, reassurance or care?
 */
export function warm(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  const sent = (doc.tokens[first] as Token).sent;
  const prev = doc.sentences[sent - 1];
  const next = doc.sentences[sent + 1];
  const from = prev ? prev.first : s.first;
  const to = next ? next.last : s.last;
  const a = polarityNoLaughter(doc, Math.max(from, first - WINDOW), first);
  const b = polarityNoLaughter(doc, end, Math.min(to, end + WINDOW));
  // Clear praise only: "how is this supposed to help anyone" or "…know better" is no praise.
  if (a.pos + b.pos >= a.neg + b.neg + 3) return true;
  const text = doc.text.slice(prev ? prev.start : s.start, Math.min(doc.text.length, (next ?? s).end + 8));
  if (FOND_OR_LAUGH.test(text)) return true;
  for (let k = Math.max(from, first - WINDOW); k < to && k < end + WINDOW; k++)
    if (REASSURE.has(w(doc, k))) return true;
  return false;
}

/** Is token `i` at the start of its clause (after openers like "so", "ok", "honestly")? */
const OPENERS: ReadonlySet<string> = wordSet(
  'ok okay so and but well honestly seriously look listen um uh like then i_mean please pls plz',
);
export function opens(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  for (let k = i; k > s.first; k--) {
    if (isClauseEnd(doc, k - 1)) return true;
    if (!OPENERS.has(w(doc, k - 1))) return false;
  }
  return true;
}

/** The last token of the sentence's words, trailing stance words ("exactly", "seriously") left out. */
const TRAIL: ReadonlySet<string> = wordSet('exactly seriously honestly tbh then huh eh now again');
export function coreEnd(doc: Doc, from: number): number {
  const s = sentenceOf(doc, from);
  let end = s.last;
  while (end > from && TRAIL.has(w(doc, end - 1))) end--;
  return end;
}

/** Capitalised like the person's first word. */
export function cased(doc: Doc, i: number, text: string): string {
  return /^\p{Lu}/u.test((doc.tokens[i] as Token).raw) ? text[0]?.toUpperCase() + text.slice(1) : text;
}

const CLOSER: Readonly<Record<string, string>> = {
  ')': '(',
  ']': '[',
  '>': '<',
  '}': '{',
  '”': '“',
  '"': '"',
};

/**
 * Their words up to token `end` (exclusive) with the brackets and quotes after its last word that
 * close one opened in them: "adding <url>?" keeps "<url>", "(page 4)?" keeps "(page 4)".
 */
function closed(doc: Doc, words: string, end: number): string {
  const after = doc.text.slice((doc.tokens[end - 1] as Token).end, (doc.tokens[end - 1] as Token).end + 4);
  let out = words;
  for (const c of after) {
    // "the file 'old drafts'.": a single quote opened before a word in them closes after the last.
    if (c === "'" || c === '\u2019') {
      const opened = out.split(/(?:^|\s)['\u2018]\p{L}/u).length - 1;
      const shut = out.split(/\p{L}['\u2019](?=\s|$)/u).length - 1;
      if (opened <= shut) break;
      out += c;
      continue;
    }
    const open = CLOSER[c];
    if (!open) break;
    const opened = out.split(open).length - 1;
    const shut = open === c ? 0 : out.split(c).length - 1;
    if (open === c ? opened % 2 === 0 : opened <= shut) break;
    out += c;
  }
  return out;
}

/** "<lead> <their words from `from`>?" (or `mark`) in place of the sentence from token `start`. */
export function askWith(doc: Doc, start: number, from: number, lead: string, after = '', mark = '?'): Draft {
  // "can you help me understand why…? I'd like to understand.": the ask already says it once.
  if (/\bunderstand\b/.test(lead) && /\bunderstand\b/.test(after)) after = '';
  const end = coreEnd(doc, from);
  const rest = end > from ? ` ${closed(doc, textOf(doc, from, end), end).replace(/[\s,.!?]+$/, '')}` : '';
  const ours = cased(doc, start, `${lead}${rest}${mark}${after}`);
  return toSentenceEnd(doc, start, ours, (doc.tokens[start] as Token).start);
}

/**
 * "try reading the docs first, it saves time" → "could you read the docs first? it saves time": the
 * ask ends with its own clause; a new clause after its comma stays a statement. Null where none
 * follows.
 */
export function askThenSay(doc: Doc, start: number, from: number, lead: string): Draft | null {
  const t = doc.tokens;
  const s = sentenceOf(doc, start);
  const ce = closesClause(doc, from, s) ? from - 1 : clauseEnd(doc, from);
  const next = t[ce + 1] as Token | undefined;
  if (ce < from - 1 || ce + 1 >= s.last || !next) return null;
  if (!/^\s*,\s*$/.test(doc.text.slice((t[ce] as Token).end, next.start))) return null;
  if (!/^(?:it|it's|its|that|that's|thats|this|they|they're|the|we|i|i'm|im|my|our)$/.test(next.w))
    return null;
  const rest = ce >= from ? ` ${textOf(doc, from, ce + 1)}` : '';
  const raw = /^\p{Lu}/u.test((t[start] as Token).raw)
    ? next.raw[0]?.toUpperCase() + next.raw.slice(1)
    : next.raw;
  return {
    start: (t[start] as Token).start,
    end: next.end,
    text: cased(doc, start, `${lead}${rest}? ${raw}`),
  };
}

const UNDERSTAND = "Could you walk me through it? I'd like to understand.";
const SURPRISED = "I'm really surprised by this. Could you tell me more?";
const TOGETHER = 'Let me know if it would help to go over this together.';

/** Verbs of reading, looking and checking: what "did you even ___" doubts was done. */
const CHECKED =
  'read|look|looked|open|opened|run|ran|test|tested|try|tried|check|checked|watch|watched|listen|listened|see|seen|saw|notice|noticed|click|clicked|search|searched|review|reviewed|bother|bothered|think|thought|care|cared';

/** Verbs of taking away: "why did you revert my edit?" questions an act against their work. */
const REMOVAL =
  'revert|reverted|reverting|delete|deleted|deleting|remove|removed|removing|undo|undid|undoing|undone|blank|blanked|blanking|close|closed|closing|reject|rejected|rejecting|block|blocked|blocking|ban|banned|erase|erased|erasing|ignore|ignored|ignoring|wipe|wiped|scrap|scrapped|drop|dropped|lock|locked';

/** Words after a "why did you…" that make it an accusation: "exactly", "seriously", "again". */
function pressed(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = first; k < s.last; k++) if (/^(?:exactly|seriously|again)$/.test(w(doc, k))) return true;
  return false;
}

/** "why did you remove X" → "can you help me understand why you decided to remove X?" */
function whyAct(doc: Doc, m: Match): Draft[] {
  const aux = w(doc, m.first + 1);
  const lead =
    aux === 'did'
      ? 'can you help me understand why you decided to'
      : aux === 'are'
        ? "can you help me understand why you're"
        : aux === 'were'
          ? 'can you help me understand why you were'
          : 'can you help me understand why you';
  return [askWith(doc, m.first, m.first + 3, lead, " I'd like to understand.")];
}

/** "did you even read it" → "did you read it"; "did you not read…" → "did you get a chance to read…". */
function sincereCheck(doc: Doc, m: Match): Draft[] {
  const marker = m.first + 2;
  const mk = w(doc, marker);
  const out: Draft[] = [];
  if (mk === 'not' || mk === 'bother') {
    const aux = w(doc, m.first);
    let to = marker + 1;
    if (w(doc, to) === 'even') to++;
    if (w(doc, to) === 'bother') to++;
    if (w(doc, to) === 'to') to++;
    if (aux === 'did') out.push(replaceTokens(doc, marker, to, 'get a chance to'));
    else if (mk === 'not') out.push(removeTokens(doc, marker, marker + 1, 'Leave it out'));
  } else out.push(removeTokens(doc, marker, marker + 1, 'Leave it out'));
  return [...out, ...sayInstead("I'd really like you to have a look at this. It matters to me.")(doc, m)];
}

/** Drop a leading or trailing "as I already said", "for the third time" and its comma. */
function dropAside(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  const t = doc.tokens;
  const last = m.last - 1;
  const gapAfter = m.last < s.last ? doc.text.slice((t[last] as Token).end, (t[m.last] as Token).start) : '';
  // An opener with no comma after it ("as i said before the link is…") goes too: what follows is
  // the person's point, kept.
  const aside = m.last < s.last && (/[,;:\u2014\u2013-]/.test(gapAfter) || m.first >= s.first);
  const out: Draft[] = [];
  if (aside) {
    const d = removeTokens(doc, m.first, m.last, 'Leave it out');
    // Capitalise what now opens the sentence when the person did.
    if (m.first === s.first && /^\p{Lu}/u.test((t[m.first] as Token).raw)) {
      const nx = t[m.last] as Token;
      out.push({ start: d.start, end: nx.end, text: nx.raw[0]?.toUpperCase() + nx.raw.slice(1) });
    } else out.push(d);
  } else if (m.first > s.first) out.push(removeTokens(doc, m.first, m.last, 'Leave it out'));
  return [...out, ...sayInstead("I've brought this up before, and it matters to me.")(doc, m)];
}

/** Guards most rules share: nothing warm around, and (for questions) opening the clause. */
const cold = (doc: Doc, first: number, hit: { end: number }): boolean => !warm(doc, first, hit.end);
const openCold = (doc: Doc, first: number, hit: { end: number }): boolean =>
  opens(doc, first) && !warm(doc, first, hit.end);

/** No "please" or thanks in the sentence or the next: a bare demand, not a request (round h31). */
export function bare(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const next = doc.sentences[(doc.tokens[first] as Token).sent + 1];
  return !/\b(?:please|pls|plz|thanks?|thx|ty|appreciated?)\b/i.test(
    doc.text.slice(s.start, (next ?? s).end),
  );
}

/** After token `i`, only stance words ("even", "exactly", "dude") until the clause ends. */
function endsAfter(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i - 1);
  let k = i;
  while (
    k < s.last &&
    /^(?:even|exactly|here|then|again|dude|man|bro|mate|seriously|anyway)$/.test(w(doc, k))
  )
    k++;
  return isClauseEnd(doc, k - 1);
}

/** Opens its clause, bare, nothing warm around. */
export const demand = (doc: Doc, first: number, hit: { end: number }): boolean =>
  opens(doc, first) && bare(doc, first) && !warm(doc, first, hit.end);

/** What most rules here share: a challenge asked as a question, a presumption, a reminder. */
const ASKS = { severity: 2, min: 'balanced', why: 'rhetorical' } as const;
const MILD = { severity: 1, min: 'strict', why: 'rhetorical' } as const;
const DOWN = { severity: 2, min: 'balanced', why: 'command', category: 'talking-down' } as const;
const AGAIN = { severity: 2, min: 'balanced', why: 'history', category: 'talking-down' } as const;

export const challenge = phraseFamily({
  id: 'challenge',
  category: 'contempt',
  phrases: [
    // -- Accusing "how" and "what" ----------------------------------------------------------------
    {
      // "how exactly is that supposed to work?", "so how is this even supposed to help"
      pattern: "how exactly? is|was|'s that|this|it even? supposed|meant to",
      rule: 'how-supposed',
      ...ASKS,
      guard: (doc, first, hit) => {
        const words = textOf(doc, first, hit.end).toLowerCase();
        return /\b(?:exactly|even)\b/.test(words) && opens(doc, first) && !warm(doc, first, hit.end);
      },
      suggest: sayInstead(UNDERSTAND),
    },
    {
      // "how is that even an answer?", "how is this even remotely relevant"
      pattern:
        "how is|was|'s that|this|it even|evn a|an|remotely|relevant|related|helpful|useful|close|fair|acceptable|reasonable|sensible|on_topic|constructive",
      rule: 'how-even',
      ...ASKS,
      guard: openCold,
      suggest: sayInstead("I'm not sure how this fits. Could you tell me more?"),
    },
    {
      // "what were you thinking?", "what on earth were u thinking when you sent that"
      pattern: 'what on_earth|the_hell|the_heck|in_the_world? were|was you|u even? thinking',
      rule: 'what-thinking',
      ...ASKS,
      guard: (doc, first, hit) => {
        const nx = w(doc, hit.end);
        if (/^(?:of|about|for|on|regarding|doing|to|re|with)$/.test(nx)) return false;
        return opens(doc, first) && !warm(doc, first, hit.end);
      },
      suggest: sayInstead("Could you tell me what you had in mind? I'd like to understand."),
    },
    {
      // "are you seriously suggesting that…", "are you really telling me…"
      pattern:
        'are|r you|u seriously|really|actually|honestly suggesting|saying|telling_me|claiming|arguing|implying|accusing|trying_to_tell_me|meaning_to',
      rule: 'seriously-suggesting',
      ...ASKS,
      guard: openCold,
      // From the verb on ("meaning to", "telling me" and "trying to tell me" are more than one word).
      suggest: (doc, m) => [askWith(doc, m.first, m.first + 3, 'just to check, are you')],
    },
    {
      // "are you even aware of the policy?", "are you actually familiar with what this involves"
      pattern: 'are|r you|u even|actually aware|familiar',
      rule: 'seriously-suggesting',
      ...ASKS,
      guard: openCold,
      suggest: (doc, m) => [removeTokens(doc, m.first + 2, m.first + 3, 'Leave it out')],
    },
    {
      // "what exactly is wrong with it?"
      pattern: 'what exactly is|was wrong with',
      rule: 'whats-wrong-with',
      ...ASKS,
      guard: openCold,
      suggest: (doc, m) => [askWith(doc, m.first, m.last, 'could you tell me what concerns you about')],
    },
    {
      // "why did you just do that?", "why would you even say that"
      pattern: 'why|how_come did|would you|u just do|say|write|post|pull that|this',
      rule: 'why-just',
      ...ASKS,
      guard: (doc, first, hit) =>
        opens(doc, first) && isClauseEnd(doc, hit.end - 1) && !warm(doc, first, hit.end),
      suggest: (doc, m) => {
        const said = sayInstead("That surprised me. Could you tell me why? I'd like to understand.")(doc, m);
        // In a longer message (more questions after it), the question stays and only "just" goes:
        // three sentences of ours for one would drown what the person goes on to ask.
        if (doc.sentences.length < 2) return said;
        const t = doc.tokens;
        let k = m.first + 2;
        while (k < m.last && (t[k] as Token).w !== 'just') k++;
        if (k === m.last) return said;
        const cut = { start: (t[k - 1] as Token).end, end: (t[k] as Token).end, text: '' };
        return [{ ...cut, label: `Leave out \u201c${(t[k] as Token).raw}\u201d` }, ...said];
      },
    },
    {
      // "so why are you even editing it?""
      pattern: 'why|y are|r|were you|u even @ANY',
      rule: 'why-just',
      ...ASKS,
      guard: (doc, first, hit) => {
        const v = w(doc, hit.end - 1);
        return v.length > 4 && v.endsWith('ing') && opens(doc, first) && !warm(doc, first, hit.end);
      },
      suggest: (doc, m) => [
        askWith(
          doc,
          m.first,
          m.first + 4,
          "can you help me understand why you're",
          " I'd like to understand.",
        ),
      ],
    },
    // -- Disbelief as a challenge -----------------------------------------------------------------
    {
      // "is this a joke?", "is this some kind of joke??", "is this supposed to be a joke"
      pattern:
        'is|was this|that|it some_kind_of_a|some_sort_of_a|supposed_to_be_a|meant_to_be_a|some_kind_of|some_sort_of|a joke',
      rule: 'joke',
      ...ASKS,
      guard: (doc, first, hit) =>
        opens(doc, first) && isClauseEnd(doc, hit.end - 1) && !warm(doc, first, hit.end),
      suggest: sayInstead(SURPRISED),
    },
    {
      // "you can't be serious", "you cannot be serious about this"
      pattern: "you|u can't|cant|cannot|can_not be serious",
      rule: 'serious',
      ...ASKS,
      guard: (doc, first, hit) => {
        const nx = w(doc, hit.end);
        return (isClauseEnd(doc, hit.end - 1) || nx === 'about') && !warm(doc, first, hit.end);
      },
      suggest: sayInstead(SURPRISED),
    },
    {
      // "what's wrong with just following the guide?", "what is wrong with adding a link"
      pattern: "what's|whats|what_is wrong with",
      rule: 'whats-wrong-with',
      ...ASKS,
      guard: (doc, first, hit) => {
        let k = hit.end;
        const just = w(doc, k) === 'just' || w(doc, k) === 'simply';
        if (just) k++;
        const nx = w(doc, k);
        if (
          !(
            just ||
            (nx.length > 4 &&
              nx.endsWith('ing') &&
              !/^(?:(?:some|every|any|no)?thing|morning|evening|wedding|building|feeling|meeting|setting)$/.test(
                nx,
              ))
          )
        )
          return false;
        return opens(doc, first) && !warm(doc, first, hit.end);
      },
      suggest: (doc, m) => [
        // "what's wrong with just asking?" asks why not: "is there a problem with just asking?".
        askWith(
          doc,
          m.first,
          m.last,
          /^(?:just|simply)$/.test(w(doc, m.last))
            ? 'is there a problem with'
            : 'could you tell me what concerns you about',
        ),
        ...sayInstead('Could you tell me what concerns you about it?')(doc, m),
      ],
    },
    {
      // "what is it with you and this template", "whats up with you deleting everything"
      pattern: "what_is_it|what's_it|whats_it|what_is_up|what's_up|whats_up with you|u|ya",
      rule: 'what-is-it-with',
      ...ASKS,
      guard: (doc, first, hit) => {
        const nx = w(doc, hit.end);
        const up = /up/.test(textOf(doc, first, hit.end).toLowerCase());
        if (up && !(nx.length > 4 && nx.endsWith('ing')) && nx !== 'and' && nx !== 'always') return false;
        if (!up && !(nx === 'and' || isClauseEnd(doc, hit.end - 1) || nx.endsWith('ing'))) return false;
        return opens(doc, first) && !warm(doc, first, hit.end);
      },
      suggest: sayInstead("I've noticed this a few times. Could you tell me what's going on?"),
    },
    // -- "did you even", "have you actually", "did you not" -------------------------------------
    {
      pattern: `did|do|does|have|has|had you|u not_even_bother_to|even_bother_to|not_even|bother_to|even|evn|actually|not|bother ${CHECKED}`,
      rule: 'did-you-even',
      ...ASKS,
      guard: (doc, first, hit) => {
        const mk = w(doc, first + 2);
        // "did you not see my text? no worries": a "not" only with reading or checking.
        if (
          mk === 'not' &&
          !/^(?:read|check|checked|look|looked|test|tested|try|tried|bother|understand)$/.test(
            w(doc, hit.end - 1),
          )
        )
          return false;
        return opens(doc, first) && !warm(doc, first, hit.end);
      },
      suggest: sincereCheck,
    },
    // -- Presuming ignorance ----------------------------------------------------------------------
    {
      // "you should know better", "you of all people should know that by now"
      pattern:
        'you|u should|ought_to|oughta know|have_known|understand|realise|realize better|this|that|it? by_now|better',
      rule: 'should-know',
      ...DOWN,
      guard: cold,
      suggest: sayInstead(TOGETHER),
    },
    {
      pattern: 'you|u of all_people',
      rule: 'should-know',
      ...DOWN,
      guard: cold,
      suggest: sayInstead(TOGETHER),
    },
    {
      // "surely you know how citations work", "surely even you can see that"
      pattern:
        'surely|sure_you even? you|u know|understand|see|realise|realize|remember|can_see|can_understand|must_know|must_see',
      rule: 'surely',
      ...DOWN,
      guard: cold,
      suggest: sayInstead(TOGETHER),
    },
    {
      // "obviously you didn't read the thread", "clearly u haven't looked"
      pattern: `obviously|clearly|evidently you|u didn't|didnt|did_not|haven't|havent|have_not|never even? ${CHECKED}`,
      rule: 'obviously-not',
      ...DOWN,
      guard: cold,
      suggest: (doc, m) => {
        const neg = w(doc, m.first + 2);
        const past = /^(?:didn't|didnt|did_not)$/.test(neg);
        const have = /^(?:haven't|havent|have_not)$/.test(neg);
        let v = m.first + 3;
        if (w(doc, v) === 'even') v++;
        const out: Draft[] = [];
        if (past || have)
          out.push(askWith(doc, m.first, v, past ? "I'm not sure you got to" : "I'm not sure you've"));
        // A statement, not a question: drop the question mark askWith added.
        return [
          ...out.map((d) => ({ ...d, text: d.text.replace(/\?$/, doc.style.lower ? '' : '.') })),
          ...sayInstead(TOGETHER)(doc, m),
        ];
      },
    },
    {
      // "it's not that hard", "its really not that hard to check the docs"
      pattern:
        "it's|its|it_is|that's|thats|this_is|it_isn't|it_isnt|that_isn't not? that|so hard|difficult|complicated",
      rule: 'not-hard',
      ...DOWN,
      guard: (doc, first, hit) => {
        const words = textOf(doc, first, hit.end).toLowerCase();
        if (!/not|n't/.test(words)) return false;
        const nx = w(doc, hit.end);
        const end = isClauseEnd(doc, hit.end - 1);
        if (!end && nx !== 'to') return false;
        // "it's not that hard once you get the hang of it": encouragement.
        return opens(doc, first) && !warm(doc, first, hit.end);
      },
      suggest: (doc, m) => {
        const nx = w(doc, m.last);
        if (nx === 'to')
          return [
            askWith(doc, m.first, m.last + 1, 'could you'),
            ...sayInstead("I think this is doable, and I'd really appreciate it.")(doc, m),
          ];
        return sayInstead("I think this is doable, and I'd really appreciate it.")(doc, m);
      },
    },
    {
      // "as I already said, …", "like i said before", "as i've said three times now"
      pattern:
        "as|like i|i've|ive|i_have already? said|told_you|told_u|mentioned|explained|stated|pointed_out|wrote already|before|twice|repeatedly|three_times|several_times|many_times|multiple_times|a_few_times?",
      rule: 'as-i-said',
      ...AGAIN,
      guard: (doc, first, hit) =>
        /already|before|twice|repeatedly|times/.test(textOf(doc, first, hit.end).toLowerCase()) &&
        !warm(doc, first, hit.end),
      span: (doc, first, hit) => {
        let end = hit.end;
        if (w(doc, end) === 'now' || w(doc, end) === 'already') end++;
        return [first, end];
      },
      suggest: dropAside,
    },
    {
      // "I've told you twice already", "ive told u like five times"
      pattern:
        "i've|ive|i_have|i told|asked|explained|said you|u|this|it like? twice|already|two_times|three_times|four_times|five_times|several_times|multiple_times|a_few_times|3_times|4_times|5_times",
      rule: 'told-twice',
      ...AGAIN,
      guard: cold,
      suggest: sayInstead("I've brought this up before, and it matters to me."),
    },
    {
      // "for the third time, the answer is no" (not "for the third time this week I burned…")
      pattern: 'for the second|third|fourth|sixth|seventh|eighth|ninth|2nd|3rd|4th|5th time',
      rule: 'nth-time',
      ...AGAIN,
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (hit.end >= s.last) return false;
        const gap = doc.text.slice(
          (doc.tokens[hit.end - 1] as Token).end,
          (doc.tokens[hit.end] as Token).start,
        );
        return /[,;:\u2014\u2013-]/.test(gap) && !warm(doc, first, hit.end);
      },
      suggest: dropAside,
    },
    {
      // "you do realise that…", "you do know how this works, right?"
      pattern: 'you|u do realise|realize|understand|know that|how|what',
      rule: 'you-do-realise',
      ...DOWN,
      guard: openCold,
      suggest: (doc, m) => [
        replaceTokens(doc, m.first, m.first + 3, cased(doc, m.first, `I'm not sure you saw`)),
        ...sayInstead(TOGETHER)(doc, m),
      ],
    },
    // -- Puzzled accusation -----------------------------------------------------------------------
    {
      // "I'm puzzled that you just deleted…", "i'm honestly baffled by why you closed this"
      pattern:
        "i'm|im|i_am|i_was|i_remain honestly|really|genuinely|quite|just|frankly|truly? puzzled|baffled|mystified|perplexed|bewildered|flabbergasted",
      rule: 'puzzled',
      ...ASKS,
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const nx = w(doc, hit.end);
        if (!/^(?:that|why|how|by|at|as|you|u)$/.test(nx)) return false;
        let you = false;
        for (let k = hit.end; k < s.last && k < hit.end + 5; k++) if (YOU.has(w(doc, k))) you = true;
        return you && !warm(doc, first, hit.end);
      },
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        let k = m.last;
        while (k < s.last && !YOU.has(w(doc, k))) k++;
        let how = 'why';
        for (let j = m.last; j < k; j++) if (w(doc, j) === 'how') how = 'how';
        return [
          askWith(doc, m.first, k, `could you help me understand ${how}`),
          ...sayInstead("I'd like to understand what happened here. Could you tell me?")(doc, m),
        ];
      },
    },
    {
      // "I fail to see why you removed it", "I don't see how you can call that a source"
      pattern: 'i fail|failed|fail_entirely to see|understand why|how|what',
      rule: 'fail-to-see',
      ...ASKS,
      guard: cold,
      suggest: (doc, m) => [askWith(doc, m.first, m.last - 1, 'could you help me understand')],
    },
    {
      pattern:
        "i don't|dont|do_not|can't|cant|cannot|really_don't|honestly_don't see|understand how|why you|u can|could|would|think|thought|possibly",
      rule: 'fail-to-see',
      ...ASKS,
      guard: cold,
      suggest: (doc, m) => [askWith(doc, m.first, m.first + 3, 'could you help me understand')],
    },
    {
      // "explain to me why you reverted it" (not "can you explain to me how billing works?")
      pattern: 'explain to me why|how|what',
      rule: 'explain',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: openCold,
      suggest: (doc, m) => [
        replaceTokens(doc, m.first, m.first + 3, cased(doc, m.first, 'help me understand')),
      ],
    },
    {
      // "care to explain?", "would you care to explain what you were doing?"
      pattern: 'care to explain|explain_yourself|explain_that|explain_this',
      rule: 'care-to-explain',
      ...ASKS,
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const nx = w(doc, hit.end);
        const ok =
          hit.end >= s.last ||
          isClauseEnd(doc, hit.end - 1) ||
          /^(?:why|what|how|yourself|this|that)$/.test(nx);
        const at = /^(?:you|u)$/.test(w(doc, first - 1)) && w(doc, first - 2) === 'would' ? first - 2 : first;
        return ok && opens(doc, at) && !warm(doc, first, hit.end);
      },
      span: (doc, first, hit) => [
        /^(?:you|u)$/.test(w(doc, first - 1)) && w(doc, first - 2) === 'would' ? first - 2 : first,
        hit.end,
      ],
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        const lead = 'could you help me understand';
        if (m.last >= s.last || isClauseEnd(doc, m.last - 1))
          return [toSentenceEnd(doc, m.first, cased(doc, m.first, `${lead}?`).replace(/^c/, 'C'))];
        return [askWith(doc, m.first, m.last, lead)];
      },
    },
    // -- Round h31: the talk page's bare challenges ----------------------------------------------
    {
      // "What exactly is your point?", "what's ur point even"
      pattern: "what exactly? is|'s|was your|ur point|agenda",
      rule: 'your-point',
      ...ASKS,
      guard: (doc, first, hit) => endsAfter(doc, hit.end) && demand(doc, first, hit),
      suggest: (doc, m) => [
        toSentenceEnd(doc, m.first, cased(doc, m.first, 'could you explain your point?')),
      ],
    },
    {
      // "Where is your source for this?" → "Could you share your source for this?"
      pattern: "where is|'s|are your|ur source|sources|evidence|proof|citation",
      rule: 'your-source',
      ...ASKS,
      guard: demand,
      suggest: (doc, m) => [askWith(doc, m.first, m.last - 1, 'could you share your')],
    },
    {
      // "Why do you keep adding this back?"; "why does my script keep…" is about a thing
      pattern: 'why|how_come do|did|would you|u keep|continue',
      rule: 'why-keep',
      ...ASKS,
      category: 'absolutes',
      guard: demand,
      suggest: (doc, m) => [askWith(doc, m.first, m.last - 1, 'could you help me understand why you')],
    },
    {
      // "Explain yourself."
      pattern: 'explain yourself|urself',
      rule: 'explain-yourself',
      ...DOWN,
      guard: (doc, first, hit) => endsAfter(doc, hit.end) && demand(doc, first, hit),
      suggest: (doc, m) => [
        toSentenceEnd(doc, m.first, cased(doc, m.first, 'could you help me understand what happened?')),
      ],
    },
    // -- Strict only: a plain "why did you" with a removal verb -----------------------------------
    {
      pattern: `why|how_come did|are|were|would you|u ${REMOVAL}`,
      rule: 'why-removed',
      ...ASKS,
      guard: (doc, first, hit) => pressed(doc, first) && opens(doc, first) && !warm(doc, first, hit.end),
      suggest: whyAct,
    },
    {
      pattern: `why|how_come did|are|were you|u ${REMOVAL}`,
      rule: 'why-removed-mild',
      ...MILD,
      guard: openCold,
      suggest: whyAct,
    },
  ],
});
