// The one place for how Soft Start's tools start Chromium (tests/e2e/fixtures.ts,
// scripts/bench-page.mjs): Debian's build, and the flags it needs on an offline machine.
import path from 'node:path';

/** Debian's Chromium unless CHROME_PATH names another (never a browser download). */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The e2e build of the extension (`npm run build:e2e`; SOFTSTART_EXTENSION names another build, to compare). */
export const EXTENSION_PATH = path.resolve(process.env.SOFTSTART_EXTENSION ?? '.output/chrome-mv3-e2e');

/** Flags for Debian's Chromium on this offline machine (without them it keeps trying the network). */
export const BASE_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
]);

/** The flags that load one unpacked extension (and no other), plus BASE_ARGS. */
export function chromiumArgs(extensionPath = EXTENSION_PATH) {
  return [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...BASE_ARGS];
}
