import { describe, expect, it } from 'vitest';
import { blankText, layoutRows, sampleText } from '../src/forms/layout.ts';
import {
  departmentName,
  departmentShortName,
  formatCopies,
  formatCounts,
  formatDate,
  formatHas,
  formatLegalBasis,
  formatRequired,
  formatTimeLimit,
  formatYesNo,
} from '../src/site/format.ts';
import { printableUrl, routes } from '../src/site/routes.ts';
import { Site, clearSiteCache, getSite } from '../src/site/site.ts';
import { holdingHistory } from '../src/site/related.ts';
import { publishValidation } from '../src/site/validated.ts';
import { departmentView, departmentPaths } from '../src/site/views/department.ts';
import { departmentsByJurisdiction, departmentsView } from '../src/site/views/departments.ts';
import { formFilePaths, formPaths, formView } from '../src/site/views/form.ts';
import { guidePaths, guideView } from '../src/site/views/guide.ts';
import { guidesByJurisdiction } from '../src/site/views/guides.ts';
import { siteCounts } from '../src/site/views/home.ts';
import { matterCodes, matterPaths, matterView } from '../src/site/views/matter.ts';
import { matterSummaries } from '../src/site/views/matters.ts';
import { noticePaths, noticeView } from '../src/site/views/notice.ts';
import { responsibilityPaths, responsibilityView } from '../src/site/views/responsibility.ts';
import { tongbanView } from '../src/site/views/tongban.ts';
import { transferPaths, transferView } from '../src/site/views/transfer.ts';
import { transferXlsx } from '../src/export/index.ts';
import { formatBytes } from '../src/io/files.ts';
import type { FormField } from '../src/schemas/index.ts';
import { REPO } from './helpers/cli.ts';
import { FILING, FILING_GUIDE, LICENCE, LICENCE_GUIDE, LIST, baseRecords, rec, run } from './helpers/fixture.ts';

const siteOf = (records = baseRecords()) => new Site(run(records), '/fixture');

/** A list that moves FILING back to the transport bureau. */
const backList = (extra: Record<string, unknown> = {}) => ({
  id: 'b',
  jurisdiction: '140525',
  title: '划回通知',
  issuer: '泽州县人民政府',
  date: '2021-06-01',
  declared: { back: { departments: 1, matters: 1 } },
  entries: [{ matter: FILING, name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }],
  ...extra,
});

describe('format', () => {
  it('writes dates the Chinese way, without leading zeros', () => {
    expect(formatDate('2020-12-24')).toBe('2020年12月24日');
    expect(formatDate('2021-01-05')).toBe('2021年1月5日');
    expect(formatDate(new Date('2020-12-30T00:00:00Z'))).toBe('2020年12月30日');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('2020年')).toBe('2020年');
  });
  it('writes time limits with their unit', () => {
    expect(formatTimeLimit({ value: 20, unit: '工作日' })).toBe('20 个工作日');
    expect(formatTimeLimit({ value: 3, unit: '月' })).toBe('3 个月');
    expect(formatTimeLimit({ value: 15, unit: '自然日' })).toBe('15 个自然日');
    expect(formatTimeLimit({ value: 1, unit: '年' })).toBe('1 年');
    expect(formatTimeLimit({ value: 24, unit: '小时' })).toBe('24 小时');
    expect(formatTimeLimit({ value: 0, unit: '工作日' })).toBe('当场办结');
    expect(formatTimeLimit(undefined)).toBe('');
  });
  it('writes booleans, requirements, copies and counts', () => {
    expect(formatHas(true)).toBe('有');
    expect(formatHas(false)).toBe('无');
    expect(formatYesNo(true)).toBe('是');
    expect(formatYesNo(false)).toBe('否');
    expect(formatRequired(true)).toBe('必需');
    expect(formatRequired('委托他人办理的')).toBe('有条件：委托他人办理的');
    expect(formatCopies(0)).toBe('无需纸质');
    expect(formatCopies(2)).toBe('2 份');
    expect(formatCounts({ departments: 3, matters: 14 })).toBe('3 个部门 14 个事项');
    expect(formatCounts({ matters: 8 })).toBe('8 个事项');
    expect(formatLegalBasis({ law: '中华人民共和国道路运输条例', articles: '第十条' })).toBe('《中华人民共和国道路运输条例》第十条');
  });
  it('names departments, and marks one that is not in the catalogue', () => {
    const d = { name: '泽州县交通运输局', shortName: '县交通运输局' };
    expect(departmentName(d)).toBe('泽州县交通运输局');
    expect(departmentShortName(d)).toBe('县交通运输局');
    expect(departmentShortName({ name: '泽州县林业局' })).toBe('泽州县林业局');
    expect(departmentName(undefined, 'abc')).toBe('abc（未登记的部门）');
  });
});

