/**
 * Round polite35: public replies aimed at the person replied to (lib/tone/rules/sneers.ts): their work
 * ranked the worst, a fault "of you", shame wished on them, the point of their reply asked, "do your
 * own research", "stop tagging me", "you call yourself a…". Our own sentences, three wordings a kind
 * that differ in every content word; warm twins share the words (polite requests, sincere questions,
 * frustration at things, kindness) and must pass clean.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsSet, rewordsClean } from './kinds';

kind(
  'their work ranked the worst',
  'contempt',
  [
    'easily the most clueless reply on this whole page',
    'the sloppiest pull request review I have ever read',
    'this is the lamest excuse I have heard all month',
  ],
  [
    "this is the worst storm I've seen in years, stay safe everyone",
    'the dumbest question I ever asked was about tabs, lol',
    "what's the worst advice you've ever gotten?",
    'not the worst idea honestly',
  ],
);

kind(
  'their work judged by a degree ("a question this lazy")',
  'contempt',
  [
    'why would anyone defend an opinion this smug',
    'nobody should post a review this lazy',
    'who submits an edit this careless',
  ],
  [
    'a question this good deserves a long answer',
    'an answer this wrong is rare for this sub, but the fix is easy',
  ],
);

kind(
  'a fault "of you"',
  'contempt',
  ['that was incredibly rude of you', 'how selfish of you to hog the server', "that's honestly petty of you"],
  [
    'that is so sweet of you, thank you',
    'I am so jealous of you, enjoy the beach',
    "it's silly of you to worry about that, it's fine",
    'which of you is driving tomorrow?',
  ],
);

kind(
  'shame wished on them',
  'contempt',
  [
    'you should be embarrassed by that comment',
    'honestly this is cringe for you',
    'u oughta be mortified by this edit',
  ],
  [
    "you shouldn't be embarrassed, everyone starts somewhere",
    "nobody wants to see you leave, we'll miss you",
    'I was so embarrassed when my mic was on, sorry all',
  ],
);

kind(
  'the point of their reply asked, or "are you kidding me with…"',
  'contempt',
  [
    "what's even the point of your reply",
    'are you kidding me with this rename?',
    "what's your deal with deleting every thread",
  ],
  [
    "what's the point of the second flag? curious",
    "are you kidding? I'd love to come",
    'what is your take on the proposal?',
    "what's your problem set for tomorrow, chapter four?",
  ],
);

// "how did you manage to break a static page" was built here too and left out when merged: its
// one-line rewording lost the point where an older rule already reworded better ("how the hell did
// you manage to lose the keys AGAIN??" → "how did you manage to lose the keys??").
kind(
  'a title they give themselves, and sarcasm about being this way',
  'contempt',
  [
    'wild that you call yourself an editor',
    'still amazed you call yourself a journalist',
    'the sheer arrogance of this comment',
    'must be exhausting being this smug',
  ],
  [
    'you can call yourself a certified climber now, congrats',
    'what do you call yourself on the forum?',
    'the sheer size of this update is wild',
    'it must be exhausting being a new parent, hang in there',
    'must be nice being on vacation, enjoy',
  ],
);

kind(
  'a right or business denied them, a fault asked how ("how can you be this careless")',
  'contempt',
  [
    'you have no business moderating a gardening forum',
    'u got no right to lecture anyone on spelling',
    "how can you be this careless with other people's data",
    'how are u so bossy about indentation',
    'you literally contradict yourself in the second line',
  ],
  [
    'you have no business apologizing, you did great',
    'you have no right to feel guilty about taking a break, honestly',
    'how can you be so calm before a launch?',
    'how could you be this kind to a stranger, thank you',
    'did I contradict myself there? let me reread',
  ],
);

kind(
  'their reading doubted',
  'contempt',
  ['you clearly skimmed it', 'you evidently skipped the second half', "you didn't read past the headline"],
  ['you clearly read the whole spec, impressive', "you didn't read past chapter two? no spoilers then"],
);

kind(
  'told to delete it or say something useful',
  'contempt',
  ['delete your account', 'cool, now say something useful', 'just delete your comment.'],
  [
    'delete your account in settings if you want a fresh start',
    'you can delete your comment any time',
    'could you delete your post? it has your address in it',
    'say something useful at standup, like blockers',
  ],
);

describe('rewordings of the new kinds', () => {
  it.each([
    ['that was incredibly rude of you'],
    ['you should be embarrassed by that comment'],
    ["what's even the point of your reply"],
  ])('rewords %s clean', (text) => {
    expect(rewordsClean(text)).toBeTruthy();
  });
});

kindsSet('kinds-polite35.tsv', { recall: 0.72, falseAlarms: 0.02, category: 0.5 });
