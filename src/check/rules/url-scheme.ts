/**
 * Rule 12: a web address in the data (every field made with `urlField` in src/schemas, found by
 * walking the schemas) starts with https:// or http://. zod's z.url() also accepts javascript:
 * and data: URLs, which a page would turn into links that run code.
 */
import type { z } from 'zod';
import { COLLECTIONS, COLLECTION_NAMES, isUrlField, noticeSchema } from '../../schemas/index.ts';
import { type FieldPattern, type FoundField, descriptionOf, fieldPaths } from '../../schemas/walk.ts';
import type { PathSegment } from '../problems.ts';
import { type Locatable, defineRule } from '../rule.ts';

/** The schemes a data URL may have. No field of the schemas is meant for tel: or mailto:. */
const WEB_SCHEMES = new Set(['https:', 'http:']);

/** The scheme of `url` as a browser reads it (" Java\tScript:" is javascript:), or undefined. */
function schemeOf(url: string): string | undefined {
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}

/** The values at `pattern` inside `data`, with their concrete paths. */
function valuesAt(data: unknown, pattern: FieldPattern, at: PathSegment[] = []): { path: PathSegment[]; value: unknown }[] {
  if (pattern.length === 0) return [{ path: at, value: data }];
  if (data === null || typeof data !== 'object') return [];
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === '*') {
    return Array.isArray(data)
      ? data.flatMap((v, i) => valuesAt(v, rest, [...at, i]))
      : Object.entries(data).flatMap(([k, v]) => valuesAt(v, rest, [...at, k]));
  }
  return Object.hasOwn(data, head) ? valuesAt((data as Record<string, unknown>)[head], rest, [...at, head]) : [];
}

const urlFieldsCache = new Map<z.ZodType, FoundField[]>();
const urlFieldsOf = (schema: z.ZodType): FoundField[] => {
  let found = urlFieldsCache.get(schema);
  if (!found) urlFieldsCache.set(schema, (found = fieldPaths(schema, isUrlField)));
  return found;
};

export default defineRule({
  id: 'url-scheme',
  n: 12,
  title: '网址不是以 https:// 或 http:// 开头（如 javascript:、data:）',
  severity: 'error',
  check(ctx) {
    const collections: { records: readonly (Locatable & { data: unknown })[]; schema: z.ZodType }[] = [
      ...COLLECTION_NAMES.map((name) => ({ records: ctx.catalogue[name], schema: COLLECTIONS[name].schema as z.ZodType })),
      { records: ctx.catalogue.notices, schema: noticeSchema },
    ];
    for (const { records, schema } of collections) {
      const fields = urlFieldsOf(schema);
      if (fields.length === 0) continue;
      for (const r of records) {
        for (const field of fields) {
          for (const { path, value } of valuesAt(r.data, field.path)) {
            if (typeof value !== 'string') continue;
            const scheme = schemeOf(value);
            if (scheme !== undefined && WEB_SCHEMES.has(scheme)) continue;
            const label = descriptionOf(field.schema) ?? String(path[path.length - 1]);
            const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
            ctx.report(
              r,
              path,
              `${label}“${shown}”${scheme ? `以 ${scheme} 开头，` : ''}不是网页地址：只能填写以 https:// 或 http:// 开头的网址（如 https://www.example.gov.cn/），没有网址时删除这一项`,
            );
          }
        }
      }
    }
  },
});
