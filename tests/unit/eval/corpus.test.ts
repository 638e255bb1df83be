import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/tone/types';
import {
  blindFile,
  parseExternal,
  parseLabelled,
  parsePairs,
  readBlind,
  readDev,
  readHoldouts,
} from '../../../scripts/corpus';

describe('corpus parser', () => {
  it('reads labelled files: comments and blank lines skipped, CRLF, tabs kept in the text', () => {
    const rows = parseLabelled('# header\r\nF\tblame\tone\r\n\r\nN\t\ttwo\tand more\nS\theat\tthree\n');
    expect(rows).toEqual([
      { label: 'F', category: 'blame', text: 'one', line: 2 },
      { label: 'N', category: '', text: 'two\tand more', line: 4 },
      { label: 'S', category: 'heat', text: 'three', line: 5 },
    ]);
  });
  it('reads external files: header skipped, text after the first tab', () => {
    expect(parseExternal('label\ttext\n1\ta\tb\n0\tc\n\nbroken line\n')).toEqual([
      { label: '1', category: '', text: 'a\tb', line: 2 },
      { label: '0', category: '', text: 'c', line: 3 },
    ]);
  });
  it('reads pairs: empty rewrites dropped, rows without a rewrite skipped', () => {
    expect(
      parsePairs('toxic\trewrite1\trewrite2\trewrite3\nbad\tgood\t\t\nworse\t\t\t\nx\ty\tz\t\n'),
    ).toEqual([
      { toxic: 'bad', refs: ['good'] },
      { toxic: 'x', refs: ['y', 'z'] },
    ]);
  });
});

describe('blind set (tests/fixtures/corpus/blind.tsv) is well formed', () => {
  const rows = readBlind();
  it('has at least 110 hostile and 110 warm rows, only F/N/S labels', () => {
    expect(fs.existsSync(blindFile)).toBe(true);
    expect(rows.filter((r) => r.label === 'F').length).toBeGreaterThanOrEqual(110);
    expect(rows.filter((r) => r.label === 'N').length).toBeGreaterThanOrEqual(110);
    expect(rows.filter((r) => !['F', 'N', 'S'].includes(r.label))).toEqual([]);
  });
  it('every hostile row names one of the six categories; each category has at least 15', () => {
    for (const r of rows.filter((x) => x.label !== 'N'))
      expect(CATEGORIES as readonly string[], `line ${r.line}`).toContain(r.category);
    for (const c of CATEGORIES)
      expect(rows.filter((r) => r.label === 'F' && r.category === c).length, c).toBeGreaterThanOrEqual(15);
    for (const r of rows.filter((x) => x.label === 'N' && x.category !== ''))
      expect(CATEGORIES as readonly string[], `line ${r.line}`).toContain(r.category);
  });
  it('no duplicates, no empty text, nothing copied from dev.tsv', () => {
    const texts = rows.map((r) => r.text.trim().toLowerCase());
    expect(texts.filter((t) => t === '')).toEqual([]);
    expect(texts.length).toBe(new Set(texts).size);
    const dev = new Set(readDev().map((r) => r.text.trim().toLowerCase()));
    expect(rows.filter((r) => dev.has(r.text.trim().toLowerCase())).map((r) => r.line)).toEqual([]);
  });
});

describe('holdout sets (tests/fixtures/corpus/holdout-*.tsv) are well formed', () => {
  const holdouts = readHoldouts();
  it('there is at least one, each with 50 hostile and 35 warm rows in the six categories (warm rows may be practical)', () => {
    expect(holdouts.length).toBeGreaterThanOrEqual(1);
    for (const { file, rows } of holdouts) {
      expect(rows.filter((r) => r.label === 'F').length, file).toBeGreaterThanOrEqual(50);
      expect(rows.filter((r) => r.label === 'N').length, file).toBeGreaterThanOrEqual(35);
      for (const r of rows) {
        expect(['F', 'N'], `${file}:${r.line}`).toContain(r.label);
        // A warm row names the trap it sets, or `practical` (a plain request with no trap), or `none`
        // (holdout-s16's writer, who saw only GUIDANCE.md, did not name traps).
        const allowed: readonly string[] =
          r.label === 'N' ? [...CATEGORIES, 'practical', 'none'] : CATEGORIES;
        expect(allowed, `${file}:${r.line}`).toContain(r.category);
      }
    }
  });
  it('no duplicates, and nothing copied from dev.tsv or blind.tsv', () => {
    const seen = new Set([...readDev(), ...readBlind()].map((r) => r.text.trim().toLowerCase()));
    for (const { file, rows } of holdouts) {
      const texts = rows.map((r) => r.text.trim().toLowerCase());
      expect(texts.length, file).toBe(new Set(texts).size);
      expect(
        texts.filter((t) => seen.has(t)),
        file,
      ).toEqual([]);
    }
  });
});
