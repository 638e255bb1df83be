import { browser } from 'wxt/browser';
import type { CardAction, CardStatus, CardSuggestion } from '../../components/ToneCard';
import type { ToBackground } from '../messaging/protocol';
import type { Finding, Suggestion } from '../tone';
import type { ActionResult } from './actions';
import { type CardRenderer, loadCard } from './card-loader';
import type { CoachEngine } from './engine';
import type { FieldSession } from './FieldSession';
import type { Overlay } from './Overlay';

export interface CardActions {
  dismiss(session: FieldSession, finding: Finding): void;
  /** "Don't flag this phrase again": done (with a way back), or why not (contract 2). */
  ignorePhrase(session: FieldSession, finding: Finding): Promise<ActionResult>;
  /** "Pause on this site": done (with a way back), or why not (contract 2). */
  pauseSite(): Promise<ActionResult>;
  /** A rewording was applied (Patterns, privately). */
  applied?(session: FieldSession, finding: Finding): void;
}

/**
 * What FieldSession.apply() answers (contract 1). Read defensively: a field missing from a
 * failure (an older apply) means "not known", and the card then claims nothing it cannot know.
 */
type ApplyOutcome =
  | { ok: true; undo?: () => Promise<boolean> }
  | { ok: false; reason?: string; changed?: boolean };

/** How a card was opened: by hovering a mark (closes when the pointer leaves), or on purpose. */
export interface ShowOptions {
  hover?: boolean;
}

interface Open {
  session: FieldSession;
  finding: Finding;
  takeFocus: boolean;
  /** Opened by hovering, and the pointer has not gone into it yet. */
  hover: boolean;
  openId: number;
  status: CardStatus;
  undo?: () => Promise<boolean>;
}

/** How long a result (done, with Undo) stays when the person does nothing with it. */
const RESULT_MS = 10_000;
/** A hover-opened card waits this long after the pointer leaves it and its words before closing. */
const HOVER_GRACE_MS = 400;

/** Shows the card for one finding in our shadow root (React), and carries out its buttons. */
export class CardController {
  private renderer: CardRenderer | null = null;
  private opened = 0;
  private readonly mount: HTMLDivElement;
  private open: Open | null = null;
  private resultTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  /** Our own write (apply/undo) is under way: its input events are not the person typing on. */
  private writing = 0;
  private readonly cleanup: Array<() => void> = [];

  constructor(
    private readonly overlay: Overlay,
    /** The card shows rewordings: it opens once the whole engine is loaded (see engine.ts). */
    private readonly engine: CoachEngine,
    private readonly actions: CardActions,
  ) {
    const doc = overlay.host.ownerDocument;
    this.mount = doc.createElement('div');
    this.mount.className = 'ss-card-mount';
    overlay.controls.append(this.mount);
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) => {
      const safe = (e: DocumentEventMap[K]) => {
        try {
          if (this.open) fn(e);
        } catch {
          // Never throw into the page.
        }
      };
      const opts = { capture: true, passive: true };
      doc.addEventListener(type, safe, opts);
      this.cleanup.push(() => doc.removeEventListener(type, safe, opts));
    };
    on('input', (e) => this.onInput(e));
    on('mousemove', (e) => this.onPointer(e.clientX, e.clientY, e.isTrusted));
    on('mouseleave', (e) => this.onPointer(-1, -1, e.isTrusted));
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  get session(): FieldSession | null {
    return this.open?.session ?? null;
  }

  /** Keep the card beside its finding when the page scrolls or reflows. */
  reposition(session: FieldSession): void {
    if (this.open?.session === session) this.render();
  }

  show(session: FieldSession, finding: Finding, takeFocus: boolean, how: ShowOptions = {}): void {
    const cur = this.open;
    const hover = Boolean(how.hover) && !takeFocus;
    if (cur && cur.session === session && !takeFocus) {
      // Hovering never replaces a card opened on purpose, nor a result the person is reading.
      if (hover && (!cur.hover || !isFinding(cur.status))) return;
      if (cur.finding.id === finding.id && isFinding(cur.status)) {
        if (!hover) cur.hover = false; // A click on the words pins a hover-opened card.
        return;
      }
    }
    clearTimeout(this.resultTimer);
    clearTimeout(this.hoverTimer);
    // A new id remounts the card: React batches a close and a quick reopen into one update,
    // which would otherwise keep the old card and skip moving focus into it.
    this.open = { session, finding, takeFocus, hover, openId: ++this.opened, status: { kind: 'idle' } };
    this.render();
  }

