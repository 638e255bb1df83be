import type { Mood } from './paragraphs';
import { t } from './strings';

/** The small pill at a field's corner: calm / tense / heated and the number of findings. */
export class Badge {
  private readonly el: HTMLButtonElement;
  private readonly count: HTMLSpanElement;

  constructor(parent: HTMLElement, onOpen: () => void) {
    const doc = parent.ownerDocument;
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
    this.el.addEventListener('click', () => onOpen());
    this.el.hidden = true;
    parent.append(this.el);
  }

  update(mood: Mood, count: number): void {
    this.el.dataset.state = mood;
    this.el.dataset.count = String(count);
    this.count.textContent = String(count);
    const state = mood === 'calm' ? t('stateCalm') : mood === 'tense' ? t('stateTense') : t('stateHeated');
    this.el.setAttribute('aria-label', t('badgeLabel', { state, count }));
    this.el.title = this.el.getAttribute('aria-label') ?? '';
    this.el.hidden = !this.visible;
  }

  private visible = true;

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.el.hidden = !visible || !this.el.dataset.state;
  }

  /**
   * Inside the field's bottom-right corner; for a single-line field (where that corner holds the
   * end of the text) just outside its right edge, or above that corner when there is no room.
   */
  place(field: DOMRect, singleLine = false): void {
    const size = 22;
    const width = Math.max(size, this.el.offsetWidth);
    const viewWidth = this.el.ownerDocument.defaultView?.innerWidth ?? Number.POSITIVE_INFINITY;
    let left = field.right - width - 6;
    let top = field.bottom - size - 6;
    if (singleLine) {
      if (field.right + 4 + width <= viewWidth) {
        left = field.right + 4;
        top = field.top + (field.height - size) / 2;
      } else {
        left = field.right - width;
        top = field.top - size - 4;
      }
    }
    this.el.style.left = `${Math.max(0, left)}px`;
    this.el.style.top = `${Math.max(0, top)}px`;
    this.el.style.visibility = field.width === 0 || field.height === 0 ? 'hidden' : 'visible';
  }

  destroy(): void {
    this.el.remove();
  }
}
