import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('a label with a name, or a second name for someone (reword34)', () => {
  it.each([
    // A name right after the label says who: the pointing word and the label go.
    [
      'I had to redo the report because that moron Kevin deleted it',
      'I had to redo the report because Kevin deleted it',
    ],
    ['honestly this idiot Jones thinks he runs the place', 'honestly Jones thinks he runs the place'],
    ['That bitch Karen took my parking spot again', 'Karen took my parking spot again'],
    // A second name for what was just named, between commas, goes whole with both commas.
    ['Our landlord, that greedy clown, raised the rent again.', 'Our landlord raised the rent again.'],
    ['my boss, the idiot, forgot the meeting', 'my boss forgot the meeting'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('describing words before a label read in place of "person" (reword34)', () => {
  it.each([
    // After a copula, "a" and one describing word, the describing word is the claim.
    ['my ex is a stone cold bitch sometimes', 'my ex is stone cold sometimes'],
    ['the landlord is a greedy bastard', 'the landlord is greedy'],
    // A superlative before the label and a place or group after: the superlative says it.
    ['she was the loudest moron in the room', 'she was the loudest in the room'],
    ["He's the slowest idiot on the whole team lol", "He's the slowest on the whole team lol"],
    // "biggest" says how much the label fits, not what they are: "the biggest on the pitch" would
    // say something else; as before.
    ['the referee was the biggest idiot on the pitch', 'the referee was out of line on the pitch'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });

  it('never turns a word of size or praise into the claim', () => {
    // "a tremendous [label]" alone would praise: "is tremendous" says another thing.
    expect(reworded('our neighbour is a tremendous bitch')).not.toMatch(/is tremendous\b/);
    expect(reworded('you did that just to be a smart ass lol')).not.toMatch(/to be smart\b/);
  });

  it('keeps "person" when a relative clause is said of them', () => {
    expect(reworded('she is a cold bitch who never smiles')).toBe('she is a cold person who never smiles');
  });
});

describe('labels joined for one group, and "you" before a label (reword34)', () => {
  it.each([
    ['those morons and idiots voted for him', 'those people voted for him'],
    ['the bastards and clowns in charge lied', 'the people in charge lied'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });

  it.each([
    // "you" is the subject of the verb after: the label goes, "you" stays (never "want pizza tonight?").
    ['you bastards want pizza tonight?', 'you want pizza tonight?'],
    ['you dickheads are coming to the game right', 'you are coming to the game right'],
    ['lol u bastards still owe me 20 bucks', 'lol u still owe me 20 bucks'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('a swear noun for a body part or for someone, with its verb (reword34)', () => {
  it.each([
    // The subject of what follows: the plain noun, never left out.
    ['those asses so round in that video', 'those butts so round in that video'],
    // "your … ass" → "you": a word of how often between, the verb agrees with "you" too.
    ['your lazy ass still owes me money', 'you still owe me money'],
    ['ur dumb ass just wants attention', 'you just want attention'],
    // With "never" the absolute is reworded too, and the verb still agrees ("don't clean").
    ['your lazy ass never cleans the kitchen', "sometimes i feel like you don't clean the kitchen"],
    ['his lazy ass never cleans the kitchen', 'he never cleans the kitchen'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('"always" with a habit or a preference (reword34)', () => {
  it.each([
    ['you always prefer tabs over spaces', 'you usually prefer tabs over spaces'],
    [
      'In meetings you always suggest the cheapest vendor.',
      'In meetings you usually suggest the cheapest vendor.',
    ],
    ['u always order the same thing lol', 'u usually order the same thing lol'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });

  it('a charge keeps the wording for one moment', () => {
    expect(reworded('you always leave me waiting')).toBe('lately it seems like you leave me waiting a lot');
  });
});

describe('describing words for a thing (reword34)', () => {
  it.each([
    // A describing word standing for a noun that never came: no article left before ours.
    ['that is a stupid.', 'that is misguided.'],
    ['Honestly this is a dumb.', 'Honestly this is misguided.'],
    // A choice one would regret missing: "silly", never "misguided".
    ['honestly it would be dumb not to go', 'honestly it would be silly not to go'],
    ["It'd be stupid not to take the discount.", "It'd be silly not to take the discount."],
    // The same word twice in a sentence is reworded alike in both places.
    ['a pathetic team with a pathetic coach', 'a disappointing team with a disappointing coach'],
    ['What a ridiculous fee and a ridiculous wait.', 'What a strange fee and a strange wait.'],
    [
      'quitting the team was stupid, selling the car was stupid.',
      'quitting the team was misguided, selling the car was misguided.',
    ],
    [
      'The first draft was ridiculous and the second one was ridiculous too.',
      'The first draft was unbelievable and the second one was unbelievable too.',
    ],
    // Said its own way each time, the word is reworded where it stands only.
    [
      'honestly they are too stupid to see how stupid this is',
      "honestly they don't see how misguided this is",
    ],
    // A doubled comparative goes as one, never one half cut ("get every year").
    ['my coworkers get dumber and dumber every year', 'my coworkers get more and more misguided every year'],
    ['the posts here get stupider and stupider lol', 'the posts here get more and more misguided lol'],
    ['Honestly, you get dumber and dumber.', 'Honestly, you get more and more misguided.'],
    // Said of a thing said or made, "misguided", never "wrong about this".
    ['his take is moronic.', 'his take is misguided.'],
    ['the plan they came up with is dumb', 'the plan they came up with is misguided'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});
