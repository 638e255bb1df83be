import fs from 'node:fs';
import path from 'node:path';
import {
  type Analysis,
  analyze,
  applySuggestion,
  type Finding,
  type Sensitivity,
  type Suggestion,
} from '../../../lib/tone/index';
import {
  readDev as readDevRows,
  readExternal as readExternalRows,
  sharedCorpusPresent,
} from '../../../scripts/corpus';

// The corpus parser lives in scripts/corpus.ts (shared with `npm run eval` and `npm run bench`).
export { blindFile, corpusDir, type Row, readBlind } from '../../../scripts/corpus';

/** `../shared/corpus/dev.tsv`; [] (and one plain warning that the corpus tests are skipped) when absent. */
export function readDev() {
  return sharedCorpusPresent('the dev.tsv and external corpus tests') ? readDevRows() : [];
}

/** Every `../shared/corpus/external/*.tsv`; [] (with the same warning) when absent. */
export function readExternal() {
  return sharedCorpusPresent('the dev.tsv and external corpus tests') ? readExternalRows() : [];
}

/**
 * The text of every row of `tests/fixtures/corpus/kinds-*.tsv` (the sets written for the rules, never
 * the blind or holdout sets), for tests that compare a shortcut with the whole work on many texts.
 */
export function readKindsTexts(): string[] {
  const dir = path.resolve(__dirname, '../../fixtures/corpus');
  return fs
    .readdirSync(dir)
    .filter((f) => /^kinds-.*\.tsv$/.test(f))
    .flatMap((f) =>
      fs
        .readFileSync(path.join(dir, f), 'utf8')
        .split(/\r?\n/)
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split('\t').pop() as string),
    );
}

/**
 * Problems with applying `s` (made for finding `f` of `before`): empty when it removes the finding
 * (nothing of the same rule and category overlaps the new words, and there is one fewer of them)
 * and adds none. `scope` 'global': no rule/category appears more often anywhere in the message;
 * 'edit': no finding overlapping the edited range is new (the definition in the brief; rules that
 * read the whole sentence may legitimately react elsewhere to an edit).
 */
export function suggestionProblems(
  text: string,
  before: Analysis,
  f: Finding,
  s: Suggestion,
  sensitivity: Sensitivity,
  scope: 'global' | 'edit' = 'global',
): string[] {
  const after = applySuggestion(text, s);
  const a2 = analyze(after, { sensitivity });
  const problems: string[] = [];
  const editStart = s.start;
  const editEnd = s.start + s.replacement.length;
  // Removed: nothing of the same rule and category overlaps the new words, and there is one fewer of them.
  const same = (g: Finding) => g.rule === f.rule && g.category === f.category;
  for (const g of a2.findings) {
    if (same(g) && g.start < editEnd && g.end > editStart) {
      problems.push(`still has ${g.rule} «${after.slice(g.start, g.end)}» in «${after}»`);
    }
  }
  if (a2.findings.filter(same).length >= before.findings.filter(same).length) {
    problems.push(`${f.rule} count did not drop in «${after}»`);
  }
  const budget = new Map<string, number>();
  for (const g of before.findings) {
    if (g === f) continue;
    const k = `${g.rule}/${g.category}`;
    budget.set(k, (budget.get(k) ?? 0) + 1);
  }
  for (const g of a2.findings) {
    if (scope === 'edit' && !(g.start <= editEnd && g.end >= editStart)) continue;
    const k = `${g.rule}/${g.category}`;
    const n = budget.get(k) ?? 0;
    if (n <= 0 && !same(g)) {
      problems.push(`adds ${g.rule} «${after.slice(g.start, g.end)}» in «${after}»`);
    }
    budget.set(k, n - 1);
  }
  return problems;
}

/** Every suggestion of every finding of `text`, checked. */
export function checkAllSuggestions(text: string, sensitivity: Sensitivity): string[] {
  const a = analyze(text, { sensitivity });
  const out: string[] = [];
  for (const f of a.findings) {
    for (const s of f.suggestions) {
      for (const p of suggestionProblems(text, a, f, s, sensitivity))
        out.push(`${JSON.stringify(text)} [${f.rule} → ${JSON.stringify(s.replacement)}]: ${p}`);
    }
  }
  return out;
}

export function isCodePointBoundary(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return true;
  const hi = text.charCodeAt(pos - 1);
  const lo = text.charCodeAt(pos);
  return !(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff);
}
