/**
 * The scaffolds of `npm run new`: a matter of the basic catalogue, a guide, a responsibility
 * division and a transfer list of one jurisdiction, and a form. Everything derivable is filled in from the catalogue (the ten
 * elements of the matter, the implementing department, the implementation code, the approval
 * bureau, the department that held the matter before the bureau); every free text staff must
 * write is a blank (src/import/scaffold/scaffold.ts); code-list values that have a usual case
 * take it and are listed as assumed, to be confirmed.
 */
import { blankMarker } from '../../check/rules/unfinished.ts';
import type { CatalogueIndex } from '../../domain/catalogue.ts';
import { IMPLEMENTATION_LEVEL_DIGIT, basicCodeProblem } from '../../domain/code-formats.ts';
import { splitJurisdictionKey } from '../../domain/keys.ts';
import { EXERCISE_LEVELS, MATTER_TYPES, SERVICE_OBJECTS, TIME_UNITS, TRANSFER_DIRECTIONS, type TimeLimit, type TransferEntry, transferListSchema } from '../../schemas/index.ts';
import { listIdOf } from '../notice/draft.ts';
import {
  type Assumed,
  type Scaffold,
  ScaffoldError,
  blankFor,
  candidatesText,
  closest,
  departmentOf,
  elementsFor,
  holdingsOf,
  jurisdictionOf,
  render,
} from './scaffold.ts';

/** The value every one of `values` has (compared as JSON), or undefined when they differ or there are none. */
function agreed<T>(values: readonly T[]): T | undefined {
  const [first] = values;
  if (first === undefined) return undefined;
  const key = JSON.stringify(first);
  return values.every((v) => JSON.stringify(v) === key) ? first : undefined;
}

const labels = (list: { entries: readonly (readonly [string, string])[] }) => list.entries.map(([, label]) => label);

/** A label of a code list, or an error listing the closest labels. */
function labelIn(list: { title: string; entries: readonly (readonly [string, string])[] }, value: string, option: string): string {
  const all = labels(list);
  if (all.includes(value)) return value;
  const near = closest(value, all.map((l) => ({ key: l, name: l })), 3).map((c) => c.replace(/（.*$/u, ''));
  throw new ScaffoldError(`${option} 的“${value}”不是${list.title}：可选 ${all.join('、')}；最接近的是 ${near.join('、')}`);
}

export interface MatterArgs {
  readonly code: string;
  readonly name: string | undefined;
  readonly type: string | undefined;
  /** `20工作日`, `3个月` … */
  readonly limit: string | undefined;
  /** Service objects separated by 、 or commas. */
  readonly objects: string | undefined;
  readonly local: boolean;
}

/** Parses `20工作日`, `20 工作日`, `3个月` into a time limit. */
function parseLimit(text: string): TimeLimit {
  const m = /^(\d+(?:\.\d+)?)\s*个?\s*(\S+)$/u.exec(text.trim());
  const units = labels(TIME_UNITS);
  if (!m || !units.includes(m[2]!)) throw new ScaffoldError(`--limit 应写作“数值+单位”，如 20工作日，单位可选 ${units.join('、')}；收到了“${text}”`);
  return { value: Number(m[1]), unit: m[2] as TimeLimit['unit'] };
}

