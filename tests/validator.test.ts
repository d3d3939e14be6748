/** Each rule of the validator, broken by data that a staff member could plausibly write. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { RULES, ruleById } from '../src/check/rules/index.ts';
import {
  FILING,
  FILING_GUIDE_FILE,
  FORM,
  GUIDE,
  LICENCE,
  LIST,
  MATTER,
  baseRecords,
  problemsOf,
  rec,
  run,
  toFiles,
} from './helpers/fixture.ts';
import { memorySource } from './helpers/memory-source.ts';
import { validateSource } from '../src/check/validate.ts';

/** Runs the fixture after `mutate`, and returns the one problem of `rule` (asserting there is exactly one). */
function only(rule: string, mutate: (r: ReturnType<typeof baseRecords>) => void) {
  const records = baseRecords();
  mutate(records);
  const result = run(records);
  const found = problemsOf(result, rule);
  expect(found, JSON.stringify(result.problems, null, 1)).toHaveLength(1);
  expect(result.ok).toBe(ruleById(rule).severity === 'warning');
  return found[0]!;
}

describe('the valid fixture', () => {
  it('has no problem at all', () => {
    const result = run();
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files).toBe(13); // 12 records and 1 notice
  });
});

describe('rule 1: schema', () => {
  it('reports a missing required element with its documentation', () => {
    const p = only('schema', (r) => delete rec(r, GUIDE).place);
    expect(p).toMatchObject({ file: GUIDE, path: 'place' });
    expect(p.message).toContain('缺少必填要素');
    expect(p.message).toContain('办理地点');
  });
  it('reports a wrong type at the value', () => {
    const p = only('schema', (r) => (rec(r, GUIDE).visits = '一次'));
    expect(p.path).toBe('visits');
    expect(p.message).toContain('应为数字');
  });
  it('reports a value outside a code list and lists the options', () => {
    const p = only('schema', (r) => (rec(r, GUIDE).handlingType = '即时件'));
    expect(p.path).toBe('handlingType');
    expect(p.message).toContain('即办件、承诺件');
  });
  it('checks the implementation-list elements against their code lists', () => {
    const p = only('schema', (r) => Object.assign(rec(r, GUIDE), { exerciseLevel: '区级', implementerNature: '法定机关' }));
    expect(p.path).toBe('exerciseLevel');
    expect(p.message).toContain('县级');
  });
  it('names the field in Chinese and guesses a near miss', () => {
    const p = only('schema', (r) => (rec(r, GUIDE).handlingType = '承诺'));
    expect(p.message).toContain('办件类型（handlingType）');
    expect(p.message).toContain('是不是“承诺件”');
  });
  it('reports a missing code-list element as missing, with its options', () => {
    const p = only('schema', (r) => delete rec(r, GUIDE).materials[1].form);
    expect(p.path).toBe('materials[1].form');
    expect(p.message).toMatch(/^缺少必填要素 材料形式（form），请补上。可选值：原件、/);
  });
  it('suggests the label for a spelling used in published notices (其他权力)', () => {
    const records = baseRecords();
    rec(records, `data/matters/${FILING}.yaml`).type = '其他权力';
    const p = problemsOf(run(records), 'schema');
    expect(p.map((x) => x.path)).toContain('type');
    expect(p.find((x) => x.path === 'type')!.message).toContain('应写作“其他行政权力”');
  });
  it('reports an unknown (misspelt) element at the key itself', () => {
    const p = only('schema', (r) => (rec(r, GUIDE).palce = '政务服务中心'));
    expect(p.path).toBe('palce');
    expect(p.message).toContain('不认识的要素');
    expect(p.message).toContain('place');
  });
  it('locates the problem on the right line and column', () => {
    const records = baseRecords();
    rec(records, GUIDE).visits = 'x';
    const text = stringify(records[GUIDE]);
    const line = text.split('\n').findIndex((l) => l.startsWith('visits:')) + 1;
    const p = problemsOf(run(records), 'schema')[0]!;
    expect(p.line).toBe(line);
    expect(p.col).toBe('visits: '.length + 1);
  });
  it('reports an empty file', () => {
    const result = validateSource(memorySource({ ...toFiles(baseRecords()), 'data/forms/empty.yaml': '' }), { today: '2026-11-23' });
    expect(problemsOf(result, 'schema')[0]).toMatchObject({ file: 'data/forms/empty.yaml', line: 1 });
  });
  it('checks notice front matter', () => {
    const files = toFiles(baseRecords());
    files['src/content/notices/n1.mdx'] = (files['src/content/notices/n1.mdx'] as string).replace('date: 2020-12-24', 'date: 2020年12月24日');
    const p = problemsOf(validateSource(memorySource(files)), 'schema');
    expect(p[0]).toMatchObject({ file: 'src/content/notices/n1.mdx', path: 'date', line: 4 });
    expect(p[0]!.message).toContain('YYYY-MM-DD');
  });
});

