/**
 * npx tsx scripts/corpus-dump.ts <command> …: every corpus text's analysis in one file, to see what a
 * change did (a rule round's new catches, a speed round's "nothing changed"). Dev tool, never shipped.
 *
 *   dump OUT.json [--detect]   analyse (or detect) every text of every corpus file: the rows anyone may
 *                              read go to OUT.json, the held ones to OUT.held.json (see HELD below)
 *   diff A.json B.json         every text whose findings or suggestions changed, tagged NEW-CATCH,
 *                              NEW-FALSE-ALARM, LOST-CATCH, CLEARED-WARM or changed; then the held rows
 *                              that changed, counted (from A.held.json and B.held.json when present)
 *   misses DUMP.json [--warm] [--file NAME]
 *                              hostile rows missed (with --warm: warm rows flagged)
 *   held A.json [B.json]       the held-back halves, check sets, holdouts and blind: caught and warm flagged, counts only
 *
 * Held rows, never written to OUT.json: holdout-*.tsv, blind.tsv, the check sets (CHECK_SETS), the second
 * half (by label, in file order) of the sets in HALF_HELD, and whole files named in EXCLUDE=a,b (a
 * round's own held-out files). Keys are "file<TAB>line".
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze, detect } from '../lib/tone/index';
import { CHECK_SETS, corpusDir, HALF_HELD, heldHalf, repoRoot } from './corpus';

export { CHECK_SETS, HALF_HELD } from './corpus';

type Entry = { l: string; t: string; f: unknown[][] };
type Dump = Record<string, Entry>;

const excluded = (process.env.EXCLUDE ?? '')
  .split(',')
  .filter(Boolean)
  .map((x) => (x.endsWith('.tsv') ? x : `${x}.tsv`));
const wholeHeld = (file: string): boolean =>
  /^holdout-/.test(file) || file === 'blind.tsv' || CHECK_SETS.includes(file) || excluded.includes(file);

function sources(): Array<{ name: string; file: string; kind: 'labelled' | 'external' | 'pairs' }> {
  const out: Array<{ name: string; file: string; kind: 'labelled' | 'external' | 'pairs' }> = [];
  const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'corpus');
  for (const f of fs.readdirSync(fixtures).sort())
    if (f.endsWith('.tsv')) out.push({ name: f, file: path.join(fixtures, f), kind: 'labelled' });
  if (!fs.existsSync(corpusDir)) return out;
  out.push({ name: 'dev.tsv', file: path.join(corpusDir, 'dev.tsv'), kind: 'labelled' });
  const ext = path.join(corpusDir, 'external');
  for (const f of fs.readdirSync(ext).sort())
    if (f.endsWith('.tsv')) out.push({ name: f, file: path.join(ext, f), kind: 'external' });
  out.push({ name: 'pairs', file: path.join(corpusDir, 'pairs', 'paradetox.tsv'), kind: 'pairs' });
  return out;
}

/** Where a dump's held rows go: X.json → X.held.json. */
const heldPath = (p: string): string => `${p.replace(/\.json$/, '')}.held.json`;

function dump(out: string, onlyDetect: boolean): void {
  const open: Dump = {};
  const held: Dump = {};
  for (const src of sources()) {
    const lines = fs.readFileSync(src.file, 'utf8').split(/\r?\n/);
    const rows: Array<{ key: string; e: Entry }> = [];
    lines.forEach((l, i) => {
      if (!l.trim() || l.startsWith('#') || (i === 0 && src.kind !== 'labelled')) return;
      const cells = l.split('\t');
      const label = src.kind === 'pairs' ? 'P' : (cells[0] ?? '');
      const text =
        src.kind === 'labelled' ? cells.slice(2).join('\t') : (cells[src.kind === 'pairs' ? 0 : 1] ?? '');
      const a = onlyDetect ? detect(text) : analyze(text);
      const f = a.findings.map((x) => {
        const row: unknown[] = [x.rule, x.category, x.start, x.end, x.severity];
        if (!onlyDetect) row.push(x.suggestions.map((s) => `${s.start}-${s.end}:${s.replacement}`));
        return row;
      });
      rows.push({ key: `${src.name}\t${i + 1}`, e: { l: label, t: text, f } });
    });
    const hide = new Set<string>();
    if (wholeHeld(src.name)) for (const r of rows) hide.add(r.key);
    else if (HALF_HELD.includes(src.name))
      for (const i of heldHalf(rows.map((r) => r.e.l))) hide.add((rows[i] as { key: string }).key);
    for (const r of rows) (hide.has(r.key) ? held : open)[r.key] = r.e;
  }
  fs.writeFileSync(out, JSON.stringify(open));
  fs.writeFileSync(heldPath(out), JSON.stringify(held));
  console.log(
    `${Object.keys(open).length} texts → ${out}; ${Object.keys(held).length} held texts → *.held.json`,
  );
}

