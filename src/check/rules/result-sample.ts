/**
 * Rule 14.4: a result a citizen can recognise. A licence (证照) or an approval document (批文) has
 * a sample (a form of data/forms/), or says that no sample is published and where to see one.
 */
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'result-sample',
  n: 14,
  sub: 4,
  title: '审批结果是证照或批文却没有结果样本',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      const { result } = r.data;
      if ((result.type === '证照' || result.type === '批文') && result.sample === undefined) {
        ctx.report(
          r,
          ['result', 'type'],
          `审批结果“${result.name}”是${result.type}，却没有结果样本：请在 data/forms/ 中建立样本，在 result.sample 填写其标识；没有公开样本的，写作 { unpublished: true, ask: 可以查看样本的地方 }`,
        );
      }
    }
  },
});
