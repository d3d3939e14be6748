/** Rule 5: promised limits within statutory ones (after converting units); 即办件 the same day; steps within the promise. */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('time-limit', {
  valid: [
    { name: 'converts units: 25 calendar days are within 20 working days', records: (r) => (rec(r, GUIDE).promisedLimit = { value: 25, unit: '自然日' }) },
    { name: 'accepts a promise equal to the statutory limit', records: (r) => (rec(r, GUIDE).promisedLimit = { value: 20, unit: '工作日' }) },
  ],
  invalid: [
    {
      name: 'reports a promise longer than the statutory limit',
      records: (r) => (rec(r, GUIDE).promisedLimit = { value: 25, unit: '工作日' }),
      problems: [{ file: GUIDE, line: 8, col: 1, path: 'promisedLimit', message: ['承诺时限 25 个工作日', '法定时限 20 个工作日'] }],
    },
    {
      name: 'converts units: 2 months exceed 20 working days',
      records: (r) => (rec(r, GUIDE).promisedLimit = { value: 2, unit: '月' }),
      problems: [{ file: GUIDE, line: 8, col: 1, path: 'promisedLimit', message: '超过了法定时限' }],
    },
    {
      name: 'reports a 即办件 with a multi-day promise',
      records: (r) => (rec(r, GUIDE).handlingType = '即办件'),
      problems: [{ file: GUIDE, line: 8, col: 1, path: 'promisedLimit', message: '即办件应当场或当日办结' }],
    },
    {
      name: 'reports steps that together take longer than the promise',
      records: (r) => (rec(r, GUIDE).steps[1].limit = { value: 10, unit: '工作日' }),
      problems: [{ file: GUIDE, line: 24, col: 1, path: 'steps', message: '各环节时限合计约 12 个工作日' }],
    },
  ],
});
