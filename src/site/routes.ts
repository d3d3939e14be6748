/**
 * The site's URLs. Routes are stable forever (auditors cite them): change nothing here without a
 * redirect. Every page URL ends with a slash (trailingSlash: 'always').
 */

const seg = (s: string) => encodeURIComponent(s);

export const routes = {
  home: () => '/',
  matters: () => '/matters/',
  matter: (code: string) => `/matters/${seg(code)}/`,
  guides: () => '/guides/',
  guide: (jurisdiction: string, code: string) => `/guides/${seg(jurisdiction)}/${seg(code)}/`,
  transfers: () => '/transfers/',
  transfer: (jurisdiction: string, id: string) => `/transfers/${seg(jurisdiction)}/${seg(id)}/`,
  responsibilities: () => '/responsibilities/',
  responsibility: (jurisdiction: string, matter: string) => `/responsibilities/${seg(jurisdiction)}/${seg(matter)}/`,
  departments: () => '/departments/',
  department: (jurisdiction: string, id: string) => `/departments/${seg(jurisdiction)}/${seg(id)}/`,
  notices: () => '/notices/',
  notice: (id: string) => `/notices/${seg(id)}/`,
  forms: () => '/forms/',
  form: (id: string) => `/forms/${seg(id)}/`,
  formSample: (id: string) => `/forms/${seg(id)}/sample/`,
  /** A department's own blank or sample file, copied under the form's URL. */
  formFile: (id: string, kind: 'blank' | 'sample', ext: string) => `/forms/${seg(id)}/${kind}${ext}`,
  /** The Word file generated from a structured form's definition: its blank or its sample. */
  formDocx: (id: string, kind: 'blank' | 'sample') => `/forms/${seg(id)}/${seg(id)}-${kind}.docx`,
  tongban: () => '/tongban/',
  search: () => '/search/',
  versions: () => '/versions/',
  /** A version of the catalogue, by the first 10 characters of its commit id. */
  version: (shortId: string) => `/versions/${seg(shortId)}/`,
  /** A release of the catalogue, by its id (data/releases/): ids never look like a commit's 10 characters. */
  release: (id: string) => `/versions/${seg(id)}/`,
  openData: () => '/open-data/',
  /** A file of the open data, by its path under open-data/ (csv/guides.csv). */
  openDataFile: (file: string) => `/open-data/${file.split('/').map(seg).join('/')}`,
} as const;

/** A page's address for print: absolute under the site's public address when one is configured (astro.config.mjs). */
export const printableUrl = (path: string, site: URL | undefined): string => (site ? new URL(path, site).href : path);
