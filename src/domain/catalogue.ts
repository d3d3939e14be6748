/** Look-ups over a loaded catalogue: by key, by jurisdiction, by matter. */
import {
  COLLECTION_NAMES,
  type CollectionName,
  type Department,
  type Form,
  type Guide,
  type Jurisdiction,
  type Matter,
  type RecordOf,
  type Responsibility,
  type SubItem,
  type TongbanList,
  type TransferList,
  collection,
} from '../schemas/index.ts';
import type { Catalogue, Loaded, NoticeData } from '../io/load.ts';
import { groupBy } from '../util/group-by.ts';
import { jurisdictionKey } from './keys.ts';

export interface MatterRef {
  /** The matter of the basic catalogue. */
  readonly matter: Loaded<Matter>;
  /** The sub-item, when the code is a sub-item's. */
  readonly subItem?: SubItem;
  /** Index of the sub-item in matter.subItems. */
  readonly subIndex?: number;
}

/** A department's key; the same join as every jurisdiction-scoped key (jurisdictionKey). */
export const deptKey = jurisdictionKey;

/** The records of each collection by key, first record per key (duplicates are reported by the validator and otherwise ignored). */
export type RecordMaps = { readonly [C in CollectionName]: ReadonlyMap<string, Loaded<RecordOf<C>>> };

/** A collection's records by key and by the aliases the registry declares (a matter by its sub-items' codes), in file order. */
function byKey(name: CollectionName, records: readonly Loaded<unknown>[]): Map<string, Loaded<unknown>> {
  const def = collection(name);
  const m = new Map<string, Loaded<unknown>>();
  for (const r of records) {
    for (const k of [def.key(r.data), ...(def.aliases?.(r.data) ?? [])]) if (!m.has(k)) m.set(k, r);
  }
  return m;
}

/** Effective date of a list: the handover date if given, else the issue date. */
export const effectiveDate = (t: TransferList) => t.handoverBy ?? t.date;

export function compareTransfers(a: TransferList, b: TransferList): number {
  return effectiveDate(a).localeCompare(effectiveDate(b)) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

export class CatalogueIndex {
  /** Every collection's records by key (COLLECTIONS[c].key) and aliases. */
  readonly records: RecordMaps;
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
    const records: Partial<Record<CollectionName, Map<string, Loaded<unknown>>>> = {};
    for (const name of COLLECTION_NAMES) records[name] = byKey(name, catalogue[name]);
    this.records = records as RecordMaps;
    this.jurisdictions = this.records.jurisdictions as Map<string, Loaded<Jurisdiction>>;
    this.departments = this.records.departments as Map<string, Loaded<Department>>;
    this.guides = this.records.guides as Map<string, Loaded<Guide>>;
    this.forms = this.records.forms as Map<string, Loaded<Form>>;
    this.notices = this.records.notices as Map<string, Loaded<NoticeData>>;
    this.tongban = this.records.tongban as Map<string, Loaded<TongbanList>>;
    this.responsibilities = this.records.responsibilities as Map<string, Loaded<Responsibility>>;
    // A code of the basic catalogue, with the sub-item it names (the same keys as records.matters).
    this.matters = new Map();
    for (const m of catalogue.matters) {
      if (!this.matters.has(m.data.code)) this.matters.set(m.data.code, { matter: m });
      m.data.subItems.forEach((s, i) => {
        if (!this.matters.has(s.code)) this.matters.set(s.code, { matter: m, subItem: s, subIndex: i });
      });
    }
    this.transfersByJurisdiction = groupBy(catalogue.transfers, (r) => r.data.jurisdiction);
    for (const lists of this.transfersByJurisdiction.values()) lists.sort((a, b) => compareTransfers(a.data, b.data));
    this.guidesByMatter = groupBy(catalogue.guides, (r) => jurisdictionKey(r.data.jurisdiction, r.data.matter));
  }

  /** The record of a collection with this key (or alias), if any. */
  record<C extends CollectionName>(name: C, key: string): Loaded<RecordOf<C>> | undefined {
    return this.records[name].get(key) as Loaded<RecordOf<C>> | undefined;
  }

  department(jurisdiction: string, id: string): Loaded<Department> | undefined {
    return this.departments.get(jurisdictionKey(jurisdiction, id));
  }

  readonly #byJurisdiction = new Map<CollectionName, Map<string, Loaded<unknown>[]>>();

  /**
   * The records of a collection that name this jurisdiction, in file order; each collection is
   * grouped once, on first use, so a rule asking per record never scans the collection.
   */
  inJurisdiction<C extends CollectionName>(name: C, jurisdiction: string): Loaded<RecordOf<C>>[] {
    let groups = this.#byJurisdiction.get(name);
    if (!groups) {
      // A record of a shared collection has no jurisdiction: '' is no jurisdiction's id.
      groups = groupBy(this.catalogue[name] as Loaded<unknown>[], (r) => {
        const j = (r.data as { jurisdiction?: unknown }).jurisdiction;
        return typeof j === 'string' ? j : '';
      });
      this.#byJurisdiction.set(name, groups);
    }
    return (groups.get(jurisdiction) ?? []) as Loaded<RecordOf<C>>[];
  }

  /** The departments of a jurisdiction, in file order; grouped once, on first use. */
  departmentsOf(jurisdiction: string): Loaded<Department>[] {
    return this.inJurisdiction('departments', jurisdiction);
  }

  /** The approval bureau of a jurisdiction (the department whose role is 行政审批服务管理局). */
  approvalBureau(jurisdiction: string): Loaded<Department> | undefined {
    return this.departmentsOf(jurisdiction).find((d) => d.data.role === '行政审批服务管理局');
  }

  /** Guides of a jurisdiction for a matter or any of its sub-items. */
  guidesFor(jurisdiction: string, matterCode: string): Loaded<Guide>[] {
    const ref = this.matters.get(matterCode);
    const codes = ref && !ref.subItem ? [ref.matter.data.code, ...ref.matter.data.subItems.map((s) => s.code)] : [matterCode];
    return codes.flatMap((c) => this.guidesByMatter.get(jurisdictionKey(jurisdiction, c)) ?? []);
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
