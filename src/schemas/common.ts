/** Building blocks shared by the record schemas. */
import { z } from 'zod';
import {
  basicCodeProblem,
  creditCodeProblem,
  divisionCodeProblem,
  docNumberProblem,
  implementationCodeProblem,
} from '../domain/code-formats.ts';
import { TIME_UNITS, codeEnum } from './codes.ts';

/** Rule id carried by zod issues that check a code's format (rule 2 of docs/ARCHITECTURE.md, Checking). */
export const CODE_FORMAT_RULE = 'code-format';

/** A string checked by one of the code helpers; a failure is reported under rule 2, not rule 1. */
function codeString(check: (v: string) => string | undefined, description: string, pattern: string) {
  return z
    .string()
    .check((ctx) => {
      const problem = check(ctx.value);
      if (problem) {
        ctx.issues.push({ code: 'custom', input: ctx.value, message: problem, params: { rule: CODE_FORMAT_RULE } });
      }
    })
    .meta({ description, pattern });
}

export const basicCode = () => codeString(basicCodeProblem, '基本编码：12 位数字，无子项时末 3 位为 000', '^[0-9]{12}$');
export const creditCode = () =>
  codeString(creditCodeProblem, '统一社会信用代码（GB 32100）：18 位，末位为校验码', '^[0-9A-HJ-NPQRTUWXY]{18}$');
export const divisionCode = () => codeString(divisionCodeProblem, '行政区划代码（GB/T 2260）：6 位数字', '^[0-9]{6}$');
export const implementationCode = () =>
  codeString(
    implementationCodeProblem,
    '实施编码：实施主体统一社会信用代码（18 位）+ 层级码（1 位）+ 基本编码（12 位）',
    '^[0-9A-HJ-NPQRTUWXY]{18}[0-9][0-9]{12}$',
  );
export const docNumber = () =>
  codeString(docNumberProblem, '文号：发文机关代字〔年份〕序号号，如 晋政办发〔2020〕99号', '^\\S+〔[0-9]{4}〕[0-9]+号$');

/** Identifier made of lower-case letters, digits and hyphens. */
export const slug = (description: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, '只能使用小写英文字母、数字和连字符“-”，如 jtysj')
    .meta({ description });

/** Jurisdiction id: a GB/T 2260 code, or a slug for a body that has none (a development zone). */
export const jurisdictionId = () =>
  z
    .string()
    .regex(/^(?:\d{6}|[a-z][a-z0-9-]*)$/u, '区划应为 6 位行政区划代码，或无代码的区域（如开发区）的英文标识')
    .meta({ description: '行政区划：6 位行政区划代码，或无代码区域（如开发区）的英文标识' });

/** A calendar date in ISO 8601 (2020-12-24). */
export const isoDate = (description: string) =>
  z.iso.date({ error: '日期应写作 YYYY-MM-DD，如 2020-12-24' }).meta({ description });

export const nonEmpty = (description: string) =>
  z.string().trim().min(1, '不能为空').meta({ description });

/**
 * 俗称和检索关键词: the short words citizens type for a matter (施工证, 开旅游大巴), indexed by the
 * full-text search with a weight just under the name's. Not official names: those are a matter's
 * `aliases`.
 */
export const searchKeywords = () =>
  z
    .array(z.string().trim().min(1, '不能为空').max(20, '关键词不超过 20 个字；长的说法请写进指南正文'))
    .default([])
    .meta({ description: '俗称和检索关键词：群众常说的叫法、简称、常见写法，每个一条，如 施工证、开旅游大巴；只用于检索，不是正式名称' });

/** A time limit with its unit, e.g. 20 工作日. */
export const timeLimit = (description: string) =>
  z
    .strictObject({
      value: z.number().min(0, '时限不能为负数').meta({ description: '时限数值' }),
      unit: codeEnum(TIME_UNITS, '时限单位'),
    })
    .meta({ description });

/** One legal provision a record relies on. */
export const legalBasis = z
  .strictObject({
    law: nonEmpty('法律、法规或规章的名称，不带书名号，如 中华人民共和国道路运输条例'),
    articles: z.string().optional().meta({ description: '条款，如 第八条、第十条' }),
    issuer: z.string().optional().meta({ description: '制定机关或文号，如 交通运输部令2022年第33号' }),
    text: z.string().optional().meta({ description: '条文摘录' }),
  })
  .meta({ description: '法律依据' });

/** The URL fields of the schemas, marked by `urlField`; the url-scheme rule finds them with `isUrlField`. */
const URL_FIELDS = new WeakSet<z.ZodType>();

/**
 * A web address a page shows as a link (a guide's online address, a department's website). zod's
 * z.url() accepts any scheme, javascript: and data: included; the url-scheme rule admits only
 * https:// and http://, and the pages link only what safeHref (src/site/safe-href.ts) admits.
 */
export function urlField(error: string, description?: string) {
  const schema = z.url({ error });
  // Registered on this very instance (.meta() would return a copy that is not a URL field).
  if (description) schema.register(z.globalRegistry, { description });
  URL_FIELDS.add(schema);
  return schema;
}

/** Whether `schema` (already unwrapped from optional/default) is a field made by `urlField`. */
export const isUrlField = (schema: z.ZodType): boolean => URL_FIELDS.has(schema);

/** A telephone number as dialled in China: area code and number, a mobile number, or a hotline. */
export const phone = (description: string) =>
  z
    .string()
    .regex(
      /^(?:0\d{2,3}-(?:\d{7,8}(?:-\d{1,6})?|\d{5,6})|1\d{10}|\d{5,6})$/u,
      '电话应写作“区号-号码”（如 0356-3021234、0356-12345）、11 位手机号或 5～6 位服务热线（如 12345）',
    )
    .meta({ description });

/**
 * A fact the public record does not give (a room number, a department's consultation line, a deep
 * link): the data says so instead of inventing it, and names where a citizen can ask.
 */
export const unpublished = z
  .strictObject({
    unpublished: z.literal(true).meta({ description: '未公开：公开资料中找不到这项信息时填 true，不要编造' }),
    ask: nonEmpty('可以向哪里询问，如 泽州县政务服务中心咨询台，或 0356-12345 政务服务便民热线'),
  })
  .meta({ description: '未公开的信息：写明“未公开”和可以询问的地方' });

/** `schema`, or the statement that the fact is not published (`unpublished`). */
export const orUnpublished = <T extends z.ZodType>(schema: T, description: string) =>
  z.union([schema, unpublished]).meta({ description: `${description}；公开资料中没有的填 { unpublished: true, ask: 询问途径 }` });

export type Unpublished = z.infer<typeof unpublished>;

/** Whether a value is the statement that a fact is not published. */
export const isUnpublished = (value: unknown): value is Unpublished =>
  typeof value === 'object' && value !== null && (value as { unpublished?: unknown }).unpublished === true;

export type TimeLimit = z.infer<ReturnType<typeof timeLimit>>;
export type LegalBasis = z.infer<typeof legalBasis>;
