/**
 * The manifest of a built site (open-data/manifest.json): what anyone can check the published site
 * against the catalogue in git with (`npm run verify`, src/cli/verify.ts).
 *
 * It lists
 * - every record: collection, key, display name, the data file it was read from, and the SHA-256 of
 *   its canonical form (canonicalRecord, src/io/canonical.ts), which depends only on its data, so
 *   it can be recomputed from a git revision or from the records of catalogue.json;
 * - every file of the built site but the manifest itself — the pages, the form downloads, the
 *   assets, the search index and the open-data exports — with its size and SHA-256;
 * - which catalogue state the site was built from: the commit of the data, or the work tree when
 *   the data held changes not committed (or there was no git history); and the newest release the
 *   catalogue records, if it records any.
 *
 * The builder is pure: the same records, files and source give the same bytes (records in registry
 * order then by key, files by path, no build time), so the build stays reproducible.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName, collection as collectionDef } from '../schemas/index.ts';
import { SCHEMA_VERSION } from '../schemas/version.ts';
import { canonicalRecord } from '../io/canonical.ts';
import type { Loaded } from '../io/load.ts';
import { type Result, byString } from './records.ts';

/** The manifest's file name, in the open-data folder. */
export const MANIFEST_FILE = 'manifest.json';
/** Version of the manifest's layout; raise it when that layout changes. */
export const MANIFEST_FORMAT_VERSION = 1;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const manifestRecordSchema = z.object({
  collection: z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]),
  key: z.string(),
  name: z.string(),
  /** The data file the record was read from, relative to the repository root. */
  file: z.string(),
  /** SHA-256 of canonicalRecord(collection, data). */
  sha256: sha256Hex,
});

const manifestFileSchema = z.object({
  /** Relative to the site's root, forward slashes: open-data/catalogue.json, guides/…/index.html. */
  path: z.string(),
  size: z.number().int().nonnegative(),
  sha256: sha256Hex,
});

/** Which catalogue state the site was built from. */
const manifestSourceSchema = z.discriminatedUnion('kind', [
  /** The data of this commit, unchanged (`name`: the tag that names the version, if any). */
  z.object({ kind: z.literal('git'), commit: z.string().regex(/^[0-9a-f]{40,64}$/), name: z.string().optional() }),
  /** Files of a work tree that no commit holds as they were; `reason` says why, in Chinese. */
  z.object({ kind: z.literal('work-tree'), reason: z.string() }),
]);

/**
 * The release the site publishes (the newest recorded), absent when the catalogue records none. `id` is
 * the release's key in its collection.
 */
const manifestReleaseSchema = z.object({ id: z.string(), title: z.string().optional() });

export const manifestSchema = z.object({
  formatVersion: z.literal(MANIFEST_FORMAT_VERSION),
  schemaVersion: z.number(),
  source: manifestSourceSchema,
  release: manifestReleaseSchema.optional(),
  records: z.array(manifestRecordSchema),
  files: z.array(manifestFileSchema),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestRecord = z.infer<typeof manifestRecordSchema>;
export type ManifestFile = z.infer<typeof manifestFileSchema>;
export type ManifestSource = z.infer<typeof manifestSourceSchema>;
export type ManifestRelease = z.infer<typeof manifestReleaseSchema>;

/** SHA-256 of bytes or text (UTF-8), in lower-case hex. */
export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The SHA-256 of a record's canonical form. */
export const recordDigest = (name: CollectionName, data: unknown) => sha256(canonicalRecord(name, data));

/** Every record of a catalogue with its digest: collections in registry order, then by key. */
export function recordDigests(result: Pick<Result, 'catalogue' | 'index'>): ManifestRecord[] {
  const out: ManifestRecord[] = [];
  for (const name of COLLECTION_NAMES) {
    const def = collectionDef(name);
    const records = (result.catalogue[name] as readonly Loaded<unknown>[]).map((r) => ({
      collection: name,
      key: def.key(r.data),
      name: String(def.display(r.data, result.index)),
      file: r.file,
      sha256: recordDigest(name, r.data),
    }));
    out.push(...records.sort((a, b) => byString(a.key, b.key) || byString(a.file, b.file)));
  }
  return out;
}

/** Files with their size and digest, by path. */
export function fileDigests(files: Iterable<readonly [string, Uint8Array]>): ManifestFile[] {
  return [...files].map(([path, bytes]) => ({ path, size: bytes.byteLength, sha256: sha256(bytes) })).sort((a, b) => byString(a.path, b.path));
}

export interface ManifestInput {
  readonly result: Pick<Result, 'catalogue' | 'index'>;
  /** Every file of the site but the manifest: path relative to the site's root → bytes. */
  readonly files: Iterable<readonly [string, Uint8Array]>;
  readonly source: ManifestSource;
  readonly release?: ManifestRelease;
}

/** The manifest as JSON text (with a final newline). */
export function manifestJson(input: ManifestInput): string {
  const manifest: Manifest = {
    formatVersion: MANIFEST_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    source: input.source,
    ...(input.release ? { release: input.release } : {}),
    records: recordDigests(input.result),
    files: fileDigests(input.files),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A manifest's text parsed and checked; a Chinese reason when it is not one. */
export function parseManifest(text: string): { manifest: Manifest } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `不是合法的 JSON（${(e as Error).message}）` };
  }
  const parsed = manifestSchema.safeParse(value);
  if (parsed.success) return { manifest: parsed.data };
  const issue = parsed.error.issues[0];
  const at = issue?.path.length ? issue.path.join('.') : '（整个文件）';
  if (issue?.path[0] === 'formatVersion') return { error: `格式版本不是 ${MANIFEST_FORMAT_VERSION}：请使用与之相应的 OneSeal 版本核对` };
  return { error: `格式不符：${at} ${issue?.message ?? ''}`.trim() };
}
