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
 * Every write is guarded (contract 1): the caller states the exact words it expects at [start, end),
 * and right before writing, and again before any fallback method, the field is re-read. Nothing is
 * written when those words are not there ('changed') or when the field is not the focused element
 * ('not-active': execCommand writes wherever focus is, so a page that moves focus would get the
 * words in another field). A fallback runs only when a re-read shows the text exactly as before, so
 * one call never writes twice.
 *
 * Firefox: a content script sees the page through Xray wrappers. A DataTransfer it makes (or fills)
 * itself carries its own principal, and the page then reads it as empty: Lexical, Slate, Quill and
 * CKEditor received an empty edit and deleted the words (measured in Firefox ESR 153). So where the
 * page world is reachable (`wrappedJSObject` and `cloneInto`, which exist only in Firefox content
 * scripts: feature-detected, never the user agent), events and their DataTransfer are built with the
 * page's own constructors and filled through the page's own methods. Firefox's ClipboardEvent
 * ignores `clipboardData` in its init and takes `{ dataType, data }` instead (Draft.js reads that).
 *
 * Nothing here throws: every failure is a ReplaceResult with ok false.
 */
import type {
  EditMethod,
  FieldAdapter,
  FieldElement,
  ReplaceFailure,
  ReplaceMethod,
  ReplaceOptions,
  ReplaceResult,
  TextSnapshot,
} from './types';

/**
 * Replace text[start, end) of the field `el` with `replacement` the way its editor (`adapter`)
 * accepts, so its model stays right and its undo works; then re-read and verify. Writes only when
 * `opts.expected` stands at [start, end) and the field is the focused element (deep through shadow
 * roots, in its own document), and never twice for one call: a fallback method is tried only when a
 * re-read shows the text exactly as before. On failure the text is unchanged or restored, and
 * `text` says what the field holds now.
 *
 * This file loads with the card (entrypoints/card.tsx): only a person's action writes (a rewording,
 * its Undo, a draft put back, a field cleared after saving).
 */
export function replaceText(
  adapter: FieldAdapter,
  el: FieldElement,
  start: number,
  end: number,
  replacement: string,
  opts: ReplaceOptions,
): Promise<ReplaceResult> {
  const edit = adapter.edit;
  return edit
    ? replaceInEditable(
        el as HTMLElement,
        start,
        end,
        replacement,
        { methods: edit.methods, read: adapter.read, editorUndo: edit.editorUndo },
        opts,
      )
    : replaceInTextControl(el as TextControl, start, end, replacement, opts);
}

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

/**
 * Whether `el` is the focused element of its own document, deep through shadow roots (open or
 * closed: walked upwards from the field). Inside a contenteditable, focus on an editable descendant
 * of the same editing host counts too.
 */
export function isActive(el: Element): boolean {
  try {
    let node: Element = el;
    for (let depth = 0; depth < 64; depth++) {
      const root = node.getRootNode() as Document | ShadowRoot;
      if (root.nodeType !== 9 && root.nodeType !== 11) return false; // not connected
      const active = root.activeElement;
      if (!active) return false;
      if (active !== node) {
        const sameHost =
          node === el &&
          (el as HTMLElement).isContentEditable === true &&
          el.contains(active) &&
          (active as HTMLElement).isContentEditable === true;
        if (!sameHost) return false;
      }
      if (root.nodeType === 9) return true;
      node = (root as ShadowRoot).host;
    }
    return false;
  } catch {
    return false;
  }
}

/* ------------------------------------------------------------------ the page's world (Firefox) */

/** An object of the page's own world, reached through a Firefox content script's waiver. */
// biome-ignore lint/suspicious/noExplicitAny: the page's own constructors have no static types here
type PageObject = any;

interface PageWorld {
  /** The page's own window (`wrappedJSObject`): its constructors and methods run as the page. */
  win: PageObject;
  /** A plain object copied into the page's world, DOM objects passed through. */
  clone(obj: object): PageObject;
}

