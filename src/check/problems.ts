/**
 * Problems found in the catalogue and how they are printed. Every problem is located
 * (file, line, column, field path) and explained in Chinese, saying what to do.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** The id of the rule that found it (src/check/rules/<id>.ts). */
  readonly rule: string;
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

/** Every character that a terminal or editor may show as a new line. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** Folds line breaks (a block scalar quoted in a message, a file name) into a visible ⏎. */
export const oneLine = (text: string): string => text.replace(LINE_BREAK, '⏎');

/** `file:line:col  rule-id  field.path  message`, one problem per line (line breaks shown as ⏎). */
export function formatProblem(p: Problem): string {
  const level = p.severity === 'warning' ? '（提示）' : '';
  return oneLine(`${p.file}:${p.line}:${p.col}  ${p.rule}  ${p.path || '-'}  ${level}${p.message}`);
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
