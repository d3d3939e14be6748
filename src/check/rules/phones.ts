/**
 * Rule 14.5: two telephone lines a citizen can dial from anywhere. The consultation line and the
 * complaint line differ (a complaint about a department does not go back to the same desk), and
 * both carry the area code (0356-3021234, 0356-12345). A consultation line that is not published
 * says so (`unpublished`) and is not checked here.
 */
import { isUnpublished } from '../../schemas/index.ts';
import { defineRule } from '../rule.ts';

/** Area code, a hyphen, the number. */
const AREA_CODED = /^0\d{2,3}-\d/u;

export default defineRule({
  id: 'phones',
  n: 14,
  sub: 5,
  title: '咨询电话与监督投诉电话相同，或没有区号',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      const { consultation, complaint } = r.data.phones;
      if (!AREA_CODED.test(complaint)) {
        ctx.report(r, ['phones', 'complaint'], `监督投诉电话“${complaint}”没有区号：外地拨打会打到别处，请写作“区号-号码”，如 0356-12345`);
      }
      if (isUnpublished(consultation)) continue;
      if (consultation === complaint) {
        ctx.report(r, ['phones', 'consultation'], `咨询电话与监督投诉电话都是“${complaint}”：咨询电话应为实施部门的电话；部门没有公开电话的，写作 { unpublished: true, ask: 询问途径 }`);
      } else if (!AREA_CODED.test(consultation)) {
        ctx.report(r, ['phones', 'consultation'], `咨询电话“${consultation}”没有区号：请写作“区号-号码”，如 0356-3021234`);
      }
    }
  },
});
