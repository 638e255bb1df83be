/** One underline to draw: a text range of the field and how it looks. */
export interface Mark {
  id: string;
  start: number;
  end: number;
  category: string;
  severity: number;
}

/** Draws a field's marks without touching the page's DOM inside the field or the editor's model. */
export interface Painter {
  /** Replace every mark of this field. Offsets are into the field's current text. */
  paint(marks: readonly Mark[]): void;
  /** Re-place drawn marks after scrolling, resizing or reflow (no-op where the browser does it). */
  reposition(): void;
  /** Client rects of one mark (for hit-testing hover/click and anchoring the card). */
  rectsFor(id: string): DOMRect[];
  /** Remove every mark. */
  destroy(): void;
}
