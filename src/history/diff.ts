/**
 * Semantic differences between two versions of the catalogue. Records are matched by their key
 * (never by position or file name) and compared as parsed data, after schema defaults, so a file
 * rename or a formatting-only edit (key order, quoting, comments) gives no difference. List items
 * are matched by a natural key where one exists (materials by name, entries by matter …).
 * A notice's text and a form's attachment files are compared with their record.
 * No git here: versions are read through a FileSource (src/lib/git.ts provides one per revision).
 */
import { createHash } from 'node:crypto';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { CatalogueIndex } from '../domain/catalogue.ts';
import { formatBytes, resolveDataPath } from '../io/files.ts';
import { formatDate } from '../site/format.ts';
import type { Holdings } from '../domain/holdings.ts';
import type { Catalogue } from '../io/load.ts';
import type { Problem } from '../check/problems.ts';
import duplicateKey from '../check/rules/duplicate-key.ts';
import type { FileSource } from '../io/source.ts';
import { validateSource } from '../check/validate.ts';

/** What a diff needs of a version: a ValidationResult has all of it. */
export interface DiffInput {
  readonly catalogue: Catalogue;
  readonly index: CatalogueIndex;
  readonly holdings: ReadonlyMap<string, Holdings>;
  /**
   * Content compared along with a record's fields, by extraKey(collection, key): a notice's text
   * (`body`), a form's attachment files (`fileContents`). loadVersion fills it; without it, only
   * the records' fields are compared.
   */
  readonly extra?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
}

export const extraKey = (collection: DiffCollection, key: string) => `${collection}\u0000${key}`;

/** Collections compared, in report order: those under data/, then the notices. */
export type DiffCollection = CollectionName | 'notices';
export const DIFF_COLLECTIONS: readonly DiffCollection[] = [...COLLECTION_NAMES, 'notices'];
export const COLLECTION_TITLES: Readonly<Record<DiffCollection, string>> = {
  ...(Object.fromEntries(COLLECTION_NAMES.map((n) => [n, COLLECTIONS[n].title])) as Record<CollectionName, string>),
  notices: '政策文件',
};

/** One segment of a field path: a property, a list position, or a list item matched by its key. */
export type DiffPathSegment = string | number | { readonly by: readonly string[]; readonly values: readonly string[] };

export interface FieldChange {
  /** Readable path: `materials[name=营业执照].copies`, `steps`, `conditions`, `entries[matter=140121001003]`. */
  readonly path: string;
  readonly segments: readonly DiffPathSegment[];
  /**
   * changed: a value replaced; added / removed: a field or list item that exists on one side only;
   * reordered: the same items (matched by key) in another order — before/after are their keys.
   */
  readonly kind: 'changed' | 'added' | 'removed' | 'reordered';
  readonly before?: unknown;
  readonly after?: unknown;
  /** For lists of plain values: the values added and removed. */
  readonly addedItems?: readonly unknown[];
  readonly removedItems?: readonly unknown[];
}

export interface RecordRef {
  /** The record's key in its collection (COLLECTIONS[c].key). */
  readonly key: string;
  /** Display name (matter name, guide name, list title …). */
  readonly name: string;
}

export interface ChangedRecord extends RecordRef {
  readonly changes: readonly FieldChange[];
}

export interface JurisdictionGroup {
  /** Jurisdiction id, or '' for records shared by all (matters, forms, jurisdictions). */
  readonly jurisdiction: string;
  /** 泽州县（140525）, or 不分区划. */
  readonly label: string;
  readonly added: readonly RecordRef[];
  readonly removed: readonly RecordRef[];
  readonly changed: readonly ChangedRecord[];
}

export interface CollectionDiff {
  readonly collection: DiffCollection;
  readonly title: string;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  /** 办事指南：新增 2，删除 0，修改 3 */
  readonly summary: string;
  readonly groups: readonly JurisdictionGroup[];
}

