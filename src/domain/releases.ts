/**
 * Releases (发布) and the published state each one names (docs/ARCHITECTURE.md, Releases). A
 * release's state is computed from a catalogue — the one in which the release was recorded — cut
 * to the release:
 *
 * - the releases up to it (by date, then id);
 * - the transfer lists it or an earlier release puts into effect, and lists no release names that
 *   were issued on or before its date; the notices issued on or before its date;
 * - who holds which matter, folded from those lists alone (a move whose handover date comes after
 *   the release date counts: the release puts it into effect);
 * - the guides and responsibility divisions of the department that then holds their matter (for a
 *   matter no list of the state names, any department but the approval bureau), and the forms
 *   those guides use, with the forms no guide uses;
 * - the basic catalogue, jurisdictions, departments and 通办 lists as they are.
 *
 * No git here: callers hand in the catalogue (src/history/releases.ts finds the right version).
 */
import type { Catalogue, Loaded } from '../io/load.ts';
import type { Guide, Release, TransferList } from '../schemas/index.ts';
import { CatalogueIndex, deptKey } from './catalogue.ts';
import { type Holdings, foldHoldings } from './holdings.ts';
import { jurisdictionKey } from './keys.ts';

/**
 * The guide fields whose change is a major change (重大变更): 受理条件, 申请材料, 时限, 收费 and
 * 实施部门. Such a change must come with a release that notes it (`majorChanges`).
 */
export const MAJOR_GUIDE_FIELDS = ['conditions', 'materials', 'promisedLimit', 'statutoryLimit', 'free', 'fees', 'department'] as const;
export type MajorGuideField = (typeof MAJOR_GUIDE_FIELDS)[number];

const compareReleases = (a: Release, b: Release) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** The releases of a catalogue, oldest first (by date, then id). */
export function releasesInOrder(catalogue: Catalogue): Loaded<Release>[] {
  return [...catalogue.releases].sort((a, b) => compareReleases(a.data, b.data));
}

/** The release just before `release` (by date, then id), if any. */
export function previousRelease(catalogue: Catalogue, release: Release): Loaded<Release> | undefined {
  return releasesInOrder(catalogue)
    .filter((r) => compareReleases(r.data, release) < 0)
    .at(-1);
}

/** A release's state: the catalogue cut to it, indexed, with its holdings. */
export interface ReleaseState {
  readonly catalogue: Catalogue;
  readonly index: CatalogueIndex;
  readonly holdings: ReadonlyMap<string, Holdings>;
}

const listKey = (t: TransferList) => jurisdictionKey(t.jurisdiction, t.id);

function holdingsOf(index: CatalogueIndex): Map<string, Holdings> {
  const out = new Map<string, Holdings>();
  for (const j of index.transfersByJurisdiction.keys()) out.set(j, foldHoldings(index, j));
  return out;
}

/** The state `release` names, cut from `catalogue` (which should contain the release). */
export function releaseState(catalogue: Catalogue, release: Release): ReleaseState {
  const upTo = (r: Release) => compareReleases(r, release) <= 0;
  // The release that first puts each list into effect.
  const publishedBy = new Map<string, Release>();
  for (const r of releasesInOrder(catalogue)) {
    for (const id of r.data.publishes.transfers) {
      const key = jurisdictionKey(r.data.jurisdiction, id);
      if (!publishedBy.has(key)) publishedBy.set(key, r.data);
    }
  }
  const listInState = (t: TransferList) => {
    const by = publishedBy.get(listKey(t));
    return by ? upTo(by) : t.date <= release.date;
  };
  const lists = catalogue.transfers.filter((t) => listInState(t.data));
  const dated: Catalogue = {
    ...catalogue,
    releases: catalogue.releases.filter((r) => upTo(r.data)),
    transfers: lists,
    notices: catalogue.notices.filter((n) => n.data.date <= release.date),
  };
  const holdings = holdingsOf(new CatalogueIndex(dated));
  const all = new CatalogueIndex(catalogue);

  /** Whether `department` of `jurisdiction` implements `matter` in the state. */
  const implementsIt = (jurisdiction: string, matter: string, department: string) => {
    const h = holdings.get(jurisdiction);
    const ref = all.matters.get(matter);
    const parent = ref?.subItem ? ref.matter.data.code : undefined;
    const holder = h?.currentHolder(matter) ?? (parent !== undefined ? h?.currentHolder(parent) : undefined);
    if (holder !== undefined) return holder === deptKey(jurisdiction, department);
    const bureau = all.approvalBureau(jurisdiction);
    return !bureau || bureau.data.id !== department;
  };
  const guides = catalogue.guides.filter((g) => implementsIt(g.data.jurisdiction, g.data.matter, g.data.department));
  const responsibilities = catalogue.responsibilities.filter((r) => implementsIt(r.data.jurisdiction, r.data.matter, r.data.approval.department));
  const formsOf = (gs: readonly Loaded<Guide>[]) =>
    new Set(gs.flatMap((g) => [...g.data.materials.map((m) => m.formRef), g.data.result.sample].filter((f): f is string => f !== undefined)));
  const used = formsOf(guides);
  const usedAnywhere = formsOf(catalogue.guides);
  const forms = catalogue.forms.filter((f) => used.has(f.data.id) || !usedAnywhere.has(f.data.id));

  const state: Catalogue = { ...dated, guides, responsibilities, forms };
  const index = new CatalogueIndex(state);
  return { catalogue: state, index, holdings: holdingsOf(index) };
}

/** What a release's state consists of, for the pages (Chinese). */
export const RELEASE_STATE_PARTS: readonly string[] = [
  '截至本次发布（含本次）施行的划转清单，以及没有列入任何发布、成文日期不晚于发布日期的清单；发布日期当日及以前印发的政策文件；',
  '按这些清单推算的实施部门：本次发布施行的划转，即使交接日期在发布日期之后，也算在内；',
  '由推算出的实施部门实施的办事指南和职责边界，以及这些指南使用的表格（没有指南使用的表格一并列入）；',
  '基本目录、行政区划、部门和通办清单，按发布记录写入目录时的数据。',
];

/** A value in one canonical text (object keys sorted, absent fields left out), for comparing parsed data. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

/** The major fields (MAJOR_GUIDE_FIELDS) that differ between two versions of a guide, in that order. */
export function majorChanges(before: Guide, after: Guide): MajorGuideField[] {
  return MAJOR_GUIDE_FIELDS.filter((f) => canonical(before[f]) !== canonical(after[f]));
}
