/** An in-memory FileSource for tests: no disk, one object per file. */
import type { FileSource } from '../../src/io/source.ts';

/** A revision that added some files: their paths, its commit id and the catalogue it holds. */
export interface MemoryRevision {
  readonly added: readonly string[];
  readonly commit: string;
  readonly source: FileSource;
}

export function memorySource(files: Record<string, string | Uint8Array>, sizes: Record<string, number> = {}, revisions: readonly MemoryRevision[] = []): FileSource {
  const buf = (v: string | Uint8Array) => (typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v));
  return {
    label: 'memory',
    list: (dir) => Object.keys(files).filter((f) => f.startsWith(`${dir}/`)).sort(),
    read: (f) => (f in files ? buf(files[f]!) : undefined),
    size: (f) => sizes[f] ?? (f in files ? buf(files[f]!).length : undefined),
    ...(revisions.length
      ? {
          addedIn: (file: string) => {
            const r = revisions.find((x) => x.added.includes(file));
            return r ? { commit: r.commit, source: r.source } : undefined;
          },
        }
      : {}),
  };
}
