/**
 * Contempt and talking down by construction (lexa34, session 34): a chore given a mock award ("oh
 * wow you emptied the bin, someone get this man a medal", "alert the press, he did the dishes"),
 * their text said to be written for them ("did your mom write this for you?"), praise held down
 * ("big words for someone with a default avatar", "not bad for someone who can't cook"); explaining
 * down ("let me make this simple for you", "type slower so you can keep up", "your pretty little
 * head"), their mood mocked in the third person ("someone's a little upset", "someone needs a nap")
 * and the lecture on what adults do ("grown-ups pay their bills on time, just saying").
 * Warm twins pass: the same words in praise or thanks, about oneself, a child or a pet, or a price
 * ("adults pay £5, kids go free"). Cut for bytes in lexa34 and added by lexa34b: a mock award
 * offered ("do you want a sticker for that?", "he wants a medal for the bare minimum"), "what part of
 * no don't you get", "I lost brain cells reading this", "part of being an adult is…", "get your
 * knickers out of a twist", "the audacity of this guy", "spare me your little tantrums".
 */
import { valence } from '../lexicon';
import type { Doc } from '../text';
import type { Category } from '../types';
import type { WhyKey } from '../why';
import { type PhraseRule, phraseFamily } from './phrases';
import { calm, coldSays, type G, kind, needing } from './rebuffs';
import { isClauseEnd, isSentenceStart, says, lowerSentence as sen, sentenceOf, toSentenceEnd } from './rule';

/** Up to 40 characters of the sentence after the hit, lower case. */
const rest = (doc: Doc, end: number): string => {
  const from = doc.tokens[end - 1]?.end ?? 0;
  return doc.text.slice(from, Math.min(sentenceOf(doc, end - 1).end, from + 40)).toLowerCase();
};
/** Calm, and the sentence after the hit is `re`. */
const then =
  (re: RegExp): G =>
  (doc, first, end) =>
    calm(doc, first, end) && re.test(rest(doc, end));