  /**
   * Close; return focus to the field when the card had it. `refocus` false is a close the person
   * did not ask for (another field, a settings change): the notice of "Pause on this site",
   * which that very change causes, stays until it times out or the person closes it.
   */
  close(refocus = true): void {
    const o = this.open;
    if (!o) return;
    if (!refocus && isPauseNotice(o.status)) return;
    const { session } = o;
    const hadFocus = this.hasFocus();
    this.open = null;
    clearTimeout(this.resultTimer);
    clearTimeout(this.hoverTimer);
    this.render();
    if (refocus && hadFocus) this.focusField(session);
  }

  /**
   * After re-analysis: follow the card's finding to its new place (its id holds its offset, which
   * moves when text is typed before it), or close the card if it is gone (edited away, dismissed).
   * When the card had focus, it goes back to the field.
   */
  refresh(session: FieldSession): void {
    if (!this.renderer && session.analysis.findings.length > 0) this.warm();
    const o = this.open;
    if (!o || o.session !== session || !isFinding(o.status)) return;
    const still = sameFinding(session, o.finding);
    if (!still) this.close();
    else if (still !== o.finding) {
      o.finding = still;
      this.render();
    }
  }

  /**
   * Once a field has a finding, load the card's bundle and the whole engine (its rewordings) when
   * the page is idle, so the first click on an underline shows the card at once. Pages with
   * nothing flagged never load them.
   */
  private warm(): void {
    if (this.warming) return;
    this.warming = true;
    const view = this.overlay.host.ownerDocument.defaultView;
    const load = () => {
      Promise.all([loadCard(), this.engine.load()])
        .then(([mod]) => {
          this.renderer ??= mod.createRenderer(this.mount);
        })
        .catch(() => {
          this.warming = false;
        });
    };
    if (view && 'requestIdleCallback' in view) view.requestIdleCallback(load, { timeout: 1000 });
    else setTimeout(load, 200);
  }

  private warming = false;

  private hasFocus(): boolean {
    const active = this.overlay.root.activeElement;
    return active !== null && this.mount.contains(active);
  }

  private focusField(session: FieldSession): void {
    const el = session.el;
    if (!el.isConnected) return;
    el.focus({ preventScroll: true });
    // React unmounts the card on its own schedule; if focus was left on the page (or in our
    // layer) meanwhile, put it back where the person was typing.
    const doc = el.ownerDocument;
    setTimeout(() => {
      const active = doc.activeElement;
      if (active === doc.body || active === null || (active === this.overlay.host && !this.hasFocus())) {
        el.focus({ preventScroll: true });
      }
    }, 50);
  }

  /** The person goes on typing in the field: the card steps aside. */
  private onInput(e: Event): void {
    const o = this.open;
    if (!o || !e.isTrusted || this.writing > 0) return;
    if (isPauseNotice(o.status)) return;
    if (!e.composedPath().includes(o.session.el)) return;
    this.close(false);
  }

  /** A hover-opened card closes a moment after the pointer leaves both it and its words. */
  private onPointer(x: number, y: number, trusted: boolean): void {
    const o = this.open;
    if (!o?.hover || !trusted) return;
    const card = this.cardElement();
    const r = card?.getBoundingClientRect();
    const inCard = !!r && x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 4 && y <= r.bottom + 4;
    if (inCard) {
      // The person went to the card: it is theirs now, it stays.
      o.hover = false;
      clearTimeout(this.hoverTimer);
      this.hoverTimer = undefined;
      return;
    }
    const onWords = x >= 0 && o.session.findingAt(x, y)?.id === o.finding.id;
    if (onWords) {
      clearTimeout(this.hoverTimer);
      this.hoverTimer = undefined;
    } else if (this.hoverTimer === undefined) {
      this.hoverTimer = setTimeout(() => {
        this.hoverTimer = undefined;
        if (this.open === o && o.hover) this.close(false);
      }, HOVER_GRACE_MS);
    }
  }

