/** Runs a repository script with the Node that runs the tests (Node 22 from the project's install). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');

export function runScript(script: string, args: string[], cwd = REPO) {
  const r = spawnSync(process.execPath, [path.join(REPO, script), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary copy of the demo catalogue (data/ and the notices), removed by the returned function. */
export function copyDemo(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-demo-'));
  fs.cpSync(path.join(REPO, 'data'), path.join(dir, 'data'), { recursive: true });
  fs.cpSync(path.join(REPO, 'src/content/notices'), path.join(dir, 'src/content/notices'), { recursive: true });
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
