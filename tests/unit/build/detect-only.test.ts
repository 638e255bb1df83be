import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { constants, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tone from '../../../lib/tone';
import { readDev, readExternal, repoRoot, sharedCorpusPresent } from '../../../scripts/corpus';
import {
  callsToHelpers,
  checkMangled,
  compactShapes,
  DETECT_MINIFY,
  DETECT_RESERVED,
  detectOnly,
  detectOnlySource,
  encodeDigits,
  functionsAsArrows,
  globalAliases,
  guardsAsParameters,
  hoistStrings,
  inlineAliases,
  internStrings,
  letsAsParameters,
  letsMerged,
  MANGLED_LIBRARY_PROPS,
  MANGLED_PROPS,
  markPure,
  mergeDeclarations,
  mergeSameFunctions,
  namesByUse,
  PACK_DIGITS,
  packBundle,
  packedName,
  packText,
  setsByWordSet,
  shapesAsHelpers,
  similarOrder,
  stripSuggest,
  thisAliases,
  undefinedName,
  unpackText,
  utf8Length,
  zlibDeflate,
  zopfliDeflate,
} from '../../../scripts/detect-only';
import { leanData } from '../../../scripts/lean-data';

const rulesDir = path.join(repoRoot, 'lib', 'tone', 'rules');

describe('stripSuggest', () => {
  it('strips every kind of suggest member and leaves the rest', () => {
    const src = [
      'const a = { id: "x", suggest: (doc, m) => [one(doc, m)], match: (c) => [] };',
      'const b = { suggest(ctx, m) { return [two(ctx, m)]; }, keep: 1 };',
      'const c = { suggest };',
      "const d = { 'suggest': three };",
      'class E { suggest(ctx, m) { return []; } other() { return suggestMore(); } }',
      'interface F { suggest(ctx: unknown): unknown[] }',
      'const suggestion = { label: "suggest" };',
    ].join('\n');
    const { code, stripped } = stripSuggest(src);
    expect(stripped).toBe(5);
    expect(code).not.toMatch(/one\(|two\(|three|return \[\]/);
    // Gone from object literals, with its comma; a field in a class.
    expect(code).toContain('const a = { id: "x", match: (c) => [] };');
    expect(code).toContain('const b = { keep: 1 };');
    expect(code).toContain('const c = {  };');
    expect(code).toContain('suggestMore()');
    expect(code).toContain('interface F { suggest(ctx: unknown): unknown[] }');
    expect(code).toContain('const suggestion = { label: "suggest" }');
    expect(code).toContain('class E { suggest = undefined; other()');
  });

  it('leaves every rule file valid TypeScript syntax, with something stripped from each that rewords', async () => {
    const ts = (await import('typescript')).default;
    for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(path.join(rulesDir, file), 'utf8');
      const { code, stripped } = stripSuggest(source, file);
      const out = ts.transpileModule(code, { reportDiagnostics: true, fileName: file });
      expect(out.diagnostics ?? [], file).toEqual([]);
      if (/\bsuggest\s*[:(]/.test(source) && file !== 'rule.ts') expect(stripped, file).toBeGreaterThan(0);
    }
  }, 120_000); // loads TypeScript and transpiles every rule file: ~3 s alone, 40 s seen on 2 busy cores
});

describe('compactShapes', () => {
  it('builds the same objects, values evaluated in the same order', () => {
    const src = [
      'const seen = [];',
      'const v = (x) => (seen.push(x), x);',
      'const list = [',
      "  { pattern: v('a b'), rule: v('r1'), severity: 2, min: 'balanced', why: 'w', guard: () => 1 },",
      "  { pattern: 'c', rule: 'r2', severity: 3, min: 'gentle', why: 'w', guard: (d) => d, extra: { pattern: 'x', rule: 'y', severity: 1, min: 'strict', why: 'z', guard: null } },",
      "  { pattern: 'e', rule: 'r3', severity: 1, min: 'strict', why: 'w', guard: undefined },",
      "  { pattern: 'f', rule: 'r4', severity: 1, min: 'strict', why: 'w', guard: undefined, ...{ more: 1 } },",
      '];',
      'let pattern, rule, severity, min, why, guard;',
      '({ pattern, rule, severity, min, why, guard } = list[0]);',
      '({ pattern: pattern, rule: rule, severity: severity, min: min, why: why, guard: guard } = list[2]);',
      'return { list, seen, last: [pattern, rule, severity, min, why, guard] };',
    ].join('\n');
    const { code, shapes } = compactShapes(src);
    expect(shapes).toBe(1);
    // Three uses (the second entry has one more member, so keeps its literal) and the function.
    expect(code.match(/__shape0\(/g)?.length).toBe(4);
    expect(code).toContain('...{ more: 1 } }'); // a spread keeps its literal
    expect(code).toContain('({ pattern: pattern, rule: rule'); // a destructuring target stays
    const run = (c: string) => new Function(c)() as { list: object[]; seen: string[]; last: unknown[] };
    const want = run(src);
    const got = run(code);
    expect(JSON.stringify(got.list)).toBe(JSON.stringify(want.list));
    expect(got.list.map((o) => Object.keys(o))).toEqual(want.list.map((o) => Object.keys(o)));
    expect(got.seen).toEqual(['a b', 'r1']);
    expect(got.last).toEqual(want.last);
  });

  it('reads a shorthand member as its name written out', () => {
    const src = [
      'const rule = `r`;',
      "const list = ['a', 'b', 'c'].map((pattern) => ({ pattern, rule, severity: 2, min: 'balanced', why: 'w' }));",
      "list.push({ pattern: 'd', rule, severity: 2, min: 'balanced', why: 'w' }, { pattern: 'e', rule: 'x', severity: 1, min: 'strict', why: 'v' });",
      'return list;',
    ].join('\n');
    const { code, shapes } = compactShapes(src);
    expect(shapes).toBeGreaterThan(0);
    expect(code).toMatch(/\(\(pattern\) => \(__shape\d\(pattern, rule, /);
    const run = (c: string) => new Function(c)() as object[];
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    expect(run(code).map((o) => Object.keys(o))).toEqual(run(src).map((o) => Object.keys(o)));
  });

  it('builds in the values most uses of a shape write the same', () => {
    const rows = Array.from(
      { length: 12 },
      (_, k) =>
        `  { pattern: 'p${k}', rule: 'r${k % 3}', severity: ${k === 5 ? 3 : 2}, min: ${k === 7 ? 'v' : "'balanced'"}, why: 'w', guard: () => ${k} },`,
    );
    const src = ['const v = 1;', 'return [', ...rows, '];'].join('\n');
    const { code } = compactShapes(src);
    expect(code).toMatch(
      /function __shape\d\(a0, a1, a5\) \{ return \{ pattern: a0, rule: a1, severity: 2, min: 'balanced', why: 'w', guard: a5 \}; \}/,
    );
    const run = (c: string) =>
      JSON.stringify(new Function(c)(), (_k, x) => (typeof x === 'function' ? x() : x));
    expect(run(code)).toBe(run(src));
    expect(code.length).toBeLessThan(src.length);
  });

  it('leaves every rule file valid TypeScript syntax', async () => {
    const ts = (await import('typescript')).default;
    for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.ts'))) {
      const { code } = detectOnlySource(readFileSync(path.join(rulesDir, file), 'utf8'), file);
      const out = ts.transpileModule(code, { reportDiagnostics: true, fileName: file });
      expect(out.diagnostics ?? [], file).toEqual([]);
    }
  }, 120_000);
});

describe('markPure', () => {
  it('marks the module-level word lists and sets a value builds, and nothing with a side effect', () => {
    const src = [
      "const A = wordSet('one two');",
      "export const B: ReadonlySet<string> = new Set('x y'.split(' ').map((w) => w.trim()));",
      "const C = sayInstead('Can we talk?') as Suggest;",
      "const D = new Map([['a', 1]]);",
      'const E = wordSet(next());', // a call of unknown effect in the arguments
      'const F = new Set(list.map((w) => seen.push(w)));', // a call inside a function passed
      'const G = new Set([i++]);', // an assignment
      "const H = register('x');", // not a known builder
      'const I = new Proxy({}, {});', // nor is this constructor
      'function f() { const J = wordSet("in a function"); return J; }',
      "addKnownWords(wordSet('a statement'));",
    ].join('\n');
    const { code, marked } = markPure(src);
    expect(marked).toBe(4);
    expect(code).toContain("const A = /* @__PURE__ */ wordSet('one two');");
    expect(code).toContain("B: ReadonlySet<string> = /* @__PURE__ */ new Set('x y'");
    expect(code).toContain("const C = /* @__PURE__ */ sayInstead('Can we talk?') as Suggest;");
    expect(code).toContain('const D = /* @__PURE__ */ new Map(');
    expect(code.match(/@__PURE__/g)).toHaveLength(4);
    expect(code.replace(/\/\* @__PURE__ \*\/ /g, '')).toBe(src);
  });

  it('leaves out of the detection bundle the word lists only rewording reads', async () => {
    const source = readFileSync(path.join(rulesDir, 'aimed.ts'), 'utf8');
    // FED_UP_WORDS is read by aimed.ts's rewording alone.
    expect(source).toMatch(/const FED_UP_WORDS: ReadonlySet<string> = wordSet\(/);
    expect(detectOnlySource(source, 'aimed.ts').code).toMatch(
      /const FED_UP_WORDS: ReadonlySet<string> = \/\* @__PURE__ \*\/ wordSet\(/,
    );
  });
});

describe('internStrings', () => {
  it('reads a repeated string from one constant where a value goes, and nowhere else', async () => {
    const src = [
      "'use strict';",
      "type Level = 'balanced' | 'strict';",
      "const table: Record<string, Level> = { 'balanced': 'balanced', strict: 'balanced', other: 'balanced' };",
      "const { 'balanced': first } = table;",
      "const level = (x: string): Level => (x === 'balanced' ? 'balanced' : 'strict');",
      "switch (level('balanced')) { case 'balanced': break; }",
      "const once = 'balanced-ish';",
      "return [table, first, level('no'), level('balanced'), once, table['balanced'], 'balanced'];",
    ].join('\n');
    const { code, strings } = internStrings(src);
    expect(strings).toBe(1);
    expect(code.startsWith('const __str0 = "balanced";\n')).toBe(true);
    expect(code).toContain("type Level = 'balanced' | 'strict';"); // a type stays
    expect(code).toContain("{ 'balanced': __str0, strict: __str0"); // an object key stays
    expect(code).toContain("const { 'balanced': first }"); // a destructured name stays
    expect(code).toContain("const once = 'balanced-ish';"); // a string used once stays
    const ts = (await import('typescript')).default;
    const run = (c: string) =>
      new Function(ts.transpileModule(c, {}).outputText.replace(/^export {};$/m, ''))();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    expect(code.length).toBeLessThan(src.length + 40);
  });
});

/** What packText writes: ASCII but NUL, line feed, carriage return, `"` and `\\` (PACK_DIGITS). */
const PACKED = new RegExp(`^[${PACK_DIGITS.replace(/[\\\]^-]/g, '\\$&')}]*$`);

describe('packStrings', () => {
  it('packText is undone by unpack, runs and long copies included', () => {
    const texts = [
      '~`"\' all of printable ASCII: ~ ` " \\ !#$%&()*+,-./0123456789:;<=>?@[]^_{|}',
      '',
      'you|u',
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      `why|y are|r you|u ${'so rude|mean '.repeat(40)} you|u always ${'x'.repeat(9000)} why|y are|r you|u`,
      Array.from({ length: 3000 }, (_, i) => `w${(i * 7919) % 1013}`).join(' '),
    ];
    for (const text of texts) {
      const packed = packText(text);
      expect(packed).toMatch(PACKED);
      expect(packed).not.toContain('\\');
      expect(packed).not.toContain('"');
      expect(unpackText(packed, text.length)).toBe(text);
    }
    expect(packText(texts[4] as string).length).toBeLessThan((texts[4] as string).length / 2);
    // Any well-formed text, as UTF-8: its length for unpack is its UTF-8 byte count.
    for (const text of [
      'caf\u00e9 na\u00efve',
      '\u2019\u2026 \u{1F602}|\u{1F923}',
      'x'.repeat(50) + '\u00ef'.repeat(50),
    ]) {
      const packed = packText(text);
      expect(packed).toMatch(PACKED);
      expect(utf8Length(text)).toBeGreaterThan(text.length);
      expect(unpackText(packed, utf8Length(text))).toBe(text);
    }
    expect(() => packText('a\ud800b')).toThrow();
  });

  it("packText by Zopfli (the build's) is undone by unpack, and smaller than zlib's", async () => {
    const deflate = await zopfliDeflate();
    const words = Array.from({ length: 4000 }, (_, i) => `w${(i * 7919) % 1013}${'aeiou'[i % 5]}`);
    const texts = ['', 'you|u', 'caf\u00e9 \u{1F602}', words.join(' '), [...words].sort().join('`')];
    for (const text of texts) {
      const packed = packText(text, deflate);
      expect(packed).toMatch(PACKED);
      expect(packed).not.toContain('\\');
      expect(packed).not.toContain('"');
      expect(unpackText(packed, utf8Length(text))).toBe(text);
    }
    for (const text of texts.slice(3))
      expect(packText(text, deflate).length).toBeLessThan(packText(text, zlibDeflate).length);
  }, 60_000);

  it('unpack inflates every kind of DEFLATE block: stored, fixed and dynamic Huffman codes', () => {
    // Seeded: the same texts every run.
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const text = (length: number, alphabet: string) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const options: ZlibOptions[] = [
      { level: 0 }, // stored blocks
      { level: 1 },
      { level: 9 },
      { level: 9, memLevel: 9 },
      { strategy: constants.Z_FIXED },
      { strategy: constants.Z_HUFFMAN_ONLY },
      { strategy: constants.Z_RLE },
    ];
    for (const [i, length] of [0, 1, 2, 7, 300, 5000, 70_000, 150_000].entries()) {
      const plain = text(length, ' you|u are|r so rude'.slice(0, 2 + (i % 19)));
      const printable = text(length, PACK_DIGITS);
      for (const t of [plain, printable, `${plain}${printable}${plain}`]) {
        for (const o of options) {
          const packed = encodeDigits(deflateRawSync(new TextEncoder().encode(t), o));
          expect(packed).toMatch(PACKED);
          expect(unpackText(packed, t.length)).toBe(t);
        }
      }
    }
  });

  it('reads the strings a bundle evaluates once from one packed string, and nothing else', () => {
    const body = [
      '"use strict";',
      "const table = { 'you|u are|r': `you|u are|r so|really rude`, b: 'you|u are|r so|really mean' };",
      "const say = (w) => (w === 'strict-ish' ? 'you|u are|r so|really kind' : 'other');",
      "const quoted = 'say \\u0041 you|u are|r so|really';",
      "const accented = 'naïve ’you|u are|r’ 😂';",
      'const tag = (s) => s.raw[0];',
      "const list = ['you|u are|r so|really rude', 'you|u are|r so|really nice', 'short', tag`tagged string`];",
      'function f() { return`you|u are|r so|really rude`; }',
      'const re = /\\byou|u are|r so rude\\//gi, bare = /\\bwhy|y are|r you\\b/, tiny = /ab/;',
      'const g = () => /\\binside a function\\b/.test(`inside a function`);',
      "const h = (s) => s.replace(/\\bglobal in a function\\b/g, 'x') + /\\bsticky in a function/y.test(s);",
      'class K { m(s) { return /\\bin a class method\\b/i.exec(s)?.[0] + /\\bin a class method\\b/i.source; } }',
      'const rx = [re.source, re.flags, re.test(`YOU ARE SO RUDE/`), re.lastIndex, String(bare), tiny.source, g(), g()];',
      'rx.push(h(`a global in a function`), new K().m(`IN A CLASS METHOD`));',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      "const parts = `head of a template ${table.b}: the middle part ${say('x')}${1}, the tail part`;",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      'const inside = (p) => `${p} inside a function`;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      'const kept = [tag`tagged ${parts} template`, `${parts}in${parts}`, inside(1)];',
      "switch (list[1]) { case'you|u are|r so|really nice': list.push(f()); }",
      'return [table, say(`strict-ish`), say(`x`), quoted, accented, list, rx, parts, kept];',
    ].join('\n');
    for (const wrap of [(b: string) => `var E=(function(){${b}})();`, (b: string) => b]) {
      const src = wrap(body);
      const { code, strings } = packBundle(src, true);
      // three in the tables (one twice more), the argument `strict-ish`, two patterns and the text
      // one of them is tried on, one written in characters beyond ASCII (UTF-8 in the packed string),
      // the pattern and flags of two regular expressions used in functions, and the two texts
      // those functions are given, and the three long parts of a template
      expect(strings).toBe(15);
      // A template's parts between its substitutions; not a tagged template's, not a short one, not
      // inside a function.
      expect(code).toContain('const parts = `${$z[');
      expect(code).toMatch(/\}\$\{\$z\[\d+\]\}\$\{say\('x'\)\}\$\{1\}\$\{\$z\[\d+\]\}`;/);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      expect(code).toContain('tag`tagged ${parts} template`');
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      expect(code).toContain('`${parts}in${parts}`');
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      expect(code).toContain('`${p} inside a function`');
      expect(code).toContain('const accented = $z[');
      // Patterns evaluated once; a short one stays.
      expect(code).toMatch(/re = \$r\(\d+,"gi"\), bare = \$r\(\d+\), tiny = \/ab\/;/);
      expect(code).toContain(',$r=(i,f)=>new RegExp($z[i],f),');
      // Inside a function, one that keeps no state (no g or y flag) is built once, on first use;
      // one that does stays a literal. Tested on one text, it is read with the test.
      expect(code).toMatch(/const g = \(\) => \$o\(\d+,`inside a function`\);/);
      expect(code).toContain(',$p=[],$q=i=>$p[i]||=');
      expect(code).toContain(',$o=(i,s)=>($p[i]||$q(i)).test(s)');
      expect(code).toContain('return $q(');
      expect(code).not.toContain('in a class method');
      expect(code).toContain('/\\bglobal in a function\\b/g');
      expect(code).toContain('/\\bsticky in a function/y');
      expect(code).toMatch(/"use strict";\s*const \$z=\(/);
      expect(code).toContain("{ 'you|u are|r': $z["); // an object key stays
      expect(code).toContain("'you|u are|r so|really kind'"); // a string inside a function stays
      expect(code).toContain("const quoted = 'say \\u0041 you|u are|r so|really';"); // one with an escape stays
      expect(code).toContain("'short'"); // a short one stays
      expect(code).toContain('tag`tagged string`'); // a tagged template stays
      expect(code).toContain('return`you|u are|r so|really rude`'); // inside a function
      expect(code).toContain('case $z['); // a space where the string was glued on
      const run = (c: string) => new Function(c.startsWith('var E') ? `${c};return E;` : c)();
      expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
      // Packed in code point order (texts alike side by side), whatever the order of use.
      const texts = [...code.matchAll(/\$z\[(\d+)\]/g)].map((m) => Number(m[1]));
      expect(Math.max(...texts)).toBe(strings - 1);
      // With one-letter names offered (DETECT_RESERVED) that no identifier of the bundle has:
      // the strings through the first, the regular expressions built on first use the second.
      const short = packBundle(src, true, DETECT_RESERVED).code;
      expect(short).toMatch(/const \$=\(\(p,s,N\)=>/);
      expect(short).toContain('const g = () => _(');
      expect(short).toContain('const accented = $[');
      expect(JSON.stringify(run(short))).toBe(JSON.stringify(run(src)));
      // A name an identifier has, in any scope, is not taken.
      const taken = packBundle(src.replace('const tag = (s)', 'const tag = (_)'), true, DETECT_RESERVED).code;
      expect(taken).toMatch(/const \$=\(/);
      expect(taken).not.toContain('_(');
      expect(taken).toContain('$q(');
      expect(taken).toContain('$o(');
    }
  });

  it('reads a regular expression tested in a function with its test, however short, and nothing else so', () => {
    const src = [
      'var E=(function(){',
      'const seen = [];',
      'const arg = (s) => (seen.push(s), s);',
      'const t = (s) => [/\\?/.test(s), /^(?:you|u)$/i.test(arg(s)), /ab/.test(s, 1), /cd/?.test(s), /ef/.test?.(s)];',
      'const u = (s) => [/gh/.exec(s), /ij/.source, /kl/g.test(s), /^mn/.test(...[s])];',
      'const v = (s) => /\\bop\\b/.test(s) && /\\bqr\\b/.test(/st/.test(s) ? `op` : s);',
      'const top = /uv/.test(`uv`);',
      'return [t(`?`), t(`U`), t(`ab cd ef`), u(`gh ij kl mn`), v(`op`), v(`st qr`), v(`x`), top, seen];',
      '})();',
    ].join('\n');
    const { code } = packBundle(src, true, DETECT_RESERVED);
    // Tested on one text, in a function: `_(i,text)`, any length.
    expect(code).toMatch(/\[_\(\d+,s\), _\(\d+,arg\(s\)\), \/ab\/\.test\(s, 1\)/);
    expect(code).toMatch(/_\(\d+,s\) && _\(\d+,_\(\d+,s\) \? `op` : s\)/);
    // Not so: two arguments, optional calls, a spread, a short one not tested, one with the g flag,
    // one evaluated once.
    for (const kept of [
      '/cd/?.test(s)',
      '/ef/.test?.(s)',
      '/gh/.exec(s)',
      '/ij/.source',
      '/kl/g.test(s)',
      '/^mn/.test(...[s])',
    ])
      expect(code).toContain(kept);
    expect(code).toContain('const top = /uv/.test(`uv`);');
    expect(code).toContain(',_=(i,s)=>($p[i]||$q(i)).test(s)');
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
  });

  it('reads an array of four strings or more evaluated once as one string split at its spaces', () => {
    const src = [
      'var E=(function(){',
      'const x = `x`;',
      'const words = [`you`, "are", `so`, `rude`, `honestly`];',
      'const kept = [[`a`, `b`, `c`], [`a b`, `c`, `d`, `e`], [``, `c`, `d`, `e`], [x, `c`, `d`, `e`],',
      '  [...words, `c`, `d`, `e`], [`a\\u0041`, `c`, `d`, `e`]];',
      'const inside = () => [`one`, `two`, `three`, `four`];',
      'words.push(`more`);',
      'return [words, kept, inside(), inside() !== inside()];',
      '})();',
    ].join('\n');
    const { code } = packBundle(src, true);
    expect(code).toMatch(/const words = \$z\[\d+\]\.split\(" "\);/);
    // Fewer than four, one with a space, an empty one, a name, a spread, an escape, in a function.
    for (const kept of ['[`a`, `b`, `c`]', '`a b`', '[``, `c`', '[x, `c`', '[...words, `c`', '`a\\u0041`'])
      expect(code).toContain(kept);
    expect(code).toContain('const inside = () => [`one`, `two`, `three`, `four`];');
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    expect(run(code)[0]).toEqual(['you', 'are', 'so', 'rude', 'honestly', 'more']);
  });

  it('unpacks texts in code point order to the same strings', () => {
    const texts = ['zebra crossing', 'apple pie', 'Zulu time', 'naïve café', '😂 laughing', 'apple tart'];
    const src = `var E=(function(){return [${texts.map((t) => JSON.stringify(t)).join(',')}];})();`;
    const { code } = packBundle(src, true);
    const sorted = [...texts].sort();
    for (const t of texts) expect(code).toContain(`$z[${sorted.indexOf(t)}]`);
    expect(sorted[0]).toBe('Zulu time');
    expect(new Function(`${code};return E;`)()).toEqual(texts);
  });

  it('reads a property read often through a short function (`$O(a)`), and never one written, called or deleted', () => {
    const src = [
      'var E=(function(){',
      'const o={ownerDocument:1,get viewOfIt(){return this.ownerDocument+1},twice:0};',
      'const r=[`a text packed, evaluated once`];',
      ...Array.from({ length: 6 }, (_, i) => `r.push(o.ownerDocument+${i},o.viewOfIt,(o).ownerDocument);`),
      // Written, updated, deleted, called, a tag, a destructuring target, optional, with `.call`:
      // as they are.
      'o.ownerDocument=5;o.ownerDocument++;o.ownerDocument+=1;[o.ownerDocument]=[8];',
      'const f={ownerDocument(){return this===f}};r.push(f.ownerDocument(),f.ownerDocument.call(f));',
      'const tag={ownerDocument(s){return this===tag&&s[0]}};r.push(tag.ownerDocument`x`);',
      'r.push(o?.ownerDocument,o.ownerDocument?.toFixed(0),delete o.ownerDocument,o.ownerDocument);',
      'return r;',
      '})();',
    ].join('\n');
    const { code } = packBundle(src, true, DETECT_RESERVED, zlibDeflate, true);
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    const short = /,(\$\w+)=e=>e\.ownerDocument[,;]/.exec(code)?.[1] as string;
    expect(short).toBeDefined();
    expect(code).toContain(`r.push(${short}(o)+0,`);
    // Read, then an optional chain on the value read: read through it too.
    expect(code).toContain(`${short}(o)?.toFixed(0)`);
    // A getter is read on the same object (its `this`).
    expect(code).toMatch(/,\$\w+=e=>e\.viewOfIt[,;]/);
    for (const kept of [
      'o.ownerDocument=5;o.ownerDocument++;o.ownerDocument+=1;[o.ownerDocument]=[8];',
      'f.ownerDocument(),f.ownerDocument.call(f)',
      'tag.ownerDocument`x`',
      'o?.ownerDocument,',
      'delete o.ownerDocument,',
    ])
      expect(code).toContain(kept);
  });

  it('reads the texts no regular expression is built from by short names (`named`), to the same values', () => {
    const many = Array.from({ length: 70 }, (_, i) => `a text of its own, number ${i}`);
    const src = [
      'var E=(function(){',
      `const many = [${many.map((t) => JSON.stringify(t)).join(',')}];`,
      // Not all plain data (`many.length`): the array is no JSON text, its strings are read each.
      'const often = [`read three times`, `read three times`, `read three times`, many.length];',
      'const re = /\\bonce at the top\\b/gi;',
      'const g = (s) => /\\bin a function, tested\\b/.test(s);',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      'const t = `head of a template ${many.length} and its tail part`;',
      'const words = [`split`, `into`, `its`, `words`];',
      "switch (many[1]) { case'a text of its own, number 1': many.push(`matched`); }",
      'return [many, often, re.source, re.flags, g(`in a function, tested`), t, words];',
      '})();',
    ].join('\n');
    const { code } = packBundle(src, true, DETECT_RESERVED, zlibDeflate, true);
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    // Regular expressions by their (short) index, the rest by name; the texts read more than once,
    // one letter.
    // A pattern evaluated once is read with its flags (`pattern/flags`).
    expect(code).toMatch(/const re = \$\w\(\d\);/);
    expect(code).toMatch(/const g = \(s\) => _\(\d,s\);/);
    expect(code).toMatch(/const often = \[\$\.(\w), \$\.\1, \$\.\1, many\.length\];/);
    expect(code).toMatch(/case \$\.\w:/);
    expect(code).toMatch(/const words = \$\.\w+\.split\(" "\);/);
    expect(code).not.toMatch(/\$\[\d+\](?!\|\|)/);
    // Names: one character, then two, never twice the same nor a number.
    const names = Array.from({ length: 5000 }, (_, k) => packedName(k));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Za-z_$][\w$]*$/);
    expect(names.filter((n) => n.length === 1)).toHaveLength(54);
    expect(names.filter((n) => n.length === 2)).toHaveLength(54 * 64);
  });
});

describe('packBundle, patterns by name', () => {
  it('reads many tests and patterns evaluated once by name, to the same values', () => {
    const src = [
      'var E=(function(){',
      ...Array.from({ length: 45 }, (_, i) => `const t${i} = (s) => /\\bword${i}\\b/i.test(s);`),
      ...Array.from({ length: 25 }, (_, i) => `const r${i} = /\\bonce at the top ${i}\\b/i;`),
      'const twice = [/\\bglobal twice at the top\\b/g, /\\bglobal twice at the top\\b/g];',
      'const memo = (s) => s.replace(/\\bin a function, not tested\\b/, `x`);',
      'return [',
      ...Array.from({ length: 45 }, (_, i) => `  t${i}(\`WORD${i}\`), t${i}(\`word\`),`),
      ...Array.from(
        { length: 25 },
        (_, i) => `  r${i}.source, r${i}.flags, r${i}.test(\`once at the top ${i}\`),`,
      ),
      '  twice[0] !== twice[1], memo(`in a function, not tested`),',
      '];',
      '})();',
    ].join('\n');
    const { code } = packBundle(src, true, DETECT_RESERVED, zlibDeflate, true);
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    expect(code).toMatch(/const t0 = \(s\) => _\.[\w$]+\(s\);/);
    expect(code).toMatch(/const r0 = _\.[\w$]+;/);
    // Two built from one text with the g flag: each its own, as before.
    expect(code).toMatch(/const twice = \[\$\w\(\d+\), \$\w\(\d+\)\];/);
    expect(code).toMatch(/s\.replace\(\$\w\(\d+\), `x`\)/);
  });

  it('declares a pattern evaluated once and only ever tested as its test, and nothing else so', () => {
    const src = [
      'var E=(function(){',
      ...Array.from({ length: 45 }, (_, i) => `const t${i} = (s) => /\\bword${i}\\b/i.test(s);`),
      'const only = /\\bonly ever tested\\b/i, also = /\\btested and read\\b/i;',
      'const global = /\\btested with the g flag\\b/g;',
      'let shadowed = /\\bits name bound twice\\b/;',
      'const chained = /\\btested in an optional chain\\b/;',
      'const f = (s) => { let shadowed = /x/; return shadowed.test(s); };',
      'return [',
      ...Array.from({ length: 45 }, (_, i) => `  t${i}(\`WORD${i}\`),`),
      '  only.test(`only ever tested`), only.test(`no`), [`a only ever tested`].map((s) => only.test(s)),',
      '  also.test(`tested and read`), also.source,',
      '  global.test(`tested with the g flag`), global.lastIndex, global.test(`tested with the g flag`),',
      '  shadowed.test(`its name bound twice`), f(`x`), chained?.test(`tested in an optional chain`),',
      '];',
      '})();',
    ].join('\n');
    const { code } = packBundle(src, true, DETECT_RESERVED, zlibDeflate, true);
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    // Its test by name, each `only.test(s)` a call of it.
    expect(code).toMatch(/const only = _\.[\w$]+, also = _\.[\w$]+;/);
    expect(code).not.toContain('only.test');
    expect(code).toContain('only(`no`)');
    expect(code).toContain('.map((s) => only(s))');
    // Read otherwise, with the g flag, its name bound twice or tested in an optional chain: as it was.
    expect(code).toMatch(/also\.test\([^)]*\), also\.source/);
    expect(code).toMatch(/global\.test\([^)]*\), global\.lastIndex/);
    expect(code).toContain('shadowed.test(');
    expect(code).toContain('chained?.test(');
    expect(run(code)[46]).toBe(false);
  });
});

describe('similarOrder', () => {
  it('puts each text before the one left most alike, a permutation of them all', () => {
    const texts = [
      'apple pie',
      'quartz',
      'zebra crossing',
      'apple pies',
      'quartzite',
      'zebra crossings',
      'x',
    ];
    const out = similarOrder(texts);
    expect([...out].sort()).toEqual([...texts].sort());
    expect(out).toEqual([
      'apple pie',
      'apple pies',
      'quartz',
      'quartzite',
      'zebra crossing',
      'zebra crossings',
      'x',
    ]);
  });

  it('packs a bundle of many texts to the same values, the texts read most often by one-character names', () => {
    const words = ['morning', 'evening', 'weekend', 'holiday', 'birthday', 'meeting', 'dinner', 'party'];
    const src = [
      'var E=(function(){',
      ...Array.from({ length: 80 }, (_, i) => `const t${i} = (s) => /\\b${words[i % 8]} ${i}\\b/i.test(s);`),
      ...Array.from({ length: 70 }, (_, i) => `const w${i} = \`every ${words[(i * 3) % 8]} of ${i}\`;`),
      'const often = [`read at three places`, `read at three places`, `read at three places`, w0.length];',
      'return [',
      ...Array.from({ length: 80 }, (_, i) => `  t${i}(\`${words[i % 8]} ${i}\`), t${i}(\`x\`),`),
      ...Array.from({ length: 70 }, (_, i) => `  w${i},`),
      '  often,',
      '];',
      '})();',
    ].join('\n');
    const { code } = packBundle(src, true, DETECT_RESERVED, zlibDeflate, true);
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    // The text read at three places has a one-character name.
    expect(code).toMatch(/const often = \[\$\.([\w$]), \$\.\1, \$\.\1, w0\.length\]/);
  });
});

describe('mergeSameFunctions', () => {
  it('declares once a function written the same way twice in the same scope', () => {
    const src = [
      'var E=(function(){',
      'let o=1;',
      'function a(e,t){return{p:e,q:t}}',
      'function b(e,t){return{p:e,q:t}}',
      'function c(e,t){return{p:e,q:t}}',
      'function d(e){return e+o}',
      'function f(e){return e+o}',
      'function g(e){let t=e*2;return t}',
      'function h(e){let t=e*2;return t}',
      'const x=[a(1,2),b(3,4),c(5,6),d(1),f(2),g(3)];',
      'const y=(a)=>h(a);',
      'const z={b};',
      'function k(e){return[e]}',
      'function m(e){return[e]}',
      'return [x,y(4),z.b(7,8),k(1),m===k];',
      '})();',
    ].join('\n');
    const { code, merged } = mergeSameFunctions(src);
    // c calls a, h calls g, f calls d (both read the same `o`); b is also read as a shorthand
    // member, m compared.
    expect(merged).toBe(3);
    expect(code).not.toContain('function c(');
    expect(code).not.toContain('function h(');
    expect(code).not.toContain('function f(');
    for (const kept of ['function b(', 'function d(', 'function m(']) expect(code).toContain(kept);
    expect(code).toContain('const x=[a(1,2),b(3,4),a(5,6),d(1),d(2),');
    expect(code).toContain('const y=(a)=>g(a);');
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    // Where the kept function's name means something else, both stay.
    const hidden = src.replace('const y=(a)=>h(a);', 'const y=(g)=>h(g);');
    const out = mergeSameFunctions(hidden);
    expect(out.code).toContain('function h(');
    expect(JSON.stringify(run(out.code))).toBe(JSON.stringify(run(hidden)));
  });
});

describe('functionsAsArrows', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it('writes the functions an arrow cannot be told from as arrows, made before any statement runs', () => {
    const src = [
      'var E=(function(){',
      // Called before the declarations: they are made when the function is entered.
      'let early=[a(1),b(2,3),k([4])];',
      'function a(e){return{v:e}}',
      'function b(e,t){let n=e+t;return n*2}',
      'function c(e=1,...t){return e,t.length}',
      'async function d(e){return await e}',
      'function f(e){function g(t){return t+e}return g(2)}',
      'function h(){}',
      'function k(e){return e.map(t=>t*2)}',
      // Left as they are: `this`, `arguments`, `new`, `instanceof`, `prototype`, assigned, a
      // generator, a directive, a function declared in a block inside.
      'function m(){return this}',
      'function n(){return arguments.length}',
      'function o(){}',
      'function p(){}',
      'function q(){}',
      'function r(){return 1}',
      'function*s(){yield 1}',
      'function u(){"use strict";return 1}',
      'function w(e){if(e){function x(){return 2}return x()}return 3}',
      'r=()=>5;',
      'return[early,c(),c(2,3,4),f(1),h(),k([1]),m.call(7)===7||m.call(7),n(1,2),new o instanceof o,',
      'typeof p.prototype,[1] instanceof q,r(),[...s()],u(),w(1),w(0),a.name,b.length,d(9)];',
      '})();',
    ].join('\n');
    const { code, converted } = functionsAsArrows(src);
    // a, b, c, d, h, k and g, then f (which held g).
    expect(converted).toBe(8);
    expect(code).toContain('var f=e=>{var g=t=>t+e;return g(2)};');
    expect(code).toContain(
      'var a=e=>({v:e}),b=(e,t)=>{let n=e+t;return n*2},c=(e=1,...t)=>(e,t.length),d=async e=>await e,h=()=>{},k=e=>e.map(t=>t*2);let early=',
    );
    for (const kept of ['m', 'n', 'o', 'p', 'q', 'r', 'u', 'w']) expect(code).toContain(`function ${kept}(`);
    expect(code).toContain('function*s(');
    const [want, got] = [run(src), run(code)];
    expect(want.slice(0, -1)).toEqual(got.slice(0, -1));
    expect(got.at(-1)).toBeInstanceOf(Promise);
  });
});

describe('undefinedName', () => {
  it('reads every void 0 in the wrapped function from one name never assigned', () => {
    const src =
      'var E=(function(){let a=void 0,b=e=>e===void 0?1:2;function c(){return void 0}switch(a){case void 0:a=3}return[a,b(),b(1),c(),typeof void 0]})();';
    const { code, replaced } = undefinedName(src);
    expect(replaced).toBe(5);
    expect(code).toBe(
      'var E=(function(){var $0;let a=$0,b=e=>e===$0?1:2;function c(){return $0}switch(a){case $0:a=3}return[a,b(),b(1),c(),typeof $0]})();',
    );
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(run(code)).toEqual(run(src));
    // A name the bundle has is not taken.
    expect(undefinedName(src.replace('let a', 'let $0=1,a')).code).toContain('var $1;');
  });
});

describe('hoistStrings', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it('reads each string repeated in functions from one name declared first, where that pays', () => {
    const src = [
      'var E=(function(){"use strict";',
      // Evaluated once (packBundle packs these): left as written.
      'const top=[`contempt`,`contempt`,`x`,`y`],key={"contempt":1},table=[`again`,[`again`,1]],pick=[`again`,top];',
      'const a=e=>e===`contempt`?`contempt`:{kind:`contempt`,"contempt":2},',
      'b=e=>typeof e==`string`||typeof e==`string`||typeof e==`string`?`string`:`no`,',
      'c=(e)=>{switch(e){case`contempt`:return`again`}return`again`in{again:1}?`again`:`again`},',
      'd=x=>x.map(t=>String.raw`contempt`+`contempt`),',
      'short=()=>[`ab`,`ab`,`ab`];',
      'class K{m(){return`contempt`}}',
      'return[top,key,table,pick,a(`contempt`),a(1),b(`s`),b(1),c(`contempt`),c(0),d([1]),short(),new K().m(),b];',
      '})();',
    ].join('');
    const { code, hoisted } = hoistStrings(src);
    // `contempt` (9 reads in functions, one in a class) and `again` (4, and 1 evaluated once); not `string` (3 compared with
    // typeof, 1 read: too few), `ab` (as short as a name), the tagged template's.
    expect(hoisted).toBe(2);
    const [, declared] = /"use strict";var ([^;]+);/.exec(code) ?? [];
    expect(declared).toMatch(/^[A-Za-z_][\w$]=`contempt`,[A-Za-z_][\w$]=`again`$/);
    const [contempt = '', againName = ''] = (declared as string).split(',').map((d) => d.slice(0, 2));
    // Evaluated once, a string is left where it is packed: six characters or more, or in plain
    // data (`jsonValue`); a shorter one elsewhere is read by name.
    expect(code).toContain(
      `const top=[\`contempt\`,\`contempt\`,\`x\`,\`y\`],key={"contempt":1},table=[\`again\`,[\`again\`,1]],pick=[${againName},top];`,
    );
    expect(code).toContain(`a=e=>e===${contempt}?${contempt}:{kind:${contempt},"contempt":2}`);
    expect(code).toContain('typeof e==`string`||typeof e==`string`||typeof e==`string`?`string`:`no`');
    expect(code).toContain(
      `case ${contempt}:return ${againName}}return ${againName} in{again:1}?${againName}:${againName}`,
    );
    expect(code).toContain(`String.raw\`contempt\`+${contempt}`);
    expect(code).toContain('[`ab`,`ab`,`ab`]');
    expect(code).toContain(`m(){return ${contempt}}`);
    const [want, got] = [run(src), run(code)];
    expect(got.slice(0, -1)).toEqual(want.slice(0, -1));
    expect(code.length).toBeLessThan(src.length);
    // A name the bundle has anywhere is not given.
    const taken = hoistStrings(src.replace('short=()', `${contempt}=()`).replace('short()', `${contempt}()`));
    expect(taken.code).not.toMatch(new RegExp(`var ${contempt.replace('$', '\\$')}=`));
    expect(run(taken.code).slice(0, -1)).toEqual(want.slice(0, -1));
  });
});

describe('mergeDeclarations', () => {
  it('writes declarations of one kind one after the other as one, in any list of statements', () => {
    const src = [
      'var E=(function(){',
      'var a=1;var b=a+1;var c=b;let d=c;let e=d;const f=e;var g=f;',
      'switch(g){case 2:var h=1;var i=2;break}',
      'if(g){let j=1;let k=j;h+=k}',
      'return[a,b,c,d,e,f,g,h,i];',
      '})();',
    ].join('');
    const { code, merged } = mergeDeclarations(src);
    expect(merged).toBe(5);
    expect(code).toBe(
      'var E=(function(){var a=1,b=a+1,c=b;let d=c,e=d;const f=e;var g=f;switch(g){case 2:var h=1,i=2;break}if(g){let j=1,k=j;h+=k}return[a,b,c,d,e,f,g,h,i];})();',
    );
    expect(new Function(`${code};return E;`)()).toEqual(new Function(`${src};return E;`)());
  });
});

describe('inlineAliases', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it('reads a name that only repeats a value as the value where that is shorter, and nothing else so', () => {
    const src = [
      'var E=(function(){const $={a:`one`,bb:`two`},_={t:s=>s>1};',
      'var a=$.a,b=a,c=`so`,d=$.bb,w=$.bb,x=$.bb,s=$.a,k=$.a;',
      'var f=e=>[a,b,c,d,_.t(e)],u=_.t;',
      'x=1;',
      'var g=()=>({s}),h=()=>{let $=1;return d+$};',
      'return[f(2),u(3),w,w,w,w,x,g(),h(),k]})();',
    ].join('');
    const { code, inlined } = inlineAliases(src);
    // a, c, k and u, then b (an alias of a). Left: d (`$` means another name in h), w (read four
    // times: longer), x (written), s (a shorthand member).
    expect(inlined).toBe(5);
    expect(code).toBe(
      [
        'var E=(function(){const $={a:`one`,bb:`two`},_={t:s=>s>1};',
        'var d=$.bb,w=$.bb,x=$.bb,s=$.a;',
        'var f=e=>[$.a,$.a,`so`,d,_.t(e)];',
        'x=1;',
        'var g=()=>({s}),h=()=>{let $=1;return d+$};',
        'return[f(2),_.t(3),w,w,w,w,x,g(),h(),$.a]})();',
      ].join(''),
    );
    expect(run(code)).toEqual(run(src));
  });
});

describe('letsAsParameters', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it('makes the names an arrow only ever called declares first its parameters, and nothing else so', async () => {
    const src = [
      'var E=(function(){',
      'var w=(e,t)=>e+t,',
      'a=(e,t)=>{let n=w(e,t);return n*2},',
      'b=(e,t,n)=>{let r=w(e,t),i=r+1,o;if(n)return o;return i},',
      'd=e=>{const t=e;return{t}},',
      'g=async e=>{let t=e;return await t},',
      // Left: c (its length read), p (passed), q (called with more arguments than it has), r (a value
      // reads a name the body declares), v (a `var` in the body), m (`await`), z (a default).
      'c=e=>{let t={v:e};return t},',
      'p=e=>{let t=e+1;return t},',
      'q=e=>{let t=e+1;return t},',
      'r=e=>{let t=()=>n,n=e;return t()},',
      'v=e=>{let t=e;var x=1;return t+x},',
      'm=async e=>{let t=await e;return t},',
      'z=(e=1)=>{let t=e;return t};',
      'return[a(1,2),b(1,2,0),b(1,2,1),d(4),c(3),c.length,[1].map(p),q(1,2),r(5),v(6),z(),m(1),g(2)]})();',
    ].join('');
    const { code, moved } = letsAsParameters(src);
    expect(moved).toBe(4);
    expect(code).toContain(
      'a=(e,t,n=w(e,t))=>n*2,b=(e,t,n,r=w(e,t),i=r+1)=>{let o;if(n)return o;return i},d=(e,t=e)=>({t}),g=async(e,t=e)=>await t,c=e=>{let t={v:e};return t},p=e=>{let t=e+1;return t},q=e=>{let t=e+1;return t},r=e=>{let t=()=>n,n=e;return t()},v=e=>{let t=e;var x=1;return t+x},m=async e=>{let t=await e;return t},z=(e=1)=>{let t=e;return t};',
    );
    const [want, got] = [run(src), run(code)];
    expect(got.slice(0, -2)).toEqual(want.slice(0, -2));
    expect(await Promise.all(got.slice(-2))).toEqual(await Promise.all(want.slice(-2)));
  });
});

describe('guardsAsParameters', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it('moves the names a guard passed as a value declares first where every call it can get is known', () => {
    const src = [
      'var E=(function(){',
      'var w=(e,t)=>e+t,',
      // A shape helper puts its second argument in member N, read only by calls of four arguments.
      'h=(e,t)=>({A:e,N:t}),',
      'k=(e,t)=>h(e,t),',
      'T=[k(1,(e,t,n)=>{let r=w(e,t);return r>n}),h(2,(e,t,n,i)=>{let r=w(e,t);return r+i>n}),{A:3,N:(e,t)=>{let n=w(e,t);return!n}},{A:4}],',
      'run=(e,t,n)=>T.map(r=>r.N&&!r.N(e,t,n,0)?0:r.A),',
      // A callback of a built-in array method: three arguments.
      'm=[1,2].map(e=>{let t=e*2;return t+1}),',
      // Left: M (read as a value), its length read, a member reached through a string.
      'M={M:(e,t)=>{let n=w(e,t);return n}},g=M.M,',
      'L=(e,t)=>{let n=w(e,t);return n},',
      'S={Q:(e,t)=>{let n=w(e,t);return n}};',
      "return[run(1,2,5),run(3,4,1),m,g(1,2,3),L.length,L(1,2),S['Q'](1,2)]})();",
    ].join('');
    const { code, moved } = guardsAsParameters(src);
    expect(moved).toBe(4);
    // Padded with names the arrow has nowhere, up to the four arguments N is called with.
    expect(code).toContain('k(1,(e,t,n,a,r=w(e,t))=>r>n)');
    expect(code).toContain('h(2,(e,t,n,i,r=w(e,t))=>r+i>n)');
    expect(code).toContain('N:(e,t,a,b,n=w(e,t))=>!n');
    expect(code).toContain('[1,2].map((e,a,b,t=e*2)=>t+1)');
    expect(code).toContain('M={M:(e,t)=>{let n=w(e,t);return n}}');
    expect(code).toContain('L=(e,t)=>{let n=w(e,t);return n}');
    expect(code).toContain('S={Q:(e,t)=>{let n=w(e,t);return n}}');
    expect(run(code)).toEqual(run(src));
  });

  it('takes nothing through members where anything lists an object that is not data', () => {
    const src = [
      'var E=(function(){',
      'var w=(e,t)=>e+t,',
      'o={N:(e,t)=>{let n=w(e,t);return n}},',
      'd=JSON.parse(`{"a":1}`),x=Object.keys(d),',
      // Object.values could hand the guard out: only data may be listed.
      'v=Object.values(o).map(e=>e(1,2,3));',
      'return[o.N(1,2),v,x]})();',
    ].join('');
    expect(guardsAsParameters(src).moved).toBe(0);
    const data = src.replace('Object.values(o).map(e=>e(1,2,3))', 'Object.values(d)');
    const { code, moved } = guardsAsParameters(data);
    expect(moved).toBe(1);
    expect(code).toContain('o={N:(e,t,n=w(e,t))=>n}');
    expect(run(code)).toEqual(run(data));
  });

  it('leaves a callback where the bundle has a method of that name of its own', () => {
    const src = [
      'var E=(function(){',
      'class Q{map(f){return f(1,2,3,4)}}',
      'var y=new Q().map(e=>{let t=e*2;return t});',
      'return[y]})();',
    ].join('');
    expect(guardsAsParameters(src).moved).toBe(0);
  });
});

describe('thisAliases', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it('reads `this` from a name where a function reads it often enough, and nowhere else so', () => {
    const src = [
      'var E=(function(){',
      'class P{constructor(){this.v=1}}',
      'class K extends P{constructor(){super();this.a=1;this.b=2;this.c=3;this.d=4}',
      'm(e){let t=e+1;return[this.a,this.b,this.c,this.d,t,[1].map(n=>this.a+n)]}',
      'n(){return this.a+this.b+this.c+this.d+this.v}',
      'o(){return this.a}',
      'f=this.a+this.a+this.a+this.a+this.a;',
      'p(a=this.b){let b=this;return function(){return this}.call(7)+this.a+this.b+this.c+this.d+a+b.a}}',
      'const k=new K;',
      'return[k.m(1),k.n(),k.o(),k.f,k.p()]})();',
    ].join('');
    const { code, aliased } = thisAliases(src);
    // m, n and p (the arrow's `this` too, not the inner function's nor a default's); not o (once),
    // a constructor calling super, a field's initialiser. The name is one the function does not have.
    expect(aliased).toBe(3);
    expect(code).toContain('m(e){let f=this,t=e+1;return[f.a,f.b,f.c,f.d,t,[1].map(n=>f.a+n)]}');
    expect(code).toContain('n(){let e=this;return e.a+e.b+e.c+e.d+e.v}o(){return this.a}f=this.a+');
    expect(code).toContain(
      'p(a=this.b){let e=this,b=e;return function(){return this}.call(7)+e.a+e.b+e.c+e.d+a+b.a}',
    );
    expect(code).toContain('constructor(){super();this.a=1;this.b=2;this.c=3;this.d=4}');
    expect(run(code)).toEqual(run(src));
  });
});

describe('globalAliases', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it('reads a global read often enough once, after the packed strings are unpacked, and nothing else so', () => {
    const src = [
      'var E=(function(){const $=new Float64Array(2);',
      'for(let k=0;k<1;k++)$[k]=new Float64Array(1).length;',
      'var a=()=>[new Float64Array(1),new Float64Array(2),new Uint8Array(3),new Uint8Array(1),new Uint8Array(2)],',
      'b=(Float64Array)=>new Float64Array,',
      'c=()=>[new Set,new Set],',
      'd=()=>typeof UndeclaredOnce+typeof UndeclaredOnce+typeof UndeclaredOnce+typeof UndeclaredOnce;',
      'return[a().map(e=>e.length),a()[0]instanceof Float64Array,b(Array),c(),d(),[...$]]})();',
    ].join('');
    const { code, aliased } = globalAliases(src);
    // Float64Array and Uint8Array; not in the first statement and the loop after it, nor where a
    // parameter has the name; not Set (too short to pay), nor a name no browser is known to have.
    expect(aliased).toBe(2);
    expect(code).toBe(
      [
        'var E=(function(){const $=new Float64Array(2);',
        'for(let k=0;k<1;k++)$[k]=new Float64Array(1).length;',
        'var aa=Float64Array,ab=Uint8Array,a=()=>[new aa(1),new aa(2),new ab(3),new ab(1),new ab(2)],',
        'b=(Float64Array)=>new Float64Array,',
        'c=()=>[new Set,new Set],',
        'd=()=>typeof UndeclaredOnce+typeof UndeclaredOnce+typeof UndeclaredOnce+typeof UndeclaredOnce;',
        'return[a().map(e=>e.length),a()[0]instanceof aa,b(Array),c(),d(),[...$]]})();',
      ].join(''),
    );
    expect(run(code)).toEqual(run(src));
  });
});

