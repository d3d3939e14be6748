/**
 * Blank and sample forms: every structured form of the demo becomes a blank and a sample Word file
 * whose text holds every label (and, in the sample only, every sample value); the files are the
 * same bytes whatever the clock says; the download list of every form material names files that
 * exist, with their real sizes.
 */
import { describe, expect, it, vi } from 'vitest';
import { formatDate } from '../src/site/format.ts';
import { formDocx } from '../src/forms/docx.ts';
import { FALLBACK_DATE, formDate, formDownloads, generatedDocx, generatedFiles, isStructured } from '../src/site/downloads.ts';
import { DATE_LINE, buildSheet, columnWidths, signatureMarks, textWidth } from '../src/forms/sheet.ts';
import { readZipEntry, setZipDates, zipNames } from '../src/forms/zip.ts';
import { routes } from '../src/site/routes.ts';
import { Site } from '../src/site/site.ts';
import { validate } from '../src/check/validate.ts';
import type { Form, FormField } from '../src/schemas/index.ts';
import { REPO } from './helpers/cli.ts';

const site = new Site(validate(REPO), REPO);
const structured = site.catalogue.forms.map((f) => f.data).filter(isStructured);

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** The text of a part of a .docx: one line per paragraph, tags stripped, entities decoded. */
function partText(docx: Uint8Array, part = 'word/document.xml'): string {
  const xml = readZipEntry(docx, part);
  if (!xml) throw new Error(`${part} missing`);
  return decode(xml)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const fields = (form: Form) => (form.sections ?? []).flatMap((s) => s.fields);

/** A field's sample as the sample shows it. */
function shown(field: FormField): string[] {
  switch (field.type) {
    case 'date':
      return [formatDate(field.sample)];
    case 'number':
      return [field.unit ? `${field.sample} ${field.unit}` : String(field.sample)];
    case 'choice':
      return (Array.isArray(field.sample) ? field.sample : [field.sample]).map((o) => `☑ ${o}`);
    case 'checkbox':
      return field.sample ? ['☑'] : [];
    case 'table':
      return field.sample.flatMap((row) => row.map((v, i) => (field.columns[i]?.type === 'date' ? formatDate(String(v)) : String(v))));
    default:
      return field.sample.split('\n').filter((l) => l.trim() !== '');
  }
}

/** Text that a blank prints whatever is filled in: title, labels, help, options, columns, notes. */
function fixedText(form: Form): string {
  const parts = [form.title, form.issuer, ...form.notes.map((n, i) => `${i + 1}．${n}`), DATE_LINE, '标＊的栏目为必填。'];
  for (const s of form.sections ?? []) {
    if (s.title) parts.push(s.title);
    for (const f of s.fields) {
      parts.push(f.label, f.help ?? '');
      if (f.type === 'choice') parts.push(...f.options);
      if (f.type === 'table') parts.push(...f.columns.map((c) => c.label));
      if (f.type === 'signature') parts.push(...signatureMarks(f));
      if (f.type === 'number' && f.unit) parts.push(f.unit);
    }
  }
  return parts.join('\n');
}

describe('the demo forms', () => {
  it('are all structured, at least 14', () => {
    expect(structured.length).toBeGreaterThanOrEqual(14);
    expect(structured.length).toBe(site.catalogue.forms.length);
  });
});

describe.each(structured.map((f) => [f.id, f] as const))('the Word files of %s', (_id, form) => {
  const date = formDate(site, form.id);

  it('are Word documents: a zip with the main document, A4, with the fonts named for Chinese', async () => {
    const blank = await formDocx(form, 'blank', date);
    expect([...blank.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(zipNames(blank)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
    const xml = decode(readZipEntry(blank, 'word/document.xml')!);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:eastAsia="黑体"/);
    expect(xml).toMatch(/<w:tblGrid>(<w:gridCol w:w="\d+"\/>){4}<\/w:tblGrid>/);
    expect(decode(readZipEntry(blank, 'word/styles.xml')!)).toMatch(/w:eastAsia="宋体"/);
  });

  it('the blank holds every label and no sample value', async () => {
    const text = partText(await formDocx(form, 'blank', date));
    const fixed = fixedText(form);
    expect(text).toContain(form.title);
    expect(text).not.toContain('样表');
    expect(text).not.toContain('☑');
    for (const f of fields(form)) {
      expect(text, f.label).toContain(f.label);
      if (f.type === 'table') for (const c of f.columns) expect(text, `${f.label}: ${c.label}`).toContain(c.label);
      if (f.type === 'choice') for (const o of f.options) expect(text, `${f.label}: ☐ ${o}`).toContain(`☐ ${o}`);
      for (const v of shown(f)) {
        if (fixed.includes(v)) continue; // the sample equals printed text, such as an option
        expect(text, `${f.label}: the blank shows the sample value “${v}”`).not.toContain(v);
      }
    }
  });

  it('the sample holds every label and every sample value, and says 样表 in its title and header', async () => {
    const sample = await formDocx(form, 'sample', date);
    const text = partText(sample);
    expect(text).toContain(`${form.title}（样表）`);
    expect(partText(sample, 'word/header1.xml')).toContain('样表');
    for (const f of fields(form)) {
      expect(text, f.label).toContain(f.label);
      for (const v of shown(f)) expect(text, `${f.label}: ${v}`).toContain(v);
    }
  });

  it('are the same bytes whenever they are made, dated from the data', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T08:00:00Z'));
      const a = await formDocx(form, 'sample', date);
      vi.setSystemTime(new Date('2035-06-15T17:31:07Z'));
      const b = await formDocx(form, 'sample', date);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      const core = decode(readZipEntry(a, 'docProps/core.xml')!);
      expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:created>`);
      expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:modified>`);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('formDate', () => {
  it('is the latest review date of the guides that use the form', () => {
    const form = structured.find((f) => site.catalogue.guides.some((g) => g.data.materials.some((m) => m.formRef === f.id)))!;
    const dates = site.catalogue.guides.filter((g) => g.data.materials.some((m) => m.formRef === form.id) || g.data.result.sample === form.id).map((g) => g.data.reviewed);
    expect(formDate(site, form.id)).toBe(dates.sort().at(-1));
    expect(formDate(site, 'no-such-form')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(FALLBACK_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('setZipDates', () => {
  it('changes only the entry times, so the archive still reads', async () => {
    const form = structured[0]!;
    const a = await formDocx(form, 'blank', '2021-01-01');
    const b = setZipDates(a, '2026-11-01');
    expect(b.length).toBe(a.length);
    expect(partText(b)).toBe(partText(a));
    const diff = [...a].flatMap((x, i) => (x === b[i] ? [] : [i]));
    expect(diff.length).toBeGreaterThan(0);
    expect(Buffer.from(setZipDates(b, '2021-01-01')).equals(Buffer.from(a))).toBe(true);
  });
});

describe('the download list of a form', () => {
  it('gives, for every form material of every guide, a blank and a sample Word file with type and size', async () => {
    let checked = 0;
    for (const g of site.catalogue.guides) {
      for (const m of g.data.materials) {
        if (!m.formRef) continue;
        const list = await formDownloads(site, m.formRef);
        expect(list.map((d) => d.kind), `${g.file}: ${m.name}`).toEqual(['blank', 'sample']);
        for (const d of list) {
          expect(d.href).toBe(routes.formDocx(m.formRef, d.kind));
          expect(d.bytes).toBe((await generatedDocx(site, site.index.forms.get(m.formRef)!.data, d.kind)).length);
          expect(d.label).toMatch(new RegExp(`^${d.kind === 'blank' ? '空表' : '样表'} Word 文档（DOCX），\\d+ KB$`));
          expect(d.fileName).toMatch(/（[空样]表）\.docx$/);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('lists every generated file once, at the form’s URL', () => {
    const files = generatedFiles(site);
    expect(files.length).toBe(structured.length * 2);
    expect(new Set(files.map((f) => f.href)).size).toBe(files.length);
    for (const f of files) expect(f.href).toBe(`/forms/${f.form.id}/${f.form.id}-${f.kind}.docx`);
  });
});

describe('the sheet layout', () => {
  const form = {
    id: 'x',
    title: '测试表',
    issuer: '某局',
    notes: ['须知一'],
    sections: [
      {
        title: '甲',
        fields: [
          { label: '名称', required: true, width: 'full', type: 'text', sample: '某公司' },
          { label: '电话', required: false, width: 'half', type: 'phone', sample: '0356-3012345' },
          { label: '日期', required: false, width: 'half', type: 'date', sample: '2026-03-16' },
          { label: '我承诺', required: true, width: 'full', type: 'checkbox', sample: true },
          {
            label: '人员',
            required: false,
            width: 'full',
            type: 'table',
            rows: 3,
            columns: [
              { label: '姓名', type: 'text' },
              { label: '公民身份号码', type: 'text' },
            ],
            sample: [['张三', '140525198506122024']],
          },
        ],
      },
      { title: '乙', fields: [{ label: '单位（盖章）', required: false, width: 'full', type: 'signature', seal: true, sample: '某局（章）' }] },
    ],
  } as unknown as Form;

  it('pairs half-width fields, puts a statement’s box first, and pads tables to their rows', () => {
    const blank = buildSheet(form, 'blank');
    const rows = blank.sections[0]!.rows;
    expect(rows.map((r) => r.kind)).toEqual(['fields', 'fields', 'statement', 'table']);
    const pair = rows[1]!;
    expect(pair.kind === 'fields' && pair.cells.map((c) => c.span)).toEqual([1, 1, 1, 1]);
    const full = rows[0]!;
    expect(full.kind === 'fields' && full.cells.map((c) => c.span)).toEqual([1, 3]);
    const table = rows[3]!;
    expect(table.kind === 'table' && table.rows).toEqual([['', ''], ['', ''], ['', '']]);
    const sampleTable = buildSheet(form, 'sample').sections[0]!.rows[3]!;
    expect(sampleTable.kind === 'table' && sampleTable.rows).toEqual([['张三', '140525198506122024'], ['', ''], ['', '']]);
    expect(blank.hasRequired).toBe(true);
    expect(buildSheet(form, 'sample').title).toBe('测试表（样表）');
  });

  it('gives a signature box a date line only when its section has no date field', () => {
    const sig = buildSheet(form, 'blank').sections[1]!.rows[0]!;
    expect(sig.kind === 'fields' && sig.cells[1]!.kind === 'value' && sig.cells[1]!.value).toEqual({ type: 'signature', marks: ['（盖章）'], text: '', dateLine: true });
    expect(signatureMarks({ label: '申请人签字', type: 'signature', seal: true } as Extract<FormField, { type: 'signature' }>)).toEqual(['（签字）', '（盖章）']);
    expect(signatureMarks({ label: '受托人', type: 'signature', seal: false } as Extract<FormField, { type: 'signature' }>)).toEqual(['（签字）']);
  });

  it('sizes table columns by their content, summing to 100', () => {
    const f = fields(form).find((x) => x.type === 'table') as Extract<FormField, { type: 'table' }>;
    const w = columnWidths(f);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
    expect(w[1]).toBeGreaterThan(w[0]!);
    expect(textWidth('ab')).toBeLessThan(textWidth('甲乙'));
  });
});
