/**
 * The one reader of the evaluation corpora, shared by `scripts/eval.ts`, `tests/bench/engine.bench.ts`
 * and `tests/unit/tone/helpers.ts`. Node only (fs); never imported by the extension.
 *
 * Formats:
 * - labelled (`../shared/corpus/dev.tsv`, `tests/fixtures/corpus/blind.tsv`): `label<TAB>category<TAB>text`,
 *   `#` comment lines; label F (must flag at balanced), N (must not), S (strict only).
 * - external (`../shared/corpus/external/*.tsv`): a `label<TAB>text` header, then `1` (hostile) or `0` (calm).
 * - pairs (`../shared/corpus/pairs/paradetox.tsv`): a `toxic<TAB>rewrite1<TAB>rewrite2<TAB>rewrite3` header,
 *   then a toxic sentence and one to three human rewrites (empty cells where there are fewer).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * `../shared/corpus` beside the repository; absent on a machine without the shared data.
 * `SOFT_START_CORPUS` points elsewhere (e.g. a missing folder, to check that tests skip cleanly).
 */
export const corpusDir = path.resolve(repoRoot, process.env.SOFT_START_CORPUS ?? '../shared/corpus');
export const devFile = path.join(corpusDir, 'dev.tsv');
export const externalDir = path.join(corpusDir, 'external');
export const pairsFile = path.join(corpusDir, 'pairs', 'paradetox.tsv');
/** Our own blind set, kept in the repository. */
export const blindFile = path.join(repoRoot, 'tests', 'fixtures', 'corpus', 'blind.tsv');

export interface Row {
  /** F / N / S in labelled files; 1 / 0 in external files. */
  label: string;
  /** Expected category on F and S rows of labelled files; '' elsewhere. */
  category: string;
  text: string;
  /** 1-based line in its file. */
  line: number;
}

export interface Pair {
  toxic: string;
  /** The non-empty human rewrites, one to three. */
  refs: string[];
}

/** Hostile: must be flagged (F, 1). */
export const isHostile = (r: Row): boolean => r.label === 'F' || r.label === '1';
/** Warm or calm: must pass clean (N, 0). */
export const isWarm = (r: Row): boolean => r.label === 'N' || r.label === '0';

function lines(tsv: string): string[] {
  return tsv.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** dev.tsv / blind.tsv text → rows (comments and blank lines skipped). */
export function parseLabelled(tsv: string): Row[] {
  const out: Row[] = [];
  for (const [i, l] of lines(tsv).entries()) {
    if (l.trim() === '' || l.startsWith('#')) continue;
    const [label = '', category = '', ...rest] = l.split('\t');
    out.push({ label: label.trim(), category: category.trim(), text: rest.join('\t'), line: i + 1 });
  }
  return out;
}

/** external/*.tsv text → rows (the `label<TAB>text` header and lines without a tab skipped). */
export function parseExternal(tsv: string): Row[] {
  const out: Row[] = [];
  for (const [i, l] of lines(tsv).entries()) {
    if (i === 0 && l.startsWith('label')) continue;
    const tab = l.indexOf('\t');
    if (tab < 0 || l.trim() === '') continue;
    out.push({ label: l.slice(0, tab).trim(), category: '', text: l.slice(tab + 1), line: i + 1 });
  }
  return out;
}

/** pairs/paradetox.tsv text → pairs (header skipped; rows without a toxic side or a rewrite skipped). */
export function parsePairs(tsv: string): Pair[] {
  const out: Pair[] = [];
  for (const [i, l] of lines(tsv).entries()) {
    if (i === 0 && l.startsWith('toxic')) continue;
    const [toxic = '', ...refs] = l.split('\t');
    const kept = refs.filter((r) => r.trim() !== '');
    if (toxic.trim() === '' || kept.length === 0) continue;
    out.push({ toxic, refs: kept });
  }
  return out;
}

const readIf = (file: string): string | null => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);

/** `../shared/corpus/dev.tsv`, or [] when the shared corpus is absent. */
export function readDev(): Row[] {
  const t = readIf(devFile);
  return t === null ? [] : parseLabelled(t);
}

/** `tests/fixtures/corpus/blind.tsv` (in the repository). */
export function readBlind(): Row[] {
  const t = readIf(blindFile);
  return t === null ? [] : parseLabelled(t);
}

/**
 * `tests/fixtures/corpus/holdout-*.tsv`: one set a session, written by its lead before that session's
 * engine changes and never read while writing rules; measured before and after, like blind.tsv.
 */
export function readHoldouts(): Array<{ file: string; rows: Row[] }> {
  const dir = path.dirname(blindFile);
  return fs
    .readdirSync(dir)
    .filter((f) => /^holdout-.*\.tsv$/.test(f))
    .sort()
    .map((file) => ({ file, rows: parseLabelled(fs.readFileSync(path.join(dir, file), 'utf8')) }));
}

