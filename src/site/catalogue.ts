/**
 * Views of the catalogue as lists: guides by department, matter type and service object; matters
 * by type; the home page's doors and latest documents; a transfer list's chart and comparison.
 * Pure TypeScript over a `Site`, so pages stay thin and tests can call it.
 */
import { MATTER_TYPES, type Guide, type Matter, type TimeLimit, type TransferList } from '../schemas/index.ts';
import { routes } from './routes.ts';
import type { DeptRef, GuideLink, JurisdictionRef, ListRef, MatterLink, MatterSummary, NoticeRef, Site } from './site.ts';
import {
  AUDIENCES,
  type Audience,
  audiencesOf,
  barPercent,
  compareWithPrevious,
  countsByDepartment,
  groupBy,
  matterTypeCode,
  newest,
} from './lists.ts';
import { toWorkingDays } from '../domain/time-limits.ts';

/** A guide with what a list shows about it. */
export interface GuideCard extends GuideLink {
  readonly type?: Matter['type'];
  readonly audiences: readonly Audience[];
  readonly promised: TimeLimit;
  readonly statutory?: TimeLimit;
  readonly free: boolean;
  readonly visits: number;
  readonly online: boolean;
}

const TYPE_ORDER = MATTER_TYPES.entries.map(([, label]) => label);

export function guideCard(site: Site, g: Guide): GuideCard {
  const ref = site.index.matters.get(g.matter);
  const elements = ref ? (ref.subItem ?? ref.matter.data) : undefined;
  const type = elements?.type ?? g.type;
  const statutory = elements?.statutoryLimit ?? g.statutoryLimit;
  return {
    ...site.guideLink(g),
    ...(type ? { type } : {}),
    audiences: audiencesOf(elements?.serviceObjects ?? g.serviceObjects ?? []),
    promised: g.promisedLimit,
    ...(statutory ? { statutory } : {}),
    free: g.free,
    visits: g.visits,
    online: g.handlingForms.includes('网上办理') || g.onlineUrl !== undefined,
  };
}

const byMatter = (a: GuideLink, b: GuideLink) => a.matter.localeCompare(b.matter) || a.code.localeCompare(b.code);

export interface GuideCatalogue {
  readonly total: number;
  readonly byJurisdiction: readonly {
    readonly jurisdiction: JurisdictionRef;
    readonly count: number;
    readonly departments: readonly { readonly department: DeptRef; readonly guides: readonly GuideCard[] }[];
  }[];
  readonly byType: readonly { readonly type: Matter['type']; readonly code: string; readonly guides: readonly GuideCard[] }[];
  readonly byAudience: readonly { readonly id: string; readonly label: Audience; readonly description: string; readonly guides: readonly GuideCard[] }[];
}

/** Every guide, grouped three ways: by jurisdiction then department, by matter type, by service object. */
export function guideCatalogue(site: Site): GuideCatalogue {
  const cards = site.catalogue.guides.map((g) => guideCard(site, g.data)).sort(byMatter);
  const byJurisdiction = site.guidesByJurisdiction().map(({ jurisdiction }) => {
    const mine = cards.filter((c) => c.jurisdiction.id === jurisdiction.id);
    const depts = groupBy(mine, (c) => c.department.key);
    return {
      jurisdiction,
      count: mine.length,
      departments: depts
        .map((d) => ({ department: d.items[0]!.department, guides: d.items }))
        .sort((a, b) => b.guides.length - a.guides.length || a.department.id.localeCompare(b.department.id)),
    };
  });
  const byType = groupBy(
    cards.filter((c) => c.type),
    (c) => c.type!,
    TYPE_ORDER,
  ).map((g) => ({ type: g.key, code: matterTypeCode(g.key), guides: g.items }));
  const byAudience = AUDIENCES.map((a) => ({ ...a, guides: cards.filter((c) => c.audiences.includes(a.label)) }));
  return { total: cards.length, byJurisdiction, byType, byAudience };
}

/** Matters of the basic catalogue by type (in the code list's order), with counts. */
export function mattersByType(site: Site): { type: Matter['type']; code: string; matters: MatterSummary[] }[] {
  return groupBy(site.matters(), (m) => m.type, TYPE_ORDER).map((g) => ({ type: g.key, code: matterTypeCode(g.key), matters: g.items }));
}

