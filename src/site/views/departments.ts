/** /departments/: the departments of each jurisdiction, the approval bureau first. */
import type { Department } from '../../schemas/index.ts';
import { groupBy } from '../../util/group-by.ts';
import { type DeptRef, type JurisdictionRef, roleOrder } from '../refs.ts';
import type { Site } from '../site.ts';

export interface DepartmentsView {
  readonly groups: readonly {
    readonly jurisdiction: JurisdictionRef;
    readonly departments: readonly (DeptRef & { readonly guides: number })[];
  }[];
}

/** Departments by jurisdiction: the approval bureau first, then line departments, by id. */
export function departmentsByJurisdiction(site: Site): { jurisdiction: JurisdictionRef; departments: DeptRef[] }[] {
  const groups = groupBy(site.catalogue.departments, (d) => d.data.jurisdiction);
  return site.refs.orderByJurisdiction(groups).map(([id, depts]) => ({
    jurisdiction: site.refs.jurisdiction(id),
    departments: depts
      .map((d): Department => d.data)
      .sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.id.localeCompare(b.id))
      .map((d) => site.refs.dept(id, d.id)),
  }));
}

/** Each jurisdiction's departments, with how many guides each implements. */
export function departmentsView(site: Site): DepartmentsView {
  const guides = site.lookups.guidesByDepartment();
  return {
    groups: departmentsByJurisdiction(site).map(({ jurisdiction, departments }) => ({
      jurisdiction,
      departments: departments.map((d) => ({ ...d, guides: guides.get(d.key)?.length ?? 0 })),
    })),
  };
}
