/**
 * Coldness without the stock words (round recall37): talking down by explaining ("this is what we
 * call a budget", "even you can figure it out", "how grown-ups handle bills"), an adult ordered
 * about ("that's not a request", "don't make me ask twice", "go and think about what you said",
 * "here's what's going to happen: …"), feelings waved away ("not everything has to be a whole
 * thing", "such a tiny thing to be upset about", "people have real problems", "it's a sofa, not a
 * betrayal", "skip the emotional part"), withdrawal said sideways ("I'll just stop telling you
 * things", "keep my news to myself then", "tag me if someone dies", "you'll all be better off
 * without me", "Seen. Not answering."), cutting someone off ("you won't hear from me again",
 * "you're not my son anymore", "out of your life", "friendship's over"), veiled threats ("the last
 * time I'm asking nicely", "I'm making some decisions too", "…worth this marriage", "my lawyer will
 * be in touch if…") and the flat refusal ("how is that my problem?").
 * Each needs its edge; warm twins pass ("let's make it a thing!", "I'll keep it to myself,
 * promise", "call me if anything happens", "Don't knock it till you try it!"). Kept small (the
 * detection bundle has a size budget): the rows share rebuffs.ts's guards, and the rewordings,
 * which that bundle leaves out, are one function (tests/unit/tone/kinds-recall37.test.ts).
 */
import type { Doc } from '../text';
import type { Category } from '../types';
import type { WhyKey } from '../why';
import { type PhraseRule, phraseFamily } from './phrases';
import { calm, closes, cold, kind as coldKind, coldSays, type G, notAway, SAY } from './rebuffs';
import {
  type Draft,
  type Match,
  lowerSentence as sen,
  sentenceOf,
  toSentenceEnd,
  wholeKeepingOpeners,
} from './rule';

/** No reason given nearby for the silence (busy, asleep, driving…) and no fondness. */
const bare: G = (doc, first, end) => {
  const at = sentenceOf(doc, first).start;
  return (
    notAway(doc, first, end) &&
    !/\bi'?(?:ll|m)\b|late|sleep|driv|meeting|love|\bx\b|[!\u{1F300}-\u{1FAFF}]/iu.test(
      doc.text.slice(at, at + 200),
    )
  );
};
/** Said bare, closing its clause, in a sentence of at most four words ("Don't knock.", "Not answering."). */
const curt: G = (d, f, e) =>
  bare(d, f, e) && closes(d, f, e) && sentenceOf(d, f).last - sentenceOf(d, f).first < 5;
/** Cold, with no "I" in the sentence (one's own small thing or own grief is no dismissal). */
const notMine = coldSays(/^(?!.*\b(?:i'm|im|i am|i was|my|me|i've|i'll|i'd|i get)\b)/);

