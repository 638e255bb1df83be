/**
 * Withdrawal the engine still missed (session 44, helper withdr44), as constructions: a reply refused
 * ahead in the present and "going to" too, with its object and its door ("I'm not picking up when you
 * call", "I'm just not going to respond to you for a bit"); the talk kept to the writer's whim with any
 * subject ("we can talk when I feel like it", "…when it suits me", "…if I ever am"); contact barred
 * with its topic ("don't message me about Christmas."); leaving "the group (chat)"; a goodnight that
 * closes a refusal of the talk ("not doing this. goodnight"). And session 43's
 * guards kept to the wordings they were written for, so they no longer take back what older
 * constructions flagged ("fine. I just won't bother inviting you anymore").
 * Each in wordings of our own, with warm near-twins that must pass clean; none from any corpus file
 * or from the round's probe.
 */
import { describe, expect, it } from 'vitest';
import { first, flagged, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'a reply refused ahead, with its object and its door',
  'withdrawal',
  [
    "I'm not answering the phone this weekend so don't bother",
    "I'm not replying to you for a while.",
    "i'm just not gonna answer you anymore",
    "I won't be picking up if you ring",
    "I'm not reading your texts, stop sending them",
  ],
  [
    "I'm not answering the phone this weekend, I'm at my nan's 80th, call Sunday!",
    "I'm not picking up, I'm driving",
    "I'm not reading it, no spoilers please",
    'not responding to emails till Monday, enjoy the long weekend everyone',
    "I'm not answering any calls today, it's my day off",
    "I'm not picking up when you call after 10, I'll be asleep. Text me x",
  ],
);

kind(
  "the talk kept to the writer's whim, any subject",
  'withdrawal',
  [
    "we'll speak when I feel like it.",
    'we can talk about it when it suits me',
    "I'll ring you back if I ever do",
  ],
  [
    'we can go to the lake when I feel like it, no rush 😊',
    "I'll read the rest of the series when I feel like it",
    'if I ever do get a boat, you are the first one on it',
  ],
);

kind(
  'leaving the group, said as the whole message',
  'withdrawal',
  ['left the group.', 'leaving this group chat, sort it out between you'],
  [
    'leaving the group chat tomorrow, thanks for everything!',
    'I left the group chat by accident, add me back?',
  ],
);

kind(
  'contact barred, with its topic',
  'withdrawal',
  ["Don't text me about the wedding.", "don't @ me again about the rota", "don't call me with your excuses"],
  [
    "don't text me about the wedding, I want it to be a surprise!",
    "don't call me about the rota tonight 😴",
    "don't message me about work, message me about the beach, I'm on holiday",
  ],
);

kind(
  'a goodnight closing a refusal of the talk',
  'withdrawal',
  [
    'not having this argument again. goodnight',
    "I don't want to talk about it. night.",
    'whatever. goodnight',
  ],
  [
    "I don't feel great, goodnight",
    "don't forget the bins. goodnight",
    "whatever you fancy for breakfast, I'll cook it. goodnight",
    'not talking shop tonight, goodnight love',
  ],
);

kind(
  "session 43's guards kept to their own wordings",
  'withdrawal',
  ["fine. I just won't bother inviting you anymore", "whatever, I honestly won't bother asking you again!"],
  [
    'have it your way then, see you at 7!',
    "ok sorry, I won't bother you again!",
    'why do I bother watching you bowl 😂',
    "figure it out yourself? no chance, I'll come round and help",
  ],
);

describe('rewordings name the need and keep the door open', () => {
  it.each([
    ["I'm not answering my phone tonight so don't bother.", /^I need some time before I reply\./],
    ["we'll talk when I feel like it.", /I need some time before I reply\./],
  ])('%s', (text, want) => {
    const out = rewordsClean(text);
    expect(out).toMatch(want);
    expect(flagged(first(text))).toBe(false);
  });
});

kindsSet('kinds-withdr44.tsv', { recall: 0.6, falseAlarms: 0.05, category: 0.6 });
