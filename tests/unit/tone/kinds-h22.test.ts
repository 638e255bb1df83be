/**
 * Round h22: tense, aspect and auxiliaries. A phrase written in one tense reaches the others (the
 * DSL inflects verbs and lets a subject take an auxiliary, see rules/rule.ts); "you + a verb of
 * hurting + me" is a construction of its own; rewordings keep the person's tense.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../../../lib/tone/index';
import { compile, matchAt } from '../../../lib/tone/rules/rule';
import { tokenize } from '../../../lib/tone/text';
import { variantsOf } from '../../../scripts/variants';
import { categories, flagged, kindsFigures, kindsRows, rewordsClean } from './kinds';

/** Does `pattern` match `text` from its first word? */
function matches(pattern: string, text: string): boolean {
  const doc = tokenize(text);
  return matchAt(doc.tokens, compile(pattern), 0, doc.tokens.length) !== null;
}

describe('the DSL: a verb in one form matches its other forms, as the auxiliary allows', () => {
  it.each([
    ['you ruined everything'],
    ['you ruin everything'],
    ["you've ruined everything"],
    ['you have ruined everything'],
    ["you're ruining everything"],
    ['you were ruining everything'],
    ['you have been ruining everything'],
    ["you'll ruin everything"],
  ])('"you|u @INT? ruin everything" matches %s', (text) => {
    expect(matches('you|u @INT? ruin everything', text)).toBe(true);
  });
  it.each([
    ['you were ruined everything'],
    ["you've ruin everything"],
    ['you ruining everything'],
    ['he ruined everything'],
  ])('and not %s', (text) => {
    expect(matches('you|u @INT? ruin everything', text)).toBe(false);
  });
  it('forms the pattern writes must fit an auxiliary it did not write ("you were trashed")', () => {
    expect(matches('you|u trashed my', 'you trashed my room')).toBe(true);
    expect(matches('you|u trashed my', 'you were trashed my')).toBe(false);
  });
  it('"=word" takes the word exactly; after a determiner a word is a noun', () => {
    expect(matches('you|u =ruin everything', 'you ruined everything')).toBe(false);
    expect(matches('you|u =ruin everything', 'you ruin everything')).toBe(true);
    expect(matches('thanks for your care', 'thanks for your cared')).toBe(false);
  });
  it('a copula subject takes the tenses of "be"', () => {
    for (const text of [
      "you're so rude",
      'you were so rude',
      "you've been so rude",
      'you have been so rude',
      'you had been so rude',
      'you are being so rude',
      'you were being so rude',
    ])
      expect(matches("you're|you_are|ur so rude", text), text).toBe(true);
    expect(matches("you're|you_are|ur so rude", 'you so rude')).toBe(false);
  });
  it('an absolute after "you" takes an auxiliary: "have / had / will / would never"', () => {
    for (const text of [
      "you've never",
      'you have never',
      'you had never',
      'you will never',
      'you would never',
    ])
      expect(matches('you @INT? never', text), text).toBe(true);
  });
});

describe('the same accusation in every tense', () => {
  it.each([
    ["you're ruining everything", 'blame'],
    ["you've never listened to me", 'absolutes'],
    ['you have never cared about me', 'absolutes'],
    ['you had never apologised for anything', 'absolutes'],
    ['you were so selfish', 'contempt'],
    ["you've been so selfish", 'contempt'],
    ['you had been so rude', 'contempt'],
    ['you were always criticizing everything I did', 'absolutes'],
    ["you've been overreacting all day", 'talking-down'],
    ['you were so two-faced', 'contempt'],
    ['you disgusted me', 'contempt'],
  ])('%s → %s', (text, category) => {
    expect(categories(text)).toContain(category);
    rewordsClean(text);
  });
});

