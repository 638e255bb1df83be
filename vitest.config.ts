import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Rule families that throw fail the tests instead of being skipped quietly.
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 30_000,
  },
});
