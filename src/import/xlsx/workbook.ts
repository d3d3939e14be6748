/**
 * Reading a workbook staff saved from Excel or WPS: every cell as a value (a formula is read as
 * the result it saved, never evaluated), and every sheet recognised by its header row — the
 * columns of src/domain/sheet-columns.ts in any order, under their synonyms, on one line or on two
 * (a merged group label above its parts), with merged cells read as their first cell.
 */
import ExcelJS from 'exceljs';
import { SHEET_COLUMNS, SHEET_KINDS, type SheetColumn, type SheetKind } from '../../domain/sheet-columns.ts';

/** Something wrong with the workbook or a cell, located for the staff member. */
export interface SheetProblem {
  /** The sheet's name; '' for the workbook as a whole. */
  readonly sheet: string;
  /** A1 reference; '' for the workbook or sheet as a whole. */
  readonly cell: string;
  /** The record field concerned (entries.from, handlingType …) or a short label. */
  readonly field: string;
  readonly message: string;
  /** Blocks the import; otherwise a hint to review. */
  readonly blocking: boolean;
}

/** The file cannot be read as a workbook at all. */
export class WorkbookError extends Error {
  override name = 'WorkbookError';
}

/** A cell as the importer sees it. */
export type CellValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  /** A cell that holds no usable value: an error (#N/A), a formula without a saved result. */
  | { readonly kind: 'invalid'; readonly message: string };

const EMPTY: CellValue = { kind: 'empty' };

/** 3 → C, 28 → AB. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export const cellRef = (row: number, col: number) => `${columnLetter(col)}${row}`;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The workbook in `bytes`, or a WorkbookError saying, in Chinese, what the file is instead. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const notXlsx = (what: string) =>
    new WorkbookError(`${what}：请在 Excel 或 WPS 中打开原表，“另存为” Excel 工作簿（*.xlsx）后再导入`);
  if (bytes.length === 0) throw notXlsx('文件是空的');
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    const head = Buffer.from(bytes.subarray(0, 8));
    if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) throw notXlsx('这是旧版 Excel（.xls）或 Word（.doc）文件，不是 .xlsx 工作簿');
    throw notXlsx('这个文件不是 Excel 工作簿（.xlsx），可能是文本或其他文件改了扩展名');
  }
  const text = Buffer.from(bytes).toString('latin1');
  if (!text.includes('xl/workbook.xml')) {
    if (text.includes('word/document.xml')) throw notXlsx('这是 Word 文档（.docx）改了扩展名，不是 Excel 工作簿');
    throw notXlsx('这个压缩文件中没有 Excel 工作簿的内容，不是 .xlsx 文件');
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw notXlsx(`无法读取这个工作簿（${(e as Error).message}）`);
  }
  return wb;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A date cell's calendar date: Excel stores local dates, which exceljs hands over as UTC midnight. */
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** The value of a raw cell value (what exceljs gives for `cell.value`). */
export function valueOf(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'string') return raw.trim() === '' ? EMPTY : { kind: 'text', text: raw };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'invalid', message: '单元格中的数字无效' };
  if (typeof raw === 'boolean') return { kind: 'bool', value: raw };
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? { kind: 'invalid', message: '单元格中的日期无效' } : { kind: 'date', iso: isoOf(raw) };
  if (isObject(raw)) {
    if ('formula' in raw || 'sharedFormula' in raw) {
      // A formula is never evaluated: its saved result is the value; without one there is none.
      if (!('result' in raw) || raw.result === undefined || raw.result === null) {
        return { kind: 'invalid', message: '单元格中是公式，没有保存计算结果：请复制这一列后“选择性粘贴 → 数值”，再导入' };
      }
      const result = valueOf(raw.result);
      return result;
    }
    if ('error' in raw) return { kind: 'invalid', message: `单元格中是错误值 ${String(raw.error)}：请填写正确的值` };
    if (Array.isArray(raw.richText)) return valueOf(raw.richText.map((p) => (isObject(p) ? String(p.text ?? '') : '')).join(''));
    if ('text' in raw) return valueOf(isObject(raw.text) ? raw.text : String(raw.text ?? ''));
  }
  return { kind: 'invalid', message: '无法读取这个单元格的内容' };
}

