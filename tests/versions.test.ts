/**
 * Versions for auditors: the version history read from git (src/lib/versions.ts) — versions named
 * by catalogue/ tags, summaries against the previous version, a guide's change history, changes not
 * yet committed, and the reasons given when there is no history — then the site built from a
 * repository with the demo catalogue (its /versions/ pages, the guide's change history, /open-data/
 * with the exact sizes of the files written) and from a copy without .git.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/schemas/version.ts';
import { OPEN_DATA_PATH } from '../src/site/views/open-data.ts';
import { clearVersionCache, recordAnchor, recordHistory, versionHistory } from '../src/history/versions.ts';
import { NOT_COPIED, astroBuild, filesUnder, linkNodeModules, type BuildResult } from './helpers/build.ts';
import { TAG, commitDemoHistory, demoSite } from './helpers/demo-site.ts';
import { REPO } from './helpers/cli.ts';
import { FILING_GUIDE, GUIDE, LICENCE_GUIDE, baseRecords, rec, toFiles } from './helpers/fixture.ts';
import { type TempRepo, tempRepo } from './helpers/git.ts';


const cleanups: (() => void)[] = [];
afterAll(() => {
  while (cleanups.length) cleanups.pop()!();
});
const repoFor = (prefix: string): TempRepo => {
  const r = tempRepo(prefix);
  cleanups.push(r.cleanup);
  return r;
};
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};

beforeEach(() => clearVersionCache());

/** The demo catalogue committed twice: without, then with the 2020-12-24 adjustment list (tagged). */
function demoRepo() {
  const repo = repoFor('oneseal-versions-');
  return { repo, ...commitDemoHistory(repo) };
}

