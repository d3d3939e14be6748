/** Rule 14.4: a licence or approval document has a sample. */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('result-sample', {
  valid: [
    { name: 'accepts a result of type 其他 without a sample', records: (r) => Object.assign(rec(r, GUIDE).result, { type: '其他', sample: undefined }) },
    { name: 'accepts a sample said to be unpublished, with where to see one', records: (r) => (rec(r, GUIDE).result.sample = { unpublished: true, ask: '到窗口查看证件式样' }) },
  ],
  invalid: [
    {
      name: 'reports a licence without a sample',
      records: (r) => delete rec(r, GUIDE).result.sample,
      problems: [{ file: GUIDE, line: 44, col: 9, path: 'result.type', message: ['审批结果“道路运输经营许可证”是证照，却没有结果样本', 'result.sample'] }],
    },
    {
      name: 'reports an approval document without a sample',
      records: (r) => {
        const g = rec(r, 'data/guides/140525/141021002000.yaml');
        delete g.result.sample;
        g.result.type = '批文';
      },
      problems: [{ file: 'data/guides/140525/141021002000.yaml', line: 44, col: 9, path: 'result.type', message: '是批文，却没有结果样本' }],
    },
  ],
});
