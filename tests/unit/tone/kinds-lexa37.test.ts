/**
 * Contempt and talking down with open slots (helper lexa37, session 37: lib/tone/rules/belittle.ts,
 * rebuffs.ts, threads.ts, disdain.ts). Our own sentences, none taken from any corpus; each kind with
 * warm near-twins that must pass clean.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet } from './kinds';

kind(
  'a belief of theirs laughed at',
  'contempt',
  [
    'lmao you actually believed the seller would ship it',
    'aw bless, u genuinely thought the band would reply to you',
    'you seriously expected a refund? cute',
    'not you thinking the mods are on your side',
    "this guy truly thinks he's god's gift",
    'u honestly think ur an expert now 💀',
  ],
  [
    'you really thought of everything for the party, thank you',
    'lol I really thought the train was at six',
    'aw you genuinely thought about me on your trip? ❤️',
    "my son really thinks he's the boss of the house lol",
    'lmao you really thought it was saturday, same',
    "I think you're a genius for fixing that",
  ],
);

kind(
  'mock pity',
  'contempt',
  [
    'must be so tiring being right about everything',
    'it must be lonely being this clueless, honestly',
    'must be rough living in your little bubble',
    "I feel sorry for you if that's how you read it",
  ],
  [
    'must be exhausting being a teacher in december, you deserve a break',
    'must be so hard being away from the kids this week, call me',
    'I feel sorry for you, that flight sounds awful',
    'good luck to whoever has to assemble this wardrobe',
  ],
);

kind(
  'one fault measured by another',
  'contempt',
  [
    'your stew is as bland as your jokes',
    'ur music taste is as basic as your haircut',
    'your arguments are as shallow as you are',
  ],
  [
    "your stew is as good as your mum's",
    "it's not as bad as you fear, I promise",
    'the exam was as hard as you said',
    "I'm as bad as you at parking lol",
  ],
);

kind(
  'their role or work called a cheap copy or a crime',
  'contempt',
  ['you are a glorified receptionist, stop giving orders', 'your remix is a crime against the original'],
  ['my job is a glorified spreadsheet lol'],
);

kind(
  'explaining down, slowly or with a picture',
  'talking-down',
  [
    "I'll try again, nice and simple, since it clearly didn't sink in",
    'once more, in small words: the cat does not go outside',
    'do you need me to draw you a diagram',
  ],
  [
    "let's go slow on the hike, there's ice",
    "let's try once more, you've got this!",
    'want me to draw you a map to the lake house?',
    "I'll draw you a picture for your birthday",
  ],
);

kind(
  'a pet name with the correction it goes with',
  'talking-down',
  [
    'hun, the recipe literally says two eggs',
    'sweetie this was already answered upthread',
    "darling, we've been over this, the bins go out on tuesday",
    'honey, leave the budget to people who can count',
  ],
  [
    'honey, the recipe says two eggs, want me to grab some?',
    "darling, we've been over the plan and it's perfect",
    'sweetie this video literally made my day, thank you',
  ],
);

kind(
  'a feeling denied and a motive put in its place',
  'talking-down',
  [
    "you don't actually care about the dog, you just want the last word",
    "you don't even miss her, you just want sympathy",
  ],
  [
    "you don't really want to quit, you just need a break",
    "you don't actually need a new laptop, you just need more memory",
  ],
);

kind(
  'faculties likened down and comment-thread jabs',
  'contempt',
  [
    'you have the coordination of a newborn giraffe',
    'this dude has the judgement of a moth near a lamp',
    "ratio + touch grass + you're wrong",
    "that guy's whole personality is his truck",
  ],
  [
    'you have the focus of a surgeon, thank you for checking',
    'the ratio of rice to water matters + salt',
    'my dog has the coordination of a newborn giraffe lol',
  ],
);

describe('the rewordings say it plainly', () => {
  it.each([
    [
      'must be so tiring being right about everything',
      "I see this differently, and I'd rather not make it personal.",
    ],
    ['your stew is as bland as your jokes', "Honestly, this one isn't working for me."],
  ])('%s', (text, want) => {
    expect(first(text).toLowerCase().replace(/\.$/, '')).toBe(want.toLowerCase().replace(/\.$/, ''));
  });
});

kindsSet('kinds-lexa37.tsv', { recall: 0.55, falseAlarms: 0.04, category: 0.35 });
