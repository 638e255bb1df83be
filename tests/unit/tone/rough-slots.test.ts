import { describe, expect, it } from 'vitest';
import { canon, roughTokens, setWordInfo, type Token } from '../../../lib/tone/text';

/**
 * `roughTokens` keeps recent words in slots by a hash of their characters (two ways per hash, more
 * slots when many words miss): a cache only, so every token must get its own word's string, canonical
 * form and `setWordInfo` answer, whichever words share a hash and however often the slots grow.
 */
describe('rough-token slots', () => {
  it('give each word its own form and answer, through shared hashes and growth', () => {
    setWordInfo((w) => ({ w }));
    // "Aa" and "BB" hash alike (31 × 65 + 97 = 31 × 66 + 66): these words all share one hash, more
    // of them than a hash has ways.
    const same = ['AaAa', 'AaBB', 'BBAa', 'BBBB', 'aaaa', 'AaAa', 'BBBB', 'AaBB'];
    // Tens of thousands of different words: most miss, so the slots grow (up to their most).
    const distinct = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}`);
    let checked = 0;
    for (let round = 0; round < 2; round++)
      for (let k = 0; k < distinct.length; k += 500) {
        const words: string[] = [];
        for (let j = k; j < k + 500 && j < distinct.length; j++) {
          words.push(distinct[j] as string);
          if (j % 7 === 0) words.push(same[j % same.length] as string, "you're", 'You', 'sooooo');
        }
        const text = words.join(j(k));
        const infos: unknown[] = [];
        const tokens: Token[] = roughTokens(text, 3, infos);
        expect(tokens.length).toBe(words.length);
        tokens.forEach((t, i) => {
          const raw = text.slice(t.start - 3, t.end - 3);
          if (t.raw !== raw || t.w !== canon(raw) || (infos[i] as { w: string }).w !== t.w)
            expect({ raw: t.raw, w: t.w, info: infos[i] }).toEqual({
              raw,
              w: canon(raw),
              info: { w: canon(raw) },
            });
          checked++;
        });
      }
    expect(checked).toBeGreaterThan(100_000);
  });
});

/** Separators between words, varied by chunk. */
function j(k: number): string {
  return k % 1000 === 0 ? ' ' : ', ';
}
