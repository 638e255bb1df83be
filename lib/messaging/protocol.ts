import type { ReminderChoice } from '../background/reminders';
import type { StatKind } from '../coach/stats';

/**
 * Every message between the extension's parts, as one typed union. Typed text never travels
 * in these messages beyond the tab it was typed in: only states and counts do. The one exception
 * is the person's own action of putting a saved draft back (coach:insert-draft, from the popup).
 */

export type ToneState = 'none' | 'calm' | 'tense' | 'heated';

/** What the coach sees in the focused field of a tab. */
export interface FieldStatus {
  /** 'none' when no coachable field is focused (or the coach is off here). */
  state: ToneState;
  /** Number of findings in the focused field. */
  count: number;
  /** Whether the coach is active on this page (site enabled, not paused). */
  active: boolean;
}

/** Messages sent to a tab's content script (from the popup or the background). */
export type ToContent =
  | { type: 'coach:get-status' }
  /** Open the card for the focused field (the keyboard command). */
  | { type: 'coach:open-card' }
  /** "Put back": insert a saved draft into the focused field (at the caret, or over an empty field). */
  | { type: 'coach:insert-draft'; text: string };

/** The content script's answer to coach:insert-draft. */
export interface InsertReply {
  ok: boolean;
  /**
   * Why not: no coachable field focused in the tab; the editor refused the text (field unchanged);
   * or it took only part of it (the person should check the field).
   */
  error?: 'no-field' | 'refused' | 'partial';
}

/** Messages sent to the background service worker. */
export type ToBackground =
  /**
   * Coach a site the person added (its host permission is already granted, from the popup or the
   * options page: permissions.request needs their click). Registers the content script for it and,
   * with `tabId`, starts it in that tab at once. `origin` as lib/settings normalizeSite gives it.
   */
  | { type: 'site:enable'; origin: string; tabId?: number }
  /** Stop coaching an added site: unregister the content script and give the permission back. */
  | { type: 'site:disable'; origin: string }
  /** Open the options page; `section: 'about'` at its About (the card's "Why?"). */
  | { type: 'options:open'; section?: 'about' }
  /** From a content script: inject a bundle (the coach, or the card's React) into its frame, once. */
  | { type: 'coach:load-bundle'; bundle: 'coach' | 'card' }
  /**
   * From a content script: count one event for the private patterns (issue 6). Counts only:
   * `categories` are category ids (the six of the guidance, or 'other'), never text. The
   * background is the one writer of the counts, so tabs cannot overwrite each other's.
   */
  | { type: 'stats:record'; kind: StatKind; categories: string[]; newMessage: boolean }
  /** From the options page: clear the counts, queued behind any record being written. */
  | { type: 'stats:clear' }
  /**
   * From a content script (the nudge, after "Save for later"): remind the person of a draft just
   * saved, as the popup does (scheduleReminder). Only the draft's id travels; the notification
   * never shows its text.
   */
  | { type: 'reminder:schedule'; draftId: string; choice: ReminderChoice };

/** The background's answer to reminder:schedule: when the reminder is due. */
export type ReminderReply = { ok: true; at: number } | { ok: false };

/** The background's answer to site:enable / site:disable. */
export type SiteReply =
  | { ok: true }
  | { ok: false; error: 'invalid-origin' | 'built-in' | 'no-permission' | 'failed' };

export type Reply<M> = M extends { type: 'coach:get-status' }
  ? FieldStatus
  : M extends { type: 'site:enable' | 'site:disable' }
    ? SiteReply
    : M extends { type: 'coach:insert-draft' }
      ? InsertReply
      : M extends { type: 'reminder:schedule' }
        ? ReminderReply
        : undefined;

export function isToContent(value: unknown): value is ToContent {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (type === 'coach:insert-draft') return typeof (value as { text?: unknown }).text === 'string';
  return type === 'coach:get-status' || type === 'coach:open-card';
}

export function isToBackground(value: unknown): value is ToBackground {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return (
    type === 'site:enable' ||
    type === 'site:disable' ||
    type === 'options:open' ||
    type === 'coach:load-bundle' ||
    type === 'stats:record' ||
    type === 'stats:clear' ||
    type === 'reminder:schedule'
  );
}
