/**
 * How the site searches, shared by the search page's script and the tests, which run it against the
 * built index in Node: the query is cut by `queryTokens` (src/site/search-tokens.ts) exactly as the
 * index was, then asked of Pagefind's JS API. A page that has every word of the query comes first
 * (Pagefind ranks the name and the keywords above the text, src/integrations/search.ts); when fewer
 * than a few pages have them all, pages with part of the query are added. Pages named by the query,
 * then pages whose name is close to it, come before pages that only mention it.
 */
import { hanPieces, normalizeSearchText, queryTokens, searchRuns } from './search-tokens.ts';

/** What a result carries (Pagefind's fragment; `meta` from src/components/search/SearchMeta.astro). */
export interface SearchFragment {
  readonly url: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

export type FilterCounts = Record<string, Record<string, number>>;

/** Separates the keywords in metadata 关键词 (a keyword may itself contain 、). */
export const KEYWORD_SEPARATOR = '｜';

/** The keywords of a result's metadata. */
export const keywordsOf = (f: SearchFragment): string[] => (f.meta['关键词'] ?? '').split(KEYWORD_SEPARATOR).filter(Boolean);

/** The part of Pagefind's JS API the site uses. */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{
    results: { id: string; score: number; data: () => Promise<SearchFragment> }[];
    totalFilters?: FilterCounts;
  }>;
}

export interface SearchHit {
  readonly id: string;
  readonly data: () => Promise<SearchFragment>;
  /** Every word of the query is on the page. */
  readonly complete: boolean;
}

export interface SearchOutcome {
  readonly hits: readonly SearchHit[];
  /** No page has every word: the hits are pages with part of the query. */
  readonly partial: boolean;
  /** Results per filter value of the hits, as if no filter were checked (Pagefind's totalFilters). */
  readonly counts: FilterCounts;
}

/** Below this many complete hits, partial ones are added. */
export const ENOUGH = 3;
/** At most this many partial hits are loaded and ranked. */
const PARTIAL_LIMIT = 30;
/** Partial hits that have fewer than half the query's words, kept only when no page has half. */
const LOOSE_LIMIT = 10;
/** The first this many complete hits are put in order by name (`tier`). */
const TIERED = 20;
/** A name this similar to the query (`nameSimilarity`) counts as close. */
export const NEAR = 0.6;

/** A text's letters, digits and Chinese characters only: 晋政办发〔2020〕99号 → 晋政办发202099号. */
const compactText = (s: string) =>
  searchRuns(s)
    .map((r) => r.text)
    .join('');

/**
 * 0 when the name or the code contains what was typed, 1 when a keyword does (or is contained in
 * it), 2 when the name or a keyword is close to it (a word missing or mistyped), 3 otherwise: a
 * page named by the query comes before pages that only mention it.
 */
export function tier(query: string, f: SearchFragment): 0 | 1 | 2 | 3 {
  const q = compactText(query);
  if (!q) return 3;
  if (compactText(f.meta['名称'] ?? '').includes(q) || compactText(f.meta['编码'] ?? '').includes(q)) return 0;
  const keywords = keywordsOf(f).map(compactText).filter(Boolean);
  if (keywords.some((k) => k.includes(q) || q.includes(k))) return 1;
  return closeness(query, f) >= NEAR ? 2 : 3;
}

/** Pagefind's filter argument: each key's values combined with OR. */
const pagefindFilters = (filters: Readonly<Record<string, readonly string[]>>) =>
  Object.fromEntries(Object.entries(filters).map(([k, vs]) => [k, { any: vs }]));

/** Characters of a text's Chinese runs and its other words, for comparing a query with a name. */
function grams(text: string): Set<string> {
  const out = new Set<string>();
  for (const r of searchRuns(text)) {
    if (!r.han) out.add(r.text);
    else {
      for (const c of r.text) out.add(c);
      for (const p of hanPieces(r.text)) if (p.length > 1) out.add(p);
    }
  }
  return out;
}

