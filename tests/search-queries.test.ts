/**
 * What citizens type, asked of the demo site's built search index in Node (tests/helpers/pagefind-node.ts)
 * through the search page's own code (src/site/search-query.ts): names and 文号 find their page
 * first; fragments, common words and mistyped names find it among the first three. Prints the table
 * of query → rank.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagefindApi, searchSite } from '../src/site/search-query.ts';
import { demoSite } from './helpers/demo-site.ts';
import { pagefindOf } from './helpers/pagefind-node.ts';

const guide = (code: string) => `/guides/140525/11140525MB195120394${code}/`;
const matter = (code: string) => `/matters/${code}/`;
const notice = (id: string) => `/notices/${id}/`;

type Kind = '名称' | '文号' | '编码' | '片段' | '俗称' | '错字' | '长句';
/** Names, 文号 and codes must be first; the rest in the first three. */
const WITHIN: Record<Kind, number> = { 名称: 1, 文号: 1, 编码: 1, 片段: 3, 俗称: 3, 错字: 3, 长句: 3 };

const QUERIES: readonly [Kind, string, string][] = [
  ['名称', '旅游客运新增运力许可', guide('140121001006')],
  ['名称', '人防工程质量监督备案', guide('141017001000')],
  ['名称', '渔业船舶及船用产品检验', guide('140121002000')],
  ['名称', '计划生育技术服务机构执业许可证审批', guide('140116001000')],
  ['名称', '计划生育技术服务人员合格证审批', guide('141016001000')],
  ['名称', '公路工程交竣工质量鉴定', guide('140721001000')],
  ['名称', '道路运输企业监控平台备案', guide('141021002000')],
  ['名称', '经营性道路班线（旅游）客运车辆年度审验', guide('141021003000')],
  ['名称', '对公路养护工程从业单位申请资质的意见签注', guide('141021001000')],
  ['名称', '新增客运班线经营许可', guide('140121001003')],
  ['名称', '客运班线延续经营许可', guide('140121001004')],
  ['名称', '包车客运新增运力许可', guide('140121001005')],
  ['名称', '客运经营者变更经营许可', guide('140121001001')],
  ['名称', '道路旅客运输经营许可', matter('140121001000')],
  ['名称', '职业资格证书核发', matter('140114001000')],
  ['名称', '森林植物产地检疫合格证核发', matter('140131002000')],
  ['名称', '人防工程监理乙级以下资质年检', matter('141017002000')],
  ['文号', '晋政办发〔2020〕99号', notice('shanxi-2020-99')],
  ['文号', '晋政办发[2020]99号', notice('shanxi-2020-99')],
  ['文号', '晋政办发〔2021〕63号', notice('shanxi-2021-63')],
  ['文号', '鲁政办字〔2020〕85号', notice('shandong-2020-85')],
  ['文号', '晋市开办〔2021〕5号', notice('jincheng-etdz-2021-5')],
  ['编码', '141017001000', guide('141017001000')],
  ['编码', '11140525MB195120394140121001006', guide('140121001006')],
  ['片段', '旅游客运', guide('140121001006')],
  ['片段', '客运班线', guide('140121001003')],
  ['片段', '人防工程', guide('141017001000')],
  ['片段', '渔业船舶', guide('140121002000')],
  ['片段', '监控平台', guide('141021002000')],
  ['片段', '养护工程', guide('141021001000')],
  ['片段', '年度审验', guide('141021003000')],
  ['片段', '交竣工', guide('140721001000')],
  ['片段', '产地检疫', matter('140131002000')],
  ['片段', '合格证', guide('141016001000')],
  ['俗称', '开旅游大巴', guide('140121001006')],
  ['俗称', '渔船检验', guide('140121002000')],
  ['俗称', '船检', guide('140121002000')],
  ['俗称', '计生机构', guide('140116001000')],
  ['俗称', '大巴年审', guide('141021003000')],
  ['俗称', '人防备案', guide('141017001000')],
  ['俗称', 'GPS监控平台', guide('141021002000')],
  ['俗称', '改班次', guide('140121001002')],
  ['俗称', '包车', guide('140121001005')],
  ['俗称', '苗木调运检疫', matter('140131001000')],
  ['俗称', '无公害认证', matter('141012001000')],
  ['俗称', '旅行社分社', matter('140125001000')],
  ['错字', '人房工程质量监督备案', guide('141017001000')],
  ['错字', '渔船检查', guide('140121002000')],
  ['错字', '旅游大客', guide('140121001006')],
  ['错字', '客运班线延期', guide('140121001004')],
  ['错字', '公路工程竣工鉴定', guide('140721001000')],
  ['错字', '道路运输监控平台备案', guide('141021002000')],
  ['长句', '我想开旅游大巴要办什么手续', guide('140121001006')],
  ['长句', '客运车辆每年的年度审验在哪里办', guide('141021003000')],
];

let pf: PagefindApi;
const table: string[] = [];

beforeAll(async () => {
  pf = await pagefindOf((await demoSite()).out);
}, 600_000);

afterAll(() => {
  console.log(['类别 | 查询 | 名次 | 第一条结果', ...table].join('\n'));
});

/** 1-based rank of `url` in the results for `q`, 0 when absent; and the first result. */
async function rankOf(q: string, url: string): Promise<{ rank: number; first: string }> {
  const { hits } = await searchSite(pf, q);
  const urls = await Promise.all(hits.map(async (h) => (await h.data()).url));
  return { rank: urls.indexOf(url) + 1, first: urls[0] ?? '（无结果）' };
}

describe('what citizens type', () => {
  it('has at least 40 queries of every kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(QUERIES.map(([k]) => k))).toEqual(new Set(Object.keys(WITHIN)));
  });

  it.each(QUERIES)('%s %s → %s', async (kind, q, url) => {
    const { rank, first } = await rankOf(q, url);
    table.push(`${kind} | ${q} | ${rank || '—'} | ${first}`);
    expect(rank, `“${q}”的第一条结果是 ${first}`).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(WITHIN[kind]);
  });

  it('one result per matter: a matter with a guide is not a result of its own', async () => {
    for (const q of ['人防工程质量监督备案', '渔业船舶及船用产品检验', '141017001000']) {
      const { hits } = await searchSite(pf, q);
      const urls = await Promise.all(hits.map(async (h) => (await h.data()).url));
      expect(urls.filter((u) => u.startsWith('/matters/141017001000/') || u.startsWith('/matters/140121002000/'))).toEqual([]);
    }
  });
});
