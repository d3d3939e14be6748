/** /guides/<jurisdiction>/<code>/: one guide with everything its page shows. */
import { type Guide, type LegalBasis, type Material, type Matter, ONLINE_DEPTHS, type SubItem, type TimeLimit, isUnpublished } from '../../schemas/index.ts';
import { type FormDownload, formDownloads } from '../downloads.ts';
import { toWorkingDays } from '../../domain/time-limits.ts';
import { barPercent } from '../lists.ts';
import type { FormLink, GuideLink, MatterLink, NoticeRef } from '../refs.ts';
import { type MatterHistory, type TongbanEntryRef, type TransferEntryRef, guideHistory, tongbanEntries, transferEntries } from '../related.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site.ts';

/** Whether a guide's value is the statement that the fact is not published (for the page and its components). */
export { isUnpublished };

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
  /** The result's sample form, when the guide names one (not when it says none is published). */
  readonly resultSample?: FormLink;
  /** The stages of online handling (网上办理深度), each marked as reached by this guide or not. */
  readonly onlineStages: readonly OnlineStage[];
  readonly history?: MatterHistory;
  readonly responsibility?: { readonly href: string };
  readonly transfers: readonly TransferEntryRef[];
  readonly tongbanEntries: readonly TongbanEntryRef[];
  readonly notices: readonly NoticeRef[];
}

export interface OnlineStage {
  readonly label: string;
  readonly reached: boolean;
}

/** The platform's chain of online stages, each marked as reached when it is at or before `depth`. */
export function onlineStages(depth: Guide['onlineDepth']): OnlineStage[] {
  const at = ONLINE_DEPTHS.entries.findIndex(([, label]) => label === depth);
  return ONLINE_DEPTHS.entries.map(([, label], i) => ({ label, reached: i <= at }));
}

/** A guide page's view: the guide, and the files to download for each form its materials ask for. */
export interface GuidePage {
  readonly view: GuideView;
  /** By form id, for the forms the catalogue has. */
  readonly downloads: ReadonlyMap<string, readonly FormDownload[]>;
}

/** The view of a guide by its implementation code; undefined for a code not in the catalogue. */
export function guideView(site: Site, code: string): GuideView | undefined {
  const rec = site.index.guides.get(code);
  if (!rec) return undefined;
  const g = rec.data;
  const ref = site.index.matters.get(g.matter);
  const elements = ref ? (ref.subItem ?? ref.matter.data) : undefined;
  const relatedCodes = ref?.subItem ? [g.matter, ref.matter.data.code] : [g.matter];
  const resp =
    site.index.responsibilities.get(`${g.jurisdiction}/${g.matter}`) ??
    (ref?.subItem ? site.index.responsibilities.get(`${g.jurisdiction}/${ref.matter.data.code}`) : undefined);
  const history = guideHistory(site, g);
  const noticeIds = [...new Set([...g.notices, ...(ref?.matter.data.notices ?? [])])];
  return {
    ...site.refs.guideLink(g),
    guide: g,
    file: rec.file,
    matterLink: site.refs.matterLink(g.matter),
    ...(elements ? { elements } : {}),
    ...(ref ? { parent: ref.matter.data } : {}),
    legalBasis: elements?.legalBasis ?? g.legalBasis ?? [],
    materials: g.materials.map((m) => (m.formRef ? { ...m, formLink: site.refs.form(m.formRef) } : m)),
    ...(typeof g.result.sample === 'string' ? { resultSample: site.refs.form(g.result.sample) } : {}),
    onlineStages: onlineStages(g.onlineDepth),
    ...(history ? { history } : {}),
    ...(resp ? { responsibility: { href: routes.responsibility(resp.data.jurisdiction, resp.data.matter) } } : {}),
    transfers: transferEntries(site, relatedCodes, g.jurisdiction),
    tongbanEntries: tongbanEntries(site, relatedCodes),
    notices: noticeIds.map((n) => site.refs.notice(n)),
  };
}

/** A guide's view with the downloads of its forms. */
export async function guidePage(site: Site, view: GuideView): Promise<GuidePage> {
  const downloads = new Map<string, readonly FormDownload[]>();
  for (const m of view.materials) {
    if (m.formLink?.known && !downloads.has(m.formLink.id)) downloads.set(m.formLink.id, await formDownloads(site, m.formLink.id));
  }
  return { view, downloads };
}

/** The static paths of /guides/<jurisdiction>/<code>/, each with its page. */
export async function guidePaths(site: Site): Promise<{ params: { jurisdiction: string; code: string }; props: GuidePage }[]> {
  const out: { params: { jurisdiction: string; code: string }; props: GuidePage }[] = [];
  for (const g of site.catalogue.guides) {
    const view = guideView(site, g.data.code);
    // A duplicate code is the validator's error; its page is the first guide's.
    if (view && view.jurisdiction.id === g.data.jurisdiction) out.push({ params: { jurisdiction: g.data.jurisdiction, code: g.data.code }, props: await guidePage(site, view) });
  }
  return out;
}

/** How a time limit compares with another, for a pair of bars (promised against statutory). */
export function limitShare(promised: TimeLimit, statutory: TimeLimit | undefined): number | undefined {
  if (!statutory) return undefined;
  const s = toWorkingDays(statutory);
  if (s <= 0) return undefined;
  return barPercent(toWorkingDays(promised), s);
}
