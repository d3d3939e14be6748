/** Rule 4 (四级十同): guides and list entries agree with the basic catalogue. */
import { GUIDE, LIST, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('ten-elements', {
  valid: [
    {
      name: 'accepts restated elements that agree',
      records: (r) => Object.assign(rec(r, GUIDE), { type: '行政许可', serviceObjects: ['企业法人'], quantityLimit: false }),
    },
  ],
  invalid: [
    {
      name: 'reports a guide name that differs from the basic catalogue',
      records: (r) => (rec(r, GUIDE).name = '新增班线许可'),
      problems: [{ file: GUIDE, line: 5, col: 7, path: 'name', message: ['“新增班线许可”', '“新增客运班线经营许可”不一致'] }],
    },
    {
      name: 'reports a restated statutory limit that differs',
      records: (r) => (rec(r, GUIDE).statutoryLimit = { value: 30, unit: '工作日' }),
      problems: [{ file: GUIDE, line: 6, col: 1, path: 'statutoryLimit', message: ['30 个工作日', '20 个工作日'] }],
    },
    {
      name: 'reports restated service objects that differ',
      records: (r) => (rec(r, GUIDE).serviceObjects = ['自然人']),
      problems: [{ file: GUIDE, line: 6, col: 1, path: 'serviceObjects', message: '“自然人”' }],
    },
    {
      name: 'reports a list entry whose power type differs from the matter type',
      records: (r) => (rec(r, LIST).entries[1].powerType = '行政许可'),
      problems: [{ file: LIST, line: 22, col: 16, path: 'entries[1].powerType', message: ['权力类型“行政许可”', '“其他行政权力”'] }],
    },
  ],
});
