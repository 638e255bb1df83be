/**
 * Hostility at work and with services said in a professional voice (h-recallk, session 29): the
 * explanation that talks down ("since this apparently wasn't covered in your onboarding", "someone
 * has to teach you"), orders that talk down ("do what I tell you and stop asking why", "your job is
 * to execute, not to have opinions"), the business threat ("consider the contract terminated",
 * "don't expect to be paid", "taking my business elsewhere"), help withdrawn in a huff ("I'm done
 * offering ideas", "consider my input withdrawn"), the score kept ("I've picked up your slack since
 * March", "third missed standup"), blame laid on them ("you couldn't be bothered to check"), their
 * competence doubted ("how are you a senior engineer?", "what are we paying you for?") and praise in
 * scorn ("Expert level work.", "How kind of you to finally join"). Each needs its edge; warm twins
 * pass ("let me explain it in small words for the new interns", "thanks for picking up my slack!",
 * "how are you a manager already?! Congrats!!"). Rows share rebuffs.ts's guards and rewordings;
 * severity 1, so that an older rule's card and rewording lead where it reads the same words
 * (tests/unit/tone/kinds-recallk29.test.ts). Kept to the session's byte share: narrower rows were
 * written and left out (see the FULL commit).
 */
import { phraseFamily } from './phrases';
import { calm, coldSays, type G, kind, needing } from './rebuffs';
import { type Pre, says, sentenceOf } from './rule';

/**
 * Calm, in a short message that says `re` (read whole, any case; `says` reads each pattern once a
 * message however many hits ask).
 */
