/**
 * YAML parsing that keeps positions, so that every problem can name its line and column.
 */
import { type Document, LineCounter, type Node, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { PathSegment } from '../check/problems.ts';

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface ParsedYaml {
  /** The plain value, or undefined when the text is not valid YAML. */
  readonly value: unknown;
  /** Position of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PathSegment[]): Position;
  readonly syntaxErrors: readonly { readonly pos: Position; readonly message: string }[];
}

const YAML_ERROR_HINTS: Record<string, string> = {
  DUPLICATE_KEY: '同一层级出现了重复的键，请删除或合并其中一个',
  BAD_INDENT: '缩进不一致，同一层级的键要对齐（用空格，不用 Tab）',
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  MISSING_CHAR: '缺少符号（如冒号后的空格、引号或括号的另一半）',
  BLOCK_AS_IMPLICIT_KEY: '键的写法有误，检查上一行是否少了冒号或缩进不对',
  MULTILINE_IMPLICIT_KEY: '键不能跨行，检查是否少了冒号或引号',
  UNEXPECTED_TOKEN: '出现了不该出现的符号，检查引号、冒号和缩进',
  BAD_SCALAR_START: '值的开头有特殊符号（如 @ ` % 等），请给整个值加上引号',
};

/**
 * Digits-only plain scalars that YAML would read as numbers but that are codes: a leading zero
 * (000117109003) or six digits or more (140525). Reading them as numbers would drop the zeros.
 */
export function looksLikeCode(source: string): boolean {
  return /^\d+$/.test(source) && ((source.length > 1 && source.startsWith('0')) || source.length >= 6);
}

export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: true, prettyErrors: false, uniqueKeys: true });
  const toPos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, col: p.col };
  };
  const syntaxErrors = doc.errors.map((e) => ({
    pos: toPos(e.pos[0]),
    message: YAML_ERROR_HINTS[e.code] ?? `YAML 语法错误：${e.message.split('\n')[0]}`,
  }));
  if (syntaxErrors.length === 0) {
    visit(doc, {
      Scalar(_key, node) {
        if (typeof node.value === 'number' && node.type === 'PLAIN' && node.srcToken && 'source' in node.srcToken) {
          const src = String(node.srcToken.source);
          if (looksLikeCode(src)) node.value = src;
        }
      },
    });
  }
  return {
    value: syntaxErrors.length ? undefined : doc.toJS(),
    syntaxErrors,
    locate: (path) => toPos(offsetOf(doc, path)),
  };
}

/** Start offset of the node at path; for a missing node, its nearest ancestor; for a key, the key. */
function offsetOf(doc: Document, path: readonly PathSegment[]): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let best = node?.range?.[0] ?? 0;
  for (const seg of path) {
    if (!node) break;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const key = pair.key as Node;
      best = key.range?.[0] ?? best;
      node = pair.value as Node | null;
      if (node?.range && !isMap(node) && !isSeq(node)) best = node.range[0];
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      break;
    }
  }
  return best;
}

/** Splits an MDX/Markdown file into its YAML front matter and the line where that YAML starts. */
export function frontMatter(text: string): { yaml: string; lineOffset: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  return { yaml: m[1]!, lineOffset: 1 };
}
