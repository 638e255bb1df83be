/**
 * npm run eval [-- options]   — how well the tone engine does, on data nobody tuned it to.
 *
 * Prints, at balanced unless said otherwise:
 * - our labelled sets side by side: ../shared/corpus/dev.tsv (development) and
 *   tests/fixtures/corpus/blind.tsv (blind: written before the rules, never read while writing them):
 *   recall, false alarms, category right, and the gap in points; recall per category;
 * - the external development halves (../shared/corpus/external/*.tsv) at each sensitivity, and the
 *   mean of recall − false alarms;
 * - the variation measure (scripts/variants.ts): meaning-preserving variants of dev.tsv and
 *   kinds-*.tsv rows, hostile still flagged / warm still clean, by kind (with dev.tsv only);
 * - the rewording measures (issue 9): every flagged message reworded with the first offer of every
 *   finding, then (1) re-analysed: none of its findings left and none added; (2) Harper, a local
 *   grammar checker: no lint the original did not have; (3) chrF against the human rewrites of
 *   ../shared/corpus/pairs/paradetox.tsv, beside two baselines (unchanged, flagged words deleted).
 *
 * Options:
 *   --markdown               the whole accuracy table as Markdown (for the README)
 *   --sample N [--seed S]    N random rewordings from the external sets, for a person to judge
 *   --show misses|fps|rewordings   list them (dev.tsv and external sets; never blind.tsv)
 *   --show-blind             also list blind.tsv misses and false alarms (for the blind set's author
 *                            only: never write a rule while looking at them)
 *   --file NAME              only this file (dev.tsv, blind.tsv or an external file name)
 *   --sensitivity S          only this sensitivity in the per-sensitivity lines
 *   --no-grammar             skip Harper (saves ~10 s)
 *   --scored                 analyse with `analyzeScored` (rules + the scored detector, lib/tone/scored.ts,
 *                            an experiment the extension does not call) instead of `analyze`
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Analysis, analyze } from '../lib/tone/index';
import { analyzeScored } from '../lib/tone/scored';
import { CATEGORIES, SENSITIVITIES, type Sensitivity } from '../lib/tone/types';
import { corpusChrf } from './chrf';
import {
  corpusDir,
  isHostile,
  isWarm,
  mulberry32,
  type Row,
  readBlind,
  readDev,
  readExternal,
  readHoldouts,
  readPairs,
  repoRoot,
} from './corpus';
import { createGrammarChecker } from './grammar';
import { checkRewording, deleteFlagged, REWORD_SOURCE, rewordByOffers, rewordMessage } from './reword';
import { measure as measureVariation, report as variationReport, variationRows } from './variants';

const started = performance.now();
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const show = opt('--show');
const showBlind = args.includes('--show-blind');
const onlyFile = opt('--file');
const onlySens = opt('--sensitivity') as Sensitivity | undefined;
const markdown = args.includes('--markdown');
const grammar = !args.includes('--no-grammar');
const analyzeWith = args.includes('--scored') ? analyzeScored : analyze;
const sampleN = args.includes('--sample') ? Number(opt('--sample') ?? 40) || 40 : 0;
const seed = Number(opt('--seed') ?? 1) || 1;
const sensitivities = onlySens ? [onlySens] : SENSITIVITIES;

const version = (
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version;
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
})();

const pct = (n: number, d: number, digits = 1) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(digits)}%`);
const ratio = (n: number, d: number) => (d === 0 ? Number.NaN : n / d);
const points = (a: number, b: number) =>
  Number.isNaN(a) || Number.isNaN(b) ? 'n/a' : (100 * (a - b)).toFixed(1);
const frac = (n: number, d: number) => `${pct(n, d)} (${n}/${d})`;

// ---------------------------------------------------------------------------------------------
// Analyses, computed once per text and sensitivity.
// ---------------------------------------------------------------------------------------------
const memo = new Map<Sensitivity, Map<string, Analysis>>();
function run(text: string, s: Sensitivity): Analysis {
  let m = memo.get(s);
  if (!m) {
    m = new Map();
    memo.set(s, m);
  }
  let a = m.get(text);
  if (!a) {
    a = analyzeWith(text, { sensitivity: s });
    m.set(text, a);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Labelled sets: recall, false alarms, category right.
// ---------------------------------------------------------------------------------------------
interface Scores {
  tp: number;
  pos: number;
  fp: number;
  neg: number;
  catRight: number;
  strictOnly: number;
  strictOnlyFlagged: number;
  perCategory: Map<string, { hit: number; right: number; n: number }>;
  /** N rows by the category whose trap they set (blind.tsv): flagged / rows. */
  trapCategory: Map<string, { flagged: number; n: number }>;
}

