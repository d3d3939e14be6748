/**
 * References: the small resolved values that pages turn into links (a jurisdiction's name, a
 * department's name and page, a matter's name and page, …). Every builder takes an id and always
 * answers, marking what the catalogue does not know (`known: false`) instead of failing, so a page
 * can show a dangling reference the validator has already reported.
 */
import { DEPARTMENT_ROLES, JURISDICTION_LEVELS, type Department, type Guide, type Jurisdiction, type TransferList } from '../schemas/index.ts';
import { type CatalogueIndex, deptKey, effectiveDate } from '../domain/catalogue.ts';
import { departmentName, departmentShortName } from './format.ts';
import { routes } from './routes.ts';

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

const levelOrder = (l: Jurisdiction['level']) => JURISDICTION_LEVELS.entries.findIndex(([, label]) => label === l);

/** A department's place in a jurisdiction's list: the approval bureau first, then line departments. */
export const roleOrder = (r: Department['role']) => DEPARTMENT_ROLES.entries.findIndex(([, label]) => label === r);

/** The reference builders over one catalogue index. */
export class Refs {
  readonly index: CatalogueIndex;
  #jurisdictions?: readonly Jurisdiction[];
  #jurisdictionOrder?: ReadonlyMap<string, number>;

  constructor(index: CatalogueIndex) {
    this.index = index;
  }

  /** Jurisdictions, province first, then city, county; by id within a level. */
  jurisdictions(): readonly Jurisdiction[] {
    this.#jurisdictions ??= this.index.catalogue.jurisdictions
      .map((j) => j.data)
      .sort((a, b) => levelOrder(a.level) - levelOrder(b.level) || a.id.localeCompare(b.id));
    return this.#jurisdictions;
  }

  /** Map entries ordered like jurisdictions(); unknown jurisdictions last, by id. */
  orderByJurisdiction<T>(groups: ReadonlyMap<string, T>): [string, T][] {
    this.#jurisdictionOrder ??= new Map(this.jurisdictions().map((j, i) => [j.id, i]));
    const order = this.#jurisdictionOrder;
    return [...groups].sort(
      ([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b),
    );
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
}
