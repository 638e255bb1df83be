/**
 * Round h28: scorn and exasperation in the words of chats, comment threads and gaming chat.
 * - internet scorn aimed at the reader: "the audacity", "skill issue", "touch grass", "cope and
 *   seethe", "ratio", "who hurt you", "the bar is on the floor with you", "sure jan", "ok boomer",
 *   "must be nice to never…", "keep crying", "stay pressed";
 * - exasperation at the reader: "i can't even with you", "wow. just wow.", "unreal.",
 *   "un-freaking-believable", a short all-caps refusal ("I SAID NO"), "oh my god shut up", "for
 *   crying out loud, …";
 * - incredulity about their mind: "how are you this clueless", "how do you not know this", "not my
 *   problem you can't read", "can you not read?";
 * - labels by challenge: "grow a spine", "grow a pair".
 * Guards come from the warm side: the same words about a pet, the weather or a game ("the audacity
 * of this cat 😂"), about oneself ("skill issue on my part"), as an invitation ("touch grass with me
 * this weekend?"), in joy ("I SAID YES!!! 💍", "oh my god shut up, congrats!!!") or with a hug after
 * ("who hurt you? (jk love you)"). Laughter does not soften these: "stay pressed lol" mocks.
 */
import { wordSet } from '../lexicon';
import type { Doc, Token } from '../text';
import { opens } from './challenge';
import { phraseFamily } from './phrases';
import {
  type Draft,
  isClauseEnd,
  type Match,
  mentionsYou,
  removeTokens,
  replaceTokens,
  sayInstead,
  sentenceOf,
  warmAround,
} from './rule';
import { endsHere, wholeReply } from './scorn';

const w = (doc: Doc, i: number): string => (doc.tokens[i] as Token | undefined)?.w ?? '';

/** Care, joy or a hug in this sentence or the next: "(jk love you)", "congrats!!!", "so proud". */
const FOND =
  /\u2764|\u2665|<3|[\u{1F48D}\u{1F60D}\u{1F970}\u{1F618}\u{1F495}\u{1F496}\u{1F917}\u{1F389}\u{1F973}\u{1F97A}]|\blove (?:you|u|ya|it|this)|\b(?:sorry|hope)\b|\b(?:jk|j\/k|joking|kidding|congrat\w*|proud|yay|amazing|enjoy|happy for)\b/iu;

/** Nothing fond in this sentence and the next, and the sentence not warm. */
function cold(doc: Doc, first: number, end: number): boolean {
  const s = sentenceOf(doc, first);
  const next = doc.sentences[(doc.tokens[first] as Token).sent + 1];
  return !FOND.test(doc.text.slice(s.start, (next ?? s).end)) && !warmAround(doc, first, first, end);
}

/** First-person words: "skill issue on my part", "i'm new to this". */
const ME: ReadonlySet<string> = wordSet("i i'm im my me mine myself we our us");

/** Aimed at the reader: "you" in the sentence, or the reply is only this. */
const at = (doc: Doc, first: number, end: number) =>
  (mentionsYou(doc, first) || wholeReply(doc, first, end)) && cold(doc, first, end);

/** The whole reply, cold. */
const bare = (doc: Doc, first: number, end: number) => wholeReply(doc, first, end) && cold(doc, first, end);

/** A word of mine in the sentence ("to me" is only a view). */
function mine(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = s.first; k < s.last; k++) if (ME.has(w(doc, k)) && w(doc, k - 1) !== 'to') return true;
  return false;
}
/** Words of the mind that "how are you this ___" scorns. */
const DIM: ReadonlySet<string> = wordSet(
  'dense slow clueless oblivious thick dim daft dumb stupid naive gullible ignorant blind incompetent useless lazy brainless wrong entitled delusional pathetic petty fragile',
);

/** Things that "how do you not know this ___" teases about, not scorns. */
const FUN: ReadonlySet<string> = wordSet('song songs movie film show band album game meme series book tune');

/** What "must be nice" mocks: not working, being handed things, others doing the work. */
const IDLE: ReadonlySet<string> = wordSet("never not don't dont no nothing handed while rest some huh");

