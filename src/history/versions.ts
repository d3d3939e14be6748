/**
 * The catalogue's versions for auditors: its releases (data/releases/, newest first), each the
 * state it names (src/history/releases.ts) compared with the release before it; and below them the
 * data revisions — the commits that changed data/ or the notices (on the main line, newest first),
 * each compared with the one before it — from which every record's dated change history (a
 * guide's 修改记录) is taken, each change linked to the release it belongs to. Read once per
 * process; the diff of each pair of commits is cached, so every page of a build shares one
 * computation.
 *
 * Pages name a data revision 第 N 次数据修订 with its date and author, never by its commit id or
 * message. Without git, in a directory that is not the top of a repository, or in a shallow clone,
 * the revisions are unavailable and `reason` says why, in Chinese and without machine paths (it is
 * shown on the site); the releases are then cut from the files at hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collection as collectionDef } from '../schemas/index.ts';
import type { CatalogueIndex } from '../domain/catalogue.ts';
import {
  type CatalogueDiff,
  type DiffCollection,
  type DiffInput,
  type HoldingsDiff,
  diffCatalogues,
  loadVersion,
} from './diff.ts';
import { type CatalogueCommit, catalogueCommits, gitAvailable, gitSource, isShallow, repoRoot, resolveRef } from '../io/git.ts';
import { routes } from '../site/routes.ts';
import { type FileSource, fsSource } from '../io/source.ts';
import { COLLECTION_NAMES, type CollectionName, type Release, keyOf, fieldLabel as schemaFieldLabel } from '../schemas/index.ts';
import { releasesInOrder } from '../domain/releases.ts';
import { releaseBase, releaseInput } from './releases.ts';

/** Tags that name a version of the catalogue: catalogue/2020-12-24. */
export const VERSION_TAG = /^catalogue\/(\d{4}-\d{2}-\d{2})$/;
/** Length of the commit id in /versions/<id>/: fixed, so a version's URL never changes. */
export const SHORT_ID_LENGTH = 10;

export interface VersionRef {
  /** Full commit id. */
  readonly id: string;
  /** First SHORT_ID_LENGTH characters of the id; the version's URL segment. */
  readonly shortId: string;
  /** The tag that names the version (a catalogue/ tag first), if any. */
  readonly name?: string;
  /** 第 N 次数据修订: N counts the revisions from the oldest, so it never changes. */
  readonly label: string;
  /** Committer date (YYYY-MM-DD, in the committer's time zone). */
  readonly date: string;
  /** The author's name, as committed. */
  readonly author: string;
  readonly href: string;
}

/** A release as pages link to it. */
export interface ReleaseRef {
  readonly id: string;
  readonly title: string;
  /** Release date (YYYY-MM-DD). */
  readonly date: string;
  readonly href: string;
}

/** A release, the state it names and what changed against the release before it. */
export interface ReleaseVersion extends ReleaseRef {
  readonly release: Release;
  /** The authorising notice, when the record names one (its page and title). */
  readonly notice?: { readonly id: string; readonly title: string; readonly href: string };
  readonly previous?: ReleaseRef;
  readonly next?: ReleaseRef;
  /** The data revision whose catalogue the state is cut from; undefined: the files the site was built from. */
  readonly basis?: VersionRef;
  /** Changes against `previous` (or against an empty catalogue, for the first release). */
  readonly diff: CatalogueDiff;
  readonly summary: VersionSummary;
  /** Problems reading the catalogue the state is cut from: the diff may be incomplete. */
  readonly problems: number;
  /** The records of the state, by recordKey(collection, key). */
  readonly stateKeys: ReadonlySet<string>;
}

export interface SummaryRecord {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly key: string;
  readonly name: string;
}

/** One collection's line of a version's summary: 划转清单：新增 1. */
export interface SummaryLine {
  readonly collection: DiffCollection;
  readonly title: string;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly text: string;
  /** The records concerned, when there are few of them (SUMMARY_RECORDS); else empty. */
  readonly records: readonly SummaryRecord[];
}

