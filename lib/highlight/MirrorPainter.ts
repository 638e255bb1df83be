import { CATEGORY_COLOR, type CategoryId, thickness } from './style';
import type { Mark, Painter } from './types';

/**
 * Textarea/input underlines: a click-through mirror laid exactly over the field, copying the
 * properties that decide where text wraps and sits, with transparent text and underlined marks.
 * The Highlight API cannot reach inside form controls, and the field itself is never touched.
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

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    layer: HTMLElement,
  ) {
    const doc = layer.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'ss-mirror';
    this.box.setAttribute('aria-hidden', 'true');
    this.content = doc.createElement('div');
    this.content.className = 'ss-mirror-content';
    this.box.append(this.content);
    layer.append(this.box);
  }

  paint(marks: readonly Mark[]): void {
    const text = this.field.value;
    const doc = this.box.ownerDocument;
    const parts: Node[] = [];
    this.spans.clear();
    let at = 0;
    const sorted = [...marks].sort((a, b) => a.start - b.start);
    for (const m of sorted) {
      if (m.start < at || m.end > text.length || m.end <= m.start) continue;
      if (m.start > at) parts.push(doc.createTextNode(text.slice(at, m.start)));
      const span = doc.createElement('span');
      span.className = 'ss-mark';
      const color = CATEGORY_COLOR[m.category as CategoryId] ?? CATEGORY_COLOR.heat;
      span.style.textDecorationColor = color;
      span.style.textDecorationThickness = `${thickness(m.severity)}px`;
      span.style.backgroundColor = `${color}${m.severity >= 3 ? '26' : '14'}`;
      span.dataset.id = m.id;
      span.textContent = text.slice(m.start, m.end);
      this.spans.set(m.id, span);
      parts.push(span);
      at = m.end;
    }
    // A trailing newline needs a character after it to take up a line, as in the textarea.
    parts.push(doc.createTextNode(`${text.slice(at)}\u200b`));
    this.content.replaceChildren(...parts);
    this.reposition();
  }

  reposition(): void {
    const f = this.field;
    if (!f.isConnected) return;
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
    if (!span) return [];
    const clip = this.field.getBoundingClientRect();
    return [...span.getClientRects()].filter(
      (r) => r.right > clip.left && r.left < clip.right && r.bottom > clip.top && r.top < clip.bottom,
    );
  }

  destroy(): void {
    this.box.remove();
    this.spans.clear();
  }
}
