/**
 * The coach bundle's build (wxt.config.ts): the tone engine's rule families without their
 * rewording code.
 *
 * Each rule family (lib/tone/rules/*.ts) declares how it finds (`match`, guards, phrase tables) and
 * how it rewords (`suggest`, on the family and on its phrase-table entries) side by side, so that
 * adding a phrase stays one edit in one file. The coach bundle, loaded when a field first gets
 * focus, only ever calls `detect` (lib/tone/index.ts), which never reads `suggest`: this transform
 * leaves out every `suggest` member in those files (reading it gives `undefined`), and the bundler
 * then drops the rewording functions, tables and word lists nothing else uses. The whole engine,
 * with its rewordings, is the `reword` bundle (entrypoints/reword.ts), loaded on demand. It also
 * writes the object shapes the phrase tables repeat once (`compactShapes`).
 *
 * It works on the syntax tree (TypeScript's own parser), not on text patterns: a member named
 * `suggest` in an object literal or a class, whatever its value's shape. tests/unit/build/
 * detect-only.test.ts checks that detection built this way finds exactly what the full source does.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { deflateRawSync } from 'node:zlib';
import ts from 'typescript';

/** The files whose `suggest` members are left out. */
export const RULE_FILES = /[\\/]lib[\\/]tone[\\/]rules[\\/][^\\/]+\.ts$/;

/**
 * `source` with each edit's range [start, end) replaced by its text: the edits given last to first
 * (by start, descending; at one start, the longer range first) and never overlapping, as applying
 * them one at a time from the end would. Built in one pass: splicing the whole string once per
 * edit was quadratic (thousands of strings in a bundle of hundreds of kB took most of a build).
 */
function applyEdits(
  source: string,
  edits: ReadonlyArray<{ start: number; end: number; text: string }>,
): string {
  const parts: string[] = [];
  let pos = 0;
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i] as { start: number; end: number; text: string };
    if (e.start < pos) throw new Error(`applyEdits: overlapping edits at ${e.start}`);
    parts.push(source.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(source.slice(pos));
  return parts.join('');
}

/**
 * `source` without the value of any `suggest` member: left out of object literals, `undefined` in
 * classes; and how many there were.
 */
export function stripSuggest(source: string, fileName = 'rules.ts'): { code: string; stripped: number } {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const isSuggest = (name: ts.PropertyName | undefined) =>
    name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)) && name.text === 'suggest';
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAssignment(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isShorthandPropertyAssignment(node) ||
        ts.isPropertyDeclaration(node)) &&
      isSuggest(node.name)
    ) {
      // In an object literal the whole member goes, with the comma after it (reading `suggest`
      // then gives undefined all the same, and ~500 phrase entries do not each carry
      // `suggest:void 0`); in a class body it becomes a field.
      const inClass = ts.isClassLike(node.parent);
      let end = node.getEnd();
      if (!inClass) {
        const comma = /^\s*,[ \t]*/.exec(source.slice(end));
        if (comma) end += comma[0].length;
      }
      edits.push({ start: node.getStart(sf), end, text: inClass ? 'suggest = undefined;' : '' });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const code = applyEdits(
    source,
    edits.sort((a, b) => b.start - a.start),
  );
  return { code, stripped: edits.length };
}

/**
 * `source` with its repeated object shapes written once: every object literal whose members are all
 * `name: value`, and whose names in that order recur often enough to pay, becomes a call of one
 * function per shape that returns the same literal (`{ pattern: a, rule: b, … }`), the values
 * passed in the same order, so they are evaluated as before and the object built is the same, keys
 * in the same order; a shape's common variants also build in the literal values most of their
 * uses write the same (`severity: 2, min: 'balanced', why: 'withdraw'`). The source stays as
 * written; only the coach bundle's copy of a rule file changes, where it takes the ~500 phrase
 * entries' repeated keys (pattern, rule, severity, min, why, guard) and values from about 25 kB to
 * a few kB.
 */
export function compactShapes(source: string, fileName = 'rules.ts'): { code: string; shapes: number } {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  // The names declared in the file, and how often: a spread of a constant declared once, at the
  // top of the file, reads the same wherever in the file it is written.
  const declared = declaredNames(sf);
  const topConstants = new Set<string>();
  for (const st of sf.statements)
    if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.Const)
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && declared.get(d.name.text) === 1) topConstants.add(d.name.text);
  // A value whose evaluation can change nothing (a literal, a name, a function written there): the
  // members after a spread are evaluated before it once they are a call's arguments.
  const inert = (e: ts.Expression): boolean =>
    ts.isParenthesizedExpression(e)
      ? inert(e.expression)
      : ts.isIdentifier(e) ||
        ts.isStringLiteral(e) ||
        ts.isNumericLiteral(e) ||
        ts.isNoSubstitutionTemplateLiteral(e) ||
        ts.isArrowFunction(e) ||
        ts.isFunctionExpression(e) ||
        e.kind === ts.SyntaxKind.TrueKeyword ||
        e.kind === ts.SyntaxKind.FalseKeyword ||
        e.kind === ts.SyntaxKind.NullKeyword ||
        (ts.isTemplateExpression(e) && e.templateSpans.every((t) => inert(t.expression))) ||
        (ts.isAsExpression(e) && inert(e.expression)) ||
        (ts.isSatisfiesExpression(e) && inert(e.expression));
  const keysOf = (node: ts.ObjectLiteralExpression): string[] | null => {
    if (node.properties.length < 3 || isTarget(node)) return null;
    const keys: string[] = [];
    let spread = false;
    for (const p of node.properties) {
      // `...C`, C a constant declared once at the top of the file: the function for the shape
      // spreads the same object (`...C` is then part of the shape).
      if (ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression) && topConstants.has(p.expression.text)) {
        keys.push(`...${p.expression.text}`);
        spread = true;
        continue;
      }
      // `{ pattern }` is `{ pattern: pattern }`.
      const named =
        (ts.isPropertyAssignment(p) ||
          (ts.isShorthandPropertyAssignment(p) && !p.objectAssignmentInitializer)) &&
        ts.isIdentifier(p.name);
      if (!named || p.name.text === '__proto__') return null;
      if (spread && ts.isPropertyAssignment(p) && !inert(p.initializer)) return null;
      keys.push(p.name.text);
    }
    return new Set(keys).size === keys.length ? keys : null;
  };
  // Not a destructuring target (`({ a: x, b: y } = o)`), nor under a type assertion.
  const isTarget = (node: ts.Node): boolean => {
    let n: ts.Node = node;
    for (;;) {
      const up = n.parent;
      if (!up) return false;
      if (ts.isAsExpression(up) || ts.isSatisfiesExpression(up) || ts.isTypeAssertionExpression(up))
        return true;
      if (ts.isBinaryExpression(up) && up.left === n && up.operatorToken.kind === ts.SyntaxKind.EqualsToken)
        return true;
      if (ts.isForOfStatement(up) || ts.isForInStatement(up)) return up.initializer === n;
      if (
        !(ts.isArrayLiteralExpression(up) || ts.isObjectLiteralExpression(up) || ts.isPropertyAssignment(up))
      )
        return false;
      n = up;
    }
  };
  // A value written as a literal ('balanced', 2, true): a function for a shape may build it in.
  const literal = (e: ts.Expression): string | null =>
    ts.isStringLiteral(e) ||
    ts.isNumericLiteral(e) ||
    ts.isNoSubstitutionTemplateLiteral(e) ||
    e.kind === ts.SyntaxKind.TrueKeyword ||
    e.kind === ts.SyntaxKind.FalseKeyword
      ? e.getText(sf)
      : null;
  const literalsOf = (node: ts.ObjectLiteralExpression) =>
    node.properties.map((p) => (ts.isPropertyAssignment(p) ? literal(p.initializer) : null));
  const uses = new Map<string, Array<Array<string | null>>>();
  const visitCount = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys = keysOf(node);
      if (keys) {
        const shape = keys.join(',');
        uses.set(shape, [...(uses.get(shape) ?? []), literalsOf(node)]);
      }
    }
    ts.forEachChild(node, visitCount);
  };
  visitCount(sf);
  // Minified, a literal spends each `name:` and its braces; a call, a short name and parentheses;
  // a function, about 30 bytes, each name twice more and the values it builds in.
  const perUse = (keys: string[]) => keys.reduce((a, k) => a + k.length + 1, 0) - 2;
  const once = (keys: string[]) => 30 + keys.reduce((a, k) => a + k.length + 4, 0);
  /**
   * Per shape: its function, and the functions of its common variants. A variant builds in the
   * values that most of its uses write the same (`min: 'balanced'`, `why: 'withdraw'`,
   * `severity: 2`): its uses pass only the rest. Keyed by shape and, per member, the value built
   * in ('' for one passed).
   */
  const fns = new Map<string, { name: string; keys: string[]; fixed: Array<string | null>; used: boolean }>();
  // Per shape and member: how many uses write each literal value. A value is built in by a variant
  // when at least `min` uses write it: first 3 (fine variants), then half the shape's uses.
  const counts = new Map<string, Array<Map<string, number>>>();
  const variantKey = (shape: string, lits: Array<string | null>, coarse: boolean): string => {
    const freq = counts.get(shape) ?? [];
    const min = coarse ? Math.max(3, (uses.get(shape)?.length ?? 0) / 2) : 3;
    return `${shape}|${coarse ? 'c' : 'f'}|${lits.map((t, i) => (t !== null && (freq[i]?.get(t) ?? 0) >= min ? t : '')).join('\u0000')}`;
  };
  const fixedOf = (key: string) =>
    key
      .slice(key.indexOf('|') + 3)
      .split('\u0000')
      .map((t) => (t === '' ? null : t));
  const pays = (keys: string[], fixed: Array<string | null>, n: number) => {
    const built = fixed.reduce((a, t) => a + (t === null ? 0 : t.length + 1), 0);
    return built > 0 && n * built > once(keys) + built;
  };
  for (const [shape, list] of uses) {
    const keys = shape.split(',');
    if (!(list.length >= 2 && list.length * perUse(keys) > once(keys))) continue;
    fns.set(shape, { name: `__shape${fns.size}`, keys, fixed: keys.map(() => null), used: false });
    const freq = keys.map(() => new Map<string, number>());
    for (const lits of list)
      lits.forEach((t, i) => {
        if (t !== null) freq[i]?.set(t, (freq[i]?.get(t) ?? 0) + 1);
      });
    counts.set(shape, freq);
    const sizes = new Map<string, number>();
    for (const lits of list) {
      const fine = variantKey(shape, lits, false);
      sizes.set(fine, (sizes.get(fine) ?? 0) + 1);
    }
    // Uses whose fine variant does not pay try the coarse one.
    for (const lits of list) {
      const fine = variantKey(shape, lits, false);
      if (pays(keys, fixedOf(fine), sizes.get(fine) ?? 0)) continue;
      const coarse = variantKey(shape, lits, true);
      sizes.set(coarse, (sizes.get(coarse) ?? 0) + 1);
    }
    for (const [key, n] of sizes)
      if (pays(keys, fixedOf(key), n))
        fns.set(key, { name: `__shape${fns.size}`, keys, fixed: fixedOf(key), used: false });
  }
  if (fns.size === 0) return { code: source, shapes: 0 };
  for (const { name } of fns.values())
    if (source.includes(name)) throw new Error(`compactShapes: ${fileName} already uses ${name}`);
  const rewrite = (node: ts.Node, from = node.getStart(sf)): string => {
    let out = '';
    let pos = from;
    const visit = (n: ts.Node): void => {
      const keys = ts.isObjectLiteralExpression(n) ? keysOf(n) : null;
      const shape = keys?.join(',');
      const fn =
        shape !== undefined && ts.isObjectLiteralExpression(n)
          ? (fns.get(variantKey(shape, literalsOf(n), false)) ??
            fns.get(variantKey(shape, literalsOf(n), true)) ??
            fns.get(shape))
          : undefined;
      if (fn && ts.isObjectLiteralExpression(n)) {
        fn.used = true;
        const args = n.properties.flatMap((p, i) =>
          fn.fixed[i] === null && !ts.isSpreadAssignment(p)
            ? [
                ts.isPropertyAssignment(p)
                  ? rewrite(p.initializer)
                  : (p as ts.ShorthandPropertyAssignment).name.text,
              ]
            : [],
        );
        out += `${source.slice(pos, n.getStart(sf))}${fn.name}(${args.join(', ')})`;
        pos = n.getEnd();
        return;
      }
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(node, visit);
    return out + source.slice(pos, node.getEnd());
  };
  let code = rewrite(sf, 0);
  let shapes = 0;
  for (const { name, keys, fixed, used } of fns.values()) {
    if (!used) continue;
    shapes++;
    const params: string[] = [];
    const members = keys.map((k, i) => {
      if (k.startsWith('...')) return k;
      const t = fixed[i];
      if (t !== null && t !== undefined) return `${k}: ${t}`;
      params.push(`a${i}`);
      return `${k}: a${i}`;
    });
    code += `\nfunction ${name}(${params.join(', ')}) { return { ${members.join(', ')} }; }\n`;
  }
  return { code, shapes };
}

/** A string literal where an expression goes: not an object key, type, import or directive. */
function isValueString(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): boolean {
  const up = node.parent;
  if (
    ts.isLiteralTypeNode(up) ||
    ts.isImportDeclaration(up) ||
    ts.isExportDeclaration(up) ||
    ts.isExternalModuleReference(up) ||
    ts.isImportTypeNode(up) ||
    ts.isModuleDeclaration(up) ||
    ts.isEnumMember(up) ||
    ts.isImportAttribute(up)
  )
    return false;
  if (
    (ts.isPropertyAssignment(up) || ts.isPropertySignature(up) || ts.isMethodDeclaration(up)) &&
    up.name === node
  )
    return false;
  if ((ts.isPropertyDeclaration(up) || ts.isGetAccessor(up) || ts.isSetAccessor(up)) && up.name === node)
    return false;
  if (
    (ts.isBindingElement(up) && up.propertyName === node) ||
    ts.isImportSpecifier(up) ||
    ts.isExportSpecifier(up)
  )
    return false;
  // import('x') and require('x') name a module for the bundler.
  if (
    ts.isCallExpression(up) &&
    (up.expression.kind === ts.SyntaxKind.ImportKeyword ||
      (ts.isIdentifier(up.expression) && up.expression.text === 'require'))
  )
    return false;
  // A directive ('use strict') is an expression statement of a string alone.
  if (ts.isExpressionStatement(up)) return false;
  return true;
}

/**
 * `source` with each string literal it repeats often enough to pay written once: a constant
 * declared at the top of the module (`const __str0 = 'balanced';`), and its uses reading it. A
 * string is a value like any other, so the module computes the same; only string literals where an
 * expression goes are read this way (not object keys, types, imports or directives). The minifier
 * gives each constant a one- or two-letter name: `min: 'balanced'`, written 241 times in the
 * detection bundle, is then `min:x`.
 */
export function internStrings(source: string, fileName = 'rules.ts'): { code: string; strings: number } {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ts.StringLiteral[] = [];
  const isValue = isValueString;
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) && isValue(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const uses = new Map<string, ts.StringLiteral[]>();
  for (const node of found) {
    const list = uses.get(node.text);
    if (list) list.push(node);
    else uses.set(node.text, [node]);
  }
  // Minified, a use costs the string and its quotes; read from a constant, about two characters;
  // the constant, `name=` and the string once (about 4 more, measured on the build).
  const names = new Map<string, string>();
  for (const [text, list] of uses) {
    const literal = JSON.stringify(text).length;
    if (list.length * literal > list.length * 2 + literal + 4) names.set(text, `__str${names.size}`);
  }
  if (names.size === 0) return { code: source, strings: 0 };
  for (const name of names.values())
    if (source.includes(name)) throw new Error(`internStrings: ${fileName} already uses ${name}`);
  const edits = found
    .filter((n) => names.has(n.text))
    .map((n) => ({ start: n.getStart(sf), end: n.getEnd(), text: names.get(n.text) as string }))
    .sort((a, b) => b.start - a.start);
  const code = applyEdits(source, edits);
  // Declared first, before anything in the module runs (imports are hoisted all the same).
  const declarations = [...names]
    .map(([text, name]) => `const ${name} = ${JSON.stringify(text)};`)
    .join('\n');
  return { code: `${declarations}\n${code}`, strings: names.size };
}

/**
 * The digits of `packText`'s output: every ASCII character but NUL and the four a double-quoted
 * literal cannot hold as they are (line feed, carriage return, `"` and `\\`), so that a packed string
 * is written between quotes with no escapes, one byte a digit in UTF-8. A JavaScript string literal
 * may hold the other control characters as they are (ECMA-262: any code point but the quote, the
 * backslash and a line terminator). 123 digits: a pair holds 13.85 bits on average, against 13.06
 * for printable ASCII's 93 (6% fewer characters for the same bytes).
 */
export const PACK_DIGITS = Array.from({ length: 127 }, (_, i) => String.fromCharCode(1 + i))
  .filter((c) => !'\n\r"\\'.includes(c))
  .join('');
/** The character codes from 1 to 127 that are no digit (line feed, carriage return, `"`, `\\`). */
const NOT_DIGITS = [...'\n\r"\\'].map((c) => c.charCodeAt(0));
const BASE = PACK_DIGITS.length;
/** A pair of digits holds 14 bits when its 13 low bits are at most this (basE91's scheme, in base 123). */
const WIDE = BASE * BASE - 8193;
/**
 * In UNPACK_JS: `D`, the digit each character code of PACK_DIGITS stands for (one table lookup a
 * digit: as fast on first load as printable ASCII's `c-32-(c>34)-(c>92)` was, where the same
 * arithmetic for 123 digits took about 2 ms more).
 */
const DIGIT_TABLE = `for(D=new Uint8Array(128),i=1,v=0;i<128;i++)${NOT_DIGITS.map((c) => `i!=${c}&&`).join('')}(D[i]=v++);`;

/** `bytes` as pairs of PACK_DIGITS, 13 or 14 bits a pair (low digit first), the last pair padded. */
export function encodeDigits(bytes: Iterable<number>): string {
  let out = '';
  let b = 0;
  let n = 0;
  const pair = (v: number) => `${PACK_DIGITS[v % BASE]}${PACK_DIGITS[Math.floor(v / BASE)]}`;
  for (const x of bytes) {
    b |= x << n;
    n += 8;
    if (n > 13) {
      let v = b & 8191;
      if (v > WIDE) {
        b >>= 13;
        n -= 13;
      } else {
        v = b & 16383;
        b >>= 14;
        n -= 14;
      }
      out += pair(v);
    }
  }
  if (n > 0) out += pair(b & 8191);
  return out;
}

// In UNPACK_JS: `k` bits of the stream into `to` (b: bit buffer, n: bits in it, q: next byte of B);
// a symbol of the Huffman table `t` (codes up to `m` bits long) into v.
const bits = (k: string | number, to: string) =>
  `for(;n<${k};n+=8)b|=B[q++]<<n;${to}=b&(1<<${k})-1;b>>>=${k};n-=${k};`;
const symbol = (t: string, m: string) =>
  `for(;n<${m};n+=8)b|=B[q++]<<n;v=${t}[b&(1<<${m})-1];b>>>=v&15;n-=v&15;v>>=4;`;

/**
 * `unpack(packed, sep, length)` as the bundle has it, undoing `packText` (`length` characters) and
 * splitting at `sep`: the digits back to bytes, then raw DEFLATE (RFC 1951: stored, fixed and
 * dynamic blocks) inflated, one table lookup a symbol (H builds a table of 2^longest entries,
 * symbol << 4 | code length, its longest length last), into the bytes of UTF-8 text that
 * TextDecoder reads (`N` bytes). The hot loop reads its bit buffer from plain locals (no closure shares them).
 */
export const UNPACK_JS =
  '(p,s,N)=>{let D,B=new Uint8Array(p.length),b=0,n=0,q=0,o=new Uint8Array(N),m=0,v,w,i,f,t,l,d,e,L,h,Q,hm,Qm,a,g,c,C,X=[],E=[],Y=[],F=[],' +
  'H=L=>{let M=0,c=[],g=[],T,e=0,j,i,v;for(v of L)M=v>M?v:M;for(i=0;i<16;i++)c[i]=0;for(v of L)c[v]++;for(c[0]=0,i=1;i<16;i++)g[i]=e=e+c[i-1]<<1;' +
  'T=new Int32Array((1<<M)+1);T[1<<M]=M;L.forEach((l,s)=>{if(l)for(e=g[l]++,v=0,j=l;j--;e>>=1)v=v*2|e&1;if(l)for(;v<1<<M;v+=1<<l)T[v]=s<<4|l});return T};' +
  `${DIGIT_TABLE}for(i=0;i<p.length;i+=2){v=D[p.charCodeAt(i)]+D[p.charCodeAt(i+1)]*${BASE};b|=v<<n;n+=(v&8191)>${WIDE}?13:14;for(;n>7;n-=8,b>>=8)B[q++]=b}` +
  'for(b=n=q=0,v=3,i=0;i<29;i++)X[i]=v,E[i]=l=i<8?0:(i>>2)-1,v+=1<<l;X[28]=258;E[28]=0;for(v=1,i=0;i<30;i++)Y[i]=v,F[i]=l=i<4?0:(i>>1)-1,v+=1<<l;' +
  `do{${bits(3, 't')}f=t&1;t>>=1;if(!t){q-=n>>3;b=n=0;l=B[q]|B[q+1]<<8;for(q+=4;l--;)o[m++]=B[q++];continue}` +
  'if(t<2){for(L=[],i=0;i<288;i++)L[i]=i<144?8:i<256?9:i<280?7:8;h=H(L);Q=H(L.fill(5,0,30).slice(0,30))}' +
  `else{${bits(5, 'a')}${bits(5, 'g')}${bits(4, 'c')}a+=257;g++;for(C=[],i=0;i<19;i++)C[i]=0;for(i=0;i<c+4;i++){${bits(3, 'C[[16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15][i]]')}}` +
  `C=H(C);e=C[C.length-1];for(L=[];L.length<a+g;){${symbol('C', 'e')}if(v<16)L.push(v);else{d=v<17?L[L.length-1]:0;if(v<17){${bits(2, 'l')}l+=3}else if(v<18){${bits(3, 'l')}l+=3}else{${bits(7, 'l')}l+=11}for(;l--;)L.push(d)}}h=H(L.slice(0,a));Q=H(L.slice(a))}` +
  `hm=h[h.length-1];Qm=Q[Q.length-1];for(;;){${symbol('h', 'hm')}if(v<256){o[m++]=v;continue}if(v==256)break;v-=257;e=E[v];l=X[v];${bits('e', 'w')}l+=w;${symbol('Q', 'Qm')}e=F[v];d=Y[v];${bits('e', 'w')}d+=w;for(;l--;m++)o[m]=o[m-d]}}while(!f);` +
  'return new TextDecoder().decode(o).split(s)}';

/** Bytes in raw DEFLATE (RFC 1951), any encoder's: `UNPACK_JS` reads every kind of block. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

/** zlib, level 9 (the larger memory level gives fewer blocks, so fewer tables to build when it unpacks). */
export const zlibDeflate: Deflate = (bytes) =>
  new Uint8Array(deflateRawSync(bytes, { level: 9, memLevel: 9 }));

/**
 * Zopfli's DEFLATE encoder (@gfx/zopfli, WebAssembly; a build-time dependency only): the same
 * format as zlib's, about 5% smaller (the detection bundle's strings: 80.6 kB deflated by zlib,
 * 76.7 kB by Zopfli), in about 2 s at its default 15 iterations. Resolves once the WebAssembly
 * module is ready, to an encoder that runs synchronously (as `packBundle` calls it).
 */
export async function zopfliDeflate(): Promise<Deflate> {
  const zopfli = await import('@gfx/zopfli');
  // At most fifteen blocks: each block's Huffman tables are built when the bundle loads (twelve
  // blocks, Zopfli's own choice, were 0.5 kB smaller than two but took about a fifth longer to
  // unpack with the inflater of the time; four are 0.6 kB smaller than two on the detection bundle's
  // strings, unpacked in the same time within 1%, 8.75 against 8.67 ms at best of 25 warm). With the
  // table-driven inflater, fifteen (Zopfli stops at 15 on the detection bundle's 298 kB of text)
  // are 602 characters smaller than four and unpack in the same time (median CPU of 21 alternating
  // runs at load 20: 4.16 against 4.17 ms); more iterations gain little (100: −33 bytes; 40 took
  // the session-42 bundles 16 bytes under the 150 KB line, for about 2 s more build time).
  const options = { numiterations: 40, blocksplitting: true, blocksplittingmax: 15 };
  // Waits for the module (the library queues calls made before it is ready).
  await zopfli.deflateAsync(new Uint8Array(1), options);
  return (bytes) => {
    let out: Uint8Array | undefined;
    zopfli.deflate(bytes, options, (error, result) => {
      if (error) throw error;
      out = result;
    });
    if (out === undefined) throw new Error('zopfliDeflate: the encoder did not run synchronously');
    return out;
  };
}

/**
 * `text` as `UNPACK_JS` reads it: its UTF-8 bytes in raw DEFLATE (by `deflate`) in PACK_DIGITS. Any
 * text that is well-formed UTF-16 (no lone surrogate, which UTF-8 cannot hold).
 */
export function packText(text: string, deflate: Deflate = zlibDeflate): string {
  if (!wellFormed(text)) throw new Error('packText: a lone surrogate');
  return encodeDigits(deflate(new TextEncoder().encode(text)));
}

/** No lone surrogate: the text survives UTF-8 (a pair is one code point to a `u` pattern). */
const wellFormed = (text: string): boolean => !/\p{Cs}/u.test(text);

/** How many bytes `text` takes in UTF-8: the length `UNPACK_JS` is given. */
export const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** `unpack` (UNPACK_JS) undoes `packText` of a text of `length` UTF-8 bytes (for the tests). */
export const unpackText = (packed: string, length: number): string =>
  (new Function(`return ${UNPACK_JS}`)() as (p: string, s: string, n: number) => string[])(
    packed,
    '\u0000',
    length,
  ).join('\u0000');

/**
 * The shortest regular expression pattern `packBundle` reads from the packed string; any length when
 * it is tested in a function (`/…/.test(s)`, then `_(i,s)`).
 */
const MIN_PACKED_PATTERN = 12;
/**
 * The fewest tests of regular expressions built on first use that `packBundle` reads by name
 * (`_.ab(s)`, about a byte shorter each, the functions made about 100 bytes).
 */
const MIN_NAMED_TESTS = 40;
/** The fewest strings of an array `packBundle` reads as one string split at its spaces. */
const MIN_SPLIT_ARRAY = 4;
/**
 * The shortest string written inside a function (`named`) read from the packed string there, and
 * the shortest text between a template's substitutions (`${$.ab}` costs three characters more).
 */
const MIN_STRING_IN_FUNCTION = 8;
const MIN_PART_IN_FUNCTION = 12;
/** The shortest name of a method `packBundle` may call through a short function (`$L(a)` for `a.toLowerCase()`). */
const MIN_ALIASED_METHOD = 4;
/**
 * The shortest name of a property `packBundle` may read through a short function (`$O(a)` for
 * `a.ownerDocument`): seven characters leaves out `length` and the engine's other short names read
 * in its loops.
 */
const MIN_ALIASED_PROPERTY = 7;
/**
 * Methods `packBundle` leaves called on their receivers: those the engine calls in its loops over
 * tokens and characters (a lookup, a test, a slice), where a call through one more function for
 * every receiver could cost time.
 */
