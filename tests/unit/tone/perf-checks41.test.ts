import { afterEach, describe, expect, it } from 'vitest';
import { quotedAround } from '../../../lib/tone/grammar';
import { _lazyChecks, analyze } from '../../../lib/tone/index';
import { SENSITIVITIES } from '../../../lib/tone/types';

/**
 * Round speed41, shortcuts that must give the answer of the whole work:
 * - `quotedAround` looks for the quote mark that opens a quotation only when one stands within its
 *   reach before the words (most swears have none: a 100,000-character run of them read each one's
 *   80 characters a regular expression at a time);
 * - while an offer is checked, a text already read without a quiet reading (`unsuggested`) is not
 *   asked for one again.
 */

/** `quotedAround` as it was before the round (the reference). */
function quotedAroundWhole(text: string, start: number, end: number, from: number, to: number) {
  let a = start - 1;
  for (; a >= from && a >= start - 80; a--) {
    const c = text[a] as string;
    if (/[.!?"“”\n]/.test(c)) return null;
    if (
      /['‘]/.test(c) &&
      (a === from || /[\s([]/.test(text[a - 1] as string)) &&
      /\p{L}/u.test(text[a + 1] ?? '') &&
      !/^(?:t|s|ll|re|ve|d|m|em|all|cause|cos|til|n|bout|round)(?![\p{L}])/iu.test(text.slice(a + 1, a + 7))
    )
      break;
  }
  if (a < from || a < start - 80) return null;
  let b = end;
  for (; b < to && b <= end + 80; b++) {
    const c = text[b] as string;
    if (/["“”\n]/.test(c)) return null;
    if (
      /['’]/.test(c) &&
      !/\p{L}/u.test(text[b + 1] ?? '') &&
      /[\p{L}\p{N}!?.*]/u.test(text[b - 1] as string) &&
      !/\p{L}{2}in$/u.test(text.slice(Math.max(0, b - 8), b))
    )
      break;
  }
  if (b >= to || b > end + 80) return null;
  const inner = text.slice(a + 1, b);
  if (inner.split(/\s+/).filter((x) => /\p{L}/u.test(x)).length < 3) return null;
  return [a, b + 1];
}

let seed = 41;
const rnd = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};

afterEach(() => _lazyChecks(true));

describe('speed41 shortcuts', () => {
  it('quotedAround gives what reading its whole reach gives', () => {
    const pieces = [
      ...['grab', 'em', 'by', 'the', 'damn', 'shit', 'x1', 'é', '😡', 'fuckin', "'cause", "don't"],
      ...[' ', ' ', ' ', ' ', "'", "'", '‘', '’', '"', '.', '!', ',', '(', '\n'],
      ...[" 'grab ", ' ‘we ', "shit' ", 'damn’ ', " 'the "],
    ];
    let quoted = 0;
    for (let n = 0; n < 6_000; n++) {
      let text = '';
      const words = 3 + rnd(60);
      for (let k = 0; k < words; k++) text += pieces[rnd(pieces.length)];
      const start = rnd(text.length + 1);
      const end = Math.min(text.length, start + rnd(12));
      const from = Math.max(0, start - rnd(140));
      const to = Math.min(text.length, end + rnd(140));
      const want = quotedAroundWhole(text, start, end, from, to);
      if (want) quoted++;
      expect(quotedAround(text, start, end, from, to), JSON.stringify([text, start, end, from, to])).toEqual(
        want,
      );
    }
    // Quotations are found too, not only their absence.
    expect(quoted).toBeGreaterThan(100);
    const said = "the 'grab em by the damn pussy' tape";
    const at = said.indexOf('damn');
    expect(quotedAround(said, at, at + 4, 0, said.length)).toEqual([4, 31]);
  });

  it('offers whose rewordings have a quiet reading are checked as the whole work checks them', () => {
    // Filler and forms of address at the edges and stretched letters, beside findings: the checked
    // rewordings keep them, so they are read again with and without their quiet reading.
    const texts = [
      'honestly you are a fucking idiot bro',
      'literally shut up you moron, dude',
      'sooo you ruined it again you stupid jerk ugh',
      'seriously what the hell is wrong with you?? fr',
      'Sam, you always mess this up, you lazy idiot tbh',
      'omg you damn clown, stop it babe',
      'like I care what you think, loser ngl',
      'you are sooo annoying, go away mate',
      'ugh this shitty app. honestly fuck it bruh',
      'stop being such a baby, seriously dude',
    ];
    for (const sensitivity of SENSITIVITIES) {
      _lazyChecks(false);
      const whole = texts.map((t) => analyze(t, { sensitivity }));
      _lazyChecks(true);
      texts.forEach((t, i) => {
        expect(analyze(t, { sensitivity }), `${sensitivity}: ${t}`).toEqual(whole[i]);
      });
    }
    expect(texts.filter((t) => analyze(t).flagged).length).toBeGreaterThan(7);
  });
});
