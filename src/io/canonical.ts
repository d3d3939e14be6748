/**
 * The canonical form of a data file, so that a git diff shows exactly what changed.
 *
 * Works on the `yaml` Document (never on plain JS), so comments attached to nodes travel with them.
 * The form:
 * - first line `# yaml-language-server: $schema=<relative path to schemas/<collection>.schema.json>`
 *   (added when missing, corrected when it points elsewhere);
 * - keys in the order the zod schema declares them, recursing into nested objects, lists and
 *   discriminated unions (by their `type`); keys the schema does not know keep their relative
 *   order after the known ones, so nothing is lost;
 * - block style everywhere, except three flow cases decided by structure, never by the input's style:
 *   a time limit `{ value: 20, unit: 工作日 }` (one line per limit), a row of a table (a list of
 *   one-line scalars that is itself a list item: form table samples, `- [ 张三, '138…' ]`), and
 *   empty lists and maps (`[]`, `{}`);
 * - strings made only of digits (codes, ids, jurisdictions, hotlines) in single quotes; other
 *   strings plain where YAML allows, else single-quoted (double-quoted only when the text contains
 *   a single quote or a character that needs an escape); strings with line breaks as literal
 *   blocks (`|`); booleans and null in their canonical spelling;
 * - 2-space indent, list items indented under their key, no line wrapping, LF, one final newline;
 * - no blank lines, except one the author put before a comment (a commented section keeps its gap).
 *
 * The data never changes: the text is parsed (with the loader's rules, so that 140525 is the same
 * code either way) before and after, and a file whose data would differ is refused.
 */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  Document,
  type Node,
  type ToStringOptions,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
} from 'yaml';
import type { z } from 'zod';
import { COLLECTIONS, type CollectionName, DATA_COLLECTION_NAMES, type DataCollectionName, schemaFileName } from '../schemas/index.ts';
import { type ValueShape, elementOf, pickOption, recordValueOf, shapeOf, unionOf } from '../schemas/walk.ts';
import { type Position, looksLikeCode, parseYaml, tooDeep } from './yaml.ts';

/** Where data files live, relative to the repository root. */
export const DATA_ROOT = 'data';
/** Where the JSON Schema files live, relative to the repository root. */
export const SCHEMAS_ROOT = 'schemas';

export const YAML_DATA_FILE = /\.ya?ml$/i;

/** Serializer options of the canonical form. */
export const CANONICAL_OPTIONS: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  singleQuote: true,
  flowCollectionPadding: true,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  trueStr: 'true',
  falseStr: 'false',
  nullStr: 'null',
};

const SCHEMA_COMMENT = /^\s*yaml-language-server\s*:/;

export type CanonicalOutcome =
  /** The canonical text; `changed` when it differs from the input bytes. */
  | { readonly kind: 'ok'; readonly text: string; readonly changed: boolean }
  /** The file is not valid YAML; nothing was formatted. */
  | { readonly kind: 'syntax'; readonly errors: readonly { readonly pos: Position; readonly message: string }[] }
  /** Formatting would change the data (a bug in the formatter); the file must be left alone. */
  | { readonly kind: 'unsafe'; readonly message: string }
  /** Not a record file the formatter knows (outside the collection folders, or empty). */
  | { readonly kind: 'skipped'; readonly reason: string };

/** The collection of a data file, from its path relative to the repository root (data/<dir>/…). */
export function collectionOfFile(file: string): DataCollectionName | undefined {
  const parts = file.split(/[\\/]/);
  if (parts.length < 3 || parts[0] !== DATA_ROOT) return undefined;
  return DATA_COLLECTION_NAMES.find((n) => COLLECTIONS[n].source.dir === parts[1]);
}

/** `yaml-language-server: $schema=../../schemas/x.schema.json` for a file (repository-relative). */
export function schemaCommentFor(file: string, collection: CollectionName): string {
  const dir = path.posix.dirname(file.split(path.sep).join('/'));
  const target = path.posix.relative(dir, `${SCHEMAS_ROOT}/${schemaFileName(collection)}`);
  return ` yaml-language-server: $schema=${target}`;
}