const HOT_METHODS = new Set([
  'has',
  'get',
  'set',
  'add',
  'delete',
  'test',
  'exec',
  'slice',
  'substring',
  'substr',
  'charAt',
  'charCodeAt',
  'codePointAt',
  'at',
  'push',
  'pop',
  'shift',
  'unshift',
  'indexOf',
  'lastIndexOf',
  'some',
  'every',
  'map',
  'filter',
  'forEach',
  'find',
  'findIndex',
  'reduce',
  'sort',
  'concat',
  'call',
  'apply',
  'bind',
]);
/** The shortest literal of plain data (`jsonValue`) that `packBundle` reads as JSON from the packed string. */
const MIN_JSON_LITERAL = 24;

/**
 * The value of an array or object literal written of plain data alone (strings, finite numbers,
 * `true` and `false` as the minifier writes them, `!0` and `!1`, null, and arrays and objects of
 * them under plain keys), which `JSON.parse` of its JSON text builds again: a new array or object,
 * the same members in the same order. Undefined for anything else (a name read, a call, a spread, a
 * computed, numeric or `__proto__` key, a key written twice, a hole, -0).
 */
export function jsonValue(node: ts.Node): unknown {
  const no = Symbol('no');
  const value = (n: ts.Node): unknown => {
    if (ts.isParenthesizedExpression(n)) return value(n.expression);
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isNumericLiteral(n)) {
      const v = Number(n.text);
      return Number.isFinite(v) ? v : no;
    }
    if (ts.isPrefixUnaryExpression(n) && ts.isNumericLiteral(n.operand)) {
      const v = Number(n.operand.text);
      if (!Number.isFinite(v)) return no;
      if (n.operator === ts.SyntaxKind.MinusToken) return v === 0 ? no : -v;
      if (n.operator === ts.SyntaxKind.ExclamationToken && (v === 0 || v === 1)) return v === 0;
      return no;
    }
    if (n.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (n.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (n.kind === ts.SyntaxKind.NullKeyword) return null;
    if (ts.isArrayLiteralExpression(n)) {
      const out: unknown[] = [];
      for (const e of n.elements) {
        const v = ts.isOmittedExpression(e) ? no : value(e);
        if (v === no) return no;
        out.push(v);
      }
      return out;
    }
    if (ts.isObjectLiteralExpression(n)) {
      const out: Record<string, unknown> = {};
      for (const p of n.properties) {
        if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
          return no;
        const key = p.name.text;
        // A key an integer would name is ordered first by a literal and by JSON.parse alike, but
        // stays out all the same (as one that `__proto__` or a second use of a key would change).
        if (key === '__proto__' || Object.hasOwn(out, key) || /^\d/.test(key)) return no;
        const v = value(p.initializer);
        if (v === no) return no;
        out[key] = v;
      }
      return out;
    }
    return no;
  };
  const v = value(node);
  return v === no ? undefined : v;
}

/**
 * `texts` in an order where each is followed by the one left most alike (the most 3-character runs
 * in common for the runs either has, ties to the first in `texts`; one with none in common by the
 * first left): DEFLATE finds closer, longer copies than in code point order (the detection bundle's
 * packed texts: −2.8% zlib bytes).
 */
export function similarOrder(texts: readonly string[]): string[] {
  const grams = texts.map((t) => {
    const g = new Set<string>();
    for (let i = 0; i + 3 <= t.length; i++) g.add(t.slice(i, i + 3));
    return [...g];
  });
  const postings = new Map<string, number[]>();
  grams.forEach((gs, j) => {
    for (const g of gs) {
      const list = postings.get(g);
      if (list) list.push(j);
      else postings.set(g, [j]);
    }
  });
  const used = new Uint8Array(texts.length);
  const shared = new Int32Array(texts.length);
  const out: string[] = [];
  let next = 0;
  for (let cur = 0; out.length < texts.length; ) {
    used[cur] = 1;
    out.push(texts[cur] as string);
    const mine = grams[cur] as string[];
    const touched: number[] = [];
    for (const g of mine)
      for (const j of postings.get(g) as number[])
        if (!used[j]) {
          if (shared[j] === 0) touched.push(j);
          shared[j] = (shared[j] as number) + 1;
        }
    let best = -1;
    let bestScore = 0;
    for (const j of touched) {
      const k = shared[j] as number;
      const score = k / (mine.length + (grams[j] as string[]).length - k + 1);
      if (score > bestScore || (score === bestScore && j < best)) {
        bestScore = score;
        best = j;
      }
      shared[j] = 0;
    }
    if (best < 0) {
      while (next < texts.length && used[next]) next++;
      best = next;
    }
    cur = best;
  }
  return out;
}

/**
 * The built detection bundle (`code`, minified) with the strings it evaluates once read from one
 * packed string (`packText`), unpacked when the bundle loads: `` `you|u are|r` `` is then `$z[12]`,
 * the same string. Evaluated once: at the top of the module, or of the function the bundle is
 * wrapped in and calls at once (`var detect=(function(){…})()`), not inside any other function or
 * a class; and so are the patterns of the regular expressions it evaluates once (12 characters or
 * more), each `new RegExp(pattern, flags)` through one short function, the same object. A regular
 * expression inside a function that keeps no state between uses (no `g` or `y` flag) is built
 * once, on its first use, and shared by every later evaluation (which a literal would build anew:
 * nothing can tell the two apart, lastIndex being neither read nor written). A template literal
 * evaluated once keeps its substitutions and reads its text between them the same way
 * (`` `${a}: some words` `` is then `` `${a}${$z[7]}` ``, the same string). Only strings
 * written without escapes (UTF-8 in the packed string), not an object key, an import or a directive,
 * not a tagged template's. Working on the bundle, it packs
 * only what tree-shaking left in, and the rule files' common words once for them all.
 *
 * `named` (the shipped bundles): a text no regular expression is built from is read by a name of
 * its own rather than its index, `$.ab` for `$[1234]` (`packedName`; the names are given to the
 * unpacked array's entries once, when it loads), the texts read more than once first (one-letter
 * names); the regular expressions' texts come first in the array, so their indexes are short.
 * About 2,500 reads in the detection bundle, 7.8 kB less; the bundle unpacked
 * (scripts/unpack-bundle.mjs) is the same. A pattern evaluated once is then read with its flags
 * (`pattern/flags`, as one built on first use): `$q(12)` for `$q(12,"iu")`.
 */
export function packBundle(
  code: string,
  always = false,
  short: readonly string[] = [],
  deflate: Deflate = zlibDeflate,
  named = false,
): { code: string; strings: number; skipped?: string } {
  const sf = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  // The names `short` offers (the one-character names the minifier was told to leave alone,
  // DETECT_RESERVED) that no identifier of the bundle has, in any scope: each of the ~3,300 reads
  // of the packed strings and regular expressions is then one character shorter.
  const used = new Set<string>();
  const collect = (n: ts.Node): void => {
    if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) used.add(n.text);
    ts.forEachChild(n, collect);
  };
  if (short.length > 0) collect(sf);
  const free = short.filter((n) => !used.has(n));
  const name = free[0] ?? ['$z', '$y', '$x', '$w', '$v'].find((n) => !code.includes(n));
  if (name === undefined) return { code, strings: 0, skipped: 'no free name for the packed string' };
  // The function the bundle is wrapped in and calls at once, if any.
  const wrapper = (fn: ts.Node): boolean => {
    let up = fn.parent;
    while (up && ts.isParenthesizedExpression(up)) up = up.parent;
    if (!up || !ts.isCallExpression(up)) return false;
    for (let n = up.parent; n; n = n.parent) if (ts.isFunctionLike(n) || ts.isClassLike(n)) return false;
    return true;
  };
  const lazy = lazyModuleBodies(sf);
  const once = (node: ts.Node): ts.Node | null => {
    let fn: ts.Node | null = null;
    for (let n = node.parent; n; n = n.parent) {
      if (ts.isClassLike(n)) return null;
      // The body of a CommonJS module the bundler wraps (`lazyModuleBodies`) runs at most once.
      if (ts.isFunctionLike(n) && !lazy.has(n)) {
        if (fn) return null;
        fn = n;
      }
    }
    if (fn === null) return sf;
    return (ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && wrapper(fn) ? fn : null;
  };
  // The scope evaluated once that holds `node`, however deep in functions and classes: the
  // function the bundle is wrapped in, or else the module.
  const outermost = (node: ts.Node): ts.Node => {
    let fn: ts.Node | null = null;
    for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n) || ts.isClassLike(n)) fn = n;
    return fn && (ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && wrapper(fn) ? fn : sf;
  };
  // A string, or a regular expression's pattern (`flags` set: the literal becomes
  // `new RegExp(pattern, flags)`, the same object, evaluated once all the same); or (`memo`) a
  // regular expression inside a function, built once on first use: `pattern/flags` in the packed
  // string.
  // Or (`part`) the text of a template literal between its substitutions: `${$z[3]}` in its place.
  // A memo one tried on one text (`/…/.test(s)`, ~800 in the detection bundle) is `test`: written
  // `_(i,s)`, the call up to its argument replaced (`end`), the same test of the same regular
  // expression (the argument evaluated before the pattern is looked up, which has no side effect).
  const found: Array<{
    node: ts.Node;
    text: string;
    flags?: string;
    memo?: true;
    test?: number;
    part?: true;
    split?: true;
    json?: true;
  }> = [];
  /** Where the argument of `node.test(argument)` starts, `node` a regular expression literal. */
  const testedAt = (node: ts.Node): number | undefined => {
    const access = node.parent;
    if (!access || !ts.isPropertyAccessExpression(access) || access.expression !== node) return undefined;
    if (access.questionDotToken || access.name.text !== 'test') return undefined;
    const call = access.parent;
    if (!call || !ts.isCallExpression(call) || call.expression !== access || call.questionDotToken)
      return undefined;
    const [arg, ...rest] = call.arguments;
    if (!arg || rest.length > 0 || ts.isSpreadElement(arg)) return undefined;
    const at = arg.getStart(sf);
    return code.slice(node.getEnd(), at) === '.test(' ? at : undefined;
  };
  const scopes = new Set<ts.Node>();
  const take = (node: ts.Node, text: string, flags?: string, part?: true, long = true) => {
    const scope = once(node);
    if (!scope) {
      // A regular expression that keeps no state between uses (no `g` or `y` flag: no method reads
      // or writes its lastIndex) is the same whether each evaluation makes a new one or all share
      // one. It is built on its first use, in the scope the packed string is declared in.
      if (flags !== undefined && !/[gy]/.test(flags)) {
        const test = testedAt(node);
        if (test === undefined && !long) return;
        found.push({ node, text: `${text}/${flags}`, memo: true, ...(test === undefined ? {} : { test }) });
        scopes.add(outermost(node));
        return;
      }
      // `named`: a string written inside a function, long enough to pay, read from the packed
      // string there (`$.ab`: the same string, whichever evaluation reads it).
      if (
        named &&
        flags === undefined &&
        text.length >= (part ? MIN_PART_IN_FUNCTION : MIN_STRING_IN_FUNCTION)
      ) {
        found.push({ node, text, ...(part ? { part } : {}) });
        scopes.add(outermost(node));
      }
      return;
    }
    if (!long) return;
    // `named`: a pattern's flags are read with it (`pattern/flags`, as a memo's), `$q(i)`.
    found.push({
      node,
      text: named && flags !== undefined ? `${text}/${flags}` : text,
      ...(flags === undefined ? {} : { flags }),
      ...(part ? { part } : {}),
    });
    scopes.add(scope);
  };
  // A string written without escapes (its text is what the source has between the quotes).
  const plainString = (e: ts.Node): e is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) &&
    wellFormed(e.text) &&
    e.getText(sf).slice(1, -1) === e.text;
  const aliased = new Map<string, ts.PropertyAccessExpression[]>();
  const boundNames = new Set<string>();
  const bound = (n: ts.Node): void => {
    const d = n as { name?: ts.Node };
    if (
      (ts.isVariableDeclaration(n) ||
        ts.isParameter(n) ||
        ts.isFunctionLike(n) ||
        ts.isClassLike(n) ||
        ts.isBindingElement(n) ||
        ts.isImportSpecifier(n)) &&
      d.name &&
      ts.isIdentifier(d.name)
    )
      boundNames.add(d.name.text);
    ts.forEachChild(n, bound);
  };
  if (named) bound(sf);
  const visit = (node: ts.Node): void => {
    // An array of MIN_SPLIT_ARRAY strings or more, none empty or holding a space, evaluated once:
    // one string split at its spaces (`$[i].split(" ")`), a new array of the same strings.
    if (
      ts.isArrayLiteralExpression(node) &&
      node.elements.length >= MIN_SPLIT_ARRAY &&
      node.elements.every((e) => plainString(e) && e.text !== '' && !e.text.includes(' ')) &&
      once(node)
    ) {
      const words = node.elements.map((e) => (e as ts.StringLiteral).text);
      found.push({ node, text: words.join(' '), split: true });
      scopes.add(once(node) as ts.Node);
      return;
    }
    // `named`: an array or object of plain data (`jsonValue`) evaluated once, its JSON text parsed
    // (`JSON.parse($.ab)`, through a short name): a new array or object, the same members.
    if (
      named &&
      !boundNames.has('JSON') &&
      (ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) &&
      node.getWidth(sf) >= MIN_JSON_LITERAL &&
      once(node)
    ) {
      const value = jsonValue(node);
      const text = value === undefined ? undefined : JSON.stringify(value);
      if (text !== undefined && wellFormed(text)) {
        found.push({ node, text, json: true });
        scopes.add(once(node) as ts.Node);
        return;
      }
    }
    if (
      (ts.isStringLiteral(node) ||
        (ts.isNoSubstitutionTemplateLiteral(node) && !ts.isTaggedTemplateExpression(node.parent))) &&
      node.text.length >= 6 &&
      wellFormed(node.text) &&
      node.getText(sf).slice(1, -1) === node.text &&
      isValueString(node)
    )
      take(node, node.text);
    if (
      (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) &&
      !ts.isTaggedTemplateExpression(
        ts.isTemplateHead(node) ? node.parent.parent : node.parent.parent.parent,
      ) &&
      node.text.length >= 6 &&
      wellFormed(node.text) &&
      node.rawText === node.text
    )
      take(node, node.text, undefined, true);
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/');
      const pattern = node.text.slice(1, end);
      // A shorter one only where it is read as `_(i,s)` (in a function, tested), which pays.
      const long = pattern.length >= MIN_PACKED_PATTERN;
      if ((long || testedAt(node) !== undefined) && wellFormed(pattern))
        take(node, pattern, node.text.slice(end + 1), undefined, long);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // `named`: the built-in functions of STATIC_FUNCTIONS (Math.max and Math.min, about 250 calls in
  // the two bundles) read through a short name each where that pays, the same function (none reads
  // `this`), unless a binding of the bundle has the name of their object.
  if (named) {
    const statics = (n: ts.Node): void => {
      if (
        ts.isPropertyAccessExpression(n) &&
        ts.isIdentifier(n.expression) &&
        !boundNames.has(n.expression.text) &&
        !n.questionDotToken &&
        STATIC_FUNCTIONS.has(`${n.expression.text}.${n.name.text}`) &&
        !(ts.isBinaryExpression(n.parent) && n.parent.left === n) &&
        !ts.isDeleteExpression(n.parent) &&
        !ts.isPrefixUnaryExpression(n.parent) &&
        !ts.isPostfixUnaryExpression(n.parent)
      ) {
        const fn = `${n.expression.text}.${n.name.text}`;
        aliased.set(fn, [...(aliased.get(fn) ?? []), n]);
      }
      ts.forEachChild(n, statics);
    };
    statics(sf);
  }
  // `named`: the methods called with no argument (`a.toLowerCase()`), or with arguments whose
  // evaluation can change nothing (`a.replace(/x/g, b)`), through a short function each (per
  // method and number of arguments) where that pays (`$L(a)`, `$L=e=>e.toLowerCase()`;
  // `$P(a,/x/g,b)`, `$P=(e,t,n)=>e.replace(t,n)`): the same receiver and arguments evaluated, the
  // same method looked up on the receiver and called with it as `this` and the same arguments (the
  // method is looked up after the arguments are evaluated rather than before, which nothing can
  // tell apart when evaluating them has no effect). Not in an optional chain (`a?.b.m()` gives
  // undefined where `$L(a?.b)` would throw), nor on `super`, nor the methods of HOT_METHODS.
  const methodCalls = new Map<string, ts.CallExpression[]>();
  if (named) {
    const inertArgument = (e: ts.Expression): boolean =>
      ts.isParenthesizedExpression(e)
        ? inertArgument(e.expression)
        : ts.isIdentifier(e) ||
          ts.isStringLiteral(e) ||
          ts.isNumericLiteral(e) ||
          ts.isNoSubstitutionTemplateLiteral(e) ||
          ts.isRegularExpressionLiteral(e) ||
          ts.isArrowFunction(e) ||
          ts.isFunctionExpression(e) ||
          e.kind === ts.SyntaxKind.TrueKeyword ||
          e.kind === ts.SyntaxKind.FalseKeyword ||
          e.kind === ts.SyntaxKind.NullKeyword ||
          (ts.isPrefixUnaryExpression(e) && ts.isNumericLiteral(e.operand)) ||
          (ts.isTemplateExpression(e) && e.templateSpans.every((t) => inertArgument(t.expression)));
    const calls = (n: ts.Node): void => {
      if (
        ts.isCallExpression(n) &&
        !n.questionDotToken &&
        !(n.flags & ts.NodeFlags.OptionalChain) &&
        ts.isPropertyAccessExpression(n.expression) &&
        !n.expression.questionDotToken &&
        !(n.expression.flags & ts.NodeFlags.OptionalChain) &&
        ts.isIdentifier(n.expression.name) &&
        n.expression.name.text.length >= MIN_ALIASED_METHOD &&
        !HOT_METHODS.has(n.expression.name.text) &&
        n.expression.expression.kind !== ts.SyntaxKind.SuperKeyword &&
        // `Math.max(…)` is read through its own short name (STATIC_FUNCTIONS).
        !STATIC_FUNCTIONS.has(`${n.expression.expression.getText(sf)}.${n.expression.name.text}`) &&
        n.arguments.every((a) => !ts.isSpreadElement(a) && inertArgument(a)) &&
        code.slice(
          n.expression.expression.getEnd(),
          n.arguments.length > 0 ? (n.arguments[0] as ts.Expression).getStart(sf) : n.getEnd(),
        ) === `.${n.expression.name.text}(${n.arguments.length > 0 ? '' : ')'}`
      ) {
        const m = `${n.expression.name.text}/${n.arguments.length}`;
        methodCalls.set(m, [...(methodCalls.get(m) ?? []), n]);
      }
      ts.forEachChild(n, calls);
    };
    calls(sf);
  }
  // `named`: the properties read (not called, written, deleted or a tag) through a short function
  // each where that pays (`$O(a)`, `$O=e=>e.ownerDocument`): the same receiver evaluated and the
  // same property read on it (a getter is called with it as `this`). Not in an optional chain,
  // nor on `super`, nor in parentheses, an array or an object literal (which may be a
  // destructuring target).
  const propertyReads = new Map<string, ts.PropertyAccessExpression[]>();
  if (named) {
    const reads = (n: ts.Node): void => {
      const up = n.parent;
      if (
        ts.isPropertyAccessExpression(n) &&
        up &&
        !n.questionDotToken &&
        !(n.flags & ts.NodeFlags.OptionalChain) &&
        ts.isIdentifier(n.name) &&
        n.name.text.length >= MIN_ALIASED_PROPERTY &&
        // A method read to be called with another `this` (`''.charCodeAt.call(s, i)`, per character).
        !HOT_METHODS.has(n.name.text) &&
        !(ts.isPropertyAccessExpression(up) && /^(?:call|apply|bind)$/.test(up.name.text)) &&
        n.expression.kind !== ts.SyntaxKind.SuperKeyword &&
        !ts.isMetaProperty(n.expression) &&
        !STATIC_FUNCTIONS.has(`${n.expression.getText(sf)}.${n.name.text}`) &&
        !((ts.isCallExpression(up) || ts.isNewExpression(up)) && up.expression === n) &&
        !(ts.isTaggedTemplateExpression(up) && up.tag === n) &&
        !(
          ts.isBinaryExpression(up) &&
          up.left === n &&
          up.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
          up.operatorToken.kind <= ts.SyntaxKind.LastAssignment
        ) &&
        !ts.isPrefixUnaryExpression(up) &&
        !ts.isPostfixUnaryExpression(up) &&
        !ts.isDeleteExpression(up) &&
        !ts.isParenthesizedExpression(up) &&
        !ts.isArrayLiteralExpression(up) &&
        !ts.isObjectLiteralElementLike(up) &&
        !ts.isSpreadElement(up) &&
        !((ts.isForInStatement(up) || ts.isForOfStatement(up)) && up.initializer === n) &&
        code.slice(n.expression.getEnd(), n.getEnd()) === `.${n.name.text}`
      )
        propertyReads.set(n.name.text, [...(propertyReads.get(n.name.text) ?? []), n]);
      ts.forEachChild(n, reads);
    };
    reads(sf);
  }
  // All in one scope, where the packed string is declared first.
  const scope = [...scopes][0];
  if (found.length === 0 || scopes.size !== 1 || scope === undefined)
    return { code, strings: 0, skipped: `${found.length} texts found in ${scopes.size} scopes (one needed)` };
  let statements: ts.NodeArray<ts.Statement>;
  let end: number;
  if (scope === sf) {
    if (sf.statements.some((s) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s)))
      return { code, strings: 0, skipped: 'a module with imports or exports' };
    statements = sf.statements;
    end = sf.getEnd();
  } else {
    const body = (scope as ts.FunctionExpression | ts.ArrowFunction).body;
    if (!ts.isBlock(body)) return { code, strings: 0, skipped: 'the wrapper has no block body' };
    statements = body.statements;
    end = body.getEnd() - 1;
  }
  // After the directives ('use strict').
  const first = statements.find(
    (s) => !(ts.isExpressionStatement(s) && ts.isStringLiteralLike(s.expression)),
  );
  const at = first ? first.getStart(sf) : end;
  // Not in a parameter's default value, evaluated before the body.
  if (found.some((n) => n.node.getStart(sf) < at))
    return { code, strings: 0, skipped: 'a text in a parameter default of the wrapper' };
  // In code point order, so that texts alike sit side by side (closer copies for DEFLATE: 2.3 kB
  // less packed than in the order of first use).
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  let texts = [...new Set(found.map((n) => n.text))].sort(byCode);
  // `named`: the texts regular expressions are built from (`patterns`) first, in code point order,
  // read by index (`$q(i)`, `$R(i)`); the rest after them, each read by a name of its own
  // (`packedName`). With many tests (`namedTests`), each pattern's text also names, in a second
  // object (`_`), the function testing it (`_.ab(s)`, its regular expression built on first use),
  // or, for a pattern evaluated once that nothing else reads (`regexNamed`, first of all), the
  // regular expression itself, built when the bundle loads (`_.ab`). (The patterns in one run, each
  // of those marked by a last character of its own, packed 0.2 kB smaller, but the marks cost more.)
  const patterns = new Set(found.filter((n) => n.flags !== undefined || n.memo).map((n) => n.text));
  const regexNamed = new Set<string>();
  let byName = texts.length;
  let namedTests = false;
  // `namedTests`: where the run of `regexNamed` patterns starts.
  let onceFrom = 0;
  // `namedTests`: a regular expression declared once at the top (`const a=/…/`, no `g` or `y` flag)
  // that is only ever tested (`a.test(s)`) is declared as its test instead (`const a=_.ab`, read
  // `a(s)`, the same regular expression built on first use and tested): `testedOnly`.
  const testedOnly = new Map<(typeof found)[number], ts.Identifier[]>();
  if (named) {
    namedTests = found.filter((n) => n.test !== undefined).length >= MIN_NAMED_TESTS;
    if (namedTests) for (const [n, sites] of onlyTested(sf, code, found)) testedOnly.set(n, sites);
    // A pattern evaluated once whose text nothing else reads (a string, a test, a memo) and that,
    // read in more than one place, keeps no state between uses (no `g` or `y` flag: each place
    // building its own was the same as all sharing one).
    const onceReads = new Map<string, number>();
    for (const n of found) if (n.flags !== undefined) onceReads.set(n.text, (onceReads.get(n.text) ?? 0) + 1);
    const asTests = new Set([...testedOnly.keys()].map((n) => n.text));
    for (const n of found) if (n.flags !== undefined && !testedOnly.has(n)) asTests.delete(n.text);
    for (const n of testedOnly.keys()) if (!asTests.has(n.text)) testedOnly.delete(n);
    for (const t of asTests) onceReads.delete(t);
    const other = new Set(found.filter((n) => n.flags === undefined).map((n) => n.text));
    if (namedTests)
      for (const [t, k] of onceReads)
        if (!other.has(t) && (k === 1 || !/[gy]/.test(t.slice(t.lastIndexOf('/') + 1)))) regexNamed.add(t);
    // The texts read most often take the one-character names.
    const reads = new Map<string, number>();
    for (const n of found) if (!patterns.has(n.text)) reads.set(n.text, (reads.get(n.text) ?? 0) + 1);
    const often = new Set(
      [...reads]
        .sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))
        .slice(0, NAME_START.length)
        .filter(([, k]) => k > 1)
        .map(([t]) => t),
    );
    byName = patterns.size;
    // In each group, the texts that take the group's one-character names (the first 54 names of
    // each object) those read most often, then texts alike side by side (`similarOrder`, in both
    // parts: closer copies for DEFLATE than code point order gives).
    const uses = new Map<string, number>();
    for (const n of found) uses.set(n.text, (uses.get(n.text) ?? 0) + 1);
    const once = texts.filter((t) => regexNamed.has(t));
    const tested = texts.filter((t) => patterns.has(t) && !regexNamed.has(t));
    const rest = texts.filter((t) => !patterns.has(t) && !often.has(t));
    const short = NAME_START.length;
    const alike = (list: string[], keep: number) => {
      const first = new Set(
        list
          .map((t, i) => [t, i] as const)
          .sort((a, b) => (uses.get(b[0]) ?? 0) - (uses.get(a[0]) ?? 0) || a[1] - b[1])
          .slice(0, keep)
          .map(([t]) => t),
      );
      return [
        ...similarOrder(list.filter((t) => first.has(t))),
        ...similarOrder(list.filter((t) => !first.has(t))),
      ];
    };
    // The patterns: first the tested ones read most as `_.a(s)` (the one-character names of `_`
    // go to them rather than to the first of those built when the bundle loads, most read once),
    // then those built when the bundle loads (`regexNamed`, one run), then the other tested ones.
    // (Those read by index as `D(i)` put first too, their indexes shorter, cost 0.3 kB more: the
    // patterns in four runs packed 0.45 kB larger.)
    const underscore = new Map<string, number>();
    for (const n of found)
      if (n.test !== undefined || testedOnly.has(n) || regexNamed.has(n.text))
        underscore.set(n.text, (underscore.get(n.text) ?? 0) + 1);
    const top = new Set(
      tested
        .map((t, i) => [t, i] as const)
        .sort((a, b) => (underscore.get(b[0]) ?? 0) - (underscore.get(a[0]) ?? 0) || a[1] - b[1])
        .slice(0, short)
        .filter(([t]) => (underscore.get(t) ?? 0) > 1)
        .map(([t]) => t),
    );
    texts = [
      ...similarOrder(tested.filter((t) => top.has(t))),
      ...alike(once, Math.max(0, short - top.size)),
      ...alike(
        tested.filter((t) => !top.has(t)),
        Math.max(0, short - top.size - once.length),
      ),
      ...similarOrder(texts.filter((t) => often.has(t))),
      ...alike(rest, Math.max(0, short - often.size)),
    ];
    onceFrom = top.size;
  }
  const sep = [...'^`{}#@%&<>=;:~"', ...PACK_DIGITS, '\n', '\t', '\u0000'].find((c) =>
    texts.every((t) => !t.includes(c)),
  );
  if (sep === undefined) return { code, strings: 0, skipped: 'no separator character free' };
  // The minifier names bindings `$r`, `$R`, … too once a bundle has enough of them: the preferred
  // names first, then any other `$` and a letter it left free.
  const spare = [...new Set([...'rqpoRQPONMnmlkjLKJIH', ...NAME_START.slice(0, 52)])]
    .map((c) => `$${c}`)
    .filter((n) => !code.includes(n));
  // A short name left goes to the tests of regular expressions built on first use (~1,200 reads).
  const [regex, memo, memos, test] = [spare[0], spare[1], spare[2], free[1] ?? spare[3]];
  // `namedTests`: the function giving the names (`packedName`).
  const namer = [...NAME_START.slice(0, 52)]
    .map((c) => `$${c}`)
    .find((n) => !code.includes(n) && ![regex, memo, memos, test].includes(n));
  const taken = [regex, memo, memos, test, namer];
  const spareNames = [...NAME_START.slice(0, 52)]
    .map((c) => `$${c}`)
    .filter((n) => !code.includes(n) && !taken.includes(n));
  // Each read `Math.max` becomes `$B` (two characters); the name costs `,$B=Math.max` once.
  const aliases = new Map<string, string>();
  for (const [fn, reads] of [...aliased].sort((x, y) => y[1].length - x[1].length)) {
    const short = spareNames[aliases.size];
    if (
      short !== undefined &&
      reads.length * (fn.length - 2) > fn.length + 4 &&
      reads.every((n) => n.getStart(sf) >= at)
    )
      aliases.set(fn, short);
  }
  // A method call `.name()` becomes `$X(…)`: each saves the name's length less one, and the
  // function costs `,$X=e=>e.name()` once.
  const methods = new Map<string, string>();
  const params = 'tnrias';
  const methodDef = (key: string, short: string): string => {
    const [m, argc] = key.split('/') as [string, string];
    const args = params.slice(0, Number(argc)).split('').join(',');
    return `,${short}=${args === '' ? 'e' : `(e,${args})`}=>e.${m}(${args})`;
  };
  for (const [key, calls] of [...methodCalls].sort(
    (x, y) => y[1].length - x[1].length || byCode(x[0], y[0]),
  )) {
    const short = spareNames[aliases.size + methods.size];
    const [m, argc] = key.split('/') as [string, string];
    if (
      short !== undefined &&
      Number(argc) <= params.length &&
      calls.length * (m.length - (argc === '0' ? 1 : 2)) > methodDef(key, short).length + 4 &&
      calls.every((n) => n.getStart(sf) >= at)
    )
      methods.set(key, short);
  }
  // The `$` and a letter left, then `$_` and `$` and a digit, then `$` and two letters.
  const moreNames = [
    ...spareNames.slice(aliases.size + methods.size),
    ...[...`_${NAME_PART.slice(54)}`].map((c) => `$${c}`),
    ...[...NAME_START.slice(0, 52)].flatMap((c) => [...NAME_START.slice(0, 52)].map((d) => `$${c}${d}`)),
  ].filter((n) => !code.includes(n) && !taken.includes(n));
  // The JSON texts' parser, through a short name when read more than once (a longer one where the
  // `$` and a letter ran out: `$_(…)` is still shorter than `JSON.parse(…)`).
  const jsonReads = found.filter((n) => n.json).length;
  const parseJson = (jsonReads > 1 ? moreNames[0] : undefined) ?? 'JSON.parse';
  // A property read `.name` becomes `$O(…)`: each saves the name's length less three, and the
  // function costs `,$O=e=>e.name` once.
  const properties = new Map<string, string>();
  const propertyNames = moreNames.slice(parseJson === 'JSON.parse' ? 0 : 1);
  for (const [p, nodes] of [...propertyReads].sort(
    (x, y) => y[1].length * (y[0].length - 3) - x[1].length * (x[0].length - 3) || byCode(x[0], y[0]),
  )) {
    const short = propertyNames[properties.size];
    if (
      short !== undefined &&
      nodes.length * (p.length + 1 - short.length - 2) > short.length + p.length + 7 + 4 &&
      nodes.every((n) => n.getStart(sf) >= at)
    )
      properties.set(p, short);
  }
  if (
    regex === undefined ||
    memo === undefined ||
    memos === undefined ||
    test === undefined ||
    (namedTests && namer === undefined)
  )
    return { code, strings: 0, skipped: 'too few `$` names free for the helpers' };
  const joined = texts.join(sep);
  const packed = packText(joined, deflate);
  const plain = found.reduce((a, n) => a + n.node.getWidth(sf), 0);
  if (!always && packed.length + found.length * 7 + UNPACK_JS.length + 30 >= plain)
    return { code, strings: 0, skipped: 'packed no smaller than plain' };
  const index = new Map(texts.map((t, i) => [t, i]));
  // A text from `byName` on by its name (`$.ab`), one before by its index (`$[12]`).
  const read = (i: number) => (i < byName ? `${name}[${i}]` : `${name}.${packedName(i - byName)}`);
  const edits = found.map((n) => {
    const start = n.node.getStart(sf);
    const i = index.get(n.text) as number;
    if (n.part) {
      // The template's own delimiters stay: `\`…${`, `}…${` or `}…\``.
      const node = n.node as ts.TemplateLiteralLikeNode & ts.Node;
      const open = ts.isTemplateHead(node) ? '`' : '}';
      const close = ts.isTemplateTail(node) ? '`' : '${';
      return { start, end: n.node.getEnd(), text: `${open}\${${read(i)}}${close}` };
    }
    // `return\`x\`` and `case\`x\`` need a space once the string is a name.
    const space = /[\w$]/.test(code[start - 1] ?? '') ? ' ' : '';
    const text = n.memo
      ? `${memo}(${i})`
      : regexNamed.has(n.text) || testedOnly.has(n)
        ? `${test}.${packedName(i)}`
        : n.flags === undefined
          ? read(i)
          : `${regex}(${i}${n.flags && !named ? `,${JSON.stringify(n.flags)}` : ''})`;
    if (n.test !== undefined)
      return {
        start,
        end: n.test,
        text: namedTests ? `${space}${test}.${packedName(i)}(` : `${space}${test}(${i},`,
      };
    if (n.split) return { start, end: n.node.getEnd(), text: `${space}${read(i)}.split(" ")` };
    if (n.json) return { start, end: n.node.getEnd(), text: `${space}${parseJson}(${read(i)})` };
    // `"x"in e` needs one after: `$.ab in e`.
    const after = /[\w$]/.test(code[n.node.getEnd()] ?? '') && /[\w$]$/.test(text) ? ' ' : '';
    return { start, end: n.node.getEnd(), text: `${space}${text}${after}` };
  });
  // `a.test(s)` as `a(s)` where `a` is now the test.
  for (const sites of testedOnly.values())
    for (const id of sites)
      edits.push({ start: id.getEnd(), end: (id.parent as ts.Node).getEnd(), text: '' });
  for (const [fn, short] of aliases)
    for (const node of aliased.get(fn) ?? [])
      edits.push({ start: node.getStart(sf), end: node.getEnd(), text: short });
  // `a.m()` as `$X(a)`: `$X(` before the receiver (whose own edits stay inside), `)` for `.m()`.
  // Of calls whose receivers start at one place (`a.m().n()`), only the first taken (one `$X(`
  // written there).
  const opened = new Set<number>();
  for (const [m, short] of methods)
    for (const call of methodCalls.get(m) ?? []) {
      const receiver = (call.expression as ts.PropertyAccessExpression).expression;
      const start = receiver.getStart(sf);
      if (opened.has(start)) continue;
      opened.add(start);
      const space = /[\w$]/.test(code[start - 1] ?? '') ? ' ' : '';
      edits.push({ start, end: start, text: `${space}${short}(` });
      // `.m()` becomes `)`; `.m(` before the first argument, `,`.
      const first = call.arguments[0];
      if (first === undefined) edits.push({ start: receiver.getEnd(), end: call.getEnd(), text: ')' });
      else edits.push({ start: receiver.getEnd(), end: first.getStart(sf), text: ',' });
    }
  // `a.name` as `$O(a)`, where no method call's or other read's `$X(` is written at the same place.
  for (const [p, short] of properties)
    for (const read of propertyReads.get(p) ?? []) {
      const start = read.expression.getStart(sf);
      if (opened.has(start)) continue;
      opened.add(start);
      const space = /[\w$]/.test(code[start - 1] ?? '') ? ' ' : '';
      edits.push({ start, end: start, text: `${space}${short}(` });
      edits.push({ start: read.expression.getEnd(), end: read.getEnd(), text: ')' });
    }
  const parse = `((s,k=s.lastIndexOf("/"))=>new RegExp(s.slice(0,k),s.slice(k+1)))(${name}[i])`;
  const hasTests = found.some((n) => n.test !== undefined);
  const helpers = named
    ? // A new regular expression of `pattern/flags` each call, and the one built on first use; the
      // tests by name, an object of functions.
      (found.some((n) => n.flags !== undefined || n.memo) ? `,${regex}=i=>${parse}` : '') +
      (found.some((n) => n.memo) ? `,${memos}=[],${memo}=i=>${memos}[i]||=${regex}(i)` : '') +
      (namedTests ? `,${namer}=${PACKED_NAME_JS},${test}={}` : '') +
      (hasTests && !namedTests ? `,${test}=(i,s)=>(${memos}[i]||${memo}(i)).test(s)` : '') +
      [...aliases].map(([fn, short]) => `,${short}=${fn}`).join('') +
      [...methods].map(([key, short]) => methodDef(key, short)).join('') +
      (parseJson === 'JSON.parse' ? '' : `,${parseJson}=JSON.parse`) +
      [...properties].map(([p, short]) => `,${short}=e=>e.${p}`).join('')
    : (found.some((n) => n.flags !== undefined) ? `,${regex}=(i,f)=>new RegExp(${name}[i],f)` : '') +
      (found.some((n) => n.memo) ? `,${memos}=[],${memo}=i=>${memos}[i]||=${parse}` : '') +
      (hasTests ? `,${test}=(i,s)=>(${memos}[i]||${memo}(i)).test(s)` : '');
  // `named`: each text from `byName` on by its name; `namedTests`: each pattern's by its name too,
  // the function testing it, or (the first `regexNamed.size`) its regular expression.
  const names =
    (named && byName < texts.length
      ? namedTests
        ? `for(let k=0;k<${texts.length - byName};k++)${name}[${namer}(k)]=${name}[k+${byName}];`
        : `for(let k=0,f=${PACKED_NAME_JS};k<${texts.length - byName};k++)${name}[f(k)]=${name}[k+${byName}];`
      : '') +
    (namedTests
      ? `for(let k=0;k<${byName};k++)${test}[${namer}(k)]=${regexNamed.size > 0 ? `${onceFrom > 0 ? `k>${onceFrom - 1}&&` : ''}k<${onceFrom + regexNamed.size}?${regex}(k):` : ''}s=>(${memos}[k]||${memo}(k)).test(s);`
      : '');
  edits.push({
    start: at,
    end: at,
    // The packed string as it is between quotes (it holds control characters, which JSON would escape).
    text: `const ${name}=(${UNPACK_JS})("${packed}",${JSON.stringify(sep)},${utf8Length(joined)})${helpers};${names}`,
  });
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return { code: applyEdits(code, edits), strings: texts.length };
}

