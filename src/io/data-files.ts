/**
 * What may lie under data/ besides records: the loader reads every YAML file as a record and
 * leaves attachments to the rules that use them. Anything else (a renamed record, an editor's
 * backup, a symbolic link) is reported here, so that nothing is skipped without a word.
 */
import type { CollectionName } from '../schemas/index.ts';
import type { Problem } from '../check/problems.ts';
import { fileProblem } from '../check/rule.ts';
import fileLocation from '../check/rules/file-location.ts';
import { FILE_TYPES, extensionOf } from './files.ts';
import type { FileSource } from './source.ts';

/** The catalogue's folder (load.ts's DATA_DIR; not imported from there, which imports this module's rule). */
const DATA_DIR = 'data';

/** Where the files a form may attach (blank.file, sample.file) live. */
export const ATTACHMENT_DIR = 'data/forms/files';

const YAML_FILE = /\.ya?ml$/i;
/** A record renamed by an editor or a download: x.yaml.txt, x.yml~, x.yaml.bak, x.yaml.orig … */
const RENAMED_RECORD = /\.ya?ml(?=[^/]+$)/i;

/** Whether a file under data/ is an attachment a form may reference. */
export function isAttachment(file: string): boolean {
  return file.startsWith(`${ATTACHMENT_DIR}/`) && extensionOf(file) in FILE_TYPES;
}

/** Why a file under data/ that is neither a record nor an attachment is there, in Chinese. */
function strayMessage(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (RENAMED_RECORD.test(name)) {
    const record = name.replace(/(\.ya?ml).*$/i, '$1');
    return `文件名“${name}”不以 .yaml 结尾，不会被当作记录读取：如果这是一条记录，请改名为 ${record}；如果是备份或临时文件，请删除`;
  }
  if (file.startsWith(`${ATTACHMENT_DIR}/`)) {
    return `不支持的附件类型“.${extensionOf(file)}”：${ATTACHMENT_DIR}/ 中只能放 ${Object.keys(FILE_TYPES).join('、')} 文件，请转换格式或删除这个文件`;
  }
  return `data/ 中只能放 YAML 记录（.yaml）和 ${ATTACHMENT_DIR}/ 中的表格附件：这个文件不会被读取，也不会发布。请删除它；如果是表格的空表或样表，请移到 ${ATTACHMENT_DIR}/`;
}

const LINK_MESSAGE =
  '这是一个符号链接（快捷方式）：目录数据中不能有链接，检查程序不会跟随它，网站也不会发布它指向的内容。请删除链接，把真正的文件放到这里';

/** Every symbolic link under `dirs`: the loader reports them instead of reading through them. */
export function linkProblems(source: FileSource, dirs: readonly string[]): Problem[] {
  return dirs.flatMap((dir) => (source.links?.(dir) ?? []).map((link) => fileProblem(link, fileLocation, LINK_MESSAGE)));
}

/**
 * Every file under data/ that is neither a YAML record nor an attachment. Names starting
 * with a dot (.gitkeep) are the tools' own and are left alone.
 */
export function strayFiles(source: FileSource): { file: string; message: string }[] {
  return source
    .list(DATA_DIR)
    .filter((file) => !(YAML_FILE.test(file) || isAttachment(file) || file.slice(file.lastIndexOf('/') + 1).startsWith('.')))
    .map((file) => ({ file, message: strayMessage(file) }));
}

/** The field a collection's file is named after, for the collections whose demo files all follow it. */
export const FILE_NAMED_BY: Partial<Readonly<Record<CollectionName, { readonly field: string; readonly label: string }>>> = {
  jurisdictions: { field: 'id', label: '区划标识 id' },
  departments: { field: 'id', label: '部门标识 id' },
  matters: { field: 'code', label: '基本编码 code' },
  forms: { field: 'id', label: '表格标识 id' },
  transfers: { field: 'id', label: '清单标识 id' },
  responsibilities: { field: 'matter', label: '基本编码 matter' },
};

/** When a record's file name is not its key (a matter file renamed after its code changed). */
export function fileNameProblem(collection: CollectionName, file: string, data: unknown): { path: string[]; message: string } | undefined {
  const named = FILE_NAMED_BY[collection];
  if (!named || !data || typeof data !== 'object') return undefined;
  const value = (data as Record<string, unknown>)[named.field];
  if (typeof value !== 'string') return undefined;
  const name = file.slice(file.lastIndexOf('/') + 1);
  const stem = name.replace(YAML_FILE, '');
  if (stem === value) return undefined;
  return {
    path: [named.field],
    message: `文件名是“${name}”，记录的${named.label}却是“${value}”：文件名须与${named.label}一致，请把文件改名为 ${value}.yaml，或改正${named.label}`,
  };
}
