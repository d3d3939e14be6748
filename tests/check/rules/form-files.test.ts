/** Rule 6: every form has a blank and a sample; attached files are sound; structured samples fit their types. */
import { FORM, GUIDE, rec } from '../../helpers/fixture.ts';
import { type ExpectedProblem, type InvalidCase, type Records, type RuleCase, ruleTester } from '../../helpers/rule-tester.ts';

const PDF = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

/** The form as a department's files instead of a structured definition. */
const fileForm = (blank: string, sample?: string) => (r: Records) =>
  (r[FORM] = {
    id: 'line-application',
    title: '道路旅客运输班线经营申请表',
    issuer: '泽州县交通运输局',
    blank: { file: blank },
    ...(sample ? { sample: { file: sample } } : {}),
  });

// In a file form (above) `blank:` is on line 5 and `sample:` on line 7; `file:` values start at column 9.
const atFile = (side: 'blank' | 'sample', message: ExpectedProblem['message']): ExpectedProblem => ({
  file: FORM,
  line: side === 'blank' ? 6 : 8,
  col: 9,
  path: `${side}.file`,
  message,
});

/** A field added to the structured form, after its one field. */
const withField = (field: Record<string, unknown>) => (r: Records) => rec(r, FORM).sections[0].fields.push({ label: '栏目', ...field });

const goodSamples: RuleCase[] = [
  { type: 'date', sample: '2026-03-01' },
  { type: 'idNumber', sample: '11010519491231002X' },
  { type: 'phone', sample: '0356-3021234' },
  { type: 'choice', options: ['班车', '包车'], sample: '包车' },
  { type: 'table', columns: [{ label: '车型' }, { label: '座位' }], sample: [['大型客车', 45]] },
].map((field) => ({ name: `accepts a ${field.type} sample that fits: ${JSON.stringify(field.sample)}`, records: withField(field) }));

const badSamples: InvalidCase[] = (
  [
    // line and column of the sample: after `label` and `type` (and `options` or `columns`, two lines)
    [{ type: 'date', sample: '2026-02-30' }, 14, 17, '不是真实日期'],
    [{ type: 'idNumber', sample: '110105194912310021' }, 14, 17, '校验位错误'],
    [{ type: 'idNumber', sample: '110105194913310021' }, 14, 17, '不是真实日期'],
    [{ type: 'phone', sample: '3021234' }, 14, 17, '不是有效的电话号码'],
    [{ type: 'choice', options: ['班车', '包车'], sample: '旅游' }, 17, 17, '不在选项'],
    [{ type: 'choice', options: ['班车', '包车'], sample: ['班车', '包车'] }, 17, 9, '只能单选'],
    [{ type: 'table', columns: [{ label: '车型' }, { label: '座位' }], sample: [['大型客车']] }, 17, 9, '有 1 个值'],
    [{ type: 'text', required: true, sample: '' }, 15, 17, '为空'],
  ] as const
).map(([field, line, col, message]) => ({
  name: `reports a ${field.type} sample that does not fit: ${JSON.stringify(field.sample)}`,
  records: withField(field),
  problems: [{ file: FORM, line, col, path: 'sections[0].fields[1].sample', message: ['样表中“栏目”的示例', message] }],
}));

export default ruleTester('form-files', {
  valid: [
    {
      name: 'accepts official files that exist and are what they claim',
      records: fileForm('forms/files/blank.pdf', 'forms/files/sample.pdf'),
      files: (f) => Object.assign(f, { 'data/forms/files/blank.pdf': PDF, 'data/forms/files/sample.pdf': PDF }),
    },
    { name: 'accepts a material that is not a form to fill in without formRef', records: (r) => delete rec(r, GUIDE).materials[1].formRef },
    ...goodSamples,
  ],
  invalid: [
    {
      name: 'reports a form without a sample',
      records: fileForm('forms/files/blank.pdf'),
      files: (f) => (f['data/forms/files/blank.pdf'] = PDF),
      problems: [{ file: FORM, line: 2, col: 1, path: 'sample', message: '缺少样表' }],
    },
    {
      name: 'reports a missing file',
      records: fileForm('forms/files/blank.pdf', 'forms/files/nope.pdf'),
      files: (f) => (f['data/forms/files/blank.pdf'] = PDF),
      problems: [atFile('sample', '文件 data/forms/files/nope.pdf 不存在')],
    },
    {
      name: 'reports an empty file',
      records: fileForm('forms/files/blank.pdf', 'forms/files/s.pdf'),
      files: (f) => Object.assign(f, { 'data/forms/files/blank.pdf': PDF, 'data/forms/files/s.pdf': '' }),
      problems: [atFile('sample', '空的')],
    },
    {
      name: 'reports bytes that do not match the extension',
      records: fileForm('forms/files/blank.docx', 'forms/files/s.pdf'),
      files: (f) => Object.assign(f, { 'data/forms/files/blank.docx': PDF, 'data/forms/files/s.pdf': PDF }),
      problems: [atFile('blank', '不是 Word（DOCX）')],
    },
    {
      name: 'reports a file over 10 MB',
      records: fileForm('forms/files/blank.pdf', 'forms/files/s.pdf'),
      files: (f) => Object.assign(f, { 'data/forms/files/blank.pdf': PDF, 'data/forms/files/s.pdf': PDF }),
      sizes: { 'data/forms/files/s.pdf': 11 * 1024 * 1024 },
      problems: [atFile('sample', ['有 11.0 MB', '超过了 10.0 MB'])],
    },
    {
      name: 'reports a path outside data/',
      records: fileForm('../README.md', '/etc/passwd'),
      problems: [atFile('blank', 'data/ 目录之外'), atFile('sample', '绝对路径')],
    },
    {
      name: 'reports a form material without a form',
      records: (r) => delete rec(r, GUIDE).materials[0].formRef,
      problems: [{ file: GUIDE, line: 12, col: 5, path: 'materials[0]', message: ['“道路旅客运输班线经营申请表”是需要填写的表格，却没有 formRef'] }],
    },
    ...badSamples,
  ],
});
