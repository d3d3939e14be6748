/** /notices/<id>/: one policy document, the documents it rests on, and the records that cite it. */
import fs from 'node:fs';
import path from 'node:path';
import type { NoticeData } from '../../io/load.ts';
import { groupBy } from '../../util/group-by.ts';
import type { Citation } from '../lookups.ts';
import type { JurisdictionRef, NoticeRef } from '../refs.ts';
import { renderNotice } from '../notice-html.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site.ts';

export interface CitedBy {
  /** 划转清单, 事项, 办事指南, 职责边界, 通办清单, 政策文件 */
  readonly kind: string;
  readonly label: string;
  readonly href?: string;
}

export interface NoticeView extends NoticeRef {
  readonly notice: NoticeData;
  readonly jurisdiction: JurisdictionRef;
  readonly basis: readonly NoticeRef[];
  /** Records that cite this notice. */
  readonly citedBy: readonly CitedBy[];
  /** The same, by kind (in the order of citedBy). */
  readonly citedByKind: readonly { readonly kind: string; readonly items: readonly CitedBy[] }[];
}

function cited(site: Site, c: Citation): CitedBy {
  switch (c.kind) {
    case 'transfer':
      return { kind: '划转清单', label: c.list.title, href: routes.transfer(c.list.jurisdiction, c.list.id) };
    case 'matter':
      return { kind: '事项', label: c.name, href: routes.matter(c.code) };
    case 'guide':
      return { kind: '办事指南', label: `${c.guide.name}（${site.refs.jurisdiction(c.guide.jurisdiction).name}）`, href: routes.guide(c.guide.jurisdiction, c.guide.code) };
    case 'responsibility': {
      const r = c.responsibility;
      return {
        kind: '职责边界',
        label: `${site.refs.matterLink(r.matter).name ?? r.matter}（${site.refs.jurisdiction(r.jurisdiction).name}）`,
        href: routes.responsibility(r.jurisdiction, r.matter),
      };
    }
    case 'tongban':
      return { kind: '通办清单', label: c.list.title, href: `${routes.tongban()}#${c.list.id}` };
    case 'notice':
      return { kind: '政策文件', label: c.title, href: routes.notice(c.id) };
  }
}

export function noticeView(site: Site, id: string): NoticeView | undefined {
  const rec = site.index.notices.get(id);
  if (!rec) return undefined;
  const n = rec.data;
  const citedBy = (site.lookups.citations().get(id) ?? []).map((c) => cited(site, c));
  return {
    ...site.refs.notice(id),
    notice: n,
    jurisdiction: site.refs.jurisdiction(n.jurisdiction),
    basis: n.basis.map((b) => site.refs.notice(b)),
    citedBy,
    citedByKind: [...groupBy(citedBy, (c) => c.kind)].map(([kind, items]) => ({ kind, items })),
  };
}

/**
 * The static paths of /notices/<id>/: one per notice of the catalogue, each with the notice's view
 * and its body as HTML — Markdown rendered as content (src/site/notice-html.ts), never evaluated
 * as MDX.
 */
export function noticePaths(site: Site): { params: { id: string }; props: { view: NoticeView; body: string } }[] {
  return site.catalogue.notices.map((rec) => {
    const id = rec.data.id;
    const view = noticeView(site, id)!;
    const body = renderNotice(fs.readFileSync(path.join(site.root, rec.file), 'utf8'));
    return { params: { id }, props: { view, body } };
  });
}
