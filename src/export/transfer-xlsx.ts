/**
 * xlsx/<jurisdiction>-<list-id>.xlsx: each transfer list laid out for filing with the higher
 * bureau (备案): the title; the lines 文号, 发文机关, 成文日期, 交接日期, 过渡期; a 划转 group and a
 * 划回 group, each a table by line department with a subtotal per department and per group; a 合计
 * row; then the lines the filing department fills in by hand (填报单位, 联系人, 联系电话, 填报日期)
 * and the seal. Values the data does not hold are left blank, never invented. The columns are
 * those of src/domain/sheet-columns.ts, so `npm run import -- xlsx` reads the workbook back.
 */
import ExcelJS from 'exceljs';
import type { TransferEntry, TransferList } from '../schemas/index.ts';
import type { CatalogueIndex } from '../domain/catalogue.ts';
import {
  ESTIMATED_MARK,
  FILING_COLUMNS,
  FILING_FOOT_LINES,
  FILING_GROUP_TITLES,
  FILING_SEAL,
  NO_DOC_NUMBER,
  SUBTOTAL_LABEL,
  TOTAL_LABEL,
} from '../domain/sheet-columns.ts';
import { formatDate, formatMonths } from '../site/format.ts';
import { groupBy } from '../util/group-by.ts';
import { setZipDates } from '../forms/zip.ts';

export { NO_DOC_NUMBER } from '../domain/sheet-columns.ts';

/** Columns of the filing tables, with widths for Chinese text (about 2 units per character). */
export const TRANSFER_XLSX_COLUMNS = FILING_COLUMNS.map((c) => ({ header: c.header, width: c.width }));

/** The sheet's name. */
export const TRANSFER_XLSX_SHEET = '划转清单';

/** File name of a list's workbook under xlsx/. */
export const transferXlsxName = (list: Pick<TransferList, 'jurisdiction' | 'id'>) => `${list.jurisdiction}-${list.id}.xlsx`;

