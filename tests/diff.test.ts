/**
 * npm run diff: temporary git repositories with a tiny catalogue, one commit per version; every
 * kind of change in all four output formats; the demo's 2020-12-24 adjustment list end to end.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { type CatalogueDiff, diffCatalogues, loadVersion } from '../src/history/diff.ts';
import { DIFF_FORMATS, type DiffFormat, escapeHtml, escapeMarkdown, formatDiff } from '../src/history/format.ts';
import { catalogueCommits, gitSource, isShallow, resolveRef } from '../src/io/git.ts';
import { main as diffCommand } from '../src/cli/diff.ts';
import { REPO, runCommand } from './helpers/cli.ts';
import { type Files, demoFiles, tempRepo as makeTempRepo } from './helpers/git.ts';
import { FILING, FILING_GUIDE_FILE, GUIDE, LICENCE, LIST, baseRecords, rec, toFiles } from './helpers/fixture.ts';


const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A temporary repository (tests/helpers/git.ts), removed after the test. */
function tempRepo() {
  const repo = makeTempRepo('oneseal-diff-');
  cleanups.push(repo.cleanup);
  return repo;
}

/** The diff between two commits, computed in process, and its four renderings. */
function diffOf(dir: string, a: string, b: string): { diff: CatalogueDiff; out: Record<DiffFormat, string>; json: any } {
  const va = loadVersion(gitSource(dir, a));
  const vb = loadVersion(gitSource(dir, b));
  expect(va.problems, 'version a loads').toEqual([]);
  expect(vb.problems, 'version b loads').toEqual([]);
  const diff = diffCatalogues(va.version, vb.version);
  const meta = { from: { ref: 'a', commit: a }, to: { ref: 'b', commit: b } };
  const out = Object.fromEntries(DIFF_FORMATS.map((f) => [f, formatDiff(diff, f, meta)])) as Record<DiffFormat, string>;
  return { diff, out, json: JSON.parse(out.json) };
}

/** Asserts that a phrase appears in the text, Markdown and HTML renderings. */
function expectEverywhere(out: Record<DiffFormat, string>, phrase: string) {
  expect(out.text).toContain(phrase);
  expect(out.md).toContain(escapeMarkdown(phrase));
  expect(out.html).toContain(escapeHtml(phrase));
}

const collection = (json: any, name: string) => json.collections.find((c: any) => c.collection === name);
const changedRecord = (json: any, name: string, key: string) =>
  collection(json, name).groups.flatMap((g: any) => g.changed).find((r: any) => r.key === key);

const NO_DIFF = '两个版本的目录没有差异。';

function expectIdentical(r: ReturnType<typeof diffOf>) {
  expect(r.diff.identical).toBe(true);
  expect(r.json.identical).toBe(true);
  expect(r.json.collections.every((c: any) => c.groups.length === 0)).toBe(true);
  expect(r.json.holdings).toEqual([]);
  expectEverywhere(r.out, NO_DIFF);
}

