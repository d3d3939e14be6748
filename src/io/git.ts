/**
 * The catalogue at a git revision, read without touching the work tree, and the commit history the
 * /versions/ page lists. Every function fails gracefully: a missing git, a path that is not a
 * repository or a shallow clone gives a Chinese reason, never a stack trace.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { CATALOGUE_DIRS } from './load.ts';
import type { FileSource } from './source.ts';

/** An error whose message is meant for the user (Chinese, no stack trace needed). */
export class GitError extends Error {
  override name = 'GitError';
}

const GIT_MISSING = '找不到 git 命令：比较版本需要 git，请先安装 git（https://git-scm.com/）';
const SHALLOW_HINT = '当前仓库是浅克隆（shallow clone），较早的版本没有取回：请先运行 git fetch --unshallow';
/** Enough for any catalogue; execFileSync's default (1 MB) is not. */
const MAX_BUFFER = 1024 * 1024 * 1024;

interface GitRun {
  readonly ok: boolean;
  readonly stdout: Buffer;
  readonly stderr: string;
  /** Set when git could not be started at all. */
  readonly missing: boolean;
}

function git(repoDir: string, args: readonly string[], input?: Buffer | string): GitRun {
  let r: SpawnSyncReturns<Buffer>;
  try {
    r = spawnSync('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: repoDir,
      input,
      maxBuffer: MAX_BUFFER,
      windowsHide: true,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
  } catch {
    return { ok: false, stdout: Buffer.alloc(0), stderr: '', missing: true };
  }
  const err = r.error as NodeJS.ErrnoException | undefined;
  if (err) return { ok: false, stdout: Buffer.alloc(0), stderr: err.message, missing: err.code === 'ENOENT' };
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.toString('utf8'), missing: false };
}

/** Whether `git` can be run at all. */
export function gitAvailable(): boolean {
  return !git('.', ['--version']).missing;
}

/** The top of the work tree that contains `dir`, or a Chinese reason. */
export function repoRoot(dir: string): { root: string } | { error: string } {
  const r = git(dir, ['rev-parse', '--show-toplevel']);
  if (r.missing) return { error: GIT_MISSING };
  if (!r.ok) return { error: `“${dir}”不在 git 仓库中：请在 OneSeal 仓库的目录里运行，或用 --repo 指定仓库` };
  return { root: r.stdout.toString('utf8').trim() };
}

/** Whether the clone is shallow; undefined when git cannot tell (git missing, not a repository). */
export function isShallow(repoDir: string): boolean | undefined {
  const r = git(repoDir, ['rev-parse', '--is-shallow-repository']);
  if (!r.ok) return undefined;
  return r.stdout.toString('utf8').trim() === 'true';
}

/** The commit id a ref names (branch, tag, commit id, HEAD~2 …), or a Chinese reason. */
export function resolveRef(repoDir: string, ref: string): { commit: string } | { error: string } {
  const notFound = () => {
    const base = `找不到版本“${ref}”：请用 git log 或 git tag 查看可用的版本`;
    return { error: isShallow(repoDir) ? `${base}（${SHALLOW_HINT}）` : base };
  };
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) return notFound();
  const r = git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (r.missing) return { error: GIT_MISSING };
  if (!r.ok) {
    if (/not a git repository/i.test(r.stderr)) return { error: `“${repoDir}”不是 git 仓库：无法读取版本“${ref}”` };
    return notFound();
  }
  return { commit: r.stdout.toString('utf8').trim() };
}

interface TreeEntry {
  readonly oid: string;
  readonly size: number;
}

/** Files whose bytes the loader always reads: fetched together through one `git cat-file --batch`. */
const TEXT_FILE = /\.(?:ya?ml|mdx?)$/i;

export interface GitSourceOptions {
  /**
   * How file contents are fetched: `batch` (default) reads every record file of the catalogue with
   * one `git cat-file --batch` on first use; `show` runs `git cat-file blob` per file (kept for the
   * benchmark in scripts/bench-git-source.ts).
   */
  readonly mode?: 'batch' | 'show';
}

