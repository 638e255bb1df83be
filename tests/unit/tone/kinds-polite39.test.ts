/**
 * Public replies that talk down to the person replied to or show disgust at them (session 39, helper
 * polite39), in `lib/tone/rules/retorts.ts`: effort asked as a taunt ("how hard is it to <read…>",
 * "do us all a favour and <…>"), disgust at "the way you…", their take called embarrassing or a mess,
 * "with his whole chest", "another expert who's never…". Each in wordings of our own, with warm
 * near-twins that must pass clean. None from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsSet, rewordingCases, rewordsClean } from './kinds';

kind(
  'effort asked as a taunt',
  'talking-down',
  [
    'how hard can it possibly be to spell the maintainer name right',
    'is it seriously that difficult to link the source',
    'how hard was it to follow the template, honestly',
    'do everyone a favor and stop replying to the bot',
    'do the world a favour and read the changelog',
  ],
  [
    'how hard is it to learn rust as a beginner?',
    'how hard would it be to add an export button? happy to work on it',
    'is it hard to set up on windows?',
    'how hard is it to use this with react? curious before I commit',
    'do yourself a favor and try the soup',
    'could you do us all a favor and bring snacks to the meetup?',
    'do us all a favour and bring your famous brownies tomorrow',
  ],
);

kind(
  'disgust at "the way you…"',
  'contempt',
  ['eww the way u reply to people', 'gross, the way you talk to people', 'the way you answered him was vile'],
  [
    'I love the way you explain things',
    'ugh the way you make me laugh every time 😂',
    'the way you handled that was amazing',
    'the way you described the bug was really helpful',
  ],
);

kind(
  'their part in the thread called embarrassing, a mess, nonsense',
  'contempt',
  ['your reasoning is laughable', 'this reply reads as incoherent', 'your logic seems laughable'],
  [
    'this post is so sad, I hope your dog recovers',
    'your comment is insane in the best way, thank you',
    'this comment is so true',
    "your point is fair, I hadn't thought of that",
    'your answer is wrong, the API changed in v3',
    'the ending is ridiculous lol',
  ],
);

kind(
  'mocked by "whole chest", "another expert who…"',
  'contempt',
  [
    'dude posted that with his entire chest',
    'another genius who has never opened a history book',
    'oh look, another expert who watched a documentary once',
  ],
  [
    'I love you with my whole chest',
    'another reader who has never left a review? thank you for writing!',
    'another person who helped me was Sam',
  ],
);

describe('rewordings of the new kinds keep the point', () => {
  rewordingCases([
    [
      'how hard can it possibly be to spell the maintainer name right',
      'could you spell the maintainer name right, please?',
    ],
    ['do the world a favour and read the changelog', 'could you read the changelog, please?'],
    ['eww the way u reply to people', "i'm uncomfortable with the way u reply to people"],
    ['your reasoning is laughable', "i don't agree with this reasoning"],
  ]);
  it.each([
    ['how hard was it to follow the template, honestly'],
    ['the way you answered him was vile'],
    ['dude posted that with his entire chest'],
    ['another genius who has never opened a history book'],
  ])('rewords %s clean', (text) => {
    expect(rewordsClean(text)).toBeTruthy();
  });
});

kindsSet('kinds-polite39.tsv', { recall: 0.6, falseAlarms: 0.02, category: 0.4 });