/** The rewording: the least that takes the edge off, else the sentence said as the need. */
const say = (doc: Doc, m: Match): Draft[] => {
  const t = doc.tokens;
  const w = t[m.first]?.w ?? '';
  const s = sentenceOf(doc, m.first);
  const a = t[m.first - 1];
  const at = (end: number, text: string): Draft[] => [{ start: t[m.first]?.start ?? 0, end, text }];
  if (m.rule === 'down') {
    // "even you can figure it out" → "you can figure it out".
    if (w === 'even') return at(t[m.first + 1]?.end ?? 0, m.first === s.first ? 'You' : 'you');
    // "Here's what's going to happen: …" → "Here's what I'd like: …".
    if (w === "here's" || w === 'here') return at(t[m.last - 1]?.end ?? 0, "Here's what I'd like");
    // "I don't want to hear another word." is the writer's own clause, not an order after one: said
    // as the need ("…, please" after "I" read "I, please.").
    if (/^(?:i|we)$/.test(a?.w ?? '') && /^don/.test(w)) {
      // "Go clean your room and I don't want to hear another word about it." → "Go clean your room, please."
      const and = t[m.first - 2];
      if (and?.w === 'and' && m.first - 2 > s.first)
        return [{ start: t[m.first - 3]?.end ?? 0, end: s.contentEnd, text: ', please' }];
      return [
        toSentenceEnd(
          doc,
          s.first,
          /excuse/.test(t[m.last - 1]?.w ?? '')
            ? "I'd rather we focus on putting this right."
            : (SAY.silence as string),
          t[s.first]?.start,
        ),
      ];
    }
    // "Bring them back at 5 and don't make me ask twice." → "Bring them back at 5, please."
    if (a && m.first > s.first && /^don/.test(w))
      return [{ start: (a.w === 'and' ? t[m.first - 2] : a)?.end ?? 0, end: s.contentEnd, text: ', please' }];
    // ultim42: "don't make me say it twice" → "I've asked already, and it really matters to me."
    if (/^don/.test(w))
      return [
        toSentenceEnd(doc, s.first, "I've asked already, and it really matters to me.", t[s.first]?.start),
      ];
    // "that's not how adults behave": standing.ts words that one.
    if (w === 'how' && a?.w === 'not') return [];
    if (/^(?:go|now)/.test(w)) return [toSentenceEnd(doc, s.first, SAY.silence as string, t[s.first]?.start)];
    if (
      /request|suggestion|negotiation|democracy|debate|discussion|question|^so$/.test(t[m.last - 1]?.w ?? '')
    )
      return [wholeKeepingOpeners(doc, m.first, 'This really matters to me.')];
  }
  // The whole sentence said as the need (not only its first clause: the hit may be in the rest).
  return [
    m.rule === 'withdraw'
      ? toSentenceEnd(
          doc,
          s.first,
          // "Don't knock.", "Not answering.": a short sentence of ours.
          s.last - s.first < 5 && /^(?:don|not)/.test(w)
            ? 'I need some space right now.'
            : (SAY.silence as string),
          t[s.first]?.start,
        )
      : wholeKeepingOpeners(
          doc,
          m.first,
          m.rule === 'dismiss'
            ? 'I can see this matters to you. Can we talk it through?'
            : m.rule === 'flat'
              ? "I'm not sure this is mine to sort out. Can we talk about it?"
              : (SAY[m.rule === 'threat' ? 'expose' : 'explain'] as string),
          true,
        ),
  ];
};

/** One kind's rows as rebuffs.ts builds them (guard default: cold), with this family's rewording. */
const kind = (rule: string, category: Category, why: WhyKey, rows: [string, G?][]): PhraseRule[] =>
  coldKind(rule, category, why, rows).map((r) => ({ ...r, suggest: say }));

/** Not to a child, not in fun, not "you've had a long day": "let the grown-ups handle it, go play". */
const toKid = coldSays(
  /^(?!.*(?:\b(?:play|toys?|bed|nap|snacks?|cartoons?|kids?|children|dessert|tired|enough|long day|rest|said)\b|!|\u{1F602}))/u,
);

const KIN = 'son|daughter|brother|sister|mother|father|mum|mom|dad|friend|family';

