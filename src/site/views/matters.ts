/** /matters/: the basic catalogue's matters by type, each with its sub-items and guide counts. */
import { MATTER_TYPES, type Matter, type SubItem } from '../../schemas/index.ts';
import { groupBy } from '../../util/group-by.ts';
import { matterTypeCode } from '../lists.ts';
import type { GuideLink } from '../refs.ts';
import { guidesOfCode } from '../related.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site.ts';

export interface SubItemView {
  readonly subItem: SubItem;
  readonly href: string;
  readonly guides: readonly GuideLink[];
}

export interface MatterSummary {
  readonly code: string;
  readonly name: string;
  readonly type: Matter['type'];
  readonly local: boolean;
  readonly href: string;
  readonly subItems: readonly SubItemView[];
  /** Guides of the matter itself and of its sub-items. */
  readonly guideCount: number;
}

export interface MatterTypeGroup {
  readonly type: Matter['type'];
  /** The type's national code, for anchors. */
  readonly code: string;
  readonly matters: readonly MatterSummary[];
}

export interface MattersView {
  readonly groups: readonly MatterTypeGroup[];
  /** Matters in all groups. */
  readonly total: number;
  /** Sub-items of those matters. */
  readonly subItems: number;
}

/** Matter types in the code list's order. */
export const TYPE_ORDER: readonly Matter['type'][] = MATTER_TYPES.entries.map(([, label]) => label);

export function matterSummary(site: Site, m: Matter): MatterSummary {
  const subItems = m.subItems.map((s) => ({ subItem: s, href: routes.matter(s.code), guides: guidesOfCode(site, s.code) }));
  return {
    code: m.code,
    name: m.name,
    type: m.type,
    local: m.local,
    href: routes.matter(m.code),
    subItems,
    guideCount: guidesOfCode(site, m.code).length + subItems.reduce((n, s) => n + s.guides.length, 0),
  };
}

/** Every matter of the basic catalogue, by code, with its sub-items. */
export function matterSummaries(site: Site): MatterSummary[] {
  return site.catalogue.matters.map((m) => matterSummary(site, m.data)).sort((a, b) => a.code.localeCompare(b.code));
}

/** Matters of the basic catalogue by type (in the code list's order). */
export function mattersByType(site: Site): MatterTypeGroup[] {
  return [...groupBy(matterSummaries(site), (m) => m.type, TYPE_ORDER)].map(([type, matters]) => ({ type, code: matterTypeCode(type), matters }));
}

export function mattersView(site: Site): MattersView {
  const groups = mattersByType(site);
  return {
    groups,
    total: groups.reduce((n, g) => n + g.matters.length, 0),
    subItems: groups.reduce((n, g) => n + g.matters.reduce((k, m) => k + m.subItems.length, 0), 0),
  };
}
