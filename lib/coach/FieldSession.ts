import { isCoachable } from '../fields/sensitive';
import type { FieldAdapter, FieldElement, TextSnapshot } from '../fields/types';
import { BoxPainter } from '../highlight/BoxPainter';
import { visibleRect } from '../highlight/clip';
import { HighlightPainter, highlightApiAvailable } from '../highlight/HighlightPainter';
import { MirrorPainter } from '../highlight/MirrorPainter';
import type { Mark, Painter } from '../highlight/types';
import type { Analysis, Finding, ToneOptions } from '../tone';
import { Badge } from './Badge';
import type { AnalyzeFn } from './engine';
import type { Overlay } from './Overlay';
import { type Mood, moodOf, ParagraphAnalyzer } from './paragraphs';

/** Pause after the last keystroke before analysing (kept short: the p95 target is 200 ms to underline). */
export const DEBOUNCE_MS = 90;

export interface SessionHost {
  overlay: Overlay;
  /** The frame's engine: detection only until the rewording half is loaded (see engine.ts). */
  readonly engine: { readonly analyze: AnalyzeFn };
  toneOptions(): Partial<ToneOptions>;
  isDismissed(key: string): boolean;
  onChange(session: FieldSession): void;
  openCard(session: FieldSession, finding: Finding, how: { takeFocus: boolean }): void;
  /** The field may no longer be read (it became sensitive, or the page opted out): tear it down. */
  revoke(session: FieldSession): void;
}

/** Thrown by FieldSession.read() when the field may no longer be read. */
export class NotCoachableError extends Error {
  constructor() {
    super('Soft Start: this field may not be read');
  }
}

/** Key that identifies a finding by what it says, so dismissing survives edits elsewhere. */
export function dismissKey(f: Finding, text: string): string {
  return `${f.rule}|${text.slice(f.start, f.end).toLowerCase()}`;
}

/** One coached field: reads it, analyses it after a pause, draws its underlines and badge. */
export class FieldSession {
  analysis: Analysis = { flagged: false, heat: 0, findings: [] };
  /** The text the current analysis is of. */
  text = '';
  mood: Mood = 'calm';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private readonly painter: Painter;
  private readonly badge: Badge;
  private analyzer: ParagraphAnalyzer;
  private pinned: TextSnapshot | undefined;
  private destroyed = false;
  /** The field's rect at the last reposition (the watch loop re-places marks when it moves). */
  private lastRect = '';
  /**
   * Set while a suggestion is being applied or undone: the re-analyses that our own edit causes
   * are not reported to the host, or the card would see its finding vanish and close before it
   * could show "applied" and offer Undo.
   */
  private applying = 0;

