/**
 * Helpers for the settings end-to-end tests (options, popup, a11y): read what the extension
 * stored, open the playground, and see what the in-page coach shows.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { serviceWorker } from './fixtures';

/** The few `chrome.*` calls the helpers make inside the service worker. */
interface ChromeApi {
  storage: Record<
    'sync' | 'local',
    { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> }
  >;
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
}

export interface StoredSettings {
  sync: Record<string, unknown> | undefined;
  local: Record<string, unknown> | undefined;
}

/** The raw stored settings, read by the extension's own service worker. */
export async function storedSettings(context: BrowserContext): Promise<StoredSettings> {
  const sw = await serviceWorker(context);
  return sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const sync = await c.storage.sync.get('settings');
    const local = await c.storage.local.get('settings.local');
    return {
      sync: sync.settings as Record<string, unknown>,
      local: local['settings.local'] as Record<string, unknown>,
    };
  });
}

/**
 * Changes synced settings as another device's sync would: written straight to storage (not
 * through the options page), merged over what is stored.
 */
export async function patchSyncedSettings(
  context: BrowserContext,
  patch: Record<string, unknown>,
): Promise<void> {
  const sw = await serviceWorker(context);
  await sw.evaluate(async (p) => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const cur = ((await c.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
    await c.storage.sync.set({ settings: { ...cur, ...p } });
  }, patch);
}

/** A new tab on a playground page (`index.html`, `chat.html`), in front, its editors ready. */
export async function openPlaygroundPage(context: BrowserContext, file = 'index.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/${file}`);
  await page.bringToFront();
  await page.evaluate(() => (window as unknown as { playgroundReady: Promise<void> }).playgroundReady);
  return page;
}

/** The id of the browser tab showing `page` (as the extension sees it). */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const sw = await serviceWorker(context);
  const url = page.url();
  const id = await sw.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const tabs = await c.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/** The playground, ready, with `text` typed into its plain textarea. */
export async function playgroundWith(context: BrowserContext, text: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  // Only the plain textarea matters here: a slow rich editor elsewhere on the page must not fail
  // these tests (that is the playground's and the field adapters' own tests' business).
  await page
    .evaluate(() => (window as unknown as { playgroundReady: Promise<void> }).playgroundReady)
    .catch(() => undefined);
  await page.click('#plain-textarea');
  await page.keyboard.type(text);
  // Proves later that changes arrived without a reload.
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  return page;
}

export async function notReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}

/** The coach's badge for the focused field and its underlines (inside its open shadow root). */
export const BADGE = 'soft-start-overlay .ss-badge';
export const MARKS = 'soft-start-overlay .ss-mark';

/** The number of findings the coach's badge shows, or null when no badge is visible. */
export async function badgeCount(page: Page): Promise<number | null> {
  const badge = page.locator(BADGE);
  if ((await badge.count()) === 0 || !(await badge.first().isVisible())) return null;
  const n = await badge.first().getAttribute('data-count');
  return n === null ? null : Number(n);
}

/** A sample the engine flags more at strict than at balanced, and more at balanced than at gentle. */
export const GRADED_SAMPLE = 'You never listen to me. You should probably apologize.';
