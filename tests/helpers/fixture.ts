/**
 * A small, valid catalogue (one county, its approval bureau and one line department, two matters
 * moved in by one list) that each rule test breaks in exactly one way.
 */
import { stringify } from 'yaml';
import { canonicalize } from '../../src/io/canonical.ts';
import type { FileSource } from '../../src/io/source.ts';
import { type ValidationResult, validateSource } from '../../src/check/validate.ts';
import { memorySource } from './memory-source.ts';

export const BUREAU_CREDIT = '11140525MB19512039';
export const LINE_CREDIT = '11140525012240031W';
export const LICENCE = '140121001003'; // a sub-item
export const FILING = '141021002000';
export const LICENCE_GUIDE = `${BUREAU_CREDIT}4${LICENCE}`;
export const FILING_GUIDE = `${BUREAU_CREDIT}4${FILING}`;
export const TODAY = '2026-11-23';

type Rec = Record<string, unknown>;

const guide = (code: string, matter: string, name: string): Rec => ({
  code,
  jurisdiction: '140525',
  matter,
  name,
  department: 'xzspj',
  handlingType: '承诺件',
  promisedLimit: { value: 5, unit: '工作日' },
  conditions: ['有与经营业务相适应并经检测合格的客车'],
  materials: [
    { name: '道路旅客运输班线经营申请表', required: true, form: '原件', copies: 1, source: '申请人自备', formRef: 'line-application' },
    { name: '营业执照', required: true, form: '复印件', copies: 1, source: '政府部门核发', issuer: '市场监督管理部门' },
  ],
  steps: [
    { name: '受理', actor: '受理窗口', limit: { value: 1, unit: '工作日' } },
    { name: '审查', actor: '审查科室', limit: { value: 3, unit: '工作日' } },
    { name: '决定', actor: '分管负责人', limit: { value: 1, unit: '工作日' } },
  ],
  free: true,
  place: '泽州县政务服务中心',
  hours: '法定工作日',
  phones: { consultation: '0356-3021234', complaint: '0356-12345' },
  result: { name: '道路运输经营许可证', type: '证照', sample: 'line-application' },
  handlingForms: ['窗口办理'],
  visits: 1,
  remedy: { reconsideration: ['泽州县人民政府'], litigation: '泽州县人民法院' },
  notices: ['n1'],
  reviewed: '2026-11-01',
  // Elements a citizen acts on, after `reviewed` so that the lines of the fields above stay put.
  address: '泽州县示例路 1 号',
  room: '一楼 3 号窗口',
  visitsReason: '须当场核验原件',
  onlineDepth: '互联网咨询',
  exerciseMode: '依申请',
  appointment: false,
  onlinePayment: false,
  express: false,
});

const matterBase = (code: string, name: string, type: string): Rec => ({
  name,
  code,
  legalBasis: [{ law: '中华人民共和国道路运输条例', articles: '第十条' }],
  type,
  statutoryLimit: { value: 20, unit: '工作日' },
  quantityLimit: false,
  annualInspection: false,
  annualReport: false,
  serviceObjects: ['企业法人'],
});

