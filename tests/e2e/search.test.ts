/**
 * Full-text search over the built site: Chinese queries find the right pages, filters narrow the
 * results, and the search page works as a form, reads ?q= and updates the URL, all without a
 * request to another host. Needs `npm run build` first (the index is written into dist/pagefind/).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))) throw new Error('没有找到 dist/pagefind/：请先运行 npm run build');
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

/** Runs a query through Pagefind's JS API; returns every hit, best first. */
async function search(q: string | null, filters: Record<string, unknown> = {}): Promise<Hit[]> {
  return inPage<Hit[]>(
    `const s = await pf.search(arg.q, { filters: arg.filters });
     const data = await Promise.all(s.results.map((r) => r.data()));
     return data.map(({ url, meta }) => ({ url, name: meta['名称'] ?? '', kind: meta['类别'] ?? '', code: meta['编码'] ?? '', department: meta['部门'] ?? '' }));`,
    { q, filters },
  );
}

async function filterCounts(): Promise<Record<string, Record<string, number>>> {
  return inPage('return pf.filters();', null);
}

const top3 = (hits: Hit[]) => hits.slice(0, 3).map((h) => h.url);

describe('Chinese queries', () => {
  it('客运班线: a 客运班线 guide first, the 道路旅客运输经营许可 family in the top 3', async () => {
    const hits = await search('客运班线');
    expect(hits[0]!.name).toContain('客运班线');
    expect(hits[0]!.kind).toBe('办事指南');
    for (const h of hits.slice(0, 3)) expect(h.name).toMatch(/客运班线|道路旅客运输经营许可/);
    expect(top3(hits)).toContain('/matters/140121001000/');
  });

  it('施工许可: the demo has no 建筑工程施工许可 guide; 人防工程质量监督备案 (which names the merged 施工许可 review) is first', async () => {
    const hits = await search('施工许可');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.url).toBe('/guides/140525/11140525MB195120394141017001000/');
    expect(hits[0]!.name).toBe('人防工程质量监督备案');
  });

  it('人防工程: the guide and the matter 人防工程质量监督备案 are in the top 3', async () => {
    const hits = await search('人防工程');
    expect(top3(hits)).toContain('/guides/140525/11140525MB195120394141017001000/');
    expect(top3(hits)).toContain('/matters/141017001000/');
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
    // The indexed text is the main content: no skip link, header, navigation, breadcrumbs, footer or print-only lines.
    const content = await inPage<string>(
      `const s = await pf.search('人防工程质量监督备案');
       return (await s.results[0].data()).content;`,
      null,
    );
    expect(content).toContain('人防工程质量监督备案');
    for (const chrome of ['跳到正文', '一枚印章 · 政务服务事项目录', '主导航', '首页', '本站由目录数据自动生成']) expect(content).not.toContain(chrome);
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
