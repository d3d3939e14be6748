/**
 * Rule 8: every matter the approval bureau holds has a guide and a responsibility division in that
 * jurisdiction; a guide's implementing department is the matter's current holder.
 */
import { deptKey } from '../../domain/catalogue.ts';
import { defineRule, wasRejected } from '../rule.ts';

export default defineRule({
  id: 'held-coverage',
  n: 8,
  title: '审批局实施的事项缺少办事指南或职责边界，或指南的实施部门不是当前实施部门',
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
    for (const r of ctx.catalogue.guides) {
      const g = r.data;
      const h = ctx.holdings.get(g.jurisdiction);
      const holder = h?.currentHolder(g.matter);
      if (holder && holder !== deptKey(g.jurisdiction, g.department)) {
        const name = ctx.index.departments.get(holder)?.data.name ?? holder;
        ctx.report(r, ['department'], `按已公布的划转清单，“${g.name}”现由${name}实施，指南的实施部门却是“${g.department}”：请改正实施部门（和实施编码），或核对清单`);
      }
    }
  },
});
