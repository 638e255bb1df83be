/**
 * Playwright fixtures: a persistent Chromium context with the built e2e extension loaded,
 * the extension id, and a log of every network request made during the test.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { BASE_ARGS, CHROMIUM, chromiumArgs, EXTENSION_PATH } from '../../scripts/chromium.mjs';

export { BASE_ARGS, CHROMIUM, chromiumArgs, EXTENSION_PATH };
/** The playground server's origin (playwright.config.ts serves it on PLAYGROUND_PORT). */
export const PLAYGROUND_ORIGIN = `http://127.0.0.1:${Number(process.env.PLAYGROUND_PORT ?? 4599)}`;

/** Launch options for specs that use plain Chromium, without the extension (`test.use(PLAIN_CHROMIUM)`). */
export const PLAIN_CHROMIUM = {
  browserName: 'chromium' as const,
  launchOptions: { executablePath: CHROMIUM, args: [...BASE_ARGS] },
};

/**
 * Marks every page's <html> with `data-softstart-e2e-open` before any page script runs, so the e2e
 * build gives the overlay an open shadow root and locators reach the card (contract 4). Without it
 * the root is closed, as in every real build.
 */
export async function openOverlayRoots(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const mark = () => document.documentElement?.setAttribute('data-softstart-e2e-open', '');
    if (document.documentElement) mark();
    else {
      // Before the parser has made <html>: mark it the moment it exists.
      const mo = new MutationObserver(() => {
        if (!document.documentElement) return;
        mark();
        mo.disconnect();
      });
      mo.observe(document, { childList: true });
    }
  });
}

export async function launchWithExtension(
  profileDir: string,
  { openOverlay = true }: { openOverlay?: boolean } = {},
): Promise<BrowserContext> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No e2e build at ${EXTENSION_PATH}: run \`npm run build:e2e\` first.`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(),
  });
  if (openOverlay) await openOverlayRoots(context);
  return context;
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

type Options = {
  /**
   * Give the overlay an open shadow root (the e2e build only) so locators reach the card; default
   * true. Hostile-page specs set it false (`test.use({ openOverlay: false })`) to test the real,
   * closed root.
   */
  openOverlay: boolean;
};

type Fixtures = {
  context: BrowserContext;
  extensionId: string;
  /** Every URL requested by any page, frame or worker during the test. */
  requests: string[];
};

export const test = base.extend<Fixtures & Options>({
  openOverlay: [true, { option: true }],
  context: async ({ openOverlay }, use) => {
    const profile = mkdtempSync(path.join(tmpdir(), 'softstart-profile-'));
    const context = await launchWithExtension(profile, { openOverlay });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    const sw = await serviceWorker(context);
    await use(new URL(sw.url()).host);
  },
  requests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (r) => seen.push(r.url()));
    await use(seen);
  },
});

export const expect = test.expect;
