import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.PLAYGROUND_PORT ?? 4599);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Three Chromiums on two cores: a test spends part of its time waiting (page loads, the coach's
  // idle-time analysis, polls), though on two cores the suite is mostly CPU-bound and the third
  // worker gains little. Every wait is on a condition with a generous bound, never a fixed time,
  // so a busy machine slows the suite without failing it.
  workers: 3,
  // One retry in CI: a test that fails twice fails the run; Playwright reports a pass on retry as flaky.
  retries: process.env.CI ? 1 : 0,
  // Per run, outside the repo: parallel runs must not clean each other's artifacts.
  outputDir: path.join(tmpdir(), `softstart-pw-${process.pid}`),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve-playground.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // Never a server left running on this port (e.g. by `npm start`, with an older build): the
    // run fails fast instead, and PLAYGROUND_PORT picks another port.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