  constructor(
    readonly el: FieldElement,
    readonly adapter: FieldAdapter,
    private readonly host: SessionHost,
  ) {
    const { overlay } = host;
    this.analyzer = new ParagraphAnalyzer(host.engine);
    overlay.ensureAttached();
    // During run() the painter reuses the snapshot just read (the DOM cannot change in between);
    // at other times (scroll, reflow) it reads afresh.
    const snapshot = () => this.pinned ?? this.read();
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      this.painter = new MirrorPainter(el, snapshot, overlay.marks);
    } else if (highlightApiAvailable(el.ownerDocument)) {
      this.painter = new HighlightPainter(el, snapshot);
    } else {
      this.painter = new BoxPainter(el, snapshot, overlay.marks);
    }
    this.badge = new Badge(overlay.controls, () => this.openFirst(true));
    // Reflow that fires no scroll or resize event (the field grows, a sidebar opens).
    const view = el.ownerDocument.defaultView;
    if (view && 'ResizeObserver' in view) {
      this.resizeObserver = new view.ResizeObserver(() => this.reposition());
      this.resizeObserver.observe(el);
    }
  }

  private resizeObserver: ResizeObserver | undefined;
  /** Called after each reposition (the card follows its finding). */
  onReposition: (() => void) | undefined;

  /** Only the field being typed in shows its badge; others keep their underlines. */
  setActive(active: boolean): void {
    this.badge.setVisible(active);
    if (active) this.reposition();
  }

  /**
   * Reads the field, after checking again that it may be read: a field that turned into a
   * password field, got a secret name or mask, or was opted out since the last read is torn down
   * (marks, mirror, badge, cached text) and never read again. Throws NotCoachableError then.
   */
  read(): TextSnapshot {
    if (this.destroyed || !isCoachable(this.el)) {
      if (!this.destroyed) this.host.revoke(this);
      throw new NotCoachableError();
    }
    return this.adapter.read(this.el);
  }

  /**
   * A textarea/input whose value differs from the analysed text while no analysis is pending
   * (typing schedules one): the page set or emptied it by script. Re-analyse now; true if so.
   */
  checkValue(): boolean {
    const el = this.el;
    if (this.destroyed || this.timer !== undefined) return false;
    if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return false;
    if (el.value === this.text) return false;
    this.run();
    return true;
  }

  /** True while underlines are drawn. */
  get hasMarks(): boolean {
    return this.analysis.findings.length > 0;
  }

  /**
   * One frame of the watch loop (runs only while marks are shown): a textarea/input whose value
   * the page changed without an input event (sent and emptied, set by script) is re-analysed now;
   * a field that moved (scrolling in any container, layout) has its marks and badge re-placed.
   */
  watch(): void {
    if (this.destroyed) return;
    if (this.checkValue()) return;
    const el = this.el;
    const r = el.getBoundingClientRect();
    const key = `${r.left},${r.top},${r.width},${r.height},${el.scrollLeft},${el.scrollTop}`;
    if (key !== this.lastRect) this.placeNow();
  }

  /** Call on input: analyses after a short pause, off the keystroke path. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, DEBOUNCE_MS);
  }

  /** Analyse now and redraw. */
  run(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.destroyed) return;
    let snap: TextSnapshot;
    try {
      snap = this.read();
    } catch {
      return;
    }
    const text = snap.text;
    const analysis = this.analyzer.analyze(text, this.host.toneOptions());
    const findings = analysis.findings.filter((f) => !this.host.isDismissed(dismissKey(f, text)));
    this.text = text;
    this.analysis = {
      ...analysis,
      flagged: findings.length > 0,
      heat: findings.length ? analysis.heat : 0,
      findings,
    };
    this.mood = moodOf(this.analysis);
    this.pinned = snap;
    try {
      this.paint();
    } finally {
      this.pinned = undefined;
    }
    if (this.applying === 0) this.host.onChange(this);
  }

  private paint(): void {
    const marks: Mark[] = this.analysis.findings.map((f) => ({
      id: f.id,
      start: f.start,
      end: f.end,
      category: f.category,
      severity: f.severity,
    }));
    try {
      this.painter.paint(marks);
    } catch {
      // A field that changed under us: the next input repaints.
    }
    this.badge.update(this.mood, this.analysis.findings.length);
    this.reposition();
  }

  /** Re-place badge and drawn marks (scroll, resize, reflow), at most once per frame. */
  reposition(): void {
    if (this.frame || this.destroyed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.placeNow();
    });
  }

  private placeNow(): void {
    if (this.destroyed || !this.el.isConnected) return;
    const r = this.el.getBoundingClientRect();
    this.lastRect = `${r.left},${r.top},${r.width},${r.height},${this.el.scrollLeft},${this.el.scrollTop}`;
    try {
      this.painter.reposition();
    } catch {
      // A field that changed under us: the next paint redraws.
    }
    // Where the field is scrolled out of sight (in any scroll container), the badge hides.
    const visible = visibleRect(this.el);
    this.badge.place(visible ? r : new DOMRect(r.left, r.top, 0, 0), this.el instanceof HTMLInputElement);
    this.onReposition?.();
  }

  /** The finding drawn under a viewport point, if any. */
  findingAt(x: number, y: number): Finding | null {
    for (const f of this.analysis.findings) {
      for (const r of this.painter.rectsFor(f.id)) {
        if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) return f;
      }
    }
    return null;
  }

  /** The finding at a text offset (the caret), or null. */
  findingAtOffset(offset: number): Finding | null {
    return this.analysis.findings.find((f) => offset >= f.start && offset <= f.end) ?? null;
  }

  /** Where to put the card for a finding: below its first rect, or below the field. */
  anchorFor(f: Finding): DOMRect {
    const rects = this.painter.rectsFor(f.id);
    return rects[rects.length - 1] ?? this.el.getBoundingClientRect();
  }

  openFirst(takeFocus: boolean): void {
    let caret = -1;
    try {
      caret = this.caretOffset();
    } catch {
      return; // The field may no longer be read.
    }
    const f = (caret >= 0 ? this.findingAtOffset(caret) : null) ?? this.analysis.findings[0];
    if (f) this.host.openCard(this, f, { takeFocus });
  }

  /** The caret's offset in the field's text, or -1. */
  caretOffset(): number {
    const el = this.el;
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.selectionStart ?? -1;
    const root = el.getRootNode() as Document | ShadowRoot;
    const sel =
      'getSelection' in root && typeof root.getSelection === 'function'
        ? (root.getSelection() as Selection | null)
        : el.ownerDocument.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.focusNode || !el.contains(sel.focusNode)) return -1;
    return this.read().offsetOf(sel.focusNode, sel.focusOffset);
  }

  /**
   * Runs our own edit (a rewording applied or undone: lib/coach/apply.ts, in the card bundle)
   * without reporting the changes it causes, then re-analyses once.
   */
  async quietly<T>(edit: () => Promise<T>): Promise<T> {
    this.applying++;
    try {
      return await edit();
    } finally {
      this.run();
      this.applying--;
    }
  }

  /** Remove marks, mirror and badge and forget the text (the session is not used again). */
  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resizeObserver?.disconnect();
    this.painter.destroy();
    this.badge.destroy();
    this.text = '';
    this.analysis = { flagged: false, heat: 0, findings: [] };
    this.mood = 'calm';
    this.analyzer = new ParagraphAnalyzer(this.host.engine);
  }
}
