/**
 * npm run export — writes the open data (catalogue.json, csv/, xlsx/, schemas/) into a directory.
 * Refuses to export a catalogue with errors. Exit 0 ok, 1 data problems, 2 usage.
 */
import path from 'node:path';
import { DEFAULT_OPEN_DATA_DIR, writeOpenData } from '../export/index.ts';
import { formatProblem, summaryLine } from '../check/problems.ts';
import { validate } from '../check/validate.ts';
import { outDirProblem } from '../io/out-dir.ts';
import { type CliIo, UsageError, catalogueRootProblem, command, parseCli } from './cli.ts';

const HELP = `用法：npm run export -- [选项] [仓库目录]

检查目录数据，无错误时导出开放数据：
  catalogue.json                      全部记录和各事项的历次实施部门
  csv/<类别>.csv                      每类记录一个表（UTF-8，可用电子表格软件打开）
  xlsx/<区划>-<清单标识>.xlsx          每份划转清单一个报备用工作簿（A4 横向）
  schemas/<类别>.schema.json          数据结构定义

选项：
  --out 目录    输出目录（默认 ${DEFAULT_OPEN_DATA_DIR}，相对于仓库目录）；须是新的或空的目录
  --force       输出目录中已有上次导出的开放数据时，替换它
  -h, --help    显示本帮助

退出码：0 已导出；1 数据有错误，未导出；2 用法错误（包括输出目录不合适）。`;

async function exportOpenData(argv: string[], io: CliIo): Promise<number> {
  const args = parseCli(argv, { out: { type: 'string' }, force: { type: 'boolean' } }, HELP, io);
  if (!args) return 0;
  const { values, positionals } = args;
  if (positionals.length > 1) throw new UsageError(`只能导出一个仓库目录，收到了 ${positionals.length} 个：${positionals.join(' ')}`);
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out 后面要写输出目录。');
  const root = path.resolve(io.cwd, positionals[0] ?? '.');
  const outDir = path.resolve(root, values.out ?? DEFAULT_OPEN_DATA_DIR);
  const outBad = catalogueRootProblem(root, positionals[0] ?? '.') ?? outDirProblem({ root, out: values.out ?? DEFAULT_OPEN_DATA_DIR, force: values.force });
  if (outBad) throw new UsageError(outBad);

  io.stdout.write('正在检查目录数据……\n');
  const result = validate(root);
  if (!result.ok) {
    for (const p of result.problems) io.stdout.write(`${formatProblem(p)}\n`);
    io.stdout.write(`${summaryLine(result.problems, result.files)}\n数据有错误，未导出。请先修正（npm run check）。\n`);
    return 1;
  }
  io.stdout.write('正在导出……\n');
  const written = await writeOpenData(result, outDir);
  const xlsx = written.filter((f) => f.startsWith('xlsx/')).length;
  const csv = written.filter((f) => f.startsWith('csv/')).length;
  io.stdout.write(`已导出 ${written.length} 个文件到 ${path.relative(io.cwd, outDir) || '.'}：catalogue.json，${csv} 个 CSV，${xlsx} 个划转清单工作簿。\n`);
  return 0;
}

export const main = command('export', exportOpenData);
