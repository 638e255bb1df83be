/**
 * Which element is "the field" for an event (like Harper's editorUtils). Does not judge
 * sensitivity: call isCoachable on the result. Kept apart from the adapters (detect.ts) so the
 * small content script that every page runs carries none of them.
 */
import type { FieldElement } from './types';

function isTextControl(el: Element): boolean {
  return el.localName === 'textarea' || el.localName === 'input';
}

/** Follows focus into open shadow roots: a focus event seen at the document names the host. */
function deepActive(el: Element): Element {
  let cur = el;
  for (let i = 0; i < 32; i++) {
    const inner = cur.shadowRoot?.activeElement;
    if (!inner || inner === cur) break;
    cur = inner;
  }
  return cur;
}

/**
 * The editable root for an event target or a `composedPath()` element: a textarea/input, the
 * contenteditable editing host (the topmost editable ancestor within the same tree), or a
 * role="textbox" element. Null when the target is not in a field. Never throws.
 */
export function findEditableRoot(target: EventTarget | null): FieldElement | null {
  try {
    if (!target || typeof (target as Node).nodeType !== 'number') return null;
    let node = target as Node;
    if (node.nodeType === 9) {
      const active = (node as Document).activeElement;
      if (!active) return null;
      node = active;
    }
    if (node.nodeType === 11) {
      const host = (node as ShadowRoot).host;
      const active = (node as ShadowRoot).activeElement;
      node = active ?? host;
    }
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return null;
    el = deepActive(el);
    if (isTextControl(el)) return el as FieldElement;
    const html = el as HTMLElement;
    if (html.isContentEditable) {
      let host: HTMLElement = html;
      while (host.parentElement?.isContentEditable) host = host.parentElement;
      return host;
    }
    const box = el.closest('[role="textbox"]');
    return box ? (box as FieldElement) : null;
  } catch {
    return null;
  }
}
