import type { Rule } from '../context.ts';
import { catchAll } from './catch-all.ts';
import { heldCoverage } from './held-coverage.ts';
import { formSamples } from './form-samples.ts';
import { formFiles } from './form-files.ts';
import { implementationCodes } from './code-format.ts';
import { references, uniqueKeys } from './keys.ts';
import { preReview } from './prereview-basis.ts';
import { staleReview } from './stale-review.ts';
import { tenElements } from './ten-elements.ts';
import { timeLimits } from './time-limit.ts';
import { transferLists } from './transfers.ts';
export type { Rule, RuleContext } from '../context.ts';

/** Every rule, in the order of DESIGN.md (rule 1, the schema, runs in the loader). */
export const ALL_RULES: readonly Rule[] = [
  implementationCodes,
  uniqueKeys,
  references,
  tenElements,
  timeLimits,
  formFiles,
  formSamples,
  transferLists,
  heldCoverage,
  preReview,
  catchAll,
  staleReview,
];
