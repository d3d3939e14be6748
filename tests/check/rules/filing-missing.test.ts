/** A hint: the filing period the jurisdiction sets has passed and the list has no filing record. */
import { LIST, rec } from '../../helpers/fixture.ts';
import { type Records, ruleTester } from '../../helpers/rule-tester.ts';

const period = (r: Records, extra: Record<string, unknown> = {}) =>
  (rec(r, 'data/jurisdictions/140500.yaml').transferFiling = { days: 10, to: '晋城市人民政府', basis: 'n1', ...extra });

export default ruleTester('filing-missing', {
  valid: [
    {
      name: 'says nothing before the period has passed',
      today: '2021-01-03',
      records: (r) => {
        for (const [path, record] of Object.entries(r)) if (path.startsWith('data/guides/')) record.reviewed = '2020-12-01';
        period(r);
      },
    },
    { name: 'says nothing when no jurisdiction sets a period', records: (r) => (rec(r, LIST).filings = []) },
    {
      name: 'says nothing when the list has a filing record',
      records: (r) => {
        period(r);
        rec(r, LIST).filings = [{ to: '晋城市人民政府', date: '2020-12-31' }];
      },
    },
    {
      name: 'says nothing about a jurisdiction’s first list when the period is for adjustments',
      records: (r) => period(r, { applies: '清单调整' }),
    },
  ],
  invalid: [
    {
      name: 'reports a list without filings after the period, saying what to record, without failing',
      records: (r) => period(r),
      problems: [
        {
          file: LIST,
          line: 6,
          col: 7,
          path: 'date',
          message: ['晋城市规定清单公布之日起 10 日内报晋城市人民政府备案', '应不晚于 2021-01-03 备案，却没有备案记录', '在 filings 中记录报送对象 to、日期 date'],
        },
      ],
    },
    {
      name: 'reports a list whose filings were looked for and not found at the filings field',
      records: (r) => {
        period(r);
        rec(r, LIST).filings = [];
      },
      problems: [{ file: LIST, line: 26, col: 1, path: 'filings', message: '却仍未见公开的备案记录' }],
    },
  ],
});
