/**
 * The files of a form: a department's own blank or sample file, served as is
 * (/forms/<id>/blank.pdf), and the Word files generated at build time from a structured form's
 * definition (/forms/<id>/<id>-blank.docx, /forms/<id>/<id>-sample.docx).
 */
import type { APIRoute } from 'astro';
import { readAttachment } from '../../../io/files.ts';
import { type FormKind, generatedDocx, generatedFiles } from '../../../forms/downloads.ts';
import { type FormFile, getSite } from '../../../site/site.ts';
import type { Form } from '../../../schemas/index.ts';

type Props = { official: FormFile } | { form: Form; kind: FormKind };

export function getStaticPaths() {
  const site = getSite();
  const official = site.catalogue.forms.flatMap((f) =>
    site.formFiles(f.data).map((file) => ({ params: { id: f.data.id, file: `${file.kind}${file.ext}` }, props: { official: file } satisfies Props })),
  );
  const generated = generatedFiles(site).map((g) => ({
    params: { id: g.form.id, file: `${g.form.id}-${g.kind}.docx` },
    props: { form: g.form, kind: g.kind } satisfies Props,
  }));
  return [...official, ...generated];
}

export const GET: APIRoute = async ({ props }) => {
  const p = props as Props;
  if ('official' in p) return new Response(readAttachment(p.official.absPath, p.official.source));
  return new Response(await generatedDocx(getSite(), p.form, p.kind));
};
