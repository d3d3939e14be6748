/** Rule 14: the elements a citizen acts on are given (or said to be unpublished). */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('guide-elements', {
  valid: [
    {
      name: 'accepts elements said to be unpublished, with where to ask',
      records: (r) => {
        const ask = { unpublished: true, ask: '拨打 0356-12345 询问' };
        Object.assign(rec(r, GUIDE), { address: ask, room: ask, appointment: ask, onlinePayment: ask, express: ask });
      },
    },
  ],
  invalid: [
    {
      name: 'reports a missing street address, saying how to write one that is not published',
      records: (r) => delete rec(r, GUIDE).address,
      problems: [{ file: GUIDE, line: 2, col: 1, path: 'address', message: ['缺少办事指南要素“办理地点的街道地址”（address）', 'unpublished: true'] }],
    },
    {
      name: 'reports each missing element of another guide, code lists without the unpublished form',
      records: (r) => {
        const g = rec(r, 'data/guides/140525/141021002000.yaml');
        for (const k of ['room', 'onlineDepth', 'exerciseMode', 'appointment', 'onlinePayment', 'express']) delete g[k];
      },
      problems: [
        { file: 'data/guides/140525/141021002000.yaml', line: 2, col: 1, path: 'room', message: '楼层、房间号或窗口号' },
        { file: 'data/guides/140525/141021002000.yaml', line: 2, col: 1, path: 'onlineDepth', message: /^缺少办事指南要素“网上办理深度”（onlineDepth）：申请人需要它才能办事，请补上$/ },
        { file: 'data/guides/140525/141021002000.yaml', line: 2, col: 1, path: 'exerciseMode', message: '“行使方式”' },
        { file: 'data/guides/140525/141021002000.yaml', line: 2, col: 1, path: 'appointment', message: '是否支持预约办理' },
        { file: 'data/guides/140525/141021002000.yaml', line: 2, col: 1, path: 'onlinePayment', message: '是否支持网上支付' },
        { file: 'data/guides/140525/141021002000.yaml', line: 2, col: 1, path: 'express', message: '是否支持物流快递' },
      ],
    },
  ],
});
