/**
 * npm run bench [-- --runs N] — how long the validator and the site build take on the demo
 * catalogue, and how large the output is. Prints the median of N runs (default 5 for the
 * validator, 3 for the build) and ratios measured in the same run; absolute times depend on the
 * machine, ratios much less.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { validate } from '../check/validate.ts';
import { type CliIo, UsageError, command, parseCli } from './cli.ts';

const HELP = `用法：npm run bench [-- --runs 次数]

测量演示目录的检查（npm run check 的核心，进程内）和网站生成（astro build，含检查、
搜索索引和开放数据）的耗时，输出多次运行的中位数、二者之比，以及页面数和文件大小。`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function dirStats(dir: string) {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  let htmlBytes = 0;
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const st = fs.statSync(path.join(dir, f));
    if (!st.isFile()) continue;
    files++;
    bytes += st.size;
    if (f.endsWith('.html')) {
      pages++;
      htmlBytes += st.size;
    }
  }
  return { files, bytes, pages, htmlBytes };
}

async function bench(argv: string[], io: CliIo): Promise<number> {
  const args = parseCli(argv, { runs: { type: 'string', default: '5' } }, HELP, io);
  if (!args) return 0;
  const runs = Number(args.values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs 应为正整数，收到了“${args.values.runs}”`);
  const root = io.cwd;

  const checkMs: number[] = [];
  let files = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = validate(root);
    checkMs.push(performance.now() - t);
    files = r.files;
    if (!r.ok) throw new UsageError('演示目录有错误，请先运行 npm run check');
  }

  const buildRuns = Math.max(1, Math.min(runs, 3));
  const buildMs: number[] = [];
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-bench-'));
  try {
    for (let i = 0; i < buildRuns; i++) {
      io.stderr.write(`生成网站 ${i + 1}/${buildRuns}……\n`);
      fs.rmSync(out, { recursive: true, force: true });
      const t = performance.now();
      const r = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
        cwd: root,
        encoding: 'utf8',
        env: { ...io.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      });
      buildMs.push(performance.now() - t);
      if (r.status !== 0) throw new UsageError(`网站生成失败：\n${r.stdout}${r.stderr}`);
    }
    const stats = dirStats(out);
    const c = median(checkMs);
    const b = median(buildMs);
    const lines = [
      `检查（${files} 个文件，${runs} 次中位数）：${c.toFixed(0)} ms`,
      `生成网站（${buildRuns} 次中位数）：${(b / 1000).toFixed(1)} s，是检查的 ${(b / c).toFixed(0)} 倍`,
      `输出：${stats.pages} 个页面，共 ${stats.files} 个文件 ${(stats.bytes / 1024).toFixed(0)} KB；HTML 平均每页 ${(stats.htmlBytes / stats.pages / 1024).toFixed(1)} KB`,
      `每个页面的生成时间（生成时间 ÷ 页面数）：${(b / stats.pages).toFixed(0)} ms`,
    ];
    io.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
  return 0;
}

export const main = command('bench', bench);
