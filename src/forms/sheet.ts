/**
 * A structured form laid out as an official table form (申请表) — the one layout that both the HTML
 * pages and the Word files render, so the blank (空表), the sample (样表) and their two formats can
 * never drift apart. Pure functions, no Astro or docx imports.
 *
 * The grid has four columns: label | value | label | value. A full-width field takes a label cell
 * and a value cell spanning the other three columns; two half-width fields share a row; a
 * statement checkbox puts its box first and the statement after it; a table field gets a title row
 * and then a row holding the repeating table.
 */
import type { Form, FormField } from '../schemas/index.ts';
import { formatDate } from '../site/format.ts';
import { blankText, choiceOptions, layoutRows, sampleText } from './layout.ts';

export type SheetMode = 'blank' | 'sample';

/** Relative widths of the four grid columns (label, value, label, value); they sum to 100. */
export const GRID = [18, 32, 18, 32] as const;

/** The date line of a signature box without its own date field. */
export const DATE_LINE = '　　　　年　　月　　日';

/** What fills a value cell. */
export type SheetValue =
  /** Text written in by hand: `text` is empty in the blank. `lines` is how many ruled lines it gets. */
  | { readonly type: 'text'; readonly text: string; readonly lines: number; readonly multiline: boolean }
  /** Printed text in the blank (年 月 日, a unit) that the applicant completes; the sample's value replaces it. */
  | { readonly type: 'prefilled'; readonly text: string; readonly filled: boolean }
  | { readonly type: 'choice'; readonly options: readonly { readonly option: string; readonly selected: boolean }[] }
  | { readonly type: 'check'; readonly checked: boolean }
  /** A box to sign (and seal) in: `marks` are printed at its foot, `text` is the sample's signature. */
  | { readonly type: 'signature'; readonly marks: readonly string[]; readonly text: string; readonly dateLine: boolean };

export interface LabelCell {
  readonly kind: 'label';
  /** Stable id within the sheet, for the HTML headers attribute. */
  readonly id: string;
  readonly text: string;
  readonly required: boolean;
  /** Grid columns spanned. */
  readonly span: number;
}

export interface ValueCell {
  readonly kind: 'value';
  readonly value: SheetValue;
  readonly span: number;
  /** The 填写说明 of the field, shown in the blank only. */
  readonly help?: string;
  /** The label cell this value belongs to. */
  readonly labelId: string;
}

export interface SheetColumn {
  readonly label: string;
  readonly type: 'text' | 'date' | 'number';
  /** Share of the table's width, in percent (the columns sum to 100). */
  readonly width: number;
}

export type SheetRow =
  | { readonly kind: 'fields'; readonly cells: readonly (LabelCell | ValueCell)[]; readonly signature: boolean; readonly lines: number }
  /** A checkbox that is a statement (承诺、声明): the box, then the statement as its label. */
  | { readonly kind: 'statement'; readonly box: ValueCell; readonly label: LabelCell }
  /** A repeating table: a title row, then the table with `rows` rows (the sample's rows, then empty ones). */
  | {
      readonly kind: 'table';
      readonly label: LabelCell;
      readonly help?: string;
      readonly columns: readonly SheetColumn[];
      readonly rows: readonly (readonly string[])[];
    };

export interface SheetSection {
  readonly id: string;
  readonly title?: string;
  readonly rows: readonly SheetRow[];
}

export interface Sheet {
  readonly mode: SheetMode;
  readonly formId: string;
  /** The form's title; the sample's adds （样表）. */
  readonly title: string;
  readonly formTitle: string;
  readonly issuer: string;
  readonly sections: readonly SheetSection[];
  readonly notes: readonly string[];
  /** Whether any field is marked required (then the sheet explains the ＊). */
  readonly hasRequired: boolean;
}

export const REQUIRED_MARK = '＊';
export const SAMPLE_SUFFIX = '（样表）';

/** The title of a form's blank or sample. */
export const sheetTitle = (form: Pick<Form, 'title'>, mode: SheetMode) => (mode === 'sample' ? `${form.title}${SAMPLE_SUFFIX}` : form.title);

/** The marks printed in a signature box: （签字） unless it is a seal only, and （盖章） when sealed. */
export function signatureMarks(field: Extract<FormField, { type: 'signature' }>): string[] {
  const marks: string[] = [];
  if (!field.seal || field.label.includes('签')) marks.push('（签字）');
  if (field.seal) marks.push('（盖章）');
  return marks;
}

