/**
 * A notice body as HTML. The body is Markdown with GFM (parsed by remark, never evaluated as MDX):
 * raw HTML is dropped (remark-rehype without dangerous HTML) except the allow-listed elements of
 * src/domain/notice-content.ts, which are rebuilt here without attributes; the result is sanitized
 * with GitHub's schema narrowed to what Markdown produces. Headings get ids from their text with
 * github-slugger, as Astro gives headings of Markdown pages.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Html, Parent, Root as MdastRoot, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { type NoticeHtmlElement, NOTICE_HTML_ELEMENTS, commentParagraphs, noticeBodyOf, parseNoticeMarkdown } from '../domain/notice-content.ts';

/** The elements Markdown with GFM produces (footnotes, task lists and tables included). */
const MARKDOWN_TAGS = [
  'a', 'blockquote', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'input', 'li', 'ol', 'p', 'pre',
  'section', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
];

/** Attributes any element may keep: those Markdown itself produces. */
const GLOBAL_ATTRIBUTES = new Set(['align', 'alt', 'checked', 'id', 'start', 'title']);

const allowedTags = new Set<string>([...MARKDOWN_TAGS, ...NOTICE_HTML_ELEMENTS]);

/** GitHub's schema (rehype-sanitize's default), narrowed to Markdown's output and the allow-list. */
export const NOTICE_SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => allowedTags.has(t)),
  attributes: Object.fromEntries(
    Object.entries(defaultSchema.attributes ?? {})
      .filter(([tag]) => tag === '*' || allowedTags.has(tag))
      .map(([tag, attrs]) => [tag, tag === '*' ? attrs.filter((a) => GLOBAL_ATTRIBUTES.has(typeof a === 'string' ? a : a[0])) : attrs]),
  ),
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  // Ids come from Markdown (footnotes) and from heading text; none from raw HTML, which is dropped.
  clobber: [],
};

const SELF_CLOSING: ReadonlySet<string> = new Set(['br']);

/** `<br>`, `<br/>`, `<br />`, `<sup>`, `</sup>` …: an allow-listed tag written without attributes. */
function allowedTag(node: RootContent): { name: NoticeHtmlElement; closing: boolean } | undefined {
  if (node.type !== 'html') return undefined;
  const m = /^<(\/?)([a-z]+)\s*(\/?)>$/iu.exec((node as Html).value.trim());
  if (!m) return undefined;
  const name = m[2]!.toLowerCase();
  if (!(NOTICE_HTML_ELEMENTS as readonly string[]).includes(name)) return undefined;
  if (SELF_CLOSING.has(name) ? m[1] === '/' : m[3] === '/') return undefined;
  return { name: name as NoticeHtmlElement, closing: m[1] === '/' };
}

/** An allow-listed element rebuilt from raw HTML; remark-rehype turns it into `data.hName`. */
interface NoticeElement extends Parent {
  type: 'noticeElement';
  children: RootContent[];
  data: { hName: string; hProperties: Record<string, never> };
}

declare module 'mdast' {
  interface RootContentMap {
    noticeElement: NoticeElement;
  }
}

/** An mdast node that remark-rehype turns into the element `name` with these children. */
const elementNode = (name: string, children: RootContent[]): NoticeElement => ({ type: 'noticeElement', data: { hName: name, hProperties: {} }, children });

/**
 * Empties comment paragraphs and rebuilds allow-listed tags as elements: `<br />` on its own, and
 * `<sup>`…`</sup>` (or sub) with what lies between, within one paragraph. Every other piece of
 * raw HTML stays an `html` node, which remark-rehype drops.
 */
function noticeMarkdown() {
  return (tree: MdastRoot, file: { value: unknown }) => {
    const body = String(file.value);
    const comments = new Set(commentParagraphs(tree, body).map((c) => c.start));
    const rebuild = (parent: Parent) => {
      const out: RootContent[] = [];
      const open: { name: string; at: number }[] = [];
      for (const child of parent.children) {
        // A comment leaves an empty text where it stood (the line break MDX left there), nothing else.
        if (child.type === 'paragraph' && comments.has(child.position?.start.offset ?? -1)) {
          out.push({ type: 'text', value: '' });
          continue;
        }
        if ('children' in child) rebuild(child as Parent);
        const tag = allowedTag(child);
        if (tag && SELF_CLOSING.has(tag.name)) out.push(elementNode(tag.name, []));
        else if (tag && !tag.closing) {
          open.push({ name: tag.name, at: out.length });
          out.push(child);
        } else if (tag && open.length && open[open.length - 1]!.name === tag.name) {
          const { at } = open.pop()!;
          const inner = out.splice(at);
          out.push(elementNode(tag.name, inner.slice(1)));
        } else out.push(child);
      }
      parent.children = out;
    };
    rebuild(tree);
  };
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';
}

/** Heading ids from the heading's text, one slugger per body (a repeated heading gets -1, -2 …). */
function headingIds() {
  return (tree: HastRoot) => {
    const slugger = new GithubSlugger();
    const visit = (node: HastRoot | Element) => {
      for (const c of node.children) {
        if (c.type !== 'element') continue;
        if (/^h[1-6]$/u.test(c.tagName) && c.properties.id === undefined) c.properties.id = slugger.slug(textOf(c));
        visit(c);
      }
    };
    visit(tree);
  };
}

const processor = unified()
  .use(function markdown(this: unknown) {
    // The same parser as the check's consistency test (parseNoticeMarkdown): remark with GFM.
    (this as { parser: (doc: string) => MdastRoot }).parser = parseNoticeMarkdown;
  })
  .use(noticeMarkdown)
  .use(remarkRehype, {
    allowDangerousHtml: false,
    footnoteLabel: '注释',
    footnoteLabelProperties: {},
    footnoteBackLabel: (i: number) => `返回正文第 ${i + 1} 处注释`,
  })
  .use(rehypeSanitize, NOTICE_SANITIZE_SCHEMA)
  .use(headingIds)
  .use(rehypeStringify);

/** The HTML of a notice body (the text after the front matter). */
export function renderNoticeBody(body: string): string {
  return String(processor.processSync(body));
}

/** The HTML of a notice file's body. */
export const renderNotice = (file: string): string => renderNoticeBody(noticeBodyOf(file).text);
