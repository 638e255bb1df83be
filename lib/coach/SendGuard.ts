import { type CardModule, loadCard } from './card-loader';
import type { FieldSession } from './FieldSession';
import { guarded } from './guarded';
import type { Overlay } from './Overlay';
import { t } from './strings';

/**
 * Pause before sending (issue 6): when the message in a field is heated (or tense, when the person
 * chose so) and the person presses the Enter that sends, or clicks the field's Send button, that
 * first press is held and a small nudge appears next to the field: Review, Save for later, Send
 * anyway. Enter (or the Send button) again, or Send anyway, lets the page send as it normally
 * would. The nudge never changes the text; only "Save for later" then asks before clearing it.
 *
 * Only the person's own presses count (`isTrusted`): a page cannot open the nudge, press its
 * buttons or get past it with made-up events. A second press right after the nudge opens (a
 * double click, two quick Enters) is swallowed: it never counts as "Send anyway".
 *
 * Listens on the window in the capture phase, so it runs before the page's own handlers.
 */

/** What of a key event the decision needs (a KeyboardEvent fits). */
export interface EnterLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  keyCode: number;
  defaultPrevented: boolean;
}

/**
 * An Enter that sends in a messenger: no modifier (Shift+Enter is a new line, Ctrl/Cmd+Enter the
 * page's own), not confirming an IME composition, not already handled by the page.
 */
export function isPlainEnter(e: EnterLike): boolean {
  return (
    e.key === 'Enter' &&
    !e.shiftKey &&
    !e.ctrlKey &&
    !e.metaKey &&
    !e.altKey &&
    !e.isComposing &&
    e.keyCode !== 229 &&
    !e.defaultPrevented
  );
}

export interface HoldState {
  enabled: boolean;
  /** The field shows an autocomplete / mention menu (Enter picks from it). */
  menuOpen: boolean;
  /** This Enter was already held once for this message, or the person chose "Send anyway". */
  passNext: boolean;
  mood: 'calm' | 'tense' | 'heated';
}

/** Whether to hold a plain Enter (or a click on Send); `holdTense`: tense messages are held too. */
export function shouldHold(s: HoldState & { holdTense?: boolean }): boolean {
  const moodHeld = s.mood === 'heated' || (s.holdTense === true && s.mood === 'tense');
  return s.enabled && !s.menuOpen && !s.passNext && moodHeld;
}

/**
 * How long after the nudge opens (or its buttons change) a press is ignored: the second half of a
 * double click or of two quick Enters never lands as a choice.
 */
export const NUDGE_GRACE_MS = 500;

/**
 * When a press happened, on `performance.now()`'s clock: the event's own time stamp (set when the
 * browser took the input, before a busy page handled it), never later than now; now when the event
 * has none.
 */
export function pressTime(timeStamp: number | undefined, now: number): number {
  return timeStamp !== undefined && timeStamp > 0 ? Math.min(timeStamp, now) : now;
}

/** Accessible names of a send control: "Send", "Send message", "Senden", "Envoyer", "Enviar". */
const SEND_NAME = /^\s*(send|senden|envoyer|enviar|invia|post|reply)\b/i;

/** What of a control the send-control decision needs. */
export interface ControlShape {
  /** 'button' (a <button> or role=button), 'submit' (<input type=submit|image>), or 'other'. */
  kind: 'button' | 'submit' | 'other';
  /** type attribute of a <button> ('submit' by default inside a form). */
  buttonType: string;
  /** Whether the control submits the form the field is in. */
  submitsFieldForm: boolean;
  /** aria-label, else title, else text content. */
  name: string;
}

/** A control that sends the field's message: the form's submit, or a button named "Send". */
export function isSendControl(c: ControlShape): boolean {
  if (c.kind === 'other') return false;
  if (c.submitsFieldForm) return true;
  return c.kind === 'button' && SEND_NAME.test(c.name.slice(0, 60));
}

/** An open combobox / listbox attached to the field: Enter belongs to it. */
export function hasOpenMenu(el: Element): boolean {
  if (el.getAttribute('aria-expanded') === 'true') return true;
  const active = el.getAttribute('aria-activedescendant');
  return !!active && active.trim() !== '';
}

