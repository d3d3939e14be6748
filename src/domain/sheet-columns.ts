/**
 * The spreadsheets staff keep their catalogue in: for each kind of sheet, its columns — the header
 * as written (and its usual synonyms), the record field it holds, how a cell is read, and what to
 * write in it. One table per kind serves the transfer-list workbook of the open data
 * (src/export/transfer-xlsx.ts), the importer (src/import/xlsx/) and the blank templates
 * (`npm run template`), so a column added here is exported, imported and templated at once.
 * See docs/ARCHITECTURE.md, Spreadsheets.
 */
import {
  EXERCISE_LEVELS,
  HANDLING_FORMS,
  HANDLING_TYPES,
  IMPLEMENTER_NATURES,
  MATTER_TYPES,
  POWER_SOURCES,
  RESULT_TYPES,
  TONGBAN_SCOPES,
  TRANSFER_DIRECTIONS,
  type CodeList,
} from '../schemas/codes.ts';

/** The kinds of sheet the importer recognises. */
export const SHEET_KINDS = ['transfer', 'implementation', 'responsibility'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/**
 * How a cell is read:
 * - text: one line of text; lines: one item per line of the cell;
 * - basicCode: a 12-digit code (numbers that lost their leading zeros are recovered);
 * - implementationCode: the 31-character implementation code;
 * - department: a department's name, matched to the jurisdiction's departments;
 * - code: one label of `codes`; codes: several labels, separated by 、，；or line breaks;
 * - timeLimit: 20 个工作日, 3 个月, 当场办结; count: a whole number; yesNo: 是 / 否;
 * - index: the row's serial number (序号), not stored.
 */
export type CellType =
  | 'text'
  | 'lines'
  | 'basicCode'
  | 'implementationCode'
  | 'department'
  | 'code'
  | 'codes'
  | 'timeLimit'
  | 'count'
  | 'yesNo'
  | 'index';

export interface SheetColumn {
  /** The header as the template and the export write it. */
  readonly header: string;
  /** Other headers staff use for the same column. */
  readonly synonyms: readonly string[];
  /**
   * The record field, as a dotted path (`phones.consultation`); for a transfer list, a field of an
   * entry. Undefined: a column the sheets carry that the catalogue has no field for (read, not stored).
   */
  readonly field: string | undefined;
  readonly type: CellType;
  /** The code list a `code` or `codes` cell takes its labels from (the template's drop-down). */
  readonly codes?: CodeList;
  /** yesNo: whether 是 means false (是否收费 is stored as `free`). */
  readonly negated?: boolean;
  /** The sheet is not of this kind without this column. */
  readonly required?: boolean;
  /** What to write, for the template's cell note. */
  readonly note: string;
  /** Column width (about 2 units per Chinese character). */
  readonly width: number;
}

const col = (c: Omit<SheetColumn, 'synonyms'> & { synonyms?: readonly string[] }): SheetColumn => ({ synonyms: [], ...c });

/** 划转清单: one row per matter moved. The filing layout groups rows by direction instead of a 方向 column. */
export const TRANSFER_COLUMNS: readonly SheetColumn[] = [
  col({ header: '序号', synonyms: ['编号', '序'], field: undefined, type: 'index', note: '行的序号：1、2、3……（只用于排序，不导入）', width: 6 }),
  col({ header: '事项名称', synonyms: ['事项', '名称', '权力事项名称'], field: 'name', type: 'text', required: true, note: '清单印发的事项名称（原文照录）', width: 44 }),
  col({ header: '事项编码', synonyms: ['基本编码', '编码', '事项代码'], field: 'matter', type: 'basicCode', note: '基本目录的 12 位基本编码，如 140121001003；不知道编码的可留空，按事项名称对应', width: 16 }),
  col({ header: '事项类型', synonyms: ['权力类型', '类型'], field: 'powerType', type: 'code', codes: MATTER_TYPES, note: '从下拉列表中选择，须与基本目录一致', width: 14 }),
  col({ header: '原实施部门', synonyms: ['原部门', '划出部门', '原实施机关'], field: 'from', type: 'department', required: true, note: '划转前实施这个事项的部门（全称或简称，从下拉列表中选择）', width: 30 }),
  col({ header: '划转后实施部门', synonyms: ['划入部门', '现实施部门', '划转后部门', '承接部门'], field: 'to', type: 'department', required: true, note: '划转后实施这个事项的部门（从下拉列表中选择）', width: 30 }),
  col({ header: '方向', synonyms: ['划转方向', '调整方向'], field: 'direction', type: 'code', codes: TRANSFER_DIRECTIONS, note: '划转（划入审批局）或划回（退回原部门），从下拉列表中选择', width: 8 }),
  col({ header: '备注', synonyms: ['说明'], field: 'note', type: 'text', note: '需要说明的情况，可留空', width: 40 }),
];

/** 实施清单: one row per matter a jurisdiction implements, with the national platform's column names. */
export const IMPLEMENTATION_COLUMNS: readonly SheetColumn[] = [
  col({ header: '事项名称', synonyms: ['名称', '实施清单名称'], field: 'name', type: 'text', required: true, note: '事项名称，须与基本目录一致', width: 36 }),
  col({ header: '基本编码', synonyms: ['事项编码', '编码'], field: 'matter', type: 'basicCode', note: '基本目录的 12 位基本编码；不知道的可留空，按事项名称对应', width: 16 }),
  col({ header: '实施编码', synonyms: ['实施清单编码'], field: 'code', type: 'implementationCode', note: '31 位实施编码：实施部门统一社会信用代码 + 层级码 + 基本编码；新事项可留空', width: 36 }),
  col({ header: '事项类型', synonyms: ['权力类型'], field: 'type', type: 'code', codes: MATTER_TYPES, note: '从下拉列表中选择，须与基本目录一致', width: 14 }),
  col({ header: '实施主体', synonyms: ['实施部门', '实施机关'], field: 'department', type: 'department', note: '实施这个事项的部门（从下拉列表中选择）', width: 30 }),
  col({ header: '行使层级', field: 'exerciseLevel', type: 'code', codes: EXERCISE_LEVELS, note: '从下拉列表中选择', width: 12 }),
  col({ header: '权力来源', field: 'powerSource', type: 'code', codes: POWER_SOURCES, note: '从下拉列表中选择', width: 14 }),
  col({ header: '实施主体性质', field: 'implementerNature', type: 'code', codes: IMPLEMENTER_NATURES, note: '从下拉列表中选择', width: 14 }),
  col({ header: '办件类型', field: 'handlingType', type: 'code', codes: HANDLING_TYPES, note: '即办件或承诺件，从下拉列表中选择', width: 10 }),
  col({ header: '法定办结时限', synonyms: ['法定时限'], field: 'statutoryLimit', type: 'timeLimit', note: '如 20个工作日、3个月；须与基本目录一致', width: 14 }),
  col({ header: '承诺办结时限', synonyms: ['承诺时限'], field: 'promisedLimit', type: 'timeLimit', note: '如 5个工作日；即办件写 当场办结；不得超过法定时限', width: 14 }),
  col({ header: '到办事现场次数', synonyms: ['到现场次数', '跑动次数'], field: 'visits', type: 'count', note: '0 到 5 的整数', width: 10 }),
  col({ header: '办理形式', field: 'handlingForms', type: 'codes', codes: HANDLING_FORMS, note: '窗口办理、网上办理、快递申请，多项用“、”分隔', width: 20 }),
  col({ header: '受理条件', field: 'conditions', type: 'lines', note: '每项条件一行（单元格内换行：Alt+Enter）；不得写“其他条件”', width: 50 }),
  col({ header: '办理地点', field: 'place', type: 'text', note: '受理窗口的地址', width: 30 }),
  col({ header: '办理时间', field: 'hours', type: 'text', note: '如 工作日 上午9:00—12:00，下午13:00—17:00', width: 30 }),
  col({ header: '咨询方式', synonyms: ['咨询电话'], field: 'phones.consultation', type: 'text', note: '咨询电话，如 0356-1234567', width: 16 }),
  col({ header: '监督投诉方式', synonyms: ['投诉电话', '监督投诉电话'], field: 'phones.complaint', type: 'text', note: '监督投诉电话，如 12345', width: 16 }),
  col({ header: '是否收费', field: 'free', type: 'yesNo', negated: true, note: '是 或 否；收费的请在指南中填写收费项目', width: 10 }),
  col({ header: '审批结果名称', synonyms: ['审批结果'], field: 'result.name', type: 'text', note: '如 道路运输经营许可证', width: 24 }),
  col({ header: '审批结果类型', field: 'result.type', type: 'code', codes: RESULT_TYPES, note: '从下拉列表中选择', width: 12 }),
  col({ header: '网上办理地址', synonyms: ['网办地址'], field: 'onlineUrl', type: 'text', note: '以 https:// 开头的网址，可留空', width: 30 }),
  col({ header: '通办范围', field: 'tongban', type: 'codes', codes: TONGBAN_SCOPES, note: '跨省通办、全省通办，可留空', width: 14 }),
];

/** 审管衔接备忘录: one row per matter, the approval side and the supervision side of its division. */
export const RESPONSIBILITY_COLUMNS: readonly SheetColumn[] = [
  // The name finds the matter (with 基本编码, when given); a responsibility division stores only the code.
  col({ header: '事项名称', synonyms: ['名称'], field: undefined, type: 'text', required: true, note: '事项名称，按名称对应基本目录', width: 36 }),
  col({ header: '基本编码', synonyms: ['事项编码', '编码'], field: 'matter', type: 'basicCode', note: '基本目录的 12 位基本编码；可留空，按事项名称对应', width: 16 }),
  col({ header: '审批科室', synonyms: ['审批部门'], field: 'approval.department', type: 'department', required: true, note: '负责审批的部门（从下拉列表中选择）', width: 28 }),
  col({ header: '审批信息员及联系方式', synonyms: ['审批信息员'], field: undefined, type: 'text', note: '目录不记录个人联系方式，这一列不导入', width: 22 }),
  col({ header: '审批信息推送要点', synonyms: ['审批推送要点'], field: 'pushes.approval.what', type: 'text', note: '审批部门推送给监管部门的信息，如 审批结果信息', width: 30 }),
  col({ header: '监管科室', synonyms: ['监管部门'], field: 'supervision.department', type: 'department', required: true, note: '负责监管的部门（从下拉列表中选择）', width: 28 }),
  col({ header: '监管信息员及联系方式', synonyms: ['监管信息员'], field: undefined, type: 'text', note: '目录不记录个人联系方式，这一列不导入', width: 22 }),
  col({ header: '监管信息推送要点', synonyms: ['监管推送要点'], field: 'pushes.supervision.what', type: 'text', note: '监管部门推送给审批部门的信息，如 监管中发现的违法违规信息；没有的留空', width: 30 }),
  col({ header: '信息互通方式', synonyms: ['推送方式', '推送渠道'], field: 'pushes.channel', type: 'text', note: '如 审管联动系统、纸质函件', width: 20 }),
  col({ header: '信息互通时限', synonyms: ['推送时限'], field: 'pushes.within', type: 'timeLimit', note: '如 1个工作日', width: 14 }),
];

export const SHEET_COLUMNS: Readonly<Record<SheetKind, readonly SheetColumn[]>> = {
  transfer: TRANSFER_COLUMNS,
  implementation: IMPLEMENTATION_COLUMNS,
  responsibility: RESPONSIBILITY_COLUMNS,
};

/** The sheet's name in the template and the kind's name in messages. */
export const SHEET_TITLES: Readonly<Record<SheetKind, string>> = {
  transfer: '划转清单',
  implementation: '实施清单',
  responsibility: '审管衔接备忘录',
};

/** The columns of the transfer list's filing layout: the list's columns without 方向 (the groups give it). */
export const FILING_COLUMNS: readonly SheetColumn[] = TRANSFER_COLUMNS.filter((c) => c.field !== 'direction');

/** The lines of the filing layout above and below its tables, as `label：value`. */
export const FILING_HEAD_LINES = ['文号', '发文机关', '成文日期', '交接日期', '过渡期'] as const;
export const FILING_FOOT_LINES = ['填报单位', '联系人', '联系电话', '填报日期'] as const;
/** The seal line closing the form. */
export const FILING_SEAL = '（盖章）';
/** The first cell of a subtotal and of the total row. */
export const SUBTOTAL_LABEL = '小计';
export const TOTAL_LABEL = '合计';
/** What the 文号 line says when the published text gives no document number. */
export const NO_DOC_NUMBER = '（未载明）';
/** After a date that was inferred, not printed. */
export const ESTIMATED_MARK = '（推定）';

/** The heading of a direction's group in the filing layout, after its numeral (一、二、). */
export const FILING_GROUP_TITLES: Readonly<Record<'划转' | '划回', string>> = {
  划转: '划转至行政审批服务管理局的事项',
  划回: '划回原部门的事项',
};
