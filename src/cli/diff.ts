/**
 * npm run diff -- <版本A> <版本B> [--format text|md|json|html] [--strict] — what changed in the
 * catalogue between two versions, matched by key, field by field. A version is a release (its id,
 * or catalogue/YYYY-MM-DD for the release of that date), looked up first in data/releases/ of the
 * work tree, whose state is cut from the revision that added its record (src/history/releases.ts);
 * anything else is a git ref, read from git objects only. Exit 0 compared (with or without
 * differences), 1 a version cannot be loaded or (--strict) a major change without a release note,
 * 2 usage.
 */
import path from 'node:path';
import { type DiffInput, diffCatalogues, loadVersion } from '../history/diff.ts';
import { DIFF_FORMATS, type DiffFormat, type VersionInfo, formatDiff } from '../history/format.ts';
import { findRelease, releaseBase, releaseInput, unnotedMajorChanges } from '../history/releases.ts';
import { GitError, commitInfo, gitSource, repoRoot, resolveRef } from '../io/git.ts';
import { fsSource } from '../io/source.ts';
import { formatDate } from '../site/format.ts';
import { formatProblem } from '../check/problems.ts';
import { type CliIo, UsageError, command, parseCli } from './cli.ts';

const HELP = `用法：npm run diff -- <版本A> <版本B> [选项]

比较目录在两个版本之间的差异：按编码或标识（不按文件名或先后位置）对应记录，
列出新增、删除和修改的记录及每个字段的前后值，按类别和区划分组；并用文字说明
实施部门的变化（如“某事项于某日由某局划转至审批局”）。只改格式（键的顺序、引号、
注释）或只改文件名的，不算差异。

版本先按发布查找：发布标识（data/releases/ 中的 id，如 2020-12-24-adjustment），或
catalogue/年-月-日（那一天的发布）。发布的目录状态按发布记录写入目录时的数据、截至发布
日期计算（见网站“版本历史”的说明）。不是发布的，按 git 版本查找：分支、提交编号或
HEAD~1 这样的写法（用 git log 查看），只读取 git 中保存的版本，不改动工作区。

选项：
  --format 格式   输出格式：text（默认，纯文本）、md（Markdown）、json（供程序使用）、
                  html（可嵌入网页的 HTML 片段）
  --strict        办事指南的申请材料、受理条件、时限、收费或实施部门有变化，却没有一次
                  新的发布在 majorChanges 中说明的，作为错误列出，退出码为 1
  --repo 目录     仓库所在目录（默认为当前目录所在的仓库）
  -h, --help      显示本帮助

退出码：0 比较完成（无论有无差异）；1 某个版本的目录数据有问题，无法读取（逐条列出），
        或加 --strict 时有未说明的重大变更；2 用法错误、版本不存在或找不到 git。`;

function diff(argv: string[], io: CliIo): number {
  const progress = (message: string) => {
    if (io.stderr.isTTY) io.stderr.write(`${message}\n`);
  };
  const args = parseCli(argv, { format: { type: 'string', default: 'text' }, strict: { type: 'boolean' }, repo: { type: 'string' } }, HELP, io);
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

  // The work tree, read once, for its release records (and as the catalogue of a release not committed yet).
  const workSource = fsSource(root);
  let work: { input: DiffInput; problems: number } | undefined;
  const workTree = () => {
    if (!work) {
      const r = loadVersion(workSource);
      work = { input: r.version, problems: r.problems.length };
    }
    return work;
  };

  const versions: { info: VersionInfo; input: DiffInput }[] = [];
  let broken = false;
  for (const ref of positionals) {
    const release = findRelease(workTree().input.catalogue.releases, ref);
    if (release && 'error' in release) {
      io.stderr.write(`${release.error}\n`);
      return 2;
    }
    if (release) {
      progress(`正在计算发布“${ref}”的目录状态……`);
      const base = releaseBase(workSource, release, workTree());
      if (base.problems) {
        broken = true;
        io.stderr.write(`发布“${ref}”所依据的目录数据有 ${base.problems} 个读取问题，无法可靠比较：请先在该版本上运行 npm run check 查看并改正。\n`);
      }
      const r = release.data;
      versions.push({
        info: { ref, label: `${r.title}（发布 ${r.id}，${formatDate(r.date)}）`, release: { id: r.id, title: r.title, date: r.date }, ...(base.commit ? { commit: base.commit } : {}) },
        input: releaseInput(base.input, r),
      });
      continue;
    }
    const resolved = resolveRef(root, ref);
    if ('error' in resolved) {
      io.stderr.write(`${resolved.error}（也不是 data/releases/ 中的发布标识或 catalogue/年-月-日）\n`);
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
  if (values.strict) {
    const unnoted = unnotedMajorChanges(a.input, b.input);
    for (const u of unnoted) {
      io.stderr.write(`重大变更未说明：办事指南“${u.name}”（${u.guide}）的${u.fields.join('、')}有变化，却没有新的发布在 majorChanges 中说明：请在 data/releases/${u.jurisdiction}/ 中新建一次发布并写明变更说明\n`);
    }
    if (unnoted.length) {
      io.stderr.write(`共 ${unnoted.length} 份办事指南有未说明的重大变更。\n`);
      return 1;
    }
  }
  return 0;
}

export const main = command('diff', diff, (e) => e instanceof GitError);
