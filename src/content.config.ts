/**
 * Content collections. The catalogue's YAML collections are loaded through src/lib/load.ts, so the
 * site, `npm run check` and the tests share one YAML parser and one set of schemas. Notices are MDX
 * and use Astro's glob loader (their bodies are rendered by Astro).
 */
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { loadCatalogue } from './io/load.ts';
import { fsSource } from './io/source.ts';
import { COLLECTIONS, type CollectionName, DATA_COLLECTION_NAMES, type DataCollectionName, noticeSchema } from './schemas/index.ts';

/** A collection filled from the catalogue loader; ids are the collection's keys (e.g. 140525/xzspj). */
function catalogueLoader(name: DataCollectionName): Loader {
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
        const dataDir = fileURLToPath(new URL(`data/${COLLECTIONS[name].source.dir}/`, config.root));
        watcher.add(dataDir);
        watcher.on('all', (_event, file) => {
          if (file.startsWith(dataDir)) void sync();
        });
      }
    },
  };
}

/**
 * Astro reads front matter with js-yaml, which turns an unquoted 2020-12-24 into a Date and an
 * unquoted 140525 into a number; give the notice schema the ISO strings it expects.
 */
function frontMatterAsText(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v instanceof Date && !Number.isNaN(v.getTime())) out[k] = v.toISOString().slice(0, 10);
    else if (k === 'jurisdiction' && typeof v === 'number') out[k] = String(v);
    else out[k] = v;
  }
  return out;
}

const notices = defineCollection({
  // Ids are file names without extension, as in src/lib/load.ts.
  loader: glob({ pattern: '*.mdx', base: './src/content/notices', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.preprocess(frontMatterAsText, noticeSchema),
});

/** One catalogue collection, typed by its own schema. */
function catalogueCollection<C extends DataCollectionName>(name: C) {
  return defineCollection({ loader: catalogueLoader(name), schema: COLLECTIONS[name].schema });
}

/** The catalogue's collections, typed one by one. */
type CatalogueCollections = { readonly [C in DataCollectionName]: ReturnType<typeof catalogueCollection<C>> };

export const collections = {
  notices,
  ...(Object.fromEntries(DATA_COLLECTION_NAMES.map((name) => [name, catalogueCollection(name)])) as CatalogueCollections),
} satisfies Record<CollectionName, unknown>;
