/** /responsibilities/<jurisdiction>/<matter>/: who approves a matter, who supervises it, what is pushed to whom. */
import type { Responsibility } from '../../schemas/index.ts';
import type { DeptRef, GuideLink, JurisdictionRef, MatterLink, NoticeRef } from '../refs.ts';
import { guidesFor } from '../related.ts';
import { routes } from '../routes.ts';
import type { Site } from '../site.ts';

export interface ResponsibilityView {
  readonly responsibility: Responsibility;
  readonly file: string;
  readonly jurisdiction: JurisdictionRef;
  readonly matter: MatterLink;
  /** The matter's name, else its code. */
  readonly name: string;
  readonly href: string;
  readonly approval: DeptRef;
  readonly supervision: readonly { readonly department: DeptRef; readonly duties: readonly string[]; readonly note?: string }[];
  readonly pushes: readonly (Responsibility['pushes'][number] & { readonly fromRef: DeptRef; readonly toRef: DeptRef })[];
  readonly technicalSupport: readonly (Responsibility['technicalSupport'][number] & {
    readonly leadRef: DeptRef;
    readonly cooperatingRefs: readonly DeptRef[];
  })[];
  readonly guides: readonly GuideLink[];
  readonly notices: readonly NoticeRef[];
}

export function responsibilityView(site: Site, jurisdiction: string, matter: string): ResponsibilityView | undefined {
  const rec = site.index.responsibilities.get(`${jurisdiction}/${matter}`);
  if (!rec) return undefined;
  const r = rec.data;
  const d = (id: string) => site.refs.dept(jurisdiction, id);
  const link = site.refs.matterLink(matter);
  return {
    responsibility: r,
    file: rec.file,
    jurisdiction: site.refs.jurisdiction(jurisdiction),
    matter: link,
    name: link.name ?? r.matter,
    href: routes.responsibility(jurisdiction, matter),
    approval: d(r.approval.department),
    supervision: r.supervision.map((s) => ({ department: d(s.department), duties: s.duties, ...(s.note ? { note: s.note } : {}) })),
    pushes: r.pushes.map((p) => ({ ...p, fromRef: d(p.from), toRef: d(p.to) })),
    technicalSupport: r.technicalSupport.map((t) => ({ ...t, leadRef: d(t.lead), cooperatingRefs: t.cooperating.map(d) })),
    guides: guidesFor(site, jurisdiction, matter),
    notices: r.notices.map((n) => site.refs.notice(n)),
  };
}

/** The static paths of /responsibilities/<jurisdiction>/<matter>/, each with its view. */
export function responsibilityPaths(site: Site): { params: { jurisdiction: string; matter: string }; props: { view: ResponsibilityView } }[] {
  return site.catalogue.responsibilities.flatMap((r) => {
    const view = responsibilityView(site, r.data.jurisdiction, r.data.matter);
    return view ? [{ params: { jurisdiction: r.data.jurisdiction, matter: r.data.matter }, props: { view } }] : [];
  });
}
