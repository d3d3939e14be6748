/**
 * npm run check — validates the catalogue and prints every problem as
 * `file:line:col  rule-id  field.path  message`. Exit 0 clean (warnings allowed), 1 problems, 2 usage.
 */
import path from 'node:path';
import { formatProblem, summaryLine } from '../check/problems.ts';
import { RULES } from '../check/rules/index.ts';
import { validate } from '../check/validate.ts';
import { type CliIo, UsageError, catalogueRootProblem, command, parseCli, todayProblem } from './cli.ts';
import { progressReporter } from './progress.ts';

const HELP = `用法：npm run check -- [选项] [目录]

检查目录（默认为当前目录）中 data/ 下的目录数据和 src/content/notices/ 下的政策文件，
逐条列出问题：文件:行:列  规则  字段  说明。检查超过一秒时，终端上会显示进度
（阶段、已完成数/总数、已用时间、预计剩余时间）；不在终端上运行（如持续集成的日志）时，
1000 个文件以上的目录每个阶段结束时输出一行。进度都写到标准错误，不混入问题列表。

选项：
  --json          以 JSON 输出问题列表（供其他程序使用）
  --rules         列出全部规则及其编号
  --today=日期    以该日期（YYYY-MM-DD）判断“超过一年未审核”等提示
  -h, --help      显示本帮助

退出码：0 没有错误（可能有提示）；1 发现错误；2 用法错误。`;

function check(argv: string[], io: CliIo): number {
  const args = parseCli(argv, { json: { type: 'boolean' }, rules: { type: 'boolean' }, today: { type: 'string' } }, HELP, io);
  if (!args) return 0;
  const { values, positionals } = args;
  if (values.rules) {
    for (const r of RULES) io.stdout.write(`${r.id.padEnd(22)} 规则 ${r.n || '-'}  ${r.title}${r.severity === 'warning' ? '（提示）' : ''}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`只能检查一个目录，收到了 ${positionals.length} 个：${positionals.join(' ')}`);
  const todayBad = values.today === undefined ? undefined : todayProblem(values.today);
  if (todayBad) throw new UsageError(todayBad);
  const root = path.resolve(io.cwd, positionals[0] ?? '.');
  const rootBad = catalogueRootProblem(root, positionals[0] ?? '.');
  if (rootBad) throw new UsageError(rootBad);
  // Progress goes to stderr (see src/cli/progress.ts): stdout stays the problem list alone.
  const progress = progressReporter(io.stderr);
  let result;
  try {
    result = validate(root, { ...(values.today ? { today: values.today } : {}), onProgress: progress.update });
  } finally {
    progress.finish();
  }
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ ok: result.ok, files: result.files, problems: result.problems }, null, 2)}\n`);
  } else {
    for (const p of result.problems) io.stdout.write(`${formatProblem(p)}\n`);
    io.stdout.write(`${summaryLine(result.problems, result.files)}\n`);
  }
  return result.ok ? 0 : 1;
}

export const main = command('check', check);
