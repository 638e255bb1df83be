/**
 * Every message between the extension's parts, as one validated union (zod/mini), both
 * directions: what goes to a tab's content script, what goes to the background, and each answer.
 * A message or an answer that does not parse is dropped (`parseToContent`, `parseToBackground`,
 * `parseReply` give null). This module imports nothing of the extension: the wire constants it
 * needs (stat kinds, reminder choices) live here, and the models import them from here.
 *
 * Typed text travels only where the person acted on it: "Save for later" (draft:save, to the
 * background that stores it on this device) and "Put back" (coach:insert-draft, from the popup).
 * Everything else is states, counts, ids and the person's own settings.
 */
import * as z from 'zod/mini';

/* ------------------------------------------------------------ wire constants */

export const STAT_KINDS = ['flagged', 'softened', 'sentAnyway', 'saved'] as const;
export type StatKind = (typeof STAT_KINDS)[number];

export const REMINDER_CHOICES = ['20m', '1h', 'tomorrow'] as const;
export type ReminderChoice = (typeof REMINDER_CHOICES)[number];

export const BUNDLES = ['coach', 'detect', 'card', 'reword'] as const;
export type BundleName = (typeof BUNDLES)[number];

/** Longest draft kept ("Save for later"), in characters. */
export const MAX_DRAFT_CHARS = 20_000;

/** Bounds on the wire, before any model looks at a value. */
const MAX_ID = 64;
const MAX_ORIGIN = 300;
const MAX_PHRASE_WIRE = 2_000;
const MAX_CATEGORY = 40;

/* ------------------------------------------------------------ the schemas */

/**
 * The schemas are built on first use, not when this module loads: the small content script that
 * every page gets imports this module for its types and `isToContent` only, and so carries no zod
 * (27 kB instead of 48 kB). Everything else parses with the schemas below.
 */