/** The lines under the title, label → value ('' when the data has none). */
export function transferHeadLines(list: TransferList): [label: string, value: string][] {
  return [
    ['文号', list.docNumber ?? NO_DOC_NUMBER],
    ['发文机关', list.issuer],
    ['成文日期', `${formatDate(list.date)}${list.dateEstimated ? ESTIMATED_MARK : ''}`],
    ['交接日期', list.handoverBy ? formatDate(list.handoverBy) : ''],
    ['过渡期', list.transitionMonths !== undefined ? formatMonths(list.transitionMonths) : ''],
  ];
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const BODY: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
const NUMERALS = ['一', '二'];

/** The workbook of one transfer list (bytes of an .xlsx file). */
export async function transferXlsx(list: TransferList, index: CatalogueIndex): Promise<Uint8Array> {
  const date = new Date(`${list.date}T00:00:00Z`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneSeal';
  wb.lastModifiedBy = 'OneSeal';
  wb.created = date;
  wb.modified = date;
  wb.title = list.title;

  const n = FILING_COLUMNS.length;
  const last = String.fromCharCode(64 + n); // G
  const ws = wb.addWorksheet(TRANSFER_XLSX_SHEET, {
    pageSetup: {
      paperSize: 9 as ExcelJS.PaperSize, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = FILING_COLUMNS.map((c) => ({ width: c.width }));
  let r = 0;
  const next = () => ws.getRow(++r);

  const title = next();
  title.getCell(1).value = list.title;
  ws.mergeCells(`A${r}:${last}${r}`);
  title.height = 36;
  title.getCell(1).font = { name: '宋体', size: 16, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  /** A line `label：` with its value in the merged cells after it (a line to write on when blank). */
  const line = (label: string, value: string) => {
    const row = next();
    row.getCell(1).value = `${label}：`;
    if (value !== '') row.getCell(3).value = value;
    ws.mergeCells(`A${r}:B${r}`);
    ws.mergeCells(`C${r}:${last}${r}`);
    row.getCell(1).font = { ...BODY, bold: true };
    row.getCell(1).alignment = { horizontal: 'right', vertical: 'middle' };
    row.getCell(3).font = BODY;
    row.getCell(3).alignment = { horizontal: 'left', vertical: 'middle' };
    if (value === '') row.getCell(3).border = { bottom: { style: 'thin' } };
    row.height = 20;
  };
  for (const [label, value] of transferHeadLines(list)) line(label, value);

  const deptName = (id: string) => index.department(list.jurisdiction, id)?.data.name ?? id;
  /** A subtotal or total row: its label, then the count in the merged cells after it. */
  const sum = (label: string, text: string) => {
    const row = next();
    row.getCell(1).value = label;
    row.getCell(2).value = text;
    ws.mergeCells(`B${r}:${last}${r}`);
    for (let c = 1; c <= n; c++) row.getCell(c).border = THIN;
    row.getCell(1).font = { ...BODY, bold: true };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    row.getCell(2).font = { ...BODY, bold: true };
    row.getCell(2).alignment = { horizontal: 'left', vertical: 'middle' };
  };

  let serial = 0;
  let frozen = 0;
  const groups = (['划转', '划回'] as const)
    .map((direction) => ({ direction, entries: list.entries.filter((e) => e.direction === direction) }))
    .filter((g) => g.entries.length > 0);
  groups.forEach((g, gi) => {
    const heading = next();
    heading.getCell(1).value = `${NUMERALS[gi]}、${FILING_GROUP_TITLES[g.direction]}`;
    ws.mergeCells(`A${r}:${last}${r}`);
    heading.getCell(1).font = { name: '黑体', size: 12, bold: true };
    heading.getCell(1).alignment = { horizontal: 'left', vertical: 'middle' };
    heading.height = 24;

    const header = next();
    if (!frozen) frozen = r;
    FILING_COLUMNS.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { name: '黑体', size: 11, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
      cell.border = THIN;
    });
    header.height = 24;

    // By line department (the giver of a 划转, the receiver of a 划回), in the list's order.
    const byDept = groupBy(g.entries, (e: TransferEntry) => (g.direction === '划转' ? e.from : e.to));
    for (const [dept, entries] of byDept) {
      for (const e of entries) {
        const row = next();
        const values = [++serial, e.name, e.matter, e.powerType, deptName(e.from), deptName(e.to), e.note ?? ''];
        values.forEach((v, c) => {
          const cell = row.getCell(c + 1);
          if (v !== '') cell.value = v;
          cell.font = BODY;
          cell.border = THIN;
          const centered = c === 0 || c === 2 || c === 3;
          cell.alignment = { horizontal: centered ? 'center' : 'left', vertical: 'middle', wrapText: true };
        });
      }
      sum(SUBTOTAL_LABEL, `${deptName(dept)} ${entries.length} 项`);
    }
    sum(SUBTOTAL_LABEL, `${g.direction} ${g.entries.length} 项（${byDept.size} 个部门）`);
  });
  const counts = groups.map((g) => `${g.direction} ${g.entries.length} 项`).join('，');
  sum(TOTAL_LABEL, `共 ${list.entries.length} 项（${counts}）`);

  next(); // a blank line before what the filing department fills in
  for (const label of FILING_FOOT_LINES) line(label, '');
  const seal = next();
  seal.getCell(n).value = FILING_SEAL;
  seal.getCell(n).font = BODY;
  seal.getCell(n).alignment = { horizontal: 'right', vertical: 'middle' };
  seal.height = 36;

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}`, activeCell: `A${frozen + 1}` }];
  ws.pageSetup.printTitlesRow = `${frozen}:${frozen}`;

  const buffer = await wb.xlsx.writeBuffer();
  // Entry times from the list's date, not the clock: the same list gives the same bytes.
  return setZipDates(new Uint8Array(buffer as ArrayBuffer), list.date);
}
