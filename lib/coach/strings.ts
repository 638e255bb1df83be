import { browser } from 'wxt/browser';

/**
 * UI strings for the in-page coach, from public/_locales (the browser's i18n), with the English
 * text as a fallback where a key is missing (e.g. in unit tests). These are the coach bundle's
 * (the badge, the send pause as it opens); the card's, and those of what follows "Save for later",
 * come with the card bundle (card-strings.ts).
 */
export const EN = {
  badgeLabelCalm: 'Soft Start tone: calm. Open.',
  badgeLabelOne: 'Soft Start tone: $STATE$, $COUNT$ suggestion. Open.',
  badgeLabelOther: 'Soft Start tone: $STATE$, $COUNT$ suggestions. Open.',
  stateTense: 'tense',
  stateHeated: 'heated',
  nudgeLabel: 'Pause before sending',
  nudgeText: 'This one sounds heated. Send it as it is, or take a moment first?',
  nudgeHint: 'Press Enter again to send it as it is.',
  review: 'Review',
  saveForLater: 'Save for later',
  sendAnyway: 'Send anyway',
  pressEnterToSend: 'Press Enter to send.',
  draftNotSaved: "Couldn't save the draft, so nothing was changed.",
} as const;

export type StringKey = keyof typeof EN;
type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/** The browser's message `coach_<key>`, else `fallback` with its `$NAME$`s filled in. */
export function message(key: string, fallback: string, subs: Record<string, string | number> = {}): string {
  let msg = '';
  try {
    const values = Object.values(subs).map(String);
    msg = browser.i18n.getMessage(`coach_${key}` as MessageName, values);
  } catch {
    msg = '';
  }
  if (!msg) {
    msg = fallback;
    for (const [k, v] of Object.entries(subs)) msg = msg.replace(`$${k.toUpperCase()}$`, String(v));
  }
  return msg;
}

export function t(key: StringKey, subs: Record<string, string | number> = {}): string {
  return message(key, EN[key], subs);
}
