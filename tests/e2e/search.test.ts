/**
 * Full-text search over the built site: Chinese queries find the right pages, filters narrow the
 * results, and the search page works as a form, reads ?q= and updates the URL, hides filter values
 * without results and says where to ask when nothing fits, all without a request to another host.
 * Queries go through the site's own search code (src/site/search-query.ts) over the built index in
 * Node (tests/helpers/pagefind-node.ts), as the page does in the browser; tests/search-queries.test.ts
 * holds the long list of what citizens type. Needs `npm run build` first (dist/pagefind/).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagefindApi, searchSite } from '../../src/site/search-query.ts';
import { pagefindOf } from '../helpers/pagefind-node.ts';
import { DIST, isolatedPage, launch, serveDist } from './harness.ts';

interface Hit {
  url: string;
  name: string;
  kind: string;
  code: string;
  department: string;
}

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
let foreign: string[];
let closePage: () => Promise<void>;
let pf: PagefindApi;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))) throw new Error('没有找到 dist/pagefind/：请先运行 npm run build');
  pf = await pagefindOf(DIST);
  server = await serveDist();
  browser = await launch();
  ({ page, foreign, close: closePage } = await isolatedPage(browser, server.url));
  await page.goto(`${server.url}/search/`);
});

afterAll(async () => {
  await closePage?.();
  await browser?.close();
  await server?.close();
});

/**
 * Calls Pagefind's JS API inside the page. The function is sent as source text, so that the test
 * runner's transform of `import()` does not reach the browser.
 */
async function inPage<T>(body: string, arg: unknown): Promise<T> {
  return page.evaluate(`(async (arg) => { const pf = await import('/pagefind/pagefind.js'); ${body} })(${JSON.stringify(arg)})`) as Promise<T>;
}

/**
 * Runs a query as the search page does; returns every hit, best first. A filter is a value or
 * { any: values }. No query and no filter: every indexed page (the page itself then lists nothing).
 */
async function search(q: string | null, filters: Record<string, string | { any: string[] }> = {}): Promise<Hit[]> {
  const f = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, typeof v === 'string' ? [v] : v.any]));
  const hits = q === null && !Object.keys(f).length ? (await pf.search(null)).results : (await searchSite(pf, q ?? '', f)).hits;
  const data = await Promise.all(hits.map((h) => h.data()));
  return data.map(({ url, meta }) => ({ url, name: meta['名称'] ?? '', kind: meta['类别'] ?? '', code: meta['编码'] ?? '', department: meta['部门'] ?? '' }));
}

async function filterCounts(): Promise<Record<string, Record<string, number>>> {
  return inPage('return pf.filters();', null);
}

const top3 = (hits: Hit[]) => hits.slice(0, 3).map((h) => h.url);

