import { browser } from 'wxt/browser';

/** A message sender as the background sees our content script in a tab's frame. */
export function contentScript(url = 'https://chat.example/room/1', tabId = 7) {
  return { id: browser.runtime.id, url, tab: { id: tabId } as never, frameId: 0 };
}

/** A message sender as the background sees one of our pages (popup, options). */
export function ownPage(path = '/options.html') {
  return { id: browser.runtime.id, url: browser.runtime.getURL(path as '/options.html') };
}

/** Another extension (or anything not us). */
export function stranger() {
  return { id: 'someone-else', url: 'https://evil.example/' };
}
