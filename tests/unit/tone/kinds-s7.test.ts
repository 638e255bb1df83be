/**
 * Kinds the lead fixed in the seventh session after a read of 40 rewordings (seed 251), each with
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

describe('"you need to / have to" after do, does or did is a question, not an order', () => {
  it.each([
    'Why do you need to change it anyway?',
    'do you have to leave so early?',
    "why don't you need to sign in on this one?",
    'did you have to pay for parking?',
  ])('%s is not reworded as "could you"', (text) => {
    expect(analyze(text).findings.map((f) => f.rule)).not.toContain('commands.need-to');
    expect(rewrite(text).text).not.toMatch(/\bdo could you\b|\bcould you\b/i);
  });

  it('the order itself still is', () => {
    expect(analyze('you need to calm down and listen').findings.length).toBeGreaterThan(0);
    expect(analyze('you need to grow up').flagged).toBe(true);
  });
});

describe('"like fuck" before a clause is an exclamation, not "a lot"', () => {
  it.each([
    ['staring at the screen like fuck i have a deadline', 'staring at the screen like i have a deadline'],
    ['reading the email like fuck we forgot the form', 'reading the email like we forgot the form'],
  ])('%s', (text, expected) => {
    expect(rewrite(text, { sensitivity: 'strict' }).text).toBe(expected);
  });

  it('after a verb, with no clause after it, it still says how much', () => {
    expect(rewrite('my back hurt like fuck all week', { sensitivity: 'strict' }).text).toBe(
      'my back hurt a lot all week',
    );
  });
});

describe('a plural label after "are all", with its reason after "for"', () => {
  it.each([
    ["you're all jerks for reading my texts", "you're all out of line for reading my texts"],
    ['they were all morons for trusting that guy', 'they were all wrong for trusting that guy'],
  ])('%s', (text, expected) => {
    expect(rewrite(text).text).toBe(expected);
  });
});

describe('"have/get <possessive> ass <past form>" is done to the body part', () => {
  it.each([
    ['we got our ass handed to us', 'we got beaten badly'],
    ['he had his ass dragged to court', 'he had his butt dragged to court'],
  ])('%s', (text, expected) => {
    expect(rewrite(text, { sensitivity: 'strict' }).text).toBe(expected);
  });

  it('the person still stands for "<possessive> ass" after other verbs', () => {
    expect(rewrite('she blocked your ass', { sensitivity: 'strict' }).text).toBe('she blocked you');
  });
});
