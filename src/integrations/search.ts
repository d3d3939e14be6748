/**
 * Astro integration: after the build, indexes the built pages with Pagefind's Node API and writes
 * the search bundle to dist/pagefind/. Only pages that mark their main content with
 * data-pagefind-body (guides, matters, transfer lists, notices) are indexed; filters and result
 * metadata come from src/components/search/SearchMeta.astro.
 *
 * Two passes: Pagefind first reads the built pages (their text outside data-pagefind-ignore, their
 * metadata and filters); the index is then built from one record per result
 * (src/integrations/search-records.ts), its text in the words of src/site/search-tokens.ts, which
 * the search page cuts queries into too. Pagefind's own Chinese segmentation differs between
 * indexing and searching, so it never sees Chinese text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import zlib from 'node:zlib';
import * as pagefind from 'pagefind';
import { type PageFragment, indexRecords } from './search-records.ts';

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

/** A fragment file of a Pagefind bundle: gzip, a signature, then JSON. */
function readFragment(bytes: Uint8Array): PageFragment {
  const raw = zlib.gunzipSync(bytes).toString('utf8');
  return JSON.parse(raw.slice(raw.indexOf('{'))) as PageFragment;
}

async function newIndex(logger: AstroIntegrationLogger) {
  // Every page is lang="zh-CN"; forcing the language keeps one index even if a page forgets it.
  const { index } = check(await pagefind.createIndex({ forceLanguage: 'zh-cn' }), '创建索引', logger);
  if (!index) throw new SearchIndexError('生成全文检索索引失败：Pagefind 没有返回索引。');
  return index;
}

/** Indexes the HTML under `site` and writes the bundle to `site`/pagefind. Returns the indexed page count. */
export async function buildSearchIndex(site: string, logger: AstroIntegrationLogger): Promise<{ pages: number; files: number; bytes: number; outputPath: string }> {
  const outputPath = path.join(site, 'pagefind');
  try {
    const read = await newIndex(logger);
    const { page_count } = check(await read.addDirectory({ path: site }), '读取页面', logger);
    const { files } = check(await read.getFiles(), '读取页面', logger);
    const fragments = files.filter((f) => f.path.startsWith('fragment/')).map((f) => readFragment(f.content));
    await read.deleteIndex();
    // Fragment files are named by content hash; sorting by URL keeps the index the same build to build.
    fragments.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    const index = await newIndex(logger);
    for (const r of indexRecords(fragments)) check(await index.addHTMLFile({ url: r.url, content: r.html }), `索引 ${r.url}`, logger);
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
