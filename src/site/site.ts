/**
 * What the pages show, shaped from the validated catalogue. Pure TypeScript (no Astro imports), so
 * the tests use it directly. Pages call `getSite()` and render the views it returns.
 */
import path from 'node:path';
import {
  DEPARTMENT_ROLES,
  JURISDICTION_LEVELS,
  type Department,
  type Form,
  type Guide,
  type Jurisdiction,
  type LegalBasis,
  type Material,
  type Matter,
  type Responsibility,
  type SubItem,
  type TongbanList,
  type TransferEntry,
  type TransferList,
} from '../schemas/index.ts';
import { deptKey, effectiveDate } from '../domain/catalogue.ts';
import { departmentName, departmentShortName } from './format.ts';
import type { Holdings } from '../domain/holdings.ts';
import type { NoticeData } from '../io/load.ts';
import { routes } from './routes.ts';
import { type ValidationResult, validate } from '../check/validate.ts';

// ---------------------------------------------------------------------------------------------
// References: small resolved values that pages turn into links.

export interface JurisdictionRef {
  readonly id: string;
  readonly name: string;
  readonly fullName?: string;
  readonly known: boolean;
}

export interface DeptRef {
  readonly jurisdiction: string;
  readonly id: string;
  /** jurisdiction/id */
  readonly key: string;
  readonly name: string;
  readonly shortName: string;
  readonly role?: Department['role'];
  /** Undefined when the department is not in the catalogue. */
  readonly href?: string;
  readonly known: boolean;
}

export interface MatterLink {
  readonly code: string;
  /** The catalogue name; undefined when the code is not in the catalogue. */
  readonly name?: string;
  /** The page of the matter or sub-item. */
  readonly href?: string;
  readonly known: boolean;
  /** The top-level matter's code when `code` is a sub-item's. */
  readonly parentCode?: string;
  readonly local: boolean;
}

export interface NoticeRef {
  readonly id: string;
  readonly title: string;
  readonly docNumber?: string;
  readonly date?: string;
  readonly issuer?: string;
  readonly href?: string;
  readonly known: boolean;
}

export interface ListRef {
  readonly jurisdiction: string;
  readonly id: string;
  readonly title: string;
  readonly docNumber?: string;
  readonly issuer: string;
  readonly date: string;
  readonly dateEstimated: boolean;
  readonly handoverBy?: string;
  /** The date the list takes effect: the handover date, else the issue date. */
  readonly effective: string;
  /** Whether `effective` is an estimate (no handover date, and the issue date is estimated). */
  readonly effectiveEstimated: boolean;
  readonly href: string;
}

export interface GuideLink {
  readonly code: string;
  readonly jurisdiction: JurisdictionRef;
  readonly matter: string;
  readonly name: string;
  readonly department: DeptRef;
  readonly handlingType: Guide['handlingType'];
  readonly tongban: Guide['tongban'];
  readonly href: string;
}

export interface FormLink {
  readonly id: string;
  readonly title: string;
  readonly href?: string;
  readonly known: boolean;
}

// ---------------------------------------------------------------------------------------------
// Views.

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

export interface MatterView extends MatterSummary {
  /** The ten basic elements of this code: the matter's, or the sub-item's own. */
  readonly elements: Matter | SubItem;
  /** The top-level matter (the parent, when this is a sub-item). */
  readonly matter: Matter;
  /** Set when this code is a sub-item's. */
  readonly parent?: { readonly code: string; readonly name: string; readonly href: string };
  readonly file: string;
  /** Guides that implement exactly this code. */
  readonly guides: readonly GuideLink[];
  readonly histories: readonly MatterHistory[];
  readonly responsibilities: readonly { readonly jurisdiction: JurisdictionRef; readonly code: string; readonly href: string }[];
  readonly transfers: readonly { readonly list: ListRef; readonly entry: TransferEntry }[];
  readonly tongban: readonly TongbanEntryRef[];
  readonly notices: readonly NoticeRef[];
}

export interface TongbanEntryRef {
  readonly list: { readonly id: string; readonly title: string; readonly scope: TongbanList['scope']; readonly href: string };
  readonly entry: TongbanList['entries'][number];
}

