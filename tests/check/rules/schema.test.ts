/** Rule 1: required elements, types and code lists (the loader applies the zod schemas). */
import { FILING, FORM, GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const NOTICE_FILE = 'src/content/notices/n1.mdx';
const FILING_MATTER = `data/matters/${FILING}.yaml`;

export default ruleTester('schema', {
  valid: [
    { name: 'accepts the implementation-list elements from their code lists', records: (r) => Object.assign(rec(r, GUIDE), { exerciseLevel: '县级', implementerNature: '法定机关' }) },
  ],
  invalid: [
    {
      name: 'reports a missing required element with its documentation',
      records: (r) => delete rec(r, GUIDE).place,
      problems: [{ file: GUIDE, line: 2, col: 1, path: 'place', message: ['缺少必填要素', '办理地点'] }],
    },
    {
      name: 'reports a wrong type at the value',
      records: (r) => (rec(r, GUIDE).visits = '一次'),
      problems: [{ file: GUIDE, line: 45, col: 9, path: 'visits', message: '应为数字' }],
    },
    {
      name: 'locates the problem on the line and column of the value',
      records: (r) => (rec(r, GUIDE).visits = 'x'),
      problems: [{ file: GUIDE, line: 45, col: 'visits: '.length + 1, path: 'visits', message: '应为数字' }],
    },
    {
      name: 'reports a value outside a code list and lists the options',
      records: (r) => (rec(r, GUIDE).handlingType = '即时件'),
      problems: [{ file: GUIDE, line: 7, col: 15, path: 'handlingType', message: '即办件、承诺件' }],
    },
    {
      name: 'checks the implementation-list elements against their code lists',
      records: (r) => Object.assign(rec(r, GUIDE), { exerciseLevel: '区级', implementerNature: '法定机关' }),
      problems: [{ file: GUIDE, line: 7, col: 16, path: 'exerciseLevel', message: '县级' }],
    },
    {
      name: 'names the field in Chinese and guesses a near miss',
      records: (r) => (rec(r, GUIDE).handlingType = '承诺'),
      problems: [{ file: GUIDE, line: 7, col: 15, path: 'handlingType', message: ['办件类型（handlingType）', '是不是“承诺件”'] }],
    },
    {
      name: 'reports a missing code-list element as missing, with its options',
      records: (r) => delete rec(r, GUIDE).materials[1].form,
      problems: [{ file: GUIDE, line: 18, col: 5, path: 'materials[1].form', message: /^缺少必填要素 材料形式（form），请补上。可选值：原件、/ }],
    },
    {
      name: 'suggests the label for a spelling used in published notices (其他权力)',
      records: (r) => (rec(r, FILING_MATTER).type = '其他权力'),
      problems: [{ file: FILING_MATTER, line: 7, col: 7, path: 'type', message: '应写作“其他行政权力”' }],
    },
    {
      name: 'reports an unknown (misspelt) element by its own key, not its parent',
      records: (r) => (rec(r, GUIDE).palce = '政务服务中心'),
      problems: [{ file: GUIDE, line: 53, col: 8, path: 'palce', message: ['不认识的要素', 'place'] }],
    },
    {
      name: 'reports an empty file',
      files: (f) => (f['data/forms/empty.yaml'] = ''),
      problems: [{ file: 'data/forms/empty.yaml', line: 1, col: 1, path: '', message: '文件是空的' }],
    },
    {
      name: 'checks notice front matter',
      files: (f) => (f[NOTICE_FILE] = (f[NOTICE_FILE] as string).replace('date: 2020-12-24', 'date: 2020年12月24日')),
      problems: [{ file: NOTICE_FILE, line: 4, col: 7, path: 'date', message: 'YYYY-MM-DD' }],
    },
    {
      name: 'reports a notice without front matter',
      files: (f) => (f['src/content/notices/n2.mdx'] = '要点。\n'),
      problems: [{ file: 'src/content/notices/n2.mdx', line: 1, col: 1, path: '', message: '缺少以 --- 包围的元数据' }],
    },
    {
      name: 'reports a wrong type in a form',
      records: (r) => (rec(r, FORM).issuer = 42),
      problems: [{ file: FORM, line: 4, col: 9, path: 'issuer', message: ['应为文字', '现为'] }],
    },
  ],
});
