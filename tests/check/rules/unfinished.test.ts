/** Rule 0: no blank left by `npm run new` (【待填写：…】) in any record. */
import { blankMarker } from '../../../src/check/rules/unfinished.ts';
import { GUIDE, MATTER, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const RESPONSIBILITY = 'data/responsibilities/140525/141021002000.yaml';

export default ruleTester('unfinished', {
  valid: [
    {
      name: 'accepts 【】 brackets and the word 待填写 that are not a marker',
      records: (r) => {
        rec(r, GUIDE).conditions.push('申请表中【申请人】一栏须与营业执照一致，待填写的栏目以窗口说明为准');
      },
    },
  ],
  invalid: [
    {
      name: 'reports a blank in a guide list item and a nested field, saying what to write',
      records: (r) => {
        rec(r, GUIDE).conditions[0] = blankMarker('一项受理条件');
        rec(r, GUIDE).place = blankMarker('办理地点');
        rec(r, GUIDE).remedy.litigation = blankMarker('行政诉讼管辖法院');
      },
      problems: [
        { file: GUIDE, line: 10, col: 5, path: 'conditions[0]', message: ['请在这里写明一项受理条件', '删去“【待填写…】”标记'] },
        { file: GUIDE, line: 35, col: 8, path: 'place', message: '请在这里写明办理地点' },
        { file: GUIDE, line: 58, col: 15, path: 'remedy.litigation', message: '请在这里写明行政诉讼管辖法院' },
      ],
    },
    {
      name: 'reports a marker inside other text, in a matter and a responsibility',
      records: (r) => {
        rec(r, MATTER).legalBasis[0].text = `第十条：${blankMarker('条文摘录')}`;
        rec(r, RESPONSIBILITY).supervision[0].note = blankMarker('监管部门承担的职责');
      },
      problems: [
        { file: MATTER, line: 7, col: 11, path: 'legalBasis[0].text', message: '请在这里写明条文摘录' },
        { file: RESPONSIBILITY, line: 14, col: 11, path: 'supervision[0].note', message: '请在这里写明监管部门承担的职责' },
      ],
    },
  ],
});
