/**
 * npm run import -- notice <file.docx|file.txt|file.md> --jurisdiction <id> [--write]
 * npm run import -- xlsx <file.xlsx> [--jurisdiction <id>] [--list <id>] [--write]
 *
 * xlsx: the sheets of a workbook (src/import/xlsx/) applied to the catalogue; a dry run prints the
 * semantic diff (src/history/diff.ts, text format) of what would change, and every problem as
 * `file.xlsx  sheet!C12  field  message`. --write writes every changed file or, on any problem,
 * none; an unchanged sheet changes no file.
 *
 * Drafts the transfer list record of a notice (src/import/notice/): a dry run prints it as
 * canonical YAML on stdout and, on stderr, every item that could not be matched or was matched
 * only by similarity (`file:line  name  message`). --write creates the list and its notice page
 * when nothing is unmatched and neither file exists; it never overwrites.
 * Exit 0 ok, 1 a problem with the notice or the data, 2 usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../check/problems.ts';
import { diffCatalogues, loadVersion } from '../history/diff.ts';
import { formatDiff } from '../history/format.ts';
import { type ImportOutcome, WorkbookError, formatSheetProblem, importWorkbook } from '../import/xlsx/index.ts';
import { loadCatalogue } from '../io/load.ts';
import { type FileSource, fsSource } from '../io/source.ts';
import { noticeSchema } from '../schemas/notice.ts';
import { transferListSchema } from '../schemas/transfer.ts';
import { type Finding, buildDraft, listYaml, noticeMdx } from '../import/notice/draft.ts';
import { parseNotice } from '../import/notice/parse.ts';
import { NOTICE_EXTENSIONS, NoticeFileError, noticeExtension, readNoticeBytes } from '../import/notice/text.ts';
import { type CliIo, UsageError, parseCli } from './cli.ts';

const HELP = `用法：npm run import -- notice <通知文件> --jurisdiction <区划> [选项]
      npm run import -- xlsx <工作簿.xlsx> [选项]

xlsx：读取 Excel 或 WPS 保存的工作簿（.xlsx）中的每个工作表，按表头认出它是哪一种：
  划转清单（事项名称、事项编码、事项类型、原实施部门、划转后实施部门、方向、备注；也可以是
  npm run export 导出的报备格式）、实施清单（事项名称、基本编码、实施编码、实施主体、办件类型、
  承诺办结时限……）或审管衔接备忘录（事项名称、审批科室、监管科室、信息推送要点……）。
  表头的顺序不限，可以占两行；事项按编码（没有编码时按名称）对应基本目录，部门按名称对应。
  默认只预览：在标准输出列出将新增和修改的内容（与 npm run diff 相同的格式），在标准错误列出
  每个问题：文件.xlsx  工作表!单元格  字段  说明。表中没有的字段保持不变。
  --jurisdiction 区划   表格所属的区划（不写时按表中的部门推断）
  --list 清单标识       划转清单表要更新的清单（不写时按表格第一行的标题对应）
  --write               写入全部修改；有任何问题时一个文件也不写

notice：

读取一份划转通知（Word .docx、纯文本 .txt 或 Markdown .md，文本文件须为 UTF-8 编码），
起草它的划转清单：逐项列出的事项、方向（划转/划回）、原部门、权力类型、文件写明的数量、
交接日期、过渡期、标题、文号、发文机关和成文日期。事项按名称对应基本目录（data/matters/），
部门按名称对应 data/departments/<区划>/。

默认只预览：把清单草稿（规范格式的 YAML）输出到标准输出，把需要核对的地方输出到标准错误，
每条一行：文件:行  事项名称  说明（Word 文件的“行”是段落序号）。

选项：
  --jurisdiction 区划   清单所属的区划，如 140525（必填）
  --write               写入 data/transfers/<区划>/<清单标识>.yaml 和 src/content/notices/<文件标识>.mdx；
                        有未能对应的事项或部门、或文件已存在时不写入（从不覆盖）
  --id 清单标识         不用默认的标识（成文日期加 adjustment、transfer 或 return）
  --notice-id 文件标识  不用默认的政策文件标识（本区划已有文件的前缀加文号年份和序号，或加成文日期）
  -h, --help            显示本帮助

须在仓库根目录（含 data/ 的目录）运行。
退出码：0 正常；1 通知或数据有问题（未能对应的事项、无法读取的文件、文件已存在）；2 用法错误。`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

function formatFinding(file: string, f: Finding): string {
  return `${file}:${f.line}  ${f.subject}  ${f.blocking ? '' : '（请核对）'}${f.message}`;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const parsed = parseCli(
    argv,
    { jurisdiction: { type: 'string' }, write: { type: 'boolean' }, id: { type: 'string' }, 'notice-id': { type: 'string' }, list: { type: 'string' } },
    HELP,
    io,
  );
  if (!parsed) return 0;
  const [command, fileArg, ...extra] = parsed.positionals;
  if (command === undefined) throw new UsageError('缺少要导入的内容：npm run import -- notice <通知文件> --jurisdiction <区划>，或 npm run import -- xlsx <工作簿.xlsx>');
  if (command === 'xlsx') return runXlsx(fileArg, extra, parsed.values, io);
  if (command !== 'notice') throw new UsageError(`不认识的导入类型“${command}”：可以导入通知（notice）或工作簿（xlsx）`);
  if (parsed.values.list !== undefined) throw new UsageError('--list 只用于导入工作簿（xlsx）');
  if (fileArg === undefined) throw new UsageError('缺少通知文件：npm run import -- notice <通知文件> --jurisdiction <区划>');
  if (extra.length) throw new UsageError(`多余的参数“${extra.join(' ')}”：一次只能导入一个文件`);
  const { jurisdiction, write = false, id, 'notice-id': noticeId } = parsed.values;
  if (jurisdiction === undefined) throw new UsageError('缺少 --jurisdiction：请写明清单所属的区划，如 --jurisdiction 140525');
  for (const [opt, v] of [['--id', id], ['--notice-id', noticeId]] as const) {
    if (v !== undefined && !SLUG.test(v)) throw new UsageError(`${opt} 只能使用小写英文字母、数字和连字符“-”，收到了“${v}”`);
  }

  const abs = path.resolve(io.cwd, fileArg);
  const label = path.relative(io.cwd, abs).split(path.sep).join('/') || fileArg;
  const ext = noticeExtension(abs);
  if (!ext) throw new UsageError(`“${fileArg}”不是可以导入的文件：只能导入 ${NOTICE_EXTENSIONS.join('、')} 文件（旧版 .doc 和 PDF 请先另存为 .docx 或 .txt）`);
  const bytes = readInputFile(abs, fileArg, '通知文件');
  if (!fs.existsSync(path.join(io.cwd, 'data'))) throw new UsageError('当前目录下没有 data/ 目录：请在仓库根目录运行 npm run import');

  const { catalogue, problems } = loadCatalogue(fsSource(io.cwd));
  const place = catalogue.jurisdictions.find((j) => j.data.id === jurisdiction);
  if (!place) {
    const known = catalogue.jurisdictions.map((j) => `${j.data.id}（${j.data.name}）`).join('、');
    throw new UsageError(`没有区划“${jurisdiction}”（data/jurisdictions/ 中有：${known || '无'}）`);
  }
  if (problems.length) io.stderr.write(`（提示）目录数据有 ${problems.length} 个问题，可能影响对应结果，请先运行 npm run check\n`);

  const text = await readNoticeBytes(bytes, ext, label);
  const outcome = buildDraft(parseNotice(text.lines), {
    jurisdiction: { id: place.data.id, name: place.data.name },
    departments: catalogue.departments.map((d) => d.data).filter((d) => d.jurisdiction === jurisdiction),
    matters: catalogue.matters.map((m) => m.data),
    notices: catalogue.notices.map((n) => n.data),
    ...(id ? { id } : {}),
    ...(noticeId ? { noticeId } : {}),
  });
  if (!outcome.ok) {
    for (const f of outcome.findings) io.stderr.write(`${formatFinding(label, f)}\n`);
    io.stderr.write('未能起草清单，未写入任何文件。\n');
    return 1;
  }
  const { draft } = outcome;
  for (const f of draft.findings) io.stderr.write(`${formatFinding(label, f)}\n`);
  const blocking = draft.findings.filter((f) => f.blocking).length;
  const review = draft.findings.length - blocking;
  const existing = [draft.listFile, draft.noticeFile].filter((f) => fs.existsSync(path.join(io.cwd, f)));
  const summary =
    `共 ${draft.counts.in + draft.counts.back} 个事项（划转 ${draft.counts.in}、划回 ${draft.counts.back}）` +
    `${blocking ? `，${blocking} 处未能对应` : ''}${review ? `，${review} 处请核对` : ''}。`;

  if (!write) {
    io.stdout.write(listYaml(draft));
    io.stderr.write(`${summary}预览，未写入文件；确认无误后加 --write 写入 ${draft.listFile} 和 ${draft.noticeFile}${existing.length ? `（${existing.join('、')} 已存在，不会覆盖）` : ''}。\n`);
    return blocking ? 1 : 0;
  }
  if (blocking) {
    io.stderr.write(`${summary}有未能对应的事项或部门，未写入任何文件：请改正后再导入。\n`);
    return 1;
  }
  if (existing.length) {
    io.stderr.write(`${existing.join('、')} 已存在，未写入任何文件（从不覆盖）：请用 --id 或 --notice-id 另起标识，或先核对已有的文件。\n`);
    return 1;
  }
  // The draft must be a valid record before it is written; a failure here is a fault of the importer.
  const listCheck = transferListSchema.safeParse(draft.list);
  const noticeCheck = noticeSchema.safeParse(draft.notice);
  if (!listCheck.success || !noticeCheck.success) {
    const issue = (listCheck.error ?? noticeCheck.error)!.issues[0]!;
    throw new Error(`草稿不符合数据结构（${issue.path.join('.')}：${issue.message}）`);
  }
  const files: [string, string][] = [
    [draft.listFile, listYaml(draft)],
    [draft.noticeFile, noticeMdx(draft)],
  ];
  for (const [rel, content] of files) {
    const target = path.join(io.cwd, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content, { flag: 'wx' }); // wx: never replace a file, even one created meanwhile
    io.stdout.write(`已写入 ${rel}\n`);
  }
  io.stdout.write(`${summary}请审核这两个文件（政策文件的要点请补充），运行 npm run check，再提交。\n`);
  return 0;
}

/** The work tree with some files replaced or added (repository-relative paths), for the diff. */
function overlaySource(base: FileSource, files: ReadonlyMap<string, string>): FileSource {
  return {
    label: base.label,
    list: (dir) => [...new Set([...base.list(dir), ...[...files.keys()].filter((f) => f.startsWith(`${dir}/`))])].sort(),
    read: (f) => (files.has(f) ? Buffer.from(files.get(f)!, 'utf8') : base.read(f)),
    size: (f) => (files.has(f) ? Buffer.byteLength(files.get(f)!, 'utf8') : base.size(f)),
    ...(base.links ? { links: base.links.bind(base) } : {}),
    ...(base.realPath ? { realPath: (f: string) => (files.has(f) ? f : base.realPath!(f)) } : {}),
  };
}

