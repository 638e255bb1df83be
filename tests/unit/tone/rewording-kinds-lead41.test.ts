/**
 * The lead's read of session 41's merge: a complaint of repetition closed with a sour "cool." /
 * "great" (now read as sarcasm, cluster41) lost its "once again" in the rewording but kept the sour
 * close ("this time, you merged without a review. cool."). Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';

const first = (text: string): string => {
  const f = analyze(text).findings[0];
  const s = f?.suggestions[0];
  if (!s) return '';
  return text.slice(0, s.start) + s.replacement + text.slice(s.end);
};

describe('a sour close after "once again / as usual" goes with it', () => {
  it.each([
    ['once again you left the gate open all night. cool.', 'this time, you left the gate open all night.'],
    ['As usual you forgot to book the table, great', 'This time, you forgot to book the table.'],
    ['yet again u skipped the team call. amazing.', 'this time, u skipped the team call.'],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
  });
  it('keeps a close that is not the end of the message', () => {
    expect(first('as always you were late. Lovely weather though, shall we walk?')).toContain(
      'Lovely weather',
    );
  });
});
