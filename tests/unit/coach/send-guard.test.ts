import { describe, expect, it } from 'vitest';
import {
  type EnterLike,
  enterSends,
  hasOpenMenu,
  isPlainEnter,
  NUDGE_GRACE_MS,
  pressTime,
  shouldHold,
} from '../../../lib/coach/SendGuard';

const enter: EnterLike = {
  key: 'Enter',
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  keyCode: 13,
  defaultPrevented: false,
};

describe('isPlainEnter', () => {
  it('accepts a bare Enter', () => {
    expect(isPlainEnter(enter)).toBe(true);
  });

  it.each([
    ['Shift+Enter (new line)', { shiftKey: true }],
    ['Ctrl+Enter', { ctrlKey: true }],
    ['Cmd+Enter', { metaKey: true }],
    ['Alt+Enter', { altKey: true }],
    ['Enter confirming an IME composition', { isComposing: true }],
    ['IME keyCode 229', { keyCode: 229 }],
    ['Enter the page already handled', { defaultPrevented: true }],
    ['another key', { key: 'a', keyCode: 65 }],
  ])('lets %s through', (_name, over) => {
    expect(isPlainEnter({ ...enter, ...over })).toBe(false);
  });
});

describe('shouldHold', () => {
  const base = { enabled: true, menuOpen: false, passNext: false, mood: 'heated' as const };

  it('holds a heated message', () => {
    expect(shouldHold(base)).toBe(true);
  });

  it('passes calm and tense messages', () => {
    expect(shouldHold({ ...base, mood: 'calm' })).toBe(false);
    expect(shouldHold({ ...base, mood: 'tense' })).toBe(false);
  });

  it('passes the second Enter, an open menu, and when switched off', () => {
    expect(shouldHold({ ...base, passNext: true })).toBe(false);
    expect(shouldHold({ ...base, menuOpen: true })).toBe(false);
    expect(shouldHold({ ...base, enabled: false })).toBe(false);
  });
});

describe('hasOpenMenu', () => {
  const el = (attrs: Record<string, string>) =>
    ({ getAttribute: (n: string) => attrs[n] ?? null }) as unknown as Element;

  it('sees an expanded combobox or an active option', () => {
    expect(hasOpenMenu(el({ 'aria-expanded': 'true' }))).toBe(true);
    expect(hasOpenMenu(el({ 'aria-activedescendant': 'opt-2' }))).toBe(true);
  });

  it('ignores a collapsed one', () => {
    expect(hasOpenMenu(el({ 'aria-expanded': 'false', 'aria-activedescendant': '' }))).toBe(false);
    expect(hasOpenMenu(el({}))).toBe(false);
  });
});

describe('enterSends', () => {
  const composer = { kind: 'editable' as const, enterKeyHint: '', name: 'Type a message', height: 40 };

  it('holds in single-line inputs and fields that say Enter sends', () => {
    expect(enterSends({ ...composer, kind: 'input', name: '' })).toBe(true);
    expect(enterSends({ ...composer, name: 'Notes', enterKeyHint: 'send' })).toBe(true);
  });

  it('recognises compact message composers by name', () => {
    for (const name of [
      'Type a message',
      'Message #general',
      'Message to Sam (textarea)',
      'Reply',
      'Chat input',
    ]) {
      expect(enterSends({ ...composer, name }), name).toBe(true);
    }
    expect(enterSends({ ...composer, kind: 'textarea', height: 60 })).toBe(true);
  });

  it('leaves Enter alone in editors, comment boxes and tall bodies', () => {
    expect(enterSends({ ...composer, name: 'Lexical editor' })).toBe(false);
    expect(enterSends({ ...composer, name: 'Add a comment' })).toBe(false);
    expect(enterSends({ ...composer, name: 'Messages are private', height: 0 })).toBe(false);
    expect(enterSends({ ...composer, name: 'Message Body', height: 480 })).toBe(false);
    expect(enterSends({ ...composer, kind: 'textarea', name: '' })).toBe(false);
  });
});

describe('pressTime: the grace moment is judged when the person pressed', () => {
  it('a second Enter queued behind a long task counts at its own time, inside the grace moment', () => {
    const shownAt = 1000;
    const graceUntil = shownAt + NUDGE_GRACE_MS;
    // Pressed 120 ms after the nudge opened, handled 900 ms later by a busy page.
    expect(pressTime(shownAt + 120, shownAt + 1020)).toBeLessThan(graceUntil);
    // Handled at once, a press after the grace moment is a choice.
    expect(pressTime(shownAt + 700, shownAt + 700)).toBeGreaterThanOrEqual(graceUntil);
  });

  it('falls back to now without a time stamp, and never lies in the future', () => {
    expect(pressTime(undefined, 50)).toBe(50);
    expect(pressTime(0, 50)).toBe(50);
    expect(pressTime(2000, 1500)).toBe(1500);
  });
});
