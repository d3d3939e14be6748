/**
 * The manifest of the built site (open-data/manifest.json) and `npm run verify`: the shared demo
 * build (tests/helpers/demo-site.ts) verifies against its own repository; copies of it with one
 * byte of a page, one byte of an export file or one record of catalogue.json changed are each
 * reported by name; the same site against the version before the adjustment list reports that
 * list; and folders that cannot be verified say why, with exit 2 and no stack trace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as verify } from '../src/cli/verify.ts';
import { type Manifest, manifestSchema } from '../src/export/manifest.ts';
import { filesUnder } from './helpers/build.ts';
import { runCommand } from './helpers/cli.ts';
import { ADJUSTMENT, TAG, type DemoSite, demoSite } from './helpers/demo-site.ts';

const STACK = /\n\s+at .+:\d+:\d+/;
const MANIFEST = 'open-data/manifest.json';
const LIST_KEY = '140525/2020-12-24-adjustment';
const RELEASE_KEY = '2020-12-24-adjustment';
const RELEASE_TITLE = '泽州县“一枚印章管审批”事项调整';

let site: DemoSite;
let manifest: Manifest;
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-verify-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** A copy of the built site, for one test to change. */
let copies = 0;
function copySite(): string {
  const dir = path.join(temp, `site-${++copies}`);
  fs.cpSync(site.out, dir, { recursive: true });
  return dir;
}

/** Flips one byte in the middle of a file. */
function flipByte(file: string): void {
  const bytes = fs.readFileSync(file);
  const i = Math.floor(bytes.length / 2);
  bytes[i] = bytes[i]! ^ 0x01;
  fs.writeFileSync(file, bytes);
}

const run = (args: string[]) => runCommand(verify, args, site.root);

beforeAll(async () => {
  site = await demoSite();
  if (site.build.code !== 0) throw new Error(`the demo build failed:\n${site.build.output}`);
  manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(site.out, MANIFEST), 'utf8')));
}, 600_000);

describe('the manifest of the built site', () => {
  it('lists every other file of the site with its size, and every record of catalogue.json', () => {
    expect(manifest.files.map((f) => f.path)).toEqual(filesUnder(site.out).filter((f) => f !== MANIFEST));
    for (const f of manifest.files.slice(0, 20)) expect(fs.statSync(path.join(site.out, f.path)).size, f.path).toBe(f.size);
    const catalogue = JSON.parse(fs.readFileSync(path.join(site.out, 'open-data/catalogue.json'), 'utf8')) as { collections: Record<string, unknown[]> };
    const total = Object.values(catalogue.collections).reduce((n, records) => n + records.length, 0);
    expect(manifest.records).toHaveLength(total);
    expect(manifest.records.find((r) => r.collection === 'transfers' && r.key === LIST_KEY)).toMatchObject({ file: ADJUSTMENT, name: site.listTitle });
  });

  it('names the commit of the data it was built from, and the newest release it publishes', () => {
    expect(manifest.source).toEqual({ kind: 'git', commit: site.second, name: TAG });
    expect(manifest.release).toEqual({ id: RELEASE_KEY, title: RELEASE_TITLE });
  });

  it('is listed on /open-data/ with what it proves and how to check it', () => {
    const html = fs.readFileSync(path.join(site.out, 'open-data/index.html'), 'utf8');
    expect(html).toMatch(/<a href="\/open-data\/manifest\.json" download[^>]*>/);
    expect(html).toContain('verify 下载的目录 [版本]');
    expect(html).toContain('核对清单');
  });
});