describe('the version history', { timeout: 120_000 }, () => {
  it('lists the data revisions of the demo repository by number and author, and its releases, each cut from the revision that recorded it: 14 in, 8 back', () => {
    const { repo, first, second, list } = demoRepo();
    const h = versionHistory(repo.dir);
    expect(h.reason).toBeUndefined();
    expect(h.available).toBe(true);
    expect(h.uncommitted).toBeUndefined();
    expect(h.versions.map((v) => v.id)).toEqual([second, first]);

    const [v2, v1] = h.versions as [(typeof h.versions)[0], (typeof h.versions)[0]];
    // Revisions are named by their number, date and author, never by a tag or commit id.
    expect(v2).toMatchObject({ label: '第 2 次数据修订', author: '测试', shortId: second.slice(0, 10), href: `/versions/${second.slice(0, 10)}/`, subject: '收录 2020-12-24 调整通知' });
    expect(v2.tags).toEqual([TAG]);
    expect(v2.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(v2.previous?.id).toBe(first);
    expect(v1.label).toBe('第 1 次数据修订');
    expect(v1.previous).toBeUndefined();
    expect(v1.next?.id).toBe(second);

    // The tagged version adds the list and nothing else, and moves 14 matters in and 8 back.
    expect(v2.summary.lines.map((l) => l.text)).toEqual(['划转清单：新增 1', '发布：新增 1']);
    expect(v2.summary.lines[0]!.records).toEqual([{ kind: 'added', key: '140525/2020-12-24-adjustment', name: list.title }]);
    expect(v2.summary.holdings).toHaveLength(1);
    const h140525 = v2.summary.holdings[0]!;
    expect(h140525).toMatchObject({ jurisdiction: '140525', movedIn: 14, movedBack: 8, removed: 0 });
    expect(h140525.summary).toBe('泽州县（140525）实施部门：划转 14 项，划回 8 项');
    expect(h140525.changes).toHaveLength(22);
    expect(list.entries.filter((e) => e.direction === '划转')).toHaveLength(14);
    expect(list.entries.filter((e) => e.direction === '划回')).toHaveLength(8);

    // The first version is compared with an empty catalogue: everything is new.
    expect(v1.summary.lines.find((l) => l.collection === 'guides')?.added).toBeGreaterThanOrEqual(14);
    expect(v1.summary.lines.every((l) => l.removed === 0 && l.changed === 0)).toBe(true);

    // The releases, newest first, each cut from the revision that added its record.
    expect(h.releases.map((r) => [r.id, r.basis?.id, r.previous?.id])).toEqual([
      ['2020-12-24-adjustment', second, '2019-12-01-first-batch'],
      ['2019-12-01-first-batch', first, undefined],
    ]);
    const [r2, r1] = h.releases as [(typeof h.releases)[0], (typeof h.releases)[0]];
    expect(r2.notice).toEqual({ id: 'zezhou-2020-12-24', title: list.title, href: '/notices/zezhou-2020-12-24/' });
    expect(r2.summary.holdings[0]).toMatchObject({ movedIn: 14, movedBack: 8 });
    expect(r2.summary.lines.find((l) => l.collection === 'guides')).toMatchObject({ added: 14, removed: 0, changed: 0 });
    expect(r1.summary.lines.find((l) => l.collection === 'guides')).toBeUndefined();
    expect(r1.summary.holdings[0]).toMatchObject({ movedIn: 8, movedBack: 0 });
    // A guide added in the first revision belongs to the adjustment: the first release whose state holds it.
    const guide = recordHistory(h, 'guides', `11140525MB195120394140121001003`);
    expect(guide.map((c) => [c.kind, c.version?.id, c.release?.id])).toEqual([['added', first, '2020-12-24-adjustment']]);

    // Computed once: a second call returns the same object.
    expect(versionHistory(repo.dir)).toBe(h);
  });

  it("gives a guide's history: the versions that added and changed it, with the changed fields", () => {
    const repo = repoFor('oneseal-versions-');
    const records = baseRecords();
    const a = repo.commit(toFiles(records), '第一版');
    const g = rec(records, GUIDE);
    g.promisedLimit = { value: 3, unit: '工作日' };
    g.place = '泽州县政务服务中心二楼';
    g.materials[1].copies = 2;
    const b = repo.commit(toFiles(records), '缩短承诺时限');
    fs.writeFileSync(path.join(repo.dir, 'README.md'), '说明\n');
    repo.git('add', 'README.md');
    repo.git('commit', '-q', '-m', '只改说明'); // not a version: data/ did not change

    const h = versionHistory(repo.dir);
    expect(h.versions.map((v) => v.id)).toEqual([b, a]);
    const changes = recordHistory(h, 'guides', LICENCE_GUIDE);
    expect(changes.map((c) => [c.version?.id, c.kind])).toEqual([
      [b, 'changed'],
      [a, 'added'],
    ]);
    expect(changes[0]!.fields.map((f) => `${f.label}(${f.name})`).sort()).toEqual(['办理地点(place)', '承诺办结时限(promisedLimit)', '申请材料(materials)'].sort());
    expect(changes[1]!.fields).toEqual([]);
    expect(recordHistory(h, 'guides', FILING_GUIDE).map((c) => [c.version?.id, c.kind])).toEqual([[a, 'added']]);
    expect(recordHistory(h, 'guides', 'no-such-guide')).toEqual([]);
    expect(recordAnchor('transfers', '140525/2020-12-24-adjustment')).toBe('transfers-140525-2020-12-24-adjustment');
  });

  it('reports changes not yet committed, first in a record history and without a version', () => {
    const repo = repoFor('oneseal-versions-');
    const records = baseRecords();
    const a = repo.commit(toFiles(records));
    rec(records, GUIDE).hours = '工作日 9:00—17:00';
    repo.write(toFiles(records)); // edited, not committed
    const h = versionHistory(repo.dir);
    expect(h.uncommitted?.summary.lines.map((l) => l.text)).toEqual(['办事指南：修改 1']);
    expect(recordHistory(h, 'guides', LICENCE_GUIDE).map((c) => [c.version?.id, c.kind, c.fields.map((f) => f.name)])).toEqual([
      [undefined, 'changed', ['hours']],
      [a, 'added', []],
    ]);
  });

  it('follows the main line of merges, so each version is compared with its ancestor', () => {
    const repo = repoFor('oneseal-versions-');
    const records = baseRecords();
    const base = repo.commit(toFiles(records), '第一版');
    const mainBranch = repo.git('rev-parse', '--abbrev-ref', 'HEAD');
    repo.git('checkout', '-q', '-b', 'side');
    rec(records, GUIDE).hours = '工作日 9:00—17:00';
    repo.commit(toFiles(records), '支线：改办理时间');
    repo.git('checkout', '-q', mainBranch);
    const onMain = baseRecords();
    onMain['data/jurisdictions/140000.yaml'] = { id: '140000', name: '山西省', level: '省级' };
    const main = repo.commit(toFiles(onMain), '主线：新增山西省');
    repo.git('merge', '-q', '--no-ff', '-m', '合并支线', 'side');
    const merge = repo.git('rev-parse', 'HEAD');
    const h = versionHistory(repo.dir);
    expect(h.versions.map((v) => v.id)).toEqual([merge, main, base]);
    // The merge brings exactly the side branch's change; the main line's own change is not undone.
    expect(h.versions[0]!.summary.lines.map((l) => l.text)).toEqual(['办事指南：修改 1']);
    expect(h.versions[1]!.summary.lines.map((l) => l.text)).toEqual(['行政区划：新增 1']);
  });

  it('explains, in Chinese and without machine paths, why there is no history', () => {
    const expectUnavailable = (dir: string, phrase: string) => {
      clearVersionCache();
      const h = versionHistory(dir);
      expect(h.available).toBe(false);
      expect(h.versions).toEqual([]);
      expect(h.reason).toContain(phrase);
      expect(h.reason).not.toContain(dir);
      expect(h.reason).not.toContain(os.tmpdir());
    };
    // Not a repository (a copy of the files).
    const plain = tempDir('oneseal-nogit-');
    fs.cpSync(path.join(REPO, 'data/jurisdictions'), path.join(plain, 'data/jurisdictions'), { recursive: true });
    expectUnavailable(plain, '不是从 git 仓库生成的');
    // A repository without any commit, and one whose commits never touched the catalogue.
    const empty = repoFor('oneseal-versions-');
    expectUnavailable(empty.dir, '还没有修改过目录数据');
    fs.writeFileSync(path.join(empty.dir, 'README.md'), '说明\n');
    empty.git('add', 'README.md');
    empty.git('commit', '-q', '-m', '说明');
    expectUnavailable(empty.dir, '还没有修改过目录数据');
    // A directory inside a repository, not its top.
    const repo = repoFor('oneseal-versions-');
    repo.commit(toFiles(baseRecords()));
    fs.mkdirSync(path.join(repo.dir, 'site'));
    expectUnavailable(path.join(repo.dir, 'site'), '不是 git 仓库的顶层目录');
    // A shallow clone.
    repo.commit({ ...toFiles(baseRecords()), 'data/jurisdictions/140000.yaml': stringify({ id: '140000', name: '山西省', level: '省级' }) });
    const clone = tempDir('oneseal-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone], { stdio: 'pipe' });
    expectUnavailable(clone, '浅克隆');
    // No git at all.
    const savedPath = process.env.PATH;
    process.env.PATH = plain;
    try {
      expectUnavailable(repo.dir, '找不到 git 命令');
    } finally {
      process.env.PATH = savedPath;
    }
  });
});

describe('the site built from a repository, and from a copy without .git', { timeout: 600_000 }, () => {
  let first: string;
  let second: string;
  let listTitle: string;
  let withGit: { out: string; build: BuildResult };
  let noGit: { out: string; build: BuildResult };
  const read = (out: string, page: string) => fs.readFileSync(path.join(out, page), 'utf8');

  beforeAll(async () => {
    // The shared build is of the demo repository; a build of its own is needed only without .git.
    const { root } = inject('demoSite');
    const plain = tempDir('oneseal-nogit-site-');
    fs.cpSync(root, plain, { recursive: true, filter: (src) => path.dirname(src) !== root || !['.git', ...NOT_COPIED].includes(path.basename(src)) });
    linkNodeModules(plain);
    const out = tempDir('oneseal-dist-nogit-');
    const [site, b] = await Promise.all([demoSite(), astroBuild(plain, out)]);
    ({ first, second, listTitle } = site);
    withGit = { out: site.out, build: site.build };
    noGit = { out, build: b };
    console.info(`versions.test: built without git in ${b.ms} ms`);
  }, 600_000);

  it('builds', () => {
    expect(withGit.build.code, withGit.build.output).toBe(0);
    expect(noGit.build.code, noGit.build.output).toBe(0);
  });

  it('lists the releases on /versions/, newest first, then the data revisions: the new list and the 14/8 moves', () => {
    const html = read(withGit.out, 'versions/index.html');
    expect(html).not.toContain(TAG);
    expect(html.indexOf('href="/versions/2020-12-24-adjustment/"')).toBeGreaterThan(0);
    expect(html.indexOf('href="/versions/2020-12-24-adjustment/"')).toBeLessThan(html.indexOf('href="/versions/2019-12-01-first-batch/"'));
    expect(html.indexOf('href="/versions/2019-12-01-first-batch/"')).toBeLessThan(html.indexOf(`href="/versions/${second.slice(0, 10)}/"`));
    expect(html).toContain('<dt>经办人</dt><dd>泽州县行政审批服务管理局（目录维护）（姓名未公开）</dd>');
    expect(html).toContain('<dt>变更类别</dt><dd>调整</dd>');
    expect(html).toContain('<a href="/notices/zezhou-2020-12-24/">');
    expect(html).toContain('一次发布的目录状态包括');
    expect(html).toContain('第 2 次数据修订');
    expect(html).toContain('修订人：测试');
    expect(html).not.toContain('收录 2020-12-24 调整通知'); // a revision's message is not shown
    expect(html).toContain(listTitle);
    expect(html).toContain('划转 14 项，划回 8 项');
    expect(html).toContain(`href="/versions/${second.slice(0, 10)}/"`);
    expect(html).toContain(`href="/versions/${first.slice(0, 10)}/"`);
    expect(html.indexOf(second.slice(0, 10))).toBeLessThan(html.indexOf(first.slice(0, 10))); // newest first
    expect(html).not.toContain('暂不可查');
  });

  it('has a page per release with its facts, its state and the full diff against the release before', () => {
    const html = read(withGit.out, 'versions/2020-12-24-adjustment/index.html');
    expect(html).toContain('<dt>审核人</dt><dd>泽州县人民政府（发文机关）（姓名未公开）</dd>');
    expect(html).toContain('这次发布的目录状态');
    expect(html).toContain(`<a href="/versions/${second.slice(0, 10)}/">第 2 次数据修订</a>`);
    expect(html).toContain('<a href="/versions/2019-12-01-first-batch/">泽州县首批划转事项</a>');
    expect(html).toContain(`id="${recordAnchor('guides', '11140525MB195120394140121001003')}"`);
    expect(html.match(/由 [^<]* 划转至 /g)).toHaveLength(14);
    expect(html.match(/由 [^<]* 划回 /g)).toHaveLength(8);
    const first = read(withGit.out, 'versions/2019-12-01-first-batch/index.html');
    expect(first).toContain('未公开：首批划转的公开文本没有找到');
    expect(first).toContain('无：这是首次发布');
  });

  it('has a page per data revision with its date, author and full diff, without its commit id or message', () => {
    const html = read(withGit.out, `versions/${second.slice(0, 10)}/index.html`);
    expect(html).not.toContain(second);
    expect(html).not.toContain(TAG);
    expect(html).not.toContain('收录 2020-12-24 调整通知');
    expect(html).toContain('<dt>修订人</dt><dd>测试</dd>');
    expect(html).toContain(`id="${recordAnchor('transfers', '140525/2020-12-24-adjustment')}"`);
    expect(html).toContain(listTitle);
    expect(html).toContain('实施部门变化（按划转清单推算）');
    expect(html.match(/由 [^<]* 划转至 /g)).toHaveLength(14);
    expect(html.match(/由 [^<]* 划回 /g)).toHaveLength(8);
    expect(fs.existsSync(path.join(withGit.out, `versions/${first.slice(0, 10)}/index.html`))).toBe(true);
  });

  it('shows on every guide page when it was added or changed, in which fields, linked to its release', () => {
    const guides = fs.readdirSync(path.join(withGit.out, 'guides/140525'));
    expect(guides.length).toBeGreaterThanOrEqual(14);
    for (const code of guides) {
      const html = read(withGit.out, `guides/140525/${code}/index.html`);
      expect(html, code).toContain('修改记录');
      expect(html, code).toContain(`href="/versions/2020-12-24-adjustment/#${recordAnchor('guides', code)}"`);
      expect(html, code).toMatch(/收录于<time datetime="\d{4}-\d{2}-\d{2}">\d{4}年\d{1,2}月\d{1,2}日<\/time>（随发布<a [^>]*>泽州县“一枚印章管审批”事项调整<\/a>，2020年12月24日）/);
      expect(html, code).not.toMatch(/版本 [0-9a-f]{10}/);
    }
  });

  it('lists every open-data file on /open-data/ with the exact size of the file written', () => {
    const html = read(withGit.out, 'open-data/index.html');
    const rows = [...html.matchAll(/<a href="\/open-data\/([^"]+)"[^>]*>.*?data-bytes="(\d+)"/gs)].map((m) => [decodeURI(m[1]!), Number(m[2])] as const);
    // The manifest covers this page, so it is listed without a size (tests/verify.test.ts checks it).
    const written = filesUnder(path.join(withGit.out, OPEN_DATA_PATH)).filter((f) => f !== 'index.html' && f !== 'manifest.json');
    expect(rows.map(([f]) => f).sort()).toEqual(written);
    for (const [file, bytes] of rows) expect(fs.statSync(path.join(withGit.out, OPEN_DATA_PATH, file)).size, file).toBe(bytes);
    expect(written).toEqual(expect.arrayContaining(['catalogue.json', 'csv/guides.csv', 'xlsx/140525-2020-12-24-adjustment.xlsx', 'schemas/guides.schema.json']));
    const catalogue = JSON.parse(read(withGit.out, `${OPEN_DATA_PATH}/catalogue.json`));
    expect(catalogue.schemaVersion).toBe(SCHEMA_VERSION);
    expect(html).toContain(`schemaVersion</code> ${SCHEMA_VERSION}`);
    expect(html).toContain('数据版本 第 2 次数据修订'); // the data version to cite
  });

  it('still builds without .git, and says that the history is not available', () => {
    const html = read(noGit.out, 'versions/index.html');
    expect(html).toContain('数据修订记录暂不可查');
    expect(html).toContain('不是从 git 仓库生成的');
    expect(html).not.toMatch(/href="\/versions\/[0-9a-f]{10}\/"/);
    // The releases are cut from the files at hand.
    expect(fs.readdirSync(path.join(noGit.out, 'versions')).sort()).toEqual(['2019-12-01-first-batch', '2020-12-24-adjustment', 'index.html']);
    expect(read(noGit.out, 'versions/2020-12-24-adjustment/index.html')).toContain('发布记录尚未记入数据修订：按生成本站时的目录数据计算');
    const guide = fs.readdirSync(path.join(noGit.out, 'guides/140525'))[0]!;
    expect(read(noGit.out, `guides/140525/${guide}/index.html`)).toContain('本指南的修改记录暂不可查');
    expect(fs.existsSync(path.join(noGit.out, OPEN_DATA_PATH, 'catalogue.json'))).toBe(true);
  });
});
