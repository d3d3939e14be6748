/**
 * From the recognised sheets of a workbook to new texts of data files: transfer lists, guides and
 * responsibility divisions. Items are matched to the catalogue by code, else by name, and
 * departments by name, with the notice importer's matcher (src/import/notice/match.ts). An import
 * sets only the fields its sheet carries and keeps every other field of an existing record; a file
 * whose data would not change keeps its bytes; a blank cell keeps the field as it is. A record the catalogue lacks starts from the
 * scaffold `npm run new` writes (src/import/scaffold/), with the sheet's values over its blanks.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseDocument, stringify } from 'yaml';
import type { CatalogueIndex } from '../../domain/catalogue.ts';
import { jurisdictionKey } from '../../domain/keys.ts';
import {
  ESTIMATED_MARK,
  FILING_FOOT_LINES,
  FILING_HEAD_LINES,
  FILING_SEAL,
  NO_DOC_NUMBER,
  SHEET_TITLES,
  SUBTOTAL_LABEL,
  TOTAL_LABEL,
  type SheetColumn,
} from '../../domain/sheet-columns.ts';
import { CANONICAL_OPTIONS, canonicalize } from '../../io/canonical.ts';
import type { Catalogue } from '../../io/load.ts';
import { parseYaml } from '../../io/yaml.ts';
import { TRANSFER_DIRECTIONS } from '../../schemas/codes.ts';
import type { DataCollectionName } from '../../schemas/index.ts';
import { type NameIndex, type NameMatch, departmentIndex, formatScore, matterIndex } from '../notice/match.ts';
import { listIdOf } from '../notice/draft.ts';
import { guideScaffold, responsibilityScaffold } from '../scaffold/records.ts';
import { ScaffoldError, blankFor } from '../scaffold/scaffold.ts';
import {
  basicCodeOf,
  countOf,
  dateOf,
  docNumberOf,
  implementationCodeOf,
  labelOf,
  labelsOf,
  linesOf,
  monthsOf,
  timeLimitOf,
  yesNoOf,
  type Parsed,
} from './values.ts';
import { type CellValue, type Header, type Sheet, type SheetProblem, cellRef, findHeader, headerText, plainText } from './workbook.ts';

export interface ImportContext {
  readonly catalogue: Catalogue;
  readonly index: CatalogueIndex;
  /** --jurisdiction: the jurisdiction the sheets belong to (else inferred from their departments). */
  readonly jurisdiction?: string;
  /** --list: the transfer list a 划转清单 sheet updates (else matched by its title). */
  readonly list?: string;
  /** The text of a data file as it is now (repository-relative path), undefined when missing. */
  readonly read: (file: string) => string | undefined;
  /** The date a new guide's `reviewed` is set to. */
  readonly today: string;
}

/** A data file the import would write. */
export interface FileChange {
  readonly file: string;
  readonly collection: DataCollectionName;
  /** Undefined for a new file. */
  readonly before: string | undefined;
  readonly after: string;
}

export interface SheetSummary {
  readonly sheet: string;
  readonly kind: keyof typeof SHEET_TITLES;
  readonly rows: number;
}

export interface ImportOutcome {
  readonly problems: SheetProblem[];
  readonly changes: FileChange[];
  readonly sheets: SheetSummary[];
}

type Json = Record<string, unknown>;

/** A record being edited: the file's data as it is (undefined when new) and the data it will have. */
interface Draft {
  readonly collection: DataCollectionName;
  readonly before: Json | undefined;
  readonly text: string | undefined;
  value: Json;
}

const clone = <T>(v: T): T => structuredClone(v);

class Run {
  readonly problems: SheetProblem[] = [];
  readonly drafts = new Map<string, Draft>();
  readonly matters: NameIndex;
  readonly codes: Set<string>;
  private readonly departments = new Map<string, NameIndex>();
  readonly ctx: ImportContext;

  constructor(ctx: ImportContext) {
    this.ctx = ctx;
    const matters = ctx.catalogue.matters.map((m) => m.data);
    this.matters = matterIndex(matters);
    this.codes = new Set(matters.flatMap((m) => [m.code, ...m.subItems.map((s) => s.code)]));
  }

  problem(sheet: string, cell: string, field: string, message: string, blocking = true): void {
    this.problems.push({ sheet, cell, field, message, blocking });
  }

  departmentIndexOf(j: string): NameIndex {
    let d = this.departments.get(j);
    if (!d) {
      const name = this.ctx.index.jurisdictions.get(j)?.data.name ?? j;
      d = departmentIndex(this.ctx.index.departmentsOf(j).map((r) => r.data), name);
      this.departments.set(j, d);
    }
    return d;
  }

