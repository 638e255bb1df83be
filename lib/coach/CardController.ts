import type { CardStatus, CardSuggestion } from '../../components/ToneCard';
import type { Finding, Suggestion } from '../tone';
import { type CardRenderer, loadCard } from './card-loader';
import type { FieldSession } from './FieldSession';
import type { Overlay } from './Overlay';

export interface CardActions {
  dismiss(session: FieldSession, finding: Finding): void;
  ignorePhrase(session: FieldSession, finding: Finding): void;
  pauseSite(): void;
  /** A rewording was applied (Patterns, privately). */
  applied?(session: FieldSession, finding: Finding): void;
}

interface Open {
  session: FieldSession;
  finding: Finding;
  takeFocus: boolean;
  openId: number;
  status: CardStatus;
  undo?: () => Promise<boolean>;
}

const UNDO_MS = 8000;

/** Shows the card for one finding in our shadow root (React), and carries out its buttons. */
export class CardController {
  private renderer: CardRenderer | null = null;
  private opened = 0;
  private readonly mount: HTMLDivElement;
  private open: Open | null = null;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly overlay: Overlay,
    private readonly actions: CardActions,
  ) {
    this.mount = overlay.host.ownerDocument.createElement('div');
    this.mount.className = 'ss-card-mount';
    overlay.controls.append(this.mount);
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

  show(session: FieldSession, finding: Finding, takeFocus: boolean): void {
    if (this.open && this.open.finding.id === finding.id && this.open.session === session && !takeFocus)
      return;
    // A new id remounts the card: React batches a close and a quick reopen into one update,
    // which would otherwise keep the old card and skip moving focus into it.
    this.open = { session, finding, takeFocus, openId: ++this.opened, status: { kind: 'idle' } };
    this.render();
  }

  /** Close; return focus to the field when the card had it. */
  close(refocus = true): void {
    if (!this.open) return;
    const { session } = this.open;
    const hadFocus = this.overlay.root.activeElement !== null;
    this.open = null;
    clearTimeout(this.undoTimer);
    this.render();
    if (refocus && hadFocus) {
      session.el.focus();
      // React unmounts the card on its own schedule; if focus was left on the page (or in our
      // layer) meanwhile, put it back where the person was typing.
      const doc = session.el.ownerDocument;
      setTimeout(() => {
        const active = doc.activeElement;
        if (!this.open && (active === doc.body || active === this.overlay.host || active === null)) {
          session.el.focus();
        }
      }, 50);
    }
  }

  /**
   * After re-analysis: close the card if its finding is gone (e.g. the person edited it away, or
   * dismissed it from the card). When the card had focus, it goes back to the field.
   */
  refresh(session: FieldSession): void {
    const o = this.open;
    if (!o || o.session !== session || o.status.kind !== 'idle') return;
    const still = session.analysis.findings.find((f) => f.id === o.finding.id);
    if (!still) this.close();
    else if (still !== o.finding) {
      o.finding = still;
      this.render();
    }
  }

  private render(): void {
    const o = this.open;
    if (!o) {
      this.renderer?.render(null);
      return;
    }
    this.overlay.ensureAttached();
    if (!this.renderer) {
      // React and the card load on first use (see card-loader.ts); render once they are here.
      loadCard()
        .then((mod) => {
          this.renderer ??= mod.createRenderer(this.mount);
          this.render();
        })
        .catch(() => {
          this.open = null;
        });
      return;
    }
    const { session, finding, status } = o;
    const anchor = session.anchorFor(finding);
    const view = session.el.ownerDocument.defaultView;
    const vw = view?.innerWidth ?? 800;
    const vh = view?.innerHeight ?? 600;
    const width = Math.min(360, vw - 16);
    const left = Math.max(8, Math.min(anchor.left, vw - width - 8));
    const below = anchor.bottom + 8;
    const top = below + 260 > vh && anchor.top > 280 ? Math.max(8, anchor.top - 268) : below;
    this.renderer.render({
      category: finding.category,
      quote: session.text.slice(finding.start, finding.end),
      why: finding.why,
      suggestions: finding.suggestions.slice(0, 3).map((s) => preview(session.text, s)),
      heated: session.mood === 'heated' || Boolean(finding.pause),
      status,
      takeFocus: o.takeFocus,
      openId: o.openId,
      left,
      top,
      anchorTop: anchor.top,
      anchorBottom: anchor.bottom,
      onApply: (i) => void this.apply(i),
      onDismiss: () => {
        this.actions.dismiss(session, finding);
        this.close();
      },
      onIgnore: () => {
        this.actions.ignorePhrase(session, finding);
        this.close();
      },
      onPauseSite: () => {
        this.actions.pauseSite();
        this.close();
      },
      onUndo: () => void this.undo(),
      onCopy: (text) => void this.copy(text),
      onClose: () => this.close(),
    });
  }

  private async apply(index: number): Promise<void> {
    const o = this.open;
    const s = o?.finding.suggestions[index];
    if (!o || !s) return;
    const result = await o.session.apply(s);
    if (this.open !== o) return;
    if (!result.ok) {
      o.status = { kind: 'failed', wording: s.replacement };
      o.takeFocus = true;
      this.render();
      return;
    }
    o.undo = result.undo;
    this.actions.applied?.(o.session, o.finding);
    o.status = { kind: 'applied', canUndo: Boolean(result.undo) };
    this.render();
    // Focus back in the field (the adapter selected a placeholder where there is one).
    o.session.el.focus({ preventScroll: true });
    clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => {
      if (this.open === o) this.close(false);
    }, UNDO_MS);
  }

  private async undo(): Promise<void> {
    const o = this.open;
    if (!o?.undo) return;
    const ok = await o.undo();
    if (this.open !== o) return;
    o.status = ok
      ? { kind: 'undone' }
      : { kind: 'failed', wording: o.session.text.slice(o.finding.start, o.finding.end) };
    o.undo = undefined;
    this.render();
    o.session.el.focus({ preventScroll: true });
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
    this.renderer?.unmount();
    this.mount.remove();
  }
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
