/**
 * Replacing a range of a field's text so the page's editor keeps a correct model and its undo works
 * (the cascade measured in EDITORS.md). Adapters choose which methods to use, in which order.
 *
 * - textarea/input: focus, setSelectionRange, execCommand('insertText'); fallback: the native value
 *   setter plus a bubbling `input` event (no native undo).
 * - contenteditable: set the DOM selection, wait two animation frames (CKEditor otherwise merges the
 *   change into the previous undo step), then try the adapter's methods in order, re-reading after each:
 *   synthetic `beforeinput` insertReplacementText (DataTransfer + StaticRange), synthetic `paste` with
 *   text/plain only, execCommand('insertText'). If the page cancels our event it has taken the edit
 *   over: wait for its result and never fall through (or the text would go in twice).
 *
 * Nothing here throws: every failure is a ReplaceResult with ok false.
 */
import type { ReplaceFailure, ReplaceMethod, ReplaceResult, TextSnapshot } from './types';

export type EditMethod = 'beforeinput' | 'paste' | 'execCommand';

export interface SelectSpan {
  start: number;
  end: number;
}

/** Waits for `n` animation frames of the element's window (with a timer fallback for hidden tabs). */
export function frames(el: Element, n = 1): Promise<void> {
  const win = el.ownerDocument.defaultView ?? window;
  return new Promise((resolve) => {
    let left = n;
    let done = false;
    const timer = setTimeout(finish, 60 * n);
    function finish() {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    }
    const tick = () => {
      left -= 1;
      if (left <= 0) finish();
      else win.requestAnimationFrame(tick);
    };
    win.requestAnimationFrame(tick);
  });
}

function failure(reason: ReplaceFailure, text: string, method: ReplaceMethod = 'none'): ReplaceResult {
  return { ok: false, method, text, nativeUndo: false, reason };
}

function validRange(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}

function validSelect(replacement: string, select?: SelectSpan): SelectSpan | undefined {
  if (!select) return undefined;
  const { start, end } = select;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  if (start < 0 || end < start || end > replacement.length) return undefined;
  return select;
}

function hasLineBreak(s: string): boolean {
  return s.includes('\n') || s.includes('\r');
}

/* ------------------------------------------------------------------ textarea / input */

type TextControl = HTMLTextAreaElement | HTMLInputElement;

function nativeValueSetter(el: TextControl): ((v: string) => void) | null {
  const win = el.ownerDocument.defaultView ?? window;
  const proto =
    el.localName === 'textarea' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  const desc = Object.getOwnPropertyDescriptor(proto, 'value');
  const set = desc?.set;
  return set ? (v: string) => set.call(el, v) : null;
}

function setValueNatively(el: TextControl, value: string, inserted: string): boolean {
  const set = nativeValueSetter(el);
  if (!set) return false;
  set(value);
  const win = el.ownerDocument.defaultView ?? window;
  el.dispatchEvent(
    new win.InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertReplacementText',
      data: inserted,
    }),
  );
  return true;
}

export async function replaceInTextControl(
  el: TextControl,
  start: number,
  end: number,
  replacement: string,
  select?: SelectSpan,
): Promise<ReplaceResult> {
  let current = '';
  try {
    const original = el.value;
    current = original;
    if (!validRange(original, start, end)) return failure('bad-range', original);
    if (el.localName === 'input' && hasLineBreak(replacement)) return failure('multiline', original);
    const expected = original.slice(0, start) + replacement + original.slice(end);
    const sel = validSelect(replacement, select);
    const finish = (method: ReplaceMethod, nativeUndo: boolean): ReplaceResult => {
      if (sel) el.setSelectionRange(start + sel.start, start + sel.end);
      return { ok: true, method, text: el.value, nativeUndo };
    };
    if (original.slice(start, end) === replacement) {
      el.focus({ preventScroll: true });
      return finish('none', false);
    }

    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    const doc = el.ownerDocument;
    try {
      if (replacement === '') doc.execCommand('delete', false);
      else doc.execCommand('insertText', false, replacement);
    } catch {
      // execCommand may be unavailable; fall back below.
    }
    current = el.value;
    if (current === expected) return finish('execCommand', true);
    if (current !== original) {
      // The page changed it differently (e.g. maxlength). Put the original back.
      setValueNatively(el, original, original.slice(start, end));
      el.setSelectionRange(start, end);
      return failure('mismatch', el.value, 'execCommand');
    }
    // execCommand had no effect: set the value the way the page's framework sees it.
    el.setSelectionRange(start, end);
    if (!setValueNatively(el, expected, replacement)) return failure('rejected', el.value);
    el.setSelectionRange(start + replacement.length, start + replacement.length);
    await Promise.resolve();
    current = el.value;
    if (current === expected) return finish('native-setter', false);
    if (current !== original) {
      setValueNatively(el, original, original.slice(start, end));
      return failure('mismatch', el.value, 'native-setter');
    }
    return failure('rejected', current, 'native-setter');
  } catch {
    return failure('error', safeValue(el, current));
  }
}

