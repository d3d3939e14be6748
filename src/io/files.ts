/** Attachment files: where they may live, what their bytes must look like, how they are shown. */
import fs from 'node:fs';

/** Largest attachment accepted, in bytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Extension → the bytes a file of that type starts with, and its name for people. */
export const FILE_TYPES: Readonly<Record<string, { magic: readonly number[]; label: string }>> = {
  pdf: { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], label: 'PDF' },
  docx: { magic: ZIP, label: 'Word（DOCX）' },
  xlsx: { magic: ZIP, label: 'Excel（XLSX）' },
  doc: { magic: OLE, label: 'Word（DOC）' },
  xls: { magic: OLE, label: 'Excel（XLS）' },
  png: { magic: [0x89, 0x50, 0x4e, 0x47], label: 'PNG 图片' },
  jpg: { magic: [0xff, 0xd8, 0xff], label: 'JPEG 图片' },
  jpeg: { magic: [0xff, 0xd8, 0xff], label: 'JPEG 图片' },
};

export const extensionOf = (file: string) => /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';

/**
 * The repository path of an attachment given relative to data/, or a Chinese explanation of why
 * the path is not acceptable (absolute, or leading outside data/).
 */
export function resolveDataPath(rel: string): { path: string } | { problem: string } {
  if (/^(?:[a-z]+:|\/|\\)/i.test(rel)) return { problem: `文件路径“${rel}”是绝对路径或网址：附件须放在 data/ 目录中，并写相对于 data/ 的路径，如 forms/files/申请表.pdf` };
  // Windows' separator: on the server that builds the site it is part of a file name, not a folder.
  if (rel.includes('\\')) return { problem: `文件路径“${rel}”用了反斜杠 \\：请改用正斜杠 /，写作 ${rel.replace(/\\/g, '/')}` };
  const parts: string[] = [];
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!parts.length) return { problem: `文件路径“${rel}”指向 data/ 目录之外：附件须放在 data/ 目录中` };
      parts.pop();
    } else parts.push(seg);
  }
  return { path: `data/${parts.join('/')}` };
}

/** Why these bytes do not fit the extension, or undefined when they do. */
export function contentProblem(file: string, bytes: Uint8Array): string | undefined {
  const ext = extensionOf(file);
  const type = FILE_TYPES[ext];
  if (!type) return `不支持的文件类型“.${ext}”：请使用 ${Object.keys(FILE_TYPES).join('、')} 之一`;
  if (bytes.length === 0) return '文件是空的（0 字节）：请换成完整的文件';
  const ok = type.magic.every((b, i) => bytes[i] === b);
  if (!ok) return `文件内容不是 ${type.label}（扩展名是 .${ext}，但文件开头的字节不符）：可能是改了扩展名或文件已损坏，请重新导出`;
  return undefined;
}

/** 1.2 MB, 356 KB, 800 字节 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A form file has gone between the check and the build (deleted, moved, made unreadable). */
export class AttachmentError extends Error {
  override name = 'AttachmentError';
}

/**
 * The bytes of an attachment the site publishes, read when the page is built. The check has
 * already accepted the file; if it has since vanished the build stops with a Chinese message
 * naming it (and no stack trace), and the previous site stays as it was.
 */
export function readAttachment(absPath: string, source: string) {
  try {
    // O_NOFOLLOW: a link put in the file's place after the check is refused, not followed.
    const fd = fs.openSync(absPath, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    try {
      return fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? '已不存在（检查之后被删除或移走了）' : code === 'ELOOP' ? '已被换成了符号链接' : `无法读取（${code ?? '未知原因'}）`;
    const err = new AttachmentError(`表格文件 data/${source} ${why}：请把文件放回原处，或改正表格中的路径，然后运行 npm run check 复查并重新生成网站`);
    err.stack = err.message;
    throw err;
  }
}
