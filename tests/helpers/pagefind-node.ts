/**
 * Pagefind's browser bundle (dist/pagefind/pagefind.js) run in Node against a built site: its
 * requests for index files are answered from the folder, so the site's own search code
 * (src/site/search-query.ts) can be tested without a browser. Outside a browser Pagefind runs on
 * the main thread and does not segment with a worker; it still cuts queries with Intl.Segmenter,
 * which Node has with full ICU, as Chromium does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/site/search-query.ts';

const roots = new Map<string, string>();
let installed = false;

/** Answers requests for /<prefix>/pagefind/… from the registered folders; anything else fails. */
function installFetch() {
  if (installed) return;
  installed = true;
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const pathname = decodeURIComponent(new URL(url, 'http://local').pathname);
    const [, prefix, ...rest] = pathname.split('/');
    const root = roots.get(prefix ?? '');
    if (!root) return original(input, init);
    const file = path.join(root, ...rest);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) return new Response('not found', { status: 404 });
    return new Response(fs.readFileSync(file));
  }) as typeof fetch;
}

/** Pagefind's JS API over the index in `dist`/pagefind (a fresh instance per folder). */
export async function pagefindOf(dist: string): Promise<PagefindApi> {
  installFetch();
  const prefix = `__site${roots.size}`;
  roots.set(prefix, path.resolve(dist));
  // The query string gives each folder its own module instance.
  const mod = (await import(`${pathToFileURL(path.join(dist, 'pagefind', 'pagefind.js')).href}?${prefix}`)) as PagefindApi & {
    options: (o: Record<string, unknown>) => Promise<void>;
  };
  await mod.options({ basePath: `/${prefix}/pagefind/`, baseUrl: '/' });
  return mod;
}
