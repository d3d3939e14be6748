/**
 * The free text of a guide: every string a staff member wrote in prose, with its path, for the
 * rules that read what a citizen reads (filler-text, handling-type). Codes, identifiers, code-list
 * labels, dates, addresses of web pages and quotations of the law are not prose and are left out:
 * a law may well say “按照国家有关规定执行”, a guide may not.
 */
import type { Guide } from '../schemas/index.ts';
import type { PathSegment } from './problems.ts';

/** Keys whose values are codes, references, labels, dates or web addresses, at any depth. */
const NOT_PROSE = new Set([
  'code',
  'jurisdiction',
  'matter',
  'department',
  'formRef',
  'sample',
  'notices',
  'reviewed',
  'onlineUrl',
  'type',
  'unit',
  'form',
  'source',
  'exerciseLevel',
  'powerSource',
  'implementerNature',
  'handlingType',
  'handlingForms',
  'onlineDepth',
  'exerciseMode',
  'tongban',
  'serviceObjects',
  'consultation',
  'complaint',
]);

/** Subtrees that quote or name the law rather than explain the guide. */
const QUOTED = new Set(['legalBasis', 'implementationBasis']);

export interface GuideText {
  readonly path: readonly PathSegment[];
  readonly text: string;
}

/** Every prose string of `guide`, in document order. */
export function guideTexts(guide: Guide): GuideText[] {
  const out: GuideText[] = [];
  const visit = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string') out.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!NOT_PROSE.has(k) && !QUOTED.has(k)) visit(v, [...path, k]);
    }
  };
  visit(guide, []);
  return out;
}
