/**
 * Round h21 (h-beats): a message caught alone stays caught in company. One-word beats of
 * repetition beside a sentence about what "you" did, hostile messages behind a stance opener
 * ("I mean, "), and warm words read only in the sentence a finding is about or the one that
 * answers it. Rows of tests/fixtures/corpus/kinds-h21.tsv, plus examples of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { categories, first, flagged, kindsFigures, kindsRows, rewordsClean } from './kinds';

describe('kinds-h21 figures', () => {
  it('flags most hostile rows and few warm ones', () => {
    const f = kindsFigures(kindsRows('kinds-h21.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
    // Warm rows flagged: "you remembered my coffee order. classic. love you" (a "love you" after the
    // beat is read as an aside, as in "You're late. Again. Love you."), and two of other families.
    expect(f.falseAlarms).toBeLessThanOrEqual(0.07);
  });
});

describe('a beat of repetition beside a sentence about "you"', () => {
  it.each([
    ['You do this. Every. Single. Time.'],
    ['you do this. every. single. time.'],
    ['Typical. You cancel again.'],
    ['typical. you cancel again'],
    ["you're late. again."],
    ["You're late. Again."],
    ['Classic. You forgot my birthday.'],
    ['You left the stove on. AGAIN.'],
    ['every. single. time. you walk off mid sentence'],
    ['You leave the milk out. Every single time.'],
  ])('%s', (text) => {
    expect(categories(text)).toContain('absolutes');
    rewordsClean(text);
  });
  it('the sentence is offered without the tally', () => {
    expect(first('You do this. Every. Single. Time.')).toBe('You do this.');
    expect(first("you're late. again.")).toBe("you're late.");
    expect(first('Typical. You cancel again.')).toBe('You cancel again.');
  });
  it.each([
    ['You nailed it. Every. Single. Time.'],
    ['You won. Again! So proud of you!'],
    ['you topped the class. again. legend'],
    ['The bus is late. Every. Single. Time.'],
    ['Typical. The train is late again.'],
    ["I forgot the milk. Again. I'll grab some after work."],
    ["You're back. Again! The kids missed you."],
    ['Thank you. Again. You saved my day.'],
    ['Can you say that again?'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('a stance opener is not a sentence about oneself', () => {
  it.each([
    ['I mean, what a clown, honestly'],
    ['I mean, PICK UP THE PHONE'],
    ['i mean, this is ridiculous!!!'],
    ['I guess, what a loser move'],
    ['I mean, name one time you actually helped'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
  });
  it.each([
    ["I'm ugly, stupid, useless"],
    ["I guess I'm an idiot"],
    ["I mean, I'm such an idiot, I left my keys at home"],
    ['I mean, WE WON THE CUP!!!'],
    ['I mean, what a view!'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('warm words elsewhere in the message excuse nothing', () => {
  it.each([
    ['who raised you? So proud of you.'],
    ['i regret ever meeting you. Congrats again!'],
    ["don't you dare hang up on me. Congrats again!"],
    ['my friends were right about you. Congrats again!'],
    ['what is wrong with you. Love you.'],
    ['That was hilarious lol. You never listen to me.'],
    ["it's always me who has to plan everything. So proud of you."],
    ['Honestly who taught you to load a car like that? Thanks for dinner.'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
  });
  it.each([
    ['who raised you? because they did an amazing job'],
    ["what's wrong, love? you seem quiet"],
    ['who taught you to bake? it is amazing'],
    ["it's always me who wakes up first lol"],
    ['my mum was right about you, you are a keeper'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('a laugh after a hostile sentence still softens it (left on purpose)', () => {
  it('reads the laugh in the sentence that answers', () => {
    expect(analyze("it's always me who wakes up first. lol").flagged).toBe(false);
  });
});
