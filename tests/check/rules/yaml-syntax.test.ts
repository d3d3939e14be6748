/** YAML syntax errors and repeated keys, found by the loader; the run goes on with the other files. */
import { GUIDE, LIST } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const NOTICE_FILE = 'src/content/notices/n1.mdx';

export default ruleTester('yaml-syntax', {
  // A document start marker is accepted too: see the canonical-form test, which reports it only as a hint.
  valid: [{ name: 'accepts a YAML comment', files: (f) => (f[GUIDE] = (f[GUIDE] as string).replace(/^code: /m, '# 泽州县\ncode: ')) }],
  invalid: [
    {
      name: 'reports bad indentation with its line, and goes on with the other files',
      files: (f) => (f[GUIDE] = 'code: x\n  name: bad indent\n'),
      problems: [
        { file: GUIDE, line: 1, col: 7, path: '', message: '键不能跨行' },
        { file: GUIDE, line: 1, col: 7, path: '', message: '键的写法有误' },
        // the guide is gone, so the list entry that moved its matter in has no guide: the run went on
        { rule: 'held-coverage', file: LIST, line: 14, col: 13, path: 'entries[0].matter', message: '没有办事指南' },
      ],
    },
    {
      name: 'reports a repeated key at its second occurrence',
      files: (f) => (f['data/forms/dup.yaml'] = 'id: a\nid: b\n'),
      problems: [{ file: 'data/forms/dup.yaml', line: 2, col: 1, path: '', message: '重复' }],
    },
    {
      name: 'reports a syntax error in notice front matter at the line of the notice file',
      files: (f) => (f[NOTICE_FILE] = (f[NOTICE_FILE] as string).replace('kind: 划转清单', 'kind: [划转清单')),
      problems: [{ file: NOTICE_FILE, line: 6, col: 12, path: '', message: '缩进不一致' }],
    },
  ],
});
