/**
 * `npm run import -- xlsx`: the sheets staff keep in Excel or WPS — 划转清单 (also the filing
 * layout the open data exports), 实施清单 and 审管衔接备忘录 — read into the catalogue. The workbook
 * is read by exceljs (src/import/xlsx/workbook.ts), each cell by its column's type (values.ts),
 * and the rows applied to the records (apply.ts). Nothing in a cell is ever evaluated.
 */
import { type ImportContext, type ImportOutcome, applySheets } from './apply.ts';
import { type SheetProblem, WorkbookError, loadWorkbook, readSheet } from './workbook.ts';

export { type FileChange, type ImportContext, type ImportOutcome, type SheetSummary } from './apply.ts';
export { type SheetProblem, WorkbookError } from './workbook.ts';

/** The workbook's sheets applied to the catalogue; a WorkbookError when the file is no workbook. */
export async function importWorkbook(bytes: Uint8Array, ctx: ImportContext): Promise<ImportOutcome> {
  const wb = await loadWorkbook(bytes);
  // Hidden sheets hold lists of options (the templates' drop-downs), not data.
  const sheets = wb.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden').map(readSheet);
  if (!sheets.length) throw new WorkbookError('工作簿中没有工作表：请在 Excel 或 WPS 中打开它，填写清单后另存为 .xlsx');
  return applySheets(sheets, ctx);
}

/** `文件.xlsx  工作表名!C12  field  message` — the one-line form of a problem with a sheet. */
export function formatSheetProblem(file: string, p: SheetProblem): string {
  const where = p.sheet ? `${p.sheet}${p.cell ? `!${p.cell}` : ''}` : '工作簿';
  return `${file}  ${where}  ${p.field || '–'}  ${p.blocking ? '' : '（提示）'}${p.message.replace(/\r?\n/gu, '⏎')}`;
}
