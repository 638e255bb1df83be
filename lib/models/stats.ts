import { storage } from 'wxt/utils/storage';
import { STAT_KINDS, type StatKind } from '../messaging/protocol';

/**
 * Patterns, privately (issue 6): counts only, never text. Per local day and per category: how many
 * messages were flagged, softened, sent anyway, saved for later. Kept for RETENTION_DAYS days.
 * The counting logic is pure (no DOM, no storage; days are calendar days in the person's time
 * zone); the coach's PatternTracker (lib/coach/PatternTracker.ts) decides when a message counts.
 * The counts live in storage.local under STATS_KEY; only the background writes them
 * (lib/background/stats.ts); pages read and watch them here.
 */

export { STAT_KINDS, type StatKind };

export type Counts = Partial<Record<StatKind, number>>;
/** day ("YYYY-MM-DD", local) → category → counts. */
export type Stats = Record<string, Record<string, Counts>>;

export const RETENTION_DAYS = 90;

/**
 * Per-day bucket that counts messages rather than categories: a message flagged for blame and
 * heat is one flagged message (and one in each of those two categories).
 */
export const MESSAGES = '*';

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
  /** `newMessage` false: more categories for a message already counted (categories only). */
  event: { at: number; kind: StatKind; categories: readonly string[]; newMessage?: boolean },
  timeZone?: string,
): Stats {
  const day = dayKey(event.at, timeZone);
  const cats = event.categories.length ? [...new Set(event.categories)] : ['other'];
  if (event.newMessage !== false) cats.push(MESSAGES);
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
    const forDay = stats[day] ?? {};
    const messages = forDay[MESSAGES];
    if (messages) {
      for (const k of STAT_KINDS) counts[k] = messages[k] ?? 0;
    } else {
      // Days recorded before messages were counted: the sum over categories.
      for (const c of Object.values(forDay)) {
        for (const k of STAT_KINDS) counts[k] += c[k] ?? 0;
      }
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
      if (c === MESSAGES) continue;
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

/** Whatever is stored, as clean Stats (malformed days, categories and counts dropped). */
export function parseStats(raw: unknown): Stats {
  const out: Stats = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [day, cats] of Object.entries(raw as Record<string, unknown>)) {
    if (!DAY_RE.test(day) || !cats || typeof cats !== 'object' || Array.isArray(cats)) continue;
    const clean: Record<string, Counts> = {};
    for (const [cat, counts] of Object.entries(cats as Record<string, unknown>)) {
      if (!counts || typeof counts !== 'object') continue;
      const c: Counts = {};
      for (const k of STAT_KINDS) {
        const v = (counts as Record<string, unknown>)[k];
        if (typeof v === 'number' && Number.isInteger(v) && v > 0) c[k] = v;
      }
      if (Object.keys(c).length) clean[cat.slice(0, 40)] = c;
    }
    if (Object.keys(clean).length) out[day] = clean;
  }
  return out;
}

/* ------------------------------------------------------------ storage.local */

export const STATS_KEY = 'stats';

/** storage.local `stats` (layout version 1: day → category → counts, as first stored). */
export const statsItem = storage.defineItem<unknown>(`local:${STATS_KEY}`, { fallback: {}, version: 1 });

export async function loadStats(): Promise<Stats> {
  return parseStats(await statsItem.getValue());
}

/** Calls `cb` with the counts whenever they change. Returns a function that stops watching. */
export function watchStats(cb: (stats: Stats) => void): () => void {
  return statsItem.watch((value) => cb(parseStats(value)));
}