/** A matter of the basic catalogue: its ten elements, the legal basis left blank. */
export function matterScaffold(index: CatalogueIndex, a: MatterArgs): Scaffold {
  const codeProblem = basicCodeProblem(a.code);
  if (codeProblem) throw new ScaffoldError(codeProblem);
  const existing = index.matters.get(a.code);
  if (existing) throw new ScaffoldError(`编码 ${a.code} 已是基本目录中的“${index.elementsOf(a.code)?.name}”（${existing.matter.file}）：请另选编码`);
  if (!a.name?.trim()) throw new ScaffoldError('请用 --name 写明事项名称，如 --name 道路旅客运输经营许可');
  if (!a.type) throw new ScaffoldError(`请用 --type 写明事项类型（${labels(MATTER_TYPES).join('、')}）`);
  if (!a.limit) throw new ScaffoldError('请用 --limit 写明法定办结时限，如 --limit 20工作日');
  if (!a.objects) throw new ScaffoldError(`请用 --objects 写明服务对象，多个用顿号分隔，如 --objects 企业法人、自然人（${labels(SERVICE_OBJECTS).join('、')}）`);
  const objects = a.objects
    .split(/[,，、\s]+/u)
    .filter((o) => o !== '')
    .map((o) => labelIn(SERVICE_OBJECTS, o, '--objects'));
  const record = {
    name: a.name.trim(),
    code: a.code,
    legalBasis: [{ law: blankFor('matters', ['legalBasis', '*', 'law']), articles: blankFor('matters', ['legalBasis', '*', 'articles']) }],
    type: labelIn(MATTER_TYPES, a.type, '--type'),
    statutoryLimit: parseLimit(a.limit),
    quantityLimit: false,
    annualInspection: false,
    annualReport: false,
    serviceObjects: objects,
    local: a.local,
  };
  const assumed: Assumed[] = [
    { path: 'quantityLimit', value: 'false（无数量限制）' },
    { path: 'annualInspection', value: 'false（无年检）' },
    { path: 'annualReport', value: 'false（无年报）' },
  ];
  return render('matters', `data/matters/${a.code}.yaml`, record, assumed);
}

export interface GuideArgs {
  readonly code: string;
  readonly jurisdiction: string | undefined;
  /** Absent: the matter's current holder by the jurisdiction's transfer lists. */
  readonly department: string | undefined;
  /** The date written as `reviewed`. */
  readonly today: string;
}

/** A telephone number with its area code (0356-3021234, 0356-12345). */
const AREA_CODED = /^0\d{2,3}-/u;

/**
 * The complaint line most of the jurisdiction's guides give (usually the area's 12345 hotline with
 * its area code); 12345 when the jurisdiction has no guide yet, which rule phones then asks to
 * complete with the area code.
 */
function usualComplaintPhone(index: CatalogueIndex, jurisdiction: string): string {
  const counts = new Map<string, number>();
  for (const g of index.catalogue.guides) {
    if (g.data.jurisdiction === jurisdiction) counts.set(g.data.phones.complaint, (counts.get(g.data.phones.complaint) ?? 0) + 1);
  }
  let best = '12345';
  let most = 0;
  for (const [phone, n] of counts) if (n > most) [best, most] = [phone, n];
  return best;
}

