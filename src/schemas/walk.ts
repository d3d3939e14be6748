/**
 * Walking the zod schemas as data: field order, nested shapes, descriptions. Used by the
 * canonical formatter (key order) and the open-data export (column headers). Reads zod 4's
 * `_zod.def`, which is zod's documented way to introspect a schema.
 */
import { z } from 'zod';

type Def = { readonly type: string } & Record<string, unknown>;

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrapper kinds whose inner schema describes the value. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Strips optional/default/nullable/readonly/catch/pipe/lazy wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType as z.ZodType;
    else if (def.type === 'pipe' && def.in) s = def.in as z.ZodType;
    else if (def.type === 'lazy' && typeof def.getter === 'function') s = (def.getter as () => z.ZodType)();
    else break;
  }
  return s;
}

/** The description of a field: the outermost one found while unwrapping. */
export function descriptionOf(schema: z.ZodType): string | undefined {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const d = z.globalRegistry.get(s)?.description;
    if (d) return d;
    const def = defOf(s);
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType as z.ZodType;
    else if (def.type === 'pipe' && def.in) s = def.in as z.ZodType;
    else if (def.type === 'lazy' && typeof def.getter === 'function') s = (def.getter as () => z.ZodType)();
    else return undefined;
  }
  return undefined;
}

/** The kind of the unwrapped schema: object, array, union, string, … */
export const kindOf = (schema: z.ZodType): string => defOf(unwrap(schema)).type;

/** The fields of an object schema, in declaration order; undefined for anything else. */
export function shapeOf(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? (def.shape as Record<string, z.ZodType>) : undefined;
}

/** The element schema of an array schema. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'array' ? (def.element as z.ZodType) : undefined;
}

/** The value schema of a record schema (z.record). */
export function recordValueOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'record' ? (def.valueType as z.ZodType) : undefined;
}

/** The options of a union, and its discriminator key when it is a discriminated union. */
export function unionOf(schema: z.ZodType): { options: readonly z.ZodType[]; discriminator?: string } | undefined {
  const def = defOf(unwrap(schema));
  if (def.type !== 'union') return undefined;
  const options = def.options as z.ZodType[];
  return typeof def.discriminator === 'string' ? { options, discriminator: def.discriminator } : { options };
}

/** Literal values a schema accepts (z.literal), if it is one. */
export function literalValues(schema: z.ZodType): readonly unknown[] | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'literal' ? (def.values as unknown[]) : undefined;
}

/** What a value looks like, for choosing among union options. */
export type ValueShape =
  | { readonly kind: 'map'; readonly keys: readonly string[]; readonly get: (key: string) => unknown }
  | { readonly kind: 'seq' }
  | { readonly kind: 'scalar' };

/**
 * The option of a union that describes a value: by the discriminator's literal for a discriminated
 * union; otherwise the object option sharing most keys with a map, or the first array option for a list.
 */
export function pickOption(schema: z.ZodType, value: ValueShape): z.ZodType | undefined {
  const u = unionOf(schema);
  if (!u) return schema;
  if (value.kind === 'map') {
    if (u.discriminator) {
      const tag = value.get(u.discriminator);
      const hit = u.options.find((o) => {
        const field = shapeOf(o)?.[u.discriminator!];
        return field !== undefined && (literalValues(field)?.includes(tag) ?? false);
      });
      if (hit) return pickOption(hit, value);
    }
    let best: z.ZodType | undefined;
    let bestScore = -1;
    for (const o of u.options) {
      const inner = pickOption(o, value);
      const shape = inner && shapeOf(inner);
      if (!shape) continue;
      const score = value.keys.filter((k) => k in shape).length;
      if (score > bestScore) {
        best = inner;
        bestScore = score;
      }
    }
    return best;
  }
  if (value.kind === 'seq') {
    for (const o of u.options) {
      const inner = pickOption(o, value);
      if (inner && elementOf(inner)) return inner;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The first clause of a description, for a column header: 事项名称（十同要素之一） → 事项名称,
 * 部门标识，在本区划内唯一 → 部门标识.
 */
export function firstClause(description: string): string {
  const cut = description.search(/[，,：:；;（(。]/u);
  const head = (cut === -1 ? description : description.slice(0, cut)).trim();
  return head || description.trim();
}

/** A path to a field: keys, with `*` for every element of an array or every entry of a record. */
export type FieldPattern = readonly string[];

/** A field found by `fieldPaths`: where it is, and its schema as declared (with its description). */
export interface FoundField {
  readonly path: FieldPattern;
  readonly schema: z.ZodType;
}

/**
 * The fields whose (unwrapped) schema passes `test`, e.g. the path ['website'] or
 * ['materials', '*', 'url']; union options contribute all their fields. A field is not searched
 * below itself.
 */
export function fieldPaths(schema: z.ZodType, test: (field: z.ZodType) => boolean): FoundField[] {
  const out: FoundField[] = [];
  const seen = new Set<string>();
  const visit = (s: z.ZodType, at: readonly string[], depth: number) => {
    if (depth > 30) return;
    const inner = unwrap(s);
    if (test(inner)) {
      const key = at.join('\u0000');
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ path: at, schema: s });
      }
      return;
    }
    const shape = shapeOf(inner);
    if (shape) for (const [k, f] of Object.entries(shape)) visit(f, [...at, k], depth + 1);
    const element = elementOf(inner);
    if (element) visit(element, [...at, '*'], depth + 1);
    const value = recordValueOf(inner);
    if (value) visit(value, [...at, '*'], depth + 1);
    for (const o of unionOf(inner)?.options ?? []) visit(o, at, depth + 1);
  };
  visit(schema, [], 0);
  return out;
}
