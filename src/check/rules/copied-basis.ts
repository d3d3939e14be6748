/**
 * A hint: a guide copied from another matter's guide often keeps that matter's law in its
 * conditions, prohibitions, materials, steps or FAQ. Text that names a law 《…》 which is the
 * legal basis of another matter but not of the guide's own matter (the matter, its parent for a
 * sub-item, its sub-items for a matter), nor of the guide's own legalBasis or implementationBasis,
 * is reported at that text. A warning, not an error: a guide may rightly cite a law that happens
 * to be another matter's basis (a general safety or fire law), and only the author can tell.
 * Laws that are no matter's basis (《中华人民共和国行政许可法》) are never reported.
 */
import type { PathSegment } from '../problems.ts';
import { defineRule } from '../rule.ts';

/** A law's name as compared: without 书名号 and spaces. */
const lawKey = (name: string) => name.replace(/[《》\s]/g, '');

/** The names inside 《…》 in a text. */
function citedLaws(text: string): string[] {
  if (!text.includes('《')) return [];
  return [...text.matchAll(/《([^《》]+)》/g)].map((m) => lawKey(m[1]!)).filter((l) => l !== '');
}

export default defineRule({
  id: 'copied-basis',
  n: 0,
  sub: 1,
  title: '办事指南的条件、材料等引用了其他事项的设定依据，可能是从其他事项复制来的',
  severity: 'warning',
  check(ctx) {
    // Law → the codes (matters and sub-items) whose own legal basis names it, built once.
    const mattersOfLaw = new Map<string, Set<string>>();
    const add = (law: string, code: string) => {
      const k = lawKey(law);
      const codes = mattersOfLaw.get(k) ?? new Set<string>();
      codes.add(code);
      mattersOfLaw.set(k, codes);
    };
    for (const m of ctx.catalogue.matters) {
      for (const b of m.data.legalBasis) add(b.law, m.data.code);
      for (const s of m.data.subItems) for (const b of s.legalBasis) add(b.law, s.code);
    }

    for (const r of ctx.catalogue.guides) {
      const g = r.data;
      const ref = ctx.index.matters.get(g.matter);
      // A code the basic catalogue does not know is reported by unresolved-reference.
      if (!ref) continue;
      // The guide's own matter: the code, its parent matter (sub-item) or its sub-items (matter).
      const own = new Set<string>([g.matter, ref.matter.data.code]);
      if (!ref.subItem) for (const s of ref.matter.data.subItems) own.add(s.code);
      const ownLaws = new Set<string>();
      for (const code of own) for (const b of ctx.index.elementsOf(code)?.legalBasis ?? []) ownLaws.add(lawKey(b.law));
      for (const b of [...(g.legalBasis ?? []), ...g.implementationBasis]) ownLaws.add(lawKey(b.law));

      const texts: [readonly PathSegment[], string | undefined][] = [
        ...g.conditions.map((t, i): [PathSegment[], string] => [['conditions', i], t]),
        ...g.prohibitions.map((t, i): [PathSegment[], string] => [['prohibitions', i], t]),
        ...g.materials.flatMap((m, i): [PathSegment[], string | undefined][] => [
          [['materials', i, 'name'], m.name],
          [['materials', i, 'notes'], m.notes],
        ]),
        ...g.steps.map((s, i): [PathSegment[], string | undefined] => [['steps', i, 'description'], s.description]),
        ...g.faq.flatMap((f, i): [PathSegment[], string][] => [
          [['faq', i, 'q'], f.q],
          [['faq', i, 'a'], f.a],
        ]),
      ];
      for (const [path, text] of texts) {
        if (!text) continue;
        for (const law of new Set(citedLaws(text))) {
          if (ownLaws.has(law)) continue;
          const others = [...(mattersOfLaw.get(law) ?? [])].filter((c) => !own.has(c)).sort();
          if (others.length === 0) continue;
          const first = others[0]!;
          const name = ctx.index.elementsOf(first)?.name ?? first;
          const more = others.length > 1 ? `等 ${others.length} 个事项` : '';
          ctx.report(
            r,
            path,
            `引用的《${law}》是“${name}”（${first}）${more}的设定依据，却不是本事项“${g.name}”（${g.matter}）的依据：这段文字可能是从其他事项的指南复制来的，请核对改正；确需引用的，请把它写进本指南的实施依据（implementationBasis）`,
          );
        }
      }
    }
  },
});
