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

export async function launchWithExtension(profileDir: string): Promise<BrowserContext> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No e2e build at ${EXTENSION_PATH}: run \`npm run build:e2e\` first.`);
  }
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(),
  });
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

type Fixtures = {
  context: BrowserContext;
  extensionId: string;
  /** Every URL requested by any page, frame or worker during the test. */
  requests: string[];
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  context: async ({}, use) => {
    const profile = mkdtempSync(path.join(tmpdir(), 'softstart-profile-'));
    const context = await launchWithExtension(profile);
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
