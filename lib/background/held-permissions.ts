import { browser } from 'wxt/browser';
import { matchPatternFor } from '../settings/site-pattern';
import { loadSettings } from '../settings/store';

/**
 * Added sites whose host permission is kept a short while after they left the list ("Pause on
 * this site" from the card), so that Undo can put them back: a permission can only be asked for
 * again from the person's click in the popup or options page. The site registry gives back the
 * permission of a removed site at once unless it is held here; a hold ends with its timer (the
 * permission then goes, unless the site is back in the list) or with Undo.
 */
const held = new Map<string, ReturnType<typeof setTimeout>>();

export function isHeld(origin: string): boolean {
  return held.has(origin);
}

async function releaseUnlisted(origin: string): Promise<void> {
  const settings = await loadSettings();
  if (settings.sites.custom.includes(origin)) return;
  await browser.permissions.remove({ origins: [matchPatternFor(origin)] });
}

export interface Hold {
  /** End the hold now (nothing changed: the permission stays as it was). */
  now(): void;
  /** End the hold, keeping the permission; false when the hold had already ended. */
  cancel(): boolean;
}

export function holdPermission(origin: string, ms: number): Hold {
  const end = () => {
    const timer = held.get(origin);
    if (timer === undefined) return false;
    clearTimeout(timer);
    held.delete(origin);
    return true;
  };
  clearTimeout(held.get(origin));
  held.set(
    origin,
    setTimeout(() => {
      held.delete(origin);
      void releaseUnlisted(origin).catch(() => undefined);
    }, ms),
  );
  return {
    now: () => void end(),
    cancel: end,
  };
}
