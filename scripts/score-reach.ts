/**
 * npx tsx scripts/score-reach.ts [--external-cv] [--max-chars=N] [--thresholds=a,b,…]
 *
 * How far the scored detector (lib/tone/score.ts, trained by scripts/train-score.ts on our own files)
 * reaches beyond them, at several thresholds: per holdout, all holdouts pooled, blind.tsv and each
 * external development half, recall / false alarms of the rules alone and of rules + the model on the
 * sentences no rule touches (at most --max-chars characters, default 80 as lib/tone/model.ts).
 *
 * --external-cv  asks whether the external sets are learnable at all: each external file is split in
 *   two by a hash of the text; the model is trained on our files plus one half (hostile rows take the
 *   rules' category, or contempt) and measured on the other half, both ways. Measurement only: the
 *   shipped weights are never trained on external rows.
 */
import crypto from 'node:crypto';
import { analyze } from '../lib/tone/index';
import { SCORE_CLASSES } from '../lib/tone/score';
import { blindFile, isHostile, isWarm, type Row, readBlind, readExternal, readHoldouts } from './corpus';
import { type Ex, load, type Model, modelMax, ownFiles, train } from './train-score';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const MAX_CHARS = Number(opt('max-chars') ?? 80);
const TH = (opt('thresholds') ?? '0.7,0.8,0.88,0.93,0.96,0.98').split(',').map(Number);
const CHECK_SET = 'fresh-s9-a.tsv';

/** 1 when a rule flags `text`, else the model's best score over its sentences of MAX_CHARS or fewer. */
function reach(m: Model, text: string): number {
  return analyze(text).flagged ? 1 : modelMax(m, text, MAX_CHARS).hostile;
}

/** Counts: hostile, warm, then per threshold (rules alone first) hostile and warm flagged. */
function measure(m: Model, rows: readonly Row[]): number[] {
  const cuts = [2, ...TH];
  const out = new Array(2 + cuts.length * 2).fill(0);
  for (const r of rows) {
    const h = isHostile(r);
    if (!h && !isWarm(r)) continue;
    out[h ? 0 : 1]++;
    const p = reach(m, r.text);
    cuts.forEach((t, i) => {
      if (p >= t || (t === 2 && p === 1)) out[2 + i * 2 + (h ? 0 : 1)]++;
    });
  }
  return out;
}

function line(name: string, c: number[]): string {
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—');
  const [H = 0, W = 0] = c;
  const cell = (i: number) => `${pct(c[2 + i * 2] ?? 0, H)} / ${pct(c[3 + i * 2] ?? 0, W)}`;
  return `| ${name} | ${cell(0)} | ${TH.map((_, i) => cell(i + 1)).join(' | ')} |`;
}

const header = `| set | rules alone | ${TH.map((t) => `+ model ≥ ${t}`).join(' | ')} |\n|---|${'---|'.repeat(TH.length + 1)}`;
const own = ownFiles()
  .flatMap(load)
  .filter((e) => e.file !== CHECK_SET);

if (!args.includes('--external-cv')) {
  const m = train(own);
  console.log(`Recall / false alarms (%), the model trained on our ${own.length} rows.\n\n${header}`);
  const pool: number[][] = [];
  for (const { file, rows } of readHoldouts()) {
    const c = measure(m, rows);
    pool.push(c);
    console.log(line(file, c));
  }
  console.log(
    line(
      `all ${pool.length} holdouts pooled`,
      pool[0]?.map((_, i) => pool.reduce((s, c) => s + (c[i] ?? 0), 0)) ?? [],
    ),
  );
  console.log(line(blindFile.split('/').pop() ?? 'blind', measure(m, readBlind())));
  for (const { file, rows } of readExternal()) console.log(line(file, measure(m, rows)));
} else {
  const half = (t: string) => (crypto.createHash('md5').update(t).digest()[0] ?? 0) & 1;
  const ext = readExternal();
  for (const f of [0, 1]) {
    const learned: Ex[] = ext.flatMap(({ file, rows }) =>
      rows
        .filter((r) => half(r.text) === f && (isHostile(r) || isWarm(r)))
        .map((r) => {
          const cat = isHostile(r) ? (analyze(r.text).findings[0]?.category ?? 'contempt') : 'none';
          return { file, label: isHostile(r) ? 'F' : 'N', y: SCORE_CLASSES.indexOf(cat), text: r.text };
        }),
    );
    const m = train([...own, ...learned]);
    console.log(
      `\nTrained on our rows and external half ${f} (${learned.length} rows); measured on half ${1 - f}.\n\n${header}`,
    );
    for (const { file, rows } of ext)
      console.log(
        line(
          file,
          measure(
            m,
            rows.filter((r) => half(r.text) !== f),
          ),
        ),
      );
  }
}
