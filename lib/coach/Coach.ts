import { adapterFor, findEditableRoot } from '../fields/detect';
import { isCoachable } from '../fields/sensitive';
import type { FieldElement } from '../fields/types';
import type { FieldStatus } from '../messaging/protocol';
import type { Finding, ToneOptions } from '../tone';
import type { ActionResult } from './actions';
import { CardController } from './CardController';
import type { CoachEngine } from './engine';
import { dismissKey, FieldSession, type SessionHost } from './FieldSession';
import { guarded } from './guarded';
import { Overlay } from './Overlay';
import { PatternTracker, type StatKind } from './PatternTracker';
import { SendGuard } from './SendGuard';

/** What the coach needs from settings, already resolved for this page. */
export interface CoachConfig {
  /** Site enabled and not paused. */
  active: boolean;
  tone: Partial<ToneOptions>;
  /** Hold the first Enter of a heated message (issue 6). */
  pauseBeforeSend: boolean;
  /** Which messages the pause holds: heated ones only (the default), or tense ones too. */
  pauseFor?: 'heated' | 'tense';
}

/** Attributes that can make a field unreadable (or readable) after it was first checked. */
const COACHABILITY_ATTRIBUTES = [
  'type',
  'autocomplete',
  'name',
  'id',
  'readonly',
  'disabled',
  'contenteditable',
  'aria-readonly',
  'aria-disabled',
  'data-softstart',
  'data-gramm',
  'data-gramm_editor',
  'data-enable-grammarly',
];

export interface CoachCallbacks {
  /** "Don't flag this phrase again": done (with Undo) or why not (contract 2). */
  ignorePhrase(phrase: string): Promise<ActionResult>;
  /** "Pause on this site": done (with Undo) or why not. */
  pauseSite(): Promise<ActionResult>;
  /** Patterns, privately: a message counted (categories only, never text). */
  recordStat?(kind: StatKind, categories: string[], newMessage: boolean): void;
}

/**
 * The in-page coach for one document (each frame runs its own): finds the field being typed in,
 * keeps a session for it, and routes clicks, hovers, keys and layout changes to it.
 */
export class Coach implements SessionHost {
  readonly overlay: Overlay;
  private readonly card: CardController;
  private readonly guard: SendGuard;
  private sessions = new Map<FieldElement, FieldSession>();
  private active: FieldSession | null = null;
  private config: CoachConfig;
  private dismissed = new Set<string>();
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly observer: MutationObserver;
  private readonly cleanup: Array<() => void> = [];
  /** The watch loop's frame: runs only while some field shows marks. */
  private watchFrame = 0;
  private readonly patterns = new PatternTracker<FieldSession>((kind, cats, newMessage) =>
    this.callbacks.recordStat?.(kind, cats, newMessage),
  );

