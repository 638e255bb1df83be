/**
 * The send pause's "Save for later" and what follows it, in the card bundle (entrypoints/card.tsx):
 * keeping the text as a draft, asking whether to clear the field (and clearing it the way a person
 * would), and the optional reminder. The coach bundle keeps the pause itself (holding the press,
 * the nudge and its first buttons, Send anyway; SendGuard.ts) and takes the text in the person's
 * click; the card bundle is loaded when the nudge opens, so it is here by the time they choose.
 */
import { replaceText } from '../fields/replace';
import type { DraftReply, ReminderChoice } from '../messaging/protocol';
import { ask } from '../messaging/send';
import { type StringKey, t } from './card-strings';
import type { FieldSession } from './FieldSession';
import type { SendGuard } from './SendGuard';

/** "Remind me…" after saving: the button and its confirmation for each choice. */
const REMIND: ReadonlyArray<[ReminderChoice, StringKey, StringKey]> = [
  ['20m', 'remind20m', 'remindSet20m'],
  ['1h', 'remind1h', 'remindSet1h'],
  ['tomorrow', 'remindTomorrow', 'remindSetTomorrow'],
];

/**
 * Asks the background to remind the person of a saved draft (content scripts cannot set alarms;
 * the background schedules it as the popup does). Only the draft's id is sent. Never throws.
 */
export async function requestReminder(draftId: string, choice: ReminderChoice): Promise<boolean> {
  return (await ask({ type: 'reminder:schedule', draftId, choice }))?.ok === true;
}

/** What the nudge says when a draft was not saved. */
const NOT_SAVED: Record<Exclude<DraftReply, { ok: true }>['reason'], StringKey> = {
  'too-long': 'draftTooLong',
  'site-full': 'draftSiteFull',
  full: 'draftListFull',
  empty: 'draftNotSaved',
  failed: 'draftNotSaved',
};

/**
 * Asks the background (the one writer of drafts) to keep the text as a draft of this page's site.
 * Never throws.
 */
export async function requestSaveDraft(text: string): Promise<DraftReply> {
  return (await ask({ type: 'draft:save', text })) ?? { ok: false, reason: 'failed' };
}

/** A short wait for editors that act on selectionchange / beforeinput asynchronously (timers, not
 * animation frames: those stall in pages the browser is not painting). */
const settle = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** "Save for later" on the nudge of `g` for `s`: `text` is the field's text when the person chose. */
export async function saveDraft(g: SendGuard, s: FieldSession, text: string): Promise<void> {
  const draft = await requestSaveDraft(text);
  if (g.nudgeFor !== s) return;
  if (!draft.ok) {
    g.setText(t(NOT_SAVED[draft.reason]));
    return;
  }
  g.host.saved?.(s);
  g.setText(t('draftSaved'));
  g.setActions([
    [t('clearYes'), () => void clear(g, s, text)],
    [t('clearNo'), () => g.close()],
  ]);
  offerReminder(g, s, draft.id);
}

/**
 * After saving: an optional reminder, as a labelled group of buttons after the clear question
 * (so Tab reaches it after "Yes, clear it" / "No, keep it"). Choosing one replaces the group with
 * a short confirmation; focus, if it was there, goes to the first remaining button.
 */
function offerReminder(g: SendGuard, s: FieldSession, draftId: string): void {
  const n = g.nudge;
  const status = n?.querySelector('.ss-nudge-status');
  if (!n || !status) return;
  const doc = g.doc;
  const group = doc.createElement('div');
  group.className = 'ss-remind';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', 'ss-remind-label');
  const label = doc.createElement('p');
  label.className = 'ss-nudge-hint';
  label.id = 'ss-remind-label';
  label.textContent = t('remindLabel');
  const row = doc.createElement('div');
  row.className = 'ss-actions';
  for (const [choice, key, done] of REMIND) {
    row.append(g.button(t(key), () => void remind(g, s, draftId, choice, done, group)));
  }
  group.append(label, row);
  n.insertBefore(group, status);
  g.place();
}

async function remind(
  g: SendGuard,
  s: FieldSession,
  draftId: string,
  choice: ReminderChoice,
  done: StringKey,
  group: HTMLElement,
): Promise<void> {
  if (group.dataset.busy) return; // one choice per draft
  group.dataset.busy = '1';
  const ok = await requestReminder(draftId, choice);
  if (g.nudgeFor !== s || !group.isConnected) return;
  // Focus on the chosen button goes to the first remaining one (it is about to go away).
  const active = g.overlay.root.activeElement;
  const hadFocus = !!active && group.contains(active);
  const note = g.doc.createElement('p');
  note.className = 'ss-nudge-hint';
  note.textContent = t(ok ? done : 'remindNotSet');
  group.removeAttribute('role');
  group.removeAttribute('aria-labelledby');
  group.replaceChildren(note);
  const status = g.nudge?.querySelector('.ss-nudge-status');
  if (status) status.textContent = note.textContent;
  if (hadFocus) {
    const first = g.buttons()[0];
    if (first) first.focus();
    else s.el.focus({ preventScroll: true });
  }
  g.place();
}

async function clear(g: SendGuard, s: FieldSession, text: string): Promise<void> {
  const now = s.read().text;
  if (now !== text) {
    g.setText(t('notCleared'));
    g.setActions([]);
    return;
  }
  let ok = await selectAllAndDelete(g.doc, s);
  if (!ok) {
    // The editors' own write path (this bundle's lib/fields/replace.ts).
    try {
      ok = (await replaceText(s.adapter, s.el, 0, now.length, '', { expected: now })).ok;
    } catch {
      ok = false;
    }
  }
  s.run();
  if (ok) {
    g.held = null;
    g.close();
    s.el.focus({ preventScroll: true });
  } else {
    g.setText(t('notCleared'));
    g.setActions([]);
  }
}

/** Clear the way a person would: select everything in the field and delete (undoable). */
async function selectAllAndDelete(doc: Document, s: FieldSession): Promise<boolean> {
  const el = s.el;
  try {
    el.focus({ preventScroll: true });
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      el.select();
    } else {
      const sel = doc.getSelection();
      if (!sel) return false;
      const snap = s.read();
      // Text-node ends map into the editor's model more reliably than the root's children.
      const range = snap.rangeFor(0, snap.text.length) ?? doc.createRange();
      if (range.collapsed) range.selectNodeContents(el);
      sel.removeAllRanges();
      sel.addRange(range);
    }
    // Editors (Lexical, ProseMirror…) take the selection from selectionchange and apply the
    // deletion from beforeinput, some a frame later.
    await settle(40);
    if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) {
      // Editors with their own model (Lexical…) take a delete with its target range.
      const sel = doc.getSelection();
      const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
      const win = (doc.defaultView ?? window) as Window & typeof globalThis;
      if (range) {
        const ev = new win.InputEvent('beforeinput', {
          inputType: 'deleteContentBackward',
          targetRanges: [new win.StaticRange(range)],
          bubbles: true,
          cancelable: true,
          composed: true,
        });
        el.dispatchEvent(ev);
        if (ev.defaultPrevented) {
          await settle(40);
          if (s.read().text.trim() === '') return true;
        }
      }
    }
    doc.execCommand('delete');
    await settle(40);
    return s.read().text.trim() === '';
  } catch {
    return false;
  }
}
