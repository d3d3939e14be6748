/**
 * /departments/<jurisdiction>/<id>/: what a department implements now, its guides, and what it
 * handed over and received by each transfer list, when.
 */
import type { Department, Responsibility, TransferEntry } from '../../schemas/index.ts';
import { deptKey, effectiveDate } from '../../domain/catalogue.ts';
import { groupBy } from '../../util/group-by.ts';
import type { DeptRef, JurisdictionRef, ListRef, MatterLink } from '../refs.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site.ts';
import { type GuideCard, guideCards } from './guides.ts';

export interface DeptEvent {
  /** The date the move took effect. */
  readonly date: string;
  readonly list: ListRef;
  readonly direction: TransferEntry['direction'];
  readonly matter: MatterLink;
  /** The name printed in the list. */
  readonly listedName: string;
  /** The other side: who received it, or who gave it. */
  readonly counterpart: DeptRef;
}

export interface HeldMatter {
  readonly matter: MatterLink;
  /** Since when; undefined for "before the first list". */
  readonly since?: string;
  readonly list?: ListRef;
}

/** What one list moved for the department. */
export interface DeptMoves {
  readonly list: ListRef;
  /** Matters it gave away by this list. */
  readonly out: readonly DeptEvent[];
  /** Matters it received by this list. */
  readonly in: readonly DeptEvent[];
}

export interface DepartmentView {
  readonly department: Department;
  readonly ref: DeptRef;
  readonly jurisdiction: JurisdictionRef;
  readonly file: string;
  /** Matters named by transfer lists that the department holds now. */
  readonly holdsNow: readonly HeldMatter[];
  /** Entries where the department gave a matter away (from). */
  readonly handedOver: readonly DeptEvent[];
  /** Entries where the department received a matter (to). */
  readonly received: readonly DeptEvent[];
  /** Both, by list, oldest first. */
  readonly moves: readonly DeptMoves[];
  /** Guides the department implements, by matter code. */
  readonly guides: readonly GuideCard[];
  readonly approves: readonly { readonly matter: MatterLink; readonly href: string }[];
  readonly supervises: readonly { readonly matter: MatterLink; readonly href: string }[];
}

export function departmentView(site: Site, jurisdiction: string, id: string): DepartmentView | undefined {
  const rec = site.index.department(jurisdiction, id);
  if (!rec) return undefined;
  const key = deptKey(jurisdiction, id);
  const holdings = site.holdings.get(jurisdiction);
  const holdsNow: HeldMatter[] = (holdings?.heldBy(key) ?? []).flatMap((code) => {
    const last = holdings?.history.get(code)?.at(-1);
    if (!last) return [];
    return [
      {
        matter: site.refs.matterLink(code),
        ...(last.from ? { since: last.from } : {}),
        ...(last.list ? { list: site.refs.listRef(last.list.data) } : {}),
      },
    ];
  });
  const handedOver: DeptEvent[] = [];
  const received: DeptEvent[] = [];
  for (const l of site.index.transfersOf(jurisdiction)) {
    const list = l.data;
    for (const e of list.entries) {
      const event = (counterpart: string): DeptEvent => ({
        date: effectiveDate(list),
        list: site.refs.listRef(list),
        direction: e.direction,
        matter: site.refs.matterLink(e.matter),
        listedName: e.name,
        counterpart: site.refs.dept(jurisdiction, counterpart),
      });
      if (e.from === id) handedOver.push(event(e.to));
      if (e.to === id) received.push(event(e.from));
    }
  }
  const moves = [...groupBy([...handedOver, ...received], (e) => e.list.id).values()]
    .flatMap((events) => (events[0] ? [{ list: events[0].list, out: events.filter((e) => handedOver.includes(e)), in: events.filter((e) => received.includes(e)) }] : []))
    .sort((a, b) => a.list.effective.localeCompare(b.list.effective));
  const resps = (site.lookups.responsibilitiesByJurisdiction().get(jurisdiction) ?? []).map((r) => r.data);
  const respLink = (r: Responsibility) => ({ matter: site.refs.matterLink(r.matter), href: routes.responsibility(jurisdiction, r.matter) });
  return {
    department: rec.data,
    ref: site.refs.dept(jurisdiction, id),
    jurisdiction: site.refs.jurisdiction(jurisdiction),
    file: rec.file,
    holdsNow,
    handedOver,
    received,
    moves,
    guides: guideCards(site, site.lookups.guidesByDepartment().get(key) ?? []).sort((a, b) => a.matter.localeCompare(b.matter)),
    approves: resps.filter((r) => r.approval.department === id).map(respLink),
    supervises: resps.filter((r) => r.supervision.some((s) => s.department === id)).map(respLink),
  };
}

/** The static paths of /departments/<jurisdiction>/<id>/, each with its view. */
export function departmentPaths(site: Site): { params: { jurisdiction: string; id: string }; props: { view: DepartmentView } }[] {
  return site.catalogue.departments.flatMap((d) => {
    const view = departmentView(site, d.data.jurisdiction, d.data.id);
    return view ? [{ params: { jurisdiction: d.data.jurisdiction, id: d.data.id }, props: { view } }] : [];
  });
}
