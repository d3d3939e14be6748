/**
 * Code lists of the national integrated government-service platform (docs/ARCHITECTURE.md, Codes).
 *
 * Data files store the Chinese label (readable in YAML and in git diffs); the national
 * code is derived with `codeOf`. Labels are unique within each list.
 */
import { z } from 'zod';

export interface CodeList<L extends string = string> {
  /** Chinese name of the list, used in messages. */
  readonly title: string;
  /** code → label, in the platform's order. */
  readonly entries: readonly (readonly [code: string, label: L])[];
  /** Spellings found in published documents that mean an entry (used by importers). */
  readonly aliases: Readonly<Record<string, L>>;
}

function codeList<const L extends string>(
  title: string,
  entries: readonly (readonly [string, L])[],
  aliases: Record<string, L> = {},
): CodeList<L> {
  return { title, entries, aliases };
}

export const MATTER_TYPES = codeList(
  '事项类型',
  [
    ['01', '行政许可'],
    ['02', '行政处罚'],
    ['03', '行政强制'],
    ['04', '行政征收'],
    ['05', '行政给付'],
    ['06', '行政检查'],
    ['07', '行政确认'],
    ['08', '行政奖励'],
    ['09', '行政裁决'],
    ['10', '其他行政权力'],
    ['20', '公共服务'],
  ],
  // The seed notices write 其他权力, and once 其他权利 (a typo); both mean 10.
  { 其他权力: '其他行政权力', 其他权利: '其他行政权力' },
);

export const EXERCISE_LEVELS = codeList('行使层级', [
  ['1', '国家级'],
  ['2', '省级'],
  ['3', '市级'],
  ['4', '县级'],
  ['5', '镇（乡、街道）级'],
  ['6', '分级管理'],
]);

export const POWER_SOURCES = codeList('权力来源', [
  ['1', '法定本级行使'],
  ['2', '上级下放'],
  ['3', '上级授权'],
  ['4', '同级授权'],
  ['5', '上级委托'],
  ['6', '同级委托'],
]);

export const IMPLEMENTER_NATURES = codeList('实施主体性质', [
  ['1', '法定机关'],
  ['2', '授权组织'],
  ['3', '受委托组织'],
]);

export const SERVICE_OBJECTS = codeList('服务对象', [
  ['1', '自然人'],
  ['2', '企业法人'],
  ['3', '事业法人'],
  ['4', '社会组织法人'],
  ['5', '非法人企业'],
  ['6', '行政机关'],
  ['9', '其他组织'],
]);

export const HANDLING_TYPES = codeList('办件类型', [
  ['1', '即办件'],
  ['2', '承诺件'],
]);

export const HANDLING_FORMS = codeList('办理形式', [
  ['1', '窗口办理'],
  ['2', '网上办理'],
  ['3', '快递申请'],
]);

export const TONGBAN_MODES = codeList('通办模式', [
  ['1', '全程网办'],
  ['2', '异地代收代办'],
  ['3', '多地联办'],
]);

export const RESULT_TYPES = codeList('审批结果类型', [
  ['1', '证照'],
  ['2', '批文'],
  ['3', '其他'],
  ['4', '无'],
]);

/** Units a time limit can be given in. */
export const TIME_UNITS = codeList('时限单位', [
  ['1', '工作日'],
  ['2', '自然日'],
  ['3', '月'],
  ['4', '年'],
  ['5', '小时'],
]);

/** Levels of a jurisdiction (行政区划层级). */
export const JURISDICTION_LEVELS = codeList('区划层级', [
  ['2', '省级'],
  ['3', '市级'],
  ['4', '县级'],
  ['5', '乡镇级'],
]);

export const DEPARTMENT_ROLES = codeList('部门角色', [
  ['approval', '行政审批服务管理局'],
  ['line', '行业主管部门'],
  ['government', '人民政府'],
  ['other', '其他'],
]);

export const TRANSFER_DIRECTIONS = codeList('划转方向', [
  ['in', '划转'],
  ['back', '划回'],
]);

export const TONGBAN_SCOPES = codeList('通办范围', [
  ['1', '跨省通办'],
  ['2', '全省通办'],
]);

export const MATERIAL_FORMS = codeList('材料形式', [
  ['1', '原件'],
  ['2', '复印件'],
  ['3', '原件和复印件'],
  ['4', '电子材料'],
]);

export const MATERIAL_SOURCES = codeList('材料来源', [
  ['1', '申请人自备'],
  ['2', '政府部门核发'],
  ['3', '中介机构出具'],
  ['4', '其他'],
]);

