import { browser } from 'wxt/browser';

import ENGLISH from '../public/_locales/en/messages.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * A message of the English catalog filled in as the browser would: `$NAME$` becomes its
 * placeholder's content, then `$1`…`$9` the substitutions, `$$` a dollar sign.
 */
export function englishMessage(key: string, subs: readonly string[] = []): string | null {
  const entry = (ENGLISH as Catalog)[key];
  if (!entry) return null;
  const named = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** A key of public/_locales/en/messages.json (typed by WXT from the file). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * A UI string from public/_locales (the browser's i18n). `subs` fill the message's placeholders
 * in order ($1, $2… as named in messages.json). When the browser gives nothing (outside an
 * extension page, or a Chrome extension page that came up without its messages, seen in tests
 * when a page opened just as the extension's last page closed), the bundled English catalog
 * answers; the key itself only for a key that is in no catalog (tests/unit/settings/messages.test.ts
 * checks every key exists).
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  try {
    const message = browser.i18n.getMessage(key, strings);
    if (message) return message;
  } catch {
    // i18n unavailable (not in an extension page).
  }
  return englishMessage(key, strings) ?? key;
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
