/**
 * Rule 11: a notice body (src/content/notices/*.mdx after the front matter) is content, not code:
 * Markdown with GFM, comments {/* … *\/} on a paragraph of their own, the HTML elements of
 * NOTICE_HTML_ELEMENTS without attributes, and links to https://, http://, mailto: or the site.
 * The body is parsed with remark-mdx, so every MDX construct (import/export, {…} expressions, JSX,
 * HTML) is recognised and reported where it stands; a body MDX cannot parse (a stray “<” or “{”)
 * is reported at the place the parser stopped. Nothing is evaluated, here or in the build (the
 * pages render the body as Markdown, src/site/notice-html.ts).
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  NOTICE_COMMENT,
  NOTICE_HTML_ELEMENTS,
  commentParagraphs,
  isNoticeHtmlElement,
  noticeBodyOf,
  parseNoticeMarkdown,
} from '../../domain/notice-content.ts';
import { NOTICES_DIR } from '../../io/load.ts';
import type { Position } from '../../io/yaml.ts';
import { type RuleContext, defineRule } from '../rule.ts';

const NOTICE_FILE = /\.mdx?$/iu;

const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

const ALLOWED = NOTICE_HTML_ELEMENTS.map((n) => (n === 'br' ? '<br />' : `<${n}>…</${n}>`)).join('、');

const MARKDOWN_INSTEAD = '请改用 Markdown 写法（标题 ## 、列表 - 、表格、**加粗**、[链接文字](https://…)）';
const BRACES = '要显示花括号，请写作 \\{ 和 \\}';
const COMMENT = '注释写作 {/* 注释 */}，单独成段（前后各空一行）';

export const MESSAGES = {
  esm: '政策文件正文不能有 import 或 export 语句（会被当作代码执行）：请删除这一行；如果这是正文文字，请改写，不要让一行以 import 或 export 开头',
  expression: `政策文件正文不能有花括号表达式 {…}（会被当作代码执行）：${BRACES}；${COMMENT}`,
  commentInline: '注释 {/* … */} 要单独成段：请把它移到单独的一行，前后各空一行',
  element: (name: string) => `政策文件正文不能使用 HTML 标签 <${name}>：${MARKDOWN_INSTEAD}；HTML 只允许不带属性的 ${ALLOWED}`,
  attributes: (name: string, attrs: string) =>
    `标签 <${name}> 不能带属性（${attrs}）：请删除属性，写作 ${name === 'br' ? '<br />' : `<${name}>…</${name}>`}`,
  multiline: (name: string) => `<${name}>…</${name}> 要写在一行文字之中，如 m<${name}>2</${name}>`,
  brokenBrace: `这里或这之前的“{”被当作代码的开头，却无法解析（常见原因是“{”没有对应的“}”）：${BRACES}；${COMMENT}`,
  brokenTag: `这里或这之前的“<”被当作 HTML 标签的开头，却无法解析：要显示“<”，请写作 \\< 或全角“＜”；链接请写作 [链接文字](https://…)；换行写作 <br />；${COMMENT}`,
  brokenEsm: '这一行以 import 或 export 开头，被当作代码却无法解析：请删除这一行，或改写，不要让一行以 import 或 export 开头',
  link: (url: string, scheme: string) =>
    `链接地址“${url.length > 60 ? `${url.slice(0, 60)}…` : url}”以 ${scheme} 开头，打开它会运行代码或载入嵌入的内容：链接只能指向 https:// 或 http:// 网址、mailto: 邮箱或本站页面`,
  broken: '正文无法解析：请检查这里的“<”“{”等符号，要显示它们请写作 \\< 和 \\{',
} as const;

type Report = (pos: Position, message: string) => void;

/** Schemes a Markdown link or image in a notice may have; a relative URL (a page of the site) has none. */
const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/** The scheme of an absolute URL as a browser reads it, or undefined for a relative one. */
function schemeOf(url: string): string | undefined {
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}

/**
 * The problem MDX's parser stopped at, in Chinese, at the place it names: where it stopped, which
 * for an unclosed “{” or a “<” read as a tag may lie after the character itself (the message says so).
 */
function parseFailure(error: unknown, report: Report): void {
  const e = error as { source?: string; line?: number; column?: number; place?: unknown };
  const place = e.place as { line?: number; column?: number; start?: { line?: number; column?: number } } | undefined;
  const point = place?.start ?? place;
  const pos = { line: e.line ?? point?.line ?? 1, col: e.column ?? point?.column ?? 1 };
  const source = e.source ?? '';
  if (source.includes('mdxjs-esm')) report(pos, MESSAGES.brokenEsm);
  else if (source.includes('mdx-expression')) report(pos, MESSAGES.brokenBrace);
  else if (source.includes('mdx-jsx')) report(pos, MESSAGES.brokenTag);
  else report(pos, MESSAGES.broken);
}

function checkBody(body: string, report: Report): void {
  let tree: Root;
  try {
    tree = mdx.parse(body);
  } catch (error) {
    parseFailure(error, report);
    return;
  }
  // Comments the pages leave out: paragraphs of their own in the Markdown the pages render.
  const standalone = new Set(commentParagraphs(parseNoticeMarkdown(body), body).map((c) => `${c.start}-${c.end}`));
  const at = (node: Nodes): Position => ({ line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1 });
  const source = (node: Nodes) => body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(at(node), MESSAGES.esm);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        if (!NOTICE_COMMENT.test(source(node))) report(at(node), MESSAGES.expression);
        else if (!standalone.has(`${node.position?.start.offset}-${node.position?.end.offset}`)) report(at(node), MESSAGES.commentInline);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const el = node;
        const name = el.name ?? '';
        if (!isNoticeHtmlElement(el.name)) {
          report(at(node), MESSAGES.element(name));
          return;
        }
        if (el.attributes.length) {
          const attrs = el.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '{…}')).join('、');
          report(at(node), MESSAGES.attributes(name, attrs));
          return;
        }
        if (name !== 'br' && el.position && el.position.start.line !== el.position.end.line) {
          report(at(node), MESSAGES.multiline(name));
          return;
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = schemeOf(node.url);
        if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) report(at(node), MESSAGES.link(node.url, scheme));
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const c of node.children as Nodes[]) visit(c);
  };
  visit(tree);
}

/** Every notice file's body, checked; problems located in the file (front matter lines counted). */
function checkNotices(ctx: RuleContext): void {
  for (const file of ctx.source.list(NOTICES_DIR)) {
    if (!NOTICE_FILE.test(file)) continue;
    const text = ctx.source.read(file);
    if (!text) continue;
    const { text: body, lineOffset } = noticeBodyOf(text.toString('utf8'));
    checkBody(body, (pos, message) => {
      const where = { line: pos.line + lineOffset, col: pos.col };
      ctx.report({ file, locate: () => where }, [], message);
    });
  }
}

export default defineRule({
  id: 'notice-content',
  n: 11,
  title: '政策文件正文含代码（import、export、{…} 表达式）、HTML 标签或不安全的链接，或无法解析',
  severity: 'error',
  check: checkNotices,
});