export type MaterialView = Material & { readonly formLink?: FormLink };

export interface GuideView extends GuideLink {
  readonly guide: Guide;
  readonly file: string;
  readonly matterLink: MatterLink;
  /** The ten basic elements that apply: the sub-item's own, or the matter's. */
  readonly elements?: Matter | SubItem;
  /** The top-level matter (for a sub-item guide, its parent). */
  readonly parent?: Matter;
  readonly legalBasis: readonly LegalBasis[];
  readonly materials: readonly MaterialView[];
  readonly resultSample?: FormLink;
  readonly history?: MatterHistory;
  readonly responsibility?: { readonly href: string };
  readonly transfers: readonly { readonly list: ListRef; readonly entry: TransferEntry }[];
  readonly tongbanEntries: readonly TongbanEntryRef[];
  readonly notices: readonly NoticeRef[];
}

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

export interface TransferSummary extends ListRef {
  readonly complete: boolean;
  readonly counts: { readonly in: number; readonly back: number };
}

export interface TransferView extends TransferSummary {
  readonly list: TransferList;
  readonly file: string;
  readonly jurisdictionRef: JurisdictionRef;
  readonly notice?: NoticeRef;
  readonly groups: readonly DirectionGroup[];
  /** The lists of the same jurisdiction before and after this one. */
  readonly previous?: ListRef;
  readonly next?: ListRef;
}

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
  /** Guides the department implements. */
  readonly guides: readonly GuideLink[];
  readonly approves: readonly { readonly matter: MatterLink; readonly href: string }[];
  readonly supervises: readonly { readonly matter: MatterLink; readonly href: string }[];
}

export interface ResponsibilityView {
  readonly responsibility: Responsibility;
  readonly file: string;
  readonly jurisdiction: JurisdictionRef;
  readonly matter: MatterLink;
  readonly href: string;
  readonly approval: DeptRef;
  readonly supervision: readonly { readonly department: DeptRef; readonly duties: readonly string[]; readonly note?: string }[];
  readonly pushes: readonly (Responsibility['pushes'][number] & { readonly fromRef: DeptRef; readonly toRef: DeptRef })[];
  readonly technicalSupport: readonly (Responsibility['technicalSupport'][number] & {
    readonly leadRef: DeptRef;
    readonly cooperatingRefs: readonly DeptRef[];
  })[];
  readonly guides: readonly GuideLink[];
  readonly notices: readonly NoticeRef[];
}

export interface FormFile {
  readonly kind: 'blank' | 'sample';
  readonly title: string;
  /** Path relative to data/, as written in the record. */
  readonly source: string;
  /** Absolute path on disk. */
  readonly absPath: string;
  /** Lower-case extension with the dot, e.g. .pdf */
  readonly ext: string;
  readonly href: string;
}

export interface FormView {
  readonly form: Form;
  readonly file: string;
  readonly href: string;
  readonly sampleHref: string;
  readonly structured: boolean;
  readonly files: readonly FormFile[];
  /** Guides whose materials ask for this form. */
  readonly usedBy: readonly { readonly guide: GuideLink; readonly material: string }[];
  /** Guides whose result sample is this form. */
  readonly resultOf: readonly GuideLink[];
}

export interface NoticeView extends NoticeRef {
  readonly notice: NoticeData;
  readonly jurisdiction: JurisdictionRef;
  readonly basis: readonly NoticeRef[];
  /** Records that cite this notice. */
  readonly citedBy: readonly { readonly kind: string; readonly label: string; readonly href?: string }[];
}

// ---------------------------------------------------------------------------------------------

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);
const levelOrder = (l: Jurisdiction['level']) => JURISDICTION_LEVELS.entries.findIndex(([, label]) => label === l);
const roleOrder = (r: Department['role']) => DEPARTMENT_ROLES.entries.findIndex(([, label]) => label === r);

export class Site {
  readonly result: ValidationResult;
  readonly root: string;

  constructor(result: ValidationResult, root: string) {
    this.result = result;
    this.root = root;
  }

