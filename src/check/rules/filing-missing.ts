/**
 * A hint: the filing period the list's jurisdiction sets (src/domain/filing.ts) has passed and the
 * list has no filing record. A warning: the filing may have happened without being recorded here;
 * the hint says what to record. Without a period set, nothing is said.
 */
import { describeRequirement, filingRequirement } from '../../domain/filing.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'filing-missing',
  n: 0,
  sub: 5,
  title: '备案期限已过，清单没有备案记录',
  severity: 'warning',
  check(ctx) {
    for (const r of ctx.catalogue.transfers) {
      const t = r.data;
      if (t.filings && t.filings.length > 0) continue;
      const req = filingRequirement(ctx.index, t);
      if (!req || ctx.today <= req.deadline) continue;
      const none = t.filings ? '仍未见公开的备案记录' : '没有备案记录';
      ctx.report(
        r,
        t.filings ? ['filings'] : ['date'],
        `${describeRequirement(req)}，本清单应不晚于 ${req.deadline} 备案，却${none}：备案后在 filings 中记录报送对象 to、日期 date、备案文件文号 docNumber（没有公开的不填）和抄送单位 copies`,
      );
    }
  },
});
