/**
 * Rule 14.3: a fee a citizen can work out. A guide that charges lists its fees; each fee gives
 * an amount or cites the standard that fixes it (《…》 or a document number), or says the standard
 * is not published and where to ask; its basis cites the law or document that sets the fee.
 */
import { isUnpublished } from '../../schemas/index.ts';
import { defineRule } from '../rule.ts';

/** A figure, a cited law or standard 《…》, or a document number 〔2020〕12号. */
const SPECIFIC = /\d|《[^》]+》|〔\d{4}〕\d+号/u;

export default defineRule({
  id: 'fee-standard',
  n: 14,
  sub: 3,
  title: '收费却没有收费项目，或收费标准没有金额也没有引用标准，或收费依据没有引用法规文件',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      const g = r.data;
      if (g.free) {
        if (g.fees.length > 0) ctx.report(r, ['fees'], '写明不收费（free: true），却列了收费项目：收费的请把 free 改为 false，不收费的请删去 fees');
        continue;
      }
      if (g.fees.length === 0) {
        ctx.report(r, ['free'], '写明收费（free: false），却没有收费项目：请在 fees 中写明收费项目、收费标准（金额）和收费依据；不收费的把 free 改为 true');
        continue;
      }
      g.fees.forEach((f, i) => {
        if (!isUnpublished(f.standard) && !SPECIFIC.test(f.standard)) {
          ctx.report(
            r,
            ['fees', i, 'standard'],
            `“${f.item}”的收费标准“${f.standard}”没有金额，也没有引用收费标准文件：请写明金额（如 每艘次 200 元），或写明收费标准文件的名称和文号；公开资料中找不到的，写作 { unpublished: true, ask: 询问途径 }`,
          );
        }
        if (!SPECIFIC.test(f.basis)) {
          ctx.report(r, ['fees', i, 'basis'], `“${f.item}”的收费依据“${f.basis}”没有写明法律、法规或文件：请写明名称（《…》）和条款，或文号`);
        }
      });
    }
  },
});