describe('rule 2: code formats', () => {
  it('rejects full-width digits in a basic code and says which to use', () => {
    const p = only('code-format', (r) => (rec(r, `data/matters/${FILING}.yaml`).code = '１４1021002000'));
    expect(p.path).toBe('code');
    expect(p.message).toContain('全角');
    expect(p.message).toContain('“14”');
  });
  it('rejects stray spaces in a code', () => {
    const p = only('code-format', (r) => (rec(r, 'data/departments/140525/jtysj.yaml').creditCode = '11140525 012240031W'));
    expect(p.message).toContain('空格');
  });
  it('rejects a basic code of the wrong length', () => {
    const records = baseRecords();
    rec(records, `data/matters/${FILING}.yaml`).code = '14102100200';
    expect(problemsOf(run(records), 'code-format').map((p) => p.message).join()).toContain('12 位数字');
  });
  it('verifies the GB 32100 check character of credit codes', () => {
    const p = only('code-format', (r) => (rec(r, 'data/departments/140525/jtysj.yaml').creditCode = '11140525012240031X'));
    expect(p.path).toBe('creditCode');
    expect(p.message).toContain('第 18 位应为“W”');
  });
  it('requires the implementation code to start with the department credit code', () => {
    const p = only('code-format', (r) => (rec(r, GUIDE).code = `11140525012240031W4${LICENCE}`));
    expect(p).toMatchObject({ file: GUIDE, path: 'code' });
    expect(p.message).toContain('统一社会信用代码');
  });
  it('requires the level character of the jurisdiction (4 for a county)', () => {
    const p = only('code-format', (r) => (rec(r, GUIDE).code = `11140525MB195120393${LICENCE}`));
    expect(p.message).toContain('应为“4”');
  });
  it('requires the implementation code to end with the basic code of the matter', () => {
    const records = baseRecords();
    rec(records, GUIDE).code = `11140525MB195120394${FILING}`;
    const p = problemsOf(run(records), 'code-format');
    expect(p.some((x) => x.message.includes('应等于所实施事项的基本编码'))).toBe(true);
  });
  it('asks for 〔〕 in a document number written with []', () => {
    const p = only('code-format', (r) => (rec(r, LIST).docNumber = '泽政发[2020]5号'));
    expect(p.path).toBe('docNumber');
    expect(p.message).toContain('泽政发〔2020〕5号');
  });
  it('keeps leading zeros of an unquoted code', () => {
    const files = toFiles(baseRecords());
    files[`data/matters/${FILING}.yaml`] = (files[`data/matters/${FILING}.yaml`] as string).replace(/code: "?141021002000"?/, 'code: 141021002000');
    const result = validateSource(memorySource(files), { today: '2026-11-23' });
    expect(result.problems).toEqual([]);
    expect(result.index.matters.get(FILING)?.matter.data.code).toBe(FILING);
  });
});

