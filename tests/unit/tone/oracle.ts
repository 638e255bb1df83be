/**
 * For the tests that hold a hand scanner to `Intl.Segmenter` (word-ranges, sentence-ends): the
 * strings on which two boundary functions disagree, and every string over an alphabet.
 */

/** Strings where `expected` and `actual` disagree (at most five, to keep a failure readable). */
export function mismatches(
  strings: Iterable<string>,
  expected: (s: string) => number[],
  actual: (s: string) => number[],
): string[] {
  const bad: string[] = [];
  for (const s of strings) {
    if (expected(s).join(',') !== actual(s).join(',')) bad.push(s);
    if (bad.length >= 5) break;
  }
  return bad;
}

/** Every non-empty string over `alphabet` of at most `maxLength` characters. */
export function* allStrings(alphabet: string, maxLength: number, prefix = ''): Generator<string> {
  if (prefix) yield prefix;
  if (prefix.length === maxLength) return;
  for (const c of alphabet) yield* allStrings(alphabet, maxLength, prefix + c);
}
