import type { CatalogueIndex } from '../domain/catalogue.ts';
import type { Holdings } from '../domain/holdings.ts';
import type { Catalogue, RejectedRecord } from '../io/load.ts';
import type { Problem } from './problems.ts';
import type { FileSource } from '../io/source.ts';

export interface RuleContext {
  readonly catalogue: Catalogue;
  readonly index: CatalogueIndex;
  readonly holdings: ReadonlyMap<string, Holdings>;
  readonly source: FileSource;
  /** Records that failed their schema (already reported); see `wasRejected`. */
  readonly rejected: readonly RejectedRecord[];
  /** ISO date used as "today". */
  readonly today: string;
  report(problem: Problem): void;
}

export type Rule = (ctx: RuleContext) => void;

/**
 * Whether a record that failed its schema matches `fields` (compared as text). A rule that would
 * report such a record as missing stays silent: its own schema problem says what to fix.
 */
export function wasRejected(ctx: RuleContext, collection: RejectedRecord['collection'], fields: Readonly<Record<string, string>>): boolean {
  return ctx.rejected.some((r) => r.collection === collection && Object.entries(fields).every(([k, v]) => String(r.raw[k]) === v));
}