function score(rows: readonly Row[], s: Sensitivity): Scores {
  const sc: Scores = {
    tp: 0,
    pos: 0,
    fp: 0,
    neg: 0,
    catRight: 0,
    strictOnly: 0,
    strictOnlyFlagged: 0,
    perCategory: new Map(),
    trapCategory: new Map(),
  };
  for (const r of rows) {
    const a = run(r.text, s);
    if (isHostile(r)) {
      sc.pos++;
      if (a.flagged) sc.tp++;
      const right = a.findings.some((f) => f.category === r.category);
      if (right) sc.catRight++;
      if (r.category) {
        const c = sc.perCategory.get(r.category) ?? { hit: 0, right: 0, n: 0 };
        c.n++;
        if (a.flagged) c.hit++;
        if (right) c.right++;
        sc.perCategory.set(r.category, c);
      }
    } else if (isWarm(r)) {
      sc.neg++;
      if (a.flagged) sc.fp++;
      const t = sc.trapCategory.get(r.category || 'practical') ?? { flagged: 0, n: 0 };
      t.n++;
      if (a.flagged) t.flagged++;
      sc.trapCategory.set(r.category || 'practical', t);
    } else if (r.label === 'S') {
      sc.strictOnly++;
      if (run(r.text, 'strict').flagged && !run(r.text, 'balanced').flagged) sc.strictOnlyFlagged++;
    }
  }
  return sc;
}

