/**
 * Threats and doors shut, as frames with open slots (crossb38, session 38), written against the
 * helper's own probe (`kinds-crossb38.tsv`, its first half):
 * - a last straw and what follows it: "one more <offence> and <anything>" ("one more snide remark
 *   and your bike goes in the canal", "another excuse and I'm changing the locks"; not "one more lap
 *   and I'm done");
 * - restraint held over them: "you're lucky I'm not there", "lucky for you I don't have your
 *   address", "you better pray I never see you" (not "you're lucky I had a spare charger");
 * - a warning after an order: "go away before I do something stupid", "get out before I throw
 *   something" (not "…before I say something silly", "…before I throw it in the wash");
 * - violence wished by proxy: "somebody should punch that ref" (not "someone should slap a label on");
 * - a cold line closed with "bye" ("not reading your essay, bye"; not "gotta run, bye!"), or someone
 *   sent out of a shared place ("get out of this sub"; not "leave the chat open");
 * - the task handed back: "cook your own dinner then", "work it out yourself since you know
 *   everything" (not "try it yourself, it's easy!");
 * - a provocation: "keep pushing my buttons", "keep testing my patience".
 * Kept small (the detection bundle has a size budget): shared guards; the rewordings (not in that
 * bundle) say the point plainly.
 */
import { COUNTDOWN_UNITS } from '../lexicon';
import type { Doc } from '../text';
import { phraseFamily } from './phrases';
import { cold, type G, kind } from './rebuffs';
import {
  clauseEnd,
  closesClause,
  type Draft,
  isClauseEnd,
  isImperative,
  isSentenceStart,
  type Match,
  mentionsYou,
  roughPolarity,
  lowerSentence as sen,
  sentenceOf,
  textOf,
  toSentenceEnd,
} from './rule';

const w = (doc: Doc, i: number): string => doc.tokens[i]?.w ?? '';
/** The text of tokens [from, to) lower case. */
const low = (doc: Doc, from: number, to: number): string => textOf(doc, from, to).toLowerCase();
/** The text within 200 characters of token `i`, lower case (bounded: guards run at every hit). */
const near = (doc: Doc, i: number): string => {
  const at = doc.tokens[i]?.start ?? 0;
  return doc.text.slice(Math.max(0, at - 200), at + 200).toLowerCase();
};
/** Cold (rebuffs.ts), with no laughter, thanks, love or a visit planned near it. */
const plain: G = (doc, first, end) =>
  cold(doc, first, end) &&
  !/\b(?:lol|lmao|haha|hehe|jk|thanks?|thx|love)\b|[\u2764\u{1F602}\u{1F923}\u{1F60A}\u{1F642}\u{1F60D}\u{1F970}]/u.test(
    near(doc, first),
  );
/** The 15 tokens before `first` in its sentence, lower case. */
const lead = (doc: Doc, first: number): string =>
  low(doc, Math.max(sentenceOf(doc, first).first, first - 15), first);

/** "one more snide comment and <their loss / me acting / everyone told>". */
const lastStraw: G = (doc, first, end) => {
  let n = false;
  for (let k = first + 1; k < end - 1; k++)
    if (
      /^(?:words?|comments?|remarks?|crack|lies?|excuses?|peep|stunt|insult|complaint|dig|joke|mistake|message|text|call|outburst|tantrum|attitude)$/.test(
        w(doc, k),
      )
    )
      n = true;
  const c = low(doc, end, Math.min(end + 15, clauseEnd(doc, end) + 1));
  const p = roughPolarity(c);
  return (
    n &&
    (isSentenceStart(doc, first) || isSentenceStart(doc, first - 1)) &&
    /^(?:your|ur|every\w+|the (?:whole|police|cops)|i'?m|im|i'?ll|ill|i will|you'?(?:re|ll)|youre|youll|u|we'?re|it'?s|that'?s|see|watch)\b/.test(
      c,
    ) &&
    p.pos <= p.neg &&
    plain(doc, first, end)
  );
};