function safeValue(el: TextControl, fallback: string): string {
  try {
    return el.value;
  } catch {
    return fallback;
  }
}

/* ------------------------------------------------------------------ contenteditable */

export interface EditableOptions {
  /** Methods to try, in order. */
  methods: readonly EditMethod[];
  /** How to read the field (defaults to the generic text map). */
  read: (el: Element) => TextSnapshot;
  /**
   * The editor keeps its own undo history, so a change it applied itself (from our beforeinput or
   * paste) is undone by Ctrl+Z. Plain contenteditable relies on the browser's undo (execCommand only).
   */
  editorUndo: boolean;
}

function selectionFor(el: Element): Selection | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  const own = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection;
  if (root.nodeType === 11 && typeof own === 'function') return own.call(root);
  return el.ownerDocument.getSelection();
}

function applyRange(el: Element, range: Range): void {
  const sel = el.ownerDocument.getSelection();
  sel?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}

/** The current selection as text offsets in `snap`, or null. */
function selectedOffsets(el: Element, snap: TextSnapshot): [number, number] | null {
  const sel = selectionFor(el);
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  const a = snap.offsetOf(sel.anchorNode, sel.anchorOffset);
  const b = snap.offsetOf(sel.focusNode, sel.focusOffset);
  if (a < 0 || b < 0) return null;
  return a <= b ? [a, b] : [b, a];
}

function makeDataTransfer(win: Window & typeof globalThis, text: string): DataTransfer {
  const dt = new win.DataTransfer();
  dt.setData('text/plain', text);
  return dt;
}

