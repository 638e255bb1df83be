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
import ts from 'typescript';

/** The files whose `suggest` members are left out. */
export const RULE_FILES = /[\\/]lib[\\/]tone[\\/]rules[\\/][^\\/]+\.ts$/;

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
  let code = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    code = `${code.slice(0, e.start)}${e.text}${code.slice(e.end)}`;
  }
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
  const keysOf = (node: ts.ObjectLiteralExpression): string[] | null => {
    if (node.properties.length < 3 || isTarget(node)) return null;
    const keys: string[] = [];
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name) || p.name.text === '__proto__') return null;
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
    node.properties.map((p) => literal((p as ts.PropertyAssignment).initializer));
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
          fn.fixed[i] === null ? [rewrite((p as ts.PropertyAssignment).initializer)] : [],
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
  for (const node of found) uses.set(node.text, [...(uses.get(node.text) ?? []), node]);
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
  let code = source;
  for (const e of edits) code = `${code.slice(0, e.start)}${e.text}${code.slice(e.end)}`;
  // Declared first, before anything in the module runs (imports are hoisted all the same).
  const declarations = [...names]
    .map(([text, name]) => `const ${name} = ${JSON.stringify(text)};`)
    .join('\n');
  return { code: `${declarations}\n${code}`, strings: names.size };
}

/**
 * The digits of `packText`'s copies: printable ASCII but for `"`, `'`, `\\`, and `~` and `` ` ``
 * (a copy's marks), so that a packed string needs no escapes.
 */
export const PACK_DIGITS =
  '#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}';
/** The shortest copy `packText` writes: a near copy is 4 characters, a far one 5. */
export const PACK_MIN_COPY = 5;

/**
 * `unpack(packed, sep)` as the bundle has it, undoing `packText` and splitting at `sep`: a `~`
 * starts a near copy of earlier text, two digits of distance (1 up) and one of length
 * (PACK_MIN_COPY up), a `` ` `` a far one, three digits of distance; copied one character at a time
 * (a copy may overlap what it writes), into an array of character codes (printable ASCII), made a
 * string 4,096 at a time: reading characters of a string being built one at a time would flatten it
 * again and again. Any other character is itself.
 */
export const UNPACK_JS = `(p,s)=>{const D=${JSON.stringify(PACK_DIGITS)},x=(i)=>D.indexOf(p[i]);let o=new Uint8Array(p.length*4),n=0;for(let i=0;i<p.length;i++){if(n+${PACK_MIN_COPY + PACK_DIGITS.length}>o.length){const b=new Uint8Array(o.length*2);b.set(o);o=b}const c=p.charCodeAt(i);if(c!==126&&c!==96){o[n++]=c;continue}let d=0;for(let j=c===126?2:3;j>0;j--)d=d*${PACK_DIGITS.length}+x(++i);const f=n-d-1,l=x(++i)+${PACK_MIN_COPY};for(let k=0;k<l;k++)o[n++]=o[f+k]}let r="";for(let k=0;k<n;k+=4096)r+=String.fromCharCode.apply(null,o.subarray(k,Math.min(n,k+4096)));return r.split(s)}`;

/**
 * `text` LZ77-coded as `UNPACK_JS` reads it: at each place the earlier copy that saves the most
 * (near: within PACK_DIGITS.length² characters back; far: within its cube), unless the next place
 * has a better one. `text` may not hold `~` or `` ` ``.
 */
