/** /matters/<code>/: one matter or sub-item of the basic catalogue (each code has its own page). */
import type { Matter, SubItem } from '../../schemas/index.ts';
import type { GuideLink, JurisdictionRef, MatterLink, NoticeRef } from '../refs.ts';
import { type MatterHistory, type TongbanEntryRef, type TransferEntryRef, guidesOfCode, holdingHistory, tongbanEntries, transferEntries } from '../related.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site.ts';
import { type MatterSummary, matterSummary } from './matters.ts';

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
  readonly responsibilities: readonly { readonly jurisdiction: JurisdictionRef; readonly code: string; readonly matter: MatterLink; readonly href: string }[];
  readonly transfers: readonly TransferEntryRef[];
  readonly tongban: readonly TongbanEntryRef[];
  readonly notices: readonly NoticeRef[];
}

/** The page of a matter or of a sub-item; undefined for a code not in the catalogue. */
export function matterView(site: Site, code: string): MatterView | undefined {
  const ref = site.index.matters.get(code);
  if (!ref) return undefined;
  const m = ref.matter.data;
  const sub = ref.subItem;
  // A matter's page covers its sub-items too; a sub-item's page covers itself and its parent's code.
  const codes = sub ? [sub.code, m.code] : [m.code, ...m.subItems.map((s) => s.code)];
  const histories = site.refs.jurisdictions().flatMap((j) => codes.map((c) => holdingHistory(site, j.id, c)).filter((h) => h !== undefined));
  const byCode = site.lookups.responsibilitiesByCode();
  const responsibilities = [...new Set(codes)]
    .flatMap((c) => byCode.get(c) ?? [])
    .map((r) => ({
      jurisdiction: site.refs.jurisdiction(r.data.jurisdiction),
      code: r.data.matter,
      matter: site.refs.matterLink(r.data.matter),
      href: routes.responsibility(r.data.jurisdiction, r.data.matter),
    }))
    .sort((a, b) => a.jurisdiction.id.localeCompare(b.jurisdiction.id) || a.code.localeCompare(b.code));
  const shared = {
    matter: m,
    file: ref.matter.file,
    guides: guidesOfCode(site, code),
    histories,
    responsibilities,
    transfers: transferEntries(site, codes),
    tongban: tongbanEntries(site, codes),
    notices: m.notices.map((n) => site.refs.notice(n)),
  };
  if (!sub) return { ...matterSummary(site, m), ...shared, elements: m };
  return {
    code: sub.code,
    name: sub.name,
    type: sub.type,
    local: m.local,
    href: routes.matter(sub.code),
    subItems: [],
    guideCount: shared.guides.length,
    ...shared,
    elements: sub,
    parent: { code: m.code, name: m.name, href: routes.matter(m.code) },
  };
}

/** Every code with a page: matters and their sub-items. */
export function matterCodes(site: Site): string[] {
  return site.catalogue.matters.flatMap((m) => [m.data.code, ...m.data.subItems.map((s) => s.code)]);
}

/** The static paths of /matters/<code>/, each with its view. */
export function matterPaths(site: Site): { params: { code: string }; props: { view: MatterView } }[] {
  return matterCodes(site).flatMap((code) => {
    const view = matterView(site, code);
    return view ? [{ params: { code }, props: { view } }] : [];
  });
}
