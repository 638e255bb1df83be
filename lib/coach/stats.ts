import { browser } from 'wxt/browser';
import type { ToBackground } from '../messaging/protocol';

/**
 * Patterns, privately (issue 6): counts only, never text. Per local day and per category: how many
 * messages were flagged, softened, sent anyway, saved for later. Kept for RETENTION_DAYS days.
 * The counting logic is pure (no DOM, no storage; days are calendar days in the person's time
 * zone); PatternTracker decides when a message counts; the storage helpers at the end keep the
 * counts in storage.local under STATS_KEY and never throw into the page.
 */

export const STAT_KINDS = ['flagged', 'softened', 'sentAnyway', 'saved'] as const;
export type StatKind = (typeof STAT_KINDS)[number];

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

/* ------------------------------------------------------------ when a message counts */

/** What the tracker needs to see of a coached field (a FieldSession fits). */
export interface TrackedField {
  readonly text: string;
  readonly analysis: { readonly findings: ReadonlyArray<{ readonly category: string }> };
}

interface MessageState {
  /** Categories already counted as flagged for this message. */
  flagged: Set<string>;
  softened: boolean;
  /** A finding was dismissed: going calm then is not "softened". */
  dismissed: boolean;
  /**
   * Set while the text is calm after being flagged and we wait to see whether the person writes
   * on or sends it (softened) or is deleting it all (not softened): the calm text's length, and
   * whether the last change only deleted from the end.
   */
  calm: { len: number; deleting: boolean } | null;
  /** The text at the last look (memory only, like the field's own session; never stored). */
  prev: string;
}

/**
 * Decides when a message counts, per field: a message is the text from empty to empty (sent or
 * cleared). It counts as flagged once per category found, as softened once (a rewording applied,
 * or the text edited until calm after being flagged), and sent anyway / saved when the nudge says
 * so. Holds categories and lengths only, never text.
 *
 * "Edited until calm" needs the person to write on once the text is calm, or to send the calm
 * text: backspacing through a flagged word makes the text calm for a moment too, and deleting a
 * message is not softening it. A calm text that was only being cut from its end and then goes
 * (sent or deleted: we cannot tell) is not counted: a miss rather than a false count.
 */
export class PatternTracker<F extends object = TrackedField> {
  private readonly states = new WeakMap<F, MessageState>();

  constructor(private readonly sink: (kind: StatKind, categories: string[], newMessage: boolean) => void) {}

  private state(field: F): MessageState {
    let s = this.states.get(field);
    if (!s) {
      s = { flagged: new Set(), softened: false, dismissed: false, calm: null, prev: '' };
      this.states.set(field, s);
    }
    return s;
  }

  /** After each analysis of the field. */
  observe(field: F & TrackedField): void {
    const s = this.state(field);
    const text = field.text;
    const prev = s.prev;
    s.prev = text;
    if (text.trim() === '') {
      // Sent, cleared or emptied: the next words are a new message. Calm words that were not
      // being deleted went out (sent): that message was softened.
      if (s.calm && !s.calm.deleting) this.soften(s);
      this.states.delete(field);
      return;
    }
    const cats = [...new Set(field.analysis.findings.map((f) => f.category))];
    const fresh = cats.filter((c) => !s.flagged.has(c));
    if (fresh.length) {
      const newMessage = s.flagged.size === 0;
      for (const c of fresh) s.flagged.add(c);
      s.calm = null;
      this.sink('flagged', fresh, newMessage);
      return;
    }
    if (cats.length > 0 || s.flagged.size === 0 || s.softened || s.dismissed) {
      s.calm = null;
      return;
    }
    const len = text.length;
    if (s.calm && len > s.calm.len) this.soften(s);
    else s.calm = { len, deleting: len < prev.length && prev.startsWith(text) };
  }

  private soften(s: MessageState): void {
    if (s.softened || s.dismissed || s.flagged.size === 0) return;
    s.softened = true;
    s.calm = null;
    this.sink('softened', [...s.flagged], true);
  }

  /** A rewording from the card was applied. */
  applied(field: F, category: string): void {
    const s = this.state(field);
    if (s.softened) return;
    s.softened = true;
    s.calm = null;
    this.sink('softened', s.flagged.size ? [...s.flagged] : [category], true);
  }

  /** The person dismissed a finding (or ignored its phrase): its going away is not softening. */
  dismissed(field: F): void {
    this.state(field).dismissed = true;
  }

  /** Sent anyway (Send anyway, or Enter again on the nudge). */
  sentAnyway(field: F & TrackedField): void {
    this.sink('sentAnyway', this.categoriesOf(field), true);
  }

  /** Saved for later. */
  saved(field: F & TrackedField): void {
    this.sink('saved', this.categoriesOf(field), true);
  }

  private categoriesOf(field: F & TrackedField): string[] {
    const now = field.analysis.findings.map((f) => f.category);
    return now.length ? [...new Set(now)] : [...this.state(field).flagged];
  }
}

/* ------------------------------------------------------------ storage.local */

export const STATS_KEY = 'stats';

export async function loadStats(): Promise<Stats> {
  const got = await browser.storage.local.get(STATS_KEY);
  return parseStats(got[STATS_KEY]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Adds one event and prunes to RETENTION_DAYS. Called only in the background (the one writer,
 * lib/background/stats.ts): content scripts send a stats:record message instead (sendStat), so
 * writes from every tab go through this one queue and none is lost; resolves false when storage
 * refused. Never throws.
 */
export function saveStat(
  kind: StatKind,
  categories: readonly string[],
  newMessage = true,
  now = Date.now(),
): Promise<boolean> {
  const run = queue.then(async () => {
    try {
      const next = prune(record(await loadStats(), { at: now, kind, categories, newMessage }), now);
      await browser.storage.local.set({ [STATS_KEY]: next });
      return true;
    } catch {
      return false;
    }
  });
  queue = run;
  return run;
}

/**
 * From a content script: asks the background to count one event (category ids only, never text).
 * Fire and forget; resolves false when the background could not be reached. Never throws.
 */
export async function sendStat(
  kind: StatKind,
  categories: readonly string[],
  newMessage = true,
): Promise<boolean> {
  const message: ToBackground = { type: 'stats:record', kind, categories: [...categories], newMessage };
  try {
    return (await browser.runtime.sendMessage(message)) === true;
  } catch {
    return false;
  }
}

/** Removes every count, after any record already queued (background only, like saveStat). */
export function clearStats(): Promise<void> {
  const run = queue.then(() => browser.storage.local.remove(STATS_KEY));
  queue = run.catch(() => undefined);
  return run;
}
