/**
 * Contempt the engine still missed (session 44, helper contempt44), each a construction seen in
 * several writers' sets: a superlative of a fault aimed at "you" with any noun or none ("you're
 * honestly the most selfish neighbour on this street", "ur the laziest"); praise of a way of doing,
 * then the act as a gerund ("Brilliant parenting, letting a six year old…"); scare quotes round a
 * claimed skill or feeling ("your "quick fix"", "the "expert"", "now you're 'overwhelmed'"), reworded
 * by dropping the quote marks; "congrats on being the most <fault> <role>" with praise before it or a
 * role word read as praise. Wordings of our own, with warm near-twins that must pass clean; none from
 * any corpus or from the round's probe.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'a superlative of a fault aimed at "you", any noun or none',
  'contempt',
  [
    "you're honestly the most selfish roommate on this floor",
    "you are genuinely the rudest customer I've dealt with all week",
    'ur the laziest teammate in this squad',
    'you were the most useless guest at the whole wedding',
  ],
  [
    "you're the sweetest neighbour on the street",
    "you're the kindest soul",
    "you're the funniest guy in the group chat",
  ],
);

kind(
  'praise of a way of doing, then the act as a gerund',
  'contempt',
  [
    'wow great timing, leaving right when the baby woke up',
    'genius move, telling your boss you were sick and then posting from the beach',
    'nice teamwork, dumping the whole report on me at 5pm',
    'Brilliant parenting, giving him espresso before bed.',
  ],
  [
    "great idea, let's do it",
    'brilliant plan, meeting at six works for me',
    'nice teamwork, finishing a day early 🎉',
    'great thinking, bringing snacks!',
  ],
);

kind(
  'scare quotes round a claimed skill or feeling',
  'contempt',
  [
    'oh look, the "expert" has arrived',
    'so now you\'re "overwhelmed", right when the bins need doing',
    'your "apology" came three days late',
  ],
  [
    'I tried the "quick fix" from the forum and it worked, thanks!',
    'she wrote "fix" on the sticky note',
    'mark the ticket "urgent" please',
  ],
);

kind(
  '"congrats on being the most <fault> <role>", praise before it',
  'contempt',
  [
    'huge congrats on being the most useless driver in the carpool',
    "big congrats on being the most useless support agent I've ever had",
  ],
  ['congrats on being the best dad ever', 'big congrats on being the most improved player 🏆'],
);

describe('rewordings keep the act and drop the label', () => {
  it.each([
    [
      'Brilliant parenting, giving him espresso before bed.',
      "I'm not OK with you giving him espresso before bed.",
    ],
    [
      'nice teamwork, dumping the whole report on me at 5pm',
      "i'm not ok with you dumping the whole report on me at 5pm",
    ],
    ['your "apology" came three days late', 'your apology came three days late'],
    [
      'so now you\'re "overwhelmed", right when the bins need doing',
      "so now you're overwhelmed, right when the bins need doing",
    ],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

kindsSet('kinds-contempt44.tsv', { recall: 0.6, falseAlarms: 0.07, category: 0.55 });
