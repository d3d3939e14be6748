/**
 * Releases: the schema and its references, the state a release names (src/domain/releases.ts),
 * release names in npm run diff (ids and catalogue/YYYY-MM-DD, resolved before git refs) and
 * --strict on major changes that no release notes.
 */
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { main as diffCommand } from '../src/cli/diff.ts';
import { releaseState } from '../src/domain/releases.ts';
import { findRelease } from '../src/history/releases.ts';
import { REPO, runCommand } from './helpers/cli.ts';
import { FILING, FILING_GUIDE, GUIDE, LICENCE, LICENCE_GUIDE, LIST, baseRecords, problemsOf, rec, releaseRecord, run, toFiles } from './helpers/fixture.ts';
import { tempRepo as makeTempRepo } from './helpers/git.ts';

type Records = ReturnType<typeof baseRecords>;

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function tempRepo() {
  const repo = makeTempRepo('oneseal-releases-');
  cleanups.push(repo.cleanup);
  return repo;
}

const FIRST = 'data/releases/140525/2019-12-01-first.yaml';
const SECOND = 'data/releases/140525/2020-12-24-second.yaml';
const THIRD = 'data/releases/140525/2021-03-01-third.yaml';

const release = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  releaseRecord(id, date, { reviewer: { role: '县人民政府', name: '张三' }, ...extra });

/**
 * The fixture with an older list (2019: the bureau receives a matter it later returns) and two
 * releases: the first batch (no public notice) and the 2020 adjustment that publishes list a.
 */
function withReleases(): Records {
  const r = baseRecords();
  r['data/matters/141017002000.yaml'] = {
    name: '人防工程监理乙级以下资质年检',
    code: '141017002000',
    legalBasis: [{ law: '人民防空工程监理管理办法' }],
    type: '其他行政权力',
    statutoryLimit: { value: 20, unit: '工作日' },
    quantityLimit: false,
    annualInspection: true,
    annualReport: false,
    serviceObjects: ['企业法人'],
    local: true,
  };
  r['data/transfers/140525/first.yaml'] = {
    id: 'first',
    jurisdiction: '140525',
    title: '首批划转',
    issuer: '泽州县人民政府',
    date: '2019-12-01',
    complete: false,
    entries: [{ matter: '141017002000', name: '人防工程监理乙级以下资质年检', powerType: '其他行政权力', direction: '划转', from: 'jtysj', to: 'xzspj' }],
  };
  const list = rec(r, LIST);
  list.entries.push({ matter: '141017002000', name: '人防工程监理乙级以下资质年检', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' });
  list.declared = { in: { departments: 1, matters: 2 }, back: { matters: 1 } };
  const first = release('2019-12-01-first', '2019-12-01', { class: '首次发布', publishes: { transfers: ['first'] } });
  delete first.notice;
  first.noticeUnpublished = '首批划转的公开文本未找到。';
  r[FIRST] = first;
  r[SECOND] = release('2020-12-24-second', '2020-12-24', { publishes: { transfers: ['a'] } });
  return r;
}

describe('the releases collection', () => {
  it('accepts the fixture with releases, a name that is not published and a notice that is not', () => {
    expect(run(withReleases()).problems).toEqual([]);
  });

  it('refuses a release with neither a notice nor a statement that it is not published, or with both', () => {
    const r = withReleases();
    delete rec(r, SECOND).notice;
    rec(r, FIRST).notice = 'n1';
    const problems = problemsOf(run(r), 'schema').map((p) => `${p.file} ${p.path} ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${FIRST} noticeUnpublished 已填写 notice 时不再填写 noticeUnpublished`)),
      expect.stringMatching(new RegExp(`^${SECOND} notice 缺少授权本次发布的政策文件`)),
    ]);
  });

  it('refuses an empty name, an id that does not start with the release date and an unknown class', () => {
    const r = withReleases();
    rec(r, SECOND).handler.name = '';
    rec(r, SECOND).class = '修订';
    r['data/releases/140525/adjustment.yaml'] = release('adjustment', '2020-12-25');
    const paths = problemsOf(run(r), 'schema').map((p) => `${p.file} ${p.path}`);
    expect(paths).toEqual(expect.arrayContaining([`${SECOND} handler.name`, `${SECOND} class`, 'data/releases/140525/adjustment.yaml id']));
  });

  it('resolves the notice, the lists it publishes and the guides its notes name', () => {
    const r = withReleases();
    rec(r, SECOND).notice = 'n2';
    rec(r, SECOND).publishes.transfers = ['a', 'b'];
    rec(r, SECOND).majorChanges = [{ guide: LICENCE_GUIDE.replace(/.$/, '9'), note: '说明。' }];
    const problems = problemsOf(run(r), 'unresolved-reference').map((p) => `${p.path} ${p.message}`);
    expect(problems.sort()).toEqual([
      expect.stringMatching(/^majorChanges\[0\]\.guide 找不到办事指南/),
      expect.stringMatching(/^notice 找不到政策文件“n2”/),
      expect.stringMatching(/^publishes\.transfers\[1\] 找不到区划 140525 的划转清单“b”：.*（a、first）/),
    ]);
  });
});