/** The whole reply, cold, and "you" in the message or the message only this ("wow. just wow. that view" passes). */
function wowed(doc: Doc, first: number, hit: { end: number }): boolean {
  const t = doc.text;
  const y =
    /\b(?:you|u|your|ur|you're|youre)\b/i.test(t) ||
    (hit.end - first > 1 &&
      !/[a-z]/i.test(t.replace(/wow|just|unreal|yikes|absolutely|truly|simply|so/gi, '')));
  // "yikes. just yikes" is one sentence: the words before may be the same exclamation.
  let k = sentenceOf(doc, first).first;
  while (k < first && WOW.test(w(doc, k))) k++;
  return (
    y &&
    ((k === first && endsHere(doc, hit.end)) || wholeReply(doc, first, hit.end)) &&
    cold(doc, first, hit.end)
  );
}
const WOW = /^(?:wow|yikes|unreal|just|absolutely|truly|simply|so)$/;

const LAUGH = /\b(?:lol|lmao|haha)|\u{1F602}|\u{1F923}/iu;

const SURPRISED = "I'm really surprised you did that.";
const DIFFER = 'I think we see this differently.';
const PAUSE = 'Can we pause for a moment?';

/** "grow a spine and tell him" → "please be brave and tell him"; alone → a wish. */
function brave(doc: Doc, m: Match): Draft[] {
  if (w(doc, m.last) === 'and') return [replaceTokens(doc, m.first, m.last, 'please be brave')];
  return sayInstead("I wish you'd stand up for yourself.")(doc, m);
}

/** The intensifier or oath goes, what they said stays ("for crying out loud, answer me" → "answer me"). */
const drop = (doc: Doc, m: Match): Draft[] => [
  removeTokens(doc, m.first, m.last, 'drop'),
  ...sayInstead(PAUSE)(doc, m),
];

const C = { severity: 2, min: 'balanced', why: 'mockery' } as const;
const H = { severity: 2, min: 'balanced', why: 'shouting', category: 'heat' } as const;

export const jeers = phraseFamily({
  id: 'jeers',
  category: 'contempt',
  phrases: [
    // -- Internet scorn aimed at the reader -------------------------------------------------------
    {
      // "the audacity of you", "the sheer nerve of this guy"
      pattern: 'the|such sheer|absolute? audacity|nerve|gall',
      rule: 'audacity',
      ...C,
      guard: (doc, first, hit) => {
        const n = w(doc, hit.end + 1);
        // "the audacity of my cat", "the audacity of this weather": a pet or a thing.
        if (w(doc, hit.end) === 'of' && !/^(?:you|your|this|that|some)$/.test(n)) return false;
        if (
          /^(?:this|that)$/.test(n) &&
          !/^(?:man|guy|dude|woman|girl|person|clown|one)$/.test(w(doc, hit.end + 2))
        )
          return false;
        // "the nerve in my tooth": only "of/to/on" or nothing may follow.
        const ok = /^(?:of|to|on|you)$/.test(w(doc, hit.end)) || endsHere(doc, hit.end);
        return ok && opens(doc, first) && cold(doc, first, hit.end);
      },
      suggest: (doc, m) =>
        sayInstead(mentionsYou(doc, m.first) ? SURPRISED : "I'm really surprised by this.")(doc, m),
    },
    {
      // "you have some audacity", "you've got some nerve"
      pattern: "you|u|you've|youve have|got? some|a_lot_of|the audacity|nerve|gall",
      rule: 'audacity',
      ...C,
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: sayInstead(SURPRISED),
    },
    {
      // "skill issue", "sounds like a skill issue", "massive skill issue tbh"
      pattern: 'skill issue|issues',
      rule: 'skill-issue',
      ...C,
      guard: (doc, first, hit) => {
        const end = w(doc, hit.end) === 'to' && w(doc, hit.end + 1) === 'me' ? hit.end + 2 : hit.end;
        return !mine(doc, first) && endsHere(doc, end) && cold(doc, first, end);
      },
      suggest: sayInstead("That's something you can get better at with practice."),
    },
    {
      // "go touch grass", "bro needs to touch some grass"
      pattern: 'touch some? grass',
      rule: 'touch-grass',
      ...C,
      guard: (doc, first, hit) => {
        const p = w(doc, first - 1);
        const ok = opens(doc, first) || /^(?:go|and|pls|please|just|to|should)$/.test(p);
        return (
          ok && !/^(?:with|together)$/.test(w(doc, hit.end)) && !mine(doc, first) && cold(doc, first, hit.end)
        );
      },
      suggest: sayInstead('Maybe take a break from this for a bit.'),
    },
    {
      // "cope harder", "cope and seethe", "keep crying", "stay pressed", "cry about it", "stay mad"
      pattern:
        'cope|seethe|mald|keep|stay|=cry|go_cry harder|more|and_seethe|seething|coping|malding|crying|mad|pressed|salty|big_mad|about_it',
      rule: 'cope',
      ...C,
      guard: (doc, first, hit) => {
        const a = w(doc, first);
        const b = w(doc, hit.end - 1);
        // "keep coping", "stay mad" but not "keep more", "cope more"
        if ((a === 'keep' || a === 'stay') === /^(?:harder|more|and)$/.test(b)) return false;
        let end = hit.end;
        if (w(doc, end) === 'about' && w(doc, end + 1) === 'it') end += 2;
        return opens(doc, first) && endsHere(doc, end) && cold(doc, first, end);
      },
      suggest: sayInstead(DIFFER),
    },
    {
      // "you're so pressed over nothing", "why are u so salty"
      pattern: "you're|you_are|are_you|are_u|ur|youre so|this|big|that pressed|salty",
      rule: 'pressed',
      ...C,
      guard: (doc, first, hit) =>
        w(doc, hit.end) !== 'for' && w(doc, hit.end) !== 'at' && cold(doc, first, hit.end),
      suggest: sayInstead('You seem upset about this.'),
    },
    {
      // "ratio", "L + ratio", "take the L"
      pattern: '=take|ratio|l the_l|l|ratio|bozo',
      rule: 'ratio',
      ...C,
      guard: (doc, first, hit) =>
        opens(doc, first) && !ME.has(w(doc, first - 1)) && cold(doc, first, hit.end),
      suggest: sayInstead("I don't agree with you on this."),
    },
    {
      // "who even asked you", "nobody cares"
      pattern: 'who even asked you|u',
      rule: 'who-asked',
      ...C,
      guard: (doc, first, hit) => endsHere(doc, hit.end) && cold(doc, first, hit.end),
      suggest: sayInstead("I'm not sure that's relevant here."),
    },
    {
      // "who hurt you lmao"
      pattern: 'who hurt you|u',
      rule: 'who-hurt-you',
      ...C,
      guard: (doc, first, hit) => bare(doc, first, hit.end),
      suggest: sayInstead('That came across as harsh to me.'),
    },
    {
      // "the bar is on the floor with you", "my expectations of you are already underground"
      pattern:
        "bar|expectations|standards of|for|with? you|u? is|are|was|were|'s literally|already|so? on_the_floor|underground|in_hell|in_the_basement|through_the_floor",
      rule: 'low-bar',
      ...C,
      guard: (doc, first, hit) => at(doc, first, hit.end),
      suggest: sayInstead("I'm really disappointed, honestly."),
    },
    {
      // "sure jan", "ok boomer"
      pattern: 'sure|ok|okay|k jan|boomer|karen|zoomer',
      rule: 'sure-jan',
      ...C,
      // "sure, Jan" may be said to a Jan: strict only.
      guard: (doc, first, hit, level) =>
        (level === 'strict' ||
          !/,/.test(
            doc.text.slice((doc.tokens[first] as Token).end, (doc.tokens[first + 1] as Token).start),
          )) &&
        opens(doc, first) &&
        isClauseEnd(doc, hit.end - 1) &&
        cold(doc, first, hit.end),
      suggest: sayInstead("I don't agree with you on this."),
    },
    {
      // "must be nice to never do anything", "must be nice sleeping till noon while we work"
      pattern: 'must|musta be|have_been nice|great|lovely',
      rule: 'must-be-nice',
      ...C,
      guard: (doc, first, hit) => {
        if (!opens(doc, first) || !cold(doc, first, hit.end)) return false;
        const s = sentenceOf(doc, first);
        for (let k = hit.end; k < s.last; k++) if (IDLE.has(w(doc, k))) return true;
        return endsHere(doc, hit.end);
      },
      suggest: sayInstead("I'd like things to feel fairer between us."),
    },
    {
      // "imagine being this wrong"
      pattern: 'imagine being|getting this|so|that @ANY',
      rule: 'imagine',
      ...C,
      guard: (doc, first, hit) => DIM.has(w(doc, hit.end - 1)) && opens(doc, first),
      suggest: sayInstead("I think you're mistaken here."),
    },
    // -- Exasperation at the reader ---------------------------------------------------------------
    {
      // "i can't even with you", "I literally cannot deal with you right now"
      pattern: "i can't|cannot|cant even? with|deal_with|handle|stand you|u|your|ur",
      rule: 'cant-even',
      ...H,
      // "omg i can't with you 😂" teases.
      guard: (doc, first, hit) => !LAUGH.test(doc.text) && cold(doc, first, hit.end),
      suggest: sayInstead("I'm feeling overwhelmed and need a moment."),
    },
    {
      // "wow. just wow.", "unreal. absolutely unreal.", "unreal."
      pattern: 'just|absolutely|truly|simply|so|unreal wow|unreal|yikes',
      rule: 'just-wow',
      ...C,
      guard: wowed,
      suggest: sayInstead("I'm really surprised by this."),
    },
    {
      pattern: 'unreal|yikes',
      rule: 'just-wow',
      ...C,
      guard: wowed,
      suggest: sayInstead("I'm really surprised by this."),
    },
    {
      // "un-freaking-believable", "unbe-freaking-lievable"
      pattern: 'un|unbe freaking|fucking|effing|flipping|friggin|frigging believable|real|lievable',
      rule: 'un-freaking',
      ...H,
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: (doc, m) => [
        replaceTokens(doc, m.first, m.last, w(doc, m.last - 1) === 'real' ? 'unreal' : 'unbelievable'),
      ],
    },
    {
      // "I SAID NO", "I TOLD YOU NO": a short refusal in capitals
      pattern: 'i said|told_you no|stop|enough',
      rule: 'caps-no',
      ...H,
      guard: (doc, first, hit) => {
        for (let k = first; k < hit.end; k++)
          if (!/[A-Z]/.test((doc.tokens[k] as Token).raw.slice(-1))) return false;
        return (doc.tokens[hit.end - 1] as Token).caps && cold(doc, first, hit.end);
      },
      suggest: (doc, m) => {
        const t = doc.tokens.slice(m.first, m.last).map((x) => x.raw.toLowerCase());
        return [replaceTokens(doc, m.first, m.last, `I ${t.slice(1).join(' ')}`)];
      },
    },
    {
      // "oh my god shut up", "jesus christ just shut up"
      pattern: 'god|omg|jesus|christ|ffs|lord just? shut_up|stfu',
      rule: 'god-shut-up',
      ...H,
      guard: (doc, first, hit) => cold(doc, first, hit.end) && !doc.text.includes('?'),
      span: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        return [s.first, hit.end];
      },
      suggest: sayInstead(PAUSE),
    },
    {
      // "for crying out loud, just answer me", "for the love of god stop texting me"
      pattern:
        "for crying_out_loud|the_love_of_god|the_love_of_christ|god's_sake|gods_sake|fuck's_sake|fucks_sake",
      rule: 'for-crying',
      ...H,
      guard: (doc, first, hit) => {
        const n = w(doc, hit.end);
        const order = /^(?:just|stop|answer|listen|please|leave|shut|get|pick|can|could|will|would)$/.test(n);
        return (order || mentionsYou(doc, first)) && cold(doc, first, hit.end);
      },
      suggest: drop,
    },
    // -- Incredulity about their mind -------------------------------------------------------------
    {
      // "how are you this clueless", "how can you be so dense", "how is it possible to be this oblivious"
      pattern: 'how are|can|could|r|is you|u|it be|possible_to_be? this|so|that @ANY',
      rule: 'how-this-dim',
      ...C,
      // "how is it so slow today?" is about a thing.
      guard: (doc, first, hit) =>
        (w(doc, first + 1) !== 'is' || w(doc, first + 3) === 'possible') &&
        DIM.has(w(doc, hit.end - 1)) &&
        cold(doc, first, hit.end),
      suggest: sayInstead('Can I explain it another way?'),
    },
    {
      // "how do you not know this", "how do u still not understand"
      pattern: 'how do|does|did|can|could you|u still? not know|understand|get|see|remember|realise|realize',
      rule: 'how-not-know',
      ...C,
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        for (let k = hit.end; k < s.last; k++) if (FUN.has(w(doc, k))) return false;
        return cold(doc, first, hit.end);
      },
      suggest: sayInstead('Can I explain it another way?'),
    },
    {
      // "not my problem you can't read", "not my fault you can't follow simple instructions"
      pattern:
        "not my problem|fault|issue you|u can't|cant|cannot|don't|dont|couldn't read|follow|understand|listen|count|spell",
      rule: 'cant-read',
      ...C,
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: sayInstead("Let me know if anything's unclear."),
    },
    {
      // "can you not read?", "can't you read", "do you even have a brain"
      pattern: "can|can't|cant you|u not? read|count|see|spell|hear",
      rule: 'cant-read',
      ...C,
      guard: (doc, first, hit) => opens(doc, first) && endsHere(doc, hit.end) && cold(doc, first, hit.end),
      suggest: sayInstead('Could you take another look, please?'),
    },
    {
      pattern: 'do|does you|u even have a|any brain|brain_cell|brain_cells',
      rule: 'cant-read',
      ...C,
      guard: (doc, first, hit) => cold(doc, first, hit.end),
      suggest: sayInstead("I'm really frustrated right now."),
    },
    // -- Labels by challenge ----------------------------------------------------------------------
    {
      // "grow a spine", "grow some balls and tell him", "get a backbone"
      pattern: '=grow|=get a|some spine|backbone|pair|balls|thicker_skin',
      rule: 'grow-a-spine',
      ...C,
      guard: (doc, first, hit) => w(doc, hit.end) !== 'of' && opens(doc, first) && cold(doc, first, hit.end),
      suggest: brave,
    },
  ],
});
