/**
 * Rule 3 (references): following `parent` upwards from any jurisdiction reaches a province, never
 * the jurisdiction itself. A cycle (a county whose parent is its own city's child) has no top, so
 * pages and holdings that walk up the tree could never stop; every jurisdiction in the cycle is
 * reported at its parent field.
 */
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'jurisdiction-cycle',
  n: 3,
  sub: 3,
  title: '行政区划的上级形成循环',
  severity: 'error',
  check(ctx) {
    const parentOf = new Map(ctx.catalogue.jurisdictions.map((r) => [r.data.id, r.data.parent]));
    const reported = new Set<string>();
    for (const start of ctx.catalogue.jurisdictions) {
      // Walk up until the top, an unknown parent (unresolved-reference), or a repeat.
      const seen: string[] = [];
      let id: string | undefined = start.data.id;
      while (id !== undefined && parentOf.has(id) && !seen.includes(id)) {
        seen.push(id);
        id = parentOf.get(id);
      }
      if (id === undefined || !seen.includes(id)) continue;
      const cycle = seen.slice(seen.indexOf(id));
      if (cycle.some((c) => reported.has(c))) continue;
      const chain = [...cycle, id].join(' → ');
      for (const c of cycle) {
        reported.add(c);
        const rec = ctx.index.jurisdictions.get(c);
        if (rec) ctx.report(rec, ['parent'], `上级区划形成了循环（${chain}）：沿着 parent 向上应能到达省级区划，请改正其中一个区划的 parent`);
      }
    }
  },
});