export interface DepartmentRef {
  /** Department id within the jurisdiction. */
  readonly id: string;
  readonly name: string;
}

/** One move of a matter between departments that one version records and the other does not. */
export interface HoldingChange {
  /** added: the newer version records this move; removed: only the older one did. */
  readonly kind: 'added' | 'removed';
  readonly matter: string;
  readonly matterName: string;
  /** ISO date the move took effect (the list's handover date, else its issue date). */
  readonly date: string;
  readonly direction: '划转' | '划回';
  readonly from: DepartmentRef;
  readonly to: DepartmentRef;
  /** The transfer list that records the move. */
  readonly list: { readonly key: string; readonly title: string; readonly docNumber?: string };
  /** “新增客运班线经营许可”于 2020年12月30日 由 泽州县交通运输局 划转至 泽州县行政审批服务管理局 */
  readonly sentence: string;
}

export interface HoldingsDiff {
  readonly jurisdiction: string;
  readonly label: string;
  readonly movedIn: number;
  readonly movedBack: number;
  readonly removed: number;
  /** 泽州县（140525）实施部门：划转 14 项，划回 8 项 */
  readonly summary: string;
  readonly changes: readonly HoldingChange[];
}

export interface CatalogueDiff {
  readonly identical: boolean;
  /** Every collection, in report order, even those without differences. */
  readonly collections: readonly CollectionDiff[];
  /** Jurisdictions whose holdings differ. */
  readonly holdings: readonly HoldingsDiff[];
}

// ---------------------------------------------------------------------------------------------
// Loading a version for a diff

/**
 * Loads a version for comparison. Only problems that make the comparison unreliable are
 * returned — a file that cannot be read as a record, or a duplicated key — not rule violations:
 * an old version that breaks today's rules can still be compared.
 */
export function loadVersion(source: FileSource): { version: DiffInput; problems: Problem[]; files: number } {
  const { catalogue, index, holdings, problems, files } = validateSource(source, { rules: [duplicateKey] });
  const extra = new Map<string, Record<string, unknown>>();
  for (const n of catalogue.notices) {
    extra.set(extraKey('notices', n.data.id), { body: noticeBody(source.read(n.file)?.toString('utf8') ?? '') });
  }
  for (const f of catalogue.forms) {
    const files: Record<string, string> = {};
    for (const side of ['blank', 'sample'] as const) {
      const rel = f.data[side]?.file;
      const resolved = rel === undefined ? undefined : resolveDataPath(rel);
      if (!resolved || 'problem' in resolved) continue;
      const bytes = source.read(resolved.path);
      files[side] = bytes ? `${formatBytes(bytes.length)}，SHA-256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}` : '（文件不存在）';
    }
    if (Object.keys(files).length) extra.set(extraKey('forms', f.data.id), { fileContents: files });
  }
  return { version: { catalogue, index, holdings, extra }, problems, files };
}

