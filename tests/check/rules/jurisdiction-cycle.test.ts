/** Rule 3: following `parent` upwards always reaches the top; a cycle is reported at each member. */
import { rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const CITY = 'data/jurisdictions/140500.yaml';
const COUNTY = 'data/jurisdictions/140525.yaml';

export default ruleTester('jurisdiction-cycle', {
  valid: [
    {
      name: 'accepts a county under a city under a province',
      records: (r) => (rec(r, COUNTY).parent = '140500'),
    },
  ],
  invalid: [
    {
      name: 'reports a city and a county that are each other’s parent, at both parent fields',
      records: (r) => (rec(r, CITY).parent = '140525'),
      problems: [
        { file: CITY, line: 5, col: 9, path: 'parent', message: '上级区划形成了循环（140500 → 140525 → 140500）' },
        { file: COUNTY, line: 5, col: 9, path: 'parent', message: '上级区划形成了循环' },
      ],
    },
    {
      name: 'reports a jurisdiction that is its own parent',
      records: (r) => (rec(r, CITY).parent = '140500'),
      problems: [{ file: CITY, line: 5, col: 9, path: 'parent', message: '140500 → 140500' }],
    },
  ],
});