/** Every name the file declares (variables, parameters, functions, classes, imports, enums), and how often. */
function declaredNames(sf: ts.SourceFile): Map<string, number> {
  const declared = new Map<string, number>();
  const count = (n: ts.Node): void => {
    const name = (n as { name?: ts.Node }).name;
    if (
      (ts.isVariableDeclaration(n) ||
        ts.isParameter(n) ||
        ts.isBindingElement(n) ||
        ts.isFunctionLike(n) ||
        ts.isClassLike(n) ||
        ts.isImportSpecifier(n) ||
        ts.isImportClause(n) ||
        ts.isNamespaceImport(n) ||
        ts.isEnumDeclaration(n) ||
        ts.isModuleDeclaration(n)) &&
      name &&
      ts.isIdentifier(name)
    )
      declared.set(name.text, (declared.get(name.text) ?? 0) + 1);
    ts.forEachChild(n, count);
  };
  count(sf);
  return declared;
}

/**
 * Of the regular expressions `packBundle` found (`found`) evaluated once, each declared by a `var`,
 * `let` or `const` of the function the bundle is wrapped in (`const a=/…/`), without a `g` or `y`
 * flag (no method reads or writes its lastIndex: one built on first use is the same), whose name no
 * other binding of the bundle has and whose every other identifier of that name is the receiver of
 * a test of one argument (`a.test(s)`, no optional chain): those, with the identifiers tested.
 */
function onlyTested<T extends { node: ts.Node; flags?: string; memo?: true }>(
  sf: ts.SourceFile,
  code: string,
  found: readonly T[],
): Map<T, ts.Identifier[]> {
  const bindings = declaredNames(sf);
  const byText = identifiersByText(sf);
  const out = new Map<T, ts.Identifier[]>();
  for (const n of found) {
    if (n.flags === undefined || n.memo || /[gy]/.test(n.flags)) continue;
    const d = n.node.parent;
    if (!d || !ts.isVariableDeclaration(d) || d.initializer !== n.node || !ts.isIdentifier(d.name)) continue;
    const st = d.parent.parent;
    const fn = st.parent?.parent;
    if (!ts.isVariableStatement(st) || !ts.isBlock(st.parent) || !fn || !ts.isFunctionExpression(fn))
      continue;
    let up = fn.parent;
    while (up && ts.isParenthesizedExpression(up)) up = up.parent;
    if (!up || !ts.isCallExpression(up) || ts.findAncestor(up.parent, (a) => ts.isFunctionLike(a))) continue;
    const name = d.name;
    if (bindings.get(name.text) !== 1) continue;
    const sites = (byText.get(name.text) ?? []).filter((id) => id !== name);
    const tested = sites.every((id) => {
      const access = id.parent;
      if (
        !ts.isPropertyAccessExpression(access) ||
        access.expression !== id ||
        access.questionDotToken ||
        access.name.text !== 'test' ||
        access.flags & ts.NodeFlags.OptionalChain
      )
        return false;
      const call = access.parent;
      if (!ts.isCallExpression(call) || call.expression !== access || call.questionDotToken) return false;
      const [arg, ...rest] = call.arguments;
      return (
        arg !== undefined &&
        rest.length === 0 &&
        !ts.isSpreadElement(arg) &&
        code.slice(id.getEnd(), arg.getStart(sf)) === '.test('
      );
    });
    if (tested && sites.length > 0) out.set(n, sites);
  }
  return out;
}

/**
 * The functions of a bundle (`sf`) that the bundler's CommonJS wrapper runs at most once: rolldown
 * declares it at the top of the bundle's function, `var e=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports)`,
 * and each CommonJS module is `var n=e((e=>{…}))` there, its body called on the first `n()` only.
 * Only a call in a declaration at that top level, where the helper's name (declared once there)
 * can mean nothing else.
 */
function lazyModuleBodies(sf: ts.SourceFile): Set<ts.Node> {
  const out = new Set<ts.Node>();
  let statements: ts.NodeArray<ts.Statement> = sf.statements;
  // The function the bundle is wrapped in: `var x=(function(){…})()`.
  const first = sf.statements[0];
  if (first && ts.isVariableStatement(first)) {
    let init = first.declarationList.declarations[0]?.initializer;
    while (init && ts.isParenthesizedExpression(init)) init = init.expression;
    if (init && ts.isCallExpression(init)) {
      let f: ts.Expression = init.expression;
      while (ts.isParenthesizedExpression(f)) f = f.expression;
      if (
        (ts.isFunctionExpression(f) || ts.isArrowFunction(f)) &&
        f.parameters.length === 0 &&
        ts.isBlock(f.body)
      )
        statements = f.body.statements;
    }
  }
  const helper =
    /^\(([\w$]+),([\w$]+)\)=>\(\)=>\(\2\|\|\(\1\(\(\2=\{exports:\{\}\}\)\.exports,\2,\2\.exports\),\1=null\),\2\.exports\)$/;
  const declared = new Map<string, number>();
  let name: string | undefined;
  for (const st of statements) {
    if (ts.isFunctionDeclaration(st) && st.name)
      declared.set(st.name.text, (declared.get(st.name.text) ?? 0) + 1);
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name)) {
        // A destructuring declares names the check below does not count: no helper then.
        return out;
      }
      declared.set(d.name.text, (declared.get(d.name.text) ?? 0) + 1);
      if (d.initializer && helper.test(d.initializer.getText(sf).replace(/\s+/g, ''))) name = d.name.text;
    }
  }
  if (name === undefined || declared.get(name) !== 1) return out;
  for (const st of statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const call = d.initializer;
      if (!call || !ts.isCallExpression(call) || call.arguments.length !== 1) continue;
      if (!ts.isIdentifier(call.expression) || call.expression.text !== name) continue;
      let body = call.arguments[0] as ts.Expression;
      while (ts.isParenthesizedExpression(body)) body = body.expression;
      if (ts.isArrowFunction(body) || ts.isFunctionExpression(body)) out.add(body);
    }
  }
  return out;
}

/**
 * Built-in functions that read nothing of `this` (called as a plain function, the same result), which
 * `packBundle` reads through a short name each where that pays.
 */
const STATIC_FUNCTIONS = new Set([
  'Math.max',
  'Math.min',
  'Math.abs',
  'Math.floor',
  'Math.ceil',
  'Math.round',
  'Array.isArray',
  'Object.entries',
  'Object.keys',
  'Object.values',
  'Object.fromEntries',
  'Object.freeze',
  'Object.hasOwn',
  'Number.isInteger',
  'Number.isSafeInteger',
  'Number.isNaN',
  'Number.isFinite',
  'Number.parseFloat',
  'String.fromCodePoint',
  'String.fromCharCode',
]);

/** The characters a name `packedName` gives may start with, and (with digits) go on with. */
const NAME_START = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
const NAME_PART = `${NAME_START}0123456789`;
/**
 * The name of the k-th text `packBundle` reads by name (`$.ab`): one character for the first 54,
 * two for the next 3,456, and so on; never a number, never `length`. `PACKED_NAME_JS` is the same
 * function as the bundle has it.
 */
export function packedName(k: number): string {
  let out = NAME_START[k % NAME_START.length] as string;
  for (let v = Math.floor(k / NAME_START.length); v > 0; v = Math.floor(v / NAME_PART.length)) {
    v--;
    out += NAME_PART[v % NAME_PART.length];
  }
  return out;
}
const PACKED_NAME_JS = `(k,w,v,A=${JSON.stringify(NAME_START)})=>{for(w=A[k%${NAME_START.length}],v=k/${NAME_START.length}|0;v;v=v/${NAME_PART.length}|0)w+=(A+"0123456789")[--v%${NAME_PART.length}];return w}`;

/** Functions of the engine that only build and return a value (lib/tone/lexicon.ts, rules/rule.ts). */
const PURE_CALLS = new Set(['wordSet', 'sayInstead']);
/** Built-in constructors that only build a value from their arguments. */
const PURE_NEW = new Set(['Set', 'Map', 'WeakMap', 'RegExp']);
/** Methods the arguments may call: none has a side effect on a string or array it is called on. */
const PURE_METHODS = new Set(['split', 'map', 'filter', 'flatMap', 'concat', 'join', 'slice', 'trim']);

/**
 * `source` with each module-level `const x = wordSet('…')` (or `new Set(…)`, `new Map(…)`, …)
 * marked pure (the `@__PURE__` comment before the call): the bundler keeps a call it cannot prove
 * free of side effects even when nothing reads its value, so once `stripSuggest` has left out the
 * rewording code, the word lists only it read were still built (and shipped) for nothing. Marked:
 * calls of functions that build a value and do nothing else (PURE_CALLS, PURE_NEW) whose arguments,
 * functions written in them included, call nothing but PURE_METHODS, construct nothing and assign
 * nothing. A list something reads is built as before; one nothing reads is left out.
 */
export function markPure(source: string, fileName = 'rules.ts'): { code: string; marked: number } {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const sideEffectFree = (node: ts.Node): boolean => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (!ts.isPropertyAccessExpression(callee) || !PURE_METHODS.has(callee.name.text)) return false;
    } else if (
      ts.isNewExpression(node) ||
      ts.isTaggedTemplateExpression(node) ||
      writesInPlace(node) ||
      ts.isSpreadElement(node)
    )
      return false;
    return ts.forEachChild(node, (c) => (sideEffectFree(c) ? undefined : true)) !== true;
  };
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      let e = d.initializer;
      while (e && (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)))
        e = e.expression;
      if (!e || !(ts.isCallExpression(e) || ts.isNewExpression(e)) || !ts.isIdentifier(e.expression))
        continue;
      const pure = ts.isNewExpression(e) ? PURE_NEW : PURE_CALLS;
      if (!pure.has(e.expression.text) || !(e.arguments ?? []).every(sideEffectFree)) continue;
      const at = e.getStart(sf);
      edits.push({ start: at, end: at, text: '/* @__PURE__ */ ' });
    }
  }
  return { code: applyEdits(source, edits.reverse()), marked: edits.length };
}

/**
 * A rule file as the coach bundle has it: `stripSuggest`, then `compactShapes`, then `internStrings`,
 * then `markPure`.
 */
export function detectOnlySource(source: string, fileName = 'rules.ts'): { code: string; changed: boolean } {
  const stripped = stripSuggest(source, fileName);
  const compact = compactShapes(stripped.code, fileName);
  const interned = internStrings(compact.code, fileName);
  const pure = markPure(interned.code, fileName);
  return {
    code: pure.code,
    changed: stripped.stripped > 0 || compact.shapes > 0 || interned.strings > 0 || pure.marked > 0,
  };
}

/** The checker, with its internal name lookup (what a name means at a node). */
type NameChecker = ts.TypeChecker & {
  resolveName(
    name: string,
    at: ts.Node,
    meaning: ts.SymbolFlags,
    excludeGlobals: boolean,
  ): ts.Symbol | undefined;
};

/** The body of the function the bundle is wrapped in and called at once (`(function(){…})()`), if any. */
function wrapperBody(sf: ts.SourceFile): ts.Block | undefined {
  let body: ts.Block | undefined;
  const find = (n: ts.Node): void => {
    if (body) return;
    if (
      ts.isFunctionExpression(n) &&
      ts.isParenthesizedExpression(n.parent) &&
      ts.isCallExpression(n.parent.parent)
    )
      body = n.body;
    else ts.forEachChild(n, find);
  };
  find(sf);
  return body;
}

/**
 * Where a packed bundle may declare new names: after its first statement (the packed strings
 * unpacked, `const $=…`) and the loops after it (the names given to the texts), before anything else
 * runs. `at0` and `last` index those statements; undefined for a body with only directives.
 */
function afterUnpacking(body: ts.Block): { at0: number; last: number; prefixEnd: number } | undefined {
  const at0 = body.statements.findIndex(
    (st) => !(ts.isExpressionStatement(st) && ts.isStringLiteral(st.expression)),
  );
  if (at0 < 0) return undefined;
  let last = at0;
  while (body.statements[last + 1] && ts.isForStatement(body.statements[last + 1] as ts.Statement)) last++;
  return { at0, last, prefixEnd: (body.statements[last] as ts.Statement).getEnd() };
}

/** An edit declaring `declarations` (`a=…,b=…`) first after the unpacking: in the `var` that follows it, or a new one. */
function declarationAfterUnpacking(
  code: string,
  sf: ts.SourceFile,
  body: ts.Block,
  last: number,
  prefixEnd: number,
  declarations: string,
): { start: number; end: number; text: string } {
  const next = body.statements[last + 1];
  const into =
    next &&
    ts.isVariableStatement(next) &&
    (next.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using)) === 0 &&
    next.declarationList.declarations[0];
  if (into) {
    const at = into.getStart(sf);
    return { start: at, end: at, text: `${declarations},` };
  }
  const semicolon = code[prefixEnd - 1] === ';' || code[prefixEnd - 1] === '}' ? '' : ';';
  return { start: prefixEnd, end: prefixEnd, text: `${semicolon}var ${declarations};` };
}

/** The symbols of the names a bundle's top declares (variables, functions, classes). */
function topLevelSymbols(
  body: ts.Block,
  symbolOf: (n: ts.Identifier) => ts.Symbol | undefined,
): Set<ts.Symbol> {
  const topLevel = new Set<ts.Symbol>();
  for (const st of body.statements) {
    const names: ts.Node[] = ts.isVariableStatement(st)
      ? st.declarationList.declarations.map((d) => d.name)
      : (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name
        ? [st.name]
        : [];
    for (const n of names) {
      const symbol = ts.isIdentifier(n) ? symbolOf(n) : undefined;
      if (symbol) topLevel.add(symbol);
    }
  }
  return topLevel;
}

/**
 * A built bundle (`code`, minified) parsed and type-checked as JavaScript, for the merges below: its
 * source file, a checker that resolves names, what a name reads (`{ a }` reads the value `a`, not
 * the member it makes) and the body of the function it is wrapped in (`(function(){…})()`, the first
 * statement's); null when it has no such wrapper.
 */
function wrappedBundle(code: string): {
  sf: ts.SourceFile;
  checker: NameChecker;
  symbolOf: (n: ts.Identifier) => ts.Symbol | undefined;
  body: ts.Block;
} | null {
  const file = '/bundle.js';
  const host = ts.createCompilerHost({ allowJs: true, noLib: true, noResolve: true });
  const read = host.getSourceFile;
  host.getSourceFile = (name, version) =>
    name === file
      ? ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
      : read(name, version);
  const program = ts.createProgram([file], { allowJs: true, noLib: true, noResolve: true, types: [] }, host);
  const checker = program.getTypeChecker() as NameChecker;
  const sf = program.getSourceFile(file);
  if (!sf) return null;
  const symbolOf = (n: ts.Identifier) =>
    ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n
      ? checker.getShorthandAssignmentValueSymbol(n.parent)
      : checker.getSymbolAtLocation(n);
  const body = wrapperBody(sf);
  return body ? { sf, checker, symbolOf, body } : null;
}

/**
 * Whether identifier `n` is a property's name where it stands (`o.name`, `{ name: … }`, a class
 * member's, `{ name: x } = o`'s, a label): no read of a binding. Asking the checker what such a name
 * means checks the object's type, the slow part of finding a name's uses in a bundle.
 */
function memberName(n: ts.Identifier): boolean {
  const p = n.parent;
  return (
    ((ts.isPropertyAccessExpression(p) ||
      ts.isPropertyAssignment(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isGetAccessor(p) ||
      ts.isSetAccessor(p)) &&
      p.name === n) ||
    (ts.isBindingElement(p) && p.propertyName === n) ||
    ts.isLabeledStatement(p) ||
    ts.isBreakOrContinueStatement(p)
  );
}

/** Every identifier of `sf` by its text, to find the reads of a name. */
function identifiersByText(sf: ts.SourceFile): Map<string, ts.Identifier[]> {
  const byText = new Map<string, ts.Identifier[]>();
  const collect = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const list = byText.get(n.text);
      if (list) list.push(n);
      else byText.set(n.text, [n]);
    }
    ts.forEachChild(n, collect);
  };
  collect(sf);
  return byText;
}

/**
 * The built bundle (`code`, minified) with each function declared more than once the same way, at
 * the top of the function it is wrapped in (`var detect=(function(){…})()`), declared once: the
 * functions `compactShapes` writes per rule file (`function X(e,t){return{T:e,rule:t}}`, the same
 * in a dozen files) are the ones that recur, once `mergeSameConstants` has them read the same
 * constants. Declared in the same scope and written the same, two functions read the same bindings
 * outside themselves. Only a function that is only ever called (never compared, passed or read as
 * a value: one function where there were two is then the same) is merged, and its calls call the
 * one kept only where that name means the kept function (no inner scope declares it); where one
 * cannot, both stay. Functions are hoisted, so each is defined wherever it was.
 */
