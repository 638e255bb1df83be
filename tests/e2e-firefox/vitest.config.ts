import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (tests/e2e-firefox): one Firefox at a time, one file after another.
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
