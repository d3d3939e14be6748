/**
 * A fast writer of the canonical form (src/io/canonical.ts) for the plain values the fast reader
 * (src/io/fast-yaml.ts) gives: the text `canonicalize` would write for a file holding that value
 * and no comment but the schema line, or undefined for anything it is not sure of. Building and
 * printing a yaml Document costs milliseconds a file; this walks the value once.
 *
 * It mirrors canonical.ts step by step — keys in the schema's order (`orderNode`, unions picked by
 * the same `pickOption`, unknown keys after the known ones in their order), the scalar styles of
 * `normalizeScalars` as the yaml library prints them with CANONICAL_OPTIONS, the flow cases of
 * `normalizeLayout` (empty collections, time limits, table rows) and the schema line on top — and
 * declines what it does not reproduce: multi-line strings (literal blocks), strings the library
 * would escape or treat specially (control characters, a backslash in double quotes, a document
 * marker), keys that are not plain names, numbers it might spell differently, a list directly in a
 * list that is not a table row, and a record that is not a map.
 *
 * A text equal to this output is canonical, with no further work; a text that differs is not
 * necessarily wrong (it may hold comments, `8.50`, a block string), so rule canonical-form then
 * asks the full formatter. tests/fast-canonical.test.ts compares the two on the demo, the
 * synthetic catalogue and random records. See docs/ARCHITECTURE.md, "The canonical form".
 */
import type { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { type ValueShape, elementOf, pickOption, recordValueOf, shapeOf, unionOf } from '../schemas/walk.ts';
import { collectionOfFile, schemaCommentFor } from './canonical.ts';
import { NOT_STRING } from './fast-yaml.ts';
import { looksLikeCode } from './yaml.ts';

/** Signals a value this writer does not reproduce exactly: the caller asks the full formatter. */
class Declined extends Error {}
const decline = (): never => {
  throw new Declined();
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCollection = (v: unknown): v is Obj | unknown[] => typeof v === 'object' && v !== null;

/** A key the library prints as written: a plain name no core-schema tag reads as anything else. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Characters the library escapes (double quotes), or that the loader refuses, or that break lines. */
const SPECIAL = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufeff\u2028\u2029]/u;
/** The library's plainString: text that cannot be written plain. */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** The library's containsDocumentMarker: such text gets a block style at the top level. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
/** A decimal fraction as JSON (and the library) spells it, without exponent. */
const DECIMAL = /^-?[0-9]+\.[0-9]+$/;

function key(k: string): string {
  if (!PLAIN_KEY.test(k) || NOT_STRING.some((re) => re.test(k))) decline();
  return k;
}

/** The library's quotedString with singleQuote: single quotes unless only a single quote is inside. */
function quoted(s: string): string {
  if (s.includes("'") && !s.includes('"')) {
    if (s.includes('\\')) decline();
    return `"${s}"`;
  }
  return `'${s.replace(/'/g, "''")}'`;
}

/** A one-line scalar as the canonical form prints it; `inFlow` inside `{ … }` or `[ … ]`. */
function scalar(v: unknown, inFlow: boolean): string {
  if (typeof v === 'string') {
    if (v.includes('\n') || SPECIAL.test(v) || DOCUMENT_MARKER.test(v)) decline();
    // normalizeScalars: digit strings single-quoted; every other string plain where allowed.
    if (/^\d+$/.test(v)) return `'${v}'`;
    if ((inFlow && /[[\]{},]/.test(v)) || NOT_PLAIN.test(v) || NOT_STRING.some((re) => re.test(v))) return quoted(v);
    return v;
  }
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v) && !Object.is(v, -0)) {
      const s = String(v);
      // A plain 140525 or 012 is read back as a code, a string.
      return looksLikeCode(s) ? decline() : s;
    }
    const s = JSON.stringify(v);
    return DECIMAL.test(s) ? s : decline();
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  return decline();
}

const oneLine = (v: unknown) => !isCollection(v) && !(typeof v === 'string' && v.includes('\n'));

/** normalizeLayout's isTimeLimit: `{ value, unit }` of one-line scalars. */
function isTimeLimit(v: Obj, keys: readonly string[]): boolean {
  return keys.length === 2 && Object.hasOwn(v, 'value') && Object.hasOwn(v, 'unit') && oneLine(v.value) && oneLine(v.unit);
}

/** Key ranks of an object schema, built once per schema. */
const ranks = new WeakMap<object, ReadonlyMap<string, number>>();
function rankOf(shape: Readonly<Record<string, z.ZodType>>): ReadonlyMap<string, number> {
  let r = ranks.get(shape);
  if (!r) ranks.set(shape, (r = new Map(Object.keys(shape).map((k, i) => [k, i]))));
  return r;
}