  private cardElement(): HTMLElement | null {
    return this.mount.querySelector<HTMLElement>('.ss-card');
  }

  private render(): void {
    const o = this.open;
    if (!o) {
      this.renderer?.render(null);
      return;
    }
    this.overlay.ensureAttached();
    if (!this.renderer || !this.engine.full) {
      // React and the card, and the whole engine, load on first use (see card-loader.ts and
      // engine.ts); render once they are here. The engine's arrival re-analyses the fields, and
      // `refresh` moves the card to its finding as the whole engine words it (or closes it).
      Promise.all([this.renderer ? null : loadCard(), this.engine.load()])
        .then(([mod]) => {
          if (mod) this.renderer ??= mod.createRenderer(this.mount);
          if (this.open === o) this.render();
        })
        .catch(() => {
          if (this.open === o) this.open = null;
        });
      return;
    }
    const { session, finding, status } = o;
    const findings = session.analysis.findings;
    const index = Math.max(
      0,
      findings.findIndex((f) => f.id === finding.id),
    );
    this.renderer.render({
      category: finding.category,
      quote: session.text.slice(finding.start, finding.end),
      why: finding.why,
      suggestions: finding.suggestions.slice(0, 3).map((s) => preview(session.text, s)),
      heated: session.mood === 'heated' || Boolean(finding.pause),
      status,
      index,
      total: findings.some((f) => f.id === finding.id) ? findings.length : 1,
      takeFocus: o.takeFocus,
      openId: o.openId,
      keepClear: () => this.keepClear(o),
      onApply: (i) => void this.apply(i),
      onDismiss: () => {
        this.actions.dismiss(session, finding);
        this.close();
      },
      onIgnore: () => void this.runAction('ignore'),
      onPauseSite: () => void this.runAction('pause'),
      onUndo: () => void this.undo(),
      onCopy: (text) => void this.copy(text),
      onClose: () => this.close(),
      onPrevious: () => this.step(-1),
      onNext: () => this.step(1),
      onWhy: () => this.openAbout(),
      onTabOut: () => {
        if (session.el.isConnected) session.el.focus({ preventScroll: true });
      },
    });
  }

  /**
   * The area the card keeps in view: the flagged words and the line with the caret, one box from
   * the higher to the lower. The card sits above or below it, so it never hides what is being written.
   */
  private keepClear(o: Open): DOMRect {
    const { session } = o;
    const field = session.el.getBoundingClientRect();
    let words: DOMRect;
    try {
      words = session.anchorFor(o.finding);
    } catch {
      words = field;
    }
    if (!isFinding(o.status) && o.status.kind !== 'failed') words = field;
    const caret = caretLine(session.el, this.overlay);
    if (!caret || caret.bottom < field.top || caret.top > field.bottom) return words;
    const top = Math.min(words.top, caret.top);
    const bottom = Math.max(words.bottom, caret.bottom);
    return new DOMRect(words.left, top, Math.max(1, words.width), bottom - top);
  }

  /** Previous / Next: the other findings of this field, in order, round the end. */
  private step(delta: number): void {
    const o = this.open;
    if (!o) return;
    const findings = o.session.analysis.findings;
    if (findings.length === 0) return;
    const at = findings.findIndex((f) => f.id === o.finding.id);
    const next = findings[(at + delta + findings.length) % findings.length];
    if (!next) return;
    clearTimeout(this.resultTimer);
    o.hover = false;
    o.finding = next;
    const fromResult = !isFinding(o.status);
    o.status = { kind: 'idle' };
    if (fromResult) {
      // From the result view ("Next suggestion"): a fresh card, focus in it when it had focus.
      o.takeFocus = this.hasFocus();
      o.openId = ++this.opened;
    }
    this.render();
  }

