/**
 * "Put back" (from the popup's drafts): a saved draft's text into the focused field, through the
 * field's adapter. In-page only, in the card bundle (loaded when a draft is put back, if no card
 * loaded it before); the drafts themselves are lib/models/drafts.ts.
 */
import { replaceText } from '../fields/replace';
import type { FieldAdapter } from '../fields/types';

/** Where a draft goes in a field: over an empty field, else at the caret (or at the end). */
export function insertionRange(
  fieldText: string,
  caret: { start: number; end: number } | null,
): { start: number; end: number } {
  if (fieldText.trim() === '') return { start: 0, end: fieldText.length };
  if (caret && caret.start >= 0 && caret.end >= caret.start && caret.end <= fieldText.length) {
    return { start: caret.start, end: caret.end };
  }
  return { start: fieldText.length, end: fieldText.length };
}

/** What putting a draft back needs of a coached field (a FieldSession fits). */
export interface InsertTarget {
  readonly el: HTMLElement;
  readonly adapter: FieldAdapter;
  read(): {
    text: string;
    offsetOf(node: Node, offset: number): number;
    rangeFor(start: number, end: number): Range | null;
  };
}

/** The caret (selection) in the field as offsets of its text, or null when it is not in there. */
function caretOf(target: InsertTarget, snapshot: ReturnType<InsertTarget['read']>) {
  const el = target.el;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const { selectionStart: start, selectionEnd: end } = el;
    return start === null || end === null ? null : { start, end };
  }
  const root = el.getRootNode() as Document | ShadowRoot;
  const sel =
    'getSelection' in root && typeof root.getSelection === 'function'
      ? root.getSelection()
      : el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  if (!el.contains(r.startContainer) || !el.contains(r.endContainer)) return null;
  const start = snapshot.offsetOf(r.startContainer, r.startOffset);
  const end = snapshot.offsetOf(r.endContainer, r.endOffset);
  return start < 0 || end < 0 ? null : { start: Math.min(start, end), end: Math.max(start, end) };
}

/** How putting a draft back went: in; refused with the field unchanged; or in only in part. */
export type InsertOutcome = 'ok' | 'refused' | 'partial';

/**
 * Puts a draft's text into the field through its adapter (the editor's own model and undo), at
 * the caret or over an empty field. An empty rich editor the adapter cannot write to (no text node
 * to map to, or a draft with line breaks) gets the text typed the way the browser types it: lines
 * as insertText, breaks as insertLineBreak, which the editor's own beforeinput handling applies to
 * its model. A rich editor with words in it is never typed into that way (a multi-line draft is
 * refused there, to be copied instead), so nothing already in the field is disturbed. Never throws.
 */
export async function insertDraft(target: InsertTarget, text: string): Promise<InsertOutcome> {
  let before: string | null = null;
  try {
    if (!text) return 'refused';
    const snap = target.read();
    before = snap.text;
    const { start, end } = insertionRange(snap.text, caretOf(target, snap));
    target.el.focus({ preventScroll: true });
    const there = snap.text.slice(start, end);
    if ((await replaceText(target.adapter, target.el, start, end, text, { expected: there })).ok) return 'ok';
    const el = target.el;
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return 'refused';
    if (target.read().text !== snap.text) return 'partial';
    // Typing it in could disturb words already there: only into an empty field.
    if (snap.text.trim() !== '') return 'refused';
    const expected = snap.text.slice(0, start) + text + snap.text.slice(end);
    await typeInto(target, snap, start, end, text);
    const now = target.read().text;
    return now === expected ? 'ok' : now === snap.text ? 'refused' : 'partial';
  } catch {
    try {
      return before === null || target.read().text === before ? 'refused' : 'partial';
    } catch {
      return 'refused';
    }
  }
}

const settle = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function typeInto(
  target: InsertTarget,
  snap: ReturnType<InsertTarget['read']>,
  start: number,
  end: number,
  text: string,
): Promise<void> {
  const el = target.el;
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return;
  // The caret the person left in the field (an empty editor's own paragraph) is the best place;
  // otherwise the end of the field.
  const inside = sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).startContainer);
  if (!inside || snap.text !== '') {
    let range = snap.text === '' ? null : snap.rangeFor(start, end);
    if (!range) {
      range = doc.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
    }
    sel.removeAllRanges();
    sel.addRange(range);
    await settle(20);
  }
  const win = (doc.defaultView ?? window) as Window & typeof globalThis;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) {
      // Editors with a model (Lexical…) take the break from beforeinput; a plain contenteditable
      // from the browser's own command. Never both: the command after a handled break misfires.
      const br = new win.InputEvent('beforeinput', {
        inputType: 'insertLineBreak',
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      el.dispatchEvent(br);
      if (!br.defaultPrevented) doc.execCommand('insertLineBreak');
      await settle(20);
    }
    const line = lines[i] ?? '';
    if (!line) continue;
    const was = target.read().text;
    doc.execCommand('insertText', false, line);
    await settle(20);
    if (target.read().text === was) {
      el.dispatchEvent(
        new win.InputEvent('beforeinput', {
          inputType: 'insertText',
          data: line,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
      await settle(20);
    }
  }
  await settle(20);
}
