import type { Rule } from './context.ts';
import { catchAll } from './catch-all.ts';
import { heldCoverage } from './coverage.ts';
import { formSamples } from './form-samples.ts';
import { formFiles } from './forms.ts';
import { implementationCodes } from './implementation-codes.ts';
import { references, uniqueKeys } from './keys.ts';
import { preReview } from './pre-review.ts';
import { staleReview } from './review.ts';
import { tenElements } from './ten-elements.ts';
import { timeLimits } from './time-limits.ts';
import { transferLists } from './transfers.ts';
export type { Rule, RuleContext } from './context.ts';

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
