/**
 * npx tsx scripts/measure-set.ts FILE.tsv [--show]
 *
 * Recall and false alarms of one labelled file (label<TAB>categories<TAB>text) at balanced, for a
 * round's own or fresh set; --show lists the misses and the false alarms with their findings.
 */
import fs from 'node:fs';
import { analyze } from '../lib/tone/index';
import { parseLabelled } from './corpus';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npx tsx scripts/measure-set.ts FILE.tsv [--show]\n');
  process.exit(2);
}
if (/blind|holdout/.test(file)) {
  process.stderr.write('measure-set: the blind and holdout sets are measured by npm run eval only\n');
  process.exit(2);
}
const show = process.argv.includes('--show');
const rows = parseLabelled(fs.readFileSync(file, 'utf8'));
let tp = 0;
let pos = 0;
let fp = 0;
let neg = 0;
let right = 0;
for (const r of rows) {
  const a = analyze(r.text);
  if (r.label === 'F') {
    pos++;
    if (a.flagged) tp++;
    if (a.findings.some((f) => f.category === r.category)) right++;
    else if (show && a.flagged)
      console.log(`  cat  ${r.category}: ${r.text} [${a.findings.map((f) => f.category)}]`);
    if (show && !a.flagged) console.log(`  miss ${r.category}: ${r.text}`);
  } else if (r.label === 'N') {
    neg++;
    if (a.flagged) fp++;
    if (show && a.flagged) console.log(`  FA   ${r.text} [${a.findings.map((f) => f.rule)}]`);
  }
}
const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : 'n/a'}% (${n}/${d})`;
console.log(
  `${file}: recall ${pct(tp, pos)}, false alarms ${pct(fp, neg)}, category right ${pct(right, pos)}`,
);
