/**
 * The settings model: one versioned, typed shape, validated with zod.
 *
 * Two readers:
 * - `parseSettings(unknown)` (model.ts, without zod, re-exported here) is the defensive reader used
 *   for stored values: it keeps every field that is valid, replaces what is missing or broken by
 *   its default, drops bad list items, strips unknown keys, and never throws.
 * - `SettingsSchema` is the strict shape (what an imported file or a change must satisfy). Its type
 *   is model.ts's `Settings` (checked by the type checker below).
 *
 * Typed text never goes into settings: only choices, sites and the phrases a person chose.
 */
// zod/mini: the same validation with a tree-shakable API, so the bundles stay small.
import * as z from 'zod/mini';
import {
  CATEGORY_IDS,
  type CategoryId,
  type CustomPhrase,
  cleanReplacement,
  LIMITS,
  PAUSE_FOR,
  SENSITIVITIES,
  SETTINGS_VERSION,
  type Settings,
} from './model';
import { isCanonicalOrigin } from './site-pattern';

export * from './model';

// Extension pages and content scripts forbid eval: never let zod probe for it (the probe would
// raise a CSP violation report, visible to the page a content script runs in).
z.config({ jitless: true });

const SensitivitySchema = z.enum(SENSITIVITIES);
const CategoryIdSchema = z.enum(CATEGORY_IDS);

/** A phrase: trimmed, non-empty, bounded, no line breaks or control characters (model.ts readPhrase). */
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

/** A replacement without control or bidi-override characters (model.ts readReplacement). */
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

/** model.ts isSiteId. */
const SiteIdSchema = z.string().check(z.maxLength(LIMITS.siteIdLength), z.regex(/^[a-z0-9][a-z0-9-]*$/));
const OriginSchema = z.string().check(z.refine(isCanonicalOrigin, 'not a site origin'));

/** model.ts isPausedUntil. */
const PausedUntilSchema = z.union([z.int().check(z.nonnegative()), z.literal('forever'), z.null()]);
const PauseForSchema = z.enum(PAUSE_FOR);

const CategoriesSchema = z.object(
  Object.fromEntries(CATEGORY_IDS.map((id) => [id, z.boolean()])) as Record<CategoryId, z.ZodMiniBoolean>,
);

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  sensitivity: SensitivitySchema,
  categories: CategoriesSchema,
  sites: z.object({
    builtIn: z
      .record(SiteIdSchema, z.boolean())
      .check(
        z.refine(
          (r) => Object.keys(r).length <= LIMITS.builtInOverrides,
          `at most ${LIMITS.builtInOverrides} site switches`,
        ),
      ),
    custom: z.array(OriginSchema).check(z.maxLength(LIMITS.customSites)),
  }),
  customPhrases: z.array(CustomPhraseSchema).check(z.maxLength(LIMITS.customPhrases)),
  ignoredPhrases: z.array(PhraseSchema).check(z.maxLength(LIMITS.ignoredPhrases)),
  pausedUntil: PausedUntilSchema,
  pauseBeforeSend: z.boolean(),
  pauseFor: PauseForSchema,
  statsEnabled: z.boolean(),
});

// The strict shape and the model's types must agree (checked by the type checker).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameSettings: Same<z.infer<typeof SettingsSchema>, Settings> = true;
const _sameCustomPhrase: Same<z.infer<typeof CustomPhraseSchema>, CustomPhrase> = true;
void _sameSettings;
void _sameCustomPhrase;

/** The strict shape's parts, for tests/unit/settings/model.test.ts (the readers must agree). */
export const SCHEMA_PARTS = {
  PhraseSchema,
  ReplacementSchema,
  CustomPhraseSchema,
  SiteIdSchema,
  OriginSchema,
  PausedUntilSchema,
  SensitivitySchema,
  PauseForSchema,
} as const;
