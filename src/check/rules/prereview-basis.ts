/** Rule 9: a retained pre-review (初审/转报) cites the law that requires it; otherwise it is cancelled. */
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'prereview-basis',
  n: 9,
  title: '保留初审（转报）却没有法律法规依据',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.responsibilities) {
      const p = r.data.preReview;
      if (p.status === '保留' && p.basis.length === 0) {
        ctx.report(r, ['preReview', 'basis'], '保留了主管部门初审（转报）意见，却没有写明要求初审的法律、法规：无明文规定的一律取消初审，请在 basis 中写明依据，或把 status 改为“取消”');
      }
    }
  },
});
