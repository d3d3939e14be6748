import type { CatalogueIndex } from '../catalogue.ts';
import type { Holdings } from '../holdings.ts';
import type { Catalogue } from '../load.ts';
import type { Problem } from '../problems.ts';
import type { FileSource } from '../source.ts';

export interface RuleContext {
  readonly catalogue: Catalogue;
  readonly index: CatalogueIndex;
  readonly holdings: ReadonlyMap<string, Holdings>;
  readonly source: FileSource;
  /** ISO date used as "today". */
  readonly today: string;
  report(problem: Problem): void;
}

export type Rule = (ctx: RuleContext) => void;
