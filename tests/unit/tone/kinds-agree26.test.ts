/**
 * Round agree26: where detect() flagged and analyze() dropped (no rewording), each kind settled
 * in the direction right for the reader.
 * - a bare label as the whole message ("liar.", "Hypocrite!", "idiot"): the finding is right; its
 *   rewording is a short honest line in the first person (`bareLabel`, lib/tone/rules/insults.ts);
 * - a label in the title of a film, a book, a song ("American Idiot is the best album"): a false
 *   alarm, dropped by the label's shared guard (`inTitle`, insults.ts);
 * - "what hypocrites you are": the exclamation of a plural or bare label, right; its rewording says
 *   how the reader seems ("how inconsistent you are"), the rest kept (`whatLabelYouAre`, insults.ts);
 *   Said of the writer's own side ("what idiots we were"), it passes (`aboutOneself`, insults.ts);
 * - blame that teases a kindness ("keep baking these and I'll never fit my jeans, your fault"): a
 *   false alarm, dropped by the shared guard (`teasingBlame`, lib/tone/rules/fault.ts).
 * Our own sentences, in chat, family and work/public registers.
 */
import { describe, expect, it } from 'vitest';
import { analyze, detect } from '../../../lib/tone/index';
import { kind, rewordingCases } from './kinds';

const key = (f: { rule: string; category: string; start: number; end: number }) =>
  `${f.rule}/${f.category}@${f.start}-${f.end}`;

function agree(text: string): void {
  expect(analyze(text).findings.map(key), text).toEqual(detect(text).findings.map(key));
}

describe('a bare label as the whole message', () => {
  const texts = [
    // chat
    'liar.',
    'liars!!',
    'moron',
    // family
    'You said you would be home by six. Liar.',
    'Hypocrite.',
    // work / public
    'We lost again. Idiots.',
    'Clown.',
  ];
  it.each(texts)('detect and analyze agree on "%s"', (text) => {
    expect(detect(text).flagged).toBe(true);
    agree(text);
  });
  rewordingCases([
    ['liar.', "i don't believe that."],
    ['Liar.', "I don't believe that."],
    ['Hypocrite.', "That doesn't fit with what you've said before."],
    // beside other sentences the label goes, as before
    ['We lost again. Idiots.', 'We lost again.'],
    ['Clown.', "I'm really upset right now."],
  ]);
});

kind(
  'a label in the title of a work',
  'contempt',
  [
    // the label said to someone, with a film nearby, is still flagged
    'Liar. You watched the movie without me.',
    "you're a Liar and this movie was your idea",
    'what an idiot, he spoiled the whole film for me',
  ],
  [
    // chat
    'Liar Liar is such a good film',
    'i watched American Idiot the musical last night, loved it',
    // family
    'The Idiot is my favourite Dostoevsky novel.',
    // work / public
    'The Liar was a great episode of that series.',
    'Tonight we are screening Liar Liar, bring snacks!',
  ],
);

kind(
  'blame that teases a kindness',
  'blame',
  [
    "if you keep ignoring me, it's your fault when this ends",
    "you keep making excuses and it's your fault we're late",
    "It's your fault the project slipped, you keep changing the brief.",
  ],
  [
    // chat
    "if u keep being this sweet i'm gonna cry and itll be ur fault",
    // family
    "keep baking these brownies and I'll never fit in my jeans, it'll be all your fault",
    'If you keep sending me kitten pictures I will have four cats and it will be your fault.',
    // work
    "Keep buying the team pastries and we'll all need new trousers, your fault!",
    'Keep making me laugh like that in meetings and it will be your fault when I get told off 😂',
  ],
);

describe('"what LABELs you are"', () => {
  const texts = [
    // chat
    'what idiots you guys are lol',
    // family
    'what massive hypocrites you all are',
    // work / public
    'You should all admit what total hypocrites you are.',
  ];
  it.each(texts)('detect and analyze agree on "%s"', (text) => {
    expect(detect(text).flagged).toBe(true);
    agree(text);
  });
  rewordingCases([
    ['what idiots you guys are lol', 'how misguided you guys are lol'],
    ['what massive hypocrites you all are', 'how inconsistent you all are'],
    ['You should all admit what total hypocrites you are.', 'You should all admit how inconsistent you are.'],
  ]);
  it("passes the writer's own side, not the people they are stuck with", () => {
    for (const text of [
      'what liars we were as kids, haha',
      'What idiots we were to miss that bus 😂',
      'such fools we are lol',
    ])
      expect(detect(text).flagged, text).toBe(false);
    expect(detect('the idiots we are stuck with in this office').flagged).toBe(true);
  });
});
