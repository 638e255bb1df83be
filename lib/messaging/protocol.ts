/**
 * Every message between the extension's parts, validated, both directions: what goes to a tab's
 * content script, what goes to the background, and each answer. A message or an answer that does
 * not parse is dropped (`parseToContent`, `parseToBackground`, `parseReply` give null). This module
 * imports nothing of the extension: the wire constants it needs (stat kinds, reminder choices) live
 * here, and the models import them from here.
 *
 * Messages to the background (and settings changes) are zod/mini schemas. What the coach reads, the
 * messages to a content script and the answers, are a few small shapes checked by hand: the coach
 * bundle, loaded with the engine on a page's first focus, then carries no zod (about 29 kB).
 * tests/unit/messaging/protocol.test.ts checks them against the same shapes written in zod.
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
 * The schemas are built on first use, not when this module loads, and only the background parses
 * with them (`parseToBackground`): the content scripts import this module for its types, its
 * constants and the hand-written checks below, and so carry no zod.
 */
function build() {
  // Extension pages and content scripts forbid eval: never let zod probe for it.
  z.config({ jitless: true });

  const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID));
  const origin = z.string().check(z.maxLength(MAX_ORIGIN));
  const phrase = z.string().check(z.maxLength(MAX_PHRASE_WIRE));
  const tabId = z.int().check(z.nonnegative());

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

  return { SettingsChangeSchema, ToBackgroundSchema };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;
function schemas(): Schemas {
  built ??= build();
  return built;
}

export type SettingsChange = z.infer<Schemas['SettingsChangeSchema']>;
export type ToBackground = z.infer<Schemas['ToBackgroundSchema']>;

/* ------------------------------------------------------------ to a tab's content script */

export type ToContent =
  | { type: 'coach:get-status' }
  /** Open the card for the focused field (the keyboard command). */
  | { type: 'coach:open-card' }
  /** "Put back": insert a saved draft into the focused field (at the caret, or over an empty field). */
  | { type: 'coach:insert-draft'; text: string };

/* ------------------------------------------------------------ answers */

export const TONE_STATES = ['none', 'calm', 'tense', 'heated'] as const;
export type ToneState = (typeof TONE_STATES)[number];

/** What the coach sees in the focused field of a tab. */
export interface FieldStatus {
  /** 'none' when no coachable field is focused (or the coach is off here). */
  state: ToneState;
  /** Number of findings in the focused field (an integer, at least 0). */
  count: number;
  /** Whether the coach is active on this page (site enabled, not paused). */
  active: boolean;
}

const INSERT_ERRORS = ['no-field', 'refused', 'partial'] as const;
/** The content script's answer to coach:insert-draft. */
export interface InsertReply {
  ok: boolean;
  /**
   * Why not: no coachable field focused in the tab; the editor refused the text (field unchanged);
   * or it took only part of it (the person should check the field).
   */
  error?: (typeof INSERT_ERRORS)[number] | undefined;
}

/** The background's answer to reminder:schedule: when the reminder is due (a finite number). */
export type ReminderReply = { ok: true; at: number } | { ok: false };

const SITE_ERRORS = ['invalid-origin', 'built-in', 'no-permission', 'failed'] as const;
/** The background's answer to site:enable / site:disable. */
export type SiteReply = { ok: true } | { ok: false; error: (typeof SITE_ERRORS)[number] };

const DRAFT_REASONS = ['too-long', 'site-full', 'full', 'empty', 'failed'] as const;
/**
 * The background's answer to draft:save (`id` as the wire's ids: 1 to 64 characters). Never a silent
 * eviction: when this site's drafts or all drafts are at their limit, the save is refused and the
 * person is told ('site-full', 'full').
 */
export type DraftReply = { ok: true; id: string } | { ok: false; reason: (typeof DRAFT_REASONS)[number] };

const SETTINGS_ERRORS = ['invalid', 'too-large', 'storage'] as const;
const AREAS = ['sync', 'local'] as const;
/** Longest `path` in a settings answer. */
const MAX_PATH = 200;
/**
 * The background's answer to settings:change. On failure nothing was written (the two storage
 * areas are written all or nothing): 'invalid' (the change breaks the schema; `path` says where),
 * 'too-large' (the synced part would pass the browser's per-item quota), 'storage' (an area
 * refused: `area` says which).
 */
export type SettingsReply =
  | { ok: true }
  | {
      ok: false;
      error: (typeof SETTINGS_ERRORS)[number];
      area?: (typeof AREAS)[number] | undefined;
      path?: string | undefined;
    };

const ACTION_REASONS = ['limit', 'too-long', 'failed'] as const;
/**
 * Answers to phrase:ignore and site:pause. `token` (for action:undo) is there when something
 * changed; without it there is nothing to undo (the phrase was already ignored, the site already
 * off).
 */
export type ActionReply =
  | { ok: true; token?: string | undefined }
  | { ok: false; reason: (typeof ACTION_REASONS)[number] };

/** The messages answered with an object, and that object. */
interface Replies {
  'coach:get-status': FieldStatus;
  'coach:insert-draft': InsertReply;
  'site:enable': SiteReply;
  'site:disable': SiteReply;
  'reminder:schedule': ReminderReply;
  'draft:save': DraftReply;
  'settings:change': SettingsReply;
  'phrase:ignore': ActionReply;
  'site:pause': ActionReply;
}
type Replied = keyof Replies;