/** "you're lucky I'm not there": what the I-clause after holds back. */
const heldBack: G = (doc, first, end) =>
  /\b(?:not|never|no|\w+n't|cant|dont|didnt|wasnt|good mood)\b/.test(low(doc, end - 1, end + 5)) &&
  plain(doc, first, end);

/** "somebody should punch that ref": a person hit, not a thing ("slap a label on"). */
const proxy: G = (doc, first, end) =>
  /^(?:him|her|them|you|u|this|that|the|his|some)$/.test(w(doc, end)) &&
  !/\b(?:on|onto|together|label|sticker|sign|price|numbers?|button|paint)\b|\boff$/.test(
    low(doc, end, Math.min(end + 12, clauseEnd(doc, end - 1) + 1)),
  ) &&
  (w(doc, end - 1) !== 'teach' || /\blesson\b/.test(sen(doc, first))) &&
  plain(doc, first, end);

/** "…, bye" as the last word of a short cold message, not a goodbye with a plan. */
const byeShut: G = (doc, first, end) => {
  if (end < doc.tokens.length || !first || doc.text.length > 200) return false;
  const before = low(doc, Math.max(0, first - 20), first);
  const p = roughPolarity(before);
  return (
    (isClauseEnd(doc, first - 1) || /^(?:ok|okay|k|so|and|then)$/.test(w(doc, first - 1))) &&
    p.pos - p.neg < 2 &&
    !/!|\b(?:see (?:you|u|ya)|talk (?:soon|later)|tomorrow|tonight|night|gotta|have to|got to|need to|sorry|meeting|work|class|driving|call|xx?|no (?:worries|problem|stress)|all good)\b/.test(
      before,
    ) &&
    (p.neg > 0 ||
      /\b(?:not|no|never|\w+n't|cant|dont|nothing|nobody|whatever|done|leave|leaving|enough)\b/.test(
        before,
      )) &&
    plain(doc, first, end)
  );
};

/** "get out of this sub": sent out of a shared place, the clause ending there or on a condition. */
const sentOut: G = (doc, first, end) =>
  (isImperative(doc, first) || /^(?:and|just|now|then)$/.test(w(doc, first - 1))) &&
  !/^(?:don'?t|never|not|please|pls)$/.test(w(doc, first - 1)) &&
  (closesClause(doc, end, sentenceOf(doc, first)) ||
    /^(?:if|then|and|since|because|already|forever)\b|^from now/.test(low(doc, end, end + 2))) &&
  plain(doc, first, end);

/** "cook your own dinner then": the task handed back, said cold, not asked, not to oneself. */
const handBack: G = (doc, first, end) => {
  const s = sentenceOf(doc, first);
  const tail = w(doc, end - 1);
  const line = sen(doc, first);
  return (
    s.last - s.first < 30 &&
    !line.includes('?') &&
    !/^(?:to|it|of|after|treat|enjoy|be|pamper|spoil|believe|trust|love)$/.test(w(doc, first - 1)) &&
    !/\b(?:if|when|once|unless)\b/.test(lead(doc, first)) &&
    isImperative(doc, s.first) &&
    (tail === 'then'
      ? isClauseEnd(doc, end - 1)
      : tail === 'on'
        ? end >= s.last
        : /^(?:you|u|ur|you're|youre)$/.test(w(doc, end))) &&
    !/\b(?:see you|we'?ll|meet|let me know|here'?s|happy to)\b/.test(low(doc, end, end + 12)) &&
    plain(doc, first, end)
  );
};

/** An order, then the clause: "go away before I do something stupid", "keep pushing my buttons". */
const ordered: G = (doc, first, end) =>
  isImperative(doc, sentenceOf(doc, first).first) && plain(doc, first, end);

/**
 * ultim41: a condition on their act before the clause at `first` (in its sentence): the act once more
 * ("…again and", "one more excuse and", "miss another rent day and"; not a countdown: "one more
 * episode and"), "next time you …", "next game you throw, …", "if you ever …", "keep …ing and", an
 * "if" that is not met ("if the part isn't here by Monday …"), or an order before "or".
 */
const onCondition = (doc: Doc, first: number): boolean => {
  const f = sentenceOf(doc, first).first;
  const pre = lead(doc, first);
  if (/^(?:either|whether|i|we|do (?:you|u)|does|did|are|is|can|could|would|will)\b/.test(pre)) return false;
  if (/\bor(?: else)?(?: \S+){0,3}$/.test(pre)) return isImperative(doc, f);
  for (let k = Math.max(f, first - 15); k < first; k++) {
    const x = w(doc, k);
    if (/^(?:one|1|another)$/.test(x)) {
      const n = x === 'another' ? k + 1 : k + 2;
      // "another 5 minutes and": the unit after a number.
      const u = /^\d/.test(w(doc, n)) ? n + 1 : n;
      if ((x === 'another' || w(doc, k + 1) === 'more') && !COUNTDOWN_UNITS.has(w(doc, u))) return true;
    }
  }
  return /\b(?:again|once more|any more of)\b|^(?:the )?next (?:\S+ ){0,2}(?:you|u) (?!(?:are|come (?!home)|visit|stop|drop|pass|fly|head|get|can|want|need)\b)|^if (?:you|u) ever\b|^(?:if (?:you|u) )?keep (?:on |it up|this up|\w+ing\b)|^if\b.*\b(?:not|\w+n'?t|until|till)\b/.test(
    pre,
  );
};

/**
 * ultim41: what they lose after that condition, any subject: "…you can pack your stuff", "…you're
 * finding somewhere else to live", "…the locks will be changed", "…your lease won't be renewed", "…it
 * all goes in the bin", "…the whole family hears about it", "…you'll answer to me". The condition
 * and the cold sentence (`plain`) keep "next time you're over, I'm cooking" and "comment one more
 * time and you're entered twice" clean.
 */
/** No kinder than it is harsh (the sentence, short: `plain` has read its length first). */
const unwarm = (t: string): boolean => {
  const p = roughPolarity(t);
  return p.pos <= p.neg;
};

const cost: G = (doc, first, end) => {
  // The act is theirs: "you", "your" in the sentence or an order opening it (not "this zipper broke again").
  if (
    !onCondition(doc, first) ||
    (!mentionsYou(doc, first) && /^(?:this|that|it|i|we|my|the)$/.test(w(doc, sentenceOf(doc, first).first)))
  )
    return false;
  // "…you will find your answers": what is found is their things, thrown out.
  if (
    /^find/.test(w(doc, end - 2)) &&
    /^(?:your|ur)$/.test(w(doc, end - 1)) &&
    !/^(?:stuff|things|shit|crap|junk|clothes|bags?)$/.test(w(doc, end))
  )
    return false;
  // "…looking for general material": what is looked for is a new home or job.
  if (w(doc, end - 1) === 'for' && !/^(?:another|a|somewhere|someone|somebody|new)$/.test(w(doc, end)))
    return false;
  const c = low(doc, Math.max(0, first - 6), end + 2);
  return (
    (/\b(?:changed|renewed)$/.test(low(doc, first, end))
      ? /\b(?:lock|lease|password|code)/.test(c) &&
        (!/renewed$/.test(low(doc, first, end)) || /\b(?:not|won'?t|wont)\b/.test(c))
      : true) &&
    plain(doc, first, end) &&
    unwarm(sen(doc, first))
  );
};

/** ultim41: said after a push to go on ("keep talking, see where it gets you", "go on. see what happens to you"). */
const egged: G = (doc, first, end) =>
  /\b(?:keep|again|carry on|go on|go ahead|one more|try me|i dare)\b/.test(near(doc, first)) &&
  plain(doc, first, end);

/** ultim42: the clause ends at `end` (or goes on "when you do", "…if you try"). */
const ends = (doc: Doc, end: number): boolean =>
  closesClause(doc, end, sentenceOf(doc, end - 1)) ||
  /^(?:(?:when|if) (?:you|u) (?:do|try)|and (?:find|see))\b/.test(low(doc, end, end + 3));

/** ultim42: a dare or "see what happens" after a push ("go ahead, try me", "post that and see what happens"). */
const dared: G = (doc, first, end) =>
  ends(doc, end) &&
  (/\b(?:go ahead|go on(?: then)?|i dare|dare you|find out|see (?:what|how|where)|(?:do|say|post|touch|tell) (?:it|that|me)(?: again)?(?: and)?|^fine)\W*$/.test(
    lead(doc, first),
  ) ||
    /^\W*(?:i dare|and find out|see (?:what|how))/.test(low(doc, end, end + 3))) &&
  plain(doc, first, end);

/**
 * ultim42: their doings told ("I'll tell everyone what you did", "I'll make sure the team knows about
 * this", "everyone will hear about what you said"; not "…what you did for me", "…about your bakery").
 */
/** ultim42: no condition in the sentence (a threat on one is the ultimatum's, consequence.ts). */
const bare = (doc: Doc, first: number): boolean => !/\b(?:if|unless|or|again)\b/.test(sen(doc, first));
const told: G = (doc, first, end) =>
  bare(doc, first) &&
  /\b(?:i'?ll|ill|i will|i'?m|im|i am|every(?:one|body))\b/.test(lead(doc, first)) &&
  /^(?:about )?(?:(?:what )?(?:you|u)(?:'ve)? (?:did|said|done|wrote|texted|sent)\b(?! (?:for|to) (?:me|us))|(?:this|that|you|u)\b(?! (?:is|was|are)\b))/.test(
    low(doc, end, end + 6),
  ) &&
  plain(doc, first, end) &&
  unwarm(sen(doc, first));

/** ultim42: "I'm going to HR about this", "i'm taking this to your boss" (not "…to HR to drop my forms"). */
const escalated: G = (doc, first, end) =>
  bare(doc, first) &&
  /^(?:(?:the|your|ur|my) )?(?:hr|boss|manager|management|police|cops|principal|teacher|mods|admins|landlord|lawyer|union)(?:\W*$| (?:about|with|over) (?:this|it|that|you|u|what)\b)/.test(
    doc.text.slice(doc.tokens[end]?.start, sentenceOf(doc, first).end).toLowerCase().trim(),
  ) &&
  plain(doc, first, end);

/** ultim42: "I'll screenshot this and post it", "I'll post the whole chat on twitter". */
const shared: G = (doc, first, end) =>
  bare(doc, first) &&
  /\b(?:i'?ll|ill|i will|i'?m|im|gonna)\W*$/.test(lead(doc, first)) &&
  (/^screen/.test(w(doc, first))
    ? /^(?:\W*$|and (?:post|send|show|shar|forward)\w* (?:it|this|them) (?!to (?:you|u|me)\b))/.test(
        doc.text
          .slice(doc.tokens[end - 1]?.end, sentenceOf(doc, first).end)
          .toLowerCase()
          .trim(),
      )
    : /^(?:chat|conversation|convo|messages|texts|dms|thread)$/.test(w(doc, end))) &&
  plain(doc, first, end) &&
  unwarm(sen(doc, first));

/** ultim42: the words from token `end` to the end of its sentence. */
const rest = (doc: Doc, end: number): string =>
  doc.text.slice(doc.tokens[end]?.start, sentenceOf(doc, end - 1).end).toLowerCase();
/** ultim42: what they owe by a deadline or a last chance: "…to pay me back", "…to apologise". */
const OWED =
  'to (?:pay (?:me|back|up|what)|give (?:me|back|it back)|return (?:my|it)|(?:move|get|clear) (?:out|your)|apologi|explain yourself|(?:fix|sort) (?:this|it|that)|(?:reply|answer|respond|decide)(?: to me| me)?[.\\s]*$|make it right)';
const DUE = new RegExp(`^(?:(?!to\\b)\\S+\\s*){0,5}?(?:\\.*$|(?:or|then|after that)\\b|${OWED})`);
const LAST = new RegExp(`^(?:[.,;:\\s]*$|${OWED})`);

/**
 * ultim42: a deadline set for them, bare or with what they owe ("you have until Friday to pay me back",
 * "you've got 24 hours.", "…till 5, then I go to your boss"; not "…to submit, no rush", "…to claim
 * your prize!").
 */
const deadline: G = (doc, first, end) =>
  isSentenceStart(doc, first) &&
  // "…till friday. after that I change the locks": the next sentence's threat says it all.
  !/^\W*(?:after that|then)\b/i.test(doc.text.slice(sentenceOf(doc, first).end)) &&
  DUE.test(rest(doc, end)) &&
  !/!|\bno (?:rush|pressure|worries|stress)|\btake your time|\bchoice\b|\bcongrat/.test(near(doc, first)) &&
  plain(doc, first, end) &&
  unwarm(sen(doc, first));

/** ultim42: "this is your last chance (to apologise)", "last chance." as its own clause. */
const chance: G = (doc, first, end) =>
  (LAST.test(rest(doc, end)) ||
    (isSentenceStart(doc, first) && closesClause(doc, end, sentenceOf(doc, first)))) &&
  !sen(doc, first).includes('!') &&
  plain(doc, first, end);

/** The rewordings (the reword bundle only): the point kept, the threat or the door taken out. */
const SAY: Readonly<Record<string, string>> = {
  lucky: "I'm really angry right now, and I need a moment to cool down.",
  warn: "I'm really angry right now, and I need some space to cool down.",
  proxy: 'This makes me really angry.',
  bye: "I'm stepping away for now, and I'd rather talk when I'm calmer.",
  out: "I don't think this is the right place for that, and I'd rather say so plainly.",
  hand: "I'd like you to take this one on yourself. Can we talk about sharing the load?",
  dare: "I'm close to my limit. Please give me some space.",
  deadline: 'This really matters to me.',
  tell: "I'm really upset about this, and I need us to talk about it.",
  make: "I'm getting really frustrated, and I need this to stop.",
  shop: "I'm really disappointed with this, and I'd like it put right.",
  self: 'I need a little time on my own. Can we talk tonight?',
  warning: 'This really matters to me, and I need us to talk about it.',
  see: 'This really matters to me, and I need us to talk about it.',
};

function say(doc: Doc, m: Match): Draft[] {
  const s = sentenceOf(doc, m.first);
  const at = doc.tokens[s.first]?.start;
  let a = m.first;
  if (m.rule === 'last') {
    // "One more snide comment and your bike goes in the canal." → "I can't take another snide comment. Please stop."
    const k = m.first + (w(doc, m.first + 1) === 'more' ? 2 : 1);
    while (a < m.last && w(doc, a) !== 'and') a++;
    return [toSentenceEnd(doc, s.first, `I can't take another ${low(doc, k, a)}. Please stop.`, at)];
  }
  // ultim42: "you've got till midnight to reply" → "Could you reply by midnight? It really matters to me.",
  // "this is your last chance to apologise" → "I need you to apologise. It really matters to me."
  if (m.rule === 'deadline') {
    const t = doc.text.slice(at, s.contentEnd);
    const o =
      /\b(?:have|got) ((?:until|till|til) )?([^,]+?)(?: to ((?:(?! or )[^,])+?))?(?:(?:,| or ).*)?[.\s]*$/i.exec(
        t,
      );
    const c = /\bto (.+?)[.\s]*$/.exec(t);
    const by = o?.[1] ? 'by' : 'within';
    if (o && !/chance/i.test(t))
      return [
        toSentenceEnd(
          doc,
          s.first,
          o[3]
            ? `Could you ${o[3]} ${by} ${o[2]}? It really matters to me.`
            : `I need this sorted ${by} ${o[2]}.`,
          at,
        ),
      ];
    if (c && /chance/i.test(t))
      return [toSentenceEnd(doc, s.first, `I need you to ${c[1]}. It really matters to me.`, at)];
  }
  // ultim42: "I'll tell everyone what you did at the party" → "I'm really hurt by what you did at the party, …".
  const wy = m.rule === 'tell' && /\b(what (?:you|u)\b.*?)[.!\s]*$/i.exec(doc.text.slice(at, s.contentEnd));
  if (wy)
    return [toSentenceEnd(doc, s.first, `I'm really hurt by ${wy[1]}, and I need us to talk about it.`, at)];
  // "Turn that down and don't make me come up there." → "Turn that down, please."
  if (m.rule === 'make' && m.first > s.first + 1)
    return [
      {
        start: doc.tokens[m.first - (w(doc, m.first - 1) === 'and' ? 2 : 1)]?.end ?? 0,
        end: s.contentEnd,
        text: ', please',
      },
    ];
  if (m.rule === 'proxy' && /^(?:him|her|them|that|the)$/.test(w(doc, m.last))) {
    // "somebody should punch that referee in the mouth" → "I'm really angry with that referee."
    const who = low(doc, m.last, m.last + (/^(?:that|the)$/.test(w(doc, m.last)) ? 2 : 1));
    return [toSentenceEnd(doc, s.first, `I'm really angry with ${who}.`, at)];
  }
  // "final warning: clean up after your dog" → "Please clean up after your dog."
  if (
    m.rule === 'warning' &&
    /:/.test(doc.text.slice(doc.tokens[m.first + 1]?.end, doc.tokens[m.last]?.start))
  )
    return [
      {
        start: doc.tokens[m.first]?.start ?? 0,
        end: doc.tokens[m.last]?.start ?? 0,
        text: doc.style.lower ? 'please ' : 'Please ',
      },
    ];
  if (m.rule === 'cost' || m.rule === 'see') {
    // The condition kept, the loss said as a talk to have: "Next time you come home drunk, the locks
    // will be changed." → "Next time you come home drunk, we'll have to sit down and talk about it.";
    // an order before "or" asked ("leave my sister alone, please. …"); "Miss another rent day and …" → "Please don't miss another rent day. …".
    while (
      a > s.first &&
      !/^(?:you|u|you'll|youll|ull|you're|youre|ur)$/.test(w(doc, a)) &&
      m.first - a < 6 &&
      !/^(?:and|&|n|or|else|then|again|more|time|ever)$/.test(w(doc, a - 1)) &&
      !/[,;:]/.test(doc.text.slice(doc.tokens[a - 1]?.end, doc.tokens[a]?.start))
    )
      a--;
    const link = w(doc, a - 1);
    const b = /^(?:and|&|n|or|else|then)$/.test(link) ? (w(doc, a - 2) === 'or' ? a - 2 : a - 1) : a;
    if (b > s.first) {
      const cond = textOf(doc, s.first, b).replace(/[,;:\s]+$/, '');
      // "keep talking, see where it gets you" → "Please stop talking. …".
      const keep = /^keep (?:on )?(.*)$/i.exec(cond);
      if (keep && !/^(?:it|this|that)\b/.test(keep[1] as string))
        return [toSentenceEnd(doc, s.first, `Please stop ${keep[1]}. It really matters to me.`, at)];
      if (keep) return [toSentenceEnd(doc, s.first, SAY.see as string, at)];
      if (/^(?:or|else)$/.test(link))
        return [toSentenceEnd(doc, s.first, `${cond}, please. This really matters to me.`, at)];
      if (
        link === 'and' &&
        !/^(?:you|u|i|we|if|next|the|my|your|ur|it|they|he|she|when)$/.test(w(doc, s.first))
      )
        return [
          toSentenceEnd(
            doc,
            s.first,
            `Please don't ${cond.charAt(0).toLowerCase()}${cond.slice(1)}. It really matters to me.`,
            at,
          ),
        ];
      if (m.rule === 'cost')
        return [toSentenceEnd(doc, s.first, `${cond}, we'll have to sit down and talk about it.`, at)];
    }
  }
  return [toSentenceEnd(doc, s.first, SAY[m.rule] ?? (SAY.warn as string), at)];
}

export const menace = phraseFamily({
  id: 'menace',
  category: 'withdrawal',
  phrases: [
    ...kind('last', 'withdrawal', 'ultimatum', [
      ['one_more|1_more|another @ANY? @ANY? @ANY? @ANY? and', lastStraw],
    ]),
    ...kind('cost', 'withdrawal', 'ultimatum', [
      [
        "you|u|you'll|youll|ull|you're|youre|ur can|will|are|r|be? pack|packing|find|finding|look|looking|start_looking|answer|answering|sleep|sleeping your|ur|up|somewhere|someone|somebody|another|a_new|for|to_me|on_the|in_the",
        cost,
      ],
      ['be|get|gets|getting changed|renewed', cost],
      [
        'in|into|out|on|onto|to the|my bin|trash|garbage|skip|window|lawn|curb|kerb|street|lawyer|police|cops',
        (d, f, e) =>
          /\b(?:go(?:es|ing)?|ends? up|thrown|tossed|find(?:ing)?|throwing|tossing)\b/.test(
            low(d, Math.max(0, f - 5), f),
          ) && cost(d, f, e),
      ],
      [
        'hears|hear|knows|know|sees|see|find_out|finds_out about? it|this|everything|what',
        (d, f, e) =>
          /^(?:family|everyone|everybody|wife|husband|boss|mum|mom|dad|parents)$/.test(w(d, f - 1)) &&
          /\b(?:or|and|then)(?: \S+){0,3}$/.test(lead(d, f)) &&
          cost(d, f, e),
      ],
    ]),
    // ultim41: "final warning: …", "last warning, mods".
    ...kind('warning', 'withdrawal', 'ultimatum', [
      [
        'final|last warning',
        (d, f, e) =>
          isSentenceStart(d, f) && !/^(?:before|for|about|of|signs?)$/.test(w(d, e)) && plain(d, f, e),
      ],
    ]),
    ...kind('see', 'withdrawal', 'ultimatum', [
      ['see|watch what_happens', dared],
      ['see|watch what_happens_to you|u', egged],
      ['see where it|that|this gets|will_get|takes you|u', egged],
    ]),
    ...kind('shop', 'withdrawal', 'withdraw', [
      // ultim41: a customer gone for good: "never ordering from this place again", "the last thing I'll ever buy from you".
      [
        'never buying|ordering|shopping|booking|flying|eating|using from|with|at|here',
        (d, f, e) => /\bagain\b/.test(low(d, e, clauseEnd(d, e) + 1)) && plain(d, f, e),
      ],
    ]),
    ...kind('self', 'withdrawal', 'withdraw', [
      // ultim41: "you can argue with yourself, bye", "talk to yourself".
      [
        'talk|argue|arguing|talking to|with yourself|urself',
        (d, f, e) => w(d, f - 1) !== 'enjoy' && /^(?:then|now|bye|i'm|im)?$/.test(w(d, e)) && plain(d, f, e),
      ],
    ]),
    ...kind('lucky', 'heat', 'ultimatum', [
      ["you're|ur|youre|you_are lucky i|i'm|im|i've|we|we're|this", heldBack],
      ["lucky_for_you|luckily_for_you i|i'm|im|i've|we|we're|this", heldBack],
      ["you|u|you'd|you_had better|best hope|pray i|i'm|im|we|nobody", plain],
    ]),
    ...kind('warn', 'heat', 'ultimatum', [
      ["before i|ill|i'll say|do something i|i'll|ill|i'd|i'm|im|stupid|dumb|nasty|rash|crazy", ordered],
      ["before i|ill|i'll throw|hit|punch|smash|slap something|you|u", ordered],
    ]),
    ...kind('proxy', 'heat', 'ultimatum', [
      [
        'someone|somebody needs_to|should|ought_to|oughta|has_to|is_gonna|is_going_to|gotta|better|needs @ANY? punch|slap|smack|strangle|throttle|deck|choke|stab|knock|teach',
        proxy,
      ],
    ]),
    ...kind('bye', 'withdrawal', 'withdraw', [
      ['bye|byee|bye_bye|peace|peace_out|cya|adios|goodbye', byeShut],
      // withdr44: "not doing this. goodnight": a goodnight closing a refusal of the talk (not "I don't
      // feel well, goodnight").
      [
        'goodnight|night',
        (d, f, e) =>
          /\bnot (?:doing|having|talking|discussing|arguing)\b|\bdon'?t want to (?:hear|talk)\b|\bwhatever\W*$/.test(
            low(d, Math.max(0, f - 20), f),
          ) && byeShut(d, f, e),
      ],
    ]),
    ...kind('out', 'withdrawal', 'withdraw', [
      [
        'leave|exit|get_out_of|stay_out_of|see_yourself_out_of|get_off @ANY? @ANY? sub|subreddit|server|discord|thread|chat|group|fandom|community|channel|guild|forum|comments|lobby|team|club',
        sentOut,
      ],
    ]),
    ...kind('hand', 'withdrawal', 'withdraw', [
      // withdr40: "…yourself from now on", "…your own lunches from now on".
      ['yourself|urself|yourselves|on_your_own then|since|because|cuz|from_now_on', handBack],
      ['your|ur own @ANY @ANY? then|since|from_now_on', handBack],
    ]),
    // ultim42: "don't make me come over there", "… call your mother" (asking twice is coldness.ts's).
    ...kind('make', 'withdrawal', 'ultimatum', [
      [
        "don't|dont|do_not make me come|call|turn|pull|stop|use|take|drag|kick|report|block",
        (d, f, e) => plain(d, f, e) && unwarm(sen(d, f)),
      ],
    ]),
    ...kind('deadline', 'withdrawal', 'ultimatum', [
      ...['until|till|til', '@ANY hours|hrs|days|minutes|mins|weeks'].map((p): [string, G] => [
        `you've_got|youve_got|you_have|you_got|u_have|u_got|you_have_got|uve_got ${p}`,
        deadline,
      ]),
      ['last|final chance', chance],
    ]),
    ...kind('tell', 'withdrawal', 'ultimatum', [
      ['tell|telling everyone|everybody|the_whole|your|ur @ANY? what|about', told],
      ['make_sure|making_sure everyone|everybody|the_whole|people|your @ANY? knows|hears|finds_out', told],
      ['will|gonna|is_going_to hear|know|find_out about', told],
      [
        "i'm|im|i'll|ill|i_am|i_will going|go|taking_this|taking_it|take_this|take_it|reporting_you|report_you straight? to",
        escalated,
      ],
      ['screenshot|screenshotting this|that|it|everything|our', shared],
      [
        'post|posting|leak|leaking|forward|forwarding the_whole|our_whole|your_whole|all_our|our|your',
        shared,
      ],
    ]),
    ...kind('dare', 'withdrawal', 'ultimatum', [
      ['try me|us', dared],

      [
        'keep pushing|testing|poking me|my_patience|my_buttons',
        (d, f, e) => w(d, e) !== 'to' && ordered(d, f, e),
      ],
    ]),
  ].map((r) => ({ ...r, severity: 1 as const, suggest: say })),
});