describe('the state a release names', () => {
  /** The state of the release in `file`; `clean`: the catalogue must pass the check. */
  const stateOf = (r: Records, file: string, clean = true) => {
    const result = run(r);
    if (clean) expect(result.problems).toEqual([]);
    const rel = result.catalogue.releases.find((x) => x.file === file)!;
    return releaseState(result.catalogue, rel.data);
  };
  const keys = (s: ReturnType<typeof stateOf>) => ({
    releases: s.catalogue.releases.map((x) => x.data.id),
    transfers: s.catalogue.transfers.map((x) => x.data.id),
    notices: s.catalogue.notices.map((x) => x.data.id),
    guides: s.catalogue.guides.map((x) => x.data.matter),
    responsibilities: s.catalogue.responsibilities.map((x) => x.data.matter),
    forms: s.catalogue.forms.map((x) => x.data.id),
    matters: s.catalogue.matters.length,
  });

  it('the first release: its list, no later notice, and no guide of a matter the bureau does not yet hold', () => {
    const s = stateOf(withReleases(), FIRST);
    expect(keys(s)).toEqual({ releases: ['2019-12-01-first'], transfers: ['first'], notices: [], guides: [], responsibilities: [], forms: [], matters: 3 });
    expect(s.holdings.get('140525')!.currentHolder('141017002000')).toBe('140525/xzspj');
  });

  it('the adjustment: its list in effect although the handover comes after the release date, with the guides, divisions and forms of the matters moved in', () => {
    const s = stateOf(withReleases(), SECOND);
    expect(keys(s)).toEqual({
      releases: ['2019-12-01-first', '2020-12-24-second'],
      transfers: ['a', 'first'],
      notices: ['n1'],
      guides: [LICENCE, FILING],
      responsibilities: [LICENCE, FILING],
      forms: ['line-application'],
      matters: 3,
    });
    const h = s.holdings.get('140525')!;
    expect(h.currentHolder('141017002000')).toBe('140525/jtysj');
    expect(h.currentHolder(LICENCE)).toBe('140525/xzspj');
  });

  it('a list dated before a release but published by a later one is not in the earlier state', () => {
    const r = withReleases();
    rec(r, LIST).date = '2019-11-01';
    rec(r, LIST).handoverBy = '2019-11-30';
    // (The lists now contradict each other; the check reports that, the cut does not care.)
    expect(keys(stateOf(r, FIRST, false)).transfers).toEqual(['first']);
    delete rec(r, SECOND).publishes;
    // No release names list a now: its date decides.
    expect(keys(stateOf(r, FIRST, false)).transfers).toEqual(['a', 'first']);
  });

  it('findRelease takes an id or catalogue/YYYY-MM-DD, and refuses a date with two releases', () => {
    const result = run(withReleases());
    const rs = result.catalogue.releases;
    expect((findRelease(rs, '2020-12-24-second') as { file: string }).file).toBe(SECOND);
    expect((findRelease(rs, 'catalogue/2019-12-01') as { file: string }).file).toBe(FIRST);
    expect(findRelease(rs, 'catalogue/2019-12-02')).toBeUndefined();
    expect(findRelease(rs, 'HEAD')).toBeUndefined();
    const two = [...rs, { ...rs[0]!, data: { ...rs[0]!.data, id: '2019-12-01-again' } }];
    expect(findRelease(two, 'catalogue/2019-12-01')).toEqual({ error: expect.stringContaining('2019-12-01 有 2 次发布（2019-12-01-first、2019-12-01-again）') });
  });
});

