/**
 * Kinds of the recall20 round (lib/tone/rules/curt.ts), on our own sentences: curt and exasperated
 * messages with no insult word and no "you are …" verdict. Each hostile wording is flagged in its
 * category (and was missed before the round); each warm or practical look-alike passes.
 */
import { describe, expect, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

kind(
  'a pointed "why did you…" about what was done to the writer',
  'blame',
  [
    'why did you delete my photos from the shared album without asking?',
    'Why did you unfriend me without a word?',
    'why are you lying to me',
    'Why did you revert my changes without a word?',
  ],
  [
    'why did you choose that font? it looks great',
    'why did you delete your account? I miss your posts!',
    'why did you leave the party early? we missed you ❤️',
    'why are you hiding under the duvet lol',
    'why did you revert my edit?',
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
  ['fine, forget it then.', 'right, forget it then.', "Don't tell me what to do.", 'end of discussion.'],
  [
    'forget it, I already found the spare key',
    "don't tell me what to buy you, I want it to be a surprise",
    'end of discussion for today, thanks all, lovely session',
    "i'm not discussing it further until i've had some sleep",
  ],
);

kind(
  'passive-aggressive email',
  'absolutes',
  [
    'Per my last email, the slides are due Thursday.',
    'as per my previous message, the form needs a signature.',
    'As previously stated, refunds take five days.',
    'as mentioned several times now, the spare key is in the drawer',
  ],
  ['I replied to your last email this morning.', 'per the schedule, the office closes at six.'],
);

kind(
  'a pointed question or a brush-off',
  'contempt',
  [
    'What exactly are you trying to imply?',
    'get out of here with that nonsense',
    "what's this nonsense?",
    'what a joke of a meeting.',
  ],
  [
    'What exactly do you do at the lab? I have always been curious.',
    'What exactly are the opening hours on Sunday?',
    'get out of here! congratulations!!',
    'spare me a slice of that pie?',
  ],
);

kind(
  'exasperation with no swear word',
  'heat',
  [
    'give me a break.',
    'oh for crying out loud',
    'this is absurd.',
    'how is this STILL not fixed',
    'why is it still broken',
  ],
  [
    "for heaven's sake, I left my umbrella on the train again",
    'this is unbelievable, best day ever',
    'give me a break from the kids for an hour and I will be a new person lol',
  ],
);

kind(
  'a curt order',
  'talking-down',
  [
    'Stop attacking me.',
    'stop yelling at me',
    'shut tf up',
    'fix it.',
    'Do it properly this time.',
    "don't move my charger again.",
    'read the manual.',
  ],
  [
    'stop blaming yourself, it was an accident',
    'stop ignoring me 😂 answer the group chat',
    'fix it please, whenever you have a minute',
    "don't worry about it again, it's fine",
    "read the manual, it's actually great",
  ],
);

describe('the rewordings read clean and keep the rest of the message', () => {
  it.each([
    [
      'why did you delete my photos from the shared album without asking?',
      /what made you delete my photos from the shared album without asking\?$/,
    ],
    ['Per my last email, the slides are due Thursday.', /^The slides are due Thursday\.$/],
    ['What exactly are you trying to imply?', /^Just so I understand, what are you trying to imply\?$/],
    ['Stop attacking me.', /^I feel attacked right now/],
    ['Typical. Not a word from you all day.', /Not a word from you all day\.$/],
    ["don't move my charger again.", /^please check with me before you move my charger again\.$/],
    ['what a joke of a landlord you are', /^i'm really disappointed in you right now$/],
    ['how is this STILL not fixed', /^i'm frustrated that this is still not fixed$/i],
  ])('%s', (text, want) => {
    expect(rewordsClean(text)).toMatch(want);
  });
});
