/**
 * Contempt through sarcasm and mockery: "nice job, genius", "wow, real mature",
 * "thanks for nothing", "whatever you say", "boo hoo". Offers saying plainly what bothered you.
 */
import { INSULT_ADJECTIVES, INSULT_NOUNS, isComplaint, TRAIT_ADJECTIVES, valence } from '../lexicon';
import type { Doc, Token } from '../text';
import { type PhraseRule, phraseFamily } from './phrases';
import {
  aboutText,
  clauseEnd,
  type Draft,
  isClauseEnd,
  isSentenceStart,
  type Match,
  notWarmAfter as notWarm,
  polarity,
  replaceTokens,
  says,
  sentenceOf,
  toSentenceEnd,
  warmAround,
  wholeKeepingOpeners,
} from './rule';
import { talkedOf } from './targets';

const WHY_MATTERS = 'Help me understand why this matters to you.';
/** Words that open a clause with its own subject ("they are…", "the rest…", "nobody…"). */
const CLAUSE_OPENER =
  /^(?:i|you|u|he|she|it|we|they|that|this|these|those|the|my|your|his|her|their|our|nobody|everyone|people|its|it's|that's|they're|you're|he's|she's|we're|i'm|im)$/;

const plain =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => [toSentenceEnd(doc, m.first, text)];

/**
 * The doings a likeness can mock, every form to its base ("sang", "singing" → "sing"): "you sang
 * like a car alarm" mocks as "you sing like one" does.
 */
const LIKE_VERB: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const odd: Record<string, string> = {
    drive: 'drove driven',
    write: 'wrote written',
    sing: 'sang sung',
    shoot: 'shot',
    build: 'built',
    eat: 'ate eaten',
    spell: 'spelt',
  };
  for (const b of 'look dress type play drive talk write sound read argue cook sing dance walk code text park spell aim shoot build eat parent'.split(
    ' ',
  )) {
    const e = b.endsWith('e') ? b.slice(0, -1) : b;
    for (const f of [
      b,
      b.endsWith('ss') ? `${b}es` : `${b}s`,
      `${e}ed`,
      `${e}ing`,
      ...(odd[b]?.split(' ') ?? []),
    ])
      m.set(f, b);
  }
  return m;
})();

/**
 * A mocking likeness said plainly, the rest of the sentence kept: "your playlist sounds like a
 * waiting room" → "I'm not a fan of your playlist", "you park like you're blindfolded" → "I'm not
 * a fan of how you park", "u type like…" → "I'm finding your messages hard to read", "you sound
 * like…" (an argument) → "I see this differently".
 */
const likenessSaidPlainly = (doc: Doc, m: Match): Draft[] => {
  const t = doc.tokens;
  let v = m.first + 1;
  while (v < m.last && !LIKE_VERB.has((t[v] as Token).w)) v++;
  const verb = LIKE_VERB.get(t[v]?.w ?? '');
  // "that haircut makes you look like…": the whole clause goes, not "that haircut makes I'm…".
  const made = /^(?:makes?|made|making)$/.test(t[m.first - 1]?.w ?? '');
  const np = doc.text.slice((t[m.first + 1] as Token).start, (t[Math.max(v - 1, m.first + 1)] as Token).end);
  const text = /^(?:your|ur)$/.test((t[m.first] as Token).w)
    ? // "your husband sounds like…": a person of theirs is not a thing to be a fan of.
      /\b(?:husband|wife|partner|bf|gf|boyfriend|girlfriend|mom|mum|dad|mother|father|son|daughter|kids?|friends?|brother|sister|boss|family)$/.test(
        np,
      )
      ? 'I see this differently'
      : `I'm not a fan of your ${np}`
    : verb === 'look'
      ? "I'm not a fan of this look"
      : !verb || /^(?:sound|talk|argue|read)$/.test(verb)
        ? 'I see this differently'
        : /^(?:type|text|spell|write)$/.test(verb)
          ? "I'm finding your messages hard to follow"
          : `I'm not a fan of how you ${verb}`;
  const s = sentenceOf(doc, m.first);
  return [
    replaceTokens(
      doc,
      made ? s.first : m.first,
      // "you look like": nothing after "like" yet (a message being typed).
      m.last < s.last ? clauseEnd(doc, m.last) + 1 : m.last,
      text,
    ),
  ];
};

/** The whole sentence said plainly, its opener too ("And you call yourself…", "So nice of you…"). */
const whole =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => [wholeKeepingOpeners(doc, m.first, text)];