  get catalogue() {
    return this.result.catalogue;
  }
  get index() {
    return this.result.index;
  }
  get holdings(): ReadonlyMap<string, Holdings> {
    return this.result.holdings;
  }
  get problems() {
    return this.result.problems;
  }
  get ok() {
    return this.result.ok;
  }

  // --- references -----------------------------------------------------------------------------

  /** Jurisdictions, province first, then city, county; by id within a level. */
  jurisdictions(): Jurisdiction[] {
    return this.catalogue.jurisdictions
      .map((j) => j.data)
      .sort((a, b) => levelOrder(a.level) - levelOrder(b.level) || a.id.localeCompare(b.id));
  }

  jurisdiction(id: string): JurisdictionRef {
    const j = this.index.jurisdictions.get(id)?.data;
    return j ? { id, name: j.name, ...(j.fullName ? { fullName: j.fullName } : {}), known: true } : { id, name: id, known: false };
  }

  dept(jurisdiction: string, id: string): DeptRef {
    const d = this.index.department(jurisdiction, id)?.data;
    const base = { jurisdiction, id, key: deptKey(jurisdiction, id) };
    if (!d) return { ...base, name: departmentName(undefined, id), shortName: departmentShortName(undefined, id), known: false };
    return {
      ...base,
      name: departmentName(d),
      shortName: departmentShortName(d),
      role: d.role,
      href: routes.department(jurisdiction, id),
      known: true,
    };
  }

  /** A department by its key (jurisdiction/id). */
  deptByKey(key: string): DeptRef {
    const i = key.indexOf('/');
    return this.dept(key.slice(0, i), key.slice(i + 1));
  }

  matterLink(code: string): MatterLink {
    const ref = this.index.matters.get(code);
    if (!ref) return { code, known: false, local: false };
    const top = ref.matter.data;
    if (ref.subItem) {
      return { code, name: ref.subItem.name, href: routes.matter(code), known: true, parentCode: top.code, local: top.local };
    }
    return { code, name: top.name, href: routes.matter(code), known: true, local: top.local };
  }

  notice(id: string): NoticeRef {
    const n = this.index.notices.get(id)?.data;
    if (!n) return { id, title: id, known: false };
    return {
      id,
      title: n.title,
      ...(n.docNumber ? { docNumber: n.docNumber } : {}),
      date: n.date,
      issuer: n.issuer,
      href: routes.notice(id),
      known: true,
    };
  }

  form(id: string): FormLink {
    const f = this.index.forms.get(id)?.data;
    return f ? { id, title: f.title, href: routes.form(id), known: true } : { id, title: id, known: false };
  }

  listRef(list: TransferList): ListRef {
    return {
      jurisdiction: list.jurisdiction,
      id: list.id,
      title: list.title,
      ...(list.docNumber ? { docNumber: list.docNumber } : {}),
      issuer: list.issuer,
      date: list.date,
      dateEstimated: list.dateEstimated,
      ...(list.handoverBy ? { handoverBy: list.handoverBy } : {}),
      effective: effectiveDate(list),
      effectiveEstimated: list.dateEstimated && !list.handoverBy,
      href: routes.transfer(list.jurisdiction, list.id),
    };
  }

  guideLink(g: Guide): GuideLink {
    return {
      code: g.code,
      jurisdiction: this.jurisdiction(g.jurisdiction),
      matter: g.matter,
      name: g.name,
      department: this.dept(g.jurisdiction, g.department),
      handlingType: g.handlingType,
      tongban: g.tongban,
      href: routes.guide(g.jurisdiction, g.code),
    };
  }

  /** Guides (all jurisdictions) that implement exactly this code. */
  guidesOfCode(code: string): GuideLink[] {
    return this.catalogue.guides
      .filter((g) => g.data.matter === code)
      .map((g) => this.guideLink(g.data))
      .sort((a, b) => a.jurisdiction.id.localeCompare(b.jurisdiction.id) || a.code.localeCompare(b.code));
  }

  // --- matters ----------------------------------------------------------------------------------

  private summary(m: Matter): MatterSummary {
    const subItems = m.subItems.map((s) => ({ subItem: s, href: routes.matter(s.code), guides: this.guidesOfCode(s.code) }));
    return {
      code: m.code,
      name: m.name,
      type: m.type,
      local: m.local,
      href: routes.matter(m.code),
      subItems,
      guideCount: this.guidesOfCode(m.code).length + subItems.reduce((n, s) => n + s.guides.length, 0),
    };
  }