/** At most this many records are named in a summary line. */
export const SUMMARY_RECORDS = 5;

export interface VersionSummary {
  readonly identical: boolean;
  /** Collections with changes, in report order. */
  readonly lines: readonly SummaryLine[];
  /** Changes of who holds which matter, with their sentences. */
  readonly holdings: readonly HoldingsDiff[];
}

export interface CatalogueVersion extends VersionRef {
  /** Committer date and time, ISO 8601 with offset. */
  readonly dateTime: string;
  readonly subject: string;
  readonly tags: readonly string[];
  /** The version before (undefined for the first: compared with an empty catalogue). */
  readonly previous?: VersionRef;
  /** The version after, if any. */
  readonly next?: VersionRef;
  /** Changes against `previous` (or against an empty catalogue). */
  readonly diff: CatalogueDiff;
  readonly summary: VersionSummary;
  /** Problems reading this version's files (duplicate keys, YAML errors): the diff may be incomplete. */
  readonly problems: number;
}

export interface VersionHistory {
  /** The releases, newest first (available with or without git). */
  readonly releases: readonly ReleaseVersion[];
  /** Whether the data revisions could be read. */
  readonly available: boolean;
  /** Why the history is unavailable (Chinese, no machine paths). */
  readonly reason?: string;
  /** Newest first. */
  readonly versions: readonly CatalogueVersion[];
  /**
   * Differences between the newest version and the files the site was built from, when the work
   * tree holds changes not yet committed.
   */
  readonly uncommitted?: { readonly diff: CatalogueDiff; readonly summary: VersionSummary };
}

/** One entry of a record's history. `version` is undefined for changes not yet committed. */
export interface RecordChange {
  readonly version?: VersionRef;
  /** The release the change belongs to: the first whose state holds the record as changed; undefined while none does. */
  readonly release?: ReleaseRef;
  readonly kind: 'added' | 'removed' | 'changed';
  /** Top-level fields that changed (for `changed`), in the order the diff reports them. */
  readonly fields: readonly { readonly name: string; readonly label: string }[];
}

// ---------------------------------------------------------------------------------------------
// Reasons

const REASON_NO_GIT = '生成本站时找不到 git 命令，无法读取目录的版本历史。';
const REASON_NOT_REPO = '本站不是从 git 仓库生成的（例如从下载的压缩包或复制的文件生成），没有可读取的版本历史。';
const REASON_NOT_TOP = '生成本站的目录不是 git 仓库的顶层目录，无法按 data/ 目录读取版本历史。';
const REASON_SHALLOW =
  '本站是从浅克隆（shallow clone）的仓库生成的，较早的版本没有取回，无法列出完整的版本历史。生成网站前运行 git fetch --unshallow 即可。';
const REASON_NO_COMMITS = '仓库中还没有修改过目录数据（data/ 目录或政策文件）的提交。';
const REASON_LOG = '读取 git 版本历史时出错，无法列出目录的版本历史。';

// ---------------------------------------------------------------------------------------------
// Caches (per process)

const histories = new Map<string, VersionHistory>();
const loaded = new Map<string, { version: DiffInput; problems: number }>();
const diffs = new Map<string, CatalogueDiff>();
const recordIndexes = new WeakMap<VersionHistory, Map<string, RecordChange[]>>();

const EMPTY = '';
const emptySource: FileSource = { label: '（空目录）', list: () => [], read: () => undefined, size: () => undefined };

function versionAt(repo: string, commit: string): { version: DiffInput; problems: number } {
  const cacheKey = commit === EMPTY ? EMPTY : `${repo}\0${commit}`;
  let v = loaded.get(cacheKey);
  if (!v) {
    const r = loadVersion(commit === EMPTY ? emptySource : gitSource(repo, commit));
    v = { version: r.version, problems: r.problems.length };
    loaded.set(cacheKey, v);
  }
  return v;
}

