import { browser } from 'wxt/browser';

/**
 * A UI string from public/_locales (the browser's i18n). `subs` fill the message's placeholders
 * in order ($1, $2… as named in messages.json). Falls back to the key itself, so a missing string
 * is visible instead of blank (tests/unit/settings/messages.test.ts checks every key exists).
 */
/** A key of public/_locales/en/messages.json (typed by WXT from the file). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  try {
    const message = browser.i18n.getMessage(key, subs.map(String));
    if (message) return message;
  } catch {
    // i18n unavailable (not in an extension page).
  }
  return key;
}

/** The browser's UI language, for dates and numbers. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** "Tue 08:00" / "14:30": when a timed pause ends, in the person's language. */
export function formatUntil(time: number, now: number = Date.now()): string {
  const date = new Date(time);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { weekday: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(uiLanguage(), options).format(date);
}
