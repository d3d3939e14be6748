import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNotice, renderNoticeBody } from '../../src/site/notice-html.ts';
import { REPO } from '../helpers/cli.ts';

describe('notice bodies are rendered as Markdown, never evaluated', () => {
  it('shows {process.env.HOME} and an import as the text they are', () => {
    const html = renderNoticeBody('import fs from "node:fs"\n\n在这里 {process.env.HOME} 与 {fs.readFileSync("/etc/hostname")} 结束。\n');
    expect(html).toBe('<p>import fs from "node:fs"</p>\n<p>在这里 {process.env.HOME} 与 {fs.readFileSync("/etc/hostname")} 结束。</p>');
    if (process.env.HOME) expect(html).not.toContain(process.env.HOME);
  });

  it('drops raw HTML: <script>, <img onerror>, <iframe>, <style>', () => {
    const html = renderNoticeBody(
      '要点<script>alert(1)</script>。\n\n<img src=x onerror=alert(1)>\n\n<iframe src="javascript:alert(1)"></iframe>\n\n<style>body{display:none}</style>\n\n<div onclick="alert(1)">块</div>\n',
    );
    expect(html).not.toMatch(/<(?:script|img|iframe|style|div)\b/iu);
    expect(html).not.toMatch(/\son[a-z]+=/iu);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<p>要点alert(1)。</p>');
  });

  it('keeps links to the web and the site, and unlinks every other scheme', () => {
    const html = renderNoticeBody('[甲](https://www.gov.cn/) [乙](/matters/) [丙](javascript:alert(1)) [丁](data:text/html,x) ![戊](javascript:alert(1)) [己](JaVaScRiPt:alert(1))\n');
    expect(html).toContain('<a href="https://www.gov.cn/">甲</a>');
    expect(html).toContain('<a href="/matters/">乙</a>');
    expect(html).not.toMatch(/javascript:|data:/iu);
    expect(html).toContain('<a>丙</a>');
  });

  it('rebuilds the allowed tags without their attributes, and only those', () => {
    const html = renderNoticeBody('m<sup>2</sup>，H<sub>2</sub>O，上<br />下，<sup onclick="alert(1)">3</sup>，<b>粗</b>\n');
    expect(html).toBe('<p>m<sup>2</sup>，H<sub>2</sub>O，上<br>下，3，粗</p>');
  });

  it('leaves comments out and gives headings ids as Astro did', () => {
    const html = renderNoticeBody('{/* 成文日期取自落款 */}\n\n## 文件要点\n\n## 多对一：原部门与审批局\n\n## 文件要点\n');
    expect(html).toBe('\n<h2 id="文件要点">文件要点</h2>\n<h2 id="多对一原部门与审批局">多对一：原部门与审批局</h2>\n<h2 id="文件要点-1">文件要点</h2>');
  });

  it('renders GFM: tables, task lists, strikethrough, autolinks and footnotes (labelled in Chinese)', () => {
    const html = renderNoticeBody('| 甲 | 乙 |\n|:-|-:|\n| 1 | 2 |\n\n- [x] 已办\n\n~~旧~~ www.gov.cn 见注[^1]\n\n[^1]: 以原文为准。\n');
    expect(html).toContain('<th align="left">甲</th>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<del>旧</del>');
    expect(html).toContain('<a href="http://www.gov.cn">www.gov.cn</a>');
    expect(html).toContain('<h2 id="footnote-label">注释</h2>');
    expect(html).toContain('aria-label="返回正文第 1 处注释"');
  });

  it('renders the demo notices without any script, handler or foreign URL', () => {
    const dir = path.join(REPO, 'src/content/notices');
    for (const f of fs.readdirSync(dir)) {
      const html = renderNotice(fs.readFileSync(path.join(dir, f), 'utf8'));
      expect(html, f).toMatch(/^\n?<h2 id="文件要点">文件要点<\/h2>/u);
      expect(html, f).not.toMatch(/<script|\son[a-z]+=|javascript:|\{\/\*/iu);
    }
  });
});
