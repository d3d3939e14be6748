/** vitest setupFiles: adds up the expect() calls of this file's tests (see tests/setup/assertions.ts). */
import fs from 'node:fs';
import { afterAll, afterEach, expect, inject } from 'vitest';

let calls = 0;
afterEach(() => {
  calls += expect.getState().assertionCalls;
});
afterAll(() => {
  fs.appendFileSync(inject('assertionLog'), `${calls}\n`);
});
