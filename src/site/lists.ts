/**
 * Small pure helpers that shape lists for the site's pages: what a transfer list changed against
 * the jurisdiction's previous list, its counts by department, and the grouping of guides by
 * department, matter type and service object. No Astro imports, so the tests use them directly.
 */
import { MATTER_TYPES, SERVICE_OBJECTS, type Matter, type TransferEntry, type TransferList } from '../schemas/index.ts';
import { groupBy } from '../util/group-by.ts';

// ---------------------------------------------------------------------------------------------
// Transfer lists.

/** One matter in a comparison, as the list (or the previous list) names it. */
export interface ComparedMatter {
  readonly matter: string;
  /** The name printed in the list. */
  readonly name: string;
  /** The line department: the giver for 划转, the receiver for 划回. */
  readonly department: string;
  readonly entry: TransferEntry;
}

export interface ListComparison {
  /** The previous list's id, when there is one. */
  readonly previous?: string;
  /** 划转 entries of this list: matters newly moved to the approval bureau. */
  readonly movedIn: readonly ComparedMatter[];
  /** 划回 entries of this list: matters returned to a line department. */
  readonly returned: readonly (ComparedMatter & {
    /** Whether the previous list was the one that had moved the matter in. */
    readonly fromPrevious: boolean;
  })[];
  /** Matters the previous list moved (in or back) that this list leaves as they were. */
  readonly unchanged: readonly ComparedMatter[];
}

const lineDepartment = (e: TransferEntry) => (e.direction === '划转' ? e.from : e.to);
const compared = (entry: TransferEntry): ComparedMatter => ({ matter: entry.matter, name: entry.name, department: lineDepartment(entry), entry });

/**
 * What `list` changed against `previous`, the same jurisdiction's list just before it (undefined
 * for the first list, when everything the list moves is new). Document order is kept.
 */
export function compareWithPrevious(list: TransferList, previous?: TransferList): ListComparison {
  if (previous && previous.jurisdiction !== list.jurisdiction) {
    throw new RangeError(`lists of different jurisdictions: ${previous.jurisdiction} and ${list.jurisdiction}`);
  }
  const movedInBefore = new Set((previous?.entries ?? []).filter((e) => e.direction === '划转').map((e) => e.matter));
  const touched = new Set(list.entries.map((e) => e.matter));
  return {
    ...(previous ? { previous: previous.id } : {}),
    movedIn: list.entries.filter((e) => e.direction === '划转').map(compared),
    returned: list.entries.filter((e) => e.direction === '划回').map((e) => ({ ...compared(e), fromPrevious: movedInBefore.has(e.matter) })),
    unchanged: (previous?.entries ?? []).filter((e) => !touched.has(e.matter)).map(compared),
  };
}

export interface DepartmentCount {
  /** The line department's id. */
  readonly department: string;
  /** Matters it handed to the approval bureau (划转). */
  readonly in: number;
  /** Matters it got back (划回). */
  readonly back: number;
}

/** Entries per line department, in order of first appearance in the list. */
export function countsByDepartment(list: TransferList): DepartmentCount[] {
  return [...groupBy(list.entries, lineDepartment)].map(([department, entries]) => ({
    department,
    in: entries.filter((e) => e.direction === '划转').length,
    back: entries.filter((e) => e.direction === '划回').length,
  }));
}

/** A bar's share of the longest bar, in whole percent (0 stays 0; anything else at least 2). */
export function barPercent(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(2, Math.round((value / max) * 100));
}

// ---------------------------------------------------------------------------------------------
// Guides by service object and matter type.

export type ServiceObject = Matter['serviceObjects'][number];
export type Audience = '个人' | '法人';

/** The two doors of a service hall: 个人 (自然人) and 法人 (every other object). */
export const AUDIENCES: readonly { readonly id: 'person' | 'org'; readonly label: Audience; readonly description: string }[] = [
  { id: 'person', label: '个人', description: '自然人' },
  { id: 'org', label: '法人', description: '企业、事业单位、社会组织、机关和其他组织' },
];

/** 个人 when 自然人 is among the objects, 法人 when any other object is; both can apply. */
export function audiencesOf(objects: readonly ServiceObject[]): Audience[] {
  const out: Audience[] = [];
  if (objects.includes('自然人')) out.push('个人');
  if (objects.some((o) => o !== '自然人')) out.push('法人');
  return out;
}

/** The national code of a matter type (行政许可 → 01), for stable anchors. */
export function matterTypeCode(type: Matter['type']): string {
  return MATTER_TYPES.entries.find(([, label]) => label === type)?.[0] ?? '99';
}

/** Service objects in the platform's order. */
export function sortServiceObjects(objects: readonly ServiceObject[]): ServiceObject[] {
  const order = (o: ServiceObject) => SERVICE_OBJECTS.entries.findIndex(([, l]) => l === o);
  return [...objects].sort((a, b) => order(a) - order(b));
}

/** The newest `n` items by an ISO date (ties keep their order). */
export function newest<T>(items: readonly T[], date: (item: T) => string | undefined, n: number): T[] {
  return items
    .map((item, i) => ({ item, i, d: date(item) ?? '' }))
    .sort((a, b) => b.d.localeCompare(a.d) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.item);
}
