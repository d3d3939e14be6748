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
/**
 * Characters the library escapes (double quotes) or the loader refuses, but for the line break:
 * tested once on the whole text written (every string is in it as it is, unescaped).
 */
const SPECIAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;
/**
 * The first characters of text the library's plainString does not write plain. Its test,
 * /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/, is spelt
 * out in `notPlain` for one-line text without tabs (a tab is declined, or differs from the text).
 */
const INDICATOR = new Set([...' ,[]{}#&*!|>\'"%@`']);
/** Inside `{ … }` or `[ … ]` these need quotes too. */
const FLOW_INDICATOR = /[[\]{},]/;
/** A decimal fraction as JSON (and the library) spells it, without exponent. */
const DECIMAL = /^-?[0-9]+\.[0-9]+$/;
/** First characters of every text a core-schema tag other than str reads (see fast-yaml.ts). */
const MAYBE_NOT_STRING = new Set([...'~nNtTfF0123456789+-.']);
const DIGITS = /^[0-9]+$/;

const keys = new Map<string, string>();
function key(k: string): string {
  let out = keys.get(k);
  if (out === undefined) {
    if (!PLAIN_KEY.test(k) || NOT_STRING.some((re) => re.test(k))) decline();
    keys.set(k, (out = k));
  }
  return out;
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
  if (typeof v === 'string') return string(v, inFlow);
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

function string(v: string, inFlow: boolean): string {
  if (v === '') return "''";
  // Line breaks (literal blocks) are left to the formatter, as are the characters of SPECIAL.
  if (v.includes('\n')) decline();
  const c = v[0]!;
  if ((c === '-' && v.startsWith('---')) || (c === '.' && v.startsWith('...'))) decline();
  if (MAYBE_NOT_STRING.has(c)) {
    // normalizeScalars: digit strings single-quoted (a plain one would be a number or a code).
    if (DIGITS.test(v)) return `'${v}'`;
    if (NOT_STRING.some((re) => re.test(v))) return quoted(v);
  }
  if (notPlain(v, c) || (inFlow && FLOW_INDICATOR.test(v))) return quoted(v);
  return v;
}

function notPlain(v: string, c: string): boolean {
  if (INDICATOR.has(c)) return true;
  if ((c === '-' || c === '?') && (v.length === 1 || v[1] === ' ')) return true;
  const last = v[v.length - 1];
  return last === ' ' || last === ':' || v.includes(': ') || v.includes(' #');
}

const oneLine = (v: unknown) => !isCollection(v) && !(typeof v === 'string' && v.includes('\n'));

/** normalizeLayout's isTimeLimit: `{ value, unit }` of one-line scalars. */
function isTimeLimit(v: Obj, keys: readonly string[]): boolean {
  return keys.length === 2 && Object.hasOwn(v, 'value') && Object.hasOwn(v, 'unit') && oneLine(v.value) && oneLine(v.unit);
}

/** What orderNode reads of a (non-union) schema, looked up once per schema. */
interface Info {
  readonly shape: Readonly<Record<string, z.ZodType>> | undefined;
  readonly rank: ReadonlyMap<string, number> | undefined;
  readonly values: z.ZodType | undefined;
  readonly element: z.ZodType | undefined;
}
const NO_SCHEMA: Info = { shape: undefined, rank: undefined, values: undefined, element: undefined };
const infos = new WeakMap<z.ZodType, Info | 'union'>();

/** orderNode's schema of a value: a union's option picked from the value's shape as shapeOfNode sees it. */
function infoFor(value: Obj | unknown[], schema: z.ZodType | undefined): Info {
  if (!schema) return NO_SCHEMA;
  let info = infos.get(schema);
  if (!info) {
    if (unionOf(schema)) info = 'union';
    else {
      const shape = shapeOf(schema);
      info = { shape, rank: shape && new Map(Object.keys(shape).map((k, i) => [k, i])), values: recordValueOf(schema), element: elementOf(schema) };
    }
    infos.set(schema, info);
  }
  if (info !== 'union') return info;
  const shape: ValueShape = Array.isArray(value)
    ? { kind: 'seq' }
    : { kind: 'map', keys: Object.keys(value), get: (k) => (isCollection(value[k]) ? undefined : value[k]) };
  const picked = pickOption(schema, shape);
  // An option that is itself a union is not picked again by orderNode.
  return picked && !unionOf(picked) ? infoFor(value, picked) : picked ? plainInfo(picked) : NO_SCHEMA;
}

function plainInfo(schema: z.ZodType): Info {
  const shape = shapeOf(schema);
  return { shape, rank: shape && new Map(Object.keys(shape).map((k, i) => [k, i])), values: recordValueOf(schema), element: elementOf(schema) };
}

/** A map's keys in orderNode's order. */
function orderedKeys(value: Obj, info: Info): string[] {
  const keys = Object.keys(value);
  const rank = info.rank;
  if (!rank || keys.length < 2) return keys;
  const end = rank.size;
  const r = (k: string) => rank.get(k) ?? end;
  // A canonical file's keys are in order already; sorting is for the others.
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = r(keys[i - 1]!) <= r(keys[i]!);
  // Array.prototype.sort is stable, as orderNode relies on: unknown keys keep their order.
  return sorted ? keys : keys.sort((a, b) => r(a) - r(b));
}

/** The schema orderNode recurses into for the value of `k`. */
const childSchema = (info: Info, k: string) => (info.shape ? info.shape[k] : info.values);

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
  return `{ ${orderedKeys(value, infoFor(value, schema))
    .map((k) => `${key(k)}: ${scalar(value[k], true)}`)
    .join(', ')} }`;
}

