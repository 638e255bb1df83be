import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone';

const flagged = (t: string): boolean => analyze(t).findings.some((f) => f.category === 'contempt');

describe('"fool" as a verb is no label (it was reworded "trying to person your readers")', () => {
  it.each([
    'Trying to fool your readers with that headline?',
    'he fools everyone with that smile',
    'all he does is fool around at work',
    "you can't fool me, I know it was you who ate the cake",
    'nice try, but it will not fool anyone',
    "don't fool yourself, the deadline is Friday",
  ])('passes: %s', (t) => {
    expect(flagged(t)).toBe(false);
  });

  it.each([
    'you fool',
    "don't be a fool",
    'what a fool',
    "they're fools, all of them",
    'the fool is you',
    'only a fool would believe you',
    'you absolute fool, you lost the keys again',
  ])('still a label: %s', (t) => {
    expect(flagged(t)).toBe(true);
  });
});