describe('rule 3: keys and references', () => {
  it('reports a second file with the same key', () => {
    const p = only('duplicate-key', (r) => (r['data/guides/140525/copy.yaml'] = structuredClone(r[GUIDE]!)));
    expect(p.file).toBe('data/guides/140525/copy.yaml');
    expect(p.message).toContain(GUIDE);
  });
  it('reports a sub-item code used twice', () => {
    const p = only('duplicate-key', (r) => ((rec(r, MATTER).subItems as { code: string }[])[0]!.code = '140121001000'));
    expect(p.path).toBe('subItems[0].code');
  });
  it('reports the same matter twice in one list', () => {
    const p = only('duplicate-key', (r) => {
      const l = rec(r, LIST);
      l.entries.push(structuredClone(l.entries[0]));
      l.declared = {};
    });
    expect(p.path).toBe('entries[2].matter');
  });
  it('reports an unknown department and names the existing ones', () => {
    const p = only('unresolved-reference', (r) => (rec(r, `data/responsibilities/140525/${FILING}.yaml`).supervision[0].department = 'jtj'));
    expect(p.path).toBe('supervision[0].department');
    expect(p.message).toContain('jtysj');
  });
  it('reports a form that does not exist', () => {
    const p = only('unresolved-reference', (r) => (rec(r, GUIDE).materials[0].formRef = 'no-such-form'));
    expect(p.path).toBe('materials[0].formRef');
  });
  it('reports an unknown matter, notice and jurisdiction', () => {
    const records = baseRecords();
    rec(records, GUIDE).notices = ['no-such-notice'];
    rec(records, 'data/jurisdictions/140525.yaml').parent = '149999';
    const p = problemsOf(run(records), 'unresolved-reference').map((x) => x.path);
    expect(p).toEqual(expect.arrayContaining(['notices[0]', 'parent']));
  });
});

describe('rule 4: 四级十同', () => {
  it('reports a guide name that differs from the basic catalogue', () => {
    const p = only('ten-elements', (r) => (rec(r, GUIDE).name = '新增班线许可'));
    expect(p.path).toBe('name');
    expect(p.message).toContain('新增客运班线经营许可');
  });
  it('reports a restated statutory limit that differs', () => {
    const p = only('ten-elements', (r) => (rec(r, GUIDE).statutoryLimit = { value: 30, unit: '工作日' }));
    expect(p.message).toContain('30 个工作日');
  });
  it('accepts restated elements that agree', () => {
    const records = baseRecords();
    Object.assign(rec(records, GUIDE), { type: '行政许可', serviceObjects: ['企业法人'], quantityLimit: false });
    expect(run(records).problems).toEqual([]);
  });
  it('reports a list entry whose power type differs from the matter type', () => {
    const p = only('ten-elements', (r) => (rec(r, LIST).entries[1].powerType = '行政许可'));
    expect(p.path).toBe('entries[1].powerType');
  });
});

describe('rule 5: time limits', () => {
  it('reports a promise longer than the statutory limit', () => {
    const p = only('time-limit', (r) => {
      rec(r, GUIDE).promisedLimit = { value: 25, unit: '工作日' };
    });
    expect(p.path).toBe('promisedLimit');
    expect(p.message).toContain('法定时限 20 个工作日');
  });
  it('converts units: 2 months exceed 20 working days', () => {
    only('time-limit', (r) => (rec(r, GUIDE).promisedLimit = { value: 2, unit: '月' }));
  });
  it('converts units: 25 calendar days are within 20 working days', () => {
    const records = baseRecords();
    rec(records, GUIDE).promisedLimit = { value: 25, unit: '自然日' };
    expect(problemsOf(run(records), 'time-limit')).toEqual([]);
  });
  it('reports a 即办件 with a multi-day promise', () => {
    const p = only('time-limit', (r) => (rec(r, GUIDE).handlingType = '即办件'));
    expect(p.message).toContain('即办件');
  });
  it('reports steps that together take longer than the promise', () => {
    const p = only('time-limit', (r) => (rec(r, GUIDE).steps[1].limit = { value: 10, unit: '工作日' }));
    expect(p.path).toBe('steps');
  });
});

