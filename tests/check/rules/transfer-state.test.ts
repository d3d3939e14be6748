/** Rule 7: 划转 only what the bureau does not hold, 划回 only what it holds; each direction to or from the bureau. */
import { FILING, FILING_GUIDE_FILE, LIST, rec } from '../../helpers/fixture.ts';
import { type Records, ruleTester } from '../../helpers/rule-tester.ts';

const RETURN_LIST = 'data/transfers/140525/b.yaml';
const AGAIN_LIST = 'data/transfers/140525/c.yaml';

/** A second list that returns the filing matter to the line department on `date`. */
const returnList = (r: Records, date: string) =>
  (r[RETURN_LIST] = {
    id: 'b',
    jurisdiction: '140525',
    title: '划回通知',
    issuer: '泽州县人民政府',
    date,
    entries: [{ matter: FILING, name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }],
  });

export default ruleTester('transfer-state', {
  valid: [
    {
      name: 'accepts returning a matter the bureau holds',
      records: (r) => {
        returnList(r, '2021-06-01');
        delete r[FILING_GUIDE_FILE];
      },
    },
  ],
  invalid: [
    {
      name: 'reports returning a matter the bureau does not hold yet',
      records: (r) => returnList(r, '2020-12-01'), // before the list that moved it in took effect
      problems: [{ file: RETURN_LIST, line: 8, col: 13, path: 'entries[0].matter', message: ['2020-12-01 前并不由审批局实施', '不能划回'] }],
    },
    {
      name: 'reports moving in a matter the bureau already holds',
      records: (r) => (r[AGAIN_LIST] = { ...structuredClone(rec(r, LIST)), id: 'c', date: '2021-03-01', handoverBy: '2021-03-05' }),
      problems: [
        { file: AGAIN_LIST, line: 14, col: 13, path: 'entries[0].matter', message: ['不能再次划转', '2020-12-30 起'] },
        { file: AGAIN_LIST, line: 20, col: 13, path: 'entries[1].matter', message: ['不能再次划转', '2020-12-30 起'] },
      ],
    },
    {
      name: 'reports 划转 that goes to a department other than the bureau',
      records: (r) => (rec(r, LIST).entries[0].to = 'jtysj'),
      problems: [{ file: LIST, line: 19, col: 9, path: 'entries[0].to', message: '应划入审批局“泽州县行政审批服务管理局”（xzspj），现为“jtysj”' }],
    },
  ],
});
