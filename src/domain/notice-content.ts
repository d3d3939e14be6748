/**
 * What a notice body (src/content/notices/*.mdx, after the front matter) may contain: Markdown with
 * GFM, comments written {/* … *\/} on a paragraph of their own, and a few HTML elements without
 * attributes. Nothing in a body is ever evaluated: the `notice-content` rule checks it
 * (src/check/rules/), and the notice pages render it as Markdown (src/site/notice-html.ts).
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** HTML elements a notice body may use, always without attributes. */
export const NOTICE_HTML_ELEMENTS = ['br', 'sup', 'sub'] as const;
export type NoticeHtmlElement = (typeof NOTICE_HTML_ELEMENTS)[number];

export const isNoticeHtmlElement = (name: string | null | undefined): name is NoticeHtmlElement =>
  (NOTICE_HTML_ELEMENTS as readonly (string | null | undefined)[]).includes(name);

/** The front matter: --- on the first line, up to the next line that is ---. */
const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/u;

export interface NoticeBody {
  /** The text after the front matter (all of it when there is none). */
  readonly text: string;
  /** Lines of the file before the body: body line 1 is file line `lineOffset + 1`. */
  readonly lineOffset: number;
}

/** The body of a notice file. */
export function noticeBodyOf(file: string): NoticeBody {
  const m = FRONT_MATTER.exec(file);
  if (!m) return { text: file, lineOffset: 0 };
  return { text: file.slice(m[0].length), lineOffset: m[0].split('\n').length - 1 };
}

/**
 * An MDX comment: braces around nothing but block comments, e.g. {/* 成文日期取自落款 *\/}.
 * A block comment ends at the first `*\/`, so the pattern is exact: `{/* a *\/ 1 /* b *\/}` does not match.
 */
export const NOTICE_COMMENT = /^\{\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)+\}$/u;

/** A body parsed as Markdown with GFM (never MDX): the tree the notice pages are rendered from. */
export function parseNoticeMarkdown(body: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(body);
}

/** Start and end offsets (in the body) of the paragraphs that are comments; the pages leave them out. */
export function commentParagraphs(tree: Root, body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }) => {
    if (node.type === 'paragraph') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined && NOTICE_COMMENT.test(body.slice(start, end))) out.push({ start, end });
      return;
    }
    for (const c of node.children ?? []) visit(c as Parameters<typeof visit>[0]);
  };
  visit(tree);
  return out;
}
