/** catalogue.json: every record (without file positions) sorted by key, and the holdings history. */
import { SCHEMA_VERSION } from '../schemas/version.ts';
import type { Holdings } from '../domain/holdings.ts';
import { jurisdictionKey } from '../domain/keys.ts';
import { OPEN_DATA_COLLECTIONS, type Result, byString, sortedRecords } from './records.ts';

/** Version of the layout of catalogue.json; raise it when that layout changes. */
export const OPEN_DATA_FORMAT_VERSION = 1;

/** One period of a matter's holder in catalogue.json. */
export interface HoldingPeriodJson {
  /** Department key: jurisdiction/id. */
  readonly department: string;
  /** First day (ISO) the department held the matter; absent for "before the first list". */
  readonly from?: string;
  /** First day of the next period (exclusive end); absent for the current holder. */
  readonly until?: string;
  /** The list that started the period: jurisdiction/list-id. */
  readonly list?: string;
  readonly direction?: string;
}

export function holdingsJson(holdings: ReadonlyMap<string, Holdings>): Record<string, Record<string, HoldingPeriodJson[]>> {
  const out: Record<string, Record<string, HoldingPeriodJson[]>> = {};
  for (const j of [...holdings.keys()].sort(byString)) {
    const h = holdings.get(j)!;
    const perMatter: Record<string, HoldingPeriodJson[]> = {};
    for (const matter of [...h.history.keys()].sort(byString)) {
      const periods = h.history.get(matter)!;
      perMatter[matter] = periods.map((p, i) => {
        const next = periods[i + 1];
        return {
          department: p.holder,
          ...(p.from !== undefined ? { from: p.from } : {}),
          ...(next?.from !== undefined ? { until: next.from } : {}),
          ...(p.list ? { list: jurisdictionKey(p.list.data.jurisdiction, p.list.data.id) } : {}),
          ...(p.direction ? { direction: p.direction } : {}),
        };
      });
    }
    out[j] = perMatter;
  }
  return out;
}

/** The whole catalogue as one JSON document (text, with a final newline). */
export function catalogueJson(result: Result): string {
  const collections: Record<string, unknown[]> = {};
  for (const name of OPEN_DATA_COLLECTIONS) collections[name] = sortedRecords(result, name);
  const doc = {
    formatVersion: OPEN_DATA_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    collections,
    holdings: holdingsJson(result.holdings),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
