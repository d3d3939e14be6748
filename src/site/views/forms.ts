/** /forms/: every form of the catalogue, by id, with its downloads. */
import { type FormDownload, formDownloads } from '../downloads.ts';
import type { Site } from '../site.ts';
import { type FormView, formView } from './form.ts';

export type FormListItem = FormView & { readonly downloads: readonly FormDownload[] };

/** Every form's view, by id. */
export function formViews(site: Site): FormView[] {
  return site.catalogue.forms.flatMap((f) => formView(site, f.data.id) ?? []).sort((a, b) => a.form.id.localeCompare(b.form.id));
}

export async function formsView(site: Site): Promise<FormListItem[]> {
  return Promise.all(formViews(site).map(async (f) => ({ ...f, downloads: await formDownloads(site, f.form.id) })));
}