describe('routes', () => {
  it('builds the stable URLs, each ending with a slash', () => {
    expect(routes.matter('140121001000')).toBe('/matters/140121001000/');
    expect(routes.guide('140525', LICENCE_GUIDE)).toBe(`/guides/140525/${LICENCE_GUIDE}/`);
    expect(routes.transfer('140525', '2020-12-24-adjustment')).toBe('/transfers/140525/2020-12-24-adjustment/');
    expect(routes.responsibility('140525', FILING)).toBe(`/responsibilities/140525/${FILING}/`);
    expect(routes.department('jincheng-etdz', 'xzspj')).toBe('/departments/jincheng-etdz/xzspj/');
    expect(routes.notice('zezhou-2020-12-24')).toBe('/notices/zezhou-2020-12-24/');
    expect(routes.formSample('authorization-letter')).toBe('/forms/authorization-letter/sample/');
    expect(routes.formFile('x', 'blank', '.pdf')).toBe('/forms/x/blank.pdf');
  });

  it('prints a page’s absolute address under the configured public address, its path without one', () => {
    const page = routes.guide('140525', LICENCE_GUIDE);
    expect(printableUrl(page, new URL('https://example.org/'))).toBe(`https://example.org/guides/140525/${LICENCE_GUIDE}/`);
    expect(printableUrl(page, undefined)).toBe(page);
  });
});

describe('form layout', () => {
  const f = (x: Record<string, unknown>) => ({ required: false, width: 'full', ...x }) as FormField;
  it('pairs consecutive half-width fields and keeps tables on their own row', () => {
    const a = f({ label: 'a', type: 'text', width: 'half', sample: '' });
    const b = f({ label: 'b', type: 'text', width: 'half', sample: '' });
    const c = f({ label: 'c', type: 'text', width: 'half', sample: '' });
    const t = f({ label: 't', type: 'table', width: 'half', columns: [{ label: 'x', type: 'text' }], rows: 2, sample: [['1']] });
    const d = f({ label: 'd', type: 'text', sample: '' });
    expect(layoutRows([a, b, c, t, d]).map((r) => r.map((x) => x.label))).toEqual([['a', 'b'], ['c'], ['t'], ['d']]);
  });
  it('writes sample values and blank boxes by field type', () => {
    const choice = f({ label: '类型', type: 'choice', options: ['甲', '乙'], multiple: false, sample: '乙' });
    expect(sampleText(choice)).toBe('☐ 甲　☑ 乙');
    expect(blankText(choice)).toBe('☐ 甲　☐ 乙');
    expect(sampleText(f({ label: '日期', type: 'date', sample: '2026-03-16' }))).toBe('2026年3月16日');
    expect(sampleText(f({ label: '里程', type: 'number', unit: '公里', sample: 38 }))).toBe('38 公里');
    expect(sampleText(f({ label: '确认', type: 'checkbox', sample: true }))).toBe('☑');
    expect(blankText(f({ label: '签字', type: 'signature', seal: true, sample: '张三' }))).toBe('（签字并盖章）');
  });
});

