/**
 * npm run bench [-- --runs N] — how long the validator and the site build take on the demo
 * catalogue, and how large the output is. Prints the median of N runs (default 5 for the
 * validator, 3 for the build) and ratios measured in the same run; absolute times depend on the
 * machine, ratios much less.
 *
 * npm run bench -- --synthetic 1000,5000[,…] — for each number of guides, writes a synthetic
 * catalogue (src/bench/synthetic.ts) and runs the check command on it as a child process, N times
 * (default 3): the median wall time, the CPU time, the peak resident memory of the whole process
 * tree (src/bench/proc-tree.ts), time per 1000 records and the growth exponent between
 * consecutive sizes. See docs/ARCHITECTURE.md, Benchmarks.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { childCpuSeconds, sampleTree } from '../bench/proc-tree.ts';
import { generateSyntheticCatalogue } from '../bench/synthetic.ts';
import { validate } from '../check/validate.ts';
import { type CliIo, UsageError, command, parseCli } from './cli.ts';

const HELP = `用法：npm run bench [-- --runs 次数]
      npm run bench -- --synthetic 指南数[,指南数…] [--runs 次数] [--seed 种子]

不带 --synthetic 时，测量演示目录的检查（npm run check 的核心，进程内）和网站生成
（astro build，含检查、搜索索引和开放数据）的耗时，输出多次运行的中位数、二者之比，
以及页面数和文件大小。

带 --synthetic 时，对每个指南数生成一个合成的全省目录（写在临时目录中，测完删除），
把检查命令作为子进程运行若干次（默认 3 次），输出一张表：记录数、耗时中位数、CPU 时间、
整个进程树的内存峰值、每千条记录的耗时，以及相邻两个规模之间的增长指数
（log(t2/t1) ÷ log(n2/n1)，1 为线性）。临时目录取 TMPDIR。`;

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

const positiveInt = (text: string, what: string): number => {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`${what}应为正整数，收到了“${text}”`);
  return n;
};

async function bench(argv: string[], io: CliIo): Promise<number> {
  const args = parseCli(argv, { runs: { type: 'string' }, synthetic: { type: 'string' }, seed: { type: 'string', default: '1' } }, HELP, io);
  if (!args) return 0;
  if (args.positionals.length) throw new UsageError(`多余的参数：${args.positionals.join(' ')}`);
  if (args.values.synthetic !== undefined) {
    const sizes = args.values.synthetic.split(',').map((s) => positiveInt(s.trim(), '--synthetic 的每个指南数'));
    const runs = positiveInt(args.values.runs ?? '3', '--runs ');
    const seed = positiveInt(args.values.seed, '--seed ');
    return benchSynthetic(sizes, runs, seed, io);
  }
  const runs = positiveInt(args.values.runs ?? '5', '--runs ');
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

/** One run of a command as a child process: wall time, CPU time and peak memory of its process tree. */
export interface Measured {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** User + system CPU seconds of the child and the descendants it waited for. */
  readonly cpu: number;
  /** Peak resident set of the child and all its descendants, in bytes. */
  readonly peakRss: number;
}

export function measure(file: string, args: readonly string[], cwd: string, env: CliIo['env']): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const cpu0 = childCpuSeconds();
    const t0 = performance.now();
    const child = spawn(file, args, { cwd, env: { ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = sampleTree(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => {
      sampler.stop();
      reject(e);
    });
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const { peakRss } = sampler.stop();
      resolve({ code, stdout, stderr, ms, cpu: childCpuSeconds() - cpu0, peakRss });
    });
  });
}

/** The growth exponent between two sizes: 1 when time grows in proportion, 2 when quadratically. */
export const growthExponent = (n1: number, t1: number, n2: number, t2: number): number => Math.log(t2 / t1) / Math.log(n2 / n1);

/** Columns of the synthetic table; a measurement added later (the build, Pagefind) is more columns. */
export interface Column<R> {
  readonly header: string;
  readonly cell: (row: R, previous: R | undefined) => string;
}

