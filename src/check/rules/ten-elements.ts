/** Rule 4 (四级十同): a guide or a list entry never contradicts its matter's basic elements. */
import { isDeepStrictEqual } from 'node:util';
import { TEN_ELEMENT_LABELS } from '../../schemas/index.ts';
import { formatTimeLimit } from '../../domain/time-limits.ts';
import { defineRule } from '../rule.ts';

const show = (v: unknown): string => {
  if (typeof v === 'boolean') return v ? '有' : '无';
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x && 'law' in x ? `《${(x as { law: string }).law}》${(x as { articles?: string }).articles ?? ''}` : String(x))).join('、');
  if (v && typeof v === 'object' && 'unit' in v) return formatTimeLimit(v as never);
  return String(v);
};

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

export default defineRule({
  id: 'ten-elements',
  n: 4,
  title: '与基本目录的十同要素不一致',
  details: '办事指南和划转清单中的要素要与基本目录一致',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      const g = r.data;
      const el = ctx.index.elementsOf(g.matter);
      if (!el) continue; // unresolved-reference reports it
      const where = `基本目录（${g.matter}）`;
      const mismatch = (field: keyof typeof TEN_ELEMENT_LABELS, mine: unknown, theirs: unknown) =>
        ctx.report(r, [field], `${TEN_ELEMENT_LABELS[field]}“${show(mine)}”与${where}的“${show(theirs)}”不一致：四级十同要素必须相同，请改为与基本目录一致（或删去此项，自动沿用基本目录）`);
      if (g.name !== el.name) mismatch('name', g.name, el.name);
      if (g.type !== undefined && g.type !== el.type) mismatch('type', g.type, el.type);
      if (g.legalBasis !== undefined && !isDeepStrictEqual(g.legalBasis, el.legalBasis)) mismatch('legalBasis', g.legalBasis, el.legalBasis);
      if (g.statutoryLimit !== undefined && !isDeepStrictEqual(g.statutoryLimit, el.statutoryLimit)) mismatch('statutoryLimit', g.statutoryLimit, el.statutoryLimit);
      for (const f of ['quantityLimit', 'annualInspection', 'annualReport'] as const) {
        if (g[f] !== undefined && g[f] !== el[f]) mismatch(f, g[f], el[f]);
      }
      if (g.serviceObjects !== undefined && !sameSet(g.serviceObjects, el.serviceObjects)) mismatch('serviceObjects', g.serviceObjects, el.serviceObjects);
    }
    for (const r of ctx.catalogue.transfers) {
      r.data.entries.forEach((e, i) => {
        const el = ctx.index.elementsOf(e.matter);
        if (el && el.type !== e.powerType) {
          ctx.report(r, ['entries', i, 'powerType'], `权力类型“${e.powerType}”与基本目录中“${el.name}”的事项类型“${el.type}”不一致：请核对清单原文和基本目录`);
        }
      });
    }
  },
});
