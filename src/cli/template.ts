/**
 * npm run template -- <transfer|implementation|responsibility> [--out <file.xlsx>] [--jurisdiction <id>]
 *
 * Writes a blank workbook for one kind of sheet `npm run import -- xlsx` reads
 * (src/import/xlsx/template.ts), with the drop-down lists of the code lists and of the
 * catalogue's department names. It never overwrites a file and never writes into the repository's
 * own folders (src/io/out-dir.ts). Exit 0 ok, 1 the catalogue cannot be read, 2 usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SHEET_KINDS, SHEET_TITLES, type SheetKind } from '../domain/sheet-columns.ts';
import { setZipDates } from '../forms/zip.ts';
import { templateXlsx } from '../import/xlsx/template.ts';
import { loadCatalogue } from '../io/load.ts';
import { outFileProblem } from '../io/out-dir.ts';
import { fsSource } from '../io/source.ts';
import { type CliIo, UsageError, command, parseCli } from './cli.ts';

/** Templates carry no data of their own: one fixed date keeps their bytes the same. */
export const TEMPLATE_DATE = '2020-01-01';

const HELP = `用法：npm run template -- <种类> [选项]

生成一张空白的 Excel 工作簿（.xlsx），填好后用 npm run import -- xlsx 导入。种类：
  transfer        划转清单（标题、文号、发文机关、成文日期等，逐行的事项和方向）
  implementation  实施清单（办件类型、承诺办结时限、办理地点等办事指南要素）
  responsibility  审管衔接备忘录（审批科室、监管科室、信息推送要点等）

表头冻结，每一列的表头单元格有批注说明怎么填；事项类型、办件类型、方向等代码和部门名称
只能从下拉列表中选择，编码列设为文本格式（不会丢掉开头的 0）。

选项：
  --out 文件            写到这个文件（默认：当前目录下的“<种类名称>模板.xlsx”）；已有的文件不会覆盖
  --jurisdiction 区划   部门下拉列表只列这个区划的部门（默认列出全部部门）
  -h, --help            显示本帮助

须在仓库根目录（含 data/ 的目录）运行。`;

async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCli(argv, { out: { type: 'string' }, jurisdiction: { type: 'string' } }, HELP, io);
  if (!parsed) return 0;
  const [kind, ...extra] = parsed.positionals;
  if (kind === undefined) throw new UsageError(`缺少种类：npm run template -- <${SHEET_KINDS.join('|')}>`);
  if (!(SHEET_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`不认识的种类“${kind}”：可以是 ${SHEET_KINDS.map((k) => `${k}（${SHEET_TITLES[k]}）`).join('、')}`);
  }
  if (extra.length) throw new UsageError(`多余的参数“${extra.join(' ')}”：一次生成一种模板`);
  const k = kind as SheetKind;
  const out = parsed.values.out ?? `${SHEET_TITLES[k]}模板.xlsx`;
  if (!out.trim()) throw new UsageError('--out 后面要写文件名，如 --out 模板.xlsx');
  if (path.extname(out).toLowerCase() !== '.xlsx') throw new UsageError(`--out 的文件名要以 .xlsx 结尾，收到了“${out}”`);
  if (!fs.existsSync(path.join(io.cwd, 'data'))) throw new UsageError('当前目录下没有 data/ 目录：请在仓库根目录运行 npm run template');
  const problem = outFileProblem({ root: io.cwd, out });
  if (problem) throw new UsageError(problem);

  const { catalogue } = loadCatalogue(fsSource(io.cwd));
  const j = parsed.values.jurisdiction;
  if (j !== undefined && !catalogue.jurisdictions.some((x) => x.data.id === j)) {
    throw new UsageError(`没有区划“${j}”（data/jurisdictions/ 中有：${catalogue.jurisdictions.map((x) => x.data.id).join('、') || '无'}）`);
  }
  const departments = [...new Set(catalogue.departments.filter((d) => j === undefined || d.data.jurisdiction === j).map((d) => d.data.name))];
  const bytes = setZipDates(await templateXlsx({ kind: k, departments, date: TEMPLATE_DATE }), TEMPLATE_DATE);
  fs.writeFileSync(path.resolve(io.cwd, out), bytes, { flag: 'wx' });
  io.stdout.write(`已生成${SHEET_TITLES[k]}模板 ${out}：填好后运行 npm run import -- xlsx ${out} 预览导入结果。\n`);
  return 0;
}

export const main = command('template', run);
