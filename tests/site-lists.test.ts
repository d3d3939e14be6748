import { describe, expect, it } from 'vitest';
import {
  audiencesOf,
  barPercent,
  compareWithPrevious,
  countsByDepartment,
  matterTypeCode,
  newest,
  sortServiceObjects,
} from '../src/site/lists.ts';
import { getSite } from '../src/site/site.ts';
import { limitShare } from '../src/site/views/guide.ts';
import { guideCatalogue } from '../src/site/views/guides.ts';
import { homeView } from '../src/site/views/home.ts';
import { mattersByType, mattersView } from '../src/site/views/matters.ts';
import { transferView } from '../src/site/views/transfer.ts';
import { groupBy } from '../src/util/group-by.ts';
import type { TransferEntry, TransferList } from '../src/schemas/index.ts';
import { REPO } from './helpers/cli.ts';

const entry = (matter: string, direction: TransferEntry['direction'], line: string): TransferEntry => ({
  matter,
  name: `事项${matter}`,
  powerType: '行政许可',
  direction,
  from: direction === '划转' ? line : 'xzspj',
  to: direction === '划转' ? 'xzspj' : line,
});

const list = (id: string, entries: TransferEntry[], jurisdiction = '140525'): TransferList => ({
  id,
  jurisdiction,
  title: id,
  issuer: '泽州县人民政府',
  date: '2020-12-24',
  dateEstimated: false,
  complete: true,
  declared: {},
  entries,
});

describe('compareWithPrevious', () => {
  const first = list('first', [entry('000000000001', '划转', 'jtysj'), entry('000000000002', '划转', 'lyj'), entry('000000000003', '划转', 'lyj')]);

  it('treats everything of the first list as newly moved', () => {
    const c = compareWithPrevious(first);
    expect(c.previous).toBeUndefined();
    expect(c.movedIn.map((m) => [m.matter, m.department])).toEqual([
      ['000000000001', 'jtysj'],
      ['000000000002', 'lyj'],
      ['000000000003', 'lyj'],
    ]);
    expect(c.returned).toEqual([]);
    expect(c.unchanged).toEqual([]);
  });

  it('splits a later list into moved in, returned and unchanged', () => {
    const second = list('second', [entry('000000000004', '划转', 'zjj'), entry('000000000002', '划回', 'lyj'), entry('000000000009', '划回', 'rsj')]);
    const c = compareWithPrevious(second, first);
    expect(c.previous).toBe('first');
    expect(c.movedIn.map((m) => m.matter)).toEqual(['000000000004']);
    expect(c.returned.map((m) => [m.matter, m.department, m.fromPrevious])).toEqual([
      ['000000000002', 'lyj', true],
      ['000000000009', 'rsj', false],
    ]);
    expect(c.unchanged.map((m) => [m.matter, m.entry.direction])).toEqual([
      ['000000000001', '划转'],
      ['000000000003', '划转'],
    ]);
  });

  it('refuses lists of two jurisdictions', () => {
    expect(() => compareWithPrevious(first, list('x', [entry('000000000001', '划转', 'a')], '140500'))).toThrow(RangeError);
  });

  it('reads the demo adjustment against the first batch', () => {
    const site = getSite(REPO);
    const lists = site.index.transfersOf('140525').map((l) => l.data);
    const [batch, adjustment] = [lists.find((l) => l.id === 'first-batch')!, lists.find((l) => l.id === '2020-12-24-adjustment')!];
    const c = compareWithPrevious(adjustment, batch);
    expect(c.movedIn).toHaveLength(14);
    expect(c.returned).toHaveLength(8);
    expect(c.returned.every((r) => r.fromPrevious)).toBe(true);
    expect(c.unchanged).toEqual([]);
  });
});

describe('countsByDepartment', () => {
  it('counts each line department in order of first appearance', () => {
    const l = list('l', [entry('1', '划转', 'zjj'), entry('2', '划转', 'jtysj'), entry('3', '划回', 'zjj'), entry('4', '划转', 'jtysj'), entry('5', '划回', 'lyj')]);
    expect(countsByDepartment(l)).toEqual([
      { department: 'zjj', in: 1, back: 1 },
      { department: 'jtysj', in: 2, back: 0 },
      { department: 'lyj', in: 0, back: 1 },
    ]);
  });
  it('scales bars to the longest one, never to zero for a non-zero value', () => {
    expect(barPercent(11, 11)).toBe(100);
    expect(barPercent(1, 11)).toBe(9);
    expect(barPercent(1, 1000)).toBe(2);
    expect(barPercent(0, 11)).toBe(0);
    expect(barPercent(3, 0)).toBe(0);
  });
});

