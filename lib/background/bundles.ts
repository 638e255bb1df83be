import { type Browser, browser } from 'wxt/browser';

/**
 * Injects the card's React bundle into the frame that asked, in the content script's isolated
 * world (the default), where it registers itself. Resolves true when injected.
 */
export async function loadCardInto(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/card.js'],
    });
    return true;
  } catch {
    return false;
  }
}