/** Accessible names of message composers: "Type a message", "Message #general", "Reply", "Chat". */
const CHAT_NAME = /\b(message|messages|chat|reply|dm)\b/i;
/** Taller than this, a field is a document editor (an email body), where Enter makes a new line. */
const COMPOSER_MAX_HEIGHT = 200;

export interface FieldShape {
  kind: 'input' | 'textarea' | 'editable';
  /** The enterkeyhint attribute, if any. */
  enterKeyHint: string;
  /** aria-label (the composer's accessible name). */
  name: string;
  /** Rendered height in CSS px. */
  height: number;
}

/**
 * Whether Enter sends in this field (rather than making a new line): a single-line input; a field
 * that says so (enterkeyhint="send"); or a compact field named as a message composer. Anything else
 * (comment boxes, email bodies, editors) keeps its Enter.
 */
export function enterSends(f: FieldShape): boolean {
  if (f.kind === 'input') return true;
  if (f.enterKeyHint.trim().toLowerCase() === 'send') return true;
  return CHAT_NAME.test(f.name) && f.height > 0 && f.height <= COMPOSER_MAX_HEIGHT;
}

function shapeOf(el: Element): FieldShape {
  return {
    kind:
      el instanceof HTMLInputElement ? 'input' : el instanceof HTMLTextAreaElement ? 'textarea' : 'editable',
    enterKeyHint: el.getAttribute('enterkeyhint') ?? '',
    name: el.getAttribute('aria-label') ?? '',
    height: el.getBoundingClientRect().height,
  };
}

export interface SendGuardHost {
  enabled(): boolean;
  /** Tense messages are held too (the person's choice; heated ones always are). */
  holdTense?(): boolean;
  /** The coached session of the field an event targets, or null. */
  sessionAt(target: EventTarget | null): FieldSession | null;
  /** The session of the field last typed in (focus may have moved to the Send button). */
  current?(): FieldSession | null;
  /** Open the coach card for the session with focus in it. */
  review(session: FieldSession): void;
  /** The person sent a held message anyway (Patterns, privately: counted, never read). */
  sentAnyway?(session: FieldSession): void;
  /** The person saved the message for later. */
  saved?(session: FieldSession): void;
}

/** How long to wait for the page to act on a re-sent Enter before asking for a real one. */
const RESEND_CHECK_MS = 200;

export class SendGuard {
  /** The message whose first Enter was held: the next Enter on it passes. */
  held: { session: FieldSession; text: string; control?: Element } | null = null;
  /** "Send anyway": the next Enter in this field passes. */
  private allow: FieldSession | null = null;
  nudge: HTMLElement | null = null;
  nudgeFor: FieldSession | null = null;
  /** Until when presses on the nudge (and a second Enter or click on Send) are ignored. */
  private graceUntil = 0;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly view: Window | null;
  private readonly onKeyDown = guarded((e: KeyboardEvent) => this.handleKey(e));
  private readonly onClick = guarded((e: MouseEvent) => this.handleClick(e));
  private readonly onViewChange = () => this.place();

  constructor(
    readonly doc: Document,
    readonly overlay: Overlay,
    readonly host: SendGuardHost,
  ) {
    this.view = doc.defaultView;
    this.view?.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.view?.addEventListener('click', this.onClick, { capture: true });
    this.view?.addEventListener('scroll', this.onViewChange, { capture: true, passive: true });
    this.view?.addEventListener('resize', this.onViewChange, { passive: true });
  }

  get isOpen(): boolean {
    return this.nudge !== null;
  }

  /**
   * Whether the grace moment is still on, at the time of `e` when given: when the person pressed,
   * not when a busy page got round to handling it (two quick presses queued behind a long task
   * are still two quick presses). `Event.timeStamp` shares `performance.now()`'s clock.
   */
  private inGrace(e?: Event): boolean {
    return pressTime(e?.timeStamp, performance.now()) < this.graceUntil;
  }

  /**
   * Starts the short moment in which clicks on the nudge (and a second press to send) are
   * ignored. Meanwhile its buttons say so (aria-disabled); keyboard presses on a button the
   * person moved to are never ignored.
   */
  private startGrace(): void {
    this.graceUntil = performance.now() + NUDGE_GRACE_MS;
    const box = this.nudge;
    box?.removeAttribute('data-ready');
    for (const b of this.buttons()) b.setAttribute('aria-disabled', 'true');
    clearTimeout(this.graceTimer);
    this.graceTimer = setTimeout(() => {
      if (!box || this.nudge !== box) return;
      for (const b of this.buttons()) b.removeAttribute('aria-disabled');
      box.dataset.ready = 'true';
    }, NUDGE_GRACE_MS);
  }

