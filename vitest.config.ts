import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The tone engine's test files that share one module graph per worker (`isolate: false`): they
 * load only the pure engine (lib/tone, no DOM, no browser, no mocks) and change none of its state
 * but its caches, which give the same answers warm or cold (tests/unit/tone/perf-shortcuts.test.ts
 * checks that an analysis after others is the fresh one). Loading the engine took most of a tone
 * file's time (import 103 s of a 216 s run, over 124 files, one at a time); shared, it loads once
 * per worker. A file that replaces part of the engine's state goes in ISOLATED_TONE instead.
 */
const SHARED_TONE = 'tests/unit/tone/**/*.test.ts';
/** rough-slots.test.ts sets the tokenizer's word-info hook (`setWordInfo`) that the engine relies on. */
const ISOLATED_TONE = ['tests/unit/tone/rough-slots.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    // Rule families that throw fail the tests instead of being skipped quietly (lib/tone reads
    // this once when it loads; an environment variable costs no import in test files that never
    // load the engine).
    env: { SOFTSTART_DEBUG_RULES: '1' },
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'tone',
          include: [SHARED_TONE],
          exclude: ISOLATED_TONE,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          // Every other unit test, each file in its own module graph (mocks, fake browser, state).
          include: ['tests/unit/!(tone)/**/*.test.{ts,tsx}', ...ISOLATED_TONE],
        },
      },
    ],
  },
});
