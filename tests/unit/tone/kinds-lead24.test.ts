/**
 * The twenty-fourth session's lead: a fault denied by its own subject ("none of this is your fault")
 * is reassurance. analyze() already dropped it (no rewording reads right), but detect(), which the
 * in-page coach runs first, underlined it until the whole engine arrived. Our own sentences; hostile
 * twins share the words and must still be flagged by both.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone/index';
import { kind } from './kinds';

const HOSTILE = [
  'none of this would have happened if you listened, so this is your fault',
  "It's your fault, none of us wanted to come",
  'Neither of us slept, and that is entirely your fault',
  'none of us wanted it, but this is all your fault',
];
const WARM = [
  'none of this is your fault',
  'None of it was your fault, I promise.',
  'honestly none of this was ur fault, pls stop apologising',
  'Neither of these mistakes was your fault.',
  'nothing about this is your fault, the supplier was late',
  "Hey, none of the outage was your team's fault, thanks for jumping on it",
];

kind('a fault denied by its own subject ("none of this is your fault")', 'blame', HOSTILE, WARM);

describe('detect agrees: the reassurance is not underlined even before the rewordings load', () => {
  it.each(WARM)('detect passes "%s"', (text) => {
    expect(detect(text).findings).toEqual([]);
  });
  it.each(HOSTILE)('detect flags "%s"', (text) => {
    expect(detect(text).findings.map((f) => f.category)).toContain('blame');
  });
});
