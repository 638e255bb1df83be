/**
 * Contenteditable text ⇄ offsets, following the rules measured in EDITORS.md:
 * - text nodes give their text minus the filler characters U+FEFF (Slate), U+2060 (CKEditor), U+200B;
 * - a block is decided by computed `display`, not by tag name; blocks are joined by one "\n" (an empty
 *   block is an empty line), and one "\n" separates bare text from a following block;
 * - `<br>` is "\n" only when text or another `<br>` follows it in the same block (trailing and
 *   placeholder `<br>`s count for nothing);
 * - `contenteditable="false"` subtrees, editor placeholders and hidden elements are skipped;
 * - never `innerText` (it doubles the newlines between paragraphs and keeps fillers).
 *
 * One linear walk builds both the text and the map. Reading never mutates the DOM.
 */
import type { TextSnapshot } from './types';

const FILLER = /[\uFEFF\u2060\u200B]/;

export function isFiller(ch: string): boolean {
  return ch === '\uFEFF' || ch === '\u2060' || ch === '\u200B';
}

/**
 * A run of the text that maps onto one DOM place: either `len` characters of a Text node starting at
 * DOM offset `domStart` (no fillers inside the run), or, with `len` 0, a caret anchor (an empty text
 * node of fillers, or an empty block as `(element, 0)`).
 */
interface Piece {
  textStart: number;
  len: number;
  node: Node;
  domStart: number;
}

interface NodeSpan {
  start: number;
  end: number;
}

export interface TextMap extends TextSnapshot {
  readonly root: Element;
}

function isSkipped(el: Element, style: CSSStyleDeclaration): boolean {
  if (el.getAttribute('contenteditable') === 'false') return true;
  if ((el as HTMLElement).hidden === true) return true;
  // Editor placeholders are not part of the text the editor models.
  if (el.hasAttribute('data-slate-placeholder')) return true;
  return style.display === 'none';
}

function isBlockDisplay(display: string): boolean {
  return !display.startsWith('inline') && display !== 'contents';
}

