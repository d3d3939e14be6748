/**
 * The files of a form: a department's own blank or sample file, served as is
 * (/forms/<id>/blank.pdf), and the Word files generated at build time from a structured form's
 * definition (/forms/<id>/<id>-blank.docx, /forms/<id>/<id>-sample.docx).
 */
import type { APIRoute } from 'astro';
import { generatedDocx } from '../../../site/downloads.ts';
import { readAttachment } from '../../../io/files.ts';
import { getSite } from '../../../site/site.ts';
import { type FormFileProps, formFilePaths } from '../../../site/views/form.ts';

export function getStaticPaths() {
  return formFilePaths(getSite());
}

export const GET: APIRoute<FormFileProps> = async ({ props: p }) => {
  if ('official' in p) return new Response(readAttachment(p.official.absPath, p.official.source));
  return new Response(await generatedDocx(getSite(), p.form, p.kind));
};
