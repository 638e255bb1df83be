/**
 * Session 42's room in the always-loaded bundles (scripts/detect-only.ts): build-time transforms that
 * write the same program shorter. Each is checked on small bundles run before and after, and on what
 * it refuses; the shipped detect.js gives the base build's result on every corpus text
 * (scripts/same-detect.ts, see the session's report).
 */
import { describe, expect, it } from 'vitest';
import {
  DETECT_RESERVED,
  hasHelpers,
  packBundle,
  sameArrows,
  zlibDeflate,
} from '../../../scripts/detect-only';

const run = (c: string) => new Function(`${c};return E;`)();
const pack = (src: string) => packBundle(src, true, DETECT_RESERVED, zlibDeflate, true).code;

describe('strings written inside functions, read from the packed string', () => {
  it('reads a long one from the packed string, the same value, and leaves short ones, keys and tags', () => {
    const src = [
      'var E=(function(){',
      'const top = `read once at the top`;',
      'const f = (x) => x === `a long rule name` ? `constructions.condescend` : `short`;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal
      'const g = (n) => ({longKeyName:`value inside g`, n, t:`${n} and then a long tail`});',
      'const h = (s) => String.raw`a tagged template stays`;',
      'const k = (v) => typeof v == `string`;',
      'return [top, f(`a long rule name`), f(`x`), g(2), h(), k(`s`), k(1)];',
      '})();',
    ].join('\n');
    const code = pack(src);
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    // Inside the functions: the long strings are reads of the packed string now.
    expect(code).not.toContain('`a long rule name`');
    expect(code).not.toContain('`constructions.condescend`');
    expect(code).not.toContain('value inside g');
    expect(code).not.toContain('and then a long tail');
    // Short strings, object keys, a tagged template and a `typeof` comparison stay as written.
    expect(code).toContain('`short`');
    expect(code).toContain('longKeyName:');
    expect(code).toContain('String.raw`a tagged template stays`');
    expect(code).toContain('typeof v == `string`');
  });

  it('keeps a space between the read and a keyword after it (`"enabled"in e`), so the bundle parses', () => {
    // The lead's check after the merge: coach.js had `!($.qcin e)` for `!("a long key"in e)`, a
    // syntax error in the shipped coach bundle (web-ext lint and `node --check` found it).
    const src = [
      'var E=(function(){',
      'const f = (e) => !("a long key name"in e);',
      'const g = (e) => "another long key"in e?1:2;',
      'return [f({}), f({"a long key name":1}), g({}), g({"another long key":1})];',
      '})();',
    ].join('\n');
    const code = pack(src);
    expect(() => new Function(code)).not.toThrow();
    expect(JSON.stringify(run(code))).toBe(JSON.stringify(run(src)));
    expect(code).toMatch(/!\(\$\.\w+ in e\)/);
  });

  it('gives the same string on every call, and a new object each call as before', () => {
    const src = [
      'var E=(function(){',
      'const f = () => ({label:`a label inside a function`});',
      'return [f().label === f().label, f() !== f(), f().label];',
      '})();',
    ].join('\n');
    const code = pack(src);
    expect(run(code)).toEqual([true, true, 'a label inside a function']);
    expect(code).not.toContain('a label inside a function');
  });
});

describe('the packed patterns in order of their reads', () => {
  it('gives the one-character test names to the patterns tested most, past those built at load', () => {
    // 60 patterns evaluated once (built when the bundle loads, `regexNamed`) and one tested in
    // functions many times: before, the 54 one-character names went to the first of the 60.
    const once = Array.from({ length: 60 }, (_, i) => `const r${i} = /\\bword${i} here\\b/;`);
    const tests = Array.from(
      { length: 45 },
      (_, i) => `const t${i} = (s) => /\\b(?:often|tested)\\b/.test(s) && /\\bother${i}\\b/.test(s);`,
    );
    const src = [
      'var E=(function(){',
      ...once,
      ...tests,
      `return [${once.map((_, i) => `r${i}.exec("a word${i} here")!==null`).join(',')},${tests.map((_, i) => `t${i}("often other${i}"),t${i}("often")`).join(',')}];`,
      '})();',
    ].join('\n');
    const code = pack(src);
    expect(run(code)).toEqual(run(src));
    // The pattern tested 45 times is read by a one-character name.
    const name = /t0 = \(s\) => _\.(\w+)\(s\)/.exec(code)?.[1];
    expect(name).toBeDefined();
    expect(name?.length).toBe(1);
    // The ones built at load are one run after it.
    expect(code).toMatch(/k>0&&k<61\?/);
  });
});

