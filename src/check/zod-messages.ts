/**
 * Turns zod issues into messages a staff member can act on: which element, what is wrong, what to
 * write instead — in Chinese, with the field's own documentation where the schema has it.
 */
import { z } from 'zod';
import { elementOf, literalValues, shapeOf, unionOf, unwrap } from '../schemas/walk.ts';
import type { PathSegment } from './problems.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（每项以“- ”开头）',
  object: '键值对（下一行缩进写各要素）',
  date: '日期',
};

function received(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  switch (typeof input) {
    case 'string':
      return `文字“${input}”`;
    case 'number':
      return `数字 ${input}`;
    case 'boolean':
      return String(input);
    case 'object':
      return '键值对';
    default:
      return typeof input;
  }
}

/** The schema of the field at `path`, best effort (used for documentation only). */
export function schemaAt(root: z.ZodType, path: readonly PathSegment[], value: unknown): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  let v: unknown = value;
  for (const seg of path) {
    if (!s) return undefined;
    const shape = shapeOf(s);
    const element = elementOf(s);
    const union = unionOf(s);
    if (shape) {
      s = shape[String(seg)];
    } else if (element) {
      s = element;
    } else if (union) {
      const disc = union.discriminator;
      const tag = disc && v && typeof v === 'object' ? (v as Record<string, unknown>)[disc] : undefined;
      const match = union.options.find((o) => {
        const optionShape = shapeOf(o);
        if (!optionShape) return false;
        if (!disc) return String(seg) in optionShape;
        const field = optionShape[disc];
        return field !== undefined && (literalValues(field)?.includes(tag) ?? false);
      });
      s = match ? schemaAt(match, [seg], v) : undefined;
    } else {
      return undefined;
    }
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[String(seg)] : undefined;
  }
  return s;
}

function describe(schema: z.ZodType | undefined): string | undefined {
  if (!schema) return undefined;
  return z.globalRegistry.get(schema)?.description ?? z.globalRegistry.get(unwrap(schema))?.description;
}

function keysOf(schema: z.ZodType | undefined): string[] {
  return schema ? Object.keys(shapeOf(schema) ?? {}) : [];
}

/** The field's name from its documentation: 办件类型（…） → 办件类型. */
function shortName(doc: string | undefined): string | undefined {
  const name = doc?.split(/[（(：:，,；;]/u)[0]?.trim();
  return name && name.length <= 12 ? name : undefined;
}

/** The one option that contains what was written (承诺 → 承诺件), if exactly one does. */
function nearest(values: readonly string[], input: unknown): string | undefined {
  if (typeof input !== 'string' || input.trim() === '') return undefined;
  const t = input.trim();
  const hits = values.filter((v) => v.includes(t) || t.includes(v));
  return hits.length === 1 ? hits[0] : undefined;
}

export interface IssueMessage {
  readonly path: PathSegment[];
  readonly message: string;
  readonly rule?: string;
}

/** One message per zod issue, with the path pointing at the offending element. */
export function issueMessage(root: z.ZodType, value: unknown, issue: Issue, suggest?: (values: readonly unknown[], input: unknown) => string | undefined): IssueMessage {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const last = path.at(-1);
  const field = last === undefined ? '记录' : typeof last === 'number' ? `第 ${last + 1} 项` : `“${String(last)}”`;
  const here = schemaAt(root, path, value);
  const doc = describe(here);
  const docHint = doc ? `（${doc}）` : '';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return { path, message: `缺少必填要素 ${field}${docHint}，请补上` };
      return { path, message: `${field} 应为${expected}，现为${received(issue.input)}${docHint}` };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const name = shortName(doc) ? `${shortName(doc)}（${String(last)}）` : field;
      if (issue.input === undefined) return { path, message: `缺少必填要素 ${name}，请补上。可选值：${values.join('、')}` };
      const alias = suggest?.(issue.values, issue.input);
      const guess = alias ? undefined : nearest(values, issue.input);
      const hint = alias ? `；应写作“${alias}”。` : guess ? `；是不是“${guess}”？` : '。';
      return { path, message: `“${String(issue.input)}”不是 ${name} 的可选值${hint}可选值：${values.join('、')}` };
    }
    case 'unrecognized_keys': {
      const parent = schemaAt(root, path, value);
      const allowed = keysOf(parent);
      const key = issue.keys[0]!;
      return {
        path: [...path, key],
        message: `不认识的要素“${issue.keys.join('、')}”，请检查拼写或删除${allowed.length ? `。可用的要素：${allowed.join('、')}` : ''}`,
      };
    }
    case 'too_small': {
      if (issue.origin === 'array') return { path, message: `${field} 至少需要 ${String(issue.minimum)} 项${docHint}` };
      if (issue.origin === 'string') return { path, message: `${field} 不能为空${docHint}` };
      return { path, message: `${field} 不能小于 ${String(issue.minimum)}` };
    }
    case 'too_big':
      return { path, message: `${field} 不能大于 ${String(issue.maximum)}` };
    case 'invalid_union': {
      if (issue.input === undefined) return { path, message: `缺少必填要素 ${field}${docHint}，请补上` };
      // An object that is one option's kind but wrong inside it (“not published” without where to
      // ask): that option's own issues, below the value, say what is wrong.
      const near = (issue as { errors?: Issue[][] }).errors?.find((errs) => errs.length > 0 && errs.every((e) => e.path.length > 0));
      if (near?.[0]) return issueMessage(root, value, { ...near[0], path: [...issue.path, ...near[0].path] } as Issue, suggest);
      const disc = (issue as { note?: string }).note;
      return { path, message: `${field} 的写法不符合任何一种格式${disc ? `（${disc}）` : ''}${docHint}` };
    }
    case 'custom': {
      const rule = (issue.params as { rule?: string } | undefined)?.rule;
      return { path, message: issue.message, ...(rule ? { rule } : {}) };
    }
    default:
      return { path, message: `${field}：${issue.message}${docHint}` };
  }
}
