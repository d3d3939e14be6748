import { defineConfig } from 'vitest/config';

/** Browser tests: need a built dist/ and Debian's Chromium (see .ci/run). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
