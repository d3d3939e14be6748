/**
 * What the scaffolds of `npm run new` share: the catalogue they are derived from, the Chinese
 * errors for a code, jurisdiction or department the catalogue does not know (with the closest
 * candidates), the blank markers staff must replace, and the canonical text of the record.
 *
 * A scaffold is a record the schema accepts: every free-text field staff must write holds a
 * marker 【待填写：…】 (src/check/rules/unfinished.ts), which the validator reports until it is
 * replaced, so an unfinished scaffold never builds. See docs/ARCHITECTURE.md, Checking.
 */
import { distance } from 'fastest-levenshtein';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { type Blank, blankMarker, findBlanks } from '../../check/rules/unfinished.ts';
import { formatPath } from '../../check/problems.ts';
import type { CatalogueIndex } from '../../domain/catalogue.ts';
import { type Holdings, foldHoldings } from '../../domain/holdings.ts';
import { canonicalize } from '../../io/canonical.ts';
import { COLLECTIONS, type DataCollectionName } from '../../schemas/index.ts';
import { descriptionOf, elementOf, firstClause, shapeOf, unionOf } from '../../schemas/walk.ts';

/** A scaffold that cannot be made from these arguments; the message says why, in Chinese. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

/** A value filled in by the usual case rather than derived: staff should confirm it. */
export interface Assumed {
  readonly path: string;
  readonly value: string;
}

/** A record ready to be written. */
export interface Scaffold {
  readonly collection: DataCollectionName;
  /** Path relative to the repository root. */
  readonly file: string;
  /** The record's canonical YAML text (what `npm run fmt` would write). */
  readonly text: string;
  /** The blanks staff must fill, in document order. */
  readonly blanks: readonly { readonly path: string; readonly label: string }[];
  /** Values taken from the usual case, to be confirmed. */
  readonly assumed: readonly Assumed[];
}

/** How many candidates an error lists. */
const CANDIDATES_SHOWN = 3;

/** The `shown` closest of `options` to `input`, compared with each option's key and name. */
export function closest(input: string, options: readonly { key: string; name: string }[], shown = CANDIDATES_SHOWN): string[] {
  const score = (o: { key: string; name: string }) => Math.min(distance(input, o.key), distance(input, o.name));
  return [...options]
    .sort((a, b) => score(a) - score(b) || a.key.localeCompare(b.key))
    .slice(0, shown)
    .map((o) => `${o.key}（${o.name}）`);
}

export const candidatesText = (list: readonly string[]) => (list.length ? `最接近的是：${list.join('、')}` : '目录中还没有任何记录');

/** The jurisdiction `id`, or an error naming the closest ones. */
export function jurisdictionOf(index: CatalogueIndex, id: string | undefined) {
  if (!id) throw new ScaffoldError('请用 --jurisdiction 写明区划，如 --jurisdiction 140525');
  const j = index.jurisdictions.get(id);
  if (j) return j;
  const options = [...index.jurisdictions.values()].map((r) => ({ key: r.data.id, name: r.data.name }));
  throw new ScaffoldError(`没有区划“${id}”（data/jurisdictions/）：${candidatesText(closest(id, options))}`);
}

/** The matter or sub-item `code` with its ten elements, or an error naming the closest ones. */
export function elementsFor(index: CatalogueIndex, code: string) {
  const ref = index.matters.get(code);
  const elements = index.elementsOf(code);
  if (ref && elements) return { ref, elements };
  const options = [...index.matters.keys()].map((key) => ({ key, name: index.elementsOf(key)?.name ?? '' }));
  throw new ScaffoldError(`基本目录（data/matters/）中没有编码为“${code}”的事项或子项：${candidatesText(closest(code, options))}；新事项请先运行 npm run new -- matter`);
}

/** Department `id` of jurisdiction `j`, or an error naming the closest ones. */
export function departmentOf(index: CatalogueIndex, j: string, id: string) {
  const d = index.department(j, id);
  if (d) return d;
  const options = index.departmentsOf(j).map((r) => ({ key: r.data.id, name: r.data.name }));
  throw new ScaffoldError(`区划 ${j} 没有部门“${id}”（data/departments/${j}/）：${candidatesText(closest(id, options))}`);
}

/** The jurisdiction's holdings, folded from its transfer lists. */
export const holdingsOf = (index: CatalogueIndex, j: string): Holdings => foldHoldings(index, j);

/**
 * The label of the field at `path` of `schema` (`*` for a list's items; in a union, the field of
 * its first option that has it): its description's first clause.
 */
export function labelOf(schema: z.ZodType, path: readonly string[]): string {
  let s: z.ZodType | undefined = schema;
  for (const key of path) {
    const within: z.ZodType = s;
    s = key === '*' ? elementOf(within) : (shapeOf(within)?.[key] ?? unionOf(within)?.options.map((o) => shapeOf(o)?.[key]).find((f) => f !== undefined));
    if (!s) throw new Error(`no field ${path.join('.')} in the schema`);
  }
  const d = descriptionOf(s);
  if (!d) throw new Error(`field ${path.join('.')} has no description`);
  return firstClause(d);
}

/** The blank marker of a field of a collection's schema, labelled by its description. */
export const blankFor = (collection: DataCollectionName, path: readonly string[]): string =>
  blankMarker(labelOf(COLLECTIONS[collection].schema as z.ZodType, path));

/** The record as canonical YAML at `file`, with its blanks. */
export function render(collection: DataCollectionName, file: string, record: Record<string, unknown>, assumed: readonly Assumed[]): Scaffold {
  const outcome = canonicalize(stringify(record, { aliasDuplicateObjects: false }), file);
  if (outcome.kind !== 'ok') throw new Error(`the scaffold of ${file} is not canonical YAML: ${outcome.kind}`);
  const blanks = findBlanks(record).map((b: Blank) => ({ path: formatPath(b.path), label: b.label }));
  return { collection, file, text: outcome.text, blanks, assumed };
}