/** The page's world when this code runs in a Firefox content script, else null (Chromium, a page). */
export function pageWorld(win: Window): PageWorld | null {
  try {
    const waived = (win as Window & { wrappedJSObject?: unknown }).wrappedJSObject;
    const cloneInto = (globalThis as { cloneInto?: (o: object, scope: object, opts?: object) => unknown })
      .cloneInto;
    if (!waived || typeof cloneInto !== 'function') return null;
    return { win: waived, clone: (obj) => cloneInto(obj, win, { wrapReflectors: true }) };
  } catch {
    return null;
  }
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
  opts: ReplaceOptions,
): Promise<ReplaceResult> {
  let current = '';
  try {
    const original = el.value;
    current = original;
    if (!validRange(original, start, end)) return failure('bad-range', original);
    if (original.slice(start, end) !== opts.expected) return failure('changed', original);
    if (el.localName === 'input' && hasLineBreak(replacement)) return failure('multiline', original);
    const expected = original.slice(0, start) + replacement + original.slice(end);
    const sel = validSelect(replacement, opts.select);
    const finish = (method: ReplaceMethod, nativeUndo: boolean): ReplaceResult => {
      if (sel) el.setSelectionRange(start + sel.start, start + sel.end);
      return { ok: true, method, text: el.value, nativeUndo };
    };
    if (original.slice(start, end) === replacement) {
      el.focus({ preventScroll: true });
      return finish('none', false);
    }

    el.focus({ preventScroll: true });
    // Focus handlers may have moved focus or changed the text: check right before writing.
    if (el.value !== original) return failure('changed', el.value);
    if (!isActive(el)) return failure('not-active', original);
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
    // execCommand had no effect. The fallback writes only where execCommand could not have
    // written elsewhere: the field still focused, its text exactly as before.
    if (!isActive(el)) return failure('not-active', current, 'execCommand');
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
  read: (el: HTMLElement) => TextSnapshot;
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

/** Waits for the page's timers due within `ms` to run (editors react to focus on a short timer). */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Puts the selection on [start, end) of the field and waits until the editor has seen it: the
 * browser's `selectionchange` (editors such as ProseMirror copy the DOM selection into their own
 * state only then), then two frames; up to three times, when the editor puts its own selection
 * back meanwhile. Returns the last snapshot, or null when the selection would not stay.
 */
async function selectSpan(
  el: HTMLElement,
  read: (el: HTMLElement) => TextSnapshot,
  start: number,
  end: number,
): Promise<TextSnapshot | null> {
  let snap = read(el);
  for (let attempt = 0; attempt < 3; attempt++) {
    const selected = selectedOffsets(el, snap);
    if (selected && selected[0] === start && selected[1] === end && attempt > 0) return snap;
    const range = snap.rangeFor(start, end);
    if (!range) return null;
    const doc = el.ownerDocument;
    const seen = new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        doc.removeEventListener('selectionchange', done);
        resolve();
      };
      const timer = setTimeout(done, 150);
      doc.addEventListener('selectionchange', done);
    });
    applyRange(el, range);
    await seen;
    await frames(el, 2);
    snap = read(el);
  }
  const selected = selectedOffsets(el, snap);
  return selected && selected[0] === start && selected[1] === end ? snap : null;
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
  const page = pageWorld(win);
  if (page) {
    // Made and filled by the page's own constructor and method, so the page can read it.
    const dt = new page.win.DataTransfer();
    dt.setData('text/plain', text);
    return dt;
  }
  const dt = new win.DataTransfer();
  dt.setData('text/plain', text);
  return dt;
}