/** A guide: the ten elements and the implementation code derived, the service details blank. */
export function guideScaffold(index: CatalogueIndex, a: GuideArgs): Scaffold {
  const j = jurisdictionOf(index, a.jurisdiction).data;
  const { elements } = elementsFor(index, a.code);
  let deptId = a.department;
  if (!deptId) {
    const holder = holdingsOf(index, j.id).currentHolder(a.code);
    if (!holder) {
      const known = index.departmentsOf(j.id).map((d) => d.data.id);
      throw new ScaffoldError(`${j.name}的划转清单没有写明谁实施“${elements.name}”：请用 --department 写明实施部门（${known.join('、') || '无'}）`);
    }
    deptId = splitJurisdictionKey(holder)[1];
  }
  const dept = departmentOf(index, j.id, deptId).data;
  if (!dept.creditCode) throw new ScaffoldError(`${dept.name}还没有统一社会信用代码（data/departments/${j.id}/${dept.id}.yaml 的 creditCode），算不出实施编码：请先补上`);
  const level = IMPLEMENTATION_LEVEL_DIGIT[j.level];
  if (!level) throw new ScaffoldError(`区划${j.name}的层级“${j.level}”没有实施编码的层级码，算不出实施编码`);

  const b = (...path: string[]) => blankFor('guides', path);
  const complaint = usualComplaintPhone(index, j.id);
  // A department line with an area code is the consultation phone; otherwise the guide says it is
  // not published and staff write where to ask (or replace it with the number).
  const consultation =
    dept.phone && AREA_CODED.test(dept.phone) && dept.phone !== complaint
      ? dept.phone
      : { unpublished: true, ask: blankMarker('没有公开的咨询电话时可以询问的地方；有电话的把 consultation 改为电话号码') };
  // What every other guide of this department in the jurisdiction says alike (its hours, the
  // bodies that hear a reconsideration or a suit) is that department's, not the matter's: taken
  // over, to be confirmed; where they differ the field stays blank.
  const peers = [...index.guides.values()].filter((g) => g.data.jurisdiction === j.id && g.data.department === dept.id && g.data.matter !== a.code).map((g) => g.data);
  const hours = agreed(peers.map((g) => g.hours));
  const remedy = agreed(peers.map((g) => g.remedy));
  const peersText = `同${dept.shortName ?? dept.name}在本区划的其他 ${peers.length} 份办事指南`;
  const record: Record<string, unknown> = {
    code: `${dept.creditCode}${level}${a.code}`,
    jurisdiction: j.id,
    matter: a.code,
    name: elements.name,
    type: elements.type,
    statutoryLimit: elements.statutoryLimit,
    department: dept.id,
    ...(labels(EXERCISE_LEVELS).includes(j.level) ? { exerciseLevel: j.level } : {}),
    handlingType: '承诺件',
    promisedLimit: elements.statutoryLimit,
    conditions: [b('conditions', '*')],
    materials: [{ name: b('materials', '*', 'name'), required: true, form: '原件', copies: 1, source: '申请人自备' }],
    steps: ['受理', '审查', '决定'].map((name) => ({ name, actor: b('steps', '*', 'actor') })),
    free: true,
    place: b('place'),
    address: b('address'),
    room: b('room'),
    hours: hours ?? b('hours'),
    phones: { consultation, complaint },
    result: { name: b('result', 'name'), type: elements.type === '行政许可' ? '证照' : '其他', ...(elements.type === '行政许可'
        ? { sample: { unpublished: true, ask: blankMarker('还没有结果样本时可以查看样本的地方；有样本的把 sample 改为 forms 的标识') } }
        : {}) },
    handlingForms: ['窗口办理'],
    visits: 1,
    visitsReason: b('visitsReason'),
    onlineDepth: '互联网咨询',
    exerciseMode: '依申请',
    appointment: false,
    onlinePayment: false,
    express: false,
    remedy: remedy ?? { reconsideration: [b('remedy', 'reconsideration', '*')], litigation: b('remedy', 'litigation') },
    reviewed: a.today,
  };
  const result = record.result as { type: string };
  const assumed: Assumed[] = [
    { path: 'handlingType', value: '承诺件' },
    { path: 'promisedLimit', value: `${elements.statutoryLimit.value} ${elements.statutoryLimit.unit}（等于法定时限，请按承诺压缩）` },
    { path: 'materials[0]', value: '必需、原件 1 份、申请人自备' },
    { path: 'steps', value: '受理、审查、决定' },
    { path: 'free', value: 'true（免费；收费的改为 false 并填写 fees）' },
    { path: 'phones', value: `咨询 ${typeof consultation === 'string' ? consultation : '未公开'}、投诉 ${complaint}` },
    { path: 'result.type', value: result.type },
    { path: 'handlingForms', value: '窗口办理' },
    { path: 'visits', value: '1' },
    { path: 'onlineDepth', value: '互联网咨询（只能网上咨询）' },
    { path: 'exerciseMode', value: '依申请' },
    { path: 'appointment、onlinePayment、express', value: 'false（不支持预约、网上支付、快递）' },
    { path: 'reviewed', value: a.today },
    ...(hours !== undefined ? [{ path: 'hours', value: `${hours}（${peersText}）` }] : []),
    ...(remedy !== undefined ? [{ path: 'remedy', value: `复议 ${remedy.reconsideration.join('、')}；诉讼 ${remedy.litigation}（${peersText}）` }] : []),
  ];
  return render('guides', `data/guides/${j.id}/${a.code}.yaml`, record, assumed);
}

