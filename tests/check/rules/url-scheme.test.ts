/** Rule 12: web addresses in the data start with https:// or http://. */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const DEPT = 'data/departments/140525/xzspj.yaml';

export default ruleTester('url-scheme', {
  valid: [
    {
      name: 'accepts https:// and http:// addresses',
      records: (r) => {
        rec(r, GUIDE).onlineUrl = 'https://zwfw.example.gov.cn/item/140121001003';
        rec(r, DEPT).website = 'http://www.example.gov.cn/';
      },
    },
  ],
  invalid: [
    {
      name: 'reports a javascript: online address, at the value',
      records: (r) => (rec(r, GUIDE).onlineUrl = 'javascript:alert(1)'),
      problems: [{ file: GUIDE, line: 50, col: 12, path: 'onlineUrl', message: ['网上办理地址“javascript:alert(1)”以 javascript: 开头', 'https://'] }],
    },
    {
      name: 'reports a data: website, and a scheme disguised by case and a tab',
      records: (r) => {
        rec(r, DEPT).website = 'data:text/html,<script>alert(1)</script>';
        rec(r, GUIDE).onlineUrl = 'Java\tScript:alert(1)';
      },
      problems: [
        { file: DEPT, line: 7, col: 10, path: 'website', message: '以 data: 开头' },
        { file: GUIDE, line: 50, col: 12, path: 'onlineUrl', message: '以 javascript: 开头' },
      ],
    },
  ],
});