export function mergeSameFunctions(code: string): { code: string; merged: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, merged: 0 };
  const { sf, checker, symbolOf, body } = b;
  const kept = new Map<string, ts.FunctionDeclaration>();
  const twins: Array<[ts.FunctionDeclaration, ts.FunctionDeclaration]> = [];
  for (const d of body.statements) {
    if (!ts.isFunctionDeclaration(d) || !d.name || d.asteriskToken || !d.body) continue;
    const text = d.getText(sf).replace(/^function\s*[\w$]+/, 'function');
    const first = kept.get(text);
    if (first) twins.push([d, first]);
    else kept.set(text, d);
  }
  if (twins.length === 0) return { code, merged: 0 };
  const byText = identifiersByText(sf);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let merged = 0;
  for (const [d, k] of twins) {
    const name = (d.name as ts.Identifier).text;
    const to = (k.name as ts.Identifier).text;
    const symbol = checker.getSymbolAtLocation(d.name as ts.Identifier);
    const target = checker.getSymbolAtLocation(k.name as ts.Identifier);
    if (!symbol || !target) continue;
    const reads = (byText.get(name) ?? []).filter((n) => n !== d.name && symbolOf(n) === symbol);
    const fine = reads.every(
      (n) =>
        checker.resolveName(to, n, ts.SymbolFlags.Value, false) === target &&
        ts.isCallExpression(n.parent) &&
        n.parent.expression === n,
    );
    if (!fine) continue;
    merged++;
    edits.push({ start: d.getStart(sf), end: d.getEnd(), text: '' });
    for (const n of reads) edits.push({ start: n.getStart(sf), end: n.getEnd(), text: to });
  }
  edits.sort((a, b) => b.start - a.start);
  return { code: applyEdits(code, edits), merged };
}

/**
 * From a use of a name up through parentheses and destructuring targets (`[a] = …`, `({ b: a } = …)`,
 * `for (a of …)`): the outermost node reached and its parent, or null where the name is a property's
 * key there (not a use of it).
 */
function climbTarget(n: ts.Node): { child: ts.Node; up: ts.Node | undefined } | null {
  let child = n;
  let up = n.parent;
  while (
    up &&
    (ts.isParenthesizedExpression(up) ||
      ts.isArrayLiteralExpression(up) ||
      ts.isObjectLiteralExpression(up) ||
      ts.isPropertyAssignment(up) ||
      ts.isShorthandPropertyAssignment(up) ||
      ts.isSpreadElement(up) ||
      ts.isSpreadAssignment(up))
  ) {
    if (ts.isPropertyAssignment(up) && up.name === child) return null;
    child = up;
    up = up.parent;
  }
  return { child, up };
}

/** Whether `n`, a use of a name, writes it (`=`, `+=`, `++`, a destructuring or loop target). */
function writes(n: ts.Node): boolean {
  const at = climbTarget(n);
  if (!at?.up) return false;
  const { child, up } = at;
  if (ts.isBinaryExpression(up) && up.left === child)
    return (
      up.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      up.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    );
  if (ts.isPrefixUnaryExpression(up) || ts.isPostfixUnaryExpression(up))
    return up.operator === ts.SyntaxKind.PlusPlusToken || up.operator === ts.SyntaxKind.MinusMinusToken;
  if ((ts.isForInStatement(up) || ts.isForOfStatement(up)) && up.initializer === child) return true;
  return false;
}

/**
 * The built bundle (`code`, minified) with the constants declared at the top of the function it is
 * wrapped in (`var detect=(function(){…})()`) that hold the same literal (`var a=\`to\`,…,q=\`to\``,
 * one per rule file that interns it, scripts/detect-only.ts `internStrings`) declared once: a
 * constant is a name declared there with a string, number or boolean literal that nothing ever
 * assigns again (no `=`, `+=`, `++`, destructuring or loop writing it), the first declared is kept
 * and every read of another holding the same value reads the kept one, where that name means the
 * kept constant (no inner scope declares it). A read before its own declaration ran (undefined,
 * which the source's `const` would have thrown on) is the only thing that could tell them apart.
 */
export function mergeSameConstants(code: string): { code: string; merged: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, merged: 0 };
  const { sf, checker, symbolOf, body } = b;
  // A literal's value as a key (its kind and value): `to` and "to" alike, 1 and 1.0 alike.
  const literalKey = (e: ts.Expression): string | undefined => {
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return `s${e.text}`;
    if (ts.isNumericLiteral(e)) return `n${Number(e.text)}`;
    if (
      ts.isPrefixUnaryExpression(e) &&
      e.operator === ts.SyntaxKind.ExclamationToken &&
      ts.isNumericLiteral(e.operand) &&
      (e.operand.text === '0' || e.operand.text === '1')
    )
      return `b${e.operand.text}`;
    return undefined;
  };
  const byText = identifiersByText(sf);
  const kept = new Map<string, { name: ts.Identifier; symbol: ts.Symbol }>();
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let merged = 0;
  for (const st of body.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const list = st.declarationList.declarations;
    const drop = new Set<ts.VariableDeclaration>();
    for (const d of list) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      const value = literalKey(d.initializer);
      if (value === undefined) continue;
      const symbol = checker.getSymbolAtLocation(d.name);
      if (!symbol || (symbol.declarations?.length ?? 0) !== 1) continue;
      const uses = (byText.get(d.name.text) ?? []).filter((n) => n !== d.name && symbolOf(n) === symbol);
      if (uses.some(writes)) continue;
      const first = kept.get(value);
      if (!first) {
        kept.set(value, { name: d.name, symbol });
        continue;
      }
      const to = first.name.text;
      if (!uses.every((n) => checker.resolveName(to, n, ts.SymbolFlags.Value, false) === first.symbol))
        continue;
      // A shorthand member keeps its key: `{ a }` reads `{ a: b }`.
      for (const n of uses)
        edits.push({
          start: n.getStart(sf),
          end: n.getEnd(),
          text: ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n ? `${n.text}:${to}` : to,
        });
      drop.add(d);
      merged++;
    }
    if (drop.size === 0) continue;
    dropDeclarators(sf, st, drop, edits);
  }
  if (merged === 0) return { code, merged: 0 };
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return { code: applyEdits(code, edits), merged };
}

/**
 * Edits that take the declarators in `drop` out of the statement `st`: the whole statement when none
 * is left; else the dropped ones before the first kept one, up to it, and each later one with the
 * comma before it.
 */
function dropDeclarators(
  sf: ts.SourceFile,
  st: ts.VariableStatement,
  drop: ReadonlySet<ts.VariableDeclaration>,
  edits: Array<{ start: number; end: number; text: string }>,
): void {
  const list = st.declarationList.declarations;
  if (drop.size === list.length) {
    edits.push({ start: st.getStart(sf), end: st.getEnd(), text: '' });
    return;
  }
  const firstKept = list.findIndex((d) => !drop.has(d));
  if (firstKept > 0)
    edits.push({
      start: (list[0] as ts.VariableDeclaration).getStart(sf),
      end: (list[firstKept] as ts.VariableDeclaration).getStart(sf),
      text: '',
    });
  for (let i = firstKept + 1; i < list.length; i++)
    if (drop.has(list[i] as ts.VariableDeclaration))
      edits.push({
        start: (list[i - 1] as ts.VariableDeclaration).getEnd(),
        end: (list[i] as ts.VariableDeclaration).getEnd(),
        text: '',
      });
}

/**
 * The built bundle (`code`, minified) with the functions declared at the top of the function it is
 * wrapped in (`var detect=(function(){…})()`) written as arrow functions, all in one `var` at the
 * top of that function, where a function declaration is made (before any statement runs):
 * `function a(e){return e.b}` is `a=e=>e.b` (about 6 characters fewer a function, 9 more where it
 * only returns; ~700 functions in the detection bundle). Only a function an arrow cannot be told
 * apart from: no `this`, `arguments`, `super` or `new.target` of its own, not a generator, not
 * async, no directive, no parameter named twice; declared once (no other declaration of its name
 * in that scope), never assigned, never called with `new`, never the right of `instanceof` or a
 * class's `extends`, and its `prototype` never read. Each is then the same value, made at the same
 * moment, the same calls giving the same results.
 */
export function functionsAsArrows(code: string): { code: string; converted: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, converted: 0 };
  const { sf, checker, symbolOf, body } = b;
  // Whether `fn`'s own body or parameters read `this`, `arguments`, `super` or `new.target` (an
  // arrow inside reads its enclosing function's; a function or class inside has its own).
  const ownThis = (fn: ts.FunctionDeclaration): boolean => {
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (
        n.kind === ts.SyntaxKind.ThisKeyword ||
        n.kind === ts.SyntaxKind.SuperKeyword ||
        ts.isMetaProperty(n) ||
        (ts.isIdentifier(n) && n.text === 'arguments')
      ) {
        found = true;
        return;
      }
      if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isClassLike(n)) {
        // A class's computed member names and `extends` are evaluated in the enclosing scope.
        if (ts.isClassLike(n)) {
          for (const h of n.heritageClauses ?? []) visit(h);
          for (const m of n.members) if (m.name && ts.isComputedPropertyName(m.name)) visit(m.name);
        }
        return;
      }
      ts.forEachChild(n, visit);
    };
    for (const p of fn.parameters) visit(p);
    if (fn.body) visit(fn.body);
    return found;
  };
  const byText = identifiersByText(sf);
  // Whether a use `n` of the name may tell an arrow from a function: `new`, `instanceof`, a class's
  // `extends`, its `prototype` or any member read by a computed key, or a write of the name.
  const tells = (n: ts.Identifier): boolean => {
    const at = climbTarget(n);
    if (!at) return false;
    if (!at.up) return true;
    const { child, up } = at;
    const direct = child === n || ts.isParenthesizedExpression(child);
    if (ts.isBinaryExpression(up)) {
      const op = up.operatorToken.kind;
      if (up.left === child && op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment)
        return true;
      if (direct && op === ts.SyntaxKind.InstanceOfKeyword && up.right === child) return true;
    }
    if ((ts.isForInStatement(up) || ts.isForOfStatement(up)) && up.initializer === child) return true;
    if (!direct) return false;
    if (ts.isNewExpression(up) && up.expression === child) return true;
    if (ts.isPropertyAccessExpression(up) && up.expression === child && up.name.text === 'prototype')
      return true;
    if (ts.isElementAccessExpression(up) && up.expression === child) return true;
    if (ts.isExpressionWithTypeArguments(up) || ts.isHeritageClause(up)) return true;
    if (
      (ts.isPrefixUnaryExpression(up) || ts.isPostfixUnaryExpression(up)) &&
      (up.operator === ts.SyntaxKind.PlusPlusToken || up.operator === ts.SyntaxKind.MinusMinusToken)
    )
      return true;
    return false;
  };
  // The blocks whose function declarations become arrows: the wrapper's body and every function's.
  const bodies: ts.Block[] = [];
  const findBodies = (n: ts.Node): void => {
    if (
      ts.isBlock(n) &&
      (n === body || (ts.isFunctionLike(n.parent) && (n.parent as ts.FunctionLikeDeclaration).body === n))
    )
      bodies.push(n);
    ts.forEachChild(n, findBodies);
  };
  findBodies(body);
  // A function holding a function declaration is left for the next pass (its text is copied whole).
  const holdsDeclaration = (n: ts.Node): boolean =>
    ts.forEachChild(n, (c) => (ts.isFunctionDeclaration(c) || holdsDeclaration(c) ? true : undefined)) ===
    true;
  let converted = 0;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const block of bodies) {
    const arrows: string[] = [];
    const removed: Array<{ start: number; end: number; text: string }> = [];
    for (const d of block.statements) {
      if (!ts.isFunctionDeclaration(d) || !d.name || !d.body) continue;
      const async = d.modifiers?.length === 1 && d.modifiers[0]?.kind === ts.SyntaxKind.AsyncKeyword;
      if (d.asteriskToken || (d.modifiers?.length && !async) || holdsDeclaration(d.body)) continue;
      const first = d.body.statements[0];
      if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)) continue;
      const params = d.parameters.map((p) => p.name.getText(sf));
      if (new Set(params).size !== params.length) continue;
      if (ownThis(d)) continue;
      const symbol = checker.getSymbolAtLocation(d.name);
      if (!symbol || (symbol.declarations?.length ?? 0) !== 1) continue;
      const uses = (byText.get(d.name.text) ?? []).filter((n) => n !== d.name && symbolOf(n) === symbol);
      if (uses.some(tells)) continue;
      // `e=>` for one plain parameter, `(e,t)=>` otherwise.
      const only = d.parameters[0];
      const head =
        d.parameters.length === 1 &&
        only &&
        ts.isIdentifier(only.name) &&
        !only.initializer &&
        !only.dotDotDotToken
          ? only.name.text
          : `(${code.slice(d.parameters.pos, d.parameters.end)})`;
      const ret = d.body.statements.length === 1 ? d.body.statements[0] : undefined;
      let value: string;
      if (ret && ts.isReturnStatement(ret) && ret.expression) {
        const e = ret.expression;
        const text = e.getText(sf);
        // An object literal or a comma list goes in parentheses (a block, or the next declaration).
        const bare =
          !text.startsWith('{') &&
          !(ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken);
        value = bare ? text : `(${text})`;
      } else value = d.body.getText(sf);
      arrows.push(
        `${d.name.text}=${async ? (head.startsWith('(') ? 'async' : 'async ') : ''}${head}=>${value}`,
      );
      removed.push({ start: d.getStart(sf), end: d.getEnd(), text: '' });
    }
    if (arrows.length === 0) continue;
    edits.push(...removed);
    converted += arrows.length;
    // At the top of the block, after its directives.
    const top = block.statements.find(
      (s) => !(ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression)),
    );
    const at = top ? top.getStart(sf) : block.getEnd() - 1;
    edits.push({ start: at, end: at, text: `var ${arrows.join(',')};` });
  }
  if (converted === 0) return { code, converted: 0 };
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  // Then the functions that held one (a function declared in a function declared in …).
  const next = functionsAsArrows(applyEdits(code, edits));
  return { code: next.code, converted: converted + next.converted };
}

/**
 * The built bundle (`code`, minified) with each `void 0` inside the function it is wrapped in
 * (`var detect=(function(){…})()`) read from one name declared there and never assigned, `$0`
 * (the first of `$0`…`$9` that no part of the bundle has): undefined, as `void 0` is, two
 * characters rather than six (about 110 reads in the detection bundle).
 */
export function undefinedName(code: string): { code: string; replaced: number } {
  const name = [...'0123456789'].map((d) => `$${d}`).find((n) => !code.includes(n));
  const b = name === undefined ? null : wrappedBundle(code);
  if (!b || name === undefined) return { code, replaced: 0 };
  const { sf, body } = b;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (n: ts.Node): void => {
    if (ts.isVoidExpression(n) && ts.isNumericLiteral(n.expression) && n.expression.text === '0') {
      const start = n.getStart(sf);
      // `return void 0` has its space; `case void 0` too.
      edits.push({ start, end: n.getEnd(), text: name });
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  if (edits.length === 0) return { code, replaced: 0 };
  const top = body.statements.find((s) => !(ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression)));
  const at = top ? top.getStart(sf) : body.getEnd() - 1;
  edits.push({ start: at, end: at, text: `var ${name};` });
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return { code: applyEdits(code, edits), replaced: edits.length - 1 };
}

/** The names `hoistStrings` never gives (keywords, and `of`, `as`). */
const NOT_NAMES = new Set(['do', 'if', 'in', 'of', 'as']);

/**
 * The built bundle (`code`, minified) with each string written often enough inside the function it
 * is wrapped in (`var detect=(function(){…})()`) to pay read from one name declared at the top of
 * that function, where it is made before any statement runs (`var a=\`contempt\`,…`): `internStrings`
 * across the whole bundle, for the strings repeated between modules or inside functions (category
 * names, common words compared with a token: 164 strings in the detection bundle, 71 in the coach's). A string is a value
 * like any other: the same string is read where it was written. Evaluated once, a string shorter than
 * six characters not in plain data (which `packBundle` packs) is read by name too (`new Set([ab,Mr])`).
 * Only a string where an expression goes (`isValueString`: not an object key, import or directive),
 * not a tagged template's, nor one compared with a `typeof` (which engines test without reading the
 * string). The names are two
 * characters no identifier of the bundle has (so no scope can hide them), none a `$` and a letter
 * or digit (`packBundle`'s and `undefinedName`'s): the string used most first.
 */
export function hoistStrings(code: string): { code: string; hoisted: number } {
  const sf = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const body = wrapperBody(sf);
  if (!body) return { code, hoisted: 0 };
  const used = new Set<string>();
  const uses = new Map<string, Array<ts.StringLiteral | ts.NoSubstitutionTemplateLiteral>>();
  const typeofOperand = (n: ts.Node): boolean => {
    let e = n;
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    return ts.isTypeOfExpression(e);
  };
  // Evaluated more than once: in a function or class (not a CommonJS module body the bundler runs
  // once, `lazyModuleBodies`) inside the wrapper. A string evaluated once `packBundle` packs.
  const lazy = lazyModuleBodies(sf);
  const wrapper = body.parent;
  const visit = (n: ts.Node, inFunction: boolean): void => {
    if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) used.add(n.text);
    if (
      (inFunction || (inBody(n) && n.getText(sf).length < 8 && !packedWhole(n))) &&
      (ts.isStringLiteral(n) ||
        (ts.isNoSubstitutionTemplateLiteral(n) && !ts.isTaggedTemplateExpression(n.parent))) &&
      isValueString(n) &&
      !(ts.isBinaryExpression(n.parent) && (typeofOperand(n.parent.left) || typeofOperand(n.parent.right)))
    ) {
      const list = uses.get(n.text);
      if (list) list.push(n);
      else uses.set(n.text, [n]);
    }
    const deeper =
      inFunction ||
      ((ts.isFunctionLike(n) || ts.isClassLike(n)) && n !== wrapper && !lazy.has(n) && inWrapper(n));
    ts.forEachChild(n, (c) => visit(c, deeper));
  };
  // Evaluated once, a string of six characters or more is packed (`packBundle`), and so is an
  // array or object of plain data holding it (`jsonValue`): a shorter one elsewhere is read by name.
  const inBody = (n: ts.Node): boolean =>
    n.getStart(sf) > (body as ts.Block).getStart(sf) && n.getEnd() <= (body as ts.Block).getEnd();
  const packedWhole = (n: ts.Node): boolean => {
    for (let up = n.parent; up && up !== body; up = up.parent)
      if (
        (ts.isArrayLiteralExpression(up) || ts.isObjectLiteralExpression(up)) &&
        jsonValue(up) !== undefined
      )
        return true;
    return false;
  };
  const inWrapper = (n: ts.Node): boolean =>
    n.getStart(sf) >= (body as ts.Block).getStart(sf) && n.getEnd() <= (body as ts.Block).getEnd();
  visit(sf, false);
  const names = [...NAME_START.slice(0, 53)]
    .flatMap((c) => [...NAME_PART].map((d) => `${c}${d}`))
    .filter((n) => !used.has(n) && !NOT_NAMES.has(n));
  // A use costs the string as written; read by name, two characters; the name costs `,ab=` and
  // the string once.
  const cost = (list: Array<ts.Node>) => Math.min(...list.map((n) => n.getWidth(sf)));
  const chosen = [...uses]
    .map(([text, list]) => ({ text, list, save: list.length * (cost(list) - 2) - (cost(list) + 4) }))
    .filter((u) => u.save > 0)
    .sort((a, b) => b.save - a.save || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .slice(0, names.length);
  if (chosen.length === 0) return { code, hoisted: 0 };
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const declarations: string[] = [];
  chosen.forEach(({ list }, i) => {
    const name = names[i] as string;
    const shortest = list.reduce((a, n) => (n.getWidth(sf) < a.getWidth(sf) ? n : a));
    declarations.push(`${name}=${shortest.getText(sf)}`);
    for (const n of list) {
      const start = n.getStart(sf);
      const end = n.getEnd();
      // `return\`x\`` and `\`x\`in o` need a space once the string is a name.
      const before = /[\w$]/.test(code[start - 1] ?? '') ? ' ' : '';
      const after = /[\w$]/.test(code[end] ?? '') ? ' ' : '';
      edits.push({ start, end, text: `${before}${name}${after}` });
    }
  });
  const top = body.statements.find((s) => !(ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression)));
  const at = top ? top.getStart(sf) : body.getEnd() - 1;
  edits.push({ start: at, end: at, text: `var ${declarations.join(',')};` });
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return { code: applyEdits(code, edits), hoisted: chosen.length };
}

/**
 * The built bundle (`code`, minified) with each run of declarations of one kind written one after
 * the other (`var a=1;var b=2`, as the bundler writes its modules' top levels, and `functionsAsArrows`
 * a `var` before them) written as one (`var a=1,b=2`): the same bindings, initialised in the same
 * order. In any list of statements; only `var`, `let` and `const` statements alike (no `using`).
 */
export function mergeDeclarations(code: string): { code: string; merged: number } {
  const sf = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const kind = (st: ts.Statement): number | undefined =>
    ts.isVariableStatement(st) && !st.modifiers?.length && st.declarationList.declarations.length > 0
      ? st.declarationList.flags &
        (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing)
      : undefined;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (n: ts.Node): void => {
    const list = (n as { statements?: ts.NodeArray<ts.Statement> }).statements;
    if (
      list &&
      (ts.isBlock(n) ||
        ts.isSourceFile(n) ||
        ts.isCaseClause(n) ||
        ts.isDefaultClause(n) ||
        ts.isModuleBlock(n))
    )
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1] as ts.VariableStatement;
        const st = list[i] as ts.VariableStatement;
        const k = kind(st);
        if (k === undefined || k !== kind(prev) || (k & (ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing)) !== 0)
          continue;
        // `;var ` between the two lists is `,`.
        edits.push({
          start: prev.declarationList.getEnd(),
          end: (st.declarationList.declarations[0] as ts.VariableDeclaration).getStart(sf),
          text: ',',
        });
      }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  edits.sort((a, b) => b.start - a.start);
  return { code: applyEdits(code, edits), merged: edits.length };
}

/**
 * The packed bundle (`code`) with each later `let` statement of a list of statements (a block, a
 * function's body, a `case`) declared with the first one of that list (`let a=1;f(a);let b=2` is
 * `let a=1,b;f(a);b=2`, 2 characters fewer; `let c;` goes): the same names in the same scope, each
 * given its value where it was (an assignment names a function as a declaration does), and read
 * nowhere before it was declared in the code as built (which would have thrown). Only where every
 * name the later statement declares is a plain name (no destructuring) and the first statement is
 * a `let` too; a `let` of a `for` is not in a list of statements. After `letsAsParameters`, which
 * moves an arrow's leading `let`s to its parameters.
 */
export function letsMerged(code: string): { code: string; merged: number } {
  const sf = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const isLet = (st: ts.Statement): st is ts.VariableStatement =>
    ts.isVariableStatement(st) &&
    !st.modifiers?.length &&
    st.declarationList.declarations.length > 0 &&
    (st.declarationList.flags &
      (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing)) ===
      ts.NodeFlags.Let;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let merged = 0;
  const visit = (n: ts.Node): void => {
    const list = (n as { statements?: ts.NodeArray<ts.Statement> }).statements;
    if (list && (ts.isBlock(n) || ts.isCaseClause(n) || ts.isDefaultClause(n) || ts.isModuleBlock(n))) {
      const first = list.find(isLet);
      const added: string[] = [];
      for (const st of first ? list.slice(list.indexOf(first) + 1) : []) {
        if (!isLet(st) || !st.declarationList.declarations.every((d) => ts.isIdentifier(d.name))) continue;
        const declarations = st.declarationList.declarations;
        const names = declarations.map((d) => (d.name as ts.Identifier).text);
        const valued = declarations.filter((d) => d.initializer);
        // `let a=1,b;` is `a=1;`, `let c;` nothing: shorter only where the names cost less than `let `.
        const before = st.getEnd() - st.getStart(sf);
        const kept = valued.reduce((a, d) => a + d.getEnd() - d.getStart(sf) + 1, 0);
        const after =
          (valued.length ? kept - 1 + st.getEnd() - st.declarationList.getEnd() : 0) +
          names.reduce((a, x) => a + x.length + 1, 0);
        if (after >= before) continue;
        added.push(...names);
        merged++;
        if (valued.length === 0) {
          edits.push({ start: st.getStart(sf), end: st.getEnd(), text: '' });
          continue;
        }
        // Only `let `, the names without a value and their commas go (the values hold edits of their own).
        let from = st.getStart(sf);
        for (const d of valued) {
          edits.push({ start: from, end: d.getStart(sf), text: from === st.getStart(sf) ? '' : ',' });
          from = d.getEnd();
        }
        edits.push({ start: from, end: st.declarationList.getEnd(), text: '' });
      }
      if (first && added.length > 0) {
        const at = first.declarationList.getEnd();
        edits.push({ start: at, end: at, text: `,${added.join(',')}` });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (edits.length === 0) return { code, merged: 0 };
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return { code: applyEdits(code, edits), merged };
}

/** Whether the body of `fn` declares a `var` or a function of its own (not in a function inside). */
function ownVar(fn: ts.ArrowFunction): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (
      ts.isFunctionDeclaration(n) ||
      (ts.isVariableDeclarationList(n) && !(n.flags & ts.NodeFlags.BlockScoped))
    ) {
      found = true;
      return;
    }
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return found;
}

/** Whether `n` awaits, outside any function or class inside it. */
function hasAwait(n: ts.Node): boolean {
  return (
    ts.isAwaitExpression(n) ||
    (!ts.isFunctionLike(n) &&
      !ts.isClassLike(n) &&
      ts.forEachChild(n, (c) => (hasAwait(c) ? true : undefined)) === true)
  );
}

/**
 * The packed bundle (`code`, `packBundle`'s output) with each name declared at the top of the
 * function it is wrapped in as another name for a value (`var a=$.ab`, `b=_.cd`, `c=a`, `d=\`so\``:
 * a rule file's constant, once its text is packed or hoisted) read as that value where it is used,
 * and its declaration gone, where that is shorter (`$.ab` read three times or fewer, a name or a
 * short string wherever it is shorter than the name). Only a name declared once and never written
 * (no `=`, `++`, destructuring or loop writing it), read where the value's names (`$`, `_`, the
 * name aliased) mean what they mean at the declaration, and never as a shorthand member; a name
 * aliased is declared before it and never written either. `$` and `_` are filled before any other
 * declaration runs, and never change after: each read gives the same value. A read before its own
 * declaration ran (undefined, which the source's `const` would have thrown on) is the only thing
 * that could tell them apart. An alias of a name inlined reads that name's value.
 */
export function inlineAliases(code: string): { code: string; inlined: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, inlined: 0 };
  const { sf, checker, symbolOf, body } = b;
  const byText = identifiersByText(sf);
  const topSymbol = (name: string): ts.Symbol | undefined => {
    const first = body.statements[0];
    return first ? checker.resolveName(name, first, ts.SymbolFlags.Value, false) : undefined;
  };
  const packedObjects = new Set(DETECT_RESERVED.map(topSymbol).filter((x) => x !== undefined));
  // Names declared once at the top of the wrapper and never written, with where each is declared.
  const declaredAt = new Map<ts.Symbol, number>();
  const usesOf = new Map<ts.Symbol, ts.Identifier[]>();
  for (const st of body.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      const symbol = checker.getSymbolAtLocation(d.name);
      if (!symbol || (symbol.declarations?.length ?? 0) !== 1) continue;
      const uses = (byText.get(d.name.text) ?? []).filter(
        (n) => n !== d.name && !memberName(n) && symbolOf(n) === symbol,
      );
      if (uses.some(writes)) continue;
      declaredAt.set(symbol, d.getStart(sf));
      usesOf.set(symbol, uses);
    }
  }
  // The names a value reads, each with what it means at the declaration; undefined for a value
  // that is not an alias.
  const aliasOf = (d: ts.VariableDeclaration): Array<{ name: string; symbol: ts.Symbol }> | undefined => {
    const v = d.initializer;
    if (!v) return undefined;
    if (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) return [];
    if (
      ts.isPropertyAccessExpression(v) &&
      ts.isIdentifier(v.expression) &&
      ts.isIdentifier(v.name) &&
      !v.questionDotToken
    ) {
      const symbol = checker.getSymbolAtLocation(v.expression);
      return symbol && packedObjects.has(symbol) ? [{ name: v.expression.text, symbol }] : undefined;
    }
    if (ts.isIdentifier(v)) {
      const symbol = checker.getSymbolAtLocation(v);
      const at = symbol && declaredAt.get(symbol);
      return symbol && at !== undefined && at < d.getStart(sf) ? [{ name: v.text, symbol }] : undefined;
    }
    return undefined;
  };
  // What each name inlined is read as (an alias of one reads its value), and its declaration.
  const inlinedAs = new Map<
    ts.Symbol,
    { value: string; reads: Array<{ name: string; symbol: ts.Symbol }>; decl: ts.VariableDeclaration }
  >();
  const drops: Array<{ st: ts.VariableStatement; drop: Set<ts.VariableDeclaration> }> = [];
  for (const st of body.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const drop = new Set<ts.VariableDeclaration>();
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      const symbol = checker.getSymbolAtLocation(d.name);
      const uses = symbol && usesOf.get(symbol);
      if (!symbol || !uses) continue;
      const of = ts.isIdentifier(d.initializer) ? symbolOf(d.initializer) : undefined;
      const through = of && inlinedAs.get(of);
      const reads = through ? through.reads : aliasOf(d);
      if (!reads) continue;
      const value = through ? through.value : d.initializer.getText(sf);
      const save = d.getWidth(sf) + 1 + uses.length * (d.name.text.length - value.length);
      if (save <= 0) continue;
      if (uses.some((n) => ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n)) continue;
      if (
        !uses.every((n) =>
          reads.every((r) => checker.resolveName(r.name, n, ts.SymbolFlags.Value, false) === r.symbol),
        )
      )
        continue;
      inlinedAs.set(symbol, { value, reads, decl: d });
      drop.add(d);
    }
    if (drop.size > 0) drops.push({ st, drop });
  }
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const gone = [...inlinedAs.values()].map((x) => x.decl);
  for (const [symbol, { value }] of inlinedAs)
    for (const n of usesOf.get(symbol) ?? []) {
      // A read in a declaration that goes (an alias of this one) goes with it.
      if (gone.some((d) => n.getStart(sf) >= d.getStart(sf) && n.getEnd() <= d.getEnd())) continue;
      const start = n.getStart(sf);
      const end = n.getEnd();
      // `return a` keeps its space; `in\`so\`` needs none, but a name after a name does.
      const before = /[\w$]/.test(code[start - 1] ?? '') && /^[\w$]/.test(value) ? ' ' : '';
      const after = /[\w$]/.test(code[end] ?? '') && /[\w$]$/.test(value) ? ' ' : '';
      edits.push({ start, end, text: `${before}${value}${after}` });
    }
  for (const { st, drop } of drops) dropDeclarators(sf, st, drop, edits);
  const inlined = inlinedAs.size;
  if (inlined === 0) return { code, inlined: 0 };
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return { code: applyEdits(code, edits), inlined };
}

