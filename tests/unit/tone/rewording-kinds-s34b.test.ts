/**
 * Rewording kinds (helper reword34b, session 34), each on our own sentences: a group's label after
 * "the" said as "those folks", never "the people" (everyone); a measure of stupidity ("your
 * stupidity level") said as plain carelessness; "stuck on stupid" as its plain twin "stuck in a
 * rut"; fear's idiom said of anger ("shit myself with rage") as losing one's temper.
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

describe('a group named by a label after "the" stays that group (s34b)', () => {
  it.each([
    ['now watch the deplorables spin up some story', 'now watch those folks spin up some story'],
    ['in that town the scum is given a medal', 'in that town those folks are given a medal'],
    ['The degenerates get a free pass again', 'Those folks get a free pass again'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('words after the label that say which group keep "the people"', () => {
    expect(reworded('the clowns at the front desk lost my form')).toBe(
      'the people at the front desk lost my form',
    );
    expect(reworded('ask the degenerates who planned this')).toBe('ask the people who planned this');
    expect(reworded('the clowns running payroll lost my form')).toBe(
      'the people running payroll lost my form',
    );
  });
});

describe('a measure of stupidity is said as carelessness (s34b)', () => {
  it.each([
    ['your stupidity level is through the roof', 'your carelessness is through the roof'],
    ['the stupidity level in this meeting keeps rising', 'the carelessness in this meeting keeps rising'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('"levels", plural, keeps its measure and its verb', () => {
    expect(reworded('our stupidity levels are climbing')).toBe('our levels of poor judgment are climbing');
  });
});

describe('idioms with an insult inside are reworded whole (s34b)', () => {
  it.each([
    ['she is stuck on stupid this week', 'she is stuck in a rut this week'],
    ["they're still stuck on stupid", "they're still stuck in a rut"],
    ["i'm about to shit myself with rage", "i'm about to lose my temper"],
    [
      "they're going to crap themselves with fury over the bill",
      "they're going to lose their temper over the bill",
    ],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('fear said plainly keeps its own word', () => {
    expect(reworded('i almost shit myself when the alarm went off')).not.toMatch(/temper/);
  });
});

describe('a verdict followed by the point it was making keeps the point (s34b)', () => {
  it.each([
    [
      'you are a coward and you keep hiding from the vote',
      "i'm really frustrated with you right now, and you're hiding from the vote",
    ],
    [
      'you are an idiot and you are posting that chart again',
      "i'm really frustrated with you right now, and you are posting that chart again",
    ],
    [
      'you are ignorant except you fill your head with cheap propaganda',
      "i'm really frustrated with you right now, but you fill your head with cheap propaganda",
    ],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('a second label after "and you are being" is still the verdict', () => {
    expect(reworded('you are a clown and you are being ridiculous about the budget')).toBe(
      "i'm really frustrated with you right now",
    );
  });
});

describe('"every <noun> about / over / the …": the noun is pluralised, never a word after it (lead, s34)', () => {
  it.each([
    [
      'you keep dodging every question about the audit',
      "lately i've noticed you're dodging a lot of questions about the audit, and it bothers me",
    ],
    ["you've ignored every question about my mum", "you've ignored a lot of questions about my mum"],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});
