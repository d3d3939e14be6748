/**
 * The demo site, built once per test run (tests/setup/demo-site.ts, vitest's globalSetup) from a
 * temporary git repository: the demo catalogue committed twice, without and then with the
 * 2020-12-24 adjustment list (tagged), and the project's code beside it, uncommitted. The build
 * starts when the run starts and goes on while other tests run; demoSite() waits for it.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { inject } from 'vitest';
import type { BuildResult } from './build.ts';
import { type TempRepo, demoFiles } from './git.ts';

export const ADJUSTMENT = 'data/transfers/140525/2020-12-24-adjustment.yaml';
export const ADJUSTMENT_RELEASE = 'data/releases/140525/2020-12-24-adjustment.yaml';
export const TAG = 'catalogue/2020-12-24';
/** The time zone the shared build runs in (the reproducibility test's second build uses another). */
export const DEMO_TZ = 'America/Los_Angeles';

/** Commits this repository's demo catalogue into `repo` twice: without, then with the adjustment list and its release (tagged TAG). */
export function commitDemoHistory(repo: TempRepo) {
  const demo = demoFiles();
  // The release that publishes the list is recorded with it.
  const { [ADJUSTMENT]: adjustment, [ADJUSTMENT_RELEASE]: _release, ...withoutList } = demo;
  if (!(adjustment instanceof Buffer)) throw new Error(`the demo has no ${ADJUSTMENT}`);
  const first = repo.commit(withoutList, '演示目录（未收调整通知）');
  const second = repo.commit(demo, '收录 2020-12-24 调整通知');
  repo.git('tag', TAG, second);
  const list = parse(adjustment.toString()) as { title: string; entries: { direction: string }[] };
  return { first, second, list };
}

export interface DemoSiteInfo {
  /** The repository the site is built from. */
  readonly root: string;
  /** Its dist/. */
  readonly out: string;
  /** Written with the BuildResult as JSON when the build has finished. */
  readonly resultFile: string;
  /** The commits: without the adjustment list, then with it (tagged TAG). */
  readonly first: string;
  readonly second: string;
  /** The adjustment list's title. */
  readonly listTitle: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoSite: DemoSiteInfo;
  }
}

export interface DemoSite extends DemoSiteInfo {
  readonly build: BuildResult;
}

/** The shared build, once it has finished (whether or not it succeeded). */
export async function demoSite(timeoutMs = 600_000): Promise<DemoSite> {
  const info = inject('demoSite');
  const started = Date.now();
  while (!fs.existsSync(info.resultFile)) {
    if (Date.now() - started > timeoutMs) throw new Error(`the shared demo build did not finish within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ...info, build: JSON.parse(fs.readFileSync(info.resultFile, 'utf8')) as BuildResult };
}
