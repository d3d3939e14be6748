/**
 * Where `npm run export` may write. The export replaces its own entries (catalogue.json, csv/,
 * xlsx/, schemas/) in the output folder, so a mistyped --out must never be the filesystem root,
 * the repository or one of its own folders, an existing file, or a folder holding anything else.
 * A folder holding only an earlier export is replaced when --force says so.
 */
import fs from 'node:fs';
import path from 'node:path';

/** What an export writes at the top of its folder: a folder with these alone holds an earlier export. */
export const EXPORT_ENTRIES: readonly string[] = ['catalogue.json', 'csv', 'xlsx', 'schemas'];

/** The repository's own folders, which an export must never be written into. */
export const PROTECTED_DIRS: readonly string[] = ['data', 'src', 'schemas', 'scripts', 'tests', 'docs', 'node_modules', '.git'];

export interface OutDirInput {
  /** The repository (catalogue) root. */
  readonly root: string;
  /** The output folder, as given (relative to `root`) or resolved. */
  readonly out: string;
  readonly force?: boolean;
}

/** The real path of `p`, resolving the longest part of it that exists (the rest may be created). */
function realish(p: string): string {
  const abs = path.resolve(p);
  const missing: string[] = [];
  let at = abs;
  for (;;) {
    try {
      return path.join(fs.realpathSync(at), ...missing.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return abs;
      missing.push(path.basename(at));
      at = parent;
    }
  }
}

const inside = (dir: string, p: string) => {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Why the export must not write into `out`, in Chinese (with what to do instead); undefined when
 * it may. Reads the filesystem, never writes to it.
 */
export function outDirProblem({ root, out, force = false }: OutDirInput): string | undefined {
  const dir = realish(path.resolve(root, out));
  const repo = realish(root);
  const shown = out;
  if (path.parse(dir).root === dir) return `不能导出到文件系统的根目录“${shown}”：请用 --out 指定一个新的空目录，如 --out 导出`;
  if (dir === repo) return `不能导出到仓库目录本身（“${shown}”）：请用 --out 指定一个新的空目录，如 --out dist/open-data`;
  for (const own of PROTECTED_DIRS) {
    if (inside(path.join(repo, own), dir)) return `不能导出到仓库的 ${own}/ 目录（“${shown}”）中：那里是目录数据或程序，导出会覆盖它们。请用 --out 指定另一个目录，如 --out dist/open-data`;
  }
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir);
  } catch {
    return undefined; // a new folder: created by the export
  }
  if (!stat.isDirectory()) return `“${shown}”是一个已有的文件，不是目录：请用 --out 指定一个目录`;
  const entries = fs.readdirSync(dir);
  if (entries.length === 0) return undefined;
  const earlier = entries.includes('catalogue.json') && entries.every((e) => EXPORT_ENTRIES.includes(e));
  if (!earlier) return `目录“${shown}”不是空的，里面还有别的文件（如 ${entries.filter((e) => !EXPORT_ENTRIES.includes(e)).slice(0, 3).join('、')}）：导出会写入其中。请用 --out 指定一个新的空目录`;
  if (!force) return `目录“${shown}”中已有上次导出的开放数据：要用这次的导出替换它，请加上 --force`;
  return undefined;
}

/**
 * Why a command must not write the file `out` (a template), in Chinese; undefined when it may:
 * never into the repository's own folders, never over an existing file or folder.
 */
export function outFileProblem({ root, out }: Omit<OutDirInput, 'force'>): string | undefined {
  const file = realish(path.resolve(root, out));
  const repo = realish(root);
  for (const own of PROTECTED_DIRS) {
    if (inside(path.join(repo, own), file)) return `不能把文件写到仓库的 ${own}/ 目录（“${out}”）中：那里是目录数据或程序。请用 --out 指定别的位置，如 --out 模板.xlsx`;
  }
  if (fs.existsSync(file)) return `“${out}”已经存在，不会覆盖：请用 --out 指定一个新文件名`;
  if (!fs.existsSync(path.dirname(file))) return `目录“${path.dirname(out)}”不存在：请先建立它，或用 --out 指定已有目录中的文件`;
  return undefined;
}
