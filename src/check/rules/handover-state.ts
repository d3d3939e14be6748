/**
 * Rule 7: the handover a list orders (`handover`, src/schemas/transfer.ts) is complete by the
 * list's `handoverBy`, or says why not. With D the list's handoverBy and T the check's "today"
 * (the build date, or `npm run check -- --today`), an item is *late* when
 * - it is 未移交 and T is after D (on D itself it is still on time), or
 * - it is 已移交 with a date after D.
 * A late item without `overdue.reason` is an error, and so is an `overdue` on an item that is not
 * late (a state other than 未移交 or 已移交, a handover on time, a date not yet passed, or a list
 * without handoverBy). An item 已移交 without a date cannot be judged and passes. 未见公开记录 is never
 * late here: nobody knows; rule handover-unrecorded gives the hint. The approval seal (审批专用章)
 * is abolished, never handed over, and only the seal can be 已废止.
 */
import { APPROVAL_SEAL, type HandoverItem } from '../../schemas/index.ts';
import { defineRule } from '../rule.ts';

/** Whether `item` misses the due date `due` as of `today` (see the rule's comment). */
export function isLate(item: HandoverItem, due: string | undefined, today: string): boolean {
  if (due === undefined) return false;
  if (item.state === '未移交') return today > due;
  if (item.state === '已移交') return item.date !== undefined && item.date > due;
  return false;
}

export default defineRule({
  id: 'handover-state',
  n: 7,
  sub: 4,
  title: '交接截止日期过后仍未移交（或逾期移交）却没有写明逾期原因；审批专用章被写作移交',
  details: '以检查当日（或 --today 指定的日期）判断；未见公开记录的内容只给提示（规则 handover-unrecorded）',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.transfers) {
      const t = r.data;
      if (!t.handover) continue;
      const due = t.handoverBy;
      t.handover.checklist.forEach((item, i) => {
        const at = ['handover', 'checklist', i] as const;
        const what = item.department ? `${ctx.index.department(t.jurisdiction, item.department)?.data.name ?? item.department}的${item.item}` : item.item;
        if (item.item === APPROVAL_SEAL && item.state === '已移交') {
          ctx.report(r, [...at, 'state'], `审批专用章废止而不移交：请把状态改为已废止（已废止的填写废止日期），尚未废止的写未移交`);
        }
        if (item.state === '已废止' && item.item !== APPROVAL_SEAL) {
          ctx.report(r, [...at, 'state'], `只有审批专用章可以是“已废止”，${item.item}应当移交：请改为已移交、未移交、不适用或未见公开记录`);
        }
        const late = isLate(item, due, ctx.today);
        if (late && !item.overdue) {
          if (item.state === '未移交') {
            ctx.report(r, [...at, 'state'], `${what}应于交接截止日期 ${due} 前移交，到 ${ctx.today} 仍未移交：已移交的改为已移交并填写日期；确实逾期的，在 overdue.reason 中写明原因`);
          } else {
            ctx.report(r, [...at, 'date'], `${what}的移交日期 ${item.date} 晚于交接截止日期 ${due}：请核对日期；确实逾期移交的，在 overdue.reason 中写明原因`);
          }
        } else if (!late && item.overdue) {
          const why =
            due === undefined
              ? '清单没有交接截止日期 handoverBy'
              : item.state === '未移交'
                ? `交接截止日期 ${due} 还没有过（今天是 ${ctx.today}）`
                : item.state === '已移交'
                  ? item.date === undefined
                    ? '没有填写移交日期，无从判断是否逾期'
                    : `移交日期 ${item.date} 没有晚于交接截止日期 ${due}`
                  : `状态是“${item.state}”`;
          ctx.report(r, [...at, 'overdue'], `${what}标注了逾期，但${why}：逾期标注只用于过了截止日期仍未移交或晚于截止日期才移交的内容，请删除 overdue 或改正状态、日期`);
        }
      });
    }
  },
});
