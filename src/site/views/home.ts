/** The home page: counts, its doors (department, service object, matter type) and the latest documents. */
import type { Matter } from '../../schemas/index.ts';
import { newest } from '../lists.ts';
import type { DeptRef, JurisdictionRef, ListRef, NoticeRef } from '../refs.ts';
import type { Site } from '../site.ts';
import { departmentsByJurisdiction } from './departments.ts';
import { type GuideCatalogue, guideCatalogue } from './guides.ts';
import { mattersByType } from './matters.ts';
import { noticesView } from './notices.ts';
import { transfersByJurisdiction } from './transfers.ts';

/** How many records of each kind. */
export interface SiteCounts {
  readonly jurisdictions: number;
  readonly departments: number;
  readonly matters: number;
  readonly subItems: number;
  readonly guides: number;
  readonly forms: number;
  readonly transfers: number;
  readonly responsibilities: number;
  readonly tongban: number;
  readonly notices: number;
}

export interface HomeView {
  readonly counts: SiteCounts;
  readonly departments: readonly { readonly department: DeptRef; readonly jurisdiction: JurisdictionRef; readonly guides: number; readonly holds: number }[];
  readonly audiences: GuideCatalogue['byAudience'];
  readonly types: readonly { readonly type: Matter['type']; readonly code: string; readonly guides: number; readonly matters: number }[];
  readonly tongbanGuides: number;
  readonly latestLists: readonly (ListRef & { readonly jurisdictionName: string; readonly counts: { readonly in: number; readonly back: number } })[];
  readonly latestNotices: readonly NoticeRef[];
}

/** How many records of each kind, for the home and search pages. */
export function siteCounts(site: Site): SiteCounts {
  const c = site.catalogue;
  return {
    jurisdictions: c.jurisdictions.length,
    departments: c.departments.length,
    matters: c.matters.length,
    subItems: c.matters.reduce((n, m) => n + m.data.subItems.length, 0),
    guides: c.guides.length,
    forms: c.forms.length,
    transfers: c.transfers.length,
    responsibilities: c.responsibilities.length,
    tongban: c.tongban.length,
    notices: c.notices.length,
  };
}

/** What the home page offers: its doors (department, service object, type) and the latest documents. */
export function homeView(site: Site, latest = 3): HomeView {
  const cat = guideCatalogue(site);
  const guideCount = new Map<string, number>();
  for (const j of cat.byJurisdiction) for (const d of j.departments) guideCount.set(d.department.key, d.guides.length);
  const departments = departmentsByJurisdiction(site).flatMap(({ jurisdiction, departments }) =>
    departments
      .map((department) => ({
        department,
        jurisdiction,
        guides: guideCount.get(department.key) ?? 0,
        holds: site.holdings.get(jurisdiction.id)?.heldBy(department.key).length ?? 0,
      }))
      .filter((d) => d.guides > 0 || d.holds > 0),
  );
  departments.sort((a, b) => b.guides - a.guides || b.holds - a.holds || a.department.key.localeCompare(b.department.key));
  const guidesOfType = new Map(cat.byType.map((g) => [g.type, g.guides.length]));
  const types = mattersByType(site).map((t) => ({ type: t.type, code: t.code, matters: t.matters.length, guides: guidesOfType.get(t.type) ?? 0 }));
  const lists = transfersByJurisdiction(site).flatMap(({ jurisdiction, lists }) => lists.map((l) => ({ ...l, jurisdictionName: jurisdiction.name })));
  return {
    counts: siteCounts(site),
    departments,
    audiences: cat.byAudience,
    types,
    tongbanGuides: site.catalogue.guides.filter((g) => g.data.tongban.length > 0).length,
    latestLists: newest(lists, (l) => l.date, latest),
    latestNotices: newest(noticesView(site), (n) => n.date, latest + 1),
  };
}
