/**
 * The lead's read of session 39 found one broken rewording kind: "what the fuck" written as one word
 * ("whaddafuck", "whatthefuck") was deleted whole, taking the question's "what" with it ("… ya gonna
 * do to me"). Run together, it is read as "wtf" and keeps its "what". Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

describe('"what the fuck" run together keeps its question word', () => {
  it.each([
    ['whaddafuck are you doing with my bike', 'what on earth are you doing with my bike'],
    ['whatthefuck is this invoice about', 'what on earth is this invoice about'],
    ['WHATDAFUCK did you just say to my sister', 'What on earth did you just say to my sister'],
  ])('%s → %s', (text, want) => {
    expect(analyze(text).flagged, text).toBe(true);
    const out = rewrite(text).text;
    expect(out.toLowerCase()).toBe(want.toLowerCase());
    expect(analyze(out).findings, out).toEqual([]);
  });
  it('plain "wtf" before a clause of its own is still surprise', () => {
    expect(rewrite('wtf you ate my whole lunch').text.toLowerCase()).toMatch(/^wow,/);
  });
});
