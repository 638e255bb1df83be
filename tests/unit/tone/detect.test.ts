import { describe, expect, it } from 'vitest';
import { analyze, detect } from '../../../lib/tone';
import { readDev, readExternal, sharedCorpusPresent } from '../../../scripts/corpus';

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

  it.skipIf(!sharedCorpusPresent('detect vs analyze'))(
    'agrees with analyze on nearly every message (analyze may drop what no rewording clears)',
    () => {
      const texts = [
        ...readDev().map((r) => r.text),
        ...readExternal().flatMap((x) => x.rows.map((r) => r.text)),
      ];
      let differ = 0;
      let missing = 0;
      for (const text of texts) {
        const a = analyze(text).findings.map(key);
        const d = new Set(detect(text).findings.map(key));
        if (a.length !== d.size || a.some((k) => !d.has(k))) differ++;
        missing += a.filter((k) => !d.has(k)).length;
      }
      // Measured 18 of 11,343 (0.16%) on 2026-12-02; one finding of analyze's missing from detect.
      expect(differ / texts.length).toBeLessThan(0.005);
      expect(missing).toBeLessThan(5);
    },
    // Two analyses of 11,343 messages: about 4 s alone, past the default 30 s when two cores are
    // shared with the rest of the suite and other work (seen once, on 2026-12-03).
    180_000,
  );
});
