/** How catalogue values are written on the site (Chinese conventions). Pure functions. */
import type { Department, LegalBasis, TimeLimit } from '../schemas/index.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2020-12-24 → 2020年12月24日; 2021-01-05 → 2021年1月5日. Anything else is returned unchanged. */
export function formatDate(iso: string | Date | undefined): string {
  if (iso === undefined) return '';
  const s = iso instanceof Date ? iso.toISOString().slice(0, 10) : iso;
  const m = ISO_DATE.exec(s);
  if (!m) return s;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** 2020-12-24 → 2020年12月 (for "by the end of" dates). */
export function formatMonth(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月` : iso;
}

/** { value: 20, unit: 工作日 } → 20 个工作日; 3 月 → 3 个月; 1 年 → 1 年; 0 → 当场办结. */
export function formatTimeLimit(limit: TimeLimit | undefined): string {
  if (!limit) return '';
  const { value, unit } = limit;
  if (value === 0) return '当场办结';
  switch (unit) {
    case '工作日':
    case '自然日':
    case '月':
      return `${value} 个${unit}`;
    case '年':
    case '小时':
      return `${value} ${unit}`;
    default:
      return `${value} ${unit as string}`;
  }
}

/** true → 有, false → 无 (数量限制、年检、年报). */
export const formatHas = (b: boolean | undefined): string => (b === undefined ? '' : b ? '有' : '无');

/** true → 是, false → 否. */
export const formatYesNo = (b: boolean | undefined): string => (b === undefined ? '' : b ? '是' : '否');

/** A service the guide offers or not (预约办理、网上支付、物流快递): true → 支持, false → 不支持. */
export const formatSupported = (b: boolean): string => (b ? '支持' : '不支持');

/** A material's `required`: true → 必需; a condition → 有条件：<condition>. */
export const formatRequired = (required: true | string): string => (required === true ? '必需' : `有条件：${required}`);

/** Paper copies: 0 → 无需纸质; n → n 份. */
export const formatCopies = (n: number): string => (n === 0 ? '无需纸质' : `${n} 份`);

/** Visits in person: n → n 次. */
export const formatVisits = (n: number): string => `${n} 次`;

/** The full name of a department; the id (marked) when the department is not in the catalogue. */
export function departmentName(dept: Pick<Department, 'name'> | undefined, fallbackId?: string): string {
  if (dept) return dept.name;
  return fallbackId ? `${fallbackId}（未登记的部门）` : '（未登记的部门）';
}

/** The short name (县交通运输局) when there is one, else the full name. */
export function departmentShortName(dept: Pick<Department, 'name' | 'shortName'> | undefined, fallbackId?: string): string {
  return dept?.shortName ?? departmentName(dept, fallbackId);
}

/** 《中华人民共和国道路运输条例》第八条 */
export function formatLegalBasis(b: LegalBasis): string {
  return `《${b.law}》${b.articles ?? ''}`;
}

/** "3 个部门 14 个事项", or "14 个事项" when the department count is not given. */
export function formatCounts(c: { departments?: number | undefined; matters: number }): string {
  return c.departments === undefined ? `${c.matters} 个事项` : `${c.departments} 个部门 ${c.matters} 个事项`;
}

/** "3 个月" for a transition period. */
export const formatMonths = (n: number): string => `${n} 个月`;

/** Items joined the Chinese way: 自然人、企业法人. */
export const joinList = (items: readonly string[]): string => items.join('、');
