/**
 * A hint: a data file that is not in the canonical form `npm run fmt` writes (src/io/canonical.ts),
 * located at its first line that differs, with the command that rewrites it. While loading, each
 * record the fast reader read was written back by the fast canonical writer
 * (src/io/fast-canonical.ts), and a text equal to that is canonical, with no further work. Only
 * the other files (`ctx.unformatted`) — ones that differ, or that the fast reader or writer
 * declined — are parsed again by the YAML library and laid out by the full formatter, which
 * decides and finds the first differing line. Files with syntax errors are yaml-syntax's, notices
 * are not data files. See docs/ARCHITECTURE.md, "The canonical form".
 */
import { canonicalText } from '../../io/canonical.ts';
import { decodeUtf8 } from '../../io/text.ts';
import { defineRule } from '../rule.ts';

const BOM = [0xef, 0xbb, 0xbf];

/** How much of the expected line a message shows. */
const SHOWN = 80;

/** The 1-based number of the first line where `a` and `b` differ; undefined when they are equal. */
export function firstDifferentLine(a: string, b: string): number | undefined {
  if (a === b) return undefined;
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}

const shown = (line: string) => (line.length > SHOWN ? `${line.slice(0, SHOWN)}…` : line);

export default defineRule({
  id: 'canonical-form',
  n: 0,
  sub: 6,
  title: '数据文件不是 npm run fmt 整理的规范格式',
  severity: 'warning',
  check(ctx) {
    for (const file of [...ctx.unformatted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const bytes = ctx.source.read(file);
      if (!bytes) continue;
      const decoded = decodeUtf8(bytes);
      if (!('text' in decoded)) continue;
      // The decoder drops a byte-order mark; the formatter removes it, so it is a difference.
      const text = BOM.every((b, i) => bytes[i] === b) ? `\uFEFF${decoded.text}` : decoded.text;
      const canonical = canonicalText(text, file);
      if (canonical === undefined) continue;
      const line = firstDifferentLine(text, canonical);
      if (line === undefined) continue;
      ctx.report({ file, locate: () => ({ line, col: 1 }) }, [], `从第 ${line} 行起不是规范格式（${whatDiffers(text, canonical, line)}）：请运行 npm run fmt -- ${file} 整理（只改写法，不改数据）`);
    }
  },
});

/** What the canonical form has at `line` (1-based), for a staff member looking at that line. */
function whatDiffers(text: string, canonical: string, line: number): string {
  if (line === 1 && text.startsWith('\uFEFF')) return '文件开头有字节顺序标记（BOM），规范格式没有';
  const lines = canonical.split('\n');
  const expected = lines[line - 1];
  const actual = text.split('\n')[line - 1];
  if (actual !== undefined && actual === `${expected}\r`) return '换行应为 LF，这里是 Windows 的 CRLF';
  if (expected === undefined || (expected === '' && line === lines.length)) return '这里应是文件末尾';
  return `规范写法是“${shown(expected)}”`;
}
