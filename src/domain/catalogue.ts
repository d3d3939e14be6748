/** Look-ups over a loaded catalogue: by key, by jurisdiction, by matter. */
import type { Department, Form, Guide, Jurisdiction, Matter, Responsibility, SubItem, TongbanList, TransferList } from '../schemas/index.ts';
import type { Catalogue, Loaded, NoticeData } from '../io/load.ts';
import { groupBy } from '../util/group-by.ts';

export interface MatterRef {
  /** The matter of the basic catalogue. */
  readonly matter: Loaded<Matter>;
  /** The sub-item, when the code is a sub-item's. */
  readonly subItem?: SubItem;
  /** Index of the sub-item in matter.subItems. */
  readonly subIndex?: number;
}

export const deptKey = (jurisdiction: string, id: string) => `${jurisdiction}/${id}`;

/** First record per key (duplicates are reported by the validator and otherwise ignored). */
function byKey<T>(records: readonly Loaded<T>[], key: (d: T) => string): Map<string, Loaded<T>> {
  const m = new Map<string, Loaded<T>>();
  for (const r of records) if (!m.has(key(r.data))) m.set(key(r.data), r);
  return m;
}

/** Effective date of a list: the handover date if given, else the issue date. */
export const effectiveDate = (t: TransferList) => t.handoverBy ?? t.date;

export function compareTransfers(a: TransferList, b: TransferList): number {
  return effectiveDate(a).localeCompare(effectiveDate(b)) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

export class CatalogueIndex {
  readonly jurisdictions: Map<string, Loaded<Jurisdiction>>;
  readonly departments: Map<string, Loaded<Department>>;
  readonly matters: Map<string, MatterRef>;
  readonly guides: Map<string, Loaded<Guide>>;
  readonly forms: Map<string, Loaded<Form>>;
  readonly notices: Map<string, Loaded<NoticeData>>;
  readonly tongban: Map<string, Loaded<TongbanList>>;
  readonly transfersByJurisdiction: Map<string, Loaded<TransferList>[]>;
  readonly guidesByMatter: Map<string, Loaded<Guide>[]>;
  readonly responsibilities: Map<string, Loaded<Responsibility>>;
  readonly catalogue: Catalogue;

  constructor(catalogue: Catalogue) {
    this.catalogue = catalogue;
    this.jurisdictions = byKey(catalogue.jurisdictions, (d) => d.id);
    this.departments = byKey(catalogue.departments, (d) => deptKey(d.jurisdiction, d.id));
    this.guides = byKey(catalogue.guides, (d) => d.code);
    this.forms = byKey(catalogue.forms, (d) => d.id);
    this.notices = byKey(catalogue.notices, (d) => d.id);
    this.tongban = byKey(catalogue.tongban, (d) => d.id);
    this.responsibilities = byKey(catalogue.responsibilities, (d) => `${d.jurisdiction}/${d.matter}`);
    this.matters = new Map();
    for (const m of catalogue.matters) {
      if (!this.matters.has(m.data.code)) this.matters.set(m.data.code, { matter: m });
      m.data.subItems.forEach((s, i) => {
        if (!this.matters.has(s.code)) this.matters.set(s.code, { matter: m, subItem: s, subIndex: i });
      });
    }
    this.transfersByJurisdiction = groupBy(catalogue.transfers, (r) => r.data.jurisdiction);
    for (const lists of this.transfersByJurisdiction.values()) lists.sort((a, b) => compareTransfers(a.data, b.data));
    this.guidesByMatter = groupBy(catalogue.guides, (r) => `${r.data.jurisdiction}/${r.data.matter}`);
  }

  department(jurisdiction: string, id: string): Loaded<Department> | undefined {
    return this.departments.get(deptKey(jurisdiction, id));
  }

  /** The approval bureau of a jurisdiction (the department whose role is 行政审批服务管理局). */
  approvalBureau(jurisdiction: string): Loaded<Department> | undefined {
    return this.catalogue.departments.find((d) => d.data.jurisdiction === jurisdiction && d.data.role === '行政审批服务管理局');
  }

  departmentsOf(jurisdiction: string): Loaded<Department>[] {
    return this.catalogue.departments.filter((d) => d.data.jurisdiction === jurisdiction);
  }

  /** Guides of a jurisdiction for a matter or any of its sub-items. */
  guidesFor(jurisdiction: string, matterCode: string): Loaded<Guide>[] {
    const ref = this.matters.get(matterCode);
    const codes = ref && !ref.subItem ? [ref.matter.data.code, ...ref.matter.data.subItems.map((s) => s.code)] : [matterCode];
    return codes.flatMap((c) => this.guidesByMatter.get(`${jurisdiction}/${c}`) ?? []);
  }

  transfersOf(jurisdiction: string): Loaded<TransferList>[] {
    return this.transfersByJurisdiction.get(jurisdiction) ?? [];
  }

  /** The ten basic elements that apply to a code: the sub-item's own, or the matter's. */
  elementsOf(code: string): (Matter | SubItem) | undefined {
    const ref = this.matters.get(code);
    return ref ? (ref.subItem ?? ref.matter.data) : undefined;
  }
}