/** orderNode's choice of option for a union, from the value's shape as shapeOfNode sees it. */
function target(value: Obj | unknown[], schema: z.ZodType | undefined): z.ZodType | undefined {
  if (!schema || !unionOf(schema)) return schema;
  const shape: ValueShape = Array.isArray(value)
    ? { kind: 'seq' }
    : { kind: 'map', keys: Object.keys(value), get: (k) => (isCollection(value[k]) ? undefined : value[k]) };
  return pickOption(schema, shape);
}

interface Entry {
  readonly key: string;
  readonly value: unknown;
  readonly schema: z.ZodType | undefined;
}

/** A map's entries in orderNode's order, each with the schema its value is ordered by. */
function entries(value: Obj, schema: z.ZodType | undefined): Entry[] {
  const t = target(value, schema);
  const shape = t ? shapeOf(t) : undefined;
  const values = t ? recordValueOf(t) : undefined;
  const keys = Object.keys(value);
  if (shape) {
    const rank = rankOf(shape);
    const end = rank.size;
    // Array.prototype.sort is stable, as orderNode relies on: unknown keys keep their order.
    keys.sort((a, b) => (rank.get(a) ?? end) - (rank.get(b) ?? end));
  }
  return keys.map((k) => ({ key: k, value: value[k], schema: shape ? shape[k] : values }));
}

/** A flow collection on one line (empty, a time limit or a table row); undefined when in block style. */
function flow(value: Obj | unknown[], schema: z.ZodType | undefined, parentIsList: boolean): string | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (!parentIsList || !value.every(oneLine)) return undefined;
    return `[ ${value.map((v) => scalar(v, true)).join(', ')} ]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  if (!isTimeLimit(value, keys)) return undefined;
  return `{ ${entries(value, schema)
    .map((e) => `${key(e.key)}: ${scalar(e.value, true)}`)
    .join(', ')} }`;
}

/** Lines of a block map at `indent`; `first` replaces the first line's indentation (a list marker). */
function blockMap(value: Obj, schema: z.ZodType | undefined, indent: string, out: string[], first = indent): void {
  let lead = first;
  for (const e of entries(value, schema)) {
    const head = `${lead}${key(e.key)}:`;
    lead = indent;
    node(e.value, e.schema, head, indent, false, out);
  }
}

/** Writes `head` followed by a value: on the same line, or as nested block lines. */
function node(value: unknown, schema: z.ZodType | undefined, head: string, indent: string, parentIsList: boolean, out: string[]): void {
  if (!isCollection(value)) {
    out.push(`${head} ${scalar(value, false)}`);
    return;
  }
  const f = flow(value, schema, parentIsList);
  if (f !== undefined) {
    out.push(`${head} ${f}`);
    return;
  }
  out.push(head);
  const inner = `${indent}  `;
  if (Array.isArray(value)) blockSeq(value, schema, inner, out);
  else blockMap(value, schema, inner, out);
}

function blockSeq(value: unknown[], schema: z.ZodType | undefined, indent: string, out: string[]): void {
  const t = target(value, schema);
  const element = t ? elementOf(t) : undefined;
  for (const item of value) {
    if (!isCollection(item)) {
      out.push(`${indent}- ${scalar(item, false)}`);
      continue;
    }
    const f = flow(item, element, true);
    if (f !== undefined) out.push(`${indent}- ${f}`);
    // A list directly in a list, not a table row: the library's `- - …` layout is not reproduced.
    else if (Array.isArray(item)) decline();
    else blockMap(item, element, `${indent}  `, out, `${indent}- `);
  }
}

/**
 * The canonical text of a data file holding `value` and no comment but the schema line; undefined
 * when `file` is not a record file of a data collection or the writer declines the value.
 */
export function fastCanonical(value: unknown, file: string): string | undefined {
  const collection = collectionOfFile(file);
  if (!collection || !isObj(value) || Object.keys(value).length === 0) return undefined;
  return fastCanonicalRecord(collection, file, value);
}

function fastCanonicalRecord(collection: CollectionName, file: string, value: Obj): string | undefined {
  const out = [`#${schemaCommentFor(file, collection)}`];
  try {
    blockMap(value, COLLECTIONS[collection].schema as z.ZodType, '', out);
  } catch (e) {
    if (e instanceof Declined) return undefined;
    throw e;
  }
  return `${out.join('\n')}\n`;
}
