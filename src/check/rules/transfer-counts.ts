/** Rule 7: the counts a complete list declares ("3 个部门 14 个事项") equal its entries. */
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'transfer-counts',
  n: 7,
  sub: 2,
  title: '清单声明的部门数、事项数与所列事项不符',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.transfers) {
      const t = r.data;
      if (!t.complete) continue;
      for (const dir of ['in', 'back'] as const) {
        const declared = t.declared[dir];
        if (!declared) continue;
        const label = dir === 'in' ? '划转' : '划回';
        const entries = t.entries.filter((e) => e.direction === label);
        const depts = new Set(entries.map((e) => (dir === 'in' ? e.from : e.to)));
        if (declared.matters !== entries.length) {
          ctx.report(r, ['declared', dir, 'matters'], `文件写明${label} ${declared.matters} 个事项，清单中却列了 ${entries.length} 个：请补齐或删除条目，使两者一致`);
        }
        if (declared.departments !== undefined && declared.departments !== depts.size) {
          ctx.report(r, ['declared', dir, 'departments'], `文件写明涉及 ${declared.departments} 个部门，清单中${label}的事项却来自 ${depts.size} 个部门（${[...depts].join('、')}）：请核对`);
        }
      }
    }
  },
});
