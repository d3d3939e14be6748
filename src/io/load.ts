/**
 * Loads the catalogue from a file source: every YAML record under data/ and the notices' front
 * matter, each checked against its schema. Never throws on bad data: problems are collected.
 */
import type { z } from 'zod';
import type { Document } from 'yaml';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  type CollectionName,
  DATA_COLLECTION_NAMES,
  type DataCollectionName,
  FRONT_MATTER_COLLECTION_NAMES,
  type RecordOf,
  collection as collectionDef,
  normalizeLabel,
} from '../schemas/index.ts';
import * as codeLists from '../schemas/codes.ts';
import type { CodeList } from '../schemas/codes.ts';
import type { PathSegment, Problem } from '../check/problems.ts';
import { type Rule, fileProblem, problemAt } from '../check/rule.ts';
import codeFormat from '../check/rules/code-format.ts';
import fileLocation from '../check/rules/file-location.ts';
import schemaRule from '../check/rules/schema.ts';
import yamlSyntax from '../check/rules/yaml-syntax.ts';
import type { FileSource } from './source.ts';
import { linkProblems } from './data-files.ts';
import { decodeUtf8 } from './text.ts';
import { type Position, frontMatter, parseYaml } from './yaml.ts';
import { issueMessage } from '../check/zod-messages.ts';

export const DATA_DIR = 'data';
export const NOTICES_DIR = COLLECTIONS.notices.source.dir;
/** Every folder records are read from: data/ and the front-matter collections' folders. */
export const CATALOGUE_DIRS: readonly string[] = [DATA_DIR, ...FRONT_MATTER_COLLECTION_NAMES.map((n) => COLLECTIONS[n].source.dir)];

/** A record with where it came from. */
export interface Loaded<T> {
  readonly data: T;
  /** Path relative to the repository root. */
  readonly file: string;
  locate(path: readonly PathSegment[]): Position;
}

/** A notice's front matter and its key, the file name without extension. */
export type NoticeData = RecordOf<'notices'>;

export type Catalogue = { readonly [C in CollectionName]: Loaded<RecordOf<C>>[] };

export interface LoadResult {
  readonly catalogue: Catalogue;
  readonly problems: Problem[];
  /** How many record files were read. */
  readonly files: number;
  /** Records that failed their schema, as written: rules use them to avoid reporting a
   *  rejected record a second time as "missing". */
  readonly rejected: readonly RejectedRecord[];
  /**
   * The parsed YAML document of every data file read without a syntax error, accepted or
   * rejected, by path: a rule that looks at a file's text form (canonical-form) uses it instead
   * of parsing the file again. Shared: clone a document before changing it.
   */
  readonly documents: ReadonlyMap<string, Document>;
}

export interface RejectedRecord {
  readonly collection: CollectionName;
  readonly file: string;
  /** The parsed YAML (fields may be missing or of the wrong type). */
  readonly raw: Readonly<Record<string, unknown>>;
}

const YAML_FILE = /\.ya?ml$/i;

/** The rules whose problems the loader finds; a schema refinement may name one of them. */
const LOAD_RULES: Readonly<Record<string, Rule>> = Object.fromEntries([yamlSyntax, fileLocation, schemaRule, codeFormat].map((r) => [r.id, r]));

/** Suggests the label for an alias of a code-list value (其他权力 → 其他行政权力). */
function suggestLabel(values: readonly unknown[], input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  for (const list of Object.values(codeLists)) {
    if (!list || typeof list !== 'object' || !('entries' in list)) continue;
    const cl = list as CodeList;
    const label = normalizeLabel(cl, input);
    if (label && values.includes(label)) return label;
  }
  const trimmed = input.replace(/[\s\u3000]/gu, '');
  return values.find((v) => v === trimmed) as string | undefined;
}

function checkSchema<T>(
  schema: z.ZodType<T>,
  parsed: { value: unknown; locate(path: readonly PathSegment[]): Position },
  file: string,
  problems: Problem[],
): T | undefined {
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (result.success) return result.data;
  const rec = { file, locate: parsed.locate };
  for (const issue of result.error.issues) {
    const m = issueMessage(schema, parsed.value, issue, suggestLabel);
    const rule = (m.rule !== undefined ? LOAD_RULES[m.rule] : undefined) ?? schemaRule;
    problems.push(problemAt(rec, m.path, rule, m.message));
  }
  return undefined;
}

