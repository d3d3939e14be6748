/**
 * The files an applicant can download for a form — the department's own files and the Word files
 * generated from a structured definition — each with its address, type and size, in the GOV.UK
 * attachment manner: “空表 Word 文档（DOCX），18 KB”. Pages and tests share this list, so what a
 * page says a file weighs is what the built file weighs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Form } from '../schemas/index.ts';
import { extensionOf, formatBytes } from '../io/files.ts';
import { routes } from './routes.ts';
import type { Site } from './site.ts';
import { formDocx } from '../forms/docx.ts';
import type { SheetMode } from '../forms/sheet.ts';

export type FormKind = SheetMode;

export const KIND_LABEL: Readonly<Record<FormKind, string>> = { blank: '空表', sample: '样表' };

/** File types by extension, as applicants know them. */
const TYPE_LABEL: Readonly<Record<string, string>> = {
  docx: 'Word 文档（DOCX）',
  doc: 'Word 文档（DOC）',
  pdf: 'PDF 文档',
  xlsx: 'Excel 表格（XLSX）',
  xls: 'Excel 表格（XLS）',
  png: 'PNG 图片',
  jpg: 'JPEG 图片',
  jpeg: 'JPEG 图片',
};

/** A department's own blank or sample file of a form, copied under the form's URL. */
export interface FormFile {
  readonly kind: FormKind;
  readonly title: string;
  /** Path relative to data/, as written in the record. */
  readonly source: string;
  /** Absolute path on disk. */
  readonly absPath: string;
  /** Lower-case extension with the dot, e.g. .pdf */
  readonly ext: string;
  readonly href: string;
}

/** The department's own files of a form (blank before sample), under the repository `root`. */
export function formFiles(root: string, form: Form): FormFile[] {
  const out: FormFile[] = [];
  for (const kind of ['blank', 'sample'] as const) {
    const f = form[kind];
    if (!f) continue;
    const ext = path.posix.extname(f.file).toLowerCase();
    out.push({
      kind,
      title: f.title ?? `${form.title}（${KIND_LABEL[kind]}）`,
      source: f.file,
      absPath: path.join(root, 'data', ...f.file.split('/')),
      ext,
      href: routes.formFile(form.id, kind, ext),
    });
  }
  return out;
}

export const typeLabel = (ext: string) => TYPE_LABEL[ext] ?? `${ext.toUpperCase()} 文件`;

export interface FormDownload {
  readonly kind: FormKind;
  readonly href: string;
  /** 道路旅客运输经营申请表（空表） */
  readonly title: string;
  /** A file name to save it under: 道路旅客运输经营申请表（空表）.docx */
  readonly fileName: string;
  /** Lower-case extension without the dot. */
  readonly ext: string;
  /** Word 文档（DOCX） */
  readonly type: string;
  readonly bytes: number;
  /** 18 KB */
  readonly size: string;
  /** 空表 Word 文档（DOCX），18 KB */
  readonly label: string;
  /** Generated from the structured definition (else the department's own file). */
  readonly generated: boolean;
}

/** Used when no guide names the form: a fixed date, so the files stay byte-identical. */
export const FALLBACK_DATE = '2020-12-24';

/**
 * The date written into a form's generated files: the latest review date of the guides that use
 * it (as a material or as the result sample), else of any guide. Derived from the data, so two
 * builds of the same catalogue give the same bytes.
 */
export function formDate(site: Site, id: string): string {
  const latestOf = (guides: readonly { readonly data: { readonly reviewed: string } }[]) => guides.reduce((d, g) => (g.data.reviewed > d ? g.data.reviewed : d), '');
  const users = [...(site.lookups.formUses().get(id) ?? []).map((u) => u.guide), ...(site.lookups.formResultOf().get(id) ?? [])];
  return latestOf(users) || latestOf(site.catalogue.guides) || FALLBACK_DATE;
}

export const isStructured = (form: Form) => (form.sections?.length ?? 0) > 0;

const cache = new WeakMap<Form, Map<string, Promise<Uint8Array<ArrayBuffer>>>>();

/** The generated .docx of a structured form's blank or sample (memoised per form record). */
export function generatedDocx(site: Site, form: Form, kind: FormKind): Promise<Uint8Array<ArrayBuffer>> {
  const date = formDate(site, form.id);
  let byForm = cache.get(form);
  if (!byForm) cache.set(form, (byForm = new Map()));
  const key = `${kind}@${date}`;
  let p = byForm.get(key);
  if (!p) byForm.set(key, (p = formDocx(form, kind, date)));
  return p;
}

function download(form: Form, kind: FormKind, href: string, ext: string, bytes: number, generated: boolean, title?: string): FormDownload {
  const t = title ?? `${form.title}（${KIND_LABEL[kind]}）`;
  const type = typeLabel(ext);
  const size = formatBytes(bytes);
  return { kind, href, title: t, fileName: `${t}.${ext}`, ext, type, bytes, size, label: `${KIND_LABEL[kind]} ${type}，${size}`, generated };
}

/**
 * Everything to download for a form, blank before sample: the department's own file of each kind
 * when there is one, and for a structured form the generated Word file of each kind.
 */
export async function formDownloads(site: Site, id: string): Promise<FormDownload[]> {
  const rec = site.index.forms.get(id);
  if (!rec) return [];
  const form = rec.data;
  const files = formFiles(site.root, form);
  const out: FormDownload[] = [];
  for (const kind of ['blank', 'sample'] as const) {
    for (const f of files.filter((x) => x.kind === kind)) {
      const bytes = fs.existsSync(f.absPath) ? fs.statSync(f.absPath).size : 0;
      out.push(download(form, kind, f.href, extensionOf(f.source), bytes, false, f.title));
    }
    if (isStructured(form)) {
      const bytes = await generatedDocx(site, form, kind);
      out.push(download(form, kind, routes.formDocx(id, kind), 'docx', bytes.length, true));
    }
  }
  return out;
}

/** Every generated Word file of the catalogue, for the static routes. */
export function generatedFiles(site: Site): { form: Form; kind: FormKind; href: string }[] {
  return site.catalogue.forms
    .filter((f) => isStructured(f.data))
    .flatMap((f) => (['blank', 'sample'] as const).map((kind) => ({ form: f.data, kind, href: routes.formDocx(f.data.id, kind) })));
}
