import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../../lib/tone/rules/index';
import { compile, matchAt, matchesAfterNext } from '../../../lib/tone/rules/rule';
import { roughTokens } from '../../../lib/tone/text';

/**
 * `step` remembers, for the match being tried, the continuations after an optional element that
 * failed (paths that took the element and paths that skipped it meet at the same token). The
 * answers must be those of trying every path: the longest match first, the same captures.
 */
function hit(pattern: string, text: string, at = 0) {
  const tokens = roughTokens(text, 0);
  const c = compile(pattern);
  const h = matchAt(tokens, c, at, tokens.length);
  expect(matchesAfterNext(tokens, c, at, tokens.length)).toBe(h !== null);
  return h;
}

describe('matching after optional elements', () => {
  const runOf = 'everything @ANY? @ANY? @ANY? @ANY? @ANY? @ANY? is|are a_lie:what';

  it('finds the same match however many paths meet', () => {
    expect(hit(runOf, 'everything is a lie')).toEqual({ end: 4, cap: { what: 2 } });
    expect(hit(runOf, 'everything he says to me is a lie')).toEqual({ end: 8, cap: { what: 6 } });
    // Six words between: the run takes them all.
    expect(hit(runOf, 'everything that one said on the radio is a lie')?.end).toBe(10);
    // Seven: out of reach, whatever the order of the tries.
    expect(hit(runOf, 'everything that one man said on the radio is a lie')).toBeNull();
    // Hedges skipped before an element reach further, as before.
    expect(hit(runOf, 'everything really he says is really a lie')?.end).toBe(8);
  });

  it('fails the same way on every path, match after match', () => {
    for (let n = 0; n < 3; n++) {
      expect(hit(runOf, 'everything he says to me is true')).toBeNull();
      expect(hit(runOf, 'everything is fine, it is not a lie')).toBeNull();
    }
  });

  it('a capture name stands once in a pattern (a failed try skipped would keep a capture otherwise)', () => {
    const twice: string[] = [];
    for (const f of FAMILIES)
      if (f.table)
        for (const [, list] of f.table.entries())
          for (const { c } of list) {
            const names = c.elems.flatMap((e) => (e.name ? [e.name] : []));
            if (new Set(names).size < names.length) twice.push(c.source);
          }
    expect(twice).toEqual([]);
  });
});
