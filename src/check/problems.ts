/**
 * Problems found in the catalogue, and the rules that find them. Every problem is located
 * (file, line, column, field path) and explained in Chinese, saying what to do.
 */

export type Severity = 'error' | 'warning';

export interface RuleInfo {
  /** Number of the rule in DESIGN.md "Build-time rules", or 0 for file-level checks. */
  readonly n: number;
  readonly title: string;
  readonly severity: Severity;
}

/** Every rule the validator applies, by id. Ids are stable: tests and staff rely on them. */
export const RULES = {
  'yaml-syntax': { n: 0, title: 'YAML 语法错误或重复的键', severity: 'error' },
  'file-location': { n: 0, title: '文件放错了位置', severity: 'error' },
  schema: { n: 1, title: '必填要素缺失、类型不对或不在代码表中', severity: 'error' },
  'code-format': { n: 2, title: '编码格式错误（基本编码、实施编码、统一社会信用代码、文号）', severity: 'error' },
  'duplicate-key': { n: 3, title: '编码或标识重复', severity: 'error' },
  'unresolved-reference': { n: 3, title: '引用的部门、区划、事项、表格或文件不存在', severity: 'error' },
  'ten-elements': { n: 4, title: '与基本目录的十同要素不一致', severity: 'error' },
  'time-limit': { n: 5, title: '承诺时限超过法定时限，或即办件承诺多日', severity: 'error' },
  'form-files': { n: 6, title: '表格缺少空表或样表，或文件不存在、为空、类型不符、过大', severity: 'error' },
  'transfer-state': { n: 7, title: '划转了已由审批局实施的事项，或划回了审批局未实施的事项', severity: 'error' },
  'transfer-counts': { n: 7, title: '清单声明的部门数、事项数与所列事项不符', severity: 'error' },
  'transfer-dates': { n: 7, title: '交接日期早于成文日期', severity: 'error' },
  'held-coverage': { n: 8, title: '审批局实施的事项缺少办事指南或职责边界，或指南的实施部门不是当前实施部门', severity: 'error' },
  'prereview-basis': { n: 9, title: '保留初审（转报）却没有法律法规依据', severity: 'error' },
  'catch-all': { n: 10, title: '使用“其他条件”“其他材料”等兜底表述', severity: 'error' },
  'stale-review': { n: 0, title: '办事指南超过一年未审核', severity: 'warning' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly rule: RuleId;
  /** Field path inside the record, e.g. materials[2].formRef; empty for the whole file. */
  readonly path: string;
  /** What is wrong and what to do, in Chinese. */
  readonly message: string;
  readonly severity: Severity;
}

export type PathSegment = string | number;

/** materials[2].formRef */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

/** `file:line:col  rule-id  field.path  message`, one problem per line. */
export function formatProblem(p: Problem): string {
  const level = p.severity === 'warning' ? '（提示）' : '';
  return `${p.file}:${p.line}:${p.col}  ${p.rule}  ${p.path || '-'}  ${level}${p.message}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message),
  );
}

export function countBySeverity(problems: readonly Problem[]) {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) p.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings };
}

/** The closing summary line of a report. */
export function summaryLine(problems: readonly Problem[], files: number): string {
  const { errors, warnings } = countBySeverity(problems);
  if (errors === 0 && warnings === 0) return `检查了 ${files} 个文件，没有发现问题。`;
  const files_ = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  return `检查了 ${files} 个文件：${errors} 个错误（涉及 ${files_} 个文件），${warnings} 个提示。`;
}
