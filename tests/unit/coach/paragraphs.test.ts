import { describe, expect, it } from 'vitest';
import { moodOf, ParagraphAnalyzer } from '../../../lib/coach/paragraphs';
import { analyze, detect } from '../../../lib/tone';

const WHOLE = { analyze };

const calm = 'Thanks for dinner last night, it was lovely to see everyone again.';

describe('ParagraphAnalyzer', () => {
  it('gives the same findings as one analysis for a short text', () => {
    const text = 'You never listen to me. Calm down!';
    const whole = analyze(text);
    const got = new ParagraphAnalyzer(WHOLE).analyze(text, {});
    expect(got.findings.map((f) => [f.rule, f.start, f.end])).toEqual(
      whole.findings.map((f) => [f.rule, f.start, f.end]),
    );
  });

  it('maps findings of a large field back to whole-text offsets, paragraph by paragraph', () => {
    const paras = Array.from({ length: 60 }, () => calm);
    paras[41] = 'You never listen to me.';
    const text = paras.join('\n');
    const got = new ParagraphAnalyzer(WHOLE).analyze(text, {});
    expect(got.findings.length).toBeGreaterThan(0);
    for (const f of got.findings) {
      expect(text.slice(f.start, f.end)).toBe(
        paras[41]?.slice(f.start - text.indexOf(paras[41] ?? ''), f.end - text.indexOf(paras[41] ?? '')),
      );
      for (const s of f.suggestions) {
        expect(s.start).toBeGreaterThanOrEqual(text.indexOf('You never'));
        expect(s.end).toBeLessThanOrEqual(text.indexOf('You never') + (paras[41]?.length ?? 0));
      }
    }
  });

  it('re-analyses only the paragraph that changed', () => {
    const paras = Array.from({ length: 80 }, (_, i) => `${calm} (${i})`);
    const analyzer = new ParagraphAnalyzer(WHOLE);
    analyzer.analyze(paras.join('\n'), {});
    const seen: string[] = [];
    const spy = analyzer as unknown as { cached(text: string, o: object): unknown };
    const original = spy.cached.bind(analyzer);
    let misses = 0;
    const cache = (analyzer as unknown as { cache: Map<string, unknown> }).cache;
    spy.cached = (text: string, o: object) => {
      if (!cache.has(text)) misses++;
      seen.push(text);
      return original(text, o);
    };
    paras[10] = `${paras[10]} You always do this!`;
    const got = analyzer.analyze(paras.join('\n'), {});
    expect(misses).toBe(1);
    expect(got.findings.some((f) => f.category === 'absolutes')).toBe(true);
  });

  it('starts afresh when the options change', () => {
    const analyzer = new ParagraphAnalyzer(WHOLE);
    const text = 'you did it again';
    const balanced = analyzer.analyze(text, { sensitivity: 'balanced' });
    const strict = analyzer.analyze(text, { sensitivity: 'strict' });
    expect(strict.findings.length).toBeGreaterThanOrEqual(balanced.findings.length);
    expect(strict).toEqual(analyze(text, { sensitivity: 'strict' }));
  });
});

describe('ParagraphAnalyzer: memory', () => {
  it('holds a bounded number of characters, not 500 copies of a long paragraph', () => {
    const analyzer = new ParagraphAnalyzer(WHOLE);
    const long = 'We talked about it. '.repeat(2_500); // 50,000 characters
    for (let i = 0; i < 60; i++) analyzer.analyze(`${long}${i}\nok`, {});
    const { chars, entries } = analyzer.size;
    expect(chars).toBeLessThanOrEqual(1_000_000);
    expect(entries).toBeGreaterThan(1);
    // The latest paragraphs stay cached.
    expect(entries).toBeLessThan(60 * 2);
  });

  it('analyses a paragraph larger than the whole budget without keeping it', () => {
    const analyzer = new ParagraphAnalyzer(WHOLE, 500, 1_000);
    const big = `${'fine words '.repeat(200)}You always do this!`;
    expect(analyzer.analyze(big, {}).findings.length).toBeGreaterThan(0);
    expect(analyzer.size).toEqual({ entries: 0, chars: 0 });
  });
});

describe('moodOf', () => {
  it('is calm without findings, heated for strong heat, tense otherwise', () => {
    expect(moodOf(analyze(calm))).toBe('calm');
    expect(moodOf(analyze('You never listen to me'))).not.toBe('calm');
    expect(moodOf(analyze("WHY DIDN'T YOU ANSWER ME??? I'M DONE WITH YOU!!!"))).toBe('heated');
  });
});

describe('ParagraphAnalyzer: the engine changes', () => {
  it('forgets what the detection-only engine found once the whole engine is there', () => {
    const engine: { analyze: typeof analyze } = { analyze: detect };
    const analyzer = new ParagraphAnalyzer(engine);
    const text = 'You make me so angry when you do that.';
    const first = analyzer.analyze(text, {});
    expect(first.findings.length).toBeGreaterThan(0);
    expect(first.findings.every((f) => f.suggestions.length === 0)).toBe(true);
    engine.analyze = analyze;
    const second = analyzer.analyze(text, {});
    expect(second).toEqual(analyze(text, {}));
    expect(second.findings[0]?.suggestions.length).toBeGreaterThan(0);
  });
});