/** Dice similarity of the characters and character pairs of `query` and `name`: 1 equal, 0 nothing shared. */
export function nameSimilarity(query: string, name: string): number {
  const a = grams(query);
  const b = grams(name);
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How close a page's name and keywords are to the query. */
const closeness = (query: string, f: SearchFragment) =>
  Math.max(nameSimilarity(query, f.meta['名称'] ?? ''), ...keywordsOf(f).map((k) => nameSimilarity(query, k)));

/** Counts per filter value over the given fragments. */
function countFilters(fragments: readonly SearchFragment[]): FilterCounts {
  const out: FilterCounts = {};
  for (const f of fragments) for (const [k, vs] of Object.entries(f.filters)) for (const v of vs) (out[k] ??= {})[v] = (out[k]![v] ?? 0) + 1;
  return out;
}

/** Searches `query` (and/or the filters). An empty query with no filter finds nothing. */
export async function searchSite(pf: PagefindApi, query: string, filters: Readonly<Record<string, readonly string[]>> = {}): Promise<SearchOutcome> {
  const tokens = queryTokens(query);
  const pff = pagefindFilters(filters);
  const hasFilters = Object.keys(filters).length > 0;
  if (!tokens.length && !hasFilters) return { hits: [], partial: false, counts: {} };
  const all = await pf.search(tokens.length ? tokens.join(' ') : null, { filters: pff });
  const head = await Promise.all(all.results.slice(0, TIERED).map(async (r, i) => ({ r, i, f: await r.data() })));
  if (tokens.length) head.sort((a, b) => tier(query, a.f) - tier(query, b.f) || a.i - b.i);
  const complete: SearchHit[] = [
    ...head.map(({ r, f }) => ({ id: r.id, data: async () => f, complete: true })),
    ...all.results.slice(TIERED).map((r) => ({ id: r.id, data: r.data, complete: true })),
  ];
  if (complete.length >= ENOUGH || tokens.length < 2) return { hits: complete, partial: false, counts: all.totalFilters ?? {} };

  // Pages with part of the query: ranked by how many of its words they have, then by how close
  // their name or keywords are to what was typed, then by Pagefind's score.
  const seen = new Set(complete.map((h) => h.id));
  const per = await Promise.all(tokens.map((t) => pf.search(t, { filters: pff })));
  const found = new Map<string, { words: number; score: number; data: () => Promise<SearchFragment> }>();
  for (const s of per)
    for (const r of s.results) {
      if (seen.has(r.id)) continue;
      const e = found.get(r.id) ?? { words: 0, score: 0, data: r.data };
      e.words++;
      e.score += r.score;
      found.set(r.id, e);
    }
  const ranked = [...found.entries()].sort(([, a], [, b]) => b.words - a.words || b.score - a.score);
  const half = ranked.filter(([, e]) => e.words * 2 >= tokens.length);
  const candidates = half.length ? half.slice(0, PARTIAL_LIMIT) : ranked.slice(0, PARTIAL_LIMIT);
  const loaded = await Promise.all(candidates.map(async ([id, e]) => ({ id, ...e, fragment: await e.data() })));
  loaded.sort((a, b) => b.words - a.words || closeness(query, b.fragment) - closeness(query, a.fragment) || b.score - a.score);
  if (!half.length) loaded.splice(LOOSE_LIMIT);
  if (!complete.length) {
    const partial = loaded.map((e) => ({ id: e.id, data: async () => e.fragment, complete: false }));
    return { hits: partial, partial: true, counts: countFilters(loaded.map((e) => e.fragment)) };
  }
  // A few complete hits, then the partial ones; a partial hit named close to the query goes before
  // complete hits that only mention it.
  const merged = [...head.map(({ r, f }) => ({ id: r.id, f, complete: true })), ...loaded.map((e) => ({ id: e.id, f: e.fragment, complete: false }))]
    .map((h, i) => ({ ...h, i, t: tier(query, h.f) }))
    .sort((a, b) => a.t - b.t || a.i - b.i);
  const counts = all.totalFilters ?? {};
  // The counts cover every hit listed.
  const extra = countFilters(loaded.map((e) => e.fragment));
  for (const [k, vs] of Object.entries(extra)) for (const [v, n] of Object.entries(vs)) (counts[k] ??= {})[v] = (counts[k]![v] ?? 0) + n;
  return { hits: merged.map((h) => ({ id: h.id, data: async () => h.f, complete: h.complete })), partial: false, counts };
}

/** A piece of a snippet; `mark` where it matches the query. */
export interface SnippetPart {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * A short passage of `text` around the first place the query matches, the matching characters
 * marked; the passage starts at the text's beginning when nothing matches.
 */
export function snippet(text: string, query: string, length = 60): SnippetPart[] {
  // NFKC may change a text's length (rare compatibility characters); then compare case-folded only.
  const folded = normalizeSearchText(text);
  const hay = folded.length === text.length ? folded : text.toLowerCase();
  const pieces = searchRuns(query).flatMap((r) => (r.han ? (r.text.length > 1 ? [r.text, ...hanPieces(r.text).filter((p) => p.length > 1)] : [r.text]) : [r.text]));
  const marked = new Array<boolean>(text.length).fill(false);
  let first = -1;
  for (const p of pieces) {
    for (let i = hay.indexOf(p); i >= 0; i = hay.indexOf(p, i + 1)) {
      for (let j = i; j < i + p.length && j < marked.length; j++) marked[j] = true;
      if (first < 0 || i < first) first = i;
    }
  }
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 4));
  const end = Math.min(text.length, start + length);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  for (let i = start; i < end; i++) {
    const last = parts[parts.length - 1];
    if (last && last.text !== '…' && last.mark === marked[i]) parts[parts.length - 1] = { text: last.text + text[i], mark: last.mark };
    else parts.push({ text: text[i]!, mark: marked[i]! });
  }
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** One entry of the catalogue's names, for “没找到？”. */
export interface NameEntry {
  readonly name: string;
  readonly keywords: readonly string[];
  readonly href: string;
}

/** The `n` entries whose name or keywords are closest to the query (none sharing nothing with it). */
export function closestNames(entries: readonly NameEntry[], query: string, n = 3): NameEntry[] {
  return entries
    .map((e) => ({ e, s: Math.max(nameSimilarity(query, e.name), ...e.keywords.map((k) => nameSimilarity(query, k))) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.e.name.localeCompare(b.e.name, 'zh-CN'))
    .slice(0, n)
    .map((x) => x.e);
}