/** A value cell's content for the blank or the sample. */
export function sheetValue(field: FormField, mode: SheetMode, sectionHasDate: boolean): SheetValue {
  const sample = mode === 'sample';
  switch (field.type) {
    case 'choice':
      return { type: 'choice', options: choiceOptions(field).map((o) => ({ option: o.option, selected: sample && o.selected })) };
    case 'checkbox':
      return { type: 'check', checked: sample && field.sample };
    case 'signature':
      return { type: 'signature', marks: signatureMarks(field), text: sample ? field.sample : '', dateLine: !sectionHasDate };
    case 'date':
      return { type: 'prefilled', text: sample ? formatDate(field.sample) : blankText(field), filled: sample };
    case 'number':
      if (field.unit) return { type: 'prefilled', text: sample ? sampleText(field) : blankText(field), filled: sample };
      return { type: 'text', text: sample ? sampleText(field) : '', lines: 1, multiline: false };
    case 'multiline':
      return { type: 'text', text: sample ? field.sample : '', lines: field.lines, multiline: true };
    case 'table':
      throw new Error('tables are laid out as rows, not values');
    default:
      return { type: 'text', text: sample ? field.sample : '', lines: 1, multiline: false };
  }
}

/** The text of a table cell in the sample: dates as 2026年3月16日. */
export function tableCellText(value: string | number | undefined, type: SheetColumn['type']): string {
  if (value === undefined) return '';
  return type === 'date' ? formatDate(String(value)) : String(value);
}

/** Display width of text in em: CJK and full-width characters 1, others about half. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff]/.test(ch) ? 0.55 : 1;
  return w;
}

/**
 * Column widths of a table field, in percent: each column as wide as its header or its widest
 * sample value, within bounds, so an ID number gets more room than an age. Blank and sample share
 * them (both come from the definition).
 */
export function columnWidths(field: Extract<FormField, { type: 'table' }>): number[] {
  const weights = field.columns.map((c, i) => {
    const widest = Math.max(textWidth(c.label), ...field.sample.map((r) => textWidth(tableCellText(r[i], c.type))));
    const min = c.type === 'number' ? 2.5 : c.type === 'date' ? 5.5 : 3.5;
    return Math.min(14, Math.max(min, widest));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const pct = weights.map((w) => Math.round((w / total) * 1000) / 10);
  // Make them sum to exactly 100 by adjusting the widest column.
  const diff = Math.round((100 - pct.reduce((a, b) => a + b, 0)) * 10) / 10;
  const widest = pct.indexOf(Math.max(...pct));
  pct[widest] = Math.round((pct[widest]! + diff) * 10) / 10;
  return pct;
}

/** Lays a structured form out as a sheet. Forms without sections give a sheet without sections. */
export function buildSheet(form: Form, mode: SheetMode): Sheet {
  let hasRequired = false;
  const sections = (form.sections ?? []).map((section, si): SheetSection => {
    const sectionHasDate = section.fields.some((f) => f.type === 'date');
    let n = 0;
    const label = (f: FormField, span: number): LabelCell => {
      if (f.required) hasRequired = true;
      return { kind: 'label', id: `f${si + 1}-${++n}`, text: f.label, required: f.required, span };
    };
    const value = (f: FormField, l: LabelCell, span: number): ValueCell => ({
      kind: 'value',
      value: sheetValue(f, mode, sectionHasDate),
      span,
      ...(f.help && mode === 'blank' ? { help: f.help } : {}),
      labelId: l.id,
    });
    const rows = layoutRows(section.fields).map((row): SheetRow => {
      const [f, g] = row;
      if (f.type === 'table') {
        const widths = columnWidths(f);
        const columns = f.columns.map((c, i) => ({ label: c.label, type: c.type, width: widths[i]! }));
        const filled = mode === 'sample' ? f.sample.map((r) => f.columns.map((c, i) => tableCellText(r[i], c.type))) : [];
        const count = Math.max(f.rows, filled.length);
        const rows = [...filled, ...Array.from({ length: count - filled.length }, () => f.columns.map(() => ''))];
        return { kind: 'table', label: label(f, 4), ...(f.help && mode === 'blank' ? { help: f.help } : {}), columns, rows };
      }
      if (!g && f.type === 'checkbox') {
        const l = label(f, 3);
        return { kind: 'statement', box: value(f, l, 1), label: l };
      }
      const fields = g ? [f, g] : [f];
      const cells = fields.flatMap((x) => {
        const l = label(x, 1);
        return [l, value(x, l, g ? 1 : 3)];
      });
      const lines = Math.max(...fields.map((x) => (x.type === 'multiline' ? x.lines : 1)));
      return { kind: 'fields', cells, signature: fields.some((x) => x.type === 'signature'), lines };
    });
    return { id: `s${si + 1}`, ...(section.title ? { title: section.title } : {}), rows };
  });
  return {
    mode,
    formId: form.id,
    title: sheetTitle(form, mode),
    formTitle: form.title,
    issuer: form.issuer,
    sections,
    notes: form.notes,
    hasRequired,
  };
}