  constructor(
    private readonly doc: Document,
    config: CoachConfig,
    /** Detection first; the whole engine, with rewordings, once loaded (see engine.ts). */
    readonly engine: CoachEngine,
    private readonly callbacks: CoachCallbacks,
  ) {
    this.config = config;
    this.overlay = new Overlay(doc);
    // The whole engine is here: the fields' marks become its findings (the card opens on them).
    engine.onFull(() => {
      for (const s of [...this.sessions.values()]) s.run();
    });
    this.card = new CardController(this.overlay, engine, {
      dismiss: (s, f) => {
        this.patterns.dismissed(s);
        this.dismissed.add(dismissKey(f, s.text));
        s.run();
      },
      ignorePhrase: async (s, f) => {
        const phrase = s.text.slice(f.start, f.end).trim();
        if (!phrase) return { ok: false, reason: 'failed' };
        const result = await this.callbacks.ignorePhrase(phrase);
        if (!result.ok) return result;
        this.patterns.dismissed(s);
        const key = dismissKey(f, s.text);
        this.dismissed.add(key);
        s.run();
        return {
          ok: true,
          undo: async () => {
            const ok = await result.undo();
            if (ok) {
              this.dismissed.delete(key);
              s.run();
            }
            return ok;
          },
        };
      },
      pauseSite: () => this.callbacks.pauseSite(),
      applied: (s, f) => this.patterns.applied(s, f.category),
    });
    this.guard = new SendGuard(doc, this.overlay, {
      enabled: () => this.config.active && this.config.pauseBeforeSend,
      holdTense: () => this.config.pauseFor === 'tense',
      sessionAt: (target) => {
        const el = this.resolveField(target);
        return el ? this.sessionFor(el) : null;
      },
      current: () => (this.active && this.resolveField(this.active.el) ? this.active : null),
      review: (s) => {
        if (this.active !== s) this.activate(s);
        this.openFromKeyboard();
      },
      sentAnyway: (s) => this.patterns.sentAnyway(s),
      saved: (s) => this.patterns.saved(s),
    });
    this.observer = new MutationObserver(guarded((records: MutationRecord[]) => this.onMutations(records)));
    // Removed nodes (a field replaced), and attributes that can turn a field sensitive or opt it
    // out (type=password, autocomplete, name, data-softstart="off" on the field or <html>…).
    this.observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: COACHABILITY_ATTRIBUTES,
    });
    this.listen();
    // A field already focused when we start (e.g. autofocus).
    this.onFocus(doc.activeElement);
  }

  private listen(): void {
    const on = <K extends keyof DocumentEventMap>(
      type: K,
      fn: (e: DocumentEventMap[K]) => void,
      opts: AddEventListenerOptions = { capture: true, passive: true },
    ) => {
      const safe = guarded(fn);
      this.doc.addEventListener(type, safe, opts);
      this.cleanup.push(() => this.doc.removeEventListener(type, safe, opts));
    };
    on('focusin', (e) => this.onFocus(e.composedPath()[0] ?? e.target));
    on('input', (e) => this.onInput(e.composedPath()[0] ?? e.target));
    on('click', (e) => this.onClick(e));
    on('mousemove', (e) => this.onHover(e));
    on('keydown', (e) => this.onKey(e), { capture: true });
    // The page may empty or set the field by script (after sending): look again after keys
    // and submits. (While marks show, the watch loop also looks every frame.)
    on('keyup', () => this.checkActive());
    on('submit', () => setTimeout(() => this.checkAll(), 0));
    // Scrolling in any container, and window resizes: every field with marks follows.
    on('scroll', () => this.repositionAll());
    const view = this.doc.defaultView;
    if (view) {
      const resize = () => this.repositionAll();
      view.addEventListener('resize', resize, { passive: true });
      this.cleanup.push(() => view.removeEventListener('resize', resize));
    }
  }

  private repositionAll(): void {
    for (const s of this.sessions.values()) if (s.hasMarks || s === this.active) s.reposition();
  }

  /** The focused text field's value changed without an input event: re-analyse it. */
  private checkActive(): void {
    this.active?.checkValue();
  }

  private checkAll(): void {
    for (const s of [...this.sessions.values()]) {
      if (!s.el.isConnected) this.drop(s);
      else s.watch();
    }
  }

  /** Starts the watch loop when some field shows marks; it stops by itself when none does. */
  private ensureWatching(): void {
    if (this.watchFrame) return;
    const view = this.doc.defaultView;
    if (!view) return;
    const tick = () => {
      this.watchFrame = 0;
      let any = false;
      for (const s of [...this.sessions.values()]) {
        if (!s.hasMarks) continue;
        this.watchOne(s);
        if (s.hasMarks) any = true;
      }
      if (any) this.watchFrame = view.requestAnimationFrame(tick);
    };
    this.watchFrame = view.requestAnimationFrame(tick);
  }

  /** Tear a session down: marks, mirror, badge, card, nudge and its cached text. */
  private drop(s: FieldSession): void {
    if (this.sessions.get(s.el) === s) this.sessions.delete(s.el);
    if (this.active === s) this.active = null;
    if (this.card.session === s) this.card.close(false);
    this.guard.forget(s);
    s.destroy();
  }

  setConfig(config: CoachConfig): void {
    this.config = config;
    if (!config.active || !config.pauseBeforeSend) this.guard.close();
    if (!config.active) {
      this.card.close(false);
      for (const s of [...this.sessions.values()]) this.drop(s);
      this.sessions.clear();
      this.active = null;
      return;
    }
    // Live settings: re-mark the fields already open (each read checks the field again first).
    for (const s of [...this.sessions.values()]) s.run();
    if (!this.active) this.onFocus(this.deepActiveElement());
  }

  /** One session's frame of the watch loop (made once: the loop runs every frame while marks show). */
  private readonly watchOne = guarded((s: FieldSession) => (s.el.isConnected ? s.watch() : this.drop(s)));

  /** Fields focused before the coach started (it loads on the first focus): read and mark them. */
  adopt(fields: Iterable<Element>): void {
    for (const f of fields) {
      const el = this.resolveField(f);
      if (el?.isConnected) this.sessionFor(el).run();
    }
  }

  private deepActiveElement(): Element | null {
    let el: Element | null = this.doc.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  private resolveField(target: EventTarget | null): FieldElement | null {
    if (!this.config.active) return null;
    if (target instanceof Node && this.overlay.contains(target)) return null;
    const el = findEditableRoot(target);
    if (!el || !isCoachable(el)) return null;
    return el;
  }

  private sessionFor(el: FieldElement): FieldSession {
    let s = this.sessions.get(el);
    if (!s) {
      const session = new FieldSession(el, adapterFor(el), this);
      session.onReposition = () => this.card.reposition(session);
      s = session;
      this.sessions.set(el, s);
      if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) {
        // Editors that change their DOM without an input event (undo, the page's own edits).
        this.observer.observe(el, { characterData: true, childList: true, subtree: true });
      }
      el.addEventListener('scroll', () => s?.reposition(), { passive: true });
    }
    return s;
  }

  /** A field we keep a session for, which may no longer be read: drop it. */
  private dropIfRevoked(target: EventTarget | null): void {
    const el = findEditableRoot(target);
    const s = el ? this.sessions.get(el) : undefined;
    if (s) this.drop(s);
  }

  private onFocus(target: EventTarget | null): void {
    const el = this.resolveField(target);
    if (!el) {
      this.dropIfRevoked(target);
      return;
    }
    const s = this.sessionFor(el);
    if (this.active !== s) this.activate(s);
    else this.checkActive();
  }

  private activate(s: FieldSession): void {
    this.active?.setActive(false);
    if (this.card.session && this.card.session !== s) this.card.close(false);
    this.active = s;
    s.setActive(true);
    s.run();
  }

  private onInput(target: EventTarget | null): void {
    // A hover that was about to open a card is over once the person types (or the card the
    // typing just closed would open again under a resting pointer).
    clearTimeout(this.hoverTimer);
    const el = this.resolveField(target);
    if (!el) {
      this.dropIfRevoked(target);
      return;
    }
    const s = this.sessionFor(el);
    if (this.active !== s) this.activate(s);
    s.schedule();
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.sessions.size === 0) return;
    let removed = false;
    let attributes = false;
    const touched = new Set<FieldSession>();
    for (const r of records) {
      if (r.type === 'attributes') {
        attributes = true;
        continue;
      }
      if (r.removedNodes.length) removed = true;
      if (!(r.target instanceof Node)) continue;
      // Editors that change their DOM without an input event (undo, the page's own edits, a
      // composer emptied after sending), whether or not the field has focus.
      for (const s of this.sessions.values()) {
        if (s.el instanceof HTMLTextAreaElement || s.el instanceof HTMLInputElement) continue;
        if (s.el.contains(r.target)) touched.add(s);
      }
    }
    for (const s of touched) s.schedule();
    if (removed) {
      for (const s of [...this.sessions.values()]) if (!s.el.isConnected) this.drop(s);
    }
    if (attributes) {
      // Checked again at once (not only at the next read): a field that turned sensitive loses
      // its mirror copy of the text now.
      for (const s of [...this.sessions.values()]) if (!isCoachable(s.el)) this.drop(s);
    }
  }

  private onClick(e: MouseEvent): void {
    // Only the person's own clicks open a card (a page cannot open one by script).
    if (!e.isTrusted) return;
    // A click decides: the hover that the pointer's arrival started does not open a card after it.
    clearTimeout(this.hoverTimer);
    const s = this.active;
    if (!s) return;
    const path = e.composedPath();
    if (path.includes(this.overlay.host)) return;
    if (!path.includes(s.el)) {
      this.card.close(false);
      return;
    }
    const f = s.findingAt(e.clientX, e.clientY);
    if (f) this.openCard(s, f, { takeFocus: false });
    else this.card.close(false);
  }

  private onHover(e: MouseEvent): void {
    if (!e.isTrusted) return;
    const s = this.active;
    if (!s || s.analysis.findings.length === 0) return;
    clearTimeout(this.hoverTimer);
    const { clientX: x, clientY: y } = e;
    this.hoverTimer = setTimeout(() => {
      const f = s.findingAt(x, y);
      if (f) this.card.show(s, f, false, { hover: true });
    }, 350);
  }

  private onKey(e: KeyboardEvent): void {
    // The page-level fallback for the keyboard command (Alt+Shift+S), for when the browser
    // does not deliver the `commands` shortcut (e.g. it is unbound).
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS') {
      // A key the page made up opens nothing.
      if (!e.isTrusted) return;
      if (this.openFromKeyboard()) {
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    if (e.key === 'Escape' && this.card.isOpen) {
      this.card.close(true);
      // The Escape was for our card: the page must not act on it too (Lexical blurs the editor).
      e.preventDefault();
      e.stopPropagation();
    }
  }

  /** The session of the focused coachable field (never a sensitive one), or null. */
  focusedSession(): FieldSession | null {
    const s = this.active;
    if (!s?.el.isConnected) return null;
    return this.resolveField(this.deepActiveElement()) === s.el ? s : null;
  }

  /** Open the card for the finding at the caret (or the first one) with focus in it. */
  openFromKeyboard(): boolean {
    const s = this.active;
    if (!s || s.analysis.findings.length === 0) return false;
    s.openFirst(true);
    return true;
  }

  // SessionHost
  toneOptions(): Partial<ToneOptions> {
    return this.config.tone;
  }

  isDismissed(key: string): boolean {
    return this.dismissed.has(key);
  }

  onChange(session: FieldSession): void {
    this.patterns.observe(session);
    this.card.refresh(session);
    if (session.hasMarks) this.ensureWatching();
  }

  revoke(session: FieldSession): void {
    // Not from inside the session's own read: after the current task step.
    queueMicrotask(() => this.drop(session));
  }

  openCard(session: FieldSession, finding: Finding, how: { takeFocus: boolean }): void {
    this.card.show(session, finding, how.takeFocus);
  }

  status(): FieldStatus {
    const s = this.active;
    if (!this.config.active) return { state: 'none', count: 0, active: false };
    if (!s?.el.isConnected) return { state: 'none', count: 0, active: true };
    return { state: s.mood, count: s.analysis.findings.length, active: true };
  }

  destroy(): void {
    if (this.watchFrame) this.doc.defaultView?.cancelAnimationFrame(this.watchFrame);
    this.watchFrame = 0;
    for (const c of this.cleanup) c();
    this.guard.destroy();
    this.observer.disconnect();
    for (const s of this.sessions.values()) s.destroy();
    this.sessions.clear();
    this.card.destroy();
    this.overlay.destroy();
  }
}
