/**
 * npm run schemas — writes schemas/*.schema.json from the zod schemas, so that editors (VS Code
 * with the YAML extension) complete and check data files as staff type.
 * `--check` writes nothing and exits 1 when a file is missing or out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemaFiles } from '../src/lib/json-schema.ts';

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  process.stdout.write('用法：npm run schemas [-- --check]\n  生成 schemas/*.schema.json；--check 只检查是否为最新，不写文件。\n');
  process.exit(0);
}
const unknown = args.filter((a) => a !== '--check');
if (unknown.length) {
  process.stderr.write(`不认识的参数：${unknown.join(' ')}（用法：npm run schemas [-- --check]）\n`);
  process.exit(2);
}
const check = args.includes('--check');
const dir = path.resolve('schemas');
const stale: string[] = [];
if (!check) fs.mkdirSync(dir, { recursive: true });
for (const [file, text] of jsonSchemaFiles()) {
  const target = path.join(dir, file);
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
  if (current === text) continue;
  if (check) stale.push(file);
  else fs.writeFileSync(target, text);
}
if (check && stale.length) {
  process.stderr.write(`schemas/ 中这些文件不是最新的：${stale.join('、')}。请运行 npm run schemas 并提交。\n`);
  process.exit(1);
}
process.stdout.write(check ? 'schemas/ 是最新的。\n' : '已写入 schemas/。\n');
