import { type Browser, browser } from 'wxt/browser';

const FILES = { coach: '/coach.js', card: '/card.js' } as const;

/**
 * Injects a bundle (see lib/coach/bundles.ts) into the frame that asked, in the content script's
 * isolated world (the default), where it registers itself. Resolves true when injected.
 */
export async function loadBundleInto(
  sender: Browser.runtime.MessageSender,
  bundle: keyof typeof FILES,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  const file = FILES[bundle];
  if (tabId === undefined || !file) return false;
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [file],
    });
    return true;
  } catch {
    return false;
  }
}
