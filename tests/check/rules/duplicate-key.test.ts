/** Rule 3: keys are unique — records in a collection, codes across matters and sub-items, entries in a list. */
import { GUIDE, LIST, MATTER, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const COPY = 'data/guides/140525/copy.yaml';

export default ruleTester('duplicate-key', {
  valid: [
    {
      name: 'accepts a second sub-item with a code of its own',
      records: (r) => {
        const subItems = rec(r, MATTER).subItems;
        subItems.push({ ...structuredClone(subItems[0]), name: '班线延续经营许可', code: '140121001004' });
      },
    },
  ],
  invalid: [
    {
      name: 'reports a second file with the same key',
      records: (r) => (r[COPY] = structuredClone(rec(r, GUIDE))),
      problems: [{ file: COPY, line: 2, col: 7, path: 'code', message: [GUIDE, '重复'] }],
    },
    {
      name: 'reports a sub-item code used twice',
      records: (r) => (rec(r, MATTER).subItems[0].code = '140121001000'),
      problems: [{ file: MATTER, line: 17, col: 11, path: 'subItems[0].code', message: ['子项编码“140121001000”已被', MATTER] }],
    },
    {
      name: 'reports the same matter twice in one list',
      records: (r) => {
        const l = rec(r, LIST);
        l.entries.push(structuredClone(l.entries[0]));
        l.declared = {};
      },
      problems: [{ file: LIST, line: 23, col: 13, path: 'entries[2].matter', message: ['出现了两次', '另见第 1 项'] }],
    },
  ],
});
