/**
 * Round h26: blame that does not say "you make me" and withdrawal the engine had not met
 * (lib/tone/rules/caused.ts, lib/tone/rules/withdrawal.ts). Each kind with warm, practical and
 * self-directed uses of the same words that must pass.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'the outcome credited to the other, and the fault named',
  'blame',
  [
    'thx to u i got kicked out of the group chat',
    'Thanks to you, I have to redo my whole presentation.',
    'the whole trip was entirely your fault',
    'everything that happened tonight is your fault',
  ],
  [
    'thanks to you the party was amazing',
    'thx to u i finally got the job!!',
    'Thanks to you, I don’t have to cook tonight 😊',
    'none of this was your fault',
    'look what you’ve done with the garden, it’s gorgeous',
  ],
);

kind(
  'their own doing, and being let down',
  'blame',
  [
    'you brought all this on yourself',
    'you’ve only got yourself to blame',
    'you threw me under the bus with the boss',
    'you hung me out to dry in front of everyone',
    'you turned my own family against me',
    'hope you’re proud of yourself now',
  ],
  [
    'you brought this on yourself? no way, it was bad luck',
    'i only have myself to blame lol',
    'you made your bed this morning? proud of you',
    'you threw me a surprise party!!',
    'you turned everyone into coffee snobs haha',
    'hope you’re proud of yourself, you earned it',
  ],
);

kind(
  'others carrying the weight of "you"',
  'blame',
  ['we all have to tiptoe around you', 'everyone is walking on eggshells around you'],
  ['you don’t have to tiptoe around me', 'i can relax when you’re around'],
);

kind(
  'withdrawal the engine had not met',
  'withdrawal',
  [
    'i’ll call back when i’m good and ready',
    'maybe it’s best if we stop talking',
    'it’s better if we don’t talk anymore',
    'k. bye.',
    'go cry to someone who cares',
  ],
  [
    'i’ll call back when i’m ready to leave',
    'it’s best if we stop talking about work at dinner',
    'ok cool, see you at 8',
    'k see u there',
    'fine by me!',
    'talk to someone at the bank, they’ll sort it',
    'we’ve got nothing planned, come over',
    'i don’t have the energy to cook tonight, pizza?',
  ],
);

describe('rewordings keep what happened', () => {
  it.each([
    ['thx to u i missed my bus', "i missed my bus, and i'm upset about it"],
    ['Thanks to you, we now have to start over.', "We now have to start over, and I'm upset about it."],
    ['It is entirely your fault that the project failed.', "The project failed, and I'm upset about it."],
    ['fine. bye.', "okay, but i'm still a bit upset about it."],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

kindsSet('kinds-h26.tsv', { recall: 0.85, falseAlarms: 0.03, category: 0.8 });
