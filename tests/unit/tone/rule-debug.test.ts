import { describe, expect, it } from 'vitest';
import { analyze, detect, isRuleDebug, SENSITIVITIES } from '../../../lib/tone/index';

describe('rule families that throw fail the unit tests (SOFTSTART_DEBUG_RULES, set in vitest.config.ts)', () => {
  it('is on for the unit tests', () => {
    expect(isRuleDebug()).toBe(true);
  });

  // Inputs that made a family throw (and be skipped quietly) before: the word a rule reads next
  // was past the end of the text, or before its start.
  it.each([
    'I need to know what the way you talk to me is',
    'are are stupid lol',
    'answer your phone!!!! !!!!',
    '!!!!!!!!',
  ])('no family throws on %j', (text) => {
    for (const sensitivity of SENSITIVITIES) {
      expect(() => analyze(text, { sensitivity })).not.toThrow();
      expect(() => detect(text, { sensitivity })).not.toThrow();
    }
  });
});

describe('a rule reading the word after its match at the end of the text', () => {
  it.each(['you’re WHY', "you're why", 'ur why'])('does not throw on %j', (text) => {
    for (const sensitivity of SENSITIVITIES) expect(() => analyze(text, { sensitivity })).not.toThrow();
  });
});
