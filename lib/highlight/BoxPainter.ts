import type { TextSnapshot } from '../fields/types';
import { visibleRect } from './clip';
import { MARK_BACKGROUND, MARK_COLOR, MARK_THICKNESS } from './style';
import type { Mark, Painter } from './types';

/**
 * Fallback for browsers without the CSS Custom Highlight API (older Firefox): click-through
 * boxes in our own shadow root, placed from the ranges' client rects and re-placed on scroll.
 */
export class BoxPainter implements Painter {
  private readonly layer: HTMLDivElement;
  private marks: readonly Mark[] = [];
  private rects = new Map<string, DOMRect[]>();

  constructor(
    private readonly field: HTMLElement,
    private readonly snapshot: () => TextSnapshot,
    parent: HTMLElement,
  ) {
    this.layer = parent.ownerDocument.createElement('div');
    this.layer.className = 'ss-boxes';
    this.layer.setAttribute('aria-hidden', 'true');
    this.parent = parent;
  }

  private readonly parent: HTMLElement;

  paint(marks: readonly Mark[]): void {
    this.marks = marks;
    this.reposition();
  }

  reposition(): void {
    if (this.marks.length === 0) {
      this.layer.replaceChildren();
      this.layer.remove();
      this.rects.clear();
      return;
    }
    if (!this.layer.isConnected) this.parent.append(this.layer);
    const doc = this.layer.ownerDocument;
    // Only the part of the field that can be seen (scroll containers, the viewport).
    const clip = visibleRect(this.field);
    if (!clip) {
      this.layer.replaceChildren();
      this.rects.clear();
      return;
    }
    const snap = this.snapshot();
    const boxes: HTMLElement[] = [];
    this.rects.clear();
    for (const m of this.marks) {
      const range = snap.rangeFor(m.start, m.end);
      if (!range) continue;
      const rects = [...range.getClientRects()].filter(
        (r) =>
          r.width > 0 &&
          r.bottom > clip.top &&
          r.top < clip.bottom &&
          r.right > clip.left &&
          r.left < clip.right,
      );
      this.rects.set(m.id, rects);
      for (const r of rects) {
        const b = doc.createElement('div');
        b.className = 'ss-box';
        b.style.cssText = `position:fixed;pointer-events:none;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;border-bottom:${MARK_THICKNESS}px solid ${MARK_COLOR};background:${MARK_BACKGROUND}`;
        boxes.push(b);
      }
    }
    this.layer.replaceChildren(...boxes);
  }

  rectsFor(id: string): DOMRect[] {
    return this.rects.get(id) ?? [];
  }

  destroy(): void {
    this.layer.remove();
    this.rects.clear();
  }
}
