/**
 * Chinese names of fields, read from the schemas' descriptions (the first clause, walk.ts's
 * firstClause), so a field added to a schema is named wherever it is shown without a table to keep
 * up: in every diff format, the version pages, a guide's change record and the check's messages.
 */
import type { z } from 'zod';
import { type CollectionName, collection } from './registry.ts';
import { descriptionOf, elementOf, firstClause, recordValueOf, shapeOf, unionOf } from './walk.ts';

/** Content compared along with a record that is not a schema field (src/history/diff.ts). */
const EXTRA_FIELDS: Readonly<Record<string, string>> = { body: '正文', fileContents: '空表、样表文件', blank: '空表', sample: '样表' };

/** One step of a path into a record: a field, a list position, or a list item matched by its key. */
export type LabelSegment = string | number | { readonly by: readonly string[]; readonly values: readonly string[] };

/** The field `key` of an object schema (of any option, for a union). */
export function fieldOf(schema: z.ZodType | undefined, key: string): z.ZodType | undefined {
  if (!schema) return undefined;
  const own = shapeOf(schema)?.[key];
  if (own) return own;
  for (const o of unionOf(schema)?.options ?? []) {
    const f = fieldOf(o, key);
    if (f) return f;
  }
  return undefined;
}

/** The schema of a list's items (or a record's values). */
export const itemsOf = (schema: z.ZodType | undefined) => (schema ? (elementOf(schema) ?? recordValueOf(schema)) : undefined);

/** The Chinese name of field `key` of `schema`; the key itself only when the schema has no description for it. */
export function keyLabel(schema: z.ZodType | undefined, key: string): string {
  const f = fieldOf(schema, key);
  const d = f && descriptionOf(f);
  return d ? firstClause(d) : (EXTRA_FIELDS[key] ?? key);
}

/** The schema at a path into a record of `name` (undefined where the path leaves the schema). */
export function schemaAt(name: CollectionName, segments: readonly LabelSegment[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = collection(name).schema;
  for (const seg of segments) s = typeof seg === 'string' ? fieldOf(s, seg) : itemsOf(s);
  return s;
}

/** The Chinese name of a top-level field of a record of `name`: 申请材料. */
export const fieldLabel = (name: CollectionName, field: string): string => keyLabel(collection(name).schema, field);

/**
 * A path into a record in Chinese: materials[name=营业执照].copies → 申请材料［营业执照］·纸质份数,
 * steps[0] → 办理流程［第 1 项］; the empty path is the whole record.
 */
export function pathLabel(name: CollectionName, segments: readonly LabelSegment[]): string {
  let s: z.ZodType | undefined = collection(name).schema;
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'string') {
      out += `${out ? '·' : ''}${keyLabel(s, seg)}`;
      s = fieldOf(s, seg);
    } else {
      out += typeof seg === 'number' ? `［第 ${seg + 1} 项］` : `［${seg.values.join(' / ')}］`;
      s = itemsOf(s);
    }
  }
  return out || '整条记录';
}
