/** Rule 11: a notice body is Markdown content: no code, no HTML beyond the allow-list, no foreign links. */
import { NOTICE } from '../../helpers/fixture.ts';
import { type ExpectedProblem, type InvalidCase, type RuleCase, ruleTester } from '../../helpers/rule-tester.ts';

const FILE = 'src/content/notices/n1.mdx';
/** Lines of the fixture notice up to and including the closing --- of its front matter. */
const FRONT = NOTICE.split('\n').indexOf('---', 1) + 1;

/** The fixture notice with its body replaced by `body`. */
const body = (text: string): Pick<RuleCase, 'files'> => ({
  files: (f) => {
    f[FILE] = `${NOTICE.split('\n').slice(0, FRONT).join('\n')}\n${text}`;
  },
});

/** A problem at body line `line` (line 1 is the first line after the front matter), column `col`. */
const at = (line: number, col: number, message: ExpectedProblem['message']): ExpectedProblem => ({ file: FILE, line: FRONT + line, col, path: '', message });

const invalid = (name: string, text: string, ...problems: ExpectedProblem[]): InvalidCase => ({ name, ...body(text), problems });

export default ruleTester('notice-content', {
  valid: [
    {
      name: 'accepts Markdown with GFM, standalone comments, escaped braces and the allowed tags',
      ...body(
        [
          '## 文件要点',
          '',
          '{/* 成文日期取自落款 */}',
          '',
          '- 面积单位 m<sup>2</sup>，水的化学式 H<sub>2</sub>O，~~删除线~~，见 https://www.gov.cn/',
          '- 第一行<br />第二行；花括号写作 \\{ 和 \\}；a < b 也可以',
          '',
          '| 事项 | 期限 |',
          '|---|---|',
          '| 公布清单 | 7 月底前[^1] |',
          '',
          '[^1]: 以文件为准。',
          '',
          '代码中的 `{x}` 和 `<b>` 原样显示。',
          '',
        ].join('\n'),
      ),
    },
    {
      name: 'accepts links to web pages, mail addresses and pages of the site',
      ...body('[国务院](https://www.gov.cn/)、[来信](mailto:spj@example.gov.cn)、[事项](/matters/)、[下文](#要点)\n'),
    },
  ],
  invalid: [
    // Code
    invalid('reports an import, at its line', '要点。\n\nimport fs from "node:fs"\n', at(3, 1, 'import 或 export')),
    invalid('reports an export', '要点。\n\nexport const x = 1\n', at(3, 1, 'import 或 export')),
    invalid('reports {process.env.HOME} and says how to write braces', '要点。\n\n在这里 {process.env.HOME} 结束。\n', at(3, 5, ['花括号表达式', '\\{'])),
    invalid('reports a file read in a block expression', '{require("node:fs").readFileSync("/etc/hostname", "utf8")}\n', at(1, 1, '会被当作代码执行')),
    invalid('reports braces that hold a comment and code', '{/* a */ process.exit(1) /* b */}\n', at(1, 1, '花括号表达式')),
    // HTML
    invalid('reports <script>', '要点 <script>alert(1)</script>\n', at(1, 4, ['<script>', '<br />'])),
    invalid('reports <img src="x" onerror="alert(1)" />', '<img src="x" onerror="alert(1)" />\n', at(1, 1, '<img>')),
    invalid('reports attributes on an allowed tag', '面积 m<sup onclick="alert(1)">2</sup>\n', at(1, 5, 'onclick')),
    // What MDX cannot parse: located where the parser stopped, in Chinese, never a stack trace
    invalid('reports <img onerror=…>, which MDX cannot parse', '要点。\n\n<img src=x onerror=alert(1)>\n', at(3, 10, '“<”')),
    invalid('reports a stray “{” (at the end of the line, where the parser stops)', '要点。\n\n左花括号 { 没有闭合\n', at(3, 12, '\\{')),
    invalid('reports a “<” before a letter (after the name the parser took)', '要点。\n\n数量 <b 的情形\n', at(3, 10, '\\<')),
    invalid('reports an HTML comment', '<!-- 备注 -->\n', at(1, 2, '{/* 注释 */}')),
    invalid('reports an unclosed <br>', '第一行<br>第二行\n', at(1, 1, '<br />')),
    // Comments the pages could not leave out
    invalid('reports a comment inside a paragraph', '要点 {/* 备注 */} 继续。\n', at(1, 4, '单独成段')),
    invalid('reports a comment directly followed by text on the next line', '{/* 备注 */}\n正文。\n', at(1, 1, '单独成段')),
    // Links
    invalid('reports a javascript: link', '要点见[这里](javascript:alert(1))。\n', at(1, 4, '以 javascript: 开头')),
    invalid(
      'reports a data: image and a data: link definition',
      '![图](data:image/svg+xml,<svg/onload=alert(1)>)\n\n[x]: data:text/html,hi\n',
      at(1, 1, '以 data: 开头'),
      at(3, 1, '以 data: 开头'),
    ),
  ],
});
