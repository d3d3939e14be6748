/**
 * Rule 6: every form material has both a blank and a sample; attached files exist inside data/,
 * are not empty, have the bytes their extension claims and stay under the size limit.
 */
import { MAX_FILE_BYTES, contentProblem, formatBytes, resolveDataPath } from '../../io/files.ts';
import { PHONE, idNumberProblem, isRealDate } from '../../domain/code-formats.ts';
import { type RuleContext, defineRule } from '../rule.ts';

/** A material whose name says it is a form to fill in (申请表, 申请书, 承诺书, 委托书…). */
export const FORM_MATERIAL = /(?:表|申请书|承诺书|委托书|声明书)(?:[（(][^）)]*[）)])?$/u;

/** Blank and sample present; attached files inside data/, not empty, of their claimed type, not too large. */
function checkFiles(ctx: RuleContext): void {
  for (const r of ctx.catalogue.forms) {
    const f = r.data;
    const structured = (f.sections?.length ?? 0) > 0;
    if (!structured) {
      for (const side of ['blank', 'sample'] as const) {
        if (!f[side]) {
          const what = side === 'blank' ? '空表' : '样表';
          ctx.report(r, [side], `缺少${what}：请填写 sections（由结构化定义同时生成空表和样表），或用 ${side}.file 指向部门提供的${what}文件`);
        }
      }
    }
    for (const side of ['blank', 'sample'] as const) {
      const att = f[side];
      if (!att) continue;
      const resolved = resolveDataPath(att.file);
      if ('problem' in resolved) {
        ctx.report(r, [side, 'file'], resolved.problem);
        continue;
      }
      // Every step of the path must be real: a linked folder (forms/files → elsewhere) would
      // publish whatever it points to.
      const real = ctx.source.realPath?.(resolved.path) ?? resolved.path;
      if (real !== resolved.path) {
        const where = real.startsWith('data/') ? `实际位置是 ${real}` : '实际位置在 data/ 目录之外';
        ctx.report(r, [side, 'file'], `文件 ${resolved.path} 经过了符号链接（${where}）：附件须是 data/ 中真实的文件，请把文件本身放到该位置，并删除链接`);
        continue;
      }
      const size = ctx.source.size(resolved.path);
      if (size === undefined) {
        ctx.report(r, [side, 'file'], `文件 ${resolved.path} 不存在：请把文件放到该位置，或改正路径（路径相对于 data/）`);
        continue;
      }
      if (size > MAX_FILE_BYTES) {
        ctx.report(r, [side, 'file'], `文件 ${resolved.path} 有 ${formatBytes(size)}，超过了 ${formatBytes(MAX_FILE_BYTES)} 的上限：请压缩或拆分`);
        continue;
      }
      const problem = contentProblem(resolved.path, ctx.source.read(resolved.path) ?? new Uint8Array());
      if (problem) ctx.report(r, [side, 'file'], `${resolved.path}：${problem}`);
    }
  }
  for (const r of ctx.catalogue.guides) {
    r.data.materials.forEach((m, i) => {
      if (!m.formRef && m.source === '申请人自备' && FORM_MATERIAL.test(m.name)) {
        ctx.report(r, ['materials', i], `材料“${m.name}”是需要填写的表格，却没有 formRef：每个表格都要有空表和样表，请在 data/forms/ 中建立表格并用 formRef 引用`);
      }
    });
  }
}

/**
 * The sample of every field fits the field's type, so the 样表 shows
 * applicants a form filled in correctly — a real date, an ID number with a valid check digit,
 * a dialable phone number, an option that exists, table rows as wide as the table.
 */
function checkSamples(ctx: RuleContext): void {
  for (const r of ctx.catalogue.forms) {
    r.data.sections?.forEach((section, si) => {
      section.fields.forEach((field, fi) => {
        const at = ['sections', si, 'fields', fi, 'sample'];
        const bad = (msg: string) => ctx.report(r, at, `样表中“${field.label}”的示例${msg}`);
        const s = field.sample;
        if (field.required && (s === '' || (Array.isArray(s) && s.length === 0))) bad('为空，必填栏目要有示例值');
        switch (field.type) {
          case 'date':
            if (!isRealDate(field.sample)) bad(`“${field.sample}”不是真实日期，请写作 YYYY-MM-DD`);
            break;
          case 'idNumber': {
            const p = idNumberProblem(field.sample);
            if (p) bad(`不正确：${p}`);
            break;
          }
          case 'phone':
            if (!PHONE.test(field.sample)) bad(`“${field.sample}”不是有效的电话号码（如 0356-3021234 或 13912345678）`);
            break;
          case 'number':
            if (typeof field.sample === 'string' && !/^-?\d+(?:\.\d+)?$/.test(field.sample)) bad(`“${field.sample}”不是数字`);
            break;
          case 'choice': {
            const picked = Array.isArray(field.sample) ? field.sample : [field.sample];
            const unknown = picked.filter((p) => !field.options.includes(p));
            if (unknown.length) bad(`“${unknown.join('、')}”不在选项（${field.options.join('、')}）中`);
            if (!field.multiple && picked.length > 1) bad('选了多项，但本栏目只能单选');
            break;
          }
          case 'table':
            field.sample.forEach((row, ri) => {
              if (row.length !== field.columns.length) bad(`第 ${ri + 1} 行有 ${row.length} 个值，表格却有 ${field.columns.length} 列`);
              row.forEach((cell, ci) => {
                const col = field.columns[ci];
                if (col?.type === 'date' && !isRealDate(String(cell))) bad(`第 ${ri + 1} 行“${col.label}”的“${cell}”不是真实日期`);
              });
            });
            break;
          default:
            break;
        }
      });
    });
  }
}

export default defineRule({
  id: 'form-files',
  n: 6,
  title: '表格缺少空表或样表，或文件不存在、为空、类型不符、过大',
  details: `附件须在 data/ 目录内、不超过 ${formatBytes(MAX_FILE_BYTES)}；样表的示例值要符合栏目类型`,
  severity: 'error',
  check(ctx) {
    checkFiles(ctx);
    checkSamples(ctx);
  },
});
