/**
 * Running the commands: in process, through their main(argv, io) with in-memory streams (runCommand),
 * or as a real process with the Node that runs the tests (runScript, for the one smoke test per
 * command in tests/cli.test.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Main } from '../../src/cli/cli.ts';

export const REPO = path.resolve(import.meta.dirname, '../..');

export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Calls a command's main in this process, as `npm run <command> -- …args` would run in `cwd`. */
export async function runCommand(main: Main, args: string[], cwd = REPO, options: { stderrIsTTY?: boolean } = {}): Promise<CommandResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrIsTTY ?? false },
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}

/** Runs a script (scripts/<command>.ts) as a process. */
export function runScript(script: string, args: string[], cwd = REPO): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, script), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A temporary copy of the demo catalogue (data/ and the notices), removed by the returned function. */
export function copyDemo(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-demo-'));
  fs.cpSync(path.join(REPO, 'data'), path.join(dir, 'data'), { recursive: true });
  fs.cpSync(path.join(REPO, 'src/content/notices'), path.join(dir, 'src/content/notices'), { recursive: true });
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