describe('hasHelpers', () => {
  it('calls `has` of a set of the top through a function of its own, where that pays', () => {
    const src = [
      'var E=(function(){const $=[1];for(let k=0;k<1;k++)$[k]=2;',
      'var words=new Set(["a","b","c"]),',
      'f=(e)=>words.has(e)||words.has(e+"a"),g=(e)=>[words.has(e),words.has("c"),words.has(e[0])],',
      'h=(e)=>words?.has(e);',
      'return[f("a"),f("x"),g("b"),g("zz"),h("a")]})();',
    ].join('');
    const { code, added } = hasHelpers(src, 1);
    expect(added).toBe(1);
    const helper = /var (\w+)=e=>words\.has\(e\),/.exec(code)?.[1] ?? '';
    expect(helper).not.toBe('');
    expect(code).toContain(`f=(e)=>${helper}(e)||${helper}(e+"a")`);
    // An optional chain stays.
    expect(code).toContain('h=(e)=>words?.has(e)');
    expect(run(code)).toEqual(run(src));
  });

  it('leaves a name written, bound twice, or called with two arguments', () => {
    const src = [
      'var E=(function(){const $=[1];for(let k=0;k<1;k++)$[k]=2;',
      'var a=new Set([1]),b=new Set([2]),c=new Map([[3,4]]),',
      'f=(e)=>[a.has(e),a.has(e),a.has(e),a.has(e),a.has(e),a.has(e)],',
      'g=(e)=>[b.has(e),b.has(e),b.has(e),b.has(e),b.has(e),b.has(e)],',
      'h=(e)=>[c.has(e,1),c.has(e,1),c.has(e,1),c.has(e,1),c.has(e,1),c.has(e,1)],',
      'w=()=>{a=new Set([5])},',
      'x=(b)=>b;',
      'return[f(1),g(2),h(3),x(0)]})();',
    ].join('');
    expect(hasHelpers(src, 1)).toEqual({ code: src, added: 0 });
  });
});

describe('sameArrows', () => {
  it('declares an arrow written the same way in several places once, where that pays', () => {
    const src = [
      'var E=(function(){const $=[1];for(let k=0;k<1;k++)$[k]=2;',
      'var m=(e,t)=>e+t,',
      'table=[{g:(e,t,n)=>m(e,n)+1},{g:(e,t,n)=>m(e,n)+1},{g:(e,t,n)=>m(e,n)+1}],',
      'f=(x)=>[1,2].map((e,t,n)=>m(e,n)+1);',
      'return[table.map(r=>r.g(1,2,3)),f(0)]})();',
    ].join('');
    const { code, added } = sameArrows(src, 1);
    expect(added).toBe(1);
    const name = /var (\w+)=\(e,t,n\)=>m\(e,n\)\+1,/.exec(code)?.[1] ?? '';
    expect(name).not.toBe('');
    expect(code).toContain(`table=[{g:${name}},{g:${name}},{g:${name}}]`);
    expect(code).toContain(`f=(x)=>[1,2].map(${name})`);
    expect(run(code)).toEqual(run(src));
  });

  it('leaves arrows reading `this`, `arguments` or a name of the function they are written in', () => {
    const src = [
      'var E=(function(){const $=[1];for(let k=0;k<1;k++)$[k]=2;',
      'var m=2,',
      'f=function(){return[()=>this.v+arguments.length,()=>this.v+arguments.length,()=>this.v+arguments.length]},',
      'g=(q)=>[(e)=>e+q+m,(e)=>e+q+m,(e)=>e+q+m];',
      'return[f.call({v:1},7).map(a=>a()),g(3).map(a=>a(1))]})();',
    ].join('');
    expect(sameArrows(src, 1)).toEqual({ code: src, added: 0 });
  });

  it('leaves arrows given to a function that hangs members on what it is given', () => {
    const src = [
      'var E=(function(){const $=[1];for(let k=0;k<1;k++)$[k]=2;',
      'var m=(e,t)=>e+t,needing=(e,t)=>Object.assign(t,{pre:e}),wrap=(e,t)=>needing(e,t),',
      'a=[needing(1,(e,t,n)=>m(e,n)),{g:(e,t,n)=>m(e,n)},{g:(e,t,n)=>m(e,n)}],',
      'b=[wrap(2,(e,t)=>m(t,e)+1),(e,t)=>m(t,e)+1,(e,t)=>m(t,e)+1];',
      'return[a[0].pre,a[1].g.pre,b[0].pre,b[1].pre]})();',
    ].join('');
    expect(sameArrows(src, 1)).toEqual({ code: src, added: 0 });
    expect(run(src)).toEqual([1, undefined, 2, undefined]);
  });
});
