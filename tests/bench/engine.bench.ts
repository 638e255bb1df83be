/**
 * npm run bench — speed of the tone engine, measured against the corpora.
 *
 * Prints: median / p99 / mean µs per message over every corpus message (dev + external) at each
 * sensitivity; µs for 1,000- and 10,000-character documents; 100,000-character adversarial inputs
 * (median and worst of 5);
 * and, in the same run on the same sample, alex and obscenity alone, as ratios.
 * Targets: median ≤ 30 µs, p99 ≤ 300 µs, 10,000 chars ≤ 2 ms, ≥ 50× faster than alex.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { text as alexText } from 'alex';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { analyze } from '../../lib/tone/index';
import { SENSITIVITIES } from '../../lib/tone/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

function loadMessages(): string[] {
  const out: string[] = [];
  const dev = path.join(corpusDir, 'dev.tsv');
  if (fs.existsSync(dev)) {
    for (const l of fs.readFileSync(dev, 'utf8').split('\n')) {
      if (!l || l.startsWith('#')) continue;
      out.push(l.split('\t').slice(2).join('\t'));
    }
  }
  const ext = path.join(corpusDir, 'external');
  if (fs.existsSync(ext)) {
    for (const f of fs
      .readdirSync(ext)
      .filter((f) => f.endsWith('.tsv'))
      .sort()) {
      const lines = fs.readFileSync(path.join(ext, f), 'utf8').split('\n');
      for (const [i, l] of lines.entries()) {
        if ((i === 0 && l.startsWith('label')) || !l.includes('\t')) continue;
        out.push(l.slice(l.indexOf('\t') + 1));
      }
    }
  }
  return out;
}

function stats(us: number[]): { median: number; p99: number; mean: number; max: number } {
  const a = [...us].sort((x, y) => x - y);
  const at = (q: number) => a[Math.min(a.length - 1, Math.floor(q * a.length))] as number;
  return {
    median: at(0.5),
    p99: at(0.99),
    mean: a.reduce((s, x) => s + x, 0) / a.length,
    max: a[a.length - 1] as number,
  };
}

function timeEach(messages: readonly string[], fn: (t: string) => unknown): number[] {
  const us: number[] = [];
  for (const m of messages) {
    const s = performance.now();
    fn(m);
    us.push((performance.now() - s) * 1000);
  }
  return us;
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1)).padStart(7);

const messages = loadMessages();
console.log(
  `Soft Start tone engine benchmark — ${messages.length} corpus messages, node ${process.version}\n`,
);

// Warm up (JIT, lazily built tables).
for (let r = 0; r < 2; r++) for (const m of messages) analyze(m);

console.log('per message (µs)      median      p99     mean      max');
for (const s of SENSITIVITIES) {
  const runs: number[][] = [];
  for (let r = 0; r < 3; r++) runs.push(timeEach(messages, (t) => analyze(t, { sensitivity: s })));
  // Per message, the fastest of three runs (removes GC and scheduler noise).
  const best = (runs[0] as number[]).map((_, i) => Math.min(...runs.map((r) => r[i] as number)));
  const st = stats(best);
  console.log(`  ${s.padEnd(18)}${fmt(st.median)}  ${fmt(st.p99)}  ${fmt(st.mean)}  ${fmt(st.max)}`);
}

// Documents made of corpus messages.
console.log('\ndocuments (µs, median of 20 runs)');
for (const size of [1_000, 10_000]) {
  let doc = '';
  for (let i = 0; doc.length < size; i = (i + 7919) % messages.length) doc += `${messages[i]} `;
  doc = doc.slice(0, size);
  const times: number[] = [];
  for (let r = 0; r < 20; r++) {
    const s = performance.now();
    analyze(doc);
    times.push((performance.now() - s) * 1000);
  }
  const findings = analyze(doc).findings.length;
  console.log(
    `  ${String(size).padStart(6)} chars   ${fmt(stats(times).median)} µs   (${findings} findings)`,
  );
}

console.log('\nadversarial 100,000-character inputs (ms over 5 runs; target ≤ 50 each)   median    worst');
const adversarial: Record<string, string> = {
  '!': '!'.repeat(100_000),
  'you ': 'you '.repeat(25_000),
  capitals: 'WHY DID YOU '.repeat(8_334).slice(0, 100_000),
  emoji: '😡'.repeat(50_000),
  'one long word': 'a'.repeat(100_000),
  'you make me': 'you make me so angry when '.repeat(3_847).slice(0, 100_000),
  stretched: 'sooooo'.repeat(16_667).slice(0, 100_000),
  'masked swears': 'f***ing sh!t a$$ '.repeat(5_883).slice(0, 100_000),
  'lone surrogates': '\uD800x\uDC00 '.repeat(25_000),
  quotes: '\u201C'.repeat(100_000),
  RTL: 'שלום עולם '.repeat(10_000),
};
for (const [name, text] of Object.entries(adversarial)) {
  const ms: number[] = [];
  for (let r = 0; r < 5; r++) {
    const s = performance.now();
    analyze(text, { sensitivity: 'strict' });
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `  ${name.padEnd(18)}${(ms[2] as number).toFixed(1).padStart(8)} ms ${(ms[4] as number).toFixed(1).padStart(8)} ms`,
  );
}

// Same sample through alex and obscenity (alex is slow: a fixed, spread sample).
const sample: string[] = [];
for (let i = 0; i < messages.length; i += Math.max(1, Math.floor(messages.length / 600)))
  sample.push(messages[i] as string);
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
for (const m of sample.slice(0, 50)) {
  alexText(m);
  obscenity.hasMatch(m);
}
const ours = stats(timeEach(sample, (t) => analyze(t)));
const alex = stats(timeEach(sample, (t) => alexText(t)));
const obs = stats(timeEach(sample, (t) => obscenity.getAllMatches(t)));
console.log(`\nsame ${sample.length}-message sample (µs)   median      p99     mean`);
console.log(`  soft start (balanced)     ${fmt(ours.median)}  ${fmt(ours.p99)}  ${fmt(ours.mean)}`);
console.log(`  alex                      ${fmt(alex.median)}  ${fmt(alex.p99)}  ${fmt(alex.mean)}`);
console.log(`  obscenity alone           ${fmt(obs.median)}  ${fmt(obs.p99)}  ${fmt(obs.mean)}`);
console.log(
  `  ratios: alex / soft start = ${(alex.median / ours.median).toFixed(0)}× (median), ${(alex.mean / ours.mean).toFixed(0)}× (mean); obscenity / soft start = ${(obs.median / ours.median).toFixed(1)}× (median), ${(obs.mean / ours.mean).toFixed(1)}× (mean)`,
);
