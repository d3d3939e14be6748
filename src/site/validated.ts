/**
 * The validation result shared by the oneseal integration and the pages of one build. The
 * integration validates the catalogue when Astro loads its config and publishes the result here;
 * getSite() (src/site/site.ts) then uses it instead of loading and validating the catalogue a
 * second time. The store lives on globalThis because the integration and the pages are bundled
 * apart, so each has its own copy of this module.
 */
import path from 'node:path';
import { type ValidationResult, validate } from '../check/validate.ts';

const STORE = Symbol.for('oneseal.validated');

function store(): Map<string, ValidationResult> {
  const g = globalThis as { [STORE]?: Map<string, ValidationResult> };
  g[STORE] ??= new Map();
  return g[STORE];
}

/** Records the result of validating the catalogue under `root` (replacing an older one). */
export function publishValidation(root: string, result: ValidationResult): void {
  store().set(path.resolve(root), result);
}

/** The published result for `root`, else a fresh validation of it (which is not published). */
export function validationOf(root: string): ValidationResult {
  return store().get(path.resolve(root)) ?? validate(path.resolve(root));
}

/** Forgets every published result (tests, or a dev server after the data changed). */
export function forgetValidations(): void {
  store().clear();
}
