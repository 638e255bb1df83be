/**
 * The detection bundle's rule-file strings, packed at build time (scripts/detect-only.ts,
 * `packStrings`): one string per rule file, LZ77-coded in printable ASCII, unpacked once when the
 * module loads. Not used by the source: only the build's copy of a rule file imports it.
 *
 * A `~` starts a copy of earlier text: two characters of distance (base PACK_DIGITS.length, 1 up)
 * and one of length (PACK_MIN_COPY up); any other character is itself. The strings are joined by
 * `sep`, a character none of them holds.
 */
export const PACK_DIGITS =
  '#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}';
export const PACK_MIN_COPY = 5;

export function unpack(packed: string, sep: string): string[] {
  const base = PACK_DIGITS.length;
  let out = '';
  for (let i = 0; i < packed.length; i++) {
    const c = packed[i] as string;
    if (c !== '~') {
      out += c;
      continue;
    }
    const distance =
      PACK_DIGITS.indexOf(packed[i + 1] as string) * base + PACK_DIGITS.indexOf(packed[i + 2] as string) + 1;
    const length = PACK_DIGITS.indexOf(packed[i + 3] as string) + PACK_MIN_COPY;
    const from = out.length - distance;
    // A copy may overlap what it writes (a run): one character at a time.
    for (let k = 0; k < length; k++) out += out[from + k];
    i += 3;
  }
  return out.split(sep);
}
