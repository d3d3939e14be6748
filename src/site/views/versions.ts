/** /versions/ and /versions/<id>/: the catalogue's versions (commits that changed the data). */
import type { CatalogueIndex } from '../../domain/catalogue.ts';
import { type CatalogueVersion, type VersionHistory, versionHistory } from '../../history/versions.ts';
import type { Site } from '../site.ts';

export interface VersionsView {
  readonly history: VersionHistory;
  /** Versions with a tag. */
  readonly tagged: number;
  /** For the record links of the summaries. */
  readonly index: CatalogueIndex;
}

export interface VersionView {
  readonly version: CatalogueVersion;
  /** The command that reproduces the comparison with the previous version; undefined for the first. */
  readonly diffCommand?: string;
  readonly index: CatalogueIndex;
}

export function versionsView(site: Site): VersionsView {
  const history = versionHistory(site.root);
  return { history, tagged: history.versions.filter((v) => v.name).length, index: site.index };
}

export function versionView(site: Site, version: CatalogueVersion): VersionView {
  const v = version;
  return {
    version: v,
    ...(v.previous ? { diffCommand: `npm run diff -- ${v.previous.name ?? v.previous.shortId} ${v.name ?? v.shortId}` } : {}),
    index: site.index,
  };
}

/** The static paths of /versions/<id>/, each with its view. */
export function versionPaths(site: Site): { params: { id: string }; props: { view: VersionView } }[] {
  return versionHistory(site.root).versions.map((v) => ({ params: { id: v.shortId }, props: { view: versionView(site, v) } }));
}
