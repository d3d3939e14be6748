/**
 * /forms/<id>/ and /forms/<id>/sample/: one form, its files, and the guides that use it; and the
 * static routes of its files (/forms/<id>/blank.pdf, /forms/<id>/<id>-blank.docx).
 */
import type { Form } from '../../schemas/index.ts';
import { type FormDownload, type FormFile, type FormKind, formDownloads, formFiles, generatedFiles } from '../downloads.ts';
import type { GuideLink } from '../refs.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site.ts';

export type { FormFile } from '../downloads.ts';

export interface FormView {
  readonly form: Form;
  readonly file: string;
  readonly href: string;
  readonly sampleHref: string;
  readonly structured: boolean;
  readonly files: readonly FormFile[];
  /** Guides whose materials ask for this form. */
  readonly usedBy: readonly { readonly guide: GuideLink; readonly material: string }[];
  /** Guides whose result sample is this form. */
  readonly resultOf: readonly GuideLink[];
}

/** A form page's view: the form, and its files to download. */
export interface FormPageView extends FormView {
  readonly downloads: readonly FormDownload[];
  /** Whether there is a sample to see online (a structured form, or a sample file). */
  readonly hasSample: boolean;
}

export function formView(site: Site, id: string): FormView | undefined {
  const rec = site.index.forms.get(id);
  if (!rec) return undefined;
  const form = rec.data;
  return {
    form,
    file: rec.file,
    href: routes.form(id),
    sampleHref: routes.formSample(id),
    structured: (form.sections?.length ?? 0) > 0,
    files: formFiles(site.root, form),
    usedBy: (site.lookups.formUses().get(id) ?? []).map((u) => ({ guide: site.refs.guideLink(u.guide.data), material: u.material })),
    resultOf: (site.lookups.formResultOf().get(id) ?? []).map((g) => site.refs.guideLink(g.data)),
  };
}

export async function formPageView(site: Site, view: FormView): Promise<FormPageView> {
  const downloads = await formDownloads(site, view.form.id);
  return { ...view, downloads, hasSample: view.structured || downloads.some((d) => d.kind === 'sample') };
}

/** The static paths of /forms/<id>/ (and of /forms/<id>/sample/), each with its view. */
export async function formPaths(site: Site): Promise<{ params: { id: string }; props: { view: FormPageView } }[]> {
  const out: { params: { id: string }; props: { view: FormPageView } }[] = [];
  for (const f of site.catalogue.forms) {
    const view = formView(site, f.data.id);
    if (view) out.push({ params: { id: f.data.id }, props: { view: await formPageView(site, view) } });
  }
  return out;
}

/** What a form file route serves: a department's own file, or a Word file generated from the definition. */
export type FormFileProps = { readonly official: FormFile } | { readonly form: Form; readonly kind: FormKind };

/** The static paths of /forms/<id>/<file>. */
export function formFilePaths(site: Site): { params: { id: string; file: string }; props: FormFileProps }[] {
  const official = site.catalogue.forms.flatMap((f) =>
    formFiles(site.root, f.data).map((file) => ({ params: { id: f.data.id, file: `${file.kind}${file.ext}` }, props: { official: file } })),
  );
  const generated = generatedFiles(site).map((g) => ({
    params: { id: g.form.id, file: `${g.form.id}-${g.kind}.docx` },
    props: { form: g.form, kind: g.kind },
  }));
  return [...official, ...generated];
}
