/**
 * `npm run typecheck-canary`: proves that the type check covers the .astro pages. Copies the
 * repository (without node_modules, dist and .git) to a temporary directory, plants a type error
 * in a copy of one page, runs `astro check` there, and fails unless astro check fails naming that
 * page. Run by .ci/run after `npm run typecheck`; it takes as long as one astro check.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliIo, UsageError, command, parseCli } from './cli.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The page copied, and where its copy with the planted error goes. */
const PAGE = 'src/pages/tongban.astro';
const PLANTED = 'src/pages/typecheck-canary.astro';
const PLANT = 'const planted: number = "a";';
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro']);

function plantedCheck(root: string, env: CliIo['env']): { ok: boolean; message: string } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-canary-'));
  try {
    fs.cpSync(root, tmp, { recursive: true, filter: (src) => !(path.dirname(src) === root && NOT_COPIED.has(path.basename(src))) });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
    const page = fs.readFileSync(path.join(root, PAGE), 'utf8');
    if (!page.startsWith('---\n')) return { ok: false, message: `${PAGE} 没有以 --- 开头的前置代码，无法植入错误` };
    fs.writeFileSync(path.join(tmp, PLANTED), `---\n${PLANT}\n${page.slice(4)}`);
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'check'], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const output = `${run.stdout}${run.stderr}`;
    if (run.status === 0) return { ok: false, message: `astro check 没有发现植入 ${PLANTED} 的类型错误（退出码 0）：类型检查没有覆盖 .astro 页面。` };
    if (!output.includes(PLANTED) || !output.includes('2322')) {
      return { ok: false, message: `astro check 失败了，但没有指出 ${PLANTED} 中的类型错误（TS2322）：\n${output}` };
    }
    return { ok: true, message: `astro check 发现了植入 ${PLANTED} 的类型错误（退出码 ${run.status}）。` };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const HELP = `用法：npm run typecheck-canary

在仓库的临时副本中给 ${PAGE} 的副本植入一个类型错误，运行 astro check，
确认类型检查覆盖 .astro 页面（astro check 必须失败并指出该文件）。

退出码：0 类型检查发现了植入的错误；1 没有发现；2 用法错误。`;

function canary(argv: string[], io: CliIo): number {
  const args = parseCli(argv, {}, HELP, io);
  if (!args) return 0;
  if (args.positionals.length) throw new UsageError(`多余的参数：${args.positionals.join(' ')}`);
  const result = plantedCheck(ROOT, io.env);
  (result.ok ? io.stdout : io.stderr).write(`${result.message}\n`);
  return result.ok ? 0 : 1;
}

export const main = command('typecheck-canary', canary);
