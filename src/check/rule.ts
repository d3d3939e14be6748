/**
 * A validator rule: one self-describing file per rule id in src/check/rules/ (ESLint's pattern).
 * The file holds the rule's metadata and its check; being in that folder registers it
 * (src/check/rules/index.ts). See docs/ARCHITECTURE.md, "Checking".
 */
import type { CatalogueIndex } from '../domain/catalogue.ts';
import type { Holdings } from '../domain/holdings.ts';
import type { Catalogue, RejectedRecord } from '../io/load.ts';
import type { FileSource } from '../io/source.ts';
import type { Position } from '../io/yaml.ts';
import { type PathSegment, type Problem, type Severity, formatPath } from './problems.ts';

/** Something a problem can point into: a record's file and a way to find a field's position. */
export interface Locatable {
  readonly file: string;
  locate(path: readonly PathSegment[]): Position;
}

export interface RuleContext {
  readonly catalogue: Catalogue;
  readonly index: CatalogueIndex;
  readonly holdings: ReadonlyMap<string, Holdings>;
  readonly source: FileSource;
  /** Records that failed their schema (already reported); see `wasRejected`. */
  readonly rejected: readonly RejectedRecord[];
  /** Data files the loader could not confirm are in canonical form (see LoadResult.unformatted). */
  readonly unformatted: readonly string[];
  /** ISO date used as "today". */
  readonly today: string;
  /** Reports a problem of this rule at a field of a record. */
  report(record: Locatable, path: readonly PathSegment[], message: string): void;
}

export interface Rule {
  /** Stable id, equal to the file name: staff, tests and scripts rely on it. */
  readonly id: string;
  /** The rule's number in the rule list of docs/ARCHITECTURE.md; 0 for file-level checks and hints. */
  readonly n: number;
  /** Orders rules that share a number (1, 2, …); 0 when the number is the rule's alone. */
  readonly sub?: number;
  /** What the rule checks, in Chinese (for `npm run check -- --rules` and the README). */
  readonly title: string;
  /** What the title leaves out, for staff (the README's table adds it after the title); Chinese. */
  readonly details?: string;
  /** A warning (提示) never fails the check. */
  readonly severity: Severity;
  /**
   * The check over the loaded catalogue. Absent for the checks the loader makes while reading
   * files (yaml-syntax, file-location, schema): their problems come from src/io/load.ts.
   */
  readonly check?: (ctx: RuleContext) => void;
}

/** Declares a rule; `const` keeps the id's literal type. */
export function defineRule<const R extends Rule>(rule: R): R {
  return rule;
}

/** A located problem of `rule` at `path` inside a record. */
export function problemAt(record: Locatable, path: readonly PathSegment[], rule: Pick<Rule, 'id' | 'severity'>, message: string): Problem {
  const pos = record.locate(path);
  return { file: record.file, line: pos.line, col: pos.col, rule: rule.id, path: formatPath(path), message, severity: rule.severity };
}

/** A problem of `rule` about a whole file (or a position found without a parsed record). */
export function fileProblem(file: string, rule: Pick<Rule, 'id' | 'severity'>, message: string, pos: Position = { line: 1, col: 1 }): Problem {
  return { file, line: pos.line, col: pos.col, rule: rule.id, path: '', message, severity: rule.severity };
}

/**
 * Whether a record that failed its schema matches `fields` (compared as text). A rule that would
 * report such a record as missing stays silent: its own schema problem says what to fix.
 */
export function wasRejected(ctx: Pick<RuleContext, 'rejected'>, collection: RejectedRecord['collection'], fields: Readonly<Record<string, string>>): boolean {
  const names = Object.keys(fields).sort();
  let sets = rejectedSets.get(ctx.rejected);
  if (!sets) rejectedSets.set(ctx.rejected, (sets = new Map()));
  const signature = `${collection}\u0000${names.join('\u0000')}`;
  let set = sets.get(signature);
  if (!set) {
    set = new Set(ctx.rejected.filter((r) => r.collection === collection).map((r) => JSON.stringify(names.map((k) => String(r.raw[k])))));
    sets.set(signature, set);
  }
  return set.has(JSON.stringify(names.map((k) => fields[k])));
}

/**
 * The rejected records' values of the fields asked about, per collection and set of field names,
 * built on the first question: a rule asking per record (every missing reference) never scans
 * every rejected record again.
 */
const rejectedSets = new WeakMap<readonly RejectedRecord[], Map<string, Set<string>>>();

/** Orders rules as `npm run check -- --rules` lists them: errors by number, then hints. */
export function compareRules(a: Rule, b: Rule): number {
  const rank = (r: Rule) => (r.severity === 'warning' ? 1 : 0);
  return rank(a) - rank(b) || a.n - b.n || (a.sub ?? 0) - (b.sub ?? 0) || a.id.localeCompare(b.id);
}
