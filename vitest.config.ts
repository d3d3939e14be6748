import { defineConfig } from 'vitest/config';

/** The tests that use the demo site built once per run (tests/helpers/demo-site.ts). */
const SITE_TESTS = ['tests/build.test.ts', 'tests/dist-text.test.ts', 'tests/reproducible.test.ts', 'tests/versions.test.ts', 'tests/verify.test.ts', 'tests/search-queries.test.ts'];

export default defineConfig({
  test: {
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup/count-assertions.ts'],
    // A few tests build the site with Astro; on a loaded 2-core machine that can take a minute.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...SITE_TESTS, 'tests/e2e/**', 'node_modules/**'], globalSetup: ['tests/setup/assertions.ts'] },
      },
      // A project of its own, so that a run of other tests only does not build the site.
      { extends: true, test: { name: 'site', include: SITE_TESTS, globalSetup: ['tests/setup/assertions.ts', 'tests/setup/demo-site.ts'] } },
    ],
  },
});
