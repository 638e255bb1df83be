/**
 * Round h28: scorn and exasperation in the words of chats, comment threads and gaming chat.
 * - internet scorn as the whole reply: "skill issue", "go touch grass", "cope and seethe", "keep
 *   crying (about it)", "stay mad / pressed", "L + ratio", "who hurt you", "ok boomer" (one table,
 *   `BARE`, read by its first and last words); "the audacity of you", "the bar is on the floor with
 *   you" (with "you" in the sentence);
 * - exasperation at the reader: "i can't even with you", "wow. just wow.", "unreal. absolutely
 *   unreal.", "yikes. just yikes", a short all-caps refusal ("I SAID NO"), "oh my god shut up";
 * - incredulity about their mind ("how are you this clueless") and labels by challenge ("grow a
 *   spine", "grow a pair").
 * Guards come from the warm side: the same words about a pet, the weather or a game ("the audacity
 * of this cat 😂"), about oneself ("skill issue on my part"), as an invitation ("touch grass with me
 * this weekend?"), in joy ("I SAID YES!!! 💍", "oh my god shut up, congrats!!!") or with a hug after
 * ("who hurt you? (jk love you)"). Laughter does not soften scorn ("stay pressed lol" mocks), but
 * does soften "i can't with you 😂".
 * Detection ships in the coach bundle: the whole-reply kinds share one table and the rules share
 * their guards. Restored after the share grew to 4,000 bytes: "must be nice to never…", "for crying
 * out loud", "un-freaking-believable", "not my problem you can't read", "can you not read?", "how do
 * you not know this", "do you even have a brain", "imagine being this wrong", "you're so pressed".
 * "sure jan" stays out: dev.tsv marks "sure, Jan" strict only.
 * Round h31 adds the comment thread's charges against the other commenter: "are you being
 * deliberately obtuse", "nobody is forcing you to read it", bad faith, strawman and goalposts, the
 * high horse, "you people are <insult>", reading comprehension, "not as smart as you think", disgust
 * and shame aimed at them ("gross, man", "shame on you"), sarcasm ("because that worked so well",
 * "wow, so brave"), and the Reddit stock jabs ("you must be fun at parties", "keep telling yourself
 * that", "worst take", "… and you know it"). Their warm sides: the same words about a thing, a third
 * party or oneself, kindly ("nobody is forcing you to finish it, take your time") or in fun.
 */
