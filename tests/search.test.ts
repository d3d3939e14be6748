/**
 * The search's pure parts: one segmentation for index and query (src/site/search-tokens.ts), the
 * records the index is built from (src/integrations/search-records.ts), snippets, names close to a
 * query and the search page's view. The ranking over the built index is tests/search-queries.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type PageFragment, WEIGHTS, indexRecords, plainText, uniqueParts } from '../src/integrations/search-records.ts';
import { KEYWORD_SEPARATOR, closestNames, nameSimilarity, snippet, tier } from '../src/site/search-query.ts';
import { queryTokens, searchTokens } from '../src/site/search-tokens.ts';
import { getSite } from '../src/site/site.ts';
import { searchPageView } from '../src/site/views/search.ts';
import { REPO } from './helpers/cli.ts';

describe('one segmentation for index and query', () => {
  it('cuts Chinese into character pairs and the last character, as words Intl.Segmenter keeps whole', () => {
    const t = searchTokens('施工许可证');
    expect(t).toHaveLength(5);
    expect(t.every((w) => /^zz[a-z]+$/.test(w))).toBe(true);
    // Every query fragment of two characters or more is a word of the text.
    for (const q of ['施工', '许可', '可证', '施工许可', '许可证']) for (const w of queryTokens(q)) expect(t).toContain(w);
    // A single character is the prefix of the pairs starting with it, and the run's last one is its own word.
    expect(t.filter((w) => w.startsWith(queryTokens('许')[0]!))).toHaveLength(1);
    expect(t).toContain(queryTokens('证')[0]);
    const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    for (const w of t) expect([...seg.segment(w)].map((s) => s.segment)).toEqual([w]);
  });

  it('keeps codes and 文号 numbers whole, whatever brackets or widths are typed', () => {
    expect(searchTokens('晋政办发〔2020〕99号')).toEqual(searchTokens('晋政办发[2020]99号'));
    expect(searchTokens('晋政办发（２０２０）９９号')).toEqual(searchTokens('晋政办发〔2020〕99号'));
    expect(searchTokens('11140525MB195120394141017001000')).toEqual(['11140525mb195120394141017001000']);
    expect(searchTokens('99号')).toContain('99');
  });

  it('asks for each word of a query once, and not for a last character a pair already covers', () => {
    expect(queryTokens('许可证')).toEqual(searchTokens('许可证').slice(0, 2));
    expect(queryTokens('证')).toEqual(searchTokens('证'));
    expect(queryTokens('许可 许可')).toHaveLength(1);
    expect(queryTokens('  ，。')).toEqual([]);
  });
});

const frag = (url: string, content: string, meta: Record<string, string>, filters: Record<string, string[]> = {}): PageFragment => ({ url, content, meta, filters });

describe('the records the index is built from', () => {
  const guide = frag('/guides/x/g/', '办事指南\u200b · 旅游\u200b客运\u200b新增\u200b运力\u200b许可. 受理\u200b条件. 车辆\u200b已经\u200b购置', { 名称: '旅游客运新增运力许可', 类别: '办事指南', 编码: '11140525MB195120394140121001006', 关键词: `开旅游大巴${KEYWORD_SEPARATOR}旅游大巴` }, { 类别: ['办事指南'] });
  const matter = frag('/matters/m/', '旅游客运新增运力许可. 设定依据 《道路旅客运输及客运站管理规定》. 车辆已经购置', { 名称: '旅游客运新增运力许可', 类别: '事项', 关键词: '旅游包车', 合并到: '/guides/x/g/' });
  const notice = frag('/notices/n/', '通知正文', { 名称: '某通知', 类别: '政策文件', 编码: '晋政办发〔2020〕99号' });
  const [g, n, ...rest] = indexRecords([guide, matter, notice]);

  it('folds a matter naming its guide into the guide: one record, with the matter’s keywords and its own text', () => {
    expect(rest).toEqual([]);
    expect([g!.url, n!.url]).toEqual(['/guides/x/g/', '/notices/n/']);
    expect(g!.html).toContain(`data-pagefind-meta="关键词">开旅游大巴${KEYWORD_SEPARATOR}旅游大巴${KEYWORD_SEPARATOR}旅游包车<`);
    // 设定依据 is the matter's text only; 车辆已经购置, which both have, is not repeated.
    for (const w of searchTokens('道路旅客运输及客运站管理规定')) expect(g!.html).toContain(w);
    expect(uniqueParts(plainText(matter.content), plainText(guide.content))).not.toContain('车辆已经购置');
    expect(g!.html).not.toContain('合并到');
  });

  it('weights the name above the keywords and code, and those above the text, all in the shared words', () => {
    const h1 = new RegExp(`<h1 data-pagefind-weight="${WEIGHTS.name}">([^<]*)</h1>`).exec(g!.html)![1]!;
    expect(h1).toBe(searchTokens('旅游客运新增运力许可').join(' '));
    const kw = new RegExp(`<p data-pagefind-weight="${WEIGHTS.keywords}">([^<]*)</p>`).exec(n!.html)![1]!;
    expect(kw).toBe(searchTokens('晋政办发〔2020〕99号').join(' '));
    expect(WEIGHTS.name).toBeGreaterThan(WEIGHTS.keywords);
    expect(WEIGHTS.keywords).toBeGreaterThan(WEIGHTS.text);
    // No Chinese reaches Pagefind's segmenter outside the metadata.
    const indexed = g!.html.replace(/<div data-pagefind-ignore>.*?<\/div>/su, '');
    expect(indexed).not.toMatch(/\p{Script=Han}/u);
  });

  it('keeps the page’s text after its heading, without Pagefind’s separators, for snippets', () => {
    expect(g!.html).toContain('data-pagefind-meta="正文">受理条件 车辆已经购置<');
    expect(plainText('审\u200b验. 基本 JT/T 809. x')).toBe('审验 基本 JT/T 809. x');
  });

  it('escapes what it writes into the record', () => {
    const [r] = indexRecords([frag('/x/', 'a', { 名称: '<b>&"' }, { 部门: ['<i>'] })]);
    expect(r!.html).toContain('&lt;b&gt;&amp;&quot;');
    expect(r!.html).toContain('>&lt;i&gt;</span>');
    expect(r!.html).not.toContain('<b>');
  });
});

describe('snippets and close names', () => {
  it('a snippet is the passage around the first match, the matching characters marked', () => {
    const parts = snippet('申请人应当提交材料。建筑工程施工许可证申请同时提交的，窗口一并收件。', '施工许可', 20);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['施工许可']);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.map((p) => p.text).join('')).toContain('建筑工程施工许可证申请');
    // Nothing matches: the text's beginning, nothing marked.
    const none = snippet('受理条件：车辆已经购置。', '渔船');
    expect(none).toEqual([{ text: '受理条件：车辆已经购置。', mark: false }]);
  });

  it('similarity counts shared characters and pairs; a name close to a mistyped query is close', () => {
    expect(nameSimilarity('人防工程', '人防工程')).toBe(1);
    expect(nameSimilarity('人房工程', '人防工程质量监督备案')).toBeGreaterThan(nameSimilarity('人房工程', '公路工程交竣工质量鉴定'));
    expect(nameSimilarity('渔船', '人防工程')).toBe(0);
    const meta = (名称: string, 关键词 = '') => ({ url: '', filters: {}, meta: { 名称, 关键词 } });
    expect(tier('人防工程', meta('人防工程质量监督备案'))).toBe(0);
    expect(tier('开旅游大巴', meta('旅游客运新增运力许可', `旅游大巴${KEYWORD_SEPARATOR}旅游包车`))).toBe(1);
    expect(tier('客运班线延期', meta('客运班线延续经营许可'))).toBe(2);
    expect(tier('许可', meta('某通知'))).toBe(3);
  });

  it('closest names: the best first, none that share nothing with the query', () => {
    const entries = [
      { name: '公路工程交竣工质量鉴定', keywords: [], href: '/a/' },
      { name: '人防工程质量监督备案', keywords: ['人防备案'], href: '/b/' },
      { name: '渔业船舶及船用产品检验', keywords: ['船检'], href: '/c/' },
    ];
    expect(closestNames(entries, '人房工程').map((e) => e.href)).toEqual(['/b/', '/a/']);
    expect(closestNames(entries, '船检', 1).map((e) => e.href)).toEqual(['/c/']);
    expect(closestNames(entries, '森林')).toEqual([]);
  });
});

describe('the search page of the demo', () => {
  const v = searchPageView(getSite(REPO));

  it('names the approval hall of each jurisdiction with guides, with its address and phone', () => {
    expect(v.halls).toEqual([{ jurisdiction: '泽州县', name: '泽州县行政审批服务管理局', address: '泽州县政务服务中心', phone: '12345' }]);
  });

  it('suggests from one name per result: every guide, and the matters and sub-items without a guide', () => {
    const site = getSite(REPO);
    const guided = new Set(site.catalogue.guides.map((g) => g.data.matter));
    const codes = site.catalogue.matters.flatMap((m) => [m.data.code, ...m.data.subItems.map((s) => s.code)]);
    expect(v.names).toHaveLength(site.catalogue.guides.length + codes.filter((c) => !guided.has(c)).length);
    expect(new Set(v.names.map((n) => n.href)).size).toBe(v.names.length);
    expect(v.names.find((n) => n.name === '旅游客运新增运力许可')!.keywords).toContain('开旅游大巴');
    expect(v.names.some((n) => n.href === '/matters/141017001000/')).toBe(false);
  });
});
