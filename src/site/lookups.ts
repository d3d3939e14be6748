/**
 * Look-ups that several pages share, each built once per site (on first use) instead of scanning
 * the whole catalogue for every page: guides by code and by department, responsibilities by
 * jurisdiction and by code, the transfer and 通办 entries that name a code, the guides that use a
 * form, and the records that cite a notice.
 */
import type { Guide, Responsibility, TongbanList, TransferEntry, TransferList } from '../schemas/index.ts';
import { type CatalogueIndex, deptKey } from '../domain/catalogue.ts';
import type { Loaded } from '../io/load.ts';
import { groupBy } from '../util/group-by.ts';

/** An entry of a list, with its place among all lists' entries (to merge several codes' entries). */
export interface Placed<L, E> {
  readonly list: L;
  readonly entry: E;
  readonly seq: number;
}

/** A record that cites a notice, in the order the notice page lists them. */
export type Citation =
  | { readonly kind: 'transfer'; readonly list: TransferList }
  | { readonly kind: 'matter'; readonly code: string; readonly name: string }
  | { readonly kind: 'guide'; readonly guide: Guide }
  | { readonly kind: 'responsibility'; readonly responsibility: Responsibility }
  | { readonly kind: 'tongban'; readonly list: TongbanList }
  | { readonly kind: 'notice'; readonly id: string; readonly title: string };

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** Placed entries by the code they name, numbered in the order of `lists`. */
function placedByCode<L, E extends { matter: string }>(lists: readonly L[], entries: (l: L) => readonly E[]): Map<string, Placed<L, E>[]> {
  let seq = 0;
  const placed = lists.flatMap((list) => entries(list).map((entry) => ({ list, entry, seq: seq++ })));
  return groupBy(placed, (p) => p.entry.matter);
}

/** The placed entries of several codes, in the order of the lists (and of entries within a list). */
export function entriesOf<L, E>(byCode: ReadonlyMap<string, readonly Placed<L, E>[]>, codes: readonly string[]): Placed<L, E>[] {
  return [...new Set(codes)].flatMap((c) => byCode.get(c) ?? []).sort((a, b) => a.seq - b.seq);
}

export class Lookups {
  readonly index: CatalogueIndex;

  constructor(index: CatalogueIndex) {
    this.index = index;
  }

  /** Every list, in the order the holdings fold them (per jurisdiction, by effective date). */
  readonly sortedLists = lazy((): readonly TransferList[] => [...this.index.transfersByJurisdiction.values()].flat().map((l) => l.data));

  /** Guides (all jurisdictions) by the code they implement, in catalogue order. */
  readonly guidesByCode = lazy(() => groupBy(this.index.catalogue.guides, (g) => g.data.matter));

  /** Guides by department key (jurisdiction/id), in catalogue order. */
  readonly guidesByDepartment = lazy(() => groupBy(this.index.catalogue.guides, (g) => deptKey(g.data.jurisdiction, g.data.department)));

  /** Guides by jurisdiction, in catalogue order. */
  readonly guidesByJurisdiction = lazy(() => groupBy(this.index.catalogue.guides, (g) => g.data.jurisdiction));

  /** Responsibility divisions by jurisdiction, in catalogue order. */
  readonly responsibilitiesByJurisdiction = lazy(() => groupBy(this.index.catalogue.responsibilities, (r) => r.data.jurisdiction));

  /** Responsibility divisions by the code they divide, in catalogue order. */
  readonly responsibilitiesByCode = lazy(() => groupBy(this.index.catalogue.responsibilities, (r) => r.data.matter));

  /** Transfer entries by the code they name, in sortedLists() order. */
  readonly transfersByCode = lazy(() => placedByCode(this.sortedLists(), (l): readonly TransferEntry[] => l.entries));

  /** 通办 entries by the code they name, in catalogue order. */
  readonly tongbanByCode = lazy(() => placedByCode(this.index.catalogue.tongban.map((t) => t.data), (t) => t.entries));

  /** For each form: the guides whose materials ask for it (one row per material), in catalogue order. */
  readonly formUses = lazy(() => {
    const uses = this.index.catalogue.guides.flatMap((g) => g.data.materials.flatMap((m) => (m.formRef ? [{ formRef: m.formRef, guide: g, material: m.name }] : [])));
    return groupBy(uses, (u) => u.formRef);
  });

  /** For each form: the guides whose result sample it is, in catalogue order. */
  readonly formResultOf = lazy(() => {
    const withSample = this.index.catalogue.guides.flatMap((g) => (typeof g.data.result.sample === 'string' ? [{ form: g.data.result.sample, guide: g }] : []));
    return new Map([...groupBy(withSample, (x) => x.form)].map(([form, xs]) => [form, xs.map((x): Loaded<Guide> => x.guide)]));
  });

  /** For each notice: the records that cite it (lists, matters, guides, responsibilities, 通办 lists, notices). */
  readonly citations = lazy(() => {
    const c = this.index.catalogue;
    const cites: { readonly id: string; readonly citation: Citation }[] = [
      ...this.sortedLists().flatMap((list) => (list.notice ? [{ id: list.notice, citation: { kind: 'transfer', list } as const }] : [])),
      ...c.matters.flatMap((m) => [...new Set(m.data.notices)].map((id) => ({ id, citation: { kind: 'matter', code: m.data.code, name: m.data.name } as const }))),
      ...c.guides.flatMap((g) => [...new Set(g.data.notices)].map((id) => ({ id, citation: { kind: 'guide', guide: g.data } as const }))),
      ...c.responsibilities.flatMap((r) => [...new Set(r.data.notices)].map((id) => ({ id, citation: { kind: 'responsibility', responsibility: r.data } as const }))),
      ...c.tongban.flatMap((t) => (t.data.notice ? [{ id: t.data.notice, citation: { kind: 'tongban', list: t.data } as const }] : [])),
      ...c.notices.flatMap((n) => [...new Set(n.data.basis)].map((id) => ({ id, citation: { kind: 'notice', id: n.data.id, title: n.data.title } as const }))),
    ];
    return new Map([...groupBy(cites, (x) => x.id)].map(([id, xs]) => [id, xs.map((x) => x.citation)]));
  });
}
