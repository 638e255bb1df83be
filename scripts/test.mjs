// `npm test`: every check, in the order that fails fastest, with the time each step took.
import { spawnSync } from 'node:child_process';

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

const only = process.argv.slice(2);
const started = Date.now();
const times = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  times.push(`${name} ${secs}s`);
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed after ${secs}s (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
console.log(`\n✔ all checks passed in ${((Date.now() - started) / 1000).toFixed(1)}s (${times.join(', ')})`);
