/**
 * Round cross29: recall that generalises, by construction, from the dev misses of all files at once.
 * Every kind here had to catch misses from at least three dev files and flag no warm dev row
 * (`devmiss.mts --warm` stayed at 168). The sentences below are our own.
 *
 * 1. Blame by polarity (blame.caused): an outcome and a cause linked by "because", neither named by
 *    an outcome word: a sour act of theirs with no warm outcome ("…because you lied"), or a duty
 *    left undone with an outcome gone wrong ("…went wrong because you didn't listen"). Dev misses
 *    caught: 4, one each in devtrain-s28-j, fresh-s7-b, kinds-h22-fresh, kinds-h32-fresh.
 * 2. A mock award for a trivial act (jeers.jeer): an award word ("medal", "gold star", "what a
 *    hero", "new personal best", "call the news", "parade") with an act of theirs made small
 *    ("one", "once", "finally", "showed up"). Dev misses caught: 8, one each in devfree-s16,
 *    devtrain-s26-e, devtrain-s27-h, fresh-s7-d, fresh-s8-d, kinds-h24-fresh, kinds-h7, kinds-s16.
 * 3. Homework ordered before they may speak (talking-down.homework): an order or "you should/need
 *    to" to think, look it up, learn, finish, engage your brain…, then "before you" speak, comment,
 *    reply, lecture, text me, argue, ask, hit post (the plain "think before you post" and "read the
 *    docs before asking" stay with their older rules). Dev misses caught: 11, in devfree-s16,
 *    devheld-s10-b, devtrain-s23-a, devtrain-s24-c, devtrain-s26-g (2), fresh-s7-c,
 *    kinds-h17-fresh (2), kinds-h27-fresh, kinds-h30-fresh.
 * 4. Their part handed to the competent (coldness.down): "leave the X to the grown-ups / people who
 *    know", "let the grown-ups handle", "adults are talking". Dev misses caught: 7, in
 *    devheld-s10-a, devtrain-s24-c, devwarm-s27-b, devwarm-s27-c, fresh-s7-c, fresh-s7-d (2)
 *    (and one devheld-s10-b row kind 3 catches too).
 * 5. A repeat of their act, then a loss for them (consequence.ultimatum): "X again / one more X /
 *    keep it up / carry on like this" + "and" + a consequence that takes something away ("someone
 *    else", "find a new…", "an empty…", "forget about…", "see what happens / where it gets you")
 *    or a sour word. Dev misses caught: 5, in devtrain-s27-h, devtrain-s28-j (2), devwarm-s25,
 *    kinds-h18-fresh.
 * Holdout (chosen at random before any rule): devtrain-s28-i, kinds-h33, devtrain-s25-d.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';

const rules = (text: string) => analyze(text).findings.map((f) => f.rule);

describe('blame by polarity: an outcome gone wrong because of their act', () => {
  it.each([
    'the whole plan went wrong because you never checked the dates',
    "the council won't refund us because you lied on the application",
    "we couldn't get in because u didn't bring the tickets",
    "Because you wouldn't stop shouting, the neighbours are furious now.",
    "the landlord won't return the deposit because you broke the door",
  ])('%s', (text) => {
    expect(rules(text)).toContain('blame.caused');
  });
  it.each([
    "I didn't mind because you never complained",
    "I wasn't worried because you never let me down",
    "I'm sad because you're leaving",
    "We didn't go because you were sick",
    "I didn't eat because you were cooking dinner tonight",
    "it's not because you did anything wrong",
    "I stayed home because you didn't want to be alone",
    'I stayed home because you wanted to be alone',
    'I left early because you looked exhausted',
    "we didn't need the map because you knew the way",
    "we won because you didn't give up",
    'nobody got hurt because you stayed calm',
    "I'm so glad because you didn't have to work late",
    "we couldn't find it because you had moved house, no big deal",
  ])('warm twin passes: %s', (text) => {
    expect(rules(text)).not.toContain('blame.caused');
  });
});

describe('a mock award for a trivial act', () => {
  it.each([
    'wow what a hero, you emptied one bin',
    'oh wow, you finally hung up your coat, what an achievement',
    'gold star, u answered a single text today',
    'you made your bed once this month, someone call the news',
    'Oh look, she finally showed up. Should we throw a parade?',
  ])('%s', (text) => {
    expect(rules(text)).toContain('jeers.jeer');
  });
  it.each([
    'you finally got the job! what an achievement',
    'wow you ran the whole marathon in one day, you deserve a medal',
    'my hero, you fixed the boiler in one afternoon',
    'he finally said his first word, someone call the news haha',
    'you finally finished the quilt, what an achievement, so proud of you',
    'what a hero, you saved the cat',
    'you showed up for me when I needed you, my hero',
    'she finally got her medal after ten years of training',
    'wow, you finally passed your driving test. what an achievement',
  ])('warm twin passes: %s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});

describe('homework ordered before they may speak', () => {
  it.each([
    'go finish the chapter before you comment again',
    'you need to learn the rules before you lecture anyone here',
    'maybe look at the numbers before u reply to me',
    'sort your own mess out before you lecture anyone',
    'do some research before you talk',
  ])('%s', (text) => {
    expect(rules(text)).toContain('talking-down.homework');
  });
  it.each([
    "think before you text him, you don't owe him anything",
    'check the weather before you post the invite',
    'have a look at the draft before you reply, no rush',
    "take a breath before you talk, you've got this",
    'read the contract carefully before you sign',
    'maybe check with your mum before you ask her',
    'just think it through before you talk to your boss tomorrow',
    'learn the chords before you post the cover, it will sound amazing',
    "practise a bit before you speak at the wedding, you'll be great",
    'look at the map before you text the group',
  ])('warm twin passes: %s', (text) => {
    expect(rules(text)).not.toContain('talking-down.homework');
  });
});

describe('their part handed to the competent', () => {
  it.each([
    'sure, but leave the maths to the grown-ups',
    'honey, let the grown-ups handle the mortgage',
    'ok, adults are talking.',
    'leave the strategy to people who know what they are doing',
  ])('%s', (text) => {
    expect(rules(text)).toContain('coldness.down');
  });
  it.each([
    "leave the washing up to the adults tonight, you've had a long day",
    'let the adults decide where we eat, you pick the dessert',
    'leave the driving to the grown-ups, go to bed',
    'adults are talking about the holiday plans, want to join in?',
    'the adults are talking about the party next week',
    'let the grown-ups talk, said my grandma to the dog 😂',
    'let the grown-ups handle the fireworks, kids get sparklers',
  ])('warm twin passes: %s', (text) => {
    expect(rules(text)).not.toContain('coldness.down');
  });
});

describe('a repeat of their act, then a loss for them', () => {
  it.each([
    'Take my car again and you can find a new way to work.',
    'one more excuse and you can find someone else to cover you',
    'keep this up and see what happens',
    'Read my messages once more and you will come home to an empty house.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('consequence.ultimatum');
  });
  it.each([
    "keep going and you'll get there",
    "keep it up and you'll ace the exam",
    'press it again and the menu comes up',
    "one more game and I'm going to bed",
    "I called again and you didn't pick up",
    'do that again and I will marry you',
    'keep stirring and it thickens',
    "carry on down the road and you'll see the shop on your left",
    'keep your receipt and you can return it',
    'another ten minutes and the cake is done',
    'keep at it and you will nail it',
    "another payday and I'm buying a new bike",
    'keep it up and see how far you go',
    'one more coat of paint and the room will not look so empty',
  ])('warm twin passes: %s', (text) => {
    expect(rules(text)).not.toContain('consequence.ultimatum');
  });
});
