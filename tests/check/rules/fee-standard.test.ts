/** Rule 14.3: a fee gives its amount (or cited standard) and its basis. */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const BASIS = '《中华人民共和国渔业船舶检验条例》第二十八条';

export default ruleTester('fee-standard', {
  valid: [
    {
      name: 'accepts an amount, a cited standard, and a standard said to be unpublished',
      records: (r) => {
        const g = rec(r, GUIDE);
        g.free = false;
        g.fees = [
          { item: '检验费', standard: '每艘次 200 元', basis: BASIS },
          { item: '证书工本费', standard: '按《渔业船舶检验收费标准》收取', basis: '晋价费字〔2010〕12号' },
          { item: '复验费', standard: { unpublished: true, ask: '拨打 0356-12345 询问' }, basis: BASIS },
        ];
      },
    },
  ],
  invalid: [
    {
      name: 'reports a guide that charges without listing a fee',
      records: (r) => (rec(r, GUIDE).free = false),
      problems: [{ file: GUIDE, line: 34, col: 7, path: 'free', message: ['写明收费（free: false），却没有收费项目', 'fees'] }],
    },
    {
      name: 'reports fees listed on a free guide',
      records: (r) => (rec(r, GUIDE).fees = [{ item: '检验费', standard: '每艘次 200 元', basis: BASIS }]),
      problems: [{ file: GUIDE, line: 35, col: 1, path: 'fees', message: '写明不收费（free: true），却列了收费项目' }],
    },
    {
      name: 'reports a standard without an amount and a basis that cites nothing',
      records: (r) => Object.assign(rec(r, GUIDE), { free: false, fees: [{ item: '检验费', standard: '按标准收取', basis: '有关规定' }] }),
      problems: [
        { file: GUIDE, line: 37, col: 15, path: 'fees[0].standard', message: ['“检验费”的收费标准“按标准收取”没有金额', 'unpublished'] },
        { file: GUIDE, line: 38, col: 12, path: 'fees[0].basis', message: '收费依据“有关规定”没有写明法律、法规或文件' },
      ],
    },
  ],
});