describe('site views', () => {
  it('lists matters with their sub-items and the guides that implement them', () => {
    const site = siteOf();
    const matters = matterSummaries(site);
    expect(matters.map((m) => m.code)).toEqual(['140121001000', FILING]);
    const road = matters[0]!;
    expect(road.subItems.map((s) => s.subItem.code)).toEqual([LICENCE]);
    expect(road.subItems[0]!.href).toBe(`/matters/${LICENCE}/`);
    expect(road.subItems[0]!.guides.map((g) => g.code)).toEqual([LICENCE_GUIDE]);
    expect(road.guideCount).toBe(1);
    expect(road.local).toBe(true);
    expect(site.refs.matterLink(LICENCE)).toMatchObject({ name: '新增客运班线经营许可', parentCode: '140121001000', known: true });
    expect(site.refs.matterLink('999999999000')).toMatchObject({ known: false });
    expect(matterCodes(site)).toEqual(['140121001000', LICENCE, FILING]);
    const sub = matterView(site, LICENCE)!; // a sub-item has its own page
    expect(sub.parent).toEqual({ code: '140121001000', name: '道路旅客运输经营许可', href: '/matters/140121001000/' });
    expect(sub.elements.code).toBe(LICENCE);
    expect(sub.guides.map((g) => g.code)).toEqual([LICENCE_GUIDE]);
    expect(sub.histories.map((h) => h.code)).toEqual([LICENCE]);
    expect(sub.responsibilities.map((r) => r.code)).toEqual([LICENCE]);
    expect(matterView(site, '140121001000')!.parent).toBeUndefined();
  });

  it('gives a guide everything its page shows', () => {
    const v = guideView(siteOf(), LICENCE_GUIDE)!;
    expect(v.jurisdiction.name).toBe('泽州县');
    expect(v.department).toMatchObject({ name: '泽州县行政审批服务管理局', href: '/departments/140525/xzspj/' });
    expect(v.parent?.code).toBe('140121001000');
    expect(v.elements?.code).toBe(LICENCE);
    expect(v.legalBasis).toEqual([{ law: '中华人民共和国道路运输条例', articles: '第十条' }]);
    expect(v.materials[0]!.formLink).toEqual({ id: 'line-application', title: '道路旅客运输班线经营申请表', href: '/forms/line-application/', known: true });
    expect(v.materials[1]!.formLink).toBeUndefined();
    expect(v.responsibility?.href).toBe(`/responsibilities/140525/${LICENCE}/`);
    expect(v.notices.map((n) => [n.id, n.known])).toEqual([['n1', true]]);
    expect(v.history?.rows.map((r) => [r.from, r.holder.name, r.direction, r.list?.id])).toEqual([
      [undefined, '泽州县交通运输局', undefined, undefined],
      ['2020-12-30', '泽州县行政审批服务管理局', '划转', 'a'],
    ]);
    expect(v.history?.current.id).toBe('xzspj');
  });

  it('groups a list by direction, then by line department, and checks the declared counts', () => {
    const records = baseRecords();
    records['data/transfers/140525/b.yaml'] = backList();
    const site = siteOf(records);
    const a = transferView(site, '140525', 'a')!;
    expect(a.groups).toHaveLength(1);
    const g = a.groups[0]!;
    expect(g.direction).toBe('划转');
    expect(g.actual).toEqual({ departments: 1, matters: 2 });
    expect(g.countsMatch).toBe(true);
    expect(g.departments.map((d) => [d.department.id, d.entries.map((e) => e.matter.code)])).toEqual([['jtysj', [LICENCE, FILING]]]);
    expect(g.departments[0]!.entries[1]!.guides.map((x) => x.code)).toEqual([FILING_GUIDE]);
    expect(a.next?.id).toBe('b');
    const b = transferView(site, '140525', 'b')!;
    expect(b.groups.map((x) => [x.direction, x.countsMatch])).toEqual([['划回', true]]);
    expect(b.previous?.id).toBe('a');
    expect(b.counts).toEqual({ in: 0, back: 1 });
  });

  it('gathers the transfer entries of a matter and its sub-items in the order of the lists', () => {
    const records = baseRecords();
    records['data/transfers/140525/b.yaml'] = backList({
      declared: {},
      entries: [{ matter: '140121001000', name: '道路旅客运输经营许可', powerType: '行政许可', direction: '划回', from: 'xzspj', to: 'jtysj' }],
    });
    const site = siteOf(records);
    expect(matterView(site, '140121001000')?.transfers.map((t) => [t.list.id, t.entry.matter])).toEqual([
      ['a', LICENCE],
      ['b', '140121001000'],
    ]);
    expect(matterView(site, LICENCE)?.transfers.map((t) => [t.list.id, t.entry.matter])).toEqual([
      ['a', LICENCE],
      ['b', '140121001000'],
    ]);
    expect(guideView(site, LICENCE_GUIDE)?.transfers.map((t) => t.list.id)).toEqual(['a', 'b']);
  });

  it('reports declared counts that differ from the entries', () => {
    const records = baseRecords();
    rec(records, LIST).declared = { in: { departments: 2, matters: 2 } };
    const g = transferView(siteOf(records), '140525', 'a')!.groups[0]!;
    expect(g.declared).toEqual({ departments: 2, matters: 2 });
    expect(g.countsMatch).toBe(false);
  });

  it('marks effective dates that rest on an estimated issue date', () => {
    const records = baseRecords();
    Object.assign(rec(records, LIST), { dateEstimated: true });
    records['data/transfers/140525/b.yaml'] = backList({ dateEstimated: true });
    const site = siteOf(records);
    expect(transferView(site, '140525', 'a')!.effectiveEstimated).toBe(false); // it has a handover date
    expect(transferView(site, '140525', 'b')!.effectiveEstimated).toBe(true);
  });

  it('shows the handover a list records, its departments resolved, and nothing for a list that records none', () => {
    const records = baseRecords();
    rec(records, LIST).handover = {
      checklist: [
        { item: '专网审批系统', state: '已移交', department: 'jtysj', handedOverBy: '县交通运输局', receivedBy: '县行政审批服务管理局', date: '2020-12-29' },
        { item: '证照', state: '未移交', overdue: { reason: '空白证照尚未清点' }, note: '另行移交' },
        { item: '审批专用章', state: '已废止' },
      ],
      liaisons: [{ department: 'jtysj', role: '审批事项划转移交工作联络员', name: '未公开' }],
    };
    records['data/transfers/140525/b.yaml'] = backList();
    const site = siteOf(records);
    const h = transferView(site, '140525', 'a')!.handover!;
    expect(h.due).toBe('2020-12-30');
    expect(h.rows.map((r) => [r.item, r.state, r.department?.name, r.handedOverBy, r.receivedBy, r.date, r.overdueReason, r.note])).toEqual([
      ['专网审批系统', '已移交', '泽州县交通运输局', '县交通运输局', '县行政审批服务管理局', '2020-12-29', undefined, undefined],
      ['证照', '未移交', undefined, undefined, undefined, undefined, '空白证照尚未清点', '另行移交'],
      ['审批专用章', '已废止', undefined, undefined, undefined, undefined, undefined, undefined],
    ]);
    expect(h.liaisons.map((l) => [l.department.name, l.role, l.name])).toEqual([['泽州县交通运输局', '审批事项划转移交工作联络员', '未公开']]);
    const b = transferView(site, '140525', 'b')!;
    expect(b.handover).toBeUndefined();
    expect(b.filing).toBeUndefined();
  });

  it('shows the filing period that applies to a list, with its deadline, and the filing records', () => {
    const records = baseRecords();
    rec(records, 'data/jurisdictions/140500.yaml').transferFiling = { days: 10, applies: '清单调整', to: '晋城市人民政府', basis: 'n1' };
    rec(records, LIST).filings = [];
    records['data/transfers/140525/b.yaml'] = backList({ filings: [{ to: '晋城市人民政府', date: '2021-06-08', copies: ['县委编办'] }] });
    const site = siteOf(records);
    // The first list: the period is for adjustments only; it says its filing was looked for and not found.
    const a = transferView(site, '140525', 'a')!.filing!;
    expect(a.requirement).toBeUndefined();
    expect(a.records).toEqual([]);
    expect(a.jurisdictionName).toBe('泽州县');
    const b = transferView(site, '140525', 'b')!.filing!;
    expect(b.requirement).toEqual({
      text: '晋城市规定清单调整公布之日起 10 日内报晋城市人民政府备案（《调整通知》）',
      deadline: '2021-06-11',
      fromPublished: false,
      basis: expect.objectContaining({ id: 'n1', href: routes.notice('n1') }),
    });
    expect(b.records?.map((f) => [f.to, f.date, f.copies])).toEqual([['晋城市人民政府', '2021-06-08', ['县委编办']]]);
  });

  it('tells what a department holds now and what it handed over and got back, when', () => {
    const records = baseRecords();
    records['data/transfers/140525/b.yaml'] = backList();
    const site = siteOf(records);
    const line = departmentView(site, '140525', 'jtysj')!;
    expect(line.holdsNow.map((h) => [h.matter.code, h.since, h.list?.id])).toEqual([[FILING, '2021-06-01', 'b']]);
    expect(line.handedOver.map((e) => [e.matter.code, e.date, e.direction, e.counterpart.id])).toEqual([
      [LICENCE, '2020-12-30', '划转', 'xzspj'],
      [FILING, '2020-12-30', '划转', 'xzspj'],
    ]);
    expect(line.received.map((e) => [e.matter.code, e.date, e.direction, e.counterpart.id])).toEqual([[FILING, '2021-06-01', '划回', 'xzspj']]);
    expect(line.supervises.map((s) => s.matter.code)).toEqual([LICENCE, FILING]);
    const bureau = departmentView(site, '140525', 'xzspj')!;
    expect(bureau.holdsNow.map((h) => h.matter.code)).toEqual([LICENCE]);
    expect(bureau.guides.map((g) => g.code).sort()).toEqual([FILING_GUIDE, LICENCE_GUIDE].sort());
    expect(holdingHistory(site, '140525', FILING)!.rows.map((r) => r.holder.id)).toEqual(['jtysj', 'xzspj', 'jtysj']);
  });

  it('resolves the departments of a responsibility division', () => {
    const v = responsibilityView(siteOf(), '140525', LICENCE)!;
    expect(v.approval.name).toBe('泽州县行政审批服务管理局');
    expect(v.supervision.map((s) => s.department.id)).toEqual(['jtysj']);
    expect(v.pushes.map((p) => [p.fromRef.id, p.toRef.id, p.within?.value])).toEqual([['xzspj', 'jtysj', 1]]);
    expect(v.guides.map((g) => g.code)).toEqual([LICENCE_GUIDE]);
  });

  it('knows which guides use a form and which records cite a notice', () => {
    const site = siteOf();
    const form = formView(site, 'line-application')!;
    expect(form.structured).toBe(true);
    expect(form.files).toEqual([]);
    expect(form.usedBy.map((u) => u.guide.code).sort()).toEqual([FILING_GUIDE, LICENCE_GUIDE].sort());
    const notice = noticeView(site, 'n1')!;
    expect(notice.date).toBe('2020-12-24');
    expect(notice.citedBy.map((c) => c.kind).sort()).toEqual(['划转清单', '办事指南', '办事指南'].sort());
  });

  it('lists department files of a form under the form URL', () => {
    const records = baseRecords();
    records['data/forms/paper.yaml'] = {
      id: 'paper',
      title: '纸质表',
      issuer: '泽州县交通运输局',
      blank: { file: 'forms/files/paper-blank.pdf' },
      sample: { file: 'forms/files/paper-sample.PDF', title: '纸质表样表' },
    };
    const files = formView(siteOf(records), 'paper')!.files;
    expect(files.map((f) => [f.kind, f.ext, f.href, f.title])).toEqual([
      ['blank', '.pdf', '/forms/paper/blank.pdf', '纸质表（空表）'],
      ['sample', '.pdf', '/forms/paper/sample.pdf', '纸质表样表'],
    ]);
    expect(files[0]!.absPath.replaceAll('\\', '/')).toBe('/fixture/data/forms/files/paper-blank.pdf');
  });

  it('lists guides by 通办 scope', () => {
    const records = baseRecords();
    rec(records, `data/guides/140525/${FILING}.yaml`).tongban = ['全省通办'];
    const t = tongbanView(siteOf(records));
    expect(t.byScope.map((s) => [s.scope, s.guides.map((g) => g.code)])).toEqual([['全省通办', [FILING_GUIDE]]]);
    expect(t.lists).toEqual([]);
  });

  it('orders jurisdictions by level and groups guides by jurisdiction', () => {
    const site = siteOf();
    expect(site.refs.jurisdictions().map((j) => j.id)).toEqual(['140500', '140525']);
    expect(guidesByJurisdiction(site).map((g) => [g.jurisdiction.id, g.guides.map((x) => x.matter)])).toEqual([['140525', [LICENCE, FILING]]]);
    expect(departmentsByJurisdiction(site)[0]!.departments.map((d) => d.id)).toEqual(['xzspj', 'jtysj']);
  });
});

