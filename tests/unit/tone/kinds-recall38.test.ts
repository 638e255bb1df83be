/**
 * Round recall38: sneers in a comment section without the stock insults (lib/tone/rules/sneers.ts).
 * Our own sentences, several wordings a kind; warm twins share the words and must pass. The kinds
 * kept out for the byte share (their tests are in the FULL commit) have warm twins here still.
 */
import { describe, expect, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

kind(
  'an opinion declared worthless',
  'contempt',
  [
    'nice take, shame it is worthless',
    'Your two cents are worth less than that, honestly.',
    'you think your rating matters? lol',
    'Why do you think your vote counts here',
  ],
  [
    'Your opinion matters to us, thanks for the survey!',
    'My opinion is irrelevant here, your call.',
    'I think your review matters a lot to small studios.',
  ],
);

kind(
  'gatekeeping the thread',
  'contempt',
  [
    'Go back to the beginner lobby with your questions',
    'head back to your casual mode, this is ranked',
    'You obviously know nothing about it, so just sit this one out',
  ],
  [
    "I'm going to sit this one out, have fun everyone",
    "If you're stuck, go back to the tutorial, it explains the combo",
    'Feel free to sit this one out if you need a rest',
    'Go back to the settings menu and turn off autoplay',
  ],
);

kind(
  'mock praise, age and attention jabs',
  'contempt',
  [
    'Bold of you to share this take',
    'such a boomer take',
    'pure middle-schooler logic right there',
    "You're only posting this for the upvotes",
    'begging for attention again',
    'Log off and go outside for once',
    'put the phone down and go outside',
  ],
  [
    'Bold choice of colours, I love it',
    'Your thoughts on feeling worthless deserve care, and you can talk them through with someone.',
    'Get outside when you can, the daylight really helps.',
    'You should go outside today, it is so sunny!',
    'Thanks for the upvotes, everyone!',
    'My toddler has opinions on everything lol',
    'I was so triggered by that ending, I cried',
  ],
);

kind(
  'told to stop posting, feelings waved off, research jabs',
  'talking-down',
  [
    'Stop spamming the chat and read the rules for once',
    "you're way too triggered over a trailer",
    'You seem so salty about a cartoon',
    "Just stop posting, you're embarrassing yourself",
    'Read the thread before embarrassing yourself',
    "Stop wasting everyone's time with the same question",
  ],
  [
    'I can draw you a diagram if that helps, happy to',
    'Stir it nice and slow for ten minutes.',
    'The search bar at the top works with tags too',
    "Stop posting spoilers please, some of us haven't seen it",
  ],
);

kind(
  'kept out for the byte share: warm twins still pass',
  'contempt',
  [],
  [
    'Reading is hard for my son, he has dyslexia, any tips?',
    'My daughter is sounding out the big words now!',
    'How long did this take you? It looks amazing',
    'We came here to stir the pot of soup, lol',
    'Beginners like you are welcome here, ask anything!',
    'I feel so sorry for you, losing your cat is awful',
    'At least you tried! Next time for sure',
    "I'm not reading all that tonight, saving it for the train",
    'Want me to draw you a map to the cabin?',
    'Reported the scam link, thanks for flagging it',
    'Good game, kid!',
    'I need to find a hobby, any ideas?',
  ],
);

describe('the rewordings read clean and are flagged no more', () => {
  it.each([
    'nice take, shame it is worthless',
    'you think your rating matters? lol',
    'Go back to the beginner lobby with your questions',
    'Bold of you to share this take',
    'such a boomer take',
    "you're way too triggered over a trailer",
    "You're only posting this for the upvotes",
    'Log off and go outside for once',
    'Stop spamming the chat and read the rules for once',
    "Stop wasting everyone's time with the same question",
  ])('%s', (text) => {
    expect(rewordsClean(text).length).toBeGreaterThan(0);
  });
});
