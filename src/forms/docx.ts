/**
 * A structured form as a Word document (.docx) — the blank (空表) or the sample (样表) — with the same
 * table layout as the HTML pages (see sheet.ts), so applicants can fill it in with Word or WPS.
 *
 * A4 portrait, 2 cm margins; 宋体 for the body and 黑体 for the title (East Asian font slots), Times
 * New Roman for Latin text; a bordered four-column grid with fixed column widths in twips; the
 * sample's values in 楷体 and dark blue, like handwriting, with “样表” in its title and page header.
 *
 * Deterministic: the same form and date give the same bytes. The document's created/modified
 * properties and the zip entries' times are set from `date`, never from the clock.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Form } from '../schemas/index.ts';
import { CHECKED, UNCHECKED } from './layout.ts';
import { DATE_LINE, GRID, REQUIRED_MARK, type LabelCell, type Sheet, type SheetMode, type SheetRow, type SheetValue, type ValueCell, buildSheet } from './sheet.ts';
import { setZipDates } from './zip.ts';

// --- page and type --------------------------------------------------------------------------------

/** A4 in twips (1/20 pt; 1 cm = 567 twips). */
const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = 1134; // 2 cm
/** The width of the text area, which the grid fills. */
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
/** Cell padding left and right. */
const CELL_PAD = 85;

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体' } as const;
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '黑体' } as const;
/** The sample's filled-in values: 楷体, like handwriting. */
const INK_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '楷体' } as const;
const INK = '1F3A93';
const STAMP = 'B00000';
const HELP = '555555';

/** Sizes in half-points: 五号 10.5 pt, 小四 12 pt, 小二 18 pt, 小五 9 pt. */
const SIZE = { body: 21, small: 18, issuer: 24, title: 36 } as const;

/** Row heights in twips: a line to write on, a ruled line, a signature box. */
const ROW = { line: 539, rule: 454, signature: 1247, sectionTitle: 400, tableRow: 482 } as const;

const GRID_TWIPS = (() => {
  const w = GRID.map((p) => Math.round((CONTENT_WIDTH * p) / 100));
  w[3] = CONTENT_WIDTH - w[0]! - w[1]! - w[2]!;
  return w;
})();

const spanWidth = (start: number, span: number) => GRID_TWIPS.slice(start, start + span).reduce((a, b) => a + b, 0);

const line = (style: (typeof BorderStyle)[keyof typeof BorderStyle], size: number, color = '000000') => ({ style, size, color });
const THIN = line(BorderStyle.SINGLE, 4);
const THICK = line(BorderStyle.SINGLE, 12);
const RULE = line(BorderStyle.DOTTED, 4, '808080');
const NONE = line(BorderStyle.NONE, 0, 'auto');

// --- runs and paragraphs ------------------------------------------------------------------------

interface RunStyle {
  readonly ink?: boolean;
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly font?: typeof BODY_FONT | typeof TITLE_FONT | typeof INK_FONT;
}

function run(text: string, s: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: s.font ?? (s.ink ? INK_FONT : BODY_FONT),
    size: s.size ?? SIZE.body,
    ...(s.bold ? { bold: true } : {}),
    ...(s.ink ? { color: INK } : s.color ? { color: s.color } : {}),
  });
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function para(children: TextRun[], opts: { align?: Align; before?: number; after?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: opts.align ?? AlignmentType.LEFT,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0 },
    ...(opts.keepNext ? { keepNext: true } : {}),
  });
}

/** `n` empty ruled lines to write on. */
function ruledLines(n: number): Paragraph[] {
  return Array.from(
    { length: n },
    () =>
      new Paragraph({
        children: [run('')],
        spacing: { before: 0, after: 0, line: ROW.rule, lineRule: LineRuleType.EXACT },
        border: { bottom: RULE, between: RULE },
      }),
  );
}

/** An empty paragraph one point high. */
function hairline(): Paragraph {
  return new Paragraph({ children: [run('', { size: 2 })], spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } });
}

// --- cells ----------------------------------------------------------------------------------------

const VALIGN = { top: VerticalAlignTable.TOP, center: VerticalAlignTable.CENTER, bottom: VerticalAlignTable.BOTTOM } as const;

function cell(
  children: (Paragraph | Table)[],
  start: number,
  span: number,
  opts: { shade?: boolean; valign?: keyof typeof VALIGN; flush?: boolean } = {},
): TableCell {
  const pad = opts.flush ? 0 : CELL_PAD;
  return new TableCell({
    children,
    width: { size: spanWidth(start, span), type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    verticalAlign: VALIGN[opts.valign ?? 'center'],
    margins: { left: pad, right: pad, top: opts.flush ? 0 : 40, bottom: opts.flush ? 0 : 40 },
    ...(opts.shade ? { shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } } : {}),
  });
}

