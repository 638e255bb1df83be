/**
 * Rewording kinds (helper reword35b, session 35), each on our own sentences: a verdict ranking a
 * named piece of work the worst ("the laziest report I've ever seen") keeps the work ("This report
 * needs more work."); a way of carrying on likened to a toddler's ("you sulk like a toddler") asks
 * for calm instead of a stock line.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('a piece of work ranked the worst keeps the work it names (reword35b)', () => {
  it.each([
    ['Honestly the sloppiest review I have read all year.', 'This review needs more work.'],
    ['the laziest fix anyone has pushed to this repo', 'this fix needs more work'],
    ['Most clueless idea in the whole meeting.', 'This idea needs more thought.'],
    ['the lamest answer anyone gave today', 'this answer needs more work'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('a person or an excuse is not "work": the plain line stays', () => {
    expect(reworded('Laziest moderator on this whole forum.')).toBe(
      "I'm really frustrated with how this went.",
    );
  });
  it('warm twins stay clean', () => {
    for (const t of [
      'That was the funniest review I have read all year.',
      'my laziest idea turned out to be the best one',
    ])
      expect(analyze(t).findings, t).toEqual([]);
  });
});

describe('carrying on like a toddler asks for calm (reword35b)', () => {
  it.each([
    ['you pout like a toddler every time the plan changes', "i'd like you to handle this more calmly"],
    ['You whine like a toddler about the rota.', "I'd like you to handle this more calmly."],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('a likeness that is not a way of carrying on keeps the plain line', () => {
    expect(reworded('you chew like a goblin')).toBe(
      "i'm finding the way this is going really hard right now",
    );
  });
  it('warm twins stay clean', () => {
    for (const t of ['you sleep like a baby after a long swim', 'my nephew sulks like a toddler, bless him'])
      expect(analyze(t).findings, t).toEqual([]);
  });
});

describe('a plain noun named after "you" as the object stays (reword35b)', () => {
  it.each([
    ['the boss flattens you arrogant knights', 'the boss flattens you, knights'],
    ['That wave swallows you pathetic sailors', 'That wave swallows you, sailors'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('an insult for a noun still goes whole', () => {
    expect(reworded('the wave swallows you ignorant fool')).toBe('the wave swallows you');
  });
});

describe('a phrase with no verb opened by its describing word keeps a milder one (reword35b)', () => {
  it.each([
    ['disgusting antics by the landlord.', 'upsetting antics by the landlord.'],
    ['Disgusting behaviour from the committee again.', 'Upsetting behaviour from the committee again.'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('with a verb after it, the word still goes', () => {
    expect(reworded('disgusting antics by the landlord ruin the block.')).toBe(
      'antics by the landlord ruin the block.',
    );
  });
});

describe('a swear-word name said to them goes whole, never leaving "boy" (reword35b)', () => {
  it.each([
    ['hand me the keys, bitch boy', 'hand me the keys'],
    ['sit back down bitch boy', 'sit back down'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('a person named with a determiner keeps the noun', () => {
    expect(reworded('that bitch boy from the gym took my towel')).toBe('that boy from the gym took my towel');
  });
});
