/** Rule 14.6: an online address leads to the matter, not to a portal's home page. */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const online = (r: Parameters<NonNullable<Parameters<typeof ruleTester>[1]['valid'][number]['records']>>[0], url: unknown) =>
  Object.assign(rec(r, GUIDE), { handlingForms: ['窗口办理', '网上办理'], onlineUrl: url });

export default ruleTester('online-link', {
  valid: [
    { name: 'accepts a page of the matter', records: (r) => online(r, 'https://sxzwfw.gov.cn/item/140121001003') },
    { name: 'accepts a front page that a query points at the matter', records: (r) => online(r, 'https://zwfw.example.gov.cn/?itemCode=140121001003') },
    { name: 'accepts an address said to be unpublished', records: (r) => online(r, { unpublished: true, ask: '拨打 0356-12345 询问' }) },
  ],
  invalid: [
    {
      name: 'reports a portal’s home page',
      records: (r) => online(r, 'https://sxzwfw.gov.cn/'),
      problems: [{ file: GUIDE, line: 51, col: 12, path: 'onlineUrl', message: ['“https://sxzwfw.gov.cn/”是网站首页', '本事项的办理页面'] }],
    },
    {
      name: 'reports index pages and a single-page portal’s home route',
      records: (r) => {
        online(r, 'https://www.example.gov.cn/portal/index.html');
        Object.assign(rec(r, 'data/guides/140525/141021002000.yaml'), { onlineUrl: 'https://zwfw.example.gov.cn/#/home' });
      },
      problems: [
        { file: GUIDE, line: 51, col: 12, path: 'onlineUrl', message: '是网站首页' },
        { file: 'data/guides/140525/141021002000.yaml', line: 50, col: 12, path: 'onlineUrl', message: '“https://zwfw.example.gov.cn/#/home”是网站首页' },
      ],
    },
    {
      name: 'reports online handling without an address',
      records: (r) => (rec(r, GUIDE).handlingForms = ['窗口办理', '网上办理']),
      problems: [{ file: GUIDE, line: 46, col: 1, path: 'handlingForms', message: ['办理形式有网上办理，却没有网上办理地址', 'onlineUrl'] }],
    },
  ],
});