/**
 * Whether the values of `lead` (the leading declarations of `fn`'s body, to become its defaulted
 * parameters) read nothing the body declares but the names moved before them, and never await.
 */
function movedReadOnlyEarlier(
  fn: ts.ArrowFunction,
  lead: ts.VariableDeclaration[],
  symbolOf: (n: ts.Identifier) => ts.Symbol | undefined,
  within: (n: ts.Node, r: ts.Node) => boolean,
): boolean {
  const fnBody = fn.body;
  let fine = true;
  lead.forEach((d, i) => {
    const init = d.initializer as ts.Expression;
    if (hasAwait(init)) fine = false;
    const check = (c: ts.Node): void => {
      if (!fine) return;
      if (ts.isIdentifier(c) && !memberName(c)) {
        const decl = symbolOf(c)?.declarations?.[0];
        if (decl && within(decl, fnBody) && !within(decl, init) && !lead.slice(0, i).some((m) => m === decl))
          fine = false;
      }
      ts.forEachChild(c, check);
    };
    check(init);
  });
  return fine;
}

/**
 * `fn` written with the leading declarations `lead` as parameters after its own and `unused`
 * placeholders: `(e,t)=>{let n=w(e,t);return n*2}` is `(e,t,n=w(e,t))=>n*2`.
 */
function withLeadAsParameters(
  code: string,
  sf: ts.SourceFile,
  fn: ts.ArrowFunction,
  lead: ts.VariableDeclaration[],
  unused: string[],
): string {
  const block = fn.body as ts.Block;
  const first = block.statements[0] as ts.VariableStatement;
  const kept = first.declarationList.declarations.slice(lead.length);
  const rest = block.statements.slice(1);
  const params = [
    ...fn.parameters.map((p) => p.getText(sf)),
    ...unused,
    ...lead.map((d) => d.getText(sf)),
  ].join(',');
  const keptText = kept.length
    ? `${first.declarationList.getText(sf).slice(0, first.declarationList.getText(sf).indexOf(' ') + 1)}${kept.map((d) => d.getText(sf)).join(',')};`
    : '';
  const restText = rest.length
    ? code.slice((rest[0] as ts.Statement).getStart(sf), (rest[rest.length - 1] as ts.Statement).getEnd())
    : '';
  const only = rest.length === 1 ? rest[0] : undefined;
  let value: string;
  if (!keptText && only && ts.isReturnStatement(only) && only.expression) {
    const e = only.expression;
    const text = e.getText(sf);
    const bare =
      !text.startsWith('{') &&
      !(ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken);
    value = bare ? text : `(${text})`;
  } else value = `{${keptText}${restText}}`;
  const async = fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async' : '';
  return `${async}(${params})=>${value}`;
}

/**
 * The packed bundle (`code`) with the names an arrow function declares first in its body made
 * parameters of it with those values by default, where nothing can tell: `a=(e,t)=>{let n=w(e,t);
 * return n.x}` is `a=(e,t,n=w(e,t))=>n.x` (4 characters fewer, 13 where only a return is left;
 * ~400 functions in the detection bundle). Only an arrow bound to a name declared once that is
 * only ever called by it, with no more arguments than the arrow has parameters and none spread (so
 * no call ever passes a value for the new ones, which start as their defaults, in the same order,
 * before the body runs); whose parameters are plain names without defaults; whose first statement
 * is a `let` or `const` (the leading declarations with a value move: a name without one and all
 * after it stay); whose body declares no `var` or function of its own (a function whose
 * parameters have defaults keeps those apart); and whose moved values read nothing the body
 * declares but the names moved before them (a default cannot see the body), and no `await`. The
 * length of the function (what `fn.length` says) is the same: parameters with defaults do not count.
 */
export function letsAsParameters(code: string): { code: string; moved: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, moved: 0 };
  const { sf, checker, symbolOf, body } = b;
  const byText = identifiersByText(sf);
  const within = (n: ts.Node, r: ts.Node): boolean =>
    n.getStart(sf) >= r.getStart(sf) && n.getEnd() <= r.getEnd();
  const candidates: Array<{ fn: ts.ArrowFunction; lead: ts.VariableDeclaration[] }> = [];
  const visit = (n: ts.Node): void => {
    ts.forEachChild(n, visit);
    if (!ts.isArrowFunction(n) || !ts.isBlock(n.body)) return;
    const first = n.body.statements[0];
    if (!first || !ts.isVariableStatement(first)) return;
    const list = first.declarationList;
    const kind = list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using);
    if (kind !== ts.NodeFlags.Let && kind !== ts.NodeFlags.Const) return;
    const lead: ts.VariableDeclaration[] = [];
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) break;
      lead.push(d);
    }
    if (lead.length === 0) return;
    if (n.parameters.some((p) => !ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken)) return;
    // Bound to a name only ever called, with no more arguments than parameters.
    const up = n.parent;
    if (!ts.isVariableDeclaration(up) || up.initializer !== n || !ts.isIdentifier(up.name)) return;
    const symbol = checker.getSymbolAtLocation(up.name);
    if (!symbol || (symbol.declarations?.length ?? 0) !== 1) return;
    const uses = (byText.get(up.name.text) ?? []).filter(
      (u) => u !== up.name && !memberName(u) && symbolOf(u) === symbol,
    );
    const called = (u: ts.Identifier): boolean =>
      ts.isCallExpression(u.parent) &&
      u.parent.expression === u &&
      u.parent.arguments.length <= n.parameters.length &&
      !u.parent.arguments.some(ts.isSpreadElement);
    if (!uses.every(called)) return;
    if (ownVar(n)) return;
    if (movedReadOnlyEarlier(n, lead, symbolOf, within)) candidates.push({ fn: n, lead });
  };
  visit(body);
  // Of two nested candidates the inner one (the outer one moves if this is applied again).
  const chosen = candidates.filter((c) => !candidates.some((o) => o !== c && within(o.fn, c.fn)));
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const { fn, lead } of chosen) {
    edits.push({
      start: fn.getStart(sf),
      end: fn.getEnd(),
      text: withLeadAsParameters(code, sf, fn, lead, []),
    });
  }
  if (edits.length === 0) return { code, moved: 0 };
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return { code: applyEdits(code, edits), moved: edits.length };
}

/**
 * The built-in methods that call their first argument back with a known number of arguments (an
 * array's, a map's, a set's, a typed array's): `forEach`, `map`… three (the item, its index or key,
 * the whole), `reduce` four, `sort` two. Read only where no object of the bundle has a member of
 * that name of its own.
 */
const CALLBACK_ARGS: ReadonlyMap<string, number> = new Map([
  ['forEach', 3],
  ['map', 3],
  ['filter', 3],
  ['some', 3],
  ['every', 3],
  ['find', 3],
  ['findIndex', 3],
  ['findLast', 3],
  ['findLastIndex', 3],
  ['flatMap', 3],
  ['sort', 2],
  ['toSorted', 2],
  ['reduce', 4],
  ['reduceRight', 4],
]);

/** The members of `Object` and `Reflect` that list an object's own members (or its values). */
const ENUMERATORS = new Set([
  'keys',
  'values',
  'entries',
  'getOwnPropertyNames',
  'getOwnPropertyDescriptors',
  'getOwnPropertySymbols',
  'ownKeys',
]);

/**
 * The packed bundle (`code`) with the names an arrow declares first in its body made parameters of
 * it with those values by default (as `letsAsParameters`) where the arrow is not only called by a
 * name but also passed as a value, when every call it can get is known and passes no more than
 * `k` arguments: the rule families' guards (`{pattern, guard: (e,t,n)=>{let r=w(e,t);return …}}`,
 * called by the phrase table as `e.guard(doc, first, hit, sensitivity)`) and callbacks of the
 * built-in array methods. Where the calls pass more arguments than the arrow has parameters, the
 * moved names come after as many unused ones (a name nothing in the arrow has): `(e,t,n)=>{let
 * r=w(e,t);return r.x}` called with four is `(e,t,n,i,r=w(e,t))=>r.x` (9 characters fewer); where
 * that does not pay, it stays.
 *
 * Where a value can go, followed from the arrow (`maxArgs`): called (the count of its arguments,
 * none spread); tested (`!f`, `f&&…`, `f===x`, a condition: never called there); a branch of
 * `a?f:g`, `a||f`, `a&&f` (where the whole goes); an argument of an arrow declared once, never
 * assigned, at a position it has a plain parameter for (where that parameter goes, read by its
 * uses); an argument of a built-in callback method (`CALLBACK_ARGS`, first argument); a member's
 * value in an object literal (`{N: f}`, `{N}`): then every read of that member anywhere in the
 * bundle (by its name, on any object, but the packed strings' `$.N` and tests' `_.N`) must itself
 * go where a count is known, no member of that name may be read through a string, a destructuring
 * or `delete`, and nothing in the bundle may list an object's members or values (`for…in`,
 * `Object.keys / values / entries…`, directly or by an alias) but of data (`JSON.parse`'s, an
 * object of numbers or strings). A name declared once for the arrow goes where each of its uses
 * goes. Anything else (an array element, a return value, a member read of the function such as
 * `.length` or `.call`, a `new`): not taken.
 */
export function guardsAsParameters(
  code: string,
  packedTexts: ReadonlySet<string> = new Set(),
): { code: string; moved: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, moved: 0 };
  const { sf, symbolOf, body } = b;
  const byText = identifiersByText(sf);
  const within = (n: ts.Node, r: ts.Node): boolean =>
    n.getStart(sf) >= r.getStart(sf) && n.getEnd() <= r.getEnd();
  // The uses of a name declared once (asked of the checker once per name).
  const usesMemo = new Map<ts.Symbol, ts.Identifier[]>();
  const usesOf = (name: ts.Identifier): ts.Identifier[] | null => {
    const symbol = symbolOf(name);
    if (!symbol || (symbol.declarations?.length ?? 0) !== 1) return null;
    let uses = usesMemo.get(symbol);
    if (!uses) {
      uses = (byText.get(name.text) ?? []).filter((u) => !memberName(u) && symbolOf(u) === symbol);
      usesMemo.set(symbol, uses);
    }
    return uses.filter((u) => u !== name);
  };
  // Whether `u` is assigned where it stands (`u=…`, `u++`, `[u]=…`, `({k:u}=…)`, `for(u of …)`).
  const isWrite = (u: ts.Node): boolean => {
    let n = u;
    for (;;) {
      const p = n.parent;
      if (
        ts.isParenthesizedExpression(p) ||
        ts.isArrayLiteralExpression(p) ||
        ts.isObjectLiteralExpression(p) ||
        ts.isSpreadElement(p) ||
        ts.isSpreadAssignment(p) ||
        (ts.isShorthandPropertyAssignment(p) && p.name === n) ||
        (ts.isPropertyAssignment(p) && p.initializer === n)
      ) {
        n = p;
        continue;
      }
      if (ts.isBinaryExpression(p) && p.left === n)
        return (
          p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
          p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
        );
      if (
        (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) &&
        (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)
      )
        return n === u;
      return (ts.isForInStatement(p) || ts.isForOfStatement(p)) && p.initializer === n;
    }
  };
  // A name declared once, by `let/const/var x = <value>`, never assigned again: its value.
  const constants = new Map<ts.Symbol, { decl: ts.VariableDeclaration; uses: ts.Identifier[] } | null>();
  const constant = (id: ts.Identifier): { decl: ts.VariableDeclaration; uses: ts.Identifier[] } | null => {
    const symbol = symbolOf(id);
    if (!symbol) return null;
    if (!constants.has(symbol)) constants.set(symbol, constantOf(symbol));
    return constants.get(symbol) ?? null;
  };
  const constantOf = (symbol: ts.Symbol): { decl: ts.VariableDeclaration; uses: ts.Identifier[] } | null => {
    const decl = symbol?.declarations?.[0];
    if (symbol?.declarations?.length !== 1 || !decl || !ts.isVariableDeclaration(decl)) return null;
    if (!ts.isIdentifier(decl.name) || !decl.initializer) return null;
    const uses = usesOf(decl.name);
    if (!uses || uses.some(isWrite)) return null;
    return { decl, uses };
  };
  // Members of the bundle's own objects and classes, by name (a built-in method of that name is
  // then not the only one a call may reach).
  const ownMembers = new Set<string>();
  const members = (n: ts.Node): void => {
    const name = (n as { name?: ts.Node }).name;
    if (
      (ts.isPropertyAssignment(n) ||
        ts.isShorthandPropertyAssignment(n) ||
        ts.isMethodDeclaration(n) ||
        ts.isPropertyDeclaration(n) ||
        ts.isGetAccessor(n) ||
        ts.isSetAccessor(n)) &&
      name
    )
      ownMembers.add(ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '\0computed');
    if (ts.isPropertyAccessExpression(n) && isWrite(n)) ownMembers.add(n.name.text);
    ts.forEachChild(n, members);
  };
  members(sf);
  // The texts the bundle reads or writes a member by, its packed ones too (`packedTexts`, `keyTexts`
  // of the code before it was packed): a member that might be reached so is not taken.
  const strings = new Set([...keyTexts(code), ...packedTexts]);
  // The wrapper's own `$` and `_` (the packed strings and tests): their members are no values.
  const packedName = (e: ts.Expression): boolean => {
    if (!ts.isIdentifier(e) || (e.text !== '$' && e.text !== '_')) return false;
    const decl = symbolOf(e)?.declarations?.[0];
    return !!decl && ts.isVariableDeclaration(decl) && decl.parent.parent.parent === body;
  };
  // Whether `e` is data: a `JSON.parse` result, an object literal of plain values, a name declared
  // once for data whose members are only read or set to plain values, or a parameter every call
  // passes data for.
  const plain = (e: ts.Expression): boolean =>
    ts.isNumericLiteral(e) ||
    ts.isStringLiteralLike(e) ||
    ts.isTemplateExpression(e) ||
    e.kind === ts.SyntaxKind.TrueKeyword ||
    e.kind === ts.SyntaxKind.FalseKeyword ||
    e.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isPrefixUnaryExpression(e) && plain(e.operand)) ||
    (ts.isBinaryExpression(e) &&
      [
        ts.SyntaxKind.PlusToken,
        ts.SyntaxKind.MinusToken,
        ts.SyntaxKind.AsteriskToken,
        ts.SyntaxKind.SlashToken,
        ts.SyntaxKind.BarToken,
        ts.SyntaxKind.AmpersandToken,
      ].includes(e.operatorToken.kind)) ||
    (ts.isCallExpression(e) &&
      ts.isPropertyAccessExpression(e.expression) &&
      e.expression.name.text === 'charCodeAt');
  const jsonParse = (e: ts.Expression): boolean => {
    if (ts.isPropertyAccessExpression(e))
      return (
        ts.isIdentifier(e.expression) &&
        e.expression.text === 'JSON' &&
        !symbolOf(e.expression) &&
        e.name.text === 'parse'
      );
    if (!ts.isIdentifier(e)) return false;
    const c = constant(e);
    return !!c?.decl.initializer && jsonParse(c.decl.initializer);
  };
  // `e` the global `name` (or a name declared once for it).
  const globalNamed = (e: ts.Expression, name: string): boolean => {
    if (!ts.isIdentifier(e)) return false;
    if (e.text === name && !symbolOf(e)) return true;
    const c = constant(e);
    return !!c?.decl.initializer && globalNamed(c.decl.initializer, name);
  };
  // A name declared once without a value and never assigned (`undefined`).
  const undefinedConst = (e: ts.Identifier): boolean => {
    const symbol = symbolOf(e);
    const decl = symbol?.declarations?.[0];
    if (!decl || symbol?.declarations?.length !== 1 || !ts.isVariableDeclaration(decl) || decl.initializer)
      return false;
    return ts.isIdentifier(decl.name) && !!usesOf(decl.name) && !usesOf(decl.name)?.some(isWrite);
  };
  const memberData = new Map<string, boolean>();
  // Every value a member named `name` is given anywhere is data.
  const dataMember = (name: string, depth: number): boolean => {
    const known = memberData.get(name);
    if (known !== undefined) return known;
    if (strings.has(name)) return false;
    memberData.set(name, false);
    let fine = true;
    const visit = (n: ts.Node): void => {
      if (!fine) return;
      if (
        ts.isPropertyAccessExpression(n) &&
        n.name.text === name &&
        !packedName(n.expression) &&
        isWrite(n)
      ) {
        const q = n.parent;
        fine =
          ts.isBinaryExpression(q) &&
          q.left === n &&
          q.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          data(q.right, depth + 1);
      } else if (
        ts.isPropertyAssignment(n) &&
        (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)) &&
        n.name.text === name
      )
        fine = data(n.initializer, depth + 1);
      else if (ts.isShorthandPropertyAssignment(n) && n.name.text === name) fine = data(n.name, depth + 1);
      else if (ts.isBindingElement(n) && ((n.propertyName ?? n.name) as ts.Identifier).text === name)
        fine = false;
      ts.forEachChild(n, visit);
    };
    visit(sf);
    memberData.set(name, fine);
    return fine;
  };
  // Every call that the function `use` reads can get passes data at position `at`.
  const callsPassData = (use: ts.Expression, at: number, hasDefault: boolean, depth: number): boolean => {
    const p = use.parent;
    if (ts.isCallExpression(p) && p.expression === use) {
      if (p.arguments.some(ts.isSpreadElement)) return false;
      const arg = p.arguments[at];
      return arg === undefined ? !hasDefault : data(arg, depth + 1);
    }
    // Exported as a member (`e.Et=i`): every read of that member is called with data.
    if (
      ts.isBinaryExpression(p) &&
      p.right === use &&
      p.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(p.left)
    ) {
      const name = p.left.name.text;
      if (strings.has(name)) return false;
      let fine = true;
      const visit = (n: ts.Node): void => {
        if (!fine) return;
        if (
          ts.isPropertyAccessExpression(n) &&
          n.name.text === name &&
          !packedName(n.expression) &&
          !isWrite(n)
        ) {
          let r: ts.Node = n;
          for (;;) {
            const q = r.parent;
            if (ts.isParenthesizedExpression(q)) r = q;
            else if (
              ts.isBinaryExpression(q) &&
              q.operatorToken.kind === ts.SyntaxKind.CommaToken &&
              q.right === r
            )
              r = q;
            else break;
          }
          fine = callsPassData(r as ts.Expression, at, hasDefault, depth + 1);
        } else if (ts.isBindingElement(n) && ((n.propertyName ?? n.name) as ts.Identifier).text === name)
          fine = false;
        ts.forEachChild(n, visit);
      };
      visit(sf);
      return fine;
    }
    return false;
  };
  const data = (e: ts.Expression, depth = 0): boolean => {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (depth > 8) return false;
    if (ts.isNewExpression(e)) return globalNamed(e.expression, 'Map') || globalNamed(e.expression, 'Set');
    if (ts.isCallExpression(e)) {
      if (jsonParse(e.expression)) return true;
      if (!ts.isIdentifier(e.expression)) return false;
      const c = constant(e.expression);
      const fn = c?.decl.initializer;
      return (
        !!fn &&
        ts.isArrowFunction(fn) &&
        !ts.isBlock(fn.body) &&
        fn.parameters.length === 0 &&
        data(fn.body, depth + 1)
      );
    }
    if (ts.isObjectLiteralExpression(e))
      return e.properties.every((p) => ts.isPropertyAssignment(p) && plain(p.initializer));
    if (ts.isPropertyAccessExpression(e)) return !packedName(e.expression) && dataMember(e.name.text, depth);
    if (!ts.isIdentifier(e)) return false;
    if (undefinedConst(e)) return true;
    const symbol = symbolOf(e);
    const decl = symbol?.declarations?.[0];
    if (!decl || symbol?.declarations?.length !== 1) return false;
    if (ts.isParameter(decl)) {
      const fn = decl.parent;
      const at = fn.parameters.indexOf(decl);
      if (!ts.isArrowFunction(fn) || !ts.isIdentifier(decl.name) || decl.dotDotDotToken) return false;
      if (!usesOf(decl.name)?.every((u) => readOnly(u))) return false;
      const up = fn.parent;
      if (!ts.isVariableDeclaration(up) || !ts.isIdentifier(up.name)) return false;
      const c = constant(up.name);
      return !!c && c.uses.every((u) => callsPassData(u, at, !!decl.initializer, depth));
    }
    const c = constant(e);
    return !!c?.decl.initializer && data(c.decl.initializer, depth + 1) && c.uses.every((u) => readOnly(u));
  };
  // A use of a data object that changes none of its members but to a plain value and lets it go
  // nowhere else: a member read or set (`o[k]`, `o.k`, `o[k]=1`), a listing of it, `Object.hasOwn`.
  const readOnly = (u: ts.Identifier, depth = 0): boolean => {
    const p = u.parent;
    if ((ts.isElementAccessExpression(p) || ts.isPropertyAccessExpression(p)) && p.expression === u) {
      const q = p.parent;
      if (ts.isBinaryExpression(q) && q.left === p && q.operatorToken.kind === ts.SyntaxKind.EqualsToken)
        return plain(q.right);
      return !isWrite(p);
    }
    if (ts.isBinaryExpression(p) && p.left === u && p.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword)
      return true;
    if (!ts.isCallExpression(p)) return false;
    // Passed to an arrow declared once whose parameter there is only read so.
    const at = p.arguments.indexOf(u);
    if (at >= 0 && depth < 8 && ts.isIdentifier(p.expression) && !p.arguments.some(ts.isSpreadElement)) {
      const fn = constant(p.expression)?.decl.initializer;
      const param = fn && ts.isArrowFunction(fn) ? fn.parameters[at] : undefined;
      if (param && ts.isIdentifier(param.name) && !param.dotDotDotToken)
        return usesOf(param.name)?.every((v) => readOnly(v, depth + 1)) ?? false;
    }
    if (p.arguments[0] !== u) return false;
    const member = objectMember(p.expression);
    return member !== undefined && (ENUMERATORS.has(member) || member === 'hasOwn');
  };
  // `Object` or `Reflect` (the global, or a name declared once for it).
  const objectAlias = (e: ts.Expression): boolean => {
    if (!ts.isIdentifier(e)) return false;
    if ((e.text === 'Object' || e.text === 'Reflect') && !symbolOf(e)) return true;
    const c = constant(e);
    return !!c?.decl.initializer && objectAlias(c.decl.initializer);
  };
  // Which member of `Object` or `Reflect` callee `e` is (`Object.keys`, `b8.keys`, a name for it).
  const objectMember = (e: ts.Expression): string | undefined => {
    if (ts.isPropertyAccessExpression(e)) return objectAlias(e.expression) ? e.name.text : undefined;
    if (!ts.isIdentifier(e)) return undefined;
    const c = constant(e);
    return c?.decl.initializer ? objectMember(c.decl.initializer) : undefined;
  };
  // Does anything list an object that is not data? Every read of `Object`/`Reflect` (or a name for
  // it or for one of its listing members) must be a call of a member that lists nothing, or a
  // listing of data.
  let listsObjects = false;
  const listings = (n: ts.Node): void => {
    if (listsObjects) return;
    if (ts.isForInStatement(n)) listsObjects = true;
    if (ts.isIdentifier(n) && (n.text === 'Object' || n.text === 'Reflect') && !symbolOf(n)) {
      const check = (e: ts.Expression): void => {
        const p = e.parent;
        if (ts.isPropertyAccessExpression(p) && p.expression === e) {
          if (!ENUMERATORS.has(p.name.text)) return;
          const call = p.parent;
          if (ts.isCallExpression(call) && call.expression === p) {
            if (!call.arguments[0] || !data(call.arguments[0])) listsObjects = true;
            return;
          }
          if (ts.isVariableDeclaration(call) && call.initializer === p && ts.isIdentifier(call.name)) {
            const c = constant(call.name);
            if (!c) listsObjects = true;
            else
              for (const u of c.uses) {
                const q = u.parent;
                if (!(ts.isCallExpression(q) && q.expression === u && q.arguments[0] && data(q.arguments[0])))
                  listsObjects = true;
              }
            return;
          }
          listsObjects = true;
          return;
        }
        if (ts.isVariableDeclaration(p) && p.initializer === e && ts.isIdentifier(p.name)) {
          const c = constant(p.name);
          if (!c) listsObjects = true;
          else for (const u of c.uses) check(u);
          return;
        }
        listsObjects = true;
      };
      check(n);
    }
    ts.forEachChild(n, listings);
  };
  listings(sf);
  // The most arguments any call of a member named `name` passes (null: unknown).
  const memberCalls = new Map<string, number | null>();
  const memberMax = (name: string, depth: number): number | null => {
    if (memberCalls.has(name)) return memberCalls.get(name) ?? null;
    if (listsObjects || strings.has(name)) return null;
    memberCalls.set(name, null);
    let max = 0;
    const visit = (n: ts.Node): void => {
      if (max < 0) return;
      if (ts.isPropertyAccessExpression(n) && n.name.text === name && !packedName(n.expression)) {
        const p = n.parent;
        if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
          // a member set: a value put there, followed from where it comes (an arrow: where it is).
        } else if (ts.isDeleteExpression(p)) max = -1;
        else {
          const k = maxArgs(n, depth + 1);
          if (k === null) max = -1;
          else max = Math.max(max, k);
        }
      } else if (
        ts.isElementAccessExpression(n) &&
        ts.isStringLiteralLike(n.argumentExpression) &&
        n.argumentExpression.text === name
      )
        max = -1;
      else if (ts.isBindingElement(n) && ts.isObjectBindingPattern(n.parent)) {
        const key = n.propertyName ?? n.name;
        if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) max = -1;
        else if ((key as ts.Identifier).text === name) max = -1;
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    const out = max < 0 ? null : max;
    memberCalls.set(name, out);
    return out;
  };
  // The most arguments the value of `e` (a function) is ever called with: 0 never called, null
  // unknown.
  const maxArgs = (e: ts.Expression, depth: number): number | null => {
    if (depth > 12) return null;
    while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
    const p = e.parent;
    if (ts.isCallExpression(p)) {
      if (p.arguments.some(ts.isSpreadElement)) return null;
      if (p.expression === e) return p.arguments.length;
      const at = p.arguments.indexOf(e);
      const callee = p.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        const known = CALLBACK_ARGS.get(callee.name.text);
        return at === 0 &&
          known !== undefined &&
          !ownMembers.has(callee.name.text) &&
          !strings.has(callee.name.text)
          ? known
          : null;
      }
      if (!ts.isIdentifier(callee)) return null;
      const c = constant(callee);
      const fn = c?.decl.initializer;
      if (!fn || !ts.isArrowFunction(fn)) return null;
      const param = fn.parameters[at];
      if (!param || !ts.isIdentifier(param.name) || param.dotDotDotToken) return null;
      const uses = usesOf(param.name);
      if (!uses) return null;
      let max = 0;
      for (const u of uses) {
        const k = maxArgs(u, depth + 1);
        if (k === null) return null;
        max = Math.max(max, k);
      }
      return max;
    }
    if (ts.isPropertyAssignment(p) && p.initializer === e) {
      if (!ts.isIdentifier(p.name) && !ts.isStringLiteral(p.name)) return null;
      return memberMax(p.name.text, depth);
    }
    if (ts.isShorthandPropertyAssignment(p) && p.name === e) return memberMax(p.name.text, depth);
    if (ts.isPrefixUnaryExpression(p) && p.operator === ts.SyntaxKind.ExclamationToken) return 0;
    if (ts.isTypeOfExpression(p)) return 0;
    if (ts.isBinaryExpression(p)) {
      const op = p.operatorToken.kind;
      if (
        op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
        op === ts.SyntaxKind.EqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsToken
      )
        return 0;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return p.left === e ? 0 : maxArgs(p, depth + 1);
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken)
        return maxArgs(p, depth + 1);
      return null;
    }
    if (ts.isConditionalExpression(p)) return p.condition === e ? 0 : maxArgs(p, depth + 1);
    if ((ts.isIfStatement(p) || ts.isWhileStatement(p)) && p.expression === e) return 0;
    return null;
  };
  const candidates: Array<{ fn: ts.ArrowFunction; lead: ts.VariableDeclaration[]; pad: number }> = [];
  const visit = (n: ts.Node): void => {
    ts.forEachChild(n, visit);
    if (!ts.isArrowFunction(n) || !ts.isBlock(n.body)) return;
    const first = n.body.statements[0];
    if (!first || !ts.isVariableStatement(first)) return;
    const list = first.declarationList;
    const kind = list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using);
    if (kind !== ts.NodeFlags.Let && kind !== ts.NodeFlags.Const) return;
    const lead: ts.VariableDeclaration[] = [];
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) break;
      lead.push(d);
    }
    if (lead.length === 0) return;
    if (n.parameters.some((p) => !ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken)) return;
    if (ownVar(n)) return;
    // Where the arrow goes: itself, or the uses of the name declared for it.
    let calls: number | null;
    const up = n.parent;
    if (ts.isVariableDeclaration(up) && up.initializer === n && ts.isIdentifier(up.name)) {
      const c = constant(up.name);
      if (!c) return;
      calls = 0;
      for (const u of c.uses) {
        const k = maxArgs(u, 0);
        if (k === null) return;
        calls = Math.max(calls, k);
      }
    } else calls = maxArgs(n, 0);
    if (calls === null) return;
    const pad = Math.max(0, calls - n.parameters.length);
    if (movedReadOnlyEarlier(n, lead, symbolOf, within)) candidates.push({ fn: n, lead, pad });
  };
  visit(body);
  // Of two nested candidates the inner one (the outer one moves if this is applied again).
  const chosen = candidates.filter((c) => !candidates.some((o) => o !== c && within(o.fn, c.fn)));
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const { fn, lead, pad } of chosen) {
    // Names for the unused parameters: none that the arrow has (so they hide nothing it reads).
    const inside = new Set<string>();
    const names = (n: ts.Node): void => {
      if (ts.isIdentifier(n)) inside.add(n.text);
      ts.forEachChild(n, names);
    };
    names(fn);
    const unused: string[] = [];
    for (let k = 0; unused.length < pad; k++) {
      const name = identifierName(k);
      if (!inside.has(name) && !['do', 'if', 'in'].includes(name)) unused.push(name);
    }
    const text = withLeadAsParameters(code, sf, fn, lead, unused);
    if (text.length >= fn.getEnd() - fn.getStart(sf)) continue;
    edits.push({ start: fn.getStart(sf), end: fn.getEnd(), text });
  }
  if (edits.length === 0) return { code, moved: 0 };
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return { code: applyEdits(code, edits), moved: edits.length };
}

