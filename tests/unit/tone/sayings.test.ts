/** The sayings table's quick pre-test (sayings.ts `HINT`) lets through every saying it holds. */
import { describe, expect, it } from 'vitest';
import { HINT, SAYINGS } from '../../../lib/tone/sayings';

describe('sayings', () => {
  it.each(SAYINGS.map(([re]) => [re.source]))('%s holds a word HINT finds', (source) => {
    expect(HINT.test(source.replace(/\\b|\(\?:|[()?|]/g, ' '))).toBe(true);
  });
});
