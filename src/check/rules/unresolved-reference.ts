/** Rule 3: every reference resolves — to a jurisdiction, department, matter or sub-item, form or notice. */
import { jurisdictionKey } from '../../domain/keys.ts';
import type { Loaded } from '../../io/load.ts';
import { COLLECTION_NAMES, type CollectionName, type Reference, collection } from '../../schemas/index.ts';
import type { PathSegment } from '../problems.ts';
import { type RuleContext, defineRule, wasRejected } from '../rule.ts';

/** `technicalSupport[].cooperating[]` → ['technicalSupport', [], 'cooperating', []]: a field, or each item of a list. */
type Step = string | readonly [];

const parsedPaths = new Map<string, Step[]>();
/** The steps of a reference's path pattern, split once per pattern. */
function parsePath(pattern: string): Step[] {
  let steps = parsedPaths.get(pattern);
  if (!steps) parsedPaths.set(pattern, (steps = pattern.split('.').flatMap((part): Step[] => (part.endsWith('[]') ? [part.slice(0, -2), []] : [part]))));
  return steps;
}

/**
 * The text values at a path pattern, with their concrete paths. An empty field counts as not
 * filled in (an optional reference left blank); an empty list item is a reference to nothing.
 * `path` is the way down so far, shared by the calls and copied only for a value found.
 */
function valuesAt(data: unknown, steps: readonly Step[], k = 0, path: PathSegment[] = [], out: { path: PathSegment[]; value: string }[] = []) {
  if (k === steps.length) {
    if (typeof data === 'string' && (data !== '' || typeof path.at(-1) === 'number')) out.push({ path: [...path], value: data });
    return out;
  }
  const step = steps[k]!;
  if (typeof step === 'string') {
    const next = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)[step] : undefined;
    if (next === undefined) return out;
    path.push(step);
    valuesAt(next, steps, k + 1, path, out);
    path.pop();
  } else if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      path.push(i);
      valuesAt(data[i], steps, k + 1, path, out);
      path.pop();
    }
  }
  return out;
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
    const known = j === undefined ? [] : ctx.index.inJurisdiction(target, j).map((r) => String((r.data as Record<string, unknown>)[def.keyField]));
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
