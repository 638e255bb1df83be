/**
 * The lead's read of session 40's merge: two new kinds' rewordings did not read as a person's.
 * "funny how fast you'd change your tune…" lost "funny how" and was left "Fast you'd change…";
 * a mocking likeness ("your playlist sounds like…", "you park like…") was replaced by one stock
 * line whatever it said, the rest of the sentence with it. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';

const first = (text: string): string => {
  const f = analyze(text).findings[0];
  const s = f?.suggestions[0];
  if (!s) return '';
  return text.slice(0, s.start) + s.replacement + text.slice(s.end);
};

describe('"funny how <adverb> you…" keeps a sentence', () => {
  it.each([
    [
      'Funny how quickly you change your tune once your cousin shows up.',
      /^I've noticed how quickly you change/,
    ],
    [
      'funny how often you suddenly get a headache when the dishes pile up',
      /^i've noticed how often you suddenly/i,
    ],
    ['Funny how your stories change each time you tell them.', /^Your stories change each time/],
  ])('%s', (text, want) => {
    expect(first(text)).toMatch(want);
  });
});

describe('a mocking likeness said plainly, the rest kept', () => {
  it.each([
    ['Your spreadsheet reads like a ransom letter', /^I'm not a fan of your spreadsheet$/],
    ['you drive like the road owes you money', /^i'm not a fan of how you drive$/i],
    ['bro aims like his monitor is off', /^i'm not a fan of how you aim$/i],
    [
      'u text like a ransom note, im not answering',
      /^i'm finding (?:your|ur) messages hard to follow, im not answering$/i,
    ],
    ['marco you sound like the guys who lost that bet', /^marco i see this differently$/i],
    ['those boots make you look like a lost lumberjack', /^i'm not a fan of this look$/i],
    ['your brother sounds like a walking complaint', /^i see this differently$/i],
  ])('%s', (text, want) => {
    const out = first(text);
    expect(out, text).toMatch(want);
    expect(out).not.toMatch(/isn't working for me/);
  });
});

// The merge lowered the tense-variant measure (variation.test): kinds caught in one tense were
// missed in another. The same mockery in the past tense, a belief mocked as held, a totality charged
// with "were"; and warm likenesses of how someone looked.
describe('a kind caught in one tense is caught in another', () => {
  it.each([
    ['you danced like a folding chair at the wedding', 'contempt'],
    ['u drove like the road owed u money', 'contempt'],
    ['adorable that you thought anyone wanted your opinion', 'contempt'],
    ['you were late to literally everything this month', 'absolutes'],
  ])('%s', (text, category) => {
    expect(analyze(text).findings.map((f) => f.category)).toContain(category);
  });
  it.each([
    'you looked like you were about to cry, want to talk?',
    'you looked like you were freezing out there, come sit by the fire',
    'you danced like nobody was watching and it was perfect',
  ])('passes "%s"', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});
