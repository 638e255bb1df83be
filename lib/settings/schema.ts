/**
 * The settings model: one versioned, typed shape, validated with zod.
 *
 * Two readers:
 * - `parseSettings(unknown)` is the defensive reader used for stored values: it keeps every field
 *   that is valid, replaces what is missing or broken by its default, drops bad list items,
 *   strips unknown keys, and never throws.
 * - `SettingsSchema` is the strict shape (the type, and what an imported file must satisfy).
 *
 * Typed text never goes into settings: only choices, sites and the phrases a person chose.
 */
// zod/mini: the same validation with a tree-shakable API, so the content script stays small.
import * as z from 'zod/mini';
import type { Category, Sensitivity as ToneSensitivity } from '../tone/types';
import { isCanonicalOrigin } from './site-pattern';

// Extension pages and content scripts forbid eval: never let zod probe for it (the probe would
// raise a CSP violation report, visible to the page a content script runs in).
z.config({ jitless: true });

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

const SensitivitySchema = z.enum(SENSITIVITIES);
const CategoryIdSchema = z.enum(CATEGORY_IDS);

/** A phrase: trimmed, non-empty, bounded, no line breaks or control characters. */
export const PhraseSchema = z.pipe(
  z.pipe(
    z.string().check(z.maxLength(LIMITS.phraseLength * 4)),
    z.transform((s: string) => s.trim().replace(/\s+/g, ' ')),
  ),
  z.string().check(
    z.minLength(1),
    z.maxLength(LIMITS.phraseLength),
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    z.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'control characters'),
  ),
);

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

const ReplacementSchema = z.pipe(
  z.pipe(z.string().check(z.maxLength(LIMITS.replacementLength * 4)), z.transform(cleanReplacement)),
  z.string().check(z.maxLength(LIMITS.replacementLength)),
);

export const CustomPhraseSchema = z.object({
  phrase: PhraseSchema,
  category: CategoryIdSchema,
  /** Optional wording to offer instead; absent means the coach offers to leave the phrase out. */
  replacement: z.optional(ReplacementSchema),
});
export type CustomPhrase = z.infer<typeof CustomPhraseSchema>;

const SiteIdSchema = z.string().check(z.maxLength(LIMITS.siteIdLength), z.regex(/^[a-z0-9][a-z0-9-]*$/));
const OriginSchema = z.string().check(z.refine(isCanonicalOrigin, 'not a site origin'));

/**
 * `null`: not paused. A number: paused until that time (ms since the epoch).
 * 'forever': paused until the person turns it back on.
 */
const PausedUntilSchema = z.union([z.int().check(z.nonnegative()), z.literal('forever'), z.null()]);
export type PausedUntil = z.infer<typeof PausedUntilSchema>;

export const PAUSE_FOR = ['heated', 'tense'] as const;
export type PauseFor = (typeof PAUSE_FOR)[number];
const PauseForSchema = z.enum(PAUSE_FOR);

const CategoriesSchema = z.object(
  Object.fromEntries(CATEGORY_IDS.map((id) => [id, z.boolean()])) as Record<CategoryId, z.ZodMiniBoolean>,
);

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  sensitivity: SensitivitySchema,
  categories: CategoriesSchema,
  sites: z.object({
    /**
     * Built-in site id → false when the person switched it off. Missing means on. At most
     * LIMITS.builtInOverrides entries, so the synced half stays under the 8 KB item quota.
     */
    builtIn: z
      .record(SiteIdSchema, z.boolean())
      .check(
        z.refine(
          (r) => Object.keys(r).length <= LIMITS.builtInOverrides,
          `at most ${LIMITS.builtInOverrides} site switches`,
        ),
      ),
    /** Sites the person added, as canonical origins ("https://example.com"). */
    custom: z.array(OriginSchema).check(z.maxLength(LIMITS.customSites)),
  }),
  customPhrases: z.array(CustomPhraseSchema).check(z.maxLength(LIMITS.customPhrases)),
  /** Phrases never to flag (also where the card's "Don't flag this phrase again" goes). */
  ignoredPhrases: z.array(PhraseSchema).check(z.maxLength(LIMITS.ignoredPhrases)),
  pausedUntil: PausedUntilSchema,
  /** Hold the first Enter on a heated message (issue 6). */
  pauseBeforeSend: z.boolean(),
  /** Which messages the pause holds: heated only, or tense ones too (issue 12). */
  pauseFor: PauseForSchema,
  /** Keep private per-day counts (issue 6). */
  statsEnabled: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type Categories = Settings['categories'];

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

/** Keep the items of `value` that `item` accepts, deduplicated by `key`, at most `max`. */
function keepValid<T>(value: unknown, item: z.ZodMiniType<T>, max: number, key: (t: T) => string): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  const seen = new Set<string>();
  // Look at a bounded number of items: a hostile list of a million entries costs nothing.
  for (const candidate of value.slice(0, max * 4)) {
    const parsed = item.safeParse(candidate);
    if (!parsed.success) continue;
    const k = key(parsed.data);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(parsed.data);
    if (out.length >= max) break;
  }
  return out;
}

/** Case- and space-insensitive identity of a phrase, for deduplication and matching. */
export function phraseKey(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLowerCase();
}

function field<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

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
  for (const id of CATEGORY_IDS) categories[id] = field(z.boolean(), categoriesIn[id], d.categories[id]);

  const sitesIn = isRecord(input.sites) ? input.sites : {};
  const builtIn: Record<string, boolean> = {};
  if (isRecord(sitesIn.builtIn)) {
    let n = 0;
    for (const [id, on] of Object.entries(sitesIn.builtIn)) {
      if (n >= LIMITS.builtInOverrides) break;
      if (typeof on !== 'boolean' || !SiteIdSchema.safeParse(id).success) continue;
      builtIn[id] = on;
      n++;
    }
  }

  return {
    version: SETTINGS_VERSION,
    sensitivity: field(SensitivitySchema, input.sensitivity, d.sensitivity),
    categories,
    sites: {
      builtIn,
      custom: keepValid(sitesIn.custom, OriginSchema, LIMITS.customSites, (o) => o),
    },
    customPhrases: keepValid(input.customPhrases, CustomPhraseSchema, LIMITS.customPhrases, (p) =>
      phraseKey(p.phrase),
    ).map((p) => (p.replacement ? p : { phrase: p.phrase, category: p.category })),
    ignoredPhrases: keepValid(input.ignoredPhrases, PhraseSchema, LIMITS.ignoredPhrases, phraseKey),
    pausedUntil: field(PausedUntilSchema, input.pausedUntil, d.pausedUntil),
    pauseBeforeSend: field(z.boolean(), input.pauseBeforeSend, d.pauseBeforeSend),
    // Stored before this setting existed (or unknown): heated only, as before.
    pauseFor: field(PauseForSchema, input.pauseFor, d.pauseFor),
    statsEnabled: field(z.boolean(), input.statsEnabled, d.statsEnabled),
  };
}
