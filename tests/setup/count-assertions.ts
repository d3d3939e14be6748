/**
 * vitest setupFiles: every test must make at least one expect() call (a test that asserts nothing
 * cannot fail), and this file's calls are added up for the run's summary (tests/setup/assertions.ts).
 */
import fs from 'node:fs';
import { afterAll, afterEach, beforeEach, expect, inject } from 'vitest';

let calls = 0;
beforeEach(() => {
  expect.hasAssertions();
});
afterEach(() => {
  calls += expect.getState().assertionCalls;
});
afterAll(() => {
  fs.appendFileSync(inject('assertionLog'), `${calls}\n`);
});
