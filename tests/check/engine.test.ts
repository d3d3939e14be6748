/**
 * The validator as a whole (src/check/validate.ts): what holds for every rule. Each rule's own
 * cases are in tests/check/rules/<rule-id>.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/check/rule.ts';
import { ruleById } from '../../src/check/rules/index.ts';
import { validateSource } from '../../src/check/validate.ts';
import { FILING, FILING_GUIDE_FILE, FORM, GUIDE, TODAY, baseRecords, rec, run, toFiles } from '../helpers/fixture.ts';
import { memorySource } from '../helpers/memory-source.ts';

describe('the valid fixture', () => {
  it('has no problem at all', () => {
    const result = run();
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files).toBe(13); // 12 records and 1 notice
  });
});

describe('the problems of a run', () => {
  it('are sorted by file, line and column, whichever rule found them', () => {
    const records = baseRecords();
    rec(records, `data/matters/${FILING}.yaml`).code = '１４1021002000';
    rec(records, GUIDE).conditions.push('法律法规规定的其他条件');
    rec(records, GUIDE).promisedLimit = { value: 25, unit: '工作日' };
    const found = run(records).problems.map((p) => [p.file, p.line, p.col, p.rule]);
    expect(found).toEqual([
      [GUIDE, 8, 1, 'time-limit'],
      [GUIDE, 11, 5, 'catch-all'],
      [FILING_GUIDE_FILE, 4, 9, 'unresolved-reference'],
      [`data/matters/${FILING}.yaml`, 3, 7, 'code-format'],
      [`data/responsibilities/140525/${FILING}.yaml`, 3, 9, 'unresolved-reference'],
      ['data/transfers/140525/a.yaml', 20, 13, 'unresolved-reference'],
    ]);
  });

  it('are reported once even when a rule finds the same problem twice', () => {
    const twice = defineRule({
      id: 'twice',
      n: 0,
      title: '重复报告',
      severity: 'error',
      check(ctx) {
        const guide = ctx.catalogue.guides[0]!;
        ctx.report(guide, ['name'], '同一个问题');
        ctx.report(guide, ['name'], '同一个问题');
        ctx.report(guide, ['name'], '另一个问题');
      },
    });
    const result = validateSource(memorySource(toFiles(baseRecords())), { today: TODAY, rules: [twice] });
    expect(result.problems.map((p) => [p.file, p.line, p.col, p.rule, p.path, p.message, p.severity])).toEqual([
      [GUIDE, 5, 7, 'twice', 'name', '另一个问题', 'error'],
      [GUIDE, 5, 7, 'twice', 'name', '同一个问题', 'error'],
    ]);
    expect(result.ok).toBe(false);
  });

  it('come only from the rules asked for, besides what the loader finds', () => {
    const records = baseRecords();
    rec(records, GUIDE).promisedLimit = { value: 25, unit: '工作日' };
    rec(records, GUIDE).conditions.push('法律法规规定的其他条件');
    rec(records, FORM).issuer = 42;
    const result = validateSource(memorySource(toFiles(records)), { today: TODAY, rules: [ruleById('time-limit')] });
    expect(result.problems.map((p) => p.rule)).toEqual(['schema', 'time-limit']);
  });
});

describe('warnings', () => {
  it('are reported but do not fail the run', () => {
    const records = baseRecords();
    rec(records, GUIDE).reviewed = '2024-01-01';
    const result = run(records);
    expect(result.problems.map((p) => [p.rule, p.severity])).toEqual([['stale-review', 'warning']]);
    expect(result.ok).toBe(true);
  });
});

describe('a record that fails its schema', () => {
  it('is not reported again as missing by the rules that look it up', () => {
    const records = baseRecords();
    rec(records, FILING_GUIDE_FILE).handlingType = '承诺';
    rec(records, FORM).issuer = 42;
    const result = run(records);
    expect(result.problems.map((p) => [p.file, p.rule, p.path])).toEqual([
      [FORM, 'schema', 'issuer'],
      [FILING_GUIDE_FILE, 'schema', 'handlingType'],
    ]);
  });
});

describe('broken files', () => {
  it('never make the run throw, not even binary garbage', () => {
    const files = toFiles(baseRecords());
    files['data/forms/garbage.yaml'] = new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x3a, 0x0a, 0x2d]);
    expect(() => validateSource(memorySource(files), { today: TODAY })).not.toThrow();
  });

  it('do not stop the run: the other files are still checked', () => {
    const files = toFiles(baseRecords());
    files[GUIDE] = 'code: x\n  name: bad indent\n';
    files['data/forms/dup.yaml'] = 'id: a\nid: b\n';
    const result = validateSource(memorySource(files), { today: TODAY });
    expect([...new Set(result.problems.map((p) => `${p.file} ${p.rule}`))]).toEqual([
      'data/forms/dup.yaml yaml-syntax',
      `${GUIDE} yaml-syntax`,
      'data/transfers/140525/a.yaml held-coverage', // the broken guide's matter has no guide
    ]);
  });
});
