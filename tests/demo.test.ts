/** The demo catalogue: what the county's notice of 2020-12-24 (src/content/notices/zezhou-2020-12-24.mdx) says is what the data holds. */
import { describe, expect, it } from 'vitest';
import { validate } from '../src/check/validate.ts';
import { REPO } from './helpers/cli.ts';

const result = validate(REPO, { today: '2026-11-23' });
const { index } = result;
const zezhou = result.holdings.get('140525')!;
const lists = index.transfersOf('140525');
const adjustment = lists.find((l) => l.data.date === '2020-12-24')!;

describe('the demo catalogue', () => {
  it('passes the validator without errors', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has the first batch before the 2020-12-24 adjustment', () => {
    expect(lists.map((l) => l.data.date)).toEqual(['2019-12-01', '2020-12-24']);
    expect(lists[0]!.data.dateEstimated).toBe(true);
  });

  it('moves 14 matters of 3 departments in and 8 back, as the notice lists them', () => {
    const t = adjustment.data;
    const inEntries = t.entries.filter((e) => e.direction === '划转');
    const backEntries = t.entries.filter((e) => e.direction === '划回');
    expect(inEntries).toHaveLength(14);
    expect(backEntries).toHaveLength(8);
    const byDept = (es: typeof inEntries, k: 'from' | 'to') => Object.fromEntries([...new Set(es.map((e) => e[k]))].map((d) => [d, es.filter((e) => e[k] === d).length]));
    expect(byDept(inEntries, 'from')).toEqual({ zjj: 1, wjtyj: 2, jtysj: 11 });
    expect(byDept(backEntries, 'to')).toEqual({ zjj: 1, lyj: 2, nyncj: 1, rsj: 1, whlyj: 2, tzb: 1 });
    expect(t.handoverBy).toBe('2020-12-30');
    expect(t.transitionMonths).toBe(3);
    expect(t.declared).toEqual({ in: { departments: 3, matters: 14 }, back: { matters: 8 } });
    const types = inEntries.map((e) => e.powerType);
    expect(types.filter((x) => x === '行政许可')).toHaveLength(8);
    expect(types.filter((x) => x === '其他行政权力')).toHaveLength(5);
    expect(types.filter((x) => x === '行政确认')).toHaveLength(1);
  });

  it('leaves the bureau holding exactly the 14 matters moved in, each with a guide and a division', () => {
    const held = zezhou.heldBy('140525/xzspj');
    expect(held).toHaveLength(14);
    expect(held.sort()).toEqual(adjustment.data.entries.filter((e) => e.direction === '划转').map((e) => e.matter).sort());
    for (const code of held) {
      expect(index.guidesFor('140525', code), code).toHaveLength(1);
      expect(index.responsibilities.has(`140525/${code}`), code).toBe(true);
    }
  });

  it('returns the 8 first-batch matters to their departments on the handover date', () => {
    for (const e of adjustment.data.entries.filter((x) => x.direction === '划回')) {
      expect(zezhou.holderOn(e.matter, '2020-12-29')).toBe('140525/xzspj');
      expect(zezhou.currentHolder(e.matter)).toBe(`140525/${e.to}`);
    }
  });

  it('has all 22 matters in the basic catalogue, marked local where the code is local', () => {
    const codes = new Set(adjustment.data.entries.map((e) => e.matter));
    expect(codes.size).toBe(22);
    for (const c of codes) {
      const ref = index.matters.get(c);
      // The code is the matter's own or one of its sub-items'.
      expect(ref?.subItem?.code ?? ref?.matter.data.code, c).toBe(c);
      if (!c.startsWith('00')) expect(ref!.matter.data.local, c).toBe(true);
    }
  });

  it('records the handover the notice orders without claiming that any of it was done', () => {
    const h = adjustment.data.handover!;
    expect(h.checklist.map((c) => c.item)).toEqual(['事项名称', '法律依据', '审批标准', '审批专家库', '涉及中介', '证照', '文书', '专用打印设备', '专网审批系统', '审批专用章']);
    // The notice itself abolishes the seals; nothing public records the rest as handed over.
    expect(h.checklist.filter((c) => c.item !== '审批专用章').map((c) => c.state)).toEqual(Array(9).fill('未见公开记录'));
    expect(h.checklist.find((c) => c.item === '审批专用章')?.state).toBe('已废止');
    expect(h.checklist.some((c) => c.date !== undefined || c.handedOverBy !== undefined || c.receivedBy !== undefined)).toBe(false);
    // One liaison for every line department the list moves matters from or back to, none named.
    const lineDepts = new Set(adjustment.data.entries.map((e) => (e.direction === '划转' ? e.from : e.to)));
    expect(new Set(h.liaisons.map((l) => l.department))).toEqual(lineDepts);
    expect(new Set(h.liaisons.map((l) => l.name))).toEqual(new Set(['未公开']));
    expect(adjustment.data.filings).toEqual([]);
    // So the check says so as a hint, and fails nothing.
    const hints = result.problems.filter((p) => p.rule === 'handover-unrecorded');
    expect(hints.map((p) => [p.file, p.path, p.severity])).toEqual([[adjustment.file, 'handover.checklist', 'warning']]);
    expect(hints[0]!.message).toContain('仍有 9 项移交内容未见公开记录');
  });

  it('sets a filing period only where a published document gives one', () => {
    const withPeriod = [...index.jurisdictions.values()].filter((j) => j.data.transferFiling).map((j) => [j.data.id, j.data.transferFiling]);
    expect(withPeriod).toEqual([['370000', { days: 10, applies: '清单调整', to: '山东省人民政府', basis: 'shandong-2020-85', note: expect.any(String) }]]);
    expect(index.notices.get('shandong-2020-85')?.data.jurisdiction).toBe('370000');
    expect(result.problems.filter((p) => p.rule === 'filing-period' || p.rule === 'filing-missing')).toEqual([]);
  });
});
