/** Rule 14.2: 0 visits need online handling or the post; other counts need their reason. */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('visits', {
  valid: [
    {
      name: 'accepts 0 visits for a guide handled online',
      records: (r) => {
        const g = rec(r, GUIDE);
        g.visits = 0;
        g.handlingForms = ['窗口办理', '网上办理'];
        g.onlineUrl = 'https://zwfw.example.gov.cn/item/140121001003';
      },
    },
    { name: 'accepts 0 visits for an application by post', records: (r) => Object.assign(rec(r, GUIDE), { visits: 0, handlingForms: ['窗口办理', '快递申请'] }) },
    { name: 'accepts 0 visits with materials and results sent by express', records: (r) => Object.assign(rec(r, GUIDE), { visits: 0, express: true }) },
  ],
  invalid: [
    {
      name: 'reports 0 visits for a guide handled only at the window',
      records: (r) => (rec(r, GUIDE).visits = 0),
      problems: [{ file: GUIDE, line: 48, col: 9, path: 'visits', message: ['到办事现场次数为 0', '加上网上办理或快递申请'] }],
    },
    {
      name: 'reports visits without a reason, and a reason left blank',
      records: (r) => {
        delete rec(r, GUIDE).visitsReason;
        rec(r, 'data/guides/140525/141021002000.yaml').visitsReason = '  ';
      },
      problems: [
        { file: GUIDE, line: 48, col: 9, path: 'visits', message: ['到办事现场次数为 1', 'visitsReason'] },
        { file: 'data/guides/140525/141021002000.yaml', line: 48, col: 9, path: 'visits', message: '没有写明必须到现场的原因' },
      ],
    },
  ],
});