/**
 * The texts `code` can read or write a member by: each string (or name declared for a string) in a
 * member's place — `o['k']`, `o[k]`, `'k' in o`, `{ ['k']: v }`, a name given to
 * Object.defineProperty, hasOwn, hasOwnProperty, propertyIsEnumerable or any member of Reflect —
 * and every string inside such an expression (`o[a ? 'k' : 'j']`).
 */
export function keyTexts(code: string): Set<string> {
  const sf = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const named = new Map<string, string[]>();
  const declared = (n: ts.Node): void => {
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.initializer &&
      (ts.isStringLiteral(n.initializer) || ts.isNoSubstitutionTemplateLiteral(n.initializer))
    )
      named.set(n.name.text, [...(named.get(n.name.text) ?? []), n.initializer.text]);
    ts.forEachChild(n, declared);
  };
  declared(sf);
  const out = new Set<string>();
  const take = (e: ts.Node): void => {
    if (ts.isStringLiteralLike(e) || ts.isTemplateHead(e) || ts.isTemplateMiddle(e) || ts.isTemplateTail(e))
      out.add(e.text);
    if (ts.isIdentifier(e)) for (const t of named.get(e.text) ?? []) out.add(t);
    ts.forEachChild(e, take);
  };
  const byName =
    /^(?:defineProperty|defineProperties|getOwnPropertyDescriptor|hasOwn|hasOwnProperty|propertyIsEnumerable)$/;
  const visit = (n: ts.Node): void => {
    if (ts.isElementAccessExpression(n)) take(n.argumentExpression);
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.InKeyword) take(n.left);
    else if (ts.isComputedPropertyName(n)) take(n.expression);
    else if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      (byName.test(n.expression.name.text) || n.expression.expression.getText(sf) === 'Reflect')
    )
      for (const a of n.arguments) take(a);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The `k`th one- or two-letter name: a…z, A…Z, then aa, ab… (no `$` or `_`). */
function identifierName(k: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return k < 52 ? (letters[k] as string) : `${letters[Math.floor(k / 52) - 1]}${letters[k % 52]}`;
}

/**
 * The packed bundle (`code`) with `this` read from a name where a function (a method, a
 * constructor, a function expression, an accessor; not an arrow, which has its enclosing one's)
 * reads it often enough to pay: `let s=this` first in its body (or first of a `let` it begins with),
 * and each `this` of the function and of the arrows in it `s` (3 characters fewer each; the
 * coach's classes: about 70 methods). The name is one no identifier of the function has, so it
 * hides nothing and nothing hides it; not in a constructor that calls `super` (no `this` before
 * it), nor in a class's field initialisers (outside any body).
 */
export function thisAliases(code: string): { code: string; aliased: number } {
  const sf = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let aliased = 0;
  const visit = (n: ts.Node): void => {
    ts.forEachChild(n, visit);
    if (!ts.isFunctionLike(n) || ts.isArrowFunction(n)) return;
    const body = (n as ts.FunctionLikeDeclaration).body;
    if (!body || !ts.isBlock(body)) return;
    const reads: ts.Node[] = [];
    const names = new Set<string>();
    let superCall = false;
    const collect = (c: ts.Node, own: boolean): void => {
      if (ts.isIdentifier(c) || ts.isPrivateIdentifier(c)) names.add(c.text);
      if (own && c.kind === ts.SyntaxKind.ThisKeyword) reads.push(c);
      if (c.kind === ts.SyntaxKind.SuperKeyword && ts.isCallExpression(c.parent)) superCall = true;
      const inner = own && !((ts.isFunctionLike(c) && !ts.isArrowFunction(c)) || ts.isClassLike(c));
      ts.forEachChild(c, (d) => collect(d, inner));
    };
    for (const p of (n as ts.FunctionLikeDeclaration).parameters) collect(p, false);
    ts.forEachChild(body, (c) => collect(c, true));
    if (superCall) return;
    const name = [...NAME_START].find(
      (c) => !names.has(c) && !(DETECT_RESERVED as readonly string[]).includes(c),
    );
    if (!name) return;
    const first = body.statements.find(
      (st) => !(ts.isExpressionStatement(st) && ts.isStringLiteral(st.expression)),
    );
    const intoLet =
      first &&
      ts.isVariableStatement(first) &&
      (first.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using)) ===
        ts.NodeFlags.Let;
    const cost = intoLet ? name.length + 6 : name.length + 10;
    if (reads.length * (4 - name.length) <= cost) return;
    // The edits inside a function this one holds come first (visited first): none overlaps, since
    // only this function's own `this` is rewritten here.
    if (intoLet) {
      const d = first.declarationList.declarations[0] as ts.VariableDeclaration;
      edits.push({ start: d.getStart(sf), end: d.getStart(sf), text: `${name}=this,` });
    } else {
      const at = first ? first.getStart(sf) : body.getEnd() - 1;
      edits.push({ start: at, end: at, text: `let ${name}=this;` });
    }
    for (const r of reads) edits.push({ start: r.getStart(sf), end: r.getEnd(), text: name });
    aliased++;
  };
  visit(sf);
  if (aliased === 0) return { code, aliased: 0 };
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return { code: applyEdits(code, edits), aliased };
}

/**
 * Globals a bundle may read once when it starts instead of at every use: the language's own
 * constructors and namespaces and the page's (DOM) interfaces, timers and objects that every
 * window has and nothing assigns (`globalAliases`).
 */
const STABLE_GLOBALS = new Set([
  ...['Array', 'Object', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'RegExp', 'Date', 'Promise'],
  ...['Set', 'Map', 'WeakMap', 'WeakSet', 'WeakRef', 'Error', 'TypeError', 'RangeError', 'Math', 'JSON'],
  ...['Reflect', 'Intl', 'Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array'],
  ...['Float32Array', 'Float64Array', 'TextDecoder', 'TextEncoder', 'window', 'document', 'navigator'],
  ...['performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame'],
  ...['cancelAnimationFrame', 'queueMicrotask', 'getComputedStyle', 'Node', 'Element', 'Text', 'ShadowRoot'],
  ...['Document', 'DOMRect', 'Range', 'MutationObserver', 'ResizeObserver', 'Event', 'KeyboardEvent'],
  ...['InputEvent', 'MouseEvent', 'FocusEvent', 'CustomEvent'],
]);

/**
 * The packed bundle (`code`) with each global of `STABLE_GLOBALS` (or an `HTML…Element`) read
 * often enough to pay read once, after the first statement of the function it is wrapped in and
 * the loops after it (the packed strings unpacked and named, which keep their reads) and before any
 * other, into a two-character name
 * no identifier of the bundle has (`var ab=Set,…`; `new ab` where it said `new Set`): the same
 * object at every use, since nothing assigns these. Only a name no scope declares where it is read
 * (the global itself), and never written.
 */
export function globalAliases(code: string): { code: string; aliased: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, aliased: 0 };
  const { sf, symbolOf, body } = b;
  // The first statement (the packed strings unpacked, `const $=…`) and the loops after it (the
  // names given to the texts and patterns) stay as they are: the names are declared after them,
  // before anything else runs.
  const top = afterUnpacking(body);
  if (!top) return { code, aliased: 0 };
  const { at0, last } = top;
  const first = body.statements[at0] as ts.Statement;
  const { prefixEnd } = top;
  const used = new Set<string>();
  const reads = new Map<string, ts.Identifier[]>();
  const written = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) used.add(n.text);
    if (
      ts.isIdentifier(n) &&
      (STABLE_GLOBALS.has(n.text) || /^HTML[A-Za-z]*Element$/.test(n.text)) &&
      (n.getStart(sf) < first.getStart(sf) || n.getStart(sf) >= prefixEnd)
    ) {
      if (!memberName(n) && !ts.isShorthandPropertyAssignment(n.parent) && !symbolOf(n)) {
        if (writes(n)) written.add(n.text);
        const list = reads.get(n.text);
        if (list) list.push(n);
        else reads.set(n.text, [n]);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  const names = [...NAME_START.slice(0, 53)]
    .flatMap((c) => [...NAME_PART].map((d) => `${c}${d}`))
    .filter((n) => !used.has(n) && !NOT_NAMES.has(n));
  const chosen = [...reads]
    .filter(([text, list]) => !written.has(text) && list.length * (text.length - 2) > text.length + 4)
    .sort((a, c) => c[1].length * c[0].length - a[1].length * a[0].length || (a[0] < c[0] ? -1 : 1))
    .slice(0, names.length);
  if (chosen.length === 0) return { code, aliased: 0 };
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const declarations: string[] = [];
  chosen.forEach(([text, list], i) => {
    const name = names[i] as string;
    declarations.push(`${name}=${text}`);
    for (const n of list) edits.push({ start: n.getStart(sf), end: n.getEnd(), text: name });
  });
  // Into the `var` that follows, if one does (`var ab=Set,…,a=…`).
  edits.push(declarationAfterUnpacking(code, sf, body, last, prefixEnd, declarations.join(',')));
  edits.sort((a, c) => c.start - a.start || c.end - a.end);
  return { code: applyEdits(code, edits), aliased: chosen.length };
}

/**
 * The packed bundle (`code`) with each set made of a packed text's words (`new Set($.ab.split(" "))`,
 * `new Set($W($.ab,au))`) made by the bundle's own function that does just that, where it has one
 * (`x=e=>new Set($W(e,au))`, the engine's `wordSet`, with `$W=(e,t)=>e.split(t)` and `au=\` \``):
 * `x($.ab)`, the same new set (about 60 in the detection bundle). Only where that function is
 * declared (never written) before the set is made in the text (not in a function declaration,
 * which could be called sooner), and `Set`, the function's name, `$W` and `au` mean there what they
 * mean where it is declared.
 */
export function setsByWordSet(code: string): { code: string; replaced: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, replaced: 0 };
  const { sf, checker, symbolOf, body } = b;
  const byText = identifiersByText(sf);
  const first = body.statements[0];
  if (!first) return { code, replaced: 0 };
  const packed = checker.resolveName('$', first, ts.SymbolFlags.Value, false);
  // Top-level names declared once, never written, with their declarations.
  const constant = (id: ts.Identifier): ts.VariableDeclaration | undefined => {
    const symbol = symbolOf(id);
    const d = symbol?.declarations?.[0];
    if (symbol?.declarations?.length !== 1 || !d || !ts.isVariableDeclaration(d)) return undefined;
    if (
      !body.statements.some((st) => ts.isVariableStatement(st) && st.declarationList.declarations.includes(d))
    )
      return undefined;
    const uses = (byText.get(id.text) ?? []).filter(
      (n) => n !== d.name && !memberName(n) && symbolOf(n) === symbol,
    );
    return uses.some(writes) ? undefined : d;
  };
  // The function: `F=e=>new Set(W(e,S))`, W `(e,t)=>e.split(t)`, S a space.
  let helper: { decl: ts.VariableDeclaration; split: ts.Symbol; space: ts.Symbol } | undefined;
  for (const st of body.statements) {
    if (helper || !ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const f = d.initializer;
      if (!ts.isIdentifier(d.name) || !f || !ts.isArrowFunction(f) || f.parameters.length !== 1) continue;
      const p = f.parameters[0] as ts.ParameterDeclaration;
      const made = f.body;
      if (!ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken || !ts.isNewExpression(made))
        continue;
      const arg = made.arguments?.[0];
      if (
        made.arguments?.length !== 1 ||
        !ts.isIdentifier(made.expression) ||
        made.expression.text !== 'Set' ||
        symbolOf(made.expression) ||
        !arg ||
        !ts.isCallExpression(arg) ||
        !ts.isIdentifier(arg.expression) ||
        arg.arguments.length !== 2
      )
        continue;
      const [e, sep] = arg.arguments as unknown as [ts.Expression, ts.Expression];
      if (!ts.isIdentifier(e) || e.text !== p.name.text || !ts.isIdentifier(sep)) continue;
      const w = constant(arg.expression);
      const space = constant(sep);
      const wf = w?.initializer;
      const split =
        wf &&
        ts.isArrowFunction(wf) &&
        wf.parameters.length === 2 &&
        wf.parameters.every((q) => ts.isIdentifier(q.name) && !q.initializer && !q.dotDotDotToken) &&
        ts.isCallExpression(wf.body) &&
        ts.isPropertyAccessExpression(wf.body.expression) &&
        wf.body.expression.name.text === 'split' &&
        !wf.body.expression.questionDotToken &&
        wf.body.expression.expression.getText(sf) === wf.parameters[0]?.name.getText(sf) &&
        wf.body.arguments.length === 1 &&
        wf.body.arguments[0]?.getText(sf) === wf.parameters[1]?.name.getText(sf);
      const sv = space?.initializer;
      if (
        !split ||
        !sv ||
        !(ts.isStringLiteral(sv) || ts.isNoSubstitutionTemplateLiteral(sv)) ||
        sv.text !== ' ' ||
        !constant(d.name)
      )
        continue;
      const splitSymbol = symbolOf(arg.expression);
      const spaceSymbol = symbolOf(sep);
      if (splitSymbol && spaceSymbol) helper = { decl: d, split: splitSymbol, space: spaceSymbol };
      break;
    }
  }
  if (!helper || !packed) return { code, replaced: 0 };
  const { decl, split, space } = helper;
  const name = (decl.name as ts.Identifier).text;
  const fnSymbol = symbolOf(decl.name as ts.Identifier);
  const isSpace = (e: ts.Expression): boolean =>
    ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && e.text === ' ') ||
    (ts.isIdentifier(e) && symbolOf(e) === space);
  const packedRead = (e: ts.Expression): boolean =>
    ts.isPropertyAccessExpression(e) &&
    !e.questionDotToken &&
    ts.isIdentifier(e.expression) &&
    symbolOf(e.expression) === packed;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (n: ts.Node, hoisted: boolean): void => {
    if (
      !hoisted &&
      ts.isNewExpression(n) &&
      n.getStart(sf) > decl.getEnd() &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === 'Set' &&
      !symbolOf(n.expression) &&
      n.arguments?.length === 1 &&
      checker.resolveName(name, n, ts.SymbolFlags.Value, false) === fnSymbol
    ) {
      const arg = n.arguments[0] as ts.Expression;
      let words: ts.Expression | undefined;
      if (ts.isCallExpression(arg) && arg.arguments.length === 2 && !arg.questionDotToken) {
        const [a, sep] = arg.arguments as unknown as [ts.Expression, ts.Expression];
        if (ts.isIdentifier(arg.expression) && symbolOf(arg.expression) === split && isSpace(sep)) words = a;
      } else if (
        ts.isCallExpression(arg) &&
        arg.arguments.length === 1 &&
        !arg.questionDotToken &&
        ts.isPropertyAccessExpression(arg.expression) &&
        !arg.expression.questionDotToken &&
        arg.expression.name.text === 'split' &&
        isSpace(arg.arguments[0] as ts.Expression)
      )
        words = arg.expression.expression;
      if (words && packedRead(words)) {
        edits.push({ start: n.getStart(sf), end: n.getEnd(), text: `${name}(${words.getText(sf)})` });
        return;
      }
    }
    ts.forEachChild(n, (c) => visit(c, hoisted || ts.isFunctionDeclaration(c)));
  };
  visit(body, false);
  if (edits.length === 0) return { code, replaced: 0 };
  edits.sort((a, c) => c.start - a.start || c.end - a.end);
  return { code: applyEdits(code, edits), replaced: edits.length };
}

/** `delete`, `await`, `yield`, an assignment or `++`/`--`: what writes, or suspends, where it stands. */
function writesInPlace(n: ts.Node): boolean {
  return (
    ts.isDeleteExpression(n) ||
    ts.isAwaitExpression(n) ||
    ts.isYieldExpression(n) ||
    (ts.isBinaryExpression(n) &&
      n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) ||
    ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) &&
      (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken))
  );
}

/**
 * `this`, `super`, `new.target`/`import.meta`, `arguments`, or a function or class made there: what
 * would mean another thing once the expression is moved into another function.
 */
function boundToItsFunction(n: ts.Node): boolean {
  return (
    n.kind === ts.SyntaxKind.ThisKeyword ||
    n.kind === ts.SyntaxKind.SuperKeyword ||
    ts.isMetaProperty(n) ||
    ts.isFunctionLike(n) ||
    ts.isClassLike(n) ||
    (ts.isIdentifier(n) && n.text === 'arguments')
  );
}

/** Whether evaluating `n` may change anything (a call, `new`, a tagged template, an assignment, `++`, `delete`, `await`, `yield`). */
function mayWrite(n: ts.Node): boolean {
  if (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n) || writesInPlace(n))
    return true;
  // A function made there runs nothing until it is called.
  if (ts.isFunctionLike(n) || ts.isClassLike(n)) return false;
  return ts.forEachChild(n, mayWrite) ?? false;
}

/** A helper `callsToHelpers` may call: `name=(p,q)=>body`, the body's names outside it and its parameters. */
type Helper = {
  name: string;
  symbol: ts.Symbol;
  decl: ts.VariableDeclaration;
  params: string[];
  body: ts.Expression;
  free: Array<{ name: string; symbol: ts.Symbol | undefined }>;
  /** For each parameter, whether something of the body is read or done before it is (`e.a[t]`: `.a` before `t`). */
  after: boolean[];
  /** The parameters read more than once: given a name, the same at each read. */
  repeated: Set<string>;
  /**
   * The parameters read where the body may not get to (after `&&`, `||`, `??`, in a branch of `?:`,
   * past a `?.`) or after a call of the body ran: given a name nothing writes, declared before.
   */
  maybe: Set<string>;
};

/**
 * The packed bundle (`code`) with an expression written out where the bundle has an arrow that
 * computes just that written as a call of it: `e.S[n]?.w??\`\`` is `C(e,n)` where the bundle has
 * `C=(e,t)=>e.S[t]?.w??\`\``, `{A:a,O:b,j:c,min:d,M:f,N:g}` is `Ql(a,b,c,d,f,g)` (about 2.5 kB in
 * the detection bundle). The call gives the same value where nothing can tell them apart:
 * - the arrow is declared once at the top of the function the bundle is wrapped in and never
 *   written; its parameters are plain names, each read once in its body, unconditionally (not
 *   after `&&`, `||`, `??`, in a branch of `?:`, or past a `?.`), in the order they are declared;
 *   its body an expression with no `this`, `arguments`, function, assignment, `++`, `delete`,
 *   `await` or `yield`, and no call (or `new`) that runs before a parameter is read (a call runs
 *   the arguments first, as the arrow's caller does: only then could the order differ);
 * - at the expression, the arrow's name and every name its body reads mean what they mean where it
 *   is declared (no inner scope declares them), and it is declared before the expression in the
 *   text (not in a function declaration, which could be called sooner);
 * - the expression is not written (`=`, `++`, `delete`, a destructuring or loop target), not a
 *   method called (`x.f()` calls `f` with `this` x; `C(x)()` would not), and not part of an
 *   optional chain that goes on past it or starts inside one of the parts made arguments (`a?.b.S[n]`:
 *   where `a` is nullish the whole chain is undefined, `C(a?.b,n)` would throw);
 * - a part made an argument that may change anything (a call, an assignment…) is only one before
 *   which the body reads or does nothing (the call evaluates it first, the body would have read
 *   `e.S` before it).
 * A part is evaluated once either way (each parameter is read once), in the same order.
 */
