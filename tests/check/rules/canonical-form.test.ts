/** A hint: a data file that is not in the canonical form `npm run fmt` writes, at its first differing line. */
import { FORM, GUIDE, LIST, MATTER, rec } from '../../helpers/fixture.ts';
import { type Files, ruleTester } from '../../helpers/rule-tester.ts';

const text = (f: Files, file: string) => f[file] as string;
const edit = (file: string, from: string | RegExp, to: string) => (f: Files) => {
  const before = text(f, file);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file} has no ${String(from)}`);
  f[file] = after;
};
const fix = (file: string) => `npm run fmt -- ${file} 整理`;

export default ruleTester('canonical-form', {
  valid: [
    { name: 'accepts the fixture, every file in canonical form' },
    {
      name: 'accepts a comment staff wrote, where the formatter keeps it',
      files: edit(GUIDE, /^name: /m, '# 名称与基本目录一致\nname: '),
    },
  ],
  invalid: [
    {
      name: 'reports a file without the schema line at line 1, showing the line expected',
      files: edit(MATTER, /^# yaml-language-server.*\n/, ''),
      problems: [{ file: MATTER, line: 1, col: 1, path: '', message: ['从第 1 行起不是规范格式', '规范写法是“# yaml-language-server: $schema=../../schemas/matters.schema.json”', fix(MATTER)] }],
    },
    {
      name: 'reports keys out of the schema’s order at the first line that moved',
      files: edit(LIST, /^(title: .*\n)(issuer: .*\n)/m, '$2$1'),
      problems: [{ file: LIST, line: 4, col: 1, path: '', message: ['从第 4 行起', '规范写法是“title: 调整通知”', fix(LIST)] }],
    },
    {
      name: 'reports a code in double quotes and a value moved to the next line',
      files: (f) => {
        edit(GUIDE, "jurisdiction: '140525'", 'jurisdiction: "140525"')(f);
        edit(FORM, /^title: (.*)$/m, 'title:\n  $1')(f);
      },
      problems: [
        { file: GUIDE, line: 3, col: 1, path: '', message: "规范写法是“jurisdiction: '140525'”" },
        { file: FORM, line: 3, col: 1, path: '', message: '规范写法是“title: 道路旅客运输班线经营申请表”' },
      ],
    },
    {
      name: 'reports Windows line ends, a byte-order mark and blank lines at the end',
      files: (f) => {
        f[GUIDE] = text(f, GUIDE).replace(/\n/g, '\r\n');
        f[FORM] = `\uFEFF${text(f, FORM)}`;
        f[LIST] = `${text(f, LIST)}\n\n`;
      },
      problems: [
        { file: GUIDE, line: 1, col: 1, path: '', message: '换行应为 LF，这里是 Windows 的 CRLF' },
        { file: FORM, line: 1, col: 1, path: '', message: '文件开头有字节顺序标记（BOM）' },
        { file: LIST, line: 27, col: 1, path: '', message: '这里应是文件末尾' },
      ],
    },
    {
      name: 'reports a document marker and a comment above the schema line, only as a hint',
      files: (f) => (f[GUIDE] = `# 泽州县\n---\n${text(f, GUIDE)}`),
      problems: [{ file: GUIDE, line: 1, col: 1, path: '', message: '规范写法是“# yaml-language-server: $schema=../../../schemas/guides.schema.json”' }],
    },
    {
      name: 'reports a record the schema rejects too, and leaves a file with a syntax error to yaml-syntax',
      records: (r) => (rec(r, GUIDE).visits = '一次'),
      files: (f) => {
        edit(GUIDE, /^(matter: .*\n)(name: .*\n)/m, '$2$1')(f);
        f['data/forms/broken.yaml'] = 'id: broken\n  title: bad indent\n';
      },
      problems: [
        { file: GUIDE, line: 4, col: 1, path: '', message: "规范写法是“matter: '140121001003'”" },
        { rule: 'schema', file: GUIDE, line: 48, col: 9, path: 'visits', message: '应为数字' },
        { rule: 'yaml-syntax', file: 'data/forms/broken.yaml', line: 1, col: 5, path: '', message: '键不能跨行' },
      ],
    },
  ],
});
