/** Rule 3: every reference resolves — to a jurisdiction, department, matter or sub-item, form or notice. */
import { jurisdictionKey } from '../../domain/keys.ts';
import type { Loaded } from '../../io/load.ts';
import { COLLECTION_NAMES, type CollectionName, type Reference, collection } from '../../schemas/index.ts';
import type { PathSegment } from '../problems.ts';
import { type RuleContext, defineRule, wasRejected } from '../rule.ts';

/** `technicalSupport[].cooperating[]` → ['technicalSupport', [], 'cooperating', []]: a field, or each item of a list. */
type Step = string | readonly [];

function parsePath(pattern: string): Step[] {
  return pattern.split('.').flatMap((part): Step[] => (part.endsWith('[]') ? [part.slice(0, -2), []] : [part]));
}

/**
 * The text values at a path pattern, with their concrete paths. An empty field counts as not
 * filled in (an optional reference left blank); an empty list item is a reference to nothing.
 */
function valuesAt(data: unknown, steps: readonly Step[], path: PathSegment[] = []): { path: PathSegment[]; value: string }[] {
  if (steps.length === 0) return typeof data === 'string' && (data !== '' || typeof path.at(-1) === 'number') ? [{ path, value: data }] : [];
  const [step, ...rest] = steps;
  if (typeof step === 'string') {
    const next = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)[step] : undefined;
    return valuesAt(next, rest, [...path, step]);
  }
  return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...path, i])) : [];
}

function checkReference(ctx: RuleContext, rec: Loaded<unknown>, ref: Reference): void {
  const target = ref.to as CollectionName;
  const def = collection(target);
  const missing = def.missing!;
  const j = ref.scope === 'jurisdiction' ? String((rec.data as { jurisdiction?: unknown }).jurisdiction) : undefined;
  for (const { path, value } of valuesAt(rec.data, parsePath(ref.path))) {
    const key = j === undefined ? value : jurisdictionKey(j, value);
    // A scoped reference into an unknown jurisdiction is not checked: the jurisdiction is reported.
    const exists = (j !== undefined && !ctx.index.jurisdictions.has(j)) || ctx.index.records[target].has(key) || wasRejected(ctx, target, def.keyFields(key));
    if (exists) continue;
    const known = j === undefined ? [] : ctx.catalogue[target].filter((r) => (r.data as { jurisdiction?: unknown }).jurisdiction === j).map((r) => String((r.data as Record<string, unknown>)[def.keyField]));
    ctx.report(rec, path, `找不到${missing.what(j)}“${value}”：${missing.hint(j, known)}`);
  }
}

export default defineRule({
  id: 'unresolved-reference',
  n: 3,
  sub: 2,
  title: '引用的部门、区划、事项、表格或文件不存在',
  details: '文件指 src/content/notices/ 中的政策文件',
  severity: 'error',
  check(ctx) {
    for (const name of COLLECTION_NAMES) {
      const { references } = collection(name);
      for (const rec of ctx.catalogue[name] as Loaded<unknown>[]) for (const ref of references) checkReference(ctx, rec, ref);
    }
  },
});
