/** Numbers and dates as notices write them: Arabic or Chinese numerals, 2020年12月24日. */
import { isRealDate } from '../../domain/code-formats.ts';

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** A number written in Arabic or Chinese numerals (三, 十四, 二十, 一百零八, 二〇二〇), or undefined. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/u.test(t)) return Number(t);
  if (!/^[〇零一二两三四五六七八九十百]+$/u.test(t)) return undefined;
  // Digit by digit (二〇二〇) when there is no 十 or 百.
  if (!/[十百]/u.test(t)) return Number([...t].map((c) => CN_DIGITS[c]).join(''));
  let total = 0;
  let current = 0;
  for (const c of t) {
    if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = CN_DIGITS[c]!;
    }
  }
  return total + current;
}

/** A numeral as a regular-expression source (one capture group). */
export const NUM = '(\\d+|[〇零一二两三四五六七八九十百]+)';

/** A date 2020年12月24日 or 二〇二〇年十二月二十四日 (no spaces) as a regular-expression source, 3 groups. */
export const DATE = '(\\d{4}|[〇零一二三四五六七八九]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日';

/** The ISO date of the three groups of DATE, or undefined when it is not a real date. */
export function isoOf(year: string, month: string, day: string): string | undefined {
  const y = parseNumber(year);
  const m = parseNumber(month);
  const d = parseNumber(day);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isRealDate(iso) ? iso : undefined;
}

/** 2020-12-30 → 2020年12月30日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
