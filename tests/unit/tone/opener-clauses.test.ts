import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone';

/**
 * What opens a message before a comma ("So yeah,", "Not gonna lie,", "No,") is no part of the
 * clause after it: "yeah" is agreement, not praise, and a negation does not reach past the comma.
 * And a trouble waved away ("no worries") is no sour word around a soothing "calm down".
 */
const cats = (t: string) => analyze(t).findings.map((f) => f.category);

describe('an opener before a comma', () => {
  it.each([
    ['So yeah, you only ever call when you need money', 'you only ever call when you need money'],
    ['yeah, thanks to you the whole team got yelled at', 'thanks to you the whole team got yelled at'],
    ['Not gonna lie, you ruined my birthday dinner', 'you ruined my birthday dinner'],
    ['No, you did this to us', 'you did this to us'],
    ["I'm not gonna lie, you broke my trust", 'you broke my trust'],
  ])('finds what the clause alone has: %s', (text, bare) => {
    expect(cats(bare).length).toBeGreaterThan(0);
    expect(cats(text)).toEqual(cats(bare));
  });

  it.each([
    "I'm not saying you ruined it",
    'no one blames you for this',
    'yeah, see you at six',
    'yeah, thanks for the ride',
    'Not gonna lie, you did great today',
  ])('negations inside the clause and warm replies still pass: %s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});

describe('a trouble waved away', () => {
  it.each([
    "no worries, calm down and take your time, it's okay",
    "don't worry, calm down, it's okay, we'll sort it out",
  ])('soothes: %s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });

  it.each(['calm down, it is not that deep', 'omg calm down, you are being ridiculous'])(
    'a put-down stays one: %s',
    (text) => {
      expect(cats(text)).toContain('talking-down');
    },
  );
});
