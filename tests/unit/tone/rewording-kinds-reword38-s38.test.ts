/**
 * Rewording kinds (helper reword38 of session 38; rewording-kinds-reword38 is an older round), each on our own sentences: a name called at the end
 * of a clause made of two insults with a plain word between goes whole ("keep scrolling loser boomer
 * clown" never "keep scrolling person boomer"); "thanks to you" before a lost thing found again is
 * thanks, not blame; "you always need a permit" states what a place asks of anyone, not a habit;
 * a quoted label said to the reader ('you're such an "idiot"', 'ur so "smart"') is said, and its
 * quote marks go with it; "who cares, <point>" keeps the point.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { flagged, kind } from './kinds';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('two insults with a plain word between, called at the end of a clause, go whole', () => {
  it.each([
    ['keep scrolling loser boomer clown, nobody reads this', 'keep scrolling, nobody reads this'],
    ['go back to sleep idiot hippie moron', 'go back to sleep'],
    ['sit down stupid tory troll', 'sit down'],
  ])('%s → %s', (text, want) => {
    const out = reworded(text);
    expect(out).toBe(want);
    expect(out).not.toMatch(/\bperson\b/);
  });
  it('a name of one insult and its plain word is left as the rules had it', () => {
    // An article before the name makes it part of the sentence: no name called here.
    expect(reworded('he is a loser lib troll')).not.toMatch(/\blib\b.*\btroll\b/);
  });
});

describe('"who cares, <point>": the point after the comma stays', () => {
  it('keeps what follows', () => {
    const out = reworded(
      'who cares loser boomer troll, you guys are all so lazy and useless and should quit already',
    );
    expect(out).toMatch(/^help me understand why this matters to you\. /i);
    expect(out).toMatch(/should quit already$/);
  });
  it('alone, the plain line', () => {
    expect(reworded('who cares loser lib troll')).not.toMatch(/\btroll\b|\bperson\b/);
  });
});

kind(
  '"thanks to you" before a lost or stolen thing found again is thanks, not blame',
  'blame',
  [
    'thanks to you my bike got stolen again',
    'thanks to you the car is missing now',
    'thanks to you I missed my flight',
    'thanks to you my lost luggage is still missing',
  ],
  [
    "thanks to you the lost cat is home!! you're a legend",
    'thanks to you my stolen bike came back',
    'thanks to you the missing ring showed up',
    'because of you the lost puppy is home safe',
    'thanks to you the missing keys turned up',
  ],
);

kind(
  '"you always / never" with what a place or a rule asks of anyone (a paper, a formality) is a fact',
  'absolutes',
  [
    'you always need the last word',
    'you always have to have the last say',
    'you always need an audience',
    'you always need a reason to complain',
    'you always have to sign up for everything and then quit',
    'you always have to pay me back late',
    'you always have to bring up my ex',
  ],
  [
    'you always need a parking permit downtown',
    'in Japan you always have to pay at the counter first',
    'you never need a visa for a weekend there',
    'you always have to register before the race',
    'you always have to show your ID at the door',
    'you always need to check in first',
  ],
);

kind(
  'a quoted label said to the reader is said; a quoted word talked about is not',
  'contempt',
  [
    "you're such an 'idiot'",
    'you are a real "moron"',
    'ur so "smart" huh',
    'you\u2019re a \u201cgenius\u201d right',
  ],
  [
    "my kid called me a 'genius' today",
    "is 'wally' an insult in the UK?",
    'she wrote "legend" on the card',
    "you're a genius, honestly",
    'you\'re a "genius" lol',
  ],
);

describe('the quote marks around a reworded label go with it', () => {
  it.each([
    ["you're such an 'idiot'", "you're wrong about this"],
    ['you are a "moron"', 'you are wrong about this'],
  ])('%s → %s', (text, want) => {
    const out = reworded(text);
    expect(out).toBe(want);
    expect(out).not.toMatch(/["'\u201d]$/);
  });
  it('a sarcastic quoted word of praise is said plainly', () => {
    const out = reworded('ur so "smart" huh');
    expect(out).not.toMatch(/smart|"/);
  });
  it('the detection of the quoted word needs the quote marks', () => {
    expect(flagged('ur so smart huh')).toBe(false);
  });
});
