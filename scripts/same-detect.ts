/**
 * npx tsx scripts/same-detect.ts BASE/detect.js NEW/detect.js [--files N]: whether two builds of the
 * shipped detection bundle give the same result, for a build-only round ("output identical"). Loads
 * each bundle as the coach does (it registers `__softStartDetect`) in a context of its own, then runs
 * `detect` of both on every corpus text (tests/fixtures/corpus, ../shared/corpus dev and external,
 * held files too) with every option set of OPTION_SETS, and compares the JSON of the results. Prints
 * counts only, and for a difference in a file anyone may read its file and line: never a text (held
 * rows are run, never shown). Dev tool, never shipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { CHECK_SETS, corpusDir, HALF_HELD as HALF_HELD_SETS, repoRoot } from './corpus';

// The held sets (scripts/corpus.ts, where corpus-dump and detect-agrees read them too): their rows are
// run and counted, never shown.
const HALF_HELD = HALF_HELD_SETS.map((f) => (f.endsWith('.tsv') ? f : `${f}.tsv`));
if (HALF_HELD.length < 30 || CHECK_SETS.length < 3)
  throw new Error('same-detect: could not read the held sets');

type Detect = (text: string, options?: unknown) => unknown;

/** The bundle's `detect`, loaded in a fresh context with the globals a content script has. */
export function loadDetect(file: string): Detect {
  const context = vm.createContext({
    TextDecoder,
    TextEncoder,
    Intl,
    console,
    setTimeout,
    clearTimeout,
    queueMicrotask,
  });
  vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  const module = (context as { __softStartDetect?: { detect: Detect } }).__softStartDetect;
  if (!module) throw new Error(`${file}: no __softStartDetect registered`);
  return module.detect;
}

/** The sensitivities, with and without categories, custom and ignored phrases. */
export const OPTION_SETS: unknown[] = [
  undefined,
  { sensitivity: 'gentle' },
  { sensitivity: 'balanced' },
  { sensitivity: 'strict' },
  {
    sensitivity: 'strict',
    categories: ['contempt', 'heat', 'withdrawal'],
    customPhrases: [
      { phrase: 'whatever', category: 'withdrawal' },
      { phrase: 'as per my last email', category: 'talking-down', replacement: 'as I mentioned' },
    ],
    ignoredPhrases: ['seriously', 'you always'],
  },
  { sensitivity: 'balanced', categories: ['blame', 'absolutes', 'talking-down'], ignoredPhrases: ['never'] },
];

/** Every corpus text: file, line, text and whether the row is held (never shown). */
function texts(): Array<{ file: string; line: number; text: string; held: boolean }> {
  const out: Array<{ file: string; line: number; text: string; held: boolean }> = [];
  const files: Array<{ name: string; file: string; labelled: boolean }> = [];
  const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'corpus');
  for (const f of fs.readdirSync(fixtures).sort())
    if (f.endsWith('.tsv')) files.push({ name: f, file: path.join(fixtures, f), labelled: true });
  if (fs.existsSync(corpusDir)) {
    files.push({ name: 'dev.tsv', file: path.join(corpusDir, 'dev.tsv'), labelled: true });
    const ext = path.join(corpusDir, 'external');
    for (const f of fs.readdirSync(ext).sort())
      if (f.endsWith('.tsv')) files.push({ name: f, file: path.join(ext, f), labelled: false });
  }
  for (const src of files) {
    const wholeHeld = /^holdout-/.test(src.name) || src.name === 'blind.tsv' || CHECK_SETS.includes(src.name);
    // Held or not, by the file alone for the sets kept half: counts only either way.
    const halfHeld = HALF_HELD.includes(src.name);
    fs.readFileSync(src.file, 'utf8')
      .split(/\r?\n/)
      .forEach((l, i) => {
        if (!l.trim() || l.startsWith('#') || (i === 0 && !src.labelled)) return;
        const cells = l.split('\t');
        const text = src.labelled ? cells.slice(2).join('\t') : (cells[1] ?? '');
        out.push({ file: src.name, line: i + 1, text, held: wholeHeld || halfHeld });
      });
  }
  return out;
}

const main = (): void => {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: same-detect.ts BASE/detect.js NEW/detect.js');
  const [base, next] = [loadDetect(a), loadDetect(b)];
  let pairs = 0;
  let differ = 0;
  let held = 0;
  const limit = Number(process.env.LIMIT ?? Infinity);
  const rows = texts().slice(0, limit);
  for (const [k, row] of rows.entries()) {
    if (k > 0 && k % 2000 === 0)
      console.log(`${differ} of ${pairs} pairs differ so far (${k} of ${rows.length} texts)`);
    if (row.held) held++;
    for (const options of OPTION_SETS) {
      pairs++;
      const x = JSON.stringify(base(row.text, options));
      const y = JSON.stringify(next(row.text, options));
      if (x !== y) {
        differ++;
        if (!row.held && differ <= 20) console.log(`differs: ${row.file}:${row.line}`);
      }
    }
  }
  console.log(`${differ} of ${pairs} pairs differ (${held} held texts run, never shown)`);
  process.exitCode = differ === 0 ? 0 : 1;
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
