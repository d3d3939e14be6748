/** Records in the wrong folder, found by the loader. */
import { ruleTester } from '../../helpers/rule-tester.ts';

const LINE_DEPT = 'data/departments/140525/jtysj.yaml';
const MOVED = 'data/departments/140500/jtysj.yaml';

export default ruleTester('file-location', {
  valid: [{ name: 'ignores attachments that are not YAML', files: (f) => (f['data/forms/files/readme.txt'] = '说明') }],
  invalid: [
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
      problems: [{ file: MOVED, line: 2, col: 15, path: 'jurisdiction', message: ['记录的区划是“140525”', 'data/departments/140525/'] }],
    },
  ],
});