/**
 * The canonical text of a data file. `file` is its path relative to the repository root; it picks
 * the schema (key order) and the schema comment's relative path.
 */
export function canonicalize(text: string, file: string): CanonicalOutcome {
  const collection = collectionOfFile(file);
  if (!collection) {
    return { kind: 'skipped', reason: `不在 data/ 下的 ${DATA_COLLECTION_NAMES.map((n) => COLLECTIONS[n].source.dir).join('、')} 目录中，不知道按哪种记录整理` };
  }
  const first = formatOnce(text, file, collection);
  if (first.kind !== 'ok') return first;
  // A second pass must not change anything; if it does, the formatter has a bug: refuse the file.
  const second = formatOnce(first.text, file, collection);
  if (second.kind !== 'ok' || second.text !== first.text) {
    return { kind: 'unsafe', message: '整理结果不稳定（再整理一次会不同），为安全起见未改动这个文件' };
  }
  return first;
}

/**
 * The canonical form of a record's data alone: its values laid out as `canonicalize` lays out a
 * file (keys in schema order, the same scalar and collection styles), without comments or the
 * schema line; keys the schema does not know come after, sorted. The text depends only on the
 * data, so it is the same whether the record was read from a data file, a git revision or
 * catalogue.json, and two records have the same form exactly when their data are equal: its
 * SHA-256 identifies a record's content (the open-data manifest, `npm run verify`).
 */
export function canonicalRecord(collection: CollectionName, data: unknown): string {
  const doc = new Document(sortedKeys(data), { aliasDuplicateObjects: false });
  normalizeScalars(doc);
  orderNode(doc.contents, COLLECTIONS[collection].schema as z.ZodType);
  normalizeLayout(doc);
  return `${doc.toString(CANONICAL_OPTIONS).replace(/\r\n?/g, '\n').replace(/\n+$/, '')}\n`;
}

/** A copy of plain data with every object's keys in code-unit order (orderNode then applies the schema's). */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortedKeys(v)]));
}

function formatOnce(text: string, file: string, collection: CollectionName): CanonicalOutcome {
  const source = text.replace(/^\uFEFF/, '');
  const before = parseYaml(source);
  if (before.syntaxErrors.length) return { kind: 'syntax', errors: before.syntaxErrors };
  if (before.value === null || before.value === undefined) return { kind: 'skipped', reason: '文件是空的' };

  let out: string | undefined;
  try {
    out = parseAndLayOut(source, collection, file);
  } catch {
    // The library cannot print an alias that key ordering moved before its anchor.
    return { kind: 'unsafe', message: '文件中的锚点（&）和别名（*）整理后顺序会颠倒，未改动这个文件：请把别名处直接写出值' };
  }
  if (out === undefined) return { kind: 'syntax', errors: before.syntaxErrors };

  const after = parseYaml(out);
  if (after.syntaxErrors.length) {
    return { kind: 'unsafe', message: `整理后的文本不是合法的 YAML（${after.syntaxErrors[0]!.message}），未改动这个文件` };
  }
  if (!isDeepStrictEqual(before.value, after.value)) {
    return { kind: 'unsafe', message: `整理会改变数据${firstDifference(before.value, after.value)}，未改动这个文件` };
  }
  return { kind: 'ok', text: out, changed: out !== text };
}

/**
 * The canonical text of a data file from one parse, laid out and serialised once: none of
 * `canonicalize`'s safety passes, so it is for comparing (rule canonical-form), never for writing.
 * Undefined when the file is not a record of a data collection, or not one YAML document the
 * loader could read (those files are rule yaml-syntax's).
 */
export function canonicalText(text: string, file: string): string | undefined {
  const collection = collectionOfFile(file);
  const source = text.replace(/^\uFEFF/, '');
  // Nesting the loader refuses could exhaust the YAML library's stack.
  if (!collection || tooDeep(source)) return undefined;
  try {
    return parseAndLayOut(source, collection, file);
  } catch {
    // An alias the key order moved before its anchor: canonicalize refuses such a file too.
    return undefined;
  }
}

