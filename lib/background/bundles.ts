import { type Browser, browser } from 'wxt/browser';
import type { BundleName } from '../messaging/protocol';

/**
 * What each bundle injects, in order: the coach comes with the engine's detection, which it starts
 * with. coach.js goes first, and that matters for memory: the bundles of a frame share V8's hidden
 * classes, and when detect.js ran first its CommonJS namespace object owned a descriptor array that
 * the coach's own objects came to share, so the whole detection engine stayed reachable after it was
 * let go (tests/e2e/memory.spec.ts). The coach starts only once both have run.
 */
const FILES: Readonly<Record<BundleName, readonly string[]>> = {
  coach: ['/coach.js', '/detect.js'],
  detect: ['/detect.js'],
  card: ['/card.js'],
  reword: ['/reword.js'],
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
  const files = FILES[bundle as BundleName];
  const documentId = (sender as { documentId?: string }).documentId;
  try {
    await browser.scripting.executeScript({
      target:
        typeof documentId === 'string'
          ? { tabId, documentIds: [documentId] }
          : { tabId, frameIds: [sender.frameId ?? 0] },
      files: [...files] as ['/coach.js'],
    });
    return true;
  } catch {
    return false;
  }
}
