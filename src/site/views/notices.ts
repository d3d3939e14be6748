/** /notices/: the policy documents, newest first. */
import type { NoticeRef } from '../refs.ts';
import type { Site } from '../site.ts';

/** Notices, newest first. */
export function noticesView(site: Site): NoticeRef[] {
  return site.catalogue.notices
    .map((n) => site.refs.notice(n.data.id))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}
