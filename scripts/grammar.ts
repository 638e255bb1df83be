/**
 * A local grammar check for the evaluation only (never in the extension): Harper (`harper.js`, the
 * WebAssembly build of Automattic's Rust grammar checker). It runs offline on Node 20: the `slimBinary`
 * entry loads its .wasm from node_modules with fs, no network. Plain-text mode (the default, Markdown,
 * is ~60× slower on short messages).
 *
 * A rewording "adds a problem" when Harper reports a lint in it that the original did not have:
 * lints are compared as a multiset of kind + message, so moved offsets do not matter. Casing is the
 * writer's voice, which a rewording keeps (guidance): when the original is typed in lower case (or
 * already breaks a capitalisation rule), capitalisation lints of the rewording are not new. Only the
 * sentences that differ are checked (Harper's time grows faster than the length of the text: a
 * 700-character message takes ~0.3 s, its changed sentence a few ms).
 */
import { LocalLinter } from 'harper.js';
import { slimBinary } from 'harper.js/slimBinary';

export interface GrammarChecker {
  /** "Kind: message" of every lint Harper reports in `text`. */
  lints(text: string): Promise<string[]>;
  /** Lints of `after` beyond those of `before` (as a multiset). */
  newProblems(before: string, after: string): Promise<string[]>;
}

const CAPITALIZATION = 'Capitalization:';

export async function createGrammarChecker(): Promise<GrammarChecker> {
  const linter = new LocalLinter({ binary: slimBinary });
  await linter.setup();
  const cache = new Map<string, string[]>();
  const lints = async (text: string): Promise<string[]> => {
    const hit = cache.get(text);
    if (hit) return hit;
    const out: string[] = [];
    for (const l of await linter.lint(text, { language: 'plaintext' })) {
      out.push(`${l.lint_kind()}: ${l.message()}`);
      l.free();
    }
    cache.set(text, out);
    return out;
  };
  return {
    lints,
    async newProblems(before, after) {
      if (before === after) return [];
      const [b, a] = changedSentences(before, after);
      const had = new Map<string, number>();
      for (const k of await lints(b)) had.set(k, (had.get(k) ?? 0) + 1);
      const lowerCaseWriter =
        (/\p{L}/u.test(b) && b === b.toLowerCase()) ||
        [...had.keys()].some((k) => k.startsWith(CAPITALIZATION));
      const out: string[] = [];
      for (const k of await lints(a)) {
        if (lowerCaseWriter && k.startsWith(CAPITALIZATION)) continue;
        const n = had.get(k) ?? 0;
        if (n > 0) had.set(k, n - 1);
        else out.push(k);
      }
      return out;
    },
  };
}

/** A sentence starts at `i` of `t`: after a line break, or after `.`, `!` or `?` and whitespace. */
function startsSentence(t: string, i: number): boolean {
  const prev = t[i - 1] ?? '\n';
  return prev === '\n' || (/[.!?]/.test(prev) && /\s/.test(t[i] ?? ' '));
}

/**
 * The sentences of `before` and `after` that differ: the common prefix and suffix are cut back to
 * a sentence boundary (after `.`, `!`, `?` or a line break), so both excerpts are whole sentences.
 */
export function changedSentences(before: string, after: string): [string, string] {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before[p] === after[p]) p++;
  let q = 0;
  while (q < max - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
  // Back to the start of the sentence holding p: just after a boundary followed by whitespace.
  let start = p;
  while (start > 0 && !startsSentence(before, start)) start--;
  // On to the end of the sentence holding the last change, in the shared suffix.
  let keep = q; // characters of the common suffix left outside the excerpts
  while (keep > 0) {
    if (startsSentence(before, before.length - keep)) break;
    keep--;
  }
  return [before.slice(start, before.length - keep).trim(), after.slice(start, after.length - keep).trim()];
}
