/** Rule 10: no catch-all conditions or materials. */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('catch-all', {
  valid: [
    { name: 'accepts “其他” that names something specific', records: (r) => rec(r, GUIDE).conditions.push('在其他县设立分公司的，有分公司的营业执照') },
  ],
  invalid: [
    {
      name: 'reports “其他条件” in the conditions',
      records: (r) => rec(r, GUIDE).conditions.push('法律法规规定的其他条件'),
      problems: [{ file: GUIDE, line: 11, col: 5, path: 'conditions[1]', message: '受理条件含兜底表述“法律法规规定的其他' }],
    },
    {
      name: 'reports a catch-all material',
      records: (r) => rec(r, GUIDE).materials.push({ name: '其他材料', required: true, form: '原件', source: '申请人自备' }),
      problems: [{ file: GUIDE, line: 24, col: 11, path: 'materials[2].name', message: '申请材料含兜底表述“其他材料”' }],
    },
  ],
});
