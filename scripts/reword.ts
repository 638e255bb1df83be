/**
 * Message-level rewording for the evaluation: what the message reads like once a person has taken the
 * coach's first offer for every finding.
 *
 * When `lib/tone` exports a combined rewording — `rewrite(text, options)` returning the new text (or an
 * object with a `text` field) — that is used. Otherwise (and always for the stricter measure,
 * `rewordByOffers`): the first suggestion of every finding,
 * non-overlapping ones applied right to left; findings whose suggestion overlaps one already taken
 * are re-found in the re-analysed text (same rule, category and words) and reworded in a next round,
 * at most MAX_ROUNDS rounds. Findings that were not in the original are never reworded, so a
 * rewording that adds a problem shows as one.
 */

import type { Analysis, Finding, Sensitivity, Suggestion } from '../lib/tone/index';
import * as tone from '../lib/tone/index';

export const MAX_ROUNDS = 3;

type EngineRewrite = (text: string, options: { sensitivity: Sensitivity }) => unknown;

function engineRewrite(): EngineRewrite | null {
  const fn = (tone as unknown as Record<string, unknown>).rewrite;
  return typeof fn === 'function' ? (fn as EngineRewrite) : null;
}

/** 'engine' when lib/tone exports `rewrite`, else 'suggestions'. */
export const REWORD_SOURCE: 'engine' | 'suggestions' = engineRewrite() ? 'engine' : 'suggestions';

const identity = (text: string, f: Finding) =>
  `${f.rule}|${f.category}|${text.slice(f.start, f.end).toLowerCase()}`;

const overlaps = (a: Suggestion, b: Suggestion) =>
  (a.start < b.end && b.start < a.end) || a.start === b.start;

const same = (a: Suggestion, b: Suggestion) =>
  a.start === b.start && a.end === b.end && a.replacement === b.replacement;

/**
 * First offers only: the first suggestion of every finding of the original (overlapping ones in
 * later rounds); a finding the rewording adds is never reworded, so it shows.
 */
export function rewordByOffers(text: string, sensitivity: Sensitivity = 'balanced'): string {
  let cur = text;
  let wanted: Map<string, number> | null = null; // null: every finding (first round)
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const a = tone.analyze(cur, { sensitivity });
    const chosen: Suggestion[] = [];
    const deferred = new Map<string, number>();
    for (const f of [...a.findings].sort((x, y) => x.start - y.start || y.end - x.end)) {
      const s = f.suggestions[0];
      if (!s) continue;
      const id = identity(cur, f);
      if (wanted) {
        const n = wanted.get(id) ?? 0;
        if (n <= 0) continue;
        wanted.set(id, n - 1);
      }
      if (chosen.some((c) => same(c, s))) continue;
      if (chosen.some((c) => overlaps(c, s))) {
        deferred.set(id, (deferred.get(id) ?? 0) + 1);
        continue;
      }
      chosen.push(s);
    }
    for (const s of [...chosen].sort((x, y) => y.start - x.start)) cur = tone.applySuggestion(cur, s);
    if (deferred.size === 0 || chosen.length === 0) break;
    wanted = deferred;
  }
  return cur;
}

/** The message with every finding reworded (the text unchanged when nothing is flagged). */
export function rewordMessage(text: string, sensitivity: Sensitivity = 'balanced'): string {
  const fn = engineRewrite();
  if (fn) {
    const r = fn(text, { sensitivity });
    if (typeof r === 'string') return r;
    if (r && typeof (r as { text?: unknown }).text === 'string') return (r as { text: string }).text;
  }
  return rewordByOffers(text, sensitivity);
}

export interface RewordCheck {
  rewording: string;
  before: Analysis;
  after: Analysis;
  /** Findings of the original still there (same rule, category and words). */
  kept: Finding[];
  /** Findings the original did not have. */
  added: Finding[];
  /** Re-analysed, the rewording has none of the original's findings and no new one. */
  ok: boolean;
}

/** Reword `text` (with `reword`, by default `rewordMessage`) and re-analyse the result at the same sensitivity. */
export function checkRewording(
  text: string,
  sensitivity: Sensitivity = 'balanced',
  reword: (text: string, sensitivity: Sensitivity) => string = rewordMessage,
): RewordCheck {
  const before = tone.analyze(text, { sensitivity });
  const rewording = before.flagged ? reword(text, sensitivity) : text;
  const after = rewording === text ? before : tone.analyze(rewording, { sensitivity });
  const budget = new Map<string, number>();
  for (const f of before.findings) {
    const id = identity(text, f);
    budget.set(id, (budget.get(id) ?? 0) + 1);
  }
  const kept: Finding[] = [];
  const added: Finding[] = [];
  for (const g of after.findings) {
    const id = identity(rewording, g);
    const n = budget.get(id) ?? 0;
    if (n > 0) {
      kept.push(g);
      budget.set(id, n - 1);
    } else added.push(g);
  }
  return { rewording, before, after, kept, added, ok: after.findings.length === 0 };
}

/** Baseline for chrF: the flagged words deleted, spaces and punctuation tidied. */
export function deleteFlagged(text: string, sensitivity: Sensitivity = 'balanced'): string {
  const spans = tone
    .analyze(text, { sensitivity })
    .findings.map((f) => [f.start, f.end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  let out = text;
  for (const [s, e] of merged.reverse()) out = out.slice(0, s) + out.slice(e);
  return out
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.!?;:])/g, '$1')
    .trim();
}