describe('rule 6: forms and files', () => {
  const PDF = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
  const fileForm = (blank: string, sample?: string) => ({
    id: 'line-application',
    title: '道路旅客运输班线经营申请表',
    issuer: '泽州县交通运输局',
    blank: { file: blank },
    ...(sample ? { sample: { file: sample } } : {}),
  });
  const withForm = (form: object, extra: Record<string, string | Uint8Array>, sizes: Record<string, number> = {}) => {
    const records = baseRecords();
    records[FORM] = form as Record<string, unknown>;
    return run(records, extra, sizes);
  };
  it('accepts official files that exist and are what they claim', () => {
    const result = withForm(fileForm('forms/files/blank.pdf', 'forms/files/sample.pdf'), { 'data/forms/files/blank.pdf': PDF, 'data/forms/files/sample.pdf': PDF });
    expect(result.problems).toEqual([]);
  });
  it('reports a form without a sample', () => {
    const p = problemsOf(withForm(fileForm('forms/files/blank.pdf'), { 'data/forms/files/blank.pdf': PDF }), 'form-files');
    expect(p).toHaveLength(1);
    expect(p[0]!.path).toBe('sample');
    expect(p[0]!.message).toContain('缺少样表');
  });
  it('reports a missing file', () => {
    const p = problemsOf(withForm(fileForm('forms/files/blank.pdf', 'forms/files/nope.pdf'), { 'data/forms/files/blank.pdf': PDF }), 'form-files');
    expect(p.map((x) => [x.path, x.message.includes('不存在')])).toEqual([['sample.file', true]]);
  });
  it('reports an empty file', () => {
    const p = problemsOf(withForm(fileForm('forms/files/blank.pdf', 'forms/files/s.pdf'), { 'data/forms/files/blank.pdf': PDF, 'data/forms/files/s.pdf': '' }), 'form-files');
    expect(p[0]!.message).toContain('空的');
  });
  it('reports bytes that do not match the extension', () => {
    const p = problemsOf(withForm(fileForm('forms/files/blank.docx', 'forms/files/s.pdf'), { 'data/forms/files/blank.docx': PDF, 'data/forms/files/s.pdf': PDF }), 'form-files');
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toContain('不是 Word（DOCX）');
  });
  it('reports a file over 10 MB', () => {
    const p = problemsOf(
      withForm(fileForm('forms/files/blank.pdf', 'forms/files/s.pdf'), { 'data/forms/files/blank.pdf': PDF, 'data/forms/files/s.pdf': PDF }, { 'data/forms/files/s.pdf': 11 * 1024 * 1024 }),
      'form-files',
    );
    expect(p[0]!.message).toContain('超过了 10.0 MB');
  });
  it('reports a path outside data/', () => {
    const p = problemsOf(withForm(fileForm('../README.md', '/etc/passwd'), {}), 'form-files');
    expect(p.map((x) => x.path)).toEqual(['blank.file', 'sample.file']);
    expect(p[0]!.message).toContain('data/ 目录之外');
    expect(p[1]!.message).toContain('绝对路径');
  });
  it('reports a form material without a form', () => {
    const p = only('form-files', (r) => delete rec(r, GUIDE).materials[0].formRef);
    expect(p.path).toBe('materials[0]');
  });
});

