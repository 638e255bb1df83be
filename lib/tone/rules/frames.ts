/**
 * Blame, absolutes, withdrawal and heat as frames with open slots (crossc35, session 35), each
 * written against the helper's own probe set (`kinds-crossc35.tsv`) and kept where it also caught
 * misses in several dev files:
 * - two absolutes in one charge: "<someone> always X and (then) never Y / and then wonder why / act
 *   surprised" (not "…and never complain", "never change": praise);
 * - a good time ended by their arrival: "<fine / a decent server / happy> until / before / the second
 *   you showed up / came along / opened your mouth", "everything went wrong the moment you…" (not
 *   "the party was dead until you showed up": the state before was bad);
 * - the writer done with an effort towards them: "I'm done / through + chasing, explaining myself,
 *   pretending, wasting my time on you…" (not "I'm done cooking, come eat" or "…for today");
 * - a threat left hanging: "I swear (to god) if you / anyone / one more…" (not with a laugh or praise);
 * - whose it was, where it traces back: "it's on you that…", "every fight we have starts with you".
 * - (crossc35b) a group's harm counted: "every single patch this studio breaks…" (absolutes.ts's
 *   `groupComplaint`, which also reads "yet again / as usual the mods…");
 * - (crossc35b) blame through a quoted word: "your "fix" bricked my phone", "cheers for the "upgrade"
 *   that wiped it" (opening the sentence or after "thanks for"; not "she called it a "shortcut"").
 * - (crossc36) the agent of a loss, whatever the verb: "you people killed this game", "you tanked our
 *   launch", "you drove away every decent player" (not "you killed it", "you blew my mind");
 * - (crossc36) harm wished on them or theirs: "hope your car breaks down", "I hope you step on a lego"
 *   (not "hope your fever breaks", "hope you don't fall");
 * - (crossc36) leaving announced: "I'm out of here", "not wasting any more of my time on this",
 *   "come back when you've grown up" (not "I'm out of here at 5, see you tomorrow", "call me when you land").
 * - (crossc36) a bitter tag after a loss: "…, hope brunch was worth it"; a kind of person typecast:
 *   "typical streamer, blames lag…" (not "typical me…", "classic film, never gets old", "…tuesday").
 * At severity 1 and marking two words, so that an older family's card leads, unchanged, where both
 * read the same words. Each rewording says the whole sentence plainly, with `rebuffs.ts`'s words for
 * its kind (the rule ids are those kinds: count, fault, silence, expose).
 */
import { isComplaint } from '../lexicon';
import type { Doc, Token } from '../text';
import { groupComplaint } from './absolutes';
import { LOSS } from './consequence';
import { phraseFamily } from './phrases';
import { calm, cold, type G, kind, needing, notAway, SAY, under300 } from './rebuffs';
import {
  type Draft,
  isClauseEnd,
  type Match,
  opensQuote,
  polarity,
  replaceTokens,
  lowerSentence as sen,
  sentenceOf,
  textOf,
  toSentenceEnd,
} from './rule';

const w = (doc: Doc, i: number): string => doc.tokens[i]?.w ?? '';
/** Laughter, hearts and thanks in the sentence soften every frame here. */
const SOFT = /\b(?:lol|lmao|haha\w*|thanks?|thank you|love|please)\b|[😂🤣❤♥💕😍🥰😊☺💖💗😘🙏🤗]/u;
/** Short and not soft (praise before the hit allowed: the good time that ended). */
const short: G = (doc, first) => {
  const s = sentenceOf(doc, first);
  return s.last - s.first < 25 && !SOFT.test(sen(doc, first));
};
/** Short, not soft, and no praise after the hit in its sentence ("…and now it's great"). */
const bare: G = (doc, first, end) =>
  short(doc, first, end) && polarity(doc, end, sentenceOf(doc, first).last).pos === 0;
/** Calm (no strong praise anywhere in the sentence) and bare. */
const plain: G = (doc, first, end) => calm(doc, first, end) && bare(doc, first, end);

