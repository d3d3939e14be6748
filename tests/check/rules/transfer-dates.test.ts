/** Rule 7: a list's handover date is not before its issue date. */
import { LIST, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('transfer-dates', {
  valid: [{ name: 'accepts a handover on the day of issue', records: (r) => (rec(r, LIST).handoverBy = '2020-12-24') }],
  invalid: [
    {
      name: 'reports a handover date before the issue date',
      records: (r) => (rec(r, LIST).handoverBy = '2020-12-20'),
      problems: [{ file: LIST, line: 7, col: 13, path: 'handoverBy', message: '交接日期 2020-12-20 早于成文日期 2020-12-24' }],
    },
  ],
});
