/**
 * Rule 7: transfer lists. 划转 only what the bureau does not hold, 划回 only what it holds, at
 * the list's date (the holdings fold checks that); declared counts equal the entries; the handover
 * date is not before the issue date; each direction goes to or from the approval bureau.
 */
import { deptKey } from '../../domain/catalogue.ts';
import { problemAt } from '../../io/load.ts';
import type { Rule } from '../context.ts';

export const transferLists: Rule = (ctx) => {
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
      ctx.report(problemAt(c.list, ['entries', c.entryIndex, c.kind === 'wrong-from' ? 'from' : 'matter'], 'transfer-state', msg));
    }
  }
  for (const r of ctx.catalogue.transfers) {
    const t = r.data;
    if (t.handoverBy && t.handoverBy < t.date) {
      ctx.report(problemAt(r, ['handoverBy'], 'transfer-dates', `交接日期 ${t.handoverBy} 早于成文日期 ${t.date}：交接只能在文件印发之后，请核对日期`));
    }
    const bureau = ctx.index.approvalBureau(t.jurisdiction);
    const seen = new Map<string, number>();
    t.entries.forEach((e, i) => {
      const first = seen.get(e.matter);
      if (first !== undefined) ctx.report(problemAt(r, ['entries', i, 'matter'], 'duplicate-key', `“${e.name}”（${e.matter}）在本清单中出现了两次（另见第 ${first + 1} 项）：请删除重复的条目`));
      else seen.set(e.matter, i);
      if (!bureau) return;
      if (e.direction === '划转' && e.to !== bureau.data.id) {
        ctx.report(problemAt(r, ['entries', i, 'to'], 'transfer-state', `划转的事项应划入审批局“${bureau.data.name}”（${bureau.data.id}），现为“${e.to}”：请改正 to，或把方向改为划回`));
      }
      if (e.direction === '划回' && e.from !== bureau.data.id) {
        ctx.report(problemAt(r, ['entries', i, 'from'], 'transfer-state', `划回的事项应从审批局“${bureau.data.name}”（${bureau.data.id}）划出，现为“${e.from}”：请改正 from，或把方向改为划转`));
      }
    });
    if (!t.complete) continue;
    for (const dir of ['in', 'back'] as const) {
      const declared = t.declared[dir];
      if (!declared) continue;
      const label = dir === 'in' ? '划转' : '划回';
      const entries = t.entries.filter((e) => e.direction === label);
      const depts = new Set(entries.map((e) => (dir === 'in' ? e.from : e.to)));
      if (declared.matters !== entries.length) {
        ctx.report(problemAt(r, ['declared', dir, 'matters'], 'transfer-counts', `文件写明${label} ${declared.matters} 个事项，清单中却列了 ${entries.length} 个：请补齐或删除条目，使两者一致`));
      }
      if (declared.departments !== undefined && declared.departments !== depts.size) {
        ctx.report(problemAt(r, ['declared', dir, 'departments'], 'transfer-counts', `文件写明涉及 ${declared.departments} 个部门，清单中${label}的事项却来自 ${depts.size} 个部门（${[...depts].join('、')}）：请核对`));
      }
    }
  }
};
