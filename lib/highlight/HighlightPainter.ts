import type { TextSnapshot } from '../fields/types';
import { highlightCss, highlightName } from './style';
import type { Mark, Painter } from './types';

/**
 * Contenteditable underlines with the CSS Custom Highlight API: the DOM and the editor's model
 * are untouched, and the browser keeps the marks in place through scrolling and reflow.
 * Ranges are rebuilt from text offsets on every paint (never kept across edits).
 *
 * The page can read the highlight registry (which words are underlined) and the adopted rule,
 * but the name is random per page and every finding looks alike (see style.ts): no rule,
 * category or severity is told there.
 */

const styled = new WeakSet<Document | ShadowRoot>();

/** Adds the ::highlight rules to the document or shadow root the field lives in, once. */
function ensureStyles(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  const view = (root instanceof Document ? root : root.ownerDocument).defaultView;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(highlightCss());
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** One shared Highlight per name and document, so several fields can be painted at once. */
const owners = new Map<string, Map<object, Range[]>>();

function publish(name: string, registry: HighlightRegistry): void {
  const byOwner = owners.get(name);
  const ranges = byOwner ? [...byOwner.values()].flat() : [];
  if (ranges.length === 0) registry.delete(name);
  else registry.set(name, new Highlight(...ranges));
}

export function highlightApiAvailable(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return Boolean(view && 'CSS' in view && view.CSS && 'highlights' in view.CSS && 'Highlight' in view);
}

export class HighlightPainter implements Painter {
  private ranges = new Map<string, Range>();
  private names = new Set<string>();
  private readonly registry: HighlightRegistry;

  constructor(
    field: HTMLElement,
    private readonly snapshot: () => TextSnapshot,
  ) {
    const view = field.ownerDocument.defaultView as Window & typeof globalThis;
    this.registry = view.CSS.highlights;
    const root = field.getRootNode();
    ensureStyles(field.ownerDocument);
    if (root instanceof ShadowRoot) ensureStyles(root);
  }

  paint(marks: readonly Mark[]): void {
    const snap = this.snapshot();
    const byName = new Map<string, Range[]>();
    this.ranges.clear();
    for (const m of marks) {
      const range = snap.rangeFor(m.start, m.end);
      if (!range) continue;
      this.ranges.set(m.id, range);
      const name = highlightName();
      const list = byName.get(name) ?? [];
      list.push(range);
      byName.set(name, list);
    }
    const touched = new Set([...this.names, ...byName.keys()]);
    for (const name of touched) {
      let byOwner = owners.get(name);
      if (!byOwner) {
        byOwner = new Map();
        owners.set(name, byOwner);
      }
      const list = byName.get(name);
      if (list) byOwner.set(this, list);
      else byOwner.delete(this);
      publish(name, this.registry);
    }
    this.names = new Set(byName.keys());
  }

  reposition(): void {
    // The browser lays highlights out itself.
  }

  rectsFor(id: string): DOMRect[] {
    const range = this.ranges.get(id);
    return range ? [...range.getClientRects()] : [];
  }

  destroy(): void {
    for (const name of this.names) {
      owners.get(name)?.delete(this);
      publish(name, this.registry);
    }
    this.names.clear();
    this.ranges.clear();
  }
}
