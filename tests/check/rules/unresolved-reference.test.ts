/** Rule 3: every reference resolves to a jurisdiction, department, matter or sub-item, form or notice. */
import { FILING, GUIDE, LIST, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const FILING_RESP = `data/responsibilities/140525/${FILING}.yaml`;
const COUNTY = 'data/jurisdictions/140525.yaml';

export default ruleTester('unresolved-reference', {
  valid: [
    { name: 'accepts a result sample that names an existing form', records: (r) => (rec(r, GUIDE).result.sample = 'line-application') },
  ],
  invalid: [
    {
      name: 'reports an unknown department and names the existing ones',
      records: (r) => (rec(r, FILING_RESP).supervision[0].department = 'jtj'),
      problems: [{ file: FILING_RESP, line: 11, col: 17, path: 'supervision[0].department', message: ['找不到区划 140525 的部门“jtj”', 'jtysj'] }],
    },
    {
      name: 'reports a form that does not exist',
      records: (r) => (rec(r, GUIDE).materials[0].formRef = 'no-such-form'),
      problems: [{ file: GUIDE, line: 17, col: 14, path: 'materials[0].formRef', message: '找不到表格“no-such-form”' }],
    },
    {
      name: 'reports an unknown notice and jurisdiction',
      records: (r) => {
        rec(r, GUIDE).notices = ['no-such-notice'];
        rec(r, COUNTY).parent = '149999';
      },
      problems: [
        { file: GUIDE, line: 60, col: 5, path: 'notices[0]', message: '找不到政策文件“no-such-notice”' },
        { file: COUNTY, line: 5, col: 9, path: 'parent', message: '找不到区划“149999”' },
      ],
    },
    {
      name: 'reports an unknown matter',
      records: (r) => (rec(r, LIST).entries[0].matter = '140121001009'),
      problems: [{ file: LIST, line: 14, col: 13, path: 'entries[0].matter', message: '找不到基本目录事项或子项“140121001009”' }],
    },
  ],
});
