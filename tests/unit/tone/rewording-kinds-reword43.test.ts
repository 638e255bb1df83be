import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('"…and then act surprised": the clause, not the whole message (reword43)', () => {
  it.each([
    [
      'you leave me on read for two days and then act surprised when i stop texting',
      'you leave me on read for two days and then you seem surprised when i stop texting',
    ],
    [
      "You blew off my sister's party and then acted shocked that she was hurt",
      "You blew off my sister's party and then you seemed shocked that she was hurt",
    ],
    [
      "you spend the rent money on games and then act all surprised we're broke",
      "you spend the rent money on games and then you seem surprised we're broke",
    ],
    ["and now you act shocked she's gone", "and now you seem shocked she's gone"],
    ['why are you acting all surprised', 'why are you looking surprised'],
    // Someone else's doing keeps its own person.
    ['they ignore you and then act surprised', 'they ignore you and then seem surprised'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('"you <hurt> me…, then <did>": the second verb keeps its person (reword43)', () => {
  it.each([
    ['You ignored me all week, then left', 'I felt ignored all week, then you left'],
    [
      'you ignored me all week and then went out with your friends',
      'i felt ignored all week and then you went out with your friends',
    ],
    ['you lied to me and then blamed my sister', 'i felt lied to and then you blamed my sister'],
    [
      'You ignored me all week, then ACTED SHOCKED when I left',
      'I felt ignored all week, then you seemed shocked when I left',
    ],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  // A clause with its own subject stays as it was.
  it('keeps a clause with its own subject', () => {
    expect(reworded('you ignored me and I cried')).toBe('I felt ignored and I cried');
  });
});

describe('"you are <label> and <word> for <doing>": what it was said for stays (reword43)', () => {
  it.each([
    [
      'you are insane and criminal for keeping that dog locked in the car',
      "i'm feeling really worried about you keeping that dog locked in the car",
    ],
    [
      'you are demented and criminal for supporting the clintons.',
      "i'm feeling really frustrated about you supporting the clintons.",
    ],
    [
      'you are lazy and spoilt for making your mum do your laundry',
      "i'm feeling really let down about you making your mum do your laundry",
    ],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('"not you <doing> … AGAIN": one rewording clears both (reword43)', () => {
  it.each([
    ['not you forgetting to pick me up AGAIN', "i'm upset about you forgetting to pick me up"],
    ['Not you skipping the team meeting AGAIN', "I'm upset about you skipping the team meeting"],
    ['not you losing the house keys AGAIN', "i'm upset about you losing the house keys"],
    ['not u forgetting our anniversary AGAIN', "i'm upset about u forgetting our anniversary"],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('"the definition of <label>": the frame goes with the word (reword43)', () => {
  it.each([
    ['he is the definition of an idiot', 'he is wrong about this'],
    ['my landlord is the literal definition of a moron', 'my landlord is wrong about this'],
    ['this whole meeting was the definition of pathetic', 'this whole meeting was disappointing'],
    ['that reply was the dictionary definition of idiotic', 'that reply made no sense to me'],
    ['he is the embodiment of a scumbag', 'he is out of line'],
    ['you are the definition of stupid', 'you are misguided'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  // A rewording that keeps its object keeps the frame.
  it('keeps a frame whose object stays', () => {
    expect(reworded('you are the very definition of a hypocrite')).toBe(
      'you are the very definition of a person with double standards',
    );
  });
});

describe('warm look-alikes stay clean (reword43)', () => {
  it.each([
    'the definition of insanity is doing the same thing',
    'you are the definition of kindness',
    'not you getting promoted again 😭 so proud',
    'you always act surprised at your own birthday party, it is adorable',
    'i was surprised and then acted on it',
  ])('%s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});
