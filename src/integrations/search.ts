/**
 * Astro integration: after the build, indexes the built pages with Pagefind's Node API and writes
 * the search bundle to dist/pagefind/. Only pages that mark their main content with
 * data-pagefind-body (guides, matters, transfer lists, notices) are indexed; filters and result
 * metadata come from src/components/search/SearchMeta.astro. Pages are zh-CN, which Pagefind's extended
 * binary (shipped in the npm package) segments into Chinese words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function check<T extends { errors: string[] }>(response: T, what: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const e of response.errors) logger.error(`Pagefind（${what}）：${e}`);
    throw new SearchIndexError(`生成全文检索索引失败（${what}）。`);
  }
  return response;
}

/** Pagefind's prebuilt search UIs and highlight script, which this site does not use. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Total size in bytes of the files under `dir`. */
export function dirSize(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return total;
}

/** Indexes the HTML under `site` and writes the bundle to `site`/pagefind. Returns the indexed page count. */
export async function buildSearchIndex(site: string, logger: AstroIntegrationLogger): Promise<{ pages: number; files: number; bytes: number; outputPath: string }> {
  const outputPath = path.join(site, 'pagefind');
  try {
    // Every page is lang="zh-CN"; forcing the language keeps one index even if a page forgets it.
    const { index } = check(await pagefind.createIndex({ forceLanguage: 'zh-cn' }), '创建索引', logger);
    if (!index) throw new SearchIndexError('生成全文检索索引失败：Pagefind 没有返回索引。');
    const { page_count } = check(await index.addDirectory({ path: site }), '读取页面', logger);
    check(await index.writeFiles({ outputPath }), '写入文件', logger);
    // The search page uses the JS API with its own markup: drop Pagefind's prebuilt UIs.
    for (const f of fs.readdirSync(outputPath)) if (UNUSED_UI.test(f)) fs.rmSync(path.join(outputPath, f));
    // addDirectory counts every HTML file it read; the entry file has the pages actually indexed.
    const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    return { pages, files: page_count, bytes: dirSize(outputPath), outputPath };
  } finally {
    await pagefind.close();
  }
}

export default function search(): AstroIntegration {
  return {
    name: 'oneseal-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { pages, files, bytes } = await buildSearchIndex(site, logger);
        if (pages === 0) throw new SearchIndexError('全文检索索引为空：没有页面标记 data-pagefind-body。');
        const ms = Math.round(performance.now() - started);
        logger.info(`全文检索：已索引 ${pages} 个页面（共读取 ${files} 个），索引文件 ${(bytes / 1024).toFixed(0)} KB，写入 pagefind/（${ms} ms）`);
      },
    },
  };
}