  private async apply(index: number): Promise<void> {
    const o = this.open;
    const s = o?.finding.suggestions[index];
    if (!o || !s || this.writing > 0) return;
    o.hover = false;
    let result: ApplyOutcome;
    this.writing++;
    try {
      result = (await o.session.apply(s)) as ApplyOutcome;
    } catch {
      result = { ok: false };
    } finally {
      this.writing--;
    }
    if (this.open !== o) return;
    if (result.ok) {
      o.undo = result.undo;
      this.actions.applied?.(o.session, o.finding);
      o.status = {
        kind: 'applied',
        canUndo: Boolean(result.undo),
        remaining: o.session.analysis.findings.length,
      };
      this.render();
      // Focus back in the field (the adapter selected a placeholder where there is one).
      o.session.el.focus({ preventScroll: true });
      this.closeLater(o);
      return;
    }
    if (result.reason === 'changed' && result.changed === false) {
      // The text changed since the card opened and nothing was written: look again, afresh.
      o.session.run();
      const fresh = sameFinding(o.session, o.finding) ?? o.session.findingAtOffset(o.finding.start);
      if (fresh) {
        o.finding = fresh;
        o.status = { kind: 'fresh' };
        o.takeFocus = this.hasFocus();
        o.openId = ++this.opened;
        this.render();
        return;
      }
    }
    o.status = { kind: 'failed', wording: s.replacement, changed: result.changed };
    o.takeFocus = true;
    this.render();
  }

  /** "Don't flag this phrase again" / "Pause on this site": a confirmation with Undo, or why not. */
  private async runAction(action: CardAction): Promise<void> {
    const o = this.open;
    if (!o || o.status.kind === 'pending') return;
    const phrase = o.session.text.slice(o.finding.start, o.finding.end).trim();
    const hadFocus = this.hasFocus();
    o.hover = false;
    o.status = { kind: 'pending', action };
    this.render();
    let result: ActionResult | undefined;
    try {
      result = await (action === 'ignore'
        ? this.actions.ignorePhrase(o.session, o.finding)
        : this.actions.pauseSite());
    } catch {
      result = { ok: false, reason: 'failed' };
    }
    if (this.open !== o) return;
    if (result && typeof result === 'object' && 'ok' in result) {
      if (result.ok) {
        o.undo = typeof result.undo === 'function' ? result.undo : undefined;
        o.status = { kind: 'done', action, phrase, canUndo: Boolean(o.undo) };
      } else {
        o.status = { kind: 'action-failed', action, reason: result.reason };
      }
    } else {
      // An answer that is not an ActionResult: say only that it could not be confirmed.
      o.status = { kind: 'action-failed', action, reason: 'failed' };
    }
    // A keyboard user's focus goes to the confirmation (its Undo), in a fresh card.
    o.takeFocus = hadFocus;
    if (hadFocus) o.openId = ++this.opened;
    this.render();
    this.closeLater(o);
  }

  private async undo(): Promise<void> {
    const o = this.open;
    const undo = o?.undo;
    if (!o || !undo || this.writing > 0) return;
    o.undo = undefined;
    clearTimeout(this.resultTimer);
    const status = o.status;
    const hadFocus = this.hasFocus();
    let ok = false;
    this.writing++;
    try {
      ok = await undo();
    } catch {
      ok = false;
    } finally {
      this.writing--;
    }
    if (this.open !== o) return;
    if (status.kind === 'done') {
      o.status = ok
        ? { kind: 'action-undone', action: status.action, phrase: status.phrase }
        : { kind: 'action-undo-failed', action: status.action };
    } else {
      o.status = ok ? { kind: 'undone' } : { kind: 'undo-failed' };
    }
    this.render();
    if (status.kind !== 'done' || hadFocus) this.focusField(o.session);
    this.closeLater(o);
  }

  /** A result closes by itself after a while, unless the person is on it (focus or pointer). */
  private closeLater(o: Open): void {
    clearTimeout(this.resultTimer);
    this.resultTimer = setTimeout(() => {
      if (this.open !== o) return;
      if (this.hasFocus()) this.closeLater(o);
      else {
        this.open = null;
        this.render();
      }
    }, RESULT_MS);
  }

  private openAbout(): void {
    const message: ToBackground = { type: 'options:open', section: 'about' };
    void browser.runtime.sendMessage(message).catch(() => undefined);
  }

