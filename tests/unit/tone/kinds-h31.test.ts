/**
 * Round h31: hostility in comment threads and the impolite request on talk pages. Charges against
 * the other commenter (lib/tone/rules/jeers.ts), bare challenges (challenge.ts) and bare demands
 * (commands.ts), each with the same words used politely, about a thing or a third party, about
 * oneself, or with warmth, which must pass.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'charges against the other commenter',
  'contempt',
  [
    'are you being deliberately obtuse',
    'nobody is forcing you to read this thread',
    "no one's making you watch it",
    'such a bad faith argument',
    'nice strawman lol',
    'get off your high horse already',
    'you guys are insufferable',
    'your reading comprehension is lacking',
    "you're not half as clever as you think",
    'go back to your echo chamber',
    'you must be fun at parties',
    'keep telling yourself that',
    "that's rich coming from you",
    'says the guy who posts here every day',
    'worst take I have seen all week',
    'you have no clue',
  ],
  [
    'nobody is forcing you to finish it, take your time',
    "I don't think you're arguing in bad faith, just tired",
    'the strawman fallacy is one we covered in class',
    'you guys are insane, that was an amazing set 😂',
    'you people are the best, this sub always helps',
    'my reading comprehension is gone today',
    "I have no clue what I'm doing lol",
    'my worst take ever, ignore me',
    'I must be fun at parties, I brought a board game',
    'the new horse is so high-spirited',
  ],
);

kind(
  'disgust and sarcasm aimed at the reader',
  'contempt',
  [
    'gross, dude',
    'you should be ashamed of yourself',
    'shame on u',
    'your posts are revolting',
    'yeah, cause that went so well',
    'wow, how original',
  ],
  [
    'gross, man, but also hilarious 😂',
    'you should be proud of yourself',
    "I'm ashamed of how long it took me to learn this",
    'this printer is disgusting, there is toner everywhere',
    'we picked it because it works well for us',
    'oh sure, because Mondays were not bad enough already',
    'wow, so brave of the sun to show up today',
  ],
);

kind(
  'bare challenges and demands on a talk page',
  'talking-down',
  [
    'Stop reverting my edits.',
    'quit deleting the section',
    'Just answer the question.',
    'It is broken. Fix it.',
    'Read the guidelines before posting.',
    'Learn to spell.',
    'Explain yourself.',
    'Try reading the thread first.',
  ],
  [
    'Could you please stop reverting my edits? Let us discuss it on the talk page.',
    'Stop by the talk page if you want to discuss the wording.',
    'Could you answer the question about the version you are on?',
    'Fix it by clearing the cache and restarting.',
    'Read the docs first if you can, then ask here. Good luck!',
    'Learn to code with us this summer, please share!',
    'Explain it like I am five, please?',
    'Please read the guidelines before posting, thanks!',
  ],
);

kind(
  'challenges that ask for an account',
  'contempt',
  ['What exactly is your point?', 'where is your source'],
  [
    'What is the point of this parameter? The docs do not say.',
    "What's your point of view on tabs?",
    'Where is your source for this? Would love to read it, thanks!',
  ],
);

kind(
  'a repeat questioned: why do you keep…',
  'absolutes',
  ['Why do you keep undoing this?', 'why do u keep adding it back'],
  ['Why does my script keep adding a blank line?', 'why do you keep your plants so green? teach me 😊'],
);

describe('rewordings keep the request and drop the sting', () => {
  it.each([
    ['Stop reverting my edits.', 'Please stop reverting my edits.'],
    ['What exactly is your point?', 'Could you explain your point?'],
    ['Answer the question.', 'Could you please answer the question?'],
    ['This makes no sense, fix it.', 'This makes no sense, please fix it.'],
    ['Read the FAQ before posting.', 'Have you had a chance to read the FAQ?'],
    ['Where is your source for this?', 'Could you share your source for this?'],
    ['nobody is forcing you to read it', "you don't have to read it"],
    ['that is a strawman and you know it', 'that is a strawman'],
    [
      'oh sure, because that worked so well last time',
      "i'm not sure that will work, given how it went before",
    ],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

// 80/84 before the fresh set was written; 3 of 80 warm rows are flagged by older rules ("that
// company's behaviour is disgusting", "thanks for nothing, weather app", "cool story, my cat…").
kindsSet('kinds-h31.tsv', { recall: 0.94, falseAlarms: 0.04, category: 0.85 });
