/**
 * npm run new — writes the scaffold of a new record (src/import/scaffold/): a matter of the basic
 * catalogue, a guide, a responsibility division or a transfer list of one jurisdiction, or a form, with everything derivable
 * filled in and a 【待填写：…】 blank where staff must write, which `npm run check` reports until
 * it is filled. Never overwrites a file; `--dry-run` prints the record instead of writing it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CatalogueIndex } from '../domain/catalogue.ts';
import { ScaffoldError, type Scaffold } from '../import/scaffold/scaffold.ts';
import { formScaffold, guideScaffold, matterScaffold, responsibilityScaffold, transferScaffold } from '../import/scaffold/records.ts';
import { loadCatalogue } from '../io/load.ts';
import { fsSource } from '../io/source.ts';
import { type CliIo, UsageError, catalogueRootProblem, command, parseCli, todayProblem } from './cli.ts';

const HELP = `用法：
  npm run new -- guide <基本编码> --jurisdiction <区划> [--department <部门>]
  npm run new -- responsibility <基本编码> --jurisdiction <区划> [--supervision <部门>]
  npm run new -- matter <基本编码> --name <名称> --type <事项类型> --limit <法定时限> --objects <服务对象> [--local]
  npm run new -- form <表格标识> [--title <标题>] [--jurisdiction <区划> --department <制发部门>]
  npm run new -- transfer --jurisdiction <区划> --matters <基本编码,…> [--date <成文日期>] [--direction 划转|划回]
                 [--department <部门>] [--id <清单标识>] [--notice <政策文件>]

新建一条记录：能从目录推出的内容（十项基本要素、实施编码、审批局、划转前的实施部门等）已填好，
需要工作人员填写的地方写作“【待填写：…】”；这些空白填完之前 npm run check 会报错，网站不会生成。

种类：
  guide            办事指南，写入 data/guides/<区划>/<基本编码>.yaml；实施编码 = 实施部门的统一社会信用代码
                   + 层级码 + 基本编码；不写 --department 时用划转清单中该事项当前的实施部门
  responsibility   职责边界，写入 data/responsibilities/<区划>/<基本编码>.yaml；审批部门为本区划的审批局，
                   监管部门为划转前实施该事项的部门（清单中查不到时用 --supervision 写明）
  matter           基本目录事项，写入 data/matters/<基本编码>.yaml；设定依据待填写
  form             表格（结构化定义，同时生成空表和样表），写入 data/forms/<表格标识>.yaml；
                   写了 --department 时制发单位为该部门
  transfer         划转清单，写入 data/transfers/<区划>/<清单标识>.yaml（标识默认为 成文日期-transfer 或
                   成文日期-return）；划转时划入部门为本区划的审批局，划出部门为划转清单中该事项当前的实施
                   部门，划回时反过来；事项名称和权力类型取自基本目录，声明的数量按所列事项计；
                   有文件的通知请用 npm run import -- notice 导入

选项：
  --jurisdiction <区划>   区划代码或标识，如 140525
  --department <部门>     实施部门的标识，如 xzspj；划转清单中为划出（划回时为接收）事项的部门，
                          只在划转清单中还查不到该事项的实施部门时需要
  --matters <编码,…>      划转清单中的事项，基本编码用逗号分隔，如 140131001000,140131002000
  --date <YYYY-MM-DD>     划转清单的成文日期（默认今天）
  --direction <方向>      划转（到审批局，默认）或 划回（原部门）
  --id <清单标识>         划转清单的标识，小写英文字母、数字和连字符
  --notice <政策文件>     划转清单对应的政策文件标识（src/content/notices/ 中的文件名）
  --supervision <部门>    监管部门的标识，如 jtysj
  --name <名称>           事项名称
  --title <标题>          表格标题
  --type <事项类型>       如 行政许可、其他行政权力
  --limit <法定时限>      数值+单位，如 20工作日
  --objects <服务对象>    多个用顿号分隔，如 企业法人、自然人
  --local                 编码是本地编制的（没有国家基本目录编码）
  --today <YYYY-MM-DD>    办事指南的审核日期（默认今天）
  --dry-run               只把记录输出到屏幕，不写文件
  -h, --help              显示本帮助

退出码：0 已写入（或已输出）；1 文件已存在，未写入；2 用法错误。`;

const OPTIONS = {
  jurisdiction: { type: 'string' },
  department: { type: 'string' },
  supervision: { type: 'string' },
  matters: { type: 'string' },
  date: { type: 'string' },
  direction: { type: 'string' },
  id: { type: 'string' },
  notice: { type: 'string' },
  name: { type: 'string' },
  title: { type: 'string' },
  type: { type: 'string' },
  limit: { type: 'string' },
  objects: { type: 'string' },
  local: { type: 'boolean' },
  today: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

const KINDS = ['guide', 'responsibility', 'matter', 'form', 'transfer'] as const;

function run(argv: string[], io: CliIo): number {
  const args = parseCli(argv, OPTIONS, HELP, io);
  if (!args) return 0;
  const [kind, first, ...rest] = args.positionals;
  if (!kind) throw new UsageError(`请写明要新建的种类（${KINDS.join('、')}）和基本编码`);
  if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`不认识的种类“${kind}”：可选 ${KINDS.join('、')}`);
  // A transfer list names its matters with --matters; every other kind takes one code or id.
  if (kind === 'transfer' && first) throw new UsageError(`划转清单的事项请用 --matters 写明，如 --matters ${first}`);
  const code = first ?? '';
  if (!code && kind !== 'transfer') throw new UsageError(kind === 'form' ? '请写明表格标识，如 npm run new -- form road-passenger-licence-application' : `请写明基本编码，如 npm run new -- ${kind} 141021001000`);
  if (rest.length) throw new UsageError(`多余的参数：${rest.join(' ')}`);
  const v = args.values;
  const today = v.today ?? new Date().toISOString().slice(0, 10);
  const todayError = todayProblem(today);
  if (todayError) throw new UsageError(todayError);
  const date = v.date ?? today;
  const dateError = todayProblem(date, '--date');
  if (dateError) throw new UsageError(dateError);
  const rootProblem = catalogueRootProblem(io.cwd);
  if (rootProblem) throw new UsageError(rootProblem);

  const index = new CatalogueIndex(loadCatalogue(fsSource(io.cwd)).catalogue);
  let scaffold: Scaffold;
  try {
    if (kind === 'transfer') {
      scaffold = transferScaffold(index, { jurisdiction: v.jurisdiction, matters: v.matters, date, direction: v.direction, department: v.department, id: v.id, notice: v.notice });
    } else if (kind === 'form') scaffold = formScaffold(index, { id: code, title: v.title, jurisdiction: v.jurisdiction, department: v.department });
    else if (kind === 'guide') scaffold = guideScaffold(index, { code, jurisdiction: v.jurisdiction, department: v.department, today });
    else if (kind === 'responsibility') scaffold = responsibilityScaffold(index, { code, jurisdiction: v.jurisdiction, supervision: v.supervision });
    else scaffold = matterScaffold(index, { code, name: v.name, type: v.type, limit: v.limit, objects: v.objects, local: v.local ?? false });
  } catch (e) {
    if (e instanceof ScaffoldError) throw new UsageError(e.message);
    throw e;
  }

  if (v['dry-run']) {
    io.stdout.write(scaffold.text);
    return 0;
  }
  const target = path.join(io.cwd, scaffold.file);
  if (fs.existsSync(target)) {
    io.stderr.write(`${scaffold.file} 已存在，没有写入（从不覆盖）：请直接修改这个文件，或先删除它\n`);
    return 1;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, scaffold.text, { flag: 'wx' });
  const lines = [`已写入 ${scaffold.file}`, '', `请填写这 ${scaffold.blanks.length} 处空白（填完之前 npm run check 会逐条报错）：`];
  for (const b of scaffold.blanks) lines.push(`  ${b.path}  ${b.label}`);
  if (scaffold.assumed.length) {
    lines.push('', '这些值按最常见的情况预填，请核对：');
    for (const a of scaffold.assumed) lines.push(`  ${a.path}  ${a.value}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export const main = command('new', run);