  private async copy(text: string): Promise<void> {
    const o = this.open;
    try {
      await navigator.clipboard.writeText(text);
      if (o && this.open === o) {
        o.status = { kind: 'copied' };
        this.render();
      }
    } catch {
      // Clipboard refused: the wording stays visible in the card to copy by hand.
    }
  }

  destroy(): void {
    for (const c of this.cleanup) c();
    clearTimeout(this.resultTimer);
    clearTimeout(this.hoverTimer);
    this.renderer?.unmount();
    this.mount.remove();
  }
}

/** The card shows a finding (not a result or a confirmation). */
function isFinding(status: CardStatus): boolean {
  return status.kind === 'idle' || status.kind === 'fresh';
}

/** A confirmation of "Pause on this site", which outlives the coach going quiet. */
function isPauseNotice(status: CardStatus): boolean {
  return 'action' in status && status.action === 'pause';
}

/** The same finding after re-analysis: the same id, else the same rule on the same words, nearest. */
function sameFinding(session: FieldSession, f: Finding): Finding | null {
  const findings = session.analysis.findings;
  const byId = findings.find((x) => x.id === f.id);
  if (byId) return byId;
  const quote = (x: Finding, text: string) => text.slice(x.start, x.end).toLowerCase();
  const want = f.end - f.start;
  let best: Finding | null = null;
  for (const x of findings) {
    if (x.rule !== f.rule || x.end - x.start !== want) continue;
    if (best === null || Math.abs(x.start - f.start) < Math.abs(best.start - f.start)) best = x;
  }
  if (best && quote(best, session.text).length === want) return best;
  return null;
}

/**
 * The caret's line in viewport coordinates, or null. Form controls: measured on our own mirror of
 * the field (in our shadow root, laid exactly over it), so the page's DOM is never touched.
 */
function caretLine(el: Element, overlay: Overlay): DOMRect | null {
  const doc = el.ownerDocument;
  try {
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      const pos = el.selectionEnd;
      if (pos === null || pos === undefined) return null;
      const fr = el.getBoundingClientRect();
      for (const m of overlay.marks.querySelectorAll<HTMLElement>('.ss-mirror')) {
        const r = m.getBoundingClientRect();
        if (
          Math.abs(r.left - fr.left) > 1.5 ||
          Math.abs(r.top - fr.top) > 1.5 ||
          Math.abs(r.width - fr.width) > 1.5
        )
          continue;
        const content = m.firstElementChild ?? m;
        const walker = doc.createTreeWalker(content, NodeFilter.SHOW_TEXT);
        let left = pos;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (left <= n.data.length) {
            const range = doc.createRange();
            range.setStart(n, left);
            range.collapse(true);
            return firstRect(range);
          }
          left -= n.data.length;
        }
        return null;
      }
      return null;
    }
    const root = el.getRootNode() as Document | (ShadowRoot & { getSelection?(): Selection | null });
    const sel =
      'getSelection' in root && typeof root.getSelection === 'function'
        ? root.getSelection()
        : doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.focusNode || !el.contains(sel.focusNode)) return null;
    const range = doc.createRange();
    range.setStart(sel.focusNode, sel.focusOffset);
    range.collapse(true);
    const r = firstRect(range);
    if (r) return r;
    const holder = sel.focusNode instanceof Element ? sel.focusNode : sel.focusNode.parentElement;
    const box = holder?.getBoundingClientRect();
    return box && box.height > 0 ? box : null;
  } catch {
    return null;
  }
}

function firstRect(range: Range): DOMRect | null {
  const rects = range.getClientRects();
  const r = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return r && r.height > 0 ? r : null;
}

/** Before / removed / inserted / after, trimmed to the sentence around the edit. */
function preview(text: string, s: Suggestion): CardSuggestion {
  const ctxBefore = text.slice(Math.max(0, s.start - 30), s.start);
  const ctxAfter = text.slice(s.end, s.end + 30);
  const removed = text.slice(s.start, s.end);
  return {
    // Labels that only repeat the new words add nothing next to the preview.
    label: s.label.trim() === s.replacement.trim() ? '' : s.label,
    before: (s.start > 30 ? '…' : '') + ctxBefore,
    removed,
    inserted: s.replacement,
    after: ctxAfter + (s.end + 30 < text.length ? '…' : ''),
  };
}