export const APPROVAL_DUTIES = codeList('审批职责', [
  ['1', '受理'],
  ['2', '审查'],
  ['3', '决定'],
  ['4', '制证送达'],
  ['5', '变更延续'],
  ['6', '撤回撤销'],
  ['7', '档案管理'],
]);

export const SUPERVISION_DUTIES = codeList('监管职责', [
  ['1', '事中事后监管'],
  ['2', '行业管理'],
  ['3', '产业政策引导'],
  ['4', '证后检查'],
  ['5', '投诉举报处理'],
  ['6', '行政处罚'],
]);

export const TECHNICAL_TASKS = codeList('技术支持事项', [
  ['1', '现场踏勘'],
  ['2', '技术审查'],
  ['3', '检验检测'],
  ['4', '听证论证'],
  ['5', '专家评审'],
]);

export const PRE_REVIEW_STATUSES = codeList('初审状态', [
  ['1', '保留'],
  ['2', '取消'],
  ['3', '不涉及'],
]);

/**
 * What a department and the approval bureau hand over to each other when a matter moves (移交内容).
 * Local codes: the national platform has no list of these. The approval seal is on the list
 * because it is accounted for in the handover, though it is abolished rather than passed on.
 */
export const HANDOVER_ITEMS = codeList('移交内容', [
  ['01', '事项名称'],
  ['02', '法律依据'],
  ['03', '审批标准'],
  ['04', '审批专家库'],
  ['05', '涉及中介'],
  ['06', '证照'],
  ['07', '文书'],
  ['08', '专用打印设备'],
  ['09', '专网审批系统'],
  ['10', '审批专用章'],
]);

/** The item of HANDOVER_ITEMS that is abolished, never handed over. */
export const APPROVAL_SEAL = '审批专用章';

/**
 * The state of one handover item. 未见公开记录: a document orders the handover but no public record
 * says whether it happened — recorded as such rather than guessed.
 */
export const HANDOVER_STATES = codeList('移交状态', [
  ['1', '已移交'],
  ['2', '未移交'],
  ['3', '不适用'],
  ['4', '已废止'],
  ['5', '未见公开记录'],
]);

/** Which transfer lists a jurisdiction's filing period applies to. */
export const FILING_SCOPES = codeList('备案范围', [
  ['1', '全部清单'],
  ['2', '清单调整'],
]);

/** A zod enum of a list's labels, documented with the list's title and codes. */
export function codeEnum<L extends string>(list: CodeList<L>, description?: string) {
  const labels = list.entries.map(([, label]) => label) as [L, ...L[]];
  const codes = list.entries.map(([code, label]) => `${code} ${label}`).join('，');
  return z.enum(labels).meta({ description: `${description ?? list.title}（${list.title}：${codes}）` });
}

/** The national code of a label, e.g. codeOf(MATTER_TYPES, '行政许可') === '01'. */
export function codeOf<L extends string>(list: CodeList<L>, label: L): string {
  const entry = list.entries.find(([, l]) => l === label);
  if (!entry) throw new RangeError(`${label} is not in ${list.title}`);
  return entry[0];
}

/** The label for a spelling found in a document: the label itself or a known alias. */
export function normalizeLabel<L extends string>(list: CodeList<L>, text: string): L | undefined {
  const t = text.trim();
  const direct = list.entries.find(([, l]) => l === t);
  if (direct) return direct[1];
  return list.aliases[t];
}

/**
 * How far a matter can be handled online (网上办理深度): the last stage of the platform's chain
 * 互联网咨询 → 收件 → 预审 → 受理 → 办理 → 办理结果信息反馈 → 电子证照反馈 that the applicant can
 * complete on the web; each stage includes the ones before it. The stage is stored rather than a
 * province's Ⅰ–Ⅳ grade because it says what the applicant can do, and a grade can be read off it.
 */
export const ONLINE_DEPTHS = codeList(
  '网上办理深度',
  [
    ['1', '互联网咨询'],
    ['2', '互联网收件'],
    ['3', '互联网预审'],
    ['4', '互联网受理'],
    ['5', '互联网办理'],
    ['6', '互联网办理结果信息反馈'],
    ['7', '互联网电子证照反馈'],
  ],
  { 咨询: '互联网咨询', 收件: '互联网收件', 预审: '互联网预审', 受理: '互联网受理', 办理: '互联网办理', 办理结果信息反馈: '互联网办理结果信息反馈', 电子证照反馈: '互联网电子证照反馈' },
);

/** 行使方式: on application, or on the authority's own initiative. */
export const EXERCISE_MODES = codeList('行使方式', [
  ['1', '依申请'],
  ['2', '依职权'],
]);
