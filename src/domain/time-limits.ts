/** Time limits: comparison across units, and display. */
import type { TimeLimit } from '../schemas/index.ts';

/**
 * Working days a limit amounts to. Time limits in licensing are counted in working days
 * (行政许可法第八十二条); other units are converted conservatively: 5 working days per 7 calendar
 * days, 21.75 per month, 250 per year, 8 working hours per day.
 */
export function toWorkingDays(limit: TimeLimit): number {
  switch (limit.unit) {
    case '工作日':
      return limit.value;
    case '自然日':
      return (limit.value * 5) / 7;
    case '月':
      return limit.value * 21.75;
    case '年':
      return limit.value * 250;
    case '小时':
      return limit.value / 8;
  }
}

/** True when a is longer than b (with a small tolerance for rounding). */
export function longerThan(a: TimeLimit, b: TimeLimit): boolean {
  return toWorkingDays(a) > toWorkingDays(b) + 1e-9;
}

/** 20 个工作日, 3 个月, 2 小时 */
export function formatTimeLimit(limit: TimeLimit): string {
  const unit = limit.unit === '月' || limit.unit === '年' || limit.unit === '小时' ? (limit.unit === '年' ? '年' : `个${limit.unit}`) : `个${limit.unit}`;
  return `${limit.value} ${unit}`;
}
