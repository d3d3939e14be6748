/**
 * /guides/: every guide, grouped three ways (by jurisdiction then department, by matter type, by
 * service object), and the guide cards other lists (home, department, 通办) share.
 */
import type { Guide, Matter, TimeLimit } from '../../schemas/index.ts';
import type { Loaded } from '../../io/load.ts';
import { groupBy } from '../../util/group-by.ts';
import { AUDIENCES, type Audience, audiencesOf, matterTypeCode } from '../lists.ts';
import type { DeptRef, GuideLink, JurisdictionRef } from '../refs.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site.ts';
import { TYPE_ORDER } from './matters.ts';

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

export function guideCard(site: Site, g: Guide): GuideCard {
  const elements = site.index.elementsOf(g.matter);
  const type = elements?.type ?? g.type;
  const statutory = elements?.statutoryLimit ?? g.statutoryLimit;
  return {
    ...site.refs.guideLink(g),
    ...(type ? { type } : {}),
    audiences: audiencesOf(elements?.serviceObjects ?? g.serviceObjects ?? []),
    promised: g.promisedLimit,
    ...(statutory ? { statutory } : {}),
    free: g.free,
    visits: g.visits,
    online: g.handlingForms.includes('网上办理') || g.onlineUrl !== undefined,
  };
}

/** Cards of guide records, in the order given. */
export const guideCards = (site: Site, guides: readonly Loaded<Guide>[]): GuideCard[] => guides.map((g) => guideCard(site, g.data));

const byMatter = (a: GuideLink, b: GuideLink) => a.matter.localeCompare(b.matter) || a.code.localeCompare(b.code);

/** Guides grouped by jurisdiction (jurisdictions in level order), by matter code within each. */
export function guidesByJurisdiction(site: Site): { jurisdiction: JurisdictionRef; guides: GuideLink[] }[] {
  return site.refs.orderByJurisdiction(site.lookups.guidesByJurisdiction()).map(([id, guides]) => ({
    jurisdiction: site.refs.jurisdiction(id),
    guides: guides.map((g) => site.refs.guideLink(g.data)).sort(byMatter),
  }));
}

/** Every guide, grouped three ways: by jurisdiction then department, by matter type, by service object. */
export function guideCatalogue(site: Site): GuideCatalogue {
  const cards = guideCards(site, site.catalogue.guides).sort(byMatter);
  const byJurisdiction = site.refs.orderByJurisdiction(groupBy(cards, (c) => c.jurisdiction.id)).map(([id, mine]) => ({
    jurisdiction: site.refs.jurisdiction(id),
    count: mine.length,
    departments: [...groupBy(mine, (c) => c.department.key).values()]
      .flatMap((guides) => (guides[0] ? [{ department: guides[0].department, guides }] : []))
      .sort((a, b) => b.guides.length - a.guides.length || a.department.id.localeCompare(b.department.id)),
  }));
  const typed = cards.flatMap((c) => (c.type ? [{ type: c.type, card: c }] : []));
  const byType = [...groupBy(typed, (t) => t.type, TYPE_ORDER)].map(([type, ts]) => ({ type, code: matterTypeCode(type), guides: ts.map((t) => t.card) }));
  const byAudience = AUDIENCES.map((a) => ({ ...a, guides: cards.filter((c) => c.audiences.includes(a.label)) }));
  return { total: cards.length, byJurisdiction, byType, byAudience };
}

/** Anchors of the guide catalogue's groups, shared by the home page and /guides/. */
export const guideAnchors = {
  type: (code: string) => `${routes.guides()}#type-${code}`,
  audience: (id: string) => `${routes.guides()}#for-${id}`,
  department: (key: string) => `d-${key.replace('/', '-')}`,
};
