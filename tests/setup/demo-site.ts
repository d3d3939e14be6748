/**
 * vitest globalSetup: builds the demo site once for the whole run (see tests/helpers/demo-site.ts),
 * in the background, and provides where it is. The build's result is written to a file when it
 * ends, so that tests in any worker can wait for it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, copyRepository } from '../helpers/build.ts';
import { DEMO_TZ, type DemoSiteInfo, commitDemoHistory } from '../helpers/demo-site.ts';
import { tempRepo } from '../helpers/git.ts';

export default function setup(project: TestProject) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-demo-site-'));
  const repo = tempRepo('oneseal-demo-repo-');
  const { first, second, list } = commitDemoHistory(repo);
  // The project's code beside the committed catalogue (untracked), with links to its packages.
  copyRepository(repo.dir);

  const info: DemoSiteInfo = {
    root: repo.dir,
    out: path.join(temp, 'dist'),
    resultFile: path.join(temp, 'build.json'),
    first,
    second,
    listTitle: list.title,
  };
  const controller = new AbortController();
  const finished = astroBuild(info.root, info.out, { env: { TZ: DEMO_TZ }, signal: controller.signal }).then((result) => {
    if (!controller.signal.aborted) fs.writeFileSync(info.resultFile, JSON.stringify(result));
  });
  project.provide('demoSite', info);

  return async () => {
    controller.abort(); // a run that never asked for the site does not wait for it
    await finished;
    repo.cleanup();
    fs.rmSync(temp, { recursive: true, force: true });
  };
}
