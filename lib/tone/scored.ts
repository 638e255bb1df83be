/**
 * EXPERIMENT, not wired into the extension: `analyzeScored` is `analyze` plus the scored detector
 * (./score.ts) on sentences where no rule found anything, at balanced and strict. It only adds:
 * rule findings stay as they are. Each model finding offers a template in the model's category
 * with a bracketed placeholder, kept only when it scores clean and, applied, leaves no finding
 * where it writes. Measured in the h-score round (README, "Scored detector"): at a threshold that
 * keeps the external calm sides within target it adds about one blind row, so `analyze` does not
 * call it. Pure; never throws.
 */
import { analyze, applySuggestion } from './index';
import { modelFindings } from './model';
import { score } from './score';
import { SCORE_STRICT, SCORE_THRESHOLD } from './score-weights';
import { sentenceRanges } from './text';
import type { Analysis, Category, Finding, Suggestion, ToneOptions } from './types';

/** The model's offers: our own words, each with one bracketed placeholder; each scores clean. */
export const MODEL_OFFER: Readonly<Record<Category, string>> = {
  blame: 'When [what happened], I felt hurt.',
  absolutes: 'This time, [what happened], and it bothered me.',
  contempt: 'When [what happened], I felt hurt.',
  'talking-down': 'Could we talk about [what you need]?',
  withdrawal: 'I need a break from this. Can we talk [when]?',
  heat: "I'm upset about [what happened]. Can we talk once we've both cooled down?",
};

const WEIGHT: Readonly<Record<Category, number>> = {
  blame: 12,
  absolutes: 8,
  contempt: 14,
  'talking-down': 8,
  withdrawal: 10,
  heat: 8,
};

export function analyzeScored(text: string, options?: Partial<ToneOptions>): Analysis {
  const ruled = analyze(text, options);
  if (typeof text !== 'string') return ruled;
  try {
    const added = offered(text, options ?? {}, ruled.findings);
    if (added.length === 0) return ruled;
    const findings = [...ruled.findings, ...added].sort((a, b) => a.start - b.start);
    let heat = 0;
    for (const f of added) heat += WEIGHT[f.category] * f.severity;
    return { flagged: true, heat: Math.max(10, Math.min(100, ruled.heat + heat)), findings };
  } catch {
    return ruled;
  }
}

/** The model's findings (./model.ts), each with its category's offer: kept only when the offer scores clean and, applied, leaves no finding where it writes. */
function offered(text: string, o: Partial<ToneOptions>, rules: readonly Finding[]): Finding[] {
  const threshold = o.sensitivity === 'strict' ? SCORE_STRICT : SCORE_THRESHOLD;
  const out: Finding[] = [];
  for (const f of modelFindings(text, o, rules)) {
    const offer = MODEL_OFFER[f.category];
    if (score(offer).hostile >= threshold) continue;
    let stop = text.length;
    const s = sentenceRanges(text).find((r) => r.start <= f.start && f.start < r.end);
    if (s) stop = s.end;
    while (stop > f.end && /\s/.test(text[stop - 1] as string)) stop--;
    const open = offer.indexOf('[');
    const sug: Suggestion = {
      label: offer,
      start: f.start,
      end: stop,
      replacement: offer,
      placeholder: { start: open, end: offer.indexOf(']', open) + 1 },
    };
    // Applied, the offer must leave nothing where it writes.
    const to = f.start + offer.length;
    if (analyze(applySuggestion(text, sug), o).findings.some((g) => g.start < to && g.end > f.start))
      continue;
    out.push({ ...f, suggestions: [sug] });
  }
  return out;
}