function build() {
  // Extension pages and content scripts forbid eval: never let zod probe for it.
  z.config({ jitless: true });

  const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID));
  const origin = z.string().check(z.maxLength(MAX_ORIGIN));
  const phrase = z.string().check(z.maxLength(MAX_PHRASE_WIRE));
  const tabId = z.int().check(z.nonnegative());

  /* ------------------------------------------------------------ to a tab's content script */

  const ToContentSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('coach:get-status') }),
    /** Open the card for the focused field (the keyboard command). */
    z.object({ type: z.literal('coach:open-card') }),
    /** "Put back": insert a saved draft into the focused field (at the caret, or over an empty field). */
    z.object({
      type: z.literal('coach:insert-draft'),
      text: z.string().check(z.minLength(1), z.maxLength(MAX_DRAFT_CHARS)),
    }),
  ]);

  /* ------------------------------------------------------------ settings changes */

  const PausedUntilWire = z.union([z.int().check(z.nonnegative()), z.literal('forever'), z.null()]);

  /**
   * One change to settings, applied by the background on the settings as they are when it is its
   * turn (lib/settings/changes.ts), so two pages saving at once never lose each other's change.
   * Values are checked again against the settings schema before anything is written.
   */
  const SettingsChangeSchema = z.discriminatedUnion('op', [
    /** Scalar fields (and single category switches). */
    z.object({
      op: z.literal('patch'),
      patch: z.object({
        sensitivity: z.optional(z.string().check(z.maxLength(20))),
        categories: z.optional(z.record(z.string().check(z.maxLength(MAX_CATEGORY)), z.boolean())),
        pausedUntil: z.optional(PausedUntilWire),
        pauseBeforeSend: z.optional(z.boolean()),
        pauseFor: z.optional(z.string().check(z.maxLength(20))),
        statsEnabled: z.optional(z.boolean()),
      }),
    }),
    /** A built-in site switched on or off. */
    z.object({ op: z.literal('built-in'), id, on: z.boolean() }),
    /** Add (key null), edit or remove (next null) one custom phrase; `next` is checked by the schema. */
    z.object({ op: z.literal('custom-phrase'), key: z.nullable(phrase), next: z.nullable(z.unknown()) }),
    /** Add (key null), edit or remove (next null) one ignored phrase. */
    z.object({ op: z.literal('ignored-phrase'), key: z.nullable(phrase), next: z.nullable(phrase) }),
    /** Replace everything (import, reset); checked whole by the settings schema. */
    z.object({ op: z.literal('replace'), settings: z.unknown() }),
  ]);

  /* ------------------------------------------------------------ to the background */

  const ToBackgroundSchema = z.discriminatedUnion('type', [
    /**
     * Coach a site the person added (its host permission is already granted, from the popup or the
     * options page: permissions.request needs their click). Registers the content script for it and,
     * with `tabId`, starts it in that tab at once. `origin` as lib/settings normalizeSite gives it.
     */
    z.object({ type: z.literal('site:enable'), origin, tabId: z.optional(tabId) }),
    /** Stop coaching an added site: unregister the content script and give the permission back. */
    z.object({ type: z.literal('site:disable'), origin }),
    /** Open the options page; `section: 'about'` at its About (the card's "Why?"). */
    z.object({ type: z.literal('options:open'), section: z.optional(z.literal('about')) }),
    /** From a content script: inject a bundle (the coach, or the card's React) into its frame, once. */
    z.object({ type: z.literal('coach:load-bundle'), bundle: z.enum(BUNDLES) }),
    /**
     * From a content script: count one event for the private patterns. Counts only: `categories`
     * are category ids (the six of the guidance, or 'other'), never text.
     */
    z.object({
      type: z.literal('stats:record'),
      kind: z.enum(STAT_KINDS),
      categories: z.array(z.string().check(z.maxLength(MAX_CATEGORY))).check(z.maxLength(7)),
      newMessage: z.boolean(),
    }),
    /** From the options page: clear the counts, queued behind any record being written. */
    z.object({ type: z.literal('stats:clear') }),
    /** Remind the person of a saved draft (the nudge after "Save for later", or the popup). */
    z.object({ type: z.literal('reminder:schedule'), draftId: id, choice: z.enum(REMINDER_CHOICES) }),
    /** From the popup: no reminder for this draft. */
    z.object({ type: z.literal('reminder:cancel'), draftId: id }),
    /**
     * From a content script ("Save for later" on the nudge): keep the field's text as a draft of the
     * sender's site (the background takes the site from the sender, never from the message).
     */
    z.object({ type: z.literal('draft:save'), text: z.string().check(z.maxLength(MAX_DRAFT_CHARS * 4)) }),
    /** From the popup: delete one draft (and its reminder). */
    z.object({ type: z.literal('draft:delete'), id }),
    /** From the options page: delete every draft (and their reminders). */
    z.object({ type: z.literal('drafts:clear') }),
    /** From the popup, options or welcome page: one change to settings. */
    z.object({ type: z.literal('settings:change'), change: SettingsChangeSchema }),
    /** From a content script ("Don't flag this phrase again"). */
    z.object({ type: z.literal('phrase:ignore'), phrase }),
    /** From a content script ("Pause on this site"): the sender's own site, never one it names. */
    z.object({ type: z.literal('site:pause') }),
    /**
     * Undo of phrase:ignore or site:pause, with the token its answer gave: reverts exactly that
     * change (removes that phrase; switches that site back on). Answered true when reverted.
     */
    z.object({ type: z.literal('action:undo'), token: id }),
  ]);

  /* ------------------------------------------------------------ answers */

  /** What the coach sees in the focused field of a tab. */
  const FieldStatusSchema = z.object({
    /** 'none' when no coachable field is focused (or the coach is off here). */
    state: z.enum(['none', 'calm', 'tense', 'heated']),
    /** Number of findings in the focused field. */
    count: z.int().check(z.nonnegative()),
    /** Whether the coach is active on this page (site enabled, not paused). */
    active: z.boolean(),
  });

  /** The content script's answer to coach:insert-draft. */
  const InsertReplySchema = z.object({
    ok: z.boolean(),
    /**
     * Why not: no coachable field focused in the tab; the editor refused the text (field unchanged);
     * or it took only part of it (the person should check the field).
     */
    error: z.optional(z.enum(['no-field', 'refused', 'partial'])),
  });

  /** The background's answer to reminder:schedule: when the reminder is due. */
  const ReminderReplySchema = z.union([
    z.object({ ok: z.literal(true), at: z.number() }),
    z.object({ ok: z.literal(false) }),
  ]);

  /** The background's answer to site:enable / site:disable. */
  const SiteReplySchema = z.union([
    z.object({ ok: z.literal(true) }),
    z.object({
      ok: z.literal(false),
      error: z.enum(['invalid-origin', 'built-in', 'no-permission', 'failed']),
    }),
  ]);

  /**
   * The background's answer to draft:save. Never a silent eviction: when this site's drafts or all
   * drafts are at their limit, the save is refused and the person is told ('site-full', 'full').
   */
  const DraftReplySchema = z.union([
    z.object({ ok: z.literal(true), id }),
    z.object({ ok: z.literal(false), reason: z.enum(['too-long', 'site-full', 'full', 'empty', 'failed']) }),
  ]);

  /**
   * The background's answer to settings:change. On failure nothing was written (the two storage
   * areas are written all or nothing): 'invalid' (the change breaks the schema; `path` says where),
   * 'too-large' (the synced part would pass the browser's per-item quota), 'storage' (an area
   * refused: `area` says which).
   */
  const SettingsReplySchema = z.union([
    z.object({ ok: z.literal(true) }),
    z.object({
      ok: z.literal(false),
      error: z.enum(['invalid', 'too-large', 'storage']),
      area: z.optional(z.enum(['sync', 'local'])),
      path: z.optional(z.string().check(z.maxLength(200))),
    }),
  ]);

  /**
   * Answers to phrase:ignore and site:pause. `token` (for action:undo) is there when something
   * changed; without it there is nothing to undo (the phrase was already ignored, the site already
   * off).
   */
  const ActionReplySchema = z.union([
    z.object({ ok: z.literal(true), token: z.optional(id) }),
    z.object({ ok: z.literal(false), reason: z.enum(['limit', 'too-long', 'failed']) }),
  ]);

  const REPLY_SCHEMAS = {
    'coach:get-status': FieldStatusSchema,
    'coach:insert-draft': InsertReplySchema,
    'site:enable': SiteReplySchema,
    'site:disable': SiteReplySchema,
    'reminder:schedule': ReminderReplySchema,
    'draft:save': DraftReplySchema,
    'settings:change': SettingsReplySchema,
    'phrase:ignore': ActionReplySchema,
    'site:pause': ActionReplySchema,
  } as const;

  return {
    ToContentSchema,
    SettingsChangeSchema,
    ToBackgroundSchema,
    FieldStatusSchema,
    InsertReplySchema,
    ReminderReplySchema,
    SiteReplySchema,
    DraftReplySchema,
    SettingsReplySchema,
    ActionReplySchema,
    REPLY_SCHEMAS,
  };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;
