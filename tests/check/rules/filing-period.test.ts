/**
 * Rule 7: a list is filed within the period its jurisdiction sets. In the fixture the city above
 * the county sets 10 days; the list is dated 2020-12-24, so a filing is on time up to 2021-01-03.
 */
import { LIST, NOTICE, rec } from '../../helpers/fixture.ts';
import { type Records, ruleTester } from '../../helpers/rule-tester.ts';

const CITY = 'data/jurisdictions/140500.yaml';
const COUNTY = 'data/jurisdictions/140525.yaml';
const period = (r: Records, extra: Record<string, unknown> = {}, file = CITY) =>
  (rec(r, file).transferFiling = { days: 10, to: '晋城市人民政府', basis: 'n1', ...extra });
const filed = (r: Records, date: string, extra: Record<string, unknown> = {}) =>
  (rec(r, LIST).filings = [{ to: '晋城市人民政府', date, copies: ['县委编办'], ...extra }]);
// `filings` follows the fixture list's entries: its first record's date is on line 28.
const at = (field: string, line: number, col: number, message: string | string[]) => ({ file: LIST, line, col, path: `filings[0].${field}`, message });

export default ruleTester('filing-period', {
  valid: [
    {
      name: 'accepts a filing on the last day of the period, counted from the issue date',
      records: (r) => {
        period(r);
        filed(r, '2021-01-03');
      },
    },
    {
      name: 'counts from the notice’s publication date when it has one',
      records: (r) => {
        period(r);
        filed(r, '2021-01-07');
      },
      files: (f) => (f['src/content/notices/n1.mdx'] = NOTICE.replace('date: 2020-12-24\n', 'date: 2020-12-24\npublished: 2020-12-28\n')),
    },
    {
      name: 'checks no period when no jurisdiction sets one',
      records: (r) => filed(r, '2022-06-01'),
    },
    {
      name: 'lets the nearest jurisdiction’s period win over the one above it',
      records: (r) => {
        period(r);
        period(r, { days: 30, to: '泽州县人民政府' }, COUNTY);
        filed(r, '2021-01-20');
      },
    },
    {
      name: 'does not apply a period for adjustments to a jurisdiction’s first list',
      records: (r) => {
        period(r, { applies: '清单调整' });
        filed(r, '2022-06-01');
      },
    },
    {
      name: 'accepts a late filing marked overdue with a reason',
      records: (r) => {
        period(r);
        filed(r, '2021-02-01', { overdue: { reason: '元旦假期后补报' } });
      },
    },
  ],
  invalid: [
    {
      name: 'reports a filing a day after the period, counted from the issue date when there is no publication date',
      records: (r) => {
        period(r);
        filed(r, '2021-01-04');
      },
      problems: [
        at('date', 28, 11, [
          '晋城市规定清单公布之日起 10 日内报晋城市人民政府备案（《调整通知》）',
          '自成文日期 2020-12-24 起算应不晚于 2021-01-03（政策文件没有发布日期 published，按成文日期计）',
          '备案日期却是 2021-01-04',
          'overdue.reason',
        ]),
      ],
    },
    {
      name: 'reports a filing after the period counted from the publication date',
      records: (r) => {
        period(r);
        filed(r, '2021-01-08');
      },
      files: (f) => (f['src/content/notices/n1.mdx'] = NOTICE.replace('date: 2020-12-24\n', 'date: 2020-12-24\npublished: 2020-12-28\n')),
      problems: [at('date', 28, 11, ['自公布日期 2020-12-28 起算应不晚于 2021-01-07', '备案日期却是 2021-01-08'])],
    },
    {
      name: 'reports a filing dated before the list was issued',
      records: (r) => filed(r, '2020-12-20'),
      problems: [at('date', 28, 11, '备案日期 2020-12-20 早于清单的成文日期 2020-12-24')],
    },
    {
      name: 'reports an overdue mark on a filing made in time',
      records: (r) => {
        period(r);
        filed(r, '2021-01-02', { overdue: { reason: '补报' } });
      },
      problems: [at('overdue', 31, 5, ['备案标注了逾期', '备案日期 2021-01-02 没有晚于期限 2021-01-03', '删除 overdue'])],
    },
    {
      name: 'reports an overdue mark where no period is set',
      records: (r) => filed(r, '2021-01-02', { overdue: { reason: '补报' } }),
      problems: [at('overdue', 31, 5, '本清单所在区划没有规定备案期限')],
    },
  ],
});