/** Differences from commit `a` (older; EMPTY for an empty catalogue) to commit `b`, cached by the pair. */
function diffOf(repo: string, a: string, b: string): CatalogueDiff {
  const key = `${repo}\0${a}\0${b}`;
  let d = diffs.get(key);
  if (!d) {
    d = diffCatalogues(versionAt(repo, a).version, versionAt(repo, b).version);
    diffs.set(key, d);
  }
  return d;
}

/** Forgets everything read from git (tests). */
export function clearVersionCache(): void {
  histories.clear();
  loaded.clear();
  diffs.clear();
}

// ---------------------------------------------------------------------------------------------
// The history

const realpath = (p: string) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/** The tag that names a commit: the newest catalogue/ tag, else the first other tag. */
export function versionName(tags: readonly string[]): string | undefined {
  const catalogue = tags.filter((t) => VERSION_TAG.test(t)).sort();
  return catalogue.at(-1) ?? [...tags].sort()[0];
}

/** `n`: the revision's number, counted from the oldest (1). */
function refOf(c: CatalogueCommit, n: number): VersionRef {
  const shortId = c.id.slice(0, SHORT_ID_LENGTH);
  const name = versionName(c.tags);
  return { id: c.id, shortId, ...(name ? { name } : {}), label: `第 ${n} 次数据修订`, date: c.date.slice(0, 10), author: c.author, href: routes.version(shortId) };
}

/**
 * The versions of the catalogue in the git repository whose top directory is `root` (the Astro
 * project root), newest first, each with its changes against the one before. Computed once per
 * process and root.
 */
export function versionHistory(root: string): VersionHistory {
  const key = realpath(root);
  let h = histories.get(key);
  if (!h) {
    h = computeHistory(key);
    histories.set(key, h);
  }
  return h;
}

type Revisions = Omit<VersionHistory, 'releases'>;

function unavailable(reason: string): Revisions {
  return { available: false, reason, versions: [] };
}

function computeHistory(root: string): VersionHistory {
  const source = fsSource(root);
  const loadedWork = loadVersion(source);
  const work = { input: loadedWork.version, problems: loadedWork.problems.length };
  const revisions = computeRevisions(root, work.input);
  return { ...revisions, releases: computeReleases(source, work, revisions.versions) };
}

function computeRevisions(root: string, work: DiffInput): Revisions {
  if (!gitAvailable()) return unavailable(REASON_NO_GIT);
  const shallow = isShallow(root);
  if (shallow === undefined) return unavailable(REASON_NOT_REPO);
  const top = repoRoot(root);
  if ('error' in top) return unavailable(REASON_NOT_REPO);
  if (realpath(top.root) !== root) return unavailable(REASON_NOT_TOP);
  if (shallow) return unavailable(REASON_SHALLOW);
  // A repository without any commit yet has no HEAD: that is “no versions”, not an error.
  if ('error' in resolveRef(root, 'HEAD')) return unavailable(REASON_NO_COMMITS);
  const log = catalogueCommits(root, 'HEAD', { firstParent: true });
  if (log.reason) return unavailable(REASON_LOG);
  if (log.commits.length === 0) return unavailable(REASON_NO_COMMITS);

  const commits = log.commits;
  const refs = commits.map((c, i) => refOf(c, commits.length - i));
  const versions: CatalogueVersion[] = commits.map((c, i) => {
    const older = commits[i + 1];
    const diff = diffOf(root, older ? older.id : EMPTY, c.id);
    const previous = refs[i + 1];
    const next = i > 0 ? refs[i - 1] : undefined;
    return {
      ...refs[i]!,
      dateTime: c.date,
      subject: c.subject,
      tags: c.tags,
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
      diff,
      summary: summarize(diff),
      problems: versionAt(root, c.id).problems,
    };
  });

  // What the site is built from, when it is not exactly the newest commit.
  const pending = diffCatalogues(versionAt(root, commits[0]!.id).version, work);
  return {
    available: true,
    versions,
    ...(pending.identical ? {} : { uncommitted: { diff: pending, summary: summarize(pending) } }),
  };
}

