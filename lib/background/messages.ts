/**
 * The background's one door: every message is parsed against the protocol (unknown or malformed:
 * dropped, no answer), checked against who sent it, then handled. The background is the single
 * writer of settings, drafts, stats and reminders.
 *
 * Who may send what: our own pages (popup, options, welcome: an extension URL) change settings,
 * sites, drafts and reminders; our content scripts (a tab's frame of ours) load bundles, count,
 * save a draft of their own page, schedule a reminder for a saved draft, ignore a phrase and pause
 * their own page's site, with Undo. Nothing else is answered.
 */
import { type Browser, browser } from 'wxt/browser';
import { parseToBackground, type ToBackground } from '../messaging/protocol';
import { loadBundleInto } from './bundles';
import { clearDrafts, deleteDraft, saveDraft } from './drafts';
import { handleReminderCancel, handleReminderRequest } from './reminder-requests';
import { handleSettingsChange, ignorePhrase, pauseSite, undoAction } from './settings';
import { disableSite, enableSite } from './sites';
import { clearStats, handleStatRecord } from './stats';

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab' | 'frameId' | 'documentId'>;

/** Sent by one of our extension pages (not a content script in a web page). */
export function fromOwnPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** Sent by our content script in a tab's frame. */
export function fromContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && !fromOwnPage(sender);
}

const OWN_PAGE_ONLY: ReadonlySet<ToBackground['type']> = new Set([
  'site:enable',
  'site:disable',
  'stats:clear',
  'reminder:cancel',
  'draft:delete',
  'drafts:clear',
  'settings:change',
]);

const CONTENT_ONLY: ReadonlySet<ToBackground['type']> = new Set([
  'coach:load-bundle',
  'draft:save',
  'phrase:ignore',
  'site:pause',
  'action:undo',
]);

/** The origin of the sender's page, for a draft ('' when unknown). */
function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

/**
 * Answers one message; undefined (no answer) when it is dropped. Never throws: every handler
 * turns its failures into an answer.
 */
export function handleMessage(value: unknown, sender: Sender): Promise<unknown> | undefined {
  const message = parseToBackground(value);
  if (!message) return undefined;
  if (sender.id !== browser.runtime.id) return undefined;
  if (OWN_PAGE_ONLY.has(message.type) && !fromOwnPage(sender)) {
    return message.type === 'site:enable' || message.type === 'site:disable'
      ? Promise.resolve({ ok: false, error: 'failed' })
      : undefined;
  }
  if (CONTENT_ONLY.has(message.type) && !fromContentScript(sender)) return undefined;
  switch (message.type) {
    case 'site:enable':
      return enableSite(message.origin, message.tabId);
    case 'site:disable':
      return disableSite(message.origin);
    case 'options:open':
      if (message.section === 'about') {
        void browser.tabs
          .create({ url: browser.runtime.getURL('/options.html#about') })
          .catch(() => undefined);
      } else {
        void browser.runtime.openOptionsPage().catch(() => undefined);
      }
      return undefined;
    case 'coach:load-bundle':
      return loadBundleInto(sender, message.bundle);
    case 'stats:record':
      return handleStatRecord(message);
    case 'stats:clear':
      return clearStats();
    case 'reminder:schedule':
      return handleReminderRequest(message);
    case 'reminder:cancel':
      return handleReminderCancel(message.draftId);
    case 'draft:save':
      return saveDraft(message.text, originOf(sender.url));
    case 'draft:delete':
      return deleteDraft(message.id);
    case 'drafts:clear':
      return clearDrafts();
    case 'settings:change':
      return handleSettingsChange(message.change);
    case 'phrase:ignore':
      return ignorePhrase(message.phrase);
    case 'site:pause':
      return pauseSite(sender.url);
    case 'action:undo':
      return undoAction(message.token);
  }
}
