/**
 * The card's side of CardController, in the card bundle (entrypoints/card.tsx) with React and the
 * card: what an open card shows, and what its buttons do (apply a rewording and undo it, the
 * one-click actions, Previous / Next, copy, "Why"). The coach bundle keeps only what runs before
 * a card is on screen (opening, following and closing it; CardController.ts). The bundle is in
 * before any card renders, so a click on a rewording writes it in the person's own click.
 */
import { browser } from 'wxt/browser';
import type { CardAction, CardSuggestion, ToneCardProps } from '../../components/ToneCard';
import type { ToBackground } from '../messaging/protocol';
import type { Suggestion } from '../tone';
import type { ActionResult } from './actions';
import { applySuggestion } from './apply';
import type { CardController } from './CardController';
import { isFinding, type Open, sameFinding } from './card-state';
import type { Overlay } from './Overlay';

/**
 * What applySuggestion answers (contract 1). Read defensively: a field missing from a
 * failure (an older apply) means "not known", and the card then claims nothing it cannot know.
 */
type ApplyOutcome =
  | { ok: true; undo?: () => Promise<boolean> }
  | { ok: false; reason?: string; changed?: boolean };

/** How long a result (done, with Undo) stays when the person does nothing with it. */
const RESULT_MS = 10_000;

/** The card's props for the open card `o` of `ctl`. */
export function cardProps(ctl: CardController, o: Open): ToneCardProps {
  const { session, finding, status } = o;
  const findings = session.analysis.findings;
  const index = Math.max(
    0,
    findings.findIndex((f) => f.id === finding.id),
  );
  return {
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
    keepClear: () => keepClear(ctl, o),
    onApply: (i) => void apply(ctl, i),
    onDismiss: () => {
      ctl.actions.dismiss(session, finding);
      ctl.close();
    },
    onIgnore: () => void runAction(ctl, 'ignore'),
    onPauseSite: () => void runAction(ctl, 'pause'),
    onUndo: () => void undo(ctl),
    onCopy: (text) => void copy(ctl, text),
    onClose: () => ctl.close(),
    onPrevious: () => step(ctl, -1),
    onNext: () => step(ctl, 1),
    onWhy: () => openAbout(),
    onTabOut: () => {
      if (session.el.isConnected) session.el.focus({ preventScroll: true });
    },
  };
}

/**
 * The area the card keeps in view: the flagged words and the line with the caret, one box from
 * the higher to the lower. The card sits above or below it, so it never hides what is being written.
 */
function keepClear(ctl: CardController, o: Open): DOMRect {
  const { session } = o;
  const field = session.el.getBoundingClientRect();
  let words: DOMRect;
  try {
    words = session.anchorFor(o.finding);
  } catch {
    words = field;
  }
  if (!isFinding(o.status) && o.status.kind !== 'failed') words = field;
  const caret = caretLine(session.el, ctl.overlay);
  if (!caret || caret.bottom < field.top || caret.top > field.bottom) return words;
  const top = Math.min(words.top, caret.top);
  const bottom = Math.max(words.bottom, caret.bottom);
  return new DOMRect(words.left, top, Math.max(1, words.width), bottom - top);
}

/** Previous / Next: the other findings of this field, in order, round the end. */
function step(ctl: CardController, delta: number): void {
  const o = ctl.open;
  if (!o) return;
  const findings = o.session.analysis.findings;
  if (findings.length === 0) return;
  const at = findings.findIndex((f) => f.id === o.finding.id);
  const next = findings[(at + delta + findings.length) % findings.length];
  if (!next) return;
  clearTimeout(ctl.resultTimer);
  o.hover = false;
  o.finding = next;
  const fromResult = !isFinding(o.status);
  o.status = { kind: 'idle' };
  if (fromResult) {
    // From the result view ("Next suggestion"): a fresh card, focus in it when it had focus.
    o.takeFocus = ctl.hasFocus();
    o.openId = ++ctl.opened;
  }
  ctl.render();
}

