// `npm test`: every check, in the order that fails fastest, with the time each step took. The
// summary prints whether the run passed or stopped at a failing step, and says what was skipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const steps = [
  ['types', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build (chrome)', 'npx', ['wxt', 'build']],
  ['build (firefox)', 'npm', ['run', '--silent', 'build:firefox']],
  ['web-ext lint (firefox)', 'npm', ['run', '--silent', 'lint:firefox']],
  ['build (e2e)', 'npm', ['run', '--silent', 'build:e2e']],
  ['build (playground)', 'npm', ['run', '--silent', 'build:playground']],
  ['e2e', 'npx', ['playwright', 'test']],
  ['build (e2e firefox)', 'npm', ['run', '--silent', 'build:e2e:firefox']],
  ['e2e (firefox)', 'npx', ['vitest', 'run', '--config', 'tests/e2e-firefox/vitest.config.ts']],
];

/** Tests that skip by design on this machine, and why (said in the summary, not only in the log). */
function skipNotes() {
  const notes = [];
  const corpus = path.resolve(ROOT, '../shared/corpus');
  if (!existsSync(corpus)) {
    notes.push(`unit: the corpus tests (tests/unit/tone/corpus.test.ts) skipped: no ${corpus}`);
  }
  return notes;
}

const only = process.argv.slice(2);
const started = Date.now();
const times = [];

function summary(ok, failed) {
  const total = ((Date.now() - started) / 1000).toFixed(1);
  console.log('\nStep times:');
  for (const line of times) console.log(`  ${line}`);
  for (const note of skipNotes()) console.log(`  note: ${note}`);
  if (ok) console.log(`\n✔ all checks passed in ${total}s`);
  else console.error(`\n✖ ${failed} failed; stopped after ${total}s`);
}

for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = r.status === 0;
  times.push(`${ok ? '✔' : '✖'} ${name} ${secs}s`);
  if (!ok) {
    summary(false, `${name} (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
summary(true);
