/**
 * npm run schemas — writes schemas/*.schema.json from the zod schemas, so that editors (VS Code
 * with the YAML extension) complete and check data files as staff type.
 * `--check` writes nothing and exits 1 when a file is missing or out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemaFiles } from '../export/json-schema.ts';
import { type CliIo, UsageError, command, parseCli } from './cli.ts';

const HELP = `用法：npm run schemas [-- --check]

由 src/schemas 中的定义生成 schemas/*.schema.json（编辑器据此补全和检查数据文件）。

选项：
  --check      只检查 schemas/ 是否为最新，不写文件
  -h, --help   显示本帮助

退出码：0 完成（或已是最新）；1 有文件不是最新；2 用法错误。`;

function schemas(argv: string[], io: CliIo): number {
  const args = parseCli(argv, { check: { type: 'boolean' } }, HELP, io);
  if (!args) return 0;
  if (args.positionals.length) throw new UsageError(`多余的参数：${args.positionals.join(' ')}`);
  const check = args.values.check ?? false;
  const dir = path.resolve(io.cwd, 'schemas');
  const stale: string[] = [];
  if (!check) fs.mkdirSync(dir, { recursive: true });
  for (const [file, text] of jsonSchemaFiles()) {
    const target = path.join(dir, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === text) continue;
    if (check) stale.push(file);
    else fs.writeFileSync(target, text);
  }
  if (stale.length) {
    io.stderr.write(`schemas/ 中这些文件不是最新的：${stale.join('、')}。请运行 npm run schemas 并提交。\n`);
    return 1;
  }
  io.stdout.write(check ? 'schemas/ 是最新的。\n' : '已写入 schemas/。\n');
  return 0;
}

export const main = command('schemas', schemas);