export interface HomeView {
  readonly counts: ReturnType<Site['counts']>;
  readonly departments: readonly { readonly department: DeptRef; readonly jurisdiction: JurisdictionRef; readonly guides: number; readonly holds: number }[];
  readonly audiences: GuideCatalogue['byAudience'];
  readonly types: readonly { readonly type: Matter['type']; readonly code: string; readonly guides: number; readonly matters: number }[];
  readonly tongbanGuides: number;
  readonly latestLists: readonly (ListRef & { readonly jurisdictionName: string; readonly counts: { readonly in: number; readonly back: number } })[];
  readonly latestNotices: readonly NoticeRef[];
}

/** What the home page offers: its doors (department, service object, type) and the latest documents. */
export function homeView(site: Site, latest = 3): HomeView {
  const cat = guideCatalogue(site);
  const guideCount = new Map<string, number>();
  for (const j of cat.byJurisdiction) for (const d of j.departments) guideCount.set(d.department.key, d.guides.length);
  const departments = site.departmentsByJurisdiction().flatMap(({ jurisdiction, departments }) =>
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
  const matterTypes = mattersByType(site);
  const types = matterTypes.map((t) => ({
    type: t.type,
    code: t.code,
    matters: t.matters.length,
    guides: cat.byType.find((g) => g.type === t.type)?.guides.length ?? 0,
  }));
  const lists = site.transfersByJurisdiction().flatMap(({ jurisdiction, lists }) => lists.map((l) => ({ ...l, jurisdictionName: jurisdiction.name })));
  return {
    counts: site.counts(),
    departments,
    audiences: cat.byAudience,
    types,
    tongbanGuides: site.catalogue.guides.filter((g) => g.data.tongban.length > 0).length,
    latestLists: newest(lists, (l) => l.date, latest),
    latestNotices: newest(site.notices(), (n) => n.date, latest + 1),
  };
}

/** How a time limit compares with another, for a pair of bars (promised against statutory). */
export function limitShare(promised: TimeLimit, statutory: TimeLimit | undefined): number | undefined {
  if (!statutory) return undefined;
  const s = toWorkingDays(statutory);
  if (s <= 0) return undefined;
  return barPercent(toWorkingDays(promised), s);
}

export interface ComparedView {
  readonly matter: MatterLink;
  readonly name: string;
  readonly department: DeptRef;
  readonly guides: readonly GuideLink[];
  readonly fromPrevious?: boolean;
}

export interface TransferExtras {
  /** Counts by line department, with bar widths relative to the largest count. */
  readonly chart: readonly { readonly department: DeptRef; readonly in: number; readonly back: number; readonly inPct: number; readonly backPct: number }[];
  readonly max: number;
  readonly comparison: {
    readonly previous?: ListRef;
    readonly movedIn: readonly ComparedView[];
    readonly returned: readonly ComparedView[];
    readonly unchanged: readonly ComparedView[];
  };
}

/** A transfer list's chart by department and what it changed against the previous list. */
export function transferExtras(site: Site, jurisdiction: string, id: string): TransferExtras | undefined {
  const lists = site.index.transfersOf(jurisdiction).map((l) => l.data);
  const i = lists.findIndex((l) => l.id === id);
  if (i < 0) return undefined;
  const list: TransferList = lists[i]!;
  const previous = lists[i - 1];
  const counts = countsByDepartment(list);
  const max = Math.max(0, ...counts.map((c) => Math.max(c.in, c.back)));
  const c = compareWithPrevious(list, previous);
  const view = (m: { matter: string; name: string; department: string; fromPrevious?: boolean }): ComparedView => ({
    matter: site.matterLink(m.matter),
    name: m.name,
    department: site.dept(jurisdiction, m.department),
    guides: site.index.guidesFor(jurisdiction, m.matter).map((g) => site.guideLink(g.data)),
    ...(m.fromPrevious !== undefined ? { fromPrevious: m.fromPrevious } : {}),
  });
  return {
    chart: counts.map((x) => ({ department: site.dept(jurisdiction, x.department), in: x.in, back: x.back, inPct: barPercent(x.in, max), backPct: barPercent(x.back, max) })),
    max,
    comparison: {
      ...(previous ? { previous: site.listRef(previous) } : {}),
      movedIn: c.movedIn.map(view),
      returned: c.returned.map(view),
      unchanged: c.unchanged.map(view),
    },
  };
}

/** Anchors of the guide catalogue's groups, shared by the home page and /guides/. */
export const guideAnchors = {
  type: (code: string) => `${routes.guides()}#type-${code}`,
  audience: (id: string) => `${routes.guides()}#for-${id}`,
};
