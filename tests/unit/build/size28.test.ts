import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone';
import { detectPublished, published } from '../../../lib/tone/published';
import type { Analysis } from '../../../lib/tone/types';
import { checkMangled, PACK_DIGITS, packText, unpackText, utf8Length } from '../../../scripts/detect-only';

describe('packed strings in 123 digits', () => {
  it('uses every ASCII character a double-quoted literal holds as it is, but NUL', () => {
    expect(PACK_DIGITS).toHaveLength(123);
    expect(new Set(PACK_DIGITS).size).toBe(123);
    for (const c of PACK_DIGITS) {
      const code = c.charCodeAt(0);
      expect(code).toBeGreaterThan(0);
      expect(code).toBeLessThan(128);
      expect('\n\r"\\').not.toContain(c);
    }
  });

  it('reads back the same between quotes in a script, control characters and all', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `w${(i * 7919) % 1013}`).join(' ');
    const packed = packText(text);
    expect([...packed].some((c) => c.charCodeAt(0) < 32)).toBe(true);
    // What packBundle writes: the digits between double quotes, no escapes.
    const read = new Function(`return "${packed}"`)() as string;
    expect(read).toBe(packed);
    expect(unpackText(read, utf8Length(text))).toBe(text);
  });

  it('takes fewer characters than 93 printable ones would (log 123 / log 93)', () => {
    let seed = 11;
    const bytes = Array.from({ length: 30_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(97 + (seed % 26));
    }).join('');
    const packed = packText(bytes);
    // The deflated bytes at 13.85 bits a pair rather than 13.06.
    expect(packed.length).toBeLessThan(((utf8Length(bytes) * 8) / 13.06) * 2 * 0.7);
  });
});

describe('published analyses', () => {
  const texts = [
    'you never listen to me and this is all your fault!!!',
    'what the fuck is wrong with you, idiot',
    'Thanks so much, that was lovely of you',
    'YOU ALWAYS DO THIS. whatever.',
    '',
  ];

  it('are exact copies, key for key and in the same order, in the source', () => {
    for (const text of texts)
      for (const sensitivity of ['gentle', 'balanced', 'strict'] as const) {
        const a = detect(text, { sensitivity });
        const p = published(a);
        expect(JSON.stringify(p)).toBe(JSON.stringify(a));
        expect(p.findings.every((f, i) => f !== a.findings[i])).toBe(true);
        expect(JSON.stringify(detectPublished(text, { sensitivity }))).toBe(JSON.stringify(a));
      }
  });

  it('copy a pause and a suggestion with its placeholder', () => {
    const a: Analysis = {
      flagged: true,
      heat: 40,
      findings: [
        {
          id: 'x.y:3',
          category: 'heat',
          rule: 'x.y',
          start: 3,
          end: 9,
          severity: 2,
          why: 'why',
          suggestions: [
            { label: 'l', start: 3, end: 9, replacement: 'r', placeholder: { start: 4, end: 5 } },
          ],
          pause: true,
        },
      ],
    };
    expect(JSON.stringify(published(a))).toBe(JSON.stringify(a));
  });

  it('are what checkMangled lets through: a quoted key reading the same name, and only that', () => {
    expect(() =>
      checkMangled("const o = { 'start': f.start, 'end': f.end };", ['start', 'end']),
    ).not.toThrow();
    expect(() => checkMangled("const o = { 'start': f.end };", ['start', 'end'])).toThrow(/checkMangled/);
    expect(() => checkMangled("const o = { 'start': 1 };", ['start', 'end'])).toThrow(/checkMangled/);
    expect(() => checkMangled("const s = f['start'];", ['start', 'end'])).toThrow(/checkMangled/);
  });
});