import { pastOf } from '../grammar';
import { COMMON_WORDS, wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import { cased, opens } from './challenge';
import { phraseFamily } from './phrases';
import {
  type Draft,
  isClauseEnd,
  isSentenceStart,
  type Match,
  mentionsYou,
  negatedBefore,
  removeTokens,
  replaceTokens,
  sayInstead,
  says,
  sentenceOf,
  textOf,
  tokenWord as w,
  warmAround,
  wholeKeepingOpeners,
} from './rule';
import { endsHere, sourPraise, wholeReply, withPraise } from './scorn';
import { talkedOf } from './targets';

/** Care, joy or a hug in this sentence or the next: "(jk love you)", "congrats!!!", "so proud". */
const FOND = /\u2764|<3|\blove (?:you|u)|\b(?:sorry|hope|jk|jok|congrat|proud|amazing|enjoy)/iu;

/** Nothing fond in this sentence and the next, and the sentence not warm. */
export function cold(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  const next = doc.sentences[(doc.tokens[first] as Token).sent + 1];
  return !FOND.test(doc.text.slice(s.start, (next ?? s).end)) && !warmAround(doc, first, first, end);
}
type Hit = { end: number };
/** A small act of theirs: "you replied to one email", "u took the bins out once", "he finally showed up". */
const TRIVIAL_ACT =
  /\b(?:you|u|he|she)\b(?:[^.?!,;]{0,40}\b(?:one|once|a single)\b(?! (?:again|more|extra|day|week|month|year|go|sitting|afternoon|morning|night|hour))|[^.?!,;]{0,20}\b(?:finally (?!(?:pass|got|won|finish|made|graduat|complet|learn|bought|found|reach|beat|get|did it))|showed up(?! for)|showing up(?! for)))/i;

const c = (doc: Doc, first: number, hit: Hit) => cold(doc, first, hit.end);
/** At the clause's start, cold. */
const oc = (doc: Doc, first: number, hit: Hit) => opens(doc, first) && c(doc, first, hit);
/** "you" in the sentence, cold: "the audacity of you" (not "of this cat"). */
const yc = (doc: Doc, first: number, hit: Hit) => mentionsYou(doc, first) && c(doc, first, hit);

const LAUGHED = /\u{1F602}|\u{1F923}|\bha(?:ha)+|\blol|\blmao/iu;

/** A word of mine in the sentence: "skill issue on my part". */
export const mine = (doc: Doc, first: number) => {
  const s = sentenceOf(doc, first);
  return /\b(?:i|i'm|my|me|we|us|our)\b/i.test(doc.text.slice(s.start, s.end));
};

/** Scorn that is the whole reply, by its first and last words. */
const BARE = new Set(
  'skill issue|touch grass|cope harder|cope and|keep crying|keep coping|stay mad|stay pressed|cry more|cry about|l ratio|who hurt|ok boomer|get good|git gud'.split(
    '|',
  ),
);

const BARE_PATTERN = [0, 1]
  .map((k) => [...new Set([...BARE].map((x) => x.split(' ')[k]))].join('|'))
  .join(' ');

/**
 * The whole message a leaving with a sneer: "unfollowed.", "just unsubbed lol", "unsubscribed, won't be
 * back". A plain "unsubscribed" (a reply to a request) needs the sneer after it.
 */
const LEAVE =
  /^\s*(?:(?:just|i|i've|ive|i have|i just|aaand|and)\s+)*(?:(?:unfollowed|unsubbed)(?:\s+(?:lol|lmao|bye))?[\s.!\p{Extended_Pictographic}]*$|(?:unfollow|unsub)\w*[\s,.!-]+(?:won'?t be back|not coming back|never coming back|good riddance|bye+|yikes|cringe|embarrassing|pathetic|clowns?)\b[\s.!\p{Extended_Pictographic}]*$)/iu;

/** People filed by a scorned kind: "another clueless expert", "another delusional fan". */
const KIND_NOUN =
  /^(?:fans?|fanboys?|fangirls?|stans?|experts?|geniuse?s?|warriors?|trolls?|apologists?|know-it-alls?|boomers?|redditors?|gamers?|influencers?)$/;

/**
 * After "typical" at `first`: the word for a kind of people ("typical lazy dev team,") ending its
 * phrase, only describing words before it; -1 when there is none.
 */
function kindAfter(doc: Doc, first: number): number {
  for (let k = first + 1; k < first + 4; k++) {
    const x = w(doc, k);
    if (!x || COMMON_WORDS.has(x)) return -1;
    if (
      (KIND_NOUN.test(x) || talkedOf(x, true) || /(?:ist|ian|tor)s?$/.test(x)) &&
      (isClauseEnd(doc, k) || /^ *,/.test(doc.text.slice((doc.tokens[k] as Token).end)))
    )
      return k;
  }
  return -1;
}

/** Words of the mind that "how are you this ___" and "imagine being this ___" scorn. */
const DIM: ReadonlySet<string> = wordSet(
  'dense slow clueless oblivious thick dumb stupid ignorant wrong obtuse daft',
);

/** Words of skill they scorn before "at": "how are you this bad at your job", "so useless at this". */
const INEPT: ReadonlySet<string> = wordSet(
  'bad terrible awful useless incompetent hopeless crap shit rubbish garbage trash',
);

/** "this dense", or "this bad at" a task, unlaughing ("…at mario kart 😂" teases). */
const dimAt = (doc: Doc, end: number) =>
  DIM.has(w(doc, end - 1)) ||
  (INEPT.has(w(doc, end - 1)) &&
    w(doc, end) === 'at' &&
    !says(doc, /\u{1f602}|\u{1f923}|\blo+l|\blmf?ao|\bhaha/iu));

/** Insult adjectives that friends also say in praise or fun ("you guys are insane 😂"). */
const FUN: ReadonlySet<string> = wordSet('crazy insane sick mad nuts wild savage weird extra');

/** What the thread charge says instead: "I don't think that's what I said." */
const FAIR = sayInstead("I don't think that's a fair reading of what I said.");
export const DIFFER = sayInstead('I think we see this differently.');
/** Ours in place of the whole sentence, its openers too ("oh sure, because…", "wow, so brave"). */
const whole =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => {
    return [wholeKeepingOpeners(doc, m.first, text, true)];
  };

/** The sentence's words from token i on. */
const rest = (doc: Doc, i: number) =>
  doc.text.slice((doc.tokens[i] as Token | undefined)?.start ?? doc.text.length, sentenceOf(doc, i - 1).end);

/** "wow. just wow.": the message is only this, or the whole reply with "you" in the message. */
const wowed = (doc: Doc, first: number, hit: Hit) =>
  (says(doc, /^[\s\W]*(?:(?:wow|yikes|unreal|just|absolutely)[\s\W]*)+$/i) ||
    (says(doc, /\byou|\bu\b/i) && wholeReply(doc, first, hit.end))) &&
  c(doc, first, hit);

const PAUSE = 'Can we pause for a moment?';
const EXPLAIN = sayInstead('Can I explain it another way?');

/** What to send instead of the whole-reply scorn, by its first word. */
const INSTEAD: Readonly<Record<string, string>> = {
  skill: "That's something you can get better at with practice.",
  touch: 'Maybe take a break from this for a bit.',
  who: 'That came across as harsh to me.',
  keep: 'I think we see this differently.',
  stay: 'I think we see this differently.',
  cope: 'I think we see this differently.',
  cry: 'I think we see this differently.',
  seethe: 'I think we see this differently.',
  get: "That's something you can get better at with practice.",
  git: "That's something you can get better at with practice.",
};

/** "grow a spine and tell him" → "please be brave and tell him"; alone → a wish. */
function brave(doc: Doc, m: Match): Draft[] {
  if (w(doc, m.last) === 'and') return [replaceTokens(doc, m.first, m.last, 'please be brave')];
  return sayInstead("I wish you'd stand up for yourself.")(doc, m);
}

const C = { rule: 'jeer', severity: 2, min: 'balanced', why: 'mockery' } as const;
const H = { ...C, why: 'shouting', category: 'heat' } as const;

/**
 * "This is the worst take I've ever heard on cooking": what was said about the take stays, plainly
 * ("the least convincing take", "an unconvincing take"); the rest of the sentence with it.
 */
function plainTake(doc: Doc, m: Match): Draft[] {
  const before = w(doc, m.first - 1);
  if (before === 'the')
    return [replaceTokens(doc, m.first, m.last - 1, 'least convincing'), ...DIFFER(doc, m)];
  if (/^(?:a|an|such|what|this|that|your|ur|his|her|their)$/.test(before))
    return [replaceTokens(doc, m.first, m.last - 1, 'unconvincing'), ...DIFFER(doc, m)];
  return DIFFER(doc, m);
}

export const jeers = phraseFamily({
  id: 'jeers',
  category: 'contempt',
  phrases: [
    // -- Internet scorn aimed at the reader -------------------------------------------------------
    {
      // "skill issue", "go touch grass", "cope and seethe", "keep crying about it", "stay pressed lol",
      // "L + ratio", "who hurt you", "sure jan", "ok boomer": the whole reply, cold, nobody of mine.
      pattern: BARE_PATTERN,
      ...C,
      guard: (doc, first, hit) => {
        let end = hit.end;
        if (!BARE.has(`${w(doc, first)} ${w(doc, end - 1)}`)) return false;
        if (/^(?:it|you|seethe|noob|scrub|kid)$/.test(w(doc, end))) end++;
        return (
          opens(doc, w(doc, first - 1) === 'go' ? first - 1 : first) &&
          // "cope harder lol ur so mad": a laugh, then more said at them.
          (endsHere(doc, end) ||
            (/^(?:lol|lmao|lmfao)$/.test(w(doc, end)) &&
              /^(?:(?:you're|ur) (?:so|mad|pressed|salty)|(?:you|u) (?:clearly|literally|really))$/.test(
                `${w(doc, end + 1)} ${w(doc, end + 2)}`,
              ))) &&
          !mine(doc, first) &&
          cold(doc, first, end)
        );
      },
      suggest: (doc, m) => sayInstead(INSTEAD[w(doc, m.first)] ?? "I don't agree with you on this.")(doc, m),
    },
    {
      // "go touch some grass, seriously", "you need to touch grass", "bro needs to touch grass asap":
      // an order or a need of theirs ("time to go touch grass" and "let's…" are one's own).
      pattern: 'touch some? grass',
      ...C,
      guard: (doc, first, hit) =>
        textOf(doc, sentenceOf(doc, first).first, first)
          .toLowerCase()
          .split(' ')
          .every((x) =>
            /^(?:go|please|you|u|bro|needs?|to|should|and|outside|just|seriously|maybe|)$/.test(x),
          ) &&
        !mine(doc, first) &&
        c(doc, first, hit),
      span: (doc, first, hit) => [sentenceOf(doc, first).first, hit.end],
      suggest: sayInstead('maybe take a break from this for a bit'),
    },
    {
      // "the audacity of you", "u have some nerve texting me"; abscon42: the act named after it with
      // no "you" ("the sheer audacity to show up late", "the audacity of asking for free work", "the
      // audacity on this one 🙄"), not of a cat, the weather, or "…to be this cute 😍".
      pattern: 'the|some|sheer|ur|your audacity|nerve|gall',
      ...C,
      guard: (doc, first, hit) => {
        const x = w(doc, hit.end);
        const y = w(doc, hit.end + 1);
        return (
          (w(doc, hit.end - 1) === 'audacity' || !/^(?:sheer|ur|your)$/.test(w(doc, first))) &&
          // Warm by its words only when the act is named: "to ask me for a favour" is no praise.
          (mentionsYou(doc, first)
            ? c(doc, first, hit)
            : ((x === 'to' && y !== 'be') ||
                x === 'on' ||
                (x === 'of' && /ing$|^(?:some|these|those)$/.test(y))) &&
              !says(doc, /\u{1F60D}|\u{1F970}|\u{1F602}|\bcute|\blove (?:you|u)/iu))
        );
      },
      // "the audacity to show up late" → "I'm upset that you'd show up late".
      suggest: (doc, m) =>
        w(doc, m.last) === 'to' && isSentenceStart(doc, m.first - +(w(doc, m.first - 1) === 'the'))
          ? [
              replaceTokens(
                doc,
                m.first - +(w(doc, m.first - 1) === 'the'),
                m.last + 1,
                "I'm upset that you'd",
              ),
            ]
          : sayInstead(`I'm really surprised ${mentionsYou(doc, m.first) ? 'you did that' : 'by this'}.`)(
              doc,
              m,
            ),
    },
    {
      // "you push until I snap and then act surprised", "…and now you act shocked she's gone"
      pattern: 'act|acting|acts|acted all? surprised|shocked',
      ...C,
      guard: (doc, first, hit) =>
        /^(?:then|now|you|u)$/.test(w(doc, first - 1)) &&
        mentionsYou(doc, first) &&
        // "you always…, then act surprised" is the tally's.
        !/\b(?:(?:you|u) (?:always|never)|every|again|feel|fault|time)\b|n't\b/i.test(
          rest(doc, sentenceOf(doc, first).first),
        ) &&
        c(doc, first, hit),
      // reword43: "…and then act surprised when I stop asking" → "…and then seem surprised when I stop
      // asking": the claim that it was put on goes, what they did and what followed stay. After
      // "then" / "now" in a sentence about "you", the person is said ("…and then you seem
      // surprised"): the clause before may be reworded on its own.
      suggest: (doc, m) => {
        const v = w(doc, m.first);
        let seem = v === 'acting' ? 'looking' : `seem${v.slice(3)}`;
        const s = sentenceOf(doc, m.first);
        let k = s.first;
        while (k < m.first && !/^(?:he|she|they|we)$/.test(w(doc, k))) k++;
        if (/^(?:act|acted)$/.test(v) && /^(?:then|now)$/.test(w(doc, m.first - 1)) && k === m.first)
          seem = `you ${seem}`;
        return [
          replaceTokens(doc, m.first, m.last, `${cased(doc, m.first, seem)} ${w(doc, m.last - 1)}`),
          ...whole("I'd like us to talk about what led up to this.")(doc, m),
        ];
      },
    },
    {
      // "the bar is on the floor with you"
      pattern: 'bar is|was on_the_floor|underground|in_hell',
      ...C,
      guard: yc,
      suggest: sayInstead("I'm really disappointed, honestly."),
    },
    {
      // "how are you this clueless", "how can you be so dense"
      pattern: 'how are|can|could|r|is you|u|it even? be|possible_to_be? this|so|that @ANY',
      ...C,
      // "how is it so slow today?" is about a thing.
      guard: (doc, first, hit) =>
        (w(doc, first + 1) !== 'is' || w(doc, first + 3) === 'possible') &&
        dimAt(doc, hit.end) &&
        c(doc, first, hit),
      // "how are you this bad at your job" asks for no explaining: the frustration, said.
      suggest: (doc, m) =>
        (INEPT.has(w(doc, m.last - 1))
          ? sayInstead("I'm really frustrated with how this turned out.")
          : EXPLAIN)(doc, m),
    },
    {
      // "imagine being this wrong and still posting"
      pattern: 'imagine being|getting this|so|that @ANY',
      ...C,
      guard: (doc, first, hit) => dimAt(doc, hit.end) && oc(doc, first, hit),
      suggest: sayInstead("I think you're mistaken here."),
    },
    {
      // "who hired you?", "seriously, who tf promoted this guy": their post held unearned, as the
      // whole question; "my boss joked 'who hired you?'" is told, not said.
      pattern:
        'who tf|the_hell|on_earth|even? hired|employed|promoted|trained|appointed you|u|this_guy|this_clown|these_clowns|this_person|these_people',
      ...C,
      guard: (doc, first, hit) =>
        opens(doc, first) &&
        endsHere(doc, hit.end) &&
        !mine(doc, first) &&
        !says(doc, /["\u201c\u201d]|\b(?:thank|grateful|brilliant|stunning|well done|great job)/iu) &&
        c(doc, first, hit),
      suggest: sayInstead("I'm really frustrated with how this was handled."),
    },
    {
      // "how do you not know this", "how do u still not understand"; "…this song? 🎶" teases
      pattern: 'how do|does|did|can|could you|u still? not know|understand|get|see|remember|realise|realize',
      ...C,
      guard: (doc, first, hit) =>
        !/\b(?:song|movie|film|show|band|album|game|meme|book)/i.test(rest(doc, hit.end)) &&
        c(doc, first, hit),
      suggest: EXPLAIN,
    },
    {
      // "not my problem you can't read", "not my fault you can't follow simple instructions"
      pattern:
        "not my problem|fault|issue you|u can't|cant|cannot|don't|dont|couldn't read|follow|understand|listen|count|spell",
      ...C,
      guard: c,
      suggest: sayInstead("Let me know if anything's unclear."),
    },
    {
      // "can you not read?", "can't you read"; "can you not read it either? the font is tiny" asks
      pattern: "can|can't|cant you|u not? read|count|see|spell|hear",
      ...C,
      guard: (doc, first, hit) => endsHere(doc, hit.end) && oc(doc, first, hit),
      suggest: sayInstead('Could you take another look, please?'),
    },
    {
      // "do you even have a brain"
      pattern: 'do|does you|u even have a|any brain|brain_cell|brain_cells',
      ...C,
      guard: c,
      suggest: sayInstead("I'm really frustrated right now."),
    },
    {
      // "must be nice to have everything handed to you", "must be nice sleeping till noon while we work"
      pattern: 'must|musta be|have_been nice',
      ...C,
      // abscon42: "…to just leave whenever you like", "…to get paid to scroll", "…to only think about
      // yourself"; warm by its words, not by the envied good ("sleep", "rest"): "…, enjoy it!!".
      guard: (doc, first, hit) =>
        (endsHere(doc, hit.end) ||
          /\b(?:never|not|don'?t|no|nothing|handed|while|rest|huh|whenever|only|yourself|everything|someone|anyone|without|pa(?:y|id)|all day)\b/i.test(
            rest(doc, hit.end),
          )) &&
        opens(doc, first) &&
        !says(
          doc,
          /!|\p{Extended_Pictographic}|\b(?:enjoy|fun|best|congrat|deserve|proud|love (?:you|u)|happy|lucky)/iu,
        ),
      // "must be nice to leave whenever you like" → "it bothers me when you leave whenever you like".
      suggest: (doc, m) =>
        w(doc, m.last) === 'to' && !/^(?:be|not|being)$/.test(w(doc, m.last + 1))
          ? [replaceTokens(doc, m.first, m.last + 1, 'it bothers me when you')]
          : sayInstead("I'd like things to feel fairer between us.")(doc, m),
    },
    {
      // "you're so pressed over nothing", "why are u so salty"; "so pressed for time" is busy
      pattern: "you're|you_are|are_you|are_u|ur|youre so|this|big|that pressed|salty",
      ...C,
      guard: (doc, first, hit) => !/^(?:for|at)$/.test(w(doc, hit.end)) && c(doc, first, hit),
      suggest: sayInstead('You seem upset about this.'),
    },
    {
      // "grow a spine", "grow some balls and tell him", "get a backbone"
      pattern: '=grow|=get a|some spine|backbone|pair|balls',
      ...C,
      guard: (doc, first, hit) => w(doc, hit.end) !== 'of' && oc(doc, first, hit),
      suggest: brave,
    },
    {
      // "wow. just wow.", "unreal. absolutely unreal.", "yikes. just yikes"
      pattern: 'just|absolutely|unreal wow|unreal|yikes',
      ...C,
      guard: wowed,
      suggest: sayInstead("I'm really surprised by this."),
    },
    // -- Round h31: the comment thread's charges against the other commenter ----------------------
    {
      // "are you being deliberately obtuse", "are u playing dumb or what"
      pattern:
        'are|r you|u being|playing|acting deliberately|intentionally|willfully|purposely|purposefully|this|so|that? @ANY',
      ...C,
      guard: (doc, first, hit) => DIM.has(w(doc, hit.end - 1)) && c(doc, first, hit),
      suggest: EXPLAIN,
    },
    {
      // "nobody is forcing you to read it", "no one's making u watch"; "…to finish it" is kind
      pattern:
        "nobody|no_one|noone|nobody's|no_one's is? forcing|making you|u to? read|watch|click|listen|comment|reply|stay|look|use|visit|open|follow|engage|respond|scroll",
      ...C,
      guard: c,
      // "nobody is forcing you to read it" → "you don't have to read it"
      suggest: (doc, m) => {
        let k = m.first;
        while (!/^(?:you|u)$/.test(w(doc, k))) k++;
        return [
          replaceTokens(
            doc,
            m.first,
            k + (w(doc, k + 1) === 'to' ? 2 : 1),
            cased(doc, m.first, "you don't have to"),
          ),
        ];
      },
    },
    {
      // "such a bad faith take", "you're arguing in bad faith"; "I don't think you're…" passes
      pattern: 'bad faith|bad-faith',
      ...C,
      guard: (doc, first, hit) => !negatedBefore(doc, first, 6) && c(doc, first, hit),
      suggest: FAIR,
    },
    {
      // "nice strawman", "that's a straw man and you know it", "keep moving the goalposts"
      pattern: 'strawman|straw_man|strawmanning|goalposts|goal_posts',
      ...C,
      // "nice" is the sneer here, not warmth: only hearts, hugs or joy soften it.
      guard: (doc, first) =>
        (mentionsYou(doc, first) ||
          /^(?:nice|classic|that's|thats|such|what)$/.test(w(doc, sentenceOf(doc, first).first))) &&
        !says(doc, FOND),
      suggest: FAIR,
    },
    {
      // "get off your high horse", "climb down from that soapbox"
      pattern: 'off|down_from|down_off your|ur|that high_horse|soapbox',
      ...C,
      guard: c,
      suggest: sayInstead("I'd like us to talk about this as equals."),
    },
    {
      // "you people are unbearable", "y'all are insufferable"; "you guys are insane 😂" is fun
      pattern: "you_people|you_guys|y'all|yall|you_lot are|r|were @INT? @IADJ",
      ...C,
      guard: (doc, first, hit) => !FUN.has(w(doc, hit.end - 1)) && c(doc, first, hit),
      suggest: sayInstead("I'm finding this conversation really frustrating."),
    },
    {
      // "you have zero reading comprehension", "your reading comprehension is nonexistent"
      pattern: 'reading comprehension',
      ...C,
      guard: (doc, first, hit) => mentionsYou(doc, first) && !mine(doc, first) && c(doc, first, hit),
      suggest: sayInstead('I think my point got lost; let me put it another way.'),
    },
    {
      // "you're not nearly as smart as you think you are"
      pattern:
        'not nearly|half|quite? as|so smart|clever|funny|witty|special|important|deep|original as you|u think',
      ...C,
      guard: c,
      suggest: DIFFER,
    },
    {
      // "go back to your echo chamber"
      pattern: 'go back to your|ur echo_chamber|basement|cave|bubble|hole',
      ...C,
      guard: c,
      suggest: DIFFER,
    },
    {
      // "gross, man", "disgusting, dude": disgust as the whole reply to someone
      pattern: 'gross|disgusting|vile|repulsive|revolting|sickening man|dude|bro|bruh',
      ...C,
      guard: (doc, first, hit) => wholeReply(doc, first, hit.end) && c(doc, first, hit),
      suggest: sayInstead('That really bothered me.'),
    },
    {
      // "you should be ashamed of yourself", "shame on you"; "I should be ashamed" is one's own
      pattern: 'you|u should|ought_to be @INT? ashamed',
      ...C,
      guard: c,
      suggest: sayInstead("I'm really disappointed by this."),
    },
    {
      pattern: 'shame on you|u',
      ...C,
      guard: (doc, first, hit) => !says(doc, /\b(?:lol|lmao|haha)|\u{1F602}/iu) && c(doc, first, hit),
      suggest: sayInstead("I'm really disappointed by this."),
    },
    {
      // "oh sure, because that worked so well last time", "yeah cause that always ends well"
      pattern:
        'because|cause|bc|coz that|this|it always? worked|works|went|goes|ends|ended|turned_out so? well|great',
      ...C,
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        return (
          /^[\s\W]*(?:(?:oh|sure|yeah|yes|right|ah|yep|of course|ya)[\s\W]*)*$/i.test(
            doc.text.slice((doc.tokens[s.first] as Token).start, (doc.tokens[first] as Token).start),
          ) && c(doc, first, hit)
        );
      },
      suggest: whole("I'm not sure that will work, given how it went before."),
    },
    {
      // "should we throw you a parade?", "do I have to hold u a parade for that": praise for the least.
      pattern: 'should|shall|do|can|must|gonna we|i have_to|need_to? throw|hold you|u a parade',
      ...C,
      // "…should we throw you a parade? 😂", "well done mate": friends teasing, laughing with them.
      guard: (doc, first, hit) =>
        !says(doc, /\u{1F602}|\u{1F923}|\bha(?:ha)+|\blol|\blmao|\bwell done|\bnice one/iu) &&
        c(doc, first, hit),
      suggest: sayInstead("I'm glad it's done."),
    },
    {
      // Round cross29, by construction: an award for a trivial act of theirs. "wow what a hero, you
      // replied to one email", "oh wow you put a bowl away, someone get this man a medal", "oh good,
      // you showed up. new personal best". The act is made small (one, once, finally, showed up);
      // "you ran a marathon in one day, you deserve a medal!", "so proud, what an achievement" pass.
      pattern:
        'medal|gold_star|achievement|hero|personal_best|call_the_news|parade|what_an_honour|what_an_honor',
      ...C,
      guard: (doc, first) =>
        !/^(?:my|your|ur|her|his|their|our|its)$/.test(w(doc, first - 1)) &&
        says(doc, TRIVIAL_ACT) &&
        !says(doc, /!|\bdeserve|\bwell done|\bnice one|\bha(?:ha)+|\blol|\blmao|\u{1F602}|\u{1F923}/iu) &&
        !FOND.test(doc.text),
      suggest: sayInstead("Honestly, I'd hoped for a bit more."),
    },
    {
      // "typical gen z, can't read", "classic boomer logic": the reader's generation or tribe as the
      // charge, opening the sentence. "typical millennial me 😂" and "my typical gen z kid" are one's own.
      pattern: 'typical|classic gen_z|genz|gen_zer|boomer|millennial|zoomer|redditor|normie|incel|simp',
      ...C,
      guard: (doc, first, hit) =>
        isSentenceStart(doc, first) &&
        (isClauseEnd(doc, hit.end - 1) ||
          /^(?:logic|behaviou?r|energy|take|mentality|attitude|brain|response|move|nonsense)$/.test(
            w(doc, hit.end),
          )) &&
        !mine(doc, first) &&
        c(doc, first, hit),
      suggest: DIFFER,
    },
    {
      // "typical console players, never happy", "typical entitled user, demands…" (toxic36): a kind of
      // people as the charge, opening the sentence; "typical of him to…", "typical Monday" pass.
      pattern: 'typical|classic @ANY @ANY? @ANY?',
      ...C,
      guard: (doc, first) => {
        const k = kindAfter(doc, first);
        return (
          k > 0 &&
          // One of a kind with an absolute after it ("typical contractor, never answers") is frames.ts's
          // typecast (absolutes); a kind in the plural or without an absolute is the sneer.
          (/s$/.test(w(doc, k)) ||
            !/\b(?:never|always|every|each|again)\b/i.test(
              doc.text.slice((doc.tokens[k] as Token).end, sentenceOf(doc, k).end),
            )) &&
          isSentenceStart(doc, first) &&
          !mine(doc, first) &&
          !says(doc, LAUGHED) &&
          !says(doc, /\u2764|<3|\blov/iu)
        );
      },
      span: (doc, first) => [first, kindAfter(doc, first) + 1],
      // "typical console players, never happy" → "some console players, never happy": a few, not a kind.
      suggest: (doc, m) => [
        replaceTokens(doc, m.first, m.first + 1, cased(doc, m.first, 'some')),
        ...DIFFER(doc, m),
      ],
    },
    {
      // "unfollowed.", "unsubbed, won't be back": leaving, with the door slammed, as the whole message.
      pattern: 'unfollowed|unfollowing|unsubbed|unsubbing|unsubscribed|unsubscribing',
      ...C,
      pre: (text) => text.length < 90 && LEAVE.test(text),
      guard: (doc, first, hit) => doc.text.length < 90 && says(doc, LEAVE) && c(doc, first, hit),
      suggest: sayInstead("I've decided to stop following this."),
    },
    {
      // "another brain-dead fan, shocker", "oh great, yet another clueless armchair expert": the reader
      // filed as one more of a scorned kind. "another clueless beginner here" is oneself.
      pattern:
        'another|yet_another braindead|brain|clueless|delusional|deluded|entitled|self_appointed|armchair|smug|brainwashed|ignorant|genius|expert @ANY? @ANY? @ANY?',
      ...C,
      guard: (doc, first, hit) => {
        let k = first + (w(doc, first) === 'yet' ? 2 : 1);
        if (w(doc, k) === 'brain' && w(doc, k + 1) !== 'dead') return false;
        // "oh great, another expert has arrived": a bare kind needs the praise that opens the sneer.
        const o = sourPraise(doc, first);
        const bare = KIND_NOUN.test(w(doc, k));
        while (k < hit.end && !KIND_NOUN.test(w(doc, k))) k++;
        return (
          k < hit.end &&
          (!bare || (o >= 0 && !says(doc, /!/))) &&
          opens(doc, first) &&
          (isClauseEnd(doc, k) || /^(?:who|with|that|has)$/.test(w(doc, k + 1))) &&
          !mine(doc, first) &&
          !says(doc, LAUGHED) &&
          c(doc, o < 0 ? first : o, hit)
        );
      },
      span: withPraise,
      suggest: DIFFER,
    },
    {
      // "wow, so brave", "wow. how original."
      pattern: 'wow|oh_wow so|how|very brave|original|edgy',
      ...C,
      guard: (doc, first, hit) => wholeReply(doc, first, hit.end) && c(doc, first, hit),
      suggest: whole('I think we see this differently.'),
    },
    // "you must be fun at parties", "keep telling yourself that", "that's rich coming from you",
    // "says the guy who…", "you're part of the problem", "you sound like a child", "you have no clue"
    ...[
      'you|u must be fun|a_joy at_parties|to_be_around',
      'keep|carry_on|go_on|continue telling|tellin yourself|urself that|whatever',
      'go|you_go ahead|right_ahead and believe|think|keep_believing|keep_thinking that|whatever',
      'rich coming from you|u',
      'says the person|guy|girl|one|man|woman who|that',
      "you're|you_are|ur|youre part_of_the_problem",
      'you|u sound|sounded like a|an child|toddler|kid|baby|teenager|brat|broken_record|lunatic|maniac',
      'worst|terrible|awful|dumbest|stupidest|braindead|idiotic|garbage|trash|embarrassing|cringe|clown take|takes',
    ].map((pattern) => ({
      pattern,
      ...C,
      // Nobody of mine up to the hit: "my worst take ever" is one's own, "worst take I've seen" is not.
      guard: (doc: Doc, first: number, hit: Hit) =>
        !/\b(?:i|i'm|my|me|we|us)\b/i.test(textOf(doc, sentenceOf(doc, first).first, hit.end)) &&
        w(doc, first - 2) !== 'not' &&
        c(doc, first, hit),
      suggest: /take\|takes$/.test(pattern) ? plainTake : DIFFER,
    })),
    {
      // "you have no clue" (not "…how much this means to me")
      pattern: 'you|u have|got no|zero clue',
      ...C,
      guard: (doc, first, hit) => endsHere(doc, hit.end) && c(doc, first, hit),
      suggest: DIFFER,
    },
    {
      // "you're wrong and you know it": the tag after a charge goes
      pattern: 'and you|u know it',
      ...C,
      guard: (doc, first, hit) =>
        /\b(?:wrong|lying|liar|creepy|strawman|happened|fake)\b/i.test(
          textOf(doc, sentenceOf(doc, first).first, first),
        ) && c(doc, first, hit),
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last, 'Leave it out')],
    },
    {
      // "only you could mess up boiling water", "only u could turn a picnic into a disaster"
      pattern: 'only you|u could|would|can manage_to? mess|ruin|screw|botch|wreck|bungle|burn|turn',
      ...C,
      guard: (doc, first, hit) =>
        (w(doc, hit.end - 1) !== 'turn' || says(doc, /\binto an? (?:disaster|mess|nightmare)/i)) &&
        !says(doc, LAUGHED) &&
        c(doc, first, hit),
      suggest: (doc, m) => [
        replaceTokens(doc, m.first, m.last, `${w(doc, m.first + 1)} ${pastOf(w(doc, m.last - 1))}`),
      ],
    },
    {
      // "congrats, you played yourself"
      pattern: 'you|u played|just_played yourself|urself',
      ...C,
      guard: c,
      suggest: sayInstead("That didn't go the way you hoped."),
    },
    {
      // "oh wow, a genius has entered the chat"
      pattern: 'genius|expert|einstein|professor|mastermind|scholar has|just entered the chat',
      ...C,
      guard: c,
      suggest: DIFFER,
    },
    // -- Exasperation at the reader ---------------------------------------------------------------
    {
      // "i can't even with you", "I literally cannot deal with you right now"; "…😂" teases
      pattern: "i can't|cannot|cant even? with|deal_with you",
      ...H,
      guard: (doc, first, hit) => !says(doc, /\b(?:lol|lmao|haha)|\u{1F602}/iu) && c(doc, first, hit),
      suggest: sayInstead("I'm feeling overwhelmed and need a moment."),
    },
    {
      // "I SAID NO", "I TOLD YOU NO": a short refusal in capitals
      pattern: 'i said|told_you no|stop|enough',
      ...H,
      guard: (doc, first, hit) => {
        const t = doc.text.slice((doc.tokens[first] as Token).start, (doc.tokens[hit.end - 1] as Token).end);
        return t === t.toUpperCase() && c(doc, first, hit);
      },
      suggest: (doc, m) => [
        replaceTokens(
          doc,
          m.first,
          m.last,
          `I ${doc.text.slice((doc.tokens[m.first + 1] as Token).start, (doc.tokens[m.last - 1] as Token).end).toLowerCase()}`,
        ),
      ],
    },
    {
      // "oh my god shut up", "jesus christ just shut up"; "omg shut up, you got the job?!" is joy
      pattern: 'oh_my_god|omg|oh_god|jesus_christ|jesus just? shut_up|stfu',
      ...H,
      guard: (doc, first, hit) => !doc.text.includes('?') && c(doc, first, hit),
      suggest: sayInstead(PAUSE),
    },
    {
      // "un-freaking-believable", "unbe-freaking-lievable"
      pattern: 'un|unbe freaking|fucking|effing|flipping|friggin|frigging believable|real|lievable',
      ...H,
      guard: c,
      suggest: (doc, m) => [
        replaceTokens(doc, m.first, m.last, w(doc, m.last - 1) === 'real' ? 'unreal' : 'unbelievable'),
      ],
    },
    {
      // "for crying out loud, just answer me", "for the love of god stop texting me"; "…, I left my
      // keys in the car again" is about oneself. The oath goes, what they said stays.
      pattern:
        "for crying_out_loud|the_love_of_god|the_love_of_christ|god's_sake|gods_sake|fuck's_sake|fucks_sake",
      ...H,
      guard: (doc, first, hit) =>
        (/^(?:just|stop|answer|listen|please|leave|shut|get|pick|can|could|will|would)$/.test(
          w(doc, hit.end),
        ) ||
          mentionsYou(doc, first)) &&
        c(doc, first, hit),
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last, 'drop'), ...sayInstead(PAUSE)(doc, m)],
    },
  ],
});