/** Another's upset called a show, coldly; not one's own ("finale tonight, here come the waterworks 😭"). */
const othersShow = (doc: Doc, first: number, hit: { end: number }) => {
  const s = sentenceOf(doc, first);
  const around =
    doc.text.slice(s.start, doc.tokens[first]?.start) + doc.text.slice(doc.tokens[hit.end - 1]?.end, s.end);
  return (
    notWarm(doc, first) &&
    !/\b(?:i|i'm|im|my|me|we|us|our)\b|\u{1f62d}|\u{1f979}|\u{1f972}|\u2764/iu.test(around)
  );
};

/** Within 12 words after token `from`: "you" followed within 5 words by a lapse or a bad word. */
function chargeAfter(doc: Doc, from: number): boolean {
  const t = doc.tokens;
  for (let k = from; k < t.length && k < from + 12; k++) {
    if (!/^(?:you|u|you're|youre|ur)$/.test((t[k] as Token).w)) continue;
    for (let j = k + 1; j < t.length && j < k + 6; j++) {
      const x = (t[j] as Token).w;
      if (/^(?:again|not|never|late|forgot)$|n't$/.test(x) || valence(x) < 0) return true;
    }
    return false;
  }
  return false;
}

/** Vocatives that may close a brush-off ("whatever you say, buddy"). */
const VOCATIVES: ReadonlySet<string> = new Set(
  'buddy bro bruh dude pal man mate champ chief sweetie honey hun babe darling princess sunshine kiddo lol lmao'.split(
    ' ',
  ),
);

/** Slowness words the insult lexicon leaves out: "are you really this slow". */
const SLOW = /^(?:slow|thick|dense|clueless|lazy|useless|naive|gullible|oblivious|dim)$/;

const SMART =
  'genius|einstein|shakespeare|sherlock|smartass|smarty|smarty_pants|smartypants|smart_guy|wise_guy|smart_alec|professor|hotshot|champ|rocket_scientist|captain_obvious|mastermind|brainiac';

/** Conduct that sarcastic praise is aimed at: "lovely manners on display there". */
const CONDUCT =
  'parenting|manners|driving|parking|listening|attitude|etiquette|behaviour|behavior|professionalism|customer_service|timekeeping|table_manners';

/** No exclamation, laughter, hearts or thanks near token `first`: the praise is not sincere. */
const SINCERE =
  /!|\b(?:thank\w*|thx|lol|haha\w*|love|proud|congrat\w*|star|legend|hero|xx+)\b|[\u2764\u{1F601}-\u{1F60D}\u{1F618}\u{1F970}\u{1F44F}]/iu;

/** A fault of the person's mind or manner: "clueless", "slow", "petty", "spoiled". */
const dense = (x: string): boolean => INSULT_ADJECTIVES.has(x) || TRAIT_ADJECTIVES.has(x) || SLOW.test(x);

/** A short, kind or laughing message around token `first`: the sentence and 60 characters after it. */
const kindNear = (doc: Doc, first: number): boolean =>
  SINCERE.test(doc.text.slice(sentenceOf(doc, first).start, sentenceOf(doc, first).end + 60));

export const mockery = phraseFamily({
  id: 'mockery',
  category: 'contempt',
  phrases: [
    // "lovely parenting on display there", "great driving there, really": praise of conduct, sour.
    // "Great sportsmanship on display from both teams today!" is sincere.
    {
      pattern: `lovely|great|nice|wonderful|fantastic|brilliant|excellent|stellar|fine|impressive|charming|classy|outstanding|superb ${CONDUCT} on_display|on_show|there`,
      rule: 'sour-praise',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const next = (doc.tokens[hit.end] as Token | undefined)?.w ?? '';
        // Warm words after it ("…, you handled that so calmly") make the praise sincere.
        for (let k = s.last; k < doc.tokens.length && k < hit.end + 30; k++)
          if (valence((doc.tokens[k] as Token).w) > 0) return false;
        // Said alone, or with a sour tag ("really", "as always", "again"): nothing more to praise.
        for (let k = hit.end; k < s.last; k++)
          if (
            !/^(?:really|as|always|usual|tonight|again|mate|there|top|notch|pal|buddy|honestly|wow)$/.test(
              (doc.tokens[k] as Token).w,
            )
          )
            return false;
        return (
          isSentenceStart(doc, first) &&
          !/^(?:from|by|everyone|all|guys|team)$/.test(next) &&
          !SINCERE.test(doc.text.slice(s.start, Math.min(doc.text.length, s.end + 60)))
        );
      },
      suggest: whole("I didn't like how that went."),
    },
    // "are you actually this dense", "r u always this slow or is today special": a fault asked about
    // as if it were the person's nature ("are you really this excited? me too!" passes).
    {
      pattern: 'are|r you|u actually|really|always|seriously|honestly|just|genuinely this|that|so',
      rule: 'this-dense',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const t = doc.tokens;
        const s = sentenceOf(doc, first);
        if (hit.end >= s.last) return false;
        const adj = (t[hit.end] as Token).w;
        return (INSULT_ADJECTIVES.has(adj) || SLOW.test(adj) || valence(adj) < 0) && notWarm(doc, first);
      },
      suggest: plain("I'm frustrated with how this is going."),
    },
    // abscon40: the same fault asked without the adverb, "are you this clueless in every class or just
    // this one"; and marvelled at: "how can anyone be this spoiled". Not a feeling asked after ("are you
    // this tired?") nor praise ("how can anyone be this cute").
    ...['are|r you|u this', 'how can|could anyone|someone|somebody|you|u be|get this|so|that'].map(
      (pattern): PhraseRule => ({
        pattern,
        rule: 'this-dense',
        severity: 2,
        min: 'balanced',
        why: 'insult',
        // ("how are you this loud" is sneers'.)
        guard: (doc, first, hit) =>
          doc.tokens[first - 1]?.w !== 'how' &&
          dense(doc.tokens[hit.end]?.w ?? '') &&
          notWarm(doc, hit.end + 1) &&
          !kindNear(doc, first),
        suggest: plain("I'm frustrated with how this is going."),
      }),
    ),
    // abscon40: someone's arrival announced in mockery, any label for them: "oh look, the hall monitor is
    // back", "the "I did my own research" guy has entered the chat", "the golden child has graced us",
    // "oh great, the family disappointment has an opinion". Not a pet, a child or the weather ("oh look,
    // the cat has opinions"), nor a welcome ("the birthday girl has entered the chat!").
    {
      pattern: 'entered|joined|graced|gracing|opinions|an_opinion|back',
      rule: 'arrival',
      pre: (text) =>
        /\b(?:look|great|good|joy|wonderful|brilliant|perfect)\W+(?:the|mr|miss)\b|grac|(?:entered|joined) the/i.test(
          text,
        ),
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        const x = (doc.tokens[first] as Token).w;
        const pre = doc.text.slice(s.start, (doc.tokens[first] as Token).start);
        return (
          (/^grac/.test(x) ||
            (/^(?:entered|joined)$/.test(x)
              ? /^ the (?:chat|thread|group)/.test(doc.text.slice((doc.tokens[first] as Token).end, s.end))
              : /^\W*(?:(?:oh|ah|lol|lmao)\W+)?(?:look|great|good|joy|wonderful|brilliant|perfect)\W+(?:the|mr|miss)\b/i.test(
                  pre,
                ))) &&
          /\b(?:the|mr|miss|mister)\b/i.test(pre) &&
          !/\b(?:cat|dog|kitten|puppy|baby|kids?|toddler|sun|rain|snow|weather)\b|!/i.test(
            doc.text.slice(s.start, s.end),
          ) &&
          !kindNear(doc, first)
        );
      },
      suggest: plain("I'm frustrated with how this is going."),
    },
    // abscon40: a mocking likeness of how they look, play, write or sound, any image: "you dress like
    // your closet gave up", "bro plays like a roomba with a keyboard", "your report reads like a ninth
    // grader padded it". Not praise ("you sing like an angel", "you look like a million bucks"), care
    // ("you look like you need a hug", "…you've had a rough week"), a likeness of kin ("you look like
    // your mum"), a question, or in fun.
    {
      pattern: `you|u|your|ur|bro|dude @ANY? @ANY? ${[...LIKE_VERB.keys()].join('|')} like|as_if|as_though`,
      rule: 'likeness',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        const t = doc.tokens;
        const y = doc.text.slice((t[hit.end - 1] as Token).end, s.end);
        // The subject right before its verb ("you usually look like"), or "your <thing>" before it; no
        // clause between ("I'll leave you to it, looks like…").
        let v = hit.end - 2;
        if (t[v]?.w === 'as') v--;
        // "she looks just like her dad": a resemblance.
        if (/^(?:just|exactly)$/.test(t[v]?.w ?? '')) return false;
        for (let k = first; k < v - 1; k++)
          if (isClauseEnd(doc, k) || /^(?:to|it|me|at|for|with|in|on)$/.test(t[k + 1]?.w ?? '')) return false;
        if (
          /^(?:your|ur)$/.test((t[first] as Token).w)
            ? v === first + 1
            : v > first + 2 ||
              /^(?:would|could|should|can|will|might|must|may|do|did|don't|dont|didn't|didnt|to)$/.test(
                t[first + 1]?.w ?? '',
              )
        )
          return false;
        // A child, an animal, an insult or an "always" in the likeness: other families read those.
        if (
          /\b(?:toddler|child|baby|kid|brat|teen\w*|year old|caveman|raccoon|monkey|chimp|pig|bot|always|never|every)/i.test(
            y,
          ) ||
          y
            .toLowerCase()
            .split(/\W+/)
            .some((x) => INSULT_NOUNS.has(x))
        )
          return false;
        return (
          !/^\W*[A-Z]|^ (?:that|this)\b/.test(y) &&
          !/\?|\b(?:need\w*|tired|sleep|slept|ghost|ok|okay|sick|sad|cold|cry|cried|crying|about to|scared|worried|nervous|exhausted|freezing|starving|upset|hurt|had|having|fun|weight|home|grown|comfy)\b|^ (?:an? )?(?:million|pro|poet|chef|professional|boss|natural|dream|queen|king|star|angel|model|legend|hero|nobody|no one|postcard|painting|picture|magazine|movie|dream|heaven)\b|^ (?:your|ur|my|his|her) (?:mum|mom|dad|sister|brother|nan|gran\w*|twin)(?:\W*$|,| used| did| does| back)/i.test(
            y,
          ) &&
          polarity(doc, s.first, s.last).pos === 0 &&
          !kindNear(doc, first)
        );
      },
      suggest: likenessSaidPlainly,
    },
    // "wow you really are something else, and not in a good way": the tag turns any remark sour.
    {
      pattern: 'not in a good way',
      rule: 'not-good-way',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        for (let k = s.first; k < first; k++)
          if (/^(?:you|u|you're|ur|youre|your|yours)$/.test((doc.tokens[k] as Token).w)) return true;
        return false;
      },
      // The whole remark goes: what it said is what the tag turned sour.
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        return [replaceTokens(doc, s.first, m.last, "I'm really frustrated with you right now")];
      },
    },
    // "what planet are you living on": the reader's view as from another world.
    {
      pattern: 'what planet are|r you|u',
      rule: 'planet',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain('I see this very differently.'),
    },
    // "who taught you to drive", "who taught u to cook like that": the skill mocked by its teacher.
    {
      pattern: 'who taught|teached you|u to|how_to',
      rule: 'who-taught',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // "who taught you to bake? it's amazing": praise in its sentence or the one that answers it makes it a compliment.
      guard: (doc, first) => {
        for (const w of aboutText(doc, first)
          .toLowerCase()
          .split(/[^a-z']+/))
          if (valence(w) > 0) return false;
        return notWarm(doc, first) && !/[\u{1F60D}\u{1F970}\u{2764}\u{1F60A}]/u.test(aboutText(doc, first));
      },
      suggest: plain("I'm frustrated with how this was done."),
    },
    {
      pattern: `nice|good|great|well|real|brilliant|smooth|amazing job|going|work|done|one|move|thinking ${SMART}`,
      triggers: SMART.split('|').map((v) => v.split('_')[0] as string),
      rule: 'genius',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      suggest: plain("That didn't go well, and I'm frustrated."),
    },
    {
      pattern: `ok|okay|sure|thanks|yeah ${SMART}`,
      rule: 'genius',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // "ok champ, sleep well!": fond, not mocking. "Champ" is said to children as often as in
      // scorn: it needs a sour word or an eye-roll.
      guard: (doc, first, hit) => {
        if (warmAround(doc, first, first, hit.end)) return false;
        if (doc.tokens[hit.end - 1]?.w !== 'champ') return true;
        return says(doc, /\u{1F644}|\u{1F612}|\/s\b/u) || polarity(doc, 0, doc.tokens.length).neg > 0;
      },
      suggest: plain("I see it differently, and I'm frustrated."),
    },
    {
      pattern: 'wow|oh|real|very|so|how @INT? mature|grownup|adult',
      rule: 'real-mature',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => {
        const w = doc.tokens[first]?.w;
        if (w === 'very' || w === 'so' || w === 'how')
          return isClauseEnd(doc, hit.end - 1) && first === sentenceOf(doc, first).first;
        return true;
      },
      suggest: plain('That felt hurtful to me.'),
    },
    {
      pattern: 'thanks|thank_you for nothing',
      rule: 'thanks-for-nothing',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      suggest: plain("I'm disappointed you couldn't help."),
    },
    {
      pattern: 'ok|okay|sure_thing boomer|zoomer|karen|snowflake|doomer',
      rule: 'boomer',
      // "ok zoomer here, can confirm" is oneself
      guard: (doc, _f, hit) => doc.tokens[hit.end]?.w !== 'here',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      suggest: plain('I see it differently.'),
    },
    {
      pattern: 'sure|ok|okay jan',
      rule: 'sure-jan',
      severity: 1,
      min: 'strict',
      why: 'mockery',
      suggest: plain("I'm not sure I believe that."),
    },
    {
      pattern: 'whatever you say',
      rule: 'whatever-you-say',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // "whatever you say." / "whatever you say buddy": the clause ends, or a vocative ends it.
      guard: (doc, _first, hit) =>
        isClauseEnd(doc, hit.end - 1) ||
        (VOCATIVES.has(doc.tokens[hit.end]?.w ?? '') &&
          hit.end < sentenceOf(doc, hit.end - 1).last &&
          isClauseEnd(doc, hit.end)),
      suggest: plain('I still see it differently, but I hear you.'),
    },
    {
      pattern: 'cry me a river',
      rule: 'boo-hoo',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      suggest: plain('I can see this is hard for you.'),
    },
    // "here come the waterworks", "here comes the sob story": their upset called a show ("spare me
    // the waterworks" is dismissive.ts's).
    {
      pattern: 'here come|comes|go the waterworks|crocodile_tears|fake_tears|sob_story|violins|tiny_violins',
      rule: 'boo-hoo',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: othersShow,
      suggest: plain('I can see this is hard for you.'),
    },
    {
      pattern: 'boo|boohoo|waah hoo?',
      rule: 'boo-hoo',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => {
        const w = doc.tokens[first]?.w;
        return (w !== 'boo' || hit.end - first === 2) && notWarm(doc, first);
      },
      suggest: plain('I can see this is hard for you.'),
    },
    {
      pattern: 'poor baby|you|thing',
      rule: 'boo-hoo',
      severity: 1,
      min: 'strict',
      why: 'mockery',
      guard: (doc, first) => notWarm(doc, first),
      suggest: plain('I can see this is hard for you.'),
    },
    {
      pattern: 'who cares',
      rule: 'who-cares',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => notWarm(doc, first) && isClauseEnd(doc, hit.end - 1),
      // "who cares, they should all resign": what follows the comma is the point, and stays.
      suggest: (doc, m) => {
        const s = sentenceOf(doc, m.first);
        const next = doc.tokens[m.last] as Token | undefined;
        if (m.first !== s.first || !next || m.last >= s.last) return plain(WHY_MATTERS)(doc, m);
        const gap = doc.text.slice((doc.tokens[m.last - 1] as Token).end, next.start);
        // A clause of its own after it (a subject first), not "who cares, forget it".
        if (!/^ ?[,;:\u2014-] ?$/.test(gap) || !CLAUSE_OPENER.test(next.w)) return plain(WHY_MATTERS)(doc, m);
        const cap = next.raw === 'i' ? 'I' : next.raw.charAt(0).toUpperCase() + next.raw.slice(1);
        return [
          { start: (doc.tokens[m.first] as Token).start, end: next.end, text: `${WHY_MATTERS} ${cap}` },
        ];
      },
    },
    {
      pattern: 'yeah|ya right',
      rule: 'yeah-right',
      severity: 1,
      min: 'strict',
      why: 'mockery',
      guard: (doc, _first, hit) => isClauseEnd(doc, hit.end - 1),
      suggest: plain("I'm not sure I believe that."),
    },
    {
      pattern: 'smh',
      rule: 'smh',
      severity: 1,
      min: 'strict',
      why: 'mockery',
      suggest: (doc, m) => [
        {
          start: doc.tokens[m.first]?.start ?? 0,
          end: doc.tokens[m.last - 1]?.end ?? 0,
          text: '',
          label: 'Leave it out',
        },
      ],
    },
    // "you're so full of it", "you are full of yourself" (not "full of surprises").
    {
      pattern: "you're|you_are|ur|youre @INT* full of it|yourself|crap|bs|hot_air",
      rule: 'full-of-it',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && notWarm(doc, first),
      // "full of yourself" charges pride, not a claim: what it means to the writer is said.
      suggest: (doc, m) => [
        toSentenceEnd(
          doc,
          m.first,
          (doc.tokens[m.last - 1] as Token).w === 'yourself'
            ? "It feels like you're not hearing me."
            : "I don't see it that way.",
        ),
      ],
    },
    // "you call that cooking?", "and you call yourself a friend?": the reader's effort or role
    // scorned ("what do you call that dish?" asks a name, "you call that number if…" instructs).
    {
      pattern: 'you|u call that|this|yourself',
      rule: 'call-that',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (
          first > s.first &&
          !/^(?:and|so|oh|wow|really|seriously|honestly)$/.test((doc.tokens[first - 1] as Token).w)
        )
          return false;
        const self = (doc.tokens[hit.end - 1] as Token).w === 'yourself';
        return (
          (self || doc.text.slice(s.start, s.end + 1).includes('?')) && !warmAround(doc, first, first, s.last)
        );
      },
      suggest: whole("I'm disappointed, and I'd like to talk about it."),
    },
    // "so nice of you to finally reply", "how kind of you to bother": thanks for lateness, sour.
    {
      pattern: 'nice|kind|good|sweet|thoughtful|generous|decent of you|u to finally|bother|grace',
      rule: 'nice-of-you',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      // "…to finally visit us, we missed you!" is glad of it.
      guard: (doc, first, hit) =>
        !warmAround(doc, first, first, hit.end) &&
        !/\b(?:miss(?:ed)?|love|thanks?|glad|welcome|happy)\b/i.test(
          doc.text.slice((doc.tokens[hit.end - 1] as Token).end, sentenceOf(doc, first).end + 1),
        ),
      suggest: whole("I've been waiting, and I'm frustrated."),
    },
    // "big surprise, you're late again", "shocker, you forgot", "what a shock, the golden boy messed
    // up", "why am i not surprised you forgot": a charge framed as the expected. abscon42: the same
    // words closing the message after a sour clause ("another no-show from you, shocker", "you missed
    // it? colour me shocked"). "what a surprise to see you here!", "…, what a surprise haha, you
    // deserve it" and "color me shocked, the printer works!" pass.
    ...[
      'what_a|big|such_a|surprise|how surprise|shocker|shock|shocking',
      'shocker',
      'colour|color me shocked|surprised',
      "why am i|i'm|im not surprised",
    ].map(
      (pattern): PhraseRule => ({
        pattern,
        rule: 'surprise',
        severity: 2,
        min: 'balanced',
        why: 'mockery',
        guard: (doc, first, hit) => {
          const t = doc.tokens;
          const e = hit.end;
          // Sour words from `from` to `to`, none of mine, someone's (`who`) if asked; nothing glad.
          const sour = (from: number, to: number, who: boolean) => {
            let bad = false;
            for (let k = from; k < to; k++) {
              const x = (t[k] as Token).w;
              if (/^(?:i|we|my|our|i'm|im)$/.test(x)) return false;
              if (talkedOf(x) || INSULT_NOUNS.has(x)) who = false;
              if (/^(?:again|not|never|no)$|n't$/.test(x) || valence(x) < 0 || isComplaint(x)) bad = true;
            }
            return bad && !who && !says(doc, /!|\p{Extended_Pictographic}|\b(?:ha(?:ha)+|lol|lmao)/iu);
          };
          if (says(doc, /\b(?:proud|love|deserve|congrat|best|so hard)/i)) return false;
          // Closing the message, after a clause break: a sour word before it.
          if (e >= t.length) return first > 0 && isClauseEnd(doc, first - 1) && sour(0, first, false);
          return (
            isSentenceStart(doc, first) &&
            (isClauseEnd(doc, e - 1) || /^(?:you|u|that)$/.test((t[e] as Token).w)) &&
            (chargeAfter(doc, e) || sour(e, sentenceOf(doc, first).last, true))
          );
        },
        // "why am I not surprised you forgot" → "I'm disappointed you forgot"; closing: "…, I'm disappointed".
        suggest: (doc, m) =>
          m.last >= doc.tokens.length ||
          (!isClauseEnd(doc, m.last - 1) && /^(?:you|u|that)$/.test(doc.tokens[m.last]?.w ?? ''))
            ? [replaceTokens(doc, m.first, m.last, "I'm disappointed")]
            : [toSentenceEnd(doc, m.first, "I'm disappointed this happened again.")],
      }),
    ),
  ],
});
