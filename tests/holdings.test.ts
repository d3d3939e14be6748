import { describe, expect, it } from 'vitest';
import { FILING, LICENCE, LIST, baseRecords, rec, run } from './helpers/fixture.ts';

const back = (date: string, handoverBy?: string) => ({
  id: 'b',
  jurisdiction: '140525',
  title: '划回通知',
  issuer: '泽州县人民政府',
  date,
  ...(handoverBy ? { handoverBy } : {}),
  entries: [{ matter: FILING, name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }],
});

describe('holdings over time', () => {
  it('gives the holder before, on and after a 划转 and a later 划回', () => {
    const records = baseRecords();
    records['data/transfers/140525/b.yaml'] = back('2021-06-01', '2021-06-10');
    const h = run(records).holdings.get('140525')!;
    expect(h.holderOn(FILING, '2020-12-29')).toBe('140525/jtysj');
    expect(h.holderOn(FILING, '2020-12-30')).toBe('140525/xzspj');
    expect(h.holderOn(FILING, '2021-06-09')).toBe('140525/xzspj');
    expect(h.holderOn(FILING, '2021-06-10')).toBe('140525/jtysj');
    expect(h.currentHolder(FILING)).toBe('140525/jtysj');
    expect(h.currentHolder(LICENCE)).toBe('140525/xzspj');
    expect(h.heldBy('140525/xzspj')).toEqual([LICENCE]);
    const periods = h.history.get(FILING)!;
    expect(periods.map((p) => [p.holder, p.from, p.direction])).toEqual([
      ['140525/jtysj', undefined, undefined],
      ['140525/xzspj', '2020-12-30', '划转'],
      ['140525/jtysj', '2021-06-10', '划回'],
    ]);
    expect(h.conflicts).toEqual([]);
  });
  it('orders lists by the date they take effect, not by file name', () => {
    const records = baseRecords();
    // the 划回 list sorts first by name ("0-...") but takes effect later
    records['data/transfers/140525/0-back.yaml'] = { ...back('2021-06-01'), id: '0-back' };
    const h = run(records).holdings.get('140525')!;
    expect(h.conflicts).toEqual([]);
    expect(h.currentHolder(FILING)).toBe('140525/jtysj');
  });
  it('records a conflict for the return of a matter never moved in', () => {
    const records = baseRecords();
    const l = rec(records, LIST);
    l.entries = l.entries.slice(0, 1);
    l.declared = {};
    records['data/transfers/140525/b.yaml'] = back('2021-06-01');
    const h = run(records).holdings.get('140525')!;
    expect(h.conflicts.map((c) => [c.list.data.id, c.kind, c.heldBy])).toEqual([['b', 'not-held', undefined]]);
  });
  it('answers undefined for a matter no list names', () => {
    const h = run().holdings.get('140525')!;
    expect(h.holderOn('999999999999', '2021-01-01')).toBeUndefined();
  });
});