/** Dispatches one method. Returns whether the page cancelled our event (it took the edit over). */
function dispatch(el: HTMLElement, method: EditMethod, range: Range, replacement: string): boolean {
  const doc = el.ownerDocument;
  const win = (doc.defaultView ?? window) as Window & typeof globalThis;
  if (method === 'beforeinput') {
    const target = new win.StaticRange({
      startContainer: range.startContainer,
      startOffset: range.startOffset,
      endContainer: range.endContainer,
      endOffset: range.endOffset,
    });
    const event = new win.InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      data: null,
      dataTransfer: makeDataTransfer(win, replacement),
      targetRanges: [target],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  }
  if (method === 'paste') {
    const event = new win.ClipboardEvent('paste', {
      clipboardData: makeDataTransfer(win, replacement),
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  }
  if (replacement === '') doc.execCommand('delete', false);
  else doc.execCommand('insertText', false, replacement);
  return false;
}

/**
 * After an attempt, waits for the field to settle. If the page took the event over, waits (up to
 * ~0.6 s) for the expected text or for a changed text that stays put; otherwise gives the editor a
 * few frames to reconcile its DOM.
 */
async function settle(
  el: HTMLElement,
  read: () => string,
  original: string,
  expected: string,
  handled: boolean,
): Promise<string> {
  let text = read();
  if (text === expected) return text;
  const limit = handled ? 36 : 3;
  let last = text;
  let stable = 0;
  for (let i = 0; i < limit; i++) {
    await frames(el, 1);
    text = read();
    if (text === expected) return text;
    if (text !== original) {
      stable = text === last ? stable + 1 : 0;
      if (stable >= 2) return text;
    }
    last = text;
  }
  return text;
}

/** Common prefix/suffix diff: the smallest [start, end) of `from` to replace with a slice of `to`. */
function diffRange(from: string, to: string): { start: number; end: number; insert: string } {
  let p = 0;
  const max = Math.min(from.length, to.length);
  while (p < max && from.charCodeAt(p) === to.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && from.charCodeAt(from.length - 1 - s) === to.charCodeAt(to.length - 1 - s)) s++;
  return { start: p, end: from.length - s, insert: to.slice(p, to.length - s) };
}

export async function replaceInEditable(
  el: HTMLElement,
  start: number,
  end: number,
  replacement: string,
  opts: EditableOptions,
  select?: SelectSpan,
): Promise<ReplaceResult> {
  let lastText = '';
  const readText = () => {
    lastText = opts.read(el).text;
    return lastText;
  };
  try {
    const before = opts.read(el);
    const original = before.text;
    lastText = original;
    if (!validRange(original, start, end)) return failure('bad-range', original);
    if (hasLineBreak(replacement)) return failure('multiline', original);
    if (!el.isContentEditable) return failure('rejected', original);
    const expected = original.slice(0, start) + replacement + original.slice(end);
    const sel = validSelect(replacement, select);

    const finish = async (method: ReplaceMethod, nativeUndo: boolean): Promise<ReplaceResult> => {
      if (sel) {
        const range = opts.read(el).rangeFor(start + sel.start, start + sel.end);
        if (range) {
          applyRange(el, range);
          await frames(el, 1);
        }
      }
      return { ok: true, method, text: readText(), nativeUndo };
    };

    if (original.slice(start, end) === replacement) {
      el.focus({ preventScroll: true });
      return finish('none', false);
    }

    const range = before.rangeFor(start, end);
    if (!range) return failure('bad-range', original);
    el.focus({ preventScroll: true });
    applyRange(el, range);
    await frames(el, 2);

    let tried: EditMethod | null = null;
    for (const method of opts.methods) {
      const snap = opts.read(el);
      if (snap.text !== original) {
        // A previous attempt landed late.
        if (snap.text === expected && tried) return finish(tried, tried === 'execCommand' || opts.editorUndo);
        return failure('changed', snap.text);
      }
      // The editor may have normalised the selection; put it back if it no longer covers the range.
      let target = snap.rangeFor(start, end);
      if (!target) return failure('bad-range', snap.text);
      const selected = selectedOffsets(el, snap);
      if (!selected || selected[0] !== start || selected[1] !== end) {
        applyRange(el, target);
        await frames(el, 2);
        target = opts.read(el).rangeFor(start, end) ?? target;
      }

      let handled = false;
      tried = method;
      try {
        handled = dispatch(el, method, target, replacement);
      } catch {
        continue; // This method is not available here; nothing happened.
      }
      const text = await settle(el, readText, original, expected, handled);
      if (text === expected) {
        const nativeUndo = method === 'execCommand' || opts.editorUndo || handled;
        return finish(method, nativeUndo);
      }
      if (text !== original) {
        // The page changed the text, but not to what we asked for: never fall through (no double
        // insert); try to put the original back.
        await restore(el, opts, method, text, original);
        return failure('mismatch', readText(), method);
      }
      // The page cancelled our event and kept the text as it was: it refused the edit. Falling
      // through could make it apply twice if it answers late, so stop here.
      if (handled) return failure('rejected', text, method);
    }
    return failure('rejected', readText());
  } catch {
    try {
      return failure('error', readText());
    } catch {
      return failure('error', lastText);
    }
  }
}

/** Best effort: replace the differing span of `now` with the original's, using the same method. */
async function restore(
  el: HTMLElement,
  opts: EditableOptions,
  method: EditMethod,
  now: string,
  original: string,
): Promise<void> {
  try {
    const d = diffRange(now, original);
    if (hasLineBreak(d.insert)) return;
    const range = opts.read(el).rangeFor(d.start, d.end);
    if (!range) return;
    applyRange(el, range);
    await frames(el, 2);
    const handled = dispatch(el, method, range, d.insert);
    await settle(el, () => opts.read(el).text, now, original, handled);
  } catch {
    // Restoring is best effort; the caller reports the field's actual text.
  }
}
