/**
 * UI strings when the browser gives none: the bundled English catalog answers, with its
 * placeholders filled as the browser fills them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { englishMessage, t } from '../../../components/i18n';

afterEach(() => vi.restoreAllMocks());

describe('t()', () => {
  it("uses the browser's message when it has one", () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('Réglages');
    expect(t('optionsTitle')).toBe('Réglages');
  });

  it('falls back to the English catalog when the browser gives an empty string', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    expect(t('optionsTitle')).toBe(englishMessage('optionsTitle'));
    expect(t('optionsTitle')).not.toBe('optionsTitle');
    expect(t('pausedUntil', '8:00 AM')).toBe('Paused until 8:00 AM');
  });

  it('falls back when the i18n API throws', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('no i18n here');
    });
    expect(t('pausedUntil', '9:30')).toBe('Paused until 9:30');
  });
});

describe('englishMessage()', () => {
  it('is null for a key in no catalog; a substitution not given is left empty', () => {
    expect(englishMessage('noSuchKey')).toBeNull();
    expect(englishMessage('pausedUntil')).toBe('Paused until ');
  });
});
