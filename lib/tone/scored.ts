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
import { score } from './score';
import { SCORE_STRICT, SCORE_THRESHOLD } from './score-weights';
import { sentenceRanges } from './text';
import {
  type Analysis,
  CATEGORIES,
  type Category,
  type Finding,
  type Suggestion,
  type ToneOptions,
} from './types';
import { WHY } from './why';

/** The model's offers: our own words, each with one bracketed placeholder; each scores clean. */
export const MODEL_OFFER: Readonly<Record<Category, string>> = {
  blame: 'When [what happened], I felt hurt.',
  absolutes: 'This time, [what happened], and it bothered me.',
  contempt: 'When [what happened], I felt hurt.',
  'talking-down': 'Could we talk about [what you need]?',
  withdrawal: 'I need a break from this. Can we talk [when]?',
  heat: "I'm upset about [what happened]. Can we talk once we've both cooled down?",
};

const MODEL_WHY: Readonly<Record<Category, string>> = {
  blame: WHY.fault,
  absolutes: WHY.history,
  contempt: WHY.mockery,
  'talking-down': WHY.command,
  withdrawal: WHY.withdraw,
  heat: "Wait for a calmer moment: this reads as said in the heat of the moment. Saying what upset you, or pausing until you've both cooled down, helps it land.",
};

/** Sentences longer than this are not scored. */
const MAX_SENTENCE = 400;
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
    const added = modelFindings(text, options ?? {}, ruled.findings);
    if (added.length === 0) return ruled;
    const findings = [...ruled.findings, ...added].sort((a, b) => a.start - b.start);
    let heat = 0;
    for (const f of added) heat += WEIGHT[f.category] * f.severity;
    return { flagged: true, heat: Math.max(10, Math.min(100, ruled.heat + heat)), findings };
  } catch {
    return ruled;
  }
}

function modelFindings(text: string, o: Partial<ToneOptions>, rules: readonly Finding[]): Finding[] {
  const sensitivity = o.sensitivity ?? 'balanced';
  if (sensitivity === 'gentle' || text.length === 0) return [];
  const categories = o.categories ?? CATEGORIES;
  const threshold = sensitivity === 'strict' ? SCORE_STRICT : SCORE_THRESHOLD;
  const out: Finding[] = [];
  for (const s of sentenceRanges(text)) {
    let start = s.start;
    while (start < s.contentEnd && /\s/.test(text[start] as string)) start++;
    const end = s.contentEnd;
    if (end <= start || end - start > MAX_SENTENCE) continue;
    if (rules.some((f) => f.start < s.end && f.end > s.start)) continue;
    let stop = s.end;
    while (stop > end && /\s/.test(text[stop - 1] as string)) stop--;
    const sc = score(text.slice(start, stop));
    if (sc.hostile < threshold || !categories.includes(sc.category)) continue;
    const offer = MODEL_OFFER[sc.category];
    if (score(offer).hostile >= threshold) continue;
    const open = offer.indexOf('[');
    const sug: Suggestion = {
      label: offer,
      start,
      end: stop,
      replacement: offer,
      placeholder: { start: open, end: offer.indexOf(']', open) + 1 },
    };
    // Applied, the offer must leave nothing where it writes.
    const to = start + offer.length;
    if (analyze(applySuggestion(text, sug), o).findings.some((g) => g.start < to && g.end > start)) continue;
    const rule = `model.${sc.category}`;
    out.push({
      id: `${rule}:${start}`,
      category: sc.category,
      rule,
      start,
      end,
      severity: 2,
      why: MODEL_WHY[sc.category],
      suggestions: [sug],
    });
  }
  return out;
}