  /** Every matter of the basic catalogue, by code, with its sub-items. */
  matters(): MatterSummary[] {
    return this.catalogue.matters.map((m) => this.summary(m.data)).sort(byCode);
  }

  /** The page of a matter or of a sub-item (each code has its own page). */
  matterView(code: string): MatterView | undefined {
    const ref = this.index.matters.get(code);
    if (!ref) return undefined;
    const m = ref.matter.data;
    const sub = ref.subItem;
    // A matter's page covers its sub-items too; a sub-item's page covers itself and its parent's code.
    const codes = sub ? [sub.code, m.code] : [m.code, ...m.subItems.map((s) => s.code)];
    const histories = this.jurisdictions().flatMap((j) => codes.map((c) => this.history(j.id, c)).filter((h) => h !== undefined));
    const responsibilities = this.catalogue.responsibilities
      .filter((r) => codes.includes(r.data.matter))
      .map((r) => ({ jurisdiction: this.jurisdiction(r.data.jurisdiction), code: r.data.matter, href: routes.responsibility(r.data.jurisdiction, r.data.matter) }))
      .sort((a, b) => a.jurisdiction.id.localeCompare(b.jurisdiction.id) || a.code.localeCompare(b.code));
    const transfers = this.sortedLists().flatMap((l) =>
      l.entries.filter((e) => codes.includes(e.matter)).map((entry) => ({ list: this.listRef(l), entry })),
    );
    const shared = {
      matter: m,
      file: ref.matter.file,
      guides: this.guidesOfCode(code),
      histories,
      responsibilities,
      transfers,
      tongban: this.tongbanEntries(codes),
      notices: m.notices.map((n) => this.notice(n)),
    };
    if (!sub) return { ...this.summary(m), ...shared, elements: m };
    const guides = this.guidesOfCode(sub.code);
    return {
      code: sub.code,
      name: sub.name,
      type: sub.type,
      local: m.local,
      href: routes.matter(sub.code),
      subItems: [],
      guideCount: guides.length,
      ...shared,
      elements: sub,
      parent: { code: m.code, name: m.name, href: routes.matter(m.code) },
    };
  }

  /** Every code with a page: matters and their sub-items. */
  matterCodes(): string[] {
    return this.catalogue.matters.flatMap((m) => [m.data.code, ...m.data.subItems.map((s) => s.code)]);
  }

  // --- holdings ---------------------------------------------------------------------------------

  /** Who held `code` when, in one jurisdiction; undefined when no list of it names the code. */
  history(jurisdiction: string, code: string): MatterHistory | undefined {
    const periods = this.holdings.get(jurisdiction)?.history.get(code);
    if (!periods || periods.length === 0) return undefined;
    const rows: HistoryRow[] = periods.map((p) => ({
      ...(p.from ? { from: p.from } : {}),
      holder: this.deptByKey(p.holder),
      ...(p.list ? { list: this.listRef(p.list.data) } : {}),
      ...(p.direction ? { direction: p.direction } : {}),
    }));
    return { jurisdiction: this.jurisdiction(jurisdiction), code, rows, current: rows.at(-1)!.holder };
  }

  /** A guide's history: its own code, else (for a sub-item) the parent matter's. */
  historyForGuide(g: Guide): MatterHistory | undefined {
    const own = this.history(g.jurisdiction, g.matter);
    if (own) return own;
    const parent = this.index.matters.get(g.matter);
    return parent?.subItem ? this.history(g.jurisdiction, parent.matter.data.code) : undefined;
  }

  // --- guides -----------------------------------------------------------------------------------

  /** Guides grouped by jurisdiction (jurisdictions in level order), by matter code within each. */
  guidesByJurisdiction(): { jurisdiction: JurisdictionRef; guides: GuideLink[] }[] {
    const groups = new Map<string, GuideLink[]>();
    for (const g of this.catalogue.guides) {
      const list = groups.get(g.data.jurisdiction) ?? [];
      list.push(this.guideLink(g.data));
      groups.set(g.data.jurisdiction, list);
    }
    return this.orderByJurisdiction(groups).map(([id, guides]) => ({
      jurisdiction: this.jurisdiction(id),
      guides: guides.sort((a, b) => a.matter.localeCompare(b.matter) || a.code.localeCompare(b.code)),
    }));
  }

