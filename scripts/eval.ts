/**
 * npm run eval [-- --show misses|fps] [--file NAME] [--sensitivity S]
 *
 * Runs the tone engine over ../shared/corpus/dev.tsv and every ../shared/corpus/external/*.tsv at
 * each sensitivity. Prints recall (flag rate on F / 1), false-positive rate (flag rate on N / 0),
 * the strict-only rows (S) and a per-category confusion table for dev.tsv.
 * Targets at balanced: dev recall ≥ 95% with no false positive; calm halves ≤ 5%; ParaDetox toxic ≥ 85%.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/tone/index';
import { CATEGORIES, type Category, SENSITIVITIES, type Sensitivity } from '../lib/tone/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

interface Row {
  label: string;
  category?: string;
  text: string;
}

function readDev(file: string): Row[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [label = '', category = '', ...rest] = l.split('\t');
      return { label, category, text: rest.join('\t') };
    });
}

function readExternal(file: string): Row[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const rows: Row[] = [];
  for (const [i, l] of lines.entries()) {
    if (i === 0 && l.startsWith('label')) continue;
    if (l.trim() === '') continue;
    const tab = l.indexOf('\t');
    if (tab < 0) continue;
    rows.push({ label: l.slice(0, tab), text: l.slice(tab + 1) });
  }
  return rows;
}

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const onlyFile = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
const onlySens = args.includes('--sensitivity')
  ? (args[args.indexOf('--sensitivity') + 1] as Sensitivity)
  : undefined;
const sensitivities = onlySens ? [onlySens] : SENSITIVITIES;

const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function evalFile(name: string, rows: Row[], isDev: boolean): void {
  console.log(`\n== ${name} (${rows.length} rows)`);
  const pos = isDev ? 'F' : '1';
  const neg = isDev ? 'N' : '0';
  for (const s of sensitivities) {
    let tp = 0;
    let np = 0;
    let fp = 0;
    let nn = 0;
    let sf = 0;
    let ns = 0;
    for (const r of rows) {
      const flagged = analyze(r.text, { sensitivity: s }).flagged;
      if (r.label === pos) {
        np++;
        if (flagged) tp++;
        else if (show === 'misses' && (!onlySens || onlySens === s)) console.log(`  miss[${s}]  ${r.text}`);
      } else if (r.label === neg) {
        nn++;
        if (flagged) {
          fp++;
          if (show === 'fps' && (!onlySens || onlySens === s)) {
            const a = analyze(r.text, { sensitivity: s });
            console.log(
              `  fp[${s}]  ${r.text.slice(0, 300)}\n        ${a.findings.map((f) => `${f.rule} «${r.text.slice(f.start, f.end)}»`).join(' | ')}`,
            );
          }
        }
      } else if (r.label === 'S') {
        ns++;
        if (flagged) sf++;
      }
    }
    let line = `  ${s.padEnd(9)} recall ${pct(tp, np)} (${tp}/${np})   false positives ${pct(fp, nn)} (${fp}/${nn})`;
    if (ns > 0) line += `   strict-only rows flagged ${pct(sf, ns)} (${sf}/${ns})`;
    console.log(line);
  }
  if (isDev) confusion(rows);
}

/** Expected category (rows) × the categories found, at each sensitivity. */
function confusion(rows: Row[]): void {
  for (const s of sensitivities) {
    const cols: Array<Category | 'none'> = [...CATEGORIES, 'none'];
    const table = new Map<string, Map<string, number>>();
    let right = 0;
    let labelled = 0;
    for (const r of rows) {
      if (!r.category || (r.label !== 'F' && r.label !== 'S')) continue;
      if (r.label === 'S' && s !== 'strict') continue;
      labelled++;
      const found = new Set(analyze(r.text, { sensitivity: s }).findings.map((f) => f.category));
      if (found.has(r.category as Category)) right++;
      const row = table.get(r.category) ?? new Map<string, number>();
      table.set(r.category, row);
      if (found.size === 0) row.set('none', (row.get('none') ?? 0) + 1);
      for (const c of found) row.set(c, (row.get(c) ?? 0) + 1);
    }
    console.log(
      `\n  per-category confusion at ${s} (rows: expected; columns: categories found; ${right}/${labelled} carry the expected category)`,
    );
    const abbrev = (c: string) => c.slice(0, 9).padStart(10);
    console.log(`  ${''.padEnd(13)}${cols.map(abbrev).join('')}`);
    for (const c of CATEGORIES) {
      const row = table.get(c);
      if (!row) continue;
      console.log(`  ${c.padEnd(13)}${cols.map((k) => String(row.get(k) ?? 0).padStart(10)).join('')}`);
    }
  }
}

const devFile = path.join(corpusDir, 'dev.tsv');
if (!onlyFile || onlyFile === 'dev.tsv') {
  if (fs.existsSync(devFile)) evalFile('dev.tsv', readDev(devFile), true);
  else console.log(`(no ${devFile})`);
}
const extDir = path.join(corpusDir, 'external');
if (fs.existsSync(extDir)) {
  for (const f of fs
    .readdirSync(extDir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    if (onlyFile && onlyFile !== f) continue;
    evalFile(`external/${f}`, readExternal(path.join(extDir, f)), false);
  }
}
