/**
 * npx tsx scripts/score-external.ts [--show N]
 *
 * Measures the scored detector on the external sets (evaluation only: never trained on): per set,
 * the calm rows the rules leave clean that the model would flag, at a range of thresholds, and the
 * hostile rows it would add. Reads the rows' kinds, never writes rules from them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../lib/tone/index';
import { score } from '../lib/tone/score';
import { sentenceRanges } from '../lib/tone/text';
import { externalDir, parseExternal } from './corpus';

const THRS = [0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998];
const show = Number(process.argv[process.argv.indexOf('--show') + 1] || 0);
for (const name of fs
  .readdirSync(externalDir)
  .filter((f) => f.endsWith('.tsv'))
  .sort()) {
  const rows = parseExternal(fs.readFileSync(path.join(externalDir, name), 'utf8'));
  const res = rows.map((r) => {
    const spans = analyze(r.text).findings;
    let best = 0;
    let bestText = '';
    for (const s of sentenceRanges(r.text)) {
      if (spans.some((f) => f.start < s.end && f.end > s.start)) continue;
      const piece = r.text.slice(s.start, s.end).trim();
      if (piece.length === 0 || piece.length > 400) continue;
      const h = score(piece).hostile;
      if (h > best) {
        best = h;
        bestText = piece;
      }
    }
    return { label: r.label, rule: spans.length > 0, best, bestText };
  });
  const calm = res.filter((r) => r.label === '0');
  const hot = res.filter((r) => r.label === '1');
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
  const line = THRS.map(
    (t) =>
      `${t}: FA ${pct(calm.filter((r) => r.rule || r.best >= t).length, calm.length)} R ${pct(hot.filter((r) => r.rule || r.best >= t).length, hot.length)}`,
  ).join(' | ');
  console.log(
    `${name} (rules: FA ${pct(calm.filter((r) => r.rule).length, calm.length)} R ${pct(hot.filter((r) => r.rule).length, hot.length)})\n  ${line}`,
  );
  if (show)
    for (const r of calm
      .filter((x) => !x.rule)
      .sort((a, b) => b.best - a.best)
      .slice(0, show))
      console.log(`    ${r.best.toFixed(4)}  ${r.bestText.slice(0, 140)}`);
}