  guideView(code: string): GuideView | undefined {
    const rec = this.index.guides.get(code);
    if (!rec) return undefined;
    const g = rec.data;
    const ref = this.index.matters.get(g.matter);
    const elements = ref ? (ref.subItem ?? ref.matter.data) : undefined;
    const relatedCodes = ref?.subItem ? [g.matter, ref.matter.data.code] : [g.matter];
    const resp =
      this.index.responsibilities.get(`${g.jurisdiction}/${g.matter}`) ??
      (ref?.subItem ? this.index.responsibilities.get(`${g.jurisdiction}/${ref.matter.data.code}`) : undefined);
    const history = this.historyForGuide(g);
    const transfers = this.sortedLists()
      .filter((l) => l.jurisdiction === g.jurisdiction)
      .flatMap((l) => l.entries.filter((e) => relatedCodes.includes(e.matter)).map((entry) => ({ list: this.listRef(l), entry })));
    const noticeIds = [...new Set([...g.notices, ...(ref?.matter.data.notices ?? [])])];
    return {
      ...this.guideLink(g),
      guide: g,
      file: rec.file,
      matterLink: this.matterLink(g.matter),
      ...(elements ? { elements } : {}),
      ...(ref ? { parent: ref.matter.data } : {}),
      legalBasis: elements?.legalBasis ?? g.legalBasis ?? [],
      materials: g.materials.map((m) => (m.formRef ? { ...m, formLink: this.form(m.formRef) } : m)),
      ...(g.result.sample ? { resultSample: this.form(g.result.sample) } : {}),
      ...(history ? { history } : {}),
      ...(resp ? { responsibility: { href: routes.responsibility(resp.data.jurisdiction, resp.data.matter) } } : {}),
      transfers,
      tongbanEntries: this.tongbanEntries(relatedCodes),
      notices: noticeIds.map((n) => this.notice(n)),
    };
  }

  // --- transfer lists ---------------------------------------------------------------------------

  /** Every list, in the order the holdings fold them (per jurisdiction, by effective date). */
  private sortedLists(): TransferList[] {
    return [...this.index.transfersByJurisdiction.values()].flat().map((l) => l.data);
  }

  transferSummary(list: TransferList): TransferSummary {
    return {
      ...this.listRef(list),
      complete: list.complete,
      counts: {
        in: list.entries.filter((e) => e.direction === '划转').length,
        back: list.entries.filter((e) => e.direction === '划回').length,
      },
    };
  }

  /** Transfer lists grouped by jurisdiction, oldest first within each. */
  transfersByJurisdiction(): { jurisdiction: JurisdictionRef; lists: TransferSummary[] }[] {
    const groups = new Map<string, TransferSummary[]>();
    for (const [j, lists] of this.index.transfersByJurisdiction) groups.set(j, lists.map((l) => this.transferSummary(l.data)));
    return this.orderByJurisdiction(groups).map(([id, lists]) => ({ jurisdiction: this.jurisdiction(id), lists }));
  }

  transferView(jurisdiction: string, id: string): TransferView | undefined {
    const lists = this.index.transfersOf(jurisdiction);
    const i = lists.findIndex((l) => l.data.id === id);
    if (i < 0) return undefined;
    const rec = lists[i]!;
    const list = rec.data;
    const prev = lists[i - 1];
    const next = lists[i + 1];
    return {
      ...this.transferSummary(list),
      list,
      file: rec.file,
      jurisdictionRef: this.jurisdiction(jurisdiction),
      ...(list.notice ? { notice: this.notice(list.notice) } : {}),
      groups: this.directionGroups(list),
      ...(prev ? { previous: this.listRef(prev.data) } : {}),
      ...(next ? { next: this.listRef(next.data) } : {}),
    };
  }