describe('rule 7: transfer lists', () => {
  const returnList = (r: ReturnType<typeof baseRecords>, date: string, matter = FILING) =>
    (r['data/transfers/140525/b.yaml'] = {
      id: 'b',
      jurisdiction: '140525',
      title: '划回通知',
      issuer: '泽州县人民政府',
      date,
      entries: [{ matter, name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }],
    });
  it('accepts returning a matter the bureau holds', () => {
    const records = baseRecords();
    returnList(records, '2021-06-01');
    delete records[FILING_GUIDE_FILE];
    const result = run(records);
    expect(result.problems).toEqual([]);
  });
  it('reports returning a matter the bureau does not hold yet', () => {
    const records = baseRecords();
    returnList(records, '2020-12-01'); // before the list that moved it in took effect
    const p = problemsOf(run(records), 'transfer-state');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'data/transfers/140525/b.yaml', path: 'entries[0].matter' });
    expect(p[0]!.message).toContain('不能划回');
  });
  it('reports moving in a matter the bureau already holds', () => {
    const records = baseRecords();
    records['data/transfers/140525/c.yaml'] = { ...structuredClone(rec(records, LIST)), id: 'c', date: '2021-03-01', handoverBy: '2021-03-05' };
    const p = problemsOf(run(records), 'transfer-state');
    expect(p.map((x) => [x.file, x.path])).toEqual([
      ['data/transfers/140525/c.yaml', 'entries[0].matter'],
      ['data/transfers/140525/c.yaml', 'entries[1].matter'],
    ]);
    expect(p[0]!.message).toContain('不能再次划转');
    expect(p[0]!.message).toContain('2020-12-30 起');
  });
  it('reports 划转 that goes to a department other than the bureau', () => {
    const p = only('transfer-state', (r) => (rec(r, LIST).entries[0].to = 'jtysj'));
    expect(p.path).toBe('entries[0].to');
  });
  it('reports declared counts that differ from the entries', () => {
    const p = only('transfer-counts', (r) => (rec(r, LIST).declared.in.matters = 14));
    expect(p.path).toBe('declared.in.matters');
    expect(p.message).toContain('14');
  });
  it('reports a declared department count that differs', () => {
    const p = only('transfer-counts', (r) => (rec(r, LIST).declared.in.departments = 3));
    expect(p.path).toBe('declared.in.departments');
  });
  it('does not check counts of a list marked incomplete', () => {
    const records = baseRecords();
    Object.assign(rec(records, LIST), { complete: false, declared: { in: { matters: 99 } } });
    expect(problemsOf(run(records), 'transfer-counts')).toEqual([]);
  });
  it('reports a handover date before the issue date', () => {
    const p = only('transfer-dates', (r) => (rec(r, LIST).handoverBy = '2020-12-20'));
    expect(p.path).toBe('handoverBy');
  });
});

describe('rule 8: coverage of held matters', () => {
  it('reports a held matter without a guide, at the list entry that moved it', () => {
    const p = only('held-coverage', (r) => delete r[FILING_GUIDE_FILE]);
    expect(p).toMatchObject({ file: LIST, path: 'entries[1].matter' });
    expect(p.message).toContain('没有办事指南');
  });
  it('reports a held matter without a responsibility division', () => {
    const p = only('held-coverage', (r) => delete r[`data/responsibilities/140525/${LICENCE}.yaml`]);
    expect(p.message).toContain('职责边界');
  });
  it('reports a guide whose department is not the current holder', () => {
    const records = baseRecords();
    records['data/transfers/140525/b.yaml'] = {
      id: 'b',
      jurisdiction: '140525',
      title: '划回通知',
      issuer: '泽州县人民政府',
      date: '2021-06-01',
      entries: [{ matter: FILING, name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }],
    };
    const p = problemsOf(run(records), 'held-coverage');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: FILING_GUIDE_FILE, path: 'department' });
    expect(p[0]!.message).toContain('泽州县交通运输局');
  });
});

describe('rule 9: pre-review', () => {
  it('reports a retained pre-review without a legal basis', () => {
    const p = only('prereview-basis', (r) => (rec(r, `data/responsibilities/140525/${LICENCE}.yaml`).preReview = { status: '保留' }));
    expect(p.path).toBe('preReview.basis');
  });
  it('accepts a retained pre-review that cites its law', () => {
    const records = baseRecords();
    rec(records, `data/responsibilities/140525/${LICENCE}.yaml`).preReview = { status: '保留', basis: [{ law: '中华人民共和国渔业船舶检验条例', articles: '第八条' }] };
    expect(run(records).problems).toEqual([]);
  });
});

describe('rule 10: catch-all conditions', () => {
  it('reports “其他条件” in the conditions', () => {
    const p = only('catch-all', (r) => rec(r, GUIDE).conditions.push('法律法规规定的其他条件'));
    expect(p.path).toBe('conditions[1]');
  });
  it('reports a catch-all material', () => {
    const p = only('catch-all', (r) => rec(r, GUIDE).materials.push({ name: '其他材料', required: true, form: '原件', source: '申请人自备' }));
    expect(p.path).toBe('materials[2].name');
  });
});

