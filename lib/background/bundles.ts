import { type Browser, browser } from 'wxt/browser';
import type { BundleName } from '../messaging/protocol';

const FILES: Readonly<Record<BundleName, string>> = {
  coach: '/coach.js',
  card: '/card.js',
  reword: '/reword.js',
};

/**
 * Injects a bundle (see lib/coach/bundles.ts) into the document that asked, in the content
 * script's isolated world (the default), where it registers itself. The target is the sender's
 * document (`documentId`), so a frame that navigated since asking gets nothing. Resolves true when
 * injected.
 */
export async function loadBundleInto(
  sender: Pick<Browser.runtime.MessageSender, 'tab' | 'frameId' | 'documentId'>,
  bundle: string,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !Object.hasOwn(FILES, bundle)) return false;
  const file = FILES[bundle as BundleName];
  const documentId = (sender as { documentId?: string }).documentId;
  try {
    await browser.scripting.executeScript({
      target:
        typeof documentId === 'string'
          ? { tabId, documentIds: [documentId] }
          : { tabId, frameIds: [sender.frameId ?? 0] },
      files: [file as '/coach.js'],
    });
    return true;
  } catch {
    return false;
  }
}