/** A notice's text after its front matter, without differences that do not show (line ends, trailing spaces, blank lines). */
export function noticeBody(text: string): string {
  return text
    .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u3000]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Values

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** A canonical string for a value (keys sorted), for multiset comparisons. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isPlain(v)) {
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

/** Natural keys of lists of objects, by the list's field name. */
const LIST_KEYS: Readonly<Record<string, readonly string[]>> = {
  materials: ['name'],
  steps: ['name'],
  entries: ['matter'],
  subItems: ['code'],
  fields: ['label'],
  columns: ['label'],
  legalBasis: ['law'],
  implementationBasis: ['law'],
  basis: ['law'],
  fees: ['item'],
  faq: ['q'],
  supervision: ['department'],
  technicalSupport: ['task'],
  pushes: ['what', 'to'],
  sections: ['title'],
};

/** Key of every item by the list's natural key, or undefined when position must be used. */
function keyedItems(field: string | undefined, items: readonly unknown[]): string[] | undefined {
  const by = field === undefined ? undefined : LIST_KEYS[field];
  if (!by) return undefined;
  const keys: string[] = [];
  for (const item of items) {
    if (!isPlain(item)) return undefined;
    const parts = by.map((k) => item[k]);
    if (!parts.every((p) => typeof p === 'string' && p !== '')) return undefined;
    keys.push(JSON.stringify(parts));
  }
  return new Set(keys).size === keys.length ? keys : undefined;
}

export function formatDiffPath(segments: readonly DiffPathSegment[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string') out += out ? `.${seg}` : seg;
    else out += `[${seg.by.map((k, i) => `${k}=${seg.values[i]}`).join(',')}]`;
  }
  return out;
}

function multisetMinus(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(canonical(x), (counts.get(canonical(x)) ?? 0) + 1);
  const out: unknown[] = [];
  for (const x of a) {
    const c = counts.get(canonical(x)) ?? 0;
    if (c > 0) counts.set(canonical(x), c - 1);
    else out.push(x);
  }
  return out;
}

function diffValue(segments: DiffPathSegment[], field: string | undefined, a: unknown, b: unknown, out: FieldChange[]): void {
  if (deepEqual(a, b)) return;
  const push = (c: Omit<FieldChange, 'path' | 'segments'>, segs = segments): void => {
    out.push({ path: formatDiffPath(segs), segments: [...segs], ...c });
  };
  if (a === undefined) return push({ kind: 'added', after: b });
  if (b === undefined) return push({ kind: 'removed', before: a });
  if (isPlain(a) && isPlain(b)) {
    const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
    for (const k of keys) diffValue([...segments, k], k, a[k], b[k], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if ([...a, ...b].every((x) => !isPlain(x) && !Array.isArray(x))) {
      return push({ kind: 'changed', before: a, after: b, addedItems: multisetMinus(b, a), removedItems: multisetMinus(a, b) });
    }
    const ka = keyedItems(field, a);
    const kb = keyedItems(field, b);
    if (ka && kb) {
      const by = LIST_KEYS[field!]!;
      const seg = (key: string): DiffPathSegment => ({ by, values: JSON.parse(key) as string[] });
      const ib = new Map(kb.map((k, i) => [k, i]));
      const ia = new Map(ka.map((k, i) => [k, i]));
      ka.forEach((k, i) => {
        if (!ib.has(k)) push({ kind: 'removed', before: a[i] }, [...segments, seg(k)]);
      });
      kb.forEach((k, i) => {
        const j = ia.get(k);
        if (j === undefined) push({ kind: 'added', after: b[i] }, [...segments, seg(k)]);
        else diffValue([...segments, seg(k)], undefined, a[j], b[i], out);
      });
      const commonA = ka.filter((k) => ib.has(k));
      const commonB = kb.filter((k) => ia.has(k));
      if (commonA.join('\n') !== commonB.join('\n')) {
        const label = (k: string) => (JSON.parse(k) as string[]).join(' / ');
        push({ kind: 'reordered', before: commonA.map(label), after: commonB.map(label) });
      }
      return;
    }
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) diffValue([...segments, i], undefined, a[i], b[i], out);
    return;
  }
  push({ kind: 'changed', before: a, after: b });
}

/** Field-level changes between two versions of one record. */
export function diffRecord(a: unknown, b: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  diffValue([], undefined, a, b, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Records

interface Keyed {
  readonly key: string;
  readonly data: Plain;
  readonly jurisdiction: string;
  readonly name: string;
}

const SHARED: ReadonlySet<DiffCollection> = new Set(['jurisdictions', 'matters', 'forms']);

function recordsOf(v: DiffInput, c: DiffCollection): Map<string, Keyed> {
  const out = new Map<string, Keyed>();
  const list = v.catalogue[c] as readonly { data: unknown }[];
  for (const r of list) {
    const key = c === 'notices' ? String((r.data as Plain).id) : (COLLECTIONS[c].key as (d: unknown) => string)(r.data);
    if (out.has(key)) continue; // duplicates are refused by loadVersion; first wins otherwise
    const data = { ...(r.data as Plain), ...v.extra?.get(extraKey(c, key)) };
    const jurisdiction = SHARED.has(c) ? '' : String(data.jurisdiction ?? '');
    out.set(key, { key, data, jurisdiction, name: displayName(v, c, data) });
  }
  return out;
}

function displayName(v: DiffInput, c: DiffCollection, d: Plain): string {
  switch (c) {
    case 'forms':
    case 'transfers':
    case 'tongban':
    case 'notices':
      return String(d.title);
    case 'responsibilities':
      return v.index.elementsOf(String(d.matter))?.name ?? String(d.matter);
    default:
      return String(d.name);
  }
}

function jurisdictionLabel(id: string, a: DiffInput, b: DiffInput): string {
  if (id === '') return '不分区划';
  const name = (b.index.jurisdictions.get(id) ?? a.index.jurisdictions.get(id))?.data.name;
  return name ? `${name}（${id}）` : id;
}

const byKey = (x: { key: string }, y: { key: string }) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

function diffCollection(c: DiffCollection, a: DiffInput, b: DiffInput): CollectionDiff {
  const ra = recordsOf(a, c);
  const rb = recordsOf(b, c);
  const groups = new Map<string, { added: RecordRef[]; removed: RecordRef[]; changed: ChangedRecord[] }>();
  const group = (j: string) => {
    let g = groups.get(j);
    if (!g) groups.set(j, (g = { added: [], removed: [], changed: [] }));
    return g;
  };
  for (const [key, rec] of rb) {
    const old = ra.get(key);
    if (!old) {
      group(rec.jurisdiction).added.push({ key, name: rec.name });
      continue;
    }
    const changes = diffRecord(old.data, rec.data);
    if (changes.length) group(rec.jurisdiction).changed.push({ key, name: rec.name, changes });
  }
  for (const [key, rec] of ra) if (!rb.has(key)) group(rec.jurisdiction).removed.push({ key, name: rec.name });

  const out: JurisdictionGroup[] = [...groups.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([j, g]) => ({
      jurisdiction: j,
      label: jurisdictionLabel(j, a, b),
      added: g.added.sort(byKey),
      removed: g.removed.sort(byKey),
      changed: g.changed.sort(byKey),
    }));
  const count = (k: 'added' | 'removed' | 'changed') => out.reduce((n, g) => n + g[k].length, 0);
  const title = COLLECTION_TITLES[c];
  const [added, removed, changed] = [count('added'), count('removed'), count('changed')];
  return { collection: c, title, added, removed, changed, summary: `${title}：新增 ${added}，删除 ${removed}，修改 ${changed}`, groups: out };
}

// ---------------------------------------------------------------------------------------------
// Holdings

interface Move {
  readonly id: string;
  readonly matter: string;
  readonly date: string;
  readonly direction: '划转' | '划回';
  readonly from: string;
  readonly to: string;
  readonly listKey: string;
  readonly entryIndex: number;
  readonly version: DiffInput;
}

function movesOf(v: DiffInput, j: string): Move[] {
  const h = v.holdings.get(j);
  if (!h) return [];
  const out: Move[] = [];
  for (const [matter, periods] of h.history) {
    for (let i = 1; i < periods.length; i++) {
      const p = periods[i]!;
      if (p.from === undefined || !p.list || !p.direction) continue;
      const from = periods[i - 1]!.holder;
      // A move is what happened, not where it is written: the list's key is not part of its identity.
      const id = JSON.stringify([matter, p.from, p.direction, from, p.holder]);
      const listKey = `${p.list.data.jurisdiction}/${p.list.data.id}`;
      out.push({ id, matter, date: p.from, direction: p.direction, from, to: p.holder, listKey, entryIndex: p.entryIndex ?? 0, version: v });
    }
  }
  return out;
}

function departmentRef(v: DiffInput, key: string): DepartmentRef {
  const id = key.slice(key.indexOf('/') + 1);
  return { id, name: v.index.departments.get(key)?.data.name ?? id };
}

function holdingChange(kind: HoldingChange['kind'], m: Move): HoldingChange {
  const v = m.version;
  const list = v.index.transfersOf(m.listKey.slice(0, m.listKey.indexOf('/'))).find((l) => `${l.data.jurisdiction}/${l.data.id}` === m.listKey)!;
  const entryName = list.data.entries[m.entryIndex]?.name;
  const matterName = v.index.elementsOf(m.matter)?.name ?? entryName ?? m.matter;
  const from = departmentRef(v, m.from);
  const to = departmentRef(v, m.to);
  const verb = m.direction === '划转' ? '划转至' : '划回';
  const sentence = `${kind === 'removed' ? '删除记载：' : ''}“${matterName}”于 ${formatDate(m.date)} 由 ${from.name} ${verb} ${to.name}`;
  return {
    kind,
    matter: m.matter,
    matterName,
    date: m.date,
    direction: m.direction,
    from,
    to,
    list: { key: m.listKey, title: list.data.title, ...(list.data.docNumber ? { docNumber: list.data.docNumber } : {}) },
    sentence,
  };
}

function diffHoldings(j: string, a: DiffInput, b: DiffInput): HoldingsDiff | undefined {
  const ma = movesOf(a, j);
  const mb = movesOf(b, j);
  const removed = multisetBy(ma, mb);
  const added = multisetBy(mb, ma);
  if (!removed.length && !added.length) return undefined;
  const order = (x: Move, y: Move) =>
    x.date.localeCompare(y.date) || x.listKey.localeCompare(y.listKey) || x.entryIndex - y.entryIndex || x.matter.localeCompare(y.matter);
  const changes = [
    ...removed.map((m) => ({ m, c: holdingChange('removed', m) })),
    ...added.map((m) => ({ m, c: holdingChange('added', m) })),
  ]
    .sort((x, y) => order(x.m, y.m) || (x.c.kind === y.c.kind ? 0 : x.c.kind === 'removed' ? -1 : 1))
    .map((x) => x.c);
  const movedIn = changes.filter((c) => c.kind === 'added' && c.direction === '划转').length;
  const movedBack = changes.filter((c) => c.kind === 'added' && c.direction === '划回').length;
  const gone = changes.filter((c) => c.kind === 'removed').length;
  const label = jurisdictionLabel(j, a, b);
  const summary = `${label}实施部门：划转 ${movedIn} 项，划回 ${movedBack} 项${gone ? `，删除记载 ${gone} 项` : ''}`;
  return { jurisdiction: j, label, movedIn, movedBack, removed: gone, summary, changes };
}

/** Moves of `x` that `y` does not record (as a multiset by identity). */
function multisetBy(x: readonly Move[], y: readonly Move[]): Move[] {
  const counts = new Map<string, number>();
  for (const m of y) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return x.filter((m) => {
    const c = counts.get(m.id) ?? 0;
    if (c > 0) {
      counts.set(m.id, c - 1);
      return false;
    }
    return true;
  });
}

// ---------------------------------------------------------------------------------------------

/** Differences from version `a` (older) to version `b` (newer). */
export function diffCatalogues(a: DiffInput, b: DiffInput): CatalogueDiff {
  const collections = DIFF_COLLECTIONS.map((c) => diffCollection(c, a, b));
  const jurisdictions = [...new Set([...a.holdings.keys(), ...b.holdings.keys()])].sort();
  const holdings = jurisdictions.map((j) => diffHoldings(j, a, b)).filter((h): h is HoldingsDiff => h !== undefined);
  const identical = holdings.length === 0 && collections.every((c) => c.added + c.removed + c.changed === 0);
  return { identical, collections, holdings };
}
