import { describe, expect, it } from 'vitest';
import {
  basicCodeProblem,
  creditCheckChar,
  creditCodeProblem,
  docNumberProblem,
  implementationCodeProblem,
  normalizeDocNumber,
  parseDocNumber,
  textProblem,
} from '../src/domain/code-formats.ts';
import { MATTER_TYPES, codeOf, normalizeLabel } from '../src/schemas/codes.ts';

describe('GB 32100 unified social credit codes', () => {
  // Codes published on the business licences of well-known companies.
  const REAL = ['91330100799655058B', '9144030071526726XG', '914403001922038216'];
  it.each(REAL)('accepts the real code %s', (code) => {
    expect(creditCodeProblem(code)).toBeUndefined();
    expect(creditCheckChar(code.slice(0, 17))).toBe(code[17]);
  });
  it.each(REAL)('rejects %s with any other check character', (code) => {
    for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
      if (c === code[17]) continue;
      expect(creditCodeProblem(code.slice(0, 17) + c)).toMatch(/校验位错误/);
    }
  });
  it('rejects letters outside the character set (I, O, S, V, Z)', () => {
    expect(creditCodeProblem('91330100799655O58B')).toMatch(/不能含有“O”/);
  });
  it('rejects a wrong length', () => {
    expect(creditCodeProblem('9133010079965505')).toMatch(/18 位/);
  });
  it('explains full-width characters and suggests the half-width ones', () => {
    expect(textProblem('１４０５２５')).toBe('含有全角字符“１４０５２５”，请改为半角“140525”');
    expect(textProblem('140 525')).toMatch(/空格/);
    expect(textProblem('140\u3000525')).toMatch(/空格/);
  });
});

describe('basic and implementation codes', () => {
  it('accepts a 12-digit basic code', () => {
    expect(basicCodeProblem('000117109003')).toBeUndefined();
    expect(basicCodeProblem('00011710900')).toMatch(/12 位/);
    expect(basicCodeProblem('00011710900A')).toMatch(/12 位/);
  });
  it('accepts credit code + level digit + basic code', () => {
    expect(implementationCodeProblem('11140525MB195120394140121001003')).toBeUndefined();
  });
  it('names the part of an implementation code that is wrong', () => {
    expect(implementationCodeProblem('11140525MB19512038414012100100')).toMatch(/31 位/);
    expect(implementationCodeProblem('11140525MB195120384140121001003')).toMatch(/前 18 位.*校验位/);
    expect(implementationCodeProblem('11140525MB19512039X140121001003')).toMatch(/第 19 位/);
  });
});

describe('document numbers', () => {
  it.each([
    ['晋政办发[2020]99号', '晋政办发〔2020〕99号'],
    ['鲁政办字(2020)85号', '鲁政办字〔2020〕85号'],
    ['晋市开办（2021）5号', '晋市开办〔2021〕5号'],
    ['晋市政函〔２０２０〕１６号', '晋市政函〔2020〕16号'],
    [' 晋政办发 〔2021〕 63号 ', '晋政办发〔2021〕63号'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizeDocNumber(input)).toBe(expected);
    expect(docNumberProblem(expected)).toBeUndefined();
    expect(docNumberProblem(input)).toContain(expected);
  });
  it('parses the parts', () => {
    expect(parseDocNumber('晋政办发〔2020〕99号')).toEqual({ prefix: '晋政办发', year: 2020, serial: 99 });
    expect(parseDocNumber('第99号')).toBeUndefined();
  });
});

describe('code lists', () => {
  it('maps labels to national codes', () => {
    expect(codeOf(MATTER_TYPES, '行政许可')).toBe('01');
    expect(codeOf(MATTER_TYPES, '公共服务')).toBe('20');
  });
  it('maps the spellings of the seed notices, including the typo 其他权利, to 其他行政权力', () => {
    expect(normalizeLabel(MATTER_TYPES, '其他权力')).toBe('其他行政权力');
    expect(normalizeLabel(MATTER_TYPES, '其他权利')).toBe('其他行政权力');
    expect(normalizeLabel(MATTER_TYPES, ' 行政确认 ')).toBe('行政确认');
    expect(normalizeLabel(MATTER_TYPES, '行政审批')).toBeUndefined();
  });
});
