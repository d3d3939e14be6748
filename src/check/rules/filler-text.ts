/**
 * Rule 13: no filler phrases in a guide's free text (src/check/guide-text.ts). “按规定执行”,
 * “详见”, “视情况”, “另行通知” tell a citizen nothing they can act on; “按国家规定……执行” is
 * filler unless the same sentence gives a figure or cites the standard (《…》 or a document number).
 */
import { guideTexts } from '../guide-text.ts';
import { defineRule } from '../rule.ts';

/** Phrases that are filler wherever they stand; kept in one list so that it is easy to extend. */
export const FILLER = /按(?:照)?(?:有关|相关)?规定(?:执行|办理)|详见|视情况|另行通知/u;

/** “按（照）国家（有关）规定……执行” up to the end of its clause. */
const NATIONAL = /按(?:照)?国家(?:有关|相关)?规定[^。；;]*?执行/u;

/** A figure, a cited law or standard 《…》, or a document number 〔2020〕12号. */
const CITES = /\d|《[^》]+》|〔\d{4}〕\d+号/u;

/** The filler phrase in `text`, if any. */
export function fillerIn(text: string): string | undefined {
  const plain = FILLER.exec(text);
  if (plain) return plain[0];
  const national = NATIONAL.exec(text);
  if (national) {
    // The sentence around the phrase: a figure or a cited standard there makes it specific.
    const start = Math.max(text.lastIndexOf('。', national.index), text.lastIndexOf('；', national.index)) + 1;
    const endAt = text.slice(national.index).search(/[。；]/u);
    const sentence = text.slice(start, endAt === -1 ? undefined : national.index + endAt);
    if (!CITES.test(sentence)) return national[0];
  }
  return undefined;
}

export default defineRule({
  id: 'filler-text',
  n: 13,
  title: '办事指南使用“按规定执行”“详见”“视情况”“另行通知”等空话，或“按国家规定……执行”却没有数额或所引标准',
  details: '检查办事指南中所有文字（受理条件、材料说明、办理流程、收费标准、常见问题等），设定依据和实施依据的条文摘录除外',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      for (const { path, text } of guideTexts(r.data)) {
        const phrase = fillerIn(text);
        if (phrase) {
          ctx.report(r, path, `“${phrase}”没有告诉申请人该怎么做：请直接写明具体的规定、数额或做法；引用规定的，写明文件名称（《…》）和条款或文号`);
        }
      }
    }
  },
});
