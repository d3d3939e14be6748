/** Rule 7: a complete list's declared counts equal its entries. */
import { LIST, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('transfer-counts', {
  valid: [
    {
      name: 'does not check counts of a list marked incomplete',
      records: (r) => Object.assign(rec(r, LIST), { complete: false, declared: { in: { matters: 99 } } }),
    },
  ],
  invalid: [
    {
      name: 'reports declared counts that differ from the entries',
      records: (r) => (rec(r, LIST).declared.in.matters = 14),
      problems: [{ file: LIST, line: 12, col: 14, path: 'declared.in.matters', message: '文件写明划转 14 个事项，清单中却列了 2 个' }],
    },
    {
      name: 'reports a declared department count that differs',
      records: (r) => (rec(r, LIST).declared.in.departments = 3),
      problems: [{ file: LIST, line: 11, col: 18, path: 'declared.in.departments', message: '写明涉及 3 个部门，清单中划转的事项却来自 1 个部门（jtysj）' }],
    },
  ],
});
