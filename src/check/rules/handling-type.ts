/**
 * Rule 14.1: 即办 ⇔ 即办件. A guide that promises to finish on the spot (a promised limit of 0)
 * or says so in its text (“当场办结”“即来即办”) is a 即办件; a 承诺件 that says either
 * contradicts its own handling type. The other direction (a 即办件 promising several days) is
 * rule time-limit's.
 */
import { guideTexts } from '../guide-text.ts';
import { defineRule } from '../rule.ts';

/** Words that promise handling on the spot. */
export const ON_THE_SPOT = /当场办结|即来即办|即时办结|立等可取|即办/u;

export default defineRule({
  id: 'handling-type',
  n: 14,
  sub: 1,
  title: '当场办结（即办）的事项办件类型不是即办件',
  details: '承诺时限为 0，或指南文字写明“当场办结”“即来即办”的，办件类型应为即办件',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      const g = r.data;
      if (g.handlingType !== '承诺件') continue;
      if (g.promisedLimit.value === 0) {
        ctx.report(r, ['handlingType'], '承诺时限为 0（当场办结），办件类型却是承诺件：当场办结的请把办件类型改为即办件；需要时间办理的，请写明承诺时限');
        continue;
      }
      for (const { path, text } of guideTexts(g)) {
        const m = ON_THE_SPOT.exec(text);
        if (m) ctx.report(r, path, `这里写着“${m[0]}”，办件类型却是承诺件：当场办结的请把办件类型改为即办件，否则请删去“${m[0]}”，写明承诺时限内办结`);
      }
    }
  },
});
