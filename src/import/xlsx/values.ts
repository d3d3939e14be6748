/**
 * A cell's value as a record field, by its column's type (src/domain/sheet-columns.ts): codes
 * typed as numbers recovered where that is unambiguous, dates in the ways staff write them, time
 * limits with their unit, labels of a code list. A value that cannot be read gives a message in
 * Chinese saying what to write instead.
 */
import { isRealDate, normalizeDocNumber } from '../../domain/code-formats.ts';
import { TIME_UNITS, type CodeList, normalizeLabel } from '../../schemas/codes.ts';
import { type CellValue, plainText } from './workbook.ts';

export type Parsed<T> = { readonly ok: true; readonly value: T; readonly hint?: string } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T, hint?: string): Parsed<T> => (hint ? { ok: true, value, hint } : { ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** 1.40116E+11 (text), as typed over a number Excel showed in scientific notation. */
const SCIENTIFIC = /^(\d)(?:\.(\d+))?E\+?(\d+)$/iu;

/**
 * A 12-digit basic code from a cell. A number lost its leading zeros (40116001000 → 040116001000);
 * a number shown in scientific notation keeps its digits; text in scientific notation has lost
 * digits, so it is recovered only when exactly one code of the catalogue fits.
 */
export function basicCodeOf(v: CellValue, known: ReadonlySet<string>): Parsed<string> {
  if (v.kind === 'number') {
    if (!Number.isInteger(v.value) || v.value < 0 || v.value >= 1e12) return fail(`编码 ${v.value} 不是 12 位数字：请把这一列设为“文本”格式后重新输入编码`);
    const code = String(v.value).padStart(12, '0');
    const hint = String(v.value).length < 12 ? `编码按数字保存丢了开头的 0，已读作 ${code}：请把这一列设为“文本”格式` : undefined;
    return ok(code, hint);
  }
  const text = plainText(v).normalize('NFKC').replace(/\s/gu, '');
  const sci = SCIENTIFIC.exec(text);
  if (sci) {
    const digits = `${sci[1]}${sci[2] ?? ''}`;
    const length = Number(sci[3]) + 1;
    const fits = [...known].filter((c) => c.length === length && c.startsWith(digits));
    if (fits.length === 1) return ok(fits[0]!, `编码写成了科学计数法“${text}”，按基本目录读作 ${fits[0]}：请把这一列设为“文本”格式后重新输入`);
    return fail(
      `编码写成了科学计数法“${text}”，后几位已经丢失${fits.length ? `（基本目录中有 ${fits.length} 个编码都可能是它）` : ''}：请把这一列设为“文本”格式，重新输入完整的 12 位编码`,
    );
  }
  if (/^\d{1,11}$/u.test(text)) return ok(text.padStart(12, '0'), `编码只有 ${text.length} 位，按丢了开头的 0 读作 ${text.padStart(12, '0')}：请核对`);
  if (!/^\d{12}$/u.test(text)) return fail(`编码“${text}”不是 12 位数字：请填写基本目录的 12 位基本编码，如 140121001003`);
  return ok(text);
}

/** An implementation code: 31 characters of text; a number cannot be one. */
export function implementationCodeOf(v: CellValue): Parsed<string> {
  if (v.kind === 'number') return fail('实施编码被保存成了数字，已无法还原：请把这一列设为“文本”格式后重新输入 31 位实施编码');
  return ok(plainText(v).normalize('NFKC').replace(/\s/gu, '').toUpperCase());
}

const CHINESE_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
const SEPARATED_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u;

/** A date: a date cell, 2020-12-24, 2020/12/24, 2020.12.24 or 2020年12月24日. */
export function dateOf(v: CellValue): Parsed<string> {
  if (v.kind === 'date') return ok(v.iso);
  const text = plainText(v).normalize('NFKC').trim();
  const m = CHINESE_DATE.exec(text) ?? SEPARATED_DATE.exec(text);
  const iso = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
  if (!iso || !isRealDate(iso)) return fail(`“${text}”不是日期：请写作 2020-12-24 或 2020年12月24日`);
  return ok(iso);
}

const UNIT_WORDS: Readonly<Record<string, string>> = { 工作日: '工作日', 个工作日: '工作日', 自然日: '自然日', 个自然日: '自然日', 日: '自然日', 天: '自然日', 个月: '月', 月: '月', 年: '年', 小时: '小时', 个小时: '小时' };

/** A time limit: 20个工作日, 20 工作日, 3个月, 1年, 当场办结 (0 工作日). */
export function timeLimitOf(v: CellValue): Parsed<{ value: number; unit: string }> {
  if (v.kind === 'number') return fail(`时限只写了数字 ${v.value}，没有单位：请写作“${v.value}个工作日”或“${v.value}个自然日”`);
  const text = plainText(v).normalize('NFKC').replace(/\s/gu, '');
  if (/^(?:当场办结|即办|即时办结|当场)$/u.test(text)) return ok({ value: 0, unit: '工作日' });
  const m = /^(\d+(?:\.\d+)?)(.+)$/u.exec(text);
  const unit = m ? UNIT_WORDS[m[2]!] : undefined;
  if (!m || !unit || !TIME_UNITS.entries.some(([, l]) => l === unit)) {
    return fail(`“${text}”不是时限：请写作“20个工作日”“30个自然日”“3个月”“1年”或“当场办结”`);
  }
  return ok({ value: Number(m[1]), unit });
}

/** A whole number (到办事现场次数): 1, 1次. */
export function countOf(v: CellValue): Parsed<number> {
  if (v.kind === 'number' && Number.isInteger(v.value) && v.value >= 0) return ok(v.value);
  const m = /^(\d+)\s*次?$/u.exec(plainText(v).normalize('NFKC').trim());
  return m ? ok(Number(m[1])) : fail(`“${plainText(v)}”不是次数：请填写 0 到 5 的整数`);
}

/** 是 / 否 (also 有/无, Y/N and a TRUE/FALSE cell). */
export function yesNoOf(v: CellValue): Parsed<boolean> {
  if (v.kind === 'bool') return ok(v.value);
  const t = plainText(v).normalize('NFKC').trim().toUpperCase();
  if (['是', '有', 'Y', 'YES', '收费'].includes(t)) return ok(true);
  if (['否', '无', 'N', 'NO', '不收费', '免费'].includes(t)) return ok(false);
  return fail(`“${plainText(v)}”不是“是”或“否”：请填写 是 或 否`);
}

/** One label of a code list, as written or under a known alias. */
export function labelOf(v: CellValue, list: CodeList): Parsed<string> {
  const text = plainText(v).normalize('NFKC').replace(/\s/gu, '');
  const label = normalizeLabel(list, text);
  if (!label) return fail(`“${plainText(v)}”不在${list.title}代码表中：请从下拉列表中选择（可选：${list.entries.map(([, l]) => l).join('、')}）`);
  return ok(label, label !== text ? `“${text}”按代码表记为“${label}”` : undefined);
}

/** Several labels of a code list, separated by 、，,；; or line breaks. */
export function labelsOf(v: CellValue, list: CodeList): Parsed<string[]> {
  const out: string[] = [];
  for (const part of plainText(v).split(/[、，,；;\n]/u).map((p) => p.trim()).filter(Boolean)) {
    const one = labelOf({ kind: 'text', text: part }, list);
    if (!one.ok) return one;
    if (!out.includes(one.value)) out.push(one.value);
  }
  return ok(out);
}

/** One item per line of the cell, without numbering (1. 2、（一）) and empty lines. */
export function linesOf(v: CellValue): Parsed<string[]> {
  return ok(
    plainText(v)
      .split(/\r?\n/u)
      .map((l) => l.trim().replace(/^(?:\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*/u, '').trim())
      .filter(Boolean),
  );
}

/** A document number (文号), with [] or () normalised to 〔〕; the 未载明 mark or a blank as none. */
export function docNumberOf(text: string, none: string): string | undefined {
  const t = text.trim();
  return t === '' || t === none ? undefined : normalizeDocNumber(t);
}

/** 过渡期: 3 个月, 3个月, 3. */
export function monthsOf(v: CellValue): Parsed<number> {
  if (v.kind === 'number' && Number.isInteger(v.value)) return ok(v.value);
  const m = /^(\d+)\s*(?:个月|月)?$/u.exec(plainText(v).normalize('NFKC').trim());
  return m ? ok(Number(m[1])) : fail(`“${plainText(v)}”不是月数：请写作“3个月”`);
}