describe('setsByWordSet', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it("makes a set of a packed text's words by the bundle's own function, where it is declared before", () => {
    const src = [
      'var E=(function(){const $={a:`x y z`,b:`p q`};',
      'var early=new Set($.a.split(" ")),au=` `,$W=(e,t)=>e.split(t),x=e=>new Set($W(e,au)),',
      'f=new Set($W($.a,au)),g=()=>new Set($.b.split(" ")),h=new Set($.b.split(`,`)),i=new Set($W(`a b`,au)),',
      'j=(x)=>new Set($.a.split(au));',
      'function k(){return new Set($.a.split(" "))}',
      'return[early,f,g(),h,i,j(e=>e),k()].map(s=>[...s])})();',
    ].join('');
    const { code, replaced } = setsByWordSet(src);
    // f and g; not before the function is declared, split at a comma, a text not packed, where a
    // parameter has the function's name, in a function declaration (called before, maybe).
    expect(replaced).toBe(2);
    expect(code).toContain('f=x($.a),g=()=>x($.b),h=new Set($.b.split(`,`)),i=new Set($W(`a b`,au)),');
    expect(code).toContain('var early=new Set($.a.split(" ")),');
    expect(code).toContain('j=(x)=>new Set($.a.split(au));function k(){return new Set($.a.split(" "))}');
    expect(run(code)).toEqual(run(src));
  });
});

