/**
 * The extension's own layer on a page: one host element with a closed shadow root, holding the
 * badge, textarea mirrors, fallback boxes and the card. Page styles do not reach inside, page
 * scripts cannot find or press our controls nor read what they say (`host.shadowRoot` is null),
 * and nothing inside the page's fields is touched. Everything is click-through except our controls.
 * The host carries only neutral attributes: no verdict, count or state.
 */
import { OVERLAY_CSS } from './overlay-css';

export const HOST_TAG = 'soft-start-overlay';

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Click-through layer for underlines drawn by us (mirrors, boxes). */
  readonly marks: HTMLElement;
  /** Interactive layer for the badge and the card. */
  readonly controls: HTMLElement;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute('data-softstart', 'off');
    // Fixed, zero-size, on top; `all: initial` keeps page CSS from leaking into the host box.
    this.host.style.cssText =
      'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;pointer-events:none;';
    this.root = this.host.attachShadow({ mode: shadowMode(doc) });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.marks = doc.createElement('div');
    this.marks.className = 'ss-marks';
    this.controls = doc.createElement('div');
    this.controls.className = 'ss-controls';
    this.root.append(style, this.marks, this.controls);
  }

  /** Attaches the host lazily, the first time something is drawn. */
  ensureAttached(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.root.contains(node));
  }

  destroy(): void {
    this.host.remove();
  }
}

/**
 * Closed in every build. Only the e2e build (`MODE === 'e2e'`, folded away elsewhere) opens it for
 * a page whose <html> carries `data-softstart-e2e-open` (set by the Playwright fixture before any
 * page script runs), so tests can reach the card with locators; hostile-page specs leave it off.
 */
function shadowMode(doc: Document): ShadowRootMode {
  if (import.meta.env.MODE === 'e2e' && doc.documentElement?.hasAttribute('data-softstart-e2e-open')) {
    return 'open';
  }
  return 'closed';
}