const msg = (re: RegExp): G => {
  const any = new RegExp(re.source, `${re.flags}i`);
  return needing(
    (text) => text.length < 400 && any.test(text),
    (doc, first, end) => calm(doc, first, end) && doc.text.length < 400 && says(doc, any),
  );
};
/** Something went wrong in the message: "zero tests", "late again", "didn't". */
const soured = msg(/\b(?:zero|no|wrong|typos?|late|missed|broke|down|again|another|every|final)\b|n't\b/);
/** A short last line of praise after a sour one: "… zero tests. Real professional." */
const tag: G = needing(soured.pre as Pre, (doc, first, end) => {
  const s = sentenceOf(doc, first);
  return s.first > 0 && s.last - s.first < 7 && s.last >= doc.tokens.length - 1 && soured(doc, first, end);
});

/** td42: a sentence of one clause, or one pressing the order ("just…", "I'm your father", "I said"). */
const pressing = coldSays(/^(?:[^,;]*$|.*\b(?:just|i'?m your|i said|do (?:it|as|what)|now|again)\b)/);

export const desk = phraseFamily({
  id: 'desk',
  category: 'talking-down',
  phrases: [
    ...kind('explain', 'talking-down', 'command', [
      ['small|smaller|tiny words', coldSays(/\b(?:since|apparently|clearly|for you|this time|again)\b/)],
      [
        'apparently|clearly|evidently|obviously',
        coldSays(
          /\bsince\b.*\b(?:let me|let's|review|remind|reminder|explain|spell|repeat|one more time)\b|\b(?:let me|let's|review|remind|reminder|explain|spell|repeat|one more time)\b.*\bsince\b/,
        ),
      ],
      [
        'someone|somebody has|needs|had to teach|tell|show you|u',
        coldSays(/\b(?:basic|guess|apparently|obviously|since)\b/),
      ],
      ['grown adult|adults|man|woman', coldSays(/\b(?:have to|walk|teach|remind|explain)\b/)],
      // td42: "it's simple enough that a child could follow it, so try"; not praise ("…follow it!").
      [
        'that a|any child|kid|toddler could|can follow|understand|get',
        coldSays(/^[^!]*\b(?:you|u|ur|try|yet|still)\b[^!]*$/),
      ],
      [
        'need_to|should|could actually read|check|open|look|listen|follow',
        coldSays(/\b(?:before|instead|it'?s all|first)\b/),
      ],
      [
        'before you|u question|criticise|criticize|lecture|email|complain|accuse',
        coldSays(/\b(?:maybe|try|might want|need to|should)\b/),
      ],
    ]),
    ...kind('expose', 'withdrawal', 'ultimatum', [
      ['my business|custom elsewhere|across_the_street|somewhere_else'],
      [
        'consider|considering the|this|our|your contract|deal|agreement|lease|partnership terminated|cancelled|canceled|void|over|ended',
      ],
      [
        "don't|dont|do_not expect me? to be? paid|renew|renewed|rehired|a_reference|pay",
        coldSays(/\b(?:or|if|unless|until|after|again|one more|any more)\b/),
      ],
    ]),
    ...kind('order', 'talking-down', 'command', [
      ["your job|role is|'s to @ANY ,? not", coldSays(/\bnot to (?:have|give|share|think|question)\b/)],
      ['do what i tell|say|told you|u', coldSays(/\bjust do\b.*\band stop\b/)],
      ['stop asking|questioning why'],
      // td42: "don't question me, I'm your father", "I don't have to explain myself to you, just do it".
      // Said alone or pressed ("just…", "I'm your…"): not "don't argue with me, I'm paying tonight".
      ["don't|dont|do_not question|argue_with|talk_back_to me|my", pressing],
      ["i don't|dont|do_not have|need to explain|justify myself|this|it to you|u", pressing],
      ['get|getting over the|this|your @ANY? thing|stuff|drama', coldSays(/\b(?:just|already)\b/)],
      // cluster43: "my house, my rules", "I'm not asking, I'm telling you"; not a treat ("… everyone gets cake 😄").
      ['my @ANY my rules', coldSays(/^(?!.*\bgets\b)[^!\u{1F300}-\u{1FAFF}]*$/u)],
      [
        "i'm|im|i_am telling",
        coldSays(/(?:\bnot|n't) asking\b.{0,30}\bi'?m telling\b(?! (?:you )?because)(?!.*\btreat)/),
      ],
    ]),
    ...kind('back', 'withdrawal', 'withdraw', [
      [
        "i'm|im|i_am done|finished offering|sharing|suggesting|volunteering|helping|covering|speaking_up",
        coldSays(/^(?!.*\bfor (?:today|now|the day|tonight)\b)/),
      ],
      ["i've|i_have|i stopped caring", coldSays(/\b(?:whatever|fine|decide|your|you|this)\b/)],
      [
        "won't|will_not|wont be volunteering|offering|helping|covering|contributing|speaking_up",
        coldSays(/^(?!.*\b(?:sorry|busy|year|schedule)\b).*\b(?:again|anymore|any more|from now on)\b/),
      ],
      [
        'stay in my lane|keep_my_mouth_shut|keep_my_opinions_to_myself|keep_my_ideas_to_myself',
        coldSays(/\b(?:just|from now on|then|sure|fine)\b/),
      ],
      ['not my problem|concern|responsibility anymore|any_more', msg(/\b(?:whatever|yourself|clearly)\b/)],
      ['consider my input|help|support|offer|suggestions|ideas withdrawn|retracted'],
    ]),
    ...kind('count', 'absolutes', 'history', [
      ['not one|a_single of your|ur', coldSays(/\b(?:right|correct|accurate|on time|worked)\b/)],
      [
        'picked|pick|picking|covering|covered|cover up? your|ur slack|shifts|mess|messes',
        coldSays(/\b(?:every|since|again|times|always|months|weeks|year)\b/),
      ],
      [
        'second|third|fourth|fifth|sixth missed|late|skipped|cancelled standup|meeting|deadline|shift|payment|delivery|sync|rent',
      ],
      [
        'the same story|old_story',
        msg(/\b(?:you|your|stuck)\b.*\bevery\b|\bevery\b.*\b(?:you|your|stuck)\b/s),
      ],
    ]),
    ...kind('fault', 'blame', 'fault', [
      [
        "you|u couldn't|could_not|can't|cannot be bothered",
        coldSays(/^(?!.*\b(?:all because|upset that|hurt that|when you))/),
      ],
      ['you|u did|caused this|that|all_this by ignoring|not|skipping|refusing|failing|rushing|never|letting'],
      ['had|have|has it in|out for', coldSays(/\byou(?:'ve| have|'d)? (?:\w+ )?(?:had|have)\b/)],
      // cluster42: "ah yes, blame me again", "oh sure, blame the intern": a sour yes opening a charge.
      ['oh|ah|yeah sure|yes|right blame', coldSays(/^\W*\w+ \w+,? blame (?:me|it|the|my|every|some)/)],
    ]),
    ...kind('sour', 'contempt', 'mockery', [
      // Their competence doubted: "How are you a senior engineer?", "what exactly are we paying you for?"
      ['how are|is you|u a|an|still senior|manager|engineer|lead|employed', msg(/^[^!]*$/)],
      ['did you|u even go_to|finish|pass school|college|training', msg(/\bfor this\b|\bor\b/)],
      ['hiring|promoting you|u was|is a good|great idea', calm],
      ['are you|u incapable', calm],
      ['interns|kids|children|toddlers with better|more', msg(/\bthan (?:you|u)\b/)],
      ['anything you|u can actually|even do', msg(/\bwithout\b/)],
      ['are|am we|i paying you|u for', msg(/paying (?:you|u) for\W*$/)],
      ["a|any child|kid|toddler|intern could_have|could've|couldve"],
      [
        'funny|convenient|interesting how every_time|whenever|you|u',
        coldSays(/\b(?:mysteriously|conveniently|suddenly|sick|late|busy)\b/),
      ],
      [
        'very|real|so|truly|really|how professional|thorough|visionary|detail_oriented|organised|organized|responsible|considerate|helpful',
        tag,
      ],
      [
        'expert|stellar|top_notch|world_class|peak level|work|organisation|organization|stuff|service|move',
        tag,
      ],
      [
        'how kind|nice|good|generous|thoughtful|gracious of you|u to',
        coldSays(/\b(?:late|finally|bother|grace|lost without)\b/),
      ],
      [
        'impressive|amazing|incredible|remarkable how|that you|u manage|managed',
        coldSays(
          /\bmanage\w* to (?:(?:turn|make) .*\binto an? (?:[\w-]+ )*(?:saga|mess|disaster|drama|crisis|nightmare|ordeal|circus)|break|lose|miss|mess|forget|screw|ruin)\b/,
        ),
      ],
    ]),
  ].map((r) => ({ ...r, severity: 1 })),
});
