import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Many tests spawn the CLIs or Astro; on a loaded 2-core machine a spawn can take seconds.
    testTimeout: 60_000,
  },
});
