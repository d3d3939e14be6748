/**
 * `npm run template`: a blank workbook for each kind of sheet the importer reads, built from the
 * same column tables (src/domain/sheet-columns.ts): the header frozen, a note on each header cell
 * saying what to write, code columns formatted as text (so 040116001000 keeps its zero), and
 * drop-down lists of the code lists and the catalogue's department names, so that staff pick a
 * value the check accepts. The lists live on a hidden sheet the drop-downs point at; no cell
 * holds a formula.
 */
import ExcelJS from 'exceljs';
import {
  FILING_HEAD_LINES,
  SHEET_COLUMNS,
  SHEET_TITLES,
  type SheetColumn,
  type SheetKind,
} from '../../domain/sheet-columns.ts';
import { columnLetter } from './workbook.ts';

/** How many rows below the header carry the drop-downs. */
export const TEMPLATE_ROWS = 500;
/** The hidden sheet holding the drop-down lists, one list per column. */
export const LISTS_SHEET = '代码表';
/** The options of a 是/否 column. */
export const YES_NO = ['是', '否'] as const;

/** The columns a template has: every column of the kind that is imported (and 序号). */
export const templateColumns = (kind: SheetKind): SheetColumn[] =>
  SHEET_COLUMNS[kind].filter((c) => c.field !== undefined || c.required || c.type === 'index');

/** The drop-down options of a column, or undefined when it takes free text. */
export function optionsOf(column: SheetColumn, departments: readonly string[]): readonly string[] | undefined {
  if (column.type === 'code') return column.codes!.entries.map(([, label]) => label);
  if (column.type === 'department') return departments;
  if (column.type === 'yesNo') return YES_NO;
  return undefined;
}

export interface TemplateInput {
  readonly kind: SheetKind;
  /** Department names offered in the department columns (full names, in catalogue order). */
  readonly departments: readonly string[];
  /** The workbook's date (fixed, so the same template gives the same bytes). */
  readonly date: string;
}

const TEXT_TYPES = new Set(['basicCode', 'implementationCode', 'text', 'lines']);

/** The template's workbook (bytes of an .xlsx file, zip entry times not yet fixed). */
export async function templateXlsx({ kind, departments, date }: TemplateInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneSeal';
  wb.lastModifiedBy = 'OneSeal';
  wb.created = new Date(`${date}T00:00:00Z`);
  wb.modified = wb.created;
  wb.title = `${SHEET_TITLES[kind]}（模板）`;
  const columns = templateColumns(kind);
  const ws = wb.addWorksheet(SHEET_TITLES[kind]);
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });

  // A transfer list's own lines go above its table: the title, then 文号 … 过渡期.
  const above: string[][] = kind === 'transfer' ? [[''], ...FILING_HEAD_LINES.map((l) => [`${l}：`])] : [];
  above.forEach((cells, i) => cells.forEach((v, c) => v && (ws.getCell(i + 1, c + 1).value = v)));
  if (kind === 'transfer') {
    ws.getCell(1, 1).note = '在这一行填写文件标题（更新已有清单时与清单标题一致）';
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    FILING_HEAD_LINES.forEach((_, i) => (ws.getCell(i + 2, 2).note = i === 0 ? '文号写在这里；公开文本没有文号的写“（未载明）”' : '写在这个单元格里；日期写作 2020-12-24'));
  }
  const headerRow = above.length + 1;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];

  columns.forEach((column, i) => {
    const c = i + 1;
    const letter = columnLetter(c);
    ws.getColumn(c).width = column.width;
    const cell = ws.getCell(headerRow, c);
    cell.value = column.header;
    cell.note = column.note;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    if (TEXT_TYPES.has(column.type)) for (let r = headerRow + 1; r <= headerRow + TEMPLATE_ROWS; r++) ws.getCell(r, c).numFmt = '@';
    const options = optionsOf(column, departments);
    if (!options?.length) return;
    lists.getCell(1, c).value = column.header;
    options.forEach((o, k) => (lists.getCell(k + 2, c).value = o));
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'${LISTS_SHEET}'!$${letter}$2:$${letter}$${options.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: column.header,
      error: `请从下拉列表中选择${column.header}`,
    };
    for (let r = headerRow + 1; r <= headerRow + TEMPLATE_ROWS; r++) ws.getCell(r, c).dataValidation = validation;
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
