/**
 * Contempt and absolutes the engine still missed (session 42, helper abscon42): "must be nice to
 * <V>…", the expected fault said as a surprise ("…, shocker", "colour me shocked", "why am I not
 * surprised"), "the audacity to <V>", "…and then act surprised", "you and your "<their words>"",
 * "not you <fault>ing … again", main character energy, "said no one ever", and "here we go again"
 * before someone's excuse. Each in wordings of our own, with warm near-twins that must pass clean.
 * None from any corpus or from the round's probe.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'must be nice to <V>, said sourly',
  'contempt',
  [
    'must be nice to clock off at three while the rest of us stay',
    'Must be nice to only answer the emails you like.',
    'must be nice to get paid for arguing on calls all day',
    'must be nice to come and go whenever you want',
  ],
  [
    'must be nice to finally see the sea, enjoy every minute!!',
    'must be nice to have a long weekend, have fun 😊',
    'must be nice up in the mountains right now',
    'must be nice to be home, you deserve the rest',
  ],
);

kind(
  'the expected fault said as a surprise',
  'contempt',
  [
    'another missed call from you, shocker',
    'you forgot to renew the insurance? colour me shocked',
    'he skipped the planning meeting? color me surprised',
    'why am I not surprised you forgot the tickets',
    'you ignored the budget again. why am i not surprised',
    'what a shock, the new manager ignored the question',
  ],
  [
    'a surprise party for you! what a surprise it was',
    'why am I not surprised you passed, you studied so hard',
    'colour me shocked, the bus was early today!',
    'we lost on penalties, what a shock',
    'another birthday card from you, what a lovely surprise',
  ],
);

kind(
  'the audacity, with the act named',
  'contempt',
  [
    'the audacity to ask me for a favour after that',
    'the sheer audacity to call this a finished report',
    'the audacity of cancelling on me by text',
  ],
  [
    'the audacity of this seagull, it took my chips',
    'the audacity of the sun to set so early in winter',
    'the audacity to look this good on a monday 😍',
  ],
);

kind(
  'and then act surprised',
  'contempt',
  [
    'you wind me up for an hour and then act surprised when I snap',
    'you ignore the client for weeks and now you act shocked they left',
  ],
  [
    "act surprised when she opens the door, it's a party!",
    'you acted so surprised at the party, it was perfect',
  ],
);

kind(
  'you and your "their words"',
  'contempt',
  ['you and your "quick stop" at the pub', 'you and your precious routine, heaven forbid it changes'],
  [
    'you and your sister are welcome anytime',
    'you and your little one should come over!',
    'you and your "quick coffee" lol, see you at dinner 😂',
  ],
);

kind(
  'not you <fault>ing … again',
  'absolutes',
  [
    'not you forgetting the bins again',
    'not u leaving your wet towels on the bed again',
    'not you ignoring my calls again',
  ],
  [
    'not you baking for the whole office again 😭 you angel',
    'not you getting the top score again, so proud',
    'not me forgetting my keys again',
    'not you remembering my coffee order again, I love you',
  ],
);

kind(
  'main character energy and "said no one ever"',
  'contempt',
  [
    'your main character syndrome is wearing everyone out',
    'the main character energy you bring to every meeting is exhausting',
    '"you always keep your promises" said no one ever about you',
  ],
  [
    'she has main character energy in that dress, love it',
    'the main character of this book is so brave',
    '"I want fewer holidays" said no one ever 🏖️',
  ],
);

kind(
  'here we go again, before their excuse',
  'absolutes',
  ['here we go again, another excuse about the car', 'here we go again, he blames the ref for everything'],
  [
    'here we go again, the kettle is broken',
    'here we go again, season two starts tonight!',
    'here we go again, family drama at christmas lol',
  ],
);

describe('rewordings of the new kinds name the act and the feeling', () => {
  it.each([
    ['must be nice to come and go whenever you want', 'it bothers me when you come and go whenever you want'],
    ['the audacity to ask me for a favour after that', "i'm upset that you'd ask me for a favour after that"],
    ['you and your "quick stop" at the pub', 'i\'m frustrated about your "quick stop" at the pub'],
    ['not you forgetting the bins again', "i'm upset about you forgetting the bins"],
    ['another missed call from you, shocker', "another missed call from you, i'm disappointed"],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

kindsSet('kinds-abscon42.tsv', { recall: 0.75, falseAlarms: 0.1, category: 0.5 });
