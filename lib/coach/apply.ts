/**
 * Applying a rewording to a coached field, and its way back (contract 1). Part of the card bundle
 * (entrypoints/card.tsx), loaded before any card shows: a click on a rewording calls it at once, in
 * the person's own click, as it did when it lived in the coach bundle.
 */
import { replaceText } from '../fields/replace';
import type { ReplaceFailure } from '../fields/types';
import type { Suggestion } from '../tone';
import type { FieldSession } from './FieldSession';

/**
 * What applying a suggestion did (contract 1). `changed` is true when the field's text now differs
 * from before the attempt, so the card must not say "nothing was altered"; `undo` is then the way
 * back (present whenever changed is true).
 */
export type ApplyResult =
  | { ok: true; undo(): Promise<boolean> }
  | { ok: false; reason: ReplaceFailure; changed: boolean; undo?: () => Promise<boolean> };

/**
 * Apply a suggestion through the editor's own path; verified by re-reading (contract 1).
 *
 * The suggestion must belong to the analysis of the text the field holds right now: when the
 * field's text differs in any way from the analysed text (a page that prepends a mention without
 * an input event), or the suggestion is not one of the current analysis, nothing is written,
 * the field is re-analysed (the card re-opens on the fresh findings) and the result is
 * `{ ok: false, reason: 'changed', changed: false }`. Offsets of an old text are never applied to
 * a new one, and the adapter itself refuses unless the flagged words still stand at the offsets
 * and the field has focus.
 *
 * On failure `changed` says whether the field's text now differs from before the attempt (an
 * editor that took only part of the edit and could not be restored); then `undo` puts back the
 * text from before, where it still can.
 */
export async function applySuggestion(session: FieldSession, s: Suggestion): Promise<ApplyResult> {
  let before: string;
  try {
    before = session.read().text;
  } catch {
    return { ok: false, reason: 'error', changed: false };
  }
  if (before !== session.text || !hasSuggestion(session, s)) {
    session.run();
    return { ok: false, reason: 'changed', changed: false };
  }
  const { el, adapter } = session;
  const expected = before.slice(s.start, s.end);
  const result = await session.quietly(() =>
    replaceText(adapter, el, s.start, s.end, s.replacement, { expected, select: s.placeholder }),
  );
  if (!result.ok) {
    const reason = result.reason ?? 'rejected';
    let after = result.text;
    try {
      after = session.read().text;
    } catch {
      // Keep the adapter's last reading.
    }
    if (after === before) return { ok: false, reason, changed: false };
    return { ok: false, reason, changed: true, undo: () => restoreText(session, after, before) };
  }
  const end = s.start + s.replacement.length;
  const undo = async () => {
    const r = await session.quietly(() =>
      replaceText(adapter, el, s.start, end, expected, { expected: s.replacement }),
    );
    return r.ok;
  };
  return { ok: true, undo };
}

/** Whether `s` is one of the current analysis's suggestions (by identity or by what it does). */
function hasSuggestion(session: FieldSession, s: Suggestion): boolean {
  return session.analysis.findings.some((f) =>
    f.suggestions.some(
      (x) => x === s || (x.start === s.start && x.end === s.end && x.replacement === s.replacement),
    ),
  );
}

/** Puts `to` back where the field holds `from` (only the differing span, guarded as any replace). */
async function restoreText(session: FieldSession, from: string, to: string): Promise<boolean> {
  let p = 0;
  const max = Math.min(from.length, to.length);
  while (p < max && from.charCodeAt(p) === to.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && from.charCodeAt(from.length - 1 - q) === to.charCodeAt(to.length - 1 - q)) q++;
  const r = await session.quietly(() =>
    replaceText(session.adapter, session.el, p, from.length - q, to.slice(p, to.length - q), {
      expected: from.slice(p, from.length - q),
    }),
  );
  return r.ok;
}
