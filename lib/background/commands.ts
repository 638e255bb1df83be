import { browser } from 'wxt/browser';
import type { ToContent } from '../messaging/protocol';

/**
 * The keyboard command (Alt+Shift+S by default, rebindable at chrome://extensions/shortcuts):
 * asks the active tab's coach to open its card for the focused field.
 */
export function startCommands(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-card') return;
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const message: ToContent = { type: 'coach:open-card' };
      await browser.tabs.sendMessage(tab.id, message);
    } catch {
      // No coach in that tab (not a coached site): nothing to open.
    }
  });
}