export function callsToHelpers(code: string): { code: string; called: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, called: 0 };
  const { sf, checker, symbolOf, body } = b;
  const byText = identifiersByText(sf);
  const helpers: Helper[] = [];
  for (const st of body.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const f = d.initializer;
      if (!ts.isIdentifier(d.name) || !f || !ts.isArrowFunction(f) || ts.isBlock(f.body) || f.modifiers)
        continue;
      if (!f.parameters.every((p) => ts.isIdentifier(p.name) && !p.initializer && !p.dotDotDotToken))
        continue;
      const symbol = checker.getSymbolAtLocation(d.name);
      if (symbol?.declarations?.length !== 1) continue;
      const uses = (byText.get(d.name.text) ?? []).filter(
        (n) => n !== d.name && !memberName(n) && symbolOf(n) === symbol,
      );
      if (uses.some(writes)) continue;
      const params = f.parameters.map((p) => (p.name as ts.Identifier).text);
      const seen: ts.Identifier[] = [];
      const free: Helper['free'] = [];
      let ok = true;
      const calls: ts.Node[] = [];
      // Parameters read only where the body may not get to (after `&&`…), or after a call ran.
      const maybe = new Set<string>();
      const ops: ts.Node[] = [];
      const walk = (n: ts.Node, conditional: boolean): void => {
        if (!ok) return;
        if (boundToItsFunction(n) || writesInPlace(n)) {
          ok = false;
          return;
        }
        if (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n))
          calls.push(n);
        if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isSpreadAssignment(n))
          ops.push(n);
        if (ts.isIdentifier(n)) {
          if (memberName(n)) return;
          if (params.includes(n.text)) {
            if (ts.isShorthandPropertyAssignment(n.parent)) ok = false;
            if (conditional) maybe.add(n.text);
            seen.push(n);
          } else {
            free.push({ name: n.text, symbol: symbolOf(n) });
            ops.push(n);
          }
          return;
        }
        ts.forEachChild(n, (c) => {
          const p = n;
          const cond =
            conditional ||
            (ts.isBinaryExpression(p) &&
              c === p.right &&
              (p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ||
                p.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
                p.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) ||
            (ts.isConditionalExpression(p) && c !== p.condition) ||
            (ts.isOptionalChain(p) && c !== p.expression);
          walk(c, cond);
        });
      };
      walk(f.body, false);
      // Each parameter read first in the order declared. One read more than once is only ever
      // given a name (`callsToHelpers` matches only those), read again to the same value: no call
      // of the body runs before it.
      const first = seen.filter((n, i) => seen.findIndex((m) => m.text === n.text) === i);
      if (!ok || first.length !== params.length || !first.every((n, i) => n.text === params[i])) continue;
      const repeated = new Set(params.filter((q) => seen.filter((n) => n.text === q).length > 1));
      // A parameter read after a call of the body ran (which could change what the argument
      // reads, were it evaluated there).
      for (const n of seen) if (calls.some((c) => c.getEnd() <= n.getStart(sf))) maybe.add(n.text);
      // A parameter read first where the body may not get to is only ever given a name (below).
      for (const n of first) if (maybe.has(n.text) && !repeated.has(n.text)) repeated.add(n.text);
      // Whether the body reads something before each parameter: a name, a member (`e.a[t]`: `e.a`
      // is read before `t`), a spread.
      const after = first.map((n) => ops.some((o) => o.getEnd() <= n.getStart(sf)));
      // `()=>({A:e})` makes the object `{A:e}`, wherever it is written.
      let made = f.body;
      while (ts.isParenthesizedExpression(made)) made = made.expression;
      helpers.push({ name: d.name.text, symbol, decl: d, params, body: made, free, after, repeated, maybe });
    }
  }
  if (helpers.length === 0) return { code, called: 0 };
  // Names something writes (`=`, `++`, a destructuring or loop target).
  const writtenNames = new Set<ts.Symbol>();
  for (const list of byText.values())
    for (const n of list)
      if (!memberName(n) && writes(n)) {
        const symbol = symbolOf(n);
        if (symbol) writtenNames.add(symbol);
      }
  // A name read to the same value wherever and whenever the arrow would: a parameter or a name
  // declared with its value before the expression in the text, that nothing writes.
  const steady = (a: ts.Node, site: ts.Node): boolean => {
    if (!ts.isIdentifier(a)) return false;
    const symbol = symbolOf(a);
    const d = symbol?.valueDeclaration;
    if (!symbol || !d || writtenNames.has(symbol) || symbol.declarations?.length !== 1) return false;
    if (ts.isParameter(d))
      return ts.isIdentifier(d.name) && !d.dotDotDotToken && d.getEnd() <= site.getStart(sf);
    return (
      ts.isVariableDeclaration(d) &&
      ts.isIdentifier(d.name) &&
      !!d.initializer &&
      !ts.isForInStatement(d.parent.parent) &&
      !ts.isForOfStatement(d.parent.parent) &&
      d.getEnd() <= site.getStart(sf)
    );
  };
  // Helpers by the kind of their body's root and its name or operator, to try only likely ones.
  const keyOf = (n: ts.Node): string => {
    if (ts.isPropertyAccessExpression(n)) return `.${n.name.text}`;
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) return `${n.kind}${keyOf(n.expression)}`;
    if (ts.isBinaryExpression(n)) return `${n.kind}:${n.operatorToken.kind}`;
    if (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) return `${n.kind}:${n.operator}`;
    if (ts.isIdentifier(n)) return `#${n.text}`;
    return `${n.kind}`;
  };
  const byKey = new Map<string, Helper[]>();
  for (const h of helpers) {
    if (ts.isIdentifier(h.body)) continue;
    const k = keyOf(h.body);
    const list = byKey.get(k);
    if (list) list.push(h);
    else byKey.set(k, [h]);
  }
  const match = (p: ts.Node, s: ts.Node, h: Helper, bind: Map<string, ts.Node>): boolean => {
    if (ts.isIdentifier(p) && !memberName(p) && h.params.includes(p.text)) {
      // `super.a` reads `a` of the parent class's prototype with `this`: no value to pass.
      if (!ts.isExpression(s) || s.kind === ts.SyntaxKind.SuperKeyword) return false;
      const was = bind.get(p.text);
      if (h.repeated.has(p.text)) {
        // A local name (a global's reads could differ: a getter of the global object).
        const symbol = ts.isIdentifier(s) ? symbolOf(s) : undefined;
        if (!symbol || (was && (!ts.isIdentifier(was) || symbolOf(was) !== symbol))) return false;
      } else if (was) return false;
      if (!was) bind.set(p.text, s);
      return true;
    }
    if (p.kind !== s.kind) return false;
    const pc = p.getChildren(sf);
    const sc = s.getChildren(sf);
    if (pc.length !== sc.length) return false;
    if (pc.length === 0) return p.getText(sf) === s.getText(sf);
    for (let i = 0; i < pc.length; i++) if (!match(pc[i] as ts.Node, sc[i] as ts.Node, h, bind)) return false;
    return true;
  };
  // Whether `n` is part of an optional chain that goes on past it (`n` is `a?.b` in `a?.b.c`).
  const chainGoesOn = (n: ts.Node): boolean => {
    const p = n.parent;
    return (
      (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isCallExpression(p)) &&
      p.expression === n &&
      (p.flags & ts.NodeFlags.OptionalChain) !== 0 &&
      !p.questionDotToken
    );
  };
  const calledAt = (n: ts.Node): boolean => {
    const p = n.parent;
    let c: ts.Node = n;
    let up = p;
    while (ts.isParenthesizedExpression(up)) {
      c = up;
      up = up.parent;
    }
    return (
      ((ts.isCallExpression(up) || ts.isNewExpression(up)) && up.expression === c) ||
      (ts.isTaggedTemplateExpression(up) && up.tag === c)
    );
  };
  const written = (n: ts.Node): boolean => {
    if (writes(n)) return true;
    const p = n.parent;
    if (ts.isDeleteExpression(p)) return true;
    // A destructuring target deeper in: any enclosing array or object literal being written.
    for (let up: ts.Node = n.parent; up && !ts.isStatement(up); up = up.parent)
      if ((ts.isArrayLiteralExpression(up) || ts.isObjectLiteralExpression(up)) && writes(up)) return true;
    return false;
  };
  // `e.a[x,y]` holds a list where an argument cannot: `C(e,(x,y))`.
  const commaList = (a: ts.Node): boolean =>
    ts.isBinaryExpression(a) && a.operatorToken.kind === ts.SyntaxKind.CommaToken;
  const argText = (a: ts.Node): string => (commaList(a) ? `(${a.getText(sf)})` : a.getText(sf));
  type Site = { node: ts.Node; h: Helper; args: ts.Node[]; save: number };
  const sites: Site[] = [];
  const visit = (n: ts.Node, hoisted: boolean): void => {
    const hs = byKey.get(keyOf(n));
    if (hs && !hoisted && ts.isExpression(n)) {
      let best: Site | undefined;
      for (const h of hs) {
        if (n.getStart(sf) < h.decl.getEnd()) continue;
        const bind = new Map<string, ts.Node>();
        if (!match(h.body, n, h, bind) || bind.size !== h.params.length) continue;
        const args = h.params.map((q) => bind.get(q) as ts.Node);
        const text = `${h.name}(${args.map(argText).join(',')})`;
        const save = n.getEnd() - n.getStart(sf) - text.length;
        if (save <= 0 || (best && best.save >= save)) continue;
        if (written(n) || calledAt(n) || chainGoesOn(n)) continue;
        if (args.some(chainGoesOn)) continue;
        if (args.some((a, i) => h.after[i] && mayWrite(a))) continue;
        if (!h.params.every((q, i) => !h.maybe.has(q) || steady(args[i] as ts.Node, n))) continue;
        if (checker.resolveName(h.name, n, ts.SymbolFlags.Value, false) !== h.symbol) continue;
        if (!h.free.every((f) => checker.resolveName(f.name, n, ts.SymbolFlags.Value, false) === f.symbol))
          continue;
        best = { node: n, h, args, save };
      }
      if (best) sites.push(best);
    }
    ts.forEachChild(n, (c) => visit(c, hoisted || ts.isFunctionDeclaration(c)));
  };
  visit(body, false);
  // Sites inside another: kept where they are inside one of its arguments (written there), else
  // the outer one only.
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const render = (start: number, end: number, inside: Site[]): string => {
    let out = '';
    let pos = start;
    for (const s of inside) {
      const a = s.node.getStart(sf);
      if (a < pos) continue;
      out += code.slice(pos, a) + callText(s);
      pos = s.node.getEnd();
    }
    return out + code.slice(pos, end);
  };
  const within = (lo: number, hi: number): Site[] =>
    sites.filter((s) => s.node.getStart(sf) >= lo && s.node.getEnd() <= hi);
  const callText = (s: Site): string =>
    `${s.h.name}(${s.args
      .map((a) => {
        const text = render(a.getStart(sf), a.getEnd(), within(a.getStart(sf), a.getEnd()));
        return commaList(a) ? `(${text})` : text;
      })
      .join(',')})`;
  let pos = 0;
  for (const s of sites) {
    if (s.node.getStart(sf) < pos) continue;
    // An arrow's body in parentheses (`=>({A:e})`) needs none once a call.
    const p = s.node.parent;
    const whole =
      ts.isParenthesizedExpression(p) && ts.isArrowFunction(p.parent) && p.parent.body === p ? p : s.node;
    const a = whole.getStart(sf);
    // `return{…}` is `return Ql(…)`.
    const space = /[\w$]/.test(code[a - 1] ?? '') ? ' ' : '';
    edits.push({ start: a, end: whole.getEnd(), text: `${space}${callText(s)}` });
    pos = whole.getEnd();
  }
  if (edits.length === 0) return { code, called: 0 };
  edits.sort((x, y) => y.start - x.start || y.end - x.end);
  return { code: applyEdits(code, edits), called: edits.length };
}

/**
 * Whether `n` calls a method of `HOT_METHODS` or reads a `length` (`e.length`, `a.slice(b)`,
 * `\`\`.charCodeAt.call(e,t)`) on a name or on a value computed there: what the engine does in its
 * loops over tokens and characters with values of every kind (strings, arrays, sets at one site),
 * left where it is written (`shapesAsHelpers`): one function doing it for all of them would see
 * them all at one read (every such read a call: about 1.4× the CPU time on the corpus's texts, in
 * one process on a busy host).
 * On a member read (`e.E.slice(t.D,t.h)`, `e.S.length`: a document's text and tokens, the same kind
 * of value at every site) it may be a call.
 */
function hotRead(n: ts.Node): boolean {
  if (
    ts.isPropertyAccessExpression(n) &&
    (n.name.text === 'length' ||
      (HOT_METHODS.has(n.name.text) && ts.isCallExpression(n.parent) && n.parent.expression === n) ||
      n.name.text === 'charCodeAt') &&
    !ts.isPropertyAccessExpression(n.expression)
  )
    return true;
  return ts.forEachChild(n, hotRead) ?? false;
}

/** The kinds of expression `shapesAsHelpers` may write as a call of a function it declares. */
const SHAPE_KINDS = new Set([
  ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.PropertyAccessExpression,
  ts.SyntaxKind.ElementAccessExpression,
  ts.SyntaxKind.BinaryExpression,
  ts.SyntaxKind.PrefixUnaryExpression,
  ts.SyntaxKind.ObjectLiteralExpression,
  ts.SyntaxKind.ArrayLiteralExpression,
  ts.SyntaxKind.NewExpression,
  ts.SyntaxKind.ConditionalExpression,
  ts.SyntaxKind.TemplateExpression,
]);

/**
 * The packed bundle (`code`) with an arrow declared for each expression written often enough the
 * same way but for the local names it reads (`O(e,n.h-1)`, `O(r,t.h-1)`: `aB=(e,t)=>O(e,t.h-1)`),
 * first in the function it is wrapped in (after the packed strings are unpacked), where the calls
 * `callsToHelpers` then writes save more than the arrow costs (`minGain` characters): those calls
 * are the only change it makes, on the same terms (a local name becomes an argument, read where the
 * expression was). The arrow's name is one no identifier of the bundle has; the names it reads
 * besides its parameters are the bundle's own (declared at the top of the function it is wrapped
 * in) or globals, which `callsToHelpers` checks mean the same where each expression is.
 */
