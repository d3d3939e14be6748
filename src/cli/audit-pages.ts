/**
 * npm run audit-pages [-- --runs N] [-- --only 类型,类型] — for one page of every type of the built
 * site (dist/): HTML bytes (raw and gzipped), the script, stylesheet and total bytes the page
 * transfers, and Lighthouse mobile scores (median of N runs), against Debian's Chromium.
 * Lighthouse is fetched with npx on first use; the pages are served on 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHROMIUM, DIST, serveDist } from '../../tests/e2e/harness.ts';
import { PAGE_TYPES } from '../../tests/e2e/pages.ts';
import { type CliIo, UsageError, command, parseCli } from './cli.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const HELP = `用法：npm run audit-pages [-- --runs 次数] [-- --only 页面类型,…]

先运行 npm run build。对每种页面各取一页：HTML 大小（原始、gzip）、页面实际加载的脚本、
样式和总字节数，以及 Lighthouse 移动端评分（性能、无障碍、最佳做法、SEO；多次运行取中位数）。
页面类型：${PAGE_TYPES.map((p) => p.type).join('、')}`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

interface Lh {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { details?: { items?: { resourceType: string; transferSize: number }[] } }>;
}

/** Async, because the pages are served from this same process. */
async function lighthouse(url: string, out: string, env: CliIo['env']): Promise<Lh> {
  const r = await promisify(execFile)(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
    ],
    { encoding: 'utf8', env: { ...env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
  ).catch((e: { stderr?: string; message: string }) => {
    throw new UsageError(`Lighthouse 运行失败：${(e.stderr || e.message).split('\n').slice(-5).join('\n')}`);
  });
  if (!fs.existsSync(out)) throw new UsageError(`Lighthouse 没有写出报告：${r.stderr.split('\n').slice(-5).join('\n')}`);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Lh;
}

async function auditPages(argv: string[], io: CliIo): Promise<number> {
  const args = parseCli(argv, { runs: { type: 'string', default: '1' }, only: { type: 'string' } }, HELP, io);
  if (!args) return 0;
  const runs = Number(args.values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs 应为正整数，收到了“${args.values.runs}”`);
  const only = args.values.only?.split(',').map((s) => s.trim());
  const pages = PAGE_TYPES.filter((p) => !only || only.includes(p.type));
  if (!pages.length) throw new UsageError(`没有这种页面类型：${args.values.only}`);
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new UsageError('没有找到 dist/：请先运行 npm run build');

  const server = await serveDist();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-lh-'));
  const rows: string[] = ['| 页面类型 | 路径 | HTML | HTML gzip | 脚本 | 样式 | 总计 | 性能 | 无障碍 | 最佳做法 | SEO |', '|---|---|---|---|---|---|---|---|---|---|---|'];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  try {
    for (const p of pages) {
      io.stderr.write(`${p.type} ${p.path}……\n`);
      const file = path.join(DIST, decodeURIComponent(p.path.split('?')[0]!), 'index.html');
      const html = fs.readFileSync(file);
      const reports: Lh[] = [];
      for (let i = 0; i < runs; i++) reports.push(await lighthouse(`${server.url}${p.path}`, path.join(tmp, `${i}.json`), io.env));
      const score = (cat: string) => median(reports.map((r) => Math.round((r.categories[cat]?.score ?? 0) * 100)));
      const items = reports[0]!.audits['resource-summary']?.details?.items ?? [];
      const size = (t: string) => items.find((i) => i.resourceType === t)?.transferSize ?? 0;
      rows.push(
        `| ${p.type} | ${p.path} | ${kb(html.length)} | ${kb(zlib.gzipSync(html).length)} | ${kb(size('script'))} | ${kb(size('stylesheet'))} | ${kb(size('total'))} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`,
      );
    }
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  io.stdout.write(`${rows.join('\n')}\n`);
  return 0;
}

export const main = command('audit-pages', auditPages);
