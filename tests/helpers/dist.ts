/** Reading a built site: its pages, and the links and assets each page refers to. */
import fs from 'node:fs';
import path from 'node:path';

export function htmlPages(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/')).sort();
}

/** URL path of a page file: guides/140525/x/index.html → /guides/140525/x/ */
export const urlOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

const ATTR = /<(a|link|script|img|source|iframe|form)\b[^>]*?\s(href|src|srcset|action)="([^"]*)"/giu;

export interface Reference {
  readonly page: string;
  readonly tag: string;
  readonly url: string;
}

export function referencesOf(dist: string, page: string): Reference[] {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const out: Reference[] = [];
  for (const m of html.matchAll(ATTR)) {
    const tag = m[1]!.toLowerCase();
    const values = m[2] === 'srcset' ? m[3]!.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [m[3]!];
    for (const v of values) out.push({ page, tag, url: v.replace(/&amp;/g, '&') });
  }
  return out;
}

export const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/** The file a site-internal URL resolves to, or undefined when nothing is there. */
export function resolveInternal(dist: string, page: string, url: string): string | undefined {
  const clean = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
  if (clean === '') return page; // same-page anchor
  const base = urlOf(page);
  const abs = new URL(clean, `http://site${base}`).pathname;
  const candidates = abs.endsWith('/') ? [`${abs}index.html`] : [abs, `${abs}/index.html`, `${abs}.html`];
  for (const c of candidates) {
    const file = path.join(dist, decodeURIComponent(c));
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return c.slice(1);
  }
  return undefined;
}
