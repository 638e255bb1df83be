/**
 * The scored detector's findings (./score.ts), for detection: on sentences no rule finding touches,
 * at balanced and strict, a finding where the model reads hostile wording. Findings only (their
 * suggestion lists are empty, as `detect` gives them); `analyzeScored` (./scored.ts) adds the offers.
 * Not called by `detect` or `analyze` yet. Imports no rule code (no cycle with ./index.ts). Pure;
 * never throws on any string.
 */
import { score } from './score';
import { SCORE_STRICT, SCORE_THRESHOLD } from './score-weights';
import { sentenceRanges } from './text';
import { CATEGORIES, type Category, type Finding, type ToneOptions } from './types';
import { WHY } from './why';

/**
 * Sentences longer than this (characters, trimmed) are not scored: the model's findings on longer
 * ones were almost all false alarms on the external calm sides (advice written to "you"), and
 * skipping them saves most of the time it costs.
 */
export const MODEL_MAX_CHARS = 80;

export const MODEL_WHY: Readonly<Record<Category, string>> = {
  blame: WHY.fault,
  absolutes: WHY.history,
  contempt: WHY.mockery,
  'talking-down': WHY.command,
  withdrawal: WHY.withdraw,
  heat: "Wait for a calmer moment: this reads as said in the heat of the moment. Saying what upset you, or pausing until you've both cooled down, helps it land.",
};

/**
 * The model's findings in `text` at `options`' sensitivity (none at gentle), on the sentences that
 * none of `rules` (the rule engine's findings for the same text and options) touches.
 */
export function modelFindings(
  text: string,
  options: Partial<ToneOptions> | undefined,
  rules: readonly Finding[],
): Finding[] {
  const out: Finding[] = [];
  const sensitivity = options?.sensitivity ?? 'balanced';
  if (typeof text !== 'string' || sensitivity === 'gentle' || text.length === 0) return out;
  const categories = options?.categories ?? CATEGORIES;
  const threshold = sensitivity === 'strict' ? SCORE_STRICT : SCORE_THRESHOLD;
  try {
    for (const s of sentenceRanges(text)) {
      let start = s.start;
      while (start < s.contentEnd && /\s/.test(text[start] as string)) start++;
      let stop = s.end;
      while (stop > start && /\s/.test(text[stop - 1] as string)) stop--;
      if (s.contentEnd <= start || stop - start > MODEL_MAX_CHARS) continue;
      if (rules.some((f) => f.start < s.end && f.end > s.start)) continue;
      const sc = score(text.slice(start, stop));
      if (sc.hostile < threshold || !categories.includes(sc.category)) continue;
      const rule = `model.${sc.category}`;
      out.push({
        id: `${rule}:${start}`,
        category: sc.category,
        rule,
        start,
        end: s.contentEnd,
        severity: 2,
        why: MODEL_WHY[sc.category],
        suggestions: [],
      });
    }
  } catch {
    return [];
  }
  return out;
}
