/** /transfers/: the transfer lists by jurisdiction, oldest first within each. */
import type { TransferList } from '../../schemas/index.ts';
import type { JurisdictionRef, ListRef } from '../refs.ts';
import type { Site } from '../site.ts';

export interface TransferSummary extends ListRef {
  readonly complete: boolean;
  readonly counts: { readonly in: number; readonly back: number };
}

export interface TransfersView {
  readonly groups: readonly { readonly jurisdiction: JurisdictionRef; readonly lists: readonly TransferSummary[] }[];
  /** Lists in all groups. */
  readonly total: number;
}

export function transferSummary(site: Site, list: TransferList): TransferSummary {
  return {
    ...site.refs.listRef(list),
    complete: list.complete,
    counts: {
      in: list.entries.filter((e) => e.direction === '划转').length,
      back: list.entries.filter((e) => e.direction === '划回').length,
    },
  };
}

/** Transfer lists grouped by jurisdiction, oldest first within each. */
export function transfersByJurisdiction(site: Site): { jurisdiction: JurisdictionRef; lists: TransferSummary[] }[] {
  return site.refs
    .orderByJurisdiction(site.index.transfersByJurisdiction)
    .map(([id, lists]) => ({ jurisdiction: site.refs.jurisdiction(id), lists: lists.map((l) => transferSummary(site, l.data)) }));
}

export function transfersView(site: Site): TransfersView {
  const groups = transfersByJurisdiction(site);
  return { groups, total: groups.reduce((n, g) => n + g.lists.length, 0) };
}
