/**
 * Rule 7: 划转 only what the bureau does not hold, 划回 only what it holds, at the list's date (the
 * holdings fold in src/domain/holdings.ts finds the conflicts); each direction goes to or from the
 * approval bureau.
 */
import { deptKey } from '../../domain/catalogue.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'transfer-state',
  n: 7,
  sub: 1,
  title: '划转了已由审批局实施的事项，或划回了审批局未实施的事项',
  severity: 'error',
  check(ctx) {
    const deptName = (key: string | undefined) => (key ? (ctx.index.departments.get(key)?.data.name ?? key) : '未知部门');
    for (const h of ctx.holdings.values()) {
      for (const c of h.conflicts) {
        const e = c.list.data.entries[c.entryIndex]!;
        const since = c.heldSince ? `（依据 ${c.heldSince.data.title}，${c.heldSince.data.handoverBy ?? c.heldSince.data.date} 起）` : '';
        const date = c.list.data.handoverBy ?? c.list.data.date;
        const msg =
          c.kind === 'already-held'
            ? `“${e.name}”在 ${date} 前已由${deptName(c.heldBy)}实施${since}，不能再次划转：请删除该条目，或先核对此前的清单`
            : c.kind === 'not-held'
              ? `“${e.name}”在 ${date} 前并不由审批局实施${c.heldBy ? `（当时由${deptName(c.heldBy)}实施${since}）` : '（此前的清单没有划转过它）'}，不能划回：请核对方向，或补录此前划转它的清单`
              : `清单写“${e.name}”从${deptName(deptKey(h.jurisdiction, e.from))}划出，但当时它由${deptName(c.heldBy)}实施${since}：请改正 from`;
        ctx.report(c.list, ['entries', c.entryIndex, c.kind === 'wrong-from' ? 'from' : 'matter'], msg);
      }
    }
    for (const r of ctx.catalogue.transfers) {
      const bureau = ctx.index.approvalBureau(r.data.jurisdiction);
      if (!bureau) continue;
      r.data.entries.forEach((e, i) => {
        if (e.direction === '划转' && e.to !== bureau.data.id) {
          ctx.report(r, ['entries', i, 'to'], `划转的事项应划入审批局“${bureau.data.name}”（${bureau.data.id}），现为“${e.to}”：请改正 to，或把方向改为划回`);
        }
        if (e.direction === '划回' && e.from !== bureau.data.id) {
          ctx.report(r, ['entries', i, 'from'], `划回的事项应从审批局“${bureau.data.name}”（${bureau.data.id}）划出，现为“${e.from}”：请改正 from，或把方向改为划转`);
        }
      });
    }
  },
});
