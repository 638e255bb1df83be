import { browser } from 'wxt/browser';
import type { Mood } from './paragraphs';
import { t } from './strings';

const SIZE = 22;
const GAP = 4;
/**
 * A multi-line field smaller than this (a chat composer of a line or three, or a narrow one) has
 * text in its corner as soon as a line is full: the badge goes outside it.
 */
const ROOMY_HEIGHT = 96;
const ROOMY_WIDTH = 320;

interface Spot {
  left: number;
  top: number;
  /** Inside the field's box (only when the field has room in that corner). */
  inside?: boolean;
}

let plural: Intl.PluralRules | undefined;

/** The browser's plural rules for the UI language ("1 suggestion", "2 suggestions"). */
function pluralOf(count: number): Intl.LDMLPluralRule {
  if (!plural) {
    let lang = 'en';
    try {
      lang = browser.i18n.getUILanguage() || navigator.language || 'en';
    } catch {
      lang = typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
    }
    try {
      plural = new Intl.PluralRules(lang);
    } catch {
      plural = new Intl.PluralRules('en');
    }
  }
  return plural.select(count);
}

/** The badge's accessible name and tooltip, with the count in the browser's plural form. */
export function badgeLabel(mood: Mood, count: number): string {
  if (mood === 'calm' || count === 0) return t('badgeLabelCalm');
  const state = mood === 'tense' ? t('stateTense') : t('stateHeated');
  return pluralOf(count) === 'one'
    ? t('badgeLabelOne', { state, count })
    : t('badgeLabelOther', { state, count });
}

/**
 * The small pill beside a field: calm / tense / heated and the number of findings. It lives in our
 * closed shadow root, so its state is not readable by the page; it opens the card on the first
 * finding (with "1 of N" to reach the others).
 */
export class Badge {
  private readonly el: HTMLButtonElement;
  private readonly count: HTMLSpanElement;
  private host: Element | null = null;

  constructor(parent: HTMLElement, onOpen: () => void) {
    const doc = parent.ownerDocument;
    const root = parent.getRootNode();
    this.host = root instanceof ShadowRoot ? root.host : null;
    this.el = doc.createElement('button');
    this.el.type = 'button';
    this.el.className = 'ss-badge';
    this.el.tabIndex = -1; // Reached by the keyboard shortcut, not inserted into the page's tab order.
    const dot = doc.createElement('span');
    dot.className = 'ss-dot';
    dot.setAttribute('aria-hidden', 'true');
    this.count = doc.createElement('span');
    this.count.className = 'ss-count';
    this.el.append(dot, this.count);
    // Keep focus in the field when clicked with the mouse.
    this.el.addEventListener('mousedown', (e) => e.preventDefault());
    // Only the person's own click opens the card: a page's synthetic click does nothing.
    this.el.addEventListener('click', (e) => {
      if (e.isTrusted) onOpen();
    });
    this.el.hidden = true;
    parent.append(this.el);
  }

  update(mood: Mood, count: number): void {
    this.el.dataset.state = mood;
    this.el.dataset.count = String(count);
    this.count.textContent = String(count);
    const label = badgeLabel(mood, count);
    this.el.setAttribute('aria-label', label);
    this.el.title = label;
    this.el.hidden = !this.visible;
  }

