/**
 * npm run fmt — rewrites data files (data/**\/*.yaml) in canonical form (src/lib/canonical.ts).
 * `--check` writes nothing and exits 1 when a file is not canonical. Exit 0 ok, 1 data problem, 2 usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATA_ROOT, YAML_DATA_FILE, canonicalize } from '../io/canonical.ts';
import { type CliIo, command, parseCli } from './cli.ts';

const HELP = `用法：npm run fmt -- [选项] [文件或目录…]

把 data/ 下的 YAML 数据文件整理为规范格式：键按数据结构定义的顺序排列，首行为
# yaml-language-server 注释，纯数字的编码加单引号，2 个空格缩进，不折行，LF 换行。
整理只改变写法，不改变数据；注释保留。不指定文件时整理整个 data/ 目录。

选项：
  --check      只检查、不写文件：列出不是规范格式的文件，有则退出码为 1
  -h, --help   显示本帮助

须在仓库根目录（含 data/ 的目录）运行。
退出码：0 正常；1 有文件不是规范格式（--check）、有语法错误或无法安全整理；2 用法错误。`;

interface Args {
  readonly check: boolean;
  readonly targets: string[];
}

function parse(argv: string[], io: CliIo): Args | undefined {
  const parsed = parseCli(argv, { check: { type: 'boolean' } }, HELP, io);
  return parsed && { check: parsed.values.check ?? false, targets: parsed.positionals };
}

/** Every YAML file below `dir` (absolute), sorted; dot-files and dot-directories skipped. */
function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && YAML_DATA_FILE.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function fmt(argv: string[], io: CliIo): number {
  const args = parse(argv, io);
  if (!args) return 0;
  const root = io.cwd;
  const toRel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');

  const targets = args.targets.length ? args.targets : [DATA_ROOT];
  const files: string[] = [];
  for (const t of targets) {
    const abs = path.resolve(root, t);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      io.stderr.write(
        args.targets.length ? `找不到“${t}”。\n` : `当前目录下没有 data/ 目录：请在仓库根目录运行 npm run fmt。\n`,
      );
      return 2;
    }
    const rel = toRel(abs);
    if (rel !== DATA_ROOT && !rel.startsWith(`${DATA_ROOT}/`)) {
      io.stderr.write(`“${t}”不在 data/ 目录下：只能整理 data/ 中的数据文件。\n`);
      return 2;
    }
    if (st.isDirectory()) files.push(...yamlFiles(abs));
    else if (YAML_DATA_FILE.test(abs)) files.push(abs);
    else {
      io.stderr.write(`“${t}”不是 YAML 文件（.yaml 或 .yml）。\n`);
      return 2;
    }
  }
  const unique = [...new Set(files)].sort();

  const notCanonical: string[] = [];
  const written: string[] = [];
  let failed = 0;
  for (const abs of unique) {
    const rel = toRel(abs);
    const text = fs.readFileSync(abs, 'utf8');
    const r = canonicalize(text, rel);
    switch (r.kind) {
      case 'syntax':
        failed++;
        for (const e of r.errors) io.stderr.write(`${rel}:${e.pos.line}:${e.pos.col}  yaml-syntax  ${e.message}（未整理）\n`);
        break;
      case 'unsafe':
        failed++;
        io.stderr.write(`${rel}:1:1  fmt  ${r.message}\n`);
        break;
      case 'skipped':
        io.stderr.write(`${rel}:1:1  fmt  （跳过）${r.reason}\n`);
        break;
      case 'ok':
        if (!r.changed) break;
        if (args.check) {
          notCanonical.push(rel);
        } else {
          fs.writeFileSync(abs, r.text);
          written.push(rel);
        }
        break;
    }
  }

  if (args.check) {
    for (const f of notCanonical) io.stdout.write(`${f}\n`);
    if (notCanonical.length) {
      io.stdout.write(`以上 ${notCanonical.length} 个文件不是规范格式，请运行 npm run fmt 整理后再提交。\n`);
    } else if (!failed) {
      io.stdout.write(`检查了 ${unique.length} 个文件，都是规范格式。\n`);
    }
  } else {
    for (const f of written) io.stdout.write(`已整理 ${f}\n`);
    io.stdout.write(`检查了 ${unique.length} 个文件，整理了 ${written.length} 个。\n`);
  }
  if (failed) io.stderr.write(`${failed} 个文件有语法错误或无法安全整理，未改动，请先修正。\n`);
  return failed || notCanonical.length ? 1 : 0;
}

export const main = command('fmt', fmt);
