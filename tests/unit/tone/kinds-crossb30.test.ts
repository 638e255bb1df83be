/**
 * Round crossb30: recall that carries, for blame and withdrawal. Every kind here catches dev misses
 * from at least three dev files and flags no warm dev row (`devmiss.mts --warm` stayed at 166 of
 * 8,166 visible). The sentences below are our own.
 *
 * 1. Blame by outcome after "thanks to you" (blame.caused): the outcome words widened with work
 *    redone, things shut down and a telling-off ("I get to redo…", "the thread got shut down", "I got
 *    chewed out"); "don't / never have to redo" stays a relief. Dev misses caught: 4, in
 *    devtrain-s24-c, devtrain-s29-k, devtrain-s30-m, fresh-s9-a.
 * 2. The last word declared (withdrawal.leaving): "consider this / this is my last message to you",
 *    "the last text you get from me", "the last time I'll ever ask you", and "email" / "reply" in
 *    "the last … you'll get". Said to them, not a break with an end ("before my holiday", "see
 *    you"), no laugh. Dev misses caught: 4, in devread-s20, devtrain-s23-a, devtrain-s28-j,
 *    devtrain-s29-k.
 * 3. A threat handed back as their choice (withdrawal.ultimatum): "your choice / your call" closing a
 *    condition ("if", "one / any more", "keep …ing") whose consequence ("and", "I'm", "I'll") takes
 *    something away ("not coming", "skipping", "stops", "muted", "moving out", "violation"), with
 *    nothing warm in it, no question, no "no worries". Dev misses caught: 7, in devheld-s10-b,
 *    devtrain-s24-c, devtrain-s28-i, devtrain-s29-k, devtrain-s30-n (2), devwarm-s25.
 * 4. The count kept over a chore left undone (constructions.history, absolutes): "for the
 *    hundredth / umpteenth / fiftieth time" before a thing left on, out or not done ("the bins
 *    haven't gone out", "the light's been left on"), said of the thing rather than of "you"; not the
 *    writer's own slip ("I left my keys"), no question, no laugh. Dev misses caught: 3, in
 *    devfree-s16, kinds-h33, kinds-h33-fresh.
 */
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../../lib/tone/index';

const rules = (text: string) => analyze(text).findings.map((f) => f.rule);

/** The first offer of the finding `rule`, applied, flags nothing. */
function rewordsClean(text: string, rule: string) {
  const f = analyze(text).findings.find((x) => x.rule === rule);
  const s = f?.suggestions[0];
  expect(s).toBeDefined();
  if (s) expect(analyze(applySuggestion(text, s)).flagged).toBe(false);
}

describe('blame by outcome after "thanks to you"', () => {
  it.each([
    'thanks to you I get to redo the whole report tonight',
    'Thanks to you the forum got shut down for a week.',
    'thanks to u i got chewed out by my manager again',
    'thanks to you the group chat got shut down by the admins',
  ])('%s', (text) => {
    expect(rules(text)).toContain('blame.caused');
    rewordsClean(text, 'blame.caused');
  });
  it.each([
    "thanks to you I don't have to redo anything",
    'thanks to you I never have to redo the budget again',
    'thanks to you I get to see the show tonight',
    'thanks to you the shop stayed open',
    'thanks to you I finally got the chapter redone, legend!',
  ])('warm twin passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('the last word declared', () => {
  it.each([
    'Consider this my last message to you.',
    'this is my final text to you',
    'consider this the last email you get from me',
    "Consider this the last time I'll ever lend you a penny.",
    "this is the last time i'm ever covering for you",
  ])('%s', (text) => {
    expect(rules(text)).toContain('withdrawal.leaving');
    rewordsClean(text, 'withdrawal.leaving');
  });
  it.each([
    'my last message to you was about the party, did you see it?',
    'consider this my last reminder about the bake sale!',
    "this is the last time I'm ever eating at that buffet lol",
    "this is the last time i'll ever fly budget, never again",
    'consider this the last text you get from me before my holiday, see you in two weeks x',
    "this is the last time I'll ever ask you to babysit, promise 😅",
  ])('warm twin passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('a threat handed back as their choice', () => {
  it.each([
    "If you bring her to the barbecue, I'm not coming. Your choice.",
    'one more snide remark like that and you are getting blocked, your call',
    "keep ignoring the rota and I'm moving out. Your choice.",
    "If you skip Sunday lunch again I'm skipping your birthday. Your call.",
    'Any more late payments and the lease stops. your choice',
  ])('%s', (text) => {
    expect(rules(text)).toContain('withdrawal.ultimatum');
    rewordsClean(text, 'withdrawal.ultimatum');
  });
  it.each([
    "If you'd rather stay in, that's fine too, your call",
    "if you fancy the cinema instead, I'm happy either way, your choice",
    'Mind if I suggest a small change to the intro? Totally your call.',
    "if you're tired I'm not fussed, your call",
    "One more game and I'm heading home, your call",
    "if you want the window seat I'll take the aisle, your choice",
    "if you're busy I'm not coming tonight, no worries, your call",
    'pizza or pasta tonight, your choice',
  ])('warm twin passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('the count kept over a chore left undone', () => {
  it.each([
    'for the hundredth time the back door has been left open all night',
    "for the umpteenth time the dishwasher hasn't been emptied",
    "For the fiftieth time, the milk's been left out on the counter.",
    'for the millionth time the bathroom light was never switched off',
  ])('%s', (text) => {
    expect(rules(text)).toContain('constructions.history');
    rewordsClean(text, 'constructions.history');
  });
  it.each([
    'for the hundredth time I left my keys at home lol',
    "for the hundredth time I'm rewatching the final and I'm still screaming",
    'for the hundredth time the cat has not eaten her dinner, what do I do?',
    "for the umpteenth time the dog's left muddy prints on the sofa haha",
    'for the fiftieth time, happy birthday you legend!!',
    "for the hundredth time we've left the tent at the campsite, classic us 😂",
  ])('warm twin passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});