export interface ResponsibilityArgs {
  readonly code: string;
  readonly jurisdiction: string | undefined;
  /** Absent: the department that held the matter before the bureau, by the transfer lists. */
  readonly supervision: string | undefined;
}

/** A responsibility division: the bureau approves, the former holder supervises; the duties' details blank. */
export function responsibilityScaffold(index: CatalogueIndex, a: ResponsibilityArgs): Scaffold {
  const j = jurisdictionOf(index, a.jurisdiction).data;
  const { elements } = elementsFor(index, a.code);
  const bureau = index.approvalBureau(j.id)?.data;
  if (!bureau) throw new ScaffoldError(`区划${j.name}没有行政审批服务管理局（data/departments/${j.id}/ 中 role 为 行政审批服务管理局 的部门）`);
  let supervisorId = a.supervision;
  if (!supervisorId) {
    const periods = holdingsOf(index, j.id).history.get(a.code) ?? [];
    const former = periods.map((p) => splitJurisdictionKey(p.holder)[1]).filter((id) => id !== bureau.id).at(-1);
    if (!former) {
      const known = index.departmentsOf(j.id).filter((d) => d.data.id !== bureau.id).map((d) => d.data.id);
      throw new ScaffoldError(`${j.name}的划转清单没有写明“${elements.name}”划转前由哪个部门实施：请用 --supervision 写明监管部门（${known.join('、') || '无'}）`);
    }
    supervisorId = former;
  }
  const supervisor = departmentOf(index, j.id, supervisorId).data;
  // The channel the bureau pushes its decisions through in every other division of the jurisdiction.
  const what = '审批结果信息';
  const channel = agreed(
    [...index.responsibilities.values()]
      .filter((r) => r.data.jurisdiction === j.id && r.data.matter !== a.code)
      .flatMap((r) => r.data.pushes.filter((p) => p.what === what && p.from === bureau.id).map((p) => p.channel)),
  );
  const record = {
    jurisdiction: j.id,
    matter: a.code,
    approval: { department: bureau.id, duties: ['受理', '审查', '决定'], note: blankMarker(`${bureau.shortName ?? bureau.name}的审批职责和责任`) },
    supervision: [{ department: supervisor.id, duties: ['事中事后监管'], note: blankMarker(`${supervisor.shortName ?? supervisor.name}的监管职责`) }],
    pushes: [
      {
        what,
        from: bureau.id,
        to: supervisor.id,
        when: '作出审批决定后',
        channel: channel ?? blankFor('responsibilities', ['pushes', '*', 'channel']),
      },
    ],
    preReview: { status: '取消' },
  };
  const assumed: Assumed[] = [
    { path: 'approval.duties', value: '受理、审查、决定' },
    { path: 'supervision[0].duties', value: '事中事后监管' },
    { path: 'pushes[0]', value: `审批结果信息，作出审批决定后由 ${bureau.id} 推送 ${supervisor.id}` },
    { path: 'preReview.status', value: '取消（保留初审须写明法律、法规依据）' },
    ...(channel !== undefined ? [{ path: 'pushes[0].channel', value: `${channel}（同本区划其他职责边界的审批结果推送）` }] : []),
  ];
  return render('responsibilities', `data/responsibilities/${j.id}/${a.code}.yaml`, record, assumed);
}

export interface FormArgs {
  readonly id: string;
  readonly title: string | undefined;
  /** With `department`: the issuing department, whose name becomes the issuer. */
  readonly jurisdiction: string | undefined;
  readonly department: string | undefined;
}

