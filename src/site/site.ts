/**
 * The site context: one validated catalogue with its index, holdings, reference builders and
 * shared look-ups. Pure TypeScript (no Astro imports), so the tests use it directly. Pages call
 * `getSite()` and hand it to the view builders of src/site/views/.
 */
import path from 'node:path';
import type { Holdings } from '../domain/holdings.ts';
import type { ValidationResult } from '../check/validate.ts';
import { Lookups } from './lookups.ts';
import { Refs } from './refs.ts';
import { forgetValidations, validationOf } from './validated.ts';

export class Site {
  readonly result: ValidationResult;
  /** The repository root (data/ is under it). */
  readonly root: string;
  readonly refs: Refs;
  readonly lookups: Lookups;

  constructor(result: ValidationResult, root: string) {
    this.result = result;
    this.root = root;
    this.refs = new Refs(result.index);
    this.lookups = new Lookups(result.index);
  }

  get catalogue() {
    return this.result.catalogue;
  }
  get index() {
    return this.result.index;
  }
  get holdings(): ReadonlyMap<string, Holdings> {
    return this.result.holdings;
  }
}

const cache = new Map<string, Site>();

/**
 * The site of the catalogue under `root`, validated once per process: during a build, the
 * validation the oneseal integration already did (src/site/validated.ts).
 */
export function getSite(root: string = process.cwd()): Site {
  const key = path.resolve(root);
  let site = cache.get(key);
  if (!site) {
    site = new Site(validationOf(key), key);
    cache.set(key, site);
  }
  return site;
}

/** Forgets memoized sites and validations (tests, or a dev server after data changed). */
export function clearSiteCache(): void {
  cache.clear();
  forgetValidations();
}