function listProblems(name: string, rows: readonly Row[], s: Sensitivity, what: string | undefined): void {
  if (!what) return;
  for (const r of rows) {
    const a = run(r.text, s);
    if (what === 'misses' && isHostile(r) && !a.flagged) console.log(`  miss[${s}] ${name}  ${r.text}`);
    if (
      what === 'misses' &&
      isHostile(r) &&
      a.flagged &&
      r.category &&
      !a.findings.some((f) => f.category === r.category)
    )
      console.log(
        `  wrong category[${s}] ${name}  expected ${r.category}, found ${[...new Set(a.findings.map((f) => f.category))].join(', ')}  ${r.text}`,
      );
    if (what === 'fps' && isWarm(r) && a.flagged)
      console.log(
        `  fp[${s}] ${name}  ${r.text.slice(0, 300)}\n        ${a.findings.map((f) => `${f.rule} «${r.text.slice(f.start, f.end)}»`).join(' | ')}`,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Data.
// ---------------------------------------------------------------------------------------------
const want = (name: string) => !onlyFile || onlyFile === name;
const dev = want('dev.tsv') ? readDev() : [];
const blind = want('blind.tsv') ? readBlind() : [];
const external = readExternal().filter((e) => want(e.file));
const holdouts = readHoldouts().filter((h) => want(h.file));
const pairs = want('pairs') || !onlyFile ? readPairs() : [];
if (!fs.existsSync(corpusDir))
  console.log(`(${corpusDir} not found: dev.tsv, the external sets and the pairs are skipped)`);

// ---------------------------------------------------------------------------------------------
// --sample: random rewordings from the external sets, for a person to judge.
// ---------------------------------------------------------------------------------------------

/** The changed part of a long message with some context; short messages whole. */
function window(before: string, after: string, context = 100): [string, string] {
  if (before.length <= 2 * context + 80 && after.length <= 2 * context + 80) return [before, after];
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let q = 0;
  while (
    q < before.length - p &&
    q < after.length - p &&
    before[before.length - 1 - q] === after[after.length - 1 - q]
  )
    q++;
  const from = Math.max(0, p - context);
  const cut = (t: string) => {
    const to = Math.min(t.length, t.length - q + context);
    return `${from > 0 ? '…' : ''}${t.slice(from, to)}${to < t.length ? '…' : ''}`;
  };
  return [cut(before), cut(after)];
}

if (sampleN > 0) {
  const pool: Array<{ file: string; row: Row }> = [];
  for (const { file, rows } of external)
    for (const row of rows) if (run(row.text, 'balanced').flagged) pool.push({ file, row });
  const rnd = mulberry32(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
  }
  const picked = pool.slice(0, sampleN);
  console.log(
    `${picked.length} random rewordings (seed ${seed}, balanced, rewording: ${REWORD_SOURCE}) of ${pool.length} flagged messages in the external development sets.\nVerdict for each: send as is / awkward / broken.\n`,
  );
  for (const [i, { file, row }] of picked.entries()) {
    const a = run(row.text, 'balanced');
    const after = rewordMessage(row.text, 'balanced');
    const [b, w] = window(row.text, after);
    const cats = [...new Set(a.findings.map((f) => f.category))].join(', ');
    const whys = [...new Set(a.findings.map((f) => f.why))];
    console.log(
      `${String(i + 1).padStart(2)}. [${file.replace('.tsv', '')} · ${row.label === '1' ? 'hostile' : 'calm'}] ${cats}`,
    );
    console.log(`    before: ${b}`);
    console.log(`    after:  ${w}`);
    for (const y of whys) console.log(`    why:    ${y}`);
    console.log('');
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Our labelled sets, side by side.
// ---------------------------------------------------------------------------------------------
const devB = score(dev, 'balanced');
const blindB = score(blind, 'balanced');
const rec = (s: Scores) => ratio(s.tp, s.pos);
const fa = (s: Scores) => ratio(s.fp, s.neg);
const cat = (s: Scores) => ratio(s.catRight, s.pos);

const out: string[] = [];
const say = (line = '') => {
  if (!markdown) console.log(line);
};

say(
  `Soft Start ${version} (${commit}) — npm run eval — ${new Date().toISOString().slice(0, 10)}, node ${process.version}`,
);
say(
  `\n== our labelled sets at balanced      dev.tsv (${dev.length} rows)     blind.tsv (${blind.length} rows)   gap    target`,
);
const sideRow = (label: string, d: string, b: string, gap: string, target: string) =>
  say(`  ${label.padEnd(32)}${d.padEnd(22)}${b.padEnd(22)}${gap.padStart(5)}   ${target}`);
sideRow(
  'recall (F flagged)',
  frac(devB.tp, devB.pos),
  frac(blindB.tp, blindB.pos),
  points(rec(devB), rec(blindB)),
  '≥ 95%, gap ≤ 3',
);
sideRow(
  'false alarms (N flagged)',
  frac(devB.fp, devB.neg),
  frac(blindB.fp, blindB.neg),
  points(fa(blindB), fa(devB)),
  '≤ 3%, gap ≤ 3',
);
sideRow(
  'category right (F)',
  frac(devB.catRight, devB.pos),
  frac(blindB.catRight, blindB.pos),
  points(cat(devB), cat(blindB)),
  '≥ 90%, gap ≤ 3',
);
if (devB.strictOnly + blindB.strictOnly > 0)
  sideRow(
    'strict-only rows (S) strict only',
    frac(devB.strictOnlyFlagged, devB.strictOnly),
    frac(blindB.strictOnlyFlagged, blindB.strictOnly),
    '',
    '',
  );
say('\n  per category (F rows): flagged / with the expected category');
for (const c of CATEGORIES) {
  const d = devB.perCategory.get(c);
  const b = blindB.perCategory.get(c);
  const cell = (x?: { hit: number; right: number; n: number }) =>
    x ? `${x.hit}/${x.n} · ${x.right}/${x.n}` : '-';
  say(`    ${c.padEnd(30)}${cell(d).padEnd(22)}${cell(b)}`);
}
for (const h of holdouts) {
  const sc = score(h.rows, 'balanced');
  say(
    `  ${h.file} (a session's holdout): recall ${frac(sc.tp, sc.pos)}, false alarms ${frac(sc.fp, sc.neg)}, category right ${frac(sc.catRight, sc.pos)}`,
  );
}
// Every session's holdout pooled: one figure for text written by others before the changes it measures.
const pooled =
  holdouts.length > 1
    ? score(
        holdouts.flatMap((h) => h.rows),
        'balanced',
      )
    : null;
if (pooled)
  say(
    `  all ${holdouts.length} holdouts pooled: recall ${frac(pooled.tp, pooled.pos)}, false alarms ${frac(pooled.fp, pooled.neg)}, category right ${frac(pooled.catRight, pooled.pos)}`,
  );
if (blindB.trapCategory.size > 1) {
  say('  warm rows of blind.tsv by the trap they set: flagged / rows');
  for (const c of [...CATEGORIES, 'practical']) {
    const t = blindB.trapCategory.get(c);
    if (t) say(`    ${c.padEnd(30)}${''.padEnd(22)}${t.flagged}/${t.n}`);
  }
}
say('\n  each sensitivity: recall / false alarms');
for (const s of sensitivities) {
  const d = score(dev, s);
  const b = score(blind, s);
  say(
    `    ${s.padEnd(30)}${`${pct(d.tp, d.pos)} / ${pct(d.fp, d.neg)}`.padEnd(22)}${pct(b.tp, b.pos)} / ${pct(b.fp, b.neg)}`,
  );
}
for (const s of sensitivities) {
  listProblems('dev', dev, s, show);
  if (showBlind) listProblems('blind', blind, s, show ?? 'misses');
}
if (showBlind && !show) for (const s of sensitivities) listProblems('blind', blind, s, 'fps');

// ---------------------------------------------------------------------------------------------
// The metamorphic measure (scripts/variants.ts): meaning-preserving variants of the hostile rows
// the engine flags and the warm rows it leaves clean (dev.tsv and our kinds-*.tsv, never blind.tsv).
// ---------------------------------------------------------------------------------------------
if (want('dev.tsv')) {
  const v = measureVariation(variationRows(), (t) => run(t, 'balanced'));
  say(`\n== ${variationReport(v)}`);
}

// ---------------------------------------------------------------------------------------------
// External development halves.
// ---------------------------------------------------------------------------------------------
const TARGETS: Record<string, { recall?: number; fa?: number }> = {
  'paradetox.tsv': { recall: 88, fa: 4 },
  'goemotions.tsv': { recall: 50, fa: 5 },
  'politeness.tsv': { recall: 15, fa: 3 },
  'isarcasm.tsv': { fa: 5 },
  'counselchat.tsv': { fa: 4 },
};
const targetText = (file: string) => {
  const t = TARGETS[file];
  if (!t) return '';
  return [t.recall !== undefined ? `≥ ${t.recall}%` : '', t.fa !== undefined ? `≤ ${t.fa}%` : '']
    .filter(Boolean)
    .join(' / ');
};
const extBalanced: Array<{ file: string; sc: Scores }> = [];
if (external.length > 0)
  say(
    '\n== external development halves    recall (1 flagged)     false alarms (0 flagged)   target (balanced)',
  );
for (const { file, rows } of external) {
  say(`  ${file}`);
  for (const s of sensitivities) {
    const sc = score(rows, s);
    if (s === 'balanced') extBalanced.push({ file, sc });
    say(
      `    ${s.padEnd(28)}${(sc.pos ? frac(sc.tp, sc.pos) : 'n/a').padEnd(23)}${frac(sc.fp, sc.neg).padEnd(27)}${s === 'balanced' ? targetText(file) : ''}`,
    );
    listProblems(file, rows, s, show === 'misses' || show === 'fps' ? show : undefined);
  }
}
const withBoth = extBalanced.filter((e) => e.sc.pos > 0 && e.sc.neg > 0);
const meanGap = withBoth.length
  ? withBoth.reduce((sum, e) => sum + rec(e.sc) - fa(e.sc), 0) / withBoth.length
  : Number.NaN;
if (withBoth.length)
  say(
    `  mean recall − false alarms at balanced over ${withBoth.map((e) => e.file.replace('.tsv', '')).join(', ')}: ${meanGap.toFixed(2)}   (target ≥ 0.5)`,
  );

// ---------------------------------------------------------------------------------------------
// Rewording measures.
// ---------------------------------------------------------------------------------------------
interface Source {
  name: string;
  texts: string[];
  /** Failures of this source may be listed (never the blind set's). */
  listable: boolean;
}
const sources: Source[] = [
  { name: 'dev.tsv', texts: dev.map((r) => r.text), listable: true },
  { name: 'blind.tsv', texts: blind.map((r) => r.text), listable: false },
  ...external.map((e) => ({ name: e.file, texts: e.rows.map((r) => r.text), listable: true })),
];
interface Reworded {
  source: string;
  text: string;
  rewording: string;
  ok: boolean;
  kept: number;
  added: number;
  /** First offers only (never rewording what the rewording added): clean after re-analysis. */
  offersOk: boolean;
}
const reworded: Reworded[] = [];
const seen = new Set<string>();
for (const src of sources) {
  for (const text of src.texts) {
    if (seen.has(text) || !run(text, 'balanced').flagged) continue;
    seen.add(text);
    const c = checkRewording(text, 'balanced');
    const offersOk = REWORD_SOURCE === 'engine' ? checkRewording(text, 'balanced', rewordByOffers).ok : c.ok;
    reworded.push({
      offersOk,
      source: src.name,
      text,
      rewording: c.rewording,
      ok: c.ok,
      kept: c.kept.length,
      added: c.added.length,
    });
    if (show === 'rewordings' && src.listable && !c.ok)
      console.log(
        `  reworded[${src.name}] ${text.slice(0, 300)}\n        → ${c.rewording.slice(0, 300)}\n        ${[
          ...c.kept.map((f) => `kept ${f.rule} «${c.rewording.slice(f.start, f.end)}»`),
          ...c.added.map((f) => `added ${f.rule} «${c.rewording.slice(f.start, f.end)}»`),
        ].join(' | ')}`,
      );
  }
}
const okCount = reworded.filter((r) => r.ok).length;
const offersOkCount = reworded.filter((r) => r.offersOk).length;
const keptCount = reworded.filter((r) => r.kept > 0).length;
const addedCount = reworded.filter((r) => r.added > 0).length;
const unchangedCount = reworded.filter((r) => r.rewording === r.text).length;

let grammarOk = 0;
let grammarN = 0;
let grammarMs = 0;
const grammarKinds = new Map<string, number>();
if (grammar && reworded.length > 0) {
  const g0 = performance.now();
  const checker = await createGrammarChecker();
  for (const r of reworded) {
    if (r.rewording === r.text) continue;
    grammarN++;
    const problems = await checker.newProblems(r.text, r.rewording);
    for (const p of new Set(problems)) grammarKinds.set(p, (grammarKinds.get(p) ?? 0) + 1);
    if (problems.length === 0) grammarOk++;
    else if (show === 'rewordings' && sources.find((s) => s.name === r.source)?.listable)
      console.log(
        `  grammar[${r.source}] ${r.text.slice(0, 200)}\n        → ${r.rewording.slice(0, 200)}\n        ${problems.join(' | ')}`,
      );
  }
  grammarMs = performance.now() - g0;
}

let chrf: { ours: number; unchanged: number; deleted: number; n: number; flagged: number } | null = null;
if (pairs.length > 0) {
  const refs = pairs.map((p) => p.refs);
  const ours = pairs.map((p) =>
    run(p.toxic, 'balanced').flagged ? rewordMessage(p.toxic, 'balanced') : p.toxic,
  );
  const deleted = pairs.map((p) =>
    run(p.toxic, 'balanced').flagged ? deleteFlagged(p.toxic, 'balanced') : p.toxic,
  );
  chrf = {
    ours: corpusChrf(ours, refs),
    unchanged: corpusChrf(
      pairs.map((p) => p.toxic),
      refs,
    ),
    deleted: corpusChrf(deleted, refs),
    n: pairs.length,
    flagged: pairs.filter((p) => run(p.toxic, 'balanced').flagged).length,
  };
}

say(
  `\n== rewordings at balanced (${REWORD_SOURCE === 'engine' ? "lib/tone's rewrite()" : 'first suggestion of every finding, combined'})`,
);
say(
  `  flagged messages reworded (dev, blind, external; distinct)   ${reworded.length}   (left unchanged by the rewording: ${unchangedCount})`,
);
say(
  `  re-analysed: none of its findings left, none added           ${frac(okCount, reworded.length)}   target ≥ 98%`,
);
say(`    a finding kept ${keptCount} · a finding added ${addedCount}`);
if (REWORD_SOURCE === 'engine')
  say(
    `    first offers only (a finding the rewording adds is not reworded again): ${frac(offersOkCount, reworded.length)}`,
  );
for (const src of sources) {
  const mine = reworded.filter((r) => r.source === src.name);
  if (mine.length) say(`    ${src.name.padEnd(18)}${frac(mine.filter((r) => r.ok).length, mine.length)}`);
}
if (grammar)
  say(
    `  Harper finds no new grammar lint in the rewording             ${frac(grammarOk, grammarN)}   target ≥ 98%   (${(grammarMs / 1000).toFixed(1)} s)`,
  );
else say('  Harper: skipped (--no-grammar)');
for (const [k, n] of [...grammarKinds].sort((a, b) => b[1] - a[1]).slice(0, 6))
  say(`    ${String(n).padStart(4)} × ${k}`);
if (chrf) {
  say(
    `  chrF against the human rewrites of pairs/paradetox.tsv (${chrf.n} sentences, ${chrf.flagged} flagged; sacreBLEU chrF, n = 6, β = 2)`,
  );
  // Two decimals: the margin over deleting the flagged words is a few hundredths.
  const beats = chrf.ours > chrf.unchanged && chrf.ours > chrf.deleted;
  say(
    `    our rewording                     ${chrf.ours.toFixed(2)}   (must beat both baselines: ${beats ? 'it does' : 'it does not'})`,
  );
  say(`    baseline: toxic text unchanged    ${chrf.unchanged.toFixed(2)}`);
  say(`    baseline: flagged words deleted   ${chrf.deleted.toFixed(2)}`);
}
const seconds = (performance.now() - started) / 1000;
say(`\n(${seconds.toFixed(1)} s)`);

// ---------------------------------------------------------------------------------------------
// --markdown
// ---------------------------------------------------------------------------------------------
if (markdown) {
  const date = new Date().toISOString().slice(0, 10);
  const mark = (ok: boolean) => (ok ? '✅' : '❌');
  out.push(
    `Measured ${date} on Soft Start ${version} (commit ${commit}), Node ${process.version}, with \`npm run eval -- --markdown\` (${seconds.toFixed(0)} s, load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores). Balanced sensitivity.`,
    '',
    '| our labelled sets | recall | false alarms | category right |',
    '|---|---|---|---|',
    `| \`dev.tsv\` (shared, development) | ${frac(devB.tp, devB.pos)} | ${frac(devB.fp, devB.neg)} | ${frac(devB.catRight, devB.pos)} |`,
    `| \`blind.tsv\` (ours, written before the rules) | ${frac(blindB.tp, blindB.pos)} | ${frac(blindB.fp, blindB.neg)} | ${frac(blindB.catRight, blindB.pos)} |`,
    ...holdouts.map(({ file, rows }) => {
      const sc = score(rows, 'balanced');
      return `| \`${file}\` (a session's holdout, written before its changes) | ${frac(sc.tp, sc.pos)} | ${frac(sc.fp, sc.neg)} | ${frac(sc.catRight, sc.pos)} |`;
    }),
    ...(pooled
      ? [
          `| all ${holdouts.length} holdouts pooled | ${frac(pooled.tp, pooled.pos)} | ${frac(pooled.fp, pooled.neg)} | ${frac(pooled.catRight, pooled.pos)} |`,
        ]
      : []),
    `| gap dev − blind (points) | ${points(rec(devB), rec(blindB))} | ${points(fa(blindB), fa(devB))} | ${points(cat(devB), cat(blindB))} |`,
    '| target | ≥ 95%, gap ≤ 3 | ≤ 3%, gap ≤ 3 | ≥ 90%, gap ≤ 3 |',
    '',
    '| external development half | recall | false alarms | target |',
    '|---|---|---|---|',
    ...extBalanced.map(
      ({ file, sc }) =>
        `| ${file.replace('.tsv', '')} | ${sc.pos ? frac(sc.tp, sc.pos) : '—'} | ${frac(sc.fp, sc.neg)} | ${targetText(file)} |`,
    ),
    `| mean recall − false alarms | ${Number.isNaN(meanGap) ? 'n/a' : meanGap.toFixed(2)} | | ≥ 0.5 ${Number.isNaN(meanGap) ? '' : mark(meanGap >= 0.5)} |`,
    '',
    '| rewording measure | value | target |',
    '|---|---|---|',
    `| re-analysed, the rewording has none of its findings and adds none (${reworded.length} flagged messages) | ${frac(okCount, reworded.length)} | ≥ 98% ${mark(okCount >= 0.98 * reworded.length)} |`,
    ...(REWORD_SOURCE === 'engine'
      ? [
          `| the same with first offers only (a finding a rewording adds is not reworded again) | ${frac(offersOkCount, reworded.length)} | ≥ 98% ${mark(offersOkCount >= 0.98 * reworded.length)} |`,
        ]
      : []),
    grammar
      ? `| Harper finds no new grammar lint in the rewording | ${frac(grammarOk, grammarN)} | ≥ 98% ${mark(grammarOk >= 0.98 * grammarN)} |`
      : '| Harper | skipped | ≥ 98% |',
    chrf
      ? `| chrF vs human rewrites (ParaDetox pairs): ours / unchanged / flagged words deleted | ${chrf.ours.toFixed(2)} / ${chrf.unchanged.toFixed(2)} / ${chrf.deleted.toFixed(2)} | ours above both ${mark(chrf.ours > chrf.unchanged && chrf.ours > chrf.deleted)} |`
      : '| chrF | no pairs file | |',
  );
  console.log(out.join('\n'));
}
