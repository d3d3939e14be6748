/** /search/: where to ask when the search finds nothing, and the names the page suggests from. */
import type { NameEntry } from '../search-query.ts';
import { guideKeywords } from '../search-meta.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site.ts';
import { guideView } from './guide.ts';

/** An approval hall: a jurisdiction's approval bureau, where its guides are handled. */
export interface Hall {
  readonly jurisdiction: string;
  readonly name: string;
  readonly address?: string;
  readonly phone?: string;
}

export interface SearchPageView {
  /** The bureaus of the jurisdictions that have guides, with an address or a phone. */
  readonly halls: readonly Hall[];
  /**
   * One entry per search result a matter can have, as the index has them: every guide, and each
   * matter or sub-item without a guide of its own.
   */
  readonly names: readonly NameEntry[];
}

export function searchPageView(site: Site): SearchPageView {
  const c = site.catalogue;
  const withGuides = [...new Set(c.guides.map((g) => g.data.jurisdiction))];
  const halls = withGuides.flatMap((j) => {
    const b = site.index.approvalBureau(j)?.data;
    if (!b || (!b.address && !b.phone)) return [];
    return [{ jurisdiction: site.refs.jurisdiction(j).name, name: b.name, ...(b.address ? { address: b.address } : {}), ...(b.phone ? { phone: b.phone } : {}) }];
  });
  const guided = new Set(c.guides.map((g) => g.data.matter));
  const names: NameEntry[] = [];
  for (const g of c.guides) {
    const v = guideView(site, g.data.code);
    if (v) names.push({ name: g.data.name, keywords: guideKeywords(v), href: v.href });
  }
  for (const m of c.matters) {
    if (!guided.has(m.data.code)) names.push({ name: m.data.name, keywords: [...m.data.keywords, ...m.data.aliases], href: routes.matter(m.data.code) });
    for (const s of m.data.subItems) if (!guided.has(s.code)) names.push({ name: s.name, keywords: [], href: routes.matter(s.code) });
  }
  return { halls, names };
}
