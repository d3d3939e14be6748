/**
 * Content collections. The catalogue's YAML collections are loaded through src/lib/load.ts, so the
 * site, `npm run check` and the tests share one YAML parser and one set of schemas. Notices are not a
 * collection: their bodies are content, rendered by src/site/notice-html.ts and never evaluated as MDX.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { loadCatalogue } from './io/load.ts';
import { fsSource } from './io/source.ts';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';

/** A collection filled from the catalogue loader; ids are the collection's keys (e.g. 140525/xzspj). */
function catalogueLoader(name: CollectionName): Loader {
  let watching = false;
  return {
    name: `oneseal:${name}`,
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        // Records with problems are skipped here; the oneseal integration has already refused them.
        const { catalogue } = loadCatalogue(fsSource(root));
        store.clear();
        for (const rec of catalogue[name]) {
          const id = (COLLECTIONS[name].key as (r: unknown) => string)(rec.data);
          const data = await parseData({ id, data: rec.data as Record<string, unknown>, filePath: rec.file });
          store.set({ id, data, filePath: rec.file, digest: generateDigest(data) });
        }
      };
      await sync();
      if (watcher && !watching) {
        // Dev server: reload this collection when one of its files changes.
        watching = true;
        const dataDir = fileURLToPath(new URL(`data/${COLLECTIONS[name].dir}/`, config.root));
        watcher.add(dataDir);
        watcher.on('all', (_event, file) => {
          if (file.startsWith(dataDir)) void sync();
        });
      }
    },
  };
}

/** One catalogue collection, typed by its own schema. */
function catalogueCollection<C extends CollectionName>(name: C) {
  return defineCollection({ loader: catalogueLoader(name), schema: COLLECTIONS[name].schema });
}

export const collections = {
  jurisdictions: catalogueCollection('jurisdictions'),
  departments: catalogueCollection('departments'),
  matters: catalogueCollection('matters'),
  guides: catalogueCollection('guides'),
  forms: catalogueCollection('forms'),
  transfers: catalogueCollection('transfers'),
  responsibilities: catalogueCollection('responsibilities'),
  tongban: catalogueCollection('tongban'),
} satisfies Record<CollectionName, unknown>;
