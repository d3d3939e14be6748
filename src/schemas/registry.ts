/**
 * The catalogue's collections and everything the rest of the code needs to know about each: where
 * its files live, its schema, the key that identifies a record (used for uniqueness, references
 * and diffs — never the file name), how a record is named, whether it belongs to a jurisdiction,
 * which other records it refers to, its page on the site and its open-data columns.
 *
 * Loading (src/io/load.ts), the uniqueness and reference rules, CatalogueIndex, the diff, the
 * version pages and the open-data export read these facts; adding a collection means adding its
 * schema file and one entry here. Notices are a collection like the others whose records are the
 * front matter of MDX files, keyed by file name.
 */
import type { z } from 'zod';
import type { CatalogueIndex } from '../domain/catalogue.ts';
import { jurisdictionKey, splitJurisdictionKey } from '../domain/keys.ts';
import type { routes } from '../site/routes.ts';
import { departmentSchema } from './department.ts';
import { formSchema } from './form.ts';
import { guideSchema } from './guide.ts';
import { jurisdictionSchema } from './jurisdiction.ts';
import { matterSchema } from './matter.ts';
import { noticeSchema } from './notice.ts';
import { releaseSchema } from './release.ts';
import { responsibilitySchema } from './responsibility.ts';
import { tongbanListSchema } from './tongban.ts';
import { transferListSchema } from './transfer.ts';

/** One YAML file per record under data/<dir>/. */
export interface YamlSource {
  readonly kind: 'yaml';
  /** Folder under data/. */
  readonly dir: string;
}

/**
 * One MDX (or Markdown) file per record: the record is the file's front matter, and the file name
 * without extension is written into the record as `fileNameField` (its key).
 */
export interface FrontMatterSource {
  readonly kind: 'front-matter';
  /** Folder relative to the repository root. */
  readonly dir: string;
  /** Which files of the folder are records; the match is also cut from the name to give the key. */
  readonly file: RegExp;
  /** The field the key is written into (the loaded record type, RecordOf, carries it as `id`). */
  readonly fileNameField: 'id';
  /** The loader's message for a file without front matter. */
  readonly noFrontMatter: string;
}

export type Source = YamlSource | FrontMatterSource;

/**
 * How records relate to jurisdictions:
 * - shared: one record for all jurisdictions (matters of the basic catalogue, forms, the jurisdictions);
 * - field: the record names its jurisdiction (`jurisdiction`);
 * - folder: it does, and its file lives in data/<dir>/<jurisdiction>/ (checked by the loader).
 */
export type JurisdictionFiling = 'shared' | 'field' | 'folder';

/** A reference from a record to a record of another (or the same) collection. */
export interface Reference {
  /**
   * Where the referring value is: a field path, `[]` after a list field meaning each item
   * (`materials[].formRef`, `technicalSupport[].cooperating[]`). Absent and empty values are skipped.
   */
  readonly path: string;
  /** The collection referred to (a name in COLLECTIONS). */
  readonly to: string;
  /**
   * `jurisdiction`: the value is an id within the referring record's jurisdiction, so the key
   * looked up is jurisdictionKey(record.jurisdiction, value) (departments). Such a reference is not
   * checked when the jurisdiction itself is unknown: that is reported once, on the jurisdiction.
   */
  readonly scope?: 'jurisdiction';
}

/** How the reference rule talks about a missing record of this collection. */
export interface MissingTarget {
  /** What was not found: 区划, 表格; given the jurisdiction for a scoped reference. */
  readonly what: (jurisdiction: string | undefined) => string;
  /** What to do, after the colon; `known` lists the ids in the jurisdiction for a scoped reference. */
  readonly hint: (jurisdiction: string | undefined, known: readonly string[]) => string;
}

/** A page of the site: the `routes` function and the record fields passed to it, in order. */
export interface PageRoute {
  readonly route: keyof typeof routes;
  readonly args: readonly string[];
  /** The record is an entry of the page, not a page of its own: link to #key. */
  readonly anchor?: boolean;
}

/** A CSV column that is not a schema field. */
export interface ExtraCsvColumn {
  readonly path: readonly string[];
  readonly header: string;
}

