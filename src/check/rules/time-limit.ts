/** Rule 5: a promised time limit never exceeds the statutory one; 即办件 are done the same day. */
import { formatTimeLimit, longerThan, toWorkingDays } from '../../domain/time-limits.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'time-limit',
  n: 5,
  title: '承诺时限超过法定时限，或即办件承诺多日',
  details: '不同单位换算后比较；各环节时限合计不超过承诺时限',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      const g = r.data;
      const el = ctx.index.elementsOf(g.matter);
      if (el && longerThan(g.promisedLimit, el.statutoryLimit)) {
        ctx.report(r, ['promisedLimit'], `承诺时限 ${formatTimeLimit(g.promisedLimit)}超过了法定时限 ${formatTimeLimit(el.statutoryLimit)}：请把承诺时限改为不超过法定时限`);
      }
      if (g.handlingType === '即办件' && toWorkingDays(g.promisedLimit) > 1) {
        ctx.report(r, ['promisedLimit'], `即办件应当场或当日办结，承诺时限却是 ${formatTimeLimit(g.promisedLimit)}：请改为 1 个工作日以内，或把办件类型改为承诺件`);
      }
      const total = g.steps.reduce((sum, s) => sum + (s.limit ? toWorkingDays(s.limit) : 0), 0);
      if (total > toWorkingDays(g.promisedLimit) + 1e-9) {
        ctx.report(r, ['steps'], `各环节时限合计约 ${Math.round(total * 10) / 10} 个工作日，超过了承诺时限 ${formatTimeLimit(g.promisedLimit)}：请压缩环节时限或调整承诺时限`);
      }
    }
  },
});
