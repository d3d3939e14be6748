/**
 * Astro integration: after the build, writes the open data (catalogue.json, csv/, xlsx/, schemas/)
 * into <outDir>/open-data/, beside the /open-data/ page that lists them (and serves the same files
 * under `astro dev`). The page computes its
 * sizes from the same function (openDataFiles), and the bytes depend only on the data, so what it
 * shows is what is written.
 *
 * Last, it writes open-data/manifest.json (src/export/manifest.ts): the digest of every record and
 * of every other file of the built site, and the catalogue state it was built from, so that
 * `npm run verify` can check the published site against git. The search integration runs before
 * this one (astro.config.mjs), so its index is covered too.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import { releasesInOrder } from '../domain/releases.ts';
import type { Catalogue } from '../io/load.ts';
import { MANIFEST_FILE, type ManifestRelease, type ManifestSource, manifestJson, openDataFiles, writeOpenData } from '../export/index.ts';
import { versionHistory } from '../history/versions.ts';
import { walkTree } from '../io/tree.ts';
import { OPEN_DATA_PATH } from '../site/views/open-data.ts';
import { getSite } from '../site/site.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export default function openData(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'oneseal-open-data',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // `astro dev`: serve the same files, so the page's links work while previewing.
      'astro:server:setup': ({ server }) => {
        const prefix = `/${OPEN_DATA_PATH}/`;
        server.middlewares.use((req, res, next) => {
          const url = decodeURI((req.url ?? '').split('?')[0] ?? '');
          if (!url.startsWith(prefix) || url.endsWith('/')) return next();
          openDataFiles(getSite(root).result).then(
            (files) => {
              const bytes = files.get(url.slice(prefix.length));
              if (!bytes) return next();
              res.setHeader('Content-Type', CONTENT_TYPES[path.extname(url)] ?? 'application/octet-stream');
              res.end(bytes);
            },
            (e: unknown) => next(e),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = path.join(fileURLToPath(dir), OPEN_DATA_PATH);
        const site = getSite(root);
        const written = await writeOpenData(site.result, outDir);
        const siteDir = fileURLToPath(dir);
        const manifestPath = `${OPEN_DATA_PATH}/${MANIFEST_FILE}`;
        const files = walkTree(siteDir)
          .files.filter((f) => f !== manifestPath)
          .map((f) => [f, new Uint8Array(fs.readFileSync(path.join(siteDir, ...f.split('/'))))] as const);
        fs.writeFileSync(path.join(outDir, MANIFEST_FILE), manifestJson({ result: site.result, files, source: builtFrom(site.root), ...publishedRelease(site.result.catalogue) }));
        const ms = Math.round(performance.now() - started);
        logger.info(`开放数据：已写入 ${written.length} 个文件和核对清单（${files.length} 个文件的校验值）到 ${OPEN_DATA_PATH}/（${ms} ms）`);
      },
    },
  };
}

/** The release the site publishes: the newest the catalogue records (by date, then id), if any. */
export function publishedRelease(catalogue: Catalogue): { release?: ManifestRelease } {
  const newest = releasesInOrder(catalogue).at(-1);
  return newest ? { release: { id: newest.data.id, title: newest.data.title } } : {};
}

/** The catalogue state a site is built from: the newest version's commit when the files are exactly that, else the work tree. */
export function builtFrom(root: string): ManifestSource {
  const history = versionHistory(root);
  const newest = history.versions[0];
  if (!history.available || !newest) return { kind: 'work-tree', reason: history.reason ?? '没有可读取的版本历史' };
  if (history.uncommitted) return { kind: 'work-tree', reason: `按尚未提交到版本库的修改生成（最近的版本是提交 ${newest.id}）` };
  return { kind: 'git', commit: newest.id, ...(newest.name ? { name: newest.name } : {}) };
}
