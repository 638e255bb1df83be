// `npm test`: every check, in the order that fails fastest (two lanes side by side before the
// browser suites), with the time each step took. The summary prints whether the run passed or
// stopped at a failing step, and says what was skipped.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Before the browser suites, two lanes side by side. The checks (types, lint, unit tests) stream
// their output; the builds (which none of the checks read) print theirs, step by step, when the
// checks are done or a build fails. Each is mostly one busy core (tsc, one vitest worker, a
// wxt build's plugins): one after the other, they left the second core of a 2-core machine idle.
// A failing step stops its lane; the other lane finishes the step it is in and starts no other.
const lanes = [
  {
    output: 'inherit',
    steps: [
      ['types', 'npx', ['tsc', '--noEmit']],
      ['lint', 'npx', ['biome', 'check', '.']],
      ['unit', 'npx', ['vitest', 'run']],
    ],
  },
  {
    output: 'buffer',
    steps: [
      ['build (chrome)', 'npx', ['wxt', 'build']],
      ['build (firefox)', 'npm', ['run', '--silent', 'build:firefox']],
      ['web-ext lint (firefox)', 'npm', ['run', '--silent', 'lint:firefox']],
      ['build (e2e)', 'npm', ['run', '--silent', 'build:e2e']],
      ['build (playground)', 'npm', ['run', '--silent', 'build:playground']],
      ['build (e2e firefox)', 'npm', ['run', '--silent', 'build:e2e:firefox']],
    ],
  },
];

// The two browser suites run side by side, each serving the playground on its own port. On two
// cores they are mostly CPU-bound, so this saves about a minute (measured: Chromium 814 s beside
// Firefox 177 s, against 805 s + 71 s one after the other), not the whole Firefox suite. The
// Chromium suite's output streams; Firefox's is printed when it ends, so the two never interleave.
const chromiumPort = Number(process.env.PLAYGROUND_PORT ?? 4599);
const browserSuites = [
  ['e2e', 'npx', ['playwright', 'test'], chromiumPort, 'inherit'],
  [
    'e2e (firefox)',
    'npx',
    ['vitest', 'run', '--config', 'tests/e2e-firefox/vitest.config.ts'],
    chromiumPort + 1,
    'buffer',
  ],
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

/** Runs one command; resolves with its exit status, seconds and (when buffered) its output. */
function run(cmd, args, env, output) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, { env, stdio: output === 'inherit' ? 'inherit' : 'pipe' });
    const chunks = [];
    child.stdout?.on('data', (d) => chunks.push(d));
    child.stderr?.on('data', (d) => chunks.push(d));
    const done = (status) =>
      resolve({
        status,
        secs: ((Date.now() - t0) / 1000).toFixed(1),
        text: Buffer.concat(chunks).toString(),
      });
    child.on('error', (e) => {
      chunks.push(Buffer.from(String(e)));
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? signal));
  });
}

let stopped = '';
/** Runs a lane's steps one after another until one fails or another lane has failed. */
async function runLane({ output, steps }) {
  const results = [];
  for (const [name, cmd, args] of steps) {
    if (only.length && !only.some((o) => name.startsWith(o))) continue;
    if (stopped) break;
    console.log(
      `\n▶ ${name}: ${cmd} ${args.join(' ')}${output === 'inherit' ? '' : ' (output below, when it ends)'}`,
    );
    const r = await run(cmd, args, process.env, output);
    const result = { name, ...r };
    results.push(result);
    if (r.status !== 0) {
      stopped ||= `${name} (exit ${r.status})`;
      // A failing build shows its output at once.
      if (result.text) console.log(`\n── ${name} (failed) ──\n${result.text}`);
      result.printed = true;
      break;
    }
  }
  return results;
}

const laneResults = await Promise.all(lanes.map(runLane));
for (const results of laneResults)
  for (const r of results) if (r.text && !r.printed) console.log(`\n── ${r.name} ──\n${r.text}`);
// Step times in the order the steps are listed.
for (const results of laneResults)
  for (const r of results) times.push(`${r.status === 0 ? '✔' : '✖'} ${r.name} ${r.secs}s`);
if (stopped) {
  summary(false, stopped);
  process.exit(1);
}
/** Runs one suite, on its own port; resolves with its name, exit status, seconds and output. */
async function runSuite([name, cmd, args, port, output]) {
  return { name, ...(await run(cmd, args, { ...process.env, PLAYGROUND_PORT: String(port) }, output)) };
}

const suites = browserSuites.filter(([name]) => !only.length || only.some((o) => name.startsWith(o)));
if (suites.length) {
  console.log(`\n▶ ${suites.map(([n, c, a]) => `${n}: ${c} ${a.join(' ')}`).join('\n▶ ')}`);
  const results = await Promise.all(suites.map(runSuite));
  let failed = '';
  for (const r of results) {
    if (r.text) console.log(`\n── ${r.name} ──\n${r.text}`);
    const ok = r.status === 0;
    times.push(`${ok ? '✔' : '✖'} ${r.name} ${r.secs}s`);
    if (!ok) failed = [failed, `${r.name} (exit ${r.status})`].filter(Boolean).join(', ');
  }
  if (failed) {
    summary(false, failed);
    process.exit(1);
  }
}
summary(true);