describe('diffCatalogues between git versions', { timeout: 60_000 }, () => {
  it('reports an added record, grouped by collection and jurisdiction, in every format', () => {
    const repo = tempRepo();
    const records = baseRecords();
    const a = repo.commit(toFiles(records));
    records['data/departments/140525/zjj.yaml'] = { id: 'zjj', jurisdiction: '140525', name: '泽州县住房和城乡建设管理局', role: '行业主管部门' };
    const b = repo.commit(toFiles(records));
    const r = diffOf(repo.dir, a, b);
    expect(r.diff.identical).toBe(false);
    const deps = collection(r.json, 'departments');
    expect(deps.summary).toBe('部门：新增 1，删除 0，修改 0');
    expect(deps.groups).toEqual([
      { jurisdiction: '140525', label: '泽州县（140525）', added: [{ key: '140525/zjj', name: '泽州县住房和城乡建设管理局' }], removed: [], changed: [] },
    ]);
    expect(r.json.formatVersion).toBe(1);
    expect(r.json.summary).toContain('办事指南：新增 0，删除 0，修改 0');
    expectEverywhere(r.out, '部门：新增 1，删除 0，修改 0');
    expectEverywhere(r.out, '泽州县（140525）');
    expectEverywhere(r.out, '泽州县住房和城乡建设管理局［140525/zjj］');
    expect(r.out.text).toContain('+ 新增 泽州县住房和城乡建设管理局［140525/zjj］');
  });

  it('reports a removed record even when its removal breaks a rule of the newer version', () => {
    const repo = tempRepo();
    const records = baseRecords();
    const a = repo.commit(toFiles(records));
    delete records[FILING_GUIDE_FILE]; // the bureau still holds the matter: rule 8 fails, the diff does not
    const b = repo.commit(toFiles(records));
    const r = diffOf(repo.dir, a, b);
    const guides = collection(r.json, 'guides');
    expect(guides.summary).toBe('办事指南：新增 0，删除 1，修改 0');
    expect(guides.groups[0].removed).toEqual([{ key: `11140525MB195120394${FILING}`, name: '道路运输企业监控平台备案' }]);
    expectEverywhere(r.out, '办事指南：新增 0，删除 1，修改 0');
    expect(r.out.text).toContain(`- 删除 道路运输企业监控平台备案［11140525MB195120394${FILING}］`);
    expect(r.out.html).toContain('<del>道路运输企业监控平台备案');
  });

  it('reports field changes before → after, matching list items by their natural key, not their position', () => {
    const repo = tempRepo();
    const records = baseRecords();
    const a = repo.commit(toFiles(records));
    const g = rec(records, GUIDE);
    g.promisedLimit = { value: 3, unit: '工作日' };
    g.materials[1].copies = 2; // 营业执照
    g.materials.unshift({ name: '授权委托书', required: '委托他人办理的', form: '原件', source: '申请人自备' }); // shifts every position
    g.steps = [g.steps[1], g.steps[0], g.steps[2]]; // 审查 before 受理
    g.conditions.push('驾驶人员取得相应的从业资格证');
    g.place = '泽州县政务服务中心 <二楼> | 5号窗口';
    const b = repo.commit(toFiles(records));
    const r = diffOf(repo.dir, a, b);
    const guide = changedRecord(r.json, 'guides', `11140525MB195120394${LICENCE}`);
    expect(guide.name).toBe('新增客运班线经营许可');
    const byPath = Object.fromEntries(guide.changes.map((c: any) => [c.path, c]));
    expect(Object.keys(byPath).sort()).toEqual(
      ['conditions', 'materials[name=授权委托书]', 'materials[name=营业执照].copies', 'place', 'promisedLimit.value', 'steps'].sort(),
    );
    expect(byPath['materials[name=营业执照].copies']).toMatchObject({ kind: 'changed', before: 1, after: 2 });
    expect(byPath['materials[name=营业执照].copies'].segments).toEqual(['materials', { by: ['name'], values: ['营业执照'] }, 'copies']);
    expect(byPath['materials[name=授权委托书]']).toMatchObject({ kind: 'added', before: null });
    expect(byPath['materials[name=授权委托书]'].after).toMatchObject({ name: '授权委托书', copies: 1, shared: false }); // after defaults
    expect(byPath['promisedLimit.value']).toMatchObject({ kind: 'changed', before: 5, after: 3 });
    expect(byPath.steps).toMatchObject({ kind: 'reordered', before: ['受理', '审查', '决定'], after: ['审查', '受理', '决定'] });
    expect(byPath.conditions).toMatchObject({ kind: 'changed', addedItems: ['驾驶人员取得相应的从业资格证'], removedItems: [] });
    expect(collection(r.json, 'guides').summary).toBe('办事指南：新增 0，删除 0，修改 1');

    expect(r.out.text).toContain('* 修改 新增客运班线经营许可［11140525MB195120394140121001003］');
    expect(r.out.text).toContain('申请材料［营业执照］·纸质份数：1 → 2');
    expect(r.out.text).toContain('申请材料［授权委托书］：新增 ｛材料名称：“授权委托书”；是否必需：“委托他人办理的”；材料形式：“原件”');
    expect(byPath['materials[name=营业执照].copies'].label).toBe('申请材料［营业执照］·纸质份数');
    expect(r.out.text).toContain('承诺办结时限·时限数值：5 → 3');
    expect(r.out.text).toContain('办理流程：顺序调整：受理、审查、决定 → 审查、受理、决定');
    expect(r.out.text).toContain('受理条件：新增 “驾驶人员取得相应的从业资格证”');
    expect(r.out.text).toContain('办理地点：“泽州县政务服务中心” → “泽州县政务服务中心 <二楼> | 5号窗口”');
    // Markdown: one table row per field, pipes escaped; HTML: everything escaped.
    expect(r.out.md).toContain('| 申请材料［营业执照］·纸质份数 | 修改 | 1 | 2 |');
    expect(r.out.html).toContain('<tr><td>申请材料［营业执照］·纸质份数</td><td>修改</td>');
    for (const out of [r.out.text, r.out.md, r.out.html]) expect(out).not.toMatch(/materials|promisedLimit|copies/);
    expect(r.out.md).toContain('“泽州县政务服务中心 &lt;二楼&gt; \\| 5号窗口”');
    expect(r.out.html).toContain('<ins>“泽州县政务服务中心 &lt;二楼&gt; | 5号窗口”</ins>');
    expect(r.out.html).not.toContain('<二楼>');
  });

  it('finds no difference when files are renamed', () => {
    const repo = tempRepo();
    const files = toFiles(baseRecords());
    const a = repo.commit(files);
    const renamed: Files = {};
    for (const [f, content] of Object.entries(files)) renamed[f.replace(/\/([^/]+)\.yaml$/, '/renamed-$1.yml')] = content;
    expect(Object.keys(renamed)).not.toEqual(Object.keys(files));
    const b = repo.commit(renamed);
    expectIdentical(diffOf(repo.dir, a, b));
  });

  it('finds no difference for formatting-only changes: key order, quoting, comments, defaults written out', () => {
    const repo = tempRepo();
    const records = baseRecords();
    const a = repo.commit(toFiles(records));
    const reformatted = toFiles(records);
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverseKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
    for (const file of Object.keys(reformatted)) {
      if (!file.endsWith('.yaml')) continue;
      const data = parse(reformatted[file] as string);
      if (file === GUIDE) data.materials[0].shared = false; // the schema's default, written out
      reformatted[file] = `# 重新排版\n${stringify(reverseKeys(data), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', indent: 4 })}`;
    }
    expect(reformatted[GUIDE]).not.toBe(toFiles(records)[GUIDE]);
    const b = repo.commit(reformatted);
    expectIdentical(diffOf(repo.dir, a, b));
  });

  it('compares a notice\'s text and a form\'s attachment files, but not their line ends or trailing spaces', () => {
    const repo = tempRepo();
    const pdf = (s: string) => Buffer.from(`%PDF-1.4\n${s}\n`);
    const records = baseRecords();
    records['data/forms/vehicle-commitment.yaml'] = {
      id: 'vehicle-commitment',
      title: '车辆承诺书',
      issuer: '泽州县行政审批服务管理局',
      blank: { file: 'forms/files/vehicle-commitment-blank.pdf' },
      sample: { file: 'forms/files/vehicle-commitment-sample.pdf' },
    };
    const attachments = { 'data/forms/files/vehicle-commitment-blank.pdf': pdf('blank'), 'data/forms/files/vehicle-commitment-sample.pdf': pdf('sample') };
    const files = toFiles(records, attachments);
    const notice = files['src/content/notices/n1.mdx'] as string;
    const a = repo.commit(files);
    const b = repo.commit({ ...files, 'src/content/notices/n1.mdx': `${notice.replace(/\n/g, '\r\n').replace('要点。', '要点。  ')}\r\n\r\n\r\n` });
    expectIdentical(diffOf(repo.dir, a, b));
    const c = repo.commit({
      ...files,
      'src/content/notices/n1.mdx': notice.replace('要点。', '要点：划转两个事项。'),
      'data/forms/files/vehicle-commitment-blank.pdf': pdf('blank, second edition'),
    });
    const r = diffOf(repo.dir, a, c);
    expect(changedRecord(r.json, 'notices', 'n1').changes).toMatchObject([{ path: 'body', kind: 'changed', before: '要点。', after: '要点：划转两个事项。' }]);
    const form = changedRecord(r.json, 'forms', 'vehicle-commitment');
    expect(form.changes.map((x: any) => x.path)).toEqual(['fileContents.blank']);
    expect(form.changes[0].before).toMatch(/^\d+ 字节，SHA-256 [0-9a-f]{16}$/);
    expectEverywhere(r.out, '政策文件：新增 0，删除 0，修改 1');
    expectEverywhere(r.out, '表格：新增 0，删除 0，修改 1');
    expect(r.out.text).toContain('正文：“要点。” → “要点：划转两个事项。”');
  });

  it('says in plain words which matters moved in (划转) and back (划回), and when', () => {
    const repo = tempRepo();
    const records = baseRecords();
    const listA = records[LIST]!;
    delete records[LIST];
    const a = repo.commit(toFiles(records));
    records[LIST] = listA;
    const b = repo.commit(toFiles(records));
    records['data/transfers/140525/b.yaml'] = {
      id: 'b',
      jurisdiction: '140525',
      title: '划回通知',
      docNumber: '泽政发〔2021〕7号',
      issuer: '泽州县人民政府',
      date: '2021-06-01',
      entries: [{ matter: FILING, name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }],
    };
    const c = repo.commit(toFiles(records));

    const moveIn = diffOf(repo.dir, a, b);
    const sentenceIn = '“新增客运班线经营许可”于 2020年12月30日 由 泽州县交通运输局 划转至 泽州县行政审批服务管理局';
    expectEverywhere(moveIn.out, sentenceIn);
    expectEverywhere(moveIn.out, '“道路运输企业监控平台备案”于 2020年12月30日 由 泽州县交通运输局 划转至 泽州县行政审批服务管理局');
    expectEverywhere(moveIn.out, '泽州县（140525）实施部门：划转 2 项，划回 0 项');
    expectEverywhere(moveIn.out, '依据：调整通知');
    const h = moveIn.json.holdings[0];
    expect(h).toMatchObject({ jurisdiction: '140525', movedIn: 2, movedBack: 0, removed: 0 });
    expect(h.changes.find((x: any) => x.matter === LICENCE)).toEqual({
      kind: 'added',
      matter: LICENCE,
      matterName: '新增客运班线经营许可',
      date: '2020-12-30',
      direction: '划转',
      from: { id: 'jtysj', name: '泽州县交通运输局' },
      to: { id: 'xzspj', name: '泽州县行政审批服务管理局' },
      list: { key: '140525/a', title: '调整通知', docNumber: null },
      sentence: sentenceIn,
    });

    const moveBack = diffOf(repo.dir, b, c);
    const sentenceBack = '“道路运输企业监控平台备案”于 2021年6月1日 由 泽州县行政审批服务管理局 划回 泽州县交通运输局';
    expectEverywhere(moveBack.out, sentenceBack);
    expectEverywhere(moveBack.out, '依据：划回通知（泽政发〔2021〕7号）');
    expectEverywhere(moveBack.out, '泽州县（140525）实施部门：划转 0 项，划回 1 项');
    expect(moveBack.json.holdings[0].changes).toHaveLength(1);
    expect(moveBack.out.text).not.toContain('新增客运班线经营许可”于'); // unchanged moves are not repeated

    // Going backwards, the newer version's moves are no longer recorded.
    const reverse = diffOf(repo.dir, c, a);
    expectEverywhere(reverse.out, `删除记载：${sentenceBack}`);
    expectEverywhere(reverse.out, `删除记载：${sentenceIn}`);
    expect(reverse.json.holdings[0]).toMatchObject({ movedIn: 0, movedBack: 0, removed: 3 });
  });
});

