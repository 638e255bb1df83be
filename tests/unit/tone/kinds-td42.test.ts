/**
 * Talking down by construction (session 42, helper td42): what they remember denied, a feeling called
 * an act, the unasked correction ("if you'd bothered to read…", "learn to take a joke"), an order that
 * may not be questioned, explaining down to a child's level; each with hostile wordings across couples,
 * family, work, friends and gaming, and warm twins that must pass clean (a choice left to them, dictation
 * said slowly, a film told differently). Our own sentences, none taken from any corpus file; the probe
 * set, written before the rules, is `tests/fixtures/corpus/kinds-td42.tsv`.
 */
import { describe, expect, it } from 'vitest';
import { first, flagged, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'what they remember denied: "you remember it wrong", "that\'s not what happened and you know it"',
  'talking-down',
  [
    'You remembered it wrong, we left at nine.',
    "you don't remember it right, you were half asleep",
    "you're not remembering it right, Dad",
    "you've got everything all twisted",
    "That's not how it went and you know it.",
    'that never happened, you invented it',
    "It's not what happened, Mum.",
  ],
  [
    "That's not what happened in the sequel, they changed the ending.",
    'that never happened to us on the ferry, we were lucky',
    "I think I've got it backwards, is it left then right?",
    "That's not how it went in the first draft, I rewrote the ending!",
    'you remembered my birthday, I love you',
    'I remember it differently, can we compare notes?',
  ],
);

kind(
  'a feeling called an act: "drop the act", "stop performing", "enough with the victim act"',
  'talking-down',
  [
    'Drop the act, nobody believes you.',
    'just stop performing, the stream is over',
    'enough with the fake tears',
    'quit the victim drama, you started it',
  ],
  [
    'She had to drop the act from the show when she broke her ankle.',
    'stop performing the dance until the music starts, ok?',
    'we loved the act you did at the talent show',
    'the kids stopped performing when the rain started',
  ],
);

kind(
  'the unasked correction: "if you\'d bothered to read…", "learn to take a joke"',
  'talking-down',
  [
    "if you'd checked the schedule you'd know the raid starts at 8",
    "If you'd been paying attention in standup you would know.",
    'learn to take a joke, honestly',
    'you really should learn to take a joke',
  ],
  [
    "if you'd like to check the schedule, it's pinned in the channel",
    'if you read the guide you will know the boss moves, it helped me loads',
    'I need to learn to take a joke better, my brother says',
    'learn to take a good selfie with these three tricks',
  ],
);

kind(
  'an order that may not be questioned: "don\'t question me", "I don\'t have to explain myself to you"',
  'talking-down',
  [
    "Don't argue with me.",
    "don't talk back to me, I'm your mother",
    "don't question my call, just heal",
    "I don't have to explain myself to you.",
    "I don't need to justify this to you, just send it",
  ],
  [
    "don't argue with me, I'm buying the coffee today",
    "don't question the referee, he's my uncle haha",
    "I don't have to explain myself to you, you know me best",
    "I don't need to explain it to you, you were there",
  ],
);

kind(
  'explaining down to a child: "simple enough that a child could follow it, so try"',
  'talking-down',
  [
    "It's so basic that any kid could understand it, yet here you are.",
    'the rules are simple enough that a toddler could follow them, try',
  ],
  [
    'The picture book is so clear that a child could follow it!',
    'the instructions are so simple that any kid could follow them, which is the point of the kit',
  ],
);

describe('warm look-alikes of older rules stay clean', () => {
  it.each([
    "it's not that deep, just grab whatever snacks you want",
    "it's not that serious, either day works for me",
    'let me say it slower for the transcript: Ana, A-N-A',
    'let me spell it out slowly for the booking: R-U-I-Z',
  ])('passes "%s"', (text) => {
    expect(flagged(text)).toBe(false);
  });
  it('still flags the slowed explanation aimed at them', () => {
    expect(flagged('let me say it slower for you: no.')).toBe(true);
    expect(flagged("it's not that deep, grow up")).toBe(true);
  });
});

describe('rewordings ask or invite instead', () => {
  it.each([
    [
      "you're not remembering it right, Dad",
      /^I remember it differently\. Can we talk about what each of us remembers\?$/,
    ],
    ['Drop the act, you are fine.', /^I find it hard to see how you're feeling\. Can you tell me more\?$/],
    ['learn to take a joke, honestly', /^i meant it as a joke, but i can see it didn't land$/],
    ["Don't argue with me.", /^I'd like it done this way\. Can we talk it through\?$/],
    [
      "If you'd been paying attention in standup you would know.",
      /^I think some of it was covered already; could we go over it together\?$/,
    ],
  ])('%s', (text, want) => {
    const out = first(text);
    expect(out).toMatch(want);
    expect(flagged(out)).toBe(false);
  });
  it.each([
    ["that's not what happened and you know it"],
    ["I don't have to explain myself to you, just do it"],
    ['quit the victim drama, you started it'],
  ])('rewords %s clean', (text) => {
    rewordsClean(text);
  });
});

kindsSet('kinds-td42.tsv', { recall: 0.84, falseAlarms: 0.05, category: 0.7 });
