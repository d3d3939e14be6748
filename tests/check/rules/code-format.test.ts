/** Rule 2: code formats — per field in the loader (schema refinements), across records in the rule. */
import { expect } from 'vitest';
import { BUREAU_CREDIT, FILING, FILING_GUIDE_FILE, GUIDE, LICENCE, LINE_CREDIT, LIST, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const FILING_MATTER = `data/matters/${FILING}.yaml`;
const LINE_DEPT = 'data/departments/140525/jtysj.yaml';
const BUREAU_DEPT = 'data/departments/140525/xzspj.yaml';

export default ruleTester('code-format', {
  valid: [
    {
      name: 'keeps leading zeros of an unquoted code',
      files: (f) => (f[FILING_MATTER] = (f[FILING_MATTER] as string).replace(/code: "?141021002000"?/, 'code: 141021002000')),
      also: (result) => expect(result.index.matters.get(FILING)?.matter.data.code).toBe(FILING),
    },
    { name: 'accepts a document number written with 〔〕', records: (r) => (rec(r, LIST).docNumber = '泽政发〔2020〕5号') },
  ],
  invalid: [
    {
      name: 'rejects full-width digits in a basic code and says which to use',
      records: (r) => (rec(r, FILING_MATTER).code = '１４1021002000'),
      problems: [{ file: FILING_MATTER, line: 3, col: 7, path: 'code', message: ['含有全角字符“１４”', '请改为半角“14”'] }],
    },
    {
      name: 'rejects stray spaces in a code',
      records: (r) => (rec(r, LINE_DEPT).creditCode = '11140525 012240031W'),
      problems: [{ file: LINE_DEPT, line: 6, col: 13, path: 'creditCode', message: '空格' }],
    },
    {
      name: 'rejects a basic code of the wrong length',
      records: (r) => (rec(r, FILING_MATTER).code = '14102100200'),
      problems: [{ file: FILING_MATTER, line: 3, col: 7, path: 'code', message: ['基本编码应为 12 位数字', '（11 位）'] }],
    },
    {
      name: 'verifies the GB 32100 check character of credit codes',
      records: (r) => (rec(r, LINE_DEPT).creditCode = '11140525012240031X'),
      problems: [{ file: LINE_DEPT, line: 6, col: 13, path: 'creditCode', message: '第 18 位应为“W”' }],
    },
    {
      name: 'requires the implementation code to start with the department credit code',
      records: (r) => (rec(r, GUIDE).code = `${LINE_CREDIT}4${LICENCE}`),
      problems: [{ file: GUIDE, line: 2, col: 7, path: 'code', message: ['前 18 位', '统一社会信用代码'] }],
    },
    {
      name: 'requires the level character of the jurisdiction (4 for a county)',
      records: (r) => (rec(r, GUIDE).code = `${BUREAU_CREDIT}3${LICENCE}`),
      problems: [{ file: GUIDE, line: 2, col: 7, path: 'code', message: '应为“4”' }],
    },
    {
      name: 'requires the implementation code to end with the basic code of the matter',
      records: (r) => (rec(r, GUIDE).code = `${BUREAU_CREDIT}4${FILING}`),
      problems: [{ file: GUIDE, line: 2, col: 7, path: 'code', message: '应等于所实施事项的基本编码' }],
    },
    {
      name: 'asks for 〔〕 in a document number written with []',
      records: (r) => (rec(r, LIST).docNumber = '泽政发[2020]5号'),
      problems: [{ file: LIST, line: 5, col: 12, path: 'docNumber', message: '泽政发〔2020〕5号' }],
    },
    {
      name: 'checks the document number of a filing record the same way',
      records: (r) => (rec(r, LIST).filings = [{ to: '晋城市人民政府', date: '2020-12-31', docNumber: '泽政函(2020)1号' }]),
      problems: [{ file: LIST, line: 29, col: 16, path: 'filings[0].docNumber', message: '泽政函〔2020〕1号' }],
    },
    {
      name: 'requires a credit code of a department that implements a matter',
      records: (r) => delete rec(r, BUREAU_DEPT).creditCode,
      problems: [
        { file: BUREAU_DEPT, line: 2, col: 5, path: 'id', message: ['须填写统一社会信用代码', GUIDE] },
        { file: BUREAU_DEPT, line: 2, col: 5, path: 'id', message: ['须填写统一社会信用代码', FILING_GUIDE_FILE] },
      ],
    },
  ],
});