  /** The draft of an existing file (its current data) or of a new one. */
  draft(file: string, collection: DataCollectionName, fresh?: () => Json): Draft | undefined {
    const known = this.drafts.get(file);
    if (known) return known;
    const text = this.ctx.read(file);
    let before: Json | undefined;
    if (text !== undefined) {
      const parsed = parseYaml(text);
      if (parsed.syntaxErrors.length || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
      before = parsed.value as Json;
    }
    const value = before ? clone(before) : fresh?.();
    if (!value) return undefined;
    const d: Draft = { collection, before, text, value };
    this.drafts.set(file, d);
    return d;
  }

  /** The files whose data changed, in canonical form. */
  changes(): FileChange[] {
    const out: FileChange[] = [];
    for (const [file, d] of [...this.drafts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (d.before && isDeepStrictEqual(d.before, d.value)) continue;
      let text: string;
      if (d.text !== undefined && d.before) {
        // Only the keys whose value changed are replaced, so comments elsewhere stay.
        const doc = parseDocument(d.text, { keepSourceTokens: true, uniqueKeys: true });
        for (const [k, v] of Object.entries(d.value)) if (!isDeepStrictEqual(d.before[k], v)) doc.set(k, v);
        for (const k of Object.keys(d.before)) if (!(k in d.value)) doc.delete(k);
        text = doc.toString(CANONICAL_OPTIONS);
      } else text = stringify(d.value, CANONICAL_OPTIONS);
      const canonical = canonicalize(text, file);
      if (canonical.kind !== 'ok') throw new Error(`${file} 无法整理为规范格式（${canonical.kind}）`);
      out.push({ file, collection: d.collection, before: d.text, after: canonical.text });
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading rows

interface Row {
  readonly r: number;
  /** Value of each recognised column. */
  readonly cells: ReadonlyMap<SheetColumn, { readonly v: CellValue; readonly ref: string }>;
}

/** The distinct texts of a row, left to right (a merged cell counts once). */
function rowTexts(sheet: Sheet, r: number): { text: string; c: number }[] {
  const out: { text: string; c: number }[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) {
    const t = plainText(sheet.get(r, c));
    if (t && out.at(-1)?.text !== t) out.push({ text: t, c });
  }
  return out;
}

const LINE = new RegExp(`^(${[...FILING_HEAD_LINES, ...FILING_FOOT_LINES].join('|')})\\s*[:：]\\s*(.*)$`, 'u');
const isTotal = (t: string) => t.replace(/\s/gu, '').startsWith(SUBTOTAL_LABEL) || t.replace(/\s/gu, '').startsWith(TOTAL_LABEL);

/** `label：value` on one row, the value in the same cell or the next one. */
function lineOf(sheet: Sheet, r: number): { label: string; value: string; ref: string } | undefined {
  const texts = rowTexts(sheet, r);
  const m = texts[0] ? LINE.exec(texts[0].text) : null;
  if (!m || !texts[0]) return undefined;
  const inline = m[2]!.trim();
  const next = texts[1];
  if (inline) return { label: m[1]!, value: inline, ref: cellRef(r, texts[0].c) };
  return { label: m[1]!, value: next?.text ?? '', ref: cellRef(r, next?.c ?? texts[0].c + 1) };
}

function cellsOf(sheet: Sheet, header: Header, r: number): Row['cells'] {
  const cells = new Map<SheetColumn, { v: CellValue; ref: string }>();
  for (const [column, c] of header.columns) cells.set(column, { v: sheet.get(r, c), ref: cellRef(r, c) });
  return cells;
}

/** Whether row r repeats the header (a table per group, or a header printed on every page). */
function repeatsHeader(sheet: Sheet, header: Header, r: number): boolean {
  let same = 0;
  for (const [column, c] of header.columns) {
    const t = headerText(sheet.get(r, c));
    if (t && (t === headerText({ kind: 'text', text: column.header }) || column.synonyms.some((s) => headerText({ kind: 'text', text: s }) === t))) same++;
  }
  return same >= Math.min(3, header.columns.size);
}

// ---------------------------------------------------------------------------------------------
// Shared look-ups

const matchText = (m: NameMatch) => m.candidates.map((c) => `“${c.name}”（${c.key}，${formatScore(c.score)}）`).join('、');

/** The matter of a row: its code column, else its name. */
function matterOf(run: Run, sheet: string, row: Row, codeColumn: SheetColumn | undefined, nameColumn: SheetColumn | undefined, implementation?: string): string | undefined {
  const code = codeColumn ? row.cells.get(codeColumn) : undefined;
  if (code && code.v.kind !== 'empty') {
    if (code.v.kind === 'invalid') return void run.problem(sheet, code.ref, 'matter', code.v.message);
    const parsed = basicCodeOf(code.v, run.codes);
    if (!parsed.ok) return void run.problem(sheet, code.ref, 'matter', parsed.message);
    if (parsed.hint) run.problem(sheet, code.ref, 'matter', parsed.hint, false);
    if (!run.codes.has(parsed.value)) {
      const name = nameColumn ? plainText(row.cells.get(nameColumn)?.v ?? { kind: 'empty' }) : '';
      const m = name ? run.matters.match(name) : undefined;
      return void run.problem(
        sheet,
        code.ref,
        'matter',
        `基本目录（data/matters/）中没有编码为 ${parsed.value} 的事项${m?.candidates.length ? `，按名称最接近的是：${matchText(m)}` : ''}：请核对编码，或先在基本目录中添加这个事项`,
      );
    }
    return parsed.value;
  }
  if (implementation && /^[0-9A-Z]{19}\d{12}$/u.test(implementation) && run.codes.has(implementation.slice(19))) return implementation.slice(19);
  const name = nameColumn ? row.cells.get(nameColumn) : undefined;
  const text = name ? plainText(name.v) : '';
  if (!name || !text) return void run.problem(sheet, name?.ref ?? cellRef(row.r, 1), 'matter', '没有事项名称，也没有编码：请填写事项名称或基本编码');
  const m = run.matters.match(text);
  if (m.kind === 'exact' || m.kind === 'normalized') return m.key;
  if (m.kind === 'similar') {
    run.problem(sheet, name.ref, 'matter', `“${text}”按相似度对应到“${m.name}”（${m.key}，相似度 ${formatScore(m.score)}），请核对；填写基本编码可免去核对`, false);
    return m.key;
  }
  run.problem(
    sheet,
    name.ref,
    'matter',
    m.kind === 'ambiguous'
      ? `“${text}”可能是多个事项：${matchText(m)}：请填写基本编码`
      : `基本目录（data/matters/）中没有“${text}”${m.candidates.length ? `，最接近的是：${matchText(m)}` : ''}：请改正名称、填写基本编码，或先在基本目录中添加这个事项`,
  );
  return undefined;
}

/** A department named in a cell, within jurisdiction j. */
function departmentOf(run: Run, sheet: string, j: string, cell: { v: CellValue; ref: string }, field: string, text = plainText(cell.v)): string | undefined {
  const m = run.departmentIndexOf(j).match(text);
  if (m.kind === 'exact' || m.kind === 'normalized') return m.key;
  if (m.kind === 'similar') {
    run.problem(sheet, cell.ref, field, `“${text}”按相似度对应到部门 ${m.key}（${m.name}，相似度 ${formatScore(m.score)}），请核对`, false);
    return m.key;
  }
  run.problem(
    sheet,
    cell.ref,
    field,
    `data/departments/${j}/ 中没有部门“${text}”${m.candidates.length ? `，最接近的是：${matchText(m)}` : ''}：请改正部门名称，或先添加这个部门`,
  );
  return undefined;
}

/**
 * The jurisdiction of a sheet: --jurisdiction, else the one record it names already, else the one
 * jurisdiction whose departments include every department the sheet names.
 */
function jurisdictionOf(
  run: Run,
  sheet: string,
  names: readonly string[],
  known: ReadonlySet<string> = new Set(),
  /** Jurisdictions that have records of the sheet's matters, when no department decides. */
  holding: ReadonlySet<string> = new Set(),
): string | undefined {
  if (run.ctx.jurisdiction) return run.ctx.jurisdiction;
  if (known.size === 1) return [...known][0];
  const distinct = [...new Set(names.filter(Boolean))];
  const fits = run.ctx.catalogue.jurisdictions
    .map((j) => j.data.id)
    .filter((j) => distinct.length > 0 && distinct.every((n) => ['exact', 'normalized'].includes(run.departmentIndexOf(j).match(n).kind)));
  if (fits.length === 1) return fits[0];
  if (!distinct.length && holding.size === 1) return [...holding][0];
  run.problem(
    sheet,
    '',
    'jurisdiction',
    fits.length > 1
      ? `表中的部门在多个区划都有（${fits.join('、')}）：请用 --jurisdiction 写明区划`
      : '无法从表中的部门确定区划：请用 --jurisdiction 写明区划，如 --jurisdiction 140525',
  );
  return undefined;
}

function setPath(target: Json, path: readonly string[], value: unknown): void {
  let at = target;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
    at = at[key] as Json;
  }
  if (value === undefined) delete at[path.at(-1)!];
  else at[path.at(-1)!] = value;
}

/** A cell's value by its column's type (departments and codes of matters are resolved by the caller). */
function valueOfCell(run: Run, column: SheetColumn, v: CellValue): Parsed<unknown> {
  switch (column.type) {
    case 'text':
      return { ok: true, value: plainText(v).replace(/\r\n?/gu, '\n') };
    case 'lines':
      return linesOf(v);
    case 'basicCode':
      return basicCodeOf(v, run.codes);
    case 'implementationCode':
      return implementationCodeOf(v);
    case 'code':
      return labelOf(v, column.codes!);
    case 'codes':
      return labelsOf(v, column.codes!);
    case 'timeLimit':
      return timeLimitOf(v);
    case 'count':
      return countOf(v);
    case 'yesNo': {
      const p = yesNoOf(v);
      return p.ok && column.negated ? { ok: true, value: !p.value } : p;
    }
    default:
      return { ok: true, value: plainText(v) };
  }
}

const unreadColumns = (run: Run, sheet: string, header: Header, used: (c: SheetColumn) => boolean) => {
  for (const [column, c] of header.columns) {
    if (!used(column)) run.problem(sheet, cellRef(header.row, c), column.header, `目录中没有与“${column.header}”对应的字段，这一列未导入`, false);
  }
};

// ---------------------------------------------------------------------------------------------
// 划转清单

const DIRECTION_OF = (t: string): '划转' | '划回' | undefined => (/划回/u.test(t) ? '划回' : /划转/u.test(t) ? '划转' : undefined);

function importTransfer(run: Run, sheet: Sheet, header: Header): number {
  const S = sheet.name;
  const col = (field: string) => [...header.columns.keys()].find((c) => c.field === field);
  const directionColumn = col('direction');

  // The lines above the table: the title, 文号 … 过渡期, and the heading of the first group.
  const lines = new Map<string, { value: string; ref: string }>();
  let title: { value: string; ref: string } | undefined;
  let direction: '划转' | '划回' | undefined;
  for (let r = 1; r < header.row; r++) {
    const line = lineOf(sheet, r);
    if (line) {
      lines.set(line.label, { value: line.value, ref: line.ref });
      continue;
    }
    const texts = rowTexts(sheet, r);
    if (!texts[0]) continue;
    if (!title) title = { value: texts[0].text, ref: cellRef(r, texts[0].c) };
    else direction = DIRECTION_OF(texts[0].text) ?? direction;
  }

  // The rows: entries, group headings, repeated headers, subtotals, the total and the lines below.
  const rows: { row: Row; direction: '划转' | '划回' | undefined }[] = [];
  let footer = false;
  for (let r = header.lastRow + 1; r <= sheet.rowCount && !footer; r++) {
    const texts = rowTexts(sheet, r);
    if (!texts[0]) continue;
    if (lineOf(sheet, r) || texts[0].text === FILING_SEAL) {
      footer = true;
      continue;
    }
    if (repeatsHeader(sheet, header, r) || isTotal(texts[0].text)) continue;
    const serial = header.columns.size ? sheet.get(r, Math.min(...header.columns.values())) : { kind: 'empty' as const };
    if (texts.length === 1 && serial.kind !== 'number' && DIRECTION_OF(texts[0].text) && !directionColumn) {
      direction = DIRECTION_OF(texts[0].text);
      continue;
    }
    const row = { r, cells: cellsOf(sheet, header, r) };
    const filled = [...row.cells].some(([c, x]) => c.type !== 'index' && x.v.kind !== 'empty');
    if (filled) rows.push({ row, direction });
  }
  if (!rows.length) {
    run.problem(S, cellRef(header.lastRow + 1, 1), 'entries', '表头下面没有任何事项：请在表头下逐行填写事项');
    return 0;
  }

  // The list: --list, else the list with this title; the jurisdiction from it or from the departments.
  const lists = run.ctx.catalogue.transfers.filter((l) => !run.ctx.jurisdiction || l.data.jurisdiction === run.ctx.jurisdiction);
  const compact = (s: string) => s.replace(/[\s\u3000]/gu, '');
  const existing = run.ctx.list
    ? lists.filter((l) => l.data.id === run.ctx.list)
    : title
      ? lists.filter((l) => compact(l.data.title) === compact(title.value))
      : [];
  if (run.ctx.list && existing.length !== 1) {
    run.problem(S, '', 'id', existing.length ? `多个区划都有标识为 ${run.ctx.list} 的清单：请用 --jurisdiction 写明区划` : `没有标识为 ${run.ctx.list} 的划转清单${run.ctx.jurisdiction ? `（区划 ${run.ctx.jurisdiction}）` : ''}`);
    return 0;
  }
  if (existing.length > 1) {
    run.problem(S, title!.ref, 'title', `有 ${existing.length} 份清单的标题都是“${title!.value}”（${existing.map((l) => l.file).join('、')}）：请用 --list 写明要更新哪一份`);
    return 0;
  }
  const names = rows.flatMap(({ row }) => ['from', 'to'].map((f) => plainText(row.cells.get(col(f)!)?.v ?? { kind: 'empty' })));
  const j = existing[0]?.data.jurisdiction ?? jurisdictionOf(run, S, names);
  if (!j) return rows.length;

  // The list's own fields, from the lines the sheet has.
  const fields: Json = {};
  const drop: string[] = [];
  const put = (key: string, value: unknown) => (value === undefined ? drop.push(key) : (fields[key] = value));
  if (title) put('title', title.value);
  const doc = lines.get('文号');
  if (doc?.value) put('docNumber', docNumberOf(doc.value, NO_DOC_NUMBER));
  const issuer = lines.get('发文机关');
  if (issuer?.value) put('issuer', issuer.value);
  const date = lines.get('成文日期');
  if (date?.value) {
    const estimated = date.value.endsWith(ESTIMATED_MARK);
    const d = dateOf({ kind: 'text', text: estimated ? date.value.slice(0, -ESTIMATED_MARK.length) : date.value });
    if (d.ok) {
      put('date', d.value);
      put('dateEstimated', estimated ? true : undefined);
    } else run.problem(S, date.ref, 'date', `成文日期${d.message}`);
  }
  // A blank line keeps what the list has (the export writes these blank when the list has none).
  const handover = lines.get('交接日期');
  if (handover?.value) {
    const d = dateOf({ kind: 'text', text: handover.value });
    if (d.ok) put('handoverBy', d.value);
    else run.problem(S, handover.ref, 'handoverBy', `交接日期${d.message}`);
  }
  const transition = lines.get('过渡期');
  if (transition?.value) {
    const m = monthsOf({ kind: 'text', text: transition.value });
    if (m.ok) put('transitionMonths', m.value);
    else run.problem(S, transition.ref, 'transitionMonths', `过渡期${m.message}`);
  }

  // The entries.
  type Entry = { matter: string; direction: string; fields: Json; drop: string[]; ref: string };
  const entries: Entry[] = [];
  const seen = new Map<string, string>();
  for (const { row, direction: groupDirection } of rows) {
    const matter = matterOf(run, S, row, col('matter'), col('name'));
    const f: Json = {};
    const d: string[] = [];
    let dir: string | undefined = groupDirection;
    const dc = directionColumn ? row.cells.get(directionColumn) : undefined;
    if (dc && dc.v.kind !== 'empty') {
      const p = labelOf(dc.v, TRANSFER_DIRECTIONS);
      if (p.ok) dir = p.value;
      else run.problem(S, dc.ref, 'entries.direction', p.message);
    } else if (!dir) {
      run.problem(S, dc?.ref ?? cellRef(row.r, 1), 'entries.direction', directionColumn ? '方向是空的：请填写 划转 或 划回' : '表中没有“方向”列，也没有“划转……”“划回……”分组标题：请加上“方向”列，填写 划转 或 划回');
      continue;
    }
    for (const [column, cell] of row.cells) {
      if (!column.field || column.field === 'matter' || column.field === 'direction') continue;
      if (cell.v.kind === 'invalid') {
        run.problem(S, cell.ref, `entries.${column.field}`, cell.v.message);
        continue;
      }
      if (cell.v.kind === 'empty') {
        // A blank cell keeps what the entry has (a blank 备注: no note to add).
        if (column.field !== 'powerType' && column.field !== 'note') run.problem(S, cell.ref, `entries.${column.field}`, `${column.header}是空的：请填写${column.header}`);
        continue;
      }
      if (column.type === 'department') {
        const id = departmentOf(run, S, j, cell, `entries.${column.field}`);
        if (id) f[column.field] = id;
        continue;
      }
      const p = valueOfCell(run, column, cell.v);
      if (!p.ok) run.problem(S, cell.ref, `entries.${column.field}`, p.message);
      else f[column.field] = p.value;
    }
    if (!matter || !dir) continue;
    const key = `${matter}\u0000${dir}`;
    const ref = row.cells.get(col('name')!)?.ref ?? cellRef(row.r, 1);
    const dup = seen.get(key);
    if (dup) {
      run.problem(S, ref, 'entries', `事项 ${matter}（${dir}）在 ${dup} 已经列过：一份清单中一个事项只能${dir}一次，请删去重复的行`);
      continue;
    }
    seen.set(key, ref);
    entries.push({ matter, direction: dir, fields: f, drop: d, ref });
  }

  let file: string;
  if (existing[0]) file = existing[0].file;
  else {
    const missing = ['title', 'issuer', 'date'].filter((k) => fields[k] === undefined);
    if (missing.length) {
      const label: Record<string, string> = { title: '标题（表格第一行）', issuer: '“发文机关：”一行', date: '“成文日期：”一行' };
      const which = title ? `目录中没有标题为“${title.value}”的清单` : '表格没有标题行，对应不到已有的清单';
      run.problem(S, 'A1', missing.join('、'), `${which}，要新建一份清单还缺少${missing.map((k) => label[k]).join('、')}：请在表头上方补上，或用 --list 写明要更新的清单`);
      return rows.length;
    }
    const directions = new Set(entries.map((e) => (e.direction === '划回' ? ('back' as const) : ('in' as const))));
    const id = listIdOf(String(fields.date), directions);
    file = `data/transfers/${j}/${id}.yaml`;
    if (run.ctx.index.transfersOf(j).some((l) => l.data.id === id)) {
      run.problem(S, 'A1', 'id', `区划 ${j} 已有标识为 ${id} 的另一份清单：请用 --list ${id} 更新它，或先改正表格的标题`);
      return rows.length;
    }
  }
  const draft = run.draft(file, 'transfers', () => ({ id: file.split('/').at(-1)!.replace(/\.yaml$/u, ''), jurisdiction: j, entries: [] }));
  if (!draft) {
    run.problem(S, '', 'file', `${file} 不是有效的 YAML，无法更新：请先运行 npm run check 改正它`);
    return rows.length;
  }
  const v = draft.value;
  for (const [k, x] of Object.entries(fields)) v[k] = x;
  for (const k of drop) delete v[k];

  // Entries matched by matter and direction keep their place and every field the sheet lacks;
  // new ones follow in the sheet's order; entries the sheet no longer lists are removed.
  const before = Array.isArray(v.entries) ? (v.entries as Json[]) : [];
  const byKey = new Map(entries.map((e) => [`${e.matter}\u0000${e.direction}`, e]));
  const kept = before.filter((e) => byKey.has(`${String(e.matter)}\u0000${String(e.direction)}`));
  const keptKeys = new Set(kept.map((e) => `${String(e.matter)}\u0000${String(e.direction)}`));
  const added = entries.filter((e) => !keptKeys.has(`${e.matter}\u0000${e.direction}`)).map((e) => ({ matter: e.matter, direction: e.direction }) as Json);
  const next = [...kept, ...added].map((old) => {
    const e = byKey.get(`${String(old.matter)}\u0000${String(old.direction)}`)!;
    const out: Json = { matter: e.matter, ...old };
    for (const [k, x] of Object.entries(e.fields)) out[k] = x;
    for (const k of e.drop) delete out[k];
    if (out.powerType === undefined) {
      const type = run.ctx.index.elementsOf(e.matter)?.type;
      if (type) out.powerType = type;
      else run.problem(S, e.ref, 'entries.powerType', '没有事项类型：请填写事项类型');
    }
    out.direction = e.direction;
    return out;
  });
  v.entries = next;
  return rows.length;
}

// ---------------------------------------------------------------------------------------------
// 实施清单 and 审管衔接备忘录: one record per row

function dataRows(sheet: Sheet, header: Header): Row[] {
  const out: Row[] = [];
  for (let r = header.lastRow + 1; r <= sheet.rowCount; r++) {
    if (repeatsHeader(sheet, header, r)) continue;
    const row = { r, cells: cellsOf(sheet, header, r) };
    if ([...row.cells].some(([c, x]) => c.type !== 'index' && x.v.kind !== 'empty')) out.push(row);
  }
  return out;
}

function importGuides(run: Run, sheet: Sheet, header: Header): number {
  const S = sheet.name;
  const cols = [...header.columns.keys()];
  const col = (field: string) => cols.find((c) => c.field === field);
  const rows = dataRows(sheet, header);
  const implementation = (row: Row) => {
    const c = col('code');
    const cell = c ? row.cells.get(c) : undefined;
    return cell && cell.v.kind === 'text' ? plainText(cell.v).toUpperCase() : undefined;
  };
  const known = new Set(
    rows.flatMap((row) => {
      const code = implementation(row);
      const guide = code ? run.ctx.index.guides.get(code) : undefined;
      return guide ? [guide.data.jurisdiction] : [];
    }),
  );
  const matters = rows.map((row) => matterOf(run, S, row, col('matter'), col('name'), implementation(row)));
  const named = new Set(matters);
  const holding = new Set(run.ctx.catalogue.guides.filter((g) => named.has(g.data.matter)).map((g) => g.data.jurisdiction));
  const deptColumn = col('department');
  const j = jurisdictionOf(run, S, deptColumn ? rows.map((row) => plainText(row.cells.get(deptColumn)!.v)) : [], known, holding);
  if (!j) return rows.length;
  const seen = new Map<string, string>();
  for (const [i, row] of rows.entries()) {
    const ref = row.cells.get(col('name')!)?.ref ?? cellRef(row.r, 1);
    const matter = matters[i];
    const deptCell = col('department') ? row.cells.get(col('department')!) : undefined;
    const dept = deptCell && deptCell.v.kind !== 'empty' ? departmentOf(run, S, j, deptCell, 'department') : undefined;
    if (!matter) continue;
    if (seen.has(matter)) {
      run.problem(S, ref, 'matter', `事项 ${matter} 在 ${seen.get(matter)} 已经列过：请删去重复的行`);
      continue;
    }
    seen.set(matter, ref);
    const guide = run.ctx.index.guidesFor(j, matter).find((g) => g.data.matter === matter);
    const found = draftOrScaffold(run, S, ref, j, 'guides', guide?.file, {
      what: '办事指南',
      blanks: '表中没有的内容（申请材料、办理流程等）留作“【待填写】”，请补全',
      scaffold: () => guideScaffold(run.ctx.index, { code: matter, jurisdiction: j, department: dept, today: run.ctx.today }),
    });
    if (!found) continue;
    const { draft } = found;
    for (const [column, cell] of row.cells) {
      if (!column.field || column.field === 'matter') continue;
      const path = column.field.split('.');
      if (cell.v.kind === 'invalid') {
        run.problem(S, cell.ref, column.field, cell.v.message);
        continue;
      }
      if (cell.v.kind === 'empty') continue; // a blank cell keeps what the guide has
      if (column.type === 'department') {
        if (dept) setPath(draft.value, path, dept);
        continue;
      }
      const p = valueOfCell(run, column, cell.v);
      if (!p.ok) run.problem(S, cell.ref, column.field, p.message);
      else setPath(draft.value, path, p.value);
    }
  }
  unreadColumns(run, S, header, (c) => c.field !== undefined);
  return rows.length;
}

function importResponsibilities(run: Run, sheet: Sheet, header: Header): number {
  const S = sheet.name;
  const cols = [...header.columns.keys()];
  const col = (field: string) => cols.find((c) => c.field === field);
  const nameCol = cols.find((c) => c.required && c.type === 'text');
  const rows = dataRows(sheet, header);
  const text = (row: Row, field: string) => plainText(row.cells.get(col(field)!)?.v ?? { kind: 'empty' });
  const split = (t: string) => t.split(/[、，,；;\n]/u).map((x) => x.trim()).filter(Boolean);
  const matters = rows.map((row) => matterOf(run, S, row, col('matter'), nameCol));
  const named = new Set(matters);
  const holding = new Set(run.ctx.catalogue.responsibilities.filter((r) => named.has(r.data.matter)).map((r) => r.data.jurisdiction));
  const j = jurisdictionOf(run, S, rows.flatMap((row) => [text(row, 'approval.department'), ...split(text(row, 'supervision.department'))]), new Set(), holding);
  if (!j) return rows.length;
  const seen = new Map<string, string>();
  for (const [i, row] of rows.entries()) {
    const ref = nameCol ? row.cells.get(nameCol)!.ref : cellRef(row.r, 1);
    const matter = matters[i];
    const approvalCell = row.cells.get(col('approval.department')!)!;
    const supervisionCell = row.cells.get(col('supervision.department')!)!;
    const approval = approvalCell.v.kind === 'empty' ? void run.problem(S, approvalCell.ref, 'approval.department', '审批科室是空的：请填写负责审批的部门') : departmentOf(run, S, j, approvalCell, 'approval.department');
    const names = split(plainText(supervisionCell.v));
    if (!names.length) run.problem(S, supervisionCell.ref, 'supervision', '监管科室是空的：请填写负责监管的部门');
    const supervisors = names.map((n) => departmentOf(run, S, j, supervisionCell, 'supervision', n));
    if (!matter || !approval || !names.length || supervisors.some((s) => !s)) continue;
    if (seen.has(matter)) {
      run.problem(S, ref, 'matter', `事项 ${matter} 在 ${seen.get(matter)} 已经列过：请删去重复的行`);
      continue;
    }
    seen.set(matter, ref);
    const rec = run.ctx.index.responsibilities.get(jurisdictionKey(j, matter));
    const found = draftOrScaffold(run, S, ref, j, 'responsibilities', rec?.file, {
      what: '职责边界',
      blanks: '表中没有的内容（职责、初审意见等）按常见情况预填或留作“【待填写】”，请核对',
      scaffold: () => responsibilityScaffold(run.ctx.index, { code: matter, jurisdiction: j, supervision: supervisors[0] }),
    });
    if (!found) continue;
    const { draft, file } = found;
    const v = draft.value;
    const a = (v.approval ?? {}) as Json;
    a.department = approval;
    v.approval = a;
    // Supervising departments keep their duties; one the record does not have yet needs them written.
    const old = Array.isArray(v.supervision) ? (v.supervision as Json[]) : [];
    const sup: Json[] = [];
    for (const [i, id] of supervisors.entries()) {
      const item = old.find((s) => s.department === id);
      if (item) sup.push(item);
      else run.problem(S, supervisionCell.ref, 'supervision', `职责边界 ${file} 中没有监管部门 ${id}（${names[i]}）的监管职责：请先在文件的 supervision 中写明它的职责，再导入`);
    }
    if (sup.length !== supervisors.length) continue;
    v.supervision = sup;

    // The two pushes the sheet describes: approval → first supervisor, and back.
    const pushes = Array.isArray(v.pushes) ? (v.pushes as Json[]) : [];
    const channel = col('pushes.channel') ? row.cells.get(col('pushes.channel')!) : undefined;
    const within = col('pushes.within') ? row.cells.get(col('pushes.within')!) : undefined;
    let limit: unknown;
    if (within && within.v.kind !== 'empty') {
      const p = within.v.kind === 'invalid' ? { ok: false as const, message: within.v.message } : timeLimitOf(within.v);
      if (p.ok) limit = p.value;
      else run.problem(S, within.ref, 'pushes.within', p.message);
    }
    for (const [field, from, to] of [
      ['pushes.approval.what', approval, supervisors[0]!],
      ['pushes.supervision.what', supervisors[0]!, approval],
    ] as const) {
      const c = col(field);
      const cell = c ? row.cells.get(c) : undefined;
      if (!cell || cell.v.kind === 'empty') continue;
      if (cell.v.kind === 'invalid') {
        run.problem(S, cell.ref, field, cell.v.message);
        continue;
      }
      let push = pushes.find((p) => p.from === from && p.to === to);
      if (!push) {
        push = { what: '', from, to, when: blankFor('responsibilities', ['pushes', '*', 'when']), channel: blankFor('responsibilities', ['pushes', '*', 'channel']) };
        pushes.push(push);
      }
      push.what = plainText(cell.v);
      if (channel && channel.v.kind !== 'empty') push.channel = plainText(channel.v);
      if (limit !== undefined) push.within = limit;
    }
    v.pushes = pushes;
  }
  unreadColumns(run, S, header, (c) => c.field !== undefined || c === nameCol);
  return rows.length;
}

// ---------------------------------------------------------------------------------------------

/** Every sheet of a workbook applied to the catalogue: the problems found and the files to write. */
export function applySheets(sheets: readonly Sheet[], ctx: ImportContext): ImportOutcome {
  const run = new Run(ctx);
  const summaries: SheetSummary[] = [];
  const unrecognised: Sheet[] = [];
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (!header) {
      unrecognised.push(sheet);
      continue;
    }
    if (header.missing.length) {
      const found = [...header.columns.keys()].map((c) => c.header).join('、');
      for (const m of header.missing) {
        run.problem(sheet.name, cellRef(header.row, 1), m.field ?? m.header, `表头认出了 ${found}，像是${SHEET_TITLES[header.kind]}，但缺少“${m.header}”列：请在表头中加上这一列（表头写作“${m.header}”${m.synonyms.length ? `或“${m.synonyms.join('”“')}”` : ''}）`);
      }
      continue;
    }
    const count =
      header.kind === 'transfer' ? importTransfer(run, sheet, header) : header.kind === 'implementation' ? importGuides(run, sheet, header) : importResponsibilities(run, sheet, header);
    summaries.push({ sheet: sheet.name, kind: header.kind, rows: count });
  }
  for (const sheet of unrecognised) {
    const empty = sheet.rowCount === 0;
    // Empty sheets beside recognised ones (Sheet2, Sheet3) are left alone.
    if (empty && summaries.length) continue;
    run.problem(
      sheet.name,
      'A1',
      '表头',
      empty
        ? '工作表是空的：请在这个工作表中填写清单（可用 npm run template 生成空表）'
        : `前 30 行中没有认出表头：划转清单要有 事项名称、原实施部门、划转后实施部门 等列，实施清单要有 事项名称、办件类型、承诺办结时限 等列，审管衔接备忘录要有 事项名称、审批科室、监管科室 等列（可用 npm run template 生成空表）`,
      !summaries.length,
    );
  }
  const blocking = run.problems.some((p) => p.blocking);
  return { problems: run.problems, changes: blocking ? [] : run.changes(), sheets: summaries };
}

/**
 * The draft of the record a row updates: its file when the catalogue has it, else a new file from
 * its `npm run new` scaffold (said as a note, with what the scaffold leaves to fill in). Undefined,
 * with the problem reported at `ref`, when the scaffold cannot be made or the file is not valid YAML.
 */
function draftOrScaffold(
  run: Run,
  sheet: string,
  ref: string,
  jurisdiction: string,
  collection: DataCollectionName,
  existing: string | undefined,
  make: { what: string; blanks: string; scaffold: () => { file: string; text: string } },
): { draft: Draft; file: string } | undefined {
  let file = existing;
  let fresh: (() => Json) | undefined;
  if (file === undefined) {
    try {
      const scaffold = make.scaffold();
      file = scaffold.file;
      fresh = () => parseYaml(scaffold.text).value as Json;
      run.problem(sheet, ref, 'matter', `${jurisdiction} 还没有这个事项的${make.what}，将新建 ${file}：${make.blanks}`, false);
    } catch (e) {
      if (!(e instanceof ScaffoldError)) throw e;
      run.problem(sheet, ref, 'matter', `无法新建${make.what}：${e.message}`);
      return undefined;
    }
  }
  const draft = run.draft(file, collection, fresh);
  if (!draft) {
    run.problem(sheet, ref, 'file', `${file} 不是有效的 YAML，无法更新：请先运行 npm run check 改正它`);
    return undefined;
  }
  return { draft, file };
}