interface CollectionInput<S extends z.ZodType, Src extends Source> {
  /** Chinese name, for messages and pages. */
  readonly title: string;
  readonly schema: S;
  readonly source: Src;
  /**
   * The field that identifies a record, unique within the collection (with `keyScope`, within its
   * jurisdiction). Duplicate-key problems point at this field.
   */
  readonly keyField: string;
  /** `jurisdiction`: the key is jurisdictionKey(record.jurisdiction, record[keyField]). */
  readonly keyScope?: 'jurisdiction';
  /** Chinese description of the key, for the duplicate-key message. */
  readonly keyLabel: string;
  /** Other keys that find the record: a matter is also found by its sub-items' codes. */
  aliases?(record: RecordFor<S, Src>): readonly string[];
  /** The record's display name (diffs and version pages). */
  display(record: RecordFor<S, Src>, index: CatalogueIndex): string;
  readonly jurisdiction: JurisdictionFiling;
  /** The references the record makes, checked by the unresolved-reference rule. */
  readonly references: readonly Reference[];
  /** Message parts when a reference to this collection finds nothing; absent: nothing refers here. */
  readonly missing?: MissingTarget;
  /** The record's page; absent when it has none. */
  readonly page?: PageRoute;
  /** Whether the record's page is in the site search (Pagefind). */
  readonly searchable: boolean;
  /** CSV columns before the schema's fields. */
  readonly csvLeading?: readonly ExtraCsvColumn[];
}

/** A record as loaded: the schema's output, plus the file-name key of a front-matter record. */
type RecordFor<S extends z.ZodType, Src extends Source> = z.infer<S> & (Src extends FrontMatterSource ? { readonly id: string } : unknown);

export interface CollectionDef<S extends z.ZodType, Src extends Source> extends CollectionInput<S, Src> {
  /** The record's key (COLLECTIONS[c].keyField, joined to the jurisdiction with keyScope). */
  key(record: RecordFor<S, Src>): string;
  /** The fields that make the key, as a schema-rejected record is matched by: { jurisdiction, id }. */
  keyFields(key: string): Readonly<Record<string, string>>;
}

function def<S extends z.ZodType, Src extends Source>(d: CollectionInput<S, Src>): CollectionDef<S, Src> {
  const field = (r: unknown) => String((r as Record<string, unknown>)[d.keyField]);
  const scoped = d.keyScope === 'jurisdiction';
  return {
    ...d,
    key: scoped ? (r) => jurisdictionKey(String((r as { jurisdiction: unknown }).jurisdiction), field(r)) : field,
    keyFields: (key) => {
      if (!scoped) return { [d.keyField]: key };
      const [jurisdiction, id] = splitJurisdictionKey(key);
      return { jurisdiction, [d.keyField]: id };
    },
  };
}

const yaml = (dir: string): YamlSource => ({ kind: 'yaml', dir });

