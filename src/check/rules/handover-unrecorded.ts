/**
 * A hint: the handover date of a list has passed and some of what it orders handed over is still
 * 未见公开记录 — ordered, but no public record says it was done. Not an error (the data is honest
 * about what is known), not a pass either: one hint per list says what to find and record.
 */
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'handover-unrecorded',
  n: 0,
  sub: 4,
  title: '交接截止日期已过，移交内容仍未见公开记录',
  severity: 'warning',
  check(ctx) {
    for (const r of ctx.catalogue.transfers) {
      const t = r.data;
      if (!t.handover || t.handoverBy === undefined || ctx.today <= t.handoverBy) continue;
      const unknown = t.handover.checklist.filter((item) => item.state === '未见公开记录');
      if (unknown.length === 0) continue;
      const names = [...new Set(unknown.map((item) => item.item))].join('、');
      ctx.report(
        r,
        ['handover', 'checklist'],
        `交接截止日期 ${t.handoverBy} 已过，仍有 ${unknown.length} 项移交内容未见公开记录（${names}）：取得移交清单或交接记录后，改为已移交并填写移交人、接收人和日期；确未移交的改为未移交`,
      );
    }
  },
});