describe('Chinese queries', () => {
  it('客运班线: the guides named 客运班线 first, then the matter they belong to', async () => {
    const hits = await search('客运班线');
    const named = hits.findIndex((h) => !h.name.includes('客运班线'));
    expect(named).toBe(3);
    for (const h of hits.slice(0, 3)) expect(h.kind).toBe('办事指南');
    expect(hits.map((h) => h.url)).toContain('/matters/140121001000/');
  });

  it('施工许可: the demo has no 建筑工程施工许可 guide; 人防工程质量监督备案 (which names the merged 施工许可 review) is first', async () => {
    const hits = await search('施工许可');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.url).toBe('/guides/140525/11140525MB195120394141017001000/');
    expect(hits[0]!.name).toBe('人防工程质量监督备案');
  });

  it('人防工程: the guide 人防工程质量监督备案 first, and its matter is no result of its own', async () => {
    const hits = await search('人防工程');
    expect(hits[0]!.url).toBe('/guides/140525/11140525MB195120394141017001000/');
    expect(hits.map((h) => h.url)).not.toContain('/matters/141017001000/');
  });

  it.each([
    ['晋政办发〔2020〕99号', '/notices/shanxi-2020-99/'],
    ['晋政办发〔2021〕63号', '/notices/shanxi-2021-63/'],
    ['鲁政办字〔2020〕85号', '/notices/shandong-2020-85/'],
    ['晋市开办〔2021〕5号', '/notices/jincheng-etdz-2021-5/'],
  ])('文号 %s finds its notice in the top 3', async (q, url) => {
    const hits = await search(q);
    expect(top3(hits)).toContain(url);
    expect(hits.find((h) => h.url === url)!.code).toBe(q);
  });

  it('results carry name, code and department', async () => {
    const [hit] = await search('人防工程质量监督备案');
    expect(hit).toMatchObject({
      name: '人防工程质量监督备案',
      kind: '办事指南',
      code: '11140525MB195120394141017001000',
      department: '泽州县行政审批服务管理局',
    });
  });

  it('only guides, matters, transfer lists and notices are indexed, and navigation is not', async () => {
    const kinds = (await filterCounts())['类别']!;
    expect(Object.keys(kinds).sort()).toEqual(['事项', '划转清单', '办事指南', '政策文件'].sort());
    // The text of snippets is the main content: no skip link, header, navigation, breadcrumbs,
    // footer, print-only lines or the at-a-glance box.
    const [first] = (await searchSite(pf, '人防工程质量监督备案')).hits;
    const content = (await first!.data()).meta['正文'] ?? '';
    expect(content).toContain('受理条件');
    for (const chrome of ['跳到正文', '一枚印章 · 政务服务事项目录', '主导航', '首页', '本站由目录数据自动生成', '办事一览']) expect(content).not.toContain(chrome);
    // Nor the hidden search data.
    expect(content).not.toContain('不在通办范围');
    const urls = (await search('泽州县')).map((h) => h.url);
    expect(urls.every((u) => /^\/(guides|matters|transfers|notices)\/[^/]+\//.test(u))).toBe(true);
  });
});

describe('filters', () => {
  const FILTERS = ['区划', '部门', '事项类型', '办理形式', '通办', '服务对象'];

  it('every filter the site promises exists with at least one value', async () => {
    const counts = await filterCounts();
    for (const f of FILTERS) expect(Object.keys(counts[f] ?? {}).length, f).toBeGreaterThan(0);
  });

  it.each(FILTERS)('%s narrows the results: filtered ⊆ unfiltered, strictly fewer for at least one value', async (key) => {
    const counts = await filterCounts();
    for (const q of ['许可', null]) {
      const all = await search(q);
      const urls = new Set(all.map((h) => h.url));
      let narrower = 0;
      for (const value of Object.keys(counts[key]!)) {
        const some = await search(q, { [key]: value });
        for (const h of some) expect(urls.has(h.url), `${key}=${value}: ${h.url}`).toBe(true);
        if (some.length < all.length) narrower++;
      }
      expect(narrower, `${key} with query ${q}`).toBeGreaterThan(0);
    }
  });

  it('values of one filter combine with OR, different filters with AND', async () => {
    const a = await search(null, { 类别: '办事指南' });
    const b = await search(null, { 类别: '事项' });
    const either = await search(null, { 类别: { any: ['办事指南', '事项'] } });
    expect(either.length).toBe(a.length + b.length);
    const both = await search(null, { 类别: '办事指南', 办理形式: '网上办理' });
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(a.length);
    for (const h of both) expect(h.kind).toBe('办事指南');
  });
});

describe('the search page', () => {
  it('reads ?q= on load, announces the count, lists name, code, department and excerpt', async () => {
    const q = '人防工程';
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('form.search-form[data-state="done"]');
    expect(await page.inputValue('#q')).toBe(q);
    const status = await page.textContent('#search-status');
    const n = (await search(q)).length;
    expect(status).toContain(`共找到 ${n} 条结果`);
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    const first = page.locator('#search-list > li').first();
    expect(await first.locator('h3 a').textContent()).toBe('人防工程质量监督备案');
    expect(await first.locator('h3 a').getAttribute('href')).toBe('/guides/140525/11140525MB195120394141017001000/');
    const facts = await first.locator('p').first().textContent();
    expect(facts).toContain('11140525MB195120394141017001000');
    expect(facts).toContain('泽州县行政审批服务管理局');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.isHidden('#search-needs-js')).toBe(true);
  });

  it('submitting the form searches and updates the URL', async () => {
    await page.goto(`${server.url}/search/`);
    await page.waitForSelector('form.search-form[data-state="done"]');
    await page.fill('#q', '客运班线');
    await page.click('form.search-form button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('客运班线'));
    await page.waitForSelector('form.search-form[data-state="done"]');
    expect(new URL(page.url()).searchParams.get('q')).toBe('客运班线');
    expect(await page.locator('#search-list > li').count()).toBeGreaterThan(0);
  });

  it('filter checkboxes are grouped in labelled fieldsets and narrow the list', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('许可')}`);
    await page.waitForSelector('form.search-form[data-state="done"]');
    const legends = await page.locator('.search-fieldsets fieldset > legend').allTextContents();
    expect(legends).toEqual(expect.arrayContaining(['区划', '部门', '事项类型', '办理形式', '通办', '服务对象']));
    const before = await page.locator('#search-list > li').count();
    const total = (await search('许可')).length;
    await page.click('.search-filters summary');
    await page.locator('fieldset', { has: page.locator('legend', { hasText: /^类别$/ }) }).getByLabel(/办事指南/).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('类别') === '办事指南');
    await page.waitForSelector('form.search-form[data-state="done"]');
    const guides = (await search('许可', { 类别: '办事指南' })).length;
    expect(guides).toBeLessThan(total);
    expect(await page.textContent('#search-status')).toContain(`共找到 ${guides} 条结果`);
    expect(await page.locator('#search-list > li').count()).toBeLessThanOrEqual(before);
    // The checked filter survives a reload through the URL.
    await page.reload();
    await page.waitForSelector('form.search-form[data-state="done"]');
    expect(await page.textContent('#search-status')).toContain(`共找到 ${guides} 条结果`);
  });

  it('the home page search box submits to /search/?q= and the results appear', async () => {
    await page.goto(`${server.url}/`);
    const box = page.locator('main form[role=search] input[name=q]');
    await box.fill('人防工程');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('form.search-form[data-state="done"]');
    expect(new URL(page.url()).searchParams.get('q')).toBe('人防工程');
    expect(await page.locator('#search-list > li h3 a').first().textContent()).toBe('人防工程质量监督备案');
  });

  it('hides filter values without results for the query, and a filter left without any', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('渔船检验')}`);
    await page.waitForSelector('form.search-form[data-state="done"]');
    await page.click('.search-filters summary');
    const shown = await page.locator('.search-fieldsets label:visible').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const t of shown) expect(t).not.toMatch(/（0）$/);
    const hidden = await page.locator('.search-fieldsets label[hidden]').allTextContents();
    expect(hidden.length).toBeGreaterThan(0);
    for (const t of hidden) expect(t).toMatch(/（0）$/);
    // 部门 lists exactly the departments of the results.
    const depts = await page.locator('fieldset', { has: page.locator('legend', { hasText: /^部门$/ }) }).locator('label:visible').allTextContents();
    const { hits } = await searchSite(pf, '渔船检验');
    const ofResults = new Set((await Promise.all(hits.map((h) => h.data()))).flatMap((f) => f.filters['部门'] ?? []));
    expect(depts.length).toBeGreaterThan(0);
    expect(new Set(depts.map((d) => d.trim().replace(/（\d+）$/u, '')))).toEqual(ofResults);
    await page.click('.search-filters summary');
  });

  it('without a good match, “没找到？” names the closest catalogue entries and the hall with its address and phone', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('人房工程')}`);
    await page.waitForSelector('form.search-form[data-state="done"]');
    expect(await page.isVisible('#not-found')).toBe(true);
    expect(await page.locator('#closest-list a').first().textContent()).toBe('人防工程质量监督备案');
    const text = await page.textContent('#not-found');
    expect(text).toContain('泽州县行政审批服务管理局');
    expect(text).toContain('泽州县政务服务中心');
    expect(text).toContain('12345');
    // A query that finds its page keeps the hall but suggests nothing.
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('人防工程质量监督备案')}`);
    await page.waitForSelector('form.search-form[data-state="done"]');
    expect(await page.isVisible('#closest')).toBe(false);
  });

  it('no request left this host while searching', () => {
    expect(foreign).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('says search needs JavaScript and links to the browsable catalogue', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${server.url}/search/?q=${encodeURIComponent('客运班线')}`);
    expect(await p.isVisible('#search-needs-js')).toBe(true);
    expect(await p.textContent('#search-needs-js')).toContain('JavaScript');
    const hrefs = await p.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/guides/', '/matters/', '/transfers/', '/notices/']));
    expect(await p.getAttribute('form.search-form', 'method')).toBe('get');
    expect(await p.getAttribute('#q', 'name')).toBe('q');
    await context.close();
  });
});