describe('callsToHelpers', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it('writes an expression an arrow of the bundle computes as a call of it, where nothing can tell, and nothing else so', () => {
    const src = [
      'var E=(function(){let n=0;var early={A:1,O:2},o={S:[{w:`a`},{w:`b`}]},p,m=new Map([[1,2]]),',
      'C=(e,t)=>e.S[t]?.w??``,Q=(e,t)=>({A:e,O:t}),H=(e,t)=>!M(e,t,3),M=(e,t,n)=>e+t>n,',
      'V=e=>e.size,T=(e,t)=>e.S[t].w,R=(e,t)=>t.S[e].S,D=(e,t)=>e&&t.S,W=e=>e.S+e.S,P=(e,t)=>({A:e,O:t});',
      'function later(){return o.S[1]?.w??``}',
      'var a=[o.S[1]?.w??``,o.S[5]?.w??``,p?.q.S[1]?.w??``,o.S[n++]?.w??``,o.S[n]?.w??``],',
      'b=()=>{return{A:n++,O:o.S[0].w}},',
      'c=(C)=>o.S[0]?.w??``,',
      'd=[!M(1,2,3),(M=>!M(1,2,3))(()=>7)],',
      'f=[m.size,o.S[(n,1)].w,o.S[0].S,o&&o.S,o.S+o.S,o.S[o.S.length-1].w];',
      'm.size;',
      'return[early,a,b(),c(),d,f,later(),n]})();',
    ].join('');
    const { code, called } = callsToHelpers(src);
    expect(code).toBe(
      [
        'var E=(function(){let n=0;var early={A:1,O:2},o={S:[{w:`a`},{w:`b`}]},p,m=new Map([[1,2]]),',
        'C=(e,t)=>e.S[t]?.w??``,Q=(e,t)=>({A:e,O:t}),H=(e,t)=>!M(e,t,3),M=(e,t,n)=>e+t>n,',
        // An arrow's body written as a call of one declared before it.
        'V=e=>e.size,T=(e,t)=>e.S[t].w,R=(e,t)=>t.S[e].S,D=(e,t)=>e&&t.S,W=e=>e.S+e.S,P=(e,t)=>Q(e,t);',
        // A function declaration may be called before the arrow is made.
        'function later(){return o.S[1]?.w??``}',
        // Not where the chain starts in an argument (`p` undefined: C would throw), nor where the
        // body reads `o.S` before an argument that changes something (`n++`).
        'var a=[C(o,1),C(o,5),p?.q.S[1]?.w??``,o.S[n++]?.w??``,C(o,n)],',
        // An object made: nothing read before its values, so `n++` may be one; `return` keeps a space.
        'b=()=>{return Q(n++,T(o,0))},',
        // Not where a parameter has the arrow's name, or one its body reads (`M`).
        'c=(C)=>o.S[0]?.w??``,',
        'd=[H(1,2),(M=>!M(1,2,3))(()=>7)],',
        // A list made one argument; a parameter read twice given a name; not an arrow reading its
        // parameters out of order, nor where the call is no shorter.
        'f=[V(m),T(o,(n,1)),o.S[0].S,o&&o.S,W(o),T(o,o.S.length-1)];',
        'V(m);',
        'return[early,a,b(),c(),d,f,later(),n]})();',
      ].join(''),
    );
    expect(called).toBe(11);
    expect(run(code)).toEqual(run(src));
  });

  it('leaves a method called, a member written or deleted, and an expression before its arrow as they are', () => {
    const src = [
      'var E=(function(){var o={S:[1],k(){return this===o}},x=o.S.length,',
      'L=e=>e.S.length,K=e=>e.k,G=e=>e.length;',
      'var a=[o.k(),(o.k)(),o.k``,L(o)];o.S.length=0;delete o.k;',
      'class P{get length(){return 1}}class Q extends P{get length(){return super.length+1}}',
      'return[x,a,L(o),o.S.length,new Q().length]})();',
    ].join('');
    const { code, called } = callsToHelpers(src);
    // Only the last reads of a length (not `super.length`, which has no value to pass).
    expect(called).toBe(2);
    expect(code).toContain('return super.length+1}}return[x,a,L(o),L(o),G(new Q())]})();');
    expect(code).toContain('x=o.S.length,');
    expect(run(code)).toEqual(run(src));
  });
});

