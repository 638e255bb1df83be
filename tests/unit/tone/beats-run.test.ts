import { describe, expect, it } from 'vitest';
import { hasRun } from '../../../lib/tone/rules/beats';

/** The regular expression hasRun replaced (quadratic in one long word); kept here as the reference. */
const RUN = /(?:[\p{L}']+[.!]+\s+){2,}[\p{L}']+[.!]/u;

describe('heat.beats: hasRun finds three one-word beats in a row', () => {
  it('agrees with the reference expression on written cases', () => {
    const cases = [
      'STOP. CALLING. ME.',
      'Do. Not. Touch. My. Stuff.',
      'No! Just! No!',
      'ok so. like. whatever.',
      "Don't. Even. Start.",
      'Çа. Ва. Ты.',
      'stop. calling me.',
      'Stop. Calling',
      'Stop.Calling.Me.',
      'a. b. 3.',
      'one, two. three. four',
      'Thank. You. So. Much.',
      '',
      '...',
      'x. y.\n\nz!',
    ];
    for (const c of cases) expect(hasRun(c), c).toBe(RUN.test(c));
  });

  it('agrees with it on many random strings over letters, marks and spaces (any script)', () => {
    const alphabet = ['a', 'B', "'", '.', '!', ' ', '\n', ',', '3', 'é', '𝒜', '?', '-'];
    let seed = 20261203;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let t = 0; t < 20_000; t++) {
      let s = '';
      const n = 1 + Math.floor(next() * 20);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(hasRun(s), JSON.stringify(s)).toBe(RUN.test(s));
    }
  });

  it('reads one long word once (the answer, not the time, is asserted here; npm run bench times it)', () => {
    expect(hasRun('a'.repeat(100_000))).toBe(false);
    expect(hasRun(`${'no. '.repeat(2)}no.`)).toBe(true);
  });
});
