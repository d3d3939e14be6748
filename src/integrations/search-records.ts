/**
 * The records the search index is built from (see src/integrations/search.ts): one per result,
 * written as a small HTML document for Pagefind in the words of src/site/search-tokens.ts.
 *
 * Each record starts from what Pagefind read from a built page (its text outside
 * data-pagefind-ignore, its metadata and filters, from src/components/search/SearchMeta.astro):
 * - the name is weighted highest, then the keywords (俗称, other names) and the code or 文号, then the text;
 * - a matter page that names its guides (metadata 合并到) is no result of its own: its keywords and
 *   the parts of its text the guide does not already have are added to each guide's record;
 * - the page's own text after its heading is kept, unsegmented, as metadata 正文, for the search
 *   page's snippets.
 */
import { KEYWORD_SEPARATOR } from '../site/search-query.ts';
import { searchTokens } from '../site/search-tokens.ts';

/** A page as Pagefind read it: its fragment. */
export interface PageFragment {
  readonly url: string;
  /** Pagefind's text: words separated by zero-width spaces, blocks by “. ”. */
  readonly content: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

export interface IndexRecord {
  readonly url: string;
  readonly html: string;
}

/** Weights (Pagefind's data-pagefind-weight, 0–10; its default text weight is 1). */
export const WEIGHTS = { name: 10, keywords: 8, text: 1 } as const;

/** The text of a page's snippets is capped at this many characters. */
const TEXT_LIMIT = 6000;
/** A name found this near the start of a page's text is its heading. */
const HEAD_LIMIT = 80;

/** Pagefind's text as written: no zero-width spaces, and a space for the “. ” it puts after a Chinese block. */
export function plainText(content: string): string {
  return content
    .replace(/\u200b/gu, '')
    .replace(/(?<=[^\x00-\x7f])\. /gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The parts of `text` (between punctuation and spaces) that `other` does not contain. */
export function uniqueParts(text: string, other: string): string[] {
  const parts = text.split(/[\s。；;，,：:、·（）()《》“”]+/u).filter((p) => [...p].length >= 2 && !other.includes(p));
  return [...new Set(parts)];
}

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const words = (...texts: string[]) => searchTokens(texts.join(' ')).join(' ');

/** Meta keys that only steer the index and are not shown. */
const INDEX_ONLY = new Set(['合并到', 'title']);

/** The records for the given fragments: one per page, matter pages folded into their guides. */
export function indexRecords(fragments: readonly PageFragment[]): IndexRecord[] {
  const byUrl = new Map(fragments.map((f) => [f.url, f]));
  const folded = new Map<string, PageFragment[]>();
  const own: PageFragment[] = [];
  for (const f of fragments) {
    const into = (f.meta['合并到'] ?? '').split(/\s+/u).filter((u) => byUrl.has(u));
    if (!into.length) own.push(f);
    for (const u of into) (folded.get(u) ?? folded.set(u, []).get(u)!).push(f);
  }
  return own.map((f) => {
    const text = plainText(f.content);
    const extra = folded.get(f.url) ?? [];
    const name = f.meta['名称'] ?? f.meta['title'] ?? '';
    const keywords = [...new Set([f.meta['关键词'], ...extra.map((m) => m.meta['关键词'])].flatMap((k) => (k ?? '').split(KEYWORD_SEPARATOR)).filter(Boolean))];
    const extraText = extra.flatMap((m) => uniqueParts(plainText(m.content), text)).join(' ');
    const meta: Record<string, string> = { title: name };
    for (const [k, v] of Object.entries(f.meta)) if (!INDEX_ONLY.has(k)) meta[k] = v;
    if (keywords.length) meta['关键词'] = keywords.join(KEYWORD_SEPARATOR);
    // Snippets start after the page's kicker and name, which the result already shows.
    const at = name ? text.indexOf(name) : -1;
    meta['正文'] = (at >= 0 && at < HEAD_LIMIT ? text.slice(at + name.length).trim() : text).slice(0, TEXT_LIMIT);
    const metaSpans = Object.entries(meta).map(([k, v]) => `<span data-pagefind-meta="${escape(k)}">${escape(v)}</span>`);
    const filterSpans = Object.entries(f.filters).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${escape(k)}">${escape(v)}</span>`));
    const html = [
      '<!doctype html><html lang="zh-CN"><body><main data-pagefind-body>',
      `<h1 data-pagefind-weight="${WEIGHTS.name}">${words(name)}</h1>`,
      `<p data-pagefind-weight="${WEIGHTS.keywords}">${words(...keywords, f.meta['编码'] ?? '')}</p>`,
      `<div data-pagefind-weight="${WEIGHTS.text}">${words(text, extraText)}</div>`,
      `<div data-pagefind-ignore>${[...metaSpans, ...filterSpans].join('')}</div>`,
      '</main></body></html>',
    ].join('');
    return { url: f.url, html };
  });
}
