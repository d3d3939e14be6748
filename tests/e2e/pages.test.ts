/**
 * One page of every type, at 375 and 1280 px: axe-core (WCAG 2.0/2.1/2.2 A and AA) finds no
 * serious or critical violation, nothing scrolls sideways on a phone, a phone shows a search field
 * and a nav bar without hidden entries, and no page load makes a request to another host. Needs
 * `npm run build` first.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, isolatedPage, launch, serveDist } from './harness.ts';
import { PAGE_TYPES, VIEWPORTS } from './pages.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a page; waits for the search page's script to finish its first search. */
async function load(page: Page, path: string) {
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  if (path.startsWith('/search/')) await page.waitForSelector('form.search-form[data-state="done"]');
}

async function axe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const r = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), failureSummary: n.failureSummary })),
    }));
  }, TAGS);
}

const describeViolations = (vs: Violation[]) =>
  vs.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join(' | ')}`).join('\n');

for (const viewport of VIEWPORTS) {
  describe(`${viewport.width} px`, () => {
    it.each(PAGE_TYPES)('$type $path: no serious or critical axe violation, no foreign request', async ({ path }) => {
      const { page, foreign, close } = await isolatedPage(browser, server.url, viewport);
      try {
        await load(page, path);
        const violations = await axe(page);
        const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
        if (minor.length) console.warn(`[axe ${viewport.width}px ${path}] ${describeViolations(minor)}`);
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious, describeViolations(serious)).toEqual([]);
        expect(foreign).toEqual([]);
      } finally {
        await close();
      }
    });

    if (viewport.width === 375) {
      it.each(PAGE_TYPES)('$type $path: does not scroll sideways', async ({ path }) => {
        const { page, close } = await isolatedPage(browser, server.url, viewport);
        try {
          await load(page, path);
          const overflow = await horizontalOverflow(page);
          const culprits =
            overflow > 0
              ? await page.evaluate(() => {
                  const w = document.documentElement.clientWidth;
                  return [...document.querySelectorAll('body *')]
                    .filter((e) => e.getBoundingClientRect().right > w + 0.5 && !e.closest('.table-wrap'))
                    .slice(0, 5)
                    .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''} right=${Math.round(e.getBoundingClientRect().right)}`);
                })
              : [];
          expect(overflow, culprits.join('; ')).toBeLessThanOrEqual(0);
        } finally {
          await close();
        }
      });

      it.each(PAGE_TYPES)('$type $path: a search field is in view, the nav bar fits, 全部栏目 lists every entry', async ({ path }) => {
        const { page, close } = await isolatedPage(browser, server.url, viewport);
        try {
          await load(page, path);
          // The header's, or the page's own on the home and search pages.
          const field = page.locator('input[type=search][name=q]').first();
          expect(await field.isVisible()).toBe(true);
          const box = (await field.boundingBox())!;
          expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
          const bar = await page.evaluate(() => {
            const ul = document.querySelector('.site-nav > ul')!;
            const shown = [...ul.children].filter((li) => (li as HTMLElement).offsetWidth > 0);
            return { overflow: ul.scrollWidth - ul.clientWidth, right: Math.max(...shown.map((li) => li.getBoundingClientRect().right)), width: ul.clientWidth };
          });
          expect(bar.overflow).toBeLessThanOrEqual(0);
          expect(bar.right).toBeLessThanOrEqual(bar.width);
          await page.click('.site-nav summary');
          const all = await page.locator('.site-nav details a:visible').allTextContents();
          expect(all).toEqual(['首页', '办事指南', '事项目录', '通办', '表格', '部门', '划转清单', '职责边界', '政策文件', '查找']);
        } finally {
          await close();
        }
      });
    }
  });
}