export function packText(text: string): string {
  if (/[~`]/.test(text)) throw new Error('packText: a ~ or ` in the text');
  const base = PACK_DIGITS.length;
  const near = base * base;
  const far = near * base;
  const longest = PACK_MIN_COPY + base - 1;
  const heads = new Map<string, number[]>();
  const note = (at: number) => {
    const key = text.slice(at, at + PACK_MIN_COPY);
    if (key.length < PACK_MIN_COPY) return;
    const list = heads.get(key) ?? [];
    list.push(at);
    if (list.length > 1000) list.shift();
    heads.set(key, list);
  };
  // The best copy at i: how many characters it saves, its length and distance.
  const best = (i: number) => {
    let top = { saves: 0, length: 0, distance: 0 };
    const list = heads.get(text.slice(i, i + PACK_MIN_COPY)) ?? [];
    for (let k = list.length - 1; k >= 0; k--) {
      const at = list[k] as number;
      const distance = i - at - 1;
      if (distance >= far) break;
      let n = 0;
      while (n < longest && i + n < text.length && text[at + n] === text[i + n]) n++;
      const saves = n - (distance < near ? 4 : 5);
      if (n >= PACK_MIN_COPY && saves > top.saves) top = { saves, length: n, distance };
    }
    return top;
  };
  const digits = (d: number, count: number) => {
    let out = '';
    for (let k = 0; k < count; k++, d = Math.floor(d / base)) out = `${PACK_DIGITS[d % base]}${out}`;
    return out;
  };
  let out = '';
  let i = 0;
  while (i < text.length) {
    const copy = best(i);
    if (copy.saves > 0 && !(best(i + 1).saves > copy.saves + 1)) {
      const isNear = copy.distance < near;
      out += `${isNear ? '~' : '`'}${digits(copy.distance, isNear ? 2 : 3)}${PACK_DIGITS[copy.length - PACK_MIN_COPY]}`;
      for (let k = 0; k < copy.length; k++) note(i + k);
      i += copy.length;
    } else {
      out += text[i];
      note(i);
      i++;
    }
  }
  return out;
}

/** `unpack` (UNPACK_JS) undoes `packText` (for the tests). */
export const unpackText = (packed: string): string =>
  (new Function(`return ${UNPACK_JS}`)() as (p: string, s: string) => string[])(packed, '\u0000').join(
    '\u0000',
  );

/**
 * The built detection bundle (`code`, minified) with the strings it evaluates once read from one
 * packed string (`packText`), unpacked when the bundle loads: `` `you|u are|r` `` is then `$z[12]`,
 * the same string. Evaluated once: at the top of the module, or of the function the bundle is
 * wrapped in and calls at once (`var detect=(function(){…})()`), not inside any other function or
 * a class. Only strings of printable ASCII written without escapes, without `~`, `` ` ``, `"` or `\\`, not
 * an object key, an import or a directive, not a tagged template's. Working on the bundle, it packs
 * only what tree-shaking left in, and the rule files' common words once for them all.
 */
export function packBundle(code: string, always = false): { code: string; strings: number } {
  const sf = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const name = ['$z', '$y', '$x', '$w', '$v'].find((n) => !code.includes(n));
  if (name === undefined) return { code, strings: 0 };
  // The function the bundle is wrapped in and calls at once, if any.
  const wrapper = (fn: ts.Node): boolean => {
    let up = fn.parent;
    while (up && ts.isParenthesizedExpression(up)) up = up.parent;
    if (!up || !ts.isCallExpression(up)) return false;
    for (let n = up.parent; n; n = n.parent) if (ts.isFunctionLike(n) || ts.isClassLike(n)) return false;
    return true;
  };
  const once = (node: ts.Node): ts.Node | null => {
    let fn: ts.Node | null = null;
    for (let n = node.parent; n; n = n.parent) {
      if (ts.isClassLike(n)) return null;
      if (ts.isFunctionLike(n)) {
        if (fn) return null;
        fn = n;
      }
    }
    if (fn === null) return sf;
    return (ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && wrapper(fn) ? fn : null;
  };
  const found: Array<ts.StringLiteral | ts.NoSubstitutionTemplateLiteral> = [];
  const scopes = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) ||
        (ts.isNoSubstitutionTemplateLiteral(node) && !ts.isTaggedTemplateExpression(node.parent))) &&
      node.text.length >= 6 &&
      /^[ !#-[\]-_a-}]*$/.test(node.text) &&
      node.getText(sf).slice(1, -1) === node.text &&
      isValueString(node)
    ) {
      const scope = once(node);
      if (scope) {
        found.push(node);
        scopes.add(scope);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // All in one scope, where the packed string is declared first.
  const scope = [...scopes][0];
  if (found.length === 0 || scopes.size !== 1 || scope === undefined) return { code, strings: 0 };
  let statements: ts.NodeArray<ts.Statement>;
  let end: number;
  if (scope === sf) {
    if (sf.statements.some((s) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s)))
      return { code, strings: 0 };
    statements = sf.statements;
    end = sf.getEnd();
  } else {
    const body = (scope as ts.FunctionExpression | ts.ArrowFunction).body;
    if (!ts.isBlock(body)) return { code, strings: 0 };
    statements = body.statements;
    end = body.getEnd() - 1;
  }
  // After the directives ('use strict').
  const first = statements.find(
    (s) => !(ts.isExpressionStatement(s) && ts.isStringLiteralLike(s.expression)),
  );
  const at = first ? first.getStart(sf) : end;
  // Not in a parameter's default value, evaluated before the body.
  if (found.some((n) => n.getStart(sf) < at)) return { code, strings: 0 };
  const texts = [...new Set(found.map((n) => n.text))];
  const sep = [...'^`{}#@%&<>=;:'].find((c) => texts.every((t) => !t.includes(c)));
  if (sep === undefined) return { code, strings: 0 };
  const packed = packText(texts.join(sep));
  const plain = found.reduce((a, n) => a + n.text.length + 2, 0);
  if (!always && packed.length + found.length * 7 + UNPACK_JS.length + 30 >= plain)
    return { code, strings: 0 };
  const index = new Map(texts.map((t, i) => [t, i]));
  const edits = found.map((n) => {
    const start = n.getStart(sf);
    // `return\`x\`` and `case\`x\`` need a space once the string is a name.
    const space = /[\w$]/.test(code[start - 1] ?? '') ? ' ' : '';
    return { start, end: n.getEnd(), text: `${space}${name}[${index.get(n.text)}]` };
  });
  edits.push({
    start: at,
    end: at,
    text: `const ${name}=(${UNPACK_JS})(${JSON.stringify(packed)},${JSON.stringify(sep)});`,
  });
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = code;
  for (const e of edits) out = `${out.slice(0, e.start)}${e.text}${out.slice(e.end)}`;
  return { code: out, strings: texts.length };
}

/** A rule file as the coach bundle has it: `stripSuggest`, then `compactShapes`, then `internStrings`. */
export function detectOnlySource(source: string, fileName = 'rules.ts'): { code: string; changed: boolean } {
  const stripped = stripSuggest(source, fileName);
  const compact = compactShapes(stripped.code, fileName);
  const interned = internStrings(compact.code, fileName);
  return {
    code: interned.code,
    changed: stripped.stripped > 0 || compact.shapes > 0 || interned.strings > 0,
  };
}

/**
 * A Vite plugin (runs before TypeScript is stripped) applying `detectOnlySource` to the rule files,
 * and `packBundle` to the bundle built.
 */
export function detectOnly(): {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
  generateBundle(options: unknown, bundle: Record<string, { type: string; code?: string }>): void;
} {
  return {
    name: 'soft-start:detect-only',
    enforce: 'pre',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && typeof chunk.code === 'string')
          chunk.code = packBundle(chunk.code).code;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!RULE_FILES.test(file)) return null;
      const { code: out, changed } = detectOnlySource(code, file);
      return changed ? { code: out, map: null } : null;
    },
  };
}