/**
 * Where the text goes: collected (`fastCanonical`), or compared piece by piece with a file's text
 * as it is written (`isFastCanonical`), which builds no text and stops at the first difference.
 * One class for both, so that every call site sees one shape.
 */
class Sink {
  text: string;
  at = 0;
  readonly compare: boolean;
  constructor(compareWith?: string) {
    this.compare = compareWith !== undefined;
    this.text = compareWith ?? '';
  }
  put(piece: string): void {
    if (!this.compare) this.text += piece;
    else if (this.text.startsWith(piece, this.at)) this.at += piece.length;
    else decline();
  }
  /** One character, by its code: `:`, a space or a line break. */
  char(code: number, piece: string): void {
    if (!this.compare) this.text += piece;
    else if (this.text.charCodeAt(this.at) === code) this.at++;
    else decline();
  }
}

const COLON = 58;
const SPACE = 32;
const NEWLINE = 10;

/** Indentations (two spaces a level) and list markers, made once. */
const spaces: string[] = [];
const indentOf = (level: number) => (spaces[level] ??= '  '.repeat(level));
const markers: string[] = [];
const markerOf = (level: number) => (markers[level] ??= `${indentOf(level)}- `);

/** A block map's lines at `level`; `first`, when given, stands for the first line's indentation (a list marker). */
function blockMap(value: Obj, schema: z.ZodType | undefined, level: number, out: Sink, first?: string): void {
  const info = infoFor(value, schema);
  let lead = first ?? indentOf(level);
  for (const k of orderedKeys(value, info)) {
    out.put(lead);
    out.put(key(k));
    out.char(COLON, ':');
    lead = indentOf(level);
    node(value[k], childSchema(info, k), level, out);
  }
}

/** A map's value after its key: on the same line, or as nested block lines. */
function node(value: unknown, schema: z.ZodType | undefined, level: number, out: Sink): void {
  if (!isCollection(value)) {
    out.char(SPACE, ' ');
    out.put(scalar(value, false));
    out.char(NEWLINE, '\n');
    return;
  }
  const f = flow(value, schema, false);
  if (f !== undefined) {
    out.char(SPACE, ' ');
    out.put(f);
    out.char(NEWLINE, '\n');
    return;
  }
  out.char(NEWLINE, '\n');
  if (Array.isArray(value)) blockSeq(value, schema, level + 1, out);
  else blockMap(value, schema, level + 1, out);
}

function blockSeq(value: unknown[], schema: z.ZodType | undefined, level: number, out: Sink): void {
  const element = infoFor(value, schema).element;
  for (const item of value) {
    if (!isCollection(item)) {
      out.put(markerOf(level));
      out.put(scalar(item, false));
      out.char(NEWLINE, '\n');
      continue;
    }
    const f = flow(item, element, true);
    if (f !== undefined) {
      out.put(markerOf(level));
      out.put(f);
      out.char(NEWLINE, '\n');
    }
    // A list directly in a list, not a table row: the library's `- - …` layout is not reproduced.
    else if (Array.isArray(item)) decline();
    else blockMap(item, element, level + 1, out, markerOf(level));
  }
}

/**
 * The canonical text of a data file holding `value` and no comment but the schema line; undefined
 * when `file` is not a record file of a data collection or the writer declines the value.
 */
export function fastCanonical(value: unknown, file: string): string | undefined {
  const out = new Sink();
  if (!write(value, file, out)) return undefined;
  // Lone surrogates and characters the library would escape are declined here, once per text.
  return SPECIAL.test(out.text) || !out.text.isWellFormed() ? undefined : out.text;
}

/**
 * Whether `text` is exactly what `fastCanonical(value, file)` writes (then it is canonical),
 * found without building that text. `text` must be one the fast reader read as `value`: such a
 * text has none of the characters `fastCanonical` declines, so a value holding one (from a
 * `"\u0001"` escape) is written differently from the text and the answer is false, as it is
 * whenever `fastCanonical` declines.
 */
export function isFastCanonical(text: string, value: unknown, file: string): boolean {
  const out = new Sink(text);
  return write(value, file, out) && out.at === text.length;
}

/** Writes the record into `out`; false when declined (or when `out` found a difference). */
function write(value: unknown, file: string, out: Sink): boolean {
  const collection = collectionOfFile(file);
  if (!collection || !isObj(value) || Object.keys(value).length === 0) return false;
  try {
    out.put(schemaLine(file, collection));
    out.char(NEWLINE, '\n');
    blockMap(value, COLLECTIONS[collection].schema as z.ZodType, 0, out);
    return true;
  } catch (e) {
    if (e instanceof Declined) return false;
    throw e;
  }
}

/** The schema line of the files of a folder, worked out once per folder. */
const schemaLines = new Map<string, string>();
function schemaLine(file: string, collection: CollectionName): string {
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  let line = schemaLines.get(dir);
  if (line === undefined) schemaLines.set(dir, (line = `#${schemaCommentFor(file, collection)}`));
  return line;
}
