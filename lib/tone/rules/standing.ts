/**
 * Contempt and talking-down carried by rank: who is put above whom.
 * - pulling rank ("I'm the adult here", "I know better", "when you're older you'll understand");
 * - the adult yardstick ("that's not how adults behave", "act your age", "a grown woman");
 * - the child yardstick and lowly comparisons ("even a kid gets it", "my dog listens better than
 *   you", "you're worse than your brother");
 * - teaching slowly ("let me explain it slowly", "I'll use small words", "um actually",
 *   "if you had read the email you'd know", "you need to learn some respect");
 * - patronising address ("good girl, now…", "well bless your heart", "listen here, kiddo");
 * - disgust and verdicts on the person ("I'm disgusted by you", "you're embarrassing",
 *   "what a joke you are", "a waste of space", "look at you, thinking you're special").
 * Each needs the other person in view (you, an imperative, a vocative) and passes when warm.
 */
import type { Doc, Token } from '../text';
import { phraseFamily } from './phrases';
import {
  type Draft,
  isClauseEnd,
  type Match,
  mentionsYou,
  negatedBefore,
  polarityNoLaughter,
  removeTokens,
  sentenceOf,
  toSentenceEnd,
} from './rule';

const w = (doc: Doc, i: number): string => (doc.tokens[i] as Token | undefined)?.w ?? '';

/** The whole sentence of the match becomes `text`. */
const whole =
  (text: string) =>
  (doc: Doc, m: Match): Draft[] => [toSentenceEnd(doc, sentenceOf(doc, m.first).first, text)];

/** The words of the match go ("well bless your heart, you tried" → "you tried"). */
const drop =
  (label: string) =>
  (doc: Doc, m: Match): Draft[] => [removeTokens(doc, m.first, m.last, label)];

/** The sentence is not warm outside tokens [first, end): praise there is not the matched words' own. */
function notWarm(doc: Doc, first: number, end = first): boolean {
  const s = sentenceOf(doc, first);
  const a = polarityNoLaughter(doc, s.first, first);
  const b = polarityNoLaughter(doc, end, s.last);
  return !(a.pos + b.pos > a.neg + b.neg);
}

/** The sentence holds a question mark (a sincere ask: "can you explain it slowly?"). */
function asks(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  return doc.text.slice(s.start, Math.min(doc.text.length, s.end + 1)).includes('?');
}

/** Any other sentence of the message speaks to "you" (a lecture frame around a fragment). */
function youElsewhere(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  const limit = Math.min(doc.tokens.length, s.last + 40);
  for (let k = s.last; k < limit; k++) if (YOU.has(w(doc, k))) return true;
  for (let k = Math.max(0, s.first - 40); k < s.first; k++) if (YOU.has(w(doc, k))) return true;
  return false;
}

const YOU: ReadonlySet<string> = new Set(['you', 'u', 'your', 'ur', "you're", 'youre', 'yourself']);

const ADULTS =
  'adults|grownups|grown-ups|grown_ups|grown_adults|mature_people|normal_people|real_adults|a_grown_man|a_grown_woman|a_grown_adult|an_adult|a_mature_adult';

const LOWLY =
  'kid|child|toddler|baby|dog|cat|hamster|goldfish|monkey|grandma|granny|nan|5_year_old|five_year_old|8_year_old|six_year_old|6_year_old|10_year_old|ten_year_old|year_old|4_year_old|3_year_old';

const RANK = "I'd like us to talk about this as equals.";

