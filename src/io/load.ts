/**
 * Loads the catalogue from a file source: every YAML record under data/ and the notices' front
 * matter, each checked against its schema. Never throws on bad data: problems are collected.
 */
import type { z } from 'zod';
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
import { parseSimpleYaml } from './fast-yaml.ts';
import { isFastCanonical } from './fast-canonical.ts';
import { type ParsedYaml, type Position, frontMatter, parseYaml } from './yaml.ts';
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
   * The data files of a collection, read as UTF-8, whose text the loader could not confirm is the
   * canonical form `npm run fmt` writes: while a file was at hand, the fast canonical writer
   * (src/io/fast-canonical.ts) compared its value with its text, and the files listed are those
   * that differ or that the fast reader or writer declined. Rule canonical-form asks the full
   * formatter about these only. Paths alone, so the loader still keeps nothing of a file but its
   * record; in a catalogue kept formatted the list is empty.
   */
  readonly unformatted: readonly string[];
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
  return readFile(source, file, problems)?.text;
}

/** readText, and whether the file starts with a byte-order mark (which the text no longer has). */
function readFile(source: FileSource, file: string, problems: Problem[]): { text: string; bom: boolean } | undefined {
  const bytes = source.read(file) ?? new Uint8Array();
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return { text: decoded.text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
  problems.push(fileProblem(file, yamlSyntax, decoded.problem, decoded.pos));
  return undefined;
}

export function emptyCatalogue(): Catalogue {
  const c: { [C in CollectionName]?: unknown[] } = {};
  for (const name of COLLECTION_NAMES) c[name] = [];
  return c as Catalogue;
}

/** The YAML of a file's text: the whole text, or a notice's front matter and the line it starts on. */
type YamlPart = (text: string) => { yaml: string; lineOffset: number } | undefined;
const WHOLE: YamlPart = (yaml) => ({ yaml, lineOffset: 0 });
const FRONT_MATTER: YamlPart = frontMatter;

/** How many files' parsed documents a locator keeps: problems are located file after file. */
const LOCATED_FILES = 16;

/**
 * Locating a field needs the parsed YAML document with its positions, which is ~150 KB for a
 * guide: kept for every record, a province's catalogue would not fit in memory. So a record
 * keeps no document; when a problem is located in it, its file is read and parsed again (the
 * same text gives the same positions), and the last few documents are kept for the next problems
 * of the same file. Clean records are never parsed twice.
 */
function locators(source: FileSource) {
  const cache = new Map<string, ParsedYaml['locate']>();
  const parse = (file: string, part: YamlPart): ParsedYaml['locate'] => {
    let locate = cache.get(file);
    if (locate) cache.delete(file);
    else {
      const decoded = decodeUtf8(source.read(file) ?? new Uint8Array());
      const found = 'text' in decoded ? part(decoded.text) : undefined;
      locate = found ? parseYaml(found.yaml, found.lineOffset).locate : () => ({ line: 1, col: 1 });
      if (cache.size >= LOCATED_FILES) cache.delete(cache.keys().next().value!);
    }
    cache.set(file, locate);
    return locate;
  };
  return {
    /** A locate function for `file`, parsing it only when first asked. */
    lazy: (file: string, part: YamlPart) => (path: readonly PathSegment[]) => parse(file, part)(path),
    /** Remembers a document parsed anyway (a file the fast reader left to the YAML library). */
    seed: (file: string, parsed: ParsedYaml) => {
      cache.delete(file);
      if (cache.size >= LOCATED_FILES) cache.delete(cache.keys().next().value!);
      cache.set(file, parsed.locate);
    },
  };
}

/**
 * Parses a record's YAML: the fast reader (src/io/fast-yaml.ts) for the plain YAML records are
 * written in, the YAML library for anything else, which also reports syntax errors. The result's
 * `locate` parses the file again only when a problem is located (see `locators`).
 */
function parseRecord(
  file: string,
  yaml: string,
  lineOffset: number,
  part: YamlPart,
  loc: ReturnType<typeof locators>,
): { value: unknown; locate: ParsedYaml['locate']; syntaxErrors: ParsedYaml['syntaxErrors']; fast?: boolean } {
  const fast = parseSimpleYaml(yaml);
  if (fast) return { value: fast.value, locate: loc.lazy(file, part), syntaxErrors: [], fast: true };
  const parsed = parseYaml(yaml, lineOffset);
  if (parsed.syntaxErrors.length) return parsed;
  loc.seed(file, parsed);
  return { value: parsed.value, locate: loc.lazy(file, part), syntaxErrors: [] };
}

/** Told after each file read: how many of how many (for a progress display). */
export type LoadProgress = (done: number, total: number) => void;

export function loadCatalogue(source: FileSource, onFile?: LoadProgress): LoadResult {
  const problems: Problem[] = [];
  const loc = locators(source);
  const rejected: RejectedRecord[] = [];
  const unformatted: string[] = [];
  const reject = (collection: RejectedRecord['collection'], file: string, raw: unknown, extra: Record<string, unknown> = {}) => {
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) rejected.push({ collection, file, raw: { ...(raw as Record<string, unknown>), ...extra } });
  };
  const catalogue = emptyCatalogue() as { [K in keyof Catalogue]: unknown[] };
  let files = 0;
  const dirs = new Map<string, DataCollectionName>(DATA_COLLECTION_NAMES.map((n) => [COLLECTIONS[n].source.dir, n]));
  problems.push(...linkProblems(source, CATALOGUE_DIRS));

  const dataFiles = source.list(DATA_DIR);
  const fmFiles = [...frontMatterFiles(source)];
  const total = dataFiles.filter((f) => YAML_FILE.test(f)).length + fmFiles.length;
  let done = 0;
  const tick = () => onFile?.(++done, total);
  for (const file of dataFiles) {
    if (!YAML_FILE.test(file)) continue; // attachments (form files) are checked by the rules that use them
    tick();
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
    const read = readFile(source, file, problems);
    if (read === undefined) continue;
    const { text } = read;
    const parsed = parseRecord(file, text, 0, WHOLE, loc);
    // Only a text the fast reader read can be confirmed here; the rule judges the others.
    if (!parsed.fast || read.bom || !isFastCanonical(text, parsed.value, file)) unformatted.push(file);
    if (parsed.syntaxErrors.length) {
      for (const e of parsed.syntaxErrors) problems.push(fileProblem(file, yamlSyntax, e.message, e.pos));
      continue;
    }
    if (parsed.value === null || parsed.value === undefined) {
      problems.push(fileProblem(file, schemaRule, '文件是空的：请填写记录，或删除这个文件'));
      continue;
    }
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

  for (const [collection, file] of fmFiles) {
    tick();
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
    const parsed = parseRecord(file, fm.yaml, fm.lineOffset, FRONT_MATTER, loc);
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

  return { catalogue: catalogue as Catalogue, problems, files, rejected, unformatted };
}

/** The files of every front-matter collection, with their collection, collection by collection. */
function* frontMatterFiles(source: FileSource): Generator<[CollectionName, string]> {
  for (const name of FRONT_MATTER_COLLECTION_NAMES) for (const file of source.list(COLLECTIONS[name].source.dir)) yield [name, file];
}