/** Dispatches one method. Returns whether the page cancelled our event (it took the edit over). */
function dispatch(el: HTMLElement, method: EditMethod, range: Range, replacement: string): boolean {
  const doc = el.ownerDocument;
  const win = (doc.defaultView ?? window) as Window & typeof globalThis;
  const page = pageWorld(win);
  if (method === 'beforeinput') {
    const bounds = {
      startContainer: range.startContainer,
      startOffset: range.startOffset,
      endContainer: range.endContainer,
      endOffset: range.endOffset,
    };
    const init = {
      inputType: 'insertReplacementText',
      data: null,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    const dataTransfer = makeDataTransfer(win, replacement);
    const event: InputEvent = page
      ? new page.win.InputEvent(
          'beforeinput',
          page.clone({ ...init, dataTransfer, targetRanges: [new page.win.StaticRange(page.clone(bounds))] }),
        )
      : new win.InputEvent('beforeinput', {
          ...init,
          dataTransfer,
          targetRanges: [new win.StaticRange(bounds)],
        });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  }
  if (method === 'paste') {
    const init = { bubbles: true, cancelable: true, composed: true };
    // Firefox's ClipboardEvent ignores clipboardData in its init and makes one from { dataType,
    // data } (Chromium ignores those two).
    const firefox = { dataType: 'text/plain', data: replacement };
    const event: ClipboardEvent = page
      ? new page.win.ClipboardEvent('paste', page.clone({ ...init, ...firefox }))
      : new win.ClipboardEvent('paste', {
          ...init,
          ...firefox,
          clipboardData: makeDataTransfer(win, replacement),
        } as ClipboardEventInit);
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
  ro: ReplaceOptions,
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
    if (original.slice(start, end) !== ro.expected) return failure('changed', original);
    if (hasLineBreak(replacement)) return failure('multiline', original);
    if (!el.isContentEditable) return failure('rejected', original);
    const expected = original.slice(0, start) + replacement + original.slice(end);
    const sel = validSelect(replacement, ro.select);

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

    // Deleting is written as replacing the span and one neighbouring character with that character
    // (same resulting text): an empty paste is no deletion, and editors answer it in their own
    // ways (ProseMirror moves focus to a capture element to read the clipboard).
    let ws = start;
    let we = end;
    let wr = replacement;
    if (wr === '') {
      const next = original.charCodeAt(end);
      const prev = original.charCodeAt(start - 1);
      const plain = (c: number) => !Number.isNaN(c) && c !== 10 && c !== 13 && (c < 0xd800 || c > 0xdfff);
      if (plain(next)) {
        we = end + 1;
        wr = original.charAt(end);
      } else if (plain(prev)) {
        ws = start - 1;
        wr = original.charAt(start - 1);
      }
    }
    const range = before.rangeFor(ws, we);
    if (!range) return failure('bad-range', original);
    el.focus({ preventScroll: true });
    if (!isActive(el)) return failure('not-active', readText());
    // Editors answer focus on a short timer (ProseMirror puts its own selection back after 20 ms):
    // let that run before choosing the selection.
    await pause(30);

    let tried: EditMethod | null = null;
    for (const method of opts.methods) {
      // Re-read right before writing: the words must stand as before, the field must have focus.
      let snap = opts.read(el);
      if (snap.text !== original) {
        // A previous attempt landed late.
        if (snap.text === expected && tried) return finish(tried, tried === 'execCommand' || opts.editorUndo);
        return failure('changed', snap.text);
      }
      if (!isActive(el)) return failure('not-active', snap.text);
      // Select the span and let the editor see it (it may have normalised or replaced it).
      const selectedSnap = await selectSpan(el, opts.read, ws, we);
      snap = selectedSnap ?? opts.read(el);
      if (snap.text !== original) return failure('changed', snap.text);
      if (!isActive(el)) return failure('not-active', snap.text);
      if (!selectedSnap) return failure('rejected', snap.text, tried ?? 'none');
      const target = snap.rangeFor(ws, we);
      if (!target) return failure('bad-range', snap.text);

      let handled = false;
      tried = method;
      try {
        handled = dispatch(el, method, target, wr);
      } catch {
        continue; // This method is not available here; nothing happened.
      }
      const text = await settle(el, readText, original, expected, handled);
      if (text === expected) {
        const nativeUndo = method === 'execCommand' || opts.editorUndo || handled;
        return finish(method, nativeUndo);
      }
      if (text !== original) {
        // The page changed the text, but not to what we asked for (e.g. it read our words as
        // empty and only deleted): never fall through (no double insert); put the original back.
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

/**
 * Best effort: puts `original` back by replacing the differing span of `now`, with the method that
 * made the change, then (only while the text is still exactly `now`) with the adapter's other
 * methods. Each write is guarded like a replace: the field focused, its text as last read.
 */
async function restore(
  el: HTMLElement,
  opts: EditableOptions,
  first: EditMethod,
  now: string,
  original: string,
): Promise<void> {
  const methods = [first, ...opts.methods.filter((m) => m !== first)];
  for (const method of methods) {
    try {
      const snap = opts.read(el);
      if (snap.text !== now || !isActive(el)) return;
      const d = diffRange(now, original);
      if (hasLineBreak(d.insert)) return;
      // An empty insert is written as its neighbour replacing itself plus the span (see above).
      if (d.insert === '') {
        if (d.end < now.length && now[d.end] !== '\n') {
          d.insert = now.charAt(d.end);
          d.end += 1;
        } else if (d.start > 0 && now[d.start - 1] !== '\n') {
          d.start -= 1;
          d.insert = now.charAt(d.start);
        }
      }
      const again = await selectSpan(el, opts.read, d.start, d.end);
      if (!again || again.text !== now || !isActive(el)) return;
      const target = again.rangeFor(d.start, d.end);
      if (!target) return;
      const handled = dispatch(el, method, target, d.insert);
      const text = await settle(el, () => opts.read(el).text, now, original, handled);
      if (text !== now) return; // restored, or changed again: either way, no second write
    } catch {
      // Restoring is best effort; the caller reports the field's actual text.
    }
  }
}
