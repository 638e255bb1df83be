import type { TextSnapshot } from '../fields/types';
import { clippingAncestors, visibleRect } from './clip';
import { MARK_BACKGROUND, MARK_COLOR, MARK_THICKNESS } from './style';
import type { Mark, Painter } from './types';

/**
 * Textarea/input underlines: a click-through mirror laid exactly over the field, copying the
 * properties that decide where text wraps and sits, with transparent text and underlined marks.
 * The Highlight API cannot reach inside form controls, and the field itself is never touched.
 *
 * The mirror exists only while there are marks (it holds a copy of the field's text), carries no
 * finding id or category, and is clipped to the part of the field that can be seen.
 */
const COPIED = [
  'boxSizing',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontWeight',
  'fontVariant',
  'fontStretch',
  'fontFeatureSettings',
  'fontKerning',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'textAlign',
  'direction',
  'tabSize',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
] as const;

export class MirrorPainter implements Painter {
  private readonly box: HTMLDivElement;
  private readonly content: HTMLDivElement;
  private spans = new Map<string, HTMLSpanElement>();
  private clippers: Element[] = [];

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    private readonly snapshot: () => TextSnapshot,
    private readonly layer: HTMLElement,
  ) {
    const doc = layer.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'ss-mirror';
    this.box.setAttribute('aria-hidden', 'true');
    this.content = doc.createElement('div');
    this.content.className = 'ss-mirror-content';
    this.box.append(this.content);
  }

  paint(marks: readonly Mark[]): void {
    this.spans.clear();
    if (marks.length === 0) {
      this.clear();
      return;
    }
    const text = this.snapshot().text;
    const doc = this.box.ownerDocument;
    const parts: Node[] = [];
    let at = 0;
    const sorted = [...marks].sort((a, b) => a.start - b.start);
    for (const m of sorted) {
      if (m.start < at || m.end > text.length || m.end <= m.start) continue;
      if (m.start > at) parts.push(doc.createTextNode(text.slice(at, m.start)));
      const span = doc.createElement('span');
      span.className = 'ss-mark';
      span.style.textDecorationColor = MARK_COLOR;
      span.style.textDecorationThickness = `${MARK_THICKNESS}px`;
      span.style.backgroundColor = MARK_BACKGROUND;
      span.textContent = text.slice(m.start, m.end);
      this.spans.set(m.id, span);
      parts.push(span);
      at = m.end;
    }
    if (this.spans.size === 0) {
      this.clear();
      return;
    }
    // A trailing newline needs a character after it to take up a line, as in the textarea.
    parts.push(doc.createTextNode(`${text.slice(at)}\u200b`));
    this.content.replaceChildren(...parts);
    this.clippers = clippingAncestors(this.field);
    if (!this.box.isConnected) this.layer.append(this.box);
    this.reposition();
  }

  /** No marks: no mirror, and no copy of the text. */
  private clear(): void {
    this.content.replaceChildren();
    this.box.remove();
    this.clippers = [];
  }

  reposition(): void {
    const f = this.field;
    if (!this.box.isConnected) return;
    if (!f.isConnected) {
      this.box.style.visibility = 'hidden';
      return;
    }
    const view = f.ownerDocument.defaultView;
    if (!view) return;
    const cs = view.getComputedStyle(f);
    const r = f.getBoundingClientRect();
    const s = this.box.style;
    for (const prop of COPIED) s[prop] = cs[prop];
    s.borderColor = 'transparent';
    s.left = `${r.left}px`;
    s.top = `${r.top}px`;
    s.width = `${r.width}px`;
    s.height = `${r.height}px`;
    // Only the part of the field that can be seen (scroll containers, the viewport).
    const v = visibleRect(f, this.clippers);
    if (!v) {
      s.visibility = 'hidden';
    } else {
      s.visibility = 'visible';
      s.clipPath =
        v.left > r.left + 0.5 || v.top > r.top + 0.5 || v.right < r.right - 0.5 || v.bottom < r.bottom - 0.5
          ? `inset(${v.top - r.top}px ${r.right - v.right}px ${r.bottom - v.bottom}px ${v.left - r.left}px)`
          : '';
    }
    const isInput = f instanceof HTMLInputElement;
    const c = this.content.style;
    c.whiteSpace = isInput ? 'pre' : 'pre-wrap';
    c.overflowWrap = isInput ? 'normal' : cs.overflowWrap || 'break-word';
    c.wordBreak = cs.wordBreak;
    // The textarea's scrollbar narrows its text box: match its client width.
    const padX = Number.parseFloat(cs.paddingLeft) + Number.parseFloat(cs.paddingRight);
    c.width = `${Math.max(0, f.clientWidth - padX)}px`;
    if (isInput) {
      // Inputs centre one line vertically within their content box.
      c.lineHeight = `${Math.max(0, f.clientHeight - Number.parseFloat(cs.paddingTop) - Number.parseFloat(cs.paddingBottom))}px`;
      c.width = 'max-content';
    } else {
      c.lineHeight = '';
    }
    c.transform = `translate(${-f.scrollLeft}px, ${-f.scrollTop}px)`;
  }

  rectsFor(id: string): DOMRect[] {
    const span = this.spans.get(id);
    if (!span || this.box.style.visibility === 'hidden') return [];
    const clip = visibleRect(this.field, this.clippers);
    if (!clip) return [];
    return [...span.getClientRects()].filter(
      (r) => r.right > clip.left && r.left < clip.right && r.bottom > clip.top && r.top < clip.bottom,
    );
  }

  destroy(): void {
    this.clear();
    this.spans.clear();
  }
}
