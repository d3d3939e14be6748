/**
 * /versions/ and /versions/<id>/: the catalogue's releases (data/releases/), then its data
 * revisions (commits that changed the data); one page per release (by its id) and per revision
 * (by the first characters of its commit id, which the page itself never shows).
 */
import type { CatalogueIndex } from '../../domain/catalogue.ts';
import { RELEASE_STATE_PARTS } from '../../domain/releases.ts';
import { type CatalogueVersion, type ReleaseVersion, type VersionHistory, versionHistory } from '../../history/versions.ts';
import { NAME_UNPUBLISHED } from '../../schemas/index.ts';
import type { Site } from '../site.ts';

export interface VersionsView {
  readonly history: VersionHistory;
  /** What a release's state consists of, one sentence per part. */
  readonly stateParts: readonly string[];
  /** For the record links of the summaries. */
  readonly index: CatalogueIndex;
}

/** A person of a release as shown: role, and the name or that it is not published. */
export interface PersonView {
  readonly role: string;
  /** The name; undefined when the public record does not give it. */
  readonly name?: string;
}

export type VersionPageView =
  | { readonly kind: 'release'; readonly release: ReleaseVersion; readonly handler: PersonView; readonly reviewer: PersonView; readonly stateParts: readonly string[]; readonly index: CatalogueIndex }
  | { readonly kind: 'revision'; readonly version: CatalogueVersion; readonly index: CatalogueIndex };

export function versionsView(site: Site): VersionsView {
  return { history: versionHistory(site.root), stateParts: RELEASE_STATE_PARTS, index: site.index };
}

export const personView = (p: { role: string; name: string }): PersonView => (p.name === NAME_UNPUBLISHED ? { role: p.role } : { role: p.role, name: p.name });

/** The static paths of /versions/<id>/: every release, then every data revision, each with its view. */
export function versionPaths(site: Site): { params: { id: string }; props: { view: VersionPageView } }[] {
  const h = versionHistory(site.root);
  return [
    ...h.releases.map((r) => ({
      params: { id: r.id },
      props: {
        view: { kind: 'release' as const, release: r, handler: personView(r.release.handler), reviewer: personView(r.release.reviewer), stateParts: RELEASE_STATE_PARTS, index: site.index },
      },
    })),
    ...h.versions.map((v) => ({ params: { id: v.shortId }, props: { view: { kind: 'revision' as const, version: v, index: site.index } } })),
  ];
}
