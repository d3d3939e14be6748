/** Rule 8: what the bureau holds has a guide and a responsibility division; guides name the current holder. */
import { FILING, FILING_GUIDE_FILE, LICENCE, LIST } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const RETURN_LIST = 'data/transfers/140525/b.yaml';

export default ruleTester('held-coverage', {
  valid: [
    {
      name: 'needs no guide for a matter returned to its department',
      records: (r) => {
        r[RETURN_LIST] = {
          id: 'b',
          jurisdiction: '140525',
          title: '划回通知',
          issuer: '泽州县人民政府',
          date: '2021-06-01',
          entries: [{ matter: FILING, name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }],
        };
        delete r[FILING_GUIDE_FILE];
        delete r[`data/responsibilities/140525/${FILING}.yaml`];
      },
    },
  ],
  invalid: [
    {
      name: 'reports a held matter without a guide, at the list entry that moved it',
      records: (r) => delete r[FILING_GUIDE_FILE],
      problems: [{ file: LIST, line: 19, col: 13, path: 'entries[1].matter', message: ['“道路运输企业监控平台备案”（141021002000）在 140525 没有办事指南', 'data/guides/140525/'] }],
    },
    {
      name: 'reports a held matter without a responsibility division',
      records: (r) => delete r[`data/responsibilities/140525/${LICENCE}.yaml`],
      problems: [{ file: LIST, line: 13, col: 13, path: 'entries[0].matter', message: ['没有职责边界', 'data/responsibilities/140525/'] }],
    },
    {
      name: 'reports a guide whose department is not the current holder',
      records: (r) =>
        (r[RETURN_LIST] = {
          id: 'b',
          jurisdiction: '140525',
          title: '划回通知',
          issuer: '泽州县人民政府',
          date: '2021-06-01',
          entries: [{ matter: FILING, name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }],
        }),
      problems: [{ file: FILING_GUIDE_FILE, line: 5, col: 13, path: 'department', message: ['现由泽州县交通运输局实施', '“xzspj”'] }],
    },
  ],
});
