/**
 * vitest globalSetup: counts the expect() calls the run made (tests/setup/count-assertions.ts adds
 * up each file's) and prints the total after the run, beside vitest's count of tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    assertionLog: string;
  }
}

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-assertions-'));
  const log = path.join(dir, 'counts');
  fs.writeFileSync(log, '');
  project.provide('assertionLog', log);
  return () => {
    const counts = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map(Number);
    console.info(`expect() calls: ${counts.reduce((a, b) => a + b, 0)} in ${counts.length} test files`);
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
