import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, collection, unpublished } from '../src/schemas/index.ts';
import { elementOf, kindOf, shapeOf, unionOf } from '../src/schemas/walk.ts';
import { routes } from '../src/site/routes.ts';

const pagesDir = path.resolve(import.meta.dirname, '../src/pages');

/** The kind of the schema at a reference path (`materials[].formRef`), or undefined when the path leads nowhere. */
function kindAt(name: CollectionName, pattern: string): string | undefined {
  let s: Parameters<typeof kindOf>[0] | undefined = collection(name).schema;
  for (const part of pattern.split('.')) {
    const list = part.endsWith('[]');
    s = s && shapeOf(s)?.[list ? part.slice(0, -2) : part];
    if (list) s = s && elementOf(s);
  }
  if (!s) return undefined;
  // A reference that may instead say the record is not published (`orUnpublished`) is still text.
  const options = unionOf(s)?.options;
  if (options?.length === 2 && options[1] === unpublished) return kindOf(options[0]!);
  return kindOf(s);
}

/** The page file of a route: /guides/[jurisdiction]/[code]/ → src/pages/guides/[jurisdiction]/[code].astro (or …/index.astro). */
function pageFile(url: string): string | undefined {
  const rel = decodeURIComponent(url).replace(/^\/|\/$/g, '');
  return [`${rel}.astro`, `${rel}/index.astro`].map((f) => path.join(pagesDir, f)).find((f) => fs.existsSync(f));
}

describe('the collection registry', () => {
  it('declares references to registered collections, at paths that hold text in the referring schema', () => {
    for (const name of COLLECTION_NAMES) {
      for (const ref of COLLECTIONS[name].references) {
        expect(COLLECTION_NAMES, `${name}: ${ref.path}`).toContain(ref.to);
        expect(collection(ref.to as CollectionName).missing, `${ref.to} is referred to by ${name}`).toBeDefined();
        expect(kindAt(name, ref.path), `${name}: ${ref.path}`).toBe('string');
        if (ref.scope === 'jurisdiction') expect(kindAt(name, 'jurisdiction'), name).toBe('string');
      }
    }
  });

  it('keys every record by a field of its schema (or its file name)', () => {
    for (const name of COLLECTION_NAMES) {
      const def = collection(name);
      const fileName = def.source.kind === 'front-matter' ? def.source.fileNameField : undefined;
      if (def.keyField !== fileName) expect(kindAt(name, def.keyField), name).toBe('string');
      if (def.keyScope === 'jurisdiction' || def.jurisdiction !== 'shared') expect(kindAt(name, 'jurisdiction'), name).toBe('string');
      const record = { jurisdiction: '140525', [def.keyField]: 'k' };
      expect(def.keyFields(def.key(record)), name).toEqual(def.keyScope ? record : { [def.keyField]: 'k' });
    }
  });

  it('names page routes whose parameters are the record fields given, and marks searchable the pages that are', () => {
    for (const name of COLLECTION_NAMES) {
      const page = collection(name).page;
      if (!page) continue;
      const url = (routes[page.route] as (...a: string[]) => string)(...page.args.map((a) => `[${a}]`));
      const file = pageFile(url);
      expect(file, `${name}: ${url}`).toBeDefined();
      const source = fs.readFileSync(file!, 'utf8');
      expect(/<Base\b[^>]*\ssearchable[\s>]/s.test(source), `${name}: ${path.relative(pagesDir, file!)}`).toBe(collection(name).searchable);
    }
  });
});
