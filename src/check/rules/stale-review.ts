/** A hint: a guide not reviewed for more than a year (or reviewed "in the future"). */
import { defineRule } from '../rule.ts';

export const MAX_REVIEW_AGE_DAYS = 365;

export default defineRule({
  id: 'stale-review',
  n: 0,
  title: '办事指南超过一年未审核',
  severity: 'warning',
  check(ctx) {
    const today = Date.parse(ctx.today);
    for (const r of ctx.catalogue.guides) {
      const age = Math.floor((today - Date.parse(r.data.reviewed)) / 86_400_000);
      if (age > MAX_REVIEW_AGE_DAYS) {
        ctx.report(r, ['reviewed'], `办事指南已有 ${age} 天未审核（上次 ${r.data.reviewed}）：请核对内容是否仍然准确，并更新审核日期`);
      } else if (age < 0) {
        ctx.report(r, ['reviewed'], `审核日期 ${r.data.reviewed} 在今天（${ctx.today}）之后：请核对日期`);
      }
    }
  },
});