/** One parse of the text, then its layout; undefined when the text is not one YAML record. */
function parseAndLayOut(source: string, collection: CollectionName, file: string): string | undefined {
  const doc = parseDocument(source, { keepSourceTokens: true, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length || !doc.contents || !readable(doc)) return undefined;
  return layOut(doc, collection, file);
}

/**
 * Whether the loader reads a document the library parsed without errors: it refuses a list or a
 * map as a key, and aliases that expand past its limit (src/io/yaml.ts).
 */
function readable(doc: Document): boolean {
  let ok = true;
  let aliases = false;
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        ok = false;
        return visit.BREAK;
      }
      return undefined;
    },
    Alias() {
      aliases = true;
    },
  });
  if (!ok || !aliases) return ok;
  try {
    doc.toJS({ maxAliasCount: 100 });
    return true;
  } catch {
    return false;
  }
}

/** The canonical layout of a parsed document (changed in place) and its one serialisation. */
function layOut(doc: Document, collection: CollectionName, file: string): string {
  // Document markers (---, ...) and directives carry nothing for a one-record file.
  if (doc.directives) {
    doc.directives.docStart = null;
    doc.directives.docEnd = false;
  }

  normalizeScalars(doc);
  const header = takeSchemaComment(doc);
  orderNode(doc.contents, COLLECTIONS[collection].schema as z.ZodType);
  normalizeLayout(doc);
  putSchemaComment(doc, schemaCommentFor(file, collection), header);

  const out = doc.toString(CANONICAL_OPTIONS).replace(/\r\n?/g, '\n');
  return `${out.replace(/\n+$/, '')}\n`;
}

/** Scalar styles: quoted digit strings, plain strings, literal blocks, canonical booleans and null. */
function normalizeScalars(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      // The loader reads a plain 140525 or 000117109003 as a code (a string); make that explicit.
      if (typeof node.value === 'number' && node.type === 'PLAIN' && node.srcToken && 'source' in node.srcToken) {
        const src = String(node.srcToken.source);
        if (looksLikeCode(src)) node.value = src;
      }
      if (typeof node.value === 'string') {
        if (node.tag === 'tag:yaml.org,2002:str' || node.tag === '!!str') node.tag = undefined;
        if (/^\d+$/.test(node.value)) node.type = 'QUOTE_SINGLE';
        else if (node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
        else node.type = 'PLAIN';
      } else if (typeof node.value === 'boolean' || node.value === null) {
        node.source = undefined;
        node.type = 'PLAIN';
      }
    },
  });
}

/** Removes the `yaml-language-server` line from the top comments; returns the doc-level comment left. */
function takeSchemaComment(doc: Document): string | undefined {
  const strip = (comment: string | null | undefined): string | undefined => {
    if (!comment) return undefined;
    const lines = comment.split('\n');
    const i = lines.findIndex((l) => SCHEMA_COMMENT.test(l));
    if (i !== -1) lines.splice(i, 1);
    const rest = lines.join('\n');
    return rest.trim() === '' ? undefined : rest;
  };
  const docComment = strip(doc.commentBefore);
  doc.commentBefore = docComment ?? null;
  const root = doc.contents as Node;
  root.commentBefore = strip(root.commentBefore) ?? null;
  const firstNode = firstItemNode(root);
  if (firstNode) firstNode.commentBefore = strip(firstNode.commentBefore) ?? null;
  return docComment;
}

function putSchemaComment(doc: Document, line: string, docComment: string | undefined): void {
  const root = doc.contents as Node;
  const firstNode = firstItemNode(root);
  if (docComment || !firstNode) {
    // Comments that stood apart at the top of the file stay there, after the schema line.
    doc.commentBefore = docComment ? `${line}\n${docComment}` : line;
    return;
  }
  const existing = root.commentBefore ? `${root.commentBefore}\n` : '';
  root.commentBefore = null;
  firstNode.commentBefore = `${line}\n${existing}${firstNode.commentBefore ?? ''}`.replace(/\n$/, '');
  firstNode.spaceBefore = false;
}

