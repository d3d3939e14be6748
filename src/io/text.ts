/**
 * Text files of the catalogue are UTF-8. A file saved as GBK/GB18030 (Windows' default for
 * Chinese) is refused where its first invalid byte is, instead of being read as garbled text.
 * A UTF-8 byte-order mark (which Windows Notepad adds) is accepted and dropped.
 */
import type { Position } from './yaml.ts';

export type Decoded = { readonly text: string } | { readonly problem: string; readonly pos: Position };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, if any. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return undefined;
}

/** The file's text, or where and why it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes) ?? 0;
    // lastIndexOf reads a negative start as counted from the end, so the first byte is its own case.
    const lineStart = bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    // Columns count characters, as the YAML positions do; a BOM on the first line is not one.
    const skip = lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const col = new TextDecoder('utf-8').decode(bytes.subarray(lineStart + skip, bad)).length + 1;
    return {
      problem: '文件不是 UTF-8 编码（可能是 GBK/GB18030 等 Windows 中文编码），从这里开始无法读取：请用编辑器（如 VS Code：右下角编码 → 通过编码保存 → UTF-8；记事本：另存为 → 编码选 UTF-8）把文件另存为 UTF-8 后再检查',
      pos: { line, col },
    };
  }
}