/** The releases of the files at hand, newest first, each compared with the one before it. */
function computeReleases(source: FileSource, work: { input: DiffInput; problems: number }, versions: readonly VersionRef[]): ReleaseVersion[] {
  const records = releasesInOrder(work.input.catalogue);
  const refOfRelease = (r: Release): ReleaseRef => ({ id: r.id, title: r.title, date: r.date, href: routes.release(r.id) });
  const refs = records.map((r) => refOfRelease(r.data));
  const states = records.map((r) => {
    const base = releaseBase(source, r, work);
    return { base, state: releaseInput(base.input, r.data) };
  });
  const empty = loadVersion(emptySource).version;
  const out = records.map((r, i): ReleaseVersion => {
    const { base, state } = states[i]!;
    const diff = diffCatalogues(i > 0 ? states[i - 1]!.state : empty, state);
    const basis = base.commit ? versions.find((v) => v.id === base.commit) : undefined;
    const notice = r.data.notice ? work.input.index.notices.get(r.data.notice) : undefined;
    return {
      ...refs[i]!,
      release: r.data,
      ...(notice ? { notice: { id: notice.data.id, title: notice.data.title, href: routes.notice(notice.data.id) } } : {}),
      ...(i > 0 ? { previous: refs[i - 1]! } : {}),
      ...(i + 1 < refs.length ? { next: refs[i + 1]! } : {}),
      ...(basis ? { basis } : {}),
      diff,
      summary: summarize(diff),
      problems: base.problems,
      stateKeys: new Set(COLLECTION_NAMES.flatMap((c) => (state.catalogue[c] as readonly { data: unknown }[]).map((x) => recordKey(c, keyOf(c, x.data))))),
    };
  });
  return out.reverse();
}

/** The release whose URL segment is `id`. */
export function findReleaseVersion(history: VersionHistory, id: string): ReleaseVersion | undefined {
  return history.releases.find((r) => r.id === id);
}

/** The version whose URL segment is `shortId`. */
export function findVersion(history: VersionHistory, shortId: string): CatalogueVersion | undefined {
  return history.versions.find((v) => v.shortId === shortId);
}

// ---------------------------------------------------------------------------------------------
// Summaries

function summaryText(title: string, added: number, removed: number, changed: number): string {
  const parts = [added ? `新增 ${added}` : '', removed ? `删除 ${removed}` : '', changed ? `修改 ${changed}` : ''].filter(Boolean);
  return `${title}：${parts.join('，')}`;
}

/** What a diff amounts to, collection by collection, for the version list. */
export function summarize(diff: CatalogueDiff): VersionSummary {
  const lines: SummaryLine[] = [];
  for (const c of diff.collections) {
    const total = c.added + c.removed + c.changed;
    if (total === 0) continue;
    const records: SummaryRecord[] =
      total > SUMMARY_RECORDS
        ? []
        : c.groups.flatMap((g) => [
            ...g.added.map((r) => ({ kind: 'added' as const, key: r.key, name: r.name })),
            ...g.removed.map((r) => ({ kind: 'removed' as const, key: r.key, name: r.name })),
            ...g.changed.map((r) => ({ kind: 'changed' as const, key: r.key, name: r.name })),
          ]);
    lines.push({ collection: c.collection, title: c.title, added: c.added, removed: c.removed, changed: c.changed, text: summaryText(c.title, c.added, c.removed, c.changed), records });
  }
  return { identical: diff.identical, lines, holdings: diff.holdings };
}

// ---------------------------------------------------------------------------------------------
// Record histories

const recordKey = (collection: DiffCollection, key: string) => `${collection}\0${key}`;

/** The Chinese name of a record's top-level field (src/schemas/labels.ts). */
export const fieldLabel = (collection: DiffCollection, field: string): string => schemaFieldLabel(collection as CollectionName, field);

