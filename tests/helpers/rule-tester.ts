/**
 * A RuleTester in ESLint's manner: one call per rule, a list of valid and a list of invalid cases.
 * Each case changes the valid fixture (tests/helpers/fixture.ts) in one way — its records, or the
 * raw files written from them for the checks the loader makes (yaml-syntax, file-location, schema).
 *
 * - A valid case gives no problem at all.
 * - An invalid case gives exactly the expected problems of the rule under test (every one of them,
 *   no more), each located by file, line, column and field path, with a message fragment; problems
 *   of other rules it lists must be there too.
 *
 * The test file exports what `ruleTester` returns, and tests/check/registry.test.ts imports every
 * rule test file (with `collectRuleTests`, so their tests are not registered a second time) to
 * prove each rule id has a test file that breaks the fixture the way its cases say.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/check/problems.ts';
import { ruleById } from '../../src/check/rules/index.ts';
import { type ValidationResult, validateSource } from '../../src/check/validate.ts';
import { TODAY, baseRecords, toFiles } from './fixture.ts';
import { memorySource } from './memory-source.ts';

export type Records = ReturnType<typeof baseRecords>;
export type Files = Record<string, string | Uint8Array>;

export interface RuleCase {
  /** What the case shows, as the test's name. */
  readonly name: string;
  /** Changes the fixture's records (a fresh copy for each case). */
  readonly records?: (records: Records) => void;
  /** Changes the raw files written from the records (YAML text, attachments, notices). */
  readonly files?: (files: Files) => void;
  /** Sizes the source reports instead of the real ones, by path. */
  readonly sizes?: Readonly<Record<string, number>>;
  /** The check's "today" for this case (default TODAY). */
  readonly today?: string;
  /** Further assertions on the whole result. */
  readonly also?: (result: ValidationResult) => void;
  /**
   * A committed revision that added `files` (a release's record): the fixture as it stood then
   * (a fresh copy changed by `records`). Without it the source has no history.
   */
  readonly addedIn?: { readonly files: readonly string[]; readonly records?: (records: Records) => void };
}

export type MessageFragment = string | RegExp;

export interface ExpectedProblem {
  /** Defaults to the rule under test. */
  readonly rule?: string;
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** The field path as printed (`materials[0].formRef`); '' for the whole file. */
  readonly path: string;
  /** A part of the message (or several parts, all required). */
  readonly message: MessageFragment | readonly MessageFragment[];
}

export interface InvalidCase extends RuleCase {
  readonly problems: readonly ExpectedProblem[];
}

export interface RuleCases {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly InvalidCase[];
}

/** What a rule test file exports: the rule id and its cases. */
export interface RuleTest extends RuleCases {
  readonly ruleId: string;
}

/** Rule ids that `ruleTester` was called for with at least one invalid case. */
const exercised = new Set<string>();

export function exercisedRuleIds(): ReadonlySet<string> {
  return exercised;
}

let collecting = false;

/**
 * Imports rule test files for their exported cases only: `ruleTester` calls made while `load` runs
 * register no vitest tests (the importing test file checks the cases itself).
 */
export async function collectRuleTests<T>(load: () => Promise<T>): Promise<T> {
  collecting = true;
  try {
    return await load();
  } finally {
    collecting = false;
  }
}

/** Runs the validator on the fixture as the case changes it. */
export function runCase(c: RuleCase): ValidationResult {
  const records = baseRecords();
  c.records?.(records);
  const files = toFiles(records);
  c.files?.(files);
  const revisions = [];
  if (c.addedIn) {
    const then = baseRecords();
    c.addedIn.records?.(then);
    revisions.push({ added: c.addedIn.files, commit: 'c0ffee'.padEnd(40, '0'), source: memorySource(toFiles(then)) });
  }
  return validateSource(memorySource(files, { ...c.sizes }, revisions), { today: c.today ?? TODAY });
}

const fragments = (m: ExpectedProblem['message']): readonly MessageFragment[] => (Array.isArray(m) ? m : [m as MessageFragment]);

function matches(p: Problem, e: ExpectedProblem, ruleId: string): boolean {
  return (
    p.rule === (e.rule ?? ruleId) &&
    p.file === e.file &&
    p.line === e.line &&
    p.col === e.col &&
    p.path === e.path &&
    fragments(e.message).every((f) => (typeof f === 'string' ? p.message.includes(f) : f.test(p.message)))
  );
}

const show = (p: Problem) => `${p.file}:${p.line}:${p.col}  ${p.rule}  ${p.path || '-'}  ${p.message}`;
const showExpected = (e: ExpectedProblem, ruleId: string) =>
  `${e.file}:${e.line}:${e.col}  ${e.rule ?? ruleId}  ${e.path || '-'}  …${fragments(e.message).map(String).join('…')}…`;

/** Asserts a valid case: no problem at all. */
export function assertValid(ruleId: string, c: RuleCase): ValidationResult {
  const result = runCase(c);
  expect(result.problems.map(show), `valid case of ${ruleId}: "${c.name}"`).toEqual([]);
  c.also?.(result);
  return result;
}

/**
 * Asserts an invalid case: the rule's problems are exactly the expected ones of that rule; the
 * expected problems of other rules are present; the run fails exactly when an error is expected.
 * Returns the rule's problems.
 */
export function assertInvalid(ruleId: string, c: InvalidCase): Problem[] {
  const rule = ruleById(ruleId);
  const result = runCase(c);
  const remaining = [...result.problems];
  const missing: string[] = [];
  for (const e of c.problems) {
    const i = remaining.findIndex((p) => matches(p, e, ruleId));
    if (i < 0) missing.push(showExpected(e, ruleId));
    else remaining.splice(i, 1);
  }
  const unexpected = remaining.filter((p) => p.rule === ruleId).map(show);
  expect({ missing, unexpected }, `invalid case of ${ruleId}: "${c.name}"; every problem:\n${result.problems.map(show).join('\n')}`).toEqual({
    missing: [],
    unexpected: [],
  });
  const own = result.problems.filter((p) => p.rule === ruleId);
  for (const p of own) expect(p.severity, show(p)).toBe(rule.severity);
  const errorExpected = c.problems.some((e) => ruleById(e.rule ?? ruleId).severity === 'error');
  expect(result.ok, `invalid case of ${ruleId}: "${c.name}": the run ${errorExpected ? 'fails' : 'passes'}`).toBe(!errorExpected);
  c.also?.(result);
  return own;
}

/**
 * Declares the tests of one rule and returns its cases for the registry test. Refuses an invalid
 * case that expects no problem of the rule, and two cases with the same name.
 */
export function ruleTester(ruleId: string, cases: RuleCases): RuleTest {
  ruleById(ruleId); // throws for an id no rule file declares
  const names = new Set<string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (names.has(c.name)) throw new Error(`${ruleId}: two cases are called "${c.name}"`);
    names.add(c.name);
  }
  for (const c of cases.invalid) {
    if (!c.problems.some((e) => (e.rule ?? ruleId) === ruleId)) throw new Error(`${ruleId}: invalid case "${c.name}" expects no problem of ${ruleId}`);
  }
  if (cases.invalid.length > 0) exercised.add(ruleId);
  if (!collecting) {
    describe(ruleId, () => {
      describe('valid', () => {
        for (const c of cases.valid) it(c.name, () => void assertValid(ruleId, c));
      });
      describe('invalid', () => {
        for (const c of cases.invalid) it(c.name, () => void assertInvalid(ruleId, c));
      });
    });
  }
  return { ruleId, ...cases };
}
