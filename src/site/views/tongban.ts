/** /tongban/: the guides by 通办 scope, and the 通办 lists with their entries. */
import type { Guide, TongbanList } from '../../schemas/index.ts';
import { groupBy } from '../../util/group-by.ts';
import type { GuideLink, JurisdictionRef, MatterLink, NoticeRef } from '../refs.ts';
import { guidesOfCode } from '../related.ts';
import type { Site } from '../site.ts';
import { type GuideCard, guideCard } from './guides.ts';

export interface TongbanListView {
  readonly list: TongbanList;
  readonly file: string;
  readonly jurisdiction: JurisdictionRef;
  readonly notice?: NoticeRef;
  readonly entries: readonly { readonly entry: TongbanList['entries'][number]; readonly matter: MatterLink; readonly guides: readonly GuideLink[] }[];
}

export interface TongbanView {
  /** Guides whose 通办 scope is not empty, by scope (scopes sorted). */
  readonly byScope: readonly { readonly scope: Guide['tongban'][number]; readonly guides: readonly GuideCard[] }[];
  readonly lists: readonly TongbanListView[];
}

/** Guides whose 通办 scope is not empty, by scope; and the 通办 lists. */
export function tongbanView(site: Site): TongbanView {
  const guides = site.catalogue.guides.filter((g) => g.data.tongban.length > 0).map((g) => g.data);
  const byScope = groupBy(guides, (g) => [...new Set(g.tongban)]);
  return {
    byScope: [...byScope.keys()].sort().map((scope) => ({
      scope,
      guides: (byScope.get(scope) ?? [])
        .map((g) => guideCard(site, g))
        .sort((a, b) => a.jurisdiction.id.localeCompare(b.jurisdiction.id) || a.matter.localeCompare(b.matter)),
    })),
    lists: site.catalogue.tongban
      .map((t) => ({
        list: t.data,
        file: t.file,
        jurisdiction: site.refs.jurisdiction(t.data.jurisdiction),
        ...(t.data.notice ? { notice: site.refs.notice(t.data.notice) } : {}),
        entries: t.data.entries.map((entry) => ({ entry, matter: site.refs.matterLink(entry.matter), guides: guidesOfCode(site, entry.matter) })),
      }))
      .sort((a, b) => a.list.id.localeCompare(b.list.id)),
  };
}
