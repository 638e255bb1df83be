import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, rewrite } from '../../../lib/tone';

/**
 * "fuck off you little prick": "off" ends the order, and "you …" after it is who is called names, so
 * the label goes with its "you" (it left "please give me some space you."). "knock the dust off ya
 * lil ass" keeps its person: "off" there takes "you" as its object.
 */
describe('a label after an order that ends in "off"', () => {
  it.each([
    ['fuck off you little prick.', 'please give me some space.'],
    ['piss off you stupid wanker', 'please give me some space'],
  ])('goes with its "you": %s', (text, want) => {
    expect(rewrite(text).text).toBe(want);
    const label = analyze(text).findings.find((f) => f.rule === 'swearing.label');
    const s = label?.suggestions[0];
    expect(s && applySuggestion(text, s)).not.toMatch(/\byou\W*$/);
  });

  it('keeps the person when "off" takes "you" as its object', () => {
    const text = 'knock the dust off ya lil ass';
    const s = analyze(text).findings.find((f) => f.rule === 'swearing.label')?.suggestions[0];
    expect(s && applySuggestion(text, s)).toBe('knock the dust off you');
  });
});

describe('"is garbage" before a noun describes the noun', () => {
  it.each([
    ['the paper is garbage journalism.', 'the paper is poor journalism.'],
    ['tv news is garbage, stop watching it', 'tv news is not worth much, stop watching it'],
    ['the rebel is garbage lol', 'the rebel is not worth much lol'],
  ])('%s', (text, want) => {
    const s = analyze(text).findings.find((f) => f.rule === 'contempt.dismissive-scorn')?.suggestions[0];
    expect(s && applySuggestion(text, s)).toBe(want);
  });
});

describe('a label before a word of time is no describing word', () => {
  it.each([
    ['my phone is being a bitch today x', 'my phone is being a pain today x'],
    ['my phone is being a bitch todayyy', 'my phone is being a pain todayyy'],
  ])('%s', (text, want) => {
    const s = analyze(text).findings.find((f) => f.rule === 'swearing.label')?.suggestions[0];
    expect(s && applySuggestion(text, s)).toBe(want);
  });
});