async function apply(ctl: CardController, index: number): Promise<void> {
  const o = ctl.open;
  const s = o?.finding.suggestions[index];
  if (!o || !s || ctl.writing > 0) return;
  o.hover = false;
  let result: ApplyOutcome;
  ctl.writing++;
  try {
    result = (await applySuggestion(o.session, s)) as ApplyOutcome;
  } catch {
    result = { ok: false };
  } finally {
    ctl.writing--;
  }
  if (ctl.open !== o) return;
  if (result.ok) {
    o.undo = result.undo;
    ctl.actions.applied?.(o.session, o.finding);
    o.status = {
      kind: 'applied',
      canUndo: Boolean(result.undo),
      remaining: o.session.analysis.findings.length,
    };
    ctl.render();
    // Focus back in the field (the adapter selected a placeholder where there is one).
    o.session.el.focus({ preventScroll: true });
    closeLater(ctl, o);
    return;
  }
  if (result.reason === 'changed' && result.changed === false) {
    // The text changed since the card opened and nothing was written: look again, afresh.
    o.session.run();
    const fresh = sameFinding(o.session, o.finding) ?? o.session.findingAtOffset(o.finding.start);
    if (fresh) {
      o.finding = fresh;
      o.status = { kind: 'fresh' };
      o.takeFocus = ctl.hasFocus();
      o.openId = ++ctl.opened;
      ctl.render();
      return;
    }
  }
  o.status = { kind: 'failed', wording: s.replacement, changed: result.changed };
  o.takeFocus = true;
  ctl.render();
}

/** "Don't flag this phrase again" / "Pause on this site": a confirmation with Undo, or why not. */
async function runAction(ctl: CardController, action: CardAction): Promise<void> {
  const o = ctl.open;
  if (!o || o.status.kind === 'pending') return;
  const phrase = o.session.text.slice(o.finding.start, o.finding.end).trim();
  const hadFocus = ctl.hasFocus();
  o.hover = false;
  o.status = { kind: 'pending', action };
  ctl.render();
  let result: ActionResult | undefined;
  try {
    result = await (action === 'ignore'
      ? ctl.actions.ignorePhrase(o.session, o.finding)
      : ctl.actions.pauseSite());
  } catch {
    result = { ok: false, reason: 'failed' };
  }
  if (ctl.open !== o) return;
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
  if (hadFocus) o.openId = ++ctl.opened;
  ctl.render();
  closeLater(ctl, o);
}

async function undo(ctl: CardController): Promise<void> {
  const o = ctl.open;
  const undo = o?.undo;
  if (!o || !undo || ctl.writing > 0) return;
  o.undo = undefined;
  clearTimeout(ctl.resultTimer);
  const status = o.status;
  const hadFocus = ctl.hasFocus();
  let ok = false;
  ctl.writing++;
  try {
    ok = await undo();
  } catch {
    ok = false;
  } finally {
    ctl.writing--;
  }
  if (ctl.open !== o) return;
  if (status.kind === 'done') {
    o.status = ok
      ? { kind: 'action-undone', action: status.action, phrase: status.phrase }
      : { kind: 'action-undo-failed', action: status.action };
  } else {
    o.status = ok ? { kind: 'undone' } : { kind: 'undo-failed' };
  }
  ctl.render();
  if (status.kind !== 'done' || hadFocus) ctl.focusField(o.session);
  closeLater(ctl, o);
}

/** A result closes by itself after a while, unless the person is on it (focus or pointer). */
function closeLater(ctl: CardController, o: Open): void {
  clearTimeout(ctl.resultTimer);
  ctl.resultTimer = setTimeout(() => {
    if (ctl.open !== o) return;
    if (ctl.hasFocus()) closeLater(ctl, o);
    else {
      ctl.open = null;
      ctl.render();
    }
  }, RESULT_MS);
}

function openAbout(): void {
  const message: ToBackground = { type: 'options:open', section: 'about' };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

async function copy(ctl: CardController, text: string): Promise<void> {
  const o = ctl.open;
  try {
    await navigator.clipboard.writeText(text);
    if (o && ctl.open === o) {
      o.status = { kind: 'copied' };
      ctl.render();
    }
  } catch {
    // Clipboard refused: the wording stays visible in the card to copy by hand.
  }
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