/** A cell's text as a header or a line is compared: no spaces, line breaks or punctuation around it. */
export function headerText(v: CellValue): string {
  const t = v.kind === 'text' ? v.text : v.kind === 'number' ? String(v.value) : '';
  return t.normalize('NFKC').replace(/[\s\u3000:：*＊()（）]/gu, '');
}

/** A cell's value as plain text (numbers as written, dates in ISO form, 是/否). */
export function plainText(v: CellValue): string {
  switch (v.kind) {
    case 'text':
      return v.text.trim();
    case 'number':
      return String(v.value);
    case 'date':
      return v.iso;
    case 'bool':
      return v.value ? '是' : '否';
    default:
      return '';
  }
}

/** A worksheet read into memory: its values by row and column (merged cells as their first cell). */
export interface Sheet {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  get(row: number, col: number): CellValue;
}

export function readSheet(ws: ExcelJS.Worksheet): Sheet {
  const cells = new Map<string, CellValue>();
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = valueOf(cell.isMerged ? cell.master.value : cell.value);
      if (v.kind === 'empty') return;
      cells.set(`${r}:${c}`, v);
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    });
  });
  return { name: ws.name, rowCount: rows, columnCount: cols, get: (r, c) => cells.get(`${r}:${c}`) ?? EMPTY };
}

/** A sheet's header: its kind, the row(s) it takes, and the column number of each recognised column. */
export interface Header {
  readonly kind: SheetKind;
  /** The first row of the header. */
  readonly row: number;
  /** The last row of the header (row + 1 for a two-line header). */
  readonly lastRow: number;
  readonly columns: ReadonlyMap<SheetColumn, number>;
  /** Required columns the header lacks. */
  readonly missing: readonly SheetColumn[];
}

/** How many rows from the top a header is looked for in. */
export const HEADER_SEARCH_ROWS = 30;

const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u3000:：*＊()（）]/gu, '');

function columnFor(kind: SheetKind, text: string, taken: ReadonlySet<SheetColumn>): SheetColumn | undefined {
  if (!text) return undefined;
  const columns = SHEET_COLUMNS[kind];
  return (
    columns.find((c) => !taken.has(c) && norm(c.header) === text) ??
    columns.find((c) => !taken.has(c) && c.synonyms.some((s) => norm(s) === text))
  );
}

function recognise(sheet: Sheet, kind: SheetKind, row: number, twoLines: boolean): Map<SheetColumn, number> {
  const found = new Map<SheetColumn, number>();
  const taken = new Set<SheetColumn>();
  for (let c = 1; c <= sheet.columnCount; c++) {
    const top = headerText(sheet.get(row, c));
    const bottom = twoLines ? headerText(sheet.get(row + 1, c)) : '';
    const tries = !twoLines || top === bottom ? [top] : [top + bottom, bottom + top, bottom, top];
    for (const t of tries) {
      const column = columnFor(kind, t, taken);
      if (column) {
        found.set(column, c);
        taken.add(column);
        break;
      }
    }
  }
  return found;
}

/**
 * The header of a sheet: the row (or pair of rows) near the top that names the most columns of
 * one kind; undefined when no row names at least three columns of any kind.
 */
export function findHeader(sheet: Sheet): Header | undefined {
  let best: Header | undefined;
  let bestValue = 0;
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    for (const kind of SHEET_KINDS) {
      for (const twoLines of [false, true]) {
        if (twoLines && r + 1 > sheet.rowCount) continue;
        const columns = recognise(sheet, kind, r, twoLines);
        if (columns.size < 3) continue;
        // Two lines make a header only when together they name more than either line alone.
        if (twoLines && columns.size <= Math.max(recognise(sheet, kind, r, false).size, recognise(sheet, kind, r + 1, false).size)) continue;
        const missing = SHEET_COLUMNS[kind].filter((c) => c.required && !columns.has(c));
        // The kind naming the most columns wins (sheets share 事项名称 and 基本编码); then a
        // complete header; then one line over two.
        const value = columns.size * 10 + (missing.length === 0 ? 5 : 0) + (twoLines ? 0 : 1);
        if (value > bestValue) {
          best = { kind, row: r, lastRow: twoLines ? r + 1 : r, columns, missing };
          bestValue = value;
        }
      }
    }
    if (best && best.missing.length === 0) break; // the first complete header is the sheet's
  }
  return best;
}
