/**
 * Releases as versions of the catalogue: the published state a release names (its cut is
 * src/domain/releases.ts; its catalogue is the revision that added the release's record, or the
 * files at hand while the record is not committed), release names as `npm run diff` takes them,
 * and the major changes between two versions that no release notes.
 */
import { releaseState, majorChanges as majorFields } from '../domain/releases.ts';
import type { Loaded } from '../io/load.ts';
import type { FileSource } from '../io/source.ts';
import { type Release, fieldLabel } from '../schemas/index.ts';
import { type DiffInput, loadVersion } from './diff.ts';

/** `catalogue/2020-12-24`: the release of that date. */
export const RELEASE_DATE_NAME = /^catalogue\/(\d{4}-\d{2}-\d{2})$/;

/** The state a release names, cut from `base` (a version that contains the release). */
export function releaseInput(base: DiffInput, release: Release): DiffInput {
  const state = releaseState(base.catalogue, release);
  return { catalogue: state.catalogue, index: state.index, holdings: state.holdings, ...(base.extra ? { extra: base.extra } : {}) };
}

export interface ReleaseBase {
  /** The commit whose catalogue the state is cut from; undefined: the files at hand. */
  readonly commit?: string;
  readonly input: DiffInput;
  /** Problems reading that catalogue (duplicate keys, unreadable files): the state may be incomplete. */
  readonly problems: number;
}

const loadedBases = new WeakMap<FileSource, Map<string, { input: DiffInput; problems: number }>>();

/**
 * The catalogue a release's state is cut from: the revision of `source` that added the release's
 * record (FileSource.addedIn), else `work` (the files at hand, already loaded).
 */
export function releaseBase(source: FileSource, release: Loaded<Release>, work: { input: DiffInput; problems: number }): ReleaseBase {
  const added = source.addedIn?.(release.file);
  if (!added) return { input: work.input, problems: work.problems };
  let cache = loadedBases.get(source);
  if (!cache) loadedBases.set(source, (cache = new Map()));
  let v = cache.get(added.commit);
  if (!v) {
    const r = loadVersion(added.source);
    v = { input: r.version, problems: r.problems.length };
    cache.set(added.commit, v);
  }
  return { commit: added.commit, input: v.input, problems: v.problems };
}

/**
 * The release a name means: its id, or `catalogue/YYYY-MM-DD` for the release of that date.
 * Undefined when no release has that name; an error (Chinese) when a date names several.
 */
export function findRelease(releases: readonly Loaded<Release>[], name: string): Loaded<Release> | { error: string } | undefined {
  const byId = releases.find((r) => r.data.id === name);
  if (byId) return byId;
  const date = RELEASE_DATE_NAME.exec(name)?.[1];
  if (!date) return undefined;
  const onDate = releases.filter((r) => r.data.date === date);
  if (onDate.length > 1) return { error: `${date} 有 ${onDate.length} 次发布（${onDate.map((r) => r.data.id).join('、')}）：请用发布标识指明其中一次` };
  return onDate[0];
}

/** A guide whose major fields changed between two versions without a release noting it. */
export interface UnnotedMajorChange {
  readonly guide: string;
  readonly name: string;
  readonly jurisdiction: string;
  /** Chinese names of the major fields that changed. */
  readonly fields: readonly string[];
}

/**
 * Guides present in both versions whose 受理条件, 申请材料, 时限, 收费 or 实施部门 differ, and that
 * no release of `after` that `before` does not have notes in `majorChanges`.
 */
export function unnotedMajorChanges(before: DiffInput, after: DiffInput): UnnotedMajorChange[] {
  const known = new Set(before.catalogue.releases.map((r) => r.data.id));
  const noted = new Set(after.catalogue.releases.filter((r) => !known.has(r.data.id)).flatMap((r) => r.data.majorChanges.map((m) => m.guide)));
  const out: UnnotedMajorChange[] = [];
  for (const g of after.catalogue.guides) {
    const old = before.index.guides.get(g.data.code);
    if (!old || noted.has(g.data.code)) continue;
    const fields = majorFields(old.data, g.data);
    if (fields.length) out.push({ guide: g.data.code, name: g.data.name, jurisdiction: g.data.jurisdiction, fields: fields.map((f) => fieldLabel('guides', f)) });
  }
  return out.sort((a, b) => a.guide.localeCompare(b.guide));
}
