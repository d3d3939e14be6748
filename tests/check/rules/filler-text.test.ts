/** Rule 13: no filler phrases in a guide's free text. */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('filler-text', {
  valid: [
    {
      name: 'accepts “按国家规定……执行” with a figure or a cited standard in the same sentence',
      records: (r) => {
        rec(r, GUIDE).materials[1].notes = '按国家规定的《道路运输从业人员管理规定》执行，复印件 1 份。';
        rec(r, GUIDE).conditions.push('客车按照国家有关规定执行年度审验，每 12 个月一次');
      },
    },
    {
      name: 'leaves quotations of the law alone',
      records: (r) => (rec(r, GUIDE).implementationBasis = [{ law: '中华人民共和国道路运输条例', text: '具体办法按照国家有关规定执行。' }]),
    },
  ],
  invalid: [
    {
      name: 'reports “按规定执行” in a condition',
      records: (r) => rec(r, GUIDE).conditions.push('车辆年审按规定执行'),
      problems: [{ file: GUIDE, line: 11, col: 5, path: 'conditions[1]', message: ['“按规定执行”没有告诉申请人该怎么做', '写明具体的规定'] }],
    },
    {
      name: 'reports “按国家规定……执行” without a figure or a standard, in a material note',
      records: (r) => (rec(r, GUIDE).materials[1].notes = '收费按国家规定的标准执行。复印件 1 份'),
      problems: [{ file: GUIDE, line: 24, col: 12, path: 'materials[1].notes', message: '“按国家规定的标准执行”' }],
    },
    {
      name: 'reports “视情况”, “另行通知” and “详见” once per text, in the FAQ and the hours',
      records: (r) => {
        rec(r, GUIDE).hours = '法定工作日，详见大厅公告';
        rec(r, GUIDE).faq = [{ q: '多久办好？', a: '视情况而定，另行通知。' }];
      },
      problems: [
        { file: GUIDE, line: 38, col: 8, path: 'hours', message: '“详见”' },
        { file: GUIDE, line: 61, col: 8, path: 'faq[0].a', message: '“视情况”' },
      ],
    },
  ],
});