/** In report order: the data/ collections, then the notices. */
export const COLLECTIONS = {
  jurisdictions: def({
    title: '行政区划',
    schema: jurisdictionSchema,
    source: yaml('jurisdictions'),
    keyField: 'id',
    keyLabel: '区划标识 id',
    display: (r) => r.name,
    jurisdiction: 'shared',
    references: [
      { path: 'parent', to: 'jurisdictions' },
      { path: 'transferFiling.basis', to: 'notices' },
    ],
    missing: { what: () => '区划', hint: () => '请先在 data/jurisdictions/ 中建立该区划，或改正区划代码' },
    searchable: false,
  }),
  departments: def({
    title: '部门',
    schema: departmentSchema,
    source: yaml('departments'),
    keyField: 'id',
    keyScope: 'jurisdiction',
    keyLabel: '区划 + 部门标识 id',
    display: (r) => r.name,
    jurisdiction: 'folder',
    references: [{ path: 'jurisdiction', to: 'jurisdictions' }],
    missing: {
      what: (j) => `区划 ${j} 的部门`,
      hint: (j, known) => `请在 data/departments/${j}/ 中建立该部门，或改用已有的部门标识（${known.join('、') || '无'}）`,
    },
    page: { route: 'department', args: ['jurisdiction', 'id'] },
    searchable: false,
  }),
  matters: def({
    title: '基本目录事项',
    schema: matterSchema,
    source: yaml('matters'),
    keyField: 'code',
    keyLabel: '基本编码 code',
    aliases: (r) => r.subItems.map((s) => s.code),
    display: (r) => r.name,
    jurisdiction: 'shared',
    references: [{ path: 'notices[]', to: 'notices' }],
    missing: { what: () => '基本目录事项或子项', hint: () => '请先在 data/matters/ 中录入该事项（或其子项），或改正基本编码' },
    page: { route: 'matter', args: ['code'] },
    searchable: true,
  }),
  guides: def({
    title: '办事指南',
    schema: guideSchema,
    source: yaml('guides'),
    keyField: 'code',
    keyLabel: '实施编码 code',
    display: (r) => r.name,
    jurisdiction: 'folder',
    references: [
      { path: 'jurisdiction', to: 'jurisdictions' },
      { path: 'department', to: 'departments', scope: 'jurisdiction' },
      { path: 'matter', to: 'matters' },
      { path: 'materials[].formRef', to: 'forms' },
      { path: 'result.sample', to: 'forms' },
      { path: 'notices[]', to: 'notices' },
    ],
    missing: { what: () => '办事指南', hint: () => '请改正实施编码（31 位），或先在 data/guides/ 中建立该指南' },
    page: { route: 'guide', args: ['jurisdiction', 'code'] },
    searchable: true,
  }),
  forms: def({
    title: '表格',
    schema: formSchema,
    source: yaml('forms'),
    keyField: 'id',
    keyLabel: '表格标识 id',
    display: (r) => r.title,
    jurisdiction: 'shared',
    references: [],
    missing: { what: () => '表格', hint: () => '请在 data/forms/ 中建立该表格（含空表和样表），或改正表格标识' },
    page: { route: 'form', args: ['id'] },
    searchable: false,
  }),
  transfers: def({
    title: '划转清单',
    schema: transferListSchema,
    source: yaml('transfers'),
    keyField: 'id',
    keyScope: 'jurisdiction',
    keyLabel: '区划 + 清单标识 id',
    display: (r) => r.title,
    jurisdiction: 'folder',
    references: [
      { path: 'jurisdiction', to: 'jurisdictions' },
      { path: 'notice', to: 'notices' },
      { path: 'entries[].matter', to: 'matters' },
      { path: 'entries[].from', to: 'departments', scope: 'jurisdiction' },
      { path: 'entries[].to', to: 'departments', scope: 'jurisdiction' },
      { path: 'handover.checklist[].department', to: 'departments', scope: 'jurisdiction' },
      { path: 'handover.liaisons[].department', to: 'departments', scope: 'jurisdiction' },
    ],
    missing: {
      what: (j) => `区划 ${j} 的划转清单`,
      hint: (j, known) => `请改用 data/transfers/${j}/ 中已有的清单标识（${known.join('、') || '无'}）`,
    },
    page: { route: 'transfer', args: ['jurisdiction', 'id'] },
    searchable: true,
  }),
  responsibilities: def({
    title: '职责边界',
    schema: responsibilitySchema,
    source: yaml('responsibilities'),
    keyField: 'matter',
    keyScope: 'jurisdiction',
    keyLabel: '区划 + 基本编码 matter',
    display: (r, index) => index.elementsOf(r.matter)?.name ?? r.matter,
    jurisdiction: 'folder',
    references: [
      { path: 'jurisdiction', to: 'jurisdictions' },
      { path: 'matter', to: 'matters' },
      { path: 'approval.department', to: 'departments', scope: 'jurisdiction' },
      { path: 'supervision[].department', to: 'departments', scope: 'jurisdiction' },
      { path: 'pushes[].from', to: 'departments', scope: 'jurisdiction' },
      { path: 'pushes[].to', to: 'departments', scope: 'jurisdiction' },
      { path: 'technicalSupport[].lead', to: 'departments', scope: 'jurisdiction' },
      { path: 'technicalSupport[].cooperating[]', to: 'departments', scope: 'jurisdiction' },
      { path: 'notices[]', to: 'notices' },
    ],
    page: { route: 'responsibility', args: ['jurisdiction', 'matter'] },
    searchable: false,
  }),
  tongban: def({
    title: '通办清单',
    schema: tongbanListSchema,
    source: yaml('tongban'),
    keyField: 'id',
    keyLabel: '清单标识 id',
    display: (r) => r.title,
    jurisdiction: 'field',
    references: [
      { path: 'jurisdiction', to: 'jurisdictions' },
      { path: 'notice', to: 'notices' },
      { path: 'entries[].matter', to: 'matters' },
    ],
    page: { route: 'tongban', args: [], anchor: true },
    searchable: false,
  }),
  releases: def({
    title: '发布',
    schema: releaseSchema,
    source: yaml('releases'),
    keyField: 'id',
    keyLabel: '发布标识 id',
    display: (r) => r.title,
    jurisdiction: 'folder',
    references: [
      { path: 'jurisdiction', to: 'jurisdictions' },
      { path: 'notice', to: 'notices' },
      { path: 'publishes.transfers[]', to: 'transfers', scope: 'jurisdiction' },
      { path: 'majorChanges[].guide', to: 'guides' },
    ],
    page: { route: 'release', args: ['id'] },
    searchable: false,
  }),
  notices: def({
    title: '政策文件',
    schema: noticeSchema,
    source: {
      kind: 'front-matter',
      dir: 'src/content/notices',
      file: /\.mdx?$/i,
      fileNameField: 'id',
      noFrontMatter: '政策文件开头缺少以 --- 包围的元数据（title、issuer、date 等）',
    },
    keyField: 'id',
    keyLabel: '文件名',
    display: (r) => r.title,
    jurisdiction: 'field',
    references: [
      { path: 'jurisdiction', to: 'jurisdictions' },
      { path: 'basis[]', to: 'notices' },
    ],
    missing: { what: () => '政策文件', hint: () => '请在 src/content/notices/ 中建立该文件（文件名即标识），或改正标识' },
    page: { route: 'notice', args: ['id'] },
    searchable: true,
    csvLeading: [{ path: ['id'], header: '标识(id)' }],
  }),
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

type SourceKindOf<C extends CollectionName> = (typeof COLLECTIONS)[C]['source']['kind'];
/** Collections read from YAML files under data/. */
export type DataCollectionName = { [C in CollectionName]: SourceKindOf<C> extends 'yaml' ? C : never }[CollectionName];
/** Collections read from the front matter of MDX files. */
export type FrontMatterCollectionName = Exclude<CollectionName, DataCollectionName>;
export const DATA_COLLECTION_NAMES = COLLECTION_NAMES.filter((n) => COLLECTIONS[n].source.kind === 'yaml') as DataCollectionName[];
export const FRONT_MATTER_COLLECTION_NAMES = COLLECTION_NAMES.filter((n) => COLLECTIONS[n].source.kind === 'front-matter') as FrontMatterCollectionName[];

/** A record of a collection as loaded (a notice with its file-name id). */
export type RecordOf<C extends CollectionName> = (typeof COLLECTIONS)[C] extends CollectionDef<infer S, infer Src> ? RecordFor<S, Src> : never;

/** Any collection's facts, for code that treats collections alike. */
export type AnyCollection = CollectionDef<z.ZodType, Source>;
const ANY: Readonly<Record<CollectionName, AnyCollection>> = COLLECTIONS;
export const collection = (name: CollectionName): AnyCollection => ANY[name];

/** The key of a record of `name`. */
export const keyOf = (name: CollectionName, record: unknown): string => collection(name).key(record);

/** JSON Schema file name of a collection, under schemas/ at the repository root. */
export const schemaFileName = (name: CollectionName) => `${name}.schema.json`;

/**
 * Natural keys of list items, by the list's field name, in every collection: the diff matches
 * items of these lists by key rather than position (materials by name, entries by matter …).
 */
export const LIST_ITEM_KEYS: Readonly<Record<string, readonly string[]>> = {
  materials: ['name'],
  steps: ['name'],
  entries: ['matter'],
  subItems: ['code'],
  fields: ['label'],
  columns: ['label'],
  legalBasis: ['law'],
  implementationBasis: ['law'],
  basis: ['law'],
  fees: ['item'],
  faq: ['q'],
  supervision: ['department'],
  technicalSupport: ['task'],
  pushes: ['what', 'to'],
  sections: ['title'],
  checklist: ['item'],
  liaisons: ['department'],
  filings: ['to', 'date'],
  majorChanges: ['guide'],
};