/** A message of 400 characters or fewer (`everyOccasion` reads no longer one). */
const upTo400 = (text: string): boolean => text.length <= 400;
/** "always X … and then never Y": a failure after "never" (not praise: "never complain"). */
const contrast: G = needing(
  under300,
  (doc, first, end) =>
    // A subject said, not oneself ("I always mean to and never do") nor advice ("always check the oil
    // and never…"); not a long account of someone at home (counselling letters): a few lines.
    first > sentenceOf(doc, first).first &&
    !/^(?:i|we)$/.test(w(doc, first - 1)) &&
    doc.text.length < 300 &&
    bare(doc, first, end) &&
    !/^(?:complain|fail|forget|miss|let|judge|stop|change|disappoint|ask)/.test(w(doc, end)),
);

/**
 * "every group project u ghost", "every single weekend it's your mates first": an occasion counted,
 * then within a few words "you" as the subject, then a complaint. Not "I miss you every day", not
 * "lock up every time you leave" ("every time" inside a sentence is a when-clause).
 */
const everyOccasion: G = needing(upTo400, (doc, first, end) => {
  const s = sentenceOf(doc, first);
  // "every single one of your tutorials", "each of you": totalities other rules read.
  // Nothing kind anywhere in the message: "every time you visit the kids go crazy, best days".
  if (
    !bare(doc, first, end) ||
    doc.text.length > 400 ||
    /^(?:one|of)$/.test(w(doc, end)) ||
    polarity(doc, 0, doc.tokens.length).pos > 0
  )
    return false;
  if (w(doc, end) === 'time' && first > s.first && !/^(?:and|but|so|literally)$/.test(w(doc, first - 1)))
    return false;
  for (let k = end + 1; k < s.last && k <= end + 5; k++) {
    if (!/^(?:you|u|your|ur|you're)$/.test(w(doc, k))) continue;
    // Not the generic "you" of advice ("every week you need to water it"), not a relative clause
    // whose verdict comes after ("every comment you leave makes my day": other rules read those).
    if (
      /^(?:need|have|has|should|must|can|could|will|gotta|may)$/.test(w(doc, k + 1)) ||
      /^(?:is|was|are|were|makes|made|gets|has)$/.test(w(doc, k + 2))
    )
      return false;
    // The complaint in their clause, before the writer speaks of themself ("…, I'm so jealous").
    for (let j = k + 1; j < s.last && j <= k + 8 && !/^(?:i|i'm|im|me)$/.test(w(doc, j)); j++)
      if (
        (isComplaint(w(doc, j)) || /^(?:same|first|again)$/.test(w(doc, j))) &&
        !/^(?:no|not|never|don't|dont|didn't|won't)$/.test(w(doc, j - 1))
      )
        return true;
    return false;
  }
  return false;
});

/** "…until you showed up": a good state before (not "the party was dead until…"), nothing kind after. */
const ended: G = (doc, first, end) => {
  if (!bare(doc, first, end)) return false;
  const s = sentenceOf(doc, first);
  const before = textOf(doc, s.first, first).toLowerCase();
  return (
    (polarity(doc, s.first, first).pos > 0 ||
      /\b(?:fine|ok|okay|simple|peaceful|quiet|calm|normal|chill|civil|decent|sane)\b|\bwent (?:wrong|sideways|downhill|south|to (?:hell|shit))|fell apart/.test(
        before,
      )) &&
    !/\b(?:never|not|bored|boring|dead)\b|n't\b/.test(before)
  );
};

/** "I'm done chasing you", "I'm through explaining myself"; not a chore, a break or a cheer. */
const doneWith: G = (doc, first, end) => {
  const v = w(doc, end - 1);
  if (
    !/^(?:listen|talk|argu|fight|try|pretend|explain|apologi|car|wast|chas|begg|cover|putt|be|mak|tiptoe|clean|pick|defend|justify|repeat)ing$/.test(
      v,
    ) ||
    !plain(doc, first, end) ||
    /\b(?:for (?:today|now|tonight|the day)|let'?s|yay)\b/.test(sen(doc, first))
  )
    return false;
  const tail = doc.text.slice(doc.tokens[end - 1]?.end ?? 0, sentenceOf(doc, first).end).toLowerCase();
  // Said whom for ("…on you", "…this", "…otherwise"), or a talk ended there ("I'm done listening.").
  return /^\W*$/.test(tail)
    ? /^(?:listen|talk|argu|try|pretend|explain|car|begg)ing$/.test(v)
    : /^[^,.;!?]{0,60}?\b(?:you|u|your|ur|this|us|otherwise|after|myself|around)\b/.test(tail);
};

const BAD = /^(?:fights?|mess|disaster|nightmare|drama|hell|problems?)$/;
/** "every bad thing traces back to your choices": a bad thing before the hit, no praise. */
const traced: G = (doc, first, end) => {
  const s = sentenceOf(doc, first);
  if (!bare(doc, first, end) || polarity(doc, s.first, first).pos > 0) return false;
  for (let k = s.first; k < first; k++) if (isComplaint(w(doc, k)) || BAD.test(w(doc, k))) return true;
  return false;
};
/** A charge in a few words: a complaint word, or a thing broken, bricked, wiped, doubled. */
const charged = (doc: Doc, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    const x = w(doc, k);
    if (
      !doc.tokens[k]?.mention &&
      (isComplaint(x) ||
        /^(?:(?:brick|wip|crash|doubl|tripl|nerf|lock|delet)ed|break|breaks|nerfs?|locks?|loses?|unusable)$/.test(
          x,
        )) &&
      !/^(?:no|not|never|don't|dont|didn't|won't)$/.test(w(doc, k - 1))
    )
      return true;
  }
  return false;
};
/** No laughter or hearts in the sentence, nothing kind after `from` (dry thanks before it is the sarcasm). */
const unkind = (doc: Doc, from: number): boolean =>
  polarity(doc, from, sentenceOf(doc, from).last).pos === 0 &&
  !/\b(?:lol|lmao|haha\w*)\b|[😂🤣❤♥💕😍🥰😊☺💖💗😘🙏🤗]/u.test(sen(doc, from));

/**
 * Blame through a quoted word: "your "fix" bricked my phone", "thanks for the "upgrade" that wiped
 * it" — their work named in quote marks, then what it broke (not "she called it a "quick tweak"").
 */
const quotedBlame: G = (doc, first, end) => {
  const s = sentenceOf(doc, first);
  const q = doc.tokens[end];
  let j = end;
  while (j < s.last && j < end + 4 && doc.tokens[j]?.mention) j++;
  // Opening the sentence, or after "thanks for", "love", "nice" (not "with your "…"", "because of…").
  const before = w(doc, first - 1);
  return (
    q !== undefined &&
    j > end &&
    (first === s.first || /^(?:for|love|nice|great|wow|brilliant)$/.test(before)) &&
    doc.text.length < 300 &&
    // "the "bernie bros" are…": a nickname for people, not their work.
    !(w(doc, first) === 'the' && /^(?:is|are|was|were)$/.test(w(doc, j))) &&
    !/\?(?!.*!)/.test(sen(doc, first)) &&
    /["\u201C]/.test(doc.text.charAt(q.start - 1)) &&
    /["\u201D]/.test(doc.text.charAt(doc.tokens[j - 1]?.end ?? 0)) &&
    s.last - s.first < 25 &&
    unkind(doc, j) &&
    charged(doc, j, Math.min(s.last, j + 12))
  );
};
/** What `quotedBlame` needs of the whole message: short, with a quote mark. */
const quotedShort = (text: string): boolean => text.length < 300 && opensQuote(text);
/** The quoted words after "your / the" without their quote marks (`quotedBlame` found them). */
const unquoted = (doc: Doc, m: Match): Draft[] => {
  const t = doc.tokens;
  const k = m.first + 1;
  const q = t[k];
  let j = k;
  while (j < k + 4 && t[j]?.mention) j++;
  if (!q || j === k) return [];
  const close = (t[j - 1] as Token).end;
  return [{ start: q.start - 1, end: close + 1, text: doc.text.slice(q.start, close) }];
};
/** A loss they caused, in the words after its verb: not "killed it", "blew my mind", pests and bosses. */
const lost: G = (doc, first, end) => {
  const s = sentenceOf(doc, first);
  const after = textOf(doc, end - 1, Math.min(s.last, end + 4)).toLowerCase();
  // Praise in the few words after the verb is the good thing lost ("blew our savings", "the one nice night").
  return (
    short(doc, first, end) &&
    // The forms written, not "you're blowing…": a deed done.
    /^\S+ (?:\S+ )?(?:\w+ed|blew|drove|ran)\b/.test(textOf(doc, first, end).toLowerCase()) &&
    polarity(doc, s.first, first).pos + polarity(doc, end + 3, s.last).pos === 0 &&
    !/^(?:did|do|does|if|when|whether|and|can|could|would|have|has|had|why|how)$/.test(w(doc, first - 1)) &&
    !/\b(?:it|mind|spiders?|bugs?|flies|wasps?|boss|competition|other|exams?|tests?|interview|set|performance|song|presentation|solo|stage)\b/.test(
      after,
    ) &&
    !sen(doc, first).includes('?')
  );
};
/** Harm wished: calm, no laughter, no negation between ("hope your flight doesn't crash"). */
const wished: G = (doc, first, end) =>
  plain(doc, first, end) &&
  !/\b(?:not|never|doesn'?t|don'?t|won'?t|fever|streak|curse|spell|drought|record|cold|flu)\b/.test(
    textOf(doc, first, end).toLowerCase(),
  ) &&
  // crossc37: a channel, a song or a shop that "blows up" takes off ("hope your channel blows up").
  !/\b(?:channel|video|vid|post|song|album|account|page|career|business|shop|store|book|stream|podcast|band|brand|startup|art|music)\b.* blows up/.test(
    textOf(doc, first, end).toLowerCase(),
  );
/** Leaving said cold and closing its clause, no plan or time after ("…at 5, see you tomorrow"). */
const gone: G = (doc, first, end) =>
  notAway(doc, first, end) &&
  (end >= sentenceOf(doc, first).last || isClauseEnd(doc, end - 1)) &&
  !/\b(?:see (?:you|u|ya)|later|tomorrow|tonight|today|monday|weekend|home|night|gn|early|back|if|or|unless|one more)\b|\d/.test(
    sen(doc, first),
  );
/** "…, hope brunch was worth it": after a loss or complaint in the message, a flat closing tag. */
const worthIt: G = (doc, first, end) => {
  const t = doc.tokens;
  let bad = false;
  for (let k = 0; k < t.length && k < 60; k++)
    if (k < first || k >= end) bad ||= isComplaint(w(doc, k)) || LOSS.has(w(doc, k)) || w(doc, k) === 'cost';
  // "I hope it was worth it" is grudges.ts's and fault.ts's.
  return (
    bad &&
    w(doc, first + 1) !== 'it' &&
    doc.text.length < 300 &&
    !SOFT.test(doc.text.toLowerCase()) &&
    !/^\s*!/.test(doc.text.slice((t[end - 1] as Token).end)) &&
    (end >= t.length || isClauseEnd(doc, end - 1))
  );
};
/** "typical streamer, blames lag…": a kind of person named, then a complaint about them. */
const typecast: G = (doc, first, end) => {
  const s = sentenceOf(doc, first);
  // The pattern may run past the name's comma: the clause ends after one word or two.
  const c = isClauseEnd(doc, first + 1) ? first + 2 : isClauseEnd(doc, first + 2) ? first + 3 : -1;
  if (first !== s.first || c < 0 || c > end || !plain(doc, first, end)) return false;
  if (
    /^(?:me|us|i|you|u|\w*day|week|weekend|morning|night|summer|winter|weather|british|english|traffic|movie|film|song)$/.test(
      w(doc, c - 1),
    )
  )
    return false;
  for (let k = c; k < s.last && k < c + 10; k++)
    if (
      isComplaint(w(doc, k)) ||
      LOSS.has(w(doc, k)) ||
      (/^(?:never|nothing|nobody)$/.test(w(doc, k)) && w(doc, k + 1) !== 'gets')
    )
      return true;
  return false;
};
/** "talk to me when you've grown up": contact again on a condition that is a charge. */
const once: G = (doc, first, end) => {
  const m =
    /^(?:\S+ ){0,3}(admit|apologi|grow|grown|worth|learn|civil|sober|wrong|sorry|respect|sorted|decent|adult|mature)/.exec(
      textOf(doc, end, sentenceOf(doc, first).last).toLowerCase(),
    );
  // "come back when you're a grown-up": a say earned by growing up is belittle.ts's talking-down (gate).
  return (
    !!m &&
    !(/^(?:come|get)$/.test(w(doc, first)) && /^(?:grow|adult|mature)$/.test(m[1] as string)) &&
    cold(doc, first, end)
  );
};
/** "you wasted 40 mins of my life", "u stole three hours of my sunday": time taken, no praise, not denied. */
const timeTaken: G = (doc, first, end) =>
  bare(doc, first, end) &&
  !/^(?:when|if|did|do|never|not)$/.test(w(doc, first - 1)) &&
  !/\b(?:never|not|n't|didn't|nt)\b/.test(textOf(doc, first, end).toLowerCase());
/** "you never fail to let me down": a harm or a self-centred turn after (not "…to amaze me"). */
const failsTo: G = (doc, first, end) => {
  if (!bare(doc, first, end)) return false;
  const s = sentenceOf(doc, first);
  for (let k = end; k < s.last && k < end + 6; k++)
    if (
      isComplaint(w(doc, k)) ||
      (w(doc, k) === 'about' && /^(?:you|u|yourself|urself)$/.test(w(doc, k + 1)))
    )
      return true;
  return /^let (?:\w+ )?down\b/.test(textOf(doc, end, end + 3).toLowerCase());
};
/** "never fails, you ask for money the day after payday": the tally opening a clause about them. */
const neverFails: G = (doc, first, end) =>
  first === sentenceOf(doc, first).first &&
  isClauseEnd(doc, end - 1) &&
  /^(?:you|u|your|ur|he|she|they|someone|somebody)$/.test(w(doc, end)) &&
  bare(doc, first, end);

/** Time taken said as the writer's: "you wasted 40 mins of my life…" → "I lost 40 mins of my life…". */
const timeSuggest = (doc: Doc, m: Match): Draft[] => {
  // "…ate up my evening and said nothing": "I" would take the verbs after too.
  if (/\band\b/.test(textOf(doc, m.first, sentenceOf(doc, m.first).last).toLowerCase()))
    return [toSentenceEnd(doc, m.first, SAY.fault as string)];
  for (let k = m.first; k < m.first + 4; k++) {
    const v = w(doc, k);
    if (/^(?:wasted|stole|ate|robbed)$/.test(v))
      return [replaceTokens(doc, m.first, k + (v === 'ate' ? 2 : v === 'robbed' ? 3 : 1), 'I lost')];
  }
  return [];
};
/** "you never fail to let me down" → "It hurts when you let me down"; "never fails, you…" → "It bothers me when you…". */
const habitSuggest = (doc: Doc, m: Match): Draft[] => {
  const t = doc.tokens;
  if (w(doc, m.first) === 'never') {
    const k = m.first + 2;
    return t[k]
      ? [{ start: (t[m.first] as Token).start, end: (t[k] as Token).start, text: 'It bothers me when ' }]
      : [];
  }
  return [replaceTokens(doc, m.first, m.first + 4, 'It hurts when you')];
};

/** "blocked you on every app", "muted you, dont bother": cut off, said cold, not by mistake nor by others. */
const cutOff: G = (doc, first, end) =>
  cold(doc, first, end) &&
  // The writer doing it: the sentence opens with it, or "I / I'm / just / and" before it (not "what's
  // blocking you", "they blocked you").
  (first === sentenceOf(doc, first).first ||
    isClauseEnd(doc, first - 1) ||
    /^(?:i|i'm|im|i've|ive|just|and|so|officially|already|now|also|literally|ok|okay|k|it|that's|thats|ur|you're|youre|are)$/.test(
      w(doc, first - 1),
    )) &&
  !/\b(?:accident|mistake|accidentally|sorry|oops|spam\w*|bots?|because|cause|cuz|since|during|while|meeting|call|echo|noise)\b/.test(
    sen(doc, first),
  );

/** Cut off: the words the older withdrawal cards offer for it, so that where both read it the card stays. */
const spaceSuggest = (doc: Doc, m: Match): Draft[] => [
  toSentenceEnd(doc, m.first, 'I need some space for a while.'),
];

const LOSS_V = 'killed|tanked|torpedoed|nuked|gutted|blew|wasted|drove_away|ran_off|scared_off|chased_off';
const ARRIVED =
  'showed_up|came_along|turned_up|arrived|joined|came_in|walked_in|moved_in|got_involved|opened_your_mouth';

/** "swear to god if you|anyone …": venting.ts's oath reads it (and rewords it keeping the request). */
const oathOfVenting = (doc: Doc, first: number, end: number): boolean => {
  const t = doc.tokens;
  for (let k = first + 1; k < end; k++)
    if ((t[k] as Token).w === 'if')
      return (t[k - 1] as Token).w === 'god' && /^(?:you|u|anyone|someone)$/.test(t[k + 1]?.w ?? '');
  return false;
};

export const frames = phraseFamily({
  id: 'frames',
  category: 'absolutes',
  phrases: [
    ...kind('count', 'absolutes', 'absolutes', [
      [
        'always|constantly|forever @ANY* and|but then? never|wonder|wonders|act|acts|pretend|pretends',
        contrast,
      ],
      ['every|each single|other?', everyOccasion],
      // "every single patch this studio breaks…": absolutes.ts's group and its harm, counted.
      ['every|each single @ANY the|this', (d, f, e) => groupComplaint(d, f, e) && unkind(d, e)],
    ]),
    ...kind('fault', 'blame', 'fault', [
      [`until|till|til|before|the_second|the_moment|the_minute|as_soon_as|then you|u ${ARRIVED}`, ended],
      ['until|till|til|before i|we met you|u', ended],
      ['traces|trace|traced|goes|leads|comes back to you|u|your|ur', traced],
      ['starts|started|begins|began with you|u', traced],
      ["it's|its|it_is|that's|thats|this_is on you|u that", bare],
    ]),
    // crossc36: the agent of a loss, time taken, blame asked.
    ...kind('fault', 'blame', 'fault', [
      [
        `you|u @INT? ${LOSS_V} my|our|the|this|these|every|all|any|whatever|a|an|us|me|everyone|everybody`,
        lost,
      ],
    ]),
    ...kind('fault', 'blame', 'fault', [['hope|hoping @ANY? @ANY? @ANY? was|is worth it', worthIt]]),
    ...kind('sour', 'absolutes', 'history', [['typical|classic @ANY @ANY?', typecast]]),
    // First offered: the quote marks dropped, the sentence kept ("your quick fix broke prod").
    ...kind('fault', 'blame', 'fault', [['your|ur', quotedBlame]]).map((r) => ({
      ...r,
      pre: quotedShort,
      suggest: (doc: Doc, m: Match) => [...unquoted(doc, m), ...(r.suggest?.(doc, m) ?? [])],
    })),
    ...kind('silence', 'withdrawal', 'withdraw', [
      ["i'm|im|i_am|i_was done|through|finished @ANY", doneWith],
      // crossc36: leaving announced, time no longer given, the door shut in one word.
      ["i'm|im|i_am|i'll|ill out_of_here|outta_here|logging_off|unfollowing", gone],
      [
        "not|no_longer|won't|wont|stop|quit wasting|spending|giving any_more|anymore|another|more|my|any @ANY? @ANY? time|energy|breath|effort|minute|second|thought|seconds|minutes on|with",
        // Given to them or to this talk ("…on you", "…on this argument"), not to a thing replaced.
        (doc, first, end) =>
          notAway(doc, first, end) &&
          /^(?:you|u|your|ur|y'?all|this|that|it|people|them|him|her)$/.test(w(doc, end)) &&
          // withdrawal.ts's "not wasting another minute on you" reads that one.
          !/^not (?:wasting|spending) (?:another|any more|one more) \w+ on (?:you|u)$/.test(
            textOf(doc, first, end + 1).toLowerCase(),
          ),
      ],
      [
        "talk_to_me|text_me|message_me|call_me|come_back|speak_to_me|get_back_to_me|we'll_talk when|once you|u|you're|youre|you've|youve|ur",
        once,
      ],
    ]),
    ...kind('silence', 'withdrawal', 'withdraw', [
      // crossc37: cut off, whoever it is: "blocked you on every app", "I'm blocking this whole thread",
      // "ur going on my block list", "unfollowed and blocked" (not "muting the group chat for exam week").
      [
        "blocked|blocking|muted|muting|unfollowed|unfollowing|unfriended|unfriending you|u|y'all|yall|ya|everyone|all_of_you|you_all|you_guys|you_people",
        cutOff,
      ],
      [
        'blocking|blocked|muting|muted|unfollowing|unsubbing|unsubscribing|leaving|left this|the @ANY? thread|sub|subreddit|server|chat|channel|page|conversation|convo|group',
        gone,
      ],
      ['going|goes|straight on|onto|to my|the block|ignore list', cutOff],
      ['unfollowed|reported|muted|blocked and|&|n blocked|reported|muted|unfollowed', gone],
    ]).map((r) => ({ ...r, suggest: spaceSuggest })),
    // "I swear (to god) if you…": a threat left hanging; not about oneself. "…to god if you / anyone"
    // is venting.ts's oath, whose rewording keeps the request ("please don't … again").
    // crossc36: harm wished on them or what is theirs, a warning about their back or mouth.
    ...kind('expose', 'heat', 'ultimatum', [
      [
        'hope|hoping|wish|pray your|ur @ANY? @ANY? breaks|burns|crashes|dies|explodes|rots|sinks|fails|catches_fire|gets_stolen|gets_hacked|blows_up|goes_bankrupt|burns_down|falls_apart|gets_banned|gets_deleted|gets_demonetized|gets_taken_down|gets_shut_down|flops',
        wished,
      ],
      [
        'hope|hoping|wish|pray you|u step_on|choke|trip_over|rot|get_hit|get_fired|get_dumped|get_banned|lose_everything|break_your|stub|drown|suffer|go_broke|get_sick|die|fall_flat',
        wished,
      ],
    ]),
    ...kind('expose', 'heat', 'ultimatum', [
      [
        "swear|so_help_me to_god? if you|u|you're|anyone|someone|one|that|this|your|people",
        (doc, first, end) =>
          bare(doc, first, end) &&
          polarity(doc, sentenceOf(doc, first).first, first).pos === 0 &&
          !oathOfVenting(doc, first, end),
      ],
    ]),
    // crossc37: time taken from the writer ("you wasted 40 mins of my life"), whatever the verb.
    ...kind('fault', 'blame', 'fault', [
      [
        'you|u|your|ur @ANY? wasted|stole|ate_up|robbed_me_of @ANY? @ANY? minutes|mins|min|hours|hrs|hour|seconds|secs|days|afternoon|evening|morning|night|weekend|saturday|sunday|lunch_break',
        timeTaken,
      ],
    ]).map((r) => ({ ...r, suggest: timeSuggest })),
    // crossc37: "you never fail to let me down", "never fails, you…": an absolute turned into a habit.
    ...kind('count', 'absolutes', 'absolutes', [
      ['you|u never fail|fails to', failsTo],
      ['never fails|fail', neverFails],
    ]).map((r) => ({ ...r, suggest: habitSuggest })),
    // Two words marked ("until you", "every single", "I'm done"): inside an older family's span where
    // both read the same words, so its card stays as it was.
  ].map((r) => ({
    ...r,
    severity: 1 as const,
    span: (d, f, h) => [f, Math.min(f + 2, d.tokens[h.end]?.mention ? h.end + 1 : h.end)],
  })),
});
