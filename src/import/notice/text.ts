/**
 * Reading a notice file into numbered lines of text: Word (.docx) through mammoth's raw text,
 * plain text and Markdown as UTF-8. Problems a staff member can cause (a file that is not a Word
 * document, a text file in another encoding, an empty file) are thrown as NoticeFileError with a
 * Chinese message naming the file and, where known, the line.
 */
import path from 'node:path';
import { decodeUtf8 } from '../../io/text.ts';

/** One line of the notice: its number in the file (the paragraph number for Word) and its text. */
export interface SourceLine {
  readonly no: number;
  readonly text: string;
}

export interface NoticeText {
  readonly lines: readonly SourceLine[];
  /** What `no` counts: lines of a text file, paragraphs of a Word document. */
  readonly unit: '行' | '段';
}

/** A notice file that cannot be read as a notice; `message` is Chinese and names the file. */
export class NoticeFileError extends Error {
  override name = 'NoticeFileError';
}

/** The kinds of file the importer reads, by extension. */
export const NOTICE_EXTENSIONS = ['.docx', '.txt', '.md'] as const;
export type NoticeExtension = (typeof NOTICE_EXTENSIONS)[number];

export function noticeExtension(file: string): NoticeExtension | undefined {
  const ext = path.extname(file).toLowerCase();
  return (NOTICE_EXTENSIONS as readonly string[]).includes(ext) ? (ext as NoticeExtension) : undefined;
}

/**
 * Decodes UTF-8 strictly (`decodeUtf8` of src/io/text.ts, the catalogue's one decoder). A byte
 * sequence that is not UTF-8 (a GBK file, typically) is reported with the line it is on, instead
 * of being replaced by U+FFFD and silently garbling names.
 */
export function decodeNoticeUtf8(bytes: Uint8Array, label: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new NoticeFileError(`${label}  文件是 UTF-16 编码：请在编辑器中另存为 UTF-8 编码后再导入`);
  }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) {
    const { line } = decoded.pos;
    throw new NoticeFileError(
      `${label}:${line}  文件不是 UTF-8 编码（第 ${line} 行有无法识别的字节，可能是 GBK 编码）：请在编辑器中另存为 UTF-8 编码后再导入`,
    );
  }
  return decoded.text;
}

/** Markdown markup that carries no wording: heading marks, quotes, emphasis, escapes, bullets. */
function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/u, '')
    .replace(/^\s{0,3}>\s?/u, '')
    .replace(/^(\s*)[-*+]\s+/u, '$1• ')
    .replace(/\*\*|__/gu, '')
    .replace(/\\([\\.()[\]*_#+\-!])/gu, '$1');
}

/** Characters that never carry text: zero-width marks; tabs and no-break spaces become spaces. */
function cleanChars(s: string): string {
  return s.replace(/[\u200b-\u200d\u2060\ufeff]/gu, '').replace(/[\t\u00a0]/gu, ' ');
}

function linesOf(text: string, markdown: boolean): SourceLine[] {
  return text.split(/\r\n?|\n/u).map((t, i) => ({ no: i + 1, text: cleanChars(markdown ? stripMarkdown(t) : t) }));
}

/** Paragraphs of mammoth's raw text (each paragraph followed by a blank line), numbered from 1. */
function paragraphsOf(raw: string): SourceLine[] {
  const out: SourceLine[] = [];
  const paragraphs = raw.replace(/\r\n?/gu, '\n').replace(/\n+$/u, '').split('\n\n');
  paragraphs.forEach((p, i) => {
    // A soft line break inside a paragraph stays a line of its own, with the paragraph's number.
    for (const t of p.split('\n')) out.push({ no: i + 1, text: cleanChars(t) });
  });
  return out;
}

function assertNotEmpty(lines: readonly SourceLine[], label: string): void {
  if (!lines.some((l) => l.text.trim() !== '')) throw new NoticeFileError(`${label}  文件是空的，没有可以导入的文字`);
}

/** Text of a Word document through mammoth; anything mammoth cannot open is a NoticeFileError. */
async function docxText(bytes: Buffer, label: string): Promise<string> {
  // A .docx is a zip archive; anything else (an old .doc, a renamed file) is refused plainly.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    const hint = bytes[0] === 0xd0 && bytes[1] === 0xcf ? '（这是旧版 Word 的 .doc 格式）' : '';
    throw new NoticeFileError(`${label}  不是有效的 Word 文件${hint}：.docx 文件应是 zip 压缩包。请在 Word 中“另存为” .docx 格式后再导入`);
  }
  const mammoth = (await import('mammoth')).default;
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch (e) {
    throw new NoticeFileError(`${label}  无法读取这个 Word 文件（${(e as Error).message.split('\n')[0]}）：请在 Word 中打开并另存为 .docx 后再导入`);
  }
}

/** The lines of a notice file. `label` names the file in messages (its path as the user gave it). */
export async function readNoticeBytes(bytes: Buffer, ext: NoticeExtension, label: string): Promise<NoticeText> {
  if (bytes.length === 0) throw new NoticeFileError(`${label}  文件是空的，没有可以导入的文字`);
  if (ext === '.docx') {
    const lines = paragraphsOf(await docxText(bytes, label));
    assertNotEmpty(lines, label);
    return { lines, unit: '段' };
  }
  const lines = linesOf(decodeNoticeUtf8(bytes, label), ext === '.md');
  assertNotEmpty(lines, label);
  return { lines, unit: '行' };
}