describe('callsToHelpers, a name read again or maybe', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it('passes a name nothing writes, declared before, where the arrow reads it again, after a call or maybe', () => {
    const src = [
      'var E=(function(){var o={F:2,L:1},f=e=>e>0,',
      'R=e=>e>=65&&e<=90,B=(e,t)=>f(e)&&t.F>t.L;',
      'var a=(n,c)=>{let p=o;c++;p=o;return[n>=65&&n<=90,c>=65&&c<=90,(n+1)>=65&&(n+1)<=90,f(n)&&o.F>o.L,f(n)&&p.F>p.L]},',
      'b=()=>{let z=f(0)&&q.F>q.L,q=o;return z};',
      'return[a(70,80),a(60,1),b()]})();',
    ].join('');
    const { code, called } = callsToHelpers(src);
    // Not `c` or `p` (written), not `n+1` (not a name), not `q` (declared after: reading it
    // first would throw).
    expect(called).toBe(2);
    expect(code).toContain('return[R(n),c>=65&&c<=90,(n+1)>=65&&(n+1)<=90,B(n,o),f(n)&&p.F>p.L]},');
    expect(code).toContain('b=()=>{let z=f(0)&&q.F>q.L,q=o;return z};');
    expect(run(code)).toEqual(run(src));
  });
});

