/**
 * Lays a structured form out as table rows and writes its sample values, for the blank (空表) and
 * sample (样表) pages. Pure functions.
 */
import type { FormField } from '../schemas/index.ts';
import { formatDate } from '../site/format.ts';

/** One table row: a full-width field, or two half-width fields side by side. */
export type FormRow = readonly [FormField] | readonly [FormField, FormField];

/** Pairs consecutive half-width fields; everything else (and tables) takes a whole row. */
export function layoutRows(fields: readonly FormField[]): FormRow[] {
  const rows: FormRow[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const next = fields[i + 1];
    if (f.width === 'half' && f.type !== 'table' && next && next.width === 'half' && next.type !== 'table') {
      rows.push([f, next]);
      i++;
    } else {
      rows.push([f]);
    }
  }
  return rows;
}

export const CHECKED = '☑';
export const UNCHECKED = '☐';

/** The options of a choice field, each with whether the sample selects it. */
export function choiceOptions(field: Extract<FormField, { type: 'choice' }>): { option: string; selected: boolean }[] {
  const chosen = Array.isArray(field.sample) ? field.sample : [field.sample];
  return field.options.map((option) => ({ option, selected: chosen.includes(option) }));
}

/** The sample value of a field as text (tables are rendered by rows, not here). */
export function sampleText(field: FormField): string {
  switch (field.type) {
    case 'date':
      return formatDate(field.sample);
    case 'number':
      return field.unit ? `${field.sample} ${field.unit}` : String(field.sample);
    case 'choice':
      return choiceOptions(field)
        .map((o) => `${o.selected ? CHECKED : UNCHECKED} ${o.option}`)
        .join('　');
    case 'checkbox':
      return field.sample ? CHECKED : UNCHECKED;
    case 'table':
      return field.sample.map((row) => row.join('，')).join('；');
    default:
      return field.sample;
  }
}

/** What the blank shows in a field's box before it is filled (empty for plain text). */
export function blankText(field: FormField): string {
  switch (field.type) {
    case 'date':
      return '　　年　　月　　日';
    case 'number':
      return field.unit ? `　　　　${field.unit}` : '';
    case 'choice':
      return field.options.map((o) => `${UNCHECKED} ${o}`).join('　');
    case 'checkbox':
      return UNCHECKED;
    case 'signature':
      return field.seal ? '（签字并盖章）' : '（签字）';
    default:
      return '';
  }
}
