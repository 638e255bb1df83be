import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../../lib/tone/index';
import { isCodePointBoundary } from './helpers';

/**
 * "Never hangs", not a speed target (`npm run bench` holds 100,000 adversarial characters to
 * ≤ 50 ms and prints the figures): a super-linear pattern over 100,000 characters takes minutes, so
 * a bound of seconds catches one on any machine, however busy, without failing on load alone.
 */
const BOUND_MS = 10_000;

function timed(text: string): number {
  const s = performance.now();
  const a = analyze(text, { sensitivity: 'strict' });
  const ms = performance.now() - s;
  for (const f of a.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
  }
  return ms;
}

describe('adversarial input never hangs or throws', () => {
  const N = 100_000;
  const inputs: Record<string, string> = {
    'exclamation marks': '!'.repeat(N),
    'question marks': '?'.repeat(N),
    'you ': 'you '.repeat(N / 4),
    capitals: 'A'.repeat(N),
    'shouted words': 'WHY DID YOU '.repeat(N / 12),
    emoji: '😡'.repeat(N / 2),
    'one long word': 'a'.repeat(N),
    'stretched word': `neve${'r'.repeat(N - 4)}`,
    'you make me': 'you make me so angry when '.repeat(N / 26),
    'masked swears': 'f***ing sh!t a$$ '.repeat(N / 17),
    'open quotes': '"'.repeat(N),
    'curly quotes': '\u201C'.repeat(N),
    backticks: '`'.repeat(N),
    'lone surrogates': '\uD800\uDC00\uDC00\uD800'.repeat(N / 4),
    'null bytes': '\u0000'.repeat(N),
    'RTL text': 'أنت دائماً تتأخر '.repeat(N / 17),
    'mixed junk': 'You!!?? ALWAYS\u0000😡 "never" @you `calm down` '.repeat(N / 45),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`${name} (${text.length} chars)`, () => {
      expect(timed(text)).toBeLessThan(BOUND_MS);
    });
  }
});

describe('bad input', () => {
  it('handles non-strings and odd options', () => {
    expect(analyze(undefined as unknown as string)).toEqual({ flagged: false, heat: 0, findings: [] });
    expect(analyze('You never listen', { sensitivity: 'loud' as never }).flagged).toBe(true);
    expect(analyze('You never listen', { categories: [] }).flagged).toBe(false);
    expect(
      analyze('You never listen', { customPhrases: [null as never], ignoredPhrases: [3 as never] }).flagged,
    ).toBe(true);
    expect(analyze('').flagged).toBe(false);
  });
  it('lone surrogates and nulls around a real finding keep offsets on code-point boundaries', () => {
    const text = '\uD800 you make me so angry \u0000 😡 YOU NEVER LISTEN!!! \uDC00';
    const a = analyze(text);
    expect(a.flagged).toBe(true);
    for (const f of a.findings) {
      expect(isCodePointBoundary(text, f.start)).toBe(true);
      expect(isCodePointBoundary(text, f.end)).toBe(true);
      for (const s of f.suggestions) {
        expect(isCodePointBoundary(text, s.start)).toBe(true);
        expect(isCodePointBoundary(text, s.end)).toBe(true);
        expect(() => applySuggestion(text, s)).not.toThrow();
      }
    }
  });
});

describe('non-English text is not flagged', () => {
  it.each([
    'Siempre llegas tarde y nunca me escuchas',
    'Tu es toujours en retard, tu ne m’écoutes jamais',
    'Du bist immer zu spät und hörst mir nie zu',
    'Du bist ein Idiot',
    'Sei sempre in ritardo',
    'Ты всегда опаздываешь и никогда меня не слушаешь',
    '你总是迟到，从来不听我说话',
    'أنت دائماً تتأخر ولا تستمع لي أبداً',
    'אתה תמיד מאחר ואף פעם לא מקשיב לי',
    'いつも遅刻して、私の話を全然聞かないね',
  ])('%s', (text) => {
    expect(analyze(text, { sensitivity: 'strict' }).flagged).toBe(false);
  });
});

describe('long texts skip segmentation only when nothing can fire', () => {
  const calm = 'We talked about the garden and the plans for the weekend, and it was lovely. '.repeat(30);
  it('still finds shouting and swearing past 2,000 characters', () => {
    expect(calm.length).toBeGreaterThan(2000);
    expect(analyze(`${calm}WHY DID YOU DO THAT`).findings.some((f) => f.category === 'heat')).toBe(true);
    expect(analyze(`${calm}YOU’RE NEVER HOME, NEVER`).flagged).toBe(true);
    expect(analyze(`${calm}This is fucking ridiculous.`).flagged).toBe(true);
  });
  it('passes a long calm text with acronyms and curly apostrophes', () => {
    expect(analyze(`${calm}I’m glad the CBT and EMDR sessions helped. `).flagged).toBe(false);
  });
});
