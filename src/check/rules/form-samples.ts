/**
 * Rule 6 (structured forms): the sample of every field fits the field's type, so the 样表 shows
 * applicants a form filled in correctly — a real date, an ID number with a valid check digit,
 * a dialable phone number, an option that exists, table rows as wide as the table.
 */
import { PHONE, idNumberProblem, isRealDate } from '../../domain/code-formats.ts';
import { problemAt } from '../../io/load.ts';
import type { Rule } from '../context.ts';

export const formSamples: Rule = (ctx) => {
  for (const r of ctx.catalogue.forms) {
    r.data.sections?.forEach((section, si) => {
      section.fields.forEach((field, fi) => {
        const at = ['sections', si, 'fields', fi, 'sample'];
        const bad = (msg: string) => ctx.report(problemAt(r, at, 'form-files', `样表中“${field.label}”的示例${msg}`));
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
};