describe('file-level problems', () => {
  it('reports YAML syntax errors with their line, and goes on with the other files', () => {
    const files = toFiles(baseRecords());
    files[GUIDE] = 'code: x\n  name: bad indent\n';
    files['data/forms/dup.yaml'] = 'id: a\nid: b\n';
    const result = validateSource(memorySource(files), { today: '2026-11-23' });
    const syntax = problemsOf(result, 'yaml-syntax');
    expect([...new Set(syntax.map((p) => p.file))].sort()).toEqual(['data/forms/dup.yaml', GUIDE]);
    expect(syntax.find((p) => p.file === 'data/forms/dup.yaml')).toMatchObject({ line: 2 });
    expect(syntax.find((p) => p.file === 'data/forms/dup.yaml')!.message).toContain('重复');
    // the missing guide is still noticed: the run went on
    expect(problemsOf(result, 'held-coverage')).toHaveLength(1);
  });
  it('reports a YAML file outside the collection folders', () => {
    const files = toFiles(baseRecords());
    files['data/guide.yaml'] = 'name: x\n';
    const p = problemsOf(validateSource(memorySource(files)), 'file-location');
    expect(p).toEqual([expect.objectContaining({ file: 'data/guide.yaml', line: 1 })]);
  });
  it('reports a record in the folder of another jurisdiction', () => {
    const records = baseRecords();
    records['data/departments/140500/jtysj.yaml'] = records['data/departments/140525/jtysj.yaml']!;
    delete records['data/departments/140525/jtysj.yaml'];
    const p = problemsOf(run(records), 'file-location');
    expect(p).toEqual([expect.objectContaining({ path: 'jurisdiction' })]);
  });
  it('never throws on binary garbage', () => {
    const files = toFiles(baseRecords());
    files['data/forms/garbage.yaml'] = new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x3a, 0x0a, 0x2d]);
    expect(() => validateSource(memorySource(files))).not.toThrow();
  });
});

describe('warnings', () => {
  it('warns about a guide not reviewed for a year, without failing', () => {
    const p = only('stale-review', (r) => (rec(r, GUIDE).reviewed = '2024-01-01'));
    expect(p.severity).toBe('warning');
  });
});

describe('the rule registry', () => {
  it('has a test above for every rule id', async () => {
    const fs = await import('node:fs');
    const me = fs.readFileSync(new URL(import.meta.url), 'utf8');
    for (const { id } of RULES) expect(me, id).toMatch(new RegExp(`'${id}'`));
  });
});

describe('rule 6: structured form samples', () => {
  const withField = (field: Record<string, unknown>) => {
    const records = baseRecords();
    rec(records, FORM).sections[0].fields.push({ label: '栏目', ...field });
    return problemsOf(run(records), 'form-files');
  };
  it('accepts samples that fit their types', () => {
    expect(
      [
        withField({ type: 'date', sample: '2026-03-01' }),
        withField({ type: 'idNumber', sample: '11010519491231002X' }),
        withField({ type: 'phone', sample: '0356-3021234' }),
        withField({ type: 'choice', options: ['班车', '包车'], sample: '包车' }),
        withField({ type: 'table', columns: [{ label: '车型' }, { label: '座位' }], sample: [['大型客车', 45]] }),
      ].flat(),
    ).toEqual([]);
  });
  it.each([
    [{ type: 'date', sample: '2026-02-30' }, '不是真实日期'],
    [{ type: 'idNumber', sample: '110105194912310021' }, '校验位错误'],
    [{ type: 'idNumber', sample: '110105194913310021' }, '不是真实日期'],
    [{ type: 'phone', sample: '3021234' }, '不是有效的电话号码'],
    [{ type: 'choice', options: ['班车', '包车'], sample: '旅游' }, '不在选项'],
    [{ type: 'choice', options: ['班车', '包车'], sample: ['班车', '包车'] }, '只能单选'],
    [{ type: 'table', columns: [{ label: '车型' }, { label: '座位' }], sample: [['大型客车']] }, '有 1 个值'],
    [{ type: 'text', required: true, sample: '' }, '为空'],
  ])('reports %o', (field, message) => {
    const p = withField(field);
    expect(p).toHaveLength(1);
    expect(p[0]!.path).toBe('sections[0].fields[1].sample');
    expect(p[0]!.message).toContain(message);
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
