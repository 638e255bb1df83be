/**
 * The settings model without zod: the names, limits and defaults, and `parseSettings`, the
 * defensive reader used for stored values (it keeps every field that is valid, replaces what is
 * missing or broken by its default, drops bad list items, strips unknown keys, and never throws).
 *
 * The coach bundle (loaded with the engine on a page's first focus) reads settings with this alone,
 * so it carries no zod. The strict shape, what an imported file or a change must satisfy, is
 * `SettingsSchema` in schema.ts (zod), which re-exports everything here; the type checker checks
 * that its type is `Settings`, and tests/unit/settings/model.test.ts that the readers below accept
 * and give what its parts do.
 *
 * Typed text never goes into settings: only choices, sites and the phrases a person chose.
 */
import type { Category, Sensitivity as ToneSensitivity } from '../tone/types';
import { isCanonicalOrigin } from './site-pattern';

export const SETTINGS_VERSION = 1;

export const SENSITIVITIES = ['gentle', 'balanced', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** The six categories of the guidance, in the order the UI shows them. */
export const CATEGORY_IDS = ['blame', 'absolutes', 'contempt', 'talking-down', 'withdrawal', 'heat'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

// The settings and the tone engine must agree on the names (checked by the type checker).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameCategories: Same<CategoryId, Category> = true;
const _sameSensitivities: Same<Sensitivity, ToneSensitivity> = true;
void _sameCategories;
void _sameSensitivities;

/** Upper bounds: keep storage small and a hostile value harmless. */
export const LIMITS = {
  phraseLength: 120,
  replacementLength: 300,
  customPhrases: 200,
  ignoredPhrases: 500,
  customSites: 100,
  builtInOverrides: 100,
  siteIdLength: 64,
  /** Largest settings file accepted by import, in bytes. */
  importBytes: 256 * 1024,
} as const;

export const PAUSE_FOR = ['heated', 'tense'] as const;
export type PauseFor = (typeof PAUSE_FOR)[number];

/**
 * `null`: not paused. A number: paused until that time (ms since the epoch, a safe integer, at
 * least 0). 'forever': paused until the person turns it back on.
 */
export type PausedUntil = number | 'forever' | null;

export interface CustomPhrase {
  phrase: string;
  category: CategoryId;
  /** Optional wording to offer instead; absent means the coach offers to leave the phrase out. */
  replacement?: string | undefined;
}

export type Categories = Record<CategoryId, boolean>;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  sensitivity: Sensitivity;
  categories: Categories;
  sites: {
    /**
     * Built-in site id → false when the person switched it off. Missing means on. At most
     * LIMITS.builtInOverrides entries, so the synced half stays under the 8 KB item quota.
     */
    builtIn: Record<string, boolean>;
    /** Sites the person added, as canonical origins ("https://example.com"). */
    custom: string[];
  };
  customPhrases: CustomPhrase[];
  /** Phrases never to flag (also where the card's "Don't flag this phrase again" goes). */
  ignoredPhrases: string[];
  pausedUntil: PausedUntil;
  /** Hold the first Enter on a heated message (issue 6). */
  pauseBeforeSend: boolean;
  /** Which messages the pause holds: heated only, or tense ones too (issue 12). */
  pauseFor: PauseFor;
  /** Keep private per-day counts (issue 6). */
  statsEnabled: boolean;
}

/**
 * Control characters and the invisible marks that reorder text (bidi embeddings, overrides,
 * isolates): a replacement is written into the person's message, so it never carries them (an
 * imported file could otherwise make a wording display differently from what it writes).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A replacement without control or bidi-override characters (line breaks become spaces). */
export function cleanReplacement(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(INVISIBLE, '')
    .trim();
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  sensitivity: 'balanced',
  categories: Object.fromEntries(CATEGORY_IDS.map((id) => [id, true])) as Categories,
  sites: { builtIn: {}, custom: [] },
  customPhrases: [],
  ignoredPhrases: [],
  pausedUntil: null,
  pauseBeforeSend: true,
  pauseFor: 'heated',
  statsEnabled: true,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Case- and space-insensitive identity of a phrase, for deduplication and matching. */
export function phraseKey(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLowerCase();
}

/* ------------------------------------------------------------ the readers */
// Each gives the value as the strict schema would (schema.ts), or undefined where it would refuse.

/**
 * `s` within [min, max] characters as zod counts them: code points (a surrogate pair is one), so
 * that the readers accept exactly what the schema does.
 */
function lengthWithin(s: string, min: number, max: number): boolean {
  // A code point is one or two units: within the bounds in units is within them in code points.
  if (s.length >= min && s.length <= max) return true;
  const n = [...s].length;
  return n >= min && n <= max;
}

/** One of `list`. */
function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** A phrase: trimmed, spaces collapsed, 1 to LIMITS.phraseLength characters, no control characters. */
export function readPhrase(value: unknown): string | undefined {
  if (typeof value !== 'string' || !lengthWithin(value, 0, LIMITS.phraseLength * 4)) return undefined;
  const s = value.trim().replace(/\s+/g, ' ');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  return lengthWithin(s, 1, LIMITS.phraseLength) && !/[\u0000-\u001f\u007f]/.test(s) ? s : undefined;
}

/** A replacement, cleaned (`cleanReplacement`), at most LIMITS.replacementLength characters. */
export function readReplacement(value: unknown): string | undefined {
  if (typeof value !== 'string' || !lengthWithin(value, 0, LIMITS.replacementLength * 4)) return undefined;
  const s = cleanReplacement(value);
  return lengthWithin(s, 0, LIMITS.replacementLength) ? s : undefined;
}

/**
 * A custom phrase, as `parseSettings` keeps it: an empty or absent replacement is left out (the
 * schema keeps an empty one).
 */
export function readCustomPhrase(value: unknown): CustomPhrase | undefined {
  if (!isRecord(value)) return undefined;
  const { phrase: p, category, replacement: r } = value;
  const phrase = readPhrase(p);
  if (phrase === undefined || !oneOf(CATEGORY_IDS, category)) return undefined;
  if (r === undefined) return { phrase, category };
  const replacement = readReplacement(r);
  if (replacement === undefined) return undefined;
  return replacement ? { phrase, category, replacement } : { phrase, category };
}

/** A built-in site's id: lower-case letters, digits and '-', at most LIMITS.siteIdLength. */
export function isSiteId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    lengthWithin(value, 0, LIMITS.siteIdLength) &&
    /^[a-z0-9][a-z0-9-]*$/.test(value)
  );
}

