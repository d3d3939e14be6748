import { describe, expect, it } from 'vitest';
import { NameIndex, departmentNames, normalizeName, similarity } from '../../src/import/notice/match.ts';

describe('similarity', () => {
  it('is 1 − edit distance / longer length', () => {
    expect(similarity('渔业船舶及船用产品检验', '渔业船舶及船用产品检验')).toBe(1);
    expect(similarity('渔业船舶和船用产品检验', '渔业船舶及船用产品检验')).toBeCloseTo(10 / 11, 10);
    expect(similarity('客运', '旅行社设立')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });
});

describe('normalizeName', () => {
  it('folds full-width characters, brackets and spaces and drops the 审批/许可/核发/事项 suffixes', () => {
    expect(normalizeName('经营性道路班线（旅游）客运车辆年度审验')).toBe('经营性道路班线(旅游)客运车辆年度审验');
    expect(normalizeName('经营性道路班线【旅游】客运车辆 年度审验')).toBe('经营性道路班线(旅游)客运车辆年度审验');
    expect(normalizeName('职业资格证书核发')).toBe('职业资格证书');
    expect(normalizeName('计划生育技术服务机构执业许可证审批')).toBe('计划生育技术服务机构执业许可证');
    expect(normalizeName('新增客运班线经营许可审批事项')).toBe('新增客运班线经营');
    expect(normalizeName('ＡＢＣ１２３')).toBe('ABC123');
  });
});

describe('NameIndex', () => {
  const index = new NameIndex([
    { key: '1', names: ['渔业船舶及船用产品检验'] },
    { key: '2', names: ['职业资格证书核发', '职业资格证书发放'] },
    { key: '3', names: ['新增客运班线经营许可'] },
    { key: '4', names: ['新增客运班线经营审批'] },
  ]);

  it('matches exactly, also by an alias', () => {
    expect(index.match('渔业船舶及船用产品检验')).toMatchObject({ kind: 'exact', key: '1', score: 1 });
    expect(index.match('职业资格证书 发放')).toMatchObject({ kind: 'exact', key: '2', name: '职业资格证书发放' });
  });

  it('matches after normalising', () => {
    expect(index.match('职业资格证书')).toMatchObject({ kind: 'normalized', key: '2' });
  });

  it('matches by similarity with a score, and lists the other candidates', () => {
    const m = index.match('渔业船舶和船用产品检验');
    expect(m).toMatchObject({ kind: 'similar', key: '1', name: '渔业船舶及船用产品检验' });
    expect(m.kind === 'similar' && m.score).toBeCloseTo(10 / 11, 10);
  });

  it('refuses a name that normalises to two matters, and one that is like nothing', () => {
    expect(index.match('新增客运班线经营').kind).toBe('ambiguous');
    const none = index.match('城市道路占用挖掘许可');
    expect(none.kind).toBe('none');
    expect(none.candidates).toHaveLength(3);
    expect(none.candidates[0]!.score).toBeGreaterThanOrEqual(none.candidates[1]!.score);
  });
});

describe('departmentNames', () => {
  it('gives the full and short names with and without the county', () => {
    expect(departmentNames({ name: '泽州县交通运输局', shortName: '县交通运输局', formerNames: [] }, '泽州县').sort()).toEqual(['交通运输局', '县交通运输局', '泽州县交通运输局'].sort());
    expect(departmentNames({ name: '中共泽州县委统一战线工作部', shortName: '县委统战部', formerNames: [] }, '泽州县')).toEqual(
      expect.arrayContaining(['中共泽州县委统一战线工作部', '泽州县委统一战线工作部', '县委统一战线工作部', '县委统战部']),
    );
  });
});