describe('npm run diff', { timeout: 60_000 }, () => {
  it('prints the same report as the library, in each format, from any directory inside the repository', async () => {
    const repo = tempRepo();
    const records = baseRecords();
    const a = repo.commit(toFiles(records));
    rec(records, GUIDE).hours = '工作日 9:00—17:00';
    const b = repo.commit(toFiles(records));
    repo.git('tag', 'v1', a);
    repo.git('tag', '-a', 'v2', '-m', '第二版', b);
    const r = diffOf(repo.dir, a, b);
    for (const format of DIFF_FORMATS) {
      const cli = await runCommand(diffCommand, ['v1', 'v2', '--format', format], path.join(repo.dir, 'data/guides'));
      expect(cli.stderr).toBe('');
      expect(cli.code).toBe(0);
      const expected = r.out[format];
      if (format === 'json') {
        const j = JSON.parse(cli.stdout);
        expect(j.from).toMatchObject({ ref: 'v1', commit: a, subject: 'version' });
        expect(j.to).toMatchObject({ ref: 'v2', commit: b });
        expect({ ...j, from: null, to: null }).toEqual({ ...r.json, from: null, to: null });
      } else {
        // Only the title line (refs and dates) differs.
        const body = (s: string) => s.split('\n').filter((l) => !l.includes('目录差异：')).join('\n');
        expect(body(cli.stdout)).toBe(body(expected));
      }
    }
    const text = await runCommand(diffCommand, ['v1', 'v2'], repo.dir);
    expect(text.stdout).toMatch(/^目录差异：v1（[0-9a-f]{10}，\d{4}-\d{2}-\d{2}） → v2（/);
    expect(text.stdout).toContain('办理时间：“法定工作日” → “工作日 9:00—17:00”');
  });

  it('exits 0 and says so when there is no difference', async () => {
    const repo = tempRepo();
    const a = repo.commit(toFiles(baseRecords()));
    const r = await runCommand(diffCommand, [a, 'HEAD'], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(NO_DIFF);
  });

  it('exits 2 with a Chinese message for a ref that does not exist, without a stack trace', async () => {
    const repo = tempRepo();
    repo.commit(toFiles(baseRecords()));
    for (const bad of ['xyz', '--output=/tmp/x', 'HEAD~5']) {
      const r = await runCommand(diffCommand, ['HEAD', bad], repo.dir);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      if (!bad.startsWith('-')) expect(r.stderr).toContain(`找不到版本“${bad}”：请用 git log 或 git tag 查看可用的版本`);
      expect(r.stderr).not.toMatch(/at .+:\d+:\d+|Error:/);
    }
  });

  it('exits 2 on usage errors, explained in Chinese, and prints help with exit 0', async () => {
    const repo = tempRepo();
    repo.commit(toFiles(baseRecords()));
    const help = await runCommand(diffCommand, ['--help'], repo.dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：npm run diff -- <版本A> <版本B>');
    expect(help.stdout).toContain('--format');
    const cases: [string[], RegExp][] = [
      [['HEAD'], /需要两个版本/],
      [['HEAD', 'HEAD', 'HEAD'], /只能比较两个版本/],
      [['HEAD', 'HEAD', '--format', 'xml'], /不支持的输出格式“xml”/],
      [['HEAD', 'HEAD', '--bogus'], /不认识的选项“--bogus”/],
    ];
    for (const [args, message] of cases) {
      const r = await runCommand(diffCommand, args, repo.dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-norepo-'));
    cleanups.push(() => fs.rmSync(outside, { recursive: true, force: true }));
    const r = await runCommand(diffCommand, ['HEAD~1', 'HEAD'], outside);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不在 git 仓库中');
  });

  it('exits 1 and prints located problems when a version cannot be loaded', async () => {
    const repo = tempRepo();
    const files = toFiles(baseRecords());
    const a = repo.commit(files);
    const b = repo.commit({ ...files, [GUIDE]: 'code: [\n', 'data/stray.yaml': 'a: 1\n' });
    const r = await runCommand(diffCommand, [a, b], repo.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`版本“${b}”（${b.slice(0, 10)}）的目录数据有 2 个问题`));
    expect(r.stderr).toMatch(/data\/guides\/140525\/140121001003\.yaml:\d+:\d+ {2}yaml-syntax/);
    expect(r.stderr).toMatch(/data\/stray\.yaml:1:1 {2}file-location/);
    expect(r.stderr).not.toMatch(/at .+:\d+:\d+/);
  });

  it('never touches the work tree', async () => {
    const repo = tempRepo();
    const records = baseRecords();
    const a = repo.commit(toFiles(records));
    rec(records, GUIDE).visits = 0;
    const b = repo.commit(toFiles(records));
    // Uncommitted edits, a staged file and an untracked file in the work tree.
    fs.appendFileSync(path.join(repo.dir, GUIDE), '# 未提交的修改\n');
    fs.writeFileSync(path.join(repo.dir, 'data/jurisdictions/staged.yaml'), 'id: staged\n');
    repo.git('add', 'data/jurisdictions/staged.yaml');
    fs.writeFileSync(path.join(repo.dir, 'data/untracked.yaml'), 'x: [\n');
    const snapshot = () => ({
      status: repo.git('status', '--porcelain'),
      guide: fs.readFileSync(path.join(repo.dir, GUIDE), 'utf8'),
      files: fs.readdirSync(repo.dir, { recursive: true }).map(String).sort(),
      index: fs.readFileSync(path.join(repo.dir, '.git/index')).toString('base64'),
      head: repo.git('rev-parse', 'HEAD'),
    });
    const before = snapshot();
    expect(before.status).not.toBe('');
    const r = await runCommand(diffCommand, [a, b], repo.dir);
    expect(r.code).toBe(0); // the broken untracked file is not part of either version
    expect(r.stdout).toContain('到办事现场次数：1 → 0');
    expect(snapshot()).toEqual(before);
  });
});

describe('git helpers', { timeout: 60_000 }, () => {
  it('lists the commits that changed the catalogue, newest first, with their tags', () => {
    const repo = tempRepo();
    const files = toFiles(baseRecords());
    const a = repo.commit(files, '第一版');
    fs.writeFileSync(path.join(repo.dir, 'README.md'), '说明\n');
    repo.git('add', 'README.md');
    repo.git('commit', '-q', '-m', '只改说明');
    const b = repo.commit({ ...files, 'src/content/notices/n2.mdx': files['src/content/notices/n1.mdx']! }, '新增政策文件');
    fs.writeFileSync(path.join(repo.dir, 'README.md'), '说明\n');
    repo.git('tag', 'v1', a);
    repo.git('tag', '-a', 'v2', '-m', '第二版', b);
    repo.git('tag', 'also-v2', b);
    const h = catalogueCommits(repo.dir);
    expect(h.reason).toBeUndefined();
    expect(h.shallow).toBe(false);
    expect(h.commits.map((c) => [c.id, c.subject, c.tags])).toEqual([
      [b, '新增政策文件', ['also-v2', 'v2']],
      [a, '第一版', ['v1']],
    ]);
    expect(h.commits[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/);
    expect(resolveRef(repo.dir, 'v2')).toEqual({ commit: b });
    expect(resolveRef(repo.dir, 'nope')).toEqual({ error: '找不到版本“nope”：请用 git log 或 git tag 查看可用的版本' });
    expect(isShallow(repo.dir)).toBe(false);
  });

  it('explains a shallow clone instead of listing a partial history', () => {
    const repo = tempRepo();
    const files = toFiles(baseRecords());
    repo.commit(files, '一');
    repo.commit({ ...files, 'data/jurisdictions/140000.yaml': stringify({ id: '140000', name: '山西省', level: '省级' }) }, '二');
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-shallow-'));
    cleanups.push(() => fs.rmSync(clone, { recursive: true, force: true }));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone], { stdio: 'pipe' });
    expect(isShallow(clone)).toBe(true);
    const h = catalogueCommits(clone);
    expect(h.commits).toEqual([]);
    expect(h.shallow).toBe(true);
    expect(h.reason).toContain('浅克隆');
    const old = resolveRef(clone, 'HEAD~1');
    expect('error' in old && old.error).toContain('git fetch --unshallow');
    // The version that is there can still be read.
    expect(loadVersion(gitSource(clone, 'HEAD')).version.catalogue.jurisdictions).toHaveLength(3);
  });

  it('fails gracefully, with a reason, when git is missing or the directory is no repository', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-norepo-'));
    cleanups.push(() => fs.rmSync(outside, { recursive: true, force: true }));
    expect(isShallow(outside)).toBeUndefined();
    expect(catalogueCommits(outside)).toMatchObject({ commits: [], reason: expect.stringContaining('不是 git 仓库') });
    const savedPath = process.env.PATH;
    process.env.PATH = outside; // no git here
    try {
      expect(isShallow(REPO)).toBeUndefined();
      expect(catalogueCommits(REPO)).toMatchObject({ commits: [], reason: expect.stringContaining('找不到 git 命令') });
      expect(resolveRef(REPO, 'HEAD')).toEqual({ error: expect.stringContaining('找不到 git 命令') });
    } finally {
      process.env.PATH = savedPath;
    }
  });
});

describe('the demo catalogue', { timeout: 120_000 }, () => {
  it('reports the 2020-12-24 adjustment list: the matters it moves in and the matters it moves back', async () => {
    const ADJUSTMENT = 'data/transfers/140525/2020-12-24-adjustment.yaml';
    const demo = demoFiles();
    expect(demo[ADJUSTMENT], 'the demo has the adjustment list').toBeInstanceOf(Buffer);
    const list = parse(demo[ADJUSTMENT]!.toString()) as {
      declared: { in: { matters: number }; back: { matters: number } };
      entries: { matter: string; direction: string }[];
    };
    const codesIn = list.entries.filter((e) => e.direction === '划转').map((e) => String(e.matter));
    const codesBack = list.entries.filter((e) => e.direction === '划回').map((e) => String(e.matter));
    // The notice moves 14 matters in and 8 back; the list records them all.
    expect([codesIn.length, codesBack.length]).toEqual([list.declared.in.matters, list.declared.back.matters]);
    expect([codesIn.length, codesBack.length]).toEqual([14, 8]);

    const repo = tempRepo();
    const { [ADJUSTMENT]: _adjustment, ...withoutList } = demo;
    repo.commit(withoutList, '演示目录（未收调整通知）');
    repo.commit(demo, '收录 2020-12-24 调整通知');

    const run = async (format: DiffFormat) => {
      const r = await runCommand(diffCommand, ['HEAD~1', 'HEAD', '--format', format], repo.dir); // npm run diff
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return r.stdout;
    };
    const json = JSON.parse(await run('json'));
    const transfers = collection(json, 'transfers');
    expect(transfers.summary).toBe('划转清单：新增 1，删除 0，修改 0');
    expect(transfers.groups[0].added.map((x: any) => x.key)).toEqual(['140525/2020-12-24-adjustment']);
    for (const c of json.collections) if (c.collection !== 'transfers') expect(c.groups, c.collection).toEqual([]);
    expect(json.holdings).toHaveLength(1);
    const h = json.holdings[0];
    expect(h).toMatchObject({ jurisdiction: '140525', movedIn: 14, movedBack: 8, removed: 0 });
    const moved = (direction: string) => h.changes.filter((c: any) => c.direction === direction).map((c: any) => c.matter).sort();
    expect(moved('划转')).toEqual([...codesIn].sort());
    expect(moved('划回')).toEqual([...codesBack].sort());
    expect(h.changes.every((c: any) => c.kind === 'added' && c.date === '2020-12-30')).toBe(true);
    expect(h.changes.filter((c: any) => c.direction === '划转').every((c: any) => c.to.id === 'xzspj')).toBe(true);
    expect(h.changes.filter((c: any) => c.direction === '划回').every((c: any) => c.from.id === 'xzspj')).toBe(true);

    const text = await run('text');
    expect(text).toContain('泽州县（140525）实施部门：划转 14 项，划回 8 项');
    expect(text).toContain('“新增客运班线经营许可”于 2020年12月30日 由 泽州县交通运输局 划转至 泽州县行政审批服务管理局');
    expect(text.split('\n').filter((l) => / 划转至 泽州县行政审批服务管理局$/.test(l))).toHaveLength(14);
    expect(text.split('\n').filter((l) => / 由 泽州县行政审批服务管理局 划回 /.test(l))).toHaveLength(8);
    for (const format of ['md', 'html'] as const) expect(await run(format)).toContain('划转 14 项，划回 8 项');
  });
});