/** The answer a message gets: an object for the types above; `true` / `false` for the rest. */
export type Reply<M extends { type: string }> = M['type'] extends Replied
  ? Replies[M['type']]
  : boolean | undefined;

/* ------------------------------------------------------------ the hand-written checks */

type Obj = Record<string, unknown>;

/** A string of `min` to `max` characters as zod counts them: code points (a surrogate pair is one). */
function isText(v: unknown, min: number, max: number): v is string {
  if (typeof v !== 'string') return false;
  // A code point is one or two units: within the bounds in units is within them in code points.
  if (v.length >= min && v.length <= max) return true;
  const n = [...v].length;
  return n >= min && n <= max;
}

/** An object as zod reads one: not null, not an array. */
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** One of `list`. */
const oneOf = (list: readonly string[], v: unknown): boolean => typeof v === 'string' && list.includes(v);
/** An optional member: absent (or undefined), or passing `check`. */
const opt = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);
/** An id on the wire: 1 to MAX_ID characters. */
const isId = (v: unknown): boolean => isText(v, 1, MAX_ID);
/**
 * A copy of `v` with `keys` only, in that order, as zod's objects give: unknown keys dropped, an
 * optional key absent from `v` left absent.
 */
function pick<T>(v: Obj, keys: readonly string[]): T {
  const out: Obj = {};
  for (const k of keys) if (k in v) out[k] = v[k];
  return out as T;
}

/** `ok: true` answers and `ok: false` answers, each checked by its own test, copied to `keys`. */
function okOr<T>(
  yes: readonly string[],
  isYes: (v: Obj) => boolean,
  no: readonly string[],
  isNo: (v: Obj) => boolean,
): (v: unknown) => T | null {
  return (v) => {
    if (!isObj(v)) return null;
    if (v.ok === true) return isYes(v) ? pick<T>(v, ['ok', ...yes]) : null;
    if (v.ok === false) return isNo(v) ? pick<T>(v, ['ok', ...no]) : null;
    return null;
  };
}

const REPLY_CHECKS: { [K in Replied]: (v: unknown) => Replies[K] | null } = {
  'coach:get-status': (v) =>
    isObj(v) &&
    oneOf(TONE_STATES, v.state) &&
    Number.isSafeInteger(v.count) &&
    (v.count as number) >= 0 &&
    typeof v.active === 'boolean'
      ? pick(v, ['state', 'count', 'active'])
      : null,
  'coach:insert-draft': (v) =>
    isObj(v) && typeof v.ok === 'boolean' && opt(v.error, (e) => oneOf(INSERT_ERRORS, e))
      ? pick(v, ['ok', 'error'])
      : null,
  'site:enable': /* @__PURE__ */ okOr(
    [],
    () => true,
    ['error'],
    (v) => oneOf(SITE_ERRORS, v.error),
  ),
  'site:disable': /* @__PURE__ */ okOr(
    [],
    () => true,
    ['error'],
    (v) => oneOf(SITE_ERRORS, v.error),
  ),
  'reminder:schedule': /* @__PURE__ */ okOr(
    ['at'],
    (v) => Number.isFinite(v.at),
    [],
    () => true,
  ),
  'draft:save': /* @__PURE__ */ okOr(
    ['id'],
    (v) => isId(v.id),
    ['reason'],
    (v) => oneOf(DRAFT_REASONS, v.reason),
  ),
  'settings:change': /* @__PURE__ */ okOr(
    [],
    () => true,
    ['error', 'area', 'path'],
    (v) =>
      oneOf(SETTINGS_ERRORS, v.error) &&
      opt(v.area, (a) => oneOf(AREAS, a)) &&
      opt(v.path, (p) => isText(p, 0, MAX_PATH)),
  ),
  'phrase:ignore': /* @__PURE__ */ okOr(
    ['token'],
    (v) => opt(v.token, isId),
    ['reason'],
    (v) => oneOf(ACTION_REASONS, v.reason),
  ),
  'site:pause': /* @__PURE__ */ okOr(
    ['token'],
    (v) => opt(v.token, isId),
    ['reason'],
    (v) => oneOf(ACTION_REASONS, v.reason),
  ),
};

/* ------------------------------------------------------------ parsing */

/** A message for a content script, or null (unknown or malformed: dropped). Never throws. */
export function parseToContent(value: unknown): ToContent | null {
  if (!isToContent(value)) return null;
  return value.type === 'coach:insert-draft' ? { type: value.type, text: value.text } : { type: value.type };
}

/** A message for the background, or null (unknown or malformed: dropped). Never throws. */
export function parseToBackground(value: unknown): ToBackground | null {
  const r = schemas().ToBackgroundSchema.safeParse(value);
  return r.success ? r.data : null;
}

/**
 * Whether `value` is a message for a content script (its three shapes; parseToContent also drops
 * anything extra).
 */
export function isToContent(value: unknown): value is ToContent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const type = (value as { type?: unknown }).type;
  if (type === 'coach:get-status' || type === 'coach:open-card') return true;
  if (type !== 'coach:insert-draft') return false;
  return isText((value as { text?: unknown }).text, 1, MAX_DRAFT_CHARS);
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
): (T extends Replied ? Replies[T] : boolean) | null {
  if (!Object.hasOwn(REPLY_CHECKS, type)) {
    return (value === true) as T extends Replied ? never : boolean;
  }
  return REPLY_CHECKS[type as Replied](value) as T extends Replied ? Replies[T] : never;
}
