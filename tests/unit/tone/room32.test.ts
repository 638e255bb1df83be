/**
 * Session 32's room in the always-loaded bundles (scripts/detect-only.ts): build-time transforms that
 * write the same program shorter. Each is checked on small bundles run before and after; the
 * shipped detect.js gives the base build's result on every corpus text (see the session's report).
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  compactShapes,
  DETECT_RESERVED,
  jsonValue,
  mergeSameConstants,
  mergeSameFunctions,
  packBundle,
  zlibDeflate,
} from '../../../scripts/detect-only';

const run = (c: string) => new Function(`${c};return E;`)();
const pack = (src: string) => packBundle(src, true, DETECT_RESERVED, zlibDeflate, true).code;
const literal = (text: string) => {
  const sf = ts.createSourceFile('x.js', `(${text})`, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const st = sf.statements[0] as ts.ExpressionStatement;
  return jsonValue((st.expression as ts.ParenthesizedExpression).expression);
};

describe('literals of plain data read as JSON', () => {
  it('takes strings, numbers, booleans as minified, null, arrays and objects of them', () => {
    expect(literal('{be:[`was`,"being"],n:-2,e:2e4,t:!0,f:!1,z:null,"u\'re":{a:[]}}')).toEqual({
      be: ['was', 'being'],
      n: -2,
      e: 20000,
      t: true,
      f: false,
      z: null,
      "u're": { a: [] },
    });
  });

  it('leaves anything JSON.parse would not build the same', () => {
    for (const text of [
      '[a,`b`]',
      '{a:1,...b}',
      '{[a]:1}',
      '{__proto__:null,a:1}',
      '{1:`a`,b:2}',
      '{a:1,a:2}',
      '[1,,2]',
      '[-0]',
      '{a(){}}',
      '[void 0]',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      '[`${a}`]',
      '{a:1/0}',
    ])
      expect(literal(text), text).toBeUndefined();
  });

  it('reads one evaluated once from the packed string, the same values, and none inside a function', () => {
    const src = [
      'var E=(function(){',
      'const table = {be:[`was`,`being`],become:[`became`,`becoming`],note:`a note with spaces`,n:3,t:!0};',
      'const pairs = [[`one`,`two`],[`three`,`four`]];',
      'const mixed = [`one of several`, table];',
      'const f = () => ({inside:`a function, built on each call`,again:[1,2,3]});',
      'table.n++;',
      'return [table, pairs, mixed, f(), f() !== f(), mixed[1] === table];',
      '})();',
    ].join('\n');
    const code = pack(src);
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    // Two texts parsed, through one short name.
    expect(code).toMatch(/,(\$\w)=JSON\.parse[,;]/);
    const parse = /,(\$\w)=JSON\.parse[,;]/.exec(code)?.[1] ?? '';
    expect(code).toContain(`const table = ${parse}(`);
    expect(code).toContain(`const pairs = ${parse}(`);
    expect(code).toContain('const mixed = [');
    expect(code).toContain('inside:');
  });

  it('parses them through a longer short name where the `$` and a letter ran out', () => {
    // Every `$` and a letter taken by the bundle's own names or the packed string's helpers
    // (`$r`, `$q` and `$p`, left free).
    const letters = [...'abcdefghijklmnostuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c) => `$${c}`);
    const src = [
      'var E=(function(){',
      `let ${letters.map((n, i) => `${n}=${i}`).join(',')};`,
      'const table = {be:[`was`,`being`],become:[`became`,`becoming`],n:3};',
      'const pairs = [[`one`,`two`],[`three`,`four`]];',
      `return [table, pairs, ${letters.join('+')}];`,
      '})();',
    ].join('\n');
    const code = pack(src);
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    expect(code).toMatch(/,\$_=JSON\.parse[,;]/);
    expect(code).toContain('const table = $_(');
    expect(code).toContain('const pairs = $_(');
  });
});

describe('methods called with no argument through a short function', () => {
  it('calls the same method on the same receiver, and leaves optional chains', () => {
    const calls = Array.from({ length: 8 }, (_, i) => `w[${i % 3}].toLowerCase()`).join(',');
    const src = [
      'var E=(function(){',
      'const w = [`ABC`, `Déjà`, `MiXeD`];',
      `const low = () => [${calls}];`,
      'const f = (s) => (s + `X`).toLowerCase();',
      'const o = (x) => x?.y.toLowerCase();',
      'const g = (s) => typeof`AB`.toLowerCase() + s.toLowerCase();',
      'return [low(), f(`Q`), o(undefined), o({y:`Z`}), g(`R`)];',
      '})();',
    ].join('\n');
    const code = pack(src);
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    const short = /,(\$\w)=e=>e\.toLowerCase\(\)/.exec(code)?.[1] ?? '';
    expect(short).not.toBe('');
    expect(code).toContain(`${short}(w[0])`);
    expect(code).toContain(`${short}((s + \`X\`))`);
    // `typeof` and a string after it stay apart.
    expect(code).toContain(`typeof ${short}(`);
    expect(code).toContain('x?.y.toLowerCase()');
  });
});

describe('CommonJS modules the bundler wraps', () => {
  it('reads the strings of a module body, run at most once, from the packed string', () => {
    const src = [
      'var E=(function(){',
      'var e=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports);',
      'var m=e((e=>{e.words=`a long string in a module body`;e.f=t=>`inside a function of it`+t}));',
      'var n=(e=>e(`a long string in no module`))(x=>x);',
      'return [m().words, m().f(1), n];',
      '})();',
    ].join('\n');
    const code = pack(src);
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    expect(code).not.toContain('a long string in a module body');
    // Since session 42 (room42) a string of 8 characters or more inside a function is read from
    // the packed string too, so neither stays a literal.
    expect(code).not.toContain('inside a function of it');
    expect(code).not.toContain('a long string in no module');
  });
});

describe('constants of the same literal', () => {
  it('are declared once where nothing writes them, each read reading the first', () => {
    const src = [
      'var E=(function(){',
      'var a=`to`,b=1,c=`balanced`;',
      'function f(){return[a,b,c]}',
      'var d=`to`,g=`balanced`,h=2;',
      'var k=`balanced`;',
      'let w=`to`;',
      'function set(){w=`from`}',
      'var s={d};',
      'function hide(a){return d+a}',
      'return [f(),d,g,k,s,w,set(),w,hide(`!`)];',
      '})();',
    ].join('\n');
    const { code, merged } = mergeSameConstants(src);
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    // d and g and k merged; w is written; d is read where `a` means a parameter: it stays.
    expect(merged).toBe(2);
    expect(code).toContain('var d=`to`,h=2;');
    expect(code).not.toContain('var k=');
    expect(code).toContain('let w=`to`;');
  });

  it('lets functions then written the same be declared once', () => {
    const src = [
      'var E=(function(){',
      'var a=`balanced`;',
      'function f(e){return{min:a,v:e}}',
      'var b=`balanced`;',
      'function g(e){return{min:b,v:e}}',
      'return [f(1),g(2)];',
      '})();',
    ].join('\n');
    const merged = mergeSameFunctions(mergeSameConstants(src).code);
    expect(merged.merged).toBe(1);
    expect(JSON.stringify(run(merged.code))).toBe(JSON.stringify(run(src)));
  });
});

describe('compactShapes with a spread constant', () => {
  const evaluate = (code: string) =>
    new Function(
      ts.transpileModule(`${code}\nreturn list;`, { compilerOptions: { target: ts.ScriptTarget.ES2022 } })
        .outputText,
    )();

  it('writes `{ pattern, ...C, guard }` as a call, the same objects', () => {
    const src = [
      'const C = { severity: 2, why: `x` };',
      'const list = [',
      ...Array.from(
        { length: 6 },
        (_, i) => `  { pattern: 'p${i}', rule: 'r${i}', ...C, guard: (d: number) => d > ${i} },`,
      ),
      '];',
    ].join('\n');
    const { code, shapes } = compactShapes(src);
    expect(shapes).toBeGreaterThan(0);
    expect(code).toContain('...C');
    const before = evaluate(src) as Array<Record<string, unknown>>;
    const after = evaluate(code) as Array<Record<string, unknown>>;
    expect(after.map((o) => Object.keys(o))).toEqual(before.map((o) => Object.keys(o)));
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    expect(after.map((o) => (o.guard as (d: number) => boolean)(3))).toEqual(
      before.map((o) => (o.guard as (d: number) => boolean)(3)),
    );
  });

  it('leaves a spread of a name declared twice, and a member after it that could change it', () => {
    const twice = [
      'const C = { severity: 2 };',
      'function f(C: object) { return C; }',
      'const list = [',
      ...Array.from({ length: 6 }, (_, i) => `  { pattern: 'p${i}', rule: 'r${i}', ...C, guard: ${i} },`),
      '];',
    ].join('\n');
    expect(compactShapes(twice).shapes).toBe(0);
    const call = [
      'const C = { severity: 2 };',
      'const g = (i: number) => i;',
      'const list = [',
      ...Array.from({ length: 6 }, (_, i) => `  { pattern: 'p${i}', rule: 'r${i}', ...C, guard: g(${i}) },`),
      '];',
    ].join('\n');
    expect(compactShapes(call).shapes).toBe(0);
  });
});