  /** Forget a session that was torn down. */
  forget(s: FieldSession): void {
    if (this.nudgeFor === s) this.close();
    if (this.held?.session === s) this.held = null;
    if (this.allow === s) this.allow = null;
  }

  private handleKey(e: KeyboardEvent): void {
    // Keys the page made up neither open, answer nor get past the nudge. (Our own re-sent Enter
    // for "Send anyway" is one of them: it passes untouched.)
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      if (this.nudge && !e.defaultPrevented) this.close();
      return;
    }
    if (e.key === 'Tab' && this.nudge && this.nudgeFor && !e.altKey && !e.ctrlKey && !e.metaKey) {
      this.tab(e);
      return;
    }
    if (e.key !== 'Enter' || !isPlainEnter(e)) return;
    const target = e.composedPath()[0] ?? e.target;
    if (target instanceof Node && this.overlay.contains(target)) return;
    if (!this.host.enabled()) return;
    const s = this.host.sessionAt(target);
    if (!s || !enterSends(shapeOf(s.el))) return;
    // The second of two quick Enters (or an Enter right after a held click) is not a choice.
    if (this.nudgeFor === s && this.inGrace(e)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    if (this.decide(s)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.held = { session: s, text: s.text };
      this.show(s);
    }
  }

  /** Whether to hold this press to send; when not, clears a held state the press goes past. */
  private decide(s: FieldSession): boolean {
    s.run(); // Analyse now: a fast typist's last words are not analysed yet.
    const passNext =
      this.allow === s || (this.held?.session === s && (this.nudgeFor === s || this.held.text === s.text));
    const holdTense = this.host.holdTense?.() === true;
    if (shouldHold({ enabled: true, menuOpen: hasOpenMenu(s.el), passNext, mood: s.mood, holdTense })) {
      return true;
    }
    if (passNext) {
      // Pressed again on a held message ("Send anyway" counts itself when clicked).
      if (this.allow !== s && s.mood !== 'calm') this.host.sentAnyway?.(s);
      this.allow = null;
      this.held = null;
      if (this.nudgeFor === s) this.close();
    }
    return false;
  }

  /* ------------------------------------------------------------------ the Send button */

  /** The send control a click landed on, and the coached field it sends, if any. */
  private sendTarget(e: MouseEvent): { control: Element; session: FieldSession } | null {
    const path = e.composedPath();
    let control: Element | null = null;
    for (const n of path.slice(0, 12)) {
      if (!(n instanceof Element)) continue;
      if (n.matches('button, input[type="submit"], input[type="image"], [role="button"]')) {
        control = n;
        break;
      }
    }
    if (!control || this.overlay.contains(control)) return null;
    if (control.matches(':disabled') || control.getAttribute('aria-disabled') === 'true') return null;
    // The field: the one being typed in, or the one held; it must be near the control.
    const candidates = [this.host.current?.() ?? null, this.held?.session ?? null];
    for (const s of candidates) {
      if (!s?.el.isConnected) continue;
      const form = (s.el as HTMLTextAreaElement).form ?? s.el.closest('form');
      const kind =
        control.localName === 'input'
          ? 'submit'
          : control.localName === 'button' || control.getAttribute('role') === 'button'
            ? 'button'
            : 'other';
      const buttonType =
        control.localName === 'button'
          ? (control as HTMLButtonElement).type
          : (control.getAttribute('type') ?? '');
      const controlForm =
        control instanceof HTMLButtonElement || control instanceof HTMLInputElement ? control.form : null;
      const submitsFieldForm =
        !!form &&
        controlForm === form &&
        (control instanceof HTMLInputElement ||
          (control instanceof HTMLButtonElement && buttonType === 'submit'));
      const name = (
        control.getAttribute('aria-label') ??
        control.getAttribute('title') ??
        (control instanceof HTMLInputElement ? control.value : control.textContent) ??
        ''
      ).trim();
      // The submit of another form sends another field.
      if (controlForm && controlForm !== form) continue;
      if (!isSendControl({ kind, buttonType, submitsFieldForm, name })) continue;
      if (!submitsFieldForm && !near(control, s.el)) continue;
      return { control, session: s };
    }
    return null;
  }

