/** xlsx/<jurisdiction>-<list-id>.xlsx: each transfer list laid out for filing upward (备案). */
import ExcelJS from 'exceljs';
import type { TransferList } from '../schemas/index.ts';
import type { CatalogueIndex } from '../domain/catalogue.ts';
import { setZipDates } from '../forms/zip.ts';

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
  // Entry times from the list's date, not the clock: the same list gives the same bytes.
  return setZipDates(new Uint8Array(buffer as ArrayBuffer), list.date);
}
