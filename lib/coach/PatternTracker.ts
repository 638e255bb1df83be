import { browser } from 'wxt/browser';
import { STAT_KINDS, type StatKind, type ToBackground } from '../messaging/protocol';

/**
 * Patterns, privately (issue 6), in the page: decides when a message counts and asks the
 * background (the one writer of the counts, lib/background/stats.ts) to count it. Categories and
 * lengths only, never text. The counts' model is lib/models/stats.ts.
 */
export { STAT_KINDS, type StatKind };

/** What the tracker needs to see of a coached field (a FieldSession fits). */
export interface TrackedField {
  readonly text: string;
  readonly analysis: { readonly findings: ReadonlyArray<{ readonly category: string }> };
}

interface MessageState {
  /** Categories already counted as flagged for this message. */
  flagged: Set<string>;
  softened: boolean;
  /** A finding was dismissed: going calm then is not "softened". */
  dismissed: boolean;
  /**
   * Set while the text is calm after being flagged and we wait to see whether the person writes
   * on or sends it (softened) or is deleting it all (not softened): the calm text's length, and
   * whether the last change only deleted from the end.
   */
  calm: { len: number; deleting: boolean } | null;
  /** The text at the last look (memory only, like the field's own session; never stored). */
  prev: string;
}

/**
 * Decides when a message counts, per field: a message is the text from empty to empty (sent or
 * cleared). It counts as flagged once per category found, as softened once (a rewording applied,
 * or the text edited until calm after being flagged), and sent anyway / saved when the nudge says
 * so. Holds categories and lengths only, never text.
 *
 * "Edited until calm" needs the person to write on once the text is calm, or to send the calm
 * text: backspacing through a flagged word makes the text calm for a moment too, and deleting a
 * message is not softening it. A calm text that was only being cut from its end and then goes
 * (sent or deleted: we cannot tell) is not counted: a miss rather than a false count.
 */
export class PatternTracker<F extends object = TrackedField> {
  private readonly states = new WeakMap<F, MessageState>();

  constructor(private readonly sink: (kind: StatKind, categories: string[], newMessage: boolean) => void) {}

  private state(field: F): MessageState {
    let s = this.states.get(field);
    if (!s) {
      s = { flagged: new Set(), softened: false, dismissed: false, calm: null, prev: '' };
      this.states.set(field, s);
    }
    return s;
  }

  /** After each analysis of the field. */
  observe(field: F & TrackedField): void {
    const s = this.state(field);
    const text = field.text;
    const prev = s.prev;
    s.prev = text;
    if (text.trim() === '') {
      // Sent, cleared or emptied: the next words are a new message. Calm words that were not
      // being deleted went out (sent): that message was softened.
      if (s.calm && !s.calm.deleting) this.soften(s);
      this.states.delete(field);
      return;
    }
    const cats = [...new Set(field.analysis.findings.map((f) => f.category))];
    const fresh = cats.filter((c) => !s.flagged.has(c));
    if (fresh.length) {
      const newMessage = s.flagged.size === 0;
      for (const c of fresh) s.flagged.add(c);
      s.calm = null;
      this.sink('flagged', fresh, newMessage);
      return;
    }
    if (cats.length > 0 || s.flagged.size === 0 || s.softened || s.dismissed) {
      s.calm = null;
      return;
    }
    const len = text.length;
    if (s.calm && len > s.calm.len) this.soften(s);
    else s.calm = { len, deleting: len < prev.length && prev.startsWith(text) };
  }

  private soften(s: MessageState): void {
    if (s.softened || s.dismissed || s.flagged.size === 0) return;
    s.softened = true;
    s.calm = null;
    this.sink('softened', [...s.flagged], true);
  }

  /** A rewording from the card was applied. */
  applied(field: F, category: string): void {
    const s = this.state(field);
    if (s.softened) return;
    s.softened = true;
    s.calm = null;
    this.sink('softened', s.flagged.size ? [...s.flagged] : [category], true);
  }

  /** The person dismissed a finding (or ignored its phrase): its going away is not softening. */
  dismissed(field: F): void {
    this.state(field).dismissed = true;
  }

  /** Sent anyway (Send anyway, or Enter again on the nudge). */
  sentAnyway(field: F & TrackedField): void {
    this.sink('sentAnyway', this.categoriesOf(field), true);
  }

  /** Saved for later. */
  saved(field: F & TrackedField): void {
    this.sink('saved', this.categoriesOf(field), true);
  }

  private categoriesOf(field: F & TrackedField): string[] {
    const now = field.analysis.findings.map((f) => f.category);
    return now.length ? [...new Set(now)] : [...this.state(field).flagged];
  }
}

/**
 * From a content script: asks the background to count one event (category ids only, never text).
 * Fire and forget; resolves false when the background could not be reached. Never throws.
 */
export async function sendStat(
  kind: StatKind,
  categories: readonly string[],
  newMessage = true,
): Promise<boolean> {
  const message: ToBackground = { type: 'stats:record', kind, categories: [...categories], newMessage };
  try {
    return (await browser.runtime.sendMessage(message)) === true;
  } catch {
    return false;
  }
}