function labelRuns(l: LabelCell): TextRun[] {
  return l.required ? [run(l.text), run(REQUIRED_MARK, { color: STAMP })] : [run(l.text)];
}

function labelCell(l: LabelCell, start: number, align: Align = AlignmentType.CENTER): TableCell {
  return cell([para(labelRuns(l), { align })], start, l.span);
}

function valueParagraphs(v: SheetValue, mode: SheetMode): Paragraph[] {
  const ink = mode === 'sample';
  switch (v.type) {
    case 'text':
      if (v.multiline && !v.text) return ruledLines(v.lines);
      return v.text.split('\n').map((t) => para([run(t, { ink })]));
    case 'prefilled':
      return [para([run(v.text, { ink: v.filled })], { align: v.filled ? AlignmentType.LEFT : AlignmentType.RIGHT })];
    case 'choice': {
      const runs: TextRun[] = [];
      v.options.forEach((o, i) => {
        if (i > 0) runs.push(run('　　'));
        runs.push(run(o.selected ? CHECKED : UNCHECKED, { ink: o.selected }), run(` ${o.option}`));
      });
      return [para(runs)];
    }
    case 'check':
      return [para([run(v.checked ? CHECKED : UNCHECKED, { ink: v.checked })], { align: AlignmentType.CENTER })];
    case 'signature': {
      const out = v.text ? [para([run(v.text, { ink: true })])] : [para([run('')]), para([run(v.marks.join('　　'))], { align: AlignmentType.RIGHT })];
      if (v.dateLine) out.push(para([run(DATE_LINE)], { align: AlignmentType.RIGHT, before: 60 }));
      return out;
    }
  }
}

function valueCell(c: ValueCell, start: number, mode: SheetMode): TableCell {
  const children = valueParagraphs(c.value, mode);
  if (c.help) children.push(para([run(c.help, { size: SIZE.small, color: HELP })], { before: 40 }));
  const v = c.value;
  // A blank signature box keeps its marks at the foot, leaving the room above to sign in.
  const valign = v.type === 'signature' ? (v.text ? 'top' : 'bottom') : v.type === 'text' && v.multiline ? 'top' : 'center';
  return cell(children, start, c.span, { valign });
}

// --- rows -----------------------------------------------------------------------------------------

const atLeast = (value: number) => ({ value, rule: HeightRule.ATLEAST });

function rowsOf(r: SheetRow, mode: SheetMode): TableRow[] {
  switch (r.kind) {
    case 'fields': {
      let col = 0;
      const cells = r.cells.map((c) => {
        const start = col;
        col += c.span;
        return c.kind === 'label' ? labelCell(c, start) : valueCell(c, start, mode);
      });
      const height = r.signature ? ROW.signature : r.lines > 1 ? r.lines * ROW.rule + 80 : ROW.line;
      return [new TableRow({ children: cells, cantSplit: true, height: atLeast(height) })];
    }
    case 'statement':
      return [
        new TableRow({
          children: [valueCell(r.box, 0, mode), cell([para(labelRuns(r.label))], 1, 3)],
          cantSplit: true,
          height: atLeast(ROW.line),
        }),
      ];
    case 'table': {
      const title: Paragraph[] = [para(labelRuns(r.label), { align: AlignmentType.CENTER, keepNext: true })];
      if (r.help) title.push(para([run(r.help, { size: SIZE.small, color: HELP })], { align: AlignmentType.CENTER, keepNext: true }));
      const inner = innerTable(r, mode);
      return [
        new TableRow({ children: [cell(title, 0, 4)], cantSplit: true, keepNext: true, height: atLeast(ROW.sectionTitle) }),
        // Word ends every cell with a paragraph: a hairline one after the nested table.
        new TableRow({ children: [cell([inner, hairline()], 0, 4, { valign: 'top', flush: true })], cantSplit: false }),
      ];
    }
  }
}

