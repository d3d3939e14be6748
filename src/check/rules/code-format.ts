/**
 * Rule 2 (cross-record part): an implementation code is the implementing department's credit
 * code + the level character of its jurisdiction + the basic code of the matter it implements.
 */
import { IMPLEMENTATION_LEVEL_DIGIT, splitImplementationCode } from '../../domain/code-formats.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'code-format',
  n: 2,
  title: '编码格式错误（基本编码、实施编码、统一社会信用代码、文号）',
  details: '统一社会信用代码核对校验位；编码中不能有全角数字和空格',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      const g = r.data;
      const parts = splitImplementationCode(g.code);
      if (parts.basicCode !== g.matter) {
        ctx.report(r, ['code'], `实施编码后 12 位“${parts.basicCode}”应等于所实施事项的基本编码“${g.matter}”：请核对 code 或 matter`);
      }
      const dept = ctx.index.department(g.jurisdiction, g.department);
      if (dept) {
        if (!dept.data.creditCode) {
          ctx.report(dept, ['id'], `部门“${dept.data.name}”实施了事项（${r.file}），须填写统一社会信用代码 creditCode，实施编码的前 18 位由此而来`);
        } else if (parts.creditCode !== dept.data.creditCode) {
          ctx.report(r, ['code'], `实施编码前 18 位“${parts.creditCode}”应等于实施部门“${dept.data.name}”的统一社会信用代码“${dept.data.creditCode}”`);
        }
      }
      const jur = ctx.index.jurisdictions.get(g.jurisdiction);
      const digit = jur ? IMPLEMENTATION_LEVEL_DIGIT[jur.data.level] : undefined;
      if (digit && parts.levelDigit !== digit) {
        ctx.report(r, ['code'], `实施编码第 19 位是层级码，${jur!.data.level}应为“${digit}”，现为“${parts.levelDigit}”`);
      }
    }
  },
});