describe('the demo catalogue', () => {
  it('is validated once per root, and every page gets its view from the static paths', async () => {
    clearSiteCache();
    const site = getSite(REPO);
    expect(getSite(REPO)).toBe(site);
    expect(siteCounts(site)).toEqual({
      jurisdictions: 5,
      departments: 16,
      matters: 17,
      subItems: 6,
      guides: 14,
      forms: 14,
      transfers: 2,
      responsibilities: 14,
      tongban: 0,
      notices: 5,
    });

    const guides = await guidePaths(site);
    expect(guides).toHaveLength(14);
    for (const p of guides) expect(p.props.view.href).toBe(routes.guide(p.params.jurisdiction, p.params.code));
    const matters = matterPaths(site);
    expect(matters.map((p) => p.params.code)).toEqual(matterCodes(site));
    expect(matters).toHaveLength(17 + 6);
    for (const p of matters) expect(p.props.view.href).toBe(routes.matter(p.params.code));
    // A matter's page gathers its sub-items' entries, in the lists' document order.
    const road = matterView(site, '140121001000');
    const subCodes = ['140121001001', '140121001002', '140121001003', '140121001004', '140121001005', '140121001006'];
    const adjustment = site.index.transfersOf('140525').find((l) => l.data.id === '2020-12-24-adjustment');
    expect(road?.transfers.map((t) => t.entry.matter)).toEqual(adjustment?.data.entries.map((e) => e.matter).filter((c) => c.startsWith('140121001')));
    expect(road?.transfers.map((t) => t.entry.matter).sort()).toEqual(subCodes);
    expect(road?.responsibilities.map((r) => [r.code, r.matter.name])).toContainEqual(['140121001003', '新增客运班线经营许可']);
    expect(road?.histories.map((h) => h.code)).toEqual(subCodes);

    const depts = departmentPaths(site);
    expect(depts).toHaveLength(16);
    const bureau = departmentView(site, '140525', 'xzspj');
    expect(bureau?.ref).toMatchObject({ name: '泽州县行政审批服务管理局', href: '/departments/140525/xzspj/' });
    expect([bureau?.guides.length, bureau?.holdsNow.length, bureau?.handedOver.length, bureau?.received.length, bureau?.approves.length]).toEqual([14, 14, 8, 22, 14]);
    expect(bureau?.moves.map((m) => [m.list.id, m.out.length, m.in.length])).toEqual([
      ['first-batch', 0, 8],
      ['2020-12-24-adjustment', 8, 14],
    ]);
    const transport = departmentView(site, '140525', 'jtysj');
    expect([transport?.guides.length, transport?.handedOver.length, transport?.supervises.length]).toEqual([0, 11, 11]);
    const counted = departmentsView(site).groups.flatMap((g) => g.departments).filter((d) => d.guides > 0);
    expect(counted.map((d) => [d.key, d.guides])).toEqual([['140525/xzspj', 14]]);

    const resps = responsibilityPaths(site);
    expect(resps).toHaveLength(14);
    const planning = responsibilityView(site, '140525', '140116001000');
    expect(planning).toMatchObject({ name: '计划生育技术服务机构执业许可证审批', href: '/responsibilities/140525/140116001000/' });
    expect(planning?.approval.name).toBe('泽州县行政审批服务管理局');
    expect(planning?.guides.map((g) => g.code)).toEqual(['11140525MB195120394140116001000']);

    const forms = await formPaths(site);
    expect(forms).toHaveLength(14);
    const letter = formView(site, 'authorization-letter');
    expect([letter?.form.title, letter?.structured, letter?.usedBy.length, letter?.resultOf.length]).toEqual(['授权委托书', true, 14, 0]);
    expect(formView(site, 'road-transport-licence')?.resultOf).toHaveLength(1);
    expect(forms.find((p) => p.params.id === 'authorization-letter')?.props.view.hasSample).toBe(true);
    // Every form is structured: two generated Word files each, and no department file in the demo.
    expect(formFilePaths(site)).toHaveLength(28);

    const notices = noticePaths(site);
    expect(notices).toHaveLength(5);
    expect(notices.find((p) => p.params.id === 'zezhou-2020-12-24')?.props.body).toMatch(/^\n<h2 id="文件要点">文件要点<\/h2>/u);
    const zezhou = noticeView(site, 'zezhou-2020-12-24');
    expect(zezhou?.citedBy).toHaveLength(46);
    expect(zezhou?.citedByKind.map((k) => [k.kind, k.items.length])).toEqual([['划转清单', 1], ['事项', 17], ['办事指南', 14], ['职责边界', 14]]);
    expect(noticeView(site, 'shanxi-2020-99')?.citedByKind.map((k) => [k.kind, k.items.length])).toEqual([['职责边界', 14]]);

    const transfers = await transferPaths(site);
    expect(transfers).toHaveLength(2);
    for (const p of transfers) {
      const bytes = await transferXlsx(p.props.view.list, site.index);
      expect(p.props.download).toEqual({
        href: `/open-data/xlsx/${p.params.jurisdiction}-${p.params.id}.xlsx`,
        fileName: `${p.params.jurisdiction}-${p.params.id}.xlsx`,
        type: 'Excel 表格（XLSX）',
        bytes: bytes.byteLength,
        size: formatBytes(bytes.byteLength),
      });
      const t = site.index.transfersOf(p.params.jurisdiction).find((l) => l.data.id === p.params.id);
      const listed = p.props.view.groups.flatMap((g) => g.departments.flatMap((d) => d.entries));
      expect(listed).toHaveLength(t?.data.entries.length ?? -1);
      expect(p.props.view.extras.chart.reduce((n, c) => n + c.in + c.back, 0)).toBe(listed.length);
    }

    const tongban = tongbanView(site);
    expect(tongban).toEqual({ byScope: [], lists: [] });
    clearSiteCache();
  });
});

describe('the validation a build shares', () => {
  it('gives getSite the result the oneseal integration published for the root, until the cache is cleared', () => {
    clearSiteCache();
    const result = run(baseRecords());
    publishValidation('/published/site', result);
    const site = getSite('/published/site/');
    expect(site.result).toBe(result);
    expect(site.root).toBe('/published/site');
    expect(matterCodes(site)).toEqual(['140121001000', LICENCE, FILING]);
    clearSiteCache();
    publishValidation('/published/site', run(baseRecords()));
    expect(getSite('/published/site').result).not.toBe(result);
    clearSiteCache();
  });
});
