/**
 * Where an element can be seen: its rect cut by every ancestor that clips its overflow (scroll
 * containers, `overflow: hidden`, across shadow roots) and by the viewport. Marks we draw
 * ourselves (textarea mirror, fallback boxes) are clipped to it, so an underline never floats
 * over a heading or another field after the page scrolls.
 */

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  if (root && root.nodeType === 11) return (root as ShadowRoot).host;
  return null;
}

/** The ancestors of `el` that clip their content, nearest first (fixed ones end the walk). */
export function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  const view = el.ownerDocument.defaultView;
  if (!view) return out;
  for (let n = parentOf(el); n && n !== el.ownerDocument.documentElement; n = parentOf(n)) {
    const cs = view.getComputedStyle(n);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || cs.contain.includes('paint')) out.push(n);
    if (cs.position === 'fixed') break;
  }
  return out;
}

/** The part of `el` that can be seen, in viewport coordinates, or null when none of it can. */
export function visibleRect(
  el: Element,
  ancestors: readonly Element[] = clippingAncestors(el),
): DOMRect | null {
  const r = el.getBoundingClientRect();
  let left = r.left;
  let top = r.top;
  let right = r.right;
  let bottom = r.bottom;
  for (const a of ancestors) {
    if (!a.isConnected) continue;
    const c = a.getBoundingClientRect();
    // The clip is the padding box: inside the borders.
    const cl = c.left + a.clientLeft;
    const ct = c.top + a.clientTop;
    left = Math.max(left, cl);
    top = Math.max(top, ct);
    right = Math.min(right, cl + (a.clientWidth || c.width));
    bottom = Math.min(bottom, ct + (a.clientHeight || c.height));
  }
  const view = el.ownerDocument.defaultView;
  if (view) {
    left = Math.max(left, 0);
    top = Math.max(top, 0);
    right = Math.min(right, view.innerWidth);
    bottom = Math.min(bottom, view.innerHeight);
  }
  if (right - left < 1 || bottom - top < 1) return null;
  return new DOMRect(left, top, right - left, bottom - top);
}