describe('grouping guides', () => {
  it('maps service objects to the 个人 and 法人 doors', () => {
    expect(audiencesOf(['自然人'])).toEqual(['个人']);
    expect(audiencesOf(['企业法人', '其他组织'])).toEqual(['法人']);
    expect(audiencesOf(['企业法人', '自然人'])).toEqual(['个人', '法人']);
    expect(audiencesOf([])).toEqual([]);
    expect(sortServiceObjects(['其他组织', '自然人', '企业法人'])).toEqual(['自然人', '企业法人', '其他组织']);
  });
  it('gives matter types their national code', () => {
    expect(matterTypeCode('行政许可')).toBe('01');
    expect(matterTypeCode('其他行政权力')).toBe('10');
    expect(matterTypeCode('公共服务')).toBe('20');
  });
  it('groups by one or many keys, in a given order, keeping item order', () => {
    const items = [
      { n: 'a', k: ['y'] },
      { n: 'b', k: ['x', 'y'] },
      { n: 'c', k: ['z'] },
      { n: 'd', k: ['x'] },
    ];
    const g = groupBy(items, (i) => i.k, ['x', 'y']);
    expect([...g].map(([key, xs]) => [key, xs.map((i) => i.n)])).toEqual([
      ['x', ['b', 'd']],
      ['y', ['a', 'b']],
      ['z', ['c']],
    ]);
    expect([...groupBy(['aa', 'b', 'cc'], (s) => String(s.length)).keys()]).toEqual(['2', '1']);
    // A key of `order` without items makes no group; without `order`, first appearance.
    expect([...groupBy(['b', 'a', 'b'], (s) => s, ['c', 'a']).keys()]).toEqual(['a', 'b']);
    expect([...groupBy([3, 1, 3, 2], (n) => n)].map(([k, xs]) => [k, xs.length])).toEqual([[3, 2], [1, 1], [2, 1]]);
  });
  it('takes the newest items by date', () => {
    const xs = [
      { id: 1, d: '2020-01-01' },
      { id: 2, d: '2021-05-01' },
      { id: 3, d: undefined },
      { id: 4, d: '2021-05-01' },
    ];
    expect(newest(xs, (x) => x.d, 3).map((x) => x.id)).toEqual([2, 4, 1]);
  });
});

describe('catalogue views for the list pages', () => {
  const site = () => getSite(REPO);

  it('groups every guide by department, by matter type and by 个人/法人', () => {
    const cat = guideCatalogue(site());
    expect(cat.total).toBe(site().catalogue.guides.length);
    const inDepts = cat.byJurisdiction.flatMap((j) => j.departments.flatMap((d) => d.guides));
    expect(inDepts).toHaveLength(cat.total);
    for (const j of cat.byJurisdiction) expect(j.count).toBe(j.departments.reduce((n, d) => n + d.guides.length, 0));
    expect(cat.byType.map((t) => [t.type, t.code])).toEqual([
      ['行政许可', '01'],
      ['行政确认', '07'],
      ['其他行政权力', '10'],
    ]);
    expect(cat.byType.reduce((n, t) => n + t.guides.length, 0)).toBe(cat.total);
    expect(cat.byAudience.map((a) => a.id)).toEqual(['person', 'org']);
    const licence = inDepts.find((g) => g.matter === '140121001003')!;
    expect(licence.audiences).toEqual(['个人', '法人']);
    expect(licence.promised).toEqual({ value: 15, unit: '工作日' });
    expect(licence.statutory).toEqual({ value: 20, unit: '工作日' });
    expect(licence.online).toBe(true);
    expect(cat.byAudience.find((a) => a.id === 'person')!.guides).toContain(licence);
  });

  it('orders matters by type in the code list order', () => {
    const groups = mattersByType(site());
    expect(groups.map((g) => g.code)).toEqual(['01', '07', '10']);
    expect(groups.reduce((n, g) => n + g.matters.length, 0)).toBe(site().catalogue.matters.length);
    const page = mattersView(site());
    expect([page.total, page.subItems]).toEqual([17, 6]);
    expect(page.groups.map((g) => g.matters.length)).toEqual(groups.map((g) => g.matters.length));
  });

  it('gives the home page its doors and the newest documents first', () => {
    const h = homeView(site());
    expect(h.departments[0]!.department.id).toBe('xzspj');
    expect(h.departments[0]!.guides).toBe(14);
    expect(h.departments.every((d) => d.guides > 0 || d.holds > 0)).toBe(true);
    expect(h.latestLists.map((l) => l.id)).toEqual(['2020-12-24-adjustment', 'first-batch']);
    const dates = h.latestNotices.map((n) => n.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(h.tongbanGuides).toBe(0);
  });

  it('charts a list by department and compares it with the previous one', () => {
    const x = transferView(site(), '140525', '2020-12-24-adjustment')!.extras;
    expect(x.max).toBe(11);
    const transport = x.chart.find((c) => c.department.id === 'jtysj')!;
    expect([transport.in, transport.back, transport.inPct, transport.backPct]).toEqual([11, 0, 100, 0]);
    expect(x.chart.reduce((n, c) => n + c.in + c.back, 0)).toBe(22);
    expect(x.comparison.previous?.id).toBe('first-batch');
    expect(x.comparison.movedIn).toHaveLength(14);
    expect(x.comparison.movedIn[0]!.guides.length).toBeGreaterThan(0);
    expect(x.comparison.returned.every((r) => r.fromPrevious)).toBe(true);
    const first = transferView(site(), '140525', 'first-batch')!.extras;
    expect(first.comparison.previous).toBeUndefined();
    expect(transferView(site(), '140525', 'nope')).toBeUndefined();
  });

  it('compares a promised limit with the statutory one across units', () => {
    expect(limitShare({ value: 15, unit: '工作日' }, { value: 20, unit: '工作日' })).toBe(75);
    expect(limitShare({ value: 5, unit: '工作日' }, { value: 1, unit: '月' })).toBe(23);
    expect(limitShare({ value: 5, unit: '工作日' }, undefined)).toBeUndefined();
  });
});
