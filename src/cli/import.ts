/**
 * npm run import -- notice <file.docx|file.txt|file.md> --jurisdiction <id> [--write]
 *
 * Drafts the transfer list record of a notice (src/import/notice/): a dry run prints it as
 * canonical YAML on stdout and, on stderr, every item that could not be matched or was matched
 * only by similarity (`file:line  name  message`). --write creates the list and its notice page
 * when nothing is unmatched and neither file exists; it never overwrites.
 * Exit 0 ok, 1 a problem with the notice or the data, 2 usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from '../io/load.ts';
import { fsSource } from '../io/source.ts';
import { noticeSchema } from '../schemas/notice.ts';
import { transferListSchema } from '../schemas/transfer.ts';
import { type Finding, buildDraft, listYaml, noticeMdx } from '../import/notice/draft.ts';
import { parseNotice } from '../import/notice/parse.ts';
import { NOTICE_EXTENSIONS, NoticeFileError, noticeExtension, readNoticeBytes } from '../import/notice/text.ts';
import { type CliIo, UsageError, parseCli } from './cli.ts';

const HELP = `用法：npm run import -- notice <通知文件> --jurisdiction <区划> [选项]

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
    { jurisdiction: { type: 'string' }, write: { type: 'boolean' }, id: { type: 'string' }, 'notice-id': { type: 'string' } },
    HELP,
    io,
  );
  if (!parsed) return 0;
  const [command, fileArg, ...extra] = parsed.positionals;
  if (command === undefined) throw new UsageError('缺少要导入的内容：npm run import -- notice <通知文件> --jurisdiction <区划>');
  if (command !== 'notice') throw new UsageError(`不认识的导入类型“${command}”：目前只能导入通知（notice）`);
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
  let bytes: Buffer;
  try {
    if (!fs.statSync(abs).isFile()) throw new UsageError(`“${fileArg}”不是文件`);
    bytes = fs.readFileSync(abs);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`找不到通知文件“${fileArg}”`);
  }
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
