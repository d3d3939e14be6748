/**
 * Content collections: only the notices, whose MDX bodies Astro renders (src/pages/notices/[id].astro).
 * The catalogue itself (notices' front matter included) is loaded and validated by src/io/load.ts
 * and src/check/validate.ts, so the site, `npm run check` and the tests share one YAML parser and
 * one set of schemas; pages read it through getSite() (src/site/site.ts).
 */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { noticeSchema } from './schemas/index.ts';

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
  // Ids are file names without extension, as in src/io/load.ts.
  loader: glob({ pattern: '*.mdx', base: './src/content/notices', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.preprocess(frontMatterAsText, noticeSchema),
});

export const collections = { notices };
