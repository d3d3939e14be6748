/** Temporary git repositories for tests: one commit per version of a catalogue. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from './cli.ts';

export type Files = Record<string, string | Uint8Array>;

export interface TempRepo {
  readonly dir: string;
  /** Runs git in the repository (a fixed author, no signing) and returns its trimmed output. */
  git(...args: string[]): string;
  /** Makes data/ and src/ exactly `files` (other files are left alone). */
  write(files: Files): void;
  /** write(files), then commits everything; returns the commit id. */
  commit(files: Files, message?: string): string;
  /** Removes the repository. */
  cleanup(): void;
}

/** A new repository in a temporary directory. */
export function tempRepo(prefix = 'oneseal-repo-'): TempRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
  git('init', '-q');
  const write = (files: Files) => {
    for (const top of ['data', 'src']) fs.rmSync(path.join(dir, top), { recursive: true, force: true });
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), content);
    }
  };
  const commit = (files: Files, message = 'version') => {
    write(files);
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  return { dir, git, write, commit, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The demo catalogue of this repository's work tree: every file of data/ and the notices, by path. */
export function demoFiles(): Files {
  const files: Files = {};
  for (const dir of ['data', 'src/content/notices']) {
    for (const f of fs.readdirSync(path.join(REPO, dir), { recursive: true }).map(String)) {
      const file = `${dir}/${f.split(path.sep).join('/')}`;
      if (fs.statSync(path.join(REPO, file)).isFile()) files[file] = fs.readFileSync(path.join(REPO, file));
    }
  }
  return files;
}
