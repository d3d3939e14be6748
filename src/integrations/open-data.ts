/**
 * Astro integration: after the build, writes the open data (catalogue.json, csv/, xlsx/, schemas/)
 * into <outDir>/open-data/, beside the /open-data/ page that lists them (and serves the same files
 * under `astro dev`). The page computes its
 * sizes from the same function (openDataFiles), and the bytes depend only on the data, so what it
 * shows is what is written.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openDataFiles, writeOpenData } from '../export/index.ts';
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
        const written = await writeOpenData(getSite(root).result, outDir);
        const ms = Math.round(performance.now() - started);
        logger.info(`开放数据：已写入 ${written.length} 个文件到 ${OPEN_DATA_PATH}/（${ms} ms）`);
      },
    },
  };
}
