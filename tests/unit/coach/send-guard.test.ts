import { describe, expect, it } from 'vitest';
import { type EnterLike, hasOpenMenu, isPlainEnter, shouldHold } from '../../../lib/coach/SendGuard';

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
