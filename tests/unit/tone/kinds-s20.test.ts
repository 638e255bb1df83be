/**
 * The lead's kinds of the twentieth session, on our own sentences: "damned if you do, damned if you
 * don't" names a no-win spot and curses nobody (the vow "I'll be damned if…" still counts, and
 * keeps its shape with the mild word); quote marks that give back the person's own word after
 * "you say / you mention…" are a quotation, not a sneer.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone';
import { first, kind } from './kinds';

kind(
  'a curse, not the no-win idiom',
  'heat',
  ["I'll be damned if I apologise to you, you had it coming", 'damn it, you broke it again'],
  [
    "damned if you do, damned if you don't, so I just picked one",
    'honestly the team is damned if it ships late and damned if it ships buggy',
    'Damned if I know where the spare key went, sorry!',
  ],
);

kind(
  'scare quotes on a thing of theirs, not their own word given back',
  'contempt',
  ['go cry to your "friends" about it', 'tell your "boss" whatever you like'],
  [
    'You mentioned your "spiral" last week; how has it been since?',
    'you say your "past" is the problem, but I think you are being hard on yourself',
    'You wrote that your "failures" made you who you are. I am proud of you.',
  ],
);

kind(
  'a label, not a costume',
  'contempt',
  ['he is a clown', 'you dressed like a clown', 'honestly he acts like a clown'],
  [
    'he dressed as a clown for the party.',
    'she went as a witch last year lol',
    'the kids loved the clown costume',
    'my brother is going as a zombie tonight',
  ],
);

describe('"I\'ll be damned if…" keeps its shape', () => {
  it.each([
    ["I'll be damned if I apologise to you", "I'll be darned if I apologise to you"],
    ["i'll be damned if i say sorry first to you", "i'll be darned if i say sorry first to you"],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
  });
});

describe("scare quotes: the sneer is judged in the quoted word's own clause", () => {
  const offers = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.rule === 'disdain.scare-quotes')
      .flatMap((f) => f.suggestions.map((s) => s.replacement));
  it('a sour word in a later clause keeps "drop the quote marks"', () => {
    expect(offers('go ask your "boss", but honestly the weather was awful')).toContain('boss');
  });
  it('a sour word in the same clause leaves only the plain rewording', () => {
    expect(offers('your "job" is a joke')).not.toContain('job');
  });
});

kind(
  'packing up to leave, not for a trip',
  'withdrawal',
  ["I'm packing my things. I'm done.", 'im packing my stuff tonight and you can explain it to the kids'],
  [
    'im packing my things and moving abroad, see u all in a month xo',
    "I'm packing my bags, see you next week!",
  ],
);

describe('"get lost you idiot": the name goes with "you" ("lost" takes no object)', () => {
  it.each(['get lost you idiot', 'just get lost you moron'])('%s', (text) => {
    const out = first(text);
    expect(out).not.toMatch(/\byou\s*$/);
    expect(analyze(out).flagged).toBe(false);
  });
});
