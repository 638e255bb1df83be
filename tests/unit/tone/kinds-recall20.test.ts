/**
 * Kinds of the recall20 round (lib/tone/rules/curt.ts), on our own sentences: curt and exasperated
 * messages with no insult word and no "you are …" verdict. Each hostile wording is flagged in its
 * category and reworded clean; each warm or practical look-alike passes.
 */
import { describe, expect, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

kind(
  'a pointed "why did you…" about what was done to the writer',
  'blame',
  [
    'why did you delete my photos from the shared album?',
    'Why did you unfriend me without a word?',
    'why are you ignoring my calls',
    'Why did you revert my changes to the wiki page?',
  ],
  [
    'why did you choose that font? it looks great',
    'why did you delete your account? I miss your posts!',
    'why did you leave the party early? we missed you ❤️',
    'why are you hiding under the duvet lol',
  ],
);

kind(
  'a bare "Typical." after a letdown',
  'absolutes',
  ['Typical.', 'so typical.', 'Typical. Not a word from you all day.', 'typical of her.'],
  [
    'Typical. It rains the one day I leave my umbrella at home.',
    'typical Monday traffic, see you soon',
    'Typical! you remembered the little things again 😊',
  ],
);

kind(
  'a conversation dropped in a huff',
  'withdrawal',
  [
    'fine, forget it then.',
    'ok forget it.',
    "Don't tell me what to do.",
    "I won't dignify that with a reply.",
  ],
  ['forget it, I already found the spare key', "don't tell me what to buy you, I want it to be a surprise"],
);

kind(
  'passive-aggressive email',
  'absolutes',
  [
    'Per my last email, the slides are due Thursday.',
    'as per my previous message, the form needs a signature.',
    "I've told you this four times.",
  ],
  ['I replied to your last email this morning.', 'per the schedule, the office closes at six.'],
);

kind(
  'a pointed question or a brush-off',
  'contempt',
  [
    'What exactly are you trying to imply?',
    'was that really necessary?',
    'and your point is?',
    'how is that my problem?',
    'get out of here with that nonsense',
  ],
  [
    'What exactly do you do at the lab? I have always been curious.',
    'What exactly are the opening hours on Sunday?',
    'is that necessary for the passport form?',
    'get out of here! congratulations!!',
  ],
);

kind(
  'an order to stop what the writer feels done to them',
  'talking-down',
  ['Stop attacking me.', 'stop yelling at me', 'shut tf up', 'figure it out yourself.'],
  [
    'stop blaming yourself, it was an accident',
    'stop ignoring me 😂 answer the group chat',
    "we'll figure it out together",
  ],
);

describe('the rewordings read clean and keep the rest of the message', () => {
  it.each([
    [
      'why did you delete my photos from the shared album?',
      /what made you delete my photos from the shared album\?$/,
    ],
    ['Per my last email, the slides are due Thursday.', /^The slides are due Thursday\.$/],
    ['What exactly are you trying to imply?', /^Just so I understand, what are you trying to imply\?$/],
    ['Stop attacking me.', /^I feel attacked right now/],
    ['Typical. Not a word from you all day.', /Not a word from you all day\.$/],
  ])('%s', (text, want) => {
    expect(rewordsClean(text)).toMatch(want);
  });
});
