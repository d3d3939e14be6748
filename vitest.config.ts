import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The demo site is built once per run, in the background (tests/helpers/demo-site.ts).
    globalSetup: ['tests/setup/assertions.ts', 'tests/setup/demo-site.ts'],
    setupFiles: ['tests/setup/count-assertions.ts'],
    // A few tests build the site with Astro; on a loaded 2-core machine that can take a minute.
    testTimeout: 60_000,
  },
});
