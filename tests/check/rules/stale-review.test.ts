/** A hint: a guide not reviewed for more than a year (or reviewed after today). */
import { GUIDE, TODAY, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('stale-review', {
  valid: [{ name: `accepts a guide reviewed exactly a year before ${TODAY}`, records: (r) => (rec(r, GUIDE).reviewed = '2025-11-23') }],
  invalid: [
    {
      name: 'warns about a guide not reviewed for a year, without failing',
      records: (r) => (rec(r, GUIDE).reviewed = '2024-01-01'),
      problems: [{ file: GUIDE, line: 61, col: 11, path: 'reviewed', message: ['已有 1057 天未审核', '上次 2024-01-01'] }],
    },
    {
      name: 'warns about a review date after today',
      records: (r) => (rec(r, GUIDE).reviewed = '2026-12-01'),
      problems: [{ file: GUIDE, line: 61, col: 11, path: 'reviewed', message: `在今天（${TODAY}）之后` }],
    },
  ],
});
