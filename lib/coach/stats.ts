/**
 * Patterns, privately (issue 6): counts only, never text. Per local day and per category: how many
 * messages were flagged, softened, sent anyway, saved for later. Kept for RETENTION_DAYS days.
 * Pure: no DOM, no storage; days are calendar days in the person's time zone.
 */

export const STAT_KINDS = ['flagged', 'softened', 'sentAnyway', 'saved'] as const;
export type StatKind = (typeof STAT_KINDS)[number];

export type Counts = Partial<Record<StatKind, number>>;
/** day ("YYYY-MM-DD", local) → category → counts. */
export type Stats = Record<string, Record<string, Counts>>;

export const RETENTION_DAYS = 90;

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar day of an instant in a time zone (IANA name; the runtime's own by default). */
export function dayKey(ms: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The day `n` calendar days before `day` (pure date arithmetic, no time zone involved). */
export function daysBefore(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
}

/** Adds one event for each of its categories (or 'other'); returns a new object. */
export function record(
  stats: Stats,
  event: { at: number; kind: StatKind; categories: readonly string[] },
  timeZone?: string,
): Stats {
  const day = dayKey(event.at, timeZone);
  const cats = event.categories.length ? [...new Set(event.categories)] : ['other'];
  const forDay = { ...(stats[day] ?? {}) };
  for (const c of cats) {
    const counts = { ...(forDay[c] ?? {}) };
    counts[event.kind] = (counts[event.kind] ?? 0) + 1;
    forDay[c] = counts;
  }
  return { ...stats, [day]: forDay };
}

/** Drops days older than `days` days before today (today counts as day 1) and malformed entries. */
export function prune(stats: Stats, now: number, days = RETENTION_DAYS, timeZone?: string): Stats {
  const oldest = daysBefore(dayKey(now, timeZone), days - 1);
  const out: Stats = {};
  for (const [day, cats] of Object.entries(stats)) {
    if (DAY_RE.test(day) && day >= oldest && cats && typeof cats === 'object') out[day] = cats;
  }
  return out;
}

/** Totals per day for the last `n` days, oldest first, including empty days. */
export function lastDays(
  stats: Stats,
  now: number,
  n: number,
  timeZone?: string,
): Array<{ day: string; counts: Required<Counts> }> {
  const today = dayKey(now, timeZone);
  const result: Array<{ day: string; counts: Required<Counts> }> = [];
  for (let i = n - 1; i >= 0; i--) {
    const day = daysBefore(today, i);
    const counts = { flagged: 0, softened: 0, sentAnyway: 0, saved: 0 };
    for (const c of Object.values(stats[day] ?? {})) {
      for (const k of STAT_KINDS) counts[k] += c[k] ?? 0;
    }
    result.push({ day, counts });
  }
  return result;
}

/** The category flagged most often in the last `n` days, or null. Ties: alphabetical. */
export function topCategory(stats: Stats, now: number, n: number, timeZone?: string): string | null {
  const oldest = daysBefore(dayKey(now, timeZone), n - 1);
  const totals = new Map<string, number>();
  for (const [day, cats] of Object.entries(stats)) {
    if (day < oldest) continue;
    for (const [c, counts] of Object.entries(cats)) {
      totals.set(c, (totals.get(c) ?? 0) + (counts.flagged ?? 0));
    }
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [c, v] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    if (v > bestN) {
      best = c;
      bestN = v;
    }
  }
  return best;
}
