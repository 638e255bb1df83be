import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundleInto } from '../lib/background/bundles';
import { startCommands } from '../lib/background/commands';
import { handleReminderRequest } from '../lib/background/reminder-requests';
import { startReminders } from '../lib/background/reminders';
import { disableSite, enableSite, startSiteRegistry } from '../lib/background/sites';
import { handleStatRecord } from '../lib/background/stats';
import { clearStats } from '../lib/coach/stats';
import { isToBackground, type ReminderReply, type SiteReply } from '../lib/messaging/protocol';

export default defineBackground(() => {
  // The background service worker holds no typed text: it keeps added sites' content scripts and
  // permissions in step with the settings, and opens the welcome page once.
  startSiteRegistry();
  startCommands();
  startReminders();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Opened on first install in every build, the e2e build included (tests open their own tabs
    // and do not depend on which tab is first; tests/e2e/a11y.spec.ts checks that it opens).
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
    }
  });

  browser.runtime.onMessage.addListener(
    (message: unknown, sender): Promise<SiteReply | ReminderReply | boolean> | undefined => {
      if (!isToBackground(message)) return undefined;
      // Sites are added or removed only from our own pages (popup, options), never from a content
      // script running inside a web page.
      const ownPage =
        sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
      if ((message.type === 'site:enable' || message.type === 'site:disable') && !ownPage) {
        return Promise.resolve({ ok: false, error: 'failed' } as const);
      }
      switch (message.type) {
        case 'site:enable':
          return enableSite(message.origin, message.tabId);
        case 'site:disable':
          return disableSite(message.origin);
        case 'coach:load-bundle':
          return loadBundleInto(sender, message.bundle);
        case 'stats:record':
          // Counts from a content script of ours (category ids only; validated again there).
          if (sender.id !== browser.runtime.id) return undefined;
          return handleStatRecord(message);
        case 'stats:clear':
          // "Clear" on the options page: through the same queue as the records.
          if (!ownPage) return undefined;
          return clearStats().then(() => true);
        case 'reminder:schedule':
          // "Remind me…" on the nudge after saving a draft (the popup schedules them itself).
          if (sender.id !== browser.runtime.id) return undefined;
          return handleReminderRequest(message);
        case 'options:open':
          if (message.section === 'about') {
            void browser.tabs
              .create({ url: browser.runtime.getURL('/options.html#about') })
              .catch(() => undefined);
          } else {
            void browser.runtime.openOptionsPage().catch(() => undefined);
          }
          return undefined;
      }
    },
  );
});