describe('letsMerged', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it("declares a list's later `let`s with its first, each given its value where it was", () => {
    const src = [
      'var E=(function(){const $=[1];',
      'var a=(e)=>{if(e>9)return 0;let t=e+1;t++;let n;let r=()=>{let x=1;x++;let y=x*2;return y},i=2,o;o=r()+i;',
      'switch(e){case 1:let s=3;s++;let u=s;return u+n+t+o}let {p:c}={p:4};return t+o+c},',
      'f=(e)=>{let q=[];for(let i=0;i<e;i++){let v=i;q.push(()=>v);let w=i*2;q.push(()=>w)}return q.map(z=>z())};',
      'return[a(1),a(5),a(10),f(3)]})();',
    ].join('');
    const { code, merged } = letsMerged(src);
    // Not where it would not be shorter (`let r=…,i=2,o`), nor a destructuring (`let {p:c}`).
    expect(merged).toBe(4);
    expect(code).toBe(
      [
        'var E=(function(){const $=[1];',
        'var a=(e)=>{if(e>9)return 0;let t=e+1,n;t++;let r=()=>{let x=1,y;x++;y=x*2;return y},i=2,o;o=r()+i;',
        'switch(e){case 1:let s=3,u;s++;u=s;return u+n+t+o}let {p:c}={p:4};return t+o+c},',
        'f=(e)=>{let q=[];for(let i=0;i<e;i++){let v=i,w;q.push(()=>v);w=i*2;q.push(()=>w)}return q.map(z=>z())};',
        'return[a(1),a(5),a(10),f(3)]})();',
      ].join(''),
    );
    // A loop body's names are still made anew each time round (the closures see 0,0 1,2 2,4).
    expect(run(code)).toEqual(run(src));
    expect(run(code)[3]).toEqual([0, 0, 1, 2, 2, 4]);
    expect(letsMerged(code).merged).toBe(0);
  });
});

