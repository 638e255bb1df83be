/**
 * What the Chromium (Playwright) and Firefox (puppeteer-core) end-to-end suites share: the playground
 * fields with a hostile message each, the warm message, and the in-page probes (plain functions with
 * no closure, so either driver can run them in the field's frame).
 *
 * Expected texts are never written here: the suites compute them with the tone engine
 * (`analyze`, `applySuggestion` from lib/tone), so the coach is checked against the engine.
 */

export interface CoachField {
  /** Test name and `window.modelText` name. */
  name: string;
  selector: string;
  /** Shadow host, when the field is inside an open shadow root. */
  host?: string;
  /** In the same-origin iframe. */
  inFrame?: boolean;
  kind: 'control' | 'editable';
  /** A hostile message for this field (several, so every rule family gets through some editor). */
  hostile: string;
}

export const WARM = 'You make me so happy, thanks for listening';

export const COACH_FIELDS: readonly CoachField[] = [
  { name: 'textarea', selector: '#plain-textarea', kind: 'control', hostile: 'You never listen to me!!!' },
  { name: 'input', selector: '#plain-input', kind: 'control', hostile: "Calm down, you're overreacting." },
  {
    name: 'contenteditable',
    selector: '#plain-contenteditable',
    kind: 'editable',
    hostile: 'You always forget, you idiot.',
  },
  { name: 'react', selector: '#react-textarea', kind: 'control', hostile: 'You make me feel so stupid.' },
  { name: 'lexical', selector: '#lexical-editor', kind: 'editable', hostile: 'You never listen to me!!!' },
  { name: 'slate', selector: '#slate-editor', kind: 'editable', hostile: "Whatever. I'm done." },
  {
    name: 'prosemirror',
    selector: '#prosemirror-editor',
    kind: 'editable',
    hostile: 'You always forget, you idiot.',
  },
  { name: 'draft', selector: '#draft-editor', kind: 'editable', hostile: 'You never listen to me!!!' },
  { name: 'quill', selector: '#quill-editor', kind: 'editable', hostile: "Calm down, you're overreacting." },
  {
    name: 'ckeditor',
    selector: '#ckeditor-editor',
    kind: 'editable',
    hostile: 'You make me feel so stupid.',
  },
  {
    name: 'shadow',
    selector: '#shadow-textarea',
    host: 'softstart-shadow-field',
    kind: 'control',
    hostile: 'You never listen to me!!!',
  },
  {
    name: 'shadowEditable',
    selector: '#shadow-editable',
    host: 'softstart-shadow-field',
    kind: 'editable',
    hostile: 'You always forget, you idiot.',
  },
  {
    name: 'iframe',
    selector: '#frame-textarea',
    inFrame: true,
    kind: 'control',
    hostile: "Whatever. I'm done.",
  },
  {
    name: 'iframeEditable',
    selector: '#frame-editable',
    inFrame: true,
    kind: 'editable',
    hostile: 'You make me feel so stupid.',
  },
  { name: 'late', selector: '#late-textarea', kind: 'control', hostile: 'You never listen to me!!!' },
];

export const OVERLAY = 'soft-start-overlay';

/* ------------------------------------------------------------------ in-page probes */

export interface MarkProbe {
  text: string;
  /**
   * Highlight name (contenteditable), or the mirror span's attribute names (textarea/input), which
   * must be only "class style" (the same for every finding): no id, no data-*.
   */
  tag: string;
  /** Rect centre, for clicking. */
  x: number;
  y: number;
  /**
   * textarea/input: the text offsets the browser's own hit testing finds just inside the mark's
   * left and right edges (caretPositionFromPoint on the field), i.e. where the mark really sits.
   * contenteditable: the largest distance between the Highlight range's rects and the rects of a
   * Range built here on the word's own text nodes.
   */
  caretStart?: number | string | null;
  caretEnd?: number | string | null;
  /** The mark runs past the visible part of a scrolled one-line field. */
  clippedStart?: boolean;
  clippedEnd?: boolean;
  /** Entirely scrolled out of the visible part of a one-line field. */
  outOfView?: boolean;
  delta?: number | null;
}

