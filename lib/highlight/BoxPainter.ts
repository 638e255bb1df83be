import type { TextSnapshot } from '../fields/types';
import { CATEGORY_COLOR, type CategoryId, thickness } from './style';
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
    parent.append(this.layer);
  }

  paint(marks: readonly Mark[]): void {
    this.marks = marks;
    this.reposition();
  }

  reposition(): void {
    const snap = this.snapshot();
    const doc = this.layer.ownerDocument;
    const clip = this.field.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    this.rects.clear();
    for (const m of this.marks) {
      const range = snap.rangeFor(m.start, m.end);
      if (!range) continue;
      const rects = [...range.getClientRects()].filter(
        (r) => r.width > 0 && r.bottom > clip.top && r.top < clip.bottom,
      );
      this.rects.set(m.id, rects);
      const color = CATEGORY_COLOR[m.category as CategoryId] ?? CATEGORY_COLOR.heat;
      for (const r of rects) {
        const b = doc.createElement('div');
        b.className = 'ss-box';
        b.style.cssText = `position:fixed;pointer-events:none;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;border-bottom:${thickness(m.severity)}px solid ${color};background:${color}14`;
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
