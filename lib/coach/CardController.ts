import type { CardStatus } from '../../components/ToneCard';
import type { Finding } from '../tone';
import type { ActionResult } from './actions';
import { type CardView, loadCard } from './card-loader';
import { isFinding, type Open, sameFinding } from './card-state';
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

/** How a card was opened: by hovering a mark (closes when the pointer leaves), or on purpose. */
export interface ShowOptions {
  hover?: boolean;
}

/** A hover-opened card waits this long after the pointer leaves it and its words before closing. */
const HOVER_GRACE_MS = 400;

/**
 * Shows the card for one finding in our shadow root, and follows it: opens it (on a click, a hover,
 * the keyboard), keeps it beside its words, closes it. What the card shows and what its buttons do
 * is the card bundle's (CardView.ts, loaded with React before a card first shows): the members it
 * uses are public.
 */
export class CardController {
  /** The card bundle's view of this controller, once loaded. */
  private view: CardView | null = null;
  /** How many cards were opened (each open's `openId`). */
  opened = 0;
  readonly mount: HTMLDivElement;
  open: Open | null = null;
  resultTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  /** Our own write (apply/undo) is under way: its input events are not the person typing on. */
  writing = 0;
  private readonly cleanup: Array<() => void> = [];

  constructor(
    readonly overlay: Overlay,
    /** The card shows rewordings: it opens once the whole engine is loaded (see engine.ts). */
    private readonly engine: CoachEngine,
    readonly actions: CardActions,
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
    if (!this.view && session.analysis.findings.length > 0) this.warm();
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
          this.view ??= mod.createView(this);
        })
        .catch(() => {
          this.warming = false;
        });
    };
    if (view && 'requestIdleCallback' in view) view.requestIdleCallback(load, { timeout: 1000 });
    else setTimeout(load, 200);
  }

  private warming = false;

  hasFocus(): boolean {
    const active = this.overlay.root.activeElement;
    return active !== null && this.mount.contains(active);
  }

  focusField(session: FieldSession): void {
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

  render(): void {
    const o = this.open;
    if (!o) {
      this.view?.render(null);
      return;
    }
    this.overlay.ensureAttached();
    if (!this.view || !this.engine.full) {
      // React and the card, and the whole engine, load on first use (see card-loader.ts and
      // engine.ts); render once they are here. The engine's arrival re-analyses the fields, and
      // `refresh` moves the card to its finding as the whole engine words it (or closes it).
      Promise.all([this.view ? null : loadCard(), this.engine.load()])
        .then(([mod]) => {
          if (mod) this.view ??= mod.createView(this);
          if (this.open === o) this.render();
        })
        .catch(() => {
          if (this.open === o) this.open = null;
        });
      return;
    }
    this.view.render(o);
  }

  destroy(): void {
    for (const c of this.cleanup) c();
    clearTimeout(this.resultTimer);
    clearTimeout(this.hoverTimer);
    this.view?.unmount();
    this.mount.remove();
  }
}

/** A confirmation of "Pause on this site", which outlives the coach going quiet. */
function isPauseNotice(status: CardStatus): boolean {
  return 'action' in status && status.action === 'pause';
}