/** Runs in the field's frame: the coach's marks that belong to this field. */
export function probeMarks([selector, host, kind]: [
  string,
  string | undefined,
  'control' | 'editable',
]): MarkProbe[] {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  const el = root?.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no field ${selector}`);
  const shadowRoots = el.getRootNode() instanceof ShadowRoot ? [el.getRootNode() as ShadowRoot] : [];
  const out: MarkProbe[] = [];
  if (kind === 'control') {
    const field = el as HTMLTextAreaElement;
    const fr = field.getBoundingClientRect();
    // The part of the field where its text shows (a long line scrolls and is cut off there).
    const cs = getComputedStyle(field);
    const left = fr.left + field.clientLeft + Number.parseFloat(cs.paddingLeft);
    const right = fr.left + field.clientLeft + field.clientWidth - Number.parseFloat(cs.paddingRight);
    const host = document.querySelector<HTMLElement>('soft-start-overlay');
    // This field's mirror is the one laid exactly over it.
    const mirror = [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.ss-mirror') ?? [])].find((m) => {
      const r = m.getBoundingClientRect();
      return (
        Math.abs(r.left - fr.left) < 1 && Math.abs(r.top - fr.top) < 1 && Math.abs(r.width - fr.width) < 1
      );
    });
    const spans = [...(mirror?.querySelectorAll<HTMLElement>('.ss-mark') ?? [])];
    const measured = spans.map((span) => ({
      span,
      rects: [...span.getClientRects()].filter((r) => r.width > 0),
    }));
    // Hit-test the page itself: our own layer (badge, card) must not answer for the field's text.
    const display = host?.style.display ?? '';
    if (host) host.style.display = 'none';
    const caret = (x: number, y: number): number | string | null => {
      const doc = document as Document & {
        caretPositionFromPoint(x: number, y: number, o?: object): { offsetNode: Node; offset: number } | null;
      };
      const p = doc.caretPositionFromPoint(x, y, { shadowRoots });
      if (!p) return null;
      // Inside a form control, Chromium reports the control (or a node of its inner editor).
      if (p.offsetNode === field || field.contains(p.offsetNode)) return p.offset;
      const n = p.offsetNode as Element;
      return `${n.nodeName}#${n.id ?? ''}.${n.className ?? ''}`;
    };
    try {
      for (const { span, rects } of measured) {
        const first = rects[0];
        const last = rects[rects.length - 1];
        if (!first || !last) continue;
        const y1 = first.top + first.height / 2;
        const y2 = last.top + last.height / 2;
        if (y1 < fr.top || y1 > fr.bottom) continue; // scrolled out of view
        const l = Math.max(first.left, left);
        const r = Math.min(last.right, right);
        if (r - l < 4) {
          // Scrolled out of sight in a one-line field: nothing to hit-test.
          out.push({
            text: span.textContent ?? '',
            tag: span.getAttributeNames().join(' '),
            x: 0,
            y: 0,
            outOfView: true,
          });
          continue;
        }
        out.push({
          text: span.textContent ?? '',
          tag: span.getAttributeNames().join(' '),
          x: rects.length === 1 ? (l + r) / 2 : l + 4,
          y: y1,
          caretStart: caret(l + 2, y1),
          caretEnd: caret(r - 2, y2),
          clippedStart: first.left < left - 0.5,
          clippedEnd: last.right > right + 0.5,
        });
      }
    } finally {
      if (host) host.style.display = display;
    }
    return out;
  }
  // contenteditable: the Highlight registry, filtered to ranges inside this field.
  const FILLERS = /[\uFEFF\u200B\u2060]/g;
  const texts: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const ownRange = (word: string, nth: number): Range | null => {
    // The word's own range, from the text nodes directly (not through lib/fields' text map).
    let joined = '';
    const starts: number[] = [];
    for (const t of texts) {
      starts.push(joined.length);
      joined += t.data;
    }
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = joined.indexOf(word, at + 1);
      if (at < 0) return null;
    }
    const locate = (offset: number, end: boolean): [Text, number] => {
      for (let i = texts.length - 1; i >= 0; i--) {
        const s = starts[i] as number;
        if (end ? offset > s : offset >= s) return [texts[i] as Text, offset - s];
      }
      return [texts[0] as Text, 0];
    };
    const [sn, so] = locate(at, false);
    const [en, eo] = locate(at + word.length, true);
    const range = document.createRange();
    range.setStart(sn, so);
    range.setEnd(en, eo);
    return range;
  };
  const seen = new Map<string, number>();
  for (const [name, hl] of CSS.highlights) {
    for (const r of hl as unknown as Iterable<AbstractRange>) {
      if (!(r instanceof Range) || !el.contains(r.startContainer)) continue;
      const text = r.toString().replace(FILLERS, '');
      const nth = seen.get(text) ?? 0;
      seen.set(text, nth + 1);
      const own = ownRange(text, nth);
      let delta: number | null = null;
      if (own) {
        const a = [...r.getClientRects()].filter((x) => x.width > 0);
        const b = [...own.getClientRects()].filter((x) => x.width > 0);
        if (a.length === b.length && a.length > 0) {
          delta = 0;
          for (const [i, x] of a.entries()) {
            const y = b[i] as DOMRect;
            delta = Math.max(
              delta,
              Math.abs(x.left - y.left),
              Math.abs(x.right - y.right),
              Math.abs(x.top - y.top),
              Math.abs(x.bottom - y.bottom),
            );
          }
        }
      }
      const box = r.getBoundingClientRect();
      out.push({ text, tag: name, x: box.left + box.width / 2, y: box.top + box.height / 2, delta });
    }
  }
  return out;
}

/** Runs in the field's frame: the text shown on screen (the DOM, not the editor's model). */
export function screenText([selector, host]: [string, string | undefined]): string {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  const el = root?.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no field ${selector}`);
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  // The text nodes the person sees as their text: not editor placeholders or non-editable parts.
  let text = '';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('[data-slate-placeholder], [contenteditable="false"]')) continue;
    text += (n as Text).data;
  }
  return text.replace(/[\uFEFF\u200B\u2060]/g, '');
}

/** Runs in the field's frame: whether focus is in the field (through shadow roots). */
export function focusIsIn([selector, host]: [string, string | undefined]): boolean {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  const el = root?.querySelector<HTMLElement>(selector);
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return !!el && !!a && (a === el || el.contains(a));
}