describe('shapesAsHelpers', () => {
  const run = (c: string) => new Function(`${c};return E;`)();
  it('declares an arrow for an expression written often the same way but for its local names, where that pays', () => {
    const src = [
      'var E=(function(){const $=[1];for(let k=0;k<1;k++)$[k]=2;',
      'var Z=(e,t,n)=>e+t*n,',
      'a=(e,t)=>Z(e,t.count-1,t.count+1)*2,b=(n,r)=>Z(n,r.count-1,r.count+1)+1,c=(i,s)=>Z(i,s.count-1,s.count+1),',
      'd=(Z,s)=>Z(1,s.count-1,s.count+1),',
      'f=(i,s)=>[i.length+s.length,i.length+s.length,i.length+s.length,i.length+s.length];',
      'return[a(1,{count:2}),b(1,{count:3}),c(2,{count:4}),d((e,t,n)=>e-t-n,{count:1}),f([1],[2])]})();',
    ].join('');
    const { code, added } = shapesAsHelpers(src, 1);
    // Not where a parameter has the name `Z`; not a length read (the engine reads lengths in its loops).
    expect(added).toBe(1);
    expect(code).toBe(
      [
        'var E=(function(){const $=[1];for(let k=0;k<1;k++)$[k]=2;',
        'var aa=(e,t)=>Z(e,t.count-1,t.count+1),Z=(e,t,n)=>e+t*n,',
        'a=(e,t)=>aa(e,t)*2,b=(n,r)=>aa(n,r)+1,c=(i,s)=>aa(i,s),',
        'd=(Z,s)=>Z(1,s.count-1,s.count+1),',
        'f=(i,s)=>[i.length+s.length,i.length+s.length,i.length+s.length,i.length+s.length];',
        'return[a(1,{count:2}),b(1,{count:3}),c(2,{count:4}),d((e,t,n)=>e-t-n,{count:1}),f([1],[2])]})();',
      ].join(''),
    );
    expect(run(code)).toEqual(run(src));
    // Nothing pays: nothing declared.
    expect(shapesAsHelpers(src, 1000)).toEqual({ code: src, added: 0 });
  });
  it("writes a hot method's call or a length read as a call only on a member read, never on a name", () => {
    const src = [
      'var E=(function(){const $=[1];for(let k=0;k<1;k++)$[k]=2;',
      'var a=(e,t)=>e.text.slice(t.from,t.to)+1,b=(n,r)=>e(n.text.slice(r.from,r.to)),',
      'c=(i,s)=>[i.text.slice(s.from,s.to),i.text.slice(s.from,s.to)],e=(x)=>x,',
      'f=(i,s)=>[i.slice(s.from,s.to),i.slice(s.from,s.to),i.slice(s.from,s.to),i.slice(s.from,s.to)];',
      'return[a({text:"abcdef"},{from:1,to:3}),b({text:"xyz"},{from:0,to:2}),c({text:"hello"},{from:2,to:4}),f("abcdef",{from:1,to:4})]})();',
    ].join('');
    const { code, added } = shapesAsHelpers(src, 1);
    expect(added).toBe(1);
    expect(code).toContain('aa=(e,t)=>e.text.slice(t.from,t.to),');
    expect(code).toContain('a=(e,t)=>aa(e,t)+1,b=(n,r)=>e(aa(n,r)),c=(i,s)=>[aa(i,s),aa(i,s)]');
    // On a name (`i.slice(…)`): left where it is written.
    expect(code).toContain('f=(i,s)=>[i.slice(s.from,s.to),i.slice(s.from,s.to),');
    expect(run(code)).toEqual(run(src));
  });
});