function topFields(collection: DiffCollection, changes: readonly { segments: readonly unknown[] }[]): RecordChange['fields'] {
  const names: string[] = [];
  for (const c of changes) {
    const first = c.segments[0];
    const name = typeof first === 'string' ? first : '';
    if (!names.includes(name)) names.push(name);
  }
  return names.map((name) => ({ name, label: name ? fieldLabel(collection, name) : '整条记录' }));
}

/**
 * The release a change of a record made in `version` (undefined: not yet committed) belongs to:
 * the oldest release whose state is cut from that revision or a later one (or from the files at
 * hand) and holds the record; for a removal, one that no longer holds it.
 */
function releaseOf(history: VersionHistory, version: VersionRef | undefined, collection: DiffCollection, key: string, kind: RecordChange['kind']): ReleaseRef | undefined {
  const position = (v: VersionRef | undefined) => (v ? history.versions.findIndex((x) => x.id === v.id) : -1);
  const at = position(version);
  for (const r of [...history.releases].reverse()) {
    const basis = position(r.basis);
    // Newest first: a smaller position is a later revision; -1 is the files at hand.
    if (!(basis === -1 || (at !== -1 && basis <= at))) continue;
    const holds = inState(r, collection, key);
    if (kind === 'removed' ? !holds : holds) return { id: r.id, title: r.title, date: r.date, href: r.href };
  }
  return undefined;
}

/** Whether a release's state holds a record (its diffs since the empty catalogue say so). */
function inState(r: ReleaseVersion, collection: DiffCollection, key: string): boolean {
  return r.stateKeys.has(recordKey(collection, key));
}

function addChanges(index: Map<string, RecordChange[]>, diff: CatalogueDiff, version: VersionRef | undefined, history: VersionHistory): void {
  for (const c of diff.collections) {
    for (const g of c.groups) {
      const push = (key: string, change: RecordChange) => {
        const k = recordKey(c.collection, key);
        const list = index.get(k) ?? [];
        const release = releaseOf(history, version, c.collection, key, change.kind);
        list.push(release ? { ...change, release } : change);
        index.set(k, list);
      };
      const v = version ? { version } : {};
      for (const r of g.added) push(r.key, { ...v, kind: 'added', fields: [] });
      for (const r of g.removed) push(r.key, { ...v, kind: 'removed', fields: [] });
      for (const r of g.changed) push(r.key, { ...v, kind: 'changed', fields: topFields(c.collection, r.changes) });
    }
  }
}

/**
 * The versions in which a record was added, changed or removed, newest first (changes not yet
 * committed, if any, come first, without a version). Empty when the history is unavailable.
 */
export function recordHistory(history: VersionHistory, collection: DiffCollection, key: string): readonly RecordChange[] {
  let index = recordIndexes.get(history);
  if (!index) {
    index = new Map();
    if (history.uncommitted) addChanges(index, history.uncommitted.diff, undefined, history);
    for (const v of history.versions) addChanges(index, v.diff, v, history);
    recordIndexes.set(history, index);
  }
  return index.get(recordKey(collection, key)) ?? [];
}

/** The id of a record's entry on a version page (transfers-140525-2020-12-24-adjustment). */
export const recordAnchor = (collection: DiffCollection, key: string) => `${collection}-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A guide's history by its implementation code. */
// ---------------------------------------------------------------------------------------------
// Links into the current site

/** The page of a record on this site (COLLECTIONS[c].page), when the record is still in the catalogue. */
export function recordHref(index: CatalogueIndex, collection: DiffCollection, key: string): string | undefined {
  const def = collectionDef(collection);
  const record = index.records[collection].get(key);
  if (!def.page || !record) return undefined;
  const page = def.page;
  // The key's own fields win: a matter found by a sub-item's code links to the sub-item.
  const data: Readonly<Record<string, unknown>> = { ...(record.data as object), ...def.keyFields(key) };
  const href = (routes[page.route] as (...args: string[]) => string)(...page.args.map((a) => String(data[a])));
  return page.anchor ? `${href}#${key}` : href;
}