export function shapesAsHelpers(code: string, minGain = 24): { code: string; added: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, added: 0 };
  const { sf, symbolOf, body } = b;
  const topLevel = topLevelSymbols(body, symbolOf);
  const used = new Set<string>();
  // Where the names are declared: after the packed strings are unpacked and named (as globalAliases).
  const top = afterUnpacking(body);
  if (!top) return { code, added: 0 };
  const { last, prefixEnd } = top;
  type Shape = { parts: Array<string | number>; params: number; sites: number; saves: number };
  const shapes = new Map<string, Shape>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) used.add(n.text);
    ts.forEachChild(n, visit);
    if (!SHAPE_KINDS.has(n.kind) || n.getStart(sf) < prefixEnd) return;
    const width = n.getEnd() - n.getStart(sf);
    if (width < 6 || width > 400) return;
    const locals: ts.Symbol[] = [];
    const cuts: Array<{ start: number; end: number; k: number }> = [];
    let ok = true;
    const walk = (c: ts.Node): void => {
      if (!ok) return;
      if (
        boundToItsFunction(c) ||
        writesInPlace(c) ||
        ts.isShorthandPropertyAssignment(c) ||
        ts.isPrivateIdentifier(c) ||
        (ts.isBinaryExpression(c) && c.operatorToken.kind === ts.SyntaxKind.CommaToken)
      ) {
        ok = false;
        return;
      }
      if (ts.isIdentifier(c)) {
        if (memberName(c)) return;
        const symbol = symbolOf(c);
        if (!symbol || topLevel.has(symbol)) return;
        let k = locals.indexOf(symbol);
        if (k < 0) k = locals.push(symbol) - 1;
        cuts.push({ start: c.getStart(sf), end: c.getEnd(), k });
        return;
      }
      ts.forEachChild(c, walk);
    };
    walk(n);
    if (!ok || locals.length > 9) return;
    // Not a method called (`e.f()`), a member written or a link of a longer optional chain:
    // `callsToHelpers` leaves those.
    const up = n.parent;
    if (
      ((ts.isCallExpression(up) || ts.isNewExpression(up)) && up.expression === n) ||
      (ts.isTaggedTemplateExpression(up) && up.tag === n) ||
      writes(n) ||
      ts.isDeleteExpression(up) ||
      (n.flags & ts.NodeFlags.OptionalChain) !== 0
    )
      return;
    // Not a hot method's call or a length read (HOT_METHODS): the engine's loops call these.
    if (hotRead(n)) return;
    // The expression's text in parts: what it says, and which local name (by number) between.
    const parts: Array<string | number> = [];
    let pos = n.getStart(sf);
    let args = 0;
    for (const cut of cuts) {
      parts.push(code.slice(pos, cut.start), cut.k);
      pos = cut.end;
    }
    parts.push(code.slice(pos, n.getEnd()));
    const text = JSON.stringify(parts);
    for (const s of locals) args += (s.escapedName as string).length;
    const call = 4 + args + Math.max(0, locals.length - 1);
    if (width - call <= 0) return;
    const shape = shapes.get(text);
    if (shape) {
      shape.sites++;
      shape.saves += width - call;
    } else shapes.set(text, { parts, params: locals.length, sites: 1, saves: width - call });
  };
  visit(body);
  // Names no identifier has, two characters long while they last (globalAliases has taken some), then three.
  const two = [...NAME_START.slice(0, 53)].flatMap((c) => [...NAME_PART].map((d) => `${c}${d}`));
  const names = [...two, ...two.flatMap((c) => [...NAME_PART].map((d) => `${c}${d}`))]
    .filter((n) => !used.has(n) && !NOT_NAMES.has(n) && !/^(?:new|for|try|var|let)$/.test(n))
    .slice(0, 2000);
  const declare = (s: Shape, name: string): string => {
    const said = s.parts.filter((x) => typeof x === 'string').join(' ');
    const inBody = new Set(said.match(/[\w$]+/g) ?? []);
    const letters = [...'etnriaoscludfpmhgvybxwkjqz'].filter((c) => !inBody.has(c)).slice(0, s.params);
    const made = s.parts.map((x) => (typeof x === 'number' ? (letters[x] as string) : x)).join('');
    const params = s.params === 1 ? letters[0] : `(${letters.join(',')})`;
    return `${name}=${params}=>${made.startsWith('{') ? `(${made})` : made}`;
  };
  let chosen = [...shapes.values()]
    .map((s) => ({ s, gain: s.saves - s.sites - (declare(s, 'abc').length + 1) }))
    .filter((x) => x.gain >= minGain)
    .sort((x, y) => y.gain - x.gain)
    .slice(0, names.length);
  // The var that follows the unpacking (globalAliases' `var aa=Set,…`), or a new one.
  const next = body.statements[last + 1];
  const into =
    next &&
    ts.isVariableStatement(next) &&
    (next.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using)) === 0 &&
    next.declarationList.declarations[0];
  const withShapes = (list: typeof chosen): string => {
    const declarations = list.map((x, i) => declare(x.s, names[i] as string));
    if (declarations.length === 0) return code;
    if (into) {
      const at = into.getStart(sf);
      return `${code.slice(0, at)}${declarations.join(',')},${code.slice(at)}`;
    }
    const semicolon = code[prefixEnd - 1] === ';' || code[prefixEnd - 1] === '}' ? '' : ';';
    return `${code.slice(0, prefixEnd)}${semicolon}var ${declarations.join(',')};${code.slice(prefixEnd)}`;
  };
  // Written as calls, and again without the arrows that did not pay (other calls took their sites).
  for (let round = 0; round < 3; round++) {
    const out = callsToHelpers(withShapes(chosen)).code;
    const keep = chosen.filter((x, i) => {
      const name = names[i] as string;
      const calls = out.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}\\(`, 'g'))?.length ?? 0;
      const decl = declare(x.s, name).length + 1;
      return calls > 0 && (x.s.saves / x.s.sites - (name.length - 2)) * calls - decl >= minGain;
    });
    if (keep.length === chosen.length || round === 2) {
      return chosen.length === 0 ? { code, added: 0 } : { code: out, added: chosen.length };
    }
    chosen = keep;
  }
  return { code, added: 0 };
}

/**
 * The packed bundle (`code`) with a function declared for each name of its top read often as
 * `a.has(x)` (a set or map of the engine's: `A=e=>a.has(e)`, `A(x)`), where the calls save more
 * than the function costs (`minGain` characters). Only a name bound once in the whole bundle (no
 * other binding anywhere could be read where it is written), declared with a value at the top of
 * the function the bundle is wrapped in and never written after, and only a call with one
 * argument, no spread, no optional chain, `has` read to be called at once: the same `has` of the
 * same value called with the same argument (the name is read after the argument is evaluated rather
 * than before, which nothing can tell for a name no code writes). One function per name: each call
 * site inside sees only its own set, so the engine's lookups stay as fast (cachegrind).
 */
export function hasHelpers(code: string, minGain = 4): { code: string; added: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, added: 0 };
  const { sf, body } = b;
  const declared = declaredNames(sf);
  const topNames = new Set<string>();
  for (const st of body.statements)
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.initializer) topNames.add(d.name.text);
  const used = new Set<string>();
  const sites = new Map<string, ts.CallExpression[]>();
  const written = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      used.add(n.text);
      const up = n.parent;
      if (
        (ts.isBinaryExpression(up) &&
          up.left === n &&
          up.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
          up.operatorToken.kind <= ts.SyntaxKind.LastAssignment) ||
        ((ts.isPrefixUnaryExpression(up) || ts.isPostfixUnaryExpression(up)) &&
          (up.operator === ts.SyntaxKind.PlusPlusToken || up.operator === ts.SyntaxKind.MinusMinusToken)) ||
        ((ts.isForInStatement(up) || ts.isForOfStatement(up)) && up.initializer === n) ||
        ts.isShorthandPropertyAssignment(up) ||
        ((ts.isArrayLiteralExpression(up) || ts.isSpreadElement(up) || ts.isPropertyAssignment(up)) &&
          ts.isBinaryExpression(up.parent))
      )
        written.add(n.text);
    }
    if (
      ts.isCallExpression(n) &&
      !n.questionDotToken &&
      !(n.flags & ts.NodeFlags.OptionalChain) &&
      n.arguments.length === 1 &&
      !ts.isSpreadElement(n.arguments[0] as ts.Expression) &&
      ts.isPropertyAccessExpression(n.expression) &&
      !n.expression.questionDotToken &&
      n.expression.name.text === 'has' &&
      ts.isIdentifier(n.expression.expression) &&
      code.slice(n.expression.expression.getEnd(), (n.arguments[0] as ts.Expression).getStart(sf)) === '.has('
    ) {
      const name = n.expression.expression.text;
      sites.set(name, [...(sites.get(name) ?? []), n]);
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  const two = [...NAME_START.slice(0, 53)].flatMap((c) => [...NAME_PART].map((d) => `${c}${d}`));
  const free = [...two, ...two.flatMap((c) => [...NAME_PART].map((d) => `${c}${d}`))].filter(
    (n) => !used.has(n) && !NOT_NAMES.has(n) && !/^(?:new|for|try|var|let)$/.test(n),
  );
  const chosen: Array<[string, string]> = [];
  for (const [name, calls] of [...sites].sort((x, y) => y[1].length - x[1].length)) {
    const helper = free[chosen.length];
    if (!helper || !topNames.has(name) || declared.get(name) !== 1 || written.has(name)) continue;
    const saves = calls.length * (name.length + 5 - helper.length - 1);
    if (saves - (helper.length + name.length + 12) < minGain) continue;
    chosen.push([name, helper]);
  }
  if (chosen.length === 0) return { code, added: 0 };
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const [name, helper] of chosen)
    for (const call of sites.get(name) ?? []) {
      const start = call.expression.getStart(sf);
      const space = /[\w$]/.test(code[start - 1] ?? '') ? ' ' : '';
      edits.push({
        start,
        end: (call.arguments[0] as ts.Expression).getStart(sf),
        text: `${space}${helper}(`,
      });
    }
  // Declared where shapesAsHelpers declares its arrows: first after the packed strings are unpacked.
  const top = afterUnpacking(body);
  if (!top) return { code, added: 0 };
  const { last, prefixEnd } = top;
  const declarations = chosen.map(([name, helper]) => `${helper}=e=>${name}.has(e)`).join(',');
  edits.push(declarationAfterUnpacking(code, sf, body, last, prefixEnd, declarations));
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return { code: applyEdits(code, edits), added: chosen.length };
}

/**
 * The packed bundle (`code`) with each arrow function written the same way in several places
 * (`(e,t,n)=>f(e,n)` as the guard of many phrase entries) declared once, first in the function the
 * bundle is wrapped in, and read by its name there, where that saves at least `minGain` characters.
 * Only an arrow that reads no `this`, `arguments`, `super` or `new.target` (an arrow takes those
 * from where it is written) and whose every name is its own (a parameter or a declaration inside
 * it) or the same binding of the top (or a global) where each copy is written and where it is
 * declared: a call of any copy does what a call of the one does. Each place then gives the one
 * function rather than a new one made there; nothing of the engine compares its functions, keys a
 * map by them or hangs members on them (`mergeSameFunctions` merges function declarations alike).
 */
export function sameArrows(code: string, minGain = 4): { code: string; added: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, added: 0 };
  const { sf, symbolOf, body } = b;
  const topLevel = topLevelSymbols(body, symbolOf);
  const top = afterUnpacking(body);
  if (!top) return { code, added: 0 };
  const { last, prefixEnd } = top;
  const used = new Set<string>();
  const groups = new Map<string, ts.ArrowFunction[]>();
  const within = (n: ts.Node, r: ts.Node): boolean =>
    n.getStart(sf) >= r.getStart(sf) && n.getEnd() <= r.getEnd();
  const movable = (fn: ts.ArrowFunction): boolean => {
    let ok = true;
    const walk = (c: ts.Node): void => {
      if (!ok) return;
      if (
        c.kind === ts.SyntaxKind.ThisKeyword ||
        c.kind === ts.SyntaxKind.SuperKeyword ||
        ts.isMetaProperty(c) ||
        ts.isPrivateIdentifier(c)
      ) {
        ok = false;
        return;
      }
      if (ts.isIdentifier(c)) {
        if (c.text === 'arguments' || c.text === 'eval') ok = false;
        if (memberName(c)) return;
        const symbol = symbolOf(c);
        if (!symbol) return; // a global
        const decl = symbol.declarations?.[0];
        if (decl && within(decl, fn)) return;
        if (!topLevel.has(symbol)) ok = false;
        return;
      }
      ts.forEachChild(c, walk);
    };
    walk(fn);
    return ok;
  };
  // The functions of the top that may hang members on a function given them (`needing`:
  // `(e,t)=>Object.assign(t,{pre:e})`), by argument: one given to `Object.assign`,
  // `defineProperty`…, written a member of, or given on to such a function. An arrow given to one
  // stays where it is (the members would be shared).
  const mutating = new Set<ts.Symbol>();
  const fnsOfTop: Array<{
    symbol: ts.Symbol;
    fn: ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration;
  }> = [];
  for (const st of body.statements) {
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations) {
        const symbol = ts.isIdentifier(d.name) ? symbolOf(d.name) : undefined;
        if (
          symbol &&
          d.initializer &&
          (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
        )
          fnsOfTop.push({ symbol, fn: d.initializer });
      }
    else if (ts.isFunctionDeclaration(st) && st.name) {
      const symbol = symbolOf(st.name);
      if (symbol) fnsOfTop.push({ symbol, fn: st });
    }
  }
  const MUTATORS = /^(?:assign|defineProperty|defineProperties|setPrototypeOf|set)$/;
  const mutatingCall = (call: ts.CallExpression): boolean =>
    (ts.isPropertyAccessExpression(call.expression) && MUTATORS.test(call.expression.name.text)) ||
    (ts.isIdentifier(call.expression) && mutating.has(symbolOf(call.expression) as ts.Symbol));
  for (let round = 0, grew = true; grew && round < 8; round++) {
    grew = false;
    for (const { symbol, fn } of fnsOfTop) {
      if (mutating.has(symbol)) continue;
      const params = new Set(
        fn.parameters.map((p) => (ts.isIdentifier(p.name) ? symbolOf(p.name) : undefined)).filter(Boolean),
      );
      const isParam = (e: ts.Node | undefined): boolean =>
        !!e && ts.isIdentifier(e) && params.has(symbolOf(e) as ts.Symbol);
      let found = false;
      const walk = (c: ts.Node): void => {
        if (found) return;
        if (ts.isCallExpression(c) && mutatingCall(c) && c.arguments.some(isParam)) found = true;
        if (
          ts.isBinaryExpression(c) &&
          c.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
          c.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
          (ts.isPropertyAccessExpression(c.left) || ts.isElementAccessExpression(c.left)) &&
          isParam(c.left.expression)
        )
          found = true;
        ts.forEachChild(c, walk);
      };
      if (fn.body) walk(fn.body);
      if (found) {
        mutating.add(symbol);
        grew = true;
      }
    }
  }
  const given = (fn: ts.ArrowFunction): boolean => {
    let up: ts.Node = fn.parent;
    while (ts.isParenthesizedExpression(up)) up = up.parent;
    return (
      ts.isCallExpression(up) &&
      up.arguments.some((a) => a === fn || a.getStart(sf) === fn.getStart(sf)) &&
      mutatingCall(up)
    );
  };
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) used.add(n.text);
    ts.forEachChild(n, visit);
    if (!ts.isArrowFunction(n) || n.getStart(sf) < prefixEnd) return;
    // Not the value of a declaration of its own (`a=(e)=>…`: already one function with a name).
    if (ts.isVariableDeclaration(n.parent) && n.parent.initializer === n) return;
    const text = n.getText(sf);
    if (text.length > 400) return;
    groups.set(text, [...(groups.get(text) ?? []), n]);
  };
  visit(body);
  const two = [...NAME_START.slice(0, 53)].flatMap((c) => [...NAME_PART].map((d) => `${c}${d}`));
  const free = [...two, ...two.flatMap((c) => [...NAME_PART].map((d) => `${c}${d}`))].filter(
    (n) => !used.has(n) && !NOT_NAMES.has(n) && !/^(?:new|for|try|var|let)$/.test(n),
  );
  const chosen: Array<{ text: string; sites: ts.ArrowFunction[]; name: string }> = [];
  const sorted = [...groups]
    .filter(([, sites]) => sites.length > 1)
    .sort((x, y) => y[0].length * y[1].length - x[0].length * x[1].length);
  for (const [text, all] of sorted) {
    // Copies inside another copy of a chosen one go with it.
    const sites = all.filter((s) => !chosen.some((c) => c.sites.some((o) => within(s, o))));
    const name = free[chosen.length];
    if (!name || sites.length < 2) continue;
    const gain = sites.length * (text.length - name.length) - (text.length + name.length + 2);
    if (gain < minGain || !sites.every(movable) || all.some(given)) continue;
    chosen.push({ text, sites, name });
  }
  if (chosen.length === 0) return { code, added: 0 };
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const c of chosen)
    for (const s of c.sites) {
      const start = s.getStart(sf);
      const space = /[\w$]/.test(code[start - 1] ?? '') ? ' ' : '';
      edits.push({ start, end: s.getEnd(), text: `${space}${c.name}` });
    }
  const declarations = chosen.map((c) => `${c.name}=${c.text}`).join(',');
  edits.push(declarationAfterUnpacking(code, sf, body, last, prefixEnd, declarations));
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  // Nested chosen copies: only the outermost edit of a range is kept.
  const kept = edits.filter(
    (e, i) =>
      !edits.some(
        (o, j) => j !== i && o.start <= e.start && e.end <= o.end && o.end - o.start > e.end - e.start,
      ),
  );
  return { code: applyEdits(code, kept), added: chosen.length };
}

/** Names a binding may not take: words the language reserves where a name could go, and globals it names. */
const NOT_BINDING_NAMES = new Set([
  ...['do', 'if', 'in', 'new', 'for', 'try', 'var', 'let', 'NaN', 'case', 'else', 'enum', 'eval', 'null'],
  ...['this', 'true', 'void', 'with', 'break', 'catch', 'class', 'const', 'false', 'super', 'throw'],
  ...['while', 'yield', 'await', 'delete', 'export', 'import', 'public', 'return', 'static', 'switch'],
  ...['typeof', 'default', 'extends', 'finally', 'package', 'private', 'continue', 'debugger'],
  ...['function', 'arguments', 'interface', 'protected', 'implements', 'instanceof', 'undefined', 'Infinity'],
]);

/**
 * The packed bundle (`code`) with the names declared at the top of the function it is wrapped in
 * given again by how often each is read, the shortest to the names read most (the minifier chose
 * them before the steps after packing declared more, and left single letters to names read twice):
 * each binding keeps every read it had and gains none. A name is given to a binding only where no
 * other binding of the bundle has it in a function (or block, or catch) holding one of its reads,
 * nor any global read in the bundle; `keep` (the packed strings' names) and names not declared at
 * the top (a `var` in a block) keep theirs. A shorthand member (`{a}`) is written out (`{a:b}`).
 */
export function namesByUse(
  code: string,
  keep: readonly string[] = DETECT_RESERVED,
): { code: string; renamed: number } {
  const b = wrappedBundle(code);
  if (!b) return { code, renamed: 0 };
  const { sf, symbolOf, body } = b;
  const wrapper = body.parent;
  // Where a name could be bound otherwise than the checker reads it: a `with`, `eval`, or a function
  // declared in a block (whose name also binds in its function outside strict mode).
  const unsure = (n: ts.Node): boolean =>
    ts.isWithStatement(n) ||
    (ts.isIdentifier(n) && n.text === 'eval') ||
    (ts.isFunctionDeclaration(n) &&
      !ts.isSourceFile(n.parent) &&
      !(ts.isBlock(n.parent) && ts.isFunctionLike(n.parent.parent))) ||
    (ts.forEachChild(n, unsure) ?? false);
  if (unsure(sf)) return { code, renamed: 0 };
  const top = new Map<ts.Symbol, ts.Identifier[]>();
  const bindingNames = (n: ts.Node, out: ts.Identifier[]): void => {
    if (ts.isIdentifier(n)) out.push(n);
    else if (ts.isObjectBindingPattern(n) || ts.isArrayBindingPattern(n))
      for (const e of n.elements) if (ts.isBindingElement(e)) bindingNames(e.name, out);
  };
  for (const st of body.statements) {
    const names: ts.Identifier[] = [];
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations) bindingNames(d.name, names);
    else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) names.push(st.name);
    for (const n of names) {
      const symbol = symbolOf(n);
      if (symbol && !keep.includes(n.text)) top.set(symbol, []);
    }
  }
  // Where each other binding's name hides a name of the top: the function holding its declaration
  // (or the function or class it names), wider than its scope where that is a block.
  const hidden = new Map<string, Array<[number, number]>>();
  const fixed = new Set<string>(keep);
  const seen = new Set<ts.Symbol>();
  const region = (d: ts.Declaration): ts.Node => {
    if ((ts.isFunctionExpression(d) || ts.isClassExpression(d)) && d.name) return d;
    let n: ts.Node = d;
    while (ts.isBindingElement(n) || ts.isObjectBindingPattern(n) || ts.isArrayBindingPattern(n))
      n = n.parent;
    if (ts.isParameter(n)) return n.parent;
    return ts.findAncestor(n.parent, (a) => ts.isFunctionLike(a)) ?? sf;
  };
  // Names a read in a parameter's default has where the checker takes it for a name the function's
  // body declares, which that default cannot see (it reads the name outside the function): those
  // keep their bindings (`pinned`).
  const pinned = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && !memberName(n) && !ts.isMetaProperty(n.parent)) {
      const symbol = symbolOf(n);
      let p: ts.Node = n.parent;
      while (!ts.isFunctionLike(p) && !ts.isParameter(p) && p.parent) p = p.parent;
      const fn = ts.isParameter(p) ? (p.parent as ts.FunctionLikeDeclaration) : undefined;
      if (
        fn?.body &&
        symbol?.declarations?.some(
          (d) => d.pos >= (fn.body as ts.Node).pos && d.end <= (fn.body as ts.Node).end,
        )
      )
        pinned.add(n.text);
      const refs = symbol && top.get(symbol);
      if (refs) refs.push(n);
      else if (symbol && !seen.has(symbol)) {
        seen.add(symbol);
        const inside = (symbol.declarations ?? []).filter(
          (d) => d.getSourceFile() === sf && d.pos >= body.pos,
        );
        if (inside.length === 0) fixed.add(n.text);
        for (const d of inside) {
          const r = region(d);
          const list = hidden.get(n.text) ?? [];
          list.push(r === wrapper || r === sf ? [0, code.length] : [r.getStart(sf), r.getEnd()]);
          hidden.set(n.text, list);
        }
      } else if (!symbol) fixed.add(n.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  // Each name's regions as runs apart, in order.
  const runs = new Map<string, Array<[number, number]>>();
  for (const [name, list] of hidden) {
    list.sort((x, y) => x[0] - y[0]);
    const out: Array<[number, number]> = [];
    for (const [start, end] of list) {
      const last = out[out.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else out.push([start, end]);
    }
    runs.set(name, out);
  }
  const hides = (name: string, at: number): boolean => {
    const list = runs.get(name);
    if (!list) return false;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as [number, number])[0] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (list[lo - 1] as [number, number])[1] > at;
  };
  const symbols = [...top].filter(([, refs]) => refs.length > 0);
  const one = [...NAME_START];
  const two = one.flatMap((c) => [...NAME_PART].map((d) => `${c}${d}`));
  const three = two.flatMap((c) => [...NAME_PART].map((d) => `${c}${d}`));
  const taken = new Set<string>();
  const given = new Map<ts.Symbol, string>();
  const order = symbols
    .map(([symbol, refs], i) => ({ symbol, refs, i }))
    .sort((x, y) => y.refs.length - x.refs.length || x.i - y.i);
  for (const { symbol, refs } of order) {
    const own = (refs[0] as ts.Identifier).text;
    if (pinned.has(own)) {
      taken.add(own);
      given.set(symbol, own);
    }
  }
  for (const n of pinned) fixed.add(n);
  for (const { symbol, refs } of order) {
    if (given.has(symbol)) continue;
    const free = (name: string) =>
      !taken.has(name) &&
      !fixed.has(name) &&
      !NOT_BINDING_NAMES.has(name) &&
      !refs.some((r) => hides(name, r.getStart(sf)));
    const name = one.find(free) ?? two.find(free) ?? three.find(free);
    if (name === undefined) return { code, renamed: 0 };
    taken.add(name);
    given.set(symbol, name);
  }
  let before = 0;
  let after = 0;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const { symbol, refs } of order) {
    const name = given.get(symbol) as string;
    for (const r of refs) {
      before += r.text.length;
      after += name.length;
      if (name === r.text) continue;
      const p = r.parent;
      const spelled =
        (ts.isShorthandPropertyAssignment(p) && p.name === r) ||
        (ts.isBindingElement(p) && p.name === r && !p.propertyName && ts.isObjectBindingPattern(p.parent));
      if (spelled) after += r.text.length + 1;
      edits.push({ start: r.getStart(sf), end: r.getEnd(), text: spelled ? `${r.text}:${name}` : name });
    }
  }
  if (after >= before || edits.length === 0) return { code, renamed: 0 };
  edits.sort((x, y) => y.start - x.start || y.end - x.end);
  return { code: applyEdits(code, edits), renamed: given.size };
}

/**
 * One-character names the detection bundle's minifier gives no binding (`mangle.reserved`), so that
 * `packBundle` may read the packed strings and regular expressions through them.
 */
export const DETECT_RESERVED = ['$', '_'] as const;

/**
 * Property names of the engine's own objects that the detection bundle's minifier shortens
 * (`mangleProps`, the same short name at every use in the bundle): token and sentence lists and
 * spans of a parsed text, phrase entries' patterns and guards, pattern elements' parts. Each is
 * read and written only by name (`doc.tokens`, `{ pattern, guard }`), never through a string, on
 * no built-in object and on no object that leaves the bundle (an analysis, the options) but in
 * `published` copies, and as no word a dictionary object maps (`{ end: … }` looked up by a word);
 * `checkMangled` holds the bundle to the first at build time. A finding's `start`, `end`, `rule`,
 * `severity` and `why` (and a suggestion's `start` and `end`, about 2,600 reads, 7 kB) are among
 * them: the detection bundle hands the coach `published` copies of its analyses
 * (lib/tone/published.ts, entrypoints/detect.ts), whose quoted keys keep those names. The whole
 * engine (the reword bundle) keeps every name.
 */
export const MANGLED_PROPS = [
  'tokens',
  'sentences',
  'first',
  'last',
  'pattern',
  'guard',
  'triggers',
  'contentEnd',
  'minSensitivity',
  'firstWords',
  'quickCheck',
  'textCheck',
  'auxNext',
  'auxNamed',
  'byFirst',
  'byNext',
  'elems',
  'firsts',
  'infl',
  'alts',
  'phrases',
  'span',
  'cap',
  'sent',
  'mention',
  'pos',
  'neg',
  'near',
  'subj',
  'start',
  'end',
  'rule',
  'severity',
  'why',
  'text',
  'category',
  'sensitivity',
  'categories',
  'customPhrases',
  'ignoredPhrases',
  'findings',
  'flagged',
  'suggestions',
  'pause',
  'oneEvent',
  'byHedges',
  'afterAux',
  'anyNext',
  'scanRange',
  'scanned',
  'hits',
  'goingOn',
  'literals',
  'singles',
] as const;

/**
 * obscenity's own property names (0.4.6, pinned; bundled whole into the detection bundle, CommonJS):
 * its classes' members, its options', its matches' and its modules' exports, read only by name, in
 * its code, in lib/tone/rules/swearing.ts (which reads the matcher's parts and the matches by the
 * same names, so shortened alike) and in the English set scripts/lean-data.ts rebuilds. None is a
 * built-in's, on an object that leaves the bundle or a word a dictionary object maps; not the names
 * of its enums' members either (an enum writes them as strings). `checkMangled` holds them to the
 * same rule as MANGLED_PROPS. About 3 kB of the detection bundle.
 */
export const MANGLED_LIBRARY_PROPS = [
  'addPattern',
  'addPhrase',
  'addWhitelistedTerm',
  'applyTo',
  'applyTransformers',
  'assignIncrementingIds',
  'blacklistedTerms',
  'blacklistMatcherTransformers',
  'CharacterIterator',
  'childNode',
  'CollapseDuplicatesTransformer',
  'collapseDuplicatesTransformer',
  'compareIntervals',
  'compareMatchByPositionAndId',
  'compilePatternToRegExp',
  'compileTerms',
  'containers',
  'convertSurrogatePairToCodePoint',
  'createSimpleTransformer',
  'createStatefulTransformer',
  'currentPosition',
  'customThresholds',
  'DataSet',
  'defaultThreshold',
  'endIndex',
  'englishDataset',
  'englishRecommendedBlacklistMatcherTransformers',
  'englishRecommendedTransformers',
  'englishRecommendedWhitelistMatcherTransformers',
  'getAllMatches',
  'getAndAssertSingleCodePoint',
  'getPayloadWithPhraseMetadata',
  'getRegExpStringForNode',
  'getWhitelistedIntervals',
  '_input',
  'IntervalCollection',
  'intervals',
  'invertCaseOfAlphabeticChar',
  'isAlphabetic',
  'isDigit',
  'isHighSurrogate',
  'isLowerCase',
  'isLowSurrogate',
  'isUpperCase',
  'isWordChar',
  'lastChar',
  'lastPosition',
  '_lastWidth',
  'matchLength',
  'originalWord',
  'patternCount',
  'patternIdToPhraseContainer',
  'PhraseBuilder',
  'phraseMetadata',
  'potentiallyMatchesEmptyString',
  'regExp',
  'RegExpMatcher',
  'registerContainer',
  'remapCharactersTransformer',
  'removePhrasesIf',
  'requireWordBoundaryAtEnd',
  'requireWordBoundaryAtStart',
  'resetAll',
  'resolveConfusablesTransformer',
  'resolveLeetSpeakTransformer',
  'setMetadata',
  'startIndex',
  'statefulTransformers',
  'SyntaxKind',
  'termId',
  'toAsciiLowerCaseTransformer',
  'TransformerSet',
  'validateWhitelistedTerms',
  'whitelistedTerms',
  'whitelistMatcherTransformers',
  'transformers',
  'patterns',
  'confusables',
  'dirty',
] as const;

/** Every property name the detection bundle shortens, and the minifier's pattern for them. */
export const ALL_MANGLED: readonly string[] = [...MANGLED_PROPS, ...MANGLED_LIBRARY_PROPS];
export const MANGLED_PATTERN = new RegExp(`^(?:${ALL_MANGLED.join('|')})$`);

/** The detection bundle's minifier options (rolldown's output.minify; wxt.config.ts, the tests). */
export const DETECT_MINIFY = {
  compress: true,
  mangle: { reserved: [...DETECT_RESERVED] },
  codegen: true,
  mangleProps: { include: MANGLED_PATTERN },
};

/**
 * Throws when the bundle (`code`, before the minifier) reaches a property `MANGLED_PROPS` names
 * through a string, which the minifier would not rename with its reads: a computed member
 * (`o['first']`), `'first' in o`, a quoted key (`{ 'first': 1 }`), a name given to
 * Object.defineProperty, hasOwn, hasOwnProperty, Reflect…; or names a pattern capture so
 * (`you:first` in a phrase pattern, read back as `hit.cap.first`, rules/rule.ts). A quoted key
 * whose value reads the same name (`{ 'start': f.start }`) is a copy made on purpose under the name
 * the minifier keeps, for an object that leaves the bundle (lib/tone/published.ts): it passes.
 */
export function checkMangled(code: string, names: readonly string[] = ALL_MANGLED): void {
  const set = new Set(names);
  const sf = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  // `elem:name` (an element ends in a word character or an apostrophe), or `${elem}:name`.
  const capture = new RegExp(`(?:^|[\\w'’]):(?:${names.join('|')})(?![\\w$])`);
  // Methods that take a property's name: Object.defineProperty(o, 'first', …), o.hasOwnProperty('first').
  const byName = /^(?:defineProperty|getOwnPropertyDescriptor|hasOwn|hasOwnProperty|propertyIsEnumerable)$/;
  const fail = (node: ts.Node, why: string): never => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    throw new Error(`checkMangled: ${why} at line ${line + 1}: ${node.getText(sf).slice(0, 120)}`);
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const text = node.text;
      if (!ts.isRegularExpressionLiteral(node) && capture.test(text))
        fail(node, 'a pattern capture with a mangled name');
      if (set.has(text)) {
        const up = node.parent;
        // `{ 'start': f.start }`: a copy under the unmangled name, on purpose (lib/tone/published.ts).
        // `{ start: o['start'] }`: the copy the other way, of an object from outside the bundle
        // (lib/tone/published.ts, the options).
        // A copy made from the same name (`{ 'findings': a.findings.map(f) }`) counts so too.
        const readsSame = (e: ts.Expression): boolean =>
          ts.isPropertyAccessExpression(e)
            ? e.name.text === text || readsSame(e.expression)
            : ts.isCallExpression(e) && readsSame(e.expression);
        const published =
          (ts.isPropertyAssignment(up) && up.name === node && readsSame(up.initializer)) ||
          (ts.isElementAccessExpression(up) &&
            up.argumentExpression === node &&
            ts.isPropertyAssignment(up.parent) &&
            up.parent.initializer === up &&
            ts.isIdentifier(up.parent.name) &&
            up.parent.name.text === text);
        if (
          !published &&
          ((ts.isElementAccessExpression(up) && up.argumentExpression === node) ||
            (ts.isBinaryExpression(up) &&
              up.left === node &&
              up.operatorToken.kind === ts.SyntaxKind.InKeyword) ||
            ((ts.isPropertyAssignment(up) ||
              ts.isMethodDeclaration(up) ||
              ts.isPropertyDeclaration(up) ||
              ts.isGetAccessor(up) ||
              ts.isSetAccessor(up) ||
              ts.isBindingElement(up)) &&
              (up.name === node || (ts.isBindingElement(up) && up.propertyName === node))) ||
            (ts.isComputedPropertyName(up) && up.expression === node) ||
            (ts.isCallExpression(up) &&
              ts.isPropertyAccessExpression(up.expression) &&
              (byName.test(up.expression.name.text) || up.expression.expression.getText(sf) === 'Reflect')))
        )
          fail(node, `the mangled property ${JSON.stringify(text)} through a string`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/**
 * A Vite plugin (runs before TypeScript is stripped) applying `detectOnlySource` to the rule files,
 * `checkMangled` to the bundle before it is minified (with DETECT_MINIFY), and `packBundle` to the
 * bundle built (its strings deflated by Zopfli).
 */
export function detectOnly(): {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
  renderChunk(code: string): null;
  generateBundle(options: unknown, bundle: Record<string, { type: string; code?: string }>): Promise<void>;
} {
  return {
    name: 'soft-start:detect-only',
    enforce: 'pre',
    renderChunk(code) {
      checkMangled(code);
      return null;
    },
    generateBundle: packChunks,
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!RULE_FILES.test(file)) return null;
      const { code: out, changed } = detectOnlySource(code, file);
      return changed ? { code: out, map: null } : null;
    },
  };
}

/**
 * Each chunk of a bundle built: identical functions declared once, then packed (Zopfli, named reads),
 * then shortened on the packed code (`setsByWordSet`, `inlineAliases`, `letsAsParameters`,
 * `thisAliases`, `globalAliases`, `callsToHelpers`, `shapesAsHelpers`, then `hasHelpers` and
 * `sameArrows`), and last the names of its top given again by how often each is read (`namesByUse`).
 */
async function packChunks(
  _options: unknown,
  bundle: Record<string, { type: string; code?: string }>,
): Promise<void> {
  const deflate = await zopfliDeflate();
  for (const [file, chunk] of Object.entries(bundle))
    if (chunk.type === 'chunk' && typeof chunk.code === 'string') {
      // A step that finds nothing to do would ship the bundle unpacked (~150 kB more): fail instead.
      const constants = mergeSameConstants(chunk.code);
      if (constants.merged === 0 && !wrappedBundle(chunk.code))
        throw new Error(`soft-start: ${file}: not wrapped in (function(){…})(), nothing merged or packed`);
      const plain = mergeDeclarations(
        hoistStrings(undefinedName(functionsAsArrows(mergeSameFunctions(constants.code).code).code).code)
          .code,
      ).code;
      // Every text the bundle's strings hold, before they are packed out of sight.
      const texts = keyTexts(plain);
      const packed = packBundle(plain, false, DETECT_RESERVED, deflate, true);
      if (packed.strings === 0)
        throw new Error(
          `soft-start: ${file} left unpacked (scripts/detect-only.ts packBundle): ${packed.skipped}`,
        );
      // Then, on the packed code (where the values are short reads): sets of a text's words made by
      // the bundle's own function, names that only repeat a value read as it, the names a function
      // declares first made its parameters, `this` read from a name, a list's later `let`s declared
      // with its first, and globals read once.
      const sets = setsByWordSet(packed.code).code;
      let code = globalAliases(
        letsMerged(
          thisAliases(guardsAsParameters(letsAsParameters(inlineAliases(sets).code).code, texts).code).code,
        ).code,
      ).code;
      // Expressions an arrow of the bundle computes as calls of it, again while any is found (an
      // arrow whose body became a call of another matches the calls written the round before).
      const calls = (): void => {
        for (let round = 0; round < 6; round++) {
          const out = callsToHelpers(code);
          code = out.code;
          if (out.called === 0) break;
        }
      };
      calls();
      // Then arrows declared for expressions written often the same way but for their local
      // names, and their calls (every arrow that saves at least 4 characters).
      code = shapesAsHelpers(code, 4).code;
      calls();
      // A set read often by `has` through a function of its own, and arrows written alike in
      // several places declared once.
      code = sameArrows(hasHelpers(code).code).code;
      // Last, the names of the top given again by how often each is read.
      code = namesByUse(code).code;
      // Every step above writes code by hand: a bundle that no longer parses fails the build here
      // (compiled, never run), not in the browser (session 42 shipped `$.qcin e` for `"…"in e`).
      try {
        new Script(code, { filename: file });
      } catch (e) {
        throw new Error(`soft-start: ${file} does not parse after packing: ${(e as Error).message}`);
      }
      chunk.code = code;
    }
}

/**
 * A Vite plugin applying `packBundle` (its strings deflated by Zopfli) to the bundle built, for a
 * bundle other than detection's (wxt.config.ts: the coach's), minified with `PACK_MINIFY`.
 */
export function packOnly(mangled: readonly string[] = []): {
  name: string;
  renderChunk(code: string): null;
  generateBundle(options: unknown, bundle: Record<string, { type: string; code?: string }>): Promise<void>;
} {
  return {
    name: 'soft-start:pack',
    renderChunk(code) {
      if (mangled.length > 0) checkMangled(code, mangled);
      return null;
    },
    generateBundle: packChunks,
  };
}

/** The minifier's options for a bundle `packOnly` packs: the names it reads its strings by kept free. */
export const PACK_MINIFY = { compress: true, mangle: { reserved: [...DETECT_RESERVED] }, codegen: true };

/** `PACK_MINIFY` with the property names `names` shortened (the coach's: `privateMemberNames`). */
export const packMinify = (names: readonly string[]) =>
  names.length === 0
    ? PACK_MINIFY
    : { ...PACK_MINIFY, mangleProps: { include: new RegExp(`^(?:${names.join('|')})$`) } };

/** Where `privateMemberNames` reads the extension's own sources. */
const SOURCE_DIRS = ['lib', 'entrypoints', 'components'];
/**
 * Type declarations and packages whose every word `privateMemberNames` keeps: the language's and the
 * DOM's (TypeScript's lib files), the extension APIs' and the packages the coach bundle holds.
 */
const KEPT_WORDS_FROM = [
  'node_modules/typescript/lib',
  'node_modules/@wxt-dev/browser/src',
  'node_modules/@types/webextension-polyfill',
  'node_modules/@wxt-dev/storage/dist',
  'node_modules/superlock/src',
  'node_modules/wxt/dist/browser.mjs',
  'node_modules/wxt/dist/utils',
];

/**
 * The class members of the extension's sources (`SOURCE_DIRS` under `root`) that the coach bundle's
 * minifier may shorten like the detection bundle's (about 1.5 kB): each name declared `private`
 * (only its class's own code reads it, by name) that nothing else declares under the same name (no
 * public or protected member, interface or type member, object key, enum member, destructured or
 * JSX name, in any source file, and no word of a source file that declares nothing private) and
 * that no word of the language's, the DOM's, the extension APIs' or a bundled package's files is
 * (`KEPT_WORDS_FROM`): it is then never a name an object from elsewhere is read by. `checkMangled` holds the bundle to reaching none through a string.
 */
export function privateMemberNames(root: string): string[] {
  const privateNames = new Set<string>();
  const otherNames = new Set<string>();
  const files: string[] = [];
  const walk = (dir: string, test: (f: string) => boolean, out: string[]) => {
    if (!existsSync(dir)) return;
    if (!statSync(dir).isDirectory()) {
      out.push(dir);
      return;
    }
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, test, out);
      else if (test(e.name)) out.push(p);
    }
  };
  for (const d of SOURCE_DIRS) walk(join(root, d), (f) => /\.tsx?$/.test(f), files);
  const kept = new Set<string>();
  const words = (text: string) => {
    for (const m of text.matchAll(/[A-Za-z_$][\w$]*/g)) kept.add(m[0]);
  };
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    // A file that declares nothing private: its every word is kept (quicker than parsing the rule files).
    if (!/\bprivate\s/.test(source)) {
      words(source);
      continue;
    }
    const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
    const visit = (n: ts.Node): void => {
      const name = (n as { name?: ts.Node }).name;
      const text =
        name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))
          ? name.text
          : undefined;
      if (text !== undefined) {
        const member =
          ts.isPropertyDeclaration(n) ||
          ts.isMethodDeclaration(n) ||
          ts.isGetAccessor(n) ||
          ts.isSetAccessor(n) ||
          (ts.isParameter(n) &&
            ts.isConstructorDeclaration(n.parent) &&
            ts.getCombinedModifierFlags(n) !== 0);
        if (member)
          (ts.getCombinedModifierFlags(n as ts.Declaration) & ts.ModifierFlags.Private
            ? privateNames
            : otherNames
          ).add(text);
        else if (
          ts.isPropertySignature(n) ||
          ts.isMethodSignature(n) ||
          ts.isPropertyAssignment(n) ||
          ts.isShorthandPropertyAssignment(n) ||
          ts.isEnumMember(n) ||
          (ts.isBindingElement(n) && ts.isObjectBindingPattern(n.parent) && !n.propertyName)
        )
          otherNames.add(text);
      }
      if (ts.isBindingElement(n) && n.propertyName && ts.isIdentifier(n.propertyName))
        otherNames.add(n.propertyName.text);
      if (ts.isJsxAttribute(n)) otherNames.add(n.name.getText(sf));
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  const packages: string[] = [];
  for (const d of KEPT_WORDS_FROM)
    walk(
      join(root, d),
      (f) => (d.endsWith('typescript/lib') ? /^lib\..*\.d\.ts$/ : /\.(?:ts|mjs|js|cjs)$/).test(f),
      packages,
    );
  for (const file of packages) words(readFileSync(file, 'utf8'));
  return [...privateNames]
    .filter((n) => n.length > 2 && !n.startsWith('__') && !otherNames.has(n) && !kept.has(n))
    .sort();
}
