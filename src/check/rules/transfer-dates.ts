/** Rule 7: a list's handover date is not before its issue date. */
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'transfer-dates',
  n: 7,
  sub: 3,
  title: '交接日期早于成文日期',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.transfers) {
      const t = r.data;
      if (t.handoverBy && t.handoverBy < t.date) {
        ctx.report(r, ['handoverBy'], `交接日期 ${t.handoverBy} 早于成文日期 ${t.date}：交接只能在文件印发之后，请核对日期`);
      }
    }
  },
});