const read = (p: string): Dump => (fs.existsSync(p) ? (JSON.parse(fs.readFileSync(p, 'utf8')) as Dump) : {});
const heldOf = (p: string): Dump => read(heldPath(p));
const hostile = (l: string): boolean => l === 'F' || l === '1' || l === 'S' || l === 'P';
const fileOf = (key: string): string => key.split('\t')[0] ?? '';

function diff(pa: string, pb: string): void {
  const [a, b] = [read(pa), read(pb)];
  const tally: Record<string, number> = {};
  for (const [k, y] of Object.entries(b)) {
    const x = a[k];
    if (!x || excluded.includes(fileOf(k)) || JSON.stringify(x.f) === JSON.stringify(y.f)) continue;
    const was = x.f.length > 0;
    const now = y.f.length > 0;
    let tag = 'changed';
    if (!was && now) tag = hostile(y.l) ? 'NEW-CATCH' : 'NEW-FALSE-ALARM';
    if (was && !now) tag = hostile(y.l) ? 'LOST-CATCH' : 'CLEARED-WARM';
    tally[tag] = (tally[tag] ?? 0) + 1;
    console.log(
      `${tag}\t${k}\t[${y.l}] ${y.t}\n   old: ${JSON.stringify(x.f)}\n   new: ${JSON.stringify(y.f)}`,
    );
  }
  const [ha, hb] = [heldOf(pa), heldOf(pb)];
  let heldChanged = 0;
  for (const [k, y] of Object.entries(hb))
    if (ha[k] && JSON.stringify(ha[k].f) !== JSON.stringify(y.f)) heldChanged++;
  console.log(`\nchanged: ${JSON.stringify(tally)}; held texts changed: ${heldChanged} (not shown)`);
}

function misses(p: string, warm: boolean, only: string | null): void {
  let n = 0;
  let total = 0;
  for (const [k, v] of Object.entries(read(p))) {
    if (excluded.includes(fileOf(k)) || (only && !fileOf(k).includes(only))) continue;
    if (v.l !== (warm ? 'N' : 'F')) continue;
    total++;
    if (warm ? v.f.length === 0 : v.f.length > 0) continue;
    n++;
    console.log(`${k}\t${v.t}${warm ? `\t${JSON.stringify(v.f.map((x) => x.slice(0, 4)))}` : ''}`);
  }
  console.log(`${n} of ${total} ${warm ? 'warm rows flagged' : 'hostile rows missed'}`);
}

function held(pa: string, pb?: string): void {
  const count = (d: Dump) => {
    const agg: Record<string, { F: number; caught: number; N: number; flagged: number }> = {};
    for (const [k, v] of Object.entries(d)) {
      const f = fileOf(k);
      if (!HALF_HELD.includes(f) && !CHECK_SETS.includes(f) && !/^holdout-|^blind/.test(f)) continue;
      agg[f] ??= { F: 0, caught: 0, N: 0, flagged: 0 };
      const r = agg[f];
      if (v.l === 'F') {
        r.F++;
        if (v.f.length) r.caught++;
      } else if (v.l === 'N') {
        r.N++;
        if (v.f.length) r.flagged++;
      }
    }
    return agg;
  };
  const [a, b] = [count(heldOf(pa)), pb ? count(heldOf(pb)) : null];
  for (const [f, r] of Object.entries(a).sort()) {
    const s = b?.[f];
    const then = s ? ` → ${s.caught}` : '';
    const thenWarm = s ? ` → ${s.flagged}` : '';
    console.log(
      `${f.padEnd(22)} caught ${r.caught}${then} of ${r.F}   warm flagged ${r.flagged}${thenWarm} of ${r.N}`,
    );
  }
}

const [cmd, x, y] = process.argv.slice(2);
const opt = (name: string): string | null => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? null) : null;
};
if (cmd === 'dump' && x) dump(x, process.argv.includes('--detect'));
else if (cmd === 'diff' && x && y) diff(x, y);
else if (cmd === 'misses' && x) misses(x, process.argv.includes('--warm'), opt('--file'));
else if (cmd === 'held' && x) held(x, y);
else {
  process.stderr.write(
    'usage: npx tsx scripts/corpus-dump.ts dump|diff|misses|held … (see the comment at its top)\n',
  );
  process.exit(2);
}
