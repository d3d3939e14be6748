/**
 * Rule 14.2: the number of visits (到办事现场次数) is one the applicant can keep. Zero visits needs
 * a way to apply without coming: online handling, an application by post, or delivery by express;
 * one visit or more needs the reason the applicant must come (visitsReason).
 */
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'visits',
  n: 14,
  sub: 2,
  title: '到办事现场 0 次却不能网上办理或快递申请，或到现场次数不为 0 却没有写明原因',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      const g = r.data;
      if (g.visits === 0) {
        const remote = g.handlingForms.includes('网上办理') || g.handlingForms.includes('快递申请') || g.express === true;
        if (!remote) {
          ctx.report(r, ['visits'], '到办事现场次数为 0，但办理形式只有窗口办理、也不支持快递：申请人不到现场无法办理。请在办理形式中加上网上办理或快递申请，或改正到现场次数');
        }
      } else if (!g.visitsReason?.trim()) {
        ctx.report(r, ['visits'], `到办事现场次数为 ${g.visits}，但没有写明必须到现场的原因：请在 visitsReason 中写明（如 须当场核验原件、领取证件）`);
      }
    }
  },
});