/**
 * The files of a revision as a FileSource. `ref` should be resolved first (resolveRef): reading a
 * revision that does not exist throws a GitError with a Chinese message.
 */
export function gitSource(repoDir: string, ref: string, options: GitSourceOptions = {}): FileSource {
  const mode = options.mode ?? 'batch';
  let tree: Map<string, TreeEntry> | undefined;
  let sorted: string[] = [];
  let links: string[] = [];
  const cache = new Map<string, Buffer>();
  let prefetched = false;

  const load = (): Map<string, TreeEntry> => {
    if (tree) return tree;
    const r = git(repoDir, ['ls-tree', '-r', '-l', '-z', '--full-tree', '--end-of-options', ref, '--', ...CATALOGUE_DIRS]);
    if (r.missing) throw new GitError(GIT_MISSING);
    if (!r.ok) throw new GitError(`无法读取版本“${ref}”的文件：${r.stderr.trim().split('\n')[0] ?? ''}`);
    tree = new Map();
    links = [];
    // <mode> SP <type> SP <oid> SP+ <size> TAB <path> NUL
    for (const line of r.stdout.toString('utf8').split('\0')) {
      if (!line) continue;
      const tab = line.indexOf('\t');
      const [fileMode, type, oid, size] = line.slice(0, tab).split(/ +/);
      if (type !== 'blob' || !oid) continue; // submodules (commit) are not catalogue files
      // A symbolic link's blob is its target's name, not a file: the loader reports it.
      if (fileMode === '120000') {
        links.push(line.slice(tab + 1));
        continue;
      }
      tree.set(line.slice(tab + 1), { oid, size: Number(size) });
    }
    sorted = [...tree.keys()].sort();
    links.sort();
    return tree;
  };

  /** Reads many blobs with one process: `<oid> blob <size>\n<bytes>\n` per object. */
  const batch = (files: string[]) => {
    const t = load();
    const wanted = files.filter((f) => !cache.has(f) && t.has(f));
    if (!wanted.length) return;
    const r = git(repoDir, ['cat-file', '--batch'], wanted.map((f) => `${t.get(f)!.oid}\n`).join(''));
    if (r.missing) throw new GitError(GIT_MISSING);
    if (!r.ok) throw new GitError(`无法读取版本“${ref}”的文件内容：${r.stderr.trim().split('\n')[0] ?? ''}`);
    const out = r.stdout;
    let pos = 0;
    for (const file of wanted) {
      const nl = out.indexOf(0x0a, pos);
      const header = out.toString('utf8', pos, nl).split(' ');
      if (header[1] !== 'blob') throw new GitError(`无法读取版本“${ref}”中的文件 ${file}`);
      const size = Number(header[2]);
      cache.set(file, out.subarray(nl + 1, nl + 1 + size));
      pos = nl + 1 + size + 1;
    }
  };

  const readOne = (file: string): Buffer | undefined => {
    const entry = load().get(file);
    if (!entry) return undefined;
    const r = git(repoDir, ['cat-file', 'blob', entry.oid]);
    if (r.missing) throw new GitError(GIT_MISSING);
    if (!r.ok) throw new GitError(`无法读取版本“${ref}”中的文件 ${file}：${r.stderr.trim().split('\n')[0] ?? ''}`);
    return r.stdout;
  };

  return {
    label: `git:${ref}`,
    list(dir) {
      load();
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      return sorted.filter((f) => f.startsWith(prefix));
    },
    links(dir) {
      load();
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      return links.filter((f) => f.startsWith(prefix));
    },
    read(file) {
      const t = load();
      if (!t.has(file)) return undefined;
      const hit = cache.get(file);
      if (hit) return hit;
      if (mode === 'batch' && TEXT_FILE.test(file)) {
        if (!prefetched) {
          prefetched = true;
          batch(sorted.filter((f) => TEXT_FILE.test(f)));
        } else batch([file]);
        return cache.get(file);
      }
      // Attachments are read rarely and may be large: one at a time, kept once read.
      const bytes = readOne(file);
      if (bytes) cache.set(file, bytes);
      return bytes;
    },
    size(file) {
      return load().get(file)?.size;
    },
  };
}