  /** A list's entries by direction (划转 first), then by line department in document order. */
  directionGroups(list: TransferList): DirectionGroup[] {
    const out: DirectionGroup[] = [];
    for (const direction of ['划转', '划回'] as const) {
      const entries = list.entries
        .map((entry, index) => ({ entry, index }))
        .filter(({ entry }) => entry.direction === direction);
      if (entries.length === 0 && !list.declared[direction === '划转' ? 'in' : 'back']) continue;
      const byDept = new Map<string, EntryView[]>();
      for (const { entry, index } of entries) {
        const line = direction === '划转' ? entry.from : entry.to;
        const views = byDept.get(line) ?? [];
        views.push({
          index,
          entry,
          matter: this.matterLink(entry.matter),
          from: this.dept(list.jurisdiction, entry.from),
          to: this.dept(list.jurisdiction, entry.to),
          guides: this.index.guidesFor(list.jurisdiction, entry.matter).map((g) => this.guideLink(g.data)),
        });
        byDept.set(line, views);
      }
      const declared = list.declared[direction === '划转' ? 'in' : 'back'];
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
        departments: [...byDept].map(([dept, views]) => ({ department: this.dept(list.jurisdiction, dept), entries: views })),
      });
    }
    return out;
  }

  // --- departments ------------------------------------------------------------------------------

  /** Departments by jurisdiction: the approval bureau first, then line departments, by id. */
  departmentsByJurisdiction(): { jurisdiction: JurisdictionRef; departments: DeptRef[] }[] {
    const groups = new Map<string, Department[]>();
    for (const d of this.catalogue.departments) {
      const list = groups.get(d.data.jurisdiction) ?? [];
      list.push(d.data);
      groups.set(d.data.jurisdiction, list);
    }
    return this.orderByJurisdiction(groups).map(([id, depts]) => ({
      jurisdiction: this.jurisdiction(id),
      departments: depts.sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.id.localeCompare(b.id)).map((d) => this.dept(id, d.id)),
    }));
  }

  departmentView(jurisdiction: string, id: string): DepartmentView | undefined {
    const rec = this.index.department(jurisdiction, id);
    if (!rec) return undefined;
    const key = deptKey(jurisdiction, id);
    const holdings = this.holdings.get(jurisdiction);
    const holdsNow: HeldMatter[] = (holdings?.heldBy(key) ?? []).map((code) => {
      const last = holdings!.history.get(code)!.at(-1)!;
      return {
        matter: this.matterLink(code),
        ...(last.from ? { since: last.from } : {}),
        ...(last.list ? { list: this.listRef(last.list.data) } : {}),
      };
    });
    const handedOver: DeptEvent[] = [];
    const received: DeptEvent[] = [];
    for (const l of this.index.transfersOf(jurisdiction)) {
      const list = l.data;
      for (const e of list.entries) {
        const event = (counterpart: string): DeptEvent => ({
          date: effectiveDate(list),
          list: this.listRef(list),
          direction: e.direction,
          matter: this.matterLink(e.matter),
          listedName: e.name,
          counterpart: this.dept(jurisdiction, counterpart),
        });
        if (e.from === id) handedOver.push(event(e.to));
        if (e.to === id) received.push(event(e.from));
      }
    }
    const resps = this.catalogue.responsibilities.filter((r) => r.data.jurisdiction === jurisdiction).map((r) => r.data);
    const respLink = (r: Responsibility) => ({ matter: this.matterLink(r.matter), href: routes.responsibility(jurisdiction, r.matter) });
    return {
      department: rec.data,
      ref: this.dept(jurisdiction, id),
      jurisdiction: this.jurisdiction(jurisdiction),
      file: rec.file,
      holdsNow,
      handedOver,
      received,
      guides: this.catalogue.guides
        .filter((g) => g.data.jurisdiction === jurisdiction && g.data.department === id)
        .map((g) => this.guideLink(g.data))
        .sort((a, b) => a.matter.localeCompare(b.matter)),
      approves: resps.filter((r) => r.approval.department === id).map(respLink),
      supervises: resps.filter((r) => r.supervision.some((s) => s.department === id)).map(respLink),
    };
  }

  // --- responsibilities -------------------------------------------------------------------------

  responsibilitiesByJurisdiction(): { jurisdiction: JurisdictionRef; items: { matter: MatterLink; approval: DeptRef; href: string }[] }[] {
    const groups = new Map<string, Responsibility[]>();
    for (const r of this.catalogue.responsibilities) {
      const list = groups.get(r.data.jurisdiction) ?? [];
      list.push(r.data);
      groups.set(r.data.jurisdiction, list);
    }
    return this.orderByJurisdiction(groups).map(([j, rs]) => ({
      jurisdiction: this.jurisdiction(j),
      items: rs
        .sort((a, b) => a.matter.localeCompare(b.matter))
        .map((r) => ({ matter: this.matterLink(r.matter), approval: this.dept(j, r.approval.department), href: routes.responsibility(j, r.matter) })),
    }));
  }

  responsibilityView(jurisdiction: string, matter: string): ResponsibilityView | undefined {
    const rec = this.index.responsibilities.get(`${jurisdiction}/${matter}`);
    if (!rec) return undefined;
    const r = rec.data;
    const d = (id: string) => this.dept(jurisdiction, id);
    return {
      responsibility: r,
      file: rec.file,
      jurisdiction: this.jurisdiction(jurisdiction),
      matter: this.matterLink(matter),
      href: routes.responsibility(jurisdiction, matter),
      approval: d(r.approval.department),
      supervision: r.supervision.map((s) => ({ department: d(s.department), duties: s.duties, ...(s.note ? { note: s.note } : {}) })),
      pushes: r.pushes.map((p) => ({ ...p, fromRef: d(p.from), toRef: d(p.to) })),
      technicalSupport: r.technicalSupport.map((t) => ({ ...t, leadRef: d(t.lead), cooperatingRefs: t.cooperating.map(d) })),
      guides: this.index.guidesFor(jurisdiction, matter).map((g) => this.guideLink(g.data)),
      notices: r.notices.map((n) => this.notice(n)),
    };
  }

  // --- forms ------------------------------------------------------------------------------------

  forms(): FormView[] {
    return this.catalogue.forms
      .map((f) => this.formView(f.data.id)!)
      .sort((a, b) => a.form.id.localeCompare(b.form.id));
  }

  formFiles(form: Form): FormFile[] {
    const out: FormFile[] = [];
    for (const kind of ['blank', 'sample'] as const) {
      const f = form[kind];
      if (!f) continue;
      const ext = path.posix.extname(f.file).toLowerCase();
      out.push({
        kind,
        title: f.title ?? `${form.title}（${kind === 'blank' ? '空表' : '样表'}）`,
        source: f.file,
        absPath: path.join(this.root, 'data', ...f.file.split('/')),
        ext,
        href: routes.formFile(form.id, kind, ext),
      });
    }
    return out;
  }

  formView(id: string): FormView | undefined {
    const rec = this.index.forms.get(id);
    if (!rec) return undefined;
    const form = rec.data;
    const usedBy: FormView['usedBy'][number][] = [];
    const resultOf: GuideLink[] = [];
    for (const g of this.catalogue.guides) {
      for (const m of g.data.materials) if (m.formRef === id) usedBy.push({ guide: this.guideLink(g.data), material: m.name });
      if (g.data.result.sample === id) resultOf.push(this.guideLink(g.data));
    }
    return {
      form,
      file: rec.file,
      href: routes.form(id),
      sampleHref: routes.formSample(id),
      structured: (form.sections?.length ?? 0) > 0,
      files: this.formFiles(form),
      usedBy,
      resultOf,
    };
  }

  // --- notices ----------------------------------------------------------------------------------

  /** Notices, newest first. */
  notices(): NoticeRef[] {
    return this.catalogue.notices
      .map((n) => this.notice(n.data.id))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  }

  noticeView(id: string): NoticeView | undefined {
    const rec = this.index.notices.get(id);
    if (!rec) return undefined;
    const n = rec.data;
    const citedBy: NoticeView['citedBy'][number][] = [];
    for (const l of this.sortedLists()) if (l.notice === id) citedBy.push({ kind: '划转清单', label: l.title, href: routes.transfer(l.jurisdiction, l.id) });
    for (const m of this.catalogue.matters) if (m.data.notices.includes(id)) citedBy.push({ kind: '事项', label: m.data.name, href: routes.matter(m.data.code) });
    for (const g of this.catalogue.guides)
      if (g.data.notices.includes(id))
        citedBy.push({ kind: '办事指南', label: `${g.data.name}（${this.jurisdiction(g.data.jurisdiction).name}）`, href: routes.guide(g.data.jurisdiction, g.data.code) });
    for (const r of this.catalogue.responsibilities)
      if (r.data.notices.includes(id))
        citedBy.push({
          kind: '职责边界',
          label: `${this.matterLink(r.data.matter).name ?? r.data.matter}（${this.jurisdiction(r.data.jurisdiction).name}）`,
          href: routes.responsibility(r.data.jurisdiction, r.data.matter),
        });
    for (const t of this.catalogue.tongban) if (t.data.notice === id) citedBy.push({ kind: '通办清单', label: t.data.title, href: `${routes.tongban()}#${t.data.id}` });
    for (const other of this.catalogue.notices)
      if (other.data.basis.includes(id)) citedBy.push({ kind: '政策文件', label: other.data.title, href: routes.notice(other.data.id) });
    return {
      ...this.notice(id),
      notice: n,
      jurisdiction: this.jurisdiction(n.jurisdiction),
      basis: n.basis.map((b) => this.notice(b)),
      citedBy,
    };
  }

  // --- tongban ----------------------------------------------------------------------------------

  private tongbanEntries(codes: readonly string[]): TongbanEntryRef[] {
    return this.catalogue.tongban.flatMap((t) =>
      t.data.entries
        .filter((e) => codes.includes(e.matter))
        .map((entry) => ({ list: { id: t.data.id, title: t.data.title, scope: t.data.scope, href: `${routes.tongban()}#${t.data.id}` }, entry })),
    );
  }

  /** Guides whose 通办 scope is not empty, by scope; and the 通办 lists. */
  tongban(): {
    byScope: { scope: Guide['tongban'][number]; guides: GuideLink[] }[];
    lists: { list: TongbanList; file: string; jurisdiction: JurisdictionRef; notice?: NoticeRef; entries: { entry: TongbanList['entries'][number]; matter: MatterLink; guides: GuideLink[] }[] }[];
  } {
    const guides = this.catalogue.guides.filter((g) => g.data.tongban.length > 0).map((g) => g.data);
    const scopes = [...new Set(guides.flatMap((g) => g.tongban))].sort();
    return {
      byScope: scopes.map((scope) => ({
        scope,
        guides: guides
          .filter((g) => g.tongban.includes(scope))
          .map((g) => this.guideLink(g))
          .sort((a, b) => a.jurisdiction.id.localeCompare(b.jurisdiction.id) || a.matter.localeCompare(b.matter)),
      })),
      lists: this.catalogue.tongban
        .map((t) => ({
          list: t.data,
          file: t.file,
          jurisdiction: this.jurisdiction(t.data.jurisdiction),
          ...(t.data.notice ? { notice: this.notice(t.data.notice) } : {}),
          entries: t.data.entries.map((entry) => ({ entry, matter: this.matterLink(entry.matter), guides: this.guidesOfCode(entry.matter) })),
        }))
        .sort((a, b) => a.list.id.localeCompare(b.list.id)),
    };
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** Map entries ordered like jurisdictions(); unknown jurisdictions last, by id. */
  private orderByJurisdiction<T>(groups: Map<string, T>): [string, T][] {
    const order = new Map(this.jurisdictions().map((j, i) => [j.id, i]));
    return [...groups].sort(
      ([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b),
    );
  }

  /** How many records of each kind, for the home page. */
  counts() {
    const c = this.catalogue;
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
}

const cache = new Map<string, Site>();

/** The site view of the catalogue under `root`, validated once per process. */
export function getSite(root: string = process.cwd()): Site {
  const key = path.resolve(root);
  let site = cache.get(key);
  if (!site) {
    site = new Site(validate(key), key);
    cache.set(key, site);
  }
  return site;
}

/** Forgets memoized sites (tests, or a dev server after data changed). */
export function clearSiteCache(): void {
  cache.clear();
}

