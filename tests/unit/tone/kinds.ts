/**
 * Shared by the kinds tests (`kinds-h*.test.ts`): the engine's verdict on one message, a check that
 * its rewording reads clean, and the figures of a kinds set (`tests/fixtures/corpus/kinds-*.tsv`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { parseLabelled, type Row, repoRoot } from '../../../scripts/corpus';

/** The whole message with the first suggestion of every finding applied. */
export const first = (text: string): string => rewrite(text).text;
export const flagged = (text: string): boolean => analyze(text).flagged;
export const categories = (text: string): string[] => analyze(text).findings.map((f) => f.category);

/** The rewording changes the message, is flagged no more, and ends on no dangling word. */
export function rewordsClean(text: string): string {
  const out = first(text);
  expect(out, text).not.toBe(text);
  expect(analyze(out).flagged, `${text} → ${out}`).toBe(false);
  expect(out, out).not.toMatch(/\b(?:a|an|the|and|to|of)\s*[.?!]?$/i);
  return out;
}

/** The rows of these kinds files (those that exist) in `tests/fixtures/corpus`. */
export function kindsRows(...files: string[]): Row[] {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'corpus');
  return files
    .filter((f) => fs.existsSync(path.join(dir, f)))
    .flatMap((f) => parseLabelled(fs.readFileSync(path.join(dir, f), 'utf8')));
}

/** Share of hostile (F) rows flagged and of warm (N) rows flagged, at the default sensitivity. */
export function kindsFigures(rows: readonly Row[]): { recall: number; falseAlarms: number } {
  const hostile = rows.filter((r) => r.label === 'F');
  const warm = rows.filter((r) => r.label === 'N');
  return {
    recall: hostile.filter((r) => flagged(r.text)).length / hostile.length,
    falseAlarms: warm.filter((r) => flagged(r.text)).length / warm.length,
  };
}

/**
 * One test a row: the whole rewording of `text` is `want`, and it is flagged no more. The rewording
 * kinds tests (rounds h20 on) share it.
 */
export function rewordingCases(rows: [string, string][]): void {
  it.each(rows)('%s', (text, want) => {
    const out = first(text);
    expect(out).toBe(want);
    expect(analyze(out).flagged).toBe(false);
  });
}

/** One kind: each hostile wording is flagged in `category`, each warm look-alike passes clean. */
export function kind(name: string, category: string, hostile: string[], warm: string[]): void {
  describe(name, () => {
    it.each(hostile)(`flags "%s" as ${category}`, (text) => {
      expect(categories(text)).toContain(category);
    });
    it.each(warm)('passes "%s"', (text) => {
      expect(flagged(text)).toBe(false);
    });
  });
}

/**
 * The tests of a round's kinds set (`tests/fixtures/corpus/<file>`, written before the rules): floors
 * on recall, false alarms and category right, and every flagged hostile row reworded clean.
 */
export function kindsSet(
  file: string,
  floors: { recall: number; falseAlarms: number; category: number },
): void {
  describe(`the round's kinds set (tests/fixtures/corpus/${file}, written before the rules)`, () => {
    const rows = kindsRows(file);
    it('flags most hostile rows and few warm ones', () => {
      const { recall, falseAlarms } = kindsFigures(rows);
      expect(recall).toBeGreaterThanOrEqual(floors.recall);
      expect(falseAlarms).toBeLessThanOrEqual(floors.falseAlarms);
    });
    it.each(rows.filter((r) => r.label === 'F' && flagged(r.text)).map((r) => [r.text]))(
      'rewords %s clean',
      (text) => {
        rewordsClean(text);
      },
    );
    it('names the category of most hostile rows', () => {
      const hostile = rows.filter((r) => r.label === 'F');
      const right = hostile.filter((r) => categories(r.text).includes(r.category as string)).length;
      expect(right / hostile.length).toBeGreaterThanOrEqual(floors.category);
    });
  });
}
