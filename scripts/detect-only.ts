/**
 * The coach bundle's build (wxt.config.ts): the tone engine's rule families without their
 * rewording code.
 *
 * Each rule family (lib/tone/rules/*.ts) declares how it finds (`match`, guards, phrase tables) and
 * how it rewords (`suggest`, on the family and on its phrase-table entries) side by side, so that
 * adding a phrase stays one edit in one file. The coach bundle, loaded when a field first gets
 * focus, only ever calls `detect` (lib/tone/index.ts), which never reads `suggest`: this transform
 * leaves out every `suggest` member's value in those files (reading it gives `undefined`), and the bundler then
 * drops the rewording functions, tables and word lists nothing else uses. The whole engine, with
 * its rewordings, is the `reword` bundle (entrypoints/reword.ts), loaded on demand.
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

/** A Vite plugin (runs before TypeScript is stripped) applying `stripSuggest` to the rule files. */
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
      const { code: out, stripped } = stripSuggest(code, file);
      return stripped > 0 ? { code: out, map: null } : null;
    },
  };
}
