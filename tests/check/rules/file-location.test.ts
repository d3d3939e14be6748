/** Records in the wrong folder, found by the loader. */
import { ruleTester } from '../../helpers/rule-tester.ts';

const LINE_DEPT = 'data/departments/140525/jtysj.yaml';
const MOVED = 'data/departments/140500/jtysj.yaml';

export default ruleTester('file-location', {
  valid: [{ name: 'accepts an attachment of a supported type in data/forms/files/', files: (f) => (f['data/forms/files/readme.pdf'] = '%PDF-1.4\n') }],
  invalid: [
    {
      name: 'reports an attachment of a type no form may use',
      files: (f) => (f['data/forms/files/readme.txt'] = '说明'),
      problems: [{ file: 'data/forms/files/readme.txt', line: 1, col: 1, path: '', message: '不支持的附件类型“.txt”' }],
    },
    {
      name: 'reports a YAML file outside the collection folders',
      files: (f) => (f['data/guide.yaml'] = 'name: x\n'),
      problems: [{ file: 'data/guide.yaml', line: 1, col: 1, path: '', message: '不知道这个文件属于哪一类记录' }],
    },
    {
      name: 'reports a record in the folder of another jurisdiction',
      records: (r) => {
        r[MOVED] = r[LINE_DEPT]!;
        delete r[LINE_DEPT];
      },
      problems: [{ file: MOVED, line: 3, col: 15, path: 'jurisdiction', message: ['记录的区划是“140525”', 'data/departments/140525/'] }],
    },
  ],
});
