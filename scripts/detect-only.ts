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
 * in the same order. The source stays as written; only the coach bundle's copy of a rule file
 * changes, where it takes the ~500 phrase entries' repeated keys (pattern, rule, severity, min,
 * why, guard) from about 20 kB to a few hundred bytes.
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
  const count = new Map<string, number>();
  const visitCount = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys = keysOf(node);
      if (keys) count.set(keys.join(','), (count.get(keys.join(',')) ?? 0) + 1);
    }
    ts.forEachChild(node, visitCount);
  };
  visitCount(sf);
  // Minified, a literal spends each `name:` and its braces; a call, a short name and parentheses;
  // the function, about 30 bytes and each name twice more.
  const names = new Map<string, string>();
  for (const [shape, n] of count) {
    const keys = shape.split(',');
    const perUse = keys.reduce((a, k) => a + k.length + 1, 0) - 2;
    const once = 30 + keys.reduce((a, k) => a + k.length + 4, 0);
    if (n >= 2 && n * perUse > once) names.set(shape, `__shape${names.size}`);
  }
  if (names.size === 0) return { code: source, shapes: 0 };
  for (const name of names.values())
    if (source.includes(name)) throw new Error(`compactShapes: ${fileName} already uses ${name}`);
  const rewrite = (node: ts.Node, from = node.getStart(sf)): string => {
    let out = '';
    let pos = from;
    const visit = (n: ts.Node): void => {
      const keys = ts.isObjectLiteralExpression(n) ? keysOf(n) : null;
      const name = keys && names.get(keys.join(','));
      if (name && ts.isObjectLiteralExpression(n)) {
        const args = n.properties.map((p) => rewrite((p as ts.PropertyAssignment).initializer));
        out += `${source.slice(pos, n.getStart(sf))}${name}(${args.join(', ')})`;
        pos = n.getEnd();
        return;
      }
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(node, visit);
    return out + source.slice(pos, node.getEnd());
  };
  let code = rewrite(sf, 0);
  for (const [shape, name] of names) {
    const keys = shape.split(',');
    const params = keys.map((_, i) => `a${i}`);
    code += `\nfunction ${name}(${params.join(', ')}) { return { ${keys.map((k, i) => `${k}: a${i}`).join(', ')} }; }\n`;
  }
  return { code, shapes: names.size };
}

/** A rule file as the coach bundle has it: `stripSuggest`, then `compactShapes`. */
export function detectOnlySource(source: string, fileName = 'rules.ts'): { code: string; changed: boolean } {
  const stripped = stripSuggest(source, fileName);
  const compact = compactShapes(stripped.code, fileName);
  return { code: compact.code, changed: stripped.stripped > 0 || compact.shapes > 0 };
}

/** A Vite plugin (runs before TypeScript is stripped) applying `detectOnlySource` to the rule files. */
export function detectOnly(): {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
} {
  return {
    name: 'soft-start:detect-only',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!RULE_FILES.test(file)) return null;
      const { code: out, changed } = detectOnlySource(code, file);
      return changed ? { code: out, map: null } : null;
    },
  };
}
