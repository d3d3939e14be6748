/**
 * YAML parsing that keeps positions, so that every problem can name its line and column.
 */
import { type Document, LineCounter, type Node, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
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
  /** The parsed document, when the text had no syntax error (shared: clone it before changing it). */
  readonly document?: Document;
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
  MULTIPLE_DOCS: '一个文件只能写一条记录，这里出现了第二个文档分隔符 ---：请删除多余的 ---，或把后面的记录放到单独的文件中',
  RESOURCE_EXHAUSTION: '嵌套层数过多或别名展开过大，无法读取：请把数据写成普通的列表和键值，不要使用层层嵌套或别名（*）',
  NON_STRING_KEY: '键必须是普通文字，不能是列表或映射：请改成 字段名: 值 的写法',
  ALIAS_PROPS: '别名（*）不能带锚点（&）或标签（!）：请删除它们',
  BAD_ALIAS: '别名（*）的写法有误，或指向的锚点（&）不存在：请直接写出值',
  BAD_DIRECTIVE: '以 % 开头的指令有误：请删除这一行',
  BAD_DQ_ESCAPE: '双引号中的转义写法有误（\\ 后面的字符不对）：请改用单引号，或删除反斜杠',
  BAD_PROP_ORDER: '锚点（&）和标签（!）的位置不对：请删除它们',
  BLOCK_IN_FLOW: '方括号或花括号中不能换行写列表或键值：请改成每行一项的写法',
  IMPOSSIBLE: '无法读取这里的内容：检查引号、冒号和缩进',
  KEY_OVER_1024_CHARS: '键太长（超过 1024 个字符），可能少了冒号后的空格或换行',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）：请删除多余的',
  MULTIPLE_TAGS: '一个值只能有一个标签（!）：请删除多余的',
  TAG_RESOLVE_FAILED: '不认识以 ! 开头的标签：请删除标签，直接写值',
  BAD_COLLECTION_TYPE: '这里的列表或键值写法与标签不符：请删除以 ! 开头的标签',
};

/** Deepest nesting accepted: brackets within brackets, or columns of indentation. */
export const MAX_FLOW_DEPTH = 64;
export const MAX_INDENT = 160;

/**
 * Where the text nests too deeply for a catalogue record (the YAML library would run out of
 * stack), found by a scan that never recurses; undefined when it does not.
 */
export function tooDeep(text: string): Position | undefined {
  let depth = 0;
  let quote: string | undefined;
  let line = 1;
  let lineStart = 0;
  let indent = 0;
  let atIndent = true;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      indent = 0;
      atIndent = true;
      comment = false;
      if (quote === '"' || quote === "'") continue;
      continue;
    }
    if (atIndent) {
      // Block nesting: leading spaces and the compact markers "- ", "? ", ": " of one line.
      if (c === ' ') indent++;
      else if ((c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\n')) indent += 1;
      else atIndent = false;
      if (indent > MAX_INDENT) return { line, col: i - lineStart + 1 };
      if (atIndent) continue;
    }
    if (comment) continue;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) comment = true;
    else if ((c === '"' || c === "'") && (depth > 0 || i === lineStart || /[\s:,\[{-]/.test(text[i - 1]!))) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return { line, col: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

const TOO_DEEP = `嵌套层数过多（超过 ${MAX_FLOW_DEPTH} 层括号或 ${MAX_INDENT} 列缩进），无法读取：目录记录不需要这么深的结构，请检查是否多写了括号或缩进`;
const ALIAS_BOMB = '别名（*）展开后的内容过多，无法读取（可能是恶意构造的文件）：请直接写出值，不要用锚点（&）和别名（*）层层引用';

/**
 * Digits-only plain scalars that YAML would read as numbers but that are codes: a leading zero
 * (000117109003) or six digits or more (140525). Reading them as numbers would drop the zeros.
 */
export function looksLikeCode(source: string): boolean {
  return /^\d+$/.test(source) && ((source.length > 1 && source.startsWith('0')) || source.length >= 6);
}

export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const deep = tooDeep(text);
  if (deep) {
    const pos = { line: deep.line + lineOffset, col: deep.col };
    return { value: undefined, syntaxErrors: [{ pos, message: TOO_DEEP }], locate: () => pos };
  }
  const lineCounter = new LineCounter();
  // logLevel 'error': the library would print its warnings to stderr; they are reported below instead.
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: true, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const toPos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, col: p.col };
  };
  const syntaxErrors = doc.errors.map((e) => ({
    pos: toPos(e.pos[0]),
    message: YAML_ERROR_HINTS[e.code] ?? 'YAML 语法错误：检查引号、冒号和缩进',
  }));
  if (syntaxErrors.length === 0) syntaxErrors.push(...collectionKeys(doc).map((offset) => ({ pos: toPos(offset), message: YAML_ERROR_HINTS.NON_STRING_KEY! })));
  let value: unknown;
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
  if (syntaxErrors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      // The only failure left is an alias expanding past maxAliasCount (a "billion laughs" file).
      syntaxErrors.push({ pos: toPos(firstAlias(doc) ?? 0), message: ALIAS_BOMB });
    }
  }
  return {
    value: syntaxErrors.length ? undefined : value,
    syntaxErrors,
    locate: (path) => toPos(offsetOf(doc, path)),
    ...(syntaxErrors.length ? {} : { document: doc }),
  };
}

/** Start offsets of the keys that are lists or maps (`? [a, b]`, `{a: 1}: 2`), which no record has. */
function collectionKeys(doc: Document): number[] {
  const out: number[] = [];
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) out.push((pair.key as Node).range?.[0] ?? 0);
    },
  });
  return out;
}

/** Start offset of the first alias (*name) in the document. */
function firstAlias(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node)) at = node.range?.[0];
      return visit.BREAK;
    },
  });
  return at;
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