/** Reads a contenteditable root into text plus a DOM map. Linear in the size of the subtree. */
export function buildTextMap(root: Element): TextMap {
  const view = root.ownerDocument.defaultView ?? window;
  const pieces: Piece[] = [];
  const spans = new Map<Node, NodeSpan>();
  const out: string[] = [];
  let pos = 0;
  let flushed = 0; // lines completed so far
  let lineStarted = false; // the separator before the current line has been written
  let open = false; // the current line has inline content (text or <br>)
  let lineAnchored = false; // the current line has a piece (text or caret anchor)
  let pendingBreaks = 0; // <br>s that count only if something follows them in the same block

  const emit = (s: string) => {
    out.push(s);
    pos += s.length;
  };
  const startLine = () => {
    if (lineStarted) return;
    if (flushed > 0) emit('\n');
    lineStarted = true;
  };
  const flush = (block: Element | null) => {
    startLine();
    if (!lineAnchored && block) pieces.push({ textStart: pos, len: 0, node: block, domStart: 0 });
    if (pendingBreaks > 1) emit('\n'.repeat(pendingBreaks - 1));
    flushed += 1;
    lineStarted = false;
    open = false;
    lineAnchored = false;
    pendingBreaks = 0;
  };

  const beginText = () => {
    startLine();
    if (pendingBreaks > 0) emit('\n'.repeat(pendingBreaks));
    pendingBreaks = 0;
    open = true;
    lineAnchored = true;
  };

  const text = (node: Text) => {
    const data = node.data;
    if (!FILLER.test(data)) {
      if (data.length > 0) {
        beginText();
        pieces.push({ textStart: pos, len: data.length, node, domStart: 0 });
      }
      const start = pos;
      emit(data);
      spans.set(node, { start, end: pos });
      return;
    }
    // Split around fillers; each run of real characters is one piece.
    let runStart = -1;
    let first = -1;
    for (let i = 0; i <= data.length; i++) {
      const filler = i === data.length || isFiller(data.charAt(i));
      if (!filler && runStart < 0) runStart = i;
      if (filler && runStart >= 0) {
        if (first < 0) {
          beginText();
          first = pos;
        }
        pieces.push({ textStart: pos, len: i - runStart, node, domStart: runStart });
        emit(data.slice(runStart, i));
        runStart = -1;
      }
    }
    if (first < 0) {
      // Only fillers: a caret anchor (Slate's empty leaf, CKEditor's inline filler). Before the
      // current line has begun (bare filler text after a block) its offset is not settled: no anchor.
      first = pos + pendingBreaks;
      if (lineStarted || flushed === 0) {
        pieces.push({ textStart: first, len: 0, node, domStart: 0 });
        lineAnchored = true;
      }
    }
    spans.set(node, { start: first, end: pos });
  };

  const walk = (node: Node, parent: Node, index: number) => {
    if (node.nodeType === 3) {
      text(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      // A caret anchor just before the <br>, at the offset its "\n" has if something follows.
      startLine(); // a <br> always ends up in a line
      pieces.push({ textStart: pos + pendingBreaks, len: 0, node: parent, domStart: index });
      lineAnchored = true;
      spans.set(el, { start: pos + pendingBreaks, end: pos + pendingBreaks });
      pendingBreaks += 1;
      open = true;
      return;
    }
    const style = view.getComputedStyle(el);
    if (isSkipped(el, style)) {
      spans.set(el, { start: pos, end: pos });
      return;
    }
    if (!isBlockDisplay(style.display)) {
      const start = pos;
      for (let c = el.firstChild, i = 0; c; c = c.nextSibling, i++) walk(c, el, i);
      spans.set(el, { start, end: pos });
      return;
    }
    if (open) flush(null);
    startLine();
    const start = pos;
    const before = flushed;
    for (let c = el.firstChild, i = 0; c; c = c.nextSibling, i++) walk(c, el, i);
    if (open || flushed === before) flush(el);
    spans.set(el, { start, end: pos });
  };

  for (let c = root.firstChild, i = 0; c; c = c.nextSibling, i++) walk(c, root, i);
  if (open) flush(null);
  const full = out.join('');
  spans.set(root, { start: 0, end: full.length });
  return makeSnapshot(root, full, pieces, spans);
}

/** Index of the first piece whose end (textStart + len) is >= offset. */
function firstEndingAtOrAfter(pieces: Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid] as Piece;
    if (p.textStart + p.len < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function domPos(p: Piece, offset: number): [Node, number] {
  if (p.node.nodeType !== 3) return [p.node, p.domStart];
  // Inside a run there are no fillers, so the DOM offset moves with the text offset.
  return [p.node, p.domStart + (offset - p.textStart)];
}

/**
 * DOM position for a text offset. `side` 'start' prefers the piece the offset begins (so a range
 * starting at a bold run starts inside it); 'end' prefers the piece it closes.
 */
function positionFor(pieces: Piece[], offset: number, side: 'start' | 'end'): [Node, number] | null {
  if (pieces.length === 0) return null;
  let i = firstEndingAtOrAfter(pieces, offset);
  let inside: Piece | null = null; // textStart < offset < end
  let opening: Piece | null = null; // textStart === offset
  let closing: Piece | null = null; // end === offset
  for (; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (p.textStart > offset) break;
    const end = p.textStart + p.len;
    if (p.textStart < offset && offset < end) inside = p;
    else if (p.textStart === offset && p.len > 0) opening ??= p;
    else if (end === offset && p.len > 0) closing = p;
    else if (p.len === 0 && p.textStart === offset) {
      opening ??= p;
      closing ??= p;
    }
    if (inside) break;
  }
  const chosen = inside ?? (side === 'start' ? (opening ?? closing) : (closing ?? opening));
  if (chosen) return domPos(chosen, offset);
  // The offset is on a synthetic "\n" (block boundary or <br>).
  const next = firstEndingAtOrAfter(pieces, offset);
  if (side === 'start') {
    const after = pieces[next];
    if (after) return domPos(after, Math.max(after.textStart, offset));
    const last = pieces[pieces.length - 1] as Piece;
    return domPos(last, last.textStart + last.len);
  }
  const prev = pieces[next - 1] ?? pieces[next];
  if (!prev) return null;
  return domPos(prev, prev.textStart + prev.len);
}

function makeSnapshot(root: Element, text: string, pieces: Piece[], spans: Map<Node, NodeSpan>): TextMap {
  const doc = root.ownerDocument;
  return {
    root,
    text,
    rangeFor(start: number, end: number): Range | null {
      try {
        if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
        if (start < 0 || end < start || end > text.length) return null;
        if (!root.isConnected) return null;
        const a = positionFor(pieces, start, 'start');
        const b = start === end ? a : positionFor(pieces, end, 'end');
        if (!a || !b) return null;
        if (!root.contains(a[0]) || !root.contains(b[0])) return null;
        const range = doc.createRange();
        range.setStart(a[0], a[1]);
        range.setEnd(b[0], b[1]);
        if (range.collapsed && start !== end) return null;
        return range;
      } catch {
        return null;
      }
    },
    offsetOf(node: Node, offset: number): number {
      try {
        if (node !== root && !root.contains(node)) return -1;
        if (node.nodeType === 3) {
          const span = spans.get(node);
          if (!span) return nearestAncestorStart(node, root, spans);
          const data = (node as Text).data;
          const limit = Math.max(0, Math.min(offset, data.length));
          let count = 0;
          for (let i = 0; i < limit; i++) if (!isFiller(data.charAt(i))) count++;
          return Math.min(span.start + count, span.end);
        }
        const children = node.childNodes;
        if (offset < children.length) {
          for (let i = offset; i < children.length; i++) {
            const s = spans.get(children[i] as Node);
            if (s) return s.start;
          }
        }
        const own = spans.get(node);
        if (own) return own.end;
        return nearestAncestorStart(node, root, spans);
      } catch {
        return -1;
      }
    },
  };
}

function nearestAncestorStart(node: Node, root: Element, spans: Map<Node, NodeSpan>): number {
  for (let n: Node | null = node.parentNode; n; n = n.parentNode) {
    const s = spans.get(n);
    if (s) return s.start;
    if (n === root) break;
  }
  return -1;
}

/** Just the text (same rules). */
export function readEditableText(root: Element): string {
  return buildTextMap(root).text;
}
