/**
 * /transfers/<jurisdiction>/<id>/: one transfer list, its entries by direction and line
 * department, a chart by department, what it changed against the jurisdiction's previous list,
 * and the handover and filing it records (shown from the data only, never judged against today,
 * so the page is the same whenever it is built).
 */
import { describeRequirement, filingRequirement } from '../../domain/filing.ts';
import type { Filing, HandoverItem, TransferEntry, TransferList } from '../../schemas/index.ts';
import { transferXlsx, transferXlsxName } from '../../export/index.ts';
import { formatBytes } from '../../io/files.ts';
import { typeLabel } from '../downloads.ts';
import { routes } from '../routes.ts';
import { groupBy } from '../../util/group-by.ts';
import { barPercent, compareWithPrevious, countsByDepartment } from '../lists.ts';
import type { DeptRef, GuideLink, JurisdictionRef, ListRef, MatterLink, NoticeRef } from '../refs.ts';
import { guidesFor } from '../related.ts';
import type { Site } from '../site.ts';
import { type TransferSummary, transferSummary } from './transfers.ts';

export interface EntryView {
  readonly index: number;
  readonly entry: TransferEntry;
  readonly matter: MatterLink;
  readonly from: DeptRef;
  readonly to: DeptRef;
  readonly guides: readonly GuideLink[];
}

export interface DirectionGroup {
  readonly direction: TransferEntry['direction'];
  /** 划转至审批局 / 划回原部门 */
  readonly title: string;
  readonly declared?: { readonly departments?: number; readonly matters: number };
  readonly actual: { readonly departments: number; readonly matters: number };
  /** Whether the declared counts equal the entries (undefined when nothing was declared). */
  readonly countsMatch?: boolean;
  /** Entries by line department: the giver for 划转, the receiver for 划回; in document order. */
  readonly departments: readonly { readonly department: DeptRef; readonly entries: readonly EntryView[] }[];
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

export interface HandoverRowView {
  readonly item: HandoverItem['item'];
  readonly state: HandoverItem['state'];
  /** The department the row is about; absent: every department of the list. */
  readonly department?: DeptRef;
  readonly handedOverBy?: string;
  readonly receivedBy?: string;
  readonly date?: string;
  readonly overdueReason?: string;
  readonly note?: string;
}

export interface HandoverView {
  /** The list's handoverBy. */
  readonly due?: string;
  readonly rows: readonly HandoverRowView[];
  readonly liaisons: readonly { readonly department: DeptRef; readonly role: string; readonly name: string }[];
  readonly note?: string;
}

export interface FilingView {
  /** The filing period that applies (src/domain/filing.ts), in words, with its deadline and basis. */
  readonly requirement?: { readonly text: string; readonly deadline: string; readonly fromPublished: boolean; readonly basis: NoticeRef };
  /** The jurisdiction whose period would apply, for saying that none is set. */
  readonly jurisdictionName: string;
  /** The filing records; undefined when the list does not record its filing, [] when none was found. */
  readonly records?: readonly Filing[];
}

export interface TransferView extends TransferSummary {
  readonly list: TransferList;
  readonly file: string;
  readonly jurisdictionRef: JurisdictionRef;
  readonly notice?: NoticeRef;
  readonly groups: readonly DirectionGroup[];
  /** "划转 3 个部门 14 个事项，划回 …": what the list itself declares, by direction. */
  readonly declaredGroups: readonly (DirectionGroup & { readonly declared: NonNullable<DirectionGroup['declared']> })[];
  /** The lists of the same jurisdiction before and after this one. */
  readonly previous?: ListRef;
  readonly next?: ListRef;
  readonly extras: TransferExtras;
  /** The handover the list records; absent when it records none. */
  readonly handover?: HandoverView;
  /** Its filing with the higher level; absent when it records none and no period applies. */
  readonly filing?: FilingView;
}

/** A list's entries by direction (划转 first), then by line department in document order. */
export function directionGroups(site: Site, list: TransferList): DirectionGroup[] {
  const out: DirectionGroup[] = [];
  for (const direction of ['划转', '划回'] as const) {
    const declared = list.declared[direction === '划转' ? 'in' : 'back'];
    const entries = list.entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.direction === direction);
    if (entries.length === 0 && !declared) continue;
    const byDept = groupBy(entries, ({ entry }) => (direction === '划转' ? entry.from : entry.to));
    const actual = { departments: byDept.size, matters: entries.length };
    const countsMatch = declared
      ? declared.matters === actual.matters && (declared.departments === undefined || declared.departments === actual.departments)
      : undefined;
    out.push({
      direction,
      title: direction === '划转' ? '划转至行政审批服务管理局' : '划回原部门',
      ...(declared ? { declared } : {}),
      actual,
      ...(countsMatch !== undefined ? { countsMatch } : {}),
      departments: [...byDept].map(([dept, items]) => ({
        department: site.refs.dept(list.jurisdiction, dept),
        entries: items.map(({ entry, index }) => ({
          index,
          entry,
          matter: site.refs.matterLink(entry.matter),
          from: site.refs.dept(list.jurisdiction, entry.from),
          to: site.refs.dept(list.jurisdiction, entry.to),
          guides: guidesFor(site, list.jurisdiction, entry.matter),
        })),
      })),
    });
  }
  return out;
}