export const standing = phraseFamily({
  id: 'standing',
  category: 'talking-down',
  phrases: [
    // -- Pulling rank -----------------------------------------------------------------------------
    {
      pattern: "i'm|im|i_am the adult|grownup|grown-up|grown_up|parent|boss|one_in_charge here",
      rule: 'rank',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && notWarm(doc, first, hit.end),
      suggest: whole(RANK),
    },
    {
      pattern: 'i_do|i_just|i know better|best',
      rule: 'rank',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) =>
        isClauseEnd(doc, hit.end - 1) && !negatedBefore(doc, first, 3) && notWarm(doc, first, hit.end),
      suggest: whole("I see this differently, and I'd like to explain why."),
    },
    {
      pattern:
        "when|once you're|youre|you_are|ur|you_get older|bigger|grown_up|an_adult you'll|youll|you_will|u_will|ull understand|get_it|see|know|learn",
      rule: 'rank',
      severity: 2,
      min: 'balanced',
      why: 'command',
      suggest: whole("I'd like to explain why this matters to me."),
    },
    {
      pattern: "you'll|youll|you_will|u_will|ull understand|get_it when|once you|u",
      rule: 'rank',
      severity: 2,
      min: 'balanced',
      why: 'command',
      // "you'll understand when you see it, it's gorgeous": a promise of an experience, not of age.
      guard: (doc, first, hit) =>
        !/^(?:see|taste|try|meet|hear|read|watch|arrive|visit|open|get|feel|hold|smell|land)$/.test(
          doc.tokens[hit.end]?.w ?? '',
        ) && notWarm(doc, first, hit.end),
      suggest: whole("I'd like to explain why this matters to me."),
    },
    // -- The adult yardstick ----------------------------------------------------------------------
    {
      pattern: `that's|thats|that_is|this_is|this_isn't|that_isn't|thats_not|that's_not not? how|what ${ADULTS} behave|behaves|act|acts|talk|talks|speak|speaks|do|does|handle|handles|treat|treats`,
      rule: 'adults',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole("This hurt, and I'd like us to talk about it calmly."),
    },
    {
      pattern: `${ADULTS} don't|dont|do_not|wouldn't|wouldnt throw|act|behave|whine|sulk|cry|pout|talk|speak|scream|yell|stomp|slam`,
      rule: 'adults',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole("This hurt, and I'd like us to talk about it calmly."),
    },
    {
      pattern: 'act|behave|start_acting your|ur age',
      rule: 'adults',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => !negatedBefore(doc, first, 2),
      suggest: whole("This upset me, and I'd like us to talk about it calmly."),
    },
    {
      pattern: 'to a_grown|an_adult|a_fully_grown man|woman|adult|person',
      rule: 'adults',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole("I'm frustrated, and I'd like us to work this out together."),
    },
    {
      pattern:
        "i_really|i shouldn't|shouldnt|should_not have_to explain|tell|remind|spell_out|repeat|teach|say",
      rule: 'lecture',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => !asks(doc, first),
      suggest: whole("I'm frustrated that we're going over this again."),
    },
    {
      pattern:
        "what_kind_of|what_sort_of grown|real|adult|grown-up man|woman|adult|person|guy|lady can't|cant|cannot|doesn't|doesnt|would|does",
      rule: 'adults',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      suggest: whole("I'm frustrated, and I'd like us to sort this out."),
    },
    // -- The child yardstick and lowly comparisons ------------------------------------------------
    {
      pattern: `even a|an|my|your ${LOWLY} could|can|gets|would|knows|understands|gets_it|knew|gets_that`,
      rule: 'yardstick',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole("I'm frustrated, and I'd like us to go through it together."),
    },
    {
      pattern:
        'better|faster|smarter|wiser|more_mature|more_grown_up|more_sensible|more_responsible|more_reliable|more_sense better_behaved|behaved|trained|mannered? than you_do|u_do|you_did|you_are|you|u|ur',
      rule: 'yardstick',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      category: 'contempt',
      guard: (doc, first, hit) => {
        // "my dog listens better than you", "my 8 year old could do better than you".
        const after = w(doc, hit.end);
        if (!(isClauseEnd(doc, hit.end - 1) || /^(?:and|lol|lmao|tbh|fr|honestly)$/.test(after)))
          return false;
        if (!notWarm(doc, first, hit.end)) return false;
        const s = sentenceOf(doc, first);
        for (let k = Math.max(s.first, first - 8); k < first; k++)
          if (
            /^(?:kid|child|toddler|baby|dog|cat|puppy|hamster|goldfish|monkey|grandma|granny|nan|old|bot|ai|teenager)$/.test(
              w(doc, k),
            )
          )
            return true;
        return false;
      },
      suggest: whole("This didn't go the way I hoped, and I'm frustrated."),
    },
    {
      pattern: "you're|youre|you_are|ur|u_r|you_is|u_are @INT? even? worse than",
      rule: 'yardstick',
      severity: 2,
      min: 'balanced',
      why: 'insult',
      category: 'contempt',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        for (let k = hit.end; k < Math.min(s.last, hit.end + 6); k++) if (w(doc, k) === 'at') return false;
        return !negatedBefore(doc, first, 2) && notWarm(doc, first, hit.end);
      },
      suggest: whole("I'm upset about how this went, and I'd rather not compare."),
    },
    // -- Teaching slowly --------------------------------------------------------------------------
    {
      pattern:
        'explain|say|spell|repeat|go_over|put|tell it|this|that|you|u? one_more_time|again? slowly|reaaally_slowly|really_slowly|slooowly',
      rule: 'slowly',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => !asks(doc, first),
      suggest: whole('Let me try to explain this better.'),
    },
    {
      pattern: 'use|using small|smaller|simple|little|tiny|short|easy words',
      rule: 'slowly',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => !asks(doc, first) && !mentionsMe(doc, first),
      suggest: whole('Let me try to explain this better.'),
    },
    {
      pattern: 'um|umm|ummm|uhm|erm|ummmm actually',
      rule: 'correct',
      severity: 2,
      min: 'balanced',
      why: 'command',
      suggest: drop('Leave it out'),
    },
    {
      pattern:
        "if you|u had_actually|had_even|had|'d|hadve|would_have|actually|even read|listened|paid_attention|looked|bothered|checked|opened|been_listening",
      rule: 'correct',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) => {
        const s = sentenceOf(doc, first);
        for (let k = first; k < Math.min(s.last, first + 16); k++)
          if (
            /^(?:know|knew|understand|understood|seen|see|realise|realize|noticed|would|wouldn't|you'd)$/.test(
              w(doc, k),
            ) &&
            k > first + 3
          )
            return notWarm(doc, first);
        return false;
      },
      suggest: whole('I think some of it was in the email; could we go over it together?'),
    },
    {
      pattern:
        'you|u need_to|have_to|must|gotta|got_to|should learn some|a_little|a_bit_of? respect|manners|your_place|to_listen|to_control|to_behave|to_accept|to_shut|to_take_a_hint|that',
      rule: 'lecture',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => !negatedBefore(doc, first, 2) && notWarm(doc, first, hit.end),
      suggest: whole('Could we talk about how this went?'),
    },
    {
      pattern:
        "that's|thats|that_is|it's|its|this_is|this_isn't|that_isn't not how any_of? this|it|that|things|the_world|life|the_real_world|business|email works|work",
      rule: 'correct',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole('I think it works a bit differently; can I show you?'),
    },
    {
      pattern:
        "you|u don't|dont|do_not|have_no_idea|clearly_don't know? how the_real_world|the_world|life|real_life|anything|adulthood works",
      rule: 'correct',
      severity: 2,
      min: 'balanced',
      why: 'command',
      suggest: whole('I see this differently.'),
    },
    {
      pattern: 'do|can|did you|u even know_how_to? read|spell|count|write|listen|drive|cook|think',
      rule: 'correct',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      suggest: whole("I'm not sure this was read closely, and it frustrates me."),
    },
    {
      pattern:
        "not|isn't|isnt|it's_not|its_not @INT? that|so|very|exactly? hard|difficult|complicated to figure_out|understand|get|grasp|follow",
      rule: 'simple',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end) && !asks(doc, first),
      suggest: whole("I'd really appreciate it if we could sort this out."),
    },
    {
      // "It's simple." / "not hard." as a sentence of its own, in a message that lectures "you".
      pattern: "it's|its|it_is|this_is|not|its_not|it's_not|it_isn't|isn't @INT? simple|easy|hard|difficult",
      rule: 'simple',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        const s = sentenceOf(doc, first);
        if (hit.end !== s.last && !isClauseEnd(doc, hit.end - 1)) return false;
        if (first !== s.first) return false;
        const words = [];
        for (let k = first; k < hit.end; k++) words.push(w(doc, k));
        const neg = words.some((x) => x === 'not' || x.endsWith("n't") || x === 'its_not');
        const easy = words.some((x) => x === 'simple' || x === 'easy');
        return (
          (easy ? !neg : neg) && youElsewhere(doc, first) && !asks(doc, first) && notWarm(doc, first, hit.end)
        );
      },
      suggest: whole("Here's what I'm hoping for."),
    },
    {
      pattern: 'try_to|start_to|try|start using|use your|ur head|brain|noggin|common_sense|eyes',
      rule: 'lecture',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: whole('Could you take another look at this?'),
    },
    {
      pattern: 'you|u should|ought_to|oughta really? know|have_known this|that|it already|by_now',
      rule: 'lecture',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && notWarm(doc, first, hit.end),
      suggest: whole("I expected this to be familiar, and I'm a bit frustrated."),
    },
    // -- Patronising address ----------------------------------------------------------------------
    {
      pattern: "good|that's_a_good|thats_a_good|there's_a_good|theres_a_good girl|boy now|there",
      rule: 'patronise',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first) =>
        mentionsYou(doc, first) || /\b(?:go|sit|be|stop|do|get)\b/i.test(sentText(doc, first)),
      suggest: (doc, m) => [removeTokens(doc, m.first, m.last - 1, 'Leave it out')],
    },
    {
      pattern: "there's|theres|that's|thats a good girl|boy",
      rule: 'patronise',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, _first, hit) =>
        isClauseEnd(doc, hit.end - 1) && !/\b(?:dog|puppy|pup|cat|kitty)\b/i.test(doc.text),
      suggest: drop('Leave it out'),
    },
    {
      pattern: 'well|oh|aw|aww bless your|ur little? heart',
      rule: 'patronise',
      severity: 2,
      min: 'balanced',
      why: 'mockery',
      category: 'contempt',
      guard: (doc, first, hit) => w(doc, hit.end) !== 'for' && notWarm(doc, first, hit.end),
      suggest: drop('Leave it out'),
    },
    {
      pattern:
        'listen here|up kiddo|young_lady|young_man|missy|sweetie|sweetheart|honey|pal|buddy|son|girl|boy',
      rule: 'patronise',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => notWarm(doc, first, hit.end),
      suggest: drop('Leave it out'),
    },
    {
      pattern: 'listen here',
      rule: 'patronise',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => isClauseEnd(doc, hit.end - 1) && notWarm(doc, first, hit.end),
      suggest: drop('Leave it out'),
    },
    {
      pattern:
        'let_me|lemme|lemmie tell|say you|u|to_you|this? something|this|a_thing|one_thing young_lady|young_man|missy|kiddo|buddy|pal|mister|mate?',
      rule: 'lecture',
      severity: 2,
      min: 'balanced',
      why: 'command',
      guard: (doc, first, hit) => {
        // "let me tell you something funny" tells a story; a lecture ends the clause there.
        if (!isClauseEnd(doc, hit.end - 1)) return false;
        const s = sentenceOf(doc, first);
        const voc = /^(?:lady|man|missy|kiddo|buddy|pal|mister|mate)$/.test(w(doc, hit.end - 1));
        return (voc || hit.end < s.last || youElsewhere(doc, first)) && notWarm(doc, first, hit.end);
      },
      suggest: whole("There's something I'd like to share."),
    },
  ],
});

function mentionsMe(doc: Doc, first: number): boolean {
  const s = sentenceOf(doc, first);
  for (let k = s.first; k < s.last; k++) if (w(doc, k) === 'me') return true;
  return false;
}

function sentText(doc: Doc, i: number): string {
  const s = sentenceOf(doc, i);
  return doc.text.slice(s.start, s.end);
}
