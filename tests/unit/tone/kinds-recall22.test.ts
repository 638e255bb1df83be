/**
 * Kinds of the recall22 round (everyday hostile messages in chats, comments and email), each with
 * sentences written for these tests: a hostile wording of each kind is flagged in its category,
 * and warm or practical look-alikes pass clean. Each rewording is pinned and re-analysed clean.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { kind } from './kinds';

kind(
  'a guilt trip: "I expected better from you", "I thought better of you"',
  'contempt',
  [
    'I expected better from you.',
    'honestly, I expected more from you',
    'I thought better of you, seriously.',
  ],
  [
    'I expected better weather for the picnic',
    'I thought better of you, and I was right, you nailed it',
    'I expected more from you lol',
  ],
);
kind(
  'a scolding question about upbringing ("were you raised in a barn?", "have you no shame?")',
  'contempt',
  [
    'were you raised in a barn?',
    'did your parents never teach you manners?',
    'Where are your manners?',
    'have you no shame',
  ],
  ['did your mom teach you to knit?', 'my parents never taught me to swim', 'were you raised in Ohio?'],
);
kind(
  'trash talk: "you\'re trash", "get good"',
  'contempt',
  ["you're trash at this game", 'you are trash', 'get good noob', 'git gud'],
  ["you're trash talking again haha", 'I want to get good at chess', 'did you get good seats?'],
);
kind(
  '"nobody wants to hear it" said to shut someone up',
  'contempt',
  ['nobody wants to hear it', 'no one wants to hear your excuses.'],
  ['nobody wants to hear it, but we need to cut costs this year', 'everyone wants to hear your story'],
);
kind(
  'a demand: "you owe me an apology"',
  'talking-down',
  ['you owe me an apology', 'You owe me an explanation.', 'you owe me answers, honestly'],
  ['you owe me a coffee', 'I owe you an apology for yesterday', 'you owe me nothing, it was a gift'],
);
kind(
  'the door shut on a request: "I don\'t owe you anything", "do it yourself then"',
  'withdrawal',
  [
    "I don't owe you anything.",
    "I don't owe you an explanation",
    'do it yourself then',
    'fine, do it yourself.',
  ],
  ["you don't owe me anything, really", 'want to do it yourself?', 'I love do it yourself projects'],
);
kind(
  'the martyr\'s exit: "fine, I\'ll do it myself"',
  'withdrawal',
  [
    "fine, I'll do it myself",
    "I'll just do it myself then",
    "never mind, I'll do everything myself like always",
  ],
  [
    "no worries, I'll do it myself",
    "I'll do it myself, you rest",
    "I'll do it myself then, you cooked",
    "I'll fix it myself again tomorrow, no stress",
  ],
);
kind(
  'a dare: "go ahead, ignore me again"',
  'withdrawal',
  ['go ahead, ignore me again', 'sure, go ahead and leave me again'],
  ["go ahead and start without me, I'll catch up", 'go ahead and leave, I will lock up'],
);

kind(
  'a sarcastic apology: "sorry for existing", "excuse me for breathing"',
  'contempt',
  ['sorry for existing', 'well excuse me for breathing', 'sorry for having feelings.'],
  ['sorry for existing lol, rough day', 'thank you for existing', 'sorry for the late reply'],
);
kind(
  'a late arrival mocked: "look who decided to show up"',
  'contempt',
  ['look who decided to show up', 'nice of you to join us', 'Nice of you to finally join us.'],
  [
    'Nice of you to join us, welcome aboard!',
    'so glad you decided to join us tonight 😊',
    'look who is here! 🥰',
  ],
);
kind(
  'the door shut on a disagreement: "fine, be that way"',
  'withdrawal',
  ['fine, be that way', 'okay, be that way.', 'ok, suit yourself'],
  [
    'ok suit yourself, more cake for me haha',
    'the forecast looks fine, be that way by noon',
    'fine, see you at 8',
  ],
);

describe('recall22 rewordings', () => {
  const cases: Array<[string, string]> = [
    ['I expected better from you.', "I'm disappointed, and I'd like to talk about what happened."],
    ['Were you raised in a barn?', 'That came across as rude to me.'],
    ['You owe me an apology.', "I feel I'm owed an apology, and I'd like us to talk."],
    ["I don't owe you anything.", "I'm not ready to explain this right now. Can we talk later?"],
    ['Do it yourself then.', "I can't take this one on right now. Could you handle it?"],
    [
      "Fine, I'll do it myself.",
      "Fine, I'll handle it, but I'm frustrated and I'd like more help next time.",
    ],
    ['Nobody wants to hear your excuses.', "I'm not ready to hear this right now."],
    ['Git gud.', "That's something you can get better at with practice."],
    ['Sorry for existing.', 'That hurt my feelings.'],
    ['Look who decided to show up.', "I'm glad you're here, but I was waiting and it bothered me."],
    ['Fine, be that way.', "I'm upset that we don't agree. Can we talk later?"],
  ];
  for (const [from, to] of cases)
    it(`rewords ${JSON.stringify(from)}`, () => {
      const r = rewrite(from).text;
      expect(r).toBe(to);
      expect(analyze(r).findings).toEqual([]);
    });
});
