/** /responsibilities/: the responsibility divisions by jurisdiction, by matter code within each. */
import type { DeptRef, JurisdictionRef, MatterLink } from '../refs.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site.ts';

export interface ResponsibilityItem {
  readonly matter: MatterLink;
  readonly approval: DeptRef;
  readonly href: string;
}

export function responsibilitiesByJurisdiction(site: Site): { jurisdiction: JurisdictionRef; items: ResponsibilityItem[] }[] {
  return site.refs.orderByJurisdiction(site.lookups.responsibilitiesByJurisdiction()).map(([j, rs]) => ({
    jurisdiction: site.refs.jurisdiction(j),
    items: rs
      .map((r) => r.data)
      .sort((a, b) => a.matter.localeCompare(b.matter))
      .map((r) => ({ matter: site.refs.matterLink(r.matter), approval: site.refs.dept(j, r.approval.department), href: routes.responsibility(j, r.matter) })),
  }));
}
