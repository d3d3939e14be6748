/** Rule 10: no catch-all conditions or materials (“其他条件”“其他材料”). */
import { defineRule } from '../rule.ts';

/** Phrases that leave the applicant guessing; kept in one place so the list is easy to extend. */
export const CATCH_ALL = /(?:其他|其它)(?:条件|情形|要求|材料|相关材料|资料|证明)|法律(?:、|和)?(?:行政)?法规(?:规定|要求)的其他|等其他|相关部门要求的/u;

export default defineRule({
  id: 'catch-all',
  n: 10,
  title: '使用“其他条件”“其他材料”等兜底表述',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      r.data.conditions.forEach((c, i) => {
        const m = CATCH_ALL.exec(c);
        if (m) ctx.report(r, ['conditions', i], `受理条件含兜底表述“${m[0]}”：请逐项写明具体条件，或删除这一条`);
      });
      r.data.materials.forEach((mat, i) => {
        const m = CATCH_ALL.exec(mat.name);
        if (m) ctx.report(r, ['materials', i, 'name'], `申请材料含兜底表述“${m[0]}”：请写明具体材料名称，或删除这一项`);
      });
    }
  },
});
