/** A department's own blank or sample file (forms without a structured definition), served as is. */
import fs from 'node:fs';
import type { APIRoute } from 'astro';
import { type FormFile, getSite } from '../../../lib/site.ts';

export function getStaticPaths() {
  const site = getSite();
  return site.catalogue.forms.flatMap((f) =>
    site.formFiles(f.data).map((file) => ({ params: { id: f.data.id, file: `${file.kind}${file.ext}` }, props: { file } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: FormFile };
  return new Response(fs.readFileSync(file.absPath));
};