/** The repeating table of a table field, nested in a cell spanning the grid. */
function innerTable(r: Extract<SheetRow, { kind: 'table' }>, mode: SheetMode): Table {
  const width = CONTENT_WIDTH;
  const widths = r.columns.map((c) => Math.round((width * c.width) / 100));
  widths[widths.length - 1] = width - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  const c = (children: Paragraph[], i: number, shade = false) =>
    new TableCell({
      children,
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      ...(shade ? { shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } } : {}),
    });
  const head = new TableRow({
    children: r.columns.map((col, i) => c([para([run(col.label)], { align: AlignmentType.CENTER })], i, true)),
    tableHeader: true,
    cantSplit: true,
  });
  const body = r.rows.map(
    (cells) =>
      new TableRow({
        children: cells.map((text, i) => c([para([run(text, { ink: mode === 'sample' })], { align: AlignmentType.CENTER })], i)),
        cantSplit: true,
        height: atLeast(ROW.tableRow),
      }),
  );
  return new Table({
    rows: [head, ...body],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // The outer cell draws the frame; the nested table draws only its inner lines.
    borders: { top: NONE, bottom: THIN, left: NONE, right: NONE, insideHorizontal: THIN, insideVertical: THIN },
  });
}

function grid(sheet: Sheet): Table {
  const rows: TableRow[] = [];
  for (const s of sheet.sections) {
    if (s.title) {
      rows.push(
        new TableRow({
          children: [cell([para([run(s.title, { bold: true, font: TITLE_FONT })], { keepNext: true })], 0, 4, { shade: true })],
          cantSplit: true,
          keepNext: true,
          height: atLeast(ROW.sectionTitle),
        }),
      );
    }
    for (const r of s.rows) rows.push(...rowsOf(r, sheet.mode));
  }
  return new Table({
    rows,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: GRID_TWIPS,
    layout: TableLayoutType.FIXED,
    borders: { top: THICK, bottom: THICK, left: THICK, right: THICK, insideHorizontal: THIN, insideVertical: THIN },
  });
}

// --- document -------------------------------------------------------------------------------------

/** The document's core properties, written by us so that their dates come from the data. */
function coreXml(sheet: Sheet, date: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const stamp = `${date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(sheet.title)}</dc:title>` +
    `<dc:creator>${esc(sheet.issuer)}</dc:creator>` +
    `<cp:lastModifiedBy>${esc(sheet.issuer)}</cp:lastModifiedBy>` +
    '<dc:language>zh-CN</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function buildDocument(sheet: Sheet): Document {
  const sample = sheet.mode === 'sample';
  const children: (Paragraph | Table)[] = [];
  children.push(para([run(sheet.formTitle, { font: TITLE_FONT, size: SIZE.title })], { align: AlignmentType.CENTER, after: 60 }));
  if (sample) children[0] = para([run(sheet.formTitle, { font: TITLE_FONT, size: SIZE.title }), run('（样表）', { font: TITLE_FONT, size: SIZE.title, color: STAMP })], { align: AlignmentType.CENTER, after: 60 });
  children.push(para([run(sheet.issuer, { size: SIZE.issuer })], { align: AlignmentType.CENTER, after: 200 }));
  children.push(grid(sheet));
  const after: Paragraph[] = [];
  if (sheet.hasRequired) after.push(para([run(`标${REQUIRED_MARK}的栏目为必填。`, { size: SIZE.small })], { before: 80 }));
  if (sheet.notes.length) {
    after.push(para([run('填表须知', { font: TITLE_FONT, size: SIZE.body })], { before: 160, after: 40 }));
    sheet.notes.forEach((n, i) => after.push(para([run(`${i + 1}．${n}`, { size: SIZE.small })], { after: 20 })));
  }
  if (sample) after.push(para([run('本表为填写示例，示例内容均为虚构，请按实际情况填写。', { size: SIZE.small, color: STAMP })], { before: 120 }));
  children.push(...after);

  const header = sample
    ? new Header({
        children: [
          para([run('样表', { font: TITLE_FONT, bold: true, color: STAMP, size: SIZE.issuer }), run('　填写示例，请勿照抄', { size: SIZE.small, color: STAMP })], {
            align: AlignmentType.RIGHT,
          }),
        ],
      })
    : undefined;

  return new Document({
    title: sheet.title,
    creator: sheet.issuer,
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: SIZE.body },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        ...(header ? { headers: { default: header } } : {}),
        children,
      },
    ],
  });
}

/**
 * The blank or the sample of a structured form as .docx bytes. `date` (YYYY-MM-DD) is written as
 * the document's created and modified date and as the zip entries' time.
 */
export async function formDocx(form: Form, mode: SheetMode, date: string): Promise<Uint8Array<ArrayBuffer>> {
  const sheet = buildSheet(form, mode);
  const doc = buildDocument(sheet);
  const bytes = await Packer.pack(doc, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreXml(sheet, date) }]);
  return setZipDates(bytes, date);
}
