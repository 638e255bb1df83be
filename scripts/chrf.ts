/**
 * chrF (Popović 2015) as sacreBLEU 2.x computes it by default: character n-grams of order 1..6,
 * β = 2, whitespace removed, case kept, no word n-grams, effective-order averaging (no eps
 * smoothing). With several references, each segment keeps the statistics of the reference with the
 * best sentence-level score; the corpus score is computed from the summed statistics. Scores are
 * 0–100. Characters are Unicode code points (as Python strings count them).
 *
 * No kept npm package computes chrF, so it is written here and checked in tests/unit/eval/chrf.test.ts
 * against values from sacreBLEU.
 */

export const CHRF_ORDER = 6;
export const CHRF_BETA = 2;

type Grams = Array<Map<string, number>>;

/** Counts of character n-grams, n = 1..order, of `s` without whitespace. */
export function charNgrams(s: string, order = CHRF_ORDER): Grams {
  const chars = Array.from(s.split(/\s+/u).join(''));
  const out: Grams = [];
  for (let n = 1; n <= order; n++) {
    const m = new Map<string, number>();
    for (let i = 0; i + n <= chars.length; i++) {
      const g = chars.slice(i, i + n).join('');
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    out.push(m);
  }
  return out;
}

/** [hyp count, ref count, matches] per order, flattened (sacreBLEU's layout). */
export function matchStats(hyp: Grams, ref: Grams): number[] {
  const stats: number[] = [];
  for (let i = 0; i < hyp.length; i++) {
    const h = hyp[i] as Map<string, number>;
    const r = ref[i] as Map<string, number>;
    let hypCount = 0;
    let match = 0;
    let refCount = 0;
    for (const [g, c] of h) {
      hypCount += c;
      const rc = r.get(g);
      if (rc !== undefined) match += Math.min(c, rc);
    }
    for (const c of r.values()) refCount += c;
    // As sacreBLEU: hypothesis n-grams do not count when the reference has none of that order.
    stats.push(r.size > 0 ? hypCount : 0, refCount, match);
  }
  return stats;
}

/** The chrF score (0–100) of flattened statistics. */
export function chrfFromStats(stats: readonly number[], beta = CHRF_BETA): number {
  let prec = 0;
  let rec = 0;
  let effective = 0;
  for (let i = 0; i + 2 < stats.length; i += 3) {
    const nHyp = stats[i] as number;
    const nRef = stats[i + 1] as number;
    const nMatch = stats[i + 2] as number;
    if (nHyp > 0 && nRef > 0) {
      prec += nMatch / nHyp;
      rec += nMatch / nRef;
      effective++;
    }
  }
  if (effective === 0) return 0;
  prec /= effective;
  rec /= effective;
  if (prec + rec === 0) return 0;
  const b2 = beta * beta;
  return (100 * ((1 + b2) * prec * rec)) / (b2 * prec + rec);
}

/** Statistics of one hypothesis against its best reference. */
export function segmentStats(hyp: string, refs: readonly string[]): number[] {
  const h = charNgrams(hyp);
  let best: number[] = new Array(CHRF_ORDER * 3).fill(0);
  let bestScore = -1;
  for (const ref of refs) {
    const s = matchStats(h, charNgrams(ref));
    const f = chrfFromStats(s);
    if (f > bestScore) {
      bestScore = f;
      best = s;
    }
  }
  return best;
}

/** Sentence-level chrF of one hypothesis against its references. */
export function sentenceChrf(hyp: string, refs: readonly string[]): number {
  return chrfFromStats(segmentStats(hyp, refs));
}

/** Corpus-level chrF: statistics summed over segments. */
export function corpusChrf(hyps: readonly string[], refs: ReadonlyArray<readonly string[]>): number {
  const total: number[] = new Array(CHRF_ORDER * 3).fill(0);
  for (let i = 0; i < hyps.length; i++) {
    const s = segmentStats(hyps[i] as string, refs[i] ?? []);
    for (let k = 0; k < total.length; k++) total[k] = (total[k] as number) + (s[k] as number);
  }
  return chrfFromStats(total);
}
