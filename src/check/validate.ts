/**
 * The validator: loads the catalogue, applies every rule, returns every problem found.
 * One engine for `npm run check`, the Astro build and the tests.
 */
import { CatalogueIndex } from '../domain/catalogue.ts';
import { type Holdings, foldHoldings } from '../domain/holdings.ts';
import { type Catalogue, loadCatalogue } from '../io/load.ts';
import { type Problem, sortProblems } from './problems.ts';
import { type Rule, type RuleContext, problemAt } from './rule.ts';
import { RULES } from './rules/index.ts';
import { type FileSource, fsSource } from '../io/source.ts';

export interface ValidateOptions {
  /** "Today", for warnings that depend on the date (a guide not reviewed for a year). */
  readonly today?: string;
  /** The rules to apply (default: all). A diff applies only those that make a comparison unreliable. */
  readonly rules?: readonly Rule[];
  /** Told how far the work is: the stage (in Chinese), steps done and steps in all (files, rules). */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
}

/** The stages `onProgress` names, in order. */
export const STAGES = { load: '读取记录', index: '建立索引', rules: '规则检查' } as const;

export interface ValidationResult {
  readonly catalogue: Catalogue;
  readonly index: CatalogueIndex;
  /** Holdings per jurisdiction that has transfer lists. */
  readonly holdings: ReadonlyMap<string, Holdings>;
  readonly problems: Problem[];
  readonly files: number;
  readonly ok: boolean;
}

export function validateSource(source: FileSource, options: ValidateOptions = {}): ValidationResult {
  const progress = options.onProgress;
  const loaded = loadCatalogue(source, progress && ((done, total) => progress(STAGES.load, done, total)));
  progress?.(STAGES.index, 0, 1);
  const index = new CatalogueIndex(loaded.catalogue);
  const holdings = new Map<string, Holdings>();
  for (const j of index.transfersByJurisdiction.keys()) holdings.set(j, foldHoldings(index, j));
  progress?.(STAGES.index, 1, 1);
  const problems = [...loaded.problems];
  const shared = {
    catalogue: loaded.catalogue,
    index,
    holdings,
    source,
    rejected: loaded.rejected,
    unformatted: loaded.unformatted,
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
  const rules = (options.rules ?? RULES).filter((r) => r.check);
  progress?.(STAGES.rules, 0, rules.length);
  rules.forEach((rule, i) => {
    const ctx: RuleContext = { ...shared, report: (record, path, message) => problems.push(problemAt(record, path, rule, message)) };
    rule.check!(ctx);
    progress?.(STAGES.rules, i + 1, rules.length);
  });
  const sorted = sortProblems(dedupe(problems));
  return {
    catalogue: loaded.catalogue,
    index,
    holdings,
    problems: sorted,
    files: loaded.files,
    ok: !sorted.some((p) => p.severity === 'error'),
  };
}

export function validate(root: string, options: ValidateOptions = {}): ValidationResult {
  return validateSource(fsSource(root), options);
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.file}|${p.line}|${p.col}|${p.rule}|${p.path}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