describe('npm run verify', { timeout: 120_000 }, () => {
  it('finds the built site identical to the commit it was built from', async () => {
    const r = await run([site.out]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`按提交 ${site.second.slice(0, 10)}（${TAG}）的数据生成`);
    expect(r.stdout).toContain(`核对结果：一致。${manifest.records.length} 条记录与版本 HEAD（提交 ${site.second.slice(0, 10)}）相同（核对清单和 catalogue.json），${manifest.files.length} 个文件与核对清单相符。`);
    expect(r.code).toBe(0);
  });

  it('reports a page with one byte changed, by its path', async () => {
    const dir = copySite();
    flipByte(path.join(dir, 'guides/index.html'));
    const r = await run([dir, TAG]);
    expect(r.stdout).toMatch(/\n {2}guides\/index\.html：已改动，内容与核对清单不符（大小相同；/);
    expect(r.stdout).toContain('核对结果：有 1 处不一致。');
    expect(r.code).toBe(1);
  });

  it('reports an export file with one byte changed, by its path', async () => {
    const dir = copySite();
    flipByte(path.join(dir, 'open-data/csv/guides.csv'));
    const r = await run([dir]);
    expect(r.stdout).toMatch(/\n {2}open-data\/csv\/guides\.csv：已改动，内容与核对清单不符/);
    expect(r.stdout).toContain('核对结果：有 1 处不一致。');
    expect(r.code).toBe(1);
  });

  it('reports a record changed in catalogue.json by collection, key, name and field, and the file itself', async () => {
    const dir = copySite();
    const file = path.join(dir, 'open-data/catalogue.json');
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { collections: { guides: { code: string; name: string; promisedLimit: { value: number } }[] } };
    const guide = doc.collections.guides[0]!;
    guide.promisedLimit.value += 1;
    fs.writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
    const r = await run([dir]);
    expect(r.stdout).toContain('catalogue.json 中的记录与版本 HEAD');
    expect(r.stdout).toContain(`  办事指南 ${guide.code}（${guide.name}）：已改动，catalogue.json 中的内容与版本 HEAD（提交 ${site.second.slice(0, 10)}）不同（promisedLimit.value）`);
    expect(r.stdout).toMatch(/\n {2}open-data\/catalogue\.json：已改动，内容与核对清单不符/);
    expect(r.stdout).toContain('核对结果：有 2 处不一致。');
    expect(r.code).toBe(1);
  });

  it('reports files missing from the folder and files the manifest does not list', async () => {
    const dir = copySite();
    fs.rmSync(path.join(dir, '404.html'));
    fs.writeFileSync(path.join(dir, 'open-data/extra.csv'), 'a,b\n');
    const r = await run([dir]);
    expect(r.stdout).toContain('  404.html：缺少，核对清单中有这个文件，目录中没有');
    expect(r.stdout).toContain('  open-data/extra.csv：多出，核对清单中没有这个文件');
    expect(r.code).toBe(1);
  });

  it('against the version without the adjustment list, reports that list, in the manifest and in catalogue.json', async () => {
    const r = await run([site.out, site.first]);
    const label = `划转清单 ${LIST_KEY}（${site.listTitle}）`;
    expect(r.stdout).toContain(`  ${label}：多出，核对清单中有这条记录，提交 ${site.first.slice(0, 10)} 中没有`);
    expect(r.stdout).toContain(`  ${label}：多出，catalogue.json 中有这条记录，提交 ${site.first.slice(0, 10)} 中没有`);
    // The release that puts the list into effect was recorded with it, so it is extra too.
    const release = `发布 ${RELEASE_KEY}（${RELEASE_TITLE}）`;
    expect(r.stdout).toContain(`  ${release}：多出，核对清单中有这条记录，提交 ${site.first.slice(0, 10)} 中没有`);
    expect(r.stdout).toContain(`  ${release}：多出，catalogue.json 中有这条记录，提交 ${site.first.slice(0, 10)} 中没有`);
    expect(r.stdout).toContain('核对结果：有 4 处不一致。');
    expect(r.code).toBe(1);
  });

  it('checks a downloaded open-data folder alone, and says that the pages were not checked', async () => {
    const dir = path.join(temp, 'download');
    fs.cpSync(path.join(site.out, 'open-data'), dir, { recursive: true });
    fs.rmSync(path.join(dir, 'index.html'));
    const ok = await run([dir]);
    const pages = manifest.files.filter((f) => !f.path.startsWith('open-data/')).length + 1;
    expect(ok.stdout).toContain(`下载的开放数据不含网页等其他 ${pages} 个文件，未核对`);
    expect(ok.stdout).toContain('核对结果：一致。');
    expect(ok.code).toBe(0);

    flipByte(path.join(dir, 'schemas/guides.schema.json'));
    const bad = await run([dir]);
    expect(bad.stdout).toMatch(/\n {2}schemas\/guides\.schema\.json：已改动/);
    expect(bad.code).toBe(1);
  });

  it('says why, with exit 2 and no stack trace, when the folder or the version cannot be verified', async () => {
    const noManifest = copySite();
    fs.rmSync(path.join(noManifest, MANIFEST));
    const badManifest = copySite();
    fs.writeFileSync(path.join(badManifest, MANIFEST), '{"formatVersion": 1, "records": []');
    const notASite = path.join(temp, 'empty');
    fs.mkdirSync(notASite);
    const cases: [string[], string][] = [
      [[noManifest], `中没有核对清单 ${MANIFEST}，无法核对`],
      [[badManifest], '无法读取：不是合法的 JSON'],
      [[notASite], '不是 OneSeal 生成的网站'],
      [[path.join(temp, 'nowhere')], '不存在'],
      [[site.out, 'no-such-version'], '找不到版本“no-such-version”'],
      [[], '需要要核对的目录'],
    ];
    for (const [args, message] of cases) {
      const r = await run(args);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toContain('程序自身出错');
      expect(r.code, args.join(' ')).toBe(2);
    }
  });
});
