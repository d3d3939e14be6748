/** The filing period that applies to a transfer list (src/domain/filing.ts). */
import { describe, expect, it } from 'vitest';
import { addDays, filingRequirement, filingSettingFor } from '../src/domain/filing.ts';
import { baseRecords, rec, run } from './helpers/fixture.ts';

const CITY = 'data/jurisdictions/140500.yaml';
const COUNTY = 'data/jurisdictions/140525.yaml';
const setting = (extra: Record<string, unknown> = {}) => ({ days: 10, to: '晋城市人民政府', basis: 'n1', ...extra });

describe('filing periods', () => {
  it('adds calendar days across month ends, leap days and year ends', () => {
    expect(addDays('2020-12-24', 10)).toBe('2021-01-03');
    expect(addDays('2020-02-20', 10)).toBe('2020-03-01');
    expect(addDays('2021-02-20', 10)).toBe('2021-03-02');
    expect(addDays('2020-07-01', 0)).toBe('2020-07-01');
  });

  it('takes the nearest jurisdiction that sets a period, from the list’s own upwards', () => {
    const records = baseRecords();
    rec(records, CITY).transferFiling = setting();
    expect(filingSettingFor(run(records).index, '140525')?.data.id).toBe('140500');
    rec(records, COUNTY).transferFiling = setting({ days: 30 });
    const { index } = run(records);
    expect(filingSettingFor(index, '140525')?.data.id).toBe('140525');
    expect(filingRequirement(index, index.transfersOf('140525')[0]!.data)?.deadline).toBe('2021-01-23');
  });

  it('finds nothing, and does not loop, when the parents form a cycle without a setting', () => {
    const records = baseRecords();
    rec(records, CITY).parent = '140525';
    const { index } = run(records);
    expect(filingSettingFor(index, '140525')).toBeUndefined();
    expect(filingSettingFor(index, 'nowhere')).toBeUndefined();
  });

  it('applies a period for adjustments to every list but a jurisdiction’s first', () => {
    const records = baseRecords();
    rec(records, CITY).transferFiling = setting({ applies: '清单调整' });
    records['data/transfers/140525/b.yaml'] = {
      id: 'b',
      jurisdiction: '140525',
      title: '划回通知',
      issuer: '泽州县人民政府',
      date: '2021-06-01',
      notice: 'n1',
      entries: [{ matter: '141021002000', name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }],
    };
    const { index } = run(records);
    const [first, second] = index.transfersOf('140525');
    expect(filingRequirement(index, first!.data)).toBeUndefined();
    expect(filingRequirement(index, second!.data)).toMatchObject({ from: '2021-06-01', fromPublished: false, deadline: '2021-06-11', basisName: '《调整通知》' });
  });
});
