/**
 * Rule 6: every form material has both a blank and a sample; attached files exist inside data/,
 * are not empty, have the bytes their extension claims and stay under the size limit.
 */
import { MAX_FILE_BYTES, contentProblem, formatBytes, resolveDataPath } from '../../io/files.ts';
import { problemAt } from '../../io/load.ts';
import type { Rule } from '../context.ts';

/** A material whose name says it is a form to fill in (申请表, 申请书, 承诺书, 委托书…). */
export const FORM_MATERIAL = /(?:表|申请书|承诺书|委托书|声明书)(?:[（(][^）)]*[）)])?$/u;

export const formFiles: Rule = (ctx) => {
  for (const r of ctx.catalogue.forms) {
    const f = r.data;
    const structured = (f.sections?.length ?? 0) > 0;
    if (!structured) {
      for (const side of ['blank', 'sample'] as const) {
        if (!f[side]) {
          const what = side === 'blank' ? '空表' : '样表';
          ctx.report(problemAt(r, [side], 'form-files', `缺少${what}：请填写 sections（由结构化定义同时生成空表和样表），或用 ${side}.file 指向部门提供的${what}文件`));
        }
      }
    }
    for (const side of ['blank', 'sample'] as const) {
      const att = f[side];
      if (!att) continue;
      const resolved = resolveDataPath(att.file);
      if ('problem' in resolved) {
        ctx.report(problemAt(r, [side, 'file'], 'form-files', resolved.problem));
        continue;
      }
      const size = ctx.source.size(resolved.path);
      if (size === undefined) {
        ctx.report(problemAt(r, [side, 'file'], 'form-files', `文件 ${resolved.path} 不存在：请把文件放到该位置，或改正路径（路径相对于 data/）`));
        continue;
      }
      if (size > MAX_FILE_BYTES) {
        ctx.report(problemAt(r, [side, 'file'], 'form-files', `文件 ${resolved.path} 有 ${formatBytes(size)}，超过了 ${formatBytes(MAX_FILE_BYTES)} 的上限：请压缩或拆分`));
        continue;
      }
      const problem = contentProblem(resolved.path, ctx.source.read(resolved.path) ?? new Uint8Array());
      if (problem) ctx.report(problemAt(r, [side, 'file'], 'form-files', `${resolved.path}：${problem}`));
    }
  }
  for (const r of ctx.catalogue.guides) {
    r.data.materials.forEach((m, i) => {
      if (!m.formRef && m.source === '申请人自备' && FORM_MATERIAL.test(m.name)) {
        ctx.report(problemAt(r, ['materials', i], 'form-files', `材料“${m.name}”是需要填写的表格，却没有 formRef：每个表格都要有空表和样表，请在 data/forms/ 中建立表格并用 formRef 引用`));
      }
    });
  }
};