describe('you + a verb of hurting + me', () => {
  it.each([
    ['you humiliated me'],
    ['you embarrassed me in front of my family'],
    ["you've betrayed me"],
    ["you're belittling me"],
    ['you are humiliating me'],
    ['she said you embarrassed me'],
    ['you lied to me'],
    ["you've been lying to me for months"],
  ])('%s', (text) => {
    expect(categories(text)).toContain('blame');
    rewordsClean(text);
  });
  it('says what the speaker felt, in the tense used', () => {
    expect(rewrite('you humiliated me').text).toBe('i felt humiliated when that happened');
    expect(rewrite('you embarrassed me in front of my family').text).toBe(
      'i felt embarrassed in front of my family',
    );
    expect(rewrite("You've betrayed me.").text).toBe("I've been feeling betrayed.");
    expect(rewrite("you're belittling me").text).toBe("i'm feeling belittled right now");
    expect(rewrite('you lied to me').text).toBe('i felt lied to when that happened');
  });
  it.each([
    ['omg you scared me lol'],
    ['you surprised me!'],
    ['you made me laugh'],
    ['you hurt my feelings?'],
    ['he embarrassed me'],
    ['omg you embarrassed me so bad lol'],
    ['did you embarrass me at the party?'],
    ['you embarrassed me?'],
    ["I don't think you embarrassed me"],
    ['you embarrassed me in the best way, thank you'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('rewordings keep the tense', () => {
  it('labels, absolutes and hyphenated labels', () => {
    expect(rewrite('you were so selfish').text).toBe('i felt really overlooked when that happened');
    expect(rewrite("you've been so selfish").text).toBe("i've felt really overlooked by you lately");
    expect(rewrite('you were so two-faced').text).toBe(
      'i felt like you were saying different things to different people',
    );
    expect(rewrite('you were always criticizing everything I did').text).toBe(
      'It felt like you were criticizing everything I did a lot',
    );
    expect(rewrite("You've never listened to me.").text).toBe("I feel like you haven't listened to me.");
  });
});

describe('warm and practical uses of the same verbs and auxiliaries pass', () => {
  it.each([
    ['you were trashed last night lol'],
    ['you would never guess who I ran into'],
    ['you will always be in my heart'],
    ["if you've never tried it, you should"],
    ["you've never let me down"],
    ["you've been so kind"],
    ["you've become such a good cook"],
    ["you've wrecked me with that joke 😂"],
    ['you always made my day'],
    ['you were being so sweet last night'],
    ['you have always been there for me'],
    ['you never have to ask'],
    ["you'll never change my mind about pineapple pizza"],
    ['I was embarrassed when I tripped'],
    // Praise in an absolute ("never … so happy"): the lead's own examples, after the round.
    ['you have never looked so happy'],
    ["you've never sounded this confident"],
    ['you never seemed so relaxed, it suits you'],
    // What someone else once told the reader, asked about (a counsellor's question).
    ["Were you told you'd never amount to anything?"],
    ['you got told that you were always too loud, and it stuck'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('the tense variants (scripts/variants.ts)', () => {
  const tense = (s: string) =>
    variantsOf(s)
      .filter((v) => v.kind === 'tense')
      .map((v) => v.text);
  it('moves the first "you" clause between tenses, and contracted and full auxiliaries', () => {
    expect(tense('you ruined my birthday')).toEqual(['you ruin my birthday', "you've ruined my birthday"]);
    expect(tense('You never listen to me!')).toEqual([
      'You never listened to me!',
      "You've never listened to me!",
      "You're never listening to me!",
    ]);
    expect(tense("You're being selfish.")).toEqual(['You were being selfish.', "You've been selfish."]);
    expect(tense("you don't care about me")).toContain("you didn't care about me");
    expect(tense("You've never let me down")).toEqual(['You have never let me down']);
  });
  it('leaves alone what has no tense to move', () => {
    expect(tense('thank you for dinner')).toEqual([]);
    expect(tense('you always know how to cheer me up')).toEqual([]);
    expect(tense('YOU NEVER LISTEN')).toEqual([]);
    expect(tense("you've been warned")).toEqual(['you have been warned']);
  });
});

describe("the round's own set (tests/fixtures/corpus/fresh-tense.tsv, written before the rules)", () => {
  const rows = kindsRows('fresh-tense.tsv');
  it('flags most hostile messages and few warm ones', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(falseAlarms).toBeLessThanOrEqual(0.09);
  });
});