/** null, 'forever', or a time (a safe integer, at least 0). */
export function isPausedUntil(value: unknown): value is PausedUntil {
  return value === null || value === 'forever' || (Number.isSafeInteger(value) && (value as number) >= 0);
}

/** Keep the items of `value` that `read` accepts, deduplicated by `key`, at most `max`. */
function keepValid<T>(
  value: unknown,
  read: (v: unknown) => T | undefined,
  max: number,
  key: (t: T) => string,
): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  const seen = new Set<string>();
  // Look at a bounded number of items: a hostile list of a million entries costs nothing.
  for (const candidate of value.slice(0, max * 4)) {
    const item = read(candidate);
    if (item === undefined) continue;
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
    if (out.length >= max) break;
  }
  return out;
}

/** `value` when `ok` says it is valid, else `fallback`. */
function field<T>(ok: (v: unknown) => v is T, value: unknown, fallback: T): T {
  return ok(value) ? value : fallback;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isSensitivity = (v: unknown): v is Sensitivity => oneOf(SENSITIVITIES, v);
const isPauseFor = (v: unknown): v is PauseFor => oneOf(PAUSE_FOR, v);
const readOrigin = (v: unknown): string | undefined => (isCanonicalOrigin(v) ? v : undefined);

/**
 * Read any value as Settings: valid parts are kept, the rest defaulted. Never throws.
 * Expects the current version's layout; run `migrateSettings` first for stored values.
 */
export function parseSettings(input: unknown): Settings {
  try {
    return readSettings(input);
  } catch {
    // Only reachable with exotic objects (throwing getters, proxies): never from storage or JSON.
    return defaultSettings();
  }
}

function readSettings(input: unknown): Settings {
  const d = defaultSettings();
  if (!isRecord(input)) return d;

  const categoriesIn = isRecord(input.categories) ? input.categories : {};
  const categories = { ...d.categories };
  for (const id of CATEGORY_IDS) categories[id] = field(isBoolean, categoriesIn[id], d.categories[id]);

  const sitesIn = isRecord(input.sites) ? input.sites : {};
  const builtIn: Record<string, boolean> = {};
  if (isRecord(sitesIn.builtIn)) {
    let n = 0;
    for (const [id, on] of Object.entries(sitesIn.builtIn)) {
      if (n >= LIMITS.builtInOverrides) break;
      if (typeof on !== 'boolean' || !isSiteId(id)) continue;
      builtIn[id] = on;
      n++;
    }
  }

  return {
    version: SETTINGS_VERSION,
    sensitivity: field(isSensitivity, input.sensitivity, d.sensitivity),
    categories,
    sites: {
      builtIn,
      custom: keepValid(sitesIn.custom, readOrigin, LIMITS.customSites, (o) => o),
    },
    customPhrases: keepValid(input.customPhrases, readCustomPhrase, LIMITS.customPhrases, (p) =>
      phraseKey(p.phrase),
    ),
    ignoredPhrases: keepValid(input.ignoredPhrases, readPhrase, LIMITS.ignoredPhrases, phraseKey),
    pausedUntil: field(isPausedUntil, input.pausedUntil, d.pausedUntil),
    pauseBeforeSend: field(isBoolean, input.pauseBeforeSend, d.pauseBeforeSend),
    // Stored before this setting existed (or unknown): heated only, as before.
    pauseFor: field(isPauseFor, input.pauseFor, d.pauseFor),
    statsEnabled: field(isBoolean, input.statsEnabled, d.statsEnabled),
  };
}
