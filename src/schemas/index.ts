/**
 * The catalogue's collections: where their files live under data/, their schema, and the key that
 * identifies a record (used for uniqueness, references and diffs — never the file name).
 */
import type { z } from 'zod';
import { departmentSchema } from './department.ts';
import { formSchema } from './form.ts';
import { guideSchema } from './guide.ts';
import { jurisdictionSchema } from './jurisdiction.ts';
import { matterSchema } from './matter.ts';
import { responsibilitySchema } from './responsibility.ts';
import { tongbanListSchema } from './tongban.ts';
import { transferListSchema } from './transfer.ts';

export * from './codes.ts';
export * from './common.ts';
export * from './department.ts';
export * from './form.ts';
export * from './guide.ts';
export * from './jurisdiction.ts';
export * from './matter.ts';
export * from './notice.ts';
export * from './responsibility.ts';
export * from './tongban.ts';
export * from './transfer.ts';

interface CollectionDef<S extends z.ZodType> {
  /** Folder under data/ that holds one YAML file per record. */
  readonly dir: string;
  /** Chinese name, for messages and pages. */
  readonly title: string;
  readonly schema: S;
  /** The record's key, unique within the collection. */
  readonly key: (record: z.infer<S>) => string;
  /** Chinese description of the key, for the duplicate-key message. */
  readonly keyLabel: string;
}

function def<S extends z.ZodType>(d: CollectionDef<S>): CollectionDef<S> {
  return d;
}

export const COLLECTIONS = {
  jurisdictions: def({ dir: 'jurisdictions', title: '行政区划', schema: jurisdictionSchema, key: (r) => r.id, keyLabel: '区划标识 id' }),
  departments: def({
    dir: 'departments',
    title: '部门',
    schema: departmentSchema,
    key: (r) => `${r.jurisdiction}/${r.id}`,
    keyLabel: '区划 + 部门标识 id',
  }),
  matters: def({ dir: 'matters', title: '基本目录事项', schema: matterSchema, key: (r) => r.code, keyLabel: '基本编码 code' }),
  guides: def({ dir: 'guides', title: '办事指南', schema: guideSchema, key: (r) => r.code, keyLabel: '实施编码 code' }),
  forms: def({ dir: 'forms', title: '表格', schema: formSchema, key: (r) => r.id, keyLabel: '表格标识 id' }),
  transfers: def({
    dir: 'transfers',
    title: '划转清单',
    schema: transferListSchema,
    key: (r) => `${r.jurisdiction}/${r.id}`,
    keyLabel: '区划 + 清单标识 id',
  }),
  responsibilities: def({
    dir: 'responsibilities',
    title: '职责边界',
    schema: responsibilitySchema,
    key: (r) => `${r.jurisdiction}/${r.matter}`,
    keyLabel: '区划 + 基本编码 matter',
  }),
  tongban: def({ dir: 'tongban', title: '通办清单', schema: tongbanListSchema, key: (r) => r.id, keyLabel: '清单标识 id' }),
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export type RecordOf<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]['schema']>;

/** JSON Schema file name of a collection, under schemas/ at the repository root. */
export const schemaFileName = (name: CollectionName) => `${name}.schema.json`;
