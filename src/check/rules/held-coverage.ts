/**
 * Rule 8: every matter the approval bureau holds has a guide and a responsibility division in that
 * jurisdiction; a guide's implementing department is the matter's holder according to the
 * published lists: the current holder when a list names the matter, and never the approval bureau
 * when no list of the jurisdiction ever moved the matter (or, for a sub-item, its parent matter)
 * to the bureau.
 */
import { deptKey } from '../../domain/catalogue.ts';
import { defineRule, wasRejected } from '../rule.ts';

export default defineRule({
  id: 'held-coverage',
  n: 8,
  title: '审批局实施的事项缺少办事指南或职责边界，或指南的实施部门不是按清单应有的实施部门',
  details: '没有任何划转清单把事项划转到审批局时，指南的实施部门不能是审批局',
  severity: 'error',
  check(ctx) {
    for (const [j, h] of ctx.holdings) {
      const bureau = ctx.index.approvalBureau(j);
      if (!bureau) continue;
      const bureauKey = deptKey(j, bureau.data.id);
      for (const code of h.heldBy(bureauKey)) {
        const periods = h.history.get(code)!;
        const last = periods.at(-1)!;
        const list = last.list!;
        const path = ['entries', last.entryIndex!, 'matter'];
        const name = ctx.index.elementsOf(code)?.name ?? code;
        if (ctx.index.guidesFor(j, code).length === 0 && !wasRejected(ctx, 'guides', { jurisdiction: j, matter: code })) {
          ctx.report(list, path, `审批局实施的“${name}”（${code}）在 ${j} 没有办事指南：请在 data/guides/${j}/ 中为它编写办事指南`);
        }
        if (!ctx.index.responsibilities.has(`${j}/${code}`) && !wasRejected(ctx, 'responsibilities', { jurisdiction: j, matter: code })) {
          ctx.report(list, path, `审批局实施的“${name}”（${code}）在 ${j} 没有职责边界（审管衔接）：请在 data/responsibilities/${j}/ 中写明审批和监管职责`);
        }
      }
    }

    // Codes (matters or sub-items, as the entries name them) some list ever moved to the bureau,
    // by jurisdiction: one pass over the entries.
    const movedToBureau = new Map<string, Set<string>>();
    for (const [j, lists] of ctx.index.transfersByJurisdiction) {
      const bureau = ctx.index.approvalBureau(j);
      if (!bureau) continue;
      const codes = new Set<string>();
      for (const list of lists) {
        for (const e of list.data.entries) if (e.direction === '划转' && e.to === bureau.data.id) codes.add(e.matter);
      }
      movedToBureau.set(j, codes);
    }

    for (const r of ctx.catalogue.guides) {
      const g = r.data;
      const h = ctx.holdings.get(g.jurisdiction);
      const holder = h?.currentHolder(g.matter);
      if (holder && holder !== deptKey(g.jurisdiction, g.department)) {
        const name = ctx.index.departments.get(holder)?.data.name ?? holder;
        ctx.report(r, ['department'], `按已公布的划转清单，“${g.name}”现由${name}实施，指南的实施部门却是“${g.department}”：请改正实施部门（和实施编码），或核对清单`);
        continue;
      }
      const bureau = ctx.index.approvalBureau(g.jurisdiction);
      if (!bureau || g.department !== bureau.data.id) continue;
      const ref = ctx.index.matters.get(g.matter);
      // A code the basic catalogue does not know is reported by unresolved-reference.
      if (!ref) continue;
      const moved = movedToBureau.get(g.jurisdiction);
      const parent = ref.subItem ? ref.matter.data.code : undefined;
      if (moved?.has(g.matter) || (parent !== undefined && moved?.has(parent))) continue;
      const what = parent !== undefined ? `“${g.name}”（${g.matter}）及其所属事项“${ref.matter.data.name}”（${parent}）` : `“${g.name}”（${g.matter}）`;
      ctx.report(
        r,
        ['department'],
        `没有任何已公布的划转清单把${what}划转到${bureau.data.name}，指南的实施部门却是审批局“${g.department}”：请在 data/transfers/${g.jurisdiction}/ 中补录划转它的划转清单，或改正实施部门（和实施编码）`,
      );
    }
  },
});