/** The records of the valid fixture, by repository path; mutate freely (a fresh copy each call). */
export function baseRecords(): Record<string, Rec> {
  return {
    'data/jurisdictions/140500.yaml': { id: '140500', name: '晋城市', level: '市级' },
    'data/jurisdictions/140525.yaml': { id: '140525', name: '泽州县', level: '县级', parent: '140500' },
    'data/departments/140525/xzspj.yaml': { id: 'xzspj', jurisdiction: '140525', name: '泽州县行政审批服务管理局', role: '行政审批服务管理局', creditCode: BUREAU_CREDIT },
    'data/departments/140525/jtysj.yaml': { id: 'jtysj', jurisdiction: '140525', name: '泽州县交通运输局', role: '行业主管部门', creditCode: LINE_CREDIT },
    'data/matters/140121001000.yaml': {
      ...matterBase('140121001000', '道路旅客运输经营许可', '行政许可'),
      local: true,
      subItems: [matterBase(LICENCE, '新增客运班线经营许可', '行政许可')],
    },
    [`data/matters/${FILING}.yaml`]: { ...matterBase(FILING, '道路运输企业监控平台备案', '其他行政权力'), local: true },
    'data/forms/line-application.yaml': {
      id: 'line-application',
      title: '道路旅客运输班线经营申请表',
      issuer: '泽州县行政审批服务管理局',
      sections: [{ title: '申请人', fields: [{ label: '申请人名称', type: 'text', required: true, sample: '泽州县某某客运有限公司' }] }],
    },
    [`data/guides/140525/${LICENCE}.yaml`]: guide(LICENCE_GUIDE, LICENCE, '新增客运班线经营许可'),
    [`data/guides/140525/${FILING}.yaml`]: guide(FILING_GUIDE, FILING, '道路运输企业监控平台备案'),
    'data/transfers/140525/a.yaml': {
      id: 'a',
      jurisdiction: '140525',
      title: '调整通知',
      issuer: '泽州县人民政府',
      date: '2020-12-24',
      handoverBy: '2020-12-30',
      notice: 'n1',
      declared: { in: { departments: 1, matters: 2 } },
      entries: [
        { matter: LICENCE, name: '新增客运班线经营许可', powerType: '行政许可', direction: '划转', from: 'jtysj', to: 'xzspj' },
        { matter: FILING, name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划转', from: 'jtysj', to: 'xzspj' },
      ],
    },
    [`data/responsibilities/140525/${LICENCE}.yaml`]: responsibility(LICENCE),
    [`data/responsibilities/140525/${FILING}.yaml`]: responsibility(FILING),
  };
}

function responsibility(matter: string): Rec {
  return {
    jurisdiction: '140525',
    matter,
    approval: { department: 'xzspj', duties: ['受理', '审查', '决定'] },
    supervision: [{ department: 'jtysj', duties: ['事中事后监管'] }],
    pushes: [{ what: '审批结果信息', from: 'xzspj', to: 'jtysj', when: '作出审批决定后', within: { value: 1, unit: '工作日' }, channel: '审管联动系统' }],
    preReview: { status: '取消' },
  };
}

export const NOTICE = `---
title: 调整通知
issuer: 泽州县人民政府
date: 2020-12-24
jurisdiction: '140525'
kind: 划转清单
---
要点。
`;

/**
 * A record as the YAML `npm run fmt` writes (src/io/canonical.ts), so that only a case that means
 * to break the form meets rule canonical-form; a record the formatter cannot handle (a case's
 * broken data) keeps the plain serialisation.
 */
export function toYaml(path: string, rec: Rec): string {
  // A value shared by two fields is written out twice, as staff write it, not as an anchor and alias.
  const text = stringify(rec, { aliasDuplicateObjects: false });
  const outcome = canonicalize(text, path);
  return outcome.kind === 'ok' ? outcome.text : text;
}

/** Text files of a catalogue: the records as canonical YAML, the notice, and any extra raw files. */
export function toFiles(records: Record<string, Rec>, extra: Record<string, string | Uint8Array> = {}): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { 'src/content/notices/n1.mdx': NOTICE };
  for (const [path, rec] of Object.entries(records)) files[path] = toYaml(path, rec);
  return { ...files, ...extra };
}

export function run(
  records: Record<string, Rec> = baseRecords(),
  extra: Record<string, string | Uint8Array> = {},
  sizes: Record<string, number> = {},
): ValidationResult {
  return validateSource(memorySource(toFiles(records, extra), sizes), { today: TODAY });
}

export function runSource(source: FileSource): ValidationResult {
  return validateSource(source, { today: TODAY });
}

/** The problems of one rule, as `file path message` strings for readable failures. */
export function problemsOf(result: ValidationResult, rule: string) {
  return result.problems.filter((p) => p.rule === rule);
}

/** A record of the fixture (typed loosely for mutation). */
export function rec(records: Record<string, Rec>, path: string): Record<string, any> {
  const r = records[path];
  if (!r) throw new Error(`no fixture record ${path}`);
  return r as Record<string, any>;
}

export const GUIDE = `data/guides/140525/${LICENCE}.yaml`;
export const FILING_GUIDE_FILE = `data/guides/140525/${FILING}.yaml`;
export const LIST = 'data/transfers/140525/a.yaml';
export const MATTER = 'data/matters/140121001000.yaml';
export const FORM = 'data/forms/line-application.yaml';

/** A release of jurisdiction 140525 authorised by notice n1, with `extra` fields over the defaults. */
export function releaseRecord(id: string, date: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    jurisdiction: '140525',
    date,
    title: `发布 ${id}`,
    notice: 'n1',
    handler: { role: '审批局目录维护', name: '未公开' },
    reviewer: { role: '县人民政府', name: '未公开' },
    class: '调整',
    summary: '发布说明。',
    ...extra,
  };
}
