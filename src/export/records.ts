/** What every exporter reads: the records, their index and the holdings history. */
import { COLLECTION_NAMES, type CollectionName, keyOf } from '../schemas/index.ts';
import type { Loaded } from '../io/load.ts';
import type { ValidationResult } from '../check/validate.ts';

export type Result = Pick<ValidationResult, 'catalogue' | 'index' | 'holdings'>;

/** The collections of the open data: every collection of the registry, notices' metadata included. */
export type OpenDataCollection = CollectionName;
export const OPEN_DATA_COLLECTIONS: readonly OpenDataCollection[] = COLLECTION_NAMES;

/** Code-unit order, independent of the machine's locale. */
export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The records of a collection, sorted by key. */
export function sortedRecords(result: Result, name: OpenDataCollection): unknown[] {
  const loaded = result.catalogue[name] as readonly Loaded<unknown>[];
  return loaded
    .map((r) => ({ key: keyOf(name, r.data), data: r.data }))
    .sort((a, b) => byString(a.key, b.key))
    .map((r) => r.data);
}

/** Text as UTF-8 bytes. */
export const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
