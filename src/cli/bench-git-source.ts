/**
 * node scripts/bench-git-source.ts [--runs N] — how long it takes to load the demo catalogue from a
 * git revision: gitSource in `batch` mode (one `git cat-file --batch` for every record file) against
 * `show` mode (one git process per file), and the work tree (fsSource) for reference.
 * Commits a copy of data/ and src/content/notices/ into a temporary repository, so the work tree's
 * own git state plays no part; prints the median of the runs.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadVersion } from '../history/diff.ts';
import { gitSource } from '../io/git.ts';
import { fsSource } from '../io/source.ts';
import { type CliIo, UsageError, command, parseCli } from './cli.ts';

const HELP = `用法：node scripts/bench-git-source.ts [--runs 次数]

把当前的演示目录（data/ 和 src/content/notices/）提交到一个临时仓库，分别用
批量读取（git cat-file --batch）、逐个文件读取（每个文件一个 git 进程）和直接读工作区
三种方式加载整个目录（另测只读取不解析的耗时），各重复若干次（默认 5 次），输出中位数。`;

function benchGitSource(argv: string[], io: CliIo): number {
  let args;
  try {
    args = parseCli(argv, { runs: { type: 'string', default: '5' } }, HELP, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`${e.message}\n用法见 node scripts/bench-git-source.ts --help\n`);
    return 2;
  }
  if (!args) return 0;
  if (args.positionals.length) {
    io.stderr.write(`多余的参数：${args.positionals.join(' ')}\n用法见 node scripts/bench-git-source.ts --help\n`);
    return 2;
  }
  const runs = Number(args.values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    io.stderr.write(`--runs 应为正整数，收到了“${args.values.runs}”\n`);
    return 2;
  }

  const repo = path.resolve(import.meta.dirname, '../..');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-bench-'));
  try {
    fs.cpSync(path.join(repo, 'data'), path.join(tmp, 'data'), { recursive: true });
    fs.cpSync(path.join(repo, 'src/content/notices'), path.join(tmp, 'src/content/notices'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: tmp, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'demo');

    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
    };
    const time = (label: string, load: () => { files: number }) => {
      const ms: number[] = [];
      let files = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        files = load().files;
        ms.push(performance.now() - t0);
      }
      io.stdout.write(`中位数 ${median(ms).toFixed(1).padStart(7)} ms  ${label}（${runs} 次：${ms.map((x) => x.toFixed(0)).join('、')} ms；${files} 个记录文件）\n`);
    };
    time('git cat-file --batch（默认）', () => loadVersion(gitSource(tmp, 'HEAD')));
    time('每个文件一个 git 进程', () => loadVersion(gitSource(tmp, 'HEAD', { mode: 'show' })));
    time('工作区（fsSource，参照）', () => loadVersion(fsSource(tmp)));
    // Reading alone, without parsing and checking the records.
    const readAll = (source: ReturnType<typeof fsSource>) => {
      const files = [...source.list('data'), ...source.list('src/content/notices')].filter((f) => /\.(?:ya?ml|mdx?)$/i.test(f));
      for (const f of files) source.read(f);
      return { files: files.length };
    };
    time('仅读取（batch，不解析）', () => readAll(gitSource(tmp, 'HEAD')));
    time('仅读取（每个文件一个进程，不解析）', () => readAll(gitSource(tmp, 'HEAD', { mode: 'show' })));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return 0;
}

export const main = command('bench-git-source', benchGitSource);
