/**
 * npx tsx scripts/bench-paired.ts [--base REF] [--rounds N] [--detect] — is the working tree's engine
 * faster than REF's (default: main), on a busy machine?
 *
 * Wall-clock figures of `npm run bench` taken minutes apart varied 0.35–5.35× on the shared host, so
 * this compares in one process: the engine of REF (lib/ from `git archive`) and of the working tree,
 * each bundled with esbuild, plus a second copy of REF's bundle (A'), loaded as a module of its own,
 * so that its ratio to A shows what the noise alone does (the A/A). Each round times the same work
 * in all three, in a rotating order, as process CPU time (time lost waiting for a core is not
 * counted). Per set of messages it prints the median over rounds of B/A (the change) and A'/A (the
 * noise), with their interquartile ranges: a change is shown only where B/A is outside A'/A's range.
 * Sets: a third of the bench mix, its middle half (around the median message), its slowest 1.5%
 * (what p99 reads), and the bench's 10,000-character message.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { benchMix, readDev, readExternal, repoRoot } from './corpus';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
};
const baseRef = arg('--base', 'main');
const rounds = Number(arg('--rounds', '15'));
const useDetect = process.argv.includes('--detect');

// The two engines, bundled.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-paired-'));
const baseTree = path.join(dir, 'base');
fs.mkdirSync(baseTree);
execFileSync('sh', ['-c', 'git archive "$REF" lib | tar -x -C "$TREE"'], {
  cwd: repoRoot,
  env: { ...process.env, REF: baseRef, TREE: baseTree },
});
fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(baseTree, 'node_modules'));
const bundle = async (root: string, out: string) => {
  await build({
    entryPoints: [path.join(root, 'lib', 'tone', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'warning',
  });
};
await bundle(baseTree, path.join(dir, 'a.mjs'));
await bundle(repoRoot, path.join(dir, 'b.mjs'));
fs.copyFileSync(path.join(dir, 'a.mjs'), path.join(dir, 'a2.mjs'));
interface Engine {
  analyze(t: string): unknown;
  detect(t: string): unknown;
}
const engines: Engine[] = [];
for (const f of ['a.mjs', 'b.mjs', 'a2.mjs']) engines.push((await import(path.join(dir, f))) as Engine);
const fns = engines.map((e) => (t: string) => (useDetect ? e.detect(t) : e.analyze(t)));

// The bench's mix (tests/bench/engine.bench.ts) and its 10,000-character message.
const rows = [...readDev(), ...readExternal().flatMap((e) => e.rows)];
if (rows.length === 0) throw new Error('bench-paired: ../shared/corpus is needed');
const { mix } = benchMix(rows);
let doc = '';
for (let i = 0; doc.length < 10_000; i = (i + 7919) % mix.length) doc += `${mix[i]} `;
doc = doc.slice(0, 10_000);

// Warm up all three alike; order the messages by A's time (best of 3).
for (let r = 0; r < 2; r++) for (const m of mix) for (const f of fns) f(m);
const fa = fns[0] as (t: string) => unknown;
const tA = mix.map((m) => {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    const s = performance.now();
    fa(m);
    best = Math.min(best, performance.now() - s);
  }
  return best;
});
const order = mix.map((_, i) => i).sort((x, y) => (tA[y] as number) - (tA[x] as number));
const slow = order.slice(0, Math.ceil(mix.length * 0.015)).map((i) => mix[i] as string);
const middle = order
  .slice(Math.floor(mix.length * 0.25), Math.floor(mix.length * 0.75))
  .map((i) => mix[i] as string);
const third = mix.filter((_, i) => i % 3 === 0);
const sets: Record<string, (f: (t: string) => unknown) => void> = {
  'a third of the mix': (f) => {
    for (const m of third) f(m);
  },
  'middle half': (f) => {
    for (const m of middle) f(m);
  },
  'slowest 1.5% ×3': (f) => {
    for (let k = 0; k < 3; k++) for (const m of slow) f(m);
  },
  '10,000 characters ×10': (f) => {
    for (let k = 0; k < 10; k++) f(doc);
  },
};

const cpuMs = (run: () => void): number => {
  const s = process.cpuUsage();
  run();
  const d = process.cpuUsage(s);
  return (d.user + d.system) / 1000;
};
const quantile = (xs: readonly number[], q: number): number =>
  [...xs].sort((x, y) => x - y)[Math.floor(q * xs.length)] as number;
const orders = [
  [0, 1, 2],
  [1, 2, 0],
  [2, 0, 1],
  [0, 2, 1],
  [2, 1, 0],
  [1, 0, 2],
];
console.log(
  `A = ${baseRef}, B = working tree, A' = a second copy of A; ${useDetect ? 'detect' : 'analyze'}, ${rounds} rounds, load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`,
);
const range = (xs: number[]) =>
  `${quantile(xs, 0.5).toFixed(3)} (${quantile(xs, 0.25).toFixed(3)}–${quantile(xs, 0.75).toFixed(3)})`;
for (const [name, run] of Object.entries(sets)) {
  const b: number[] = [];
  const a2: number[] = [];
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = [0, 0, 0];
    for (const k of orders[r % orders.length] as number[])
      t[k] = cpuMs(() => run(fns[k] as (t: string) => unknown));
    b.push((t[1] as number) / (t[0] as number));
    a2.push((t[2] as number) / (t[0] as number));
    ms.push(t[0] as number);
  }
  console.log(
    `  ${name.padEnd(24)} B/A ${range(b)}   A'/A ${range(a2)}   A ${quantile(ms, 0.5).toFixed(0)} ms CPU`,
  );
}
fs.rmSync(dir, { recursive: true, force: true });
