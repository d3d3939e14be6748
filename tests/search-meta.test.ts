import { describe, expect, it } from 'vitest';
import {
  NOT_TONGBAN,
  SEARCH_FILTERS,
  guideKeywords,
  guideSearchRecord,
  matterSearchRecord,
  noticeSearchRecord,
  transferSearchRecord,
} from '../src/site/search-meta.ts';
import { getSite } from '../src/site/site.ts';
import { guideView } from '../src/site/views/guide.ts';
import { matterCodes, matterView } from '../src/site/views/matter.ts';
import { noticeView } from '../src/site/views/notice.ts';
import { transferView } from '../src/site/views/transfer.ts';
import { REPO } from './helpers/cli.ts';

const site = getSite(REPO);

describe('search records of the demo catalogue', () => {
  it('a guide has its name, implementation code, department and all six filters', () => {
    for (const g of site.catalogue.guides) {
      const v = guideView(site, g.data.code)!;
      const r = guideSearchRecord(v);
      expect(r).toMatchObject({ kind: '办事指南', name: g.data.name, code: g.data.code, department: v.department.name });
      for (const key of SEARCH_FILTERS) expect(r.filters[key]?.length, `${g.data.code} ${key}`).toBeGreaterThan(0);
      expect(r.filters['通办']).toEqual(g.data.tongban.length ? g.data.tongban : [NOT_TONGBAN]);
    }
  });

  it('a matter or sub-item has its basic code, type and service objects', () => {
    for (const code of matterCodes(site)) {
      const r = matterSearchRecord(matterView(site, code)!);
      expect(r.kind).toBe('事项');
      expect(r.code).toBe(code);
      expect(r.filters['事项类型']!.length).toBe(1);
      expect(r.filters['服务对象']!.length).toBeGreaterThan(0);
    }
  });

  it('a transfer list and a notice carry their 文号 as the code and their issuer as the department', () => {
    for (const t of site.catalogue.transfers) {
      const v = transferView(site, t.data.jurisdiction, t.data.id)!;
      const r = transferSearchRecord(v);
      expect(r).toMatchObject({ kind: '划转清单', name: t.data.title, department: t.data.issuer });
      if (t.data.docNumber) expect(r.code).toBe(t.data.docNumber);
      expect(r.filters['区划']).toEqual([v.jurisdictionRef.name]);
    }
    for (const n of site.catalogue.notices) {
      const r = noticeSearchRecord(noticeView(site, n.data.id)!);
      expect(r).toMatchObject({ kind: '政策文件', name: n.data.title });
      if (n.data.docNumber) expect(r.code).toBe(n.data.docNumber);
    }
  });

  it('a guide carries its keywords and its matter’s; a matter with guides folds into them, one without stays a result', () => {
    const tour = guideView(site, '11140525MB195120394140121001006')!;
    expect(guideSearchRecord(tour).keywords).toContain('开旅游大巴');
    const civil = guideView(site, '11140525MB195120394141017001000')!;
    // The matter's keywords (人防质监) and its names in public documents (人民防空工程质量监督备案).
    expect(guideSearchRecord(civil).keywords).toEqual(expect.arrayContaining(['人防质监', '人民防空工程质量监督备案']));
    expect(guideKeywords(civil)).not.toContain('人民防空工程质量监督备案');
    expect(matterSearchRecord(matterView(site, '141017001000')!).foldInto).toEqual([civil.href]);
    expect(matterSearchRecord(matterView(site, '140121001006')!).foldInto).toEqual([tour.href]);
    // The parent of sub-items has no guide of its own; nor has a matter the bureau does not hold.
    expect(matterSearchRecord(matterView(site, '140121001000')!).foldInto).toEqual([]);
    expect(matterSearchRecord(matterView(site, '140114001000')!).foldInto).toEqual([]);
    // A sub-item guide does not take its parent's keywords, which name the whole matter.
    expect(guideKeywords(tour)).not.toContain('开客运');
  });

  it('no filter value is empty or repeated', () => {
    const records = [
      ...site.catalogue.guides.map((g) => guideSearchRecord(guideView(site, g.data.code)!)),
      ...matterCodes(site).map((c) => matterSearchRecord(matterView(site, c)!)),
    ];
    for (const r of records)
      for (const values of Object.values(r.filters)) {
        expect(values.every((v) => v.trim().length > 0)).toBe(true);
        expect(new Set(values).size).toBe(values.length);
      }
  });
});
