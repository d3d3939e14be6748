/**
 * Pure helpers for the code formats of docs/ARCHITECTURE.md (Codes): basic codes, implementation codes,
 * unified social credit codes (GB 32100), division codes (GB/T 2260) and document numbers.
 * Each check returns a Chinese explanation of what is wrong, or undefined when the code is fine.
 */

/** Characters of a unified social credit code, in check-digit order (no I, O, S, V, Z). */
export const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a credit code whose first 17 characters are given. */
export function creditCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('need the first 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CHARSET.indexOf(first17[i]!);
    if (v < 0) throw new RangeError(`invalid character ${first17[i]}`);
    sum += v * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31]!;
}

const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ]/u;
const WHITESPACE = /[\s\u3000]/u;

/** Problems every code shares: full-width characters and stray spaces. */
export function textProblem(value: string): string | undefined {
  const fw = value.match(new RegExp(FULL_WIDTH.source, 'gu'));
  if (fw) {
    const half = fw.map((c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join('');
    return `含有全角字符“${fw.join('')}”，请改为半角“${half}”`;
  }
  if (WHITESPACE.test(value)) return '含有空格或不可见字符，请删除';
  return undefined;
}

export function basicCodeProblem(value: string): string | undefined {
  const t = textProblem(value);
  if (t) return t;
  if (!/^\d{12}$/.test(value)) return `基本编码应为 12 位数字，现为“${value}”（${value.length} 位）`;
  return undefined;
}

export function creditCodeProblem(value: string): string | undefined {
  const t = textProblem(value);
  if (t) return t;
  if (value.length !== 18) return `统一社会信用代码应为 18 位，现为 ${value.length} 位`;
  const bad = [...value].filter((c) => !CREDIT_CHARSET.includes(c));
  if (bad.length) return `统一社会信用代码不能含有“${[...new Set(bad)].join('')}”（不使用 I、O、S、V、Z 和小写字母）`;
  const expected = creditCheckChar(value.slice(0, 17));
  if (value[17] !== expected) return `统一社会信用代码校验位错误：第 18 位应为“${expected}”，现为“${value[17]}”，请核对代码是否抄错`;
  return undefined;
}

export function divisionCodeProblem(value: string): string | undefined {
  const t = textProblem(value);
  if (t) return t;
  if (!/^\d{6}$/.test(value)) return `行政区划代码应为 6 位数字（GB/T 2260），现为“${value}”`;
  return undefined;
}

/** Implementation code: 18-character credit code + 1 level character + 12-digit basic code. */
export function implementationCodeProblem(value: string): string | undefined {
  const t = textProblem(value);
  if (t) return t;
  if (value.length !== 31) return `实施编码应为 31 位（18 位统一社会信用代码 + 1 位层级码 + 12 位基本编码），现为 ${value.length} 位`;
  const credit = creditCodeProblem(value.slice(0, 18));
  if (credit) return `实施编码前 18 位${credit}`;
  if (!/^\d$/.test(value[18]!)) return `实施编码第 19 位应为层级数字，现为“${value[18]}”`;
  const basic = basicCodeProblem(value.slice(19));
  if (basic) return `实施编码后 12 位：${basic}`;
  return undefined;
}

export function splitImplementationCode(value: string) {
  return { creditCode: value.slice(0, 18), levelDigit: value[18] ?? '', basicCode: value.slice(19) };
}

/**
 * Level character of an implementation code for a jurisdiction level.
 * Inferred from real codes (docs/ARCHITECTURE.md, Codes): 3 for city bodies, 4 for county bodies. Kept here alone
 * so that a corrected mapping is a one-line change.
 */
export const IMPLEMENTATION_LEVEL_DIGIT: Readonly<Record<string, string>> = {
  省级: '2',
  市级: '3',
  县级: '4',
  乡镇级: '5',
};

const DOC_NUMBER = /^(\S+?)〔(\d{4})〕(\d+)号$/u;

/** Canonical form of a document number: any of [] () （） 〔〕 around the year become 〔〕. */
export function normalizeDocNumber(value: string): string {
  return value
    .trim()
    .replace(/\s+/gu, '')
    .replace(/[[(（［【]\s*(\d{4})\s*[\])）］】]/u, '〔$1〕')
    .replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function docNumberProblem(value: string): string | undefined {
  if (DOC_NUMBER.test(value)) return undefined;
  const normal = normalizeDocNumber(value);
  if (normal !== value && DOC_NUMBER.test(normal)) return `文号应写作“${normal}”（年份用六角括号〔〕，数字用半角，不含空格）`;
  return `文号格式应为“发文机关代字〔年份〕序号号”，如“晋政办发〔2020〕99号”，现为“${value}”`;
}

export function parseDocNumber(value: string) {
  const m = DOC_NUMBER.exec(value);
  return m ? { prefix: m[1]!, year: Number(m[2]), serial: Number(m[3]) } : undefined;
}

/** GB 11643 citizen ID number: 17 digits + check character (0-9 or X). */
export function idNumberProblem(value: string): string | undefined {
  const t = textProblem(value);
  if (t) return t;
  if (!/^\d{17}[\dX]$/.test(value)) return `公民身份号码应为 18 位（前 17 位数字，末位数字或大写 X），现为“${value}”`;
  const birth = value.slice(6, 14);
  const date = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  if (!isRealDate(date)) return `公民身份号码第 7～14 位应为出生日期，“${birth}”不是真实日期`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(value[i]), 0);
  const check = '10X98765432'[sum % 11]!;
  if (value[17] !== check) return `公民身份号码校验位错误：第 18 位应为“${check}”，现为“${value[17]}”`;
  return undefined;
}

/** A real calendar date in YYYY-MM-DD (2021-02-29 is not). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Area code + number, a mobile number, or a service hotline. */
export const PHONE = /^(?:0\d{2,3}-\d{7,8}(?:-\d{1,6})?|1[3-9]\d{9}|\d{5,6})$/;
