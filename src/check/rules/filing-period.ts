/**
 * Rule 7: a list is filed with the higher level within the period its jurisdiction (or one above
 * it) sets (`transferFiling`, src/domain/filing.ts). A filing dated after the publication date
 * plus the period is an error unless it carries `overdue.reason`; an `overdue` on a filing that is
 * on time (or when no period applies) is an error too, and so is a filing dated before the list's
 * issue date. Without a period set, only that last check is made.
 */
import { describeRequirement, filingRequirement } from '../../domain/filing.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'filing-period',
  n: 7,
  sub: 5,
  title: '清单报上级备案的日期超过了区划规定的备案期限，又没有写明逾期原因',
  details: '期限在行政区划的 transferFiling 中设定（公布之日起多少日内）；没有设定的不检查期限',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.transfers) {
      const t = r.data;
      if (!t.filings || t.filings.length === 0) continue;
      const req = filingRequirement(ctx.index, t);
      t.filings.forEach((f, i) => {
        if (f.date < t.date) {
          ctx.report(r, ['filings', i, 'date'], `备案日期 ${f.date} 早于清单的成文日期 ${t.date}：清单印发后才能备案，请核对日期`);
          return;
        }
        const late = req !== undefined && f.date > req.deadline;
        if (late && !f.overdue) {
          const from = req.fromPublished ? `公布日期 ${req.from}` : `成文日期 ${req.from}`;
          const fallback = req.fromPublished ? '' : '（政策文件没有发布日期 published，按成文日期计）';
          ctx.report(
            r,
            ['filings', i, 'date'],
            `${describeRequirement(req)}，自${from} 起算应不晚于 ${req.deadline}${fallback}，备案日期却是 ${f.date}：请核对日期；确实逾期备案的，在 overdue.reason 中写明原因`,
          );
        } else if (!late && f.overdue) {
          const why = req ? `备案日期 ${f.date} 没有晚于期限 ${req.deadline}` : '本清单所在区划没有规定备案期限';
          ctx.report(r, ['filings', i, 'overdue'], `备案标注了逾期，但${why}：请删除 overdue，或改正日期`);
        }
      });
    }
  },
});