describe('npm run diff with releases', () => {
  /** A repository whose first commit records both releases; returns it. */
  function released() {
    const repo = tempRepo();
    const records = withReleases();
    repo.commit(toFiles(records), 'releases');
    return { repo, records };
  }

  it('compares two releases by date name or id, resolving them before git refs', async () => {
    const { repo } = released();
    repo.git('tag', 'catalogue/2019-12-01'); // a git tag of the same name does not win over the release
    const byDate = await runCommand(diffCommand, ['catalogue/2019-12-01', 'catalogue/2020-12-24'], repo.dir);
    expect(byDate.stderr).toBe('');
    expect(byDate.code).toBe(0);
    expect(byDate.stdout).toMatch(/^目录差异：发布 2019-12-01-first（发布 2019-12-01-first，2019年12月1日） → 发布 2020-12-24-second（发布 2020-12-24-second，2020年12月24日）\n/);
    expect(byDate.stdout).toContain('办事指南：新增 2，删除 0，修改 0');
    expect(byDate.stdout).toContain('泽州县（140525）实施部门：划转 2 项，划回 1 项');
    expect(byDate.stdout).toContain('“人防工程监理乙级以下资质年检”于 2020年12月30日 由 泽州县行政审批服务管理局 划回 泽州县交通运输局');
    const byId = await runCommand(diffCommand, ['2019-12-01-first', '2020-12-24-second'], repo.dir);
    expect(byId.stdout).toBe(byDate.stdout);
    const json = JSON.parse((await runCommand(diffCommand, ['2019-12-01-first', '2020-12-24-second', '--format', 'json'], repo.dir)).stdout);
    expect(json.to.release).toEqual({ id: '2020-12-24-second', title: '发布 2020-12-24-second', date: '2020-12-24' });
    expect(json.to.commit).toBe(repo.git('rev-parse', 'HEAD'));
    // A release against a git ref: the ref's whole catalogue.
    const mixed = await runCommand(diffCommand, ['2020-12-24-second', 'HEAD'], repo.dir);
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toContain('两个版本的目录没有差异。');
  });

  it('a release cut from the revision that added it: later edits of the data are not part of it', async () => {
    const { repo, records } = released();
    rec(records, GUIDE).hours = '工作日 9:00—17:00';
    repo.commit(toFiles(records), 'later');
    const r = await runCommand(diffCommand, ['2020-12-24-second', 'HEAD'], repo.dir);
    expect(r.stdout).toContain('办理时间：“法定工作日” → “工作日 9:00—17:00”');
  });

  it('says which names it tried when a version is neither a release nor a git ref', async () => {
    const { repo } = released();
    const r = await runCommand(diffCommand, ['catalogue/2018-01-01', 'catalogue/2020-12-24'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('catalogue/2018-01-01');
    expect(r.stderr).toContain('也不是 data/releases/ 中的发布标识或 catalogue/年-月-日');
  });

  it('--strict fails on a major change no new release notes, and passes once one does', async () => {
    const { repo, records } = released();
    rec(records, GUIDE).materials[1].copies = 2;
    rec(records, GUIDE).free = false;
    rec(records, GUIDE).fees = [{ item: '工本费', standard: '10 元', basis: '收费文件' }];
    repo.commit(toFiles(records), 'materials');
    const plain = await runCommand(diffCommand, ['HEAD~1', 'HEAD'], repo.dir);
    expect(plain.code).toBe(0);
    const strict = await runCommand(diffCommand, ['HEAD~1', 'HEAD', '--strict'], repo.dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(plain.stdout);
    expect(strict.stderr).toBe(
      `重大变更未说明：办事指南“新增客运班线经营许可”（${LICENCE_GUIDE}）的申请材料、是否免费、收费项目有变化，却没有新的发布在 majorChanges 中说明：请在 data/releases/140525/ 中新建一次发布并写明变更说明\n共 1 份办事指南有未说明的重大变更。\n`,
    );
    // A release whose record is committed with the change, noting it: release to release and ref to ref pass.
    records[THIRD] = release('2021-03-01-third', '2021-03-01', { class: '更正', majorChanges: [{ guide: LICENCE_GUIDE, note: '营业执照改交两份；收取工本费。' }] });
    repo.commit(toFiles(records), 'third');
    expect((await runCommand(diffCommand, ['HEAD~2', 'HEAD', '--strict'], repo.dir)).code).toBe(0);
    expect((await runCommand(diffCommand, ['2020-12-24-second', '2021-03-01-third', '--strict'], repo.dir)).code).toBe(0);
    // A note for another guide does not count.
    records[THIRD] = release('2021-03-01-third', '2021-03-01', { class: '更正', majorChanges: [{ guide: FILING_GUIDE, note: '说明。' }] });
    repo.commit(toFiles(records), 'third, other note');
    const other = await runCommand(diffCommand, ['HEAD~3', 'HEAD', '--strict'], repo.dir);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(`（${LICENCE_GUIDE}）的申请材料、是否免费、收费项目有变化`);
  });

  it('the demo: the 2019 first batch against the 2020-12-24 adjustment, as the README shows', async () => {
    const r = await runCommand(diffCommand, ['catalogue/2019-12-01', 'catalogue/2020-12-24', '--strict'], REPO);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^目录差异：泽州县首批划转事项（发布 2019-12-01-first-batch，2019年12月1日） → 泽州县“一枚印章管审批”事项调整（发布 2020-12-24-adjustment，2020年12月24日）/);
    expect(r.stdout).toContain('办事指南：新增 14，删除 0，修改 0');
    expect(r.stdout).toContain('职责边界：新增 14，删除 0，修改 0');
    expect(r.stdout).toContain('泽州县（140525）实施部门：划转 14 项，划回 8 项');
    expect(stringify(r.stdout)).not.toMatch(/[a-z][A-Z]/);
  });
});
