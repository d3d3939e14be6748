/**
 * Open data: the catalogue in machine-readable and office formats, built from a validation result.
 *
 * - catalogue.json: every record (without file positions) sorted by key, and the holdings history;
 * - csv/<collection>.csv: one row per record, for spreadsheets;
 * - xlsx/<jurisdiction>-<list-id>.xlsx: each transfer list laid out for filing upward (备案);
 * - schemas/<collection>.schema.json: the JSON Schemas the records follow.
 *
 * The same data always gives the same bytes: no build timestamp, records and keys in a fixed order,
 * workbook dates taken from the list's own date and zip entry times fixed to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  type CollectionName,
  type TransferList,
  noticeSchema,
} from '../schemas/index.ts';
import { SCHEMA_VERSION } from '../schemas/version.ts';
import type { CatalogueIndex } from '../domain/catalogue.ts';
import type { Holdings } from '../domain/holdings.ts';
import { jsonSchemaFiles } from './json-schema.ts';
import type { Loaded } from '../io/load.ts';
import { descriptionOf, firstClause, kindOf, shapeOf } from '../schemas/walk.ts';
import type { ValidationResult } from '../check/validate.ts';

/** Version of the layout of catalogue.json; raise it when that layout changes. */
export const OPEN_DATA_FORMAT_VERSION = 1;

/** The collections of the open data: the record collections plus the notices' metadata. */
export type OpenDataCollection = CollectionName | 'notices';
export const OPEN_DATA_COLLECTIONS: readonly OpenDataCollection[] = [...COLLECTION_NAMES, 'notices'];

/** Default output directory of `npm run export`, relative to the repository root. */
export const DEFAULT_OPEN_DATA_DIR = 'dist/open-data';

/** The entries of the output directory this module owns (removed before writing). */
const OWNED = ['catalogue.json', 'csv', 'xlsx', 'schemas'] as const;

type Result = Pick<ValidationResult, 'catalogue' | 'index' | 'holdings'>;

/** Code-unit order, independent of the machine's locale. */
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function schemaOf(name: OpenDataCollection): z.ZodType {
  return name === 'notices' ? noticeSchema : (COLLECTIONS[name].schema as z.ZodType);
}

function keyOf(name: OpenDataCollection, record: unknown): string {
  if (name === 'notices') return (record as { id: string }).id;
  return (COLLECTIONS[name].key as (r: unknown) => string)(record);
}

/** The records of a collection, sorted by key. */
export function sortedRecords(result: Result, name: OpenDataCollection): unknown[] {
  const loaded = result.catalogue[name] as readonly Loaded<unknown>[];
  return loaded
    .map((r) => ({ key: keyOf(name, r.data), data: r.data }))
    .sort((a, b) => byString(a.key, b.key))
    .map((r) => r.data);
}

// ---------------------------------------------------------------------------------------------
// catalogue.json

/** One period of a matter's holder in catalogue.json. */
export interface HoldingPeriodJson {
  /** Department key: jurisdiction/id. */
  readonly department: string;
  /** First day (ISO) the department held the matter; absent for "before the first list". */
  readonly from?: string;
  /** First day of the next period (exclusive end); absent for the current holder. */
  readonly until?: string;
  /** The list that started the period: jurisdiction/list-id. */
  readonly list?: string;
  readonly direction?: string;
}

export function holdingsJson(holdings: ReadonlyMap<string, Holdings>): Record<string, Record<string, HoldingPeriodJson[]>> {
  const out: Record<string, Record<string, HoldingPeriodJson[]>> = {};
  for (const j of [...holdings.keys()].sort(byString)) {
    const h = holdings.get(j)!;
    const perMatter: Record<string, HoldingPeriodJson[]> = {};
    for (const matter of [...h.history.keys()].sort(byString)) {
      const periods = h.history.get(matter)!;
      perMatter[matter] = periods.map((p, i) => {
        const next = periods[i + 1];
        return {
          department: p.holder,
          ...(p.from !== undefined ? { from: p.from } : {}),
          ...(next?.from !== undefined ? { until: next.from } : {}),
          ...(p.list ? { list: `${p.list.data.jurisdiction}/${p.list.data.id}` } : {}),
          ...(p.direction ? { direction: p.direction } : {}),
        };
      });
    }
    out[j] = perMatter;
  }
  return out;
}

/** The whole catalogue as one JSON document (text, with a final newline). */
export function catalogueJson(result: Result): string {
  const collections: Record<string, unknown[]> = {};
  for (const name of OPEN_DATA_COLLECTIONS) collections[name] = sortedRecords(result, name);
  const doc = {
    formatVersion: OPEN_DATA_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    collections,
    holdings: holdingsJson(result.holdings),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// CSV

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
  const columns: CsvColumn[] = [];
  if (name === 'notices') columns.push({ path: ['id'], header: '标识(id)' });
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
  walk(schemaOf(name), []);
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

const get = (record: unknown, p: readonly string[]) =>
  p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), record);