/** Display width in a terminal: CJK characters take two columns. */
const width = (s: string) => [...s].reduce((w, c) => w + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

export function formatTable<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const cells = [columns.map((c) => c.header), ...rows.map((r, i) => columns.map((c) => c.cell(r, rows[i - 1])))];
  const widths = columns.map((_, j) => Math.max(...cells.map((row) => width(row[j]!))));
  return cells.map((row) => row.map((cell, j) => ' '.repeat(widths[j]! - width(cell)) + cell).join('  ')).join('\n');
}

interface SyntheticRow {
  readonly guides: number;
  readonly records: number;
  readonly generateMs: number;
  readonly checkMs: number;
  readonly cpu: number;
  readonly peakRss: number;
  /** Why the check did not finish (out of memory), when it did not. */
  readonly failed?: string;
}

/** A cell that needs the check's time: empty for a failed row, or after one. */
const timed = (f: (r: SyntheticRow, p: SyntheticRow | undefined) => string) => (r: SyntheticRow, p: SyntheticRow | undefined) =>
  r.failed ? '—' : f(r, p?.failed ? undefined : p);

const SYNTHETIC_COLUMNS: readonly Column<SyntheticRow>[] = [
  { header: '指南', cell: (r) => String(r.guides) },
  { header: '记录', cell: (r) => String(r.records) },
  { header: '生成 s', cell: (r) => (r.generateMs / 1000).toFixed(1) },
  { header: '检查 s（中位数）', cell: (r) => r.failed ?? (r.checkMs / 1000).toFixed(2) },
  { header: 'CPU s', cell: timed((r) => r.cpu.toFixed(2)) },
  { header: '每千条记录 ms', cell: timed((r) => ((r.checkMs / r.records) * 1000).toFixed(0)) },
  { header: '增长指数', cell: timed((r, p) => (p && p.records !== r.records ? growthExponent(p.records, p.checkMs, r.records, r.checkMs).toFixed(2) : '–')) },
  { header: 'CPU 增长指数', cell: timed((r, p) => (p && p.records !== r.records ? growthExponent(p.records, p.cpu, r.records, r.cpu).toFixed(2) : '–')) },
  { header: '内存峰值 MB', cell: (r) => (r.peakRss / 2 ** 20).toFixed(0) },
];

async function benchSynthetic(sizes: readonly number[], runs: number, seed: number, io: CliIo): Promise<number> {
  const script = path.join(import.meta.dirname, '../../scripts/check.ts');
  const rows: SyntheticRow[] = [];
  for (const guides of sizes) {
    io.stderr.write(`生成合成目录：${guides} 条指南……\n`);
    const t0 = performance.now();
    const cat = generateSyntheticCatalogue({ guides, seed });
    const generateMs = performance.now() - t0;
    try {
      const times: number[] = [];
      const cpus: number[] = [];
      let peakRss = 0;
      let records = 0;
      let failed: string | undefined;
      for (let i = 0; i < runs; i++) {
        io.stderr.write(`检查 ${cat.files} 个文件 ${i + 1}/${runs}……\n`);
        const m = await measure(process.execPath, [script, cat.dir, `--today=${cat.today}`], io.cwd, io.env);
        peakRss = Math.max(peakRss, m.peakRss);
        const found = /检查了 (\d+) 个文件/.exec(m.stdout);
        if (!found) {
          // Out of memory, or a crash: the row says so, and the sizes after it still run.
          failed = `失败（退出码 ${m.code ?? '—'}）`;
          io.stderr.write(`检查没有完成：${m.stderr.trim().split('\n').slice(-3).join(' ')}\n`);
          break;
        }
        if (m.code !== 0) throw new UsageError(`合成目录的检查报告了错误（退出码 ${m.code}）：\n${m.stdout.slice(-2000)}`);
        records = Number(found[1]);
        times.push(m.ms);
        cpus.push(m.cpu);
      }
      rows.push({ guides, records: failed ? cat.files : records, generateMs, checkMs: failed ? NaN : median(times), cpu: failed ? NaN : median(cpus), peakRss, ...(failed ? { failed } : {}) });
    } finally {
      cat.cleanup();
    }
  }
  io.stdout.write(`npm run check（node scripts/check.ts，${runs} 次的中位数；内存为整个进程树的峰值）\n${formatTable(SYNTHETIC_COLUMNS, rows)}\n`);
  return 0;
}

export const main = command('bench', bench);
