/** Rule 9: a retained pre-review (初审/转报) cites the law that requires it; otherwise it is cancelled. */
import { problemAt } from '../../io/load.ts';
import type { Rule } from '../context.ts';

export const preReview: Rule = (ctx) => {
  for (const r of ctx.catalogue.responsibilities) {
    const p = r.data.preReview;
    if (p.status === '保留' && p.basis.length === 0) {
      ctx.report(problemAt(r, ['preReview', 'basis'], 'prereview-basis', '保留了主管部门初审（转报）意见，却没有写明要求初审的法律、法规：无明文规定的一律取消初审，请在 basis 中写明依据，或把 status 改为“取消”'));
    }
  }
};