function schemas(): Schemas {
  built ??= build();
  return built;
}

export type ToneState = 'none' | 'calm' | 'tense' | 'heated';
export type ToContent = z.infer<Schemas['ToContentSchema']>;
export type SettingsChange = z.infer<Schemas['SettingsChangeSchema']>;
export type ToBackground = z.infer<Schemas['ToBackgroundSchema']>;
export type FieldStatus = z.infer<Schemas['FieldStatusSchema']>;
export type InsertReply = z.infer<Schemas['InsertReplySchema']>;
export type ReminderReply = z.infer<Schemas['ReminderReplySchema']>;
export type SiteReply = z.infer<Schemas['SiteReplySchema']>;
export type DraftReply = z.infer<Schemas['DraftReplySchema']>;
export type SettingsReply = z.infer<Schemas['SettingsReplySchema']>;
export type ActionReply = z.infer<Schemas['ActionReplySchema']>;

type ReplySchemas = Schemas['REPLY_SCHEMAS'];
type Replied = keyof ReplySchemas;

/** The answer a message gets: an object for the types above; `true` / `false` for the rest. */
export type Reply<M extends { type: string }> = M['type'] extends Replied
  ? z.infer<ReplySchemas[M['type']]>
  : boolean | undefined;

/* ------------------------------------------------------------ parsing */

/** A message for a content script, or null (unknown or malformed: dropped). Never throws. */
export function parseToContent(value: unknown): ToContent | null {
  const r = schemas().ToContentSchema.safeParse(value);
  return r.success ? r.data : null;
}

/** A message for the background, or null (unknown or malformed: dropped). Never throws. */
export function parseToBackground(value: unknown): ToBackground | null {
  const r = schemas().ToBackgroundSchema.safeParse(value);
  return r.success ? r.data : null;
}

/**
 * For the small content script (no zod there): the same test as ToContentSchema, written out for
 * its three shapes (tests/unit/messaging/protocol.test.ts checks that the two agree). The coach
 * itself uses parseToContent.
 */
export function isToContent(value: unknown): value is ToContent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const type = (value as { type?: unknown }).type;
  if (type === 'coach:get-status' || type === 'coach:open-card') return true;
  if (type !== 'coach:insert-draft') return false;
  const text = (value as { text?: unknown }).text;
  return typeof text === 'string' && text.length >= 1 && text.length <= MAX_DRAFT_CHARS;
}

export function isToBackground(value: unknown): value is ToBackground {
  return parseToBackground(value) !== null;
}

/**
 * The answer to a message of `type`, checked: the parsed answer, or null when it is missing or
 * malformed. For types answered with a plain boolean, `true` only when exactly true.
 */
export function parseReply<T extends ToBackground['type'] | ToContent['type']>(
  type: T,
  value: unknown,
): (T extends Replied ? z.infer<ReplySchemas[T]> : boolean) | null {
  const REPLY_SCHEMAS = schemas().REPLY_SCHEMAS;
  if (!Object.hasOwn(REPLY_SCHEMAS, type)) {
    return (value === true) as T extends Replied ? never : boolean;
  }
  const r = REPLY_SCHEMAS[type as Replied].safeParse(value);
  return (r.success ? r.data : null) as T extends Replied ? z.infer<ReplySchemas[T]> : never;
}
