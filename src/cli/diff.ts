/**
 * npm run diff -- <版本A> <版本B> [--format text|md|json|html] — what changed in the catalogue
 * between two git versions, matched by key, field by field; reads git objects only, never the work
 * tree. Exit 0 compared (with or without differences), 1 a version cannot be loaded, 2 usage.
 */
import path from 'node:path';
import { type DiffInput, diffCatalogues, loadVersion } from '../history/diff.ts';
import { DIFF_FORMATS, type DiffFormat, type VersionInfo, formatDiff } from '../history/format.ts';
import { GitError, commitInfo, gitSource, repoRoot, resolveRef } from '../io/git.ts';
import { formatProblem } from '../check/problems.ts';
import { type CliIo, UsageError, command, parseCli } from './cli.ts';

const HELP = `用法：npm run diff -- <版本A> <版本B> [选项]

比较目录在两个 git 版本之间的差异：按编码或标识（不按文件名或先后位置）对应记录，
列出新增、删除和修改的记录及每个字段的前后值，按类别和区划分组；并用文字说明
实施部门的变化（如“某事项于某日由某局划转至审批局”）。只改格式（键的顺序、引号、
注释）或只改文件名的，不算差异。只读取 git 中保存的版本，不改动工作区。

版本可以是标签、分支、提交编号或 HEAD~1 这样的写法（用 git log、git tag 查看）。

选项：
  --format 格式   输出格式：text（默认，纯文本）、md（Markdown）、json（供程序使用）、
                  html（可嵌入网页的 HTML 片段）
  --repo 目录     仓库所在目录（默认为当前目录所在的仓库）
  -h, --help      显示本帮助

退出码：0 比较完成（无论有无差异）；1 某个版本的目录数据有问题，无法读取（逐条列出）；
        2 用法错误、版本不存在或找不到 git。`;

function diff(argv: string[], io: CliIo): number {
  const progress = (message: string) => {
    if (io.stderr.isTTY) io.stderr.write(`${message}\n`);
  };
  const args = parseCli(argv, { format: { type: 'string', default: 'text' }, repo: { type: 'string' } }, HELP, io);
  if (!args) return 0;
  const { values, positionals } = args;
  const format = values.format as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) throw new UsageError(`不支持的输出格式“${values.format}”：可选 ${DIFF_FORMATS.join('、')}`);
  if (positionals.length !== 2) {
    throw new UsageError(positionals.length < 2 ? `需要两个版本（旧版本在前，新版本在后），收到了 ${positionals.length} 个` : `只能比较两个版本，收到了 ${positionals.length} 个：${positionals.join(' ')}`);
  }

  const top = repoRoot(path.resolve(io.cwd, values.repo ?? '.'));
  if ('error' in top) throw new UsageError(top.error);
  const root = top.root;

  const versions: { info: VersionInfo; input: DiffInput }[] = [];
  let broken = false;
  for (const ref of positionals) {
    const resolved = resolveRef(root, ref);
    if ('error' in resolved) {
      io.stderr.write(`${resolved.error}\n`);
      return 2;
    }
    progress(`正在读取版本“${ref}”……`);
    const { version, problems } = loadVersion(gitSource(root, resolved.commit));
    const info: VersionInfo = { ref, commit: resolved.commit, ...commitInfo(root, resolved.commit) };
    if (problems.length) {
      broken = true;
      io.stderr.write(`版本“${ref}”（${resolved.commit.slice(0, 10)}）的目录数据有 ${problems.length} 个问题，无法可靠比较：\n`);
      for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
    }
    versions.push({ info, input: version });
  }
  if (broken) {
    io.stderr.write('请先改正以上问题（可在该版本上运行 npm run check 查看），再比较。\n');
    return 1;
  }
  const [a, b] = versions as [(typeof versions)[0], (typeof versions)[0]];
  const diff = diffCatalogues(a.input, b.input);
  io.stdout.write(formatDiff(diff, format, { from: a.info, to: b.info }));
  return 0;
}

export const main = command('diff', diff, (e) => e instanceof GitError);