export interface CatalogueCommit {
  /** Full commit id. */
  readonly id: string;
  /** Committer date, ISO 8601 with offset. */
  readonly date: string;
  /** Author's name, as committed. */
  readonly author: string;
  readonly subject: string;
  /** Tags pointing at the commit (lightweight or annotated), sorted. */
  readonly tags: string[];
}

export interface CatalogueHistory {
  /** Commits that changed data/ or the notices, newest first; empty when unavailable. */
  readonly commits: CatalogueCommit[];
  readonly shallow?: boolean;
  /** Why the history is unavailable (Chinese), when it is. */
  readonly reason?: string;
}

/**
 * Commits that changed the catalogue, newest first, with their tags (for the /versions/ page).
 * `firstParent` follows only the first parent of merges (the main line), so consecutive commits
 * of the list are each other's ancestors and a diff between them is what the merge brought.
 */
export function catalogueCommits(repoDir: string, ref = 'HEAD', options: { readonly firstParent?: boolean } = {}): CatalogueHistory {
  const shallow = isShallow(repoDir);
  if (shallow === undefined) {
    return { commits: [], reason: gitAvailable() ? `“${repoDir}”不是 git 仓库，无法列出目录的版本历史` : GIT_MISSING };
  }
  if (shallow) return { commits: [], shallow, reason: `${SHALLOW_HINT}，否则无法列出完整的版本历史` };
  const walk = options.firstParent ? ['--first-parent'] : [];
  const log = git(repoDir, ['log', '-z', ...walk, '--format=%H%x1f%cI%x1f%an%x1f%s', '--end-of-options', ref, '--', ...CATALOGUE_DIRS]);
  if (!log.ok) return { commits: [], shallow, reason: `无法读取版本历史：${log.stderr.trim().split('\n')[0] ?? ''}` };
  const tags = new Map<string, string[]>();
  const refs = git(repoDir, ['for-each-ref', '--format=%(objectname)%09%(*objectname)%09%(refname:short)', 'refs/tags']);
  if (refs.ok) {
    for (const line of refs.stdout.toString('utf8').split('\n')) {
      const [obj, peeled, name] = line.split('\t');
      if (!name) continue;
      const id = peeled || obj!;
      tags.set(id, [...(tags.get(id) ?? []), name]);
    }
  }
  const commits = log.stdout
    .toString('utf8')
    .split('\0')
    .filter((s) => s.trim())
    .map((rec) => {
      const [id, date, author, subject] = rec.replace(/^\n/, '').split('\x1f');
      return { id: id!, date: date!, author: author ?? '', subject: subject ?? '', tags: (tags.get(id!) ?? []).sort() };
    });
  return { commits, shallow };
}

/** Committer date and subject of a commit, or undefined when git cannot tell. */
export function commitInfo(repoDir: string, commit: string): { date: string; subject: string } | undefined {
  const r = git(repoDir, ['log', '-1', '--format=%cI%x1f%s', '--end-of-options', commit, '--']);
  if (!r.ok) return undefined;
  const [date, subject] = r.stdout.toString('utf8').trim().split('\x1f');
  return date ? { date, subject: subject ?? '' } : undefined;
}

/**
 * The first commit of the main line (first parents) that added `file`, or undefined when there is
 * none (the file is not committed yet) or git cannot tell (no git, not a repository, a shallow clone).
 */
export function commitAdding(repoDir: string, file: string): string | undefined {
  if (isShallow(repoDir) !== false) return undefined;
  const r = git(repoDir, ['log', '--first-parent', '--diff-filter=A', '--format=%H', 'HEAD', '--', file]);
  if (!r.ok) return undefined;
  return r.stdout.toString('utf8').trim().split('\n').filter(Boolean).at(-1);
}