export const coldness = phraseFamily({
  id: 'coldness',
  category: 'talking-down',
  phrases: [
    ...kind('down', 'talking-down', 'command', [
      // Explaining down: "this is what we call a budget", "even you can…", "how grown-ups do it".
      ["this_is|that's|here's what we call a|an"],
      [
        'even you|u can|could|should figure|follow|understand|manage|work',
        (d, f, e) => d.tokens[f - 1]?.w !== 'so' && cold(d, f, e),
      ],
      ['how grown_ups|grownups|adults do|handle|deal|behave|act'],
      // Round cross29: their part handed to the competent, "leave the thinking to the grown-ups",
      // "let people who know answer", "adults are talking" (not to a child sent off to play, not
      // "leave the washing up to the adults, you've had a long day").
      ...[
        'leave the|that|this? @ANY @ANY? to the? grown-ups|grown_ups|grownups|adults|people_who_know|those_who_know',
        'let the? grown-ups|grown_ups|grownups|people_who_know|those_who_know handle|do|answer|decide|talk|deal',
        'adults|grown-ups|grown_ups|grownups are talking|deciding|speaking',
      ].map((p): [string, G] => [p, (d, f, e) => toKid(d, f, e) && (p[0] !== 'a' || closes(d, f, e))]),
      // An adult ordered about: "that's not a request", "don't make me ask twice", "go and think about
      // what you said", "here's what's going to happen: …".
      ["that's|this_is|that|this|it not|isn't a request|negotiation|debate|discussion|question", closes],
      ["don't|dont make me ask|tell|say|repeat"],
      ["here's what's going to|gonna happen", coldSays(/\byour?\b/)],
      ["go_and|go think about what you|u|you've @ANY? said|did|done"],
      // "I don't want to hear excuses.", "…until I say so.", "Not a request."
      ["don't|dont want|need to? hear excuses|any_excuses|your_excuses|another_excuse|another_word"],
      ['until|till|unless i say so|say_otherwise', coldSays(/^[^!]*\b(?:not|n't|no|nowhere|nobody)\b[^!]*$/)],
      ['not a request|negotiation', curt],
      // "let me break it down for you since…"
      ['break_it_down|spell_it_out for you|u', coldSays(/\b(?:since|clearly|again|slowly|simpl\w*)\b/)],
    ]),
    ...kind('dismiss', 'talking-down', 'dismiss', [
      ['not everything has_to|needs_to be a|an whole|big|drama|saga|production|crisis|thing'],
      [
        'turn|make|blow it|this|that|everything into a|an whole? saga|drama|production|big_deal|crisis|tragedy|scene',
        calm,
      ],
      [
        'tiny|small|little|silly|petty|stupid thing|things to be|get? upset|angry|mad|sad|hurt|worked_up|crying|sulking about|over',
        notMine,
      ],
      ['people|others have real|actual problems'],
      ['skip|cut the|your emotional|feelings|drama|crying part|stuff|bit', calm],
      // talk44: the graver thing as a word class: "it's a parking ticket, not a prison sentence", "it's
      // one bad review, not the end of the world".
      ["it's|its just? a|an @ANY not a|an betrayal|tragedy|crime|murder|war|funeral|death_sentence", notMine],
      // Only with the feeling waved off nearby, nothing kind: not "…, the vet said she'll heal fine".
      ...['not a|an @ANY? @NEG', 'not the_end_of_the_world'].map((p): [string, G] => [
        `it's just|only? a|an|one @ANY @ANY? ${p}`,
        (d, f, e) =>
          notMine(d, f, e) &&
          /\b(?:quit|stop|calm|chill|relax|deep breath|drama|panick|bro)/i.test(d.text) &&
          !/[\u{1F300}-\u{1FAFF}\u2764]|\b(?:fine|ok|okay|proud|love|enjoy|hug)/iu.test(d.text),
      ]),
      // Feelings mocked: "did that hurt your little feelings?", "must be exhausting being you", "grown adult
      // btw", "a participation trophy", "noted and ignored".
      ['your|his|her|their|ur little|precious|delicate|fragile feelings|fee_fees|feefees|ego', calm],
      ['noted and ignored|binned|dismissed|rejected'],
      [
        'must be exhausting|tiring|hard|tough|awful being you|u',
        coldSays(/^(?!.*\b(?:right now|sorry|hug))/),
      ],
      ['grown adult|man|woman', coldSays(/^(?!.*\b(?:i'm|im|i am|my|as a|if)\b).*\b(?:you|ur|btw)\b/)],
      [
        'participation trophy|award|medal',
        (d, f, e) => calm(d, f, e) && /\b(?:you|u|your|yourself|him|her|someone)\b/.test(sen(d, f)),
      ],
    ]),
    ...kind('withdraw', 'withdrawal', 'withdraw', [
      // Withdrawal said sideways: "don't bother waiting up.", "I'll just stop telling you things", "keep my
      // news to myself then", "tag me if someone dies", "you'll all be better off without me".
      [
        "don't|dont bother waiting|trying",
        (d, f, e) => bare(d, f, e) && (closes(d, f, e) || closes(d, f, e + 1)),
      ],
      [
        'stop telling|bringing|asking|trying|caring|helping|cooking',
        coldSays(/^(?!.*\b(?:try|trying|want|need|should)\b).*\bi(?:'ll|'m| will| am)\b/),
      ],
      [
        'keep my|it|things|news|thoughts @ANY? to myself',
        coldSays(/\bthen\b|from now on|any ?more|next time/),
      ],
      // Only as the one thing they may still bother the writer for ("tag me if…"), not a story's deaths.
      [
        "if|unless someone|somebody|anyone|someone's dies|dying",
        coldSays(/\b(?:tag|text|call|ping|message)\b|\b(?:tell|let) me\b/),
      ],
      ['better|nicer|happier|easier|better_off @ANY? without me', coldSays(/\b(?:you|everyone|anyway)\b/)],
      [
        "won't|never have to deal_with|put_up_with|hear_from|worry_about|see me",
        coldSays(/\b(?:again|any ?more|ever)\b/),
      ],
      // Cutting them off: "you won't hear from me again", "you're not my son any more", "I don't have a
      // brother anymore, as far as I'm concerned", "out of your life", "don't come to the funeral".
      ['hear|hearing from me again|anymore|ever', coldSays(/won'?t|never|\bnot\b/)],
      // Silence said sideways: "You know why.", "Take it up with someone who cares.", "this is going nowhere."
      ['you|u know why|what_you_did', closes],
      ['someone|somebody who cares', (d, f, e) => closes(d, f, e) && !/\bi'?m\b/.test(sen(d, f))],
      [
        'this_is|this_relationship_is|this_conversation_is|this_marriage_is going|headed|heading nowhere',
        closes,
      ],
      ["don't|dont knock|try", curt],
      ['not answering|replying|responding', curt],
      [`not|no_longer my ${KIN}`, coldSays(/\b(?:you'?re|you are|ur)\b/)],
      [`have a|an ${KIN} anymore|any_more`, coldSays(/as far as|to me\b/)],
      [
        "don't|dont come|bother_coming to my|the funeral|wedding",
        coldSays(/^(?!.*\b(?:if|sick|ill|unwell|cancel|until|till|yet)\b)/),
      ],
      ['resign|resignation from being'],
      ['out_of|from your life', coldSays(/\b(?:me|i'?m|i'?ll|i will)\b/)],
      [
        "friendship's|marriage's|relationship's over",
        coldSays(/^(?!.*\b(?:after|when|once|until|before|if|my|his|her|their)\b)/),
      ],
    ]),
    ...kind('threat', 'withdrawal', 'ultimatum', [
      // Veiled threats: "the last time I'm asking nicely", "I'm making some decisions too", "…worth this
      // marriage", "…and you can find somewhere else to live", "my lawyer will be in touch if…".
      ['asking|ask nicely|politely', coldSays(/last time|only once|for now|this time/)],
      ['making|make some|my_own decisions|choices too|of_my_own'],
      // Leaving held over them: "see how you manage on your own", "don't be surprised if my stuff is gone".
      [
        'see|watch|find_out how|if you|u manage|cope|survive|get_on on_your_own|without_me|alone|by_yourself',
        coldSays(/^(?!.*\b(?:call|text|ring|help)\b)/),
      ],
      ["don't|dont be surprised if|when", coldSays(/\b(?:gone|leave|left|moved|empty|pack)/)],
      // Told on, on a condition: "…or your girlfriend hears about it".
      ['or|else|unless your @ANY? hears|finds_out|learns|sees'],
      ['worth this|our marriage|relationship|family|friendship', coldSays(/\bwhether\b|\byour\b/)],
      [
        'find somewhere else to live|stay',
        coldSays(/^(?!.*\b(?:if|when|help|we)\b).*\byou(?:'ll| can| could|'re)\b/),
      ],
      [
        'my|our lawyer|lawyers|solicitor|attorney will|is_going_to be|contact',
        coldSays(/\b(?:if|unless|or)\b/),
      ],
    ]),
    ...kind('flat', 'contempt', 'rhetorical', [
      ["how_is|why_is|how's|why's that|this|it my problem|fault|job", calm],
    ]),
  ],
});