/** The node whose leading comment is printed first: the first key of a map, the first item of a list. */
function firstItemNode(root: Node): Node | undefined {
  if (isMap(root)) {
    const p = root.items[0];
    return p && isPair(p) ? (p.key as Node) : undefined;
  }
  if (isSeq(root)) return (root.items[0] as Node | undefined) ?? undefined;
  return undefined;
}

const keyOf = (k: unknown): string | undefined => (isScalar(k) ? String(k.value) : typeof k === 'string' ? k : undefined);

function shapeOfNode(node: Node): ValueShape {
  if (isMap(node)) {
    const keys: string[] = [];
    for (const p of node.items) {
      const k = keyOf(p.key);
      if (k !== undefined) keys.push(k);
    }
    return {
      kind: 'map',
      keys,
      get: (key) => {
        const p = node.items.find((it) => keyOf(it.key) === key);
        return p && isScalar(p.value) ? p.value.value : undefined;
      },
    };
  }
  if (isSeq(node)) return { kind: 'seq' };
  return { kind: 'scalar' };
}

/** Reorders map keys as the schema declares them, recursively. */
function orderNode(node: unknown, schema: z.ZodType | undefined): void {
  if (!node || isAlias(node) || !isCollection(node)) return;
  const target = schema && unionOf(schema) ? pickOption(schema, shapeOfNode(node as Node)) : schema;
  if (isMap(node)) {
    const shape = target ? shapeOf(target) : undefined;
    const values = target ? recordValueOf(target) : undefined;
    if (shape) {
      const order = Object.keys(shape);
      const rank = (p: (typeof node.items)[number]) => {
        const i = order.indexOf(keyOf(p.key) ?? '');
        return i === -1 ? order.length : i;
      };
      // Array.prototype.sort is stable: unknown keys keep their relative order at the end.
      node.items.sort((a, b) => rank(a) - rank(b));
    }
    for (const p of node.items) {
      const k = keyOf(p.key);
      orderNode(p.value, shape && k !== undefined ? shape[k] : values);
    }
  } else if (isSeq(node)) {
    const element = target ? elementOf(target) : undefined;
    for (const item of node.items) orderNode(item, element);
  }
}

const oneLineScalar = (n: unknown) =>
  isScalar(n) && !n.comment && !n.commentBefore && !(typeof n.value === 'string' && n.value.includes('\n'));

/** A `{ value, unit }` map of one-line scalars without comments: printed as a one-line flow map. */
function isTimeLimit(node: Node): boolean {
  if (!isMap(node) || node.items.length !== 2 || node.comment || node.commentBefore) return false;
  const keys = node.items.map((p) => keyOf(p.key)).sort();
  if (keys[0] !== 'unit' || keys[1] !== 'value') return false;
  return node.items.every((p) => oneLineScalar(p.key) && oneLineScalar(p.value));
}

/** A row of a table: a list of one-line scalars that is itself an item of a list (form table samples). */
function isTableRow(node: Node, parent: unknown): boolean {
  return isSeq(node) && isSeq(parent) && node.items.length > 0 && !node.comment && node.items.every(oneLineScalar);
}

/** Flow style for empty collections, time limits and table rows; block style for everything else. */
function isFlow(node: Node, parent: unknown): boolean {
  if (!isCollection(node)) return false;
  if (node.items.length === 0) return !node.comment;
  return isTimeLimit(node) || isTableRow(node, parent);
}

/** Collection styles, and blank lines only before comments that had one. */
function normalizeLayout(doc: Document): void {
  visit(doc, {
    Node(_key, node, path) {
      if (isCollection(node)) node.flow = isFlow(node, path[path.length - 1]);
      if (node.spaceBefore && !node.commentBefore) node.spaceBefore = false;
    },
  });
  // No gap between the header and the first key or item.
  const first = firstItemNode(doc.contents as Node);
  if (first) first.spaceBefore = false;
}

/** " (at a.b[2])" for the refusal message. */
function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const sub = Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : k;
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], sub);
      if (d) return d;
    }
  }
  return at ? `（${at}）` : '';
}