describe('namesByUse', () => {
  // biome-ignore format: a bundle as the minifier writes it
  it('gives the names of the top again by how often each is read, where no binding or global hides one', () => {
    const src = [
      'var E=(function(){',
      'var a=1,bb=2,{cc}={cc:3},dd=function ee(){return typeof ee},e=Math;',
      'function ff(t){let a=t+1;return a+bb+bb+bb+cc}',
      'const gg=(e)=>e+bb+bb+bb+bb+bb,hh=(a)=>({bb,cc,dd:a});',
      'return [a,ff(1),gg(2),hh(3),dd(),e.max(1,2),cc+cc+cc+cc]',
      '})();',
    ].join('');
    const { code, renamed } = namesByUse(src);
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    expect(renamed).toBeGreaterThan(0);
    expect(code.length).toBeLessThan(src.length);
    // `bb`, read most, takes a single letter: not `a` (bound in ff and hh, which read it): `b`. The
    // shorthand keeps its member's name; `Math`, a global read, is no binding's.
    expect(code).toContain('bb:b,');
    expect(code).toMatch(/function [\w$]\(t\)\{let a=t\+1;return a\+b\+b\+b\+[\w$]\}/);
    // A function expression's own name stays its own.
    expect(code).toContain('function ee(){return typeof ee}');
    expect(code).toContain('Math');
  });

  it("keeps the name a parameter's default reads where the function's body declares it too", () => {
    // The default reads the `QQ` of the top, which the checker takes for the body's.
    const src =
      'var E=(function(){var QQ=1,a=QQ+QQ+QQ;function f(x=QQ){var QQ=2;return x+QQ}const g=(x=QQ)=>{let QQ=3;return x+QQ};return [f(),g(),a,QQ]})();';
    const { code } = namesByUse(src);
    const run = (c: string) => new Function(`${c};return E;`)();
    expect(run(code)).toEqual([3, 4, 3, 1]);
    expect(code).toContain('var QQ=1');
  });

  it('leaves a bundle with a `with`, `eval` or a function declared in a block as it is', () => {
    for (const odd of ['with(Math){max(1)}', 'eval("1")', '{function q(){}}']) {
      const src = `var E=(function(){var a=1,bb=2;${odd};return [a,bb,bb,bb]})();`;
      expect(namesByUse(src)).toEqual({ code: src, renamed: 0 });
    }
  });
});

