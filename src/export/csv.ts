/**
 * csv/<collection>.csv: one row per record, for spreadsheets. Text that a spreadsheet would take
 * for a formula is neutralised (see csvCell).
 */
import type { z } from 'zod';
import { collection } from '../schemas/index.ts';
import { descriptionOf, firstClause, kindOf, shapeOf } from '../schemas/walk.ts';
import { type OpenDataCollection, type Result, sortedRecords } from './records.ts';

/** A CSV column: where the value is in the record, and its header. */
export interface CsvColumn {
  readonly path: readonly string[];
  /** Chinese first clause of the field description, then the English path: 事项名称(name). */
  readonly header: string;
}

/** Separator of list items inside one cell. */
export const CSV_LIST_SEPARATOR = '；';

const isTimeLimitShape = (shape: Readonly<Record<string, unknown>>) => {
  const keys = Object.keys(shape).sort();
  return keys.length === 2 && keys[0] === 'unit' && keys[1] === 'value';
};

/**
 * Columns of a collection: every field in schema order; nested objects (not lists) spread into
 * dotted columns (phones.consultation), except a time limit, which is one cell.
 */
export function csvColumns(name: OpenDataCollection): CsvColumn[] {
  const def = collection(name);
  const columns: CsvColumn[] = [...(def.csvLeading ?? [])];
  const walk = (schema: z.ZodType, prefix: readonly string[]) => {
    for (const [key, field] of Object.entries(shapeOf(schema) ?? {})) {
      const p = [...prefix, key];
      const shape = kindOf(field) === 'object' ? shapeOf(field) : undefined;
      if (shape && !isTimeLimitShape(shape)) {
        walk(field, p);
        continue;
      }
      const desc = descriptionOf(field);
      columns.push({ path: p, header: `${desc ? firstClause(desc) : key}(${p.join('.')})` });
    }
  };
  walk(def.schema, []);
  return columns;
}

const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** A value as CSV cell text: lists of scalars joined with “；”, time limits as “20 工作日”, other objects as JSON. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.every(isScalar)) return value.map(cellText).join(CSV_LIST_SEPARATOR);
    return JSON.stringify(value);
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (isTimeLimitShape(o) && typeof o.value === 'number' && typeof o.unit === 'string') return `${o.value} ${o.unit}`;
    return JSON.stringify(value);
  }
  return String(value);
}

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double the quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A record's value as a CSV field. Text starting with =, +, -, @, a tab or a carriage return gets
 * a leading single quote and is always quoted, so that no spreadsheet evaluates it
 * (=HYPERLINK(…) stays text). A number is written as it is (-3 is a number, not a formula), and
 * so is a lone “-”, which nothing evaluates and which sometimes stands for “none”.
 */
export function csvCell(value: unknown): string {
  const text = cellText(value);
  if (typeof value === 'number' || text === '-' || !FORMULA_START.test(text)) return csvField(text);
  return `"'${text.replace(/"/g, '""')}"`;
}

const get = (record: unknown, p: readonly string[]) =>
  p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), record);

/** A collection as CSV: UTF-8 with BOM (so spreadsheet programs read Chinese), CRLF, header row. */
export function collectionCsv(result: Result, name: OpenDataCollection): string {
  const columns = csvColumns(name);
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const record of sortedRecords(result, name)) {
    lines.push(columns.map((c) => csvCell(get(record, c.path))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