/** A collection as CSV: UTF-8 with BOM (so spreadsheet programs read Chinese), CRLF, header row. */
export function collectionCsv(result: Result, name: OpenDataCollection): string {
  const columns = csvColumns(name);
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const record of sortedRecords(result, name)) {
    lines.push(columns.map((c) => csvField(cellText(get(record, c.path)))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// XLSX: a transfer list for filing upward

/** Columns of the filing table, with widths for Chinese text (about 2 units per character). */
export const TRANSFER_XLSX_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '事项名称', width: 44 },
  { header: '事项类型', width: 14 },
  { header: '原实施部门', width: 30 },
  { header: '划转后实施部门', width: 30 },
  { header: '方向', width: 8 },
  { header: '备注', width: 40 },
] as const;

/** Row numbers of the layout (1-based). */
export const TRANSFER_XLSX_ROWS = { title: 1, meta: 2, header: 3, firstEntry: 4 } as const;

/** What the 文号 cell says when the published text gives no document number. */
export const NO_DOC_NUMBER = '（未载明）';

/** File name of a list's workbook under xlsx/. */
export const transferXlsxName = (list: Pick<TransferList, 'jurisdiction' | 'id'>) => `${list.jurisdiction}-${list.id}.xlsx`;

/** 2020-12-24 → 2020年12月24日. */
function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** The cells of the row under the title: document number, issuer, date. */
export function transferMetaCells(list: TransferList): { docNumber: string; issuer: string; date: string } {
  return {
    docNumber: `文号：${list.docNumber ?? NO_DOC_NUMBER}`,
    issuer: `发文机关：${list.issuer}`,
    date: `成文日期：${chineseDate(list.date)}${list.dateEstimated ? '（推定）' : ''}`,
  };
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** The workbook of one transfer list (bytes of an .xlsx file). */
export async function transferXlsx(list: TransferList, index: CatalogueIndex): Promise<Uint8Array> {
  const date = new Date(`${list.date}T00:00:00Z`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneSeal';
  wb.lastModifiedBy = 'OneSeal';
  wb.created = date;
  wb.modified = date;
  wb.title = list.title;

  const ws = wb.addWorksheet('划转清单', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: TRANSFER_XLSX_ROWS.header, topLeftCell: 'A4', activeCell: 'A4' }],
    pageSetup: {
      paperSize: 9 as ExcelJS.PaperSize, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${TRANSFER_XLSX_ROWS.header}:${TRANSFER_XLSX_ROWS.header}`,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = TRANSFER_XLSX_COLUMNS.map((c) => ({ width: c.width }));
  const last = String.fromCharCode(64 + TRANSFER_XLSX_COLUMNS.length); // G

  const title = ws.getRow(TRANSFER_XLSX_ROWS.title);
  title.getCell(1).value = list.title;
  ws.mergeCells(`A1:${last}1`);
  title.height = 36;
  title.getCell(1).font = { name: '宋体', size: 16, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  const meta = transferMetaCells(list);
  const metaRow = ws.getRow(TRANSFER_XLSX_ROWS.meta);
  metaRow.getCell(1).value = meta.docNumber;
  metaRow.getCell(4).value = meta.issuer;
  metaRow.getCell(6).value = meta.date;
  ws.mergeCells('A2:C2');
  ws.mergeCells('D2:E2');
  ws.mergeCells(`F2:${last}2`);
  metaRow.height = 22;
  for (const c of [1, 4, 6]) {
    metaRow.getCell(c).font = { name: '宋体', size: 11 };
    metaRow.getCell(c).alignment = { vertical: 'middle', horizontal: c === 6 ? 'right' : 'left' };
  }

  const header = ws.getRow(TRANSFER_XLSX_ROWS.header);
  TRANSFER_XLSX_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: '黑体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = THIN;
  });
  header.height = 24;

  const deptName = (id: string) => index.department(list.jurisdiction, id)?.data.name ?? id;
  list.entries.forEach((e, i) => {
    const row = ws.getRow(TRANSFER_XLSX_ROWS.firstEntry + i);
    const values = [i + 1, e.name, e.powerType, deptName(e.from), deptName(e.to), e.direction, e.note ?? ''];
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.font = { name: '宋体', size: 11 };
      cell.border = THIN;
      const centered = c === 0 || c === 2 || c === 5;
      cell.alignment = { horizontal: centered ? 'center' : 'left', vertical: 'middle', wrapText: true };
    });
  });

  const buffer = await wb.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buffer as ArrayBuffer), date);
}

/**
 * Sets the modification time of every entry of a zip archive (local headers and central
 * directory) to `date` at midnight, so the archive does not depend on when it was written.
 */
export function fixZipTimes(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const dosTime = 0;
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('bad zip central directory');
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('bad zip local header');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The directory

/** Every file of the open data: path relative to the output directory (forward slashes) → bytes. */
export async function openDataFiles(result: Result): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  files.set('catalogue.json', utf8(catalogueJson(result)));
  for (const name of OPEN_DATA_COLLECTIONS) files.set(`csv/${name}.csv`, utf8(collectionCsv(result, name)));
  const lists = [...result.catalogue.transfers].sort((a, b) =>
    byString(transferXlsxName(a.data), transferXlsxName(b.data)),
  );
  for (const list of lists) files.set(`xlsx/${transferXlsxName(list.data)}`, await transferXlsx(list.data, result.index));
  // The same text `npm run schemas` writes to schemas/, generated from the zod schemas in use.
  for (const [file, text] of [...jsonSchemaFiles()].sort(([a], [b]) => byString(a, b))) files.set(`schemas/${file}`, utf8(text));
  return files;
}

/**
 * Writes the open data into `outDir` (created if missing): catalogue.json, csv/, xlsx/, schemas/.
 * Those entries are replaced as a whole, so files of records since removed do not linger; nothing
 * else in the directory is touched. Returns the written paths, relative to outDir.
 */
export async function writeOpenData(result: Result, outDir: string): Promise<string[]> {
  const files = await openDataFiles(result);
  fs.mkdirSync(outDir, { recursive: true });
  for (const entry of OWNED) fs.rmSync(path.join(outDir, entry), { recursive: true, force: true });
  for (const [rel, bytes] of files) {
    const target = path.join(outDir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
  return [...files.keys()];
}