/** A listed file's text; undefined (with the problem recorded) when it is not UTF-8. */
function readText(source: FileSource, file: string, problems: Problem[]): string | undefined {
  const decoded = decodeUtf8(source.read(file) ?? new Uint8Array());
  if ('text' in decoded) return decoded.text;
  problems.push(fileProblem(file, yamlSyntax, decoded.problem, decoded.pos));
  return undefined;
}

export function emptyCatalogue(): Catalogue {
  const c: { [C in CollectionName]?: unknown[] } = {};
  for (const name of COLLECTION_NAMES) c[name] = [];
  return c as Catalogue;
}

export function loadCatalogue(source: FileSource): LoadResult {
  const problems: Problem[] = [];
  const rejected: RejectedRecord[] = [];
  const documents = new Map<string, Document>();
  const reject = (collection: RejectedRecord['collection'], file: string, raw: unknown, extra: Record<string, unknown> = {}) => {
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) rejected.push({ collection, file, raw: { ...(raw as Record<string, unknown>), ...extra } });
  };
  const catalogue = emptyCatalogue() as { [K in keyof Catalogue]: unknown[] };
  let files = 0;
  const dirs = new Map<string, DataCollectionName>(DATA_COLLECTION_NAMES.map((n) => [COLLECTIONS[n].source.dir, n]));
  problems.push(...linkProblems(source, CATALOGUE_DIRS));

  for (const file of source.list(DATA_DIR)) {
    if (!YAML_FILE.test(file)) continue; // attachments (form files) are checked by the rules that use them
    files++;
    const parts = file.split('/');
    const collection = parts.length > 2 ? dirs.get(parts[1]!) : undefined;
    if (!collection) {
      problems.push(
        fileProblem(
          file,
          fileLocation,
          `不知道这个文件属于哪一类记录：YAML 文件应放在 data/ 下的 ${[...dirs.keys()].join('、')} 目录之一中`,
        ),
      );
      continue;
    }
    const text = readText(source, file, problems);
    if (text === undefined) continue;
    const parsed = parseYaml(text);
    if (parsed.syntaxErrors.length) {
      for (const e of parsed.syntaxErrors) problems.push(fileProblem(file, yamlSyntax, e.message, e.pos));
      continue;
    }
    if (parsed.value === null || parsed.value === undefined) {
      problems.push(fileProblem(file, schemaRule, '文件是空的：请填写记录，或删除这个文件'));
      continue;
    }
    if (parsed.document) documents.set(file, parsed.document);
    const data = checkSchema(collectionDef(collection).schema, parsed, file, problems);
    if (data === undefined) {
      reject(collection, file, parsed.value);
      continue;
    }
    const rec: Loaded<unknown> = { data, file, locate: parsed.locate };
    // Records that belong to a jurisdiction live in a folder named after it.
    const j = (data as { jurisdiction?: string }).jurisdiction;
    if (j !== undefined && COLLECTIONS[collection].jurisdiction === 'folder' && parts.length > 3 && parts[2] !== j) {
      problems.push(
        problemAt(rec, ['jurisdiction'], fileLocation, `记录的区划是“${j}”，文件却在 ${parts.slice(0, 3).join('/')}/ 目录下：请把文件移到 data/${parts[1]}/${j}/，或改正区划`),
      );
    }
    catalogue[collection].push(rec);
  }

  for (const [collection, file] of frontMatterFiles(source)) {
    const { schema, source: from } = collectionDef(collection);
    if (from.kind !== 'front-matter' || !from.file.test(file)) continue;
    files++;
    const text = readText(source, file, problems);
    if (text === undefined) continue;
    const fm = frontMatter(text);
    if (!fm) {
      problems.push(fileProblem(file, schemaRule, from.noFrontMatter));
      continue;
    }
    const parsed = parseYaml(fm.yaml, fm.lineOffset);
    if (parsed.syntaxErrors.length) {
      for (const e of parsed.syntaxErrors) problems.push(fileProblem(file, yamlSyntax, e.message, e.pos));
      continue;
    }
    const id = { [from.fileNameField]: file.split('/').pop()!.replace(from.file, '') };
    const data = checkSchema(schema, parsed, file, problems);
    if (data === undefined) {
      reject(collection, file, parsed.value, id);
      continue;
    }
    catalogue[collection].push({ data: { ...(data as object), ...id }, file, locate: parsed.locate });
  }

  return { catalogue: catalogue as Catalogue, problems, files, rejected, documents };
}

/** The files of every front-matter collection, with their collection, collection by collection. */
function* frontMatterFiles(source: FileSource): Generator<[CollectionName, string]> {
  for (const name of FRONT_MATTER_COLLECTION_NAMES) for (const file of source.list(COLLECTIONS[name].source.dir)) yield [name, file];
}
