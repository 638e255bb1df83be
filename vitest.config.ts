import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Rule families that throw fail the tests instead of being skipped quietly (lib/tone reads
    // this once when it loads; an environment variable costs no import in test files that never
    // load the engine).
    env: { SOFTSTART_DEBUG_RULES: '1' },
    testTimeout: 30_000,
  },
});
