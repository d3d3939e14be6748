/** Rule 14.5: consultation and complaint lines differ and carry the area code. */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

export default ruleTester('phones', {
  valid: [
    { name: 'accepts two different lines with area codes, an extension included', records: (r) => (rec(r, GUIDE).phones.consultation = '0356-3021234-806') },
    { name: 'accepts a consultation line said to be unpublished', records: (r) => (rec(r, GUIDE).phones.consultation = { unpublished: true, ask: '拨打 0356-12345 询问' }) },
  ],
  invalid: [
    {
      name: 'reports the same line for consultation and complaint',
      records: (r) => (rec(r, GUIDE).phones.consultation = '0356-12345'),
      problems: [{ file: GUIDE, line: 40, col: 17, path: 'phones.consultation', message: ['咨询电话与监督投诉电话都是“0356-12345”', 'unpublished'] }],
    },
    {
      name: 'reports lines without an area code',
      records: (r) => (rec(r, GUIDE).phones = { consultation: '13912345678', complaint: '12345' }),
      problems: [
        { file: GUIDE, line: 40, col: 17, path: 'phones.consultation', message: '咨询电话“13912345678”没有区号' },
        { file: GUIDE, line: 41, col: 14, path: 'phones.complaint', message: ['监督投诉电话“12345”没有区号', '0356-12345'] },
      ],
    },
  ],
});