/** Every `../shared/corpus/external/*.tsv`, sorted by name; [] when absent. */
export function readExternal(): Array<{ file: string; rows: Row[] }> {
  if (!fs.existsSync(externalDir)) return [];
  return fs
    .readdirSync(externalDir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((file) => ({ file, rows: parseExternal(fs.readFileSync(path.join(externalDir, file), 'utf8')) }));
}

/** `../shared/corpus/pairs/paradetox.tsv`; [] when absent. */
export function readPairs(): Pair[] {
  const t = readIf(pairsFile);
  return t === null ? [] : parsePairs(t);
}

const warned = new Set<string>();

/** True when `../shared/corpus` is there; otherwise say once, plainly, what will be skipped. */
export function sharedCorpusPresent(what = 'corpus tests'): boolean {
  if (fs.existsSync(corpusDir)) return true;
  if (!warned.has(what)) {
    warned.add(what);
    console.warn(
      `[soft start] ${corpusDir} not found: skipping ${what} (the shared corpus is not in this clone).`,
    );
  }
  return false;
}

/** Shuffles `a` in place with `rnd` (Fisher–Yates) and returns it. */
export function shuffle<T>(a: T[], rnd: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/**
 * The bench's mix (`npm run bench`, `scripts/bench-paired.ts`): one hostile message of `rows` for every
 * two calm ones, in a seeded random order; `hostile`: the hostile messages in it.
 */
export function benchMix(rows: readonly Row[], seed = 20261201): { mix: string[]; hostile: string[] } {
  const rnd = mulberry32(seed);
  const hostile = shuffle(
    rows.filter(isHostile).map((r) => r.text),
    rnd,
  );
  const calm = shuffle(
    rows.filter(isWarm).map((r) => r.text),
    rnd,
  );
  const nHostile = Math.min(hostile.length, Math.floor(calm.length / 2));
  const picked = hostile.slice(0, nHostile);
  return { mix: shuffle([...picked, ...calm.slice(0, 2 * nHostile)], rnd), hostile: picked };
}

/** A small seeded random generator (mulberry32): the same seed gives the same sequence everywhere. */
export function mulberry32(a: number): () => number {
  let t = a >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = t;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dev sets whose second half is kept from rule rounds: written by outsiders, read by nobody. */
export const HALF_HELD = [
  'devtrain-s30-m',
  'devtrain-s30-n',
  'devwarm-s30-a',
  'devtrain-s31-o',
  'devtrain-s31-p',
  'devwarm-s31-a',
  'devtrain-s32-q',
  'devtrain-s32-r',
  'devwarm-s32-a',
  'devtrain-s33-s',
  'devtrain-s33-t',
  'devwarm-s33-a',
  'devtrain-s34-u',
  'devtrain-s34-v',
  'devwarm-s34-a',
  'devtrain-s35-w',
  'devtrain-s35-x',
  'devwarm-s35-a',
  'devtrain-s36-y',
  'devtrain-s36-z',
  'devwarm-s36-a',
  'devtrain-s37-a',
  'devtrain-s37-b',
  'devwarm-s37-a',
  'devtrain-s38-a',
  'devtrain-s38-b',
  'devwarm-s38-a',
  'devtrain-s39-a',
  'devtrain-s39-b',
  'devwarm-s39-a',
  'devtrain-s40-a',
  'devtrain-s40-b',
  'devwarm-s40-a',
  'devtrain-s41-a',
  'devtrain-s41-b',
  'devwarm-s41-a',
  'devtrain-s42-a',
  'devtrain-s42-b',
  'devwarm-s42-a',
  'devtrain-s43-a',
  'devtrain-s43-b',
  'devwarm-s43-a',
  'devtrain-s44-a',
  'devtrain-s44-b',
  'devwarm-s44-a',
  'devtrain-s45-a',
  'devtrain-s45-b',
  'devwarm-s45-a',
].map((f) => `${f}.tsv`);
/** Warm check sets, kept whole from every round. */
export const CHECK_SETS = ['devwarm-s30-b.tsv', 'devwarm-s31-b.tsv', 'devwarm-s32-b.tsv'];

/**
 * Which rows of a `HALF_HELD` set are held (indices into its labelled rows, in file order): the
 * second half of each label's rows.
 */
export function heldHalf(labels: readonly string[]): Set<number> {
  const held = new Set<number>();
  for (const label of new Set(labels)) {
    const same = labels.flatMap((l, i) => (l === label ? [i] : []));
    for (const i of same.slice(Math.ceil(same.length / 2))) held.add(i);
  }
  return held;
}
