/**
 * The rule registry (src/check/rules/index.ts): every rule file is registered under its file
 * name, the Node and Vite ways of reading the folder agree, and every rule has a test file whose
 * RuleTester cases really break the fixture the way the rule reports.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/check/rule.ts';
import { RULES, ruleFileId } from '../../src/check/rules/index.ts';
import { REPO } from '../helpers/cli.ts';
import { type RuleTest, assertInvalid, collectRuleTests, exercisedRuleIds } from '../helpers/rule-tester.ts';

const RULES_DIR = path.join(REPO, 'src/check/rules');
const ruleFiles = fs
  .readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .sort();
const ids = RULES.map((r) => r.id);

/** The rule test files, imported for their exported cases (their own tests run in their files). */
const testLoaders = import.meta.glob<{ default?: RuleTest }>('./rules/*.test.ts');
const ruleTests = await collectRuleTests(async () => {
  const entries = await Promise.all(Object.entries(testLoaders).map(async ([file, load]) => [file.replace(/^\.\/rules\/|\.test\.ts$/g, ''), (await load()).default] as const));
  return new Map(entries);
});

describe('the rule registry', () => {
  it('registers every rule file of src/check/rules, and nothing else', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(16);
    expect([...ids].sort()).toEqual(ruleFiles.map(ruleFileId).sort());
  });

  it('gives each rule the id of its file name', () => {
    const modules = import.meta.glob<{ default: Rule }>(['../../src/check/rules/*.ts', '!../../src/check/rules/index.ts'], { eager: true });
    expect(Object.keys(modules)).toHaveLength(ruleFiles.length);
    for (const [file, mod] of Object.entries(modules)) expect(mod.default.id, file).toBe(path.basename(file, '.ts'));
  });

  it('lists the same rules in the same order under plain Node as under Vite', () => {
    const script = "const { RULES } = await import('./src/check/rules/index.ts'); process.stdout.write(JSON.stringify(RULES.map((r) => r.id)));";
    const r = spawnSync(path.join(REPO, 'node_modules/.bin/node'), ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(ids);
  });
});

describe('the rule tests', () => {
  it('are one file tests/check/rules/<rule-id>.test.ts per rule, and none for a rule that does not exist', () => {
    expect([...ruleTests.keys()].sort()).toEqual([...ids].sort());
  });

  it('each call the RuleTester for their own rule with at least one invalid case', () => {
    for (const id of ids) {
      const t = ruleTests.get(id);
      expect(t, `tests/check/rules/${id}.test.ts must export default ruleTester('${id}', …)`).toBeDefined();
      expect(t!.ruleId, `tests/check/rules/${id}.test.ts`).toBe(id);
      expect(t!.invalid.length, `invalid cases of ${id}`).toBeGreaterThan(0);
    }
    expect([...exercisedRuleIds()].sort()).toEqual([...ids].sort());
  });

  it.each(ids)('break the fixture the way %s reports it', (id) => {
    const t = ruleTests.get(id);
    expect(t).toBeDefined();
    let own = 0;
    for (const c of t!.invalid) own += assertInvalid(id, c).length;
    expect(own).toBeGreaterThanOrEqual(t!.invalid.length);
  });
});
