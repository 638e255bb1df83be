/**
 * The lead's kinds of the nineteenth session, on our own sentences: "is there a reason you don't
 * just…?" offers another way and is no reproach, while the same question about something left
 * undone still is, and its rewording drops the question's "just"; "you're sick" said of an illness
 is no label; "if all you do is…" puts a case as advice, not a tally. A group named by a label alone
after "of" or "this many" keeps what the label meant ("misguided people"), not a bare "people".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone';
import { first, kind } from './kinds';

kind(
  'a reason asked for something left undone (not a way offered)',
  'contempt',
  [
    'is there a reason you ignored my texts?',
    "is there a reason you didn't just tell me?",
    "any reason you can't just answer me?",
  ],
  [
    "is there a reason you don't just use the built-in importer?",
    'Is there a reason you dont simply let the server cache it?',
    "is there a reason you don't just run it nightly? might be easier",
  ],
);

kind(
  '"sick" as a label, not an illness',
  'contempt',
  ["you're sick.", "you're sick and disgusting", "honestly you're sick in the head"],
  [
    "if you're sick and in pain, please stay home",
    "so sorry you're sick again, want soup?",
    "when you're sick you shouldn't be driving",
    "you're sick with the flu, rest up",
  ],
);

kind(
  'a tally of what the reader does, not a case put as advice',
  'absolutes',
  ['all you think about is yourself', 'honestly all you ever do is complain'],
  [
    'if all you do is worry about it, it grows',
    'when all you think about is work, rest feels strange at first',
  ],
);

describe('the question\'s "just" is not carried into the statement', () => {
  it.each([
    ["is there a reason you didn't just tell me?", "i noticed you didn't tell me."],
    ["Is there a reason you can't simply answer me, Tom?", "I noticed you can't answer me, Tom."],
  ])('%s', (text, start) => {
    const found = analyze(text, { sensitivity: 'balanced' }).findings;
    const reword = found[0]?.suggestions[0]?.replacement ?? '';
    expect(reword.startsWith(start)).toBe(true);
    expect(reword).not.toMatch(/\b(?:just|simply)\b/);
  });
});

describe('a group named by a label alone keeps what the label meant', () => {
  it.each([
    [
      'we have to put up with this many fools every day.',
      'we have to put up with this many misguided people every day.',
    ],
    ['the whole project is in the hands of fools.', 'the whole project is in the hands of misguided people.'],
    ['a bunch of jerks cut the queue', 'a bunch of rude people cut the queue'],
    ['the club is run by idiots.', 'the club is run by the wrong people.'],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
  });
});