/** A transfer list's chart by department and what it changed against the previous list. */
export function transferExtras(site: Site, list: TransferList, previous: TransferList | undefined): TransferExtras {
  const jurisdiction = list.jurisdiction;
  const counts = countsByDepartment(list);
  const max = Math.max(0, ...counts.map((c) => Math.max(c.in, c.back)));
  const c = compareWithPrevious(list, previous);
  const view = (m: { matter: string; name: string; department: string; fromPrevious?: boolean }): ComparedView => ({
    matter: site.refs.matterLink(m.matter),
    name: m.name,
    department: site.refs.dept(jurisdiction, m.department),
    guides: guidesFor(site, jurisdiction, m.matter),
    ...(m.fromPrevious !== undefined ? { fromPrevious: m.fromPrevious } : {}),
  });
  return {
    chart: counts.map((x) => ({ department: site.refs.dept(jurisdiction, x.department), in: x.in, back: x.back, inPct: barPercent(x.in, max), backPct: barPercent(x.back, max) })),
    max,
    comparison: {
      ...(previous ? { previous: site.refs.listRef(previous) } : {}),
      movedIn: c.movedIn.map(view),
      returned: c.returned.map(view),
      unchanged: c.unchanged.map(view),
    },
  };
}

/** The handover a list records, with its due date and departments resolved. */
export function handoverView(site: Site, list: TransferList): HandoverView | undefined {
  const h = list.handover;
  if (!h) return undefined;
  return {
    ...(list.handoverBy ? { due: list.handoverBy } : {}),
    rows: h.checklist.map((c) => ({
      item: c.item,
      state: c.state,
      ...(c.department ? { department: site.refs.dept(list.jurisdiction, c.department) } : {}),
      ...(c.handedOverBy ? { handedOverBy: c.handedOverBy } : {}),
      ...(c.receivedBy ? { receivedBy: c.receivedBy } : {}),
      ...(c.date ? { date: c.date } : {}),
      ...(c.overdue ? { overdueReason: c.overdue.reason } : {}),
      ...(c.note ? { note: c.note } : {}),
    })),
    liaisons: h.liaisons.map((l) => ({ department: site.refs.dept(list.jurisdiction, l.department), role: l.role, name: l.name })),
    ...(h.note ? { note: h.note } : {}),
  };
}

/** A list's filing records and the period that applies to it; undefined when there is neither. */
export function filingView(site: Site, list: TransferList): FilingView | undefined {
  const req = filingRequirement(site.index, list);
  if (!req && list.filings === undefined) return undefined;
  return {
    ...(req ? { requirement: { text: describeRequirement(req), deadline: req.deadline, fromPublished: req.fromPublished, basis: site.refs.notice(req.setting.basis) } } : {}),
    jurisdictionName: site.refs.jurisdiction(list.jurisdiction).name,
    ...(list.filings ? { records: list.filings } : {}),
  };
}

/** The view of a list by jurisdiction and id; undefined when there is no such list. */
export function transferView(site: Site, jurisdiction: string, id: string): TransferView | undefined {
  const lists = site.index.transfersOf(jurisdiction);
  const i = lists.findIndex((l) => l.data.id === id);
  const rec = lists[i];
  if (i < 0 || !rec) return undefined;
  const list = rec.data;
  const prev = lists[i - 1];
  const next = lists[i + 1];
  const groups = directionGroups(site, list);
  const handover = handoverView(site, list);
  const filing = filingView(site, list);
  return {
    ...transferSummary(site, list),
    list,
    file: rec.file,
    jurisdictionRef: site.refs.jurisdiction(jurisdiction),
    ...(list.notice ? { notice: site.refs.notice(list.notice) } : {}),
    groups,
    declaredGroups: groups.flatMap((g) => (g.declared ? [{ ...g, declared: g.declared }] : [])),
    ...(prev ? { previous: site.refs.listRef(prev.data) } : {}),
    ...(next ? { next: site.refs.listRef(next.data) } : {}),
    extras: transferExtras(site, list, prev?.data),
    ...(handover ? { handover } : {}),
    ...(filing ? { filing } : {}),
  };
}

/** The list's workbook in the open data, as the page links it: “Excel 表格（XLSX），12 KB”. */
export interface TransferDownload {
  readonly href: string;
  /** 140525-2020-12-24-adjustment.xlsx */
  readonly fileName: string;
  /** Excel 表格（XLSX）, as form downloads name their types (src/site/downloads.ts). */
  readonly type: string;
  readonly bytes: number;
  /** 12 KB */
  readonly size: string;
}

/** The list's XLSX: its address under the open data and the size of the bytes the build writes there. */
export async function transferDownload(site: Site, list: TransferList): Promise<TransferDownload> {
  const fileName = transferXlsxName(list);
  const bytes = (await transferXlsx(list, site.index)).byteLength;
  return { href: routes.openDataFile(`xlsx/${fileName}`), fileName, type: typeLabel('xlsx'), bytes, size: formatBytes(bytes) };
}

/** The static paths of /transfers/<jurisdiction>/<id>/, each with its view and its workbook. */
export async function transferPaths(
  site: Site,
): Promise<{ params: { jurisdiction: string; id: string }; props: { view: TransferView; download: TransferDownload } }[]> {
  const out = [];
  for (const t of site.catalogue.transfers) {
    const view = transferView(site, t.data.jurisdiction, t.data.id);
    if (view) out.push({ params: { jurisdiction: t.data.jurisdiction, id: t.data.id }, props: { view, download: await transferDownload(site, t.data) } });
  }
  return out;
}