  private visible = true;

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.el.hidden = !visible || !this.el.dataset.state;
  }

  /**
   * Beside the field where nothing else is: for a single-line field (whose right end holds the end
   * of the text) just outside its right edge, else above or below its right corner; for a roomy
   * multi-line field inside its bottom-right corner unless something of the page's is drawn there
   * (CKEditor's label), else outside; for a composer of a line or two, outside (its corner holds
   * text). Never past the viewport's edges: measured with its real width (a count widens it).
   */
  place(field: DOMRect, singleLine = false): void {
    const doc = this.el.ownerDocument;
    const view = doc.defaultView;
    const vw = doc.documentElement.clientWidth || view?.innerWidth || 0;
    const vh = doc.documentElement.clientHeight || view?.innerHeight || 0;
    if (field.width === 0 || field.height === 0 || this.el.hidden) {
      this.el.style.visibility = 'hidden';
      return;
    }
    const width = Math.max(SIZE, this.el.offsetWidth);
    const right = field.right - width;
    const beside: Spot = {
      left: field.right + GAP,
      top: singleLine ? field.top + (field.height - SIZE) / 2 : field.bottom - SIZE,
    };
    const above: Spot = { left: right, top: field.top - SIZE - GAP };
    const below: Spot = { left: right, top: field.bottom + GAP };
    const corner: Spot = { left: field.right - width - 6, top: field.bottom - SIZE - 6, inside: true };
    const spots: Spot[] = singleLine
      ? [beside, above, below]
      : field.height < ROOMY_HEIGHT || field.width < ROOMY_WIDTH
        ? [beside, above, below, corner]
        : [corner, beside, below, above];
    const fits = (s: Spot) => s.left >= 0 && s.top >= 0 && s.left + width <= vw && s.top + SIZE <= vh;
    const chosen =
      spots.find((s) => fits(s) && this.isFree(s, width, field)) ??
      spots.find(fits) ??
      ({ left: Math.min(Math.max(0, corner.left), vw - width), top: Math.max(0, corner.top) } as Spot);
    this.el.style.left = `${chosen.left}px`;
    this.el.style.top = `${chosen.top}px`;
    this.el.style.visibility = 'visible';
  }

  /**
   * Whether the page shows nothing of its own where the badge would go. Inside the field's corner:
   * each probed point shows the field itself. Outside: no control (button, link, field), no
   * picture, and no text under any probed point; an empty stretch of a label's line is free.
   */
  private isFree(s: Spot, width: number, field: DOMRect): boolean {
    const doc = this.el.ownerDocument;
    if (typeof doc.elementsFromPoint !== 'function') return true;
    const points: Array<[number, number]> = [
      [s.left + 1, s.top + 1],
      [s.left + width - 1, s.top + 1],
      [s.left + 1, s.top + SIZE - 1],
      [s.left + width - 1, s.top + SIZE - 1],
      [s.left + width / 2, s.top + SIZE / 2],
    ];
    const fieldEl = this.topAt(field.left + Math.min(field.width / 2, 8), field.top + field.height / 2);
    for (const [x, y] of points) {
      const hit = this.topAt(x, y);
      if (!hit) continue;
      if (s.inside) {
        // The field's own box (or something inside it), never a thing the page drew over it.
        if (!fieldEl || !(hit === fieldEl || fieldEl.contains(hit) || sameBox(hit, field))) return false;
        continue;
      }
      if (fieldEl && (hit === fieldEl || fieldEl.contains(hit))) return false;
      if (hit.closest(CONTROL) || hit.matches(PICTURE)) return false;
      if (textAt(hit, x, y)) return false;
    }
    return true;
  }

  /** The page's topmost element at a point (our own layer left out). */
  private topAt(x: number, y: number): Element | null {
    return this.el.ownerDocument.elementsFromPoint(x, y).find((e) => e !== this.host) ?? null;
  }

  destroy(): void {
    this.el.remove();
  }
}

const CONTROL =
  'a[href], button, input, select, textarea, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"], [role="textbox"], [role="checkbox"], [role="tab"], [role="menuitem"]';
const PICTURE = 'img, svg, svg *, video, canvas, picture, iframe';

/** Whether one of the element's own text nodes is drawn at the point. */
function textAt(el: Element, x: number, y: number): boolean {
  const range = el.ownerDocument.createRange();
  for (const n of el.childNodes) {
    if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      if (x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2) return true;
    }
  }
  return false;
}

function sameBox(el: Element, field: DOMRect): boolean {
  const r = el.getBoundingClientRect();
  return (
    Math.abs(r.left - field.left) < 1 &&
    Math.abs(r.top - field.top) < 1 &&
    Math.abs(r.right - field.right) < 1
  );
}
