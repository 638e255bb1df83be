import { describe, expect, it } from 'vitest';
import { analyze, detect } from '../../../lib/tone';

const key = (f: { start: number; end: number; category: string; rule: string }) =>
  `${f.rule}/${f.category}@${f.start}-${f.end}`;

describe('detect: the coach before its rewordings load', () => {
  it('finds where and what, without suggestions', () => {
    const a = detect('You make me so angry. You NEVER listen!!!');
    expect(a.flagged).toBe(true);
    expect(a.findings.length).toBeGreaterThan(0);
    for (const f of a.findings) expect(f.suggestions).toEqual([]);
    expect(detect('Thanks so much, see you tomorrow!').flagged).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    expect(detect(undefined as unknown as string).flagged).toBe(false);
    expect(detect('you idiot', { sensitivity: 'nonsense' as never }).flagged).toBe(true);
    expect(detect('\uD800 you make me sick \uDC00').flagged).toBe(true);
  });

  it('shows overlapping findings in one sentence as one, as analyze does', () => {
    const text = 'you stupid idiot';
    expect(detect(text).findings.map(key)).toEqual(analyze(text).findings.map(key));
  });

  // Over the whole corpus, finding for finding: detect-agrees.test.ts.
});
