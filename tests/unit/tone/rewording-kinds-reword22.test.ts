/**
 * Rewording kinds of the twenty-second rewording round (reword22, eighteenth session), from the
 * lead's list and the reads of seeds 334-336, each on our own sentences. Each row is the whole
 * rewording a person would send, and it is flagged no more.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { first, rewordingCases } from './kinds';

describe('a swear with "all" for "nothing" ("do shit all") says "nothing"', () => {
  rewordingCases([
    ['my cousins do shit all at family dinners', 'my cousins do nothing at family dinners'],
    ['she knows shit all about football', 'she knows nothing about football'],
    ["there's shit all to watch tonight", "there's nothing to watch tonight"],
  ]);
});

describe('"ADJ as shit" after a noun with no verb loses the swear only, never "ADJ person"', () => {
  rewordingCases([
    ['my son lazy as shit', 'my son lazy'],
    ['our puppy crazy as fuck', 'our puppy crazy'],
  ]);
});

describe('a name reported as said of the writer is "names", never a milder name put in their mouth', () => {
  rewordingCases([
    ["my stepdad told me I'm a bitch", 'my stepdad called me names'],
    ['she said that i was a whore.', 'she called me names.'],
  ]);
  // A name the writer was called, reported, is flagged at strict only (kinds-fa18): reworded there.
  it.each([
    ['I was called a slut by my own aunt', 'I was called names by my own aunt'],
    ['he got called a bitch at practice', 'he got called names at practice'],
  ])('%s (strict)', (text, want) => {
    expect(analyze(text).flagged).toBe(false);
    const out = rewrite(text, { sensitivity: 'strict' }).text;
    expect(out).toBe(want);
    expect(analyze(out, { sensitivity: 'strict' }).flagged).toBe(false);
  });
});

describe('"fuck that <slang name>" takes the name with it', () => {
  rewordingCases([
    ['fuck that hoe, she never paid me back', 'forget that person, she never paid me back'],
    ['screw that biatch', 'forget that person'],
    ['Fuck those hoes', 'Forget them'],
  ]);
});

describe('a sentence left in capitals beside a reworded one cools with it', () => {
  rewordingCases([
    ['WHAT A LONG DAY. my boss is such an idiot', 'What a long day. my boss is wrong about this'],
    ['I LOVE THIS PLACE. the waiter was an idiot though', 'I love this place. the waiter was wrong though'],
  ]);
});

describe('a scornful name for a side keeps the side ("people" would mean anyone)', () => {
  rewordingCases([
    ['he wants to shoot commies', 'he wants to shoot communists'],
    ['my uncle rants about libtards', 'my uncle rants about liberals'],
  ]);
});

describe('stacked labels before a noun: the label goes, the noun and plain describing words stay', () => {
  rewordingCases([
    ['that lazy coward thief stole my bike', 'that lazy thief stole my bike'],
    ['the scumbag coward burglar got away', 'the burglar got away'],
  ]);
});

describe('"stop being" + a label or describing words with no noun: "stop being unfair"', () => {
  rewordingCases([
    ['stop being an arrogant deluded, tom.', 'stop being unfair, tom.'],
    ['quit being an idiot, sam.', 'please be reasonable, sam.'],
  ]);
});

describe('"such a <label>" is "such a pain", never "such a person"', () => {
  rewordingCases([
    ['quit being such a moron', 'please be reasonable'],
    ['your such a moron', 'your such a pain'],
  ]);
});

describe('a behaviour label with a describing word and no article keeps a noun', () => {
  rewordingCases([
    ['he trusts her more than habitual liar, sadly', 'he trusts her more than someone dishonest, sadly'],
  ]);
});

describe('"never" in a pictured "as if" clause is "didn\'t", not "hardly ever"', () => {
  rewordingCases([["it's as if the two of you never spoke.", "it's as if the two of you didn't speak."]]);
  it('a habit outside "as if" is still "hardly ever"', () => {
    expect(first('the pair of you never apologised')).toBe('the pair of you hardly ever apologised');
  });
});

describe('"not a word I said" inside a clause of the writer stays inside it', () => {
  rewordingCases([
    ['it felt as if you never heard a word I said', "it felt as if you weren't listening"],
    ["it's like you don't hear a word I say", "it's like you're not listening"],
  ]);
});

describe('a name called before a comma keeps the order one sentence, asked', () => {
  rewordingCases([
    [
      'Dave, you have to understand that the deadline moved.',
      // "could you understand that…?" doubts they can: a thing to keep in mind (reword23).
      'Dave, please keep in mind that the deadline moved.',
    ],
    ['Marcus, you have to stop interrupting people.', 'Marcus, could you stop interrupting people?'],
  ]);
});

describe('a name before an act ("a dick move") says what kind of act: "a mean move"', () => {
  rewordingCases([
    ['honestly that was a dick move', 'honestly that was a mean move'],
    ['such an asshole thing to say to your mum', 'such a mean thing to say to your mum'],
  ]);
});

describe('"damn those …" opening a sentence: a sigh, never a fragment', () => {
  rewordingCases([
    ['damn those neighbours and their leaf blowers', 'ugh, those neighbours and their leaf blowers'],
    ['Damn these roadworks every single morning', 'Ugh, these roadworks every single morning'],
  ]);
  it('with a verb of its own the clause is a sentence without the curse', () => {
    expect(first('damn this traffic is killing me')).toBe('this traffic is killing me');
  });
});
