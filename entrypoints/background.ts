import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startCommands } from '../lib/background/commands';
import { startHousekeeping } from '../lib/background/housekeeping';
import { handleMessage } from '../lib/background/messages';
import { startReminders } from '../lib/background/reminders';
import { startSiteRegistry } from '../lib/background/sites';

export default defineBackground(() => {
  // The background service worker holds no typed text beyond a draft being saved: it is the one
  // writer of settings, drafts, counts and reminders (lib/background/messages.ts), keeps added
  // sites' content scripts and permissions in step with the settings, and opens the welcome page.
  startSiteRegistry();
  startCommands();
  startReminders();
  startHousekeeping();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Opened on first install in every build, the e2e build included (tests open their own tabs
    // and do not depend on which tab is first; tests/e2e/a11y.spec.ts checks that it opens).
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
    }
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => handleMessage(message, sender));
});