describe('checkMangled', () => {
  it("lets the engine's property names be read by name, and throws where one is reached through a string", () => {
    const fine = [
      'const doc = { tokens: [], first: 0 }; doc.tokens.push(doc.first);',
      "const { pattern, guard } = entry; if (w === 'last' || w === 'first') f();",
      "const words = new Set(['first', 'last']); words.has('first');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      'const re = /^(?:last|first)$/; const p = `you:you ${x}`;',
      // A copy under the name kept, on purpose (lib/tone/published.ts).
      "const out = { 'first': span.first, 'last': span.last };",
    ];
    for (const c of fine) expect(() => checkMangled(c), c).not.toThrow();
    const wrong = [
      "doc['tokens'].length",
      "if ('first' in span) f();",
      "const o = { 'pattern': 'x' };",
      "const o = { 'first': span.last };",
      "const o = { 'first': span['first'] };",
      "const { 'guard': g } = entry;",
      "Object.defineProperty(o, 'last', { value: 1 });",
      "o.hasOwnProperty('sentences');",
      "Reflect.get(o, 'first');",
      "const p = 'you:first are|were';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      'const q = `${X}:last? now`;',
    ];
    for (const c of wrong) expect(() => checkMangled(c), c).toThrow(/checkMangled/);
  });
});

/** The engine built the way the coach bundle is, without the rule families' rewording code. */
describe('detection built without rewording code', () => {
  let dir = '';
  let built: typeof tone;
  let code = '';
  let size = { full: 0, detectOnly: 0 };

  const bundle = async (
    plugins: Array<ReturnType<typeof detectOnly> | ReturnType<typeof leanData>>,
    entry: string,
    asCoach = false,
  ) => {
    const result = (await build({
      configFile: false,
      logLevel: 'silent',
      root: repoRoot,
      plugins,
      build: {
        write: false,
        minify: true,
        // As wxt.config.ts builds detect.js: one function called at once (so packBundle packs
        // its strings), minified with DETECT_MINIFY (the engine's property names shortened).
        lib: asCoach
          ? { entry, formats: ['iife'], name: 'engine', fileName: 'engine' }
          : { entry, formats: ['es'], fileName: 'engine' },
        ...(asCoach ? { rollupOptions: { output: { minify: DETECT_MINIFY } } } : {}),
      },
    })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
    const output = Array.isArray(result) ? result[0] : result;
    const chunk = output?.output.find((o) => o.type === 'chunk');
    if (chunk?.type !== 'chunk') throw new Error('no chunk built');
    return chunk.code;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'soft-start-detect-'));
    // What the coach uses of the engine: detect alone, its analyses published (as
    // entrypoints/detect.ts registers it).
    const entry = path.join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `export { detectPublished as detect } from ${JSON.stringify(path.join(repoRoot, 'lib', 'tone', 'published.ts'))};\n`,
    );
    // With the smaller package data too (scripts/lean-data.ts), as wxt.config.ts builds it.
    const stripped = await bundle([detectOnly(), leanData()], entry, true);
    const full = await bundle([], entry);
    size = { full: full.length, detectOnly: stripped.length };
    code = stripped;
    built = new Function(`${stripped};return engine;`)() as typeof tone;
    // Two builds, the first with every packing step (about 28 s of CPU, 23 before
    // guardsAsParameters, a few more with namesByUse): 120 s ran out at a load average of 14 on two
    // cores, 240 s once at about 20 beside a valgrind run, 360 s once at 20–40 beside eight helper
    // sessions (session 42). The limit is there to stop a hang, not to time the build.
  }, 900_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("reads its packed strings through the reserved one-letter names, the engine's own property names shortened", () => {
    expect(code).toMatch(/const \$=\(\(p,s,N\)=>/);
    // Its tests by name (`_.ab(s)`), an object of functions.
    expect(code).toMatch(/,_=\{\}[,;]/);
    expect(code).toMatch(/[^\w$]_\.[\w$]+\(/);
    // The options and a custom phrase's category are read once under the names the coach writes
    // (lib/tone/published.ts, `o['sensitivity']`, printed `o.sensitivity`); every other read is
    // shortened.
    const received = ['sensitivity', 'categories', 'customPhrases', 'ignoredPhrases', 'category'];
    for (const name of [...MANGLED_PROPS, ...MANGLED_LIBRARY_PROPS])
      expect(code.match(new RegExp(`\\.${name}\\b`, 'g'))?.length ?? 0, name).toBe(
        received.includes(name) ? 1 : 0,
      );
    // The names the options are read by stay; a finding's shortened ones are published under theirs.
    expect(code).toMatch(/\.sensitivity\b/);
    expect(code).toMatch(/\bseverity:/);
    expect(code).toMatch(/\bstart:[\w$]+\.[\w$]+,end:[\w$]+\.[\w$]+/);
  });

  it('is much smaller than detection built from the full rule files', () => {
    // The rewording code is a fifth of the engine or more; the exact figure is in the README.
    expect(size.detectOnly).toBeLessThan(size.full * 0.85);
  });

  it.skipIf(!sharedCorpusPresent('the detect-only build test'))(
    'finds exactly what detection from the full source finds, at every sensitivity',
    () => {
      const texts = [
        ...readDev().map((r) => r.text),
        ...readExternal().flatMap((x) => x.rows.slice(0, 400).map((r) => r.text)),
        'YOU NEVER LISTEN!!! you make me sick, idiot',
      ];
      let flagged = 0;
      for (const sensitivity of ['gentle', 'balanced', 'strict'] as const) {
        for (const text of texts) {
          const want = tone.detect(text, { sensitivity });
          const got = built.detect(text, { sensitivity });
          expect(got, text).toEqual(want);
          if (want.flagged) flagged++;
        }
      }
      // The comparison means something only if plenty was found.
      expect(flagged).toBeGreaterThan(500);
    },
    // ~12,000 detections on each side: 4 s alone, past 30 s seen on 2 cores shared by six jobs.
    120_000,
  );
});