/** Calm, and the hit ends the sentence. */
const ends = then(/^\W*$/);
/** Cold, and the writer is not in the sentence: "stop the presses, I passed!" is news of my own. */
const notMine = coldSays(/^(?!.*\b(?:i|i'm|my|we)\b)/);
/** Fond or thankful anywhere in the message, or exclaimed: "did your mom write this? so sweet ❤️". */
const fond = (doc: Doc): boolean => warm(doc) || says(doc, /!/);
/** Fond or thankful anywhere in the message ("!" is no warmth in a sneer: "truly inspiring!"). */
const warm = (doc: Doc): boolean => says(doc, /thank|love|sweet|cute|proud|❤|💛/);
/** A chore or a minimum done as the feat ("oh wow you put a bowl in the dishwasher"), or an eye-roll. */
const CHORE =
  /\b(?:you|u|he|she) (?:\w+ )?(?:put|did|cleaned|washed|folded|emptied|replied|answered|remembered|was on time)\b|🙄/;
/** Short, not fond (`easy`), and no child or friend comforted ("come here", "let's talk", a hug). */
const pity: G = (doc, first, end) =>
  easy(doc, first, end) && !says(doc, /hug|come here|talk|\bok(?:ay)?\?|sorry|sit with|cuddle/);
/** What a pet or a child is told to do when good. */
const GOOD = 'drop|stop|let|leave|shut|run|fetch|mind|stay|keep|be|go|sit|take|move|do';
/** Short, not fond (`easy`), and no child or pet cared for (grandma, school, bed, the vet). */
const goodly: G = (doc, first, end) =>
  easy(doc, first, end) &&
  !says(doc, /\b(?:gran\w*|nana|mumm?y|mommy|daddy|school|bed|vet|walk|treat|dinner)\b/);
/** Calm and not fond. */
const plainly: G = (doc, first, end) => calm(doc, first, end) && !fond(doc);
/** What a crowd of them is said to do: "you people would…", "your kind never…". */
const WOULD = "would|will|can't|cant|never|always|actually|believe|think|buy|deserve";
/** The words before the hit in its sentence, lower case. */
const before = (doc: Doc, first: number): string => {
  const at = doc.tokens[first]?.start ?? 0;
  return doc.text.slice(Math.max(sentenceOf(doc, first).start, at - 60), at).toLowerCase();
};
/** What the view is put down for, before "someone who…": "spoken like", "advice from", "argue with". */
const WHO_FRAME =
  /\b(?:spoken|said|typed|written|wrote|reads?|sounds?|argu\w*|debat\w*|advice|opinions?|lectur\w*|tips?|takes?|seriously|listen\w*|confidence|arrogance|ego|entitlement)\b(?: \S+){0,5} (?:like|by|from|with|of|to) $/;
/** What "someone who…" is said to lack: "'s never held a job", "can't spell", "peaked in school". */
const WHO_LACK =
  /^(?:'s)? (?:(?:has|have|had|is|was|clearly) )?(?:never (?:held|had|worked|touched|read|left|been|seen|used|cooked|played|done|paid|opened|written|built|boiled|watched)|still (?:lives?|thinks?|prints?|believes?|needs?)|(?:can't|cant|cannot|couldn't) (?:spell|read|write|count|cook|drive|tell|even)|peaked|failed|thinks (?:he|she|they)|has no (?:idea|clue|friends|life|job)|(?:this|so) (?:wrong|clueless|delusional))\b/;
/** Cheap, careless or gross things a piece of work is likened to (the words after "looks like"). */
const LIKE_BAD =
  /\b(?:threw up|vomited|puked|ransom note|clip ?art|rough draft|clearance|thrift|dollar store|cardboard|dishwater|garbage|trash|dumpster|dying (?:cat|goat|animal)|ms paint|a dare you lost)\b|^ (?:you|u|someone|somebody)\b.{0,30}\b(?:made|did|wrote|drew|built|coded|typed|learned|put|threw|slapped|cooked|picked|dressed)\b.{0,30}\b(?:minutes|seconds|yesterday|in the dark|on the bus|blindfold\w*|eyes (?:shut|closed)|drunk|asleep|crayons?)\b|^ (?:a|an|my|your|ur) (?:\w+ )?(?:toddler|child|kid|\d+ ?(?:year|yr) ?old|baby|monkey|cat|dog|nephew|niece)\b.{0,14}\b(?:wrote|made|did|drew|built|coded|typed|painted|walked|sat)\b/;
/** When advice to get a life is mock: "sometime", "for once", "instead of posting", "then come back". */
const MOCK_WHEN =
  /\b(?:sometime|once in a while|for once|ever|seriously|instead of (?:post|comment|argu|typ)\w*|before (?:you |u )?(?:post|comment|typ|repl)\w*|then come back|and stop|lol|lmao|bro|buddy|pal|it (?:would|'d) help (?:you|u))\b/;
/** Told to them as advice: opens the sentence, or after "maybe", "try", "go", "just", "you should". */
const adviceTo = (doc: Doc, first: number): boolean =>
  (isSentenceStart(doc, first) ||
    /^\W*(?:(?:maybe|just|go|seriously|try|you should|you need to)\W+){1,2}$/.test(before(doc, first))) &&
  !/\b(?:i|i'm|my|we|our)\b/.test(before(doc, first));
/** What they are told to come back with: "an adult", "reasonable", "a real job", "hit puberty". */
const GROWN =
  /^ ?(?:you|u)?(?:'ve|'re| have| are| can)? (?:(?:actual|actually|had|have|be|hit|some) )*(?:an? )?(?:adult|grown[ -]?up|human|reasonable|mature|real job|puberty|evidence|source)\b/;
/** A safety rule, not a put-down: children, pets, a pool, a knife. */
const SAFE =
  /\b(?:kids?|child\w*|toddler|baby|dog|cat|pet|puppy|teens|students|guests|pool|fire|stove|knives?|pills|alcohol|bed\w*|son|daughter)\b/;
/** The 1-3 words before "behavior / energy" that file someone as a type. */
const TYPED =
  /(?:\b(?:average|peak|pure|absolute|total|10\/10)(?: [\w'-]+){0,2} [\w'-]*(?:er|or|ist|guy|man|woman|boy|girl|bro|fan|user|poster)s?|\b(?:clown|npc|karen|simp|pick ?me|linkedin|troll|loser|creep|shill))(?: \w+)? $/;
/** Said of "you" (or to them, as an order), not of the writer or a third person. */
const ofYou = (doc: Doc, first: number): boolean =>
  /\b(?:you|u|your|ur|you're|ya|yall|y'all)\b|^\W*(?:stop|quit|don'?t|no need to)\b/.test(
    before(doc, first),
  ) && !/\b(?:i|i'm|my|we|he|she|they)\b/.test(before(doc, first));
/**
 * Short, and nothing fond or full of praise around it (laughter and "!" are no warmth here: "you
 * people are sheep lol").
 */
const easy: G = (doc, first, end) => {
  const s = sentenceOf(doc, first);
  if (s.last - s.first > 24 || says(doc, /thank|love|\bsweet\b|cute|proud|please|❤|💛/i)) return false;
  for (let k = s.first; k < s.last; k++)
    if ((k < first || k >= end) && valence(doc.tokens[k]?.w ?? '') > 2) return false;
  return true;
};
/** Plainly said to "you". */
const toYou: G = (doc, first, end) => plainly(doc, first, end) && ofYou(doc, first);
/** Plainly said, and the words before the hit are `re`. */
const after =
  (re: RegExp): G =>
  (doc, first, end) =>
    easy(doc, first, end) && re.test(before(doc, first));
/**
 * Short, nothing fond in the message (laughter and "cute" are no warmth here: "you really thought
 * that would work? cute"), and not a thought "of" or "about" someone.
 */
const bare: G = (doc, first, end) =>
  sentenceOf(doc, first).last - sentenceOf(doc, first).first <= 24 &&
  !says(doc, /thank|love|proud|please|miss(?:ed)? (?:you|u)|\b(?:same|jk|congrat)|❤|💛|🥰|🥺/i) &&
  !/^ (?:of|about|through)\b/.test(rest(doc, end));
/** `bare`, and no praise outside the hit ("must be exhausting being a nurse, you're amazing"). */
const jeer: G = (doc, first, end) => {
  const s = sentenceOf(doc, first);
  for (let k = s.first; k < s.last; k++)
    if ((k < first || k >= end) && valence(doc.tokens[k]?.w ?? '') > 2) return false;
  return bare(doc, first, end);
};
/** Up to 80 characters of the sentence after the hit, lower case. */
const rest80 = (doc: Doc, end: number): string => {
  const from = doc.tokens[end - 1]?.end ?? 0;
  return doc.text.slice(from, Math.min(sentenceOf(doc, end - 1).end, from + 80)).toLowerCase();
};
/** Explaining down: slowly, simply, in small words, since it didn't sink in (lexa34's cues and more). */
const DOWN =
  /\b(?:(?:really|very) (?:slow|simpl)|nice and simpl|crayon|small(?:er)? words|since (?:you|it|this|that|words) (?:clearly|apparently|obviously|seems?|didn'?t|don'?t|can'?t|aren'?t|isn'?t|still)|sink in|so (?:even )?(?:you|u) can)/;
/** A belief laughed at: a laugh, a sigh of pity, "cute", "delusional", "huh", a skull. */
const LAUGHED_AT =
  /\b(?:lol|lmao|lmfao|bless|aw+|cute|adorable|delusional|huh|sweetie|hun)\b|💀|😂|🤣|🤡|\?\?/u;
/** What mock pity is for: being wrong, being "you", takes like theirs, life in their bubble. */
const PITIED =
  /^ being you\W*$|^ (?:being|going through life|living)\b.{0,30}\b(?:wrong|right about everything|perfect|self-\w+|full of yourself|(?:so|that|this) (?:dumb|dense|clueless|smug|bitter|miserable)|takes like (?:yours|that)|in your (?:little )?bubble)(?!\w)/;
/** A dull fault to match another with: "as bland as your personality". */
const DULL =
  /^(?:bland|boring|dull|bad|useless|dry|flat|stale|shallow|empty|basic|fake|cheap|lazy|slow|dumb|thick|dense|messy|cold)$/;
/** Their view or ways put down (lexa36's kinds): the difference said, without the put-down. */
const PERSONAL = "I see this differently, and I'd rather not make it personal.";
/** The rewording of each talking-down kind: the whole sentence said plainly. */
const SAY: Readonly<Record<string, string>> = {
  mood: 'You seem upset. Do you want to talk about it?',
  head: "I'll take care of this one, and I'll fill you in.",
  lecture: "I'd really like you to take care of this. Can we talk about it?",
  award: "Thanks for doing that. I'd love it if it happened more often.",
  no: "I've said no, and I mean it.",
  iq: 'I really disagree with this.',
  pass: "I'm not interested in this one.",
  pet: 'I see it differently. Can we talk it through?',
  able: "I'd rather take care of this part myself.",
  // As constructions.ts words a label: the same offer where both find it.
  hard: "I'm finding the way this is going really hard right now.",
  sad: "I'm disappointed with how this turned out.",
  // As jeers.ts words it: one offer where both find it.
  skill: "That's something you can get better at with practice.",
  who: PERSONAL,
  advice: PERSONAL,
  gate: PERSONAL,
  like: "Honestly, this one isn't working for me.",
};
/** A way of carrying on, said just before "like a toddler": "you sulk / act / whine like…". */
const SULK =
  /\b(?:act|acting|behave|behaving|sulk|sulking|whine|whining|cry|crying|pout|pouting|throw|throwing|tantrum\w*|moan|moaning|complain\w*|scream\w*|yell\w*|argue|arguing|react\w*|carry(?:ing)? on)\W*$/;
/** Rows of `kind` worded by `SAY` (read only when rewording: the coach bundle leaves it out). */
const saying = (
  rule: string,
  rows: [string, G?][],
  category: Category = 'talking-down',
  why: WhyKey = 'dismiss',
): PhraseRule[] =>
  kind(rule, category, why, rows).map((r) => ({
    ...r,
    suggest: (doc, m) => {
      const s = sentenceOf(doc, m.first);
      let line =
        rule === 'hard' && SULK.test(before(doc, m.first))
          ? "I'd like you to handle this more calmly."
          : (SAY[rule] as string);
      // "get a job, loser": a short line stays short; "I see this differently." says it.
      if (line === PERSONAL && 5 * (s.contentEnd - (doc.tokens[s.first]?.start ?? 0)) < 2 * line.length)
        line = 'I see this differently.';
      return [toSentenceEnd(doc, s.first, line)];
    },
  }));

export const belittle = phraseFamily({
  id: 'belittle',
  category: 'contempt',
  phrases: [
    ...kind('sour', 'contempt', 'mockery', [
      [
        'someone|somebody get|give this|her|him? man|guy? a medal|trophy|sticker',
        (doc) => !fond(doc) && says(doc, CHORE),
      ],
      // Not "call the press office": the clause ends there.
      [
        'alert|call|stop the press|presses|media|news',
        (doc, first, end) =>
          notMine(doc, first, end) && !fond(doc) && says(doc, CHORE) && !/^ \w/.test(rest(doc, end)),
      ],
      ['did your|a? mom|mum|dad|bot|chatbot|chatgpt write|type this|that|it @ANY? for you|u', plainly],
      [
        'big|bold|brave|stunning|not_bad words|talk|grammar? for|from someone|a_guy who|with|that|calling',
        (doc, first, end) =>
          !fond(doc) && coldSays(/\b(?:with|calling|still|thinks?|barely|never)\b|n'?t\b/)(doc, first, end),
      ],
    ]),
    ...kind('explain', 'talking-down', 'command', [
      ['let me make this|it simple for you|u', ends],
      ['slower|simply|simple so you|u can keep_up', calm],
    ]),
    ...saying('mood', [
      [
        "someone's|someone_is|is_someone|is_somebody a_bit|a_little|so? cranky|grumpy|salty|touchy|upset|jealous|pressed|sulking",
        then(/^\W*$|^ (?:today|again|huh|lol|lmao|cos)\b/),
      ],
      ['somebody|someone needs a nap', ends],
      // Told to them, "grow a thicker skin"; not "nursing teaches you to grow a thicker skin".
      [
        'grow|get a thicker skin',
        (doc, first, end) => notMine(doc, first, end) && isSentenceStart(doc, first),
      ],
    ]),
    ...saying('head', [['your|ur pretty little head']]),
    // A mock award offered for a chore or a minimum: "you cleaned your room, want a cookie?"; not a
    // cookie offered ("want a cookie? I baked too many") or a sticker for the water bottle.
    ...saying('award', [
      [
        'want|wanna a? cookie|medal|sticker|gold_star|trophy|prize|biscuit|round_of_applause|pat_on_the_back',
        (doc, first, end) =>
          (/^ for (?:that|it|this|doing|being|not|remembering|showing|replying|once)\b/.test(
            rest(doc, end),
          ) ||
            (/^\W*$/.test(rest(doc, end)) &&
              (says(doc, /what do you want|\bdid you\b/) || says(doc, CHORE)))) &&
          plainly(doc, first, end),
      ],
    ]),
    // A refusal said again as their failure to follow: "what part of no don't you get".
    ...saying('no', [
      [
        "what part of no|stop|never|nope|leave_me_alone|go_away|not_interested|we're_done|i'm_done|it's_over|don't|do_not don't_you|dont_you|do_you_not|dont_u|didn't_you get|understand|comprehend",
        calm,
      ],
      // The refusal quoted: "not sure what part of 'closed' you didn't get" (quotes are not read).
      [
        'what part of',
        (doc, first, end) =>
          /^ ["'“‘][^"'“”‘’]{1,25}["'”’] (?:(?:do|did|don'?t|didn'?t) )?(?:you|u) (?:(?:not|don'?t|didn'?t) )?(?:get|understand)/.test(
            rest(doc, end),
          ) && calm(doc, first, end),
      ],
    ]),
    // Their words said to have harmed the reader's mind: "I lost brain cells reading this".
    ...saying('iq', [
      [
        'lowered|dropped|killed|lowering|lower my iq',
        coldSays(/^(?:this|that|your|ur|reading|listening)\b|\b(?:reading|listening|watching)\b/),
      ],
      [
        'lost|losing|lose brain_cells|a_few_brain_cells|some_brain_cells|iq_points',
        (doc, first, end) =>
          plainly(doc, first, end) && coldSays(/\b(?:reading|listening to|talking to)\b/)(doc, first, end),
      ],
    ]),
    // Their upset called a twist: "don't get your knickers in a twist"; not the washing.
    ...saying('mood', [
      ['your|ur knickers|panties|undies|pants in|into|out_of a twist|bunch|knot|wad', calm],
    ]),
    ...kind('sour', 'contempt', 'mockery', [
      // "the audacity of this guy"; not of a cat.
      ['the audacity|nerve|gall of this|that|some guy|man|woman|dude|lady|person|bloke|clown|one', plainly],
      // The habit of wanting one, said as the whole point: "he wants a medal for doing the bare
      // minimum"; not a child's sticker chart.
      [
        'need|needs|want|wants|expect|expects a? cookie|medal|sticker|gold_star|trophy|pat_on_the_back for everything|every_little_thing|doing_the_bare_minimum|the_bare_minimum',
        (doc, first, end) =>
          then(/^\W*$|^,/)(doc, first, end) &&
          !fond(doc) &&
          says(doc, /\b(?:you|u|he|she)\b/) &&
          !says(doc, /\b(?:my|our|son|daughter|toddler|kids?|class|pupils?|students?)\b/),
      ],
      // Said of them as the whole point: "spare me your little tantrums"; not a story of one.
      [
        'your|ur little tantrum|tantrums|meltdown|meltdowns|hissy_fit|hissy_fits|outburst|outbursts',
        (doc, first, end) => ends(doc, first, end) && !fond(doc),
      ],
    ]),
    // lexa35: their upset made small ("you're getting all worked up over nothing", "stop making
    // such a fuss about one text"); not "I got worked up over nothing" or a fuss made over a baby.
    ...saying('mood', [
      [
        'worked_up|wound_up|riled_up|bent_out_of_shape|hysterical over|about nothing|literally|one|a|an',
        toYou,
      ],
      [
        'making|make|made|makes such_a|a big|huge? deal|fuss|scene|drama out_of|over|about|of nothing|literally|one|a|an',
        toYou,
      ],
    ]),
    // Explaining once more, slowly, as if to someone slow: "I'll spell it out for you one more time",
    // "let me say this really slowly"; not "let me type this slowly, sorry for typos".
    ...kind('explain', 'talking-down', 'command', [
      [
        "let_me|i'll|let's explain|spell|say|repeat|type|break|try",
        (doc, first, end) =>
          easy(doc, first, end) &&
          ((r) =>
            (DOWN.test(r) ||
              (doc.tokens[end - 1]?.w !== 'try' &&
                /\b(?:one more time|once more|one last time|a third time|nice and slow|since you)/.test(
                  r,
                ))) &&
            !/\bfor (?:the|our|my|new|any|every)/.test(r))(rest(doc, end) + rest(doc, end + 6)),
      ],
      // lexa37: "ok, one more time, using small words", "again, nice and simple, since it didn't sink in".
      [
        'one_more_time|once_more|again',
        (doc, first, end) =>
          bare(doc, first, end) &&
          !/\b(?:explain|spell|say|repeat|type|break)\b/.test(before(doc, first)) &&
          /^\W*(?:nice and simpl|(?:using|with|in) small(?:er)? words|since)/.test(rest(doc, end)) &&
          DOWN.test(rest80(doc, end)),
      ],
    ]),
    ...kind('sour', 'contempt', 'insult', [
      // A crowd of them called mindless: "you're all sheep", "your whole fandom is a bunch of npcs";
      // not "the sheep in this video" or "your sheep are so fluffy".
      [
        'sheep|sheeple|npcs|lemmings|drones|bots',
        after(
          /\b(?:(?:you|y'?all)(?: guys| lot| people| all)?|your \w+(?: \w+)?) (?:are|is)(?: \w+){0,3} $|\byou're(?: \w+){0,3} $/,
        ),
      ],
      // "you people would buy anything", "your kind never learns"; "you lot" only with what they'd do.
      [`kind|sort|lot|likes_of_you ${WOULD}|really|just|have|need`, after(/\b(?:your|the) $/)],
      // The rules read "you people" as "you": the gap holds it.
      [
        `you ${WOULD}`,
        needing(
          (text) => / (?:people|lot) /i.test(text),
          (doc, first, end) =>
            easy(doc, first, end) && / (?:people|lot) /.test(rest(doc, first + 1).slice(0, 8)),
        ),
      ],
      // Said to do it worse than a child, a pet or a granny: "my nephew draws better maps than this",
      // "a monkey could code this better"; not "my gran makes better pancakes than any café".
      [
        'better|faster|neater|cleaner',
        needing(
          // The child, pet or potato anywhere in the message, in any case (`u`: the Kelvin sign is a
          // "k" in lower case; no word here ends in "i", which a dotted capital I makes).
          (text) => /year old|kid|nephew|niece|gran|nan|dog|cat|toddler|monkey|potato|child/iu.test(text),
          (doc, first, end) =>
            after(
              /\b(?:my|a|an)\b.{0,25}\b(?:year old|kid|nephew|niece|gran\w*|nan|dog|cat|toddler|monkey|potato|child)\b/,
            )(doc, first, end) &&
            /^(?:(?: \w+)? than (?:this|that|you|u|yours?)\b|\W*$|(?: \w+)? (?:by|in ms paint|blindfolded|asleep)\b)/.test(
              rest(doc, end),
            ),
        ),
      ],
      // Their reasoning called a stunt: "the mental gymnastics in this thread".
      ['mental|logical|verbal gymnastics|acrobatics|olympics|contortions|backflips|somersaults', notMine],
    ]),
    ...saying(
      'hard',
      [
        // Likened to a child or an animal, whatever they do: "you sulk like a toddler", "you act like a
        // spoiled twelve year old"; not "you sleep like a baby" or "you swim like a fish".
        [
          'like a|an|some @ANY? @ANY? toddler|year_old|pig|raccoon|goblin|caveman|chimp|monkey|kicked_puppy|brat|bot|npc|potato|drunk|sloth|zombie|headless_chicken|blind_man',
          (doc, first, end) =>
            easy(doc, first, end) &&
            ofYou(doc, first) &&
            !/\byou look/.test(before(doc, first)) &&
            // "looks like a toddler did it": their work likened, which the work's own rules reword.
            !/^\W*(?:did|made|drew|wrote|painted|built|coded|designed)\b/.test(rest(doc, end)),
        ],
      ],
      'contempt',
      'insult',
    ),
    // Their part handed to the able: "leave the budget to the rest of us", "let the grown-ups sort
    // it"; not "let the grown-ups grill while the kids swim".
    ...saying('able', [
      [
        'to|let the_rest_of_us|the_grown_ups|the_adults',
        (doc, first, end) =>
          (doc.tokens[first]?.w === 'let' || after(/\bleave\b/)(doc, first, end)) &&
          easy(doc, first, end) &&
          /^\W*(?:$|handle|do|deal|sort|talk|hm|though|kid|sweet|hon|hun|buddy|champ)/.test(rest(doc, end)) &&
          !says(doc, /\bkids?\b|children|\b(?:i|we|my)\b|😂/i),
      ],
      // lexa37: "leave the numbers to people who can count", "let someone who actually knows answer".
      [
        'to|let people|someone|somebody|those|anyone who|that can|actually|understand|know|knows',
        (doc, first, end) =>
          (doc.tokens[first]?.w === 'let' || after(/\bleave\b/)(doc, first, end)) &&
          /^ (?:count|read|spell|think|write|cook|drive|do math|actually|knows?|understands?|the basics|what they|how|better|a thing)/.test(
            rest(doc, end),
          ) &&
          !says(
            doc,
            /\b(?:i|we|my|kids?|children|electric\w*|wiring|gas|plumb\w*|roof|legal|tax\w*|accountant|lawyer|doctor|pro)\b/i,
          ),
      ],
    ]),
    // Waved off whole: "didn't ask, don't care", "ok and?", "yawn."
    ...saying('pass', [
      [
        "didn't|didnt|did_not ask|read",
        (doc, first, end) =>
          isSentenceStart(doc, first) &&
          easy(doc, first, end) &&
          /^(?:\s*[,.!?+]|$|\s+(?:don'?t|dont|and|lol|next)\b)/.test(rest(doc, end)),
      ],
      ['ok|okay|k|so and', (doc, first, end) => isSentenceStart(doc, first) && /^\?/.test(rest(doc, end))],
      [
        'yawn|snooze',
        (doc, first, end) =>
          isSentenceStart(doc, first) &&
          then(/^\W*(?:next\W*)?$/)(doc, first, end) &&
          !says(doc, /sleep|tired|bed/),
      ],
    ]),
    // A pet name that talks down, with the dismissal it goes with: "chill kiddo, the adults are
    // talking", "ok sweetie, run along"; not "relax, sweetheart, you did great" or "honey, dinner's ready".
    ...saying('pet', [
      [
        'sweetie|sweetheart|honey|hun|darling|babe|princess|kiddo|kid|champ|buddy|pal|lil_bro|little_bro|little_guy|little_one',
        (doc, first, end) =>
          easy(doc, first, end) &&
          says(
            doc,
            /\b(?:run along|crayons|stick to what|read the room|cope|seethe|cry (?:more|harder)|it'?s (?:just |only )?a (?:game|joke|comment)|literally (?!not)|does that help|hope that helps|in case (?:that|it) helps|(?:already )?answered|let the (?:professionals|experts|pros)|(?:we've|i've) been over this)\b/i,
          ),
      ],
    ]),
    ...saying('lecture', [
      [
        "grown_ups|grownups|adults|professionals|a_mature_person|a_grown_up pay|clean|answer|apologise|pick|reply|would|don't",
        coldSays(
          /^(?!.*(?:\d|£|\$|free|ticket|kids)).*\b(?:their|themselves|by now|like that|just saying)\b/,
        ),
      ],
      // "part of being an adult is paying your own bills"; not "…is learning to rest, and you're
      // doing great" or a sigh about one's own ("…is doing taxes, ugh").
      [
        'part of being an_adult|a_grown_up|a_grownup|grown_up|a_grown-up is|means',
        coldSays(/^(?!.*\b(?:ugh|i|me|my|we|us|rest|kind|okay|ok)\b).*\b(?:your?|just saying)\b/),
      ],
    ]),
    // lexa35b: their hurt asked about in mock pity: "aww did someone get their feelings hurt", "is the
    // little baby upset?", "did the big bad internet hurt your feelings"; not a real baby or a
    // child comforted ("…hurt your feelings? come here, let's talk").
    ...saying('mood', [
      ['someone|somebody get|got|have their feelings|fee_fees hurt|bruised', pity],
      [
        'hurt your|ur feelings',
        (doc, first, end) => pity(doc, first, end) && says(doc, /\b(?:aw+|poor thing|big bad|widdle)\b/),
      ],
      [
        'is|does the? little|poor|widdle? baby|someone|somebody|snowflake sad|upset|mad|crying|cranky|salty|butthurt|triggered|angry|grumpy',
        (doc, first, end) =>
          pity(doc, first, end) &&
          !says(
            doc,
            /\b(?:she|her|my|our|teeth\w*|hungry|feed|nap|sleep|vet|dog|cat|puppy)\b|(?:take|hold) him/,
          ),
      ],
    ]),
    // An order dressed as a reward for a pet or child: "be a good boy and drop it", "be a good
    // little intern and fetch the coffee"; not "be a good boy for grandma" or a dog at the vet.
    ...kind('good', 'talking-down', 'command', [
      [`be a good boy|girl|lad|lass|boi and ${GOOD}`, goodly],
      [`be a good little @ANY and ${GOOD}`, goodly],
    ]).map(
      (r): PhraseRule => ({
        ...r,
        // The ask kept, asked: "be a good boy and drop it" → "Could you drop it, please?"
        suggest: (doc, m) => [
          toSentenceEnd(
            doc,
            m.first,
            `Could you ${doc.text.slice(doc.tokens[m.last - 1]?.start, sentenceOf(doc, m.first).end).replace(/[\s.!?]+$/, '')}, please?`,
          ),
        ],
      }),
    ),
    // A failure praised in mock awe: "congrats on the worst pitch ever, truly inspiring", "bravo, you
    // burnt the rice, a true visionary"; not praise of a win ("…the best launch, truly a visionary").
    ...saying(
      'sad',
      [
        [
          'congrats|congratulations|bravo|well_done|amazing_work|great_job|nice_job|good_job|nice_work|great_work|kudos',
          // Not "great job breaking prod", which scorn.ts finds and rewords with what broke.
          (doc, _first, end) =>
            !(
              /^(?:job|work|done)$/.test(doc.tokens[end - 1]?.w ?? '') &&
              /^ (?:on |with )?\w+ing\b/.test(rest(doc, end))
            ) &&
            !warm(doc) &&
            says(
              doc,
              /\b(?:worst|ugliest|dumbest|broke|breaking|burn|crash|fail|ruin|botch|wreck)\w*|messed up/,
            ) &&
            says(
              doc,
              /\b(?:truly|true|real|pure|absolute)\b.{0,20}\b(?:genius|visionary|inspiring|legend|talent|icon|hero|material|prodigy|mastermind|masterpiece|innovator)/,
            ) &&
            !says(
              doc,
              /\b(?:not|no|never|without|didn'?t|surviv\w*|(?:got|made it) through|despite|beat\w*)\b/,
            ),
        ],
      ],
      'contempt',
      'mockery',
    ),
    ...kind('sour', 'contempt', 'mockery', [
      // The know-all announced: "oh look, the expert has arrived to tell us", "the genius has spoken".
      [
        'the expert|genius|professor|einstein|big_brain|know_it_all|resident_expert has_arrived|has_spoken|has_entered_the_chat',
        (doc, first, end) =>
          !fond(doc) &&
          (/\b(?:spoken|chat)\b/.test(rest(doc, end - 1)) ||
            /\b(?:oh|look|behold|ah)\W*$/.test(before(doc, first)) ||
            /^ to (?:tell|explain|enlighten|educate|lecture|correct|save)/.test(rest(doc, end))),
      ],
      // Their failings put down to a cold childhood: "did mommy not hug you enough as a kid?".
      [
        'hug|love|hold|praise you|u enough',
        (doc, first, end) =>
          /\b(?:mommy|mummy|mom|mum|daddy|dad|parents|mother|father)\b.*\b(?:not|didn'?t|never)\b/.test(
            before(doc, first),
          ) && /^(?: as a (?:kid|child)|\W*$)/.test(rest(doc, end)),
      ],
    ]),
    // lexa36: their view put down by who they are said to be: "spoken like someone who's never held a
    // job", "I'm not arguing with someone who can't spell", "advice from somebody who still lives with
    // mum"; not "advice from someone who has been there" or "take it from someone who never gave up".
    ...saying(
      'who',
      [
        [
          "someone|somebody|a_person|a_guy|a_man|a_woman|a_kid|a_dude|people who|who's|that|that's|this|so",
          (doc, first, end) =>
            easy(doc, first, end) &&
            !fond(doc) &&
            WHO_FRAME.test(before(doc, first)) &&
            WHO_LACK.test(rest(doc, end)),
        ],
      ],
      'contempt',
      'insult',
    ),
    // lexa36: their work or looks likened to something cheap, careless or gross: "your essay reads like
    // a ransom note", "your room looks like a thrift shop threw up in it", "it looks like you made this
    // in five minutes", "looks like your cat walked across the keyboard"; not "your cake looks like a
    // dream" or "your garden looks like a bomb went off after that storm, want a hand?".
    ...saying(
      'like',
      [
        [
          'looks|look|looked|sounds|sound|reads|tastes|taste|smells|smell|feels|plays like',
          (doc, first, end) =>
            easy(doc, first, end) &&
            !fond(doc) &&
            /\b(?:your|yours|ur|you|u)\b/.test(before(doc, first) + rest(doc, end).slice(0, 14)) &&
            !/\b(?:i|i'm|my|we|our)\b/.test(before(doc, first)) &&
            !says(doc, /\b(?:sorry|help|hand|storm|hope|sick|cold)\b/) &&
            LIKE_BAD.test(rest80(doc, end)),
        ],
      ],
      'contempt',
      'insult',
    ),
    // lexa36: mock advice to go and get a life: "maybe read a book sometime", "find a hobby, seriously",
    // "go outside and get some sun instead of posting", "you put ranch on it? seek help"; not "read a
    // book on the flight", "find a hobby you love" or "get a job at the bakery, they're hiring".
    ...saying('who', [
      [
        'read|open|opening|reading|crack_open a|one book|textbook|dictionary',
        (doc, first, end) =>
          first > sentenceOf(doc, first).first &&
          adviceTo(doc, first) &&
          easy(doc, first, end) &&
          MOCK_WHEN.test(sen(doc, first)),
      ],
      [
        'find|get a hobby|job|girlfriend|boyfriend|therapist',
        (doc, first, end) =>
          adviceTo(doc, first) &&
          easy(doc, first, end) &&
          /^(?:\W*$|\W*(?:and|then|instead|already|lol|lmao|seriously|bro|pal|mate|dude)\b|\s*[,.!])/.test(
            rest(doc, end),
          ),
      ],
      [
        'get_some_sun|get_some_fresh_air|get_out_more|see_daylight|see_the_sun|get_some_sunlight',
        (doc, first, end) => adviceTo(doc, first) && easy(doc, first, end) && MOCK_WHEN.test(sen(doc, first)),
      ],
      [
        'seek|get help|therapy|professional_help',
        (doc, first, end) =>
          isSentenceStart(doc, first) &&
          sentenceOf(doc, first).last - first < 4 &&
          easy(doc, first, end) &&
          /[?]|\blol\b|\blmao\b/.test(doc.text) &&
          !says(doc, /worr|struggl|support|here for|please|sorry/),
      ],
    ]),
    // lexa36: a say earned only by growing up or by experience: "come back when you're an adult", "come
    // back when you can be reasonable", "when you've coached a team for years, then we can talk"; not
    // "come back when you're ready" or "when you've landed, we can talk".
    ...saying('gate', [
      [
        "come|get back to_me? when|once you|you've|you're|u|ur",
        (doc, first, end) => easy(doc, first, end) && GROWN.test(rest(doc, end)),
      ],
      [
        'we|you|u can talk|speak',
        (doc, first, end) =>
          /^\W*(?:\w+\W+){0,3}(?:when|once) (?:you|u)(?:'ve| have)\b(?!.*(?:calm|rest|slept|sleep|eat|land|home|ready|free|finish|time|chance|moment|minute|break|cool))/.test(
            before(doc, first),
          ) &&
          isClauseEnd(doc, end - 1) &&
          easy(doc, first, end),
      ],
    ]),
    // lexa36: their upset mocked as lasting too long: "are you seriously still upset about that?",
    // "still crying over one lost match"; not "are you still upset about this morning? I'm sorry".
    ...saying('mood', [
      [
        'still upset|mad|angry|crying|whining|sulking|moaning|salty about|over',
        (doc, first, end) =>
          (/^still (?:cry|whin|sulk|moan|salty)/.test(
            doc.text.slice(doc.tokens[first]?.start, doc.tokens[first + 1]?.end).toLowerCase(),
          ) ||
            /\b(?:seriously|really|honestly|literally|actually|somehow)\W*$/.test(before(doc, first))) &&
          /\b(?:you|u|you're|ur|ya)\b/.test(before(doc, first)) &&
          pity(doc, first, end),
      ],
    ]),
    // lexa36: someone filed as a type by their ways: "average reply guy behavior", "clown behaviour",
    // "peak fanboy energy"; not "classic toddler behaviour", "typical cat energy" or of oneself.
    ...saying(
      'who',
      [
        [
          'behavior|behaviour|energy|mindset',
          (doc, first, end) =>
            TYPED.test(before(doc, first)) &&
            easy(doc, first, end) &&
            !fond(doc) &&
            !says(doc, SAFE) &&
            !says(doc, /\b(?:my|me|i|i'm|we|our|dad|mum|mom|summer|monday|weekend|welcome)\b|🥳/u),
        ],
      ],
      'contempt',
      'insult',
    ),
    // lexa37: a belief of theirs laughed at: "lol you really thought that would work huh", "aw bless, u
    // genuinely believed him", "not you thinking anyone cares", "bro thinks he's the main character";
    // not "you really thought of everything" or "my son thinks he's the boss lol"; and mock pity.
    ...saying(
      'who',
      [
        [
          'you|u really|actually|genuinely|seriously|honestly|truly thought|believed|expected|think|believe',
          (doc, first, end) => bare(doc, first, end) && LAUGHED_AT.test(doc.text.slice(0, 200).toLowerCase()),
        ],
        [
          'not you|u thinking|believing',
          (doc, first, end) => isSentenceStart(doc, first) && jeer(doc, first, end),
        ],
        // Their own standing: "bro really thinks he's the main character", "u think ur somebody"; not
        // "I think you're smart" or a son who thinks he's the boss of the house.
        [
          "think|thinks he's|she's|you're|ur|youre|hes|shes|they're|he_is|she_is|you_are",
          (doc, first, end) =>
            jeer(doc, first, end) &&
            !/\b(?:i|we|my)\b/.test(before(doc, first)) &&
            /^ (?:(?:a|an|the|so|some|such a|all) )?(?:main character|somebody|special|boss|expert|genius|god'?s gift|all that|above|a big deal)\b/.test(
              rest(doc, end),
            ) &&
            !says(doc, SAFE),
        ],
        // Mock pity: "must be exhausting being wrong this often", "must be rough going through life with
        // takes like yours", "I feel sorry for you if this is what you think"; not "must be exhausting
        // being a nurse on nights" or "I feel sorry for you, that flight sounds awful".
        [
          'must be so|really|pretty|quite? exhausting|tiring|hard|rough|tough|sad|lonely|miserable|draining',
          (doc, first, end) => jeer(doc, first, end) && PITIED.test(rest80(doc, end)),
        ],
        [
          'sorry for you|u if|that',
          (doc, first, end) =>
            jeer(doc, first, end) &&
            /^ (?:this|that)(?: is|'s) (?:what|how|the best) (?:you|u)\b/.test(rest(doc, end)),
        ],
      ],
      'contempt',
      'mockery',
    ),
    // lexa37: one fault of theirs measured by another: "your lasagna is as bland as your personality",
    // "your taste in music is as bad as your taste in men"; not "it's not as bad as you think" or "your
    // cooking is as good as your mum's".
    ...saying(
      'like',
      [
        [
          'as @ANY as your|ur|you|u',
          (doc, first, end) =>
            jeer(doc, first, end) &&
            /^as\b/i.test(doc.text.slice(doc.tokens[first]?.start)) &&
            /\b(?:your|ur|you're|you|u)\b/.test(before(doc, first)) &&
            !/\b(?:i|i'm|my|we|not|n't|never)\b|n't /.test(before(doc, first)) &&
            DULL.test(
              doc.text.slice(doc.tokens[first + 1]?.start, doc.tokens[first + 1]?.end).toLowerCase(),
            ) &&
            !/^ (?:think|thought|expect|fear|said|imagin|feel|worr|last|previous|first|other|old|new)/.test(
              rest(doc, end),
            ),
        ],
      ],
      'contempt',
      'insult',
    ),
    // lexa37: their role or work called a cheap copy or a crime: "you're a glorified note-taker", "your
    // remix is a crime against the original"; not "my job is a glorified spreadsheet lol" or "that
    // pizza is a crime against Italy".
    ...saying(
      'who',
      [['a glorified|crime_against', (doc, first, end) => jeer(doc, first, end) && ofYou(doc, first)]],
      'contempt',
      'insult',
    ),
    // lexa37: explaining down with a picture: "do you need me to draw you a diagram?"; not "I'll draw you
    // a map to the cabin".
    ...kind('explain', 'talking-down', 'command', [
      [
        'draw|drawing you|u a picture|diagram|chart|flowchart',
        (doc, first, end) =>
          bare(doc, first, end) &&
          (/\b(?:need|want|should) me to\W*$/.test(before(doc, first)) || DOWN.test(sen(doc, first))) &&
          !says(doc, /\b(?:map|route|directions|portrait|birthday|card|tattoo|kids?)\b/i),
      ],
    ]),
    // A loss put down to their skill: "skill issue tbh", "git gud"; not "skill issue on my part".
    ...saying(
      'skill',
      [
        ['skill issue|issues', notMine],
        ['git|get gud', calm],
      ],
      'contempt',
      'mockery',
    ),
  ].map((r) => ({ ...r, severity: 1 })),
});
