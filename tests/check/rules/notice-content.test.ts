import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, copyDemo } from '../../helpers/cli.ts';
import { NOTICE } from '../../helpers/fixture.ts';
import { checkFixture } from '../../helpers/rule-cases.ts';

const FILE = 'src/content/notices/n1.mdx';
/** Lines of the fixture notice before its body (the front matter). */
const FRONT = NOTICE.split('\n').indexOf('---', 1) + 1;

/** The fixture with the notice's body replaced by `body`. */
function withBody(body: string) {
  const text = `${NOTICE.split('\n').slice(0, FRONT).join('\n')}\n${body}`;
  return checkFixture(() => {}, { [FILE]: text });
}

/** The one notice-content problem for `body`, at body line `line`, column `col`. */
function onlyProblem(body: string, line: number, col: number) {
  const { result, of } = withBody(body);
  const found = of('notice-content');
  expect(found, JSON.stringify(result.problems, null, 1)).toHaveLength(1);
  expect(found[0]).toMatchObject({ rule: 'notice-content', file: FILE, line: FRONT + line, col, path: '', severity: 'error' });
  expect(result.ok).toBe(false);
  return found[0]!.message;
}

describe('notice-content: what a notice may contain', () => {
  it('accepts Markdown with GFM, standalone comments, escaped braces and the allowed tags', () => {
    const body = [
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
    ].join('\n');
    const { result, of } = withBody(body);
    expect(of('notice-content')).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('notice-content: code is reported, never run', () => {
  it('reports an import, located at its line', () => {
    const message = onlyProblem('要点。\n\nimport fs from "node:fs"\n', 3, 1);
    expect(message).toContain('import');
  });

  it('reports {process.env.HOME} as an expression, and says how to write braces', () => {
    const message = onlyProblem('要点。\n\n在这里 {process.env.HOME} 结束。\n', 3, 5);
    expect(message).toContain('花括号表达式');
    expect(message).toContain('\\{');
    expect(message).not.toContain(process.env.HOME ?? '/');
  });

  it('reports a file read in a block expression', () => {
    const message = onlyProblem('{require("node:fs").readFileSync("/etc/hostname", "utf8")}\n', 1, 1);
    expect(message).toContain('会被当作代码执行');
  });

  it('reports an export', () => {
    onlyProblem('要点。\n\nexport const x = 1\n', 3, 1);
  });
});

describe('notice-content: HTML', () => {
  it('reports <script>', () => {
    expect(onlyProblem('要点 <script>alert(1)</script>\n', 1, 4)).toContain('<script>');
  });

  it('reports <img onerror=…> (which MDX cannot even parse) at the place it stops, in Chinese', () => {
    const message = onlyProblem('要点。\n\n<img src=x onerror=alert(1)>\n', 3, 10);
    expect(message).toContain('“<”');
  });

  it('reports <img src="x" onerror="alert(1)" /> as a tag that is not allowed', () => {
    expect(onlyProblem('<img src="x" onerror="alert(1)" />\n', 1, 1)).toContain('<img>');
  });

  it('reports attributes on an allowed tag', () => {
    const message = onlyProblem('面积 m<sup onclick="alert(1)">2</sup>\n', 1, 5);
    expect(message).toContain('onclick');
  });
});

describe('notice-content: links', () => {
  it('accepts links to web pages, mail addresses and pages of the site', () => {
    const { of } = withBody('[国务院](https://www.gov.cn/)、[来信](mailto:spj@example.gov.cn)、[事项](/matters/)、[下文](#要点)\n');
    expect(of('notice-content')).toEqual([]);
  });

  it('reports a javascript: link', () => {
    expect(onlyProblem('要点见[这里](javascript:alert(1))。\n', 1, 4)).toContain('以 javascript: 开头');
  });

  it('reports a data: image and a data: link definition', () => {
    const { of } = withBody('![图](data:image/svg+xml,<svg/onload=alert(1)>)\n\n[x]: data:text/html,hi\n');
    expect(of('notice-content').map((p) => [p.line - FRONT, p.col])).toEqual([
      [1, 1],
      [3, 1],
    ]);
  });
});

describe('notice-content: what MDX cannot parse is a located problem, not a stack trace', () => {
  // The parser reports where it stopped: the end of the line for an unclosed “{”, the end of what
  // it took for the tag's attributes after “<b”.
  it('a stray “{”', () => {
    expect(onlyProblem('要点。\n\n左花括号 { 没有闭合\n', 3, 12)).toContain('\\{');
  });

  it('a “<” before a letter', () => {
    expect(onlyProblem('要点。\n\n数量 <b 的情形\n', 3, 10)).toContain('\\<');
  });

  it('an HTML comment', () => {
    expect(onlyProblem('<!-- 备注 -->\n', 1, 2)).toContain('{/* 注释 */}');
  });

  it('an unclosed <br>', () => {
    expect(onlyProblem('第一行<br>第二行\n', 1, 1)).toContain('<br />');
  });
});

describe('notice-content: comments', () => {
  it('reports a comment inside a paragraph, which the pages could not leave out', () => {
    expect(onlyProblem('要点 {/* 备注 */} 继续。\n', 1, 4)).toContain('单独成段');
  });

  it('reports a comment directly followed by text on the next line', () => {
    expect(onlyProblem('{/* 备注 */}\n正文。\n', 1, 1)).toContain('单独成段');
  });

  it('reports braces that hold a comment and code', () => {
    expect(onlyProblem('{/* a */ process.exit(1) /* b */}\n', 1, 1)).toContain('花括号表达式');
  });
});

describe('npm run check on a notice with code', () => {
  it('fails with the rule id and the line, and runs none of it', () => {
    const demo = copyDemo();
    try {
      const home = path.join(demo.dir, 'home-of-the-check');
      const file = 'src/content/notices/zezhou-2020-12-24.mdx';
      const text = fs.readFileSync(path.join(demo.dir, file), 'utf8');
      const lines = text.split('\n').length;
      fs.writeFileSync(path.join(demo.dir, file), `${text}\nimport fs from "node:fs"\n\n{process.env.HOME}{fs.readFileSync("data/jurisdictions/140525.yaml", "utf8")}\n`);
      const r = spawnSync(process.execPath, [path.join(REPO, 'scripts/check.ts')], {
        cwd: demo.dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', HOME: home },
      });
      expect(r.status, r.stderr).toBe(1);
      const found = r.stdout.split('\n').filter((l) => l.includes('  notice-content  '));
      expect(found.map((l) => l.split('  ')[0])).toEqual([`${file}:${lines + 1}:1`, `${file}:${lines + 3}:1`, `${file}:${lines + 3}:19`]);
      expect(r.stdout + r.stderr).not.toContain(home);
      expect(r.stdout + r.stderr).not.toContain('yaml-language-server'); // nothing of the file it tried to read
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/u); // no stack trace
    } finally {
      demo.cleanup();
    }
  });
});