/** A structured form (one definition gives the blank and the sample): one section, one field, both blank. */
export function formScaffold(index: CatalogueIndex, a: FormArgs): Scaffold {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(a.id)) {
    throw new ScaffoldError(`表格标识“${a.id}”只能使用小写英文字母、数字和连字符“-”，如 road-passenger-licence-application`);
  }
  const existing = index.forms.get(a.id);
  if (existing) throw new ScaffoldError(`表格标识 ${a.id} 已被“${existing.data.title}”（${existing.file}）使用：请另选标识`);
  let issuer = blankFor('forms', ['issuer']);
  if (a.department) {
    const j = jurisdictionOf(index, a.jurisdiction).data;
    issuer = departmentOf(index, j.id, a.department).data.name;
  } else if (a.jurisdiction) {
    throw new ScaffoldError('写了 --jurisdiction 时请同时用 --department 写明制发表格的部门');
  }
  const field = ['sections', '*', 'fields', '*'];
  const record = {
    id: a.id,
    title: a.title?.trim() || blankFor('forms', ['title']),
    issuer,
    sections: [
      {
        title: blankMarker('分区标题，如 申请人信息'),
        fields: [{ label: blankFor('forms', [...field, 'label']), type: 'text', required: true, sample: blankMarker('样表中的示例值') }],
      },
    ],
  };
  const assumed: Assumed[] = [{ path: 'sections[0].fields[0]', value: '文字栏目（type: text）、必填；其他类型见 schemas/forms.schema.json' }];
  return render('forms', `data/forms/${a.id}.yaml`, record, assumed);
}

export interface TransferArgs {
  readonly jurisdiction: string | undefined;
  /** Basic codes of the matters (or sub-items), separated by commas, 、 or spaces. */
  readonly matters: string | undefined;
  /** The issue date (成文日期), YYYY-MM-DD. */
  readonly date: string;
  /** 划转 (default) or 划回. */
  readonly direction: string | undefined;
  /**
   * The line department that gives the matters up (划转) or takes them back (划回), for the matters
   * no list of the jurisdiction names yet; the lists decide for the others.
   */
  readonly department: string | undefined;
  /** The list's id; absent: the date and what the list does (see listIdOf). */
  readonly id: string | undefined;
  /** The id of the list's notice in src/content/notices/. */
  readonly notice: string | undefined;
}

/**
 * A transfer list of one direction: the bureau on one side, each matter's current holder by the
 * jurisdiction's lists on the other (or, for a 划回, the department that held it before the
 * bureau), the power type and name from the basic catalogue, the declared counts as the entries
 * give them; the title and summary blank, the issuer taken from the jurisdiction's latest list.
 */
