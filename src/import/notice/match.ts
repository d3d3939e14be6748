/**
 * Matching names written in a notice to the catalogue: matters (and their sub-items) and the
 * departments of a jurisdiction. Exact first, then normalised (full/half-width, brackets, spaces,
 * the suffixes 审批/许可/核发), then by similarity with a score; a match is only as good as its kind.
 *
 * Similarity is 1 − Levenshtein distance / length of the longer name (fastest-levenshtein), taken
 * as the better of the names as written and normalised: for Chinese names, where one character is
 * one word-piece, an edit distance counts the characters a clerk added, dropped or mistyped.
 */
import { distance } from 'fastest-levenshtein';
import type { Department } from '../../schemas/department.ts';
import type { Matter } from '../../schemas/matter.ts';

/** A similarity match needs this score… */
export const SIMILARITY_THRESHOLD = 0.75;
/** …and must beat the next different candidate by this much. */
export const SIMILARITY_MARGIN = 0.05;
/** How many candidates a message lists. */
export const CANDIDATES_SHOWN = 3;

export interface Candidate {
  /** The matter code or department id. */
  readonly key: string;
  /** The catalogue's name that scored best. */
  readonly name: string;
  readonly score: number;
}

export type NameMatch =
  | { readonly kind: 'exact' | 'normalized' | 'similar'; readonly key: string; readonly name: string; readonly score: number; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'none' | 'ambiguous'; readonly candidates: readonly Candidate[] };

/** Spaces only: the name as written, for the exact comparison. */
const compact = (s: string) => s.replace(/[\s\u3000]/gu, '');

const OPEN = /[([【〔［〈<{（]/gu;
const CLOSE = /[)\]】〕］〉>}）]/gu;

/**
 * The comparable form of a name: full-width characters as half-width (NFKC), one kind of bracket,
 * no spaces, without the suffixes that notices add or drop (审批, 许可, 核发, 事项).
 */
export function normalizeName(name: string): string {
  let s = compact(name.normalize('NFKC')).replace(OPEN, '(').replace(CLOSE, ')');
  for (;;) {
    const t = s.replace(/(?:审批|许可|核发|事项)$/u, '');
    if (t === s || t === '') break;
    s = t;
  }
  return s;
}

/** 1 − distance / longer length; 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - distance(a, b) / longer;
}

interface Entry {
  readonly key: string;
  readonly names: readonly string[];
}

/** Names to match against, each under its key (a code or a department id). */
export class NameIndex {
  private readonly entries: readonly (Entry & { readonly compact: readonly string[]; readonly normal: readonly string[] })[];

  constructor(entries: readonly Entry[]) {
    this.entries = entries.map((e) => ({ ...e, compact: e.names.map(compact), normal: e.names.map(normalizeName) }));
  }

  match(query: string): NameMatch {
    const q = compact(query);
    const qn = normalizeName(query);
    const scored = this.entries
      .map((e) => {
        let best = -1;
        let name = e.names[0]!;
        e.names.forEach((n, i) => {
          const s = Math.max(similarity(q, e.compact[i]!), similarity(qn, e.normal[i]!));
          if (s > best) {
            best = s;
            name = n;
          }
        });
        return { key: e.key, name, score: best };
      })
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
    const candidates = scored.slice(0, CANDIDATES_SHOWN);

    for (const kind of ['exact', 'normalized'] as const) {
      const hits = this.entries.filter((e) => (kind === 'exact' ? e.compact.includes(q) : e.normal.includes(qn)));
      const keys = [...new Set(hits.map((h) => h.key))];
      if (keys.length > 1) return { kind: 'ambiguous', candidates: scored.filter((c) => keys.includes(c.key)) };
      if (keys.length === 1) {
        const hit = hits[0]!;
        const i = kind === 'exact' ? hit.compact.indexOf(q) : hit.normal.indexOf(qn);
        return { kind, key: hit.key, name: hit.names[i]!, score: 1, candidates: candidates.filter((c) => c.key !== hit.key) };
      }
    }

    const [best, second] = scored;
    if (best && best.score >= SIMILARITY_THRESHOLD) {
      if (second && second.score > best.score - SIMILARITY_MARGIN) return { kind: 'ambiguous', candidates };
      return { kind: 'similar', key: best.key, name: best.name, score: best.score, candidates: candidates.slice(1) };
    }
    return { kind: 'none', candidates };
  }
}

/** Every name of the basic catalogue: each matter (its name and aliases) and each sub-item. */
export function matterIndex(matters: readonly Matter[]): NameIndex {
  const entries: Entry[] = [];
  for (const m of matters) {
    entries.push({ key: m.code, names: [m.name, ...m.aliases] });
    for (const s of m.subItems) entries.push({ key: s.code, names: [s.name] });
  }
  return new NameIndex(entries);
}

/**
 * The ways a notice names a department: full name, short name, former names, each with and
 * without the jurisdiction (泽州县交通运输局, 县交通运输局, 交通运输局) and without 中共.
 */
export function departmentNames(d: Pick<Department, 'name' | 'shortName' | 'formerNames'>, jurisdictionName: string): string[] {
  const place = jurisdictionName.replace(/(?:省|市|县|区|旗|自治县|自治州)$/u, '');
  const out = new Set<string>();
  for (const n of [d.name, ...(d.shortName ? [d.shortName] : []), ...d.formerNames]) {
    out.add(n);
    const base = n.replace(/^中共/u, '');
    out.add(base);
    if (place && base.startsWith(place) && base.length > place.length) out.add(base.slice(place.length)); // 县交通运输局
    if (base.startsWith(jurisdictionName) && base.length > jurisdictionName.length) out.add(base.slice(jurisdictionName.length)); // 交通运输局
    const level = /^[县市区](?=.{2,})/u.exec(base);
    if (level) out.add(base.slice(1));
  }
  return [...out].filter((n) => n.length >= 2);
}

export function departmentIndex(departments: readonly Department[], jurisdictionName: string): NameIndex {
  return new NameIndex(departments.map((d) => ({ key: d.id, names: departmentNames(d, jurisdictionName) })));
}

/** “0.86” */
export const formatScore = (score: number) => score.toFixed(2);
