import type { Analysis, Finding, ToneOptions } from '../tone';
import type { AnalyzeFn } from './engine';

/**
 * Analyses a field paragraph by paragraph, remembering the analysis of each paragraph's text, so
 * a keystroke in a large field re-analyses only the paragraph it changed. Offsets in the result
 * are into the whole text. Pure: no DOM.
 */
export class ParagraphAnalyzer {
  private cache = new Map<string, Analysis>();
  private optionsKey = '';
  /** The analysis function the cache holds results of (the coach's engine changes once). */
  private cachedBy: AnalyzeFn | null = null;
  /** Characters of text held as cache keys (the analyses are small next to them). */
  private chars = 0;

  /**
   * At most `maxEntries` paragraphs and `maxChars` characters of text (2 MB as UTF-16 by
   * default): a few long paragraphs cannot make the cache hold 500 full copies of them.
   */
  constructor(
    /** Where the analysis function comes from, read on every call (`CoachEngine`, or `{ analyze }`). */
    private readonly engine: { readonly analyze: AnalyzeFn },
    private readonly maxEntries = 500,
    private readonly maxChars = 1_000_000,
  ) {}

  /** Paragraphs and characters held (for tests). */
  get size(): { entries: number; chars: number } {
    return { entries: this.cache.size, chars: this.chars };
  }

  analyze(text: string, options: Partial<ToneOptions>): Analysis {
    const key = JSON.stringify(options);
    if (key !== this.optionsKey || this.engine.analyze !== this.cachedBy) {
      this.cache.clear();
      this.chars = 0;
      this.optionsKey = key;
      this.cachedBy = this.engine.analyze;
    }
    // Short texts: one pass, so the engine sees cross-sentence context as a person wrote it.
    if (text.length <= 2000 || !text.includes('\n')) return this.cached(text, options);

    const findings: Finding[] = [];
    let heat = 0;
    let at = 0;
    for (const para of text.split('\n')) {
      if (para.trim()) {
        const a = this.cached(para, options);
        heat = Math.max(heat, a.heat);
        for (const f of a.findings) findings.push(shift(f, at));
      }
      at += para.length + 1;
    }
    return { flagged: findings.length > 0, heat, findings };
  }

  private cached(text: string, options: Partial<ToneOptions>): Analysis {
    const hit = this.cache.get(text);
    if (hit) {
      // Refresh recency.
      this.cache.delete(text);
      this.cache.set(text, hit);
      return hit;
    }
    const a = this.engine.analyze(text, options);
    // A paragraph larger than the whole budget is analysed but not kept.
    if (text.length > this.maxChars) return a;
    this.cache.set(text, a);
    this.chars += text.length;
    while (this.cache.size > this.maxEntries || this.chars > this.maxChars) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
      this.chars -= oldest.length;
    }
    return a;
  }
}

function shift(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f,
    id: `${f.rule}:${f.start + by}`,
    start: f.start + by,
    end: f.end + by,
    suggestions: f.suggestions.map((s) => ({ ...s, start: s.start + by, end: s.end + by })),
  };
}

export type Mood = 'calm' | 'tense' | 'heated';

/** The message's state for the badge and popup. */
export function moodOf(a: Analysis): Mood {
  if (a.findings.length === 0) return 'calm';
  if (a.heat >= 60 || a.findings.some((f) => f.severity >= 3)) return 'heated';
  return 'tense';
}