/** Writes every file or none: each goes to a temporary file beside it first, then all are renamed. */
function writeAll(root: string, files: ReadonlyMap<string, string>): void {
  const temps: [string, string][] = [];
  try {
    for (const [rel, text] of files) {
      const target = path.join(root, ...rel.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.importing`;
      fs.writeFileSync(temp, text, { flag: 'wx' });
      temps.push([temp, target]);
    }
  } catch (e) {
    for (const [temp] of temps) fs.rmSync(temp, { force: true });
    throw e;
  }
  for (const [temp, target] of temps) fs.renameSync(temp, target);
}

async function runXlsx(
  fileArg: string | undefined,
  extra: readonly string[],
  values: { jurisdiction?: string | undefined; write?: boolean | undefined; id?: string | undefined; 'notice-id'?: string | undefined; list?: string | undefined },
  io: CliIo,
): Promise<number> {
  if (fileArg === undefined) throw new UsageError('缺少工作簿：npm run import -- xlsx <工作簿.xlsx>');
  if (extra.length) throw new UsageError(`多余的参数“${extra.join(' ')}”：一次只能导入一个文件`);
  if (values.id !== undefined || values['notice-id'] !== undefined) throw new UsageError('--id 和 --notice-id 只用于导入通知（notice）；工作簿的清单用 --list 指定');
  if (values.list !== undefined && !SLUG.test(values.list)) throw new UsageError(`--list 只能使用小写英文字母、数字和连字符“-”，收到了“${values.list}”`);
  const abs = path.resolve(io.cwd, fileArg);
  const label = path.relative(io.cwd, abs).split(path.sep).join('/') || fileArg;
  if (path.extname(abs).toLowerCase() !== '.xlsx') throw new UsageError(`“${fileArg}”不是 .xlsx 工作簿：旧版 .xls、.et 或 .csv 请先在 Excel 或 WPS 中另存为 Excel 工作簿（*.xlsx）`);
  const bytes = readInputFile(abs, fileArg, '工作簿');
  if (!fs.existsSync(path.join(io.cwd, 'data'))) throw new UsageError('当前目录下没有 data/ 目录：请在仓库根目录运行 npm run import');

  const source = fsSource(io.cwd);
  const before = loadVersion(source);
  const { catalogue, index } = before.version;
  if (values.jurisdiction !== undefined && !catalogue.jurisdictions.some((j) => j.data.id === values.jurisdiction)) {
    const known = catalogue.jurisdictions.map((j) => `${j.data.id}（${j.data.name}）`).join('、');
    throw new UsageError(`没有区划“${values.jurisdiction}”（data/jurisdictions/ 中有：${known || '无'}）`);
  }
  if (before.problems.length) io.stderr.write(`（提示）目录数据有 ${before.problems.length} 个问题，可能影响对应结果，请先运行 npm run check\n`);

  let outcome: ImportOutcome;
  try {
    outcome = await importWorkbook(bytes, {
      catalogue,
      index,
      ...(values.jurisdiction !== undefined ? { jurisdiction: values.jurisdiction } : {}),
      ...(values.list !== undefined ? { list: values.list } : {}),
      read: (f) => source.read(f)?.toString('utf8'),
      today: new Date().toISOString().slice(0, 10),
    });
  } catch (e) {
    if (!(e instanceof WorkbookError)) throw e;
    io.stderr.write(`${formatSheetProblem(label, { sheet: '', cell: '', field: '文件', message: e.message, blocking: true })}\n未写入任何文件。\n`);
    return 1;
  }
  for (const p of outcome.problems) io.stderr.write(`${formatSheetProblem(label, p)}\n`);
  const blocking = outcome.problems.filter((p) => p.blocking).length;
  const read = outcome.sheets.map((s) => `${s.sheet}（${s.rows} 行）`).join('、');
  if (blocking) {
    io.stderr.write(`${read ? `读了工作表 ${read}；` : ''}有 ${blocking} 处问题，未写入任何文件：请改正表格后再导入。\n`);
    return 1;
  }
  if (!outcome.changes.length) {
    io.stdout.write(`${label} 的内容与目录一致（工作表 ${read}），没有需要修改的文件。\n`);
    return 0;
  }
  // The files as they would be, checked as records, and compared with the catalogue as it is.
  const files = new Map(outcome.changes.map((c) => [c.file, c.after]));
  const after = loadVersion(overlaySource(source, files));
  const broken = after.problems.filter((p) => files.has(p.file));
  if (broken.length) {
    for (const p of broken) io.stderr.write(`${formatProblem(p)}\n`);
    io.stderr.write(`导入后的记录有 ${broken.length} 处不符合数据结构，未写入任何文件：请改正表格后再导入。\n`);
    return 1;
  }
  const diff = diffCatalogues(before.version, after.version);
  io.stdout.write(formatDiff(diff, 'text', { from: { ref: '当前目录' }, to: { ref: label } }));
  const list = outcome.changes.map((c) => `${c.file}${c.before === undefined ? '（新建）' : ''}`).join('、');
  if (!values.write) {
    io.stderr.write(`预览，未写入文件；确认无误后加 --write 写入 ${list}。\n`);
    return 0;
  }
  writeAll(io.cwd, files);
  for (const c of outcome.changes) io.stdout.write(`已写入 ${c.file}\n`);
  io.stdout.write('请运行 npm run check 检查，再提交。\n');
  return 0;
}

/** The command, for the script and for tests: never throws, returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) io.stderr.write(`${e.message}\n用法见 npm run import -- --help\n`);
    else if (e instanceof NoticeFileError) {
      io.stderr.write(`${e.message}\n`);
      return 1;
    } else io.stderr.write(`import 程序自身出错（不是数据的问题），请把这段信息报告给维护者：${(e as Error).message}\n`);
    return 2;
  }
}

/** The bytes of the file a staff member named, or a usage error saying it is missing or not a file. */
function readInputFile(abs: string, fileArg: string, what: string): Buffer {
  try {
    if (!fs.statSync(abs).isFile()) throw new UsageError(`“${fileArg}”不是文件`);
    return fs.readFileSync(abs);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`找不到${what}“${fileArg}”`);
  }
}