  private handleClick(e: MouseEvent): void {
    // Clicks the page made up pass untouched (our own re-sent click for "Send anyway" too).
    if (!e.isTrusted || e.button !== 0) return;
    if (!this.host.enabled()) return;
    const target = this.sendTarget(e);
    if (!target) return;
    const { control, session: s } = target;
    if (this.nudgeFor === s && this.inGrace(e)) {
      // The second click of a double click: not a choice.
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    if (this.decide(s)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.held = { session: s, text: s.text, control };
      this.show(s);
    }
  }

  /* ------------------------------------------------------------------ keyboard */

  /** The nudge's buttons, in order. */
  buttons(): HTMLButtonElement[] {
    return this.nudge ? [...this.nudge.querySelectorAll<HTMLButtonElement>('button')] : [];
  }

  private focusInNudge(): boolean {
    const active = this.overlay.root.activeElement;
    return !!active && !!this.nudge?.contains(active);
  }

  /**
   * Tab from the field goes into the nudge (its first button); Tab / Shift+Tab at the nudge's ends
   * go back to the field, so the nudge sits in the tab order right after the field it is about.
   */
  private tab(e: KeyboardEvent): void {
    const s = this.nudgeFor;
    if (!s) return;
    const target = e.composedPath()[0] ?? e.target;
    const buttons = this.buttons();
    if (target === s.el || (target instanceof Node && s.el.contains(target))) {
      if (e.shiftKey || buttons.length === 0) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      buttons[0]?.focus();
      return;
    }
    if (!(target instanceof Node) || !this.nudge?.contains(target)) return;
    const i = buttons.indexOf(target as HTMLButtonElement);
    const leaving = e.shiftKey ? i <= 0 : i === buttons.length - 1;
    if (!leaving) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    s.el.focus({ preventScroll: true });
  }

  /* ------------------------------------------------------------------ nudge */

  private show(s: FieldSession): void {
    this.close();
    // What "Save for later" does next comes with the card bundle: loaded now, ahead of a choice.
    loadCard().catch(() => {});
    const doc = this.doc;
    this.overlay.ensureAttached();
    const box = doc.createElement('div');
    box.className = 'ss-nudge';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-label', t('nudgeLabel'));
    box.setAttribute('aria-describedby', 'ss-nudge-text');
    box.dataset.testid = 'send-nudge';
    const text = doc.createElement('p');
    text.className = 'ss-nudge-text';
    text.id = 'ss-nudge-text';
    text.textContent = t('nudgeText');
    const hint = doc.createElement('p');
    hint.className = 'ss-nudge-hint';
    hint.textContent = t('nudgeHint');
    const actions = doc.createElement('div');
    actions.className = 'ss-actions';
    const status = doc.createElement('p');
    status.className = 'ss-nudge-status';
    status.setAttribute('role', 'status');
    box.append(text, hint, actions, status);
    // Keep focus in the field when a button is clicked with the mouse: Enter there still sends.
    box.addEventListener('mousedown', (e) => e.preventDefault());
    this.nudge = box;
    this.nudgeFor = s;
    this.overlay.controls.append(box);
    this.setActions([
      [t('review'), () => this.review(s)],
      [t('saveForLater'), () => void this.save(s)],
      [t('sendAnyway'), () => this.sendAnyway(s)],
    ]);
    this.place();
  }

  /** A button of the nudge: acts only on the person's own press, once the grace moment is over. */
  button(label: string, fn: () => void): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (this.inGrace()) b.setAttribute('aria-disabled', 'true');
    b.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      // A pointer click (detail ≥ 1) right after the nudge opened is the end of a double click.
      if (e.detail > 0 && this.inGrace(e)) return;
      fn();
    });
    return b;
  }

  setActions(buttons: Array<[string, () => void]>): void {
    const actions = this.nudge?.querySelector('.ss-actions');
    if (!actions) return;
    const hadFocus = this.focusInNudge();
    actions.replaceChildren(...buttons.map(([label, fn]) => this.button(label, fn)));
    // New buttons where the old ones were: a second click meant for the old one does nothing.
    this.startGrace();
    if (hadFocus) {
      const first = this.buttons()[0];
      if (first) first.focus();
      else this.nudgeFor?.el.focus({ preventScroll: true });
    }
  }

  setText(text: string, hint = ''): void {
    const n = this.nudge;
    if (!n) return;
    const p = n.querySelector('.ss-nudge-text');
    const h = n.querySelector('.ss-nudge-hint');
    if (p) p.textContent = text;
    if (h) h.textContent = hint;
    const status = n.querySelector('.ss-nudge-status');
    if (status) status.textContent = text;
    this.place();
  }

  place(): void {
    const n = this.nudge;
    const s = this.nudgeFor;
    if (!n || !s) return;
    if (!s.el.isConnected) {
      this.close();
      return;
    }
    const r = s.el.getBoundingClientRect();
    const vw = this.view?.innerWidth ?? 800;
    const vh = this.view?.innerHeight ?? 600;
    const w = n.offsetWidth;
    const h = n.offsetHeight;
    const left = Math.max(8, Math.min(r.left, vw - w - 8));
    const above = r.top - h - 8;
    const top = above >= 8 ? above : Math.min(r.bottom + 8, Math.max(8, vh - h - 8));
    n.style.left = `${left}px`;
    n.style.top = `${top}px`;
  }

  /** Close; when focus was in the nudge, it goes back to the field. */
  close(): void {
    clearTimeout(this.graceTimer);
    const refocus = this.focusInNudge() ? this.nudgeFor?.el : undefined;
    this.nudge?.remove();
    this.nudge = null;
    this.nudgeFor = null;
    refocus?.focus({ preventScroll: true });
  }

  /* ------------------------------------------------------------------ actions */

  private review(s: FieldSession): void {
    this.close();
    this.host.review(s);
  }

  /**
   * Let the page send as it normally would: re-send Enter to the field with the guard standing
   * aside. When the page ignores a synthetic Enter (the text is still there), ask for a real one.
   */
  private sendAnyway(s: FieldSession): void {
    if (s.mood !== 'calm') this.host.sentAnyway?.(s);
    const control = this.held?.control;
    this.close();
    let before: string;
    try {
      before = s.read().text;
    } catch {
      return;
    }
    this.held = null;
    this.allow = s;
    if (control?.isConnected) {
      // Held at the Send button: press it again for the page (our click handler lets it pass).
      (control as HTMLElement).click();
      this.allow = null;
      return;
    }
    s.el.focus({ preventScroll: true });
    s.el.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        code: 'Enter',
        keyCode: 13,
        which: 13,
        bubbles: true,
        cancelable: true,
        composed: true,
      } as KeyboardEventInit),
    );
    this.allow = null;
    setTimeout(() => {
      let now = before;
      try {
        now = s.read().text;
      } catch {
        return;
      }
      if (now !== before || !s.el.isConnected) return;
      this.allow = s;
      this.show(s);
      this.setText(t('pressEnterToSend'));
      this.setActions([]);
    }, RESEND_CHECK_MS);
  }

  /**
   * "Save for later": the text is taken in the person's click; saving it, and what the nudge asks
   * after (clear the field? a reminder?), come with the card bundle (nudge-save.ts), loaded ahead
   * when the nudge opens.
   */
  private async save(s: FieldSession): Promise<void> {
    const text = s.read().text;
    if (!text.trim()) return;
    let card: CardModule;
    try {
      card = await loadCard();
    } catch {
      // As when the background does not answer: nothing was saved.
      if (this.nudgeFor === s) this.setText(t('draftNotSaved'));
      return;
    }
    await card.saveDraft(this, s, text);
  }

  destroy(): void {
    this.close();
    this.view?.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.view?.removeEventListener('click', this.onClick, { capture: true });
    this.view?.removeEventListener('scroll', this.onViewChange, { capture: true });
    this.view?.removeEventListener('resize', this.onViewChange);
  }
}

/** A control "near" a field: within a few ancestors of it (the composer row), or right beside it. */
function near(control: Element, field: Element): boolean {
  let a: Element | null = field;
  for (let i = 0; i < 3 && a; i++, a = a.parentElement) {
    if (a.contains(control)) return true;
  }
  const c = control.getBoundingClientRect();
  const f = field.getBoundingClientRect();
  const dx = Math.max(0, f.left - c.right, c.left - f.right);
  const dy = Math.max(0, f.top - c.bottom, c.top - f.bottom);
  return dx <= 80 && dy <= 80;
}