export function transferScaffold(index: CatalogueIndex, a: TransferArgs): Scaffold {
  const j = jurisdictionOf(index, a.jurisdiction).data;
  const bureau = index.approvalBureau(j.id)?.data;
  if (!bureau) throw new ScaffoldError(`区划${j.name}没有行政审批服务管理局（data/departments/${j.id}/ 中 role 为 行政审批服务管理局 的部门）`);
  const codes = (a.matters ?? '').split(/[,，、\s]+/u).filter((c) => c !== '');
  if (!codes.length) throw new ScaffoldError('请用 --matters 写明清单中的事项（基本编码，用逗号分隔），如 --matters 140131001000,140131002000');
  const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
  if (repeated) throw new ScaffoldError(`--matters 中的 ${repeated} 写了两次：每个事项只列一次`);
  const direction = labelIn(TRANSFER_DIRECTIONS, a.direction ?? '划转', '--direction') as TransferEntry['direction'];
  const inward = direction === '划转';
  const id = a.id ?? listIdOf(a.date, new Set([inward ? 'in' : 'back']));
  const idProblem = transferListSchema.shape.id.safeParse(id).error?.issues[0]?.message;
  if (idProblem) throw new ScaffoldError(`--id 的“${id}”${idProblem}`);
  if (a.notice !== undefined && !index.notices.has(a.notice)) {
    const options = [...index.notices.values()].map((n) => ({ key: n.data.id, name: n.data.title }));
    throw new ScaffoldError(`没有政策文件“${a.notice}”（src/content/notices/）：${candidatesText(closest(a.notice, options))}；新的通知请先用 npm run import -- notice 导入`);
  }
  const given = a.department === undefined ? undefined : departmentOf(index, j.id, a.department).data;
  if (given?.id === bureau.id) throw new ScaffoldError(`--department 写的是审批局本身（${bureau.id}）：请写划出（划转）或接收（划回）事项的部门`);

  const holdings = holdingsOf(index, j.id);
  const others = () => index.departmentsOf(j.id).filter((d) => d.data.id !== bureau.id).map((d) => d.data.id).join('、') || '无';
  const entries = codes.map((code) => {
    const { elements } = elementsFor(index, code);
    const what = `“${elements.name}”（${code}）`;
    const holderKey = holdings.currentHolder(code);
    const holder = holderKey === undefined ? undefined : splitJurisdictionKey(holderKey)[1];
    let line: string;
    if (inward) {
      if (holder === bureau.id) throw new ScaffoldError(`${what}按已公布的划转清单已由${bureau.name}实施，不能再划转：要划回原部门请用 --direction 划回`);
      if (holder !== undefined && given && given.id !== holder) {
        throw new ScaffoldError(`${what}按已公布的划转清单现由 ${holder} 实施，--department 写的却是 ${given.id}：请核对（清单中已有的事项不必写 --department）`);
      }
      const from = holder ?? given?.id;
      if (!from) throw new ScaffoldError(`${j.name}的划转清单没有写明谁实施${what}：请用 --department 写明划出部门（${others()}）`);
      line = from;
    } else {
      if (holder !== bureau.id) throw new ScaffoldError(`${what}按已公布的划转清单现在不由${bureau.name}实施，不能划回：要划转到审批局请用 --direction 划转`);
      const periods = holdings.history.get(code) ?? [];
      const former = periods.map((p) => splitJurisdictionKey(p.holder)[1]).filter((d) => d !== bureau.id).at(-1);
      const to = given?.id ?? former;
      if (!to) throw new ScaffoldError(`${j.name}的划转清单没有写明${what}划转前由哪个部门实施：请用 --department 写明接收部门（${others()}）`);
      line = to;
    }
    return { matter: code, name: elements.name, powerType: elements.type, direction, from: inward ? line : bureau.id, to: inward ? bureau.id : line };
  });

  const lines = new Set(entries.map((e) => (inward ? e.from : e.to)));
  const latest = index.transfersOf(j.id).at(-1);
  const record = {
    id,
    jurisdiction: j.id,
    title: blankFor('transfers', ['title']),
    issuer: latest?.data.issuer ?? blankFor('transfers', ['issuer']),
    date: a.date,
    ...(a.notice !== undefined ? { notice: a.notice } : {}),
    declared: { [inward ? 'in' : 'back']: { departments: lines.size, matters: entries.length } },
    entries,
    summary: blankFor('transfers', ['summary']),
  };
  const counted = `${lines.size} 个部门 ${entries.length} 个事项`;
  const assumed: Assumed[] = [
    ...(latest ? [{ path: 'issuer', value: `${latest.data.issuer}（同 ${latest.file}）` }] : []),
    { path: 'date', value: `${a.date}（成文日期）` },
    { path: `declared.${inward ? 'in' : 'back'}`, value: `${counted}（按所列事项计）：请改为文件写明的数量` },
    { path: 'entries[*].name', value: '基本目录中的名称：清单原文写法不同的，请改为原文' },
    { path: 'docNumber、handoverBy、transitionMonths', value: '未填：文件写明了文号、交接日期、过渡期的，请补上' },
    ...(a.notice === undefined ? [{ path: 'notice', value: '未填：有政策文件的，请写上它的标识（src/content/notices/）' }] : []),
  ];
  return render('transfers', `data/transfers/${j.id}/${id}.yaml`, record, assumed);
}
