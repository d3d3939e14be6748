/**
 * What the matter and guide pages (and the lists) show from other records: the guides of a code,
 * who held a code when, and the transfer and 通办 entries that name a code.
 */
import type { Guide, TongbanList, TransferEntry } from '../schemas/index.ts';
import { entriesOf } from './lookups.ts';
import type { DeptRef, GuideLink, JurisdictionRef, ListRef } from './refs.ts';
import { routes } from './routes.ts';
import type { Site } from './site.ts';

/** One period of a matter's holdings: from `from` on, `holder` held it. */
export interface HistoryRow {
  /** First day; undefined for "before the first published list". */
  readonly from?: string;
  readonly holder: DeptRef;
  /** The list that started the period. */
  readonly list?: ListRef;
  readonly direction?: TransferEntry['direction'];
}

export interface MatterHistory {
  readonly jurisdiction: JurisdictionRef;
  /** The code the lists name (the matter's, or a sub-item's). */
  readonly code: string;
  readonly rows: readonly HistoryRow[];
  readonly current: DeptRef;
}

export interface TongbanEntryRef {
  readonly list: { readonly id: string; readonly title: string; readonly scope: TongbanList['scope']; readonly href: string };
  readonly entry: TongbanList['entries'][number];
}

export interface TransferEntryRef {
  readonly list: ListRef;
  readonly entry: TransferEntry;
}

const byJurisdictionThenCode = (a: GuideLink, b: GuideLink) => a.jurisdiction.id.localeCompare(b.jurisdiction.id) || a.code.localeCompare(b.code);

/** Guides (all jurisdictions) that implement exactly this code. */
export function guidesOfCode(site: Site, code: string): GuideLink[] {
  return (site.lookups.guidesByCode().get(code) ?? []).map((g) => site.refs.guideLink(g.data)).sort(byJurisdictionThenCode);
}

/** Guides of a jurisdiction for a matter or any of its sub-items. */
export function guidesFor(site: Site, jurisdiction: string, code: string): GuideLink[] {
  return site.index.guidesFor(jurisdiction, code).map((g) => site.refs.guideLink(g.data));
}

/** Who held `code` when, in one jurisdiction; undefined when no list of it names the code. */
export function holdingHistory(site: Site, jurisdiction: string, code: string): MatterHistory | undefined {
  const periods = site.holdings.get(jurisdiction)?.history.get(code) ?? [];
  const rows: HistoryRow[] = periods.map((p) => ({
    ...(p.from ? { from: p.from } : {}),
    holder: site.refs.deptByKey(p.holder),
    ...(p.list ? { list: site.refs.listRef(p.list.data) } : {}),
    ...(p.direction ? { direction: p.direction } : {}),
  }));
  const current = rows.at(-1)?.holder;
  return current ? { jurisdiction: site.refs.jurisdiction(jurisdiction), code, rows, current } : undefined;
}

/** A guide's history: its own code, else (for a sub-item) the parent matter's. */
export function guideHistory(site: Site, g: Guide): MatterHistory | undefined {
  const own = holdingHistory(site, g.jurisdiction, g.matter);
  if (own) return own;
  const parent = site.index.matters.get(g.matter);
  return parent?.subItem ? holdingHistory(site, g.jurisdiction, parent.matter.data.code) : undefined;
}

/** Transfer entries naming any of `codes`, list by list (in the order the holdings fold them). */
export function transferEntries(site: Site, codes: readonly string[], jurisdiction?: string): TransferEntryRef[] {
  return entriesOf(site.lookups.transfersByCode(), codes)
    .filter((p) => jurisdiction === undefined || p.list.jurisdiction === jurisdiction)
    .map((p) => ({ list: site.refs.listRef(p.list), entry: p.entry }));
}

/** 通办 entries naming any of `codes`. */
export function tongbanEntries(site: Site, codes: readonly string[]): TongbanEntryRef[] {
  return entriesOf(site.lookups.tongbanByCode(), codes).map(({ list: t, entry }) => ({
    list: { id: t.id, title: t.title, scope: t.scope, href: `${routes.tongban()}#${t.id}` },
    entry,
  }));
}
